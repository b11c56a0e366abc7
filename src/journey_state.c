/*-------------------------------------------------------------------------
 *
 * journey_state.c
 *	  journey_friction_state: the summary a state holds (per-stage totals,
 *	  stage names), its validating text and binary I/O, and
 *	  journey_friction_merge(state), which adds up stored states (parallel
 *	  safe: combine/serial/deserial).
 *
 *-------------------------------------------------------------------------
 */
#include "journey_internal.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"

/* ---- string interning: name <-> small integer ------------------------------ */

int
jf_dict_lookup(JfDict *d, const char *s, int len)
{
	uint32		h;
	int			i;

	if (d->nslot == 0)
		return -1;
	h = hash_bytes((const unsigned char *) s, len);
	for (i = h & (d->nslot - 1);; i = (i + 1) & (d->nslot - 1))
	{
		int			id = d->slot[i];

		if (id < 0)
			return -1;
		if (d->len[id] == len && memcmp(d->str[id], s, len) == 0)
			return id;
	}
}

static void
jf_dict_place(JfDict *d, int id)
{
	uint32		h = hash_bytes((const unsigned char *) d->str[id], d->len[id]);
	int			i;

	for (i = h & (d->nslot - 1); d->slot[i] >= 0; i = (i + 1) & (d->nslot - 1))
		;
	d->slot[i] = id;
}

/* add a name known to be absent; memory is charged to *mem */
int
jf_dict_insert(JfDict *d, const char *s, int len, Size *mem)
{
	int			id = d->n;
	int			i;

	if (d->n == d->cap)
	{
		int			cap = d->cap ? d->cap * 2 : 16;

		d->str = d->str ? repalloc(d->str, sizeof(char *) * cap) : palloc(sizeof(char *) * cap);
		d->len = d->len ? repalloc(d->len, sizeof(int) * cap) : palloc(sizeof(int) * cap);
		*mem += (sizeof(char *) + sizeof(int)) * (cap - d->cap);
		d->cap = cap;
	}
	d->str[id] = palloc(len + 1);
	memcpy(d->str[id], s, len);
	d->str[id][len] = '\0';
	d->len[id] = len;
	d->n++;
	*mem += len + 1;
	if (d->n * 2 > d->nslot)
	{
		int			nslot = d->nslot ? d->nslot * 2 : 32;

		if (d->slot)
			pfree(d->slot);
		d->slot = palloc(sizeof(int) * nslot);
		*mem += sizeof(int) * (nslot - d->nslot);
		d->nslot = nslot;
		for (i = 0; i < nslot; i++)
			d->slot[i] = -1;
		for (i = 0; i < d->n; i++)
			jf_dict_place(d, i);
	}
	else
		jf_dict_place(d, id);
	return id;
}

int
jf_name_cmp(const char *a, int alen, const char *b, int blen)
{
	int			c = memcmp(a, b, Min(alen, blen));

	if (c != 0)
		return c;
	return alen < blen ? -1 : (alen > blen ? 1 : 0);
}

/* ---- the summary: per-stage totals (what a state holds) -------------------- */


int
jf_summary_add_stage(JfSummary *s, const char *name, int len)
{
	int			id;

	if (s->names.n >= CX_JS_MAX_STAGES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("journey friction supports at most %d stages", CX_JS_MAX_STAGES),
				 errdetail("Stage \"%s\" would be stage number %d.", cx_errtrunc_len(name, len), CX_JS_MAX_STAGES + 1)));
	id = jf_dict_insert(&s->names, name, len, &s->mem);
	if (id >= s->acccap)
	{
		int			cap = s->acccap ? s->acccap * 2 : 8;

		s->acc = s->acc ? repalloc(s->acc, sizeof(JfAcc) * cap) : palloc(sizeof(JfAcc) * cap);
		s->mem += sizeof(JfAcc) * (cap - s->acccap);
		s->acccap = cap;
	}
	memset(&s->acc[id], 0, sizeof(JfAcc));
	s->acc[id].first_at = CX_JS_NO_TIME;
	return id;
}

