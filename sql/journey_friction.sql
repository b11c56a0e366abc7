-- Journey friction: hand-checked journeys for every definition, a plain-SQL
-- reference (LAG/LEAD, GROUP BY) over thousands of random journeys, serial
-- versus parallel plans, and bad input.
SET extra_float_digits = 0;
SET IntervalStyle = postgres;
\pset null '(null)'

-- ---- hand-checked journeys ---------------------------------------------------
CREATE TABLE journey_events (j int, stage text, at timestamptz, channel text, failed bool);
INSERT INTO journey_events VALUES
 -- journey 1: a a b a c.  a: 2 visits, repeats at 01:00 (1 h after 00:00) and
 -- on day 3 (47 h after 01:00); the second visit of a is a loop (b reached);
 -- dwell a = 24 h and 7 days, b = 24 h; one channel switch (phone -> email)
 (1, 'a', '2026-01-01 00:00+00', 'phone', false),
 (1, 'a', '2026-01-01 01:00+00', 'email', true),
 (1, 'b', '2026-01-02 00:00+00', 'email', false),
 (1, 'a', '2026-01-03 00:00+00', NULL, NULL),
 (1, 'c', '2026-01-10 00:00+00', 'chat', false),
 -- journey 2: a b, quiet since 5 January: dropped off at b (as_of 1 March)
 (2, 'a', '2026-01-01 00:00+00', 'phone', false),
 (2, 'b', '2026-01-05 00:00+00', 'phone', true),
 -- journey 3: one event; last event 20 February, 9 days before as_of: still active
 (3, 'b', '2026-02-20 00:00+00', NULL, NULL);

SELECT rank, stage, stage_order, journeys, events, visits, converted, conversion_rate,
       repeats, repeat_rate, loops, round(loop_rate::numeric, 4) AS loop_rate,
       dwell_median, dwell_mean, drop_offs, drop_off_rate, channel_switches,
       round(channel_switch_rate::numeric, 4) AS channel_switch_rate, failed,
       round(failed_rate::numeric, 4) AS failed_rate, round(friction_index::numeric, 2) AS friction_index
FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, channel, failed,
	                        journey_config(stages => ARRAY['a', 'b', 'c'], as_of => '2026-03-01 00:00+00')
	                        ORDER BY j)
	FROM journey_events));

-- the index is the weighted mean of the defined components: stage a with
-- only the repeat weight is 100 * 2/4 repeats per event
SELECT stage, friction_index
FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY['a', 'b', 'c'], as_of => '2026-03-01 00:00+00') ORDER BY j)
	FROM journey_events), w_repeat => 1, w_loop => 0, w_dwell => 0, w_drop_off => 0, w_channel => 0, w_failed => 0);

-- without a stage order: stages listed by first appearance; repeat window of 30 minutes
SELECT stage, stage_order, journeys, repeats, loops, converted, dwell_median, drop_offs
FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, journey_config(repeat_window => '30 minutes', as_of => '2026-03-01 00:00+00') ORDER BY j)
	FROM journey_events))
ORDER BY stage_order;

-- per-journey friction (GROUP BY the journey)
SELECT j, (s).*
FROM (SELECT j, journey_friction_score(journey_friction(j, stage, at, channel, failed,
             journey_config(stages => ARRAY['a', 'b', 'c'], as_of => '2026-03-01 00:00+00') ORDER BY at)) AS s
      FROM journey_events GROUP BY j) x
ORDER BY j;

-- ties: events at the same time are ordered by stage order (then by name
-- without an order), never by arrival: b then a at one instant is a, b
SELECT stage, visits, loops, converted
FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY['a', 'b'], as_of => '2026-03-01') ORDER BY j)
	FROM (VALUES (1, 'b', timestamptz '2026-01-01'), (1, 'a', timestamptz '2026-01-01')) AS v(j, stage, at)));
-- out-of-order arrival within a journey is sorted by time
SELECT stage, visits, loops, repeats, dwell_mean
FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY['a', 'b'], as_of => '2026-03-01') ORDER BY j)
	FROM (VALUES (1, 'a', timestamptz '2026-01-03'), (1, 'b', timestamptz '2026-01-02'),
	             (1, 'a', timestamptz '2026-01-01')) AS v(j, stage, at)));
