/*-------------------------------------------------------------------------
 *
 * journey.c
 *	  Journey-stage friction: the per-journey analysis (plain C).
 *
 * Definitions (the README's "Journey friction" section is the user-facing
 * version of this comment).  A journey's events are ordered by time; ties
 * are broken by the stage's tie rank (its position in the stage order, or
 * its name), then the channel's tie rank (no channel first), then the
 * outcome (unknown, ok, failed), so the result never depends on the order
 * in which rows arrive.
 *
 *	visit		a maximal run of consecutive events in one stage
 *	repeat		an event less than or exactly repeat_window after the
 *				journey's previous event in the same stage (inside the same
 *				visit or after coming back)
 *	loop		a visit begun when the journey had already had an event in a
 *				stage of higher rank
 *	dwell		for each visit followed by a visit to another stage: time
 *				from the visit's first event to the next visit's first event
 *	converted	the stage was reached and, after its first event, an event
 *				of higher rank followed
 *	ended_idle	the journey's last event is in the stage and as_of minus its
 *				time is more than idle_period
 *	channel switch	inside a visit, an event whose channel differs from the
 *				previous event with a channel in that visit
 *
 * The rank of a stage is its position in the stage order ("ordered" mode)
 * or, without one, the position of its first event within the journey.
 *
 *-------------------------------------------------------------------------
 */
#include "journey.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int
event_cmp(const void *a, const void *b)
{
	const CxJourneyEvent *x = a;
	const CxJourneyEvent *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	if (x->tie != y->tie)
		return x->tie < y->tie ? -1 : 1;
	return 0;
}

int32_t
cx_journey_analyze(CxJourneyEvent *ev, size_t n, const CxJourneyParams *p,
				   CxJourneyStageResult *out, int64_t *scratch,
				   CxJourneyDwellFn dwell_fn, void *dwell_arg)
{
	int32_t		ns = p->nstages;
	int64_t    *last_at = scratch;	/* previous event time in the stage */
	int64_t    *rank = scratch + ns;	/* stage rank; -1 = not seen */
	int64_t    *first_idx = scratch + 2 * (size_t) ns;
	int64_t    *seen = scratch + 3 * (size_t) ns;
	int64_t		max_rank = -1;
	int64_t		next_rank = 0;
	int32_t		run_stage = -1;
	int64_t		run_start = 0;
	int32_t		run_channel = -1;
	size_t		i;

	memset(out, 0, sizeof(CxJourneyStageResult) * (size_t) ns);
	if (n == 0)
		return -1;

	for (i = 0; i < n; i++)
	{
		uint64_t	st = p->stage_tie ? p->stage_tie[ev[i].stage] : (uint64_t) ev[i].stage;
		uint64_t	ct = ev[i].channel < 0 ? 0 :
			1 + (p->channel_tie ? p->channel_tie[ev[i].channel] : (uint64_t) ev[i].channel);

		ev[i].tie = (st << 32) | ((ct & 0x3fffffff) << 2) | (uint64_t) (ev[i].failed + 1);
	}
	if (n > 1)
		qsort(ev, n, sizeof(CxJourneyEvent), event_cmp);

	for (i = 0; i < (size_t) ns; i++)
	{
		seen[i] = 0;
		rank[i] = p->ordered ? (int64_t) i : -1;
	}

	for (i = 0; i < n; i++)
	{
		int32_t		s = ev[i].stage;
		CxJourneyStageResult *o = &out[s];

		if (!seen[s])
		{
			seen[s] = 1;
			first_idx[s] = (int64_t) i;
			o->reached = true;
			o->first_at = ev[i].at;
			if (!p->ordered)
				rank[s] = next_rank++;
		}
		else if (ev[i].at - last_at[s] <= p->repeat_window)
			o->repeats++;
		last_at[s] = ev[i].at;
		o->events++;

		if (s != run_stage)
		{
			/* a new visit */
			if (run_stage >= 0)
			{
				int64_t		d = ev[i].at - run_start;

				out[run_stage].dwell_n++;
				out[run_stage].dwell_sum += d;
				if (dwell_fn)
					dwell_fn(dwell_arg, run_stage, s, d,
							 rank[s] >= 0 && rank[s] < rank[run_stage]);
			}
			o->visits++;
			if (max_rank > rank[s])
				o->loops++;
			run_stage = s;
			run_start = ev[i].at;
			run_channel = -1;
		}
		if (ev[i].channel >= 0)
		{
			o->channel_events++;
			if (run_channel >= 0 && ev[i].channel != run_channel)
				o->channel_switches++;
			run_channel = ev[i].channel;
		}
		if (ev[i].failed >= 0)
		{
			o->outcome_events++;
			if (ev[i].failed > 0)
				o->failed++;
		}
		if (rank[s] > max_rank)
			max_rank = rank[s];
	}

	/* converted: an event of higher rank after the stage's first event */
	{
		int64_t		suffix_max = -1;

		for (i = n; i-- > 0;)
		{
			int32_t		s = ev[i].stage;

			if (first_idx[s] == (int64_t) i)
				out[s].converted = suffix_max > rank[s];
			if (rank[s] > suffix_max)
				suffix_max = rank[s];
		}
	}

	out[ev[n - 1].stage].ended = true;
	/* as_of - at > idle_period, written so that it cannot overflow */
	if (ev[n - 1].at < p->as_of &&
		(uint64_t) p->as_of - (uint64_t) ev[n - 1].at > (uint64_t) p->idle_period)
		out[ev[n - 1].stage].ended_idle = true;
	return ev[n - 1].stage;
}

