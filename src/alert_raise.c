/*-------------------------------------------------------------------------
 *
 * alert_raise.c
 *	  The one write path of every alert kind: find cx_alert, its open-alert
 *	  index and columns (alert_catalog), then raise one alert or fold an
 *	  event into the open one of its scope and subject (alert_raise_now).
 *
 * alert_pending.c calls alert_raise_now() at commit (or PREPARE) for every
 * alert the transaction queued, in the order of their scope keys.  For one
 * key:
 *
 *	- an advisory lock on exactly that key (not a stripe shared with other
 *	  subjects) is held only from the probe to the write, so that two
 *	  sessions cannot both find nothing and both insert; it is released at
 *	  once, so a bulk load holds one lock at a time, never thousands;
 *	- the probe uses a dirty snapshot, as a unique index check does: an
 *	  open alert of the same scope and subject written by a transaction
 *	  still in progress (or being acknowledged right now) makes us wait for
 *	  that transaction alone, then look again.  Sessions wait only for the
 *	  same scope and subject, and because every transaction takes its keys
 *	  in ascending order no two of them can wait for each other;
 *	- a new alert is inserted directly (heap_insert and the executor's index
 *	  insertion, no SPI, no planner, no permission check: the inserting role
 *	  and its search_path cannot influence the write); an event inside the
 *	  cooldown is folded into the open alert (occurrences + 1,
 *	  last_seen_at) by one heap_update, or by a saved, fully qualified SQL
 *	  statement run as the owner of cx_alert when a responder got in
 *	  between.  A worse event (higher severity) escalates the alert: new
 *	  severity, details and key, escalated_at, and a delivery marked
 *	  "escalated"; an equal or milder one pages nobody.
 *
 * Under REPEATABLE READ and SERIALIZABLE an open alert that the transaction
 * snapshot cannot see makes the transaction fail with a serialization error
 * (retry) instead of raising a duplicate.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/genam.h"
#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/relscan.h"
#include "access/skey.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/index.h"
#include "catalog/pg_type.h"
#include "commands/sequence.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "storage/lmgr.h"
#include "storage/lock.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include "alert_internal.h"

/* first key of the advisory locks taken by the alert write path ("cx" "al") */
#define CX_ALERT_LOCK_CLASS		0x6378616c

static const char *const alert_colnames[AA_NCOLS] = {
	"id", "kind", "severity", "source_table", "source_key", "subject",
	"details", "channel", "config_id", "created_at", "occurrences",
	"last_seen_at", "resolved_at", "scope", "escalated_at"
};

/* the saved statements of the contended fold, per backend and schema */
static SPIPlanPtr fold_lock_plan = NULL;
static SPIPlanPtr fold_plan = NULL;
static SPIPlanPtr fold_escalate_plan = NULL;
static Oid	fold_plan_nsp = InvalidOid;

/* see alert_internal.h */
void
alert_owner_enter(AlertOwnerSave *save, Oid owner)
{
	GetUserIdAndSecContext(&save->userid, &save->sec_context);
	SetUserIdAndSecContext(owner,
						   save->sec_context | SECURITY_LOCAL_USERID_CHANGE | SECURITY_RESTRICTED_OPERATION);
	save->nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
}

void
alert_owner_leave(AlertOwnerSave *save)
{
	AtEOXact_GUC(true, save->nestlevel);
	SetUserIdAndSecContext(save->userid, save->sec_context);
}

