-- The schema-change guard (event trigger cx_alert_schema_guard): dropping,
-- renaming or retyping a column an alert configuration names is refused
-- before the ALTER starts, with an error naming the configuration and how
-- to detach it, so that no INSERT fails later.  Other columns change
-- freely; after cx_alert_detach() the change is allowed.  Checked for every
-- kind's columns, the "via" table of segment_drop, partitions and
-- inheritance children, several configurations on one table, and a role
-- that owns the table but has no right on cx_alert_config.
SET client_min_messages = warning;
\set SHOW_CONTEXT never

-- config_ids depend on the tests before this one: the helpers show them
-- as #n, the n-th configuration attached in this file
SELECT set_config('guard.base', (last_value - CASE WHEN is_called THEN 0 ELSE 1 END)::text, false) IS NOT NULL AS based
FROM cx_alert_config_config_id_seq;
CREATE FUNCTION guard_ids(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	m text;
BEGIN
	FOR m IN SELECT DISTINCT (regexp_matches(t, '(?:configuration|config_id =) (\d+)', 'g'))[1] LOOP
		t := regexp_replace(t, '(configuration|config_id =) ' || m || '\M',
		                    '\1 #' || (m::int - current_setting('guard.base')::int), 'g');
	END LOOP;
	RETURN t;
END
$$;
-- run cmd: 'done', or the SQLSTATE and message of its error
CREATE FUNCTION guard_try(cmd text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	st text;
	msg text;
BEGIN
	EXECUTE cmd;
	RETURN 'done';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
	RETURN st || ': ' || guard_ids(msg);
END
$$;
-- run cmd, which must fail: its whole error
CREATE FUNCTION guard_error(cmd text) RETURNS TABLE (field text, value text) LANGUAGE plpgsql AS $$
DECLARE
	st text;
	msg text;
	det text;
	hin text;
BEGIN
	EXECUTE cmd;
	RAISE EXCEPTION 'not refused: %', cmd;
EXCEPTION WHEN dependent_objects_still_exist THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, hin = PG_EXCEPTION_HINT;
	RETURN QUERY VALUES ('sqlstate', st), ('message', guard_ids(msg)), ('detail', guard_ids(det)), ('hint', guard_ids(hin));
END
$$;

CREATE ROLE regress_guard_owner;
CREATE SCHEMA regress_guard AUTHORIZATION regress_guard_owner;
SET search_path = regress_guard, public;

-- one table with nps, csat and ces configurations (several on one table)
CREATE TABLE survey (id bigserial PRIMARY KEY, customer_id int, score int, rating int, effort int,
                     answered_at timestamptz DEFAULT now(), comment text, note text, extra int);
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id", "at": "answered_at", "include": ["comment"]}') > 0 AS nps,
       cx_alert_attach('survey', 'csat', '{"subject": "customer_id", "key": "id"}') > 0 AS csat,
       cx_alert_attach('survey', 'ces', '{"subject": "customer_id", "trigger_name": "ces_guarded"}') > 0 AS ces;

-- messages: empathy and friction
CREATE TABLE messages (id bigserial PRIMARY KEY, conversation_id int, message_type int, body text,
                       stage text, sent_at timestamptz DEFAULT now(), extra int);
SELECT cx_alert_attach('messages', 'empathy', '{"subject": "conversation_id", "role": "message_type", "agent": 1, "at": "sent_at", "lang": "en"}') > 0 AS empathy,
       cx_alert_attach('messages', 'friction', '{"journey": "conversation_id", "at": "sent_at", "stage": "stage", "where_column": "message_type", "where_value": 0}') > 0 AS friction;

-- segment_drop with its segments in a customers table ("via")
CREATE TABLE customers (customer_id int PRIMARY KEY, segment text, region text);
CREATE TABLE seg_answers (id bigserial PRIMARY KEY, customer_id int, score int, answered_at timestamptz DEFAULT now(), extra int);
SELECT cx_alert_attach('seg_answers', 'segment_drop', '{"at": "answered_at", "via": "customers"}') > 0 AS segment_drop;
-- and without "via"
CREATE TABLE seg_plain (id bigserial PRIMARY KEY, score int, answered_at date, segment text, extra int);
SELECT cx_alert_attach('seg_plain', 'segment_drop', '{"at": "answered_at"}') > 0 AS segment_plain;

ALTER TABLE survey OWNER TO regress_guard_owner;
ALTER TABLE messages OWNER TO regress_guard_owner;
ALTER TABLE customers OWNER TO regress_guard_owner;
ALTER TABLE seg_answers OWNER TO regress_guard_owner;
ALTER TABLE seg_plain OWNER TO regress_guard_owner;
SELECT guard_ids('configuration ' || c.config_id) AS config, c.table_name, c.kind, c.trigger_name
FROM cx_alert_config c JOIN pg_class r ON r.oid = c.table_name
WHERE r.relnamespace = 'regress_guard'::regnamespace ORDER BY c.config_id;

-- every named column of every kind: DROP, RENAME and TYPE refused
SELECT c.tbl, c.col, a.action,
       guard_try(format('ALTER TABLE %I %s', c.tbl,
                        CASE a.action WHEN 'drop' THEN format('DROP COLUMN %I', c.col)
                                      WHEN 'rename' THEN format('RENAME COLUMN %I TO renamed', c.col)
                                      ELSE format('ALTER COLUMN %I TYPE text', c.col) END)) AS result
FROM (VALUES ('survey', 'id'), ('survey', 'customer_id'), ('survey', 'score'), ('survey', 'rating'),
             ('survey', 'effort'), ('survey', 'answered_at'), ('survey', 'comment'),
             ('messages', 'id'), ('messages', 'conversation_id'), ('messages', 'message_type'),
             ('messages', 'body'), ('messages', 'stage'), ('messages', 'sent_at'),
             ('seg_answers', 'customer_id'), ('seg_answers', 'score'), ('seg_answers', 'answered_at'),
             ('customers', 'customer_id'), ('customers', 'segment'),
             ('seg_plain', 'score'), ('seg_plain', 'answered_at'), ('seg_plain', 'segment')) AS c(tbl, col),
     (VALUES ('drop'), ('rename'), ('type')) AS a(action)
ORDER BY c.tbl, c.col, a.action;

-- the whole error, for each kind of change and for a column of "via"
SELECT * FROM guard_error('ALTER TABLE survey DROP COLUMN customer_id');
SELECT * FROM guard_error('ALTER TABLE survey RENAME COLUMN effort TO effort_score');
SELECT * FROM guard_error('ALTER TABLE survey ALTER COLUMN score TYPE numeric');
SELECT * FROM guard_error('ALTER TABLE customers DROP COLUMN segment');
-- the empathy text column: PostgreSQL refuses the plain DROP (the trigger's
-- WHEN clause depends on it), but CASCADE would drop the trigger and leave
-- the configuration behind
SELECT * FROM guard_error('ALTER TABLE messages DROP COLUMN body CASCADE');
-- several subcommands: the one naming a configured column is refused, and
-- the others are not done either
SELECT guard_try('ALTER TABLE survey DROP COLUMN note, DROP COLUMN comment') AS two_drops;
SELECT count(*) AS note_kept FROM pg_attribute WHERE attrelid = 'survey'::regclass AND attname = 'note';
-- other spellings that rename a table's column
SELECT guard_try('ALTER VIEW survey RENAME COLUMN score TO s') AS alter_view;
SELECT guard_try('ALTER TABLE IF EXISTS survey RENAME score TO s') AS if_exists_short_form;
-- the "via" table itself cannot be renamed or moved: the configuration
-- keeps it by name
CREATE SCHEMA regress_guard_other;
SELECT guard_try('ALTER TABLE customers RENAME TO clients') AS rename_via,
       guard_try('ALTER TABLE customers SET SCHEMA regress_guard_other') AS move_via;
SELECT * FROM guard_error('ALTER TABLE customers RENAME TO clients');
-- the answers tables are kept by identity: renaming them is fine
SELECT guard_try('ALTER TABLE seg_plain RENAME TO seg_plain2') AS rename_answers,
       guard_try('ALTER TABLE seg_plain2 RENAME TO seg_plain') AS rename_back;

-- columns no configuration names change freely
SELECT guard_try('ALTER TABLE survey DROP COLUMN note') AS drop_note,
       guard_try('ALTER TABLE survey RENAME COLUMN extra TO extra2') AS rename_extra,
       guard_try('ALTER TABLE survey ALTER COLUMN extra2 TYPE bigint') AS retype_extra,
       guard_try('ALTER TABLE messages DROP COLUMN extra') AS drop_messages_extra,
       guard_try('ALTER TABLE customers ALTER COLUMN region TYPE varchar(20)') AS retype_region,
       guard_try('ALTER TABLE customers DROP COLUMN region') AS drop_region,
       guard_try('ALTER TABLE seg_answers DROP COLUMN extra') AS drop_seg_extra,
       guard_try('ALTER TABLE seg_plain RENAME COLUMN extra TO extra2') AS rename_plain_extra;
-- other ALTERs are not looked at; a missing table is not the guard's business
SELECT guard_try('ALTER TABLE survey ADD COLUMN added int, ALTER COLUMN comment SET DEFAULT ''none''') AS add_column,
       guard_try('ALTER TABLE IF EXISTS no_such_table DROP COLUMN score') AS if_exists_missing,
       guard_try('ALTER TABLE no_such_table DROP COLUMN score') AS missing;

-- after all the refused changes, inserts still raise their alerts
INSERT INTO survey (customer_id, score, rating, effort, comment) VALUES (101, 2, 1, 1, 'slow');
INSERT INTO messages (conversation_id, message_type, body) VALUES (201, 1, 'That is not our problem, calm down.');
SELECT kind, subject FROM cx_alert WHERE source_table LIKE 'regress_guard.%' ORDER BY kind;

-- the owner of the tables, who has no right on cx_alert_config, gets the
-- guard's error, not a permission error
SET ROLE regress_guard_owner;
SELECT count(*) FROM cx_alert_config;
SELECT guard_try('ALTER TABLE survey DROP COLUMN score') AS owner_drop,
       guard_try('ALTER TABLE customers RENAME COLUMN segment TO tier') AS owner_via_rename,
       guard_try('ALTER TABLE survey RENAME COLUMN extra2 TO extra3') AS owner_unrelated;
RESET ROLE;
-- a role that does not own the table gets PostgreSQL's own error
CREATE ROLE regress_guard_stranger;
GRANT USAGE ON SCHEMA regress_guard TO regress_guard_stranger;
SET ROLE regress_guard_stranger;
SELECT guard_try('ALTER TABLE survey DROP COLUMN score') AS stranger_drop;
RESET ROLE;

-- detached, the change is allowed; attached again with the new name, the
-- alert works
SELECT cx_alert_detach('survey', 'nps') AS detached;
SELECT guard_try('ALTER TABLE survey RENAME COLUMN score TO nps_score') AS rename_after_detach;
SELECT cx_alert_attach('survey', 'nps', '{"subject": "customer_id", "score": "nps_score"}') > 0 AS attached_again;
INSERT INTO survey (customer_id, nps_score) VALUES (102, 0);
SELECT kind, subject FROM cx_alert WHERE source_table = 'regress_guard.survey' AND subject = '102';
-- customer_id is still named by csat and ces (and now nps again)
SELECT guard_try('ALTER TABLE survey DROP COLUMN customer_id') AS still_used;
SELECT cx_alert_detach('survey') AS detached_all;
SELECT guard_try('ALTER TABLE survey DROP COLUMN customer_id') AS unused_now;
-- the "via" table is free once its configuration is gone
SELECT cx_alert_detach('seg_answers') AS detached_segment;
SELECT guard_try('ALTER TABLE customers RENAME COLUMN segment TO tier') AS via_rename_after_detach,
       guard_try('ALTER TABLE customers RENAME TO clients') AS via_table_rename_after_detach;

-- partitioned table: a configuration on the parent, another on one partition
CREATE TABLE parts (id bigint, customer_id int, score int, rating int, region text, extra int)
	PARTITION BY LIST (region);
CREATE TABLE parts_eu PARTITION OF parts FOR VALUES IN ('eu');
CREATE TABLE parts_us PARTITION OF parts FOR VALUES IN ('us');
SELECT cx_alert_attach('parts', 'nps', '{"subject": "customer_id", "key": "id"}') > 0 AS on_parent,
       cx_alert_attach('parts_us', 'csat', '{"subject": "customer_id", "key": "id"}') > 0 AS on_partition;
SELECT guard_try('ALTER TABLE parts DROP COLUMN score') AS parent_column,
       guard_try('ALTER TABLE parts DROP COLUMN rating') AS partition_column,
       guard_try('ALTER TABLE parts RENAME COLUMN rating TO r') AS partition_column_rename,
       guard_try('ALTER TABLE parts ALTER COLUMN rating TYPE bigint') AS partition_column_type,
       guard_try('ALTER TABLE parts_us DROP COLUMN score') AS on_the_partition,
       guard_try('ALTER TABLE parts DROP COLUMN extra') AS unrelated;
INSERT INTO parts VALUES (1, 301, 3, 1, 'us');
SELECT kind, subject FROM cx_alert WHERE source_table LIKE 'regress_guard.parts%' ORDER BY kind;

-- inheritance: ONLY leaves the child's column alone, so it is allowed
CREATE TABLE inh_parent (id bigint PRIMARY KEY, customer_id int, score int);
CREATE TABLE inh_child (PRIMARY KEY (id)) INHERITS (inh_parent);
SELECT cx_alert_attach('inh_child', 'nps', '{"subject": "customer_id"}') > 0 AS on_child;
SELECT guard_try('ALTER TABLE inh_parent DROP COLUMN score') AS recursing,
       guard_try('ALTER TABLE ONLY inh_parent DROP COLUMN score') AS only_parent;
INSERT INTO inh_child VALUES (1, 401, 1);
SELECT kind, subject FROM cx_alert WHERE source_table = 'regress_guard.inh_child';

-- DROP TABLE still forgets the configurations (cx_alert_forget_dropped)
SELECT 'messages'::regclass::oid AS messages_oid \gset
DROP TABLE messages;
SELECT count(*) AS messages_configs FROM cx_alert_config WHERE table_name::oid = :messages_oid;

RESET search_path;
DELETE FROM cx_alert WHERE source_table LIKE 'regress_guard.%';
DROP SCHEMA regress_guard CASCADE;
DROP SCHEMA regress_guard_other;
DROP ROLE regress_guard_owner;
DROP ROLE regress_guard_stranger;
DROP FUNCTION guard_error(text);
DROP FUNCTION guard_try(text);
DROP FUNCTION guard_ids(text);
SELECT count(*) AS configs_left FROM cx_alert_config c
WHERE NOT EXISTS (SELECT 1 FROM pg_class r WHERE r.oid = c.table_name);
