/*-------------------------------------------------------------------------
 *
 * impact.c
 *	  SQL glue of the impact of one driver: nps_impact, csat_impact and
 *	  ces_impact over (score, exposed) rows, their state types, and the
 *	  state forms that compare two stored score states.  The statistics are
 *	  in core/impact.c.
 *
 * Each aggregate's state is a concrete, fixed-length, pass-by-reference
 * type holding two count vectors, the answers of the exposed rows and
 * those of the others:
 *	 nps_impact_state	two nps_states (192 bytes)
 *	 csat_impact_state	the scale and two csat count vectors (184 bytes)
 *	 ces_impact_state	two ces count vectors (128 bytes)
 * As with nps(), the transition functions update the state in place when
 * called by an aggregate, so a row costs a range check, a branch and two
 * increments: nps_impact(score, exposed) runs at the speed of nps(score).
 * A row whose score or exposed flag is NULL is left out (the nps and ces
 * transitions are STRICT; the csat one checks).
 *
 * The text form names the two groups with the text form of their score
 * states, e.g. "exposed:{0:3,10:1} unexposed:{9:2,10:5}".
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/htup_details.h"
#include "common/int.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "nodes/execnodes.h"

#include "impact.h"
#include "nps.h"
#include "score_glue.h"
#include "survey.h"

#define IMPACT_BINARY_VERSION	1
#define IMPACT_DEFAULT_LEVEL	0.95

typedef struct NpsImpactState
{
	CxNpsState	g[2];			/* [0] exposed, [1] unexposed */
} NpsImpactState;

typedef struct CsatImpactState
{
	int32		scale;			/* answers are 1..scale */
	int32		reserved;		/* zero */
	int64		n[2];			/* answers of each group */
	int64		counts[2][CX_CSAT_SCALE_MAX];	/* counts[g][v - 1] */
} CsatImpactState;

typedef struct CesImpactState
{
	int64		n[2];
	int64		counts[2][CX_CES_MAX];
} CesImpactState;

StaticAssertDecl(sizeof(NpsImpactState) == 192, "nps_impact_state is declared with INTERNALLENGTH = 192");
StaticAssertDecl(sizeof(CsatImpactState) == 184, "csat_impact_state is declared with INTERNALLENGTH = 184");
StaticAssertDecl(sizeof(CesImpactState) == 128, "ces_impact_state is declared with INTERNALLENGTH = 128");

#define NPS_IMPACT_HINT "An nps_impact_state looks like exposed:{0:3,10:1} unexposed:{9:2,10:5}: the nps_state of each group."
#define CSAT_IMPACT_HINT "A csat_impact_state looks like exposed:{scale:5,1:2,5:1} unexposed:{scale:5,4:3,5:6}: the csat_state of each group, on one scale."
#define CES_IMPACT_HINT "A ces_impact_state looks like exposed:{1:3,4:1} unexposed:{6:2,7:5}: the ces_state of each group."

static const char *const group_key[2] = {"exposed:", "unexposed:"};

/* ---- helpers ------------------------------------------------------------- */

/* As nps_in_aggregate in nps.c: only then may the state be updated in place. */
static inline bool
impact_in_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState));
}

/* The first argument, writable: itself in an aggregate, else a copy. */
static inline void *
impact_writable(FunctionCallInfo fcinfo, Size size)
{
	void	   *s = PG_GETARG_POINTER(0);

	if (likely(impact_in_aggregate(fcinfo)))
		return s;
	return memcpy(palloc(size), s, size);
}

static pg_noinline void
impact_total_overflow(const char *type)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s answer count out of range", type),
			 errdetail("The number of answers of a group would exceed the largest bigint, 9223372036854775807.")));
}

static double
impact_level(FunctionCallInfo fcinfo, int argno)
{
	double		level;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("confidence level must not be null")));
	level = PG_GETARG_FLOAT8(argno);
	if (!(level > 0.0 && level < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("confidence level %g is out of range", level),
				 errdetail("The level must be greater than 0 and less than 1, e.g. 0.95 for a 95%% interval.")));
	return level;
}

