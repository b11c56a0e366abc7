/*-------------------------------------------------------------------------
 *
 * journey.c
 *	  Journey-stage friction: PostgreSQL glue around src/core/journey.c.
 *
 *	journey_friction(journey, stage, at [, channel, failed] [, config])
 *		the aggregate over events.  It buffers the first journey's events;
 *		when a second journey appears it copies everything into its own
 *		tuplesort of compact tuples (key, stage id, time, channel id, outcome)
 *		sorted by key (within work_mem, spilling to disk), and at the end
 *		streams it journey by journey.  Under ORDER BY journey the input is
 *		already grouped and journeys are analysed as they complete.  Only
 *		one journey's events are ever held in memory.  The result is a
 *		journey_friction_state: a concrete, storable summary.
 *	journey_friction_merge(state)
 *		adds up stored states (parallel safe: combine/serial/deserial).
 *	journey_friction_report(state, weights...)
 *		one row per stage, ranked by the friction index.
 *	journey_friction_score(state, weights...)
 *		the figures of a one-journey state (per-journey friction).
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "executor/tuptable.h"
#include "miscadmin.h"
#include "nodes/nodeFuncs.h"
#include "nodes/primnodes.h"
#include "utils/array.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/timestamp.h"
#include "utils/tuplesort.h"
#include "utils/typcache.h"

#include "journey.h"

#define JF_DEFAULT_WINDOW	(INT64CONST(72) * USECS_PER_HOUR)
#define JF_DEFAULT_IDLE		(INT64CONST(30) * USECS_PER_DAY)
#define JF_MAX_CHANNELS		(1 << 20)

/* ---- string interning: name <-> small integer ------------------------------ */

typedef struct JfDict
{
	int			n;
	int			cap;
	char	  **str;
	int		   *len;
	int		   *slot;			/* open addressing: id or -1 */
	int			nslot;			/* power of two */
} JfDict;

static int
jf_dict_lookup(JfDict *d, const char *s, int len)
{
	uint32		h;
	int			i;

	if (d->nslot == 0)
		return -1;
	h = hash_bytes((const unsigned char *) s, len);
	for (i = h & (d->nslot - 1);; i = (i + 1) & (d->nslot - 1))
	{
		int			id = d->slot[i];

		if (id < 0)
			return -1;
		if (d->len[id] == len && memcmp(d->str[id], s, len) == 0)
			return id;
	}
}

static void
jf_dict_place(JfDict *d, int id)
{
	uint32		h = hash_bytes((const unsigned char *) d->str[id], d->len[id]);
	int			i;

	for (i = h & (d->nslot - 1); d->slot[i] >= 0; i = (i + 1) & (d->nslot - 1))
		;
	d->slot[i] = id;
}

/* add a name known to be absent; memory is charged to *mem */
static int
jf_dict_insert(JfDict *d, const char *s, int len, Size *mem)
{
	int			id = d->n;
	int			i;

	if (d->n == d->cap)
	{
		int			cap = d->cap ? d->cap * 2 : 16;

		d->str = d->str ? repalloc(d->str, sizeof(char *) * cap) : palloc(sizeof(char *) * cap);
		d->len = d->len ? repalloc(d->len, sizeof(int) * cap) : palloc(sizeof(int) * cap);
		*mem += (sizeof(char *) + sizeof(int)) * (cap - d->cap);
		d->cap = cap;
	}
	d->str[id] = palloc(len + 1);
	memcpy(d->str[id], s, len);
	d->str[id][len] = '\0';
	d->len[id] = len;
	d->n++;
	*mem += len + 1;
	if (d->n * 2 > d->nslot)
	{
		int			nslot = d->nslot ? d->nslot * 2 : 32;

		if (d->slot)
			pfree(d->slot);
		d->slot = palloc(sizeof(int) * nslot);
		*mem += sizeof(int) * (nslot - d->nslot);
		d->nslot = nslot;
		for (i = 0; i < nslot; i++)
			d->slot[i] = -1;
		for (i = 0; i < d->n; i++)
			jf_dict_place(d, i);
	}
	else
		jf_dict_place(d, id);
	return id;
}

static int
jf_name_cmp(const char *a, int alen, const char *b, int blen)
{
	int			c = memcmp(a, b, Min(alen, blen));

	if (c != 0)
		return c;
	return alen < blen ? -1 : (alen > blen ? 1 : 0);
}

/* ---- the summary: per-stage totals (what a state holds) -------------------- */

typedef struct JfAcc
{
	int64		first_at;
	int64		c[CX_JS_NCOUNTERS];
	int128		dwell_sum;
	CxJourneyHist *hist;		/* dwell times, or NULL */
} JfAcc;

