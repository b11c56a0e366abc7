/*-------------------------------------------------------------------------
 *
 * alert_stmt.c
 *	  The statement-level alert triggers, in C: segment_drop (a rollup of
 *	  NPS states per segment and day, and a two-sample test per segment
 *	  touched) and friction (repeated contacts and loops of each journey
 *	  touched, in a window).
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
 *	- Alerts are raised afterwards, as the inserting role, through
 *	  alert_raise() of src/alert.c: the row triggers' write path (advisory
 *	  lock stripe, cooldown probe, direct insert, NOTIFY).
 *
 * The computation (days, the segment test, a journey's repeats and loops)
 * is in src/core/alert_stmt.c.
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
#include "alert_stmt.h"
#include "journey.h"
#include "nps.h"

/* stage names: the limits journey_friction() enforces */
#define STMT_MAX_STAGES		CX_JS_MAX_STAGES
#define STMT_MAX_STAGE_NAME	CX_JS_MAX_NAME

/*
 * "via": scan the customers table directly when the new rows carry at
 * least this many distinct keys per block of it (a sequential scan costs
 * about as much per block as a few index probes); fewer keys are looked up
 * through the index, if any, by a saved plan.
 */
#define STMT_VIA_KEYS_PER_BLOCK	4

/* ---- the call and its context ---------------------------------------------- */

typedef struct StmtCtx
{
	TriggerData *td;
	Relation	rel;
	const char *tgname;
	const char *label;			/* "segment alert trigger", ... */
	int32		config_id;
	Oid			nsp;			/* the extension's schema */
	AlertTrigConfig *acfg;		/* for alert_raise(); acfg->alert_owner reads
								 * and writes the extension's tables */
	Oid			table_owner;	/* reads the user's data: see stmt_as() */
	Jsonb	   *config;			/* cx_alert_config.config */
	MemoryContext outer;		/* outlives SPI: the alerts to raise */
	List	   *pending;		/* StmtAlert, in the order to raise them */
	/* the inserting role's identity, while the SQL steps run as the owner */
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
} StmtCtx;

typedef struct StmtAlert
{
	const char *severity;
	char	   *key;
	char	   *subject;
	Datum		details;
} StmtAlert;

static TriggerData *
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
static SPIPlanPtr
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

static void
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
static char *
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

static int32
stmt_setting_int(StmtCtx *c, const char *key)
{
	JsonbValue *v = stmt_setting(c, key);

	if (v == NULL || v->type != jbvNumeric)
		stmt_bad_config(c, key);
	return DatumGetInt32(DirectFunctionCall1(numeric_int4, NumericGetDatum(v->val.numeric)));
}

static double
stmt_setting_float(StmtCtx *c, const char *key)
{
	JsonbValue *v = stmt_setting(c, key);

	if (v == NULL || v->type != jbvNumeric)
		stmt_bad_config(c, key);
	return DatumGetFloat8(DirectFunctionCall1(numeric_float8, NumericGetDatum(v->val.numeric)));
}

static Interval *
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
static AttrNumber
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

static inline Oid
stmt_column_type(Relation rel, AttrNumber att)
{
	return TupleDescAttr(RelationGetDescr(rel), att - 1)->atttypid;
}

/*
 * Run what follows as role, in a restricted security context with the
 * search_path pinned by stmt_start().  Two roles take turns: the owner of
 * cx_alert for the extension's own tables (the configuration, the rollup),
 * and the owner of the trigger's table for the user's data (the new rows'
 * casts to text, the customers table of "via", the journeys' windows), so
 * that a cast, a view or a function reached from the user's data never runs
 * with the extension owner's rights (usually a superuser's).  An error
 * restores the identity with the (sub)transaction.
 */
