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
 * writes a durable row:
 *
 *	- under a transaction-scoped advisory lock on (kind, subject) (one of
 *	  256 stripes, so that a bulk load cannot exhaust the lock table), it probes
 *	  the open-alert index with the latest snapshot: two sessions raising
 *	  the same alert at once serialise on the lock, and the second sees the
 *	  first's alert once it commits.  Under REPEATABLE READ and SERIALIZABLE
 *	  an open alert that the transaction snapshot cannot see makes the
 *	  transaction fail with a serialization error (retry) instead of
 *	  raising a duplicate;
 *	- a new alert is inserted directly (heap_insert and the executor's
 *	  index insertion, no SPI and no planner), which is why the trigger
 *	  costs less than the PL/pgSQL one a DBA would write.  That also means
 *	  no permission check and no name lookup: the inserting role and its
 *	  search_path cannot influence the write, and need no right on cx_alert;
 *	- an event inside the cooldown is folded into the open alert
 *	  (occurrences + 1, last_seen_at): directly (row lock, heap update) when
 *	  uncontended, else by a saved, fully qualified UPDATE run as the owner
 *	  of cx_alert in a restricted security context with search_path =
 *	  pg_catalog, pg_temp; nothing is lost and nobody is paged twice.
 *
 * A rolled-back transaction leaves neither the row nor the notification:
 * both are transactional.  Triggers on cx_alert itself are not fired.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/genam.h"
#include "storage/bufmgr.h"
#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/relscan.h"
#include "access/skey.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/index.h"
#include "catalog/namespace.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "commands/async.h"
#include "commands/sequence.h"
#include "commands/trigger.h"
#include "common/hashfn.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "nodes/makefuncs.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "storage/lock.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
#include "mb/pg_wchar.h"
#include <math.h>
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include "alert.h"
#include "alert_internal.h"
#include "empathy.h"

/* first key of the advisory locks taken by the alert triggers ("cx" "al") */
#define CX_ALERT_LOCK_CLASS		0x6378616c
/* how many advisory locks the raisers of all kinds and subjects share */
#define CX_ALERT_LOCK_STRIPES	256

/* included free-text values are cut to this many bytes in details */
#define CX_ALERT_INCLUDE_MAX	2000

/* positional trigger arguments before the included columns */
#define CX_ALERT_SCORE_ARGS		9
#define CX_ALERT_EMPATHY_ARGS	13

static const char *const alert_colnames[AA_NCOLS] = {
	"id", "kind", "severity", "source_table", "source_key", "subject",
	"details", "channel", "config_id", "created_at", "occurrences",
	"last_seen_at", "resolved_at"
};

/*
 * Parsed configurations, per trigger OID, for the life of the backend:
 * parsing the arguments and looking up the columns and cx_alert once per
 * statement was a measurable share of a single-row INSERT.  A relcache
 * invalidation of the table or of cx_alert marks them stale (ALTER TABLE,
 * CREATE OR REPLACE TRIGGER, a new index on cx_alert, ...).
 */
typedef struct AlertCacheEntry
{
	Oid			tgoid;			/* hash key */
	AlertTrigConfig *cfg;
	MemoryContext cxt;
} AlertCacheEntry;

static HTAB *alert_cache = NULL;

static void
alert_relcache_callback(Datum arg, Oid relid)
{
	HASH_SEQ_STATUS status;
	AlertCacheEntry *e;

	if (alert_cache == NULL)
		return;
	hash_seq_init(&status, alert_cache);
	while ((e = (AlertCacheEntry *) hash_seq_search(&status)) != NULL)
	{
		/* only marked: the configuration may be in use right now */
		if (e->cfg != NULL &&
			(relid == InvalidOid || e->cfg->relid == relid || e->cfg->alert_rel == relid))
			e->cfg->stale = true;
	}
}

PGDLLEXPORT Datum cx_alert_empathy_trigger(PG_FUNCTION_ARGS);

/* the saved plan of the fold (UPDATE), per backend; re-prepared if the schema moves */
static SPIPlanPtr alert_fold_plan = NULL;
static Oid	alert_fold_plan_nsp = InvalidOid;

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

/* is e a Var of cx_alert's column att? */
static inline bool
alert_is_var(Node *e, AttrNumber att)
{
	return e != NULL && IsA(e, Var) && ((Var *) e)->varattno == att;
}

/* is e "att IS [NOT] NULL" on cx_alert's column att? */
static inline bool
alert_is_nulltest(Node *e, NullTestType t, AttrNumber att)
{
	return e != NULL && IsA(e, NullTest) && ((NullTest *) e)->nulltesttype == t &&
		alert_is_var((Node *) ((NullTest *) e)->arg, att);
}

/*
 * Is ck exactly (cx_alert_cooldown_key(kind, subject), created_at) WHERE
 * subject IS NOT NULL AND resolved_at IS NULL, the index whose entries
 * alert_insert() forms itself?
 */
