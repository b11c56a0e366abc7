/*
 * empathy_core.c: a message read with the compiled lexicon (matcher.c):
 * matches, negation, language detection and the message and conversation
 * scores.  See empathy_core.h; the formulas are documented in README.md
 * (Empathy).
 */
#include "empathy_core.h"
#include "voice.h"
#include "textnorm_impl.h"
#include "wordauto.h"
#include "matcher_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- analysing a message ----------------------------------------------------- */

/* matches held back per language until no later match can cover them */
#define CX_HELD_MAX 16

typedef struct RunState
{
	const CxMatcher *m;
	const char *norm;
	CxWordRec  *wrec;			/* the words read so far, when the caller gave room */
	size_t		wcap;
	size_t		nw;				/* words read (more than wcap: the records are not all there) */
	int			have[CX_NLANG];
	CxMatch		pending[CX_NLANG];
	int			nstop[CX_NLANG];
	int			nhaber;			/* "he" / "has" seen (at most CX_HABER_MAX kept) */
	size_t		haber_end[CX_HABER_MAX];	/* where the word after each starts */
	double		sum[CX_NLANG][CX_NDIM];
	double		vwsum[CX_NLANG];	/* weight of the voice's expressions */
	int			cnt[CX_NLANG][CX_NDIM];
	int			nneg[CX_NLANG];
	size_t		expr_end[CX_NLANG];	/* end of the last committed match */
	int			nheld[CX_NLANG];
	int			nkept[CX_NLANG];
	CxMatchCallback cb;
	void	   *arg;
	CxVoiceRun *vr;				/* collects the voice's matches; NULL for empathy */
	/* not cleared by run_init: only the first nheld[l] / nkept[l] are valid */
	CxMatch		held[CX_NLANG][CX_HELD_MAX];
	CxKeptMatch kept[CX_NLANG][CX_KEEP_MATCHES];
} RunState;

/* is w[0..wlen) the NUL-terminated string s?  (the text never holds a NUL) */
static inline int
word_eq(const char *s, const char *w, size_t wlen)
{
	size_t		k = 0;

	while (k < wlen && s[k] == w[k])
		k++;
	return k == wlen && s[k] == '\0';
}

static int
word_is(const char *w, size_t wlen, const char *const *list)
{
	for (; *list; list++)
		if (word_eq(*list, w, wlen))
			return 1;
	return 0;
}

/*
 * Does the word norm[ws..we) end a contrast expression of lang ("but",
 * "pero", the "embargo" of "sin embargo")?  Two-word ones are checked
 * against the word before, in the same clause.
 */
static int
ends_contrast(const char *norm, size_t ws, size_t we, int lang)
{
	for (const char *const *c = cx_contrasts[lang]; *c; c++)
	{
		const char *sp = *c;
		size_t		pws;

		while (*sp && *sp != ' ')
			sp++;
		if (*sp == '\0')
		{
			if (word_eq(*c, norm + ws, we - ws))
				return 1;
			continue;
		}
		if (!word_eq(sp + 1, norm + ws, we - ws) || ws < 2 || norm[ws - 1] != ' ')
			continue;
		pws = ws - 1;
		while (pws > 0 && norm[pws - 1] != ' ' && !CX_NORM_BOUNDARY(norm[pws - 1]))
			pws--;
		if ((size_t) (sp - *c) == ws - 1 - pws && memcmp(*c, norm + pws, sp - *c) == 0)
			return 1;
	}
	return 0;
}

/* does word w[0..n) (its tags: tagged, or else read from the text) mark what want asks? */
static inline int
marks_of(const char *w, size_t n, uint32_t tags, int tagged, int lang, int want)
{
	int			m = 0;

	if ((want & CX_MARK_NEGATED) &&
		(tagged ? (tags & CX_TAG_NEGATOR(lang)) != 0 : word_is(w, n, cx_negators[lang])))
		m |= CX_MARK_NEGATED;
	if ((want & CX_MARK_IRREALIS) &&
		(tagged ? (tags & CX_TAG_IRREALIS(lang)) != 0 : word_is(w, n, cx_irrealis_words[lang])))
		m |= CX_MARK_IRREALIS;
	return m;
}

