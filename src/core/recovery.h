/*
 * recovery.h: which recoveries work, in plain C (no PostgreSQL headers).
 *
 * After an alert is resolved, the customer's next answer tells whether the
 * recovery worked ("recovered": a promoter, or not a detractor, as the
 * report is asked).  For one resolution category against all the others:
 *	 rate           = 100 * recovered / answered (this category)
 *	 ci_lower/upper = Wilson interval of that rate at `level` (cx_wilson_interval)
 *	 versus         = this category (exposed) against the other categories
 *	                  (unexposed): the difference of the two rates in
 *	                  percentage points, its interval and two-sided p-value,
 *	                  from the shared impact arithmetic (cx_csat_impact).
 * Alerts without a later answer are not counted here at all: they are "no
 * answer yet", not failures.
 */
#ifndef CX_CORE_RECOVERY_H
#define CX_CORE_RECOVERY_H

#include <stdbool.h>
#include <stdint.h>

#include "impact.h"

typedef struct CxRecoveryRate
{
	double		rate;			/* % recovered of the answered; NaN without answers */
	double		ci_lower;		/* Wilson interval of rate, in % */
	double		ci_upper;
	CxImpact	versus;			/* this category against the others */
} CxRecoveryRate;

/*
 * The rate of one category (recovered of answered) and its comparison with
 * the others (others_recovered of others_answered).  False when the counts
 * are not 0 <= recovered <= answered (each pair), or level is not in (0, 1);
 * *out is then all NaN.
 */
extern bool cx_recovery_rate(int64_t recovered, int64_t answered,
							 int64_t others_recovered, int64_t others_answered,
							 double level, CxRecoveryRate *out);

#endif
