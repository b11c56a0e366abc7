-- CSAT against plain-SQL references over thousands of random rows: GROUP BY
-- (hash and sorted), parallel plans, window frames, rollups of stored states.
\pset null '(null)'
SELECT setseed(0.3125) \g /dev/null

-- 30,000 answers in 12 groups over 120 days; ~5% skipped (NULL); rating on
-- 1-5 and r7 on 1-7; group 12 has no answers at all (all NULL).
CREATE TABLE csat_ref AS
SELECT i AS id,
       1 + (i % 12) AS g,
       date '2026-01-01' + (i % 120) AS day,
       CASE WHEN i % 12 = 11 OR random() < 0.05 THEN NULL
            ELSE least(5, 1 + floor(random() * 5 + (i % 12) * 0.1))::smallint END AS rating,
       CASE WHEN random() < 0.05 THEN NULL ELSE 1 + floor(random() * 7)::int END AS r7
FROM generate_series(1, 30000) AS i;
ANALYZE csat_ref;

-- the reference, in plain SQL (Wilson interval at 95% and 80%)
CREATE FUNCTION pg_temp.wilson(k numeric, n numeric, z float8, upper bool) RETURNS float8
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE WHEN n = 0 THEN NULL
	            WHEN NOT upper AND k = 0 THEN 0
	            WHEN upper AND k = n THEN 100
	            ELSE 100 * ((p + z*z/(2*n)) + CASE WHEN upper THEN 1 ELSE -1 END
	                        * z * sqrt(p*(1-p)/n + z*z/(4*n*n))) / (1 + z*z/n) END
	FROM (SELECT (k / nullif(n, 0))::float8 AS p) x
$$;
CREATE TEMP VIEW csat_expected AS
SELECT g, count(rating) AS n, count(*) FILTER (WHERE rating >= 4) AS sat,
       100.0 * count(*) FILTER (WHERE rating >= 4) / nullif(count(rating), 0) AS pct,
       avg(rating) AS mean,
       100 * sqrt((count(*) FILTER (WHERE rating >= 4))::float8 / nullif(count(rating), 0)
                  * (1 - (count(*) FILTER (WHERE rating >= 4))::float8 / nullif(count(rating), 0))
                  / nullif(count(rating), 0)) AS stderr,
       pg_temp.wilson(count(*) FILTER (WHERE rating >= 4), count(rating), 1.959963984540054, false) AS lo95,
       pg_temp.wilson(count(*) FILTER (WHERE rating >= 4), count(rating), 1.959963984540054, true) AS hi95,
       pg_temp.wilson(count(*) FILTER (WHERE rating >= 4), count(rating), 1.2815515655446004, false) AS lo80,
       pg_temp.wilson(count(*) FILTER (WHERE rating >= 4), count(rating), 1.2815515655446004, true) AS hi80,
       100.0 * count(*) FILTER (WHERE r7 >= 6) / nullif(count(r7), 0) AS pct7
FROM csat_ref GROUP BY g;

-- a relative/absolute comparison that treats two NULLs as equal
CREATE FUNCTION pg_temp.same(a float8, b float8) RETURNS bool
LANGUAGE sql IMMUTABLE AS $$
	SELECT (a IS NULL AND b IS NULL) OR abs(a - b) <= 1e-9 * greatest(1, abs(b))
$$;

CREATE TEMP TABLE csat_got AS
SELECT g, csat(rating) AS pct, csat_agg(rating) AS s, csat(rating::int) AS pct_i4,
       csat(rating::bigint) AS pct_i8, csat(rating::numeric) AS pct_num,
       csat(r7, 7) AS pct7, csat_summary(rating) AS summary
FROM csat_ref GROUP BY g;

-- every group agrees with the reference (12 groups, one of them empty)
SELECT count(*) AS groups,
       count(*) FILTER (WHERE e.n = 0) AS empty_groups,
       count(*) FILTER (WHERE NOT (pg_temp.same(c.pct, e.pct) AND pg_temp.same(c.pct_i4, e.pct)
             AND pg_temp.same(c.pct_i8, e.pct) AND pg_temp.same(c.pct_num, e.pct)
             AND pg_temp.same(c.pct7, e.pct7)
             AND coalesce(csat_responses(c.s), 0) = e.n AND coalesce(csat_satisfied(c.s), 0) = e.sat
             AND pg_temp.same(csat_value(c.s), e.pct) AND pg_temp.same(csat_mean(c.s), e.mean)
             AND pg_temp.same(csat_stderr(c.s), e.stderr)
             AND pg_temp.same((csat_ci(c.s)).lower, e.lo95) AND pg_temp.same((csat_ci(c.s)).upper, e.hi95)
             AND pg_temp.same((csat_ci(c.s, 0.8)).lower, e.lo80) AND pg_temp.same((csat_ci(c.s, 0.8)).upper, e.hi80)
             AND (c.summary).responses = e.n AND (c.summary).satisfied = e.sat
             AND pg_temp.same((c.summary).csat, e.pct) AND pg_temp.same((c.summary).mean, e.mean)
             AND pg_temp.same((c.summary).stderr, e.stderr)
             AND pg_temp.same((c.summary).ci_lower, e.lo95) AND pg_temp.same((c.summary).ci_upper, e.hi95)
             AND (c.s IS NULL) = (e.n = 0))) AS mismatches