/* The impact_result row; NaN figures are NULL. */
static Datum
impact_result(FunctionCallInfo fcinfo, const CxImpact *r)
{
	TupleDesc	tupdesc;
	Datum		values[10];
	bool		nulls[10] = {false};
	double		f[8] = {r->exposed_value, r->unexposed_value, r->difference,
		r->ci_lower, r->ci_upper, r->p_value, r->exposed_share, r->points_at_stake};
	int			slot[8] = {1, 3, 4, 5, 6, 7, 8, 9};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	values[0] = Int64GetDatum(r->exposed_n);
	values[2] = Int64GetDatum(r->unexposed_n);
	for (int i = 0; i < 8; i++)
	{
		nulls[slot[i]] = isnan(f[i]);
		values[slot[i]] = Float8GetDatum(nulls[slot[i]] ? 0.0 : f[i]);
	}
	tupdesc = BlessTupleDesc(tupdesc);
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

/*
 * Splits the text form "exposed:{...} unexposed:{...}" into the two score
 * states' texts (palloc'd).  False when the labels or braces are missing.
 */
static bool
impact_split(const char *str, char *part[2])
{
	const char *p = str;

	for (int g = 0; g < 2; g++)
	{
		const char *end;
		size_t		klen = strlen(group_key[g]);

		while (isspace((unsigned char) *p))
			p++;
		if (strncmp(p, group_key[g], klen) != 0)
			return false;
		p += klen;
		while (isspace((unsigned char) *p))
			p++;
		if (*p != '{' || (end = strchr(p, '}')) == NULL)
			return false;
		part[g] = pnstrdup(p, end - p + 1);
		p = end + 1;
	}
	while (isspace((unsigned char) *p))
		p++;
	return *p == '\0';
}

static void
impact_bad_text(const char *type, const char *str, const char *detail, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", type, cx_errtrunc(str)),
			 errdetail("%s", detail),
			 errhint("%s", hint)));
}

static void
impact_bad_binary(const char *type, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary %s", type),
			 errdetail("%s", detail),
			 errhint("A binary %s is a format version byte (%d)%s, then the counts of the exposed group and those of the others as int8.",
					 type, IMPACT_BINARY_VERSION,
					 strcmp(type, "csat_impact_state") == 0 ? ", the scale byte (3 to 10)" : "")));
}

static void
impact_check_version(StringInfo buf, const char *type)
{
	int			version;

	if (buf->len - buf->cursor < 1)
		impact_bad_binary(type, "The value is empty.");
	version = pq_getmsgbyte(buf);
	if (version != IMPACT_BINARY_VERSION)
	{
		char		detail[128];

		snprintf(detail, sizeof(detail), "Unsupported format version %d (this cx_metrics reads version %d).",
				 version, IMPACT_BINARY_VERSION);
		impact_bad_binary(type, detail);
	}
}

/*
 * k counts of each group from a binary value (after the header), checked:
 * non-negative, each group's total within int64.
 */
static void
impact_recv_counts(StringInfo buf, const char *type, int k, int64 *counts0,
				   int64 *counts1, int64 n[2])
{
	if (buf->len - buf->cursor != 2 * 8 * k)
	{
		char		detail[128];

		snprintf(detail, sizeof(detail), "Expected %d bytes of counts, got %d.",
				 2 * 8 * k, buf->len - buf->cursor);
		impact_bad_binary(type, detail);
	}
	for (int g = 0; g < 2; g++)
	{
		int64	   *c = g == 0 ? counts0 : counts1;

		for (int i = 0; i < k; i++)
			c[i] = pq_getmsgint64(buf);
		if (!cx_survey_total((const int64_t *) c, k, (int64_t *) &n[g]))
			impact_bad_binary(type, g == 0 ?
							  "The counts of the exposed group must be non-negative and add up to at most the largest bigint." :
							  "The counts of the unexposed group must be non-negative and add up to at most the largest bigint.");
	}
}

/* a += b for k counts of each group, with overflow checks of every total */
static void
impact_add_counts(int64 *a, const int64 *b, int64 *an, const int64 *bn, int k,
				  const char *type)
{
	int64		n;

	if (pg_add_s64_overflow(*an, *bn, &n))
		impact_total_overflow(type);
	/* each count is at most its total, so no count overflows either */
	for (int i = 0; i < k; i++)
		a[i] += b[i];
	*an = n;
}

/* ==== NPS ================================================================== */