static bool
alert_hashed_index_shape(AlertTrigConfig *cfg, Relation ck)
{
	IndexInfo  *ii = cfg->idx_info;
	FuncExpr   *f;

	if (ck->rd_index->indnatts != 2 || ck->rd_index->indkey.values[0] != 0 ||
		ck->rd_index->indkey.values[1] != cfg->alert_att[AA_CREATED_AT] ||
		list_length(ii->ii_Expressions) != 1 || list_length(ii->ii_Predicate) != 2)
		return false;
	f = (FuncExpr *) linitial(ii->ii_Expressions);
	if (!IsA(f, FuncExpr) || list_length(f->args) != 2 ||
		get_func_namespace(f->funcid) != cfg->alert_nsp ||
		strcmp(get_func_name(f->funcid), "cx_alert_cooldown_key") != 0 ||
		!alert_is_var(linitial(f->args), cfg->alert_att[AA_KIND]) ||
		!alert_is_var(lsecond(f->args), cfg->alert_att[AA_SUBJECT]))
		return false;
	/* the two conditions, in either order */
	return (alert_is_nulltest(linitial(ii->ii_Predicate), IS_NOT_NULL, cfg->alert_att[AA_SUBJECT]) &&
			alert_is_nulltest(lsecond(ii->ii_Predicate), IS_NULL, cfg->alert_att[AA_RESOLVED_AT])) ||
		(alert_is_nulltest(lsecond(ii->ii_Predicate), IS_NOT_NULL, cfg->alert_att[AA_SUBJECT]) &&
		 alert_is_nulltest(linitial(ii->ii_Predicate), IS_NULL, cfg->alert_att[AA_RESOLVED_AT]));
}

/* the cooldown key of a kind and a subject (both text datums) */
static inline int64
alert_key(Datum kind, Datum subject)
{
	text	   *k = DatumGetTextPP(kind);
	text	   *s = DatumGetTextPP(subject);

	return cx_alert_cooldown_key(VARDATA_ANY(k), VARSIZE_ANY_EXHDR(k),
								 VARDATA_ANY(s), VARSIZE_ANY_EXHDR(s));
}

/*
 * Find @extschema@.cx_alert, its open-alert index, its id sequence and the
 * columns the trigger writes; the schema is the trigger function's own.
 */
void
alert_catalog(AlertTrigConfig *cfg, Oid nsp)
{
	HeapTuple	tup;
	Relation	rel;
	int			i;

	cfg->alert_nsp = nsp;
	cfg->alert_rel = get_relname_relid("cx_alert", nsp);
	/*
	 * 1.1's cooldown index is keyed by a 64-bit hash of kind and subject;
	 * a database still at 1.0 (the library was updated, ALTER EXTENSION
	 * not yet run) has 1.0's text-keyed one, which works too.
	 */
	cfg->alert_idx = get_relname_relid("cx_alert_cooldown_idx", nsp);
	cfg->hashed_idx = OidIsValid(cfg->alert_idx);
	if (!cfg->hashed_idx)
		cfg->alert_idx = get_relname_relid("cx_alert_open_idx", nsp);
	cfg->alert_seq = get_relname_relid("cx_alert_id_seq", nsp);
	if (!OidIsValid(cfg->alert_rel) || !OidIsValid(cfg->alert_idx) || !OidIsValid(cfg->alert_seq))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("the alert table of cx_metrics is incomplete in schema \"%s\"",
						get_namespace_name(nsp)),
				 errdetail("cx_alert, cx_alert_cooldown_idx and cx_alert_id_seq must exist."),
				 errhint("Reinstall the extension: DROP EXTENSION cx_metrics; CREATE EXTENSION cx_metrics;")));
	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(cfg->alert_rel));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", cfg->alert_rel);
	cfg->alert_owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);

	rel = table_open(cfg->alert_rel, AccessShareLock);
	for (i = 0; i < AA_NCOLS; i++)
	{
		cfg->alert_att[i] = SPI_fnumber(RelationGetDescr(rel), alert_colnames[i]);
		if (cfg->alert_att[i] <= 0)
			elog(ERROR, "column \"%s\" of cx_alert is missing", alert_colnames[i]);
	}

	/*
	 * Insert the index entries directly when cx_alert has just its own two
	 * plain indexes; with any other (someone added one) use the executor.
	 */
	{
		List	   *indexes = RelationGetIndexList(rel);

		cfg->alert_pkey = CX_PRIMARY_KEY_INDEX(rel);
		cfg->direct_index = list_length(indexes) == 2 && OidIsValid(cfg->alert_pkey) &&
			list_member_oid(indexes, cfg->alert_pkey) && list_member_oid(indexes, cfg->alert_idx);
		if (cfg->direct_index)
		{
			Relation	pk = index_open(cfg->alert_pkey, AccessShareLock);
			Relation	ck = index_open(cfg->alert_idx, AccessShareLock);

			cfg->pkey_info = BuildIndexInfo(pk);
			cfg->idx_info = BuildIndexInfo(ck);
			/*
			 * Exactly the shapes written below: (id), and either
			 * (cx_alert_cooldown_key(kind, subject), created_at) WHERE
			 * subject IS NOT NULL AND resolved_at IS NULL, or 1.0's
			 * (subject, kind, created_at).
			 */
			cfg->direct_index = pk->rd_index->indnatts == 1 &&
				pk->rd_index->indkey.values[0] == cfg->alert_att[AA_ID] &&
				cfg->pkey_info->ii_Expressions == NIL && cfg->pkey_info->ii_Predicate == NIL &&
				(cfg->hashed_idx ? alert_hashed_index_shape(cfg, ck) :
				 (ck->rd_index->indnatts == 3 &&
				  ck->rd_index->indkey.values[0] == cfg->alert_att[AA_SUBJECT] &&
				  ck->rd_index->indkey.values[1] == cfg->alert_att[AA_KIND] &&
				  ck->rd_index->indkey.values[2] == cfg->alert_att[AA_CREATED_AT] &&
				  cfg->idx_info->ii_Expressions == NIL && cfg->idx_info->ii_Predicate == NIL));
			index_close(pk, AccessShareLock);
			index_close(ck, AccessShareLock);
		}
		list_free(indexes);
	}
	table_close(rel, AccessShareLock);
}

