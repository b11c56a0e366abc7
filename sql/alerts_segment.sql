-- Segment drop alerts: the rollup equals nps_agg per segment and day
-- computed in plain SQL (from the existing rows at attach time and after
-- bulk loads), the alert decision equals nps_test over the same windows
-- computed from the table, minimum answers, cooldown, rollback, bad input.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
SELECT setseed(0.31);

CREATE TABLE seg_customers (customer_id int PRIMARY KEY, segment text);
INSERT INTO seg_customers
SELECT i, (ARRAY['smb', 'enterprise', 'consumer', 'tiny'])[CASE WHEN i <= 10 THEN 4 ELSE 1 + i % 3 END]
FROM generate_series(1, 1500) i;
CREATE TABLE seg_answers (id bigserial PRIMARY KEY, customer_id int, score int, answered_at timestamptz);
INSERT INTO seg_answers (customer_id, score, answered_at)
SELECT 1 + floor(random() * 1500)::int, floor(random() * 11)::int,
       timestamptz '2026-09-01 00:00+00' + random() * interval '30 days'
FROM generate_series(1, 6000);

-- set-up errors
SELECT cx_alert_attach('seg_answers', 'segment_drop', '{"via": "seg_customers"}');                    -- no "at"
SELECT cx_alert_attach('seg_answers', 'segment_drop', '{"at": "answered_at"}');                      -- no segment column
SELECT cx_alert_attach('seg_answers', 'segment_drop', '{"at": "answered_at", "via": "nowhere"}');
SELECT cx_alert_attach('seg_answers', 'segment_drop', '{"at": "answered_at", "via": "seg_customers", "window": "36 hours"}');
SELECT cx_alert_attach('seg_answers', 'segment_drop', '{"at": "answered_at", "via": "seg_customers", "alpha": 2}');
SELECT cx_alert_attach('seg_answers', 'segment_drop', '{"at": "score", "via": "seg_customers"}');
SELECT cx_alert_attach('seg_answers', 'segment_drop', '{"at": "answered_at", "via": "seg_customers", "min": 3}');

SELECT cx_alert_attach('seg_answers', 'segment_drop',
	'{"at": "answered_at", "via": "seg_customers", "window": "7 days", "baseline": "28 days",
	  "min_answers": 40, "alpha": 0.01}') AS cfg \gset
-- the rollup starts with the rows already there
CREATE TEMP VIEW ref_rollup AS
SELECT c.segment, (a.answered_at AT TIME ZONE 'UTC')::date AS day, nps_agg(a.score) AS state
FROM seg_answers a JOIN seg_customers c USING (customer_id) GROUP BY 1, 2;
SELECT (SELECT count(*) FROM ref_rollup) AS days,
       (SELECT count(*) FROM ref_rollup r FULL JOIN cx_alert_segment_rollup x
          ON x.segment = r.segment AND x.day = r.day AND x.config_id = :cfg
        WHERE x.state::text IS DISTINCT FROM r.state::text) AS rollup_differences;

-- a bad week for SMB, loaded in one statement of 3,000 rows
INSERT INTO seg_answers (customer_id, score, answered_at)
SELECT c, CASE WHEN c % 3 = 0 AND random() < 0.5 THEN floor(random() * 5)::int ELSE floor(random() * 11)::int END,
       timestamptz '2026-10-01 00:00+00' + random() * interval '7 days' - interval '1 second'
FROM (SELECT 1 + floor(random() * 1500)::int AS c FROM generate_series(1, 3000)) x;
SELECT count(*) AS rollup_differences_after_load FROM ref_rollup r FULL JOIN cx_alert_segment_rollup x
  ON x.segment = r.segment AND x.day = r.day AND x.config_id = :cfg
WHERE x.state::text IS DISTINCT FROM r.state::text;
-- the reference decision, from the table: as of each segment's last day
WITH last AS (SELECT segment, max(day) AS d FROM ref_rollup WHERE day >= '2026-10-01' GROUP BY segment),
w AS (
	SELECT l.segment, l.d,
	       nps_agg(a.score) FILTER (WHERE (a.answered_at AT TIME ZONE 'UTC')::date > l.d - 7) AS win,
	       nps_agg(a.score) FILTER (WHERE (a.answered_at AT TIME ZONE 'UTC')::date <= l.d - 7) AS base
	FROM last l JOIN seg_customers c USING (segment) JOIN seg_answers a USING (customer_id)
	WHERE (a.answered_at AT TIME ZONE 'UTC')::date > l.d - 35 AND (a.answered_at AT TIME ZONE 'UTC')::date <= l.d
	GROUP BY l.segment, l.d)
SELECT w.segment, to_char(w.d, 'YYYY-MM-DD') AS day, nps_responses(w.win) >= 40 AND nps_responses(w.base) >= 40 AS enough,
       coalesce(nps_responses(w.win) >= 40 AND nps_responses(w.base) >= 40
                AND (nps_test(w.win, w.base)).difference < 0 AND (nps_test(w.win, w.base)).p_value < 0.01, false) AS ref_alert,
       EXISTS (SELECT 1 FROM cx_alert a WHERE a.kind = 'nps_segment_drop' AND a.subject = w.segment
               AND a.source_key = to_char(w.d, 'YYYY-MM-DD')
               AND abs((a.details->>'difference')::float8 - (nps_test(w.win, w.base)).difference) < 0.006) AS alerted,
       (SELECT ok.alert FROM cx_alert_segment_check(:cfg, w.segment, w.d) ok) AS check_says
FROM w ORDER BY 1;
SELECT kind, severity, subject, source_key, occurrences, details->'window_answers' AS win_n,
       details->'baseline_answers' AS base_n, details->'difference' AS difference
FROM cx_alert ORDER BY id;
-- the next load inside the cooldown folds into the open alert
INSERT INTO seg_answers (customer_id, score, answered_at)
SELECT 3 * (1 + floor(random() * 499)::int), floor(random() * 3)::int, timestamptz '2026-10-07 12:00+00'
FROM generate_series(1, 200);
SELECT subject, occurrences FROM cx_alert ORDER BY id;
-- a rolled-back load leaves the rollup as it was
SELECT sum(nps_responses(state)) AS answers_in_rollup FROM cx_alert_segment_rollup WHERE config_id = :cfg;
BEGIN;
INSERT INTO seg_answers (customer_id, score, answered_at) SELECT 2, 0, '2026-10-07' FROM generate_series(1, 100);
ROLLBACK;
SELECT sum(nps_responses(state)) AS answers_in_rollup FROM cx_alert_segment_rollup WHERE config_id = :cfg;
-- answers off the scale: left out with a warning, never an error
SET client_min_messages = notice;
INSERT INTO seg_answers (customer_id, score, answered_at) VALUES (2, 11, '2026-10-07'), (2, -1, '2026-10-07'), (2, 5, '2026-10-07');
INSERT INTO seg_answers (customer_id, score, answered_at) VALUES (2, 12, '2026-10-07');
SET client_min_messages = warning;
SELECT sum(nps_responses(state)) AS answers_in_rollup FROM cx_alert_segment_rollup WHERE config_id = :cfg;
-- a segment with too few answers never alerts
SELECT segment, window_answers, baseline_answers, alert FROM cx_alert_segment_check(:cfg, 'tiny', '2026-10-07');

SELECT cx_alert_detach('seg_answers');
SELECT count(*) AS rollup_rows_left FROM cx_alert_segment_rollup;
DROP VIEW ref_rollup;
DROP TABLE seg_answers, seg_customers;
DELETE FROM cx_alert;
