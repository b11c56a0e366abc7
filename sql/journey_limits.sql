-- journey_friction_state near the limits of bigint, built from its text
-- form: merging (and the parallel combine) checks every addition and raises
-- numeric_value_out_of_range instead of wrapping; every state the input
-- function accepts can be reported and scored without overflow.

-- big-endian hex of a bigint
CREATE FUNCTION jl_h(v bigint) RETURNS text LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT lpad(to_hex(v), 16, '0') $$;

-- big-endian hex of a 128-bit integer (a dwell-time sum)
CREATE FUNCTION jl_h128(v numeric) RETURNS text LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT string_agg(substr('0123456789abcdef', mod(div(v, 16::numeric ^ (31 - i)), 16)::int + 1, 1), '' ORDER BY i)
      FROM generate_series(0, 31) i $$;

-- one stage: name, first_at, the 13 counters, dwell-time sum, histogram
CREATE FUNCTION jl_stage(name text, reached bigint, events bigint, visits bigint, ended bigint,
                         dwell_n bigint DEFAULT 0, dwell_sum numeric DEFAULT 0, bucket int DEFAULT NULL)
RETURNS text LANGUAGE sql IMMUTABLE
AS $$
SELECT lpad(to_hex(length(name)), 8, '0') || encode(convert_to(name, 'UTF8'), 'hex')
       || jl_h(CASE WHEN reached > 0 THEN 0 ELSE 9223372036854775807 END)
       || jl_h(reached) || jl_h(events) || jl_h(visits) || jl_h(0) || jl_h(0) || jl_h(0)
       || jl_h(ended) || jl_h(0) || jl_h(0) || jl_h(0) || jl_h(0) || jl_h(0) || jl_h(dwell_n)
       || jl_h128(dwell_sum)
       || CASE WHEN bucket IS NULL THEN '00000000'
               ELSE '00000001' || lpad(to_hex(bucket), 4, '0') || jl_h(dwell_n) || jl_h128(dwell_sum) END
$$;

-- a state: header (no flags, zero windows, as_of 0) and stages
CREATE FUNCTION jl_state(journeys bigint, VARIADIC stages text[]) RETURNS journey_friction_state
LANGUAGE sql IMMUTABLE
AS $$
SELECT ('4a465331' || '00000000' || jl_h(0) || jl_h(0) || jl_h(0) || jl_h(journeys)
        || lpad(to_hex(cardinality(stages)), 8, '0') || array_to_string(stages, ''))::journey_friction_state
$$;

CREATE TABLE jl_states (id int, s journey_friction_state);

-- ---- merging ------------------------------------------------------------------------
-- the largest state is valid and round-trips
SELECT jl_state(9223372036854775807, jl_stage('a', 9223372036854775807, 9223372036854775807, 9223372036854775807, 9223372036854775807))::text::journey_friction_state IS NOT NULL AS max_state_valid;
-- 2^62 + (2^62 - 1) = 2^63 - 1: the largest total merges exactly
SELECT r.stage, r.journeys, r.events
FROM journey_friction_report(
  (SELECT journey_friction_merge(s) FROM (VALUES
     (jl_state(4611686018427387904, jl_stage('a', 4611686018427387904, 4611686018427387904, 4611686018427387904, 4611686018427387904))),
     (jl_state(4611686018427387903, jl_stage('a', 4611686018427387903, 4611686018427387903, 4611686018427387903, 4611686018427387903)))) v(s))) r;
-- three states of 2^63 - 1 journeys: an error, not a wrapped total
SELECT journey_friction_merge(s) FROM (VALUES
  (jl_state(9223372036854775807, jl_stage('a', 9223372036854775807, 9223372036854775807, 9223372036854775807, 9223372036854775807))),
  (jl_state(9223372036854775807, jl_stage('a', 9223372036854775807, 9223372036854775807, 9223372036854775807, 9223372036854775807))),
  (jl_state(9223372036854775807, jl_stage('a', 9223372036854775807, 9223372036854775807, 9223372036854775807, 9223372036854775807)))) v(s);
-- two of 2^62: the total 2^63 does not fit (it used to give a state its own input rejected)
SELECT journey_friction_merge(s)::text::journey_friction_state FROM (VALUES
  (jl_state(4611686018427387904, jl_stage('a', 4611686018427387904, 4611686018427387904, 4611686018427387904, 4611686018427387904))),
  (jl_state(4611686018427387904, jl_stage('a', 4611686018427387904, 4611686018427387904, 4611686018427387904, 4611686018427387904)))) v(s);
