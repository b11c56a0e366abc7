/*-------------------------------------------------------------------------
 *
 * journey_moments.c
 *	  Moments of truth: the aggregate
 *		journey_moments(journey, stage, at, score [, channel, failed] [, config])
 *	  over journey events joined to the survey answers (the answer repeated
 *	  on every event of its journey).  Like journey_friction it streams the
 *	  events journey by journey (its own tuplesort of compact tuples unless
 *	  the call says ORDER BY journey), analyses each journey with
 *	  cx_journey_analyze, and adds the journey's answer to the exposed or
 *	  unexposed counts of every stage it reached and every kind of friction
 *	  (src/core/journey_moments.c).  The result is a journey_moments_state
 *	  (journey_moments_state.c reads, merges and reports it).
 *
 *	  A journey's answer is the score of its rows; NULL means "no answer on
 *	  this row".  The answer can come on the events (events JOIN answers) or
 *	  on rows of its own with a NULL stage and time (events UNION ALL
 *	  answers): the second form needs no join, only the sort the aggregate
 *	  does anyway, and is the fast one on large tables (a hash join of
 *	  millions of events into a table of answers that does not fit in the
 *	  CPU caches costs more than the whole analysis).  Two different
 *	  scores in one journey are an error: which one to keep is the caller's
 *	  choice (DISTINCT ON the latest answer, say), not something to guess
 *	  here.  Journeys without an answer are counted and contribute nothing
 *	  else; an answer without events is not a journey and is not counted.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

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
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/timestamp.h"
#include "utils/tuplesort.h"
#include "utils/typcache.h"

#include "journey_internal.h"
#include "journey_moments_glue.h"
#include "survey.h"

#define JM_DEFAULT_DWELL	(INT64CONST(72) * USECS_PER_HOUR)
#define JM_NO_SCORE			(-1)
#define JM_ANSWER_ROW		(-1)	/* stage id of a row that only carries an answer */

/* ---- names: journey_state.c's JfDict, ranked by name for ties --------------- */

/* ranks[id] = rank of the name among all names (byte order) */
static const JfDict *jm_sort_dict;

static int
jm_id_cmp(const void *a, const void *b)
{
	int			x = *(const int *) a;
	int			y = *(const int *) b;

	return jf_name_cmp(jm_sort_dict->str[x], jm_sort_dict->len[x],
					   jm_sort_dict->str[y], jm_sort_dict->len[y]);
}

static int *
jm_names_by_name(const JfDict *d)
{
	int		   *ord = palloc(sizeof(int) * Max(d->n, 1));
	int			i;

	for (i = 0; i < d->n; i++)
		ord[i] = i;
	jm_sort_dict = d;
	qsort(ord, d->n, sizeof(int), jm_id_cmp);
	return ord;
}

static void
jm_ranks(uint32 **rank, int *rank_n, const JfDict *d, bool identity)
{
	int		   *ord;
	int			i;

	if (*rank_n == d->n)
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
	ord = jm_names_by_name(d);
	for (i = 0; i < d->n; i++)
		(*rank)[ord[i]] = i;
	pfree(ord);
}

/* ---- the aggregate's state ---------------------------------------------------- */

typedef struct JmAgg
{
	MemoryContext cxt;
	bytea	   *config_copy;	/* to check that the config stays constant */
	/* settings */
	uint32		flags;
	int32		scale;
	int			nbins;
	int64		repeat_window;
	int64		idle_period;
	int64		as_of;
	int64		dwell_reference;
	JfDict		final_names;	/* final stages named by the config */
	/* totals */
	JfDict		stages;
	uint8	   *sflags;			/* by stage id */
	int64	   *counts;			/* by stage id: CX_JM_STAGE_CELLS(nbins) each */
	int			stagecap;
	int64		journeys;
	int64		unanswered;
	/* names and their tie-break ranks */
	JfDict		channels;
	uint32	   *stage_rank;
	int			stage_rank_n;
	uint32	   *channel_rank;
	int			channel_rank_n;
	int			last_stage;
	int			last_channel;
	Size		mem;			/* bytes of the name lists */
	/* journey key */
	TypeCacheEntry *keytype;
	Oid			collation;
	bool		have_key;
	Datum		key;
	/* input order (see journey.c: the same scheme) */
	bool		presorted;
	Tuplesortstate *sort;
	TupleTableSlot *sortslot;
	TupleTableSlot *outslot;
	/* the current journey */
	CxJourneyEvent *ev;
	int64		nev;
	int64		evcap;
	int32		score;			/* its answer, or JM_NO_SCORE */
	CxJourneyStageResult *res;
	int64	   *scratch;
	int			rescap;
} JmAgg;

