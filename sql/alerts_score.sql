-- Score alerts: set-up validation, which answers raise alerts (compared with
-- a plain-SQL reference over thousands of random answers), the cooldown,
-- updates, NULLs and out-of-range answers, closing the loop, permissions
-- and a hostile search_path / hostile values.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
SELECT setseed(0.17);

CREATE TABLE survey (
	response_id bigserial PRIMARY KEY,
	customer_id int,
	score       smallint,
	answered_at timestamptz NOT NULL DEFAULT '2026-10-05 10:00+00',
	comment     text
);

-- ---- set-up errors: all caught before any customer inserts ---------------
SELECT cx_alert_attach('survey', 'nps');                                         -- no subject
SELECT cx_alert_attach('survey', 'nps', '{"subject": "client"}');                -- no such column
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id", "score": "comment"}');  -- text score
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id", "threshold": 11}');
SELECT cx_alert_attach('survey', 'ces', '{"subject": "customer_id", "score": "score", "threshold": 0}');
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id", "treshold": 5}');       -- typo
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id", "cooldown": "soon"}');
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id", "cooldown": "-1 hour"}');
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id", "at": "comment"}');
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id", "include": "comment"}');
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id", "channel": ""}');
SELECT cx_alert_attach('survey', 'nps', '[1, 2]');
SELECT cx_alert_attach('survey', 'sentiment', '{"subject": "customer_id"}');
SELECT cx_alert_attach('survey_seq_missing', 'nps', '{"subject": "customer_id"}');
CREATE VIEW survey_v AS SELECT * FROM survey;
SELECT cx_alert_attach('survey_v', 'nps', '{"subject": "customer_id"}');
SELECT cx_alert_detach('survey');                                                -- nothing attached
SELECT count(*) AS configs_after_errors FROM cx_alert_config;

-- ---- a reference over random answers ---------------------------------------
-- cooldown 0: every detractor answer is its own alert
SELECT cx_alert_attach('survey', 'nps',
	'{"subject": "customer_id", "at": "answered_at", "cooldown": "0"}') > 0 AS attached;
SELECT table_name, kind, trigger_name, config - 'scope' AS config,
       config->>'scope' = 'config:' || config_id AS own_scope FROM cx_alert_config;
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id"}');           -- twice
INSERT INTO survey (customer_id, score)
SELECT 1 + floor(random() * 300)::int,
       CASE WHEN random() < 0.05 THEN NULL ELSE floor(random() * 11)::int END
FROM generate_series(1, 3000);
SELECT (SELECT count(*) FROM cx_alert) =
       (SELECT count(*) FROM survey WHERE score <= 6) AS one_alert_per_detractor,
       (SELECT count(*) FROM cx_alert a JOIN survey s ON s.response_id::text = a.source_key
        WHERE a.subject = s.customer_id::text
          AND (a.details->>'score')::int = s.score
          AND a.severity = CASE WHEN s.score <= 3 THEN 'high' ELSE 'medium' END
          AND a.details->>'at' IS NOT NULL
          AND a.source_table = 'public.survey') =
       (SELECT count(*) FROM survey WHERE score <= 6) AS every_alert_matches_its_row;

-- cooldown 1 day: one alert per customer with detractor answers; the other
-- answers are folded into it (occurrences), none is lost
SELECT cx_alert_detach('survey');
DELETE FROM cx_alert;
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id"}') > 0 AS attached;
INSERT INTO survey (customer_id, score)
SELECT 1 + floor(random() * 300)::int, floor(random() * 11)::int
FROM generate_series(1, 3000);
-- (the events of one customer fold in row order: a worse one, 0-3 after
-- 4-6, escalates the alert to high and takes its key; equal or milder ones
-- only count)
WITH ref AS (
	SELECT customer_id::text AS subject, count(*) AS n,
	       coalesce(min(response_id) FILTER (WHERE score <= 3), min(response_id)) AS worst_first_key,
	       CASE WHEN bool_or(score <= 3) THEN 'high' ELSE 'medium' END AS severity,
	       bool_or(score <= 3) AND NOT (array_agg(score ORDER BY response_id))[1] <= 3 AS escalated
	FROM survey WHERE score <= 6 AND response_id > 3000 GROUP BY customer_id)