/*
 * The look-back of cx_marks_before over the text: the negators (and, when
 * asked, irrealis markers) within CX_NEG_WINDOW words before the match,
 * same clause, not past a contrast; it ends at the first negator.  Words
 * before expr_end belong to an expression matched earlier: a negator there
 * is part of that expression ("oh no", "don't worry", "no te preocupes"),
 * not a negation of this one, and the look-back stops there.
 */
static inline __attribute__((always_inline)) int
look_back_text(const char *norm, size_t start, int lang, size_t expr_end, int want)
{
	size_t		p = start;		/* norm[p - 1] is the separator before the match */
	int			found = 0;

	for (int k = 0; k < CX_NEG_WINDOW; k++)
	{
		size_t		wend,
					wstart;

		if (p < 2 || CX_NORM_BOUNDARY(norm[p - 1]))
			break;
		wend = p - 1;			/* separator position = one past the word */
		wstart = wend;
		while (wstart > 0 && norm[wstart - 1] != ' ' && !CX_NORM_BOUNDARY(norm[wstart - 1]))
			wstart--;
		if (wstart == wend || wstart < expr_end)
			break;
		/*
		 * A negation does not reach past a contrast ("no idea but great"),
		 * and the "sin" of "sin embargo" and the "no" of "no obstante"
		 * negate nothing.
		 */
		if (ends_contrast(norm, wstart, wend, lang))
			break;
		found |= marks_of(norm + wstart, wend - wstart, 0, 0, lang, want);
		if (found & CX_MARK_NEGATED)
			break;
		p = wstart;
	}
	return found;
}

int
cx_is_negated(const char *norm, size_t start, int lang, size_t expr_end)
{
	return look_back_text(norm, start, lang, expr_end, CX_MARK_NEGATED) != 0;
}

/*
 * The same look-back with the text's words recorded (wrec[0..n), NULL or
 * n = 0 when not): the words before the match are records away, and
 * whether each is a negator, an irrealis marker or ends a contrast is in
 * its tag (set when the matcher was built), so the text is neither scanned
 * back nor each word compared with the lists.
 */
static inline __attribute__((always_inline)) int
look_back(const char *norm, size_t start, int lang, size_t expr_end,
		  const CxWordRec *wrec, size_t n, int want)
{
	size_t		lo = 0,
				hi = n,
				p = start;
	int			found = 0;

	/* the record of the match's first word */
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (wrec[mid].start < start)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo >= n || wrec[lo].start != start)
		return look_back_text(norm, start, lang, expr_end, want);
	for (int k = 0; k < CX_NEG_WINDOW; k++)
	{
		const CxWordRec *w;

		if (p < 2 || CX_NORM_BOUNDARY(norm[p - 1]) || lo == 0)
			break;
		w = &wrec[--lo];
		if (w->start < expr_end)
			break;
		if ((w->mask & CX_TAG_CONTRAST(lang)) && ends_contrast(norm, w->start, w->end, lang))
			break;
		found |= marks_of(NULL, 0, w->mask, 1, lang, want);
		if (found & CX_MARK_NEGATED)
			break;
		p = w->start;
	}
	return found;
}

int
cx_negated(const char *norm, size_t start, int lang, size_t expr_end,
		   const CxWordRec *wrec, size_t n)
{
	return look_back(norm, start, lang, expr_end, wrec, n, CX_MARK_NEGATED) != 0;
}

int
cx_marks_before(const char *norm, size_t start, int lang, size_t expr_end,
				const CxWordRec *wrec, size_t n)
{
	return look_back(norm, start, lang, expr_end, wrec, n, CX_MARK_NEGATED | CX_MARK_IRREALIS);
}

static void
commit_match(RunState *rs, CxMatch *mt)
{
	/* only an expression wholly before this one bounds the look-back */
	size_t		prev_end = rs->expr_end[mt->lang] <= mt->start ? rs->expr_end[mt->lang] : 0;

	mt->negated = cx_negated(rs->norm, mt->start, mt->lang, prev_end, rs->wrec,
							 rs->nw <= rs->wcap ? rs->nw : 0);
	rs->expr_end[mt->lang] = mt->end;
	if (mt->negated)
		rs->nneg[mt->lang]++;
	else
	{
		int			l = mt->lang;

		rs->sum[l][mt->dim] += mt->weight;
		rs->cnt[l][mt->dim]++;
		if (rs->nkept[l] < CX_KEEP_MATCHES)
		{
			CxKeptMatch *k = &rs->kept[l][rs->nkept[l]++];

			k->start = (uint32_t) mt->start;
			k->end = (uint32_t) mt->end;
			k->dim = (uint8_t) mt->dim;
			k->weight = (float) mt->weight;
		}
	}
	if (rs->cb)
		rs->cb(rs->arg, mt);
}