-- time zones: the same instants give the same figures in any session zone;
-- '3 days' is 72 hours even across a daylight-saving change
SET TIME ZONE 'America/New_York';
SELECT stage, repeats, dwell_mean
FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY['a', 'b'], repeat_window => '3 days', as_of => '2026-04-01') ORDER BY j)
	FROM (VALUES (1, 'a', timestamptz '2026-03-07 12:00'), (1, 'a', timestamptz '2026-03-10 13:00'),
	             (1, 'b', timestamptz '2026-03-10 14:00')) AS v(j, stage, at)));
RESET TIME ZONE;
-- no rows: NULL state, no report rows, NULL score
SELECT journey_friction(j, stage, at) IS NULL AS no_state FROM journey_events WHERE false;
SELECT count(*) FROM journey_friction_report(NULL);
SELECT journey_friction_score(NULL) IS NULL AS no_score;

-- a state is storable: a text round trip gives the same report (binary: test/shell/journey_helpdesk.sh)
CREATE TABLE journey_states AS
SELECT j % 2 AS part, journey_friction(j, stage, at, channel, failed,
       journey_config(stages => ARRAY['a', 'b', 'c'], as_of => '2026-03-01 00:00+00') ORDER BY j) AS s
FROM journey_events GROUP BY j % 2;
SELECT part, (SELECT array_agg(r::text ORDER BY r.stage) FROM journey_friction_report(s::text::journey_friction_state) r)
     = (SELECT array_agg(r::text ORDER BY r.stage) FROM journey_friction_report(s) r) AS text_round_trip
FROM journey_states ORDER BY part;
-- merging the two halves gives the whole
SELECT (SELECT array_agg(r::text ORDER BY r.stage) FROM journey_friction_report((SELECT journey_friction_merge(s) FROM journey_states)) r)
     = (SELECT array_agg(r::text ORDER BY r.stage) FROM journey_friction_report((
          SELECT journey_friction(j, stage, at, channel, failed,
                 journey_config(stages => ARRAY['a', 'b', 'c'], as_of => '2026-03-01 00:00+00') ORDER BY j)
          FROM journey_events)) r) AS merge_equals_whole;

-- ---- the plain-SQL reference over thousands of random journeys ---------------
TRUNCATE journey_events;
SELECT setseed(0.31);
-- 4,000 journeys of 1-12 events over 5 stages, times on a 1-hour grid (so that
-- ties happen), channels and outcomes sometimes missing
INSERT INTO journey_events
SELECT j,
       (ARRAY['discovery', 'purchase', 'onboarding', 'support', 'renewal'])[
           least(5, greatest(1, 1 + floor(k * 4.0 / n + random() * 2.2 - 0.7)::int))],
       timestamptz '2026-01-01 00:00+00' + (j % 50) * interval '1 day'
           + floor(random() * 24 * 60)::int * interval '1 hour',
       (ARRAY['phone', 'email', 'chat', NULL])[1 + floor(random() * 4)::int],
       (ARRAY[true, false, false, NULL])[1 + floor(random() * 4)::int]
FROM (SELECT j, 1 + floor(random() * 12)::int AS n FROM generate_series(1, 4000) AS j) AS jn,
     LATERAL generate_series(1, jn.n) AS k;
SELECT count(*) AS events, count(DISTINCT j) AS journeys FROM journey_events;
CREATE FUNCTION pg_temp.journey_ref(ord text[], win interval, idle interval, as_of timestamptz)
RETURNS TABLE (stage text, first_at timestamptz, journeys bigint, events bigint, visits bigint,
               converted bigint, repeats bigint, loops bigint, dwell_n bigint,
               dwell_median_s float8, dwell_mean_s numeric, ended_idle bigint,
               channel_events bigint, channel_switches bigint, outcome_events bigint, failed bigint)