SELECT (SELECT count(*) FROM cx_alert) = (SELECT count(*) FROM ref) AS one_alert_per_customer,
       (SELECT count(*) FROM cx_alert a JOIN ref USING (subject)
        WHERE a.occurrences = ref.n AND a.source_key = ref.worst_first_key::text
          AND a.severity = ref.severity AND (a.escalated_at IS NOT NULL) = ref.escalated
          AND a.details->>'key' = a.source_key) =
       (SELECT count(*) FROM ref) AS occurrences_match,
       (SELECT count(*) FILTER (WHERE escalated) > 0 FROM ref) AS some_escalated,
       (SELECT sum(occurrences) FROM cx_alert) =
       (SELECT count(*) FROM survey WHERE score <= 6 AND response_id > 3000) AS nothing_lost;

-- a bulk load raising 10,000 alerts in one transaction (more than the shared
-- lock table holds, were there one lock per customer)
DELETE FROM cx_alert;
INSERT INTO survey (customer_id, score) SELECT 100000 + i, i % 7 FROM generate_series(1, 10000) i;
SELECT count(*) AS bulk_alerts, count(DISTINCT subject) AS subjects FROM cx_alert;

-- ---- small hand-checked cases ----------------------------------------------
DELETE FROM cx_alert;
SELECT setval('cx_alert_id_seq', 1, false) \gset
TRUNCATE survey;
INSERT INTO survey (response_id, customer_id, score) VALUES
	(1, 7, 7),       -- passive: nothing
	(2, 7, NULL),    -- skipped question: nothing
	(3, 8, 0),       -- detractor: high
	(4, 9, 6),       -- detractor: medium
	(5, 10, NULL);   -- no customer: no alert yet
INSERT INTO survey (response_id, customer_id, score) VALUES (6, 11, 11);  -- out of range: warning, no alert
SELECT kind, severity, source_key, subject, occurrences, details - 'table' AS details
FROM cx_alert ORDER BY id;
-- updates raise only when the answer moves into alert territory
UPDATE survey SET score = 2 WHERE response_id = 1;      -- 7 -> 2: alert
UPDATE survey SET score = 1 WHERE response_id = 3;      -- 0 -> 1: already a detractor, nothing
UPDATE survey SET comment = 'x' WHERE response_id = 4;  -- score untouched: trigger not fired
UPDATE survey SET score = 3 WHERE response_id = 2;      -- NULL -> 3: alert, folded into customer 7's
SELECT source_key, subject, occurrences, details->'previous_score' AS previous_score
FROM cx_alert ORDER BY id;
-- NULL subject: every alert stands alone (no cooldown group)
INSERT INTO survey (response_id, customer_id, score) VALUES (7, NULL, 1), (8, NULL, 2);
SELECT source_key, subject, occurrences FROM cx_alert WHERE subject IS NULL ORDER BY id;
-- a rolled-back answer leaves no alert (alerts are written at commit: none
-- is visible inside the transaction either)
BEGIN;
INSERT INTO survey (response_id, customer_id, score) VALUES (9, 99, 0);
SELECT count(*) AS alerts_in_transaction FROM cx_alert WHERE subject = '99';
ROLLBACK;
SELECT count(*) AS alerts_after_rollback FROM cx_alert WHERE subject = '99';

-- after the cooldown the next detractor answer is a new alert
UPDATE cx_alert SET created_at = created_at - interval '25 hours' WHERE subject = '8';
INSERT INTO survey (response_id, customer_id, score) VALUES (10, 8, 4);
SELECT source_key, subject, occurrences FROM cx_alert WHERE subject = '8' ORDER BY id;

-- ---- CSAT and CES ------------------------------------------------------------
CREATE TABLE tickets (id int PRIMARY KEY, contact bigint, rating numeric, effort real);
SELECT cx_alert_attach('tickets', 'csat', '{"subject": "contact", "cooldown": "0"}') > 0 AS attached;
-- CES 2.0: 1-7 agreement that "the company made it easy"; 1-2 here is high effort
SELECT cx_alert_attach('tickets', 'ces', '{"subject": "contact", "cooldown": "0", "threshold": 2}') > 0 AS attached;
INSERT INTO tickets VALUES (1, 1, 1, 1), (2, 2, 2, 2), (3, 3, 3, 3), (4, 4, 4.5, 7), (5, 5, 5, NULL);
SELECT kind, severity, source_key, subject, details->'score' AS score, details->'threshold' AS threshold
FROM cx_alert WHERE source_table = 'public.tickets' ORDER BY kind, source_key;
SELECT cx_alert_detach('tickets', 'ces');
SELECT kind, trigger_name FROM cx_alert_config ORDER BY config_id;

