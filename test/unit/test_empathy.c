/* Unit tests of src/core/textnorm.c and src/core/empathy_core.c */
#include <stdlib.h>

#include "unit.h"
#include "empathy_core.h"
#include "textnorm.h"

static char normbuf[4096];

static const char *
norm(const char *s)
{
	size_t		n = cx_textnorm((const unsigned char *) s, strlen(s), normbuf, NULL, NULL, NULL);

	normbuf[n] = '\0';
	return normbuf;
}

UNIT_TEST(normalises_case_accents_punctuation)
{
	CHECK_STR(norm(""), " ");
	CHECK_STR(norm("   "), " ");
	CHECK_STR(norm("Hola"), " hola ");
	CHECK_STR(norm("¡Lamentó  MUCHO\n\nlas molestias!!"), "|lamento mucho.las molestias.");
	CHECK_STR(norm("rápido, RÁPIDO; rapido"), " rapido|rapido|rapido ");
	CHECK_STR(norm("Ñandú ÇA Œuvre straße"), " nandu ca oeuvre strasse ");
	CHECK_STR(norm("I'm sorry — don’t worry 😊 ok"), " im sorry|dont worry ok ");
	CHECK_STR(norm("e\xcc\x81t\xc3\xa9"), " ete ");	/* decomposed and composed é */
	CHECK_STR(norm("👍🏽 thanks 🙏"), " thanks ");
	CHECK_STR(norm("tab\tand-dash_under"), " tab and dash under ");
	CHECK_STR(norm("mañana 中文 ok"), " manana ## ok ");
	/* not UTF-8: read as Latin-1 */
	CHECK_STR(norm("caf\xe9 \xc9T\xc9"), " cafe ete ");
	CHECK_STR(norm("\xff\xfe"), " yt ");	/* one byte, one letter: þ -> t */
	/* truncated UTF-8 sequence at the end */
	CHECK_STR(norm("ab\xc3"), " aba ");
}

UNIT_TEST(normaliser_invisible_separators_fullwidth_ligatures)
{
	uint32_t	off[64],
				end[64];
	size_t		n;

	/* zero-width space, non-joiner, joiner, word joiner, BOM keep words apart */
	CHECK_STR(norm("lo\u200Dsiento"), " lo siento ");
	CHECK_STR(norm("lo\u200Bsiento\u200Cmucho\u2060ya\uFEFFok"), " lo siento mucho ya ok ");
	CHECK_STR(norm("\uFEFFhola"), " hola ");
	CHECK_STR(norm("hola \u200D\u200D, ok"), " hola|ok ");
	/* an emoji joined by ZWJ is still one separator run */
	CHECK_STR(norm("ok 👨\u200D👩\u200D👧 ya"), " ok ya ");
	/* fullwidth ASCII is ASCII: letters, digits, punctuation, apostrophe */
	CHECK_STR(norm("ｌｏ ｓｉｅｎｔｏ"), " lo siento ");
	CHECK_STR(norm("ＬＯ　ＳＩＥＮＴＯ！ｏｋ"), " lo siento.ok ");
	CHECK_STR(norm("Ｉ＇ｍ ｓｏｒｒｙ，ｂｕｔ ４２"), " im sorry|but 42 ");
	CHECK_STR(norm("ｘ＄ｙ"), " x y ");
	/* ligatures spelt out */
	CHECK_STR(norm("\uFB00\uFB01\uFB02 \uFB03\uFB04 \uFB05\uFB06"), " fffifl ffiffl stst ");
	CHECK_STR(norm("Let me \uFB01x it"), " let me fix it ");
	/* fullwidth question marks count as questions */
	{
		CxNormInfo	info;

		cx_textnorm((const unsigned char *) "ｏｋ？", strlen("ｏｋ？"), normbuf, NULL, NULL, &info);
		CHECK(info.n_questions == 1 && info.n_words == 1);
		cx_textnorm((const unsigned char *) "lo\u200Dsiento", strlen("lo\u200Dsiento"), normbuf, NULL, NULL, &info);
		CHECK(info.n_words == 2);
	}
	/* offsets point into the original bytes */
	n = cx_textnorm((const unsigned char *) "ｌｏ\u200D\uFB01n", 13, normbuf, off, end, NULL);
	normbuf[n] = '\0';
	CHECK_STR(normbuf, " lo fin ");
	CHECK(off[1] == 0 && end[1] == 3 && off[2] == 3 && end[2] == 6);	/* ｌ ｏ */
	CHECK(off[3] == 6 && end[3] == 9);	/* the joiner is the separator */
	CHECK(off[4] == 9 && end[4] == 12 && off[5] == 9 && end[5] == 12);	/* ﬁ -> f i */
	CHECK(off[6] == 12 && end[6] == 13);
}

