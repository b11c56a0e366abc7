/*
 * contractions.h: English contractions in lexicon patterns.  People write
 * "I'm so sorry" and "I am so sorry", "that's awful" and "that is awful";
 * the lexicon holds one of them.  The matcher compiles each English pattern
 * also with its contractions spelt out and with its spelt-out pairs
 * contracted, so either way of writing matches the same entry.  Plain C.
 */
#ifndef CX_CORE_CONTRACTIONS_H
#define CX_CORE_CONTRACTIONS_H

#include <stddef.h>

/*
 * pat is a normalised pattern (" w1 w2 ... ", single spaces).  Writes into
 * out (room for 2 * plen + 2 bytes) the pattern with every contraction
 * spelt out (expand = 1: "im" -> "i am", "dont" -> "do not") or every
 * spelt-out pair contracted (expand = 0); returns its length, or 0 when it
 * is the same as pat.
 */
extern size_t cx_contraction_variant(const char *pat, size_t plen, int expand, char *out);

#endif
