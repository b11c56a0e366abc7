/*-------------------------------------------------------------------------
 *
 * drivers.c
 *	  SQL glue of the relative importance of many drivers: the driver_state
 *	  type (text and binary I/O), the transition and combine functions of
 *	  driver_importance_agg and driver_rollup, and the report
 *	  driver_importance(state).  The arithmetic is in core/drivers.c.
 *
 * driver_state is a varlena whose size depends on the number of drivers k
 * (and on their names): the header below, then the double-double sums
 * (hi[nacc], lo[nacc]), then the names (k NUL-terminated strings).  It is
 * the aggregates' transition type itself (not "internal"), so partial
 * states can be stored, shipped and combined without serialization
 * functions.  The transition function creates the state at the first row
 * (in the per-row memory context: the executor copies it once into the
 * aggregate's context) and then updates it in place, so a row costs the
 * checks of its values and the (k+1)(k+4)/2 compensated additions.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "catalog/pg_type.h"
#include "common/int.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "nodes/execnodes.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "drivers.h"

#define DRIVER_STATE_VERSION 1

typedef struct DriverState
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;		/* DRIVER_STATE_VERSION */
	uint8		k;				/* drivers; 0 only while no row had them */
	uint8		has_names;
	uint8		pad;
	int32		names_len;		/* bytes of the names, NULs included */
	int64		n;				/* rows in the sums */
	int64		skipped;		/* rows skipped for a NULL */
	double		acc[FLEXIBLE_ARRAY_MEMBER]; /* hi[nacc], lo[nacc], names */
} DriverState;

StaticAssertDecl(offsetof(DriverState, acc) == 32, "driver_state header is 32 bytes");

#define DS_NACC(s)	((s)->k > 0 ? cx_drivers_nacc((s)->k) : 0)
#define DS_HI(s)	((s)->acc)
#define DS_LO(s)	((s)->acc + DS_NACC(s))
#define DS_NAMES(s) ((char *) ((s)->acc + 2 * DS_NACC(s)))

#define DRIVER_FORMAT_HINT \
	"A driver_state is made by driver_importance_agg(); its text form is {\"k\":...,\"n\":...,\"skipped\":...,\"names\":...,\"acc\":[[hi,lo],...]}."

#define DRIVER_BINARY_HINT \
	"A binary driver_state is what driver_state_send writes: version byte 1, k, names flag, n and skipped as int64, the (hi, lo) sums as float8, then the names."

#define PG_GETARG_DRIVER_STATE(n) ((DriverState *) PG_DETOAST_DATUM(PG_GETARG_DATUM(n)))

/* Per-call cache of the last names argument (see driver_names_check). */
typedef struct DriverNamesCache
{
	Size		raw_len;
	char	   *raw;			/* the text[] datum's bytes, as passed */
	Size		names_len;
	char	   *names;			/* its names, NUL-separated */
} DriverNamesCache;

static Size
driver_state_size(int k, Size names_len)
{
	return offsetof(DriverState, acc) +
		sizeof(double) * 2 * (k > 0 ? cx_drivers_nacc(k) : 0) + names_len;
}

/* A new zeroed state in CurrentMemoryContext. */
static DriverState *
driver_state_new(int k, const char *names, Size names_len)
{
	Size		size = driver_state_size(k, names ? names_len : 0);
	DriverState *s = palloc0(size);

	SET_VARSIZE(s, size);
	s->version = DRIVER_STATE_VERSION;
	s->k = (uint8) k;
	if (names)
	{
		s->has_names = 1;
		s->names_len = (int32) names_len;
		memcpy(DS_NAMES(s), names, names_len);
	}
	return s;
}

static inline bool
driver_in_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState));
}

static pg_noinline void
driver_count_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("driver_state row count out of range"),
			 errdetail("The number of rows would exceed the largest bigint, 9223372036854775807.")));
}

/* ---- the type ------------------------------------------------------------ */

static void *
driver_palloc(size_t size)
{
	return palloc0(size);
}

