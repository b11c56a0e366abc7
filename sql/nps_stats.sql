-- NPS statistics on states: accessors, adjusted-Wald interval, margin of
-- error, two-sample test and summary, against formulas written in plain SQL
-- over random states, plus hand-checked values and bad arguments.
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

-- hand-checked: {0:3,6:1,9:2,10:5}: n = 11, P = 7, passives 0, D = 4
--   NPS = 100 * 3 / 11 = 27.27; mean = (6 + 18 + 50) / 11 = 6.727
--   n' = 14, p' = 7.75 / 14, d' = 4.75 / 14, NPS' = 21.43,
--   SE' = sqrt((p' + d' - (p' - d')^2) / 14) = sqrt(0.84694 / 14) = 0.2460 -> 24.60 points
--   95%: 21.43 -/+ 1.96 * 24.60 = [-26.78, 69.64] (margin of error 48.21)
SELECT nps_responses(s), nps_promoters(s), nps_passives(s), nps_detractors(s),
       round(nps_promoter_share(s)::numeric, 4) AS promoter_share,
       round(nps_passive_share(s)::numeric, 4) AS passive_share,
       round(nps_detractor_share(s)::numeric, 4) AS detractor_share,
       round(nps_mean(s)::numeric, 4) AS mean, round(nps_value(s)::numeric, 4) AS nps,
       round(nps_stderr(s)::numeric, 4) AS stderr,
       round(nps_margin_of_error(s)::numeric, 4) AS moe95
FROM (VALUES ('{0:3,6:1,9:2,10:5}'::nps_state)) AS v(s);
SELECT round((nps_ci(s)).lower::numeric, 4) AS lower95, round((nps_ci(s)).upper::numeric, 4) AS upper95,
       round((nps_ci(s, 0.80)).lower::numeric, 4) AS lower80, round((nps_ci(s, 0.80)).upper::numeric, 4) AS upper80,
       round((nps_ci(s, level => 0.99)).lower::numeric, 4) AS lower99
FROM (VALUES ('{0:3,6:1,9:2,10:5}'::nps_state)) AS v(s);

-- empty state: counts 0, everything else NULL
SELECT nps_responses(s), nps_promoters(s), nps_passives(s), nps_detractors(s), nps_promoter_share(s),
       nps_passive_share(s), nps_detractor_share(s), nps_mean(s), nps_value(s), nps_stderr(s),
       nps_margin_of_error(s), nps_ci(s), nps_test(s, '{10:1}'), nps_test('{10:1}', s), nps_summary(s)
FROM (VALUES ('{}'::nps_state)) AS v(s);

-- extreme states: the interval is clipped to [-100, 100]
SELECT s, nps_value(s), round(nps_stderr(s)::numeric, 4) AS stderr, (nps_ci(s)).lower >= -100 AS lower_ok,
       round((nps_ci(s)).lower::numeric, 4) AS lower, round((nps_ci(s)).upper::numeric, 4) AS upper
FROM (VALUES ('{10:1}'::nps_state), ('{0:1}'), ('{10:5000}'), ('{0:5000}'), ('{8:5000}')) AS v(s);

-- random states against the formulas in SQL
SELECT setseed(0.31);
CREATE TEMP TABLE answers AS
SELECT i % 60 AS g, floor(random() * (3 + i % 9))::int AS s    -- group-dependent skew
FROM generate_series(1, 9000) AS i;
UPDATE answers SET s = 10 - s WHERE g % 2 = 0;
UPDATE answers SET s = least(s, 10);
CREATE TEMP TABLE states AS SELECT g, nps_agg(s) AS st FROM answers GROUP BY g;
CREATE TEMP TABLE refs AS
SELECT g, n, pr, pa, de, mean, 100.0 * (pr - de) / n AS v,
       na, (pr + 0.75) / na AS p1, (de + 0.75) / na AS d1
FROM (SELECT g, count(*)::float8 AS n, count(*) FILTER (WHERE s >= 9)::float8 AS pr,
             count(*) FILTER (WHERE s BETWEEN 7 AND 8)::float8 AS pa,
             count(*) FILTER (WHERE s <= 6)::float8 AS de, avg(s)::float8 AS mean,
             count(*) + 3.0::float8 AS na
      FROM answers GROUP BY g) AS x;
