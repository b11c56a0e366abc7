/* Unit tests of src/core/journey_moments.c (moments of truth) */
#include "unit.h"
#include "journey_moments.h"

#include <stdlib.h>

#define H (INT64_C(3600000000))		/* one hour in microseconds */

static CxJourneyEvent
ev(int stage, int64_t at, int channel, int failed)
{
	CxJourneyEvent e = {at, stage, channel, failed, 0};

	return e;
}

#define NB 11
#define CELLS CX_JM_STAGE_CELLS(NB)

static int64_t
total(const int64_t *c, int kind, int group)
{
	int64_t		t = 0;
	int			b;

	for (b = 0; b < NB; b++)
		t += c[CX_JM_CELL(NB, kind, group, b)];
	return t;
}

UNIT_TEST(bins_and_kinds)
{
	CHECK(cx_jm_bin(0, 0) == 0 && cx_jm_bin(0, 10) == 10);
	CHECK(cx_jm_bin(0, 11) == -1 && cx_jm_bin(0, -1) == -1);
	CHECK(cx_jm_bin(5, 1) == 0 && cx_jm_bin(5, 5) == 4 && cx_jm_bin(5, 0) == -1 && cx_jm_bin(5, 6) == -1);
	CHECK(cx_jm_nbins(0) == 11 && cx_jm_nbins(7) == 7);
	CHECK_STR(cx_jm_kind_name(CX_JM_LOOP), "loop");
	CHECK_STR(cx_jm_kind_name(CX_JM_DROP_OFF), "drop_off");
	CHECK_STR(cx_jm_kind_name(99), "?");
	CHECK(cx_jm_kind_defined(0, 0, CX_JM_REPEAT) && cx_jm_kind_defined(0, 0, CX_JM_DWELL));
	CHECK(!cx_jm_kind_defined(0, 0, CX_JM_DROP_OFF));
	CHECK(cx_jm_kind_defined(CX_JM_DROP_DEFINED, 0, CX_JM_DROP_OFF));
	CHECK(!cx_jm_kind_defined(CX_JM_DROP_DEFINED, CX_JM_STAGE_FINAL, CX_JM_DROP_OFF));
	CHECK(!cx_jm_kind_defined(0, 0, CX_JM_CHANNEL) && cx_jm_kind_defined(CX_JM_WITH_CHANNEL, 0, CX_JM_CHANNEL));
	CHECK(!cx_jm_kind_defined(0, 0, CX_JM_FAILED) && cx_jm_kind_defined(CX_JM_WITH_OUTCOME, 0, CX_JM_FAILED));
}

/*
 * One journey a b a c (ordered, c final): loop at a, dwell a = 24 h and
 * 7 days (mean 4 days), failed at the second a, channel switch none; then
 * its answer in every stage it reached.
 */
