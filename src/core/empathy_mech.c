/*
 * empathy_mech.c: sentences, questions, shared experience, anti-empathy in
 * context and content words of one analysed message (cx_empathy_features);
 * see empathy_mech.h.  The scores built on them are in empathy_score.c.
 *
 * The word lists here are grammar (interrogatives, auxiliaries, pronouns,
 * request verbs), not vocabulary: what a reply says is in the lexicon.
 */
#include "empathy_mech.h"

#include <string.h>

/* ---- word lists ---------------------------------------------------------- */

/*
 * The word lists below are sets of grammar words.  They are looked up for
 * every word of a message (content words, softeners, the words of each
 * sentence), so all of them share one hash table, built on first use, that
 * maps a word to the bit mask of the lists it is in: one lookup per word,
 * whatever the number of lists.
 */
typedef struct WordSet
{
	const char *const *words;	/* NULL-terminated */
	uint32_t	bit;			/* this list's bit, set when the table is built */
} WordSet;

#define GRAMMAR_SLOTS 2048		/* a power of 2, over twice the words of all lists */

/*
 * The grammar lists' words in one table: a word's lists in one look-up.  A
 * text read by the matcher brings each word's lists with it (CxWordRec:
 * the matcher's vocabulary is tagged with them), so this table serves the
 * words of texts read without records and the lists asked for by name.
 */
typedef struct GrammarSlot
{
	const char *word;			/* NULL = empty */
	uint32_t	len;
	uint32_t	mask;
} GrammarSlot;

static GrammarSlot grammar[GRAMMAR_SLOTS];
static int	grammar_ready;
static void grammar_build(void);

static inline uint32_t
word_hash(const char *w, size_t n)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < n; i++)
	{
		h ^= (unsigned char) w[i];
		h *= 16777619u;
	}
	return h;
}

/* the lists a word is in */
static uint32_t
word_mask(const char *w, size_t n)
{
	if (!grammar_ready)
		grammar_build();
	for (uint32_t h = word_hash(w, n) & (GRAMMAR_SLOTS - 1); grammar[h].word;
		 h = (h + 1) & (GRAMMAR_SLOTS - 1))
		if (grammar[h].len == n && memcmp(grammar[h].word, w, n) == 0)
			return grammar[h].mask;
	return 0;
}

static int
in_list(const char *w, size_t n, const WordSet *ws)
{
	return (word_mask(w, n) & ws->bit) != 0;
}

/* words that open a sentence without changing what it is */
static const char *const fillers_words[] = {
	"so", "and", "but", "ok", "okay", "well", "oh", "hmm", "hey", "also", "then", "now", "yeah",
	"yes", "yep", "meh", "ugh", "ya",
	"y", "pero", "bueno", "entonces", "oye", "oiga", "mira", "mire", "pues", "ah", "ay",
	"vale", "okey", "che", "ahora", "tambien", NULL
};
static WordSet fillers = {fillers_words, 0};

static const char *const wh_en_words[] = {
	"what", "whats", "how", "hows", "why", "when", "where", "wheres", "who", "whom",
	"whose", "which", NULL
};
static WordSet wh_en = {wh_en_words, 0};
static const char *const wh_es_words[] = {
	"que", "como", "porque", "cuando", "donde", "adonde", "quien", "quienes", "cual",
	"cuales", "cuanto", "cuanta", "cuantos", "cuantas", NULL
};
static WordSet wh_es = {wh_es_words, 0};

/* a preposition before an interrogative ("¿desde cuándo?", "¿por qué?") */
static const char *const prep_es_words[] = {
	"por", "desde", "hace", "a", "de", "en", "con", "para", "hasta", NULL
};
static WordSet prep_es = {prep_es_words, 0};

/* advice disguised as a question: "have you tried ...?", "¿ha probado ...?" */
static const char *const advice_en_words[] = {
	"try", "tried", "considered", "consider", "thought", "checked", "check", "call",
	"called", "contact", "contacted", "talk", "talked", "spoken", "speak", "ask", "asked",
	"restart", "restarted", "reinstall", "reinstalled", "seen", NULL
};
static WordSet advice_en = {advice_en_words, 0};
static const char *const advice_es_words[] = {
	"probado", "probaste", "probo", "probaron", "intentado", "intentaste", "intento",
	"pensado", "considerado", "hablado", "hablaste", "consultado", "consultaste",
	"reiniciado", "reiniciaste", "llamado", "llamaste", "contactado", "contactaste",
	"revisado", "revisaste", NULL
};
static WordSet advice_es = {advice_es_words, 0};

/* short confirmations asked as questions: "right?", "¿vale?" */
static const char *const tags_words[] = {
	"right", "ok", "okay", "yes", "no", "yeah", "huh", "eh", "si", "vale", "verdad",
	"cierto", "sabes", "ves", NULL
};
static WordSet tags = {tags_words, 0};

/* the verb of feeling: "how do you feel?", "¿cómo se siente?" */
static const char *const feel_verbs_words[] = {
	"feel", "feeling", "feels", "felt", "siente", "sientes", "sentis", "sentiste",
	"sintio", "sentir", "sentido", "siento", NULL
};
static WordSet feel_verbs = {feel_verbs_words, 0};

/* first person singular */
static const char *const first_person_words[] = {
	"i", "im", "ive", "id", "me", "my", "mine", "myself",
	"yo", "mi", "mis", "conmigo", NULL
};
static WordSet first_person = {first_person_words, 0};

