/*-------------------------------------------------------------------------
 *
 * journey_state.c
 *	  The binary form of journey_friction_state (layout in journey.h):
 *	  writing, and a validator that trusts nothing, since states come back
 *	  from users through text and binary input and from parallel workers.
 *
 *-------------------------------------------------------------------------
 */
#include "journey.h"
#include "journey_bytes.h"

#include <string.h>

bool
cx_journey_add_i64(int64_t *a, int64_t b)
{
	int64_t		r;

	if (__builtin_add_overflow(*a, b, &r))
		return false;
	*a = r;
	return true;
}

bool
cx_journey_add_i128(cx_i128 *a, cx_i128 b)
{
	__int128	r;

	if (__builtin_add_overflow((__int128) *a, (__int128) b, &r))
		return false;
	*a = r;
	return true;
}

int
cx_journey_counters_add(int64_t *c, cx_i128 *dwell_sum, const int64_t *add_c, cx_i128 add_dwell)
{
	int64_t		sum[CX_JS_NCOUNTERS];
	cx_i128		dwell = *dwell_sum;
	int			k;

	for (k = 0; k < CX_JS_NCOUNTERS; k++)
	{
		sum[k] = c[k];
		if (!cx_journey_add_i64(&sum[k], add_c[k]))
			return k;
	}
	if (!cx_journey_add_i128(&dwell, add_dwell))
		return CX_JS_NCOUNTERS;
	memcpy(c, sum, sizeof(sum));
	*dwell_sum = dwell;
	return -1;
}

const char *
cx_journey_counter_name(int k)
{
	static const char *const names[CX_JS_NCOUNTERS + 1] = {
		"count of journeys that reached it",
		"count of events",
		"count of visits",
		"count of repeats",
		"count of loops",
		"count of converted journeys",
		"count of journeys that ended in it",
		"count of idle journey ends",
		"count of events with a channel",
		"count of channel switches",
		"count of events with an outcome",
		"count of failed events",
		"count of dwell times",
		"sum of dwell times"
	};

	if (k < 0 || k > CX_JS_NCOUNTERS)
		return "count";
	return names[k];
}

/* a stage without its name and buckets: JFS1, and JFS2 with stage_flags */
#define STAGE_FIXED_V1 (4 + 8 + 8 * CX_JS_NCOUNTERS + 16 + 4)
#define STAGE_FIXED (STAGE_FIXED_V1 + 4)

static inline int
state_version(const uint8_t *buf)
{
	return buf[3] == '1' ? 1 : 2;
}

static size_t
stage_size_v(int version, uint32_t namelen, uint32_t nbuckets)
{
	return (version == 1 ? STAGE_FIXED_V1 : STAGE_FIXED) + (size_t) namelen +
		(size_t) nbuckets * CX_JS_BUCKET_SIZE;
}

size_t
cx_journey_state_stage_size(uint32_t namelen, uint32_t nbuckets)
{
	return stage_size_v(2, namelen, nbuckets);
}

size_t
cx_journey_state_write_header(uint8_t *buf, const CxJourneyStateHeader *h)
{
	memcpy(buf, "JFS2", 4);
	cx_put_u32(buf + 4, h->flags);
	cx_put_u64(buf + 8, (uint64_t) h->repeat_window);
	cx_put_u64(buf + 16, (uint64_t) h->idle_period);
	cx_put_u64(buf + 24, (uint64_t) h->as_of);
	cx_put_u64(buf + 32, (uint64_t) h->journeys);
	cx_put_u32(buf + 40, h->nstages);
	return CX_JS_HEADER_SIZE;
}

uint32_t
cx_journey_hist_nonzero(const CxJourneyHist *hist)
{
	uint32_t	nb = 0;
	int			b;

	if (hist == NULL)
		return 0;
	for (b = 0; b < CX_JOURNEY_NBUCKETS; b++)
		if (hist->count[b] != 0)
			nb++;
	return nb;
}

