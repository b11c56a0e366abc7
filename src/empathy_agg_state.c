/*-------------------------------------------------------------------------
 *
 * empathy_agg_state.c
 *	  empathy_agg_state: the storable state of empathy_agg, and the
 *	  aggregate's support functions over it.
 *
 * The state is the list of compact message records of empathy_agg.c
 * (features, not text).  While the aggregate runs it is an expanded object
 * updated in place (agg_state.h); its flat form is the serialized list, and
 * its text form, which is what Citus ships from a worker to the
 * coordinator, is that in base64.  A value read from text, from the wire or
 * from a parallel worker is checked field by field before use.
 *
 * Size: 24 bytes plus 128 per message (EMPATHY_SERIAL_MSG_BYTES), whatever
 * the length of the text.  A value is limited to 1 GB (about 8 million
 * messages) and its text form to 1 GB too (about 6 million): group by
 * conversation, agent or week.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"
#include "empathy_agg.h"
#include "agg_state.h"

#include "libpq/pqformat.h"
#include "utils/timestamp.h"

#define EMPATHY_STATE_TYPE	"empathy_agg_state"
#define EMPATHY_STATE_TEXT	"empathy:"

static Size
kind_flat_size(void *state)
{
	return empathy_agg_serial_size((EmpathyAggState *) state);
}

static void
kind_flatten(void *state, char *dst, Size size)
{
	StringInfoData buf;

	initStringInfo(&buf);
	empathy_agg_send(&buf, (EmpathyAggState *) state);
	if ((Size) buf.len != size)
		elog(ERROR, "empathy_agg_state: serialized %d bytes, expected %zu", buf.len, size);
	memcpy(dst, buf.data, size);
	pfree(buf.data);
}

static const CxStateKind empathy_kind = {
	EMPATHY_STATE_TYPE, kind_flat_size, kind_flatten
};

/* the state a value holds, read into cxt unless it is our expanded object */
static EmpathyAggState *
state_of(Datum d, MemoryContext cxt)
{
	CxExpandedState *es = cx_state_expanded(d, &empathy_kind);
	struct varlena *flat;

	if (es != NULL)
		return (EmpathyAggState *) es->state;
	flat = cx_state_flat(d);
	return empathy_agg_parse(VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat), cxt);
}

/*
 * The transition value to update in place: argument 0 when it is our
 * read-write expanded object (the aggregate's own), else a new one holding
 * a copy of it (or an empty state).
 */
static CxExpandedState *
writable_state(FunctionCallInfo fcinfo, const char *what)
{
	MemoryContext aggcxt,
				cxt;
	CxExpandedState *es,
			   *mine = NULL;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("empathy_agg %s function called in non-aggregate context", what)));
	if (!PG_ARGISNULL(0))
	{
		Datum		d = PG_GETARG_DATUM(0);

		mine = cx_state_expanded(d, &empathy_kind);
		if (mine != NULL && VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)))
			return mine;
	}
	es = cx_state_create(aggcxt, &empathy_kind, &cxt);
	if (PG_ARGISNULL(0))
		es->state = empathy_agg_state_new(cxt);
	else if (mine != NULL)
	{
		/* an expanded value we may not change: take a copy */
		es->state = empathy_agg_state_new(cxt);
		empathy_agg_append(es->state, mine->state);
	}
	else
		es->state = state_of(PG_GETARG_DATUM(0), cxt);
	return es;
}

/* the reply target argument (argument argno), which is the same on every row */
static void
set_reply_target(EmpathyAggState *st, FunctionCallInfo fcinfo, int argno)
{
	int64		usec;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("reply_target must not be null in empathy_agg"),
				 errhint("Leave the argument out to use the setting cx_metrics.reply_target.")));
	if (!cx_reply_target_usec(PG_GETARG_INTERVAL_P(argno), &usec))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("reply_target must be greater than 0 and at most 30 days"),
				 errhint("Pass an interval such as '2 minutes' or '1 hour'.")));
	if (st->n > 0 && st->reply_target != usec)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("reply_target must be the same on every row of an empathy_agg group")));
	st->reply_target = usec;
}