/*
 * Sameness or a past of one's own: "me too", "the same happened", "when I
 * lost my job", "years ago", "yo también", "cuando me pasó", "hace años".
 */
static const char *const same_markers_words[] = {
	"too", "same", "similar", "remember", "relate", "been", "also", "used", "through",
	"experienced",
	"tambien", "mismo", "misma", "igual", "parecido", "parecida", "recuerdo", "acuerdo",
	"pasado", "vivi", "sufri", "experiencia", NULL
};

/* a time of one's own past ("when I lost my job", "hace años"): with a past verb */
static const char *const time_markers_words[] = {
	"when", "once", "ago", "years", "cuando", "vez", "hace", "anos", NULL
};
static WordSet time_markers = {time_markers_words, 0};

/* past forms that do not end in -ed / -aron / -ieron / -aba */
static const char *const past_words_words[] = {
	"was", "were", "had", "went", "felt", "lost", "got", "did", "took", "came", "knew",
	"thought", "found", "left", "saw", "made", "broke", "fell", "became", "began", "had",
	"fue", "fui", "estuve", "tuve", "tenia", "perdi", "senti", "vivi", "paso", "pase",
	"hice", "quede", "sufri", "pude", "vi", NULL
};
static WordSet past_words = {past_words_words, 0};

/* the asker's own next step ("how do I ...?", "¿cómo puedo ...?"): a request for help */
static const char *const own_step_words[] = {
	"i", "puedo", "debo", "hago", "tengo", "necesito", "podemos", "hacemos", NULL
};
static WordSet own_step = {own_step_words, 0};

/* the customer's things: a sentence about them tells no experience of one's own */
static const char *const second_possessive_words[] = {
	"your", "yours", "su", "sus", "tu", "tus", "usted", "vos", NULL
};
static WordSet second_possessive = {second_possessive_words, 0};
static WordSet same_markers = {same_markers_words, 0};

/* intent or ability, which makes a first-person sentence a promise, not experience */
static const char *const modal_words_words[] = {
	"will", "ill", "can", "could", "would", "going", "gonna", "shall", "lets", "let",
	"voy", "vamos", "puedo", "podemos", "podria", "podriamos", "vere", "revisare",
	"hare", "enviare", NULL
};
static WordSet modal_words = {modal_words_words, 0};

/* relative pronouns: an anti-empathy phrase opened by one inside a clause is a relative clause */
static const char *const relatives_words[] = {
	"who", "whatever", "which", "quien", "quienes", NULL
};
static WordSet relatives = {relatives_words, 0};

/* prepositions that may come before a relative pronoun ("a quien", "to whom") */
static const char *const rel_preps_words[] = {
	"a", "de", "con", "para", "por", "en", "to", "for", "with", "of", NULL
};
static WordSet rel_preps = {rel_preps_words, 0};


/*
 * Requests that work as questions without a question mark ("tell me what
 * happened", "cuéntame qué pasó"): their first words.
 */
static const char *const request_one_words[] = {
	"tell", "describe", "explain", "cuentame", "cuenteme", "contame", "cuentenos",
	"contanos", "digame", "decime", "dime", "digam", "indiqueme", "indicame", "explicame",
	"expliqueme", "describame", "describeme", NULL
};
static WordSet request_one = {request_one_words, 0};
static const char *const request_two[] = {
	/* pairs written "a b" */
	"let me", "walk me", "help me", "could you", "can you", "would you", "please tell",
	"please describe", "please explain", "please share", "i wonder", "i was",
	"me podria", "me puede", "me podrias", "me puedes", "me podes", "me cuenta",
	"me cuentas", "me contas", "me indica", "me indicas", "me confirma", "me confirmas",
	"me facilita", "me proporciona", "nos indica", "nos cuenta", "podrias contarme",
	"podria contarme", "podria decirme", "podrias decirme", NULL
};
/* the first words of those pairs */
static const char *const request_two_first_words[] = {
	"let", "walk", "help", "could", "can", "would", "please", "i", "me", "nos", "podrias",
	"podria", NULL
};
static WordSet request_two_first = {request_two_first_words, 0};
static const char *const request_verbs_words[] = {
	"tell", "know", "describe", "explain", "share", "understand", "through", "wondering",
	"wonder", "decir", "contar", "decirme", "contarme", "explicar", "explicarme", "cuenta",
	"cuentas", "contas", "indica", "indicas", "confirma", "confirmas", "facilita",
	"proporciona", "contarnos", "decirnos", "indicar", "indicarnos", "confirmar", NULL
};
static WordSet request_verbs = {request_verbs_words, 0};

/*
 * Softened, tentative wording: the conditional mood, which in Spanish is
 * the courteous register ("¿podría indicarme?", "me gustaría", "sería
 * conveniente"), and the English modals that do the same ("could you",
 * "would you", "it might help").  Spanish conditionals are found by form:
 * the infinitive plus -ía (-aría, -ería, -iría) or one of the irregular
 * stems (podría, tendría, habría, haría, diría, ...), less the common nouns
 * and adjectives of the same shape.
 */
