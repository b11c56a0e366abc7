/* Unit tests of src/core/stats.c */
#include "unit.h"
#include "stats.h"

UNIT_TEST(cdf_known_values)
{
	CHECK_NEAR(cx_norm_cdf(0.0), 0.5, 1e-15);
	CHECK_NEAR(cx_norm_cdf(1.959963984540054), 0.975, 1e-12);
	CHECK_NEAR(cx_norm_cdf(-1.0), 0.15865525393145707, 1e-14);
	CHECK(cx_norm_cdf(-40.0) >= 0.0 && cx_norm_cdf(-40.0) < 1e-300);
	CHECK(cx_norm_cdf(40.0) == 1.0);
	CHECK(isnan(cx_norm_cdf(NAN)));
}

UNIT_TEST(two_sided_p)
{
	CHECK_NEAR(cx_norm_two_sided_p(1.959963984540054), 0.05, 1e-12);
	CHECK_NEAR(cx_norm_two_sided_p(-1.959963984540054), 0.05, 1e-12);
	CHECK_NEAR(cx_norm_two_sided_p(0.0), 1.0, 1e-15);
	/* far tail keeps relative precision: 2*Phi(-10) = 1.523970604832105e-23 */
	CHECK_NEAR(cx_norm_two_sided_p(10.0) / 1.523970604832105e-23, 1.0, 1e-9);
	CHECK(cx_norm_two_sided_p(INFINITY) == 0.0);
}

UNIT_TEST(quantile_round_trip)
{
	double		p;

	for (p = 1e-12; p < 1.0; p = (p < 0.01 ? p * 10.0 : p + 0.01))
		CHECK_NEAR(cx_norm_cdf(cx_norm_quantile(p)) / p, 1.0, 1e-12);
	CHECK_NEAR(cx_norm_quantile(0.5), 0.0, 1e-15);
	CHECK_NEAR(cx_norm_quantile(0.975), 1.959963984540054, 1e-13);
	CHECK(isnan(cx_norm_quantile(0.0)));
	CHECK(isnan(cx_norm_quantile(1.0)));
	CHECK(isnan(cx_norm_quantile(-0.5)));
	CHECK(isnan(cx_norm_quantile(NAN)));
}

UNIT_TEST(critical_values)
{
	CHECK_NEAR(cx_norm_critical(0.95), 1.959963984540054, 1e-13);
	CHECK_NEAR(cx_norm_critical(0.90), 1.6448536269514722, 1e-13);
	CHECK_NEAR(cx_norm_critical(0.99), 2.5758293035489004, 1e-13);
	CHECK(isnan(cx_norm_critical(1.0)));
	CHECK(isnan(cx_norm_critical(0.0)));
}

int
main(void)
{
	RUN(cdf_known_values);
	RUN(two_sided_p);
	RUN(quantile_round_trip);
	RUN(critical_values);
	return unit_report();
}