static inline void
stmt_as(StmtCtx *c, Oid role)
{
	SetUserIdAndSecContext(role, c->save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
}

/*
 * Start: look up cx_alert for alert_raise(), become its owner (pinned
 * search_path, restricted security context), connect to SPI and read the
 * configuration; then become the table's owner for the user's data.
 * Everything allocated until stmt_finish() goes with SPI.
 */
static void
stmt_start(StmtCtx *c, FunctionCallInfo fcinfo, TriggerData *td, const char *label,
		   const char *kind_name)
{
	char	   *arg = td->tg_trigger->tgargs[0];
	char	   *end;
	long		id;
	StringInfoData sql;
	Oid			argtypes[1] = {INT4OID};
	Datum		values[1];
	bool		isnull;
	int			ret;

	memset(c, 0, sizeof(*c));
	c->td = td;
	c->rel = td->tg_relation;
	c->tgname = td->tg_trigger->tgname;
	c->label = label;
	c->outer = CurrentMemoryContext;
	errno = 0;
	id = strtol(arg, &end, 10);
	if (errno != 0 || end == arg || *end != '\0' || id < 0 || id > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s \"%s\": invalid config id \"%s\"", label, c->tgname, arg),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	c->config_id = (int32) id;
	c->nsp = get_func_namespace(fcinfo->flinfo->fn_oid);

	c->acfg = palloc0(sizeof(AlertTrigConfig));
	c->acfg->relid = RelationGetRelid(c->rel);
	c->acfg->config_id = c->config_id;
	c->acfg->kind_name = kind_name;
	c->acfg->source = quote_qualified_identifier(get_namespace_name(RelationGetNamespace(c->rel)),
												 RelationGetRelationName(c->rel));
	alert_catalog(c->acfg, c->nsp);

	GetUserIdAndSecContext(&c->save_userid, &c->save_sec_context);
	stmt_as(c, c->acfg->alert_owner);
	c->save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

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
						label, c->tgname, RelationGetRelationName(c->rel), c->config_id),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
	c->config = DatumGetJsonbP(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	if (isnull || !JB_ROOT_IS_OBJECT(c->config))
		stmt_bad_config(c, "config");

	/*
	 * alert_raise() uses the channel after SPI_finish(), which frees what was
	 * allocated since SPI_connect(): keep it in the caller's memory.
	 */
	c->acfg->channel = MemoryContextStrdup(c->outer, stmt_setting_text(c, "channel", true));
	if (c->acfg->channel[0] == '\0' || strlen(c->acfg->channel) >= NAMEDATALEN)
		stmt_bad_config(c, "channel");
	c->acfg->cooldown_us = stmt_cooldown_us(c);

	/* from here on the user's data, as the table's owner (see stmt_as()) */
	c->table_owner = c->rel->rd_rel->relowner;
	stmt_as(c, c->table_owner);
}

/*
 * Finish: leave SPI and the owners' identities, then raise the alerts found,
 * in order, as the inserting role.
 */
static void
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
static void
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

/*
 * Iterate the transition table from its start with a read pointer of our
 * own (other triggers of the statement read the same tuplestore).
 */
typedef struct StmtRows
{
	Tuplestorestate *ts;
	TupleTableSlot *slot;
} StmtRows;

static void
stmt_rows_begin(StmtRows *r, StmtCtx *c)
{
	int			ptr;

	r->ts = c->td->tg_newtable;
	ptr = tuplestore_alloc_read_pointer(r->ts, EXEC_FLAG_REWIND);
	tuplestore_select_read_pointer(r->ts, ptr);
	tuplestore_rescan(r->ts);
	r->slot = MakeSingleTupleTableSlot(RelationGetDescr(c->rel), &TTSOpsMinimalTuple);
}

static inline bool
stmt_rows_next(StmtRows *r)
{
	CHECK_FOR_INTERRUPTS();
	return tuplestore_gettupleslot(r->ts, true, false, r->slot);
}

static void
stmt_rows_end(StmtRows *r)
{
	ExecDropSingleTupleTableSlot(r->slot);
	tuplestore_select_read_pointer(r->ts, 0);
}

/* ---- value::text, as the SQL cast does it -------------------------------------- */

typedef struct TextCast
{
	CoercionPathType path;
	FmgrInfo	fn;
	int			nargs;
} TextCast;

static void
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

/* the text (possibly with a short header: read it with VARDATA_ANY) */
static inline text *
text_cast(TextCast *t, Datum d)
{
	switch (t->path)
	{
		case COERCION_PATH_RELABELTYPE:
			return DatumGetTextPP(d);
		case COERCION_PATH_FUNC:
			if (t->nargs == 1)
				return DatumGetTextPP(FunctionCall1(&t->fn, d));
			return DatumGetTextPP(FunctionCall3(&t->fn, d, Int32GetDatum(-1), BoolGetDatum(true)));
		default:
			return cstring_to_text(OutputFunctionCall(&t->fn, d));
	}
}

static inline char *
text_cast_cstring(TextCast *t, Datum d)
{
	return text_to_cstring(text_cast(t, d));
}

/*
 * Per-row scratch memory: a cast through a function or the output function
 * (or a detoasted value) allocates for every row of a bulk load; it goes
 * here and is freed every ROWS_PER_RESET rows.
 */
#define ROWS_PER_RESET	1024

typedef struct RowMemory
{
	MemoryContext cxt;
	int			rows;
} RowMemory;

static void
row_memory_init(RowMemory *m)
{
	m->cxt = AllocSetContextCreate(CurrentMemoryContext, "cx_metrics alert rows", ALLOCSET_DEFAULT_SIZES);
	m->rows = 0;
}

static inline void
row_memory_next(RowMemory *m)
{
	if (++m->rows >= ROWS_PER_RESET)
	{
		MemoryContextReset(m->cxt);
		m->rows = 0;
	}
}

/* value::text in the row's scratch memory */
static inline text *
text_cast_row(TextCast *t, Datum d, RowMemory *m)
{
	MemoryContext old = MemoryContextSwitchTo(m->cxt);
	text	   *r = text_cast(t, d);

	MemoryContextSwitchTo(old);
	return r;
}

/* ---- hash tables ----------------------------------------------------------------- */

/* interned strings: id per distinct byte string */
typedef struct StrDict
{
	int			n;
	int			cap;
	char	  **str;
	int		   *len;
	uint32	   *hash;
	int		   *slot;			/* open addressing: id or -1 */
	uint32		mask;
} StrDict;

static void
strdict_init(StrDict *d)
{
	memset(d, 0, sizeof(*d));
}

static void
strdict_place(StrDict *d, int id)
{
	uint32		i;

	for (i = d->hash[id] & d->mask; d->slot[i] >= 0; i = (i + 1) & d->mask)
		;
	d->slot[i] = id;
}

static int
strdict_intern(StrDict *d, const char *s, int len)
{
	uint32		h = hash_bytes((const unsigned char *) s, len);
	int			id;
	int			i;

	if (d->slot != NULL)
	{
		uint32		j;

		for (j = h & d->mask; (id = d->slot[j]) >= 0; j = (j + 1) & d->mask)
			if (d->hash[id] == h && d->len[id] == len && memcmp(d->str[id], s, len) == 0)
				return id;
	}
	if (d->n == d->cap)
	{
		d->cap = d->cap ? d->cap * 2 : 8;
		d->str = d->str ? repalloc(d->str, sizeof(char *) * d->cap) : palloc(sizeof(char *) * d->cap);
		d->len = d->len ? repalloc(d->len, sizeof(int) * d->cap) : palloc(sizeof(int) * d->cap);
		d->hash = d->hash ? repalloc(d->hash, sizeof(uint32) * d->cap) : palloc(sizeof(uint32) * d->cap);
	}
	id = d->n++;
	d->str[id] = palloc(len + 1);
	memcpy(d->str[id], s, len);
	d->str[id][len] = '\0';
	d->len[id] = len;
	d->hash[id] = h;
	if (d->slot == NULL || (uint32) d->n * 2 > d->mask + 1)
	{
		uint32		nslot = d->slot ? (d->mask + 1) * 2 : 32;

		if (d->slot)
			pfree(d->slot);
		d->slot = palloc(sizeof(int) * nslot);
		d->mask = nslot - 1;
		for (i = 0; i < (int) nslot; i++)
			d->slot[i] = -1;
		for (i = 0; i < d->n; i++)
			strdict_place(d, i);
	}
	else
		strdict_place(d, id);
	return id;
}

/*
 * Distinct values of a column, with the type's own equality (that of its
 * default hash opclass, under the column's collation) as GROUP BY and a
 * join would use; integers hashed inline.  A type without a hash opclass
 * is compared by its bytes.
 */
typedef enum
{
	KH_INT2, KH_INT4, KH_INT8, KH_TYPE, KH_IMAGE
} KeyHashMode;

typedef struct KeyHash
{
	KeyHashMode mode;
	Oid			typid;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	Oid			collation;
	FmgrInfo   *hashfn;
	FmgrInfo   *eqfn;
	Oid			eqopr;
	int			n;
	int			cap;
	Datum	   *keys;
	uint32	   *hash;
	int		   *slot;
	uint32		mask;
} KeyHash;

static void
keyhash_init(KeyHash *h, Oid typid, Oid collation)
{
	TypeCacheEntry *tc;

	memset(h, 0, sizeof(*h));
	h->typid = typid;
	get_typlenbyvalalign(typid, &h->typlen, &h->typbyval, &h->typalign);
	h->collation = OidIsValid(collation) ? collation : DEFAULT_COLLATION_OID;
	switch (getBaseType(typid))
	{
		case INT2OID:
			h->mode = KH_INT2;
			break;
		case INT4OID:
			h->mode = KH_INT4;
			break;
		case INT8OID:
			h->mode = KH_INT8;
			break;
		default:
			tc = lookup_type_cache(typid, TYPECACHE_EQ_OPR | TYPECACHE_HASH_PROC_FINFO |
								   TYPECACHE_EQ_OPR_FINFO);
			if (OidIsValid(tc->hash_proc_finfo.fn_oid) && OidIsValid(tc->eq_opr_finfo.fn_oid))
			{
				h->mode = KH_TYPE;
				h->hashfn = &tc->hash_proc_finfo;
				h->eqfn = &tc->eq_opr_finfo;
			}
			else
				h->mode = KH_IMAGE;
			h->eqopr = tc->eq_opr;
			break;
	}
	if (h->mode != KH_TYPE && h->mode != KH_IMAGE)
	{
		tc = lookup_type_cache(typid, TYPECACHE_EQ_OPR);
		h->eqopr = tc->eq_opr;
	}
}

static inline uint32
keyhash_hash(KeyHash *h, Datum d)
{
	switch (h->mode)
	{
		case KH_INT2:
			return murmurhash32((uint32) DatumGetInt16(d));
		case KH_INT4:
			return murmurhash32((uint32) DatumGetInt32(d));
		case KH_INT8:
			{
				uint64		v = (uint64) DatumGetInt64(d);

				return murmurhash32((uint32) v ^ murmurhash32((uint32) (v >> 32)));
			}
		case KH_TYPE:
			return DatumGetUInt32(FunctionCall1Coll(h->hashfn, h->collation, d));
		default:
			return datum_image_hash(d, h->typbyval, h->typlen);
	}
}

static inline bool
keyhash_eq(KeyHash *h, Datum a, Datum b)
{
	switch (h->mode)
	{
		case KH_INT2:
			return DatumGetInt16(a) == DatumGetInt16(b);
		case KH_INT4:
			return DatumGetInt32(a) == DatumGetInt32(b);
		case KH_INT8:
			return DatumGetInt64(a) == DatumGetInt64(b);
		case KH_TYPE:
			return DatumGetBool(FunctionCall2Coll(h->eqfn, h->collation, a, b));
		default:
			return datum_image_eq(a, b, h->typbyval, h->typlen);
	}
}

/* the index of d, or -1 */
static inline int
keyhash_find(KeyHash *h, Datum d, uint32 hv)
{
	uint32		i;
	int			id;

	if (h->slot == NULL)
		return -1;
	for (i = hv & h->mask; (id = h->slot[i]) >= 0; i = (i + 1) & h->mask)
		if (h->hash[id] == hv && keyhash_eq(h, h->keys[id], d))
			return id;
	return -1;
}

/* the index of d, added (copied) when new */
static int
keyhash_add(KeyHash *h, Datum d, bool *isnew)
{
	uint32		hv;
	int			id;
	uint32		i;

	/* toasted values are compared and kept detoasted */
	if (h->typlen == -1)
		d = PointerGetDatum(PG_DETOAST_DATUM_PACKED(d));
	hv = keyhash_hash(h, d);
	id = keyhash_find(h, d, hv);
	*isnew = id < 0;
	if (id >= 0)
		return id;
	if (h->n == h->cap)
	{
		h->cap = h->cap ? h->cap * 2 : 64;
		h->keys = h->keys ? repalloc_huge(h->keys, sizeof(Datum) * h->cap) :
			palloc(sizeof(Datum) * h->cap);
		h->hash = h->hash ? repalloc_huge(h->hash, sizeof(uint32) * h->cap) :
			palloc(sizeof(uint32) * h->cap);
	}
	id = h->n++;
	h->keys[id] = datumCopy(d, h->typbyval, h->typlen);
	h->hash[id] = hv;
	if (h->slot == NULL || (uint32) h->n * 2 > h->mask + 1)
	{
		uint32		nslot = h->slot ? (h->mask + 1) * 2 : 128;
		int			k;

		if (h->slot)
			pfree(h->slot);
		h->slot = palloc_extended(sizeof(int) * (Size) nslot, MCXT_ALLOC_HUGE);
		h->mask = nslot - 1;
		memset(h->slot, 0xff, sizeof(int) * (Size) nslot);
		for (k = 0; k < h->n; k++)
		{
			for (i = h->hash[k] & h->mask; h->slot[i] >= 0; i = (i + 1) & h->mask)
				;
			h->slot[i] = k;
		}
	}
	else
	{
		for (i = hv & h->mask; h->slot[i] >= 0; i = (i + 1) & h->mask)
			;
		h->slot[i] = id;
	}
	return id;
}

static int
keyhash_lookup(KeyHash *h, Datum d)
{
	if (h->typlen == -1)
		d = PointerGetDatum(PG_DETOAST_DATUM_PACKED(d));
	return keyhash_find(h, d, keyhash_hash(h, d));
}

/* ---- jsonb details ------------------------------------------------------------------ */

/* text values in details are cut (with "...") at this many bytes, as the row triggers do */
#define STMT_JB_MAX 1024

static void
jb_numeric(JsonbParseState **st, const char *key, Numeric n)
{
	JsonbValue	v;

	alert_jb_key(st, key);
	v.type = jbvNumeric;
	v.val.numeric = n;
	(void) pushJsonbValue(st, WJB_VALUE, &v);
}

static void
jb_int(JsonbParseState **st, const char *key, int64 value)
{
	jb_numeric(st, key, int64_to_numeric(value));
}

/* round(value::numeric, 2), as the PL/pgSQL trigger wrote it; NULL when NaN */
static void
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
static void
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
static void
jb_datetime(JsonbParseState **st, const char *key, Datum value, Oid typid)
{
	/*
	 * The jsonb builder keeps the pointer, not the bytes, until the value is
	 * finished: the text must outlive this function, so not a stack buffer.
	 */
	char	   *buf = palloc(MAXDATELEN + 1);

	alert_jb_string(st, key, JsonEncodeDateTime(buf, value, typid, NULL), STMT_JB_MAX);
}

/* ---- segment_drop ------------------------------------------------------------------ */

/* one (segment, day) of the rollup being built */
typedef struct SegDay
{
	int32		seg;			/* StrDict id */
	int32		day;
	CxNpsState	state;
} SegDay;

typedef struct SegAgg
{
	int			n;
	int			cap;
	SegDay	   *e;
	int		   *slot;
	uint32		mask;
	int64		bad;			/* answers off the 0..10 scale */
} SegAgg;

static inline uint32
segagg_hash(int32 seg, int32 day)
{
	return murmurhash32((uint32) seg * 0x9e3779b1u ^ (uint32) day);
}

static CxNpsState *
segagg_state(SegAgg *a, int32 seg, int32 day)
{
	uint32		h = segagg_hash(seg, day);
	uint32		i;
	int			id;

	if (a->slot != NULL)
		for (i = h & a->mask; (id = a->slot[i]) >= 0; i = (i + 1) & a->mask)
			if (a->e[id].seg == seg && a->e[id].day == day)
				return &a->e[id].state;
	if (a->n == a->cap)
	{
		a->cap = a->cap ? a->cap * 2 : 64;
		a->e = a->e ? repalloc_huge(a->e, sizeof(SegDay) * a->cap) : palloc(sizeof(SegDay) * a->cap);
	}
	id = a->n++;
	a->e[id].seg = seg;
	a->e[id].day = day;
	cx_nps_init(&a->e[id].state);
	if (a->slot == NULL || (uint32) a->n * 2 > a->mask + 1)
	{
		uint32		nslot = a->slot ? (a->mask + 1) * 2 : 64;
		int			k;

		if (a->slot)
			pfree(a->slot);
		a->slot = palloc_extended(sizeof(int) * (Size) nslot, MCXT_ALLOC_HUGE);
		a->mask = nslot - 1;
		memset(a->slot, 0xff, sizeof(int) * (Size) nslot);
		for (k = 0; k < a->n; k++)
		{
			for (i = segagg_hash(a->e[k].seg, a->e[k].day) & a->mask; a->slot[i] >= 0; i = (i + 1) & a->mask)
				;
			a->slot[i] = k;
		}
	}
	else
	{
		for (i = h & a->mask; a->slot[i] >= 0; i = (i + 1) & a->mask)
			;
		a->slot[i] = id;
	}
	return &a->e[id].state;
}

/* score codes: 0..10 an answer, SCORE_BAD off the scale */
#define SCORE_BAD	11

typedef struct ScoreReader
{
	Oid			type;
	Datum		numeric_k[CX_NPS_NSCORES];	/* 0..10 as numeric */
	MemoryContext scratch;		/* numeric comparisons allocate: reset often */
	int			calls;
} ScoreReader;

static void
score_reader_init(ScoreReader *r, StmtCtx *c, Oid type, const char *col)
{
	int			k;

	r->type = getBaseType(type);
	r->scratch = NULL;
	r->calls = 0;
	if (r->type == NUMERICOID)
	{
		for (k = 0; k < CX_NPS_NSCORES; k++)
			r->numeric_k[k] = NumericGetDatum(int64_to_numeric(k));
		/* freed with the trigger's memory at the end of the statement */
		r->scratch = AllocSetContextCreate(CurrentMemoryContext, "cx_metrics alert scores",
										   ALLOCSET_SMALL_SIZES);
	}
	else if (r->type != INT2OID && r->type != INT4OID && r->type != INT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s \"%s\": score column \"%s\" has type %s, not smallint, integer, bigint or numeric",
						c->label, c->tgname, col, format_type_be(type)),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
}

/* what nps_agg() makes of an answer: 0..10, or SCORE_BAD */
static inline int
score_code(ScoreReader *r, Datum d)
{
	int64		v;

	switch (r->type)
	{
		case INT2OID:
			v = DatumGetInt16(d);
			break;
		case INT4OID:
			v = DatumGetInt32(d);
			break;
		case INT8OID:
			v = DatumGetInt64(d);
			break;
		default:
			{
				/*
				 * Exactly: 0 <= score <= 10 and whole (NaN sorts above 10).
				 * Detoasting and numeric_float8 allocate: in scratch memory,
				 * reset every ROWS_PER_RESET answers, so that a load of
				 * millions of numeric answers runs in constant memory.
				 */
				MemoryContext old = MemoryContextSwitchTo(r->scratch);
				double		f;
				int			code;

				if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, d, r->numeric_k[0])) < 0 ||
					DatumGetInt32(DirectFunctionCall2(numeric_cmp, d, r->numeric_k[10])) > 0)
					code = SCORE_BAD;
				else
				{
					f = DatumGetFloat8(DirectFunctionCall1(numeric_float8, d));
					v = (int64) floor(f);
					code = (v < 0 || v > 10 ||
							DatumGetInt32(DirectFunctionCall2(numeric_cmp, d, r->numeric_k[v])) != 0) ?
						SCORE_BAD : (int) v;
				}
				MemoryContextSwitchTo(old);
				if (++r->calls >= ROWS_PER_RESET)
				{
					MemoryContextReset(r->scratch);
					r->calls = 0;
				}
				return code;
			}
	}
	return (v >= 0 && v <= 10) ? (int) v : SCORE_BAD;
}

