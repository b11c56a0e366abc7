-- Risk alerts: cx_alert_attach(tbl, 'risk', ...) validates and records a
-- configuration (no trigger); cx_risk_scan(model, features_query,
-- config_id) scores a query's rows with a fitted risk_model and raises a
-- "risk" alert for each risk at or above the threshold, written at commit
-- through the write path of every kind: details (risk = risk_score rounded,
-- threshold, top reasons), cooldown folding, escalation, scope sharing.
-- Bad queries, NULL features, unknown or foreign configurations, and who
-- may run it.
SET client_min_messages = notice;
\set SHOW_CONTEXT never
TRUNCATE cx_alert CASCADE;
-- configuration ids from 900 on, so that the errors naming them print the
-- same whatever ran before (the sequence is put back at the end)
SELECT last_value AS seq_last, is_called AS seq_called FROM cx_alert_config_config_id_seq \gset
SELECT setval('cx_alert_config_config_id_seq', 900, false) IS NOT NULL AS sequence_set;

CREATE TABLE risk_customers (customer_id bigint PRIMARY KEY, name text NOT NULL);
INSERT INTO risk_customers SELECT i, 'customer ' || i FROM generate_series(1, 300) i;
INSERT INTO risk_customers VALUES (1001, 'loops a lot'), (1002, 'calm'), (1003, 'some trouble');
-- a synthetic history: more loops back into billing and more failed
-- contacts, more detractors (not separable: every count has both outcomes)
CREATE TABLE risk_train AS
SELECT i AS customer_id, (i % 5)::float8 AS loops, ((i * 7) % 4)::float8 AS failed,
       (i * 37) % 100 < 5 + 15 * (i % 5) + 5 * ((i * 7) % 4) AS detractor
FROM generate_series(1, 300) i;
CREATE TABLE risk_models (name text PRIMARY KEY, model risk_model NOT NULL);
INSERT INTO risk_models
SELECT 'detractor', risk_fit(detractor, ARRAY[loops, failed], ARRAY['{} loops back in billing', 'failed contacts'])
FROM risk_train;
SELECT feature, round(coefficient::numeric, 3) AS coefficient FROM risk_models, risk_coefficients(model);

-- set-up errors
SELECT cx_alert_attach('risk_customers', 'risk', '{"treshold": 0.5}');
SELECT cx_alert_attach('risk_customers', 'risk', '{"threshold": 1.5}');
SELECT cx_alert_attach('risk_customers', 'risk', '{"threshold": 0}');
SELECT cx_alert_attach('risk_customers', 'risk', '{"threshold": "likely"}');
SELECT cx_alert_attach('risk_customers', 'risk', '{"threshold": [0.5]}');
SELECT cx_alert_attach('risk_customers', 'risk', '{"threshold": 0.7, "high": 0.6}');
SELECT cx_alert_attach('risk_customers', 'risk', '{"high": 1.2}');
SELECT cx_alert_attach('risk_customers', 'risk', '{"threshold": 0.9}') > 0 AS attached;	-- high: the threshold then
SELECT config ->> 'high' AS high FROM cx_alert_config WHERE table_name = 'risk_customers'::regclass;
SELECT cx_alert_detach('risk_customers', 'risk');
SELECT cx_alert_attach('risk_customers', 'risk', '{"cooldown": "soon"}');
SELECT cx_alert_attach('risk_customers', 'risk', '{"cooldown": "-1 day"}');
SELECT cx_alert_attach('risk_customers', 'risk', '{"channel": ""}');
SELECT cx_alert_attach('risk_customers', 'risk', '{"scope": "Customer"}');
CREATE MATERIALIZED VIEW risk_mv AS SELECT 1 AS customer_id;
SELECT cx_alert_attach('risk_mv', 'risk', '{}');
DROP MATERIALIZED VIEW risk_mv;

-- the configuration: defaults filled in, no trigger on the table
SELECT cx_alert_attach('risk_customers', 'risk', '{"threshold": 0.5}') AS risk_config \gset
SELECT config_id, kind, trigger_name, table_name, config FROM cx_alert_config WHERE config_id = :risk_config;
SELECT count(*) AS triggers FROM pg_trigger WHERE tgrelid = 'risk_customers'::regclass AND NOT tgisinternal;
SELECT cx_alert_attach('risk_customers', 'risk', '{"threshold": 0.6}');	-- same name: detach first or rename
SELECT cx_alert_attach('risk_customers', 'risk', '{"threshold": 0.6, "trigger_name": "cx_alert_risk_strict"}') > 0 AS attached;
SELECT cx_alert_detach('risk_customers', trigger_name => 'cx_alert_risk_strict');

