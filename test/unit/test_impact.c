/*
 * Unit tests of src/core/impact.c: the exposed-against-unexposed comparison
 * of NPS, CSAT and CES, checked against the formulas written out by hand,
 * the agreement of every interval with its p-value, and the edge cases
 * (empty groups, everyone exposed, one answer, huge counts).
 */
#include "unit.h"
#include "impact.h"
#include "stats.h"
#include "survey.h"

#include <stdint.h>

static CxNpsState
nps_of(const int64_t *counts)
{
	CxNpsState	s;

	cx_nps_init(&s);
	for (int i = 0; i < CX_NPS_NSCORES; i++)
	{
		s.counts[i] = counts[i];
		s.n += counts[i];
	}
	return s;
}

UNIT_TEST(nps_by_hand)
{
	/* exposed: 5 detractors (0), 5 promoters (10); unexposed: 10 promoters */
	int64_t		ce[CX_NPS_NSCORES] = {5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5};
	int64_t		cu[CX_NPS_NSCORES] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10};
	CxNpsState	e = nps_of(ce),
				u = nps_of(cu);
	CxImpact	r;
	double		pe = 5.75 / 13,
				de = 5.75 / 13,
				pu = 10.75 / 13,
				du = 0.75 / 13,
				ve = (pe + de - (pe - de) * (pe - de)) / 13,
				vu = (pu + du - (pu - du) * (pu - du)) / 13,
				se = sqrt(ve + vu),
				centre = (pe - de) - (pu - du),
				z = 1.959963984540054;

	cx_nps_impact(&e, &u, 0.95, &r);
	CHECK(r.exposed_n == 10 && r.unexposed_n == 10);
	CHECK_NEAR(r.exposed_value, 0.0, 1e-12);
	CHECK_NEAR(r.unexposed_value, 100.0, 1e-12);
	CHECK_NEAR(r.difference, -100.0, 1e-12);
	CHECK_NEAR(r.ci_lower, 100.0 * (centre - z * se), 1e-9);
	CHECK_NEAR(r.ci_upper, 100.0 * (centre + z * se), 1e-9);
	CHECK_NEAR(r.p_value, erfc(fabs(centre / se) / sqrt(2.0)), 1e-15);
	CHECK_NEAR(r.exposed_share, 0.5, 0);
	CHECK_NEAR(r.points_at_stake, 50.0, 1e-12);
	/* the same p-value as the two-sample test of nps.c */
	{
		double		d,
					zz,
					p;

		CHECK(cx_nps_test(&e, &u, &d, &zz, &p));
		CHECK(p == r.p_value);
		CHECK(d == r.difference);
	}
	/* swapping the groups mirrors everything but the share */
	{
		CxImpact	s;

		cx_nps_impact(&u, &e, 0.95, &s);
		CHECK_NEAR(s.difference, 100.0, 1e-12);
		CHECK_NEAR(s.ci_lower, -r.ci_upper, 1e-12);
		CHECK_NEAR(s.ci_upper, -r.ci_lower, 1e-12);
		CHECK(s.p_value == r.p_value);
		CHECK_NEAR(s.points_at_stake, -50.0, 1e-12);
	}
}

UNIT_TEST(csat_agresti_caffo_by_hand)
{
	/* 1-5: exposed 3 satisfied of 10, unexposed 8 of 10 */
	int64_t		ce[CX_SURVEY_MAX_VALUES] = {4, 2, 1, 2, 1};
	int64_t		cu[CX_SURVEY_MAX_VALUES] = {0, 1, 1, 3, 5};
	CxImpact	r;
	double		pe = 4.0 / 12,
				pu = 9.0 / 12,
				se = sqrt(pe * (1 - pe) / 12 + pu * (1 - pu) / 12),
				z = 1.959963984540054;

	cx_csat_impact(ce, cu, 5, 0.95, &r);
	CHECK(r.exposed_n == 10 && r.unexposed_n == 10);
	CHECK_NEAR(r.exposed_value, 30.0, 1e-12);
	CHECK_NEAR(r.unexposed_value, 80.0, 1e-12);
	CHECK_NEAR(r.difference, -50.0, 1e-12);
	CHECK_NEAR(r.ci_lower, 100.0 * (pe - pu - z * se), 1e-9);
	CHECK_NEAR(r.ci_upper, 100.0 * (pe - pu + z * se), 1e-9);
	CHECK_NEAR(r.p_value, erfc(fabs((pe - pu) / se) / sqrt(2.0)), 1e-15);
	CHECK_NEAR(r.points_at_stake, 0.5 * 50.0, 1e-12);
	/* on a 1-3 scale the top two boxes are 2 and 3 */
	cx_csat_impact(ce, cu, 3, 0.95, &r);
	CHECK_NEAR(r.exposed_value, 100.0 * 3 / 7, 1e-12);
	CHECK_NEAR(r.unexposed_value, 100.0, 1e-12);
}