typedef struct JfSummary
{
	uint32		flags;
	int64		repeat_window;
	int64		idle_period;
	int64		as_of;
	int64		journeys;
	JfDict		names;			/* stage id -> name */
	JfAcc	   *acc;			/* by stage id */
	int			acccap;
	Size		mem;			/* bytes held, checked against work_mem */
} JfSummary;

static inline void
jf_check_mem(Size mem, const char *what)
{
	if (mem > (Size) work_mem * 1024)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("journey friction needs more memory than work_mem allows"),
				 errdetail("%s: %zu kB needed, work_mem is %d kB.", what, mem / 1024, work_mem),
				 errhint("Raise work_mem (for example SET work_mem = '256MB') or filter the events.")));
}

static int
jf_summary_add_stage(JfSummary *s, const char *name, int len)
{
	int			id;

	if (s->names.n >= CX_JS_MAX_STAGES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("journey friction supports at most %d stages", CX_JS_MAX_STAGES),
				 errdetail("Stage \"%s\" would be stage number %d.", cx_errtrunc_len(name, len), CX_JS_MAX_STAGES + 1)));
	id = jf_dict_insert(&s->names, name, len, &s->mem);
	if (id >= s->acccap)
	{
		int			cap = s->acccap ? s->acccap * 2 : 8;

		s->acc = s->acc ? repalloc(s->acc, sizeof(JfAcc) * cap) : palloc(sizeof(JfAcc) * cap);
		s->mem += sizeof(JfAcc) * (cap - s->acccap);
		s->acccap = cap;
	}
	memset(&s->acc[id], 0, sizeof(JfAcc));
	s->acc[id].first_at = CX_JS_NO_TIME;
	return id;
}

static CxJourneyHist *
jf_hist(JfSummary *s, int id)
{
	if (s->acc[id].hist == NULL)
	{
		s->mem += sizeof(CxJourneyHist);
		jf_check_mem(s->mem, "Dwell-time histograms");
		s->acc[id].hist = palloc0(sizeof(CxJourneyHist));
	}
	return s->acc[id].hist;
}

/*
 * A sum of states that does not fit: numeric_value_out_of_range, never a
 * wrapped count (which would be a wrong answer, or a state that its own
 * input function rejects, so that a dump does not restore).  stage is NULL
 * for the journey count; counter is an index of the counters, or
 * CX_JS_NCOUNTERS for the dwell-time sum.
 */
static pg_noinline void
jf_overflow(const char *stage, int stagelen, int counter)
{
	if (stage == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("journey_friction_state journey count out of range"),
				 errdetail("The total number of journeys would exceed the largest bigint, 9223372036854775807."),
				 errhint("Merge fewer states at once, for example per period or segment.")));
	if (counter == CX_JS_NCOUNTERS)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("journey_friction_state dwell-time sum out of range"),
				 errdetail("The sum of dwell times of stage \"%s\" would exceed the largest 128-bit integer.",
						   cx_errtrunc_len(stage, stagelen)),
				 errhint("Merge fewer states at once, for example per period or segment.")));
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("journey_friction_state count out of range"),
			 errdetail("The %s of stage \"%s\" would exceed the largest bigint, 9223372036854775807.",
					   cx_journey_counter_name(counter), cx_errtrunc_len(stage, stagelen)),
			 errhint("Merge fewer states at once, for example per period or segment.")));
}

/* dst += src, every sum checked (see jf_overflow) */
static inline void
jf_acc_add(JfSummary *s, int id, const JfAcc *src)
{
	JfAcc	   *dst = &s->acc[id];
	int			bad = cx_journey_counters_add(dst->c, &dst->dwell_sum, src->c, src->dwell_sum);

	if (unlikely(bad >= 0))
		jf_overflow(s->names.str[id], s->names.len[id], bad);
	if (src->first_at < dst->first_at)
		dst->first_at = src->first_at;
}

/* order in which a summary's stages are listed: the given order, or first seen */
static int *
jf_summary_order(JfSummary *s)
{
	int		   *ord = palloc(sizeof(int) * Max(s->names.n, 1));
	int			i;
	int			j;

	for (i = 0; i < s->names.n; i++)
		ord[i] = i;
	if (s->flags & CX_JS_ORDERED)
		return ord;
	/* insertion sort by (first_at, name): at most CX_JS_MAX_STAGES stages */
	for (i = 1; i < s->names.n; i++)
	{
		int			x = ord[i];

		for (j = i; j > 0; j--)
		{
			int			y = ord[j - 1];

			if (s->acc[y].first_at < s->acc[x].first_at ||
				(s->acc[y].first_at == s->acc[x].first_at &&
				 jf_name_cmp(s->names.str[y], s->names.len[y], s->names.str[x], s->names.len[x]) <= 0))
				break;
			ord[j] = y;
		}
		ord[j] = x;
	}
	return ord;
}

