/*-------------------------------------------------------------------------
 *
 * survey.c
 *	  CSAT and CES: the csat_state and ces_state types, their aggregates
 *	  (plain, moving and combine support) and accessors.
 *
 * The states are concrete types, not "internal", so that Citus and parallel
 * plans can ship partial states (the combine function merges them) and so
 * that users can store them.  A state is a fixed-size varlena holding the
 * exact count of every answer.  Storage is PLAIN (never compressed, never
 * given a short header) so a stored state can be read in place.
 *
 * Speed: the per-row transition functions update the state in place when
 * they are called by an aggregate (as float8_accum does), so a group costs
 * one small allocation and a row costs one range check and one increment.
 * There is one transition function per input type so that no row pays for
 * a type dispatch or a conversion.
 *
 * The figures themselves (percentages, means, standard errors, intervals)
 * and the text form are computed by src/core/survey.c.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/htup_details.h"
#include "common/int.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "nodes/execnodes.h"
#include "utils/numeric.h"

#include "score_glue.h"
#include "survey.h"

#define SURVEY_STATE_VERSION	1

#define CSAT_HINT	"A csat_state looks like {scale:5,1:2,4:7,5:10}: the scale (3 to 10), then answer:count pairs."
#define CES_HINT	"A ces_state looks like {1:3,5:2,7:10}: answer:count pairs, answers 1 to 7."
#define CSAT_BIN_HINT	"A binary csat_state is a format version byte (1), the scale byte (3 to 10), then one int8 count per answer of the scale."
#define CES_BIN_HINT	"A binary ces_state is a format version byte (1), then seven int8 counts (answers 1 to 7)."

/* ---- helpers ---------------------------------------------------------------- */

/*
 * True when we are called as an aggregate's transition or combine function:
 * only then may the state be updated in place.
 */
static inline bool
in_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState));
}

static inline void
check_csat_scale(int32 scale)
{
	if (scale < CX_CSAT_SCALE_MIN || scale > CX_CSAT_SCALE_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("csat scale_max %d is out of range", scale),
				 errdetail("scale_max must be between %d and %d (answers 1 to scale_max).",
						   CX_CSAT_SCALE_MIN, CX_CSAT_SCALE_MAX)));
}

static CsatState *
csat_new(int32 scale)
{
	CsatState  *st = palloc0(sizeof(CsatState));

	SET_VARSIZE(st, sizeof(CsatState));
	st->scale = scale;
	return st;
}

static CesState *
ces_new(void)
{
	CesState   *st = palloc0(sizeof(CesState));

	SET_VARSIZE(st, sizeof(CesState));
	return st;
}

/*
 * A stored state: detoasted and checked for size.  The contents were
 * validated when the value was created (input, receive or our functions).
 */
static inline CsatState *
csat_arg(FunctionCallInfo fcinfo, int n)
{
	CsatState  *st = (CsatState *) PG_DETOAST_DATUM(PG_GETARG_DATUM(n));

	if (VARSIZE(st) != sizeof(CsatState))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid csat_state of %u bytes", (unsigned) VARSIZE(st))));
	return st;
}

static inline CesState *
ces_arg(FunctionCallInfo fcinfo, int n)
{
	CesState   *st = (CesState *) PG_DETOAST_DATUM(PG_GETARG_DATUM(n));

	if (VARSIZE(st) != sizeof(CesState))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid ces_state of %u bytes", (unsigned) VARSIZE(st))));
	return st;
}

static void
not_in_aggregate(const char *fn)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("%s can only be called as an aggregate's transition function", fn)));
}

CX_NORETURN
static void
answer_out_of_range(const char *what, const char *value, int max)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s %s is out of range", what, cx_errtrunc(value)),
			 errdetail("Answers must be whole numbers from 1 to %d.", max),
			 errhint("Use NULL for a missing answer.")));
}

CX_NORETURN
static void
answer_int_out_of_range(const char *what, int64 value, int max)
{
	char		buf[32];

	snprintf(buf, sizeof(buf), INT64_FORMAT, value);
	answer_out_of_range(what, buf, max);
}

/*
 * A numeric answer: it must be a whole number from 1 to max (a fractional
 * answer such as 4.5 is an error, never rounded).
 */
