-- Alerts on the customer's voice: churn_intent, escalation_threat and
-- customer_distress on customers' messages, compared with a plain-SQL
-- reference (voice_signals / voice_markers) over random messages; agents'
-- messages never alert; a negation is no intent; set-up errors; updates.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
SELECT setseed(0.31);

CREATE TABLE chat (
	id              serial PRIMARY KEY,
	customer_id     int NOT NULL,
	message_type    int NOT NULL,          -- 0 customer, 1 agent
	content         text,
	created_at      timestamp NOT NULL DEFAULT '2026-10-05 10:00'
);

-- set-up errors
SELECT cx_alert_attach('chat', 'churn_intent', '{"subject": "customer_id"}');                 -- no "body" column
SELECT cx_alert_attach('chat', 'churn_intent', '{"text": "content", "role": "message_type", "subject": "customer_id"}');
SELECT cx_alert_attach('chat', 'churn_intent', '{"text": "content", "customer": 0, "subject": "customer_id"}');
SELECT cx_alert_attach('chat', 'churn_intent', '{"text": "content", "agent": 1, "subject": "customer_id"}');
SELECT cx_alert_attach('chat', 'escalation_threat', '{"text": "content", "threshold": 101, "subject": "customer_id"}');
SELECT cx_alert_attach('chat', 'escalation_threat', '{"text": "content", "threshold": "high", "subject": "customer_id"}');
SELECT cx_alert_attach('chat', 'customer_distress', '{"text": "content", "lang": "fr", "subject": "customer_id"}');
SELECT cx_alert_attach('chat', 'customer_distress', '{"text": "customer_id", "subject": "customer_id"}');
SELECT cx_alert_attach('chat', 'customer_distress', '{"text": "content"}');

-- the three kinds on customers' messages, every message its own alert (cooldown 0)
SELECT cx_alert_attach('chat', k, jsonb_build_object('text', 'content', 'role', 'message_type', 'customer', 0,
	'subject', 'customer_id', 'cooldown', '0', 'at', 'created_at')) > 0 AS attached
FROM unnest(ARRAY['churn_intent', 'escalation_threat', 'customer_distress']) k;
SELECT kind, trigger_name, config - 'scope' AS config FROM cx_alert_config ORDER BY config_id;

CREATE TEMP TABLE phrases (p text);
INSERT INTO phrases VALUES
	('Me doy de baja.'), ('I am cancelling my account.'), ('I will not cancel my account.'),
	('No me voy a dar de baja.'), ('Voy a poner una hoja de reclamaciones.'), ('I will report you to the BBB.'),
	('Es la tercera vez que llamo.'), ('This is the third time I call!'), ('Estoy harto.'), ('I am furious!!!'),
	('Gracias por todo.'), ('Thanks, that works.'), ('Where is my order?'), ('¿Dónde está mi pedido?'),
	('Llevo tres días esperando.'), ('ok'), ('');
INSERT INTO chat (customer_id, message_type, content)
SELECT 1 + floor(random() * 300)::int, (random() < 0.3)::int,
       CASE WHEN random() < 0.03 THEN NULL ELSE
       (SELECT string_agg(p, ' ') FROM (SELECT p FROM phrases ORDER BY random() + g * 0 LIMIT 1 + floor(random() * 3)::int) z) END
FROM generate_series(1, 3000) g;

-- the reference: the same rules in SQL
CREATE TEMP TABLE expected AS
SELECT c.id, k.kind
FROM chat c, LATERAL voice_signals(c.content) v,
     LATERAL (VALUES ('churn_intent', v.churn_intent >= 50),
                     ('escalation_threat', v.escalation >= 50),
                     ('customer_distress', greatest(v.anger, v.frustration, v.repeat_contact) >= 60)) k(kind, fires)
WHERE c.message_type = 0 AND c.content IS NOT NULL AND k.fires;
SELECT kind, count(*) AS expected FROM expected GROUP BY kind ORDER BY kind;
SELECT (SELECT count(*) FROM expected e WHERE NOT EXISTS
           (SELECT 1 FROM cx_alert a WHERE a.source_key = e.id::text AND a.kind = e.kind)) AS missing,
       (SELECT count(*) FROM cx_alert a WHERE NOT EXISTS
           (SELECT 1 FROM expected e WHERE a.source_key = e.id::text AND a.kind = e.kind)) AS unexpected,
       (SELECT count(*) FROM cx_alert a JOIN chat c ON a.source_key = c.id::text WHERE c.message_type = 1) AS from_agents;
-- the markers in the details are the expressions voice_markers finds for the signal
SELECT count(*) AS churn_alerts,
       count(*) FILTER (WHERE a.details -> 'markers' = (
           SELECT coalesce(jsonb_agg(m.phrase ORDER BY m.position), '[]')
           FROM voice_markers(c.content) m WHERE m.signal = 'churn' AND NOT m.negated)) AS markers_match
FROM cx_alert a JOIN chat c ON a.source_key = c.id::text WHERE a.kind = 'churn_intent';

-- one message, its alerts in full
TRUNCATE cx_alert CASCADE;
INSERT INTO chat (customer_id, message_type, content) VALUES
	(9001, 0, 'Es la tercera vez que llamo y nadie me soluciona nada. Estoy harto: me doy de baja y voy a poner una hoja de reclamaciones.');
SELECT kind, severity, subject, details FROM cx_alert ORDER BY kind;
-- a negation is no intent; an agent saying the words is no customer
INSERT INTO chat (customer_id, message_type, content) VALUES
	(9002, 0, 'No me voy a dar de baja, gracias.'), (9003, 1, 'Si quiere darse de baja, me doy de baja por usted.');
SELECT count(*) AS alerts_after_negation_and_agent FROM cx_alert WHERE subject IN ('9002', '9003');
-- an update that leaves the text as it was is no new message; a new text is
UPDATE chat SET created_at = created_at WHERE customer_id = 9001;
SELECT count(*) AS alerts_after_same_text FROM cx_alert WHERE subject = '9001';
UPDATE chat SET content = 'I will cancel my account and switch to another company' WHERE customer_id = 9002;
SELECT kind, subject, details -> 'markers' AS markers FROM cx_alert WHERE subject = '9002';

-- a higher threshold: only the strongest
SELECT cx_alert_detach('chat', 'churn_intent');
SELECT cx_alert_attach('chat', 'churn_intent', '{"text": "content", "role": "message_type", "customer": 0,
	"subject": "customer_id", "cooldown": "0", "threshold": 90}') > 0 AS attached;
TRUNCATE cx_alert CASCADE;
INSERT INTO chat (customer_id, message_type, content) VALUES
	(9101, 0, 'me lo estoy pensando'), (9102, 0, 'me doy de baja, cancelo mi cuenta y me cambio a otra compañía');
SELECT kind, subject, round((details ->> 'churn_intent')::numeric, 1) AS churn FROM cx_alert ORDER BY subject;
SELECT cx_alert_detach('chat');
