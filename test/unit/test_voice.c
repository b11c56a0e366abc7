/*
 * Unit tests of the customer's voice: src/core/voice.c over the matcher of
 * empathy_core.c and the normaliser (textnorm_impl.h).  A small lexicon of
 * both languages (voice signals, modifiers, irony cues, topics and a few
 * empathy entries) is compiled once; each case normalises, matches and
 * scores a message and checks the numbers the formulas of voice.c give:
 *   intensity  100 (1 - exp(-s / 1.5))
 *   sentiment  100 x / sqrt(x^2 + 4)
 *   negation   -0.75 (positive), +0.5 (negative; x0.5 more for the other
 *              bad signals), contrast x1.5 after / x0.5 before "but" /
 *              "pero" in the same sentence, questions x0.5, modifiers
 *              within 2 words before in the same clause, emphasis
 *              1 + 0.1 min(!, 3) + 0.1 min(elongated, 3) + 0.25 shouting,
 *              irony, emoji and emoticons by class.
 * The expected values are written as the formula applied to the sum x (or
 * s) worked out by hand, plus a few literal numbers that pin the formulas.
 */
#include <stdlib.h>

#include "unit.h"
#include "voice.h"
#include "textnorm.h"

#define V(l, s, w, p)	{CX_LANG_##l, CX_DIM_VOICE + CX_V_##s, w, p, sizeof(p) - 1, 0}
#define T(l, t, w, p)	{CX_LANG_##l, CX_DIM_VOICE + CX_V_TOPIC, w, p, sizeof(p) - 1, t}
#define E(l, d, w, p)	{CX_LANG_##l, CX_DIM_##d, w, p, sizeof(p) - 1, 0}

/* topics of the taxonomy (their numbers are the lexicon's business) */
#define TOPIC_BILLING	0
#define TOPIC_REFUND	1
#define TOPIC_SERVICE	2
#define TOPIC_AGENT		3

static const CxLexEntry lex[] = {
	/* Spanish voice */
	V(ES, POSITIVE, 1.0, "contento"),
	V(ES, POSITIVE, 1.0, "genial"),
	V(ES, POSITIVE, 0.8, "bueno"),
	V(ES, POSITIVE, 1.0, "funciona"),
	V(ES, NEGATIVE, 1.5, "no funciona"),
	V(ES, NEGATIVE, 1.0, "mal"),
	V(ES, NEGATIVE, 1.0, "lento"),
	V(ES, NEGATIVE, 1.0, "lenta"),
	V(ES, NEGATIVE, 1.5, "sin servicio"),
	V(ES, FRUSTRATION, 1.5, "harto"),
	V(ES, WAITING, 1.0, "sigo esperando"),
	V(ES, NEGATIVE, 1.5, "me cobraron dos veces"),
	V(ES, NEGATIVE, 1.0, "han perdido"),
	V(ES, CHURN, 2.0, "me doy de baja"),
	V(ES, GRATITUDE, 1.0, "muchas gracias"),
	V(ES, INTENSIFIER, 1.5, "muy"),
	V(ES, DIMINISHER, 0.5, "un poco"),
	V(ES, IRONY, 1.0, "otra vez"),
	T(ES, TOPIC_SERVICE, 1.0, "servicio"),
	T(ES, TOPIC_BILLING, 1.0, "factura"),
	/* English voice */
	V(EN, POSITIVE, 1.0, "nice"),
	V(EN, POSITIVE, 1.0, "great"),
	V(EN, POSITIVE, 0.3, "ok"),
	V(EN, POSITIVE, 1.0, "working"),
	V(EN, NEGATIVE, 1.0, "bad"),
	V(EN, NEGATIVE, 1.0, "slow"),
	V(EN, NEGATIVE, 1.5, "never came"),
	V(EN, NEGATIVE, 1.5, "not working"),
	V(EN, ANGER, 2.0, "furious"),
	V(EN, ANXIETY, 1.0, "worried"),
	V(EN, SADNESS, 1.0, "disappointed"),
	V(EN, CONFUSION, 1.0, "confused"),
	V(EN, GRATITUDE, 1.0, "thank you"),
	V(EN, REPEAT, 1.0, "called again"),
	V(EN, TRANSFER, 1.0, "transferred"),
	V(EN, CHASING, 1.0, "chasing"),
	V(EN, ESCALATION, 2.0, "speak to a manager"),
	V(EN, CHURN, 2.0, "cancel my account"),
	V(EN, URGENCY, 1.0, "please help"),
	V(EN, URGENCY, 1.5, "asap"),
	V(EN, INTENSIFIER, 1.5, "very"),
	V(EN, INTENSIFIER, 1.25, "really"),
	V(EN, DIMINISHER, 0.5, "a bit"),
	V(EN, IRONY, 1.0, "yet again"),
	T(EN, TOPIC_REFUND, 1.0, "refund"),
	T(EN, TOPIC_REFUND, 1.5, "refund request"),
	T(EN, TOPIC_AGENT, 1.0, "agent"),
	T(EN, TOPIC_BILLING, 1.0, "invoice"),
	/* empathy entries in the same automaton ("no funciona" in both) */
	E(ES, COMPLAINT, 1.0, "no funciona"),
	E(ES, APOLOGY, 1.0, "lo siento"),
	E(EN, APOLOGY, 1.0, "I'm sorry"),
	E(EN, FEELING, 1.0, "frustrated"),
};
#define NLEX (sizeof(lex) / sizeof(lex[0]))

static CxMatcher *matcher;
static CxVoiceRun *run;			/* about 25 kB: on the heap */

/* the last analysis: its normalised text, result and evidence */
static char *norm;
static size_t nlen;
static CxMsgResult res;

#define MAX_EV 1100
static CxVoiceEvidence ev[MAX_EV];
static int	nev;

static void
ev_cb(void *arg, const CxVoiceEvidence *e)
{
	if (nev < MAX_EV)
		ev[nev] = *e;
	nev++;
}

/* normalise, match and score text (lang: CX_LANG_ES, CX_LANG_EN, CX_LANG_AUTO) */
static CxVoice
voice(const char *text, int lang)
{
	size_t		len = strlen(text);
	CxVoice		v;

	free(norm);
	norm = malloc(len + 2);

	/*
	 * Read with the words recorded first: the negations are then read from
	 * the records, and must come out as read from the text below.
	 */
	{
		CxWordRec  *wrec = malloc(sizeof(CxWordRec) * (len / 2 + 2));
		CxVoice		w;

		nlen = cx_analyse_text_words(matcher, (const unsigned char *) text, len, norm, lang, &res,
									 run, wrec, len / 2 + 2);
		CHECK(res.wrec == wrec);
		cx_voice_score(run, norm, nlen, &res, &w, NULL, NULL);
		nlen = cx_voice_analyse_text(matcher, (const unsigned char *) text, len, norm, lang, &res, run);
		CHECK(res.wrec == NULL);
		nev = 0;
		cx_voice_score(run, norm, nlen, &res, &v, ev_cb, NULL);
		CHECK(memcmp(&v, &w, sizeof(v)) == 0);
		free(wrec);
	}
	return v;
}