PG_FUNCTION_INFO_V1(driver_state_in);
Datum
driver_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	CxDriversParsed p;
	char		detail[256];
	DriverState *s;
	int			nacc;

	if (cx_drivers_parse(str, &p, driver_palloc, detail, sizeof(detail)) != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "driver_state", cx_errtrunc(str)),
				 errdetail("%s", detail),
				 errhint(DRIVER_FORMAT_HINT)));
	s = driver_state_new(p.k, p.has_names ? p.names : NULL, p.names_len);
	s->n = p.n;
	s->skipped = p.skipped;
	nacc = DS_NACC(s);
	if (nacc > 0)
	{
		memcpy(DS_HI(s), p.hi, sizeof(double) * nacc);
		memcpy(DS_LO(s), p.lo, sizeof(double) * nacc);
	}
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(driver_state_out);
Datum
driver_state_out(PG_FUNCTION_ARGS)
{
	DriverState *s = PG_GETARG_DRIVER_STATE(0);
	size_t		max = cx_drivers_format_max(s->k, s->names_len);
	char	   *buf = palloc(max + 1);

	cx_drivers_format(buf, max + 1, s->k, s->n, s->skipped,
					  s->has_names ? DS_NAMES(s) : NULL, DS_HI(s), DS_LO(s));
	PG_RETURN_CSTRING(buf);
}

static pg_noinline void
driver_recv_error(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary driver_state"),
			 errdetail("%s", detail),
			 errhint(DRIVER_BINARY_HINT)));
}

/*
 * Binary form: version byte, k byte, has_names byte, n and skipped as
 * int64, the nacc (hi, lo) pairs as float8, then (when has_names) the k
 * names as NUL-terminated strings in the client encoding.  Everything is
 * validated as for the text form: binary input comes from outside.
 */
PG_FUNCTION_INFO_V1(driver_state_recv);
Datum
driver_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version,
				k,
				has_names,
				nacc,
				i;
	int64		n,
				skipped;
	double	   *hi,
			   *lo;
	StringInfoData names;
	const char *err;
	DriverState *s;

	if (buf->len - buf->cursor < 19)
		driver_recv_error("The message is shorter than the 19-byte header.");
	version = pq_getmsgbyte(buf);
	if (version != DRIVER_STATE_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary driver_state"),
				 errdetail("Unsupported format version %d (this build reads version %d).",
						   version, DRIVER_STATE_VERSION),
				 errhint(DRIVER_BINARY_HINT)));
	k = pq_getmsgbyte(buf);
	has_names = pq_getmsgbyte(buf);
	n = pq_getmsgint64(buf);
	skipped = pq_getmsgint64(buf);
	if (k > CX_DRIVERS_MAX || has_names > 1 || (has_names && k == 0))
		driver_recv_error("The number of drivers must be 0 to 32 and the names flag 0 or 1 (0 when there are no drivers).");
	nacc = k > 0 ? cx_drivers_nacc(k) : 0;
	if (buf->len - buf->cursor < nacc * 16)
		driver_recv_error("The message is shorter than its sums.");
	hi = palloc(sizeof(double) * (nacc + 1));
	lo = palloc(sizeof(double) * (nacc + 1));
	for (i = 0; i < nacc; i++)
	{
		hi[i] = pq_getmsgfloat8(buf);
		lo[i] = pq_getmsgfloat8(buf);
	}
	initStringInfo(&names);
	if (has_names)
		for (i = 0; i < k; i++)
		{
			const char *name;

			if (memchr(buf->data + buf->cursor, '\0', buf->len - buf->cursor) == NULL)
				driver_recv_error("The names are cut short: each is a NUL-terminated string.");
			name = pq_getmsgstring(buf);

			appendBinaryStringInfo(&names, name, strlen(name) + 1);
		}
	if (buf->cursor != buf->len)
		driver_recv_error("Bytes follow the end of the state.");
	if ((err = cx_drivers_validate(k, n, skipped, hi, lo)) != NULL)
		driver_recv_error(err);
	if (has_names && (err = cx_drivers_check_names(names.data, names.len, k)) != NULL)
		driver_recv_error(err);
	s = driver_state_new(k, has_names ? names.data : NULL, names.len);
	s->n = n;
	s->skipped = skipped;
	if (nacc > 0)
	{
		memcpy(DS_HI(s), hi, sizeof(double) * nacc);
		memcpy(DS_LO(s), lo, sizeof(double) * nacc);
	}
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(driver_state_send);
Datum
driver_state_send(PG_FUNCTION_ARGS)
{
	DriverState *s = PG_GETARG_DRIVER_STATE(0);
	StringInfoData buf;
	int			nacc = DS_NACC(s);
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, DRIVER_STATE_VERSION);
	pq_sendbyte(&buf, s->k);
	pq_sendbyte(&buf, s->has_names);
	pq_sendint64(&buf, s->n);
	pq_sendint64(&buf, s->skipped);
	for (i = 0; i < nacc; i++)
	{
		pq_sendfloat8(&buf, DS_HI(s)[i]);
		pq_sendfloat8(&buf, DS_LO(s)[i]);
	}
	if (s->has_names)
	{
		const char *p = DS_NAMES(s);

		for (i = 0; i < s->k; i++)
		{
			pq_sendstring(&buf, p);
			p += strlen(p) + 1;
		}
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- the transition function --------------------------------------------- */

/*
 * The names of a text[] argument, NUL-separated, validated (k of them,
 * non-empty, distinct), into cache->names.  The argument's bytes are kept
 * too: the next row usually passes the same array (a constant), and then a
 * memcmp replaces the decoding.
 */
static void
driver_names_decode(FunctionCallInfo fcinfo, Datum d, int k, DriverNamesCache *cache)
{
	struct varlena *raw = (struct varlena *) DatumGetPointer(d);
	Size		raw_len = VARSIZE_ANY(raw);
	ArrayType  *arr;
	Datum	   *elems;
	bool	   *nulls;
	int			nelems,
				i;
	StringInfoData names;
	const char *err;
	MemoryContext old;

	if (!VARATT_IS_EXTENDED(raw) || VARATT_IS_SHORT(raw))
	{
		if (cache->raw != NULL && cache->raw_len == raw_len &&
			memcmp(cache->raw, raw, raw_len) == 0)
			return;
	}
	arr = DatumGetArrayTypeP(d);
	if (ARR_NDIM(arr) != 1 || ARR_DIMS(arr)[0] != k)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("driver_importance_agg needs one name per driver"),
				 errdetail("The drivers array has %d elements and the names array %d.",
						   k, ARR_NDIM(arr) == 1 ? ARR_DIMS(arr)[0] : 0),
				 errhint("Pass names as a one-dimensional text array in the order of the drivers, e.g. ARRAY['speed', 'price'].")));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &nelems);
	initStringInfo(&names);
	for (i = 0; i < nelems; i++)
	{
		text	   *t;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("driver name %d is NULL", i + 1),
					 errhint("Every driver needs a name; leave the names argument out to get d1, d2, ...")));
		t = DatumGetTextPP(elems[i]);
		appendBinaryStringInfo(&names, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
		appendStringInfoChar(&names, '\0');
	}
	if ((err = cx_drivers_check_names(names.data, names.len, k)) != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid driver names"),
				 errdetail("%s", err),
				 errhint("Give each driver a distinct, non-empty name of at most 1000 bytes.")));
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	if (cache->raw)
		pfree(cache->raw);
	if (cache->names)
		pfree(cache->names);
	cache->raw = NULL;
	if (!VARATT_IS_EXTENDED(raw) || VARATT_IS_SHORT(raw))
	{
		cache->raw = palloc(raw_len);
		memcpy(cache->raw, raw, raw_len);
		cache->raw_len = raw_len;
	}
	cache->names = palloc(names.len);
	memcpy(cache->names, names.data, names.len);
	cache->names_len = names.len;
	MemoryContextSwitchTo(old);
	pfree(names.data);
}

