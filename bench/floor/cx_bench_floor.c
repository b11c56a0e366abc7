/*-------------------------------------------------------------------------
 *
 * cx_bench_floor.c
 *	  Benchmark-only trigger (not part of cx_metrics): the least work that a
 *	  detractor alert can do, to show where the floor of bench/alerts.sh is.
 *
 * cx_bench_floor_trigger('notify') sends NOTIFY cx_alerts with a short
 * payload for every answer <= 6, and nothing else: no alert row.
 * cx_bench_floor_trigger('row', table, sequence, primary key) also inserts
 * a four-column row (id from the sequence, kind, subject, time) with its
 * primary key entry, directly (no SPI, no executor), the cheapest durable
 * alert there is: no cooldown, no details, no second index.
 *
 * The answers table is (response_id, customer_id int, score smallint, ...)
 * as in bench/alerts.sh; nothing is checked, this is not for production.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/index.h"
#include "commands/async.h"
#include "commands/sequence.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/rel.h"
#include "utils/timestamp.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(cx_bench_floor_trigger);
Datum
cx_bench_floor_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	TupleDesc	desc = RelationGetDescr(td->tg_relation);
	char	  **args = td->tg_trigger->tgargs;
	bool		isnull;
	int			score;
	int32		customer;
	char		payload[128];

	score = DatumGetInt16(heap_getattr(td->tg_trigtuple, 3, desc, &isnull));
	if (isnull || score > 6)
		return PointerGetDatum(NULL);
	customer = DatumGetInt32(heap_getattr(td->tg_trigtuple, 2, desc, &isnull));

	if (strcmp(args[0], "row") == 0)
	{
		Relation	rel = table_open(atooid(args[1]), RowExclusiveLock);
		Relation	pk = index_open(atooid(args[3]), RowExclusiveLock);
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		int64		id = nextval_internal(atooid(args[2]), false);
		HeapTuple	tup;

		values[0] = Int64GetDatum(id);
		values[1] = CStringGetTextDatum("nps_detractor");
		values[2] = Int32GetDatum(customer);
		values[3] = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp());
		tup = heap_form_tuple(RelationGetDescr(rel), values, nulls);
		simple_heap_insert(rel, tup);
		(void) index_insert(pk, values, nulls, &tup->t_self, rel, UNIQUE_CHECK_YES, false,
							BuildIndexInfo(pk));
		index_close(pk, NoLock);
		table_close(rel, NoLock);
		snprintf(payload, sizeof(payload), "{\"id\":%lld,\"kind\":\"nps_detractor\",\"subject\":\"%d\"}",
				 (long long) id, customer);
	}
	else
		snprintf(payload, sizeof(payload), "{\"kind\":\"nps_detractor\",\"subject\":\"%d\"}", customer);
	Async_Notify("cx_alerts", payload);
	return PointerGetDatum(NULL);
}