static inline void
jm_check_mem(Size mem, const char *what)
{
	if (mem > (Size) work_mem * 1024)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("journey_moments needs more memory than work_mem allows"),
				 errdetail("%s: %zu kB needed, work_mem is %d kB.", what, mem / 1024, work_mem),
				 errhint("Raise work_mem (for example SET work_mem = '256MB') or filter the events.")));
}

static void
jm_check_name(const char *s, int len, const char *what)
{
	if (len == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be empty", what),
				 errhint("Filter out or rename the events with an empty stage.")));
	if (len > CX_JM_MAX_NAME)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s is longer than %d bytes", what, CX_JM_MAX_NAME),
				 errdetail("It starts with \"%s\".", cx_errtrunc_len(s, len))));
}

static int
jm_add_stage(JmAgg *st, const char *s, int len)
{
	int			id;
	size_t		cells = CX_JM_STAGE_CELLS(st->nbins);

	if (st->stages.n >= CX_JM_MAX_STAGES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("journey_moments supports at most %d stages", CX_JM_MAX_STAGES),
				 errdetail("Stage \"%s\" would be stage number %d.", cx_errtrunc_len(s, len), CX_JM_MAX_STAGES + 1)));
	id = jf_dict_insert(&st->stages, s, len, &st->mem);
	if (id >= st->stagecap)
	{
		int			cap = st->stagecap ? st->stagecap * 2 : 8;

		st->sflags = st->sflags ? repalloc(st->sflags, cap) : palloc(cap);
		st->counts = st->counts ? repalloc(st->counts, sizeof(int64) * cells * cap) :
			palloc(sizeof(int64) * cells * cap);
		st->stagecap = cap;
	}
	memset(&st->counts[cells * id], 0, sizeof(int64) * cells);
	st->sflags[id] = jf_dict_lookup(&st->final_names, s, len) >= 0 ? CX_JM_STAGE_FINAL : 0;
	return id;
}

/* the elements of a text[] setting, checked: not NULL, not empty, no repeats */
static void
jm_text_array(Datum d, const char *what, void (*add) (JmAgg *, const char *, int), JmAgg *st,
			  JfDict *seen)
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
				 errhint("Pass NULL (the default) instead.")));
	for (i = 0; i < n; i++)
	{
		text	   *t;
		const char *s;
		int			len;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s must not contain NULL", what),
					 errdetail("Element %d is NULL.", i + 1)));
		t = DatumGetTextPP(elems[i]);
		s = VARDATA_ANY(t);
		len = VARSIZE_ANY_EXHDR(t);
		jm_check_name(s, len, "a stage name");
		if (jf_dict_lookup(seen, s, len) >= 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("stage \"%s\" appears twice in %s", cx_errtrunc_len(s, len), what),
					 errdetail("Element %d repeats an earlier stage.", i + 1)));
		add(st, s, len);
	}
}

static void
jm_add_ordered(JmAgg *st, const char *s, int len)
{
	jm_add_stage(st, s, len);
}

static void
jm_add_final(JmAgg *st, const char *s, int len)
{
	if ((st->flags & CX_JM_ORDERED) && jf_dict_lookup(&st->stages, s, len) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("final stage \"%s\" is not in the stage order", cx_errtrunc_len(s, len)),
				 errhint("List the final stages among journey_config(stages => ...).")));
	jf_dict_insert(&st->final_names, s, len, &st->mem);
}

/* attribute attno of a composite, by name (-1 when it has none of that name) */
static int
jm_attno(TupleDesc desc, const char *name)
{
	int			i;

	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute a = TupleDescAttr(desc, i);

		if (!a->attisdropped && strcmp(NameStr(a->attname), name) == 0)
			return i + 1;
	}
	return -1;
}

