/*-------------------------------------------------------------------------
 *
 * alert.c
 *	  Alert trigger functions: raise an alert row in @extschema@.cx_alert and
 *	  NOTIFY its channel, in the customer's transaction, at most once per
 *	  kind and subject inside a cooldown.
 *
 * The model is contrib/tcn: an AFTER ROW trigger in C that reads its
 * configuration from the trigger arguments (written and validated by
 * cx_alert_attach()) and calls Async_Notify() directly.  Unlike tcn it also
 * writes a durable row, which it does through SPI with saved plans:
 *
 *	- as the owner of cx_alert (the inserting role has no right to write
 *	  it), in a restricted security context, with search_path =
 *	  pg_catalog, pg_temp and every name and operator schema-qualified, so
 *	  that neither the role nor its search_path changes what runs;
 *	- under a transaction-scoped advisory lock on (kind, subject), taken
 *	  before looking for an open alert inside the cooldown: two sessions
 *	  raising the same alert at once serialise on the lock and the second
 *	  sees the first's row once it commits (READ COMMITTED takes a new
 *	  snapshot per SPI query).  Under REPEATABLE READ the later one cannot
 *	  see that row, so when it had to wait it fails with a serialization
 *	  error instead of raising a duplicate;
 *	- an event inside the cooldown is folded into the open alert
 *	  (occurrences + 1, last_seen_at), so nothing is lost and nobody is
 *	  paged twice.
 *
 * A rolled-back transaction leaves neither the row nor the notification:
 * both are transactional.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/async.h"
#include "commands/trigger.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "storage/lock.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "alert.h"

/* first key of the advisory locks taken by the alert triggers ("cx" "al") */
#define CX_ALERT_LOCK_CLASS		0x6378616c

/* included free-text values are cut to this many bytes in details */
#define CX_ALERT_INCLUDE_MAX	2000

#define CX_ALERT_FIXED_ARGS		9

/* one trigger's configuration, parsed once per statement (fn_extra) */
typedef struct AlertTrigConfig
{
	Oid			tgoid;			/* the trigger these were parsed for */
	Oid			relid;
	int32		config_id;
	cx_alert_score_kind kind;
	const char *kind_name;		/* nps_detractor, csat_low, ces_high_effort */
	int			threshold;
	int64		cooldown_us;
	char	   *channel;
	char	   *source;			/* schema-qualified table name */
	int			score_att;
	Oid			score_type;
	int			subject_att;
	int			key_att;
	int			at_att;			/* 0 = none */
	int			ninclude;
	int		   *include_att;
	char	  **include_name;
	char	   *score_name;
	Oid			alert_owner;	/* owner of @extschema@.cx_alert */
	Oid			alert_nsp;
} AlertTrigConfig;

/* the saved plan of the write, per backend; re-prepared if the schema moves */
static SPIPlanPtr alert_write_plan = NULL;
static Oid	alert_write_plan_nsp = InvalidOid;

static inline int
alert_column(Relation rel, const char *trigname, const char *setting, const char *col)
{
	int			att = SPI_fnumber(RelationGetDescr(rel), col);

	if (att <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("alert trigger \"%s\" on \"%s\": column \"%s\" (setting \"%s\") does not exist",
						trigname, RelationGetRelationName(rel), col, setting),
				 errdetail("The table changed after the trigger was attached."),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again with the new column names.")));
	return att;
}

static inline int64
alert_parse_int(const char *trigname, const char *what, const char *s, int64 lo, int64 hi)
{
	char	   *end;
	long long	v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < lo || v > hi)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\": invalid %s \"%s\"", trigname, what, s),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	return (int64) v;
}

static Oid
alert_table_owner(Oid nsp, Oid *alert_rel)
{
	Oid			relid = get_relname_relid("cx_alert", nsp);
	HeapTuple	tup;
	Oid			owner;

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("alert table cx_alert does not exist in schema \"%s\"", get_namespace_name(nsp))));
	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	*alert_rel = relid;
	return owner;
}