static int
point_cmp(const void *a, const void *b)
{
	const CxJourneyPoint *x = a;
	const CxJourneyPoint *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	if (x->stage != y->stage)
		return x->stage < y->stage ? -1 : 1;
	return 0;
}

int
cx_journey_repeats_loops(CxJourneyPoint *ev, size_t n, int64_t window_us,
						 CxJourneyRepeatsLoops *out)
{
	int64_t		stack_last[64];
	int64_t    *last;
	int32_t		max_stage = -1;
	int32_t		run_stage = -1;
	size_t		i;

	memset(out, 0, sizeof(*out));
	if (window_us < 0 || n > (size_t) INT32_MAX)
		return -1;
	for (i = 0; i < n; i++)
	{
		if (ev[i].stage < 0)
			return -1;
		if (ev[i].stage > max_stage)
			max_stage = ev[i].stage;
	}
	if (n == 0)
		return 0;
	if (max_stage < 64)
		last = stack_last;
	else if ((last = malloc(sizeof(int64_t) * ((size_t) max_stage + 1))) == NULL)
		return -1;
	/* INT64_MIN marks "no event yet in this stage" */
	for (i = 0; i <= (size_t) max_stage; i++)
		last[i] = INT64_MIN;
	qsort(ev, n, sizeof(CxJourneyPoint), point_cmp);

	max_stage = -1;
	for (i = 0; i < n; i++)
	{
		int32_t		s = ev[i].stage;

		out->events++;
		if (last[s] != INT64_MIN && (uint64_t) ev[i].at - (uint64_t) last[s] <= (uint64_t) window_us)
			out->repeats++;
		last[s] = ev[i].at;
		if (s != run_stage)
		{
			out->visits++;
			if (max_stage > s)
				out->loops++;
			run_stage = s;
		}
		if (s > max_stage)
			max_stage = s;
	}
	if (last != stack_last)
		free(last);
	return 0;
}

int
cx_journey_bucket(int64_t v)
{
	int			e;
	uint64_t	u;
	uint64_t	sub;

	if (v <= 0)
		return 0;
	u = (uint64_t) v;
	e = 63 - __builtin_clzll(u);
	if (e >= 6)
		sub = (u >> (e - 6)) & 63;
	else
		sub = (u << (6 - e)) & 63;
	return 1 + e * 64 + (int) sub;
}