static int
numeric_answer(Numeric num, const char *what, int max)
{
	bool		ok = false;
	bool		fractional = false;
	int			v = 0;

	if (!numeric_is_nan(num) && !numeric_is_inf(num))
	{
		Datum		d = NumericGetDatum(num);
		Datum		t = DirectFunctionCall2(numeric_trunc, d, Int32GetDatum(0));

		if (DatumGetBool(DirectFunctionCall2(numeric_eq, d, t)))
		{
			/* an integer: compare with the range without risking overflow */
			Datum		lo = DirectFunctionCall1(int4_numeric, Int32GetDatum(1));
			Datum		hi = DirectFunctionCall1(int4_numeric, Int32GetDatum(max));

			if (DatumGetBool(DirectFunctionCall2(numeric_ge, d, lo)) &&
				DatumGetBool(DirectFunctionCall2(numeric_le, d, hi)))
			{
				v = DatumGetInt32(DirectFunctionCall1(numeric_int4, d));
				ok = true;
			}
		}
		else
			fractional = true;
	}
	if (!ok)
	{
		if (fractional)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s %s is not a whole number", what,
							cx_errtrunc(DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(num))))),
					 errdetail("Answers must be whole numbers from 1 to %d.", max),
					 errhint("Use NULL for a missing answer.")));
		answer_out_of_range(what,
							DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(num))),
							max);
	}
	return v;
}

/* ---- csat_state: I/O ---------------------------------------------------------- */

PG_FUNCTION_INFO_V1(csat_state_in);
Datum
csat_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int64		counts[CX_SURVEY_MAX_VALUES];
	int			scale;
	char		detail[256];
	CsatState  *st;

	if (cx_survey_parse(str, true, &scale, (int64_t *) counts, detail, sizeof(detail)) != CX_SURVEY_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type csat_state: \"%s\"", cx_errtrunc(str)),
				 errdetail("%s", detail),
				 errhint(CSAT_HINT)));
	st = csat_new(scale);
	memcpy(st->counts, counts, sizeof(int64) * scale);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(csat_state_out);
Datum
csat_state_out(PG_FUNCTION_ARGS)
{
	CsatState  *st = csat_arg(fcinfo, 0);
	char	   *buf = palloc(CX_SURVEY_TEXT_MAX);

	cx_survey_format(buf, CX_SURVEY_TEXT_MAX, st->scale, (const int64_t *) st->counts, st->scale);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary form: version byte (1), scale byte, then one int8 count per
 * answer 1..scale.
 */
PG_FUNCTION_INFO_V1(csat_state_send);
Datum
csat_state_send(PG_FUNCTION_ARGS)
{
	CsatState  *st = csat_arg(fcinfo, 0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, SURVEY_STATE_VERSION);
	pq_sendbyte(&buf, (uint8) st->scale);
	for (i = 0; i < st->scale; i++)
		pq_sendint64(&buf, st->counts[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static void
bad_binary(const char *type, const char *detail, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary %s", type),
			 errdetail("%s", detail),
			 errhint("%s", hint)));
}

PG_FUNCTION_INFO_V1(csat_state_recv);
Datum
csat_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CsatState  *st;
	int			version,
				scale,
				i;
	int64		total;

	if (buf->len - buf->cursor < 2)
		bad_binary("csat_state", "The value is too short.", CSAT_BIN_HINT);
	version = pq_getmsgbyte(buf);
	if (version != SURVEY_STATE_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary csat_state"),
				 errdetail("Unsupported format version %d (this cx_metrics reads version %d).",
						   version, SURVEY_STATE_VERSION),
				 errhint(CSAT_BIN_HINT)));
	scale = pq_getmsgbyte(buf);
	if (scale < CX_CSAT_SCALE_MIN || scale > CX_CSAT_SCALE_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary csat_state"),
				 errdetail("The scale %d is not between %d and %d.",
						   scale, CX_CSAT_SCALE_MIN, CX_CSAT_SCALE_MAX),
				 errhint(CSAT_BIN_HINT)));
	if (buf->len - buf->cursor != 8 * scale)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary csat_state"),
				 errdetail("Expected %d bytes of counts for a 1-%d scale, got %d.",
						   8 * scale, scale, buf->len - buf->cursor),
				 errhint(CSAT_BIN_HINT)));
	st = csat_new(scale);
	for (i = 0; i < scale; i++)
		st->counts[i] = pq_getmsgint64(buf);
	if (!cx_survey_total((const int64_t *) st->counts, scale, &total))
		bad_binary("csat_state",
				   "Counts must be non-negative and add up to at most the largest bigint.",
				   CSAT_BIN_HINT);
	PG_RETURN_POINTER(st);
}

/* ---- ces_state: I/O ------------------------------------------------------------ */

