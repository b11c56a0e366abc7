-- The statement-level alert triggers in C (segment_drop, friction) against
-- references in SQL: 1.0's own query of the PL/pgSQL friction trigger
-- (cx_alert_friction_sql(), still shipped to validate configurations) over
-- journeys with ties, and the rollup against nps_agg over a join, on every
-- path of the "via" lookup (many keys: a scan of the customers table; few:
-- a saved join; text keys, sparse bigint keys, a view, keys of another
-- type, several customer rows per key, missing customers, NULL segments),
-- numeric, date and timestamp columns, a partitioned table carrying both
-- kinds, a hostile inserting role, and misuse.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
SELECT setseed(0.57);

-- ---- friction: against the PL/pgSQL trigger's query -------------------------
-- stages as varchar, the filter on a char(3) column (its text has no
-- trailing blanks), times on a one-minute grid: many events at the same time
CREATE TABLE fr (id bigserial PRIMARY KEY, journey text, stage varchar(20), kind char(3), at timestamptz);
SELECT cx_alert_attach('fr', 'friction',
	'{"journey": "journey", "at": "at", "stage": "stage", "where_column": "kind", "where_value": "in",
	  "window": "10 minutes", "repeats": 3, "loops": 2, "cooldown": "0"}') AS fcfg \gset
INSERT INTO fr (journey, stage, kind, at)
SELECT 'j' || (1 + floor(random() * 150)::int), (ARRAY['new', 'open', 'pending', 'solved'])[1 + floor(random() * 4)::int],
       CASE WHEN random() < 0.8 THEN 'in' ELSE 'out' END,
       timestamptz '2026-10-01 10:00+00' + floor(random() * 40) * interval '1 minute'
FROM generate_series(1, 3000);
-- the reference: 1.0's query, every journey touched
SELECT format('CREATE TEMP TABLE fr_ref AS %s', cx_alert_friction_sql(config, 'fr'::regclass, 'fr'))
FROM cx_alert_config WHERE config_id = :fcfg \gexec
SELECT (SELECT count(*) FROM fr_ref) > 20 AS enough_alerts,
       (SELECT count(DISTINCT journey) FROM fr) - (SELECT count(*) FROM fr_ref) > 20 AS enough_quiet,
       (SELECT count(*) FROM cx_alert WHERE kind = 'journey_friction') = (SELECT count(*) FROM fr_ref) AS same_count,
       (SELECT count(*) FROM fr_ref r JOIN cx_alert a ON a.kind = 'journey_friction' AND a.subject = r.journey
        WHERE (a.details->>'events')::bigint = r.events AND (a.details->>'repeats')::bigint = r.repeats
          AND (a.details->>'loops')::bigint = r.loops AND a.details->>'last_stage' = r.last_stage
          AND a.source_key = r.last_at::text AND (a.details->>'last_event_at')::timestamptz = r.last_at
          AND a.severity = CASE WHEN r.repeats >= 6 OR r.loops >= 4 THEN 'high' ELSE 'medium' END
          AND a.details->'window' = '"00:10:00"' AND a.details->'repeats_threshold' = '3'
          AND a.details->'loops_threshold' = '2' AND a.details->>'table' = 'public.fr'
          AND a.source_table = 'public.fr' AND a.config_id = :fcfg) = (SELECT count(*) FROM fr_ref) AS all_match,
       (SELECT array_agg(cx_alert_cooldown_key(scope, subject) ORDER BY id) =
               array_agg(cx_alert_cooldown_key(scope, subject) ORDER BY cx_alert_cooldown_key(scope, subject))
        FROM cx_alert) AS raised_in_key_order;
-- a second load touching some journeys: only those are looked at, each in
-- the window up to its own latest new event
SELECT max(id) AS maxid FROM fr \gset
DELETE FROM cx_alert;
INSERT INTO fr (journey, stage, kind, at)
SELECT 'j' || (1 + floor(random() * 30)::int), (ARRAY['new', 'open', 'pending', 'solved'])[1 + floor(random() * 4)::int],
       'in', timestamptz '2026-10-01 10:30+00' + floor(random() * 20) * interval '1 minute'
