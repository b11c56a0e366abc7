/*
 * libFuzzer target for the customer's voice: the normaliser (repeated
 * letters, @mentions, emoji and emoticons), the voice's collection of
 * matches in the empathy automaton and its scores (src/core/textnorm.c,
 * empathy_core.c, voice.c).
 *
 * Input: the first byte picks the language (auto/es/en); the rest is split
 * at the first 0x00 byte into a lexicon part (one phrase per line, compiled
 * together with a fixed lexicon; each line gets a voice signal, a modifier,
 * an irony cue, a topic or an empathy dimension in turn) and a message.
 * Checks everything the glue (voice_markers, voice_topics, voice_agg)
 * relies on: the collected matches inside the text, on word boundaries and
 * pointing at the lexicon entry whose phrase they are; the one-pass and the
 * two-pass analyses agreeing; the sentiment finite and within +-100 and
 * equal to the formula over the evidence's values; every intensity in
 * [0, 100]; the evidence in text order with the faces last, each face
 * class counted as the normaliser counted it; dropped matches counted; and
 * scoring the same run twice giving the same.  Each message is scored in
 * the language asked for and in both languages.
 */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "empathy_core.h"
#include "textnorm.h"
#include "voice.h"
#include "spanish_forms.h"

/*
 * A lexicon of both languages with every signal, modifiers, irony cues,
 * topics and a few empathy entries, so that the scoring has something to
 * read even when the input brings no lexicon.  Weights exact in binary.
 */
#define V(l, s, w, p)	{CX_LANG_##l, CX_DIM_VOICE + CX_V_##s, w, p, sizeof(p) - 1, 0}
#define T(l, t, w, p)	{CX_LANG_##l, CX_DIM_VOICE + CX_V_TOPIC, w, p, sizeof(p) - 1, t}
#define E(l, d, w, p)	{CX_LANG_##l, CX_DIM_##d, w, p, sizeof(p) - 1, 0}
static const CxLexEntry fixed[] = {
	V(ES, POSITIVE, 1.0, "genial"),
	V(ES, POSITIVE, 1.0, "funciona"),
	V(ES, POSITIVE, 1.5, "muy contento"),
	V(ES, NEGATIVE, 1.5, "no funciona"),
	V(ES, NEGATIVE, 1.0, "mal"),
	V(ES, NEGATIVE, 1.5, "sin servicio"),
	V(ES, ANGER, 2.0, "indignado"),
	V(ES, FRUSTRATION, 1.5, "harto"),
	V(ES, ANXIETY, 1.0, "preocupada"),
	V(ES, SADNESS, 1.0, "decepcionado"),
	V(ES, CONFUSION, 1.0, "no entiendo"),
	V(ES, GRATITUDE, 1.0, "gracias"),
	V(ES, REPEAT, 1.0, "otra vez llamando"),
	V(ES, WAITING, 1.0, "sigo esperando"),
	V(ES, TRANSFER, 1.0, "me pasaron"),
	V(ES, CHASING, 1.0, "tengo que insistir"),
	V(ES, CHURN, 2.0, "me doy de baja"),
	V(ES, ESCALATION, 2.0, "hoja de reclamaciones"),
	V(ES, URGENCY, 1.5, "urgente"),
	V(ES, INTENSIFIER, 1.5, "muy"),
	V(ES, INTENSIFIER, 2.0, "super"),
	V(ES, DIMINISHER, 0.5, "un poco"),
	V(ES, IRONY, 1.0, "otra vez"),
	T(ES, 0, 1.0, "factura"),
	T(ES, 1, 1.0, "reembolso"),
	T(ES, 2, 1.0, "servicio"),
	T(ES, 2, 1.5, "servicio tecnico"),
	E(ES, COMPLAINT, 1.0, "no funciona"),
	E(ES, APOLOGY, 1.0, "lo siento"),
	E(ES, FEELING, 1.0, "harto"),
	V(EN, POSITIVE, 1.0, "great"),
	V(EN, POSITIVE, 1.0, "working"),
	V(EN, POSITIVE, 1.0, "love it"),
	V(EN, NEGATIVE, 1.5, "not working"),
	V(EN, NEGATIVE, 1.0, "bad"),
	V(EN, NEGATIVE, 1.5, "never came"),
	V(EN, ANGER, 2.0, "furious"),
	V(EN, FRUSTRATION, 1.5, "fed up"),
	V(EN, ANXIETY, 1.0, "worried"),
	V(EN, SADNESS, 1.0, "disappointed"),
	V(EN, CONFUSION, 1.0, "confused"),
	V(EN, GRATITUDE, 1.0, "thank you"),
	V(EN, REPEAT, 1.0, "called again"),
	V(EN, WAITING, 1.0, "still waiting"),
	V(EN, TRANSFER, 1.0, "transferred"),
	V(EN, CHASING, 1.0, "chasing"),
	V(EN, CHURN, 2.0, "cancel my account"),
	V(EN, ESCALATION, 2.0, "speak to a manager"),
	V(EN, URGENCY, 1.5, "asap"),
	V(EN, INTENSIFIER, 1.5, "very"),
	V(EN, INTENSIFIER, 1.25, "really"),
	V(EN, DIMINISHER, 0.5, "a bit"),
	V(EN, IRONY, 1.0, "yet again"),
	V(EN, NEGATIVE, 1.0, "it's broken"),
	T(EN, 0, 1.0, "invoice"),
	T(EN, 1, 1.0, "refund"),
	T(EN, 1, 1.5, "refund request"),
	T(EN, 3, 1.0, "agent"),
	E(EN, APOLOGY, 1.0, "I'm sorry"),
	E(EN, COMPLAINT, 1.0, "not working"),
	E(EN, FEELING, 1.0, "frustrated"),
};
#undef V
#undef T
#undef E

