-- NPS aggregates against plain-SQL references over thousands of random rows:
-- every score type, NULLs, empty groups, HashAggregate and GroupAggregate,
-- parallel plans, window frames, rollups of stored states, weighted NPS,
-- out-of-range scores.
\pset null '(null)'
\set SHOW_CONTEXT never

CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	st text; msg text; det text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
	RETURN st || ' | ' || msg || ' | ' || det;
END $$;

SELECT setseed(0.2026);
CREATE TABLE nps_t AS
SELECT i, i % 37 AS g, (i / 50) AS day, s AS s2, s::int AS s4, s::bigint AS s8, s::numeric AS sn,
       CASE WHEN random() < 0.05 THEN NULL ELSE round((random() * 3)::numeric, 2)::float8 END AS w
FROM (SELECT i, CASE WHEN random() < 0.04 THEN NULL ELSE floor(random() * 11)::smallint END AS s
      FROM generate_series(1, 6000) AS i) AS x;
ANALYZE nps_t;

-- the reference: NPS written by hand
CREATE FUNCTION pg_temp.ref_nps(p bigint, d bigint, n bigint) RETURNS float8
LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN n > 0 THEN 100.0 * (p - d) / n END $$;

-- hand-checked: P = 2, D = 1, n = 4 -> 25
SELECT nps(s) AS nps, nps_agg(s) AS state
FROM (VALUES (10::smallint), (9), (0), (7), (NULL)) AS v(s);
-- all NULL, and no rows: NULL (every state aggregate gives NULL over no answers)
SELECT nps(s) AS all_null, nps_agg(s) AS state FROM (VALUES (NULL::int), (NULL)) AS v(s);
SELECT nps(s2) AS no_rows, nps_agg(s2) AS state, nps_summary(s2) AS summary FROM nps_t WHERE false;
SELECT nps(s, w) AS weighted_no_rows FROM (VALUES (1, 0.0::float8)) AS v(s, w) WHERE false;
SELECT nps(s, w) AS zero_weight FROM (VALUES (1, 0.0::float8), (10, 0.0)) AS v(s, w);

-- whole table, every score type, against the reference
SELECT count(s2) AS answers,
       abs(nps(s2) - r) < 1e-9 AS int2_ok, abs(nps(s4) - r) < 1e-9 AS int4_ok,
       abs(nps(s8) - r) < 1e-9 AS int8_ok, abs(nps(sn) - r) < 1e-9 AS numeric_ok,
       nps_agg(s2)::text = nps_agg(s4)::text AND nps_agg(s4)::text = nps_agg(s8)::text
         AND nps_agg(s8)::text = nps_agg(sn)::text AS same_states,
       round(nps(s2)::numeric, 6) AS nps
FROM nps_t,
     LATERAL (SELECT pg_temp.ref_nps(count(*) FILTER (WHERE s2 >= 9), count(*) FILTER (WHERE s2 <= 6),
                                     count(s2)) AS r FROM nps_t) AS ref
GROUP BY r;

-- the state holds the exact count of every score
SELECT (SELECT nps_agg(s2)::text FROM nps_t)
     = (SELECT '{' || string_agg(s2 || ':' || c, ',' ORDER BY s2) || '}'
        FROM (SELECT s2, count(*) AS c FROM nps_t WHERE s2 IS NOT NULL GROUP BY s2) AS x) AS state_ok;

-- GROUP BY: reference per group
CREATE TEMP TABLE ref_groups AS
SELECT g, count(s2) AS n, pg_temp.ref_nps(count(*) FILTER (WHERE s2 >= 9),
                                          count(*) FILTER (WHERE s2 <= 6), count(s2)) AS r
FROM nps_t GROUP BY g;

SET enable_hashagg = on;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT g, nps(s2) FROM nps_t GROUP BY g;
SELECT count(*) AS groups, count(*) FILTER (WHERE abs(a.v - r.r) < 1e-9) AS hash_groups_ok
FROM (SELECT g, nps(s2) AS v FROM nps_t GROUP BY g) a JOIN ref_groups r USING (g);
RESET enable_sort;

SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT g, nps(s4) FROM nps_t GROUP BY g;
SELECT count(*) AS groups, count(*) FILTER (WHERE abs(a.v - r.r) < 1e-9) AS sorted_groups_ok
FROM (SELECT g, nps(s4) AS v FROM nps_t GROUP BY g) a JOIN ref_groups r USING (g);
RESET enable_hashagg;

-- groups whose answers are all NULL give NULL, not 0 (outer join keeps empty groups)
SELECT k, nps(s2), nps_agg(s2), (nps_summary(s2)).responses
FROM generate_series(1, 3) AS k
LEFT JOIN nps_t ON nps_t.i = k * 1000000
GROUP BY k ORDER BY k;

-- parallel plans: Partial Aggregate in workers, combined; identical results
CREATE TEMP TABLE serial_results AS
SELECT (SELECT nps_agg(s2)::text FROM nps_t) AS state, (SELECT nps(s8) FROM nps_t) AS v,
       (SELECT nps(s2, w) FROM nps_t) AS wv, (SELECT nps_summary(sn)::text FROM nps_t) AS summary;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT nps_agg(s2) FROM nps_t;
EXPLAIN (COSTS OFF) SELECT nps(s2, w) FROM nps_t;
SELECT (SELECT nps_agg(s2)::text FROM nps_t) = state AS parallel_state_same,
       (SELECT nps(s8) FROM nps_t) = v AS parallel_nps_same,
       abs((SELECT nps(s2, w) FROM nps_t) - wv) < 1e-9 AS parallel_weighted_same,
       (SELECT nps_summary(sn)::text FROM nps_t) = summary AS parallel_summary_same
FROM serial_results;
EXPLAIN (COSTS OFF) SELECT g, nps(s2) FROM nps_t GROUP BY g;
SELECT count(*) AS groups, count(*) FILTER (WHERE abs(a.v - r.r) < 1e-9) AS parallel_groups_ok
FROM (SELECT g, nps(s2) AS v FROM nps_t GROUP BY g) a JOIN ref_groups r USING (g);
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;

-- window frames (sliding: uses the inverse transition) against recomputation
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE v IS NOT DISTINCT FROM r OR abs(v - r) < 1e-9) AS rows_sliding_ok
FROM (SELECT i, nps(s2) OVER (ORDER BY i ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS v
      FROM nps_t) AS w
JOIN LATERAL (SELECT pg_temp.ref_nps(count(*) FILTER (WHERE s2 >= 9), count(*) FILTER (WHERE s2 <= 6),
                                     count(s2)) AS r
              FROM nps_t t WHERE t.i BETWEEN w.i - 9 AND w.i) AS ref ON true;

-- a frame with only NULL answers gives NULL, and the state comes back to {}
SELECT i, s, nps(s) OVER w, nps_agg(s) OVER w
FROM (VALUES (1, 10), (2, NULL), (3, NULL), (4, 0), (5, 9)) AS v(i, s)
WINDOW w AS (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) ORDER BY i;

-- RANGE frames over days with ties, partitioned, both sides sliding
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE a = r) AS rows_range_ok
FROM (SELECT i, g, day, nps_agg(s8) OVER (PARTITION BY g % 3 ORDER BY day
                                          RANGE BETWEEN 5 PRECEDING AND 2 FOLLOWING)::text AS a
      FROM nps_t) AS w
JOIN LATERAL (SELECT nps_agg(t.s8)::text AS r FROM nps_t t
              WHERE t.g % 3 = w.g % 3 AND t.day BETWEEN w.day - 5 AND w.day + 2) AS ref ON true;

-- nps_summary and numeric scores in a sliding window
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE a = r) AS rows_summary_ok
FROM (SELECT i, nps_summary(sn) OVER (ORDER BY i ROWS BETWEEN 20 PRECEDING AND 5 FOLLOWING)::text AS a
      FROM nps_t WHERE i <= 1500) AS w
JOIN LATERAL (SELECT nps_summary(t.sn)::text AS r FROM nps_t t
              WHERE t.i BETWEEN w.i - 20 AND w.i + 5 AND t.i <= 1500) AS ref ON true;