static pg_noinline void
driver_names_mismatch(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("driver names differ between rows of one driver_importance_agg"),
			 errdetail("All rows (and all states combined) must name the same drivers in the same order."),
			 errhint("Pass the same names array on every row, or leave the names out everywhere.")));
}

static pg_noinline void
driver_length_mismatch(int got, int want)
{
	ereport(ERROR,
			(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
			 errmsg("driver_importance_agg got %d drivers on a row after %d on earlier rows", got, want),
			 errhint("Every row must pass the same drivers in the same order; write a missing value as NULL (the row is then skipped).")));
}

static pg_noinline void
driver_value_error(int i, double v)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s value %g is out of range for driver_importance_agg",
					i == 0 ? "outcome" : "driver", v),
			 errdetail("Values must be finite numbers of magnitude at most 1e100."),
			 errhint("Replace NaN and infinity by NULL (the row is then skipped).")));
}

static pg_noinline void
driver_shape_error(ArrayType *arr)
{
	if (ARR_NDIM(arr) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("driver_importance_agg needs at least one driver"),
				 errhint("Pass the drivers as an array such as ARRAY[speed, price].")));
	if (ARR_NDIM(arr) != 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("driver_importance_agg needs a one-dimensional drivers array, not %d dimensions", ARR_NDIM(arr)),
				 errhint("Pass the drivers as an array such as ARRAY[speed, price].")));
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("driver_importance_agg takes at most %d drivers, got %d", CX_DRIVERS_MAX, ARR_DIMS(arr)[0]),
			 errdetail("The exact Shapley decomposition is computed for up to %d drivers.", CX_DRIVERS_SHAPLEY_MAX),
			 errhint("Group rare drivers together or analyze them in several runs.")));
}