static AlertTrigConfig *
alert_config(FunctionCallInfo fcinfo, TriggerData *trigdata)
{
	AlertTrigConfig *cfg;
	Trigger    *tg = trigdata->tg_trigger;
	Relation	rel = trigdata->tg_relation;
	MemoryContext old;
	char	  **args = tg->tgargs;
	int			nfixed;
	int			i;
	AlertCacheEntry *entry;
	bool		found;

	if (alert_cache == NULL)
	{
		HASHCTL		ctl;

		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(AlertCacheEntry);
		alert_cache = hash_create("cx_metrics alert triggers", 16, &ctl, HASH_ELEM | HASH_BLOBS);
		CacheRegisterRelcacheCallback(alert_relcache_callback, (Datum) 0);
	}
	entry = (AlertCacheEntry *) hash_search(alert_cache, &tg->tgoid, HASH_ENTER, &found);
	if (!found)
	{
		entry->cfg = NULL;
		entry->cxt = NULL;
	}
	cfg = entry->cfg;
	if (cfg != NULL && !cfg->stale && cfg->relid == RelationGetRelid(rel))
		return cfg;
	/* (re)build it; the old one is no longer in use between trigger calls */
	entry->cfg = NULL;
	if (entry->cxt != NULL)
		MemoryContextDelete(entry->cxt);
	entry->cxt = AllocSetContextCreate(CacheMemoryContext, "cx_metrics alert trigger",
									   ALLOCSET_SMALL_SIZES);

	if (tg->tgnargs < 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\" has %d arguments", tg->tgname, tg->tgnargs),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	nfixed = strcmp(args[1], "empathy") == 0 ? CX_ALERT_EMPATHY_ARGS : CX_ALERT_SCORE_ARGS;
	if (tg->tgnargs < nfixed)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\" has %d arguments, expected at least %d",
						tg->tgname, tg->tgnargs, nfixed),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));

	old = MemoryContextSwitchTo(entry->cxt);
	cfg = palloc0(sizeof(AlertTrigConfig));
	cfg->tgoid = tg->tgoid;
	cfg->relid = RelationGetRelid(rel);
	cfg->cxt = entry->cxt;
	cfg->natts = RelationGetDescr(rel)->natts;
	cfg->out = palloc0(sizeof(FmgrInfo) * cfg->natts);	/* fn_oid = InvalidOid */
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
	else if (strcmp(args[1], "empathy") == 0)
	{
		cfg->is_empathy = true;
		cfg->kind_name = "empathy_low";
	}
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\": unknown kind \"%s\"", tg->tgname, args[1]),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	if (cfg->is_empathy != (fcinfo->flinfo->fn_addr == cx_alert_empathy_trigger))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\": kind \"%s\" does not go with this trigger function",
						tg->tgname, args[1]),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	if (cfg->is_empathy)
	{
		char	   *end;

		errno = 0;
		cfg->empathy_threshold = strtod(args[6], &end);
		if (errno != 0 || end == args[6] || *end != '\0' ||
			!(cfg->empathy_threshold >= -100 && cfg->empathy_threshold <= 100))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("alert trigger \"%s\": invalid empathy threshold \"%s\"", tg->tgname, args[6])));
	}
	else
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
	cfg->score_att = alert_column(rel, tg->tgname, cfg->is_empathy ? "text" : "score", args[2]);
	cfg->score_type = TupleDescAttr(RelationGetDescr(rel), cfg->score_att - 1)->atttypid;
	if (cfg->is_empathy)
	{
		if (cfg->score_type != TEXTOID && cfg->score_type != VARCHAROID && cfg->score_type != BPCHAROID)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("alert trigger \"%s\": text column \"%s\" has type %s, not text",
							tg->tgname, args[2], format_type_be(cfg->score_type))));
		cfg->role_att = args[9][0] ? alert_column(rel, tg->tgname, "role", args[9]) : 0;
		cfg->role_value = pstrdup(args[10]);
		cfg->lang = args[11][0] ? pstrdup(args[11]) : NULL;
		cfg->alert_on_anti = strcmp(args[12], "true") == 0;
	}
	else if (cfg->score_type != INT2OID && cfg->score_type != INT4OID && cfg->score_type != INT8OID &&
			 cfg->score_type != FLOAT4OID && cfg->score_type != FLOAT8OID && cfg->score_type != NUMERICOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("alert trigger \"%s\": score column \"%s\" has type %s, not a number",
						tg->tgname, args[2], format_type_be(cfg->score_type))));
	cfg->subject_att = alert_column(rel, tg->tgname, "subject", args[3]);
	cfg->key_att = alert_column(rel, tg->tgname, "key", args[4]);
	cfg->at_att = args[5][0] ? alert_column(rel, tg->tgname, "at", args[5]) : 0;
	cfg->ninclude = tg->tgnargs - nfixed;
	cfg->include_att = palloc0(sizeof(int) * (cfg->ninclude + 1));
	cfg->include_name = palloc0(sizeof(char *) * (cfg->ninclude + 1));
	for (i = 0; i < cfg->ninclude; i++)
	{
		cfg->include_name[i] = pstrdup(args[nfixed + i]);
		cfg->include_att[i] = alert_column(rel, tg->tgname, "include", cfg->include_name[i]);
	}
	cfg->source = quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
											 RelationGetRelationName(rel));
	alert_catalog(cfg, get_func_namespace(fcinfo->flinfo->fn_oid));
	MemoryContextSwitchTo(old);
	alert_read_options(cfg);
	entry->cfg = cfg;
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