/* the formulas of voice.c, to write the expected values with */
static double
S(double x)
{
	return 100.0 * x / sqrt(x * x + 4.0);
}

static double
I(double s)
{
	return s > 0 ? 100.0 * (1.0 - exp(-s / 1.5)) : 0.0;
}

/* the evidence of signal sig (the k-th one, from 0), or NULL */
static const CxVoiceEvidence *
find_ev(int sig, int k)
{
	for (int i = 0; i < nev && i < MAX_EV; i++)
		if (ev[i].sig == sig && ev[i].emoji_class < 0 && k-- == 0)
			return &ev[i];
	return NULL;
}

/* does the evidence cover exactly these normalised words? */
static int
ev_text_is(const CxVoiceEvidence *e, const char *words)
{
	size_t		n = strlen(words);

	return e != NULL && e->end - e->start == n && memcmp(norm + e->start, words, n) == 0;
}

/* the number of evidence items that are expressions (not modifiers, topics, emoji) */
static int
n_expr_ev(void)
{
	int			k = 0;

	for (int i = 0; i < nev && i < MAX_EV; i++)
		k += ev[i].sig < CX_V_INTENSIFIER && ev[i].emoji_class < 0;
	return k;
}

static int
all_zero_but_sentiment(const CxVoice *v)
{
	for (int k = 0; k < CX_NEMOTION; k++)
		if (v->emotion[k] != 0)
			return 0;
	return v->effort == 0 && v->repeat_contact == 0 && v->waiting == 0 && v->transfer == 0 &&
		v->chasing == 0 && v->churn == 0 && v->escalation == 0 && v->urgency == 0;
}

/* ---- the lexicon and the names --------------------------------------------- */

UNIT_TEST(lexicon_compiles)
{
	/* voice and empathy entries of one text ("no funciona") are both kept */
	CHECK(cx_matcher_npatterns(matcher) == NLEX);
}

UNIT_TEST(signal_names)
{
	for (int i = 0; i < CX_NVSIG; i++)
		CHECK(cx_voice_signal_from_name(cx_voice_signal_names[i]) == i);
	CHECK(cx_voice_signal_from_name("positive") == CX_V_POSITIVE);
	CHECK(cx_voice_signal_from_name("anger") == CX_V_ANGER);
	CHECK(cx_voice_signal_from_name("gratitude") == CX_V_GRATITUDE);
	CHECK(cx_voice_signal_from_name("repeat_contact") == CX_V_REPEAT);
	CHECK(cx_voice_signal_from_name("urgency") == CX_V_URGENCY);
	CHECK(cx_voice_signal_from_name("irony") == CX_V_IRONY);
	CHECK_STR(cx_voice_signal_names[CX_V_CHASING], "chasing");
	/* topics are no signal; names are exact */
	CHECK(cx_voice_signal_from_name("topic") == -1);
	CHECK(cx_voice_signal_from_name("Positive") == -1);
	CHECK(cx_voice_signal_from_name("positive ") == -1);
	CHECK(cx_voice_signal_from_name("") == -1);
}

/* ---- the normaliser's part ------------------------------------------------- */

static char nbuf[256];
static uint32_t noff[256],
			nend[256];
static CxNormInfo ninfo;

static const char *
tnorm(const char *t)
{
	size_t		n = cx_textnorm((const unsigned char *) t, strlen(t), nbuf, noff, nend, &ninfo);

	nbuf[n] = '\0';
	return nbuf;
}

static int
emo_is(int joy, int neg, int anger, int frust, int sad, int anx, int conf)
{
	const int	want[CX_NEMO] = {joy, neg, anger, frust, sad, anx, conf};

	for (int k = 0; k < CX_NEMO; k++)
		if (ninfo.emo[k] != want[k])
			return 0;
	return 1;
}

UNIT_TEST(normaliser_repeated_letters)
{
	CHECK_STR(tnorm("noooo"), " no ");
	CHECK(ninfo.n_elongated == 1 && ninfo.n_alpha == 2 && ninfo.n_upper == 0 && ninfo.n_words == 1);
	/* the collapsed letter maps back to the whole run */
	CHECK(noff[2] == 1 && nend[2] == 5);
	CHECK_STR(tnorm("pleeease help"), " please help ");
	CHECK(ninfo.n_elongated == 1 && ninfo.n_alpha == 10 && ninfo.n_words == 2);
	CHECK(noff[3] == 2 && nend[3] == 5 && noff[4] == 5);
	/* either case; counted once per run, as one (upper) letter */
	CHECK_STR(tnorm("NOOOO WAY!!!"), " no way.");
	CHECK(ninfo.n_elongated == 1 && ninfo.n_alpha == 5 && ninfo.n_upper == 5 &&
		  ninfo.n_exclaims == 3);
	CHECK_STR(tnorm("Ooo"), " o ");
	CHECK(ninfo.n_elongated == 1 && ninfo.n_upper == 1);
	/* two letters are a word's own ("good", "llamar"); digits are not letters */
	CHECK_STR(tnorm("good 1000"), " good 1000 ");
	CHECK(ninfo.n_elongated == 0 && ninfo.n_alpha == 4);
	CHECK_STR(tnorm("sooo baaad"), " so bad ");
	CHECK(ninfo.n_elongated == 2);
}

UNIT_TEST(normaliser_mentions)
{
	CHECK_STR(tnorm("hey @user_1 thanks"), " hey thanks ");
	CHECK(ninfo.n_words == 2 && ninfo.n_alpha == 9);
	/* the separator holds the space after "hey"; "thanks" maps to its bytes */
	CHECK(noff[5] == 12 && nend[5] == 13);
	CHECK_STR(tnorm("@ana, hola"), "|hola ");
	CHECK(ninfo.n_words == 1);
	/* no mention inside a word (an address) nor without a name */
	CHECK_STR(tnorm("email a@b.com"), " email a b.com ");
	CHECK(ninfo.n_words == 4);
	CHECK_STR(tnorm("at 5 @ home"), " at 5 home ");
	CHECK_STR(tnorm("@slow nice"), " nice ");
}

