/*-------------------------------------------------------------------------
 *
 * journey_report.c
 *	  journey_friction_report(state, weights...): one row per stage, ranked
 *	  by the friction index; journey_friction_score(state, weights...): the
 *	  figures of a one-journey state (per-journey friction).
 *
 *-------------------------------------------------------------------------
 */
#include "journey_internal.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"

/* ---- report and score ------------------------------------------------------------ */

typedef struct JfWeights
{
	double		w[CX_JF_NCOMPONENTS];
	double		dwell_reference;	/* microseconds */
} JfWeights;

/* weights are arguments 1..6, dwell_reference argument 7 */
static void
jf_weights(FunctionCallInfo fcinfo, JfWeights *jw)
{
	static const char *const names[] = {"w_repeat", "w_loop", "w_dwell", "w_drop_off", "w_channel", "w_failed"};
	double		total = 0.0;
	int			k;

	for (k = 0; k < CX_JF_NCOMPONENTS; k++)
	{
		double		w;

		if (PG_ARGISNULL(1 + k))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s must not be NULL", names[k]),
					 errhint("Use 0 to leave a component out of the friction index.")));
		w = PG_GETARG_FLOAT8(1 + k);
		if (isnan(w) || isinf(w) || w < 0.0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s must be a finite number >= 0, not %g", names[k], w)));
		jw->w[k] = w;
		total += w;
	}
	if (total <= 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("at least one friction index weight must be positive")));
	if (PG_ARGISNULL(7))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("dwell_reference must not be NULL")));
	jw->dwell_reference = (double) jf_interval_us(PG_GETARG_INTERVAL_P(7), "dwell_reference");
	if (jw->dwell_reference <= 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("dwell_reference must be positive")));
}

static JfSummary *
jf_summary_from_arg(FunctionCallInfo fcinfo)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	JfSummary  *s = palloc(sizeof(JfSummary));

	jf_summary_init(s);
	jf_summary_add_bytes(s, (uint8 *) VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	return s;
}

static inline double
jf_rate(int64 num, int64 den)
{
	return den > 0 ? (double) num / (double) den : NAN;
}

static Datum
jf_interval_datum_us(int64 us)
{
	Interval   *iv = palloc0(sizeof(Interval));

	iv->time = us;
	return IntervalPGetDatum(iv);
}

/*
 * A median (a double, from bucket means) as an interval.  Dwell times are
 * at most 2^63 - 1 us, but that value is 2^63 as a double, which llround
 * cannot return: clamped, so that it is never wrapped to a negative time.
 */
static Datum
jf_interval_datum(double us)
{
	if (us >= (double) PG_INT64_MAX)
		return jf_interval_datum_us(PG_INT64_MAX);
	if (us <= 0.0)
		return jf_interval_datum_us(0);
	return jf_interval_datum_us((int64) llround(us));
}

/*
 * Mean of a dwell sum, rounded half away from zero to the microsecond:
 * exact (no double), and at most the largest dwell time, so it fits.
 */
static int64
jf_mean_us(int128 sum, int64 n)
{
	int128		q = sum / n;
	int128		r = sum % n;

	if (2 * r >= n)
		q++;
	return q > PG_INT64_MAX ? PG_INT64_MAX : (int64) q;
}

/*
 * The friction components of one stage's totals.  Drop-off is judged only
 * against the final stages: undefined (NaN) when none is known, 0 for a
 * final stage, else the share of the journeys that reached the stage whose
 * last event is there and idle.
 */
