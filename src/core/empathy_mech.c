/*
 * empathy_mech.c: sentences, questions, shared experience, anti-empathy in
 * context and content words of one analysed message (cx_empathy_features);
 * see empathy_mech.h.  The scores built on them are in empathy_score.c.
 *
 * The grammar word lists it reads (interrogatives, auxiliaries, pronouns,
 * request verbs) and the stemmer are in empathy_words.c.
 */
#include "empathy_mech.h"
#include "empathy_words.h"

#include <string.h>

/* ---- words and sentences ------------------------------------------------- */

#define SENT_WORDS	64			/* words of one sentence looked at */
#define MAX_SENTS	256			/* sentence ends remembered for the anti-empathy context */

typedef struct Word
{
	uint32_t	start;
	uint32_t	end;
	uint32_t	mask;			/* the grammar lists it is in */
	uint8_t		clause_start;	/* first word after a clause mark */
} Word;

typedef struct Sentence
{
	Word		w[SENT_WORDS];
	int			n;				/* words kept */
	int			total;			/* words in the sentence */
	size_t		start;			/* first byte of the first word */
	size_t		end;			/* the separator that ends it */
	char		kind;			/* '?' (a question) or '.' */
	char		opened;			/* opened by a Spanish '¿' */
	uint32_t	lists;			/* the lists any kept word is in (w[].mask ORed) */
} Sentence;

static inline int
is_word_char(char c)
{
	return c != ' ' && !CX_NORM_BOUNDARY(c);
}

static inline int
word_in(const char *norm, const Word *w, uint32_t list)
{
	return (w->mask & list) != 0;
}

static inline int
word_eq(const char *norm, const Word *w, const char *s)
{
	size_t		n = w->end - w->start,
				k = 0;

	/* inline: most calls fail at the first byte */
	while (k < n && s[k] == norm[w->start + k])
		k++;
	return k == n && s[k] == '\0';
}

/* two words "a b" at w[i], w[i+1] */
static int
pair_in(const char *norm, const Sentence *s, int i, const char *const *list)
{
	if (i + 1 >= s->n || !word_in(norm, &s->w[i], CX_GL(REQUEST_TWO_FIRST)))
		return 0;
	for (; *list; list++)
	{
		const char *p = *list;
		size_t		n1 = s->w[i].end - s->w[i].start,
					k = 0;

		/* the first word of the pair, then its space */
		while (k < n1 && p[k] == norm[s->w[i].start + k])
			k++;
		if (k == n1 && p[k] == ' ' && word_eq(norm, &s->w[i + 1], p + k + 1))
			return 1;
	}
	return 0;
}

static void
add_hash(uint32_t *set, uint8_t *n, int cap, uint32_t h)
{
	int			i = *n;

	for (int k = 0; k < *n; k++)
		if (set[k] == h)
			return;
	if (*n >= cap)
		return;
	/* keep the set sorted for the merge in cx_empathy_context */
	while (i > 0 && set[i - 1] > h)
	{
		set[i] = set[i - 1];
		i--;
	}
	set[i] = h;
	(*n)++;
}

/* merge a message's features into a turn's (content, feelings, flags) */
void
cx_empathy_features_merge(CxFeatures *dst, const CxFeatures *src)
{
	dst->flags |= src->flags;
	for (int k = 0; k < src->n_content; k++)
		add_hash(dst->content, &dst->n_content, CX_FEAT_WORDS, src->content[k]);
	for (int k = 0; k < src->n_feel; k++)
		add_hash(dst->feel, &dst->n_feel, CX_FEAT_FEEL, src->feel[k]);
	dst->complaint += src->complaint;
	dst->feeling += src->feeling;
	dst->words = (uint16_t) ((uint32_t) dst->words + src->words > UINT16_MAX ? UINT16_MAX :
							 dst->words + src->words);
}

static void
add_content_word(const char *norm, size_t ws, size_t we, uint32_t mask, CxFeatures *f)
{
	size_t		n = we - ws;

	if (n < 4 || f->n_content >= CX_FEAT_WORDS || (mask & CX_GL(STOP_CONTENT)))
		return;
	/* a word of another script (see textnorm.h) has no stem (inline: words are short) */
	for (size_t k = ws; k < we; k++)
		if (norm[k] == '#')
			return;
	add_hash(f->content, &f->n_content, CX_FEAT_WORDS, cx_empathy_stem_hash(norm + ws, n));
}

