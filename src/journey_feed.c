/*-------------------------------------------------------------------------
 *
 * journey_feed.c
 *	  The event feed shared by journey_friction and journey_moments (see
 *	  journey_feed.h): the current journey's buffer, the switch to our own
 *	  tuplesort when the input is not grouped by journey, the check that
 *	  "ORDER BY journey" really groups it, and the per-journey analysis
 *	  buffers.  One copy, so that both aggregates read journeys the same
 *	  way and a fix to one is a fix to both.
 *
 *-------------------------------------------------------------------------
 */
#include "journey_feed.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "executor/executor.h"
#include "executor/tuptable.h"
#include "nodes/nodeFuncs.h"
#include "nodes/primnodes.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"

/* ---- names ranked by name: the tie-break between equal times ------------------ */

static int
jf_id_cmp(const void *a, const void *b, void *arg)
{
	const JfDict *d = arg;
	int			x = *(const int *) a;
	int			y = *(const int *) b;

	return jf_name_cmp(d->str[x], d->len[x], d->str[y], d->len[y]);
}

/* the ids of a dictionary's names in byte order of the names */
int *
jf_names_by_name(const JfDict *d)
{
	int		   *ord = palloc(sizeof(int) * Max(d->n, 1));
	int			i;

	for (i = 0; i < d->n; i++)
		ord[i] = i;
	qsort_arg(ord, d->n, sizeof(int), jf_id_cmp, (void *) d);
	return ord;
}

/*
 * rank[id] = the position of name id in byte order (identity: in id order,
 * for stages listed by journey_config).  Recomputed only when names were
 * added since the last journey.
 */
static void
jf_ranks(uint32 **rank, int *rank_n, const JfDict *d, bool identity)
{
	int		   *ord;
	int			i;

	if (*rank_n == d->n && *rank != NULL)
		return;
	if (*rank)
		pfree(*rank);
	*rank = palloc(sizeof(uint32) * Max(d->n, 1));
	*rank_n = d->n;
	if (identity)
	{
		for (i = 0; i < d->n; i++)
			(*rank)[i] = i;
		return;
	}
	ord = jf_names_by_name(d);
	for (i = 0; i < d->n; i++)
		(*rank)[ord[i]] = i;
	pfree(ord);
}

/*
 * Analyse the current journey (f->ev): the per-stage results, indexed by
 * stage id, with "reached" set on the stages it reached.
 */
CxJourneyStageResult *
jf_feed_analyze(JfFeed *f, const JfFeedParams *fp, CxJourneyDwellFn dwell, void *arg)
{
	CxJourneyParams p;

	if (f->rescap < fp->stages->n)
	{
		int			cap = Max(fp->stages->n, 8);

		if (f->res)
		{
			pfree(f->res);
			pfree(f->scratch);
		}
		f->res = palloc(sizeof(CxJourneyStageResult) * cap);
		f->scratch = palloc(sizeof(int64) * 4 * cap);
		f->rescap = cap;
	}
	jf_ranks(&f->stage_rank, &f->stage_rank_n, fp->stages, fp->ordered);
	jf_ranks(&f->channel_rank, &f->channel_rank_n, &f->channels, false);
	p.nstages = fp->stages->n;
	p.ordered = fp->ordered;
	p.repeat_window = fp->repeat_window;
	p.idle_period = fp->idle_period;
	p.as_of = fp->as_of;
	p.stage_tie = f->stage_rank;
	p.channel_tie = f->channel_rank;
	cx_journey_analyze(f->ev, f->nev, &p, f->res, f->scratch, dwell, arg);
	return f->res;
}

/* ---- names of stages and channels -------------------------------------------- */

/*
 * The id of a name, or -1 when it is new.  *last is the previous row's id:
 * events come in runs of one stage and channel, and comparing with the
 * last one costs less than hashing.
 */
int
jf_dict_cached(const JfDict *d, int *last, const char *s, int len)
{
	int			id;

	if (*last >= 0 && d->len[*last] == len && memcmp(d->str[*last], s, len) == 0)
		return *last;
	id = jf_dict_lookup((JfDict *) d, s, len);
	if (id >= 0)
		*last = id;
	return id;
}

