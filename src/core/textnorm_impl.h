/*
 * textnorm_impl.h: the normaliser's code, shared by textnorm.c (cx_textnorm)
 * and empathy_core.c (normalising and matching in one pass).  Internal to
 * src/core; see textnorm.h for what the normaliser does.
 */
#ifndef CX_CORE_TEXTNORM_IMPL_H
#define CX_CORE_TEXTNORM_IMPL_H

#include <string.h>

#include "textnorm.h"

/* what a character becomes */
enum
{
	K_SEP = 0,					/* plain separator */
	K_CLAUSE,					/* clause punctuation: separator '|' */
	K_SENT,						/* end of a sentence: separator '.' */
	K_QOPEN,					/* Spanish opening question mark: separator ';' */
	K_QUEST,					/* question mark: separator '?' */
	K_SKIP,						/* vanishes */
	K_WORD,						/* word characters given by the fold string */
	K_OTHER						/* letter of another script: '#' */
};

/* ASCII: lowercase letters and digits are word characters */
static int
ascii_kind(unsigned char c)
{
	if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
		return K_WORD;
	switch (c)
	{
		case '.':
		case '!':
		case '\n':
		case '\r':
			return K_SENT;
		case '?':
			return K_QUEST;
		case ',':
		case ';':
		case ':':
		case '(':
		case ')':
		case '[':
		case ']':
		case '{':
		case '}':
			return K_CLAUSE;
		case '\'':
		case '`':
			return K_SKIP;
		default:
			return K_SEP;
	}
}

/* U+00C0 .. U+00FF folded to ASCII ("" = separator) */
static const char *const latin1_fold[64] = {
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y"
};

/* U+0100 .. U+017F (Latin Extended-A) folded to ASCII */
static const char *const latin_ext_a_fold[128] = {
	/* 0100 */ "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
	/* 0110 */ "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
	/* 0120 */ "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
	/* 0130 */ "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
	/* 0140 */ "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
	/* 0150 */ "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
	/* 0160 */ "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
	/* 0170 */ "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s"
};

/*
 * Classify a code point >= 0x80; for K_WORD, *fold receives the ASCII text.
 */
static int
cp_kind(uint32_t cp, const char **fold)
{
	if (cp < 0xA0)
		return K_SEP;			/* C1 controls */
	if (cp < 0xC0)
	{
		switch (cp)
		{
			case 0xA1:			/* ¡ */
				return K_CLAUSE;
			case 0xBF:			/* ¿: a question starts, a sentence ends */
				return K_QOPEN;
			case 0xAD:			/* soft hyphen */
				return K_SKIP;
			case 0xAA:			/* ª */
				*fold = "a";
				return K_WORD;
			case 0xBA:			/* º */
				*fold = "o";
				return K_WORD;
			default:
				return K_SEP;
		}
	}
	if (cp < 0x100)
	{
		*fold = latin1_fold[cp - 0xC0];
		return (*fold)[0] ? K_WORD : K_SEP;
	}
	if (cp < 0x180)
	{
		*fold = latin_ext_a_fold[cp - 0x100];
		return K_WORD;
	}
	if (cp >= 0x300 && cp < 0x370)
		return K_SKIP;			/* combining diacritical marks */
	if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032 || cp == 0x02BC ||
		(cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) ||
		(cp >= 0x1F3FB && cp <= 0x1F3FF))
		return K_SKIP;			/* apostrophes, variation selectors, skin tones */

	/*
	 * Zero-width space, non-joiner, joiner, word joiner and BOM: invisible,
	 * but a text that holds one between two words ("lo" U+200D "siento",
	 * pasted from a chat app) shows two words, so they separate like a space.
	 */
	if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF)
		return K_SEP;
	if (cp >= 0xFB00 && cp <= 0xFB06)
	{
		/* Latin ligatures: ff fi fl ffi ffl, long s + t, s + t */
		static const char *const lig[7] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

		*fold = lig[cp - 0xFB00];
		return K_WORD;
	}
	if (cp == 0x2026 || cp == 0x2028 || cp == 0x2029 || cp == 0x3002 || cp == 0xFF61)
		return K_SENT;			/* … line/paragraph separators, ideographic full stops */
	if (cp == 0x2013 || cp == 0x2014 || cp == 0x3001 || cp == 0xFF64)
		return K_CLAUSE;		/* – — ideographic commas */
	if ((cp >= 0x2000 && cp <= 0x2BFF) ||	/* punctuation, symbols, arrows, dingbats */
		(cp >= 0x3000 && cp <= 0x303F) ||	/* CJK punctuation */
		(cp >= 0xE000 && cp <= 0xF8FF) ||	/* private use */
		(cp >= 0xFF00 && cp <= 0xFF65) ||	/* fullwidth and halfwidth punctuation */
		(cp >= 0x1F000 && cp <= 0x1FAFF) ||	/* emoji and pictographs */
		(cp >= 0xD800 && cp <= 0xDFFF) ||
		cp == 0xFFFD || cp > 0x10FFFF)
		return K_SEP;
	return K_OTHER;
}

