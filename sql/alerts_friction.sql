-- Friction alerts: journeys whose repeats (an event within the window of
-- the previous one in the same stage) or loops reach a threshold, compared
-- with a plain-SQL reference of the repeats (and journey_friction_score for
-- the loops) over random journeys loaded in one statement; rows filtered by
-- a column; cooldown; set-up errors.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
SELECT setseed(0.41);

CREATE TABLE events (
	id           bigserial PRIMARY KEY,
	contact_id   int,
	stage        text,
	message_type int NOT NULL DEFAULT 0,
	created_at   timestamp NOT NULL
);
SELECT cx_alert_attach('events', 'friction', '{"journey": "contact_id"}');
SELECT cx_alert_attach('events', 'friction', '{"journey": "contact_id", "at": "stage"}');
SELECT cx_alert_attach('events', 'friction', '{"journey": "contact_id", "at": "created_at", "where_column": "message_type"}');
SELECT cx_alert_attach('events', 'friction', '{"journey": "contact_id", "at": "created_at", "repeats": 0}');
SELECT cx_alert_attach('events', 'friction', '{"journey": "contact_id", "at": "created_at", "window": "-1 day"}');
SELECT cx_alert_attach('events', 'friction', '{"journey": "contact_id", "at": "created_at", "stage": "phase"}');

SELECT cx_alert_attach('events', 'friction',
	'{"journey": "contact_id", "at": "created_at", "stage": "stage", "window": "24 hours",
	  "repeats": 3, "loops": 2, "cooldown": "0"}') AS cfg \gset
INSERT INTO events (contact_id, stage, created_at)
SELECT 1 + floor(random() * 300)::int, (ARRAY['new', 'open', 'pending', 'resolved'])[1 + floor(random() * 4)::int],
       timestamp '2026-10-01' + random() * interval '4 days'
FROM generate_series(1, 3000);
-- reference: per journey, the events of the 24 hours up to its last event
CREATE TEMP TABLE ref AS
WITH last AS (SELECT contact_id, max(created_at) AS last_at FROM events GROUP BY contact_id),
ev AS (SELECT e.*, l.last_at FROM events e JOIN last l USING (contact_id)
       WHERE e.created_at >= l.last_at - interval '24 hours'),
rep AS (SELECT contact_id, count(*) FILTER (WHERE created_at - prev <= interval '24 hours') AS repeats
        FROM (SELECT contact_id, created_at,
                     lag(created_at) OVER (PARTITION BY contact_id, stage ORDER BY created_at, id) AS prev FROM ev) x
        GROUP BY contact_id),
lp AS (SELECT contact_id, (journey_friction_score(journey_friction(contact_id, stage, created_at::timestamptz,
                              journey_config(NULL, '24 hours', '24 hours', last_at::timestamptz) ORDER BY created_at))).loops
       FROM ev GROUP BY contact_id, last_at)
SELECT contact_id, repeats, loops FROM rep JOIN lp USING (contact_id);
SELECT (SELECT count(*) FROM ref WHERE repeats >= 3 OR loops >= 2) > 20 AS enough_alerts,
       (SELECT count(*) FROM ref WHERE NOT (repeats >= 3 OR loops >= 2)) > 20 AS enough_quiet,
       (SELECT array_agg(contact_id ORDER BY contact_id) FROM ref WHERE repeats >= 3 OR loops >= 2) =
       (SELECT array_agg(subject::int ORDER BY subject::int) FROM cx_alert WHERE kind = 'journey_friction') AS same_journeys,
       (SELECT count(*) FROM cx_alert a JOIN ref r ON r.contact_id = a.subject::int
        WHERE (a.details->>'repeats')::int = r.repeats AND (a.details->>'loops')::int = r.loops) =
       (SELECT count(*) FROM cx_alert) AS counts_match;

-- only the customer's messages count; one alert per journey in the cooldown
SELECT cx_alert_detach('events');
DELETE FROM cx_alert;
TRUNCATE events;
SELECT cx_alert_attach('events', 'friction',
	'{"journey": "contact_id", "at": "created_at", "where_column": "message_type", "where_value": 0,
	  "repeats": 2, "window": "1 hour"}') > 0 AS attached;
INSERT INTO events (contact_id, message_type, created_at) VALUES
	(1, 0, '2026-10-01 10:00'), (1, 1, '2026-10-01 10:05'), (1, 1, '2026-10-01 10:06'), (1, 1, '2026-10-01 10:07');
SELECT count(*) AS alerts_after_agent_messages FROM cx_alert;
INSERT INTO events (contact_id, message_type, created_at) VALUES (1, 0, '2026-10-01 10:20');
INSERT INTO events (contact_id, message_type, created_at) VALUES (1, 0, '2026-10-01 10:40');   -- 2 repeats: alert
INSERT INTO events (contact_id, message_type, created_at) VALUES (1, 0, '2026-10-01 10:50');   -- folded
INSERT INTO events (contact_id, message_type, created_at) VALUES (2, 0, '2026-10-01 09:00'), (2, 0, '2026-10-01 11:00'),
                                                               (2, 0, '2026-10-01 13:00');   -- 2 h apart: no repeat
SELECT kind, severity, subject, occurrences, details->'repeats' AS repeats, details->'events' AS events
FROM cx_alert ORDER BY id;

SELECT cx_alert_detach('events');
DROP TABLE events;
DELETE FROM cx_alert;