-- a counter of a stage, not the journeys, overflows (different stages: no overflow)
SELECT journey_friction_merge(s) FROM (VALUES
  (jl_state(1, jl_stage('a', 1, 9223372036854775807, 1, 1))),
  (jl_state(1, jl_stage('a', 1, 2, 1, 1)))) v(s);
SELECT r.stage, r.events
FROM journey_friction_report(
  (SELECT journey_friction_merge(s) FROM (VALUES
     (jl_state(1, jl_stage('a', 1, 9223372036854775807, 1, 1))),
     (jl_state(1, jl_stage('b', 1, 9223372036854775807, 1, 1)))) v(s))) r ORDER BY r.stage;
-- dwell times (at most one per visit, so their count never overflows before the
-- events do): 2^61 + 2^61 dwell times of 2^63 - 1 us add up exactly, far
-- beyond a bigint and a double's precision
SELECT r.stage, r.dwell_median, r.dwell_mean
FROM journey_friction_report(
  (SELECT journey_friction_merge(s) FROM (VALUES
     (jl_state(1, jl_stage('a', 1, 2305843009213693952, 2305843009213693952, 1, 2305843009213693952, 2305843009213693952 * 9223372036854775807::numeric, 4032))),
     (jl_state(1, jl_stage('a', 1, 2305843009213693952, 2305843009213693952, 1, 2305843009213693952, 2305843009213693952 * 9223372036854775807::numeric, 4032)))) v(s))) r;
-- the same in a parallel plan: the combine function checks too
INSERT INTO jl_states
SELECT g, jl_state(3074457345618258602, jl_stage('a', 3074457345618258602, 3074457345618258602, 3074457345618258602, 3074457345618258602))
FROM generate_series(1, 4) g;
INSERT INTO jl_states SELECT 100 + g, jl_state(1, jl_stage('a', 1, 1, 1, 1)) FROM generate_series(1, 20000) g;
ANALYZE jl_states;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT journey_friction_merge(s) FROM jl_states;
-- (caught: a worker's error has a CONTEXT line of its own)
DO $$
BEGIN
  PERFORM journey_friction_merge(s) FROM jl_states;
  RAISE NOTICE 'no error';
EXCEPTION WHEN numeric_value_out_of_range THEN
  RAISE NOTICE '% %', SQLSTATE, SQLERRM;
END $$;
SELECT r.events FROM journey_friction_report((SELECT journey_friction_merge(s) FROM jl_states WHERE id <= 2 OR id > 100)) r;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
-- NULL and no states
SELECT journey_friction_merge(s) IS NULL AS all_null FROM (VALUES (NULL::journey_friction_state)) v(s);
SELECT journey_friction_merge(s) IS NULL AS no_rows FROM jl_states WHERE false;

-- ---- reporting and scoring any valid state ------------------------------------------
-- one journey through two stages of 2^63 - 1 events each: its total does not fit
SELECT events FROM journey_friction_score(
  jl_state(1, jl_stage('a', 1, 9223372036854775807, 1, 1), jl_stage('b', 1, 9223372036854775807, 1, 0)));
SELECT stage, events FROM journey_friction_report(
  jl_state(1, jl_stage('a', 1, 9223372036854775807, 1, 1), jl_stage('b', 1, 9223372036854775807, 1, 0)));
-- a dwell time of 2^63 - 1 us: median and mean are exact, not wrapped
-- (bucket 4032 holds 2^63 - 64 .. 2^63 - 1)
SELECT stage, dwell_median, dwell_mean FROM journey_friction_report(
  jl_state(1, jl_stage('a', 1, 2, 2, 0, 1, 9223372036854775807, 4032), jl_stage('b', 1, 1, 1, 1)));
SELECT dwell_median, dwell_mean FROM journey_friction_score(
  jl_state(1, jl_stage('a', 1, 2, 2, 0, 1, 9223372036854775807, 4032), jl_stage('b', 1, 1, 1, 1)));
-- two dwell times of 2^63 - 1 us in two stages of one journey: the sum of them is fine
SELECT dwell_median, dwell_mean FROM journey_friction_score(
  jl_state(1, jl_stage('a', 1, 2, 2, 0, 1, 9223372036854775807, 4032),
              jl_stage('b', 1, 2, 2, 1, 1, 9223372036854775807, 4032)));

DROP TABLE jl_states;
DROP FUNCTION jl_state(bigint, text[]);
DROP FUNCTION jl_stage(text, bigint, bigint, bigint, bigint, bigint, numeric, int);
DROP FUNCTION jl_h128(numeric);
DROP FUNCTION jl_h(bigint);
