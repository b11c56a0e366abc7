-- Which drivers matter most: driver_importance_agg / driver_state /
-- driver_importance, against the closed forms of two drivers computed here
-- with corr(), plus NULLs, empty input, GROUP BY, rollup, state I/O, a
-- parallel plan and bad input.
\pset null '(null)'
SET extra_float_digits = 0;

-- 200 deterministic rows: x1 0..10, x2 correlated with x1, x3 unrelated
CREATE TEMP TABLE dr AS
SELECT g, x1, x2, x3,
       (1 + 0.4 * x1 + 0.5 * x2 + ((g * 7) % 5) * 0.3)::float8 AS y
FROM (SELECT g, ((g * 37) % 11)::float8 AS x1,
             (((g * 17) % 7) + 0.3 * ((g * 37) % 11))::float8 AS x2,
             ((g * 13) % 9)::float8 AS x3
      FROM generate_series(1, 200) g) s;

-- the report
SELECT driver, rank, n, skipped, round(mean::numeric, 10) AS mean, round(sd::numeric, 10) AS sd,
       round(correlation::numeric, 10) AS correlation, round(std_coefficient::numeric, 10) AS beta,
       round(shapley_r2::numeric, 10) AS shapley_r2, round(share::numeric, 10) AS share,
       round(r2::numeric, 10) AS r2
FROM driver_importance((SELECT driver_importance_agg(y, ARRAY[x1, x2, x3], ARRAY['speed', 'price', 'noise']) FROM dr));

-- two drivers against the closed forms from corr():
--   R² = (r1² + r2² - 2 r1 r2 r12) / (1 - r12²)
--   beta1 = (r1 - r2 r12) / (1 - r12²)
--   Shapley1 = (R² + r1² - r2²) / 2
WITH c AS (SELECT corr(y, x1) AS r1, corr(y, x2) AS r2, corr(x1, x2) AS r12,
                  avg(x1) AS m1, stddev_samp(x1) AS s1 FROM dr),
     f AS (SELECT *, (r1 * r1 + r2 * r2 - 2 * r1 * r2 * r12) / (1 - r12 * r12) AS rr,
                  (r1 - r2 * r12) / (1 - r12 * r12) AS b1 FROM c),
     d AS (SELECT * FROM driver_importance((SELECT driver_importance_agg(y, ARRAY[x1, x2]) FROM dr)) WHERE driver = 'd1')
SELECT abs(d.correlation - f.r1) < 1e-12 AS corr_ok,
       abs(d.std_coefficient - f.b1) < 1e-12 AS beta_ok,
       abs(d.r2 - f.rr) < 1e-12 AS r2_ok,
       abs(d.shapley_r2 - (f.rr + f.r1 * f.r1 - f.r2 * f.r2) / 2) < 1e-12 AS shapley_ok,
       abs(d.mean - f.m1) < 1e-12 AS mean_ok, abs(d.sd - f.s1) < 1e-12 AS sd_ok
FROM d, f;
-- one driver: R² = corr², Shapley = R², regr_r2 agrees
SELECT abs(r2 - (SELECT regr_r2(y, x1) FROM dr)) < 1e-12 AS r2_is_regr_r2,
       abs(shapley_r2 - r2) < 1e-15 AS shapley_is_r2, share
FROM driver_importance((SELECT driver_importance_agg(y, ARRAY[x1]) FROM dr));
-- the Shapley parts add up to R²
SELECT abs(sum(shapley_r2) - min(r2)) < 1e-14 AS adds_up, round(sum(share)::numeric, 12) AS shares
FROM driver_importance((SELECT driver_importance_agg(y, ARRAY[x1, x2, x3]) FROM dr));

-- NULLs: a NULL outcome, array or element skips the row and is counted
SELECT n, skipped FROM driver_importance((
	SELECT driver_importance_agg(y, d) FROM (VALUES (1::float8, ARRAY[1, 2]::float8[]), (2, ARRAY[3, 1]), (3, ARRAY[2, 2]),
	        (4, ARRAY[5, 0]), (NULL, ARRAY[1, 1]), (5, NULL), (6, ARRAY[NULL, 1])) v(y, d))) LIMIT 1;
-- rows skipped before the first array are kept
SELECT driver_importance_agg(y, d)::text FROM (VALUES (1::float8, NULL::float8[]), (2, ARRAY[1]), (NULL, ARRAY[2])) v(y, d);
SELECT driver_importance_agg(y, d)::text FROM (VALUES (1::float8, NULL::float8[])) v(y, d);
SELECT * FROM driver_importance('{"k":0,"n":0,"skipped":3,"names":null,"acc":[]}');
-- no rows: NULL
SELECT driver_importance_agg(y, ARRAY[x1]) IS NULL AS empty_is_null FROM dr WHERE false;
SELECT driver_importance_agg(s) IS NULL AS empty_rollup_is_null FROM (SELECT NULL::driver_state AS s) x;