/* ---- one sentence -------------------------------------------------------- */

const char *const cx_ev_names[CX_NEV] = {
	"open question", "closed question", "advice question", "procedural question",
	"tag question", "request to tell", "shared experience", "anti-empathy in context",
	"question for help"
};

typedef struct FeatCtx
{
	CxEvidenceCallback cb;
	void	   *cbarg;
	const char *norm;
	const CxMsgResult *res;
	CxFeatures *f;
	double		shared;
	double		explore_lex_in_q;	/* exploration lexicon weight inside questions */
} FeatCtx;

/* summed weight of the counted matches of dim inside [from, to) */
static double
matches_in(const CxMsgResult *res, int dim, size_t from, size_t to)
{
	double		w = 0;

	for (int k = 0; k < res->n_kept; k++)
		if (res->kept[k].dim == dim && res->kept[k].start >= from && res->kept[k].start < to)
			w += res->kept[k].weight;
	return w;
}

/* index of the first word after the fillers that open the sentence (or clause i) */
static int
head_word(const char *norm, const Sentence *s, int i)
{
	int			k = i;

	while (k < s->n - 1 && k < i + 2 && word_in(norm, &s->w[k], CX_GL(FILLERS)))
		k++;
	return k;
}

/*
 * Exploration asks about the person: their situation, what they did, how
 * they are ("have you tried ...?", "¿qué te dijeron?").  A question that
 * names neither them nor a feeling asks about something else ("¿murió de
 * neumonía o de sífilis?", "is there a source for this?") and explores
 * less (CX_MECH_IMPERSONAL_Q).
 */
static int
asks_about_listener(const char *norm, const Sentence *s, int lang)
{
	for (int k = 0; k < s->n; k++)
		if (cx_addresses_listener(norm + s->w[k].start, s->w[k].end - s->w[k].start, lang))
			return 1;
	return 0;
}

/* the question weights of a sentence: empathy and listening */
static int
question_weights(FeatCtx *c, const Sentence *s, int lang, int is_request,
				 double *emp, double *lis)
{
	const char *norm = c->norm;
	int			h = head_word(norm, s, 0);
	int			last_clause = 0;
	int			open = 0,
				advice = 0,
				feeling;

	for (int k = 0; k < s->n; k++)
		if (s->w[k].clause_start)
			last_clause = k;

	if (matches_in(c->res, CX_DIM_PROCEDURAL, s->start, s->end) > 0)
	{
		*emp = 0.15;
		*lis = 0.8;
		return CX_EV_PROCEDURAL_Q;
	}
	if (is_request)
	{
		*emp = 0.8;
		*lis = 1.0;
		return CX_EV_REQUEST;
	}
	if ((s->total <= 2 || (s->n == s->total && s->n - last_clause <= 2)) &&
		word_in(norm, &s->w[s->n - 1], CX_GL(TAGS)))
	{
		*emp = 0.1;
		*lis = 0.2;
		return CX_EV_TAG_Q;
	}
	for (int pass = 0; pass < 2; pass++)
	{
		int			k = pass == 0 ? h : head_word(norm, s, last_clause);

		if (lang == CX_LANG_EN)
		{
			if (word_in(norm, &s->w[k], CX_GL(WH_EN)))
				open = 1;
		}
		else if (word_in(norm, &s->w[k], CX_GL(WH_ES)) ||
				 (k + 1 < s->n && word_in(norm, &s->w[k], CX_GL(PREP_ES)) &&
				  word_in(norm, &s->w[k + 1], CX_GL(WH_ES))))
			open = 1;
	}
	for (int k = h; k < s->n && k < h + 5; k++)
		if (word_in(norm, &s->w[k], lang == CX_LANG_EN ? CX_GL(ADVICE_EN) : CX_GL(ADVICE_ES)))
			advice = 1;
	if (lang == CX_LANG_EN && word_eq(norm, &s->w[h], "why") && h + 1 < s->n &&
		(word_eq(norm, &s->w[h + 1], "dont") || word_eq(norm, &s->w[h + 1], "not")))
		advice = 1;
	if (lang == CX_LANG_ES && h + 2 < s->n && word_eq(norm, &s->w[h], "por") &&
		word_eq(norm, &s->w[h + 1], "que") && word_eq(norm, &s->w[h + 2], "no"))
		advice = 1;

	/*
	 * "How do I ...?", "Can I ...?", "¿Cómo puedo ...?": the asker's own next
	 * step, a request for help, not an exploration of the other's situation
	 * ("May I ask what happened?" is one).
	 */
	for (int k = h; k < s->n && k <= h + 2; k++)
		if (word_in(norm, &s->w[k], CX_GL(OWN_STEP)) &&
			!(k + 1 < s->n && word_eq(norm, &s->w[k + 1], "ask")))
		{
			*emp = 0.1;
			*lis = 0.2;
			return CX_EV_HELP_Q;
		}
	if (advice && !(open && !word_eq(norm, &s->w[h], "why") && !word_eq(norm, &s->w[h], "por")))
	{
		*emp = 0.3;
		*lis = 0.5;
		return CX_EV_ADVICE_Q;
	}
	*emp = open ? 1.0 : 0.6;
	*lis = 1.0;
	/* a question about how they feel explores the feeling itself */
	feeling = matches_in(c->res, CX_DIM_FEELING, s->start, s->end) > 0 ||
		(s->lists & CX_GL(FEEL_VERBS)) != 0;
	if (feeling)
		*emp += 0.5;
	else if (!asks_about_listener(norm, s, lang))
		*emp *= CX_MECH_IMPERSONAL_Q;
	return open ? CX_EV_OPEN_Q : CX_EV_CLOSED_Q;
}

