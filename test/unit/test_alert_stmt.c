/* Unit tests of src/core/alert_stmt.c (the statement-level alert triggers) */
#include "unit.h"
#include "alert_stmt.h"

#include <stdlib.h>

#define DAY_US (INT64_C(86400000000))

UNIT_TEST(days)
{
	CHECK(cx_alert_day_of(0) == 0);
	CHECK(cx_alert_day_of(DAY_US - 1) == 0);
	CHECK(cx_alert_day_of(DAY_US) == 1);
	CHECK(cx_alert_day_of(-1) == -1);	/* 1999-12-31 23:59:59.999999 */
	CHECK(cx_alert_day_of(-DAY_US) == -1);
	CHECK(cx_alert_day_of(-DAY_US - 1) == -2);
	CHECK(cx_alert_day_of(INT64_MIN) == CX_DAY_NOBEGIN);
	CHECK(cx_alert_day_of(INT64_MAX) == CX_DAY_NOEND);
	/* the lowest and highest finite timestamps stay finite dates */
	CHECK(CX_DAY_FINITE(cx_alert_day_of(INT64_MIN + 1)));
	CHECK(CX_DAY_FINITE(cx_alert_day_of(INT64_MAX - 1)));
}

/* the SQL of cx_alert_segment_check(), in 64-bit arithmetic */
static cx_segment_side
side_reference(int64_t as_of, int64_t w, int64_t b, int64_t day)
{
	if (!(day > as_of - w - b && day <= as_of))
		return CX_SEGMENT_OUTSIDE;
	return day > as_of - w ? CX_SEGMENT_WINDOW : CX_SEGMENT_BASELINE;
}

UNIT_TEST(segment_sides)
{
	int			t;
	int32_t		lo;
	int32_t		hi;

	/* an infinite day is on no side, even next to the end of the date range */
	CHECK(cx_alert_segment_side(CX_DAY_NOBEGIN + 1, 1, 1, CX_DAY_NOBEGIN) == CX_SEGMENT_OUTSIDE);
	CHECK(cx_alert_segment_side(100, 7, 28, CX_DAY_NOBEGIN) == CX_SEGMENT_OUTSIDE);
	CHECK(cx_alert_segment_side(100, 7, 28, CX_DAY_NOEND) == CX_SEGMENT_OUTSIDE);
	/* as of day 100, a 7-day window and a 28-day baseline */
	CHECK(cx_alert_segment_side(100, 7, 28, 101) == CX_SEGMENT_OUTSIDE);
	CHECK(cx_alert_segment_side(100, 7, 28, 100) == CX_SEGMENT_WINDOW);
	CHECK(cx_alert_segment_side(100, 7, 28, 94) == CX_SEGMENT_WINDOW);
	CHECK(cx_alert_segment_side(100, 7, 28, 93) == CX_SEGMENT_BASELINE);
	CHECK(cx_alert_segment_side(100, 7, 28, 66) == CX_SEGMENT_BASELINE);
	CHECK(cx_alert_segment_side(100, 7, 28, 65) == CX_SEGMENT_OUTSIDE);
	cx_alert_segment_range(100, 7, 28, &lo, &hi);
	CHECK(lo == 65 && hi == 100);
	/* infinite days: nothing falls on either side of an infinite as_of */
	CHECK(cx_alert_segment_side(CX_DAY_NOEND, 7, 28, 5) == CX_SEGMENT_OUTSIDE);
	CHECK(cx_alert_segment_side(CX_DAY_NOEND, 7, 28, CX_DAY_NOEND) == CX_SEGMENT_OUTSIDE);
	CHECK(cx_alert_segment_side(CX_DAY_NOBEGIN, 7, 28, CX_DAY_NOBEGIN) == CX_SEGMENT_OUTSIDE);
	CHECK(cx_alert_segment_side(100, 7, 28, CX_DAY_NOBEGIN) == CX_SEGMENT_OUTSIDE);
	CHECK(cx_alert_segment_side(100, 7, 28, CX_DAY_NOEND) == CX_SEGMENT_OUTSIDE);
	/* near the bottom of the date range the lower bound clamps */
	cx_alert_segment_range(CX_DAY_NOBEGIN + 3, 7, 28, &lo, &hi);
	CHECK(lo == CX_DAY_NOBEGIN && hi == CX_DAY_NOBEGIN + 3);
	CHECK(cx_alert_segment_side(CX_DAY_NOBEGIN + 3, 7, 28, CX_DAY_NOBEGIN + 1) == CX_SEGMENT_WINDOW);

	srand(11);
	for (t = 0; t < 100000; t++)
	{
		int64_t		as_of = rand() % 2000 - 1000;
		int64_t		w = 1 + rand() % 400;
		int64_t		b = 1 + rand() % 1100;
		int64_t		day = as_of - rand() % 1600 + 50;

		if (cx_alert_segment_side((int32_t) as_of, (int32_t) w, (int32_t) b, (int32_t) day) !=
			side_reference(as_of, w, b, day))
		{
			CHECK(!"segment side differs from the SQL");
			break;
		}
	}
	CHECK(t == 100000);
}

