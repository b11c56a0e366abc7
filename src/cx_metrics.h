/*-------------------------------------------------------------------------
 *
 * cx_metrics.h
 *	  Declarations shared by the PostgreSQL glue files of cx_metrics.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_METRICS_H
#define CX_METRICS_H

#include "compat.h"

/* module-wide initialisation: each concern registers its GUCs here */
extern void cx_empathy_init(void);	/* empathy_lexicon.c: cx_metrics.reply_target */

/*
 * User input echoed in an error message, errdetail or errhint: at most
 * CX_ERRTRUNC_CHARS characters, cut at a character boundary and followed by
 * "..." when cut, so that a 60 kB argument does not end up whole in the
 * error and the server log.  The string must be valid in the database
 * encoding (any text or cstring argument is).  Returns s itself when it is
 * short enough, else a palloc'd copy.  cx_errtrunc_len takes a string that
 * need not be NUL-terminated.
 */
#define CX_ERRTRUNC_CHARS 64
extern const char *cx_errtrunc(const char *s);
extern const char *cx_errtrunc_len(const char *s, int len);

#endif							/* CX_METRICS_H */