static AlertTrigConfig *
alert_config(FunctionCallInfo fcinfo, TriggerData *trigdata)
{
	AlertTrigConfig *cfg = (AlertTrigConfig *) fcinfo->flinfo->fn_extra;
	Trigger    *tg = trigdata->tg_trigger;
	Relation	rel = trigdata->tg_relation;
	MemoryContext old;
	char	  **args = tg->tgargs;
	Oid			alert_rel;
	int			i;

	if (cfg != NULL && cfg->tgoid == tg->tgoid && cfg->relid == RelationGetRelid(rel))
		return cfg;

	if (tg->tgnargs < CX_ALERT_FIXED_ARGS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\" has %d arguments, expected at least %d",
						tg->tgname, tg->tgnargs, CX_ALERT_FIXED_ARGS),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));

	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	cfg = palloc0(sizeof(AlertTrigConfig));
	cfg->tgoid = tg->tgoid;
	cfg->relid = RelationGetRelid(rel);
	cfg->config_id = (int32) alert_parse_int(tg->tgname, "config id", args[0], 0, PG_INT32_MAX);
	if (strcmp(args[1], "nps") == 0)
	{
		cfg->kind = CX_ALERT_NPS;
		cfg->kind_name = "nps_detractor";
	}
	else if (strcmp(args[1], "csat") == 0)
	{
		cfg->kind = CX_ALERT_CSAT;
		cfg->kind_name = "csat_low";
	}
	else if (strcmp(args[1], "ces") == 0)
	{
		cfg->kind = CX_ALERT_CES;
		cfg->kind_name = "ces_high_effort";
	}
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\": unknown score kind \"%s\"", tg->tgname, args[1]),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	{
		int			lo,
					hi,
					def;

		cx_alert_scale(cfg->kind, &lo, &hi, &def);
		cfg->threshold = (int) alert_parse_int(tg->tgname, "threshold", args[6], lo, hi);
	}
	cfg->cooldown_us = alert_parse_int(tg->tgname, "cooldown", args[7], 0, INT64CONST(10) * 366 * 86400 * 1000000);
	if (args[8][0] == '\0' || strlen(args[8]) >= NAMEDATALEN)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\": invalid channel \"%s\"", tg->tgname, args[8])));
	cfg->channel = pstrdup(args[8]);

	cfg->score_name = pstrdup(args[2]);
	cfg->score_att = alert_column(rel, tg->tgname, "score", args[2]);
	cfg->score_type = TupleDescAttr(RelationGetDescr(rel), cfg->score_att - 1)->atttypid;
	if (cfg->score_type != INT2OID && cfg->score_type != INT4OID && cfg->score_type != INT8OID &&
		cfg->score_type != FLOAT4OID && cfg->score_type != FLOAT8OID && cfg->score_type != NUMERICOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("alert trigger \"%s\": score column \"%s\" has type %s, not a number",
						tg->tgname, args[2], format_type_be(cfg->score_type))));
	cfg->subject_att = alert_column(rel, tg->tgname, "subject", args[3]);
	cfg->key_att = alert_column(rel, tg->tgname, "key", args[4]);
	cfg->at_att = args[5][0] ? alert_column(rel, tg->tgname, "at", args[5]) : 0;
	cfg->ninclude = tg->tgnargs - CX_ALERT_FIXED_ARGS;
	cfg->include_att = palloc0(sizeof(int) * (cfg->ninclude + 1));
	cfg->include_name = palloc0(sizeof(char *) * (cfg->ninclude + 1));
	for (i = 0; i < cfg->ninclude; i++)
	{
		cfg->include_name[i] = pstrdup(args[CX_ALERT_FIXED_ARGS + i]);
		cfg->include_att[i] = alert_column(rel, tg->tgname, "include", cfg->include_name[i]);
	}
	cfg->source = quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
											 RelationGetRelationName(rel));
	cfg->alert_nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	cfg->alert_owner = alert_table_owner(cfg->alert_nsp, &alert_rel);
	MemoryContextSwitchTo(old);
	fcinfo->flinfo->fn_extra = cfg;
	return cfg;
}

