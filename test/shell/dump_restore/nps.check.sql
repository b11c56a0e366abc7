-- Prints the NPS numbers of the stored data (compared before and after restore).
\pset null '(null)'
SELECT day, segment, state, nps_value(state) FROM nps_daily ORDER BY day, segment;
SELECT month, segment, state, nps_value(state), nps_ci(state), nps_summary(state)
FROM nps_monthly ORDER BY 1, 2;
SELECT segment, nps_rollup(state) AS rolled_up, nps_value(nps_rollup(state)) AS rolled_up_nps,
       (SELECT nps(score) FROM nps_answers a WHERE a.segment = d.segment) AS direct_nps,
       nps_rollup(state)::text = (SELECT nps_agg(score)::text FROM nps_answers a WHERE a.segment = d.segment)
         AS rollup_equals_direct
FROM nps_daily d WHERE day >= '2026-01-01' GROUP BY segment ORDER BY segment;
SELECT segment, nps(score, weight) AS weighted, nps_summary(score) FROM nps_answers GROUP BY segment ORDER BY segment;
SELECT nps_test(a.state, b.state) FROM nps_monthly a, nps_monthly b
WHERE a.segment = 'smb' AND b.segment = 'enterprise' AND a.month = b.month ORDER BY a.month;
