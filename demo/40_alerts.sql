-- demo/40_alerts.sql: real-time alerts from triggers on the CRM tables as
-- they are.  Attach (validated), answers arrive, alerts are raised once per
-- customer inside the cooldown, then acknowledged, resolved and measured.
-- The demo's clock is fixed: the new answers arrive on 20 November 2026, the
-- day after the sample year ends, so that the output is the same every day.
\pset footer off
-- 1. attach: the configuration is checked against the table right away
SELECT cx_alert_attach('nps_responses', 'nps', '{"subject": "customer_id", "at": "answered_at", "include": ["comment"]}');
SELECT cx_alert_attach('csat_responses', 'csat', '{"subject": "customer_id", "at": "answered_at"}');
SELECT cx_alert_attach('ces_responses', 'ces', '{"subject": "customer_id", "score": "effort"}');
\set ON_ERROR_STOP 0
\echo '(the next statement fails on purpose: "treshold" is a typo of "threshold")'
SELECT cx_alert_attach('csat_responses', 'csat', '{"subject": "customer_id", "treshold": 3}');
\echo '(the next statement fails on purpose: ces_responses has no column client_id)'
SELECT cx_alert_attach('ces_responses', 'ces', '{"subject": "client_id", "score": "effort"}');
\set ON_ERROR_STOP 1
SELECT table_name, kind, trigger_name, config->>'threshold' AS threshold, config->>'cooldown' AS cooldown
FROM cx_alert_config ORDER BY config_id;

-- 2. answers arrive (the CRM's own INSERTs, unchanged)
INSERT INTO nps_responses (customer_id, answered_at, score, comment) VALUES
	(17, '2026-11-20 09:00+00', 2, E'Waited 3 days for a "callback"\nStill nothing.'),
	(17, '2026-11-20 09:05+00', 1, 'And again.'),    -- same customer: folded into the open alert
	(42, '2026-11-20 09:10+00', 9, 'Great support!'),-- promoter: nothing
	(99, '2026-11-20 09:20+00', 5, NULL);
INSERT INTO csat_responses (customer_id, ticket_id, answered_at, rating) VALUES (17, 9001, '2026-11-20 09:30+00', 1);
INSERT INTO ces_responses (customer_id, answered_at, effort) VALUES (42, '2026-11-20 09:40+00', 2);
SELECT id, kind, severity, subject, source_key, occurrences, details->>'score' AS score,
       details->>'at' AS answered_at, details->'values'->>'comment' AS comment
FROM cx_alert ORDER BY id;

-- 3. closing the loop
SELECT id, acknowledged_by, ack_note FROM cx_alert_ack(1, 'Calling the customer now');
SELECT id, resolved_by, resolution_note FROM cx_alert_resolve(1, 'Refund issued, apologised');
-- (the alert log records the server's real time; the demo moves alert 1 onto
-- its fixed clock: raised at 09:00, acknowledged 25 minutes later, resolved at 11:40)
UPDATE cx_alert SET created_at = '2026-11-20 09:00+00', last_seen_at = '2026-11-20 09:05+00',
       acknowledged_at = '2026-11-20 09:25+00', resolved_at = '2026-11-20 11:40+00'
WHERE id = 1;
SELECT kind, open_alerts, unacknowledged, high_severity FROM cx_alert_open_by_kind ORDER BY kind;
SELECT kind, alerts, acknowledged, resolved, median_time_to_ack, median_time_to_resolve
FROM cx_alert_response_times ORDER BY kind;
-- did the recovery work?  customer 17 answers again a week later
INSERT INTO nps_responses (customer_id, answered_at, score) VALUES (17, '2026-11-27 10:00+00', 9);
SELECT alert_id, alert_subject, resolved_at, next_answered_at, next_score, recovered
FROM cx_alert_recovery('nps_responses');

-- 4. segment drop: a statement trigger keeps NPS states per segment and day
--    (filled from the existing answers when attached) and tests each
--    segment touched by a load: trailing 7 days against the 28 days before
SELECT cx_alert_attach('nps_responses', 'segment_drop',
	'{"at": "answered_at", "via": "customers", "segment": "segment", "min_answers": 30}') AS segment_config \gset
SELECT segment, day, round(window_nps::numeric, 1) AS window_nps, window_answers,
       round(baseline_nps::numeric, 1) AS baseline_nps, baseline_answers, round(p_value::numeric, 6) AS p_value, alert
FROM cx_alert_segment_check(:segment_config, 'smb', '2026-10-20');
-- a bulk load of 400 answers in one statement (from 17 to 20 November; the
-- SMB customers all detractors): one check per segment
INSERT INTO nps_responses (customer_id, answered_at, score)
SELECT c.customer_id, timestamptz '2026-11-20 08:00+00' - (c.customer_id % 72) * interval '1 hour',
       CASE WHEN c.segment = 'smb' THEN c.customer_id % 7 ELSE 7 + c.customer_id % 4 END
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
	(501, 'customer', 'My invoice is wrong again.', '2026-11-20 10:10+00'),
	(501, 'agent', 'Calm down, that is not my problem.', '2026-11-20 10:15+00'),
	(502, 'agent', 'Lo siento mucho, entiendo tu frustración. Lo resolvemos hoy.', '2026-11-20 10:20+00');
INSERT INTO support_messages (conversation_id, sender, body, sent_at) VALUES
	(501, 'customer', 'Hello?', '2026-11-20 10:40+00');
INSERT INTO support_messages (conversation_id, sender, body, sent_at) VALUES
	(501, 'customer', 'Anyone there??', '2026-11-20 11:00+00');
SELECT id, kind, severity, subject, details - 'table' - 'text_column' AS details
FROM cx_alert WHERE kind IN ('empathy_low', 'journey_friction') ORDER BY id;