PG_FUNCTION_INFO_V1(ces_state_in);
Datum
ces_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int64		counts[CX_SURVEY_MAX_VALUES];
	int			scale;
	char		detail[256];
	CesState   *st;

	if (cx_survey_parse(str, false, &scale, (int64_t *) counts, detail, sizeof(detail)) != CX_SURVEY_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type ces_state: \"%s\"", cx_errtrunc(str)),
				 errdetail("%s", detail),
				 errhint(CES_HINT)));
	st = ces_new();
	memcpy(st->counts, counts, sizeof(int64) * CX_CES_MAX);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(ces_state_out);
Datum
ces_state_out(PG_FUNCTION_ARGS)
{
	CesState   *st = ces_arg(fcinfo, 0);
	char	   *buf = palloc(CX_SURVEY_TEXT_MAX);

	cx_survey_format(buf, CX_SURVEY_TEXT_MAX, -1, (const int64_t *) st->counts, CX_CES_MAX);
	PG_RETURN_CSTRING(buf);
}

/* Binary form: version byte (1), then seven int8 counts (answers 1..7). */
PG_FUNCTION_INFO_V1(ces_state_send);
Datum
ces_state_send(PG_FUNCTION_ARGS)
{
	CesState   *st = ces_arg(fcinfo, 0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, SURVEY_STATE_VERSION);
	for (i = 0; i < CX_CES_MAX; i++)
		pq_sendint64(&buf, st->counts[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(ces_state_recv);
Datum
ces_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CesState   *st;
	int			version,
				i;
	int64		total;

	if (buf->len - buf->cursor < 1)
		bad_binary("ces_state", "The value is too short.", CES_BIN_HINT);
	version = pq_getmsgbyte(buf);
	if (version != SURVEY_STATE_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary ces_state"),
				 errdetail("Unsupported format version %d (this cx_metrics reads version %d).",
						   version, SURVEY_STATE_VERSION),
				 errhint(CES_BIN_HINT)));
	if (buf->len - buf->cursor != 8 * CX_CES_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary ces_state"),
				 errdetail("Expected %d bytes of counts, got %d.",
						   8 * CX_CES_MAX, buf->len - buf->cursor),
				 errhint(CES_BIN_HINT)));
	st = ces_new();
	for (i = 0; i < CX_CES_MAX; i++)
		st->counts[i] = pq_getmsgint64(buf);
	if (!cx_survey_total((const int64_t *) st->counts, CX_CES_MAX, &total))
		bad_binary("ces_state",
				   "Counts must be non-negative and add up to at most the largest bigint.",
				   CES_BIN_HINT);
	PG_RETURN_POINTER(st);
}

/* ---- per-row transition functions -------------------------------------------- */

/*
 * The state to update for a new answer: the current one (updated in place)
 * or a new one for the group's first answer.  The executor copies a new
 * state into the aggregate's memory context.
 */
static inline CsatState *
csat_state_for(FunctionCallInfo fcinfo, int32 scale)
{
	CsatState  *st;

	if (unlikely(!in_aggregate(fcinfo)))
		not_in_aggregate("csat transition function");
	if (PG_ARGISNULL(0))
	{
		check_csat_scale(scale);
		return csat_new(scale);
	}
	st = (CsatState *) PG_GETARG_POINTER(0);
	if (unlikely(st->scale != scale))
	{
		/* the empty placeholder of a window frame (see CSAT_TRANS) */
		if (st->scale == 0)
		{
			check_csat_scale(scale);
			st->scale = scale;
			return st;
		}
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("csat scale_max changed from %d to %d within one group", st->scale, scale),
				 errdetail("All answers aggregated together must be on the same 1 to scale_max scale.")));
	}
	return st;
}

static inline CesState *
ces_state_for(FunctionCallInfo fcinfo)
{
	if (unlikely(!in_aggregate(fcinfo)))
		not_in_aggregate("ces transition function");
	if (PG_ARGISNULL(0))
		return ces_new();
	return (CesState *) PG_GETARG_POINTER(0);
}

static inline int32
scale_arg(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("csat scale_max must not be null")));
	return PG_GETARG_INT32(2);
}

/*
 * Forward (add) and inverse (remove, for moving window frames) transitions.
 * A NULL answer leaves the state alone.  The inverse only ever sees answers
 * that the forward function accepted, but it checks anyway: it indexes an
 * array.
 *
 * The moving-aggregate forward function (mtrans) must never return NULL
 * (WindowAgg requires it), so a NULL answer on a NULL state gives an empty
 * state.  Its scale is not known yet for csat(rating, scale_max) when the
 * frame starts with NULL answers: such a placeholder has scale 0 and takes
 * the scale of the first answer (csat_state_for).  It lives only inside a
 * window aggregate: the final functions return NULL for it.
 */
