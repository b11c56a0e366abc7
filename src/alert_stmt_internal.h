/*-------------------------------------------------------------------------
 *
 * alert_stmt_internal.h
 *	  What the statement-level alert triggers share: the frame of a call
 *	  (src/alert_stmt.c), the dictionaries of distinct strings and keys
 *	  (src/alert_stmt_hash.c), used by segment_drop (src/alert_segment.c,
 *	  src/alert_segment_via.c) and friction (src/alert_friction.c).
 *
 * A trigger function checks its call with stmt_check_call(), starts with
 * stmt_start() (SPI connected, the configuration read, running as the
 * owner of the trigger's table), reads the settings and the new rows,
 * queues its alerts with stmt_queue_alert() and ends with stmt_finish(),
 * which raises them as the inserting role.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_ALERT_STMT_INTERNAL_H
#define CX_ALERT_STMT_INTERNAL_H

#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "parser/parse_coerce.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "alert_internal.h"
#include "alert_stmt.h"
#include "nps.h"

/*
 * Per-row scratch memory is reset every this many rows: small enough that a
 * bulk load of millions of rows runs in constant memory, large enough that
 * the resets cost nothing.
 */
#define ROWS_PER_RESET	1024

/* text values in details are cut (with "...") at this many bytes, as the row triggers do */
#define STMT_JB_MAX 1024

/* ---- the call and its context ------------------------------------------- */

typedef struct StmtCtx
{
	TriggerData *td;
	Relation	rel;
	const char *tgname;
	const char *label;			/* "segment alert trigger", ... */
	int32		config_id;
	Oid			nsp;			/* the extension's schema */
	AlertTrigConfig *acfg;		/* for alert_raise(); acfg->alert_owner reads
								 * and writes the extension's tables */
	Oid			table_owner;	/* reads the user's data: see stmt_as() */
	Jsonb	   *config;			/* cx_alert_config.config */
	const char *arg_config;		/* the same in the trigger's argument
								 * (distributed tables), or NULL */
	MemoryContext outer;		/* outlives SPI: the alerts to raise */
	List	   *pending;		/* StmtAlert, in the order to raise them */
	/* the inserting role's identity, while the SQL steps run as the owner */
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
} StmtCtx;

extern TriggerData *stmt_check_call(FunctionCallInfo fcinfo, const char *fname);
extern void stmt_start(StmtCtx *c, FunctionCallInfo fcinfo, TriggerData *td, const char *label,
					   const char *kind_name);
extern void stmt_finish(StmtCtx *c);

/*
 * The same start for a check that the coordinator runs for alerts relayed
 * from the shards of a distributed table (rel, opened by the caller; no
 * trigger, no new rows): see cx_alert_friction_relay_check().
 */
extern void stmt_start_relayed(StmtCtx *c, Oid nsp, Relation rel, const char *tgname, int32 config_id,
							   const char *label, const char *kind_name);
extern void stmt_queue_alert(StmtCtx *c, const char *severity, const char *key,
							 const char *subject, JsonbValue *details);
extern SPIPlanPtr stmt_plan(const char *sql, int nargs, const Oid *argtypes);

/*
 * Run what follows as role, in a restricted security context with the
 * search_path pinned by stmt_start().  Two roles take turns: the owner of
 * cx_alert for the extension's own tables (the configuration, the rollup),
 * and the owner of the trigger's table for the user's data (the new rows'
 * casts to text, the customers table of "via", the journeys' windows), so
 * that a cast, a view or a function reached from the user's data never runs
 * with the extension owner's rights (usually a superuser's).  An error
 * restores the identity with the (sub)transaction.
 */
