/*-------------------------------------------------------------------------
 *
 * alert_worker.c
 *	  The background workers of deferred alert delivery: a launcher, and a
 *	  worker per database that NOTIFYs the alerts queued in
 *	  @extschema@.cx_alert_outbox once their transaction has committed.
 *
 * Only with shared_preload_libraries = 'cx_metrics': _PG_init then asks for
 * a small shared area (one slot per database that has, or recently had,
 * something to deliver) and registers the launcher, a static worker
 * connected to no database (it reads pg_database, a shared catalog, like
 * the logical replication launcher).
 *
 *	- At its start (server start, or after a crash) the launcher gives every
 *	  connectable database a worker, one after the other, at most
 *	  DLV_MAX_WORKERS at a time: whatever was queued before a crash or a
 *	  shutdown goes out now.  Such a "sweep" worker leaves as soon as its
 *	  outbox is empty, or at once where cx_metrics 1.2 is not installed.
 *	- A transaction that queued alerts wakes its database's worker when it
 *	  commits (cx_alert_delivery_wake()): it sets the worker's latch, or
 *	  marks the slot pending for the launcher to start one.  Such a worker
 *	  stays until it had nothing to do for DLV_IDLE_MS, looking again every
 *	  DLV_POLL_MS in case a wake-up was missed.
 *	- COMMIT PREPARED wakes the worker of its database too (the prepared
 *	  transaction's rows become visible then, in another backend than the
 *	  one that queued them): a ProcessUtility hook.
 *
 * A worker takes up to DLV_BATCH rows in id order (FOR UPDATE SKIP LOCKED),
 * deletes them and NOTIFYs each payload in the same transaction: the
 * notifications reach the listeners if and only if the deletion commits,
 * so an alert is announced once, never for a rolled-back or still
 * prepared transaction, and nothing is lost to a crash.
 *
 * With Citus, a database whose alert configurations include one on a
 * distributed table keeps its worker: every DLV_RELAY_MS it also runs
 * cx_alert_relay_drain(), which raises on the coordinator the alerts that
 * the shards' triggers relayed (see alert_relay.c).
 *
 * Workers stay connected only while there is work, because a connected
 * worker makes DROP DATABASE, ALTER DATABASE RENAME / SET TABLESPACE and
 * CREATE DATABASE ... TEMPLATE of its database fail; the same hook asks it
 * to leave before those commands.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include <signal.h>

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/pg_database.h"
#include "commands/async.h"
#include "commands/dbcommands.h"
#include "commands/defrem.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "postmaster/bgworker.h"
#include "postmaster/interrupt.h"
#include "storage/ipc.h"
#include "storage/latch.h"
#include "storage/lwlock.h"
#include "storage/proc.h"
#include "storage/shmem.h"
#include "tcop/tcopprot.h"
#include "tcop/utility.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

#include "alert_delivery.h"

#define DLV_SLOTS		1024	/* databases tracked at once */
#define DLV_MAX_WORKERS	4		/* delivery workers running at once */
#define DLV_POLL_MS		1000	/* a worker looks at least this often */
#define DLV_IDLE_MS		2000	/* and leaves after this long without work */
#define DLV_RETRY_MS	5000	/* after a worker failed, before the next */
#define DLV_BATCH		1000	/* rows per delivering transaction */
#define DLV_GATHER_MS	20		/* at least this long between two batches */
#define DLV_RELAY_MS	500		/* the relays of Citus workers: looked at this often */

#define DLV_NAME		"cx_metrics alert delivery"
#define DLV_LAUNCHER	"cx_metrics alert delivery launcher"

typedef struct DlvSlot
{
	Oid			dboid;			/* InvalidOid: free */
	bool		pending;		/* something to deliver since the worker looked */
	bool		starting;		/* the launcher registered a worker for it */
	bool		sweep;			/* ... to look once (launcher start) */
	bool		leave;			/* a database command wants the worker gone */
	pid_t		pid;			/* the running worker, 0 if none */
	Latch	   *latch;			/* its latch */
	TimestampTz retry_at;		/* no worker may start before */
	TimestampTz used_at;		/* last wake-up: the oldest free slot is reused */
	TimestampTz started_at;
	TimestampTz last_delivery_at;
	int64		delivered;
} DlvSlot;

