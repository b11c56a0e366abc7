/* Unit tests of src/core/journey.c and journey_state.c */
#include "unit.h"
#include "journey.h"

#include <stdlib.h>

#define H (INT64_C(3600000000))		/* one hour in microseconds */

static CxJourneyEvent
ev(int stage, int64_t at, int channel, int failed)
{
	CxJourneyEvent e = {at, stage, channel, failed, 0};

	return e;
}

static CxJourneyParams
params(int nstages, bool ordered)
{
	CxJourneyParams p = {nstages, ordered, 72 * H, 30 * 24 * H, 0, NULL, NULL};

	return p;
}

static int64_t dwell_seen[16];
static int	ndwell;

static void
collect_dwell(void *arg, int32_t stage, int32_t next_stage, int64_t dwell, bool back)
{
	(void) arg;
	(void) next_stage;
	(void) back;
	if (ndwell < 16)
		dwell_seen[ndwell++] = stage * 1000000000000LL + dwell;
}

/* the README's journey: a a b a c, as hand-checked there */
UNIT_TEST(hand_checked_journey)
{
	CxJourneyEvent e[5];
	CxJourneyStageResult out[3];
	int64_t		scratch[12];
	CxJourneyParams p = params(3, true);
	int32_t		last;

	/* given out of order: the analysis sorts by time */
	e[0] = ev(2, 9 * 24 * H, 2, 0);		/* c, day 10 */
	e[1] = ev(0, 0, 0, 0);				/* a 00:00 phone */
	e[2] = ev(0, 1 * H, 1, 1);			/* a 01:00 email failed */
	e[3] = ev(1, 24 * H, 1, 0);			/* b day 2 */
	e[4] = ev(0, 48 * H, -1, -1);		/* a day 3 */
	p.as_of = 20 * 24 * H;			/* 11 days after the last event: active */
	ndwell = 0;
	last = cx_journey_analyze(e, 5, &p, out, scratch, collect_dwell, NULL);
	CHECK(last == 2);
	CHECK(out[0].reached && out[1].reached && out[2].reached);
	CHECK(out[0].events == 3 && out[0].visits == 2);
	CHECK(out[0].repeats == 2);			/* 1 h and 47 h after the previous a */
	CHECK(out[0].loops == 1);
	CHECK(out[1].loops == 0 && out[2].loops == 0);
	CHECK(out[0].converted && out[1].converted && !out[2].converted);
	CHECK(out[0].channel_events == 2 && out[0].channel_switches == 1);
	CHECK(out[0].outcome_events == 2 && out[0].failed == 1);
	CHECK(out[0].dwell_n == 2 && out[0].dwell_sum == 24 * H + 7 * 24 * H);
	CHECK(out[1].dwell_n == 1 && out[1].dwell_sum == 24 * H);
	CHECK(out[2].dwell_n == 0);
	CHECK(out[2].ended && !out[2].ended_idle && !out[0].ended);
	CHECK(out[0].first_at == 0 && out[1].first_at == 24 * H);
	CHECK(ndwell == 3);
	CHECK(dwell_seen[0] == 24 * H && dwell_seen[1] == 1000000000000LL + 24 * H &&
		  dwell_seen[2] == 7 * 24 * H);
}

UNIT_TEST(idle_and_windows)
{
	CxJourneyEvent e[2];
	CxJourneyStageResult out[2];
	int64_t		scratch[8];
	CxJourneyParams p = params(2, true);

	/* exactly the window apart is a repeat; one microsecond more is not */
	e[0] = ev(0, 0, -1, -1);
	e[1] = ev(0, 72 * H, -1, -1);
	cx_journey_analyze(e, 2, &p, out, scratch, NULL, NULL);
	CHECK(out[0].repeats == 1 && out[0].visits == 1 && out[0].dwell_n == 0);
	e[0] = ev(0, 0, -1, -1);
	e[1] = ev(0, 72 * H + 1, -1, -1);
	cx_journey_analyze(e, 2, &p, out, scratch, NULL, NULL);
	CHECK(out[0].repeats == 0);
	/* idle: more than the idle period before as_of */
	p.as_of = 72 * H + 1 + p.idle_period;
	cx_journey_analyze(e, 2, &p, out, scratch, NULL, NULL);
	CHECK(out[0].ended && !out[0].ended_idle);
	p.as_of++;
	cx_journey_analyze(e, 2, &p, out, scratch, NULL, NULL);
	CHECK(out[0].ended_idle);
	/* a journey newer than as_of is not idle */
	p.as_of = INT64_MIN + 5;
	cx_journey_analyze(e, 2, &p, out, scratch, NULL, NULL);
	CHECK(!out[0].ended_idle);
	/* one event */
	CHECK(cx_journey_analyze(e, 1, &p, out, scratch, NULL, NULL) == 0);
	CHECK(out[0].events == 1 && out[0].visits == 1 && out[0].repeats == 0 && !out[0].converted);
	CHECK(cx_journey_analyze(e, 0, &p, out, scratch, NULL, NULL) == -1);
}