/* see alert_internal.h */
void
alert_exec_insert_indexes(Relation rel, HeapTuple tup)
{
	EState	   *estate = CreateExecutorState();
	ResultRelInfo *rri = makeNode(ResultRelInfo);
	TupleTableSlot *slot;

	InitResultRelInfo(rri, rel, 1, NULL, 0);
	ExecOpenIndices(rri, false);
	slot = ExecInitExtraTupleSlot(estate, RelationGetDescr(rel), &TTSOpsHeapTuple);
	ExecStoreHeapTuple(tup, slot, false);
	(void) CX_EXEC_INSERT_INDEX_TUPLES(rri, slot, estate);
	ExecCloseIndices(rri);
	ExecResetTupleTable(estate->es_tupleTable, false);
	FreeExecutorState(estate);
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
 * Is ck exactly (cx_alert_cooldown_key(scope, subject), created_at) WHERE
 * subject IS NOT NULL AND resolved_at IS NULL (1.1: kind instead of
 * scope), the index whose entries alert_insert() forms itself?
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
		!alert_is_var(linitial(f->args), cfg->alert_att[cfg->has_scope ? AA_SCOPE : AA_KIND]) ||
		!alert_is_var(lsecond(f->args), cfg->alert_att[AA_SUBJECT]))
		return false;
	/* the two conditions, in either order */
	return (alert_is_nulltest(linitial(ii->ii_Predicate), IS_NOT_NULL, cfg->alert_att[AA_SUBJECT]) &&
			alert_is_nulltest(lsecond(ii->ii_Predicate), IS_NULL, cfg->alert_att[AA_RESOLVED_AT])) ||
		(alert_is_nulltest(lsecond(ii->ii_Predicate), IS_NOT_NULL, cfg->alert_att[AA_SUBJECT]) &&
		 alert_is_nulltest(linitial(ii->ii_Predicate), IS_NULL, cfg->alert_att[AA_RESOLVED_AT]));
}

/* Build the IndexInfos and decide whether alert_insert() may write the entries itself. */
static void
alert_catalog_indexes(AlertTrigConfig *cfg, Relation rel)
{
	List	   *indexes = RelationGetIndexList(rel);

	/*
	 * Insert the index entries directly when cx_alert has just its own two
	 * plain indexes; with any other (someone added one) use the executor.
	 */
	cfg->alert_pkey = CX_PRIMARY_KEY_INDEX(rel);
	cfg->direct_index = list_length(indexes) == 2 && OidIsValid(cfg->alert_pkey) &&
		list_member_oid(indexes, cfg->alert_pkey) && list_member_oid(indexes, cfg->alert_idx);
	if (cfg->direct_index)
	{
		Relation	pk = index_open(cfg->alert_pkey, AccessShareLock);
		Relation	ck = index_open(cfg->alert_idx, AccessShareLock);

		cfg->pkey_info = BuildIndexInfo(pk);
		cfg->idx_info = BuildIndexInfo(ck);
		/* exactly the shapes written below: (id), and the cooldown index */
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
	 * 1.1's and 1.2's cooldown index is keyed by a 64-bit hash (of the kind
	 * in 1.1, of the scope in 1.2) and the subject; a database still at 1.0
	 * (the library was updated, ALTER EXTENSION not yet run) has 1.0's
	 * text-keyed one, which works too.
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
		/* scope and escalated_at came with 1.2 */
		if (cfg->alert_att[i] <= 0 && i < AA_SCOPE)
			elog(ERROR, "column \"%s\" of cx_alert is missing", alert_colnames[i]);
		if (cfg->alert_att[i] <= 0)
			cfg->alert_att[i] = 0;
	}
	cfg->has_scope = cfg->hashed_idx && cfg->alert_att[AA_SCOPE] > 0;
	alert_catalog_indexes(cfg, rel);
	table_close(rel, AccessShareLock);
}

/* the cooldown key of a scope (or 1.1's kind) and a subject, both text datums */
static inline int64
alert_key(Datum scope, Datum subject)
{
	text	   *k = DatumGetTextPP(scope);
	text	   *s = DatumGetTextPP(subject);

	return cx_alert_cooldown_key(VARDATA_ANY(k), VARSIZE_ANY_EXHDR(k),
								 VARDATA_ANY(s), VARSIZE_ANY_EXHDR(s));
}

/*
 * cx_alert_cooldown_key(scope, subject): the leading column of
 * cx_alert_cooldown_idx, for the index expression and for queries that
 * want to use that index.
 */
PG_FUNCTION_INFO_V1(cx_alert_cooldown_key_text);
Datum
cx_alert_cooldown_key_text(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(alert_key(PG_GETARG_DATUM(0), PG_GETARG_DATUM(1)));
}

/* the rank of a severity: low 1, medium 2, high 3 (0: anything else) */
static int
alert_severity_rank(const char *s, int len)
{
	if (len == 3 && memcmp(s, "low", 3) == 0)
		return 1;
	if (len == 6 && memcmp(s, "medium", 6) == 0)
		return 2;
	if (len == 4 && memcmp(s, "high", 4) == 0)
		return 3;
	return 0;
}

