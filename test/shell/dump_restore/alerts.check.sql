SELECT table_name, kind, trigger_name, config FROM cx_alert_config ORDER BY config_id;
SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
WHERE NOT t.tgisinternal AND c.relname LIKE 'dr\_%' ORDER BY 1, 2;
SELECT id, kind, severity, source_table, source_key, subject, details, channel, occurrences,
       acknowledged_at IS NOT NULL AS acked, ack_note, resolved_at IS NOT NULL AS resolved, resolution_note
FROM cx_alert ORDER BY id;
-- the triggers still work after a restore, and new alerts get new ids
BEGIN;
INSERT INTO dr_answers (customer_id, score) VALUES (1, 1), (4, 4);
INSERT INTO dr_tickets VALUES (3, 'c-3', 1);
SELECT id > 3 AS fresh_id, kind, subject, occurrences FROM cx_alert ORDER BY id;
ROLLBACK;
