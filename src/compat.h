/*-------------------------------------------------------------------------
 *
 * compat.h
 *	  The one place where differences between PostgreSQL major versions
 *	  (13 to 17) are papered over.  Glue code includes this after postgres.h
 *	  and never tests PG_VERSION_NUM itself.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_COMPAT_H
#define CX_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 130000
#error "cx_metrics needs PostgreSQL 13 or later"
#endif

#include "fmgr.h"
#include "utils/builtins.h"

/* PG 16 moved the varlena macros into varatt.h */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/*
 * PG 16 renamed pg_*_aclcheck and friends' callers; nothing we use yet.
 * PG 14 added the three-argument EXPLAIN hooks; nothing we use yet.
 */

/* PG 15 added float8 helpers that print without trailing noise */
#include "utils/float.h"

/*
 * GUC: PG 16 added GUC_UNIT / flags unchanged, but MarkGUCPrefixReserved()
 * replaced EmitWarningsOnPlaceholders() in PG 15.
 */
#if PG_VERSION_NUM >= 150000
#define CX_RESERVE_GUC_PREFIX(p)	MarkGUCPrefixReserved(p)
#else
#define CX_RESERVE_GUC_PREFIX(p)	EmitWarningsOnPlaceholders(p)
#endif

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
 * PG 15 added InitMaterializedSRF() and the sortopt flags of tuplesort;
 * before, a materialized SRF was set up by hand and tuplesort took a
 * randomAccess boolean.  (Used by src/journey.c.)
 */
#if PG_VERSION_NUM < 150000
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/tuplestore.h"

static inline void
cx_init_materialized_srf(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TupleDesc	tupdesc;
	MemoryContext old;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tuplestore_begin_heap(true, false, work_mem);
	rsinfo->setDesc = CreateTupleDescCopy(tupdesc);
	MemoryContextSwitchTo(old);
}
#define InitMaterializedSRF(fcinfo, flags)	cx_init_materialized_srf(fcinfo)
#define CX_TUPLESORT_NONE	false
#else
#define CX_TUPLESORT_NONE	TUPLESORT_NONE
#endif

#endif							/* CX_COMPAT_H */
