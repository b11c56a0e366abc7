/*-------------------------------------------------------------------------
 *
 * risk_metrics.c
 *	  The risk_metrics(model, outcome, features) aggregate: how well a model
 *	  separates and calibrates on any data set (AUC, log-loss, Brier score,
 *	  a calibration table), so that a model is validated on rows it was not
 *	  fitted on.
 *
 * The AUC is exact, so it needs every score: the state (risk_metrics_state)
 * keeps the predicted probability of every row, those of the positive rows
 * and those of the negative rows apart, next to the exact counters and
 * sums of the other metrics and a copy of the model, which must be the same
 * on every row and in every part.  The state is storable and combinable
 * (parts concatenate), an expanded object while the aggregate runs
 * (agg_state.h), so a parallel plan and Citus compute it in parts.  The
 * final function sorts both lists and merges them in ascending order a run
 * of equal values at a time (core/logit.c counts the pairs): the same
 * numbers as over all rows at once (the sums up to rounding when parts are
 * combined).
 *
 * Size: 8 bytes per row in memory and in the flat form (304 bytes of
 * header and the model besides), so a stored or shipped state is limited
 * to 1 GB, about 130 million rows (its text form, base64, about 100
 * million).  The flat form is big-endian; every field of a value read from
 * text, the wire or a parallel worker is checked before use.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"
#include "agg_state.h"

#include <math.h>

#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "port/pg_bswap.h"
#include "utils/array.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

#include "risk_glue.h"

#define METRICS_TYPE	"risk_metrics_state"
#define METRICS_TEXT	"risk_metrics:"
#define METRICS_VERSION 1
#define METRICS_HEADER_WORDS (8 + 3 * CX_CALIBRATION_BINS)

typedef struct RiskMetricsState
{
	CxRiskMetricsAcc acc;
	int64		skipped;
	RiskModel  *model;			/* NULL until a row with a model */
	double	   *risk[2];		/* [1]: of the positive rows, [0]: negative */
	int64		cap[2];
} RiskMetricsState;

static int64
risk_count(const RiskMetricsState *s, int y)
{
	return y ? s->acc.positives : s->acc.n - s->acc.positives;
}

/* room for more probabilities of class y (huge allocations: no 1 GB limit on one node) */
static void
reserve(RiskMetricsState *s, MemoryContext cxt, int y, int64 more)
{
	int64		need = risk_count(s, y) + more;
	int64		cap = Max(s->cap[y], 256);

	if (need <= s->cap[y])
		return;
	while (cap < need)
		cap *= 2;
	s->risk[y] = s->risk[y] == NULL
		? MemoryContextAllocHuge(cxt, sizeof(double) * cap)
		: repalloc_huge(s->risk[y], sizeof(double) * cap);
	s->cap[y] = cap;
}

/* ---- flat form ---------------------------------------------------------------- */

static Size
model_words(const RiskModel *m)
{
	return m == NULL ? 0 : (VARSIZE(m) + 7) / 8;
}

static Size
kind_flat_size(void *state)
{
	RiskMetricsState *s = (RiskMetricsState *) state;

	return 8 * (METRICS_HEADER_WORDS + model_words(s->model) + (Size) s->acc.n);
}

static char *
put_u64(char *p, uint64 v)
{
	v = pg_hton64(v);
	memcpy(p, &v, 8);
	return p + 8;
}

static char *
put_f8(char *p, double d)
{
	uint64		v;

	memcpy(&v, &d, 8);
	return put_u64(p, v);
}

static uint64
get_u64(const char **p)
{
	uint64		v;

	memcpy(&v, *p, 8);
	*p += 8;
	return pg_ntoh64(v);
}

static double
get_f8(const char **p)
{
	uint64		v = get_u64(p);
	double		d;

	memcpy(&d, &v, 8);
	return d;
}

/*
 * Header words: version, model bytes, skipped, n, positives, log-loss sum,
 * Brier sum, risk sum, the bins' rows, positives and risk sums; then the
 * model (zero-padded to 8 bytes), the positive rows' probabilities and the
 * negative rows'.
 */
