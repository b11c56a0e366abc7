SELECT table_name, kind, trigger_name, config FROM cx_alert_config ORDER BY config_id;
SELECT segment, count(*) AS days, sum(nps_responses(state)) AS answers, min(day), max(day),
       round(nps_value(nps_rollup(state))::numeric, 4) AS nps
FROM cx_alert_segment_rollup GROUP BY segment ORDER BY segment;
SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
WHERE NOT t.tgisinternal AND c.relname LIKE 'dr\_%' ORDER BY 1, 2;
SELECT id, kind, severity, source_table, source_key, subject, details, channel, occurrences,
       acknowledged_at IS NOT NULL AS acked, ack_note, resolved_at IS NOT NULL AS resolved, resolution_note,
       resolution_category
FROM cx_alert ORDER BY id;
SELECT category, description FROM cx_alert_resolution_category ORDER BY category;
-- the categories are still enforced and renamed in the alerts
SELECT (SELECT count(*) FROM cx_alert WHERE resolution_category = 'callback') AS callback_alerts;
BEGIN;
UPDATE cx_alert_resolution_category SET category = 'call_back' WHERE category = 'callback';
SELECT count(*) AS renamed FROM cx_alert WHERE resolution_category = 'call_back';
ROLLBACK;
DO $$
BEGIN
	PERFORM cx_alert_resolve(max(id), NULL, 'voucher') FROM cx_alert;
	RAISE NOTICE 'not refused';
EXCEPTION WHEN invalid_parameter_value THEN
	RAISE NOTICE 'refused: %', SQLERRM;
END
$$;
-- the schema-change guard still refuses a named column's change (of the
-- table and of the "via" table) after a restore
DO $$
BEGIN
	ALTER TABLE dr_answers DROP COLUMN comment;
	RAISE NOTICE 'not refused';
EXCEPTION WHEN dependent_objects_still_exist THEN
	RAISE NOTICE 'refused: %', regexp_replace(SQLERRM, ' configuration \d+', ' configuration N');
END
$$;
DO $$
BEGIN
	ALTER TABLE dr_customers RENAME COLUMN segment TO tier;
	RAISE NOTICE 'not refused';
EXCEPTION WHEN dependent_objects_still_exist THEN
	RAISE NOTICE 'refused: %', regexp_replace(SQLERRM, ' configuration \d+', ' configuration N');
END
$$;
-- the triggers still work after a restore, and new alerts get new ids
BEGIN;
INSERT INTO dr_answers (customer_id, score) VALUES (1, 1), (4, 4);
INSERT INTO dr_tickets VALUES (3, 'c-3', 1);
INSERT INTO dr_nps (customer_id, score, answered_at) SELECT 1 + i % 2, 0, '2026-10-10 12:00+00' FROM generate_series(1, 50) i;
SELECT segment, sum(nps_responses(state)) AS answers FROM cx_alert_segment_rollup GROUP BY segment ORDER BY segment;
SELECT id > 3 AS fresh_id, kind, subject, occurrences FROM cx_alert ORDER BY id;
ROLLBACK;
