-- demo/30_journey.sql: where customers get stuck, loop back and drop off.
-- The touchpoints of demo/00_data.sql: each journey walks the stages
-- discovery .. renewal on several channels; SMB customers bounce between
-- support and billing, switch channels and fail more often there.

-- 1. Per-stage friction, worst stage (the pain point) first.
SELECT rank, stage, journeys, visits, round(conversion_rate::numeric, 2) AS conversion,
       repeats, loops, date_trunc('hour', dwell_median) AS dwell_median, drop_offs,
       channel_switches, failed, round(friction_index::numeric, 1) AS friction
FROM journey_friction_report((
	SELECT journey_friction(customer_id, stage, at, channel, outcome = 'failed',
	       journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'],
	                      repeat_window => '72 hours', idle_period => '30 days', as_of => '2026-12-01'))
	FROM touchpoints))
ORDER BY rank;

-- 2. The worst stage per segment: GROUP BY in a plain SELECT (what a BI tool runs).
SELECT segment, r.stage, r.journeys, round(r.friction_index::numeric, 1) AS friction
FROM (SELECT c.segment,
             journey_friction(t.customer_id, t.stage, t.at, t.channel, t.outcome = 'failed',
                              journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'],
                                             as_of => '2026-12-01')) AS state
      FROM touchpoints t JOIN customers c USING (customer_id)
      GROUP BY c.segment) AS s,
     LATERAL journey_friction_report(s.state) AS r
WHERE r.rank = 1
ORDER BY segment;

-- 3. Per-journey friction: the most stuck customers (what the alerts use).
SELECT customer_id, (f).events, (f).repeats, (f).loops, (f).last_stage, (f).dropped,
       round((f).friction_index::numeric, 1) AS friction, (f).worst_stage
FROM (SELECT customer_id,
             journey_friction_score(journey_friction(customer_id, stage, at, channel, outcome = 'failed',
                 journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'],
                                as_of => '2026-12-01'))) AS f
      FROM touchpoints GROUP BY customer_id) AS j
ORDER BY (f).friction_index DESC, customer_id
LIMIT 5;

-- 4. States are values: store one per region, add them up later (= the whole of 1.).
CREATE TABLE journey_state_by_region AS
SELECT c.region, journey_friction(t.customer_id, t.stage, t.at, t.channel, t.outcome = 'failed',
       journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'],
                      as_of => '2026-12-01')) AS state
FROM touchpoints t JOIN customers c USING (customer_id) GROUP BY c.region;
SELECT stage, journeys, loops, round(friction_index::numeric, 1) AS friction
FROM journey_friction_report((SELECT journey_friction_merge(state) FROM journey_state_by_region))
WHERE rank <= 3 ORDER BY rank;
