/*
 * matcher.c: the compiled lexicon (cx_matcher_build): every phrase of the
 * lexicons and the built-in word lists turned into the word automaton of
 * wordauto.h, with the tags that the analysis of a message reads back
 * (grammar lists, negators, contrasts, function words).  A message is read
 * with it in empathy_core.c.  See empathy_core.h.
 */
#include "empathy_core.h"
#include "voice.h"
#include "contractions.h"
#include "spanish_forms.h"
#include "textnorm.h"
#include "empathy_mech.h"
#include "matcher_internal.h"

#include <stdlib.h>
#include <string.h>

const char *const cx_lang_names[CX_NLANG] = {"es", "en"};
const char *const cx_dim_names[CX_NDIM] = {
	"acknowledgement", "apology", "ownership", "exploration", "anti_empathy", "complaint",
	"emotional_reaction", "interpretation", "feeling", "procedural"
};

int
cx_lang_from_name(const char *name)
{
	for (int i = 0; i < CX_NLANG; i++)
		if (strcmp(name, cx_lang_names[i]) == 0)
			return i;
	return -1;
}

int
cx_dim_from_name(const char *name)
{
	for (int i = 0; i < CX_NDIM; i++)
		if (strcmp(name, cx_dim_names[i]) == 0)
			return i;
	return -1;
}

/*
 * Function words that are frequent in one language and rare in the other:
 * counting them is a cheap and robust language guess for messages of a few
 * words and up.  Words shared by both ("no", "me", "a") are left out.
 */
static const char *const stop_es[] = {
	"el", "la", "los", "las", "de", "del", "que", "en", "por", "para", "con", "una", "es",
	"esta", "este", "esto", "pero", "muy", "su", "sus", "le", "les", "lo", "se", "usted",
	"ustedes", "nos", "nuestro", "nuestra", "gracias", "hola", "como", "cuando", "porque",
	"tiene", "puede", "hemos", "estamos", "y", "mi", "yo", "si", "mas", "ha", "al", "todo",
	"ser", "pues", "hay", "fue", "estoy", "tengo", "desde", "hasta", "ahora", "tambien", "donde",
	NULL
};
static const char *const stop_en[] = {
	"the", "to", "and", "of", "is", "it", "that", "this", "you", "your", "we", "our", "for",
	"with", "have", "are", "was", "be", "can", "will", "not", "i", "my", "thank",
	"thanks", "please", "what", "when", "there", "would", "could", "im", "its", "so", "just",
	"do", "on", "at", "if", "they", "she", "but", "all", "about", "been", "were", "had",
	"from", "an", "or", "how", "why", "who", "got", "really",
	NULL
};

/*
 * "he" and "has" are English ("he said", "it has been") and Spanish forms of
 * haber ("he revisado su caso", "¿has probado...?").  They count for
 * neither list above; the word after them decides (see haber_evidence).
 */
static const char *const stop_haber[] = {"he", "has", NULL};

/*
 * Contrast words: what follows them weighs more than what comes before
 * ("the agent was nice but my refund never came").  Read by the voice.
 */
static const char *const contrast_es[] = {"pero", "aunque", "sin embargo", "no obstante", "sino", NULL};
static const char *const contrast_en[] = {"but", "however", "although", "though", "nevertheless", NULL};
const char *const *const cx_contrasts[CX_NLANG] = {contrast_es, contrast_en};

/*
 * Negators looked for in the three words before a match, same clause: the
 * words of negation, and those of absence before what is missing ("falta
 * profesionalidad", "nada amable", "lack of communication", "zero help").
 */
static const char *const neg_es[] = {
	"no", "nunca", "jamas", "tampoco", "ni", "sin", "nadie", "ningun", "ninguna",
	"nada", "falta", "faltan", "falto", "carece", "carecen", NULL
};
static const char *const neg_en[] = {
	"not", "no", "never", "dont", "didnt", "doesnt", "cant", "cannot", "wont", "isnt",
	"wasnt", "arent", "werent", "havent", "hasnt", "hadnt", "couldnt", "wouldnt",
	"shouldnt", "nor", "neither", "hardly", "without", "lack", "lacks", "lacking", "zero", NULL
};
const char *const *const cx_negators[CX_NLANG] = {neg_es, neg_en};

