/*-------------------------------------------------------------------------
 *
 * journey_events_state.c
 *	  journey_events_state (journey_events.h): the state of journey_friction
 *	  and journey_moments while the aggregate runs (an expanded object,
 *	  agg_state.h), its transition and combine functions.  Its flat form
 *	  and type I/O are in journey_events_io.c, the final functions in
 *	  journey_events_final.c.
 *
 *-------------------------------------------------------------------------
 */
#include "journey_events.h"

#include "access/transam.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "nodes/nodeFuncs.h"
#include "nodes/primnodes.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "journey_bytes.h"
#include "journey_moments.h"
#include "survey.h"

/* ---- the state -------------------------------------------------------------- */

void
je_state_init(JeState *st)
{
	memset(st, 0, sizeof(JeState));
	st->last_stage = -1;
	st->last_channel = -1;
}

static pg_noinline void
je_too_large(const JeState *st, Size more)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("%s state is too large", je_aggname(st)),
			 errdetail("The events of one group are kept until the group is complete (about %zu bytes each plus the journey key); %zu bytes would pass the limit of 1 GB.",
					   je_event_fixed(st), st->flat + more),
			 errhint("Aggregate smaller groups (GROUP BY a week or a segment) or filter the events.")));
}

static inline void
je_charge(JeState *st, Size bytes)
{
	if (st->flat + bytes > MaxAllocSize - VARHDRSZ)
		je_too_large(st, bytes);
	st->flat += bytes;
}

int
je_dict_add(JeState *st, JfDict *d, const char *s, int len)
{
	je_charge(st, 4 + (Size) len);
	return jf_dict_insert(d, s, len, &st->mem);
}

/* room for n more events and keybytes more key bytes (one allocation each) */
void
je_reserve(JeState *st, int64 n, Size keybytes)
{
	if (st->nev + n > st->evcap)
	{
		int64		cap = Max(st->nev + n, st->evcap * 2);

		st->ev = st->ev ? repalloc_huge(st->ev, sizeof(JeEvent) * cap) :
			MemoryContextAllocHuge(CurrentMemoryContext, sizeof(JeEvent) * cap);
		st->evcap = cap;
	}
	if (st->keyused + keybytes > st->keycap)
	{
		Size		cap = Max(st->keyused + keybytes, st->keycap * 2);

		st->keys = st->keys ? repalloc_huge(st->keys, cap) :
			MemoryContextAllocHuge(CurrentMemoryContext, Max(cap, 1));
		st->keycap = cap;
	}
}


/* append an event with its key (whose bytes may repeat the previous key's) */
void
je_add_event(JeState *st, int64 at, int stage, int channel, int failed, int32 score,
			 const char *key, uint32 keylen, uint32 hash)
{
	JeEvent    *e;

	je_charge(st, je_event_fixed(st) + keylen);
	if (st->nev == st->evcap)
	{
		int64		cap = st->evcap ? st->evcap * 2 : 8;

		st->ev = st->ev ? repalloc_huge(st->ev, sizeof(JeEvent) * cap) :
			MemoryContextAllocHuge(CurrentMemoryContext, sizeof(JeEvent) * cap);
		st->evcap = cap;
	}
	e = &st->ev[st->nev];
	e->kv = je_key_prefix(key, keylen);
	/* rows of one journey often come together: keep its key's bytes once */
	if (st->nev > 0 && st->ev[st->nev - 1].hash == hash &&
		st->ev[st->nev - 1].keylen == keylen && st->ev[st->nev - 1].kv == e->kv &&
		memcmp(st->keys + st->ev[st->nev - 1].keyoff, key, keylen) == 0)
		e->keyoff = st->ev[st->nev - 1].keyoff;
	else
	{
		if (st->keyused + keylen > st->keycap)
		{
			Size		cap = Max(st->keycap * 2, st->keyused + keylen + 64);

			st->keys = st->keys ? repalloc_huge(st->keys, cap) :
				MemoryContextAllocHuge(CurrentMemoryContext, cap);
			st->keycap = cap;
		}
		memcpy(st->keys + st->keyused, key, keylen);
		e->keyoff = st->keyused;
		st->keyused += keylen;
	}
	e->at = at;
	e->keylen = keylen;
	e->hash = hash;
	e->stage = stage;
	e->channel = channel;
	e->score = score;
	e->failed = failed;
	st->nev++;
}