/* journey_config: stage order, windows, as_of and (when it has them) final stages */
static void
jm_journey_config(JmAgg *st, HeapTupleHeader cfg)
{
	TupleDesc	desc = lookup_rowtype_tupdesc(HeapTupleHeaderGetTypeId(cfg),
											  HeapTupleHeaderGetTypMod(cfg));
	int			final_att = jm_attno(desc, "final_stages");
	bool		isnull;
	Datum		d;

	ReleaseTupleDesc(desc);
	d = GetAttributeByNum(cfg, 1, &isnull);
	if (!isnull)
	{
		jm_text_array(d, "the stage order", jm_add_ordered, st, &st->stages);
		st->flags |= CX_JM_ORDERED | CX_JM_DROP_DEFINED;
	}
	d = GetAttributeByNum(cfg, 2, &isnull);
	if (!isnull)
		st->repeat_window = jf_interval_us(DatumGetIntervalP(d), "repeat_window");
	d = GetAttributeByNum(cfg, 3, &isnull);
	if (!isnull)
		st->idle_period = jf_interval_us(DatumGetIntervalP(d), "idle_period");
	d = GetAttributeByNum(cfg, 4, &isnull);
	if (!isnull)
	{
		st->as_of = DatumGetTimestampTz(d);
		if (TIMESTAMP_NOT_FINITE(st->as_of))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("as_of must be finite")));
	}
	if (final_att > 0)
	{
		d = GetAttributeByNum(cfg, final_att, &isnull);
		if (!isnull)
		{
			int			i;

			jm_text_array(d, "the final stages", jm_add_final, st, &st->final_names);
			st->flags |= CX_JM_DROP_DEFINED;
			for (i = 0; i < st->stages.n; i++)
				st->sflags[i] = jf_dict_lookup(&st->final_names, st->stages.str[i],
												st->stages.len[i]) >= 0 ? CX_JM_STAGE_FINAL : 0;
			return;
		}
	}
	/* with a stage order and no final stages, the last stage is the final one */
	if (st->flags & CX_JM_ORDERED)
		st->sflags[st->stages.n - 1] = CX_JM_STAGE_FINAL;
}

/* journey_moments_config(journey, dwell_reference, scale) */
static void
jm_configure(JmAgg *st, HeapTupleHeader cfg)
{
	bool		isnull;
	Datum		d;

	st->repeat_window = JF_DEFAULT_WINDOW;
	st->idle_period = JF_DEFAULT_IDLE;
	st->as_of = GetCurrentTransactionStartTimestamp();
	st->dwell_reference = JM_DEFAULT_DWELL;
	st->scale = 0;
	st->nbins = cx_jm_nbins(0);
	if (cfg == NULL)
		return;
	d = GetAttributeByNum(cfg, 3, &isnull);
	if (!isnull)
	{
		int32		scale = DatumGetInt32(d);

		if (scale < CX_CSAT_SCALE_MIN || scale > CX_CSAT_SCALE_MAX)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("CSAT scale %d is out of range", scale),
					 errdetail("A CSAT scale has %d to %d answers; leave scale NULL for NPS (0 to 10).",
							   CX_CSAT_SCALE_MIN, CX_CSAT_SCALE_MAX)));
		st->scale = scale;
		st->nbins = cx_jm_nbins(scale);
	}
	d = GetAttributeByNum(cfg, 2, &isnull);
	if (!isnull)
		st->dwell_reference = jf_interval_us(DatumGetIntervalP(d), "dwell_reference");
	d = GetAttributeByNum(cfg, 1, &isnull);
	if (!isnull)
		jm_journey_config(st, DatumGetHeapTupleHeader(d));
}