/*
 * A column's value as text (palloc'd), or NULL.  The output function is
 * looked up once per configuration (a change of the column's type
 * invalidates the table's relcache entry, and so the configuration).
 */
static char *
alert_text(AlertTrigConfig *cfg, HeapTuple tup, TupleDesc desc, int att)
{
	bool		isnull;
	Datum		d = heap_getattr(tup, att, desc, &isnull);
	Oid			typoutput;
	bool		varlena;

	if (isnull)
		return NULL;
	if (att > cfg->natts || att > desc->natts)
	{
		getTypeOutputInfo(TupleDescAttr(desc, att - 1)->atttypid, &typoutput, &varlena);
		return OidOutputFunctionCall(typoutput, d);
	}
	if (!OidIsValid(cfg->out[att - 1].fn_oid))
	{
		FmgrInfo	f;

		/* filled in aside: an error leaves the cache entry unset */
		getTypeOutputInfo(TupleDescAttr(desc, att - 1)->atttypid, &typoutput, &varlena);
		fmgr_info_cxt(typoutput, &f, cfg->cxt);
		cfg->out[att - 1] = f;
	}
	return OutputFunctionCall(&cfg->out[att - 1], d);
}


static SPIPlanPtr
alert_plan(Oid nsp)
{
	const char *schema;
	StringInfoData sql;
	Oid			argtypes[1] = {INT8OID};
	SPIPlanPtr	plan;

	if (alert_fold_plan != NULL && alert_fold_plan_nsp == nsp)
		return alert_fold_plan;
	if (alert_fold_plan != NULL)
	{
		SPI_freeplan(alert_fold_plan);
		alert_fold_plan = NULL;
	}
	schema = quote_identifier(get_namespace_name(nsp));
	initStringInfo(&sql);
	/* qualified names and operators: means the same whatever the search_path */
	appendStringInfo(&sql,
					 "UPDATE %s.cx_alert SET occurrences = occurrences OPERATOR(pg_catalog.+) 1,"
					 " last_seen_at = pg_catalog.now()"
					 " WHERE id OPERATOR(pg_catalog.=) $1 AND resolved_at IS NULL",
					 schema);
	plan = SPI_prepare_cursor(sql.data, 1, argtypes, CURSOR_OPT_GENERIC_PLAN);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	alert_fold_plan = plan;
	alert_fold_plan_nsp = nsp;
	return plan;
}

/* is the text column att of the slot's row equal to the text datum d? */
static inline bool
alert_slot_text_eq(TupleTableSlot *slot, AttrNumber att, Datum d)
{
	bool		isnull;
	Datum		v = slot_getattr(slot, att, &isnull);
	text	   *a;
	text	   *b = DatumGetTextPP(d);

	if (isnull)
		return false;
	a = DatumGetTextPP(v);
	return VARSIZE_ANY_EXHDR(a) == VARSIZE_ANY_EXHDR(b) &&
		memcmp(VARDATA_ANY(a), VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b)) == 0;
}

/*
 * The id of the open alert of this kind and subject created after cutoff,
 * as seen by snapshot, or 0: a backward probe of the cooldown index,
 * newest first.
 */
static int64
alert_find_open(AlertTrigConfig *cfg, Relation rel, Relation idx, Snapshot snapshot,
				Datum kind, Datum subject, int64 ckey, TimestampTz cutoff, ItemPointer tid_out,
				HeapTuple *row_out)
{
	ScanKeyData keys[3];
	int			nkeys;
	IndexScanDesc scan;
	TupleTableSlot *slot;
	int64		id = 0;

	if (cfg->hashed_idx)
	{
		/* (cooldown key, created_at): two integer comparisons per step */
		ScanKeyEntryInitialize(&keys[0], 0, 1, BTEqualStrategyNumber, InvalidOid,
							   InvalidOid, F_INT8EQ, Int64GetDatum(ckey));
		ScanKeyEntryInitialize(&keys[1], 0, 2, BTGreaterStrategyNumber, InvalidOid,
							   InvalidOid, F_TIMESTAMPTZ_GT, TimestampTzGetDatum(cutoff));
		nkeys = 2;
	}
	else
	{
		/* the index's collations, so that the probe navigates it correctly */
		ScanKeyEntryInitialize(&keys[0], 0, 1, BTEqualStrategyNumber, InvalidOid,
							   idx->rd_indcollation[0], F_TEXTEQ, subject);
		ScanKeyEntryInitialize(&keys[1], 0, 2, BTEqualStrategyNumber, InvalidOid,
							   idx->rd_indcollation[1], F_TEXTEQ, kind);
		ScanKeyEntryInitialize(&keys[2], 0, 3, BTGreaterStrategyNumber, InvalidOid,
							   InvalidOid, F_TIMESTAMPTZ_GT, TimestampTzGetDatum(cutoff));
		nkeys = 3;
	}
	slot = table_slot_create(rel, NULL);
	scan = CX_INDEX_BEGINSCAN(rel, idx, snapshot, nkeys, 0);
	index_rescan(scan, keys, nkeys, NULL, 0);
	while (index_getnext_slot(scan, BackwardScanDirection, slot))
	{
		bool		isnull;

		/* a version resolved since is indexed until vacuum: the heap decides */
		(void) slot_getattr(slot, cfg->alert_att[AA_RESOLVED_AT], &isnull);
		if (!isnull)
			continue;
		/* a hash collision: another kind or subject with the same key */
		if (cfg->hashed_idx &&
			(!alert_slot_text_eq(slot, cfg->alert_att[AA_SUBJECT], subject) ||
			 !alert_slot_text_eq(slot, cfg->alert_att[AA_KIND], kind)))
			continue;
		id = DatumGetInt64(slot_getattr(slot, cfg->alert_att[AA_ID], &isnull));
		if (tid_out)
			*tid_out = slot->tts_tid;
		if (row_out)
			*row_out = ExecCopySlotHeapTuple(slot);
		break;
	}
	index_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	return id;
}

