/*
 * libFuzzer target for src/core/journey_moments.c.
 *
 * First byte even: the rest is a journey_moments_state, which the checker
 * must accept or reject without reading out of bounds; an accepted state is
 * read back stage by stage, must satisfy the invariants the SQL glue relies
 * on, write back to the same bytes, and give impacts without crashing.
 * First byte odd: the rest is a few journeys (3 bytes per event: stage, time
 * step and journey break, channel/outcome/answer), analysed and added up as
 * the aggregate does; the state written from the counts must pass the check.
 */
#include "journey_moments.h"

#include <stdlib.h>
#include <string.h>

static void
fuzz_state(const uint8_t *data, size_t size)
{
	CxJmHeader	h;
	size_t		off = CX_JM_HEADER_SIZE;
	uint8_t    *copy;
	size_t		woff;
	uint32_t	s;
	int			nbins;

	if (cx_jm_check(data, size, &h) != NULL)
		return;
	nbins = cx_jm_nbins(h.scale);
	copy = malloc(size);
	woff = cx_jm_write_header(copy, &h);
	for (s = 0; s < h.nstages; s++)
	{
		int64_t		c[CX_JM_STAGE_CELLS(CX_JM_MAX_BINS)];
		const char *name;
		uint32_t	namelen;
		uint8_t		sflags;
		int			k;

		off = cx_jm_read_stage(data, off, nbins, &name, &namelen, &sflags, c);
		if (off > size || namelen == 0)
			abort();
		for (k = 0; k < CX_JM_NKINDS; k++)
		{
			CxImpact	imp;

			cx_jm_impact(c, h.scale, k, h.journeys, 0.95, &imp);
			if (imp.exposed_n < 0 || imp.unexposed_n < 0 || imp.exposed_n + imp.unexposed_n > h.journeys)
				abort();
		}
		woff += cx_jm_write_stage(copy + woff, name, namelen, sflags, c, nbins);
	}
	if (off != size || woff != size || memcmp(copy, data, size) != 0)
		abort();
	free(copy);
}

static void
fuzz_journeys(const uint8_t *data, size_t size)
{
	enum
	{
		NS = 5
	};
	size_t		n = size / 3;
	CxJourneyEvent ev[512];
	CxJourneyStageResult out[NS];
	int64_t		scratch[4 * NS];
	CxJourneyParams p = {NS, true, 3000, 5000, 60000, NULL, NULL};
	uint32_t	flags = CX_JM_ORDERED | CX_JM_DROP_DEFINED | CX_JM_WITH_CHANNEL | CX_JM_WITH_OUTCOME;
	uint8_t		sflags[NS] = {0, 0, 0, 0, CX_JM_STAGE_FINAL};
	int64_t		counts[NS][CX_JM_STAGE_CELLS(11)];
	CxJmHeader	h = {flags, 0, 3000, 5000, 60000, 2500, 0, 0, NS};
	uint8_t    *buf;
	size_t		off;
	size_t		i;
	size_t		start = 0;
	int64_t		t = 0;
	const char *names[NS] = {"a", "b", "c", "d", "e"};

	if (n == 0 || n > 512)
		return;
	memset(counts, 0, sizeof(counts));
	for (i = 0; i < n; i++)
	{
		const uint8_t *b = data + 3 * i;

		t += (int64_t) (b[1] % 64) * 100;
		ev[i].stage = b[0] % NS;
		ev[i].at = t;
		ev[i].channel = (int) (b[2] % 3) - 1;
		ev[i].failed = (int) ((b[2] >> 2) % 3) - 1;
		/* a journey ends where the top bit of the time byte is set */
		if ((b[1] & 0x80) || i == n - 1)
		{
			int			bin = (b[2] >> 4) % 11;
			int			st;

			cx_journey_analyze(ev + start, i + 1 - start, &p, out, scratch, NULL, NULL);
			for (st = 0; st < NS; st++)
				if (out[st].reached)
					cx_jm_add_stage(counts[st], 11, flags, sflags[st], &out[st], h.dwell_reference, bin);
			h.journeys++;
			start = i + 1;
		}
	}
	buf = malloc(CX_JM_HEADER_SIZE + NS * cx_jm_stage_size(1, 11));
	off = cx_jm_write_header(buf, &h);
	for (i = 0; i < NS; i++)
		off += cx_jm_write_stage(buf + off, names[i], 1, sflags[i], counts[i], 11);
	if (cx_jm_check(buf, off, &h) != NULL)
		abort();
	free(buf);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (data[0] % 2 == 0)
		fuzz_state(data + 1, size - 1);
	else
		fuzz_journeys(data + 1, size - 1);
	return 0;
}
