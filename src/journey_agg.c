/*-------------------------------------------------------------------------
 *
 * journey_agg.c
 *	  journey_friction(journey, stage, at [, channel, failed] [, config]):
 *	  the aggregate over events.  It buffers the first journey's events;
 *	  when a second journey appears it copies everything into its own
 *	  tuplesort of compact tuples (key, stage id, time, channel id, outcome)
 *	  sorted by key (within work_mem, spilling to disk), and at the end
 *	  streams it journey by journey.  Under ORDER BY journey the input is
 *	  already grouped and journeys are analysed as they complete.  Only one
 *	  journey's events are ever held in memory.  The result is a
 *	  journey_friction_state: a concrete, storable summary.
 *
 *-------------------------------------------------------------------------
 */
#include "journey_internal.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "executor/tuptable.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/nodeFuncs.h"
#include "nodes/primnodes.h"
#include "utils/array.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/tuplesort.h"
#include "utils/typcache.h"

/* ---- journey_friction(): the aggregate over events --------------------------- */

typedef struct JfAgg
{
	JfSummary	sum;
	MemoryContext cxt;
	/* configuration */
	bytea	   *config_copy;	/* the config's bytes, to check that it stays constant */
	/* channels */
	JfDict		channels;
	uint32	   *stage_tie;		/* by stage id: rank of the name (or order) */
	int			stage_tie_n;	/* stages the ranks cover */
	uint32	   *channel_tie;
	int			channel_tie_n;
	int			last_stage;		/* fast path: the previous row's stage */
	int			last_channel;
	/* journey key */
	TypeCacheEntry *keytype;
	Oid			collation;
	bool		have_key;
	Datum		key;
	/*
	 * Input order.  presorted: the call has ORDER BY journey, so journeys
	 * arrive one after the other and are analysed as they complete.
	 * Otherwise the events of the first journey are buffered, and as soon as
	 * a second journey appears everything goes into our own tuplesort of
	 * compact tuples (key, stage id, time, channel id, outcome), sorted by
	 * key at the end: PostgreSQL's sort, within work_mem, spilling to disk.
	 */
	bool		presorted;
	Tuplesortstate *sort;
	TupleDesc	sortdesc;
	TupleTableSlot *sortslot;	/* virtual: rows going into the sort */
	TupleTableSlot *outslot;	/* minimal: rows coming out of it */
	/* the current journey's events */
	CxJourneyEvent *ev;
	int64		nev;
	int64		evcap;
	CxJourneyStageResult *res;
	int64	   *scratch;
	int			rescap;
} JfAgg;

int64
jf_interval_us(Interval *iv, const char *what)
{
	int128		v = (int128) iv->time + (int128) iv->day * USECS_PER_DAY +
		(int128) iv->month * DAYS_PER_MONTH * USECS_PER_DAY;

	if (v < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be negative", what)));
	if (v > PG_INT64_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s is out of range", what)));
	return (int64) v;
}

static inline void
jf_check_name(const char *s, int len, const char *what)
{
	if (len == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be empty", what),
				 errhint("Filter out or rename the events with an empty stage.")));
	if (len > CX_JS_MAX_NAME)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s is longer than %d bytes", what, CX_JS_MAX_NAME),
				 errdetail("It starts with \"%s\".", cx_errtrunc_len(s, len))));
}

/*
 * A text[] of stage names from journey_config: the stage order (order =
 * true: each name becomes the next stage) or the final stages (each name is
 * marked final: it must be in the stage order if there is one, else it is
 * added, so that every state built with these final stages lists them all
 * and states merge only with states of the same final stages).
 */
