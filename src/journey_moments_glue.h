/*-------------------------------------------------------------------------
 *
 * journey_moments_glue.h
 *	  Private declarations shared by the moments-of-truth glue:
 *	  journey_moments.c (the aggregate over events and answers) and
 *	  journey_moments_state.c (the state's I/O, merging and the report).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_JOURNEY_MOMENTS_GLUE_H
#define CX_JOURNEY_MOMENTS_GLUE_H

#include "cx_metrics.h"

#include "journey_moments.h"	/* src/core */

/* a state's bytes, checked; errors say what is wrong */
extern void jm_state_check(const uint8 *buf, Size len, CxJmHeader *h);

#endif							/* CX_JOURNEY_MOMENTS_GLUE_H */