#define CSAT_NULL_ANSWER(MOVING) \
	if (PG_ARGISNULL(1)) \
	{ \
		if (!PG_ARGISNULL(0)) \
			PG_RETURN_DATUM(PG_GETARG_DATUM(0)); \
		if (!(MOVING)) \
			PG_RETURN_NULL(); \
		if (unlikely(!in_aggregate(fcinfo))) \
			not_in_aggregate("csat transition function"); \
		PG_RETURN_POINTER(csat_new(0)); \
	}

#define CSAT_TRANS(SUFFIX, GETARG, CTYPE, SCALE) \
static inline Datum \
csat_add_##SUFFIX(FunctionCallInfo fcinfo, bool moving) \
{ \
	CsatState  *st; \
	CTYPE		v; \
	CSAT_NULL_ANSWER(moving); \
	st = csat_state_for(fcinfo, (SCALE)); \
	v = GETARG(1); \
	if (unlikely(v < 1 || v > st->scale)) \
		answer_int_out_of_range("csat rating", (int64) v, st->scale); \
	st->counts[v - 1]++; \
	PG_RETURN_POINTER(st); \
} \
PG_FUNCTION_INFO_V1(csat_trans_##SUFFIX); \
Datum \
csat_trans_##SUFFIX(PG_FUNCTION_ARGS) \
{ \
	return csat_add_##SUFFIX(fcinfo, false); \
} \
PG_FUNCTION_INFO_V1(csat_mtrans_##SUFFIX); \
Datum \
csat_mtrans_##SUFFIX(PG_FUNCTION_ARGS) \
{ \
	return csat_add_##SUFFIX(fcinfo, true); \
} \
PG_FUNCTION_INFO_V1(csat_inv_##SUFFIX); \
Datum \
csat_inv_##SUFFIX(PG_FUNCTION_ARGS) \
{ \
	CsatState  *st; \
	CTYPE		v; \
	if (PG_ARGISNULL(0)) \
		elog(ERROR, "csat inverse transition called with a null state"); \
	if (PG_ARGISNULL(1)) \
		PG_RETURN_DATUM(PG_GETARG_DATUM(0)); \
	st = csat_state_for(fcinfo, (SCALE)); \
	v = GETARG(1); \
	if (unlikely(v < 1 || v > st->scale || st->counts[v - 1] <= 0)) \
		elog(ERROR, "csat inverse transition: answer " INT64_FORMAT " was not aggregated", (int64) v); \
	st->counts[v - 1]--; \
	PG_RETURN_POINTER(st); \
}

CSAT_TRANS(int2, PG_GETARG_INT16, int16, CX_CSAT_SCALE_DEFAULT)
CSAT_TRANS(int4, PG_GETARG_INT32, int32, CX_CSAT_SCALE_DEFAULT)
CSAT_TRANS(int8, PG_GETARG_INT64, int64, CX_CSAT_SCALE_DEFAULT)
CSAT_TRANS(int2_scale, PG_GETARG_INT16, int16, scale_arg(fcinfo))
CSAT_TRANS(int4_scale, PG_GETARG_INT32, int32, scale_arg(fcinfo))
CSAT_TRANS(int8_scale, PG_GETARG_INT64, int64, scale_arg(fcinfo))

#define CSAT_NUMERIC_ARG(n) numeric_answer(PG_GETARG_NUMERIC(n), "csat rating", st->scale)
CSAT_TRANS(numeric, CSAT_NUMERIC_ARG, int32, CX_CSAT_SCALE_DEFAULT)
CSAT_TRANS(numeric_scale, CSAT_NUMERIC_ARG, int32, scale_arg(fcinfo))

#define CES_TRANS(SUFFIX, GETARG, CTYPE) \
static inline Datum \
ces_add_##SUFFIX(FunctionCallInfo fcinfo, bool moving) \
{ \
	CesState   *st; \
	CTYPE		v; \
	if (PG_ARGISNULL(1)) \
	{ \
		if (!PG_ARGISNULL(0)) \
			PG_RETURN_DATUM(PG_GETARG_DATUM(0)); \
		if (!moving) \
			PG_RETURN_NULL(); \
		PG_RETURN_POINTER(ces_state_for(fcinfo)); \
	} \
	st = ces_state_for(fcinfo); \
	v = GETARG(1); \
	if (unlikely(v < 1 || v > CX_CES_MAX)) \
		answer_int_out_of_range("ces effort", (int64) v, CX_CES_MAX); \
	st->counts[v - 1]++; \
	PG_RETURN_POINTER(st); \
} \
PG_FUNCTION_INFO_V1(ces_trans_##SUFFIX); \
Datum \
ces_trans_##SUFFIX(PG_FUNCTION_ARGS) \
{ \
	return ces_add_##SUFFIX(fcinfo, false); \
} \
PG_FUNCTION_INFO_V1(ces_mtrans_##SUFFIX); \
Datum \
ces_mtrans_##SUFFIX(PG_FUNCTION_ARGS) \
{ \
	return ces_add_##SUFFIX(fcinfo, true); \
} \
PG_FUNCTION_INFO_V1(ces_inv_##SUFFIX); \
Datum \
ces_inv_##SUFFIX(PG_FUNCTION_ARGS) \
{ \
	CesState   *st; \
	CTYPE		v; \
	if (PG_ARGISNULL(0)) \
		elog(ERROR, "ces inverse transition called with a null state"); \
	if (PG_ARGISNULL(1)) \
		PG_RETURN_DATUM(PG_GETARG_DATUM(0)); \
	st = ces_state_for(fcinfo); \
	v = GETARG(1); \
	if (unlikely(v < 1 || v > CX_CES_MAX || st->counts[v - 1] <= 0)) \
		elog(ERROR, "ces inverse transition: answer " INT64_FORMAT " was not aggregated", (int64) v); \
	st->counts[v - 1]--; \
	PG_RETURN_POINTER(st); \
}

CES_TRANS(int2, PG_GETARG_INT16, int16)
CES_TRANS(int4, PG_GETARG_INT32, int32)
CES_TRANS(int8, PG_GETARG_INT64, int64)
#define CES_NUMERIC_ARG(n) numeric_answer(PG_GETARG_NUMERIC(n), "ces effort", CX_CES_MAX)
CES_TRANS(numeric, CES_NUMERIC_ARG, int32)

/* ---- combine, rollup and its inverse ------------------------------------------ */

static void
add_counts(int64 *into, const int64 *from, int k, bool subtract, const char *type)
{
	int64		total;
	int			i;

	for (i = 0; i < k; i++)
	{
		int64		r;

		if (subtract ? pg_sub_s64_overflow(into[i], from[i], &r) : pg_add_s64_overflow(into[i], from[i], &r))
			r = -1;
		if (r < 0)
		{
			if (subtract)
				elog(ERROR, "%s inverse transition: removing more answers than were added", type);
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s counts are out of range", type),
					 errdetail("The combined counts add up to more than the largest bigint.")));
		}
		into[i] = r;
	}
	if (!cx_survey_total((const int64_t *) into, k, &total))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s counts are out of range", type),
				 errdetail("The combined counts add up to more than the largest bigint.")));
}

/*
 * csat_combine(a, b): the counts of a and b added.  It is the combine
 * function of every csat aggregate and the transition function of
 * csat_rollup; outside an aggregate it returns a new state.
 */
static Datum
csat_merge(FunctionCallInfo fcinfo, bool subtract, bool moving)
{
	CsatState  *a,
			   *b,
			   *res;

	if (PG_ARGISNULL(1))
	{
		if (!PG_ARGISNULL(0))
			PG_RETURN_DATUM(PG_GETARG_DATUM(0));
		if (!moving)
			PG_RETURN_NULL();
		/* a moving aggregate's state is never NULL: an empty placeholder */
		PG_RETURN_POINTER(csat_new(0));
	}
	b = csat_arg(fcinfo, 1);
	if (PG_ARGISNULL(0))
	{
		if (subtract)
			elog(ERROR, "csat_rollup inverse transition called with a null state");
		res = csat_new(b->scale);
		memcpy(res->counts, b->counts, sizeof(res->counts));
		PG_RETURN_POINTER(res);
	}
	if (in_aggregate(fcinfo))
		a = res = (CsatState *) PG_GETARG_POINTER(0);
	else
	{
		a = csat_arg(fcinfo, 0);
		res = csat_new(a->scale);
		memcpy(res->counts, a->counts, sizeof(res->counts));
	}
	if (res->scale == 0 && !subtract)
		res->scale = b->scale;	/* the empty placeholder takes the scale */
	if (res->scale != b->scale)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine csat states of different scales"),
				 errdetail("One state is on a 1-%d scale, the other on a 1-%d scale.", a->scale, b->scale),
				 errhint("Aggregate answers of each scale separately (GROUP BY the scale).")));
	add_counts(res->counts, b->counts, res->scale, subtract, "csat_state");
	PG_RETURN_POINTER(res);
}

