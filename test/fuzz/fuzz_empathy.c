/*
 * libFuzzer target for the empathy engine: the normaliser, the matcher, the
 * sentence analysis and the scores of a reply alone or in context, and the
 * conversation maths (src/core/textnorm.c, empathy_core.c, empathy_mech.c,
 * empathy_score.c, empathy_conv.c).
 *
 * Input: the first byte picks the language (auto/es/en); the rest is split
 * at the first 0x00 byte into a lexicon part (one phrase per line, compiled
 * together with a fixed lexicon) and a message, and the message at its
 * first 0x01 byte into a reply and the customer message it answers (no
 * 0x01: a reply alone).  Checks every invariant the glue relies on: output
 * alphabet and length, offsets inside the input and non-decreasing, matches
 * and evidence inside the text and on word boundaries, features bounded and
 * their hash sets sorted, every sub-score in [0, 100], the score within
 * +-100, NaN only where empathy_detail returns NULL; the features of the
 * reply, the customer message and the lines of the message are then
 * grouped into conversations by the bytes of the input.
 */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "empathy_core.h"
#include "empathy_mech.h"
#include "textnorm.h"

/* a private copy of the normaliser without its fast paths (same_as_byte_loop) */
#define CX_NORM_FAST 0
#include "textnorm_impl.h"

/*
 * A small lexicon of both languages with every dimension, so that the
 * sentence analysis has matches to read even when the input brings none.
 * The weights are exact in binary: the kept matches hold them as float.
 */
#define E(l, d, w, s)	{CX_LANG_##l, CX_DIM_##d, w, s, sizeof(s) - 1}
static const CxLexEntry fixed[] = {
	E(ES, APOLOGY, 1.5, "lamento mucho las molestias"),
	E(ES, APOLOGY, 1.0, "disculpe"),
	E(ES, ACK, 1.0, "entiendo"),
	E(ES, ACK, 1.0, "tiene razón"),
	E(ES, ANTI, 2.0, "como ya le dije"),
	E(ES, ANTI, 1.5, "lamento que lo sienta así"),
	E(ES, ANTI, 1.0, "a quien le importa"),
	E(ES, OWNERSHIP, 1.5, "me encargo personalmente"),
	E(ES, EXPLORATION, 1.0, "qué pasó exactamente"),
	E(ES, COMPLAINT, 1.0, "no funciona"),
	E(ES, COMPLAINT, 1.0, "sigo esperando"),
	E(ES, EMOTION, 1.0, "qué mal"),
	E(ES, INTERP, 1.0, "debe ser muy frustrante"),
	E(ES, FEELING, 1.0, "frustrado"),
	E(ES, FEELING, 1.0, "preocupada"),
	E(ES, PROCEDURAL, 1.0, "número de pedido"),
	E(EN, APOLOGY, 1.0, "I'm sorry"),
	E(EN, ANTI, 2.0, "sorry you feel that way"),
	E(EN, ANTI, 1.0, "who cares"),
	E(EN, ANTI, 3.0, "you should have read"),
	E(EN, OWNERSHIP, 2.0, "I'll stay on this"),
	E(EN, ACK, 1.0, "I understand"),
	E(EN, EXPLORATION, 1.0, "what happened"),
	E(EN, COMPLAINT, 1.0, "not working"),
	E(EN, COMPLAINT, 1.0, "still waiting"),
	E(EN, EMOTION, 1.0, "that sounds awful"),
	E(EN, INTERP, 1.5, "that must be frustrating"),
	E(EN, FEELING, 1.0, "frustrated"),
	E(EN, FEELING, 1.0, "worried"),
	E(EN, FEELING, 0.5, "angry"),
	E(EN, PROCEDURAL, 1.0, "order number"),
	E(EN, PROCEDURAL, 1.0, "account email"),
};
#undef E

#define NFIXED		(sizeof(fixed) / sizeof(fixed[0]))

static CxMatcher *fixed_matcher;
#define MAX_POOL	16			/* features the conversation records draw from */
#define MAX_RECS	256

static inline int
is_sep(char c)
{
	return c == ' ' || CX_NORM_BOUNDARY(c);
}

typedef struct Check
{
	const char *norm;
	size_t		len;
	size_t		nmatch;
	size_t		nanti;			/* counted anti-empathy matches of the chosen language */
	int			lang;
	size_t		nev[CX_NEV];
} Check;