LANGUAGE sql STABLE AS $$
WITH e AS (
	SELECT j, stage, at, channel, failed,
	       row_number() OVER (PARTITION BY j ORDER BY at, coalesce(array_position(ord, stage), 0),
	                          stage COLLATE "C", channel COLLATE "C" NULLS FIRST, failed NULLS FIRST) AS i
	FROM journey_events
), f AS (
	SELECT *, min(i) OVER (PARTITION BY j, stage) AS fi FROM e
), r AS (
	SELECT *, CASE WHEN ord IS NULL THEN dense_rank() OVER (PARTITION BY j ORDER BY fi)
	               ELSE array_position(ord, stage) END AS rk
	FROM f
), w AS (
	SELECT *,
	       lag(at) OVER (PARTITION BY j, stage ORDER BY i) AS prev_same,
	       lag(stage) OVER (PARTITION BY j ORDER BY i) AS prev_stage,
	       max(rk) OVER (PARTITION BY j ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS max_before,
	       max(rk) OVER (PARTITION BY j ORDER BY i ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS max_after,
	       max(i) OVER (PARTITION BY j) AS last_i
	FROM r
), v AS (
	SELECT *, prev_stage IS DISTINCT FROM stage AS new_visit,
	       count(*) FILTER (WHERE prev_stage IS DISTINCT FROM stage) OVER (PARTITION BY j ORDER BY i) AS visit
	FROM w
), starts AS (
	SELECT j, stage, visit, at, lead(at) OVER (PARTITION BY j ORDER BY i) - at AS dwell
	FROM v WHERE new_visit
), ch AS (
	SELECT j, stage, channel IS DISTINCT FROM lag(channel) OVER (PARTITION BY j, visit ORDER BY i)
	       AND lag(channel) OVER (PARTITION BY j, visit ORDER BY i) IS NOT NULL AS switch
	FROM v WHERE channel IS NOT NULL
), per_stage AS (
	SELECT stage, min(at) AS first_at, count(DISTINCT j) AS journeys, count(*) AS events,
	       count(*) FILTER (WHERE new_visit) AS visits,
	       count(*) FILTER (WHERE i = fi AND max_after > rk) AS converted,
	       count(*) FILTER (WHERE at - prev_same <= win) AS repeats,
	       count(*) FILTER (WHERE new_visit AND max_before > rk) AS loops,
	       count(*) FILTER (WHERE i = last_i AND as_of - at > idle) AS ended_idle,
	       count(channel) AS channel_events,
	       count(failed) AS outcome_events, count(*) FILTER (WHERE failed) AS failed
	FROM v GROUP BY stage
), dw AS (
	SELECT stage, count(dwell) AS dwell_n,
	       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM dwell)) AS dwell_median_s,
	       round(avg(extract(epoch FROM dwell)), 6) AS dwell_mean_s
	FROM starts GROUP BY stage
), sw AS (
	SELECT stage, count(*) FILTER (WHERE switch) AS channel_switches FROM ch GROUP BY stage
)
SELECT p.stage, p.first_at, p.journeys, p.events, p.visits, p.converted, p.repeats, p.loops,
       coalesce(dw.dwell_n, 0), dw.dwell_median_s, dw.dwell_mean_s, p.ended_idle,
       p.channel_events, coalesce(sw.channel_switches, 0), p.outcome_events, p.failed
FROM per_stage p LEFT JOIN dw USING (stage) LEFT JOIN sw USING (stage)
$$;

-- with a stage order: every column of every stage equals the reference
CREATE TABLE journey_ours AS
SELECT * FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, channel, failed,
	       journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'support', 'renewal'],
	                      repeat_window => '72 hours', idle_period => '30 days', as_of => '2026-03-15 00:00+00')
	       ORDER BY j)
	FROM journey_events));
CREATE TABLE journey_expected AS
SELECT * FROM pg_temp.journey_ref(ARRAY['discovery', 'purchase', 'onboarding', 'support', 'renewal'],
                                  '72 hours', '30 days', '2026-03-15 00:00+00');
SELECT o.stage, o.journeys, o.events,
       o.journeys = r.journeys AND o.events = r.events AND o.visits = r.visits AS counts_ok,
       o.converted = r.converted AND o.conversion_rate = r.converted::float8 / r.journeys AS conversion_ok,
       o.repeats = r.repeats AND o.repeat_rate = r.repeats::float8 / r.events AS repeats_ok,
       o.loops = r.loops AND o.loop_rate = r.loops::float8 / r.visits AS loops_ok,
       extract(epoch FROM o.dwell_mean) = r.dwell_mean_s AS dwell_mean_ok,
       abs(extract(epoch FROM o.dwell_median) - r.dwell_median_s) <= r.dwell_median_s / 64 AS dwell_median_ok,
       o.drop_offs = CASE WHEN o.stage = 'renewal' THEN 0 ELSE r.ended_idle END AS drop_offs_ok,
       o.channel_switches = r.channel_switches
         AND o.channel_switch_rate = r.channel_switches::float8 / r.channel_events AS channel_ok,
       o.failed = r.failed AND o.failed_rate = r.failed::float8 / r.outcome_events AS failed_ok
