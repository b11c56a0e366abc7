/*-------------------------------------------------------------------------
 *
 * empathy.h
 *	  The empathy scores, for other parts of cx_metrics (the alert triggers
 *	  call cx_empathy_score_text from C).  Include after postgres.h.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_EMPATHY_H
#define CX_EMPATHY_H

#include "compat.h"

#include "empathy_core.h"
#include "empathy_mech.h"
#include "voice.h"

/*
 * The empathy score of one message, exactly as empathy_score(body, lang)
 * returns it: 100 * (P - A), in (-100, 100) (empathy_score.c).  lang_or_null is "es", "en" or
 * NULL (detect from the text; an unknown language raises an error).  The
 * session's compiled lexicon is used (recompiled first when the lexicon
 * changed).  When n_anti_out is not NULL it receives the number of
 * anti-empathy expressions counted in full (not discounted by their
 * context).  body must not be NULL; it may be toasted.
 */
extern double cx_empathy_score_text(text *body, const char *lang_or_null, int *n_anti_out);

/* ---- shared by the empathy glue files ---- */

typedef struct CxLexicon
{
	CxMatcher  *matcher;		/* NULL when the lexicon is empty */
	CxLexEntry *entries;		/* phrases in UTF-8 */
	char	  **phrases_db;		/* phrases as stored (server encoding) */
	size_t		n;
	char	  **topics;			/* the taxonomy's topic names, by number */
	int			ntopics;
} CxLexicon;

/* topics of the taxonomy the automaton can tell apart */
#define CX_VOICE_MAX_TOPICS	1000

/* the session's compiled lexicon, reloaded when stale */
/* GUC cx_metrics.reply_target, in microseconds (empathy_lexicon.c) */
extern int64 cx_empathy_reply_target_usec;

extern const CxLexicon *cx_empathy_lexicon(void);

/* normalised UTF-8 form of a text, in the current memory context */
typedef struct CxNormText
{
	const unsigned char *utf8;	/* the text in UTF-8 */
	size_t		utf8_len;
	char	   *norm;			/* may be a session scratch buffer: free with cx_empathy_norm_free */
	size_t		norm_len;
	bool		norm_owned;
	uint32_t   *srcoff;			/* only when asked for */
	uint32_t   *srcend;
	CxNormInfo	info;
} CxNormText;

extern void cx_empathy_normalise(const char *data, size_t len, bool want_offsets,
								 CxNormText *nt);
extern void cx_empathy_norm_free(CxNormText *nt, const char *data);
/*
 * Normalise and match in one pass (no offsets): what scores use.  When feat
 * is not NULL it receives the message's features (empathy_mech.h), with the
 * stems of its words when context is true (to compare a reply with a
 * customer message); when voice is not NULL, the customer's voice too
 * (voice.h), from the same pass.
 */
extern void cx_empathy_analyse_bytes(const CxLexicon *lex, const char *data, size_t len,
									 int lang, CxMsgResult *res, CxFeatures *feat,
									 bool context, CxVoice *voice);
/* the same for the voice alone, with its evidence (voice.h) given to cb */
extern void cx_voice_analyse_bytes(const CxLexicon *lex, const char *data, size_t len, int lang,
								   CxMsgResult *res, CxVoice *voice, CxVoiceEvidenceCallback cb,
								   void *arg);
/* the matches of the last run that gave a voice (its topics, for the caller) */
extern const CxVoiceRun *cx_voice_last_run(void);
extern int	cx_empathy_lang_arg(const char *lang);
/* the same for what ("empathy", "voice"), which the error message names */
extern int	cx_lang_arg(const char *lang, const char *what);
/* u[from..to) (UTF-8) as a text in the server encoding; its length in characters */
extern text *cx_utf8_slice_to_text(const unsigned char *u, size_t from, size_t to);
extern int64 cx_count_chars(const unsigned char *u, size_t from, size_t to);
/* the 1-based character position of byte from, rows in text order (empathy_lexicon.c) */
extern int64 cx_char_position(const unsigned char *u, size_t from, size_t *pos_byte, int64 *pos_char);
/* the lang argument argno of an SQL function as a C string, NULL when absent (empathy.c) */
extern char *cx_empathy_lang_text(FunctionCallInfo fcinfo, int argno);

#endif							/* CX_EMPATHY_H */