PG_FUNCTION_INFO_V1(nps_impact_state_in);
Datum
nps_impact_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	NpsImpactState *s = palloc0(sizeof(NpsImpactState));
	char	   *part[2];
	char		detail[256];

	if (!impact_split(str, part))
		impact_bad_text("nps_impact_state", str,
						"Expected \"exposed:\" and an nps_state, then \"unexposed:\" and an nps_state.",
						NPS_IMPACT_HINT);
	for (int g = 0; g < 2; g++)
		if (cx_nps_parse(part[g], &s->g[g], detail, sizeof(detail)) != CX_NPS_PARSE_OK)
			impact_bad_text("nps_impact_state", str, detail, NPS_IMPACT_HINT);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(nps_impact_state_out);
Datum
nps_impact_state_out(PG_FUNCTION_ARGS)
{
	NpsImpactState *s = (NpsImpactState *) PG_GETARG_POINTER(0);
	char		a[CX_NPS_TEXT_MAX],
				b[CX_NPS_TEXT_MAX];

	cx_nps_format(&s->g[0], a);
	cx_nps_format(&s->g[1], b);
	PG_RETURN_CSTRING(psprintf("exposed:%s unexposed:%s", a, b));
}

/* Binary form: version byte (1), 11 int8 counts of the exposed, 11 of the rest. */
PG_FUNCTION_INFO_V1(nps_impact_state_recv);
Datum
nps_impact_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	NpsImpactState *s = palloc0(sizeof(NpsImpactState));
	int64		n[2];

	impact_check_version(buf, "nps_impact_state");
	impact_recv_counts(buf, "nps_impact_state", CX_NPS_NSCORES,
					   s->g[0].counts, s->g[1].counts, n);
	s->g[0].n = n[0];
	s->g[1].n = n[1];
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(nps_impact_state_send);
Datum
nps_impact_state_send(PG_FUNCTION_ARGS)
{
	NpsImpactState *s = (NpsImpactState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, IMPACT_BINARY_VERSION);
	for (int g = 0; g < 2; g++)
		for (int i = 0; i < CX_NPS_NSCORES; i++)
			pq_sendint64(&buf, s->g[g].counts[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* One answer into its group: the total bounds every count. */
static inline Datum
nps_impact_add(FunctionCallInfo fcinfo, int64 score)
{
	NpsImpactState *s = impact_writable(fcinfo, sizeof(NpsImpactState));
	CxNpsState *g = &s->g[PG_GETARG_BOOL(2) ? 0 : 1];

	if (unlikely(score < CX_NPS_MIN_SCORE || score > CX_NPS_MAX_SCORE))
		cx_nps_score_error(score);
	if (unlikely(g->n == PG_INT64_MAX))
		impact_total_overflow("nps_impact_state");
	g->n++;
	g->counts[score]++;
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(nps_impact_accum_int2);
Datum
nps_impact_accum_int2(PG_FUNCTION_ARGS)
{
	return nps_impact_add(fcinfo, PG_GETARG_INT16(1));
}

PG_FUNCTION_INFO_V1(nps_impact_accum_int4);
Datum
nps_impact_accum_int4(PG_FUNCTION_ARGS)
{
	return nps_impact_add(fcinfo, PG_GETARG_INT32(1));
}

PG_FUNCTION_INFO_V1(nps_impact_accum_int8);
Datum
nps_impact_accum_int8(PG_FUNCTION_ARGS)
{
	return nps_impact_add(fcinfo, PG_GETARG_INT64(1));
}

PG_FUNCTION_INFO_V1(nps_impact_accum_numeric);
Datum
nps_impact_accum_numeric(PG_FUNCTION_ARGS)
{
	return nps_impact_add(fcinfo, cx_nps_numeric_score(PG_GETARG_NUMERIC(1)));
}

PG_FUNCTION_INFO_V1(nps_impact_combine);
Datum
nps_impact_combine(PG_FUNCTION_ARGS)
{
	NpsImpactState *a = impact_writable(fcinfo, sizeof(NpsImpactState));
	NpsImpactState *b = (NpsImpactState *) PG_GETARG_POINTER(1);

	for (int g = 0; g < 2; g++)
		impact_add_counts(a->g[g].counts, b->g[g].counts, &a->g[g].n, &b->g[g].n,
						  CX_NPS_NSCORES, "nps_impact_state");
	PG_RETURN_POINTER(a);
}

/* The final function of nps_impact(score, exposed): 95% level. */
PG_FUNCTION_INFO_V1(nps_impact_final);
Datum
nps_impact_final(PG_FUNCTION_ARGS)
{
	NpsImpactState *s = (NpsImpactState *) PG_GETARG_POINTER(0);
	CxImpact	r;

	cx_nps_impact(&s->g[0], &s->g[1], IMPACT_DEFAULT_LEVEL, &r);
	PG_RETURN_DATUM(impact_result(fcinfo, &r));
}

/* nps_impact(exposed nps_state, unexposed nps_state, level): NULL = no answers */
PG_FUNCTION_INFO_V1(nps_impact_of_states);
Datum
nps_impact_of_states(PG_FUNCTION_ARGS)
{
	CxNpsState	g[2];
	double		level = impact_level(fcinfo, 2);
	CxImpact	r;

	for (int i = 0; i < 2; i++)
	{
		if (PG_ARGISNULL(i))
			cx_nps_init(&g[i]);
		else
			g[i] = *(CxNpsState *) PG_GETARG_POINTER(i);
	}
	cx_nps_impact(&g[0], &g[1], level, &r);
	PG_RETURN_DATUM(impact_result(fcinfo, &r));
}

/* ==== CSAT ================================================================= */

static CsatImpactState *
csat_impact_new(int32 scale)
{
	CsatImpactState *s = palloc0(sizeof(CsatImpactState));

	s->scale = scale;
	return s;
}

PG_FUNCTION_INFO_V1(csat_impact_state_in);
Datum
csat_impact_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	CsatImpactState *s = csat_impact_new(0);
	char	   *part[2];
	char		detail[256];

	if (!impact_split(str, part))
		impact_bad_text("csat_impact_state", str,
						"Expected \"exposed:\" and a csat_state, then \"unexposed:\" and a csat_state.",
						CSAT_IMPACT_HINT);
	for (int g = 0; g < 2; g++)
	{
		int64		counts[CX_SURVEY_MAX_VALUES];
		int			scale;

		if (cx_survey_parse(part[g], true, &scale, (int64_t *) counts, detail, sizeof(detail)) != CX_SURVEY_OK)
			impact_bad_text("csat_impact_state", str, detail, CSAT_IMPACT_HINT);
		if (g == 1 && scale != s->scale)
		{
			snprintf(detail, sizeof(detail), "The exposed group is on a 1-%d scale, the others on a 1-%d scale.",
					 s->scale, scale);
			impact_bad_text("csat_impact_state", str, detail, CSAT_IMPACT_HINT);
		}
		s->scale = scale;
		memcpy(s->counts[g], counts, sizeof(int64) * scale);
		(void) cx_survey_total((const int64_t *) counts, scale, (int64_t *) &s->n[g]);
	}
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(csat_impact_state_out);
Datum
csat_impact_state_out(PG_FUNCTION_ARGS)
{
	CsatImpactState *s = (CsatImpactState *) PG_GETARG_POINTER(0);
	char		a[CX_SURVEY_TEXT_MAX],
				b[CX_SURVEY_TEXT_MAX];

	cx_survey_format(a, sizeof(a), s->scale, (const int64_t *) s->counts[0], s->scale);
	cx_survey_format(b, sizeof(b), s->scale, (const int64_t *) s->counts[1], s->scale);
	PG_RETURN_CSTRING(psprintf("exposed:%s unexposed:%s", a, b));
}

/* Binary form: version byte (1), scale byte, scale int8 counts of each group. */
PG_FUNCTION_INFO_V1(csat_impact_state_recv);
Datum
csat_impact_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CsatImpactState *s;
	int			scale;

	impact_check_version(buf, "csat_impact_state");
	if (buf->len - buf->cursor < 1)
		impact_bad_binary("csat_impact_state", "The scale is missing.");
	scale = pq_getmsgbyte(buf);
	if (scale < CX_CSAT_SCALE_MIN || scale > CX_CSAT_SCALE_MAX)
	{
		char		detail[128];

		snprintf(detail, sizeof(detail), "The scale %d is not between %d and %d.",
				 scale, CX_CSAT_SCALE_MIN, CX_CSAT_SCALE_MAX);
		impact_bad_binary("csat_impact_state", detail);
	}
	s = csat_impact_new(scale);
	impact_recv_counts(buf, "csat_impact_state", scale, s->counts[0], s->counts[1], s->n);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(csat_impact_state_send);
Datum
csat_impact_state_send(PG_FUNCTION_ARGS)
{
	CsatImpactState *s = (CsatImpactState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, IMPACT_BINARY_VERSION);
	pq_sendbyte(&buf, (uint8) s->scale);
	for (int g = 0; g < 2; g++)
		for (int i = 0; i < s->scale; i++)
			pq_sendint64(&buf, s->counts[g][i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * The state for a new answer on a 1..scale scale: the current one (in
 * place) or, at a group's first answer, a new one that the executor copies
 * into the aggregate's context.  Not STRICT: the scale comes with the first
 * answer, so the initial state is NULL.
 */
static CsatImpactState *
csat_impact_state_for(FunctionCallInfo fcinfo, int32 scale)
{
	CsatImpactState *s;

	if (unlikely(!impact_in_aggregate(fcinfo)))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("csat_impact transition function can only be called as an aggregate's transition function")));
	if (PG_ARGISNULL(0))
	{
		cx_csat_check_scale(scale);
		return csat_impact_new(scale);
	}
	s = (CsatImpactState *) PG_GETARG_POINTER(0);
	if (unlikely(s->scale != scale))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("csat scale_max changed from %d to %d within one group", s->scale, scale),
				 errdetail("All answers aggregated together must be on the same 1 to scale_max scale.")));
	return s;
}

static int32
csat_impact_scale_arg(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("csat scale_max must not be null")));
	return PG_GETARG_INT32(3);
}

/* A NULL answer or exposed flag leaves the state (maybe NULL) alone. */
#define CSAT_IMPACT_TRANS(SUFFIX, GETARG, SCALE) \
PG_FUNCTION_INFO_V1(csat_impact_accum_##SUFFIX); \
Datum \
csat_impact_accum_##SUFFIX(PG_FUNCTION_ARGS) \
{ \
	CsatImpactState *s; \
	int64		v; \
	int			g; \
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2)) \
	{ \
		if (PG_ARGISNULL(0)) \
			PG_RETURN_NULL(); \
		PG_RETURN_DATUM(PG_GETARG_DATUM(0)); \
	} \
	s = csat_impact_state_for(fcinfo, (SCALE)); \
	v = GETARG(1); \
	if (unlikely(v < 1 || v > s->scale)) \
		cx_survey_answer_error("csat rating", v, s->scale); \
	g = PG_GETARG_BOOL(2) ? 0 : 1; \
	if (unlikely(s->n[g] == PG_INT64_MAX)) \
		impact_total_overflow("csat_impact_state"); \
	s->n[g]++; \
	s->counts[g][v - 1]++; \
	PG_RETURN_POINTER(s); \
}

