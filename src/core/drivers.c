/*
 * drivers.c: relative importance of many drivers (see drivers.h): combine
 * and validation of the sufficient statistics, the report (correlations,
 * standardized coefficients, R² and its exact Shapley decomposition) and
 * the text form.
 */
#include "drivers.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * A pivot of the Cholesky factorization of a correlation matrix below this
 * means the driver is (numerically) a linear combination of the drivers
 * before it: its R² on them exceeds 1 - 1e-10.
 */
#define CX_DRIVERS_PIVOT_MIN 1e-10

/* ---- double-double arithmetic (report time only) ------------------------ */

typedef struct
{
	double		hi;
	double		lo;
} dd;

static dd
dd_two_sum(double a, double b)
{
	dd			r;
	double		bb;

	r.hi = a + b;
	bb = r.hi - a;
	r.lo = (a - (r.hi - bb)) + (b - bb);
	return r;
}

static dd
dd_fast(double a, double b)
{
	dd			r;

	r.hi = a + b;
	r.lo = b - (r.hi - a);
	return r;
}

static dd
dd_mul(dd a, dd b)
{
	double		p = a.hi * b.hi;
	double		e = fma(a.hi, b.hi, -p);

	e += a.hi * b.lo + a.lo * b.hi;
	return dd_fast(p, e);
}

static dd
dd_div_d(dd a, double b)
{
	double		q1 = a.hi / b;
	double		p = q1 * b;
	double		e = fma(q1, b, -p);
	double		q2 = ((a.hi - p) - e + a.lo) / b;

	return dd_fast(q1, q2);
}

static dd
dd_sub(dd a, dd b)
{
	dd			s = dd_two_sum(a.hi, -b.hi);

	s.lo += a.lo - b.lo;
	return dd_fast(s.hi, s.lo);
}

static dd
dd_acc(const double *hi, const double *lo, int i)
{
	return dd_two_sum(hi[i], lo[i]);
}

/* ---- one row ------------------------------------------------------------ */

/*
 * The per-row work is (k+1)(k+4)/2 TwoSum additions (77 for 10 drivers).
 * The products are first written to one flat array of terms so that the
 * additions are a single loop over contiguous accumulators, which the
 * compiler vectorizes.  On x86-64 with GCC the function is also compiled
 * for AVX2 and picked at load time (target_clones, an ifunc): about twice
 * as fast as the SSE2 baseline.  Both versions do the same IEEE operations
 * on each element (AVX2 without FMA, so no contraction of the products
 * into the sums), so their results are bitwise identical.
 */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define CX_DRIVERS_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define CX_DRIVERS_CLONES
#endif

CX_DRIVERS_CLONES
void
cx_drivers_add_row(double *restrict hi, double *restrict lo, int k,
				   const double *restrict v)
{
	double		t[CX_DRIVERS_MAX + 1 + (CX_DRIVERS_MAX + 1) * (CX_DRIVERS_MAX + 2) / 2];
	int			m = k + 1;
	int			nacc = cx_drivers_nacc(k);
	int			p = m;
	int			i,
				j;

	for (i = 0; i < m; i++)
		t[i] = v[i];
	for (i = 0; i < m; i++)
	{
		double		vi = v[i];

		for (j = i; j < m; j++)
			t[p++] = vi * v[j];
	}
	p = 0;
#if defined(__GNUC__)
	/*
	 * Four accumulators at a time with GCC's vector extensions (one AVX2
	 * instruction each in the AVX2 clone, two SSE2 ones otherwise): the
	 * compiler's own vectorizer leaves this loop scalar at -O2.
	 */
	{
		typedef double v4d __attribute__((vector_size(32)));

		for (; p + 4 <= nacc; p += 4)
		{
			v4d			h,
						x,
						l,
						sum,
						bb;

			memcpy(&h, hi + p, sizeof(h));
			memcpy(&x, t + p, sizeof(x));
			memcpy(&l, lo + p, sizeof(l));
			sum = h + x;
			bb = sum - h;
			l += (h - (sum - bb)) + (x - bb);
			memcpy(hi + p, &sum, sizeof(sum));
			memcpy(lo + p, &l, sizeof(l));
		}
	}
#endif
	for (; p < nacc; p++)
	{
		double		h = hi[p];
		double		x = t[p];
		double		sum = h + x;
		double		bb = sum - h;

		lo[p] += (h - (sum - bb)) + (x - bb);
		hi[p] = sum;
	}
}

