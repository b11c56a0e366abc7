/* Unit tests of src/core/survey.c: figures, intervals and the text form. */
#include "unit.h"
#include "survey.h"
#include "stats.h"

#include <stdint.h>

UNIT_TEST(csat_figures_hand_checked)
{
	/* 1-5: one 1, one 3, one 4, two 5 -> 3 of 5 satisfied, mean 3.6 */
	int64_t		c[CX_SURVEY_MAX_VALUES] = {1, 0, 1, 1, 2};
	CxSurveyFigures f;

	cx_csat_figures(c, 5, &f);
	CHECK(f.n == 5);
	CHECK(f.top == 3);
	CHECK_NEAR(f.pct, 60.0, 1e-12);
	CHECK_NEAR(f.mean, 3.6, 1e-12);
	CHECK_NEAR(f.pct_stderr, 100.0 * sqrt(0.6 * 0.4 / 5.0), 1e-12);
	/* sample sd of 1,3,4,5,5: mean 3.6, squares 6.76+0.36+0.16+1.96+1.96 = 11.2 */
	CHECK_NEAR(f.sd, sqrt(11.2 / 4.0), 1e-12);
}

UNIT_TEST(csat_top_two_boxes_follow_the_scale)
{
	int64_t		c[CX_SURVEY_MAX_VALUES] = {0};
	CxSurveyFigures f;

	c[4] = 1;					/* a 5 */
	c[5] = 1;					/* a 6 */
	c[6] = 2;					/* two 7 */
	cx_csat_figures(c, 7, &f);
	CHECK(f.top == 3);			/* 6 and 7 */
	cx_csat_figures(c, 10, &f);
	CHECK(f.top == 0);			/* 9 and 10 */
	c[0] = 1;
	c[1] = 1;
	c[2] = 1;
	cx_csat_figures(c, 3, &f);	/* 1-3: 2 and 3 */
	CHECK(f.n == 3);
	CHECK(f.top == 2);
}

UNIT_TEST(empty_and_single)
{
	int64_t		c[CX_SURVEY_MAX_VALUES] = {0};
	CxSurveyFigures f;
	double		lo,
				hi;

	cx_csat_figures(c, 5, &f);
	CHECK(f.n == 0);
	CHECK(isnan(f.pct) && isnan(f.mean) && isnan(f.pct_stderr) && isnan(f.sd));
	CHECK(!cx_wilson_interval(0, 0, 0.95, &lo, &hi));
	CHECK(isnan(lo) && isnan(hi));
	c[3] = 1;
	cx_ces_figures(c, &f);
	CHECK(f.n == 1);
	CHECK_NEAR(f.mean, 4.0, 0);
	CHECK(isnan(f.sd) && isnan(f.mean_stderr));
	CHECK(!cx_mean_interval(&f, 7, 0.95, &lo, &hi));
}

UNIT_TEST(ces_figures)
{
	int64_t		c[CX_SURVEY_MAX_VALUES] = {1, 1, 0, 0, 1, 1, 2};
	CxSurveyFigures f;
	double		lo,
				hi;
	double		t5 = 2.570581835636314;	/* t(0.975, 5 df), from tables */

	cx_ces_figures(c, &f);
	CHECK(f.n == 6);
	CHECK(f.top == 4);
	CHECK_NEAR(f.mean, 28.0 / 6.0, 1e-12);
	CHECK_NEAR(f.pct, 400.0 / 6.0, 1e-12);
	{
		double		m = 28.0 / 6.0;
		double		ss = (1 - m) * (1 - m) + (2 - m) * (2 - m) + (5 - m) * (5 - m) +
			(6 - m) * (6 - m) + 2 * (7 - m) * (7 - m);

		CHECK_NEAR(f.sd, sqrt(ss / 5.0), 1e-12);
		CHECK_NEAR(f.mean_stderr, sqrt(ss / 5.0) / sqrt(6.0), 1e-12);
	}
	CHECK(cx_mean_interval(&f, 7, 0.95, &lo, &hi));
	CHECK_NEAR(lo, f.mean - t5 * f.mean_stderr, 1e-12);
	CHECK_NEAR(hi, fmin(7.0, f.mean + t5 * f.mean_stderr), 1e-12);
	CHECK(hi == 7.0);			/* clipped */
	CHECK(hi <= 7.0 && lo >= 1.0);
	CHECK(!cx_mean_interval(&f, 7, 1.0, &lo, &hi));
	CHECK(!cx_mean_interval(&f, 7, NAN, &lo, &hi));
}

