/*-------------------------------------------------------------------------
 *
 * journey_moments_state.c
 *	  journey_moments_state: its text and binary I/O (every byte checked by
 *	  cx_jm_check before use), adding up states (journey_moments_merge,
 *	  parallel safe) and journey_moments_report (the moments of truth,
 *	  ranked by the score points at stake).
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/int.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "journey_internal.h"
#include "journey_moments_glue.h"

static void jm_state_check_as(const uint8 *buf, Size len, CxJmHeader *h, bool binary);

void
jm_state_check(const uint8 *buf, Size len, CxJmHeader *h)
{
	jm_state_check_as(buf, len, h, false);
}

/* binary: the bytes came from a client (recv), and the messages say so */
static void
jm_state_check_as(const uint8 *buf, Size len, CxJmHeader *h, bool binary)
{
	const char *why = cx_jm_check(buf, len, h);
	int64		counts[CX_JM_STAGE_CELLS(CX_JM_MAX_BINS)];
	size_t		off = CX_JM_HEADER_SIZE;
	uint32		i;

	if (why != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %sjourney_moments_state", binary ? "binary " : ""),
				 errdetail("The %s.", why),
				 binary ? errhint("A binary journey_moments_state is what journey_moments_state_send() writes; build states with journey_moments() or journey_moments_merge().") :
				 errhint("Build states with journey_moments() or journey_moments_merge(); do not edit them.")));
	for (i = 0; i < h->nstages; i++)
	{
		const char *name;
		uint32		namelen;
		uint8		sflags;

		off = cx_jm_read_stage(buf, off, cx_jm_nbins(h->scale), &name, &namelen, &sflags, counts);
		if (!pg_verifymbstr(name, namelen, true))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid %sjourney_moments_state", binary ? "binary " : ""),
					 errdetail("A stage name is not valid in the database encoding."),
					 binary ? errhint("A binary journey_moments_state is what journey_moments_state_send() writes; build states with journey_moments() or journey_moments_merge().") :
					 errhint("Build states with journey_moments() or journey_moments_merge(); do not edit them.")));
	}
}

PG_FUNCTION_INFO_V1(journey_moments_state_in);
Datum
journey_moments_state_in(PG_FUNCTION_ARGS)
{
	bytea	   *out = jf_hex_in(PG_GETARG_CSTRING(0), "journey_moments_state", "journey_moments");
	CxJmHeader	h;

	jm_state_check((uint8 *) VARDATA(out), VARSIZE(out) - VARHDRSZ, &h);
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(journey_moments_state_out);
Datum
journey_moments_state_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(jf_hex_out(PG_GETARG_BYTEA_PP(0)));
}

PG_FUNCTION_INFO_V1(journey_moments_state_recv);
Datum
journey_moments_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	bytea	   *out = palloc(VARHDRSZ + len);
	CxJmHeader	h;

	SET_VARSIZE(out, VARHDRSZ + len);
	pq_copymsgbytes(buf, VARDATA(out), len);
	jm_state_check_as((uint8 *) VARDATA(out), len, &h, true);
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(journey_moments_state_send);
Datum
journey_moments_state_send(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- adding up states ------------------------------------------------------------ */

typedef struct JmStage
{
	const char *name;
	uint32		namelen;
	uint8		sflags;
	int64		counts[CX_JM_STAGE_CELLS(CX_JM_MAX_BINS)];
} JmStage;

/* a checked state's stages, in its order */
static JmStage *
jm_read_stages(const uint8 *buf, const CxJmHeader *h)
{
	JmStage    *st = palloc(sizeof(JmStage) * Max(h->nstages, 1));
	size_t		off = CX_JM_HEADER_SIZE;
	uint32		i;

	for (i = 0; i < h->nstages; i++)
		off = cx_jm_read_stage(buf, off, cx_jm_nbins(h->scale), &st[i].name, &st[i].namelen,
							   &st[i].sflags, st[i].counts);
	return st;
}

static int
jm_stage_cmp(const void *a, const void *b)
{
	const JmStage *x = a;
	const JmStage *y = b;
	int			c = memcmp(x->name, y->name, Min(x->namelen, y->namelen));

	if (c != 0)
		return c;
	return x->namelen < y->namelen ? -1 : (x->namelen > y->namelen ? 1 : 0);
}

static pg_noinline void
jm_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("journey_moments_state count out of range"),
			 errdetail("A sum of the states would exceed the largest bigint, 9223372036854775807."),
			 errhint("Merge fewer states at once, for example per period or segment.")));
}