UNIT_TEST(normaliser_emoji_and_emoticons)
{
	CHECK_STR(tnorm("Hola @united :) :-( <3 \xF0\x9F\x98\xA1 https://x 10:30"),
			  " hola|https|x 10|30 ");
	CHECK(emo_is(2, 0, 1, 0, 1, 0, 0));
	CHECK(ninfo.n_words == 5);
	/* a URL, a time, a ratio and "i<3u" are no faces */
	CHECK_STR(tnorm("https://x 10:30 a:b i<3u <30"), " https|x 10|30 a|b i 3u 30 ");
	CHECK(emo_is(0, 0, 0, 0, 0, 0, 0));
	/* every kind of emoticon, and ":Dallas" is a word */
	CHECK_STR(tnorm(">:( :/ :'( :D :Dallas =) ;) :P :* :@ :S"), "|dallas|");
	CHECK(emo_is(5, 2, 2, 0, 1, 0, 0));
	/* one emoji per class; a skin tone and a variation selector vanish */
	CHECK_STR(tnorm("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"	/* thumbs up, skin tone */
					"\xE2\x9D\xA4\xEF\xB8\x8F"	/* heart, VS16 */
					"\xF0\x9F\x91\x8E"	/* thumbs down */
					"\xF0\x9F\x98\xA0"	/* angry */
					"\xF0\x9F\x98\xA4"	/* steam */
					"\xF0\x9F\x98\xA2"	/* crying */
					"\xF0\x9F\x98\xB0"	/* anxious */
					"\xF0\x9F\xA4\x94"), " ");	/* thinking */
	CHECK(emo_is(2, 1, 1, 1, 1, 1, 1));
	CHECK(ninfo.n_words == 0 && ninfo.n_alpha == 0);
	/* emoji that say nothing are separators only */
	CHECK_STR(tnorm("ok \xE2\x9C\x88\xEF\xB8\x8F ok"), " ok ok ");
	CHECK(emo_is(0, 0, 0, 0, 0, 0, 0));
	/* a face stuck to the next word is no face */
	CHECK_STR(tnorm("hola :)adios"), " hola|adios ");
	CHECK(emo_is(0, 0, 0, 0, 0, 0, 0));
}

UNIT_TEST(normaliser_exclamations_and_case)
{
	CHECK_STR(tnorm("\xC2\xA1Genial!"), "|genial.");
	CHECK(ninfo.n_exclaims == 1 && ninfo.n_upper == 1 && ninfo.n_alpha == 6);
	/* an opening mark alone counts when there is no closing one */
	CHECK_STR(tnorm("\xC2\xA1Genial"), "|genial ");
	CHECK(ninfo.n_exclaims == 1);
	CHECK_STR(tnorm("THIS IS VERY BAD"), " this is very bad ");
	CHECK(ninfo.n_alpha == 13 && ninfo.n_upper == 13);
	CHECK_STR(tnorm(""), " ");
	CHECK(ninfo.n_words == 0 && ninfo.n_alpha == 0 && ninfo.n_exclaims == 0 &&
		  ninfo.n_questions == 0 && emo_is(0, 0, 0, 0, 0, 0, 0));
}

/* ---- the language --------------------------------------------------------- */

UNIT_TEST(language_detection)
{
	CxVoice		v;

	/* no function word of either list: the voice's weight decides */
	v = voice("no estoy contento", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_ES && res.lang == CX_LANG_ES);
	/* function words first */
	v = voice("the agent was nice", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(1.0), 1e-12);
	v = voice("muy mal", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_ES);
	/* Spanish words around an English one: only Spanish matches count */
	v = voice("el agente fue nice", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_ES && v.sentiment == 0.0 && v.n_expressions == 0 && nev == 0);
	/* a given language is used as it is */
	v = voice("no estoy contento", CX_LANG_EN);
	CHECK(v.lang == CX_LANG_EN && v.sentiment == 0.0 && v.n_expressions == 0);
	v = voice("the agent was nice", CX_LANG_ES);
	CHECK(v.lang == CX_LANG_ES && v.sentiment == 0.0);
	/* no evidence at all: English */
	v = voice("xyz", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_EN);
}

UNIT_TEST(empty_text)
{
	CxVoice		v = voice("", CX_LANG_AUTO);

	CHECK(nlen == 1 && norm[0] == ' ');
	CHECK(v.lang == CX_LANG_EN && v.sentiment == 0.0 && v.n_expressions == 0 && v.dropped == 0);
	CHECK(v.positive == 0.0 && v.negative == 0.0 && v.shouting == 0 && nev == 0);
	CHECK(all_zero_but_sentiment(&v));
	CHECK(!cx_voice_needs_acknowledgement(&v));
	v = voice("", CX_LANG_ES);
	CHECK(v.lang == CX_LANG_ES && v.sentiment == 0.0 && nev == 0);
	/* separators and a mention only */
	v = voice("  @someone ... ", CX_LANG_AUTO);
	CHECK(v.sentiment == 0.0 && nev == 0 && res.n_words == 0);
}

/* ---- negation --------------------------------------------------------------- */

UNIT_TEST(negation)
{
	CxVoice		v;
	const CxVoiceEvidence *e;

	/* a negated positive: reversed and weaker */
	v = voice("no estoy contento", CX_LANG_AUTO);
	CHECK_NEAR(v.sentiment, S(-0.75), 1e-12);
	CHECK_NEAR(v.sentiment, -35.11234415883917, 1e-9);
	e = find_ev(CX_V_POSITIVE, 0);
	CHECK(e != NULL && e->negated && !e->ironic && ev_text_is(e, "contento"));
	CHECK(e != NULL && e->value == -0.75 && e->factor == 1.0 && e->weight == 1.0);
	CHECK(v.n_expressions == 1 && v.positive == 0.0 && v.negative == 0.75);
	CHECK(cx_voice_needs_acknowledgement(&v));

	/* a negated negative: half of it the other way */
	v = voice("not bad at all", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(0.5), 1e-12);
	CHECK_NEAR(v.sentiment, 24.253562503633297, 1e-9);
	e = find_ev(CX_V_NEGATIVE, 0);
	CHECK(e != NULL && e->negated && e->value == 0.5 && ev_text_is(e, "bad"));
	CHECK(v.negative == 0.0);
	CHECK(!cx_voice_needs_acknowledgement(&v));

	/* another bad signal negated: x 0.5 more, and no emotion counted */
	v = voice("not worried", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(0.5 * 1.0 * 0.75 * 0.5), 1e-12);
	CHECK(v.emotion[CX_V_ANXIETY - CX_V_ANGER] == 0.0);
	v = voice("no estoy harto", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(0.5 * 1.5 * 1.25 * 0.5), 1e-12);
	CHECK(v.emotion[CX_V_FRUSTRATION - CX_V_ANGER] == 0.0);

	/* negated and intensified: "not very happy" */
	v = voice("no muy contento", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-0.75 * 1.5), 1e-12);
	e = find_ev(CX_V_POSITIVE, 0);
	CHECK(e != NULL && e->negated && e->factor == 1.5);

	/* the negator must be within three words, in the same clause */
	v = voice("not at all that nice", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(1.0), 1e-12);
	v = voice("not that nice", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-0.75), 1e-12);
	v = voice("no, contento", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(1.0), 1e-12);
	/* a negator inside an earlier expression negates nothing after it */
	v = voice("no funciona genial", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-1.5 + 1.0), 1e-12);
	CHECK(find_ev(CX_V_POSITIVE, 0) != NULL && !find_ev(CX_V_POSITIVE, 0)->negated);
}

/* ---- modifiers ---------------------------------------------------------------- */

