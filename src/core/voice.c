/*
 * voice.c: the customer's voice, from the matches of one message to its
 * scores (see voice.h; the formulas are in README.md, The customer's voice).
 */
#include "voice.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "empathy_words.h"
#include "swar.h"

const char *const cx_voice_signal_names[CX_NVSIG] = {
	"positive", "negative", "anger", "frustration", "anxiety", "sadness", "confusion",
	"gratitude", "repeat_contact", "waiting", "transfer", "chasing", "churn", "escalation",
	"urgency", "intensifier", "diminisher", "irony"
};

int
cx_voice_signal_from_name(const char *name)
{
	for (int i = 0; i < CX_NVSIG; i++)
		if (strcmp(name, cx_voice_signal_names[i]) == 0)
			return i;
	return -1;
}

/*
 * How much each signal moves the sentiment, and which way: emotions,
 * effort, churn and escalation are bad experiences; anger, churn and
 * escalation the worst; confusion and urgency only a little.
 */
static const double sentiment_weight[CX_NVSIG] = {
	1.0, -1.0, -1.5, -1.25, -0.75, -1.0, -0.5, 1.0,
	-1.0, -1.0, -1.0, -1.0, -1.5, -1.5, -0.5, 0, 0, 0
};

/* the knobs of the formulas (README.md) */
#define V_SCALE			1.5		/* intensity 100 (1 - exp(-s / V_SCALE)) */
#define V_ALPHA			4.0		/* sentiment 100 x / sqrt(x^2 + V_ALPHA) */
#define V_NEG_POSITIVE	(-0.75)	/* "not good": a negated positive, reversed and weaker */
#define V_NEG_NEGATIVE	0.5		/* "not bad": a negated negative, half of it the other way */
#define V_AFTER_CONTRAST 1.5	/* the clause after "but" / "pero" */
#define V_BEFORE_CONTRAST 0.5	/* the clause before it */
#define V_QUESTION		0.5		/* a word of a question ("is my flight delayed?") */
#define V_MOD_WORDS		2		/* a modifier reaches this many words ahead */
#define V_EMOJI_MAX		3		/* emoji of one class counted at most */

void
cx_voice_run_init(CxVoiceRun *vr)
{
	memset(vr, 0, offsetof(CxVoiceRun, con));
}

void
cx_voice_collect(CxVoiceRun *vr, int lang, int sig, double weight, int topic, int entry,
				 size_t start, size_t end)
{
	CxVMatch   *x;

	if (lang < 0 || lang >= CX_NLANG || sig < 0 || sig > CX_V_TOPIC)
		return;
	if (vr->n[lang] >= CX_VOICE_MAX_MATCHES)
	{
		vr->dropped[lang]++;
		return;
	}
	x = &vr->m[lang][vr->n[lang]++];
	x->start = (uint32_t) start;
	x->end = (uint32_t) end;
	x->weight = weight;
	x->sig = (uint8_t) sig;
	x->topic = (int16_t) topic;
	x->entry = entry;
}

void
cx_voice_contrast(CxVoiceRun *vr, int lang, size_t start)
{
	if (lang >= 0 && lang < CX_NLANG && vr->ncon[lang] < CX_VOICE_MAX_CONTRASTS)
		vr->con[lang][vr->ncon[lang]++] = (uint32_t) start;
}

/* expressions, modifiers and topics resolve their overlaps apart */
static int
match_class(int sig)
{
	return sig < CX_V_INTENSIFIER ? 0 : sig == CX_V_TOPIC ? 2 : 1;
}

