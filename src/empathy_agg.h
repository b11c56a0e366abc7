/*-------------------------------------------------------------------------
 *
 * empathy_agg.h
 *	  The state of empathy_agg, shared by its 1.0 faces (state type
 *	  internal, empathy_agg.c) and its storable state type
 *	  empathy_agg_state (empathy_agg_state.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_EMPATHY_AGG_H
#define CX_EMPATHY_AGG_H

#include "empathy.h"

#include "lib/stringinfo.h"
#include "datatype/timestamp.h"

/* the longest reply target, as for the setting: 30 days */
#define CX_REPLY_TARGET_MAX_USEC	((int64) 30 * USECS_PER_DAY)

/* an interval as a reply target (false when not in (0, 30 days]) */
extern bool cx_reply_target_usec(const Interval *iv, int64 *usec);

typedef struct EmpathyAggState
{
	CxConvMsg  *msgs;			/* one compact record per message */
	uint64		n;
	uint64		cap;
	uint32		next_seq;		/* input order across combined parts */
	int64		reply_target;	/* microseconds; -1: cx_metrics.reply_target */
} EmpathyAggState;

extern EmpathyAggState *empathy_agg_state_new(MemoryContext cxt);
extern void empathy_agg_add_row(EmpathyAggState *st, FunctionCallInfo fcinfo, int first,
								uint64 conv);
extern uint64 empathy_agg_conv_key(text *c);
extern void empathy_agg_append(EmpathyAggState *a, const EmpathyAggState *b);
extern Size empathy_agg_serial_size(const EmpathyAggState *st);
extern void empathy_agg_send(StringInfo buf, const EmpathyAggState *st);
extern EmpathyAggState *empathy_agg_parse(const char *data, Size len, MemoryContext cxt);
extern bool empathy_agg_result(FunctionCallInfo fcinfo, const EmpathyAggState *st,
							   Datum *result);

#endif							/* CX_EMPATHY_AGG_H */