/* ---- combine and validation ----------------------------------------------- */

bool
cx_drivers_combine(double *hi, double *lo, const double *hi2, const double *lo2, int k)
{
	int			nacc = cx_drivers_nacc(k);
	bool		ok = true;
	int			i;

	for (i = 0; i < nacc; i++)
	{
		dd			s = dd_two_sum(hi[i], hi2[i]);

		hi[i] = s.hi;
		lo[i] += lo2[i] + s.lo;
		if (!(fabs(hi[i]) <= CX_DRIVERS_ACC_MAX) || !(fabs(lo[i]) <= CX_DRIVERS_ACC_MAX))
			ok = false;
	}
	return ok;
}

const char *
cx_drivers_validate(int k, int64_t n, int64_t skipped, const double *hi, const double *lo)
{
	int			m = k + 1;
	int			nacc;
	int			i;

	if (k < 0 || k > CX_DRIVERS_MAX)
		return "The number of drivers k must be between 1 and 32 (0 only for a state without rows).";
	if (n < 0 || skipped < 0)
		return "The row counts n and skipped must not be negative.";
	if (k == 0)
		return n == 0 ? NULL : "A state with rows must have at least one driver.";
	nacc = cx_drivers_nacc(k);
	for (i = 0; i < nacc; i++)
	{
		if (!(fabs(hi[i]) <= CX_DRIVERS_ACC_MAX) || !(fabs(lo[i]) <= CX_DRIVERS_ACC_MAX))
			return "Every sum must be a finite number of magnitude at most 1e250.";
		if (n == 0 && (hi[i] != 0.0 || lo[i] != 0.0))
			return "A state without rows must have all sums zero.";
	}
	for (i = 0; i < m; i++)
	{
		int			d = cx_drivers_cross(m, i, i);

		if (hi[d] + lo[d] < 0.0)
			return "A sum of squares is negative.";
	}
	return NULL;
}

/* ---- the report ---------------------------------------------------------- */

double
cx_drivers_subset_r2(int k, const double *rxx, const double *rxy, uint32_t mask,
					 int *redundant)
{
	double		L[CX_DRIVERS_MAX][CX_DRIVERS_MAX];
	double		z[CX_DRIVERS_MAX];
	int			idx[CX_DRIVERS_MAX];
	bool		red[CX_DRIVERS_MAX];
	int			t = 0;
	int			j;
	double		r2 = 0.0;

	if (redundant)
		*redundant = -1;
	for (j = 0; j < k; j++)
	{
		int			s,
					u;
		double		d,
					zt;

		if (!(mask & ((uint32_t) 1 << j)))
			continue;
		idx[t] = j;
		for (s = 0; s < t; s++)
		{
			double		v = rxx[j * k + idx[s]];

			if (red[s])
			{
				L[t][s] = 0.0;
				continue;
			}
			for (u = 0; u < s; u++)
				v -= L[t][u] * L[s][u];
			L[t][s] = v / L[s][s];
		}
		d = rxx[j * k + j];
		for (u = 0; u < t; u++)
			d -= L[t][u] * L[t][u];
		if (!(d > CX_DRIVERS_PIVOT_MIN))
		{
			red[t] = true;
			L[t][t] = 0.0;
			z[t] = 0.0;
			if (redundant && *redundant < 0)
				*redundant = j;
			t++;
			continue;
		}
		red[t] = false;
		L[t][t] = sqrt(d);
		zt = rxy[j];
		for (u = 0; u < t; u++)
			zt -= L[t][u] * z[u];
		z[t] = zt / L[t][t];
		r2 += z[t] * z[t];
		t++;
	}
	if (r2 > 1.0)
		r2 = 1.0;
	return r2;
}

