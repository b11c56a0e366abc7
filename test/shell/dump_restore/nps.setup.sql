-- NPS data built on cx_metrics types, to survive pg_dump / pg_restore:
-- raw answers, daily nps_state values, a weighted-state column and a view.
SELECT setseed(0.77);
CREATE TABLE nps_answers (day date, segment text, score smallint, weight float8);
INSERT INTO nps_answers
SELECT date '2026-01-01' + (i % 90), (ARRAY['smb', 'enterprise', 'consumer'])[1 + i % 3],
       CASE WHEN random() < 0.03 THEN NULL ELSE floor(random() * 11)::smallint END,
       round((0.5 + random())::numeric, 3)::float8
FROM generate_series(1, 5000) AS i;

CREATE TABLE nps_daily (day date, segment text, state nps_state, PRIMARY KEY (day, segment));
INSERT INTO nps_daily SELECT day, segment, nps_agg(score) FROM nps_answers GROUP BY day, segment;
INSERT INTO nps_daily VALUES ('2025-12-31', 'smb', '{}'), ('2025-12-31', 'enterprise', NULL),
	('2025-12-30', 'smb', '{0:9223372036854775806,10:1}');

CREATE VIEW nps_monthly AS
SELECT date_trunc('month', day)::date AS month, segment, nps_rollup(state) AS state
FROM nps_daily WHERE day >= '2026-01-01' GROUP BY 1, 2;
