-- demo/11_csat_ces.sql: CSAT (top-two-box %, 1-5 by default) and CES (1-7 effort).
\pset null '(null)'

-- CSAT of support tickets and CES by segment: one call each
SELECT segment, round(csat(rating)::numeric, 1) AS csat_pct, count(rating) AS answers
FROM csat_responses JOIN customers USING (customer_id)
GROUP BY segment ORDER BY segment;
SELECT segment, round(ces(effort)::numeric, 2) AS ces_mean, round(ces_easy(effort)::numeric, 1) AS easy_pct
FROM ces_responses JOIN customers USING (customer_id)
GROUP BY segment ORDER BY segment;

-- the one-row summaries for BI tools: counts, value, margin of error (95%)
SELECT segment, (s).scale, (s).responses, (s).satisfied, round((s).csat::numeric, 1) AS csat,
       round((s).mean::numeric, 2) AS mean, round((s).stderr::numeric, 2) AS stderr,
       round((s).ci_lower::numeric, 1) AS ci_lower, round((s).ci_upper::numeric, 1) AS ci_upper
FROM (SELECT segment, csat_summary(rating) AS s
      FROM csat_responses JOIN customers USING (customer_id) GROUP BY segment) x
ORDER BY segment;
SELECT (s).responses, (s).easy, round((s).ces::numeric, 3) AS ces, round((s).easy_pct::numeric, 1) AS easy_pct,
       round((s).stderr::numeric, 3) AS stderr, round((s).ci_lower::numeric, 3) AS ci_lower,
       round((s).ci_upper::numeric, 3) AS ci_upper
FROM (SELECT ces_summary(effort) AS s FROM ces_responses) x;

-- store daily states once, roll them up to months later (exact, any grouping)
CREATE TABLE csat_daily AS
SELECT answered_at::date AS day, csat_agg(rating) AS state
FROM csat_responses GROUP BY 1;
SELECT day, state, csat_value(state) FROM csat_daily ORDER BY day LIMIT 3;
SELECT date_trunc('month', day)::date AS month, csat_responses(csat_rollup(state)) AS n,
       round(csat_value(csat_rollup(state))::numeric, 1) AS csat,
       round((csat_ci(csat_rollup(state), 0.90)).lower::numeric, 1) AS lower_90,
       round((csat_ci(csat_rollup(state), 0.90)).upper::numeric, 1) AS upper_90
FROM csat_daily WHERE day >= '2026-06-01' GROUP BY 1 ORDER BY 1;

-- a sliding window (linear time: answers leave the frame, nothing is recomputed)
SELECT DISTINCT ON (month) month, answered_at::date AS last_day, csat_last_500
FROM (SELECT date_trunc('month', answered_at)::date AS month, answered_at,
             round(csat(rating) OVER w::numeric, 1) AS csat_last_500
      FROM csat_responses
      WINDOW w AS (ORDER BY answered_at ROWS BETWEEN 499 PRECEDING AND CURRENT ROW)) x
WHERE month >= '2026-07-01'
ORDER BY month, answered_at DESC;

-- other scales: top two boxes of 1-7 are 6 and 7; the state keeps its scale
SELECT csat(r, 7) AS csat_1_7, csat_agg(r, 7) AS state
FROM (VALUES (7), (6), (5), (2), (NULL)) AS v(r);

-- CES state accessors (the interval is for the mean effort)
SELECT s, ces_responses(s), ces_easy_responses(s), round(ces_mean(s)::numeric, 3) AS mean,
       round(ces_stderr(s)::numeric, 3) AS stderr, round((ces_ci(s)).lower::numeric, 3) AS lower,
       round((ces_ci(s)).upper::numeric, 3) AS upper
FROM (SELECT ces_agg(effort) AS s FROM ces_responses) x;

-- bad input is an error, never a silent skip
\set ON_ERROR_STOP off
\echo '(the next statement fails on purpose: 6 is not a 1-5 rating)'
SELECT csat(r) FROM (VALUES (4), (6)) AS v(r);
\echo '(the next statement fails on purpose: a state with a count for answer 6 on a 1-5 scale)'
SELECT '{scale:5,6:2}'::csat_state;
\set ON_ERROR_STOP on