/* does the sentence open with a request to tell ("tell me", "¿me podría contar ...") */
static int
is_request(const char *norm, const Sentence *s)
{
	int			h = head_word(norm, s, 0);

	if (h >= s->n)
		return 0;
	if (word_in(norm, &s->w[h], CX_GL(REQUEST_ONE)))
		return 1;
	if (pair_in(norm, s, h, cx_request_two))
	{
		for (int k = h + 1; k < s->n && k < h + 5; k++)
			if (word_in(norm, &s->w[k], CX_GL(REQUEST_VERBS)))
				return 1;
	}
	return 0;
}

/*
 * A first-person sentence that tells a like experience or a past of one's
 * own: not a promise (will, can, voy, puedo) and not about the customer's
 * things (your order, su pedido), which is how an agent reports what they
 * did ("when I checked your account").
 */
static int
is_shared_experience(const char *norm, const Sentence *s)
{
	int			fp = 0,
				same = 0,
				when = 0,
				past = 0;

	/* most sentences hold no first person, or neither a "same" nor a "when" */
	if (!(s->lists & CX_GL(FIRST_PERSON)) ||
		!(s->lists & (CX_GL(SAME_MARKERS) | CX_GL(TIME_MARKERS))))
		return 0;
	for (int k = 0; k < s->n; k++)
	{
		const Word *w = &s->w[k];
		size_t		n = w->end - w->start;
		const char *t = norm + w->start;

		if (word_in(norm, w, CX_GL(MODAL_WORDS)) || word_in(norm, w, CX_GL(SECOND_POSSESSIVE)))
			return 0;
		if (word_in(norm, w, CX_GL(FIRST_PERSON)))
			fp = 1;
		else if (word_in(norm, w, CX_GL(SAME_MARKERS)))
			same = 1;
		else if (word_in(norm, w, CX_GL(TIME_MARKERS)))
			when = 1;
		if (word_in(norm, w, CX_GL(PAST_WORDS)) ||
			(n >= 4 && memcmp(t + n - 2, "ed", 2) == 0) ||
			(n >= 5 && (memcmp(t + n - 4, "aron", 4) == 0 || memcmp(t + n - 3, "aba", 3) == 0)))
			past = 1;
	}
	return fp && (same || (when && past));
}

