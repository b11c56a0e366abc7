/*
 * test_wordauto.c: the word automaton (src/core/wordauto.c) against a
 * brute-force reference: for random vocabularies (words sharing their first
 * 8 bytes, their last 8, both, and words of 1 to 40 bytes), random patterns
 * of 1 to 4 words and random texts with words no pattern contains, every
 * separator of the text must report exactly the patterns that end there, in
 * the order the byte automaton reported them (longest first), and each
 * word's tag.
 */
#include "unit.h"
#include "textnorm.h"
#include "wordauto.h"

#include <stdint.h>
#include <stdlib.h>

#define NVOCAB	48
#define NPAT	120
#define MAXW	4

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint32_t
rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t) (rng % n);
}

static char vocab[NVOCAB + 8][48];

/* words built to collide on the automaton's key: same head, same tail, both */
static void
make_vocab(int round)
{
	static const char *const fixed[] = {
		"a", "i", "no", "sorry", "understand", "understanding", "understandable",
		"abcdefghXmiddleXstuvwxyz", "abcdefghYmiddleYstuvwxyz", "abcdefghij", "zzabcdefghij",
		"frustrating", "frustrated", "0", "12345678", "123456789", "#", "a#b", NULL
	};
	int			n = 0;

	for (const char *const *f = fixed; *f; f++)
		strcpy(vocab[n++], *f);
	while (n < NVOCAB)
	{
		int			len = 1 + (int) rnd(round % 2 ? 20 : 6);

		for (int k = 0; k < len; k++)
			vocab[n][k] = (char) ("abcde0"[rnd(6)]);
		vocab[n][len] = '\0';
		n++;
	}
}

typedef struct Pat
{
	char		text[256];		/* " w1 w2 " */
	int			len;
	int			nwords;
} Pat;

static Pat	pats[NPAT];

/* " w1 ... wk " ends at separator position end of text t (t[end] is that separator)? */
static int
ends_at(const char *t, int end, const Pat *p)
{
	int			start = end - (p->len - 1);

	return start >= 0 && memcmp(t + start, p->text, (size_t) p->len) == 0 &&
		(t[start] == ' ');
}