/*
 * Irrealis markers: the modals of the conditional and the words of a wish.
 * An expression in their scope (the same three words as a negator's)
 * describes what is wished for or supposed, not what is the case: "it
 * would be nice to get an answer", "it should be working", "sería genial
 * que me contestaran", "ojalá funcione"
 * (Taboada et al. 2011, "Lexicon-based methods for sentiment analysis":
 * irrealis blocking).  The Spanish conditional is an inflection; its common
 * verbs are listed rather than found by their ending, which brand and place
 * names share ("Iberia", "Nigeria").  "seria" is also the adjective
 * ("una empresa seria"), rarer before a positive word than "sería genial".
 * A conditional that is itself the judgement ("would recommend", "lo
 * recomendaría") is a phrase of the lexicon.  "wish" is left out: "I wish
 * you the best" wishes, it does not suppose.
 */
static const char *const irrealis_es[] = {
	"ojala", "seria", "serian", "estaria", "estarian", "gustaria", "encantaria", "podria",
	"podrian", "deberia", "deberian", "habria", "tendria", "vendria", "convendria",
	"quisiera", "preferiria", NULL
};
static const char *const irrealis_en[] = {
	"would", "could", "should", "might", "wouldve", "couldve", "shouldve", "itd", "id",
	"thatd", NULL
};
const char *const *const cx_irrealis_words[CX_NLANG] = {irrealis_es, irrealis_en};
static const char *const *const stopwords[CX_NLANG] = {stop_es, stop_en};

/* ---- the automaton (wordauto.h) ------------------------------------------ */

size_t
cx_matcher_npatterns(const CxMatcher *m)
{
	return m ? m->npatterns : 0;
}

void
cx_matcher_free(CxMatcher *m)
{
	if (!m)
		return;
	cx_wa_free(&m->wa);
	free(m->ents);
	free(m);
}

/*
 * Normalise a phrase into buf (room for len + 2): returns the pattern length
 * (" w1 w2 ", clause marks turned into plain separators) or 0 when unusable.
 */
static size_t
phrase_pattern(const char *phrase, size_t len, char *buf, const char **why)
{
	size_t		n = cx_textnorm((const unsigned char *) phrase, len, buf, NULL, NULL, NULL);
	int			letters = 0;

	for (size_t i = 0; i < n; i++)
	{
		if (CX_NORM_BOUNDARY(buf[i]))
			buf[i] = ' ';
		else if (buf[i] == '#')
		{
			if (why)
				*why = "the phrase contains letters outside the Latin alphabet";
			return 0;
		}
		else if (buf[i] != ' ')
			letters = 1;
	}
	if (!letters)
	{
		if (why)
			*why = "the phrase has no letters or digits";
		return 0;
	}
	return n;
}

const char *
cx_phrase_check(const char *phrase, size_t len)
{
	const char *why = NULL;
	char	   *buf = malloc(len + 2);

	if (!buf)
		return "out of memory";
	if (phrase_pattern(phrase, len, buf, &why) == 0 && why == NULL)
		why = "the phrase is empty";
	free(buf);
	return why;
}

/*
 * Entries of one class compete for a pattern (the higher weight keeps it):
 * the empathy lexicon, the voice's expressions, its modifiers, the topics;
 * each built-in list is a class of its own ("pero" is a Spanish function
 * word and a contrast word).
 */
static int
dim_class(int dim)
{
	if (dim < CX_NDIM)
		return 0;
	if (dim < CX_DIM_VOICE)
		return dim;
	if (dim >= CX_DIM_VOICE + CX_V_INTENSIFIER && dim <= CX_DIM_VOICE + CX_V_IRONY)
		return CX_DIM_VOICE + CX_V_INTENSIFIER;
	if (dim == CX_DIM_VOICE + CX_V_TOPIC)
		return CX_DIM_VOICE + CX_V_TOPIC;
	return CX_DIM_VOICE;
}