PG_FUNCTION_INFO_V1(csat_combine);
Datum
csat_combine(PG_FUNCTION_ARGS)
{
	return csat_merge(fcinfo, false, false);
}

PG_FUNCTION_INFO_V1(csat_rollup_mtrans);
Datum
csat_rollup_mtrans(PG_FUNCTION_ARGS)
{
	if (!in_aggregate(fcinfo))
		not_in_aggregate("csat_rollup_mtrans");
	return csat_merge(fcinfo, false, true);
}

PG_FUNCTION_INFO_V1(csat_rollup_inv);
Datum
csat_rollup_inv(PG_FUNCTION_ARGS)
{
	if (!in_aggregate(fcinfo))
		not_in_aggregate("csat_rollup_inv");
	return csat_merge(fcinfo, true, false);
}

static Datum
ces_merge(FunctionCallInfo fcinfo, bool subtract, bool moving)
{
	CesState   *a,
			   *b,
			   *res;

	if (PG_ARGISNULL(1))
	{
		if (!PG_ARGISNULL(0))
			PG_RETURN_DATUM(PG_GETARG_DATUM(0));
		if (!moving)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(ces_new());
	}
	b = ces_arg(fcinfo, 1);
	if (PG_ARGISNULL(0))
	{
		if (subtract)
			elog(ERROR, "ces_rollup inverse transition called with a null state");
		res = ces_new();
		memcpy(res->counts, b->counts, sizeof(res->counts));
		PG_RETURN_POINTER(res);
	}
	if (in_aggregate(fcinfo))
		a = res = (CesState *) PG_GETARG_POINTER(0);
	else
	{
		a = ces_arg(fcinfo, 0);
		res = ces_new();
		memcpy(res->counts, a->counts, sizeof(res->counts));
	}
	add_counts(res->counts, b->counts, CX_CES_MAX, subtract, "ces_state");
	PG_RETURN_POINTER(res);
}

