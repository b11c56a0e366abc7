/*-------------------------------------------------------------------------
 *
 * risk_fit.c
 *	  The risk_fit aggregate: an exact maximum-likelihood logistic regression
 *	  of a boolean outcome on numeric features, fitted in SQL.
 *
 * The maximum-likelihood coefficients have no finite summary of the rows
 * (unlike a linear regression's cross-products), so an exact fit reads the
 * rows once per Newton step.  The transition function therefore keeps the
 * rows, packed in blocks of ROWS_PER_BLOCK (outcome and features as
 * doubles), in a tuplestore limited to work_mem: beyond it the tuplestore
 * writes them to a temporary file, so memory stays bounded whatever the
 * number of rows, and the final function rewinds it for every pass (see
 * core/logit.c).  It also keeps the counts and the features' means and
 * spreads, which standardize the features and start the iteration.
 *
 * The transition state is "internal" and has no combine function: partial
 * aggregation would have to ship every row anyway.  A parallel plan still
 * scans the table with parallel workers below a Gather; GROUP BY fits one
 * model per group.  risk_step.c is the one-step form of the
 * same fit, one combinable aggregate per pass, for Citus.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include <math.h>

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "executor/tuptable.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "risk_glue.h"

#define ROWS_PER_BLOCK CX_LOGIT_BLOCK
#define RISK_OPTIONS_HINT "Options: {\"l2\": 0, \"max_iterations\": 50, \"tolerance\": 1e-10} (l2: penalty on the standardized coefficients, >= 0)."
#define RISK_L2_HINT "Add an L2 penalty, e.g. risk_fit(outcome, features, names, '{\"l2\": 1}'), or leave the feature out."

typedef struct RiskFitState
{
	MemoryContext cxt;
	int			k;				/* 0 until the first row with features */
	int64		skipped;
	/* names: k NUL-terminated strings, and the last text[] bytes passed */
	char	   *names;
	Size		names_len;
	char	   *names_raw;
	Size		names_raw_len;
	/* options, and the jsonb bytes they came from */
	CxLogitOptions opt;
	char	   *opt_raw;
	Size		opt_raw_len;
	/* the rows */
	CxLogitMoments mom;
	Tuplestorestate *ts;
	TupleDesc	desc;
	double	   *block;			/* ROWS_PER_BLOCK x (1 + k) */
	int			block_rows;
} RiskFitState;

/* ---- names and options ----------------------------------------------------------- */

/*
 * The names argument as k NUL-terminated strings (palloc'd; *len gets their
 * bytes): one per feature, non-empty, distinct.  risk_fit_update uses it too.
 */
char *
risk_names_from_array(ArrayType *arr, int k, Size *len)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	StringInfoData buf;

	if (ARR_NDIM(arr) != 1 || ARR_DIMS(arr)[0] != k)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("risk_fit got %d features and %d names", k,
						ARR_NDIM(arr) == 0 ? 0 : ARR_DIMS(arr)[0]),
				 errhint("Give one name per feature, in the same order.")));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	initStringInfo(&buf);
	for (int j = 0; j < n; j++)
	{
		char	   *name;

		if (nulls[j])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("feature name %d is NULL", j + 1),
					 errhint("Give every feature a name, or pass NULL for the whole names array.")));
		name = TextDatumGetCString(elems[j]);
		if (name[0] == '\0' || strlen(name) > 1000)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("feature name %d is %s", j + 1, name[0] ? "longer than 1000 bytes" : "empty")));
		for (const char *p = buf.data; p < buf.data + buf.len; p += strlen(p) + 1)
			if (strcmp(p, name) == 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("two features are named \"%s\"", cx_errtrunc(name)),
						 errhint("Feature names must be distinct.")));
		appendBinaryStringInfo(&buf, name, strlen(name) + 1);
	}
	*len = buf.len;
	return buf.data;
}

/* the names argument: read at the first row, then only compared */
static void
check_names(RiskFitState *s, Datum d)
{
	struct varlena *raw = PG_DETOAST_DATUM_PACKED(d);
	Size		len = VARSIZE_ANY(raw);

	if (s->names_raw != NULL)
	{
		if (len == s->names_raw_len && memcmp(raw, s->names_raw, len) == 0)
			return;
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("risk_fit got different feature names on different rows"),
				 errhint("Pass the same names array (a constant) on every row.")));
	}
	{
		Size		nlen;
		char	   *names = risk_names_from_array(DatumGetArrayTypeP(d), s->k, &nlen);

		s->names = MemoryContextAlloc(s->cxt, nlen);
		memcpy(s->names, names, nlen);
		s->names_len = nlen;
	}
	s->names_raw = MemoryContextAlloc(s->cxt, len);
	memcpy(s->names_raw, raw, len);
	s->names_raw_len = len;
}