UNIT_TEST(wilson_known_values)
{
	double		lo,
				hi;

	/* 3 of 5 at 95%: 23.0724281276, 88.2379225767 (formula in SQL tests) */
	CHECK(cx_wilson_interval(3, 5, 0.95, &lo, &hi));
	CHECK_NEAR(lo, 23.0724281276013, 1e-9);
	CHECK_NEAR(hi, 88.2379225767352, 1e-9);
	/* the ends are exact at 0% and 100% */
	CHECK(cx_wilson_interval(0, 10, 0.95, &lo, &hi));
	CHECK(lo == 0.0);
	CHECK_NEAR(hi, 27.753279986288, 1e-9);
	CHECK(cx_wilson_interval(10, 10, 0.95, &lo, &hi));
	CHECK(hi == 100.0);
	CHECK_NEAR(lo, 100.0 - 27.753279986288, 1e-9);
	/* wider at a higher level, always inside [0, 100] and around p */
	{
		double		lo99,
					hi99;

		CHECK(cx_wilson_interval(37, 120, 0.99, &lo99, &hi99));
		CHECK(cx_wilson_interval(37, 120, 0.95, &lo, &hi));
		CHECK(lo99 < lo && hi99 > hi);
		CHECK(lo < 100.0 * 37 / 120 && hi > 100.0 * 37 / 120);
	}
	/* huge n: no overflow, a tiny interval */
	CHECK(cx_wilson_interval(INT64_MAX / 2, INT64_MAX, 0.95, &lo, &hi));
	CHECK(hi - lo < 1e-6 && lo > 49.9 && hi < 50.1);
	CHECK(!cx_wilson_interval(1, 0, 0.95, &lo, &hi));
	CHECK(!cx_wilson_interval(3, 2, 0.95, &lo, &hi));
	CHECK(!cx_wilson_interval(1, 2, 0.0, &lo, &hi));
}

UNIT_TEST(t_critical_values)
{
	/* two-sided critical values from published tables (R's qt) */
	CHECK_NEAR(cx_t_critical(0.95, 1) / 12.706204736174707, 1.0, 1e-12);
	CHECK_NEAR(cx_t_critical(0.95, 2) / 4.302652729749464, 1.0, 1e-12);
	CHECK_NEAR(cx_t_critical(0.95, 5) / 2.570581835636314, 1.0, 1e-12);
	CHECK_NEAR(cx_t_critical(0.95, 10) / 2.228138851986274, 1.0, 1e-12);
	CHECK_NEAR(cx_t_critical(0.95, 30) / 2.042272456301238, 1.0, 1e-12);
	CHECK_NEAR(cx_t_critical(0.95, 100) / 1.983971518523552, 1.0, 1e-12);
	CHECK_NEAR(cx_t_critical(0.99, 1) / 63.65674116287399, 1.0, 1e-12);
	CHECK_NEAR(cx_t_critical(0.99, 10) / 3.169272672616954, 1.0, 1e-12);
	CHECK_NEAR(cx_t_critical(0.90, 4) / 2.131846786326649, 1.0, 1e-12);
	CHECK_NEAR(cx_t_critical(0.50, 1), 1.0, 1e-12);	/* Cauchy quartile */
	/* df 2 has a closed form: t = sqrt(2 / (1 - level^2) - 2) */
	CHECK_NEAR(cx_t_critical(0.8, 2) / sqrt(2.0 / (1.0 - 0.64) - 2.0), 1.0, 1e-12);
	/* the expansion used from 1000 df on joins the exact computation */
	/*
	 * (the step 999 -> 1000 crosses methods, 1000 -> 1001 does not; the
	 * steps differ by the curvature, about 5e-9, and would differ by far
	 * more if the methods disagreed)
	 */
	CHECK_NEAR(cx_t_critical(0.95, 999) - cx_t_critical(0.95, 1000),
			   cx_t_critical(0.95, 1000) - cx_t_critical(0.95, 1001), 2e-8);
	CHECK_NEAR(cx_t_critical(0.99, 999) - cx_t_critical(0.99, 1000),
			   cx_t_critical(0.99, 1000) - cx_t_critical(0.99, 1001), 2e-8);
	/* and tends to the normal value */
	CHECK_NEAR(cx_t_critical(0.95, 1e15), 1.959963984540054, 1e-13);
	CHECK(cx_t_critical(0.95, 50) > cx_t_critical(0.95, 51));
	CHECK(isnan(cx_t_critical(1.0, 5)));
	CHECK(isnan(cx_t_critical(0.95, 0.5)));
	CHECK(isnan(cx_t_critical(0.95, NAN)));
}

