/*
 * empathy_words.c: the grammar word lists of the sentence analysis
 * (interrogatives, auxiliaries, pronouns, request verbs, ...; see
 * empathy_words.h) and the stemmer of content words.  Grammar, not
 * vocabulary: what a reply says is in the lexicon.
 */
#include "empathy_mech.h"
#include "empathy_words.h"

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
	uint32_t	bit;			/* this list's bit: CX_GL(...), empathy_words.h */
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
uint32_t
cx_grammar_mask(const char *w, size_t n)
{
	if (!grammar_ready)
		grammar_build();
	for (uint32_t h = word_hash(w, n) & (GRAMMAR_SLOTS - 1); grammar[h].word;
		 h = (h + 1) & (GRAMMAR_SLOTS - 1))
		if (grammar[h].len == n && memcmp(grammar[h].word, w, n) == 0)
			return grammar[h].mask;
	return 0;
}

/* words that open a sentence without changing what it is */
static const char *const fillers_words[] = {
	"so", "and", "but", "ok", "okay", "well", "oh", "hmm", "hey", "also", "then", "now", "yeah",
	"yes", "yep", "meh", "ugh", "ya",
	"y", "pero", "bueno", "entonces", "oye", "oiga", "mira", "mire", "pues", "ah", "ay",
	"vale", "okey", "che", "ahora", "tambien", NULL
};
static WordSet fillers = {fillers_words, CX_GL(FILLERS)};

static const char *const wh_en_words[] = {
	"what", "whats", "how", "hows", "why", "when", "where", "wheres", "who", "whom",
	"whose", "which", NULL
};
static WordSet wh_en = {wh_en_words, CX_GL(WH_EN)};
static const char *const wh_es_words[] = {
	"que", "como", "porque", "cuando", "donde", "adonde", "quien", "quienes", "cual",
	"cuales", "cuanto", "cuanta", "cuantos", "cuantas", NULL
};
static WordSet wh_es = {wh_es_words, CX_GL(WH_ES)};

/* a preposition before an interrogative ("¿desde cuándo?", "¿por qué?") */
static const char *const prep_es_words[] = {
	"por", "desde", "hace", "a", "de", "en", "con", "para", "hasta", NULL
};
static WordSet prep_es = {prep_es_words, CX_GL(PREP_ES)};

/* advice disguised as a question: "have you tried ...?", "¿ha probado ...?" */
static const char *const advice_en_words[] = {
	"try", "tried", "considered", "consider", "thought", "checked", "check", "call",
	"called", "contact", "contacted", "talk", "talked", "spoken", "speak", "ask", "asked",
	"restart", "restarted", "reinstall", "reinstalled", "seen", NULL
};
static WordSet advice_en = {advice_en_words, CX_GL(ADVICE_EN)};
static const char *const advice_es_words[] = {
	"probado", "probaste", "probo", "probaron", "intentado", "intentaste", "intento",
	"pensado", "considerado", "hablado", "hablaste", "consultado", "consultaste",
	"reiniciado", "reiniciaste", "llamado", "llamaste", "contactado", "contactaste",
	"revisado", "revisaste", NULL
};
static WordSet advice_es = {advice_es_words, CX_GL(ADVICE_ES)};

/* short confirmations asked as questions: "right?", "¿vale?" */
static const char *const tags_words[] = {
	"right", "ok", "okay", "yes", "no", "yeah", "huh", "eh", "si", "vale", "verdad",
	"cierto", "sabes", "ves", NULL
};
static WordSet tags = {tags_words, CX_GL(TAGS)};

/* the verb of feeling: "how do you feel?", "¿cómo se siente?" */
static const char *const feel_verbs_words[] = {
	"feel", "feeling", "feels", "felt", "siente", "sientes", "sentis", "sentiste",
	"sintio", "sentir", "sentido", "siento", NULL
};
static WordSet feel_verbs = {feel_verbs_words, CX_GL(FEEL_VERBS)};

/* first person singular */
static const char *const first_person_words[] = {
	"i", "im", "ive", "id", "me", "my", "mine", "myself",
	"yo", "mi", "mis", "conmigo", NULL
};
static WordSet first_person = {first_person_words, CX_GL(FIRST_PERSON)};

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
static WordSet time_markers = {time_markers_words, CX_GL(TIME_MARKERS)};