UNIT_TEST(ties_use_content_not_arrival)
{
	CxJourneyEvent e[3];
	CxJourneyStageResult out[2];
	int64_t		scratch[8];
	CxJourneyParams p = params(2, false);
	uint32_t	stage_tie[2] = {1, 0};	/* stage 1's name sorts first */
	uint32_t	channel_tie[2] = {1, 0};

	/* without an order, two stages at one instant: the name decides */
	p.stage_tie = stage_tie;
	e[0] = ev(0, 5, -1, -1);
	e[1] = ev(1, 5, -1, -1);
	cx_journey_analyze(e, 2, &p, out, scratch, NULL, NULL);
	CHECK(out[1].converted && !out[0].converted);
	e[0] = ev(1, 5, -1, -1);
	e[1] = ev(0, 5, -1, -1);
	cx_journey_analyze(e, 2, &p, out, scratch, NULL, NULL);
	CHECK(out[1].converted && !out[0].converted);
	/* channels at one instant: no channel, then by channel name */
	p.channel_tie = channel_tie;
	e[0] = ev(0, 5, 0, -1);
	e[1] = ev(0, 5, -1, -1);
	e[2] = ev(0, 5, 1, -1);
	cx_journey_analyze(e, 3, &p, out, scratch, NULL, NULL);
	CHECK(e[0].channel == -1 && e[1].channel == 1 && e[2].channel == 0);
	CHECK(out[0].channel_switches == 1);
}

UNIT_TEST(first_seen_ranks)
{
	CxJourneyEvent e[4];
	CxJourneyStageResult out[3];
	int64_t		scratch[12];
	CxJourneyParams p = params(3, false);

	/* c a c b: ranks c=0 a=1 b=2; the second c is a loop (a is later) */
	e[0] = ev(2, 1, -1, -1);
	e[1] = ev(0, 2, -1, -1);
	e[2] = ev(2, 3, -1, -1);
	e[3] = ev(1, 4, -1, -1);
	cx_journey_analyze(e, 4, &p, out, scratch, NULL, NULL);
	CHECK(out[2].loops == 1 && out[0].loops == 0 && out[1].loops == 0);
	CHECK(out[2].converted && out[0].converted && !out[1].converted);
	/* the same events with the order a b c: a->c->b is no loop for c ... */
	p.ordered = true;
	cx_journey_analyze(e, 4, &p, out, scratch, NULL, NULL);
	/* c a c b in order a<b<c: a is a loop (after c), c again a loop? no: max before is c */
	CHECK(out[0].loops == 1 && out[2].loops == 0 && out[1].loops == 1);
	CHECK(!out[2].converted && out[0].converted && !out[1].converted);
}

UNIT_TEST(alert_repeats_loops)
{
	CxJourneyPoint pts[6] = {{0, 10 * H}, {1, 11 * H}, {0, 12 * H}, {0, 100 * H}, {2, 101 * H}, {1, 102 * H}};
	CxJourneyRepeatsLoops r;

	CHECK(cx_journey_repeats_loops(pts, 6, 72 * H, &r) == 0);
	CHECK(r.events == 6 && r.visits == 5);
	CHECK(r.repeats == 1);				/* 0 at 12 h (2 h after 10 h); 100 h is 88 h later */
	CHECK(r.loops == 2);				/* 0 after 1; 1 after 2 */
	CHECK(cx_journey_repeats_loops(pts, 0, 72 * H, &r) == 0 && r.events == 0);
	CHECK(cx_journey_repeats_loops(pts, 6, -1, &r) == -1);
	pts[0].stage = -1;
	CHECK(cx_journey_repeats_loops(pts, 6, 0, &r) == -1);
	/* many stages (heap path) and extreme times do not overflow */
	{
		CxJourneyPoint big[3] = {{500, INT64_MIN}, {500, INT64_MAX}, {3, 0}};

		CHECK(cx_journey_repeats_loops(big, 3, INT64_MAX, &r) == 0);
		CHECK(r.repeats == 0 && r.loops == 1 && r.visits == 3);
	}
}

