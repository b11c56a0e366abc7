/*
 * spanish_forms.c: see spanish_forms.h.
 */
#include "spanish_forms.h"
#include "pattern_words.h"

#include <string.h>

/* whole words that change */
static const char *const words[][2] = {
	{"han", "habeis"}, {"les", "os"}, {"ustedes", "vosotros"}, {"fueron", "fuisteis"},
	{NULL, NULL}
};

/*
 * Endings of the preterite's third person plural and their second person
 * plural, tried in order; the word must keep a stem of at least min_stem
 * letters ("varon", "aaron" are no verbs).
 */
static const struct
{
	const char *from;
	const char *to;
	size_t		min_stem;
}			endings[] = {
	{"jeron", "jisteis", 1}, {"ieron", "isteis", 1}, {"aron", "asteis", 2}, {NULL, NULL, 0}
};

/*
 * The vosotros form of the word at p, written at out: its length, or 0 when
 * the word has none.
 */
static size_t
word_variant(const char *p, const char *end, char *out, size_t *used, void *arg)
{
	size_t		n = 0;

	while (p + n < end && p[n] != ' ')
		n++;
	*used = n;
	for (int k = 0; words[k][0]; k++)
		if (strlen(words[k][0]) == n && memcmp(p, words[k][0], n) == 0)
		{
			size_t		m = strlen(words[k][1]);

			memcpy(out, words[k][1], m);
			return m;
		}
	for (int k = 0; endings[k].from; k++)
	{
		size_t		e = strlen(endings[k].from),
					t = strlen(endings[k].to);

		if (n >= e + endings[k].min_stem && memcmp(p + n - e, endings[k].from, e) == 0)
		{
			memcpy(out, p, n - e);
			memcpy(out + n - e, endings[k].to, t);
			return n - e + t;
		}
	}
	return 0;
}

size_t
cx_vosotros_variant(const char *pat, size_t plen, char *out)
{
	return cx_pattern_rewrite(pat, plen, out, word_variant, NULL);
}