-- rollup of stored daily states equals the direct aggregate
CREATE TABLE nps_daily AS SELECT day, nps_agg(s2) AS state FROM nps_t GROUP BY day;
INSERT INTO nps_daily VALUES (-1, NULL), (-2, '{}');
SELECT (SELECT nps_rollup(state)::text FROM nps_daily) = (SELECT nps_agg(s2)::text FROM nps_t) AS rollup_all_ok,
       (SELECT nps_value(nps_rollup(state)) FROM nps_daily) = (SELECT nps(s2) FROM nps_t) AS rollup_nps_ok;
SELECT count(*) AS weeks, count(*) FILTER (WHERE a.st = b.st) AS rollup_weeks_ok
FROM (SELECT day / 7 AS wk, nps_rollup(state)::text AS st FROM nps_daily WHERE day >= 0 GROUP BY 1) a
JOIN (SELECT day / 7 AS wk, nps_agg(s2)::text AS st FROM nps_t GROUP BY 1) b USING (wk);
-- sliding rollup (inverse: nps_state_subtract) equals recomputation
SELECT count(*) AS days, count(*) FILTER (WHERE a = r) AS rollup_window_ok
FROM (SELECT day, nps_rollup(state) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)::text AS a
      FROM nps_daily WHERE day >= 0) w
JOIN LATERAL (SELECT nps_agg(s2)::text AS r FROM nps_t t WHERE t.day BETWEEN w.day - 6 AND w.day) ref ON true;
-- parallel rollup
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT nps_rollup(state) FROM nps_daily;
SELECT (SELECT nps_rollup(state)::text FROM nps_daily) = (SELECT nps_agg(s2)::text FROM nps_t) AS parallel_rollup_ok;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET parallel_leader_participation;

-- weighted NPS against the reference (rows with a NULL score or weight ignored)
SELECT count(*) AS groups,
       count(*) FILTER (WHERE v IS NOT DISTINCT FROM r OR abs(v - r) < 1e-9) AS weighted_groups_ok
FROM (SELECT g, nps(s2, w) AS v, nps(s4, w) AS v4, nps(s8, w) AS v8, nps(sn, w) AS vn,
             100.0 * (sum(w) FILTER (WHERE s2 >= 9) - sum(w) FILTER (WHERE s2 <= 6))
               / sum(w) FILTER (WHERE s2 IS NOT NULL) AS r
      FROM nps_t GROUP BY g) AS x
WHERE v IS NOT DISTINCT FROM v4 AND v4 IS NOT DISTINCT FROM v8 AND v8 IS NOT DISTINCT FROM vn;
-- hand-checked: weights 2.5 (10), 0.5 (0), 1 (7) -> 100 * 2 / 4 = 50
SELECT nps(s, w) FROM (VALUES (10, 2.5), (0, 0.5), (7, 1), (NULL, 9), (3, NULL)) AS v(s, w);
-- integer weights (implicit cast to float8); weight 1 everywhere equals nps(score)
SELECT nps(s2, 1) = nps(s2) AS unit_weights_ok FROM nps_t;

