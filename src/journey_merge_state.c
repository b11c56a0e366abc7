/*-------------------------------------------------------------------------
 *
 * journey_merge_state.c
 *	  journey_friction_merge over a concrete state: its transition value is
 *	  a journey_friction_state, kept while the aggregate runs as an expanded
 *	  object holding the summary (JfSummary) that the states are added
 *	  into, and flattened (serialized) only when it leaves the aggregate: to
 *	  a parallel worker's Gather, or as text to a Citus coordinator, which
 *	  reads it with journey_friction_state's input function (which checks
 *	  it) and adds it up with the same function.
 *
 *	  One function is both the transition and the combine function: both
 *	  add a journey_friction_state into the summary.  Adding is exact
 *	  (integer sums, maxima) and its result does not depend on the order
 *	  of the states, so a plan that adds them in another order gives the
 *	  same bytes.
 *
 *-------------------------------------------------------------------------
 */
#include "journey_internal.h"
#include "agg_state.h"

#include "utils/memutils.h"

typedef struct JfMergeState
{
	JfSummary	sum;
	bytea	   *flat;			/* serialized by flat_size, for flatten */
} JfMergeState;

static Size
kind_flat_size(void *state)
{
	JfMergeState *ms = state;

	if (ms->flat)
		pfree(ms->flat);
	ms->flat = jf_summary_serialize(&ms->sum);
	return VARSIZE(ms->flat) - VARHDRSZ;
}

static void
kind_flatten(void *state, char *dst, Size size)
{
	JfMergeState *ms = state;

	if (ms->flat == NULL || VARSIZE(ms->flat) - VARHDRSZ != size)
		elog(ERROR, "journey_friction_state: flattened without its size");
	memcpy(dst, VARDATA(ms->flat), size);
	pfree(ms->flat);
	ms->flat = NULL;
}

static const CxStateKind merge_kind = {
	"journey_friction_state", kind_flat_size, kind_flatten
};

/* add a state value (flat, or one of our expanded objects) into sum */
static void
jm_add_value(JfSummary *sum, Datum d)
{
	CxExpandedState *es = cx_state_expanded(d, &merge_kind);

	if (es != NULL)
		jf_summary_merge(sum, &((JfMergeState *) es->state)->sum);
	else
	{
		struct varlena *b = cx_state_flat(d);

		jf_summary_add_bytes(sum, (const uint8 *) VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	}
}

/*
 * journey_friction_merge_add(state, state): the transition and the combine
 * function.  NULL states are skipped.
 */
PG_FUNCTION_INFO_V1(journey_friction_merge_add);
Datum
journey_friction_merge_add(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt,
				cxt,
				old;
	CxExpandedState *es = NULL;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("journey_friction_merge_add called in non-aggregate context")));
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (!PG_ARGISNULL(0))
	{
		Datum		d = PG_GETARG_DATUM(0);

		es = cx_state_expanded(d, &merge_kind);
		if (es != NULL && !VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)))
			es = NULL;
	}
	if (es == NULL)
	{
		JfMergeState *ms;

		/* a new summary: empty, plus argument 0 when it is a state */
		es = cx_state_create(aggcxt, &merge_kind, &cxt);
		old = MemoryContextSwitchTo(cxt);
		ms = palloc0(sizeof(JfMergeState));
		jf_summary_init(&ms->sum);
		if (!PG_ARGISNULL(0))
			jm_add_value(&ms->sum, PG_GETARG_DATUM(0));
		MemoryContextSwitchTo(old);
		es->state = ms;
	}
	old = MemoryContextSwitchTo(es->hdr.eoh_context);
	jm_add_value(&((JfMergeState *) es->state)->sum, PG_GETARG_DATUM(1));
	MemoryContextSwitchTo(old);
	PG_RETURN_DATUM(CX_STATE_DATUM(es));
}

/* the summary as a flat journey_friction_state */
PG_FUNCTION_INFO_V1(journey_friction_merge_result);
Datum
journey_friction_merge_result(PG_FUNCTION_ARGS)
{
	CxExpandedState *es;
	JfSummary	s;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	es = cx_state_expanded(PG_GETARG_DATUM(0), &merge_kind);
	if (es != NULL)
		PG_RETURN_BYTEA_P(jf_summary_serialize(&((JfMergeState *) es->state)->sum));
	/* a flat state (one that came through text): checked, in canonical form */
	jf_summary_init(&s);
	jm_add_value(&s, PG_GETARG_DATUM(0));
	PG_RETURN_BYTEA_P(jf_summary_serialize(&s));
}