static void
kind_flatten(void *state, char *dst, Size size)
{
	RiskMetricsState *s = (RiskMetricsState *) state;
	const CxRiskMetricsAcc *a = &s->acc;
	char	   *q = dst;

	if (size != kind_flat_size(state))
		elog(ERROR, "risk_metrics_state: %zu bytes to write, expected %zu", size, kind_flat_size(state));
	q = put_u64(q, METRICS_VERSION);
	q = put_u64(q, s->model ? VARSIZE(s->model) : 0);
	q = put_u64(q, (uint64) s->skipped);
	q = put_u64(q, (uint64) a->n);
	q = put_u64(q, (uint64) a->positives);
	q = put_f8(q, a->log_loss_sum);
	q = put_f8(q, a->brier_sum);
	q = put_f8(q, a->risk_sum);
	for (int b = 0; b < CX_CALIBRATION_BINS; b++)
		q = put_u64(q, (uint64) a->bin_n[b]);
	for (int b = 0; b < CX_CALIBRATION_BINS; b++)
		q = put_u64(q, (uint64) a->bin_pos[b]);
	for (int b = 0; b < CX_CALIBRATION_BINS; b++)
		q = put_f8(q, a->bin_risk[b]);
	if (s->model != NULL)
	{
		memset(q, 0, 8 * model_words(s->model));
		memcpy(q, s->model, VARSIZE(s->model));
		q += 8 * model_words(s->model);
	}
	for (int y = 1; y >= 0; y--)
		for (int64 i = 0; i < risk_count(s, y); i++)
			q = put_f8(q, s->risk[y][i]);
	Assert(q == dst + size);
}

static const CxStateKind metrics_kind = {METRICS_TYPE, kind_flat_size, kind_flatten};

static bool
nonneg_finite(double d)
{
	return isfinite(d) && d >= 0;
}

/* a state from its flat bytes, every field checked */
static RiskMetricsState *
metrics_parse(const char *data, Size len, MemoryContext cxt)
{
	const char *q = data;
	RiskMetricsState *s = MemoryContextAllocZero(cxt, sizeof(RiskMetricsState));
	CxRiskMetricsAcc *a = &s->acc;
	uint64		version,
				mlen;
	int64		bn = 0,
				bp = 0;

	if (len < 8 * METRICS_HEADER_WORDS)
		cx_state_invalid(METRICS_TYPE, "The value is shorter than its header.");
	version = get_u64(&q);
	mlen = get_u64(&q);
	s->skipped = (int64) get_u64(&q);
	a->n = (int64) get_u64(&q);
	a->positives = (int64) get_u64(&q);
	a->log_loss_sum = get_f8(&q);
	a->brier_sum = get_f8(&q);
	a->risk_sum = get_f8(&q);
	for (int b = 0; b < CX_CALIBRATION_BINS; b++)
		a->bin_n[b] = (int64) get_u64(&q);
	for (int b = 0; b < CX_CALIBRATION_BINS; b++)
		a->bin_pos[b] = (int64) get_u64(&q);
	for (int b = 0; b < CX_CALIBRATION_BINS; b++)
		a->bin_risk[b] = get_f8(&q);
	if (version != METRICS_VERSION)
		cx_state_invalid(METRICS_TYPE, psprintf("Unsupported format version " UINT64_FORMAT " (this build reads version %d).",
												version, METRICS_VERSION));
	if (s->skipped < 0 || a->n < 0 || a->positives < 0 || a->positives > a->n ||
		(Size) a->n > MaxAllocHugeSize / 8)
		cx_state_invalid(METRICS_TYPE, "The counts must not be negative, and positives at most the rows.");
	if (mlen > MaxAllocSize || (mlen == 0 && a->n > 0) ||
		len != 8 * (METRICS_HEADER_WORDS + (mlen + 7) / 8 + (Size) a->n))
		cx_state_invalid(METRICS_TYPE, psprintf("The value has %zu bytes, which does not fit its counts and model.", len));
	if (!nonneg_finite(a->log_loss_sum) || !nonneg_finite(a->brier_sum) || !nonneg_finite(a->risk_sum) ||
		a->brier_sum > a->n || a->risk_sum > a->n)
		cx_state_invalid(METRICS_TYPE, "The sums must be finite, not negative and at most the rows.");
	for (int b = 0; b < CX_CALIBRATION_BINS; b++)
	{
		if (a->bin_n[b] < 0 || a->bin_pos[b] < 0 || a->bin_pos[b] > a->bin_n[b] ||
			!nonneg_finite(a->bin_risk[b]) || a->bin_risk[b] > a->bin_n[b])
			cx_state_invalid(METRICS_TYPE, "A calibration bin's counts or sum are out of range.");
		bn += a->bin_n[b];
		bp += a->bin_pos[b];
		if (bn > a->n)
			break;
	}
	if (bn != a->n || bp != a->positives)
		cx_state_invalid(METRICS_TYPE, "The calibration bins must hold the rows and the positives.");
	if (mlen > 0)
	{
		if (mlen < VARHDRSZ)
			cx_state_invalid(METRICS_TYPE, "The model is shorter than its header.");
		s->model = MemoryContextAlloc(cxt, mlen);
		memcpy(s->model, q, mlen);
		if (VARSIZE(s->model) != mlen)
			cx_state_invalid(METRICS_TYPE, "The model's length does not match.");
		for (Size i = mlen; i < 8 * ((mlen + 7) / 8); i++)
			if (q[i] != 0)
				cx_state_invalid(METRICS_TYPE, "The model's padding must be zero.");
		risk_model_validate(s->model, mlen, false);
		q += 8 * ((mlen + 7) / 8);
	}
	for (int y = 1; y >= 0; y--)
	{
		int64		cnt = risk_count(s, y);

		s->cap[y] = Max(cnt, 1);
		s->risk[y] = MemoryContextAllocHuge(cxt, sizeof(double) * s->cap[y]);
		for (int64 i = 0; i < cnt; i++)
		{
			double		r = get_f8(&q);

			if (!(r >= 0.0 && r <= 1.0))
				cx_state_invalid(METRICS_TYPE, "A predicted probability is not in [0, 1].");
			s->risk[y][i] = r;
		}
	}
	return s;
}