/* past forms that do not end in -ed / -aron / -ieron / -aba */
static const char *const past_words_words[] = {
	"was", "were", "had", "went", "felt", "lost", "got", "did", "took", "came", "knew",
	"thought", "found", "left", "saw", "made", "broke", "fell", "became", "began", "had",
	"fue", "fui", "estuve", "tuve", "tenia", "perdi", "senti", "vivi", "paso", "pase",
	"hice", "quede", "sufri", "pude", "vi", NULL
};
static WordSet past_words = {past_words_words, CX_GL(PAST_WORDS)};

/* the asker's own next step ("how do I ...?", "¿cómo puedo ...?"): a request for help */
static const char *const own_step_words[] = {
	"i", "puedo", "debo", "hago", "tengo", "necesito", "podemos", "hacemos", NULL
};
static WordSet own_step = {own_step_words, CX_GL(OWN_STEP)};

/* the customer's things: a sentence about them tells no experience of one's own */
static const char *const second_possessive_words[] = {
	"your", "yours", "su", "sus", "tu", "tus", "usted", "vos", NULL
};
static WordSet second_possessive = {second_possessive_words, CX_GL(SECOND_POSSESSIVE)};
static WordSet same_markers = {same_markers_words, CX_GL(SAME_MARKERS)};

/* intent or ability, which makes a first-person sentence a promise, not experience */
static const char *const modal_words_words[] = {
	"will", "ill", "can", "could", "would", "going", "gonna", "shall", "lets", "let",
	"voy", "vamos", "puedo", "podemos", "podria", "podriamos", "vere", "revisare",
	"hare", "enviare", NULL
};
static WordSet modal_words = {modal_words_words, CX_GL(MODAL_WORDS)};

/* relative pronouns: an anti-empathy phrase opened by one inside a clause is a relative clause */
static const char *const relatives_words[] = {
	"who", "whatever", "which", "quien", "quienes", NULL
};
static WordSet relatives = {relatives_words, CX_GL(RELATIVES)};

/* prepositions that may come before a relative pronoun ("a quien", "to whom") */
static const char *const rel_preps_words[] = {
	"a", "de", "con", "para", "por", "en", "to", "for", "with", "of", NULL
};
static WordSet rel_preps = {rel_preps_words, CX_GL(REL_PREPS)};


/*
 * Requests that work as questions without a question mark ("tell me what
 * happened", "cuéntame qué pasó"): their first words.
 */
