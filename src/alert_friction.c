/*-------------------------------------------------------------------------
 *
 * alert_friction.c
 *	  The friction statement trigger: for each journey touched by the new
 *	  rows, its events in the window ending at its latest new event, and
 *	  their repeats and loops as journey_friction() counts them.
 *
 * The frame of the call (settings, SPI plans, identities) is in
 * src/alert_stmt.c; the computation in src/core/alert_stmt.c.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/table.h"
#include "access/xact.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"
#include "utils/varlena.h"

#include "alert_stmt.h"
#include "alert_stmt_internal.h"
#include "journey.h"

/* stage names: the limits journey_friction() enforces */
#define STMT_MAX_STAGES		CX_JS_MAX_STAGES
#define STMT_MAX_STAGE_NAME	CX_JS_MAX_NAME

/* ---- friction ------------------------------------------------------------------ */

/* a journey touched by the new rows */
typedef struct Touched
{
	int			key;			/* KeyHash id */
	TimestampTz last_at;
	char	   *subject;		/* journey::text */
} Touched;

static int
touched_cmp(const void *a, const void *b)
{
	const Touched *x = a;
	const Touched *y = b;

	return varstr_cmp(x->subject, strlen(x->subject), y->subject, strlen(y->subject),
					  DEFAULT_COLLATION_OID);
}

static inline TimestampTz
event_time(Oid type, Datum d)
{
	switch (type)
	{
		case TIMESTAMPTZOID:
			return DatumGetTimestampTz(d);
		case TIMESTAMPOID:
			return DatumGetTimestampTz(DirectFunctionCall1(timestamp_timestamptz, d));
		default:
			return DatumGetTimestampTz(DirectFunctionCall1(date_timestamptz, d));
	}
}

/* the settings of a friction configuration, and the columns they name */
typedef struct FricConfig
{
	char	   *journey_col;
	char	   *at_col;
	char	   *stage_col;		/* NULL: every event is a "contact" */
	char	   *where_col;		/* NULL: every row is an event */
	char	   *where_value;
	char	   *window_text;
	int64		window_us;
	int32		repeats_thr;
	int32		loops_thr;
	AttrNumber	journey_att;
	AttrNumber	at_att;
	AttrNumber	where_att;		/* 0: none */
	Oid			at_type;		/* its base type: timestamptz, timestamp or
								 * date */
	Oid			journey_type;
	TextCast	journey_cast;
	TextCast	where_cast;
} FricConfig;

/*
 * The settings of the configuration and the columns they name, checked
 * against the table as it is now.
 */
static void
fric_read_config(StmtCtx *c, FricConfig *cfg)
{
	Interval   *window;

	memset(cfg, 0, sizeof(*cfg));
	cfg->journey_col = stmt_setting_text(c, "journey", true);
	cfg->at_col = stmt_setting_text(c, "at", true);
	cfg->stage_col = stmt_setting_text(c, "stage", false);
	cfg->where_col = stmt_setting_text(c, "where_column", false);
	cfg->where_value = stmt_setting_text(c, "where_value", false);
	if ((cfg->where_col == NULL) != (cfg->where_value == NULL))
		stmt_bad_config(c, cfg->where_col ? "where_value" : "where_column");
	cfg->window_text = stmt_setting_text(c, "window", true);
	window = stmt_setting_interval(c, "window");
	if (!cx_alert_interval_us(window->month, window->day, window->time, &cfg->window_us))
		stmt_bad_config(c, "window");
	cfg->repeats_thr = stmt_setting_int(c, "repeats");
	cfg->loops_thr = stmt_setting_int(c, "loops");
	cfg->journey_att = stmt_column(c, c->rel, "journey", cfg->journey_col);
	cfg->journey_type = stmt_column_type(c->rel, cfg->journey_att);
	cfg->at_att = stmt_column(c, c->rel, "at", cfg->at_col);
	cfg->at_type = at_type_checked(c, stmt_column_type(c->rel, cfg->at_att), cfg->at_col);
	if (cfg->stage_col != NULL)
		(void) stmt_column(c, c->rel, "stage", cfg->stage_col);
	text_cast_init(&cfg->journey_cast, cfg->journey_type);
	if (cfg->where_col != NULL)
	{
		cfg->where_att = stmt_column(c, c->rel, "where_column", cfg->where_col);
		text_cast_init(&cfg->where_cast, stmt_column_type(c->rel, cfg->where_att));
	}
}