static void
jf_components(const JfAcc *a, bool final_known, bool final_stage, uint32 flags,
			  const JfWeights *jw, double *comp, double *median_us)
{
	*median_us = a->hist ? cx_journey_hist_median(a->hist, a->c[CX_JS_DWELL_N]) : NAN;
	comp[CX_JF_REPEAT] = jf_rate(a->c[CX_JS_REPEATS], a->c[CX_JS_EVENTS]);
	comp[CX_JF_LOOP] = jf_rate(a->c[CX_JS_LOOPS], a->c[CX_JS_VISITS]);
	comp[CX_JF_DWELL] = cx_journey_dwell_component(*median_us, jw->dwell_reference);
	comp[CX_JF_DROP] = !final_known ? NAN :
		final_stage ? (a->c[CX_JS_REACHED] > 0 ? 0.0 : NAN) :
		jf_rate(a->c[CX_JS_ENDED_IDLE], a->c[CX_JS_REACHED]);
	comp[CX_JF_CHANNEL] = (flags & CX_JS_CHANNEL) ?
		jf_rate(a->c[CX_JS_CH_SWITCHES], a->c[CX_JS_CH_EVENTS]) : NAN;
	comp[CX_JF_FAILED] = (flags & CX_JS_OUTCOME) ?
		jf_rate(a->c[CX_JS_FAILED], a->c[CX_JS_OUT_EVENTS]) : NAN;
}

/*
 * Lower bound of the 95 % Wilson score interval of a share p observed over
 * n cases (p need not be a ratio of integers: the dwell component is used
 * as a share of its n dwell times).
 */
static double
jf_wilson_lower(double p, int64 n)
{
	const double z = 1.959963984540054;
	double		nn = (double) n;
	double		z2n = z * z / nn;
	double		lo;

	if (n <= 0 || isnan(p))
		return p;
	lo = (p + z2n / 2 - z * sqrt(p * (1 - p) / nn + z2n / (4 * nn))) / (1 + z2n);
	return lo < 0 ? 0 : lo;
}

/* the min_journeys argument (the support rule of the reports), checked */
static int64
jf_min_journeys_arg(FunctionCallInfo fcinfo, int argno)
{
	int64		min_journeys;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("min_journeys must not be NULL"),
				 errhint("Use 1 to treat every stage as supported.")));
	min_journeys = PG_GETARG_INT64(argno);
	if (min_journeys < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("min_journeys must be at least 1, not %lld", (long long) min_journeys)));
	return min_journeys;
}

/*
 * The friction index with each component replaced by the lower bound of its
 * 95 % Wilson interval over its denominator (events, visits, journeys, dwell
 * times, ...): how low-support stages rank among themselves, so that a stage
 * seen in one journey (two events, one repeat: 50 %, lower bound 9 %) does
 * not outrank one whose rates rest on many events.
 */
static double
jf_index_lower(const JfAcc *a, const double *comp, const JfWeights *jw)
{
	static const int den[CX_JF_NCOMPONENTS] = {CX_JS_EVENTS, CX_JS_VISITS, CX_JS_DWELL_N, CX_JS_REACHED, CX_JS_CH_EVENTS, CX_JS_OUT_EVENTS};
	double		lower[CX_JF_NCOMPONENTS];
	int			k;

	for (k = 0; k < CX_JF_NCOMPONENTS; k++)
		lower[k] = jf_wilson_lower(comp[k], a->c[den[k]]);
	return cx_journey_index(lower, jw->w);
}

#define JF_REPORT_COLS 22

typedef struct JfReportRow
{
	int			id;
	int			position;
	bool		final_stage;
	bool		low_support;	/* fewer journeys than min_journeys */
	double		index_lower;	/* the index of the rates' lower bounds */
	double		index;
	double		comp[CX_JF_NCOMPONENTS];
	double		median;
} JfReportRow;

static int
jf_row_cmp(const void *a, const void *b)
{
	const JfReportRow *x = a;
	const JfReportRow *y = b;
	bool		xn = isnan(x->index);
	bool		yn = isnan(y->index);

	if (xn != yn)
		return xn ? 1 : -1;
	/* a stage seen in too few journeys never ranks above a supported one */
	if (x->low_support != y->low_support)
		return x->low_support ? 1 : -1;
	/* and low-support stages rank by what their few events surely show */
	if (x->low_support && !xn && x->index_lower != y->index_lower)
		return x->index_lower > y->index_lower ? -1 : 1;
	if (!xn && x->index != y->index)
		return x->index > y->index ? -1 : 1;
	return x->position - y->position;
}

