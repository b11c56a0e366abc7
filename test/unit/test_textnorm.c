/*
 * test_textnorm.c: the normaliser's fast paths (eight ASCII bytes at a time,
 * and a gap of " ", ". " or ", " between two words) against the loop that
 * reads one byte at a time.
 *
 * This file includes textnorm_impl.h with CX_NORM_FAST 0, which gives it a
 * private copy of the byte-at-a-time normaliser; cx_textnorm(), from
 * src/core/textnorm.c, is the fast one.  Both must write the same bytes, the
 * same source offsets and the same counts for any input.  Inputs and
 * outputs are allocated at their exact sizes, so that ASan sees a read past
 * the text or a write past the len + 2 bytes the caller gives.
 */
#define CX_NORM_FAST 0
#include "textnorm_impl.h"

#include <stdint.h>
#include <stdlib.h>

#include "unit.h"

static size_t
ref_norm(const unsigned char *in, size_t len, char *out, uint32_t *off,
		 uint32_t *end, CxNormInfo *info)
{
	return cx_textnorm_run(in, len, out, off, end, info, NULL, NULL);
}

/* the pieces random texts are made of, weighted towards words */
static const char *const pieces[] = {
	"a", "b", "o", "e", "s", "n", "A", "B", "O", "E", "S", "N", "z", "Z", "q",
	"0", "7", "9",
	"aa", "aaa", "AaA", "oooo", "OoOo", "ssss", "111",
	" ", " ", " ", " ", "  ", ".", ",", "?", "!", ";", ":", "'", "`", "@", "@x",
	"(", ")", "<3", ":)", ":-(", "=)", ">:(", "-", "_", "/", "\n", "\t",
	"\xC3\xA9", "\xC3\x89", "\xC3\xB1", "\xC3\x9F", "\xC2\xBF", "\xC2\xA1",
	"\xE2\x80\x8D", "\xEF\xBD\x8F", "\xEF\xAC\x81", "\xF0\x9F\x98\x80",
	"\xCC\x81", "\xE2\x80\x99", "\xE9", "\xFF", "\xC3", "\xD0\xB4",
	"word", "Word", "WORD", "hello", "Sorry", "frustrating", "understand",
	"abcdefgh", "ABCDEFGHIJ", "a1b2c3d4e5", "xxxxxxxxxxxxxxxxxxxxxxx",
	"noooo", "pleeeease", "Aaaah", "zzZ",
};

#define N_PIECES (sizeof(pieces) / sizeof(pieces[0]))

static int
same_normalisation(const unsigned char *text, size_t len, int with_offsets)
{
	unsigned char *in = malloc(len ? len : 1);
	char	   *a = malloc(len + 2),
			   *b = malloc(len + 2);
	uint32_t   *ao = NULL,
			   *ae = NULL,
			   *bo = NULL,
			   *be = NULL;
	CxNormInfo	ia,
				ib;
	size_t		na,
				nb;
	int			ok;

	memcpy(in, text, len);
	if (with_offsets)
	{
		ao = malloc((len + 2) * sizeof(uint32_t));
		ae = malloc((len + 2) * sizeof(uint32_t));
		bo = malloc((len + 2) * sizeof(uint32_t));
		be = malloc((len + 2) * sizeof(uint32_t));
	}
	memset(&ia, 0, sizeof(ia));
	memset(&ib, 0, sizeof(ib));
	na = cx_textnorm(in, len, a, ao, ae, &ia);
	nb = ref_norm(in, len, b, bo, be, &ib);
	ok = na == nb && memcmp(a, b, na) == 0 && memcmp(&ia, &ib, sizeof(ia)) == 0;
	if (ok && with_offsets)
		ok = memcmp(ao, bo, na * sizeof(uint32_t)) == 0 &&
			memcmp(ae, be, na * sizeof(uint32_t)) == 0;
	if (!ok)
		fprintf(stderr, "differs on \"%.*s\" (%zu bytes): \"%.*s\" vs \"%.*s\"\n",
				(int) len, (const char *) text, len, (int) na, a, (int) nb, b);
	free(in);
	free(a);
	free(b);
	free(ao);
	free(ae);
	free(bo);
	free(be);
	return ok;
}

UNIT_TEST(fixed_texts)
{
	static const char *const texts[] = {
		"", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop",
		"Hello World", "I'm so SORRY you had to deal with this.",
		"nooooo way", "abcdeffff", "abcdefggg", "abcdefgHHH", "abcdefGgg",
		"aaaaaaaaaaaaaaaaaaaaaaaa", "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
		"lo\xE2\x80\x8Dsiento", "env\xC3\xADo r\xC3\xA1pido", "\xC2\xBFqu\xC3\xA9 pas\xC3\xB3?",
		"word1 word2 word3 word4 word5", "a b c d e f g h i j k l m n o p",
		"x@y.com @united 10:30 :) <3 https://example.org",
		"One. Two, three.four ,five . six. 7. 8, 9", "a. b, c.  d,  e", "end.", "end. ",
		"abcdefg\xE9hij", "abcdefg\xFF", "12345678 87654321",
	};

	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++)
	{
		CHECK(same_normalisation((const unsigned char *) texts[k], strlen(texts[k]), 0));
		CHECK(same_normalisation((const unsigned char *) texts[k], strlen(texts[k]), 1));
	}
}

/*
 * Every text of up to 9 bytes over a few letters in both cases, a digit and
 * a space (2,441,406 texts): all the places where a block can end, a run of
 * three equal letters can start, or a word can meet the end of the text.
 */
UNIT_TEST(every_short_text)
{
	static const char alphabet[] = "aAb1 ";
	unsigned char t[9];
	long		failed = 0;

	for (size_t len = 0; len <= 9; len++)
	{
		long		total = 1;

		for (size_t i = 0; i < len; i++)
			total *= 5;
		for (long code = 0; code < total; code++)
		{
			long		c = code;

			for (size_t i = 0; i < len; i++, c /= 5)
				t[i] = (unsigned char) alphabet[c % 5];
			if (!same_normalisation(t, len, (code & 7) == 0))
				failed++;
		}
	}
	CHECK(failed == 0);
}

UNIT_TEST(random_texts)
{
	unsigned char text[512];
	uint64_t	seed = 0x9E3779B97F4A7C15ull;
	long		failed = 0;

	for (int r = 0; r < 200000; r++)
	{
		size_t		len = 0;
		size_t		want;

		seed = seed * 6364136223846793005ull + 1442695040888963407ull;
		want = (size_t) (seed >> 33) % 120;
		while (len < want)
		{
			const char *p;
			size_t		n;

			seed = seed * 6364136223846793005ull + 1442695040888963407ull;
			p = pieces[(seed >> 33) % N_PIECES];
			n = strlen(p);
			if (len + n > sizeof(text))
				break;
			memcpy(text + len, p, n);
			len += n;
		}
		if (!same_normalisation(text, len, r % 4 == 0))
			failed++;
	}
	CHECK(failed == 0);
}

int
main(void)
{
	RUN(fixed_texts);
	RUN(every_short_text);
	RUN(random_texts);
	return unit_report();
}
