/*-------------------------------------------------------------------------
 *
 * alert_guard.c
 *	  The schema-change guard of the alerts: an event trigger on
 *	  ddl_command_start that refuses to drop, rename or retype a column an
 *	  alert configuration names, so that no INSERT fails later for it.
 *
 * An alert trigger names its columns: the row triggers in their arguments
 * and WHEN clause, the statement triggers in cx_alert_config.config.  With
 * one of them dropped or renamed every INSERT into the table fails,
 * promoters' answers included; with its type changed the configuration no
 * longer says what was validated.  (The empathy trigger's WHEN clause makes
 * PostgreSQL itself refuse DROP COLUMN of its columns, but DROP COLUMN ...
 * CASCADE silently drops the trigger and leaves the configuration behind.)
 * So the change is refused before it starts, with an error naming the
 * configuration and how to detach it.
 *
 * What is checked, from the parse tree:
 *
 *	- ALTER TABLE ... DROP COLUMN and ALTER COLUMN ... TYPE (AlterTableStmt
 *	  subcommands) and RENAME COLUMN (a RenameStmt, whatever ALTER TABLE /
 *	  VIEW / MATERIALIZED VIEW / FOREIGN TABLE spelling was used: PostgreSQL
 *	  renames a table's column under any of them), of the named relation
 *	  and, unless ONLY was written, of its inheritance children and
 *	  partitions, to which PostgreSQL recurses;
 *	- against the configurations of those relations and the segment_drop
 *	  configurations whose "via" table (where the segments are looked up)
 *	  is one of them;
 *	- renaming a "via" table or moving it to another schema: the
 *	  configuration keeps it by its schema-qualified name (the trigger
 *	  resolves it as SQL would).
 *
 * Cost: other DDL only has its parse tree looked at.  A column change
 * probes the (table_name, trigger_name) index of cx_alert_config once per
 * relation and reads the partial index of the configurations that have a
 * "via" (empty unless segment_drop is used with "via") once per command.
 * The configuration is read directly, without SPI and without permission
 * checks, as the triggers read cx_alert: the role doing the DDL needs no
 * right on cx_alert_config, and its search_path plays no part.
 *
 * Concurrency: the relations are locked (AccessExclusiveLock, which the
 * ALTER takes next anyway, after the same ownership check) before the
 * configuration is read with the latest snapshot, so that a configuration
 * attached by a transaction that committed while we waited is seen.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/skey.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "catalog/namespace.h"
#include "catalog/objectaddress.h"
#include "catalog/pg_index.h"
#include "catalog/pg_inherits.h"
#include "catalog/pg_namespace.h"
#include "commands/event_trigger.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "storage/lmgr.h"
#include "utils/acl.h"
#include "utils/fmgroids.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/varlena.h"

#include "alert_internal.h"

/* what the command does to a column or to a "via" table */
typedef enum GuardAction
{
	GA_DROP,
	GA_RENAME,
	GA_TYPE,
	GA_RENAME_TABLE,
	GA_SET_SCHEMA
} GuardAction;

/* a column the command drops, renames or retypes */
typedef struct GuardColumn
{
	GuardAction action;
	const char *name;
} GuardColumn;

/* one row of cx_alert_config */
typedef struct GuardConfig
{
	int32		config_id;
	char	   *kind;
	Oid			table_oid;		/* the table the trigger is on */
	char	   *trigger_name;
	Jsonb	   *config;
	Oid			via_oid;		/* segment_drop with "via": that table, else
								 * InvalidOid (also when it does not resolve) */
} GuardConfig;

/* cx_alert_config, opened for reading */
typedef struct GuardCtx
{
	Relation	rel;
	Oid			table_idx;		/* index whose first column is table_name */
	Oid			via_idx;		/* cx_alert_config_via_idx, or InvalidOid */
	AttrNumber	att_id,
				att_table,
				att_kind,
				att_trigger,
				att_config;
	Snapshot	snap;
	List	   *via_configs;	/* GuardConfig *, read at first need */
	bool		via_read;
} GuardCtx;

