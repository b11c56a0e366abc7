/*
 * empathy_conv.c: the conversation components of empathy_agg (language,
 * understanding, responsiveness, listening) from the features of its
 * messages; see empathy_mech.h and README.md (Empathy, empathy_agg).
 */
#include "empathy_mech.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int
cmp_conv_msg(const void *a, const void *b)
{
	const CxConvMsg *x = a,
			   *y = b;

	if (x->conv != y->conv)
		return x->conv < y->conv ? -1 : 1;
	if (x->sent_at != y->sent_at)
		return x->sent_at < y->sent_at ? -1 : 1;
	if (x->seq != y->seq)
		return x->seq < y->seq ? -1 : 1;
	return 0;
}

/* how much a reply asks before it prescribes, 0-100 (listening) */
static double
asking(const CxFeatures *f)
{
	return 100.0 * (1.0 - exp(-(double) f->listen / 0.8));
}

/*
 * One conversation, in time order.  A customer turn is the customer's
 * messages since the last agent message; the agent message after it is
 * its reply, scored against it (empathy_detail with the turn as the
 * customer message):
 *   language: the mean, over agent messages, of that score floored at 0;
 *   understanding: over turns that express a problem or a feeling and got a
 *     reply, the mean of 100 (1 - exp(-(E + I) / 100)) (1 - anti / 100) of
 *     the reply (how well it reacts to and understands them, not only
 *     whether);
 *   responsiveness: as in 1.1;
 *   listening: the mean of the talk share (as in 1.1, when both wrote) and
 *     the asking of the first two replies after the customer spoke (the
 *     best of 100 (1 - exp(-q / 0.8)), q summing their questions, a
 *     procedural one counting 0.8 of an open one).
 */
void
cx_empathy_one_conversation(const CxConvMsg *msgs, size_t n, int64_t target_usec,
							double *language, double *understanding,
							double *responsiveness, double *listening)
{
	CxFeatures	turn;
	int			turn_has = 0;	/* customer messages since the last agent one */
	int64_t		turn_start = 0;
	size_t		n_agent = 0,
				replies = 0,
				problems = 0,
				after_customer = 0;
	double		lang_sum = 0,
				resp_sum = 0,
				under_sum = 0,
				ask_best = 0;
	double		agent_words = 0,
				cust_words = 0;
	int			seen_customer = 0;

	memset(&turn, 0, sizeof(turn));
	for (size_t i = 0; i < n; i++)
	{
		const CxConvMsg *mm = &msgs[i];
		CxEmpathyDetail d;

		if (mm->role == CX_ROLE_CUSTOMER)
		{
			cust_words += mm->feat.words;
			seen_customer = 1;
			if (!turn_has)
			{
				memset(&turn, 0, sizeof(turn));
				turn_has = 1;
				turn_start = mm->sent_at;
			}
			cx_empathy_features_merge(&turn, &mm->feat);
			continue;
		}
		n_agent++;
		agent_words += mm->feat.words;
		cx_empathy_detail(&mm->feat, turn_has ? &turn : NULL, &d);
		lang_sum += d.score > 0 ? d.score : 0.0;
		if (turn_has)
		{
			double		delay = (double) (mm->sent_at - turn_start);

			resp_sum += delay <= (double) target_usec ? 1.0 : (double) target_usec / delay;
			replies++;
			if (turn.flags & CX_FEAT_PROBLEM)
			{
				problems++;
				under_sum += 100.0 * (1.0 - exp(-(d.emotional_reaction + d.interpretation) / 100.0)) *
					(1.0 - d.anti_empathy / 100.0);
			}
			turn_has = 0;
		}
		if (seen_customer && after_customer < 2)
		{
			double		a = asking(&mm->feat);

			after_customer++;
			if (a > ask_best)
				ask_best = a;
		}
	}

	*language = n_agent ? lang_sum / (double) n_agent : NAN;
	*understanding = problems ? under_sum / (double) problems : NAN;
	*responsiveness = replies ? 100.0 * resp_sum / (double) replies : NAN;
	{
		double		parts = 0,
					total = 0;

		/*
		 * The talk share compares the agent with the customer: it applies
		 * only when both took part (an agent-only thread has nobody to
		 * listen to, a customer-only one nobody listening).
		 */
		if (n_agent > 0 && seen_customer && agent_words + cust_words > 0)
		{
			double		share = agent_words / (agent_words + cust_words);

			total += share <= 0.6 ? 1.0 : share >= 0.9 ? 0.0 : (0.9 - share) / 0.3;
			parts++;
		}
		if (after_customer > 0)
		{
			total += ask_best / 100.0;
			parts++;
		}
		*listening = parts > 0 ? 100.0 * total / parts : NAN;
	}
}

void
cx_empathy_conversations(CxConvMsg *msgs, size_t n, int64_t target_usec, CxConvResult *res)
{
	double		sum[4] = {0, 0, 0, 0};
	size_t		cnt[4] = {0, 0, 0, 0};
	static const double w[4] = {CX_W_LANGUAGE, CX_W_UNDERSTANDING, CX_W_RESPONSIVENESS,
	CX_W_LISTENING};
	double		comp[4];
	double		num = 0,
				den = 0;

	memset(res, 0, sizeof(*res));
	if (n > 1)
		qsort(msgs, n, sizeof(CxConvMsg), cmp_conv_msg);
	for (size_t i = 0; i < n;)
	{
		size_t		j = i;
		double		c[4];

		while (j < n && msgs[j].conv == msgs[i].conv)
		{
			if (msgs[j].role == CX_ROLE_AGENT)
				res->agent_messages++;
			else
				res->customer_messages++;
			j++;
		}
		cx_empathy_one_conversation(msgs + i, j - i, target_usec, &c[0], &c[1], &c[2], &c[3]);
		for (int k = 0; k < 4; k++)
			if (!isnan(c[k]))
			{
				sum[k] += c[k];
				cnt[k]++;
			}
		res->conversations++;
		i = j;
	}
	for (int k = 0; k < 4; k++)
	{
		comp[k] = cnt[k] ? sum[k] / (double) cnt[k] : NAN;
		if (!isnan(comp[k]))
		{
			num += w[k] * comp[k];
			den += w[k];
		}
	}
	res->language = comp[0];
	res->understanding = comp[1];
	res->responsiveness = comp[2];
	res->listening = comp[3];
	res->score = den > 0 ? num / den : NAN;
}