static int
alert_severity_rank_datum(Datum d)
{
	text	   *t = DatumGetTextPP(d);

	return alert_severity_rank(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
}

/* prepare and keep one statement of the contended fold */
static SPIPlanPtr
alert_keep_plan(const char *sql, int nargs, Oid *argtypes)
{
	SPIPlanPtr	plan = SPI_prepare_cursor(sql, nargs, argtypes, CURSOR_OPT_GENERIC_PLAN);

	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	return plan;
}

/*
 * The three statements of the contended fold, qualified (operators too):
 * they mean the same whatever the search_path.  escalated_at is set only
 * where the column exists (a database not yet updated to 1.2 has none).
 */
static void
alert_plans(AlertTrigConfig *cat)
{
	const char *schema;
	char	   *sql;
	Oid			lock_types[1] = {INT8OID};
	Oid			esc_types[4] = {INT8OID, TEXTOID, JSONBOID, TEXTOID};

	if (fold_plan != NULL && fold_plan_nsp == cat->alert_nsp)
		return;
	if (fold_plan != NULL)
	{
		SPI_freeplan(fold_lock_plan);
		SPI_freeplan(fold_plan);
		SPI_freeplan(fold_escalate_plan);
		fold_plan = NULL;
	}
	schema = quote_identifier(get_namespace_name(cat->alert_nsp));
	sql = psprintf("SELECT severity FROM %s.cx_alert WHERE id OPERATOR(pg_catalog.=) $1"
				   " AND resolved_at IS NULL FOR UPDATE", schema);
	fold_lock_plan = alert_keep_plan(sql, 1, lock_types);
	sql = psprintf("UPDATE %s.cx_alert SET occurrences = occurrences OPERATOR(pg_catalog.+) 1,"
				   " last_seen_at = pg_catalog.now() WHERE id OPERATOR(pg_catalog.=) $1", schema);
	fold_plan = alert_keep_plan(sql, 1, lock_types);
	sql = psprintf("UPDATE %s.cx_alert SET occurrences = occurrences OPERATOR(pg_catalog.+) 1,"
				   " last_seen_at = pg_catalog.now(), severity = $2, details = $3, source_key = $4%s"
				   " WHERE id OPERATOR(pg_catalog.=) $1", schema,
				   cat->alert_att[AA_ESCALATED_AT] > 0 ? ", escalated_at = pg_catalog.now()" : "");
	fold_escalate_plan = alert_keep_plan(sql, 4, esc_types);
	fold_plan_nsp = cat->alert_nsp;
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

/* what a probe of the open-alert index found */
typedef struct AlertProbe
{
	int64		id;				/* the open alert, or 0 */
	ItemPointerData tid;		/* its version */
	HeapTuple	row;			/* a copy of it (when asked for) */
	TransactionId xwait;		/* dirty probe: wait for this one, look again */
} AlertProbe;

static void
alert_probe_keys(AlertTrigConfig *cat, Relation idx, ScanKeyData *keys, int *nkeys,
				 Datum scope, Datum subject, int64 ckey, TimestampTz cutoff)
{
	if (cat->hashed_idx)
	{
		/* (cooldown key, created_at): two integer comparisons per step */
		ScanKeyEntryInitialize(&keys[0], 0, 1, BTEqualStrategyNumber, InvalidOid,
							   InvalidOid, F_INT8EQ, Int64GetDatum(ckey));
		ScanKeyEntryInitialize(&keys[1], 0, 2, BTGreaterStrategyNumber, InvalidOid,
							   InvalidOid, F_TIMESTAMPTZ_GT, TimestampTzGetDatum(cutoff));
		*nkeys = 2;
		return;
	}
	/* 1.0's index, with its collations so that the probe navigates it */
	ScanKeyEntryInitialize(&keys[0], 0, 1, BTEqualStrategyNumber, InvalidOid,
						   idx->rd_indcollation[0], F_TEXTEQ, subject);
	ScanKeyEntryInitialize(&keys[1], 0, 2, BTEqualStrategyNumber, InvalidOid,
						   idx->rd_indcollation[1], F_TEXTEQ, scope);
	ScanKeyEntryInitialize(&keys[2], 0, 3, BTGreaterStrategyNumber, InvalidOid,
						   InvalidOid, F_TIMESTAMPTZ_GT, TimestampTzGetDatum(cutoff));
	*nkeys = 3;
}

/*
 * The newest open alert of this scope and subject created after cutoff, as
 * seen by snapshot: a backward probe of the cooldown index.  With a dirty
 * snapshot, a version of the same scope and subject that a transaction in
 * progress wrote or is updating sets p->xwait instead: the caller waits.
 */
static void
alert_find_open(AlertTrigConfig *cat, Relation rel, Relation idx, Snapshot snapshot,
				Datum scope, Datum subject, int64 ckey, TimestampTz cutoff, bool want_row,
				AlertProbe *p)
{
	ScanKeyData keys[3];
	int			nkeys;
	IndexScanDesc scan;
	TupleTableSlot *slot;
	AttrNumber	scope_att = cat->alert_att[cat->has_scope ? AA_SCOPE : AA_KIND];
	bool		dirty = snapshot->snapshot_type == SNAPSHOT_DIRTY;

	memset(p, 0, sizeof(*p));
	p->xwait = InvalidTransactionId;
	alert_probe_keys(cat, idx, keys, &nkeys, scope, subject, ckey, cutoff);
	slot = table_slot_create(rel, NULL);
	scan = CX_INDEX_BEGINSCAN(rel, idx, snapshot, nkeys, 0);
	index_rescan(scan, keys, nkeys, NULL, 0);
	while (index_getnext_slot(scan, BackwardScanDirection, slot))
	{
		bool		isnull;
		TransactionId xw;

		/* a hash collision: another scope or subject with the same key */
		if (cat->hashed_idx &&
			(!alert_slot_text_eq(slot, scope_att, scope) ||
			 !alert_slot_text_eq(slot, cat->alert_att[AA_SUBJECT], subject)))
			continue;
		xw = !dirty ? InvalidTransactionId :
			TransactionIdIsValid(snapshot->xmin) ? snapshot->xmin : snapshot->xmax;
		if (TransactionIdIsValid(xw))
		{
			p->xwait = xw;
			p->tid = slot->tts_tid;
			break;
		}
		/* a version resolved since is indexed until vacuum: the heap decides */
		(void) slot_getattr(slot, cat->alert_att[AA_RESOLVED_AT], &isnull);
		if (!isnull)
			continue;
		p->id = DatumGetInt64(slot_getattr(slot, cat->alert_att[AA_ID], &isnull));
		p->tid = slot->tts_tid;
		if (want_row)
			p->row = ExecCopySlotHeapTuple(slot);
		break;
	}
	index_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
}

/*
 * The cooldown index entry of a row, as the executor would form it (ckey
 * computed once by the caller): the new alert's, or a folded one's new
 * version when the update was not HOT.
 */
static void
alert_index_insert(AlertTrigConfig *cat, Relation ck, Relation rel, Datum scope,
				   Datum subject, bool subject_null, int64 ckey, TimestampTz created,
				   ItemPointer tid)
{
	Datum		iv[3];
	bool		inull[3] = {false, false, false};

	if (cat->hashed_idx)
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
		iv[1] = scope;
		iv[2] = TimestampTzGetDatum(created);
	}
	(void) index_insert(ck, iv, inull, tid, rel, UNIQUE_CHECK_NO, false, cat->idx_info);
}

/* both direct index entries of a heap tuple: (id) and the cooldown entry */
static void
alert_index_both(AlertTrigConfig *cat, Relation rel, Relation ck, HeapTuple tup, int64 ckey)
{
	TupleDesc	desc = RelationGetDescr(rel);
	Relation	pk = index_open(cat->alert_pkey, RowExclusiveLock);
	Datum		iv[1];
	bool		inull[1];
	bool		snull;
	Datum		scope = heap_getattr(tup, cat->alert_att[cat->has_scope ? AA_SCOPE : AA_KIND], desc, &inull[0]);
	Datum		subject = heap_getattr(tup, cat->alert_att[AA_SUBJECT], desc, &snull);
	Datum		created = heap_getattr(tup, cat->alert_att[AA_CREATED_AT], desc, &inull[0]);

	iv[0] = heap_getattr(tup, cat->alert_att[AA_ID], desc, &inull[0]);
	(void) index_insert(pk, iv, inull, &tup->t_self, rel, UNIQUE_CHECK_YES, false, cat->pkey_info);
	alert_index_insert(cat, ck, rel, scope, subject, snull, ckey, DatumGetTimestampTz(created),
					   &tup->t_self);
	index_close(pk, NoLock);
}

/* insert the alert row directly: no SPI, no planner, no permission check */
static int64
alert_insert(AlertTrigConfig *cat, Relation rel, Relation ck, const AlertSpec *sp,
			 const AlertEvent *ev, TimestampTz now)
{
	TupleDesc	desc = RelationGetDescr(rel);
	Datum	   *values = palloc0(sizeof(Datum) * desc->natts);
	bool	   *nulls = palloc(sizeof(bool) * desc->natts);
	HeapTuple	tup;
	int64		id;
	int			i;

	for (i = 0; i < desc->natts; i++)
		nulls[i] = true;
#define SET_COL(c, v) (values[cat->alert_att[c] - 1] = (v), nulls[cat->alert_att[c] - 1] = false)
	id = nextval_internal(cat->alert_seq, false);
	SET_COL(AA_ID, Int64GetDatum(id));
	SET_COL(AA_KIND, CStringGetTextDatum(sp->kind_name));
	SET_COL(AA_SEVERITY, CStringGetTextDatum(ev->severity));
	SET_COL(AA_SOURCE_TABLE, CStringGetTextDatum(sp->source));
	if (ev->key != NULL)
		SET_COL(AA_SOURCE_KEY, CStringGetTextDatum(ev->key));
	if (ev->subject != NULL)
		SET_COL(AA_SUBJECT, CStringGetTextDatum(ev->subject));
	SET_COL(AA_DETAILS, ev->details);
	SET_COL(AA_CHANNEL, CStringGetTextDatum(sp->channel));
	SET_COL(AA_CONFIG_ID, Int32GetDatum(sp->config_id));
	SET_COL(AA_CREATED_AT, TimestampTzGetDatum(now));
	SET_COL(AA_OCCURRENCES, Int32GetDatum(1));
	SET_COL(AA_LAST_SEEN_AT, TimestampTzGetDatum(now));
	if (cat->alert_att[AA_SCOPE] > 0)
		SET_COL(AA_SCOPE, CStringGetTextDatum(sp->scope));
#undef SET_COL
	tup = heap_form_tuple(desc, values, nulls);
	simple_heap_insert(rel, tup);

	if (cat->direct_index)
	{
		/* cx_alert's own two indexes, as CatalogIndexInsert does it */
		alert_index_both(cat, rel, ck, tup, ev->ckey);
		return id;
	}

	/* any other set of indexes: the executor's index insertion */
	alert_exec_insert_indexes(rel, tup);
	return id;
}

/* outcome of a fold */
typedef enum
{
	FOLD_SILENT,				/* folded, equal or milder: nobody is paged */
	FOLD_ESCALATED,				/* folded, worse: severity raised, delivered */
	FOLD_GONE,					/* resolved meanwhile: raise a new one */
	FOLD_USE_SQL				/* contended or unusual: use the SQL statements */
} AlertFoldResult;

/*
 * Fold an event into the open alert without SQL: occurrences + 1,
 * last_seen_at and, when worse, the escalation, on the version the probe
 * found (row), like CatalogTupleUpdate (index entries only when the update
 * is not HOT).  heap_update() waits for a responder who is updating the row
 * right now and refuses if that version is no longer the latest; then the
 * SQL statements, which follow concurrent updates, take over.
 */
static AlertFoldResult
alert_fold_direct(AlertTrigConfig *cat, Relation rel, Relation ck, HeapTuple row,
				  const AlertEvent *ev, TimestampTz now)
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
	bool		worse;

	if (!cat->direct_index || row == NULL)
		return FOLD_USE_SQL;
	occ = DatumGetInt32(heap_getattr(row, cat->alert_att[AA_OCCURRENCES], desc, &isnull));
	worse = alert_severity_rank(ev->severity, strlen(ev->severity)) >
		alert_severity_rank_datum(heap_getattr(row, cat->alert_att[AA_SEVERITY], desc, &isnull));
	values = palloc0(sizeof(Datum) * desc->natts);
	nulls = palloc0(sizeof(bool) * desc->natts);
	repl = palloc0(sizeof(bool) * desc->natts);
#define REPL(c, v, n) (values[cat->alert_att[c] - 1] = (v), nulls[cat->alert_att[c] - 1] = (n), \
					   repl[cat->alert_att[c] - 1] = true)
	REPL(AA_OCCURRENCES, Int32GetDatum(occ < PG_INT32_MAX ? occ + 1 : occ), false);
	REPL(AA_LAST_SEEN_AT, TimestampTzGetDatum(now), false);
	if (worse)
	{
		REPL(AA_SEVERITY, CStringGetTextDatum(ev->severity), false);
		REPL(AA_DETAILS, ev->details, false);
		REPL(AA_SOURCE_KEY, ev->key ? CStringGetTextDatum(ev->key) : (Datum) 0, ev->key == NULL);
		if (cat->alert_att[AA_ESCALATED_AT] > 0)
			REPL(AA_ESCALATED_AT, TimestampTzGetDatum(now), false);
	}