static inline void
stmt_as(StmtCtx *c, Oid role)
{
	SetUserIdAndSecContext(role, c->save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
}

/* ---- the configuration -------------------------------------------------- */

extern void stmt_bad_config(StmtCtx *c, const char *setting);
extern char *stmt_setting_text(StmtCtx *c, const char *key, bool required);
extern int32 stmt_setting_int(StmtCtx *c, const char *key);
extern double stmt_setting_float(StmtCtx *c, const char *key);
extern Interval *stmt_setting_interval(StmtCtx *c, const char *key);
extern AttrNumber stmt_column(StmtCtx *c, Relation rel, const char *setting, const char *col);
extern Oid	at_type_checked(StmtCtx *c, Oid type, const char *col);

static inline Oid
stmt_column_type(Relation rel, AttrNumber att)
{
	return TupleDescAttr(RelationGetDescr(rel), att - 1)->atttypid;
}

/* ---- reading the new rows ----------------------------------------------- */

/*
 * Iterate the transition table from its start with a read pointer of our
 * own (other triggers of the statement read the same tuplestore).
 */
typedef struct StmtRows
{
	Tuplestorestate *ts;
	TupleTableSlot *slot;
} StmtRows;

extern void stmt_rows_begin(StmtRows *r, StmtCtx *c);
extern void stmt_rows_end(StmtRows *r);

static inline bool
stmt_rows_next(StmtRows *r)
{
	CHECK_FOR_INTERRUPTS();
	return tuplestore_gettupleslot(r->ts, true, false, r->slot);
}

/* ---- value::text, as the SQL cast does it ------------------------------- */

typedef struct TextCast
{
	CoercionPathType path;
	FmgrInfo	fn;
	int			nargs;
} TextCast;

extern void text_cast_init(TextCast *t, Oid typid);
extern char *text_cast_cstring(TextCast *t, Datum d);

/* the text (possibly with a short header: read it with VARDATA_ANY) */
static inline text *
text_cast(TextCast *t, Datum d)
{
	switch (t->path)
	{
		case COERCION_PATH_RELABELTYPE:
			return DatumGetTextPP(d);
		case COERCION_PATH_FUNC:
			if (t->nargs == 1)
				return DatumGetTextPP(FunctionCall1(&t->fn, d));
			return DatumGetTextPP(FunctionCall3(&t->fn, d, Int32GetDatum(-1), BoolGetDatum(true)));
		default:
			return cstring_to_text(OutputFunctionCall(&t->fn, d));
	}
}

/*
 * Per-row scratch memory: a cast through a function or the output function
 * (or a detoasted value) allocates for every row of a bulk load; it goes
 * here and is freed every ROWS_PER_RESET rows.
 */
typedef struct RowMemory
{
	MemoryContext cxt;
	int			rows;
} RowMemory;

extern void row_memory_init(RowMemory *m);

static inline void
row_memory_next(RowMemory *m)
{
	if (++m->rows >= ROWS_PER_RESET)
	{
		MemoryContextReset(m->cxt);
		m->rows = 0;
	}
}

/* value::text in the row's scratch memory */
static inline text *
text_cast_row(TextCast *t, Datum d, RowMemory *m)
{
	MemoryContext old = MemoryContextSwitchTo(m->cxt);
	text	   *r = text_cast(t, d);

	MemoryContextSwitchTo(old);
	return r;
}

/* ---- jsonb details ------------------------------------------------------ */

extern void jb_int(JsonbParseState **st, const char *key, int64 value);
extern void jb_round2(JsonbParseState **st, const char *key, double value);
extern void jb_setting(JsonbParseState **st, StmtCtx *c, const char *key, const char *setting);
extern void jb_datetime(JsonbParseState **st, const char *key, Datum value, Oid typid);

/* ---- dictionaries (src/alert_stmt_hash.c) ------------------------------- */

/*
 * Interned strings: an id per distinct byte string, dense and in the order
 * of first appearance, so that str[] and len[] are indexed by it.  The ids
 * are found through a simplehash index (src/alert_stmt_hash.c).
 */
typedef struct StrDict
{
	int			n;
	int			cap;
	char	  **str;
	int		   *len;
	MemoryContext cxt;			/* of the strings and the index */
	struct strdict_index_hash *index;	/* string -> id */
	const char *probe;			/* the string being looked up */
	int			probe_len;
} StrDict;

/*
 * Distinct values of a column, with the type's own equality (that of its
 * default hash opclass, under the column's collation) as GROUP BY and a
 * join would use; integers hashed inline.  A type without a hash opclass
 * is compared by its bytes.  Ids are dense and in the order of first
 * appearance: keys[id] is the value (a copy, detoasted).
 */
typedef enum
{
	KH_INT2, KH_INT4, KH_INT8, KH_TYPE, KH_IMAGE
} KeyHashMode;

typedef struct KeyHash
{
	KeyHashMode mode;
	Oid			typid;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	Oid			collation;
	FmgrInfo   *hashfn;
	FmgrInfo   *eqfn;
	Oid			eqopr;
	int			n;
	int			cap;
	Datum	   *keys;
	MemoryContext cxt;			/* of the keys and the index */
	struct keyhash_index_hash *index;	/* value -> id, made on first use */
	Datum		probe;			/* the value being looked up */
} KeyHash;

extern void strdict_init(StrDict *d);
extern int	strdict_intern(StrDict *d, const char *s, int len);
extern void keyhash_init(KeyHash *h, Oid typid, Oid collation);
extern int	keyhash_add(KeyHash *h, Datum d, bool *isnew);
extern int	keyhash_lookup(KeyHash *h, Datum d);

/* ---- segment_drop: src/alert_segment.c and src/alert_segment_via.c ------ */

/* score codes: 0..10 an answer, SCORE_BAD off the scale */
#define SCORE_BAD	11

typedef struct ScoreReader
{
	Oid			type;
	Datum		numeric_k[CX_NPS_NSCORES];	/* 0..10 as numeric */
	MemoryContext scratch;		/* numeric comparisons allocate: reset often */
	int			calls;
} ScoreReader;

/* the settings of a segment_drop configuration, and the columns they name */
typedef struct SegConfig
{
	const char *schema;			/* the extension's, quoted */
	char	   *score_col;
	char	   *at_col;
	char	   *seg_col;
	char	   *via_name;		/* NULL: the segment is a column of the
								 * answers */
	AttrNumber	score_att;
	AttrNumber	at_att;
	Oid			at_type;		/* its base type: timestamptz, timestamp or
								 * date */
	ScoreReader score;
	int32		window_days;
	int32		baseline_days;
	int32		min_answers;
	double		alpha;
} SegConfig;

/* the rollup being built, per segment (a StrDict id) and day */
typedef struct SegAgg SegAgg;

extern int	score_code(ScoreReader *r, Datum d);
extern void seg_count(SegAgg *agg, int32 seg, int32 day, int score);

/* the new answers, their segments looked up "via" another table, into agg */
extern void seg_fold_via(StmtCtx *c, SegConfig *cfg, StrDict *segs, SegAgg *agg);

/* the day of an answer: UTC date of a timestamptz, date of a timestamp */
static inline int32
answer_day(Oid type, Datum d)
{
	if (type == DATEOID)
		return DatumGetDateADT(d);
	/* timezone('UTC', timestamptz) is the same microseconds */
	return cx_alert_day_of(DatumGetInt64(d));
}

#endif							/* CX_ALERT_STMT_INTERNAL_H */
