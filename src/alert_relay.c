/*-------------------------------------------------------------------------
 *
 * alert_relay.c
 *	  Alerts on tables that Citus distributes: the triggers fire on the
 *	  shards, on the workers, and relay their alerts to the coordinator.
 *
 * A worker cannot write the coordinator's cx_alert, nor NOTIFY its
 * listeners, and a NOTIFY would make the two-phase commit of a multi-shard
 * write fail.  So an alert trigger that fires on a shard queues its alerts
 * as usual (alert_raise()), and at commit or PREPARE they are written to
 * the node's own @extschema@.cx_alert_relay instead of being raised: one
 * row per event, in the shard's transaction, so it exists if and only if
 * the customer's rows do.  The coordinator's delivery worker drains the
 * relay of every node (cx_alert_relay_drain(), in SQL) and raises each
 * event there through cx_alert_relay_raise(), under the coordinator's
 * configuration (scope, delivery, payload) and as the distributed table:
 * the one cx_alert, one open alert per scope and subject whatever the
 * shard, and the listeners of the coordinator.
 *
 * Two statement kinds relay what the coordinator needs to test instead of
 * alerts: segment_drop the NPS states of the new answers per segment (or
 * customer) and day, which it adds to its rollup (alert_segment.c); friction
 * on a table not distributed by the journey the journeys touched, whose
 * windows it reads from the distributed table (alert_friction.c).
 *
 * The shards' nodes have no cx_alert_config rows (the coordinator's):
 * a trigger on a distributed table carries its configuration in its first
 * argument, "<config_id> <config>", which Citus copies to the shards'
 * triggers in the same transaction as the trigger itself (see
 * cx_alert_citus_triggerdef() in SQL); the triggers read it when their node
 * has no row (alert_read_options(), stmt_read_config()).
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"

#include "alert_internal.h"

/* see alert_internal.h */
Jsonb *
alert_arg_config(const char *trigname, const char *arg)
{
	Jsonb	   *config;

	if (arg == NULL)
		return NULL;
	config = DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(arg)));
	if (!JB_ROOT_IS_OBJECT(config))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\": the configuration in its first argument is not a JSON object", trigname),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	return config;
}

/*
 * Is rel a shard of a Citus table?  Its name is the table's followed by
 * "_<shardid>", and pg_dist_shard (kept on every node since Citus 11) has
 * that shard id for a table of the same schema.  Reads the catalog through
 * SPI (nested connections are fine); false where Citus is not installed.
 */
bool
alert_relay_is_shard(Relation rel)
{
	const char *name = RelationGetRelationName(rel);
	const char *us = strrchr(name, '_');
	char	   *end;
	int64		shardid;
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1];
	bool		isnull;
	bool		shard = false;
	Oid			logical;

	/* the name first: most tables are no shard, and the catalog is not read */
	if (us == NULL || us[1] < '0' || us[1] > '9' || !OidIsValid(get_extension_oid("citus", true)))
		return false;
	errno = 0;
	shardid = strtoll(us + 1, &end, 10);
	if (errno != 0 || *end != '\0' || shardid <= 0)
		return false;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	values[0] = Int64GetDatum(shardid);
	if (SPI_execute_with_args("SELECT s.logicalrelid::pg_catalog.oid FROM pg_catalog.pg_dist_shard s "
							  "WHERE s.shardid OPERATOR(pg_catalog.=) $1",
							  1, argtypes, values, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "reading pg_dist_shard failed");
	if (SPI_processed == 1)
	{
		logical = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
		shard = !isnull && logical != RelationGetRelid(rel) &&
			get_rel_namespace(logical) == RelationGetNamespace(rel);
	}
	SPI_finish();
	return shard;
}

/*
 * Write one queued event of a shard's trigger to this node's relay (at
 * commit or PREPARE, as the owner of cx_alert, cat the catalog of
 * alert_pending.c).  A plan kept for the backend's life: a bulk load on a
 * shard writes one row per event.
 */
