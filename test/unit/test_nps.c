/* Unit tests of src/core/nps.c */
#include "unit.h"
#include "nps.h"
#include "stats.h"

#include <stdint.h>

static CxNpsState
from_text(const char *txt)
{
	CxNpsState	s;
	char		detail[200];

	cx_nps_init(&s);
	CHECK(cx_nps_parse(txt, &s, detail, sizeof(detail)) == CX_NPS_PARSE_OK);
	return s;
}

static CxNpsParseError
parse_err(const char *txt, char *detail)
{
	CxNpsState	s;

	return cx_nps_parse(txt, &s, detail, 200);
}

UNIT_TEST(parse_and_format)
{
	CxNpsState	s;
	char		buf[CX_NPS_TEXT_MAX];

	s = from_text("{}");
	CHECK(s.n == 0);
	cx_nps_format(&s, buf);
	CHECK_STR(buf, "{}");

	s = from_text("  { 10 : 5 ,0:3, 9:2 ,6:1 }  ");
	CHECK(s.n == 11);
	CHECK(s.counts[0] == 3 && s.counts[6] == 1 && s.counts[9] == 2 && s.counts[10] == 5);
	CHECK(cx_nps_valid(&s));
	cx_nps_format(&s, buf);
	CHECK_STR(buf, "{0:3,6:1,9:2,10:5}");

	/* zero counts are accepted and not printed */
	s = from_text("{5:0,7:-0}");
	CHECK(s.n == 0);
	cx_nps_format(&s, buf);
	CHECK_STR(buf, "{}");

	/* the largest state prints within CX_NPS_TEXT_MAX and round-trips */
	cx_nps_init(&s);
	s.counts[10] = INT64_MAX;
	s.n = INT64_MAX;
	CHECK(cx_nps_format(&s, buf) < CX_NPS_TEXT_MAX);
	CHECK_STR(buf, "{10:9223372036854775807}");
	s = from_text(buf);
	CHECK(s.counts[10] == INT64_MAX);
	{
		CxNpsState	big;

		cx_nps_init(&big);
		for (int i = 0; i < CX_NPS_NSCORES; i++)
			big.counts[i] = INT64_MAX / 11;
		big.n = (INT64_MAX / 11) * 11;
		CHECK(cx_nps_valid(&big));
		CHECK(cx_nps_format(&big, buf) < CX_NPS_TEXT_MAX);
		s = from_text(buf);
		CHECK(memcmp(&s, &big, sizeof(s)) == 0);
	}
}

UNIT_TEST(parse_errors)
{
	char		d[200];

	CHECK(parse_err("", d) == CX_NPS_PARSE_SYNTAX);
	CHECK(parse_err("{", d) == CX_NPS_PARSE_SYNTAX);
	CHECK_STR(d, "Unexpected end of input, expected a score from 0 to 10.");
	CHECK(parse_err("{1:2", d) == CX_NPS_PARSE_SYNTAX);
	CHECK(parse_err("{1:2,}", d) == CX_NPS_PARSE_SYNTAX);
	CHECK(parse_err("{1 2:3}", d) == CX_NPS_PARSE_SYNTAX);
	CHECK(parse_err("{1:2} x", d) == CX_NPS_PARSE_SYNTAX);
	CHECK_STR(d, "Unexpected character \"x\", expected end of input after \"}\".");
	CHECK(parse_err("{1:2}}", d) == CX_NPS_PARSE_SYNTAX);
	CHECK(parse_err("{1:2.5}", d) == CX_NPS_PARSE_SYNTAX);
	CHECK(parse_err("{1:+2}", d) == CX_NPS_PARSE_SYNTAX);
	CHECK(parse_err("{11:1}", d) == CX_NPS_PARSE_SCORE_RANGE);
	CHECK_STR(d, "Score 11 is outside the range 0 to 10.");
	CHECK(parse_err("{-1:1}", d) == CX_NPS_PARSE_SCORE_RANGE);
	CHECK_STR(d, "Score -1 is outside the range 0 to 10.");
	CHECK(parse_err("{99999999999999999999999:1}", d) == CX_NPS_PARSE_SCORE_RANGE);
	CHECK(parse_err("{3:1,3:2}", d) == CX_NPS_PARSE_DUPLICATE);
	CHECK_STR(d, "Score 3 is listed more than once.");
	CHECK(parse_err("{3:-1}", d) == CX_NPS_PARSE_NEGATIVE);
	CHECK_STR(d, "The count of score 3 is negative.");
	CHECK(parse_err("{3:9223372036854775808}", d) == CX_NPS_PARSE_OVERFLOW);
	CHECK(parse_err("{3:9223372036854775807,4:1}", d) == CX_NPS_PARSE_OVERFLOW);
	CHECK_STR(d, "The total number of answers exceeds the largest bigint, 9223372036854775807.");
	CHECK(parse_err("{3:1}\x01", d) == CX_NPS_PARSE_SYNTAX);
	CHECK_STR(d, "Unexpected byte 0x01, expected end of input after \"}\".");
}