static void
jf_stage_list(JfSummary *s, Datum d, const char *what, const char *param, bool order)
{
	ArrayType  *arr = DatumGetArrayTypeP(d);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s must be a one-dimensional array", what)));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be empty", what),
				 order ? errhint("Pass NULL (the default) to order stages by first appearance.") :
				 errhint("Pass NULL (the default): then the last stage of the stage order is final, and without a stage order no stage is known to be final.")));
	for (i = 0; i < n; i++)
	{
		text	   *t;
		const char *name;
		int			len;
		int			id;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s must not contain NULL", what),
					 errdetail("Element %d is NULL.", i + 1)));
		t = DatumGetTextPP(elems[i]);
		name = VARDATA_ANY(t);
		len = VARSIZE_ANY_EXHDR(t);
		jf_check_name(name, len, "a stage name");
		id = jf_dict_lookup(&s->names, name, len);
		if (order || id < 0)
		{
			if (id >= 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("stage \"%s\" appears twice in the %s", cx_errtrunc_len(name, len), what),
						 errdetail("Element %d repeats an earlier stage.", i + 1),
						 errhint("List each stage once in journey_config(%s => ...).", param)));
			if (!order && (s->flags & CX_JS_ORDERED))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("final stage \"%s\" is not in the stage order", cx_errtrunc_len(name, len)),
						 errhint("Every final stage must be one of journey_config(stages => ...).")));
			id = jf_summary_add_stage(s, name, len);
		}
		else if (s->acc[id].final)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("stage \"%s\" appears twice in the %s", cx_errtrunc_len(name, len), what),
					 errdetail("Element %d repeats an earlier stage.", i + 1),
					 errhint("List each stage once in journey_config(%s => ...).", param)));
		if (!order)
			s->acc[id].final = true;
	}
}

/* read the journey_config composite (or the defaults when there is none) */
static void
jf_configure(JfAgg *st, HeapTupleHeader cfg)
{
	JfSummary  *s = &st->sum;
	bool		isnull;
	Datum		d;

	s->flags = 0;
	s->repeat_window = JF_DEFAULT_WINDOW;
	s->idle_period = JF_DEFAULT_IDLE;
	s->as_of = GetCurrentTransactionStartTimestamp();
	if (cfg == NULL)
		return;

	d = GetAttributeByNum(cfg, 1, &isnull);
	if (!isnull)
	{
		jf_stage_list(s, d, "stage order", "stages", true);
		s->flags |= CX_JS_ORDERED;
	}
	/* (a journey_config stored by 1.1 has 4 attributes: the 5th reads NULL) */
	d = GetAttributeByNum(cfg, 5, &isnull);
	if (!isnull)
		jf_stage_list(s, d, "final_stages", "final_stages", false);
	else if (s->flags & CX_JS_ORDERED)
		s->acc[s->names.n - 1].final = true;	/* the last stage of the order */
	if (!isnull || (s->flags & CX_JS_ORDERED))
		s->flags |= CX_JS_FINAL_SET;
	d = GetAttributeByNum(cfg, 2, &isnull);
	if (!isnull)
		s->repeat_window = jf_interval_us(DatumGetIntervalP(d), "repeat_window");
	d = GetAttributeByNum(cfg, 3, &isnull);
	if (!isnull)
		s->idle_period = jf_interval_us(DatumGetIntervalP(d), "idle_period");
	d = GetAttributeByNum(cfg, 4, &isnull);
	if (!isnull)
	{
		s->as_of = DatumGetTimestampTz(d);
		if (TIMESTAMP_NOT_FINITE(s->as_of))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("as_of must be finite")));
	}
}

static void
jf_ties(uint32 **tie, int *tie_n, JfDict *d, bool identity)
{
	int		   *ord;
	int			i;
	int			j;

	if (*tie_n == d->n)
		return;
	if (*tie)
		pfree(*tie);
	*tie = palloc(sizeof(uint32) * Max(d->n, 1));
	*tie_n = d->n;
	if (identity)
	{
		for (i = 0; i < d->n; i++)
			(*tie)[i] = i;
		return;
	}
	ord = palloc(sizeof(int) * Max(d->n, 1));
	for (i = 0; i < d->n; i++)
	{
		int			x = i;

		for (j = i; j > 0; j--)
		{
			int			y = ord[j - 1];

			if (jf_name_cmp(d->str[y], d->len[y], d->str[x], d->len[x]) <= 0)
				break;
			ord[j] = y;
		}
		ord[j] = x;
	}
	for (i = 0; i < d->n; i++)
		(*tie)[ord[i]] = i;
	pfree(ord);
}

