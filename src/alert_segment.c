/*-------------------------------------------------------------------------
 *
 * alert_segment.c
 *	  The segment_drop statement trigger: the new answers are folded into a
 *	  rollup of NPS states per segment and day (the segment a column of the
 *	  answers, or looked up "via" a customers table), then each segment
 *	  touched is tested as of its latest new day, window against baseline.
 *
 * The "via" lookups are in src/alert_segment_via.c, the frame of the call
 * (settings, SPI plans, identities) in src/alert_stmt.c, the computation
 * (days, the test) in src/core/alert_stmt.c.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/syscache.h"
#include "utils/varlena.h"

#include "alert_stmt.h"
#include "alert_stmt_internal.h"
#include "nps.h"

extern Datum nps_state_out(PG_FUNCTION_ARGS);

/* ---- segment_drop ------------------------------------------------------------------ */

/* one (segment, day) of the rollup being built */
typedef struct SegDay
{
	int32		seg;			/* StrDict id */
	int32		day;
	CxNpsState	state;
} SegDay;

/*
 * The rollup being built: e[] holds the (segment, day) pairs in the order
 * they first appear, and a simplehash index finds a pair's place in it.
 * The index keys are the pair packed in 64 bits: equality is one compare,
 * and the hash is cheap enough not to store.
 */
typedef struct SegAggEntry
{
	uint64		key;			/* segagg_key(seg, day) */
	int32		id;				/* index into e[] */
	char		status;			/* simplehash's */
} SegAggEntry;

static inline uint64
segagg_key(int32 seg, int32 day)
{
	return ((uint64) (uint32) seg << 32) | (uint32) day;
}

static inline uint32
segagg_hash(uint64 key)
{
	uint32		seg = (uint32) (key >> 32);
	uint32		day = (uint32) key;

	return murmurhash32(seg * 0x9e3779b1u ^ day);
}

#define SH_PREFIX		segagg_index
#define SH_ELEMENT_TYPE	SegAggEntry
#define SH_KEY_TYPE		uint64
#define SH_KEY			key
#define SH_HASH_KEY(tb, key)	segagg_hash(key)
#define SH_EQUAL(tb, a, b)	((a) == (b))
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

struct SegAgg
{
	int			n;
	int			cap;
	SegDay	   *e;
	segagg_index_hash *index;	/* (seg, day) -> index into e[]; stale once
								 * e[] is sorted by seg_upsert() */
	int64		bad;			/* answers off the 0..10 scale */
};

/* an empty rollup, in the current memory context */
static void
segagg_init(SegAgg *a)
{
	memset(a, 0, sizeof(*a));
	a->index = segagg_index_create(CurrentMemoryContext, 64, NULL);
}

/* the state of (seg, day), added (empty) when new */
static CxNpsState *
segagg_state(SegAgg *a, int32 seg, int32 day)
{
	SegAggEntry *ent;
	bool		found;
	int			id;

	ent = segagg_index_insert(a->index, segagg_key(seg, day), &found);
	if (found)
		return &a->e[ent->id].state;
	if (a->n == a->cap)
	{
		a->cap = a->cap ? a->cap * 2 : 64;
		a->e = a->e ? repalloc_huge(a->e, sizeof(SegDay) * a->cap) : palloc(sizeof(SegDay) * a->cap);
	}
	id = a->n++;
	a->e[id].seg = seg;
	a->e[id].day = day;
	cx_nps_init(&a->e[id].state);
	ent->id = id;
	return &a->e[id].state;
}