static void
jm_settings_agree(const CxJmHeader *a, const CxJmHeader *b)
{
	if (a->scale != b->scale)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge journey_moments states of different scales"),
				 errdetail("Scales %s and %s.", a->scale ? psprintf("CSAT 1-%d", a->scale) : "NPS 0-10",
						   b->scale ? psprintf("CSAT 1-%d", b->scale) : "NPS 0-10")));
	if ((a->flags & ~CX_JM_WITH_CHANNEL & ~CX_JM_WITH_OUTCOME) !=
		(b->flags & ~CX_JM_WITH_CHANNEL & ~CX_JM_WITH_OUTCOME) ||
		a->repeat_window != b->repeat_window || a->idle_period != b->idle_period ||
		a->dwell_reference != b->dwell_reference)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge journey_moments states built with different settings"),
				 errdetail("Stage order, final stages, repeat window, idle period and dwell reference must be the same."),
				 errhint("Build all the states with the same journey_moments_config().")));
	if ((a->flags & (CX_JM_WITH_CHANNEL | CX_JM_WITH_OUTCOME)) !=
		(b->flags & (CX_JM_WITH_CHANNEL | CX_JM_WITH_OUTCOME)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge journey_moments states built with and without channel and outcome")));
}

/*
 * a + b.  Stages are matched by name; with a stage order both must list the
 * same stages in the same order, and the final stages must agree.
 */
static bytea *
jm_add_states(bytea *ba, bytea *bb)
{
	const uint8 *pa = (const uint8 *) VARDATA_ANY(ba);
	const uint8 *pb = (const uint8 *) VARDATA_ANY(bb);
	CxJmHeader	ha;
	CxJmHeader	hb;
	JmStage    *sa;
	JmStage    *sb;
	JmStage    *out;
	int			nbins;
	size_t		cells;
	uint32		n = 0;
	uint32		i = 0;
	uint32		j = 0;
	Size		size = CX_JM_HEADER_SIZE;
	bytea	   *res;
	uint8	   *p;

	jm_state_check(pa, VARSIZE_ANY_EXHDR(ba), &ha);
	jm_state_check(pb, VARSIZE_ANY_EXHDR(bb), &hb);
	jm_settings_agree(&ha, &hb);
	nbins = cx_jm_nbins(ha.scale);
	cells = CX_JM_STAGE_CELLS(nbins);
	sa = jm_read_stages(pa, &ha);
	sb = jm_read_stages(pb, &hb);
	if (!(ha.flags & CX_JM_ORDERED))
	{
		qsort(sa, ha.nstages, sizeof(JmStage), jm_stage_cmp);
		qsort(sb, hb.nstages, sizeof(JmStage), jm_stage_cmp);
	}
	else if (ha.nstages != hb.nstages)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge journey_moments states with different stage orders")));
	out = palloc(sizeof(JmStage) * Max(ha.nstages + hb.nstages, 1));
	while (i < ha.nstages || j < hb.nstages)
	{
		int			c;
		size_t		k;

		if (ha.flags & CX_JM_ORDERED)
		{
			c = jm_stage_cmp(&sa[i], &sb[j]);
			if (c != 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("cannot merge journey_moments states with different stage orders"),
						 errdetail("Stage %u is \"%s\" in one state but \"%s\" in the other.", i + 1,
								   cx_errtrunc_len(sa[i].name, sa[i].namelen),
								   cx_errtrunc_len(sb[j].name, sb[j].namelen))));
		}
		else
			c = i == ha.nstages ? 1 : j == hb.nstages ? -1 : jm_stage_cmp(&sa[i], &sb[j]);
		if (c < 0)
			out[n] = sa[i++];
		else if (c > 0)
			out[n] = sb[j++];
		else
		{
			if (sa[i].sflags != sb[j].sflags)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("cannot merge journey_moments states with different final stages"),
						 errdetail("Stage \"%s\" is final in one state only.",
								   cx_errtrunc_len(sa[i].name, sa[i].namelen))));
			out[n] = sa[i];
			for (k = 0; k < cells; k++)
				if (pg_add_s64_overflow(out[n].counts[k], sb[j].counts[k], &out[n].counts[k]))
					jm_overflow();
			i++;
			j++;
		}
		size += cx_jm_stage_size(out[n].namelen, nbins);
		n++;
	}
	if (pg_add_s64_overflow(ha.journeys, hb.journeys, &ha.journeys) ||
		pg_add_s64_overflow(ha.unanswered, hb.unanswered, &ha.unanswered))
		jm_overflow();
	if (hb.as_of > ha.as_of)
		ha.as_of = hb.as_of;
	ha.nstages = n;
	res = palloc(VARHDRSZ + size);
	SET_VARSIZE(res, VARHDRSZ + size);
	p = (uint8 *) VARDATA(res);
	p += cx_jm_write_header(p, &ha);
	for (i = 0; i < n; i++)
		p += cx_jm_write_stage(p, out[i].name, out[i].namelen, out[i].sflags, out[i].counts, nbins);
	return res;
}

/*
 * journey_moments_add(a, b): the transition and combine function of
 * journey_moments_merge (NULL states are skipped).
 */