/* the settings that name a column of the configuration's own table */
static const char *const score_settings[] = {"score", "subject", "key", "at", NULL};
static const char *const empathy_settings[] = {"text", "role", "subject", "key", "at", NULL};
static const char *const friction_settings[] = {"journey", "at", "stage", "where_column", NULL};
static const char *const segment_settings[] = {"score", "at", "segment", NULL};
static const char *const segment_via_settings[] = {"score", "at", "via_key", NULL};
/* ... and those that name a column of segment_drop's "via" table */
static const char *const via_settings[] = {"segment", "via_key", NULL};

/* the string value of a top-level member of config, or NULL */
static char *
guard_setting(Jsonb *config, const char *key)
{
	JsonbValue *v = alert_config_member(config, key);

	if (v == NULL || v->type != jbvString)
		return NULL;
	return pnstrdup(v->val.string.val, v->val.string.len);
}

/* does the array setting "include" hold the column name col? */
static bool
guard_include_names(Jsonb *config, const char *col)
{
	JsonbValue	k;
	JsonbValue *v;
	JsonbIterator *it;
	JsonbValue	e;
	JsonbIteratorToken tok;
	size_t		len = strlen(col);

	k.type = jbvString;
	k.val.string.val = "include";
	k.val.string.len = strlen("include");
	v = findJsonbValueFromContainer(&config->root, JB_FOBJECT, &k);
	if (v == NULL || v->type != jbvBinary || !JsonContainerIsArray(v->val.binary.data))
		return false;
	it = JsonbIteratorInit(v->val.binary.data);
	while ((tok = JsonbIteratorNext(&it, &e, true)) != WJB_DONE)
	{
		if (tok == WJB_ELEM && e.type == jbvString && e.val.string.len == len &&
			memcmp(e.val.string.val, col, len) == 0)
			return true;
	}
	return false;
}

/*
 * The setting of a configuration that names column col: of its own table
 * (via_side false) or of its "via" table.  NULL when none does.  A kind
 * this file does not know names no column it could tell.
 */
static const char *
guard_setting_naming(GuardConfig *gc, bool via_side, const char *col)
{
	const char *const *settings;
	bool		include = false;
	int			i;

	if (via_side)
		settings = via_settings;
	else if (strcmp(gc->kind, "nps") == 0 || strcmp(gc->kind, "csat") == 0 ||
			 strcmp(gc->kind, "ces") == 0)
	{
		settings = score_settings;
		include = true;
	}
	else if (strcmp(gc->kind, "empathy") == 0 || strcmp(gc->kind, "churn_intent") == 0 ||
			 strcmp(gc->kind, "escalation_threat") == 0 ||
			 strcmp(gc->kind, "customer_distress") == 0)
	{
		settings = empathy_settings;
		include = true;
	}
	else if (strcmp(gc->kind, "friction") == 0)
		settings = friction_settings;
	else if (strcmp(gc->kind, "segment_drop") == 0)
		settings = guard_setting(gc->config, "via") ? segment_via_settings : segment_settings;
	else
		return NULL;
	for (i = 0; settings[i] != NULL; i++)
	{
		char	   *v = guard_setting(gc->config, settings[i]);

		if (v != NULL && strcmp(v, col) == 0)
			return settings[i];
	}
	if (include && guard_include_names(gc->config, col))
		return "include";
	return NULL;
}

/*
 * The table a "via" setting names.  cx_alert_attach() stored it as regclass
 * text under search_path = pg_catalog, pg_temp, so it is schema-qualified
 * unless the table is in one of those two, and quoted where needed; the
 * trigger resolves it under the same search_path.  Looked up here without
 * permission checks (the DDL role may not use the schema).
 */
static Oid
guard_resolve_via(const char *via)
{
	char	   *raw = pstrdup(via);
	List	   *names;
	Oid			nsp;
	Oid			relid;

	if (!SplitIdentifierString(raw, '.', &names))
		return InvalidOid;
	if (list_length(names) == 2)
	{
		nsp = get_namespace_oid(linitial(names), true);
		return OidIsValid(nsp) ? get_relname_relid(lsecond(names), nsp) : InvalidOid;
	}
	if (list_length(names) != 1)
		return InvalidOid;
	relid = get_relname_relid(linitial(names), PG_CATALOG_NAMESPACE);
	if (OidIsValid(relid))
		return relid;
	nsp = LookupExplicitNamespace("pg_temp", true);
	return OidIsValid(nsp) ? get_relname_relid(linitial(names), nsp) : InvalidOid;
}