static void
score_reader_init(ScoreReader *r, StmtCtx *c, Oid type, const char *col)
{
	int			k;

	r->type = getBaseType(type);
	r->scratch = NULL;
	r->calls = 0;
	if (r->type == NUMERICOID)
	{
		for (k = 0; k < CX_NPS_NSCORES; k++)
			r->numeric_k[k] = NumericGetDatum(int64_to_numeric(k));
		/* freed with the trigger's memory at the end of the statement */
		r->scratch = AllocSetContextCreate(CurrentMemoryContext, "cx_metrics alert scores",
										   ALLOCSET_SMALL_SIZES);
	}
	else if (r->type != INT2OID && r->type != INT4OID && r->type != INT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s \"%s\": score column \"%s\" has type %s, not smallint, integer, bigint or numeric",
						c->label, c->tgname, col, format_type_be(type)),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
}

/* what nps_agg() makes of an answer: 0..10, or SCORE_BAD */
int
score_code(ScoreReader *r, Datum d)
{
	int64		v;

	switch (r->type)
	{
		case INT2OID:
			v = DatumGetInt16(d);
			break;
		case INT4OID:
			v = DatumGetInt32(d);
			break;
		case INT8OID:
			v = DatumGetInt64(d);
			break;
		default:
			{
				/*
				 * Exactly: 0 <= score <= 10 and whole (NaN sorts above 10).
				 * Detoasting and numeric_float8 allocate: in scratch memory,
				 * reset every ROWS_PER_RESET answers, so that a load of
				 * millions of numeric answers runs in constant memory.
				 */
				MemoryContext old = MemoryContextSwitchTo(r->scratch);
				double		f;
				int			code;

				if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, d, r->numeric_k[0])) < 0 ||
					DatumGetInt32(DirectFunctionCall2(numeric_cmp, d, r->numeric_k[10])) > 0)
					code = SCORE_BAD;
				else
				{
					f = DatumGetFloat8(DirectFunctionCall1(numeric_float8, d));
					v = (int64) floor(f);
					code = (v < 0 || v > 10 ||
							DatumGetInt32(DirectFunctionCall2(numeric_cmp, d, r->numeric_k[v])) != 0) ?
						SCORE_BAD : (int) v;
				}
				MemoryContextSwitchTo(old);
				if (++r->calls >= ROWS_PER_RESET)
				{
					MemoryContextReset(r->scratch);
					r->calls = 0;
				}
				return code;
			}
	}
	return (v >= 0 && v <= 10) ? (int) v : SCORE_BAD;
}

/* count an answer (its score code) of segment seg on day into the rollup */
void
seg_count(SegAgg *agg, int32 seg, int32 day, int score)
{
	CxNpsState *s;

	if (score == SCORE_BAD)
	{
		agg->bad++;
		return;
	}
	s = segagg_state(agg, seg, day);
	s->counts[score]++;
	s->n++;
}

/* sort order of the rollup rows written: by segment bytes, then day */
static StrDict *sort_segs;

static int
segday_cmp(const void *a, const void *b)
{
	const SegDay *x = a;
	const SegDay *y = b;
	int			c;

	if (x->seg != y->seg)
	{
		c = memcmp(sort_segs->str[x->seg], sort_segs->str[y->seg],
				   Min(sort_segs->len[x->seg], sort_segs->len[y->seg]));
		if (c != 0)
			return c;
		return sort_segs->len[x->seg] < sort_segs->len[y->seg] ? -1 : 1;
	}
	return x->day < y->day ? -1 : (x->day > y->day ? 1 : 0);
}

/* segments in the order the PL/pgSQL trigger tested them: ORDER BY segment */
static int
seg_text_cmp(const void *a, const void *b)
{
	int			x = *(const int *) a;
	int			y = *(const int *) b;

	return varstr_cmp(sort_segs->str[x], sort_segs->len[x], sort_segs->str[y], sort_segs->len[y],
					  DEFAULT_COLLATION_OID);
}

static Oid
stmt_nps_state_type(StmtCtx *c)
{
	Oid			t = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
									CStringGetDatum("nps_state"), ObjectIdGetDatum(c->nsp));

	if (!OidIsValid(t))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("type nps_state of cx_metrics is missing in schema \"%s\"",
						get_namespace_name(c->nsp)),
				 errhint("Reinstall the extension: DROP EXTENSION cx_metrics; CREATE EXTENSION cx_metrics;")));
	return t;
}

