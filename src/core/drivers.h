/*
 * drivers.h: relative importance of many drivers of one outcome, in plain C
 * (no PostgreSQL headers).  The SQL face is src/drivers.c
 * (driver_importance_agg, driver_rollup, driver_importance).
 *
 * The state is the sufficient statistics of a linear model of the outcome
 * y on k drivers x1..xk: the number of rows n, the sums of the m = k + 1
 * variables v0 = y, v1 = x1, ..., vk = xk, and the sums of their
 * cross-products v_i * v_j for i <= j (m(m+1)/2 of them, the symmetric
 * half only).  Everything the report gives (means, standard deviations,
 * correlations, the regression on standardized variables and the Shapley
 * decomposition of its R²) is a function of those sums.
 *
 * Summation.  Every sum is a double-double accumulator (hi, lo): each term
 * is added to hi with Knuth's TwoSum and the rounding error of that addition
 * is added to lo (Ogita, Rump and Oishi's Sum2; "cascaded" compensated
 * summation).  The value hi + lo is as accurate as if the sum had been
 * computed in twice double precision and then rounded, so it does not
 * depend on the order of the rows: a serial and a parallel aggregate (any
 * split, any order of combining) agree to about 1e-16 relative.  The terms
 * themselves are the rounded double products v_i * v_j (relative error at
 * most 2^-53 each, the same error in any order), not exact products: a
 * variance is therefore known to about 2^-53 * (mean² + variance) / variance
 * relative, which is 1e-15 for survey scales and becomes poor only for
 * variables whose spread is below 1e-6 of their magnitude (shift them).
 * A variable whose variance is within that rounding of zero is treated as
 * constant.
 *
 * Accumulator layout (nacc = m + m(m+1)/2 accumulators): index i < m is the
 * sum of v_i; index cx_drivers_cross(m, i, j) (i <= j) is the sum of
 * v_i * v_j.  hi[] and lo[] are two arrays of nacc doubles.
 */
#ifndef CX_CORE_DRIVERS_H
#define CX_CORE_DRIVERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Most drivers in one state, and most for the exact Shapley decomposition. */
#define CX_DRIVERS_MAX 32
#define CX_DRIVERS_SHAPLEY_MAX 15

/*
 * Largest magnitude of an input value: products stay below 1e200 and sums
 * of up to 2^63 of them stay finite.
 */
#define CX_DRIVERS_VALUE_MAX 1e100
/* Largest magnitude of an accumulator in a state read from outside. */
#define CX_DRIVERS_ACC_MAX 1e250

/* Longest driver name in bytes, and the text form's longest output. */
#define CX_DRIVERS_NAME_MAX 1000

static inline int
cx_drivers_nacc(int k)
{
	int			m = k + 1;

	return m + m * (m + 1) / 2;
}

/* Index of the sum of v_i * v_j, i <= j < m, in the accumulators. */
static inline int
cx_drivers_cross(int m, int i, int j)
{
	return m + i * m - i * (i - 1) / 2 + (j - i);
}

/*
 * Add one row: v[0] = outcome, v[1..k] = drivers, all finite with
 * magnitude <= CX_DRIVERS_VALUE_MAX (the caller checks).  The hot path of
 * the aggregate: see drivers.c for how it is kept fast.
 */
extern void cx_drivers_add_row(double *restrict hi, double *restrict lo, int k,
							   const double *restrict v);

/*
 * Add the accumulators of another state of the same k.  Returns false when
 * a result would not be finite (the caller reports it).
 */
extern bool cx_drivers_combine(double *hi, double *lo,
							   const double *hi2, const double *lo2, int k);

/*
 * Checks a state read from outside (text or binary form): k, n, skipped and
 * every accumulator.  Returns NULL when valid, else a sentence saying what
 * is wrong.
 */
extern const char *cx_drivers_validate(int k, int64_t n, int64_t skipped,
									   const double *hi, const double *lo);

/*
 * Checks driver names: names holds k non-empty NUL-terminated strings of at
 * most CX_DRIVERS_NAME_MAX bytes, len bytes in all, no two equal.  Returns
 * NULL when valid, else a sentence saying what is wrong.
 */
extern const char *cx_drivers_check_names(const char *names, size_t len, int k);

/* ---- the report ---------------------------------------------------------- */