UNIT_TEST(ces_welch_by_hand)
{
	/* exposed 1,1,2,2 (mean 1.5, var 1/3); unexposed 6,7,7 (mean 20/3, var 1/3) */
	int64_t		ce[CX_SURVEY_MAX_VALUES] = {2, 2};
	int64_t		cu[CX_SURVEY_MAX_VALUES] = {0, 0, 0, 0, 0, 1, 2};
	CxImpact	r;
	double		ve = (1.0 / 3) / 4,
				vu = (1.0 / 3) / 3,
				se = sqrt(ve + vu),
				df = (ve + vu) * (ve + vu) / (ve * ve / 3 + vu * vu / 2),
				d = 1.5 - 20.0 / 3,
				tc = cx_t_critical(0.95, df);

	cx_ces_impact(ce, cu, 0.95, &r);
	CHECK(r.exposed_n == 4 && r.unexposed_n == 3);
	CHECK_NEAR(r.exposed_value, 1.5, 1e-12);
	CHECK_NEAR(r.unexposed_value, 20.0 / 3, 1e-12);
	CHECK_NEAR(r.difference, d, 1e-12);
	CHECK_NEAR(r.ci_lower, fmax(-6.0, d - tc * se), 1e-9);	/* clipped */
	CHECK_NEAR(r.ci_upper, d + tc * se, 1e-9);
	CHECK_NEAR(r.p_value, cx_t_two_sided_p(d / se, df), 1e-15);
	CHECK(r.p_value > 0 && r.p_value < 1e-3);
	CHECK_NEAR(r.exposed_share, 4.0 / 7, 1e-15);
	CHECK_NEAR(r.points_at_stake, 4.0 / 7 * (20.0 / 3 - 1.5), 1e-12);
}

/*
 * At level = 1 - p the interval of each method touches zero: the interval
 * and the p-value come from the same statistic.
 */
UNIT_TEST(interval_agrees_with_p_value)
{
	int64_t		ne[CX_NPS_NSCORES] = {3, 1, 2, 4, 5, 6, 7, 9, 8, 20, 30};
	int64_t		nu[CX_NPS_NSCORES] = {1, 0, 1, 2, 2, 3, 4, 10, 12, 30, 40};
	int64_t		se[CX_SURVEY_MAX_VALUES] = {5, 7, 9, 12, 10, 8, 4};
	int64_t		su[CX_SURVEY_MAX_VALUES] = {2, 3, 6, 10, 14, 16, 9};
	CxNpsState	e = nps_of(ne),
				u = nps_of(nu);
	CxImpact	r,
				at;

	cx_nps_impact(&e, &u, 0.95, &r);
	CHECK(r.p_value > 0.001 && r.p_value < 0.999);
	cx_nps_impact(&e, &u, 1.0 - r.p_value, &at);
	CHECK_NEAR(fmin(fabs(at.ci_lower), fabs(at.ci_upper)), 0.0, 1e-7);

	cx_csat_impact(se, su, 7, 0.95, &r);
	CHECK(r.p_value > 0.001 && r.p_value < 0.999);
	cx_csat_impact(se, su, 7, 1.0 - r.p_value, &at);
	CHECK_NEAR(fmin(fabs(at.ci_lower), fabs(at.ci_upper)), 0.0, 1e-7);

	cx_ces_impact(se, su, 0.95, &r);
	CHECK(r.p_value > 1e-6 && r.p_value < 0.999);
	cx_ces_impact(se, su, 1.0 - r.p_value, &at);
	CHECK_NEAR(fmin(fabs(at.ci_lower), fabs(at.ci_upper)), 0.0, 1e-7);
	/* the interval leaves zero out exactly when p < 1 - level */
	CHECK((r.p_value < 0.05) == (r.ci_lower > 0 || r.ci_upper < 0));
}

