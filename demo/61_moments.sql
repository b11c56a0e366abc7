-- demo/61_moments.sql: the moments of truth: where along the journey the
-- score is won or lost.
-- A survey at the end of each journey: every customer of demo/00_data.sql
-- answers "would you recommend us" (0-10) two days after their last
-- touchpoint, and the answer depends on what happened in the journey: a
-- customer sent back to billing after reaching support ("billing loop")
-- answers lower.  The answers are generated here from the touchpoints; the
-- report below is not told which journeys looped and finds the moment itself.
-- (the README builds the same table: the draws are hashes of the customer id)
CREATE TABLE journey_survey AS
WITH events AS (
	SELECT customer_id, stage, at,
	       array_position(ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'], stage) AS pos,
	       max(array_position(ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'], stage))
	           OVER (PARTITION BY customer_id ORDER BY at ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS furthest_before,
	       lag(stage) OVER (PARTITION BY customer_id ORDER BY at) AS previous_stage
	FROM touchpoints),
journeys AS (
	SELECT customer_id, max(at) AS last_at,
	       bool_or(stage = 'billing' AND previous_stage IS DISTINCT FROM 'billing' AND furthest_before > pos) AS billing_loop
	FROM events GROUP BY customer_id)
SELECT j.customer_id, j.last_at + interval '2 days' AS answered_at,
       (CASE WHEN r < p THEN 9 + floor(r2 * 2) WHEN r < p + 0.30 THEN 7 + floor(r2 * 2)
             ELSE floor(r2 * 7) END)::smallint AS score
FROM journeys j JOIN customers c USING (customer_id),
     LATERAL (SELECT (hashint8(j.customer_id) + 2147483648.0) / 4294967296 AS r,   -- uniform 0-1
                     (hashint8(-j.customer_id) + 2147483648.0) / 4294967296 AS r2,
                     CASE WHEN j.billing_loop THEN 0.10
                          WHEN c.segment = 'enterprise' THEN 0.55 WHEN c.segment = 'smb' THEN 0.50
                          ELSE 0.45 END AS p) AS x
WHERE j.customer_id % 10 <> 0;
ANALYZE journey_survey;

-- 1. The moments of truth: for each stage and kind of friction, the NPS of
--    the customers who met it there against those who passed the stage
--    without it; points_at_stake = overall NPS points it costs.
SELECT rank, stage, friction, exposed_journeys AS met, round(exposed_value::numeric, 1) AS nps_met,
       unexposed_journeys AS passed, round(unexposed_value::numeric, 1) AS nps_passed,
       round(ci_lower::numeric, 1) AS ci_lower, round(ci_upper::numeric, 1) AS ci_upper,
       to_char(p_value, '9.9EEEE') AS p_value, round(points_at_stake::numeric, 1) AS points_at_stake, supported
FROM journey_moments_report((
	SELECT journey_moments(t.customer_id, t.stage, t.at, s.score, t.channel, t.outcome = 'failed',
	       journey_moments_config(journey_config(
	           stages => ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'],
	           as_of => '2026-12-01')))
	FROM touchpoints t LEFT JOIN journey_survey s USING (customer_id)))
WHERE rank <= 5 OR NOT supported
ORDER BY rank;

-- 2. Per segment (GROUP BY in a plain SELECT): the top moment of each.
SELECT m.segment, r.stage, r.friction, r.exposed_journeys AS met, round(r.points_at_stake::numeric, 1) AS points_at_stake,
       r.supported
FROM (SELECT c.segment,
             journey_moments(t.customer_id, t.stage, t.at, s.score,
                             journey_moments_config(journey_config(
                                 stages => ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'],
                                 as_of => '2026-12-01'))) AS state
      FROM touchpoints t JOIN customers c USING (customer_id) LEFT JOIN journey_survey s USING (customer_id)
      GROUP BY c.segment) AS m,
     LATERAL journey_moments_report(m.state) AS r
WHERE r.rank = 1
ORDER BY m.segment;
