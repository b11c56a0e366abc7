/*-------------------------------------------------------------------------
 *
 * journey_moments.h
 *	  Moments of truth: the survey score of the journeys that met a kind of
 *	  friction at a stage against the journeys that passed the stage
 *	  without it.  Plain C (no PostgreSQL headers), shared by the SQL glue
 *	  (src/journey_moments.c), the unit tests and the fuzz target.
 *
 * Each answered journey is analysed by cx_journey_analyze (journey.h); for
 * every stage it reached and every kind of friction defined there, it adds
 * its score to the "exposed" or the "unexposed" counts of that stage and
 * kind.  A state is those counts per stage: [kind][group][score], group 0
 * exposed, 1 unexposed, scores 0..10 (NPS) or 1..scale (CSAT).
 *
 * Friction kinds of a journey at a stage it reached:
 *	repeat			at least one repeat (journey.c) in the stage
 *	loop			at least one loop back into the stage
 *	dwell			mean dwell of its visits that were followed by another
 *					stage above the reference; undefined (neither group)
 *					when no visit was followed by another stage
 *	drop_off		the journey ended in the stage and was idle longer than
 *					idle_period at as_of; only for stages that are not final,
 *					and only when final stages are known
 *	channel_switch	at least one channel switch inside a visit (only with a
 *					channel argument; undefined without channel events)
 *	failed			at least one failed touchpoint (only with an outcome
 *					argument; undefined without events of known outcome)
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_JOURNEY_MOMENTS_H
#define CX_JOURNEY_MOMENTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "impact.h"
#include "journey.h"

enum
{
	CX_JM_REPEAT,
	CX_JM_LOOP,
	CX_JM_DWELL,
	CX_JM_DROP_OFF,
	CX_JM_CHANNEL,
	CX_JM_FAILED,
	CX_JM_NKINDS
};

/* state flags */
#define CX_JM_ORDERED		0x1		/* stages follow a user-given order */
#define CX_JM_WITH_CHANNEL	0x2		/* built with a channel argument */
#define CX_JM_WITH_OUTCOME	0x4		/* built with an outcome argument */
#define CX_JM_DROP_DEFINED	0x8		/* final stages are known */
#define CX_JM_FLAGS			0xf

/* stage flags */
#define CX_JM_STAGE_FINAL	0x1
#define CX_JM_STAGE_FLAGS	0x1

#define CX_JM_MAX_STAGES	1000
#define CX_JM_MAX_NAME		1000
#define CX_JM_MAX_BINS		11

/* scale 0 = NPS (answers 0..10); 3..10 = CSAT answers 1..scale */
static inline int
cx_jm_nbins(int32_t scale)
{
	return scale == 0 ? 11 : scale;
}

/* number of counts of one stage, and the index of one count */
#define CX_JM_STAGE_CELLS(nbins)	((size_t) CX_JM_NKINDS * 2 * (size_t) (nbins))
#define CX_JM_CELL(nbins, kind, group, bin) \
	(((size_t) (kind) * 2 + (size_t) (group)) * (size_t) (nbins) + (size_t) (bin))

/* the bin of an answer, or -1 when it is outside the scale */
extern int	cx_jm_bin(int32_t scale, int64_t score);

/* the kind's name ("repeat", ..., "failed") */
extern const char *cx_jm_kind_name(int kind);

/* is the kind defined at a stage of a state with these flags? */
extern bool cx_jm_kind_defined(uint32_t flags, uint8_t stage_flags, int kind);

/*
 * Add one answered journey's result at one stage it reached: counts are
 * that stage's CX_JM_STAGE_CELLS(nbins) counts, bin the answer's bin,
 * dwell_reference in microseconds.  (The caller adds each stage once.)
 */
extern void cx_jm_add_stage(int64_t *counts, int nbins, uint32_t flags,
							uint8_t stage_flags,
							const CxJourneyStageResult *r,
							int64_t dwell_reference, int bin);

/* ---- journey_moments_state: binary layout --------------------------------- */

/*
 * All integers big-endian:
 *	"JMS1"	u32 flags	i32 scale	i64 repeat_window	i64 idle_period
 *	i64 as_of	i64 dwell_reference	i64 journeys	i64 unanswered	u32 nstages
 *	per stage:	u32 namelen, name bytes, u8 stage flags,
 *				i64 counts[CX_JM_STAGE_CELLS(nbins)]
 * journeys counts the answered journeys analysed, unanswered the journeys
 * without an answer (they contribute nothing else).
 */
typedef struct CxJmHeader
{
	uint32_t	flags;
	int32_t		scale;
	int64_t		repeat_window;
	int64_t		idle_period;
	int64_t		as_of;
	int64_t		dwell_reference;
	int64_t		journeys;
	int64_t		unanswered;
	uint32_t	nstages;
} CxJmHeader;

#define CX_JM_HEADER_SIZE	(4 + 4 + 4 + 8 * 6 + 4)

extern size_t cx_jm_stage_size(uint32_t namelen, int nbins);
extern size_t cx_jm_write_header(uint8_t *buf, const CxJmHeader *h);
extern size_t cx_jm_write_stage(uint8_t *buf, const char *name, uint32_t namelen,
								uint8_t stage_flags, const int64_t *counts, int nbins);

/*
 * NULL when buf[0..len) is a valid state (header filled), else why not.
 * Checked: sizes, flags, settings, names (non-empty, at most
 * CX_JM_MAX_NAME bytes, no two alike), counts >= 0, each stage's
 * kinds that are not defined all zero, and for each stage and kind:
 * exposed + unexposed <= journeys, and the repeat and loop totals (which
 * every journey reaching the stage has) equal and at least every other
 * kind's total.
 */
extern const char *cx_jm_check(const uint8_t *buf, size_t len, CxJmHeader *h);

/* after a successful check: read the stage at offset off, return the next */
extern size_t cx_jm_read_stage(const uint8_t *buf, size_t off, int nbins,
							   const char **name, uint32_t *namelen,
							   uint8_t *stage_flags, int64_t *counts);

/* ---- the report ------------------------------------------------------------- */

/*
 * The impact of one kind at one stage (impact.h), with points_at_stake
 * rescaled from the stage's journeys to all answered journeys:
 *	points_at_stake = exposed / journeys * (value(unexposed) - value(exposed))
 * i.e. what the overall score of all answered journeys would gain if the
 * exposed journeys had scored like the unexposed ones at that stage.
 */
extern void cx_jm_impact(const int64_t *counts, int32_t scale, int kind,
						 int64_t journeys, double level, CxImpact *out);

#endif							/* CX_JOURNEY_MOMENTS_H */
