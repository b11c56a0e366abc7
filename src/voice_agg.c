/*-------------------------------------------------------------------------
 *
 * voice_agg.c
 *	  voice_agg(body [, lang]) -> voice_state, voice_agg(voice_state) (the
 *	  rollup), voice_summary(voice_state), and the state's I/O.
 *
 * The state holds exact counts only: messages, negative and positive ones,
 * the sum of the sentiments in thousandths (an integer, so that partial
 * states combine to the same result in any order, on parallel workers or
 * Citus nodes), the messages showing each signal, and per topic of the
 * taxonomy the messages about it (by name, sorted, so that states from
 * sessions or nodes whose taxonomies were loaded in another order merge).
 * Its size grows with the number of distinct topics only (at most
 * CX_VOICE_MAX_TOPICS), never with the messages.
 *
 * Text form: "n=10 negative=3 positive=4 sentiment_milli=-152300
 * signals=2,1,0,0,0,5,1,0,1,0,0,1,0,0 topics=billing:3,delivery:2".
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"
#include "empathy.h"
#include "voice_glue.h"

#include "common/int.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"


/*
 * The signals whose presence is counted: the six emotions, effort, its four
 * cues, churn intent, escalation, urgency (voice_summary_result's order).
 */
#define VOICE_NSIG 14

#define TOPIC_NAME_MAX 64		/* with its terminating zero */

typedef struct VoiceTopicCount
{
	int64		count;
	char		name[TOPIC_NAME_MAX];
} VoiceTopicCount;

typedef struct VoiceState
{
	int32		vl_len_;
	int32		ntopics;
	int32		captopics;		/* room allocated (in memory only) */
	int32		pad;
	int64		n;
	int64		negative;
	int64		positive;
	int64		sentiment_milli;
	int64		sig[VOICE_NSIG];
	VoiceTopicCount topics[FLEXIBLE_ARRAY_MEMBER];
} VoiceState;

#define VOICE_STATE_SIZE(cap) (offsetof(VoiceState, topics) + (size_t) (cap) * sizeof(VoiceTopicCount))
#define DatumGetVoiceState(d) ((VoiceState *) PG_DETOAST_DATUM(d))

static VoiceState *
state_new(int cap)
{
	VoiceState *st = palloc0(VOICE_STATE_SIZE(cap));

	SET_VARSIZE(st, VOICE_STATE_SIZE(cap));
	st->captopics = cap;
	return st;
}

static void
count_add(int64 *a, int64 b)
{
	if (pg_add_s64_overflow(*a, b, a))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("voice_state count out of range"),
				 errhint("Split the rows into smaller groups.")));
}

/* a topic name of the taxonomy: a-z, 0-9, _; 1 to 63 bytes */
static bool
topic_name_ok(const char *s, size_t len)
{
	if (len == 0 || len >= TOPIC_NAME_MAX)
		return false;
	for (size_t i = 0; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return false;
	return true;
}

/*
 * Add count to topic name (kept sorted).  Growing makes a new, bigger state
 * and returns it; the old one is freed unless it is keep: the transition
 * value the executor passed in, which the executor frees itself when a
 * transition function returns another pointer (repalloc would free it
 * twice).
 */
static VoiceState *
state_add_topic(VoiceState *st, const char *name, int64 count, const VoiceState *keep)
{
	int			lo = 0,
				hi = st->ntopics;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = strcmp(st->topics[mid].name, name);

		if (c == 0)
		{
			count_add(&st->topics[mid].count, count);
			return st;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (st->ntopics >= CX_VOICE_MAX_TOPICS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("a voice_state holds at most %d topics", CX_VOICE_MAX_TOPICS)));
	if (st->ntopics == st->captopics)
	{
		int			cap = st->captopics ? st->captopics * 2 : 8;
		VoiceState *bigger = palloc0(VOICE_STATE_SIZE(cap));

		memcpy(bigger, st, VOICE_STATE_SIZE(st->ntopics));
		SET_VARSIZE(bigger, VOICE_STATE_SIZE(cap));
		bigger->captopics = cap;
		if (st != keep)
			pfree(st);
		st = bigger;
	}
	memmove(&st->topics[lo + 1], &st->topics[lo], (st->ntopics - lo) * sizeof(VoiceTopicCount));
	memset(&st->topics[lo], 0, sizeof(VoiceTopicCount));
	strlcpy(st->topics[lo].name, name, TOPIC_NAME_MAX);
	st->topics[lo].count = count;
	st->ntopics++;
	return st;
}

/* a copy we may change: in the aggregate's context the state itself */
static VoiceState *
state_writable(FunctionCallInfo fcinfo, int argno, MemoryContext *aggcxt_out)
{
	MemoryContext aggcxt;
	VoiceState *st;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "voice_state transition called outside an aggregate");
	*aggcxt_out = aggcxt;
	if (PG_ARGISNULL(argno))
	{
		MemoryContext old = MemoryContextSwitchTo(aggcxt);

		st = state_new(8);
		MemoryContextSwitchTo(old);
		return st;
	}
	st = DatumGetVoiceState(PG_GETARG_DATUM(argno));
	if ((Pointer) st != DatumGetPointer(PG_GETARG_DATUM(argno)) ||
		GetMemoryChunkContext(st) != aggcxt)
	{
		/* a detoasted or initial copy elsewhere: copy into the aggregate's context */
		MemoryContext old = MemoryContextSwitchTo(aggcxt);
		VoiceState *c = palloc(VARSIZE(st));

		memcpy(c, st, VARSIZE(st));
		c->captopics = c->ntopics;
		MemoryContextSwitchTo(old);
		st = c;
	}
	return st;
}