UNIT_TEST(normaliser_offsets_and_info)
{
	const char *s = "¿Qué tal? Bien";
	uint32_t	off[64],
				end[64];
	CxNormInfo	info;
	size_t		n = cx_textnorm((const unsigned char *) s, strlen(s), normbuf, off, end, &info);

	normbuf[n] = '\0';
	CHECK_STR(normbuf, ";que tal?bien ");
	CHECK(info.n_words == 3);
	CHECK(info.n_questions == 1);
	CHECK(off[1] == 2 && end[1] == 3);	/* 'q' after the two bytes of ¿ */
	CHECK(off[3] == 4 && end[3] == 6);	/* 'e' from é */
	CHECK(off[9] == 12 && end[12] == 16);	/* "bien" */
	n = cx_textnorm((const unsigned char *) "¿vale", 6, normbuf, NULL, NULL, &info);
	CHECK(info.n_questions == 1);	/* only the opening mark */
}

static const CxLexEntry lex[] = {
	{CX_LANG_ES, CX_DIM_APOLOGY, 1.5, "lamento mucho las molestias", 27, 0},
	{CX_LANG_ES, CX_DIM_APOLOGY, 1.0, "lo siento", 9, 0},
	{CX_LANG_ES, CX_DIM_ACK, 1.0, "entiendo", 8, 0},
	{CX_LANG_ES, CX_DIM_ACK, 1.5, "no es culpa suya", 16, 0},
	{CX_LANG_ES, CX_DIM_ANTI, 2.5, "es culpa suya", 13, 0},
	{CX_LANG_ES, CX_DIM_ANTI, 2.0, "como ya le dije", 15, 0},
	{CX_LANG_EN, CX_DIM_APOLOGY, 1.5, "I'm so sorry", 12, 0},
	{CX_LANG_EN, CX_DIM_APOLOGY, 1.0, "I'm sorry", 9, 0},
	{CX_LANG_EN, CX_DIM_ANTI, 2.0, "sorry you feel that way", 23, 0},
	{CX_LANG_EN, CX_DIM_ACK, 0.8, "I understand", 12, 0},
	{CX_LANG_EN, CX_DIM_ACK, 1.2, "how frustrating", 15, 0},
	{CX_LANG_EN, CX_DIM_ACK, 1.5, "I understand how frustrating this is", 36, 0},
	{CX_LANG_EN, CX_DIM_OWNERSHIP, 2.0, "I'll stay on this until it's fixed", 34, 0},
	{CX_LANG_EN, CX_DIM_EXPLORATION, 1.5, "could you tell me more about", 28, 0},
	{CX_LANG_EN, CX_DIM_COMPLAINT, 1.0, "not working", 11, 0},
	{CX_LANG_EN, CX_DIM_APOLOGY, 0.5, "IM  SORRY!", 10, 0},	/* duplicate after normalising: lower weight loses */
	{CX_LANG_EN, CX_DIM_ACK, 1.0, "😊", 4, 0},	/* unusable: skipped */
	{CX_LANG_EN, CX_DIM_ACK, 1.0, "понимаю", 14, 0},	/* unusable: skipped */
	{CX_LANG_EN, CX_DIM_ACK, 9.0, "way too heavy", 13, 0},	/* weight out of range: skipped */
};
#define NLEX (sizeof(lex) / sizeof(lex[0]))

static CxMatcher *matcher;

