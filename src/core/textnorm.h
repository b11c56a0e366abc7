/*
 * textnorm.h: the text normaliser used by the empathy matcher.
 * Plain C: no PostgreSQL headers.
 *
 * cx_textnorm() turns UTF-8 text into a compact form that phrase matching can
 * run over word by word:
 *   - letters are lowercased and stripped of accents (Latin-1 and Latin
 *     Extended-A: "Lamentó" -> "lamento", "ñ" -> "n", "ß" -> "ss");
 *     fullwidth ASCII (U+FF01..U+FF5E) is read as ASCII ("ｓｏｒｒｙ" ->
 *     "sorry") and the Latin ligatures U+FB00..U+FB06 are spelt out
 *     ("ﬁx" -> "fix");
 *   - apostrophes, soft hyphens, variation selectors and combining marks
 *     vanish ("don't" -> "dont", "e" + U+0301 -> "e");
 *   - zero-width spaces, (non-)joiners, the word joiner and the BOM separate
 *     words like a space (a reader sees two words on either side);
 *   - every run of anything else (spaces, line breaks, punctuation, emoji,
 *     symbols) becomes ONE separator, the strongest the run holds: '?' for a
 *     question mark; ';' for the Spanish opening '¿' (a question starts, a
 *     sentence ends); '.' for the end of a sentence (. ! … line break, the
 *     ideographic full stop); '|' for other clause punctuation (, ; : ( ) [ ]
 *     { } – — ¡); ' ' otherwise;
 *   - a letter written three or more times in a row is written once
 *     ("noooo" -> "no", "pleeease" -> "please"; no word of either language
 *     has three equal letters in a row);
 *   - an @mention ("@united", at the start of a word) is a separator, like
 *     the emoji and emoticons (":)", ":-(", "<3"), which are counted by
 *     class in CxNormInfo.emo;
 *   - letters of other scripts become '#', a word character no lexicon
 *     phrase can contain, so that they never glue two Latin words together;
 *   - bytes that are not valid UTF-8 are read as Latin-1 (so SQL_ASCII
 *     databases holding Latin-1 text still work).
 * The output starts with a separator and ends with one, so every word is
 * surrounded by separators: " lamento mucho las molestias| ".  Its alphabet
 * is a-z 0-9 # ' ' '|' '.' ';' '?', and its length is at most len + 2 bytes.
 */
#ifndef CX_CORE_TEXTNORM_H
#define CX_CORE_TEXTNORM_H

#include <stddef.h>
#include <stdint.h>

/* a separator that ends a clause, a sentence or a question */
#define CX_NORM_BOUNDARY(c)	((c) == '|' || (c) == '.' || (c) == ';' || (c) == '?')
/* a byte of a word in the output (a-z 0-9 #); anything else separates */
#define CX_NORM_IS_WORD(c) \
	((unsigned) ((c) - 'a') < 26u || (unsigned) ((c) - '0') < 10u || (c) == '#')

/*
 * Emoji and emoticons, in classes (see emoji_class in textnorm_impl.h): the
 * normaliser makes separators of them but counts them, for the customer's
 * voice.
 */
#define CX_EMO_JOY		0		/* joy, love, thanks: 😀 😍 👍 🙏 :) :D <3 */
#define CX_EMO_NEG		1		/* dislike: 👎 💩 🤮 :/ */
#define CX_EMO_ANGER	2		/* 😠 😡 🤬 >:( */
#define CX_EMO_FRUST	3		/* 😤 🙄 😒 🤦 */
#define CX_EMO_SAD		4		/* 😢 😭 😞 💔 :( :'( */
#define CX_EMO_ANX		5		/* 😟 😰 😨 😱 */
#define CX_EMO_CONF		6		/* 😕 🤔 🤨 ❓ */
#define CX_NEMO			7

typedef struct CxNormInfo
{
	size_t		n_questions;	/* number of '?' (or of '¿' when no '?') */
	size_t		n_words;		/* words in the output */
	size_t		n_exclaims;		/* number of '!' (or of '¡' when no '!') */
	size_t		n_alpha;		/* ASCII letters read (after collapsing runs) */
	size_t		n_upper;		/* of which uppercase */
	size_t		n_elongated;	/* runs of 3+ equal letters collapsed ("noooo") */
	uint16_t	emo[CX_NEMO];	/* emoji and emoticons per class (saturating) */
} CxNormInfo;

/*
 * Normalise in[0..len) into out, which must have room for len + 2 bytes.
 * Returns the output length (>= 1).  When srcoff and srcend are not NULL
 * (each with room for len + 2 entries), srcoff[i] / srcend[i] receive the
 * byte range in the input of the character that produced out[i], so that a
 * match in the output can be mapped back to the original text.  info may be
 * NULL.
 */
extern size_t cx_textnorm(const unsigned char *in, size_t len, char *out,
						  uint32_t *srcoff, uint32_t *srcend, CxNormInfo *info);

#endif