FROM journey_ours o JOIN journey_expected r USING (stage)
ORDER BY o.stage_order;
SELECT (SELECT count(*) FROM journey_ours) AS stages_reported, (SELECT count(*) FROM journey_expected) AS stages_in_reference;
-- the median is exact to within its histogram bucket (1/64); most often exact
SELECT count(*) FILTER (WHERE extract(epoch FROM o.dwell_median) = r.dwell_median_s) AS medians_exact
FROM journey_ours o JOIN journey_expected r USING (stage);
-- the index from the rates, with the default weights, and the ranking
SELECT stage, rank, round(friction_index::numeric, 6) = round((100 * (
         0.25 * repeat_rate + 0.20 * loop_rate
       + 0.15 * (extract(epoch FROM dwell_median) / (extract(epoch FROM dwell_median) + 72 * 3600))
       + 0.20 * drop_off_rate + 0.10 * channel_switch_rate + 0.10 * failed_rate))::numeric, 6) AS index_ok,
       rank = row_number() OVER (ORDER BY friction_index DESC, stage_order) AS rank_ok
FROM journey_ours ORDER BY rank;

-- without a stage order (each journey ranks stages by its first visits), a
-- 6-hour window; no stage is known to be final, so drop-off is undefined
-- (journey_final checks final_stages against the same reference)
CREATE TABLE journey_ours_u AS
SELECT * FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, channel, failed,
	       journey_config(repeat_window => '6 hours', idle_period => '10 days', as_of => '2026-03-01 00:00+00')
	       ORDER BY j)
	FROM journey_events));
CREATE TABLE journey_expected_u AS
SELECT * FROM pg_temp.journey_ref(NULL, '6 hours', '10 days', '2026-03-01 00:00+00');
SELECT o.stage, o.stage_order = row_number() OVER (ORDER BY r.first_at, r.stage COLLATE "C") AS order_ok,
       o.journeys = r.journeys AND o.events = r.events AND o.visits = r.visits AND o.converted = r.converted
       AND o.repeats = r.repeats AND o.loops = r.loops AND o.channel_switches = r.channel_switches
       AND o.failed = r.failed AND extract(epoch FROM o.dwell_mean) = r.dwell_mean_s
       AND abs(extract(epoch FROM o.dwell_median) - r.dwell_median_s) <= r.dwell_median_s / 64
       AND o.drop_offs IS NULL AND o.drop_off_rate IS NULL AS all_ok
FROM journey_ours_u o JOIN journey_expected_u r USING (stage)
ORDER BY o.stage_order;

-- per-journey friction equals the reference's per-journey totals, for every journey
WITH ours AS (
	SELECT j, (journey_friction_score(journey_friction(j, stage, at, channel, failed,
	       journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'support', 'renewal'],
	                      as_of => '2026-03-15 00:00+00') ORDER BY at))).*
	FROM journey_events GROUP BY j
), ev AS (
	SELECT j, stage, at, lag(at) OVER (PARTITION BY j, stage ORDER BY at, array_position(ARRAY['discovery', 'purchase', 'onboarding', 'support', 'renewal'], stage)) AS prev_same,
	       last_value(stage) OVER (PARTITION BY j ORDER BY at, array_position(ARRAY['discovery', 'purchase', 'onboarding', 'support', 'renewal'], stage)
	                               ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_stage,
	       max(at) OVER (PARTITION BY j) AS last_at
	FROM journey_events
), ref AS (
	SELECT j, count(*) AS events, count(*) FILTER (WHERE at - prev_same <= interval '72 hours') AS repeats,
	       min(last_stage) AS last_stage,
	       min(last_stage) <> 'renewal' AND timestamptz '2026-03-15 00:00+00' - min(last_at) > interval '30 days' AS dropped
	FROM ev GROUP BY j
)
SELECT count(*) AS journeys,
       count(*) FILTER (WHERE o.events = r.events AND o.repeats = r.repeats AND o.last_stage = r.last_stage
                        AND o.dropped = r.dropped) AS matching,
       count(*) FILTER (WHERE o.dropped) AS dropped,
       (SELECT sum(loops) FROM journey_ours) = sum(o.loops) AS loops_add_up,
       (SELECT sum(visits) FROM journey_ours) = sum(o.visits) AS visits_add_up
FROM ours o JOIN ref r USING (j);

-- ---- GROUP BY, merge, and serial versus parallel plans ----------------------
-- per-part states merged give the whole; a report per group is a plain SELECT
CREATE TABLE journey_part_states AS
SELECT j % 7 AS part, journey_friction(j, stage, at, channel, failed,
       journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'support', 'renewal'],
                      as_of => '2026-03-15 00:00+00') ORDER BY j) AS s