typedef struct Seen
{
	int			n;
	CxMatch		m[16];
} Seen;

static void
seen_cb(void *arg, const CxMatch *m)
{
	Seen	   *s = arg;

	if (s->n < 16)
		s->m[s->n] = *m;
	s->n++;
}

static CxMsgResult
analyse(const char *text, int lang, Seen *seen)
{
	static char buf[4096];
	CxNormInfo	info;
	CxMsgResult r;
	size_t		n = cx_textnorm((const unsigned char *) text, strlen(text), buf, NULL, NULL, &info);

	if (seen)
		memset(seen, 0, sizeof(*seen));
	cx_empathy_analyse(matcher, buf, n, &info, lang, &r, seen ? seen_cb : NULL, seen);
	return r;
}

UNIT_TEST(builds_and_skips_unusable_phrases)
{
	size_t		skipped = 0;

	CHECK(cx_phrase_check("lo siento", 9) == NULL);
	CHECK(cx_phrase_check("  ", 2) != NULL);
	CHECK(cx_phrase_check("...!", 4) != NULL);
	CHECK(cx_phrase_check("понимаю", 14) != NULL);
	matcher = cx_matcher_build(lex, NLEX, &skipped);
	CHECK(matcher != NULL);
	CHECK(skipped == 3);
	CHECK(cx_matcher_npatterns(matcher) == NLEX - 3 - 1);	/* one duplicate merged */
	CHECK(cx_lang_from_name("es") == CX_LANG_ES && cx_lang_from_name("fr") == -1);
	CHECK(cx_dim_from_name("anti_empathy") == CX_DIM_ANTI && cx_dim_from_name("x") == -1);
}

UNIT_TEST(matches_whole_words_through_noise)
{
	Seen		s;
	CxMsgResult r;

	r = analyse("¡LAMENTÓ   mucho,\nlas molestias! 😩", CX_LANG_AUTO, &s);
	CHECK(r.lang == CX_LANG_ES);
	CHECK(r.dim_n[CX_DIM_APOLOGY] == 1);
	CHECK_NEAR(r.dim_sum[CX_DIM_APOLOGY], 1.5, 1e-12);
	/* whole words only: "entiendolo" is not "entiendo" */
	r = analyse("entiendolo", CX_LANG_ES, NULL);
	CHECK(r.dim_n[CX_DIM_ACK] == 0);
	r = analyse("lo entiendo", CX_LANG_ES, NULL);
	CHECK(r.dim_n[CX_DIM_ACK] == 1);
	/* the duplicate kept the higher weight */
	r = analyse("im sorry", CX_LANG_EN, NULL);
	CHECK_NEAR(r.dim_sum[CX_DIM_APOLOGY], 1.0, 1e-12);
}

UNIT_TEST(overlaps_and_non_apologies)
{
	Seen		s;
	CxMsgResult r;

	/* the longer match at the same place wins */
	r = analyse("I'm so sorry.", CX_LANG_EN, &s);
	CHECK(s.n == 1 && r.dim_n[CX_DIM_APOLOGY] == 1);
	CHECK_NEAR(r.dim_sum[CX_DIM_APOLOGY], 1.5, 1e-12);
	/* a non-apology overrides the apology it overlaps */
	r = analyse("I'm so sorry you feel that way", CX_LANG_EN, &s);
	CHECK(r.dim_n[CX_DIM_APOLOGY] == 0 && r.dim_n[CX_DIM_ANTI] == 1);
	CHECK(s.n == 1 && s.m[0].dim == CX_DIM_ANTI);
	/* ... but not one it is contained in: "no es culpa suya" is acknowledgement */
	r = analyse("No es culpa suya, tranquilo", CX_LANG_ES, &s);
	CHECK(r.dim_n[CX_DIM_ACK] == 1 && r.dim_n[CX_DIM_ANTI] == 0);
	r = analyse("Es culpa suya", CX_LANG_ES, NULL);
	CHECK(r.dim_n[CX_DIM_ANTI] == 1);
	/* a longer match covers two shorter ones that came before it, not only the last */
	r = analyse("I understand how frustrating", CX_LANG_EN, &s);
	CHECK(r.dim_n[CX_DIM_ACK] == 2 && s.n == 2);
	r = analyse("Sorry. I understand how frustrating this is!", CX_LANG_EN, &s);
	CHECK(r.dim_n[CX_DIM_ACK] == 1 && s.n == 1);
	CHECK_NEAR(r.dim_sum[CX_DIM_ACK], 1.5, 1e-12);
	/* adjacent matches both count */
	r = analyse("lo siento entiendo", CX_LANG_ES, NULL);
	CHECK(r.dim_n[CX_DIM_APOLOGY] == 1 && r.dim_n[CX_DIM_ACK] == 1);
}

