/*
 * textnorm_impl.h: the normaliser's code, shared by textnorm.c (cx_textnorm)
 * and empathy_core.c (normalising and matching in one pass).  Internal to
 * src/core; see textnorm.h for what the normaliser does.
 */
#ifndef CX_CORE_TEXTNORM_IMPL_H
#define CX_CORE_TEXTNORM_IMPL_H

#include <string.h>

#include "swar.h"
#include "textnorm.h"

/*
 * The fast paths for runs of ASCII letters (ascii_word_run, and the gap
 * between two such runs, ascii_word_gap).  A translation unit that defines
 * CX_NORM_FAST as 0 before including this file gets the loop that reads one
 * byte at a time, which the unit tests and the fuzz targets compare with the
 * fast one.
 */
#ifndef CX_NORM_FAST
#define CX_NORM_FAST 1
#endif

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

/*
 * The class of an emoji a customer uses to say how they feel (CX_EMO_*), or
 * -1.  Only faces and the few symbols that carry a clear feeling in support
 * messages are classed; the rest (flags, objects, planes) say nothing, and
 * so do the faces people use both ways (tears of joy, rolling on the floor,
 * flushed).
 */
static int
emoji_class(uint32_t cp)
{
	switch (cp)
	{
		case 0x1F600: case 0x1F601: case 0x1F602: case 0x1F603: case 0x1F604:
		case 0x1F605: case 0x1F606: case 0x1F607: case 0x1F609: case 0x1F60A:
		case 0x1F60B: case 0x1F60C: case 0x1F60D: case 0x1F60E: case 0x1F618:
		case 0x1F642: case 0x1F643: case 0x1F917: case 0x1F929: case 0x1F970:
		case 0x1F973: case 0x1F923: case 0x263A: case 0x2764: case 0x2665:
		case 0x1F495: case 0x1F496: case 0x1F497: case 0x1F499: case 0x1F49A:
		case 0x1F49B: case 0x1F49C: case 0x1F44D: case 0x1F44F: case 0x1F64F:
		case 0x1F64C: case 0x1F389: case 0x1F38A: case 0x1F31F: case 0x2B50:
		case 0x1F4AF: case 0x1F44C: case 0x2705: case 0x1F60F: case 0x1F91D:
			return CX_EMO_JOY;
		case 0x1F44E: case 0x1F4A9: case 0x1F92E: case 0x1F922: case 0x274C:
		case 0x1F6AB:
			return CX_EMO_NEG;
		case 0x1F620: case 0x1F621: case 0x1F92C: case 0x1F47F: case 0x1F4A2:
		case 0x1F595:
			return CX_EMO_ANGER;
		case 0x1F624: case 0x1F644: case 0x1F611: case 0x1F926: case 0x1F629:
		case 0x1F62B: case 0x1F612:
			return CX_EMO_FRUST;
		case 0x1F622: case 0x1F62D: case 0x1F61E: case 0x1F614: case 0x2639:
		case 0x1F641: case 0x1F494: case 0x1F63F: case 0x1F625: case 0x1F62A:
		case 0x1F613: case 0x1F972:
			return CX_EMO_SAD;
		case 0x1F61F: case 0x1F630: case 0x1F628: case 0x1F631: case 0x1F62C:
		case 0x1F627: case 0x1F626: case 0x1F62E: case 0x1F97A:
			return CX_EMO_ANX;
		case 0x1F615: case 0x1F914: case 0x1F928: case 0x2753: case 0x2754:
		case 0x1F635: case 0x1F92F: case 0x1F937:
			return CX_EMO_CONF;
		default:
			return -1;
	}
}

static inline int
ascii_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/*
 * An ASCII emoticon at in[i] (":)", ":-(", ":'(", ":D", ";)", "=)", ":/",
 * ">:(", "<3"): returns its length and sets *cls, or returns 0.  It must
 * not stick to a word before or after it, so that "https://", "10:30" and
 * "a:b" are not faces.
 */