/* commit the first k held matches of language l, in text order */
static void
release_held(RunState *rs, int l, int k)
{
	for (int i = 0; i < k; i++)
		commit_match(rs, &rs->held[l][i]);
	memmove(&rs->held[l][0], &rs->held[l][k], (size_t) (rs->nheld[l] - k) * sizeof(CxMatch));
	rs->nheld[l] -= k;
}

/*
 * Overlap resolution, per language, streaming (one pending match): a match
 * that covers the pending one replaces it; an anti-empathy match that runs
 * past a positive one it overlaps replaces it ("I'm so sorry you feel that
 * way" is a non-apology, not an apology); any other overlapping match is
 * dropped.  At one end position the automaton reports longer patterns first.
 * A pending match that a later one does not overlap is held back until the
 * text has moved on by the longest pattern's length, since a still longer
 * match may cover it too ("I understand" and "how frustrating" are both
 * covered by "I understand how frustrating that is" and do not count).
 */
static void
offer_match(RunState *rs, const CxIEntry *e, size_t end)
{
	CxMatch		mt;
	int			l = e->lang;

	if (e->dim == CX_DIM_HABER)
	{
		if (rs->nhaber < CX_HABER_MAX)
			rs->haber_end[rs->nhaber++] = end;
		return;
	}
	if (e->dim >= CX_DIM_VOICE)
	{
		/*
		 * The voice resolves its own overlaps, after the pass (voice.c).
		 * Its expressions are evidence of the language in every run, so that
		 * a text is read in the same language by empathy and voice alike.
		 */
		if (e->dim < CX_DIM_VOICE + CX_V_INTENSIFIER)
			rs->vwsum[l] += e->weight;
		if (rs->vr)
			cx_voice_collect(rs->vr, l, e->dim - CX_DIM_VOICE, e->weight, e->topic, e->orig,
							 end - e->plen + 1, end - 1);
		return;
	}
	if (e->dim == CX_DIM_CONTRAST)
	{
		if (rs->vr)
			cx_voice_contrast(rs->vr, l, end - e->plen + 1);
		return;
	}
	mt.lang = l;
	mt.dim = e->dim;
	mt.weight = e->weight;
	mt.negated = 0;
	mt.entry = e->orig;
	mt.start = end - e->plen + 1;
	mt.end = end - 1;

	/*
	 * Feelings and procedural nouns are tags on the words, not expressions
	 * that compete for them: "frustrated" is a feeling named inside "you
	 * must be frustrated" (an interpretation) too, and "order number"
	 * inside "could you send me your order number".  They are committed at
	 * once, outside the overlap resolution, and do not bound the negation
	 * look-back of the expressions around them.
	 */
	if (e->dim == CX_DIM_FEELING || e->dim == CX_DIM_PROCEDURAL)
	{
		size_t		keep = rs->expr_end[l];

		commit_match(rs, &mt);
		rs->expr_end[l] = keep;
		return;
	}
	if (!rs->have[l])
	{
		rs->pending[l] = mt;
		rs->have[l] = 1;
		return;
	}
	{
		CxMatch    *p = &rs->pending[l];

		if (mt.start > p->end)
		{
			/* hold the pending match back: a later one may still cover it */
			if (rs->nheld[l] == CX_HELD_MAX)
				release_held(rs, l, 1);
			rs->held[l][rs->nheld[l]++] = *p;
			*p = mt;
		}
		else if (mt.start <= p->start)
		{
			/* it covers the pending match and the held ones it starts before */
			while (rs->nheld[l] > 0 && mt.start <= rs->held[l][rs->nheld[l] - 1].start)
				rs->nheld[l]--;
			*p = mt;
		}
		else if (mt.dim == CX_DIM_ANTI && p->dim != CX_DIM_ANTI && mt.end > p->end)
			*p = mt;
	}
	/* held matches that start too early for any later match to cover are final */
	if (rs->nheld[l] > 0)
	{
		int			k = 0;

		while (k < rs->nheld[l] && rs->held[l][k].start + rs->m->maxplen <= end)
			k++;
		if (k > 0)
			release_held(rs, l, k);
	}
}