UNIT_TEST(negation)
{
	Seen		s;
	CxMsgResult r;

	r = analyse("No entiendo por qué", CX_LANG_ES, &s);
	CHECK(r.dim_n[CX_DIM_ACK] == 0 && r.n_negated == 1 && s.n == 1 && s.m[0].negated);
	r = analyse("no lo entiendo", CX_LANG_ES, NULL);
	CHECK(r.dim_n[CX_DIM_ACK] == 0 && r.n_negated == 1);
	/* three words back at most */
	r = analyse("no a b c entiendo", CX_LANG_ES, NULL);
	CHECK(r.dim_n[CX_DIM_ACK] == 1);
	/* a clause break stops the negation */
	r = analyse("No, entiendo", CX_LANG_ES, NULL);
	CHECK(r.dim_n[CX_DIM_ACK] == 1);
	r = analyse("I don't really I understand", CX_LANG_EN, NULL);
	CHECK(r.dim_n[CX_DIM_ACK] == 0);
	r = analyse("I am not I'm sorry", CX_LANG_EN, NULL);
	CHECK(r.dim_n[CX_DIM_APOLOGY] == 0 && r.n_negated == 1);
	/* a negator inside an expression matched before it does not negate the next one */
	r = analyse("not working I'm sorry", CX_LANG_EN, NULL);
	CHECK(r.dim_n[CX_DIM_COMPLAINT] == 1 && r.dim_n[CX_DIM_APOLOGY] == 1 && r.n_negated == 0);
	/* ... but a negator after that expression still does */
	r = analyse("not working not I'm sorry", CX_LANG_EN, NULL);
	CHECK(r.dim_n[CX_DIM_COMPLAINT] == 1 && r.dim_n[CX_DIM_APOLOGY] == 0 && r.n_negated == 1);
	r = analyse("no es culpa suya no lo siento", CX_LANG_ES, NULL);
	CHECK(r.dim_n[CX_DIM_ACK] == 1 && r.dim_n[CX_DIM_APOLOGY] == 0 && r.n_negated == 1);
}

