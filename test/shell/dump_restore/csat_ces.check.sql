-- Printed before and after pg_dump / pg_restore: must be identical.
SELECT day, state, csat_responses(state), csat_value(state), csat_ci(state) FROM csat_daily_states ORDER BY day;
SELECT day, state, ces_responses(state), ces_mean(state), ces_easy_pct(state), ces_ci(state) FROM ces_daily_states ORDER BY day;
SELECT * FROM csat_monthly ORDER BY month;
SELECT csat_rollup(state) FROM csat_daily_states WHERE scale = 5;
SELECT ces_rollup(state), ces_stderr(ces_rollup(state)) FROM ces_daily_states;