UNIT_TEST(matches_brute_force)
{
	for (int round = 0; round < 60; round++)
	{
		CxWordAuto	a;
		int32_t		state_of[NPAT];
		int32_t    *next;
		int			npat = 0;
		char		text[4096],
					plain[4096];
		int			tlen = 0,
					bylen[NPAT];

		make_vocab(round);
		CHECK(cx_wa_init(&a) == 0);
		next = malloc(sizeof(int32_t) * NPAT);
		for (int i = 0; i < NPAT; i++)
		{
			Pat		   *p = &pats[npat];
			int			dup = -1;

			p->nwords = 1 + (int) rnd(MAXW);
			p->len = 0;
			p->text[p->len++] = ' ';
			for (int k = 0; k < p->nwords; k++)
			{
				const char *w = vocab[rnd(round % 3 == 0 ? 8 : NVOCAB)];

				memcpy(p->text + p->len, w, strlen(w));
				p->len += (int) strlen(w);
				p->text[p->len++] = ' ';
			}
			p->text[p->len] = '\0';
			for (int j = 0; j < npat; j++)
				if (strcmp(pats[j].text, p->text) == 0)
					dup = j;
			if (dup >= 0)
				continue;
			state_of[npat] = cx_wa_add(&a, p->text, (size_t) p->len);
			CHECK(state_of[npat] > 0);
			/* entries of a state: a list, as the matcher keeps them */
			next[npat] = a.first[state_of[npat]];
			a.first[state_of[npat]] = npat;
			npat++;
		}
		/* tag half the vocabulary (some words in no pattern): tags change no match */
		for (int k = 0; k < NVOCAB; k += 2)
			CHECK(cx_wa_tag(&a, vocab[k], strlen(vocab[k]), 1u + (uint32_t) (strlen(vocab[k]) % 2)) == 0);
		CHECK(cx_wa_finish(&a) == 0);

		/* a text: pattern words and others, one separator between words */
		text[tlen++] = ' ';
		while (tlen < 3000)
		{
			const char *w;
			char		other[24];

			if (rnd(5) == 0)
			{
				int			len = 1 + (int) rnd(18);

				for (int k = 0; k < len; k++)
					other[k] = (char) ("abcdefz09#"[rnd(10)]);
				other[len] = '\0';
				w = other;
			}
			else
				w = vocab[rnd(round % 3 == 0 ? 8 : NVOCAB)];
			memcpy(text + tlen, w, strlen(w));
			tlen += (int) strlen(w);
			text[tlen++] = " .|?;"[rnd(5)];
		}

		/* the text with its separators read as ' ', and the patterns longest first */
		for (int k = 0; k < tlen; k++)
			plain[k] = CX_NORM_IS_WORD(text[k]) ? text[k] : ' ';
		for (int k = 0; k < npat; k++)
			bylen[k] = k;
		for (int k = 1; k < npat; k++)
			for (int j = k; j > 0 && pats[bylen[j]].len > pats[bylen[j - 1]].len; j--)
			{
				int			x = bylen[j];

				bylen[j] = bylen[j - 1];
				bylen[j - 1] = x;
			}

		/* walk the text as the matcher does, and compare each separator's reports */
		{
			uint32_t	s = 0;
			int			ws = 1;
			int			bad = 0,
						ntagged = 0;

			for (int o = 1; o < tlen; o++)
			{
				int			got[NPAT],
							ngot = 0,
							want[NPAT],
							nwant = 0;
				uint32_t	v,
							tag;
				CxWaKey		key;

				if (CX_NORM_IS_WORD(text[o]))
					continue;
				key = cx_wa_keyof(text + ws, (uint32_t) (o - ws));
				v = cx_wa_step(&a, s, text + ws, &key, &tag);
				/* the tag: its length's parity, for the words of the vocabulary that have one */
				if (tag != 0)
					ntagged++;
				if (tag != 0 && tag != 1u + (uint32_t) ((o - ws) % 2))
					bad++;
				s = v & CX_WA_STATE;
				if (v & CX_WA_OUT)
					for (int32_t t = a.first[s] >= 0 ? (int32_t) s : a.dict[s]; t >= 0; t = a.dict[t])
						for (int32_t e = a.first[t]; e >= 0; e = next[e])
							got[ngot++] = e;
				CHECK((v & CX_WA_OUT) ? ngot > 0 : 1);

				/* the reference: patterns ending here, longest first */
				for (int k = 0; k < npat; k++)
					if (ends_at(plain, o, &pats[bylen[k]]))
						want[nwant++] = bylen[k];
				if (ngot != nwant || memcmp(got, want, sizeof(int) * (size_t) ngot) != 0)
					bad++;
				ws = o + 1;
			}
			CHECK(bad == 0);
			CHECK(ntagged > 0);
		}
		free(next);
		cx_wa_free(&a);
	}
}

/* a word the vocabulary does not hold sends the automaton back to the root */
UNIT_TEST(unknown_word_resets)
{
	CxWordAuto	a;
	int32_t		s_ab,
				s_b;
	const char	text[] = " a x b ";
	uint32_t	s = 0,
				tag;
	CxWaKey		k;

	CHECK(cx_wa_init(&a) == 0);
	s_ab = cx_wa_add(&a, " a b ", 5);
	s_b = cx_wa_add(&a, " b ", 3);
	a.first[s_ab] = 0;
	a.first[s_b] = 1;
	/* a pattern without words has no state */
	CHECK(cx_wa_add(&a, "   ", 3) == -1);
	CHECK(cx_wa_finish(&a) == 0);
	k = cx_wa_keyof(text + 1, 1);
	s = cx_wa_step(&a, s, text + 1, &k, &tag) & CX_WA_STATE;
	CHECK(s != 0);
	k = cx_wa_keyof(text + 3, 1);
	s = cx_wa_step(&a, s, text + 3, &k, &tag) & CX_WA_STATE;
	CHECK(s == 0 && tag == 0);
	k = cx_wa_keyof(text + 5, 1);
	s = cx_wa_step(&a, s, text + 5, &k, &tag) & CX_WA_STATE;
	CHECK(s == (uint32_t) s_b);
	cx_wa_free(&a);
}

int
main(void)
{
	RUN(matches_brute_force);
	RUN(unknown_word_resets);
	return unit_report();
}
