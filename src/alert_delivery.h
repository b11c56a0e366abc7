/*-------------------------------------------------------------------------
 *
 * alert_delivery.h
 *	  Deferred alert delivery, shared between the write side
 *	  (alert_delivery.c: the outbox row and the wake-up at commit) and the
 *	  background workers that send the NOTIFYs (alert_worker.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_ALERT_DELIVERY_H
#define CX_ALERT_DELIVERY_H

#include "postgres.h"

#include "datatype/timestamp.h"

/*
 * The longest NOTIFY payload PostgreSQL accepts (async.c's
 * NOTIFY_PAYLOAD_MAX_LENGTH, not exported): longer ones are an ERROR.
 */
#define CX_NOTIFY_PAYLOAD_MAX	(BLCKSZ - NAMEDATALEN - 128)

/*
 * Deliver a new or escalated alert's payload on channel: NOTIFY now, or
 * (deferred) queue it in the outbox of the extension in schema nsp for the
 * background worker.  Also declared, identically, in alert_internal.h.
 */
extern void alert_deliver(Oid nsp, const char *channel, bool deferred, int64 alert_id,
						  const char *payload);

/*
 * From _PG_init: with shared_preload_libraries, request the shared state,
 * register the launcher and hook COMMIT PREPARED and the database commands
 * that need our worker out of the way.  Does nothing otherwise.
 */
extern void cx_alert_delivery_init(void);

/* was the library loaded by shared_preload_libraries (the workers run)? */
extern bool cx_alert_delivery_preloaded(void);

/*
 * Ask for the outbox of database dboid to be delivered now: set the
 * worker's latch, or have the launcher start one.  Never raises an ERROR
 * (it runs after commit); a no-op without shared_preload_libraries.
 */
extern void cx_alert_delivery_wake(Oid dboid);

/* the state of the worker of database dboid, for cx_alert_delivery_worker() */
typedef struct CxDeliveryState
{
	int			launcher_pid;	/* 0: not running */
	int			worker_pid;		/* 0: none runs for the database now */
	TimestampTz worker_started_at;	/* 0: never started since server start */
	TimestampTz last_delivery_at;	/* 0: nothing delivered since then */
	int64		delivered;		/* notifications sent since server start */
} CxDeliveryState;

extern void cx_alert_delivery_state(Oid dboid, CxDeliveryState *state);

#endif							/* CX_ALERT_DELIVERY_H */
