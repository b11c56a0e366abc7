/*
 * empathy_score.c: the scores of a reply from its features, alone or
 * against the customer message it answers; see empathy_mech.h.  The
 * formulas are documented in README.md (Empathy, "How the score is
 * computed").
 */
#include "empathy_mech.h"

#include <math.h>

/* a raw mechanism sum counts at most this much (diminishing returns) */
#define MECH_CAP	4.0

/* 0-100, rising fast at first: 63 at raw 1.5, 93 at raw 4 */
static double
sub_score(double raw)
{
	if (!(raw > 0))
		return 0.0;
	if (raw > MECH_CAP)
		raw = MECH_CAP;
	return 100.0 * (1.0 - exp(-raw / 1.5));
}

/* shared elements of two sorted hash sets */
static int
common_hashes(const uint32_t *a, int na, const uint32_t *b, int nb)
{
	int			i = 0,
				j = 0,
				n = 0;

	while (i < na && j < nb)
	{
		if (a[i] == b[j])
		{
			n++;
			i++;
			j++;
		}
		else if (a[i] < b[j])
			i++;
		else
			j++;
	}
	return n;
}

/*
 * What the reply does with the customer's message:
 *   names_feeling: 1 when it names a feeling the customer named (same stem),
 *     0.6 when it names some feeling and the customer expressed a problem or
 *     a feeling, else 0;
 *   reflection: the customer's content words it takes up, 1 at three words;
 *     a reply that is mostly the customer's words (80% of its own, three or
 *     more) parrots rather than paraphrases and gets a third;
 *   answered: when the customer asked something, 1 if the reply has a
 *     sentence of three words or more that is not a question, else 0; NaN
 *     when the customer asked nothing.
 */
void
cx_empathy_context(const CxFeatures *reply, const CxFeatures *cust,
				   double *names_feeling, double *reflection, double *answered)
{
	int			shared_feel = common_hashes(reply->feel, reply->n_feel, cust->feel, cust->n_feel);
	int			shared = common_hashes(reply->content, reply->n_content,
									   cust->content, cust->n_content);
	double		r = shared >= 3 ? 1.0 : shared / 3.0;

	if (shared_feel > 0)
		*names_feeling = 1.0;
	else if (reply->n_feel > 0 && (cust->flags & CX_FEAT_PROBLEM))
		*names_feeling = 0.6;
	else
		*names_feeling = 0.0;
	if (shared >= 3 && shared >= 0.8 * reply->n_content)
		r /= 3.0;
	*reflection = r;
	if (cust->flags & CX_FEAT_ASKED)
		*answered = reply->declaratives > 0 ? 1.0 : 0.0;
	else
		*answered = NAN;
}

/*
 * score = 100 * (P - A):
 *   P = 1 - exp(-(wE E + wI I + wX X + wO O + wL L + wC C + wR R) / 100),
 *       from the sub-scores (0-100) of emotional reaction E, interpretation
 *       I, exploration X, ownership O, elaboration L, courtesy C (softened
 *       wording: 0.5 per conditional or softening modal, on the curve of
 *       the mechanisms) and, in context, the answer to the customer's
 *       question R (100 answered, 0 not or not asked);
 *   A = 1 - exp(-anti / 2), the anti-empathy weight after its context.
 */
void
cx_empathy_detail(const CxFeatures *reply, const CxFeatures *cust, CxEmpathyDetail *d)
{
	double		interp = reply->interp;
	double		pos,
				A;
	double		answer = 0;

	if (cust)
	{
		cx_empathy_context(reply, cust, &d->names_feeling, &d->reflection, &d->answered);
		interp += d->names_feeling + 0.8 * d->reflection;
		if (d->answered == 1.0)
			answer = 100.0;
	}
	else
	{
		d->names_feeling = NAN;
		d->reflection = NAN;
		d->answered = NAN;
	}
	d->emotional_reaction = sub_score(reply->emotion);
	d->interpretation = sub_score(interp);
	d->exploration = sub_score(reply->explore);
	d->ownership = sub_score(reply->ownership);
	d->anti_empathy = 100.0 * (1.0 - exp(-(reply->anti < 12 ? reply->anti : 12) / 2.0));
	d->elaboration = 100.0 * (1.0 - exp(-(double) reply->words / CX_MECH_ELAB_WORDS));
	d->courtesy = sub_score(0.5 * reply->softeners);

	pos = CX_MECH_W_EMOTION * d->emotional_reaction +
		CX_MECH_W_INTERP * d->interpretation +
		CX_MECH_W_EXPLORE * d->exploration +
		CX_MECH_W_OWNERSHIP * d->ownership +
		CX_MECH_W_ELABORATION * d->elaboration +
		CX_MECH_W_COURTESY * d->courtesy +
		CX_MECH_W_ANSWER * answer;
	A = d->anti_empathy / 100.0;
	d->score = 100.0 * ((1.0 - exp(-pos / 100.0)) - A);
}