static CxNpsState
state_of(int64_t detractors, int64_t passives, int64_t promoters)
{
	CxNpsState	s;

	cx_nps_init(&s);
	s.counts[0] = detractors;
	s.counts[7] = passives;
	s.counts[10] = promoters;
	s.n = detractors + passives + promoters;
	return s;
}

UNIT_TEST(segment_decision)
{
	CxNpsState	win = state_of(60, 20, 20);		/* NPS -40 */
	CxNpsState	base = state_of(30, 30, 40);	/* NPS 10 */
	CxNpsState	empty;
	CxSegmentVerdict v;
	double		d;
	double		z;
	double		p;

	cx_nps_init(&empty);
	CHECK(cx_nps_test(&win, &base, &d, &z, &p));
	cx_alert_segment_decide(&win, &base, 30, 0.01, &v);
	CHECK(v.tested && v.alert && v.high);
	CHECK(v.window_answers == 100 && v.baseline_answers == 100);
	CHECK_NEAR(v.window_nps, -40, 1e-12);
	CHECK_NEAR(v.baseline_nps, 10, 1e-12);
	CHECK(v.difference == d && v.p_value == p);
	/* too few answers on one side: not tested, never an alert */
	cx_alert_segment_decide(&win, &base, 101, 0.01, &v);
	CHECK(!v.tested && !v.alert && isnan(v.difference) && isnan(v.p_value));
	CHECK(v.window_answers == 100 && v.baseline_answers == 100);
	/* an improvement is no alert however significant */
	cx_alert_segment_decide(&base, &win, 30, 0.01, &v);
	CHECK(v.tested && !v.alert && !v.high && v.difference > 0);
	/* a small drop: tested, not significant */
	{
		CxNpsState	a = state_of(31, 30, 39);
		CxNpsState	b = state_of(30, 30, 40);

		cx_alert_segment_decide(&a, &b, 30, 0.01, &v);
		CHECK(v.tested && !v.alert && v.difference < 0 && v.p_value > 0.5);
	}
	/* significant at alpha but not at alpha / 10: medium */
	{
		CxNpsState	a = state_of(50, 20, 30);
		CxNpsState	b = state_of(30, 30, 40);

		CHECK(cx_nps_test(&a, &b, &d, &z, &p));
		cx_alert_segment_decide(&a, &b, 30, p * 2, &v);
		CHECK(v.alert && !v.high);
		cx_alert_segment_decide(&a, &b, 30, p * 20, &v);
		CHECK(v.alert && v.high);
	}
	/* empty sides, even with min_answers 0 */
	cx_alert_segment_decide(&empty, &base, 0, 0.01, &v);
	CHECK(!v.tested && !v.alert && isnan(v.window_nps) && v.window_answers == 0);
}

UNIT_TEST(intervals)
{
	int64_t		us;

	CHECK(cx_alert_interval_us(0, 1, 0, &us) && us == DAY_US);
	CHECK(cx_alert_interval_us(1, 0, 0, &us) && us == 30 * DAY_US);
	CHECK(cx_alert_interval_us(0, 0, 72 * INT64_C(3600000000), &us) && us == 3 * DAY_US);
	CHECK(cx_alert_interval_us(0, 1, -DAY_US, &us) && us == 0);
	CHECK(!cx_alert_interval_us(0, 0, -1, &us));
	CHECK(!cx_alert_interval_us(INT32_MAX, INT32_MAX, INT64_MAX, &us));
	CHECK(!cx_alert_interval_us(INT32_MIN, 0, 0, &us));
}

UNIT_TEST(name_ranks)
{
	const char *names[5] = {"open", "new", "b", "ba", "B"};
	size_t		lens[5] = {4, 3, 1, 2, 1};
	uint32_t	rank[5];

	cx_alert_rank_names(names, lens, 5, rank);
	/* byte order: "B" < "b" < "ba" < "new" < "open" */
	CHECK(rank[4] == 0 && rank[2] == 1 && rank[3] == 2 && rank[1] == 3 && rank[0] == 4);
}

