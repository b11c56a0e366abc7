/*-------------------------------------------------------------------------
 *
 * journey_events_io.c
 *	  journey_events_state (journey_events.h): its flat form, its
 *	  configuration's canonical bytes, and the type's I/O.
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

void
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

/* set the configuration and key of an empty state (in its context) */
void
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

const CxStateKind je_kind = {
	JE_TYPE, kind_flat_size, kind_flatten
};

/* key types shown by value in messages (else in hexadecimal) */
bool
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
JeState *
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
JeState *
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
	return je_checked_flat(cx_state_recv((StringInfo) PG_GETARG_POINTER(0)));
}

PG_FUNCTION_INFO_V1(journey_events_state_send);
Datum
journey_events_state_send(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(cx_state_send(PG_GETARG_DATUM(0)));
}

