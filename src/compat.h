/*-------------------------------------------------------------------------
 *
 * compat.h
 *	  The one place where differences between PostgreSQL major versions
 *	  are papered over.  Glue code includes this after postgres.h and never
 *	  tests PG_VERSION_NUM itself.
 *
 *	  Tested on 15, 17 and 18.  16 is kept compiling (its API lies between
 *	  15's and 17's) but is not tested.  13 and 14 are not supported: no
 *	  server of theirs can be tested here, so no shim claims them.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_COMPAT_H
#define CX_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 150000
#error "cx_metrics needs PostgreSQL 15 or later"
#endif

#include "fmgr.h"
#include "utils/builtins.h"

/* PG 16 moved the varlena macros into varatt.h */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/* float8 helpers that print without trailing noise */
#include "utils/float.h"

/* PG 16 added an escontext (soft error) argument to input functions */
#if PG_VERSION_NUM >= 160000
#define CX_INPUT_ERROR_CONTEXT(fcinfo)	((fcinfo)->context)
#else
#define CX_INPUT_ERROR_CONTEXT(fcinfo)	((Node *) NULL)
#endif

/* PG 17 moved the local transaction id into PGPROC.vxid */
#if PG_VERSION_NUM >= 170000
#define CX_MY_LXID	(MyProc->vxid.lxid)
#else
#define CX_MY_LXID	(MyProc->lxid)
#endif

/*
 * PG 16 added an update_indexes out-argument to heap_update() (which index
 * entries the new version needs) and an onlySummarizing argument to
 * ExecInsertIndexTuples().  We decide about index entries ourselves from
 * HeapTupleIsHeapOnly(), so the out-argument goes to a throwaway.
 */
#if PG_VERSION_NUM >= 160000
#define CX_HEAP_UPDATE(rel, otid, tup, cid, crosscheck, wait, tmfd, lockmode) \
	heap_update((rel), (otid), (tup), (cid), (crosscheck), (wait), (tmfd), (lockmode), \
				&(TU_UpdateIndexes) {TU_None})
#define CX_EXEC_INSERT_INDEX_TUPLES(rri, slot, estate) \
	ExecInsertIndexTuples((rri), (slot), (estate), false, false, NULL, NIL, false)
#else
#define CX_HEAP_UPDATE(rel, otid, tup, cid, crosscheck, wait, tmfd, lockmode) \
	heap_update((rel), (otid), (tup), (cid), (crosscheck), (wait), (tmfd), (lockmode))
#define CX_EXEC_INSERT_INDEX_TUPLES(rri, slot, estate) \
	ExecInsertIndexTuples((rri), (slot), (estate), false, false, NULL, NIL)
#endif

/*
 * PG 18 replaced pg_attribute_noreturn(), an attribute after the
 * declarator, by pg_noreturn (C11 _Noreturn) before it; both may stand
 * first in a declaration.
 */
#ifdef pg_noreturn
#define CX_NORETURN	pg_noreturn
#else
#define CX_NORETURN	pg_attribute_noreturn()
#endif

/*
 * PG 18 added deferrable_ok to RelationGetPrimaryKeyIndex() (cx_alert's
 * key is not deferrable, so false finds it on every version) and an
 * instrumentation argument to index_beginscan() (none: NULL).
 */
#if PG_VERSION_NUM >= 180000
#define CX_PRIMARY_KEY_INDEX(rel)	RelationGetPrimaryKeyIndex((rel), false)
#define CX_INDEX_BEGINSCAN(heap, index, snapshot, nkeys, norderbys) \
	index_beginscan((heap), (index), (snapshot), NULL, (nkeys), (norderbys))
#else
#define CX_PRIMARY_KEY_INDEX(rel)	RelationGetPrimaryKeyIndex(rel)
#define CX_INDEX_BEGINSCAN(heap, index, snapshot, nkeys, norderbys) \
	index_beginscan((heap), (index), (snapshot), (nkeys), (norderbys))
#endif

/*
 * PG 16 replaced the per-class ownership checks (pg_class_ownercheck, ...)
 * by object_ownercheck(classid, objectid, roleid).
 */
#if PG_VERSION_NUM >= 160000
#include "catalog/pg_class.h"
#define CX_REL_OWNERCHECK(relid, roleid) \
	object_ownercheck(RelationRelationId, (relid), (roleid))
#else
#define CX_REL_OWNERCHECK(relid, roleid)	pg_class_ownercheck((relid), (roleid))
#endif

/*
 * A GUC check hook's *extra is freed by the GUC machinery: with free() up to
 * PG 15, with guc_free() (GUC's memory context) since PG 16, which exports
 * guc_malloc() to allocate it.  NULL when out of memory.
 */
#if PG_VERSION_NUM >= 160000
#include "utils/guc.h"
#define CX_GUC_EXTRA_ALLOC(size)	guc_malloc(LOG, (size))
#else
#define CX_GUC_EXTRA_ALLOC(size)	malloc(size)
#endif

/* PG 16 added a copy argument to tuplesort_getdatum() (a float8 is by value) */
#if PG_VERSION_NUM >= 160000
#define CX_TUPLESORT_GETDATUM(state, val, isnull) \
	tuplesort_getdatum((state), true, false, (val), (isnull), NULL)
#else
#define CX_TUPLESORT_GETDATUM(state, val, isnull) \
	tuplesort_getdatum((state), true, (val), (isnull), NULL)
#endif

#endif							/* CX_COMPAT_H */
