/*-------------------------------------------------------------------------
 *
 * agg_state.h
 *	  Concrete aggregate states that are cheap to update: a storable varlena
 *	  type whose value lives, while an aggregate runs, as a read-write
 *	  expanded object (utils/expandeddatum.h) in the aggregate's memory.
 *
 * An aggregate whose state type is internal cannot leave the node that
 * computes it: Citus computes a custom aggregate partially on its workers
 * only when the state type has a text form (it ships the state through the
 * type's output and input functions), and a state can only be stored or
 * rolled up when it is a type.  A flat varlena state, rebuilt on every row,
 * would cost O(n^2); an expanded object is updated in place (nodeAgg and
 * nodeWindowAgg keep a read-write expanded transition value they own
 * without copying it) and flattened only when it leaves the aggregate: into
 * a tuple for a parallel worker's Gather, into text for Citus, or into a
 * table.
 *
 * Each state type supplies its flat size and its flattening (the bytes
 * after the varlena header); everything else is shared here.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_AGG_STATE_H
#define CX_AGG_STATE_H

#include "compat.h"

#include "lib/stringinfo.h"
#include "utils/expandeddatum.h"

typedef struct CxStateKind
{
	const char *name;			/* the SQL type, for messages */
	/* bytes of the flat form after the varlena header */
	Size		(*flat_size) (void *state);
	/* write them to dst (exactly flat_size(state) bytes) */
	void		(*flatten) (void *state, char *dst, Size size);
} CxStateKind;

typedef struct CxExpandedState
{
	ExpandedObjectHeader hdr;
	const CxStateKind *kind;
	void	   *state;			/* allocated in hdr.eoh_context */
} CxExpandedState;

/*
 * A new, empty expanded state in a child context of parent (the
 * aggregate's context); *cxt receives that context, in which the caller
 * allocates the state and then sets es->state.
 */
extern CxExpandedState *cx_state_create(MemoryContext parent, const CxStateKind *kind,
										MemoryContext *cxt);

/* the expanded state a datum points to, or NULL when it is a flat value */
extern CxExpandedState *cx_state_expanded(Datum d, const CxStateKind *kind);

/* the read-write datum to return from a transition or combine function */
#define CX_STATE_DATUM(es)	EOHPGetRWDatum(&(es)->hdr)

/* the flat varlena of a state value (flattened when it is expanded) */
extern struct varlena *cx_state_flat(Datum d);

/* text form: "<prefix>" followed by the flat bytes in base64 */
extern char *cx_state_to_text(struct varlena *flat, const char *prefix);
/* and back: the bytes, in a palloc'd varlena; errors name the type */
extern struct varlena *cx_state_from_text(const char *s, const char *prefix,
										  const char *type_name);

/*
 * Binary I/O: the flat bytes as they are.  cx_state_recv reads the rest of
 * the message into a varlena, for the type's own checks; cx_state_send
 * returns the bytea of a value (flattened when it is expanded).
 */
extern struct varlena *cx_state_recv(StringInfo buf);
extern bytea *cx_state_send(Datum d);

/* an ERRCODE_INVALID_BINARY_REPRESENTATION error about a state's bytes */
extern CX_NORETURN void cx_state_invalid(const char *type_name, const char *detail);

#endif							/* CX_AGG_STATE_H */
