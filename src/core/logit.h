/*-------------------------------------------------------------------------
 *
 * logit.h
 *	  Logistic regression of a 0/1 outcome on numeric features: the exact
 *	  maximum-likelihood fit (Newton / IRLS with step halving, optional L2
 *	  penalty), its standard errors, and the validation metrics of a fitted
 *	  model (exact AUC, log-loss, Brier score, calibration).  Plain C: the
 *	  caller owns the rows and feeds them pass after pass (src/risk_fit.c
 *	  keeps them in a tuplestore), so memory never depends on their number.
 *
 * Features are standardized internally (z = (x - mean) / sd with the
 * training means and population standard deviations): Newton then works on
 * a well-conditioned problem whatever the units, and the L2 penalty, when
 * asked for, weighs every feature alike.  The coefficients and their
 * standard errors are reported on the features' own scale.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_LOGIT_H
#define CX_LOGIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CX_LOGIT_MAX_FEATURES 64
/* rows a pass takes at a time (cx_logit_pass_block) */
#define CX_LOGIT_BLOCK 512

/* ---- summary of the rows: counts, means, spreads (one pass, combinable) ---- */
typedef struct CxLogitMoments
{
	int			k;
	int64_t		n;
	int64_t		positives;
	double	   *mean;			/* k */
	double	   *m2;				/* k: sums of squared deviations (Welford) */
} CxLogitMoments;

/* mean and m2 must hold k doubles each; they are zeroed */
extern void cx_logit_moments_init(CxLogitMoments *m, int k, double *mean, double *m2);
extern void cx_logit_moments_add(CxLogitMoments *m, bool y, const double *x);
/* a += b (the same k): Chan et al.'s pairwise update of the means and m2 */
extern void cx_logit_moments_combine(CxLogitMoments *a, const CxLogitMoments *b);

/* ---- the fit --------------------------------------------------------------- */
typedef struct CxLogitOptions
{
	double		l2;				/* penalty on standardized coefficients, >= 0 */
	int			max_iterations; /* Newton steps, >= 1 */
	double		tolerance;		/* stop when no standardized step exceeds it */
} CxLogitOptions;

extern void cx_logit_default_options(CxLogitOptions *o);

/* what cx_logit_pass_end() says */
typedef enum CxLogitStatus
{
	CX_LOGIT_AGAIN = 0,			/* make another pass over the rows */
	CX_LOGIT_DONE,				/* converged: read the result */
	CX_LOGIT_CONSTANT,			/* a feature has one value: bad_feature */
	CX_LOGIT_ONE_CLASS,			/* every outcome is the same */
	CX_LOGIT_TOO_FEW,			/* n <= k + 1 */
	CX_LOGIT_SINGULAR,			/* collinear features: bad_feature */
	CX_LOGIT_SEPARATED,			/* a coefficient runs away: bad_feature */
	CX_LOGIT_NO_CONVERGENCE,	/* max_iterations reached */
	CX_LOGIT_NO_ASCENT			/* step halving did not raise the likelihood */
} CxLogitStatus;

typedef struct CxLogitFit
{
	int			k;
	int			p;				/* k + 1: the intercept first */
	CxLogitOptions opt;
	int64_t		n;
	int64_t		positives;
	double	   *mean;			/* k: the standardization */
	double	   *sd;				/* k */
	/* the iteration, on the standardized scale */
	double	   *beta;			/* p: where the current pass evaluates */
	double	   *base;			/* p: the last accepted point */
	double	   *step;			/* p: the Newton step from base */
	double	   *g;				/* p: gradient of the pass */
	double	   *h;				/* p * p: information (upper triangle filled) */
	double	   *chol;			/* p * p: Cholesky factor at the accepted point */
	double	   *inv_sd;			/* k: 1 / sd */
	double	   *zc;				/* k x CX_LOGIT_BLOCK: a block's z, by feature */
	double	   *bw;				/* CX_LOGIT_BLOCK: the block's weights p (1 - p) */
	double	   *br;				/* CX_LOGIT_BLOCK: its residuals y - p */
	double	   *bt;				/* CX_LOGIT_BLOCK: scratch */
	double		ll;				/* log-likelihood of the pass */
	double		base_pll;		/* penalized log-likelihood at base */
	int			iterations;		/* Newton steps taken */
	int			halvings;		/* of the current step */
	bool		have_base;
	int			bad_feature;	/* 0-based, -1 = none */
} CxLogitFit;