static double
option_number(JsonbValue *v, const char *key)
{
	if (v->type != jbvNumeric)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("risk_fit option \"%s\" must be a number", key),
				 errhint(RISK_OPTIONS_HINT)));
	return DatumGetFloat8(DirectFunctionCall1(numeric_float8, NumericGetDatum(v->val.numeric)));
}

/* the options argument of risk_fit and risk_step: defaults, then the keys given */
void
risk_options_from_jsonb(Jsonb *jb, CxLogitOptions *opt)
{
	JsonbIterator *it;
	JsonbValue	k,
				v;
	JsonbIteratorToken tok;

	cx_logit_default_options(opt);
	if (!JB_ROOT_IS_OBJECT(jb))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("risk_fit options must be a JSON object"),
				 errhint(RISK_OPTIONS_HINT)));
	it = JsonbIteratorInit(&jb->root);
	while ((tok = JsonbIteratorNext(&it, &k, true)) != WJB_DONE)
	{
		char	   *key;
		double		x;

		if (tok != WJB_KEY)
			continue;
		key = pnstrdup(k.val.string.val, k.val.string.len);
		(void) JsonbIteratorNext(&it, &v, true);
		x = option_number(&v, key);
		if (strcmp(key, "l2") == 0 && isfinite(x) && x >= 0)
			opt->l2 = x;
		else if (strcmp(key, "max_iterations") == 0 && x >= 1 && x <= 1000 && x == floor(x))
			opt->max_iterations = (int) x;
		else if (strcmp(key, "tolerance") == 0 && x > 0 && x < 1)
			opt->tolerance = x;
		else if (strcmp(key, "l2") == 0 || strcmp(key, "max_iterations") == 0 ||
				 strcmp(key, "tolerance") == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("risk_fit option \"%s\" is out of range: %g", key, x),
					 errdetail("l2 >= 0, max_iterations an integer from 1 to 1000, 0 < tolerance < 1."),
					 errhint(RISK_OPTIONS_HINT)));
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown risk_fit option \"%s\"", cx_errtrunc(key)),
					 errhint(RISK_OPTIONS_HINT)));
	}
}

static void
check_options(RiskFitState *s, Datum d)
{
	struct varlena *raw = PG_DETOAST_DATUM_PACKED(d);
	Size		len = VARSIZE_ANY(raw);

	if (s->opt_raw != NULL)
	{
		if (len == s->opt_raw_len && memcmp(raw, s->opt_raw, len) == 0)
			return;
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("risk_fit got different options on different rows"),
				 errhint("Pass the same options (a constant) on every row.")));
	}
	risk_options_from_jsonb(DatumGetJsonbP(d), &s->opt);
	s->opt_raw = MemoryContextAlloc(s->cxt, len);
	memcpy(s->opt_raw, raw, len);
	s->opt_raw_len = len;
}

/* ---- the transition function ---------------------------------------------------- */

static RiskFitState *
state_new(MemoryContext cxt)
{
	RiskFitState *s = MemoryContextAllocZero(cxt, sizeof(RiskFitState));

	s->cxt = cxt;
	cx_logit_default_options(&s->opt);
	return s;
}

/*
 * The tuplestore (and its temporary file) is ended when the aggregate's
 * group is done, whether or not the final function ran: a shutdown
 * callback of the Agg node, which runs before the node's memory is reset
 * (a memory-context reset callback would run after the tuplestore's own
 * child context is gone).  A window aggregate cannot register one; its
 * tuplestore goes with the query's resources.
 */
static void
state_release(Datum arg)
{
	RiskFitState *s = (RiskFitState *) DatumGetPointer(arg);

	if (s->ts != NULL)
		tuplestore_end(s->ts);
	s->ts = NULL;
}

/* the first row with features fixes k and sets up the row store */
static void
state_start(FunctionCallInfo fcinfo, RiskFitState *s, int k)
{
	MemoryContext old;

	if (k < 1 || k > CX_LOGIT_MAX_FEATURES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("risk_fit takes 1 to %d features, not %d", CX_LOGIT_MAX_FEATURES, k)));
	s->k = k;
	old = MemoryContextSwitchTo(s->cxt);
	cx_logit_moments_init(&s->mom, k, palloc(sizeof(double) * k), palloc(sizeof(double) * k));
	s->block = palloc(sizeof(double) * ROWS_PER_BLOCK * (k + 1));
	s->desc = CreateTemplateTupleDesc(1);
	TupleDescInitEntry(s->desc, (AttrNumber) 1, "rows", BYTEAOID, -1, 0);
	s->ts = tuplestore_begin_heap(false, false, work_mem);
	MemoryContextSwitchTo(old);
	if (fcinfo->context != NULL && IsA(fcinfo->context, AggState))
		AggRegisterCallback(fcinfo, state_release, PointerGetDatum(s));
}

