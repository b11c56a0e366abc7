/*
 * Unit tests of src/core/logit.c: the Newton fit against closed forms (one
 * binary feature: the coefficients are differences of log-odds and their
 * standard errors have a formula), invariance to the features' units, the
 * L2 penalty, every refusal (constant feature, one outcome, too few rows,
 * collinear features, separation), and the AUC and metrics accumulators
 * against pair counting, including ties and counts beyond 2^32.
 */
#include "unit.h"
#include "logit.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct Rows
{
	int			n;
	int			k;
	bool	   *y;
	double	   *x;				/* n x k */
} Rows;

static double work[8192];		/* cx_logit_fit_doubles(3) is 3,129 */
static double mean[CX_LOGIT_MAX_FEATURES],
			m2[CX_LOGIT_MAX_FEATURES];

/* fit rows; returns the final status and fills coef, se, ll (p each) */
static CxLogitStatus
fit(const Rows *r, double l2, double *coef, double *se, double *ll, CxLogitFit *f)
{
	CxLogitMoments m;
	CxLogitOptions o;
	CxLogitStatus st;

	cx_logit_moments_init(&m, r->k, mean, m2);
	for (int i = 0; i < r->n; i++)
		cx_logit_moments_add(&m, r->y[i], r->x + (size_t) i * r->k);
	cx_logit_default_options(&o);
	o.l2 = l2;
	CHECK(cx_logit_fit_doubles(r->k) <= sizeof(work) / sizeof(work[0]));
	st = cx_logit_fit_init(f, &m, &o, work);
	while (st == CX_LOGIT_AGAIN)
	{
		cx_logit_pass_begin(f);
		for (int i = 0; i < r->n; i++)
			cx_logit_pass_row(f, r->y[i], r->x + (size_t) i * r->k);
		st = cx_logit_pass_end(f);
	}
	if (st == CX_LOGIT_DONE)
		cx_logit_result(f, coef, se, ll);
	return st;
}

/* a 2x2 table: n0 rows with x = 0 (p0 of them positive), n1 with x = 1 */
static Rows
table(int n0, int pos0, int n1, int pos1, double scale)
{
	Rows		r = {n0 + n1, 1, malloc(sizeof(bool) * (n0 + n1)), malloc(sizeof(double) * (n0 + n1))};

	for (int i = 0; i < n0 + n1; i++)
	{
		bool		one = i >= n0;

		r.x[i] = one ? scale : 0.0;
		r.y[i] = one ? (i - n0) < pos1 : i < pos0;
	}
	return r;
}

static void
rows_free(Rows *r)
{
	free(r->y);
	free(r->x);
}

static double
logit(double p)
{
	return log(p / (1 - p));
}

UNIT_TEST(binary_feature_closed_form)
{
	Rows		r = table(200, 30, 100, 40, 1.0);
	double		coef[2],
				se[2],
				ll;
	CxLogitFit	f;
	double		p0 = 30.0 / 200,
				p1 = 40.0 / 100;

	CHECK(fit(&r, 0, coef, se, &ll, &f) == CX_LOGIT_DONE);
	CHECK_NEAR(coef[0], logit(p0), 1e-12);
	CHECK_NEAR(coef[1], logit(p1) - logit(p0), 1e-12);
	CHECK_NEAR(se[0], sqrt(1 / (200 * p0 * (1 - p0))), 1e-10);
	CHECK_NEAR(se[1], sqrt(1 / (200 * p0 * (1 - p0)) + 1 / (100 * p1 * (1 - p1))), 1e-10);
	CHECK_NEAR(ll, 30 * log(p0) + 170 * log(1 - p0) + 40 * log(p1) + 60 * log(1 - p1), 1e-9);
	CHECK_NEAR(cx_logit_null_loglik(300, 70), 70 * log(70.0 / 300) + 230 * log(230.0 / 300), 1e-9);
	CHECK(f.iterations >= 2 && f.iterations <= 10);
	rows_free(&r);
}