static void
jf_dwell(void *arg, int32_t stage, int64_t dwell)
{
	JfAgg	   *st = arg;

	cx_journey_hist_add(jf_hist(&st->sum, stage), dwell);
}

/* analyse the buffered journey and add it to the totals */
static void
jf_flush(JfAgg *st)
{
	JfSummary  *s = &st->sum;
	CxJourneyParams p;
	int64		i;

	if (st->nev == 0)
		return;
	if (st->rescap < s->names.n)
	{
		int			cap = Max(s->names.n, 8);

		if (st->res)
		{
			pfree(st->res);
			pfree(st->scratch);
		}
		st->res = palloc(sizeof(CxJourneyStageResult) * cap);
		st->scratch = palloc(sizeof(int64) * 4 * cap);
		st->rescap = cap;
	}
	jf_ties(&st->stage_tie, &st->stage_tie_n, &s->names, (s->flags & CX_JS_ORDERED) != 0);
	jf_ties(&st->channel_tie, &st->channel_tie_n, &st->channels, false);

	p.nstages = s->names.n;
	p.ordered = (s->flags & CX_JS_ORDERED) != 0;
	p.repeat_window = s->repeat_window;
	p.idle_period = s->idle_period;
	p.as_of = s->as_of;
	p.stage_tie = st->stage_tie;
	p.channel_tie = st->channel_tie;
	cx_journey_analyze(st->ev, st->nev, &p, st->res, st->scratch, jf_dwell, st);

	for (i = 0; i < st->nev; i++)
	{
		int			id = st->ev[i].stage;
		CxJourneyStageResult *r = &st->res[id];
		JfAcc	   *a = &s->acc[id];

		if (!r->reached)
			continue;			/* already added */
		r->reached = false;

		/*
		 * Unchecked sums, unlike merges: this state began empty in this
		 * aggregate and every count here is at most the number of events it
		 * has read, so none can pass 2^63 - 1.  (States from elsewhere only
		 * come in through jf_summary_add_bytes, which checks every sum.)
		 */
		a->c[CX_JS_REACHED]++;
		a->c[CX_JS_EVENTS] += r->events;
		a->c[CX_JS_VISITS] += r->visits;
		a->c[CX_JS_REPEATS] += r->repeats;
		a->c[CX_JS_LOOPS] += r->loops;
		a->c[CX_JS_CONVERTED] += r->converted;
		a->c[CX_JS_ENDED] += r->ended;
		a->c[CX_JS_ENDED_IDLE] += r->ended_idle;
		a->c[CX_JS_CH_EVENTS] += r->channel_events;
		a->c[CX_JS_CH_SWITCHES] += r->channel_switches;
		a->c[CX_JS_OUT_EVENTS] += r->outcome_events;
		a->c[CX_JS_FAILED] += r->failed;
		a->c[CX_JS_DWELL_N] += r->dwell_n;
		a->dwell_sum += r->dwell_sum;
		if (r->first_at < a->first_at)
			a->first_at = r->first_at;
	}
	s->journeys++;
	st->nev = 0;
}

static JfAgg *
jf_agg_create(FunctionCallInfo fcinfo, MemoryContext aggcxt, int cfgarg)
{
	MemoryContext old = MemoryContextSwitchTo(aggcxt);
	JfAgg	   *st = palloc0(sizeof(JfAgg));
	Oid			keytype = get_fn_expr_argtype(fcinfo->flinfo, 1);

	st->cxt = aggcxt;
	jf_summary_init(&st->sum);
	st->last_stage = -1;
	st->last_channel = -1;
	if (cfgarg >= 0)
	{
		if (PG_ARGISNULL(cfgarg))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("journey_friction config must not be NULL"),
					 errhint("Omit the argument or pass journey_config() for the defaults.")));
		st->config_copy = (bytea *) PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(cfgarg));
		jf_configure(st, (HeapTupleHeader) st->config_copy);
	}
	else
		jf_configure(st, NULL);
	if (PG_NARGS() >= 6)
		st->sum.flags |= CX_JS_CHANNEL | CX_JS_OUTCOME;

	if (!OidIsValid(keytype))
		elog(ERROR, "could not determine the journey key type");
	st->keytype = lookup_type_cache(keytype, TYPECACHE_CMP_PROC_FINFO | TYPECACHE_LT_OPR);
	if (!OidIsValid(st->keytype->cmp_proc_finfo.fn_oid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("journey key type %s has no ordering", format_type_be(keytype)),
				 errhint("Use a key such as bigint, text or uuid.")));
	/* the collation of "ORDER BY journey" is the key expression's, as here */
	st->collation = OidIsValid(PG_GET_COLLATION()) ? PG_GET_COLLATION() : DEFAULT_COLLATION_OID;
	st->evcap = 16;
	st->ev = palloc(sizeof(CxJourneyEvent) * st->evcap);
	MemoryContextSwitchTo(old);
	return st;
}