PG_FUNCTION_INFO_V1(ces_combine);
Datum
ces_combine(PG_FUNCTION_ARGS)
{
	return ces_merge(fcinfo, false, false);
}

PG_FUNCTION_INFO_V1(ces_rollup_mtrans);
Datum
ces_rollup_mtrans(PG_FUNCTION_ARGS)
{
	if (!in_aggregate(fcinfo))
		not_in_aggregate("ces_rollup_mtrans");
	return ces_merge(fcinfo, false, true);
}

PG_FUNCTION_INFO_V1(ces_rollup_inv);
Datum
ces_rollup_inv(PG_FUNCTION_ARGS)
{
	if (!in_aggregate(fcinfo))
		not_in_aggregate("ces_rollup_inv");
	return ces_merge(fcinfo, true, false);
}

/* ---- final functions and accessors ---------------------------------------------- */

static inline void
csat_figures_of(CsatState *st, CxSurveyFigures *f)
{
	cx_csat_figures((const int64_t *) st->counts, st->scale, f);
}

static inline void
ces_figures_of(CesState *st, CxSurveyFigures *f)
{
	cx_ces_figures((const int64_t *) st->counts, f);
}

static inline void
check_level(float8 level)
{
	if (!(level > 0.0 && level < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("confidence level %g is out of range", level),
				 errdetail("The level must be strictly between 0 and 1, e.g. 0.95.")));
}

/* a float8 result that is NULL when undefined (no answers, or n < 2) */
#define RETURN_FIGURE(x) \
	do { float8 x_ = (x); if (isnan(x_)) PG_RETURN_NULL(); PG_RETURN_FLOAT8(x_); } while (0)

/* The state of an aggregate: NULL when there are no answers. */
PG_FUNCTION_INFO_V1(csat_agg_final);
Datum
csat_agg_final(PG_FUNCTION_ARGS)
{
	CsatState  *st,
			   *res;
	CxSurveyFigures f;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = csat_arg(fcinfo, 0);
	csat_figures_of(st, &f);
	if (f.n == 0)
		PG_RETURN_NULL();
	res = csat_new(st->scale);
	memcpy(res->counts, st->counts, sizeof(res->counts));
	PG_RETURN_POINTER(res);
}

PG_FUNCTION_INFO_V1(ces_agg_final);
Datum
ces_agg_final(PG_FUNCTION_ARGS)
{
	CesState   *st,
			   *res;
	CxSurveyFigures f;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = ces_arg(fcinfo, 0);
	ces_figures_of(st, &f);
	if (f.n == 0)
		PG_RETURN_NULL();
	res = ces_new();
	memcpy(res->counts, st->counts, sizeof(res->counts));
	PG_RETURN_POINTER(res);
}

