/*-------------------------------------------------------------------------
 *
 * alert_segment_via.c
 *	  segment_drop with "via": the segment of an answer is not a column of
 *	  the answers but of another table (customers), joined on via_key.
 *
 * The new answers' keys are collected first (integer keys spanning a small
 * range are indexed by their value, others through a KeyHash), then each
 * distinct key's segments are looked up once: by a sequential scan of the
 * customers table when the keys are many for its size and the scan reads
 * exactly what the join would, else by a join in SQL.  Only then are the
 * answers counted into the rollup, once per segment of their key.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_operator.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "storage/bufmgr.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/lsyscache.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "alert_stmt_internal.h"

/*
 * "via": scan the customers table directly when the new rows carry at
 * least this many distinct keys per block of it (a sequential scan costs
 * about as much per block as a few index probes); fewer keys are looked up
 * through the index, if any, by a saved plan.
 */
#define STMT_VIA_KEYS_PER_BLOCK	4

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

/* the via table and the columns of via_key and segment */
typedef struct ViaTable
{
	Relation	rel;
	char	   *key_col;		/* the via_key setting: a column of both
								 * tables */
	AttrNumber	answers_key_att;	/* in the answers */
	AttrNumber	key_att;		/* in the via table */
	AttrNumber	seg_att;
} ViaTable;

/*
 * Open the via table, which the trigger reads as the table's owner
 * (stmt_as()): say so plainly when that owner may not.
 */
static void
via_open(StmtCtx *c, SegConfig *cfg, ViaTable *vt)
{
	Oid			via_oid;
	Relation	via;

	vt->key_col = stmt_setting_text(c, "via_key", true);
	vt->answers_key_att = stmt_column(c, c->rel, "via_key", vt->key_col);
	/* stored schema-qualified by cx_alert_attach(); resolved as SQL would */
	via_oid = DatumGetObjectId(DirectFunctionCall1(regclassin, CStringGetDatum(cfg->via_name)));
	via = table_open(via_oid, AccessShareLock);
	if (pg_class_aclcheck(via_oid, c->table_owner, ACL_SELECT) != ACLCHECK_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("%s \"%s\": %s, the owner of %s, may not read %s",
						c->label, c->tgname, GetUserNameFromId(c->table_owner, false),
						RelationGetRelationName(c->rel), RelationGetRelationName(via)),
				 errdetail("The trigger looks the segments up as the owner of the answers table."),
				 errhint("GRANT SELECT ON %s TO %s;",
						 quote_qualified_identifier(get_namespace_name(RelationGetNamespace(via)),
													RelationGetRelationName(via)),
						 quote_identifier(GetUserNameFromId(c->table_owner, false)))));
	vt->rel = via;
	vt->key_att = stmt_column(c, via, "via_key", vt->key_col);
	vt->seg_att = stmt_column(c, via, "segment", cfg->seg_col);
}

/*
 * The key, day and score of each new answer into vr, and its distinct keys
 * into keys: integer keys are kept as they are until all are read (see
 * via_keys_index_rows()), others go through the KeyHash at once.
 */
static void
via_read_rows(StmtCtx *c, SegConfig *cfg, ViaTable *vt, ViaKeys *keys, ViaRows *vr)
{
	AttrNumber	key_att = vt->answers_key_att;
	StmtRows	rows;
	AttrNumber	maxatt = Max(Max(cfg->score_att, cfg->at_att), key_att);
	bool		int_keys = via_int_keys(keys);

	stmt_rows_begin(&rows, c);
	while (stmt_rows_next(&rows))
	{
		TupleTableSlot *slot = rows.slot;
		Datum		k;
		bool		isnew;

		slot_getsomeattrs(slot, maxatt);
		if (slot->tts_isnull[key_att - 1] || slot->tts_isnull[cfg->at_att - 1] ||
			slot->tts_isnull[cfg->score_att - 1])
			continue;			/* no customer, no day, or a skipped question */
		k = slot->tts_values[key_att - 1];
		via_rows_add(vr, int_keys ? via_int(keys, k) : keyhash_add(&keys->hash, k, &isnew),
					 answer_day(cfg->at_type, slot->tts_values[cfg->at_att - 1]),
					 score_code(&cfg->score, slot->tts_values[cfg->score_att - 1]));
	}
	stmt_rows_end(&rows);
	if (int_keys)
		via_keys_index_rows(keys, vr);
	else
		keys->ndistinct = keys->hash.n;
}

/*
 * The segments of every distinct key into vs: read directly when the keys
 * are many for the table's size and the scan reads what the join would,
 * else through SQL.
 */
static void
via_find_segments(StmtCtx *c, SegConfig *cfg, ViaTable *vt, ViaKeys *keys, StrDict *segs,
				  ViaSegments *vs)
{
	Relation	via = vt->rel;
	Size		nfirst = sizeof(int32) * Max(via_nkeys(keys), 1);
	bool		plain;

	memset(vs, 0, sizeof(*vs));
	vs->first = palloc_extended(nfirst, MCXT_ALLOC_HUGE);
	memset(vs->first, 0xff, nfirst);
	if (keys->ndistinct == 0)
		return;

	/*
	 * Only a plain table has blocks to count and scan; a view, a partitioned
	 * or a foreign table is always read through SQL.  (Asking a view for its
	 * size fails an assertion.)
	 */
	plain = via->rd_rel->relkind == RELKIND_RELATION;
	if (plain &&
		(double) keys->ndistinct >= (double) RelationGetNumberOfBlocks(via) * STMT_VIA_KEYS_PER_BLOCK &&
		via_direct_ok(c, via, vt->key_att, &keys->hash,
					  TupleDescAttr(RelationGetDescr(c->rel), vt->answers_key_att - 1)->attcollation))
		via_scan_direct(c, via, vt->key_att, vt->seg_att, keys, segs, vs);
	else
		via_lookup_sql(c, via, vt->key_col, cfg->seg_col, keys, segs, vs);
}

/*
 * segment_drop with "via": the new answers, each counted once per segment
 * its key has in the via table (a key matching several rows counts in each,
 * as the join does; a key without a customer or segment counts nowhere).
 */
void
seg_fold_via(StmtCtx *c, SegConfig *cfg, StrDict *segs, SegAgg *agg)
{
	ViaTable	vt;
	ViaKeys		keys;
	ViaRows		vr;
	ViaSegments vs;
	int64		r;

	via_open(c, cfg, &vt);
	memset(&keys, 0, sizeof(keys));
	keyhash_init(&keys.hash, stmt_column_type(c->rel, vt.answers_key_att),
				 TupleDescAttr(RelationGetDescr(c->rel), vt.answers_key_att - 1)->attcollation);
	memset(&vr, 0, sizeof(vr));
	via_read_rows(c, cfg, &vt, &keys, &vr);
	via_find_segments(c, cfg, &vt, &keys, segs, &vs);
	table_close(vt.rel, AccessShareLock);

	for (r = 0; r < vr.n; r++)
	{
		int32		l;

		for (l = vs.first[vr.key[r]]; l >= 0; l = vs.link_next[l])
			seg_count(agg, vs.link_seg[l], vr.day[r], vr.score[r]);
	}
}