/* the state a value holds: ours when expanded, else parsed into cxt */
static RiskMetricsState *
state_of(Datum d, MemoryContext cxt)
{
	CxExpandedState *es = cx_state_expanded(d, &metrics_kind);
	struct varlena *flat;

	if (es != NULL)
		return (RiskMetricsState *) es->state;
	flat = cx_state_flat(d);
	return metrics_parse(VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat), cxt);
}

/* ---- the aggregate ---------------------------------------------------------------- */

static pg_noinline void
model_mismatch(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("risk_metrics got different models in one group"),
			 errdetail("The AUC and the calibration of a group are those of one model."),
			 errhint("Pass one model per group: a constant, a scalar subquery, or GROUP BY what picks the model.")));
}

/* the state's model is m (the first one becomes it) */
static void
same_model(RiskMetricsState *s, MemoryContext cxt, const RiskModel *m)
{
	if (s->model == NULL)
	{
		s->model = MemoryContextAlloc(cxt, VARSIZE(m));
		memcpy(s->model, m, VARSIZE(m));
	}
	else if (VARSIZE(s->model) != VARSIZE(m) || memcmp(s->model, m, VARSIZE(m)) != 0)
		model_mismatch();
}

/* a copy of s in cxt */
static RiskMetricsState *
metrics_copy(const RiskMetricsState *s, MemoryContext cxt)
{
	RiskMetricsState *c = MemoryContextAllocZero(cxt, sizeof(RiskMetricsState));

	c->skipped = s->skipped;
	if (s->model != NULL)
		same_model(c, cxt, s->model);
	for (int y = 0; y < 2; y++)
	{
		int64		cnt = risk_count(s, y);

		if (cnt == 0)
			continue;
		c->risk[y] = MemoryContextAllocHuge(cxt, sizeof(double) * cnt);
		c->cap[y] = cnt;
		memcpy(c->risk[y], s->risk[y], sizeof(double) * cnt);
	}
	c->acc = s->acc;
	return c;
}

/*
 * The transition value to update in place: argument 0 when it is our
 * read-write expanded object, else a new one holding a copy of it (or an
 * empty state).
 */