/* the id of a channel name, added when new */
int
jf_feed_channel(JfFeed *f, text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			id = jf_dict_cached(&f->channels, &f->last_channel, s, len);

	if (id >= 0)
		return id;
	if (f->channels.n >= JF_MAX_CHANNELS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s supports at most %d distinct channels", f->aggname, JF_MAX_CHANNELS)));
	id = jf_dict_insert(&f->channels, s, len, f->mem);
	f->check_mem(f->arg, 0, "The list of channels");
	f->last_channel = id;
	return id;
}

/* ---- the configuration argument ------------------------------------------------ */

void
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

/*
 * Read a journey_config composite (NULL: the defaults) into an empty
 * summary: its flags, windows, as_of and the stages it names (the stage
 * order, then the final stages marked final).  The one reader of
 * journey_config, so that journey_friction and journey_moments take the
 * same settings the same way.
 */
void
jf_read_journey_config(JfSummary *s, HeapTupleHeader cfg)
{
	bool		isnull;
	Datum		d;

	s->flags = 0;
	s->repeat_window = JF_DEFAULT_WINDOW;
	s->idle_period = JF_DEFAULT_IDLE;
	s->as_of = GetCurrentTransactionStartTimestamp();
	s->as_of_default = true;
	if (cfg == NULL)
		return;

	d = GetAttributeByNum(cfg, 1, &isnull);
	if (!isnull)
	{
		jf_stage_list(s, d, "stage order", "stages", true);
		s->flags |= CX_JS_ORDERED;
	}
	/*
	 * A journey_config made before 1.2 added final_stages (stored in a table,
	 * or built by a 1.0 trigger function) has 4 attributes.  Its 5th is NULL;
	 * it is not asked of GetAttributeByNum, which on PostgreSQL 18 crashes
	 * looking up the "missing" value of an attribute beyond a composite's
	 * natts (a composite type's descriptor has no defaults).
	 */
	isnull = true;
	if (HeapTupleHeaderGetNatts(cfg) >= 5)
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
		s->as_of_default = false;
		if (TIMESTAMP_NOT_FINITE(s->as_of))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("as_of must be finite")));
	}
}


/* the config must be the same on every row of a group (a constant always is) */
void
jf_config_check_unchanged(FunctionCallInfo fcinfo, int cfgarg, const bytea *copy,
						  const char *aggname)
{
	bytea	   *b;

	if (PG_ARGISNULL(cfgarg))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s config must not be NULL", aggname)));
	if (get_fn_expr_arg_stable(fcinfo->flinfo, cfgarg))
		return;
	b = (bytea *) PG_DETOAST_DATUM(PG_GETARG_DATUM(cfgarg));
	if (VARSIZE(b) != VARSIZE(copy) ||
		memcmp(VARDATA(b), VARDATA(copy), VARSIZE(b) - VARHDRSZ) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s config must be the same for every row of a group", aggname)));
}

/* ---- the feed ------------------------------------------------------------------ */

/* Is this call "agg(journey, ... ORDER BY journey [ASC])"? */
static bool
jf_call_is_presorted(FunctionCallInfo fcinfo, JfFeed *f)
{
	Aggref	   *ar = AggGetAggref(fcinfo);
	SortGroupClause *sgc;
	ListCell   *lc;

	if (ar == NULL || ar->aggorder == NIL)
		return false;
	sgc = linitial_node(SortGroupClause, ar->aggorder);
	if (sgc->sortop != f->keytype->lt_opr)
		return false;
	foreach(lc, ar->args)
	{
		TargetEntry *tle = lfirst_node(TargetEntry, lc);

		if (tle->ressortgroupref == sgc->tleSortGroupRef)
		{
			Oid			ec = exprCollation((Node *) tle->expr);

			return tle->resno == 1 && (!OidIsValid(ec) || ec == f->collation);
		}
	}
	return false;
}

/*
 * A feed that is given whole journeys (jf_feed_push, jf_feed_end_journey):
 * the final functions of journey_events_state, which sort the events
 * themselves.  No key type; describe_key names a journey in messages.
 */
void
jf_feed_init_bare(JfFeed *f, const char *aggname, bool with_score, JfFeedFlush flush,
				  JfFeedCheckMem check_mem, void *arg, Size *mem)
{
	memset(f, 0, sizeof(JfFeed));
	f->aggname = aggname;
	f->with_score = with_score;
	f->flush = flush;
	f->check_mem = check_mem;
	f->arg = arg;
	f->mem = mem;
	f->last_channel = -1;
	f->score = JF_NO_SCORE;
	f->evcap = 16;
	f->ev = palloc(sizeof(CxJourneyEvent) * f->evcap);
}

/* in the aggregate's memory context; the journey key is argument 1 */
void
jf_feed_init(JfFeed *f, FunctionCallInfo fcinfo, const char *aggname, bool with_score,
			 JfFeedFlush flush, JfFeedCheckMem check_mem, void *arg, Size *mem)
{
	Oid			keytype = get_fn_expr_argtype(fcinfo->flinfo, 1);

	jf_feed_init_bare(f, aggname, with_score, flush, check_mem, arg, mem);
	if (!OidIsValid(keytype))
		elog(ERROR, "could not determine the journey key type");
	f->keytype = lookup_type_cache(keytype, TYPECACHE_CMP_PROC_FINFO | TYPECACHE_LT_OPR);
	if (!OidIsValid(f->keytype->cmp_proc_finfo.fn_oid) || !OidIsValid(f->keytype->lt_opr))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("journey key type %s has no ordering", format_type_be(keytype)),
				 errhint("Use a key such as bigint, text or uuid.")));
	/* the collation of "ORDER BY journey" is the key expression's, as here */
	f->collation = OidIsValid(PG_GET_COLLATION()) ? PG_GET_COLLATION() : DEFAULT_COLLATION_OID;
	f->presorted = jf_call_is_presorted(fcinfo, f);
}