-- out-of-range scores, fractional scores and bad weights: 22003, never skipped
SELECT q, pg_temp.err(q) AS error
FROM (VALUES ('SELECT nps(s) FROM (VALUES (1::smallint), (11::smallint)) v(s)'),
             ('SELECT nps(s) FROM (VALUES (-1)) v(s)'),
             ('SELECT nps(s) FROM (VALUES (10000000000::bigint)) v(s)'),
             ('SELECT nps(s) FROM (VALUES (''-9223372036854775808''::bigint)) v(s)'),
             ('SELECT nps(s) FROM (VALUES (7.5)) v(s)'),
             ('SELECT nps(s) FROM (VALUES (10.000001)) v(s)'),
             ('SELECT nps(s) FROM (VALUES (-0.4)) v(s)'),
             ('SELECT nps(s) FROM (VALUES (10.4)) v(s)'),
             ('SELECT nps(s) FROM (VALUES (''NaN''::numeric)) v(s)'),
             ('SELECT nps(s) FROM (VALUES (''Infinity''::numeric)) v(s)'),
             ('SELECT nps(s) FROM (VALUES (1e100)) v(s)'),
             ('SELECT nps_agg(s) FROM (VALUES (12)) v(s)'),
             ('SELECT nps_summary(s) FROM (VALUES (12)) v(s)'),
             ('SELECT nps(s) OVER (ROWS 2 PRECEDING) FROM (VALUES (1), (2), (30)) v(s)'),
             ('SELECT nps(s, w) FROM (VALUES (11, 1.0)) v(s, w)'),
             ('SELECT nps(s, w) FROM (VALUES (5, -1.0)) v(s, w)'),
             ('SELECT nps(s, w) FROM (VALUES (5, ''NaN''::float8)) v(s, w)'),
             ('SELECT nps(s, w) FROM (VALUES (5, ''Infinity''::float8)) v(s, w)'),
             ('SELECT nps(s, w) FROM (VALUES (5, 1e308::float8), (5, 1e308)) v(s, w)')) AS v(q);
-- whole-number numerics are fine
SELECT nps(s) FROM (VALUES (10.0), (9.000), (0::numeric), (6.00)) AS v(s);

-- overflow of the exact counts is an error, never a wrap-around
SELECT pg_temp.err($$SELECT nps_rollup(s) FROM (VALUES ('{10:9223372036854775807}'::nps_state), ('{0:1}')) v(s)$$) AS rollup_overflow;
SELECT pg_temp.err($$SELECT nps_state_accum('{9:9223372036854775807}'::nps_state, 9)$$) AS accum_overflow;

-- the support functions called by hand never modify their argument
SELECT s AS unchanged, nps_state_accum(s, 10) AS plus_ten, nps_state_retract(s, 0) AS minus_zero,
       nps_state_combine(s, s) AS doubled, nps_state_subtract(s, '{0:1}') AS minus_state, s AS still_unchanged
FROM (VALUES ('{0:2,10:1}'::nps_state)) AS v(s);
SELECT q, pg_temp.err(q) AS error
FROM (VALUES ($$SELECT nps_state_retract('{0:2}'::nps_state, 5)$$),
             ($$SELECT nps_state_subtract('{0:2}'::nps_state, '{0:3}')$$),
             ($$SELECT nps_weighted_value('{1,2}')$$),
             ($$SELECT nps_weighted_accum('{{0,0,0,0,0,0,0,0,0,0,0}}', 1, 1.0)$$),
             ($$SELECT nps_weighted_value('{0,0,0,0,0,0,0,0,0,0,NULL}')$$),
             ($$SELECT nps_weighted_combine('{0,0,0,0,0,0,0,0,0,0,0}', '{0,0,0,0,0,0,0,0,0,0,-1}')$$)) AS v(q);

-- nps_category
SELECT s, nps_category(s::smallint) AS c2, nps_category(s) AS c4, nps_category(s::bigint) AS c8,
       nps_category(s::numeric) AS cn
FROM generate_series(0, 10) AS s ORDER BY s;
SELECT nps_category(NULL::int) AS null_category,
       pg_temp.err('SELECT nps_category(11)') AS c11, pg_temp.err('SELECT nps_category(8.5)') AS c85;

DROP TABLE nps_t, nps_daily;

-- DISTINCT, ORDER BY, FILTER and grouping sets go through the same state
CREATE TEMP TABLE small AS SELECT * FROM (VALUES (1, 10), (1, 10), (1, 3), (2, 8), (2, 0), (2, NULL)) AS v(g, s);
SELECT nps(DISTINCT s) AS distinct_nps, nps_agg(DISTINCT s) AS distinct_state,
       nps(s ORDER BY s DESC) AS ordered_nps, nps(s) FILTER (WHERE g = 1) AS filtered_nps,
       nps_agg(s) FILTER (WHERE g = 2) AS filtered_state
FROM small;
SELECT g, nps(s), nps_agg(s) FROM small GROUP BY GROUPING SETS ((g), ()) ORDER BY g NULLS LAST;