UNIT_TEST(units_do_not_matter)
{
	Rows		a = table(150, 20, 150, 60, 1.0);
	Rows		b = table(150, 20, 150, 60, 1000.0);
	double		ca[2],
				sa[2],
				cb[2],
				sb[2],
				la,
				lb;
	CxLogitFit	f;

	CHECK(fit(&a, 0, ca, sa, &la, &f) == CX_LOGIT_DONE);
	CHECK(fit(&b, 0, cb, sb, &lb, &f) == CX_LOGIT_DONE);
	CHECK_NEAR(cb[1] * 1000, ca[1], 1e-10);
	CHECK_NEAR(sb[1] * 1000, sa[1], 1e-10);
	CHECK_NEAR(cb[0], ca[0], 1e-10);
	CHECK_NEAR(lb, la, 1e-9);
	rows_free(&a);
	rows_free(&b);
}

/*
 * With a penalty the gradient of the penalized likelihood is zero:
 * sum (y - p) z_j = l2 * b_j on the standardized scale.
 */
UNIT_TEST(l2_penalty_optimum)
{
	Rows		r = table(120, 10, 80, 50, 2.0);
	double		coef[2],
				se[2],
				ll,
				c0[2],
				s0[2],
				l0;
	CxLogitFit	f;
	double		g = 0,
				sd,
				mu;

	CHECK(fit(&r, 0, c0, s0, &l0, &f) == CX_LOGIT_DONE);
	CHECK(fit(&r, 5.0, coef, se, &ll, &f) == CX_LOGIT_DONE);
	CHECK(fabs(coef[1]) < fabs(c0[1]));
	CHECK(ll < l0);
	mu = f.mean[0];
	sd = f.sd[0];
	for (int i = 0; i < r.n; i++)
	{
		double		p = cx_logit_sigmoid(cx_logit_log_odds(1, coef, &r.x[i]));

		g += ((r.y[i] ? 1.0 : 0.0) - p) * (r.x[i] - mu) / sd;
	}
	CHECK_NEAR(g, 5.0 * coef[1] * sd, 1e-8);
	rows_free(&r);
}

UNIT_TEST(refusals)
{
	double		coef[3],
				se[3],
				ll;
	CxLogitFit	f;
	Rows		r = table(50, 10, 50, 20, 1.0);

	/* one outcome */
	for (int i = 0; i < r.n; i++)
		r.y[i] = true;
	CHECK(fit(&r, 0, coef, se, &ll, &f) == CX_LOGIT_ONE_CLASS);
	rows_free(&r);
	/* constant feature */
	r = table(50, 10, 50, 20, 1.0);
	for (int i = 0; i < r.n; i++)
		r.x[i] = 3.5;
	CHECK(fit(&r, 0, coef, se, &ll, &f) == CX_LOGIT_CONSTANT);
	CHECK(f.bad_feature == 0);
	/* too few rows */
	r.n = 2;
	CHECK(fit(&r, 0, coef, se, &ll, &f) == CX_LOGIT_TOO_FEW);
	rows_free(&r);
	/* separation: x = 1 always positive, x = 0 always negative */
	r = table(50, 0, 50, 50, 1.0);
	CHECK(fit(&r, 0, coef, se, &ll, &f) == CX_LOGIT_SEPARATED);
	CHECK(fit(&r, 1.0, coef, se, &ll, &f) == CX_LOGIT_DONE);
	CHECK(isfinite(coef[1]) && coef[1] > 0);
	rows_free(&r);
	/* collinear: the second feature is twice the first */
	{
		Rows		c = {60, 2, malloc(sizeof(bool) * 60), malloc(sizeof(double) * 120)};

		for (int i = 0; i < 60; i++)
		{
			c.x[2 * i] = i % 7;
			c.x[2 * i + 1] = 2.0 * (i % 7);
			c.y[i] = (i * 37) % 5 < 2;
		}
		CHECK(fit(&c, 0, coef, se, &ll, &f) == CX_LOGIT_SINGULAR);
		CHECK(f.bad_feature == 1);
		CHECK(fit(&c, 1.0, coef, se, &ll, &f) == CX_LOGIT_DONE);
		rows_free(&c);
	}
}