static CxExpandedState *
writable_state(FunctionCallInfo fcinfo, const char *what)
{
	MemoryContext aggcxt,
				cxt;
	CxExpandedState *es;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("risk_metrics %s function called in non-aggregate context", what)));
	if (!PG_ARGISNULL(0))
	{
		Datum		d = PG_GETARG_DATUM(0);
		CxExpandedState *mine = cx_state_expanded(d, &metrics_kind);

		if (mine != NULL && VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)))
			return mine;
	}
	es = cx_state_create(aggcxt, &metrics_kind, &cxt);
	if (PG_ARGISNULL(0))
		es->state = MemoryContextAllocZero(cxt, sizeof(RiskMetricsState));
	else
		es->state = metrics_copy(state_of(PG_GETARG_DATUM(0), CurrentMemoryContext), cxt);
	return es;
}

PG_FUNCTION_INFO_V1(risk_metrics_trans);
Datum
risk_metrics_trans(PG_FUNCTION_ARGS)
{
	CxExpandedState *es = writable_state(fcinfo, "transition");
	RiskMetricsState *s = (RiskMetricsState *) es->state;
	const RiskModel *m;
	double		x[CX_LOGIT_MAX_FEATURES];
	double		p;
	bool		y;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		s->skipped++;
		PG_RETURN_DATUM(CX_STATE_DATUM(es));
	}
	m = risk_model_arg(fcinfo, 1);
	same_model(s, es->hdr.eoh_context, m);
	if (!risk_features_arg(PG_GETARG_ARRAYTYPE_P(3), m->k, x))
	{
		s->skipped++;
		PG_RETURN_DATUM(CX_STATE_DATUM(es));
	}
	y = PG_GETARG_BOOL(2);
	reserve(s, es->hdr.eoh_context, y, 1);
	p = cx_risk_metrics_add(&s->acc, y, risk_model_log_odds(m, x));
	s->risk[y][risk_count(s, y) - 1] = p;
	PG_RETURN_DATUM(CX_STATE_DATUM(es));
}

PG_FUNCTION_INFO_V1(risk_metrics_combine);
Datum
risk_metrics_combine(PG_FUNCTION_ARGS)
{
	CxExpandedState *es;
	RiskMetricsState *s,
			   *b;
	CxRiskMetricsAcc *a;

	if (PG_ARGISNULL(0) && PG_ARGISNULL(1))
		PG_RETURN_NULL();
	es = writable_state(fcinfo, "combine");
	if (PG_ARGISNULL(1))
		PG_RETURN_DATUM(CX_STATE_DATUM(es));
	s = (RiskMetricsState *) es->state;
	b = state_of(PG_GETARG_DATUM(1), CurrentMemoryContext);
	if (b->model != NULL)
		same_model(s, es->hdr.eoh_context, b->model);
	for (int y = 0; y < 2; y++)
	{
		int64		cnt = risk_count(b, y);

		if (cnt == 0)
			continue;
		reserve(s, es->hdr.eoh_context, y, cnt);
		memcpy(s->risk[y] + risk_count(s, y), b->risk[y], sizeof(double) * cnt);
	}
	a = &s->acc;
	a->n += b->acc.n;
	a->positives += b->acc.positives;
	a->log_loss_sum += b->acc.log_loss_sum;
	a->brier_sum += b->acc.brier_sum;
	a->risk_sum += b->acc.risk_sum;
	for (int i = 0; i < CX_CALIBRATION_BINS; i++)
	{
		a->bin_n[i] += b->acc.bin_n[i];
		a->bin_pos[i] += b->acc.bin_pos[i];
		a->bin_risk[i] += b->acc.bin_risk[i];
	}
	s->skipped += b->skipped;
	PG_RETURN_DATUM(CX_STATE_DATUM(es));
}

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return x < y ? -1 : x > y ? 1 : 0;
}

/*
 * Both lists sorted ascending (in place: the multiset, all the state
 * means, does not change) and merged a run of equal probabilities at a
 * time.
 */
