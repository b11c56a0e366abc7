/*-------------------------------------------------------------------------
 *
 * journey_events_state.c
 *	  journey_events_state (journey_events.h): the state of journey_friction
 *	  and journey_moments, its transition, combine and final functions and
 *	  its type I/O.
 *
 * While the aggregate runs the state is an expanded object updated in
 * place (agg_state.h).  Its flat form, which Citus ships in base64 through
 * the type's text form and a parallel worker ships in binary, is:
 *
 *	  header	 magic, version, key form, key length and type
 *	  config	 the canonical bytes of the configuration (JeConfig)
 *	  stages	 count, then (length, name) each
 *	  channels	 count, then (length, name) each
 *	  events	 count, then per event: time (8), stage id (4), channel id (4),
 *				 outcome (1), [answer (4), journey_moments only], key length
 *				 (4) and the key's bytes
 *
 * so 21 bytes plus the key per event (25 for journey_moments): 29 for a
 * bigint key, 37 for a uuid.  Integers are big-endian.  A value read from
 * text, from the wire or from a parallel worker is checked field by field
 * (je_parse) before anything uses it.  In memory an event takes 48 bytes
 * plus its key's bytes.
 *
 *-------------------------------------------------------------------------
 */
#include "journey_events.h"
#include "agg_state.h"

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

#define JE_TYPE			"journey_events_state"
#define JE_TEXT			"journey_events:"
#define JE_MAGIC		0x43584A45	/* "CXJE" */
#define JE_VERSION		1
#define JE_HEADER_SIZE	(4 + 1 + 1 + 2 + 4)
#define JE_CFG_FIXED	(4 + 4 + 4 + 8 * 4 + 4)

static inline Size
je_event_fixed(const JeState *st)
{
	return st->cfg.kind == JE_MOMENTS ? 25 : 21;
}

static const char *
je_aggname(const JeState *st)
{
	return st->cfg.kind == JE_MOMENTS ? "journey_moments" : "journey_friction";
}

/* ---- the canonical bytes of a configuration --------------------------------- */

static void
je_put_u32(StringInfo b, uint32 v)
{
	uint8		x[4];

	cx_put_u32(x, v);
	appendBinaryStringInfo(b, (char *) x, 4);
}

static void
je_put_u64(StringInfo b, uint64 v)
{
	uint8		x[8];

	cx_put_u64(x, v);
	appendBinaryStringInfo(b, (char *) x, 8);
}

static void
je_config_encode(const JeConfig *c, StringInfo b)
{
	int			i;

	appendStringInfoChar(b, (char) c->kind);
	appendStringInfoChar(b, (char) c->with_channel);
	appendStringInfoChar(b, (char) c->as_of_default);
	appendStringInfoChar(b, 0);
	je_put_u32(b, c->flags);
	je_put_u32(b, (uint32) c->scale);
	je_put_u64(b, (uint64) c->repeat_window);
	je_put_u64(b, (uint64) c->idle_period);
	je_put_u64(b, (uint64) c->as_of);
	je_put_u64(b, (uint64) c->dwell_reference);
	je_put_u32(b, (uint32) c->nnames);
	for (i = 0; i < c->nnames; i++)
	{
		appendStringInfoChar(b, (char) c->namebits[i]);
		je_put_u32(b, (uint32) c->namelen[i]);
		appendBinaryStringInfo(b, c->names[i], c->namelen[i]);
	}
}

/* a cursor over bytes to check; every read is bounded */
typedef struct JeReader
{
	const uint8 *p;
	Size		len;
	Size		off;
} JeReader;

static void
je_need(JeReader *r, Size n, const char *what)
{
	if (r->len - r->off < n)
		cx_state_invalid(JE_TYPE, psprintf("The value ends inside %s.", what));
}

static uint32
je_u32(JeReader *r, const char *what)
{
	je_need(r, 4, what);
	r->off += 4;
	return cx_get_u32(r->p + r->off - 4);
}

static uint64
je_u64(JeReader *r, const char *what)
{
	je_need(r, 8, what);
	r->off += 8;
	return cx_get_u64(r->p + r->off - 8);
}

