/*
 * libFuzzer target for the empathy normaliser, matcher and conversation
 * maths (src/core/textnorm.c, src/core/empathy_core.c).
 *
 * Input: the first byte picks the language (auto/es/en); the rest is split at
 * the first 0x00 byte into a lexicon part (one phrase per line, compiled
 * together with a fixed lexicon) and a message.  Checks every invariant the
 * glue relies on: output alphabet and length, offsets inside the input and
 * non-decreasing, matches inside the text and on word boundaries, scores in
 * range; the bytes are also read as conversation records.
 */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "empathy_core.h"
#include "textnorm.h"

static const CxLexEntry fixed[] = {
	{CX_LANG_ES, CX_DIM_APOLOGY, 1.5, "lamento mucho las molestias", 27},
	{CX_LANG_ES, CX_DIM_ACK, 1.0, "entiendo", 8},
	{CX_LANG_ES, CX_DIM_ANTI, 2.0, "como ya le dije", 15},
	{CX_LANG_EN, CX_DIM_APOLOGY, 1.0, "I'm sorry", 9},
	{CX_LANG_EN, CX_DIM_ANTI, 2.0, "sorry you feel that way", 23},
	{CX_LANG_EN, CX_DIM_OWNERSHIP, 2.0, "I'll stay on this", 17},
	{CX_LANG_EN, CX_DIM_COMPLAINT, 1.0, "not working", 11},
};

typedef struct Check
{
	const char *norm;
	size_t		len;
	size_t		nmatch;
} Check;

static void
on_match(void *arg, const CxMatch *m)
{
	Check	   *c = arg;

	assert(m->start >= 1 && m->start < m->end && m->end < c->len);
	assert(c->norm[m->start - 1] == ' ' || c->norm[m->start - 1] == '|');
	assert(c->norm[m->end] == ' ' || c->norm[m->end] == '|');
	assert(m->lang >= 0 && m->lang < CX_NLANG && m->dim >= 0 && m->dim < CX_NDIM);
	c->nmatch++;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int			lang;
	const uint8_t *split;
	size_t		lexlen,
				textlen;
	const uint8_t *text;
	CxLexEntry	entries[64 + sizeof(fixed) / sizeof(fixed[0])];
	size_t		n = 0,
				skipped;
	CxMatcher  *m;
	char	   *norm;
	uint32_t   *off,
			   *end;
	size_t		nlen;
	CxNormInfo	info;
	CxMsgResult res;
	Check		chk;

	if (size < 1)
		return 0;
	lang = (int) (data[0] % 3) - 1;
	data++;
	size--;
	split = memchr(data, 0, size);
	lexlen = split ? (size_t) (split - data) : 0;
	text = split ? split + 1 : data;
	textlen = split ? size - lexlen - 1 : size;

	memcpy(entries, fixed, sizeof(fixed));
	n = sizeof(fixed) / sizeof(fixed[0]);
	for (size_t i = 0; i < lexlen && n < sizeof(entries) / sizeof(entries[0]);)
	{
		size_t		j = i;

		while (j < lexlen && data[j] != '\n')
			j++;
		entries[n].lang = (int) (n % 2);
		entries[n].dim = (int) (n % CX_NDIM);
		entries[n].weight = 0.5 + (double) (n % 5) * 0.5;
		entries[n].phrase = (const char *) data + i;
		entries[n].phrase_len = j - i;
		(void) cx_phrase_check(entries[n].phrase, entries[n].phrase_len);
		n++;
		i = j + 1;
	}
	m = cx_matcher_build(entries, n, &skipped);
	assert(m != NULL);

	norm = malloc(textlen + 2);
	off = malloc(sizeof(uint32_t) * (textlen + 2));
	end = malloc(sizeof(uint32_t) * (textlen + 2));
	nlen = cx_textnorm(text, textlen, norm, off, end, &info);
	assert(nlen >= 1 && nlen <= textlen + 2);
	assert(norm[0] == ' ' || norm[0] == '|');
	assert(norm[nlen - 1] == ' ' || norm[nlen - 1] == '|');
	for (size_t i = 0; i < nlen; i++)
	{
		char		c = norm[i];

		assert((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '#' || c == ' ' || c == '|');
		if (i > 0)
		{
			/* separators never repeat */
			assert(!((c == ' ' || c == '|') && (norm[i - 1] == ' ' || norm[i - 1] == '|')));
			assert(off[i] >= off[i - 1]);
		}
		assert(off[i] <= textlen && end[i] <= textlen && off[i] <= end[i]);
	}

	chk.norm = norm;
	chk.len = nlen;
	chk.nmatch = 0;
	cx_empathy_analyse(m, norm, nlen, &info, lang, &res, on_match, &chk);
	assert(res.score > -100.0 && res.score < 100.0);
	assert(res.lang == CX_LANG_ES || res.lang == CX_LANG_EN);
	if (lang >= 0)
		assert(res.lang == lang);
	cx_empathy_analyse(NULL, norm, nlen, &info, lang, &res, NULL, NULL);
	assert(res.score == 0.0);

	/* the same bytes as conversation records */
	{
		size_t		nrec = size / 8;
		CxConvMsg  *msgs = calloc(nrec ? nrec : 1, sizeof(CxConvMsg));
		CxConvResult cr;

		for (size_t i = 0; i < nrec; i++)
		{
			const uint8_t *p = data + i * 8;

			msgs[i].conv = p[0] % 3;
			msgs[i].sent_at = (int64_t) ((p[1] << 8) | p[2]) * 1000000 - 30000000;
			msgs[i].seq = (uint32_t) i;
			msgs[i].role = p[3] & 1;
			msgs[i].flags = (p[3] >> 1) & 3;
			msgs[i].words = p[4];
			for (int k = 0; k < 5; k++)
				msgs[i].dim[k] = (float) ((p[5 + k % 3] >> k) & 7) * 0.5f;
		}
		cx_empathy_conversations(msgs, nrec, 120 * 1000000LL, &cr);
		{
			double		v[5] = {cr.score, cr.language, cr.understanding, cr.responsiveness, cr.listening};

			for (int k = 0; k < 5; k++)
				assert(isnan(v[k]) || (v[k] >= 0.0 && v[k] <= 100.0));
		}
		assert(cr.agent_messages + cr.customer_messages == (int64_t) nrec);
		free(msgs);
	}

	free(norm);
	free(off);
	free(end);
	cx_matcher_free(m);
	return 0;
}