UNIT_TEST(total_overflow)
{
	int64_t		c[3] = {INT64_MAX, 0, 0};
	int64_t		n;

	CHECK(cx_survey_total(c, 3, &n) && n == INT64_MAX);
	c[1] = 1;
	CHECK(!cx_survey_total(c, 3, &n));
	c[0] = 5;
	c[1] = -1;
	CHECK(!cx_survey_total(c, 3, &n));
}

static CxSurveyParseError
parse(const char *s, bool with_scale, int *scale, int64_t *c)
{
	char		detail[256];
	CxSurveyParseError e = cx_survey_parse(s, with_scale, scale, c, detail, sizeof(detail));

	/* every error explains itself */
	if (e != CX_SURVEY_OK)
		CHECK(detail[0] != '\0');
	return e;
}

UNIT_TEST(parse_and_format)
{
	int64_t		c[CX_SURVEY_MAX_VALUES];
	int			scale;
	char		buf[CX_SURVEY_TEXT_MAX];

	CHECK(parse("{scale:5,1:2,4:7,5:10}", true, &scale, c) == CX_SURVEY_OK);
	CHECK(scale == 5 && c[0] == 2 && c[1] == 0 && c[3] == 7 && c[4] == 10);
	cx_survey_format(buf, sizeof(buf), scale, c, scale);
	CHECK_STR(buf, "{scale:5,1:2,4:7,5:10}");

	CHECK(parse("  {  scale : 7 , 7 : 1 , 2:0 , 1:3 }  ", true, &scale, c) == CX_SURVEY_OK);
	cx_survey_format(buf, sizeof(buf), scale, c, scale);
	CHECK_STR(buf, "{scale:7,1:3,7:1}");

	CHECK(parse("{scale:3}", true, &scale, c) == CX_SURVEY_OK);
	cx_survey_format(buf, sizeof(buf), scale, c, scale);
	CHECK_STR(buf, "{scale:3}");

	CHECK(parse("{}", false, &scale, c) == CX_SURVEY_OK);
	cx_survey_format(buf, sizeof(buf), -1, c, CX_CES_MAX);
	CHECK_STR(buf, "{}");

	CHECK(parse("{7:10,1:3,5:2}", false, &scale, c) == CX_SURVEY_OK);
	cx_survey_format(buf, sizeof(buf), -1, c, CX_CES_MAX);
	CHECK_STR(buf, "{1:3,5:2,7:10}");

	/* the longest text form fits in CX_SURVEY_TEXT_MAX */
	{
		int			i;
		size_t		len;

		for (i = 0; i < CX_SURVEY_MAX_VALUES; i++)
			c[i] = INT64_MAX / 16;
		len = cx_survey_format(buf, sizeof(buf), 10, c, 10);
		CHECK(len < sizeof(buf));
		CHECK(parse(buf, true, &scale, c) == CX_SURVEY_OK);
		CHECK(scale == 10 && c[9] == INT64_MAX / 16);
	}
	/* a too-small buffer is truncated, never overrun */
	{
		char		small[8];
		size_t		len = cx_survey_format(small, sizeof(small), 10, c, 10);

		CHECK(len >= sizeof(small));
		CHECK(strlen(small) == sizeof(small) - 1);
	}
}

