/*-------------------------------------------------------------------------
 *
 * empathy_agg.c
 *	  The conversation aggregate empathy_agg([conversation,] role, body,
 *	  sent_at) -> empathy_result.
 *
 * The state keeps a compact record per message (CxConvMsg: conversation
 * hash, time, role and the message's features: mechanism sums, questions,
 * content-word and feeling stems) rather than the text: each body is
 * analysed once, in the transition function, and each agent reply is
 * scored against the customer turn before it in the final function.  Rows may
 * arrive in any order; the final function sorts the records by
 * (conversation, sent_at, input order) and computes the components in
 * src/core/empathy_core.c.  Partial states combine by concatenation, so the
 * aggregate runs in parallel plans.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"
#include "empathy_agg.h"

#include "common/hashfn.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/timestamp.h"
#include "agg_state.h"

#define EMPATHY_STATE_MAGIC		0x43584533	/* "CXE3" */

EmpathyAggState *
empathy_agg_state_new(MemoryContext cxt)
{
	EmpathyAggState *st = MemoryContextAllocZero(cxt, sizeof(EmpathyAggState));

	st->cap = 16;
	st->msgs = MemoryContextAlloc(cxt, st->cap * sizeof(CxConvMsg));
	st->reply_target = -1;
	return st;
}

static void
state_reserve(EmpathyAggState *st, uint64 extra)
{
	if (st->n + extra > st->cap)
	{
		uint64		cap = st->cap;

		while (cap < st->n + extra)
			cap *= 2;
		if (cap * sizeof(CxConvMsg) > MaxAllocHugeSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many messages in one empathy_agg group"),
					 errdetail("The group has %llu messages.", (unsigned long long) st->n),
					 errhint("Group by conversation, agent or week.")));
		st->msgs = repalloc_huge(st->msgs, cap * sizeof(CxConvMsg));
		st->cap = cap;
	}
}

/* 'agent' / 'customer' and the usual CRM spellings; -1 = ignore the row */
static int
parse_role(text *t)
{
	char	   *s = text_to_cstring(t);
	char	   *p = s,
			   *e;

	while (*p == ' ')
		p++;
	e = p + strlen(p);
	while (e > p && e[-1] == ' ')
		*--e = '\0';
	for (char *c = p; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c += 'a' - 'A';
	if (strcmp(p, "agent") == 0 || strcmp(p, "outgoing") == 0 || strcmp(p, "1") == 0)
		return CX_ROLE_AGENT;
	if (strcmp(p, "customer") == 0 || strcmp(p, "incoming") == 0 || strcmp(p, "0") == 0)
		return CX_ROLE_CUSTOMER;
	if (strcmp(p, "system") == 0 || strcmp(p, "bot") == 0 || strcmp(p, "note") == 0 ||
		strcmp(p, "activity") == 0 || strcmp(p, "template") == 0 ||
		strcmp(p, "2") == 0 || strcmp(p, "3") == 0)
		return -1;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown message role \"%s\" in empathy_agg", cx_errtrunc(s)),
			 errdetail("Roles are 'agent' (or 'outgoing', '1'), 'customer' (or 'incoming', '0'); "
					   "'system', 'bot', 'note', 'activity', 'template', '2' and '3' rows are left out."),
			 errhint("Map your CRM's values with CASE, e.g. CASE WHEN sender_type = 'User' THEN 'agent' ELSE 'customer' END.")));
	return -1;					/* keep compiler quiet */
}

/*
 * Add one row (role, body, sent_at at argument first..first+2) to the
 * state.  conv is the conversation key's hash (0: one conversation).
 */
void
empathy_agg_add_row(EmpathyAggState *st, FunctionCallInfo fcinfo, int first, uint64 conv)
{
	int			role;
	CxConvMsg  *m;

	if (PG_ARGISNULL(first))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("message role must not be null in empathy_agg"),
				 errhint("Filter the rows (WHERE role IS NOT NULL) or map NULL to a role with COALESCE.")));
	if (PG_ARGISNULL(first + 2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("message time must not be null in empathy_agg"),
				 errdetail("Replies are put in order and timed by sent_at."),
				 errhint("Filter the rows with WHERE sent_at IS NOT NULL.")));
	role = parse_role(PG_GETARG_TEXT_PP(first));
	if (role < 0)
		return;

	state_reserve(st, 1);
	m = &st->msgs[st->n];
	memset(m, 0, sizeof(*m));
	m->conv = conv;
	m->sent_at = PG_GETARG_TIMESTAMPTZ(first + 2);
	m->seq = st->next_seq++;
	m->role = (uint8) role;
	if (!PG_ARGISNULL(first + 1))
	{
		text	   *body = PG_GETARG_TEXT_PP(first + 1);
		const CxLexicon *lex = cx_empathy_lexicon();
		CxMsgResult res;

		CxVoice		voice;
		bool		customer = role == CX_ROLE_CUSTOMER;

		/*
		 * A customer's message is read for its voice in the same pass: a
		 * turn that is negative, shows a negative emotion, effort, churn
		 * intent or a threat needs acknowledging (understanding), not only
		 * one with a complaint expression.
		 */
		cx_empathy_analyse_bytes(lex, VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), CX_LANG_AUTO,
								 &res, &m->feat, true, customer ? &voice : NULL);
		if (customer && cx_voice_needs_acknowledgement(&voice))
			m->feat.flags |= CX_FEAT_PROBLEM;
		m->has_body = 1;
	}
	if (st->next_seq == 0)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many messages in one empathy_agg group"),
				 errhint("Group by conversation, agent or week.")));
	st->n++;
}