FROM generate_series(1, 200);
SELECT format('CREATE TEMP TABLE fr_ref2 AS %s', cx_alert_friction_sql(config, 'fr'::regclass, '(SELECT * FROM fr WHERE id > ' || :maxid || ')'))
FROM cx_alert_config WHERE config_id = :fcfg \gexec
SELECT (SELECT count(*) FROM fr_ref2) > 5 AS enough_alerts,
       (SELECT count(*) FROM cx_alert) = (SELECT count(*) FROM fr_ref2) AS same_count,
       (SELECT count(*) FROM fr_ref2 r JOIN cx_alert a ON a.subject = r.journey
        WHERE (a.details->>'events')::bigint = r.events AND (a.details->>'repeats')::bigint = r.repeats
          AND (a.details->>'loops')::bigint = r.loops AND a.details->>'last_stage' = r.last_stage
          AND a.source_key = r.last_at::text) = (SELECT count(*) FROM fr_ref2) AS all_match;
-- rows filtered out, an INSERT of nothing: no alert, no error
DELETE FROM cx_alert;
INSERT INTO fr (journey, stage, kind, at) SELECT 'j1', 'new', 'out', now() FROM generate_series(1, 5);
INSERT INTO fr (journey, stage, kind, at) SELECT 'j1', 'new', 'in', now() WHERE false;
INSERT INTO fr (journey, stage, kind, at) VALUES (NULL, 'new', 'in', now()), ('j1', 'new', 'in', NULL);
SELECT count(*) AS alerts FROM cx_alert;
-- events journey_friction() would reject (no stage, an empty stage, an
-- infinite time) are left out with one WARNING counting them: the
-- customer's insert goes through, and the other events still count
INSERT INTO fr (journey, stage, kind, at) VALUES ('j900', NULL, 'in', '2026-10-02 10:00+00');
INSERT INTO fr (journey, stage, kind, at) VALUES ('j901', 'new', 'in', 'infinity');
INSERT INTO fr (journey, stage, kind, at) VALUES ('j902', '', 'in', '2026-10-02 10:00+00');
INSERT INTO fr (journey, stage, kind, at) VALUES
	('j903', 'new', 'in', '2026-10-02 10:00+00'), ('j903', NULL, 'in', '2026-10-02 10:01+00'),
	('j903', 'new', 'in', '2026-10-02 10:02+00'), ('j903', 'new', 'in', '2026-10-02 10:03+00'),
	('j903', 'new', 'in', '2026-10-02 10:04+00');
SELECT count(*) AS stored FROM fr WHERE journey IN ('j900', 'j901', 'j902', 'j903');
SELECT subject, details ->> 'events' AS events, details ->> 'repeats' AS repeats
FROM cx_alert WHERE subject IN ('j900', 'j901', 'j902', 'j903') ORDER BY subject;
-- ties are broken by the stage's name, never by arrival: b a b at one
-- minute is read a b b (b repeated, no loop); b, then a b one minute
-- later, is b a b (a loop back to b)
TRUNCATE fr;
SELECT cx_alert_detach('fr');
SELECT cx_alert_attach('fr', 'friction', '{"journey": "journey", "at": "at", "stage": "stage",
	"window": "10 minutes", "repeats": 1, "loops": 1, "cooldown": "0"}') > 0 AS attached;
INSERT INTO fr (journey, stage, at) VALUES ('t1', 'b', '2026-10-01 10:00+00'), ('t1', 'a', '2026-10-01 10:00+00'),
                                           ('t1', 'b', '2026-10-01 10:00+00');