/* the day of an answer: UTC date of a timestamptz, date of a timestamp */
static inline int32
answer_day(Oid type, Datum d)
{
	if (type == DATEOID)
		return DatumGetDateADT(d);
	/* timezone('UTC', timestamptz) is the same microseconds */
	return cx_alert_day_of(DatumGetInt64(d));
}

static Oid
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

/*
 * "via": the segments of each distinct key, looked up once.  seg_first[k]
 * is the first segment of key k (-1: no customer, or a NULL segment), and
 * further ones (a key matching several customers' rows counts in each, as
 * the join does) are chained through seg_next.
 */
typedef struct ViaSegments
{
	int32	   *first;			/* per key: index into links, -1 = none */
	int32	   *link_seg;
	int32	   *link_next;
	int			nlinks;
	int			caplinks;
} ViaSegments;

static void
via_add(ViaSegments *v, int64 key, int32 seg)
{
	int			l;

	/* the same segment twice for one key is two joined rows: keep both */
	if (v->nlinks == v->caplinks)
	{
		v->caplinks = v->caplinks ? v->caplinks * 2 : 256;
		v->link_seg = v->link_seg ? repalloc_huge(v->link_seg, sizeof(int32) * v->caplinks) :
			palloc(sizeof(int32) * v->caplinks);
		v->link_next = v->link_next ? repalloc_huge(v->link_next, sizeof(int32) * v->caplinks) :
			palloc(sizeof(int32) * v->caplinks);
	}
	l = v->nlinks++;
	v->link_seg[l] = seg;
	v->link_next[l] = v->first[key];
	v->first[key] = l;
}

