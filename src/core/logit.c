/*-------------------------------------------------------------------------
 *
 * logit.c
 *	  Logistic regression by Newton's method over passes of the rows, and
 *	  the validation metrics of a fitted model.  See logit.h.
 *
 * Each pass evaluates, at the current coefficients beta (standardized
 * scale, intercept first), the log-likelihood
 *
 *		ll = sum y eta - log(1 + e^eta),	eta = beta . (1, z)
 *
 * its gradient g = sum (y - p) (1, z) and the information
 * H = sum p (1 - p) (1, z)(1, z)'.  With an L2 penalty lambda the
 * objective is ll - lambda/2 |beta_1..k|^2 (the intercept is free), whose
 * gradient and information get -lambda beta and +lambda I.  The Newton
 * step solves H step = g by Cholesky.  A step that lowers the objective is
 * halved (the next pass evaluates base + step / 2, and so on), so the
 * iteration never goes downhill; it stops when no coordinate of the step
 * exceeds the tolerance, and the standard errors are the square roots of
 * the diagonal of H^-1 at the optimum, mapped to the features' scale.
 *
 *-------------------------------------------------------------------------
 */
#include "logit.h"

#include <math.h>
#include <string.h>

/*
 * A standardized coefficient this large (one standard deviation of the
 * feature multiplying the odds by e^20) means the features separate the
 * outcomes: the likelihood keeps rising as the coefficient grows.  Past
 * half of it, an information matrix that has become singular (the fitted
 * probabilities are 0 or 1) says the same.
 */
#define CX_LOGIT_RUNAWAY 20.0
/* step halvings before giving up on raising the likelihood */
#define CX_LOGIT_MAX_HALVINGS 40

void
cx_logit_moments_init(CxLogitMoments *m, int k, double *mean, double *m2)
{
	m->k = k;
	m->n = 0;
	m->positives = 0;
	m->mean = mean;
	m->m2 = m2;
	memset(mean, 0, sizeof(double) * k);
	memset(m2, 0, sizeof(double) * k);
}

void
cx_logit_moments_add(CxLogitMoments *m, bool y, const double *x)
{
	double		inv;

	m->n++;
	m->positives += y ? 1 : 0;
	inv = 1.0 / (double) m->n;
	for (int j = 0; j < m->k; j++)
	{
		double		d = x[j] - m->mean[j];

		m->mean[j] += d * inv;
		m->m2[j] += d * (x[j] - m->mean[j]);
	}
}

/*
 * The moments of two parts of the rows: the same numbers as one pass over
 * both up to rounding (what a parallel or distributed first pass gives).
 */
void
cx_logit_moments_combine(CxLogitMoments *a, const CxLogitMoments *b)
{
	double		na = (double) a->n,
				nb = (double) b->n,
				n;

	if (b->n == 0)
		return;
	if (a->n == 0)
	{
		a->n = b->n;
		a->positives = b->positives;
		memcpy(a->mean, b->mean, sizeof(double) * a->k);
		memcpy(a->m2, b->m2, sizeof(double) * a->k);
		return;
	}
	n = na + nb;
	for (int j = 0; j < a->k; j++)
	{
		double		d = b->mean[j] - a->mean[j];

		a->mean[j] += d * (nb / n);
		a->m2[j] += b->m2[j] + d * d * (na * nb / n);
	}
	a->n += b->n;
	a->positives += b->positives;
}

void
cx_logit_default_options(CxLogitOptions *o)
{
	o->l2 = 0.0;
	o->max_iterations = 50;
	o->tolerance = 1e-10;
}

size_t
cx_logit_fit_doubles(int k)
{
	size_t		p = (size_t) k + 1;

	/* mean, sd, inv_sd; beta, base, step, g; h, chol; zc, bw, br, bt */
	return 3 * (size_t) k + 4 * p + 2 * p * p + ((size_t) k + 3) * CX_LOGIT_BLOCK;
}

double
cx_logit_null_loglik(int64_t n, int64_t positives)
{
	double		pos = (double) positives;
	double		neg = (double) (n - positives);
	double		ybar = pos / (double) n;

	if (positives == 0 || positives == n)
		return 0.0;
	return pos * log(ybar) + neg * log1p(-ybar);
}