uint64
empathy_agg_conv_key(text *c)
{
	/* 0 stands for "no conversation key": keep it for NULL keys only */
	return hash_bytes_extended((const unsigned char *) VARDATA_ANY(c),
							   (int) VARSIZE_ANY_EXHDR(c), 0x43584D) | 1;
}

static EmpathyAggState *
internal_state(FunctionCallInfo fcinfo)
{
	MemoryContext aggcxt;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("empathy_agg transition function called in non-aggregate context")));
	if (PG_ARGISNULL(0))
		return empathy_agg_state_new(aggcxt);
	return (EmpathyAggState *) PG_GETARG_POINTER(0);
}

/*
 * The SQL faces below are the 1.0 aggregates' support functions (state type
 * internal), kept for databases whose extension is not yet updated; 1.2's
 * empathy_agg uses the storable empathy_agg_state (empathy_agg_state.c).
 */
PG_FUNCTION_INFO_V1(empathy_agg_trans);
Datum
empathy_agg_trans(PG_FUNCTION_ARGS)
{
	EmpathyAggState *st = internal_state(fcinfo);

	empathy_agg_add_row(st, fcinfo, 1, 0);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(empathy_agg_conv_trans);
Datum
empathy_agg_conv_trans(PG_FUNCTION_ARGS)
{
	EmpathyAggState *st = internal_state(fcinfo);

	empathy_agg_add_row(st, fcinfo, 2, PG_ARGISNULL(1) ? 0 : empathy_agg_conv_key(PG_GETARG_TEXT_PP(1)));
	PG_RETURN_POINTER(st);
}

/* append b's messages to a, after a's own (b is not changed) */
void
empathy_agg_append(EmpathyAggState *a, const EmpathyAggState *b)
{
	if (b->reply_target != a->reply_target)
	{
		if (a->n > 0 && b->n > 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("empathy_agg states with different reply targets cannot be combined"),
					 errhint("Pass the same reply_target to every part.")));
		if (a->n == 0)
			a->reply_target = b->reply_target;
	}
	if ((uint64) a->next_seq + b->next_seq > PG_UINT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many messages in one empathy_agg group"),
				 errhint("Group by conversation, agent or week.")));
	state_reserve(a, b->n);
	for (uint64 i = 0; i < b->n; i++)
	{
		a->msgs[a->n + i] = b->msgs[i];
		/* keep the input order of each part, after the parts already here */
		a->msgs[a->n + i].seq += a->next_seq;
	}
	a->n += b->n;
	a->next_seq += b->next_seq;
}

PG_FUNCTION_INFO_V1(empathy_agg_combine);
Datum
empathy_agg_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	EmpathyAggState *a,
			   *b;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("empathy_agg combine function called in non-aggregate context")));
	a = PG_ARGISNULL(0) ? NULL : (EmpathyAggState *) PG_GETARG_POINTER(0);
	b = PG_ARGISNULL(1) ? NULL : (EmpathyAggState *) PG_GETARG_POINTER(1);
	if (b == NULL)
		PG_RETURN_POINTER(a);
	if (a == NULL)
		a = empathy_agg_state_new(aggcxt);
	empathy_agg_append(a, b);
	PG_RETURN_POINTER(a);
}

/*
 * A message's features, field by field (fixed size: EMPATHY_SERIAL_FEAT
 * bytes; unused hash slots are sent as 0).
 */
#define EMPATHY_SERIAL_FEAT (4 + 2 * 3 + 4 * 8 + 4 * (CX_FEAT_WORDS + CX_FEAT_FEEL))