/* errors unless two states can be combined */
static void
je_check_same(const JeState *a, const JeState *b)
{
	if (a->cfg.kind != b->cfg.kind || a->cfg.with_channel != b->cfg.with_channel)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine journey_events_state values of different aggregates"),
				 errdetail("One is a state of %s, the other of %s%s.", je_aggname(a), je_aggname(b),
						   a->cfg.kind == b->cfg.kind ? " with other arguments" : "")));
	if (a->cfglen != b->cfglen || memcmp(a->cfgbytes, b->cfgbytes, a->cfglen) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine %s states with different configurations", je_aggname(a)),
				 errdetail("The parts of one group must be computed with the same config argument (stages, windows, as_of, final stages%s).",
						   a->cfg.kind == JE_MOMENTS ? ", dwell reference, scale" : ""),
				 errhint("Pass the same config to every part, a constant in the query.")));
	if (a->keyform != b->keyform || a->keytyplen != b->keytyplen || a->keytype != b->keytype)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("cannot combine %s states with journey keys of different types", je_aggname(a))));
}

/* add src's events to dst (in dst's context) */
static void
je_append(JeState *dst, const JeState *src)
{
	int		   *smap;
	int		   *cmap;
	int64		i;

	if (src->cfg.kind == 0)
		return;
	if (dst->cfg.kind == 0)
		je_state_set_config(dst, src->cfgbytes, src->cfglen, src->keyform, src->keytyplen,
							src->keytype);
	else
		je_check_same(dst, src);
	je_reserve(dst, src->nev, src->keyused);
	smap = palloc(sizeof(int) * Max(src->stages.n, 1));
	cmap = palloc(sizeof(int) * Max(src->channels.n, 1));
	for (i = 0; i < src->stages.n; i++)
	{
		int			id = jf_dict_lookup(&dst->stages, src->stages.str[i], src->stages.len[i]);

		smap[i] = id >= 0 ? id : je_dict_add(dst, &dst->stages, src->stages.str[i], src->stages.len[i]);
	}
	for (i = 0; i < src->channels.n; i++)
	{
		int			id = jf_dict_lookup(&dst->channels, src->channels.str[i], src->channels.len[i]);

		if (id < 0 && dst->channels.n >= JF_MAX_CHANNELS)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("%s supports at most %d distinct channels", je_aggname(dst), JF_MAX_CHANNELS)));
		cmap[i] = id >= 0 ? id : je_dict_add(dst, &dst->channels, src->channels.str[i], src->channels.len[i]);
	}
	for (i = 0; i < src->nev; i++)
	{
		const JeEvent *e = &src->ev[i];

		je_add_event(dst, e->at, e->stage < 0 ? e->stage : smap[e->stage],
					 e->channel < 0 ? -1 : cmap[e->channel], e->failed, e->score,
					 src->keys + e->keyoff, e->keylen, e->hash);
	}
	pfree(smap);
	pfree(cmap);
}


/*
 * The transition value to update in place: argument 0 when it is our
 * read-write expanded object, else a new one holding a copy of it (or an
 * empty state).
 */