double
cx_empathy_score_from_sums(const double *dim_sum)
{
	double		pos = 0.0,
				P,
				A;

	for (int k = 0; k < 4; k++)
		pos += dim_sum[k] < CX_DIM_CAP ? dim_sum[k] : CX_DIM_CAP;
	P = 1.0 - exp(-pos / 2.0);
	/* anti-empathy counts at most as much as all four positive dimensions */
	A = 1.0 - exp(-(dim_sum[CX_DIM_ANTI] < 4 * CX_DIM_CAP ? dim_sum[CX_DIM_ANTI] : 4 * CX_DIM_CAP) / 2.0);
	return 100.0 * (P - A);
}

/* report the entries of state s, longest first (a match ends at byte end) */
static inline void
report_state(RunState *rs, uint32_t s, size_t end)
{
	const CxMatcher *m = rs->m;
	const int32_t *first = m->wa.first;

	for (int32_t t = first[s] >= 0 ? (int32_t) s : m->wa.dict[s]; t >= 0; t = m->wa.dict[t])
		for (int32_t e = first[t]; e >= 0; e = m->ents[e].next)
			offer_match(rs, &m->ents[e], end);
}

static void
run_init(RunState *rs, const CxMatcher *m, const char *norm, CxMatchCallback cb, void *arg)
{
	memset(rs, 0, offsetof(RunState, held));
	rs->m = m;
	rs->norm = norm;
	rs->cb = cb;
	rs->arg = arg;
}

/*
 * Is the word at norm[p..] a Spanish past participle?  Regular ones end in
 * -ado / -ido ("revisado", "enviado", "podido", "leído"); the irregular ones
 * a support agent writes are listed.  No English word that follows "he" or
 * "has" looks like that, so it is Spanish evidence.
 */
static int
is_participle(const char *norm, size_t len, size_t p)
{
	static const char *const irregular[] = {
		"hecho", "dicho", "visto", "puesto", "escrito", "abierto", "vuelto", "resuelto",
		"devuelto", "roto", "cubierto", "descubierto", "satisfecho", "impreso", "propuesto",
		"dispuesto", "repuesto", "compuesto", "previsto", NULL
	};
	size_t		q = p;

	while (q < len && norm[q] != ' ' && !CX_NORM_BOUNDARY(norm[q]))
		q++;
	if (q - p >= 4 && (memcmp(norm + q - 3, "ado", 3) == 0 || memcmp(norm + q - 3, "ido", 3) == 0))
		return 1;
	return q > p && word_is(norm + p, q - p, irregular);
}

/*
 * "he" / "has" followed by a Spanish past participle is haber (Spanish
 * evidence); followed by anything else, it is English ("he said", "it has
 * been").  Occurrences past CX_HABER_MAX count for neither.
 */
static void
haber_evidence(RunState *rs, size_t len)
{
	for (int k = 0; k < rs->nhaber; k++)
	{
		size_t		p = rs->haber_end[k];

		/* the separator before the next word is final now: a clause mark ends it */
		if (rs->norm[p - 1] == ' ' && is_participle(rs->norm, len, p))
			rs->nstop[CX_LANG_ES]++;
		else
			rs->nstop[CX_LANG_EN]++;
	}
}

/*
 * The language of a message read without a given one.  Evidence, in order:
 * the function words of each language; then the weight of the expressions
 * each language's lexicon matched.  When both tie the text says nothing
 * about its language, and the reading whose score is nearer 0 is taken, so
 * that a guess never credits or blames more than both readings support; if
 * those are equal too (an empty text, no expressions at all), the result is
 * the same in both languages and 'en' is reported.
 */
static int
detect_language(const RunState *rs)
{
	double		w[CX_NLANG] = {0, 0};
	double		sc[CX_NLANG];

	if (rs->nstop[CX_LANG_ES] != rs->nstop[CX_LANG_EN])
		return rs->nstop[CX_LANG_ES] > rs->nstop[CX_LANG_EN] ? CX_LANG_ES : CX_LANG_EN;
	for (int l = 0; l < CX_NLANG; l++)
	{
		for (int k = 0; k < CX_NDIM; k++)
			w[l] += rs->sum[l][k];
		w[l] += rs->vwsum[l];
	}
	if (w[CX_LANG_ES] != w[CX_LANG_EN])
		return w[CX_LANG_ES] > w[CX_LANG_EN] ? CX_LANG_ES : CX_LANG_EN;
	for (int l = 0; l < CX_NLANG; l++)
		sc[l] = fabs(cx_empathy_score_from_sums(rs->sum[l]));
	return sc[CX_LANG_ES] < sc[CX_LANG_EN] ? CX_LANG_ES : CX_LANG_EN;
}

