/*-------------------------------------------------------------------------
 *
 * journey_agg.c
 *	  journey_friction(journey, stage, at [, channel, failed] [, config]):
 *	  the aggregate over events.  The event feed (journey_feed.c) hands it
 *	  the events journey by journey (sorting them by key unless the call
 *	  says ORDER BY journey); each journey is analysed and added to the
 *	  per-stage totals.  Only one journey's events are ever held in memory.
 *	  The result is a journey_friction_state: a concrete, storable summary.
 *
 *-------------------------------------------------------------------------
 */
#include "journey_events.h"
#include "agg_state.h"

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
	int			last_stage;		/* fast path: the previous row's stage */
	/* the events, journey by journey (journey_feed.c) */
	JfFeed		feed;
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

/* a visit to stage followed by one to next_stage: its dwell time and transition */
static void
jf_dwell(void *arg, int32_t stage, int32_t next_stage, int64_t dwell, bool back)
{
	JfAgg	   *st = arg;
	JfSummary  *s = &st->sum;
	JfPair	   *pr;

	cx_journey_hist_add(jf_hist(s, stage), dwell);
	pr = jf_pair(s, stage, next_stage);
	/* (unchecked sums: bounded by the events read, as in jf_flush) */
	if (pr->last_journey != s->journeys)
	{
		pr->journeys++;
		pr->last_journey = s->journeys;
	}
	pr->transitions++;
	pr->loops += back;
	pr->dwell_sum += dwell;
	jf_pair_dwell(s, pr, cx_journey_bucket(dwell), 1, dwell);
}

/* analyse one whole journey from the feed and add it to the totals */
static void
jf_flush(JfFeed *f, void *arg)
{
	JfAgg	   *st = arg;
	JfSummary  *s = &st->sum;
	JfFeedParams fp;
	CxJourneyStageResult *res;
	int64		i;

	if (f->nev == 0)
		return;
	fp.stages = &s->names;
	fp.ordered = (s->flags & CX_JS_ORDERED) != 0;
	fp.repeat_window = s->repeat_window;
	fp.idle_period = s->idle_period;
	fp.as_of = s->as_of;
	res = jf_feed_analyze(f, &fp, jf_dwell, st);

	for (i = 0; i < f->nev; i++)
	{
		int			id = f->ev[i].stage;
		CxJourneyStageResult *r = &res[id];
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
}

/* the feed's memory check: one journey's events on top of the names */
static void
jf_feed_mem(void *arg, Size bytes, const char *what)
{
	JfAgg	   *st = arg;

	jf_check_mem(st->sum.mem + bytes, what);
}

static JfAgg *
jf_agg_create(FunctionCallInfo fcinfo, MemoryContext aggcxt, int cfgarg)
{
	MemoryContext old = MemoryContextSwitchTo(aggcxt);
	JfAgg	   *st = palloc0(sizeof(JfAgg));

	st->cxt = aggcxt;
	jf_summary_init(&st->sum);
	st->last_stage = -1;
	if (cfgarg >= 0)
	{
		if (PG_ARGISNULL(cfgarg))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("journey_friction config must not be NULL"),
					 errhint("Omit the argument or pass journey_config() for the defaults.")));
		st->config_copy = (bytea *) PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(cfgarg));
		jf_read_journey_config(&st->sum, (HeapTupleHeader) st->config_copy);
	}
	else
		jf_read_journey_config(&st->sum, NULL);
	if (PG_NARGS() >= 6)
		st->sum.flags |= CX_JS_CHANNEL | CX_JS_OUTCOME;
	st->sum.flags |= CX_JS_TRANSITIONS;
	jf_feed_init(&st->feed, fcinfo, "journey_friction", false, jf_flush, jf_feed_mem, st,
				 &st->sum.mem);
	MemoryContextSwitchTo(old);
	return st;
}