static CxExpandedState *
je_writable(FunctionCallInfo fcinfo, const char *what)
{
	MemoryContext aggcxt,
				cxt,
				old;
	CxExpandedState *es,
			   *mine = NULL;
	JeState    *st;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("journey_events_state %s function called in non-aggregate context", what)));
	if (!PG_ARGISNULL(0))
	{
		Datum		d = PG_GETARG_DATUM(0);

		mine = cx_state_expanded(d, &je_kind);
		if (mine != NULL && VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)))
			return mine;
	}
	es = cx_state_create(aggcxt, &je_kind, &cxt);
	old = MemoryContextSwitchTo(cxt);
	st = palloc(sizeof(JeState));
	je_state_init(st);
	if (!PG_ARGISNULL(0))
		je_append(st, mine != NULL ? (JeState *) mine->state :
				  je_state_of(PG_GETARG_DATUM(0), CurrentMemoryContext));
	MemoryContextSwitchTo(old);
	es->state = st;
	return es;
}

/* ---- the transition functions ---------------------------------------------- */

static pg_noinline void
je_null_arg(int kind, const char *what, bool event)
{
	if (kind == JE_FRICTION)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be NULL in journey_friction", what),
				 errhint("Filter such events out (WHERE ... IS NOT NULL) or give them a value.")));
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 errmsg("%s must not be NULL in journey_moments", what),
			 event ? errhint("Filter such events out (WHERE ... IS NOT NULL) or give them a value; a row that only carries the journey's answer has a NULL stage, a NULL time and a score.") :
			 errhint("Filter such rows out (WHERE ... IS NOT NULL) or give them a value.")));
}

/*
 * The journey key's type.  Called through Citus's worker_partial_agg, the
 * transition function has no expression to ask (Citus calls it through
 * fmgr): the aggregate being computed is then worker_partial_agg(oid,
 * ROW(journey, ...)), whose row names the types.
 */
static Oid
je_key_type(FunctionCallInfo fcinfo)
{
	Oid			t = get_fn_expr_argtype(fcinfo->flinfo, 1);
	Aggref	   *ar;

	if (OidIsValid(t))
		return t;
	ar = AggGetAggref(fcinfo);
	if (ar != NULL && list_length(ar->args) == 2)
	{
		Node	   *row = (Node *) lsecond_node(TargetEntry, ar->args)->expr;

		if (IsA(row, RowExpr) && ((RowExpr *) row)->args != NIL)
			return exprType((Node *) linitial(((RowExpr *) row)->args));
	}
	return InvalidOid;
}

/* the first row: configuration, key type, the stage order to check against */
static void
je_start(JeState *st, FunctionCallInfo fcinfo, int kind, int cfgarg)
{
	Oid			argtype = je_key_type(fcinfo);
	Oid			base;
	TypeCacheEntry *tc;
	int16		typlen;
	bool		byval;
	uint8		form;
	JeConfig	c;
	StringInfoData b;
	int			i;

	if (!OidIsValid(argtype))
		elog(ERROR, "could not determine the journey key type");
	/* the same refusal as 1.0: a journey key must have an ordering */
	tc = lookup_type_cache(argtype, TYPECACHE_CMP_PROC | TYPECACHE_LT_OPR);
	if (!OidIsValid(tc->cmp_proc) || !OidIsValid(tc->lt_opr))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("journey key type %s has no ordering", format_type_be(argtype)),
				 errhint("Use a key such as bigint, text or uuid.")));
	base = getBaseType(argtype);
	get_typlenbyval(base, &typlen, &byval);
	if (byval && (typlen == 1 || typlen == 2 || typlen == 4 || typlen == 8))
		form = JE_KEY_BYVAL;
	else if (!byval && typlen > 0)
		form = JE_KEY_FIXED;
	else if (typlen == -1)
		form = JE_KEY_VARLENA;
	else
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("journey key type %s is not supported", format_type_be(argtype)),
				 errhint("Use a key such as bigint, text or uuid.")));
	if (kind == JE_FRICTION)
		jf_events_config(fcinfo, cfgarg, &c);
	else
		jm_events_config(fcinfo, cfgarg, &c);
	initStringInfo(&b);
	je_config_encode(&c, &b);
	je_state_set_config(st, b.data, b.len, form, typlen, je_key_shown(base) ? base : InvalidOid);
	pfree(b.data);
	if (cfgarg >= 0)
		st->config_copy = (bytea *) PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(cfgarg));
	if (st->cfg.flags & CX_JS_ORDERED)	/* (CX_JM_ORDERED too) */
		for (i = 0; i < st->cfg.nnames; i++)
			if (st->cfg.namebits[i] & JE_NAME_STAGE)
				jf_dict_insert(&st->order, st->cfg.names[i], st->cfg.namelen[i], &st->mem);
}