INSERT INTO fr (journey, stage, at) VALUES ('t2', 'b', '2026-10-01 10:00+00');
INSERT INTO fr (journey, stage, at) VALUES ('t2', 'b', '2026-10-01 10:01+00'), ('t2', 'a', '2026-10-01 10:01+00');
SELECT subject, details->'events' AS events, details->'repeats' AS repeats, details->'loops' AS loops,
       details->>'last_stage' AS last_stage
FROM cx_alert ORDER BY id;
SELECT j, (s).events, (s).repeats, (s).loops, (s).last_stage
FROM (SELECT f.journey AS j, journey_friction_score(journey_friction(f.journey, f.stage, f.at,
             journey_config(NULL, '10 minutes', '10 minutes', l.last_at) ORDER BY f.at)) AS s
      FROM fr f JOIN (SELECT journey, max(at) AS last_at FROM fr GROUP BY journey) l USING (journey)
      GROUP BY f.journey, l.last_at) x ORDER BY j;
SELECT cx_alert_detach('fr');
DELETE FROM cx_alert;

-- ---- segment_drop: the rollup on every lookup path --------------------------
-- text keys; answers as numeric (5.0 counts as 5; 7.5, NaN, 11 and -1 are
-- left out with a warning), days from a date column
CREATE TABLE cust_t (code text PRIMARY KEY, segment text);
INSERT INTO cust_t SELECT 'c-' || i, CASE WHEN i % 50 = 0 THEN NULL ELSE (ARRAY['a', 'b', 'c'])[1 + i % 3] END
FROM generate_series(1, 2000) i;
CREATE TABLE ans_t (id serial PRIMARY KEY, code text, score numeric, day date);
SELECT cx_alert_attach('ans_t', 'segment_drop', '{"at": "day", "via": "cust_t", "via_key": "code", "min_answers": 100000}') AS tcfg \gset
CREATE TEMP VIEW ref_t AS
SELECT c.segment, a.day, nps_agg(a.score) FILTER (WHERE a.score BETWEEN 0 AND 10 AND a.score = trunc(a.score)) AS state
FROM ans_t a JOIN cust_t c USING (code) WHERE c.segment IS NOT NULL AND a.day IS NOT NULL GROUP BY 1, 2;
CREATE TEMP VIEW diff_t AS
SELECT count(*) AS differences FROM (SELECT * FROM ref_t WHERE state IS NOT NULL) r
FULL JOIN (SELECT * FROM cx_alert_segment_rollup WHERE config_id = :tcfg) x ON x.segment = r.segment AND x.day = r.day
WHERE x.state::text IS DISTINCT FROM r.state::text;
SET client_min_messages = notice;
-- 4,000 answers: the customers table is read directly
INSERT INTO ans_t (code, score, day)
SELECT CASE WHEN random() < 0.02 THEN 'nobody' ELSE 'c-' || (1 + floor(random() * 2000)::int) END,
       CASE WHEN random() < 0.01 THEN 7.5 WHEN random() < 0.01 THEN 'NaN' WHEN random() < 0.01 THEN 11
            WHEN random() < 0.01 THEN NULL ELSE floor(random() * 11)::numeric END,
       date '2026-10-01' + floor(random() * 20)::int
FROM generate_series(1, 4000);
-- a few answers: a saved join
INSERT INTO ans_t (code, score, day) VALUES ('c-1', 5.0, '2026-10-05'), ('c-2', -1, '2026-10-05'), ('c-50', 3, '2026-10-05'),
                                           ('c-4', 10, NULL), (NULL, 9, '2026-10-05');
SET client_min_messages = warning;
SELECT differences, (SELECT count(*) FROM ref_t WHERE state IS NOT NULL) > 50 AS enough_days,
       (SELECT sum(nps_responses(state)) FROM cx_alert_segment_rollup WHERE config_id = :tcfg) =
       (SELECT count(*) FROM ans_t a JOIN cust_t c USING (code)
        WHERE c.segment IS NOT NULL AND a.day IS NOT NULL AND a.score BETWEEN 0 AND 10 AND a.score = trunc(a.score)) AS all_answers
