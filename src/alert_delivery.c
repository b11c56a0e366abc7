/*-------------------------------------------------------------------------
 *
 * alert_delivery.c
 *	  How a new or escalated alert reaches its listeners: NOTIFY in the
 *	  writing transaction ("notify"), or after commit by the extension's
 *	  background worker ("deferred").
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "commands/async.h"

#include "alert_internal.h"

/*
 * Deliver payload on channel for alert alert_id of the extension in schema
 * nsp.  Placeholder: both modes NOTIFY in the writing transaction.
 */
void
alert_deliver(Oid nsp, const char *channel, bool deferred, int64 alert_id, const char *payload)
{
	(void) nsp;
	(void) deferred;
	(void) alert_id;
	Async_Notify(channel, payload);
}
