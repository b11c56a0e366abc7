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

#endif							/* CX_COMPAT_H */
