/*
 * stats.h: normal and Student t distribution helpers shared by the score
 * concerns.
 * Plain C: no PostgreSQL headers.
 */
#ifndef CX_CORE_STATS_H
#define CX_CORE_STATS_H

/* Standard normal cumulative distribution function, Phi(z). */
extern double cx_norm_cdf(double z);

/*
 * Two-sided p-value of a standard normal statistic z: P(|Z| >= |z|).
 * Computed with erfc so that tiny p-values keep their precision.
 */
extern double cx_norm_two_sided_p(double z);

/*
 * Inverse of Phi: the z with Phi(z) = p, for 0 < p < 1 (NaN otherwise).
 * Accurate to about 1e-15 (Acklam's rational approximation refined by one
 * Halley step).
 */
extern double cx_norm_quantile(double p);

/*
 * Critical value for a two-sided confidence interval at `level` (0 < level
 * < 1), e.g. 1.959963984540054 for 0.95.  NaN when level is out of range.
 */
extern double cx_norm_critical(double level);

/*
 * Two-sided critical value of Student's t distribution with df degrees of
 * freedom (df >= 1, need not be whole): the t with P(|T| <= t) = level.
 * About 1e-13 relative accuracy.  NaN for a level outside (0, 1) or df < 1.
 */
extern double cx_t_critical(double level, double df);

/*
 * Two-sided p-value of a Student t statistic with df degrees of freedom
 * (df >= 1): P(|T| >= |t|), about 1e-10 absolute accuracy or better.
 * Above 10^7 degrees of freedom from the normal distribution with the first
 * Cornish-Fisher correction.
 * NaN for a NaN t or df < 1.
 */
extern double cx_t_two_sided_p(double t, double df);

#endif