static bytea *
jf_summary_serialize(JfSummary *s)
{
	int		   *ord = jf_summary_order(s);
	CxJourneyStateHeader h;
	Size		size = CX_JS_HEADER_SIZE;
	bytea	   *out;
	uint8	   *p;
	int			i;

	for (i = 0; i < s->names.n; i++)
		size += cx_journey_state_stage_size(s->names.len[i], cx_journey_hist_nonzero(s->acc[i].hist));
	out = palloc(VARHDRSZ + size);
	SET_VARSIZE(out, VARHDRSZ + size);
	p = (uint8 *) VARDATA(out);
	h.flags = s->flags;
	h.repeat_window = s->repeat_window;
	h.idle_period = s->idle_period;
	h.as_of = s->as_of;
	h.journeys = s->journeys;
	h.nstages = s->names.n;
	p += cx_journey_state_write_header(p, &h);
	for (i = 0; i < s->names.n; i++)
	{
		int			id = ord[i];
		CxJourneyStageAcc a;

		a.name = s->names.str[id];
		a.namelen = s->names.len[id];
		a.first_at = s->acc[id].first_at;
		memcpy(a.c, s->acc[id].c, sizeof(a.c));
		a.dwell_sum = s->acc[id].dwell_sum;
		p += cx_journey_state_write_stage(p, &a, s->acc[id].hist);
	}
	Assert((Size) (p - (uint8 *) VARDATA(out)) == size);
	pfree(ord);
	return out;
}

/* validate a state's bytes; errors name what is wrong */
static void
jf_state_check(const uint8 *buf, Size len, CxJourneyStateHeader *h)
{
	const char *why = cx_journey_state_check(buf, len, h);
	size_t		off = CX_JS_HEADER_SIZE;
	uint32		i;

	if (why != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid journey_friction_state"),
				 errdetail("The %s.", why),
				 errhint("Build states with journey_friction() or journey_friction_merge(); do not edit them.")));
	for (i = 0; i < h->nstages; i++)
	{
		CxJourneyStageAcc a;

		off = cx_journey_state_read_stage(buf, off, &a);
		if (!pg_verifymbstr(a.name, a.namelen, true))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid journey_friction_state"),
					 errdetail("A stage name is not valid in the database encoding.")));
	}
}

/*
 * Add a (checked) state's bytes into a summary.  An empty summary takes the
 * state's settings; otherwise they must agree.
 */
static void
jf_summary_add_bytes(JfSummary *s, const uint8 *buf, Size len)
{
	CxJourneyStateHeader h;
	size_t		off = CX_JS_HEADER_SIZE;
	uint32		i;
	bool		fresh = (s->repeat_window < 0);	/* see jf_summary_init */

	jf_state_check(buf, len, &h);
	if (fresh)
	{
		s->flags = h.flags;
		s->repeat_window = h.repeat_window;
		s->idle_period = h.idle_period;
		s->as_of = h.as_of;
	}
	else
	{
		if ((s->flags & CX_JS_ORDERED) != (h.flags & CX_JS_ORDERED))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot merge journey friction states built with and without a stage order")));
		if (s->repeat_window != h.repeat_window || s->idle_period != h.idle_period)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot merge journey friction states built with different settings"),
					 errdetail("Repeat windows %lld and %lld us, idle periods %lld and %lld us.",
							   (long long) s->repeat_window, (long long) h.repeat_window,
							   (long long) s->idle_period, (long long) h.idle_period),
					 errhint("Build all the states with the same journey_config().")));
		if ((s->flags & CX_JS_ORDERED) && (uint32) s->names.n != h.nstages)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot merge journey friction states with different stage orders")));
		s->flags |= h.flags;
		if (h.as_of > s->as_of)
			s->as_of = h.as_of;
	}
	if (!cx_journey_add_i64(&s->journeys, h.journeys))
		jf_overflow(NULL, 0, 0);
	for (i = 0; i < h.nstages; i++)
	{
		CxJourneyStageAcc a;
		JfAcc		add;
		int			id;
		uint32		b;

		off = cx_journey_state_read_stage(buf, off, &a);
		id = jf_dict_lookup(&s->names, a.name, a.namelen);
		if (s->flags & CX_JS_ORDERED && !fresh && id != (int) i)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot merge journey friction states with different stage orders"),
					 errdetail("Stage %u is \"%s\" in one state but \"%s\" in the other.",
							   i + 1, cx_errtrunc_len(a.name, (int) a.namelen),
							   (int) i < s->names.n ? cx_errtrunc_len(s->names.str[i], s->names.len[i]) : "(none)")));
		if (id < 0)
			id = jf_summary_add_stage(s, a.name, a.namelen);
		add.first_at = a.first_at;
		memcpy(add.c, a.c, sizeof(add.c));
		add.dwell_sum = a.dwell_sum;
		jf_acc_add(s, id, &add);
		for (b = 0; b < a.nbuckets; b++)
		{
			CxJourneyHist *hist = jf_hist(s, id);
			int			bucket;
			int64		count;
			cx_i128		bsum;

			/* (cannot fail once the dwell count added up: checked all the same) */
			cx_journey_state_bucket(a.buckets, b, &bucket, &count, &bsum);
			if (!cx_journey_add_i64(&hist->count[bucket], count))
				jf_overflow(a.name, a.namelen, CX_JS_DWELL_N);
			if (!cx_journey_add_i128(&hist->sum[bucket], bsum))
				jf_overflow(a.name, a.namelen, CX_JS_NCOUNTERS);
		}
	}
	jf_check_mem(s->mem, "Merging states");
}