CxJourneyHist *
jf_hist(JfSummary *s, int id)
{
	if (s->acc[id].hist == NULL)
	{
		s->mem += sizeof(CxJourneyHist);
		jf_check_mem(s->mem, "Dwell-time histograms");
		s->acc[id].hist = palloc0(sizeof(CxJourneyHist));
	}
	return s->acc[id].hist;
}

static inline uint32
jf_pair_hash(int from, int to)
{
	return hash_bytes_uint32(((uint32) from << 16) ^ (uint32) to ^ ((uint32) from >> 16));
}

/* the transitions from -> to, created empty when new */
JfPair *
jf_pair(JfSummary *s, int from, int to)
{
	int			i;
	JfPair	   *pr;

	if (s->npairslot > 0)
		for (i = jf_pair_hash(from, to) & (s->npairslot - 1);; i = (i + 1) & (s->npairslot - 1))
		{
			int			id = s->pairslot[i];

			if (id < 0)
				break;
			if (s->pairs[id].from == from && s->pairs[id].to == to)
				return &s->pairs[id];
		}
	if (s->npairs == s->paircap)
	{
		int			cap = s->paircap ? s->paircap * 2 : 16;

		s->pairs = s->pairs ? repalloc(s->pairs, sizeof(JfPair) * cap) : palloc(sizeof(JfPair) * cap);
		s->mem += sizeof(JfPair) * (cap - s->paircap);
		s->paircap = cap;
	}
	if ((s->npairs + 1) * 2 > s->npairslot)
	{
		int			nslot = s->npairslot ? s->npairslot * 2 : 32;

		if (s->pairslot)
			pfree(s->pairslot);
		s->pairslot = palloc(sizeof(int) * nslot);
		s->mem += sizeof(int) * (nslot - s->npairslot);
		s->npairslot = nslot;
		for (i = 0; i < nslot; i++)
			s->pairslot[i] = -1;
		for (i = 0; i < s->npairs; i++)
		{
			int			j;

			for (j = jf_pair_hash(s->pairs[i].from, s->pairs[i].to) & (nslot - 1);
				 s->pairslot[j] >= 0; j = (j + 1) & (nslot - 1))
				;
			s->pairslot[j] = i;
		}
	}
	for (i = jf_pair_hash(from, to) & (s->npairslot - 1); s->pairslot[i] >= 0; i = (i + 1) & (s->npairslot - 1))
		;
	s->pairslot[i] = s->npairs;
	pr = &s->pairs[s->npairs++];
	memset(pr, 0, sizeof(JfPair));
	pr->from = from;
	pr->to = to;
	pr->last_journey = -1;
	jf_check_mem(s->mem, "The transitions between stages");
	return pr;
}

/* add count dwell times summing to sum, all in one bucket (checked) */
void
jf_pair_dwell(JfSummary *s, JfPair *pr, int bucket, int64 count, int128 sum)
{
	if (pr->nb == pr->cap)
	{
		uint32		cap = pr->cap ? Min(pr->cap * 2, CX_JOURNEY_NBUCKETS) : 4;

		pr->b = pr->b ? repalloc(pr->b, sizeof(CxJourneyBucket) * cap) : palloc(sizeof(CxJourneyBucket) * cap);
		s->mem += sizeof(CxJourneyBucket) * (cap - pr->cap);
		pr->cap = cap;
		jf_check_mem(s->mem, "The transitions' dwell times");
	}
	if (!cx_journey_sparse_add(pr->b, &pr->nb, bucket, count, sum))
		jf_overflow(s->names.str[pr->from], s->names.len[pr->from], CX_JS_NCOUNTERS);
}

/*
 * A sum of states that does not fit: numeric_value_out_of_range, never a
 * wrapped count (which would be a wrong answer, or a state that its own
 * input function rejects, so that a dump does not restore).  stage is NULL
 * for the journey count; counter is an index of the counters, or
 * CX_JS_NCOUNTERS for the dwell-time sum.
 */