static int
jf_stage_id(JfAgg *st, text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			id = jf_dict_cached(&st->sum.names, &st->last_stage, s, len);

	if (id >= 0)
		return id;
	if (st->sum.flags & CX_JS_ORDERED)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("stage \"%s\" is not in the stage order", cx_errtrunc_len(s, len)),
				 errhint("Add it to journey_config(stages => ...) or filter its events out.")));
	jf_check_name(s, len, "a stage name");
	id = jf_summary_add_stage(&st->sum, s, len);
	jf_check_mem(st->sum.mem, "The list of stages");
	st->last_stage = id;
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
	int			stage;
	int			channel = -1;
	int			failed = -1;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "journey_friction_trans called in non-aggregate context");

	if (PG_ARGISNULL(0))
		st = jf_agg_create(fcinfo, aggcxt, cfgarg);
	else
	{
		st = (JfAgg *) PG_GETARG_POINTER(0);
		if (cfgarg >= 0)
			jf_config_check_unchanged(fcinfo, cfgarg, st->config_copy, "journey_friction");
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

	old = MemoryContextSwitchTo(st->cxt);
	stage = jf_stage_id(st, PG_GETARG_TEXT_PP(2));
	if (with_channel)
	{
		if (!PG_ARGISNULL(4))
			channel = jf_feed_channel(&st->feed, PG_GETARG_TEXT_PP(4));
		if (!PG_ARGISNULL(5))
			failed = PG_GETARG_BOOL(5) ? 1 : 0;
	}
	jf_feed_row(&st->feed, fcinfo, PG_GETARG_DATUM(1), at, stage, channel, failed, JF_NO_SCORE);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(journey_friction_final);
Datum
journey_friction_final(PG_FUNCTION_ARGS)
{
	JfAgg	   *st;
	MemoryContext old;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (JfAgg *) PG_GETARG_POINTER(0);
	old = MemoryContextSwitchTo(st->cxt);
	jf_feed_finish(&st->feed);
	MemoryContextSwitchTo(old);
	PG_RETURN_BYTEA_P(jf_summary_serialize(&st->sum));
}

/* ---- journey_events_state: the configuration and the final function ---------- */

/* the settings of journey_friction's config argument (cfgarg; -1: none) */
void
jf_events_config(FunctionCallInfo fcinfo, int cfgarg, JeConfig *c)
{
	JfSummary	s;
	int			i;

	jf_summary_init(&s);
	if (cfgarg >= 0)
	{
		if (PG_ARGISNULL(cfgarg))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("journey_friction config must not be NULL"),
					 errhint("Omit the argument or pass journey_config() for the defaults.")));
		jf_read_journey_config(&s, (HeapTupleHeader) PG_DETOAST_DATUM(PG_GETARG_DATUM(cfgarg)));
	}
	else
		jf_read_journey_config(&s, NULL);
	memset(c, 0, sizeof(JeConfig));
	c->kind = JE_FRICTION;
	c->with_channel = PG_NARGS() >= 6;
	c->as_of_default = s.as_of_default;
	c->flags = s.flags & (CX_JS_ORDERED | CX_JS_FINAL_SET);
	c->repeat_window = s.repeat_window;
	c->idle_period = s.idle_period;
	c->as_of = s.as_of_default ? 0 : s.as_of;
	c->nnames = s.names.n;
	c->names = palloc(sizeof(char *) * Max(s.names.n, 1));
	c->namelen = palloc(sizeof(int) * Max(s.names.n, 1));
	c->namebits = palloc(Max(s.names.n, 1));
	for (i = 0; i < s.names.n; i++)
	{
		c->names[i] = s.names.str[i];
		c->namelen[i] = s.names.len[i];
		c->namebits[i] = JE_NAME_STAGE | (s.acc[i].final ? JE_NAME_FINAL : 0);
	}
}

/*
 * journey_friction's result from a journey_events_state: the totals
 * rebuilt from its configuration exactly as the transition function of
 * 1.0 builds them, then every journey analysed by jf_flush.
 */
bytea *
jf_events_final(JeState *es)
{
	const JeConfig *c = &es->cfg;
	JfAgg	   *st = palloc0(sizeof(JfAgg));
	int		   *map;
	int			i;

	st->cxt = CurrentMemoryContext;
	st->last_stage = -1;
	jf_summary_init(&st->sum);
	st->sum.flags = c->flags;
	st->sum.repeat_window = c->repeat_window;
	st->sum.idle_period = c->idle_period;
	st->sum.as_of = c->as_of_default ? GetCurrentTransactionStartTimestamp() : c->as_of;
	st->sum.as_of_default = c->as_of_default;
	for (i = 0; i < c->nnames; i++)
	{
		int			id = jf_summary_add_stage(&st->sum, c->names[i], c->namelen[i]);

		st->sum.acc[id].final = (c->namebits[i] & JE_NAME_FINAL) != 0;
	}
	if (c->with_channel)
		st->sum.flags |= CX_JS_CHANNEL | CX_JS_OUTCOME;
	st->sum.flags |= CX_JS_TRANSITIONS;
	jf_feed_init_bare(&st->feed, "journey_friction", false, jf_flush, jf_feed_mem, st,
					  &st->sum.mem);
	for (i = 0; i < es->channels.n; i++)
		jf_dict_insert(&st->feed.channels, es->channels.str[i], es->channels.len[i],
					   &st->sum.mem);
	map = palloc(sizeof(int) * Max(es->stages.n, 1));
	for (i = 0; i < es->stages.n; i++)
	{
		int			id = jf_dict_lookup(&st->sum.names, es->stages.str[i], es->stages.len[i]);

		if (id < 0)
		{
			if (c->flags & CX_JS_ORDERED)
				cx_state_invalid("journey_events_state",
								 "An event's stage is not in the stage order of its configuration.");
			id = jf_summary_add_stage(&st->sum, es->stages.str[i], es->stages.len[i]);
		}
		map[i] = id;
	}
	je_feed_journeys(es, &st->feed, map);
	return jf_summary_serialize(&st->sum);
}