UNIT_TEST(categories_and_values)
{
	/* 3 zeros, one 6, two 9s, five 10s: P = 7, D = 4, passives 0, n = 11 */
	CxNpsState	s = from_text("{0:3,6:1,9:2,10:5}");

	CHECK(cx_nps_promoters(&s) == 7);
	CHECK(cx_nps_passives(&s) == 0);
	CHECK(cx_nps_detractors(&s) == 4);
	CHECK_NEAR(cx_nps_value(&s), 100.0 * 3 / 11, 1e-12);
	CHECK_NEAR(cx_nps_mean(&s), (6.0 + 18 + 50) / 11, 1e-12);
	CHECK_NEAR(cx_nps_share(7, 11), 100.0 * 7 / 11, 1e-12);

	/* adjusted-Wald by hand: n' = 14, p' = 7.75/14, d' = 4.75/14 */
	{
		double		pa = 7.75 / 14,
					da = 4.75 / 14,
					se = sqrt((pa + da - (pa - da) * (pa - da)) / 14),
					lo,
					hi;

		CHECK_NEAR(cx_nps_adjusted_value(&s), 100 * (pa - da), 1e-12);
		CHECK_NEAR(cx_nps_stderr(&s), 100 * se, 1e-12);
		CHECK(cx_nps_interval(&s, 0.95, &lo, &hi));
		CHECK_NEAR(lo, 100 * (pa - da - 1.959963984540054 * se), 1e-9);
		CHECK_NEAR(hi, 100 * (pa - da + 1.959963984540054 * se), 1e-9);
		CHECK_NEAR(cx_nps_margin(&s, 0.95), 100 * 1.959963984540054 * se, 1e-9);
		CHECK(!cx_nps_interval(&s, 1.0, &lo, &hi));
		CHECK(!cx_nps_interval(&s, 0.0, &lo, &hi));
	}

	/* all promoters: the interval is clipped at 100 */
	{
		CxNpsState	t = from_text("{10:1000}");
		double		lo,
					hi;

		CHECK_NEAR(cx_nps_value(&t), 100.0, 0);
		CHECK(cx_nps_interval(&t, 0.95, &lo, &hi));
		CHECK(hi == 100.0);
		CHECK(lo < 100.0 && lo > 98.0);
	}
}

UNIT_TEST(empty_state)
{
	CxNpsState	s;
	double		lo = 1,
				hi = 2,
				d,
				z,
				p;

	cx_nps_init(&s);
	CHECK(isnan(cx_nps_value(&s)));
	CHECK(isnan(cx_nps_mean(&s)));
	CHECK(isnan(cx_nps_stderr(&s)));
	CHECK(isnan(cx_nps_share(0, 0)));
	CHECK(!cx_nps_interval(&s, 0.95, &lo, &hi));
	CHECK(lo == 1 && hi == 2);
	CHECK(!cx_nps_test(&s, &s, &d, &z, &p));
}