typedef struct DlvShared
{
	LWLock	   *lock;
	pid_t		launcher_pid;
	Latch	   *launcher_latch;
	bool		sweep_wanted;	/* a wake-up found no slot: look everywhere */
	DlvSlot		slots[DLV_SLOTS];
} DlvShared;

static DlvShared *dlv = NULL;
static bool dlv_preloaded = false;

static shmem_request_hook_type prev_shmem_request_hook = NULL;
static shmem_startup_hook_type prev_shmem_startup_hook = NULL;
static ProcessUtility_hook_type prev_ProcessUtility = NULL;

PGDLLEXPORT void cx_alert_launcher_main(Datum arg);
PGDLLEXPORT void cx_alert_worker_main(Datum arg);

/* ---- shared state --------------------------------------------------------- */

static void
dlv_shmem_request(void)
{
	if (prev_shmem_request_hook)
		prev_shmem_request_hook();
	RequestAddinShmemSpace(MAXALIGN(sizeof(DlvShared)));
	RequestNamedLWLockTranche(DLV_NAME, 1);
}

static void
dlv_shmem_startup(void)
{
	bool		found;

	if (prev_shmem_startup_hook)
		prev_shmem_startup_hook();
	LWLockAcquire(AddinShmemInitLock, LW_EXCLUSIVE);
	dlv = ShmemInitStruct(DLV_NAME, sizeof(DlvShared), &found);
	if (!found)
	{
		memset(dlv, 0, sizeof(DlvShared));
		dlv->lock = &(GetNamedLWLockTranche(DLV_NAME))->lock;
	}
	LWLockRelease(AddinShmemInitLock);
}

/*
 * The slot of database dboid (lock held exclusively); with create, a free
 * one or else the least recently used idle one.  NULL when there is none.
 */
static DlvSlot *
dlv_slot(Oid dboid, bool create)
{
	DlvSlot    *victim = NULL;
	int			i;

	for (i = 0; i < DLV_SLOTS; i++)
	{
		DlvSlot    *s = &dlv->slots[i];

		if (s->dboid == dboid)
			return s;
		if (!create || s->pid != 0 || s->starting || s->pending)
			continue;
		if (victim == NULL ||
			(victim->dboid != InvalidOid &&
			 (s->dboid == InvalidOid || s->used_at < victim->used_at)))
			victim = s;
	}
	if (victim != NULL)
	{
		memset(victim, 0, sizeof(DlvSlot));
		victim->dboid = dboid;
	}
	return victim;
}

/* see alert_delivery.h; runs after commit, so nothing here may ERROR */
void
cx_alert_delivery_wake(Oid dboid)
{
	DlvSlot    *s;

	if (dlv == NULL)
		return;
	LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
	s = dlv_slot(dboid, true);
	if (s == NULL)
	{
		/* a thousand databases are waiting: the launcher looks in all */
		dlv->sweep_wanted = true;
		if (dlv->launcher_latch)
			SetLatch(dlv->launcher_latch);
	}
	else if (!s->pending)
	{
		/*
		 * Only the first commit since the worker last looked wakes it: under
		 * a steady stream of alerting commits the others cost a flag test,
		 * not a signal each.
		 */
		s->pending = true;
		s->used_at = GetCurrentTimestamp();
		if (s->latch)
			SetLatch(s->latch);
		else if (!s->starting && dlv->launcher_latch)
			SetLatch(dlv->launcher_latch);
	}
	LWLockRelease(dlv->lock);
}

bool
cx_alert_delivery_preloaded(void)
{
	return dlv_preloaded && dlv != NULL;
}

void
cx_alert_delivery_state(Oid dboid, CxDeliveryState *state)
{
	DlvSlot    *s;

	memset(state, 0, sizeof(*state));
	if (dlv == NULL)
		return;
	LWLockAcquire(dlv->lock, LW_SHARED);
	state->launcher_pid = dlv->launcher_pid;
	s = dlv_slot(dboid, false);
	if (s != NULL)
	{
		state->worker_pid = s->pid;
		state->worker_started_at = s->started_at;
		state->last_delivery_at = s->last_delivery_at;
		state->delivered = s->delivered;
	}
	LWLockRelease(dlv->lock);
}

