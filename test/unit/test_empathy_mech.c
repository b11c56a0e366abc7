/*
 * Unit tests of src/core/empathy_mech.c, empathy_score.c and
 * empathy_conv.c: questions from the syntax of both languages, shared
 * experience, anti-empathy in context, the reply against the customer
 * message, the detail formula and the conversation components.
 */
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "empathy_mech.h"
#include "empathy_words.h"
#include "contractions.h"

static const CxLexEntry lex[] = {
	{CX_LANG_EN, CX_DIM_EMOTION, 1.5, "that sounds exhausting", 22, 0},
	{CX_LANG_EN, CX_DIM_EMOTION, 1.0, "oh no", 5, 0},
	{CX_LANG_EN, CX_DIM_APOLOGY, 1.0, "I'm sorry", 9, 0},
	{CX_LANG_EN, CX_DIM_INTERP, 1.5, "you must be", 11, 0},
	{CX_LANG_EN, CX_DIM_ACK, 0.8, "I understand", 12, 0},
	{CX_LANG_EN, CX_DIM_OWNERSHIP, 1.0, "I'm here", 8, 0},
	{CX_LANG_EN, CX_DIM_ANTI, 1.0, "whatever", 8, 0},
	{CX_LANG_EN, CX_DIM_ANTI, 2.0, "who cares", 9, 0},
	{CX_LANG_EN, CX_DIM_ANTI, 2.0, "sorry you feel that way", 23, 0},
	{CX_LANG_EN, CX_DIM_ANTI, 2.5, "your fault", 10, 0},
	{CX_LANG_EN, CX_DIM_FEELING, 1.0, "frustrated", 10, 0},
	{CX_LANG_EN, CX_DIM_FEELING, 1.0, "calm", 4, 0},
	{CX_LANG_EN, CX_DIM_ANTI, 2.0, "calm down", 9, 0},
	{CX_LANG_EN, CX_DIM_INTERP, 1.5, "the same thing happened to me", 29, 0},
	{CX_LANG_EN, CX_DIM_FEELING, 1.0, "frustrating", 11, 0},
	{CX_LANG_EN, CX_DIM_PROCEDURAL, 1.0, "order number", 12, 0},
	{CX_LANG_EN, CX_DIM_COMPLAINT, 1.0, "charged twice", 13, 0},
	{CX_LANG_ES, CX_DIM_EMOTION, 1.5, "sentimos leer eso", 17, 0},
	{CX_LANG_ES, CX_DIM_OWNERSHIP, 1.0, "queremos ayudarte", 17, 0},
	{CX_LANG_ES, CX_DIM_INTERP, 1.5, "si entiendo bien", 16, 0},
	{CX_LANG_ES, CX_DIM_INTERP, 1.0, "me imagino", 10, 0},
	{CX_LANG_ES, CX_DIM_PROCEDURAL, 1.0, "número de pedido", 17, 0},
	{CX_LANG_ES, CX_DIM_FEELING, 1.0, "frustrado", 9, 0},
	{CX_LANG_ES, CX_DIM_FEELING, 1.0, "frustrante", 10, 0},
	{CX_LANG_ES, CX_DIM_ANTI, 2.0, "a quién le importa", 19, 0},
};
#define NLEX (sizeof(lex) / sizeof(lex[0]))

static CxMatcher *matcher;

/* the evidence kinds reported for a text (when asked for) */
static int	ev_seen[CX_NEV];

static void
ev_cb(void *arg, int kind, size_t start, size_t end, double weight)
{
	ev_seen[kind]++;
}