UNIT_TEST(merge_subtract)
{
	CxNpsState	a = from_text("{0:1,10:2}");
	CxNpsState	b = from_text("{10:3,7:4}");
	CxNpsState	c;
	char		buf[CX_NPS_TEXT_MAX];

	CHECK(cx_nps_merge(&a, &b));
	cx_nps_format(&a, buf);
	CHECK_STR(buf, "{0:1,7:4,10:5}");
	CHECK(a.n == 10 && cx_nps_valid(&a));
	CHECK(cx_nps_subtract(&a, &b));
	cx_nps_format(&a, buf);
	CHECK_STR(buf, "{0:1,10:2}");
	CHECK(a.n == 3);
	/* subtracting more than there is fails and leaves a alone */
	CHECK(!cx_nps_subtract(&a, &b));
	CHECK(a.n == 3);

	c = from_text("{10:9223372036854775807}");
	CHECK(!cx_nps_merge(&c, &a));
	CHECK(c.n == INT64_MAX && c.counts[0] == 0);
}

UNIT_TEST(validity)
{
	CxNpsState	s = from_text("{1:1}");

	CHECK(cx_nps_valid(&s));
	s.n = 2;
	CHECK(!cx_nps_valid(&s));
	s = from_text("{1:1}");
	s.counts[2] = -1;
	s.n = 0;
	CHECK(!cx_nps_valid(&s));
	s.counts[2] = INT64_MAX;
	s.n = INT64_MIN;			/* wrapped total */
	CHECK(!cx_nps_valid(&s));
}

UNIT_TEST(two_sample_test)
{
	CxNpsState	a = from_text("{0:20,8:30,10:50}");	/* NPS 30 */
	CxNpsState	b = from_text("{0:30,8:30,10:40}");	/* NPS 10 */
	double		d,
				z,
				p,
				pa,
				da,
				pb,
				db,
				va,
				vb;

	CHECK(cx_nps_test(&a, &b, &d, &z, &p));
	CHECK_NEAR(d, 20.0, 1e-12);
	pa = 50.75 / 103;
	da = 20.75 / 103;
	pb = 40.75 / 103;
	db = 30.75 / 103;
	va = (pa + da - (pa - da) * (pa - da)) / 103;
	vb = (pb + db - (pb - db) * (pb - db)) / 103;
	CHECK_NEAR(z, ((pa - da) - (pb - db)) / sqrt(va + vb), 1e-12);
	CHECK_NEAR(p, cx_norm_two_sided_p(z), 1e-15);
	/* symmetric */
	{
		double		d2,
					z2,
					p2;

		CHECK(cx_nps_test(&b, &a, &d2, &z2, &p2));
		CHECK_NEAR(d2, -d, 1e-12);
		CHECK_NEAR(z2, -z, 1e-12);
		CHECK_NEAR(p2, p, 1e-15);
	}
	/* identical samples: z = 0, p = 1 */
	CHECK(cx_nps_test(&a, &a, &d, &z, &p));
	CHECK(d == 0 && z == 0 && p == 1.0);
}

UNIT_TEST(weighted)
{
	double		w[CX_NPS_NSCORES] = {0};

	CHECK(isnan(cx_nps_weighted_value(w)));
	w[10] = 2.5;
	w[0] = 0.5;
	w[7] = 1.0;
	CHECK_NEAR(cx_nps_weighted_value(w), 100.0 * 2.0 / 4.0, 1e-12);
	/* huge weight sums do not overflow the total */
	for (int i = 0; i < CX_NPS_NSCORES; i++)
		w[i] = 1.7e308;
	CHECK_NEAR(cx_nps_weighted_value(w), 100.0 * (2.0 - 7.0) / 11.0, 1e-9);
}

int
main(void)
{
	RUN(parse_and_format);
	RUN(parse_errors);
	RUN(categories_and_values);
	RUN(empty_state);
	RUN(merge_subtract);
	RUN(validity);
	RUN(two_sample_test);
	RUN(weighted);
	return unit_report();
}