-- ---- closing the loop --------------------------------------------------------
SELECT min(id) FILTER (WHERE subject = '7') AS a7, min(id) FILTER (WHERE subject = '9') AS a9
FROM cx_alert \gset
SELECT (cx_alert_ack(:a7, 'calling the customer')).ack_note;
\set VERBOSITY terse
SELECT cx_alert_ack(:a7) IS NULL;                     -- twice: error
SELECT (cx_alert_resolve(:a7, 'refund issued')).resolution_note;
SELECT cx_alert_resolve(:a7) IS NULL;                 -- twice: error
\set VERBOSITY default
SELECT (cx_alert_resolve(:a9)).acknowledged_at IS NOT NULL AS resolve_also_acknowledges;
SELECT subject, ack_note, resolution_note, acknowledged_by, acknowledged_at <= resolved_at AS ordered
FROM cx_alert WHERE resolved_at IS NOT NULL ORDER BY id;
SELECT cx_alert_ack(123456);                         -- no such alert
SELECT kind, open_alerts, unacknowledged, high_severity, under_1h, over_1d FROM cx_alert_open_by_kind ORDER BY kind;
SELECT kind, alerts, acknowledged, resolved, median_time_to_ack >= '0' AS has_ack_time,
       median_time_to_resolve >= '0' AS has_resolve_time
FROM cx_alert_response_times ORDER BY kind;
SELECT kind, subject, acknowledged FROM cx_alert_open WHERE source_table = 'public.survey' ORDER BY id;
-- a resolved alert ends the cooldown: customer 7's next detractor answer is a new alert
INSERT INTO survey (response_id, customer_id, score) VALUES (11, 7, 5);
SELECT source_key, subject, resolved_at IS NOT NULL AS resolved FROM cx_alert WHERE subject = '7' ORDER BY id;
-- did the recovery work?  the customer's next answer after the resolution
INSERT INTO survey (response_id, customer_id, score, answered_at) VALUES
	(12, 7, 9, now() + interval '2 days'), (13, 7, 3, now() + interval '3 days'),
	(14, 8, 10, now() - interval '1 day');
SELECT kind, alert_subject, next_score, recovered FROM cx_alert_recovery('survey');
SELECT * FROM cx_alert_recovery('survey', 'customer_id', 'comment', 'answered_at');

-- ---- permissions ------------------------------------------------------------
CREATE ROLE regress_alert_app;                 -- the CRM's role: inserts answers
CREATE ROLE regress_alert_analyst IN ROLE cx_alerts_reader;
CREATE ROLE regress_alert_agent IN ROLE cx_alerts_responder;
GRANT USAGE ON SCHEMA public TO regress_alert_app;
GRANT INSERT, SELECT, UPDATE ON survey TO regress_alert_app;
GRANT USAGE ON SEQUENCE survey_response_id_seq TO regress_alert_app;
-- a hostile schema that shadows everything the trigger uses
CREATE SCHEMA regress_evil AUTHORIZATION regress_alert_app;
SET ROLE regress_alert_app;
CREATE TABLE regress_evil.cx_alert (LIKE public.survey);
CREATE FUNCTION regress_evil.now() RETURNS timestamptz LANGUAGE sql AS $$ SELECT '1999-01-01'::timestamptz $$;
CREATE FUNCTION regress_evil.texteq(text, text) RETURNS bool LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR regress_evil.= (FUNCTION = regress_evil.texteq, LEFTARG = text, RIGHTARG = text);
SET search_path = regress_evil, public, pg_catalog;
SELECT count(*) FROM public.cx_alert;          -- the app cannot read alerts
INSERT INTO public.cx_alert (kind, severity, source_table) VALUES ('fake', 'high', 'x');  -- nor write them
INSERT INTO survey (customer_id, score, comment) VALUES
	(500, 1, E'it''s "bad" \\ really\nbad: ñandú 😡 \u0001'),
	(501, 3, repeat('é', 5000));
RESET search_path;
RESET ROLE;
SELECT subject, created_at > '2000-01-01' AS real_now, occurrences, source_table
FROM cx_alert WHERE subject IN ('500', '501') ORDER BY subject;
SELECT count(*) AS evil_rows FROM regress_evil.cx_alert;
-- included free text: only when configured, escaped and cut
SELECT cx_alert_detach('survey');
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id", "include": ["comment"]}') > 0 AS attached;
SET ROLE regress_alert_app;
SET search_path = regress_evil, public, pg_catalog;
INSERT INTO survey (customer_id, score, comment) VALUES
	(502, 1, E'it''s "bad" \\ really\nbad: ñandú 😡 \u0001'),
	(503, 3, repeat('é', 5000));