/* beta = R^-1 r for the drivers in mask (none redundant), into beta[j]. */
static void
cx_drivers_beta(int k, const double *rxx, const double *rxy, uint32_t mask, double *beta)
{
	double		L[CX_DRIVERS_MAX][CX_DRIVERS_MAX];
	double		z[CX_DRIVERS_MAX];
	int			idx[CX_DRIVERS_MAX];
	int			t = 0;
	int			s,
				u,
				j;

	for (j = 0; j < k; j++)
	{
		double		d;

		if (!(mask & ((uint32_t) 1 << j)))
			continue;
		idx[t] = j;
		for (s = 0; s < t; s++)
		{
			double		v = rxx[j * k + idx[s]];

			for (u = 0; u < s; u++)
				v -= L[t][u] * L[s][u];
			L[t][s] = v / L[s][s];
		}
		d = rxx[j * k + j];
		for (u = 0; u < t; u++)
			d -= L[t][u] * L[t][u];
		L[t][t] = sqrt(d);
		z[t] = rxy[j];
		for (u = 0; u < t; u++)
			z[t] -= L[t][u] * z[u];
		z[t] /= L[t][t];
		t++;
	}
	/* back substitution L^T b = z */
	for (s = t - 1; s >= 0; s--)
	{
		double		v = z[s];

		for (u = s + 1; u < t; u++)
			v -= L[u][s] * beta[idx[u]];
		beta[idx[s]] = v / L[s][s];
	}
}

/*
 * Exact Shapley values of R² (the LMG decomposition): for driver j,
 *	 phi_j = sum over subsets S of the other drivers of
 *			 |S|! (p - |S| - 1)! / p! * (R²(S + j) - R²(S))
 * over the p drivers in `active` (the others get 0).  2^p subsets.
 */
static void
cx_drivers_shapley(int k, const double *rxx, const double *rxy, uint32_t active,
				   double *phi, double *v)
{
	int			pos[CX_DRIVERS_SHAPLEY_MAX];
	int			p = 0;
	int			j;
	uint32_t	sub,
				nsub;
	double		w[CX_DRIVERS_SHAPLEY_MAX];

	for (j = 0; j < k; j++)
	{
		phi[j] = 0.0;
		if (active & ((uint32_t) 1 << j))
			pos[p++] = j;
	}
	if (p == 0)
		return;
	nsub = (uint32_t) 1 << p;
	for (sub = 0; sub < nsub; sub++)
	{
		uint32_t	mask = 0;
		int			b;

		for (b = 0; b < p; b++)
			if (sub & ((uint32_t) 1 << b))
				mask |= (uint32_t) 1 << pos[b];
		v[sub] = sub == 0 ? 0.0 : cx_drivers_subset_r2(k, rxx, rxy, mask, NULL);
	}
	/* w[s] = s! (p - s - 1)! / p!, computed as a product to stay exact-ish */
	for (j = 0; j < p; j++)
	{
		double		x = 1.0 / p;
		int			i;

		/* 1 / (p * C(p-1, s)) */
		for (i = 1; i <= j; i++)
			x *= (double) i / (double) (p - i);
		w[j] = x;
	}
	for (j = 0; j < p; j++)
	{
		uint32_t	bit = (uint32_t) 1 << j;
		double		acc = 0.0;

		for (sub = 0; sub < nsub; sub++)
		{
			if (sub & bit)
				continue;
			acc += w[__builtin_popcount(sub)] * (v[sub | bit] - v[sub]);
		}
		phi[pos[j]] = acc;
	}
}

static double
cx_drivers_rank_key(const CxDriversReport *r, int j)
{
	double		key;

	if (r->constant[j + 1])
		return -INFINITY;
	if (r->shapley_done)
		key = r->shapley[j];
	else if (!isnan(r->beta[j]))
		key = fabs(r->beta[j]);
	else
		key = fabs(r->corr[j]);
	return isnan(key) ? -HUGE_VAL / 2 : key;
}