FROM diff_t;
-- the same customers through a view (always the saved join)
CREATE VIEW cust_v AS SELECT code, upper(segment) AS segment FROM cust_t;
CREATE TABLE ans_v (LIKE ans_t INCLUDING ALL);
SELECT cx_alert_attach('ans_v', 'segment_drop', '{"at": "day", "via": "cust_v", "via_key": "code", "min_answers": 100000}') AS vcfg \gset
INSERT INTO ans_v (code, score, day) SELECT code, score, day FROM ans_t;
SELECT count(*) AS differences_view
FROM (SELECT upper(segment) AS segment, day, state FROM ref_t WHERE state IS NOT NULL) r
FULL JOIN (SELECT * FROM cx_alert_segment_rollup WHERE config_id = :vcfg) x ON x.segment = r.segment AND x.day = r.day
WHERE x.state::text IS DISTINCT FROM r.state::text;

-- sparse bigint keys (hashed, not indexed by value), several customer rows
-- per key (the answer counts in each, as in a join), a timestamp column
CREATE TABLE cust_b (customer_id bigint, segment text);
INSERT INTO cust_b SELECT i * 1000003::bigint, (ARRAY['x', 'y'])[1 + i % 2] FROM generate_series(1, 3000) i;
INSERT INTO cust_b SELECT i * 1000003::bigint, 'z' FROM generate_series(1, 3000, 7) i;
CREATE TABLE ans_b (id serial PRIMARY KEY, customer_id bigint, score smallint, at timestamp);
SELECT cx_alert_attach('ans_b', 'segment_drop', '{"at": "at", "via": "cust_b", "min_answers": 100000}') AS bcfg \gset
INSERT INTO ans_b (customer_id, score, at)
SELECT (1 + floor(random() * 3100)::int) * 1000003::bigint, floor(random() * 11)::int,
       timestamp '2026-10-01' + random() * interval '10 days'
FROM generate_series(1, 5000);
INSERT INTO ans_b (customer_id, score, at) VALUES (7000021, 2, '2026-10-03 23:59:59.999999'), (7000021, 9, '2026-10-04 00:00');
SELECT count(*) AS differences_bigint
FROM (SELECT c.segment, a.at::date AS day, nps_agg(a.score) AS state
      FROM ans_b a JOIN cust_b c USING (customer_id) GROUP BY 1, 2) r
FULL JOIN (SELECT * FROM cx_alert_segment_rollup WHERE config_id = :bcfg) x ON x.segment = r.segment AND x.day = r.day
WHERE x.state::text IS DISTINCT FROM r.state::text;
-- keys of another type than the customers' (int against bigint): the saved join
CREATE TABLE cust_s (customer_id bigint, segment text);
INSERT INTO cust_s SELECT i, (ARRAY['x', 'y'])[1 + i % 2] FROM generate_series(1, 3000) i;
CREATE TABLE ans_i (id serial PRIMARY KEY, customer_id int, score int, at timestamp);
SELECT cx_alert_attach('ans_i', 'segment_drop', '{"at": "at", "via": "public.cust_s", "min_answers": 100000}') AS icfg \gset
INSERT INTO ans_i (customer_id, score, at) SELECT customer_id / 1000003, score, at FROM ans_b;
SELECT count(*) AS differences_int_bigint, (SELECT count(*) FROM cx_alert_segment_rollup WHERE config_id = :icfg) > 15 AS enough_days
FROM (SELECT c.segment, a.at::date AS day, nps_agg(a.score) AS state
      FROM ans_i a JOIN cust_s c USING (customer_id) GROUP BY 1, 2) r
FULL JOIN (SELECT * FROM cx_alert_segment_rollup WHERE config_id = :icfg) x ON x.segment = r.segment AND x.day = r.day
WHERE x.state::text IS DISTINCT FROM r.state::text;