static void
flush_block(RiskFitState *s)
{
	Size		bytes = sizeof(double) * s->block_rows * (s->k + 1);
	bytea	   *b = palloc(VARHDRSZ + bytes);
	Datum		d;
	bool		isnull = false;

	if (s->block_rows == 0)
		return;
	SET_VARSIZE(b, VARHDRSZ + bytes);
	memcpy(VARDATA(b), s->block, bytes);
	d = PointerGetDatum(b);
	tuplestore_putvalues(s->ts, s->desc, &d, &isnull);
	pfree(b);
	s->block_rows = 0;
}

static Datum
risk_fit_accum_common(FunctionCallInfo fcinfo, int nargs)
{
	MemoryContext aggcxt;
	RiskFitState *s;
	ArrayType  *arr;
	int			k;
	double	   *row;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("risk_fit's transition function called outside an aggregate")));
	s = PG_ARGISNULL(0) ? state_new(aggcxt) : (RiskFitState *) PG_GETARG_POINTER(0);
	if (nargs >= 5 && !PG_ARGISNULL(4))
		check_options(s, PG_GETARG_DATUM(4));
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		s->skipped++;
		PG_RETURN_POINTER(s);
	}
	arr = PG_GETARG_ARRAYTYPE_P(2);
	k = ARR_NDIM(arr) == 1 ? ARR_DIMS(arr)[0] : 0;
	if (s->k == 0)
		state_start(fcinfo, s, k);
	if (nargs >= 4 && !PG_ARGISNULL(3))
		check_names(s, PG_GETARG_DATUM(3));
	row = s->block + (size_t) s->block_rows * (s->k + 1);
	if (!risk_features_arg(arr, s->k, row + 1))
	{
		s->skipped++;
		PG_RETURN_POINTER(s);
	}
	row[0] = PG_GETARG_BOOL(1) ? 1.0 : 0.0;
	cx_logit_moments_add(&s->mom, PG_GETARG_BOOL(1), row + 1);
	if (++s->block_rows == ROWS_PER_BLOCK)
	{
		MemoryContext old = MemoryContextSwitchTo(s->cxt);

		flush_block(s);
		MemoryContextSwitchTo(old);
	}
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(risk_fit_accum);
Datum
risk_fit_accum(PG_FUNCTION_ARGS)
{
	return risk_fit_accum_common(fcinfo, PG_NARGS());
}

/* ---- the final function: Newton passes over the stored rows ------------------------ */

static void
run_pass(RiskFitState *s, CxLogitFit *f, TupleTableSlot *slot, double *buf)
{
	cx_logit_pass_begin(f);
	tuplestore_rescan(s->ts);
	while (tuplestore_gettupleslot(s->ts, true, false, slot))
	{
		bool		isnull;
		struct varlena *b = (struct varlena *) DatumGetPointer(slot_getattr(slot, 1, &isnull));
		Size		bytes = VARSIZE_ANY_EXHDR(b);
		int			rows = bytes / (sizeof(double) * (s->k + 1));

		memcpy(buf, VARDATA_ANY(b), bytes);
		cx_logit_pass_block(f, buf, rows);
		CHECK_FOR_INTERRUPTS();
	}
}

static const char *
feature_name(const char *names, int j)
{
	const char *p = names;

	if (p == NULL || j < 0)
		return psprintf("x%d", j + 1);
	while (j-- > 0)
		p += strlen(p) + 1;
	return p;
}

/*
 * The error of a fit that cannot go on (any status but AGAIN and DONE);
 * names may be NULL (x1, x2, ...).  f->n, f->positives and the mean of the
 * bad feature are set by cx_logit_fit_init before it refuses.
 */