static inline int32
jf_key_cmp(JfFeed *f, Datum a, Datum b)
{
	return DatumGetInt32(FunctionCall2Coll(&f->keytype->cmp_proc_finfo, f->collation, a, b));
}

static inline void
jf_set_key(JfFeed *f, Datum key)
{
	if (f->have_key && !f->keytype->typbyval)
		pfree(DatumGetPointer(f->key));
	f->key = datumCopy(key, f->keytype->typbyval, f->keytype->typlen);
	f->have_key = true;
}

/* hand the current journey over, then start the next one empty */
static void
jf_feed_flush(JfFeed *f)
{
	f->flush(f, f->arg);
	f->nev = 0;
	f->score = JF_NO_SCORE;
}

static pg_noinline void
jf_two_answers(JfFeed *f, int32 a, int32 b)
{
	Oid			out;
	bool		varlena;
	char	   *key;

	if (f->describe_key)
		key = f->describe_key(f->key_arg);
	else
	{
		getTypeOutputInfo(f->keytype->type_id, &out, &varlena);
		key = OidOutputFunctionCall(out, f->key);
	}
	ereport(ERROR,
			(errcode(ERRCODE_CARDINALITY_VIOLATION),
			 errmsg("journey %s has two different answers, %d and %d",
					cx_errtrunc(key), Min(a, b), Max(a, b)),
			 errdetail("%s takes one answer per journey, repeated on its events.", f->aggname),
			 errhint("Join one answer per journey, for example the latest: SELECT DISTINCT ON (journey) ... ORDER BY journey, answered_at DESC.")));
}

/* append one row to the current journey */
static inline void
jf_push(JfFeed *f, TimestampTz at, int stage, int channel, int failed, int32 score)
{
	CxJourneyEvent *e;

	if (score != JF_NO_SCORE)
	{
		if (f->score == JF_NO_SCORE)
			f->score = score;
		else if (f->score != score)
			jf_two_answers(f, f->score, score);
	}
	if (stage == JF_ANSWER_ROW)
		return;
	if (f->nev == f->evcap)
	{
		Size		bytes = sizeof(CxJourneyEvent) * f->evcap * 2;

		f->check_mem(f->arg, bytes, "Holding one journey's events");
		f->ev = repalloc_huge(f->ev, bytes);
		f->evcap *= 2;
	}
	e = &f->ev[f->nev++];
	e->at = at;
	e->stage = stage;
	e->channel = channel;
	e->failed = failed;
}

/* one event (or answer row) of the current journey, for a bare feed */
void
jf_feed_push(JfFeed *f, TimestampTz at, int stage, int channel, int failed, int32 score)
{
	jf_push(f, at, stage, channel, failed, score);
}

/* the current journey is complete: analyse it */
void
jf_feed_end_journey(JfFeed *f)
{
	jf_feed_flush(f);
}

static void
jf_sort_shutdown(Datum arg)
{
	JfFeed	   *f = (JfFeed *) DatumGetPointer(arg);

	if (f->sort)
		tuplesort_end(f->sort);
	f->sort = NULL;
}

static inline void
jf_sort_put(JfFeed *f, Datum key, TimestampTz at, int stage, int channel, int failed,
			int32 score)
{
	TupleTableSlot *slot = f->sortslot;
	int			ncols = f->with_score ? 6 : 5;

	ExecClearTuple(slot);
	slot->tts_values[0] = key;
	slot->tts_values[1] = Int32GetDatum(stage);
	slot->tts_values[2] = TimestampTzGetDatum(at);
	slot->tts_values[3] = Int32GetDatum(channel);
	slot->tts_values[4] = Int32GetDatum(failed);
	if (f->with_score)
		slot->tts_values[5] = Int32GetDatum(score);
	memset(slot->tts_isnull, 0, sizeof(bool) * ncols);
	ExecStoreVirtualTuple(slot);
	tuplesort_puttupleslot(f->sort, slot);
}

