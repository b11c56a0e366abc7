/*-------------------------------------------------------------------------
 *
 * alert_stmt.c
 *	  Pure C helpers of the statement-level alert triggers: days, the
 *	  segment test and one journey's repeats and loops.
 *
 *-------------------------------------------------------------------------
 */
#include "alert_stmt.h"

#include <math.h>
#include <string.h>

#define CX_USECS_PER_DAY	INT64_C(86400000000)

int32_t
cx_alert_day_of(int64_t us)
{
	int64_t		d;

	if (us == INT64_MIN)
		return CX_DAY_NOBEGIN;
	if (us == INT64_MAX)
		return CX_DAY_NOEND;
	/* floor division: the day of 1999-12-31 23:00 is -1 */
	d = us / CX_USECS_PER_DAY;
	if (us % CX_USECS_PER_DAY < 0)
		d--;
	return (int32_t) d;
}

/* as_of - k in date arithmetic: infinities stay, finite days go down */
static int64_t
day_minus(int32_t as_of, int64_t k)
{
	if (!CX_DAY_FINITE(as_of))
		return as_of;
	return (int64_t) as_of - k;
}

cx_segment_side
cx_alert_segment_side(int32_t as_of, int32_t window_days, int32_t baseline_days, int32_t day)
{
	int64_t		w_lo = day_minus(as_of, window_days);
	int64_t		b_lo = day_minus(as_of, (int64_t) window_days + baseline_days);

	/* an infinite day is on no side (the range read for the test excludes it) */
	if (!CX_DAY_FINITE(day) || day > as_of || (int64_t) day <= b_lo)
		return CX_SEGMENT_OUTSIDE;
	return (int64_t) day > w_lo ? CX_SEGMENT_WINDOW : CX_SEGMENT_BASELINE;
}

void
cx_alert_segment_range(int32_t as_of, int32_t window_days, int32_t baseline_days,
					   int32_t *lo, int32_t *hi)
{
	int64_t		b_lo = day_minus(as_of, (int64_t) window_days + baseline_days);

	*hi = as_of;
	*lo = (b_lo <= (int64_t) CX_DAY_NOBEGIN) ? CX_DAY_NOBEGIN : (int32_t) b_lo;
}

void
cx_alert_segment_decide(const CxNpsState *window, const CxNpsState *baseline,
						int64_t min_answers, double alpha, CxSegmentVerdict *out)
{
	double		z;

	memset(out, 0, sizeof(*out));
	out->window_answers = window->n;
	out->baseline_answers = baseline->n;
	out->window_nps = cx_nps_value(window);
	out->baseline_nps = cx_nps_value(baseline);
	out->difference = NAN;
	out->p_value = NAN;
	if (window->n < min_answers || baseline->n < min_answers)
		return;
	if (!cx_nps_test(window, baseline, &out->difference, &z, &out->p_value))
		return;					/* an empty side (min_answers < 1) */
	out->tested = true;
	out->alert = out->difference < 0 && out->p_value < alpha;
	out->high = out->alert && out->p_value < alpha / 10;
}

bool
cx_alert_interval_us(int32_t months, int32_t days, int64_t time, int64_t *out)
{
	__int128	v = (__int128) time + (__int128) days * CX_USECS_PER_DAY +
		(__int128) months * 30 * CX_USECS_PER_DAY;

	if (v < 0 || v > INT64_MAX)
		return false;
	*out = (int64_t) v;
	return true;
}

static int
name_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
	int			c = memcmp(a, b, alen < blen ? alen : blen);

	if (c != 0)
		return c;
	return alen < blen ? -1 : (alen > blen ? 1 : 0);
}

void
cx_alert_rank_names(const char *const *names, const size_t *lens, int32_t n, uint32_t *rank)
{
	int32_t		i;
	int32_t		j;

	/* a journey's window has a handful of stages: counting is enough */
	for (i = 0; i < n; i++)
	{
		uint32_t	r = 0;

		for (j = 0; j < n; j++)
			if (name_cmp(names[j], lens[j], names[i], lens[i]) < 0)
				r++;
		rank[i] = r;
	}
}

void
cx_alert_friction_counts(CxJourneyEvent *ev, size_t n, int32_t nstages,
						 const uint32_t *stage_rank, int64_t window_us,
						 CxJourneyStageResult *res, int64_t *scratch,
						 CxFrictionCounts *out)
{
	CxJourneyParams p;
	int32_t		i;

	memset(out, 0, sizeof(*out));
	out->last_stage = -1;
	if (n == 0)
		return;
	memset(&p, 0, sizeof(p));
	p.nstages = nstages;
	p.ordered = false;			/* ranks by first visit, as with no stage order */
	p.repeat_window = window_us;
	p.idle_period = window_us;	/* unused here: no drop-off is reported */
	p.as_of = INT64_MAX;
	p.stage_tie = stage_rank;
	p.channel_tie = NULL;
	out->last_stage = cx_journey_analyze(ev, n, &p, res, scratch, NULL, NULL);
	for (i = 0; i < nstages; i++)
	{
		out->events += res[i].events;
		out->visits += res[i].visits;
		out->repeats += res[i].repeats;
		out->loops += res[i].loops;
	}
}

cx_friction_verdict
cx_alert_friction_verdict(int64_t repeats, int64_t loops, int64_t repeats_threshold,
						  int64_t loops_threshold)
{
	/* thresholds are at least 1 and int32 in practice: 2 * t cannot overflow */
	if (repeats >= 2 * repeats_threshold || loops >= 2 * loops_threshold)
		return CX_FRICTION_HIGH;
	if (repeats >= repeats_threshold || loops >= loops_threshold)
		return CX_FRICTION_MEDIUM;
	return CX_FRICTION_QUIET;
}
