/*
 * Unit tests of src/core/recovery.c: the recovery rate of a resolution
 * category, its Wilson interval and its comparison with the others.
 * Expected values computed by hand (Python, math module) from the formulas
 * in recovery.h and impact.c.
 */
#include "unit.h"
#include "recovery.h"
#include "survey.h"

#include <stdint.h>

UNIT_TEST(rate_and_comparison_hand_checked)
{
	CxRecoveryRate r;

	/* 8 of 10 recovered against 5 of 20 in the other categories */
	CHECK(cx_recovery_rate(8, 10, 5, 20, 0.95, &r));
	CHECK_NEAR(r.rate, 80.0, 1e-12);
	/* Wilson: (p + z^2/2n -+ z sqrt(p q / n + z^2/4n^2)) / (1 + z^2/n) */
	CHECK_NEAR(r.ci_lower, 49.01624715366418, 1e-9);
	CHECK_NEAR(r.ci_upper, 94.33178485456247, 1e-9);
	CHECK(r.versus.exposed_n == 10 && r.versus.unexposed_n == 20);
	CHECK_NEAR(r.versus.exposed_value, 80.0, 1e-12);
	CHECK_NEAR(r.versus.unexposed_value, 25.0, 1e-12);
	CHECK_NEAR(r.versus.difference, 55.0, 1e-12);
	/* Agresti-Caffo: p~ = 9/12 and 6/22 */
	CHECK_NEAR(r.versus.p_value, 0.002362164103317638, 1e-12);
	CHECK_NEAR(r.versus.ci_lower, 16.960970950516604, 1e-9);
	CHECK_NEAR(r.versus.ci_upper, 78.49357450402886, 1e-9);
}

UNIT_TEST(same_as_wilson_and_csat_impact)
{
	CxRecoveryRate r;
	CxImpact	im;
	int64_t		e[CX_SURVEY_MAX_VALUES] = {4, 0, 3},
				u[CX_SURVEY_MAX_VALUES] = {10, 0, 30};
	double		lo,
				hi;

	CHECK(cx_recovery_rate(3, 7, 30, 40, 0.9, &r));
	CHECK(cx_wilson_interval(3, 7, 0.9, &lo, &hi));
	CHECK(r.ci_lower == lo && r.ci_upper == hi);
	cx_csat_impact(e, u, 3, 0.9, &im);
	CHECK(r.versus.p_value == im.p_value && r.versus.ci_lower == im.ci_lower &&
		  r.versus.ci_upper == im.ci_upper && r.versus.difference == im.difference);
}

UNIT_TEST(empty_groups_are_undefined_not_zero)
{
	CxRecoveryRate r;

	/* no answers yet in this category: no rate, no test */
	CHECK(cx_recovery_rate(0, 0, 5, 20, 0.95, &r));
	CHECK(isnan(r.rate) && isnan(r.ci_lower) && isnan(r.ci_upper));
	CHECK(isnan(r.versus.p_value) && isnan(r.versus.difference));
	/* a single category: nothing to compare with */
	CHECK(cx_recovery_rate(5, 20, 0, 0, 0.95, &r));
	CHECK_NEAR(r.rate, 25.0, 1e-12);
	CHECK(!isnan(r.ci_lower));
	CHECK(isnan(r.versus.p_value) && isnan(r.versus.unexposed_value));
	/* everybody recovered: the interval ends at 100 */
	CHECK(cx_recovery_rate(12, 12, 0, 3, 0.95, &r));
	CHECK(r.ci_upper == 100.0 && r.ci_lower < 100.0);
	CHECK(r.versus.p_value < 0.05);
}

UNIT_TEST(bad_input_is_refused)
{
	CxRecoveryRate r;

	CHECK(!cx_recovery_rate(3, 2, 0, 0, 0.95, &r));
	CHECK(isnan(r.rate));
	CHECK(!cx_recovery_rate(-1, 2, 0, 0, 0.95, &r));
	CHECK(!cx_recovery_rate(1, 2, 5, 4, 0.95, &r));
	CHECK(!cx_recovery_rate(1, 2, 0, -4, 0.95, &r));
	CHECK(!cx_recovery_rate(1, 2, 0, 4, 1.0, &r));
	CHECK(!cx_recovery_rate(1, 2, 0, 4, 0.0, &r));
	CHECK(!cx_recovery_rate(1, 2, 0, 4, NAN, &r));
	/* huge counts: no overflow (the groups add up in double) */
	CHECK(cx_recovery_rate(INT64_MAX / 2, INT64_MAX, INT64_MAX / 4, INT64_MAX, 0.95, &r));
	CHECK(r.versus.p_value < 1e-12);
}

int
main(void)
{
	RUN(rate_and_comparison_hand_checked);
	RUN(same_as_wilson_and_csat_impact);
	RUN(empty_groups_are_undefined_not_zero);
	RUN(bad_input_is_refused);
	return unit_report();
}
