/*-------------------------------------------------------------------------
 *
 * journey.h
 *	  Journey-stage friction: the per-journey analysis, in plain C (no
 *	  PostgreSQL headers), shared by the SQL aggregate (src/journey.c), the
 *	  unit tests, the fuzz target and the alert triggers.
 *
 * Times are int64 microseconds (PostgreSQL's timestamptz representation);
 * stages are small integers.  In "ordered" mode a stage's integer is its
 * position in the user's stage order; otherwise every journey orders its
 * stages by its own first visits (see cx_journey_analyze).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_JOURNEY_H
#define CX_JOURNEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * 128-bit sums (exact and order-independent, so serial and parallel plans
 * agree to the last bit).  8-byte aligned, like PostgreSQL's int128, since
 * palloc only guarantees that much.
 */
typedef __int128 cx_i128 __attribute__((aligned(8)));

/* one event (touchpoint) of a journey */
typedef struct CxJourneyEvent
{
	int64_t		at;				/* microseconds */
	int32_t		stage;			/* 0 .. nstages-1 */
	int32_t		channel;		/* -1 = no channel, else a channel id */
	int32_t		failed;			/* -1 = unknown outcome, 0 = ok, 1 = failed */
	uint64_t	tie;			/* filled by cx_journey_analyze: tie-break key */
} CxJourneyEvent;

typedef struct CxJourneyParams
{
	int32_t		nstages;		/* stage ids are in [0, nstages) */
	bool		ordered;		/* stage id = position in the stage order */
	int64_t		repeat_window;	/* microseconds, >= 0 */
	int64_t		idle_period;	/* microseconds, >= 0 */
	int64_t		as_of;			/* "now" for the drop-off test */
	/*
	 * Tie-break ranks for events with equal times: stage_tie[stage] and
	 * channel_tie[channel] (may be NULL: then the ids themselves are used).
	 * The SQL glue passes the ranks of the names, so that ties are broken
	 * by content, never by the order in which rows happened to arrive.
	 */
	const uint32_t *stage_tie;
	const uint32_t *channel_tie;
} CxJourneyParams;

/* what one journey contributes to one stage */
typedef struct CxJourneyStageResult
{
	int64_t		events;			/* events in the stage */
	int64_t		visits;			/* runs of consecutive events in the stage */
	int64_t		repeats;		/* events within repeat_window of the previous event in the stage */
	int64_t		loops;			/* visits begun after a later stage was reached */
	int64_t		channel_events; /* events with a channel */
	int64_t		channel_switches;	/* channel changes inside a visit */
	int64_t		outcome_events; /* events with a known outcome */
	int64_t		failed;			/* events with a failed outcome */
	int64_t		dwell_n;		/* visits followed by another stage */
	int64_t		dwell_sum;		/* sum of those dwell times (microseconds) */
	int64_t		first_at;		/* time of the first event in the stage */
	bool		reached;
	bool		converted;		/* a later stage was reached after the first entry */
	bool		ended;			/* the journey's last event is in this stage */
	bool		ended_idle;		/* ... and as_of - last event > idle_period */
} CxJourneyStageResult;

/* callback receiving each dwell time (for the median histogram) */
typedef void (*CxJourneyDwellFn) (void *arg, int32_t stage, int64_t dwell);

/*
 * Analyze one journey.  Sorts ev[0..n-1] in place by (at, tie-break key)
 * and fills out[0..nstages-1] (zeroed first).  scratch must hold
 * 4 * nstages int64_t.  Returns the stage of the last event (-1 if n == 0).
 * Events must satisfy 0 <= stage < nstages (checked by the caller).
 */
extern int32_t cx_journey_analyze(CxJourneyEvent *ev, size_t n,
								  const CxJourneyParams *p,
								  CxJourneyStageResult *out, int64_t *scratch,
								  CxJourneyDwellFn dwell_fn, void *dwell_arg);

/*
 * For the alert triggers: repeats and loops of ONE journey given as
 * (stage index in the stage order, time) pairs, in any order (sorted in
 * place by time, ties by stage index).  A repeat is an event within
 * window_us of the previous event of the journey in the same stage; a loop
 * is a visit to a stage begun after the journey had reached a later stage.
 * Returns 0, or -1 when an argument is invalid (stage < 0, n too large,
 * window_us < 0).  No allocation beyond the stack for nstages <= 64; more
 * stages use malloc (returns -1 when it fails).
 */
