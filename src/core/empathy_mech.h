/*
 * empathy_mech.h: the three mechanisms of empathy in a reply (Sharma et al.,
 * EMNLP 2020, "EPITOME": emotional reactions, interpretations,
 * explorations), anti-empathy in context, and the reply scored against the
 * customer message it answers.  Plain C: no PostgreSQL headers.
 *
 * The matcher (empathy_core.h) finds the lexicon's expressions; this part
 * reads the sentences around them in the normalised text ('|' clause, '.'
 * sentence, '?' question separators):
 *   - questions, from the syntax of each language (a sentence ending in '?',
 *     its interrogative word or inverted auxiliary, "could you tell me",
 *     "cuéntame"), typed as open, closed, advice ("have you tried"),
 *     procedural (asking for data: an order number) or a tag ("right?");
 *   - shared experience: a first-person sentence with a marker of sameness
 *     ("I had the same", "a mí también me pasó");
 *   - anti-empathy in context: a relative "who cares" inside a clause is
 *     not dismissal, and dismissal or a non-apology followed by support in
 *     the same or the next sentence is discounted;
 *   - the content words (crude stems) and the feelings named, so that a
 *     reply can be compared with the customer's message.
 * All of it is summarised in a CxFeatures, small enough for the empathy_agg
 * state to keep one per message.
 */
#ifndef CX_CORE_EMPATHY_MECH_H
#define CX_CORE_EMPATHY_MECH_H

#include <stddef.h>
#include <stdint.h>

#include "empathy_core.h"

#define CX_FEAT_WORDS	12		/* content-word stems kept per message */
#define CX_FEAT_FEEL	4		/* feeling stems kept per message */

#define CX_FEAT_ASKED	0x01	/* asked a question (a customer message) */
#define CX_FEAT_PROBLEM	0x02	/* expresses a problem or a feeling */

typedef struct CxFeatures
{
	int8_t		lang;
	uint8_t		flags;
	uint8_t		n_content;
	uint8_t		n_feel;
	uint16_t	words;			/* capped at 65535 */
	uint16_t	declaratives;	/* sentences of 3+ words that are not questions */
	uint16_t	n_anti;			/* anti-empathy expressions counted in full */
	uint16_t	softeners;		/* conditional mood, softening modals */
	float		emotion;		/* raw emotional reaction */
	float		interp;			/* raw interpretation (without the context) */
	float		explore;		/* raw exploration, questions weighted for empathy */
	float		listen;			/* questions weighted for listening */
	float		ownership;
	float		anti;			/* anti-empathy after its context */
	float		complaint;
	float		feeling;
	uint32_t	content[CX_FEAT_WORDS];	/* sorted stem hashes */
	uint32_t	feel[CX_FEAT_FEEL];	/* sorted stem hashes of the feelings named */
} CxFeatures;

/*
 * The scores of one reply (0-100 each, score within +-100), optionally
 * against the customer message it answers.
 */
typedef struct CxEmpathyDetail
{
	double		score;
	double		emotional_reaction;
	double		interpretation;
	double		exploration;
	double		anti_empathy;
	double		ownership;
	double		elaboration;
	double		courtesy;
	/* in context only (NaN without a customer message) */
	double		names_feeling;	/* 0, 0.6 or 1 */
	double		reflection;		/* 0-1: the customer's content words taken up */
	double		answered;		/* 1 / 0 when the customer asked; NaN otherwise */
} CxEmpathyDetail;

/*
 * The weights of the combination (see README.md, "How the score is
 * computed", and test/shell/empathy_eval.sh for how they were fitted).
 */
#define CX_MECH_W_EMOTION		0.5
#define CX_MECH_W_INTERP		0.5
#define CX_MECH_W_EXPLORE		0.5
#define CX_MECH_W_OWNERSHIP		0.5
#define CX_MECH_W_ELABORATION	1.0
#define CX_MECH_W_ANSWER		0.3
#define CX_MECH_W_COURTESY		0.5
#define CX_MECH_ELAB_WORDS		25.0	/* words at which elaboration reaches 63% */
#define CX_MECH_IMPERSONAL_Q	0.5		/* a question about neither the listener nor a feeling */

/* features of one analysed message (norm as given to cx_empathy_analyse) */
extern void cx_empathy_features(const char *norm, size_t len, const CxMsgResult *res,
								CxFeatures *f);

/*
 * The same without the stems of its content words and feelings (n_content
 * and n_feel 0): enough to score a reply alone, and cheaper.
 */
/*
 * Every word of the grammar word lists with its list bits, to cb (which
 * returns non-zero to stop: then so does this, with -1): the matcher tags
 * its vocabulary with them (CxWordRec).
 */
extern int	cx_mech_grammar_words(int (*cb) (void *arg, const char *word, uint32_t bits),
								  void *arg);

extern void cx_empathy_features_alone(const char *norm, size_t len, const CxMsgResult *res,
									  CxFeatures *f);

/*
 * The same, reporting what the sentence analysis found (for
 * empathy_markers): kind is one of CX_EV_*, [start, end) a range of the
 * normalised text, weight what it counts (for an anti-empathy match, the
 * weight that counts after its context: 0 or a fifth).
 */
#define CX_EV_OPEN_Q		0	/* open question (what, how, ¿qué, ¿cómo ...) */
#define CX_EV_CLOSED_Q		1	/* yes/no question */
#define CX_EV_ADVICE_Q		2	/* advice asked as a question ("have you tried") */
#define CX_EV_PROCEDURAL_Q	3	/* asks for data (an order number) */
#define CX_EV_TAG_Q			4	/* "right?", "¿vale?" */
#define CX_EV_REQUEST		5	/* "tell me what happened", "cuéntame" */
#define CX_EV_SHARED		6	/* first-person like experience */
#define CX_EV_ANTI			7	/* an anti-empathy match whose context changes its weight */
#define CX_EV_HELP_Q		8	/* the asker's own next step ("how do I ...?") */
#define CX_NEV				9

extern const char *const cx_ev_names[CX_NEV];

typedef void (*CxEvidenceCallback) (void *arg, int kind, size_t start, size_t end,
									double weight);

extern void cx_empathy_features_ev(const char *norm, size_t len, const CxMsgResult *res,
								   CxFeatures *f, CxEvidenceCallback cb, void *arg);

/* the detail of a reply; cust may be NULL */
extern void cx_empathy_detail(const CxFeatures *reply, const CxFeatures *cust,
							  CxEmpathyDetail *d);

/* the context measures alone (cx_empathy_detail uses them) */
extern void cx_empathy_context(const CxFeatures *reply, const CxFeatures *cust,
							   double *names_feeling, double *reflection, double *answered);

/* a stem hash of one normalised word (exposed for tests) */
extern uint32_t cx_empathy_stem_hash(const char *w, size_t len);

/* merge a message's features into a turn's (content, feelings, flags) */
extern void cx_empathy_features_merge(CxFeatures *dst, const CxFeatures *src);

/* ---- conversations ------------------------------------------------------- */

#define CX_ROLE_CUSTOMER	0
#define CX_ROLE_AGENT		1

/* what the aggregate keeps per message */
typedef struct CxConvMsg
{
	uint64_t	conv;			/* conversation key hash (0 = one conversation) */
	int64_t		sent_at;		/* microseconds */
	uint32_t	seq;			/* input order, breaks ties */
	uint8_t		role;
	uint8_t		has_body;		/* 0 when the body was NULL */
	CxFeatures	feat;
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