/* the topics of one message, each once */
typedef struct MsgTopics
{
	const char *names[64];
	int			n;
} MsgTopics;

static void
msg_topic(void *arg, const char *topic, double weight)
{
	MsgTopics  *mt = (MsgTopics *) arg;

	for (int i = 0; i < mt->n; i++)
		if (mt->names[i] == topic || strcmp(mt->names[i], topic) == 0)
			return;
	if (mt->n < 64)
		mt->names[mt->n++] = topic;
}

PG_FUNCTION_INFO_V1(voice_state_accum);
Datum
voice_state_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	VoiceState *st = state_writable(fcinfo, 0, &aggcxt);
	CxVoice		v;
	MsgTopics	mt;
	double		flags[VOICE_NSIG];
	int			lang;

	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(st);
	lang = cx_lang_arg(PG_NARGS() > 2 ? cx_empathy_lang_text(fcinfo, 2) : NULL, "voice");
	mt.n = 0;
	cx_voice_text(PG_GETARG_TEXT_PP(1), lang, &v, msg_topic, &mt, NULL, NULL);
	count_add(&st->n, 1);
	if (v.sentiment < CX_VOICE_NEGATIVE_BELOW)
		count_add(&st->negative, 1);
	else if (v.sentiment > CX_VOICE_POSITIVE_ABOVE)
		count_add(&st->positive, 1);
	count_add(&st->sentiment_milli, (int64) llround(v.sentiment * 1000.0));
	for (int e = 0; e < CX_NEMOTION; e++)
		flags[e] = v.emotion[e];
	flags[6] = v.effort;
	flags[7] = v.repeat_contact;
	flags[8] = v.waiting;
	flags[9] = v.transfer;
	flags[10] = v.chasing;
	flags[11] = v.churn;
	flags[12] = v.escalation;
	flags[13] = v.urgency;
	for (int k = 0; k < VOICE_NSIG; k++)
		if (flags[k] > 0)
			count_add(&st->sig[k], 1);
	if (mt.n > 0)
	{
		MemoryContext old = MemoryContextSwitchTo(aggcxt);
		VoiceState *passed = st;

		for (int i = 0; i < mt.n; i++)
			st = state_add_topic(st, mt.names[i], 1, passed);
		MemoryContextSwitchTo(old);
	}
	PG_RETURN_POINTER(st);
}

/* b into a (a writable; keep: see state_add_topic) */
static VoiceState *
state_merge(VoiceState *a, const VoiceState *b, const VoiceState *keep)
{
	count_add(&a->n, b->n);
	count_add(&a->negative, b->negative);
	count_add(&a->positive, b->positive);
	count_add(&a->sentiment_milli, b->sentiment_milli);
	for (int k = 0; k < VOICE_NSIG; k++)
		count_add(&a->sig[k], b->sig[k]);
	for (int i = 0; i < b->ntopics; i++)
		a = state_add_topic(a, b->topics[i].name, b->topics[i].count, keep);
	return a;
}