/* the alert function agrees with the full analysis on random journeys */
UNIT_TEST(alert_matches_analysis)
{
	int			t;

	srand(7);
	for (t = 0; t < 2000; t++)
	{
		CxJourneyEvent e[40];
		CxJourneyPoint pts[40];
		CxJourneyStageResult out[6];
		int64_t		scratch[24];
		CxJourneyParams p = params(6, true);
		CxJourneyRepeatsLoops r;
		int64_t		rep = 0;
		int64_t		loops = 0;
		int64_t		visits = 0;
		int			n = 1 + rand() % 40;
		int			i;

		p.repeat_window = (rand() % 10) * H;
		for (i = 0; i < n; i++)
		{
			int64_t		at = (rand() % 50) * H;
			int			s = rand() % 6;

			e[i] = ev(s, at, rand() % 3 - 1, rand() % 3 - 1);
			pts[i].stage = s;
			pts[i].at = at;
		}
		cx_journey_analyze(e, n, &p, out, scratch, NULL, NULL);
		CHECK(cx_journey_repeats_loops(pts, n, p.repeat_window, &r) == 0);
		for (i = 0; i < 6; i++)
		{
			rep += out[i].repeats;
			loops += out[i].loops;
			visits += out[i].visits;
		}
		if (rep != r.repeats || loops != r.loops || visits != r.visits || r.events != n)
		{
			CHECK(!"alert_repeats_loops differs from cx_journey_analyze");
			break;
		}
	}
	CHECK(t == 2000);
}

UNIT_TEST(buckets)
{
	int64_t		v;
	int			prev = 0;
	int			b;

	CHECK(cx_journey_bucket(0) == 0);
	for (v = 1; v < 5000; v++)
	{
		int64_t		lo;
		int64_t		hi;

		b = cx_journey_bucket(v);
		CHECK(b >= prev);
		CHECK(cx_journey_bucket_bounds(b, &lo, &hi) && lo <= v && v <= hi);
		prev = b;
	}
	for (v = 1; v > 0 && v < INT64_MAX / 3; v = v * 3 + 1)
	{
		int64_t		lo;
		int64_t		hi;

		b = cx_journey_bucket(v);
		CHECK(b > 0 && b < CX_JOURNEY_NBUCKETS);
		CHECK(cx_journey_bucket_bounds(b, &lo, &hi) && lo <= v && v <= hi);
		CHECK((double) (hi - lo) <= (double) lo / 64.0);
	}
	b = cx_journey_bucket(INT64_MAX);
	CHECK(b == CX_JOURNEY_NBUCKETS - 1);
	/* buckets below 64 that no integer reaches are rejected */
	{
		int64_t		lo;
		int64_t		hi;

		CHECK(!cx_journey_bucket_bounds(2, &lo, &hi));
		CHECK(cx_journey_bucket_bounds(1, &lo, &hi) && lo == 1 && hi == 1);
		CHECK(!cx_journey_bucket_bounds(CX_JOURNEY_NBUCKETS, &lo, &hi));
	}
}

static int
cmp_i64(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a;
	int64_t		y = *(const int64_t *) b;

	return x < y ? -1 : x > y;
}

UNIT_TEST(median_from_histogram)
{
	CxJourneyHist *h = calloc(1, sizeof(CxJourneyHist));
	int64_t		vals[1001];
	int			t;

	/* exact for a few distinct values */
	cx_journey_hist_add(h, 24 * H);
	cx_journey_hist_add(h, 168 * H);
	cx_journey_hist_add(h, 96 * H);
	CHECK(cx_journey_hist_median(h, 3) == 96.0 * H);
	cx_journey_hist_add(h, 0);
	CHECK(cx_journey_hist_median(h, 4) == 60.0 * H);
	CHECK(isnan(cx_journey_hist_median(h, 0)));

	/* within a bucket width of the true median on random data */
	srand(11);
	for (t = 0; t < 50; t++)
	{
		int			n = 1 + rand() % 1001;
		int			i;
		double		truth;
		double		est;

		memset(h, 0, sizeof(*h));
		for (i = 0; i < n; i++)
		{
			vals[i] = ((int64_t) rand() << 20) % (1000 * H);
			cx_journey_hist_add(h, vals[i]);
		}
		qsort(vals, n, sizeof(int64_t), cmp_i64);
		truth = ((double) vals[(n - 1) / 2] + (double) vals[n / 2]) / 2.0;
		est = cx_journey_hist_median(h, n);
		CHECK(fabs(est - truth) <= truth / 64.0 + 1.0);
	}
	free(h);
}