-- a scan: customers 1001 (4 loops, 3 failed), 1002 (none), 1003 (3 and 2)
CREATE TABLE risk_now (customer_id bigint, loops int, failed int);
INSERT INTO risk_now VALUES (1001, 4, 3), (1002, 0, 0), (1003, 3, 2);
CREATE VIEW risk_features AS
SELECT customer_id, ARRAY[loops, failed]::float8[] AS features FROM risk_now;
SELECT customer_id, round(risk_score(m.model, f.features)::numeric, 4) AS risk
FROM risk_features f, risk_models m ORDER BY customer_id;
BEGIN;
SELECT subject, round(risk::numeric, 4) AS risk, severity, explanation
FROM cx_risk_scan((SELECT model FROM risk_models WHERE name = 'detractor'),
                  'SELECT customer_id AS subject, features FROM risk_features ORDER BY customer_id', :risk_config);
-- written at commit, not before
SELECT count(*) AS alerts_before_commit FROM cx_alert;
COMMIT;
-- a scan rolled back raises nothing
BEGIN;
SELECT count(*) AS returned
FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT customer_id AS subject, features FROM risk_features', :risk_config);
ROLLBACK;
SELECT kind, severity, subject, source_table, source_key, occurrences, config_id, scope, channel
FROM cx_alert ORDER BY subject;
SELECT subject, details - 'model_fitted_at' AS details,
       details ->> 'model_fitted_at' = to_jsonb((model::text::jsonb ->> 'fitted_at')::timestamptz) #>> '{}' AS fitted_at
FROM cx_alert, risk_models ORDER BY subject;
-- the risk is risk_score's, rounded
SELECT a.subject, (a.details ->> 'risk')::numeric = round(risk_score(m.model, f.features)::numeric, 4) AS same_risk
FROM cx_alert a JOIN risk_features f ON f.customer_id::text = a.subject, risk_models m ORDER BY a.subject;
-- the returned risk is risk_score's exactly
SELECT bool_and(s.risk = risk_score(m.model, f.features)) AS exact
FROM risk_models m,
     cx_risk_scan(m.model, 'SELECT customer_id AS subject, features FROM risk_features', :risk_config) s
     JOIN risk_features f ON f.customer_id::text = s.subject;

-- the same scan again, inside the cooldown: folded into the open alerts
SELECT count(*) AS returned
FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT customer_id AS subject, features FROM risk_features', :risk_config);
SELECT subject, severity, occurrences, escalated_at IS NOT NULL AS escalated FROM cx_alert ORDER BY subject;
-- customer 1003 gets worse: the medium alert escalates to high
UPDATE risk_now SET loops = 4, failed = 3 WHERE customer_id = 1003;
SELECT subject, severity
FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT customer_id AS subject, features FROM risk_features', :risk_config);
SELECT subject, severity, occurrences, escalated_at IS NOT NULL AS escalated, count(*) OVER () AS alerts
FROM cx_alert ORDER BY subject;

-- a key column goes to source_key; any subject type is written as its text
TRUNCATE cx_alert CASCADE;
SELECT subject, severity
FROM cx_risk_scan((SELECT model FROM risk_models),
                  $$SELECT (customer_id, 'x')::text AS subject, 'row ' || customer_id AS key, features
                    FROM risk_features WHERE customer_id = 1001$$, :risk_config);
SELECT subject, source_key FROM cx_alert;

-- scope: a risk configuration and an nps one naming the scope "customer"
-- share one open alert per customer
TRUNCATE cx_alert CASCADE;
CREATE TABLE risk_answers (id serial PRIMARY KEY, customer_id bigint NOT NULL, score int NOT NULL);
SELECT cx_alert_attach('risk_answers', 'nps', '{"subject": "customer_id", "scope": "customer"}') AS nps_config \gset
SELECT cx_alert_attach('risk_customers', 'risk', '{"scope": "customer", "trigger_name": "cx_alert_risk_shared"}') AS shared_config \gset
INSERT INTO risk_answers (customer_id, score) VALUES (1001, 5);
SELECT count(*) AS returned
FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT customer_id AS subject, features FROM risk_features', :shared_config);
SELECT kind, subject, severity, occurrences, scope, config_id, escalated_at IS NOT NULL AS escalated
FROM cx_alert ORDER BY subject;
SELECT cx_alert_detach('risk_answers');
SELECT cx_alert_detach('risk_customers', trigger_name => 'cx_alert_risk_shared');

