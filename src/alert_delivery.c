/*-------------------------------------------------------------------------
 *
 * alert_delivery.c
 *	  How a new or escalated alert reaches its listeners: NOTIFY in the
 *	  writing transaction ("notify"), or after commit by the extension's
 *	  background worker ("deferred").
 *
 * "deferred": the writing transaction only adds a row to
 * @extschema@.cx_alert_outbox (alert id, channel, payload), inserted
 * directly like the alert row itself (no SQL, no permission check, no name
 * lookup by the inserting role).  The row commits or rolls back with the
 * alert; a prepared transaction keeps it invisible until COMMIT PREPARED.
 * At commit the backend wakes its database's delivery worker
 * (alert_worker.c), which deletes the rows and NOTIFYs their payloads in
 * one transaction: each alert is announced once, after its commit, and a
 * crash loses nothing (the rows are WAL-logged and wait for the next
 * worker).  The writing transaction never calls Async_Notify() in this
 * mode, which is what lets it PREPARE.
 *
 * This file also has the SQL-callable functions of the mode:
 * cx_alert_delivery_check() for cx_alert_attach and
 * cx_alert_delivery_worker() behind the view cx_alert_delivery.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "commands/async.h"
#include "commands/sequence.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/timestamp.h"

#include "alert_delivery.h"
#include "alert_internal.h"

/* this transaction queued deferred alerts: wake the worker at commit */
static bool queued_in_xact = false;
static bool xact_callback_registered = false;
/* the "not preloaded" WARNING, once per backend */
static bool warned_not_preloaded = false;

/*
 * Only a commit wakes the worker.  After an abort the rows are gone; after
 * PREPARE TRANSACTION they are invisible until COMMIT PREPARED, whose
 * backend wakes the worker (alert_worker.c hooks that command), and the
 * worker also looks by itself every second while it runs.
 */
static void
delivery_xact_callback(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_COMMIT:
			if (queued_in_xact)
			{
				queued_in_xact = false;
				cx_alert_delivery_wake(MyDatabaseId);
			}
			break;
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PREPARE:
		case XACT_EVENT_PARALLEL_ABORT:
			queued_in_xact = false;
			break;
		default:
			break;
	}
}

/* a column of the outbox by name; the table is the extension's own */
static int
outbox_column(Relation rel, const char *name)
{
	int			att = SPI_fnumber(RelationGetDescr(rel), name);

	if (att <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" of the alert outbox cx_alert_outbox is missing", name),
				 errhint("Reinstall the extension: DROP EXTENSION cx_metrics; CREATE EXTENSION cx_metrics;")));
	return att;
}

/*
 * Insert the outbox row directly: heap insert, then the executor's index
 * insertion (the primary key, or whatever indexes a DBA added).  Works in
 * a PRE_COMMIT or PRE_PREPARE callback too: it needs no snapshot.
 */
static void
outbox_insert(Oid nsp, const char *channel, int64 alert_id, const char *payload)
{
	Oid			relid = get_relname_relid("cx_alert_outbox", nsp);
	Oid			seqid = get_relname_relid("cx_alert_outbox_id_seq", nsp);
	Relation	rel;
	TupleDesc	desc;
	Datum	   *values;
	bool	   *nulls;
	HeapTuple	tup;
	EState	   *estate;
	ResultRelInfo *rri;
	TupleTableSlot *slot;
	int			i;

	if (!OidIsValid(relid) || !OidIsValid(seqid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("the alert outbox of cx_metrics is missing in schema \"%s\"",
						get_namespace_name(nsp)),
				 errdetail("Alerts with \"delivery\": \"deferred\" are queued in cx_alert_outbox, new in version 1.2."),
				 errhint("Update the extension: ALTER EXTENSION cx_metrics UPDATE;")));

	rel = table_open(relid, RowExclusiveLock);
	desc = RelationGetDescr(rel);
	values = palloc0(sizeof(Datum) * desc->natts);
	nulls = palloc(sizeof(bool) * desc->natts);
	for (i = 0; i < desc->natts; i++)
		nulls[i] = true;
#define SET_COL(name, v) \
	do { int a_ = outbox_column(rel, (name)); values[a_ - 1] = (v); nulls[a_ - 1] = false; } while (0)
	SET_COL("id", Int64GetDatum(nextval_internal(seqid, false)));
	SET_COL("alert_id", Int64GetDatum(alert_id));
	SET_COL("channel", CStringGetTextDatum(channel));
	SET_COL("payload", CStringGetTextDatum(payload));
	SET_COL("queued_at", TimestampTzGetDatum(GetCurrentTransactionStartTimestamp()));
#undef SET_COL
	tup = heap_form_tuple(desc, values, nulls);
	simple_heap_insert(rel, tup);

	estate = CreateExecutorState();
	rri = makeNode(ResultRelInfo);
	InitResultRelInfo(rri, rel, 1, NULL, 0);
	ExecOpenIndices(rri, false);
	slot = ExecInitExtraTupleSlot(estate, desc, &TTSOpsHeapTuple);
	ExecStoreHeapTuple(tup, slot, false);
	(void) CX_EXEC_INSERT_INDEX_TUPLES(rri, slot, estate);
	ExecCloseIndices(rri);
	ExecResetTupleTable(estate->es_tupleTable, false);
	FreeExecutorState(estate);
	table_close(rel, NoLock);
}