static Datum
driver_accum(FunctionCallInfo fcinfo, bool with_names)
{
	DriverState *s = PG_ARGISNULL(0) ? NULL : (DriverState *) PG_GETARG_POINTER(0);
	ArrayType  *arr = NULL;
	const char *names = NULL;
	Size		names_len = 0;
	int			k = 0;
	double		v[CX_DRIVERS_MAX + 1];
	const double *data;
	int			i;

	if (unlikely(!driver_in_aggregate(fcinfo)))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("driver_state_accum called in non-aggregate context"),
				 errhint("Use the aggregate driver_importance_agg().")));

	if (!PG_ARGISNULL(2))
	{
		arr = PG_GETARG_ARRAYTYPE_P(2);
		if (unlikely(ARR_NDIM(arr) != 1 || ARR_DIMS(arr)[0] > CX_DRIVERS_MAX ||
					 ARR_DIMS(arr)[0] < 1))
			driver_shape_error(arr);
		k = ARR_DIMS(arr)[0];
		if (with_names && !PG_ARGISNULL(3))
		{
			DriverNamesCache *cache = fcinfo->flinfo->fn_extra;

			if (cache == NULL)
				cache = fcinfo->flinfo->fn_extra =
					MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(DriverNamesCache));
			driver_names_decode(fcinfo, PG_GETARG_DATUM(3), k, cache);
			names = cache->names;
			names_len = cache->names_len;
		}
	}

	/* a new state, or the first row with drivers after rows without */
	if (s == NULL || (s->k == 0 && k > 0))
	{
		DriverState *ns = driver_state_new(k, names, names_len);

		if (s != NULL)
			ns->skipped = s->skipped;
		s = ns;
	}
	else if (k > 0)
	{
		if (unlikely(k != s->k))
			driver_length_mismatch(k, s->k);
		if (unlikely((names != NULL) != (s->has_names != 0) ||
					 (names != NULL &&
					  (names_len != (Size) s->names_len ||
					   memcmp(names, DS_NAMES(s), names_len) != 0))))
			driver_names_mismatch();
	}

	if (arr == NULL || PG_ARGISNULL(1) || unlikely(ARR_HASNULL(arr) && array_contains_nulls(arr)))
	{
		if (unlikely(pg_add_s64_overflow(s->skipped, 1, &s->skipped)))
			driver_count_overflow();
		PG_RETURN_POINTER(s);
	}

	v[0] = PG_GETARG_FLOAT8(1);
	data = (const double *) ARR_DATA_PTR(arr);
	memcpy(v + 1, data, sizeof(double) * k);
	for (i = 0; i <= k; i++)
		if (unlikely(!(fabs(v[i]) <= CX_DRIVERS_VALUE_MAX)))
			driver_value_error(i, v[i]);
	if (unlikely(pg_add_s64_overflow(s->n, 1, &s->n)))
		driver_count_overflow();
	cx_drivers_add_row(DS_HI(s), DS_LO(s), k, v);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(driver_state_accum);
Datum
driver_state_accum(PG_FUNCTION_ARGS)
{
	return driver_accum(fcinfo, false);
}

PG_FUNCTION_INFO_V1(driver_state_accum_named);
Datum
driver_state_accum_named(PG_FUNCTION_ARGS)
{
	return driver_accum(fcinfo, true);
}

/* ---- combine ---------------------------------------------------------------- */

/*
 * Adds state b to state a (both non-NULL: the function is strict).  In an
 * aggregate a is the transition value and is updated in place; a state
 * without drivers (rows skipped before any drivers were seen) takes the
 * other's shape.
 */
PG_FUNCTION_INFO_V1(driver_state_combine);
Datum
driver_state_combine(PG_FUNCTION_ARGS)
{
	DriverState *a = PG_GETARG_DRIVER_STATE(0);
	DriverState *b = PG_GETARG_DRIVER_STATE(1);
	int64		skipped;

	if (pg_add_s64_overflow(a->skipped, b->skipped, &skipped))
		driver_count_overflow();
	if (b->k == 0 || a->k == 0)
	{
		DriverState *src = b->k == 0 ? a : b;
		DriverState *r = palloc(VARSIZE(src));

		memcpy(r, src, VARSIZE(src));
		r->skipped = skipped;
		PG_RETURN_POINTER(r);
	}
	if (a->k != b->k)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine driver states of %d and %d drivers", a->k, b->k),
				 errhint("Only states of the same drivers can be combined.")));
	if (a->has_names != b->has_names ||
		(a->has_names && (a->names_len != b->names_len ||
						  memcmp(DS_NAMES(a), DS_NAMES(b), a->names_len) != 0)))
		driver_names_mismatch();
	if ((Pointer) a == PG_GETARG_POINTER(0) && !driver_in_aggregate(fcinfo))
	{
		DriverState *copy = palloc(VARSIZE(a));

		memcpy(copy, a, VARSIZE(a));
		a = copy;
	}
	if (pg_add_s64_overflow(a->n, b->n, &a->n))
		driver_count_overflow();
	a->skipped = skipped;
	if (!cx_drivers_combine(DS_HI(a), DS_LO(a), DS_HI(b), DS_LO(b), a->k))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("driver_state sums out of range"),
				 errdetail("A sum of the combined states would exceed 1e250.")));
	PG_RETURN_POINTER(a);
}