#undef REPL
	newtup = heap_modify_tuple(row, desc, values, nulls, repl);

	res = CX_HEAP_UPDATE(rel, &row->t_self, newtup, GetCurrentCommandId(true), InvalidSnapshot,
						 true, &tmfd, &lockmode);
	if (res != TM_Ok)
		return FOLD_USE_SQL;
	if (!HeapTupleIsHeapOnly(newtup))
		alert_index_both(cat, rel, ck, newtup, ev->ckey);
	/* the next probe of this transaction must see the new version */
	CommandCounterIncrement();
	return worse ? FOLD_ESCALATED : FOLD_SILENT;
}

/*
 * Fold through SQL as the owner of cx_alert (pinned search_path, restricted
 * security context): lock the latest version of the open alert (following
 * a responder's concurrent update), then update it.
 */
static AlertFoldResult
alert_fold_sql(AlertTrigConfig *cat, int64 id, const AlertEvent *ev)
{
	AlertOwnerSave save;
	Datum		values[4];
	char		nulls[4] = {' ', ' ', ' ', ' '};
	AlertFoldResult result = FOLD_GONE;
	bool		isnull;

	alert_owner_enter(&save, cat->alert_owner);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	alert_plans(cat);
	values[0] = Int64GetDatum(id);
	if (SPI_execute_plan(fold_lock_plan, values, NULL, false, 1) != SPI_OK_SELECT)
		elog(ERROR, "locking the open alert failed");
	if (SPI_processed == 1)
	{
		Datum		old = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
		bool		worse = alert_severity_rank(ev->severity, strlen(ev->severity)) >
			alert_severity_rank_datum(old);

		values[1] = CStringGetTextDatum(ev->severity);
		values[2] = ev->details;
		values[3] = ev->key ? CStringGetTextDatum(ev->key) : (Datum) 0;
		nulls[3] = ev->key ? ' ' : 'n';
		if (SPI_execute_plan(worse ? fold_escalate_plan : fold_plan, values, nulls, false, 0) != SPI_OK_UPDATE ||
			SPI_processed != 1)
			elog(ERROR, "folding into alert " INT64_FORMAT " failed", id);
		result = worse ? FOLD_ESCALATED : FOLD_SILENT;
	}
	SPI_finish();
	alert_owner_leave(&save);
	return result;
}