static void
on_match(void *arg, const CxMatch *m)
{
	Check	   *c = arg;

	assert(m->start >= 1 && m->start < m->end && m->end < c->len);
	assert(is_sep(c->norm[m->start - 1]) && !is_sep(c->norm[m->start]));
	assert(is_sep(c->norm[m->end]) && !is_sep(c->norm[m->end - 1]));
	assert(m->lang >= 0 && m->lang < CX_NLANG && m->dim >= 0 && m->dim < CX_NDIM);
	assert(m->weight > CX_WEIGHT_MIN_EXCL && m->weight <= CX_WEIGHT_MAX);
	c->nmatch++;
}

static void
on_evidence(void *arg, int kind, size_t start, size_t end, double weight)
{
	Check	   *c = arg;

	assert(kind >= 0 && kind < CX_NEV);
	assert(start >= 1 && start < end && end < c->len);
	/* whole words: a separator before the first and after the last */
	assert(is_sep(c->norm[start - 1]) && !is_sep(c->norm[start]));
	assert(is_sep(c->norm[end]) && !is_sep(c->norm[end - 1]));
	assert(isfinite(weight) && weight >= 0.0);
	/*
	 * A question ends at its '?' or was opened by a Spanish '¿' (';'); a
	 * request without either, possibly asking for data, is a procedural
	 * question or a request to tell.
	 */
	if (kind == CX_EV_OPEN_Q || kind == CX_EV_CLOSED_Q || kind == CX_EV_ADVICE_Q ||
		kind == CX_EV_TAG_Q || kind == CX_EV_HELP_Q)
		assert(c->norm[end] == '?' || c->norm[start - 1] == ';');
	else if (kind == CX_EV_REQUEST)
		assert(c->norm[end] != '?' && c->norm[start - 1] != ';');
	c->nev[kind]++;
}

/* sorted, strictly increasing, no zero hash */
static void
check_set(const uint32_t *set, int n, int cap)
{
	assert(n >= 0 && n <= cap);
	for (int k = 0; k < n; k++)
	{
		assert(set[k] != 0);
		if (k > 0)
			assert(set[k - 1] < set[k]);
	}
}

static void
check_features(const CxFeatures *f)
{
	/*
	 * The exploration outside questions is the lexicon's sum less what the
	 * (float) kept matches put inside them: a rounding error below zero is
	 * harmless (sub-scores start at raw 0), anything more is not.
	 */
	const float v[] = {f->emotion, f->interp, f->explore, f->listen, f->ownership, f->anti,
	f->complaint, f->feeling};

	assert(f->lang == CX_LANG_ES || f->lang == CX_LANG_EN);
	assert((f->flags & ~(CX_FEAT_ASKED | CX_FEAT_PROBLEM)) == 0);
	check_set(f->content, f->n_content, CX_FEAT_WORDS);
	check_set(f->feel, f->n_feel, CX_FEAT_FEEL);
	assert(f->declaratives <= f->words);
	for (size_t k = 0; k < sizeof(v) / sizeof(v[0]); k++)
		assert(isfinite(v[k]) && v[k] >= -1e-3f);
	assert(((f->flags & CX_FEAT_PROBLEM) != 0) == (f->complaint > 0 || f->feeling > 0));
	if (f->n_feel > 0)
		assert(f->feeling > 0);
}

static inline void
in_0_100(double v)
{
	assert(v >= 0.0 && v <= 100.0);
}

static void
check_detail(const CxEmpathyDetail *d, const CxFeatures *reply, const CxFeatures *cust)
{
	in_0_100(d->emotional_reaction);
	in_0_100(d->interpretation);
	in_0_100(d->exploration);
	in_0_100(d->anti_empathy);
	in_0_100(d->ownership);
	in_0_100(d->elaboration);
	in_0_100(d->courtesy);
	assert(d->score > -100.0 && d->score < 100.0);
	if (reply->anti == 0)
		assert(d->anti_empathy == 0 && d->score >= 0);
	if (cust == NULL)
		assert(isnan(d->names_feeling) && isnan(d->reflection) && isnan(d->answered));
	else
	{
		assert(d->names_feeling == 0.0 || d->names_feeling == 0.6 || d->names_feeling == 1.0);
		assert(d->reflection >= 0.0 && d->reflection <= 1.0);
		if (cust->flags & CX_FEAT_ASKED)
			assert(d->answered == (reply->declaratives > 0 ? 1.0 : 0.0));
		else
			assert(isnan(d->answered));
	}
}