/* add the rows' states to the rollup, in one statement */
static void
seg_upsert(StmtCtx *c, SegAgg *agg, StrDict *segs, const char *schema, Oid state_type)
{
	StringInfoData sql;
	Oid			argtypes[4];
	Datum		values[4];
	Datum	   *seg_d;
	Datum	   *day_d;
	Datum	   *state_d;
	int			n = 0;
	int			i;
	int			ret;

	/* the same order in every session: concurrent loads cannot deadlock here */
	sort_segs = segs;
	qsort(agg->e, agg->n, sizeof(SegDay), segday_cmp);
	seg_d = palloc(sizeof(Datum) * agg->n);
	day_d = palloc(sizeof(Datum) * agg->n);
	state_d = palloc(sizeof(Datum) * agg->n);
	for (i = 0; i < agg->n; i++)
	{
		if (agg->e[i].state.n == 0)
			continue;
		seg_d[n] = PointerGetDatum(cstring_to_text_with_len(segs->str[agg->e[i].seg],
															segs->len[agg->e[i].seg]));
		day_d[n] = DateADTGetDatum(agg->e[i].day);
		state_d[n] = PointerGetDatum(&agg->e[i].state);
		n++;
	}
	if (n == 0)
		return;
	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "INSERT INTO %1$s.cx_alert_segment_rollup AS r (config_id, segment, day, state)"
					 " SELECT $1, u.segment, u.day, u.state"
					 " FROM ROWS FROM (pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS u(segment, day, state)"
					 " ON CONFLICT (config_id, segment, day)"
					 " DO UPDATE SET state = %1$s.nps_state_combine(r.state, excluded.state)",
					 schema);
	argtypes[0] = INT4OID;
	argtypes[1] = TEXTARRAYOID;
	argtypes[2] = get_array_type(DATEOID);
	argtypes[3] = get_array_type(state_type);
	values[0] = Int32GetDatum(c->config_id);
	values[1] = PointerGetDatum(construct_array(seg_d, n, TEXTOID, -1, false, TYPALIGN_INT));
	values[2] = PointerGetDatum(construct_array(day_d, n, DATEOID, sizeof(DateADT), true, TYPALIGN_INT));
	values[3] = PointerGetDatum(construct_array(state_d, n, state_type, sizeof(CxNpsState), false,
												TYPALIGN_DOUBLE));
	stmt_as(c, c->acfg->alert_owner);
	ret = SPI_execute_plan(stmt_plan(sql.data, 4, argtypes), values, NULL, false, 0);
	stmt_as(c, c->table_owner);
	if (ret != SPI_OK_INSERT)
		elog(ERROR, "updating the segment rollup returned %d", ret);
}

/*
 * The window and the baseline of one segment's test as of day, merged from
 * the rollup (read as the extension's owner: it is the extension's table).
 */
