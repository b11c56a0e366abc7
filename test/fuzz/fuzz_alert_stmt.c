/*
 * libFuzzer target for src/core/alert_stmt.c, the pure part of the
 * statement-level alert triggers: any day, interval, NPS counts and
 * journey must give a defined answer (ASan/UBSan watch for overflow and
 * out-of-bounds access), and the answers must keep their promises:
 *	- a day on the window or baseline side lies inside the range to read;
 *	- an alert is tested, below the baseline and under alpha;
 *	- a journey's counts stay in their bounds (the first event of a stage
 *	  is no repeat, the first visit no loop, the last stage is one of its
 *	  stages).
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alert_stmt.h"

#define MAX_EVENTS	64
#define MAX_STAGES	8

typedef struct Reader
{
	const uint8_t *p;
	size_t		left;
} Reader;

static uint64_t
take(Reader *r, int bytes)
{
	uint64_t	v = 0;
	int			i;

	for (i = 0; i < bytes; i++)
	{
		v = (v << 8) | (r->left > 0 ? *r->p : 0);
		if (r->left > 0)
		{
			r->p++;
			r->left--;
		}
	}
	return v;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Reader		r = {data, size};
	int32_t		as_of = (int32_t) take(&r, 4);
	int32_t		window_days = 1 + (int32_t) (take(&r, 2) % 400);
	int32_t		baseline_days = 1 + (int32_t) (take(&r, 2) % 1200);
	int32_t		day = (int32_t) take(&r, 4);
	int32_t		lo,
				hi;
	cx_segment_side side;
	CxNpsState	w,
				b;
	CxSegmentVerdict v;
	int64_t		us;
	int			i;

	/* the day of any timestamp is defined */
	(void) cx_alert_day_of((int64_t) take(&r, 8));

	/* a day on either side of the test is inside the range read for it */
	side = cx_alert_segment_side(as_of, window_days, baseline_days, day);
	cx_alert_segment_range(as_of, window_days, baseline_days, &lo, &hi);
	if (side != CX_SEGMENT_OUTSIDE && !(lo < day && day <= hi))
		abort();

	/* the segment test over arbitrary (consistent) counts */
	memset(&w, 0, sizeof(w));
	memset(&b, 0, sizeof(b));
	for (i = 0; i < CX_NPS_NSCORES; i++)
	{
		w.counts[i] = (int64_t) (take(&r, 3) & 0x3fffff);
		b.counts[i] = (int64_t) (take(&r, 3) & 0x3fffff);
		w.n += w.counts[i];
		b.n += b.counts[i];
	}
	cx_alert_segment_decide(&w, &b, 1 + (int64_t) take(&r, 2), (double) (1 + take(&r, 1)) / 300.0, &v);
	if (v.alert && (!v.tested || !(v.difference < 0) || !(v.p_value >= 0 && v.p_value <= 1)))
		abort();
	if (v.window_answers != w.n || v.baseline_answers != b.n)
		abort();

	/* any interval: in range or refused, never wrapped */
	if (cx_alert_interval_us((int32_t) take(&r, 4), (int32_t) take(&r, 4), (int64_t) take(&r, 8), &us) &&
		us < 0)
		abort();

	/* one journey: up to MAX_EVENTS events over up to MAX_STAGES stages */
	{
		int32_t		nstages = 1 + (int32_t) (take(&r, 1) % MAX_STAGES);
		size_t		n = (size_t) (take(&r, 1) % (MAX_EVENTS + 1));
		const char *names[MAX_STAGES] = {"a", "b", "ab", "ba", "c", "", "zz", "b\xc3\xa9"};
		size_t		lens[MAX_STAGES];
		uint32_t	rank[MAX_STAGES];
		CxJourneyEvent ev[MAX_EVENTS];
		CxJourneyStageResult res[MAX_STAGES];
		int64_t		scratch[4 * MAX_STAGES];
		CxFrictionCounts c;
		bool		seen[MAX_STAGES] = {false};
		int64_t		distinct = 0;
		int64_t		base = (int64_t) take(&r, 4) * 1000000;
		int64_t		window_us = (int64_t) (take(&r, 3) % 86400) * 1000000;

		for (i = 0; i < MAX_STAGES; i++)
			lens[i] = strlen(names[i]);
		/* distinct names: skip the empty one, which is names[5] */
		names[5] = "y";
		lens[5] = 1;
		cx_alert_rank_names(names, lens, nstages, rank);
		for (i = 0; i < nstages; i++)
			if (rank[i] >= (uint32_t) nstages)
				abort();
		for (i = 0; i < (int) n; i++)
		{
			ev[i].at = base + (int64_t) (take(&r, 2) % 7200) * 1000000;
			ev[i].stage = (int32_t) (take(&r, 1) % nstages);
			ev[i].channel = -1;
			ev[i].failed = -1;
			ev[i].tie = 0;
		}
		for (i = 0; i < (int) n; i++)
			seen[ev[i].stage] = true;
		for (i = 0; i < nstages; i++)
			distinct += seen[i];
		cx_alert_friction_counts(ev, n, nstages, rank, window_us, res, scratch, &c);

		/*
		 * An event can be both a repeat and a loop (back to an earlier
		 * stage within the window of that stage's previous event), so the
		 * bounds are separate: the first event of each stage is no repeat,
		 * the first visit no loop.
		 */
		if (c.events != (int64_t) n || c.repeats < 0 || c.loops < 0 ||
			c.repeats > (int64_t) n - distinct || c.visits > (int64_t) n ||
			c.loops > (c.visits > 0 ? c.visits - 1 : 0) ||
			(n > 0 && (c.last_stage < 0 || c.last_stage >= nstages)) ||
			(n == 0 && c.last_stage != -1))
			abort();
		(void) cx_alert_friction_verdict(c.repeats, c.loops, 1 + (int64_t) take(&r, 1),
										 1 + (int64_t) take(&r, 1));
	}
	return 0;
}