/* ---- the launcher ---------------------------------------------------------- */

static void
launcher_detach(int code, Datum arg)
{
	LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
	dlv->launcher_pid = 0;
	dlv->launcher_latch = NULL;
	LWLockRelease(dlv->lock);
}

/*
 * Give every connectable database after *cursor (by OID) a pending sweep
 * slot, as far as slots are free; returns true when all were covered (else
 * *cursor says where to go on).  Template databases are left alone: a
 * connection to one makes CREATE DATABASE fail.
 */
static bool
launcher_sweep(Oid *cursor)
{
	Relation	rel;
	TableScanDesc scan;
	HeapTuple	tup;
	Oid		   *oids = NULL;
	int			n = 0;
	int			cap = 64;
	int			i;
	bool		done = true;
	MemoryContext old = CurrentMemoryContext;

	StartTransactionCommand();
	(void) GetTransactionSnapshot();
	MemoryContextSwitchTo(old);
	oids = palloc(sizeof(Oid) * cap);
	rel = table_open(DatabaseRelationId, AccessShareLock);
	scan = table_beginscan_catalog(rel, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Form_pg_database db = (Form_pg_database) GETSTRUCT(tup);

		/* -2: a database whose DROP was interrupted (DATCONNLIMIT_INVALID_DB) */
		if (!db->datallowconn || db->datistemplate || db->datconnlimit == -2 ||
			db->oid <= *cursor)
			continue;
		if (n == cap)
		{
			cap *= 2;
			oids = repalloc(oids, sizeof(Oid) * cap);
		}
		oids[n++] = db->oid;
	}
	table_endscan(scan);
	table_close(rel, AccessShareLock);
	CommitTransactionCommand();
	MemoryContextSwitchTo(old);

	qsort(oids, n, sizeof(Oid), oid_cmp);
	LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
	for (i = 0; i < n; i++)
	{
		DlvSlot    *s = dlv_slot(oids[i], true);

		if (s == NULL)
		{
			done = false;
			break;
		}
		if (!s->pending && s->pid == 0 && !s->starting)
			s->sweep = true;
		s->pending = true;
		*cursor = oids[i];
	}
	LWLockRelease(dlv->lock);
	pfree(oids);
	return done;
}

/*
 * Start workers for the pending slots that have none, up to
 * DLV_MAX_WORKERS running; forget the ones that ended before taking their
 * slot (their database went away or refused the connection).
 */