UNIT_TEST(friction_index)
{
	double		c[CX_JF_NCOMPONENTS] = {0.5, 0.25, NAN, 0.0, 1.0, NAN};
	double		w[CX_JF_NCOMPONENTS] = {0.25, 0.20, 0.15, 0.20, 0.10, 0.10};
	double		none[CX_JF_NCOMPONENTS] = {NAN, NAN, NAN, NAN, NAN, NAN};

	/* (0.125 + 0.05 + 0 + 0.1) / 0.75 */
	CHECK_NEAR(cx_journey_index(c, w), 100.0 * 0.275 / 0.75, 1e-12);
	CHECK(isnan(cx_journey_index(none, w)));
	w[0] = w[1] = w[3] = w[4] = 0.0;
	CHECK(isnan(cx_journey_index(c, w)));
	CHECK_NEAR(cx_journey_dwell_component(72.0, 72.0), 0.5, 1e-15);
	CHECK(cx_journey_dwell_component(0.0, 72.0) == 0.0);
	CHECK(isnan(cx_journey_dwell_component(NAN, 72.0)));
}

/* a state written by the writer passes the checker; damage is caught */
UNIT_TEST(state_round_trip_and_damage)
{
	CxJourneyHist *h = calloc(1, sizeof(CxJourneyHist));
	CxJourneyStateHeader hdr = {CX_JS_ORDERED | CX_JS_CHANNEL, 72 * H, 720 * H, 1000 * H, 2, 2, 0};
	CxJourneyStateHeader back;
	CxJourneyStageAcc a;
	CxJourneyStageAcc r;
	uint8_t		buf[512];
	size_t		len;
	size_t		i;
	int			damaged_rejected = 0;

	len = cx_journey_state_write_header(buf, &hdr);
	memset(&a, 0, sizeof(a));
	a.name = "support";
	a.namelen = 7;
	a.first_at = 5;
	a.c[CX_JS_REACHED] = 2;
	a.c[CX_JS_EVENTS] = 5;
	a.c[CX_JS_VISITS] = 3;
	a.c[CX_JS_REPEATS] = 2;
	a.c[CX_JS_LOOPS] = 1;
	a.c[CX_JS_CONVERTED] = 1;
	a.c[CX_JS_ENDED] = 1;
	a.c[CX_JS_ENDED_IDLE] = 1;
	a.c[CX_JS_CH_EVENTS] = 4;
	a.c[CX_JS_CH_SWITCHES] = 1;
	a.c[CX_JS_DWELL_N] = 2;
	cx_journey_hist_add(h, 24 * H);
	cx_journey_hist_add(h, 100);
	a.dwell_sum = 24 * H + 100;
	len += cx_journey_state_write_stage(buf + len, &a, h);
	memset(&a, 0, sizeof(a));
	a.name = "renewal";
	a.namelen = 7;
	a.first_at = 9;
	a.c[CX_JS_REACHED] = 1;
	a.c[CX_JS_EVENTS] = 1;
	a.c[CX_JS_VISITS] = 1;
	a.c[CX_JS_ENDED] = 1;
	len += cx_journey_state_write_stage(buf + len, &a, NULL);
	CHECK(len == CX_JS_HEADER_SIZE + cx_journey_state_stage_size(7, 2) + cx_journey_state_stage_size(7, 0));
	CHECK(cx_journey_state_check(buf, len, &back) == NULL);
	CHECK(back.journeys == 2 && back.nstages == 2 && back.as_of == 1000 * H);
	i = cx_journey_state_read_stage(buf, CX_JS_HEADER_SIZE, &r);
	CHECK(r.namelen == 7 && memcmp(r.name, "support", 7) == 0 && r.c[CX_JS_LOOPS] == 1 &&
		  r.dwell_sum == 24 * H + 100 && r.nbuckets == 2);
	CHECK(cx_journey_state_read_stage(buf, i, &r) == len);

	/* every truncation is rejected */
	for (i = 0; i < len; i++)
		if (cx_journey_state_check(buf, i, &back) == NULL)
			CHECK(!"a truncated state passed the check");
	/* flipping any single bit is rejected or still self-consistent: never a crash */
	for (i = 0; i < len * 8; i++)
	{
		buf[i / 8] ^= (uint8_t) (1 << (i % 8));
		if (cx_journey_state_check(buf, len, &back) != NULL)
			damaged_rejected++;
		buf[i / 8] ^= (uint8_t) (1 << (i % 8));
	}
	CHECK(damaged_rejected > (int) (len * 8) / 2);
	/* specific damage: the two names made equal */
	memcpy(buf + CX_JS_HEADER_SIZE + 4, "renewal", 7);
	CHECK(cx_journey_state_check(buf, len, &back) != NULL);
	free(h);
}