static double
merged_auc(RiskMetricsState *s)
{
	CxAucAcc	a;
	int64		i = 0,
				j = 0,
				np = risk_count(s, 1),
				nn = risk_count(s, 0);
	const double *pos = s->risk[1],
			   *neg = s->risk[0];

	if (np > 0)
		qsort(s->risk[1], np, sizeof(double), cmp_double);
	if (nn > 0)
		qsort(s->risk[0], nn, sizeof(double), cmp_double);
	cx_auc_init(&a);
	while (i < np || j < nn)
	{
		double		v = i < np && (j >= nn || pos[i] <= neg[j]) ? pos[i] : neg[j];
		int64		rp = 0,
					rn = 0;

		while (i < np && pos[i] == v)
		{
			rp++;
			i++;
		}
		while (j < nn && neg[j] == v)
		{
			rn++;
			j++;
		}
		cx_auc_run(&a, rp, rn);
		if (((i + j) & 0xffff) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	return cx_auc_value(&a);
}

static Datum
calibration_array(const CxRiskMetricsAcc *a, Oid elemtype)
{
	TupleDesc	desc = lookup_rowtype_tupdesc_copy(elemtype, -1);
	Datum		bins[CX_CALIBRATION_BINS];
	int			nb = 0;
	int16		typlen;
	bool		typbyval;
	char		typalign;

	desc = BlessTupleDesc(desc);
	for (int b = 0; b < CX_CALIBRATION_BINS; b++)
	{
		Datum		v[6];
		bool		nulls[6] = {0};

		if (a->bin_n[b] == 0)
			continue;
		v[0] = Int32GetDatum(b + 1);
		v[1] = Float8GetDatum((double) b / CX_CALIBRATION_BINS);
		v[2] = Float8GetDatum((double) (b + 1) / CX_CALIBRATION_BINS);
		v[3] = Int64GetDatum(a->bin_n[b]);
		v[4] = Float8GetDatum(a->bin_risk[b] / (double) a->bin_n[b]);
		v[5] = Float8GetDatum((double) a->bin_pos[b] / (double) a->bin_n[b]);
		bins[nb++] = HeapTupleGetDatum(heap_form_tuple(desc, v, nulls));
	}
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	return PointerGetDatum(construct_array(bins, nb, elemtype, typlen, typbyval, typalign));
}

PG_FUNCTION_INFO_V1(risk_metrics_final);
Datum
risk_metrics_final(PG_FUNCTION_ARGS)
{
	RiskMetricsState *s;
	const CxRiskMetricsAcc *a;
	double		auc;
	TupleDesc	tupdesc;
	Datum		v[9];
	bool		nulls[9] = {0};
	double		n;
	Oid			elemtype;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = state_of(PG_GETARG_DATUM(0), CurrentMemoryContext);
	a = &s->acc;
	if (a->n == 0)
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	auc = merged_auc(s);
	n = (double) a->n;
	v[0] = Int64GetDatum(a->n);
	v[1] = Int64GetDatum(a->positives);
	v[2] = Int64GetDatum(s->skipped);
	v[3] = Float8GetDatum(auc);
	nulls[3] = isnan(auc);
	v[4] = Float8GetDatum(a->log_loss_sum / n);
	v[5] = Float8GetDatum(a->brier_sum / n);
	v[6] = Float8GetDatum(a->risk_sum / n);
	v[7] = Float8GetDatum((double) a->positives / n);
	elemtype = get_element_type(TupleDescAttr(tupdesc, 8)->atttypid);
	if (!OidIsValid(elemtype))
		elog(ERROR, "risk_metrics' calibration must be an array");
	v[8] = calibration_array(a, elemtype);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, v, nulls)));
}

/* ---- type I/O ------------------------------------------------------------------- */

static Datum
checked_flat(struct varlena *flat)
{
	(void) metrics_parse(VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat), CurrentMemoryContext);
	PG_RETURN_POINTER(flat);
}

PG_FUNCTION_INFO_V1(risk_metrics_state_in);
Datum
risk_metrics_state_in(PG_FUNCTION_ARGS)
{
	return checked_flat(cx_state_from_text(PG_GETARG_CSTRING(0), METRICS_TEXT, METRICS_TYPE));
}

PG_FUNCTION_INFO_V1(risk_metrics_state_out);
Datum
risk_metrics_state_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(cx_state_to_text(cx_state_flat(PG_GETARG_DATUM(0)), METRICS_TEXT));
}

PG_FUNCTION_INFO_V1(risk_metrics_state_recv);
Datum
risk_metrics_state_recv(PG_FUNCTION_ARGS)
{
	return checked_flat(cx_state_recv((StringInfo) PG_GETARG_POINTER(0)));
}

PG_FUNCTION_INFO_V1(risk_metrics_state_send);
Datum
risk_metrics_state_send(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(cx_state_send(PG_GETARG_DATUM(0)));
}
