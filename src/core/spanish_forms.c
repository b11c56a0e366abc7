/*
 * spanish_forms.c: see spanish_forms.h.
 */
#include "spanish_forms.h"

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

/* writes the vosotros form of the word w[0..n) at out; its length, or 0 if none */
static size_t
word_variant(const char *w, size_t n, char *out)
{
	for (int k = 0; words[k][0]; k++)
		if (strlen(words[k][0]) == n && memcmp(w, words[k][0], n) == 0)
		{
			size_t		m = strlen(words[k][1]);

			memcpy(out, words[k][1], m);
			return m;
		}
	for (int k = 0; endings[k].from; k++)
	{
		size_t		e = strlen(endings[k].from),
					t = strlen(endings[k].to);

		if (n >= e + endings[k].min_stem && memcmp(w + n - e, endings[k].from, e) == 0)
		{
			memcpy(out, w, n - e);
			memcpy(out + n - e, endings[k].to, t);
			return n - e + t;
		}
	}
	return 0;
}

size_t
cx_vosotros_variant(const char *pat, size_t plen, char *out)
{
	const char *p = pat,
			   *end = pat + plen;
	size_t		o = 0;
	int			changed = 0;

	/* the pattern starts with a separator; copy it and walk word by word */
	if (plen < 2 || pat[0] != ' ')
		return 0;
	out[o++] = ' ';
	p++;
	while (p < end)
	{
		const char *w = p;
		size_t		n,
					m;

		while (p < end && *p != ' ')
			p++;
		n = (size_t) (p - w);
		m = n > 0 ? word_variant(w, n, out + o) : 0;
		if (m > 0)
			changed = 1;
		else
		{
			memcpy(out + o, w, n);
			m = n;
		}
		o += m;
		if (p < end)
			out[o++] = *p++;	/* the space after the word */
	}
	return changed ? o : 0;
}