/* an independent reading of the definitions, for the random comparison */
static void
friction_reference(const int *stage, const int64_t *at, int n, const uint32_t *rank,
				   int64_t window, CxFrictionCounts *out)
{
	int			order[64];
	int64_t		last_at[8];
	int			first_rank[8];
	int			next = 0;
	int			max_rank = -1;
	int			run = -1;
	int			i;
	int			j;

	for (i = 0; i < n; i++)
		order[i] = i;
	/* by time, then by the name's rank */
	for (i = 1; i < n; i++)
		for (j = i; j > 0; j--)
		{
			int			a = order[j - 1];
			int			b = order[j];

			if (at[a] < at[b] || (at[a] == at[b] && rank[stage[a]] <= rank[stage[b]]))
				break;
			order[j - 1] = b;
			order[j] = a;
		}
	for (i = 0; i < 8; i++)
		first_rank[i] = -1;
	memset(out, 0, sizeof(*out));
	out->last_stage = -1;
	for (i = 0; i < n; i++)
	{
		int			s = stage[order[i]];
		int64_t		t = at[order[i]];

		out->events++;
		if (first_rank[s] < 0)
			first_rank[s] = next++;
		else if (t - last_at[s] <= window)
			out->repeats++;
		last_at[s] = t;
		if (s != run)
		{
			out->visits++;
			if (max_rank > first_rank[s])
				out->loops++;
			run = s;
		}
		if (first_rank[s] > max_rank)
			max_rank = first_rank[s];
		out->last_stage = s;
	}
}

UNIT_TEST(friction_counts)
{
	CxJourneyEvent e[64];
	CxJourneyStageResult res[8];
	int64_t		scratch[32];
	CxFrictionCounts c;
	uint32_t	rank[2] = {0, 1};	/* 0 = "a", 1 = "b" */
	int			t;

	/*
	 * b at 1, a at 2, b at 2: at the tie a (the smaller name) comes first,
	 * so b is visited twice and its second visit is a loop (b was the
	 * journey's first stage, a came after it).
	 */
	e[0] = (CxJourneyEvent) {1, 1, -1, -1, 0};
	e[1] = (CxJourneyEvent) {2, 0, -1, -1, 0};
	e[2] = (CxJourneyEvent) {2, 1, -1, -1, 0};
	cx_alert_friction_counts(e, 3, 2, rank, 5, res, scratch, &c);
	CHECK(c.events == 3 && c.visits == 3 && c.repeats == 1 && c.loops == 1);
	CHECK(c.last_stage == 1);
	/* the same with a window shorter than the gap: no repeat */
	e[0] = (CxJourneyEvent) {1, 1, -1, -1, 0};
	e[1] = (CxJourneyEvent) {2, 0, -1, -1, 0};
	e[2] = (CxJourneyEvent) {2, 1, -1, -1, 0};
	cx_alert_friction_counts(e, 3, 2, rank, 0, res, scratch, &c);
	CHECK(c.repeats == 0 && c.loops == 1);
	/* no events */
	cx_alert_friction_counts(e, 0, 2, rank, 5, res, scratch, &c);
	CHECK(c.events == 0 && c.last_stage == -1);

	/* random journeys against the reference */
	srand(5);
	for (t = 0; t < 3000; t++)
	{
		int			stage[64];
		int64_t		at[64];
		uint32_t	r[8];
		const char *names[8] = {"new", "open", "pending", "resolved", "a", "b", "c", "d"};
		size_t		lens[8];
		int			ns = 1 + rand() % 8;
		int			n = rand() % 40;
		int64_t		window = (rand() % 6);
		CxFrictionCounts ref;
		int			i;

		for (i = 0; i < ns; i++)
			lens[i] = strlen(names[i]);
		cx_alert_rank_names(names, lens, ns, r);
		for (i = 0; i < n; i++)
		{
			stage[i] = rand() % ns;
			at[i] = rand() % 12;		/* many ties */
			e[i] = (CxJourneyEvent) {at[i], stage[i], -1, -1, 0};
		}
		friction_reference(stage, at, n, r, window, &ref);
		cx_alert_friction_counts(e, n, ns, r, window, res, scratch, &c);
		if (c.events != ref.events || c.visits != ref.visits || c.repeats != ref.repeats ||
			c.loops != ref.loops || c.last_stage != ref.last_stage)
		{
			CHECK(!"friction counts differ from the reference");
			break;
		}
	}
	CHECK(t == 3000);
}

UNIT_TEST(friction_verdicts)
{
	CHECK(cx_alert_friction_verdict(0, 0, 2, 2) == CX_FRICTION_QUIET);
	CHECK(cx_alert_friction_verdict(1, 1, 2, 2) == CX_FRICTION_QUIET);
	CHECK(cx_alert_friction_verdict(2, 0, 2, 2) == CX_FRICTION_MEDIUM);
	CHECK(cx_alert_friction_verdict(0, 3, 2, 2) == CX_FRICTION_MEDIUM);
	CHECK(cx_alert_friction_verdict(4, 0, 2, 2) == CX_FRICTION_HIGH);
	CHECK(cx_alert_friction_verdict(3, 4, 3, 2) == CX_FRICTION_HIGH);
	CHECK(cx_alert_friction_verdict(INT32_MAX, 0, INT32_MAX, 1) == CX_FRICTION_MEDIUM);
}

int
main(void)
{
	RUN(days);
	RUN(segment_sides);
	RUN(segment_decision);
	RUN(intervals);
	RUN(name_ranks);
	RUN(friction_counts);
	RUN(friction_verdicts);
	return unit_report();
}