#define CSAT_IMPACT_NUMERIC(n) cx_survey_numeric_answer(PG_GETARG_NUMERIC(n), "csat rating", s->scale)
CSAT_IMPACT_TRANS(int2, PG_GETARG_INT16, CX_CSAT_SCALE_DEFAULT)
CSAT_IMPACT_TRANS(int4, PG_GETARG_INT32, CX_CSAT_SCALE_DEFAULT)
CSAT_IMPACT_TRANS(int8, PG_GETARG_INT64, CX_CSAT_SCALE_DEFAULT)
CSAT_IMPACT_TRANS(numeric, CSAT_IMPACT_NUMERIC, CX_CSAT_SCALE_DEFAULT)
CSAT_IMPACT_TRANS(int2_scale, PG_GETARG_INT16, csat_impact_scale_arg(fcinfo))
CSAT_IMPACT_TRANS(int4_scale, PG_GETARG_INT32, csat_impact_scale_arg(fcinfo))
CSAT_IMPACT_TRANS(int8_scale, PG_GETARG_INT64, csat_impact_scale_arg(fcinfo))
CSAT_IMPACT_TRANS(numeric_scale, CSAT_IMPACT_NUMERIC, csat_impact_scale_arg(fcinfo))

/* Not STRICT: a NULL state is a group without answers. */
PG_FUNCTION_INFO_V1(csat_impact_combine);
Datum
csat_impact_combine(PG_FUNCTION_ARGS)
{
	CsatImpactState *a,
			   *b;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = (CsatImpactState *) PG_GETARG_POINTER(1);
	if (PG_ARGISNULL(0))
		PG_RETURN_POINTER(memcpy(palloc(sizeof(CsatImpactState)), b, sizeof(CsatImpactState)));
	a = impact_writable(fcinfo, sizeof(CsatImpactState));
	if (a->scale != b->scale)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine csat states of different scales"),
				 errdetail("One state is on a 1-%d scale, the other on a 1-%d scale.", a->scale, b->scale),
				 errhint("Aggregate answers of each scale separately (GROUP BY the scale).")));
	for (int g = 0; g < 2; g++)
		impact_add_counts(a->counts[g], b->counts[g], &a->n[g], &b->n[g], a->scale,
						  "csat_impact_state");
	PG_RETURN_POINTER(a);
}

