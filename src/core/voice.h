/*
 * voice.h: the customer's voice.  What a customer's own words say: sentiment,
 * emotions, effort, churn intent, escalation threats, urgency and topics.
 * Plain C: no PostgreSQL headers.
 *
 * The voice lexicon and the topic taxonomy are compiled into the same
 * automaton as the empathy lexicon (empathy_core.h): their entries carry a
 * dimension from CX_DIM_VOICE on.  A voice run (cx_voice_analyse_text)
 * normalises and matches the message in one pass and collects the voice
 * matches of both languages in a CxVoiceRun; cx_voice_score then reads the
 * chosen language's matches in context (overlaps, negation, modifiers,
 * contrast, irony, emphasis) and gives the scores.  The formulas are in
 * README.md (The customer's voice).
 */
#ifndef CX_CORE_VOICE_H
#define CX_CORE_VOICE_H

#include <stddef.h>
#include <stdint.h>

#include "empathy_core.h"

/* signals of the voice lexicon (the matcher's dimension is CX_DIM_VOICE + signal) */
#define CX_V_POSITIVE		0
#define CX_V_NEGATIVE		1
#define CX_V_ANGER			2	/* the six emotions, in this order */
#define CX_V_FRUSTRATION	3
#define CX_V_ANXIETY		4
#define CX_V_SADNESS		5
#define CX_V_CONFUSION		6
#define CX_V_GRATITUDE		7
#define CX_V_REPEAT			8	/* effort: contacting again */
#define CX_V_WAITING		9	/* effort: waiting */
#define CX_V_TRANSFER		10	/* effort: passed from one person to another */
#define CX_V_CHASING		11	/* effort: having to chase */
#define CX_V_CHURN			12
#define CX_V_ESCALATION		13
#define CX_V_URGENCY		14
#define CX_V_INTENSIFIER	15	/* modifiers: multiply the expression after them */
#define CX_V_DIMINISHER		16
#define CX_V_IRONY			17	/* "otra vez", "yet again": after a positive word */
#define CX_NVSIG			18
#define CX_V_TOPIC			18	/* an entry of the topic taxonomy */

#define CX_NEMOTION			6	/* CX_V_ANGER .. CX_V_GRATITUDE */

extern const char *const cx_voice_signal_names[CX_NVSIG];
extern int	cx_voice_signal_from_name(const char *name);

/* matches collected per language and message; later ones are counted in dropped */
#define CX_VOICE_MAX_MATCHES	512
#define CX_VOICE_MAX_CONTRASTS	64

typedef struct CxVMatch
{
	uint32_t	start;			/* as CxMatch: in the normalised text */
	uint32_t	end;
	double		weight;
	uint8_t		sig;			/* CX_V_* or CX_V_TOPIC */
	int16_t		topic;			/* for CX_V_TOPIC: the entry's topic */
	int32_t		entry;			/* index into the entries given to cx_matcher_build */
} CxVMatch;

typedef struct CxVoiceRun
{
	int			n[CX_NLANG];
	int			dropped[CX_NLANG];
	int			ncon[CX_NLANG];
	uint32_t	con[CX_NLANG][CX_VOICE_MAX_CONTRASTS];	/* where each contrast word starts */
	CxVMatch	m[CX_NLANG][CX_VOICE_MAX_MATCHES];
} CxVoiceRun;

/* called by the matcher (empathy_core.c) */
extern void cx_voice_run_init(CxVoiceRun *vr);
extern void cx_voice_collect(CxVoiceRun *vr, int lang, int sig, double weight, int topic,
							 int entry, size_t start, size_t end);
extern void cx_voice_contrast(CxVoiceRun *vr, int lang, size_t start);

/*
 * Normalise and match text[0..len) in one pass (normbuf: room for len + 2
 * bytes); fills res as cx_empathy_analyse_text does and vr with the voice
 * matches.  Returns the normalised length.
 */
extern size_t cx_voice_analyse_text(const CxMatcher *m, const unsigned char *text, size_t len,
									char *normbuf, int lang, CxMsgResult *res, CxVoiceRun *vr);

/* the same over text normalised already (cx_textnorm; for the markers' offsets) */
extern void cx_voice_analyse(const CxMatcher *m, const char *norm, size_t len,
							 const CxNormInfo *info, int lang, CxMsgResult *res, CxVoiceRun *vr);

/* the scores of one message */
typedef struct CxVoice
{
	int			lang;
	double		sentiment;		/* -100 .. 100 */
	double		emotion[CX_NEMOTION];	/* 0 .. 100, CX_V_ANGER order */
	double		effort;			/* 0 .. 100, the four effort cues together */
	double		repeat_contact; /* 0 .. 100 each */
	double		waiting;
	double		transfer;
	double		chasing;
	double		churn;
	double		escalation;
	double		urgency;
	double		positive;		/* the positive and negative weight read */
	double		negative;
	int			shouting;		/* mostly capitals */
	int			n_expressions;	/* expressions read (negated ones, discourse
								 * markers and wished-for ones included) */
	int			dropped;		/* expressions past CX_VOICE_MAX_MATCHES */
} CxVoice;

/* why an expression counts as it does (for voice_markers) */
typedef struct CxVoiceEvidence
{
	int			sig;			/* CX_V_*; CX_V_TOPIC for topics */
	int			topic;
	int			entry;
	size_t		start;			/* in the normalised text; both 0 for emoji */
	size_t		end;
	double		weight;			/* the lexicon weight */
	double		value;			/* signed contribution to the sentiment's sum */
	double		factor;			/* modifiers, contrast and emphasis together */
	int			negated;
	int			ironic;
	int			emoji_class;	/* CX_EMO_* for emoji and emoticons, else -1 */
	int			emoji_count;
} CxVoiceEvidence;

typedef void (*CxVoiceEvidenceCallback) (void *arg, const CxVoiceEvidence *ev);

/*
 * Score the voice matches of res->lang.  norm/len is the normalised text the
 * run read.  cb (may be NULL) receives every expression, modifier and topic
 * counted, in text order, then the emoji.
 */
extern void cx_voice_score(CxVoiceRun *vr, const char *norm, size_t len, const CxMsgResult *res,
						   CxVoice *out, CxVoiceEvidenceCallback cb, void *arg);

/*
 * Does a customer's message need acknowledging: negative, a negative
 * emotion, effort, churn intent or an escalation threat (empathy_agg's
 * understanding reads the turns that do)?
 */
extern int	cx_voice_needs_acknowledgement(const CxVoice *v);

/* thresholds of the aggregate: a message is negative / positive past these */
#define CX_VOICE_NEGATIVE_BELOW		(-10.0)
#define CX_VOICE_POSITIVE_ABOVE		10.0

#endif
