-- demo/10_nps.sql: Net Promoter Score with cx_metrics.
-- Promoters answer 9-10, passives 7-8, detractors 0-6;
-- NPS = 100 * (promoters - detractors) / answers, in [-100, 100].
\pset null '(null)'

-- 1. The headline number, with its 95% margin of error, in one call.
SELECT (s).responses, (s).promoters, (s).passives, (s).detractors,
       round((s).nps::numeric, 1) AS nps, round((s).margin_of_error::numeric, 1) AS moe,
       round((s).ci_lower::numeric, 1) AS ci_lower, round((s).ci_upper::numeric, 1) AS ci_upper
FROM (SELECT nps_summary(score) AS s FROM nps_responses) AS x;

-- 2. By segment (NULL answers are ignored, never counted as detractors).
SELECT c.segment, count(*) AS rows, count(r.score) AS answers,
       round(nps(r.score)::numeric, 1) AS nps,
       round((nps_ci(nps_agg(r.score))).lower::numeric, 1) AS ci_lower,
       round((nps_ci(nps_agg(r.score))).upper::numeric, 1) AS ci_upper
FROM nps_responses r JOIN customers c USING (customer_id)
GROUP BY c.segment ORDER BY nps DESC;

-- 3. Store one small exact state per day and segment (e.g. refreshed nightly)...
CREATE TABLE nps_daily AS
SELECT answered_at::date AS day, c.segment, nps_agg(r.score) AS state
FROM nps_responses r JOIN customers c USING (customer_id)
GROUP BY 1, 2;
SELECT * FROM nps_daily WHERE segment = 'smb' ORDER BY day DESC LIMIT 3;

-- ...and roll the stored states up to any period: exact, no raw rows needed.
SELECT to_char(day, 'YYYY-MM') AS month, nps_responses(nps_rollup(state)) AS answers,
       round(nps_value(nps_rollup(state))::numeric, 1) AS nps,
       round(nps_margin_of_error(nps_rollup(state))::numeric, 1) AS moe
FROM nps_daily WHERE segment = 'smb' AND day >= '2026-06-01'
GROUP BY 1 ORDER BY 1;

-- 4. Is SMB's October drop real? Two-sample test of September vs October.
SELECT round((t).difference::numeric, 1) AS nps_change, round((t).z::numeric, 2) AS z,
       round((t).p_value::numeric, 6) AS p_value
FROM (SELECT nps_test(
        (SELECT nps_rollup(state) FROM nps_daily WHERE segment = 'smb' AND day >= '2026-10-01' AND day < '2026-11-01'),
        (SELECT nps_rollup(state) FROM nps_daily WHERE segment = 'smb' AND day >= '2026-09-01' AND day < '2026-10-01')) AS t) AS x;
-- ...while a 6-point change between two enterprise months is within the noise:
SELECT round((t).difference::numeric, 1) AS nps_change, round((t).p_value::numeric, 3) AS p_value
FROM (SELECT nps_test(
        (SELECT nps_rollup(state) FROM nps_daily WHERE segment = 'enterprise' AND day >= '2026-04-01' AND day < '2026-05-01'),
        (SELECT nps_rollup(state) FROM nps_daily WHERE segment = 'enterprise' AND day >= '2026-03-01' AND day < '2026-04-01')) AS t) AS x;

-- 5. Shares, mean and standard error from one state.
SELECT round(nps_promoter_share(s)::numeric, 1) AS promoters_pct,
       round(nps_passive_share(s)::numeric, 1) AS passives_pct,
       round(nps_detractor_share(s)::numeric, 1) AS detractors_pct,
       round(nps_mean(s)::numeric, 2) AS mean_score, round(nps_stderr(s)::numeric, 2) AS stderr
FROM (SELECT nps_rollup(state) AS s FROM nps_daily) AS x;

-- 6. A rolling NPS over the last 500 answers (a sliding window, linear time),
--    as it stood at the end of each month.
SELECT DISTINCT ON (month) month, round(rolling_nps::numeric, 1) AS rolling_nps_500
FROM (SELECT to_char(answered_at, 'YYYY-MM') AS month, answered_at,
             nps(score) OVER (ORDER BY answered_at ROWS BETWEEN 499 PRECEDING AND CURRENT ROW) AS rolling_nps
      FROM nps_responses) AS x
WHERE month >= '2026-07'
ORDER BY month, answered_at DESC;

-- 7. Weighted NPS: segments weighted to their share of revenue.
SELECT round(nps(r.score)::numeric, 1) AS unweighted,
       round(nps(r.score, CASE c.segment WHEN 'enterprise' THEN 5 WHEN 'smb' THEN 2 ELSE 1 END)::numeric, 1) AS revenue_weighted
FROM nps_responses r JOIN customers c USING (customer_id);

-- 8. Category of each answer.
SELECT nps_category(score) AS category, count(*) FROM nps_responses
WHERE score IS NOT NULL GROUP BY 1 ORDER BY 2 DESC;

-- 9. Out-of-scale answers are errors, never silently skipped.
\set ON_ERROR_STOP off
\echo '(the next statement fails on purpose: 11 is not a 0-10 answer)'
SELECT nps(s) FROM (VALUES (9), (11)) AS v(s);
\set ON_ERROR_STOP on
