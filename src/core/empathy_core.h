/*
 * empathy_core.h: the empathy matcher and scores.  Plain C: no PostgreSQL
 * headers; the glue (src/empathy*.c) loads the lexicon and calls these.
 *
 * A lexicon entry is (language, phrase, dimension, weight).  Phrases are
 * normalised with cx_textnorm() and compiled into one Aho-Corasick automaton
 * over whole words (every pattern is " word word " with its separators), so a
 * message is matched against every phrase of both languages in a single pass
 * over its normalised text, one step per word (wordauto.h).  Built-in
 * function words of each language ride in the same automaton and drive the
 * language detection.
 */
#ifndef CX_CORE_EMPATHY_CORE_H
#define CX_CORE_EMPATHY_CORE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "textnorm.h"

/* languages */
#define CX_LANG_ES		0
#define CX_LANG_EN		1
#define CX_NLANG		2
#define CX_LANG_AUTO	(-1)

/*
 * Dimensions of the lexicon.  The first six are those of version 1.1; the
 * mechanisms of a reply (see empathy_mech.h) are read from them:
 * emotional reactions from emotional_reaction and apology, interpretations
 * from interpretation and acknowledgement, explorations from exploration
 * (and the questions of the reply), anti-empathy from anti_empathy.
 * feeling names an emotion (in either side of an exchange); procedural is
 * what a support agent asks for (an order number), so that a question
 * asking for it is told apart from one that explores the situation.
 */
#define CX_DIM_ACK			0	/* acknowledgement / understanding */
#define CX_DIM_APOLOGY		1	/* apology and regret */
#define CX_DIM_OWNERSHIP	2	/* ownership and reassurance */
#define CX_DIM_EXPLORATION	3	/* exploration / active listening */
#define CX_DIM_ANTI			4	/* anti-empathy: blame, dismissal, non-apology */
#define CX_DIM_COMPLAINT	5	/* customer distress (used by the aggregate) */
#define CX_DIM_EMOTION		6	/* emotional reaction: warmth, compassion, concern */
#define CX_DIM_INTERP		7	/* interpretation: understanding, paraphrase, shared experience */
#define CX_DIM_FEELING		8	/* a word naming a feeling */
#define CX_DIM_PROCEDURAL	9	/* data a support agent asks for */
#define CX_NDIM				10
/*
 * Dimensions from CX_DIM_VOICE on are the customer's voice (voice.h): the
 * signals of the voice lexicon and the topics of the taxonomy, compiled
 * into the same automaton.  Empathy ignores them.
 */
#define CX_DIM_VOICE		32

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
	int			topic;			/* for topic entries: the topic's number (voice.h) */
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

/* the counted matches of a message kept for its sentence analysis */
#define CX_KEEP_MATCHES		48

typedef struct CxKeptMatch
{
	uint32_t	start;			/* as in CxMatch */
	uint32_t	end;
	uint8_t		dim;
	float		weight;
} CxKeptMatch;

/* the analysis of one message */
/*
 * A word of the normalised text, as the automaton read it: where it is and
 * the grammar word lists it is in (the bits of empathy_words.h), so that the
 * sentence analysis neither splits the text nor looks the words up again.
 */
typedef struct CxWordRec
{
	uint32_t	start;
	uint32_t	end;
	uint32_t	mask;
} CxWordRec;

/*
 * The bits of a word's mask: the grammar lists take the low
 * CX_MECH_GRAMMAR_BITS (empathy_words.h); the negators, the words that end
 * a contrast, the function words that tell the language and the irrealis
 * markers (one bit per language each) the top eight.
 */
#define CX_MECH_GRAMMAR_BITS	24
#define CX_TAG_NEGATOR(lang)	((uint32_t) 1 << (24 + (lang)))
#define CX_TAG_CONTRAST(lang)	((uint32_t) 1 << (26 + (lang)))
#define CX_TAG_STOP(lang)		((uint32_t) 1 << (28 + (lang)))
#define CX_TAG_IRREALIS(lang)	((uint32_t) 1 << (30 + (lang)))