static const char *const modal_soft_en_words[] = {"would", "could", "might", "wouldnt", "couldnt", NULL};
static WordSet modal_soft_en = {modal_soft_en_words, 0};
static const char *const cond_irregular_words[] = {
	"habria", "sabria", "querria", "haria", "diria", "cabria", "habrias", "sabrias",
	"querrias", "harias", "dirias", "habriamos", "hariamos", "diriamos", "habrian",
	"harian", "dirian", NULL
};
static WordSet cond_irregular = {cond_irregular_words, 0};
static const char *const cond_not_words[] = {
	"necesaria", "necesarias", "diaria", "diarias", "primaria", "primarias", "contraria",
	"contrarias", "ordinaria", "extraordinaria", "propietaria", "secretaria", "secretarias",
	"materia", "materias", "bateria", "baterias", "galeria", "galerias", "cafeteria",
	"libreria", "librerias", "loteria", "ferreteria", "tesoreria", "miseria", "arteria",
	"bacteria", "bacterias", "histeria", "feria", "ferias", "serie", "varia", "varias",
	"sanitaria", "bancaria", "bancarias", "tarifaria", "inmobiliaria", "mayoria",
	"universitaria", "voluntaria", "temporaria", "unitaria", "solidaria", "agraria",
	"literaria", "literarias", "publicitaria", "aria", "maria", "eria", "iria",
	"criteria", "pizzeria", "carniceria", "panaderia", "peluqueria", "lavanderia",
	"mensajeria", "paqueteria", "consejeria", "ingenieria", "porteria", "cristaleria",
	"joyeria", "zapateria", "tintoreria", "frutería", "ganaderia", "tonteria",
	"tonterias", "boberia", "porqueria", "porquerias", "caballeria", "artilleria",
	"categoria", "categorias", NULL
};
static WordSet cond_not = {cond_not_words, 0};

static int
is_softener(const char *w, size_t n, uint32_t mask, int lang)
{
	if (lang == CX_LANG_EN)
		return (mask & modal_soft_en.bit) != 0;
	if (mask & cond_irregular.bit)
		return 1;
	/* -ría, -rías, -ríamos, -rían after -a, -e, -i (infinitive) or -d (podría, tendría) */
	if (n >= 6 && w[n - 1] == 'a' && w[n - 2] == 'i' && w[n - 3] == 'r')
		n -= 3;
	else if (n >= 7 && w[n - 1] == 's' && w[n - 2] == 'a' && w[n - 3] == 'i' && w[n - 4] == 'r')
		n -= 4;
	else if (n >= 7 && w[n - 1] == 'n' && w[n - 2] == 'a' && w[n - 3] == 'i' && w[n - 4] == 'r')
		n -= 4;
	else if (n >= 9 && memcmp(w + n - 6, "riamos", 6) == 0)
		n -= 6;
	else
		return 0;
	return (w[n - 1] == 'a' || w[n - 1] == 'e' || w[n - 1] == 'i' || w[n - 1] == 'd') &&
		!(mask & cond_not.bit);
}

/* ---- words and sentences ------------------------------------------------- */

#define SENT_WORDS	64			/* words of one sentence looked at */
#define MAX_SENTS	256			/* sentence ends remembered for the anti-empathy context */

typedef struct Word
{
	uint32_t	start;
	uint32_t	end;
	uint32_t	mask;			/* the grammar lists it is in */
	uint8_t		clause_start;	/* first word after a clause mark */
} Word;

typedef struct Sentence
{
	Word		w[SENT_WORDS];
	int			n;				/* words kept */
	int			total;			/* words in the sentence */
	size_t		start;			/* first byte of the first word */
	size_t		end;			/* the separator that ends it */
	char		kind;			/* '?' (a question) or '.' */
	char		opened;			/* opened by a Spanish '¿' */
	uint32_t	lists;			/* the lists any kept word is in (w[].mask ORed) */
} Sentence;

static inline int
is_word_char(char c)
{
	return c != ' ' && !CX_NORM_BOUNDARY(c);
}

static inline int
word_in(const char *norm, const Word *w, const WordSet *list)
{
	return (w->mask & list->bit) != 0;
}

static inline int
word_eq(const char *norm, const Word *w, const char *s)
{
	size_t		n = w->end - w->start,
				k = 0;

	/* inline: most calls fail at the first byte */
	while (k < n && s[k] == norm[w->start + k])
		k++;
	return k == n && s[k] == '\0';
}

/* two words "a b" at w[i], w[i+1] */
static int
pair_in(const char *norm, const Sentence *s, int i, const char *const *list)
{
	if (i + 1 >= s->n || !word_in(norm, &s->w[i], &request_two_first))
		return 0;
	for (; *list; list++)
	{
		const char *p = *list;
		size_t		n1 = s->w[i].end - s->w[i].start,
					k = 0;

		/* the first word of the pair, then its space */
		while (k < n1 && p[k] == norm[s->w[i].start + k])
			k++;
		if (k == n1 && p[k] == ' ' && word_eq(norm, &s->w[i + 1], p + k + 1))
			return 1;
	}
	return 0;
}

/* ---- stems --------------------------------------------------------------- */

/*
 * A crude stem shared by both languages: the longest of a few inflectional
 * suffixes is cut while at least four letters remain, and the rest is cut
 * to six letters ("frustrated", "frustrating", "frustración", "frustrado" ->
 * "frustr").  It only needs to make two forms of one word meet.
 */
typedef struct StemSuffix
{
	const char *s;
	size_t		n;
} StemSuffix;

