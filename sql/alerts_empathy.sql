-- Empathy alerts: agents' messages with an empathy score below the
-- threshold or with anti-empathy language, compared with a plain-SQL
-- reference (empathy_score / empathy_markers) over thousands of random
-- messages; customers' messages never alert; set-up errors; edits.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
SELECT setseed(0.23);

CREATE TABLE chat (
	id              serial PRIMARY KEY,
	conversation_id int NOT NULL,
	message_type    int NOT NULL,          -- 0 customer, 1 agent
	content         text,
	created_at      timestamp NOT NULL DEFAULT '2026-10-05 10:00'
);

-- set-up errors
SELECT cx_alert_attach('chat', 'empathy', '{"subject": "conversation_id"}');                 -- no "body" column
SELECT cx_alert_attach('chat', 'empathy', '{"text": "message_type", "subject": "conversation_id"}');
SELECT cx_alert_attach('chat', 'empathy', '{"text": "content", "role": "message_type", "subject": "conversation_id"}');
SELECT cx_alert_attach('chat', 'empathy', '{"text": "content", "agent": 1, "subject": "conversation_id"}');
SELECT cx_alert_attach('chat', 'empathy', '{"text": "content", "lang": "fr", "subject": "conversation_id"}');
SELECT cx_alert_attach('chat', 'empathy', '{"text": "content", "anti": "yes", "subject": "conversation_id"}');
SELECT cx_alert_attach('chat', 'empathy', '{"text": "content", "threshold": 101, "subject": "conversation_id"}');
SELECT cx_alert_attach('chat', 'empathy', '{"text": "content", "score": "x", "subject": "conversation_id"}');

-- every agent message is its own alert (cooldown 0)
SELECT cx_alert_attach('chat', 'empathy',
	'{"text": "content", "role": "message_type", "agent": 1, "subject": "conversation_id",
	  "threshold": -10, "cooldown": "0", "at": "created_at"}') > 0 AS attached;
CREATE TEMP TABLE phrases (p text);
INSERT INTO phrases VALUES
	('I understand how frustrating this is.'), ('I am so sorry for the trouble.'),
	('That is not my problem.'), ('Calm down.'), ('Read the manual.'), ('Your ticket is #'),
	('Lo siento mucho.'), ('Entiendo tu frustración.'), ('No es mi problema.'), ('Cálmate.'),
	('Thanks for your patience!'), ('We will fix it today.'), ('Whatever.'), ('As I already said,'),
	('Gracias por tu paciencia.'), ('Te ayudo ahora mismo.'), ('ok'), ('');
INSERT INTO chat (conversation_id, message_type, content)
SELECT 1 + floor(random() * 400)::int, (random() < 0.6)::int,
       CASE WHEN random() < 0.03 THEN NULL ELSE
       (SELECT string_agg(p, ' ') FROM (SELECT p FROM phrases ORDER BY random() + g * 0 LIMIT 1 + floor(random() * 3)::int) x)
       END
FROM generate_series(1, 2000) g;
-- reference: an alert when the score is below the threshold or when an
-- anti-empathy expression counts in full; its marker then carries minus the
-- lexicon weight (softened by support that follows it counts a fifth, a
-- relative clause 0, a negated one 0)
CREATE TEMP TABLE ref AS
SELECT c.id, empathy_score(c.content) AS score,
       (SELECT count(*) FROM empathy_markers(c.content) m
        WHERE m.dimension = 'anti_empathy' AND m.weight < 0
          AND m.weight = -(SELECT l.weight FROM empathy_lexicon l
                           WHERE l.language = m.language AND l.phrase = m.phrase AND l.dimension = 'anti_empathy')) AS anti,
       (SELECT count(*) FROM empathy_markers(c.content) m
        WHERE m.dimension = 'anti_empathy' AND NOT m.negated) AS anti_found
FROM chat c WHERE c.message_type = 1 AND c.content IS NOT NULL;
-- some anti-empathy is discounted by what follows it ("Calm down. I am so sorry for the trouble.")
SELECT count(*) FILTER (WHERE anti_found > anti) > 0 AS some_discounted,
       count(*) FILTER (WHERE anti > 0) > 0 AS some_in_full
FROM ref;
SELECT (SELECT count(*) FROM ref WHERE score < -10 OR anti > 0) > 100 AS enough_alerts,
       (SELECT count(*) FROM ref WHERE NOT (score < -10 OR anti > 0)) > 100 AS enough_quiet,
       (SELECT array_agg(id ORDER BY id) FROM ref WHERE score < -10 OR anti > 0) =
       (SELECT array_agg(source_key::int ORDER BY source_key::int) FROM cx_alert WHERE kind = 'empathy_low') AS same_messages,
       (SELECT count(*) FROM cx_alert a JOIN ref r ON r.id = a.source_key::int
        JOIN chat c ON c.id = r.id
        WHERE abs((a.details->>'empathy_score')::float8 - r.score) < 1e-9
          AND (a.details->>'anti_empathy')::int = r.anti
          AND a.subject = c.conversation_id::text
          AND a.severity = CASE WHEN r.score < -10 AND r.anti > 0 THEN 'high' ELSE 'medium' END
          AND (a.details->>'at')::timestamp = c.created_at) =
       (SELECT count(*) FROM cx_alert) AS details_match;

-- with the default cooldown: one open alert per conversation
SELECT cx_alert_detach('chat');
DELETE FROM cx_alert;
SELECT cx_alert_attach('chat', 'empathy',
	'{"text": "content", "role": "message_type", "agent": "1", "subject": "conversation_id", "lang": "en"}') > 0 AS attached;
INSERT INTO chat (conversation_id, message_type, content) VALUES
	(9001, 1, 'Calm down. That is not my problem.'),
	(9001, 1, 'Not my problem, calm down.'),          -- same conversation: folded
	(9001, 0, 'Calm down yourself!'),                 -- a customer: never an alert
	(9002, 1, 'I understand how frustrating this is, I am so sorry.'),
	(9003, 1, 'Your order ships on Monday.');       -- neutral: no alert
SELECT kind, severity, subject, source_key, occurrences, details->'anti_empathy' AS anti,
       round((details->>'empathy_score')::numeric, 1) AS score
FROM cx_alert ORDER BY id;
-- an edit: a new bad text alerts, an unchanged text does not
UPDATE chat SET content = 'I am so sorry, I understand.' WHERE conversation_id = 9002;
UPDATE chat SET content = 'Not my problem.' WHERE conversation_id = 9002;
UPDATE chat SET content = content WHERE conversation_id = 9001;
SELECT subject, occurrences FROM cx_alert ORDER BY id;
-- a hostile search_path does not change the lexicon nor the write
CREATE ROLE regress_alert_agent_app;
GRANT INSERT ON chat TO regress_alert_agent_app;
GRANT USAGE ON SEQUENCE chat_id_seq TO regress_alert_agent_app;
CREATE SCHEMA regress_evil2 AUTHORIZATION regress_alert_agent_app;
SET ROLE regress_alert_agent_app;
CREATE TABLE regress_evil2.empathy_lexicon (language text, phrase text, dimension text, weight float8);
SET search_path = regress_evil2, public;
INSERT INTO chat (conversation_id, message_type, content) VALUES (9004, 1, 'Calm down.');
RESET search_path;
RESET ROLE;
SELECT subject, details->'anti_empathy' AS anti FROM cx_alert WHERE subject = '9004';

SELECT cx_alert_detach('chat');
DROP SCHEMA regress_evil2 CASCADE;
DROP TABLE chat;
DROP ROLE regress_alert_agent_app;
DELETE FROM cx_alert;
