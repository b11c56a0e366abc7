/*-------------------------------------------------------------------------
 *
 * alert_stmt.c
 *	  The statement-level alert triggers, in C: segment_drop (a rollup of
 *	  NPS states per segment and day, and a two-sample test per segment
 *	  touched, src/alert_segment.c) and friction (repeated contacts and
 *	  loops of each journey touched, in a window, src/alert_friction.c).
 *	  This file is their shared frame: the call, its settings, saved plans,
 *	  identity switching, reading the transition table, text casts, per-row
 *	  memory and the details' jsonb.
 *
 * Both are AFTER INSERT ... REFERENCING NEW TABLE ... FOR EACH STATEMENT
 * triggers created by cx_alert_attach(); their one argument is the
 * config_id of their row in cx_alert_config, read once per statement.
 *
 *	- The new rows are read straight from the transition table (the
 *	  trigger's Tuplestorestate), without SQL: segment_drop folds a bulk
 *	  load of 100,000 answers into a hash table keyed by segment and day,
 *	  then upserts the few rollup rows in one statement and tests each
 *	  segment touched once; friction groups the new events by journey.
 *	- What needs SQL (the configuration, the rollup, the customers table of
 *	  "via", the journeys' windows in the user's table) runs through SPI
 *	  with saved, fully qualified plans, as the owner of cx_alert in a
 *	  restricted security context with search_path = pg_catalog, pg_temp:
 *	  the inserting role needs no right on the extension's tables, and
 *	  neither its rights nor its search_path change what runs.  That is
 *	  what SECURITY DEFINER with a pinned search_path gave the PL/pgSQL
 *	  versions; the functions themselves are SECURITY INVOKER, like the
 *	  row triggers, so that nothing but those SQL steps runs as the owner.
 *	- Alerts are queued afterwards through alert_raise(), the row
 *	  triggers' write path, and written when the transaction commits (see
 *	  alert_pending.c and alert_raise.c).
 *
 * The computation (days, the segment test, a journey's repeats and loops)
 * is in src/core/alert_stmt.c.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "catalog/pg_type.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "parser/parse_coerce.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "alert_stmt.h"
#include "alert_stmt_internal.h"

/* ---- the call and its context ---------------------------------------------- */

typedef struct StmtAlert
{
	const char *severity;
	char	   *key;
	char	   *subject;
	Datum		details;
} StmtAlert;

TriggerData *
stmt_check_call(FunctionCallInfo fcinfo, const char *fname)
{
	TriggerData *td;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s: not called by trigger manager", fname)));
	td = (TriggerData *) fcinfo->context;
	if (!TRIGGER_FIRED_AFTER(td->tg_event) || !TRIGGER_FIRED_FOR_STATEMENT(td->tg_event) ||
		!TRIGGER_FIRED_BY_INSERT(td->tg_event) || td->tg_newtable == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s must be an AFTER INSERT ... REFERENCING NEW TABLE ... FOR EACH STATEMENT trigger",
						fname),
				 errhint("Create alert triggers with cx_alert_attach().")));
	if (td->tg_trigger->tgnargs != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\" has %d arguments, expected 1",
						td->tg_trigger->tgname, td->tg_trigger->tgnargs),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	return td;
}

/* the saved plans, per SQL text and argument types, for the backend's life */
typedef struct StmtPlan
{
	char	   *sql;
	int			nargs;
	Oid			argtypes[4];
	SPIPlanPtr	plan;
} StmtPlan;

static List *stmt_plans = NIL;

/*
 * A saved plan of sql, looked up by its text and argument types (the text
 * names the tables and columns of one configuration, so a renamed table or
 * a changed column type gets a plan of its own).  Generic: the parameters
 * are not looked at on every statement.  At most 64 are kept, the oldest
 * freed first, as configurations come and go.
 */
SPIPlanPtr
stmt_plan(const char *sql, int nargs, const Oid *argtypes)
{
	ListCell   *lc;
	StmtPlan   *p;
	SPIPlanPtr	plan;
	MemoryContext old;

	Assert(nargs <= 4);
	foreach(lc, stmt_plans)
	{
		p = (StmtPlan *) lfirst(lc);
		if (p->nargs == nargs && memcmp(p->argtypes, argtypes, sizeof(Oid) * nargs) == 0 &&
			strcmp(p->sql, sql) == 0)
			return p->plan;
	}
	plan = SPI_prepare_cursor(sql, nargs, (Oid *) argtypes, CURSOR_OPT_GENERIC_PLAN);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	/* bounded: the oldest plans go once there are many configurations */
	if (list_length(stmt_plans) >= 64)
	{
		p = (StmtPlan *) linitial(stmt_plans);
		SPI_freeplan(p->plan);
		pfree(p->sql);
		pfree(p);
		stmt_plans = list_delete_first(stmt_plans);
	}
	old = MemoryContextSwitchTo(TopMemoryContext);
	p = palloc0(sizeof(StmtPlan));
	p->sql = pstrdup(sql);
	p->nargs = nargs;
	memcpy(p->argtypes, argtypes, sizeof(Oid) * nargs);
	p->plan = plan;
	stmt_plans = lappend(stmt_plans, p);
	MemoryContextSwitchTo(old);
	return plan;
}

