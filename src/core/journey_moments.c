/*-------------------------------------------------------------------------
 *
 * journey_moments.c
 *	  Moments of truth (plain C): which journeys count as exposed to each
 *	  kind of friction at a stage, the journey_moments_state bytes, and the
 *	  impact of each stage and kind.  Definitions in journey_moments.h.
 *
 *-------------------------------------------------------------------------
 */
#include "journey_moments.h"
#include "journey_bytes.h"

#include <math.h>
#include <string.h>

#include "nps.h"
#include "survey.h"

static const char *const kind_names[CX_JM_NKINDS] = {
	"repeat", "loop", "dwell", "drop_off", "channel_switch", "failed"
};

const char *
cx_jm_kind_name(int kind)
{
	return (kind >= 0 && kind < CX_JM_NKINDS) ? kind_names[kind] : "?";
}

int
cx_jm_bin(int32_t scale, int64_t score)
{
	if (scale == 0)
		return (score >= 0 && score <= 10) ? (int) score : -1;
	return (score >= 1 && score <= scale) ? (int) score - 1 : -1;
}

bool
cx_jm_kind_defined(uint32_t flags, uint8_t stage_flags, int kind)
{
	switch (kind)
	{
		case CX_JM_REPEAT:
		case CX_JM_LOOP:
		case CX_JM_DWELL:
			return true;
		case CX_JM_DROP_OFF:
			return (flags & CX_JM_DROP_DEFINED) && !(stage_flags & CX_JM_STAGE_FINAL);
		case CX_JM_CHANNEL:
			return (flags & CX_JM_WITH_CHANNEL) != 0;
		case CX_JM_FAILED:
			return (flags & CX_JM_WITH_OUTCOME) != 0;
	}
	return false;
}

static inline void
add(int64_t *counts, int nbins, int kind, bool exposed, int bin)
{
	counts[CX_JM_CELL(nbins, kind, exposed ? 0 : 1, bin)]++;
}

void
cx_jm_add_stage(int64_t *counts, int nbins, uint32_t flags, uint8_t stage_flags,
				const CxJourneyStageResult *r, int64_t dwell_reference, int bin)
{
	add(counts, nbins, CX_JM_REPEAT, r->repeats > 0, bin);
	add(counts, nbins, CX_JM_LOOP, r->loops > 0, bin);
	/*
	 * mean dwell > reference, compared exactly: sum > reference * n (both
	 * sides fit in 128 bits)
	 */
	if (r->dwell_n > 0)
		add(counts, nbins, CX_JM_DWELL,
			(__int128) r->dwell_sum > (__int128) dwell_reference * r->dwell_n, bin);
	if (cx_jm_kind_defined(flags, stage_flags, CX_JM_DROP_OFF))
		add(counts, nbins, CX_JM_DROP_OFF, r->ended_idle, bin);
	if ((flags & CX_JM_WITH_CHANNEL) && r->channel_events > 0)
		add(counts, nbins, CX_JM_CHANNEL, r->channel_switches > 0, bin);
	if ((flags & CX_JM_WITH_OUTCOME) && r->outcome_events > 0)
		add(counts, nbins, CX_JM_FAILED, r->failed > 0, bin);
}

/* ---- bytes ------------------------------------------------------------------ */

size_t
cx_jm_stage_size(uint32_t namelen, int nbins)
{
	return 4 + (size_t) namelen + 1 + 8 * CX_JM_STAGE_CELLS(nbins);
}

size_t
cx_jm_write_header(uint8_t *buf, const CxJmHeader *h)
{
	memcpy(buf, "JMS1", 4);
	cx_put_u32(buf + 4, h->flags);
	cx_put_u32(buf + 8, (uint32_t) h->scale);
	cx_put_u64(buf + 12, (uint64_t) h->repeat_window);
	cx_put_u64(buf + 20, (uint64_t) h->idle_period);
	cx_put_u64(buf + 28, (uint64_t) h->as_of);
	cx_put_u64(buf + 36, (uint64_t) h->dwell_reference);
	cx_put_u64(buf + 44, (uint64_t) h->journeys);
	cx_put_u64(buf + 52, (uint64_t) h->unanswered);
	cx_put_u32(buf + 60, h->nstages);
	return CX_JM_HEADER_SIZE;
}