static void
cx_drivers_rank(CxDriversReport *r)
{
	int			k = r->k;
	int			i,
				j;

	for (i = 0; i < k; i++)
		r->order[i] = i;
	/* insertion sort, stable: ties keep the drivers' order */
	for (i = 1; i < k; i++)
	{
		int			d = r->order[i];
		double		key = cx_drivers_rank_key(r, d);

		for (j = i; j > 0 && cx_drivers_rank_key(r, r->order[j - 1]) < key; j--)
			r->order[j] = r->order[j - 1];
		r->order[j] = d;
	}
	for (i = 0; i < k; i++)
		r->rank[r->order[i]] = i + 1;
}

void
cx_drivers_report(int k, int64_t n, const double *hi, const double *lo,
				  CxDriversReport *out)
{
	int			m = k + 1;
	double		cov[(CX_DRIVERS_MAX + 1) * (CX_DRIVERS_MAX + 1)];
	double		rxx[CX_DRIVERS_MAX * CX_DRIVERS_MAX];
	double		rxy[CX_DRIVERS_MAX];
	uint32_t	active = 0;
	int			nactive = 0;
	int			i,
				j;

	memset(out, 0, offsetof(CxDriversReport, subset_r2));
	out->k = k;
	out->n = n;
	out->collinear_driver = -1;
	out->r2 = NAN;
	for (j = 0; j < CX_DRIVERS_MAX; j++)
		out->corr[j] = out->beta[j] = out->shapley[j] = NAN;
	for (i = 0; i <= CX_DRIVERS_MAX; i++)
	{
		out->mean[i] = out->sd[i] = NAN;
		out->constant[i] = true;
	}
	if (k <= 0)
		return;

	/* means and centered cross-products C_ij = S_ij - S_i S_j / n */
	for (i = 0; i < m && n > 0; i++)
		out->mean[i] = dd_div_d(dd_acc(hi, lo, i), (double) n).hi;
	for (i = 0; i < m && n > 1; i++)
	{
		dd			si = dd_acc(hi, lo, i);

		for (j = i; j < m; j++)
		{
			int			c = cx_drivers_cross(m, i, j);
			dd			t = dd_div_d(dd_mul(si, dd_acc(hi, lo, j)), (double) n);
			dd			cij = dd_sub(dd_acc(hi, lo, c), t);

			cov[i * m + j] = cov[j * m + i] = cij.hi + cij.lo;
		}
		/*
		 * Constant when the variance is within the rounding of the products
		 * (relative 2^-53 of the sum of squares) of zero.
		 */
		{
			double		sii = hi[cx_drivers_cross(m, i, i)] + lo[cx_drivers_cross(m, i, i)];
			double		cii = cov[i * m + i];

			out->constant[i] = !(cii > 16.0 * DBL_EPSILON * sii) || !isfinite(cii);
			out->sd[i] = out->constant[i] ? 0.0 : sqrt(cii / (double) (n - 1));
		}
	}
	if (n < 2)
	{
		out->model = CX_DRIVERS_MODEL_NO_ROWS;
		cx_drivers_rank(out);
		return;
	}

	/* correlations */
	for (i = 0; i < m; i++)
		for (j = 0; j < m; j++)
		{
			double		r;

			if (out->constant[i] || out->constant[j])
				continue;
			r = i == j ? 1.0 :
				cov[i * m + j] / (sqrt(cov[i * m + i]) * sqrt(cov[j * m + j]));
			if (r > 1.0)
				r = 1.0;
			else if (r < -1.0)
				r = -1.0;
			if (i == 0 && j > 0)
				out->corr[j - 1] = r;
			else if (i > 0 && j > 0)
				rxx[(i - 1) * k + (j - 1)] = r;
		}
	for (j = 0; j < k; j++)
	{
		rxy[j] = out->constant[0] || out->constant[j + 1] ? 0.0 : out->corr[j];
		if (!out->constant[j + 1])
		{
			active |= (uint32_t) 1 << j;
			nactive++;
		}
		else
			rxx[j * k + j] = 0.0;	/* never read: not in any mask */
	}
	if (out->constant[0])
	{
		out->model = CX_DRIVERS_MODEL_CONSTANT_OUTCOME;
		cx_drivers_rank(out);
		return;
	}
	if (n <= (int64_t) nactive + 1)
	{
		out->model = CX_DRIVERS_MODEL_TOO_FEW_ROWS;
		cx_drivers_rank(out);
		return;
	}

	out->r2 = cx_drivers_subset_r2(k, rxx, rxy, active, &out->collinear_driver);
	if (out->collinear_driver >= 0)
		out->model = CX_DRIVERS_MODEL_COLLINEAR;
	else
	{
		out->model = CX_DRIVERS_MODEL_OK;
		cx_drivers_beta(k, rxx, rxy, active, out->beta);
	}
	if (k <= CX_DRIVERS_SHAPLEY_MAX)
	{
		cx_drivers_shapley(k, rxx, rxy, active, out->shapley, out->subset_r2);
		out->shapley_done = true;
	}
	cx_drivers_rank(out);
}