static void
jf_summary_init(JfSummary *s)
{
	memset(s, 0, sizeof(*s));
	s->repeat_window = -1;		/* marks "no settings yet" */
}

static void
jf_summary_merge(JfSummary *dst, JfSummary *src)
{
	bytea	   *b = jf_summary_serialize(src);

	jf_summary_add_bytes(dst, (uint8 *) VARDATA(b), VARSIZE(b) - VARHDRSZ);
	pfree(b);
}

/* ---- journey_friction_state: the type ---------------------------------------- */

static inline int
jf_hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

PG_FUNCTION_INFO_V1(journey_friction_state_in);
Datum
journey_friction_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	size_t		slen = strlen(str);
	bytea	   *out;
	CxJourneyStateHeader h;
	size_t		i;

	if (slen % 2 != 0 || slen == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type journey_friction_state"),
				 errdetail("A state is written as an even number of hexadecimal digits."),
				 errhint("Build states with journey_friction() or journey_friction_merge().")));
	out = palloc(VARHDRSZ + slen / 2);
	SET_VARSIZE(out, VARHDRSZ + slen / 2);
	for (i = 0; i < slen; i += 2)
	{
		int			hi = jf_hex_value(str[i]);
		int			lo = jf_hex_value(str[i + 1]);

		if ((hi < 0 || lo < 0) && !IS_HIGHBIT_SET(str[i]) && !IS_HIGHBIT_SET(str[i + 1]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type journey_friction_state"),
					 errdetail("\"%c%c\" at position %zu is not a hexadecimal byte.",
							   str[i], str[i + 1] ? str[i + 1] : ' ', i + 1)));
		/* (never half of a multibyte character in a message) */
		if (hi < 0 || lo < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type journey_friction_state"),
					 errdetail("The bytes at position %zu are not a hexadecimal byte.", i + 1)));
		((uint8 *) VARDATA(out))[i / 2] = (uint8) (hi * 16 + lo);
	}
	jf_state_check((uint8 *) VARDATA(out), slen / 2, &h);
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(journey_friction_state_out);
Datum
journey_friction_state_out(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	const uint8 *p = (const uint8 *) VARDATA_ANY(b);
	Size		len = VARSIZE_ANY_EXHDR(b);
	char	   *out = palloc(len * 2 + 1);
	static const char hex[] = "0123456789abcdef";
	Size		i;

	for (i = 0; i < len; i++)
	{
		out[2 * i] = hex[p[i] >> 4];
		out[2 * i + 1] = hex[p[i] & 15];
	}
	out[2 * len] = '\0';
	PG_RETURN_CSTRING(out);
}

