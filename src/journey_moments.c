/*-------------------------------------------------------------------------
 *
 * journey_moments.c
 *	  Moments of truth: the aggregate
 *		journey_moments(journey, stage, at, score [, channel, failed] [, config])
 *	  over journey events joined to the survey answers (the answer repeated
 *	  on every event of its journey).  Like journey_friction it reads the
 *	  events journey by journey through the event feed (journey_feed.c:
 *	  its own tuplesort unless the call says ORDER BY journey), analyses
 *	  each journey with
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

#include "journey_events.h"
#include "agg_state.h"
#include "journey_moments_glue.h"
#include "survey.h"

#define JM_DEFAULT_DWELL	(INT64CONST(72) * USECS_PER_HOUR)

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
	bool		as_of_default;	/* as_of is the transaction start (not given) */
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
	int			last_stage;
	Size		mem;			/* bytes of the name lists */
	/* the events and answers, journey by journey (journey_feed.c) */
	JfFeed		feed;
} JmAgg;

static inline void
jm_check_mem(Size mem, const char *what)
{
	jf_check_mem_of(mem, what, "journey_moments");
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

/*
 * journey_config, read by the journey glue's reader (the same checks and
 * messages as journey_friction's).  Stages of a stage order become this
 * state's stages; final stages are kept by name and mark a stage when it
 * is added, so that a final stage never seen adds no empty stage.
 */
static void
jm_journey_config(JmAgg *st, HeapTupleHeader cfg)
{
	JfSummary	s;
	int			i;

	jf_summary_init(&s);
	jf_read_journey_config(&s, cfg);
	st->repeat_window = s.repeat_window;
	st->idle_period = s.idle_period;
	st->as_of = s.as_of;
	st->as_of_default = s.as_of_default;
	if (s.flags & CX_JS_ORDERED)
		st->flags |= CX_JM_ORDERED;
	if (s.flags & CX_JS_FINAL_SET)
		st->flags |= CX_JM_DROP_DEFINED;
	for (i = 0; i < s.names.n; i++)
		if (s.acc[i].final)
			jf_dict_insert(&st->final_names, s.names.str[i], s.names.len[i], &st->mem);
	if (s.flags & CX_JS_ORDERED)
		for (i = 0; i < s.names.n; i++)
			jm_add_stage(st, s.names.str[i], s.names.len[i]);
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
	st->as_of_default = true;
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

/* the feed's memory check: one journey's events on top of the names */
static void
jm_feed_mem(void *arg, Size bytes, const char *what)
{
	JmAgg	   *st = arg;

	jm_check_mem(st->mem + bytes, what);
}

static void jm_flush(JfFeed *f, void *arg);

static JmAgg *
jm_agg_create(FunctionCallInfo fcinfo, MemoryContext aggcxt, int cfgarg)
{
	MemoryContext old = MemoryContextSwitchTo(aggcxt);
	JmAgg	   *st = palloc0(sizeof(JmAgg));

	st->cxt = aggcxt;
	st->last_stage = -1;
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
	jf_feed_init(&st->feed, fcinfo, "journey_moments", true, jm_flush, jm_feed_mem, st,
				 &st->mem);
	MemoryContextSwitchTo(old);
	return st;
}

static int
jm_stage_id(JmAgg *st, text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			id = jf_dict_cached(&st->stages, &st->last_stage, s, len);

	if (id >= 0)
		return id;
	if (st->flags & CX_JM_ORDERED)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("stage \"%s\" is not in the stage order", cx_errtrunc_len(s, len)),
				 errhint("Add it to journey_config(stages => ...) or filter its events out.")));
	jf_check_name(s, len, "a stage name");
	id = jm_add_stage(st, s, len);
	jm_check_mem(st->mem, "The list of stages");
	st->last_stage = id;
	return id;
}

/* analyse one whole journey from the feed and add its answer to the counts */
static void
jm_flush(JfFeed *f, void *arg)
{
	JmAgg	   *st = arg;
	JfFeedParams fp;
	CxJourneyStageResult *res;
	size_t		cells = CX_JM_STAGE_CELLS(st->nbins);
	int			bin;
	int64		i;

	if (f->nev == 0)
		return;					/* an answer without events: not a journey */
	if (f->score == JF_NO_SCORE)
	{
		st->unanswered++;
		return;
	}
	fp.stages = &st->stages;
	fp.ordered = (st->flags & CX_JM_ORDERED) != 0;
	fp.repeat_window = st->repeat_window;
	fp.idle_period = st->idle_period;
	fp.as_of = st->as_of;
	res = jf_feed_analyze(f, &fp, NULL, NULL);

	bin = cx_jm_bin(st->scale, f->score);
	for (i = 0; i < f->nev; i++)
	{
		int			id = f->ev[i].stage;
		CxJourneyStageResult *r = &res[id];

		if (!r->reached)
			continue;			/* already added */
		r->reached = false;
		/* (unchecked: every count is at most the number of journeys read) */
		cx_jm_add_stage(&st->counts[cells * id], st->nbins, st->flags, st->sflags[id],
						r, st->dwell_reference, bin);
	}
	st->journeys++;
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
		return JF_NO_SCORE;
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
		st = jm_agg_create(fcinfo, aggcxt, cfgarg);
	else
	{
		st = (JmAgg *) PG_GETARG_POINTER(0);
		if (cfgarg >= 0)
			jf_config_check_unchanged(fcinfo, cfgarg, st->config_copy, "journey_moments");
	}
	if (PG_ARGISNULL(1))
		jm_null_arg("the journey key", false);
	score = jm_score_arg(st, fcinfo);
	key = PG_GETARG_DATUM(1);
	old = MemoryContextSwitchTo(st->cxt);
	if (PG_ARGISNULL(2) && PG_ARGISNULL(3) && score != JF_NO_SCORE)
	{
		/* an answer row (see the file header): no event */
		stage = JF_ANSWER_ROW;
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
				channel = jf_feed_channel(&st->feed, PG_GETARG_TEXT_PP(5));
			if (!PG_ARGISNULL(6))
				failed = PG_GETARG_BOOL(6) ? 1 : 0;
		}
	}
	jf_feed_row(&st->feed, fcinfo, key, at, stage, channel, failed, score);
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
		ord = jf_names_by_name(&st->stages);
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
	jf_feed_finish(&st->feed);
	MemoryContextSwitchTo(old);
	PG_RETURN_BYTEA_P(jm_serialize(st));
}

