-- Empathy of agent messages and conversations (README: Empathy).

-- One reply: a bounded score (-100..100), the three mechanisms of empathy
-- (emotional reactions, interpretations, explorations) and anti-empathy, 0-100.
SELECT round(empathy_score('Lamento mucho las molestias, me encargo personalmente.')::numeric, 1) AS es_good,
       round(empathy_score('I''m so sorry you had to deal with this. I''ll stay on this until it''s fixed.')::numeric, 1) AS en_good,
       round(empathy_score('As I said before, you should have read the terms.')::numeric, 1) AS en_dismissive,
       round(empathy_score('No entiendo por qué me escribe otra vez.')::numeric, 1) AS es_negated;

SELECT round(d.score::numeric, 1) AS score, round(d.emotional_reaction::numeric, 1) AS emotional_reaction,
       round(d.interpretation::numeric, 1) AS interpretation, round(d.exploration::numeric, 1) AS exploration,
       round(d.anti_empathy::numeric, 1) AS anti_empathy
FROM empathy_detail('Vaya, lamento mucho lo que está pasando. ¿Desde cuándo le ocurre?') d;

-- The same reply read against the customer message it answers.
SELECT round(d.interpretation::numeric, 1) AS interpretation, d.feeling_named, round(d.reflection::numeric, 2) AS reflection, d.answered
FROM empathy_detail('Entiendo lo frustrante que es esperar el reembolso. Llega el lunes.',
                    'Llevo una semana esperando el reembolso y estoy frustrado. ¿Cuándo llega?', NULL) d;

SELECT dimension, phrase, matched, "position", weight, negated
FROM empathy_markers('¡Entiendo lo frustrante que es! 😩 Como ya le dije, no es posible. Lamentó las molestias. ¿Qué ha pasado?');

-- The help desk's conversations of demo/00_data.sql (chat_messages: message_type
-- 0 = customer, 1 = agent, Chatwoot style).

-- Per conversation: the overall score and its four components (0-100).
SELECT conversation_id, (r).score::numeric(5,1) AS score, (r).language::numeric(5,1) AS language,
       (r).understanding::numeric(5,1) AS understanding, (r).responsiveness::numeric(5,1) AS responsiveness,
       (r).listening::numeric(5,1) AS listening
FROM (SELECT conversation_id, empathy_agg(message_type::text, content, created_at) AS r
      FROM chat_messages GROUP BY conversation_id) s
ORDER BY conversation_id;

-- Per agent: conversations scored one by one, then averaged.
SELECT agent, (r).conversations, (r).score::numeric(5,1) AS score, (r).responsiveness::numeric(5,1) AS responsiveness
FROM (SELECT agent, empathy_agg(conversation_id::text, message_type::text, content, created_at) AS r
      FROM chat_messages GROUP BY agent) s
ORDER BY agent;

-- The lexicon is a table you own: plain INSERT / UPDATE / DELETE, effective at once.
INSERT INTO empathy_lexicon (language, phrase, dimension, weight) VALUES ('en', 'read the FAQ', 'anti_empathy', 1.5);
SELECT round(empathy_score('Please read the FAQ.')::numeric, 1) AS after_adding_a_phrase;
DELETE FROM empathy_lexicon WHERE language = 'en' AND phrase = 'read the FAQ';
