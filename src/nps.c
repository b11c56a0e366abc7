/*-------------------------------------------------------------------------
 *
 * nps.c
 *	  SQL glue of the Net Promoter Score: the nps_state type (text and
 *	  binary I/O), the transition, inverse and combine functions of the
 *	  aggregates, and the accessors.  The arithmetic is in core/nps.c.
 *
 * nps_state is a fixed-length (96-byte) pass-by-reference type whose
 * memory layout is CxNpsState.  The aggregates use it directly as their
 * transition type (not "internal"), so that partial states can be stored,
 * shipped between Citus nodes and combined without serialization
 * functions.  Inside an aggregate the transition functions update the
 * state in place, which keeps the per-row cost to a range check and two
 * increments.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/int.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "nodes/execnodes.h"
#include "utils/array.h"
#include "utils/numeric.h"

#include "nps.h"
#include "score_glue.h"

StaticAssertDecl(sizeof(CxNpsState) == 96, "nps_state is declared with INTERNALLENGTH = 96");

#define NPS_FORMAT_HINT \
	"An nps_state looks like {0:3,6:1,9:2,10:5}: score:count pairs for scores 0 to 10, or {} when empty."

#define PG_GETARG_NPS_STATE(n)	((CxNpsState *) PG_GETARG_POINTER(n))

/*
 * True when called as an aggregate's transition or combine function.  Then
 * the first argument is the aggregate's own transition value (always a copy
 * in the aggregate's memory context, since every aggregate here has an
 * initial condition) and may be updated in place.  Open-coded rather than
 * AggCheckCallContext() because it runs once per row.
 */
static inline bool
nps_in_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState));
}

/* The first argument, writable: in place in an aggregate, else a copy. */
static inline CxNpsState *
nps_state_writable(FunctionCallInfo fcinfo)
{
	CxNpsState *s = PG_GETARG_NPS_STATE(0);

	if (likely(nps_in_aggregate(fcinfo)))
		return s;
	else
	{
		CxNpsState *copy = palloc(sizeof(CxNpsState));

		memcpy(copy, s, sizeof(CxNpsState));
		return copy;
	}
}

static pg_noinline void
nps_score_out_of_range(int64 score)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("NPS score " INT64_FORMAT " is out of range", score),
			 errdetail("NPS scores are whole numbers from 0 to 10.")));
}

/* The score of an integer argument; 0..10 or an error. */
static inline int
nps_check_score(int64 score)
{
	if (unlikely(score < CX_NPS_MIN_SCORE || score > CX_NPS_MAX_SCORE))
		nps_score_out_of_range(score);
	return (int) score;
}

/* The score of a numeric argument: a whole number 0..10 or an error. */
static int
nps_numeric_score(Numeric num)
{
	bool		overflow = false;
	int32		score = 0;

	if (numeric_is_nan(num) || numeric_is_inf(num))
		overflow = true;
	else
		score = numeric_int4_opt_error(num, &overflow);	/* rounds */
	if (overflow || score < CX_NPS_MIN_SCORE || score > CX_NPS_MAX_SCORE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("NPS score %s is out of range",
						cx_errtrunc(DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(num))))),
				 errdetail("NPS scores are whole numbers from 0 to 10.")));
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(num),
										  NumericGetDatum(int64_to_numeric(score)))) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("NPS score %s is not a whole number",
						cx_errtrunc(DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(num))))),
				 errdetail("NPS scores are whole numbers from 0 to 10.")));
	return score;
}

static pg_noinline void
nps_total_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("nps_state answer count out of range"),
			 errdetail("The total number of answers would exceed the largest bigint, 9223372036854775807.")));
}

/* ---- the type ----------------------------------------------------------- */