typedef enum CxDriversModel
{
	CX_DRIVERS_MODEL_OK,		/* beta, r2 (and Shapley when k <= 15) */
	CX_DRIVERS_MODEL_NO_ROWS,	/* n < 2: nothing but means */
	CX_DRIVERS_MODEL_CONSTANT_OUTCOME,	/* outcome constant: no correlation */
	CX_DRIVERS_MODEL_TOO_FEW_ROWS,	/* n <= (non-constant drivers) + 1 */
	CX_DRIVERS_MODEL_COLLINEAR	/* r2 and Shapley, but beta undefined */
} CxDriversModel;

typedef struct CxDriversReport
{
	int			k;
	int64_t		n;
	CxDriversModel model;
	int			collinear_driver;	/* 0-based driver found redundant, or -1 */
	bool		shapley_done;	/* false when k > CX_DRIVERS_SHAPLEY_MAX */
	/* [0] = outcome, [1 + j] = driver j; NAN when undefined */
	double		mean[CX_DRIVERS_MAX + 1];
	double		sd[CX_DRIVERS_MAX + 1];	/* sample standard deviation */
	bool		constant[CX_DRIVERS_MAX + 1];
	/* per driver j (0-based); NAN when undefined */
	double		corr[CX_DRIVERS_MAX];	/* Pearson correlation with y */
	double		beta[CX_DRIVERS_MAX];	/* standardized coefficient */
	double		shapley[CX_DRIVERS_MAX];	/* part of r2; they sum to r2 */
	double		r2;
	int			rank[CX_DRIVERS_MAX];	/* 1-based, 1 = most important */
	int			order[CX_DRIVERS_MAX];	/* order[r] = driver of rank r + 1 */
	/* work space: R² of every subset for the Shapley values (256 kB) */
	double		subset_r2[1 << CX_DRIVERS_SHAPLEY_MAX];
} CxDriversReport;

/*
 * The report of a state (valid as cx_drivers_validate says).  out is large
 * (see subset_r2): allocate it rather than put it on the stack.
 */
extern void cx_drivers_report(int k, int64_t n, const double *hi, const double *lo,
							  CxDriversReport *out);

/*
 * R² of the regression of y on the drivers in `mask` (bit j = driver j),
 * from the correlations: rxx[j * k + l] between drivers, rxy[j] with y.
 * Drivers that are linear combinations of the earlier ones in the mask
 * (pivot below 1e-10) are left out, which gives the same R² as any
 * generalized inverse.  Exposed for the unit tests.
 */
extern double cx_drivers_subset_r2(int k, const double *rxx, const double *rxy,
								   uint32_t mask, int *redundant);

/* ---- text form ------------------------------------------------------------
 *
 *	 {"k":2,"n":3,"skipped":1,"names":["speed","price"],
 *	  "acc":[[hi,lo],[hi,lo],...]}
 *
 * (one line; "names":null when the drivers have no names; the acc list has
 * cx_drivers_nacc(k) pairs, printed with 17 significant digits so that the
 * text form reads back to the same doubles).  It is valid JSON, so
 * state::text::jsonb works.
 */
typedef struct CxDriversParsed
{
	int			k;
	int64_t		n;
	int64_t		skipped;
	bool		has_names;
	/* names: k NUL-terminated strings one after the other */
	char	   *names;
	size_t		names_len;		/* bytes, including the NULs */
	double	   *hi;
	double	   *lo;
} CxDriversParsed;

/*
 * Parses s.  On success returns NULL and fills out; names, hi and lo are
 * allocated with alloc_fn (each once; never freed here).  On failure
 * returns a sentence saying what is wrong (detail, up to detail_size).
 */
typedef void *(*CxDriversAlloc) (size_t size);
extern const char *cx_drivers_parse(const char *s, CxDriversParsed *out,
									CxDriversAlloc alloc_fn,
									char *detail, size_t detail_size);

/*
 * Formats a state into buf (size bytes); returns the length it needs
 * (excluding the NUL), like snprintf.
 */
extern size_t cx_drivers_format(char *buf, size_t size, int k, int64_t n, int64_t skipped,
								const char *names, const double *hi, const double *lo);

/* Upper bound of the formatted length. */
extern size_t cx_drivers_format_max(int k, size_t names_len);

#endif