/* doubles of working memory cx_logit_fit_init() needs for k features */
extern size_t cx_logit_fit_doubles(int k);

/*
 * Start a fit from the moments of the rows.  work holds
 * cx_logit_fit_doubles(k) doubles.  Returns CX_LOGIT_AGAIN, or a status
 * that rules the fit out before any pass (CONSTANT, ONE_CLASS, TOO_FEW).
 */
extern CxLogitStatus cx_logit_fit_init(CxLogitFit *f, const CxLogitMoments *m,
									   const CxLogitOptions *o, double *work);

/*
 * One pass: begin, every row once (y and its k features), end.  The end
 * says whether another pass is needed.
 */
extern void cx_logit_pass_begin(CxLogitFit *f);
extern void cx_logit_pass_row(CxLogitFit *f, bool y, const double *x);

/*
 * The same for up to CX_LOGIT_BLOCK rows packed one after the other as
 * (y, x1, ..., xk), y 0 or 1: the way src/risk_fit.c stores them, and
 * several times faster than a row at a time.
 */
extern void cx_logit_pass_block(CxLogitFit *f, const double *rows, int nrows);
extern CxLogitStatus cx_logit_pass_end(CxLogitFit *f);

/*
 * After CX_LOGIT_DONE: the coefficients and standard errors on the
 * features' scale (p each, the intercept first) and the log-likelihood
 * (unpenalized) at the optimum.
 */
extern void cx_logit_result(const CxLogitFit *f, double *coef, double *se, double *loglik);

/* log-likelihood of the intercept-only model */
extern double cx_logit_null_loglik(int64_t n, int64_t positives);

/* ---- scoring --------------------------------------------------------------- */

/* log-odds coef[0] + sum coef[j + 1] x[j] */
extern double cx_logit_log_odds(int k, const double *coef, const double *x);

/* 1 / (1 + exp(-eta)), without overflow */
extern double cx_logit_sigmoid(double eta);

/* log(1 + exp(eta)), without overflow */
extern double cx_logit_log1pexp(double eta);

/* ---- validation: AUC over scores sorted ascending, and the other metrics ---- */

/*
 * The AUC is the Mann-Whitney statistic: over all (positive, negative)
 * pairs, 1 when the positive scores higher, 1/2 on a tie.  Feed the scores
 * of both classes merged in ascending order, a run of equal scores at a
 * time (its numbers of positives and negatives); counts are exact.
 */
typedef struct CxAucAcc
{
	int64_t		neg_below;		/* negatives seen so far */
	int64_t		pos;
	int64_t		neg;
	/* 2 * (pairs ordered right) + (tied pairs), exact up to 2^63 */
	uint64_t	twice_u_hi;
	uint64_t	twice_u_lo;
} CxAucAcc;

extern void cx_auc_init(CxAucAcc *a);
extern void cx_auc_run(CxAucAcc *a, int64_t pos, int64_t neg);
/* NaN without both classes */
extern double cx_auc_value(const CxAucAcc *a);

#define CX_CALIBRATION_BINS 10

typedef struct CxRiskMetricsAcc
{
	int64_t		n;
	int64_t		positives;
	double		log_loss_sum;
	double		brier_sum;
	double		risk_sum;
	int64_t		bin_n[CX_CALIBRATION_BINS];
	int64_t		bin_pos[CX_CALIBRATION_BINS];
	double		bin_risk[CX_CALIBRATION_BINS];
} CxRiskMetricsAcc;

extern void cx_risk_metrics_init(CxRiskMetricsAcc *a);
/* one scored row: its log-odds eta; returns its risk, sigmoid(eta) */
extern double cx_risk_metrics_add(CxRiskMetricsAcc *a, bool y, double eta);
/* bin b of [0, 1] in CX_CALIBRATION_BINS equal parts (the last one closed) */
extern int	cx_risk_bin(double p);

#endif							/* CX_LOGIT_H */