FROM journey_events GROUP BY j % 7;
SELECT part, r.stage, r.journeys, round(r.friction_index::numeric, 2) AS friction_index
FROM journey_part_states, journey_friction_report(s) r
WHERE part IN (0, 1) AND r.rank <= 2 ORDER BY part, r.rank;
SELECT (SELECT array_agg(r::text ORDER BY r.stage) FROM journey_friction_report((SELECT journey_friction_merge(s) FROM journey_part_states)) r)
     = (SELECT array_agg(r::text ORDER BY r.stage) FROM journey_ours r) AS merged_parts_equal_whole;
-- HashAggregate and GroupAggregate give the same states (no ORDER BY inside)
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT j % 7, journey_friction(j, stage, at) FROM journey_events GROUP BY j % 7;
CREATE TABLE journey_hashed AS
SELECT j % 7 AS part, journey_friction(j, stage, at, channel, failed,
       journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'support', 'renewal'],
                      as_of => '2026-03-15 00:00+00')) AS s
FROM journey_events GROUP BY j % 7;
RESET enable_sort;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT j % 7, journey_friction(j, stage, at) FROM journey_events GROUP BY j % 7;
SELECT count(*) AS parts,
       count(*) FILTER (WHERE h.s::text = p.s::text) AS hashed_equal,
       count(*) FILTER (WHERE g.s::text = p.s::text) AS sorted_equal
FROM journey_part_states p
JOIN journey_hashed h USING (part)
JOIN (SELECT j % 7 AS part, journey_friction(j, stage, at, channel, failed,
             journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'support', 'renewal'],
                            as_of => '2026-03-15 00:00+00')) AS s
      FROM journey_events GROUP BY j % 7) g USING (part);
RESET enable_hashagg;
-- one stored state per journey, merged on a parallel plan and on a serial plan
CREATE TABLE journey_one_states AS
SELECT j, journey_friction(j, stage, at, channel, failed,
       journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'support', 'renewal'],
                      as_of => '2026-03-15 00:00+00') ORDER BY j) AS s
FROM journey_events GROUP BY j;
ANALYZE journey_one_states;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT journey_friction_merge(s) FROM journey_one_states;
CREATE TABLE journey_parallel AS SELECT journey_friction_merge(s) AS s FROM journey_one_states;
-- the aggregate over events (parallel restricted: in the leader, as in 1.1)
EXPLAIN (COSTS OFF) SELECT journey_friction(j, stage, at) FROM journey_events;
CREATE TABLE journey_parallel_ev AS
SELECT journey_friction(j, stage, at, channel, failed,
       journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'support', 'renewal'],
                      repeat_window => '72 hours', idle_period => '30 days', as_of => '2026-03-15 00:00+00')) AS s
FROM journey_events;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
SET max_parallel_workers_per_gather = 0;
SELECT (SELECT s::text FROM journey_parallel) = (SELECT journey_friction_merge(s)::text FROM journey_one_states) AS parallel_equals_serial,
       (SELECT array_agg(r::text ORDER BY r.stage) FROM journey_parallel, journey_friction_report(s) r)
     = (SELECT array_agg(r::text ORDER BY r.stage) FROM journey_ours r) AS merged_journeys_equal_whole,
       (SELECT array_agg(r::text ORDER BY r.stage) FROM journey_parallel_ev, journey_friction_report(s) r)
     = (SELECT array_agg(r::text ORDER BY r.stage) FROM journey_ours r) AS parallel_scan_equals_serial;
RESET max_parallel_workers_per_gather;

