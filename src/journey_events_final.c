/*-------------------------------------------------------------------------
 *
 * journey_events_final.c
 *	  The final functions of journey_events_state: the events sorted by
 *	  journey (PostgreSQL's sort template, instantiated for events) and
 *	  handed, one whole journey at a time, to the analysis of
 *	  journey_friction (journey_agg.c) or journey_moments
 *	  (journey_moments.c).
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

/* ---- the final functions ---------------------------------------------------- */

/*
 * The order of the final sort: by journey (hash, length and bytes of the
 * key: the order of journeys does not change the totals) and time.
 */
static inline int
je_event_cmp(const JeEvent *x, const JeEvent *y, const char *keys)
{
	int			c;

	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	if (x->keylen != y->keylen)
		return x->keylen < y->keylen ? -1 : 1;
	if (x->kv != y->kv)
		return x->kv < y->kv ? -1 : 1;
	if (x->keylen > 8 && x->keyoff != y->keyoff)
	{
		c = memcmp(keys + x->keyoff + 8, keys + y->keyoff + 8, x->keylen - 8);
		if (c != 0)
			return c;
	}
	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return 0;
}

/* PostgreSQL's qsort, instantiated for events (an inlined comparison) */
#define ST_SORT je_sort_events
#define ST_ELEMENT_TYPE JeEvent
#define ST_COMPARE_ARG_TYPE const char
#define ST_COMPARE(a, b, arg) je_event_cmp(a, b, arg)
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* the current journey's key, for messages */
static char *
je_describe_key(void *arg)
{
	JeState    *st = arg;
	const JeEvent *e = &st->ev[st->cur];
	const uint8 *k = (const uint8 *) st->keys + e->keyoff;
	Datum		d;

	if (st->keytype != InvalidOid)
	{
		Oid			out;
		bool		isvarlena;

		if (st->keyform == JE_KEY_BYVAL)
		{
			uint64		v = 0;

			for (uint32 i = 0; i < e->keylen; i++)
				v = (v << 8) | k[i];
			d = st->keytyplen == 8 ? Int64GetDatum((int64) v) :
				st->keytyplen == 4 ? Int32GetDatum((int32) v) : Int16GetDatum((int16) v);
		}
		else if (st->keyform == JE_KEY_FIXED)
		{
			char	   *p = palloc(e->keylen);

			memcpy(p, k, e->keylen);
			d = PointerGetDatum(p);
		}
		else
		{
			struct varlena *v = palloc(VARHDRSZ + e->keylen);

			SET_VARSIZE(v, VARHDRSZ + e->keylen);
			memcpy(VARDATA(v), k, e->keylen);
			d = PointerGetDatum(v);
		}
		getTypeOutputInfo(st->keytype, &out, &isvarlena);
		return OidOutputFunctionCall(out, d);
	}
	{
		StringInfoData b;

		initStringInfo(&b);
		appendStringInfoString(&b, "\\x");
		for (uint32 i = 0; i < e->keylen; i++)
			appendStringInfo(&b, "%02x", k[i]);
		return b.data;
	}
}

/*
 * Sort the events by journey (by the hash and bytes of the key; the order
 * of journeys does not change the totals) and time, and hand each whole
 * journey to the feed, whose flush callback analyses it (the analysis
 * orders events of equal times itself, so the order of ties here does not
 * matter).  stage_map: state stage id -> the aggregate's stage id.
 */
void
je_feed_journeys(JeState *st, JfFeed *f, const int *stage_map)
{
	int64		i = 0;

	je_sort_events(st->ev, st->nev, st->keys);
	f->describe_key = je_describe_key;
	f->key_arg = st;
	while (i < st->nev)
	{
		int64		j;

		st->cur = i;
		for (j = i; j < st->nev && je_key_equal(st->keys, &st->ev[i], &st->ev[j]); j++)
		{
			const JeEvent *e = &st->ev[j];

			jf_feed_push(f, e->at, e->stage < 0 ? JF_ANSWER_ROW : stage_map[e->stage],
						 e->channel, e->failed, e->score);
		}
		jf_feed_end_journey(f);
		i = j;
		CHECK_FOR_INTERRUPTS();
	}
}

static Datum
je_final(FunctionCallInfo fcinfo, int kind)
{
	JeState    *st;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = je_state_of(PG_GETARG_DATUM(0), CurrentMemoryContext);
	if (st->cfg.kind != kind)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("journey_events_state of %s given to the final function of %s",
						je_aggname(st), kind == JE_MOMENTS ? "journey_moments" : "journey_friction")));
	PG_RETURN_BYTEA_P(kind == JE_FRICTION ? jf_events_final(st) : jm_events_final(st));
}

PG_FUNCTION_INFO_V1(journey_events_friction_final);
Datum
journey_events_friction_final(PG_FUNCTION_ARGS)
{
	return je_final(fcinfo, JE_FRICTION);
}

PG_FUNCTION_INFO_V1(journey_events_moments_final);
Datum
journey_events_moments_final(PG_FUNCTION_ARGS)
{
	return je_final(fcinfo, JE_MOMENTS);
}