static inline void
jf_config_unchanged(JfAgg *st, FunctionCallInfo fcinfo, int cfgarg)
{
	Datum		d;
	bytea	   *b;

	if (PG_ARGISNULL(cfgarg))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("journey_friction config must not be NULL")));
	/* a constant (the usual case) cannot change; anything else is compared */
	if (get_fn_expr_arg_stable(fcinfo->flinfo, cfgarg))
		return;
	d = PG_GETARG_DATUM(cfgarg);
	b = (bytea *) PG_DETOAST_DATUM(d);
	if (VARSIZE(b) != VARSIZE(st->config_copy) ||
		memcmp(VARDATA(b), VARDATA(st->config_copy), VARSIZE(b) - VARHDRSZ) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("journey_friction config must be the same for every row of a group")));
}

static int
jf_stage_id(JfAgg *st, text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			id;

	if (st->last_stage >= 0 && st->sum.names.len[st->last_stage] == len &&
		memcmp(st->sum.names.str[st->last_stage], s, len) == 0)
		return st->last_stage;
	id = jf_dict_lookup(&st->sum.names, s, len);
	if (id < 0)
	{
		if (st->sum.flags & CX_JS_ORDERED)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("stage \"%s\" is not in the stage order", cx_errtrunc_len(s, len)),
					 errhint("Add it to journey_config(stages => ...) or filter its events out.")));
		jf_check_name(s, len, "a stage name");
		id = jf_summary_add_stage(&st->sum, s, len);
		jf_check_mem(st->sum.mem, "The list of stages");
	}
	st->last_stage = id;
	return id;
}

static int
jf_channel_id(JfAgg *st, text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			id;

	if (st->last_channel >= 0 && st->channels.len[st->last_channel] == len &&
		memcmp(st->channels.str[st->last_channel], s, len) == 0)
		return st->last_channel;
	id = jf_dict_lookup(&st->channels, s, len);
	if (id < 0)
	{
		if (st->channels.n >= JF_MAX_CHANNELS)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("journey friction supports at most %d distinct channels", JF_MAX_CHANNELS)));
		id = jf_dict_insert(&st->channels, s, len, &st->sum.mem);
		jf_check_mem(st->sum.mem, "The list of channels");
	}
	st->last_channel = id;
	return id;
}

static inline void
jf_null_arg(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 errmsg("%s must not be NULL in journey_friction", what),
			 errhint("Filter such events out (WHERE ... IS NOT NULL) or give them a value.")));
}

/* append one event to the current journey's buffer */
static inline void
jf_push_event(JfAgg *st, TimestampTz at, int stage, int channel, int failed)
{
	CxJourneyEvent *e;

	if (st->nev == st->evcap)
	{
		Size		bytes = sizeof(CxJourneyEvent) * st->evcap * 2;

		jf_check_mem(st->sum.mem + bytes, "Holding one journey's events");
		st->ev = repalloc_huge(st->ev, bytes);
		st->evcap *= 2;
	}
	e = &st->ev[st->nev++];
	e->at = at;
	e->stage = stage;
	e->channel = channel;
	e->failed = failed;
}

static inline int32
jf_key_cmp(JfAgg *st, Datum a, Datum b)
{
	return DatumGetInt32(FunctionCall2Coll(&st->keytype->cmp_proc_finfo, st->collation, a, b));
}

