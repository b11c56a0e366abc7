/*-------------------------------------------------------------------------
 *
 * score_glue.h
 *	  What the glue of the survey scores (nps.c, survey.c) shares with the
 *	  functions that compare groups of answers (impact.c): the layout of
 *	  csat_state and ces_state, and the checks of one answer, so that an
 *	  answer refused by nps() or csat() is refused with the same error
 *	  everywhere.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_SCORE_GLUE_H
#define CX_SCORE_GLUE_H

#include "compat.h"
#include "fmgr.h"
#include "utils/numeric.h"

#include "survey.h"

typedef struct CsatState
{
	int32		vl_len_;		/* varlena header (do not touch directly!) */
	int32		scale;			/* answers are 1..scale */
	int64		counts[CX_CSAT_SCALE_MAX];	/* counts[v - 1] = answers v */
} CsatState;

typedef struct CesState
{
	int32		vl_len_;		/* varlena header (do not touch directly!) */
	int32		reserved;		/* zero; keeps counts 8-byte aligned */
	int64		counts[CX_CES_MAX];
} CesState;

/* nps.c: the error of an integer score outside 0..10; a numeric score */
CX_NORETURN extern void cx_nps_score_error(int64 score);
extern int	cx_nps_numeric_score(Numeric num);

/* survey.c */
extern void cx_csat_check_scale(int32 scale);
CX_NORETURN extern void cx_survey_answer_error(const char *what, int64 value, int max);
extern int	cx_survey_numeric_answer(Numeric num, const char *what, int max);
extern CsatState *cx_csat_state_arg(Datum d);	/* detoasted, size checked */
extern CesState *cx_ces_state_arg(Datum d);

#endif							/* CX_SCORE_GLUE_H */