/*
 * Can the customers table be read directly (a sequential scan here, no
 * SQL)?  Only when that reads exactly what the join would: an ordinary
 * table without inheritance children and without row security, readable
 * by the owner, whose key column has
 * the same type as the answers' and an equality from pg_catalog (the join
 * is written with OPERATOR(pg_catalog.=)) that agrees with byte equality
 * or the type's hash equality under both columns' collations.
 */
static bool
via_direct_ok(StmtCtx *c, Relation via, AttrNumber vkey, KeyHash *keys, Oid answers_coll)
{
	Form_pg_attribute a = TupleDescAttr(RelationGetDescr(via), vkey - 1);
	Oid			vcoll = a->attcollation;

	if (via->rd_rel->relkind != RELKIND_RELATION)
		return false;
	/* the join reads the rows of inheritance children too; the scan would not */
	if (via->rd_rel->relhassubclass)
		return false;
	/* the rights of the join, which runs as the table's owner */
	if (check_enable_rls(RelationGetRelid(via), c->table_owner, true) == RLS_ENABLED)
		return false;
	if (pg_class_aclcheck(RelationGetRelid(via), c->table_owner, ACL_SELECT) != ACLCHECK_OK)
		return false;
	if (a->atttypid != keys->typid || keys->mode == KH_IMAGE || !OidIsValid(keys->eqopr) ||
		get_op_rettype(keys->eqopr) != BOOLOID)
		return false;
	{
		HeapTuple	tup = SearchSysCache1(OPEROID, ObjectIdGetDatum(keys->eqopr));
		bool		catalog_op;

		if (!HeapTupleIsValid(tup))
			return false;
		catalog_op = ((Form_pg_operator) GETSTRUCT(tup))->oprnamespace == PG_CATALOG_NAMESPACE;
		ReleaseSysCache(tup);
		if (!catalog_op)
			return false;
	}
	if (vcoll != answers_coll &&
		!(OidIsValid(vcoll) && OidIsValid(answers_coll) &&
		  get_collation_isdeterministic(vcoll) && get_collation_isdeterministic(answers_coll)))
		return false;
	return true;
}

