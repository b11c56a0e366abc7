/*
 * Unit tests of src/core/drivers.c: the sufficient statistics, the report
 * (against a two-pass computation in long double written here
 * independently), order independence, the edge cases and the text form.
 */
#include "unit.h"
#include "drivers.h"

#include <stdlib.h>

#define ROWS 2000
#define K 3

static uint64_t rng_state = 42;

static double
uniform(void)
{
	rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (double) (rng_state >> 11) / 9007199254740992.0;
}

static double data[ROWS][K + 1];

/* y = 3 + 0.8 x1 + 0.3 x2 - 0.5 x3 + noise; x2 correlated with x1 */
static void
make_data(void)
{
	int			i;

	for (i = 0; i < ROWS; i++)
	{
		double		x1 = uniform() * 4 + 1;
		double		x2 = 0.6 * x1 + uniform() * 3;
		double		x3 = uniform() * 10 - 5;
		double		e = uniform() * 2 - 1;

		data[i][1] = x1;
		data[i][2] = x2;
		data[i][3] = x3;
		data[i][0] = 3 + 0.8 * x1 + 0.3 * x2 - 0.5 * x3 + e;
	}
}

/* allocations of the parser, freed by arena_free() */
static void *arena[256];
static int	arena_used;

static void *
xalloc(size_t n)
{
	void	   *p = calloc(1, n);

	if (!p || arena_used == 256)
		abort();
	arena[arena_used++] = p;
	return p;
}

static void
arena_free(void)
{
	while (arena_used > 0)
		free(arena[--arena_used]);
}

/* reference: two-pass correlation matrix in long double */
static void
reference_corr(int rows, int k, double (*d)[K + 1], long double *r)
{
	long double mean[K + 1] = {0},
				c[K + 1][K + 1] = {{0}};
	int			i,
				a,
				b;

	for (i = 0; i < rows; i++)
		for (a = 0; a <= k; a++)
			mean[a] += d[i][a];
	for (a = 0; a <= k; a++)
		mean[a] /= rows;
	for (i = 0; i < rows; i++)
		for (a = 0; a <= k; a++)
			for (b = 0; b <= k; b++)
				c[a][b] += (d[i][a] - mean[a]) * (d[i][b] - mean[b]);
	for (a = 0; a <= k; a++)
		for (b = 0; b <= k; b++)
			r[a * (k + 1) + b] = c[a][b] / sqrtl(c[a][a] * c[b][b]);
}

/* R² of y on the drivers in mask by Gaussian elimination (long double) */
static long double
reference_r2(int k, const long double *r, unsigned mask)
{
	long double A[K][K + 1];
	int			idx[K],
				p = 0,
				i,
				j,
				l;
	long double r2 = 0;

	for (j = 0; j < k; j++)
		if (mask & (1u << j))
			idx[p++] = j;
	for (i = 0; i < p; i++)
	{
		for (j = 0; j < p; j++)
			A[i][j] = r[(idx[i] + 1) * (k + 1) + idx[j] + 1];
		A[i][p] = r[idx[i] + 1];
	}
	for (i = 0; i < p; i++)
		for (l = i + 1; l < p; l++)
		{
			long double f = A[l][i] / A[i][i];

			for (j = i; j <= p; j++)
				A[l][j] -= f * A[i][j];
		}
	for (i = p - 1; i >= 0; i--)
	{
		long double v = A[i][p];

		for (j = i + 1; j < p; j++)
			v -= A[i][j] * A[j][p];
		A[i][p] = v / A[i][i];
	}
	for (i = 0; i < p; i++)
		r2 += A[i][p] * r[idx[i] + 1];
	return r2;
}

static void
accumulate(double *hi, double *lo, int k, int from, int to, int step)
{
	int			i;

	for (i = from; i != to; i += step)
		cx_drivers_add_row(hi, lo, k, data[i]);
}