/* normalise, match and analyse a text; with_evidence fills ev_seen */
static CxFeatures
analyse_text(const char *text, int lang, int with_evidence)
{
	size_t		len = strlen(text);
	char	   *buf = malloc(len + 2);
	CxNormInfo	info;
	CxMsgResult r;
	CxFeatures	f;
	size_t		n = cx_textnorm((const unsigned char *) text, len, buf, NULL, NULL, &info);

	cx_empathy_analyse(matcher, buf, n, &info, lang, &r, NULL, NULL);
	CHECK(r.wrec == NULL);
	if (with_evidence)
	{
		memset(ev_seen, 0, sizeof(ev_seen));
		cx_empathy_features_ev(buf, n, &r, &f, ev_cb, NULL);
	}
	else
		cx_empathy_features(buf, n, &r, &f);

	/*
	 * The same text read in one pass with its words recorded: the sentence
	 * analysis then reads the records, and must find exactly the same; with
	 * too little room for the records it reads the text itself.
	 */
	{
		char	   *buf2 = malloc(len + 2);
		CxWordRec  *wrec = malloc(sizeof(CxWordRec) * (len / 2 + 2));
		CxMsgResult r2;
		CxFeatures	f2,
					f3;
		int			ev_before[CX_NEV];

		memcpy(ev_before, ev_seen, sizeof(ev_seen));
		CHECK(cx_analyse_text_words(matcher, (const unsigned char *) text, len, buf2, lang, &r2,
									NULL, wrec, len / 2 + 2) == n);
		CHECK(memcmp(buf, buf2, n) == 0);
		CHECK(r2.wrec == wrec && r2.n_wrec == r.n_words);
		if (with_evidence)
		{
			memset(ev_seen, 0, sizeof(ev_seen));
			cx_empathy_features_ev(buf2, n, &r2, &f2, ev_cb, NULL);
			CHECK(memcmp(ev_before, ev_seen, sizeof(ev_seen)) == 0);
		}
		else
			cx_empathy_features(buf2, n, &r2, &f2);
		CHECK(memcmp(&f, &f2, sizeof(f)) == 0);
		if (r.n_words > 0)
		{
			CHECK(cx_analyse_text_words(matcher, (const unsigned char *) text, len, buf2, lang, &r2,
										NULL, wrec, r.n_words - 1) == n);
			CHECK(r2.wrec == NULL);
			if (!with_evidence)
			{
				cx_empathy_features(buf2, n, &r2, &f3);
				CHECK(memcmp(&f, &f3, sizeof(f)) == 0);
			}
		}
		free(wrec);
		free(buf2);
	}
	free(buf);
	return f;
}

static CxFeatures
feat(const char *text, int lang)
{
	return analyse_text(text, lang, 0);
}

static void
evidence(const char *text, int lang)
{
	(void) analyse_text(text, lang, 1);
}

static CxEmpathyDetail
detail(const char *reply, const char *cust, int lang)
{
	CxFeatures	r = feat(reply, lang),
				c;
	CxEmpathyDetail d;

	if (cust)
		c = feat(cust, lang);
	cx_empathy_detail(&r, cust ? &c : NULL, &d);
	return d;
}

UNIT_TEST(normaliser_marks_sentences_and_questions)
{
	char		out[128];
	const char *t = "Hola, ¿desde cuándo le ocurre? Ok. Vale!";
	size_t		n = cx_textnorm((const unsigned char *) t, strlen(t), out, NULL, NULL, NULL);

	out[n] = '\0';
	CHECK_STR(out, " hola;desde cuando le ocurre?ok.vale.");
}