static void
send_features(StringInfo buf, const CxFeatures *f)
{
	const float *fl[8] = {&f->emotion, &f->interp, &f->explore, &f->listen, &f->ownership,
	&f->anti, &f->complaint, &f->feeling};

	pq_sendbyte(buf, (uint8) f->lang);
	pq_sendbyte(buf, f->flags);
	pq_sendbyte(buf, f->n_content);
	pq_sendbyte(buf, f->n_feel);
	pq_sendint16(buf, f->words);
	pq_sendint16(buf, f->declaratives);
	pq_sendint16(buf, f->n_anti);
	for (int k = 0; k < 8; k++)
		pq_sendfloat4(buf, *fl[k]);
	for (int k = 0; k < CX_FEAT_WORDS; k++)
		pq_sendint32(buf, k < f->n_content ? f->content[k] : 0);
	for (int k = 0; k < CX_FEAT_FEEL; k++)
		pq_sendint32(buf, k < f->n_feel ? f->feel[k] : 0);
}

static inline void bad_state(const char *detail);

/* a hash set as sent: strictly increasing, non-zero, zero after its count */
static void
recv_hashes(StringInfo buf, uint32_t *set, int n, int cap)
{
	for (int k = 0; k < cap; k++)
	{
		uint32		h = (uint32) pq_getmsgint(buf, 4);

		if (k < n ? (h == 0 || (k > 0 && h <= set[k - 1])) : h != 0)
			bad_state("A message's word stems are not a sorted set.");
		if (k < n)
			set[k] = h;
	}
}

static void
recv_features(StringInfo buf, CxFeatures *f)
{
	float	   *fl[8] = {&f->emotion, &f->interp, &f->explore, &f->listen, &f->ownership,
	&f->anti, &f->complaint, &f->feeling};

	f->lang = (int8) pq_getmsgbyte(buf);
	f->flags = (uint8) pq_getmsgbyte(buf);
	f->n_content = (uint8) pq_getmsgbyte(buf);
	f->n_feel = (uint8) pq_getmsgbyte(buf);
	f->words = (uint16) pq_getmsgint(buf, 2);
	f->declaratives = (uint16) pq_getmsgint(buf, 2);
	f->n_anti = (uint16) pq_getmsgint(buf, 2);
	if (f->lang < 0 || f->lang >= CX_NLANG)
		bad_state("A message's language is out of range.");
	if (f->flags & ~(CX_FEAT_ASKED | CX_FEAT_PROBLEM))
		bad_state("A message has unknown flags.");
	if (f->n_content > CX_FEAT_WORDS || f->n_feel > CX_FEAT_FEEL)
		bad_state("A message has too many word stems.");
	for (int k = 0; k < 8; k++)
	{
		*fl[k] = pq_getmsgfloat4(buf);
		if (!(*fl[k] >= 0 && *fl[k] < 1e30f))
			bad_state("A message's mechanism sum is negative or not finite.");
	}
	recv_hashes(buf, f->content, f->n_content, CX_FEAT_WORDS);
	recv_hashes(buf, f->feel, f->n_feel, CX_FEAT_FEEL);
}

#define EMPATHY_SERIAL_HEADER 24	/* magic, count, next_seq, reply target */
#define EMPATHY_SERIAL_MSG_BYTES (8 + 8 + 4 + 1 + 1 + EMPATHY_SERIAL_FEAT)

/* bytes of the serialized state */
Size
empathy_agg_serial_size(const EmpathyAggState *st)
{
	return EMPATHY_SERIAL_HEADER + (Size) st->n * EMPATHY_SERIAL_MSG_BYTES;
}

/* the state, serialized at the end of buf */
void
empathy_agg_send(StringInfo buf, const EmpathyAggState *st)
{
	pq_sendint32(buf, EMPATHY_STATE_MAGIC);
	pq_sendint64(buf, st->n);
	pq_sendint32(buf, st->next_seq);
	pq_sendint64(buf, st->reply_target);
	for (uint64 i = 0; i < st->n; i++)
	{
		const CxConvMsg *m = &st->msgs[i];

		pq_sendint64(buf, m->conv);
		pq_sendint64(buf, m->sent_at);
		pq_sendint32(buf, m->seq);
		pq_sendbyte(buf, m->role);
		pq_sendbyte(buf, m->has_body);
		send_features(buf, &m->feat);
	}
}