static Datum
trans(FunctionCallInfo fcinfo, bool conv, int target_arg)
{
	CxExpandedState *es = writable_state(fcinfo, "transition");
	EmpathyAggState *st = es->state;

	if (target_arg > 0)
		set_reply_target(st, fcinfo, target_arg);
	if (conv)
		empathy_agg_add_row(st, fcinfo, 2,
							PG_ARGISNULL(1) ? 0 : empathy_agg_conv_key(PG_GETARG_TEXT_PP(1)));
	else
		empathy_agg_add_row(st, fcinfo, 1, 0);
	PG_RETURN_DATUM(CX_STATE_DATUM(es));
}

PG_FUNCTION_INFO_V1(empathy_agg_state_trans);
Datum
empathy_agg_state_trans(PG_FUNCTION_ARGS)
{
	return trans(fcinfo, false, 0);
}

PG_FUNCTION_INFO_V1(empathy_agg_state_conv_trans);
Datum
empathy_agg_state_conv_trans(PG_FUNCTION_ARGS)
{
	return trans(fcinfo, true, 0);
}

PG_FUNCTION_INFO_V1(empathy_agg_state_trans_target);
Datum
empathy_agg_state_trans_target(PG_FUNCTION_ARGS)
{
	return trans(fcinfo, false, 4);
}

PG_FUNCTION_INFO_V1(empathy_agg_state_conv_trans_target);
Datum
empathy_agg_state_conv_trans_target(PG_FUNCTION_ARGS)
{
	return trans(fcinfo, true, 5);
}

PG_FUNCTION_INFO_V1(empathy_agg_state_combine);
Datum
empathy_agg_state_combine(PG_FUNCTION_ARGS)
{
	CxExpandedState *es;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		es = writable_state(fcinfo, "combine");
	}
	else
	{
		es = writable_state(fcinfo, "combine");
		empathy_agg_append(es->state, state_of(PG_GETARG_DATUM(1), CurrentMemoryContext));
	}
	PG_RETURN_DATUM(CX_STATE_DATUM(es));
}

PG_FUNCTION_INFO_V1(empathy_agg_state_final);
Datum
empathy_agg_state_final(PG_FUNCTION_ARGS)
{
	Datum		result;

	if (PG_ARGISNULL(0) ||
		!empathy_agg_result(fcinfo, state_of(PG_GETARG_DATUM(0), CurrentMemoryContext), &result))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

/* ---- type I/O ----------------------------------------------------------- */

/* a flat value whose bytes were checked */
static Datum
checked_flat(struct varlena *flat)
{
	EmpathyAggState *st = empathy_agg_parse(VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat),
											CurrentMemoryContext);

	pfree(st->msgs);
	pfree(st);
	PG_RETURN_POINTER(flat);
}

PG_FUNCTION_INFO_V1(empathy_agg_state_in);
Datum
empathy_agg_state_in(PG_FUNCTION_ARGS)
{
	return checked_flat(cx_state_from_text(PG_GETARG_CSTRING(0), EMPATHY_STATE_TEXT,
										   EMPATHY_STATE_TYPE));
}

PG_FUNCTION_INFO_V1(empathy_agg_state_out);
Datum
empathy_agg_state_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(cx_state_to_text(cx_state_flat(PG_GETARG_DATUM(0)), EMPATHY_STATE_TEXT));
}

PG_FUNCTION_INFO_V1(empathy_agg_state_recv);
Datum
empathy_agg_state_recv(PG_FUNCTION_ARGS)
{
	return checked_flat(cx_state_recv((StringInfo) PG_GETARG_POINTER(0)));
}

PG_FUNCTION_INFO_V1(empathy_agg_state_send);
Datum
empathy_agg_state_send(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(cx_state_send(PG_GETARG_DATUM(0)));
}