PG_FUNCTION_INFO_V1(journey_friction_state_recv);
Datum
journey_friction_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	bytea	   *out = palloc(VARHDRSZ + len);
	CxJourneyStateHeader h;

	SET_VARSIZE(out, VARHDRSZ + len);
	pq_copymsgbytes(buf, VARDATA(out), len);
	jf_state_check((uint8 *) VARDATA(out), len, &h);
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(journey_friction_state_send);
Datum
journey_friction_state_send(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

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

static int64
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
		ArrayType  *arr = DatumGetArrayTypeP(d);
		Datum	   *elems;
		bool	   *nulls;
		int			n;
		int			i;

		if (ARR_NDIM(arr) > 1)
			ereport(ERROR,
					(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
					 errmsg("stage order must be a one-dimensional array")));
		deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
		if (n == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("stage order must not be empty"),
					 errhint("Pass NULL (the default) to order stages by first appearance.")));
		for (i = 0; i < n; i++)
		{
			text	   *t;

			if (nulls[i])
				ereport(ERROR,
						(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
						 errmsg("stage order must not contain NULL"),
						 errdetail("Element %d is NULL.", i + 1)));
			t = DatumGetTextPP(elems[i]);
			jf_check_name(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), "a stage name");
			if (jf_dict_lookup(&s->names, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)) >= 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("stage \"%s\" appears twice in the stage order",
								cx_errtrunc_len(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))),
						 errdetail("Element %d repeats an earlier stage.", i + 1),
						 errhint("List each stage once in journey_config(stages => ...).")));
			jf_summary_add_stage(s, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
		}
		s->flags |= CX_JS_ORDERED;
	}
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

/* ---- journey_friction_merge(): adding up states -------------------------------- */

static JfSummary *
jf_merge_state(FunctionCallInfo fcinfo, MemoryContext *cxt)
{
	JfSummary  *s;

	if (!AggCheckCallContext(fcinfo, cxt))
		elog(ERROR, "journey_friction_merge called in non-aggregate context");
	if (!PG_ARGISNULL(0))
		return (JfSummary *) PG_GETARG_POINTER(0);
	s = MemoryContextAlloc(*cxt, sizeof(JfSummary));
	jf_summary_init(s);
	return s;
}

PG_FUNCTION_INFO_V1(journey_friction_merge_trans);
Datum
journey_friction_merge_trans(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	MemoryContext old;
	JfSummary  *s;
	bytea	   *b;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	s = jf_merge_state(fcinfo, &cxt);
	b = PG_GETARG_BYTEA_PP(1);
	old = MemoryContextSwitchTo(cxt);
	jf_summary_add_bytes(s, (uint8 *) VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(journey_friction_merge_combine);
Datum
journey_friction_merge_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	MemoryContext old;
	JfSummary  *s;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	s = jf_merge_state(fcinfo, &cxt);
	old = MemoryContextSwitchTo(cxt);
	jf_summary_merge(s, (JfSummary *) PG_GETARG_POINTER(1));
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(journey_friction_merge_serial);
Datum
journey_friction_merge_serial(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(jf_summary_serialize((JfSummary *) PG_GETARG_POINTER(0)));
}

PG_FUNCTION_INFO_V1(journey_friction_merge_deserial);
Datum
journey_friction_merge_deserial(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	JfSummary  *s = palloc(sizeof(JfSummary));

	jf_summary_init(s);
	jf_summary_add_bytes(s, (uint8 *) VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(journey_friction_merge_final);
Datum
journey_friction_merge_final(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_BYTEA_P(jf_summary_serialize((JfSummary *) PG_GETARG_POINTER(0)));
}

/* ---- report and score ------------------------------------------------------------ */

typedef struct JfWeights
{
	double		w[CX_JF_NCOMPONENTS];
	double		dwell_reference;	/* microseconds */
} JfWeights;

/* weights are arguments 1..6, dwell_reference argument 7 */
static void
jf_weights(FunctionCallInfo fcinfo, JfWeights *jw)
{
	static const char *const names[] = {"w_repeat", "w_loop", "w_dwell", "w_drop_off", "w_channel", "w_failed"};
	double		total = 0.0;
	int			k;

	for (k = 0; k < CX_JF_NCOMPONENTS; k++)
	{
		double		w;

		if (PG_ARGISNULL(1 + k))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s must not be NULL", names[k]),
					 errhint("Use 0 to leave a component out of the friction index.")));
		w = PG_GETARG_FLOAT8(1 + k);
		if (isnan(w) || isinf(w) || w < 0.0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s must be a finite number >= 0, not %g", names[k], w)));
		jw->w[k] = w;
		total += w;
	}
	if (total <= 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("at least one friction index weight must be positive")));
	if (PG_ARGISNULL(7))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("dwell_reference must not be NULL")));
	jw->dwell_reference = (double) jf_interval_us(PG_GETARG_INTERVAL_P(7), "dwell_reference");
	if (jw->dwell_reference <= 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("dwell_reference must be positive")));
}

static JfSummary *
jf_summary_from_arg(FunctionCallInfo fcinfo)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	JfSummary  *s = palloc(sizeof(JfSummary));

	jf_summary_init(s);
	jf_summary_add_bytes(s, (uint8 *) VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	return s;
}

static inline double
jf_rate(int64 num, int64 den)
{
	return den > 0 ? (double) num / (double) den : NAN;
}

