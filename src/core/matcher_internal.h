/*
 * matcher_internal.h: what the two halves of the compiled lexicon share.
 * matcher.c builds it (cx_matcher_build); empathy_core.c reads a message
 * with it.  Plain C, internal to src/core.
 */
#ifndef CX_CORE_MATCHER_INTERNAL_H
#define CX_CORE_MATCHER_INTERNAL_H

#include "empathy_core.h"
#include "wordauto.h"

/* an internal dimension: a "he" / "has" whose next word decides */
#define CX_DIM_HABER		17
#define CX_HABER_MAX		64	/* occurrences looked at per message */

/* an internal dimension: a word that ends a contrast ("but", "sin embargo") */
#define CX_DIM_CONTRAST		18

/* a negator is looked for in this many words before a match, same clause */
#define CX_NEG_WINDOW 3

/*
 * The built-in lists of matcher.c read while a message is analysed: the
 * contrast words (a negation does not reach past one), the negators and
 * the irrealis markers, per language, NULL-terminated.
 */
extern const char *const *const cx_contrasts[CX_NLANG];
extern const char *const *const cx_negators[CX_NLANG];
extern const char *const *const cx_irrealis_words[CX_NLANG];

typedef struct CxIEntry
{
	int			lang;
	int			dim;			/* CX_DIM_*, or an internal one (contrast, haber) */
	double		weight;
	int			orig;			/* index given to build, -1 for the built-in lists */
	uint32_t	plen;			/* pattern length, separators included */
	int32_t		next;			/* next entry ending in the same state */
	uint8_t		variant;		/* a contraction variant of the phrase */
	int16_t		topic;			/* for topic entries */
	const char *phrase;			/* while building only: the entry's phrase */
	size_t		phrase_len;
} CxIEntry;

struct CxMatcher
{
	CxWordAuto	wa;				/* wa.first[s]: first entry ending in state s, -1 if none */
	CxIEntry   *ents;
	size_t		nents;
	size_t		npatterns;		/* user entries compiled */
	size_t		maxplen;		/* longest pattern, separators included */
};

#endif