static const StemSuffix stem_suffixes[] = {
#define SUF(x) {x, sizeof(x) - 1}
	SUF("aciones"), SUF("iciones"), SUF("amente"), SUF("mente"), SUF("ciones"),
	SUF("acion"), SUF("icion"), SUF("cion"), SUF("ation"), SUF("ition"), SUF("tion"),
	SUF("iendo"), SUF("ando"), SUF("ados"), SUF("adas"), SUF("idos"), SUF("idas"),
	SUF("ing"), SUF("ado"), SUF("ada"), SUF("ido"), SUF("ida"), SUF("ies"), SUF("ied"),
	SUF("ers"), SUF("es"), SUF("ed"), SUF("er"), SUF("ly"), SUF("s"), SUF("a"), SUF("o"),
	SUF("e"),
#undef SUF
};

#define N_STEM_SUFFIXES (sizeof(stem_suffixes) / sizeof(stem_suffixes[0]))

/*
 * The suffixes by their last letter, in the list's order (so the first that
 * fits is the same): a word tries only those that end as it does, a few
 * instead of all 33.  Built once; -1 ends each row.
 */
static int8_t stem_by_last[26][N_STEM_SUFFIXES + 1];
static int	stem_ready;

static void
stem_build(void)
{
	int			n[26] = {0};

	for (size_t k = 0; k < N_STEM_SUFFIXES; k++)
	{
		int			c = stem_suffixes[k].s[stem_suffixes[k].n - 1] - 'a';

		stem_by_last[c][n[c]++] = (int8_t) k;
	}
	for (int c = 0; c < 26; c++)
		stem_by_last[c][n[c]] = -1;
	stem_ready = 1;
}

uint32_t
cx_empathy_stem_hash(const char *w, size_t len)
{
	uint32_t	h;
	unsigned	last;

	if (!stem_ready)
		stem_build();
	last = len > 0 ? (unsigned) (unsigned char) w[len - 1] - (unsigned) 'a' : 26u;
	if (last < 26)
	{
		for (const int8_t *k = stem_by_last[last]; *k >= 0; k++)
		{
			size_t		n = stem_suffixes[*k].n;
			size_t		i = 2;

			if (len < n + 4)
				continue;
			/* the last letter is known to fit; the others from the end back */
			while (i <= n && w[len - i] == stem_suffixes[*k].s[n - i])
				i++;
			if (i > n)
			{
				len -= n;
				break;
			}
		}
	}
	h = word_hash(w, len > 6 ? 6 : len);
	return h ? h : 1;			/* 0 marks an empty slot in a sent state */
}

/* words of four letters and more that carry no content */
static const char *const stop_content_words[] = {
	"about", "after", "again", "also", "been", "before", "being", "both", "could", "does",
	"doing", "down", "during", "each", "from", "have", "having", "here", "into", "just",
	"more", "most", "once", "only", "other", "over", "same", "should", "some", "such",
	"than", "that", "their", "them", "then", "there", "these", "they", "this", "those",
	"through", "under", "until", "very", "were", "what", "when", "where", "which", "while",
	"will", "with", "would", "your", "yours", "yeah", "okay", "thanks", "thank", "please",
	"really", "know", "think", "like", "want", "well", "sure", "good", "great", "dont",
	"didnt", "doesnt", "cant", "wont", "thats", "youre", "youve", "theyre", "going",
	"gonna", "something", "anything", "everything", "nothing", "thing", "things", "still",
	"even", "much", "many", "make", "made", "said", "tell", "sorry", "hope", "help",
	"para", "pero", "como", "este", "esta", "esto", "estos", "estas", "esos", "esas",
	"porque", "cuando", "donde", "tiene", "tengo", "tienes", "puede", "puedo", "hemos",
	"estamos", "usted", "ustedes", "nuestro", "nuestra", "gracias", "hola", "todo", "toda",
	"todos", "todas", "algo", "nada", "mucho", "mucha", "muchas", "muchos", "sobre",
	"entre", "desde", "hasta", "tambien", "ahora", "bien", "solo", "sido", "estar",
	"estoy", "hacer", "hace", "quiero", "quiere", "favor", "bueno", "pues", "entonces",
	"cual", "quien", "aqui", "alli", "siento", "ayudar", "ayuda", "nosotros", "ellos",
	"ellas", "tambien", "cosa", "cosas", "vamos", "mismo", "misma", NULL
};
static WordSet stop_content = {stop_content_words, 0};

/* every list, in the order of their bits */
static WordSet *const all_lists[] = {
	&fillers, &wh_en, &wh_es, &prep_es, &advice_en, &advice_es, &tags, &feel_verbs,
	&first_person, &second_possessive, &same_markers, &time_markers, &past_words, &own_step,
	&modal_words, &relatives, &rel_preps, &request_one,
	&request_two_first, &request_verbs, &modal_soft_en, &cond_irregular, &cond_not,
	&stop_content
};

/* the lists' bits stay below those of the negators and contrasts (CxWordRec) */
_Static_assert(sizeof(all_lists) / sizeof(all_lists[0]) <= CX_MECH_GRAMMAR_BITS,
			   "too many grammar word lists for a word's mask");

int
cx_mech_grammar_words(int (*cb) (void *arg, const char *word, uint32_t bits), void *arg)
{
	if (!grammar_ready)
		grammar_build();
	for (size_t l = 0; l < sizeof(all_lists) / sizeof(all_lists[0]); l++)
		for (const char *const *w = all_lists[l]->words; *w; w++)
			if (cb(arg, *w, all_lists[l]->bit) != 0)
				return -1;
	return 0;
}