#define NFIXED		(sizeof(fixed) / sizeof(fixed[0]))
#define MAX_LINES	64

static CxMatcher *fixed_matcher;

/* the runs are about 25 kB each: static */
static CxVoiceRun vr1,
			vr2;

static inline int
is_sep(char c)
{
	return c == ' ' || CX_NORM_BOUNDARY(c);
}

static inline int
finite_in(double v, double lo, double hi)
{
	return isfinite(v) && v >= lo && v <= hi;
}

typedef struct Check
{
	const char *norm;
	size_t		len;
	const CxNormInfo *info;
	const uint32_t *off;		/* the normaliser's map back to the input */
	const uint32_t *srcend;
	size_t		textlen;
	const CxLexEntry *entries;
	size_t		nentries;
	int			n;				/* evidence seen */
	int			n_expr;			/* of which expressions */
	int			faces;			/* faces seen (they come last) */
	int			last_class;		/* the last face's class */
	size_t		last_start;
	double		sum;			/* of the values */
	double		neg_sum;		/* of the values below 0 */
} Check;

/* a match or a piece of evidence covers whole words of the text */
static void
check_span(const char *norm, size_t len, size_t start, size_t end)
{
	assert(start >= 1 && start < end && end < len);
	assert(is_sep(norm[start - 1]) && !is_sep(norm[start]));
	assert(is_sep(norm[end]) && !is_sep(norm[end - 1]));
}

/*
 * The text a Spanish entry matched is its phrase, normalised (English
 * entries also match their contraction variants).
 */
/* are the patterns a[0..an) and b[0..bn) the same words (any separators)? */
static int
same_words(const char *a, size_t an, const char *b, size_t bn)
{
	if (an != bn)
		return 0;
	for (size_t i = 0; i < an; i++)
		if (is_sep(a[i]) ? !is_sep(b[i]) : a[i] != b[i])
			return 0;
	return 1;
}

static void
check_phrase(const char *norm, size_t start, size_t end, const CxLexEntry *e)
{
	char	   *pat,
			   *var;
	size_t		plen,
				vlen;

	if (e->lang != CX_LANG_ES)
		return;
	pat = malloc(e->phrase_len + 2);
	var = malloc(2 * (e->phrase_len + 2) + 2);
	plen = cx_textnorm((const unsigned char *) e->phrase, e->phrase_len, pat, NULL, NULL, NULL);
	/* the phrase as written, or its vosotros form (spanish_forms.h) */
	if (!same_words(pat, plen, norm + start - 1, end - start + 2))
	{
		vlen = cx_vosotros_variant(pat, plen, var);
		assert(vlen > 0 && same_words(var, vlen, norm + start - 1, end - start + 2));
	}
	free(var);
	free(pat);
}