/* commit what is pending, choose the language, fill res */
static void
run_finish(RunState *rs, const CxNormInfo *info, size_t len, int lang, CxMsgResult *res)
{
	int			chosen;

	for (int l = 0; l < CX_NLANG; l++)
	{
		if (rs->nheld[l] > 0)
			release_held(rs, l, rs->nheld[l]);
		if (rs->have[l])
			commit_match(rs, &rs->pending[l]);
	}

	if (lang == CX_LANG_ES || lang == CX_LANG_EN)
		chosen = lang;
	else
	{
		haber_evidence(rs, len);
		chosen = detect_language(rs);
	}

	/* the kept matches are copied below: clear only what is before them */
	memset(res, 0, offsetof(CxMsgResult, kept));
	res->lang = chosen;
	for (int k = 0; k < CX_NDIM; k++)
	{
		res->dim_sum[k] = rs->sum[chosen][k];
		res->dim_n[k] = rs->cnt[chosen][k];
	}
	res->n_negated = rs->nneg[chosen];
	res->n_words = info ? info->n_words : 0;
	res->n_questions = info ? info->n_questions : 0;
	res->n_exclaims = info ? info->n_exclaims : 0;
	if (info)
		res->info = *info;
	res->n_kept = rs->nkept[chosen];
	memcpy(res->kept, rs->kept[chosen], (size_t) res->n_kept * sizeof(CxKeptMatch));
}

/*
 * The automaton's walk over a normalised text, one call per separator
 * (inside the normaliser, so that normalising and matching are one pass):
 * the separator after a word steps the automaton over the whole word and
 * reports what ends there.
 *
 * The step over a word waits until the separator after the next word (or
 * the end of the text, word_run_flush): at its own separator the word is
 * only keyed and its vocabulary slot prefetched, so that the cache miss on
 * the vocabulary (about 1 MB for the shipped lexicons) overlaps with the
 * normalising of the next word instead of stalling the pass.  Nothing a step
 * does depends on the bytes after its word, so the results are the same.
 */
typedef struct WordRun
{
	RunState   *rs;
	const CxWordAuto *wa;
	uint32_t	state;
	size_t		ws;				/* where the word being read starts */
	const char *out;
	int			have;			/* a word waits for its step */
	size_t		pws;			/* the waiting word: start, end, key */
	size_t		po;
	CxWaKey		pkey;
} WordRun;

static void
word_run_init(WordRun *f, RunState *rs, const CxMatcher *m)
{
	f->rs = rs;
	f->wa = &m->wa;
	f->state = 0;
	f->ws = 0;
	f->have = 0;
}

/* step the automaton over the waiting word */
static inline __attribute__((always_inline)) void
word_run_step(WordRun *f)
{
	const char *w = f->out + f->pws;
	uint32_t	tag;
	uint32_t	v = cx_wa_step(f->wa, f->state, w, &f->pkey, &tag);
	RunState   *rs = f->rs;
	size_t		o = f->po;

	if (tag & (CX_TAG_STOP(CX_LANG_ES) | CX_TAG_STOP(CX_LANG_EN)))
	{
		rs->nstop[CX_LANG_ES] += (tag & CX_TAG_STOP(CX_LANG_ES)) != 0;
		rs->nstop[CX_LANG_EN] += (tag & CX_TAG_STOP(CX_LANG_EN)) != 0;
	}
	if (rs->nw < rs->wcap)
	{
		rs->wrec[rs->nw].start = (uint32_t) f->pws;
		rs->wrec[rs->nw].end = (uint32_t) o;
		rs->wrec[rs->nw].mask = tag;
	}
	rs->nw++;

	f->state = v & CX_WA_STATE;
	if (v & CX_WA_OUT)
		report_state(f->rs, f->state, o + 1);
}