UNIT_TEST(sigmoid_extremes)
{
	CHECK_NEAR(cx_logit_sigmoid(0), 0.5, 0);
	CHECK(cx_logit_sigmoid(-800) >= 0 && cx_logit_sigmoid(-800) < 1e-300);
	CHECK_NEAR(cx_logit_sigmoid(800), 1.0, 0);
	CHECK_NEAR(cx_logit_log1pexp(800), 800, 1e-12);
	CHECK_NEAR(cx_logit_log1pexp(-800), 0, 1e-300);
	CHECK_NEAR(cx_logit_log1pexp(0), log(2.0), 1e-15);
}

/* pairs counted one by one against the run-by-run accumulator */
UNIT_TEST(auc_against_pairs)
{
	double		pos[] = {0.1, 0.4, 0.4, 0.9, 0.9};
	double		neg[] = {0.4, 0.2, 0.9, 0.05};
	double		u = 0;
	CxAucAcc	a;

	for (int i = 0; i < 5; i++)
		for (int j = 0; j < 4; j++)
			u += pos[i] > neg[j] ? 1 : pos[i] == neg[j] ? 0.5 : 0;
	cx_auc_init(&a);
	/* ascending runs: 0.05 (0+, 1-), 0.1 (1+, 0-), 0.2 (0+, 1-), 0.4 (2+, 1-), 0.9 (2+, 1-) */
	cx_auc_run(&a, 0, 1);
	cx_auc_run(&a, 1, 0);
	cx_auc_run(&a, 0, 1);
	cx_auc_run(&a, 2, 1);
	cx_auc_run(&a, 2, 1);
	CHECK_NEAR(cx_auc_value(&a), u / 20, 1e-15);
	cx_auc_init(&a);
	cx_auc_run(&a, 3, 0);
	CHECK(isnan(cx_auc_value(&a)));
}

/* 4e9 x 4e9 pairs do not fit 64 bits */
UNIT_TEST(auc_huge_counts)
{
	CxAucAcc	a;
	int64_t		big = INT64_C(4000000000);

	cx_auc_init(&a);
	cx_auc_run(&a, 0, big);
	cx_auc_run(&a, big, big);
	cx_auc_run(&a, big, 0);
	/* twice the pairs: 3 big^2 (the middle run: above big, tied with big) + 4 big^2 (the last run), over 2 * (2 big)^2 */
	CHECK_NEAR(cx_auc_value(&a), 7.0 / 8.0, 1e-12);
}

UNIT_TEST(metrics_sums)
{
	CxRiskMetricsAcc a;
	double		etas[] = {-2, 0, 1.5, 3};
	bool		ys[] = {false, true, true, false};
	double		ll = 0,
				br = 0;

	cx_risk_metrics_init(&a);
	for (int i = 0; i < 4; i++)
	{
		double		p = cx_logit_sigmoid(etas[i]);

		cx_risk_metrics_add(&a, ys[i], etas[i]);
		ll += ys[i] ? -log(p) : -log(1 - p);
		br += (p - ys[i]) * (p - ys[i]);
	}
	CHECK(a.n == 4 && a.positives == 2);
	CHECK_NEAR(a.log_loss_sum, ll, 1e-12);
	CHECK_NEAR(a.brier_sum, br, 1e-15);
	CHECK(a.bin_n[cx_risk_bin(cx_logit_sigmoid(3))] == 1);
	CHECK(cx_risk_bin(0.0) == 0 && cx_risk_bin(1.0) == CX_CALIBRATION_BINS - 1);
	CHECK(cx_risk_bin(0.35) == 3);
}