UNIT_TEST(modifiers)
{
	CxVoice		v;
	const CxVoiceEvidence *e;

	v = voice("muy mal", CX_LANG_AUTO);
	CHECK_NEAR(v.sentiment, -60.0, 1e-12);	/* x = -1.5: 150 / sqrt(2.25 + 4) */
	CHECK(nev == 2);
	CHECK(ev[0].sig == CX_V_INTENSIFIER && ev[0].weight == 1.5 && ev[0].value == 0.0 &&
		  ev_text_is(&ev[0], "muy"));
	CHECK(ev[1].sig == CX_V_NEGATIVE && ev[1].factor == 1.5 && ev[1].value == -1.5 &&
		  ev_text_is(&ev[1], "mal"));
	CHECK(v.n_expressions == 1 && v.negative == 1.5);

	v = voice("a bit slow", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-0.5), 1e-12);
	e = find_ev(CX_V_DIMINISHER, 0);
	CHECK(ev_text_is(e, "a bit"));
	v = voice("un poco lento", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-0.5), 1e-12);

	/* two modifiers multiply */
	v = voice("really very bad", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.25 * 1.5), 1e-12);
	/* and an emotion's intensity is modified too */
	v = voice("really furious", CX_LANG_EN);
	CHECK_NEAR(v.emotion[CX_V_ANGER - CX_V_ANGER], I(2.0 * 1.25), 1e-12);
	CHECK_NEAR(v.sentiment, S(-2.0 * 1.25 * 1.5), 1e-12);

	/* two words between reach, three do not */
	v = voice("very much too bad", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.5), 1e-12);
	v = voice("very much more than bad", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.0), 1e-12);
	/* nor across a clause or a sentence, nor backwards */
	v = voice("very, bad", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.0), 1e-12);
	v = voice("Very. Bad", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.0), 1e-12);
	v = voice("bad very", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.0), 1e-12);
	/*
	 * A modifier does not reach past an expression: the second "bad" has
	 * only the "very" right before it; the first one is the first "bad"'s.
	 */
	v = voice("very bad very bad", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.5 - 1.5), 1e-12);
	CHECK(find_ev(CX_V_NEGATIVE, 1) != NULL && find_ev(CX_V_NEGATIVE, 1)->factor == 1.5);
	/* two modifiers in a row both count */
	v = voice("really very bad", CX_LANG_EN);
	CHECK(find_ev(CX_V_NEGATIVE, 0) != NULL && find_ev(CX_V_NEGATIVE, 0)->factor > 1.5);
	/* a modifier alone is no expression */
	v = voice("muy muy", CX_LANG_ES);
	CHECK(v.sentiment == 0.0 && v.n_expressions == 0 && nev == 2);
}

/* ---- contrast and questions --------------------------------------------------- */

UNIT_TEST(contrast)
{
	CxVoice		v;
	const CxVoiceEvidence *e;

	v = voice("the agent was nice but my refund never came", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(0.5 - 2.25), 1e-12);
	CHECK_NEAR(v.sentiment, -65.85046078, 1e-6);
	e = find_ev(CX_V_POSITIVE, 0);
	CHECK(e != NULL && e->factor == 0.5 && e->value == 0.5);
	e = find_ev(CX_V_NEGATIVE, 0);
	CHECK(e != NULL && e->factor == 1.5 && e->value == -2.25 && ev_text_is(e, "never came"));
	CHECK(v.positive == 0.5 && v.negative == 2.25);
	/* the topics, in text order */
	CHECK(find_ev(CX_V_TOPIC, 0) != NULL && find_ev(CX_V_TOPIC, 0)->topic == TOPIC_AGENT);
	CHECK(find_ev(CX_V_TOPIC, 1) != NULL && find_ev(CX_V_TOPIC, 1)->topic == TOPIC_REFUND);

	v = voice("el servicio es genial pero la factura esta mal", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(0.5 - 1.5), 1e-12);
	CHECK(find_ev(CX_V_TOPIC, 1) != NULL && find_ev(CX_V_TOPIC, 0)->topic == TOPIC_SERVICE &&
		  find_ev(CX_V_TOPIC, 1)->topic == TOPIC_BILLING);

	/* only within the sentence */
	v = voice("Genial. Pero mal.", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(1.0 - 1.5), 1e-12);
	v = voice("Pero vale. Todo genial.", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(1.0), 1e-12);
	/* the other language's contrast word is a plain word */
	v = voice("genial but mal", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(1.0 - 1.0), 1e-12);

	/*
	 * A negator does not reach past a contrast word, and "sin embargo" /
	 * "no obstante" are contrast words, not negations of what follows.
	 */
	v = voice("la app es genial, sin embargo es lenta", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(0.5 - 1.5), 1e-12);
	CHECK(find_ev(CX_V_NEGATIVE, 0) != NULL && !find_ev(CX_V_NEGATIVE, 0)->negated);
	v = voice("no obstante es lenta", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-1.5), 1e-12);
	v = voice("no idea but great", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(1.5), 1e-12);
	/* while a negator after it still negates */
	v = voice("nice but not great", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(0.5 - 0.75 * 1.5), 1e-12);
}

UNIT_TEST(questions)
{
	CxVoice		v;

	v = voice("is it slow?", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-0.5), 1e-12);
	v = voice("\xC2\xBF" "Est\xC3\xA1 mal?", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-0.5), 1e-12);
	/* only the words of the question */
	v = voice("Slow. Is it fixed?", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.0), 1e-12);
	v = voice("Is it fixed? Slow.", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.0), 1e-12);
	/* the intensity is not halved */
	v = voice("should I cancel my account?", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-0.5 * 2.0 * 1.5), 1e-12);
	CHECK_NEAR(v.churn, I(2.0), 1e-12);
}

/* ---- emphasis --------------------------------------------------------------- */

UNIT_TEST(emphasis)
{
	CxVoice		v;

	v = voice("bad!!!", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.3), 1e-12);
	CHECK(find_ev(CX_V_NEGATIVE, 0) != NULL && fabs(find_ev(CX_V_NEGATIVE, 0)->factor - 1.3) < 1e-12);
	v = voice("bad!!!!!", CX_LANG_EN);
	CHECK(res.info.n_exclaims == 5);
	CHECK_NEAR(v.sentiment, S(-1.3), 1e-12);
	v = voice("bad!", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.1), 1e-12);
	/* repeated letters: the word is still read */
	v = voice("baaaad", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.1), 1e-12);
	v = voice("sooo baaad", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.2), 1e-12);
	v = voice("Noooo, still not working", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.5 * 1.1), 1e-12);
	CHECK(ev_text_is(find_ev(CX_V_NEGATIVE, 0), "not working") && !find_ev(CX_V_NEGATIVE, 0)->negated);
	v = voice("pleeease help", CX_LANG_EN);
	CHECK_NEAR(v.urgency, I(1.1), 1e-12);
	CHECK_NEAR(v.sentiment, S(-0.5 * 1.1), 1e-12);

	/* shouting: 12 letters and more, 60 % capitals */
	v = voice("THIS IS VERY BAD", CX_LANG_AUTO);
	CHECK(v.shouting == 1 && v.lang == CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.5 * 1.25), 1e-12);
	v = voice("VERY BAD SERVICE TODAY!!!", CX_LANG_EN);
	CHECK(v.shouting == 1);
	CHECK_NEAR(v.sentiment, S(-1.5 * 1.55), 1e-12);
	CHECK_NEAR(v.sentiment, -75.81045919, 1e-6);
	v = voice("VERY BAD", CX_LANG_EN);
	CHECK(v.shouting == 0);
	CHECK_NEAR(v.sentiment, S(-1.5), 1e-12);
	v = voice("THIS IS very bad news", CX_LANG_EN);
	CHECK(v.shouting == 0);
	/* 7 capitals of 13 letters are under 60 % (70 < 78), 8 are not (80 >= 78) */
	v = voice("THIS IS Very bad", CX_LANG_EN);
	CHECK(v.shouting == 0);
	CHECK_NEAR(v.sentiment, S(-1.5), 1e-12);
	v = voice("THIS IS VEry bad", CX_LANG_EN);
	CHECK(v.shouting == 1);
	CHECK_NEAR(v.sentiment, S(-1.5 * 1.25), 1e-12);
}

