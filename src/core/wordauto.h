/*
 * wordauto.h: the Aho-Corasick automaton of the text engine, over whole
 * words.  Plain C: no PostgreSQL headers.
 *
 * Every pattern of the lexicons is " w1 w2 ... wk " (normalised words with
 * one separator between them, see textnorm.h), and the normaliser writes one
 * separator between any two words of a text, so a phrase can only match at
 * word boundaries.  The automaton therefore steps once per word, not once
 * per byte:
 *   - the vocabulary (every word of every pattern) is an open-addressing
 *     table keyed by the word's first 8 bytes and its length (one load from
 *     the normalised text for most words); a word not in it sends the
 *     automaton back to the root (no pattern contains it);
 *   - the trie's edges (state, word) -> state are a second open-addressing
 *     table; the root's edges are kept in the vocabulary slot itself, so a
 *     word read from the root costs one look-up;
 *   - a state without an edge for the word follows its failure link, as in
 *     any Aho-Corasick automaton (a few steps at most: a pattern has a few
 *     words).
 * Why not the byte automaton with a full transition row per state: with some
 * 14,000 phrases it has 60,000+ states of 38 transitions, a table of about
 * 10 MB that no CPU cache holds, and matching waited on a cache miss for
 * many bytes.  Here the vocabulary and the edges take about 1 MB for the
 * shipped lexicons, and a word costs one or two look-ups.
 *
 * The automaton reports exactly what the byte automaton did: a state is a
 * sequence of whole words, a match ends on the separator after its last
 * word, and the patterns that end there are reported longest first (the
 * state's own entries, then those of its dictionary-suffix links).
 */
#ifndef CX_CORE_WORDAUTO_H
#define CX_CORE_WORDAUTO_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* a state id with this bit set has entries to report (its own or a suffix's) */
#define CX_WA_OUT		0x80000000u
#define CX_WA_STATE		0x7FFFFFFFu

/*
 * A word's key: its first 8 bytes as a number (little-endian, zero-padded)
 * and, for a longer word, its last 8, with its length and a hash of the
 * three; only a word of more than 16 bytes compares its middle.  The bytes
 * are read one at a time on purpose: the matcher keys a word the normaliser
 * has just written byte by byte, and a wide load of bytes still in the
 * store buffer waits for them to reach the cache (a store-forwarding stall
 * that cost more than the whole look-up).
 */
typedef struct CxWaKey
{
	uint64_t	head;
	uint64_t	tail;			/* 0 for a word of up to 8 bytes */
	uint32_t	len;
	uint32_t	hash;
} CxWaKey;

static inline uint64_t
cx_wa_bytes(const char *p, uint32_t n)
{
	uint64_t	v = 0;

	for (uint32_t i = n; i > 0; i--)
		v = (v << 8) | (unsigned char) p[i - 1];
	return v;
}

/* the key of a word from its head and tail (see CxWaKey) */
static inline CxWaKey
cx_wa_key_make(uint64_t head, uint64_t tail, uint32_t len)
{
	CxWaKey		k;
	uint64_t	h;

	k.len = len;
	k.head = head;
	k.tail = tail;
	h = (head ^ len) ^ (tail * 0x9E3779B97F4A7C15ull);
	k.hash = (uint32_t) ((h * 0xFF51AFD7ED558CCDull) >> 32);
	return k;
}

static inline CxWaKey
cx_wa_keyof(const char *w, uint32_t len)
{
	return cx_wa_key_make(cx_wa_bytes(w, len < 8 ? len : 8),
						  len > 8 ? cx_wa_bytes(w + len - 8, 8) : 0, len);
}

/* a word of the vocabulary */
typedef struct CxWaWord
{
	uint64_t	key;			/* CxWaKey.head */
	uint64_t	tail;			/* CxWaKey.tail */
	uint32_t	len;			/* 0: empty slot */
	uint32_t	off;			/* the word's bytes in pool (read past the first 8) */
	uint32_t	wid;
	uint32_t	root;			/* the state after this word from the root, | CX_WA_OUT */
	uint32_t	tag;			/* the caller's bits for the word (cx_wa_tag) */
} CxWaWord;

/* an edge of the trie, from a state other than the root */
typedef struct CxWaEdge
{
	uint32_t	from;			/* 0: empty slot */
	uint32_t	wid;
	uint32_t	to;				/* | CX_WA_OUT */
} CxWaEdge;

/*
 * One bit per hash value (mod CX_WA_FILTER_BITS) set for each word of the
 * vocabulary: 8 kB that the L1 cache keeps, and that sends most words of a
 * text that no pattern contains back to the root without touching the
 * vocabulary itself.
 */
#define CX_WA_FILTER_BITS	65536u