-- ---- a partitioned table with both kinds ----------------------------------------
CREATE TABLE mixed (id bigserial, customer_id int, segment text, score int, stage text, at timestamptz)
	PARTITION BY RANGE (at);
CREATE TABLE mixed_1 PARTITION OF mixed FOR VALUES FROM ('2026-01-01') TO ('2026-10-05');
CREATE TABLE mixed_2 PARTITION OF mixed FOR VALUES FROM ('2026-10-05') TO ('2027-01-01');
SELECT cx_alert_attach('mixed', 'segment_drop', '{"at": "at", "min_answers": 100000}') AS mcfg \gset
SELECT cx_alert_attach('mixed', 'friction', '{"journey": "customer_id", "at": "at", "stage": "stage",
	"window": "2 days", "repeats": 4, "loops": 3}') AS mfcfg \gset
INSERT INTO mixed (customer_id, segment, score, stage, at)
SELECT 1 + floor(random() * 100)::int, (ARRAY['p', 'q'])[1 + floor(random() * 2)::int], floor(random() * 11)::int,
       (ARRAY['ask', 'wait', 'done'])[1 + floor(random() * 3)::int], timestamptz '2026-10-01' + random() * interval '8 days'
FROM generate_series(1, 2000);
SELECT format('CREATE TEMP TABLE mixed_ref AS %s', cx_alert_friction_sql(config, 'mixed'::regclass, 'mixed'))
FROM cx_alert_config WHERE config_id = :mfcfg \gexec
SELECT (SELECT count(*) FROM mixed_ref) > 10 AS enough_alerts,
       (SELECT count(*) FROM cx_alert WHERE source_table = 'public.mixed') = (SELECT count(*) FROM mixed_ref) AS same_count,
       (SELECT count(*) FROM mixed_ref r JOIN cx_alert a ON a.subject = r.journey
        WHERE (a.details->>'repeats')::bigint = r.repeats AND (a.details->>'loops')::bigint = r.loops
          AND a.details->>'last_stage' = r.last_stage) = (SELECT count(*) FROM mixed_ref) AS all_match,
       (SELECT count(*) FROM (SELECT segment, (at AT TIME ZONE 'UTC')::date AS day, nps_agg(score) AS state FROM mixed GROUP BY 1, 2) r
        FULL JOIN (SELECT * FROM cx_alert_segment_rollup WHERE config_id = :mcfg) x ON x.segment = r.segment AND x.day = r.day
        WHERE x.state::text IS DISTINCT FROM r.state::text) AS rollup_differences;
SELECT cx_alert_detach('mixed');
DELETE FROM cx_alert;

