/*-------------------------------------------------------------------------
 *
 * journey_internal.h
 *	  Private declarations shared by the journey glue files:
 *	  journey_state.c (names, the summary a state holds, its I/O and merge),
 *	  journey_agg.c (the journey_friction aggregate and its sort) and
 *	  journey_report.c (the report and the per-journey score).
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_JOURNEY_INTERNAL_H
#define CX_JOURNEY_INTERNAL_H

#include "cx_metrics.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/timestamp.h"

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

extern int	jf_dict_lookup(JfDict *d, const char *s, int len);
extern int	jf_dict_insert(JfDict *d, const char *s, int len, Size *mem);
extern int	jf_name_cmp(const char *a, int alen, const char *b, int blen);

/* ---- the summary: per-stage totals (what a state holds) -------------------- */

typedef struct JfAcc
{
	int64		first_at;
	int64		c[CX_JS_NCOUNTERS];
	int128		dwell_sum;
	CxJourneyHist *hist;		/* dwell times, or NULL */
	bool		final;			/* a final stage (CX_JS_FINAL_SET) */
} JfAcc;

/* the transitions from one stage to another (see CX_JS_TRANSITIONS) */
typedef struct JfPair
{
	int			from;			/* stage ids */
	int			to;
	int64		journeys;
	int64		transitions;
	int64		loops;
	int128		dwell_sum;
	int64		last_journey;	/* while aggregating: the last journey counted */
	uint32		nb;				/* dwell times: a sparse histogram */
	uint32		cap;
	CxJourneyBucket *b;
} JfPair;

typedef struct JfSummary
{
	uint32		flags;
	int64		repeat_window;
	int64		idle_period;
	int64		as_of;
	bool		as_of_default;	/* as_of is the transaction start (not given) */
	int64		journeys;
	JfDict		names;			/* stage id -> name */
	JfAcc	   *acc;			/* by stage id */
	int			acccap;
	/* transitions (when flags has CX_JS_TRANSITIONS) */
	JfPair	   *pairs;
	int			npairs;
	int			paircap;
	int		   *pairslot;		/* open addressing on (from, to): pair index or -1 */
	int			npairslot;		/* power of two */
	Size		mem;			/* bytes held, checked against work_mem */
} JfSummary;

/* who: the aggregate, in the message ("journey friction", "journey_moments") */
static inline void
jf_check_mem_of(Size mem, const char *what, const char *who)
{
	if (mem > (Size) work_mem * 1024)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s needs more memory than work_mem allows", who),
				 errdetail("%s: %zu kB needed, work_mem is %d kB.", what, mem / 1024, work_mem),
				 errhint("Raise work_mem (for example SET work_mem = '256MB') or filter the events.")));
}

static inline void
jf_check_mem(Size mem, const char *what)
{
	jf_check_mem_of(mem, what, "journey friction");
}

extern bytea *jf_hex_in(const char *str, const char *typname, const char *aggname);
extern char *jf_hex_out(bytea *b);
extern int	jf_summary_add_stage(JfSummary *s, const char *name, int len);
extern CxJourneyHist *jf_hist(JfSummary *s, int id);
extern pg_noinline void jf_overflow(const char *stage, int stagelen, int counter);
extern int *jf_summary_order(JfSummary *s);
extern bytea *jf_summary_serialize(JfSummary *s);
extern void jf_state_check(const uint8 *buf, Size len, CxJourneyStateHeader *h);
extern void jf_summary_add_bytes(JfSummary *s, const uint8 *buf, Size len);
extern void jf_summary_init(JfSummary *s);
extern void jf_summary_merge(JfSummary *dst, JfSummary *src);
extern bool jf_final_known(const JfSummary *s);
extern JfPair *jf_pair(JfSummary *s, int from, int to);
extern void jf_pair_dwell(JfSummary *s, JfPair *pr, int bucket, int64 count, int128 sum);
extern bool jf_is_final(const JfSummary *s, int id, bool listed_last);

/* ---- journey_agg.c ----------------------------------------------------------- */

extern int64 jf_interval_us(Interval *iv, const char *what);

#endif							/* CX_JOURNEY_INTERNAL_H */