pg_noinline void
jf_overflow(const char *stage, int stagelen, int counter)
{
	if (stage == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("journey_friction_state journey count out of range"),
				 errdetail("The total number of journeys would exceed the largest bigint, 9223372036854775807."),
				 errhint("Merge fewer states at once, for example per period or segment.")));
	if (counter == CX_JS_NCOUNTERS)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("journey_friction_state dwell-time sum out of range"),
				 errdetail("The sum of dwell times of stage \"%s\" would exceed the largest 128-bit integer.",
						   cx_errtrunc_len(stage, stagelen)),
				 errhint("Merge fewer states at once, for example per period or segment.")));
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("journey_friction_state count out of range"),
			 errdetail("The %s of stage \"%s\" would exceed the largest bigint, 9223372036854775807.",
					   cx_journey_counter_name(counter), cx_errtrunc_len(stage, stagelen)),
			 errhint("Merge fewer states at once, for example per period or segment.")));
}

/* dst += src, every sum checked (see jf_overflow) */
static inline void
jf_acc_add(JfSummary *s, int id, const JfAcc *src)
{
	JfAcc	   *dst = &s->acc[id];
	int			bad = cx_journey_counters_add(dst->c, &dst->dwell_sum, src->c, src->dwell_sum);

	if (unlikely(bad >= 0))
		jf_overflow(s->names.str[id], s->names.len[id], bad);
	if (src->first_at < dst->first_at)
		dst->first_at = src->first_at;
}

/* order in which a summary's stages are listed: the given order, or first seen */
int *
jf_summary_order(JfSummary *s)
{
	int		   *ord = palloc(sizeof(int) * Max(s->names.n, 1));
	int			i;
	int			j;

	for (i = 0; i < s->names.n; i++)
		ord[i] = i;
	if (s->flags & CX_JS_ORDERED)
		return ord;
	/* insertion sort by (first_at, name): at most CX_JS_MAX_STAGES stages */
	for (i = 1; i < s->names.n; i++)
	{
		int			x = ord[i];

		for (j = i; j > 0; j--)
		{
			int			y = ord[j - 1];

			if (s->acc[y].first_at < s->acc[x].first_at ||
				(s->acc[y].first_at == s->acc[x].first_at &&
				 jf_name_cmp(s->names.str[y], s->names.len[y], s->names.str[x], s->names.len[x]) <= 0))
				break;
			ord[j] = y;
		}
		ord[j] = x;
	}
	return ord;
}

/* pairs sorted for writing: by the listed positions (arg) of from, then to */
static int
jf_pair_cmp(const void *a, const void *b, void *arg)
{
	const JfPair *x = *(JfPair *const *) a;
	const JfPair *y = *(JfPair *const *) b;
	const int  *pos = arg;

	if (pos[x->from] != pos[y->from])
		return pos[x->from] - pos[y->from];
	return pos[x->to] - pos[y->to];
}