/* does the row pass where_column = where_value (compared as text)? */
static bool
fric_where_match(FricConfig *cfg, TupleTableSlot *slot, RowMemory *rowmem)
{
	bool		isnull;
	Datum		w;
	text	   *wt;
	bool		match;

	if (cfg->where_att == 0)
		return true;
	w = slot_getattr(slot, cfg->where_att, &isnull);
	if (isnull)
		return false;
	wt = text_cast_row(&cfg->where_cast, w, rowmem);
	match = VARSIZE_ANY_EXHDR(wt) == strlen(cfg->where_value) &&
		memcmp(VARDATA_ANY(wt), cfg->where_value, VARSIZE_ANY_EXHDR(wt)) == 0;
	row_memory_next(rowmem);
	return match;
}

/*
 * The journeys touched by the new rows, with the time of their latest new
 * event, in the order of their text; keys holds their values (the id of a
 * journey in keys is its place in the array before sorting).
 */
static Touched *
fric_touched(StmtCtx *c, FricConfig *cfg, KeyHash *keys, int *ntouched_out)
{
	StmtRows	rows;
	RowMemory	rowmem;
	Touched    *touched = NULL;
	int			ntouched = 0;
	int			cap = 0;

	row_memory_init(&rowmem);
	keyhash_init(keys, cfg->journey_type,
				 TupleDescAttr(RelationGetDescr(c->rel), cfg->journey_att - 1)->attcollation);
	stmt_rows_begin(&rows, c);
	while (stmt_rows_next(&rows))
	{
		TupleTableSlot *slot = rows.slot;
		bool		isnull;
		Datum		j = slot_getattr(slot, cfg->journey_att, &isnull);
		Datum		at;
		TimestampTz t;
		bool		isnew;
		int			k;

		if (isnull)
			continue;
		at = slot_getattr(slot, cfg->at_att, &isnull);
		if (isnull || !fric_where_match(cfg, slot, &rowmem))
			continue;
		t = event_time(cfg->at_type, at);
		k = keyhash_add(keys, j, &isnew);
		if (isnew)
		{
			if (ntouched == cap)
			{
				cap = cap ? cap * 2 : 64;
				touched = touched ? repalloc_huge(touched, sizeof(Touched) * cap) :
					palloc(sizeof(Touched) * cap);
			}
			touched[ntouched].key = k;
			touched[ntouched].last_at = t;
			touched[ntouched].subject = text_cast_cstring(&cfg->journey_cast, keys->keys[k]);
			Assert(k == ntouched);
			ntouched++;
		}
		else if (t > touched[k].last_at)
			touched[k].last_at = t;
	}
	stmt_rows_end(&rows);
	MemoryContextDelete(rowmem.cxt);
	if (ntouched > 1)
		qsort(touched, ntouched, sizeof(Touched), touched_cmp);
	*ntouched_out = ntouched;
	return touched;
}

/*
 * The plan that reads a journey's events in the window ending at $2: saved
 * and generic for the trigger; for the coordinator's test of a distributed
 * table (relayed), a one-off plan, which Citus plans with the parameters'
 * values (it cannot distribute a generic plan of this query).
 */
static SPIPlanPtr
fric_window_plan(StmtCtx *c, FricConfig *cfg, bool relayed)
{
	StringInfoData sql;
	Oid			argtypes[2];

	initStringInfo(&sql);
	appendStringInfo(&sql, "SELECT ");
	if (cfg->stage_col != NULL)
		appendStringInfo(&sql, "e.%s::pg_catalog.text", quote_identifier(cfg->stage_col));
	else
		appendStringInfoString(&sql, "'contact'::pg_catalog.text");
	appendStringInfo(&sql,
					 ", e.%2$s::pg_catalog.timestamptz FROM %3$s e"
					 " WHERE e.%1$s OPERATOR(pg_catalog.=) $1"
					 " AND e.%2$s::pg_catalog.timestamptz OPERATOR(pg_catalog.>=) ($2 OPERATOR(pg_catalog.-) %4$s::pg_catalog.interval)"
					 " AND e.%2$s::pg_catalog.timestamptz OPERATOR(pg_catalog.<=) $2",
					 quote_identifier(cfg->journey_col), quote_identifier(cfg->at_col), c->acfg->source,
					 quote_literal_cstr(cfg->window_text));
	if (cfg->where_col != NULL)
		appendStringInfo(&sql, " AND e.%s::pg_catalog.text OPERATOR(pg_catalog.=) %s",
						 quote_identifier(cfg->where_col), quote_literal_cstr(cfg->where_value));
	argtypes[0] = cfg->journey_type;
	argtypes[1] = TIMESTAMPTZOID;
	if (relayed)
	{
		SPIPlanPtr	plan = SPI_prepare(sql.data, 2, argtypes);

		if (plan == NULL)
			elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
		return plan;
	}
	return stmt_plan(sql.data, 2, argtypes);
}