static void
launcher_start_workers(BackgroundWorkerHandle **handles)
{
	TimestampTz now = GetCurrentTimestamp();
	int			running = 0;
	int			i;

	for (i = 0; i < DLV_SLOTS; i++)
	{
		pid_t		pid;

		if (handles[i] == NULL || GetBackgroundWorkerPid(handles[i], &pid) != BGWH_STOPPED)
			continue;
		pfree(handles[i]);
		handles[i] = NULL;
		LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
		if (dlv->slots[i].starting)
		{
			ereport(LOG,
					(errmsg("cx_metrics alert delivery: the worker for database %u ended before it started",
							dlv->slots[i].dboid)));
			memset(&dlv->slots[i], 0, sizeof(DlvSlot));
		}
		LWLockRelease(dlv->lock);
	}

	LWLockAcquire(dlv->lock, LW_SHARED);
	for (i = 0; i < DLV_SLOTS; i++)
		if (dlv->slots[i].pid != 0 || dlv->slots[i].starting)
			running++;
	LWLockRelease(dlv->lock);

	for (i = 0; i < DLV_SLOTS && running < DLV_MAX_WORKERS; i++)
	{
		DlvSlot    *s = &dlv->slots[i];
		BackgroundWorker w;
		Oid			dboid;

		LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
		if (s->dboid == InvalidOid || !s->pending || s->pid != 0 || s->starting ||
			s->retry_at > now || handles[i] != NULL)
		{
			LWLockRelease(dlv->lock);
			continue;
		}
		s->starting = true;
		dboid = s->dboid;
		LWLockRelease(dlv->lock);

		memset(&w, 0, sizeof(w));
		w.bgw_flags = BGWORKER_SHMEM_ACCESS | BGWORKER_BACKEND_DATABASE_CONNECTION;
		w.bgw_start_time = BgWorkerStart_RecoveryFinished;
		w.bgw_restart_time = BGW_NEVER_RESTART;
		snprintf(w.bgw_library_name, sizeof(w.bgw_library_name), "cx_metrics");
		snprintf(w.bgw_function_name, sizeof(w.bgw_function_name), "cx_alert_worker_main");
		snprintf(w.bgw_name, sizeof(w.bgw_name), DLV_NAME " for database %u", dboid);
		snprintf(w.bgw_type, sizeof(w.bgw_type), DLV_NAME);
		w.bgw_main_arg = Int32GetDatum(i);
		memcpy(w.bgw_extra, &dboid, sizeof(Oid));
		w.bgw_notify_pid = MyProcPid;
		if (RegisterDynamicBackgroundWorker(&w, &handles[i]))
		{
			running++;
			continue;
		}
		/* no free background worker slot: try again in a while */
		handles[i] = NULL;
		LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
		s->starting = false;
		s->retry_at = TimestampTzPlusMilliseconds(now, DLV_POLL_MS);
		LWLockRelease(dlv->lock);
		break;
	}
}

void
cx_alert_launcher_main(Datum arg)
{
	BackgroundWorkerHandle **handles;
	Oid			cursor = InvalidOid;
	bool		sweeping = true;

	pqsignal(SIGHUP, SignalHandlerForConfigReload);
	pqsignal(SIGTERM, die);
	BackgroundWorkerUnblockSignals();
	/* no database: only the shared catalogs (pg_database) */
	BackgroundWorkerInitializeConnection(NULL, NULL, 0);

	handles = MemoryContextAllocZero(TopMemoryContext, sizeof(BackgroundWorkerHandle *) * DLV_SLOTS);
	LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
	dlv->launcher_pid = MyProcPid;
	dlv->launcher_latch = MyLatch;

	/*
	 * A launcher before us (terminated, restarted by the postmaster) may
	 * have left slots "starting" whose handles died with it: a worker it
	 * registered that has not attached yet will find its slot no longer
	 * expecting it and leave, and we start a new one.
	 */
	for (int i = 0; i < DLV_SLOTS; i++)
		dlv->slots[i].starting = false;
	LWLockRelease(dlv->lock);
	on_shmem_exit(launcher_detach, (Datum) 0);

	for (;;)
	{
		CHECK_FOR_INTERRUPTS();
		if (ConfigReloadPending)
		{
			ConfigReloadPending = false;
			ProcessConfigFile(PGC_SIGHUP);
		}
		if (sweeping && launcher_sweep(&cursor))
			sweeping = false;
		launcher_start_workers(handles);

		(void) WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
						 DLV_POLL_MS, PG_WAIT_EXTENSION);
		ResetLatch(MyLatch);

		LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
		if (dlv->sweep_wanted && !sweeping)
		{
			sweeping = true;
			cursor = InvalidOid;
		}
		dlv->sweep_wanted = false;
		LWLockRelease(dlv->lock);
	}
}

/* ---- the per-database worker ------------------------------------------------ */

static int	my_slot = -1;

/*
 * On any exit: free the slot's worker fields.  After an ERROR (code != 0)
 * the rows are still queued: mark the slot pending again, for a new worker
 * after DLV_RETRY_MS (unless a database command asked us to leave).
 */
static void
worker_detach(int code, Datum arg)
{
	DlvSlot    *s;
	TimestampTz now = GetCurrentTimestamp();

	if (my_slot < 0)
		return;
	s = &dlv->slots[my_slot];
	LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
	if (s->pid == MyProcPid)
	{
		s->pid = 0;
		s->latch = NULL;
		if (code != 0 && s->retry_at <= now)
		{
			s->pending = true;
			s->retry_at = TimestampTzPlusMilliseconds(now, DLV_RETRY_MS);
		}
		if (s->pending && dlv->launcher_latch)
			SetLatch(dlv->launcher_latch);
	}
	LWLockRelease(dlv->lock);
}

