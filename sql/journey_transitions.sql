-- journey_transitions: the journey map, against a plain-SQL reference (lag())
SET client_min_messages = warning;

-- 300 journeys over 5 stages, with steps back, repeats inside a visit and
-- equal times (ties are broken by stage name without a stage order)
CREATE TEMP TABLE tev AS
SELECT j, (ARRAY['lead', 'demo', 'trial', 'billing', 'won'])[1 + (j * 7 + k * k * 3 + (j % 5) * k) % 5] AS stage,
       timestamptz '2025-01-01 00:00+00' + j * interval '1 hour' + ((k * 37 + j) % 50) * interval '17 minutes' AS at
FROM generate_series(1, 300) j, generate_series(1, 2 + j % 7) k;

-- reference: order each journey's events by (time, stage name), keep the
-- first event of each visit (a run of the same stage), and pair each visit
-- with the next one
CREATE TEMP TABLE tref AS
WITH ev AS (
	SELECT j, stage, at, lag(stage) OVER w AS prev_stage
	FROM tev WINDOW w AS (PARTITION BY j ORDER BY at, stage COLLATE "C")
), visits AS (
	SELECT j, stage, at, row_number() OVER (PARTITION BY j ORDER BY at, stage COLLATE "C") AS vn
	FROM ev WHERE prev_stage IS DISTINCT FROM stage
), ranks AS (
	SELECT j, stage, min(vn) AS first_vn FROM visits GROUP BY j, stage
), steps AS (
	SELECT v.j, v.stage AS from_stage, lead(v.stage) OVER w AS to_stage, lead(v.at) OVER w - v.at AS dwell
	FROM visits v WINDOW w AS (PARTITION BY v.j ORDER BY v.vn)
)
SELECT s.from_stage, s.to_stage, count(DISTINCT s.j) AS journeys, count(*) AS transitions,
       count(*) FILTER (WHERE rt.first_vn < rf.first_vn) AS loops,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.dwell)) AS median_s,
       avg(extract(epoch FROM s.dwell)) AS mean_s
FROM steps s
JOIN ranks rf ON rf.j = s.j AND rf.stage = s.from_stage
JOIN ranks rt ON rt.j = s.j AND rt.stage = s.to_stage
WHERE s.to_stage IS NOT NULL
GROUP BY s.from_stage, s.to_stage;

CREATE TEMP TABLE tstate AS
SELECT journey_friction(j, stage, at, journey_config(as_of => '2025-03-01 00:00+00')) AS s FROM tev;
CREATE TEMP TABLE tours AS SELECT t.* FROM tstate, journey_transitions(tstate.s) t;

SELECT (SELECT count(*) FROM tours) AS pairs, (SELECT count(*) FROM tref) AS reference_pairs,
       (SELECT sum(transitions) FROM tours) AS transitions,
       (SELECT count(*) FROM tours o JOIN tref r USING (from_stage, to_stage)
        WHERE o.journeys = r.journeys AND o.transitions = r.transitions AND o.loops = r.loops
          AND round(extract(epoch FROM o.dwell_mean)) = round(r.mean_s)
          AND abs(extract(epoch FROM o.dwell_median) - r.median_s) <= r.median_s / 64) AS matching;
