/*-------------------------------------------------------------------------
 *
 * alert_segment.c
 *	  The segment_drop statement trigger: the new answers are folded into a
 *	  rollup of NPS states per segment and day (the segment a column of the
 *	  answers, or looked up "via" a customers table), then each segment
 *	  touched is tested as of its latest new day, window against baseline.
 *
 * The frame of the call (settings, SPI plans, identities) is in
 * src/alert_stmt.c; the computation (days, the test) in
 * src/core/alert_stmt.c.
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

#include "alert_stmt_internal.h"
#include "alert_stmt.h"
#include "nps.h"

/*
 * "via": scan the customers table directly when the new rows carry at
 * least this many distinct keys per block of it (a sequential scan costs
 * about as much per block as a few index probes); fewer keys are looked up
 * through the index, if any, by a saved plan.
 */
#define STMT_VIA_KEYS_PER_BLOCK	4

/* ---- segment_drop ------------------------------------------------------------------ */

/* one (segment, day) of the rollup being built */
typedef struct SegDay
{
	int32		seg;			/* StrDict id */
	int32		day;
	CxNpsState	state;
} SegDay;

/*
 * The rollup being built: e[] holds the (segment, day) pairs in the order
 * they first appear, and a simplehash index finds a pair's place in it.
 * The index keys are the pair packed in 64 bits: equality is one compare,
 * and the hash is cheap enough not to store.
 */
typedef struct SegAggEntry
{
	uint64		key;			/* segagg_key(seg, day) */
	int32		id;				/* index into e[] */
	char		status;			/* simplehash's */
} SegAggEntry;

static inline uint64
segagg_key(int32 seg, int32 day)
{
	return ((uint64) (uint32) seg << 32) | (uint32) day;
}

static inline uint32
segagg_hash(uint64 key)
{
	uint32		seg = (uint32) (key >> 32);
	uint32		day = (uint32) key;

	return murmurhash32(seg * 0x9e3779b1u ^ day);
}

#define SH_PREFIX		segagg_index
#define SH_ELEMENT_TYPE	SegAggEntry
#define SH_KEY_TYPE		uint64
#define SH_KEY			key
#define SH_HASH_KEY(tb, key)	segagg_hash(key)
#define SH_EQUAL(tb, a, b)	((a) == (b))
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

typedef struct SegAgg
{
	int			n;
	int			cap;
	SegDay	   *e;
	segagg_index_hash *index;	/* (seg, day) -> index into e[]; stale once
								 * e[] is sorted by seg_upsert() */
	int64		bad;			/* answers off the 0..10 scale */
} SegAgg;

/* an empty rollup, in the current memory context */
static void
segagg_init(SegAgg *a)
{
	memset(a, 0, sizeof(*a));
	a->index = segagg_index_create(CurrentMemoryContext, 64, NULL);
}

/* the state of (seg, day), added (empty) when new */
static CxNpsState *
segagg_state(SegAgg *a, int32 seg, int32 day)
{
	SegAggEntry *ent;
	bool		found;
	int			id;

	ent = segagg_index_insert(a->index, segagg_key(seg, day), &found);
	if (found)
		return &a->e[ent->id].state;
	if (a->n == a->cap)
	{
		a->cap = a->cap ? a->cap * 2 : 64;
		a->e = a->e ? repalloc_huge(a->e, sizeof(SegDay) * a->cap) : palloc(sizeof(SegDay) * a->cap);
	}
	id = a->n++;
	a->e[id].seg = seg;
	a->e[id].day = day;
	cx_nps_init(&a->e[id].state);
	ent->id = id;
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
	segagg_init(&agg);
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