/*
 * The normaliser that reads one byte at a time (textnorm_impl.h with
 * CX_NORM_FAST 0, see the top of this file) must give what cx_textnorm's
 * fast paths gave: the same bytes, offsets and counts.
 */
static void
same_as_byte_loop(const uint8_t *text, size_t textlen, const char *norm, size_t nlen,
				  const uint32_t *off, const uint32_t *end, const CxNormInfo *info)
{
	char	   *n2 = malloc(textlen + 2);
	uint32_t   *o2 = malloc(sizeof(uint32_t) * (textlen + 2));
	uint32_t   *e2 = malloc(sizeof(uint32_t) * (textlen + 2));
	CxNormInfo	i2;

	memset(&i2, 0, sizeof(i2));
	assert(cx_textnorm_run(text, textlen, n2, o2, e2, &i2, NULL, NULL) == nlen);
	assert(memcmp(n2, norm, nlen) == 0);
	assert(memcmp(o2, off, nlen * sizeof(uint32_t)) == 0);
	assert(memcmp(e2, end, nlen * sizeof(uint32_t)) == 0);
	assert(i2.n_questions == info->n_questions && i2.n_words == info->n_words &&
		   i2.n_exclaims == info->n_exclaims && i2.n_alpha == info->n_alpha &&
		   i2.n_upper == info->n_upper && i2.n_elongated == info->n_elongated &&
		   memcmp(i2.emo, info->emo, sizeof(i2.emo)) == 0);
	free(n2);
	free(o2);
	free(e2);
}

/*
 * Normalise and analyse one text, checking everything on the way; returns
 * its features.
 */