/* the extension's schema when it has the outbox, else InvalidOid (SPI connected) */
static Oid
worker_outbox_schema(void)
{
	int			ret;
	bool		isnull;
	Oid			nsp;

	ret = SPI_execute("SELECT e.extnamespace FROM pg_catalog.pg_extension e "
					  "WHERE e.extname OPERATOR(pg_catalog.=) 'cx_metrics'", true, 1);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading pg_extension returned %d", ret);
	if (SPI_processed != 1)
		return InvalidOid;
	nsp = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	if (!OidIsValid(get_relname_relid("cx_alert_outbox", nsp)))
		return InvalidOid;
	return nsp;
}

/*
 * One delivering transaction: take up to DLV_BATCH rows in id order,
 * delete them and NOTIFY each.  Returns how many, or -1 when the database
 * has no outbox (cx_metrics 1.2 is not installed); *more: committed rows
 * are left (the next batch, or rows someone else has locked: then the
 * worker stays and looks again, rather than leaving them until the next
 * wake-up); *citus: Citus is installed (the relays may need a round).
 */
static int64
worker_deliver_batch(bool *more, bool *citus)
{
	Oid			nsp;
	char	   *sql;
	const char *q;
	int			ret;
	uint64		n = 0;
	uint64		i;
	bool		isnull;

	*more = false;
	SetCurrentStatementStartTimestamp();
	StartTransactionCommand();
	PushActiveSnapshot(GetTransactionSnapshot());
	pgstat_report_activity(STATE_RUNNING, "delivering deferred alerts from cx_alert_outbox");
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	nsp = worker_outbox_schema();
	/* only then has a round of the relays (another transaction) anything to do */
	*citus = OidIsValid(get_extension_oid("citus", true));
	if (OidIsValid(nsp))
	{
		q = quote_identifier(get_namespace_name(nsp));
		sql = psprintf("WITH d AS (DELETE FROM %s.cx_alert_outbox o WHERE o.id IN "
					   "(SELECT i.id FROM %s.cx_alert_outbox i ORDER BY i.id LIMIT %d FOR UPDATE SKIP LOCKED) "
					   "RETURNING o.id, o.channel, o.payload, o.alert_id) "
					   "SELECT d.channel, d.payload, d.alert_id FROM d ORDER BY d.id",
					   q, q, DLV_BATCH);
		ret = SPI_execute(sql, false, 0);
		if (ret != SPI_OK_SELECT)
			elog(ERROR, "delivering the alert outbox returned %d", ret);
		n = SPI_processed;
		for (i = 0; i < n; i++)
		{
			HeapTuple	tup = SPI_tuptable->vals[i];
			char	   *channel = SPI_getvalue(tup, SPI_tuptable->tupdesc, 1);
			char	   *payload = SPI_getvalue(tup, SPI_tuptable->tupdesc, 2);

			/*
			 * alert_deliver() only queues what NOTIFY accepts; a row put
			 * there by hand that it would refuse must not block the
			 * queue forever: dropped, loudly.
			 */
			if (channel == NULL || channel[0] == '\0' || strlen(channel) >= NAMEDATALEN ||
				payload == NULL || strlen(payload) >= CX_NOTIFY_PAYLOAD_MAX)
				ereport(WARNING,
						(errmsg("cx_metrics alert delivery: dropping the undeliverable outbox row of alert %s",
								SPI_getvalue(tup, SPI_tuptable->tupdesc, 3)),
						 errdetail("Its channel or payload is not one NOTIFY accepts.")));
			else
				Async_Notify(channel, payload);
		}
		sql = psprintf("SELECT EXISTS (SELECT FROM %s.cx_alert_outbox)", q);
		if (SPI_execute(sql, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
			elog(ERROR, "looking into the alert outbox failed");
		*more = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	}
	SPI_finish();
	PopActiveSnapshot();
	/* the notifications are sent if and only if the deletion commits */
	CommitTransactionCommand();
	pgstat_report_stat(false);
	pgstat_report_activity(STATE_IDLE, NULL);
	return OidIsValid(nsp) ? (int64) n : -1;
}

/*
 * One round of the Citus relays (see alert_relay.c): in a transaction of
 * its own, cx_alert_relay_drain() raises the alerts that the shards' triggers
 * relayed.  Returns the number of relayed rows taken, or -1 when this
 * database has no alert configuration on a Citus table (or no cx_metrics
 * 1.2).
 */
static int64
worker_relay_round(void)
{
	int64		n = -1;
	bool		isnull;
	Datum		d;

	SetCurrentStatementStartTimestamp();
	StartTransactionCommand();
	PushActiveSnapshot(GetTransactionSnapshot());
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute("SELECT pg_catalog.quote_ident(n.nspname) OPERATOR(pg_catalog.||) '.cx_alert_relay_drain' "
					"FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace "
					"WHERE e.extname OPERATOR(pg_catalog.=) 'cx_metrics' "
					"AND EXISTS (SELECT FROM pg_catalog.pg_extension c WHERE c.extname OPERATOR(pg_catalog.=) 'citus') "
					"AND pg_catalog.to_regprocedure(pg_catalog.quote_ident(n.nspname) "
					"OPERATOR(pg_catalog.||) '.cx_alert_relay_drain(integer)') IS NOT NULL",
					true, 1) != SPI_OK_SELECT)
		elog(ERROR, "looking up cx_alert_relay_drain failed");
	if (SPI_processed == 1)
	{
		char	   *fn = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);

		if (fn != NULL)
		{
			pgstat_report_activity(STATE_RUNNING, "raising the alerts relayed by Citus shards");
			if (SPI_execute(psprintf("SELECT %s(%d)", fn, DLV_BATCH), false, 1) != SPI_OK_SELECT ||
				SPI_processed != 1)
				elog(ERROR, "cx_alert_relay_drain failed");
			d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
			n = isnull ? -1 : DatumGetInt64(d);
		}
	}
	SPI_finish();
	PopActiveSnapshot();
	/* the relayed alerts are raised at this commit (alert_pending.c) */
	CommitTransactionCommand();
	pgstat_report_stat(false);
	pgstat_report_activity(STATE_IDLE, NULL);
	return n;
}