CxLogitStatus
cx_logit_fit_init(CxLogitFit *f, const CxLogitMoments *m, const CxLogitOptions *o,
				  double *work)
{
	int			k = m->k;
	int			p = k + 1;

	memset(f, 0, sizeof(*f));
	f->k = k;
	f->p = p;
	f->opt = *o;
	f->n = m->n;
	f->positives = m->positives;
	f->bad_feature = -1;
	f->mean = work;
	f->sd = f->mean + k;
	f->inv_sd = f->sd + k;
	f->beta = f->inv_sd + k;
	f->base = f->beta + p;
	f->step = f->base + p;
	f->g = f->step + p;
	f->h = f->g + p;
	f->chol = f->h + (size_t) p * p;
	f->zc = f->chol + (size_t) p * p;
	f->bw = f->zc + (size_t) k * CX_LOGIT_BLOCK;
	f->br = f->bw + CX_LOGIT_BLOCK;
	f->bt = f->br + CX_LOGIT_BLOCK;
	memset(work, 0, sizeof(double) * cx_logit_fit_doubles(k));

	if (m->n <= (int64_t) p)
		return CX_LOGIT_TOO_FEW;
	if (m->positives == 0 || m->positives == m->n)
		return CX_LOGIT_ONE_CLASS;
	for (int j = 0; j < k; j++)
	{
		double		var = m->m2[j] / (double) m->n;

		f->mean[j] = m->mean[j];
		f->sd[j] = sqrt(var);
		if (!(var > 0.0) || !isfinite(var) ||
			f->sd[j] <= 1e-13 * fabs(m->mean[j]))
		{
			f->bad_feature = j;
			return CX_LOGIT_CONSTANT;
		}
		f->inv_sd[j] = 1.0 / f->sd[j];
	}
	/* start from the intercept-only optimum */
	f->beta[0] = log((double) m->positives / (double) (m->n - m->positives));
	return CX_LOGIT_AGAIN;
}

void
cx_logit_pass_begin(CxLogitFit *f)
{
	memset(f->g, 0, sizeof(double) * f->p);
	memset(f->h, 0, sizeof(double) * f->p * f->p);
	f->ll = 0.0;
}

double
cx_logit_log1pexp(double eta)
{
	if (eta > 0)
		return eta + log1p(exp(-eta));
	return log1p(exp(eta));
}

double
cx_logit_sigmoid(double eta)
{
	if (eta >= 0)
		return 1.0 / (1.0 + exp(-eta));
	else
	{
		double		e = exp(eta);

		return e / (1.0 + e);
	}
}

/*
 * Both at once from one exp(-|eta|): the same operations as the two
 * functions above, so the same doubles, at half the exponentials (every
 * row of every pass needs both).
 */
static inline double
sigmoid_log1pexp(double eta, double *log1pexp)
{
	double		e = exp(-fabs(eta));

	*log1pexp = (eta > 0 ? eta : 0.0) + log1p(e);
	return eta >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
}

/*
 * On x86-64 with GCC the block pass is also compiled for AVX2 and picked at
 * load time (target_clones), as core/drivers.c does.
 */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define CX_LOGIT_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define CX_LOGIT_CLONES
#endif

/*
 * sum a[i] b[i] in eight independent partial sums: the compiler vectorizes
 * the fixed inner loop without reordering any one sum (no -ffast-math).
 */
