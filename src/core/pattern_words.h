/*
 * pattern_words.h: a lexicon pattern (" w1 w2 ... ", one space between
 * words and at both ends) rewritten word by word, for the variants the
 * matcher compiles beside it (English contractions, contractions.c; Spain's
 * vosotros, spanish_forms.c).  Internal to src/core.
 */
#ifndef CX_CORE_PATTERN_WORDS_H
#define CX_CORE_PATTERN_WORDS_H

#include <stddef.h>

/*
 * At p, the start of a word (pat's end at end): write the replacement at
 * out and return its length, with *used the bytes of the pattern it
 * replaces (one word or more, without the space after the last); or return
 * 0 to keep the word.
 */
typedef size_t (*CxPatternRewrite) (const char *p, const char *end, char *out, size_t *used,
									void *arg);

/*
 * Writes pat rewritten by fn into out and returns its length, or 0 when no
 * word changed (or pat is no pattern).  out needs room for what fn may
 * write: each variant's header says how much.
 */
static inline size_t
cx_pattern_rewrite(const char *pat, size_t plen, char *out, CxPatternRewrite fn, void *arg)
{
	const char *p = pat,
			   *end = pat + plen;
	size_t		o = 0;
	int			changed = 0;

	if (plen < 2 || pat[0] != ' ')
		return 0;
	out[o++] = ' ';
	p++;
	while (p < end)
	{
		size_t		used = 0,
					n = fn(p, end, out + o, &used, arg);

		if (n > 0)
		{
			o += n;
			p += used;
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

#endif
