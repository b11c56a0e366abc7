/*
 * contractions.c: see contractions.h.
 */
#include "contractions.h"
#include "pattern_words.h"

#include <string.h>

/* contracted form (apostrophe dropped, as the normaliser does) and spelt out */
static const char *const pairs[][2] = {
	{"im", "i am"}, {"ive", "i have"}, {"ill", "i will"}, {"youre", "you are"},
	{"youve", "you have"}, {"youll", "you will"}, {"youd", "you would"},
	{"dont", "do not"}, {"doesnt", "does not"}, {"didnt", "did not"}, {"cant", "cannot"},
	{"wont", "will not"}, {"isnt", "is not"}, {"arent", "are not"}, {"wasnt", "was not"},
	{"werent", "were not"}, {"havent", "have not"}, {"hasnt", "has not"},
	{"hadnt", "had not"}, {"shouldnt", "should not"}, {"wouldnt", "would not"},
	{"couldnt", "could not"}, {"thats", "that is"}, {"theres", "there is"},
	{"whats", "what is"}, {"hes", "he is"}, {"shes", "she is"}, {"theyre", "they are"},
	{"weve", "we have"}, {"its", "it is"}, {"ive", "i have"},
	{NULL, NULL}
};

/* does s[0..) start with word w followed by a space */
static int
word_at(const char *s, const char *end, const char *w)
{
	size_t		n = strlen(w);

	return (size_t) (end - s) > n && memcmp(s, w, n) == 0 && s[n] == ' ';
}

/* the contraction (or spelt-out pair) that starts at p, if any */
static size_t
contraction_at(const char *p, const char *end, char *out, size_t *used, void *arg)
{
	int			expand = *(const int *) arg;

	for (int k = 0; pairs[k][0]; k++)
	{
		const char *from = pairs[k][expand ? 0 : 1];

		if (word_at(p, end, from))
		{
			const char *rep = pairs[k][expand ? 1 : 0];
			size_t		n = strlen(rep);

			memcpy(out, rep, n);
			*used = strlen(from);
			return n;
		}
	}
	return 0;
}

size_t
cx_contraction_variant(const char *pat, size_t plen, int expand, char *out)
{
	return cx_pattern_rewrite(pat, plen, out, contraction_at, &expand);
}
