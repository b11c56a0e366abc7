/*-------------------------------------------------------------------------
 *
 * risk_metrics.c
 *	  The risk_metrics(model, outcome, features) aggregate: how well a model
 *	  separates and calibrates on any data set (AUC, log-loss, Brier score,
 *	  a calibration table), so that a model is validated on rows it was not
 *	  fitted on.
 *
 * The AUC is exact: the predicted probabilities of the positive rows and
 * of the negative rows go to two tuplesorts (bounded by work_mem, spilled
 * beyond), which are then merged in ascending order a run of equal values
 * at a time (core/logit.c counts the pairs).  The other metrics are sums.
 * Like risk_fit, the state is "internal" without a combine function: an
 * exact AUC needs every score in one place.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include <math.h>

#include "catalog/pg_operator.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/tuplesort.h"
#include "utils/typcache.h"

#include "risk_glue.h"

typedef struct RiskMetricsState
{
	MemoryContext cxt;
	CxRiskMetricsAcc acc;
	int64		skipped;
	Tuplesortstate *pos;		/* probabilities of the rows whose outcome is true */
	Tuplesortstate *neg;
	bool		done;			/* the sorts are consumed: auc holds the result */
	double		auc;
} RiskMetricsState;

static Tuplesortstate *
new_sort(void)
{
	return tuplesort_begin_datum(FLOAT8OID, Float8LessOperator, InvalidOid, false,
								 work_mem, NULL, TUPLESORT_NONE);
}

/*
 * The sorts (and their temporary files) are ended when the aggregate's
 * group is done, whether or not the final function ran: a shutdown
 * callback of the Agg node, as ordered-set aggregates do (a memory-context
 * reset callback would run after the sorts' own contexts are gone).
 */
static void
state_release(Datum arg)
{
	RiskMetricsState *s = (RiskMetricsState *) DatumGetPointer(arg);

	if (!s->done)
	{
		tuplesort_end(s->pos);
		tuplesort_end(s->neg);
		s->done = true;
	}
}

PG_FUNCTION_INFO_V1(risk_metrics_accum);
Datum
risk_metrics_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	RiskMetricsState *s;
	const RiskModel *m;
	double		x[CX_LOGIT_MAX_FEATURES];
	double		eta,
				p;
	bool		y;
	MemoryContext old;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("risk_metrics's transition function called outside an aggregate")));
	if (PG_ARGISNULL(0))
	{
		s = MemoryContextAllocZero(aggcxt, sizeof(RiskMetricsState));
		s->cxt = aggcxt;
		cx_risk_metrics_init(&s->acc);
		old = MemoryContextSwitchTo(aggcxt);
		s->pos = new_sort();
		s->neg = new_sort();
		MemoryContextSwitchTo(old);
		if (fcinfo->context != NULL && IsA(fcinfo->context, AggState))
			AggRegisterCallback(fcinfo, state_release, PointerGetDatum(s));
	}
	else
		s = (RiskMetricsState *) PG_GETARG_POINTER(0);
	if (s->done)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("risk_metrics cannot be used as a moving window aggregate")));
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		s->skipped++;
		PG_RETURN_POINTER(s);
	}
	m = risk_model_arg(fcinfo, 1);
	if (!risk_features_arg(PG_GETARG_ARRAYTYPE_P(3), m->k, x))
	{
		s->skipped++;
		PG_RETURN_POINTER(s);
	}
	y = PG_GETARG_BOOL(2);
	eta = risk_model_log_odds(m, x);
	p = cx_risk_metrics_add(&s->acc, y, eta);
	old = MemoryContextSwitchTo(aggcxt);
	tuplesort_putdatum(y ? s->pos : s->neg, Float8GetDatum(p), false);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(s);
}

/* the next value of a sorted stream, or +infinity past its end */
static double
next_value(Tuplesortstate *ts)
{
	Datum		d;
	bool		isnull;

	if (!CX_TUPLESORT_GETDATUM(ts, &d, &isnull))
		return INFINITY;
	return DatumGetFloat8(d);
}

/* merge both sorted streams a run of equal probabilities at a time */
static double
merged_auc(RiskMetricsState *s)
{
	CxAucAcc	a;
	double		p,
				q;

	cx_auc_init(&a);
	tuplesort_performsort(s->pos);
	tuplesort_performsort(s->neg);
	p = next_value(s->pos);
	q = next_value(s->neg);
	while (p < INFINITY || q < INFINITY)
	{
		double		v = Min(p, q);
		int64		np = 0,
					nn = 0;

		while (p == v)
		{
			np++;
			p = next_value(s->pos);
		}
		while (q == v)
		{
			nn++;
			q = next_value(s->neg);
		}
		cx_auc_run(&a, np, nn);
		CHECK_FOR_INTERRUPTS();
	}
	tuplesort_end(s->pos);
	tuplesort_end(s->neg);
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
	TupleDesc	tupdesc;
	Datum		v[9];
	bool		nulls[9] = {0};
	double		n;
	Oid			elemtype;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (RiskMetricsState *) PG_GETARG_POINTER(0);
	a = &s->acc;
	if (a->n == 0)
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	if (!s->done)
	{
		MemoryContext old = MemoryContextSwitchTo(s->cxt);

		s->auc = merged_auc(s);
		s->done = true;
		MemoryContextSwitchTo(old);
	}
	n = (double) a->n;
	v[0] = Int64GetDatum(a->n);
	v[1] = Int64GetDatum(a->positives);
	v[2] = Int64GetDatum(s->skipped);
	v[3] = Float8GetDatum(s->auc);
	nulls[3] = isnan(s->auc);
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