PG_FUNCTION_INFO_V1(nps_state_in);
Datum
nps_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	CxNpsState *s = palloc(sizeof(CxNpsState));
	char		detail[256];

	if (cx_nps_parse(str, s, detail, sizeof(detail)) != CX_NPS_PARSE_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "nps_state", cx_errtrunc(str)),
				 errdetail("%s", detail),
				 errhint(NPS_FORMAT_HINT)));
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(nps_state_out);
Datum
nps_state_out(PG_FUNCTION_ARGS)
{
	CxNpsState *s = PG_GETARG_NPS_STATE(0);
	char	   *buf = palloc(CX_NPS_TEXT_MAX);

	cx_nps_format(s, buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary form: a version byte (CX_NPS_BINARY_VERSION) then the eleven
 * counts of scores 0..10 as int64.  The total is recomputed, and the whole
 * state is validated: binary input comes from outside.
 */
PG_FUNCTION_INFO_V1(nps_state_recv);
Datum
nps_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CxNpsState *s = palloc0(sizeof(CxNpsState));
	int			version;

	if (buf->len - buf->cursor != 1 + CX_NPS_NSCORES * 8)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary nps_state"),
				 errdetail("Expected %d bytes, got %d.", 1 + CX_NPS_NSCORES * 8,
						   buf->len - buf->cursor)));
	version = pq_getmsgbyte(buf);
	if (version != CX_NPS_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary nps_state"),
				 errdetail("Unsupported format version %d (this build reads version %d).",
						   version, CX_NPS_BINARY_VERSION)));
	for (int i = 0; i < CX_NPS_NSCORES; i++)
	{
		s->counts[i] = pq_getmsgint64(buf);
		if (s->counts[i] < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid binary nps_state"),
					 errdetail("The count of score %d is negative.", i)));
		if (pg_add_s64_overflow(s->n, s->counts[i], &s->n))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid binary nps_state"),
					 errdetail("The total number of answers exceeds the largest bigint, 9223372036854775807.")));
	}
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(nps_state_send);
Datum
nps_state_send(PG_FUNCTION_ARGS)
{
	CxNpsState *s = PG_GETARG_NPS_STATE(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CX_NPS_BINARY_VERSION);
	for (int i = 0; i < CX_NPS_NSCORES; i++)
		pq_sendint64(&buf, s->counts[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- transition, inverse and combine functions -------------------------- */

/* Adds one answer; the total bounds every count, so one check suffices. */
static inline Datum
nps_accum(FunctionCallInfo fcinfo, int score)
{
	CxNpsState *s = nps_state_writable(fcinfo);

	if (unlikely(s->n == PG_INT64_MAX))
		nps_total_overflow();
	s->n++;
	s->counts[score]++;
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(nps_state_accum_int2);
Datum
nps_state_accum_int2(PG_FUNCTION_ARGS)
{
	return nps_accum(fcinfo, nps_check_score(PG_GETARG_INT16(1)));
}

PG_FUNCTION_INFO_V1(nps_state_accum_int4);
Datum
nps_state_accum_int4(PG_FUNCTION_ARGS)
{
	return nps_accum(fcinfo, nps_check_score(PG_GETARG_INT32(1)));
}

PG_FUNCTION_INFO_V1(nps_state_accum_int8);
Datum
nps_state_accum_int8(PG_FUNCTION_ARGS)
{
	return nps_accum(fcinfo, nps_check_score(PG_GETARG_INT64(1)));
}

PG_FUNCTION_INFO_V1(nps_state_accum_numeric);
Datum
nps_state_accum_numeric(PG_FUNCTION_ARGS)
{
	return nps_accum(fcinfo, nps_numeric_score(PG_GETARG_NUMERIC(1)));
}

/*
 * Removes one answer (the inverse transition of a moving aggregate).  In a
 * window the answer was added before, so the count is positive; called by
 * hand on a state without that answer, it is an error, not a wrap-around.
 */
static inline Datum
nps_retract(FunctionCallInfo fcinfo, int score)
{
	CxNpsState *s = nps_state_writable(fcinfo);

	if (unlikely(s->counts[score] <= 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot remove an answer of score %d from an nps_state without one", score)));
	s->n--;
	s->counts[score]--;
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(nps_state_retract_int2);
Datum
nps_state_retract_int2(PG_FUNCTION_ARGS)
{
	return nps_retract(fcinfo, nps_check_score(PG_GETARG_INT16(1)));
}

PG_FUNCTION_INFO_V1(nps_state_retract_int4);
Datum
nps_state_retract_int4(PG_FUNCTION_ARGS)
{
	return nps_retract(fcinfo, nps_check_score(PG_GETARG_INT32(1)));
}

PG_FUNCTION_INFO_V1(nps_state_retract_int8);
Datum
nps_state_retract_int8(PG_FUNCTION_ARGS)
{
	return nps_retract(fcinfo, nps_check_score(PG_GETARG_INT64(1)));
}

PG_FUNCTION_INFO_V1(nps_state_retract_numeric);
Datum
nps_state_retract_numeric(PG_FUNCTION_ARGS)
{
	return nps_retract(fcinfo, nps_numeric_score(PG_GETARG_NUMERIC(1)));
}

PG_FUNCTION_INFO_V1(nps_state_combine);
Datum
nps_state_combine(PG_FUNCTION_ARGS)
{
	CxNpsState *a = nps_state_writable(fcinfo);
	CxNpsState *b = PG_GETARG_NPS_STATE(1);

	if (!cx_nps_merge(a, b))
		nps_total_overflow();
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(nps_state_subtract);
Datum
nps_state_subtract(PG_FUNCTION_ARGS)
{
	CxNpsState *a = nps_state_writable(fcinfo);
	CxNpsState *b = PG_GETARG_NPS_STATE(1);

	if (!cx_nps_subtract(a, b))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot subtract an nps_state that has more answers of some score")));
	PG_RETURN_POINTER(a);
}

/*
 * Final function of nps_agg and nps_rollup: the state, or NULL when it
 * holds no answers, so that every state aggregate of cx_metrics gives NULL
 * over no answers (as csat_agg, ces_agg and sum() do).  A copy: the
 * transition value stays the aggregate's (a window frame goes on with it).
 */
PG_FUNCTION_INFO_V1(nps_agg_final);
Datum
nps_agg_final(PG_FUNCTION_ARGS)
{
	CxNpsState *s = PG_GETARG_NPS_STATE(0);

	if (s->n == 0)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(memcpy(palloc(sizeof(CxNpsState)), s, sizeof(CxNpsState)));
}

/* ---- accessors ---------------------------------------------------------- */

#define NPS_RETURN_FLOAT8_OR_NULL(expr) \
	do { \
		double		v_ = (expr); \
		if (isnan(v_)) \
			PG_RETURN_NULL(); \
		PG_RETURN_FLOAT8(v_); \
	} while (0)

PG_FUNCTION_INFO_V1(nps_state_responses);
Datum
nps_state_responses(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_NPS_STATE(0)->n);
}

PG_FUNCTION_INFO_V1(nps_state_promoters);
Datum
nps_state_promoters(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(cx_nps_promoters(PG_GETARG_NPS_STATE(0)));
}

PG_FUNCTION_INFO_V1(nps_state_passives);
Datum
nps_state_passives(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(cx_nps_passives(PG_GETARG_NPS_STATE(0)));
}

PG_FUNCTION_INFO_V1(nps_state_detractors);
Datum
nps_state_detractors(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(cx_nps_detractors(PG_GETARG_NPS_STATE(0)));
}

PG_FUNCTION_INFO_V1(nps_state_promoter_share);
Datum
nps_state_promoter_share(PG_FUNCTION_ARGS)
{
	CxNpsState *s = PG_GETARG_NPS_STATE(0);

	NPS_RETURN_FLOAT8_OR_NULL(cx_nps_share(cx_nps_promoters(s), s->n));
}

PG_FUNCTION_INFO_V1(nps_state_passive_share);
Datum
nps_state_passive_share(PG_FUNCTION_ARGS)
{
	CxNpsState *s = PG_GETARG_NPS_STATE(0);

	NPS_RETURN_FLOAT8_OR_NULL(cx_nps_share(cx_nps_passives(s), s->n));
}

PG_FUNCTION_INFO_V1(nps_state_detractor_share);
Datum
nps_state_detractor_share(PG_FUNCTION_ARGS)
{
	CxNpsState *s = PG_GETARG_NPS_STATE(0);

	NPS_RETURN_FLOAT8_OR_NULL(cx_nps_share(cx_nps_detractors(s), s->n));
}

PG_FUNCTION_INFO_V1(nps_state_mean);
Datum
nps_state_mean(PG_FUNCTION_ARGS)
{
	NPS_RETURN_FLOAT8_OR_NULL(cx_nps_mean(PG_GETARG_NPS_STATE(0)));
}

/* Also the final function of nps(score). */
PG_FUNCTION_INFO_V1(nps_state_value);
Datum
nps_state_value(PG_FUNCTION_ARGS)
{
	NPS_RETURN_FLOAT8_OR_NULL(cx_nps_value(PG_GETARG_NPS_STATE(0)));
}

PG_FUNCTION_INFO_V1(nps_state_stderr);
Datum
nps_state_stderr(PG_FUNCTION_ARGS)
{
	NPS_RETURN_FLOAT8_OR_NULL(cx_nps_stderr(PG_GETARG_NPS_STATE(0)));
}

static double
nps_check_level(double level)
{
	if (!(level > 0.0 && level < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("confidence level %g is out of range", level),
				 errdetail("The level must be greater than 0 and less than 1, e.g. 0.95 for a 95%% interval.")));
	return level;
}

PG_FUNCTION_INFO_V1(nps_state_margin_of_error);
Datum
nps_state_margin_of_error(PG_FUNCTION_ARGS)
{
	CxNpsState *s = PG_GETARG_NPS_STATE(0);
	double		level = nps_check_level(PG_GETARG_FLOAT8(1));

	NPS_RETURN_FLOAT8_OR_NULL(cx_nps_margin(s, level));
}

static Datum
nps_make_tuple(FunctionCallInfo fcinfo, Datum *values, bool *nulls)
{
	TupleDesc	tupdesc;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

PG_FUNCTION_INFO_V1(nps_state_ci);
Datum
nps_state_ci(PG_FUNCTION_ARGS)
{
	CxNpsState *s = PG_GETARG_NPS_STATE(0);
	double		level = nps_check_level(PG_GETARG_FLOAT8(1));
	double		lower,
				upper;
	Datum		values[2];
	bool		nulls[2] = {false, false};

	if (!cx_nps_interval(s, level, &lower, &upper))
		PG_RETURN_NULL();
	values[0] = Float8GetDatum(lower);
	values[1] = Float8GetDatum(upper);
	PG_RETURN_DATUM(nps_make_tuple(fcinfo, values, nulls));
}

PG_FUNCTION_INFO_V1(nps_state_test);
Datum
nps_state_test(PG_FUNCTION_ARGS)
{
	double		difference,
				z,
				p;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (!cx_nps_test(PG_GETARG_NPS_STATE(0), PG_GETARG_NPS_STATE(1), &difference, &z, &p))
		PG_RETURN_NULL();
	values[0] = Float8GetDatum(difference);
	values[1] = Float8GetDatum(z);
	values[2] = Float8GetDatum(p);
	PG_RETURN_DATUM(nps_make_tuple(fcinfo, values, nulls));
}

/*
 * The one-row summary (also the final function of nps_summary(score)):
 * counts always; NPS, margin of error and 95% interval NULL when empty.
 */
PG_FUNCTION_INFO_V1(nps_state_summary);
Datum
nps_state_summary(PG_FUNCTION_ARGS)
{
	CxNpsState *s = PG_GETARG_NPS_STATE(0);
	Datum		values[8];
	bool		nulls[8] = {false};
	double		lower,
				upper;

	values[0] = Int64GetDatum(s->n);
	values[1] = Int64GetDatum(cx_nps_promoters(s));
	values[2] = Int64GetDatum(cx_nps_passives(s));
	values[3] = Int64GetDatum(cx_nps_detractors(s));
	if (cx_nps_interval(s, 0.95, &lower, &upper))
	{
		values[4] = Float8GetDatum(cx_nps_value(s));
		values[5] = Float8GetDatum(cx_nps_margin(s, 0.95));
		values[6] = Float8GetDatum(lower);
		values[7] = Float8GetDatum(upper);
	}
	else
		nulls[4] = nulls[5] = nulls[6] = nulls[7] = true;
	PG_RETURN_DATUM(nps_make_tuple(fcinfo, values, nulls));
}

/* ---- nps_category ------------------------------------------------------- */

static Datum
nps_category(int score)
{
	const char *c = score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor";

	PG_RETURN_TEXT_P(cstring_to_text(c));
}

PG_FUNCTION_INFO_V1(nps_category_int2);
Datum
nps_category_int2(PG_FUNCTION_ARGS)
{
	return nps_category(nps_check_score(PG_GETARG_INT16(0)));
}

PG_FUNCTION_INFO_V1(nps_category_int4);
Datum
nps_category_int4(PG_FUNCTION_ARGS)
{
	return nps_category(nps_check_score(PG_GETARG_INT32(0)));
}

PG_FUNCTION_INFO_V1(nps_category_int8);
Datum
nps_category_int8(PG_FUNCTION_ARGS)
{
	return nps_category(nps_check_score(PG_GETARG_INT64(0)));
}

PG_FUNCTION_INFO_V1(nps_category_numeric);
Datum
nps_category_numeric(PG_FUNCTION_ARGS)
{
	return nps_category(nps_numeric_score(PG_GETARG_NUMERIC(0)));
}

/* ---- weighted NPS ------------------------------------------------------- */

/*
 * The weighted aggregate's state is a float8[] of the weight sums of scores
 * 0..10: a concrete type (storable, combinable on Citus workers).  It is
 * checked on every call, since any array can be passed to these functions.
 */
static double *
nps_weights(ArrayType *a, const char *what)
{
	if (ARR_NDIM(a) != 1 || ARR_DIMS(a)[0] != CX_NPS_NSCORES || ARR_HASNULL(a) ||
		ARR_ELEMTYPE(a) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid weighted NPS state in %s", what),
				 errdetail("The state is an array of 11 non-null float8 weight sums, one per score 0 to 10.")));
	return (double *) ARR_DATA_PTR(a);
}

static ArrayType *
nps_weights_writable(FunctionCallInfo fcinfo)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);

	/* a detoasted copy is ours too; the aggregate keeps whichever we return */
	if (nps_in_aggregate(fcinfo))
		return a;
	return DatumGetArrayTypePCopy(PG_GETARG_DATUM(0));
}

static pg_noinline void
nps_weight_sum_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("sum of NPS weights is out of range"),
			 errdetail("The weights of one score add up to more than the largest double precision value.")));
}

static inline Datum
nps_weighted_accum(FunctionCallInfo fcinfo, int score)
{
	ArrayType  *a = nps_weights_writable(fcinfo);
	double	   *w = nps_weights(a, "nps(score, weight)");
	double		weight = PG_GETARG_FLOAT8(2);

	if (!(weight >= 0.0) || isinf(weight))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("NPS weight %g is out of range", weight),
				 errdetail("Weights must be finite and not negative.")));
	w[score] += weight;
	if (unlikely(isinf(w[score])))
		nps_weight_sum_overflow();
	PG_RETURN_ARRAYTYPE_P(a);
}