typedef struct CxWordAuto
{
	uint64_t	filter[CX_WA_FILTER_BITS / 64];
	CxWaWord   *words;
	uint32_t	wmask;			/* slots - 1 */
	CxWaEdge   *edges;
	uint32_t	emask;
	uint32_t	nedges;
	char	   *pool;
	size_t		pool_len;
	size_t		pool_cap;
	uint32_t	nwords;
	uint32_t	nstates;		/* the root is state 0 */
	uint32_t	cap_states;
	int32_t    *fail;			/* failure link of each state */
	uint64_t   *kids;			/* per state, a bit (cx_wa_kid_bit) for each edge out of it */
	int32_t    *first;			/* the caller's: first entry ending in the state, -1 */
	int32_t    *dict;			/* nearest proper suffix state with entries, -1 */
	uint32_t   *parent;			/* while building: the state before the last word */
	uint32_t   *inword;			/* while building: the last word's id */
} CxWordAuto;

static inline uint32_t
cx_wa_mix(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x7feb352du;
	h ^= h >> 15;
	return h;
}

/* may the vocabulary hold a word of hash h?  (false: it surely does not) */
static inline int
cx_wa_maybe(const CxWordAuto *a, uint32_t h)
{
	return (a->filter[(h >> 16) / 64] & ((uint64_t) 1 << ((h >> 16) % 64))) != 0;
}

/* the vocabulary's slot of word w (key k), NULL if none */
static inline const CxWaWord *
cx_wa_word(const CxWordAuto *a, const char *w, const CxWaKey *k)
{
	uint32_t	h = k->hash;

	if (!cx_wa_maybe(a, h))
		return NULL;
	for (uint32_t i = h & a->wmask;; i = (i + 1) & a->wmask)
	{
		const CxWaWord *x = &a->words[i];

		if (x->key == k->head && x->len == k->len && x->tail == k->tail &&
			(k->len <= 16 || memcmp(a->pool + x->off + 8, w + 8, k->len - 16) == 0))
			return x;
		if (x->len == 0)
			return NULL;
	}
}

/*
 * Bring the vocabulary slot of a word into the cache ahead of its step
 * (nothing when the filter already turns it away).
 */
static inline void
cx_wa_prefetch(const CxWordAuto *a, const CxWaKey *k)
{
	if (cx_wa_maybe(a, k->hash))
		__builtin_prefetch(&a->words[k->hash & a->wmask]);
}

static inline uint32_t
cx_wa_edge_slot(uint32_t from, uint32_t wid)
{
	return (uint32_t) ((((uint64_t) from << 32) | wid) * 0x9E3779B97F4A7C15ull >> 32);
}

/*
 * Most steps ask a state for a word it has no edge for (after "i", "the",
 * "you": each a pattern and a prefix of many): one bit per word id, 64 per
 * state, read from an array that the states in use keep in the cache, turns
 * most of them away without a probe of the edge table.
 */
static inline uint64_t
cx_wa_kid_bit(uint32_t wid)
{
	return (uint64_t) 1 << ((wid * 0x9E3779B1u) >> 26);
}

/* the edge (from, wid), or 0 when there is none */
static inline uint32_t
cx_wa_edge(const CxWordAuto *a, uint32_t from, uint32_t wid)
{
	for (uint32_t i = cx_wa_edge_slot(from, wid) & a->emask;; i = (i + 1) & a->emask)
	{
		const CxWaEdge *e = &a->edges[i];

		if (e->from == from && e->wid == wid)
			return e->to;
		if (e->from == 0)
			return 0;
	}
}

/*
 * The state after reading the word w (key k) in state s (without its flag),
 * with CX_WA_OUT set when the new state has entries to report; *tag gets
 * the word's tag (0 for a word the vocabulary does not hold).
 */
static inline uint32_t
cx_wa_step(const CxWordAuto *a, uint32_t s, const char *w, const CxWaKey *k, uint32_t *tag)
{
	const CxWaWord *x = cx_wa_word(a, w, k);

	*tag = 0;
	if (x == NULL)
		return 0;
	*tag = x->tag;
	while (s != 0)
	{
		if (a->kids[s] & cx_wa_kid_bit(x->wid))
		{
			uint32_t	t = cx_wa_edge(a, s, x->wid);

			if (t != 0)
				return t;
		}
		s = (uint32_t) a->fail[s];
	}
	return x->root;
}

/*
 * Building: init; add each pattern (and tag words) (" w1 w2 ", as the
 * normaliser writes it), which returns its final state (or -1 when out of
 * memory); set first[] of the states returned; finish computes the failure
 * and dictionary links and the CX_WA_OUT flags.  0 on success, -1 when out
 * of memory (then free).
 */
extern int	cx_wa_init(CxWordAuto *a);
extern int32_t cx_wa_add(CxWordAuto *a, const char *pat, size_t plen);

/*
 * Tag a word with bits the caller reads back from each step (the grammar
 * word lists, for the sentence analysis): the word joins the vocabulary if
 * no pattern has it.  0 on success, -1 when out of memory.
 */
extern int	cx_wa_tag(CxWordAuto *a, const char *w, size_t len, uint32_t bits);
extern int	cx_wa_finish(CxWordAuto *a);
extern void cx_wa_free(CxWordAuto *a);

#endif