/*
 * Under REPEATABLE READ or SERIALIZABLE an alert (or a version of it, such
 * as its acknowledgement) that our transaction snapshot cannot see is a
 * concurrent update: fail to serialize (the client retries) rather than
 * raise a duplicate or fold blindly.
 */
static void
alert_check_serializable(AlertTrigConfig *cat, Relation rel, Relation idx, const AlertSpec *sp,
						 Datum scope, Datum subject, const AlertEvent *ev, TimestampTz cutoff,
						 const AlertProbe *found)
{
	AlertProbe	mine;

	if (!IsolationUsesXactSnapshot() || found->id == 0)
		return;
	alert_find_open(cat, rel, idx, GetTransactionSnapshot(), scope, subject, ev->ckey, cutoff,
					false, &mine);
	if (mine.id != found->id || !ItemPointerEquals(&mine.tid, (ItemPointer) &found->tid))
		ereport(ERROR,
				(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
				 errmsg("could not serialize access due to a concurrent %s alert for the same subject",
						sp->kind_name),
				 errhint("The transaction might succeed if retried.")));
}

/*
 * Probe for the open alert of the event's scope and subject, waiting for
 * any transaction in progress that wrote one; returns with the key's
 * advisory lock held (lock set) and p filled in.
 */
static void
alert_probe_locked(AlertTrigConfig *cat, Relation rel, Relation idx, Datum scope, Datum subject,
				   const AlertEvent *ev, TimestampTz cutoff, LOCKTAG *lock, AlertProbe *p)
{
	SnapshotData dirty;

	SET_LOCKTAG_ADVISORY(*lock, MyDatabaseId, (uint32) ((uint64) ev->ckey >> 32),
						 (uint32) ev->ckey, 3);
	for (;;)
	{
		(void) LockAcquire(lock, ExclusiveLock, false, false);
		InitDirtySnapshot(dirty);
		alert_find_open(cat, rel, idx, &dirty, scope, subject, ev->ckey, cutoff, true, p);
		if (!TransactionIdIsValid(p->xwait))
			return;
		/* never wait while holding the key: that one may be waiting for us */
		LockRelease(lock, ExclusiveLock, false);
		XactLockTableWait(p->xwait, rel, &p->tid, XLTW_None);
	}
}

