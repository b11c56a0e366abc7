-- Deferred alert delivery, as SQL sees it (the NOTIFYs themselves are
-- checked by test/shell/alerts_deferred.sh with a LISTEN client): the
-- outbox row is written with the alert at commit, not by a rollback,
-- stays invisible while the transaction is prepared, and is taken by the
-- background worker after commit and after COMMIT PREPARED; the check
-- function; the view; the privileges; a missing outbox.  The test cluster
-- preloads cx_metrics.
SET client_min_messages = warning;
\set SHOW_CONTEXT never

SELECT cx_alert_delivery_check();
SELECT preloaded, launcher_pid IS NOT NULL AS launcher_runs FROM cx_alert_delivery;

CREATE TABLE deferred_answers (id int PRIMARY KEY, customer text, score int);
-- attach validates the setting
SELECT cx_alert_attach('deferred_answers', 'nps', '{"subject": "customer", "delivery": "later"}');
SELECT cx_alert_attach('deferred_answers', 'nps', '{"subject": "customer", "delivery": true}');
SELECT cx_alert_attach('deferred_answers', 'nps', '{"subject": "customer", "delivery": "deferred"}') > 0 AS attached;

-- the worker empties the outbox within a few seconds (false: it did not)
CREATE FUNCTION pg_temp.outbox_drained(src text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	FOR i IN 1..100 LOOP
		IF NOT EXISTS (SELECT 1 FROM cx_alert_outbox o JOIN cx_alert a ON a.id = o.alert_id
		               WHERE a.source_table = src) THEN
			RETURN true;
		END IF;
		PERFORM pg_sleep(0.1);
	END LOOP;
	RETURN false;
END $$;

-- the alerts (and their outbox rows) are written when the transaction
-- commits; a rollback leaves neither
BEGIN;
INSERT INTO deferred_answers VALUES (1, 'c1', 2);
ROLLBACK;
SELECT count(*) AS outbox_rows, (SELECT count(*) FROM cx_alert WHERE source_table = 'public.deferred_answers') AS alerts
FROM cx_alert_outbox;

-- committed: the worker takes it
INSERT INTO deferred_answers VALUES (2, 'c2', 3);
SELECT pg_temp.outbox_drained('public.deferred_answers') AS drained;
SELECT count(*) AS alerts FROM cx_alert WHERE source_table = 'public.deferred_answers';
SELECT delivered >= 1 AS delivered, last_delivery_at IS NOT NULL AS last_delivery_known, queued
FROM cx_alert_delivery;

-- prepared: invisible (to the worker too) until COMMIT PREPARED
BEGIN;
INSERT INTO deferred_answers VALUES (3, 'c3', 1), (4, 'c4', 0);
PREPARE TRANSACTION 'cx_alerts_deferred_1';
SELECT pg_sleep(1.5);
SELECT count(*) AS outbox_rows_while_prepared FROM cx_alert_outbox;
COMMIT PREPARED 'cx_alerts_deferred_1';
SELECT pg_temp.outbox_drained('public.deferred_answers') AS drained;
SELECT subject FROM cx_alert WHERE source_table = 'public.deferred_answers' ORDER BY id;

-- ROLLBACK PREPARED: neither the alert nor the row
BEGIN;
INSERT INTO deferred_answers VALUES (5, 'c5', 1);
PREPARE TRANSACTION 'cx_alerts_deferred_2';
ROLLBACK PREPARED 'cx_alerts_deferred_2';
SELECT count(*) AS c5_alerts FROM cx_alert WHERE subject = 'c5';

-- "notify" delivery (the default) leaves the worker out
CREATE TABLE notify_answers (id int PRIMARY KEY, customer text, score int);
SELECT cx_alert_attach('notify_answers', 'nps', '{"subject": "customer"}') > 0 AS attached;
SELECT delivered AS delivered_before FROM cx_alert_delivery \gset
INSERT INTO notify_answers VALUES (1, 'n1', 0);
SELECT pg_sleep(1.5);
SELECT delivered = :delivered_before AS worker_sent_nothing,
       (SELECT count(*) FROM cx_alert WHERE source_table = 'public.notify_answers') AS alerts
FROM cx_alert_delivery;

-- the outbox gone (renamed here): the customer's insert fails and says why
ALTER TABLE cx_alert_outbox RENAME TO cx_alert_outbox_away;
INSERT INTO deferred_answers VALUES (6, 'c6', 1);
ALTER TABLE cx_alert_outbox_away RENAME TO cx_alert_outbox;
INSERT INTO deferred_answers VALUES (6, 'c6', 1);
SELECT pg_temp.outbox_drained('public.deferred_answers') AS drained;

-- privileges: the outbox and the view for cx_alerts_reader, the check for
-- cx_alerts_admin, nothing for PUBLIC
CREATE ROLE cx_deferred_nobody;
CREATE ROLE cx_deferred_reader IN ROLE cx_alerts_reader;
SET ROLE cx_deferred_nobody;
SELECT count(*) FROM cx_alert_outbox;
SELECT queued FROM cx_alert_delivery;
SELECT cx_alert_delivery_check();
SET ROLE cx_deferred_reader;
SELECT count(*) AS readable FROM cx_alert_outbox WHERE false;
SELECT preloaded FROM cx_alert_delivery;
INSERT INTO cx_alert_outbox (alert_id, channel, payload) VALUES (1, 'x', '{}');
SELECT cx_alert_delivery_check();
RESET ROLE;
SELECT has_function_privilege('cx_alerts_admin', 'cx_alert_delivery_check()', 'EXECUTE') AS admin_may_check;
DROP ROLE cx_deferred_nobody;
DROP ROLE cx_deferred_reader;

SELECT cx_alert_detach('deferred_answers');
SELECT cx_alert_detach('notify_answers');
DROP TABLE deferred_answers, notify_answers;
-- (the next tests count every alert)
DELETE FROM cx_alert WHERE source_table IN ('public.deferred_answers', 'public.notify_answers');