/* the score of a tuple as a double; false when NULL */
static bool
alert_score(AlertTrigConfig *cfg, HeapTuple tup, TupleDesc desc, double *out)
{
	bool		isnull;
	Datum		d = heap_getattr(tup, cfg->score_att, desc, &isnull);

	if (isnull)
		return false;
	switch (cfg->score_type)
	{
		case INT2OID:
			*out = DatumGetInt16(d);
			break;
		case INT4OID:
			*out = DatumGetInt32(d);
			break;
		case INT8OID:
			*out = (double) DatumGetInt64(d);
			break;
		case FLOAT4OID:
			*out = DatumGetFloat4(d);
			break;
		case FLOAT8OID:
			*out = DatumGetFloat8(d);
			break;
		default:
			*out = DatumGetFloat8(DirectFunctionCall1(numeric_float8, d));
			break;
	}
	return true;
}

/* a column's value as text (palloc'd), or NULL */
static char *
alert_text(HeapTuple tup, TupleDesc desc, int att)
{
	bool		isnull;
	Datum		d = heap_getattr(tup, att, desc, &isnull);
	Oid			typoutput;
	bool		varlena;

	if (isnull)
		return NULL;
	getTypeOutputInfo(TupleDescAttr(desc, att - 1)->atttypid, &typoutput, &varlena);
	return OidOutputFunctionCall(typoutput, d);
}

static void
alert_json_text(cx_json_buf *b, const char *key, const char *value, size_t max)
{
	cx_json_key(b, key, false);
	if (value == NULL)
		cx_json_raw(b, "null");
	else
		cx_json_string(b, value, strlen(value), max);
}

static SPIPlanPtr
alert_plan(Oid nsp)
{
	const char *schema;
	StringInfoData sql;
	Oid			argtypes[9] = {TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID,
	TEXTOID, INT4OID, INT8OID};
	SPIPlanPtr	plan;

	if (alert_write_plan != NULL && alert_write_plan_nsp == nsp)
		return alert_write_plan;
	if (alert_write_plan != NULL)
	{
		SPI_freeplan(alert_write_plan);
		alert_write_plan = NULL;
	}
	schema = quote_identifier(get_namespace_name(nsp));
	initStringInfo(&sql);

	/*
	 * One statement: find the open alert of this kind and subject inside the
	 * cooldown; fold the event into it, or insert a new alert.  Every name
	 * and operator is qualified, so the plan means the same whatever the
	 * search_path (which is pinned anyway while it runs).
	 */
	appendStringInfo(&sql,
					 "WITH prev AS ("
					 " SELECT o.id FROM %s.cx_alert o"
					 " WHERE o.kind OPERATOR(pg_catalog.=) $1"
					 " AND o.subject OPERATOR(pg_catalog.=) $5"
					 " AND o.resolved_at IS NULL"
					 " AND o.created_at OPERATOR(pg_catalog.>) (pg_catalog.now() OPERATOR(pg_catalog.-)"
					 "  pg_catalog.make_interval(0, 0, 0, 0, 0, 0, $9::pg_catalog.float8 OPERATOR(pg_catalog./) 1000000::pg_catalog.float8))"
					 " ORDER BY o.created_at DESC LIMIT 1),"
					 " upd AS ("
					 " UPDATE %s.cx_alert a SET occurrences = a.occurrences OPERATOR(pg_catalog.+) 1,"
					 " last_seen_at = pg_catalog.now()"
					 " FROM prev WHERE a.id OPERATOR(pg_catalog.=) prev.id RETURNING a.id),"
					 " ins AS ("
					 " INSERT INTO %s.cx_alert (kind, severity, source_table, source_key, subject,"
					 " details, channel, config_id)"
					 " SELECT $1, $2, $3, $4, $5, $6::pg_catalog.jsonb, $7, $8"
					 " WHERE NOT EXISTS (SELECT FROM prev) RETURNING id)"
					 " SELECT id, true FROM ins UNION ALL SELECT id, false FROM upd",
					 schema, schema, schema);
	plan = SPI_prepare(sql.data, 9, argtypes);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	alert_write_plan = plan;
	alert_write_plan_nsp = nsp;
	return plan;
}

/*
 * Write the alert (or fold it into the open one) and NOTIFY.  Runs as the
 * owner of cx_alert with a pinned search_path.
 */