static int
cmp_match(const void *a, const void *b)
{
	const CxVMatch *x = a,
			   *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;	/* the longer first */
	if (x->sig != y->sig)
		return x->sig < y->sig ? -1 : 1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/*
 * Sort by start and keep, per class, the leftmost-longest matches: a match
 * that overlaps one kept before it is dropped ("not working" covers
 * "working", "no funciona" covers "funciona").  Returns how many are kept
 * (moved to the front, in text order).
 */
static int
resolve(CxVMatch *m, int n)
{
	uint32_t	last_end[3] = {0, 0, 0};
	int			k = 0;

	/*
	 * The automaton reports matches by where they end, so they come nearly
	 * in order of their start already: an insertion sort does the few moves
	 * that remain (qsort for the rare long list).
	 */
	if (n > 64)
		qsort(m, (size_t) n, sizeof(CxVMatch), cmp_match);
	else
		for (int i = 1; i < n; i++)
		{
			CxVMatch	x = m[i];
			int			j = i;

			while (j > 0 && cmp_match(&m[j - 1], &x) > 0)
			{
				m[j] = m[j - 1];
				j--;
			}
			m[j] = x;
		}
	for (int i = 0; i < n; i++)
	{
		int			c = match_class(m[i].sig);

		if (m[i].start < last_end[c])
			continue;
		last_end[c] = m[i].end;
		m[k++] = m[i];
	}
	return k;
}

static inline int
is_sentence_end(char c)
{
	return c == '.' || c == '?' || c == ';';
}

/*
 * The position of the sentence boundary at or after p (len when none):
 * eight bytes at a time (swar.h), since a sentence is tens of bytes and this
 * is asked for every expression.
 */
static size_t
sentence_end(const char *norm, size_t len, size_t p)
{
#if CX_SWAR_OK
	for (; p + 8 <= len; p += 8)
	{
		uint64_t	x,
					m;

		memcpy(&x, norm + p, 8);
		m = swar_eq(x, '.') | swar_eq(x, '?') | swar_eq(x, ';');
		if (m)
			return p + (size_t) __builtin_ctzll(m) / 8;
	}
#endif
	while (p < len && !is_sentence_end(norm[p]))
		p++;
	return p;
}

/*
 * The product of the modifiers that end within V_MOD_WORDS words before
 * norm[start], in the same clause and after the expression before it
 * (which ends at after): "muy mal", "a bit slow", "really very bad".
 * mods[0..nmods) are the kept modifiers in text order.
 */
static double
modifier_factor(const char *norm, const CxVMatch *mods, int nmods, size_t start, size_t after)
{
	double		f = 1.0;

	for (int i = nmods - 1; i >= 0; i--)
	{
		const CxVMatch *md = &mods[i];
		int			words = 0,
					ok = 1;

		if (md->end > start || md->sig == CX_V_IRONY)
			continue;
		/* a modifier before the previous expression is that one's ("very bad, very ...") */
		if (md->start < after)
			break;
		for (size_t p = md->end; p < start; p++)
		{
			if (norm[p] != ' ' && (norm[p] < 'a' || norm[p] > 'z') && (norm[p] < '0' || norm[p] > '9') && norm[p] != '#')
			{
				ok = 0;			/* a clause or sentence boundary */
				break;
			}
			if (norm[p] == ' ' && p + 1 < start)
				words++;
			if (words > V_MOD_WORDS)
			{
				ok = 0;
				break;
			}
		}
		if (!ok)
			break;
		f *= md->weight;
	}
	return f;
}

/* the contrast factor of an expression at [start, end) */
static double
contrast_factor(const CxVoiceRun *vr, int lang, const char *norm, size_t len,
				size_t start, size_t end)
{
	double		f = 1.0;

	for (int i = 0; i < vr->ncon[lang]; i++)
	{
		size_t		c = vr->con[lang][i];

		/* in the same sentence: no boundary in norm[c .. start) */
		if (c < start && sentence_end(norm, len, c) >= start)
			return V_AFTER_CONTRAST;	/* a later contrast word does not undo it */
		if (c >= end && sentence_end(norm, len, end) > c)
			f = V_BEFORE_CONTRAST;
	}
	return f;
}

static double
intensity(double s)
{
	return s > 0 ? 100.0 * (1.0 - exp(-s / V_SCALE)) : 0.0;
}

static const int emoji_signal[CX_NEMO] = {
	CX_V_GRATITUDE, CX_V_NEGATIVE, CX_V_ANGER, CX_V_FRUSTRATION, CX_V_SADNESS,
	CX_V_ANXIETY, CX_V_CONFUSION
};

/* is there a negative expression or face in the message (for irony)? */
static int
any_negative(const CxVMatch *m, int n, const CxMsgResult *res)
{
	for (int i = 0; i < n; i++)
		if (m[i].sig < CX_V_INTENSIFIER && sentiment_weight[m[i].sig] < 0)
			return 1;
	for (int c = 0; c < CX_NEMO; c++)
		if (res->info.emo[c] > 0 && sentiment_weight[emoji_signal[c]] < 0)
			return 1;
	return 0;
}

/* an irony cue after position end in the sentence that ends at send */
static int
ironic(const CxVMatch *mods, int nmods, size_t end, size_t send)
{
	for (int i = 0; i < nmods; i++)
		if (mods[i].sig == CX_V_IRONY && mods[i].start >= end && mods[i].start < send)
			return 1;
	return 0;
}

/*
 * Is the positive expression e a discourse marker: one filler word that
 * opens a sentence or clause and is followed by more of it ("Bueno, llevo
 * dos horas esperando", "vale, pues nada", "ok so where is my refund")?
 * Then it only hands the turn over and says nothing good.  The fillers are
 * the sentence analysis's list (empathy_words.c); alone or at the end of a
 * sentence ("Bueno.", "that's ok") the word keeps its meaning.
 */
static int
discourse_marker(const char *norm, size_t len, const CxVMatch *e)
{
	size_t		start = e->start,
				end = e->end;

	if (e->sig != CX_V_POSITIVE || end + 1 >= len || start == 0)
		return 0;
	if ((start > 1 && norm[start - 1] == ' ') || (norm[end] != ' ' && norm[end] != '|'))
		return 0;
	if (memchr(norm + start, ' ', end - start) != NULL)
		return 0;
	return (cx_grammar_mask(norm + start, end - start) & CX_GL(FILLERS)) != 0;
}

void
cx_voice_score(CxVoiceRun *vr, const char *norm, size_t len, const CxMsgResult *res,
			   CxVoice *out, CxVoiceEvidenceCallback cb, void *arg)
{
	int			lang = res->lang;
	CxVMatch   *m = vr->m[lang];
	int			n = vr->n[lang] = resolve(m, vr->n[lang]);
	CxVMatch	mods[CX_VOICE_MAX_MATCHES];	/* every modifier: a later expression reads them too */
	int			nmods = 0;
	double		s[CX_NVSIG] = {0};
	double		x = 0.0,
				emph;
	int			negative_present;
	size_t		send = 0,
				last_expr_end = 0;
	int			question = 0;

	memset(out, 0, sizeof(*out));
	out->lang = lang;
	out->dropped = vr->dropped[lang];
	for (int i = 0; i < n; i++)
		if (match_class(m[i].sig) == 1)
			mods[nmods++] = m[i];
	negative_present = any_negative(m, n, res);

	/* emphasis: "!!!", "noooo", SHOUTING */
	out->shouting = res->info.n_alpha >= 12 && res->info.n_upper * 10 >= res->info.n_alpha * 6;
	emph = 1.0 + 0.1 * (double) (res->info.n_exclaims < 3 ? res->info.n_exclaims : 3)
		+ 0.1 * (double) (res->info.n_elongated < 3 ? res->info.n_elongated : 3)
		+ (out->shouting ? 0.25 : 0.0);

	for (int i = 0; i < n; i++)
	{
		CxVMatch   *e = &m[i];
		CxVoiceEvidence ev;
		double		sw,
					f,
					v;
		size_t		prev_end;
		int			marks;

		memset(&ev, 0, sizeof(ev));
		ev.sig = e->sig;
		ev.topic = e->topic;
		ev.entry = e->entry;
		ev.start = e->start;
		ev.end = e->end;
		ev.weight = e->weight;
		ev.factor = 1.0;
		ev.emoji_class = -1;
		if (match_class(e->sig) != 0)
		{
			if (cb)
				cb(arg, &ev);
			continue;
		}
		out->n_expressions++;
		if (discourse_marker(norm, len, e))
		{
			/* shown with a factor of 0, counted for nothing */
			ev.factor = 0.0;
			if (cb)
				cb(arg, &ev);
			continue;
		}
		/* the expression before this one (resolved: it never overlaps) */
		prev_end = last_expr_end <= e->start ? last_expr_end : 0;
		last_expr_end = e->end;

		if (e->end > send || send == 0)
		{
			send = sentence_end(norm, len, e->end);
			question = send < len && norm[send] == '?';
		}
		sw = sentiment_weight[e->sig];
		f = modifier_factor(norm, mods, nmods, e->start, prev_end);
		if (vr->ncon[lang] > 0)
			f *= contrast_factor(vr, lang, norm, len, e->start, e->end);
		f *= emph;
		v = e->weight * f * fabs(sw);
		ev.factor = f;
		marks = cx_marks_before(norm, e->start, lang, prev_end, res->wrec, res->n_wrec);
		ev.negated = (marks & CX_MARK_NEGATED) != 0;
		if (ev.negated)
			ev.value = sw > 0 ? V_NEG_POSITIVE * v : V_NEG_NEGATIVE * v * (e->sig == CX_V_NEGATIVE ? 1.0 : 0.5);
		else if (sw > 0 && (marks & CX_MARK_IRREALIS))
		{
			/* wished for, not had ("it would be nice to get an answer"): counts nothing */
			ev.factor = 0.0;
			ev.value = 0.0;
		}
		else if (sw > 0 && negative_present && ironic(mods, nmods, e->end, send))
		{
			ev.ironic = 1;
			ev.value = -v;
		}
		else
		{
			ev.value = sw > 0 ? v : -v;
			s[e->sig] += e->weight * f;
		}
		if (question)
			ev.value *= V_QUESTION;
		if (ev.ironic)
			s[CX_V_NEGATIVE] += e->weight * f;
		x += ev.value;
		if (sw > 0)
			out->positive += ev.value > 0 ? ev.value : 0;
		if (ev.value < 0)
			out->negative -= ev.value;
		if (cb)
			cb(arg, &ev);
	}

	/* emoji and emoticons: no position, so no negation or contrast */
	for (int c = 0; c < CX_NEMO; c++)
	{
		int			k = res->info.emo[c] < V_EMOJI_MAX ? res->info.emo[c] : V_EMOJI_MAX;
		int			sig = emoji_signal[c];
		CxVoiceEvidence ev;

		if (k == 0)
			continue;
		memset(&ev, 0, sizeof(ev));
		ev.sig = sig;
		ev.entry = -1;
		ev.weight = 1.0;
		ev.factor = emph;
		ev.value = (double) k * emph * sentiment_weight[sig];
		ev.emoji_class = c;
		ev.emoji_count = res->info.emo[c];
		s[sig] += (double) k * emph;
		x += ev.value;
		if (ev.value > 0)
			out->positive += ev.value;
		else
			out->negative -= ev.value;
		if (cb)
			cb(arg, &ev);
	}

	out->sentiment = 100.0 * x / sqrt(x * x + V_ALPHA);
	for (int k = 0; k < CX_NEMOTION; k++)
		out->emotion[k] = intensity(s[CX_V_ANGER + k]);
	out->repeat_contact = intensity(s[CX_V_REPEAT]);
	out->waiting = intensity(s[CX_V_WAITING]);
	out->transfer = intensity(s[CX_V_TRANSFER]);
	out->chasing = intensity(s[CX_V_CHASING]);
	out->effort = intensity(s[CX_V_REPEAT] + s[CX_V_WAITING] + s[CX_V_TRANSFER] + s[CX_V_CHASING]);
	out->churn = intensity(s[CX_V_CHURN]);
	out->escalation = intensity(s[CX_V_ESCALATION]);
	out->urgency = intensity(s[CX_V_URGENCY]);
}

int
cx_voice_needs_acknowledgement(const CxVoice *v)
{
	if (v->sentiment < CX_VOICE_NEGATIVE_BELOW || v->effort > 0 || v->churn > 0 || v->escalation > 0)
		return 1;
	for (int k = 0; k < CX_NEMOTION; k++)
		if (k != CX_V_GRATITUDE - CX_V_ANGER && v->emotion[k] > 0)
			return 1;
	return 0;
}
