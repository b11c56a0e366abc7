-- Prints the impact figures of the stored data (compared before and after restore).
\pset null '(null)'
SELECT * FROM impact_of_late ORDER BY score;
SELECT * FROM impact_of_late_rollup;
SELECT id, n, c, e, nps_impact_final(n), csat_impact_final(c), ces_impact_final(e) FROM impact_states ORDER BY id;
SELECT day, nps_late, nps_rest, csat_late, ces_rest, csat_impact(csat_late, csat_rest) FROM impact_daily ORDER BY day;