/* ---- irony ---------------------------------------------------------------------- */

UNIT_TEST(irony)
{
	CxVoice		v;
	const CxVoiceEvidence *e;

	v = voice("genial, otra vez sin servicio", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-1.0 - 1.5), 1e-12);
	CHECK_NEAR(v.sentiment, -78.08688094430303, 1e-9);
	e = find_ev(CX_V_POSITIVE, 0);
	CHECK(e != NULL && e->ironic && !e->negated && e->value == -1.0 && ev_text_is(e, "genial"));
	CHECK(ev_text_is(find_ev(CX_V_IRONY, 0), "otra vez"));
	CHECK(ev_text_is(find_ev(CX_V_NEGATIVE, 0), "sin servicio"));
	/* the topic inside the expression is kept: another class */
	CHECK(ev_text_is(find_ev(CX_V_TOPIC, 0), "servicio") &&
		  find_ev(CX_V_TOPIC, 0)->topic == TOPIC_SERVICE);
	CHECK(v.positive == 0.0 && v.negative == 2.5 && v.n_expressions == 2);
	/* evidence in text order: genial, otra vez, sin servicio, servicio */
	CHECK(nev == 4 && ev[0].start < ev[1].start && ev[1].start < ev[2].start &&
		  ev[2].start < ev[3].start);

	v = voice("great, yet again the refund never came", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.0 - 1.5), 1e-12);
	CHECK(find_ev(CX_V_POSITIVE, 0) != NULL && find_ev(CX_V_POSITIVE, 0)->ironic);

	/* nothing negative in the message: no irony */
	v = voice("genial, otra vez", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(1.0), 1e-12);
	CHECK(find_ev(CX_V_POSITIVE, 0) != NULL && !find_ev(CX_V_POSITIVE, 0)->ironic);
	/* the cue before the positive word, or in another sentence: no irony */
	v = voice("otra vez genial, sin servicio", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(1.0 - 1.5), 1e-12);
	v = voice("genial. otra vez sin servicio", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(1.0 - 1.5), 1e-12);
	/* a negative face is something negative too */
	v = voice("great, yet again \xF0\x9F\x98\xA1", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.0 - 1.5), 1e-12);
	CHECK(find_ev(CX_V_POSITIVE, 0) != NULL && find_ev(CX_V_POSITIVE, 0)->ironic);
	CHECK_NEAR(v.emotion[CX_V_ANGER - CX_V_ANGER], I(1.0), 1e-12);
	/* a negated positive stays negated */
	v = voice("not great, yet again slow", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-0.75 - 1.0), 1e-12);
	CHECK(find_ev(CX_V_POSITIVE, 0) != NULL && find_ev(CX_V_POSITIVE, 0)->negated &&
		  !find_ev(CX_V_POSITIVE, 0)->ironic);
}


/* ---- discourse markers ------------------------------------------------------------ */

UNIT_TEST(discourse_markers)
{
	CxVoice		v;
	const CxVoiceEvidence *e;

	/* a filler that opens a sentence or clause and hands over to more of it */
	v = voice("Bueno, sigo esperando", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-1.0), 1e-12);
	CHECK(v.n_expressions == 2 && v.positive == 0.0 && v.negative == 1.0);
	e = find_ev(CX_V_POSITIVE, 0);
	CHECK(ev_text_is(e, "bueno") && e->value == 0.0 && e->factor == 0.0 && !e->negated);
	v = voice("bueno ahora sigo esperando", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-1.0), 1e-12);
	v = voice("genial. bueno, genial", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(2.0), 1e-12);
	CHECK(find_ev(CX_V_POSITIVE, 1) != NULL && find_ev(CX_V_POSITIVE, 1)->value == 0.0);
	v = voice("ok so the refund never came", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.5), 1e-12);
	/* alone, ending its sentence, or inside it: the word keeps its meaning */
	v = voice("bueno", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(0.8), 1e-12);
	v = voice("Bueno. Sigo esperando", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(0.8 - 1.0), 1e-12);
	v = voice("el servicio es bueno", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(0.8), 1e-12);
	v = voice("muy bueno, genial", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(1.2 + 1.0), 1e-12);
	v = voice("that is ok", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(0.3), 1e-12);
	v = voice("ok", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(0.3), 1e-12);
	/* a positive word that is no filler counts where it opens a sentence */
	v = voice("great, the refund never came", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(1.0 - 1.5), 1e-12);
}


/* ---- irrealis: what is wished for or supposed ------------------------------------- */

UNIT_TEST(irrealis)
{
	CxVoice		v;
	const CxVoiceEvidence *e;

	v = voice("it would be nice to get an answer", CX_LANG_EN);
	CHECK(v.sentiment == 0.0 && v.n_expressions == 1 && v.positive == 0.0);
	e = find_ev(CX_V_POSITIVE, 0);
	CHECK(ev_text_is(e, "nice") && e->value == 0.0 && e->factor == 0.0 && !e->negated);
	v = voice("it'd be great", CX_LANG_EN);
	CHECK(v.sentiment == 0.0);
	v = voice("this could have been great", CX_LANG_EN);
	CHECK(v.sentiment == 0.0);
	v = voice("it should be working", CX_LANG_EN);
	CHECK(v.sentiment == 0.0);
	/* a wish for someone is no supposition */
	v = voice("I wish you a great day", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(1.0), 1e-12);
	v = voice("sería genial que me contestaran", CX_LANG_ES);
	CHECK(v.sentiment == 0.0);
	v = voice("ojalá todo genial", CX_LANG_ES);
	CHECK(v.sentiment == 0.0);
	/* the conditional of a verb outside the list, and "Iberia", are no markers */
	v = voice("Iberia genial", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(1.0), 1e-12);
	/* a negator in the window wins: negated, as before */
	v = voice("it would not be nice", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-0.75), 1e-12);
	CHECK(find_ev(CX_V_POSITIVE, 0) != NULL && find_ev(CX_V_POSITIVE, 0)->negated);
	/* another clause, or more than three words back: counted */
	v = voice("would you check, great", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(1.0), 1e-12);
	v = voice("could you check that it is great", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(1.0), 1e-12);
	/* only what is good is blocked: "it would be bad" still says something bad */
	v = voice("it would be bad", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.0), 1e-12);
	v = voice("the agent was nice", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(1.0), 1e-12);
}


