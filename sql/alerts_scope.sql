-- Alerts in 1.2: the scope of "one open alert" (per configuration by
-- default, shared by name on purpose), escalation of worse events, the
-- shared settings' validation, and commit-time writing (savepoints,
-- exception blocks, two-phase commit).
SET client_min_messages = warning;
\set SHOW_CONTEXT never
-- config ids from 1001 on, whatever the tests before attached
SELECT setval('cx_alert_config_config_id_seq', 1000) AS config_ids_from;
CREATE TABLE sc_a (id serial PRIMARY KEY, customer_id int, score int);
CREATE TABLE sc_b (LIKE sc_a INCLUDING ALL);
CREATE TABLE sc_c (LIKE sc_a INCLUDING ALL);
CREATE TABLE sc_d (LIKE sc_a INCLUDING ALL);
SELECT cx_alert_attach('sc_a', 'nps', '{"subject": "customer_id"}') AS cfg_a \gset
SELECT cx_alert_attach('sc_b', 'nps', '{"subject": "customer_id", "payload": ["key", "subject", "key"]}') AS cfg_b \gset
SELECT cx_alert_attach('sc_c', 'nps', '{"subject": "customer_id", "scope": "customer", "delivery": "notify"}') AS cfg_c \gset
SELECT cx_alert_attach('sc_d', 'csat', '{"subject": "customer_id", "score": "score", "scope": "customer"}') AS cfg_d \gset
-- the shared settings, with their defaults filled in (payload deduplicated)
SELECT config_id - :cfg_a AS cfg, config->>'scope' = 'config:' || config_id AS own_scope,
       config->'scope' AS scope, config->'delivery' AS delivery, config->'payload' AS payload
FROM cx_alert_config WHERE config_id >= :cfg_a ORDER BY config_id;

-- the same customer id on two tables: two alerts, one per configuration
INSERT INTO sc_a (customer_id, score) VALUES (1, 2);
INSERT INTO sc_b (customer_id, score) VALUES (1, 3);
-- a named scope: the CSAT answer folds into the NPS alert of the customer
INSERT INTO sc_c (customer_id, score) VALUES (1, 5);
INSERT INTO sc_d (customer_id, score) VALUES (1, 2);
SELECT config_id - :cfg_a AS cfg, scope = 'config:' || config_id AS own_scope, scope, kind, severity,
       occurrences, subject
FROM cx_alert WHERE subject = '1' ORDER BY config_id;

-- escalation: 6 (medium) then 2 (high): severity, details, key and
-- escalated_at follow the worse answer; an equal or milder one only counts
INSERT INTO sc_a (id, customer_id, score) VALUES (100, 2, 6);
SELECT severity, escalated_at IS NULL AS never_escalated FROM cx_alert WHERE subject = '2';
INSERT INTO sc_a (id, customer_id, score) VALUES (101, 2, 2);
INSERT INTO sc_a (id, customer_id, score) VALUES (102, 2, 3), (103, 2, 5);
SELECT severity, occurrences, source_key, details->>'score' AS score, details->>'key' AS details_key,
       escalated_at IS NOT NULL AS escalated, escalated_at < last_seen_at AS counted_since
FROM cx_alert WHERE subject = '2';
-- within one statement too: the events of a customer fold in row order
INSERT INTO sc_a (id, customer_id, score) VALUES (110, 3, 5), (111, 3, 0), (112, 3, 4);
SELECT severity, occurrences, source_key, details->>'score' AS score FROM cx_alert WHERE subject = '3';