PG_FUNCTION_INFO_V1(empathy_agg_serial);
Datum
empathy_agg_serial(PG_FUNCTION_ARGS)
{
	EmpathyAggState *st = (EmpathyAggState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	empathy_agg_send(&buf, st);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}


static inline void
bad_state(const char *detail)
{
	cx_state_invalid("empathy_agg state", detail);
}

/*
 * A serialized state, read and checked field by field into a new state in
 * cxt: it may come from another server (Citus) or from a table, so nothing
 * in it is trusted.
 */
EmpathyAggState *
empathy_agg_parse(const char *data, Size len, MemoryContext cxt)
{
	StringInfoData buf;
	EmpathyAggState *st;
	uint64		n;

	if (len > MaxAllocSize)
		bad_state("The state is too long.");
	buf.data = (char *) data;
	buf.len = (int) len;
	buf.maxlen = buf.len;
	buf.cursor = 0;
	if (buf.len < EMPATHY_SERIAL_HEADER || pq_getmsgint(&buf, 4) != EMPATHY_STATE_MAGIC)
		bad_state("The state does not start with the empathy_agg header.");
	n = (uint64) pq_getmsgint64(&buf);
	if ((uint64) (buf.len - EMPATHY_SERIAL_HEADER) / EMPATHY_SERIAL_MSG_BYTES != n ||
		(uint64) (buf.len - EMPATHY_SERIAL_HEADER) % EMPATHY_SERIAL_MSG_BYTES != 0)
		bad_state("The state's length does not match its message count.");
	st = empathy_agg_state_new(cxt);
	st->next_seq = (uint32) pq_getmsgint(&buf, 4);
	st->reply_target = pq_getmsgint64(&buf);
	if (st->reply_target != -1 &&
		(st->reply_target <= 0 || st->reply_target > CX_REPLY_TARGET_MAX_USEC))
		bad_state("The state's reply target is out of range.");
	if (n > st->next_seq)
		bad_state("The state has more messages than sequence numbers.");
	state_reserve(st, n);
	for (uint64 i = 0; i < n; i++)
	{
		CxConvMsg  *m = &st->msgs[i];

		memset(m, 0, sizeof(*m));
		m->conv = (uint64) pq_getmsgint64(&buf);
		m->sent_at = pq_getmsgint64(&buf);
		m->seq = (uint32) pq_getmsgint(&buf, 4);
		m->role = (uint8) pq_getmsgbyte(&buf);
		m->has_body = (uint8) pq_getmsgbyte(&buf);
		recv_features(&buf, &m->feat);
		if (m->role > CX_ROLE_AGENT)
			bad_state("A message role is out of range.");
		if (m->has_body > 1)
			bad_state("A message's body flag is out of range.");
		if (m->seq >= st->next_seq)
			bad_state("A message's sequence number is out of range.");
		if (!IS_VALID_TIMESTAMP(m->sent_at) && !TIMESTAMP_NOT_FINITE(m->sent_at))
			bad_state("A message's time is out of range.");
	}
	st->n = n;
	pq_getmsgend(&buf);
	return st;
}

PG_FUNCTION_INFO_V1(empathy_agg_deserial);
Datum
empathy_agg_deserial(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	MemoryContext aggcxt;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("empathy_agg deserial function called in non-aggregate context")));
	PG_RETURN_POINTER(empathy_agg_parse(VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b), aggcxt));
}

/* the empathy_result of a state; NULL (false) when it has no messages */
bool
empathy_agg_result(FunctionCallInfo fcinfo, const EmpathyAggState *st, Datum *result)
{
	TupleDesc	tupdesc;
	CxConvResult res;
	CxConvMsg  *copy;
	Datum		values[8];
	bool		nulls[8];
	double		comps[5];

	if (st == NULL || st->n == 0)
		return false;
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "empathy_agg_final: return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);

	/* sort a copy: the state may be used again (window frames) */
	copy = palloc_extended(st->n * sizeof(CxConvMsg), MCXT_ALLOC_HUGE);
	memcpy(copy, st->msgs, st->n * sizeof(CxConvMsg));
	cx_empathy_conversations(copy, st->n,
							 st->reply_target > 0 ? st->reply_target : cx_empathy_reply_target_usec,
							 &res);
	pfree(copy);

	comps[0] = res.score;
	comps[1] = res.language;
	comps[2] = res.understanding;
	comps[3] = res.responsiveness;
	comps[4] = res.listening;
	for (int k = 0; k < 5; k++)
	{
		nulls[k] = isnan(comps[k]);
		values[k] = Float8GetDatum(nulls[k] ? 0.0 : comps[k]);
	}
	values[5] = Int64GetDatum(res.conversations);
	values[6] = Int64GetDatum(res.agent_messages);
	values[7] = Int64GetDatum(res.customer_messages);
	nulls[5] = nulls[6] = nulls[7] = false;
	*result = HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
	return true;
}

PG_FUNCTION_INFO_V1(empathy_agg_final);
Datum
empathy_agg_final(PG_FUNCTION_ARGS)
{
	EmpathyAggState *st = PG_ARGISNULL(0) ? NULL : (EmpathyAggState *) PG_GETARG_POINTER(0);
	Datum		result;

	if (!empathy_agg_result(fcinfo, st, &result))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}