UNIT_TEST(questions_from_syntax)
{
	/* open questions, both languages, with and without the Spanish opening mark */
	evidence("What happened when you tried?", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_OPEN_Q] == 1);
	evidence("¿Desde cuándo le ocurre?", CX_LANG_ES);
	CHECK(ev_seen[CX_EV_OPEN_Q] == 1);
	evidence("y por qué crees que pasó?", CX_LANG_ES);
	CHECK(ev_seen[CX_EV_OPEN_Q] == 1);
	/* a Spanish question opened and never closed, as chats write them */
	evidence("Hola. ¿Qué pasó con su pedido", CX_LANG_ES);
	CHECK(ev_seen[CX_EV_OPEN_Q] == 1);
	/* the interrogative of the last clause counts */
	evidence("If you don't mind me asking, what happened?", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_OPEN_Q] == 1);
	/* yes/no questions */
	evidence("Are you ok?", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_CLOSED_Q] == 1);
	evidence("¿Se encuentra bien?", CX_LANG_ES);
	CHECK(ev_seen[CX_EV_CLOSED_Q] == 1);
	/* procedural requests are told apart */
	evidence("Order number?", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_PROCEDURAL_Q] == 1 && ev_seen[CX_EV_OPEN_Q] == 0);
	evidence("¿Me facilita su número de pedido?", CX_LANG_ES);
	CHECK(ev_seen[CX_EV_PROCEDURAL_Q] == 1);
	/* advice as a question */
	evidence("Have you tried restarting it?", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_ADVICE_Q] == 1);
	evidence("¿Ha probado a reiniciarlo?", CX_LANG_ES);
	CHECK(ev_seen[CX_EV_ADVICE_Q] == 1);
	/* requests without a question mark */
	evidence("Could you tell me what happened.", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_REQUEST] == 1);
	evidence("Cuéntame qué pasó", CX_LANG_ES);
	CHECK(ev_seen[CX_EV_REQUEST] == 1);
	evidence("Contame un poco más", CX_LANG_ES);
	CHECK(ev_seen[CX_EV_REQUEST] == 1);
	/* the asker's own next step is a request for help */
	evidence("How do I reschedule my flight?", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_HELP_Q] == 1 && ev_seen[CX_EV_OPEN_Q] == 0);
	evidence("¿Cómo puedo cambiar la fecha?", CX_LANG_ES);
	CHECK(ev_seen[CX_EV_HELP_Q] == 1);
	evidence("May I ask what happened?", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_HELP_Q] == 0);
	/* tags, alone or closing a statement */
	evidence("Right?", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_TAG_Q] == 1);
	evidence("It works now, right?", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_TAG_Q] == 1 && ev_seen[CX_EV_CLOSED_Q] == 0);
	/* a statement is not a question */
	evidence("We fixed it. It works now.", CX_LANG_EN);
	for (int k = 0; k < CX_NEV; k++)
		CHECK(ev_seen[k] == 0);
}

UNIT_TEST(exploration_weights)
{
	CxEmpathyDetail open = detail("What happened when you tried?", NULL, CX_LANG_EN);
	CxEmpathyDetail proc = detail("Order number?", NULL, CX_LANG_EN);
	CxEmpathyDetail feel_q = detail("How do you feel about it?", NULL, CX_LANG_EN);
	CxEmpathyDetail none = detail("We fixed it.", NULL, CX_LANG_EN);

	CHECK_NEAR(open.exploration, 100.0 * (1 - exp(-1.0 / 1.5)), 1e-9);
	CHECK_NEAR(proc.exploration, 100.0 * (1 - exp(-0.15 / 1.5)), 1e-5);
	CHECK_NEAR(feel_q.exploration, 100.0 * (1 - exp(-1.5 / 1.5)), 1e-9);
	CHECK(none.exploration == 0.0);
}

/* a question that names neither the listener nor a feeling explores half */
UNIT_TEST(exploration_of_the_person)
{
	const double open = 100.0 * (1 - exp(-1.0 / 1.5));
	const double half_open = 100.0 * (1 - exp(-0.5 / 1.5));
	const double half_closed = 100.0 * (1 - exp(-0.3 / 1.5));

	CHECK_NEAR(detail("Why did the page change?", NULL, CX_LANG_EN).exploration, half_open, 1e-9);
	CHECK_NEAR(detail("Why did you change the page?", NULL, CX_LANG_EN).exploration, open, 1e-9);
	CHECK_NEAR(detail("Is there a source for this?", NULL, CX_LANG_EN).exploration, half_closed, 1e-5);
	CHECK_NEAR(detail("¿Murió de neumonía o de sífilis?", NULL, CX_LANG_ES).exploration,
			   half_closed, 1e-5);
	CHECK_NEAR(detail("¿Dónde está la fuente?", NULL, CX_LANG_ES).exploration, half_open, 1e-9);
	/* tú, vos, usted, vosotros; a pronoun, a possessive or the verb */
	CHECK_NEAR(detail("¿Qué te dijeron?", NULL, CX_LANG_ES).exploration, open, 1e-9);
	CHECK_NEAR(detail("¿Cómo estás?", NULL, CX_LANG_ES).exploration, open, 1e-9);
	CHECK_NEAR(detail("¿Qué hiciste después?", NULL, CX_LANG_ES).exploration, open, 1e-9);
	CHECK_NEAR(detail("¿Desde cuándo le ocurre?", NULL, CX_LANG_ES).exploration, open, 1e-9);
	CHECK_NEAR(detail("¿Cuándo llamasteis?", NULL, CX_LANG_ES).exploration, open, 1e-9);
	CHECK_NEAR(detail("¿Cuándo lo pedisteis vosotros?", NULL, CX_LANG_ES).exploration, open, 1e-9);
	CHECK_NEAR(detail("¿Se encuentra bien?", NULL, CX_LANG_ES).exploration,
			   100.0 * (1 - exp(-0.6 / 1.5)), 1e-5);
	/* "triste" ends as a preterite of tú does, and is not one; it is a feeling */
	CHECK(!cx_addresses_listener("triste", 6, CX_LANG_ES));
	CHECK(!cx_addresses_listener("existe", 6, CX_LANG_ES));
	CHECK(cx_addresses_listener("llamaste", 8, CX_LANG_ES));
	CHECK(cx_addresses_listener("recibiste", 9, CX_LANG_ES));
	CHECK(!cx_addresses_listener("you", 3, CX_LANG_ES));
	CHECK(cx_addresses_listener("youre", 5, CX_LANG_EN));
	CHECK(!cx_addresses_listener("te", 2, CX_LANG_EN));
	CHECK(!cx_addresses_listener("", 0, CX_LANG_EN));
	/* a question about a feeling explores it, whoever it names */
	CHECK_NEAR(detail("How did that feel?", NULL, CX_LANG_EN).exploration,
			   100.0 * (1 - exp(-1.5 / 1.5)), 1e-9);
}