static void
grammar_build(void)
{
	for (size_t l = 0; l < sizeof(all_lists) / sizeof(all_lists[0]); l++)
	{
		WordSet    *ws = all_lists[l];

		ws->bit = (uint32_t) 1 << l;
		for (const char *const *w = ws->words; *w; w++)
		{
			size_t		n = strlen(*w);
			uint32_t	h = word_hash(*w, n) & (GRAMMAR_SLOTS - 1);

			while (grammar[h].word &&
				   !(grammar[h].len == n && memcmp(grammar[h].word, *w, n) == 0))
				h = (h + 1) & (GRAMMAR_SLOTS - 1);
			grammar[h].word = *w;
			grammar[h].len = (uint32_t) n;
			grammar[h].mask |= ws->bit;
		}
	}
	grammar_ready = 1;
}

static void
add_hash(uint32_t *set, uint8_t *n, int cap, uint32_t h)
{
	int			i = *n;

	for (int k = 0; k < *n; k++)
		if (set[k] == h)
			return;
	if (*n >= cap)
		return;
	/* keep the set sorted for the merge in cx_empathy_context */
	while (i > 0 && set[i - 1] > h)
	{
		set[i] = set[i - 1];
		i--;
	}
	set[i] = h;
	(*n)++;
}

/* merge a message's features into a turn's (content, feelings, flags) */
void
cx_empathy_features_merge(CxFeatures *dst, const CxFeatures *src)
{
	dst->flags |= src->flags;
	for (int k = 0; k < src->n_content; k++)
		add_hash(dst->content, &dst->n_content, CX_FEAT_WORDS, src->content[k]);
	for (int k = 0; k < src->n_feel; k++)
		add_hash(dst->feel, &dst->n_feel, CX_FEAT_FEEL, src->feel[k]);
	dst->complaint += src->complaint;
	dst->feeling += src->feeling;
	dst->words = (uint16_t) ((uint32_t) dst->words + src->words > UINT16_MAX ? UINT16_MAX :
							 dst->words + src->words);
}

static void
add_content_word(const char *norm, size_t ws, size_t we, uint32_t mask, CxFeatures *f)
{
	size_t		n = we - ws;

	if (n < 4 || f->n_content >= CX_FEAT_WORDS || (mask & stop_content.bit))
		return;
	/* a word of another script (see textnorm.h) has no stem (inline: words are short) */
	for (size_t k = ws; k < we; k++)
		if (norm[k] == '#')
			return;
	add_hash(f->content, &f->n_content, CX_FEAT_WORDS, cx_empathy_stem_hash(norm + ws, n));
}

/* ---- one sentence -------------------------------------------------------- */

const char *const cx_ev_names[CX_NEV] = {
	"open question", "closed question", "advice question", "procedural question",
	"tag question", "request to tell", "shared experience", "anti-empathy in context",
	"question for help"
};

typedef struct FeatCtx
{
	CxEvidenceCallback cb;
	void	   *cbarg;
	const char *norm;
	const CxMsgResult *res;
	CxFeatures *f;
	double		shared;
	double		explore_lex_in_q;	/* exploration lexicon weight inside questions */
} FeatCtx;

/* summed weight of the counted matches of dim inside [from, to) */
static double
matches_in(const CxMsgResult *res, int dim, size_t from, size_t to)
{
	double		w = 0;

	for (int k = 0; k < res->n_kept; k++)
		if (res->kept[k].dim == dim && res->kept[k].start >= from && res->kept[k].start < to)
			w += res->kept[k].weight;
	return w;
}

/* index of the first word after the fillers that open the sentence (or clause i) */
static int
head_word(const char *norm, const Sentence *s, int i)
{
	int			k = i;

	while (k < s->n - 1 && k < i + 2 && word_in(norm, &s->w[k], &fillers))
		k++;
	return k;
}

/* the question weights of a sentence: empathy and listening */
static int
question_weights(FeatCtx *c, const Sentence *s, int lang, int is_request,
				 double *emp, double *lis)
{
	const char *norm = c->norm;
	int			h = head_word(norm, s, 0);
	int			last_clause = 0;
	int			open = 0,
				advice = 0;

	for (int k = 0; k < s->n; k++)
		if (s->w[k].clause_start)
			last_clause = k;

	if (matches_in(c->res, CX_DIM_PROCEDURAL, s->start, s->end) > 0)
	{
		*emp = 0.15;
		*lis = 0.8;
		return CX_EV_PROCEDURAL_Q;
	}
	if (is_request)
	{
		*emp = 0.8;
		*lis = 1.0;
		return CX_EV_REQUEST;
	}
	if ((s->total <= 2 || (s->n == s->total && s->n - last_clause <= 2)) &&
		word_in(norm, &s->w[s->n - 1], &tags))
	{
		*emp = 0.1;
		*lis = 0.2;
		return CX_EV_TAG_Q;
	}
	for (int pass = 0; pass < 2; pass++)
	{
		int			k = pass == 0 ? h : head_word(norm, s, last_clause);

		if (lang == CX_LANG_EN)
		{
			if (word_in(norm, &s->w[k], &wh_en))
				open = 1;
		}
		else if (word_in(norm, &s->w[k], &wh_es) ||
				 (k + 1 < s->n && word_in(norm, &s->w[k], &prep_es) &&
				  word_in(norm, &s->w[k + 1], &wh_es)))
			open = 1;
	}
	for (int k = h; k < s->n && k < h + 5; k++)
		if (word_in(norm, &s->w[k], lang == CX_LANG_EN ? &advice_en : &advice_es))
			advice = 1;
	if (lang == CX_LANG_EN && word_eq(norm, &s->w[h], "why") && h + 1 < s->n &&
		(word_eq(norm, &s->w[h + 1], "dont") || word_eq(norm, &s->w[h + 1], "not")))
		advice = 1;
	if (lang == CX_LANG_ES && h + 2 < s->n && word_eq(norm, &s->w[h], "por") &&
		word_eq(norm, &s->w[h + 1], "que") && word_eq(norm, &s->w[h + 2], "no"))
		advice = 1;

	/*
	 * "How do I ...?", "Can I ...?", "¿Cómo puedo ...?": the asker's own next
	 * step, a request for help, not an exploration of the other's situation
	 * ("May I ask what happened?" is one).
	 */
	for (int k = h; k < s->n && k <= h + 2; k++)
		if (word_in(norm, &s->w[k], &own_step) &&
			!(k + 1 < s->n && word_eq(norm, &s->w[k + 1], "ask")))
		{
			*emp = 0.1;
			*lis = 0.2;
			return CX_EV_HELP_Q;
		}
	if (advice && !(open && !word_eq(norm, &s->w[h], "why") && !word_eq(norm, &s->w[h], "por")))
	{
		*emp = 0.3;
		*lis = 0.5;
		return CX_EV_ADVICE_Q;
	}
	*emp = open ? 1.0 : 0.6;
	*lis = 1.0;
	/* a question about how they feel explores the feeling itself */
	if (matches_in(c->res, CX_DIM_FEELING, s->start, s->end) > 0)
		*emp += 0.5;
	else
		for (int k = 0; k < s->n; k++)
			if (word_in(norm, &s->w[k], &feel_verbs))
			{
				*emp += 0.5;
				break;
			}
	return open ? CX_EV_OPEN_Q : CX_EV_CLOSED_Q;
}

