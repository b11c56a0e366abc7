-- A table dropped without cx_alert_detach() takes its alert configuration
-- (cx_alert_config rows, segment rollups) with it; its alerts stay, as
-- history.  Dropping a column, another table or a schema of unrelated
-- tables leaves the configuration alone.  The owner of the table needs no
-- right on the extension's tables to drop it.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
SELECT current_database() AS regress_db \gset

CREATE ROLE regress_drop_owner;
CREATE SCHEMA regress_drop AUTHORIZATION regress_drop_owner;
CREATE TABLE regress_drop.answers (id bigserial PRIMARY KEY, customer_id int, score int,
                                   answered_at timestamptz DEFAULT now(), segment text, note text);
CREATE TABLE regress_drop.kept (id bigserial PRIMARY KEY, customer_id int, score int);
ALTER TABLE regress_drop.answers OWNER TO regress_drop_owner;
ALTER TABLE regress_drop.kept OWNER TO regress_drop_owner;
INSERT INTO regress_drop.answers (customer_id, score, segment) VALUES (1, 9, 'smb'), (2, 10, 'smb');
SELECT cx_alert_attach('regress_drop.answers', 'nps', '{"subject": "customer_id"}') > 0 AS nps,
       cx_alert_attach('regress_drop.answers', 'segment_drop', '{"at": "answered_at"}') > 0 AS segment_drop,
       cx_alert_attach('regress_drop.kept', 'nps', '{"subject": "customer_id"}') > 0 AS kept;
INSERT INTO regress_drop.answers (customer_id, score, segment) VALUES (3, 2, 'smb');
SELECT table_name, kind FROM cx_alert_config ORDER BY config_id;
SELECT count(*) AS rollup_rows FROM cx_alert_segment_rollup r JOIN cx_alert_config c USING (config_id)
WHERE c.table_name = 'regress_drop.answers'::regclass;

-- dropping a column is not dropping the table
ALTER TABLE regress_drop.answers DROP COLUMN note;
SELECT count(*) AS configs FROM cx_alert_config WHERE table_name::text LIKE 'regress_drop.%';

-- the owner, who has no right on cx_alert_config, drops the table
SET ROLE regress_drop_owner;
DROP TABLE regress_drop.answers;
RESET ROLE;
SELECT table_name, kind FROM cx_alert_config ORDER BY config_id;
SELECT count(*) AS orphan_rollup_rows FROM cx_alert_segment_rollup r
WHERE NOT EXISTS (SELECT 1 FROM cx_alert_config c WHERE c.config_id = r.config_id);
SELECT kind, subject, source_table FROM cx_alert WHERE source_table = 'regress_drop.answers';

-- a table of the same name can be attached again at once
CREATE TABLE regress_drop.answers (id bigserial PRIMARY KEY, customer_id int, score int);
SELECT cx_alert_attach('regress_drop.answers', 'nps', '{"subject": "customer_id"}') > 0 AS attached_again;

-- DROP SCHEMA ... CASCADE forgets every table in it
DROP SCHEMA regress_drop CASCADE;
SELECT count(*) AS configs_of_missing_tables FROM cx_alert_config c
WHERE NOT EXISTS (SELECT 1 FROM pg_class r WHERE r.oid = c.table_name);

DELETE FROM cx_alert WHERE source_table LIKE 'regress_drop.%';
DROP ROLE regress_drop_owner;

-- DROP EXTENSION takes the event trigger with it, in a database of its own
CREATE DATABASE regress_cx_drop_ext;
\c regress_cx_drop_ext
SET client_min_messages = warning;
CREATE EXTENSION cx_metrics;
SELECT evtname, evtevent, evttags FROM pg_event_trigger ORDER BY evtname;
CREATE TABLE t (id int PRIMARY KEY, customer_id int, score int);
SELECT cx_alert_attach('t', 'nps', '{"subject": "customer_id"}') > 0 AS attached;
DROP TABLE t;
DROP EXTENSION cx_metrics;
SELECT count(*) AS event_triggers_left FROM pg_event_trigger;
CREATE TABLE u (id int);
DROP TABLE u;
\c :regress_db
DROP DATABASE regress_cx_drop_ext;
