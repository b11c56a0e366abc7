/*
 * spanish_forms.h: the persons of Spain's Spanish in lexicon patterns.  A
 * customer in Spain writes to a company as "vosotros" ("me cobrasteis dos
 * veces", "habéis perdido mi maleta", "os he llamado tres veces"), one in
 * Latin America, and the lexicon, as "ustedes" ("me cobraron", "han
 * perdido", "les he llamado").  The matcher compiles each Spanish pattern
 * of the customer's voice also in the vosotros form, so either way of
 * writing matches the same entry.  Plain C.
 */
#ifndef CX_CORE_SPANISH_FORMS_H
#define CX_CORE_SPANISH_FORMS_H

#include <stddef.h>

/*
 * pat is a normalised pattern (" w1 w2 ... ", single spaces).  Writes into
 * out (room for 2 * plen + 2 bytes) the pattern with its ustedes forms
 * turned into vosotros ones: the preterite (-aron -> -asteis, -ieron ->
 * -isteis, -jeron -> -jisteis, "fueron" -> "fuisteis"), the perfect's
 * auxiliary ("han" -> "habeis"), the object pronoun ("les" -> "os") and
 * "ustedes" ("vosotros"); returns its length, or 0 when nothing changed.
 */
extern size_t cx_vosotros_variant(const char *pat, size_t plen, char *out);

#endif