UNIT_TEST(one_journey_by_hand)
{
	CxJourneyEvent e[4];
	CxJourneyStageResult out[3];
	int64_t		scratch[12];
	CxJourneyParams p = {3, true, 72 * H, 30 * 24 * H, 100 * 24 * H, NULL, NULL};
	int64_t		counts[3][CELLS];
	uint32_t	flags = CX_JM_ORDERED | CX_JM_DROP_DEFINED | CX_JM_WITH_CHANNEL | CX_JM_WITH_OUTCOME;
	uint8_t		sflags[3] = {0, 0, CX_JM_STAGE_FINAL};
	int			s;

	e[0] = ev(0, 0, 0, 0);
	e[1] = ev(1, 24 * H, 0, 0);
	e[2] = ev(0, 48 * H, 1, 1);
	e[3] = ev(2, 9 * 24 * H, -1, -1);
	memset(counts, 0, sizeof(counts));
	cx_journey_analyze(e, 4, &p, out, scratch, NULL, NULL);
	for (s = 0; s < 3; s++)
		cx_jm_add_stage(counts[s], NB, flags, sflags[s], &out[s], 48 * H, 3);
	/* a: repeat (48 h <= 72 h), loop, dwell 4 days > 48 h, failed; no switch */
	CHECK(counts[0][CX_JM_CELL(NB, CX_JM_REPEAT, 0, 3)] == 1);
	CHECK(counts[0][CX_JM_CELL(NB, CX_JM_LOOP, 0, 3)] == 1);
	CHECK(counts[0][CX_JM_CELL(NB, CX_JM_DWELL, 0, 3)] == 1);
	CHECK(counts[0][CX_JM_CELL(NB, CX_JM_FAILED, 0, 3)] == 1);
	CHECK(counts[0][CX_JM_CELL(NB, CX_JM_CHANNEL, 1, 3)] == 1);
	CHECK(counts[0][CX_JM_CELL(NB, CX_JM_DROP_OFF, 1, 3)] == 1);
	/* b: no friction, dwell 24 h <= 48 h */
	CHECK(total(counts[1], CX_JM_REPEAT, 0) == 0 && total(counts[1], CX_JM_REPEAT, 1) == 1);
	CHECK(total(counts[1], CX_JM_DWELL, 1) == 1 && total(counts[1], CX_JM_FAILED, 1) == 1);
	/* c: final, ended idle but no drop-off there; no dwell (never left) and no outcome */
	CHECK(out[2].ended_idle);
	CHECK(total(counts[2], CX_JM_DROP_OFF, 0) + total(counts[2], CX_JM_DROP_OFF, 1) == 0);
	CHECK(total(counts[2], CX_JM_DWELL, 0) + total(counts[2], CX_JM_DWELL, 1) == 0);
	CHECK(total(counts[2], CX_JM_FAILED, 0) + total(counts[2], CX_JM_FAILED, 1) == 0);
	CHECK(total(counts[2], CX_JM_CHANNEL, 0) + total(counts[2], CX_JM_CHANNEL, 1) == 0);
	/* the dwell reference is exclusive: a mean of exactly 4 days is not above it */
	memset(counts, 0, sizeof(counts));
	cx_jm_add_stage(counts[0], NB, flags, 0, &out[0], 96 * H, 3);
	CHECK(total(counts[0], CX_JM_DWELL, 0) == 0 && total(counts[0], CX_JM_DWELL, 1) == 1);
	cx_jm_add_stage(counts[0], NB, flags, 0, &out[0], 96 * H - 1, 3);
	CHECK(total(counts[0], CX_JM_DWELL, 0) == 1);
}

/* write a state of two stages, check it, read it back; then break it */
static size_t
two_stage_state(uint8_t *buf, int64_t journeys, int64_t loops_exposed)
{
	CxJmHeader	h = {CX_JM_ORDERED | CX_JM_DROP_DEFINED, 0, 72 * H, 30 * 24 * H, 5, 48 * H, journeys, 1, 2};
	int64_t		c[CELLS];
	size_t		off;

	memset(c, 0, sizeof(c));
	/* stage x: 2 journeys reached it (answers 10 and 0); one looped */
	c[CX_JM_CELL(NB, CX_JM_REPEAT, 1, 10)] = 1;
	c[CX_JM_CELL(NB, CX_JM_REPEAT, 1, 0)] = 1;
	c[CX_JM_CELL(NB, CX_JM_LOOP, 0, 0)] = loops_exposed;
	c[CX_JM_CELL(NB, CX_JM_LOOP, 1, 10)] = 1;
	c[CX_JM_CELL(NB, CX_JM_DROP_OFF, 1, 10)] = 1;
	c[CX_JM_CELL(NB, CX_JM_DROP_OFF, 1, 0)] = 1;
	off = cx_jm_write_header(buf, &h);
	off += cx_jm_write_stage(buf + off, "x", 1, 0, c, NB);
	memset(c, 0, sizeof(c));
	off += cx_jm_write_stage(buf + off, "y", 1, CX_JM_STAGE_FINAL, c, NB);
	return off;
}