void
risk_fit_error(const char *names, int k, const CxLogitFit *f, CxLogitStatus st)
{
	const char *name = feature_name(names, f->bad_feature);

	switch (st)
	{
		case CX_LOGIT_CONSTANT:
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("feature \"%s\" has the same value on every row", cx_errtrunc(name)),
					 errdetail("It is %g on all " INT64_FORMAT " rows: it cannot tell the outcomes apart.",
							   f->mean[f->bad_feature], f->n),
					 errhint("Leave it out of the features.")));
			break;
		case CX_LOGIT_ONE_CLASS:
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("the outcome is %s on every row", f->positives ? "true" : "false"),
					 errhint("A model needs rows of both outcomes.")));
			break;
		case CX_LOGIT_TOO_FEW:
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("too few rows to fit %d features", k),
					 errdetail(INT64_FORMAT " rows without NULLs; a fit needs more than the features plus one.",
							   f->n)));
			break;
		case CX_LOGIT_SINGULAR:
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("the features are collinear"),
					 errdetail("Feature \"%s\" is a linear combination of the features before it.", cx_errtrunc(name)),
					 errhint(RISK_L2_HINT)));
			break;
		case CX_LOGIT_SEPARATED:
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("the features separate the outcomes: the maximum-likelihood estimate does not exist"),
					 errdetail("The coefficient of \"%s\" grows without bound after %d iterations.",
							   cx_errtrunc(name), f->iterations),
					 errhint(RISK_L2_HINT)));
			break;
		case CX_LOGIT_NO_CONVERGENCE:
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("risk_fit did not converge in %d iterations", f->iterations),
					 errhint("Raise max_iterations or add an L2 penalty, e.g. '{\"max_iterations\": 200}' or '{\"l2\": 1}'.")));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("risk_fit could not raise the likelihood after %d iterations", f->iterations),
					 errdetail("The features are nearly collinear or nearly separate the outcomes."),
					 errhint(RISK_L2_HINT)));
	}
}

/*
 * The model of a converged fit (status DONE); names as for risk_fit_error.
 * risk_fit_update builds its model here too, so that both are the same.
 */
RiskModel *
risk_build_model(const char *names, Size names_len, int k, int64 skipped, const CxLogitFit *f)
{
	StringInfoData dflt;
	RiskModel  *m;
	double		ll;

	if (names == NULL)
	{
		initStringInfo(&dflt);
		for (int j = 0; j < k; j++)
			appendStringInfo(&dflt, "x%d%c", j + 1, '\0');
		names = dflt.data;
		names_len = dflt.len;
	}
	m = palloc0(risk_model_size(k, names_len));
	SET_VARSIZE(m, risk_model_size(k, names_len));
	m->version = RISK_MODEL_VERSION;
	m->k = k;
	m->iterations = f->iterations;
	m->n = f->n;
	m->positives = f->positives;
	m->skipped = skipped;
	m->l2 = f->opt.l2;
	m->fitted_at = GetCurrentTransactionStartTimestamp();
	cx_logit_result(f, RISK_COEF(m), RISK_SE(m), &ll);
	m->loglik = Min(ll, 0.0);
	m->loglik_null = cx_logit_null_loglik(f->n, f->positives);
	memcpy(RISK_MEAN(m), f->mean, sizeof(double) * k);
	memcpy(RISK_SD(m), f->sd, sizeof(double) * k);
	memcpy(RISK_NAMES(m), names, names_len);
	risk_model_validate(m, VARSIZE(m), false);
	return m;
}

PG_FUNCTION_INFO_V1(risk_fit_final);
Datum
risk_fit_final(PG_FUNCTION_ARGS)
{
	RiskFitState *s;
	CxLogitFit	f;
	CxLogitStatus st;
	TupleTableSlot *slot;
	double	   *buf;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (RiskFitState *) PG_GETARG_POINTER(0);
	if (s->k == 0 || s->mom.n == 0)
	{
		if (s->skipped > 0)
			ereport(NOTICE,
					(errmsg("risk_fit skipped all " INT64_FORMAT " rows: each has a NULL outcome or feature",
							s->skipped)));
		PG_RETURN_NULL();
	}
	if (s->block_rows > 0)
	{
		MemoryContext old = MemoryContextSwitchTo(s->cxt);

		flush_block(s);
		MemoryContextSwitchTo(old);
	}
	st = cx_logit_fit_init(&f, &s->mom, &s->opt, palloc(sizeof(double) * cx_logit_fit_doubles(s->k)));
	slot = MakeSingleTupleTableSlot(s->desc, &TTSOpsMinimalTuple);
	buf = palloc(sizeof(double) * ROWS_PER_BLOCK * (s->k + 1));
	while (st == CX_LOGIT_AGAIN)
	{
		run_pass(s, &f, slot, buf);
		st = cx_logit_pass_end(&f);
	}
	ExecDropSingleTupleTableSlot(slot);
	if (st != CX_LOGIT_DONE)
		risk_fit_error(s->names, s->k, &f, st);
	if (s->skipped > 0)
		ereport(NOTICE,
				(errmsg("risk_fit skipped " INT64_FORMAT " rows with a NULL outcome or feature", s->skipped)));
	PG_RETURN_POINTER(risk_build_model(s->names, s->names_len, s->k, s->skipped, &f));
}