PG_FUNCTION_INFO_V1(nps_weighted_accum_int2);
Datum
nps_weighted_accum_int2(PG_FUNCTION_ARGS)
{
	return nps_weighted_accum(fcinfo, nps_check_score(PG_GETARG_INT16(1)));
}

PG_FUNCTION_INFO_V1(nps_weighted_accum_int4);
Datum
nps_weighted_accum_int4(PG_FUNCTION_ARGS)
{
	return nps_weighted_accum(fcinfo, nps_check_score(PG_GETARG_INT32(1)));
}

PG_FUNCTION_INFO_V1(nps_weighted_accum_int8);
Datum
nps_weighted_accum_int8(PG_FUNCTION_ARGS)
{
	return nps_weighted_accum(fcinfo, nps_check_score(PG_GETARG_INT64(1)));
}

PG_FUNCTION_INFO_V1(nps_weighted_accum_numeric);
Datum
nps_weighted_accum_numeric(PG_FUNCTION_ARGS)
{
	return nps_weighted_accum(fcinfo, nps_numeric_score(PG_GETARG_NUMERIC(1)));
}

PG_FUNCTION_INFO_V1(nps_weighted_combine);
Datum
nps_weighted_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *a = nps_weights_writable(fcinfo);
	double	   *wa = nps_weights(a, "nps_weighted_combine");
	double	   *wb = nps_weights(PG_GETARG_ARRAYTYPE_P(1), "nps_weighted_combine");

	for (int i = 0; i < CX_NPS_NSCORES; i++)
	{
		if (!(wb[i] >= 0.0) || isinf(wb[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid weighted NPS state in %s", "nps_weighted_combine"),
					 errdetail("Weight sums must be finite and not negative.")));
		wa[i] += wb[i];
		if (isinf(wa[i]))
			nps_weight_sum_overflow();
	}
	PG_RETURN_ARRAYTYPE_P(a);
}

PG_FUNCTION_INFO_V1(nps_weighted_value);
Datum
nps_weighted_value(PG_FUNCTION_ARGS)
{
	double	   *w = nps_weights(PG_GETARG_ARRAYTYPE_P(0), "nps_weighted_value");

	for (int i = 0; i < CX_NPS_NSCORES; i++)
		if (!(w[i] >= 0.0) || isinf(w[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid weighted NPS state in %s", "nps_weighted_value"),
					 errdetail("Weight sums must be finite and not negative.")));
	NPS_RETURN_FLOAT8_OR_NULL(cx_nps_weighted_value(w));
}

/* ---- shared with impact.c (score_glue.h) ---------------------------------- */

void
cx_nps_score_error(int64 score)
{
	nps_score_out_of_range(score);
	pg_unreachable();
}

int
cx_nps_numeric_score(Numeric num)
{
	return nps_numeric_score(num);
}