/* ---- journey_events_state: the configuration and the final function ---------- */

/* the settings of journey_moments' config argument (cfgarg; -1: none) */
void
jm_events_config(FunctionCallInfo fcinfo, int cfgarg, JeConfig *c)
{
	JmAgg	   *st = palloc0(sizeof(JmAgg));
	int			i;
	int			n = 0;

	if (cfgarg >= 0)
	{
		if (PG_ARGISNULL(cfgarg))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("journey_moments config must not be NULL"),
					 errhint("Omit the argument or pass journey_moments_config() for the defaults.")));
		jm_configure(st, (HeapTupleHeader) PG_DETOAST_DATUM(PG_GETARG_DATUM(cfgarg)));
	}
	else
		jm_configure(st, NULL);
	memset(c, 0, sizeof(JeConfig));
	c->kind = JE_MOMENTS;
	c->with_channel = PG_NARGS() >= 7;
	c->as_of_default = st->as_of_default;
	c->flags = st->flags & (CX_JM_ORDERED | CX_JM_DROP_DEFINED);
	c->scale = st->scale;
	c->repeat_window = st->repeat_window;
	c->idle_period = st->idle_period;
	c->as_of = st->as_of_default ? 0 : st->as_of;
	c->dwell_reference = st->dwell_reference;
	i = st->stages.n + st->final_names.n;
	c->names = palloc(sizeof(char *) * Max(i, 1));
	c->namelen = palloc(sizeof(int) * Max(i, 1));
	c->namebits = palloc(Max(i, 1));
	/* the stage order, then the final stages that are not in it */
	for (i = 0; i < st->stages.n; i++, n++)
	{
		c->names[n] = st->stages.str[i];
		c->namelen[n] = st->stages.len[i];
		c->namebits[n] = JE_NAME_STAGE | ((st->sflags[i] & CX_JM_STAGE_FINAL) ? JE_NAME_FINAL : 0);
	}
	for (i = 0; i < st->final_names.n; i++)
	{
		if (jf_dict_lookup(&st->stages, st->final_names.str[i], st->final_names.len[i]) >= 0)
			continue;
		c->names[n] = st->final_names.str[i];
		c->namelen[n] = st->final_names.len[i];
		c->namebits[n++] = JE_NAME_FINAL;
	}
	c->nnames = n;
}

/*
 * journey_moments' result from a journey_events_state: the totals rebuilt
 * from its configuration as jm_configure builds them, then every journey
 * analysed by jm_flush.
 */
bytea *
jm_events_final(JeState *es)
{
	const JeConfig *c = &es->cfg;
	JmAgg	   *st = palloc0(sizeof(JmAgg));
	int		   *map;
	int			i;

	st->cxt = CurrentMemoryContext;
	st->last_stage = -1;
	st->flags = c->flags;
	if (c->with_channel)
		st->flags |= CX_JM_WITH_CHANNEL | CX_JM_WITH_OUTCOME;
	st->scale = c->scale;
	st->nbins = cx_jm_nbins(c->scale);
	st->repeat_window = c->repeat_window;
	st->idle_period = c->idle_period;
	st->as_of = c->as_of_default ? GetCurrentTransactionStartTimestamp() : c->as_of;
	st->as_of_default = c->as_of_default;
	st->dwell_reference = c->dwell_reference;
	for (i = 0; i < c->nnames; i++)
		if (c->namebits[i] & JE_NAME_FINAL)
			jf_dict_insert(&st->final_names, c->names[i], c->namelen[i], &st->mem);
	for (i = 0; i < c->nnames; i++)
		if (c->namebits[i] & JE_NAME_STAGE)
			jm_add_stage(st, c->names[i], c->namelen[i]);
	jf_feed_init_bare(&st->feed, "journey_moments", true, jm_flush, jm_feed_mem, st, &st->mem);
	for (i = 0; i < es->channels.n; i++)
		jf_dict_insert(&st->feed.channels, es->channels.str[i], es->channels.len[i], &st->mem);
	map = palloc(sizeof(int) * Max(es->stages.n, 1));
	for (i = 0; i < es->stages.n; i++)
	{
		int			id = jf_dict_lookup(&st->stages, es->stages.str[i], es->stages.len[i]);

		if (id < 0)
		{
			if (c->flags & CX_JM_ORDERED)
				cx_state_invalid("journey_events_state",
								 "An event's stage is not in the stage order of its configuration.");
			id = jm_add_stage(st, es->stages.str[i], es->stages.len[i]);
		}
		map[i] = id;
	}
	je_feed_journeys(es, &st->feed, map);
	return jm_serialize(st);
}
