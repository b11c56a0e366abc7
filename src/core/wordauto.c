/*
 * wordauto.c: building the word automaton (see wordauto.h).
 *
 * The tables grow as patterns are added and are kept at most half full, so
 * that a look-up of a word that is not there (most words of a text) ends at
 * an empty slot after one or two probes.
 */
#include "wordauto.h"

#include <stdlib.h>

#define WA_MIN_SLOTS	1024u

static int
grow_states(CxWordAuto *a)
{
	uint32_t	cap = a->cap_states ? a->cap_states * 2 : 1024;
	int32_t    *fail,
			   *first,
			   *dict;
	uint32_t   *parent,
			   *inword;

	if (cap > CX_WA_STATE / 2)
		return -1;
	fail = realloc(a->fail, cap * sizeof(int32_t));
	if (fail)
		a->fail = fail;
	first = realloc(a->first, cap * sizeof(int32_t));
	if (first)
		a->first = first;
	dict = realloc(a->dict, cap * sizeof(int32_t));
	if (dict)
		a->dict = dict;
	parent = realloc(a->parent, cap * sizeof(uint32_t));
	if (parent)
		a->parent = parent;
	inword = realloc(a->inword, cap * sizeof(uint32_t));
	if (inword)
		a->inword = inword;
	if (!fail || !first || !dict || !parent || !inword)
		return -1;
	a->cap_states = cap;
	return 0;
}

static int
new_state(CxWordAuto *a, uint32_t parent, uint32_t wid, uint32_t *id)
{
	if (a->nstates == a->cap_states && grow_states(a) != 0)
		return -1;
	*id = a->nstates++;
	a->fail[*id] = 0;
	a->first[*id] = -1;
	a->dict[*id] = -1;
	a->parent[*id] = parent;
	a->inword[*id] = wid;
	return 0;
}

/* rehash the vocabulary into twice as many slots */
static int
grow_words(CxWordAuto *a)
{
	uint32_t	n = a->words ? (a->wmask + 1) * 2 : WA_MIN_SLOTS;
	CxWaWord   *w = calloc(n, sizeof(CxWaWord));

	if (!w)
		return -1;
	if (a->words)
	{
		for (uint32_t k = 0; k <= a->wmask; k++)
		{
			const CxWaWord *x = &a->words[k];
			uint32_t	i;

			if (x->len == 0)
				continue;
			for (i = cx_wa_keyof(a->pool + x->off, x->len).hash & (n - 1); w[i].len != 0;
				 i = (i + 1) & (n - 1))
				;
			w[i] = a->words[k];
		}
		free(a->words);
	}
	a->words = w;
	a->wmask = n - 1;
	return 0;
}

static int
grow_edges(CxWordAuto *a)
{
	uint32_t	n = a->edges ? (a->emask + 1) * 2 : WA_MIN_SLOTS;
	CxWaEdge   *e = calloc(n, sizeof(CxWaEdge));

	if (!e)
		return -1;
	if (a->edges)
	{
		for (uint32_t k = 0; k <= a->emask; k++)
		{
			uint32_t	i;

			if (a->edges[k].from == 0)
				continue;
			for (i = cx_wa_edge_slot(a->edges[k].from, a->edges[k].wid) & (n - 1);
				 e[i].from != 0; i = (i + 1) & (n - 1))
				;
			e[i] = a->edges[k];
		}
		free(a->edges);
	}
	a->edges = e;
	a->emask = n - 1;
	return 0;
}

int
cx_wa_init(CxWordAuto *a)
{
	uint32_t	root;

	memset(a, 0, sizeof(*a));
	if (grow_words(a) != 0 || grow_edges(a) != 0 || new_state(a, 0, 0, &root) != 0)
		return -1;
	return 0;
}

/* the vocabulary slot of a word, added when new; NULL when out of memory */
static CxWaWord *
word_slot(CxWordAuto *a, const char *w, uint32_t len)
{
	CxWaKey		k = cx_wa_keyof(w, len);
	const CxWaWord *found = cx_wa_word(a, w, &k);
	uint32_t	i;

	if (found)
		return (CxWaWord *) found;
	if (2 * (a->nwords + 1) > a->wmask + 1 && grow_words(a) != 0)
		return NULL;
	for (i = k.hash & a->wmask; a->words[i].len != 0; i = (i + 1) & a->wmask)
		;
	if (a->pool_len + len > a->pool_cap)
	{
		size_t		cap = (a->pool_cap ? a->pool_cap * 2 : 4096) + len;
		char	   *p = realloc(a->pool, cap);

		if (!p)
			return NULL;
		a->pool = p;
		a->pool_cap = cap;
	}
	if (a->pool_len + len > UINT32_MAX)
		return NULL;
	memcpy(a->pool + a->pool_len, w, len);
	a->filter[(k.hash >> 16) / 64] |= (uint64_t) 1 << ((k.hash >> 16) % 64);
	a->words[i].key = k.head;
	a->words[i].tail = k.tail;
	a->words[i].len = len;
	a->words[i].off = (uint32_t) a->pool_len;
	a->words[i].wid = a->nwords++;
	a->words[i].root = 0;
	a->words[i].tag = 0;
	a->pool_len += len;
	return &a->words[i];
}