/*
 * The events of a journey's window, read by plan, with their stages
 * interned in stages; *nevents of them.
 */
static CxJourneyEvent *
fric_read_events(StmtCtx *c, SPIPlanPtr plan, Datum journey, Touched *t, StrDict *stages,
				 uint64 *nevents, int64 *skipped)
{
	Datum		values[2];
	CxJourneyEvent *ev;
	uint64		n;
	uint64		r;
	uint64		m = 0;
	int			ret;

	values[0] = journey;
	values[1] = TimestampTzGetDatum(t->last_at);
	ret = SPI_execute_plan(plan, values, NULL, true, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading the journey's window returned %d", ret);
	n = SPI_processed;
	ev = palloc(sizeof(CxJourneyEvent) * Max(n, 1));
	for (r = 0; r < n; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		bool		snull;
		bool		anull;
		Datum		sd = SPI_getbinval(tup, SPI_tuptable->tupdesc, 1, &snull);
		TimestampTz at = DatumGetTimestampTz(SPI_getbinval(tup, SPI_tuptable->tupdesc, 2, &anull));
		text	   *st;
		int			len;

		/*
		 * journey_friction() rejects events without a stage or with an
		 * infinite time; here that would fail the customer's insert, so such
		 * events are left out and counted (one WARNING at the end).
		 */
		if (snull || anull || TIMESTAMP_NOT_FINITE(at) ||
			VARSIZE_ANY_EXHDR(DatumGetTextPP(sd)) == 0)
		{
			(*skipped)++;
			continue;
		}
		st = DatumGetTextPP(sd);
		len = VARSIZE_ANY_EXHDR(st);
		if (len > STMT_MAX_STAGE_NAME)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("friction alert trigger \"%s\": a stage name of journey %s is longer than %d bytes",
							c->tgname, cx_errtrunc(t->subject), STMT_MAX_STAGE_NAME)));
		ev[m].stage = strdict_intern(stages, VARDATA_ANY(st), len);
		if (stages->n > STMT_MAX_STAGES)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("friction alert trigger \"%s\": journey %s has more than %d stages",
							c->tgname, cx_errtrunc(t->subject), STMT_MAX_STAGES)));
		ev[m].at = at;
		ev[m].channel = -1;
		ev[m].failed = -1;
		ev[m].tie = 0;
		m++;
	}
	SPI_freetuptable(SPI_tuptable);
	*nevents = m;
	return ev;
}

/* the repeats and loops of m events over the stages, as journey_friction() counts */
static void
fric_count(FricConfig *cfg, CxJourneyEvent *ev, uint64 m, StrDict *stages,
		   CxFrictionCounts *counts)
{
	uint32	   *rank = palloc(sizeof(uint32) * Max(stages->n, 1));
	size_t	   *lens = palloc(sizeof(size_t) * Max(stages->n, 1));
	CxJourneyStageResult *res;
	int64	   *scratch;
	int			s;

	for (s = 0; s < stages->n; s++)
		lens[s] = stages->len[s];
	cx_alert_rank_names((const char *const *) stages->str, lens, stages->n, rank);
	res = palloc(sizeof(CxJourneyStageResult) * Max(stages->n, 1));
	scratch = palloc(sizeof(int64) * 4 * Max(stages->n, 1));
	cx_alert_friction_counts(ev, m, stages->n, rank, cfg->window_us, res, scratch, counts);
}