-- ---- bad input ---------------------------------------------------------------
SELECT journey_friction(j, stage, at ORDER BY j) FROM (VALUES (1, NULL::text, now())) AS v(j, stage, at);
SELECT journey_friction(j, stage, at ORDER BY j) FROM (VALUES (1, 'a', NULL::timestamptz)) AS v(j, stage, at);
SELECT journey_friction(j, stage, at ORDER BY j) FROM (VALUES (NULL::int, 'a', now())) AS v(j, stage, at);
SELECT journey_friction(j, stage, at ORDER BY j) FROM (VALUES (1, 'a', timestamptz 'infinity')) AS v(j, stage, at);
SELECT journey_friction(j, stage, at ORDER BY j) FROM (VALUES (1, '', now())) AS v(j, stage, at);
SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY['a', 'b']) ORDER BY j)
FROM (VALUES (1, 'a', now()), (1, 'checkout', now())) AS v(j, stage, at);
SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY['a', 'b', 'a']) ORDER BY j)
FROM (VALUES (1, 'a', now())) AS v(j, stage, at);
SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY[]::text[]) ORDER BY j)
FROM (VALUES (1, 'a', now())) AS v(j, stage, at);
SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY['a', NULL]) ORDER BY j)
FROM (VALUES (1, 'a', now())) AS v(j, stage, at);
SELECT journey_friction(j, stage, at, journey_config(repeat_window => '-1 hour') ORDER BY j)
FROM (VALUES (1, 'a', now())) AS v(j, stage, at);
SELECT journey_friction(j, stage, at, NULL ORDER BY j) FROM (VALUES (1, 'a', now())) AS v(j, stage, at);
SELECT journey_friction(j, stage, at, journey_config(repeat_window => j * interval '1 hour') ORDER BY j)
FROM (VALUES (1, 'a', now()), (2, 'a', now())) AS v(j, stage, at);
-- ORDER BY journey is optional: without it (or with another order) the
-- aggregate sorts the events itself; every arrival order gives the same state
SELECT (SELECT journey_friction(j, stage, at, channel, failed, journey_config(as_of => '2026-03-15') ORDER BY j) FROM journey_events)::text
     = (SELECT journey_friction(j, stage, at, channel, failed, journey_config(as_of => '2026-03-15')) FROM journey_events)::text AS unordered_same,
       (SELECT journey_friction(j, stage, at, channel, failed, journey_config(as_of => '2026-03-15') ORDER BY j) FROM journey_events)::text
     = (SELECT journey_friction(j, stage, at, channel, failed, journey_config(as_of => '2026-03-15') ORDER BY j DESC, at DESC) FROM journey_events)::text AS descending_same,
       (SELECT journey_friction(j, stage, at, channel, failed, journey_config(as_of => '2026-03-15') ORDER BY j) FROM journey_events)::text
     = (SELECT journey_friction(j::text, stage, at, channel, failed, journey_config(as_of => '2026-03-15') ORDER BY random()) FROM journey_events)::text AS shuffled_text_keys_same;
SELECT journey_friction(j, 'a', now()) FROM (VALUES (point(1, 2))) AS v(j);
-- one journey larger than work_mem
SET work_mem = '64kB';
SELECT journey_friction(1, 'a', timestamptz '2026-01-01' + g * interval '1 minute' ORDER BY 1) FROM generate_series(1, 10000) g;
RESET work_mem;
-- weights
SELECT * FROM journey_friction_report((SELECT s FROM journey_parallel), w_loop => -1);
SELECT * FROM journey_friction_report((SELECT s FROM journey_parallel), 0, 0, 0, 0, 0, 0);
SELECT * FROM journey_friction_report((SELECT s FROM journey_parallel), w_dwell => 'NaN');
SELECT * FROM journey_friction_report((SELECT s FROM journey_parallel), w_failed => NULL);
SELECT * FROM journey_friction_report((SELECT s FROM journey_parallel), dwell_reference => '0');
SELECT * FROM journey_friction_score((SELECT s FROM journey_parallel));
-- merging states built with different settings or stage orders
SELECT journey_friction_merge(s) FROM (
	SELECT journey_friction(1, 'a', now(), journey_config(repeat_window => '1 hour')) UNION ALL
	SELECT journey_friction(1, 'a', now(), journey_config(repeat_window => '2 hours'))) AS v(s);
SELECT journey_friction_merge(s) FROM (
	SELECT journey_friction(1, 'a', now(), journey_config(stages => ARRAY['a', 'b'])) UNION ALL
	SELECT journey_friction(1, 'b', now(), journey_config(stages => ARRAY['b', 'a']))) AS v(s);
SELECT journey_friction_merge(s) FROM (
	SELECT journey_friction(1, 'a', now(), journey_config(stages => ARRAY['a'])) UNION ALL
	SELECT journey_friction(1, 'a', now())) AS v(s);
-- text input is validated: syntax, signature, truncation, tampered counts
SELECT 'abc'::journey_friction_state;
SELECT 'zz'::journey_friction_state;
SELECT '00000000'::journey_friction_state;
SELECT left(s::text, 100)::journey_friction_state FROM journey_parallel;
SELECT (s::text || '00')::journey_friction_state FROM journey_parallel;
-- the journey count (bytes 33-40) raised by one: the ends no longer add up
SELECT (left(s::text, 64) || lpad(to_hex(('x' || substr(s::text, 65, 16))::bit(64)::bigint + 1), 16, '0')
        || substr(s::text, 81))::journey_friction_state FROM journey_parallel;