size_t
cx_jm_write_stage(uint8_t *buf, const char *name, uint32_t namelen,
				  uint8_t stage_flags, const int64_t *counts, int nbins)
{
	size_t		off = 0;
	size_t		i;

	cx_put_u32(buf, namelen);
	off += 4;
	memcpy(buf + off, name, namelen);
	off += namelen;
	buf[off++] = stage_flags;
	for (i = 0; i < CX_JM_STAGE_CELLS(nbins); i++, off += 8)
		cx_put_u64(buf + off, (uint64_t) counts[i]);
	return off;
}

size_t
cx_jm_read_stage(const uint8_t *buf, size_t off, int nbins, const char **name,
				 uint32_t *namelen, uint8_t *stage_flags, int64_t *counts)
{
	size_t		i;

	*namelen = cx_get_u32(buf + off);
	off += 4;
	*name = (const char *) buf + off;
	off += *namelen;
	*stage_flags = buf[off++];
	for (i = 0; i < CX_JM_STAGE_CELLS(nbins); i++, off += 8)
		counts[i] = (int64_t) cx_get_u64(buf + off);
	return off;
}

/* total of one group of one kind, or -1 if it overflows */
static int64_t
group_total(const int64_t *counts, int nbins, int kind, int group)
{
	int64_t		t = 0;
	int			b;

	for (b = 0; b < nbins; b++)
	{
		if (__builtin_add_overflow(t, counts[CX_JM_CELL(nbins, kind, group, b)], &t))
			return -1;
	}
	return t;
}

/* the checks of one stage's counts (already read) */
static const char *
check_counts(const CxJmHeader *h, uint8_t sflags, const int64_t *counts, int nbins)
{
	int64_t		reached = -1;
	int			k;
	size_t		i;

	for (i = 0; i < CX_JM_STAGE_CELLS(nbins); i++)
		if (counts[i] < 0)
			return "state has a negative count";
	for (k = 0; k < CX_JM_NKINDS; k++)
	{
		int64_t		e = group_total(counts, nbins, k, 0);
		int64_t		u = group_total(counts, nbins, k, 1);
		int64_t		t;

		if (e < 0 || u < 0 || __builtin_add_overflow(e, u, &t) || t > h->journeys)
			return "state has a stage with more journeys than the state";
		if (!cx_jm_kind_defined(h->flags, sflags, k) && t != 0)
			return "state has counts for a kind of friction that is not defined at the stage";
		if (k == CX_JM_REPEAT)
			reached = t;
		else if (k == CX_JM_LOOP ? t != reached : t > reached)
			return "state's counts of one stage do not agree with each other";
		/* drop-off is defined for every journey reaching a non-final stage */
		if (k == CX_JM_DROP_OFF && cx_jm_kind_defined(h->flags, sflags, k) && t != reached)
			return "state's counts of one stage do not agree with each other";
	}
	return NULL;
}