/*
 * The distinct keys of the new answers.  Integer keys spanning a range not
 * much larger than the rows (customer ids from a sequence) are indexed by
 * key - min, without hashing; others go through the KeyHash.  A key's index
 * is in [0, via_nkeys()).
 */
typedef struct ViaKeys
{
	KeyHash		hash;			/* the type; the keys unless dense */
	bool		dense;
	int64		min;
	int64		range;
	uint8	   *want;			/* dense: 1 for a key of the new answers */
	int64		ndistinct;
} ViaKeys;

/* dense when the range is at most this many times the rows (and bounded) */
#define VIA_DENSE_FACTOR	4
#define VIA_DENSE_MAX		(64 * 1024 * 1024)

static inline bool
via_int_keys(ViaKeys *k)
{
	return k->hash.mode == KH_INT2 || k->hash.mode == KH_INT4 || k->hash.mode == KH_INT8;
}

static inline int64
via_int(ViaKeys *k, Datum d)
{
	switch (k->hash.mode)
	{
		case KH_INT2:
			return DatumGetInt16(d);
		case KH_INT4:
			return DatumGetInt32(d);
		default:
			return DatumGetInt64(d);
	}
}

static inline Datum
via_int_datum(ViaKeys *k, int64 v)
{
	switch (k->hash.mode)
	{
		case KH_INT2:
			return Int16GetDatum((int16) v);
		case KH_INT4:
			return Int32GetDatum((int32) v);
		default:
			return Int64GetDatum(v);
	}
}

static inline int64
via_nkeys(ViaKeys *k)
{
	return k->dense ? k->range : k->hash.n;
}

/* the index of a key, -1 when none of the new answers has it */
static inline int64
via_key_index(ViaKeys *k, Datum d)
{
	if (k->dense)
	{
		int64		v = via_int(k, d);

		if (v < k->min || (uint64) v - (uint64) k->min >= (uint64) k->range || !k->want[v - k->min])
			return -1;
		return v - k->min;
	}
	return keyhash_lookup(&k->hash, d);
}

/* the new answers of a "via" configuration: key, day and score per row */
typedef struct ViaRows
{
	int64		n;
	int64		cap;
	int64	   *key;			/* integer keys first, then the key index */
	int32	   *day;
	uint8	   *score;
} ViaRows;

static void
via_rows_add(ViaRows *r, int64 key, int32 day, int score)
{
	if (r->n == r->cap)
	{
		r->cap = r->cap ? r->cap * 2 : 1024;
		r->key = r->key ? repalloc_huge(r->key, sizeof(int64) * r->cap) : palloc(sizeof(int64) * r->cap);
		r->day = r->day ? repalloc_huge(r->day, sizeof(int32) * r->cap) : palloc(sizeof(int32) * r->cap);
		r->score = r->score ? repalloc_huge(r->score, r->cap) : palloc(r->cap);
	}
	r->key[r->n] = key;
	r->day[r->n] = day;
	r->score[r->n] = (uint8) score;
	r->n++;
}

/* after the rows are read: integer keys become indexes (dense or hashed) */
static void
via_keys_index_rows(ViaKeys *k, ViaRows *r)
{
	int64		lo = PG_INT64_MAX;
	int64		hi = PG_INT64_MIN;
	int64		i;

	if (!via_int_keys(k) || r->n == 0)
		return;
	for (i = 0; i < r->n; i++)
	{
		if (r->key[i] < lo)
			lo = r->key[i];
		if (r->key[i] > hi)
			hi = r->key[i];
	}
	if ((uint64) hi - (uint64) lo < (uint64) Min((double) VIA_DENSE_MAX,
												 (double) r->n * VIA_DENSE_FACTOR + 1024))
	{
		k->dense = true;
		k->min = lo;
		k->range = (int64) ((uint64) hi - (uint64) lo) + 1;
		k->want = palloc_extended(k->range, MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
		for (i = 0; i < r->n; i++)
		{
			int64		x = r->key[i] - lo;

			if (!k->want[x])
			{
				k->want[x] = 1;
				k->ndistinct++;
			}
			r->key[i] = x;
		}
		return;
	}
	for (i = 0; i < r->n; i++)
	{
		bool		isnew;

		r->key[i] = keyhash_add(&k->hash, via_int_datum(k, r->key[i]), &isnew);
	}
	k->ndistinct = k->hash.n;
}

/* the distinct keys, as Datums of the key type */
static Datum *
via_keys_datums(ViaKeys *k, int *n)
{
	Datum	   *d;
	int64		i;
	int			m = 0;

	if (!k->dense)
	{
		*n = k->hash.n;
		return k->hash.keys;
	}
	d = palloc_extended(sizeof(Datum) * Max(k->ndistinct, 1), MCXT_ALLOC_HUGE);
	for (i = 0; i < k->range; i++)
		if (k->want[i])
			d[m++] = via_int_datum(k, k->min + i);
	*n = m;
	return d;
}

/* the segment of each key's customer rows, read directly */
static void
via_scan_direct(StmtCtx *c, Relation via, AttrNumber vkey, AttrNumber vseg, ViaKeys *keys,
				StrDict *segs, ViaSegments *out)
{
	TextCast	cast;
	Snapshot	snap;
	TableScanDesc scan;
	TupleTableSlot *slot;
	AttrNumber	maxatt = Max(vkey, vseg);
	RowMemory	rowmem;

	text_cast_init(&cast, TupleDescAttr(RelationGetDescr(via), vseg - 1)->atttypid);
	row_memory_init(&rowmem);
	/* what a query of the trigger would see */
	CommandCounterIncrement();
	snap = RegisterSnapshot(GetTransactionSnapshot());
	scan = table_beginscan(via, snap, 0, NULL);
	slot = table_slot_create(via, NULL);
	while (table_scan_getnextslot(scan, ForwardScanDirection, slot))
	{
		int64		id;
		text	   *t;

		CHECK_FOR_INTERRUPTS();
		slot_getsomeattrs(slot, maxatt);
		if (slot->tts_isnull[vkey - 1] || slot->tts_isnull[vseg - 1])
			continue;
		id = via_key_index(keys, slot->tts_values[vkey - 1]);
		if (id < 0)
			continue;
		t = text_cast_row(&cast, slot->tts_values[vseg - 1], &rowmem);
		via_add(out, id, strdict_intern(segs, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)));
		row_memory_next(&rowmem);
	}
	MemoryContextDelete(rowmem.cxt);
	ExecDropSingleTupleTableSlot(slot);
	table_endscan(scan);
	UnregisterSnapshot(snap);
}