-- GROUP BY, and the rollup of stored per-group states equals the direct aggregate
CREATE TEMP TABLE dr_daily AS
SELECT g % 4 AS day, driver_importance_agg(y, ARRAY[x1, x2, x3], ARRAY['speed', 'price', 'noise']) AS s
FROM dr GROUP BY g % 4;
SELECT day, (SELECT string_agg(driver || '=' || rank, ' ') FROM driver_importance(s)) AS ranks,
       (SELECT n FROM driver_importance(s) LIMIT 1) AS n
FROM dr_daily ORDER BY day;
WITH a AS (SELECT * FROM driver_importance((SELECT driver_importance_agg(s) FROM dr_daily))),
     b AS (SELECT * FROM driver_importance((SELECT driver_importance_agg(y, ARRAY[x1, x2, x3], ARRAY['speed', 'price', 'noise']) FROM dr)))
SELECT a.driver, a.rank = b.rank AS same_rank, a.n = b.n AS same_n,
       abs(a.correlation - b.correlation) < 1e-14 AS same_corr,
       abs(a.std_coefficient - b.std_coefficient) < 1e-14 AS same_beta,
       abs(a.shapley_r2 - b.shapley_r2) < 1e-14 AS same_shapley
FROM a JOIN b USING (driver) ORDER BY a.rank;

-- text form round trip (valid JSON); the binary form is checked by test/shell/driver_binary.sh
SELECT s::text::driver_state::text = s::text AS text_round_trip,
       (s::text::jsonb ->> 'n')::int AS n_from_json,
       jsonb_array_length(s::text::jsonb -> 'acc') AS sums
FROM (SELECT driver_importance_agg(y, ARRAY[x1, x2], ARRAY['a "quoted" name', E'back\\slash']) AS s FROM dr) x;
SELECT s::text FROM (SELECT driver_importance_agg(y, ARRAY[x1], ARRAY['one']) AS s FROM dr WHERE g <= 2) x;

-- a parallel plan gives the same state as the serial one (to the last bit of hi + lo)
CREATE TEMP TABLE dr_big AS SELECT * FROM dr, generate_series(1, 150) rep;
CREATE TABLE dr_par AS SELECT * FROM dr_big;
ALTER TABLE dr_par SET (parallel_workers = 2);
ANALYZE dr_par;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT driver_importance_agg(y, ARRAY[x1, x2, x3]) FROM dr_par;
CREATE TEMP TABLE par AS SELECT * FROM driver_importance((SELECT driver_importance_agg(y, ARRAY[x1, x2, x3]) FROM dr_par));
RESET max_parallel_workers_per_gather;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE ser AS SELECT * FROM driver_importance((SELECT driver_importance_agg(y, ARRAY[x1, x2, x3]) FROM dr_par));
RESET max_parallel_workers_per_gather; RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
SELECT p.driver, p.n, abs(p.correlation - s.correlation) <= 1e-15 AS corr_same,
       abs(p.std_coefficient - s.std_coefficient) <= 1e-14 AS beta_same,
       abs(p.shapley_r2 - s.shapley_r2) <= 1e-14 AS shapley_same, abs(p.mean - s.mean) <= 1e-15 * abs(s.mean) AS mean_same
FROM par p JOIN ser s USING (driver) ORDER BY p.rank;
DROP TABLE dr_par;

-- constant driver, collinear drivers, too few rows, constant outcome
SELECT driver, rank, correlation, std_coefficient IS NULL AS beta_null, shapley_r2
FROM driver_importance((SELECT driver_importance_agg(y, ARRAY[x1, 7]) FROM dr)) WHERE driver = 'd2';
SELECT driver, rank, std_coefficient, round(shapley_r2::numeric, 10) AS shapley_r2, round(r2::numeric, 10) AS r2
FROM driver_importance((SELECT driver_importance_agg(y, ARRAY[x1, x2, x1 + x2]) FROM dr));
SELECT driver, n, round(correlation::numeric, 6) AS correlation, std_coefficient, shapley_r2, r2
FROM driver_importance((SELECT driver_importance_agg(y, ARRAY[x1, x2, x3]) FROM dr WHERE g <= 4));
SELECT driver, correlation, r2 FROM driver_importance((SELECT driver_importance_agg(4, ARRAY[x1]) FROM dr));
SELECT driver, n, mean, sd, correlation FROM driver_importance((SELECT driver_importance_agg(y, ARRAY[x1]) FROM dr WHERE g = 1));
-- 16 drivers: no Shapley, ranked by |std_coefficient|
SELECT count(*) AS drivers, count(shapley_r2) AS with_shapley, count(std_coefficient) AS with_beta
FROM driver_importance((SELECT driver_importance_agg(y, ARRAY[x1, x2, x3, x1*x1, x2*x2, x3*x3, x1*x2, x1*x3, x2*x3,
	x1*x1*x1, x2*x2*x2, x3*x3*x3, sin(x1), sin(x2), sin(x3), cos(x1)]) FROM dr));