/* does the sentence open with a request to tell ("tell me", "¿me podría contar ...") */
static int
is_request(const char *norm, const Sentence *s)
{
	int			h = head_word(norm, s, 0);

	if (h >= s->n)
		return 0;
	if (word_in(norm, &s->w[h], &request_one))
		return 1;
	if (pair_in(norm, s, h, request_two))
	{
		for (int k = h + 1; k < s->n && k < h + 5; k++)
			if (word_in(norm, &s->w[k], &request_verbs))
				return 1;
	}
	return 0;
}

/*
 * A first-person sentence that tells a like experience or a past of one's
 * own: not a promise (will, can, voy, puedo) and not about the customer's
 * things (your order, su pedido), which is how an agent reports what they
 * did ("when I checked your account").
 */
static int
is_shared_experience(const char *norm, const Sentence *s)
{
	int			fp = 0,
				same = 0,
				when = 0,
				past = 0;

	/* most sentences hold no first person, or neither a "same" nor a "when" */
	if (!(s->lists & first_person.bit) ||
		!(s->lists & (same_markers.bit | time_markers.bit)))
		return 0;
	for (int k = 0; k < s->n; k++)
	{
		const Word *w = &s->w[k];
		size_t		n = w->end - w->start;
		const char *t = norm + w->start;

		if (word_in(norm, w, &modal_words) || word_in(norm, w, &second_possessive))
			return 0;
		if (word_in(norm, w, &first_person))
			fp = 1;
		else if (word_in(norm, w, &same_markers))
			same = 1;
		else if (word_in(norm, w, &time_markers))
			when = 1;
		if (word_in(norm, w, &past_words) ||
			(n >= 4 && memcmp(t + n - 2, "ed", 2) == 0) ||
			(n >= 5 && (memcmp(t + n - 4, "aron", 4) == 0 || memcmp(t + n - 3, "aba", 3) == 0)))
			past = 1;
	}
	return fp && (same || (when && past));
}

static void
finish_sentence(FeatCtx *c, Sentence *s, int lang)
{
	CxFeatures *f = c->f;
	double		lex = matches_in(c->res, CX_DIM_EXPLORATION, s->start, s->end);
	int			req;

	if (s->n == 0)
		return;
	req = is_request(c->norm, s);
	if (s->kind == '?' || req)
	{
		double		emp,
					lis;
		int			kind = question_weights(c, s, lang, req && s->kind != '?', &emp, &lis);

		if (c->cb)
			c->cb(c->cbarg, kind, s->start, s->end, lex > emp ? lex : emp);
		/* the lexicon's exploration phrases in it count once, with the question */
		f->explore += (float) (lex > emp ? lex : emp);
		f->listen += (float) lis;
		c->explore_lex_in_q += lex;
		if (s->kind == '?')
			f->flags |= CX_FEAT_ASKED;
	}
	else
	{
		if (s->total >= 3 && f->declaratives < UINT16_MAX)
			f->declaratives++;
		if (is_shared_experience(c->norm, s) &&
			matches_in(c->res, CX_DIM_INTERP, s->start, s->end) == 0 &&
			matches_in(c->res, CX_DIM_ACK, s->start, s->end) == 0)
		{
			c->shared += 0.8;
			if (c->cb)
				c->cb(c->cbarg, CX_EV_SHARED, s->start, s->end, 0.8);
		}
	}
}

/* ---- anti-empathy in context --------------------------------------------- */