static inline void
jf_set_key(JfAgg *st, Datum key)
{
	if (st->have_key && !st->keytype->typbyval)
		pfree(DatumGetPointer(st->key));
	st->key = datumCopy(key, st->keytype->typbyval, st->keytype->typlen);
	st->have_key = true;
}

/* Is this call "journey_friction(journey, ... ORDER BY journey [ASC])"? */
static bool
jf_call_is_presorted(FunctionCallInfo fcinfo, JfAgg *st)
{
	Aggref	   *ar = AggGetAggref(fcinfo);
	SortGroupClause *sgc;
	ListCell   *lc;

	if (ar == NULL || ar->aggorder == NIL)
		return false;
	sgc = linitial_node(SortGroupClause, ar->aggorder);
	if (sgc->sortop != st->keytype->lt_opr)
		return false;
	foreach(lc, ar->args)
	{
		TargetEntry *tle = lfirst_node(TargetEntry, lc);

		if (tle->ressortgroupref == sgc->tleSortGroupRef)
		{
			Oid			ec = exprCollation((Node *) tle->expr);

			return tle->resno == 1 && (!OidIsValid(ec) || ec == st->collation);
		}
	}
	return false;
}

static void
jf_sort_shutdown(Datum arg)
{
	JfAgg	   *st = (JfAgg *) DatumGetPointer(arg);

	if (st->sort)
		tuplesort_end(st->sort);
	st->sort = NULL;
}

static inline void
jf_sort_put(JfAgg *st, Datum key, TimestampTz at, int stage, int channel, int failed)
{
	TupleTableSlot *slot = st->sortslot;

	ExecClearTuple(slot);
	slot->tts_values[0] = key;
	slot->tts_values[1] = Int32GetDatum(stage);
	slot->tts_values[2] = TimestampTzGetDatum(at);
	slot->tts_values[3] = Int32GetDatum(channel);
	slot->tts_values[4] = Int32GetDatum(failed);
	memset(slot->tts_isnull, 0, sizeof(bool) * 5);
	ExecStoreVirtualTuple(slot);
	tuplesort_puttupleslot(st->sort, slot);
}

/* a second journey appeared in unsorted input: move to our own sort */
static void
jf_start_sort(JfAgg *st, FunctionCallInfo fcinfo)
{
	AttrNumber	attno = 1;
	Oid			sortop = st->keytype->lt_opr;
	Oid			coll = st->collation;
	bool		nulls_first = false;
	TupleDesc	desc;
	int64		i;

	if (!OidIsValid(sortop))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("journey key type %s has no ordering", format_type_be(st->keytype->type_id))));
	desc = CreateTemplateTupleDesc(5);
	TupleDescInitEntry(desc, 1, "journey", st->keytype->type_id, -1, 0);
	TupleDescInitEntryCollation(desc, 1, coll);
	TupleDescInitEntry(desc, 2, "stage", INT4OID, -1, 0);
	TupleDescInitEntry(desc, 3, "at", TIMESTAMPTZOID, -1, 0);
	TupleDescInitEntry(desc, 4, "channel", INT4OID, -1, 0);
	TupleDescInitEntry(desc, 5, "failed", INT4OID, -1, 0);
	st->sortdesc = desc;
	st->sortslot = MakeSingleTupleTableSlot(desc, &TTSOpsVirtual);
	st->outslot = MakeSingleTupleTableSlot(desc, &TTSOpsMinimalTuple);
	st->sort = tuplesort_begin_heap(desc, 1, &attno, &sortop, &coll, &nulls_first,
									work_mem, NULL, TUPLESORT_NONE);
	AggRegisterCallback(fcinfo, jf_sort_shutdown, PointerGetDatum(st));
	for (i = 0; i < st->nev; i++)
		jf_sort_put(st, st->key, st->ev[i].at, st->ev[i].stage, st->ev[i].channel, st->ev[i].failed);
	st->nev = 0;
}

/*
 * journey_friction_trans(internal, journey, stage, at [, channel, failed] [, config])
 */