UNIT_TEST(shared_experience)
{
	evidence("I had the same thing happen with my order.", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_SHARED] == 1);
	evidence("A mí también me pasó con mi pedido.", CX_LANG_ES);
	CHECK(ev_seen[CX_EV_SHARED] == 1);
	evidence("When I lost my job, I felt the same.", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_SHARED] == 1);
	evidence("Cuando me pasó hace años, lo pasé fatal.", CX_LANG_ES);
	CHECK(ev_seen[CX_EV_SHARED] == 1);
	/* a "when" of the present is no past of one's own */
	evidence("When I check online it says pending.", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_SHARED] == 0);
	/* an interpretation expression of the sentence already says it */
	evidence("The same thing happened to me too.", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_SHARED] == 0);
	/* a promise is not an experience, nor a report on the customer's things */
	evidence("I will also check your order.", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_SHARED] == 0);
	evidence("When I checked your account, the refund was there.", CX_LANG_EN);
	CHECK(ev_seen[CX_EV_SHARED] == 0);
	evidence("Cuando revisé su pedido, ya había salido.", CX_LANG_ES);
	CHECK(ev_seen[CX_EV_SHARED] == 0);
}

UNIT_TEST(anti_empathy_in_context)
{
	CxEmpathyDetail d;

	/* a relative clause is not dismissal */
	d = detail("You deserve a stranger who cares about you.", NULL, CX_LANG_EN);
	CHECK(d.anti_empathy == 0.0);
	d = detail("Mereces a alguien a quién le importa lo que sientes.", NULL, CX_LANG_ES);
	CHECK(d.anti_empathy == 0.0);
	d = detail("¿Y a quién le importa?", NULL, CX_LANG_ES);
	CHECK(d.anti_empathy > 0.0);
	d = detail("Who cares.", NULL, CX_LANG_EN);
	CHECK_NEAR(d.anti_empathy, 100.0 * (1 - exp(-1.0)), 1e-9);
	/* dismissal followed by support counts a fifth */
	d = detail("Whatever you decide, I'm here.", NULL, CX_LANG_EN);
	CHECK_NEAR(d.anti_empathy, 100.0 * (1 - exp(-0.2 / 2)), 1e-6);
	CHECK(d.score > 0);
	d = detail("I'm so sorry you feel that way. I'm here for you.", NULL, CX_LANG_EN);
	CHECK_NEAR(d.anti_empathy, 100.0 * (1 - exp(-0.4 / 2)), 1e-6);
	/* the same phrase alone is a non-apology */
	d = detail("Sorry you feel that way.", NULL, CX_LANG_EN);
	CHECK(d.score < 0);
	/* a formulaic apology in the next sentence does not redeem a dismissal */
	d = detail("Whatever. I'm sorry.", NULL, CX_LANG_EN);
	CHECK_NEAR(d.anti_empathy, 100.0 * (1 - exp(-1.0 / 2)), 1e-9);
	d = detail("Whatever. I'm here.", NULL, CX_LANG_EN);
	CHECK_NEAR(d.anti_empathy, 100.0 * (1 - exp(-0.2 / 2)), 1e-6);
	/* anti-empathy past the matches kept for the context still counts */
	{
		char		buf[2048] = "";

		for (int k = 0; k < 60; k++)
			strcat(buf, "Oh no. ");
		strcat(buf, "Whatever.");
		d = detail(buf, NULL, CX_LANG_EN);
		CHECK_NEAR(d.anti_empathy, 100.0 * (1 - exp(-1.0 / 2)), 1e-9);
	}
	/* fillers before a dismissal keep it at the head of its clause */
	d = detail("Yeah whatever.", NULL, CX_LANG_EN);
	CHECK_NEAR(d.anti_empathy, 100.0 * (1 - exp(-1.0 / 2)), 1e-9);
	/* a one-word English dismissal counts at the head of a clause only */
	d = detail("Now you can whatever it takes.", NULL, CX_LANG_EN);
	CHECK(d.anti_empathy == 0.0);
	/* blame is not softened */
	d = detail("That is your fault. I'm here.", NULL, CX_LANG_EN);
	CHECK_NEAR(d.anti_empathy, 100.0 * (1 - exp(-2.5 / 2)), 1e-9);
}

