/*-------------------------------------------------------------------------
 *
 * journey_events.h
 *	  journey_events_state: the storable, combinable state of the
 *	  aggregates over journey events (journey_friction, journey_moments).
 *
 * The events of one journey can be spread over several Citus shards or
 * parallel workers, so a partial state cannot analyse journeys: it keeps
 * the events (journey key, stage, time, channel, outcome, answer) and the
 * configuration; states are combined by concatenation, and the final
 * function sorts the events by journey and hands each whole journey to the
 * same analysis as before (journey_feed.c's flush callbacks of
 * journey_agg.c and journey_moments.c).
 *
 * Journey keys are kept as bytes: the value of an integer key, the image
 * of other fixed-length keys (uuid) and the contents of a variable-length
 * one (text).  Two keys are the same journey when their bytes are equal,
 * which for integer, text and uuid keys is equality.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_JOURNEY_EVENTS_H
#define CX_JOURNEY_EVENTS_H

#include "journey_feed.h"

#define JE_FRICTION		1
#define JE_MOMENTS		2

/* bits of a configuration name */
#define JE_NAME_STAGE	0x1		/* a stage of the configuration (in order) */
#define JE_NAME_FINAL	0x2		/* a final stage */

#define JE_ANSWER_STAGE (-1)	/* stage of an event that only carries an answer */

/*
 * The settings a configuration argument gives, after its checks: what the
 * final function needs to rebuild the aggregate's totals, and what two
 * states to be combined must agree on.
 */
typedef struct JeConfig
{
	uint8		kind;			/* JE_FRICTION or JE_MOMENTS */
	bool		with_channel;	/* the forms with channel and outcome */
	bool		as_of_default;	/* as_of: the final's transaction start */
	uint32		flags;			/* CX_JS_ORDERED | CX_JS_FINAL_SET, or CX_JM_ORDERED | CX_JM_DROP_DEFINED */
	int32		scale;			/* journey_moments: 0 = NPS, else CSAT 1..scale */
	int64		repeat_window;
	int64		idle_period;
	int64		as_of;			/* 0 when as_of_default */
	int64		dwell_reference;	/* journey_moments */
	int			nnames;
	char	  **names;
	int		   *namelen;
	uint8	   *namebits;		/* JE_NAME_* */
} JeConfig;

/* one event while aggregating */
typedef struct JeEvent
{
	/* the sort key: hash, length and first 8 bytes of the key, time */
	uint32		hash;			/* of the key's bytes */
	uint32		keylen;
	uint64		kv;				/* the key's first 8 bytes (zero-padded) */
	int64		at;
	uint64		keyoff;			/* the key's bytes, in JeState.keys */
	int32		stage;			/* id in JeState.stages, or JE_ANSWER_STAGE */
	int32		channel;		/* id in JeState.channels, or -1 */
	int32		score;			/* answer, or JF_NO_SCORE */
	int32		failed;			/* -1, 0, 1 */
} JeEvent;

typedef struct JeState
{
	JeConfig	cfg;
	char	   *cfgbytes;		/* its canonical bytes (compared by combine) */
	int			cfglen;
	/* the journey key */
	uint8		keyform;		/* JE_KEY_* */
	int16		keytyplen;
	Oid			keytype;		/* a built-in type, else InvalidOid */
	/* names */
	JfDict		stages;
	JfDict		channels;
	int			last_stage;
	int			last_channel;
	/* events and the bytes of their keys */
	JeEvent    *ev;
	int64		nev;
	int64		evcap;
	char	   *keys;
	Size		keyused;
	Size		keycap;
	Size		flat;			/* bytes of the flat form */
	Size		mem;			/* (charged by the dictionaries; unused) */
	/* the transition function's own */
	bytea	   *config_copy;	/* the config argument, checked constant */
	JfDict		order;			/* stage order of the config */
	/* the final function's: the journey being fed */
	int64		cur;
} JeState;

#define JE_KEY_BYVAL	1		/* integer value, big-endian */
#define JE_KEY_FIXED	2		/* fixed-length image */
#define JE_KEY_VARLENA	3		/* contents of a variable-length value */

/* journey_events_final.c: the final functions' common part */
extern void je_feed_journeys(JeState *st, JfFeed *f, const int *stage_map);

/* journey_agg.c and journey_moments.c: config reading and the finals */
extern void jf_events_config(FunctionCallInfo fcinfo, int cfgarg, JeConfig *c);
extern bytea *jf_events_final(JeState *st);
extern void jm_events_config(FunctionCallInfo fcinfo, int cfgarg, JeConfig *c);
extern bytea *jm_events_final(JeState *st);

/* ---- internal to journey_events_*.c ----------------------------------------- */

#include "agg_state.h"
#include "lib/stringinfo.h"

#define JE_TYPE			"journey_events_state"
#define JE_TEXT			"journey_events:"
#define JE_MAGIC		0x43584A45	/* "CXJE" */
#define JE_VERSION		1
#define JE_HEADER_SIZE	(4 + 1 + 1 + 2 + 4)

/* bytes of an event in the flat form, without its key's */
static inline Size
je_event_fixed(const JeState *st)
{
	return st->cfg.kind == JE_MOMENTS ? 25 : 21;
}

static inline const char *
je_aggname(const JeState *st)
{
	return st->cfg.kind == JE_MOMENTS ? "journey_moments" : "journey_friction";
}

/* the first 8 bytes of a key, zero-padded: compared before the bytes */
static inline uint64
je_key_prefix(const char *key, uint32 keylen)
{
	uint64		v = 0;

	memcpy(&v, key, Min(keylen, 8));
	return v;
}

/* same key: equal hash, length, prefix and (beyond 8 bytes) the rest */
static inline bool
je_key_equal(const char *keys, const JeEvent *x, const JeEvent *y)
{
	return x->hash == y->hash && x->keylen == y->keylen && x->kv == y->kv &&
		(x->keylen <= 8 || x->keyoff == y->keyoff ||
		 memcmp(keys + x->keyoff + 8, keys + y->keyoff + 8, x->keylen - 8) == 0);
}

extern const CxStateKind je_kind;

/* journey_events_state.c */
extern void je_state_init(JeState *st);
extern int	je_dict_add(JeState *st, JfDict *d, const char *s, int len);
extern void je_reserve(JeState *st, int64 n, Size keybytes);
extern void je_add_event(JeState *st, int64 at, int stage, int channel, int failed,
						 int32 score, const char *key, uint32 keylen, uint32 hash);

/* journey_events_io.c */
extern void je_config_encode(const JeConfig *c, StringInfo b);
extern void je_state_set_config(JeState *st, const char *cfgbytes, int cfglen,
								uint8 keyform, int16 typlen, Oid keytype);
extern bool je_key_shown(Oid t);
extern JeState *je_parse(const uint8 *buf, Size len);
extern JeState *je_state_of(Datum d, MemoryContext cxt);

#endif							/* CX_JOURNEY_EVENTS_H */