static int
add_edge(CxWordAuto *a, uint32_t from, uint32_t wid, uint32_t to)
{
	uint32_t	i;

	if (2 * (a->nedges + 1) > a->emask + 1 && grow_edges(a) != 0)
		return -1;
	for (i = cx_wa_edge_slot(from, wid) & a->emask; a->edges[i].from != 0; i = (i + 1) & a->emask)
		;
	a->edges[i].from = from;
	a->edges[i].wid = wid;
	a->edges[i].to = to;
	a->nedges++;
	return 0;
}

int32_t
cx_wa_add(CxWordAuto *a, const char *pat, size_t plen)
{
	uint32_t	s = 0;
	size_t		i = 0;

	while (i < plen)
	{
		size_t		ws;
		uint32_t	t;
		CxWaWord   *x;

		while (i < plen && pat[i] == ' ')
			i++;
		if (i == plen)
			break;
		for (ws = i; i < plen && pat[i] != ' '; i++)
			;
		if (i - ws > UINT32_MAX / 2 || (x = word_slot(a, pat + ws, (uint32_t) (i - ws))) == NULL)
			return -1;
		t = s == 0 ? x->root : cx_wa_edge(a, s, x->wid);
		if (t == 0)
		{
			uint32_t	wid = x->wid;

			if (new_state(a, s, wid, &t) != 0)
				return -1;
			if (s == 0)
				x->root = t;
			else if (add_edge(a, s, wid, t) != 0)
				return -1;
		}
		s = t;
	}
	return s == 0 ? -1 : (int32_t) s;
}

int
cx_wa_tag(CxWordAuto *a, const char *w, size_t len, uint32_t bits)
{
	CxWaWord   *x;

	if (len == 0 || len > UINT32_MAX / 2 || (x = word_slot(a, w, (uint32_t) len)) == NULL)
		return -1;
	x->tag |= bits;
	return 0;
}

/* the state after word wid from state s, following failure links */
static uint32_t
delta(const CxWordAuto *a, const uint32_t *wroot, uint32_t s, uint32_t wid)
{
	while (s != 0)
	{
		uint32_t	t = cx_wa_edge(a, s, wid);

		if (t != 0)
			return t;
		s = (uint32_t) a->fail[s];
	}
	return wroot[wid];
}

int
cx_wa_finish(CxWordAuto *a)
{
	uint32_t   *depth = malloc(a->nstates * sizeof(uint32_t));
	uint32_t   *order = malloc(a->nstates * sizeof(uint32_t));
	uint32_t   *wroot = malloc((a->nwords ? a->nwords : 1) * sizeof(uint32_t));
	uint32_t	maxd = 0;
	size_t	   *start = NULL;

	if (!depth || !order || !wroot)
		goto oom;
	for (uint32_t k = 0; k <= a->wmask; k++)
		if (a->words[k].len != 0)
			wroot[a->words[k].wid] = a->words[k].root;

	/* breadth-first order: a state's parent was created before it */
	depth[0] = 0;
	for (uint32_t t = 1; t < a->nstates; t++)
	{
		depth[t] = depth[a->parent[t]] + 1;
		if (depth[t] > maxd)
			maxd = depth[t];
	}
	start = calloc((size_t) maxd + 2, sizeof(size_t));
	if (!start)
		goto oom;
	for (uint32_t t = 0; t < a->nstates; t++)
		start[depth[t] + 1]++;
	for (uint32_t d = 1; d <= maxd + 1; d++)
		start[d] += start[d - 1];
	for (uint32_t t = 0; t < a->nstates; t++)
		order[start[depth[t]]++] = t;

	a->fail[0] = 0;
	a->dict[0] = -1;
	for (uint32_t k = 1; k < a->nstates; k++)
	{
		uint32_t	t = order[k],
					s = a->parent[t],
					f = s == 0 ? 0 : delta(a, wroot, (uint32_t) a->fail[s], a->inword[t]);

		a->fail[t] = (int32_t) f;
		a->dict[t] = f == 0 ? -1 : a->first[f] >= 0 ? (int32_t) f : a->dict[f];
	}

	/* each state's edge bits; flag the targets that have entries to report */
	a->kids = calloc(a->nstates, sizeof(uint64_t));
	if (!a->kids)
		goto oom;
	for (uint32_t k = 0; k <= a->emask; k++)
		if (a->edges[k].from != 0)
			a->kids[a->edges[k].from] |= cx_wa_kid_bit(a->edges[k].wid);
#define HAS_OUT(t) (a->first[t] >= 0 || a->dict[t] >= 0)
	for (uint32_t k = 0; k <= a->emask; k++)
		if (a->edges[k].from != 0 && HAS_OUT(a->edges[k].to))
			a->edges[k].to |= CX_WA_OUT;
	for (uint32_t k = 0; k <= a->wmask; k++)
		if (a->words[k].len != 0 && a->words[k].root != 0 && HAS_OUT(a->words[k].root))
			a->words[k].root |= CX_WA_OUT;
#undef HAS_OUT

	free(a->parent);
	free(a->inword);
	a->parent = a->inword = NULL;
	free(depth);
	free(order);
	free(wroot);
	free(start);
	return 0;

oom:
	free(depth);
	free(order);
	free(wroot);
	free(start);
	return -1;
}

void
cx_wa_free(CxWordAuto *a)
{
	free(a->words);
	free(a->edges);
	free(a->pool);
	free(a->fail);
	free(a->kids);
	free(a->first);
	free(a->dict);
	free(a->parent);
	free(a->inword);
	memset(a, 0, sizeof(*a));
}