bytea *
jf_summary_serialize(JfSummary *s)
{
	int		   *ord = jf_summary_order(s);
	int		   *pos = palloc(sizeof(int) * Max(s->names.n, 1));
	JfPair	  **sorted = NULL;
	bool		trans = (s->flags & CX_JS_TRANSITIONS) != 0;
	CxJourneyStateHeader h;
	Size		size = CX_JS_HEADER_SIZE;
	bytea	   *out;
	uint8	   *p;
	int			i;

	for (i = 0; i < s->names.n; i++)
	{
		size += cx_journey_state_stage_size(s->names.len[i], cx_journey_hist_nonzero(s->acc[i].hist));
		pos[ord[i]] = i;
	}
	if (trans)
	{
		size += 4;
		sorted = palloc(sizeof(JfPair *) * Max(s->npairs, 1));
		for (i = 0; i < s->npairs; i++)
		{
			sorted[i] = &s->pairs[i];
			size += CX_JS_PAIR_FIXED + (Size) s->pairs[i].nb * CX_JS_BUCKET_SIZE;
		}
		qsort_arg(sorted, s->npairs, sizeof(JfPair *), jf_pair_cmp, pos);
	}
	out = palloc(VARHDRSZ + size);
	SET_VARSIZE(out, VARHDRSZ + size);
	p = (uint8 *) VARDATA(out);
	h.flags = s->flags;
	h.repeat_window = s->repeat_window;
	h.idle_period = s->idle_period;
	h.as_of = s->as_of;
	h.journeys = s->journeys;
	h.nstages = s->names.n;
	p += cx_journey_state_write_header(p, &h);
	for (i = 0; i < s->names.n; i++)
	{
		int			id = ord[i];
		CxJourneyStageAcc a;

		a.name = s->names.str[id];
		a.namelen = s->names.len[id];
		a.sflags = s->acc[id].final ? CX_JS_STAGE_FINAL : 0;
		a.first_at = s->acc[id].first_at;
		memcpy(a.c, s->acc[id].c, sizeof(a.c));
		a.dwell_sum = s->acc[id].dwell_sum;
		p += cx_journey_state_write_stage(p, &a, s->acc[id].hist);
	}
	if (trans)
	{
		p += cx_journey_state_write_u32(p, (uint32) s->npairs);
		for (i = 0; i < s->npairs; i++)
		{
			JfPair	   *pr = sorted[i];
			CxJourneyPairAcc a;

			a.from = pos[pr->from];
			a.to = pos[pr->to];
			a.journeys = pr->journeys;
			a.transitions = pr->transitions;
			a.loops = pr->loops;
			a.dwell_sum = pr->dwell_sum;
			p += cx_journey_state_write_pair(p, &a, pr->b, pr->nb);
		}
		pfree(sorted);
	}
	Assert((Size) (p - (uint8 *) VARDATA(out)) == size);
	pfree(ord);
	pfree(pos);
	return out;
}

/* validate a state's bytes; errors name what is wrong */
void
jf_state_check(const uint8 *buf, Size len, CxJourneyStateHeader *h)
{
	const char *why = cx_journey_state_check(buf, len, h);
	size_t		off = CX_JS_HEADER_SIZE;
	uint32		i;

	if (why != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid journey_friction_state"),
				 errdetail("The %s.", why),
				 errhint("Build states with journey_friction() or journey_friction_merge(); do not edit them.")));
	for (i = 0; i < h->nstages; i++)
	{
		CxJourneyStageAcc a;

		off = cx_journey_state_read_stage(buf, off, &a);
		if (!pg_verifymbstr(a.name, a.namelen, true))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid journey_friction_state"),
					 errdetail("A stage name is not valid in the database encoding.")));
	}
}

/* add a checked state's transitions (at off); ids: stage index -> id */
static void
jf_add_pairs(JfSummary *s, const uint8 *buf, size_t off, const int *ids)
{
	uint32		npairs = cx_journey_state_read_u32(buf + off);
	uint32		i;

	off += 4;
	for (i = 0; i < npairs; i++)
	{
		CxJourneyPairAcc a;
		JfPair	   *pr;
		uint32		b;

		off = cx_journey_state_read_pair(buf, off, &a);
		pr = jf_pair(s, ids[a.from], ids[a.to]);
		if (!cx_journey_add_i64(&pr->journeys, a.journeys) ||
			!cx_journey_add_i64(&pr->transitions, a.transitions) ||
			!cx_journey_add_i64(&pr->loops, a.loops))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("journey_friction_state transition count out of range"),
					 errdetail("A count of the transitions from \"%s\" to \"%s\" would exceed the largest bigint, 9223372036854775807.",
							   cx_errtrunc_len(s->names.str[pr->from], s->names.len[pr->from]),
							   cx_errtrunc_len(s->names.str[pr->to], s->names.len[pr->to])),
					 errhint("Merge fewer states at once, for example per period or segment.")));
		if (!cx_journey_add_i128(&pr->dwell_sum, a.dwell_sum))
			jf_overflow(s->names.str[pr->from], s->names.len[pr->from], CX_JS_NCOUNTERS);
		for (b = 0; b < a.nbuckets; b++)
		{
			int			bucket;
			int64		count;
			cx_i128		bsum;

			cx_journey_state_bucket(a.buckets, b, &bucket, &count, &bsum);
			jf_pair_dwell(s, pr, bucket, count, bsum);
		}
	}
}

