-- Alerts survive pg_dump / pg_restore: the attached configuration (config
-- rows and the triggers' arguments), the alerts with their acknowledgement
-- and resolution, and the id sequences (a new alert after the restore gets
-- a fresh id).
CREATE TABLE dr_answers (id bigserial PRIMARY KEY, customer_id int, score smallint, comment text);
SELECT cx_alert_attach('dr_answers', 'nps', '{"subject": "customer_id", "include": ["comment"], "cooldown": "2 hours", "channel": "dr_alerts"}');
CREATE TABLE dr_tickets (id int PRIMARY KEY, contact text, rating int);
SELECT cx_alert_attach('dr_tickets', 'csat', '{"subject": "contact", "threshold": 1}');
INSERT INTO dr_answers (customer_id, score, comment) VALUES
	(1, 2, E'it''s "bad" \\ ñ\n'), (1, 3, 'again'), (2, 9, 'great'), (3, 0, NULL);
INSERT INTO dr_tickets VALUES (1, 'c-1', 1), (2, 'c-2', 2);
SELECT (cx_alert_ack(min(id), 'on it')).id IS NOT NULL FROM cx_alert;
SELECT (cx_alert_resolve(max(id), 'fixed')).id IS NOT NULL FROM cx_alert WHERE kind = 'nps_detractor';
-- resolution categories (the user's table) and an alert resolved with one
INSERT INTO cx_alert_resolution_category VALUES ('refund', 'Money back'), ('callback', NULL);
SELECT (cx_alert_resolve(min(id), 'called', 'callback')).id IS NOT NULL FROM cx_alert WHERE kind = 'csat_low';
-- a segment_drop configuration and its rollup
CREATE TABLE dr_customers (customer_id int PRIMARY KEY, segment text);
INSERT INTO dr_customers VALUES (1, 'smb'), (2, 'smb'), (3, 'enterprise'), (4, 'enterprise');
CREATE TABLE dr_nps (id bigserial PRIMARY KEY, customer_id int, score int, answered_at timestamptz);
INSERT INTO dr_nps (customer_id, score, answered_at)
SELECT 1 + i % 4, i % 11, timestamptz '2026-09-01 12:00+00' + (i % 40) * interval '1 day' FROM generate_series(1, 400) i;
SELECT cx_alert_attach('dr_nps', 'segment_drop', '{"at": "answered_at", "via": "dr_customers", "min_answers": 5}') > 0;