UNIT_TEST(contractions_either_way)
{
	/* "I'm sorry" in the lexicon matches "I am sorry" and "Im sorry" */
	CxEmpathyDetail a = detail("I'm sorry.", NULL, CX_LANG_EN),
				b = detail("I am sorry.", NULL, CX_LANG_EN),
				c = detail("Im sorry.", NULL, CX_LANG_EN);

	CHECK(a.emotional_reaction > 0 && a.emotional_reaction == b.emotional_reaction &&
		  b.emotional_reaction == c.emotional_reaction);
	/* the variants themselves */
	{
		char		out[64];
		size_t		n;

		n = cx_contraction_variant(" i am so sorry ", 15, 0, out);
		CHECK(n == 13 && memcmp(out, " im so sorry ", 13) == 0);
		n = cx_contraction_variant(" dont worry thats ok ", 21, 1, out);
		CHECK(n == 25 && memcmp(out, " do not worry that is ok ", 25) == 0);
		CHECK(cx_contraction_variant(" lo siento ", 11, 1, out) == 0);
		CHECK(cx_contraction_variant(" it is not ", 11, 0, out) == 9 && memcmp(out, " its not ", 9) == 0);
	}
}

/* which entry a match reports does not depend on the order of the lexicon */
static const char *seen_phrase;
static const CxLexEntry *seen_entries;

static void
seen_cb2(void *arg, const CxMatch *m)
{
	seen_phrase = seen_entries[m->entry].phrase;
}

static const char *
phrase_of(const CxLexEntry *e, size_t n, const char *text)
{
	CxMatcher  *m = cx_matcher_build(e, n, NULL);
	char		buf[64];
	CxNormInfo	info;
	CxMsgResult r;
	size_t		len = cx_textnorm((const unsigned char *) text, strlen(text), buf, NULL, NULL, &info);

	seen_phrase = NULL;
	seen_entries = e;
	cx_empathy_analyse(m, buf, len, &info, CX_LANG_EN, &r, seen_cb2, NULL);
	cx_matcher_free(m);
	return seen_phrase;
}

UNIT_TEST(ties_do_not_depend_on_order)
{
	const CxLexEntry ab[] = {
		{CX_LANG_EN, CX_DIM_APOLOGY, 1.0, "I'm sorry", 9, 0},
		{CX_LANG_EN, CX_DIM_APOLOGY, 1.0, "I am sorry", 10, 0},
	};
	const CxLexEntry ba[] = {ab[1], ab[0]};

	/* the phrase itself wins over the other's contraction variant */
	CHECK_STR(phrase_of(ab, 2, "I am sorry"), "I am sorry");
	CHECK_STR(phrase_of(ba, 2, "I am sorry"), "I am sorry");
	CHECK_STR(phrase_of(ab, 2, "I'm sorry"), "I'm sorry");
	CHECK_STR(phrase_of(ba, 2, "I'm sorry"), "I'm sorry");
}