/* ---- the vosotros of Spain -------------------------------------------------------- */

UNIT_TEST(vosotros_forms)
{
	CxVoice		v;
	const CxVoiceEvidence *e;

	/* the lexicon's ustedes form, and Spain's vosotros form of it */
	v = voice("me cobraron dos veces", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-1.5), 1e-12);
	v = voice("me cobrasteis dos veces", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-1.5), 1e-12);
	e = find_ev(CX_V_NEGATIVE, 0);
	CHECK(ev_text_is(e, "me cobrasteis dos veces") && e->weight == 1.5 && e->entry >= 0 &&
		  strcmp(lex[e->entry].phrase, "me cobraron dos veces") == 0);
	v = voice("habéis perdido mi maleta", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-1.0), 1e-12);
}

/* ---- emoji and emoticons --------------------------------------------------------- */

UNIT_TEST(emoji)
{
	CxVoice		v;

	v = voice(":) :-( <3 \xF0\x9F\x98\xA1", CX_LANG_AUTO);
	CHECK_NEAR(v.sentiment, S(2.0 - 1.0 - 1.5), 1e-12);
	CHECK_NEAR(v.emotion[CX_V_GRATITUDE - CX_V_ANGER], I(2.0), 1e-12);
	CHECK_NEAR(v.emotion[CX_V_SADNESS - CX_V_ANGER], I(1.0), 1e-12);
	CHECK_NEAR(v.emotion[CX_V_ANGER - CX_V_ANGER], I(1.0), 1e-12);
	CHECK_NEAR(v.emotion[CX_V_GRATITUDE - CX_V_ANGER], 73.64028618842732, 1e-9);
	CHECK(v.positive == 2.0 && v.negative == 2.5 && v.n_expressions == 0);
	/* one evidence per class, in class order, without a position */
	CHECK(nev == 3);
	CHECK(ev[0].emoji_class == CX_EMO_JOY && ev[0].sig == CX_V_GRATITUDE && ev[0].emoji_count == 2 &&
		  ev[0].value == 2.0 && ev[0].entry == -1 && ev[0].start == 0 && ev[0].end == 0);
	CHECK(ev[1].emoji_class == CX_EMO_ANGER && ev[1].sig == CX_V_ANGER && ev[1].value == -1.5);
	CHECK(ev[2].emoji_class == CX_EMO_SAD && ev[2].sig == CX_V_SADNESS && ev[2].value == -1.0);

	/* at most three of a class count */
	v = voice("\xF0\x9F\x98\xA1\xF0\x9F\x98\xA1\xF0\x9F\x98\xA1\xF0\x9F\x98\xA1\xF0\x9F\x98\xA1",
			  CX_LANG_AUTO);
	CHECK(res.info.emo[CX_EMO_ANGER] == 5);
	CHECK_NEAR(v.sentiment, S(-4.5), 1e-12);
	CHECK_NEAR(v.emotion[0], I(3.0), 1e-12);
	CHECK(nev == 1 && ev[0].emoji_count == 5);

	/* emphasis applies to them too */
	v = voice("\xF0\x9F\x98\xA1!!!", CX_LANG_AUTO);
	CHECK_NEAR(v.sentiment, S(-1.5 * 1.3), 1e-12);
	CHECK_NEAR(v.emotion[0], I(1.3), 1e-12);

	/* the other classes */
	v = voice("\xF0\x9F\x98\xA4 \xF0\x9F\x98\xB0 \xF0\x9F\xA4\x94 :/", CX_LANG_AUTO);
	CHECK_NEAR(v.sentiment, S(-1.25 - 0.75 - 0.5 - 1.0), 1e-12);
	CHECK_NEAR(v.emotion[CX_V_FRUSTRATION - CX_V_ANGER], I(1.0), 1e-12);
	CHECK_NEAR(v.emotion[CX_V_ANXIETY - CX_V_ANGER], I(1.0), 1e-12);
	CHECK_NEAR(v.emotion[CX_V_CONFUSION - CX_V_ANGER], I(1.0), 1e-12);
	CHECK(cx_voice_needs_acknowledgement(&v));

	/* no faces in a URL or a time */
	v = voice("https://x at 10:30", CX_LANG_AUTO);
	CHECK(v.sentiment == 0.0 && nev == 0 && all_zero_but_sentiment(&v));

	/* words and faces: the faces after the words */
	v = voice("great :)", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(2.0), 1e-12);
	CHECK(nev == 2 && ev[0].emoji_class == -1 && ev[1].emoji_class == CX_EMO_JOY);
}

UNIT_TEST(mentions_dropped)
{
	CxVoice		v = voice("@slow nice", CX_LANG_EN);

	CHECK_NEAR(v.sentiment, S(1.0), 1e-12);
	CHECK(nev == 1 && ev_text_is(&ev[0], "nice"));
	v = voice("@slow", CX_LANG_EN);
	CHECK(v.sentiment == 0.0 && nev == 0);
	/* not at the start of a word: an address, read as words */
	v = voice("write to info@slow.com", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.0), 1e-12);
}

/* ---- overlaps and topics ----------------------------------------------------------- */

UNIT_TEST(overlaps_and_topics)
{
	CxVoice		v;

	/* the longer phrase wins: not a negated "funciona" */
	v = voice("no funciona", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-1.5), 1e-12);
	CHECK(nev == 1 && ev[0].sig == CX_V_NEGATIVE && !ev[0].negated && ev_text_is(&ev[0], "no funciona"));
	CHECK(v.n_expressions == 1);
	/* the empathy entry of the same words counts for empathy */
	CHECK(res.dim_sum[CX_DIM_COMPLAINT] == 1.0 && res.dim_n[CX_DIM_COMPLAINT] == 1);

	v = voice("no funciona, funciona", CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(-1.5 + 1.0), 1e-12);
	CHECK(n_expr_ev() == 2 && ev_text_is(&ev[1], "funciona") && !ev[1].negated);

	v = voice("it is not working", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-1.5), 1e-12);
	CHECK(nev == 1 && ev_text_is(&ev[0], "not working"));
	/* the contraction of a negator is read as well */
	v = voice("it isn't working", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-0.75), 1e-12);

	/* topics: the longer one wins within the taxonomy */
	v = voice("my refund request", CX_LANG_EN);
	CHECK(v.sentiment == 0.0 && v.n_expressions == 0);
	CHECK(nev == 1 && ev[0].sig == CX_V_TOPIC && ev[0].topic == TOPIC_REFUND && ev[0].weight == 1.5 &&
		  ev_text_is(&ev[0], "refund request"));
	/* several topics, each kept */
	v = voice("the refund for the invoice, and the agent", CX_LANG_EN);
	CHECK(nev == 3 && ev[0].topic == TOPIC_REFUND && ev[1].topic == TOPIC_BILLING &&
		  ev[2].topic == TOPIC_AGENT);
	for (int i = 0; i < nev; i++)
		CHECK(ev[i].sig == CX_V_TOPIC && ev[i].value == 0.0 && ev[i].entry >= 0 &&
			  lex[ev[i].entry].topic == ev[i].topic);
	/* topics of the chosen language only */
	v = voice("la factura del refund", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_ES && nev == 1 && ev[0].topic == TOPIC_BILLING);
	/* the entry points at the lexicon's phrase */
	CHECK(ev[0].entry >= 0 && strcmp(lex[ev[0].entry].phrase, "factura") == 0);
}