-- ---- an inserting role with no rights on the extension and a hostile search_path
CREATE ROLE regress_stmt_app;
GRANT USAGE ON SCHEMA public TO regress_stmt_app;
CREATE TABLE h_answers (id serial PRIMARY KEY, customer_id int, score int, at timestamptz);
CREATE TABLE h_events (id serial PRIMARY KEY, contact int, at timestamptz);
GRANT INSERT ON h_answers, h_events TO regress_stmt_app;
GRANT USAGE ON SEQUENCE h_answers_id_seq, h_events_id_seq TO regress_stmt_app;
SELECT cx_alert_attach('h_answers', 'segment_drop', '{"at": "at", "via": "cust_b", "min_answers": 20, "alpha": 0.05}') AS hcfg \gset
SELECT cx_alert_attach('h_events', 'friction', '{"journey": "contact", "at": "at", "repeats": 2, "window": "1 hour"}') > 0 AS attached;
INSERT INTO h_answers (customer_id, score, at)
SELECT 1000003 * (1 + i % 40), 9 + i % 2, timestamptz '2026-09-01 12:00+00' + (i % 28) * interval '1 day' FROM generate_series(1, 400) i;
CREATE SCHEMA regress_stmt_evil AUTHORIZATION regress_stmt_app;
SET ROLE regress_stmt_app;
CREATE TABLE regress_stmt_evil.cx_alert_config (config_id int, config jsonb);
CREATE TABLE regress_stmt_evil.cx_alert_segment_rollup (config_id int, segment text, day date, state text);
CREATE TABLE regress_stmt_evil.cust_b (customer_id bigint, segment text);
CREATE FUNCTION regress_stmt_evil.texteq(text, text) RETURNS bool LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR regress_stmt_evil.= (FUNCTION = regress_stmt_evil.texteq, LEFTARG = text, RIGHTARG = text);
CREATE FUNCTION regress_stmt_evil.unnest(anyarray) RETURNS SETOF anyelement LANGUAGE sql AS $$ SELECT NULL::anyelement WHERE false $$;
SET search_path = regress_stmt_evil, public, pg_catalog;
SELECT count(*) FROM public.cx_alert_segment_rollup;     -- the app cannot read the rollup
INSERT INTO h_answers (customer_id, score, at)
SELECT 1000003 * (1 + i % 40), i % 3, timestamptz '2026-09-29 12:00+00' FROM generate_series(1, 60) i;
INSERT INTO h_events (contact, at) VALUES (5, '2026-10-01 10:00+00'), (5, '2026-10-01 10:10+00'), (5, '2026-10-01 10:20+00');
RESET search_path;
RESET ROLE;
-- (by kind and subject: the alerts of one transaction are written in the
-- order of their keys, which depend on the configuration's id)
SELECT kind, severity, subject, source_key, details->'window_answers' AS win_n, details->'baseline_answers' AS base_n
FROM cx_alert ORDER BY kind DESC, subject;
SELECT segment, sum(nps_responses(state)) AS answers FROM cx_alert_segment_rollup WHERE config_id = :hcfg GROUP BY 1 ORDER BY 1;
-- the alerts' details are cx_alert_segment_check()'s test
SELECT a.subject, k.alert, (a.details->>'window_answers')::bigint = k.window_answers
         AND (a.details->>'baseline_answers')::bigint = k.baseline_answers
         AND (a.details->>'window_nps')::numeric = round(k.window_nps::numeric, 2)
         AND (a.details->>'baseline_nps')::numeric = round(k.baseline_nps::numeric, 2)
         AND (a.details->>'difference')::numeric = round(k.difference::numeric, 2)
         AND a.details->>'p_value' = k.p_value::text AND a.details->>'day' = '2026-09-29'
         AND a.details->'window_days' = '7' AND a.details->'baseline_days' = '28' AND a.details->'alpha' = '0.05'
         AND a.severity = CASE WHEN k.p_value < 0.005 THEN 'high' ELSE 'medium' END AS same
FROM cx_alert a CROSS JOIN LATERAL cx_alert_segment_check(:hcfg, a.subject, a.source_key::date) k
WHERE a.kind = 'nps_segment_drop' ORDER BY a.subject;
SELECT (SELECT count(*) FROM regress_stmt_evil.cx_alert_segment_rollup) AS evil_rollup_rows;
SELECT cx_alert_detach('h_answers') + cx_alert_detach('h_events') AS detached;
DELETE FROM cx_alert;

-- ---- misuse ----------------------------------------------------------------------
CREATE TABLE m (id int, at timestamptz);
CREATE TRIGGER m_row AFTER INSERT ON m FOR EACH ROW EXECUTE FUNCTION cx_alert_friction_trigger('1');
INSERT INTO m VALUES (1, now());
DROP TRIGGER m_row ON m;
CREATE TRIGGER m_stmt AFTER INSERT ON m REFERENCING NEW TABLE AS n FOR EACH STATEMENT
	EXECUTE FUNCTION cx_alert_segment_trigger('999999');
INSERT INTO m VALUES (1, now());
INSERT INTO m SELECT 1, now() WHERE false;       -- nothing inserted, nothing checked
DROP TRIGGER m_stmt ON m;
CREATE TRIGGER m_stmt AFTER INSERT ON m REFERENCING NEW TABLE AS n FOR EACH STATEMENT
	EXECUTE FUNCTION cx_alert_segment_trigger('1', '2');
INSERT INTO m VALUES (1, now());
DROP TRIGGER m_stmt ON m;
-- the configuration is read once per statement: a dropped column is named
SELECT cx_alert_attach('m', 'friction', '{"journey": "id", "at": "at"}') > 0 AS attached;
ALTER TABLE m ADD COLUMN contact int;
UPDATE cx_alert_config SET config = config || '{"journey": "contact"}' WHERE table_name = 'm'::regclass;
-- (the schema-change guard would refuse the DROP: event triggers off)
SET session_replication_role = replica;
ALTER TABLE m DROP COLUMN contact;
RESET session_replication_role;
INSERT INTO m VALUES (1, now());
SELECT cx_alert_detach('m');

DROP SCHEMA regress_stmt_evil CASCADE;
DROP VIEW ref_t, diff_t, cust_v;
DROP TABLE fr, cust_t, ans_t, ans_v, cust_b, ans_b, cust_s, ans_i, mixed, h_answers, h_events, m;
REVOKE ALL ON SCHEMA public FROM regress_stmt_app;
DROP ROLE regress_stmt_app;
DELETE FROM cx_alert;

-- ---- review: the alerts' channel outlives the SQL steps --------------------------
-- The channel read from the configuration is used by every alert raised
-- after the SQL steps; with another index on cx_alert (the executor's index
-- insertion, which allocates) each alert must still carry the configured
-- channel, in its row and its NOTIFY.
CREATE INDEX regress_stmt_extra_idx ON cx_alert (kind);
CREATE TABLE rv_ev (id serial, j int, at timestamptz);
SELECT cx_alert_attach('rv_ev', 'friction', '{"journey": "j", "at": "at", "repeats": 1, "cooldown": "0",
	"channel": "regress_stmt_channel"}') > 0 AS attached;
INSERT INTO rv_ev (j, at) SELECT g % 40, timestamptz '2026-01-01 00:00+00' + (g / 40) * interval '1 minute'
FROM generate_series(0, 119) g;
SELECT channel, count(*) AS alerts FROM cx_alert WHERE kind = 'journey_friction' GROUP BY channel;
SELECT cx_alert_detach('rv_ev');
DROP INDEX regress_stmt_extra_idx;
DELETE FROM cx_alert;

DROP TABLE rv_ev;

-- ---- review: "via" with a customers table that has inheritance children ----------
-- The join reads the children's rows too: so must the direct scan (many
-- keys per block of the parent, here an empty one) and the saved join.
CREATE TABLE rv_cust (customer_id int, segment text);
CREATE TABLE rv_cust_kid () INHERITS (rv_cust);
INSERT INTO rv_cust VALUES (1, 'parent');
INSERT INTO rv_cust_kid SELECT g, 'kid' FROM generate_series(2, 100) g;
CREATE TABLE rv_ans (customer_id int, score int, at timestamptz);
SELECT cx_alert_attach('rv_ans', 'segment_drop', '{"at": "at", "via": "rv_cust", "min_answers": 100000}') AS rvcfg \gset
INSERT INTO rv_ans SELECT g, g % 11, '2026-01-01' FROM generate_series(1, 100) g;
INSERT INTO rv_ans VALUES (50, 10, '2026-01-02'), (1, 0, '2026-01-02');
SELECT coalesce(r.segment, x.segment) AS segment, coalesce(r.day, x.day) AS day,
       nps_responses(r.state) AS rollup_answers, r.state::text = x.state::text AS same_as_join