static inline Datum
jf_float_or_null(double v, bool *isnull)
{
	*isnull = isnan(v);
	return Float8GetDatum(isnan(v) ? 0.0 : v);
}

PG_FUNCTION_INFO_V1(journey_friction_report);
Datum
journey_friction_report(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	JfSummary  *s;
	JfWeights	jw;
	JfReportRow *rows;
	int		   *ord;
	int			n;
	int			i;
	int64		min_journeys;
	bool		final_known;

	InitMaterializedSRF(fcinfo, 0);
	jf_weights(fcinfo, &jw);
	min_journeys = jf_min_journeys_arg(fcinfo, 8);
	if (PG_ARGISNULL(0))
		return (Datum) 0;		/* no events: no stages */
	s = jf_summary_from_arg(fcinfo);

	n = s->names.n;
	ord = jf_summary_order(s);
	final_known = jf_final_known(s);
	rows = palloc(sizeof(JfReportRow) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		JfReportRow *r = &rows[i];

		r->id = ord[i];
		r->position = i + 1;
		r->final_stage = jf_is_final(s, r->id, i == n - 1);
		r->low_support = s->acc[r->id].c[CX_JS_REACHED] < min_journeys;
		jf_components(&s->acc[r->id], final_known, r->final_stage, s->flags, &jw,
					  r->comp, &r->median);
		r->index = cx_journey_index(r->comp, jw.w);
		r->index_lower = r->low_support ? jf_index_lower(&s->acc[r->id], r->comp, &jw) : r->index;
	}
	qsort(rows, n, sizeof(JfReportRow), jf_row_cmp);

	for (i = 0; i < n; i++)
	{
		JfReportRow *r = &rows[i];
		JfAcc	   *a = &s->acc[r->id];
		const int64 *c = a->c;
		Datum		v[JF_REPORT_COLS];
		bool		nulls[JF_REPORT_COLS];
		int64		drop = r->final_stage ? 0 : c[CX_JS_ENDED_IDLE];
		int			k = 0;

		memset(nulls, 0, sizeof(nulls));
		v[k++] = Int32GetDatum(i + 1);
		v[k++] = PointerGetDatum(cstring_to_text_with_len(s->names.str[r->id], s->names.len[r->id]));
		v[k++] = Int32GetDatum(r->position);
		v[k++] = Int64GetDatum(c[CX_JS_REACHED]);
		v[k++] = Int64GetDatum(c[CX_JS_EVENTS]);
		v[k++] = Int64GetDatum(c[CX_JS_VISITS]);
		v[k++] = Int64GetDatum(c[CX_JS_CONVERTED]);
		v[k] = jf_float_or_null(jf_rate(c[CX_JS_CONVERTED], c[CX_JS_REACHED]), &nulls[k]);
		k++;
		v[k++] = Int64GetDatum(c[CX_JS_REPEATS]);
		v[k] = jf_float_or_null(r->comp[CX_JF_REPEAT], &nulls[k]);
		k++;
		v[k++] = Int64GetDatum(c[CX_JS_LOOPS]);
		v[k] = jf_float_or_null(r->comp[CX_JF_LOOP], &nulls[k]);
		k++;
		nulls[k] = isnan(r->median);
		v[k] = nulls[k] ? (Datum) 0 : jf_interval_datum(r->median);
		k++;
		nulls[k] = c[CX_JS_DWELL_N] == 0;
		v[k] = nulls[k] ? (Datum) 0 : jf_interval_datum_us(jf_mean_us(a->dwell_sum, c[CX_JS_DWELL_N]));
		k++;
		nulls[k] = !final_known;
		v[k++] = Int64GetDatum(drop);
		v[k] = jf_float_or_null(r->comp[CX_JF_DROP], &nulls[k]);
		k++;
		nulls[k] = !(s->flags & CX_JS_CHANNEL);
		v[k++] = Int64GetDatum(c[CX_JS_CH_SWITCHES]);
		v[k] = jf_float_or_null(r->comp[CX_JF_CHANNEL], &nulls[k]);
		k++;
		nulls[k] = !(s->flags & CX_JS_OUTCOME);
		v[k++] = Int64GetDatum(c[CX_JS_FAILED]);
		v[k] = jf_float_or_null(r->comp[CX_JF_FAILED], &nulls[k]);
		k++;
		v[k] = jf_float_or_null(r->index, &nulls[k]);
		k++;
		v[k++] = BoolGetDatum(r->low_support);
		Assert(k == JF_REPORT_COLS);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	return (Datum) 0;
}

#define JF_SCORE_COLS 14

/* the totals of a one-journey state over its stages do not fit (see jf_overflow) */
static pg_noinline void
jf_score_overflow(int counter)
{
	if (counter == CX_JS_NCOUNTERS)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("journey_friction_score dwell-time sum out of range"),
				 errdetail("The journey's sum of dwell times over all its stages would exceed the largest 128-bit integer."),
				 errhint("journey_friction() never builds such a state: check where this one comes from.")));
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("journey_friction_score total out of range"),
			 errdetail("The journey's %s over all its stages would exceed the largest bigint, 9223372036854775807.",
					   cx_journey_counter_name(counter)),
			 errhint("journey_friction() never builds such a state: check where this one comes from.")));
}