/* ---- effort, churn, escalation, urgency ------------------------------------------ */

UNIT_TEST(effort_churn_escalation)
{
	CxVoice		v;

	v = voice("I called again and was transferred, still chasing. "
			  "I want to speak to a manager and cancel my account asap", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_EN);
	CHECK_NEAR(v.repeat_contact, I(1.0), 1e-12);
	CHECK_NEAR(v.transfer, I(1.0), 1e-12);
	CHECK_NEAR(v.chasing, I(1.0), 1e-12);
	CHECK(v.waiting == 0.0);
	CHECK_NEAR(v.effort, I(3.0), 1e-12);
	CHECK_NEAR(v.escalation, I(2.0), 1e-12);
	CHECK_NEAR(v.churn, I(2.0), 1e-12);
	CHECK_NEAR(v.urgency, I(1.5), 1e-12);
	CHECK_NEAR(v.sentiment, S(-1.0 - 1.0 - 1.0 - 3.0 - 3.0 - 0.75), 1e-12);
	CHECK_NEAR(v.sentiment, -97.96027006414901, 1e-9);
	CHECK(v.n_expressions == 6 && cx_voice_needs_acknowledgement(&v));

	v = voice("estoy harto, sigo esperando y me doy de baja", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_ES);
	CHECK_NEAR(v.emotion[CX_V_FRUSTRATION - CX_V_ANGER], I(1.5), 1e-12);
	CHECK_NEAR(v.waiting, I(1.0), 1e-12);
	CHECK_NEAR(v.effort, I(1.0), 1e-12);
	CHECK_NEAR(v.churn, I(2.0), 1e-12);
	CHECK_NEAR(v.sentiment, S(-1.5 * 1.25 - 1.0 - 3.0), 1e-12);

	v = voice("I am disappointed and confused", CX_LANG_EN);
	CHECK_NEAR(v.emotion[CX_V_SADNESS - CX_V_ANGER], I(1.0), 1e-12);
	CHECK_NEAR(v.emotion[CX_V_CONFUSION - CX_V_ANGER], I(1.0), 1e-12);
	CHECK_NEAR(v.sentiment, S(-1.0 - 0.5), 1e-12);

	/* gratitude: positive, and nothing to acknowledge */
	v = voice("thank you, great", CX_LANG_EN);
	CHECK_NEAR(v.emotion[CX_V_GRATITUDE - CX_V_ANGER], I(1.0), 1e-12);
	CHECK_NEAR(v.sentiment, S(2.0), 1e-12);
	CHECK(v.positive == 2.0 && v.negative == 0.0);
	CHECK(!cx_voice_needs_acknowledgement(&v));
	v = voice("muchas gracias", CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_ES);
	CHECK_NEAR(v.sentiment, S(1.0), 1e-12);
}

UNIT_TEST(needs_acknowledgement)
{
	CxVoice		v;

	memset(&v, 0, sizeof(v));
	CHECK(!cx_voice_needs_acknowledgement(&v));
	v.sentiment = -10.0;		/* the threshold itself is not negative */
	CHECK(!cx_voice_needs_acknowledgement(&v));
	v.sentiment = -10.001;
	CHECK(cx_voice_needs_acknowledgement(&v));
	v.sentiment = 50.0;
	v.urgency = 80.0;			/* urgency alone: no */
	CHECK(!cx_voice_needs_acknowledgement(&v));
	v.emotion[CX_V_GRATITUDE - CX_V_ANGER] = 90.0;	/* nor gratitude */
	CHECK(!cx_voice_needs_acknowledgement(&v));
	for (int k = 0; k < CX_NEMOTION; k++)
	{
		CxVoice		w = v;

		if (k == CX_V_GRATITUDE - CX_V_ANGER)
			continue;
		w.emotion[k] = 0.5;
		CHECK(cx_voice_needs_acknowledgement(&w));
	}
	{
		CxVoice		w = v;

		w.effort = 1.0;
		CHECK(cx_voice_needs_acknowledgement(&w));
		w = v;
		w.churn = 1.0;
		CHECK(cx_voice_needs_acknowledgement(&w));
		w = v;
		w.escalation = 1.0;
		CHECK(cx_voice_needs_acknowledgement(&w));
	}
	/* from text: a little negative is not enough (-10 is x = -0.201) */
	v = voice("nice but a bit slow?", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(0.5 * 0.5 - 0.5 * 1.5 * 0.5), 1e-12);
	CHECK(v.sentiment < 0 && v.sentiment > -10.0);
	CHECK(!cx_voice_needs_acknowledgement(&v));
	v = voice("a bit slow?", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(-0.25), 1e-12);
	CHECK(v.sentiment < -10.0 && cx_voice_needs_acknowledgement(&v));
	v = voice("nice but a bit slow", CX_LANG_EN);
	CHECK_NEAR(v.sentiment, S(0.5 - 0.75), 1e-12);
	CHECK(cx_voice_needs_acknowledgement(&v));
	v = voice("great", CX_LANG_EN);
	CHECK(!cx_voice_needs_acknowledgement(&v));
}

/* ---- the cap on matches ------------------------------------------------------------ */

static char *
repeat(const char *s, int times)
{
	size_t		n = strlen(s);
	char	   *t = malloc(n * times + 1);

	for (int i = 0; i < times; i++)
		memcpy(t + n * i, s, n);
	t[n * times] = '\0';
	return t;
}