static void
seg_read_sides(StmtCtx *c, SegConfig *cfg, const char *segment, int32 day,
			   CxNpsState *win, CxNpsState *base)
{
	StringInfoData sql;
	Oid			argtypes[4] = {INT4OID, TEXTOID, DATEOID, DATEOID};
	Datum		values[4];
	int32		lo;
	int32		hi;
	uint64		i;
	int			ret;

	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT r.day, r.state FROM %s.cx_alert_segment_rollup r"
					 " WHERE r.config_id OPERATOR(pg_catalog.=) $1 AND r.segment OPERATOR(pg_catalog.=) $2"
					 " AND r.day OPERATOR(pg_catalog.>) $3 AND r.day OPERATOR(pg_catalog.<=) $4",
					 cfg->schema);
	cx_alert_segment_range(day, cfg->window_days, cfg->baseline_days, &lo, &hi);
	values[0] = Int32GetDatum(c->config_id);
	values[1] = PointerGetDatum(cstring_to_text(segment));
	values[2] = DateADTGetDatum(lo);
	values[3] = DateADTGetDatum(hi);
	stmt_as(c, c->acfg->alert_owner);
	ret = SPI_execute_plan(stmt_plan(sql.data, 4, argtypes), values, NULL, false, 0);
	stmt_as(c, c->table_owner);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading the segment rollup returned %d", ret);
	cx_nps_init(win);
	cx_nps_init(base);
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		bool		dnull;
		bool		snull;
		int32		d = DatumGetDateADT(SPI_getbinval(tup, SPI_tuptable->tupdesc, 1, &dnull));
		Datum		sd = SPI_getbinval(tup, SPI_tuptable->tupdesc, 2, &snull);
		CxNpsState	s;
		cx_segment_side side;

		if (dnull || snull)
			continue;
		memcpy(&s, DatumGetPointer(sd), sizeof(CxNpsState));
		if (!cx_nps_valid(&s))
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("%s \"%s\": invalid nps_state in cx_alert_segment_rollup for segment \"%s\"",
							c->label, c->tgname, cx_errtrunc(segment))));
		side = cx_alert_segment_side(day, cfg->window_days, cfg->baseline_days, d);
		if (side == CX_SEGMENT_OUTSIDE)
			continue;
		if (!cx_nps_merge(side == CX_SEGMENT_WINDOW ? win : base, &s))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s \"%s\": too many answers for segment \"%s\"", c->label, c->tgname,
							cx_errtrunc(segment))));
	}
	SPI_freetuptable(SPI_tuptable);
}

/* queue the alert of a segment whose test as of day failed */
static void
seg_queue_alert(StmtCtx *c, const char *segment, int32 day, CxSegmentVerdict *v)
{
	JsonbParseState *st = NULL;
	JsonbValue *res;
	char	   *key;

	key = TextDatumGetCString(DirectFunctionCall2(timestamp_to_char,
												  DirectFunctionCall1(date_timestamp, DateADTGetDatum(day)),
												  PointerGetDatum(cstring_to_text("YYYY-MM-DD"))));
	(void) pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
	alert_jb_string(&st, "segment", segment, STMT_JB_MAX);
	jb_datetime(&st, "day", DateADTGetDatum(day), DATEOID);
	jb_round2(&st, "window_nps", v->window_nps);
	jb_int(&st, "window_answers", v->window_answers);
	jb_round2(&st, "baseline_nps", v->baseline_nps);
	jb_int(&st, "baseline_answers", v->baseline_answers);
	jb_round2(&st, "difference", v->difference);
	alert_jb_string(&st, "p_value", DatumGetCString(DirectFunctionCall1(float8out, Float8GetDatum(v->p_value))), STMT_JB_MAX);
	jb_setting(&st, c, "window_days", "window_days");
	jb_setting(&st, c, "baseline_days", "baseline_days");
	jb_setting(&st, c, "alpha", "alpha");
	alert_jb_string(&st, "table", c->acfg->source, STMT_JB_MAX);
	res = pushJsonbValue(&st, WJB_END_OBJECT, NULL);
	stmt_queue_alert(c, v->high ? "high" : "medium", key, segment, res);
}

/* the test of one segment as of a day, from the rollup; queue an alert */
static void
seg_check(StmtCtx *c, SegConfig *cfg, const char *segment, int32 day)
{
	CxNpsState	win;
	CxNpsState	base;
	CxSegmentVerdict v;

	seg_read_sides(c, cfg, segment, day, &win, &base);
	cx_alert_segment_decide(&win, &base, cfg->min_answers, cfg->alpha, &v);
	if (v.alert)
		seg_queue_alert(c, segment, day, &v);
}

/*
 * The settings of the configuration and the columns they name, checked
 * against the table as it is now.
 */