static JmAgg *
jm_agg_create(FunctionCallInfo fcinfo, MemoryContext aggcxt, int cfgarg)
{
	MemoryContext old = MemoryContextSwitchTo(aggcxt);
	JmAgg	   *st = palloc0(sizeof(JmAgg));
	Oid			keytype = get_fn_expr_argtype(fcinfo->flinfo, 1);

	st->cxt = aggcxt;
	st->last_stage = -1;
	st->last_channel = -1;
	st->score = JM_NO_SCORE;
	if (cfgarg >= 0)
	{
		if (PG_ARGISNULL(cfgarg))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("journey_moments config must not be NULL"),
					 errhint("Omit the argument or pass journey_moments_config() for the defaults.")));
		st->config_copy = (bytea *) PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(cfgarg));
		jm_configure(st, (HeapTupleHeader) st->config_copy);
	}
	else
		jm_configure(st, NULL);
	if (PG_NARGS() >= 7)
		st->flags |= CX_JM_WITH_CHANNEL | CX_JM_WITH_OUTCOME;

	if (!OidIsValid(keytype))
		elog(ERROR, "could not determine the journey key type");
	st->keytype = lookup_type_cache(keytype, TYPECACHE_CMP_PROC_FINFO | TYPECACHE_LT_OPR);
	if (!OidIsValid(st->keytype->cmp_proc_finfo.fn_oid) || !OidIsValid(st->keytype->lt_opr))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("journey key type %s has no ordering", format_type_be(keytype)),
				 errhint("Use a key such as bigint, text or uuid.")));
	st->collation = OidIsValid(PG_GET_COLLATION()) ? PG_GET_COLLATION() : DEFAULT_COLLATION_OID;
	st->evcap = 16;
	st->ev = palloc(sizeof(CxJourneyEvent) * st->evcap);
	MemoryContextSwitchTo(old);
	return st;
}

static void
jm_config_unchanged(JmAgg *st, FunctionCallInfo fcinfo, int cfgarg)
{
	bytea	   *b;

	if (PG_ARGISNULL(cfgarg))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("journey_moments config must not be NULL")));
	if (get_fn_expr_arg_stable(fcinfo->flinfo, cfgarg))
		return;
	b = (bytea *) PG_DETOAST_DATUM(PG_GETARG_DATUM(cfgarg));
	if (VARSIZE(b) != VARSIZE(st->config_copy) ||
		memcmp(VARDATA(b), VARDATA(st->config_copy), VARSIZE(b) - VARHDRSZ) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("journey_moments config must be the same for every row of a group")));
}

static int
jm_stage_id(JmAgg *st, text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			id;

	if (st->last_stage >= 0 && st->stages.len[st->last_stage] == len &&
		memcmp(st->stages.str[st->last_stage], s, len) == 0)
		return st->last_stage;
	id = jf_dict_lookup(&st->stages, s, len);
	if (id < 0)
	{
		if (st->flags & CX_JM_ORDERED)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("stage \"%s\" is not in the stage order", cx_errtrunc_len(s, len)),
					 errhint("Add it to journey_config(stages => ...) or filter its events out.")));
		jm_check_name(s, len, "a stage name");
		id = jm_add_stage(st, s, len);
		jm_check_mem(st->mem, "The list of stages");
	}
	st->last_stage = id;
	return id;
}

static int
jm_channel_id(JmAgg *st, text *t)
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
					 errmsg("journey_moments supports at most %d distinct channels", JF_MAX_CHANNELS)));
		id = jf_dict_insert(&st->channels, s, len, &st->mem);
		jm_check_mem(st->mem, "The list of channels");
	}
	st->last_channel = id;
	return id;
}

static pg_noinline void
jm_two_answers(JmAgg *st, int32 a, int32 b)
{
	Oid			out;
	bool		varlena;

	getTypeOutputInfo(st->keytype->type_id, &out, &varlena);
	ereport(ERROR,
			(errcode(ERRCODE_CARDINALITY_VIOLATION),
			 errmsg("journey %s has two different answers, %d and %d",
					cx_errtrunc(OidOutputFunctionCall(out, st->key)), Min(a, b), Max(a, b)),
			 errdetail("journey_moments takes one answer per journey, repeated on its events."),
			 errhint("Join one answer per journey, for example the latest: SELECT DISTINCT ON (journey) ... ORDER BY journey, answered_at DESC.")));
}