size_t
cx_journey_state_write_stage(uint8_t *buf, const CxJourneyStageAcc *a, const CxJourneyHist *hist)
{
	uint8_t    *p = buf;
	uint32_t	nb = cx_journey_hist_nonzero(hist);
	int			k;

	cx_put_u32(p, a->namelen);
	p += 4;
	memcpy(p, a->name, a->namelen);
	p += a->namelen;
	cx_put_u32(p, a->sflags);
	p += 4;
	cx_put_u64(p, (uint64_t) a->first_at);
	p += 8;
	for (k = 0; k < CX_JS_NCOUNTERS; k++, p += 8)
		cx_put_u64(p, (uint64_t) a->c[k]);
	cx_put_u64(p, (uint64_t) (a->dwell_sum >> 64));
	cx_put_u64(p + 8, (uint64_t) a->dwell_sum);
	p += 16;
	cx_put_u32(p, nb);
	p += 4;
	if (hist != NULL)
	{
		int			b;

		for (b = 0; b < CX_JOURNEY_NBUCKETS; b++)
		{
			if (hist->count[b] == 0)
				continue;
			p[0] = (uint8_t) (b >> 8);
			p[1] = (uint8_t) b;
			cx_put_u64(p + 2, (uint64_t) hist->count[b]);
			cx_put_u64(p + 10, (uint64_t) (hist->sum[b] >> 64));
			cx_put_u64(p + 18, (uint64_t) hist->sum[b]);
			p += CX_JS_BUCKET_SIZE;
		}
	}
	return (size_t) (p - buf);
}

size_t
cx_journey_state_write_u32(uint8_t *buf, uint32_t v)
{
	cx_put_u32(buf, v);
	return 4;
}

uint32_t
cx_journey_state_read_u32(const uint8_t *buf)
{
	return cx_get_u32(buf);
}

size_t
cx_journey_state_write_pair(uint8_t *buf, const CxJourneyPairAcc *a, const CxJourneyBucket *b,
							uint32_t k)
{
	uint8_t    *p = buf;
	uint32_t	i;

	cx_put_u32(p, a->from);
	cx_put_u32(p + 4, a->to);
	cx_put_u64(p + 8, (uint64_t) a->journeys);
	cx_put_u64(p + 16, (uint64_t) a->transitions);
	cx_put_u64(p + 24, (uint64_t) a->loops);
	cx_put_u64(p + 32, (uint64_t) (a->dwell_sum >> 64));
	cx_put_u64(p + 40, (uint64_t) a->dwell_sum);
	cx_put_u32(p + 48, k);
	p += CX_JS_PAIR_FIXED;
	for (i = 0; i < k; i++)
	{
		p[0] = (uint8_t) (b[i].bucket >> 8);
		p[1] = (uint8_t) b[i].bucket;
		cx_put_u64(p + 2, (uint64_t) b[i].count);
		cx_put_u64(p + 10, (uint64_t) (b[i].sum >> 64));
		cx_put_u64(p + 18, (uint64_t) b[i].sum);
		p += CX_JS_BUCKET_SIZE;
	}
	return (size_t) (p - buf);
}

size_t
cx_journey_state_read_pair(const uint8_t *buf, size_t off, CxJourneyPairAcc *a)
{
	const uint8_t *p = buf + off;

	a->from = cx_get_u32(p);
	a->to = cx_get_u32(p + 4);
	a->journeys = (int64_t) cx_get_u64(p + 8);
	a->transitions = (int64_t) cx_get_u64(p + 16);
	a->loops = (int64_t) cx_get_u64(p + 24);
	a->dwell_sum = (__int128) ((unsigned __int128) cx_get_u64(p + 32) << 64 | cx_get_u64(p + 40));
	a->nbuckets = cx_get_u32(p + 48);
	a->buckets = p + CX_JS_PAIR_FIXED;
	return off + CX_JS_PAIR_FIXED + (size_t) a->nbuckets * CX_JS_BUCKET_SIZE;
}

/*
 * Validate the buckets of a histogram that should hold n values summing to
 * total: NULL or why not.
 */
static const char *
check_buckets(const uint8_t *buckets, uint32_t nb, int64_t n, cx_i128 total)
{
	int64_t		sum = 0;
	cx_i128		hsum = 0;
	int			prev = -1;
	uint32_t	i;

	for (i = 0; i < nb; i++)
	{
		int			b;
		int64_t		cnt;
		cx_i128		bsum;
		int64_t		lo;
		int64_t		hi;

		cx_journey_state_bucket(buckets, i, &b, &cnt, &bsum);
		if (b <= prev || b >= CX_JOURNEY_NBUCKETS)
			return "state's dwell histogram buckets are out of order";
		if (cnt <= 0 || cnt > n - sum)
			return "state's dwell histogram does not match its dwell count";
		if (!cx_journey_bucket_bounds(b, &lo, &hi) ||
			bsum < (__int128) lo * cnt || bsum > (__int128) hi * cnt)
			return "state's dwell histogram has a sum outside its bucket";
		sum += cnt;
		hsum += bsum;
		prev = b;
	}
	if (sum != n)
		return "state's dwell histogram does not match its dwell count";
	if (hsum != total)
		return "state's dwell histogram does not match its dwell-time sum";
	return NULL;
}