static void
seg_read_config(StmtCtx *c, SegConfig *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->schema = quote_identifier(get_namespace_name(c->nsp));
	cfg->score_col = stmt_setting_text(c, "score", true);
	cfg->at_col = stmt_setting_text(c, "at", true);
	cfg->seg_col = stmt_setting_text(c, "segment", true);
	cfg->via_name = stmt_setting_text(c, "via", false);
	cfg->window_days = stmt_setting_int(c, "window_days");
	cfg->baseline_days = stmt_setting_int(c, "baseline_days");
	cfg->min_answers = stmt_setting_int(c, "min_answers");
	cfg->alpha = stmt_setting_float(c, "alpha");
	if (cfg->window_days < 1 || cfg->baseline_days < 1)
		stmt_bad_config(c, "window_days");
	cfg->score_att = stmt_column(c, c->rel, "score", cfg->score_col);
	score_reader_init(&cfg->score, c, stmt_column_type(c->rel, cfg->score_att), cfg->score_col);
	cfg->at_att = stmt_column(c, c->rel, "at", cfg->at_col);
	cfg->at_type = at_type_checked(c, stmt_column_type(c->rel, cfg->at_att), cfg->at_col);
}

/* the new answers, whose segment is a column of theirs, into agg */
static void
seg_fold_column(StmtCtx *c, SegConfig *cfg, StrDict *segs, SegAgg *agg)
{
	AttrNumber	seg_att = stmt_column(c, c->rel, "segment", cfg->seg_col);
	AttrNumber	score_att = cfg->score_att;
	AttrNumber	at_att = cfg->at_att;
	AttrNumber	maxatt = Max(Max(score_att, at_att), seg_att);
	StmtRows	rows;
	TextCast	cast;
	RowMemory	rowmem;

	text_cast_init(&cast, stmt_column_type(c->rel, seg_att));
	row_memory_init(&rowmem);
	stmt_rows_begin(&rows, c);
	while (stmt_rows_next(&rows))
	{
		TupleTableSlot *slot = rows.slot;
		text	   *t;
		int32		seg;

		slot_getsomeattrs(slot, maxatt);
		if (slot->tts_isnull[seg_att - 1] || slot->tts_isnull[at_att - 1] ||
			slot->tts_isnull[score_att - 1])
			continue;			/* no segment, no day, or a skipped question */
		t = text_cast_row(&cast, slot->tts_values[seg_att - 1], &rowmem);
		seg = strdict_intern(segs, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
		seg_count(agg, seg, answer_day(cfg->at_type, slot->tts_values[at_att - 1]),
				  score_code(&cfg->score, slot->tts_values[score_att - 1]));
		row_memory_next(&rowmem);
	}
	stmt_rows_end(&rows);
	MemoryContextDelete(rowmem.cxt);
}

/*
 * On a shard of a distributed table: the rollup and the tests are the
 * coordinator's, which holds every shard's answers.  Each (segment, day)
 * state is relayed to it (alert_relay.c) as an item of kind
 * "nps_segment_rollup": subject the segment, key the day, details {"day",
 * "state": the nps_state's text}; cx_alert_relay_drain() folds them into
 * its rollup and tests the segments touched.  With "via" the shard has no
 * segments (the customers table is the coordinator's to read): it relays
 * the states per customer key and day instead, kind "nps_segment_key", and
 * the coordinator looks the key's segments up.
 */
static void
seg_relay(StmtCtx *c, StrDict *segs, SegAgg *agg)
{
	int			i;

	for (i = 0; i < agg->n; i++)
	{
		SegDay	   *e = &agg->e[i];
		JsonbParseState *st = NULL;
		JsonbValue *res;
		char	   *day;
		char	   *segment;

		if (e->state.n == 0)
			continue;
		day = TextDatumGetCString(DirectFunctionCall2(timestamp_to_char,
													  DirectFunctionCall1(date_timestamp, DateADTGetDatum(e->day)),
													  PointerGetDatum(cstring_to_text("YYYY-MM-DD"))));
		segment = pnstrdup(segs->str[e->seg], segs->len[e->seg]);
		(void) pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
		alert_jb_string(&st, "day", day, STMT_JB_MAX);
		alert_jb_string(&st, "state", DatumGetCString(DirectFunctionCall1(nps_state_out, PointerGetDatum(&e->state))),
						STMT_JB_MAX);
		res = pushJsonbValue(&st, WJB_END_OBJECT, NULL);
		stmt_queue_alert(c, "low", day, segment, res);
	}
}

/*
 * The rollup, then one test per segment touched, as of its latest new day,
 * in the order of the segments' text.
 */
static void
seg_update_and_test(StmtCtx *c, SegConfig *cfg, StrDict *segs, SegAgg *agg)
{
	int32	   *last_day;
	int		   *touched;
	int			ntouched = 0;
	int			i;

	if (c->acfg->relay)
	{
		seg_relay(c, segs, agg);
		return;
	}
	if (agg->n > 0)
		seg_upsert(c, agg, segs, cfg->schema, stmt_nps_state_type(c));
	last_day = palloc(sizeof(int32) * Max(segs->n, 1));
	touched = palloc(sizeof(int) * Max(segs->n, 1));
	for (i = 0; i < segs->n; i++)
		last_day[i] = PG_INT32_MIN;
	for (i = 0; i < agg->n; i++)
	{
		SegDay	   *e = &agg->e[i];

		if (e->state.n == 0)
			continue;
		if (last_day[e->seg] == PG_INT32_MIN)
			touched[ntouched++] = e->seg;
		if (e->day > last_day[e->seg])
			last_day[e->seg] = e->day;
	}
	sort_segs = segs;
	qsort(touched, ntouched, sizeof(int), seg_text_cmp);
	for (i = 0; i < ntouched; i++)
		seg_check(c, cfg, segs->str[touched[i]], last_day[touched[i]]);
}

/*
 * Segment drop alerts: fold the new answers into the rollup of NPS states
 * per segment and day, then test each segment touched as of its latest
 * new day (window against baseline, nps_test, min_answers on each side).
 */
PG_FUNCTION_INFO_V1(cx_alert_segment_trigger);
Datum
cx_alert_segment_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *td = stmt_check_call(fcinfo, "cx_alert_segment_trigger");
	StmtCtx		c;
	SegConfig	cfg;
	StrDict		segs;
	SegAgg		agg;

	/* an INSERT of no rows tests nothing */
	if (tuplestore_tuple_count(td->tg_newtable) == 0)
		return PointerGetDatum(NULL);
	stmt_start(&c, fcinfo, td, "segment alert trigger", "nps_segment_drop");
	seg_read_config(&c, &cfg);

	strdict_init(&segs);
	segagg_init(&agg);
	if (c.acfg->relay)
		c.acfg->kind_name = "nps_segment_rollup";
	if (cfg.via_name == NULL)
		seg_fold_column(&c, &cfg, &segs, &agg);
	else if (c.acfg->relay)
	{
		/* on a shard: per customer key, the coordinator looks segments up */
		cfg.seg_col = stmt_setting_text(&c, "via_key", true);
		c.acfg->kind_name = "nps_segment_key";
		seg_fold_column(&c, &cfg, &segs, &agg);
	}
	else
		seg_fold_via(&c, &cfg, &segs, &agg);
	seg_update_and_test(&c, &cfg, &segs, &agg);

	stmt_finish(&c);
	if (agg.bad > 0)
		ereport(WARNING,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("segment alert trigger \"%s\": " INT64_FORMAT " answers off the 0..10 scale were left out of the rollup",
						c.tgname, agg.bad),
				 errhint("Add a CHECK constraint to the table to reject such answers.")));
	return PointerGetDatum(NULL);
}