static void
finish_sentence(FeatCtx *c, Sentence *s, int lang)
{
	CxFeatures *f = c->f;
	double		lex = matches_in(c->res, CX_DIM_EXPLORATION, s->start, s->end);
	int			req;

	if (s->n == 0)
		return;
	req = is_request(c->norm, s);
	if (s->kind == '?' || req)
	{
		double		emp,
					lis;
		int			kind = question_weights(c, s, lang, req && s->kind != '?', &emp, &lis);

		if (c->cb)
			c->cb(c->cbarg, kind, s->start, s->end, lex > emp ? lex : emp);
		/* the lexicon's exploration phrases in it count once, with the question */
		f->explore += (float) (lex > emp ? lex : emp);
		f->listen += (float) lis;
		c->explore_lex_in_q += lex;
		if (s->kind == '?')
			f->flags |= CX_FEAT_ASKED;
	}
	else
	{
		if (s->total >= 3 && f->declaratives < UINT16_MAX)
			f->declaratives++;
		if (is_shared_experience(c->norm, s) &&
			matches_in(c->res, CX_DIM_INTERP, s->start, s->end) == 0 &&
			matches_in(c->res, CX_DIM_ACK, s->start, s->end) == 0)
		{
			c->shared += 0.8;
			if (c->cb)
				c->cb(c->cbarg, CX_EV_SHARED, s->start, s->end, 0.8);
		}
	}
}

/* ---- anti-empathy in context --------------------------------------------- */

