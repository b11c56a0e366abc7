/*
 * empathy_core.h: the empathy matcher and scores.  Plain C: no PostgreSQL
 * headers; the glue (src/empathy*.c) loads the lexicon and calls these.
 *
 * A lexicon entry is (language, phrase, dimension, weight).  Phrases are
 * normalised with cx_textnorm() and compiled into one Aho-Corasick automaton
 * over whole words (every pattern is " word word " with its separators), so a
 * message is matched against every phrase of both languages in a single pass
 * over its normalised bytes.  Built-in function words of each language ride
 * in the same automaton and drive the language detection.
 */
#ifndef CX_CORE_EMPATHY_CORE_H
#define CX_CORE_EMPATHY_CORE_H

#include <stddef.h>
#include <stdint.h>

#include "textnorm.h"

/* languages */
#define CX_LANG_ES		0
#define CX_LANG_EN		1
#define CX_NLANG		2
#define CX_LANG_AUTO	(-1)

/* dimensions; the first four are the positive ones */
#define CX_DIM_ACK			0	/* acknowledgement / understanding */
#define CX_DIM_APOLOGY		1	/* apology and regret */
#define CX_DIM_OWNERSHIP	2	/* ownership and reassurance */
#define CX_DIM_EXPLORATION	3	/* exploration / active listening */
#define CX_DIM_ANTI			4	/* anti-empathy: blame, dismissal, non-apology */
#define CX_DIM_COMPLAINT	5	/* customer distress (used by the aggregate) */
#define CX_NDIM				6
#define CX_DIM_STOP			7	/* internal: function word, language cue */

/* weights allowed in the lexicon: (0, 3] */
#define CX_WEIGHT_MIN_EXCL	0.0
#define CX_WEIGHT_MAX		3.0

/* a dimension's sum counts at most this much in a score (diminishing returns) */
#define CX_DIM_CAP			3.0

extern const char *const cx_lang_names[CX_NLANG];
extern const char *const cx_dim_names[CX_NDIM];

/* name -> code, -1 when unknown */
extern int	cx_lang_from_name(const char *name);
extern int	cx_dim_from_name(const char *name);

typedef struct CxLexEntry
{
	int			lang;
	int			dim;
	double		weight;
	const char *phrase;			/* UTF-8, as written by the user */
	size_t		phrase_len;
} CxLexEntry;

typedef struct CxMatcher CxMatcher;

/*
 * Check one phrase: returns NULL when it is usable, else a message saying
 * why (static string).  norm_out (room for len + 2 bytes) may be NULL.
 */
extern const char *cx_phrase_check(const char *phrase, size_t len);

/*
 * Compile the entries.  Entries whose phrase is unusable are skipped and
 * counted in *n_skipped; entries whose normalised phrase duplicates another
 * of the same language keep the higher weight.  Returns NULL when out of
 * memory.  The entries' phrase strings need not outlive the call.
 */
extern CxMatcher *cx_matcher_build(const CxLexEntry *entries, size_t n, size_t *n_skipped);
extern void cx_matcher_free(CxMatcher *m);
extern size_t cx_matcher_npatterns(const CxMatcher *m);

/* one counted (or negated) match */
typedef struct CxMatch
{
	int			lang;
	int			dim;
	double		weight;
	int			negated;		/* preceded by a negator in the same clause */
	int			entry;			/* index into the entries given to build */
	size_t		start;			/* first byte of the first word in the normalised text */
	size_t		end;			/* one past the last byte of the last word */
} CxMatch;

typedef void (*CxMatchCallback) (void *arg, const CxMatch *m);

/* the analysis of one message */
typedef struct CxMsgResult
{
	int			lang;			/* language used (given or detected) */
	double		dim_sum[CX_NDIM];	/* summed weights of counted matches */
	int			dim_n[CX_NDIM];	/* counted matches */
	int			n_negated;		/* matches not counted because of a negation */
	size_t		n_words;
	size_t		n_questions;
	double		score;			/* 100 * (P - A), within +-99.76 */
} CxMsgResult;

/*
 * Analyse normalised text (the output of cx_textnorm).  lang is CX_LANG_ES,
 * CX_LANG_EN or CX_LANG_AUTO.  When cb is given it is called for every match
 * that survived overlap resolution, in BOTH languages, before the language is
 * chosen (the caller keeps those with m->lang == res->lang).  m may be NULL
 * (empty lexicon): only the language cues and counts are then computed.
 */
extern void cx_empathy_analyse(const CxMatcher *m, const char *norm, size_t len,
							   const CxNormInfo *info, int lang, CxMsgResult *res,
							   CxMatchCallback cb, void *arg);

/*
 * The bounded score from dimension sums: 100 * (P - A) with
 * P = 1 - exp(-sum_k min(s_k, 3) / 2) over the four positive dimensions and
 * A = 1 - exp(-min(s_anti, 12) / 2); |score| <= 100 * (1 - exp(-6)) = 99.75.
 */
extern double cx_empathy_score_from_sums(const double *dim_sum);

/* ---- conversations --------------------------------------------------------- */

#define CX_ROLE_CUSTOMER	0
#define CX_ROLE_AGENT		1

#define CX_MSG_QUESTION		0x01	/* has a question mark */
#define CX_MSG_COMPLAINT	0x02	/* customer distress cue */

/* what the aggregate keeps per message */
typedef struct CxConvMsg
{
	uint64_t	conv;			/* conversation key hash (0 = one conversation) */
	int64_t		sent_at;		/* microseconds */
	uint32_t	seq;			/* input order, breaks ties */
	uint8_t		role;
	uint8_t		flags;
	uint16_t	pad;
	uint32_t	words;
	float		dim[5];			/* summed weights: ack, apology, ownership, exploration, anti */
} CxConvMsg;

typedef struct CxConvResult
{
	double		score;			/* NaN = NULL */
	double		language;
	double		understanding;
	double		responsiveness;
	double		listening;
	int64_t		conversations;
	int64_t		agent_messages;
	int64_t		customer_messages;
} CxConvResult;

/* component weights in the overall score */
#define CX_W_LANGUAGE		0.4
#define CX_W_UNDERSTANDING	0.2
#define CX_W_RESPONSIVENESS	0.2
#define CX_W_LISTENING		0.2

/*
 * Compute the conversation scores; msgs is sorted in place by (conv,
 * sent_at, seq).  target_usec > 0 is the reply-time target.
 */
extern void cx_empathy_conversations(CxConvMsg *msgs, size_t n, int64_t target_usec,
									 CxConvResult *res);

/* per-conversation components, exposed for tests */
extern void cx_empathy_one_conversation(const CxConvMsg *msgs, size_t n, int64_t target_usec,
										double *language, double *understanding,
										double *responsiveness, double *listening);

#endif