FROM (SELECT * FROM cx_alert_segment_rollup WHERE config_id = :rvcfg) r
FULL JOIN (SELECT c.segment, timezone('UTC', a.at)::date AS day, nps_agg(a.score) AS state
           FROM rv_ans a JOIN rv_cust c USING (customer_id) GROUP BY 1, 2) x
  ON x.segment = r.segment AND x.day = r.day
ORDER BY 1, 2;
SELECT cx_alert_detach('rv_ans');
DROP TABLE rv_ans, rv_cust_kid, rv_cust;

-- ---- whose rights: the user's data is read as the owner of the table -------------
-- A function reached from the user's data (here through a "via" view) runs
-- as the owner of the answers table, never as the owner of the extension (a
-- superuser here): an owner granted cx_alerts_admin cannot borrow the
-- extension owner's rights.  The friction trigger reads its table as its
-- owner too.
CREATE ROLE regress_stmt_owner;
CREATE TABLE whoami (who name, what text);
GRANT INSERT ON whoami TO regress_stmt_owner;
CREATE FUNCTION whoami_seg(id int) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO public.whoami VALUES (current_user, 'via view');
	RETURN 'seg' || (id % 2);
END $$;
CREATE TABLE ow_cust (customer_id int PRIMARY KEY);
INSERT INTO ow_cust SELECT g FROM generate_series(1, 20) g;
CREATE VIEW ow_cust_v AS SELECT customer_id, public.whoami_seg(customer_id) AS segment FROM ow_cust;
CREATE TABLE ow_ans (customer_id int, score int, at timestamptz);
CREATE TABLE ow_ev (j int, st text, at timestamptz);
ALTER TABLE ow_cust OWNER TO regress_stmt_owner;
ALTER VIEW ow_cust_v OWNER TO regress_stmt_owner;
ALTER TABLE ow_ans OWNER TO regress_stmt_owner;
ALTER TABLE ow_ev OWNER TO regress_stmt_owner;
SELECT cx_alert_attach('ow_ans', 'segment_drop', '{"at": "at", "via": "ow_cust_v", "min_answers": 1}') > 0 AS seg,
       cx_alert_attach('ow_ev', 'friction', '{"journey": "j", "at": "at", "stage": "st", "repeats": 2}') > 0 AS fr;