static inline double
dot(const double *restrict a, const double *restrict b, int n)
{
	double		acc[8] = {0};
	double		s = 0.0;
	int			i = 0;

	for (; i + 8 <= n; i += 8)
		for (int t = 0; t < 8; t++)
			acc[t] += a[i + t] * b[i + t];
	for (; i < n; i++)
		s += a[i] * b[i];
	return s + ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

/*
 * A block of rows: first each row's standardized features (stored by
 * feature), log-odds, weight and residual; then the gradient and the
 * information's upper triangle as dot products along the block, so every
 * inner loop runs over CX_LOGIT_BLOCK contiguous doubles.
 */
CX_LOGIT_CLONES
void
cx_logit_pass_block(CxLogitFit *f, const double *rows, int nrows)
{
	int			k = f->k;
	int			p = f->p;
	const double *restrict beta = f->beta;
	double	   *restrict zc = f->zc;
	double	   *restrict bw = f->bw;
	double	   *restrict br = f->br;
	double	   *restrict bt = f->bt;
	double	   *restrict h = f->h;
	double	   *restrict g = f->g;
	double		ll = 0.0;

	for (int i = 0; i < nrows; i++)
	{
		const double *r = rows + (size_t) i * (k + 1);
		bool		y = r[0] != 0.0;
		double		eta = beta[0];
		double		pr,
					l1pe;

		for (int j = 0; j < k; j++)
		{
			double		z = (r[j + 1] - f->mean[j]) * f->inv_sd[j];

			zc[(size_t) j * CX_LOGIT_BLOCK + i] = z;
			eta += beta[j + 1] * z;
		}
		pr = sigmoid_log1pexp(eta, &l1pe);
		bw[i] = pr * (1.0 - pr);
		br[i] = (y ? 1.0 : 0.0) - pr;
		ll += (y ? eta : 0.0) - l1pe;
	}
	f->ll += ll;
	for (int i = 0; i < nrows; i++)
	{
		g[0] += br[i];
		h[0] += bw[i];
	}
	for (int a = 0; a < k; a++)
	{
		const double *za = zc + (size_t) a * CX_LOGIT_BLOCK;
		double	   *row = h + (size_t) (a + 1) * p;

		g[a + 1] += dot(br, za, nrows);
		for (int i = 0; i < nrows; i++)
			bt[i] = bw[i] * za[i];
		h[a + 1] += dot(bw, za, nrows);	/* (0, a + 1) */
		for (int b = a; b < k; b++)
			row[b + 1] += dot(bt, zc + (size_t) b * CX_LOGIT_BLOCK, nrows);
	}
}

void
cx_logit_pass_row(CxLogitFit *f, bool y, const double *x)
{
	double		row[CX_LOGIT_MAX_FEATURES + 1];

	row[0] = y ? 1.0 : 0.0;
	memcpy(row + 1, x, sizeof(double) * f->k);
	cx_logit_pass_block(f, row, 1);
}

/* Cholesky factor L (lower, row-major) of the symmetric a; false if not positive definite */
static bool
cholesky(int p, const double *a, double *l)
{
	memset(l, 0, sizeof(double) * p * p);
	for (int i = 0; i < p; i++)
	{
		for (int j = 0; j <= i; j++)
		{
			double		s = a[(size_t) j * p + i];	/* upper triangle: a[j][i] */

			for (int t = 0; t < j; t++)
				s -= l[(size_t) i * p + t] * l[(size_t) j * p + t];
			if (i == j)
			{
				/* relative pivot: collinear columns leave nothing */
				if (!(s > 1e-12 * a[(size_t) i * p + i]))
					return false;
				l[(size_t) i * p + i] = sqrt(s);
			}
			else
				l[(size_t) i * p + j] = s / l[(size_t) j * p + j];
		}
	}
	return true;
}

/* solve L L' x = b in place */
static void
cholesky_solve(int p, const double *l, double *x)
{
	for (int i = 0; i < p; i++)
	{
		double		s = x[i];

		for (int t = 0; t < i; t++)
			s -= l[(size_t) i * p + t] * x[t];
		x[i] = s / l[(size_t) i * p + i];
	}
	for (int i = p - 1; i >= 0; i--)
	{
		double		s = x[i];

		for (int t = i + 1; t < p; t++)
			s -= l[(size_t) t * p + i] * x[t];
		x[i] = s / l[(size_t) i * p + i];
	}
}

/* the first feature whose column the factorization could not keep */
static int
collinear_feature(int p, const double *a)
{
	double		l[(CX_LOGIT_MAX_FEATURES + 1) * (CX_LOGIT_MAX_FEATURES + 1)];

	for (int q = 2; q <= p; q++)
	{
		double		sub[(CX_LOGIT_MAX_FEATURES + 1) * (CX_LOGIT_MAX_FEATURES + 1)];

		for (int i = 0; i < q; i++)
			for (int j = 0; j < q; j++)
				sub[(size_t) i * q + j] = a[(size_t) i * p + j];
		if (!cholesky(q, sub, l))
			return q - 2;
	}
	return p - 2;
}

/* the feature of the largest standardized coefficient, -1 when none */
static int
largest_coefficient(const CxLogitFit *f)
{
	int			big = -1;

	for (int j = 1; j < f->p; j++)
		if (big < 0 || fabs(f->beta[j]) > fabs(f->beta[big + 1]))
			big = j - 1;
	return big;
}

static double
penalized(const CxLogitFit *f, const double *beta, double ll)
{
	double		s = 0.0;

	for (int j = 1; j < f->p; j++)
		s += beta[j] * beta[j];
	return ll - 0.5 * f->opt.l2 * s;
}

CxLogitStatus
cx_logit_pass_end(CxLogitFit *f)
{
	int			p = f->p;
	double		pll = penalized(f, f->beta, f->ll);
	double		maxstep = 0.0;

	/* a step that went downhill: evaluate half of it next */
	if (f->have_base && !(pll >= f->base_pll - 1e-12 * fabs(f->base_pll)))
	{
		if (++f->halvings > CX_LOGIT_MAX_HALVINGS)
			return CX_LOGIT_NO_ASCENT;
		for (int j = 0; j < p; j++)
		{
			f->step[j] *= 0.5;
			f->beta[j] = f->base[j] + f->step[j];
		}
		return CX_LOGIT_AGAIN;
	}

	/* accept this point: penalize, factor, step */
	memcpy(f->base, f->beta, sizeof(double) * p);
	f->base_pll = pll;
	f->have_base = true;
	f->halvings = 0;
	for (int j = 1; j < p; j++)
	{
		f->g[j] -= f->opt.l2 * f->beta[j];
		f->h[(size_t) j * p + j] += f->opt.l2;
	}
	if (!cholesky(p, f->h, f->chol))
	{
		int			big = largest_coefficient(f);

		if (big >= 0 && fabs(f->beta[big + 1]) > CX_LOGIT_RUNAWAY / 2)
		{
			f->bad_feature = big;
			return CX_LOGIT_SEPARATED;
		}
		f->bad_feature = collinear_feature(p, f->h);
		return CX_LOGIT_SINGULAR;
	}
	memcpy(f->step, f->g, sizeof(double) * p);
	cholesky_solve(p, f->chol, f->step);
	for (int j = 0; j < p; j++)
	{
		double		a = fabs(f->step[j]);

		if (!(a <= maxstep))
			maxstep = isnan(a) ? INFINITY : a;
		f->beta[j] = f->base[j] + f->step[j];
	}
	f->iterations++;
	for (int j = 1; j < p; j++)
		if (!(fabs(f->beta[j]) < CX_LOGIT_RUNAWAY))
		{
			f->bad_feature = j - 1;
			return CX_LOGIT_SEPARATED;
		}
	if (maxstep <= f->opt.tolerance)
		return CX_LOGIT_DONE;
	if (f->iterations >= f->opt.max_iterations)
		return CX_LOGIT_NO_CONVERGENCE;
	return CX_LOGIT_AGAIN;
}

/*
 * beta_j = b_j / sd_j for the features, beta_0 = b_0 - sum b_j mean_j / sd_j:
 * a linear map T of the standardized coefficients b, so the covariance is
 * T H^-1 T'.  H^-1's columns come from the Cholesky factor of the accepted
 * point (the optimum up to the last step, below the tolerance).
 */
void
cx_logit_result(const CxLogitFit *f, double *coef, double *se, double *loglik)
{
	int			p = f->p;
	int			k = f->k;
	double		t0[CX_LOGIT_MAX_FEATURES + 1];
	double		col[CX_LOGIT_MAX_FEATURES + 1];
	double		var0;

	coef[0] = f->beta[0];
	t0[0] = 1.0;
	for (int j = 0; j < k; j++)
	{
		coef[j + 1] = f->beta[j + 1] / f->sd[j];
		coef[0] -= f->beta[j + 1] * f->mean[j] / f->sd[j];
		t0[j + 1] = -f->mean[j] / f->sd[j];
	}
	/* var(beta_0) = t0' H^-1 t0; var(beta_j) = (H^-1)_jj / sd_j^2 */
	memcpy(col, t0, sizeof(double) * p);
	cholesky_solve(p, f->chol, col);
	var0 = 0.0;
	for (int j = 0; j < p; j++)
		var0 += t0[j] * col[j];
	se[0] = sqrt(var0);
	for (int j = 1; j < p; j++)
	{
		memset(col, 0, sizeof(double) * p);
		col[j] = 1.0;
		cholesky_solve(p, f->chol, col);
		se[j] = sqrt(col[j]) / f->sd[j - 1];
	}
	/* the log-likelihood of the accepted point (the step after it is below the tolerance) */
	*loglik = f->ll;
}

double
cx_logit_log_odds(int k, const double *coef, const double *x)
{
	double		eta = coef[0];

	for (int j = 0; j < k; j++)
		eta += coef[j + 1] * x[j];
	return eta;
}

/* ---- validation -------------------------------------------------------------- */

void
cx_auc_init(CxAucAcc *a)
{
	memset(a, 0, sizeof(*a));
}

/* a 128-bit sum in two words: twice_u += v */
static void
add128(CxAucAcc *a, uint64_t hi, uint64_t lo)
{
	uint64_t	s = a->twice_u_lo + lo;

	a->twice_u_hi += hi + (s < lo ? 1 : 0);
	a->twice_u_lo = s;
}

/* 64 x 64 -> 128 bit product */
static void
mul64(uint64_t x, uint64_t y, uint64_t *hi, uint64_t *lo)
{
	uint64_t	xl = x & 0xffffffffu,
				xh = x >> 32,
				yl = y & 0xffffffffu,
				yh = y >> 32;
	uint64_t	ll = xl * yl,
				lh = xl * yh,
				hl = xh * yl,
				hh = xh * yh;
	uint64_t	mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);

	*lo = (mid << 32) | (ll & 0xffffffffu);
	*hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

/*
 * A run of equal scores: each of its positives outranks every negative
 * below (2 each) and ties with the run's negatives (1 each).
 */
void
cx_auc_run(CxAucAcc *a, int64_t pos, int64_t neg)
{
	uint64_t	hi,
				lo;

	mul64((uint64_t) pos, 2 * (uint64_t) a->neg_below + (uint64_t) neg, &hi, &lo);
	add128(a, hi, lo);
	a->neg_below += neg;
	a->pos += pos;
	a->neg += neg;
}

double
cx_auc_value(const CxAucAcc *a)
{
	double		u2;

	if (a->pos == 0 || a->neg == 0)
		return NAN;
	u2 = ldexp((double) a->twice_u_hi, 64) + (double) a->twice_u_lo;
	return u2 / (2.0 * (double) a->pos * (double) a->neg);
}

void
cx_risk_metrics_init(CxRiskMetricsAcc *a)
{
	memset(a, 0, sizeof(*a));
}

int
cx_risk_bin(double p)
{
	int			b = (int) floor(p * CX_CALIBRATION_BINS);

	if (b < 0)
		b = 0;
	if (b >= CX_CALIBRATION_BINS)
		b = CX_CALIBRATION_BINS - 1;
	return b;
}

/*
 * -log p(y) = log(1 + e^eta) - y eta, exact even where p rounds to 0 or 1
 * (scikit-learn clips p to [eps, 1 - eps] instead: the same wherever
 * p is not within eps of 0 or 1).
 */
double
cx_risk_metrics_add(CxRiskMetricsAcc *a, bool y, double eta)
{
	double		l1pe;
	double		p = sigmoid_log1pexp(eta, &l1pe);
	double		d = p - (y ? 1.0 : 0.0);
	int			b = cx_risk_bin(p);

	a->n++;
	a->positives += y ? 1 : 0;
	a->log_loss_sum += l1pe - (y ? eta : 0.0);
	a->brier_sum += d * d;
	a->risk_sum += p;
	a->bin_n[b]++;
	a->bin_pos[b] += y ? 1 : 0;
	a->bin_risk[b] += p;
	return p;
}