/* one row of cx_alert_config as a GuardConfig */
static GuardConfig *
guard_config_from(GuardCtx *ctx, HeapTuple tup)
{
	TupleDesc	desc = RelationGetDescr(ctx->rel);
	GuardConfig *gc = palloc0(sizeof(GuardConfig));
	bool		isnull[5];
	Datum		d[5];
	char	   *via;

	d[0] = heap_getattr(tup, ctx->att_id, desc, &isnull[0]);
	d[1] = heap_getattr(tup, ctx->att_table, desc, &isnull[1]);
	d[2] = heap_getattr(tup, ctx->att_kind, desc, &isnull[2]);
	d[3] = heap_getattr(tup, ctx->att_trigger, desc, &isnull[3]);
	d[4] = heap_getattr(tup, ctx->att_config, desc, &isnull[4]);
	/* all NOT NULL in the table's definition */
	if (isnull[0] || isnull[1] || isnull[2] || isnull[3] || isnull[4])
		elog(ERROR, "cx_alert_config has a row with a NULL column");
	gc->config_id = DatumGetInt32(d[0]);
	gc->table_oid = DatumGetObjectId(d[1]);
	gc->kind = TextDatumGetCString(d[2]);
	gc->trigger_name = pstrdup(NameStr(*DatumGetName(d[3])));
	gc->config = DatumGetJsonbPCopy(d[4]);
	via = strcmp(gc->kind, "segment_drop") == 0 ? guard_setting(gc->config, "via") : NULL;
	gc->via_oid = via ? guard_resolve_via(via) : InvalidOid;
	return gc;
}

/* the attribute number of a column of cx_alert_config */
static AttrNumber
guard_attnum(Relation rel, const char *name)
{
	AttrNumber	att = get_attnum(RelationGetRelid(rel), name);

	if (att == InvalidAttrNumber)
		elog(ERROR, "column \"%s\" of cx_alert_config is missing", name);
	return att;
}

/*
 * Open cx_alert_config of the extension's schema (that of this function)
 * and find its indexes.  False when the table is missing: then the guard
 * has nothing to read, and says so with a WARNING rather than blocking
 * every ALTER TABLE of the database.
 */
static bool
guard_open(GuardCtx *ctx, Oid nsp)
{
	Oid			relid = get_relname_relid("cx_alert_config", nsp);
	List	   *indexes;
	ListCell   *lc;

	memset(ctx, 0, sizeof(*ctx));
	if (!OidIsValid(relid))
	{
		ereport(WARNING,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("cx_metrics cannot check this schema change: table cx_alert_config is missing in schema \"%s\"",
						get_namespace_name(nsp)),
				 errhint("Reinstall the extension: DROP EXTENSION cx_metrics; CREATE EXTENSION cx_metrics;")));
		return false;
	}
	ctx->rel = table_open(relid, AccessShareLock);
	ctx->att_id = guard_attnum(ctx->rel, "config_id");
	ctx->att_table = guard_attnum(ctx->rel, "table_name");
	ctx->att_kind = guard_attnum(ctx->rel, "kind");
	ctx->att_trigger = guard_attnum(ctx->rel, "trigger_name");
	ctx->att_config = guard_attnum(ctx->rel, "config");
	ctx->via_idx = get_relname_relid("cx_alert_config_via_idx", nsp);

	indexes = RelationGetIndexList(ctx->rel);
	foreach(lc, indexes)
	{
		HeapTuple	tup = SearchSysCache1(INDEXRELID, ObjectIdGetDatum(lfirst_oid(lc)));
		Form_pg_index idx;

		if (!HeapTupleIsValid(tup))
			continue;
		idx = (Form_pg_index) GETSTRUCT(tup);
		if (idx->indisvalid && idx->indnatts >= 1 && idx->indkey.values[0] == ctx->att_table &&
			heap_attisnull(tup, Anum_pg_index_indpred, NULL) &&
			heap_attisnull(tup, Anum_pg_index_indexprs, NULL))
			ctx->table_idx = idx->indexrelid;
		ReleaseSysCache(tup);
	}
	list_free(indexes);

	/* the latest committed state: see the comment at the top */
	ctx->snap = RegisterSnapshot(GetLatestSnapshot());
	return true;
}