static uint8
je_u8(JeReader *r, const char *what)
{
	je_need(r, 1, what);
	return r->p[r->off++];
}

/* a name: checked length, encoding; returns its bytes (in the buffer) */
static const char *
je_name(JeReader *r, int *len, int minlen, Size maxlen, const char *what)
{
	uint32		n = je_u32(r, what);
	const char *s;

	if (n < (uint32) minlen || n > maxlen)
		cx_state_invalid(JE_TYPE, psprintf("The length of %s is out of range.", what));
	je_need(r, n, what);
	s = (const char *) r->p + r->off;
	if (!pg_verifymbstr(s, (int) n, true))
		cx_state_invalid(JE_TYPE, psprintf("The bytes of %s are not valid in the database encoding.", what));
	r->off += n;
	*len = (int) n;
	return s;
}

/* read and check a configuration (into CurrentMemoryContext) */
static void
je_config_decode(JeReader *r, JeConfig *c)
{
	uint8		pad;
	uint32		known;
	uint32		n;
	JfDict		seen;
	Size		mem = 0;
	uint32		i;

	memset(c, 0, sizeof(JeConfig));
	memset(&seen, 0, sizeof(seen));
	{
		uint8		kind = je_u8(r, "the configuration");
		uint8		wc = je_u8(r, "the configuration");
		uint8		aod = je_u8(r, "the configuration");

		pad = je_u8(r, "the configuration");
		if (kind != JE_FRICTION && kind != JE_MOMENTS)
			cx_state_invalid(JE_TYPE, "The aggregate kind is unknown.");
		if (wc > 1 || aod > 1 || pad != 0)
			cx_state_invalid(JE_TYPE, "A marker byte of the configuration is not 0 or 1.");
		c->kind = kind;
		c->with_channel = wc == 1;
		c->as_of_default = aod == 1;
	}
	c->flags = je_u32(r, "the configuration");
	known = c->kind == JE_FRICTION ? (CX_JS_ORDERED | CX_JS_FINAL_SET) :
		(CX_JM_ORDERED | CX_JM_DROP_DEFINED);
	if (c->flags & ~known)
		cx_state_invalid(JE_TYPE, "The configuration has unknown flags.");
	c->scale = (int32) je_u32(r, "the configuration");
	if (c->scale != 0 &&
		(c->kind == JE_FRICTION || c->scale < CX_CSAT_SCALE_MIN || c->scale > CX_CSAT_SCALE_MAX))
		cx_state_invalid(JE_TYPE, "The answer scale is out of range.");
	c->repeat_window = (int64) je_u64(r, "the configuration");
	c->idle_period = (int64) je_u64(r, "the configuration");
	c->as_of = (int64) je_u64(r, "the configuration");
	c->dwell_reference = (int64) je_u64(r, "the configuration");
	if (c->repeat_window < 0 || c->idle_period < 0 || c->dwell_reference < 0 ||
		(c->kind == JE_FRICTION && c->dwell_reference != 0))
		cx_state_invalid(JE_TYPE, "A time window of the configuration is out of range.");
	if (c->as_of_default ? c->as_of != 0 : TIMESTAMP_NOT_FINITE(c->as_of))
		cx_state_invalid(JE_TYPE, "The as_of time of the configuration is out of range.");
	n = je_u32(r, "the configuration");
	if (n > 2 * CX_JS_MAX_STAGES)
		cx_state_invalid(JE_TYPE, "The configuration names too many stages.");
	c->nnames = (int) n;
	c->names = palloc(sizeof(char *) * Max(n, 1));
	c->namelen = palloc(sizeof(int) * Max(n, 1));
	c->namebits = palloc(Max(n, 1));
	for (i = 0; i < n; i++)
	{
		uint8		bits = je_u8(r, "a stage of the configuration");
		const char *s;
		int			len;

		if (bits == 0 || (bits & ~(JE_NAME_STAGE | JE_NAME_FINAL)) ||
			(c->kind == JE_FRICTION && !(bits & JE_NAME_STAGE)))
			cx_state_invalid(JE_TYPE, "A stage of the configuration has unknown flags.");
		s = je_name(r, &len, 1, CX_JS_MAX_NAME, "a stage name of the configuration");
		if (jf_dict_lookup(&seen, s, len) >= 0)
			cx_state_invalid(JE_TYPE, "The configuration names a stage twice.");
		jf_dict_insert(&seen, s, len, &mem);
		c->names[i] = seen.str[i];
		c->namelen[i] = len;
		c->namebits[i] = bits;
	}
}