/* ---- the configuration ------------------------------------------------------- */

void
stmt_bad_config(StmtCtx *c, const char *setting)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s \"%s\": configuration %d has no valid setting \"%s\"",
					c->label, c->tgname, c->config_id, setting),
			 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
}

/* a setting of the configuration, or NULL when absent or JSON null */
static JsonbValue *
stmt_setting(StmtCtx *c, const char *key)
{
	JsonbValue *v = getKeyJsonValueFromContainer(&c->config->root, key, strlen(key), NULL);

	if (v == NULL || v->type == jbvNull)
		return NULL;
	return v;
}

/* a string setting (NULL when absent and not required) */
char *
stmt_setting_text(StmtCtx *c, const char *key, bool required)
{
	JsonbValue *v = stmt_setting(c, key);

	if (v == NULL || v->type != jbvString)
	{
		if (v != NULL || required)
			stmt_bad_config(c, key);
		return NULL;
	}
	return pnstrdup(v->val.string.val, v->val.string.len);
}

int32
stmt_setting_int(StmtCtx *c, const char *key)
{
	JsonbValue *v = stmt_setting(c, key);

	if (v == NULL || v->type != jbvNumeric)
		stmt_bad_config(c, key);
	return DatumGetInt32(DirectFunctionCall1(numeric_int4, NumericGetDatum(v->val.numeric)));
}

double
stmt_setting_float(StmtCtx *c, const char *key)
{
	JsonbValue *v = stmt_setting(c, key);

	if (v == NULL || v->type != jbvNumeric)
		stmt_bad_config(c, key);
	return DatumGetFloat8(DirectFunctionCall1(numeric_float8, NumericGetDatum(v->val.numeric)));
}

