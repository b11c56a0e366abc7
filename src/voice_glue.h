/*-------------------------------------------------------------------------
 *
 * voice_glue.h
 *	  The customer's voice for other parts of cx_metrics (the aggregate,
 *	  the alert triggers, empathy_agg).  Include after postgres.h.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_VOICE_GLUE_H
#define CX_VOICE_GLUE_H

#include "voice.h"

/* called once per topic expression of the message (names live as long as the lexicon) */
typedef void (*CxVoiceTopicCallback) (void *arg, const char *topic, double weight);

/*
 * The voice of one message, as voice_signals(body, lang) computes it; lang
 * is CX_LANG_ES, CX_LANG_EN or CX_LANG_AUTO.  body may be toasted.  tcb
 * (may be NULL) receives its topics, ecb (may be NULL) every expression
 * counted, as voice_markers lists them (positions in the normalised text).
 */
extern void cx_voice_text(text *body, int lang, CxVoice *out, CxVoiceTopicCallback tcb, void *targ,
						  CxVoiceEvidenceCallback ecb, void *earg);

#endif							/* CX_VOICE_GLUE_H */