/*
 * The cooldown index entry of a row, as the executor would form it; ckey
 * is cx_alert_cooldown_key(kind, subject), computed once by alert_raise().
 */
static void
alert_index_insert(AlertTrigConfig *cfg, Relation ck, Relation rel, Datum kind,
				   Datum subject, bool subject_null, int64 ckey, TimestampTz created,
				   ItemPointer tid)
{
	Datum		iv[3];
	bool		inull[3] = {false, false, false};

	if (cfg->hashed_idx)
	{
		/*
		 * Partial: WHERE subject IS NOT NULL AND resolved_at IS NULL (no
		 * subject, no cooldown; callers only write open alerts)
		 */
		if (subject_null)
			return;
		iv[0] = Int64GetDatum(ckey);
		iv[1] = TimestampTzGetDatum(created);
	}
	else
	{
		iv[0] = subject;
		inull[0] = subject_null;
		iv[1] = kind;
		iv[2] = TimestampTzGetDatum(created);
	}
	(void) index_insert(ck, iv, inull, tid, rel, UNIQUE_CHECK_NO, false, cfg->idx_info);
}

/* insert the alert row directly: no SPI, no planner, no permission check */
static int64
alert_insert(AlertTrigConfig *cfg, Relation rel, Relation ck, const char *severity, const char *key,
			 Datum subject, bool subject_null, int64 ckey, Datum details, TimestampTz now)
{
	TupleDesc	desc = RelationGetDescr(rel);
	Datum	   *values = palloc0(sizeof(Datum) * desc->natts);
	bool	   *nulls = palloc(sizeof(bool) * desc->natts);
	HeapTuple	tup;
	EState	   *estate;
	ResultRelInfo *rri;
	TupleTableSlot *slot;
	int64		id;
	int			i;

	for (i = 0; i < desc->natts; i++)
		nulls[i] = true;
#define SET_COL(c, v) (values[cfg->alert_att[c] - 1] = (v), nulls[cfg->alert_att[c] - 1] = false)
	id = nextval_internal(cfg->alert_seq, false);
	SET_COL(AA_ID, Int64GetDatum(id));
	SET_COL(AA_KIND, CStringGetTextDatum(cfg->kind_name));
	SET_COL(AA_SEVERITY, CStringGetTextDatum(severity));
	SET_COL(AA_SOURCE_TABLE, CStringGetTextDatum(cfg->source));
	if (key != NULL)
		SET_COL(AA_SOURCE_KEY, CStringGetTextDatum(key));
	if (!subject_null)
		SET_COL(AA_SUBJECT, subject);
	SET_COL(AA_DETAILS, details);
	SET_COL(AA_CHANNEL, CStringGetTextDatum(cfg->channel));
	SET_COL(AA_CONFIG_ID, Int32GetDatum(cfg->config_id));
	SET_COL(AA_CREATED_AT, TimestampTzGetDatum(now));
	SET_COL(AA_OCCURRENCES, Int32GetDatum(1));
	SET_COL(AA_LAST_SEEN_AT, TimestampTzGetDatum(now));
#undef SET_COL
	tup = heap_form_tuple(desc, values, nulls);
	simple_heap_insert(rel, tup);

	if (cfg->direct_index)
	{
		/* cx_alert's own two indexes, as CatalogIndexInsert does it (ck: open) */
		Relation	pk = index_open(cfg->alert_pkey, RowExclusiveLock);
		Datum		iv[3];
		bool		inull[3] = {false, false, false};

		iv[0] = Int64GetDatum(id);
		(void) index_insert(pk, iv, inull, &tup->t_self, rel, UNIQUE_CHECK_YES, false, cfg->pkey_info);
		alert_index_insert(cfg, ck, rel, values[cfg->alert_att[AA_KIND] - 1], subject, subject_null, ckey,
						   now, &tup->t_self);
		index_close(pk, NoLock);
		return id;
	}

	/* any other set of indexes: the executor's index insertion */
	estate = CreateExecutorState();
	rri = makeNode(ResultRelInfo);
	InitResultRelInfo(rri, rel, 1, NULL, 0);
	ExecOpenIndices(rri, false);
	slot = ExecInitExtraTupleSlot(estate, desc, &TTSOpsHeapTuple);
	ExecStoreHeapTuple(tup, slot, false);
	(void) CX_EXEC_INSERT_INDEX_TUPLES(rri, slot, estate);
	ExecCloseIndices(rri);
	ExecResetTupleTable(estate->es_tupleTable, false);
	FreeExecutorState(estate);
	return id;
}

