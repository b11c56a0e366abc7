-- The customer's voice: what customers' own words say (README: The customer's voice).

-- One message: sentiment (-100..100), emotions, effort, churn intent, escalation.
SELECT left(body, 48) AS body, round(voice_sentiment(body)::numeric, 1) AS sentiment
FROM (VALUES ('No estoy contento: llevo 3 días esperando el reembolso'),
             ('The agent was nice but my refund never came'),
             ('Genial, otra vez sin servicio 🙄'),
             ('Muchas gracias, todo perfecto :)')) AS t(body);

SELECT round(sentiment::numeric) AS sentiment, round(frustration::numeric) AS frustration,
       round(repeat_contact::numeric) AS repeat_contact, round(churn_intent::numeric) AS churn,
       round(escalation::numeric) AS escalation, language
FROM voice_signals('Es la tercera vez que llamo. Estoy harto: me doy de baja y pondré una hoja de reclamaciones.');

-- Every expression behind the numbers, and what the message is about.
SELECT signal, phrase, matched, round(value::numeric, 2) AS value, negated, ironic
FROM voice_markers('I am not happy: third time I call about being charged twice. Great, another delay!!!');
SELECT topic, weight, matched
FROM voice_topics('I am not happy: third time I call about being charged twice. Great, another delay!!!');

-- Over the help desk's customer messages, per agent (a combinable state).
SELECT agent, (s).messages, round((s).negative_share::numeric, 2) AS negative_share,
       round((s).mean_sentiment::numeric, 1) AS mean_sentiment, (s).top_topics
FROM (SELECT agent, voice_summary(voice_agg(content)) AS s
      FROM chat_messages WHERE message_type = 0 GROUP BY agent) g
ORDER BY agent;

-- Alerts when a customer says it: churn intent on the help desk's customer
-- messages (demo/51_voice_listener.sh shows a listener receiving one).
SELECT cx_alert_attach('chat_messages', 'churn_intent',
	'{"text": "content", "role": "message_type", "customer": 0, "subject": "conversation_id", "key": "created_at"}');
SELECT cx_alert_attach('chat_messages', 'customer_distress',
	'{"text": "content", "role": "message_type", "customer": 0, "subject": "conversation_id", "key": "created_at"}');
INSERT INTO chat_messages VALUES
	(5, 'Tom', 0, 'Third time I write about this. I am fed up.', '2026-11-20 13:00+00'),
	(5, 'Tom', 1, 'I will cancel the order for you.', '2026-11-20 13:02+00');   -- an agent: never read
SELECT kind, severity, subject, details -> 'markers' AS markers
FROM cx_alert WHERE kind IN ('churn_intent', 'customer_distress') ORDER BY id;