/*
 * Final stages: the stage flag round-trips and needs the FINAL_SET rule;
 * a JFS1 state (no stage flags) reads as version 1 with CX_JS_FINAL_LAST.
 */
UNIT_TEST(final_stages_and_jfs1)
{
	CxJourneyStateHeader hdr = {CX_JS_FINAL_SET, 0, 0, 0, 1, 1, 0};
	CxJourneyStateHeader back;
	CxJourneyStageAcc a;
	CxJourneyStageAcc r;
	uint8_t		buf[256];
	uint8_t		v1[256];
	size_t		len;
	size_t		stage_off = CX_JS_HEADER_SIZE;
	size_t		v1len;

	memset(&a, 0, sizeof(a));
	a.name = "done";
	a.namelen = 4;
	a.sflags = CX_JS_STAGE_FINAL;
	a.c[CX_JS_REACHED] = 1;
	a.c[CX_JS_EVENTS] = 1;
	a.c[CX_JS_VISITS] = 1;
	a.c[CX_JS_ENDED] = 1;
	len = cx_journey_state_write_header(buf, &hdr);
	len += cx_journey_state_write_stage(buf + len, &a, NULL);
	CHECK(memcmp(buf, "JFS2", 4) == 0);
	CHECK(cx_journey_state_check(buf, len, &back) == NULL);
	CHECK(back.version == 2 && back.flags == CX_JS_FINAL_SET);
	CHECK(cx_journey_state_read_stage(buf, stage_off, &r) == len);
	CHECK(r.sflags == CX_JS_STAGE_FINAL && r.c[CX_JS_ENDED] == 1);

	/* a final stage without the rule, two rules, a rule without a final stage */
	buf[7] = 0;
	CHECK(cx_journey_state_check(buf, len, &back) != NULL);
	buf[7] = CX_JS_FINAL_SET | CX_JS_FINAL_LAST;
	CHECK(cx_journey_state_check(buf, len, &back) != NULL);
	buf[7] = CX_JS_FINAL_SET;
	buf[stage_off + 4 + 4 + 3] = 0;
	CHECK(cx_journey_state_check(buf, len, &back) != NULL);
	buf[stage_off + 4 + 4 + 3] = 2;	/* unknown stage flag */
	CHECK(cx_journey_state_check(buf, len, &back) != NULL);
	buf[stage_off + 4 + 4 + 3] = CX_JS_STAGE_FINAL;
	CHECK(cx_journey_state_check(buf, len, &back) == NULL);

	/* the same state as 1.1 wrote it: JFS1, no flags, no stage flags */
	memcpy(v1, buf, CX_JS_HEADER_SIZE);
	memcpy(v1, "JFS1", 4);
	v1[7] = 0;
	memcpy(v1 + stage_off, buf + stage_off, 4 + 4);
	memcpy(v1 + stage_off + 8, buf + stage_off + 12, len - stage_off - 12);
	v1len = len - 4;
	CHECK(cx_journey_state_check(v1, v1len, &back) == NULL);
	CHECK(back.version == 1 && back.flags == CX_JS_FINAL_LAST && back.journeys == 1);
	CHECK(cx_journey_state_read_stage(v1, stage_off, &r) == v1len);
	CHECK(r.sflags == 0 && r.namelen == 4 && r.c[CX_JS_ENDED] == 1);
	/* JFS1 knew only flags 0x7 */
	v1[7] = CX_JS_FINAL_SET;
	CHECK(cx_journey_state_check(v1, v1len, &back) != NULL);
	v1[7] = 0;
	/* each layout read as the other is rejected */
	memcpy(v1, "JFS2", 4);
	CHECK(cx_journey_state_check(v1, v1len, &back) != NULL);
	memcpy(buf, "JFS1", 4);
	buf[7] = 0;
	CHECK(cx_journey_state_check(buf, len, &back) != NULL);
}