typedef struct CxJourneyPoint
{
	int32_t		stage;
	int64_t		at;
} CxJourneyPoint;

typedef struct CxJourneyRepeatsLoops
{
	int64_t		events;
	int64_t		visits;
	int64_t		repeats;
	int64_t		loops;
} CxJourneyRepeatsLoops;

extern int	cx_journey_repeats_loops(CxJourneyPoint *ev, size_t n, int64_t window_us,
									 CxJourneyRepeatsLoops *out);

/* ---- dwell-time histogram (for the median) -------------------------------- */

/*
 * Bucket 0 holds 0; a value v >= 1 with e = floor(log2 v) falls in bucket
 * 1 + 64 e + (the 6 bits below v's leading bit), so every bucket is at most
 * 1/64 of its lower bound wide.  Each bucket keeps the count and the exact
 * sum of its values, and stands for their mean: the median is exact when
 * the middle values' buckets hold one distinct value each (always below
 * 64 us), and otherwise within the bucket width (1.6 %) of the true one.
 */
#define CX_JOURNEY_NBUCKETS (1 + 63 * 64)

typedef struct CxJourneyHist
{
	int64_t		count[CX_JOURNEY_NBUCKETS];
	cx_i128		sum[CX_JOURNEY_NBUCKETS];
} CxJourneyHist;

extern int	cx_journey_bucket(int64_t v);
/* the values a bucket can hold: false when no integer falls in it */
extern bool cx_journey_bucket_bounds(int bucket, int64_t *lo, int64_t *hi);
static inline void
cx_journey_hist_add(CxJourneyHist *h, int64_t v)
{
	int			b = cx_journey_bucket(v);

	h->count[b]++;
	h->sum[b] += v;
}
/* median of the n values in a histogram (average of the two middle ones) */
extern double cx_journey_hist_median(const CxJourneyHist *h, int64_t n);

/* ---- the friction index ---------------------------------------------------- */

enum
{
	CX_JF_REPEAT,
	CX_JF_LOOP,
	CX_JF_DWELL,
	CX_JF_DROP,
	CX_JF_CHANNEL,
	CX_JF_FAILED,
	CX_JF_NCOMPONENTS
};

/*
 * 100 * sum(w_k c_k) / sum(w_k) over the components c_k in [0,1] that are
 * defined (not NaN); NaN when none is or all their weights are 0.
 */
extern double cx_journey_index(const double *components, const double *weights);

/* dwell component: m / (m + reference), 0 for m = 0; NaN if m is NaN */
extern double cx_journey_dwell_component(double median_us, double reference_us);


/* ---- journey_friction_state: the storable, combinable summary ------------- */

/*
 * Binary layout (all integers big-endian, so a stored state reads the same
 * on every machine):
 *
 *	"JFS2"	u32 flags	i64 repeat_window	i64 idle_period	i64 as_of
 *	i64 journeys	u32 nstages
 *	per stage:	u32 namelen, name bytes,	u32 stage_flags,	i64 first_at,
 *				i64 counters[CX_JS_NCOUNTERS],	i64 dwell_sum_hi, u64 dwell_sum_lo,
 *				u32 nbuckets, nbuckets x (u16 bucket, i64 count, i64 sum_hi, u64 sum_lo)
 *
 * "JFS1" (written by version 1.1) is the same without stage_flags and with
 * flags 0x7 at most.  A JFS1 state knew no final stages: its reports took
 * the last stage listed (in the stage order, else by first appearance) as
 * the final one.  cx_journey_state_check() reports such a state with
 * version = 1 and CX_JS_FINAL_LAST added to its flags, so that it keeps
 * exactly its 1.1 numbers, also after merging (the flag is written into
 * JFS2 states then).
 *
 * Which stages are final (a journey ending idle in a final stage has not
 * dropped off):
 *	CX_JS_FINAL_SET		the stages with CX_JS_STAGE_FINAL (at least one);
 *	CX_JS_FINAL_LAST	the last stage listed (the 1.1 rule);
 *	neither				none is known: drop-off is undefined.
 *
 * cx_journey_state_check() validates every byte and every invariant before
 * anything else reads a state (states arrive from users as text or binary).
 */