PG_FUNCTION_INFO_V1(journey_friction_trans);
Datum
journey_friction_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	MemoryContext old;
	JfAgg	   *st;
	int			nargs = PG_NARGS();
	int			cfgarg = (nargs == 5 || nargs == 7) ? nargs - 1 : -1;
	bool		with_channel = nargs >= 6;
	TimestampTz at;
	Datum		key;
	int			stage;
	int			channel = -1;
	int			failed = -1;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "journey_friction_trans called in non-aggregate context");

	if (PG_ARGISNULL(0))
	{
		st = jf_agg_create(fcinfo, aggcxt, cfgarg);
		st->presorted = jf_call_is_presorted(fcinfo, st);
	}
	else
	{
		st = (JfAgg *) PG_GETARG_POINTER(0);
		if (cfgarg >= 0)
			jf_config_unchanged(st, fcinfo, cfgarg);
	}
	if (PG_ARGISNULL(1))
		jf_null_arg("the journey key");
	if (PG_ARGISNULL(2))
		jf_null_arg("the stage");
	if (PG_ARGISNULL(3))
		jf_null_arg("the event time");
	at = PG_GETARG_TIMESTAMPTZ(3);
	if (TIMESTAMP_NOT_FINITE(at))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("event time must be finite in journey_friction")));
	key = PG_GETARG_DATUM(1);

	old = MemoryContextSwitchTo(st->cxt);
	stage = jf_stage_id(st, PG_GETARG_TEXT_PP(2));
	if (with_channel)
	{
		if (!PG_ARGISNULL(4))
			channel = jf_channel_id(st, PG_GETARG_TEXT_PP(4));
		if (!PG_ARGISNULL(5))
			failed = PG_GETARG_BOOL(5) ? 1 : 0;
	}

	if (st->sort)
		jf_sort_put(st, key, at, stage, channel, failed);
	else
	{
		if (!st->have_key)
			jf_set_key(st, key);
		else
		{
			int32		c = jf_key_cmp(st, st->key, key);

			if (c != 0 && !st->presorted)
				jf_start_sort(st, fcinfo);
			else if (c > 0)
				ereport(ERROR,
						(errcode(ERRCODE_DATA_EXCEPTION),
						 errmsg("journey_friction input is not ordered by the journey key"),
						 errdetail("A journey key arrived after a greater one under ORDER BY journey.")));
			else if (c < 0)
			{
				jf_flush(st);
				jf_set_key(st, key);
			}
		}
		if (st->sort)
			jf_sort_put(st, key, at, stage, channel, failed);
		else
			jf_push_event(st, at, stage, channel, failed);
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(journey_friction_final);
Datum
journey_friction_final(PG_FUNCTION_ARGS)
{
	JfAgg	   *st;
	MemoryContext old;
	bytea	   *out;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (JfAgg *) PG_GETARG_POINTER(0);
	old = MemoryContextSwitchTo(st->cxt);
	if (st->sort)
	{
		TupleTableSlot *slot = st->outslot;

		/* stream the sorted events journey by journey, as in presorted mode */
		tuplesort_performsort(st->sort);
		while (tuplesort_gettupleslot(st->sort, true, false, slot, NULL))
		{
			Datum		key;

			slot_getallattrs(slot);
			key = slot->tts_values[0];
			if (jf_key_cmp(st, st->key, key) != 0)
			{
				jf_flush(st);
				jf_set_key(st, key);
			}
			jf_push_event(st, DatumGetTimestampTz(slot->tts_values[2]),
						  DatumGetInt32(slot->tts_values[1]),
						  DatumGetInt32(slot->tts_values[3]),
						  DatumGetInt32(slot->tts_values[4]));
			CHECK_FOR_INTERRUPTS();
		}
		tuplesort_end(st->sort);
		st->sort = NULL;
		ExecDropSingleTupleTableSlot(slot);
		ExecDropSingleTupleTableSlot(st->sortslot);
		st->sortslot = st->outslot = NULL;
	}
	jf_flush(st);
	MemoryContextSwitchTo(old);
	out = jf_summary_serialize(&st->sum);
	PG_RETURN_BYTEA_P(out);
}