/* sparse histograms agree with dense ones; the transitions section checks */
UNIT_TEST(transitions_section)
{
	CxJourneyHist *h = calloc(1, sizeof(CxJourneyHist));
	CxJourneyBucket sb[CX_JOURNEY_NBUCKETS];
	uint32_t	k = 0;
	int64_t		v;
	int			i;
	CxJourneyStateHeader hdr = {CX_JS_TRANSITIONS, 0, 0, 0, 1, 2, 0};
	CxJourneyStateHeader back;
	CxJourneyStageAcc a;
	CxJourneyPairAcc pa;
	CxJourneyPairAcc r;
	CxJourneyBucket one;
	uint8_t		buf[512];
	size_t		len;
	size_t		poff;

	for (i = 0; i < 2000; i++)
	{
		v = ((int64_t) i * 7919) % 100003 * (i % 3 + 1);
		cx_journey_hist_add(h, v);
		CHECK(cx_journey_sparse_add(sb, &k, cx_journey_bucket(v), 1, v));
		CHECK(k <= CX_JOURNEY_NBUCKETS);
		if (i % 97 == 0)
			CHECK(cx_journey_sparse_median(sb, k, i + 1) == cx_journey_hist_median(h, i + 1));
	}
	CHECK(k == cx_journey_hist_nonzero(h));
	for (i = 1; i < (int) k; i++)
		CHECK(sb[i - 1].bucket < sb[i].bucket);
	/* a sum that would overflow changes nothing */
	one = sb[0];
	CHECK(!cx_journey_sparse_add(sb, &k, sb[0].bucket, INT64_MAX, 0));
	CHECK(sb[0].count == one.count && sb[0].sum == one.sum);
	free(h);

	/* one journey a -> b after 5 us */
	len = cx_journey_state_write_header(buf, &hdr);
	memset(&a, 0, sizeof(a));
	a.name = "a";
	a.namelen = 1;
	a.first_at = 0;
	a.c[CX_JS_REACHED] = a.c[CX_JS_EVENTS] = a.c[CX_JS_VISITS] = 1;
	a.c[CX_JS_CONVERTED] = 1;
	a.c[CX_JS_DWELL_N] = 1;
	a.dwell_sum = 5;
	one.bucket = cx_journey_bucket(5);
	one.count = 1;
	one.sum = 5;
	{
		CxJourneyHist *ha = calloc(1, sizeof(CxJourneyHist));

		cx_journey_hist_add(ha, 5);
		len += cx_journey_state_write_stage(buf + len, &a, ha);
		free(ha);
	}
	memset(&a, 0, sizeof(a));
	a.name = "b";
	a.namelen = 1;
	a.first_at = 5;
	a.c[CX_JS_REACHED] = a.c[CX_JS_EVENTS] = a.c[CX_JS_VISITS] = 1;
	a.c[CX_JS_ENDED] = 1;
	len += cx_journey_state_write_stage(buf + len, &a, NULL);
	poff = len;
	len += cx_journey_state_write_u32(buf + len, 1);
	memset(&pa, 0, sizeof(pa));
	pa.from = 0;
	pa.to = 1;
	pa.journeys = 1;
	pa.transitions = 1;
	pa.dwell_sum = 5;
	len += cx_journey_state_write_pair(buf + len, &pa, &one, 1);
	CHECK(cx_journey_state_check(buf, len, &back) == NULL);
	CHECK(cx_journey_state_read_u32(buf + poff) == 1);
	CHECK(cx_journey_state_read_pair(buf, poff + 4, &r) == len);
	CHECK(r.from == 0 && r.to == 1 && r.journeys == 1 && r.transitions == 1 && r.dwell_sum == 5 && r.nbuckets == 1);
	/* every truncation is rejected, and so is each inconsistency */
	for (i = 0; i < (int) len; i++)
		if (cx_journey_state_check(buf, i, &back) == NULL)
			CHECK(!"a truncated state passed the check");
	buf[poff + 4 + 7] = 0;		/* a -> a */
	CHECK(cx_journey_state_check(buf, len, &back) != NULL);
	buf[poff + 4 + 7] = 2;		/* a -> stage 2 of 2 */
	CHECK(cx_journey_state_check(buf, len, &back) != NULL);
	buf[poff + 4 + 7] = 1;
	buf[poff + 4 + 23] = 2;		/* 2 transitions, 1 dwell time */
	CHECK(cx_journey_state_check(buf, len, &back) != NULL);
	buf[poff + 4 + 23] = 1;
	buf[poff + 4 + 15] = 2;		/* 2 journeys of 1 */
	CHECK(cx_journey_state_check(buf, len, &back) != NULL);
	buf[poff + 4 + 15] = 1;
	buf[poff + 3] = 0;			/* no pairs: a's dwell time has no transition */
	CHECK(cx_journey_state_check(buf, poff + 4, &back) != NULL);
	buf[poff + 3] = 1;
	CHECK(cx_journey_state_check(buf, len, &back) == NULL);
	/* without the flag the section is trailing bytes */
	buf[7] = 0;
	CHECK(cx_journey_state_check(buf, len, &back) != NULL);
	CHECK(cx_journey_state_check(buf, poff, &back) == NULL);
}

