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

#endif							/* CX_METRICS_H */