/* No answers at all: both groups empty, nothing to compute. */
static Datum
impact_empty_result(FunctionCallInfo fcinfo)
{
	CxImpact	r;
	int64_t		none[CX_SURVEY_MAX_VALUES] = {0};

	cx_ces_impact(none, none, IMPACT_DEFAULT_LEVEL, &r);
	return impact_result(fcinfo, &r);
}

PG_FUNCTION_INFO_V1(csat_impact_final);
Datum
csat_impact_final(PG_FUNCTION_ARGS)
{
	CsatImpactState *s;
	CxImpact	r;

	if (PG_ARGISNULL(0))
		return impact_empty_result(fcinfo);
	s = (CsatImpactState *) PG_GETARG_POINTER(0);
	cx_csat_impact((const int64_t *) s->counts[0], (const int64_t *) s->counts[1],
				   s->scale, IMPACT_DEFAULT_LEVEL, &r);
	PG_RETURN_DATUM(impact_result(fcinfo, &r));
}

/* csat_impact(exposed csat_state, unexposed csat_state, level) */
PG_FUNCTION_INFO_V1(csat_impact_of_states);
Datum
csat_impact_of_states(PG_FUNCTION_ARGS)
{
	int64_t		counts[2][CX_SURVEY_MAX_VALUES] = {{0}};
	int32		scale = 0;
	double		level = impact_level(fcinfo, 2);
	CxImpact	r;

	for (int g = 0; g < 2; g++)
	{
		CsatState  *st;

		if (PG_ARGISNULL(g))
			continue;
		st = cx_csat_state_arg(PG_GETARG_DATUM(g));
		if (scale != 0 && st->scale != scale)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot compare csat states of different scales"),
					 errdetail("The exposed state is on a 1-%d scale, the unexposed one on a 1-%d scale.",
							   scale, st->scale)));
		scale = st->scale;
		memcpy(counts[g], st->counts, sizeof(int64) * st->scale);
	}
	if (scale == 0)
		return impact_empty_result(fcinfo);
	cx_csat_impact(counts[0], counts[1], scale, level, &r);
	PG_RETURN_DATUM(impact_result(fcinfo, &r));
}