Interval *
stmt_setting_interval(StmtCtx *c, const char *key)
{
	char	   *s = stmt_setting_text(c, key, true);

	return DatumGetIntervalP(DirectFunctionCall3(interval_in, CStringGetDatum(s),
												 ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
}

/* the cooldown in microseconds, as the row triggers count it (a month = 30 days) */
static int64
stmt_cooldown_us(StmtCtx *c)
{
	Interval   *iv = stmt_setting_interval(c, "cooldown");
	int64		us;

	if (!cx_alert_interval_us(iv->month, iv->day, iv->time, &us))
	{
		/* negative is refused by cx_alert_attach(); beyond int64 is forever */
		if (iv->time < 0 || iv->day < 0 || iv->month < 0)
			stmt_bad_config(c, "cooldown");
		us = PG_INT64_MAX;
	}
	return us;
}

/* the column of a setting, which the table must still have */
AttrNumber
stmt_column(StmtCtx *c, Relation rel, const char *setting, const char *col)
{
	int			att = SPI_fnumber(RelationGetDescr(rel), col);

	if (att <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("%s \"%s\" on \"%s\": column \"%s\" (setting \"%s\") does not exist",
						c->label, c->tgname, RelationGetRelationName(rel), col, setting),
				 errdetail("The table changed after the trigger was attached."),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again with the new column names.")));
	return (AttrNumber) att;
}

/* the config_id of the trigger's one argument */
static int32
stmt_config_id(StmtCtx *c, TriggerData *td)
{
	char	   *arg = td->tg_trigger->tgargs[0];
	char	   *end;
	long		id;

	/* "<config_id>", or "<config_id> <config>" on a distributed table */
	errno = 0;
	id = strtol(arg, &end, 10);
	if (*end == ' ')
		c->arg_config = end + 1;
	if (errno != 0 || end == arg || (*end != '\0' && *end != ' ') || id < 0 || id > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s \"%s\": invalid config id \"%s\"", c->label, c->tgname, cx_errtrunc(arg)),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	return (int32) id;
}

/* the configuration's jsonb, read from cx_alert_config (SPI connected) */
static Jsonb *
stmt_read_config(StmtCtx *c)
{
	StringInfoData sql;
	Oid			argtypes[1] = {INT4OID};
	Datum		values[1];
	bool		isnull;
	int			ret;
	Jsonb	   *config;

	/*
	 * A trigger of a distributed table carries its configuration: the
	 * shards' nodes have no row (see alert_relay.c)
	 */
	if (c->arg_config != NULL)
		return alert_arg_config(c->tgname, c->arg_config);
	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT c.config FROM %s.cx_alert_config c WHERE c.config_id OPERATOR(pg_catalog.=) $1",
					 quote_identifier(get_namespace_name(c->nsp)));
	values[0] = Int32GetDatum(c->config_id);
	ret = SPI_execute_plan(stmt_plan(sql.data, 1, argtypes), values, NULL, true, 1);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading the alert configuration returned %d", ret);
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("%s \"%s\" on %s: configuration %d is missing",
						c->label, c->tgname, RelationGetRelationName(c->rel), c->config_id),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
	config = DatumGetJsonbP(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	if (isnull || !JB_ROOT_IS_OBJECT(config))
		stmt_bad_config(c, "config");
	return config;
}

/*
 * Start: look up cx_alert for alert_raise(), become its owner (pinned
 * search_path, restricted security context), connect to SPI and read the
 * configuration; then become the table's owner for the user's data.
 * Everything allocated until stmt_finish() goes with SPI.
 */
static void stmt_begin(StmtCtx *c, const char *kind_name);

void
stmt_start(StmtCtx *c, FunctionCallInfo fcinfo, TriggerData *td, const char *label,
		   const char *kind_name)
{
	memset(c, 0, sizeof(*c));
	c->td = td;
	c->rel = td->tg_relation;
	c->tgname = td->tg_trigger->tgname;
	c->label = label;
	c->outer = CurrentMemoryContext;
	c->config_id = stmt_config_id(c, td);
	c->nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	stmt_begin(c, kind_name);
}

/* see alert_stmt_internal.h */
void
stmt_start_relayed(StmtCtx *c, Oid nsp, Relation rel, const char *tgname, int32 config_id,
				   const char *label, const char *kind_name)
{
	memset(c, 0, sizeof(*c));
	c->rel = rel;
	c->tgname = tgname;
	c->label = label;
	c->outer = CurrentMemoryContext;
	c->config_id = config_id;
	c->nsp = nsp;
	stmt_begin(c, kind_name);
}

/* the rest of the start, the call's identity set */
static void
stmt_begin(StmtCtx *c, const char *kind_name)
{
	c->acfg = palloc0(sizeof(AlertTrigConfig));
	c->acfg->relid = RelationGetRelid(c->rel);
	c->acfg->config_id = c->config_id;
	c->acfg->kind_name = kind_name;
	c->acfg->source = quote_qualified_identifier(get_namespace_name(RelationGetNamespace(c->rel)),
												 RelationGetRelationName(c->rel));
	alert_catalog_fields(c->acfg, c->nsp);
	/* on a Citus shard: relayed to the coordinator, see alert_relay.c */
	c->acfg->relay = alert_relay_is_shard(c->rel);

	GetUserIdAndSecContext(&c->save_userid, &c->save_sec_context);
	stmt_as(c, c->acfg->alert_owner);
	c->save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	c->config = stmt_read_config(c);

	/*
	 * alert_raise() uses the channel after SPI_finish(), which frees what was
	 * allocated since SPI_connect(): keep it in the caller's memory.
	 */
	c->acfg->channel = MemoryContextStrdup(c->outer, stmt_setting_text(c, "channel", true));
	if (c->acfg->channel[0] == '\0' || strlen(c->acfg->channel) >= NAMEDATALEN)
		stmt_bad_config(c, "channel");
	c->acfg->cooldown_us = stmt_cooldown_us(c);
	{
		MemoryContext old = MemoryContextSwitchTo(c->outer);

		alert_options(c->acfg, c->config);
		MemoryContextSwitchTo(old);
	}

	/* from here on the user's data, as the table's owner (see stmt_as()) */
	c->table_owner = c->rel->rd_rel->relowner;
	stmt_as(c, c->table_owner);
}

/*
 * Finish: leave SPI and the owners' identities, then raise the alerts found,
 * in order, as the inserting role.
 */
void
stmt_finish(StmtCtx *c)
{
	ListCell   *lc;

	SPI_finish();
	AtEOXact_GUC(true, c->save_nestlevel);
	SetUserIdAndSecContext(c->save_userid, c->save_sec_context);
	foreach(lc, c->pending)
	{
		StmtAlert  *a = (StmtAlert *) lfirst(lc);

		alert_raise(c->acfg, a->severity, a->key, a->subject, a->details);
	}
}

/* queue an alert: its strings and details are copied out of SPI's memory */
void
stmt_queue_alert(StmtCtx *c, const char *severity, const char *key, const char *subject,
				 JsonbValue *details)
{
	MemoryContext old = MemoryContextSwitchTo(c->outer);
	StmtAlert  *a = palloc(sizeof(StmtAlert));

	a->severity = severity;
	a->key = key ? pstrdup(key) : NULL;
	a->subject = subject ? pstrdup(subject) : NULL;
	a->details = JsonbPGetDatum(JsonbValueToJsonb(details));
	c->pending = lappend(c->pending, a);
	MemoryContextSwitchTo(old);
}

/* ---- reading the new rows ---------------------------------------------------- */

void
stmt_rows_begin(StmtRows *r, StmtCtx *c)
{
	int			ptr;

	r->ts = c->td->tg_newtable;
	ptr = tuplestore_alloc_read_pointer(r->ts, EXEC_FLAG_REWIND);
	tuplestore_select_read_pointer(r->ts, ptr);
	tuplestore_rescan(r->ts);
	r->slot = MakeSingleTupleTableSlot(RelationGetDescr(c->rel), &TTSOpsMinimalTuple);
}

void
stmt_rows_end(StmtRows *r)
{
	ExecDropSingleTupleTableSlot(r->slot);
	tuplestore_select_read_pointer(r->ts, 0);
}

/* ---- value::text, as the SQL cast does it -------------------------------------- */

void
text_cast_init(TextCast *t, Oid typid)
{
	Oid			funcid = InvalidOid;

	memset(t, 0, sizeof(*t));
	t->path = find_coercion_pathway(TEXTOID, typid, COERCION_EXPLICIT, &funcid);
	switch (t->path)
	{
		case COERCION_PATH_RELABELTYPE:
			break;
		case COERCION_PATH_FUNC:
			fmgr_info(funcid, &t->fn);
			t->nargs = get_func_nargs(funcid);
			break;
		case COERCION_PATH_COERCEVIAIO:
			{
				Oid			typoutput;
				bool		varlena;

				getTypeOutputInfo(typid, &typoutput, &varlena);
				fmgr_info(typoutput, &t->fn);
			}
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_CANNOT_COERCE),
					 errmsg("cannot cast type %s to text", format_type_be(typid))));
	}
}