-- commit-time writing: nothing inside the transaction, everything after
BEGIN;
INSERT INTO sc_a (customer_id, score) VALUES (10, 0);
SELECT count(*) AS inside FROM cx_alert WHERE subject = '10';
COMMIT;
SELECT count(*) AS after_commit FROM cx_alert WHERE subject = '10';
-- a savepoint rolled back drops the alerts queued since, and only those
BEGIN;
INSERT INTO sc_a (customer_id, score) VALUES (11, 0);
SAVEPOINT s1;
INSERT INTO sc_a (customer_id, score) VALUES (12, 0);
SAVEPOINT s2;
INSERT INTO sc_a (customer_id, score) VALUES (13, 0);
RELEASE SAVEPOINT s2;
ROLLBACK TO SAVEPOINT s1;
INSERT INTO sc_a (customer_id, score) VALUES (14, 0);
SAVEPOINT s3;
INSERT INTO sc_a (customer_id, score) VALUES (15, 0);
RELEASE SAVEPOINT s3;
COMMIT;
SELECT string_agg(subject, ',' ORDER BY subject) AS raised FROM cx_alert WHERE subject IN ('11', '12', '13', '14', '15');
-- a PL/pgSQL exception block (a subtransaction per block)
DO $$
BEGIN
	FOR i IN 20..23 LOOP
		BEGIN
			INSERT INTO sc_a (customer_id, score) VALUES (i, 1);
			IF i % 2 = 0 THEN
				RAISE EXCEPTION 'undo %', i;
			END IF;
		EXCEPTION WHEN raise_exception THEN
			NULL;
		END;
	END LOOP;
END
$$;
SELECT string_agg(subject, ',' ORDER BY subject) AS raised FROM cx_alert WHERE subject IN ('20', '21', '22', '23');
-- a rolled-back transaction leaves nothing
BEGIN;
INSERT INTO sc_a (customer_id, score) VALUES (30, 0);
ROLLBACK;
SELECT count(*) AS after_rollback FROM cx_alert WHERE subject = '30';

-- two-phase commit: an alert delivered by NOTIFY cannot be prepared; the
-- error says what to do, and the transaction is rolled back whole
BEGIN;
INSERT INTO sc_a (customer_id, score) VALUES (40, 0);
PREPARE TRANSACTION 'cx_sc_notify';
SELECT count(*) AS prepared FROM pg_prepared_xacts WHERE gid = 'cx_sc_notify';
SELECT count(*) AS answers_kept FROM sc_a WHERE customer_id = 40;

-- the shared settings' errors
SELECT cx_alert_attach('sc_a', 'nps', '{"subject": "customer_id", "scope": "Customer Team"}');
SELECT cx_alert_attach('sc_a', 'nps', '{"subject": "customer_id", "scope": "config:1"}');
SELECT cx_alert_attach('sc_a', 'nps', '{"subject": "customer_id", "scope": 7}');
SELECT cx_alert_attach('sc_a', 'nps', '{"subject": "customer_id", "delivery": "email"}');
SELECT cx_alert_attach('sc_a', 'nps', '{"subject": "customer_id", "payload": ["subject", "comment"]}');
SELECT cx_alert_attach('sc_a', 'nps', '{"subject": "customer_id", "payload": "subject"}');
-- the kind's unknown settings list the shared ones too
SELECT cx_alert_attach('sc_a', 'nps', '{"subject": "customer_id", "scopes": "x"}');
SELECT cx_alert_attach('sc_a', 'friction', '{"journey": "customer_id", "at": "x", "deliver": "x"}');
-- a 60 kB setting is refused without being echoed
SELECT cx_alert_attach('sc_a', 'nps', jsonb_build_object('subject', 'customer_id', 'cooldown', repeat('x', 60000)));
SELECT cx_alert_attach('sc_a', 'nps', jsonb_build_object('subject', 'customer_id', repeat('k', 100), 1));
SELECT count(*) - 4 AS configurations_added FROM cx_alert_config WHERE config_id >= :cfg_a;

-- the trigger never trusts cx_alert_config: a configuration edited by hand
-- into something invalid fails the insert with a clear error
UPDATE cx_alert_config SET config = config || '{"delivery": "pigeon"}' WHERE config_id = :cfg_b;
\c
SET client_min_messages = warning;
INSERT INTO sc_b (customer_id, score) VALUES (50, 0);

SELECT cx_alert_detach('sc_a'), cx_alert_detach('sc_b'), cx_alert_detach('sc_c'), cx_alert_detach('sc_d');
DROP TABLE sc_a, sc_b, sc_c, sc_d;
DELETE FROM cx_alert;