/* the same through SQL: a join of the keys with the customers table */
static void
via_lookup_sql(StmtCtx *c, Relation via, const char *vkey_name, const char *seg_name,
			   ViaKeys *keys, StrDict *segs, ViaSegments *out)
{
	KeyHash    *h = &keys->hash;
	StringInfoData sql;
	Oid			arraytype = get_array_type(h->typid);
	Oid			argtypes[1];
	Datum		values[1];
	Datum	   *kd;
	int			nk;
	uint64		i;
	int			ret;

	if (!OidIsValid(arraytype))
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s \"%s\": type %s of the \"via_key\" column has no array type",
						c->label, c->tgname, format_type_be(h->typid))));
	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT u.k, v.%s::pg_catalog.text FROM pg_catalog.unnest($1) AS u(k)"
					 " JOIN %s v ON v.%s OPERATOR(pg_catalog.=) u.k",
					 quote_identifier(seg_name),
					 quote_qualified_identifier(get_namespace_name(RelationGetNamespace(via)),
												RelationGetRelationName(via)),
					 quote_identifier(vkey_name));
	argtypes[0] = arraytype;
	kd = via_keys_datums(keys, &nk);
	values[0] = PointerGetDatum(construct_array(kd, nk, h->typid, h->typlen, h->typbyval, h->typalign));
	ret = SPI_execute_plan(stmt_plan(sql.data, 1, argtypes), values, NULL, false, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "looking up the segments returned %d", ret);
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		bool		isnull;
		Datum		k = SPI_getbinval(tup, SPI_tuptable->tupdesc, 1, &isnull);
		Datum		s;
		int64		id;
		text	   *t;

		if (isnull)
			continue;
		s = SPI_getbinval(tup, SPI_tuptable->tupdesc, 2, &isnull);
		if (isnull)
			continue;
		id = via_key_index(keys, k);
		if (id < 0)
			continue;
		t = DatumGetTextPP(s);
		via_add(out, id, strdict_intern(segs, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)));
	}
	SPI_freetuptable(SPI_tuptable);
}

static inline void
seg_count(SegAgg *agg, int32 seg, int32 day, int score)
{
	CxNpsState *s;

	if (score == SCORE_BAD)
	{
		agg->bad++;
		return;
	}
	s = segagg_state(agg, seg, day);
	s->counts[score]++;
	s->n++;
}

/* sort order of the rollup rows written: by segment bytes, then day */
static StrDict *sort_segs;

static int
segday_cmp(const void *a, const void *b)
{
	const SegDay *x = a;
	const SegDay *y = b;
	int			c;

	if (x->seg != y->seg)
	{
		c = memcmp(sort_segs->str[x->seg], sort_segs->str[y->seg],
				   Min(sort_segs->len[x->seg], sort_segs->len[y->seg]));
		if (c != 0)
			return c;
		return sort_segs->len[x->seg] < sort_segs->len[y->seg] ? -1 : 1;
	}
	return x->day < y->day ? -1 : (x->day > y->day ? 1 : 0);
}

/* segments in the order the PL/pgSQL trigger tested them: ORDER BY segment */
static int
seg_text_cmp(const void *a, const void *b)
{
	int			x = *(const int *) a;
	int			y = *(const int *) b;

	return varstr_cmp(sort_segs->str[x], sort_segs->len[x], sort_segs->str[y], sort_segs->len[y],
					  DEFAULT_COLLATION_OID);
}

static Oid
stmt_nps_state_type(StmtCtx *c)
{
	Oid			t = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
									CStringGetDatum("nps_state"), ObjectIdGetDatum(c->nsp));

	if (!OidIsValid(t))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("type nps_state of cx_metrics is missing in schema \"%s\"",
						get_namespace_name(c->nsp)),
				 errhint("Reinstall the extension: DROP EXTENSION cx_metrics; CREATE EXTENSION cx_metrics;")));
	return t;
}

/* add the rows' states to the rollup, in one statement */
static void
seg_upsert(StmtCtx *c, SegAgg *agg, StrDict *segs, const char *schema, Oid state_type)
{
	StringInfoData sql;
	Oid			argtypes[4];
	Datum		values[4];
	Datum	   *seg_d;
	Datum	   *day_d;
	Datum	   *state_d;
	int			n = 0;
	int			i;
	int			ret;

	/* the same order in every session: concurrent loads cannot deadlock here */
	sort_segs = segs;
	qsort(agg->e, agg->n, sizeof(SegDay), segday_cmp);
	seg_d = palloc(sizeof(Datum) * agg->n);
	day_d = palloc(sizeof(Datum) * agg->n);
	state_d = palloc(sizeof(Datum) * agg->n);
	for (i = 0; i < agg->n; i++)
	{
		if (agg->e[i].state.n == 0)
			continue;
		seg_d[n] = PointerGetDatum(cstring_to_text_with_len(segs->str[agg->e[i].seg],
															 segs->len[agg->e[i].seg]));
		day_d[n] = DateADTGetDatum(agg->e[i].day);
		state_d[n] = PointerGetDatum(&agg->e[i].state);
		n++;
	}
	if (n == 0)
		return;
	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "INSERT INTO %1$s.cx_alert_segment_rollup AS r (config_id, segment, day, state)"
					 " SELECT $1, u.segment, u.day, u.state"
					 " FROM ROWS FROM (pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS u(segment, day, state)"
					 " ON CONFLICT (config_id, segment, day)"
					 " DO UPDATE SET state = %1$s.nps_state_combine(r.state, excluded.state)",
					 schema);
	argtypes[0] = INT4OID;
	argtypes[1] = TEXTARRAYOID;
	argtypes[2] = get_array_type(DATEOID);
	argtypes[3] = get_array_type(state_type);
	values[0] = Int32GetDatum(c->config_id);
	values[1] = PointerGetDatum(construct_array(seg_d, n, TEXTOID, -1, false, TYPALIGN_INT));
	values[2] = PointerGetDatum(construct_array(day_d, n, DATEOID, sizeof(DateADT), true, TYPALIGN_INT));
	values[3] = PointerGetDatum(construct_array(state_d, n, state_type, sizeof(CxNpsState), false,
												TYPALIGN_DOUBLE));
	stmt_as(c, c->acfg->alert_owner);
	ret = SPI_execute_plan(stmt_plan(sql.data, 4, argtypes), values, NULL, false, 0);
	stmt_as(c, c->table_owner);
	if (ret != SPI_OK_INSERT)
		elog(ERROR, "updating the segment rollup returned %d", ret);
}