/* ---- the state -------------------------------------------------------------- */

static void
je_state_init(JeState *st)
{
	memset(st, 0, sizeof(JeState));
	st->last_stage = -1;
	st->last_channel = -1;
}

/* set the configuration and key of an empty state (in its context) */
static void
je_state_set_config(JeState *st, const char *cfgbytes, int cfglen, uint8 keyform,
					int16 typlen, Oid keytype)
{
	JeReader	r;

	st->cfgbytes = palloc(Max(cfglen, 1));
	memcpy(st->cfgbytes, cfgbytes, cfglen);
	st->cfglen = cfglen;
	r.p = (const uint8 *) st->cfgbytes;
	r.len = cfglen;
	r.off = 0;
	je_config_decode(&r, &st->cfg);
	if (r.off != r.len)
		cx_state_invalid(JE_TYPE, "The configuration has trailing bytes.");
	st->keyform = keyform;
	st->keytyplen = typlen;
	st->keytype = keytype;
	st->flat = JE_HEADER_SIZE + 4 + cfglen + 4 + 4 + 8;
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

static int
je_dict_add(JeState *st, JfDict *d, const char *s, int len)
{
	je_charge(st, 4 + (Size) len);
	return jf_dict_insert(d, s, len, &st->mem);
}

/* room for n more events and keybytes more key bytes (one allocation each) */
static void
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

/* append an event with its key (whose bytes may repeat the previous key's) */
static void
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

/* ---- flat form ------------------------------------------------------------- */

static Size
kind_flat_size(void *state)
{
	JeState    *st = state;

	/* an empty combine state is never returned (combine keeps NULL) */
	if (st->cfg.kind == 0)
		elog(ERROR, "journey_events_state: flattening an empty state");
	return st->flat;
}

static uint8 *
je_write_names(uint8 *p, const JfDict *d)
{
	int			i;

	cx_put_u32(p, (uint32) d->n);
	p += 4;
	for (i = 0; i < d->n; i++)
	{
		cx_put_u32(p, (uint32) d->len[i]);
		memcpy(p + 4, d->str[i], d->len[i]);
		p += 4 + d->len[i];
	}
	return p;
}

static void
kind_flatten(void *state, char *dst, Size size)
{
	JeState    *st = state;
	uint8	   *p = (uint8 *) dst;
	bool		moments = st->cfg.kind == JE_MOMENTS;
	int64		i;

	cx_put_u32(p, JE_MAGIC);
	p[4] = JE_VERSION;
	p[5] = st->keyform;
	p[6] = (uint8) ((uint16) st->keytyplen >> 8);
	p[7] = (uint8) st->keytyplen;
	cx_put_u32(p + 8, st->keytype);
	cx_put_u32(p + 12, (uint32) st->cfglen);
	memcpy(p + 16, st->cfgbytes, st->cfglen);
	p += 16 + st->cfglen;
	p = je_write_names(p, &st->stages);
	p = je_write_names(p, &st->channels);
	cx_put_u64(p, (uint64) st->nev);
	p += 8;
	for (i = 0; i < st->nev; i++)
	{
		const JeEvent *e = &st->ev[i];

		cx_put_u64(p, (uint64) e->at);
		cx_put_u32(p + 8, (uint32) e->stage);
		cx_put_u32(p + 12, (uint32) e->channel);
		p[16] = (uint8) (e->failed + 1);
		p += 17;
		if (moments)
		{
			cx_put_u32(p, (uint32) e->score);
			p += 4;
		}
		cx_put_u32(p, e->keylen);
		memcpy(p + 4, st->keys + e->keyoff, e->keylen);
		p += 4 + e->keylen;
	}
	if ((Size) (p - (uint8 *) dst) != size)
		elog(ERROR, "journey_events_state: wrote %zu bytes, expected %zu",
			 (Size) (p - (uint8 *) dst), size);
}

static const CxStateKind je_kind = {
	JE_TYPE, kind_flat_size, kind_flatten
};

/* key types shown by value in messages (else in hexadecimal) */
static bool
je_key_shown(Oid t)
{
	return t == INT2OID || t == INT4OID || t == INT8OID || t == TEXTOID ||
		t == VARCHAROID || t == BPCHAROID || t == UUIDOID || t == BYTEAOID;
}

static void
je_read_names(JeReader *r, JeState *st, JfDict *d, bool stages)
{
	uint32		n = je_u32(r, stages ? "the stage names" : "the channel names");
	uint32		i;

	if (!stages && n > JF_MAX_CHANNELS)
		cx_state_invalid(JE_TYPE, "There are too many channels.");
	for (i = 0; i < n; i++)
	{
		int			len;
		const char *s = stages ?
			je_name(r, &len, 1, CX_JS_MAX_NAME, "a stage name") :
			je_name(r, &len, 0, MaxAllocSize, "a channel name");

		if (jf_dict_lookup(d, s, len) >= 0)
			cx_state_invalid(JE_TYPE, stages ? "A stage name appears twice." :
							 "A channel name appears twice.");
		je_dict_add(st, d, s, len);
	}
}

/* a flat value, checked field by field, as a state in CurrentMemoryContext */
static JeState *
je_parse(const uint8 *buf, Size len)
{
	JeState    *st = palloc(sizeof(JeState));
	JeReader	r;
	uint8		keyform;
	int16		typlen;
	Oid			keytype;
	uint32		cfglen;
	uint64		nev;
	uint64		i;
	bool		moments;

	je_state_init(st);
	r.p = buf;
	r.len = len;
	r.off = 0;
	if (je_u32(&r, "the header") != JE_MAGIC || je_u8(&r, "the header") != JE_VERSION)
		cx_state_invalid(JE_TYPE, "The header is not that of a journey_events_state of this version.");
	keyform = je_u8(&r, "the header");
	je_need(&r, 2, "the header");
	typlen = (int16) (((uint16) r.p[r.off] << 8) | r.p[r.off + 1]);
	r.off += 2;
	keytype = je_u32(&r, "the header");
	if (!((keyform == JE_KEY_BYVAL && (typlen == 1 || typlen == 2 || typlen == 4 || typlen == 8)) ||
		  (keyform == JE_KEY_FIXED && typlen > 0) ||
		  (keyform == JE_KEY_VARLENA && typlen == -1)))
		cx_state_invalid(JE_TYPE, "The form of the journey key is unknown.");
	if (keytype != InvalidOid)
	{
		int16		tl;
		bool		bv;

		if (!je_key_shown(keytype))
			cx_state_invalid(JE_TYPE, "The journey key type is not one the state names.");
		get_typlenbyval(keytype, &tl, &bv);
		if (tl != typlen || bv != (keyform == JE_KEY_BYVAL))
			cx_state_invalid(JE_TYPE, "The journey key type does not match the form of the keys.");
	}
	cfglen = je_u32(&r, "the configuration");
	je_need(&r, cfglen, "the configuration");
	je_state_set_config(st, (const char *) r.p + r.off, (int) cfglen, keyform, typlen, keytype);
	r.off += cfglen;
	moments = st->cfg.kind == JE_MOMENTS;
	je_read_names(&r, st, &st->stages, true);
	je_read_names(&r, st, &st->channels, false);
	nev = je_u64(&r, "the events");
	if (nev > (r.len - r.off) / je_event_fixed(st))
		cx_state_invalid(JE_TYPE, "The number of events does not match the length.");
	/* (bounded by the value's length) */
	je_reserve(st, (int64) nev, r.len - r.off - nev * je_event_fixed(st));
	for (i = 0; i < nev; i++)
	{
		int64		at = (int64) je_u64(&r, "an event");
		int32		stage = (int32) je_u32(&r, "an event");
		int32		channel = (int32) je_u32(&r, "an event");
		int			failed = (int) je_u8(&r, "an event") - 1;
		int32		score = moments ? (int32) je_u32(&r, "an event") : JF_NO_SCORE;
		uint32		keylen = je_u32(&r, "an event");
		const char *key;

		if (stage == JE_ANSWER_STAGE)
		{
			if (!moments || score == JF_NO_SCORE || at != 0 || channel != -1 || failed != -1)
				cx_state_invalid(JE_TYPE, "An answer row is malformed.");
		}
		else if (stage < 0 || stage >= st->stages.n)
			cx_state_invalid(JE_TYPE, "An event's stage id is out of range.");
		else if (TIMESTAMP_NOT_FINITE(at))
			cx_state_invalid(JE_TYPE, "An event's time is not finite.");
		if (channel < -1 || channel >= st->channels.n || (channel >= 0 && !st->cfg.with_channel))
			cx_state_invalid(JE_TYPE, "An event's channel id is out of range.");
		if (failed < -1 || failed > 1 || (failed >= 0 && !st->cfg.with_channel))
			cx_state_invalid(JE_TYPE, "An event's outcome is not -1, 0 or 1.");
		if (score != JF_NO_SCORE && cx_jm_bin(st->cfg.scale, score) < 0)
			cx_state_invalid(JE_TYPE, "An event's answer is outside the scale.");
		if (keyform != JE_KEY_VARLENA ? keylen != (uint32) typlen : keylen > MaxAllocSize - VARHDRSZ)
			cx_state_invalid(JE_TYPE, "An event's key has the wrong length.");
		je_need(&r, keylen, "an event's key");
		key = (const char *) r.p + r.off;
		r.off += keylen;
		/* a text key may be printed in a message */
		if ((keytype == TEXTOID || keytype == VARCHAROID || keytype == BPCHAROID) &&
			!pg_verifymbstr(key, (int) keylen, true))
			cx_state_invalid(JE_TYPE, "An event's text key is not valid in the database encoding.");
		je_add_event(st, at, stage, channel, failed, score, key, keylen,
					 hash_bytes((const unsigned char *) key, (int) keylen));
	}
	if (r.off != r.len)
		cx_state_invalid(JE_TYPE, "The value has trailing bytes.");
	return st;
}

/* the state a value holds: ours when expanded, else parsed into cxt */
static JeState *
je_state_of(Datum d, MemoryContext cxt)
{
	CxExpandedState *es = cx_state_expanded(d, &je_kind);
	struct varlena *flat;
	MemoryContext old;
	JeState    *st;

	if (es != NULL)
		return (JeState *) es->state;
	flat = cx_state_flat(d);
	old = MemoryContextSwitchTo(cxt);
	st = je_parse((const uint8 *) VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat));
	MemoryContextSwitchTo(old);
	return st;
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

/* ---- type I/O ------------------------------------------------------------- */

static Datum
je_checked_flat(struct varlena *flat)
{
	(void) je_parse((const uint8 *) VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat));
	PG_RETURN_POINTER(flat);
}

PG_FUNCTION_INFO_V1(journey_events_state_in);
Datum
journey_events_state_in(PG_FUNCTION_ARGS)
{
	return je_checked_flat(cx_state_from_text(PG_GETARG_CSTRING(0), JE_TEXT, JE_TYPE));
}

PG_FUNCTION_INFO_V1(journey_events_state_out);
Datum
journey_events_state_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(cx_state_to_text(cx_state_flat(PG_GETARG_DATUM(0)), JE_TEXT));
}

PG_FUNCTION_INFO_V1(journey_events_state_recv);
Datum
journey_events_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	struct varlena *v = palloc(VARHDRSZ + len);

	SET_VARSIZE(v, VARHDRSZ + len);
	pq_copymsgbytes(buf, VARDATA(v), len);
	return je_checked_flat(v);
}

PG_FUNCTION_INFO_V1(journey_events_state_send);
Datum
journey_events_state_send(PG_FUNCTION_ARGS)
{
	struct varlena *flat = cx_state_flat(PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
