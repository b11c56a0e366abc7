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
#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/index.h"
#include "catalog/namespace.h"
#include "commands/async.h"
#include "commands/sequence.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
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

/*
 * The outbox's catalog, per backend (looked up once, not per alert): its
 * relation, sequence, columns and, when it has just its primary key, that
 * index for a direct insertion.  A relcache invalidation of the outbox (or
 * of everything) makes the next alert look again.
 */
enum
{
	OB_ID, OB_ALERT_ID, OB_CHANNEL, OB_PAYLOAD, OB_QUEUED_AT, OB_NCOLS
};
static const char *const outbox_colnames[OB_NCOLS] = {
	"id", "alert_id", "channel", "payload", "queued_at"
};

typedef struct OutboxCatalog
{
	bool		valid;
	Oid			nsp;
	Oid			relid;
	Oid			seqid;
	AttrNumber	att[OB_NCOLS];
	Oid			pkey;			/* InvalidOid: use the executor */
	IndexInfo  *pkey_info;
	MemoryContext cxt;
} OutboxCatalog;

static OutboxCatalog outbox_cat;

static void
outbox_invalidate(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == outbox_cat.relid)
		outbox_cat.valid = false;
}

static void
outbox_catalog(Oid nsp)
{
	static bool registered = false;
	Relation	rel;
	List	   *indexes;
	int			i;

	if (outbox_cat.valid && outbox_cat.nsp == nsp)
		return;
	if (!registered)
	{
		CacheRegisterRelcacheCallback(outbox_invalidate, (Datum) 0);
		registered = true;
	}
	outbox_cat.relid = get_relname_relid("cx_alert_outbox", nsp);
	outbox_cat.seqid = get_relname_relid("cx_alert_outbox_id_seq", nsp);
	if (!OidIsValid(outbox_cat.relid) || !OidIsValid(outbox_cat.seqid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("the alert outbox of cx_metrics is missing in schema \"%s\"",
						get_namespace_name(nsp)),
				 errdetail("Alerts with \"delivery\": \"deferred\" are queued in cx_alert_outbox, new in version 1.2."),
				 errhint("Update the extension: ALTER EXTENSION cx_metrics UPDATE;")));
	if (outbox_cat.cxt == NULL)
		outbox_cat.cxt = AllocSetContextCreate(CacheMemoryContext, "cx_metrics alert outbox",
											   ALLOCSET_SMALL_SIZES);
	MemoryContextReset(outbox_cat.cxt);
	rel = table_open(outbox_cat.relid, AccessShareLock);
	for (i = 0; i < OB_NCOLS; i++)
	{
		outbox_cat.att[i] = SPI_fnumber(RelationGetDescr(rel), outbox_colnames[i]);
		if (outbox_cat.att[i] <= 0)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("column \"%s\" of the alert outbox cx_alert_outbox is missing",
							outbox_colnames[i]),
					 errhint("Reinstall the extension: DROP EXTENSION cx_metrics; CREATE EXTENSION cx_metrics;")));
	}
	/* just its primary key on (id), plain: insert that entry directly */
	indexes = RelationGetIndexList(rel);
	outbox_cat.pkey = InvalidOid;
	if (list_length(indexes) == 1 && OidIsValid(CX_PRIMARY_KEY_INDEX(rel)))
	{
		Relation	pk = index_open(linitial_oid(indexes), AccessShareLock);
		MemoryContext old = MemoryContextSwitchTo(outbox_cat.cxt);

		outbox_cat.pkey_info = BuildIndexInfo(pk);
		MemoryContextSwitchTo(old);
		if (pk->rd_index->indnatts == 1 && pk->rd_index->indkey.values[0] == outbox_cat.att[OB_ID] &&
			outbox_cat.pkey_info->ii_Expressions == NIL && outbox_cat.pkey_info->ii_Predicate == NIL)
			outbox_cat.pkey = RelationGetRelid(pk);
		index_close(pk, AccessShareLock);
	}
	list_free(indexes);
	table_close(rel, AccessShareLock);
	outbox_cat.nsp = nsp;
	outbox_cat.valid = true;
}

/*
 * Insert the outbox row directly: heap insert, then its primary key entry
 * (or, when a DBA added indexes, the executor's index insertion).  Works in
 * a PRE_COMMIT or PRE_PREPARE callback too: it needs no snapshot.
 */
static void
outbox_insert(Oid nsp, const char *channel, int64 alert_id, const char *payload)
{
	Relation	rel;
	TupleDesc	desc;
	Datum	   *values;
	bool	   *nulls;
	HeapTuple	tup;
	int			i;

	outbox_catalog(nsp);
	rel = table_open(outbox_cat.relid, RowExclusiveLock);
	desc = RelationGetDescr(rel);
	values = palloc0(sizeof(Datum) * desc->natts);
	nulls = palloc(sizeof(bool) * desc->natts);
	for (i = 0; i < desc->natts; i++)
		nulls[i] = true;
#define SET_COL(c, v) (values[outbox_cat.att[c] - 1] = (v), nulls[outbox_cat.att[c] - 1] = false)
	SET_COL(OB_ID, Int64GetDatum(nextval_internal(outbox_cat.seqid, false)));
	SET_COL(OB_ALERT_ID, Int64GetDatum(alert_id));
	SET_COL(OB_CHANNEL, CStringGetTextDatum(channel));
	SET_COL(OB_PAYLOAD, CStringGetTextDatum(payload));
	SET_COL(OB_QUEUED_AT, TimestampTzGetDatum(GetCurrentTransactionStartTimestamp()));
#undef SET_COL
	tup = heap_form_tuple(desc, values, nulls);
	simple_heap_insert(rel, tup);

	if (OidIsValid(outbox_cat.pkey))
	{
		Relation	pk = index_open(outbox_cat.pkey, RowExclusiveLock);
		Datum		iv[1];
		bool		inull[1] = {false};

		iv[0] = values[outbox_cat.att[OB_ID] - 1];
		(void) index_insert(pk, iv, inull, &tup->t_self, rel, UNIQUE_CHECK_YES, false,
							outbox_cat.pkey_info);
		index_close(pk, NoLock);
	}
	else
		alert_exec_insert_indexes(rel, tup);
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
	alert_delivery_wake_at_commit();

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

/* wake this database's worker when the transaction commits */
void
alert_delivery_wake_at_commit(void)
{
	if (!xact_callback_registered)
	{
		RegisterXactCallback(delivery_xact_callback, NULL);
		xact_callback_registered = true;
	}
	queued_in_xact = true;
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