UNIT_TEST(language_detection)
{
	CxMsgResult r;

	CHECK(analyse("Hola, gracias por escribirnos, lo revisamos", CX_LANG_AUTO, NULL).lang == CX_LANG_ES);
	CHECK(analyse("Thank you for your message, we will check it", CX_LANG_AUTO, NULL).lang == CX_LANG_EN);
	/* no function words: the language whose phrases matched */
	CHECK(analyse("lamento mucho las molestias", CX_LANG_AUTO, NULL).lang == CX_LANG_ES);
	/* forced language: other language's phrases do not count */
	r = analyse("I'm sorry", CX_LANG_ES, NULL);
	CHECK(r.lang == CX_LANG_ES && r.dim_n[CX_DIM_APOLOGY] == 0 && cx_empathy_score_from_sums(r.dim_sum) == 0.0);
	CHECK(analyse("", CX_LANG_AUTO, NULL).lang == CX_LANG_EN);
	/* Spanish "he" / "has" + participle is haber, not English */
	CHECK(analyse("He revisado su caso", CX_LANG_AUTO, NULL).lang == CX_LANG_ES);
	CHECK(analyse("Le he enviado el enlace", CX_LANG_AUTO, NULL).lang == CX_LANG_ES);
	CHECK(analyse("Ya lo he hecho", CX_LANG_AUTO, NULL).lang == CX_LANG_ES);
	CHECK(analyse("¿Has probado?", CX_LANG_AUTO, NULL).lang == CX_LANG_ES);
	r = analyse("Lo siento, he revisado", CX_LANG_AUTO, NULL);
	CHECK(r.lang == CX_LANG_ES && r.dim_n[CX_DIM_APOLOGY] == 1);
	/* ... and English "he" / "has" still English */
	CHECK(analyse("He said it has been fixed", CX_LANG_AUTO, NULL).lang == CX_LANG_EN);
	CHECK(analyse("he", CX_LANG_AUTO, NULL).lang == CX_LANG_EN);
	/* a clause mark between: not a participle */
	CHECK(analyse("he. revisado", CX_LANG_AUTO, NULL).lang == CX_LANG_EN);
	/* mixed: the function words decide, "he" + participle among them */
	CHECK(analyse("I'm sorry, he revisado su pedido", CX_LANG_AUTO, NULL).lang == CX_LANG_ES);
	CHECK(analyse("Lo siento, I have checked the order and it is fine", CX_LANG_AUTO, NULL).lang == CX_LANG_EN);
	/*
	 * a full tie: one function word each ("y", "not") and matched weight 1.0
	 * each (es "entiendo", en complaint "not working"): the reading nearer 0
	 * (en: a complaint does not score) is taken, not a fixed language
	 */
	r = analyse("y entiendo, not working", CX_LANG_AUTO, NULL);
	CHECK(r.lang == CX_LANG_EN && cx_empathy_score_from_sums(r.dim_sum) == 0.0);
	r = analyse("y entiendo, not working", CX_LANG_ES, NULL);
	CHECK(cx_empathy_score_from_sums(r.dim_sum) > 0);
	/* more weight is evidence: es 1.0 < en 1.2 */
	CHECK(analyse("entiendo how frustrating", CX_LANG_AUTO, NULL).lang == CX_LANG_EN);
}

UNIT_TEST(score_formula)
{
	double		s[CX_NDIM] = {0, 0, 0, 0, 0, 0};
	CxMsgResult r;

	CHECK_NEAR(cx_empathy_score_from_sums(s), 0.0, 1e-12);
	s[CX_DIM_APOLOGY] = 2.0;
	CHECK_NEAR(cx_empathy_score_from_sums(s), 100.0 * (1 - exp(-1.0)), 1e-9);
	s[CX_DIM_APOLOGY] = 10.0;	/* capped at 3 */
	CHECK_NEAR(cx_empathy_score_from_sums(s), 100.0 * (1 - exp(-1.5)), 1e-9);
	s[CX_DIM_ACK] = 1.0;
	s[CX_DIM_ANTI] = 2.0;
	CHECK_NEAR(cx_empathy_score_from_sums(s), 100.0 * ((1 - exp(-2.0)) - (1 - exp(-1.0))), 1e-9);
	s[CX_DIM_ANTI] = 100.0;	/* capped at 12 */
	CHECK_NEAR(cx_empathy_score_from_sums(s), 100.0 * ((1 - exp(-2.0)) - (1 - exp(-6.0))), 1e-9);
	s[CX_DIM_ANTI] = 2.0;
	s[CX_DIM_COMPLAINT] = 3.0;	/* ignored by the message score */
	CHECK_NEAR(cx_empathy_score_from_sums(s), 100.0 * ((1 - exp(-2.0)) - (1 - exp(-1.0))), 1e-9);
	r = analyse("I'm so sorry. I'll stay on this until it's fixed.", CX_LANG_AUTO, NULL);
	CHECK_NEAR(cx_empathy_score_from_sums(r.dim_sum), 100.0 * (1 - exp(-(1.5 + 2.0) / 2)), 1e-9);
	r = analyse("As I said: I'm sorry you feel that way", CX_LANG_EN, NULL);
	CHECK_NEAR(cx_empathy_score_from_sums(r.dim_sum), -100.0 * (1 - exp(-1.0)), 1e-9);
	/* no lexicon at all */
	{
		CxNormInfo	info;
		size_t		n = cx_textnorm((const unsigned char *) "hola", 4, normbuf, NULL, NULL, &info);

		cx_empathy_analyse(NULL, normbuf, n, &info, CX_LANG_AUTO, &r, NULL, NULL);
		CHECK(cx_empathy_score_from_sums(r.dim_sum) == 0.0 && r.n_words == 1);
	}
}