static pg_noinline void
jf_final_mismatch(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cannot merge journey friction states with different final stages"),
			 errdetail("The states were built with different journey_config(final_stages => ...), or one by version 1.1 without a stage order (its final stage is the last one seen)."),
			 errhint("Build all the states with the same journey_config().")));
}

/*
 * Add a (checked) state's bytes into a summary.  An empty summary takes the
 * state's settings; otherwise they must agree.
 */
void
jf_summary_add_bytes(JfSummary *s, const uint8 *buf, Size len)
{
	CxJourneyStateHeader h;
	size_t		off = CX_JS_HEADER_SIZE;
	uint32		i;
	bool		fresh = (s->repeat_window < 0);	/* see jf_summary_init */
	int			nfinal = 0;
	bool		is_final;
	int		   *ids;

	jf_state_check(buf, len, &h);

	/*
	 * A 1.1 state with a stage order took its last stage as the final one:
	 * the same as a stage order without final_stages now, so written the
	 * same way, and the two merge.
	 */
	if ((h.flags & CX_JS_ORDERED) && (h.flags & CX_JS_FINAL_LAST))
		h.flags = (h.flags & ~CX_JS_FINAL_LAST) | CX_JS_FINAL_SET;
	if (fresh)
	{
		s->flags = h.flags;
		s->repeat_window = h.repeat_window;
		s->idle_period = h.idle_period;
		s->as_of = h.as_of;
	}
	else
	{
		if ((s->flags & CX_JS_ORDERED) != (h.flags & CX_JS_ORDERED))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot merge journey friction states built with and without a stage order")));
		if (s->repeat_window != h.repeat_window || s->idle_period != h.idle_period)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot merge journey friction states built with different settings"),
					 errdetail("Repeat windows %lld and %lld us, idle periods %lld and %lld us.",
							   (long long) s->repeat_window, (long long) h.repeat_window,
							   (long long) s->idle_period, (long long) h.idle_period),
					 errhint("Build all the states with the same journey_config().")));
		if ((s->flags & CX_JS_ORDERED) && (uint32) s->names.n != h.nstages)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot merge journey friction states with different stage orders")));
		if ((s->flags & (CX_JS_FINAL_SET | CX_JS_FINAL_LAST)) != (h.flags & (CX_JS_FINAL_SET | CX_JS_FINAL_LAST)))
			jf_final_mismatch();
		/* transitions are known only when every state added knows them */
		if (!(h.flags & CX_JS_TRANSITIONS))
		{
			s->npairs = 0;
			if (s->pairslot)
				memset(s->pairslot, 0xff, sizeof(int) * s->npairslot);
		}
		s->flags |= h.flags & ~CX_JS_TRANSITIONS;
		s->flags &= h.flags | ~CX_JS_TRANSITIONS;
		if (h.as_of > s->as_of)
			s->as_of = h.as_of;
	}
	if (!cx_journey_add_i64(&s->journeys, h.journeys))
		jf_overflow(NULL, 0, 0);
	ids = palloc(sizeof(int) * Max(h.nstages, 1));
	for (i = 0; i < h.nstages; i++)
	{
		CxJourneyStageAcc a;
		JfAcc		add;
		int			id;
		uint32		b;

		off = cx_journey_state_read_stage(buf, off, &a);
		id = jf_dict_lookup(&s->names, a.name, a.namelen);
		if (s->flags & CX_JS_ORDERED && !fresh && id != (int) i)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot merge journey friction states with different stage orders"),
					 errdetail("Stage %u is \"%s\" in one state but \"%s\" in the other.",
							   i + 1, cx_errtrunc_len(a.name, (int) a.namelen),
							   (int) i < s->names.n ? cx_errtrunc_len(s->names.str[i], s->names.len[i]) : "(none)")));
		ids[i] = -1;
		is_final = (a.sflags & CX_JS_STAGE_FINAL) != 0 ||
			((h.flags & CX_JS_FINAL_SET) && h.version == 1 && i == h.nstages - 1);
		nfinal += is_final;
		if (id < 0)
		{
			/* every state with final stages lists them all (see jf_configure) */
			if (is_final && !fresh)
				jf_final_mismatch();
			id = jf_summary_add_stage(s, a.name, a.namelen);
			s->acc[id].final = is_final;
		}
		else if (s->acc[id].final != is_final)
			jf_final_mismatch();
		ids[i] = id;
		add.first_at = a.first_at;
		memcpy(add.c, a.c, sizeof(add.c));
		add.dwell_sum = a.dwell_sum;
		jf_acc_add(s, id, &add);
		for (b = 0; b < a.nbuckets; b++)
		{
			CxJourneyHist *hist = jf_hist(s, id);
			int			bucket;
			int64		count;
			cx_i128		bsum;

			/* (cannot fail once the dwell count added up: checked all the same) */
			cx_journey_state_bucket(a.buckets, b, &bucket, &count, &bsum);
			if (!cx_journey_add_i64(&hist->count[bucket], count))
				jf_overflow(a.name, a.namelen, CX_JS_DWELL_N);
			if (!cx_journey_add_i128(&hist->sum[bucket], bsum))
				jf_overflow(a.name, a.namelen, CX_JS_NCOUNTERS);
		}
	}
	if (s->flags & CX_JS_TRANSITIONS)
		jf_add_pairs(s, buf, off, ids);
	pfree(ids);
	if (!fresh)
	{
		int			dst_final = 0;

		for (i = 0; i < (uint32) s->names.n; i++)
			dst_final += s->acc[i].final;
		if (dst_final != nfinal)
			jf_final_mismatch();
	}
	jf_check_mem(s->mem, "Merging states");
}