/* the collected matches of a run, before scoring */
static void
check_run(const CxVoiceRun *vr, const char *norm, size_t len, const CxLexEntry *entries,
		  size_t nentries)
{
	for (int l = 0; l < CX_NLANG; l++)
	{
		assert(vr->n[l] >= 0 && vr->n[l] <= CX_VOICE_MAX_MATCHES);
		assert(vr->dropped[l] >= 0);
		if (vr->dropped[l] > 0)
			assert(vr->n[l] == CX_VOICE_MAX_MATCHES);
		assert(vr->ncon[l] >= 0 && vr->ncon[l] <= CX_VOICE_MAX_CONTRASTS);
		for (int c = 0; c < vr->ncon[l]; c++)
		{
			assert(vr->con[l][c] >= 1 && vr->con[l][c] < len);
			assert(is_sep(norm[vr->con[l][c] - 1]) && !is_sep(norm[vr->con[l][c]]));
			if (c > 0)
				assert(vr->con[l][c - 1] < vr->con[l][c]);
		}
		for (int i = 0; i < vr->n[l]; i++)
		{
			const CxVMatch *x = &vr->m[l][i];
			const CxLexEntry *e;

			check_span(norm, len, x->start, x->end);
			assert(x->sig <= CX_V_TOPIC);
			assert(x->entry >= 0 && (size_t) x->entry < nentries);
			e = &entries[x->entry];
			assert(e->lang == l && e->dim == CX_DIM_VOICE + x->sig && e->weight == x->weight);
			if (x->sig == CX_V_TOPIC)
				assert(x->topic == e->topic);
			check_phrase(norm, x->start, x->end, e);
		}
	}
}

static void
on_evidence(void *arg, const CxVoiceEvidence *ev)
{
	Check	   *c = arg;

	assert(ev->sig >= 0 && ev->sig <= CX_V_TOPIC);
	assert(isfinite(ev->value) && isfinite(ev->factor) && ev->factor >= 0);
	/*
	 * A factor of 0 is an expression that counts nothing (a discourse
	 * marker, or a good thing only wished for): a positive or grateful one,
	 * neither negated nor ironic, of value 0.
	 */
	if (ev->factor == 0)
		assert(ev->value == 0 && !ev->negated && !ev->ironic &&
			   (ev->sig == CX_V_POSITIVE || ev->sig == CX_V_GRATITUDE));
	assert(isfinite(ev->weight) && ev->weight > 0 && ev->weight <= CX_WEIGHT_MAX);
	assert(!(ev->negated && ev->ironic));
	if (ev->emoji_class >= 0)
	{
		/* the faces: after the words, one per class, in class order */
		assert(ev->emoji_class < CX_NEMO && ev->emoji_class > c->last_class);
		assert(ev->start == 0 && ev->end == 0 && ev->entry == -1);
		assert(ev->emoji_count > 0 && ev->emoji_count == c->info->emo[ev->emoji_class]);
		assert(!ev->negated && !ev->ironic && ev->value != 0);
		c->last_class = ev->emoji_class;
		c->faces++;
	}
	else
	{
		const CxLexEntry *e;

		assert(c->faces == 0);
		check_span(c->norm, c->len, ev->start, ev->end);
		/* voice_markers cuts the input at these: a non-empty slice */
		assert(c->off[ev->start] < c->srcend[ev->end - 1] && c->srcend[ev->end - 1] <= c->textlen);
		assert(ev->start >= c->last_start);
		c->last_start = ev->start;
		assert(ev->entry >= 0 && (size_t) ev->entry < c->nentries);
		e = &c->entries[ev->entry];
		assert(e->dim == CX_DIM_VOICE + ev->sig && e->weight == ev->weight);
		check_phrase(c->norm, ev->start, ev->end, e);
		if (ev->sig >= CX_V_INTENSIFIER)
		{
			/* modifiers, irony cues and topics: no value of their own */
			assert(ev->value == 0 && !ev->negated && !ev->ironic);
			if (ev->sig == CX_V_TOPIC)
				assert(ev->topic == e->topic);
		}
		else
		{
			int			good = ev->sig == CX_V_POSITIVE || ev->sig == CX_V_GRATITUDE;

			c->n_expr++;
			/* a negation or irony turns the value, nothing else does */
			if (ev->factor == 0)
				assert(ev->value == 0);
			else if (ev->ironic)
				assert(ev->value < 0 && good);
			else if (ev->negated)
				assert(good ? ev->value < 0 : ev->value > 0);
			else
				assert(good ? ev->value > 0 : ev->value < 0);
			/* the factor is a product of modifiers, contrast and emphasis */
			assert(ev->factor <= 1e12);
		}
	}
	c->sum += ev->value;
	if (ev->value < 0)
		c->neg_sum -= ev->value;
	c->n++;
}