/*
 * A second journey appeared in unsorted input: move to our own sort.  The
 * tuples are compact (ids, not names) and carry the answer column only
 * when there are answers, so that the sort moves as few bytes as it can.
 */
static void
jf_start_sort(JfFeed *f, FunctionCallInfo fcinfo)
{
	AttrNumber	attno = 1;
	Oid			sortop = f->keytype->lt_opr;
	Oid			coll = f->collation;
	bool		nulls_first = false;
	TupleDesc	desc = CreateTemplateTupleDesc(f->with_score ? 6 : 5);
	int64		i;

	TupleDescInitEntry(desc, 1, "journey", f->keytype->type_id, -1, 0);
	TupleDescInitEntryCollation(desc, 1, coll);
	TupleDescInitEntry(desc, 2, "stage", INT4OID, -1, 0);
	TupleDescInitEntry(desc, 3, "at", TIMESTAMPTZOID, -1, 0);
	TupleDescInitEntry(desc, 4, "channel", INT4OID, -1, 0);
	TupleDescInitEntry(desc, 5, "failed", INT4OID, -1, 0);
	if (f->with_score)
		TupleDescInitEntry(desc, 6, "score", INT4OID, -1, 0);
	f->sortslot = MakeSingleTupleTableSlot(desc, &TTSOpsVirtual);
	f->outslot = MakeSingleTupleTableSlot(desc, &TTSOpsMinimalTuple);
	f->sort = tuplesort_begin_heap(desc, 1, &attno, &sortop, &coll, &nulls_first,
								   work_mem, NULL, TUPLESORT_NONE);
	AggRegisterCallback(fcinfo, jf_sort_shutdown, PointerGetDatum(f));
	/* the buffered journey's answer goes in as an answer row */
	if (f->score != JF_NO_SCORE)
		jf_sort_put(f, f->key, 0, JF_ANSWER_ROW, -1, -1, f->score);
	for (i = 0; i < f->nev; i++)
		jf_sort_put(f, f->key, f->ev[i].at, f->ev[i].stage, f->ev[i].channel,
					f->ev[i].failed, JF_NO_SCORE);
	f->nev = 0;
	f->score = JF_NO_SCORE;
}

/* one row of input (in the aggregate's memory context) */
void
jf_feed_row(JfFeed *f, FunctionCallInfo fcinfo, Datum key, TimestampTz at,
			int stage, int channel, int failed, int32 score)
{
	if (!f->sort)
	{
		if (!f->have_key)
			jf_set_key(f, key);
		else
		{
			int32		c = jf_key_cmp(f, f->key, key);

			if (c != 0 && !f->presorted)
				jf_start_sort(f, fcinfo);
			else if (c > 0)
				ereport(ERROR,
						(errcode(ERRCODE_DATA_EXCEPTION),
						 errmsg("%s input is not ordered by the journey key", f->aggname),
						 errdetail("A journey key arrived after a greater one under ORDER BY journey.")));
			else if (c < 0)
			{
				jf_feed_flush(f);
				jf_set_key(f, key);
			}
		}
	}
	if (f->sort)
		jf_sort_put(f, key, at, stage, channel, failed, score);
	else
		jf_push(f, at, stage, channel, failed, score);
}

/* the end of input: stream the sorted rows journey by journey, then the last */
void
jf_feed_finish(JfFeed *f)
{
	if (f->sort)
	{
		TupleTableSlot *slot = f->outslot;

		tuplesort_performsort(f->sort);
		while (tuplesort_gettupleslot(f->sort, true, false, slot, NULL))
		{
			Datum		key;

			slot_getallattrs(slot);
			key = slot->tts_values[0];
			if (jf_key_cmp(f, f->key, key) != 0)
			{
				jf_feed_flush(f);
				jf_set_key(f, key);
			}
			jf_push(f, DatumGetTimestampTz(slot->tts_values[2]),
					DatumGetInt32(slot->tts_values[1]),
					DatumGetInt32(slot->tts_values[3]),
					DatumGetInt32(slot->tts_values[4]),
					f->with_score ? DatumGetInt32(slot->tts_values[5]) : JF_NO_SCORE);
			CHECK_FOR_INTERRUPTS();
		}
		tuplesort_end(f->sort);
		f->sort = NULL;
		ExecDropSingleTupleTableSlot(slot);
		ExecDropSingleTupleTableSlot(f->sortslot);
		f->sortslot = f->outslot = NULL;
	}
	jf_feed_flush(f);
}
