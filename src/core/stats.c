/*
 * stats.c: normal and Student t distribution helpers (see stats.h).
 */
#include "stats.h"

#include <math.h>

double
cx_norm_cdf(double z)
{
	if (isnan(z))
		return NAN;
	return 0.5 * erfc(-z / M_SQRT2);
}

double
cx_norm_two_sided_p(double z)
{
	if (isnan(z))
		return NAN;
	return erfc(fabs(z) / M_SQRT2);
}

double
cx_norm_quantile(double p)
{
	/* Acklam's coefficients */
	static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
		-2.759285104469687e+02, 1.383577518672690e+02,
	-3.066479806614716e+01, 2.506628277459239e+00};
	static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
		-1.556989798598866e+02, 6.680131188771972e+01,
	-1.328068155288572e+01};
	static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
		-2.400758277161838e+00, -2.549732539343734e+00,
	4.374664141464968e+00, 2.938163982698783e+00};
	static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
	2.445134137142996e+00, 3.754408661907416e+00};
	const double plow = 0.02425;
	double		q,
				r,
				x,
				e,
				u;

	if (!(p > 0.0 && p < 1.0))
		return NAN;

	if (p < plow)
	{
		q = sqrt(-2.0 * log(p));
		x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
			((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
	}
	else if (p <= 1.0 - plow)
	{
		q = p - 0.5;
		r = q * q;
		x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
			(((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
	}
	else
	{
		q = sqrt(-2.0 * log(1.0 - p));
		x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
			((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
	}

	/* one step of Halley's method brings it to full double precision */
	e = 0.5 * erfc(-x / M_SQRT2) - p;
	u = e * sqrt(2.0 * M_PI) * exp(x * x / 2.0);
	x = x - u / (1.0 + x * u / 2.0);
	return x;
}

double
cx_norm_critical(double level)
{
	if (!(level > 0.0 && level < 1.0))
		return NAN;
	return cx_norm_quantile(1.0 - (1.0 - level) / 2.0);
}

/* ---- Student t ------------------------------------------------------------ */

/*
 * Regularized incomplete beta I_x(a, b) by its continued fraction (modified
 * Lentz), for the Student t distribution below.  Converges quickly for the
 * a = df/2 <= 500, b = 1/2 used here.
 */
static double
beta_cf(double a, double b, double x)
{
	const double tiny = 1e-300;
	double		c = 1.0,
				d = 1.0 - (a + b) * x / (a + 1.0),
				h;
	int			m;

	if (fabs(d) < tiny)
		d = tiny;
	d = 1.0 / d;
	h = d;
	for (m = 1; m <= 10000; m++)
	{
		double		m2 = 2.0 * m,
					aa,
					del;

		aa = m * (b - m) * x / ((a - 1.0 + m2) * (a + m2));
		d = 1.0 + aa * d;
		c = 1.0 + aa / c;
		if (fabs(d) < tiny)
			d = tiny;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1.0 / d;
		h *= d * c;
		aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1.0 + m2));
		d = 1.0 + aa * d;
		c = 1.0 + aa / c;
		if (fabs(d) < tiny)
			d = tiny;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1.0 / d;
		del = d * c;
		h *= del;
		if (fabs(del - 1.0) < 1e-16)
			break;
	}
	return h;
}

static double
incomplete_beta(double a, double b, double x)
{
	double		front;

	if (x <= 0.0)
		return 0.0;
	if (x >= 1.0)
		return 1.0;
	front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x));
	if (x < (a + 1.0) / (a + b + 2.0))
		return front * beta_cf(a, b, x) / a;
	return 1.0 - front * beta_cf(b, a, 1.0 - x) / b;
}

/* P(T > t) for t >= 0, T Student t with df degrees of freedom */
static double
t_upper(double t, double df)
{
	return 0.5 * incomplete_beta(df / 2.0, 0.5, df / (df + t * t));
}

/* Student t density */
static double
t_density(double t, double df)
{
	return exp(lgamma((df + 1.0) / 2.0) - lgamma(df / 2.0) - 0.5 * log(df * M_PI)
			   - (df + 1.0) / 2.0 * log1p(t * t / df));
}

/*
 * Cornish-Fisher expansion of the t quantile around the normal one
 * (Abramowitz & Stegun 26.7.5); the first omitted term is below 1e-12 from
 * 1000 degrees of freedom on, and it is a good start below.
 */
static double
t_expansion(double z, double df)
{
	double		z2 = z * z,
				g1 = (z2 + 1.0) * z / 4.0,
				g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0,
				g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0,
				g4 = ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) * z / 92160.0;

	return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

double
cx_t_critical(double level, double df)
{
	/* one-entry cache: a window or a report asks for the same value often */
	static double cached_level = NAN,
				cached_df = NAN,
				cached_t = NAN;
	double		z,
				tail,
				lo,
				hi,
				t;
	int			i;

	if (!(level > 0.0 && level < 1.0) || !(df >= 1.0))
		return NAN;
	if (level == cached_level && df == cached_df)
		return cached_t;
	z = cx_norm_critical(level);
	if (df >= 1000.0)
		t = t_expansion(z, df);
	else
	{
		/*
		 * Solve P(T > t) = (1 - level) / 2 by Newton's method from the
		 * expansion, kept inside a bracket [lo, hi] by bisection.  The t
		 * quantile is above z.
		 */
		tail = (1.0 - level) / 2.0;
		lo = z;
		hi = 2.0 * z + 1.0;
		while (t_upper(hi, df) > tail && hi < 1e300)
		{
			lo = hi;
			hi *= 2.0;
		}
		t = t_expansion(z, df);
		if (!(t > lo && t < hi))
			t = 0.5 * (lo + hi);
		for (i = 0; i < 200; i++)
		{
			double		f = t_upper(t, df) - tail,
						next;

			if (f > 0.0)
				lo = t;
			else
				hi = t;
			next = t + f / t_density(t, df);
			if (!(next > lo && next < hi))
				next = 0.5 * (lo + hi);
			if (fabs(next - t) <= 1e-15 * t || hi - lo <= 1e-15 * hi)
			{
				t = next;
				break;
			}
			t = next;
		}
	}
	cached_level = level;
	cached_df = df;
	cached_t = t;
	return t;
}

double
cx_t_two_sided_p(double t, double df)
{
	if (isnan(t) || !(df >= 1.0))
		return NAN;
	if (isinf(t))
		return 0.0;
	/*
	 * The incomplete beta loses precision as df / 2 grows (lgamma of huge
	 * arguments cancel: 4e-8 absolute at 10^9).  Far out there the first
	 * term of the Cornish-Fisher expansion inverted (the one t_expansion
	 * adds) maps t to its normal deviate z = t (1 - (t^2 + 1) / (4 df)),
	 * with an error of order 1 / df^2.  Where the correction is not small
	 * (|t| > 600 at df 10^7) both p-values underflow to 0 anyway.
	 */
	if (df > 1e7)
	{
		double		c = (t * t + 1.0) / (4.0 * df);

		return cx_norm_two_sided_p(c < 0.01 ? t * (1.0 - c) : t);
	}
	return fmin(1.0, 2.0 * t_upper(fabs(t), df));
}