static const char *const request_one_words[] = {
	"tell", "describe", "explain", "cuentame", "cuenteme", "contame", "cuentenos",
	"contanos", "digame", "decime", "dime", "digam", "indiqueme", "indicame", "explicame",
	"expliqueme", "describame", "describeme", NULL
};
static WordSet request_one = {request_one_words, CX_GL(REQUEST_ONE)};
const char *const cx_request_two[] = {
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
static WordSet request_two_first = {request_two_first_words, CX_GL(REQUEST_TWO_FIRST)};
static const char *const request_verbs_words[] = {
	"tell", "know", "describe", "explain", "share", "understand", "through", "wondering",
	"wonder", "decir", "contar", "decirme", "contarme", "explicar", "explicarme", "cuenta",
	"cuentas", "contas", "indica", "indicas", "confirma", "confirmas", "facilita",
	"proporciona", "contarnos", "decirnos", "indicar", "indicarnos", "confirmar", NULL
};
static WordSet request_verbs = {request_verbs_words, CX_GL(REQUEST_VERBS)};

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
static WordSet modal_soft_en = {modal_soft_en_words, CX_GL(MODAL_SOFT_EN)};
static const char *const cond_irregular_words[] = {
	"habria", "sabria", "querria", "haria", "diria", "cabria", "habrias", "sabrias",
	"querrias", "harias", "dirias", "habriamos", "hariamos", "diriamos", "habrian",
	"harian", "dirian", NULL
};
static WordSet cond_irregular = {cond_irregular_words, CX_GL(COND_IRREGULAR)};
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
static WordSet cond_not = {cond_not_words, CX_GL(COND_NOT)};

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
static WordSet stop_content = {stop_content_words, CX_GL(STOP_CONTENT)};

/*
 * Words that address the listener: the second person, in English and in
 * Spanish (tú, vos, usted and vosotros, and the second-person verbs people
 * ask with: "¿has probado ...?", "¿cómo estás?", "¿qué hiciste?"; for
 * usted, whose verbs are the third person's, its pronouns and "¿se
 * encuentra bien?", as a service reply asks).  A question with one of them
 * asks about the person; one without asks about something else ("¿murió de
 * neumonía?", "is the page new?").  Read only for the words of a question,
 * so they are in the grammar table but not in a word's tag (whose bits are
 * taken): their bits are above those.
 */
static const char *const listener_en[] = {
	"you", "your", "yours", "yourself", "yourselves", "u", "ur", "youre", "youve", "youll",
	"youd", "yall", "ya", NULL
};
static const char *const listener_es[] = {
	"tu", "tus", "te", "ti", "contigo", "tuyo", "tuya", "tuyos", "tuyas", "vos", "usted",
	"ustedes", "su", "sus", "le", "les", "os", "vosotros", "vosotras", "vuestro", "vuestra",
	"vuestros", "vuestras", "encuentra", "encuentras", "has", "eres", "estas", "tienes",
	"puedes", "quieres", "sientes", "sabes",
	"crees", "piensas", "vas", "haces", "necesitas", "estabas", "tenias", "sentias", "querias",
	"podrias", "sabias", "pensabas", "habeis", "estais", "teneis", "podeis", "quereis", NULL
};
/* -iste that is not a preterite of tú */
static const char *const not_preterite_iste[] = {
	"triste", "existe", "consiste", "insiste", "resiste", "asiste", "persiste", "subsiste",
	"chiste", "quiste", "alpiste", NULL
};

#define LISTENER_EN_BIT	((uint32_t) 1 << CX_MECH_GRAMMAR_BITS)
#define LISTENER_ES_BIT	((uint32_t) 1 << (CX_MECH_GRAMMAR_BITS + 1))
#define NOT_ISTE_BIT	((uint32_t) 1 << (CX_MECH_GRAMMAR_BITS + 2))
static WordSet listener_en_set = {listener_en, LISTENER_EN_BIT};
static WordSet listener_es_set = {listener_es, LISTENER_ES_BIT};
static WordSet not_iste_set = {not_preterite_iste, NOT_ISTE_BIT};

int
cx_addresses_listener(const char *w, size_t n, int lang)
{
	uint32_t	mask;

	if (n == 0)
		return 0;
	mask = cx_grammar_mask(w, n);
	if (lang == CX_LANG_EN)
		return (mask & LISTENER_EN_BIT) != 0;
	if (mask & LISTENER_ES_BIT)
		return 1;
	/* the preterite of tú and of vosotros: llamaste, hiciste, llamasteis, recibisteis */
	if (n >= 7 && memcmp(w + n - 5, "steis", 5) == 0 && (w[n - 6] == 'a' || w[n - 6] == 'i'))
		return 1;
	return n >= 5 && w[n - 1] == 'e' && w[n - 2] == 't' && w[n - 3] == 's' &&
		(w[n - 4] == 'a' || (w[n - 4] == 'i' && !(mask & NOT_ISTE_BIT)));
}

/* every list, in the order of their bits */
static WordSet *const all_lists[] = {
	&fillers, &wh_en, &wh_es, &prep_es, &advice_en, &advice_es, &tags, &feel_verbs,
	&first_person, &second_possessive, &same_markers, &time_markers, &past_words, &own_step,
	&modal_words, &relatives, &rel_preps, &request_one,
	&request_two_first, &request_verbs, &modal_soft_en, &cond_irregular, &cond_not,
	&stop_content
};

_Static_assert(sizeof(all_lists) / sizeof(all_lists[0]) == CX_GL_NLISTS,
			   "every grammar word list is in all_lists");

/* lists in the table only, not in a word's tag (bits above CX_MECH_GRAMMAR_BITS) */
static WordSet *const table_lists[] = {&listener_en_set, &listener_es_set, &not_iste_set};

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
	const size_t nall = sizeof(all_lists) / sizeof(all_lists[0]);

	for (size_t l = 0; l < nall + sizeof(table_lists) / sizeof(table_lists[0]); l++)
	{
		WordSet    *ws = l < nall ? all_lists[l] : table_lists[l - nall];

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