static Datum
jf_interval_datum_us(int64 us)
{
	Interval   *iv = palloc0(sizeof(Interval));

	iv->time = us;
	return IntervalPGetDatum(iv);
}

/*
 * A median (a double, from bucket means) as an interval.  Dwell times are
 * at most 2^63 - 1 us, but that value is 2^63 as a double, which llround
 * cannot return: clamped, so that it is never wrapped to a negative time.
 */
static Datum
jf_interval_datum(double us)
{
	if (us >= (double) PG_INT64_MAX)
		return jf_interval_datum_us(PG_INT64_MAX);
	if (us <= 0.0)
		return jf_interval_datum_us(0);
	return jf_interval_datum_us((int64) llround(us));
}

/*
 * Mean of a dwell sum, rounded half away from zero to the microsecond:
 * exact (no double), and at most the largest dwell time, so it fits.
 */
static int64
jf_mean_us(int128 sum, int64 n)
{
	int128		q = sum / n;
	int128		r = sum % n;

	if (2 * r >= n)
		q++;
	return q > PG_INT64_MAX ? PG_INT64_MAX : (int64) q;
}

/* the friction components of one stage's totals */
static void
jf_components(const JfAcc *a, bool final_stage, uint32 flags, const JfWeights *jw,
			  double *comp, double *median_us)
{
	*median_us = a->hist ? cx_journey_hist_median(a->hist, a->c[CX_JS_DWELL_N]) : NAN;
	comp[CX_JF_REPEAT] = jf_rate(a->c[CX_JS_REPEATS], a->c[CX_JS_EVENTS]);
	comp[CX_JF_LOOP] = jf_rate(a->c[CX_JS_LOOPS], a->c[CX_JS_VISITS]);
	comp[CX_JF_DWELL] = cx_journey_dwell_component(*median_us, jw->dwell_reference);
	comp[CX_JF_DROP] = final_stage ? (a->c[CX_JS_REACHED] > 0 ? 0.0 : NAN) :
		jf_rate(a->c[CX_JS_ENDED_IDLE], a->c[CX_JS_REACHED]);
	comp[CX_JF_CHANNEL] = (flags & CX_JS_CHANNEL) ?
		jf_rate(a->c[CX_JS_CH_SWITCHES], a->c[CX_JS_CH_EVENTS]) : NAN;
	comp[CX_JF_FAILED] = (flags & CX_JS_OUTCOME) ?
		jf_rate(a->c[CX_JS_FAILED], a->c[CX_JS_OUT_EVENTS]) : NAN;
}

#define JF_REPORT_COLS 21

typedef struct JfReportRow
{
	int			id;
	int			position;
	double		index;
	double		comp[CX_JF_NCOMPONENTS];
	double		median;
} JfReportRow;

static int
jf_row_cmp(const void *a, const void *b)
{
	const JfReportRow *x = a;
	const JfReportRow *y = b;
	bool		xn = isnan(x->index);
	bool		yn = isnan(y->index);

	if (xn != yn)
		return xn ? 1 : -1;
	if (!xn && x->index != y->index)
		return x->index > y->index ? -1 : 1;
	return x->position - y->position;
}

static inline Datum
jf_float_or_null(double v, bool *isnull)
{
	*isnull = isnan(v);
	return Float8GetDatum(isnan(v) ? 0.0 : v);
}