FROM csat_got c JOIN csat_expected e USING (g);

-- the same figures with a whole-table aggregate
SELECT pg_temp.same(csat(rating), (SELECT 100.0 * count(*) FILTER (WHERE rating >= 4) / count(rating) FROM csat_ref)) AS whole_table,
       csat_responses(csat_agg(rating)) = (SELECT count(rating) FROM csat_ref) AS responses
FROM csat_ref;

-- GROUP BY with HashAggregate and with GroupAggregate: identical results
SET enable_hashagg = on; SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT g, csat_agg(rating) FROM csat_ref GROUP BY g;
CREATE TEMP TABLE csat_hash AS SELECT g, csat_agg(rating)::text AS s, csat(rating) AS pct FROM csat_ref GROUP BY g;
SET enable_hashagg = off; SET enable_sort = on;
EXPLAIN (COSTS OFF) SELECT g, csat_agg(rating) FROM csat_ref GROUP BY g;
CREATE TEMP TABLE csat_sorted AS SELECT g, csat_agg(rating)::text AS s, csat(rating) AS pct FROM csat_ref GROUP BY g;
RESET enable_hashagg; RESET enable_sort;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE h.s IS DISTINCT FROM o.s OR h.pct IS DISTINCT FROM o.pct
                        OR h.s IS DISTINCT FROM c.s::text) AS differences
FROM csat_hash h JOIN csat_sorted o USING (g) JOIN csat_got c USING (g);

-- forced parallel plans: Partial Aggregate in the plan, identical results
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT csat(rating), csat_agg(rating) FROM csat_ref;
CREATE TEMP TABLE csat_par AS
SELECT csat(rating) AS pct, csat_agg(rating)::text AS s, csat(r7::numeric, 7) AS pct7,
       (csat_summary(rating)).csat AS summary_pct FROM csat_ref;
EXPLAIN (COSTS OFF) SELECT g, csat_agg(rating) FROM csat_ref GROUP BY g;
CREATE TEMP TABLE csat_par_g AS SELECT g, csat_agg(rating)::text AS s FROM csat_ref GROUP BY g;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather; RESET parallel_leader_participation;
SET max_parallel_workers_per_gather = 0;
SELECT p.pct = s.pct AS same_csat, p.s = s.s AS same_state, p.pct7 = s.pct7 AS same_csat7,
       p.summary_pct = s.pct AS same_summary
FROM csat_par p,
     (SELECT csat(rating) AS pct, csat_agg(rating)::text AS s, csat(r7::numeric, 7) AS pct7 FROM csat_ref) s;
SELECT count(*) AS groups, count(*) FILTER (WHERE p.s IS DISTINCT FROM h.s) AS differences
FROM csat_par_g p JOIN csat_hash h USING (g);
RESET max_parallel_workers_per_gather;

-- window frames: sliding ROWS, RANGE over days, shrinking frames, frames of
-- only NULLs; every row equals the FILTER form computed by PostgreSQL itself
CREATE TEMP TABLE csat_win AS SELECT * FROM csat_ref WHERE id <= 3000;
UPDATE csat_win SET rating = NULL WHERE id BETWEEN 100 AND 140;   -- frames with no answers
UPDATE csat_win SET r7 = NULL WHERE id <= 30 OR id BETWEEN 500 AND 520;   -- also at the start
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE pct IS NULL) AS null_frames,
       count(*) FILTER (WHERE NOT pg_temp.same(pct, ref)) AS mismatches
FROM (SELECT csat(rating) OVER w AS pct,
             100.0 * count(*) FILTER (WHERE rating >= 4) OVER w / nullif(count(rating) OVER w, 0) AS ref
      FROM csat_win WINDOW w AS (ORDER BY id ROWS BETWEEN 20 PRECEDING AND CURRENT ROW)) x;
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE NOT (pg_temp.same(csat_value(s), ref) AND coalesce(csat_responses(s), 0) = n
                                   AND pg_temp.same(csat_mean(s), mean) AND (s IS NULL) = (n = 0))) AS mismatches