/* adding up counters: exact up to INT64_MAX, refused beyond, never wrapped */
UNIT_TEST(checked_additions)
{
	int64_t		a = INT64_MAX - 1;
	cx_i128		w = 0;
	int64_t		c[CX_JS_NCOUNTERS];
	int64_t		add[CX_JS_NCOUNTERS];
	cx_i128		dwell = 5;
	int			k;

	CHECK(cx_journey_add_i64(&a, 1) && a == INT64_MAX);
	CHECK(!cx_journey_add_i64(&a, 1) && a == INT64_MAX);		/* unchanged */
	CHECK(!cx_journey_add_i64(&a, INT64_MAX) && a == INT64_MAX);
	a = INT64_C(1) << 62;
	CHECK(!cx_journey_add_i64(&a, INT64_C(1) << 62) && a == INT64_C(1) << 62);
	CHECK(cx_journey_add_i64(&a, (INT64_C(1) << 62) - 1) && a == INT64_MAX);
	a = 0;
	CHECK(cx_journey_add_i64(&a, 0) && a == 0);
	/* three of INT64_MAX: the second addition is refused */
	a = INT64_MAX;
	CHECK(!cx_journey_add_i64(&a, INT64_MAX));

	w = (cx_i128) INT64_MAX * INT64_MAX;
	CHECK(cx_journey_add_i128(&w, w));		/* 2^127 - 2^65 + 2: fits */
	CHECK(!cx_journey_add_i128(&w, (cx_i128) INT64_MAX * 8));
	CHECK(w == (cx_i128) INT64_MAX * INT64_MAX * 2);

	/* all or nothing, and the first counter that does not fit is named */
	for (k = 0; k < CX_JS_NCOUNTERS; k++)
	{
		c[k] = 10 + k;
		add[k] = 1;
	}
	CHECK(cx_journey_counters_add(c, &dwell, add, 7) == -1);
	CHECK(c[0] == 11 && c[CX_JS_DWELL_N] == 10 + CX_JS_DWELL_N + 1 && dwell == 12);
	add[CX_JS_LOOPS] = INT64_MAX;
	add[CX_JS_FAILED] = INT64_MAX;
	CHECK(cx_journey_counters_add(c, &dwell, add, 7) == CX_JS_LOOPS);
	CHECK(c[0] == 11 && c[CX_JS_LOOPS] == 10 + CX_JS_LOOPS + 1 && dwell == 12);
	add[CX_JS_LOOPS] = 1;
	CHECK(cx_journey_counters_add(c, &dwell, add, 7) == CX_JS_FAILED);
	add[CX_JS_FAILED] = 1;
	dwell = ((cx_i128) 1 << 126) + (((cx_i128) 1 << 126) - 1);		/* 2^127 - 1 */
	CHECK(cx_journey_counters_add(c, &dwell, add, 1) == CX_JS_NCOUNTERS);
	CHECK(c[0] == 11);
	CHECK(cx_journey_counters_add(c, &dwell, add, 0) == -1 && c[0] == 12);
	for (k = 0; k <= CX_JS_NCOUNTERS; k++)
		CHECK(cx_journey_counter_name(k) != NULL && cx_journey_counter_name(k)[0] != '\0');
}

/*
 * The largest valid state merges with itself only by an error; two halves
 * that just fit merge into a state the check accepts.
 */
static size_t
one_stage_state(uint8_t *buf, int64_t journeys, int64_t dwell_n, const CxJourneyHist *h,
				cx_i128 dwell_sum)
{
	CxJourneyStateHeader hdr = {0, 0, 0, 0, journeys, 1, 0};
	CxJourneyStageAcc a;
	size_t		len = cx_journey_state_write_header(buf, &hdr);

	memset(&a, 0, sizeof(a));
	a.name = "a";
	a.namelen = 1;
	a.first_at = 0;
	a.c[CX_JS_REACHED] = journeys;
	a.c[CX_JS_EVENTS] = journeys;
	a.c[CX_JS_VISITS] = journeys;
	a.c[CX_JS_ENDED] = journeys;
	a.c[CX_JS_DWELL_N] = dwell_n;
	a.dwell_sum = dwell_sum;
	return len + cx_journey_state_write_stage(buf + len, &a, h);
}