static void
analyse_one(const CxMatcher *m, const uint8_t *text, size_t textlen, int lang, CxFeatures *f)
{
	char	   *norm = malloc(textlen + 2);
	uint32_t   *off = malloc(sizeof(uint32_t) * (textlen + 2));
	uint32_t   *end = malloc(sizeof(uint32_t) * (textlen + 2));
	size_t		nlen,
				words = 0,
				quest = 0;
	CxNormInfo	info;
	CxMsgResult res;
	CxFeatures	f2;
	Check		chk;

	nlen = cx_textnorm(text, textlen, norm, off, end, &info);
	assert(nlen >= 1 && nlen <= textlen + 2);
	assert(is_sep(norm[0]) && is_sep(norm[nlen - 1]));
	for (size_t i = 0; i < nlen; i++)
	{
		char		c = norm[i];

		assert((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '#' || is_sep(c));
		if (i > 0)
		{
			/* separators never repeat: a run becomes its strongest one */
			assert(!(is_sep(c) && is_sep(norm[i - 1])));
			assert(off[i] >= off[i - 1]);
			if (!is_sep(c) && is_sep(norm[i - 1]))
				words++;
		}
		if (c == '?')
			quest++;
		assert(off[i] <= textlen && end[i] <= textlen && off[i] <= end[i]);
		if (!is_sep(c))
			assert(off[i] < end[i]);
	}
	assert(words == info.n_words);
	/* each '?' separator holds at least one question mark of its own */
	assert(quest <= info.n_questions);
	same_as_byte_loop(text, textlen, norm, nlen, off, end, &info);

	memset(&chk, 0, sizeof(chk));
	chk.norm = norm;
	chk.len = nlen;
	cx_empathy_analyse(m, norm, nlen, &info, lang, &res, on_match, &chk);
	assert(cx_empathy_score_from_sums(res.dim_sum) > -100.0 && cx_empathy_score_from_sums(res.dim_sum) < 100.0);
	assert(res.lang == CX_LANG_ES || res.lang == CX_LANG_EN);
	if (lang >= 0)
		assert(res.lang == lang);
	assert(res.n_words == info.n_words);
	assert(res.n_kept >= 0 && res.n_kept <= CX_KEEP_MATCHES);
	for (int k = 0; k < res.n_kept; k++)
	{
		const CxKeptMatch *km = &res.kept[k];

		assert(km->start >= 1 && km->start < km->end && km->end < nlen);
		assert(is_sep(norm[km->start - 1]) && is_sep(norm[km->end]));
		assert(km->dim < CX_NDIM && km->weight > 0);
	}
	for (int d = 0; d < CX_NDIM; d++)
		assert(res.dim_sum[d] >= 0 && res.dim_n[d] >= 0 && (res.dim_n[d] > 0) == (res.dim_sum[d] > 0));

	/* the sentence analysis, with its evidence */
	cx_empathy_features_ev(norm, nlen, &res, f, on_evidence, &chk);
	check_features(f);
	assert(f->lang == res.lang);
	assert(f->words == (res.n_words > UINT16_MAX ? UINT16_MAX : res.n_words));
	assert(f->n_anti <= res.dim_n[CX_DIM_ANTI]);

	/*
	 * The one-pass analysis agrees with normalise + analyse (so the
	 * features, a function of the two, agree too).
	 */
	{
		char	   *norm2 = malloc(textlen + 2);
		CxMsgResult res2;
		size_t		n2 = cx_empathy_analyse_text(m, text, textlen, norm2, lang, &res2);

		assert(n2 == nlen && memcmp(norm, norm2, nlen) == 0);
		assert(res2.lang == res.lang && cx_empathy_score_from_sums(res2.dim_sum) == cx_empathy_score_from_sums(res.dim_sum) && res2.n_negated == res.n_negated &&
			   res2.n_words == res.n_words && res2.n_questions == res.n_questions &&
			   res2.n_exclaims == res.n_exclaims &&
			   memcmp(res2.dim_sum, res.dim_sum, sizeof(res.dim_sum)) == 0 &&
			   memcmp(res2.dim_n, res.dim_n, sizeof(res.dim_n)) == 0);
		/* field by field: CxKeptMatch has padding */
		assert(res2.n_kept == res.n_kept);
		for (int k = 0; k < res.n_kept; k++)
			assert(res2.kept[k].start == res.kept[k].start && res2.kept[k].end == res.kept[k].end &&
				   res2.kept[k].dim == res.kept[k].dim &&
				   res2.kept[k].weight == res.kept[k].weight);

		/*
		 * Read again with the words recorded: the records are the words of
		 * the text, and the sentence analysis that reads them finds what it
		 * finds splitting the text itself.
		 */
		{
			size_t		cap = textlen / 2 + 2;
			CxWordRec  *wrec = malloc(sizeof(CxWordRec) * cap);
			CxFeatures	f3;

			n2 = cx_analyse_text_words(m, text, textlen, norm2, lang, &res2, NULL, wrec, cap);
			assert(n2 == nlen && memcmp(norm, norm2, nlen) == 0);
			assert(res2.wrec == wrec && res2.n_wrec == res.n_words);
			for (size_t k = 0; k < res2.n_wrec; k++)
				assert(wrec[k].start >= 1 && wrec[k].start < wrec[k].end && wrec[k].end < nlen &&
					   is_sep(norm[wrec[k].start - 1]) && is_sep(norm[wrec[k].end]) &&
					   (k == 0 || wrec[k - 1].end < wrec[k].start));
			cx_empathy_features(norm2, n2, &res2, &f3);
			cx_empathy_features(norm, nlen, &res, &f2);
			assert(memcmp(&f2, &f3, sizeof(f2)) == 0);
			free(wrec);
		}
		free(norm2);
	}

	/* no lexicon: the language cues and counts only */
	cx_empathy_analyse(NULL, norm, nlen, &info, lang, &res, NULL, NULL);
	assert(cx_empathy_score_from_sums(res.dim_sum) == 0.0 && res.n_kept == 0);
	cx_empathy_features(norm, nlen, &res, &f2);
	check_features(&f2);
	assert(f2.anti == 0 && f2.emotion <= 0.3f && f2.n_feel == 0);

	free(norm);
	free(off);
	free(end);
}

/* the features of one line, for the conversation records: lighter checks */
static void
analyse_line(const CxMatcher *m, const uint8_t *text, size_t textlen, int lang, CxFeatures *f)
{
	char	   *norm = malloc(textlen + 2);
	CxMsgResult res;
	size_t		nlen = cx_empathy_analyse_text(m, text, textlen, norm, lang, &res);

	assert(nlen >= 1 && nlen <= textlen + 2);
	cx_empathy_features(norm, nlen, &res, f);
	check_features(f);
	free(norm);
}

/* merging src into a copy of dst keeps the sets sorted and takes from both */
static void
check_merge(const CxFeatures *dst0, const CxFeatures *src)
{
	CxFeatures	d = *dst0;

	cx_empathy_features_merge(&d, src);
	check_set(d.content, d.n_content, CX_FEAT_WORDS);
	check_set(d.feel, d.n_feel, CX_FEAT_FEEL);
	assert(d.n_content >= dst0->n_content && d.n_feel >= dst0->n_feel);
	assert(d.flags == (dst0->flags | src->flags));
	assert(d.words == (dst0->words + src->words > UINT16_MAX ? UINT16_MAX :
					   dst0->words + src->words));
	for (int k = 0; k < d.n_content; k++)
	{
		int			found = 0;

		for (int j = 0; j < dst0->n_content && !found; j++)
			found = dst0->content[j] == d.content[k];
		for (int j = 0; j < src->n_content && !found; j++)
			found = src->content[j] == d.content[k];
		assert(found);
	}
	/* what dst held stays */
	for (int j = 0; j < dst0->n_content; j++)
	{
		int			found = 0;

		for (int k = 0; k < d.n_content && !found; k++)
			found = dst0->content[j] == d.content[k];
		assert(found);
	}
}

static void
check_component(double v)
{
	assert(isnan(v) || (v >= 0.0 && v <= 100.0));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int			lang;
	uint8_t		first;
	const uint8_t *split,
			   *text,
			   *cut;
	size_t		lexlen,
				textlen,
				replylen;
	CxLexEntry	entries[64 + NFIXED];
	size_t		n,
				skipped;
	CxMatcher  *m;
	CxFeatures	pool[MAX_POOL];
	int			npool = 0;
	CxEmpathyDetail d;

	if (size < 1)
		return 0;
	first = data[0];
	lang = (int) (first % 3) - 1;
	data++;
	size--;
	split = memchr(data, 0, size);
	lexlen = split ? (size_t) (split - data) : 0;
	text = split ? split + 1 : data;
	textlen = split ? size - lexlen - 1 : size;

	memcpy(entries, fixed, sizeof(fixed));
	n = NFIXED;
	for (size_t i = 0; i < lexlen && n < sizeof(entries) / sizeof(entries[0]);)
	{
		size_t		j = i;

		while (j < lexlen && data[j] != '\n')
			j++;
		entries[n].lang = (int) (n % 2);
		entries[n].dim = (int) (n % CX_NDIM);
		entries[n].weight = 0.5 + (double) (n % 5) * 0.5;
		entries[n].phrase = (const char *) data + i;
		entries[n].phrase_len = j - i;
		(void) cx_phrase_check(entries[n].phrase, entries[n].phrase_len);
		n++;
		i = j + 1;
	}
	/*
	 * Building the automaton costs more than analysing a short message:
	 * the fixed lexicon alone is built once, so that message-only inputs
	 * (the long seeds) run fast.
	 */
	if (n > NFIXED)
	{
		m = cx_matcher_build(entries, n, &skipped);
		assert(m != NULL && skipped <= n);
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

	/* the reply, alone and against the customer message */
	cut = memchr(text, 1, textlen);
	replylen = cut ? (size_t) (cut - text) : textlen;
	analyse_one(m, text, replylen, lang, &pool[npool]);
	cx_empathy_detail(&pool[0], NULL, &d);
	check_detail(&d, &pool[0], NULL);
	npool++;
	if (cut)
	{
		const uint8_t *cust = cut + 1;
		size_t		custlen = textlen - replylen - 1;
		CxEmpathyDetail dc;
		double		nf,
					rf,
					an;

		analyse_one(m, cust, custlen, lang, &pool[npool]);
		cx_empathy_detail(&pool[0], &pool[1], &dc);
		check_detail(&dc, &pool[0], &pool[1]);
		/* the context adds to interpretation and answering only */
		assert(dc.emotional_reaction == d.emotional_reaction &&
			   dc.exploration == d.exploration && dc.anti_empathy == d.anti_empathy &&
			   dc.ownership == d.ownership && dc.elaboration == d.elaboration &&
			   dc.courtesy == d.courtesy && dc.interpretation >= d.interpretation);
		cx_empathy_context(&pool[0], &pool[1], &nf, &rf, &an);
		assert(nf == dc.names_feeling && rf == dc.reflection &&
			   (an == dc.answered || (isnan(an) && isnan(dc.answered))));
		/* the other way round too: the customer's message as a reply */
		cx_empathy_detail(&pool[1], &pool[0], &dc);
		check_detail(&dc, &pool[1], &pool[0]);
		/* against itself: every feeling it names is shared */
		cx_empathy_detail(&pool[1], &pool[1], &dc);
		check_detail(&dc, &pool[1], &pool[1]);
		if (pool[1].n_feel > 0)
			assert(dc.names_feeling == 1.0);
		npool++;
	}

	/* the lines of the whole message, for the conversation records */
	for (size_t i = 0; i < textlen && npool < MAX_POOL;)
	{
		size_t		j = i;

		while (j < textlen && text[j] != '\n')
			j++;
		if (j > i && !(i == 0 && j == textlen))
			analyse_line(m, text + i, j - i, lang, &pool[npool++]);
		i = j + 1;
	}
	for (int a = 0; a < npool; a++)
		for (int b = 0; b < npool && b < 4; b++)
			check_merge(&pool[a], &pool[b]);

	/*
	 * The bytes as conversation records, each one carrying features from
	 * the pool: 8 bytes per record (conversation, time, role, body, which
	 * features).
	 */
	{
		size_t		nrec = size / 8 > MAX_RECS ? MAX_RECS : size / 8;
		CxConvMsg  *msgs = calloc(nrec ? nrec : 1, sizeof(CxConvMsg));
		CxConvResult cr;
		size_t		ncust = 0,
					nconv = 0;
		int			convs[3] = {0, 0, 0};

		for (size_t i = 0; i < nrec; i++)
		{
			const uint8_t *p = data + i * 8;

			msgs[i].conv = p[0] % 3;
			msgs[i].sent_at = (int64_t) ((p[1] << 8) | p[2]) * 1000000 - 30000000;
			msgs[i].seq = (uint32_t) i;
			msgs[i].role = p[3] & 1;
			msgs[i].has_body = (p[3] >> 1) & 1;
			if (msgs[i].has_body)
				msgs[i].feat = pool[p[4] % npool];
			else
				msgs[i].feat.lang = CX_LANG_EN;
			ncust += msgs[i].role == CX_ROLE_CUSTOMER;
			convs[p[0] % 3] = 1;
		}
		nconv = (size_t) (convs[0] + convs[1] + convs[2]);
		cx_empathy_conversations(msgs, nrec, (int64_t) (first % 5) * 60 * 1000000LL, &cr);
		check_component(cr.score);
		check_component(cr.language);
		check_component(cr.understanding);
		check_component(cr.responsiveness);
		check_component(cr.listening);
		assert(cr.agent_messages + cr.customer_messages == (int64_t) nrec);
		assert(cr.customer_messages == (int64_t) ncust);
		assert(cr.conversations == (int64_t) nconv);
		/* the score is NULL only when every component is */
		assert(isnan(cr.score) == (isnan(cr.language) && isnan(cr.understanding) &&
								   isnan(cr.responsiveness) && isnan(cr.listening)));
		if (cr.agent_messages == 0)
			assert(isnan(cr.language) && isnan(cr.responsiveness));
		for (size_t i = 1; i < nrec; i++)
			assert(msgs[i - 1].conv < msgs[i].conv ||
				   (msgs[i - 1].conv == msgs[i].conv &&
					(msgs[i - 1].sent_at < msgs[i].sent_at ||
					 (msgs[i - 1].sent_at == msgs[i].sent_at && msgs[i - 1].seq < msgs[i].seq))));
		/* each conversation alone */
		for (size_t i = 0; i < nrec;)
		{
			size_t		j = i;
			double		c[4];

			while (j < nrec && msgs[j].conv == msgs[i].conv)
				j++;
			cx_empathy_one_conversation(msgs + i, j - i, 0, &c[0], &c[1], &c[2], &c[3]);
			for (int k = 0; k < 4; k++)
				check_component(c[k]);
			i = j;
		}
		free(msgs);
	}

	if (m != fixed_matcher)
		cx_matcher_free(m);
	return 0;
}
