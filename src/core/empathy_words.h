/*
 * empathy_words.h: the grammar word lists of the sentence analysis
 * (empathy_words.c), internal to src/core.  Each list is a bit of a word's
 * mask: the matcher tags its vocabulary with them (cx_mech_grammar_words),
 * so a word read from a text brings its lists in its record (CxWordRec),
 * and cx_grammar_mask() finds them for a word read without one.
 */
#ifndef CX_CORE_EMPATHY_WORDS_H
#define CX_CORE_EMPATHY_WORDS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "empathy_core.h"

/* the lists, in the order of their bits (see empathy_words.c for each) */
enum
{
	CX_GL_FILLERS,
	CX_GL_WH_EN,
	CX_GL_WH_ES,
	CX_GL_PREP_ES,
	CX_GL_ADVICE_EN,
	CX_GL_ADVICE_ES,
	CX_GL_TAGS,
	CX_GL_FEEL_VERBS,
	CX_GL_FIRST_PERSON,
	CX_GL_SECOND_POSSESSIVE,
	CX_GL_SAME_MARKERS,
	CX_GL_TIME_MARKERS,
	CX_GL_PAST_WORDS,
	CX_GL_OWN_STEP,
	CX_GL_MODAL_WORDS,
	CX_GL_RELATIVES,
	CX_GL_REL_PREPS,
	CX_GL_REQUEST_ONE,
	CX_GL_REQUEST_TWO_FIRST,
	CX_GL_REQUEST_VERBS,
	CX_GL_MODAL_SOFT_EN,
	CX_GL_COND_IRREGULAR,
	CX_GL_COND_NOT,
	CX_GL_STOP_CONTENT,
	CX_GL_NLISTS
};

/* the lists' bits stay below those of the negators and contrasts (CxWordRec) */
_Static_assert(CX_GL_NLISTS <= CX_MECH_GRAMMAR_BITS, "too many grammar word lists for a word's mask");

#define CX_GL(list)		((uint32_t) 1 << CX_GL_##list)

/* the lists a word is in (0 for none) */
extern uint32_t cx_grammar_mask(const char *w, size_t n);

/* is w[0..n) in the list of bit list? */
static inline int
cx_in_list(const char *w, size_t n, uint32_t list)
{
	return (cx_grammar_mask(w, n) & list) != 0;
}

/* does the word w[0..n) address the listener, in language lang (second person) */
extern int	cx_addresses_listener(const char *w, size_t n, int lang);

/* the two-word requests ("could you", "me podría"), "a b" each, NULL-terminated */
extern const char *const cx_request_two[];

/*
 * Softened, tentative wording (see empathy_words.c): the word w[0..n),
 * whose lists are mask, in language lang.
 */
static inline int
cx_is_softener(const char *w, size_t n, uint32_t mask, int lang)
{
	if (lang == CX_LANG_EN)
		return (mask & CX_GL(MODAL_SOFT_EN)) != 0;
	if (mask & CX_GL(COND_IRREGULAR))
		return 1;
	/* -ría, -rías, -ríamos, -rían after -a, -e, -i (infinitive) or -d (podría, tendría) */
	if (n >= 6 && w[n - 1] == 'a' && w[n - 2] == 'i' && w[n - 3] == 'r')
		n -= 3;
	else if (n >= 7 && w[n - 1] == 's' && w[n - 2] == 'a' && w[n - 3] == 'i' && w[n - 4] == 'r')
		n -= 4;
	else if (n >= 7 && w[n - 1] == 'n' && w[n - 2] == 'a' && w[n - 3] == 'i' && w[n - 4] == 'r')
		n -= 4;
	else if (n >= 9 && memcmp(w + n - 6, "riamos", 6) == 0)
		n -= 6;
	else
		return 0;
	return (w[n - 1] == 'a' || w[n - 1] == 'e' || w[n - 1] == 'i' || w[n - 1] == 'd') &&
		!(mask & CX_GL(COND_NOT));
}

#endif