/* analyse the buffered journey and add its answer to the counts */
static void
jm_flush(JmAgg *st)
{
	CxJourneyParams p;
	size_t		cells = CX_JM_STAGE_CELLS(st->nbins);
	int			bin;
	int64		i;

	if (st->nev == 0)
	{
		/* an answer without events: not a journey (as an inner join drops it) */
		st->score = JM_NO_SCORE;
		return;
	}
	if (st->score == JM_NO_SCORE)
	{
		st->unanswered++;
		st->nev = 0;
		return;
	}
	if (st->rescap < st->stages.n)
	{
		int			cap = Max(st->stages.n, 8);

		if (st->res)
		{
			pfree(st->res);
			pfree(st->scratch);
		}
		st->res = palloc(sizeof(CxJourneyStageResult) * cap);
		st->scratch = palloc(sizeof(int64) * 4 * cap);
		st->rescap = cap;
	}
	jm_ranks(&st->stage_rank, &st->stage_rank_n, &st->stages, (st->flags & CX_JM_ORDERED) != 0);
	jm_ranks(&st->channel_rank, &st->channel_rank_n, &st->channels, false);
	p.nstages = st->stages.n;
	p.ordered = (st->flags & CX_JM_ORDERED) != 0;
	p.repeat_window = st->repeat_window;
	p.idle_period = st->idle_period;
	p.as_of = st->as_of;
	p.stage_tie = st->stage_rank;
	p.channel_tie = st->channel_rank;
	cx_journey_analyze(st->ev, st->nev, &p, st->res, st->scratch, NULL, NULL);

	bin = cx_jm_bin(st->scale, st->score);
	for (i = 0; i < st->nev; i++)
	{
		int			id = st->ev[i].stage;
		CxJourneyStageResult *r = &st->res[id];

		if (!r->reached)
			continue;			/* already added */
		r->reached = false;
		/* (unchecked: every count is at most the number of journeys read) */
		cx_jm_add_stage(&st->counts[cells * id], st->nbins, st->flags, st->sflags[id],
						r, st->dwell_reference, bin);
	}
	st->journeys++;
	st->nev = 0;
	st->score = JM_NO_SCORE;
}

static inline void
jm_push_event(JmAgg *st, TimestampTz at, int stage, int channel, int failed, int32 score)
{
	CxJourneyEvent *e;

	if (score != JM_NO_SCORE)
	{
		if (st->score == JM_NO_SCORE)
			st->score = score;
		else if (st->score != score)
			jm_two_answers(st, st->score, score);
	}
	if (stage == JM_ANSWER_ROW)
		return;
	if (st->nev == st->evcap)
	{
		Size		bytes = sizeof(CxJourneyEvent) * st->evcap * 2;

		jm_check_mem(bytes, "Holding one journey's events");
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
jm_key_cmp(JmAgg *st, Datum a, Datum b)
{
	return DatumGetInt32(FunctionCall2Coll(&st->keytype->cmp_proc_finfo, st->collation, a, b));
}

static inline void
jm_set_key(JmAgg *st, Datum key)
{
	if (st->have_key && !st->keytype->typbyval)
		pfree(DatumGetPointer(st->key));
	st->key = datumCopy(key, st->keytype->typbyval, st->keytype->typlen);
	st->have_key = true;
}

/* Is this call "journey_moments(journey, ... ORDER BY journey [ASC])"? */
static bool
jm_call_is_presorted(FunctionCallInfo fcinfo, JmAgg *st)
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
jm_sort_shutdown(Datum arg)
{
	JmAgg	   *st = (JmAgg *) DatumGetPointer(arg);

	if (st->sort)
		tuplesort_end(st->sort);
	st->sort = NULL;
}

#define JM_SORT_COLS 6

static inline void
jm_sort_put(JmAgg *st, Datum key, TimestampTz at, int stage, int channel, int failed, int32 score)
{
	TupleTableSlot *slot = st->sortslot;

	ExecClearTuple(slot);
	slot->tts_values[0] = key;
	slot->tts_values[1] = Int32GetDatum(stage);
	slot->tts_values[2] = TimestampTzGetDatum(at);
	slot->tts_values[3] = Int32GetDatum(channel);
	slot->tts_values[4] = Int32GetDatum(failed);
	slot->tts_values[5] = Int32GetDatum(score);
	memset(slot->tts_isnull, 0, sizeof(bool) * JM_SORT_COLS);
	ExecStoreVirtualTuple(slot);
	tuplesort_puttupleslot(st->sort, slot);
}

/* a second journey appeared in unsorted input: move to our own sort */
static void
jm_start_sort(JmAgg *st, FunctionCallInfo fcinfo)
{
	AttrNumber	attno = 1;
	Oid			sortop = st->keytype->lt_opr;
	Oid			coll = st->collation;
	bool		nulls_first = false;
	TupleDesc	desc = CreateTemplateTupleDesc(JM_SORT_COLS);
	int64		i;

	TupleDescInitEntry(desc, 1, "journey", st->keytype->type_id, -1, 0);
	TupleDescInitEntryCollation(desc, 1, coll);
	TupleDescInitEntry(desc, 2, "stage", INT4OID, -1, 0);
	TupleDescInitEntry(desc, 3, "at", TIMESTAMPTZOID, -1, 0);
	TupleDescInitEntry(desc, 4, "channel", INT4OID, -1, 0);
	TupleDescInitEntry(desc, 5, "failed", INT4OID, -1, 0);
	TupleDescInitEntry(desc, 6, "score", INT4OID, -1, 0);
	st->sortslot = MakeSingleTupleTableSlot(desc, &TTSOpsVirtual);
	st->outslot = MakeSingleTupleTableSlot(desc, &TTSOpsMinimalTuple);
	st->sort = tuplesort_begin_heap(desc, 1, &attno, &sortop, &coll, &nulls_first,
									work_mem, NULL, TUPLESORT_NONE);
	AggRegisterCallback(fcinfo, jm_sort_shutdown, PointerGetDatum(st));
	/* the buffered journey's answer goes in as an answer row */
	if (st->score != JM_NO_SCORE)
		jm_sort_put(st, st->key, 0, JM_ANSWER_ROW, -1, -1, st->score);
	for (i = 0; i < st->nev; i++)
		jm_sort_put(st, st->key, st->ev[i].at, st->ev[i].stage, st->ev[i].channel,
					st->ev[i].failed, JM_NO_SCORE);
	st->nev = 0;
	st->score = JM_NO_SCORE;
}

static inline void
jm_null_arg(const char *what, bool event)
{
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 errmsg("%s must not be NULL in journey_moments", what),
			 event ? errhint("Filter such events out (WHERE ... IS NOT NULL) or give them a value; a row that only carries the journey's answer has a NULL stage, a NULL time and a score.") :
			 errhint("Filter such rows out (WHERE ... IS NOT NULL) or give them a value.")));
}