const char *
cx_jm_check(const uint8_t *buf, size_t len, CxJmHeader *h)
{
	size_t		off = CX_JM_HEADER_SIZE;
	int64_t		counts[CX_JM_STAGE_CELLS(CX_JM_MAX_BINS)];
	uint32_t	s;
	int			nbins;

	if (len < CX_JM_HEADER_SIZE)
		return "state is too short";
	if (memcmp(buf, "JMS1", 4) != 0)
		return "state does not start with the journey_moments_state mark";
	h->flags = cx_get_u32(buf + 4);
	h->scale = (int32_t) cx_get_u32(buf + 8);
	h->repeat_window = (int64_t) cx_get_u64(buf + 12);
	h->idle_period = (int64_t) cx_get_u64(buf + 20);
	h->as_of = (int64_t) cx_get_u64(buf + 28);
	h->dwell_reference = (int64_t) cx_get_u64(buf + 36);
	h->journeys = (int64_t) cx_get_u64(buf + 44);
	h->unanswered = (int64_t) cx_get_u64(buf + 52);
	h->nstages = cx_get_u32(buf + 60);
	if (h->flags & ~(uint32_t) CX_JM_FLAGS)
		return "state has unknown flags";
	if (h->scale != 0 && (h->scale < CX_CSAT_SCALE_MIN || h->scale > CX_CSAT_SCALE_MAX))
		return "state has a scale that is neither NPS (0) nor a CSAT scale of 3 to 10";
	if (h->repeat_window < 0 || h->idle_period < 0 || h->dwell_reference < 0)
		return "state has a negative setting";
	if (h->journeys < 0 || h->unanswered < 0)
		return "state has a negative number of journeys";
	if (h->nstages > CX_JM_MAX_STAGES)
		return "state has too many stages";
	if ((h->flags & CX_JM_DROP_DEFINED) == 0 && (h->flags & CX_JM_ORDERED))
		return "state has a stage order but no final stage";
	nbins = cx_jm_nbins(h->scale);
	for (s = 0; s < h->nstages; s++)
	{
		const char *name;
		uint32_t	namelen;
		uint8_t		sflags;
		const char *why;
		size_t		i;
		uint32_t	t;

		if (len - off < 4)
			return "state ends inside a stage";
		namelen = cx_get_u32(buf + off);
		if (namelen == 0 || namelen > CX_JM_MAX_NAME)
			return "state has a stage name that is empty or too long";
		if (len - off < cx_jm_stage_size(namelen, nbins))
			return "state ends inside a stage";
		off = cx_jm_read_stage(buf, off, nbins, &name, &namelen, &sflags, counts);
		if (sflags & ~(uint8_t) CX_JM_STAGE_FLAGS)
			return "state has unknown stage flags";
		if ((sflags & CX_JM_STAGE_FINAL) && !(h->flags & CX_JM_DROP_DEFINED))
			return "state has a final stage but drop-off is not defined";
		for (i = 0; i < namelen; i++)
			if (name[i] == '\0')
				return "state has a stage name with a zero byte";
		if ((why = check_counts(h, sflags, counts, nbins)) != NULL)
			return why;
		/* no two stages alike (at most 1000 stages: quadratic is fine) */
		{
			size_t		o2 = CX_JM_HEADER_SIZE;

			for (t = 0; t < s; t++)
			{
				uint32_t	l2 = cx_get_u32(buf + o2);

				if (l2 == namelen && memcmp(buf + o2 + 4, name, namelen) == 0)
					return "state names a stage twice";
				o2 += cx_jm_stage_size(l2, nbins);
			}
		}
	}
	if (off != len)
		return "state has bytes after its last stage";
	return NULL;
}

/* ---- the report ------------------------------------------------------------- */

void
cx_jm_impact(const int64_t *counts, int32_t scale, int kind, int64_t journeys,
			 double level, CxImpact *out)
{
	int			nbins = cx_jm_nbins(scale);
	int			b;

	if (scale == 0)
	{
		CxNpsState e;
		CxNpsState u;

		cx_nps_init(&e);
		cx_nps_init(&u);
		for (b = 0; b < nbins; b++)
		{
			e.counts[b] = counts[CX_JM_CELL(nbins, kind, 0, b)];
			u.counts[b] = counts[CX_JM_CELL(nbins, kind, 1, b)];
			e.n += e.counts[b];
			u.n += u.counts[b];
		}
		cx_nps_impact(&e, &u, level, out);
	}
	else
		cx_csat_impact(&counts[CX_JM_CELL(nbins, kind, 0, 0)],
					   &counts[CX_JM_CELL(nbins, kind, 1, 0)], scale, level, out);
	if (journeys > 0 && !isnan(out->difference))
		out->points_at_stake = (double) out->exposed_n / (double) journeys * -out->difference;
	else
		out->points_at_stake = NAN;
}