void
alert_relay_insert(AlertTrigConfig *cat, const AlertSpec *sp, const AlertEvent *ev)
{
	static SPIPlanPtr plan = NULL;
	static Oid	plan_nsp = InvalidOid;
	Oid			argtypes[9] = {INT4OID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, JSONBOID, TEXTOID, INT8OID, TEXTOID};
	Datum		values[9];
	char		nulls[9] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
	AlertOwnerSave save;

	alert_owner_enter(&save, cat->alert_owner);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (plan == NULL || plan_nsp != sp->nsp)
	{
		char	   *sql = psprintf("INSERT INTO %s.cx_alert_relay "
								   "(config_id, kind, severity, source_key, subject, details, channel, cooldown_us, shard) "
								   "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
								   quote_identifier(get_namespace_name(sp->nsp)));
		SPIPlanPtr	p;

		if (!OidIsValid(get_relname_relid("cx_alert_relay", sp->nsp)))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_TABLE),
					 errmsg("the alert relay of cx_metrics is missing on this node"),
					 errdetail("An alert trigger fired on a shard of a Citus table; its alerts go to the coordinator through cx_alert_relay."),
					 errhint("Run ALTER EXTENSION cx_metrics UPDATE on every node.")));
		p = SPI_prepare(sql, 9, argtypes);
		if (p == NULL)
			elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
		if (SPI_keepplan(p) != 0)
			elog(ERROR, "SPI_keepplan failed");
		if (plan != NULL)
			SPI_freeplan(plan);
		plan = p;
		plan_nsp = sp->nsp;
	}
	values[0] = Int32GetDatum(sp->config_id);
	values[1] = CStringGetTextDatum(sp->kind_name);
	values[2] = CStringGetTextDatum(ev->severity);
	values[3] = ev->key ? CStringGetTextDatum(ev->key) : (Datum) 0;
	nulls[3] = ev->key ? ' ' : 'n';
	values[4] = ev->subject ? CStringGetTextDatum(ev->subject) : (Datum) 0;
	nulls[4] = ev->subject ? ' ' : 'n';
	values[5] = ev->details;
	values[6] = CStringGetTextDatum(sp->channel);
	values[7] = Int64GetDatum(sp->cooldown_us);
	values[8] = CStringGetTextDatum(sp->source);
	if (SPI_execute_plan(plan, values, nulls, false, 0) != SPI_OK_INSERT)
		elog(ERROR, "writing the alert relay failed");
	SPI_finish();
	alert_owner_leave(&save);
}

PG_FUNCTION_INFO_V1(cx_alert_relay_raise);

/*
 * cx_alert_relay_raise(config_id, source, config, kind, severity,
 * source_key, subject, details, channel, cooldown_us): queue one relayed
 * event, raised (or folded) at the commit of the caller's transaction like
 * a trigger's, as an alert of table source under configuration config (its
 * scope, delivery and payload).  Called by cx_alert_relay_drain() only.
 */
Datum
cx_alert_relay_raise(PG_FUNCTION_ARGS)
{
	AlertTrigConfig *cfg;
	Jsonb	   *config;
	Oid			source;
	int64		cooldown_us;
	char	   *severity;
	char	   *channel;
	int			i;

	for (i = 0; i < 10; i++)
		if (PG_ARGISNULL(i) && i != 5 && i != 6)
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("cx_alert_relay_raise: argument %d is null", i + 1)));
	config = PG_GETARG_JSONB_P(2);
	source = PG_GETARG_OID(1);
	severity = text_to_cstring(PG_GETARG_TEXT_PP(4));
	channel = text_to_cstring(PG_GETARG_TEXT_PP(8));
	cooldown_us = PG_GETARG_INT64(9);
	if (!JB_ROOT_IS_OBJECT(config) ||
		(strcmp(severity, "low") != 0 && strcmp(severity, "medium") != 0 && strcmp(severity, "high") != 0) ||
		channel[0] == '\0' || strlen(channel) >= NAMEDATALEN ||
		cooldown_us < 0 ||
		!JB_ROOT_IS_OBJECT(PG_GETARG_JSONB_P(7)) || get_rel_name(source) == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid relayed alert of configuration %d", PG_GETARG_INT32(0)),
				 errdetail("Its severity, channel, cooldown, details or table is not one an alert trigger writes.")));

	cfg = palloc0(sizeof(AlertTrigConfig));
	cfg->config_id = PG_GETARG_INT32(0);
	cfg->relid = source;
	cfg->kind_name = text_to_cstring(PG_GETARG_TEXT_PP(3));
	cfg->channel = channel;
	cfg->cooldown_us = cooldown_us;
	cfg->source = quote_qualified_identifier(get_namespace_name(get_rel_namespace(source)),
											 get_rel_name(source));
	alert_catalog_fields(cfg, get_func_namespace(fcinfo->flinfo->fn_oid));
	cfg->cxt = CurrentMemoryContext;
	alert_options(cfg, config);
	alert_raise(cfg, severity,
				PG_ARGISNULL(5) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(5)),
				PG_ARGISNULL(6) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(6)),
				PointerGetDatum(PG_GETARG_JSONB_P(7)));
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(cx_alert_relay_wake);

/*
 * cx_alert_relay_wake(): wake this database's delivery worker when the
 * transaction commits, so that it starts draining the relays of a newly
 * attached configuration on a Citus table.
 */
Datum
cx_alert_relay_wake(PG_FUNCTION_ARGS)
{
	alert_delivery_wake_at_commit();
	PG_RETURN_VOID();
}
