-- Moments of truth: journey_moments() against a plain-SQL reference (window
-- functions flag each journey's friction at each stage, then NPS by group),
-- hand-checked journeys, CSAT, GROUP BY, stored states, serial versus
-- parallel plans, bad input.
SET extra_float_digits = 0;
\pset null '(null)'

-- ---- hand-checked journeys ---------------------------------------------------
-- stage order a b c (c final), repeat window 72 h, idle 30 days, as_of 1 March,
-- dwell reference 48 h
CREATE TABLE mt_events (j int, stage text, at timestamptz, channel text, failed bool);
CREATE TABLE mt_answers (j int, score int);
INSERT INTO mt_events VALUES
 -- 1: a b a c: loop at a; dwell a = 24 h and 7 days (mean 4 days > 48 h)
 (1, 'a', '2026-01-01 00:00+00', 'phone', false),
 (1, 'b', '2026-01-02 00:00+00', 'phone', false),
 (1, 'a', '2026-01-03 00:00+00', 'email', true),
 (1, 'c', '2026-01-10 00:00+00', NULL, NULL),
 -- 2: a b, quiet since 5 January: dropped off at b; dwell a = 4 days
 (2, 'a', '2026-01-01 00:00+00', 'phone', false),
 (2, 'b', '2026-01-05 00:00+00', 'email', true),
 -- 3: a a c: repeat at a (1 h), channel switch at a; dwell a = 24 h
 (3, 'a', '2026-01-01 00:00+00', 'phone', false),
 (3, 'a', '2026-01-01 01:00+00', 'chat', false),
 (3, 'c', '2026-01-02 00:00+00', 'chat', false),
 -- 4: no answer: counted as unanswered, nothing else
 (4, 'a', '2026-01-01 00:00+00', NULL, NULL);
INSERT INTO mt_answers VALUES (1, 3), (2, 10), (3, 9);

CREATE FUNCTION mt_cfg() RETURNS journey_moments_config LANGUAGE sql IMMUTABLE AS $$
	SELECT journey_moments_config(journey_config(stages => ARRAY['a', 'b', 'c'], as_of => '2026-03-01 00:00+00'),
	                              dwell_reference => '48 hours') $$;

SELECT rank, stage, friction, exposed_journeys, exposed_value, unexposed_journeys, unexposed_value,
       difference, round(points_at_stake::numeric, 4) AS points_at_stake, supported
FROM journey_moments_report((
	SELECT journey_moments(e.j, e.stage, e.at, a.score, e.channel, e.failed, mt_cfg())
	FROM mt_events e LEFT JOIN mt_answers a USING (j)), min_journeys => 1);

-- the answer on one event only (NULL on the others) is the journey's answer
SELECT journey_moments(e.j, e.stage, e.at, CASE WHEN e.at = m.first_at THEN a.score END, mt_cfg())::text
     = (SELECT journey_moments(e.j, e.stage, e.at, a.score, mt_cfg())::text
        FROM mt_events e LEFT JOIN mt_answers a USING (j)) AS same
FROM mt_events e
JOIN (SELECT j, min(at) AS first_at FROM mt_events GROUP BY j) m USING (j)
LEFT JOIN mt_answers a USING (j);

-- without a stage order and without final stages there is no drop-off;
-- without channel and outcome no channel_switch or failed
SELECT DISTINCT friction
FROM journey_moments_report((
	SELECT journey_moments(e.j, e.stage, e.at, a.score)
	FROM mt_events e JOIN mt_answers a USING (j)), min_journeys => 1)
ORDER BY 1;

-- final stages (journey_config(final_stages => ...)): without a stage order,
-- drop-off is judged against them (journey 2 dropped off at b, journey 1
-- passed it); a final stage has no drop-off
SELECT stage, friction, exposed_journeys, unexposed_journeys
FROM journey_moments_report((
	SELECT journey_moments(e.j, e.stage, e.at, a.score,
	       journey_moments_config(journey_config(final_stages => ARRAY['c'], as_of => '2026-03-01 00:00+00')))
	FROM mt_events e JOIN mt_answers a USING (j)), min_journeys => 1)
WHERE friction = 'drop_off';
SELECT count(*) AS drop_off_rows
FROM journey_moments_report((
	SELECT journey_moments(e.j, e.stage, e.at, a.score,
	       journey_moments_config(journey_config(stages => ARRAY['a', 'b', 'c'], final_stages => ARRAY['b', 'c'],
	                                             as_of => '2026-03-01 00:00+00')))
	FROM mt_events e JOIN mt_answers a USING (j)), min_journeys => 1)
WHERE friction = 'drop_off';

-- CSAT (1-5, value = % of 4 and 5)
SELECT stage, friction, exposed_journeys, exposed_value, unexposed_journeys, unexposed_value
FROM journey_moments_report((
	SELECT journey_moments(e.j, e.stage, e.at, a.score / 2,
	       journey_moments_config(journey_config(stages => ARRAY['a', 'b', 'c'], as_of => '2026-03-01 00:00+00'),
	                              scale => 5))
	FROM mt_events e JOIN mt_answers a USING (j)), min_journeys => 1)
ORDER BY stage, friction;

-- ---- a plain-SQL reference over random journeys ------------------------------
SELECT setseed(0.13);
CREATE TABLE rj_events AS
SELECT j, (ARRAY['s1', 's2', 's3', 's4', 's5'])[1 + least(4, floor(k * 5.0 / (n + 1) + random() * 1.6)::int)] AS stage,
       timestamptz '2026-01-01' + j * interval '1 minute' + (k * 40 + floor(random() * 60)::int) * interval '1 hour'
         + k * interval '1 second' AS at,
       (ARRAY['web', 'phone', NULL])[1 + floor(random() * 3)::int] AS channel,
       CASE WHEN random() < 0.15 THEN NULL ELSE random() < 0.2 END AS failed,
       (j % 4) AS segment
FROM generate_series(1, 3000) AS j,
     LATERAL (SELECT 1 + floor(random() * 8)::int AS n) AS jn,
     LATERAL generate_series(1, jn.n) AS k;
CREATE TABLE rj_answers AS
SELECT j, floor(random() * 11)::int AS score FROM generate_series(1, 3000) AS j WHERE random() < 0.8;
-- answers depend on the journeys: a loop makes a lower answer likelier
UPDATE rj_answers a SET score = greatest(0, score - 4)
WHERE j IN (SELECT j FROM rj_events e GROUP BY j HAVING count(DISTINCT stage) < count(*) - 2);

-- per event: rank, visit, repeats, loops, channel switches
CREATE VIEW rj_flags AS
WITH e AS (
	SELECT e.*, a.score, array_position(ARRAY['s1', 's2', 's3', 's4', 's5'], stage) AS r
	FROM rj_events e JOIN rj_answers a USING (j)),
v AS (
	SELECT *, lag(stage) OVER w IS DISTINCT FROM stage AS new_visit,
	       coalesce(max(r) OVER (PARTITION BY j ORDER BY at ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS max_before,
	       at - lag(at) OVER (PARTITION BY j, stage ORDER BY at) <= interval '72 hours' AS is_repeat,
	       row_number() OVER (PARTITION BY j ORDER BY at DESC) = 1 AS is_last
	FROM e WINDOW w AS (PARTITION BY j ORDER BY at)),
vn AS (SELECT *, sum(new_visit::int) OVER (PARTITION BY j ORDER BY at) AS visit FROM v),
ch AS (
	SELECT *, channel IS DISTINCT FROM lag(channel) OVER (PARTITION BY j, visit ORDER BY at)
	          AND lag(channel) OVER (PARTITION BY j, visit ORDER BY at) IS NOT NULL AS is_switch
	FROM vn WHERE channel IS NOT NULL)
SELECT vn.*, coalesce(ch.is_switch, false) AS is_switch
FROM vn LEFT JOIN ch USING (j, at);

-- per journey and stage: the kinds of friction (NULL = not defined)
CREATE VIEW rj_kinds AS
WITH visits AS (
	SELECT j, stage, visit, min(at) AS start FROM rj_flags GROUP BY j, stage, visit),
dwell AS (
	SELECT j, stage, lead(start) OVER (PARTITION BY j ORDER BY visit) - start AS d FROM visits),
dw AS (
	SELECT j, stage, sum(extract(epoch FROM d)) > 48 * 3600 * count(d) AS dwell
	FROM dwell WHERE d IS NOT NULL GROUP BY j, stage)
SELECT f.j, f.stage, max(f.score) AS score,
       bool_or(coalesce(f.is_repeat, false)) AS repeat,
       bool_or(f.new_visit AND f.max_before > f.r) AS loop,
       dw.dwell,
       CASE WHEN f.stage <> 's5' THEN bool_or(f.is_last AND timestamptz '2026-12-01' - f.at > interval '30 days') END AS drop_off,
       CASE WHEN count(f.channel) > 0 THEN bool_or(f.is_switch) END AS channel_switch,
       bool_or(f.failed) AS failed
FROM rj_flags f LEFT JOIN dw USING (j, stage)
GROUP BY f.j, f.stage, dw.dwell;

CREATE VIEW rj_reference AS
WITH k AS (
	SELECT j, stage, score, kind, exposed
	FROM rj_kinds,
	     LATERAL (VALUES ('repeat', repeat), ('loop', loop), ('dwell', dwell), ('drop_off', drop_off),
	                     ('channel_switch', channel_switch), ('failed', failed)) AS x(kind, exposed)
	WHERE exposed IS NOT NULL),
g AS (
	SELECT stage, kind,
	       count(*) FILTER (WHERE exposed) AS en,
	       100.0 * (count(*) FILTER (WHERE exposed AND score >= 9) - count(*) FILTER (WHERE exposed AND score <= 6))
	         / nullif(count(*) FILTER (WHERE exposed), 0) AS ev,
	       count(*) FILTER (WHERE NOT exposed) AS un,
	       100.0 * (count(*) FILTER (WHERE NOT exposed AND score >= 9) - count(*) FILTER (WHERE NOT exposed AND score <= 6))
	         / nullif(count(*) FILTER (WHERE NOT exposed), 0) AS uv
	FROM k GROUP BY stage, kind)
SELECT g.*, en::numeric / (SELECT count(*) FROM rj_answers) * (uv - ev) AS points
FROM g WHERE en > 0;

CREATE TABLE rj_state AS
SELECT journey_moments(e.j, e.stage, e.at, a.score, e.channel, e.failed,
       journey_moments_config(journey_config(stages => ARRAY['s1', 's2', 's3', 's4', 's5'], as_of => '2026-12-01'),
                              dwell_reference => '48 hours')) AS s
FROM rj_events e LEFT JOIN rj_answers a USING (j);

-- every row agrees with the reference (and no row is missing on either side)
SELECT count(*) AS rows,
       count(*) FILTER (WHERE m.exposed_journeys = r.en AND m.unexposed_journeys = r.un
                          AND abs(m.exposed_value - r.ev) < 1e-9
                          AND (m.unexposed_value IS NULL AND r.uv IS NULL OR abs(m.unexposed_value - r.uv) < 1e-9)
                          AND (m.points_at_stake IS NULL AND r.points IS NULL OR abs(m.points_at_stake - r.points) < 1e-9)) AS agree,
       count(*) FILTER (WHERE m.stage IS NULL OR r.stage IS NULL) AS missing
FROM journey_moments_report((SELECT s FROM rj_state)) m
FULL JOIN rj_reference r ON r.stage = m.stage AND r.kind = m.friction;

-- every kind appears; the top rows; supported rows come first
SELECT rank, stage, friction, exposed_journeys, round(exposed_value::numeric, 2) AS exposed_value,
       unexposed_journeys, round(unexposed_value::numeric, 2) AS unexposed_value,
       round(ci_lower::numeric, 2) AS ci_lower, round(ci_upper::numeric, 2) AS ci_upper,
       round(p_value::numeric, 6) AS p_value, round(points_at_stake::numeric, 3) AS points_at_stake, supported
FROM journey_moments_report((SELECT s FROM rj_state))
WHERE rank <= 5 ORDER BY rank;
SELECT count(DISTINCT friction) AS kinds,
       bool_and(supported OR rank > (SELECT max(rank) FROM journey_moments_report((SELECT s FROM rj_state), min_journeys => 200)
                                     WHERE supported)) AS unsupported_last
FROM journey_moments_report((SELECT s FROM rj_state), min_journeys => 200);
SELECT rank, stage, friction, exposed_journeys, supported
FROM journey_moments_report((SELECT s FROM rj_state), min_journeys => 200)
WHERE NOT supported ORDER BY rank LIMIT 3;

-- unsorted input, ORDER BY journey, and the text form round trip: one state
SELECT (SELECT journey_moments(e.j, e.stage, e.at, a.score, e.channel, e.failed,
        journey_moments_config(journey_config(stages => ARRAY['s1', 's2', 's3', 's4', 's5'], as_of => '2026-12-01'),
                               dwell_reference => '48 hours') ORDER BY e.j)
        FROM rj_events e LEFT JOIN rj_answers a USING (j))::text = s::text AS presorted_same,
       s::text::journey_moments_state::text = s::text AS text_round_trip
FROM rj_state;

-- the answers on rows of their own (NULL stage and time): events UNION ALL
-- answers gives the same state without a join; an answer without events
-- (journeys 100001..) is not a journey and changes nothing
SELECT (SELECT journey_moments(j, stage, at, score, channel, failed,
        journey_moments_config(journey_config(stages => ARRAY['s1', 's2', 's3', 's4', 's5'], as_of => '2026-12-01'),
                               dwell_reference => '48 hours'))
        FROM (SELECT j, stage, at, NULL::int AS score, channel, failed FROM rj_events
              UNION ALL SELECT j, NULL, NULL, score, NULL, NULL FROM rj_answers
              UNION ALL SELECT 100000 + j, NULL, NULL, 5, NULL, NULL FROM rj_answers) AS u)::text = s::text AS union_all_same
FROM rj_state;

-- GROUP BY segment: the states of the segments add up to the whole
CREATE TABLE rj_by_segment AS
SELECT e.segment, journey_moments(e.j, e.stage, e.at, a.score, e.channel, e.failed,
       journey_moments_config(journey_config(stages => ARRAY['s1', 's2', 's3', 's4', 's5'], as_of => '2026-12-01'),
                              dwell_reference => '48 hours')) AS s
FROM rj_events e LEFT JOIN rj_answers a USING (j) GROUP BY e.segment;
SELECT segment, r.stage, r.friction, r.exposed_journeys, round(r.points_at_stake::numeric, 3) AS points_at_stake
FROM rj_by_segment, LATERAL journey_moments_report(s) r WHERE r.rank = 1 ORDER BY segment;
SELECT (SELECT journey_moments_merge(s ORDER BY segment DESC) FROM rj_by_segment)::text = s::text AS merged_same
FROM rj_state;

-- forced parallel plans: the aggregate above a parallel scan (parallel
-- restricted: its state keeps the events, which partial states would ship
-- through the Gather), and the merge of per-journey states combined across
-- workers
CREATE TABLE rj_per_journey AS
SELECT e.j, journey_moments(e.j, e.stage, e.at, a.score, e.channel, e.failed,
       journey_moments_config(journey_config(stages => ARRAY['s1', 's2', 's3', 's4', 's5'], as_of => '2026-12-01'),
                              dwell_reference => '48 hours')) AS s
FROM rj_events e LEFT JOIN rj_answers a USING (j) GROUP BY e.j;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT journey_moments_merge(s) FROM rj_per_journey;
EXPLAIN (COSTS OFF) SELECT journey_moments(e.j, e.stage, e.at, a.score) FROM rj_events e LEFT JOIN rj_answers a USING (j);
SELECT (SELECT journey_moments_merge(s) FROM rj_per_journey)::text = s::text AS parallel_merge_same,
       (SELECT journey_moments(e.j, e.stage, e.at, a.score, e.channel, e.failed,
               journey_moments_config(journey_config(stages => ARRAY['s1', 's2', 's3', 's4', 's5'], as_of => '2026-12-01'),
                                      dwell_reference => '48 hours'))
        FROM rj_events e LEFT JOIN rj_answers a USING (j))::text = s::text AS parallel_scan_same
FROM rj_state;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather; RESET parallel_leader_participation;

-- ---- empty input, NULLs ---------------------------------------------------------
SELECT journey_moments(j, stage, at, 5) IS NULL AS empty_is_null FROM mt_events WHERE false;
SELECT count(*) AS no_rows FROM journey_moments_report(NULL);
SELECT journey_moments_merge(s) IS NULL AS merge_of_nothing FROM rj_state WHERE false;
SELECT journey_moments_merge(x) IS NULL AS merge_of_nulls FROM (VALUES (NULL::journey_moments_state)) v(x);
-- journeys without any answer: a state with no answered journey, no rows
SELECT count(*) AS no_rows FROM journey_moments_report((SELECT journey_moments(j, stage, at, NULL) FROM mt_events));

-- ---- bad input --------------------------------------------------------------------
\set VERBOSITY default
SELECT journey_moments(j, stage, at, 11) FROM mt_events;
SELECT journey_moments(j, stage, at, -1) FROM mt_events;
SELECT journey_moments(j, stage, at, 0, journey_moments_config(scale => 5)) FROM mt_events;
SELECT journey_moments(j, stage, at, 3, journey_moments_config(scale => 2)) FROM mt_events;
SELECT journey_moments(NULL::int, stage, at, 3) FROM mt_events;
SELECT journey_moments(j, NULL, at, 3) FROM mt_events;
SELECT journey_moments(j, NULL, NULL, NULL) FROM mt_events;
SELECT journey_moments(j, stage, NULL, 3) FROM mt_events;
SELECT journey_moments(j, stage, 'infinity', 3) FROM mt_events;
SELECT journey_moments(j, stage, at, 3, NULL::journey_moments_config) FROM mt_events;
SELECT journey_moments(j, stage, at, 3, journey_moments_config(dwell_reference => '-1 hour')) FROM mt_events;
SELECT journey_moments(j, stage, at, 3, journey_moments_config(journey_config(stages => ARRAY['a', 'b']))) FROM mt_events;
SELECT journey_moments(j, stage, at, 3, journey_moments_config(journey_config(stages => ARRAY['a', 'b', 'a']))) FROM mt_events;
SELECT journey_moments(j, stage, at, 3, journey_moments_config(journey_config(stages => ARRAY['a', 'b', 'c'], final_stages => ARRAY['x']))) FROM mt_events;
-- two different answers in one journey (two survey rows joined to it)
SELECT journey_moments(e.j, e.stage, e.at, a.score)
FROM mt_events e JOIN (VALUES (1, 3), (1, 8)) a(j, score) USING (j);
-- states: bad text, bad bytes, mismatched settings
SELECT 'zz'::journey_moments_state;
SELECT '4a4d5331'::journey_moments_state;
SELECT ('4a4d5332' || substr(s::text, 9))::journey_moments_state FROM rj_state;
SELECT (s::text || '00')::journey_moments_state FROM rj_state;
SELECT journey_moments_merge(x) FROM (
	SELECT s AS x FROM rj_state
	UNION ALL
	SELECT journey_moments(j, stage, at, 5, journey_moments_config(journey_config(stages => ARRAY['s1', 's2', 's3', 's4', 's5'], as_of => '2026-12-01')))
	FROM rj_events) v;
SELECT journey_moments_merge(x) FROM (
	SELECT journey_moments(j, stage, at, 5) AS x FROM rj_events
	UNION ALL
	SELECT journey_moments(j, stage, at, 3, journey_moments_config(scale => 5)) FROM rj_events) v;
SELECT * FROM journey_moments_report((SELECT s FROM rj_state), min_journeys => 0);
SELECT * FROM journey_moments_report((SELECT s FROM rj_state), level => 1);
