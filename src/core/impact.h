/*
 * impact.h: the impact of one driver on a survey score, in plain C (no
 * PostgreSQL headers).  Shared by nps_impact / csat_impact / ces_impact
 * (src/impact.c), the moments of truth of the journeys and the recovery
 * report of the alerts, so that every "this group against the rest"
 * comparison in cx_metrics uses the same arithmetic.
 *
 * Two groups of answers, "exposed" (the driver happened: a late delivery, a
 * loop at the billing stage, ...) and "unexposed" (the rest):
 *	 difference      = value(exposed) - value(unexposed)
 *	 ci_lower/upper  = interval of that difference at `level`
 *	 p_value         = two-sided test of "no difference"
 *	 exposed_share   = exposed answers / all answers (0..1)
 *	 points_at_stake = what the overall value would gain if the exposed
 *	                   group scored like the rest:
 *	                   exposed_share * (value(unexposed) - value(exposed))
 * Every double is NAN when undefined (a group without answers).
 */
#ifndef CX_CORE_IMPACT_H
#define CX_CORE_IMPACT_H

#include <stdbool.h>
#include <stdint.h>

#include "nps.h"

typedef struct CxImpact
{
	int64_t		exposed_n;
	int64_t		unexposed_n;
	double		exposed_value;
	double		unexposed_value;
	double		difference;
	double		ci_lower;
	double		ci_upper;
	double		p_value;
	double		exposed_share;
	double		points_at_stake;
} CxImpact;

/* NPS points (adjusted-Wald interval and test of the difference). */
extern void cx_nps_impact(const CxNpsState *exposed, const CxNpsState *unexposed,
						  double level, CxImpact *out);

/*
 * CSAT % (top two boxes of 1..scale) and CES (mean effort 1..7): counts[v-1]
 * is the number of answers v.  The counts must be valid (cx_survey_total).
 */
extern void cx_csat_impact(const int64_t *exposed, const int64_t *unexposed,
						   int scale, double level, CxImpact *out);
extern void cx_ces_impact(const int64_t *exposed, const int64_t *unexposed,
						  double level, CxImpact *out);

#endif