/*
 * Final function of voice_agg: the state, or NULL when no message was read,
 * so that every state aggregate of cx_metrics gives NULL over no answers.
 * A copy, trimmed to its topics: the transition value stays the aggregate's.
 */
PG_FUNCTION_INFO_V1(voice_agg_final);
Datum
voice_agg_final(PG_FUNCTION_ARGS)
{
	VoiceState *st,
			   *res;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = DatumGetVoiceState(PG_GETARG_DATUM(0));
	if (st->n == 0)
		PG_RETURN_NULL();
	res = palloc(VOICE_STATE_SIZE(st->ntopics));
	memcpy(res, st, VOICE_STATE_SIZE(st->ntopics));
	SET_VARSIZE(res, VOICE_STATE_SIZE(st->ntopics));
	res->captopics = st->ntopics;
	PG_RETURN_POINTER(res);
}

PG_FUNCTION_INFO_V1(voice_state_combine);
Datum
voice_state_combine(PG_FUNCTION_ARGS)
{
	VoiceState *a;
	MemoryContext aggcxt;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	a = state_writable(fcinfo, 0, &aggcxt);
	{
		MemoryContext old = MemoryContextSwitchTo(aggcxt);

		a = state_merge(a, DatumGetVoiceState(PG_GETARG_DATUM(1)), a);
		MemoryContextSwitchTo(old);
	}
	PG_RETURN_POINTER(a);
}

/* ---- checks and I/O ---- */

/* a state read from outside is wrong: say what, in its text or binary form */
static void
bad_state_form(bool binary, const char *detail)
{
	if (binary)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary voice_state"),
				 errdetail("%s", detail),
				 errhint("A binary voice_state is what voice_state_send() writes: a version (1), n, negative, positive, sentiment_milli, 14 signal counts, the number of topics, then each topic's name and count.")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid voice_state"),
			 errdetail("%s", detail),
			 errhint("A voice_state is made by voice_agg(); its text form is \"n=10 negative=3 positive=4 sentiment_milli=-152300 signals=<14 counts> topics=name:count,...\".")));
}

#define bad_state(detail) bad_state_form(binary, (detail))

/* never trust a state read from outside: every count within its bounds */
static void
state_check(const VoiceState *st, bool binary)
{
	int64		bound;

	if (st->n < 0 || st->negative < 0 || st->positive < 0 || st->negative > st->n ||
		st->positive > st->n - st->negative)
		bad_state("The negative and positive counts must be between 0 and n together.");
	if (pg_mul_s64_overflow(st->n, 100000, &bound))
		bound = PG_INT64_MAX;	/* any sum fits */
	if (st->sentiment_milli > bound || st->sentiment_milli < -bound)
		bad_state("The sum of the sentiments is at most 100 per message in absolute value (100000 thousandths).");
	for (int k = 0; k < VOICE_NSIG; k++)
		if (st->sig[k] < 0 || st->sig[k] > st->n)
			bad_state("Each signal count must be between 0 and n.");
	for (int i = 0; i < st->ntopics; i++)
	{
		if (!topic_name_ok(st->topics[i].name, strlen(st->topics[i].name)))
			bad_state("Topic names are 1 to 63 characters of a-z, 0-9 and _.");
		if (st->topics[i].count < 1 || st->topics[i].count > st->n)
			bad_state("Each topic count must be between 1 and n.");
		if (i > 0 && strcmp(st->topics[i - 1].name, st->topics[i].name) >= 0)
			bad_state("Topics must be sorted by name, each once.");
	}
}

static int64
parse_count(const char **p)
{
	const bool	binary = false;

	const char *s = *p;
	char	   *end;
	int64		v;

	errno = 0;
	if (!((*s >= '0' && *s <= '9') || *s == '-'))
		bad_state("A count is expected.");
	v = strtoi64(s, &end, 10);
	if (errno != 0 || end == s)
		bad_state("A count is out of range.");
	*p = end;
	return v;
}