PG_FUNCTION_INFO_V1(journey_friction_score);
Datum
journey_friction_score(PG_FUNCTION_ARGS)
{
	JfSummary  *s;
	JfWeights	jw;
	TupleDesc	tupdesc;
	Datum		v[JF_SCORE_COLS];
	bool		nulls[JF_SCORE_COLS];
	int64		tot[CX_JS_NCOUNTERS];
	CxJourneyHist *hist;
	int128		dwell_sum = 0;
	double		comp[CX_JF_NCOMPONENTS];
	double		median;
	int		   *ord;
	int			n;
	int			i;
	int			k;
	int			last_stage = -1;
	int			worst = -1;
	double		worst_index = NAN;
	int			reached = 0;
	bool		dropped = false;

	jf_weights(fcinfo, &jw);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = jf_summary_from_arg(fcinfo);
	if (s->journeys != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("journey_friction_score needs the state of exactly one journey"),
				 errdetail("The state covers %lld journeys.", (long long) s->journeys),
				 errhint("Group by the journey: journey_friction_score(journey_friction(journey, stage, at ORDER BY journey)) ... GROUP BY journey.")));
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");

	n = s->names.n;
	ord = jf_summary_order(s);
	memset(tot, 0, sizeof(tot));
	hist = palloc0(sizeof(CxJourneyHist));
	for (i = 0; i < n; i++)
	{
		JfAcc	   *a = &s->acc[ord[i]];
		double		sc[CX_JF_NCOMPONENTS];
		double		sm;
		double		idx;

		if (a->c[CX_JS_REACHED] == 0)
			continue;
		reached++;
		/* a state from text may hold any valid counts: checked sums */
		k = cx_journey_counters_add(tot, &dwell_sum, a->c, a->dwell_sum);
		if (k >= 0)
			jf_score_overflow(k);
		if (a->hist)
			for (k = 0; k < CX_JOURNEY_NBUCKETS; k++)
			{
				if (!cx_journey_add_i64(&hist->count[k], a->hist->count[k]))
					jf_score_overflow(CX_JS_DWELL_N);
				if (!cx_journey_add_i128(&hist->sum[k], a->hist->sum[k]))
					jf_score_overflow(CX_JS_NCOUNTERS);
			}
		if (a->c[CX_JS_ENDED])
			last_stage = i;
		jf_components(a, jf_final_known(s), jf_is_final(s, ord[i], i == n - 1), s->flags,
					  &jw, sc, &sm);
		idx = cx_journey_index(sc, jw.w);
		if (!isnan(idx) && (isnan(worst_index) || idx > worst_index))
		{
			worst_index = idx;
			worst = ord[i];
		}
	}
	/*
	 * Dropped: the journey's last event is idle and not in a final stage.
	 * Unknown (NULL) when no stage is known to be final.  A 1.1 state
	 * without a stage order (CX_JS_FINAL_LAST) keeps its 1.1 rule: the
	 * journey's final stage is its last new stage.
	 */
	if (last_stage >= 0 && jf_final_known(s))
	{
		bool		final_stage;

		if (s->flags & CX_JS_FINAL_SET)
			final_stage = s->acc[ord[last_stage]].final;
		else
		{
			final_stage = true;
			for (i = last_stage + 1; i < n; i++)
				if (s->acc[ord[i]].c[CX_JS_REACHED] > 0)
					final_stage = false;
		}
		dropped = !final_stage && s->acc[ord[last_stage]].c[CX_JS_ENDED_IDLE] > 0;
	}
	median = cx_journey_hist_median(hist, tot[CX_JS_DWELL_N]);
	comp[CX_JF_REPEAT] = jf_rate(tot[CX_JS_REPEATS], tot[CX_JS_EVENTS]);
	comp[CX_JF_LOOP] = jf_rate(tot[CX_JS_LOOPS], tot[CX_JS_VISITS]);
	comp[CX_JF_DWELL] = cx_journey_dwell_component(median, jw.dwell_reference);
	comp[CX_JF_DROP] = !jf_final_known(s) ? NAN : dropped ? 1.0 : 0.0;
	comp[CX_JF_CHANNEL] = (s->flags & CX_JS_CHANNEL) ? jf_rate(tot[CX_JS_CH_SWITCHES], tot[CX_JS_CH_EVENTS]) : NAN;
	comp[CX_JF_FAILED] = (s->flags & CX_JS_OUTCOME) ? jf_rate(tot[CX_JS_FAILED], tot[CX_JS_OUT_EVENTS]) : NAN;

	memset(nulls, 0, sizeof(nulls));
	k = 0;
	v[k++] = Int64GetDatum(tot[CX_JS_EVENTS]);
	v[k++] = Int64GetDatum(tot[CX_JS_VISITS]);
	v[k++] = Int32GetDatum(reached);
	v[k++] = Int64GetDatum(tot[CX_JS_REPEATS]);
	v[k++] = Int64GetDatum(tot[CX_JS_LOOPS]);
	nulls[k] = isnan(median);
	v[k] = nulls[k] ? (Datum) 0 : jf_interval_datum(median);
	k++;
	nulls[k] = tot[CX_JS_DWELL_N] == 0;
	v[k] = nulls[k] ? (Datum) 0 : jf_interval_datum_us(jf_mean_us(dwell_sum, tot[CX_JS_DWELL_N]));
	k++;
	nulls[k] = last_stage < 0;
	v[k] = nulls[k] ? (Datum) 0 :
		PointerGetDatum(cstring_to_text_with_len(s->names.str[ord[last_stage]], s->names.len[ord[last_stage]]));
	k++;
	nulls[k] = !jf_final_known(s);
	v[k++] = BoolGetDatum(dropped);
	nulls[k] = !(s->flags & CX_JS_CHANNEL);
	v[k++] = Int64GetDatum(tot[CX_JS_CH_SWITCHES]);
	nulls[k] = !(s->flags & CX_JS_OUTCOME);
	v[k++] = Int64GetDatum(tot[CX_JS_FAILED]);
	v[k] = jf_float_or_null(cx_journey_index(comp, jw.w), &nulls[k]);
	k++;
	nulls[k] = worst < 0;
	v[k] = nulls[k] ? (Datum) 0 :
		PointerGetDatum(cstring_to_text_with_len(s->names.str[worst], s->names.len[worst]));
	k++;
	v[k] = jf_float_or_null(worst_index, &nulls[k]);
	k++;
	Assert(k == JF_SCORE_COLS);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, v, nulls)));
}