static void
guard_close(GuardCtx *ctx)
{
	UnregisterSnapshot(ctx->snap);
	table_close(ctx->rel, AccessShareLock);
}

/* the configurations of table relid (one index probe) */
static List *
guard_configs_of(GuardCtx *ctx, Oid relid)
{
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	List	   *out = NIL;

	ScanKeyInit(&key, ctx->att_table, BTEqualStrategyNumber, F_OIDEQ, ObjectIdGetDatum(relid));
	scan = systable_beginscan(ctx->rel, ctx->table_idx, OidIsValid(ctx->table_idx), ctx->snap, 1, &key);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
		out = lappend(out, guard_config_from(ctx, tup));
	systable_endscan(scan);
	return out;
}

/*
 * The configurations that have a "via" table, read once per command: the
 * whole partial index cx_alert_config_via_idx (without it, the table).
 */
static List *
guard_via_configs(GuardCtx *ctx)
{
	SysScanDesc scan;
	HeapTuple	tup;

	if (ctx->via_read)
		return ctx->via_configs;
	scan = systable_beginscan(ctx->rel, ctx->via_idx, OidIsValid(ctx->via_idx), ctx->snap, 0, NULL);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		GuardConfig *gc = guard_config_from(ctx, tup);

		if (OidIsValid(gc->via_oid))
			ctx->via_configs = lappend(ctx->via_configs, gc);
	}
	systable_endscan(scan);
	ctx->via_read = true;
	return ctx->via_configs;
}

/* a relation's name, schema-qualified and quoted as needed */
static char *
guard_relname(Oid relid)
{
	char	   *rel = get_rel_name(relid);
	char	   *nsp = get_namespace_name(get_rel_namespace(relid));

	if (rel == NULL || nsp == NULL)
		return psprintf("%u", relid);
	return quote_qualified_identifier(nsp, rel);
}

/* the statement that detaches gc, as the hint shows it */
static char *
guard_detach_sql(GuardConfig *gc)
{
	char	   *tbl = quote_literal_cstr(guard_relname(gc->table_oid));

	if (strcmp(gc->trigger_name, psprintf("cx_alert_%s", gc->kind)) == 0)
		return psprintf("SELECT cx_alert_detach(%s, %s);", tbl, quote_literal_cstr(gc->kind));
	return psprintf("SELECT cx_alert_detach(%s, trigger_name => %s);",
					tbl, quote_literal_cstr(gc->trigger_name));
}

static const char *
guard_verb(GuardAction action)
{
	switch (action)
	{
		case GA_DROP:
			return "drop column";
		case GA_RENAME:
			return "rename column";
		case GA_TYPE:
			return "change the type of column";
		case GA_RENAME_TABLE:
			return "rename table";
		case GA_SET_SCHEMA:
			return "move table";
	}
	return "change";
}

/*
 * Refuse the change of column col of relation relid, which gc uses through
 * setting (of its "via" table when via_side).  others: how many more
 * configurations use it.
 */
