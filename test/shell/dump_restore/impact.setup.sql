-- The impact of a driver built on cx_metrics types, to survive pg_dump /
-- pg_restore: answers with a driver flag, daily states of each group, stored
-- impact states and views that ask nps_impact / csat_impact / ces_impact.
SELECT setseed(0.61);
CREATE TABLE impact_answers (day date, late boolean, nps smallint, csat smallint, ces smallint);
INSERT INTO impact_answers
SELECT date '2026-02-01' + (i % 28), CASE WHEN random() < 0.02 THEN NULL ELSE random() < 0.25 END,
       CASE WHEN random() < 0.03 THEN NULL ELSE floor(random() * 11)::smallint END,
       1 + floor(random() * 5)::smallint, 1 + floor(random() * 7)::smallint
FROM generate_series(1, 4000) AS i;

CREATE TABLE impact_daily (day date PRIMARY KEY,
	nps_late nps_state, nps_rest nps_state, csat_late csat_state, csat_rest csat_state,
	ces_late ces_state, ces_rest ces_state);
INSERT INTO impact_daily
SELECT day, nps_agg(nps) FILTER (WHERE late), nps_agg(nps) FILTER (WHERE NOT late),
       csat_agg(csat) FILTER (WHERE late), csat_agg(csat) FILTER (WHERE NOT late),
       ces_agg(ces) FILTER (WHERE late), ces_agg(ces) FILTER (WHERE NOT late)
FROM impact_answers GROUP BY day;

CREATE TABLE impact_states (id int PRIMARY KEY, n nps_impact_state, c csat_impact_state, e ces_impact_state);
INSERT INTO impact_states VALUES
	(1, 'exposed:{0:3,10:1} unexposed:{9:2,10:5}', 'exposed:{scale:7,1:2,7:1} unexposed:{scale:7,6:3}',
	 'exposed:{1:3,4:1} unexposed:{6:2,7:5}'),
	(2, 'exposed:{} unexposed:{}', 'exposed:{scale:3} unexposed:{scale:3}', 'exposed:{} unexposed:{}'),
	(3, 'exposed:{0:9223372036854775807} unexposed:{10:9223372036854775807}', NULL, NULL);

CREATE VIEW impact_of_late AS
SELECT 'nps' AS score, (nps_impact(nps, late)).* FROM impact_answers
UNION ALL SELECT 'csat', (csat_impact(csat, late)).* FROM impact_answers
UNION ALL SELECT 'ces', (ces_impact(ces, late)).* FROM impact_answers;
CREATE VIEW impact_of_late_rollup AS
SELECT (nps_impact(nps_rollup(nps_late), nps_rollup(nps_rest), 0.9)).* FROM impact_daily;