static int
je_stage_id(JeState *st, text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			id = jf_dict_cached(&st->stages, &st->last_stage, s, len);

	if (id >= 0)
		return id;
	if (st->cfg.flags & CX_JS_ORDERED)
	{
		if (jf_dict_lookup(&st->order, s, len) < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("stage \"%s\" is not in the stage order", cx_errtrunc_len(s, len)),
					 errhint("Add it to journey_config(stages => ...) or filter its events out.")));
	}
	else
		jf_check_name(s, len, "a stage name");
	id = je_dict_add(st, &st->stages, s, len);
	st->last_stage = id;
	return id;
}

static int
je_channel_id(JeState *st, text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			id = jf_dict_cached(&st->channels, &st->last_channel, s, len);

	if (id >= 0)
		return id;
	if (st->channels.n >= JF_MAX_CHANNELS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s supports at most %d distinct channels", je_aggname(st), JF_MAX_CHANNELS)));
	id = je_dict_add(st, &st->channels, s, len);
	st->last_channel = id;
	return id;
}

/*
 * journey_friction: (state, journey, stage, at [, channel, failed] [, config])
 * journey_moments: (state, journey, stage, at, score [, channel, failed] [, config])
 */
static Datum
je_trans(FunctionCallInfo fcinfo, int kind)
{
	CxExpandedState *es = je_writable(fcinfo, "transition");
	JeState    *st = es->state;
	MemoryContext old;
	int			nargs = PG_NARGS();
	bool		moments = kind == JE_MOMENTS;
	int			base = moments ? 5 : 4; /* the first argument after the fixed ones */
	int			cfgarg = (nargs == base + 1 || nargs == base + 3) ? nargs - 1 : -1;
	bool		with_channel = nargs >= base + 2;
	int32		score = JF_NO_SCORE;
	int64		at;
	int			stage;
	int			channel = -1;
	int			failed = -1;
	char		kbuf[8];
	const char *key;
	uint32		keylen;
	text	   *stagename = NULL;
	text	   *channame = NULL;

	/* arguments are detoasted in the per-row context, kept in the state's */
	if (!PG_ARGISNULL(2))
		stagename = PG_GETARG_TEXT_PP(2);
	if (with_channel && !PG_ARGISNULL(base))
		channame = PG_GETARG_TEXT_PP(base);
	old = MemoryContextSwitchTo(es->hdr.eoh_context);
	if (st->cfg.kind == 0)
		je_start(st, fcinfo, kind, cfgarg);
	else if (cfgarg >= 0)
	{
		if (st->config_copy == NULL)
			st->config_copy = (bytea *) PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(cfgarg));
		jf_config_check_unchanged(fcinfo, cfgarg, st->config_copy, je_aggname(st));
	}
	if (PG_ARGISNULL(1))
		je_null_arg(kind, "the journey key", false);
	if (moments && !PG_ARGISNULL(4))
	{
		score = PG_GETARG_INT32(4);
		if (cx_jm_bin(st->cfg.scale, score) < 0)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s answer %d is out of range", st->cfg.scale ? "CSAT" : "NPS", score),
					 st->cfg.scale ? errdetail("The CSAT scale is 1 to %d.", st->cfg.scale) :
					 errdetail("NPS scores are whole numbers from 0 to 10.")));
	}
	if (moments && PG_ARGISNULL(2) && PG_ARGISNULL(3) && score != JF_NO_SCORE)
	{
		stage = JE_ANSWER_STAGE;	/* a row that only carries the answer */
		at = 0;
	}
	else
	{
		if (PG_ARGISNULL(2))
			je_null_arg(kind, "the stage", true);
		if (PG_ARGISNULL(3))
			je_null_arg(kind, "the event time", true);
		at = PG_GETARG_TIMESTAMPTZ(3);
		if (TIMESTAMP_NOT_FINITE(at))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("event time must be finite in %s", je_aggname(st))));
		stage = je_stage_id(st, stagename);
		if (with_channel)
		{
			if (channame != NULL)
				channel = je_channel_id(st, channame);
			if (!PG_ARGISNULL(base + 1))
				failed = PG_GETARG_BOOL(base + 1) ? 1 : 0;
		}
	}
	/* the key's bytes */
	if (st->keyform == JE_KEY_BYVAL)
	{
		Datum		d = PG_GETARG_DATUM(1);
		uint64		v;

		switch (st->keytyplen)
		{
			case 1:
				v = (uint8) DatumGetChar(d);
				break;
			case 2:
				v = (uint16) DatumGetInt16(d);
				break;
			case 4:
				v = (uint32) DatumGetInt32(d);
				break;
			default:
				v = (uint64) DatumGetInt64(d);
				break;
		}
		keylen = st->keytyplen;
		for (int i = 0; i < (int) keylen; i++)
			kbuf[i] = (char) (v >> (8 * (keylen - 1 - i)));
		key = kbuf;
	}
	else if (st->keyform == JE_KEY_FIXED)
	{
		key = DatumGetPointer(PG_GETARG_DATUM(1));
		keylen = st->keytyplen;
	}
	else
	{
		struct varlena *v;

		MemoryContextSwitchTo(old);
		v = PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(1));
		MemoryContextSwitchTo(es->hdr.eoh_context);
		key = VARDATA_ANY(v);
		keylen = VARSIZE_ANY_EXHDR(v);
	}
	je_add_event(st, at, stage, channel, failed, score, key, keylen,
				 hash_bytes((const unsigned char *) key, (int) keylen));
	MemoryContextSwitchTo(old);
	PG_RETURN_DATUM(CX_STATE_DATUM(es));
}