UNIT_TEST(spanish_reply_scores)
{
	CxEmpathyDetail d = detail("Sentimos leer eso y queremos ayudarte", NULL, CX_LANG_AUTO);

	CHECK(d.emotional_reaction > 50 && d.ownership > 40 && d.score > 50);
	d = detail("Si entiendo bien, le cobraron dos veces.", NULL, CX_LANG_ES);
	CHECK(d.interpretation > 60);
}

UNIT_TEST(reply_against_customer_message)
{
	const char *cust = "I was charged twice for my subscription and I'm really frustrated. Why?";
	CxFeatures	c = feat(cust, CX_LANG_EN),
				r;
	double		nf,
				rf,
				ans;
	CxEmpathyDetail alone,
				ctx;

	CHECK((c.flags & CX_FEAT_ASKED) && (c.flags & CX_FEAT_PROBLEM));
	/* names the same feeling (another form of the word), takes up two words, answers */
	r = feat("You must be frustrating about being charged twice; the subscription renews monthly.",
			 CX_LANG_EN);
	cx_empathy_context(&r, &c, &nf, &rf, &ans);
	CHECK(nf == 1.0 && ans == 1.0);
	CHECK_NEAR(rf, 1.0, 1e-12);
	/* parroting: nearly all of the reply's words are the customer's */
	r = feat("charged twice subscription frustrated", CX_LANG_EN);
	cx_empathy_context(&r, &c, &nf, &rf, &ans);
	CHECK_NEAR(rf, 1.0 / 3.0, 1e-12);
	CHECK(ans == 1.0);
	/* a question answered with a question */
	r = feat("What do you mean?", CX_LANG_EN);
	cx_empathy_context(&r, &c, &nf, &rf, &ans);
	CHECK(ans == 0.0 && nf == 0.0);
	/* the customer asked nothing */
	c = feat("My parcel is late.", CX_LANG_EN);
	cx_empathy_context(&r, &c, &nf, &rf, &ans);
	CHECK(isnan(ans));
	/* the context raises interpretation and the score */
	alone = detail("Oh no, you must be frustrated.", NULL, CX_LANG_EN);
	ctx = detail("Oh no, you must be frustrated.", "I'm so frustrated with this", CX_LANG_EN);
	CHECK(ctx.interpretation > alone.interpretation && ctx.score > alone.score);
	CHECK(isnan(alone.reflection) && isnan(alone.names_feeling) && isnan(alone.answered));
	/* a feeling word inside anti-empathy names no feeling */
	ctx = detail("Calm down.", "I am so frustrated", CX_LANG_EN);
	CHECK(ctx.names_feeling == 0.0 && ctx.interpretation == 0.0);
	/* Spanish: the feeling named in another form */
	ctx = detail("Me imagino lo frustrante que es.", "Estoy muy frustrado", CX_LANG_ES);
	CHECK(ctx.names_feeling == 1.0);
}

UNIT_TEST(score_formula_bounds)
{
	CxFeatures	f;
	CxEmpathyDetail d;

	memset(&f, 0, sizeof(f));
	cx_empathy_detail(&f, NULL, &d);
	CHECK(d.score == 0.0 && d.elaboration == 0.0);
	f.emotion = f.interp = f.explore = f.ownership = 1e6f;
	f.words = UINT16_MAX;
	cx_empathy_detail(&f, NULL, &d);
	CHECK(d.score < 100.0 && d.score > 90.0);
	CHECK_NEAR(d.emotional_reaction, 100.0 * (1 - exp(-4.0 / 1.5)), 1e-9);
	f.anti = 1e6f;
	cx_empathy_detail(&f, NULL, &d);
	CHECK(d.score > -100.0 && d.score < 1.0);
	/* the formula, spelt out */
	memset(&f, 0, sizeof(f));
	f.emotion = 1.5f;
	f.words = 25;
	cx_empathy_detail(&f, NULL, &d);
	CHECK_NEAR(d.score, 100.0 * (1 - exp(-(CX_MECH_W_EMOTION * 100.0 * (1 - exp(-1.0)) +
										  CX_MECH_W_ELABORATION * 100.0 * (1 - exp(-1.0))) / 100.0)),
			   1e-9);
}