/* ---- text form ------------------------------------------------------------ */

typedef struct
{
	const char *p;
	char	   *detail;
	size_t		detail_size;
} Cursor;

static const char *
fail(Cursor *c, const char *msg)
{
	if (c->detail_size > 0)
		snprintf(c->detail, c->detail_size, "%s", msg);
	return msg;
}

static void
ws(Cursor *c)
{
	while (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r')
		c->p++;
}

static bool
lit(Cursor *c, const char *s)
{
	size_t		len = strlen(s);

	ws(c);
	if (strncmp(c->p, s, len) != 0)
		return false;
	c->p += len;
	return true;
}

static bool
int64_tok(Cursor *c, int64_t *v)
{
	uint64_t	x = 0;
	const char *start;

	ws(c);
	start = c->p;
	while (*c->p >= '0' && *c->p <= '9')
	{
		int			d = *c->p - '0';

		if (x > ((uint64_t) INT64_MAX - d) / 10)
			return false;
		x = x * 10 + d;
		c->p++;
	}
	if (c->p == start || c->p - start > 19)
		return false;
	*v = (int64_t) x;
	return true;
}

static bool
double_tok(Cursor *c, double *v)
{
	char		buf[64];
	size_t		len = 0;
	char	   *end;

	ws(c);
	while (len < sizeof(buf) - 1 &&
		   ((c->p[len] >= '0' && c->p[len] <= '9') || c->p[len] == '-' ||
			c->p[len] == '+' || c->p[len] == '.' || c->p[len] == 'e' || c->p[len] == 'E'))
	{
		buf[len] = c->p[len];
		len++;
	}
	if (len == 0 || len == sizeof(buf) - 1)
		return false;
	buf[len] = '\0';
	errno = 0;
	*v = strtod(buf, &end);
	if (end != buf + len || !isfinite(*v))
		return false;
	c->p += len;
	return true;
}

static int
hexval(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

/* A JSON string into out (at most CX_DRIVERS_NAME_MAX bytes + NUL). */
static const char *
string_tok(Cursor *c, char *out, size_t *len)
{
	size_t		n = 0;

	ws(c);
	if (*c->p != '"')
		return fail(c, "A driver name must be a double-quoted string.");
	c->p++;
	for (;;)
	{
		unsigned char ch = (unsigned char) *c->p;

		if (ch == '\0')
			return fail(c, "A driver name is not terminated.");
		c->p++;
		if (ch == '"')
			break;
		if (ch < 0x20)
			return fail(c, "A driver name contains a control character (write it as \\u00XX).");
		if (ch == '\\')
		{
			char		e = *c->p++;

			switch (e)
			{
				case '"':
				case '\\':
				case '/':
					ch = (unsigned char) e;
					break;
				case 'b':
					ch = '\b';
					break;
				case 'f':
					ch = '\f';
					break;
				case 'n':
					ch = '\n';
					break;
				case 'r':
					ch = '\r';
					break;
				case 't':
					ch = '\t';
					break;
				case 'u':
					{
						int			h[4],
									i;

						for (i = 0; i < 4; i++)
						{
							h[i] = hexval(c->p[i]);
							if (h[i] < 0)
								return fail(c, "A \\u escape in a driver name needs four hexadecimal digits.");
						}
						if (h[0] != 0 || h[1] != 0 || (h[2] == 0 && h[3] == 0) || h[2] > 7)
							return fail(c, "A \\u escape in a driver name must be an ASCII character other than NUL (\\u0001 to \\u007f); write other characters as they are.");
						ch = (unsigned char) (h[2] * 16 + h[3]);
						c->p += 4;
						break;
					}
				default:
					return fail(c, "A driver name contains an unknown escape.");
			}
		}
		if (n >= CX_DRIVERS_NAME_MAX)
			return fail(c, "A driver name is longer than 1000 bytes.");
		out[n++] = (char) ch;
	}
	if (n == 0)
		return fail(c, "A driver name must not be empty.");
	out[n] = '\0';
	*len = n;
	return NULL;
}

const char *
cx_drivers_parse(const char *s, CxDriversParsed *out, CxDriversAlloc alloc_fn,
				 char *detail, size_t detail_size)
{
	Cursor		c = {s, detail, detail_size};
	int64_t		k;
	int			nacc,
				i;
	const char *err;

	if (detail_size > 0)
		detail[0] = '\0';
	memset(out, 0, sizeof(*out));
	if (!lit(&c, "{") || !lit(&c, "\"k\"") || !lit(&c, ":"))
		return fail(&c, "A driver_state starts with {\"k\": the number of drivers.");
	if (!int64_tok(&c, &k) || k > CX_DRIVERS_MAX)
		return fail(&c, "The number of drivers k must be a whole number from 1 to 32 (0 for a state without rows).");
	out->k = (int) k;
	if (!lit(&c, ",") || !lit(&c, "\"n\"") || !lit(&c, ":") || !int64_tok(&c, &out->n))
		return fail(&c, "After k comes \"n\": the number of rows, a whole number from 0 to 9223372036854775807.");
	if (!lit(&c, ",") || !lit(&c, "\"skipped\"") || !lit(&c, ":") || !int64_tok(&c, &out->skipped))
		return fail(&c, "After n comes \"skipped\": the number of rows skipped for NULLs, a whole number from 0 to 9223372036854775807.");
	if (!lit(&c, ",") || !lit(&c, "\"names\"") || !lit(&c, ":"))
		return fail(&c, "After skipped comes \"names\": null or a list of k driver names.");
	if (lit(&c, "null"))
		out->has_names = false;
	else
	{
		char	   *names;
		size_t		used = 0;

		if (!lit(&c, "["))
			return fail(&c, "\"names\" must be null or a list of k driver names.");
		if (k == 0)
			return fail(&c, "A state without drivers has no names (\"names\":null).");
		names = alloc_fn((size_t) k * (CX_DRIVERS_NAME_MAX + 1));
		for (i = 0; i < k; i++)
		{
			size_t		len;

			if (i > 0 && !lit(&c, ","))
				return fail(&c, "\"names\" must list exactly k driver names, separated by commas.");
			if ((err = string_tok(&c, names + used, &len)) != NULL)
				return err;
			used += len + 1;
		}
		if (!lit(&c, "]"))
			return fail(&c, "\"names\" must list exactly k driver names.");
		out->has_names = true;
		out->names = names;
		out->names_len = used;
		if ((err = cx_drivers_check_names(names, used, out->k)) != NULL)
			return fail(&c, err);
	}
	if (!lit(&c, ",") || !lit(&c, "\"acc\"") || !lit(&c, ":") || !lit(&c, "["))
		return fail(&c, "After names comes \"acc\": the list of [hi,lo] sums.");
	nacc = k == 0 ? 0 : cx_drivers_nacc(out->k);
	out->hi = alloc_fn(sizeof(double) * (nacc > 0 ? nacc : 1));
	out->lo = alloc_fn(sizeof(double) * (nacc > 0 ? nacc : 1));
	for (i = 0; i < nacc; i++)
	{
		if (i > 0 && !lit(&c, ","))
			return fail(&c, "\"acc\" must list (k+1) + (k+1)(k+2)/2 [hi,lo] pairs, separated by commas.");
		if (!lit(&c, "[") || !double_tok(&c, &out->hi[i]) || !lit(&c, ",") ||
			!double_tok(&c, &out->lo[i]) || !lit(&c, "]"))
			return fail(&c, "Every sum in \"acc\" is a pair [hi,lo] of finite numbers.");
	}
	if (!lit(&c, "]"))
		return fail(&c, "\"acc\" must list exactly (k+1) + (k+1)(k+2)/2 [hi,lo] pairs.");
	if (!lit(&c, "}"))
		return fail(&c, "A driver_state ends with } after \"acc\".");
	ws(&c);
	if (*c.p != '\0')
		return fail(&c, "Nothing may follow the closing }.");
	if ((err = cx_drivers_validate(out->k, out->n, out->skipped, out->hi, out->lo)) != NULL)
		return fail(&c, err);
	return NULL;
}

const char *
cx_drivers_check_names(const char *names, size_t len, int k)
{
	const char *p = names;
	const char *end = names + len;
	int			i,
				j;

	for (i = 0; i < k; i++)
	{
		size_t		l;
		const char *q;

		if (p >= end)
			return "There must be exactly one name per driver.";
		q = memchr(p, '\0', end - p);
		if (q == NULL)
			return "There must be exactly one name per driver.";
		l = q - p;
		if (l == 0)
			return "A driver name must not be empty.";
		if (l > CX_DRIVERS_NAME_MAX)
			return "A driver name is longer than 1000 bytes.";
		/* duplicates: compare with every earlier name */
		{
			const char *r = names;

			for (j = 0; j < i; j++)
			{
				if (strcmp(r, p) == 0)
					return "Two drivers have the same name.";
				r += strlen(r) + 1;
			}
		}
		p = q + 1;
	}
	if (p != end)
		return "There must be exactly one name per driver.";
	return NULL;
}

size_t
cx_drivers_format_max(int k, size_t names_len)
{
	return 128 + 6 * names_len + 4 * (size_t) k +
		(size_t) (k > 0 ? cx_drivers_nacc(k) : 0) * 56;
}

/* snprintf into a growing buffer that may be too small */
typedef struct
{
	char	   *buf;
	size_t		size;
	size_t		len;
} Out;

static void
put(Out *o, const char *s, size_t n)
{
	if (o->len < o->size)
	{
		size_t		room = o->size - o->len;

		memcpy(o->buf + o->len, s, n < room ? n : room);
	}
	o->len += n;
}

static void
putf(Out *o, const char *fmt, double a, double b)
{
	char		tmp[80];
	int			n = snprintf(tmp, sizeof(tmp), fmt, a, b);

	put(o, tmp, (size_t) n);
}

size_t
cx_drivers_format(char *buf, size_t size, int k, int64_t n, int64_t skipped,
				  const char *names, const double *hi, const double *lo)
{
	Out			o = {buf, size, 0};
	char		tmp[96];
	int			nacc = k > 0 ? cx_drivers_nacc(k) : 0;
	int			i;

	snprintf(tmp, sizeof(tmp), "{\"k\":%d,\"n\":%lld,\"skipped\":%lld,\"names\":",
			 k, (long long) n, (long long) skipped);
	put(&o, tmp, strlen(tmp));
	if (names == NULL)
		put(&o, "null", 4);
	else
	{
		const char *p = names;

		put(&o, "[", 1);
		for (i = 0; i < k; i++)
		{
			if (i > 0)
				put(&o, ",", 1);
			put(&o, "\"", 1);
			for (; *p; p++)
			{
				unsigned char ch = (unsigned char) *p;

				if (ch == '"' || ch == '\\')
				{
					char		e[2] = {'\\', (char) ch};

					put(&o, e, 2);
				}
				else if (ch < 0x20 || ch == 0x7f)
				{
					snprintf(tmp, sizeof(tmp), "\\u%04x", ch);
					put(&o, tmp, 6);
				}
				else
					put(&o, p, 1);
			}
			p++;
			put(&o, "\"", 1);
		}
		put(&o, "]", 1);
	}
	put(&o, ",\"acc\":[", 8);
	for (i = 0; i < nacc; i++)
		putf(&o, i == 0 ? "[%.17g,%.17g]" : ",[%.17g,%.17g]", hi[i], lo[i]);
	put(&o, "]}", 2);
	if (size > 0)
		buf[o.len < size ? o.len : size - 1] = '\0';
	return o.len;
}