PG_FUNCTION_INFO_V1(journey_events_friction_trans);
Datum
journey_events_friction_trans(PG_FUNCTION_ARGS)
{
	return je_trans(fcinfo, JE_FRICTION);
}

PG_FUNCTION_INFO_V1(journey_events_moments_trans);
Datum
journey_events_moments_trans(PG_FUNCTION_ARGS)
{
	return je_trans(fcinfo, JE_MOMENTS);
}

PG_FUNCTION_INFO_V1(journey_events_combine);
Datum
journey_events_combine(PG_FUNCTION_ARGS)
{
	CxExpandedState *es;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		es = je_writable(fcinfo, "combine");
	}
	else if (PG_ARGISNULL(0) &&
			 cx_state_expanded(PG_GETARG_DATUM(1), &je_kind) == NULL)
	{
		/* the first state, flat: read (and checked) into a new object */
		MemoryContext aggcxt,
					cxt;

		if (!AggCheckCallContext(fcinfo, &aggcxt))
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("journey_events_state combine function called in non-aggregate context")));
		es = cx_state_create(aggcxt, &je_kind, &cxt);
		es->state = je_state_of(PG_GETARG_DATUM(1), cxt);
	}
	else
	{
		MemoryContext old;
		JeState    *src;

		es = je_writable(fcinfo, "combine");
		src = je_state_of(PG_GETARG_DATUM(1), CurrentMemoryContext);
		old = MemoryContextSwitchTo(es->hdr.eoh_context);
		je_append(es->state, src);
		MemoryContextSwitchTo(old);
	}
	if (((JeState *) es->state)->cfg.kind == 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(CX_STATE_DATUM(es));
}