UNIT_TEST(empty_groups)
{
	int64_t		zero[CX_SURVEY_MAX_VALUES] = {0};
	int64_t		some[CX_SURVEY_MAX_VALUES] = {1, 2, 3, 4, 5, 6, 7};
	CxNpsState	empty,
				one;
	CxImpact	r;

	cx_nps_init(&empty);
	cx_nps_init(&one);
	one.counts[9] = one.n = 1;

	/* nothing at all */
	cx_nps_impact(&empty, &empty, 0.95, &r);
	CHECK(r.exposed_n == 0 && r.unexposed_n == 0);
	CHECK(isnan(r.exposed_value) && isnan(r.unexposed_value) && isnan(r.difference));
	CHECK(isnan(r.ci_lower) && isnan(r.ci_upper) && isnan(r.p_value));
	CHECK(isnan(r.exposed_share) && isnan(r.points_at_stake));

	/* nobody exposed: share 0, the rest undefined */
	cx_nps_impact(&empty, &one, 0.95, &r);
	CHECK(r.exposed_n == 0 && r.unexposed_n == 1);
	CHECK(isnan(r.exposed_value));
	CHECK_NEAR(r.unexposed_value, 100.0, 0);
	CHECK(r.exposed_share == 0.0);
	CHECK(isnan(r.difference) && isnan(r.p_value) && isnan(r.ci_lower) && isnan(r.points_at_stake));

	/* everybody exposed: share 1 */
	cx_csat_impact(some, zero, 5, 0.95, &r);
	CHECK(r.exposed_share == 1.0);
	CHECK_NEAR(r.exposed_value, 100.0 * 9 / 15, 1e-12);
	CHECK(isnan(r.unexposed_value) && isnan(r.difference) && isnan(r.p_value));
	CHECK(isnan(r.ci_lower) && isnan(r.ci_upper) && isnan(r.points_at_stake));

	cx_ces_impact(zero, some, 0.95, &r);
	CHECK(r.exposed_share == 0.0 && r.unexposed_n == 28);
	CHECK(isnan(r.exposed_value) && isnan(r.difference) && isnan(r.p_value));
	cx_csat_impact(zero, zero, 5, 0.95, &r);
	CHECK(isnan(r.exposed_share) && isnan(r.p_value));
}

UNIT_TEST(one_answer_each)
{
	int64_t		a[CX_SURVEY_MAX_VALUES] = {0, 0, 0, 0, 1};
	int64_t		b[CX_SURVEY_MAX_VALUES] = {1};
	CxNpsState	e,
				u;
	CxImpact	r;

	/* NPS and CSAT are defined from one answer (adjusted methods) */
	cx_nps_init(&e);
	cx_nps_init(&u);
	e.counts[0] = e.n = 1;
	u.counts[10] = u.n = 1;
	cx_nps_impact(&e, &u, 0.95, &r);
	CHECK_NEAR(r.difference, -200.0, 0);
	CHECK(r.ci_lower >= -200.0 && r.ci_upper <= 200.0 && r.ci_lower < r.ci_upper);
	CHECK(r.p_value > 0.0 && r.p_value < 1.0);
	CHECK_NEAR(r.points_at_stake, 100.0, 0);

	cx_csat_impact(a, b, 5, 0.95, &r);
	CHECK_NEAR(r.difference, 100.0, 0);
	CHECK(r.ci_lower >= -100.0 && r.ci_upper <= 100.0 && r.ci_lower < r.ci_upper);
	CHECK(r.p_value > 0.0 && r.p_value < 1.0);

	/* CES needs two answers in each group for a variance */
	cx_ces_impact(a, b, 0.95, &r);
	CHECK_NEAR(r.difference, 4.0, 0);
	CHECK(isnan(r.ci_lower) && isnan(r.ci_upper) && isnan(r.p_value));
	CHECK_NEAR(r.points_at_stake, -2.0, 0);
}

UNIT_TEST(ces_without_variance)
{
	int64_t		a[CX_SURVEY_MAX_VALUES] = {0, 5};
	int64_t		b[CX_SURVEY_MAX_VALUES] = {0, 0, 0, 0, 0, 0, 5};
	int64_t		c[CX_SURVEY_MAX_VALUES] = {0, 0, 0, 0, 0, 2, 3};
	CxImpact	r;

	/* neither group varies: the t statistic is undefined */
	cx_ces_impact(a, b, 0.95, &r);
	CHECK_NEAR(r.difference, -5.0, 0);
	CHECK(isnan(r.p_value) && isnan(r.ci_lower) && isnan(r.ci_upper));
	/* one varies: Welch's df is the other group's n - 1, never below 1 */
	cx_ces_impact(a, c, 0.95, &r);
	CHECK(r.p_value >= 0.0 && r.p_value < 1e-4);
	CHECK(r.ci_lower >= -6.0 && r.ci_upper < 0.0);
}