char *
text_cast_cstring(TextCast *t, Datum d)
{
	return text_to_cstring(text_cast(t, d));
}

void
row_memory_init(RowMemory *m)
{
	m->cxt = AllocSetContextCreate(CurrentMemoryContext, "cx_metrics alert rows", ALLOCSET_DEFAULT_SIZES);
	m->rows = 0;
}

/* ---- jsonb details ------------------------------------------------------------------ */

static void
jb_numeric(JsonbParseState **st, const char *key, Numeric n)
{
	JsonbValue	v;

	alert_jb_key(st, key);
	v.type = jbvNumeric;
	v.val.numeric = n;
	(void) pushJsonbValue(st, WJB_VALUE, &v);
}

void
jb_int(JsonbParseState **st, const char *key, int64 value)
{
	jb_numeric(st, key, int64_to_numeric(value));
}

/* round(value::numeric, 2), as the PL/pgSQL trigger wrote it; NULL when NaN */
void
jb_round2(JsonbParseState **st, const char *key, double value)
{
	JsonbValue	v;

	if (isnan(value))
	{
		alert_jb_key(st, key);
		v.type = jbvNull;
		(void) pushJsonbValue(st, WJB_VALUE, &v);
		return;
	}
	jb_numeric(st, key,
			   DatumGetNumeric(DirectFunctionCall2(numeric_round,
												   DirectFunctionCall1(float8_numeric, Float8GetDatum(value)),
												   Int32GetDatum(2))));
}

/* a setting of the configuration, as it is stored there (JSON null when absent) */
void
jb_setting(JsonbParseState **st, StmtCtx *c, const char *key, const char *setting)
{
	JsonbValue *v = getKeyJsonValueFromContainer(&c->config->root, setting, strlen(setting), NULL);
	JsonbValue	null;

	alert_jb_key(st, key);
	if (v == NULL || v->type == jbvBinary)
	{
		null.type = jbvNull;
		v = &null;
	}
	(void) pushJsonbValue(st, WJB_VALUE, v);
}

/* to_jsonb() of a date or timestamptz: ISO 8601 */
void
jb_datetime(JsonbParseState **st, const char *key, Datum value, Oid typid)
{
	/*
	 * The jsonb builder keeps the pointer, not the bytes, until the value is
	 * finished: the text must outlive this function, so not a stack buffer.
	 */
	char	   *buf = palloc(MAXDATELEN + 1);

	alert_jb_string(st, key, JsonEncodeDateTime(buf, value, typid, NULL), STMT_JB_MAX);
}

Oid
at_type_checked(StmtCtx *c, Oid type, const char *col)
{
	Oid			base = getBaseType(type);

	if (base != TIMESTAMPTZOID && base != TIMESTAMPOID && base != DATEOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s \"%s\": column \"%s\" (setting \"at\") has type %s, not a date or timestamp",
						c->label, c->tgname, col, format_type_be(type)),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
	return base;
}