/*
 * The transitions section at off: every pair valid, in (from, to) order,
 * and each stage's transitions adding up to its dwell count.  reached and
 * dwell_n are the stages' counters, by index.
 */
static const char *
check_pairs(const uint8_t *buf, size_t len, size_t off, const CxJourneyStateHeader *h,
			const int64_t *reached, const int64_t *dwell_n)
{
	uint32_t	npairs;
	uint32_t	i;
	int64_t		from_sum = 0;
	int64_t		prev_from = -1;
	int64_t		prev_to = -1;
	__int128	pair_total = 0;
	__int128	dwell_total = 0;

	if (len - off < 4)
		return "state is truncated";
	npairs = cx_get_u32(buf + off);
	off += 4;
	if ((uint64_t) npairs > (uint64_t) h->nstages * (h->nstages > 0 ? h->nstages - 1 : 0))
		return "state has too many transitions";
	for (i = 0; i < npairs; i++)
	{
		CxJourneyPairAcc a;
		const char *why;

		if (len - off < CX_JS_PAIR_FIXED)
			return "state is truncated";
		if (cx_get_u32(buf + off + 48) > CX_JOURNEY_NBUCKETS)
			return "state has too many histogram buckets";
		if (len - off < CX_JS_PAIR_FIXED + (size_t) cx_get_u32(buf + off + 48) * CX_JS_BUCKET_SIZE)
			return "state is truncated";
		off = cx_journey_state_read_pair(buf, off, &a);
		if (a.from >= h->nstages || a.to >= h->nstages || a.from == a.to)
			return "state has a transition between invalid stages";
		if ((int64_t) a.from < prev_from || ((int64_t) a.from == prev_from && (int64_t) a.to <= prev_to))
			return "state's transitions are out of order";
		if ((int64_t) a.from != prev_from)
		{
			if (prev_from >= 0 && from_sum != dwell_n[prev_from])
				return "state's transitions do not match its dwell counts";
			from_sum = 0;
		}
		if (a.journeys <= 0 || a.transitions < a.journeys || a.loops < 0 || a.loops > a.transitions ||
			a.journeys > reached[a.from] || a.journeys > reached[a.to])
			return "state has inconsistent transition counts";
		if (a.transitions > dwell_n[a.from] - from_sum)
			return "state's transitions do not match its dwell counts";
		from_sum += a.transitions;
		pair_total += a.transitions;
		if (a.dwell_sum < 0)
			return "state has an invalid dwell-time sum";
		why = check_buckets(a.buckets, a.nbuckets, a.transitions, a.dwell_sum);
		if (why != NULL)
			return why;
		prev_from = a.from;
		prev_to = a.to;
	}
	if (prev_from >= 0 && from_sum != dwell_n[prev_from])
		return "state's transitions do not match its dwell counts";
	/* and no stage with dwell times lacks its transitions */
	for (i = 0; i < h->nstages; i++)
		dwell_total += dwell_n[i];
	if (pair_total != dwell_total)
		return "state's transitions do not match its dwell counts";
	if (off != len)
		return "state has trailing bytes";
	return NULL;
}

size_t
cx_journey_state_read_stage(const uint8_t *buf, size_t off, CxJourneyStageAcc *a)
{
	const uint8_t *p = buf + off;
	int			k;

	a->namelen = cx_get_u32(p);
	p += 4;
	a->name = (const char *) p;
	p += a->namelen;
	a->sflags = 0;
	if (state_version(buf) >= 2)
	{
		a->sflags = cx_get_u32(p);
		p += 4;
	}
	a->first_at = (int64_t) cx_get_u64(p);
	p += 8;
	for (k = 0; k < CX_JS_NCOUNTERS; k++, p += 8)
		a->c[k] = (int64_t) cx_get_u64(p);
	a->dwell_sum = (__int128) ((unsigned __int128) cx_get_u64(p) << 64 | cx_get_u64(p + 8));
	p += 16;
	a->nbuckets = cx_get_u32(p);
	p += 4;
	a->buckets = p;
	p += (size_t) a->nbuckets * CX_JS_BUCKET_SIZE;
	return (size_t) (p - buf);
}