-- bad input
SELECT driver_importance_agg(y, d) FROM (VALUES (1::float8, ARRAY[1, 2]::float8[]), (2, ARRAY[1, 2, 3])) v(y, d);
SELECT driver_importance_agg(y, d) FROM (VALUES (1::float8, '{}'::float8[])) v(y, d);
SELECT driver_importance_agg(y, d) FROM (VALUES (1::float8, '{{1,2},{3,4}}'::float8[])) v(y, d);
SELECT driver_importance_agg(1, array_fill(1::float8, ARRAY[33]));
SELECT driver_importance_agg(y, d) FROM (VALUES ('NaN'::float8, ARRAY[1]::float8[])) v(y, d);
SELECT driver_importance_agg(y, d) FROM (VALUES (1::float8, ARRAY['Infinity']::float8[])) v(y, d);
SELECT driver_importance_agg(y, d) FROM (VALUES (1::float8, ARRAY[1e101]::float8[])) v(y, d);
SELECT driver_importance_agg(y, ARRAY[x1, x2], CASE WHEN g = 5 THEN ARRAY['a', 'c'] ELSE ARRAY['a', 'b'] END) FROM dr;
SELECT driver_importance_agg(y, ARRAY[x1, x2], ARRAY['a']) FROM dr;
SELECT driver_importance_agg(y, ARRAY[x1, x2], ARRAY['a', NULL]) FROM dr;
SELECT driver_importance_agg(y, ARRAY[x1, x2], ARRAY['a', 'a']) FROM dr;
SELECT driver_importance_agg(y, ARRAY[x1, x2], ARRAY['a', '']) FROM dr;
SELECT driver_importance_agg(y, ARRAY[x1, x2], CASE WHEN g = 5 THEN NULL ELSE ARRAY['a', 'b'] END) FROM dr;
SELECT driver_importance_agg(s) FROM (SELECT driver_importance_agg(y, ARRAY[x1]) AS s FROM dr
	UNION ALL SELECT driver_importance_agg(y, ARRAY[x1, x2]) FROM dr) x;
SELECT driver_importance_agg(s) FROM (SELECT driver_importance_agg(y, ARRAY[x1], ARRAY['a']) AS s FROM dr
	UNION ALL SELECT driver_importance_agg(y, ARRAY[x1]) FROM dr) x;
SELECT driver_state_accum(NULL, 1, ARRAY[1]);
SELECT '{"k":1,"n":1,"skipped":0,"names":null,"acc":[[1,0],[1,0],[1,0],[1,0],[1,0]]}'::driver_state IS NOT NULL AS valid;
SELECT '{"k":33,"n":1,"skipped":0,"names":null,"acc":[]}'::driver_state;
SELECT '{"k":1,"n":1,"skipped":0,"names":null,"acc":[[1,0],[1,0],[-1,0],[1,0],[1,0]]}'::driver_state;
SELECT '{"k":1,"n":1,"skipped":0,"names":null,"acc":[[1,0],[1,0],[1,0],[1,0]]}'::driver_state;
SELECT '{"k":1,"n":0,"skipped":0,"names":null,"acc":[[1,0],[1,0],[1,0],[1,0],[1,0]]}'::driver_state;
SELECT '{"k":1,"n":1,"skipped":0,"names":["a","b"],"acc":[[1,0],[1,0],[1,0],[1,0],[1,0]]}'::driver_state;
SELECT '{"k":1,"n":1,"skipped":-1,"names":null,"acc":[[1,0],[1,0],[1,0],[1,0],[1,0]]}'::driver_state;
SELECT '{"k":1,"n":1,"skipped":0,"names":null,"acc":[[1,0],[1,0],[1,0],[1,0],[1e300,0]]}'::driver_state;
SELECT '{"k":1,"n":1,"skipped":0,"names":null,"acc":[[1,0],[1,0],[1,0],[1,0],[1,0]]} extra'::driver_state;