static int32
jm_score_arg(JmAgg *st, FunctionCallInfo fcinfo)
{
	int32		score;

	if (PG_ARGISNULL(4))
		return JM_NO_SCORE;
	score = PG_GETARG_INT32(4);
	if (cx_jm_bin(st->scale, score) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s answer %d is out of range", st->scale ? "CSAT" : "NPS", score),
				 st->scale ? errdetail("The CSAT scale is 1 to %d.", st->scale) :
				 errdetail("NPS scores are whole numbers from 0 to 10.")));
	return score;
}

/*
 * journey_moments_trans(internal, journey, stage, at, score
 *						 [, channel, failed] [, config])
 */
PG_FUNCTION_INFO_V1(journey_moments_trans);
Datum
journey_moments_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	MemoryContext old;
	JmAgg	   *st;
	int			nargs = PG_NARGS();
	int			cfgarg = (nargs == 6 || nargs == 8) ? nargs - 1 : -1;
	TimestampTz at;
	Datum		key;
	int			stage;
	int			channel = -1;
	int			failed = -1;
	int32		score;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "journey_moments_trans called in non-aggregate context");
	if (PG_ARGISNULL(0))
	{
		st = jm_agg_create(fcinfo, aggcxt, cfgarg);
		st->presorted = jm_call_is_presorted(fcinfo, st);
	}
	else
	{
		st = (JmAgg *) PG_GETARG_POINTER(0);
		if (cfgarg >= 0)
			jm_config_unchanged(st, fcinfo, cfgarg);
	}
	if (PG_ARGISNULL(1))
		jm_null_arg("the journey key", false);
	score = jm_score_arg(st, fcinfo);
	key = PG_GETARG_DATUM(1);
	old = MemoryContextSwitchTo(st->cxt);
	if (PG_ARGISNULL(2) && PG_ARGISNULL(3) && score != JM_NO_SCORE)
	{
		/* an answer row (see the file header): no event */
		stage = JM_ANSWER_ROW;
		at = 0;
	}
	else
	{
		if (PG_ARGISNULL(2))
			jm_null_arg("the stage", true);
		if (PG_ARGISNULL(3))
			jm_null_arg("the event time", true);
		at = PG_GETARG_TIMESTAMPTZ(3);
		if (TIMESTAMP_NOT_FINITE(at))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("event time must be finite in journey_moments")));
		stage = jm_stage_id(st, PG_GETARG_TEXT_PP(2));
		if (nargs >= 7)
		{
			if (!PG_ARGISNULL(5))
				channel = jm_channel_id(st, PG_GETARG_TEXT_PP(5));
			if (!PG_ARGISNULL(6))
				failed = PG_GETARG_BOOL(6) ? 1 : 0;
		}
	}
	if (!st->sort)
	{
		if (!st->have_key)
			jm_set_key(st, key);
		else
		{
			int32		c = jm_key_cmp(st, st->key, key);

			if (c != 0 && !st->presorted)
				jm_start_sort(st, fcinfo);
			else if (c > 0)
				ereport(ERROR,
						(errcode(ERRCODE_DATA_EXCEPTION),
						 errmsg("journey_moments input is not ordered by the journey key"),
						 errdetail("A journey key arrived after a greater one under ORDER BY journey.")));
			else if (c < 0)
			{
				jm_flush(st);
				jm_set_key(st, key);
			}
		}
	}
	if (st->sort)
		jm_sort_put(st, key, at, stage, channel, failed, score);
	else
		jm_push_event(st, at, stage, channel, failed, score);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

