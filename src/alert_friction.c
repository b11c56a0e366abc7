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

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_operator.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "common/hashfn.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "parser/parse_coerce.h"
#include "storage/bufmgr.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/datum.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"
#include "utils/typcache.h"
#include "utils/varlena.h"

#include "alert_internal.h"

#include "alert_stmt_internal.h"
#include "alert_stmt.h"
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
	StmtRows	rows;
	char	   *journey_col;
	char	   *at_col;
	char	   *stage_col;
	char	   *where_col;
	char	   *where_value;
	char	   *window_text;
	Interval   *window;
	int64		window_us;
	int32		repeats_thr;
	int32		loops_thr;
	AttrNumber	journey_att;
	AttrNumber	at_att;
	AttrNumber	where_att = 0;
	Oid			at_type;
	Oid			journey_type;
	TextCast	journey_cast;
	TextCast	where_cast;
	KeyHash		keys;
	Touched    *touched = NULL;
	int			ntouched = 0;
	int			cap = 0;
	StringInfoData sql;
	Oid			argtypes[2];
	SPIPlanPtr	plan;
	MemoryContext per_journey;
	int64		skipped;
	RowMemory	rowmem;
	int			i;

	if (tuplestore_tuple_count(td->tg_newtable) == 0)
		return PointerGetDatum(NULL);
	stmt_start(&c, fcinfo, td, "friction alert trigger", "journey_friction");

	journey_col = stmt_setting_text(&c, "journey", true);
	at_col = stmt_setting_text(&c, "at", true);
	stage_col = stmt_setting_text(&c, "stage", false);
	where_col = stmt_setting_text(&c, "where_column", false);
	where_value = stmt_setting_text(&c, "where_value", false);
	if ((where_col == NULL) != (where_value == NULL))
		stmt_bad_config(&c, where_col ? "where_value" : "where_column");
	window_text = stmt_setting_text(&c, "window", true);
	window = stmt_setting_interval(&c, "window");
	if (!cx_alert_interval_us(window->month, window->day, window->time, &window_us))
		stmt_bad_config(&c, "window");
	repeats_thr = stmt_setting_int(&c, "repeats");
	loops_thr = stmt_setting_int(&c, "loops");
	journey_att = stmt_column(&c, c.rel, "journey", journey_col);
	journey_type = stmt_column_type(c.rel, journey_att);
	at_att = stmt_column(&c, c.rel, "at", at_col);
	at_type = at_type_checked(&c, stmt_column_type(c.rel, at_att), at_col);
	if (stage_col != NULL)
		(void) stmt_column(&c, c.rel, "stage", stage_col);
	text_cast_init(&journey_cast, journey_type);
	if (where_col != NULL)
	{
		where_att = stmt_column(&c, c.rel, "where_column", where_col);
		text_cast_init(&where_cast, stmt_column_type(c.rel, where_att));
	}

	/* the journeys touched, with the time of their latest new event */
	row_memory_init(&rowmem);
	keyhash_init(&keys, journey_type, TupleDescAttr(RelationGetDescr(c.rel), journey_att - 1)->attcollation);
	stmt_rows_begin(&rows, &c);
	while (stmt_rows_next(&rows))
	{
		TupleTableSlot *slot = rows.slot;
		bool		isnull;
		Datum		j = slot_getattr(slot, journey_att, &isnull);
		Datum		at;
		TimestampTz t;
		bool		isnew;
		int			k;

		if (isnull)
			continue;
		at = slot_getattr(slot, at_att, &isnull);
		if (isnull)
			continue;
		if (where_att)
		{
			Datum		w = slot_getattr(slot, where_att, &isnull);
			text	   *wt;
			bool		match;

			if (isnull)
				continue;
			wt = text_cast_row(&where_cast, w, &rowmem);
			match = VARSIZE_ANY_EXHDR(wt) == strlen(where_value) &&
				memcmp(VARDATA_ANY(wt), where_value, VARSIZE_ANY_EXHDR(wt)) == 0;
			row_memory_next(&rowmem);
			if (!match)
				continue;
		}
		t = event_time(at_type, at);
		k = keyhash_add(&keys, j, &isnew);
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
			touched[ntouched].subject = text_cast_cstring(&journey_cast, keys.keys[k]);
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

	/* each journey's window, from the table */
	initStringInfo(&sql);
	appendStringInfo(&sql, "SELECT ");
	if (stage_col != NULL)
		appendStringInfo(&sql, "e.%s::pg_catalog.text", quote_identifier(stage_col));
	else
		appendStringInfoString(&sql, "'contact'::pg_catalog.text");
	appendStringInfo(&sql,
					 ", e.%2$s::pg_catalog.timestamptz FROM %3$s e"
					 " WHERE e.%1$s OPERATOR(pg_catalog.=) $1"
					 " AND e.%2$s::pg_catalog.timestamptz OPERATOR(pg_catalog.>=) ($2 OPERATOR(pg_catalog.-) %4$s::pg_catalog.interval)"
					 " AND e.%2$s::pg_catalog.timestamptz OPERATOR(pg_catalog.<=) $2",
					 quote_identifier(journey_col), quote_identifier(at_col), c.acfg->source,
					 quote_literal_cstr(window_text));
	if (where_col != NULL)
		appendStringInfo(&sql, " AND e.%s::pg_catalog.text OPERATOR(pg_catalog.=) %s",
						 quote_identifier(where_col), quote_literal_cstr(where_value));
	argtypes[0] = journey_type;
	argtypes[1] = TIMESTAMPTZOID;
	plan = stmt_plan(sql.data, 2, argtypes);

	skipped = 0;
	per_journey = AllocSetContextCreate(CurrentMemoryContext, "cx_metrics friction journey",
										ALLOCSET_DEFAULT_SIZES);

	/*
	 * One snapshot for every journey, taken after the new rows (a read-only
	 * SPI query would not increment the command counter): as the single
	 * query of the PL/pgSQL trigger saw the table.
	 */
	CommandCounterIncrement();
	PushActiveSnapshot(GetTransactionSnapshot());
	for (i = 0; i < ntouched; i++)
	{
		Touched    *t = &touched[i];
		MemoryContext old = MemoryContextSwitchTo(per_journey);
		Datum		values[2];
		StrDict		stages;
		CxJourneyEvent *ev;
		uint32	   *rank;
		CxJourneyStageResult *res;
		int64	   *scratch;
		CxFrictionCounts counts;
		cx_friction_verdict verdict;
		uint64		n;
		uint64		r;
		uint64		m = 0;
		int			ret;

		values[0] = keys.keys[t->key];
		values[1] = TimestampTzGetDatum(t->last_at);
		ret = SPI_execute_plan(plan, values, NULL, true, 0);
		if (ret != SPI_OK_SELECT)
			elog(ERROR, "reading the journey's window returned %d", ret);
		n = SPI_processed;
		strdict_init(&stages);
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
			 * infinite time; here that would fail the customer's insert, so
			 * such events are left out and counted (one WARNING below).
			 */
			if (snull || anull || TIMESTAMP_NOT_FINITE(at) ||
				VARSIZE_ANY_EXHDR(DatumGetTextPP(sd)) == 0)
			{
				skipped++;
				continue;
			}
			st = DatumGetTextPP(sd);
			len = VARSIZE_ANY_EXHDR(st);
			if (len > STMT_MAX_STAGE_NAME)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("friction alert trigger \"%s\": a stage name of journey %s is longer than %d bytes",
								c.tgname, t->subject, STMT_MAX_STAGE_NAME)));
			ev[m].stage = strdict_intern(&stages, VARDATA_ANY(st), len);
			if (stages.n > STMT_MAX_STAGES)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("friction alert trigger \"%s\": journey %s has more than %d stages",
								c.tgname, t->subject, STMT_MAX_STAGES)));
			ev[m].at = at;
			ev[m].channel = -1;
			ev[m].failed = -1;
			ev[m].tie = 0;
			m++;
		}
		SPI_freetuptable(SPI_tuptable);

		rank = palloc(sizeof(uint32) * Max(stages.n, 1));
		{
			size_t	   *lens = palloc(sizeof(size_t) * Max(stages.n, 1));
			int			s;

			for (s = 0; s < stages.n; s++)
				lens[s] = stages.len[s];
			cx_alert_rank_names((const char *const *) stages.str, lens, stages.n, rank);
		}
		res = palloc(sizeof(CxJourneyStageResult) * Max(stages.n, 1));
		scratch = palloc(sizeof(int64) * 4 * Max(stages.n, 1));
		cx_alert_friction_counts(ev, m, stages.n, rank, window_us, res, scratch, &counts);
		verdict = cx_alert_friction_verdict(counts.repeats, counts.loops, repeats_thr, loops_thr);
		if (verdict != CX_FRICTION_QUIET)
		{
			JsonbParseState *st = NULL;
			JsonbValue *details;
			char	   *key = DatumGetCString(DirectFunctionCall1(timestamptz_out,
																  TimestampTzGetDatum(t->last_at)));

			(void) pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
			alert_jb_string(&st, "journey", t->subject, STMT_JB_MAX);
			jb_int(&st, "events", counts.events);
			jb_int(&st, "repeats", counts.repeats);
			jb_int(&st, "loops", counts.loops);
			alert_jb_string(&st, "last_stage", counts.last_stage >= 0 ? stages.str[counts.last_stage] : NULL, STMT_JB_MAX);
			jb_setting(&st, &c, "window", "window");
			jb_setting(&st, &c, "repeats_threshold", "repeats");
			jb_setting(&st, &c, "loops_threshold", "loops");
			jb_datetime(&st, "last_event_at", TimestampTzGetDatum(t->last_at), TIMESTAMPTZOID);
			alert_jb_string(&st, "table", c.acfg->source, STMT_JB_MAX);
			details = pushJsonbValue(&st, WJB_END_OBJECT, NULL);
			stmt_queue_alert(&c, verdict == CX_FRICTION_HIGH ? "high" : "medium", key, t->subject, details);
		}
		MemoryContextSwitchTo(old);
		MemoryContextReset(per_journey);
		CHECK_FOR_INTERRUPTS();
	}
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