void
cx_alert_worker_main(Datum arg)
{
	int			idx = DatumGetInt32(arg);
	Oid			dboid;
	DlvSlot    *s;
	bool		sweep;
	bool		more = false;
	bool		relay = false;	/* a configuration on a Citus table: stay */
	bool		citus = false;	/* Citus is installed in this database */
	TimestampTz idle_since;
	TimestampTz last_batch_at = 0;

	memcpy(&dboid, MyBgworkerEntry->bgw_extra, sizeof(Oid));
	pqsignal(SIGHUP, SignalHandlerForConfigReload);
	pqsignal(SIGTERM, die);
	BackgroundWorkerUnblockSignals();
	BackgroundWorkerInitializeConnectionByOid(dboid, InvalidOid, 0);

	if (idx < 0 || idx >= DLV_SLOTS)
		elog(ERROR, "cx_metrics alert delivery: bad slot %d", idx);
	s = &dlv->slots[idx];
	LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
	if (s->dboid != dboid || s->pid != 0 || !s->starting || s->retry_at > GetCurrentTimestamp())
	{
		/* not ours any more, or a database command asked us to stay away */
		s->starting = s->dboid == dboid ? false : s->starting;
		LWLockRelease(dlv->lock);
		proc_exit(0);
	}
	s->pid = MyProcPid;
	s->latch = MyLatch;
	s->starting = false;
	sweep = s->sweep;
	s->sweep = false;
	s->started_at = GetCurrentTimestamp();
	LWLockRelease(dlv->lock);
	my_slot = idx;
	before_shmem_exit(worker_detach, (Datum) 0);

	SetConfigOption("application_name", DLV_NAME, PGC_USERSET, PGC_S_OVERRIDE);
	/* the SQL is qualified; nothing else may be found by name either */
	SetConfigOption("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_OVERRIDE);

	idle_since = GetCurrentTimestamp();
	for (;;)
	{
		int64		n;
		TimestampTz now;

		/*
		 * Under a stream of alerting commits, gather: a batch at most every
		 * DLV_GATHER_MS, so that the worker runs one transaction for many
		 * alerts instead of one per commit (which took about as much CPU as
		 * the writers).  An alert after a quiet spell goes out at once.
		 */
		if (last_batch_at != 0)
		{
			long		since = TimestampDifferenceMilliseconds(last_batch_at, GetCurrentTimestamp());

			if (since < DLV_GATHER_MS)
				(void) WaitLatch(MyLatch, WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
								 DLV_GATHER_MS - since, PG_WAIT_EXTENSION);
		}
		CHECK_FOR_INTERRUPTS();
		if (ConfigReloadPending)
		{
			ConfigReloadPending = false;
			ProcessConfigFile(PGC_SIGHUP);
		}
		LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
		if (s->leave)
		{
			/* (pending stays: a new worker comes after DLV_RETRY_MS) */
			s->leave = false;
			s->pid = 0;
			s->latch = NULL;
			LWLockRelease(dlv->lock);
			proc_exit(0);
		}
		s->pending = false;
		LWLockRelease(dlv->lock);

		do
		{
			n = worker_deliver_batch(&more, &citus);
			if (n > 0)
			{
				LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
				s->delivered += n;
				s->last_delivery_at = GetCurrentTimestamp();
				LWLockRelease(dlv->lock);
			}
		} while (n >= DLV_BATCH);
		relay = false;
		if (n >= 0 && citus)
		{
			int64		r;

			do
				r = worker_relay_round();
			while (r >= DLV_BATCH);
			relay = r >= 0;
			if (r > 0)
				idle_since = GetCurrentTimestamp();
		}

		now = GetCurrentTimestamp();
		if (n > 0)
			idle_since = now;
		last_batch_at = now;
		LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
		if (n >= 0 && s->pending)
		{
			LWLockRelease(dlv->lock);
			continue;
		}
		/*
		 * No outbox here; or the outbox is empty and there was nothing to
		 * do for a while (a sweep leaves at once)
		 */
		if (n < 0 || (!more && !relay && (sweep || TimestampDifferenceExceeds(idle_since, now, DLV_IDLE_MS))))
		{
			if (n < 0)
				s->pending = false;
			s->pid = 0;
			s->latch = NULL;
			LWLockRelease(dlv->lock);
			proc_exit(0);
		}
		LWLockRelease(dlv->lock);

		(void) WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
						 relay ? DLV_RELAY_MS : DLV_POLL_MS, PG_WAIT_EXTENSION);
		ResetLatch(MyLatch);
	}
}