static int
sentence_of(const size_t *ends, int nends, size_t pos)
{
	int			lo = 0,
				hi = nends;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (ends[mid] < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Support that redeems a dismissal or a non-apology before it: in the same
 * sentence any empathic expression ("whatever you decide, I'm here"); in
 * the next sentence only a commitment, a reaction or an understanding ("I'm
 * so sorry you feel that way. I'm here to help"), not a formulaic apology
 * ("as I told you, it is not possible. Sorry for the inconvenience").
 */
static inline int
is_support(int dim, int next_sentence)
{
	if (dim == CX_DIM_OWNERSHIP || dim == CX_DIM_EMOTION || dim == CX_DIM_INTERP)
		return 1;
	return !next_sentence && (dim == CX_DIM_ACK || dim == CX_DIM_APOLOGY);
}

/*
 * Does the phrase at [start, end) open with a relative pronoun, or with a
 * preposition and one ("a stranger who cares", "alguien a quien le importa")?
 * we is the end of its first word.
 */
static int
opens_relative(const char *norm, size_t start, size_t we, size_t end)
{
	size_t		w2,
				w2e;

	if (in_list(norm + start, we - start, &relatives))
		return 1;
	if (we >= end || !in_list(norm + start, we - start, &rel_preps))
		return 0;
	w2 = we + 1;
	w2e = w2;
	while (w2e < end && is_word_char(norm[w2e]))
		w2e++;
	return in_list(norm + w2, w2e - w2, &relatives);
}

/*
 * Does the word at start open its clause, fillers aside ("yeah whatever",
 * "oh, relax")?  At most two fillers are looked through.
 */
static int
at_clause_head(const char *norm, size_t start)
{
	size_t		p = start;

	for (int k = 0; k < 3; k++)
	{
		size_t		wend,
					wstart;

		if (p < 2 || norm[p - 1] != ' ')
			return 1;			/* the text or a clause starts here */
		if (k == 2)
			return 0;
		wend = p - 1;
		wstart = wend;
		while (wstart > 0 && is_word_char(norm[wstart - 1]))
			wstart--;
		if (!in_list(norm + wstart, wend - wstart, &fillers))
			return 0;
		p = wstart;
	}
	return 0;
}

/*
 * The anti-empathy weight that counts.  A phrase opened by a relative
 * pronoun inside a clause belongs to a relative clause ("a stranger who
 * cares about you"), not to a dismissal.  A one-word English phrase
 * (relax, clearly, obviously, whatever) dismisses as an imperative or a
 * sentence adverb at the head of a clause ("Relax.", "Obviously, you ..."),
 * not inside one ("you can relax now", "I can clearly see it"); the
 * Spanish ones are imperatives with a clitic (cálmese, relájate), which
 * dismiss wherever they stand.  Dismissal or a non-apology
 * (weight under 2.5; blame is weighted more) followed by support (see
 * is_support) counts a fifth.
 */
static double
anti_in_context(FeatCtx *c, const size_t *ends, int nends, uint16_t *n_full)
{
	const char *norm = c->norm;
	const CxMsgResult *res = c->res;

	/*
	 * Every counted match is in the sums; only the kept ones (the first
	 * CX_KEEP_MATCHES) can be judged in context, and what the context takes
	 * off is subtracted from the sums.
	 */
	double		total = res->dim_sum[CX_DIM_ANTI];
	int			full = res->dim_n[CX_DIM_ANTI];

	for (int k = 0; k < res->n_kept; k++)
	{
		const CxKeptMatch *a = &res->kept[k];
		size_t		we = a->start;
		double		support = 0;
		int			sa;

		if (a->dim != CX_DIM_ANTI)
			continue;
		while (is_word_char(norm[we]))
			we++;
		if (a->start > 1 && !at_clause_head(norm, a->start) &&
			(opens_relative(norm, a->start, we, a->end) ||
			 (res->lang == CX_LANG_EN && we >= a->end)))
		{
			total -= a->weight;
			full--;
			if (c->cb)
				c->cb(c->cbarg, CX_EV_ANTI, a->start, a->end, 0.0);
			continue;
		}
		sa = sentence_of(ends, nends, a->start);
		/* kept matches are not all in text order (feelings come at once) */
		for (int j = 0; j < res->n_kept; j++)
		{
			const CxKeptMatch *p = &res->kept[j];
			int			sp;

			if (p->start <= a->end)
				continue;
			sp = sentence_of(ends, nends, p->start);
			if (sp <= sa + 1 && is_support(p->dim, sp > sa))
				support += p->weight;
		}
		if (a->weight < 2.5 && support >= 1.0)
		{
			total -= 0.8 * a->weight;
			full--;
			if (c->cb)
				c->cb(c->cbarg, CX_EV_ANTI, a->start, a->end, 0.2 * a->weight);
		}
	}
	*n_full = full < 0 ? 0 : full > UINT16_MAX ? UINT16_MAX : (uint16_t) full;
	return total > 0 ? total : 0.0;
}

/*
 * A feeling word inside an anti-empathy expression ("calm" in "calm down")
 * names no feeling of the customer's.
 */
static int
inside_anti(const CxMsgResult *res, const CxKeptMatch *m)
{
	for (int k = 0; k < res->n_kept; k++)
		if (res->kept[k].dim == CX_DIM_ANTI && m->start >= res->kept[k].start &&
			m->end <= res->kept[k].end)
			return 1;
	return 0;
}

/* ---- the features -------------------------------------------------------- */

static void features_run(const char *norm, size_t len, const CxMsgResult *res, CxFeatures *f,
						 CxEvidenceCallback cb, void *cbarg, int words);

void
cx_empathy_features(const char *norm, size_t len, const CxMsgResult *res, CxFeatures *f)
{
	features_run(norm, len, res, f, NULL, NULL, 1);
}

void
cx_empathy_features_alone(const char *norm, size_t len, const CxMsgResult *res, CxFeatures *f)
{
	features_run(norm, len, res, f, NULL, NULL, 0);
}

void
cx_empathy_features_ev(const char *norm, size_t len, const CxMsgResult *res, CxFeatures *f,
					   CxEvidenceCallback cb, void *cbarg)
{
	features_run(norm, len, res, f, cb, cbarg, 1);
}

/* words = 0: without the stems of content words and feelings */
static void
features_run(const char *norm, size_t len, const CxMsgResult *res, CxFeatures *f,
			 CxEvidenceCallback cb, void *cbarg, int words)
{
	FeatCtx		c;
	Sentence	s;
	size_t		ends[MAX_SENTS];
	int			nends = 0;
	size_t		p = 0;
	int			lang = res->lang;

	memset(f, 0, sizeof(*f));
	memset(&c, 0, sizeof(c));
	c.cb = cb;
	c.cbarg = cbarg;
	c.norm = norm;
	c.res = res;
	c.f = f;
	f->lang = (int8_t) lang;
	f->words = res->n_words > UINT16_MAX ? UINT16_MAX : (uint16_t) res->n_words;
	s.n = s.total = 0;
	s.start = 0;
	s.lists = 0;

	for (size_t k = 0;; k++)
	{
		size_t		ws,
					we;
		int			clause = 0;
		uint32_t	mask;

		if (res->wrec)
		{
			/* the words as the automaton read them, with their lists */
			if (k >= res->n_wrec)
				break;
			ws = res->wrec[k].start;
			we = res->wrec[k].end;
			mask = res->wrec[k].mask;
			clause = norm[ws - 1] == '|';
			p = we;
		}
		else
		{
			while (p < len && !is_word_char(norm[p]))
			{
				if (norm[p] == '|')
					clause = 1;
				p++;
			}
			if (p >= len)
				break;
			ws = p;
			while (p < len && is_word_char(norm[p]))
				p++;
			we = p;
			mask = word_mask(norm + ws, we - ws);
		}
		if (s.total == 0)
		{
			s.start = ws;
			s.opened = norm[ws - 1] == ';';
		}
		if (s.n < SENT_WORDS)
		{
			s.w[s.n].start = (uint32_t) ws;
			s.w[s.n].end = (uint32_t) we;
			s.w[s.n].mask = mask;
			s.w[s.n].clause_start = (uint8_t) (clause || s.total == 0);
			s.lists |= mask;
			s.n++;
		}
		s.total++;
		if (words)
			add_content_word(norm, ws, we, mask, f);
		if (is_softener(norm + ws, we - ws, mask, lang) && f->softeners < UINT16_MAX)
			f->softeners++;
		/* the separator after the word decides whether the sentence ends */
		if (p >= len || norm[p] == '.' || norm[p] == '?' || norm[p] == ';')
		{
			s.end = p;
			/* a sentence opened by '¿' asks, closed or not ("¿qué pasó con su pedido") */
			s.kind = (p < len && norm[p] == '?') || s.opened ? '?' : '.';
			finish_sentence(&c, &s, lang);
			if (nends < MAX_SENTS)
				ends[nends++] = p;
			s.n = s.total = 0;
			s.lists = 0;
		}
	}
	if (s.total > 0)
	{
		/* the separator that ends the text (there is always one) */
		s.end = len - 1;
		s.kind = s.opened ? '?' : '.';
		finish_sentence(&c, &s, lang);
	}

	/* the lexicon's explorations outside questions count as they are */
	f->explore += (float) (res->dim_sum[CX_DIM_EXPLORATION] - c.explore_lex_in_q);
	/*
	 * An exclamation heightens a reaction ("oh no!"); alone, as in an angry
	 * "this is ridiculous!!!", it shows no warmth.
	 */
	f->emotion = (float) (res->dim_sum[CX_DIM_EMOTION] + res->dim_sum[CX_DIM_APOLOGY]);
	if (res->n_exclaims > 0 && f->emotion > 0)
		f->emotion += 0.3f;
	f->interp = (float) (res->dim_sum[CX_DIM_INTERP] + res->dim_sum[CX_DIM_ACK] + c.shared);
	f->ownership = (float) res->dim_sum[CX_DIM_OWNERSHIP];
	f->complaint = (float) res->dim_sum[CX_DIM_COMPLAINT];
	/* the feelings named (by stem), less those inside anti-empathy ("calm down") */
	f->feeling = (float) res->dim_sum[CX_DIM_FEELING];
	for (int k = 0; k < res->n_kept; k++)
	{
		size_t		ws = res->kept[k].start,
					we = ws;

		if (res->kept[k].dim != CX_DIM_FEELING)
			continue;
		if (inside_anti(res, &res->kept[k]))
		{
			f->feeling -= res->kept[k].weight;
			continue;
		}
		if (!words)
			continue;
		while (we < len && is_word_char(norm[we]))
			we++;
		add_hash(f->feel, &f->n_feel, CX_FEAT_FEEL, cx_empathy_stem_hash(norm + ws, we - ws));
	}
	if (f->feeling < 0)
		f->feeling = 0;
	f->anti = (float) anti_in_context(&c, ends, nends, &f->n_anti);
	if (f->complaint > 0 || f->feeling > 0)
		f->flags |= CX_FEAT_PROBLEM;
}