UNIT_TEST(bad_level)
{
	int64_t		a[CX_SURVEY_MAX_VALUES] = {1, 2, 3, 4, 5, 6, 7};
	int64_t		b[CX_SURVEY_MAX_VALUES] = {7, 6, 5, 4, 3, 2, 1};
	CxImpact	r;
	double		levels[] = {0.0, 1.0, -0.5, 2.0, NAN};

	for (int i = 0; i < 5; i++)
	{
		cx_ces_impact(a, b, levels[i], &r);
		CHECK(isnan(r.ci_lower) && isnan(r.ci_upper));
		CHECK(r.p_value > 0.0 && r.p_value <= 1.0);
		cx_csat_impact(a, b, 7, levels[i], &r);
		CHECK(isnan(r.ci_lower) && isnan(r.ci_upper) && !isnan(r.p_value));
	}
}

UNIT_TEST(huge_counts)
{
	CxNpsState	e,
				u;
	int64_t		a[CX_SURVEY_MAX_VALUES] = {0};
	int64_t		b[CX_SURVEY_MAX_VALUES] = {0};
	CxImpact	r;

	/* each group holds INT64_MAX answers: their sum does not fit in int64 */
	cx_nps_init(&e);
	cx_nps_init(&u);
	e.counts[0] = INT64_MAX / 2;
	e.counts[10] = INT64_MAX - INT64_MAX / 2;
	e.n = INT64_MAX;
	u.counts[10] = INT64_MAX;
	u.n = INT64_MAX;
	cx_nps_impact(&e, &u, 0.95, &r);
	CHECK_NEAR(r.exposed_share, 0.5, 1e-15);
	CHECK_NEAR(r.difference, -100.0, 1e-9);
	CHECK(r.ci_lower <= r.difference && r.ci_upper >= r.difference);
	CHECK(r.ci_upper - r.ci_lower < 1e-6);
	CHECK(r.p_value == 0.0);
	CHECK_NEAR(r.points_at_stake, 50.0, 1e-9);

	a[0] = INT64_MAX / 2;
	a[6] = INT64_MAX - INT64_MAX / 2;
	b[4] = INT64_MAX;
	cx_csat_impact(a, b, 7, 0.95, &r);
	CHECK_NEAR(r.exposed_value, 50.0, 1e-9);
	CHECK_NEAR(r.unexposed_value, 0.0, 0);
	CHECK(r.p_value == 0.0 && r.ci_lower <= 50.0 && r.ci_upper >= 50.0 - 1e-6);

	cx_ces_impact(a, b, 0.95, &r);
	CHECK_NEAR(r.difference, 4.0 - 5.0, 1e-9);
	CHECK(r.p_value == 0.0);
	CHECK(r.ci_lower < r.difference + 1e-9 && r.ci_upper > r.difference - 1e-9);
}

UNIT_TEST(t_p_value_inverts_the_critical_value)
{
	double		dfs[] = {1, 2, 3.5, 10, 30, 999, 1000, 1e4, 1e6, 1e7, 2e7, 1e12};

	for (int i = 0; i < 12; i++)
	{
		double		t = cx_t_critical(0.95, dfs[i]);

		CHECK_NEAR(cx_t_two_sided_p(t, dfs[i]), 0.05, 1e-9);
		CHECK_NEAR(cx_t_two_sided_p(-t, dfs[i]), 0.05, 1e-9);
		t = cx_t_critical(1.0 - 1e-6, dfs[i]);
		CHECK_NEAR(cx_t_two_sided_p(t, dfs[i]) / 1e-6, 1.0, 1e-4);
	}
	CHECK(cx_t_two_sided_p(0.0, 5) == 1.0);
	CHECK(cx_t_two_sided_p(INFINITY, 5) == 0.0);
	CHECK(isnan(cx_t_two_sided_p(NAN, 5)));
	CHECK(isnan(cx_t_two_sided_p(1.0, 0.5)));
}

int
main(void)
{
	RUN(nps_by_hand);
	RUN(csat_agresti_caffo_by_hand);
	RUN(ces_welch_by_hand);
	RUN(interval_agrees_with_p_value);
	RUN(empty_groups);
	RUN(one_answer_each);
	RUN(ces_without_variance);
	RUN(bad_level);
	RUN(huge_counts);
	RUN(t_p_value_inverts_the_critical_value);
	return unit_report();
}