DELETE FROM whoami;
INSERT INTO ow_ans SELECT g, g % 11, '2026-01-01' FROM generate_series(1, 20) g;
INSERT INTO ow_ev VALUES (1, 'contact', '2026-01-01 10:00+00'), (1, 'contact', '2026-01-01 10:10+00'),
	(1, 'contact', '2026-01-01 10:20+00');
SELECT who, what, count(*) > 0 AS called FROM whoami GROUP BY 1, 2 ORDER BY 1, 2;
SELECT kind, subject FROM cx_alert WHERE source_table IN ('public.ow_ans', 'public.ow_ev') ORDER BY kind, subject;
SELECT segment, nps_responses(state) AS answers FROM cx_alert_segment_rollup r
JOIN cx_alert_config c USING (config_id) WHERE c.table_name = 'ow_ans'::regclass ORDER BY 1;
-- the owner of the answers cannot read the customers: the insert says so
REVOKE SELECT ON ow_cust_v FROM regress_stmt_owner;
ALTER VIEW ow_cust_v OWNER TO CURRENT_USER;
INSERT INTO ow_ans VALUES (1, 3, '2026-01-02');
-- ... and attaching says so at set-up time
CREATE TABLE ow_ans2 (customer_id int, score int, at timestamptz);
ALTER TABLE ow_ans2 OWNER TO regress_stmt_owner;
SELECT cx_alert_attach('ow_ans2', 'segment_drop', '{"at": "at", "via": "ow_cust_v"}');
DROP TABLE ow_ans2;
SELECT cx_alert_detach('ow_ans') + cx_alert_detach('ow_ev') AS detached;
DROP VIEW ow_cust_v;
DROP TABLE ow_cust, ow_ans, ow_ev, whoami;
DROP FUNCTION whoami_seg(int);
DROP ROLE regress_stmt_owner;
DELETE FROM cx_alert;
