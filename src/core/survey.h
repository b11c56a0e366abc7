/*
 * survey.h: CSAT and CES from answer counts (plain C, no PostgreSQL headers).
 *
 * A survey state is the exact count of every possible answer:
 *   CSAT: answers 1..scale (scale_max between CX_CSAT_SCALE_MIN and
 *         CX_CSAT_SCALE_MAX, default 5); "satisfied" = top two boxes, i.e.
 *         the answers scale-1 and scale.
 *   CES:  answers 1..7 ("the company made it easy"); "easy" = 5, 6 or 7.
 * counts[v - 1] is the number of answers v.
 *
 * The text form, shared by csat_state and ces_state, lists the non-zero
 * counts in ascending answer order, preceded by the scale for CSAT:
 *   csat_state: {scale:5,1:2,4:7,5:10}     (empty: {scale:5})
 *   ces_state:  {1:3,5:2,7:10}             (empty: {})
 */
#ifndef CX_CORE_SURVEY_H
#define CX_CORE_SURVEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>

#define CX_CSAT_SCALE_MIN		3
#define CX_CSAT_SCALE_MAX		10
#define CX_CSAT_SCALE_DEFAULT	5
#define CX_CES_MAX				7
#define CX_CES_EASY_MIN			5
#define CX_SURVEY_MAX_VALUES	10	/* the largest number of answers of a scale */

/* Figures computed from a state; fields are NaN when undefined. */
typedef struct CxSurveyFigures
{
	int64_t		n;				/* answers */
	int64_t		top;			/* CSAT: satisfied (top two boxes); CES: easy (5-7) */
	double		pct;			/* 100 * top / n */
	double		pct_stderr;		/* sqrt(p (1 - p) / n), in percentage points */
	double		mean;			/* mean answer */
	double		sd;				/* sample standard deviation of the answers (n >= 2) */
	double		mean_stderr;	/* sd / sqrt(n) (n >= 2) */
} CxSurveyFigures;

/*
 * Sum of counts[0..k-1] into *total.  False when a count is negative or the
 * sum overflows int64 (such a state is invalid).
 */
extern bool cx_survey_total(const int64_t *counts, int k, int64_t *total);

/*
 * Figures of a state with answers 1..k whose "top" answers are top_min..k.
 * The counts must be valid (cx_survey_total true).
 */
extern void cx_survey_figures(const int64_t *counts, int k, int top_min,
							  CxSurveyFigures *f);

/*
 * Only the CSAT or % easy percentage (NaN without answers): what the final
 * functions of csat() and ces_easy() need once per window row, without the
 * rest of cx_survey_figures.  Same arithmetic as cx_survey_figures.
 */
static inline double
cx_survey_top_pct(const int64_t *counts, int k, int top_min)
{
	int64_t		n = 0,
				top = 0;
	int			i;
	double		pct;

	for (i = 0; i < k; i++)
		n += counts[i];
	for (i = top_min > 1 ? top_min - 1 : 0; i < k; i++)
		top += counts[i];
	if (n == 0)
		return NAN;
	pct = 100.0 * (double) top / (double) n;
	return pct > 100.0 ? 100.0 : pct;
}

/* Only the mean answer (NaN without answers), as in cx_survey_figures. */
static inline double
cx_survey_mean(const int64_t *counts, int k)
{
	int64_t		n = 0;
	double		sum = 0.0,
				mean;
	int			i;

	for (i = 0; i < k; i++)
	{
		n += counts[i];
		sum += (double) (i + 1) * (double) counts[i];
	}
	if (n == 0)
		return NAN;
	mean = sum / (double) n;
	return mean < 1.0 ? 1.0 : mean > (double) k ? (double) k : mean;
}

/* CSAT (top-two-box) and CES (easy = 5-7) figures. */
extern void cx_csat_figures(const int64_t *counts, int scale, CxSurveyFigures *f);
extern void cx_ces_figures(const int64_t *counts, CxSurveyFigures *f);

/*
 * Wilson score interval for a proportion of `successes` out of n at the
 * two-sided confidence level `level`, as percentages in [0, 100].  False
 * (and NaN bounds) when n <= 0 or level is not in (0, 1).
 */
extern bool cx_wilson_interval(int64_t successes, int64_t n, double level,
							   double *lo, double *hi);

/*
 * Student t interval mean +- t(level, n - 1) * stderr for the mean answer,
 * clipped to the scale [1, k].  False (NaN bounds) when n < 2 or level is
 * not in (0, 1).
 */
extern bool cx_mean_interval(const CxSurveyFigures *f, int k, double level,
							 double *lo, double *hi);

/* Why a text state was rejected (see cx_survey_parse). */
typedef enum CxSurveyParseError
{
	CX_SURVEY_OK = 0,
	CX_SURVEY_SYNTAX,			/* not {key:count,...} */
	CX_SURVEY_BAD_SCALE,		/* scale missing, repeated or out of range */
	CX_SURVEY_BAD_ANSWER,		/* an answer outside the scale */
	CX_SURVEY_DUPLICATE,		/* an answer listed twice */
	CX_SURVEY_BAD_COUNT,		/* a count that is not a non-negative int64 */
	CX_SURVEY_OVERFLOW			/* the counts add up to more than int64 */
} CxSurveyParseError;

/*
 * Parse a text state.  For CSAT (with_scale) the first key must be
 * "scale"; for CES the answers are 1..7 and no scale is allowed.  Spaces
 * around tokens are accepted; answers may come in any order, each once;
 * zero counts are accepted.  On error returns the reason and writes a
 * one-line explanation into detail (detail_len bytes, NUL-terminated).
 * counts must have room for CX_SURVEY_MAX_VALUES entries.
 */
extern CxSurveyParseError cx_survey_parse(const char *str, bool with_scale,
										  int *scale, int64_t *counts,
										  char *detail, size_t detail_len);

/*
 * Canonical text form into buf (buf_len bytes; CX_SURVEY_TEXT_MAX is always
 * enough).  scale < 0 means no scale key (CES).  Returns the length.
 */
#define CX_SURVEY_TEXT_MAX	256
extern size_t cx_survey_format(char *buf, size_t buf_len, int scale,
							   const int64_t *counts, int k);

#endif