FROM (SELECT csat_agg(rating) OVER w AS s, count(rating) OVER w AS n, avg(rating) OVER w AS mean,
             100.0 * count(*) FILTER (WHERE rating >= 4) OVER w / nullif(count(rating) OVER w, 0) AS ref
      FROM csat_win WINDOW w AS (ORDER BY id ROWS BETWEEN 5 PRECEDING AND 7 FOLLOWING)) x;
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE NOT pg_temp.same(pct, ref)) AS mismatches
FROM (SELECT csat(rating::bigint) OVER w AS pct,
             100.0 * count(*) FILTER (WHERE rating >= 4) OVER w / nullif(count(rating) OVER w, 0) AS ref
      FROM csat_win WINDOW w AS (PARTITION BY g ORDER BY day RANGE BETWEEN '7 days' PRECEDING AND CURRENT ROW)) x;
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE NOT pg_temp.same(pct, ref)) AS mismatches
FROM (SELECT csat(r7, 7) OVER w AS pct,
             100.0 * count(*) FILTER (WHERE r7 >= 6) OVER w / nullif(count(r7) OVER w, 0) AS ref
      FROM csat_win WINDOW w AS (ORDER BY id ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)) x;
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE NOT pg_temp.same(pct, ref)) AS mismatches
FROM (SELECT csat(rating::numeric) OVER w AS pct,
             100.0 * count(*) FILTER (WHERE rating >= 4) OVER w / nullif(count(rating) OVER w, 0) AS ref
      FROM csat_win WINDOW w AS (ORDER BY id RANGE BETWEEN 50 PRECEDING AND 10 PRECEDING)) x;

SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE (sm).responses = 0) AS empty_frames,
       count(*) FILTER (WHERE NOT (pg_temp.same(pct, ref) AND pg_temp.same((sm).csat, ref)
                                   AND (sm).responses = n AND ((sm).scale IS NULL) = (n = 0)))
         AS mismatches
FROM (SELECT csat(r7, 7) OVER w AS pct, csat_summary(r7::smallint, 7) OVER w AS sm, count(r7) OVER w AS n,
             100.0 * count(*) FILTER (WHERE r7 >= 6) OVER w / nullif(count(r7) OVER w, 0) AS ref
      FROM csat_win WINDOW w AS (ORDER BY id ROWS BETWEEN 10 PRECEDING AND CURRENT ROW)) x;

-- rollup: daily states stored in a table, rolled up by month, equal the
-- direct aggregate; also over a sliding 7-day window of stored states
CREATE TABLE csat_daily AS
SELECT g, day, csat_agg(rating) AS s FROM csat_ref GROUP BY g, day;
SELECT count(*) AS months_groups,
       count(*) FILTER (WHERE r.s::text IS DISTINCT FROM d.s::text) AS differences
FROM (SELECT g, date_trunc('month', day) AS m, csat_rollup(s) AS s FROM csat_daily GROUP BY 1, 2) r
JOIN (SELECT g, date_trunc('month', day) AS m, csat_agg(rating) AS s FROM csat_ref GROUP BY 1, 2) d USING (g, m);
SELECT csat_rollup(s)::text = (SELECT csat_agg(rating)::text FROM csat_ref) AS total_equal FROM csat_daily;
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE NOT pg_temp.same(csat_value(s), ref)) AS mismatches
FROM (SELECT csat_rollup(s) OVER w AS s, d.*
      FROM csat_daily
      JOIN LATERAL (SELECT 100.0 * count(*) FILTER (WHERE rating >= 4) / nullif(count(rating), 0) AS ref
                    FROM csat_ref r WHERE r.g = csat_daily.g
                      AND r.day BETWEEN csat_daily.day - 6 AND csat_daily.day) d ON true
      WINDOW w AS (PARTITION BY g ORDER BY day RANGE BETWEEN '6 days' PRECEDING AND CURRENT ROW)) x;
-- the rollup in a parallel plan
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT csat_rollup(s) FROM csat_daily;
SELECT csat_rollup(s)::text = (SELECT csat_agg(rating)::text FROM csat_ref) AS parallel_total_equal FROM csat_daily;
RESET ALL;

-- text round trip of every stored state
SELECT count(*) AS states, count(*) FILTER (WHERE s::text::csat_state::text <> s::text) AS differences
FROM csat_daily;

DROP TABLE csat_ref, csat_daily CASCADE;
