-- CES against plain-SQL references over thousands of random rows: GROUP BY
-- (hash and sorted), parallel plans, window frames, rollups of stored states.
\pset null '(null)'
SELECT setseed(0.875) \g /dev/null

-- 30,000 answers 1-7 in 12 groups over 120 days, ~5% skipped; group 12 has
-- no answers at all.
CREATE TABLE ces_ref AS
SELECT i AS id,
       1 + (i % 12) AS g,
       date '2026-01-01' + (i % 120) AS day,
       CASE WHEN i % 12 = 11 OR random() < 0.05 THEN NULL
            ELSE least(7, 1 + floor(random() * 7 + (i % 12) * 0.15))::smallint END AS effort
FROM generate_series(1, 30000) AS i;
ANALYZE ces_ref;

CREATE FUNCTION pg_temp.same(a float8, b float8) RETURNS bool
LANGUAGE sql IMMUTABLE AS $$
	SELECT (a IS NULL AND b IS NULL) OR abs(a - b) <= 1e-9 * greatest(1, abs(b))
$$;
CREATE FUNCTION pg_temp.wilson(k numeric, n numeric, z float8, upper bool) RETURNS float8
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE WHEN n = 0 THEN NULL
	            WHEN NOT upper AND k = 0 THEN 0
	            WHEN upper AND k = n THEN 100
	            ELSE 100 * ((p + z*z/(2*n)) + CASE WHEN upper THEN 1 ELSE -1 END
	                        * z * sqrt(p*(1-p)/n + z*z/(4*n*n))) / (1 + z*z/n) END
	FROM (SELECT (k / nullif(n, 0))::float8 AS p) x
$$;
-- Student t: P(T <= c) with df degrees of freedom, by Simpson's rule on the
-- density (normalised numerically over [-60, 60]: for df >= 20 the mass
-- outside is below 1e-20), to check the critical values of ces_ci
CREATE FUNCTION pg_temp.t_cdf(c float8, df float8) RETURNS float8
LANGUAGE sql IMMUTABLE AS $$
	WITH s AS (
		SELECT b, sum(CASE WHEN i = 0 OR i = 20000 THEN 1 WHEN i % 2 = 1 THEN 4 ELSE 2 END
		              * exp(greatest(-700, -(df + 1) / 2 * ln(1 + (b * i / 20000.0)^2 / df))))
		          * b / 20000.0 / 3 AS area
		FROM (VALUES (c), (60::float8)) AS v(b), generate_series(0, 20000) AS i GROUP BY b)
	SELECT 0.5 + 0.5 * (SELECT area FROM s WHERE b = c) / (SELECT area FROM s WHERE b = 60)
$$;
CREATE TEMP VIEW ces_expected AS
SELECT g, count(effort) AS n, count(*) FILTER (WHERE effort >= 5) AS easy,
       avg(effort) AS mean,
       100.0 * count(*) FILTER (WHERE effort >= 5) / nullif(count(effort), 0) AS pct,
       stddev_samp(effort) / sqrt(count(effort)) AS stderr,
       pg_temp.wilson(count(*) FILTER (WHERE effort >= 5), count(effort), 1.959963984540054, false) AS easy_lo,
       pg_temp.wilson(count(*) FILTER (WHERE effort >= 5), count(effort), 1.959963984540054, true) AS easy_hi
FROM ces_ref GROUP BY g;

CREATE TEMP TABLE ces_got AS
SELECT g, ces(effort) AS mean, ces_easy(effort) AS pct, ces_agg(effort) AS s,
       ces(effort::int) AS mean_i4, ces(effort::bigint) AS mean_i8, ces(effort::numeric) AS mean_num,
       ces_easy(effort::numeric) AS pct_num, ces_summary(effort) AS summary
FROM ces_ref GROUP BY g;