/* queue the alert of a journey with too many repeats or loops */
static void
fric_queue_alert(StmtCtx *c, Touched *t, CxFrictionCounts *counts, StrDict *stages,
				 cx_friction_verdict verdict)
{
	JsonbParseState *st = NULL;
	JsonbValue *details;
	char	   *key = DatumGetCString(DirectFunctionCall1(timestamptz_out,
														  TimestampTzGetDatum(t->last_at)));

	(void) pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
	alert_jb_string(&st, "journey", t->subject, STMT_JB_MAX);
	jb_int(&st, "events", counts->events);
	jb_int(&st, "repeats", counts->repeats);
	jb_int(&st, "loops", counts->loops);
	alert_jb_string(&st, "last_stage", counts->last_stage >= 0 ? stages->str[counts->last_stage] : NULL, STMT_JB_MAX);
	jb_setting(&st, c, "window", "window");
	jb_setting(&st, c, "repeats_threshold", "repeats");
	jb_setting(&st, c, "loops_threshold", "loops");
	jb_datetime(&st, "last_event_at", TimestampTzGetDatum(t->last_at), TIMESTAMPTZOID);
	alert_jb_string(&st, "table", c->acfg->source, STMT_JB_MAX);
	details = pushJsonbValue(&st, WJB_END_OBJECT, NULL);
	stmt_queue_alert(c, verdict == CX_FRICTION_HIGH ? "high" : "medium", key, t->subject, details);
}

/*
 * Test one journey: its events in the window, their repeats and loops, and
 * an alert when they reach the thresholds.  Everything it allocates is in
 * per_journey, reset afterwards.
 */
static void
fric_check_journey(StmtCtx *c, FricConfig *cfg, SPIPlanPtr plan, Datum journey, Touched *t,
				   MemoryContext per_journey, int64 *skipped)
{
	MemoryContext old = MemoryContextSwitchTo(per_journey);
	StrDict		stages;
	CxJourneyEvent *ev;
	uint64		m;
	CxFrictionCounts counts;
	cx_friction_verdict verdict;

	strdict_init(&stages);
	ev = fric_read_events(c, plan, journey, t, &stages, &m, skipped);
	fric_count(cfg, ev, m, &stages, &counts);
	verdict = cx_alert_friction_verdict(counts.repeats, counts.loops, cfg->repeats_thr,
										cfg->loops_thr);
	if (verdict != CX_FRICTION_QUIET)
		fric_queue_alert(c, t, &counts, &stages, verdict);
	MemoryContextSwitchTo(old);
	MemoryContextReset(per_journey);
	CHECK_FOR_INTERRUPTS();
}

/*
 * On a shard of a table not distributed by the journey (the configuration
 * says "citus_journey_spread": cx_alert_citus_triggerdef() adds it), a
 * journey's events are on several shards: the shard relays each journey it
 * touched with its latest new event, kind "journey_friction_touch", and the
 * coordinator reads the window from the distributed table
 * (cx_alert_friction_relay_check()).
 */
static bool
fric_relay_touched(StmtCtx *c, Touched *touched, int ntouched)
{
	JsonbValue *spread = alert_config_member(c->config, "citus_journey_spread");
	int			i;

	if (!c->acfg->relay || spread == NULL || spread->type != jbvBool || !spread->val.boolean)
		return false;
	c->acfg->kind_name = "journey_friction_touch";
	for (i = 0; i < ntouched; i++)
	{
		JsonbParseState *st = NULL;
		JsonbValue *details;

		(void) pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
		jb_datetime(&st, "last_at", TimestampTzGetDatum(touched[i].last_at), TIMESTAMPTZOID);
		details = pushJsonbValue(&st, WJB_END_OBJECT, NULL);
		stmt_queue_alert(c, "low", NULL, touched[i].subject, details);
	}
	return true;
}

/*
 * Friction alerts: for each journey touched by the new rows, its events in
 * the window ending at its latest new event (read from the table), and
 * their repeats and loops as journey_friction() counts them.
 */