/* ==== CES ================================================================== */

PG_FUNCTION_INFO_V1(ces_impact_state_in);
Datum
ces_impact_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	CesImpactState *s = palloc0(sizeof(CesImpactState));
	char	   *part[2];
	char		detail[256];

	if (!impact_split(str, part))
		impact_bad_text("ces_impact_state", str,
						"Expected \"exposed:\" and a ces_state, then \"unexposed:\" and a ces_state.",
						CES_IMPACT_HINT);
	for (int g = 0; g < 2; g++)
	{
		int64		counts[CX_SURVEY_MAX_VALUES];
		int			scale;

		if (cx_survey_parse(part[g], false, &scale, (int64_t *) counts, detail, sizeof(detail)) != CX_SURVEY_OK)
			impact_bad_text("ces_impact_state", str, detail, CES_IMPACT_HINT);
		memcpy(s->counts[g], counts, sizeof(int64) * CX_CES_MAX);
		(void) cx_survey_total((const int64_t *) counts, CX_CES_MAX, (int64_t *) &s->n[g]);
	}
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(ces_impact_state_out);
Datum
ces_impact_state_out(PG_FUNCTION_ARGS)
{
	CesImpactState *s = (CesImpactState *) PG_GETARG_POINTER(0);
	char		a[CX_SURVEY_TEXT_MAX],
				b[CX_SURVEY_TEXT_MAX];

	cx_survey_format(a, sizeof(a), -1, (const int64_t *) s->counts[0], CX_CES_MAX);
	cx_survey_format(b, sizeof(b), -1, (const int64_t *) s->counts[1], CX_CES_MAX);
	PG_RETURN_CSTRING(psprintf("exposed:%s unexposed:%s", a, b));
}