static void
check_voice(const CxVoice *v, const CxMsgResult *res, const CxVoiceRun *vr, const Check *c)
{
	double		x = c->sum;
	int			ack = v->sentiment < CX_VOICE_NEGATIVE_BELOW || v->effort > 0 || v->churn > 0 ||
		v->escalation > 0;

	assert(v->lang == res->lang);
	assert(finite_in(v->sentiment, -100.0, 100.0));
	for (int k = 0; k < CX_NEMOTION; k++)
	{
		assert(finite_in(v->emotion[k], 0.0, 100.0));
		if (k != CX_V_GRATITUDE - CX_V_ANGER && v->emotion[k] > 0)
			ack = 1;
	}
	assert(finite_in(v->effort, 0.0, 100.0));
	assert(finite_in(v->repeat_contact, 0.0, 100.0));
	assert(finite_in(v->waiting, 0.0, 100.0));
	assert(finite_in(v->transfer, 0.0, 100.0));
	assert(finite_in(v->chasing, 0.0, 100.0));
	assert(finite_in(v->churn, 0.0, 100.0));
	assert(finite_in(v->escalation, 0.0, 100.0));
	assert(finite_in(v->urgency, 0.0, 100.0));
	/* the four effort cues together weigh at least as much as each */
	assert(v->effort >= v->repeat_contact && v->effort >= v->waiting &&
		   v->effort >= v->transfer && v->effort >= v->chasing);
	assert(isfinite(v->positive) && v->positive >= 0);
	assert(isfinite(v->negative) && v->negative >= 0);
	assert(v->shouting == 0 || (v->shouting == 1 && res->info.n_alpha >= 12));
	assert(v->dropped >= 0 && v->dropped == vr->dropped[res->lang]);
	assert(v->n_expressions == c->n_expr && v->n_expressions <= vr->n[res->lang]);
	assert(cx_voice_needs_acknowledgement(v) == ack);

	/* the sentiment is the formula over the values the evidence reported */
	assert(fabs(v->sentiment - 100.0 * x / sqrt(x * x + 4.0)) <= 1e-9 * (1.0 + fabs(v->sentiment)));
	assert(fabs(v->negative - c->neg_sum) <= 1e-9 * (1.0 + v->negative));
	/* positive counts only positive values; "not bad" reads as neither */
	assert(v->positive <= x + v->negative + 1e-9 * (1.0 + v->positive + v->negative));
	if (c->n == 0)
		assert(v->sentiment == 0 && v->positive == 0 && v->negative == 0 && v->effort == 0);
}

/* score a run (twice: the second reads what the first resolved) */
static void
score(CxVoiceRun *vr, const char *norm, size_t len, const CxNormInfo *info,
	  const uint32_t *off, const uint32_t *srcend, size_t textlen,
	  const CxMsgResult *res, const CxLexEntry *entries, size_t nentries, CxVoice *out)
{
	Check		c;
	CxVoice		again;

	memset(&c, 0, sizeof(c));
	c.norm = norm;
	c.len = len;
	c.info = info;
	c.off = off;
	c.srcend = srcend;
	c.textlen = textlen;
	c.entries = entries;
	c.nentries = nentries;
	c.last_class = -1;
	cx_voice_score(vr, norm, len, res, out, on_evidence, &c);
	check_voice(out, res, vr, &c);

	cx_voice_score(vr, norm, len, res, &again, NULL, NULL);
	assert(again.sentiment == out->sentiment && again.effort == out->effort &&
		   again.churn == out->churn && again.urgency == out->urgency &&
		   again.n_expressions == out->n_expressions && again.dropped == out->dropped &&
		   again.positive == out->positive && again.negative == out->negative &&
		   memcmp(again.emotion, out->emotion, sizeof(out->emotion)) == 0);
}