PG_FUNCTION_INFO_V1(journey_friction_report);
Datum
journey_friction_report(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	JfSummary  *s;
	JfWeights	jw;
	JfReportRow *rows;
	int		   *ord;
	int			n;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	jf_weights(fcinfo, &jw);
	if (PG_ARGISNULL(0))
		return (Datum) 0;		/* no events: no stages */
	s = jf_summary_from_arg(fcinfo);

	n = s->names.n;
	ord = jf_summary_order(s);
	rows = palloc(sizeof(JfReportRow) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		JfReportRow *r = &rows[i];

		r->id = ord[i];
		r->position = i + 1;
		jf_components(&s->acc[r->id], i == n - 1, s->flags, &jw, r->comp, &r->median);
		r->index = cx_journey_index(r->comp, jw.w);
	}
	qsort(rows, n, sizeof(JfReportRow), jf_row_cmp);

	for (i = 0; i < n; i++)
	{
		JfReportRow *r = &rows[i];
		JfAcc	   *a = &s->acc[r->id];
		const int64 *c = a->c;
		Datum		v[JF_REPORT_COLS];
		bool		nulls[JF_REPORT_COLS];
		bool		final_stage = (r->position == n);
		int64		drop = final_stage ? 0 : c[CX_JS_ENDED_IDLE];
		int			k = 0;

		memset(nulls, 0, sizeof(nulls));
		v[k++] = Int32GetDatum(i + 1);
		v[k++] = PointerGetDatum(cstring_to_text_with_len(s->names.str[r->id], s->names.len[r->id]));
		v[k++] = Int32GetDatum(r->position);
		v[k++] = Int64GetDatum(c[CX_JS_REACHED]);
		v[k++] = Int64GetDatum(c[CX_JS_EVENTS]);
		v[k++] = Int64GetDatum(c[CX_JS_VISITS]);
		v[k++] = Int64GetDatum(c[CX_JS_CONVERTED]);
		v[k] = jf_float_or_null(jf_rate(c[CX_JS_CONVERTED], c[CX_JS_REACHED]), &nulls[k]);
		k++;
		v[k++] = Int64GetDatum(c[CX_JS_REPEATS]);
		v[k] = jf_float_or_null(r->comp[CX_JF_REPEAT], &nulls[k]);
		k++;
		v[k++] = Int64GetDatum(c[CX_JS_LOOPS]);
		v[k] = jf_float_or_null(r->comp[CX_JF_LOOP], &nulls[k]);
		k++;
		nulls[k] = isnan(r->median);
		v[k] = nulls[k] ? (Datum) 0 : jf_interval_datum(r->median);
		k++;
		nulls[k] = c[CX_JS_DWELL_N] == 0;
		v[k] = nulls[k] ? (Datum) 0 : jf_interval_datum_us(jf_mean_us(a->dwell_sum, c[CX_JS_DWELL_N]));
		k++;
		v[k++] = Int64GetDatum(drop);
		v[k] = jf_float_or_null(r->comp[CX_JF_DROP], &nulls[k]);
		k++;
		nulls[k] = !(s->flags & CX_JS_CHANNEL);
		v[k++] = Int64GetDatum(c[CX_JS_CH_SWITCHES]);
		v[k] = jf_float_or_null(r->comp[CX_JF_CHANNEL], &nulls[k]);
		k++;
		nulls[k] = !(s->flags & CX_JS_OUTCOME);
		v[k++] = Int64GetDatum(c[CX_JS_FAILED]);
		v[k] = jf_float_or_null(r->comp[CX_JF_FAILED], &nulls[k]);
		k++;
		v[k] = jf_float_or_null(r->index, &nulls[k]);
		k++;
		Assert(k == JF_REPORT_COLS);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	return (Datum) 0;
}

#define JF_SCORE_COLS 14

/* the totals of a one-journey state over its stages do not fit (see jf_overflow) */
static pg_noinline void
jf_score_overflow(int counter)
{
	if (counter == CX_JS_NCOUNTERS)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("journey_friction_score dwell-time sum out of range"),
				 errdetail("The journey's sum of dwell times over all its stages would exceed the largest 128-bit integer."),
				 errhint("journey_friction() never builds such a state: check where this one comes from.")));
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("journey_friction_score total out of range"),
			 errdetail("The journey's %s over all its stages would exceed the largest bigint, 9223372036854775807.",
					   cx_journey_counter_name(counter)),
			 errhint("journey_friction() never builds such a state: check where this one comes from.")));
}