/* ---- COMMIT PREPARED and the database commands -------------------------------- */

/*
 * Before a command that needs database dbname free of connections: ask
 * its worker to leave (it does between two batches), keep the launcher
 * from starting another for DLV_RETRY_MS, and wait until it has gone;
 * after 3 s (a batch stuck on a lock) terminate it.  The command itself
 * waits up to 5 s for other sessions to leave.
 */
static void
dlv_vacate(const char *dbname)
{
	Oid			dboid = get_database_oid(dbname, true);
	DlvSlot    *s;
	pid_t		pid = 0;
	int			i;

	if (!OidIsValid(dboid) || dlv == NULL)
		return;
	LWLockAcquire(dlv->lock, LW_EXCLUSIVE);
	s = dlv_slot(dboid, false);
	if (s != NULL)
	{
		s->retry_at = TimestampTzPlusMilliseconds(GetCurrentTimestamp(), DLV_RETRY_MS);
		pid = s->pid;
		if (pid != 0)
		{
			s->leave = true;
			SetLatch(s->latch);
		}
	}
	LWLockRelease(dlv->lock);
	if (pid == 0)
		return;
	for (i = 0; i < 400; i++)
	{
		bool		gone;

		LWLockAcquire(dlv->lock, LW_SHARED);
		gone = s->pid != pid;
		LWLockRelease(dlv->lock);
		if (gone)
			break;
		if (i == 300)
			(void) kill(pid, SIGTERM);
		CHECK_FOR_INTERRUPTS();
		pg_usleep(10000L);
	}
}