SELECT count(*) AS groups,
       count(*) FILTER (WHERE e.n = 0) AS empty_groups,
       count(*) FILTER (WHERE NOT (pg_temp.same(c.mean, e.mean) AND pg_temp.same(c.pct, e.pct)
             AND pg_temp.same(c.mean_i4, e.mean) AND pg_temp.same(c.mean_i8, e.mean)
             AND pg_temp.same(c.mean_num, e.mean) AND pg_temp.same(c.pct_num, e.pct)
             AND coalesce(ces_responses(c.s), 0) = e.n AND coalesce(ces_easy_responses(c.s), 0) = e.easy
             AND pg_temp.same(ces_mean(c.s), e.mean) AND pg_temp.same(ces_easy_pct(c.s), e.pct)
             AND pg_temp.same(ces_stderr(c.s), e.stderr)
             AND pg_temp.same((ces_easy_ci(c.s)).lower, e.easy_lo) AND pg_temp.same((ces_easy_ci(c.s)).upper, e.easy_hi)
             AND (c.summary).responses = e.n AND (c.summary).easy = e.easy
             AND pg_temp.same((c.summary).ces, e.mean) AND pg_temp.same((c.summary).easy_pct, e.pct)
             AND pg_temp.same((c.summary).stderr, e.stderr)
             AND (c.summary).ci_lower IS NOT DISTINCT FROM (ces_ci(c.s)).lower
             AND (c.summary).ci_upper IS NOT DISTINCT FROM (ces_ci(c.s)).upper
             AND (c.s IS NULL) = (e.n = 0))) AS mismatches
FROM ces_got c JOIN ces_expected e USING (g);

-- ces_ci is mean -+ t * stderr with t the Student critical value for n - 1
-- degrees of freedom: check t against the numerically integrated
-- distribution, for the groups (about 2,400 answers each) and for states of
-- 22 to 1,500 answers (the two ways cx_t_critical computes t)
SELECT count(*) AS states, min(n) AS min_n, max(n) AS max_n,
       count(*) FILTER (WHERE NOT (
             abs(pg_temp.t_cdf(((ces_ci(s)).upper - ces_mean(s)) / ces_stderr(s), n - 1) - 0.975) < 1e-9
         AND abs(pg_temp.t_cdf((ces_mean(s) - (ces_ci(s)).lower) / ces_stderr(s), n - 1) - 0.975) < 1e-9
         AND abs(pg_temp.t_cdf(((ces_ci(s, 0.99)).upper - ces_mean(s)) / ces_stderr(s), n - 1) - 0.995) < 1e-9
         AND abs(pg_temp.t_cdf(((ces_ci(s, 0.5)).upper - ces_mean(s)) / ces_stderr(s), n - 1) - 0.75) < 1e-9
         AND (ces_ci(s, 0.99)).upper < 7 AND (ces_ci(s, 0.99)).lower > 1)) AS mismatches
FROM (SELECT ces_responses(s) AS n, s
      FROM (SELECT s FROM ces_got WHERE s IS NOT NULL
            UNION ALL
            SELECT (SELECT ces_agg(effort) FROM ces_ref r WHERE r.effort IS NOT NULL AND r.id <= m)
            FROM unnest(ARRAY[25, 35, 230, 1090, 1095, 1100, 1700]) AS m) x) y;

-- GROUP BY with HashAggregate and with GroupAggregate
SET enable_hashagg = on; SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT g, ces_agg(effort) FROM ces_ref GROUP BY g;
CREATE TEMP TABLE ces_hash AS SELECT g, ces_agg(effort)::text AS s, ces(effort) AS m FROM ces_ref GROUP BY g;
SET enable_hashagg = off; SET enable_sort = on;
EXPLAIN (COSTS OFF) SELECT g, ces_agg(effort) FROM ces_ref GROUP BY g;
CREATE TEMP TABLE ces_sorted AS SELECT g, ces_agg(effort)::text AS s, ces(effort) AS m FROM ces_ref GROUP BY g;
RESET enable_hashagg; RESET enable_sort;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE h.s IS DISTINCT FROM o.s OR h.m IS DISTINCT FROM o.m
                        OR h.s IS DISTINCT FROM c.s::text) AS differences
FROM ces_hash h JOIN ces_sorted o USING (g) JOIN ces_got c USING (g);

-- forced parallel plans
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT ces(effort), ces_easy(effort), ces_agg(effort) FROM ces_ref;
CREATE TEMP TABLE ces_par AS
SELECT ces(effort) AS m, ces_easy(effort) AS pct, ces_agg(effort)::text AS s,
       (ces_summary(effort::numeric)).ces AS summary_m FROM ces_ref;
CREATE TEMP TABLE ces_par_g AS SELECT g, ces_agg(effort)::text AS s FROM ces_ref GROUP BY g;
RESET ALL;
SET max_parallel_workers_per_gather = 0;
SELECT p.m = s.m AS same_ces, p.pct = s.pct AS same_easy, p.s = s.s AS same_state, p.summary_m = s.m AS same_summary
FROM ces_par p, (SELECT ces(effort) AS m, ces_easy(effort) AS pct, ces_agg(effort)::text AS s FROM ces_ref) s;
SELECT count(*) AS groups, count(*) FILTER (WHERE p.s IS DISTINCT FROM h.s) AS differences
FROM ces_par_g p JOIN ces_hash h USING (g);
RESET max_parallel_workers_per_gather;