/*
 * Are the final stages of a summary known?  With none known (no stage order
 * and no final_stages), drop-off is undefined.
 */
bool
jf_final_known(const JfSummary *s)
{
	return (s->flags & (CX_JS_FINAL_SET | CX_JS_FINAL_LAST)) != 0;
}

/* is stage id final?  listed_last: it is the last stage listed */
bool
jf_is_final(const JfSummary *s, int id, bool listed_last)
{
	if (s->flags & CX_JS_FINAL_SET)
		return s->acc[id].final;
	if (s->flags & CX_JS_FINAL_LAST)
		return listed_last;
	return false;
}

void
jf_summary_init(JfSummary *s)
{
	memset(s, 0, sizeof(*s));
	s->repeat_window = -1;		/* marks "no settings yet" */
}

void
jf_summary_merge(JfSummary *dst, JfSummary *src)
{
	bytea	   *b = jf_summary_serialize(src);

	jf_summary_add_bytes(dst, (uint8 *) VARDATA(b), VARSIZE(b) - VARHDRSZ);
	pfree(b);
}

/* ---- journey_friction_state: the type ---------------------------------------- */

static inline int
jf_hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * The text form of the journey states (journey_friction_state and
 * journey_moments_state): their bytes in hexadecimal.  Reading gives the
 * bytes only; the caller checks them as a state of its type.
 */
bytea *
jf_hex_in(const char *str, const char *typname, const char *aggname)
{
	size_t		slen = strlen(str);
	bytea	   *out;
	size_t		i;

	if (slen % 2 != 0 || slen == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s", typname),
				 errdetail("A state is written as an even number of hexadecimal digits."),
				 errhint("Build states with %s() or %s_merge().", aggname, aggname)));
	out = palloc(VARHDRSZ + slen / 2);
	SET_VARSIZE(out, VARHDRSZ + slen / 2);
	for (i = 0; i < slen; i += 2)
	{
		int			hi = jf_hex_value(str[i]);
		int			lo = jf_hex_value(str[i + 1]);

		if ((hi < 0 || lo < 0) && !IS_HIGHBIT_SET(str[i]) && !IS_HIGHBIT_SET(str[i + 1]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s", typname),
					 errdetail("\"%c%c\" at position %zu is not a hexadecimal byte.",
							   str[i], str[i + 1] ? str[i + 1] : ' ', i + 1)));
		/* (never half of a multibyte character in a message) */
		if (hi < 0 || lo < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s", typname),
					 errdetail("The bytes at position %zu are not a hexadecimal byte.", i + 1)));
		((uint8 *) VARDATA(out))[i / 2] = (uint8) (hi * 16 + lo);
	}
	return out;
}

