/*-------------------------------------------------------------------------
 *
 * alert_stmt.h
 *	  Pure C helpers of the statement-level alert triggers (segment_drop and
 *	  friction), no PostgreSQL headers: the day of an answer, which side of a
 *	  segment's test a day of the rollup falls on, the segment test itself
 *	  (nps.h's two-sample test with a minimum number of answers), and the
 *	  repeats and loops of one journey (journey.h's analysis, in the mode
 *	  journey_friction() uses without a stage order).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_CORE_ALERT_STMT_H
#define CX_CORE_ALERT_STMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "journey.h"
#include "nps.h"

/*
 * Days and times are PostgreSQL's: a date is int32 days since 2000-01-01
 * with INT32_MIN / INT32_MAX for -infinity / infinity, a timestamp int64
 * microseconds since 2000-01-01 with INT64_MIN / INT64_MAX for the
 * infinities.
 */
#define CX_DAY_NOBEGIN	INT32_MIN
#define CX_DAY_NOEND	INT32_MAX
#define CX_DAY_FINITE(d)	((d) != CX_DAY_NOBEGIN && (d) != CX_DAY_NOEND)

/*
 * The date of a timestamp (what timestamp::date gives; for a timestamptz,
 * pass its UTC value: timezone('UTC', at)::date): infinities map to
 * infinities.
 */
extern int32_t cx_alert_day_of(int64_t us);

/*
 * A segment's test as of day as_of compares the window (the window_days
 * days up to as_of: as_of - window_days < day <= as_of) with the baseline
 * (the baseline_days days before it).  As date arithmetic does, an
 * infinite as_of stays infinite (so that nothing falls on either side).
 */
typedef enum cx_segment_side
{
	CX_SEGMENT_OUTSIDE = 0,
	CX_SEGMENT_WINDOW,
	CX_SEGMENT_BASELINE
} cx_segment_side;

extern cx_segment_side cx_alert_segment_side(int32_t as_of, int32_t window_days,
											 int32_t baseline_days, int32_t day);

/*
 * The days to read for that test: lo < day <= hi, where lo is as_of minus
 * both periods, clamped to -infinity when it would leave the date range.
 */
extern void cx_alert_segment_range(int32_t as_of, int32_t window_days, int32_t baseline_days,
								   int32_t *lo, int32_t *hi);

/* the outcome of a segment's test */
typedef struct CxSegmentVerdict
{
	int64_t		window_answers;
	int64_t		baseline_answers;
	double		window_nps;		/* NAN when no answer */
	double		baseline_nps;
	bool		tested;			/* both sides have min_answers */
	double		difference;		/* NPS(window) - NPS(baseline); NAN unless tested */
	double		p_value;		/* two-sided, cx_nps_test; NAN unless tested */
	bool		alert;			/* tested, difference < 0 and p < alpha */
	bool		high;			/* an alert with p < alpha / 10 */
} CxSegmentVerdict;

extern void cx_alert_segment_decide(const CxNpsState *window, const CxNpsState *baseline,
									int64_t min_answers, double alpha, CxSegmentVerdict *out);

/*
 * An interval (months, days, microseconds) in microseconds, a month counted
 * as 30 days and a day as 24 hours, as journey_config() does: false when
 * negative or beyond int64.
 */
extern bool cx_alert_interval_us(int32_t months, int32_t days, int64_t time, int64_t *out);

/*
 * Rank of each of n stage names in byte order (shorter first on a common
 * prefix): the tie-break journey_friction() uses for events at the same
 * time.  The names must be distinct.
 */
extern void cx_alert_rank_names(const char *const *names, const size_t *lens, int32_t n,
								uint32_t *rank);

/* what a friction alert looks at: one journey's totals */
typedef struct CxFrictionCounts
{
	int64_t		events;
	int64_t		visits;
	int64_t		repeats;
	int64_t		loops;
	int32_t		last_stage;		/* stage id of the last event, -1 when none */
} CxFrictionCounts;

/*
 * The totals journey_friction_score(journey_friction(journey, stage, at,
 * journey_config(NULL, window, ...))) gives for one journey: ev[0..n-1]
 * with stage ids in [0, nstages) (sorted in place), stage_rank[id] the
 * rank of the stage's name (cx_alert_rank_names), stage ranks for loops
 * by first visit.  res must hold nstages results and scratch
 * 4 * nstages int64_t.
 */
extern void cx_alert_friction_counts(CxJourneyEvent *ev, size_t n, int32_t nstages,
									 const uint32_t *stage_rank, int64_t window_us,
									 CxJourneyStageResult *res, int64_t *scratch,
									 CxFrictionCounts *out);

typedef enum cx_friction_verdict
{
	CX_FRICTION_QUIET = 0,
	CX_FRICTION_MEDIUM,			/* repeats or loops reach their threshold */
	CX_FRICTION_HIGH			/* ... twice their threshold */
} cx_friction_verdict;

extern cx_friction_verdict cx_alert_friction_verdict(int64_t repeats, int64_t loops,
													 int64_t repeats_threshold,
													 int64_t loops_threshold);

#endif							/* CX_CORE_ALERT_STMT_H */