/* outcome of the direct fold */
typedef enum
{
	FOLD_DONE,					/* folded into the open alert */
	FOLD_USE_SQL				/* contended or unusual: use the SQL UPDATE */
} AlertFoldResult;

/*
 * Fold an event into the open alert without SQL: occurrences + 1 and
 * last_seen_at on the version the probe found (row), like
 * CatalogTupleUpdate (index entries only when the update is not HOT).
 * heap_update() waits for a responder who is updating the row right now
 * and refuses if that version is no longer the latest; then the SQL UPDATE,
 * which knows how to follow concurrent updates, takes over.  (The advisory
 * lock keeps other raisers away; only responders can get in between.)
 */
static AlertFoldResult
alert_fold_direct(AlertTrigConfig *cfg, Relation rel, HeapTuple row, int64 ckey, TimestampTz now)
{
	TupleDesc	desc = RelationGetDescr(rel);
	TM_FailureData tmfd;
	LockTupleMode lockmode;
	TM_Result	res;
	HeapTuple	newtup;
	Datum	   *values;
	bool	   *nulls;
	bool	   *repl;
	bool		isnull;
	int32		occ;

	if (!cfg->direct_index || row == NULL)
		return FOLD_USE_SQL;
	occ = DatumGetInt32(heap_getattr(row, cfg->alert_att[AA_OCCURRENCES], desc, &isnull));
	values = palloc0(sizeof(Datum) * desc->natts);
	nulls = palloc0(sizeof(bool) * desc->natts);
	repl = palloc0(sizeof(bool) * desc->natts);
	values[cfg->alert_att[AA_OCCURRENCES] - 1] = Int32GetDatum(occ < PG_INT32_MAX ? occ + 1 : occ);
	repl[cfg->alert_att[AA_OCCURRENCES] - 1] = true;
	values[cfg->alert_att[AA_LAST_SEEN_AT] - 1] = TimestampTzGetDatum(now);
	repl[cfg->alert_att[AA_LAST_SEEN_AT] - 1] = true;
	newtup = heap_modify_tuple(row, desc, values, nulls, repl);

	res = CX_HEAP_UPDATE(rel, &row->t_self, newtup, GetCurrentCommandId(true), InvalidSnapshot,
					  true, &tmfd, &lockmode);
	if (res != TM_Ok)
		return FOLD_USE_SQL;
	if (!HeapTupleIsHeapOnly(newtup))
	{
		Relation	pk = index_open(cfg->alert_pkey, RowExclusiveLock);
		Relation	ck = index_open(cfg->alert_idx, RowExclusiveLock);
		Datum		iv[3];
		bool		inull[3];

		iv[0] = heap_getattr(newtup, cfg->alert_att[AA_ID], desc, &inull[0]);
		(void) index_insert(pk, iv, inull, &newtup->t_self, rel, UNIQUE_CHECK_YES, false, cfg->pkey_info);
		iv[0] = heap_getattr(newtup, cfg->alert_att[AA_SUBJECT], desc, &inull[0]);
		iv[1] = heap_getattr(newtup, cfg->alert_att[AA_KIND], desc, &inull[1]);
		iv[2] = heap_getattr(newtup, cfg->alert_att[AA_CREATED_AT], desc, &inull[2]);
		alert_index_insert(cfg, ck, rel, iv[1], iv[0], inull[0], ckey, DatumGetTimestampTz(iv[2]),
						   &newtup->t_self);
		index_close(pk, NoLock);
		index_close(ck, NoLock);
	}
	/* later rows of this statement must see the new version */
	CommandCounterIncrement();
	return FOLD_DONE;
}

/* fold an event into the open alert, through SPI as the owner of cx_alert */
static bool
alert_fold(AlertTrigConfig *cfg, int64 id)
{
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
	Datum		values[1];
	int			ret;
	uint64		n;

	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(cfg->alert_owner,
						   save_sec_context | SECURITY_LOCAL_USERID_CHANGE | SECURITY_RESTRICTED_OPERATION);
	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	values[0] = Int64GetDatum(id);
	ret = SPI_execute_plan(alert_plan(cfg->alert_nsp), values, NULL, false, 0);
	if (ret != SPI_OK_UPDATE)
		elog(ERROR, "alert fold returned %d", ret);
	n = SPI_processed;
	SPI_finish();
	AtEOXact_GUC(true, save_nestlevel);
	SetUserIdAndSecContext(save_userid, save_sec_context);
	/* 0 when a responder resolved it meanwhile */
	return n == 1;
}

/*
 * Raise the alert, or fold the event into the open one inside the
 * cooldown; NOTIFY a new alert.
 */