/* the test of one segment as of a day, from the rollup; queue an alert */
static void
seg_check(StmtCtx *c, const char *schema, const char *segment, int32 day,
		  int32 window_days, int32 baseline_days, int32 min_answers, double alpha)
{
	StringInfoData sql;
	Oid			argtypes[4] = {INT4OID, TEXTOID, DATEOID, DATEOID};
	Datum		values[4];
	CxNpsState	win;
	CxNpsState	base;
	CxSegmentVerdict v;
	int32		lo;
	int32		hi;
	uint64		i;
	int			ret;

	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT r.day, r.state FROM %s.cx_alert_segment_rollup r"
					 " WHERE r.config_id OPERATOR(pg_catalog.=) $1 AND r.segment OPERATOR(pg_catalog.=) $2"
					 " AND r.day OPERATOR(pg_catalog.>) $3 AND r.day OPERATOR(pg_catalog.<=) $4",
					 schema);
	cx_alert_segment_range(day, window_days, baseline_days, &lo, &hi);
	values[0] = Int32GetDatum(c->config_id);
	values[1] = PointerGetDatum(cstring_to_text(segment));
	values[2] = DateADTGetDatum(lo);
	values[3] = DateADTGetDatum(hi);
	stmt_as(c, c->acfg->alert_owner);
	ret = SPI_execute_plan(stmt_plan(sql.data, 4, argtypes), values, NULL, false, 0);
	stmt_as(c, c->table_owner);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading the segment rollup returned %d", ret);
	cx_nps_init(&win);
	cx_nps_init(&base);
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		bool		dnull;
		bool		snull;
		int32		d = DatumGetDateADT(SPI_getbinval(tup, SPI_tuptable->tupdesc, 1, &dnull));
		Datum		sd = SPI_getbinval(tup, SPI_tuptable->tupdesc, 2, &snull);
		CxNpsState	s;
		cx_segment_side side;

		if (dnull || snull)
			continue;
		memcpy(&s, DatumGetPointer(sd), sizeof(CxNpsState));
		if (!cx_nps_valid(&s))
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("%s \"%s\": invalid nps_state in cx_alert_segment_rollup for segment \"%s\"",
							c->label, c->tgname, segment)));
		side = cx_alert_segment_side(day, window_days, baseline_days, d);
		if (side == CX_SEGMENT_OUTSIDE)
			continue;
		if (!cx_nps_merge(side == CX_SEGMENT_WINDOW ? &win : &base, &s))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s \"%s\": too many answers for segment \"%s\"", c->label, c->tgname, segment)));
	}
	SPI_freetuptable(SPI_tuptable);

	cx_alert_segment_decide(&win, &base, min_answers, alpha, &v);
	if (!v.alert)
		return;
	{
		JsonbParseState *st = NULL;
		JsonbValue *res;
		char	   *key;

		key = TextDatumGetCString(DirectFunctionCall2(timestamp_to_char,
													  DirectFunctionCall1(date_timestamp, DateADTGetDatum(day)),
													  PointerGetDatum(cstring_to_text("YYYY-MM-DD"))));
		(void) pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
		alert_jb_string(&st, "segment", segment, STMT_JB_MAX);
		jb_datetime(&st, "day", DateADTGetDatum(day), DATEOID);
		jb_round2(&st, "window_nps", v.window_nps);
		jb_int(&st, "window_answers", v.window_answers);
		jb_round2(&st, "baseline_nps", v.baseline_nps);
		jb_int(&st, "baseline_answers", v.baseline_answers);
		jb_round2(&st, "difference", v.difference);
		alert_jb_string(&st, "p_value", DatumGetCString(DirectFunctionCall1(float8out, Float8GetDatum(v.p_value))), STMT_JB_MAX);
		jb_setting(&st, c, "window_days", "window_days");
		jb_setting(&st, c, "baseline_days", "baseline_days");
		jb_setting(&st, c, "alpha", "alpha");
		alert_jb_string(&st, "table", c->acfg->source, STMT_JB_MAX);
		res = pushJsonbValue(&st, WJB_END_OBJECT, NULL);
		stmt_queue_alert(c, v.high ? "high" : "medium", key, segment, res);
	}
}

/*
 * Segment drop alerts: fold the new answers into the rollup of NPS states
 * per segment and day, then test each segment touched as of its latest
 * new day (window against baseline, nps_test, min_answers on each side).
 */