/* Binary form: version byte (1), 7 int8 counts of the exposed, 7 of the rest. */
PG_FUNCTION_INFO_V1(ces_impact_state_recv);
Datum
ces_impact_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CesImpactState *s = palloc0(sizeof(CesImpactState));

	impact_check_version(buf, "ces_impact_state");
	impact_recv_counts(buf, "ces_impact_state", CX_CES_MAX, s->counts[0], s->counts[1], s->n);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(ces_impact_state_send);
Datum
ces_impact_state_send(PG_FUNCTION_ARGS)
{
	CesImpactState *s = (CesImpactState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, IMPACT_BINARY_VERSION);
	for (int g = 0; g < 2; g++)
		for (int i = 0; i < CX_CES_MAX; i++)
			pq_sendint64(&buf, s->counts[g][i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static inline Datum
ces_impact_add(FunctionCallInfo fcinfo, int64 v)
{
	CesImpactState *s = impact_writable(fcinfo, sizeof(CesImpactState));
	int			g = PG_GETARG_BOOL(2) ? 0 : 1;

	if (unlikely(v < 1 || v > CX_CES_MAX))
		cx_survey_answer_error("ces effort", v, CX_CES_MAX);
	if (unlikely(s->n[g] == PG_INT64_MAX))
		impact_total_overflow("ces_impact_state");
	s->n[g]++;
	s->counts[g][v - 1]++;
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(ces_impact_accum_int2);
Datum
ces_impact_accum_int2(PG_FUNCTION_ARGS)
{
	return ces_impact_add(fcinfo, PG_GETARG_INT16(1));
}

PG_FUNCTION_INFO_V1(ces_impact_accum_int4);
Datum
ces_impact_accum_int4(PG_FUNCTION_ARGS)
{
	return ces_impact_add(fcinfo, PG_GETARG_INT32(1));
}

PG_FUNCTION_INFO_V1(ces_impact_accum_int8);
Datum
ces_impact_accum_int8(PG_FUNCTION_ARGS)
{
	return ces_impact_add(fcinfo, PG_GETARG_INT64(1));
}

PG_FUNCTION_INFO_V1(ces_impact_accum_numeric);
Datum
ces_impact_accum_numeric(PG_FUNCTION_ARGS)
{
	return ces_impact_add(fcinfo, cx_survey_numeric_answer(PG_GETARG_NUMERIC(1), "ces effort", CX_CES_MAX));
}

PG_FUNCTION_INFO_V1(ces_impact_combine);
Datum
ces_impact_combine(PG_FUNCTION_ARGS)
{
	CesImpactState *a = impact_writable(fcinfo, sizeof(CesImpactState));
	CesImpactState *b = (CesImpactState *) PG_GETARG_POINTER(1);

	for (int g = 0; g < 2; g++)
		impact_add_counts(a->counts[g], b->counts[g], &a->n[g], &b->n[g], CX_CES_MAX,
						  "ces_impact_state");
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(ces_impact_final);
Datum
ces_impact_final(PG_FUNCTION_ARGS)
{
	CesImpactState *s = (CesImpactState *) PG_GETARG_POINTER(0);
	CxImpact	r;

	cx_ces_impact((const int64_t *) s->counts[0], (const int64_t *) s->counts[1],
				  IMPACT_DEFAULT_LEVEL, &r);
	PG_RETURN_DATUM(impact_result(fcinfo, &r));
}

/* ces_impact(exposed ces_state, unexposed ces_state, level) */
PG_FUNCTION_INFO_V1(ces_impact_of_states);
Datum
ces_impact_of_states(PG_FUNCTION_ARGS)
{
	int64_t		counts[2][CX_SURVEY_MAX_VALUES] = {{0}};
	double		level = impact_level(fcinfo, 2);
	CxImpact	r;

	for (int g = 0; g < 2; g++)
		if (!PG_ARGISNULL(g))
			memcpy(counts[g], cx_ces_state_arg(PG_GETARG_DATUM(g))->counts,
				   sizeof(int64) * CX_CES_MAX);
	cx_ces_impact(counts[0], counts[1], level, &r);
	PG_RETURN_DATUM(impact_result(fcinfo, &r));
}