static size_t
emoticon_at(const unsigned char *in, size_t len, size_t i, int *cls)
{
	size_t		j = i;
	int			angry = 0;
	unsigned char f;

	if (i > 0 && (ascii_alnum(in[i - 1]) || in[i - 1] == '/'))
		return 0;
	if (in[j] == '<')
	{
		if (j + 1 < len && in[j + 1] == '3' && (j + 2 >= len || !ascii_alnum(in[j + 2])))
		{
			*cls = CX_EMO_JOY;
			return 2;
		}
		return 0;
	}
	if (in[j] == '>')
	{
		angry = 1;
		j++;
		if (j >= len || in[j] != ':')
			return 0;
	}
	if (in[j] != ':' && in[j] != ';' && in[j] != '=')
		return 0;
	j++;
	if (j < len && (in[j] == '-' || in[j] == '\''))
		j++;					/* a nose, or a tear (":'(") */
	if (j >= len)
		return 0;
	f = in[j++];
	if (j < len && ascii_alnum(in[j]))
		return 0;				/* ":Dallas", ":pm" */
	switch (f)
	{
		case ')':
		case ']':
		case 'D':
		case 'P':
		case 'p':
		case '*':
			*cls = angry ? CX_EMO_ANGER : CX_EMO_JOY;
			break;
		case '(':
		case '[':
			*cls = angry ? CX_EMO_ANGER : CX_EMO_SAD;
			break;
		case '@':
			*cls = CX_EMO_ANGER;
			break;
		case '/':
		case '\\':
		case 'S':
			if (j < len && (in[j] == '/' || in[j] == '\\'))
				return 0;		/* "://" */
			*cls = CX_EMO_NEG;
			break;
		default:
			return 0;
	}
	return j - i;
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
 * What the loop knows of the word it is writing, for the hook: nothing
 * written yet; the whole word written by one block of ascii_word_run, whose
 * bytes it hands over in a register (a matcher that read them back from out
 * would wait for the block's store and the separator's to reach the cache:
 * a load of bytes from two stores still in flight cannot be forwarded); or
 * written some other way (the hook reads it from out).
 */
#define CX_HEAD_NONE	0
#define CX_HEAD_KNOWN	1
#define CX_HEAD_UNKNOWN	2

/*
 * Eight bytes at a time (SWAR, swar.h), for the run of ASCII letters and
 * digits that starts at in[*i]: each block of 8 input bytes is classified,
 * lowercased and written with a few word operations instead of a test per
 * byte.  A block whose word characters might hold a run of three equal
 * letters ("noooo") is left to the byte loop, which collapses it.  Returns
 * true when the word ended inside a block (in[*i] is then the byte after it),
 * false when the byte loop must go on from in[*i] (still a word character).
 *
 * Why it may write 8 bytes at out + *o: the output never runs ahead of the
 * input by more than the one leading separator (*o <= *i + 1), and a block is
 * only read when *i + 8 <= len, so the store ends within out[len + 1], the
 * room the caller gives.
 */
static inline __attribute__((always_inline)) int
ascii_word_run(const unsigned char *in, size_t len, size_t *pi, char *out,
			   size_t *po, uint32_t *srcoff, uint32_t *srcend,
			   size_t *nalpha, size_t *nupper, int *hstate, uint64_t *head)
{
#if CX_NORM_FAST && CX_SWAR_OK
	size_t		i = *pi;
	size_t		o = *po;

	while (i + 8 <= len)
	{
		uint64_t	x,
					x7,
					low,
					upper,
					letter,
					word,
					triple;
		unsigned	k,
					adv;

		memcpy(&x, in + i, 8);
		x7 = x & ~SWAR_HIGH;
		low = x7 | 0x2020202020202020ull;
		upper = swar_between(x7, 'A', 'Z') & ~x;
		letter = swar_between(low, 'a', 'z') & ~x;
		word = (letter | swar_between(x7, '0', '9')) & ~x;
		k = (~word & SWAR_HIGH) ? (unsigned) __builtin_ctzll(~word & SWAR_HIGH) / 8 : 8;

		/*
		 * A run of three equal letters may start at any of bytes 0..5 that
		 * is a word character; a block of 8 word characters takes only 6,
		 * so that the next block looks at 6 and 7 with what follows them.
		 */
		adv = k < 8 ? k : 6;
		triple = swar_zero((low ^ (low >> 8)) | (low ^ (low >> 16))) & letter;
		if (adv == 0 || (triple & ((1ull << (8 * (adv < 6 ? adv : 6))) - 1)))
			break;
		x |= upper >> 2;		/* lowercase */
		memcpy(out + o, &x, 8);
		if (*hstate == CX_HEAD_NONE && k < 8)
		{
			*hstate = CX_HEAD_KNOWN;
			*head = x & ((1ull << (8 * k)) - 1);
		}
		else
			*hstate = CX_HEAD_UNKNOWN;
		if (srcoff)
		{
			for (unsigned j = 0; j < adv; j++)
			{
				srcoff[o + j] = (uint32_t) (i + j);
				srcend[o + j] = (uint32_t) (i + j + 1);
			}
		}
		{
			uint64_t	m = adv < 8 ? (1ull << (8 * adv)) - 1 : ~0ull;

			*nalpha += swar_count(letter & m);
			*nupper += swar_count(upper & m);
		}
		o += adv;
		i += adv;
		if (k < 8)
		{
			*pi = i;
			*po = o;
			return 1;
		}
	}
	*pi = i;
	*po = o;
#endif
	return 0;
}

/*
 * The gap between two ASCII words that the word loop writes itself: a single
 * space, or ". " or ", " (a sentence or a clause ends).  Returns the bytes
 * it takes, or 0 when in[i] does not start such a gap before a letter or a
 * digit; the loop below writes anything else.
 */
static inline size_t
ascii_word_gap(const unsigned char *in, size_t len, size_t i)
{
	size_t		skip;

	if (i + 1 >= len)
		return 0;
	if (in[i] == ' ')
		skip = 1;
	else if ((in[i] == '.' || in[i] == ',') && in[i + 1] == ' ')
		skip = 2;
	else
		return 0;
	if (i + skip >= len || in[i + skip] >= 0x80 || ascii_kind_tab[in[i + skip]] != K_WORD)
		return 0;
	return skip;
}

/*
 * The normaliser's loop.  After writing each separator out[o], it calls the
 * hook with (ctx, out, o, head) when there is one (the word before it is
 * already written, and out[0..o) is final but for the strength of earlier
 * separators): the matcher steps its automaton over that word there, so
 * that normalising and matching run in one pass.  head is NULL, or holds
 * the word's bytes as a little-endian number (a word of up to 7 bytes that
 * one block of ascii_word_run wrote).
 * Always inlined, so that a constant hook is inlined too.
 */
typedef void (*CxNormHook) (void *ctx, const char *out, size_t o, const uint64_t *head);

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
				nwords = 0,
				nalpha = 0,
				nupper = 0,
				nelong = 0;
	unsigned	emo[CX_NEMO] = {0};
	int			in_word = 0;
	int			hstate = CX_HEAD_NONE;	/* see ascii_word_run */
	uint64_t	head = 0;

	if (!ascii_ready)
		init_ascii();
	out[o] = ' ';
	if (srcoff)
	{
		srcoff[o] = 0;
		srcend[o] = 0;
	}
	if (hook)
		hook(ctx, out, o, NULL);
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
				if (!in_word)
				{
					nwords++;
					in_word = 1;
				}

				/*
				 * The common case: a run of ASCII letters and digits.  Eight
				 * bytes at a time while they hold no run of three equal
				 * letters, then byte by byte.  The gap before the next such
				 * run is written here too when it is a single space, ". " or
				 * ", " (ascii_word_gap), without the dispatch below: most
				 * words of a text are followed by one.
				 */
				for (;;)
				{
					if (!ascii_word_run(in, len, &i, out, &o, srcoff, srcend,
										&nalpha, &nupper, &hstate, &head))
					{
						b = in[i];
						hstate = CX_HEAD_UNKNOWN;
						do
						{
							size_t		next = i + 1;
							unsigned	letter = (unsigned) ((b | 0x20) - 'a') < 26u;

							nalpha += letter;
							nupper += (unsigned) (b - 'A') < 26u;

							/*
							 * A letter written three or more times in a row is
							 * written once ("noooo", "pleeease"): the same letter,
							 * either case, in the next two bytes.
							 */
							if (letter && i + 2 < len && ((in[i + 1] ^ b) & 0xDF) == 0 &&
								((in[i + 2] ^ b) & 0xDF) == 0)
							{
								while (next < len && ((in[next] ^ b) & 0xDF) == 0)
									next++;
								nelong++;
							}
							if (srcoff)
							{
								srcoff[o] = (uint32_t) i;
								srcend[o] = (uint32_t) next;
							}
							out[o++] = ascii_lower_tab[b];
							i = next;
						} while (i < len && (b = in[i]) < 0x80 && ascii_kind_tab[b] == K_WORD);
					}
					{
						size_t		skip = ascii_word_gap(in, len, i);

						if (!CX_NORM_FAST || skip == 0)
							break;
						out[o] = in[i] == ' ' ? ' ' : in[i] == '.' ? '.' : '|';
						if (srcoff)
						{
							srcoff[o] = (uint32_t) i;
							srcend[o] = (uint32_t) (i + 1);
						}
						if (hook)
							hook(ctx, out, o, hstate == CX_HEAD_KNOWN ? &head : NULL);
						hstate = CX_HEAD_NONE;
						o++;
						i += skip;
						nwords++;
					}
				}
				continue;
			}
			clen = 1;
			if (b == '?')
				nq++;
			else if (b == '!')
				nx++;
			else if (b == '@' && !in_word && i + 1 < len &&
					 (ascii_alnum(in[i + 1]) || in[i + 1] == '_'))
			{
				/* an @mention names an account: it is not part of the text */
				while (i + clen < len && (ascii_alnum(in[i + clen]) || in[i + clen] == '_'))
					clen++;
			}
			else if (b == ':' || b == ';' || b == '=' || b == '<' || b == '>')
			{
				int			cls;
				size_t		elen = emoticon_at(in, len, i, &cls);

				if (elen > 0)
				{
					clen = elen;
					emo[cls]++;
				}
			}
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
			if (kind == K_SEP && cp >= 0x2600)
			{
				int			cls = emoji_class(cp);

				if (cls >= 0)
					emo[cls]++;
			}
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
					hstate = CX_HEAD_UNKNOWN;
					for (; *f && maxn > 0; f++, maxn--)
					{
						out[o] = *f;
						if (srcoff)
						{
							srcoff[o] = (uint32_t) i;
							srcend[o] = (uint32_t) (i + clen);
						}
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
						hook(ctx, out, o, hstate == CX_HEAD_KNOWN ? &head : NULL);
					hstate = CX_HEAD_NONE;
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
			hook(ctx, out, o, hstate == CX_HEAD_KNOWN ? &head : NULL);
		o++;
	}
	if (info)
	{
		info->n_questions = nq ? nq : ninv;
		info->n_exclaims = nx ? nx : ninvx;
		info->n_words = nwords;
		info->n_alpha = nalpha;
		info->n_upper = nupper;
		info->n_elongated = nelong;
		for (int k = 0; k < CX_NEMO; k++)
			info->emo[k] = (uint16_t) (emo[k] < 65535 ? emo[k] : 65535);
	}
	return o;
}

#endif