static CxConvMsg
msg(uint64_t conv, int64_t t_sec, int role, const char *text)
{
	static uint32_t seq;
	CxConvMsg	m;

	memset(&m, 0, sizeof(m));
	m.conv = conv;
	m.sent_at = t_sec * 1000000;
	m.seq = seq++;
	m.role = (uint8_t) role;
	m.has_body = 1;
	m.feat = feat(text, CX_LANG_AUTO);
	return m;
}

UNIT_TEST(conversation_components)
{
	const int64_t T = 120 * 1000000LL;
	CxConvMsg	c[6];
	double		lang,
				und,
				resp,
				lis;
	CxConvResult r;

	c[0] = msg(1, 0, CX_ROLE_CUSTOMER, "I was charged twice and I'm frustrated");
	c[1] = msg(1, 30, CX_ROLE_CUSTOMER, "please fix it");
	c[2] = msg(1, 60, CX_ROLE_AGENT, "Oh no, you must be frustrated. What happened when you paid?");
	c[3] = msg(1, 100, CX_ROLE_CUSTOMER, "I was charged twice again");
	c[4] = msg(1, 580, CX_ROLE_AGENT, "That is your fault.");
	cx_empathy_one_conversation(c, 5, T, &lang, &und, &resp, &lis);
	/* understanding is graded: a good reply to the first turn, blame to the second */
	CHECK(und > 20 && und < 60);
	CHECK_NEAR(resp, 100.0 * (1.0 + 0.25) / 2.0, 1e-9);
	CHECK(lang > 0 && lang < 100);
	/* listening: asked an open question in the first reply; talk share part graded */
	CHECK(lis > 50 && lis < 100);

	/* several conversations in any order, a lone agent message */
	c[0] = msg(2, 10, CX_ROLE_AGENT, "I understand.");
	c[1] = msg(2, 5, CX_ROLE_CUSTOMER, "hi there");
	c[2] = msg(3, 0, CX_ROLE_AGENT, "Hello");
	cx_empathy_conversations(c, 3, T, &r);
	CHECK(r.conversations == 2 && r.agent_messages == 2 && r.customer_messages == 1);
	CHECK(isnan(r.understanding));	/* nobody expressed a problem */
	CHECK_NEAR(r.responsiveness, 100.0, 1e-12);
	/* conv 3 has no customer: listening applies to conv 2 only, which asked nothing */
	CHECK(r.listening < 100.0);

	/* only agent messages: only language applies */
	c[0] = msg(5, 0, CX_ROLE_AGENT, "I understand.");
	c[1] = msg(5, 9, CX_ROLE_AGENT, "Anything else?");
	cx_empathy_one_conversation(c, 2, T, &lang, &und, &resp, &lis);
	CHECK(!isnan(lang) && isnan(und) && isnan(resp) && isnan(lis));

	/* only customer messages: no component applies */
	c[0] = msg(4, 0, CX_ROLE_CUSTOMER, "this is not working");
	cx_empathy_conversations(c, 1, T, &r);
	CHECK(isnan(r.language) && isnan(r.understanding) && isnan(r.responsiveness));
	CHECK(isnan(r.listening) && isnan(r.score));
	cx_empathy_conversations(c, 0, T, &r);
	CHECK(r.conversations == 0 && isnan(r.score));
}

UNIT_TEST(features_merge_and_stems)
{
	CxFeatures	a = feat("frustrated subscription charges", CX_LANG_EN),
				b = feat("frustrating subscriptions charged", CX_LANG_EN);

	/* forms of one word share a stem */
	CHECK(a.n_content == 3 && b.n_content == 3);
	CHECK(memcmp(a.content, b.content, sizeof(a.content)) == 0);
	CHECK(cx_empathy_stem_hash("frustracion", 11) == cx_empathy_stem_hash("frustrado", 9));
	cx_empathy_features_merge(&a, &b);
	CHECK(a.n_content == 3 && a.n_feel == 1);
	/* sets stay sorted and bounded */
	a = feat("alpha bravo charlie delta echoes foxtrot golfer hotel india juliet kilos limas "
			 "mikes novembers oscars papas", CX_LANG_EN);
	CHECK(a.n_content == CX_FEAT_WORDS);
	for (int k = 1; k < a.n_content; k++)
		CHECK(a.content[k - 1] < a.content[k]);
}