ALTER TABLE refs ADD COLUMN se float8;
UPDATE refs SET se = sqrt((p1 + d1 - (p1 - d1) ^ 2) / na);
-- z for 95% and 90% (the normal quantiles 0.975 and 0.95)
\set z95 1.959963984540054
\set z90 1.6448536269514722
SELECT count(*) AS states,
       count(*) FILTER (WHERE nps_responses(st) = n AND nps_promoters(st) = pr
                          AND nps_passives(st) = pa AND nps_detractors(st) = de) AS counts_ok,
       count(*) FILTER (WHERE abs(nps_promoter_share(st) - 100 * pr / n) < 1e-9
                          AND abs(nps_passive_share(st) - 100 * pa / n) < 1e-9
                          AND abs(nps_detractor_share(st) - 100 * de / n) < 1e-9) AS shares_ok,
       count(*) FILTER (WHERE abs(nps_mean(st) - mean) < 1e-9) AS mean_ok,
       count(*) FILTER (WHERE abs(nps_value(st) - v) < 1e-9) AS nps_ok,
       count(*) FILTER (WHERE abs(nps_stderr(st) - 100 * se) < 1e-9) AS stderr_ok,
       count(*) FILTER (WHERE abs(nps_margin_of_error(st) - 100 * :z95 * se) < 1e-9
                          AND abs(nps_margin_of_error(st, 0.9) - 100 * :z90 * se) < 1e-9) AS moe_ok,
       count(*) FILTER (WHERE abs((nps_ci(st)).lower - greatest(-100, 100 * (p1 - d1 - :z95 * se))) < 1e-9
                          AND abs((nps_ci(st)).upper - least(100, 100 * (p1 - d1 + :z95 * se))) < 1e-9
                          AND abs((nps_ci(st, 0.9)).lower - greatest(-100, 100 * (p1 - d1 - :z90 * se))) < 1e-9
                          AND abs((nps_ci(st, 0.9)).upper - least(100, 100 * (p1 - d1 + :z90 * se))) < 1e-9) AS ci_ok,
       count(*) FILTER (WHERE (nps_summary(st)).responses = n AND (nps_summary(st)).promoters = pr
                          AND (nps_summary(st)).passives = pa AND (nps_summary(st)).detractors = de
                          AND (nps_summary(st)).nps = nps_value(st)
                          AND (nps_summary(st)).margin_of_error = nps_margin_of_error(st)
                          AND (nps_summary(st)).ci_lower = (nps_ci(st)).lower
                          AND (nps_summary(st)).ci_upper = (nps_ci(st)).upper) AS summary_ok
FROM states JOIN refs USING (g);

-- the summary aggregate equals the summary of the state
SELECT count(*) AS groups, count(*) FILTER (WHERE a = b) AS summary_aggregate_ok
FROM (SELECT g, nps_summary(s)::text AS a, nps_summary(nps_agg(s))::text AS b FROM answers GROUP BY g) AS x;

-- two-sample test: every pair of groups against the formula in SQL
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE abs((t).difference - (a.v - b.v)) < 1e-9) AS difference_ok,
       count(*) FILTER (WHERE abs((t).z - ((a.p1 - a.d1) - (b.p1 - b.d1)) / sqrt(a.se ^ 2 + b.se ^ 2)) < 1e-9) AS z_ok,
       count(*) FILTER (WHERE (t).p_value BETWEEN 0 AND 1) AS p_in_range,
       count(*) FILTER (WHERE (t).p_value < 0.05) AS significant_at_5pct
FROM (SELECT sa.g AS ga, sb.g AS gb, nps_test(sa.st, sb.st) AS t
      FROM states sa, states sb WHERE sa.g <> sb.g) AS x
JOIN refs a ON a.g = x.ga JOIN refs b ON b.g = x.gb;
-- p-values (SQL has no normal cdf to recompute them): symmetric in a and b, and
-- decreasing in |z|; the hand-checked case below pins the values
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE (nps_test(sa.st, sb.st)).p_value = (nps_test(sb.st, sa.st)).p_value
                          AND (nps_test(sa.st, sb.st)).z = -(nps_test(sb.st, sa.st)).z) AS symmetric
FROM states sa, states sb WHERE sa.g < sb.g;
SELECT count(*) AS ordered_pairs, count(*) FILTER (WHERE p1 >= p2) AS p_decreases_with_abs_z
FROM (SELECT (x.t).p_value AS p1, (y.t).p_value AS p2
      FROM (SELECT nps_test(sa.st, sb.st) AS t FROM states sa, states sb WHERE sa.g < sb.g AND sb.g < 20) x,
           (SELECT nps_test(sa.st, sb.st) AS t FROM states sa, states sb WHERE sa.g < sb.g AND sb.g < 20) y
      WHERE abs((x.t).z) < abs((y.t).z)) AS z;

-- hand-checked test: NPS 30 (n = 100) against NPS 10 (n = 100):
--   p'a = 50.75/103, d'a = 20.75/103, p'b = 40.75/103, d'b = 30.75/103
--   z = (0.29126 - 0.09709) / sqrt(0.0062869 + 0.0062766) = 1.7323, p = 2 (1 - Phi(1.7323)) = 0.0832
SELECT round((t).difference::numeric, 6) AS difference, round((t).z::numeric, 6) AS z,
       round((t).p_value::numeric, 6) AS p_value
FROM (SELECT nps_test('{0:20,8:30,10:50}', '{0:30,8:30,10:40}') AS t) AS x;
-- identical samples: z = 0, p = 1
SELECT nps_test('{0:20,8:30,10:50}', '{0:20,8:30,10:50}');

-- bad levels
SELECT q, pg_temp.err(q) AS error
FROM (VALUES ($$SELECT nps_ci('{1:1}', 1)$$), ($$SELECT nps_ci('{1:1}', 0)$$),
             ($$SELECT nps_ci('{1:1}', -0.5)$$), ($$SELECT nps_ci('{1:1}', 'NaN')$$),
             ($$SELECT nps_margin_of_error('{1:1}', 95)$$)) AS v(q);
SELECT nps_ci('{1:1}', NULL) AS null_level;
