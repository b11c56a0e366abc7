/*-------------------------------------------------------------------------
 *
 * alert_stmt_hash.c
 *	  The dictionaries of the statement-level alert triggers: StrDict, an id
 *	  per distinct byte string (segments, stage names), and KeyHash, an id
 *	  per distinct value of a column under the type's own equality (the
 *	  "via" keys of segment_drop, the journeys of friction).
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


void
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

int
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


void
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
int
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

int
keyhash_lookup(KeyHash *h, Datum d)
{
	if (h->typlen == -1)
		d = PointerGetDatum(PG_DETOAST_DATUM_PACKED(d));
	return keyhash_find(h, d, keyhash_hash(h, d));
}
