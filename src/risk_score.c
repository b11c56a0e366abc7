/*-------------------------------------------------------------------------
 *
 * risk_score.c
 *	  Reading a stored risk model: risk_score(model, features) (the
 *	  probability), risk_explain(model, features) (each feature's part of
 *	  one customer's log-odds, in words), risk_coefficients(model) (the
 *	  coefficient table) and risk_model_summary(model).
 *
 * Scoring runs once per row over tables of millions of customers, so the
 * model argument is read once per call site: its bytes are kept in
 * fn_extra and compared with the next row's (a constant, an InitPlan's
 * value or a join on a few models pass the same bytes), and the features
 * array is read without deconstructing it.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "risk_glue.h"
#include "stats.h"

/* ---- the model argument ------------------------------------------------------ */

typedef struct RiskModelCache
{
	Size		len;			/* bytes of the model's data (no header) */
	char	   *bytes;			/* those bytes, as last passed */
	RiskModel  *model;			/* an aligned, validated copy */
} RiskModelCache;

const RiskModel *
risk_model_arg(FunctionCallInfo fcinfo, int argno)
{
	RiskModelCache *c = (RiskModelCache *) fcinfo->flinfo->fn_extra;
	struct varlena *raw = PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(argno));
	Size		len = VARSIZE_ANY_EXHDR(raw);
	const char *data = VARDATA_ANY(raw);

	if (c != NULL && c->len == len && memcmp(c->bytes, data, len) == 0)
		return c->model;
	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(RiskModelCache));
		fcinfo->flinfo->fn_extra = c;
	}
	else
	{
		pfree(c->bytes);
		pfree(c->model);
	}
	c->bytes = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, len + 1);
	memcpy(c->bytes, data, len);
	c->len = len;
	c->model = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, VARHDRSZ + len);
	SET_VARSIZE(c->model, VARHDRSZ + len);
	memcpy(VARDATA(c->model), data, len);
	/* validated before it is used, and never again while the bytes stay */
	c->len = 0;
	risk_model_validate(c->model, VARHDRSZ + len, false);
	c->len = len;
	return c->model;
}

static pg_noinline void
risk_features_error(ArrayType *arr, int k)
{
	if (ARR_ELEMTYPE(arr) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("features must be a float8[] array")));
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("features must be a one-dimensional array"),
				 errhint("Pass ARRAY[f1, f2, ...]::float8[].")));
	ereport(ERROR,
			(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
			 errmsg("expected %d features, the array has %d", k,
					ARR_NDIM(arr) == 0 ? 0 : ARR_DIMS(arr)[0]),
			 errhint("Every row passes the same features in the same order; a model takes those it was fitted with (risk_coefficients(model) lists them).")));
}

static pg_noinline void
risk_value_error(int j, double v)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("feature %d is %s", j + 1, isnan(v) ? "NaN" : "infinite"),
			 errhint("Features must be finite numbers; use NULL for a missing value.")));
}

bool
risk_features_arg(ArrayType *arr, int k, double *x)
{
	if (ARR_ELEMTYPE(arr) != FLOAT8OID || ARR_NDIM(arr) != 1 || ARR_DIMS(arr)[0] != k)
		risk_features_error(arr, k);
	if (ARR_HASNULL(arr))
	{
		bits8	   *bitmap = ARR_NULLBITMAP(arr);
		const double *d = (const double *) ARR_DATA_PTR(arr);

		for (int j = 0; j < k; j++)
		{
			if (!(bitmap[j / 8] & (1 << (j % 8))))
				return false;
			x[j] = *d++;
		}
	}
	else
		memcpy(x, ARR_DATA_PTR(arr), sizeof(double) * k);
	for (int j = 0; j < k; j++)
		if (!isfinite(x[j]))
			risk_value_error(j, x[j]);
	return true;
}

double
risk_model_log_odds(const RiskModel *m, const double *x)
{
	return cx_logit_log_odds(m->k, RISK_COEF(m), x);
}

static int
reason_cmp(const void *a, const void *b)
{
	const RiskReason *ra = a;
	const RiskReason *rb = b;
	double		fa = fabs(ra->contribution),
				fb = fabs(rb->contribution);

	if (fa != fb)
		return fa > fb ? -1 : 1;
	return ra->feature - rb->feature;
}

double
risk_model_explain(const RiskModel *m, const double *x, RiskReason *out)
{
	double		baseline = RISK_COEF(m)[0];

	for (int j = 0; j < m->k; j++)
	{
		double		b = RISK_COEF(m)[j + 1];

		baseline += b * RISK_MEAN(m)[j];
		out[j].feature = j;
		out[j].value = x[j];
		out[j].contribution = b * (x[j] - RISK_MEAN(m)[j]);
	}
	qsort(out, m->k, sizeof(RiskReason), reason_cmp);
	return baseline;
}

