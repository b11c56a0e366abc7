/*
 * Unit tests of src/core/spanish_forms.c: the vosotros form of a Spanish
 * lexicon pattern, written into buffers of exactly the room the header
 * promises (2 * plen + 2), so that a write past them is caught.
 */
#include <stdlib.h>

#include "unit.h"
#include "spanish_forms.h"

/* the variant of pat, or "" when there is none (a static buffer) */
static const char *
variant(const char *pat)
{
	static char res[1024];
	size_t		plen = strlen(pat);
	char	   *out = malloc(2 * plen + 2);
	size_t		n = cx_vosotros_variant(pat, plen, out);

	CHECK(n <= 2 * plen + 2 && n < sizeof(res));
	memcpy(res, out, n);
	res[n] = '\0';
	free(out);
	return res;
}

UNIT_TEST(preterite_and_perfect)
{
	CHECK_STR(variant(" me cobraron dos veces "), " me cobrasteis dos veces ");
	CHECK_STR(variant(" perdieron mi maleta "), " perdisteis mi maleta ");
	CHECK_STR(variant(" me dijeron que no "), " me dijisteis que no ");
	CHECK_STR(variant(" fueron muy amables "), " fuisteis muy amables ");
	CHECK_STR(variant(" me dieron largas "), " me disteis largas ");
	CHECK_STR(variant(" me han cobrado "), " me habeis cobrado ");
	CHECK_STR(variant(" les he llamado tres veces "), " os he llamado tres veces ");
	CHECK_STR(variant(" ustedes me cancelaron el vuelo "), " vosotros me cancelasteis el vuelo ");
	/* every word that changes, in one pattern */
	CHECK_STR(variant(" han perdido y no contestaron "), " habeis perdido y no contestasteis ");
}

UNIT_TEST(what_stays)
{
	/* no ustedes form: no variant */
	CHECK_STR(variant(" no funciona "), "");
	CHECK_STR(variant(" me cobro dos veces "), "");
	/* too short for a stem: names and nouns, not verbs */
	CHECK_STR(variant(" aaron "), "");
	CHECK_STR(variant(" varon "), "");
	CHECK_STR(variant(" aron "), "");
	/* a word that only contains the ending, or "han" inside a word */
	CHECK_STR(variant(" aronia "), "");
	CHECK_STR(variant(" hana "), "");
	/* not a pattern */
	CHECK(cx_vosotros_variant("han", 3, (char[8]) {0}) == 0);
	CHECK(cx_vosotros_variant(" ", 1, (char[8]) {0}) == 0);
}

UNIT_TEST(growth_bound)
{
	/* the longest growth per byte: "han" words back to back */
	char		pat[1 + 4 * 40 + 1];
	size_t		plen = 0;
	const char *v;

	pat[plen++] = ' ';
	for (int k = 0; k < 40; k++)
	{
		memcpy(pat + plen, "han ", 4);
		plen += 4;
	}
	pat[plen] = '\0';
	v = variant(pat);
	CHECK(strlen(v) == 1 + 7 * 40);
}

int
main(void)
{
	RUN(preterite_and_perfect);
	RUN(what_stays);
	RUN(growth_bound);
	return unit_report();
}