/* Accessors: (state) -> figure.  Strict: a NULL state gives NULL. */
#define CSAT_ACCESSOR(NAME, EXPR) \
PG_FUNCTION_INFO_V1(NAME); \
Datum \
NAME(PG_FUNCTION_ARGS) \
{ \
	CxSurveyFigures f; \
	csat_figures_of(csat_arg(fcinfo, 0), &f); \
	EXPR; \
}

CSAT_ACCESSOR(csat_value, RETURN_FIGURE(f.pct))
CSAT_ACCESSOR(csat_mean, RETURN_FIGURE(f.mean))
CSAT_ACCESSOR(csat_stderr, RETURN_FIGURE(f.pct_stderr))
CSAT_ACCESSOR(csat_responses, PG_RETURN_INT64(f.n))
CSAT_ACCESSOR(csat_satisfied, PG_RETURN_INT64(f.top))

PG_FUNCTION_INFO_V1(csat_scale);
Datum
csat_scale(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(csat_arg(fcinfo, 0)->scale);
}

#define CES_ACCESSOR(NAME, EXPR) \
PG_FUNCTION_INFO_V1(NAME); \
Datum \
NAME(PG_FUNCTION_ARGS) \
{ \
	CxSurveyFigures f; \
	ces_figures_of(ces_arg(fcinfo, 0), &f); \
	EXPR; \
}

CES_ACCESSOR(ces_mean, RETURN_FIGURE(f.mean))
CES_ACCESSOR(ces_easy_pct, RETURN_FIGURE(f.pct))
CES_ACCESSOR(ces_stderr, RETURN_FIGURE(f.mean_stderr))
CES_ACCESSOR(ces_responses, PG_RETURN_INT64(f.n))
CES_ACCESSOR(ces_easy_responses, PG_RETURN_INT64(f.top))

/*
 * Final functions of the figure aggregates (csat, ces, ces_easy): NULL for
 * no answers.  Non-strict in SQL terms only because the state may be NULL.
 */
PG_FUNCTION_INFO_V1(csat_final);
Datum
csat_final(PG_FUNCTION_ARGS)
{
	CsatState  *st;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = csat_arg(fcinfo, 0);
	/* called once per row in a window: only the percentage */
	RETURN_FIGURE(cx_survey_top_pct((const int64_t *) st->counts, st->scale, st->scale - 1));
}

PG_FUNCTION_INFO_V1(ces_final);
Datum
ces_final(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	RETURN_FIGURE(cx_survey_mean((const int64_t *) ces_arg(fcinfo, 0)->counts, CX_CES_MAX));
}

PG_FUNCTION_INFO_V1(ces_easy_final);
Datum
ces_easy_final(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	RETURN_FIGURE(cx_survey_top_pct((const int64_t *) ces_arg(fcinfo, 0)->counts,
									CX_CES_MAX, CX_CES_EASY_MIN));
}

/* ---- intervals and summaries (composite results) ----------------------------- */