UNIT_TEST(merge_near_the_limits)
{
	CxJourneyHist *h1 = calloc(1, sizeof(CxJourneyHist));
	CxJourneyHist *h2 = calloc(1, sizeof(CxJourneyHist));
	CxJourneyStateHeader back;
	CxJourneyStageAcc s1;
	CxJourneyStageAcc s2;
	uint8_t		b1[256];
	uint8_t		b2[256];
	uint8_t		out[256];
	size_t		l1;
	size_t		l2;
	int64_t		journeys;
	int			bucket;
	int64_t		count;
	cx_i128		bsum;

	/* dwell times of INT64_MAX: bucket 4032 */
	CHECK(cx_journey_bucket(INT64_MAX) == 4032);
	h1->count[4032] = INT64_C(1) << 62;
	h1->sum[4032] = (cx_i128) INT64_MAX * (INT64_C(1) << 62);
	h2->count[4032] = (INT64_C(1) << 62) - 1;
	h2->sum[4032] = (cx_i128) INT64_MAX * ((INT64_C(1) << 62) - 1);
	l1 = one_stage_state(b1, INT64_C(1) << 62, INT64_C(1) << 62, h1, h1->sum[4032]);
	l2 = one_stage_state(b2, (INT64_C(1) << 62) - 1, (INT64_C(1) << 62) - 1, h2, h2->sum[4032]);
	CHECK(cx_journey_state_check(b1, l1, &back) == NULL);
	CHECK(cx_journey_state_check(b2, l2, &back) == NULL);

	/* b1 + b2 fits exactly, and the result is valid */
	cx_journey_state_read_stage(b1, CX_JS_HEADER_SIZE, &s1);
	cx_journey_state_read_stage(b2, CX_JS_HEADER_SIZE, &s2);
	journeys = INT64_C(1) << 62;
	CHECK(cx_journey_add_i64(&journeys, (INT64_C(1) << 62) - 1) && journeys == INT64_MAX);
	CHECK(cx_journey_counters_add(s1.c, &s1.dwell_sum, s2.c, s2.dwell_sum) == -1);
	cx_journey_state_bucket(s2.buckets, 0, &bucket, &count, &bsum);
	CHECK(bucket == 4032 && cx_journey_add_i64(&h1->count[bucket], count) &&
		  cx_journey_add_i128(&h1->sum[bucket], bsum));
	{
		CxJourneyStateHeader hdr = {0, 0, 0, 0, journeys, 1, 0};
		size_t		len = cx_journey_state_write_header(out, &hdr);

		len += cx_journey_state_write_stage(out + len, &s1, h1);
		CHECK(cx_journey_state_check(out, len, &back) == NULL);
		CHECK(back.journeys == INT64_MAX);
	}
	/* b1 + b1: the journeys do not fit, nor does the first counter */
	cx_journey_state_read_stage(b1, CX_JS_HEADER_SIZE, &s1);
	cx_journey_state_read_stage(b1, CX_JS_HEADER_SIZE, &s2);
	journeys = INT64_C(1) << 62;
	CHECK(!cx_journey_add_i64(&journeys, INT64_C(1) << 62));
	CHECK(cx_journey_counters_add(s1.c, &s1.dwell_sum, s2.c, s2.dwell_sum) == CX_JS_REACHED);
	/* a median of INT64_MAX values: 2^63 as a double, never negative */
	CHECK(cx_journey_hist_median(h1, INT64_MAX) >= 9.2e18);
	free(h1);
	free(h2);
}

int
main(void)
{
	RUN(hand_checked_journey);
	RUN(idle_and_windows);
	RUN(ties_use_content_not_arrival);
	RUN(first_seen_ranks);
	RUN(alert_repeats_loops);
	RUN(alert_matches_analysis);
	RUN(buckets);
	RUN(median_from_histogram);
	RUN(friction_index);
	RUN(state_round_trip_and_damage);
	RUN(final_stages_and_jfs1);
	RUN(transitions_section);
	RUN(checked_additions);
	RUN(merge_near_the_limits);
	return unit_report();
}