-- window frames against the same figures computed by PostgreSQL itself
CREATE TEMP TABLE ces_win AS SELECT * FROM ces_ref WHERE id <= 3000;
UPDATE ces_win SET effort = NULL WHERE id <= 15 OR id BETWEEN 200 AND 240;
SELECT count(*) AS rows_checked, count(*) FILTER (WHERE m IS NULL) AS null_frames,
       count(*) FILTER (WHERE NOT (pg_temp.same(m, ref_m) AND pg_temp.same(pct, ref_pct))) AS mismatches
FROM (SELECT ces(effort) OVER w AS m, ces_easy(effort) OVER w AS pct, avg(effort) OVER w AS ref_m,
             100.0 * count(*) FILTER (WHERE effort >= 5) OVER w / nullif(count(effort) OVER w, 0) AS ref_pct
      FROM ces_win WINDOW w AS (ORDER BY id ROWS BETWEEN 20 PRECEDING AND CURRENT ROW)) x;
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE NOT (pg_temp.same(ces_mean(s), ref_m) AND coalesce(ces_responses(s), 0) = n
                                   AND pg_temp.same(ces_stderr(s), ref_se) AND (s IS NULL) = (n = 0)
                                   AND (sm).responses = n AND pg_temp.same((sm).stderr, ref_se))) AS mismatches
FROM (SELECT ces_agg(effort) OVER w AS s, ces_summary(effort) OVER w AS sm, count(effort) OVER w AS n,
             avg(effort) OVER w AS ref_m, stddev_samp(effort) OVER w / sqrt(count(effort) OVER w) AS ref_se
      FROM ces_win WINDOW w AS (ORDER BY id ROWS BETWEEN 5 PRECEDING AND 7 FOLLOWING)) x;
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE NOT pg_temp.same(m, ref)) AS mismatches
FROM (SELECT ces(effort::numeric) OVER w AS m, avg(effort) OVER w AS ref
      FROM ces_win WINDOW w AS (PARTITION BY g ORDER BY day RANGE BETWEEN '10 days' PRECEDING AND CURRENT ROW)) x;
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE NOT pg_temp.same(pct, ref)) AS mismatches
FROM (SELECT ces_easy(effort::bigint) OVER w AS pct,
             100.0 * count(*) FILTER (WHERE effort >= 5) OVER w / nullif(count(effort) OVER w, 0) AS ref
      FROM ces_win WINDOW w AS (ORDER BY id RANGE BETWEEN 30 PRECEDING AND 10 FOLLOWING)) x;

-- rollup of stored daily states equals the direct aggregate
CREATE TABLE ces_daily AS SELECT g, day, ces_agg(effort) AS s FROM ces_ref GROUP BY g, day;
SELECT count(*) AS month_groups,
       count(*) FILTER (WHERE r.s::text IS DISTINCT FROM d.s::text) AS differences
FROM (SELECT g, date_trunc('month', day) AS m, ces_rollup(s) AS s FROM ces_daily GROUP BY 1, 2) r
JOIN (SELECT g, date_trunc('month', day) AS m, ces_agg(effort) AS s FROM ces_ref GROUP BY 1, 2) d USING (g, m);
SELECT ces_rollup(s)::text = (SELECT ces_agg(effort)::text FROM ces_ref) AS total_equal FROM ces_daily;
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE NOT pg_temp.same(ces_mean(s), ref)) AS mismatches
FROM (SELECT ces_rollup(s) OVER w AS s, d.*
      FROM ces_daily
      JOIN LATERAL (SELECT avg(effort) AS ref FROM ces_ref r WHERE r.g = ces_daily.g
                      AND r.day BETWEEN ces_daily.day - 6 AND ces_daily.day) d ON true
      WINDOW w AS (PARTITION BY g ORDER BY day RANGE BETWEEN '6 days' PRECEDING AND CURRENT ROW)) x;
-- the rollup in a parallel plan
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT ces_rollup(s) FROM ces_daily;
SELECT ces_rollup(s)::text = (SELECT ces_agg(effort)::text FROM ces_ref) AS parallel_total_equal FROM ces_daily;
RESET ALL;
SELECT count(*) AS states, count(*) FILTER (WHERE s::text::ces_state::text <> s::text) AS differences
FROM ces_daily;

DROP TABLE ces_ref, ces_daily CASCADE;