/*
 * Decode one UTF-8 character at in[i]; returns its length (>= 1) and sets
 * *cp.  Invalid or truncated sequences decode as one Latin-1 byte.
 */
static size_t
utf8_decode(const unsigned char *in, size_t len, size_t i, uint32_t *cp)
{
	unsigned char b = in[i];
	size_t		n;
	uint32_t	v,
				min;

	if (b < 0xC2 || b > 0xF4)
		goto latin1;
	if (b < 0xE0)
	{
		n = 2;
		v = b & 0x1F;
		min = 0x80;
	}
	else if (b < 0xF0)
	{
		n = 3;
		v = b & 0x0F;
		min = 0x800;
	}
	else
	{
		n = 4;
		v = b & 0x07;
		min = 0x10000;
	}
	if (len - i < n)
		goto latin1;
	for (size_t k = 1; k < n; k++)
	{
		if ((in[i + k] & 0xC0) != 0x80)
			goto latin1;
		v = (v << 6) | (in[i + k] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		goto latin1;
	*cp = v;
	return n;

latin1:
	*cp = b;
	return 1;
}

/* ASCII lookup: kind and, for word characters, the lowercase letter */
static unsigned char ascii_kind_tab[128];
static char ascii_lower_tab[128];
static char ascii_fold_str[128][2];
static const char *ascii_fold_tab[128];	/* the lowercase letter as a string */
static int	ascii_ready;

static void
init_ascii(void)
{
	for (int c = 0; c < 128; c++)
	{
		ascii_kind_tab[c] = (unsigned char) ascii_kind((unsigned char) c);
		ascii_lower_tab[c] = (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : (char) c;
		ascii_fold_str[c][0] = ascii_lower_tab[c];
		ascii_fold_str[c][1] = '\0';
		ascii_fold_tab[c] = ascii_fold_str[c];
	}
	ascii_ready = 1;
}

/*
 * A run of separators is written as one byte, the strongest of the run:
 * '?' (a question ends) over ';' (a Spanish question opens with '¿') over
 * '.' (a sentence ends) over '|' (a clause ends) over ' '.  The matcher reads all four alike; the sentence analysis of the
 * empathy mechanisms reads the difference.
 */
static const char sep_char[K_QUEST + 1] = {' ', '|', '.', ';', '?'};

static inline int
sep_rank(char c)
{
	return c == '?' ? 4 : c == ';' ? 3 : c == '.' ? 2 : c == '|' ? 1 : 0;
}

/*
 * The normaliser's loop.  After writing each byte out[o], it calls the hook
 * with (ctx, out, o) when there is one: the empathy matcher steps its
 * automaton there, so that normalising and matching run in one pass.
 * Always inlined, so that a constant hook is inlined too.
 */
typedef void (*CxNormHook) (void *ctx, const char *out, size_t o);

static inline __attribute__((always_inline)) size_t
cx_textnorm_run(const unsigned char *in, size_t len, char *out,
				uint32_t *srcoff, uint32_t *srcend, CxNormInfo *info,
				CxNormHook hook, void *ctx)
{
	size_t		o = 0;
	size_t		i = 0;
	size_t		nq = 0,
				ninv = 0,
				nx = 0,
				ninvx = 0,
				nwords = 0;
	int			in_word = 0;

	if (!ascii_ready)
		init_ascii();
	out[o] = ' ';
	if (srcoff)
	{
		srcoff[o] = 0;
		srcend[o] = 0;
	}
	if (hook)
		hook(ctx, out, o);
	o++;

	while (i < len)
	{
		unsigned char b = in[i];
		uint32_t	cp;
		size_t		clen;
		int			kind;
		const char *fold = NULL;

		if (b < 0x80)
		{
			kind = ascii_kind_tab[b];
			if (kind == K_WORD)
			{
				/* the common case: a run of ASCII letters and digits */
				if (!in_word)
				{
					nwords++;
					in_word = 1;
				}
				if (srcoff)
				{
					srcoff[o] = (uint32_t) i;
					srcend[o] = (uint32_t) (i + 1);
				}
				out[o] = ascii_lower_tab[b];
				if (hook)
					hook(ctx, out, o);
				o++;
				i++;
				continue;
			}
			clen = 1;
			if (b == '?')
				nq++;
			else if (b == '!')
				nx++;
		}
		else
		{
			clen = utf8_decode(in, len, i, &cp);
			if (cp >= 0xFF01 && cp <= 0xFF5E)
			{
				/*
				 * Fullwidth ASCII ("ｌｏ ｓｉｅｎｔｏ", typed with an East Asian
				 * input method) is the ASCII character, folded as usual.
				 */
				unsigned char a = (unsigned char) (cp - 0xFEE0);

				kind = ascii_kind_tab[a];
				fold = ascii_fold_tab[a];
				if (a == '?')
					nq++;
				else if (a == '!')
					nx++;
			}
			else
				kind = cp_kind(cp, &fold);
			if (cp == 0xBF)
				ninv++;
			else if (cp == 0xA1)
				ninvx++;
		}

		switch (kind)
		{
			case K_WORD:
			case K_OTHER:
				{
					const char *f = (kind == K_OTHER) ? "#" : fold;
					/* a one-byte (Latin-1) character may only produce one byte */
					size_t		maxn = clen;

					if (!in_word)
						nwords++;
					for (; *f && maxn > 0; f++, maxn--)
					{
						out[o] = *f;
						if (srcoff)
						{
							srcoff[o] = (uint32_t) i;
							srcend[o] = (uint32_t) (i + clen);
						}
						if (hook)
							hook(ctx, out, o);
						o++;
					}
					in_word = 1;
				}
				break;
			case K_SKIP:
				/* keep the character inside the word it belongs to */
				if (in_word && srcoff)
					srcend[o - 1] = (uint32_t) (i + clen);
				break;
			case K_SEP:
			case K_CLAUSE:
			case K_SENT:
			case K_QOPEN:
			case K_QUEST:
				if (in_word)
				{
					out[o] = sep_char[kind];
					if (srcoff)
					{
						srcoff[o] = (uint32_t) i;
						srcend[o] = (uint32_t) (i + clen);
					}
					if (hook)
						hook(ctx, out, o);
					o++;
					in_word = 0;
				}
				else if (sep_rank(sep_char[kind]) > sep_rank(out[o - 1]))
					out[o - 1] = sep_char[kind];	/* same class for the matcher: no new step */
				break;
		}
		i += clen;
	}
	if (in_word)
	{
		out[o] = ' ';
		if (srcoff)
		{
			srcoff[o] = (uint32_t) len;
			srcend[o] = (uint32_t) len;
		}
		if (hook)
			hook(ctx, out, o);
		o++;
	}
	if (info)
	{
		info->n_questions = nq ? nq : ninv;
		info->n_exclaims = nx ? nx : ninvx;
		info->n_words = nwords;
	}
	return o;
}

#endif