void
alert_raise(AlertTrigConfig *cfg, const char *severity, const char *key,
			const char *subject, Datum details)
{
	Relation	rel;
	Relation	idx;
	Datum		kind_d = CStringGetTextDatum(cfg->kind_name);
	Datum		subject_d = subject ? CStringGetTextDatum(subject) : (Datum) 0;
	TimestampTz now = GetCurrentTransactionStartTimestamp();
	int64		id = 0;
	char		payload[CX_ALERT_PAYLOAD_MAX + 1];

	/*
	 * The cooldown key, once: it picks the lock stripe, keys the probe and
	 * the new index entry (no subject: no cooldown, no entry).
	 */
	int64		ckey = subject ? cx_alert_cooldown_key(cfg->kind_name, strlen(cfg->kind_name),
													   subject, strlen(subject)) : 0;

	rel = table_open(cfg->alert_rel, RowExclusiveLock);
	idx = index_open(cfg->alert_idx, RowExclusiveLock);

	/* serialise raisers of the same kind and subject until commit */
	if (subject != NULL && cfg->cooldown_us > 0)
	{
		LOCKTAG		tag;
		TimestampTz cutoff;
		Snapshot	snap;
		ItemPointerData tid;
		ItemPointerData xact_tid;
		HeapTuple	row = NULL;


		/*
		 * One of CX_ALERT_LOCK_STRIPES locks, not one per subject: a bulk
		 * load raising alerts for 100,000 customers in one transaction must
		 * not fill the shared lock table.  Subjects sharing a stripe only
		 * wait for each other when raised at the same moment.
		 */
		SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, CX_ALERT_LOCK_CLASS,
							 (uint32) ((uint64) ckey % CX_ALERT_LOCK_STRIPES), 2);
		(void) LockAcquire(&tag, ExclusiveLock, false, false);

		/*
		 * Look with the latest snapshot: it sees the alerts committed by
		 * whoever held the lock before us, and (after the
		 * CommandCounterIncrement below) the ones this statement raised.
		 */
		cutoff = (now < PG_INT64_MIN + cfg->cooldown_us) ? PG_INT64_MIN : now - cfg->cooldown_us;
		snap = RegisterSnapshot(GetLatestSnapshot());
		id = alert_find_open(cfg, rel, idx, snap, kind_d, subject_d, ckey, cutoff, &tid, &row);
		UnregisterSnapshot(snap);

		/*
		 * Under REPEATABLE READ or SERIALIZABLE an alert (or a version of
		 * it, such as its acknowledgement) that our transaction snapshot
		 * cannot see is a concurrent update: fail to serialize (the client
		 * retries) rather than raise a duplicate or fold blindly.
		 */
		if (IsolationUsesXactSnapshot() && id != 0 &&
			(alert_find_open(cfg, rel, idx, GetTransactionSnapshot(),
							 kind_d, subject_d, ckey, cutoff, &xact_tid, NULL) != id ||
			 !ItemPointerEquals(&xact_tid, &tid)))
			ereport(ERROR,
					(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
					 errmsg("could not serialize access due to a concurrent %s alert for the same subject",
							cfg->kind_name),
					 errhint("The transaction might succeed if retried.")));
		if (id != 0)
		{
			switch (alert_fold_direct(cfg, rel, row, ckey, now))
			{
				case FOLD_DONE:
					break;
				case FOLD_USE_SQL:
					if (!alert_fold(cfg, id))
						id = 0;
					break;
			}
		}
	}

	if (id == 0)
	{
		id = alert_insert(cfg, rel, idx, severity, key, subject_d, subject == NULL, ckey, details, now);
		/* later rows of this statement must see this alert */
		CommandCounterIncrement();
		cx_alert_payload(payload, sizeof(payload), id, cfg->kind_name, severity,
						 cfg->source, key, subject);
		alert_deliver(cfg->alert_nsp, cfg->channel, cfg->deferred, id, payload);
	}
	/* a folded event pages nobody: that is the point of the cooldown */

	index_close(idx, NoLock);
	table_close(rel, NoLock);
}

/* one field of the details built by a kind */
typedef struct AlertField
{
	const char *key;
	bool		isnull;
	double		number;
} AlertField;

/* jsonb building blocks: no text to parse, no escaping to do */
void
alert_jb_key(JsonbParseState **st, const char *key)
{
	JsonbValue	k;

	k.type = jbvString;
	k.val.string.val = (char *) key;
	k.val.string.len = strlen(key);
	(void) pushJsonbValue(st, WJB_KEY, &k);
}

void
alert_jb_string(JsonbParseState **st, const char *key, const char *value, int max_bytes)
{
	JsonbValue	v;

	alert_jb_key(st, key);
	if (value == NULL)
		v.type = jbvNull;
	else
	{
		int			len = strlen(value);

		v.type = jbvString;
		if (len > max_bytes)
		{
			/* cut at a character boundary, and say so */
			int			cut = pg_mbcliplen(value, len, max_bytes);
			char	   *s = palloc(cut + 4);

			memcpy(s, value, cut);
			memcpy(s + cut, "...", 4);
			value = s;
			len = cut + 3;
		}
		v.val.string.val = (char *) value;
		v.val.string.len = len;
	}
	(void) pushJsonbValue(st, WJB_VALUE, &v);
}

static void
jb_number(JsonbParseState **st, const char *key, bool isnull, double number)
{
	JsonbValue	v;

	alert_jb_key(st, key);
	if (isnull || !isfinite(number))
		v.type = jbvNull;
	else
	{
		v.type = jbvNumeric;
		if (number == floor(number) && fabs(number) < 9e15)
			v.val.numeric = int64_to_numeric((int64) number);
		else
			v.val.numeric = DatumGetNumeric(DirectFunctionCall1(float8_numeric, Float8GetDatum(number)));
	}
	(void) pushJsonbValue(st, WJB_VALUE, &v);
}

/*
 * Build the details (the kind's own fields, then the column, the table,
 * the row key, the time and the included columns) and raise the alert.
 */