/* the database a utility statement needs free of connections, or NULL */
static const char *
dlv_vacated_database(Node *parsetree)
{
	ListCell   *lc;

	switch (nodeTag(parsetree))
	{
		case T_DropdbStmt:
			return ((DropdbStmt *) parsetree)->dbname;
		case T_RenameStmt:
			if (((RenameStmt *) parsetree)->renameType == OBJECT_DATABASE)
				return ((RenameStmt *) parsetree)->subname;
			return NULL;
		case T_AlterDatabaseStmt:
			foreach(lc, ((AlterDatabaseStmt *) parsetree)->options)
				if (strcmp(((DefElem *) lfirst(lc))->defname, "tablespace") == 0)
					return ((AlterDatabaseStmt *) parsetree)->dbname;
			return NULL;
		case T_CreatedbStmt:
			foreach(lc, ((CreatedbStmt *) parsetree)->options)
			{
				DefElem    *d = (DefElem *) lfirst(lc);

				if (strcmp(d->defname, "template") == 0 && d->arg != NULL)
					return defGetString(d);
			}
			return NULL;
		default:
			return NULL;
	}
}

static void
dlv_ProcessUtility(PlannedStmt *pstmt, const char *queryString, bool readOnlyTree,
				   ProcessUtilityContext context, ParamListInfo params,
				   QueryEnvironment *queryEnv, DestReceiver *dest, QueryCompletion *qc)
{
	Node	   *parsetree = pstmt->utilityStmt;
	const char *vacate = dlv_vacated_database(parsetree);
	bool		commit_prepared = IsA(parsetree, TransactionStmt) &&
		((TransactionStmt *) parsetree)->kind == TRANS_STMT_COMMIT_PREPARED;

	if (vacate != NULL)
		dlv_vacate(vacate);
	if (prev_ProcessUtility)
		prev_ProcessUtility(pstmt, queryString, readOnlyTree, context, params, queryEnv, dest, qc);
	else
		standard_ProcessUtility(pstmt, queryString, readOnlyTree, context, params, queryEnv, dest, qc);

	/*
	 * The prepared transaction's outbox rows (if it had any: we cannot
	 * tell from here) are visible now.  COMMIT PREPARED runs in the
	 * prepared transaction's database.
	 */
	if (commit_prepared)
		cx_alert_delivery_wake(MyDatabaseId);
}

/* ---- _PG_init ------------------------------------------------------------------ */

void
cx_alert_delivery_init(void)
{
	BackgroundWorker w;

	if (!process_shared_preload_libraries_in_progress)
		return;
	dlv_preloaded = true;

	prev_shmem_request_hook = shmem_request_hook;
	shmem_request_hook = dlv_shmem_request;
	prev_shmem_startup_hook = shmem_startup_hook;
	shmem_startup_hook = dlv_shmem_startup;
	prev_ProcessUtility = ProcessUtility_hook;
	ProcessUtility_hook = dlv_ProcessUtility;

	memset(&w, 0, sizeof(w));
	w.bgw_flags = BGWORKER_SHMEM_ACCESS | BGWORKER_BACKEND_DATABASE_CONNECTION;
	w.bgw_start_time = BgWorkerStart_RecoveryFinished;
	w.bgw_restart_time = 5;
	snprintf(w.bgw_library_name, sizeof(w.bgw_library_name), "cx_metrics");
	snprintf(w.bgw_function_name, sizeof(w.bgw_function_name), "cx_alert_launcher_main");
	snprintf(w.bgw_name, sizeof(w.bgw_name), DLV_LAUNCHER);
	snprintf(w.bgw_type, sizeof(w.bgw_type), DLV_LAUNCHER);
	RegisterBackgroundWorker(&w);
}