UNIT_TEST(dropped_matches)
{
	char	   *t = repeat("bad ", 600);
	CxVoice		v = voice(t, CX_LANG_AUTO);

	CHECK(v.lang == CX_LANG_EN);
	CHECK(v.dropped == 600 - CX_VOICE_MAX_MATCHES);
	CHECK(v.n_expressions == CX_VOICE_MAX_MATCHES && n_expr_ev() == CX_VOICE_MAX_MATCHES);
	CHECK(v.negative == (double) CX_VOICE_MAX_MATCHES);
	CHECK_NEAR(v.sentiment, S(-(double) CX_VOICE_MAX_MATCHES), 1e-12);
	CHECK(run->dropped[CX_LANG_ES] == 0);
	/* the other language's run is counted apart */
	v = voice(t, CX_LANG_ES);
	CHECK(v.dropped == 0 && v.n_expressions == 0);
	free(t);

	/* modifiers fill the run too: 300 "muy mal" are 600 matches */
	t = repeat("muy mal. ", 300);
	v = voice(t, CX_LANG_AUTO);
	CHECK(v.lang == CX_LANG_ES);
	CHECK(v.dropped == 600 - CX_VOICE_MAX_MATCHES);
	CHECK(v.n_expressions == CX_VOICE_MAX_MATCHES / 2);
	CHECK_NEAR(v.negative, 1.5 * (CX_VOICE_MAX_MATCHES / 2), 1e-9);
	free(t);

	/* every modifier is read, however many there are before */
	t = repeat("muy mal. ", 100);
	v = voice(t, CX_LANG_ES);
	CHECK(v.dropped == 0 && v.n_expressions == 100);
	CHECK_NEAR(v.negative, 1.5 * 100, 1e-9);
	CHECK(find_ev(CX_V_NEGATIVE, 99) != NULL && find_ev(CX_V_NEGATIVE, 99)->factor == 1.5);
	free(t);
	/* and every irony cue */
	t = repeat("otra vez. ", 70);
	{
		char	   *u = malloc(strlen(t) + 64);

		strcpy(u, t);
		strcat(u, "genial, otra vez sin servicio");
		v = voice(u, CX_LANG_ES);
		CHECK(find_ev(CX_V_POSITIVE, 0) != NULL && find_ev(CX_V_POSITIVE, 0)->ironic);
		CHECK_NEAR(v.sentiment, S(-1.0 - 1.5), 1e-12);
		free(u);
	}
	free(t);

	/* exactly the cap: nothing dropped */
	t = repeat("bad ", CX_VOICE_MAX_MATCHES);
	v = voice(t, CX_LANG_EN);
	CHECK(v.dropped == 0 && v.n_expressions == CX_VOICE_MAX_MATCHES);
	free(t);
}

/* ---- the two ways in, and the empathy entries ------------------------------------- */

UNIT_TEST(analyse_paths_agree)
{
	static const char *const texts[] = {
		"the agent was nice but my refund never came",
		"genial, otra vez sin servicio :(",
		"THIS IS VERY BAD!!! pleeease help",
		"no estoy contento, lo siento",
		"",
	};

	for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++)
	{
		const char *text = texts[t];
		size_t		len = strlen(text);
		char	   *n2 = malloc(len + 2);
		CxNormInfo	info;
		CxMsgResult r2;
		CxVoice		a = voice(text, CX_LANG_AUTO),
					b;
		size_t		l2 = cx_textnorm((const unsigned char *) text, len, n2, NULL, NULL, &info);
		int			nev_a = nev;

		cx_voice_analyse(matcher, n2, l2, &info, CX_LANG_AUTO, &r2, run);
		nev = 0;
		cx_voice_score(run, n2, l2, &r2, &b, ev_cb, NULL);
		CHECK(l2 == nlen && memcmp(n2, norm, l2) == 0);
		CHECK(b.lang == a.lang && b.sentiment == a.sentiment && b.effort == a.effort &&
			  b.n_expressions == a.n_expressions && nev == nev_a &&
			  memcmp(b.emotion, a.emotion, sizeof(a.emotion)) == 0);
		CHECK(memcmp(r2.dim_sum, res.dim_sum, sizeof(res.dim_sum)) == 0);
		/* scoring the same run again gives the same */
		cx_voice_score(run, n2, l2, &r2, &b, NULL, NULL);
		CHECK(b.sentiment == a.sentiment && b.n_expressions == a.n_expressions);
		free(n2);
	}
}

UNIT_TEST(empathy_alongside)
{
	CxVoice		v = voice("I'm sorry but the refund never came", CX_LANG_AUTO);
	size_t		len;
	char	   *n2;
	CxMsgResult r2;
	const char *t = "I'm sorry but the refund never came";

	CHECK(v.lang == CX_LANG_EN);
	CHECK(res.dim_sum[CX_DIM_APOLOGY] == 1.0 && res.dim_n[CX_DIM_APOLOGY] == 1);
	CHECK_NEAR(v.sentiment, S(-1.5 * 1.5), 1e-12);
	/* the empathy analysis of the same text sees the same empathy matches */
	len = strlen(t);
	n2 = malloc(len + 2);
	(void) cx_empathy_analyse_text(matcher, (const unsigned char *) t, len, n2, CX_LANG_AUTO, &r2);
	CHECK(r2.lang == res.lang && memcmp(r2.dim_sum, res.dim_sum, sizeof(res.dim_sum)) == 0);
	CHECK(r2.n_kept == res.n_kept && r2.n_kept == 1);
	free(n2);
	/* a feeling named: empathy's tag, no voice signal */
	v = voice("I am frustrated", CX_LANG_EN);
	CHECK(res.dim_sum[CX_DIM_FEELING] == 1.0 && v.sentiment == 0.0 && nev == 0);
	v = voice("lo siento, no funciona", CX_LANG_ES);
	CHECK(res.dim_sum[CX_DIM_APOLOGY] == 1.0 && res.dim_sum[CX_DIM_COMPLAINT] == 1.0);
	CHECK_NEAR(v.sentiment, S(-1.5), 1e-12);
}

/* evidence positions: inside the text, on word boundaries, in text order */
UNIT_TEST(evidence_positions)
{
	CxVoice		v = voice("Genial!!! el servicio, otra vez sin servicio... pero muy mal :( "
						  "la factura? no funciona", CX_LANG_AUTO);
	size_t		last = 0;
	int			emoji_seen = 0;

	CHECK(v.lang == CX_LANG_ES && nev >= 8);
	for (int i = 0; i < nev; i++)
	{
		const CxVoiceEvidence *e = &ev[i];

		if (e->emoji_class >= 0)
		{
			emoji_seen = 1;
			CHECK(e->start == 0 && e->end == 0);
			continue;
		}
		CHECK(!emoji_seen);		/* the faces come last */
		CHECK(e->start >= 1 && e->start < e->end && e->end < nlen);
		CHECK(norm[e->start - 1] == ' ' || CX_NORM_BOUNDARY(norm[e->start - 1]));
		CHECK(norm[e->end] == ' ' || CX_NORM_BOUNDARY(norm[e->end]));
		CHECK(e->start >= last);
		last = e->start;
	}
	CHECK(emoji_seen);
}

int
main(void)
{
	size_t		skipped;

	run = malloc(sizeof(CxVoiceRun));
	matcher = cx_matcher_build(lex, NLEX, &skipped);
	CHECK(matcher != NULL && skipped == 0);
	RUN(lexicon_compiles);
	RUN(signal_names);
	RUN(normaliser_repeated_letters);
	RUN(normaliser_mentions);
	RUN(normaliser_emoji_and_emoticons);
	RUN(normaliser_exclamations_and_case);
	RUN(language_detection);
	RUN(empty_text);
	RUN(negation);
	RUN(modifiers);
	RUN(contrast);
	RUN(questions);
	RUN(emphasis);
	RUN(irony);
	RUN(discourse_markers);
	RUN(irrealis);
	RUN(vosotros_forms);
	RUN(emoji);
	RUN(mentions_dropped);
	RUN(overlaps_and_topics);
	RUN(effort_churn_escalation);
	RUN(needs_acknowledgement);
	RUN(dropped_matches);
	RUN(analyse_paths_agree);
	RUN(empathy_alongside);
	RUN(evidence_positions);
	cx_matcher_free(matcher);
	free(run);
	free(norm);
	return unit_report();
}