/*
 * The stemmer as its comment in empathy_words.c states it, written plainly:
 * the first suffix of the list (in its order) that leaves four letters is
 * cut, and the first six letters of the rest are hashed (FNV-1a; 0 -> 1).
 */
static uint32_t
stem_reference(const char *w, size_t len)
{
	static const char *const suffixes[] = {
		"aciones", "iciones", "amente", "mente", "ciones", "acion", "icion", "cion", "ation",
		"ition", "tion", "iendo", "ando", "ados", "adas", "idos", "idas", "ing", "ado", "ada",
		"ido", "ida", "ies", "ied", "ers", "es", "ed", "er", "ly", "s", "a", "o", "e", NULL
	};
	uint32_t	h = 2166136261u;

	for (const char *const *s = suffixes; *s; s++)
	{
		size_t		n = strlen(*s);

		if (len >= n + 4 && memcmp(w + len - n, *s, n) == 0)
		{
			len -= n;
			break;
		}
	}
	for (size_t i = 0; i < (len > 6 ? 6 : len); i++)
	{
		h ^= (unsigned char) w[i];
		h *= 16777619u;
	}
	return h ? h : 1;
}

UNIT_TEST(stems_as_specified)
{
	static const char *const parts[] = {
		"aciones", "iciones", "amente", "mente", "ciones", "acion", "icion", "cion", "ation",
		"ition", "tion", "iendo", "ando", "ados", "adas", "idos", "idas", "ing", "ado", "ada",
		"ido", "ida", "ies", "ied", "ers", "es", "ed", "er", "ly", "s", "a", "o", "e", "#", "z"
	};
	static const char letters[] = "acdeilmnorstgy#xz";
	unsigned	seed = 12345;
	int			bad = 0;

	/* a stem of 0 to 9 letters, then 0 to 2 of the suffixes' pieces; each word
	 * in a buffer of exactly its length, so that a read past it is caught */
	for (int k = 0; k < 300000; k++)
	{
		char		buf[64];
		size_t		len = 0;
		int			nstem,
					nparts;
		char	   *w;

		seed = seed * 1103515245u + 12345u;
		nstem = (int) ((seed >> 16) % 10);
		nparts = (int) ((seed >> 8) % 3);
		for (int i = 0; i < nstem; i++)
		{
			seed = seed * 1103515245u + 12345u;
			buf[len++] = letters[(seed >> 16) % (sizeof(letters) - 1)];
		}
		for (int i = 0; i < nparts; i++)
		{
			const char *p;

			seed = seed * 1103515245u + 12345u;
			p = parts[(seed >> 16) % (sizeof(parts) / sizeof(parts[0]))];
			memcpy(buf + len, p, strlen(p));
			len += strlen(p);
		}
		w = malloc(len ? len : 1);
		memcpy(w, buf, len);
		if (cx_empathy_stem_hash(w, len) != stem_reference(w, len))
			bad++;
		free(w);
	}
	CHECK(bad == 0);
}

int
main(void)
{
	size_t		skipped;

	matcher = cx_matcher_build(lex, NLEX, &skipped);
	CHECK(matcher != NULL && skipped == 0);
	RUN(normaliser_marks_sentences_and_questions);
	RUN(questions_from_syntax);
	RUN(exploration_weights);
	RUN(exploration_of_the_person);
	RUN(shared_experience);
	RUN(anti_empathy_in_context);
	RUN(contractions_either_way);
	RUN(ties_do_not_depend_on_order);
	RUN(spanish_reply_scores);
	RUN(reply_against_customer_message);
	RUN(score_formula_bounds);
	RUN(conversation_components);
	RUN(features_merge_and_stems);
	RUN(stems_as_specified);
	cx_matcher_free(matcher);
	return unit_report();
}
