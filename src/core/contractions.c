/*
 * contractions.c: see contractions.h.
 */
#include "contractions.h"

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

size_t
cx_contraction_variant(const char *pat, size_t plen, int expand, char *out)
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
		const char *rep = NULL;
		size_t		skip = 0;

		for (int k = 0; pairs[k][0]; k++)
		{
			const char *from = pairs[k][expand ? 0 : 1];

			if (word_at(p, end, from))
			{
				rep = pairs[k][expand ? 1 : 0];
				skip = strlen(from);
				break;
			}
		}
		if (rep)
		{
			size_t		n = strlen(rep);

			memcpy(out + o, rep, n);
			o += n;
			p += skip;
			changed = 1;
		}
		else
			while (p < end && *p != ' ')
				out[o++] = *p++;
		if (p < end)
			out[o++] = *p++;	/* the space after the word */
	}
	return changed ? o : 0;
}