/* ---- journey_transitions(): the journey map -------------------------------------- */

#define JF_TRANS_COLS 12

typedef struct JfTransRow
{
	JfPair	   *pr;
	int			from_pos;
	int			to_pos;
} JfTransRow;

static int
jf_trans_cmp(const void *a, const void *b)
{
	const JfTransRow *x = a;
	const JfTransRow *y = b;

	if (x->from_pos != y->from_pos)
		return x->from_pos - y->from_pos;
	return x->to_pos - y->to_pos;
}

/*
 * journey_transitions(state, weights..., dwell_reference, min_journeys): one
 * row per pair of stages that followed each other in some journey (a visit
 * to from_stage, then a visit to to_stage), with the friction index of the
 * target stage computed as journey_friction_report computes it.
 */
PG_FUNCTION_INFO_V1(journey_transitions);
Datum
journey_transitions(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	JfSummary  *s;
	JfWeights	jw;
	JfTransRow *rows;
	int		   *ord;
	int		   *pos;
	double	   *index;
	int64		min_journeys;
	bool		final_known;
	int			n;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	jf_weights(fcinfo, &jw);
	min_journeys = jf_min_journeys_arg(fcinfo, 8);
	if (PG_ARGISNULL(0))
		return (Datum) 0;		/* no events: no transitions */
	s = jf_summary_from_arg(fcinfo);
	if (!(s->flags & CX_JS_TRANSITIONS))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("journey_friction_state has no transitions"),
				 errdetail("It was built by version 1.1 of cx_metrics, or merged with such a state: those states count stages, not the steps between them."),
				 errhint("Build the state again from the events with journey_friction().")));

	n = s->names.n;
	ord = jf_summary_order(s);
	pos = palloc(sizeof(int) * Max(n, 1));
	index = palloc(sizeof(double) * Max(n, 1));
	final_known = jf_final_known(s);
	for (i = 0; i < n; i++)
	{
		double		comp[CX_JF_NCOMPONENTS];
		double		median;

		pos[ord[i]] = i;
		jf_components(&s->acc[ord[i]], final_known, jf_is_final(s, ord[i], i == n - 1),
					  s->flags, &jw, comp, &median);
		index[ord[i]] = cx_journey_index(comp, jw.w);
	}
	rows = palloc(sizeof(JfTransRow) * Max(s->npairs, 1));
	for (i = 0; i < s->npairs; i++)
	{
		rows[i].pr = &s->pairs[i];
		rows[i].from_pos = pos[s->pairs[i].from];
		rows[i].to_pos = pos[s->pairs[i].to];
	}
	qsort(rows, s->npairs, sizeof(JfTransRow), jf_trans_cmp);

	for (i = 0; i < s->npairs; i++)
	{
		JfPair	   *pr = rows[i].pr;
		JfAcc	   *from = &s->acc[pr->from];
		Datum		v[JF_TRANS_COLS];
		bool		nulls[JF_TRANS_COLS];
		double		median = cx_journey_sparse_median(pr->b, pr->nb, pr->transitions);
		int			k = 0;

		memset(nulls, 0, sizeof(nulls));
		v[k++] = PointerGetDatum(cstring_to_text_with_len(s->names.str[pr->from], s->names.len[pr->from]));
		v[k++] = PointerGetDatum(cstring_to_text_with_len(s->names.str[pr->to], s->names.len[pr->to]));
		v[k++] = Int32GetDatum(rows[i].from_pos + 1);
		v[k++] = Int32GetDatum(rows[i].to_pos + 1);
		v[k++] = Int64GetDatum(pr->journeys);
		v[k++] = Int64GetDatum(pr->transitions);
		v[k] = jf_float_or_null(jf_rate(pr->transitions, from->c[CX_JS_DWELL_N]), &nulls[k]);
		k++;
		v[k++] = Int64GetDatum(pr->loops);
		nulls[k] = isnan(median);
		v[k] = nulls[k] ? (Datum) 0 : jf_interval_datum(median);
		k++;
		v[k++] = jf_interval_datum_us(jf_mean_us(pr->dwell_sum, pr->transitions));
		v[k] = jf_float_or_null(index[pr->to], &nulls[k]);
		k++;
		v[k++] = BoolGetDatum(s->acc[pr->to].c[CX_JS_REACHED] < min_journeys);
		Assert(k == JF_TRANS_COLS);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	return (Datum) 0;
}
