/*-------------------------------------------------------------------------
 *
 * alert_recovery.c
 *	  SQL face of the recovery report's statistics: the recovery rate of
 *	  one resolution category, its Wilson interval, and its difference
 *	  from the other categories with interval and p-value.  The arithmetic
 *	  is src/core/recovery.c (on top of the shared impact.c); the report
 *	  itself, cx_alert_recovery_report(), is SQL and calls this once per
 *	  category.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "recovery.h"

#include <math.h>

PG_FUNCTION_INFO_V1(cx_alert_recovery_rate);

/*
 * cx_alert_recovery_rate(recovered, answered, others_recovered,
 * others_answered, level) -> (rate, ci_lower, ci_upper, others_rate,
 * difference, difference_lower, difference_upper, p_value).
 * Undefined figures (a group without answers) are NULL, never NaN: BI tools
 * chart NULL as a gap, NaN as garbage.
 */
Datum
cx_alert_recovery_rate(PG_FUNCTION_ARGS)
{
	int64		recovered = PG_GETARG_INT64(0);
	int64		answered = PG_GETARG_INT64(1);
	int64		others_recovered = PG_GETARG_INT64(2);
	int64		others_answered = PG_GETARG_INT64(3);
	float8		level = PG_GETARG_FLOAT8(4);
	CxRecoveryRate r;
	TupleDesc	tupdesc;
	Datum		values[8];
	bool		nulls[8];

	if (!(level > 0.0 && level < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("level must be between 0 and 1 (exclusive), not %g", level),
				 errhint("Use 0.95 for a 95%% interval.")));
	if (!cx_recovery_rate(recovered, answered, others_recovered, others_answered, level, &r))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("recovery counts must satisfy 0 <= recovered <= answered"),
				 errdetail("Got " INT64_FORMAT " of " INT64_FORMAT " and, for the other categories, "
						   INT64_FORMAT " of " INT64_FORMAT ".",
						   recovered, answered, others_recovered, others_answered)));

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "cx_alert_recovery_rate must return a record");
	tupdesc = BlessTupleDesc(tupdesc);
#define FIG(i, x) do { double x_ = (x); nulls[i] = isnan(x_); values[i] = Float8GetDatum(x_); } while (0)
	FIG(0, r.rate);
	FIG(1, r.ci_lower);
	FIG(2, r.ci_upper);
	FIG(3, r.versus.unexposed_value);
	FIG(4, r.versus.difference);
	FIG(5, r.versus.ci_lower);
	FIG(6, r.versus.ci_upper);
	FIG(7, r.versus.p_value);
#undef FIG
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