char *
jf_hex_out(bytea *b)
{
	const uint8 *p = (const uint8 *) VARDATA_ANY(b);
	Size		len = VARSIZE_ANY_EXHDR(b);
	char	   *out = palloc(len * 2 + 1);
	static const char hex[] = "0123456789abcdef";
	Size		i;

	for (i = 0; i < len; i++)
	{
		out[2 * i] = hex[p[i] >> 4];
		out[2 * i + 1] = hex[p[i] & 15];
	}
	out[2 * len] = '\0';
	return out;
}

PG_FUNCTION_INFO_V1(journey_friction_state_in);
Datum
journey_friction_state_in(PG_FUNCTION_ARGS)
{
	bytea	   *out = jf_hex_in(PG_GETARG_CSTRING(0), "journey_friction_state", "journey_friction");
	CxJourneyStateHeader h;

	jf_state_check((uint8 *) VARDATA(out), VARSIZE(out) - VARHDRSZ, &h);
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(journey_friction_state_out);
Datum
journey_friction_state_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(jf_hex_out(PG_GETARG_BYTEA_PP(0)));
}

PG_FUNCTION_INFO_V1(journey_friction_state_recv);
Datum
journey_friction_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	bytea	   *out = palloc(VARHDRSZ + len);
	CxJourneyStateHeader h;

	SET_VARSIZE(out, VARHDRSZ + len);
	pq_copymsgbytes(buf, VARDATA(out), len);
	jf_state_check((uint8 *) VARDATA(out), len, &h);
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(journey_friction_state_send);
Datum
journey_friction_state_send(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- journey_friction_merge(): adding up states -------------------------------- */

static JfSummary *
jf_merge_state(FunctionCallInfo fcinfo, MemoryContext *cxt)
{
	JfSummary  *s;

	if (!AggCheckCallContext(fcinfo, cxt))
		elog(ERROR, "journey_friction_merge called in non-aggregate context");
	if (!PG_ARGISNULL(0))
		return (JfSummary *) PG_GETARG_POINTER(0);
	s = MemoryContextAlloc(*cxt, sizeof(JfSummary));
	jf_summary_init(s);
	return s;
}

PG_FUNCTION_INFO_V1(journey_friction_merge_trans);
Datum
journey_friction_merge_trans(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	MemoryContext old;
	JfSummary  *s;
	bytea	   *b;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	s = jf_merge_state(fcinfo, &cxt);
	b = PG_GETARG_BYTEA_PP(1);
	old = MemoryContextSwitchTo(cxt);
	jf_summary_add_bytes(s, (uint8 *) VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(journey_friction_merge_combine);
Datum
journey_friction_merge_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	MemoryContext old;
	JfSummary  *s;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	s = jf_merge_state(fcinfo, &cxt);
	old = MemoryContextSwitchTo(cxt);
	jf_summary_merge(s, (JfSummary *) PG_GETARG_POINTER(1));
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(journey_friction_merge_serial);
Datum
journey_friction_merge_serial(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(jf_summary_serialize((JfSummary *) PG_GETARG_POINTER(0)));
}

PG_FUNCTION_INFO_V1(journey_friction_merge_deserial);
Datum
journey_friction_merge_deserial(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	JfSummary  *s = palloc(sizeof(JfSummary));

	jf_summary_init(s);
	jf_summary_add_bytes(s, (uint8 *) VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(journey_friction_merge_final);
Datum
journey_friction_merge_final(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_BYTEA_P(jf_summary_serialize((JfSummary *) PG_GETARG_POINTER(0)));
}