static Datum
make_row(FunctionCallInfo fcinfo, Datum *values, bool *nulls)
{
	TupleDesc	tupdesc;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

static Datum
interval_row(FunctionCallInfo fcinfo, bool ok, double lo, double hi)
{
	Datum		values[2];
	bool		nulls[2] = {!ok, !ok};

	values[0] = Float8GetDatum(lo);
	values[1] = Float8GetDatum(hi);
	return make_row(fcinfo, values, nulls);
}

/* csat_ci(state, level): Wilson score interval of the CSAT percentage */
PG_FUNCTION_INFO_V1(csat_ci);
Datum
csat_ci(PG_FUNCTION_ARGS)
{
	CxSurveyFigures f;
	double		lo,
				hi;
	bool		ok;
	float8		level = PG_GETARG_FLOAT8(1);

	check_level(level);
	csat_figures_of(csat_arg(fcinfo, 0), &f);
	ok = cx_wilson_interval(f.top, f.n, level, &lo, &hi);
	PG_RETURN_DATUM(interval_row(fcinfo, ok, lo, hi));
}

/* ces_ci(state, level): Student t interval of the mean effort */
PG_FUNCTION_INFO_V1(ces_ci);
Datum
ces_ci(PG_FUNCTION_ARGS)
{
	CxSurveyFigures f;
	double		lo,
				hi;
	bool		ok;
	float8		level = PG_GETARG_FLOAT8(1);

	check_level(level);
	ces_figures_of(ces_arg(fcinfo, 0), &f);
	ok = cx_mean_interval(&f, CX_CES_MAX, level, &lo, &hi);
	PG_RETURN_DATUM(interval_row(fcinfo, ok, lo, hi));
}

/* ces_easy_ci(state, level): Wilson score interval of the % easy */
PG_FUNCTION_INFO_V1(ces_easy_ci);
Datum
ces_easy_ci(PG_FUNCTION_ARGS)
{
	CxSurveyFigures f;
	double		lo,
				hi;
	bool		ok;
	float8		level = PG_GETARG_FLOAT8(1);

	check_level(level);
	ces_figures_of(ces_arg(fcinfo, 0), &f);
	ok = cx_wilson_interval(f.top, f.n, level, &lo, &hi);
	PG_RETURN_DATUM(interval_row(fcinfo, ok, lo, hi));
}

#define FIG(i, x) do { double x_ = (x); nulls[i] = isnan(x_); values[i] = Float8GetDatum(x_); } while (0)

/*
 * csat_summary final function: (scale, responses, satisfied, csat, mean,
 * stderr, ci_lower, ci_upper) with a 95% Wilson interval.  No answers gives
 * responses 0 and NULL figures (and scale), so that BI tools still get a
 * row.
 */
PG_FUNCTION_INFO_V1(csat_summary_final);
Datum
csat_summary_final(PG_FUNCTION_ARGS)
{
	Datum		values[8];
	bool		nulls[8] = {false};
	CxSurveyFigures f;
	double		lo,
				hi;
	int32		scale = 0;

	if (PG_ARGISNULL(0))
	{
		/* no answers: the scale is unknown (scale_max comes with answers) */
		memset(&f, 0, sizeof(f));
		f.pct = f.mean = f.pct_stderr = NAN;
		nulls[0] = true;
	}
	else
	{
		CsatState  *st = csat_arg(fcinfo, 0);

		scale = st->scale;
		csat_figures_of(st, &f);
		/* as with no state: an empty window frame has no known scale */
		nulls[0] = (f.n == 0);
	}
	cx_wilson_interval(f.top, f.n, 0.95, &lo, &hi);
	values[0] = Int32GetDatum(scale);
	values[1] = Int64GetDatum(f.n);
	values[2] = Int64GetDatum(f.top);
	FIG(3, f.pct);
	FIG(4, f.mean);
	FIG(5, f.pct_stderr);
	FIG(6, lo);
	FIG(7, hi);
	PG_RETURN_DATUM(make_row(fcinfo, values, nulls));
}

/*
 * ces_summary final function: (responses, easy, ces, easy_pct, stderr,
 * ci_lower, ci_upper) with a 95% interval of the mean.
 */
PG_FUNCTION_INFO_V1(ces_summary_final);
Datum
ces_summary_final(PG_FUNCTION_ARGS)
{
	Datum		values[7];
	bool		nulls[7] = {false};
	CxSurveyFigures f;
	double		lo,
				hi;

	if (PG_ARGISNULL(0))
	{
		memset(&f, 0, sizeof(f));
		f.pct = f.mean = f.mean_stderr = NAN;
	}
	else
		ces_figures_of(ces_arg(fcinfo, 0), &f);
	cx_mean_interval(&f, CX_CES_MAX, 0.95, &lo, &hi);
	values[0] = Int64GetDatum(f.n);
	values[1] = Int64GetDatum(f.top);
	FIG(2, f.mean);
	FIG(3, f.pct);
	FIG(4, f.mean_stderr);
	FIG(5, lo);
	FIG(6, hi);
	PG_RETURN_DATUM(make_row(fcinfo, values, nulls));
}

/* ---- shared with impact.c (score_glue.h) ---------------------------------------- */

void
cx_csat_check_scale(int32 scale)
{
	check_csat_scale(scale);
}

void
cx_survey_answer_error(const char *what, int64 value, int max)
{
	answer_int_out_of_range(what, value, max);
}

int
cx_survey_numeric_answer(Numeric num, const char *what, int max)
{
	return numeric_answer(num, what, max);
}

CsatState *
cx_csat_state_arg(Datum d)
{
	CsatState  *st = (CsatState *) PG_DETOAST_DATUM(d);

	if (VARSIZE(st) != sizeof(CsatState))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid csat_state of %u bytes", (unsigned) VARSIZE(st))));
	return st;
}

CesState *
cx_ces_state_arg(Datum d)
{
	CesState   *st = (CesState *) PG_DETOAST_DATUM(d);

	if (VARSIZE(st) != sizeof(CesState))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid ces_state of %u bytes", (unsigned) VARSIZE(st))));
	return st;
}