bool
cx_journey_bucket_bounds(int bucket, int64_t *lo, int64_t *hi)
{
	int			e;
	int			sub;

	if (bucket < 0 || bucket >= CX_JOURNEY_NBUCKETS)
		return false;
	if (bucket == 0)
	{
		*lo = *hi = 0;
		return true;
	}
	e = (bucket - 1) / 64;
	sub = (bucket - 1) % 64;
	if (e >= 6)
	{
		*lo = (int64_t) ((uint64_t) (64 + sub) << (e - 6));
		*hi = *lo + (int64_t) ((UINT64_C(1) << (e - 6)) - 1);
		return true;
	}
	/* below 64 a bucket holds one value, or none */
	if ((64 + sub) % (1 << (6 - e)) != 0)
		return false;
	*lo = *hi = (64 + sub) >> (6 - e);
	return true;
}

double
cx_journey_hist_median(const CxJourneyHist *h, int64_t n)
{
	int64_t		lo_rank;
	int64_t		hi_rank;
	int64_t		cum = 0;
	double		lo_val = NAN;
	double		hi_val = NAN;
	int			b;

	if (n <= 0)
		return NAN;
	lo_rank = (n - 1) / 2;
	hi_rank = n / 2;
	for (b = 0; b < CX_JOURNEY_NBUCKETS; b++)
	{
		double		mean;

		if (h->count[b] <= 0)
			continue;
		mean = (double) h->sum[b] / (double) h->count[b];
		if (isnan(lo_val) && cum + h->count[b] > lo_rank)
			lo_val = mean;
		if (cum + h->count[b] > hi_rank)
		{
			hi_val = mean;
			break;
		}
		cum += h->count[b];
	}
	return (lo_val + hi_val) / 2.0;
}

bool
cx_journey_sparse_add(CxJourneyBucket *b, uint32_t *k, int32_t bucket, int64_t count, cx_i128 sum)
{
	uint32_t	lo = 0;
	uint32_t	hi = *k;

	/* binary search: the first entry with bucket >= the one sought */
	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (b[mid].bucket < bucket)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < *k && b[lo].bucket == bucket)
	{
		int64_t		c = b[lo].count;
		cx_i128		s = b[lo].sum;

		if (!cx_journey_add_i64(&c, count) || !cx_journey_add_i128(&s, sum))
			return false;
		b[lo].count = c;
		b[lo].sum = s;
		return true;
	}
	memmove(&b[lo + 1], &b[lo], sizeof(CxJourneyBucket) * (*k - lo));
	b[lo].bucket = bucket;
	b[lo].count = count;
	b[lo].sum = sum;
	(*k)++;
	return true;
}

double
cx_journey_sparse_median(const CxJourneyBucket *b, uint32_t k, int64_t n)
{
	int64_t		lo_rank;
	int64_t		hi_rank;
	int64_t		cum = 0;
	double		lo_val = NAN;
	double		hi_val = NAN;
	uint32_t	i;

	if (n <= 0)
		return NAN;
	lo_rank = (n - 1) / 2;
	hi_rank = n / 2;
	for (i = 0; i < k; i++)
	{
		double		mean;

		if (b[i].count <= 0)
			continue;
		mean = (double) b[i].sum / (double) b[i].count;
		if (isnan(lo_val) && cum + b[i].count > lo_rank)
			lo_val = mean;
		if (cum + b[i].count > hi_rank)
		{
			hi_val = mean;
			break;
		}
		cum += b[i].count;
	}
	return (lo_val + hi_val) / 2.0;
}

double
cx_journey_index(const double *c, const double *w)
{
	double		num = 0.0;
	double		den = 0.0;
	int			k;

	for (k = 0; k < CX_JF_NCOMPONENTS; k++)
	{
		if (isnan(c[k]) || w[k] <= 0.0)
			continue;
		num += w[k] * c[k];
		den += w[k];
	}
	if (den <= 0.0)
		return NAN;
	return 100.0 * num / den;
}

double
cx_journey_dwell_component(double median_us, double reference_us)
{
	if (isnan(median_us))
		return NAN;
	if (median_us <= 0.0)
		return 0.0;
	return median_us / (median_us + reference_us);
}