/*
 * Deliver payload on channel for alert alert_id of the extension in schema
 * nsp: NOTIFY now, or (deferred) queue it for the background worker.
 */
void
alert_deliver(Oid nsp, const char *channel, bool deferred, int64 alert_id, const char *payload)
{
	if (!deferred)
	{
		Async_Notify(channel, payload);
		return;
	}

	/*
	 * What Async_Notify() would refuse, refused now, in the writing
	 * transaction: the worker must never meet a row it cannot send.
	 */
	if (channel == NULL || channel[0] == '\0' || strlen(channel) >= NAMEDATALEN)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert channel \"%s\" is not a valid NOTIFY channel", cx_errtrunc(channel)),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
	if (payload == NULL || strlen(payload) >= CX_NOTIFY_PAYLOAD_MAX)
		elog(ERROR, "alert payload of %zu bytes is too long for NOTIFY",
			 payload ? strlen(payload) : 0);

	outbox_insert(nsp, channel, alert_id, payload);

	if (!xact_callback_registered)
	{
		RegisterXactCallback(delivery_xact_callback, NULL);
		xact_callback_registered = true;
	}
	queued_in_xact = true;

	/*
	 * The alert is safe in the outbox either way; without the worker it
	 * waits there until the server runs with the library preloaded.
	 */
	if (!cx_alert_delivery_preloaded() && !warned_not_preloaded)
	{
		warned_not_preloaded = true;
		ereport(WARNING,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("deferred alert %lld is queued but will not be delivered: cx_metrics is not in shared_preload_libraries",
						(long long) alert_id),
				 errdetail("It waits in cx_alert_outbox until the server is restarted with the library preloaded."),
				 errhint("Add cx_metrics to shared_preload_libraries and restart the server.")));
	}
}

PG_FUNCTION_INFO_V1(cx_alert_delivery_check);

/*
 * cx_alert_delivery_check(): ERROR unless "delivery": "deferred" can work
 * in this server, i.e. the library was preloaded and its launcher runs.
 * Called by cx_alert_attach() for such a configuration.
 */
Datum
cx_alert_delivery_check(PG_FUNCTION_ARGS)
{
	if (!cx_alert_delivery_preloaded())
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("alert delivery \"deferred\" needs cx_metrics in shared_preload_libraries"),
				 errdetail("Deferred alerts are sent after commit by a background worker of the extension, which only runs when the server loads the library at start."),
				 errhint("Add cx_metrics to shared_preload_libraries in postgresql.conf (or with ALTER SYSTEM) and restart the server, or use \"delivery\": \"notify\".")));
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(cx_alert_delivery_worker);

/*
 * cx_alert_delivery_worker(): whether the library is preloaded, the pids
 * of the launcher and of this database's worker, and what it delivered.
 */
Datum
cx_alert_delivery_worker(PG_FUNCTION_ARGS)
{
	TupleDesc	desc;
	Datum		values[6];
	bool		nulls[6] = {false, false, false, false, false, false};
	CxDeliveryState st;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "cx_alert_delivery_worker: return type must be a row type");
	desc = BlessTupleDesc(desc);
	memset(&st, 0, sizeof(st));
	cx_alert_delivery_state(MyDatabaseId, &st);

	values[0] = BoolGetDatum(cx_alert_delivery_preloaded());
	values[1] = Int32GetDatum(st.launcher_pid);
	nulls[1] = st.launcher_pid == 0;
	values[2] = Int32GetDatum(st.worker_pid);
	nulls[2] = st.worker_pid == 0;
	values[3] = TimestampTzGetDatum(st.worker_started_at);
	nulls[3] = st.worker_started_at == 0;
	values[4] = Int64GetDatum(st.delivered);
	nulls[4] = !cx_alert_delivery_preloaded();
	values[5] = TimestampTzGetDatum(st.last_delivery_at);
	nulls[5] = st.last_delivery_at == 0;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