static void
alert_raise(AlertTrigConfig *cfg, const char *severity, const char *key,
			const char *subject, const char *details)
{
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
	Datum		values[9];
	char		nulls[9];
	int			ret;
	bool		isnull;
	int64		id;
	bool		is_new;
	char		payload[CX_ALERT_PAYLOAD_MAX + 1];

	/* serialise raisers of the same kind and subject until commit */
	if (subject != NULL)
	{
		LOCKTAG		tag;
		uint32		h = hash_bytes((const unsigned char *) cfg->kind_name, strlen(cfg->kind_name));

		h = hash_combine(h, hash_bytes((const unsigned char *) subject, strlen(subject)));
		SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, CX_ALERT_LOCK_CLASS, h, 2);
		if (LockAcquire(&tag, ExclusiveLock, false, true) == LOCKACQUIRE_NOT_AVAIL)
		{
			(void) LockAcquire(&tag, ExclusiveLock, false, false);

			/*
			 * Someone raised an alert for this kind and subject while we
			 * waited; a transaction snapshot cannot see it.
			 */
			if (IsolationUsesXactSnapshot())
				ereport(ERROR,
						(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
						 errmsg("could not serialize access due to a concurrent %s alert for the same subject",
								cfg->kind_name),
						 errhint("The transaction might succeed if retried.")));
		}
	}

	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(cfg->alert_owner,
						   save_sec_context | SECURITY_LOCAL_USERID_CHANGE | SECURITY_RESTRICTED_OPERATION);
	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	values[0] = CStringGetTextDatum(cfg->kind_name);
	values[1] = CStringGetTextDatum(severity);
	values[2] = CStringGetTextDatum(cfg->source);
	values[3] = key ? CStringGetTextDatum(key) : (Datum) 0;
	values[4] = subject ? CStringGetTextDatum(subject) : (Datum) 0;
	values[5] = CStringGetTextDatum(details);
	values[6] = CStringGetTextDatum(cfg->channel);
	values[7] = Int32GetDatum(cfg->config_id);
	values[8] = Int64GetDatum(cfg->cooldown_us);
	memset(nulls, ' ', sizeof(nulls));
	if (key == NULL)
		nulls[3] = 'n';
	if (subject == NULL)
		nulls[4] = 'n';
	if (IsolationUsesXactSnapshot())
	{
		/*
		 * A transaction snapshot may predate an alert committed since: look
		 * with the latest snapshot, and cross-check against ours so that
		 * folding into an alert we cannot see is a serialization failure
		 * (as for any concurrent update), not a silent duplicate.
		 */
		ret = SPI_execute_snapshot(alert_plan(cfg->alert_nsp), values, nulls,
								   GetLatestSnapshot(), GetTransactionSnapshot(),
								   false, false, 0);
	}
	else
		ret = SPI_execute_plan(alert_plan(cfg->alert_nsp), values, nulls, false, 0);
	if (ret != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "alert write returned %d with " UINT64_FORMAT " rows", ret, SPI_processed);
	id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	is_new = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
	SPI_finish();

	AtEOXact_GUC(true, save_nestlevel);
	SetUserIdAndSecContext(save_userid, save_sec_context);

	/* a folded event pages nobody: that is the point of the cooldown */
	if (is_new)
	{
		cx_alert_payload(payload, sizeof(payload), id, cfg->kind_name, severity,
						 cfg->source, key, subject);
		Async_Notify(cfg->channel, payload);
	}
}