#define CX_JS_ORDERED		0x1		/* stages follow a user-given order */
#define CX_JS_CHANNEL		0x2		/* built with a channel argument */
#define CX_JS_OUTCOME		0x4		/* built with an outcome argument */
#define CX_JS_FINAL_LAST	0x8		/* the last stage listed is final (1.1) */
#define CX_JS_FINAL_SET		0x10	/* final stages carry CX_JS_STAGE_FINAL */
#define CX_JS_FLAGS_V1		0x7
#define CX_JS_FLAGS			0x1f
#define CX_JS_STAGE_FINAL	0x1		/* stage_flags: a final stage */
#define CX_JS_STAGE_FLAGS	0x1
#define CX_JS_MAX_STAGES	1000
#define CX_JS_MAX_NAME		1000
#define CX_JS_NO_TIME		INT64_MAX	/* first_at of a stage never reached */

enum
{
	CX_JS_REACHED,
	CX_JS_EVENTS,
	CX_JS_VISITS,
	CX_JS_REPEATS,
	CX_JS_LOOPS,
	CX_JS_CONVERTED,
	CX_JS_ENDED,
	CX_JS_ENDED_IDLE,
	CX_JS_CH_EVENTS,
	CX_JS_CH_SWITCHES,
	CX_JS_OUT_EVENTS,
	CX_JS_FAILED,
	CX_JS_DWELL_N,
	CX_JS_NCOUNTERS
};

typedef struct CxJourneyStateHeader
{
	uint32_t	flags;
	int64_t		repeat_window;
	int64_t		idle_period;
	int64_t		as_of;
	int64_t		journeys;
	uint32_t	nstages;
	uint32_t	version;		/* 1 (JFS1) or 2; filled by the check only */
} CxJourneyStateHeader;

typedef struct CxJourneyStageAcc
{
	const char *name;
	uint32_t	namelen;
	uint32_t	sflags;			/* CX_JS_STAGE_*; 0 in a JFS1 state */
	int64_t		first_at;
	int64_t		c[CX_JS_NCOUNTERS];
	cx_i128		dwell_sum;
	uint32_t	nbuckets;		/* reading: pairs at 'buckets' */
	const uint8_t *buckets;
} CxJourneyStageAcc;

/* ---- adding up states: every addition checked for overflow ---------------- */

/*
 * Adding up states (journey_friction_merge, the parallel combine, the totals
 * of the aggregate and of journey_friction_score) must never wrap: a wrapped
 * count is a wrong answer, or a state the input function then rejects.  These
 * return false (and leave the target unchanged) when the sum would not fit;
 * the glue raises numeric_value_out_of_range.
 */
extern bool cx_journey_add_i64(int64_t *a, int64_t b);
extern bool cx_journey_add_i128(cx_i128 *a, cx_i128 b);

/*
 * c[k] += add_c[k] for every counter and *dwell_sum += add_dwell, all or
 * nothing: returns -1 when done, or the first counter (CX_JS_REACHED ..
 * CX_JS_DWELL_N, or CX_JS_NCOUNTERS for the dwell-time sum) whose sum would
 * not fit, changing nothing.
 */
extern int	cx_journey_counters_add(int64_t *c, cx_i128 *dwell_sum,
									const int64_t *add_c, cx_i128 add_dwell);

/* what counter k counts, for messages ("events", ..., "dwell-time sum") */
extern const char *cx_journey_counter_name(int k);

#define CX_JS_HEADER_SIZE	(4 + 4 + 8 * 4 + 4)
#define CX_JS_BUCKET_SIZE	(2 + 8 + 16)

/* NULL when buf[0..len) is a valid state (header filled), else why not */
extern const char *cx_journey_state_check(const uint8_t *buf, size_t len,
										  CxJourneyStateHeader *h);
/*
 * After a successful check: parse the stage at offset off, return the next
 * offset (buf is the whole state: its signature tells the layout).
 */
extern size_t cx_journey_state_read_stage(const uint8_t *buf, size_t off,
										  CxJourneyStageAcc *a);
extern void cx_journey_state_bucket(const uint8_t *buckets, uint32_t i,
									int *bucket, int64_t *count, cx_i128 *sum);

/* size of a stage as written (JFS2) */
extern size_t cx_journey_state_stage_size(uint32_t namelen, uint32_t nbuckets);
extern size_t cx_journey_state_write_header(uint8_t *buf, const CxJourneyStateHeader *h);
/* hist may be NULL (no dwell times); nbuckets = its non-empty buckets */
extern size_t cx_journey_state_write_stage(uint8_t *buf, const CxJourneyStageAcc *a,
										   const CxJourneyHist *hist);
extern uint32_t cx_journey_hist_nonzero(const CxJourneyHist *hist);

#endif							/* CX_JOURNEY_H */
