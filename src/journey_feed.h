/*-------------------------------------------------------------------------
 *
 * journey_feed.h
 *	  The event feed shared by the aggregates over journey events
 *	  (journey_friction in journey_agg.c, journey_moments in
 *	  journey_moments.c): it takes rows (journey key, stage id, time,
 *	  channel id, outcome [, answer]) in any order and hands them back one
 *	  whole journey at a time, so that only one journey's events are ever
 *	  held in memory.
 *
 *	  Under "ORDER BY journey" the rows already come journey by journey and
 *	  each journey is handed over as it completes.  Otherwise the first
 *	  journey's rows are buffered, and as soon as a second journey appears
 *	  everything goes into our own tuplesort of compact tuples, sorted by
 *	  key at the end: PostgreSQL's sort, within work_mem, spilling to disk.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_JOURNEY_FEED_H
#define CX_JOURNEY_FEED_H

#include "journey_internal.h"

#include "utils/tuplesort.h"
#include "utils/typcache.h"

#define JF_NO_SCORE		(-1)	/* a row without an answer */
#define JF_ANSWER_ROW	(-1)	/* stage id of a row that only carries an answer */

struct JfFeed;

/* called with each whole journey (feed->ev[0..nev-1], feed->score) */
typedef void (*JfFeedFlush) (struct JfFeed *feed, void *arg);
/* errors out when holding "bytes" more would pass work_mem */
typedef void (*JfFeedCheckMem) (void *arg, Size bytes, const char *what);

typedef struct JfFeed
{
	const char *aggname;		/* for messages */
	/* the current journey's key for messages, when there is no keytype */
	char	   *(*describe_key) (void *key_arg);
	void	   *key_arg;
	bool		with_score;		/* rows carry an answer (journey_moments) */
	JfFeedFlush flush;
	JfFeedCheckMem check_mem;
	void	   *arg;			/* the aggregate's state, for the callbacks */
	Size	   *mem;			/* the aggregate's bytes of names (checked by check_mem) */
	/* channels: name <-> id, and the previous row's (rows often repeat it) */
	JfDict		channels;
	int			last_channel;
	/* journey key */
	TypeCacheEntry *keytype;
	Oid			collation;
	bool		have_key;
	Datum		key;
	/* input order */
	bool		presorted;
	Tuplesortstate *sort;
	TupleTableSlot *sortslot;	/* virtual: rows going into the sort */
	TupleTableSlot *outslot;	/* minimal: rows coming out of it */
	/* the current journey */
	CxJourneyEvent *ev;
	int64		nev;
	int64		evcap;
	int32		score;			/* its answer, or JF_NO_SCORE */
	/* buffers for cx_journey_analyze, and the tie-break ranks of names */
	CxJourneyStageResult *res;
	int64	   *scratch;
	int			rescap;
	uint32	   *stage_rank;
	int			stage_rank_n;
	uint32	   *channel_rank;
	int			channel_rank_n;
} JfFeed;

/* the analysis settings of one journey (as journey_config gives them) */
typedef struct JfFeedParams
{
	const JfDict *stages;
	bool		ordered;
	int64		repeat_window;
	int64		idle_period;
	int64		as_of;
} JfFeedParams;

extern void jf_feed_init(JfFeed *f, FunctionCallInfo fcinfo, const char *aggname,
						 bool with_score, JfFeedFlush flush, JfFeedCheckMem check_mem,
						 void *arg, Size *mem);
extern void jf_feed_init_bare(JfFeed *f, const char *aggname, bool with_score,
							  JfFeedFlush flush, JfFeedCheckMem check_mem, void *arg,
							  Size *mem);
extern void jf_feed_push(JfFeed *f, TimestampTz at, int stage, int channel, int failed,
						 int32 score);
extern void jf_feed_end_journey(JfFeed *f);
extern int	jf_dict_cached(const JfDict *d, int *last, const char *s, int len);
extern int	jf_feed_channel(JfFeed *f, text *t);
extern void jf_feed_row(JfFeed *f, FunctionCallInfo fcinfo, Datum key, TimestampTz at,
						int stage, int channel, int failed, int32 score);
extern void jf_feed_finish(JfFeed *f);
extern CxJourneyStageResult *jf_feed_analyze(JfFeed *f, const JfFeedParams *fp,
											 CxJourneyDwellFn dwell, void *arg);
extern void jf_check_name(const char *s, int len, const char *what);
extern void jf_read_journey_config(JfSummary *s, HeapTupleHeader cfg);
extern int *jf_names_by_name(const JfDict *d);
extern void jf_config_check_unchanged(FunctionCallInfo fcinfo, int cfgarg,
									  const bytea *copy, const char *aggname);

#endif							/* CX_JOURNEY_FEED_H */