void
cx_journey_state_bucket(const uint8_t *buckets, uint32_t i, int *bucket, int64_t *count,
						cx_i128 *sum)
{
	const uint8_t *p = buckets + (size_t) i * CX_JS_BUCKET_SIZE;

	*bucket = (p[0] << 8) | p[1];
	*count = (int64_t) cx_get_u64(p + 2);
	*sum = (__int128) ((unsigned __int128) cx_get_u64(p + 10) << 64 | cx_get_u64(p + 18));
}

const char *
cx_journey_state_check(const uint8_t *buf, size_t len, CxJourneyStateHeader *h)
{
	size_t		off;
	uint32_t	s;
	int64_t		ended_total = 0;
	/* offsets of the names seen so far, for the uniqueness check */
	size_t		name_off[CX_JS_MAX_STAGES];
	uint32_t	name_len[CX_JS_MAX_STAGES];
	int64_t		reached[CX_JS_MAX_STAGES];
	int64_t		dwell_n[CX_JS_MAX_STAGES];

	int			nfinal = 0;

	if (len < CX_JS_HEADER_SIZE)
		return "state is too short";
	if (memcmp(buf, "JFS1", 4) == 0)
		h->version = 1;
	else if (memcmp(buf, "JFS2", 4) == 0)
		h->version = 2;
	else
		return "state does not start with the JFS1 or JFS2 signature";
	h->flags = cx_get_u32(buf + 4);
	h->repeat_window = (int64_t) cx_get_u64(buf + 8);
	h->idle_period = (int64_t) cx_get_u64(buf + 16);
	h->as_of = (int64_t) cx_get_u64(buf + 24);
	h->journeys = (int64_t) cx_get_u64(buf + 32);
	h->nstages = cx_get_u32(buf + 40);
	if (h->flags & ~(uint32_t) (h->version == 1 ? CX_JS_FLAGS_V1 : CX_JS_FLAGS))
		return "state has unknown flags";
	if ((h->flags & CX_JS_FINAL_LAST) && (h->flags & CX_JS_FINAL_SET))
		return "state has two rules for its final stages";
	if (h->repeat_window < 0 || h->idle_period < 0)
		return "state has a negative repeat window or idle period";
	if (h->journeys < 0)
		return "state has a negative journey count";
	if (h->nstages > CX_JS_MAX_STAGES)
		return "state has too many stages";
	if ((h->flags & CX_JS_ORDERED) && h->nstages == 0)
		return "ordered state has no stages";

	off = CX_JS_HEADER_SIZE;
	for (s = 0; s < h->nstages; s++)
	{
		CxJourneyStageAcc a;
		const int64_t *c = a.c;
		uint32_t	namelen;
		uint32_t	nb;
		uint32_t	i;
		uint32_t	j;
		int64_t		sum = 0;
		cx_i128		hsum = 0;
		int			prev = -1;
		int			k;

		if (len - off < 4)
			return "state is truncated";
		namelen = cx_get_u32(buf + off);
		if (namelen == 0 || namelen > CX_JS_MAX_NAME)
			return "state has a stage name of invalid length";
		if (len - off < stage_size_v(h->version, namelen, 0))
			return "state is truncated";
		nb = cx_get_u32(buf + off + stage_size_v(h->version, namelen, 0) - 4);
		if (nb > CX_JOURNEY_NBUCKETS)
			return "state has too many histogram buckets";
		if (len - off < stage_size_v(h->version, namelen, nb))
			return "state is truncated";
		off = cx_journey_state_read_stage(buf, off, &a);
		if (a.sflags & ~(uint32_t) CX_JS_STAGE_FLAGS)
			return "state has unknown stage flags";
		if ((a.sflags & CX_JS_STAGE_FINAL) && !(h->flags & CX_JS_FINAL_SET))
			return "state has a final stage but no final-stage rule";
		nfinal += (a.sflags & CX_JS_STAGE_FINAL) != 0;
		if (memchr(a.name, '\0', a.namelen) != NULL)
			return "state has a stage name containing a zero byte";
		for (j = 0; j < s; j++)
			if (name_len[j] == namelen && memcmp(buf + name_off[j], a.name, namelen) == 0)
				return "state has a stage name twice";
		name_off[s] = (size_t) ((const uint8_t *) a.name - buf);
		name_len[s] = namelen;
		reached[s] = a.c[CX_JS_REACHED];
		dwell_n[s] = a.c[CX_JS_DWELL_N];

		for (k = 0; k < CX_JS_NCOUNTERS; k++)
			if (c[k] < 0)
				return "state has a negative count";
		if (c[CX_JS_REACHED] > h->journeys ||
			c[CX_JS_VISITS] < c[CX_JS_REACHED] ||
			c[CX_JS_EVENTS] < c[CX_JS_VISITS] ||
			c[CX_JS_REPEATS] > c[CX_JS_EVENTS] - c[CX_JS_REACHED] ||
			c[CX_JS_LOOPS] > c[CX_JS_VISITS] ||
			c[CX_JS_CONVERTED] > c[CX_JS_REACHED] ||
			c[CX_JS_ENDED] > c[CX_JS_REACHED] ||
			c[CX_JS_ENDED_IDLE] > c[CX_JS_ENDED] ||
			c[CX_JS_CH_EVENTS] > c[CX_JS_EVENTS] ||
			c[CX_JS_CH_SWITCHES] > c[CX_JS_CH_EVENTS] ||
			c[CX_JS_CH_SWITCHES] > c[CX_JS_EVENTS] - c[CX_JS_VISITS] ||
			c[CX_JS_OUT_EVENTS] > c[CX_JS_EVENTS] ||
			c[CX_JS_FAILED] > c[CX_JS_OUT_EVENTS] ||
			c[CX_JS_DWELL_N] > c[CX_JS_VISITS])
			return "state has inconsistent stage counts";
		if ((c[CX_JS_REACHED] == 0) != (c[CX_JS_EVENTS] == 0) ||
			(c[CX_JS_REACHED] == 0) != (a.first_at == CX_JS_NO_TIME))
			return "state has inconsistent stage counts";
		if (!(h->flags & CX_JS_CHANNEL) && c[CX_JS_CH_EVENTS] != 0)
			return "state has channel counts but was built without channels";
		if (!(h->flags & CX_JS_OUTCOME) && c[CX_JS_OUT_EVENTS] != 0)
			return "state has outcome counts but was built without outcomes";
		if (a.dwell_sum < 0 || (c[CX_JS_DWELL_N] == 0 && a.dwell_sum != 0))
			return "state has an invalid dwell-time sum";
		if (a.nbuckets > 0 && c[CX_JS_DWELL_N] == 0)
			return "state's dwell histogram does not match its dwell count";
		for (i = 0; i < a.nbuckets; i++)
		{
			int			b;
			int64_t		cnt;
			cx_i128		bsum;
			int64_t		lo;
			int64_t		hi;

			cx_journey_state_bucket(a.buckets, i, &b, &cnt, &bsum);
			if (b <= prev || b >= CX_JOURNEY_NBUCKETS)
				return "state's dwell histogram buckets are out of order";
			if (cnt <= 0 || cnt > c[CX_JS_DWELL_N] - sum)
				return "state's dwell histogram does not match its dwell count";
			if (!cx_journey_bucket_bounds(b, &lo, &hi) ||
				bsum < (__int128) lo * cnt || bsum > (__int128) hi * cnt)
				return "state's dwell histogram has a sum outside its bucket";
			sum += cnt;
			hsum += bsum;
			prev = b;
		}
		if (sum != c[CX_JS_DWELL_N])
			return "state's dwell histogram does not match its dwell count";
		if (hsum != a.dwell_sum)
			return "state's dwell histogram does not match its dwell-time sum";
		if (c[CX_JS_ENDED] > h->journeys - ended_total)
			return "state has more journey ends than journeys";
		ended_total += c[CX_JS_ENDED];
	}
	if (ended_total != h->journeys)
		return "state's journey count does not match its journey ends";
	if ((h->flags & CX_JS_FINAL_SET) && nfinal == 0)
		return "state has a final-stage rule but no final stage";
	if (h->flags & CX_JS_TRANSITIONS)
	{
		const char *why = check_pairs(buf, len, off, h, reached, dwell_n);

		if (why != NULL)
			return why;
		off = len;
	}
	/* 1.1 took the last stage listed as the final one: keep that meaning */
	if (h->version == 1)
		h->flags |= CX_JS_FINAL_LAST;
	if (off != len)
		return "state has trailing bytes";
	return NULL;
}