static void
guard_refuse_column(Oid relid, GuardColumn *col, GuardConfig *gc, const char *setting,
					bool via_side, int others)
{
	const char *rel = cx_errtrunc(guard_relname(relid));
	char	   *uses;
	char	   *more = "";

	if (via_side)
		uses = psprintf("Setting \"%s\" of the configuration names this column of its \"via\" table, where the %s trigger on %s looks the segments up on every INSERT.",
						setting, gc->kind, cx_errtrunc(guard_relname(gc->table_oid)));
	else if (col->action == GA_TYPE)
		uses = psprintf("Setting \"%s\" of the configuration names this column, validated for its current type when the alert was attached; any type change of such a column is refused.",
						setting);
	else
		uses = psprintf("Setting \"%s\" of the configuration names this column, and the alert trigger \"%s\" reads it on every INSERT.",
						setting, cx_errtrunc(gc->trigger_name));
	if (others > 0)
		more = psprintf(" %d more alert configuration%s use%s it too.", others,
						others == 1 ? "" : "s", others == 1 ? "s" : "");
	ereport(ERROR,
			(errcode(ERRCODE_DEPENDENT_OBJECTS_STILL_EXIST),
			 errmsg("cannot %s \"%s\" of table %s: alert configuration %d (%s) uses it",
					guard_verb(col->action), cx_errtrunc(col->name), rel, gc->config_id, gc->kind),
			 errdetail("%s%s", uses, more),
			 errhint("Detach the alert first: %s then make the change and attach it again%s (its settings: SELECT config FROM cx_alert_config WHERE config_id = %d).",
					 guard_detach_sql(gc),
					 col->action == GA_TYPE ? "" : " with the new column names", gc->config_id)));
}

/* refuse renaming or moving relid, the "via" table of gc */
static void
guard_refuse_via_table(Oid relid, GuardAction action, GuardConfig *gc)
{
	ereport(ERROR,
			(errcode(ERRCODE_DEPENDENT_OBJECTS_STILL_EXIST),
			 errmsg("cannot %s %s%s: alert configuration %d (%s on %s) uses it",
					guard_verb(action), cx_errtrunc(guard_relname(relid)),
					action == GA_SET_SCHEMA ? " to another schema" : "", gc->config_id, gc->kind,
					cx_errtrunc(guard_relname(gc->table_oid))),
			 errdetail("It is the \"via\" table of the configuration, where its trigger looks the segments up on every INSERT; the configuration keeps it by its schema-qualified name."),
			 errhint("Detach the alert first: %s then make the change and attach it again with the new \"via\" (its settings: SELECT config FROM cx_alert_config WHERE config_id = %d).",
					 guard_detach_sql(gc), gc->config_id)));
}

/*
 * Check one column change against the configurations of relid (own) and
 * those whose "via" is relid: refuse it naming the lowest config_id using
 * the column, and count the others.
 */
static void
guard_check_column(GuardCtx *ctx, Oid relid, List *own, GuardColumn *col)
{
	GuardConfig *first = NULL;
	const char *first_setting = NULL;
	bool		first_via = false;
	int			n = 0;
	ListCell   *lc;
	int			pass;

	for (pass = 0; pass < 2; pass++)
	{
		List	   *configs = pass == 0 ? own : guard_via_configs(ctx);

		foreach(lc, configs)
		{
			GuardConfig *gc = lfirst(lc);
			const char *setting;

			if (pass == 1 && gc->via_oid != relid)
				continue;
			setting = guard_setting_naming(gc, pass == 1, col->name);
			if (setting == NULL)
				continue;
			n++;
			if (first == NULL || gc->config_id < first->config_id)
			{
				first = gc;
				first_setting = setting;
				first_via = pass == 1;
			}
		}
	}
	if (first != NULL)
		guard_refuse_column(relid, col, first, first_setting, first_via, n - 1);
}

/*
 * The relation the command names, locked as the command will lock it, and,
 * when it recurses, its inheritance children and partitions.  NIL when
 * there is none (IF EXISTS, or an error the command itself will report) or
 * when the role does not own it (the command will say so; locking first
 * would let anyone queue an exclusive lock on any table).
 */
static List *
guard_relations(RangeVar *rv, bool recurse)
{
	Oid			relid;

	relid = RangeVarGetRelid(rv, NoLock, true);
	if (!OidIsValid(relid) || !CX_REL_OWNERCHECK(relid, GetUserId()))
		return NIL;
	LockRelationOid(relid, AccessExclusiveLock);
	/* the name may have moved to another relation while we waited */
	if (RangeVarGetRelid(rv, NoLock, true) != relid)
	{
		UnlockRelationOid(relid, AccessExclusiveLock);
		return guard_relations(rv, recurse);
	}
	if (recurse && rv->inh && has_subclass(relid))
		return find_all_inheritors(relid, AccessExclusiveLock, NULL);
	return list_make1_oid(relid);
}