typedef struct CxMsgResult
{
	int			lang;			/* language used (given or detected) */
	double		dim_sum[CX_NDIM];	/* summed weights of counted matches */
	int			dim_n[CX_NDIM];	/* counted matches */
	int			n_negated;		/* matches not counted because of a negation */
	size_t		n_words;
	size_t		n_questions;
	size_t		n_exclaims;
	CxNormInfo	info;			/* what the normaliser counted */
	/* every word of the text with its grammar lists, when the caller gave room (else NULL) */
	const CxWordRec *wrec;
	size_t		n_wrec;
	/* the first CX_KEEP_MATCHES counted matches of the chosen language (feelings and procedural nouns out of text order) */
	int			n_kept;
	CxKeptMatch kept[CX_KEEP_MATCHES];
} CxMsgResult;

/*
 * Copy a result: its fields and the n_kept kept matches, not the whole
 * array (about 1 kB, most of it unused), since a copy per message is paid
 * by every row a query scores.
 */
static inline void
cx_msg_result_copy(CxMsgResult *dst, const CxMsgResult *src)
{
	memcpy(dst, src, offsetof(CxMsgResult, kept) + (size_t) src->n_kept * sizeof(CxKeptMatch));
}

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
 * Is the expression at norm[start..] negated: a negator of lang within the
 * three words before it, in the same clause, after expr_end (the end of the
 * expression matched before it, whose words belong to it) and after any
 * contrast word ("but", "pero", "sin embargo")?  The negation analysis of
 * empathy and of the customer's voice.
 */
extern int	cx_is_negated(const char *norm, size_t start, int lang, size_t expr_end);

/*
 * The bounded lexicon-only score from dimension sums (version 1.1's formula,
 * used to break language ties and by the lexicon tests; no longer computed
 * for every message): 100 * (P - A) with
 * P = 1 - exp(-sum_k min(s_k, 3) / 2) over the four positive dimensions of
 * 1.1 and A = 1 - exp(-min(s_anti, 12) / 2); |score| <= 100 * (1 - exp(-6)).
 */
extern double cx_empathy_score_from_sums(const double *dim_sum);

/*
 * The same as cx_textnorm() followed by cx_empathy_analyse(), in one pass
 * over the text (faster: the automaton steps over each word as the
 * normaliser writes the separator after it).
 * normbuf needs room for len + 2 bytes; returns the normalised length.
 */
/*
 * cx_voice_analyse_text (voice.h) that also records the text's words in
 * wrec (room for cap; a text of len bytes has at most len / 2 + 1 words):
 * res->wrec points there when all of them fit, and the sentence analysis
 * (empathy_mech.h) reads them instead of the text.
 */
struct CxVoiceRun;
extern size_t cx_analyse_text_words(const CxMatcher *m, const unsigned char *text, size_t len,
									char *normbuf, int lang, CxMsgResult *res,
									struct CxVoiceRun *vr, CxWordRec *wrec, size_t cap);

/*
 * Is the match starting at byte start of norm negated (cx_is_negated: a
 * negator within three words before it, same clause, not past a contrast
 * nor into the expression that ends at expr_end)?  With the text's word
 * records (wrec[0..n), from cx_analyse_text_words) the words are read from
 * them; without (wrec NULL or n 0), from the text.
 */
extern int	cx_negated(const char *norm, size_t start, int lang, size_t expr_end,
					   const CxWordRec *wrec, size_t n);

/*
 * What marks the match starting at byte start of norm, in one look-back
 * over the words cx_negated reads: CX_MARK_NEGATED, and CX_MARK_IRREALIS
 * when a conditional or a wish comes in those words before any negator
 * ("it would be nice", "it should be working", "sería genial", "ojalá
 * funcione": what the expression says is then wished for or supposed, not
 * the case).  The same arguments as cx_negated.
 */
#define CX_MARK_NEGATED		1
#define CX_MARK_IRREALIS	2
extern int	cx_marks_before(const char *norm, size_t start, int lang, size_t expr_end,
							const CxWordRec *wrec, size_t n);

extern size_t cx_empathy_analyse_text(const CxMatcher *m, const unsigned char *text, size_t len,
									  char *normbuf, int lang, CxMsgResult *res);

#endif