-- bad queries
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT customer_id, features FROM risk_features', :risk_config);
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT customer_id AS subject FROM risk_features', :risk_config);
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models),
                           'SELECT customer_id AS subject, ARRAY[loops, failed] AS features FROM risk_now', :risk_config);
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models),
                           'SELECT customer_id AS subject, ARRAY[loops]::float8[] AS features FROM risk_now', :risk_config);
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models),
                           'SELECT 1 AS subject, features, 2 AS subject FROM risk_features', :risk_config);
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models),
                           'DELETE FROM risk_now RETURNING customer_id AS subject, ARRAY[loops, failed]::float8[] AS features',
                           :risk_config);
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT 1; SELECT 2', :risk_config);
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models), 'SELEC 1', :risk_config);
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT * FROM risk_features_missing', :risk_config);
SELECT count(*) AS rows_left FROM risk_now;
-- unknown and foreign configurations, NULL arguments
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT customer_id AS subject, features FROM risk_features', -1);
SELECT cx_alert_attach('risk_answers', 'nps', '{"subject": "customer_id"}') AS nps_config \gset
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT customer_id AS subject, features FROM risk_features', :nps_config);
SELECT cx_alert_detach('risk_answers');
SELECT * FROM cx_risk_scan(NULL, 'SELECT customer_id AS subject, features FROM risk_features', :risk_config);
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models), NULL, :risk_config);

-- NULL features, a NULL feature or a NULL subject: skipped, one NOTICE
TRUNCATE cx_alert CASCADE;
SELECT subject, severity
FROM cx_risk_scan((SELECT model FROM risk_models),
                  $$SELECT * FROM (VALUES ('a', ARRAY[4, 3]::float8[]), ('b', NULL), ('c', ARRAY[4, NULL]::float8[]),
                                          (NULL, ARRAY[4, 3]::float8[])) v(subject, features)$$, :risk_config);
SELECT subject FROM cx_alert;

-- many rows, fetched in batches: 2,500 customers, every 5th at risk
TRUNCATE cx_alert CASCADE;
SELECT count(*) AS returned, count(DISTINCT subject) AS subjects, min(severity) AS severity
FROM cx_risk_scan((SELECT model FROM risk_models),
                  $$SELECT i AS subject, CASE WHEN i % 5 = 0 THEN ARRAY[4, 3] ELSE ARRAY[0, 0] END::float8[] AS features
                    FROM generate_series(1, 2500) i$$, :risk_config);
SELECT count(*) AS alerts FROM cx_alert;

-- who may run it: cx_alerts_admin only; the query runs with the caller's rights
CREATE ROLE regress_risk_nobody;
CREATE ROLE regress_risk_admin IN ROLE cx_alerts_admin;
GRANT SELECT ON risk_models TO regress_risk_nobody, regress_risk_admin;
GRANT SELECT ON risk_features, risk_now TO regress_risk_admin;
SET ROLE regress_risk_nobody;
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT customer_id AS subject, features FROM risk_features', :risk_config);
RESET ROLE;
TRUNCATE cx_alert CASCADE;
SET ROLE regress_risk_admin;
SELECT subject, severity
FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT customer_id AS subject, features FROM risk_features', :risk_config);
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models),
                           'SELECT customer_id::text AS subject, ARRAY[1, 1]::float8[] AS features FROM risk_customers', :risk_config);
RESET ROLE;
SELECT subject, severity FROM cx_alert ORDER BY subject;
REVOKE ALL ON risk_models, risk_features, risk_now FROM regress_risk_nobody, regress_risk_admin;
DROP ROLE regress_risk_nobody;
DROP ROLE regress_risk_admin;

-- detaching forgets the configuration (no trigger to drop; a trigger of
-- the same name made since is left alone); the alerts stay
CREATE FUNCTION risk_noop() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
SELECT cx_alert_attach('risk_customers', 'risk', '{"trigger_name": "cx_alert_risk_named"}') > 0 AS attached;
CREATE TRIGGER cx_alert_risk_named AFTER INSERT ON risk_customers FOR EACH ROW EXECUTE FUNCTION risk_noop();
SELECT cx_alert_detach('risk_customers');
SELECT count(*) AS configs FROM cx_alert_config WHERE table_name = 'risk_customers'::regclass;
SELECT tgname FROM pg_trigger WHERE tgrelid = 'risk_customers'::regclass AND NOT tgisinternal;
SELECT count(*) > 0 AS alerts_kept FROM cx_alert;
SELECT * FROM cx_risk_scan((SELECT model FROM risk_models), 'SELECT customer_id AS subject, features FROM risk_features', :risk_config);

TRUNCATE cx_alert CASCADE;
DROP TABLE risk_customers, risk_answers, risk_now, risk_train, risk_models CASCADE;
DROP FUNCTION risk_noop();
SELECT setval('cx_alert_config_config_id_seq', :seq_last, :'seq_called'::boolean) IS NOT NULL AS sequence_back;