/* a block of rows gives the pass a row at a time gives (the sums in another order) */
UNIT_TEST(block_equals_rows)
{
	enum
	{
		N = 300, K = 3
	};
	static double rows[N * (K + 1)];
	static double work2[8192];
	double		m2b[K],
				meanb[K];
	CxLogitMoments m;
	CxLogitOptions o;
	CxLogitFit	a,
				b;

	cx_logit_moments_init(&m, K, meanb, m2b);
	for (int i = 0; i < N; i++)
	{
		double	   *r = rows + i * (K + 1);

		r[0] = (i * 7919) % 11 < 4;
		r[1] = (i % 13) * 0.5;
		r[2] = ((i * 31) % 17) - 8.0;
		r[3] = 1000.0 + (i % 5);
		cx_logit_moments_add(&m, r[0] != 0, r + 1);
	}
	cx_logit_default_options(&o);
	CHECK(cx_logit_fit_init(&a, &m, &o, work) == CX_LOGIT_AGAIN);
	CHECK(cx_logit_fit_init(&b, &m, &o, work2) == CX_LOGIT_AGAIN);
	a.beta[1] = b.beta[1] = 0.3;
	a.beta[3] = b.beta[3] = -0.2;
	cx_logit_pass_begin(&a);
	cx_logit_pass_begin(&b);
	for (int i = 0; i < N; i++)
		cx_logit_pass_row(&a, rows[i * (K + 1)] != 0, rows + i * (K + 1) + 1);
	cx_logit_pass_block(&b, rows, 200);
	cx_logit_pass_block(&b, rows + 200 * (K + 1), N - 200);
	CHECK_NEAR(a.ll, b.ll, 1e-9);
	for (int j = 0; j <= K; j++)
	{
		CHECK_NEAR(a.g[j], b.g[j], 1e-9);
		for (int l = j; l <= K; l++)
			CHECK_NEAR(a.h[j * (K + 1) + l], b.h[j * (K + 1) + l], 1e-9);
	}
}

/* moments of two parts combined: those of one pass, up to rounding */
UNIT_TEST(moments_combine)
{
	enum
	{
		N = 257, K = 2
	};
	double		x[N][K];
	double		ma[K],
				m2a[K],
				mb[K],
				m2b[K],
				mc[K],
				m2c[K],
				me[K],
				m2e[K];
	CxLogitMoments a,
				b,
				c,
				e;

	cx_logit_moments_init(&a, K, ma, m2a);
	cx_logit_moments_init(&b, K, mb, m2b);
	cx_logit_moments_init(&c, K, mc, m2c);
	cx_logit_moments_init(&e, K, me, m2e);
	for (int i = 0; i < N; i++)
	{
		x[i][0] = 1e6 + (i * 37) % 101;
		x[i][1] = -0.5 * (i % 7);
		cx_logit_moments_add(&c, i % 3 == 0, x[i]);
		cx_logit_moments_add(i < 100 ? &a : &b, i % 3 == 0, x[i]);
	}
	cx_logit_moments_combine(&e, &a);	/* into an empty one: a copy */
	CHECK(e.n == a.n && e.positives == a.positives && me[0] == ma[0] && m2e[1] == m2a[1]);
	cx_logit_moments_combine(&a, &b);
	cx_logit_moments_init(&e, K, me, m2e);
	cx_logit_moments_combine(&a, &e);	/* an empty one: nothing */
	CHECK(a.n == N && a.positives == c.positives);
	for (int j = 0; j < K; j++)
	{
		CHECK_NEAR(ma[j], mc[j], 1e-12 * fabs(mc[j]) + 1e-15);
		CHECK_NEAR(m2a[j], m2c[j], 1e-12 * m2c[j]);
	}
}

int
main(void)
{
	RUN(moments_combine);
	RUN(binary_feature_closed_form);
	RUN(units_do_not_matter);
	RUN(l2_penalty_optimum);
	RUN(refusals);
	RUN(sigmoid_extremes);
	RUN(auc_against_pairs);
	RUN(auc_huge_counts);
	RUN(metrics_sums);
	RUN(block_equals_rows);
	return unit_report();
}
