/*-------------------------------------------------------------------------
 *
 * alert_stmt_hash.c
 *	  The dictionaries of the statement-level alert triggers: StrDict, an id
 *	  per distinct byte string (segments, stage names), and KeyHash, an id
 *	  per distinct value of a column under the type's own equality (the
 *	  "via" keys of segment_drop, the journeys of friction).
 *
 * Both hand out dense ids in the order of first appearance, which the
 * triggers rely on (a journey's id indexes its Touched entry, a key's id
 * its segments), and keep the values in arrays indexed by id.  The index
 * from value to id is a lib/simplehash.h table whose entries hold only the
 * id and the value's hash: the value itself is in the arrays, so growing
 * the index moves 12-byte entries and never rehashes (the hash is stored).
 * A lookup names the value it looks for with the id PROBE_ID, and puts the
 * value in the dictionary's probe field, where SH_EQUAL finds it.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

#include "alert_stmt_internal.h"

/* the id that stands for the value being looked up (in probe) */
#define PROBE_ID	(-1)

/* an entry of either index: the id of a value, and its hash */
typedef struct DictEntry
{
	int32		id;
	uint32		hash;
	char		status;			/* simplehash's */
} DictEntry;

/* ---- StrDict --------------------------------------------------------------- */

static inline bool
strdict_eq(StrDict *d, int32 a, int32 b)
{
	const char *sa = a == PROBE_ID ? d->probe : d->str[a];
	const char *sb = b == PROBE_ID ? d->probe : d->str[b];
	int			la = a == PROBE_ID ? d->probe_len : d->len[a];
	int			lb = b == PROBE_ID ? d->probe_len : d->len[b];

	return la == lb && memcmp(sa, sb, la) == 0;
}

static inline uint32
strdict_hash_id(StrDict *d, int32 id)
{
	if (id == PROBE_ID)
		return hash_bytes((const unsigned char *) d->probe, d->probe_len);
	return hash_bytes((const unsigned char *) d->str[id], d->len[id]);
}

#define SH_PREFIX		strdict_index
#define SH_ELEMENT_TYPE	DictEntry
#define SH_KEY_TYPE		int32
#define SH_KEY			id
#define SH_HASH_KEY(tb, key)	strdict_hash_id((StrDict *) (tb)->private_data, key)
#define SH_EQUAL(tb, a, b)	strdict_eq((StrDict *) (tb)->private_data, a, b)
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a)	((a)->hash)
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

/* an empty dictionary, in the current memory context */
void
strdict_init(StrDict *d)
{
	memset(d, 0, sizeof(*d));
	d->cxt = CurrentMemoryContext;
	d->index = strdict_index_create(d->cxt, 16, d);
}

/* a copy of the len bytes at s as the next id */
static int
strdict_append(StrDict *d, const char *s, int len)
{
	int			id;
	char	   *copy;

	if (d->n == d->cap)
	{
		d->cap = d->cap ? d->cap * 2 : 8;
		d->str = d->str ? repalloc(d->str, sizeof(char *) * d->cap) :
			MemoryContextAlloc(d->cxt, sizeof(char *) * d->cap);
		d->len = d->len ? repalloc(d->len, sizeof(int) * d->cap) :
			MemoryContextAlloc(d->cxt, sizeof(int) * d->cap);
	}
	id = d->n++;
	copy = MemoryContextAlloc(d->cxt, len + 1);
	memcpy(copy, s, len);
	copy[len] = '\0';
	d->str[id] = copy;
	d->len[id] = len;
	return id;
}

/* the id of the len bytes at s, added (copied) when new */
int
strdict_intern(StrDict *d, const char *s, int len)
{
	DictEntry  *e;
	bool		found;

	d->probe = s;
	d->probe_len = len;
	e = strdict_index_insert_hash(d->index, PROBE_ID,
								  hash_bytes((const unsigned char *) s, len), &found);
	if (!found)
		e->id = strdict_append(d, s, len);
	return e->id;
}

/* ---- KeyHash --------------------------------------------------------------- */

/*
 * An empty KeyHash for values of typid under collation (0: the default),
 * in the current memory context; the index is made on the first add.
 */
void
keyhash_init(KeyHash *h, Oid typid, Oid collation)
{
	TypeCacheEntry *tc;

	memset(h, 0, sizeof(*h));
	h->typid = typid;
	get_typlenbyvalalign(typid, &h->typlen, &h->typbyval, &h->typalign);
	h->collation = OidIsValid(collation) ? collation : DEFAULT_COLLATION_OID;
	h->cxt = CurrentMemoryContext;
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

/*
 * simplehash passes the stored key first and the probe second: the type's
 * equality is called in the same order as before simplehash.
 */
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

static inline Datum
keyhash_key(KeyHash *h, int32 id)
{
	return id == PROBE_ID ? h->probe : h->keys[id];
}

#define SH_PREFIX		keyhash_index
#define SH_ELEMENT_TYPE	DictEntry
#define SH_KEY_TYPE		int32
#define SH_KEY			id
#define SH_HASH_KEY(tb, key)	keyhash_hash((KeyHash *) (tb)->private_data, \
										 keyhash_key((KeyHash *) (tb)->private_data, key))
#define SH_EQUAL(tb, a, b)	keyhash_eq((KeyHash *) (tb)->private_data, \
									   keyhash_key((KeyHash *) (tb)->private_data, a), \
									   keyhash_key((KeyHash *) (tb)->private_data, b))
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a)	((a)->hash)
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

/* a copy of d as the next id */
static int
keyhash_append(KeyHash *h, Datum d)
{
	MemoryContext old;
	int			id;

	if (h->n == h->cap)
	{
		h->cap = h->cap ? h->cap * 2 : 64;
		h->keys = h->keys ? repalloc_huge(h->keys, sizeof(Datum) * h->cap) :
			MemoryContextAlloc(h->cxt, sizeof(Datum) * h->cap);
	}
	id = h->n++;
	old = MemoryContextSwitchTo(h->cxt);
	h->keys[id] = datumCopy(d, h->typbyval, h->typlen);
	MemoryContextSwitchTo(old);
	return id;
}

/* the id of d, added (copied) when new */
int
keyhash_add(KeyHash *h, Datum d, bool *isnew)
{
	DictEntry  *e;
	bool		found;

	/* toasted values are compared and kept detoasted */
	if (h->typlen == -1)
		d = PointerGetDatum(PG_DETOAST_DATUM_PACKED(d));
	if (h->index == NULL)
		h->index = keyhash_index_create(h->cxt, 64, h);
	h->probe = d;
	e = keyhash_index_insert_hash(h->index, PROBE_ID, keyhash_hash(h, d), &found);
	*isnew = !found;
	if (!found)
		e->id = keyhash_append(h, d);
	return e->id;
}

/* the id of d, or -1 */
int
keyhash_lookup(KeyHash *h, Datum d)
{
	DictEntry  *e;

	if (h->index == NULL)
		return -1;
	if (h->typlen == -1)
		d = PointerGetDatum(PG_DETOAST_DATUM_PACKED(d));
	h->probe = d;
	e = keyhash_index_lookup_hash(h->index, PROBE_ID, keyhash_hash(h, d));
	return e ? e->id : -1;
}