PG_FUNCTION_INFO_V1(cx_alert_friction_trigger);
Datum
cx_alert_friction_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *td = stmt_check_call(fcinfo, "cx_alert_friction_trigger");
	StmtCtx		c;
	FricConfig	cfg;
	KeyHash		keys;
	Touched    *touched;
	int			ntouched;
	SPIPlanPtr	plan;
	MemoryContext per_journey;
	int64		skipped = 0;
	int			i;

	if (tuplestore_tuple_count(td->tg_newtable) == 0)
		return PointerGetDatum(NULL);
	stmt_start(&c, fcinfo, td, "friction alert trigger", "journey_friction");
	fric_read_config(&c, &cfg);
	touched = fric_touched(&c, &cfg, &keys, &ntouched);
	if (fric_relay_touched(&c, touched, ntouched))
	{
		stmt_finish(&c);
		return PointerGetDatum(NULL);
	}
	plan = fric_window_plan(&c, &cfg, false);
	per_journey = AllocSetContextCreate(CurrentMemoryContext, "cx_metrics friction journey",
										ALLOCSET_DEFAULT_SIZES);

	/*
	 * One snapshot for every journey, taken after the new rows (a read-only
	 * SPI query would not increment the command counter): as the single query
	 * of the PL/pgSQL trigger saw the table.
	 */
	CommandCounterIncrement();
	PushActiveSnapshot(GetTransactionSnapshot());
	for (i = 0; i < ntouched; i++)
		fric_check_journey(&c, &cfg, plan, keys.keys[touched[i].key], &touched[i],
						   per_journey, &skipped);
	PopActiveSnapshot();
	if (skipped > 0)
		ereport(WARNING,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("friction alert trigger \"%s\": %lld events without a stage or with an infinite time were left out",
						c.tgname, (long long) skipped),
				 errhint("Give every event a stage, or leave such rows out with \"where_column\" and \"where_value\".")));

	stmt_finish(&c);
	return PointerGetDatum(NULL);
}

/*
 * cx_alert_friction_relay_check(config_id, tbl, trigger_name, journey,
 * last_at): on the coordinator, the friction test of one journey of a
 * distributed table that a shard relayed (see fric_relay_touched()): its
 * events in the window ending at last_at, read from the distributed table,
 * and the alert queued as the trigger on one server queues it (raised at
 * the caller's commit).  Called by cx_alert_relay_drain() only.
 */
PG_FUNCTION_INFO_V1(cx_alert_friction_relay_check);
Datum
cx_alert_friction_relay_check(PG_FUNCTION_ARGS)
{
	StmtCtx		c;
	FricConfig	cfg;
	Relation	rel;
	Touched		t;
	Oid			typinput;
	Oid			typioparam;
	Datum		journey;
	SPIPlanPtr	plan;
	MemoryContext per_journey;
	int64		skipped = 0;
	int			i;

	for (i = 0; i < 5; i++)
		if (PG_ARGISNULL(i))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("cx_alert_friction_relay_check: argument %d is null", i + 1)));
	rel = table_open(PG_GETARG_OID(1), AccessShareLock);
	stmt_start_relayed(&c, get_func_namespace(fcinfo->flinfo->fn_oid), rel,
					   NameStr(*PG_GETARG_NAME(2)), PG_GETARG_INT32(0),
					   "friction alert trigger", "journey_friction");
	fric_read_config(&c, &cfg);
	plan = fric_window_plan(&c, &cfg, true);
	memset(&t, 0, sizeof(t));
	t.subject = text_to_cstring(PG_GETARG_TEXT_PP(3));
	t.last_at = PG_GETARG_TIMESTAMPTZ(4);
	getTypeInputInfo(cfg.journey_type, &typinput, &typioparam);
	journey = OidInputFunctionCall(typinput, t.subject, typioparam, -1);
	per_journey = AllocSetContextCreate(CurrentMemoryContext, "cx_metrics friction journey",
										ALLOCSET_DEFAULT_SIZES);
	PushActiveSnapshot(GetTransactionSnapshot());
	fric_check_journey(&c, &cfg, plan, journey, &t, per_journey, &skipped);
	PopActiveSnapshot();
	stmt_finish(&c);
	table_close(rel, NoLock);
	if (skipped > 0)
		ereport(WARNING,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("friction alert of %s: %lld events without a stage or with an infinite time were left out",
						get_rel_name(PG_GETARG_OID(1)), (long long) skipped)));
	PG_RETURN_VOID();
}