PG_FUNCTION_INFO_V1(cx_alert_score_trigger);
Datum
cx_alert_score_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	AlertTrigConfig *cfg;
	TupleDesc	desc;
	HeapTuple	tup;
	double		score;
	double		old_score;
	cx_alert_verdict verdict;
	char	   *key;
	char	   *subject;
	const char *severity;
	cx_json_buf details;
	size_t		cap;
	char	   *at = NULL;
	char	  **incl = NULL;
	int			i;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("cx_alert_score_trigger: not called by trigger manager")));
	if (!TRIGGER_FIRED_AFTER(trigdata->tg_event) || !TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) || TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("cx_alert_score_trigger must be an AFTER INSERT OR UPDATE ... FOR EACH ROW trigger"),
				 errhint("Create alert triggers with cx_alert_attach().")));

	cfg = alert_config(fcinfo, trigdata);
	desc = RelationGetDescr(trigdata->tg_relation);
	tup = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? trigdata->tg_newtuple : trigdata->tg_trigtuple;

	/* a skipped question is no alert */
	if (!alert_score(cfg, tup, desc, &score))
		return PointerGetDatum(NULL);
	verdict = cx_alert_score_verdict(cfg->kind, score, cfg->threshold);
	if (verdict == CX_ALERT_QUIET)
		return PointerGetDatum(NULL);
	if (verdict == CX_ALERT_OUT_OF_RANGE)
	{
		/* not the customer's fault: warn, never block their insert */
		int			lo,
					hi,
					def;

		cx_alert_scale(cfg->kind, &lo, &hi, &def);
		ereport(WARNING,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("alert trigger \"%s\": %s %g is not on the %d..%d scale, no alert raised",
						trigdata->tg_trigger->tgname, cfg->score_name, score, lo, hi),
				 errhint("Add a CHECK constraint to the table to reject such answers.")));
		return PointerGetDatum(NULL);
	}
	/* an update raises only when the answer moves into alert territory */
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) &&
		alert_score(cfg, trigdata->tg_trigtuple, desc, &old_score) &&
		cx_alert_score_verdict(cfg->kind, old_score, cfg->threshold) == CX_ALERT_FIRE)
		return PointerGetDatum(NULL);

	severity = cx_alert_score_severity(cfg->kind, score);
	key = alert_text(tup, desc, cfg->key_att);
	subject = alert_text(tup, desc, cfg->subject_att);
	cap = 512 + strlen(cfg->source) * 6 + (key ? strlen(key) * 6 : 0) + strlen(cfg->score_name) * 6;
	if (cfg->at_att)
	{
		at = alert_text(tup, desc, cfg->at_att);
		cap += 64 + (at ? strlen(at) * 6 : 0);
	}
	if (cfg->ninclude > 0)
	{
		incl = palloc(sizeof(char *) * cfg->ninclude);
		for (i = 0; i < cfg->ninclude; i++)
		{
			incl[i] = alert_text(tup, desc, cfg->include_att[i]);
			cap += 32 + strlen(cfg->include_name[i]) * 6 + CX_ALERT_INCLUDE_MAX * 6;
		}
	}

	/* details: what a responder needs, and only the text that was asked for */
	cx_json_init(&details, palloc(cap), cap);
	cx_json_raw(&details, "{");
	cx_json_key(&details, "score", true);
	cx_json_number(&details, score);
	cx_json_key(&details, "threshold", false);
	cx_json_int(&details, cfg->threshold);
	alert_json_text(&details, "score_column", cfg->score_name, 256);
	alert_json_text(&details, "table", cfg->source, 1024);
	alert_json_text(&details, "key", key, 1024);
	if (cfg->at_att)
		alert_json_text(&details, "at", at, 256);
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		cx_json_key(&details, "previous_score", false);
		if (alert_score(cfg, trigdata->tg_trigtuple, desc, &old_score))
			cx_json_number(&details, old_score);
		else
			cx_json_raw(&details, "null");
	}
	if (cfg->ninclude > 0)
	{
		/* nested, so that a column named like a key above cannot clash */
		cx_json_key(&details, "values", false);
		cx_json_raw(&details, "{");
		for (i = 0; i < cfg->ninclude; i++)
		{
			cx_json_key(&details, cfg->include_name[i], i == 0);
			if (incl[i] == NULL)
				cx_json_raw(&details, "null");
			else
				cx_json_string(&details, incl[i], strlen(incl[i]), CX_ALERT_INCLUDE_MAX);
		}
		cx_json_raw(&details, "}");
	}
	cx_json_raw(&details, "}");
	if (details.overflow)
		elog(ERROR, "alert details did not fit in %zu bytes", cap);

	alert_raise(cfg, severity, key, subject, details.data);
	return PointerGetDatum(NULL);
}