-- the steps from a stage are its visits followed by another stage
-- (every visit but the journey's last one), and their shares add up to 1
WITH ends AS (
	SELECT stage, count(*) AS ends FROM (
		SELECT DISTINCT ON (j) j, stage FROM tev ORDER BY j, at DESC, stage COLLATE "C" DESC) l
	GROUP BY stage
)
SELECT o.from_stage, sum(o.transitions) = min(r.visits) - coalesce(min(e.ends), 0) AS departures_ok,
       round(sum(o.share)::numeric, 12) AS shares
FROM tours o JOIN (SELECT stage, visits FROM tstate, journey_friction_report(tstate.s)) r ON r.stage = o.from_stage
LEFT JOIN ends e ON e.stage = o.from_stage
GROUP BY o.from_stage ORDER BY o.from_stage;
-- the target's friction index is the report's
SELECT count(*) AS rows, count(*) FILTER (WHERE o.to_friction_index = r.friction_index) AS index_equal,
       count(*) FILTER (WHERE o.to_low_support = r.low_support) AS support_equal
FROM tours o JOIN (SELECT stage, friction_index, low_support FROM tstate, journey_friction_report(tstate.s)) r
  ON r.stage = o.to_stage;
SELECT from_stage, to_stage, from_order, to_order, journeys, transitions, round(share::numeric, 3) AS share, loops,
       date_trunc('minute', dwell_median) AS dwell_median, round(to_friction_index::numeric, 2) AS to_index, to_low_support
FROM tours ORDER BY from_order, to_order LIMIT 8;

-- a stage order: a step back is a step to a stage earlier in the order
SELECT count(*) FILTER (WHERE (loops > 0) <> (to_order < from_order)) AS wrong_loops,
       count(*) FILTER (WHERE loops NOT IN (0, transitions)) AS partial_loops
FROM journey_transitions((SELECT journey_friction(j, stage, at,
         journey_config(stages => ARRAY['lead', 'demo', 'trial', 'billing', 'won'], as_of => '2025-03-01 00:00+00')) FROM tev));

-- merging: halves merged (serial, and a forced parallel plan) give the same map
CREATE TEMP TABLE thalves AS
SELECT j % 4 AS part, journey_friction(j, stage, at, journey_config(as_of => '2025-03-01 00:00+00')) AS s
FROM tev GROUP BY j % 4;
SELECT (SELECT journey_friction_merge(s) FROM thalves)::text = (SELECT s::text FROM tstate) AS merge_equals_whole;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
ALTER TABLE thalves SET (parallel_workers = 2);
SELECT count(*) FILTER (WHERE a IS DISTINCT FROM b) AS differing
FROM (SELECT t AS a FROM journey_transitions((SELECT journey_friction_merge(s) FROM thalves)) t) x
FULL JOIN (SELECT t AS b FROM tours t) y ON (x.a).from_stage = (y.b).from_stage AND (x.a).to_stage = (y.b).to_stage;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- GROUP BY: one map per group; a one-event journey has no transition
SELECT j % 2 AS grp, count(*) AS pairs, sum(transitions) AS transitions
FROM (SELECT j % 2 AS g, journey_friction(j, stage, at) AS s FROM tev GROUP BY j % 2) x(j, s),
     journey_transitions(x.s) GROUP BY 1 ORDER BY 1;
SELECT count(*) FROM journey_transitions((SELECT journey_friction(1, 'a', timestamptz '2025-01-01 00:00+00')));
SELECT count(*) FROM journey_transitions(NULL);

-- a 1.1 state has no transitions: an error that says so
SELECT * FROM journey_transitions(('4a465331000000000000003c598620000000025b7f3d40000002b58cd363c000000000000000000100000002000000044f70656e0002b0d5d4e940000000000000000001000000000000000200000000000000020000000000000001000000000000000100000000000000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002000000000000000000000001ad2748000000000107ec0000000000000002000000000000000000000001ad274800000000065472696167650002b0d6ab7ce40000000000000000010000000000000002000000000000000200000000000000010000000000000000000000000000000000000000000000010000000000000001000000000000000000000000000000000000000000000000000000000000000000000000000000010000000000000000000000035a4e900000000001086c00000000000000010000000000000000000000035a4e9000')::journey_friction_state);
-- ... and merged with a new one, neither has
SELECT count(*) FROM journey_transitions((SELECT journey_friction_merge(s) FROM (
	SELECT '4a465331000000000000003c598620000000025b7f3d40000002b58cd363c000000000000000000100000002000000044f70656e0002b0d5d4e940000000000000000001000000000000000200000000000000020000000000000001000000000000000100000000000000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002000000000000000000000001ad2748000000000107ec0000000000000002000000000000000000000001ad274800000000065472696167650002b0d6ab7ce40000000000000000010000000000000002000000000000000200000000000000010000000000000000000000000000000000000000000000010000000000000001000000000000000000000000000000000000000000000000000000000000000000000000000000010000000000000000000000035a4e900000000001086c00000000000000010000000000000000000000035a4e9000'::journey_friction_state
	UNION ALL SELECT journey_friction(j, stage, at) FROM tev WHERE j < 3) x(s)));

-- bad input: NULL settings, damaged transitions
SELECT * FROM journey_transitions((SELECT s FROM tstate), min_journeys => 0);
SELECT * FROM journey_transitions((SELECT s FROM tstate), w_loop => NULL);
SELECT journey_friction(j, stage, at)::text AS small FROM tev WHERE j = 1 \gset
SELECT length(:'small') AS hex_length, right(:'small', 130) AS last_pair;
-- damage inside the last transition (a count zeroed), then the section cut short
SELECT overlay(:'small' placing '0000000000000000' from length(:'small') - 129 + 16 for 16)::journey_friction_state;
SELECT left(:'small', length(:'small') - 2)::journey_friction_state;