/* the totals as a journey_moments_state: stages in order, or by name */
static bytea *
jm_serialize(JmAgg *st)
{
	CxJmHeader	h;
	size_t		cells = CX_JM_STAGE_CELLS(st->nbins);
	Size		size = CX_JM_HEADER_SIZE;
	int		   *ord;
	bytea	   *out;
	uint8	   *p;
	int			i;

	if (st->flags & CX_JM_ORDERED)
	{
		ord = palloc(sizeof(int) * Max(st->stages.n, 1));
		for (i = 0; i < st->stages.n; i++)
			ord[i] = i;
	}
	else
		ord = jm_names_by_name(&st->stages);
	for (i = 0; i < st->stages.n; i++)
		size += cx_jm_stage_size(st->stages.len[i], st->nbins);
	out = palloc(VARHDRSZ + size);
	SET_VARSIZE(out, VARHDRSZ + size);
	p = (uint8 *) VARDATA(out);
	h.flags = st->flags;
	h.scale = st->scale;
	h.repeat_window = st->repeat_window;
	h.idle_period = st->idle_period;
	h.as_of = st->as_of;
	h.dwell_reference = st->dwell_reference;
	h.journeys = st->journeys;
	h.unanswered = st->unanswered;
	h.nstages = st->stages.n;
	p += cx_jm_write_header(p, &h);
	for (i = 0; i < st->stages.n; i++)
	{
		int			id = ord[i];

		p += cx_jm_write_stage(p, st->stages.str[id], st->stages.len[id],
							   st->sflags[id], &st->counts[cells * id], st->nbins);
	}
	Assert((Size) (p - (uint8 *) VARDATA(out)) == size);
	pfree(ord);
	return out;
}

PG_FUNCTION_INFO_V1(journey_moments_final);
Datum
journey_moments_final(PG_FUNCTION_ARGS)
{
	JmAgg	   *st;
	MemoryContext old;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (JmAgg *) PG_GETARG_POINTER(0);
	old = MemoryContextSwitchTo(st->cxt);
	if (st->sort)
	{
		TupleTableSlot *slot = st->outslot;

		tuplesort_performsort(st->sort);
		while (tuplesort_gettupleslot(st->sort, true, false, slot, NULL))
		{
			Datum		key;

			slot_getallattrs(slot);
			key = slot->tts_values[0];
			if (jm_key_cmp(st, st->key, key) != 0)
			{
				jm_flush(st);
				jm_set_key(st, key);
			}
			jm_push_event(st, DatumGetTimestampTz(slot->tts_values[2]),
						  DatumGetInt32(slot->tts_values[1]),
						  DatumGetInt32(slot->tts_values[3]),
						  DatumGetInt32(slot->tts_values[4]),
						  DatumGetInt32(slot->tts_values[5]));
			CHECK_FOR_INTERRUPTS();
		}
		tuplesort_end(st->sort);
		st->sort = NULL;
		ExecDropSingleTupleTableSlot(slot);
		ExecDropSingleTupleTableSlot(st->sortslot);
		st->sortslot = st->outslot = NULL;
	}
	jm_flush(st);
	MemoryContextSwitchTo(old);
	PG_RETURN_BYTEA_P(jm_serialize(st));
}