UNIT_TEST(parse_errors)
{
	int64_t		c[CX_SURVEY_MAX_VALUES];
	int			scale;

	CHECK(parse("", true, &scale, c) == CX_SURVEY_SYNTAX);
	CHECK(parse("{", true, &scale, c) == CX_SURVEY_BAD_SCALE);
	CHECK(parse("{", false, &scale, c) == CX_SURVEY_SYNTAX);
	CHECK(parse("{}", true, &scale, c) == CX_SURVEY_BAD_SCALE);
	CHECK(parse("{1:2}", true, &scale, c) == CX_SURVEY_BAD_SCALE);
	CHECK(parse("{scale:2}", true, &scale, c) == CX_SURVEY_BAD_SCALE);
	CHECK(parse("{scale:11}", true, &scale, c) == CX_SURVEY_BAD_SCALE);
	CHECK(parse("{scale:-5}", true, &scale, c) == CX_SURVEY_BAD_SCALE);
	CHECK(parse("{scale:99999999999999999999}", true, &scale, c) == CX_SURVEY_BAD_SCALE);
	CHECK(parse("{scale:5,scale:5}", true, &scale, c) == CX_SURVEY_BAD_SCALE);
	CHECK(parse("{scale:5,6:1}", true, &scale, c) == CX_SURVEY_BAD_ANSWER);
	CHECK(parse("{scale:5,0:1}", true, &scale, c) == CX_SURVEY_BAD_ANSWER);
	CHECK(parse("{scale:5,-1:1}", true, &scale, c) == CX_SURVEY_BAD_ANSWER);
	CHECK(parse("{scale:5,99999999999999999999:1}", true, &scale, c) == CX_SURVEY_SYNTAX);
	CHECK(parse("{scale:5,1:1,1:2}", true, &scale, c) == CX_SURVEY_DUPLICATE);
	CHECK(parse("{scale:5,1:-1}", true, &scale, c) == CX_SURVEY_BAD_COUNT);
	CHECK(parse("{scale:5,1:9223372036854775808}", true, &scale, c) == CX_SURVEY_BAD_COUNT);
	CHECK(parse("{scale:5,1:9223372036854775807}", true, &scale, c) == CX_SURVEY_OK);
	CHECK(parse("{scale:5,1:9223372036854775807,2:1}", true, &scale, c) == CX_SURVEY_OVERFLOW);
	CHECK(parse("{scale:5,1:1,}", true, &scale, c) == CX_SURVEY_SYNTAX);
	CHECK(parse("{scale:5,1:1}x", true, &scale, c) == CX_SURVEY_SYNTAX);
	CHECK(parse("{scale:5,1:1.5}", true, &scale, c) == CX_SURVEY_SYNTAX);
	CHECK(parse("{scale:5 1:1}", true, &scale, c) == CX_SURVEY_SYNTAX);
	CHECK(parse("{scale:5,1:}", true, &scale, c) == CX_SURVEY_SYNTAX);
	CHECK(parse("{scale5}", true, &scale, c) == CX_SURVEY_SYNTAX);
	CHECK(parse("{scale:7,1:1}", false, &scale, c) == CX_SURVEY_SYNTAX);
	CHECK(parse("{8:1}", false, &scale, c) == CX_SURVEY_BAD_ANSWER);
	CHECK(parse("{a:1}", false, &scale, c) == CX_SURVEY_SYNTAX);
	/* a zero-length detail buffer is fine */
	CHECK(cx_survey_parse("{x}", false, &scale, c, NULL, 0) == CX_SURVEY_SYNTAX);
}

UNIT_TEST(light_finals_agree_with_figures)
{
	int64_t		c[CX_SURVEY_MAX_VALUES] = {0};
	CxSurveyFigures f;
	unsigned	seed = 12345;
	int			trial,
				k,
				i;

	CHECK(isnan(cx_survey_top_pct(c, 5, 4)));
	CHECK(isnan(cx_survey_mean(c, 7)));
	CHECK(isnan(cx_survey_top_pct(c, 0, -1)));	/* empty window placeholder */
	for (trial = 0; trial < 2000; trial++)
	{
		k = 3 + trial % 8;
		for (i = 0; i < CX_SURVEY_MAX_VALUES; i++)
		{
			seed = seed * 1103515245u + 12345u;
			c[i] = i < k ? (int64_t) ((seed >> 8) % (trial % 3 == 0 ? 3u : 100000u)) : 0;
		}
		cx_survey_figures(c, k, k - 1, &f);
		if (f.n == 0)
			continue;
		CHECK(cx_survey_top_pct(c, k, k - 1) == f.pct);
		CHECK(cx_survey_mean(c, k) == f.mean);
	}
}

int
main(void)
{
	RUN(csat_figures_hand_checked);
	RUN(csat_top_two_boxes_follow_the_scale);
	RUN(empty_and_single);
	RUN(ces_figures);
	RUN(wilson_known_values);
	RUN(t_critical_values);
	RUN(total_overflow);
	RUN(parse_and_format);
	RUN(parse_errors);
	RUN(light_finals_agree_with_figures);
	return unit_report();
}