/* the column changes of the command against the configurations */
static void
guard_columns(Oid nsp, RangeVar *rv, List *columns)
{
	List	   *rels;
	GuardCtx	ctx;
	ListCell   *lr;
	ListCell   *lc;

	if (columns == NIL)
		return;
	rels = guard_relations(rv, true);
	if (rels == NIL || !guard_open(&ctx, nsp))
		return;
	foreach(lr, rels)
	{
		Oid			relid = lfirst_oid(lr);
		List	   *own = guard_configs_of(&ctx, relid);

		foreach(lc, columns)
			guard_check_column(&ctx, relid, own, lfirst(lc));
	}
	guard_close(&ctx);
}

/* renaming or moving a relation: refused when it is a "via" table */
static void
guard_via_table(Oid nsp, RangeVar *rv, GuardAction action)
{
	List	   *rels = guard_relations(rv, false);
	GuardCtx	ctx;
	ListCell   *lc;

	if (rels == NIL || !guard_open(&ctx, nsp))
		return;
	foreach(lc, guard_via_configs(&ctx))
	{
		GuardConfig *gc = lfirst(lc);

		if (gc->via_oid == linitial_oid(rels))
			guard_refuse_via_table(gc->via_oid, action, gc);
	}
	guard_close(&ctx);
}

/* the columns an ALTER TABLE drops or retypes */
static List *
guard_altered_columns(AlterTableStmt *stmt)
{
	List	   *out = NIL;
	ListCell   *lc;

	foreach(lc, stmt->cmds)
	{
		AlterTableCmd *cmd = lfirst_node(AlterTableCmd, lc);
		GuardColumn *col;

		if (cmd->subtype != AT_DropColumn && cmd->subtype != AT_AlterColumnType)
			continue;
		col = palloc(sizeof(GuardColumn));
		col->action = cmd->subtype == AT_DropColumn ? GA_DROP : GA_TYPE;
		col->name = cmd->name;
		out = lappend(out, col);
	}
	return out;
}

static bool
guard_is_relation_type(ObjectType t)
{
	return t == OBJECT_TABLE || t == OBJECT_VIEW || t == OBJECT_MATVIEW ||
		t == OBJECT_FOREIGN_TABLE;
}

PG_FUNCTION_INFO_V1(cx_alert_schema_guard);
Datum
cx_alert_schema_guard(PG_FUNCTION_ARGS)
{
	Node	   *parsetree;
	Oid			nsp;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_EVENT_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("cx_alert_schema_guard() must be called as an event trigger")));
	/* pg_upgrade restores the schema before the configuration's rows */
	if (IsBinaryUpgrade)
		PG_RETURN_VOID();
	parsetree = ((EventTriggerData *) fcinfo->context)->parsetree;
	nsp = get_func_namespace(fcinfo->flinfo->fn_oid);

	if (IsA(parsetree, AlterTableStmt))
	{
		AlterTableStmt *stmt = (AlterTableStmt *) parsetree;

		guard_columns(nsp, stmt->relation, guard_altered_columns(stmt));
	}
	else if (IsA(parsetree, RenameStmt))
	{
		RenameStmt *stmt = (RenameStmt *) parsetree;

		if (stmt->renameType == OBJECT_COLUMN && stmt->relation != NULL)
		{
			GuardColumn *col = palloc(sizeof(GuardColumn));

			col->action = GA_RENAME;
			col->name = stmt->subname;
			guard_columns(nsp, stmt->relation, list_make1(col));
		}
		else if (guard_is_relation_type(stmt->renameType) && stmt->relation != NULL)
			guard_via_table(nsp, stmt->relation, GA_RENAME_TABLE);
	}
	else if (IsA(parsetree, AlterObjectSchemaStmt))
	{
		AlterObjectSchemaStmt *stmt = (AlterObjectSchemaStmt *) parsetree;

		if (guard_is_relation_type(stmt->objectType) && stmt->relation != NULL)
			guard_via_table(nsp, stmt->relation, GA_SET_SCHEMA);
	}
	PG_RETURN_VOID();
}