UNIT_TEST(report_matches_two_pass_reference)
{
	int			nacc = cx_drivers_nacc(K);
	double	   *hi = calloc(nacc, sizeof(double)),
			   *lo = calloc(nacc, sizeof(double));
	long double r[(K + 1) * (K + 1)];
	static CxDriversReport rep;
	double		sum_phi = 0;
	int			j;

	accumulate(hi, lo, K, 0, ROWS, 1);
	reference_corr(ROWS, K, data, r);
	cx_drivers_report(K, ROWS, hi, lo, &rep);
	CHECK(rep.model == CX_DRIVERS_MODEL_OK);
	CHECK(rep.shapley_done);
	for (j = 0; j < K; j++)
		CHECK_NEAR(rep.corr[j], (double) r[j + 1], 1e-12);
	CHECK_NEAR(rep.r2, (double) reference_r2(K, r, 7), 1e-12);
	/* Shapley of 3 drivers by the formula, weights 1/3, 1/6, 1/3 */
	for (j = 0; j < K; j++)
	{
		unsigned	bit = 1u << j,
					s;
		long double phi = 0;

		for (s = 0; s < 8; s++)
		{
			int			size = __builtin_popcount(s);
			long double w = size == 1 ? 1.0L / 6 : 1.0L / 3;

			if (s & bit)
				continue;
			phi += w * (reference_r2(K, r, s | bit) - (s ? reference_r2(K, r, s) : 0));
		}
		CHECK_NEAR(rep.shapley[j], (double) phi, 1e-12);
		sum_phi += rep.shapley[j];
	}
	CHECK_NEAR(sum_phi, rep.r2, 1e-14);
	/* x1 then x3 then x2 by construction (x3 has a wide range) */
	CHECK(rep.rank[0] >= 1 && rep.rank[0] <= 3);
	CHECK(rep.rank[0] + rep.rank[1] + rep.rank[2] == 6);
	CHECK(rep.shapley[rep.order[0]] >= rep.shapley[rep.order[1]]);
	CHECK(rep.shapley[rep.order[1]] >= rep.shapley[rep.order[2]]);
	/* means and sample sd */
	{
		long double m = 0,
					v = 0;
		int			i;

		for (i = 0; i < ROWS; i++)
			m += data[i][0];
		m /= ROWS;
		for (i = 0; i < ROWS; i++)
			v += (data[i][0] - m) * (data[i][0] - m);
		CHECK_NEAR(rep.mean[0], (double) m, 1e-13);
		CHECK_NEAR(rep.sd[0], (double) sqrtl(v / (ROWS - 1)), 1e-13);
	}
	free(hi);
	free(lo);
}

UNIT_TEST(order_and_split_do_not_matter)
{
	int			nacc = cx_drivers_nacc(K);
	double	   *h1 = calloc(nacc, sizeof(double)),
			   *l1 = calloc(nacc, sizeof(double)),
			   *h2 = calloc(nacc, sizeof(double)),
			   *l2 = calloc(nacc, sizeof(double)),
			   *h3 = calloc(nacc, sizeof(double)),
			   *l3 = calloc(nacc, sizeof(double));
	int			i;

	accumulate(h1, l1, K, 0, ROWS, 1);
	accumulate(h2, l2, K, ROWS - 1, -1, -1);
	accumulate(h3, l3, K, 0, 777, 1);
	{
		double	   *h4 = calloc(nacc, sizeof(double)),
				   *l4 = calloc(nacc, sizeof(double));

		accumulate(h4, l4, K, ROWS - 1, 776, -1);
		CHECK(cx_drivers_combine(h4, l4, h3, l3, K));
		memcpy(h3, h4, sizeof(double) * nacc);
		memcpy(l3, l4, sizeof(double) * nacc);
		free(h4);
		free(l4);
	}
	for (i = 0; i < nacc; i++)
	{
		double		a = h1[i] + l1[i],
					b = h2[i] + l2[i],
					c = h3[i] + l3[i];

		CHECK(fabs(a - b) <= 1e-15 * fabs(a));
		CHECK(fabs(a - c) <= 1e-15 * fabs(a));
	}
	free(h1);
	free(l1);
	free(h2);
	free(l2);
	free(h3);
	free(l3);
}