PG_FUNCTION_INFO_V1(journey_moments_add);
Datum
journey_moments_add(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(0))
	{
		bytea	   *b = PG_GETARG_BYTEA_P_COPY(1);
		CxJmHeader	h;

		jm_state_check((uint8 *) VARDATA(b), VARSIZE(b) - VARHDRSZ, &h);
		PG_RETURN_BYTEA_P(b);
	}
	PG_RETURN_BYTEA_P(jm_add_states(PG_GETARG_BYTEA_PP(0), PG_GETARG_BYTEA_PP(1)));
}

/* ---- the report ------------------------------------------------------------------- */

typedef struct JmRow
{
	int			stage;			/* position in the state */
	int			kind;
	bool		supported;
	CxImpact	imp;
} JmRow;

static int
jm_row_cmp(const void *a, const void *b)
{
	const JmRow *x = a;
	const JmRow *y = b;
	bool		xn = isnan(x->imp.points_at_stake);
	bool		yn = isnan(y->imp.points_at_stake);

	if (x->supported != y->supported)
		return x->supported ? -1 : 1;
	if (xn != yn)
		return xn ? 1 : -1;
	if (!xn && x->imp.points_at_stake != y->imp.points_at_stake)
		return x->imp.points_at_stake > y->imp.points_at_stake ? -1 : 1;
	if (x->stage != y->stage)
		return x->stage - y->stage;
	return x->kind - y->kind;
}

static inline Datum
jm_float(double v, bool *isnull)
{
	*isnull = isnan(v);
	return Float8GetDatum(isnan(v) ? 0.0 : v);
}

#define JM_REPORT_COLS 13

PG_FUNCTION_INFO_V1(journey_moments_report);
Datum
journey_moments_report(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	bytea	   *b;
	CxJmHeader	h;
	JmStage    *stages;
	JmRow	   *rows;
	int64		min_journeys;
	double		level;
	int			n = 0;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("min_journeys and level must not be NULL")));
	min_journeys = PG_GETARG_INT32(1);
	level = PG_GETARG_FLOAT8(2);
	if (min_journeys < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("min_journeys must be at least 1")));
	if (!(level > 0.0 && level < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("level must be between 0 and 1"),
				 errhint("For a 95%% interval pass 0.95.")));
	if (PG_ARGISNULL(0))
		return (Datum) 0;		/* no events: no moments */
	b = PG_GETARG_BYTEA_PP(0);
	jm_state_check((uint8 *) VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b), &h);
	stages = jm_read_stages((uint8 *) VARDATA_ANY(b), &h);
	rows = palloc(sizeof(JmRow) * Max(h.nstages * CX_JM_NKINDS, 1));
	for (i = 0; i < (int) h.nstages; i++)
	{
		int			k;

		for (k = 0; k < CX_JM_NKINDS; k++)
		{
			JmRow	   *r = &rows[n];

			if (!cx_jm_kind_defined(h.flags, stages[i].sflags, k))
				continue;
			r->stage = i;
			r->kind = k;
			cx_jm_impact(stages[i].counts, h.scale, k, h.journeys, level, &r->imp);
			/* a kind no answered journey met at the stage: nothing to learn */
			if (r->imp.exposed_n == 0)
				continue;
			r->supported = r->imp.exposed_n >= min_journeys && r->imp.unexposed_n >= min_journeys;
			n++;
		}
	}
	qsort(rows, n, sizeof(JmRow), jm_row_cmp);
	for (i = 0; i < n; i++)
	{
		JmRow	   *r = &rows[i];
		Datum		v[JM_REPORT_COLS];
		bool		nulls[JM_REPORT_COLS];
		int			k = 0;

		memset(nulls, 0, sizeof(nulls));
		v[k++] = Int32GetDatum(i + 1);
		v[k++] = PointerGetDatum(cstring_to_text_with_len(stages[r->stage].name, stages[r->stage].namelen));
		v[k++] = CStringGetTextDatum(cx_jm_kind_name(r->kind));
		v[k++] = Int64GetDatum(r->imp.exposed_n);
		v[k] = jm_float(r->imp.exposed_value, &nulls[k]);
		k++;
		v[k++] = Int64GetDatum(r->imp.unexposed_n);
		v[k] = jm_float(r->imp.unexposed_value, &nulls[k]);
		k++;
		v[k] = jm_float(r->imp.difference, &nulls[k]);
		k++;
		v[k] = jm_float(r->imp.ci_lower, &nulls[k]);
		k++;
		v[k] = jm_float(r->imp.ci_upper, &nulls[k]);
		k++;
		v[k] = jm_float(r->imp.p_value, &nulls[k]);
		k++;
		v[k] = jm_float(r->imp.points_at_stake, &nulls[k]);
		k++;
		v[k++] = BoolGetDatum(r->supported);
		Assert(k == JM_REPORT_COLS);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	return (Datum) 0;
}