/* ---- the report ------------------------------------------------------------ */

static Datum
float8_or_null(double v, bool *isnull)
{
	*isnull = !isfinite(v);
	return Float8GetDatum(*isnull ? 0.0 : v);
}

static void
driver_report_notices(const DriverState *s, const CxDriversReport *r, const char **name)
{
	if (r->model == CX_DRIVERS_MODEL_COLLINEAR)
		ereport(NOTICE,
				(errmsg("driver \"%s\" is a linear combination of other drivers", name[r->collinear_driver]),
				 errdetail("The drivers are collinear: their standardized coefficients are NULL; R² and the Shapley shares are still defined."),
				 errhint("Leave out one of the redundant drivers to get coefficients.")));
	else if (r->model == CX_DRIVERS_MODEL_TOO_FEW_ROWS)
		ereport(NOTICE,
				(errmsg("too few rows for a regression on the drivers: " INT64_FORMAT, s->n),
				 errdetail("A regression on p varying drivers needs more than p + 1 rows; coefficients, R² and Shapley shares are NULL.")));
	else if (r->model == CX_DRIVERS_MODEL_CONSTANT_OUTCOME)
		ereport(NOTICE,
				(errmsg("the outcome is constant: no driver can explain it"),
				 errdetail("Correlations, coefficients, R² and Shapley shares are NULL.")));
	if (!r->shapley_done && r->model != CX_DRIVERS_MODEL_TOO_FEW_ROWS &&
		r->model != CX_DRIVERS_MODEL_CONSTANT_OUTCOME && r->model != CX_DRIVERS_MODEL_NO_ROWS)
		ereport(NOTICE,
				(errmsg("Shapley shares are computed for at most %d drivers, not %d", CX_DRIVERS_SHAPLEY_MAX, s->k),
				 errdetail("Drivers are ranked by the magnitude of their standardized coefficient instead.")));
}

PG_FUNCTION_INFO_V1(driver_importance);
Datum
driver_importance(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	DriverState *s = PG_GETARG_DRIVER_STATE(0);
	CxDriversReport *r = palloc(sizeof(CxDriversReport));
	const char *name[CX_DRIVERS_MAX];
	const char *p = DS_NAMES(s);
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	if (s->k == 0)
		return (Datum) 0;
	for (i = 0; i < s->k; i++)
	{
		if (s->has_names)
		{
			name[i] = p;
			p += strlen(p) + 1;
		}
		else
			name[i] = psprintf("d%d", i + 1);
	}
	cx_drivers_report(s->k, s->n, DS_HI(s), DS_LO(s), r);
	driver_report_notices(s, r, name);
	for (i = 0; i < s->k; i++)
	{
		int			j = r->order[i];
		Datum		values[11];
		bool		nulls[11];
		double		share = r->r2 > 0 ? r->shapley[j] / r->r2 : NAN;

		values[0] = CStringGetTextDatum(name[j]);
		nulls[0] = false;
		values[1] = Int32GetDatum(i + 1);
		nulls[1] = false;
		values[2] = Int64GetDatum(s->n);
		nulls[2] = false;
		values[3] = Int64GetDatum(s->skipped);
		nulls[3] = false;
		values[4] = float8_or_null(r->mean[j + 1], &nulls[4]);
		values[5] = float8_or_null(r->sd[j + 1], &nulls[5]);
		values[6] = float8_or_null(r->corr[j], &nulls[6]);
		values[7] = float8_or_null(r->beta[j], &nulls[7]);
		values[8] = float8_or_null(r->shapley[j], &nulls[8]);
		values[9] = float8_or_null(share, &nulls[9]);
		values[10] = float8_or_null(r->r2, &nulls[10]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