static int
sentence_of(const size_t *ends, int nends, size_t pos)
{
	int			lo = 0,
				hi = nends;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (ends[mid] < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Support that redeems a dismissal or a non-apology before it: in the same
 * sentence any empathic expression ("whatever you decide, I'm here"); in
 * the next sentence only a commitment, a reaction or an understanding ("I'm
 * so sorry you feel that way. I'm here to help"), not a formulaic apology
 * ("as I told you, it is not possible. Sorry for the inconvenience").
 */
static inline int
is_support(int dim, int next_sentence)
{
	if (dim == CX_DIM_OWNERSHIP || dim == CX_DIM_EMOTION || dim == CX_DIM_INTERP)
		return 1;
	return !next_sentence && (dim == CX_DIM_ACK || dim == CX_DIM_APOLOGY);
}

/*
 * Does the phrase at [start, end) open with a relative pronoun, or with a
 * preposition and one ("a stranger who cares", "alguien a quien le importa")?
 * we is the end of its first word.
 */
static int
opens_relative(const char *norm, size_t start, size_t we, size_t end)
{
	size_t		w2,
				w2e;

	if (cx_in_list(norm + start, we - start, CX_GL(RELATIVES)))
		return 1;
	if (we >= end || !cx_in_list(norm + start, we - start, CX_GL(REL_PREPS)))
		return 0;
	w2 = we + 1;
	w2e = w2;
	while (w2e < end && is_word_char(norm[w2e]))
		w2e++;
	return cx_in_list(norm + w2, w2e - w2, CX_GL(RELATIVES));
}

/*
 * Does the word at start open its clause, fillers aside ("yeah whatever",
 * "oh, relax")?  At most two fillers are looked through.
 */
static int
at_clause_head(const char *norm, size_t start)
{
	size_t		p = start;

	for (int k = 0; k < 3; k++)
	{
		size_t		wend,
					wstart;

		if (p < 2 || norm[p - 1] != ' ')
			return 1;			/* the text or a clause starts here */
		if (k == 2)
			return 0;
		wend = p - 1;
		wstart = wend;
		while (wstart > 0 && is_word_char(norm[wstart - 1]))
			wstart--;
		if (!cx_in_list(norm + wstart, wend - wstart, CX_GL(FILLERS)))
			return 0;
		p = wstart;
	}
	return 0;
}

/*
 * The anti-empathy weight that counts.  A phrase opened by a relative
 * pronoun inside a clause belongs to a relative clause ("a stranger who
 * cares about you"), not to a dismissal.  A one-word English phrase
 * (relax, clearly, obviously, whatever) dismisses as an imperative or a
 * sentence adverb at the head of a clause ("Relax.", "Obviously, you ..."),
 * not inside one ("you can relax now", "I can clearly see it"); the
 * Spanish ones are imperatives with a clitic (cálmese, relájate), which
 * dismiss wherever they stand.  Dismissal or a non-apology
 * (weight under 2.5; blame is weighted more) followed by support (see
 * is_support) counts a fifth.
 */
static double
anti_in_context(FeatCtx *c, const size_t *ends, int nends, uint16_t *n_full)
{
	const char *norm = c->norm;
	const CxMsgResult *res = c->res;

	/*
	 * Every counted match is in the sums; only the kept ones (the first
	 * CX_KEEP_MATCHES) can be judged in context, and what the context takes
	 * off is subtracted from the sums.
	 */
	double		total = res->dim_sum[CX_DIM_ANTI];
	int			full = res->dim_n[CX_DIM_ANTI];

	for (int k = 0; k < res->n_kept; k++)
	{
		const CxKeptMatch *a = &res->kept[k];
		size_t		we = a->start;
		double		support = 0;
		int			sa;

		if (a->dim != CX_DIM_ANTI)
			continue;
		while (is_word_char(norm[we]))
			we++;
		if (a->start > 1 && !at_clause_head(norm, a->start) &&
			(opens_relative(norm, a->start, we, a->end) ||
			 (res->lang == CX_LANG_EN && we >= a->end)))
		{
			total -= a->weight;
			full--;
			if (c->cb)
				c->cb(c->cbarg, CX_EV_ANTI, a->start, a->end, 0.0);
			continue;
		}
		sa = sentence_of(ends, nends, a->start);
		/* kept matches are not all in text order (feelings come at once) */
		for (int j = 0; j < res->n_kept; j++)
		{
			const CxKeptMatch *p = &res->kept[j];
			int			sp;

			if (p->start <= a->end)
				continue;
			sp = sentence_of(ends, nends, p->start);
			if (sp <= sa + 1 && is_support(p->dim, sp > sa))
				support += p->weight;
		}
		if (a->weight < 2.5 && support >= 1.0)
		{
			total -= 0.8 * a->weight;
			full--;
			if (c->cb)
				c->cb(c->cbarg, CX_EV_ANTI, a->start, a->end, 0.2 * a->weight);
		}
	}
	*n_full = full < 0 ? 0 : full > UINT16_MAX ? UINT16_MAX : (uint16_t) full;
	return total > 0 ? total : 0.0;
}

/*
 * A feeling word inside an anti-empathy expression ("calm" in "calm down")
 * names no feeling of the customer's.
 */
static int
inside_anti(const CxMsgResult *res, const CxKeptMatch *m)
{
	for (int k = 0; k < res->n_kept; k++)
		if (res->kept[k].dim == CX_DIM_ANTI && m->start >= res->kept[k].start &&
			m->end <= res->kept[k].end)
			return 1;
	return 0;
}

/* ---- the features -------------------------------------------------------- */

static void features_run(const char *norm, size_t len, const CxMsgResult *res, CxFeatures *f,
						 CxEvidenceCallback cb, void *cbarg, int words);

void
cx_empathy_features(const char *norm, size_t len, const CxMsgResult *res, CxFeatures *f)
{
	features_run(norm, len, res, f, NULL, NULL, 1);
}

void
cx_empathy_features_alone(const char *norm, size_t len, const CxMsgResult *res, CxFeatures *f)
{
	features_run(norm, len, res, f, NULL, NULL, 0);
}

void
cx_empathy_features_ev(const char *norm, size_t len, const CxMsgResult *res, CxFeatures *f,
					   CxEvidenceCallback cb, void *cbarg)
{
	features_run(norm, len, res, f, cb, cbarg, 1);
}

/* words = 0: without the stems of content words and feelings */
static void
features_run(const char *norm, size_t len, const CxMsgResult *res, CxFeatures *f,
			 CxEvidenceCallback cb, void *cbarg, int words)
{
	FeatCtx		c;
	Sentence	s;
	size_t		ends[MAX_SENTS];
	int			nends = 0;
	size_t		p = 0;
	int			lang = res->lang;

	memset(f, 0, sizeof(*f));
	memset(&c, 0, sizeof(c));
	c.cb = cb;
	c.cbarg = cbarg;
	c.norm = norm;
	c.res = res;
	c.f = f;
	f->lang = (int8_t) lang;
	f->words = res->n_words > UINT16_MAX ? UINT16_MAX : (uint16_t) res->n_words;
	s.n = s.total = 0;
	s.start = 0;
	s.lists = 0;

	for (size_t k = 0;; k++)
	{
		size_t		ws,
					we;
		int			clause = 0;
		uint32_t	mask;

		if (res->wrec)
		{
			/* the words as the automaton read them, with their lists */
			if (k >= res->n_wrec)
				break;
			ws = res->wrec[k].start;
			we = res->wrec[k].end;
			mask = res->wrec[k].mask;
			clause = norm[ws - 1] == '|';
			p = we;
		}
		else
		{
			while (p < len && !is_word_char(norm[p]))
			{
				if (norm[p] == '|')
					clause = 1;
				p++;
			}
			if (p >= len)
				break;
			ws = p;
			while (p < len && is_word_char(norm[p]))
				p++;
			we = p;
			/* the lists a tag holds, as a word read with its record has */
			mask = cx_grammar_mask(norm + ws, we - ws) & (((uint32_t) 1 << CX_MECH_GRAMMAR_BITS) - 1);
		}
		if (s.total == 0)
		{
			s.start = ws;
			s.opened = norm[ws - 1] == ';';
		}
		if (s.n < SENT_WORDS)
		{
			s.w[s.n].start = (uint32_t) ws;
			s.w[s.n].end = (uint32_t) we;
			s.w[s.n].mask = mask;
			s.w[s.n].clause_start = (uint8_t) (clause || s.total == 0);
			s.lists |= mask;
			s.n++;
		}
		s.total++;
		if (words)
			add_content_word(norm, ws, we, mask, f);
		if (cx_is_softener(norm + ws, we - ws, mask, lang) && f->softeners < UINT16_MAX)
			f->softeners++;
		/* the separator after the word decides whether the sentence ends */
		if (p >= len || norm[p] == '.' || norm[p] == '?' || norm[p] == ';')
		{
			s.end = p;
			/* a sentence opened by '¿' asks, closed or not ("¿qué pasó con su pedido") */
			s.kind = (p < len && norm[p] == '?') || s.opened ? '?' : '.';
			finish_sentence(&c, &s, lang);
			if (nends < MAX_SENTS)
				ends[nends++] = p;
			s.n = s.total = 0;
			s.lists = 0;
		}
	}
	if (s.total > 0)
	{
		/* the separator that ends the text (there is always one) */
		s.end = len - 1;
		s.kind = s.opened ? '?' : '.';
		finish_sentence(&c, &s, lang);
	}

	/* the lexicon's explorations outside questions count as they are */
	f->explore += (float) (res->dim_sum[CX_DIM_EXPLORATION] - c.explore_lex_in_q);
	/*
	 * An exclamation heightens a reaction ("oh no!"); alone, as in an angry
	 * "this is ridiculous!!!", it shows no warmth.
	 */
	f->emotion = (float) (res->dim_sum[CX_DIM_EMOTION] + res->dim_sum[CX_DIM_APOLOGY]);
	if (res->n_exclaims > 0 && f->emotion > 0)
		f->emotion += 0.3f;
	f->interp = (float) (res->dim_sum[CX_DIM_INTERP] + res->dim_sum[CX_DIM_ACK] + c.shared);
	f->ownership = (float) res->dim_sum[CX_DIM_OWNERSHIP];
	f->complaint = (float) res->dim_sum[CX_DIM_COMPLAINT];
	/* the feelings named (by stem), less those inside anti-empathy ("calm down") */
	f->feeling = (float) res->dim_sum[CX_DIM_FEELING];
	for (int k = 0; k < res->n_kept; k++)
	{
		size_t		ws = res->kept[k].start,
					we = ws;

		if (res->kept[k].dim != CX_DIM_FEELING)
			continue;
		if (inside_anti(res, &res->kept[k]))
		{
			f->feeling -= res->kept[k].weight;
			continue;
		}
		if (!words)
			continue;
		while (we < len && is_word_char(norm[we]))
			we++;
		add_hash(f->feel, &f->n_feel, CX_FEAT_FEEL, cx_empathy_stem_hash(norm + ws, we - ws));
	}
	if (f->feeling < 0)
		f->feeling = 0;
	f->anti = (float) anti_in_context(&c, ends, nends, &f->n_anti);
	if (f->complaint > 0 || f->feeling > 0)
		f->flags |= CX_FEAT_PROBLEM;
}