char *
risk_reason_text(const RiskModel *m, const char *name, const RiskReason *r)
{
	char		value[64];
	const char *slot = strstr(name, "{}");
	char		sign = r->contribution < 0 ? '-' : '+';
	double		c = fabs(r->contribution);

	snprintf(value, sizeof(value), "%.4g", r->value);
	if (slot != NULL)
		return psprintf("%.*s%s%s: %c%.2f", (int) (slot - name), name, value, slot + 2, sign, c);
	return psprintf("%s = %s: %c%.2f", name, value, sign, c);
}

/* ---- risk_score ---------------------------------------------------------------- */

PG_FUNCTION_INFO_V1(risk_score);
Datum
risk_score(PG_FUNCTION_ARGS)
{
	const RiskModel *m = risk_model_arg(fcinfo, 0);
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(1);
	double		x[CX_LOGIT_MAX_FEATURES];

	if (!risk_features_arg(arr, m->k, x))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(cx_logit_sigmoid(risk_model_log_odds(m, x)));
}

/* ---- risk_explain -------------------------------------------------------------- */

PG_FUNCTION_INFO_V1(risk_explain);
Datum
risk_explain(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const RiskModel *m;
	const char **names;
	double		x[CX_LOGIT_MAX_FEATURES];
	RiskReason	r[CX_LOGIT_MAX_FEATURES];
	double		baseline,
				log_odds;

	InitMaterializedSRF(fcinfo, 0);
	m = risk_model_arg(fcinfo, 0);
	if (!risk_features_arg(PG_GETARG_ARRAYTYPE_P(1), m->k, x))
		return (Datum) 0;
	names = risk_model_names(m);
	baseline = risk_model_explain(m, x, r);
	log_odds = risk_model_log_odds(m, x);
	for (int i = 0; i < m->k; i++)
	{
		Datum		values[7];
		bool		nulls[7] = {0};
		int			j = r[i].feature;

		values[0] = CStringGetTextDatum(names[j]);
		values[1] = Float8GetDatum(r[i].value);
		values[2] = Float8GetDatum(RISK_MEAN(m)[j]);
		values[3] = Float8GetDatum(r[i].contribution);
		values[4] = Float8GetDatum(baseline);
		values[5] = Float8GetDatum(log_odds);
		values[6] = CStringGetTextDatum(risk_reason_text(m, names[j], &r[i]));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* ---- risk_coefficients ----------------------------------------------------------- */

/*
 * The Wald table of statsmodels' Logit summary: z = coef / se, the
 * two-sided normal p-value, the odds ratio e^coef and the 95% interval
 * coef +- 1.959964 se.  A penalized model's standard errors come from the
 * penalized information (the README says so).
 */
PG_FUNCTION_INFO_V1(risk_coefficients);
Datum
risk_coefficients(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const RiskModel *m;
	const char **names;
	double		zc = cx_norm_critical(0.95);

	InitMaterializedSRF(fcinfo, 0);
	m = risk_model_arg(fcinfo, 0);
	names = risk_model_names(m);
	for (int j = 0; j <= m->k; j++)
	{
		Datum		values[8];
		bool		nulls[8] = {0};
		double		b = RISK_COEF(m)[j];
		double		se = RISK_SE(m)[j];

		values[0] = CStringGetTextDatum(j == 0 ? "(intercept)" : names[j - 1]);
		values[1] = Float8GetDatum(b);
		values[2] = Float8GetDatum(se);
		if (se > 0)
		{
			values[3] = Float8GetDatum(b / se);
			values[4] = Float8GetDatum(cx_norm_two_sided_p(b / se));
		}
		else
			nulls[3] = nulls[4] = true;
		values[5] = Float8GetDatum(exp(b));
		values[6] = Float8GetDatum(b - zc * se);
		values[7] = Float8GetDatum(b + zc * se);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* ---- risk_model_summary ------------------------------------------------------------ */

/*
 * McFadden's pseudo R² = 1 - loglik / loglik_null, AIC = 2 (k + 1) -
 * 2 loglik and BIC = ln(n) (k + 1) - 2 loglik, as statsmodels reports them
 * (prsquared, aic, bic).
 */
PG_FUNCTION_INFO_V1(risk_model_summary);
Datum
risk_model_summary(PG_FUNCTION_ARGS)
{
	const RiskModel *m = risk_model_arg(fcinfo, 0);
	TupleDesc	tupdesc;
	Datum		values[12];
	bool		nulls[12] = {0};
	double		p = m->k + 1;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = Int32GetDatum(m->k);
	values[1] = Int64GetDatum(m->n);
	values[2] = Int64GetDatum(m->positives);
	values[3] = Int64GetDatum(m->skipped);
	values[4] = Float8GetDatum(m->loglik);
	values[5] = Float8GetDatum(m->loglik_null);
	if (m->loglik_null < 0)
		values[6] = Float8GetDatum(1.0 - m->loglik / m->loglik_null);
	else
		nulls[6] = true;
	values[7] = Float8GetDatum(2.0 * p - 2.0 * m->loglik);
	values[8] = Float8GetDatum(log((double) m->n) * p - 2.0 * m->loglik);
	values[9] = Int32GetDatum(m->iterations);
	values[10] = Float8GetDatum(m->l2);
	values[11] = TimestampTzGetDatum(m->fitted_at);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