UNIT_TEST(state_round_trip_and_checks)
{
	static uint8_t buf[4096];
	size_t		len = two_stage_state(buf, 2, 1);
	CxJmHeader	h;
	const char *name;
	uint32_t	namelen;
	uint8_t		sflags;
	int64_t		c[CELLS];
	CxImpact	imp;
	size_t		off;

	CHECK(len == CX_JM_HEADER_SIZE + 2 * cx_jm_stage_size(1, NB));
	CHECK(cx_jm_check(buf, len, &h) == NULL);
	CHECK(h.journeys == 2 && h.unanswered == 1 && h.nstages == 2 && h.as_of == 5 && h.scale == 0);
	off = cx_jm_read_stage(buf, CX_JM_HEADER_SIZE, NB, &name, &namelen, &sflags, c);
	CHECK(namelen == 1 && name[0] == 'x' && sflags == 0);
	CHECK(c[CX_JM_CELL(NB, CX_JM_LOOP, 0, 0)] == 1);
	/* loop at x: exposed NPS -100 (one 0), unexposed 100 (one 10) */
	cx_jm_impact(c, 0, CX_JM_LOOP, h.journeys, 0.95, &imp);
	CHECK(imp.exposed_n == 1 && imp.unexposed_n == 1);
	CHECK_NEAR(imp.exposed_value, -100, 1e-12);
	CHECK_NEAR(imp.unexposed_value, 100, 1e-12);
	CHECK_NEAR(imp.difference, -200, 1e-12);
	CHECK_NEAR(imp.points_at_stake, 0.5 * 200, 1e-12);
	CHECK(imp.ci_lower < imp.ci_upper && imp.p_value > 0.05);	/* one answer each: too few to tell */
	/* undefined with an empty group */
	cx_jm_impact(c, 0, CX_JM_DWELL, h.journeys, 0.95, &imp);
	CHECK(imp.exposed_n == 0 && isnan(imp.points_at_stake));
	(void) off;

	/* every truncation is refused */
	{
		size_t		n;
		int			bad = 0;

		for (n = 0; n < len; n++)
			bad += cx_jm_check(buf, n, &h) != NULL;
		CHECK(bad == (int) len);
	}
	/* a stage with more journeys than the state */
	len = two_stage_state(buf, 1, 1);
	CHECK(cx_jm_check(buf, len, &h) != NULL);
	/* repeat and loop totals disagree */
	len = two_stage_state(buf, 2, 2);
	CHECK(cx_jm_check(buf, len, &h) != NULL);
	/* unknown flags, bad scale, negative count, two stages alike */
	len = two_stage_state(buf, 2, 1);
	buf[7] |= 0x80;
	CHECK(cx_jm_check(buf, len, &h) != NULL);
	len = two_stage_state(buf, 2, 1);
	buf[11] = 2;
	CHECK(cx_jm_check(buf, len, &h) != NULL);
	len = two_stage_state(buf, 2, 1);
	memset(buf + CX_JM_HEADER_SIZE + 4 + 1 + 1, 0xff, 8);
	CHECK(cx_jm_check(buf, len, &h) != NULL);
	len = two_stage_state(buf, 2, 1);
	buf[CX_JM_HEADER_SIZE + cx_jm_stage_size(1, NB) + 4] = 'x';
	CHECK(cx_jm_check(buf, len, &h) != NULL);
	/* counts for drop-off at a final stage */
	len = two_stage_state(buf, 2, 1);
	buf[CX_JM_HEADER_SIZE + 4 + 1] = CX_JM_STAGE_FINAL;
	CHECK(cx_jm_check(buf, len, &h) != NULL);
}

UNIT_TEST(csat_impact)
{
	int64_t		c[CX_JM_STAGE_CELLS(5)];
	CxImpact	imp;

	memset(c, 0, sizeof(c));
	/* loop: exposed answers 1, 2, 5 (1 satisfied of 3); unexposed 4, 5 */
	c[CX_JM_CELL(5, CX_JM_LOOP, 0, 0)] = 1;
	c[CX_JM_CELL(5, CX_JM_LOOP, 0, 1)] = 1;
	c[CX_JM_CELL(5, CX_JM_LOOP, 0, 4)] = 1;
	c[CX_JM_CELL(5, CX_JM_LOOP, 1, 3)] = 1;
	c[CX_JM_CELL(5, CX_JM_LOOP, 1, 4)] = 1;
	cx_jm_impact(c, 5, CX_JM_LOOP, 10, 0.95, &imp);
	CHECK(imp.exposed_n == 3 && imp.unexposed_n == 2);
	CHECK_NEAR(imp.exposed_value, 100.0 / 3, 1e-12);
	CHECK_NEAR(imp.unexposed_value, 100, 1e-12);
	CHECK_NEAR(imp.points_at_stake, 0.3 * (100 - 100.0 / 3), 1e-12);
}

int
main(void)
{
	RUN(bins_and_kinds);
	RUN(one_journey_by_hand);
	RUN(state_round_trip_and_checks);
	RUN(csat_impact);
	return unit_report();
}
