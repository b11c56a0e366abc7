/*-------------------------------------------------------------------------
 *
 * risk_glue.h
 *	  The stored risk model (type risk_model) as the SQL faces share it:
 *	  risk_model.c (its I/O), risk_fit.c (the aggregate that makes it),
 *	  risk_score.c (scoring, explanation, coefficients), risk_metrics.c
 *	  (validation), risk_step.c (risk_fit in passes) and risk_scan.c (risk
 *	  alerts).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_RISK_GLUE_H
#define CX_RISK_GLUE_H

#include "compat.h"

#include "fmgr.h"
#include "utils/array.h"
#include "utils/jsonb.h"
#include "utils/timestamp.h"

#include "logit.h"

#define RISK_MODEL_VERSION 1

/*
 * The varlena: a fixed header, then p = k + 1 coefficients and standard
 * errors (the intercept first), k means and k standard deviations (the
 * training scaling), then k NUL-terminated names (x1, x2, ... when none
 * were given).
 */
typedef struct RiskModel
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;			/* none yet */
	int16		k;
	int32		iterations;
	int64		n;
	int64		positives;
	int64		skipped;
	double		loglik;
	double		loglik_null;
	double		l2;
	TimestampTz fitted_at;
	double		data[FLEXIBLE_ARRAY_MEMBER];
} RiskModel;

#define RISK_COEF(m)	((m)->data)
#define RISK_SE(m)		((m)->data + (m)->k + 1)
#define RISK_MEAN(m)	((m)->data + 2 * ((m)->k + 1))
#define RISK_SD(m)		(RISK_MEAN(m) + (m)->k)
#define RISK_NAMES(m)	((char *) (RISK_SD(m) + (m)->k))

/* bytes of a model of k features whose names take names_len bytes (NULs included) */
extern Size risk_model_size(int k, Size names_len);

/* the names, as an array of k pointers into the model (palloc'd array) */
extern const char **risk_model_names(const RiskModel *m);

/*
 * Checks a model's numbers and names (input, receive, and any model read
 * from a table); errors with ERRCODE_INVALID_BINARY_REPRESENTATION or
 * INVALID_TEXT_REPRESENTATION (text) otherwise.
 */
extern void risk_model_validate(const RiskModel *m, Size size, bool text);

/*
 * The model argument argno of a function, detoasted once per call site and
 * kept in fn_extra while the same bytes come back (a constant, an InitPlan
 * or a join on few models): scoring 10M rows reads it once.
 */
extern const RiskModel *risk_model_arg(FunctionCallInfo fcinfo, int argno);

/*
 * The features argument: a one-dimensional float8[] of exactly k finite
 * elements into x.  Returns false when an element is NULL (the caller
 * returns NULL or skips); errors on a wrong shape, length or a NaN/infinity.
 */
extern bool risk_features_arg(ArrayType *arr, int k, double *x);

/* log-odds of features x under the model */
extern double risk_model_log_odds(const RiskModel *m, const double *x);

/* one feature's part of a customer's log-odds: coef * (x - mean) */
typedef struct RiskReason
{
	int			feature;		/* 0-based */
	double		value;
	double		contribution;
} RiskReason;

/*
 * Every feature's contribution for features x, largest |contribution|
 * first (ties by feature order); out holds k.  Returns the baseline: the
 * log-odds of the average training customer.
 */
extern double risk_model_explain(const RiskModel *m, const double *x, RiskReason *out);

/*
 * The reason in words: a name with "{}" is a template ("{} loops back in
 * billing" -> "3 loops back in billing: +0.80"), otherwise "name = 3: +0.80".
 */
extern char *risk_reason_text(const RiskModel *m, const char *name, const RiskReason *r);

/* ---- shared by risk_fit (risk_fit.c) and its one-step form (risk_step.c) ---- */

/* the names argument: k NUL-terminated strings, palloc'd; *len their bytes */
extern char *risk_names_from_array(ArrayType *arr, int k, Size *len);

/* the options argument (a jsonb object) over the defaults */
extern void risk_options_from_jsonb(Jsonb *jb, CxLogitOptions *opt);

/* the error of a fit that stopped with status st; names NULL = x1, x2, ... */
extern CX_NORETURN void risk_fit_error(const char *names, int k, const CxLogitFit *f,
									   CxLogitStatus st);

/* the model of a fit that reached CX_LOGIT_DONE */
extern RiskModel *risk_build_model(const char *names, Size names_len, int k, int64 skipped,
								   const CxLogitFit *f);

#endif							/* CX_RISK_GLUE_H */