/* a dimension the lexicon may give */
static int
dim_valid(int dim)
{
	return (dim >= 0 && dim < CX_NDIM) || (dim >= CX_DIM_VOICE && dim <= CX_DIM_VOICE + CX_V_TOPIC);
}

/* add one pattern; returns 0 on success */
static int
add_pattern(CxMatcher *m, const char *pat, size_t plen, int lang, int dim, double weight,
			int orig, int variant, const char *phrase, size_t phrase_len, int topic)
{
	int32_t		s = cx_wa_add(&m->wa, pat, plen);

	if (s < 0)
		return -1;
	/*
	 * Same pattern, same language: keep the higher weight; on a tie the
	 * phrase itself over another's contraction variant, then the phrase
	 * that sorts first, so that the result does not depend on the order the
	 * lexicon was read in.
	 */
	for (int32_t e = m->wa.first[s]; e >= 0; e = m->ents[e].next)
	{
		CxIEntry   *x = &m->ents[e];

		if (x->lang == lang && dim_class(x->dim) == dim_class(dim))
		{
			int			better = weight > x->weight;

			if (weight == x->weight && orig >= 0 && x->orig >= 0)
			{
				if (variant != x->variant)
					better = variant < x->variant;
				else
				{
					size_t		n = phrase_len < x->phrase_len ? phrase_len : x->phrase_len;
					int			c = memcmp(phrase, x->phrase, n);

					better = c < 0 || (c == 0 && phrase_len < x->phrase_len);
				}
			}
			if (better)
			{
				x->dim = dim;
				x->weight = weight;
				x->orig = orig;
				x->variant = (uint8_t) variant;
				x->phrase = phrase;
				x->phrase_len = phrase_len;
				x->topic = (int16_t) topic;
			}
			return 0;
		}
	}
	m->ents[m->nents].lang = lang;
	m->ents[m->nents].dim = dim;
	m->ents[m->nents].weight = weight;
	m->ents[m->nents].variant = (uint8_t) variant;
	m->ents[m->nents].phrase = phrase;
	m->ents[m->nents].phrase_len = phrase_len;
	m->ents[m->nents].orig = orig;
	m->ents[m->nents].topic = (int16_t) topic;
	m->ents[m->nents].plen = (uint32_t) plen;
	if (plen > m->maxplen)
		m->maxplen = plen;
	m->ents[m->nents].next = m->wa.first[s];
	m->wa.first[s] = (int32_t) m->nents;
	m->nents++;
	if (orig >= 0 && !variant)
		m->npatterns++;
	return 0;
}

static int
tag_word(void *arg, const char *w, uint32_t bits)
{
	return cx_wa_tag((CxWordAuto *) arg, w, strlen(w), bits);
}