static void
alert_emit(AlertTrigConfig *cfg, HeapTuple tup, TupleDesc desc, const char *severity,
		   const char *column_label, const AlertField *own, int nown)
{
	char	   *key;
	char	   *subject;
	JsonbParseState *st = NULL;
	JsonbValue *res;
	int			i;

	key = alert_text(cfg, tup, desc, cfg->key_att);
	subject = alert_text(cfg, tup, desc, cfg->subject_att);

	/* details: what a responder needs, and only the text that was asked for */
	(void) pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
	for (i = 0; i < nown; i++)
		jb_number(&st, own[i].key, own[i].isnull, own[i].number);
	alert_jb_string(&st, column_label, cfg->score_name, 256);
	alert_jb_string(&st, "table", cfg->source, 1024);
	alert_jb_string(&st, "key", key, 1024);
	if (cfg->at_att)
		alert_jb_string(&st, "at", alert_text(cfg, tup, desc, cfg->at_att), 256);
	if (cfg->ninclude > 0)
	{
		/* nested, so that a column named like a key above cannot clash */
		alert_jb_key(&st, "values");
		(void) pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
		for (i = 0; i < cfg->ninclude; i++)
			alert_jb_string(&st, cfg->include_name[i], alert_text(cfg, tup, desc, cfg->include_att[i]),
					  CX_ALERT_INCLUDE_MAX);
		(void) pushJsonbValue(&st, WJB_END_OBJECT, NULL);
	}
	res = pushJsonbValue(&st, WJB_END_OBJECT, NULL);

	alert_raise(cfg, severity, key, subject, JsonbPGetDatum(JsonbValueToJsonb(res)));
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
	AlertField	own[3];
	int			nown;

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

	/* the kind's own details, then the common ones */
	own[0].key = "score";
	own[0].isnull = false;
	own[0].number = score;
	own[1].key = "threshold";
	own[1].isnull = false;
	own[1].number = cfg->threshold;
	nown = 2;
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		own[2].key = "previous_score";
		own[2].isnull = !alert_score(cfg, trigdata->tg_trigtuple, desc, &old_score);
		own[2].number = own[2].isnull ? 0 : old_score;
		nown = 3;
	}
	alert_emit(cfg, tup, desc, cx_alert_score_severity(cfg->kind, score), "score_column", own, nown);
	return PointerGetDatum(NULL);
}

/*
 * Empathy alerts: an agent's message (role column = the agents' value)
 * whose empathy score is below the threshold, or that contains
 * anti-empathy language.  Scored with the empathy concern's
 * cx_empathy_score_text(), as the owner of cx_alert with a pinned
 * search_path (it may load the session's lexicon through SPI).
 */
PG_FUNCTION_INFO_V1(cx_alert_empathy_trigger);
Datum
cx_alert_empathy_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	AlertTrigConfig *cfg;
	TupleDesc	desc;
	HeapTuple	tup;
	bool		isnull;
	Datum		body;
	double		score;
	int			n_anti = 0;
	bool		low;
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
	AlertField	own[3];

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("cx_alert_empathy_trigger: not called by trigger manager")));
	if (!TRIGGER_FIRED_AFTER(trigdata->tg_event) || !TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) || TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("cx_alert_empathy_trigger must be an AFTER INSERT OR UPDATE ... FOR EACH ROW trigger"),
				 errhint("Create alert triggers with cx_alert_attach().")));

	cfg = alert_config(fcinfo, trigdata);
	desc = RelationGetDescr(trigdata->tg_relation);
	tup = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? trigdata->tg_newtuple : trigdata->tg_trigtuple;

	/* only agents' messages */
	if (cfg->role_att)
	{
		char	   *role = alert_text(cfg, tup, desc, cfg->role_att);

		if (role == NULL || strcmp(role, cfg->role_value) != 0)
			return PointerGetDatum(NULL);
	}
	body = heap_getattr(tup, cfg->score_att, desc, &isnull);
	if (isnull)
		return PointerGetDatum(NULL);
	/* an edit that leaves the text as it was is no new message */
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		bool		oldnull;
		Datum		old = heap_getattr(trigdata->tg_trigtuple, cfg->score_att, desc, &oldnull);

		if (!oldnull && DatumGetBool(DirectFunctionCall2Coll(texteq, C_COLLATION_OID, old, body)))
			return PointerGetDatum(NULL);
	}

	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(cfg->alert_owner,
						   save_sec_context | SECURITY_LOCAL_USERID_CHANGE | SECURITY_RESTRICTED_OPERATION);
	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	score = cx_empathy_score_text(DatumGetTextPP(body), cfg->lang, &n_anti);
	AtEOXact_GUC(true, save_nestlevel);
	SetUserIdAndSecContext(save_userid, save_sec_context);

	low = score < cfg->empathy_threshold;
	if (!low && !(cfg->alert_on_anti && n_anti > 0))
		return PointerGetDatum(NULL);

	own[0].key = "empathy_score";
	own[0].isnull = false;
	own[0].number = score;
	own[1].key = "anti_empathy";
	own[1].isnull = false;
	own[1].number = n_anti;
	own[2].key = "threshold";
	own[2].isnull = false;
	own[2].number = cfg->empathy_threshold;
	alert_emit(cfg, tup, desc, (low && n_anti > 0) ? "high" : "medium", "text_column", own, 3);
	return PointerGetDatum(NULL);
}

/*
 * cx_alert_cooldown_key(kind, subject): the leading column of
 * cx_alert_cooldown_idx, for the index expression and for queries that
 * want to use that index.
 */
PG_FUNCTION_INFO_V1(cx_alert_cooldown_key_text);
Datum
cx_alert_cooldown_key_text(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(alert_key(PG_GETARG_DATUM(0), PG_GETARG_DATUM(1)));
}