UNIT_TEST(constant_collinear_and_few_rows)
{
	int			nacc = cx_drivers_nacc(3);
	double	   *hi = calloc(nacc, sizeof(double)),
			   *lo = calloc(nacc, sizeof(double));
	static CxDriversReport rep;
	int			i;

	/* driver 2 constant 0.1 (not exact in binary) */
	for (i = 0; i < 500; i++)
	{
		double		v[4] = {data[i][0], data[i][1], 0.1, data[i][3]};

		cx_drivers_add_row(hi, lo, 3, v);
	}
	cx_drivers_report(3, 500, hi, lo, &rep);
	CHECK(rep.model == CX_DRIVERS_MODEL_OK);
	CHECK(rep.constant[2]);
	CHECK(isnan(rep.corr[1]));
	CHECK(rep.shapley[1] == 0.0);
	CHECK(rep.rank[1] == 3);
	CHECK_NEAR(rep.shapley[0] + rep.shapley[2], rep.r2, 1e-14);
	CHECK_NEAR(rep.mean[2], 0.1, 1e-16);

	/* driver 3 = driver 1 + driver 2: collinear */
	memset(hi, 0, sizeof(double) * nacc);
	memset(lo, 0, sizeof(double) * nacc);
	for (i = 0; i < 500; i++)
	{
		double		v[4] = {data[i][0], data[i][1], data[i][2], data[i][1] + data[i][2]};

		cx_drivers_add_row(hi, lo, 3, v);
	}
	cx_drivers_report(3, 500, hi, lo, &rep);
	CHECK(rep.model == CX_DRIVERS_MODEL_COLLINEAR);
	CHECK(rep.collinear_driver == 2);
	CHECK(isnan(rep.beta[0]) && isnan(rep.beta[2]));
	CHECK(rep.r2 > 0 && rep.r2 <= 1);
	CHECK_NEAR(rep.shapley[0] + rep.shapley[1] + rep.shapley[2], rep.r2, 1e-12);

	/* n = 4 rows, 3 drivers: too few */
	memset(hi, 0, sizeof(double) * nacc);
	memset(lo, 0, sizeof(double) * nacc);
	accumulate(hi, lo, 3, 0, 4, 1);
	cx_drivers_report(3, 4, hi, lo, &rep);
	CHECK(rep.model == CX_DRIVERS_MODEL_TOO_FEW_ROWS);
	CHECK(isnan(rep.r2) && isnan(rep.beta[0]) && isnan(rep.shapley[0]));
	CHECK(!isnan(rep.corr[0]));

	/* one row: means only */
	memset(hi, 0, sizeof(double) * nacc);
	memset(lo, 0, sizeof(double) * nacc);
	accumulate(hi, lo, 3, 0, 1, 1);
	cx_drivers_report(3, 1, hi, lo, &rep);
	CHECK(rep.model == CX_DRIVERS_MODEL_NO_ROWS);
	CHECK_NEAR(rep.mean[1], data[0][1], 0);
	CHECK(isnan(rep.corr[0]));

	/* constant outcome */
	memset(hi, 0, sizeof(double) * nacc);
	memset(lo, 0, sizeof(double) * nacc);
	for (i = 0; i < 50; i++)
	{
		double		v[4] = {4, data[i][1], data[i][2], data[i][3]};

		cx_drivers_add_row(hi, lo, 3, v);
	}
	cx_drivers_report(3, 50, hi, lo, &rep);
	CHECK(rep.model == CX_DRIVERS_MODEL_CONSTANT_OUTCOME);
	CHECK(isnan(rep.corr[0]) && isnan(rep.r2));
	free(hi);
	free(lo);
}

UNIT_TEST(subset_r2_of_orthogonal_drivers_adds_up)
{
	double		rxx[4] = {1, 0, 0, 1};
	double		rxy[2] = {0.3, 0.4};
	int			red;

	CHECK_NEAR(cx_drivers_subset_r2(2, rxx, rxy, 3, &red), 0.25, 1e-15);
	CHECK(red == -1);
	CHECK_NEAR(cx_drivers_subset_r2(2, rxx, rxy, 2, &red), 0.16, 1e-15);
	CHECK_NEAR(cx_drivers_subset_r2(2, rxx, rxy, 0, &red), 0.0, 0);
}