PG_FUNCTION_INFO_V1(journey_friction_score);
Datum
journey_friction_score(PG_FUNCTION_ARGS)
{
	JfSummary  *s;
	JfWeights	jw;
	TupleDesc	tupdesc;
	Datum		v[JF_SCORE_COLS];
	bool		nulls[JF_SCORE_COLS];
	int64		tot[CX_JS_NCOUNTERS];
	CxJourneyHist *hist;
	int128		dwell_sum = 0;
	double		comp[CX_JF_NCOMPONENTS];
	double		median;
	int		   *ord;
	int			n;
	int			i;
	int			k;
	int			last_stage = -1;
	int			worst = -1;
	double		worst_index = NAN;
	int			reached = 0;
	bool		dropped = false;

	jf_weights(fcinfo, &jw);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = jf_summary_from_arg(fcinfo);
	if (s->journeys != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("journey_friction_score needs the state of exactly one journey"),
				 errdetail("The state covers %lld journeys.", (long long) s->journeys),
				 errhint("Group by the journey: journey_friction_score(journey_friction(journey, stage, at ORDER BY journey)) ... GROUP BY journey.")));
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");

	n = s->names.n;
	ord = jf_summary_order(s);
	memset(tot, 0, sizeof(tot));
	hist = palloc0(sizeof(CxJourneyHist));
	for (i = 0; i < n; i++)
	{
		JfAcc	   *a = &s->acc[ord[i]];
		double		sc[CX_JF_NCOMPONENTS];
		double		sm;
		double		idx;

		if (a->c[CX_JS_REACHED] == 0)
			continue;
		reached++;
		/* a state from text may hold any valid counts: checked sums */
		k = cx_journey_counters_add(tot, &dwell_sum, a->c, a->dwell_sum);
		if (k >= 0)
			jf_score_overflow(k);
		if (a->hist)
			for (k = 0; k < CX_JOURNEY_NBUCKETS; k++)
			{
				if (!cx_journey_add_i64(&hist->count[k], a->hist->count[k]))
					jf_score_overflow(CX_JS_DWELL_N);
				if (!cx_journey_add_i128(&hist->sum[k], a->hist->sum[k]))
					jf_score_overflow(CX_JS_NCOUNTERS);
			}
		if (a->c[CX_JS_ENDED])
			last_stage = i;
		jf_components(a, i == n - 1, s->flags, &jw, sc, &sm);
		idx = cx_journey_index(sc, jw.w);
		if (!isnan(idx) && (isnan(worst_index) || idx > worst_index))
		{
			worst_index = idx;
			worst = ord[i];
		}
	}
	/* without a stage order, the journey's final stage is its last new stage */
	if (last_stage >= 0)
	{
		bool		final_stage;

		if (s->flags & CX_JS_ORDERED)
			final_stage = (last_stage == n - 1);
		else
		{
			final_stage = true;
			for (i = last_stage + 1; i < n; i++)
				if (s->acc[ord[i]].c[CX_JS_REACHED] > 0)
					final_stage = false;
		}
		dropped = !final_stage && s->acc[ord[last_stage]].c[CX_JS_ENDED_IDLE] > 0;
	}
	median = cx_journey_hist_median(hist, tot[CX_JS_DWELL_N]);
	comp[CX_JF_REPEAT] = jf_rate(tot[CX_JS_REPEATS], tot[CX_JS_EVENTS]);
	comp[CX_JF_LOOP] = jf_rate(tot[CX_JS_LOOPS], tot[CX_JS_VISITS]);
	comp[CX_JF_DWELL] = cx_journey_dwell_component(median, jw.dwell_reference);
	comp[CX_JF_DROP] = dropped ? 1.0 : 0.0;
	comp[CX_JF_CHANNEL] = (s->flags & CX_JS_CHANNEL) ? jf_rate(tot[CX_JS_CH_SWITCHES], tot[CX_JS_CH_EVENTS]) : NAN;
	comp[CX_JF_FAILED] = (s->flags & CX_JS_OUTCOME) ? jf_rate(tot[CX_JS_FAILED], tot[CX_JS_OUT_EVENTS]) : NAN;

	memset(nulls, 0, sizeof(nulls));
	k = 0;
	v[k++] = Int64GetDatum(tot[CX_JS_EVENTS]);
	v[k++] = Int64GetDatum(tot[CX_JS_VISITS]);
	v[k++] = Int32GetDatum(reached);
	v[k++] = Int64GetDatum(tot[CX_JS_REPEATS]);
	v[k++] = Int64GetDatum(tot[CX_JS_LOOPS]);
	nulls[k] = isnan(median);
	v[k] = nulls[k] ? (Datum) 0 : jf_interval_datum(median);
	k++;
	nulls[k] = tot[CX_JS_DWELL_N] == 0;
	v[k] = nulls[k] ? (Datum) 0 : jf_interval_datum_us(jf_mean_us(dwell_sum, tot[CX_JS_DWELL_N]));
	k++;
	nulls[k] = last_stage < 0;
	v[k] = nulls[k] ? (Datum) 0 :
		PointerGetDatum(cstring_to_text_with_len(s->names.str[ord[last_stage]], s->names.len[ord[last_stage]]));
	k++;
	v[k++] = BoolGetDatum(dropped);
	nulls[k] = !(s->flags & CX_JS_CHANNEL);
	v[k++] = Int64GetDatum(tot[CX_JS_CH_SWITCHES]);
	nulls[k] = !(s->flags & CX_JS_OUTCOME);
	v[k++] = Int64GetDatum(tot[CX_JS_FAILED]);
	v[k] = jf_float_or_null(cx_journey_index(comp, jw.w), &nulls[k]);
	k++;
	nulls[k] = worst < 0;
	v[k] = nulls[k] ? (Datum) 0 :
		PointerGetDatum(cstring_to_text_with_len(s->names.str[worst], s->names.len[worst]));
	k++;
	v[k] = jf_float_or_null(worst_index, &nulls[k]);
	k++;
	Assert(k == JF_SCORE_COLS);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, v, nulls)));
}