static inline __attribute__((always_inline)) void
word_step(void *ctx, const char *out, size_t o, const uint64_t *head)
{
	WordRun    *f = (WordRun *) ctx;

	if (o > f->ws)
	{
		uint32_t	wlen = (uint32_t) (o - f->ws);
		CxWaKey		key = head ? cx_wa_key_make(*head, 0, wlen) : cx_wa_keyof(out + f->ws, wlen);

		cx_wa_prefetch(f->wa, &key);
		if (f->have)
			word_run_step(f);
		f->out = out;
		f->have = 1;
		f->pws = f->ws;
		f->po = o;
		f->pkey = key;
	}
	f->ws = o + 1;
}

/* the last word's step, at the end of the text */
static inline void
word_run_flush(WordRun *f)
{
	if (f->have)
		word_run_step(f);
	f->have = 0;
}

static void
analyse_norm(const CxMatcher *m, const char *norm, size_t len, const CxNormInfo *info,
			 int lang, CxMsgResult *res, CxMatchCallback cb, void *arg, CxVoiceRun *vr)
{
	RunState	rs;

	run_init(&rs, m, norm, cb, arg);
	rs.vr = vr;
	if (vr)
		cx_voice_run_init(vr);
	if (m)
	{
		WordRun		f;

		word_run_init(&f, &rs, m);
		for (size_t i = 0; i < len; i++)
			if (!CX_NORM_IS_WORD(norm[i]))
				word_step(&f, norm, i, NULL);
		word_run_flush(&f);
	}
	run_finish(&rs, info, len, lang, res);
}

void
cx_empathy_analyse(const CxMatcher *m, const char *norm, size_t len,
				   const CxNormInfo *info, int lang, CxMsgResult *res,
				   CxMatchCallback cb, void *arg)
{
	analyse_norm(m, norm, len, info, lang, res, cb, arg, NULL);
}

void
cx_voice_analyse(const CxMatcher *m, const char *norm, size_t len, const CxNormInfo *info,
				 int lang, CxMsgResult *res, CxVoiceRun *vr)
{
	analyse_norm(m, norm, len, info, lang, res, NULL, NULL, vr);
}

static inline __attribute__((always_inline)) size_t
analyse_text(const CxMatcher *m, const unsigned char *text, size_t len,
			 char *normbuf, int lang, CxMsgResult *res, CxVoiceRun *vr,
			 CxWordRec *wrec, size_t cap)
{
	RunState	rs;
	CxNormInfo	info;
	size_t		n;

	run_init(&rs, m, normbuf, NULL, NULL);
	rs.vr = vr;
	if (vr)
		cx_voice_run_init(vr);
	if (m)
	{
		WordRun		f;

		word_run_init(&f, &rs, m);
		/* offsets are 32-bit: a longer text is read without its words' records */
		if (len < UINT32_MAX - 2)
		{
			rs.wrec = wrec;
			rs.wcap = cap;
		}
		n = cx_textnorm_run(text, len, normbuf, NULL, NULL, &info, word_step, &f);
		word_run_flush(&f);
		run_finish(&rs, &info, n, lang, res);
		if (rs.wrec && rs.nw <= rs.wcap)
		{
			res->wrec = rs.wrec;
			res->n_wrec = rs.nw;
		}
		return n;
	}
	n = cx_textnorm_run(text, len, normbuf, NULL, NULL, &info, NULL, NULL);
	run_finish(&rs, &info, n, lang, res);
	return n;
}

size_t
cx_analyse_text_words(const CxMatcher *m, const unsigned char *text, size_t len,
					  char *normbuf, int lang, CxMsgResult *res, CxVoiceRun *vr,
					  CxWordRec *wrec, size_t cap)
{
	return analyse_text(m, text, len, normbuf, lang, res, vr, wrec, cap);
}

size_t
cx_empathy_analyse_text(const CxMatcher *m, const unsigned char *text, size_t len,
						char *normbuf, int lang, CxMsgResult *res)
{
	return analyse_text(m, text, len, normbuf, lang, res, NULL, NULL, 0);
}

size_t
cx_voice_analyse_text(const CxMatcher *m, const unsigned char *text, size_t len,
					  char *normbuf, int lang, CxMsgResult *res, CxVoiceRun *vr)
{
	return analyse_text(m, text, len, normbuf, lang, res, vr, NULL, 0);
}