/* the payload of a new or escalated alert, delivered as configured */
static void
alert_deliver_event(const AlertSpec *sp, const AlertEvent *ev, int64 id, const char *event,
					bool preparing)
{
	char		payload[CX_ALERT_PAYLOAD_MAX + 1];
	cx_alert_payload_fields f;

	if (preparing && !sp->deferred)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("cannot prepare a transaction that raised a %s alert delivered by NOTIFY",
						sp->kind_name),
				 errdetail("Alert configuration %d has \"delivery\": \"notify\", and PostgreSQL cannot prepare a transaction that sent a NOTIFY.",
						   sp->config_id),
				 errhint("Attach the alert with {\"delivery\": \"deferred\"}: the row is written in the transaction and the notification is sent after COMMIT PREPARED.")));
	f.id = id;
	f.event = event;
	f.kind = sp->kind_name;
	f.severity = ev->severity;
	f.source = sp->source;
	f.config_id = sp->config_id;
	f.with_key = sp->payload_key;
	f.key = ev->key;
	f.with_subject = sp->payload_subject;
	f.subject = ev->subject;
	cx_alert_payload(payload, sizeof(payload), &f);
	alert_deliver(sp->nsp, sp->channel, sp->deferred, id, payload);
}

/*
 * Raise one queued alert now (cat: cx_alert's catalog, see alert_catalog):
 * fold it into the open alert of its scope and subject inside the cooldown,
 * or insert it; deliver a new or escalated one.
 */