PG_FUNCTION_INFO_V1(voice_state_in);
Datum
voice_state_in(PG_FUNCTION_ARGS)
{
	const char *p = PG_GETARG_CSTRING(0);
	VoiceState *st = state_new(8);
	const bool	binary = false;

	while (*p)
	{
		const char *key = p;
		size_t		klen;

		while (*p == ' ')
			p++;
		if (!*p)
			break;
		key = p;
		while (*p && *p != '=')
			p++;
		if (*p != '=')
			bad_state("Each field is key=value.");
		klen = p - key;
		p++;
#define KEY(k) (klen == strlen(k) && strncmp(key, k, klen) == 0)
		if (KEY("n"))
			st->n = parse_count(&p);
		else if (KEY("negative"))
			st->negative = parse_count(&p);
		else if (KEY("positive"))
			st->positive = parse_count(&p);
		else if (KEY("sentiment_milli"))
			st->sentiment_milli = parse_count(&p);
		else if (KEY("signals"))
		{
			for (int k = 0; k < VOICE_NSIG; k++)
			{
				st->sig[k] = parse_count(&p);
				if (k < VOICE_NSIG - 1 && *p++ != ',')
					bad_state("signals has 14 counts separated by commas.");
			}
		}
		else if (KEY("topics"))
		{
			while (*p && *p != ' ')
			{
				const char *name = p;
				char		buf[TOPIC_NAME_MAX];
				int64		c;

				while (*p && *p != ':' && *p != ' ')
					p++;
				if (*p != ':' || !topic_name_ok(name, p - name))
					bad_state("Topics are name:count, names of 1 to 63 characters of a-z, 0-9 and _.");
				memcpy(buf, name, p - name);
				buf[p - name] = '\0';
				p++;
				c = parse_count(&p);
				if (st->ntopics > 0 && strcmp(st->topics[st->ntopics - 1].name, buf) >= 0)
					bad_state("Topics must be sorted by name, each once.");
				st = state_add_topic(st, buf, c, NULL);
				if (*p == ',')
					p++;
				else if (*p && *p != ' ')
					bad_state("Topics are separated by commas.");
			}
		}
		else
			bad_state("Unknown field (the fields are n, negative, positive, sentiment_milli, signals, topics).");
#undef KEY
		if (*p && *p != ' ')
			bad_state("Fields are separated by spaces.");
	}
	state_check(st, false);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(voice_state_out);
Datum
voice_state_out(PG_FUNCTION_ARGS)
{
	VoiceState *st = DatumGetVoiceState(PG_GETARG_DATUM(0));
	StringInfoData s;

	initStringInfo(&s);
	appendStringInfo(&s, "n=" INT64_FORMAT " negative=" INT64_FORMAT " positive=" INT64_FORMAT
					 " sentiment_milli=" INT64_FORMAT " signals=",
					 st->n, st->negative, st->positive, st->sentiment_milli);
	for (int k = 0; k < VOICE_NSIG; k++)
		appendStringInfo(&s, k ? "," INT64_FORMAT : INT64_FORMAT, st->sig[k]);
	appendStringInfoString(&s, " topics=");
	for (int i = 0; i < st->ntopics; i++)
		appendStringInfo(&s, "%s%s:" INT64_FORMAT, i ? "," : "", st->topics[i].name,
						 st->topics[i].count);
	PG_RETURN_CSTRING(s.data);
}

PG_FUNCTION_INFO_V1(voice_state_send);
Datum
voice_state_send(PG_FUNCTION_ARGS)
{
	VoiceState *st = DatumGetVoiceState(PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, 1);		/* format version */
	pq_sendint64(&buf, st->n);
	pq_sendint64(&buf, st->negative);
	pq_sendint64(&buf, st->positive);
	pq_sendint64(&buf, st->sentiment_milli);
	for (int k = 0; k < VOICE_NSIG; k++)
		pq_sendint64(&buf, st->sig[k]);
	pq_sendint32(&buf, st->ntopics);
	for (int i = 0; i < st->ntopics; i++)
	{
		pq_sendstring(&buf, st->topics[i].name);
		pq_sendint64(&buf, st->topics[i].count);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(voice_state_recv);
Datum
voice_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	VoiceState *st = state_new(8);
	int32		nt;
	const bool	binary = true;

	/*
	 * The pq_getmsg functions raise their own error on a short message; the
	 * checks below say what else is wrong.
	 */
	if (buf->len - buf->cursor < 4 + 8 * (4 + VOICE_NSIG) + 4)
		bad_state("The state is shorter than its fixed part.");
	if (pq_getmsgint(buf, 4) != 1)
		bad_state("Unknown binary format version.");
	st->n = pq_getmsgint64(buf);
	st->negative = pq_getmsgint64(buf);
	st->positive = pq_getmsgint64(buf);
	st->sentiment_milli = pq_getmsgint64(buf);
	for (int k = 0; k < VOICE_NSIG; k++)
		st->sig[k] = pq_getmsgint64(buf);
	nt = pq_getmsgint(buf, 4);
	if (nt < 0 || nt > CX_VOICE_MAX_TOPICS)
		bad_state("Too many topics.");
	for (int i = 0; i < nt; i++)
	{
		const char *name;

		if (memchr(buf->data + buf->cursor, '\0', buf->len - buf->cursor) == NULL)
			bad_state("The state ends before all its topics are read.");
		name = pq_getmsgstring(buf);
		if (buf->len - buf->cursor < 8)
			bad_state("The state ends before a topic's count.");

		if (!topic_name_ok(name, strlen(name)))
			bad_state("Topic names are 1 to 63 characters of a-z, 0-9 and _.");
		if (st->ntopics > 0 && strcmp(st->topics[st->ntopics - 1].name, name) >= 0)
			bad_state("Topics must be sorted by name, each once.");
		st = state_add_topic(st, name, pq_getmsgint64(buf), NULL);
	}
	if (buf->cursor != buf->len)
		bad_state("The state has bytes after its last topic.");
	state_check(st, true);
	PG_RETURN_POINTER(st);
}

/* ---- reading a state ---- */

static int
cmp_topic_count(const void *a, const void *b)
{
	const VoiceTopicCount *x = a,
			   *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* the 10 topics with most messages: [{"topic": ..., "messages": n, "share": s}, ...] */
static Datum
top_topics_jsonb(const VoiceState *st)
{
	VoiceTopicCount *t = palloc(sizeof(VoiceTopicCount) * (st->ntopics ? st->ntopics : 1));
	StringInfoData s;

	memcpy(t, st->topics, sizeof(VoiceTopicCount) * st->ntopics);
	qsort(t, st->ntopics, sizeof(VoiceTopicCount), cmp_topic_count);
	initStringInfo(&s);
	appendStringInfoChar(&s, '[');
	for (int i = 0; i < st->ntopics && i < 10; i++)
		appendStringInfo(&s, "%s{\"topic\": \"%s\", \"messages\": " INT64_FORMAT ", \"share\": %.4f}",
						 i ? ", " : "", t[i].name, t[i].count, (double) t[i].count / (double) st->n);
	appendStringInfoChar(&s, ']');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(s.data));
}

PG_FUNCTION_INFO_V1(voice_summary);
Datum
voice_summary(PG_FUNCTION_ARGS)
{
	VoiceState *st = DatumGetVoiceState(PG_GETARG_DATUM(0));
	TupleDesc	tupdesc;
	Datum		values[4 + VOICE_NSIG + 1];
	bool		nulls[4 + VOICE_NSIG + 1] = {false};
	double		n = (double) st->n;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "voice_summary must return a composite type");
	tupdesc = BlessTupleDesc(tupdesc);
	if (tupdesc->natts != 4 + VOICE_NSIG + 1)
		elog(ERROR, "voice_summary_result has %d attributes, expected %d", tupdesc->natts,
			 4 + VOICE_NSIG + 1);
	state_check(st, false);
	values[0] = Int64GetDatum(st->n);
	if (st->n == 0)
	{
		/* nothing to share out: the rates are unknown, not 0 */
		for (int k = 1; k < 4 + VOICE_NSIG + 1; k++)
			nulls[k] = true;
	}
	else
	{
		values[1] = Float8GetDatum((double) st->negative / n);
		values[2] = Float8GetDatum((double) st->positive / n);
		values[3] = Float8GetDatum((double) st->sentiment_milli / 1000.0 / n);
		for (int k = 0; k < VOICE_NSIG; k++)
			values[4 + k] = Float8GetDatum((double) st->sig[k] / n);
		values[4 + VOICE_NSIG] = top_topics_jsonb(st);
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