/* the one-pass analysis gives exactly what normalise + analyse give */
UNIT_TEST(one_pass_equals_two_passes)
{
	static const char *const pieces[] = {
		"lo siento", "I'm so sorry", " ", ", ", "no ", "¡", "😩", "LAMENTÓ", " mucho las molestias",
		"entiendo", "sorry you feel that way", "\n", "caf\xe9", "\xff", "?", "es culpa suya", "zq"
	};
	unsigned	seed = 12345;

	for (int round = 0; round < 3000; round++)
	{
		char		text[512],
					a[600],
					b[600];
		size_t		tl = 0,
					na,
					nb;
		int			k = 1 + (int) (seed % 12);
		CxNormInfo	info;
		CxMsgResult r1,
					r2;
		int			lang = (int) (seed % 3) - 1;

		for (int j = 0; j < k; j++)
		{
			const char *p;

			seed = seed * 1103515245u + 12345u;
			p = pieces[(seed >> 8) % (sizeof(pieces) / sizeof(pieces[0]))];
			if (tl + strlen(p) >= sizeof(text))
				break;
			memcpy(text + tl, p, strlen(p));
			tl += strlen(p);
		}
		na = cx_textnorm((const unsigned char *) text, tl, a, NULL, NULL, &info);
		cx_empathy_analyse(matcher, a, na, &info, lang, &r1, NULL, NULL);
		nb = cx_empathy_analyse_text(matcher, (const unsigned char *) text, tl, b, lang, &r2);
		CHECK(na == nb && memcmp(a, b, na) == 0);
		CHECK(r1.lang == r2.lang && cx_empathy_score_from_sums(r1.dim_sum) == cx_empathy_score_from_sums(r2.dim_sum) && r1.n_negated == r2.n_negated &&
			  r1.n_words == r2.n_words && r1.n_questions == r2.n_questions &&
			  memcmp(r1.dim_sum, r2.dim_sum, sizeof(r1.dim_sum)) == 0 &&
			  memcmp(r1.dim_n, r2.dim_n, sizeof(r1.dim_n)) == 0);
		/* and without a lexicon */
		nb = cx_empathy_analyse_text(NULL, (const unsigned char *) text, tl, b, lang, &r2);
		CHECK(na == nb && cx_empathy_score_from_sums(r2.dim_sum) == 0.0);
	}
}

UNIT_TEST(big_text)
{
	size_t		n = 8 * 1024 * 1024;
	char	   *t = malloc(n),
			   *o = malloc(n + 2);
	CxNormInfo	info;
	CxMsgResult r;
	size_t		len;

	for (size_t i = 0; i < n; i++)
		t[i] = "lo siento "[i % 10];
	len = cx_textnorm((const unsigned char *) t, n, o, NULL, NULL, &info);
	CHECK(len <= n + 2);
	cx_empathy_analyse(matcher, o, len, &info, CX_LANG_ES, &r, NULL, NULL);
	CHECK(r.dim_n[CX_DIM_APOLOGY] == (int) (n / 10));
	CHECK(cx_empathy_score_from_sums(r.dim_sum) > 0 && cx_empathy_score_from_sums(r.dim_sum) < 100);
	free(t);
	free(o);
}

int
main(void)
{
	RUN(normalises_case_accents_punctuation);
	RUN(normaliser_offsets_and_info);
	RUN(normaliser_invisible_separators_fullwidth_ligatures);
	RUN(builds_and_skips_unusable_phrases);
	RUN(matches_whole_words_through_noise);
	RUN(overlaps_and_non_apologies);
	RUN(negation);
	RUN(language_detection);
	RUN(score_formula);
	RUN(one_pass_equals_two_passes);
	RUN(big_text);
	cx_matcher_free(matcher);
	return unit_report();
}