PG_FUNCTION_INFO_V1(cx_alert_segment_trigger);
Datum
cx_alert_segment_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *td = stmt_check_call(fcinfo, "cx_alert_segment_trigger");
	StmtCtx		c;
	StmtRows	rows;
	char	   *score_col;
	char	   *at_col;
	char	   *seg_col;
	char	   *via_name;
	AttrNumber	score_att;
	AttrNumber	at_att;
	Oid			at_type;
	ScoreReader score;
	int32		window_days;
	int32		baseline_days;
	int32		min_answers;
	double		alpha;
	const char *schema;
	StrDict		segs;
	SegAgg		agg;
	int32	   *last_day;
	int		   *touched;
	int			ntouched = 0;
	int			i;

	/* an INSERT of no rows tests nothing */
	if (tuplestore_tuple_count(td->tg_newtable) == 0)
		return PointerGetDatum(NULL);
	stmt_start(&c, fcinfo, td, "segment alert trigger", "nps_segment_drop");
	schema = quote_identifier(get_namespace_name(c.nsp));

	score_col = stmt_setting_text(&c, "score", true);
	at_col = stmt_setting_text(&c, "at", true);
	seg_col = stmt_setting_text(&c, "segment", true);
	via_name = stmt_setting_text(&c, "via", false);
	window_days = stmt_setting_int(&c, "window_days");
	baseline_days = stmt_setting_int(&c, "baseline_days");
	min_answers = stmt_setting_int(&c, "min_answers");
	alpha = stmt_setting_float(&c, "alpha");
	if (window_days < 1 || baseline_days < 1)
		stmt_bad_config(&c, "window_days");
	score_att = stmt_column(&c, c.rel, "score", score_col);
	score_reader_init(&score, &c, stmt_column_type(c.rel, score_att), score_col);
	at_att = stmt_column(&c, c.rel, "at", at_col);
	at_type = at_type_checked(&c, stmt_column_type(c.rel, at_att), at_col);

	strdict_init(&segs);
	memset(&agg, 0, sizeof(agg));
	if (via_name == NULL)
	{
		/* the segment is a column of the answers */
		AttrNumber	seg_att = stmt_column(&c, c.rel, "segment", seg_col);
		TextCast	cast;
		AttrNumber	maxatt = Max(Max(score_att, at_att), seg_att);
		RowMemory	rowmem;

		text_cast_init(&cast, stmt_column_type(c.rel, seg_att));
		row_memory_init(&rowmem);
		stmt_rows_begin(&rows, &c);
		while (stmt_rows_next(&rows))
		{
			TupleTableSlot *slot = rows.slot;
			text	   *t;
			int32		seg;

			slot_getsomeattrs(slot, maxatt);
			if (slot->tts_isnull[seg_att - 1] || slot->tts_isnull[at_att - 1] ||
				slot->tts_isnull[score_att - 1])
				continue;		/* no segment, no day, or a skipped question */
			t = text_cast_row(&cast, slot->tts_values[seg_att - 1], &rowmem);
			seg = strdict_intern(&segs, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
			seg_count(&agg, seg, answer_day(at_type, slot->tts_values[at_att - 1]),
					  score_code(&score, slot->tts_values[score_att - 1]));
			row_memory_next(&rowmem);
		}
		stmt_rows_end(&rows);
		MemoryContextDelete(rowmem.cxt);
	}
	else
	{
		/* the segment is in another table, joined on via_key */
		char	   *vkey_col = stmt_setting_text(&c, "via_key", true);
		AttrNumber	key_att = stmt_column(&c, c.rel, "via_key", vkey_col);
		Oid			via_oid;
		Relation	via;
		AttrNumber	via_key_att;
		AttrNumber	via_seg_att;
		ViaKeys		keys;
		ViaRows		vr;
		ViaSegments vs;
		AttrNumber	maxatt = Max(Max(score_att, at_att), key_att);
		bool		int_keys;
		int64		r;

		/* stored schema-qualified by cx_alert_attach(); resolved as SQL would */
		via_oid = DatumGetObjectId(DirectFunctionCall1(regclassin, CStringGetDatum(via_name)));
		via = table_open(via_oid, AccessShareLock);
		/* read as the table's owner (stmt_as()): say so plainly when it may not */
		if (pg_class_aclcheck(via_oid, c.table_owner, ACL_SELECT) != ACLCHECK_OK)
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("%s \"%s\": %s, the owner of %s, may not read %s",
							c.label, c.tgname, GetUserNameFromId(c.table_owner, false),
							RelationGetRelationName(c.rel), RelationGetRelationName(via)),
					 errdetail("The trigger looks the segments up as the owner of the answers table."),
					 errhint("GRANT SELECT ON %s TO %s;",
							 quote_qualified_identifier(get_namespace_name(RelationGetNamespace(via)),
														RelationGetRelationName(via)),
							 quote_identifier(GetUserNameFromId(c.table_owner, false)))));
		via_key_att = stmt_column(&c, via, "via_key", vkey_col);
		via_seg_att = stmt_column(&c, via, "segment", seg_col);
		memset(&keys, 0, sizeof(keys));
		keyhash_init(&keys.hash, stmt_column_type(c.rel, key_att),
					 TupleDescAttr(RelationGetDescr(c.rel), key_att - 1)->attcollation);
		int_keys = via_int_keys(&keys);
		memset(&vr, 0, sizeof(vr));
		stmt_rows_begin(&rows, &c);
		while (stmt_rows_next(&rows))
		{
			TupleTableSlot *slot = rows.slot;
			Datum		k;
			bool		isnew;

			slot_getsomeattrs(slot, maxatt);
			if (slot->tts_isnull[key_att - 1] || slot->tts_isnull[at_att - 1] ||
				slot->tts_isnull[score_att - 1])
				continue;		/* no customer, no day, or a skipped question */
			k = slot->tts_values[key_att - 1];
			via_rows_add(&vr, int_keys ? via_int(&keys, k) : keyhash_add(&keys.hash, k, &isnew),
						 answer_day(at_type, slot->tts_values[at_att - 1]),
						 score_code(&score, slot->tts_values[score_att - 1]));
		}
		stmt_rows_end(&rows);
		if (int_keys)
			via_keys_index_rows(&keys, &vr);
		else
			keys.ndistinct = keys.hash.n;

		memset(&vs, 0, sizeof(vs));
		vs.first = palloc_extended(sizeof(int32) * Max(via_nkeys(&keys), 1), MCXT_ALLOC_HUGE);
		memset(vs.first, 0xff, sizeof(int32) * Max(via_nkeys(&keys), 1));
		if (keys.ndistinct > 0)
		{
			/*
			 * Only a plain table has blocks to count and scan; a view, a
			 * partitioned or a foreign table is always read through SQL.
			 * (Asking a view for its size fails an assertion.)
			 */
			bool		plain = via->rd_rel->relkind == RELKIND_RELATION;

			if (plain &&
				(double) keys.ndistinct >= (double) RelationGetNumberOfBlocks(via) * STMT_VIA_KEYS_PER_BLOCK &&
				via_direct_ok(&c, via, via_key_att, &keys.hash,
							  TupleDescAttr(RelationGetDescr(c.rel), key_att - 1)->attcollation))
				via_scan_direct(&c, via, via_key_att, via_seg_att, &keys, &segs, &vs);
			else
				via_lookup_sql(&c, via, vkey_col, seg_col, &keys, &segs, &vs);
		}
		table_close(via, AccessShareLock);

		for (r = 0; r < vr.n; r++)
		{
			int32		l;

			for (l = vs.first[vr.key[r]]; l >= 0; l = vs.link_next[l])
				seg_count(&agg, vs.link_seg[l], vr.day[r], vr.score[r]);
		}
	}

	/* the rollup, then one test per segment touched, as of its latest new day */
	if (agg.n > 0)
		seg_upsert(&c, &agg, &segs, schema, stmt_nps_state_type(&c));
	last_day = palloc(sizeof(int32) * Max(segs.n, 1));
	touched = palloc(sizeof(int) * Max(segs.n, 1));
	for (i = 0; i < segs.n; i++)
		last_day[i] = PG_INT32_MIN;
	for (i = 0; i < agg.n; i++)
	{
		SegDay	   *e = &agg.e[i];

		if (e->state.n == 0)
			continue;
		if (last_day[e->seg] == PG_INT32_MIN)
			touched[ntouched++] = e->seg;
		if (e->day > last_day[e->seg])
			last_day[e->seg] = e->day;
	}
	sort_segs = &segs;
	qsort(touched, ntouched, sizeof(int), seg_text_cmp);
	for (i = 0; i < ntouched; i++)
		seg_check(&c, schema, segs.str[touched[i]], last_day[touched[i]],
				  window_days, baseline_days, min_answers, alpha);

	stmt_finish(&c);
	if (agg.bad > 0)
		ereport(WARNING,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("segment alert trigger \"%s\": " INT64_FORMAT " answers off the 0..10 scale were left out of the rollup",
						c.tgname, agg.bad),
				 errhint("Add a CHECK constraint to the table to reject such answers.")));
	return PointerGetDatum(NULL);
}

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