/* analyse one message in one language (or auto), both ways, and score it */
static void
analyse_one(const CxMatcher *m, const CxLexEntry *entries, size_t nentries,
			const uint8_t *text, size_t textlen, int lang)
{
	char	   *norm = malloc(textlen + 2),
			   *norm2 = malloc(textlen + 2);
	uint32_t   *off = malloc(sizeof(uint32_t) * (textlen + 2));
	uint32_t   *end = malloc(sizeof(uint32_t) * (textlen + 2));
	CxNormInfo	info;
	CxMsgResult res,
				res2;
	CxVoice		v;
	size_t		nlen,
				n2;

	nlen = cx_textnorm(text, textlen, norm, off, end, &info);
	assert(nlen >= 1 && nlen <= textlen + 2);
	assert(is_sep(norm[0]) && is_sep(norm[nlen - 1]));
	assert(info.n_upper <= info.n_alpha && info.n_elongated <= info.n_alpha);
	for (size_t i = 0; i < nlen; i++)
	{
		char		ch = norm[i];

		assert((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '#' || is_sep(ch));
		assert(off[i] <= end[i] && end[i] <= textlen);
		if (i > 0)
		{
			assert(!(is_sep(ch) && is_sep(norm[i - 1])));
			assert(off[i] >= off[i - 1]);
		}
		/*
		 * Three ASCII letters in a row, one input byte each, are never the
		 * same letter: such runs are collapsed ("noooo").  (Accented or
		 * fullwidth letters folding to the same one are not.)
		 */
		if (i >= 2 && ch >= 'a' && ch <= 'z' && norm[i - 1] == ch && norm[i - 2] == ch &&
			end[i - 2] == off[i - 1] && end[i - 1] == off[i] && end[i] - off[i - 2] == 3)
			assert(!((text[off[i - 2]] | 0x20) == ch && (text[off[i - 1]] | 0x20) == ch &&
					 (text[off[i]] | 0x20) == ch));
	}

	/* two passes */
	cx_voice_analyse(m, norm, nlen, &info, lang, &res, &vr1);
	assert(res.lang == CX_LANG_ES || res.lang == CX_LANG_EN);
	if (lang >= 0)
		assert(res.lang == lang);
	check_run(&vr1, norm, nlen, entries, nentries);

	/* one pass: the same text, result and matches */
	n2 = cx_voice_analyse_text(m, text, textlen, norm2, lang, &res2, &vr2);
	assert(n2 == nlen && memcmp(norm, norm2, nlen) == 0);
	assert(res2.lang == res.lang && memcmp(res2.dim_sum, res.dim_sum, sizeof(res.dim_sum)) == 0);
	/* field by field: CxNormInfo has padding */
	assert(res2.info.n_questions == info.n_questions && res2.info.n_words == info.n_words &&
		   res2.info.n_exclaims == info.n_exclaims && res2.info.n_alpha == info.n_alpha &&
		   res2.info.n_upper == info.n_upper && res2.info.n_elongated == info.n_elongated &&
		   memcmp(res2.info.emo, info.emo, sizeof(info.emo)) == 0);
	for (int l = 0; l < CX_NLANG; l++)
	{
		assert(vr1.n[l] == vr2.n[l] && vr1.dropped[l] == vr2.dropped[l] &&
			   vr1.ncon[l] == vr2.ncon[l]);
		assert(memcmp(vr1.con[l], vr2.con[l], sizeof(uint32_t) * vr1.ncon[l]) == 0);
		/* field by field: CxVMatch has padding */
		for (int i = 0; i < vr1.n[l]; i++)
			assert(vr1.m[l][i].start == vr2.m[l][i].start && vr1.m[l][i].end == vr2.m[l][i].end &&
				   vr1.m[l][i].sig == vr2.m[l][i].sig && vr1.m[l][i].entry == vr2.m[l][i].entry &&
				   vr1.m[l][i].weight == vr2.m[l][i].weight &&
				   vr1.m[l][i].topic == vr2.m[l][i].topic);
	}

	score(&vr1, norm, nlen, &info, off, end, textlen, &res, entries, nentries, &v);
	{
		CxVoice		v2;

		score(&vr2, norm2, n2, &info, off, end, textlen, &res2, entries, nentries, &v2);
		assert(v2.sentiment == v.sentiment && v2.n_expressions == v.n_expressions &&
			   memcmp(v2.emotion, v.emotion, sizeof(v.emotion)) == 0);
	}

	/* one pass with the words recorded: negations read from the records, same voice */
	{
		size_t		cap = textlen / 2 + 2;
		CxWordRec  *wrec = malloc(sizeof(CxWordRec) * cap);
		CxVoice		v3;

		n2 = cx_analyse_text_words(m, text, textlen, norm2, lang, &res2, &vr2, wrec, cap);
		assert(n2 == nlen && memcmp(norm, norm2, nlen) == 0);
		assert(res2.wrec == wrec && res2.n_wrec == info.n_words);
		score(&vr2, norm2, n2, &info, off, end, textlen, &res2, entries, nentries, &v3);
		assert(v3.sentiment == v.sentiment && v3.n_expressions == v.n_expressions &&
			   v3.effort == v.effort && v3.churn == v.churn && v3.urgency == v.urgency &&
			   v3.positive == v.positive && v3.negative == v.negative &&
			   memcmp(v3.emotion, v.emotion, sizeof(v.emotion)) == 0);
		free(wrec);
	}

	free(norm);
	free(norm2);
	free(off);
	free(end);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int			lang;
	const uint8_t *split,
			   *text;
	size_t		lexlen,
				textlen,
				n,
				skipped;
	CxLexEntry	entries[NFIXED + MAX_LINES];
	CxMatcher  *m;

	if (size < 1)
		return 0;
	lang = (int) (data[0] % 3) - 1;
	data++;
	size--;
	split = memchr(data, 0, size);
	lexlen = split ? (size_t) (split - data) : 0;
	text = split ? split + 1 : data;
	textlen = split ? size - lexlen - 1 : size;

	memcpy(entries, fixed, sizeof(fixed));
	n = NFIXED;
	for (size_t i = 0; i < lexlen && n < NFIXED + MAX_LINES;)
	{
		size_t		j = i;
		int			k = (int) (n - NFIXED);
		int			d = k % (CX_V_TOPIC + 4);

		while (j < lexlen && data[j] != '\n')
			j++;
		entries[n].lang = (int) (n % 2);
		/* every voice signal, modifier and topic; then three empathy dimensions */
		entries[n].dim = d <= CX_V_TOPIC ? CX_DIM_VOICE + d :
			(const int[]) {CX_DIM_COMPLAINT, CX_DIM_APOLOGY, CX_DIM_FEELING}[d - CX_V_TOPIC - 1];
		entries[n].weight = 0.5 * (double) (1 + k % 6);
		entries[n].phrase = (const char *) data + i;
		entries[n].phrase_len = j - i;
		entries[n].topic = k % 5;
		n++;
		i = j + 1;
	}
	if (n > NFIXED)
	{
		m = cx_matcher_build(entries, n, &skipped);
		assert(m != NULL && skipped <= n - NFIXED);
	}
	else
	{
		if (fixed_matcher == NULL)
		{
			fixed_matcher = cx_matcher_build(fixed, NFIXED, &skipped);
			assert(fixed_matcher != NULL && skipped == 0);
		}
		m = fixed_matcher;
	}

	analyse_one(m, entries, n, text, textlen, lang);
	/* and in each language given, when it was detected */
	if (lang < 0)
	{
		analyse_one(m, entries, n, text, textlen, CX_LANG_ES);
		analyse_one(m, entries, n, text, textlen, CX_LANG_EN);
	}

	if (m != fixed_matcher)
		cx_matcher_free(m);
	return 0;
}
