/*
 * recovery.c: the recovery rate of a resolution category (see recovery.h).
 *
 * Recovered or not is a yes/no outcome, a proportion like CSAT's share of
 * satisfied answers; so the comparison with the other categories is the
 * CSAT impact of impact.c, on a 1-3 scale whose top two boxes are "yes":
 * a recovery counts as an answer 3, a failure as an answer 1.  That keeps
 * one implementation of the difference of two proportions (Agresti-Caffo
 * interval and test) for every "this group against the rest" in
 * cx_metrics, and its CSAT % is exactly 100 * recovered / answered.
 */
#include "recovery.h"
#include "survey.h"

#include <math.h>

/* the 1-3 scale's answer counts of a yes/no outcome: no = 1, yes = 3 */
static void
yes_no_counts(int64_t yes, int64_t n, int64_t *counts)
{
	int			i;

	for (i = 0; i < CX_SURVEY_MAX_VALUES; i++)
		counts[i] = 0;
	counts[0] = n - yes;
	counts[2] = yes;
}

static bool
valid_pair(int64_t yes, int64_t n)
{
	return yes >= 0 && n >= 0 && yes <= n;
}

bool
cx_recovery_rate(int64_t recovered, int64_t answered,
				 int64_t others_recovered, int64_t others_answered,
				 double level, CxRecoveryRate *out)
{
	int64_t		mine[CX_SURVEY_MAX_VALUES],
				others[CX_SURVEY_MAX_VALUES];

	out->rate = out->ci_lower = out->ci_upper = NAN;
	out->versus.exposed_n = out->versus.unexposed_n = 0;
	out->versus.exposed_value = out->versus.unexposed_value = NAN;
	out->versus.difference = out->versus.ci_lower = out->versus.ci_upper = NAN;
	out->versus.p_value = out->versus.exposed_share = out->versus.points_at_stake = NAN;
	if (!valid_pair(recovered, answered) || !valid_pair(others_recovered, others_answered) ||
		!(level > 0.0 && level < 1.0))
		return false;

	if (answered > 0)
	{
		out->rate = 100.0 * (double) recovered / (double) answered;
		(void) cx_wilson_interval(recovered, answered, level,
								  &out->ci_lower, &out->ci_upper);
	}
	yes_no_counts(recovered, answered, mine);
	yes_no_counts(others_recovered, others_answered, others);
	cx_csat_impact(mine, others, 3, level, &out->versus);
	return true;
}