CxMatcher *
cx_matcher_build(const CxLexEntry *entries, size_t n, size_t *n_skipped)
{
	CxMatcher  *m;
	size_t		nents = 0,
				maxlen = 0;
	char	   *buf = NULL,
			   *vbuf = NULL;
	int			bad = 0;

	if (n_skipped)
		*n_skipped = 0;

	for (size_t i = 0; i < n; i++)
	{
		/*
		 * the pattern, and for English its two contraction variants, for the
		 * Spanish of the customer's voice its vosotros form
		 */
		if (entries[i].phrase_len > maxlen)
			maxlen = entries[i].phrase_len;
		nents += entries[i].lang == CX_LANG_EN ? 3 :
			entries[i].lang == CX_LANG_ES && entries[i].dim >= CX_DIM_VOICE ? 2 : 1;
	}
	for (int l = 0; l < CX_NLANG; l++)
	{
		for (const char *const *w = cx_contrasts[l]; *w; w++, nents++)
			maxlen = strlen(*w) > maxlen ? strlen(*w) : maxlen;
	}
	for (const char *const *w = stop_haber; *w; w++, nents++)
		maxlen = strlen(*w) > maxlen ? strlen(*w) : maxlen;

	m = calloc(1, sizeof(CxMatcher));
	if (!m)
		return NULL;
	m->ents = malloc((nents ? nents : 1) * sizeof(CxIEntry));
	buf = malloc(maxlen + 2);
	vbuf = malloc(2 * maxlen + 4);
	if (!m->ents || !buf || !vbuf || cx_wa_init(&m->wa) != 0)
		goto oom;

	for (int l = 0; l < CX_NLANG; l++)
	{
		for (const char *const *w = cx_contrasts[l]; *w; w++)
			bad |= add_pattern(m, buf, phrase_pattern(*w, strlen(*w), buf, NULL), l, CX_DIM_CONTRAST,
							   0.0, -1, 0, NULL, 0, -1);
	}
	for (const char *const *w = stop_haber; *w; w++)
		bad |= add_pattern(m, buf, phrase_pattern(*w, strlen(*w), buf, NULL), CX_LANG_ES,
						   CX_DIM_HABER, 0.0, -1, 0, NULL, 0, -1);
	for (size_t i = 0; i < n && !bad; i++)
	{
		const CxLexEntry *e = &entries[i];
		size_t		plen;

		if (e->lang < 0 || e->lang >= CX_NLANG || !dim_valid(e->dim) ||
			!(e->weight > CX_WEIGHT_MIN_EXCL && e->weight <= CX_WEIGHT_MAX) ||
			(plen = phrase_pattern(e->phrase, e->phrase_len, buf, NULL)) == 0)
		{
			if (n_skipped)
				(*n_skipped)++;
			continue;
		}
		bad |= add_pattern(m, buf, plen, e->lang, e->dim, e->weight, (int) i, 0, e->phrase,
						   e->phrase_len, e->topic);
		if (e->lang == CX_LANG_EN)
		{
			for (int expand = 0; expand < 2; expand++)
			{
				size_t		vlen = cx_contraction_variant(buf, plen, expand, vbuf);

				if (vlen > 0)
					bad |= add_pattern(m, vbuf, vlen, e->lang, e->dim, e->weight, (int) i, 1,
									   e->phrase, e->phrase_len, e->topic);
			}
		}
		else if (e->dim >= CX_DIM_VOICE)
		{
			/* what a customer in Spain writes to a company (spanish_forms.h) */
			size_t		vlen = cx_vosotros_variant(buf, plen, vbuf);

			if (vlen > 0)
				bad |= add_pattern(m, vbuf, vlen, e->lang, e->dim, e->weight, (int) i, 1,
								   e->phrase, e->phrase_len, e->topic);
		}
	}
	/* the sentence analysis's word lists: each word's lists come with its step */
	if (!bad)
		bad = cx_mech_grammar_words(tag_word, &m->wa);
	/*
	 * the function words, counted by language from their tag as they are
	 * read; the negators, the irrealis markers and the (last words of)
	 * contrasts, for cx_negated and cx_marks_before
	 */
	for (int l = 0; l < CX_NLANG && !bad; l++)
	{
		for (const char *const *w = stopwords[l]; *w && !bad; w++)
			bad = tag_word(&m->wa, *w, CX_TAG_STOP(l));
		for (const char *const *w = cx_negators[l]; *w && !bad; w++)
			bad = tag_word(&m->wa, *w, CX_TAG_NEGATOR(l));
		for (const char *const *w = cx_irrealis_words[l]; *w && !bad; w++)
			bad = tag_word(&m->wa, *w, CX_TAG_IRREALIS(l));
		for (const char *const *w = cx_contrasts[l]; *w && !bad; w++)
		{
			const char *last = strrchr(*w, ' ');

			bad = tag_word(&m->wa, last ? last + 1 : *w, CX_TAG_CONTRAST(l));
		}
	}
	if (bad || cx_wa_finish(&m->wa) != 0)
		goto oom;
	/* the entries' phrases need not outlive the call */
	for (size_t k = 0; k < m->nents; k++)
		m->ents[k].phrase = NULL;
	free(buf);
	free(vbuf);
	return m;

oom:
	free(buf);
	free(vbuf);
	cx_matcher_free(m);
	return NULL;
}