UNIT_TEST(text_form_round_trips)
{
	int			nacc = cx_drivers_nacc(2);
	double	   *hi = calloc(nacc, sizeof(double)),
			   *lo = calloc(nacc, sizeof(double));
	const char	names[] = "speed\0pri\"ce\\\n";
	char		buf[4096],
				buf2[4096],
				detail[256];
	CxDriversParsed p;
	size_t		len;
	int			i;

	for (i = 0; i < 100; i++)
		cx_drivers_add_row(hi, lo, 2, data[i]);
	len = cx_drivers_format(buf, sizeof(buf), 2, 100, 7, names, hi, lo);
	CHECK(len < sizeof(buf) && len == strlen(buf));
	CHECK(len <= cx_drivers_format_max(2, sizeof(names)));
	CHECK(cx_drivers_parse(buf, &p, xalloc, detail, sizeof(detail)) == NULL);
	CHECK(p.k == 2 && p.n == 100 && p.skipped == 7 && p.has_names);
	CHECK(p.names_len == sizeof(names) && memcmp(p.names, names, p.names_len) == 0);
	for (i = 0; i < nacc; i++)
		CHECK(p.hi[i] == hi[i] && p.lo[i] == lo[i]);
	cx_drivers_format(buf2, sizeof(buf2), p.k, p.n, p.skipped, p.names, p.hi, p.lo);
	CHECK_STR(buf2, buf);
	/* a short buffer still reports the full length */
	CHECK(cx_drivers_format(buf2, 10, 2, 100, 7, names, hi, lo) == len);
	CHECK(strlen(buf2) == 9);

	CHECK(cx_drivers_parse("{\"k\":0,\"n\":0,\"skipped\":3,\"names\":null,\"acc\":[]}", &p, xalloc, detail, sizeof(detail)) == NULL);
	CHECK(p.k == 0 && p.skipped == 3);
	CHECK(cx_drivers_parse("{\"k\":0,\"n\":1,\"skipped\":3,\"names\":null,\"acc\":[]}", &p, xalloc, detail, sizeof(detail)) != NULL);
	CHECK(cx_drivers_parse("{\"k\":33,\"n\":1,\"skipped\":3,\"names\":null,\"acc\":[]}", &p, xalloc, detail, sizeof(detail)) != NULL);
	CHECK(detail[0] != '\0');
	CHECK(cx_drivers_parse("{\"k\":1,\"n\":1,\"skipped\":0,\"names\":null,\"acc\":[[1,0],[1,0],[1,0],[1,0],[nan,0]]}", &p, xalloc, detail, sizeof(detail)) != NULL);
	CHECK(cx_drivers_parse("{\"k\":1,\"n\":1,\"skipped\":0,\"names\":null,\"acc\":[[1,0],[1,0],[1,0],[1,0],[1,0]]}", &p, xalloc, detail, sizeof(detail)) == NULL);
	CHECK(cx_drivers_parse("{\"k\":1,\"n\":1,\"skipped\":0,\"names\":null,\"acc\":[[1,0],[1,0],[1,0],[1,0],[1,0]]} x", &p, xalloc, detail, sizeof(detail)) != NULL);
	CHECK(cx_drivers_parse("{\"k\":1,\"n\":1,\"skipped\":0,\"names\":null,\"acc\":[[1,0],[1,0],[-1,0],[1,0],[1,0]]}", &p, xalloc, detail, sizeof(detail)) != NULL);
	CHECK(cx_drivers_parse("{\"k\":1,\"n\":0,\"skipped\":0,\"names\":null,\"acc\":[[1,0],[1,0],[1,0],[1,0],[1,0]]}", &p, xalloc, detail, sizeof(detail)) != NULL);
	CHECK(cx_drivers_parse("{\"k\":2,\"n\":0,\"skipped\":0,\"names\":[\"a\",\"a\"],\"acc\":[[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0]]}", &p, xalloc, detail, sizeof(detail)) != NULL);
	CHECK(cx_drivers_parse("{\"k\":2,\"n\":0,\"skipped\":0,\"names\":[\"a\",\"\\u0062\"],\"acc\":[[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0]]}", &p, xalloc, detail, sizeof(detail)) == NULL);
	CHECK(p.names_len == 4 && memcmp(p.names, "a\0b", 4) == 0);
	CHECK(cx_drivers_parse("{\"k\":1,\"n\":99999999999999999999,\"skipped\":0,\"names\":null,\"acc\":[]}", &p, xalloc, detail, sizeof(detail)) != NULL);
	CHECK(cx_drivers_parse("", &p, xalloc, detail, sizeof(detail)) != NULL);
	arena_free();
	free(hi);
	free(lo);
}

UNIT_TEST(combine_refuses_overflow)
{
	int			nacc = cx_drivers_nacc(1);
	double		hi[5] = {1e250, 1e250, 1e250, 1e250, 1e250},
				lo[5] = {0};

	CHECK(!cx_drivers_combine(hi, lo, hi, lo, 1));
	CHECK(nacc == 5);
}

int
main(void)
{
	make_data();
	RUN(report_matches_two_pass_reference);
	RUN(order_and_split_do_not_matter);
	RUN(constant_collinear_and_few_rows);
	RUN(subset_r2_of_orthogonal_drivers_adds_up);
	RUN(text_form_round_trips);
	RUN(combine_refuses_overflow);
	return unit_report();
}
