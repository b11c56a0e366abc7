-- demo/40_alerts.sql: real-time alerts from triggers on the CRM tables as
-- they are.  Attach (validated), answers arrive, alerts are raised once per
-- customer inside the cooldown, then acknowledged, resolved and measured.
\pset footer off
-- 1. attach: the configuration is checked against the table right away
SELECT cx_alert_attach('nps_responses', 'nps', '{"subject": "customer_id", "at": "answered_at", "include": ["comment"]}');
SELECT cx_alert_attach('csat_responses', 'csat', '{"subject": "customer_id", "at": "answered_at"}');
SELECT cx_alert_attach('ces_responses', 'ces', '{"subject": "customer_id", "score": "effort"}');
\set ON_ERROR_STOP 0
SELECT cx_alert_attach('csat_responses', 'csat', '{"subject": "customer_id", "treshold": 3}');   -- a typo
SELECT cx_alert_attach('ces_responses', 'ces', '{"subject": "client_id", "score": "effort"}');  -- no such column
\set ON_ERROR_STOP 1
SELECT table_name, kind, trigger_name, config->>'threshold' AS threshold, config->>'cooldown' AS cooldown
FROM cx_alert_config ORDER BY config_id;

-- 2. answers arrive (the CRM's own INSERTs, unchanged)
INSERT INTO nps_responses (customer_id, answered_at, score, comment) VALUES
	(17, now(), 2, E'Waited 3 days for a "callback"\nStill nothing.'),
	(17, now(), 1, 'And again.'),                -- same customer: folded into the open alert
	(42, now(), 9, 'Great support!'),            -- promoter: nothing
	(99, now(), 5, NULL);
INSERT INTO csat_responses (customer_id, ticket_id, answered_at, rating) VALUES (17, 9001, now(), 1);
INSERT INTO ces_responses (customer_id, answered_at, effort) VALUES (42, now(), 2);
SELECT id, kind, severity, subject, source_key, occurrences, details->>'score' AS score,
       details->'values'->>'comment' AS comment
FROM cx_alert ORDER BY id;

-- 3. closing the loop
SELECT id, acknowledged_by, ack_note FROM cx_alert_ack(1, 'Calling the customer now');
SELECT id, resolved_by, resolution_note FROM cx_alert_resolve(1, 'Refund issued, apologised');
SELECT kind, open_alerts, unacknowledged, high_severity FROM cx_alert_open_by_kind ORDER BY kind;
SELECT kind, alerts, acknowledged, resolved,
       date_trunc('second', median_time_to_ack) AS median_to_ack,
       date_trunc('second', median_time_to_resolve) AS median_to_resolve
FROM cx_alert_response_times ORDER BY kind;
-- did the recovery work?  customer 17 answers again a week later
INSERT INTO nps_responses (customer_id, answered_at, score) VALUES (17, now() + interval '7 days', 9);
SELECT alert_id, alert_subject, next_score, recovered FROM cx_alert_recovery('nps_responses');

-- 4. segment drop: a statement trigger keeps NPS states per segment and day
--    (filled from the existing answers when attached) and tests each
--    segment touched by a load: trailing 7 days against the 28 days before
SELECT cx_alert_attach('nps_responses', 'segment_drop',
	'{"at": "answered_at", "via": "customers", "segment": "segment", "min_answers": 30}') AS segment_config \gset
SELECT segment, day, round(window_nps::numeric, 1) AS window_nps, window_answers,
       round(baseline_nps::numeric, 1) AS baseline_nps, baseline_answers, round(p_value::numeric, 6) AS p_value, alert
FROM cx_alert_segment_check(:segment_config, 'smb', '2026-10-20');
-- a bulk load of 400 answers in one statement: one check per segment
INSERT INTO nps_responses (customer_id, answered_at, score)
SELECT c.customer_id, now() - random() * interval '3 days',
       CASE WHEN c.segment = 'smb' THEN floor(random() * 7)::int ELSE 7 + floor(random() * 4)::int END
FROM customers c ORDER BY c.customer_id LIMIT 400;
SELECT id, kind, severity, subject, details->'window_nps' AS window_nps, details->'baseline_nps' AS baseline_nps,
       details->'window_answers' AS answers
FROM cx_alert WHERE kind = 'nps_segment_drop';

-- 5. empathy and friction on a help-desk messages table
CREATE TABLE support_messages (
	id              bigserial PRIMARY KEY,
	conversation_id bigint NOT NULL,
	sender          text NOT NULL,          -- 'customer' or 'agent'
	body            text,
	sent_at         timestamptz NOT NULL DEFAULT now()
);
SELECT cx_alert_attach('support_messages', 'empathy',
	'{"text": "body", "role": "sender", "agent": "agent", "subject": "conversation_id"}');
SELECT cx_alert_attach('support_messages', 'friction',
	'{"journey": "conversation_id", "at": "sent_at", "where_column": "sender", "where_value": "customer",
	  "repeats": 2, "window": "2 hours"}');
INSERT INTO support_messages (conversation_id, sender, body, sent_at) VALUES
	(501, 'customer', 'My invoice is wrong again.', now() - interval '50 minutes'),
	(501, 'agent', 'Calm down, that is not my problem.', now() - interval '45 minutes'),
	(502, 'agent', 'Lo siento mucho, entiendo tu frustración. Lo resolvemos hoy.', now() - interval '40 minutes');
INSERT INTO support_messages (conversation_id, sender, body, sent_at) VALUES
	(501, 'customer', 'Hello?', now() - interval '20 minutes');
INSERT INTO support_messages (conversation_id, sender, body) VALUES (501, 'customer', 'Anyone there??');
SELECT id, kind, severity, subject, details - 'table' - 'text_column' AS details
FROM cx_alert WHERE kind IN ('empathy_low', 'journey_friction') ORDER BY id;