void
alert_raise_now(AlertTrigConfig *cat, const AlertSpec *sp, const AlertEvent *ev, bool preparing)
{
	Relation	rel = table_open(cat->alert_rel, RowExclusiveLock);
	Relation	idx = index_open(cat->alert_idx, RowExclusiveLock);
	TimestampTz now = GetCurrentTransactionStartTimestamp();
	Datum		scope = CStringGetTextDatum(cat->has_scope ? sp->scope : sp->kind_name);
	Datum		subject = ev->subject ? CStringGetTextDatum(ev->subject) : (Datum) 0;
	LOCKTAG		lock;
	bool		locked = false;
	AlertFoldResult fold = FOLD_GONE;
	AlertProbe	p;
	int64		id = 0;

	memset(&p, 0, sizeof(p));
	if (ev->subject != NULL && sp->cooldown_us > 0)
	{
		TimestampTz cutoff = (now < PG_INT64_MIN + sp->cooldown_us) ? PG_INT64_MIN : now - sp->cooldown_us;

		alert_probe_locked(cat, rel, idx, scope, subject, ev, cutoff, &lock, &p);
		locked = true;
		alert_check_serializable(cat, rel, idx, sp, scope, subject, ev, cutoff, &p);
		if (p.id != 0)
		{
			fold = alert_fold_direct(cat, rel, idx, p.row, ev, now);
			if (fold == FOLD_USE_SQL)
				fold = alert_fold_sql(cat, p.id, ev);
			id = p.id;
		}
	}
	if (fold == FOLD_GONE)
	{
		id = alert_insert(cat, rel, idx, sp, ev, now);
		/* the next probe of this transaction must see this alert */
		CommandCounterIncrement();
	}
	/* the new version is in the index: others now wait for our commit */
	if (locked)
		LockRelease(&lock, ExclusiveLock, false);

	if (fold == FOLD_GONE)
		alert_deliver_event(sp, ev, id, "new", preparing);
	else if (fold == FOLD_ESCALATED)
		alert_deliver_event(sp, ev, id, "escalated", preparing);
	/* a silent fold pages nobody: that is the point of the cooldown */

	index_close(idx, NoLock);
	table_close(rel, NoLock);
}
