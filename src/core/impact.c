/*
 * impact.c: the impact of one driver on a survey score (see impact.h).
 *
 * Every method here reports the observed difference of the two groups'
 * values and takes its interval and p-value from one statistic, so that the
 * two always agree: the p-value is below 1 - level exactly when the
 * (unclipped) interval leaves out zero.
 *
 *	 NPS   adjusted-Wald (as cx_nps_interval / cx_nps_test):
 *	       100 (NPS'_e - NPS'_u) -+ z 100 sqrt(SE'_e^2 + SE'_u^2),
 *	       p from z = (NPS'_e - NPS'_u) / sqrt(SE'_e^2 + SE'_u^2).
 *	 CSAT  Agresti-Caffo (one satisfied and one unsatisfied answer added to
 *	       each group): p~ = (x + 1) / (n + 2),
 *	       100 (p~_e - p~_u) -+ z 100 sqrt(p~_e q~_e / (n_e + 2) + p~_u q~_u / (n_u + 2)),
 *	       p from the same z.  It is the adjusted-Wald method for a
 *	       difference of two proportions (Agresti & Caffo 2000), the same
 *	       family as the NPS one, and its coverage is close to nominal from a
 *	       handful of answers on; unlike Newcombe's hybrid of two Wilson
 *	       intervals it comes with a test that always agrees with it.
 *	 CES   Welch's t on the mean effort: (m_e - m_u) -+ t(level, df) SE,
 *	       SE = sqrt(s_e^2 / n_e + s_u^2 / n_u), df of Welch-Satterthwaite,
 *	       p from t = (m_e - m_u) / SE.  Undefined (NaN) with fewer than two
 *	       answers in a group or when neither group varies (SE = 0).
 *
 * Intervals are clipped to the possible range of a difference ([-200, 200]
 * NPS points, [-100, 100] percentage points, [-6, 6] effort points).
 */
#include "impact.h"
#include "stats.h"
#include "survey.h"

#include <math.h>

/* Group sizes, share and points at stake, once the two values are known. */
static void
impact_finish(CxImpact *out, int64_t exposed_n, int64_t unexposed_n,
			  double exposed_value, double unexposed_value)
{
	/* in double: the two counts may add up to more than int64 */
	double		total = (double) exposed_n + (double) unexposed_n;

	out->exposed_n = exposed_n;
	out->unexposed_n = unexposed_n;
	out->exposed_value = exposed_value;
	out->unexposed_value = unexposed_value;
	out->exposed_share = total > 0.0 ? (double) exposed_n / total : NAN;
	/* NaN when a group has no answers: NaN propagates */
	out->difference = exposed_value - unexposed_value;
	out->points_at_stake = out->exposed_share * (unexposed_value - exposed_value);
}

static void
impact_clear(CxImpact *out)
{
	out->exposed_n = out->unexposed_n = 0;
	out->exposed_value = out->unexposed_value = NAN;
	out->difference = out->ci_lower = out->ci_upper = out->p_value = NAN;
	out->exposed_share = out->points_at_stake = NAN;
}

/* centre -+ z se clipped to [-bound, bound]; NaN bounds for a bad level */
static void
normal_interval(CxImpact *out, double centre, double se, double level,
				double bound)
{
	double		z = cx_norm_critical(level);

	if (isnan(z) || isnan(centre) || isnan(se))
		return;
	out->ci_lower = fmax(-bound, centre - z * se);
	out->ci_upper = fmin(bound, centre + z * se);
}

void
cx_nps_impact(const CxNpsState *exposed, const CxNpsState *unexposed,
			  double level, CxImpact *out)
{
	double		difference,
				z,
				p;

	impact_clear(out);
	impact_finish(out, exposed->n, unexposed->n,
				  cx_nps_value(exposed), cx_nps_value(unexposed));
	if (!cx_nps_test(exposed, unexposed, &difference, &z, &p))
		return;
	out->p_value = p;
	{
		double		se_e = cx_nps_stderr(exposed),
					se_u = cx_nps_stderr(unexposed);

		normal_interval(out,
						cx_nps_adjusted_value(exposed) - cx_nps_adjusted_value(unexposed),
						sqrt(se_e * se_e + se_u * se_u), level, 200.0);
	}
}

void
cx_csat_impact(const int64_t *exposed, const int64_t *unexposed,
			   int scale, double level, CxImpact *out)
{
	CxSurveyFigures fe,
				fu;
	double		pe,
				pu,
				se;

	impact_clear(out);
	cx_csat_figures(exposed, scale, &fe);
	cx_csat_figures(unexposed, scale, &fu);
	impact_finish(out, fe.n, fu.n, fe.pct, fu.pct);
	if (fe.n <= 0 || fu.n <= 0)
		return;
	/* Agresti-Caffo: p~ is strictly inside (0, 1), so se > 0 */
	pe = ((double) fe.top + 1.0) / ((double) fe.n + 2.0);
	pu = ((double) fu.top + 1.0) / ((double) fu.n + 2.0);
	se = sqrt(pe * (1.0 - pe) / ((double) fe.n + 2.0) +
			  pu * (1.0 - pu) / ((double) fu.n + 2.0));
	out->p_value = cx_norm_two_sided_p((pe - pu) / se);
	normal_interval(out, 100.0 * (pe - pu), 100.0 * se, level, 100.0);
}

void
cx_ces_impact(const int64_t *exposed, const int64_t *unexposed,
			  double level, CxImpact *out)
{
	CxSurveyFigures fe,
				fu;
	double		ve,
				vu,
				se2,
				df,
				t,
				tc,
				bound = (double) (CX_CES_MAX - 1);

	impact_clear(out);
	cx_ces_figures(exposed, &fe);
	cx_ces_figures(unexposed, &fu);
	impact_finish(out, fe.n, fu.n, fe.mean, fu.mean);
	if (fe.n < 2 || fu.n < 2)
		return;
	ve = fe.sd * fe.sd / (double) fe.n;
	vu = fu.sd * fu.sd / (double) fu.n;
	se2 = ve + vu;
	if (!(se2 > 0.0))
		return;
	/* Welch-Satterthwaite; at least min(n_e, n_u) - 1 >= 1 but for rounding */
	df = se2 * se2 / (ve * ve / (double) (fe.n - 1) + vu * vu / (double) (fu.n - 1));
	if (!(df >= 1.0))
		df = 1.0;
	t = (fe.mean - fu.mean) / sqrt(se2);
	out->p_value = cx_t_two_sided_p(t, df);
	tc = cx_t_critical(level, df);
	if (isnan(tc))
		return;
	out->ci_lower = fmax(-bound, out->difference - tc * sqrt(se2));
	out->ci_upper = fmin(bound, out->difference + tc * sqrt(se2));
}