RESET search_path;
RESET ROLE;
SELECT subject, details->'values'->>'comment' = E'it''s "bad" \\ really\nbad: ñandú 😡 \u0001' AS exact_text,
       length(details->'values'->>'comment') AS chars
FROM cx_alert WHERE subject IN ('502', '503') ORDER BY subject;
SELECT count(*) AS alerts_with_text FROM cx_alert WHERE subject IN ('500', '501') AND details ? 'values';
-- analysts read, cannot write; agents acknowledge and resolve
SET ROLE regress_alert_analyst;
SELECT count(*) > 0 AS analyst_reads FROM cx_alert_open;
UPDATE cx_alert SET resolved_at = now();
SELECT cx_alert_ack(:a9);
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id"}');
RESET ROLE;
SET ROLE regress_alert_agent;
\set VERBOSITY terse
SELECT (cx_alert_ack(:a9, 'on it')).acknowledged_by;   -- resolved: already acknowledged
\set VERBOSITY default
SELECT (cx_alert_ack(id, 'on it')).acknowledged_by FROM cx_alert WHERE subject = '500';
RESET ROLE;
-- the trigger function cannot be reused by anyone to forge alerts
SET ROLE regress_alert_app;
CREATE TABLE regress_evil.forge (id int PRIMARY KEY, s int);
CREATE TRIGGER forge AFTER INSERT ON regress_evil.forge FOR EACH ROW
	EXECUTE FUNCTION public.cx_alert_score_trigger('1', 'nps', 's', 's', 'id', '', '6', '0', 'x');
RESET ROLE;
-- a trigger created by hand with bad arguments fails clearly
CREATE TABLE handmade (id int PRIMARY KEY, s int);
CREATE TRIGGER handmade AFTER INSERT ON handmade FOR EACH ROW
	EXECUTE FUNCTION cx_alert_score_trigger('1', 'nps', 's', 's', 'id', '', '60', '0', 'x');
INSERT INTO handmade VALUES (1, 1);
CREATE TRIGGER handmade2 BEFORE INSERT ON handmade FOR EACH ROW EXECUTE FUNCTION cx_alert_score_trigger();
INSERT INTO handmade VALUES (1, 1);
DROP TABLE handmade;
-- a column renamed after attaching: the schema-change guard refuses that
-- (sql/alerts_schema_guard.sql); with event triggers off (replica role)
-- it happens, and the trigger's error names the fix
SET session_replication_role = replica;
ALTER TABLE survey RENAME COLUMN customer_id TO client_id;
RESET session_replication_role;
INSERT INTO survey (client_id, score) VALUES (1, 1);
SET session_replication_role = replica;
ALTER TABLE survey RENAME COLUMN client_id TO customer_id;
RESET session_replication_role;

-- the cooldown index, keyed by cx_alert_cooldown_key(scope, subject): the
-- entries the trigger writes itself are exactly the ones PostgreSQL would
-- (amcheck finds every row under the key the SQL function computes)
SELECT cx_alert_cooldown_key('nps_detractor', '42') AS pinned,
       cx_alert_cooldown_key('nps_detractor', '42') <> cx_alert_cooldown_key('nps_detractor', '43') AS differs,
       cx_alert_cooldown_key('a', 'bc') <> cx_alert_cooldown_key('ab', 'c') AS separated,
       cx_alert_cooldown_key(NULL, '1') IS NULL AS strict;
CREATE EXTENSION amcheck;
SELECT count(*) > 0 AS some_alerts, count(*) FILTER (WHERE occurrences > 1) > 0 AS some_folded,
       count(*) FILTER (WHERE resolved_at IS NOT NULL) > 0 AS some_resolved
FROM cx_alert;
SELECT bt_index_check('cx_alert_cooldown_idx', true), bt_index_check('cx_alert_pkey', true);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM cx_alert
WHERE cx_alert_cooldown_key(scope, subject) = cx_alert_cooldown_key('config:1', '42')
  AND scope = 'config:1' AND subject = '42' AND resolved_at IS NULL;
RESET enable_seqscan;
DROP EXTENSION amcheck;

-- clean up
SELECT cx_alert_detach('survey') + cx_alert_detach('tickets') AS detached;
DROP SCHEMA regress_evil CASCADE;
DROP VIEW survey_v;
DROP TABLE survey, tickets;
REVOKE ALL ON SCHEMA public FROM regress_alert_app;
DROP ROLE regress_alert_app, regress_alert_analyst, regress_alert_agent;
DELETE FROM cx_alert;
