-- Empathy of agent messages and conversations (README: Empathy).

-- One message: a bounded score (-100..100) and the expressions behind it.
SELECT round(empathy_score('Lamento mucho las molestias, me encargo personalmente.')::numeric, 1) AS es_good,
       round(empathy_score('I''m so sorry you had to deal with this. I''ll stay on this until it''s fixed.')::numeric, 1) AS en_good,
       round(empathy_score('As I said before, you should have read the terms.')::numeric, 1) AS en_dismissive,
       round(empathy_score('No entiendo por qué me escribe otra vez.')::numeric, 1) AS es_negated;

SELECT dimension, matched, "position", weight, negated
FROM empathy_markers('¡Entiendo lo frustrante que es! 😩 Como ya le dije, no es posible. Lamentó las molestias.');

-- A help desk's messages (Chatwoot style: message_type 0 = customer, 1 = agent).
CREATE TEMP TABLE demo_messages (conversation_id int, agent text, message_type int, content text, created_at timestamptz);
INSERT INTO demo_messages VALUES
 (1, 'Lucía', 0, 'Llevo tres días esperando el reembolso y nadie me responde. Estoy harto.', '2026-10-05 09:00+00'),
 (1, 'Lucía', 1, 'Lamento mucho la espera, tiene toda la razón. ¿Me indica el número de pedido?', '2026-10-05 09:01+00'),
 (1, 'Lucía', 0, 'Es el 55120.', '2026-10-05 09:03+00'),
 (1, 'Lucía', 1, 'Gracias. Me encargo personalmente y le escribo mañana con novedades.', '2026-10-05 09:05+00'),
 (2, 'Tom', 0, 'I was charged twice this month. This is unacceptable.', '2026-10-05 10:00+00'),
 (2, 'Tom', 1, 'As I said before, refunds take 10 days. Please read the FAQ.', '2026-10-05 10:45+00'),
 (2, 'Tom', 0, 'That does not help at all.', '2026-10-05 10:50+00'),
 (2, 'Tom', 1, 'It is what it is, there is nothing we can do.', '2026-10-05 11:30+00'),
 (3, 'Tom', 0, 'My login stopped working after the update.', '2026-10-06 08:00+00'),
 (3, 'Tom', 1, 'I''m sorry about that! Could you tell me more about the error you see?', '2026-10-06 08:02+00'),
 (3, 'Tom', 0, 'It says invalid token.', '2026-10-06 08:03+00'),
 (3, 'Tom', 1, 'Thanks, I''ve fixed your account; I''ll keep an eye on it today.', '2026-10-06 08:06+00');

-- Per conversation: the overall score and its four components (0-100).
SELECT conversation_id, (r).score::numeric(5,1) AS score, (r).language::numeric(5,1) AS language,
       (r).understanding::numeric(5,1) AS understanding, (r).responsiveness::numeric(5,1) AS responsiveness,
       (r).listening::numeric(5,1) AS listening
FROM (SELECT conversation_id, empathy_agg(message_type::text, content, created_at) AS r
      FROM demo_messages GROUP BY conversation_id) s
ORDER BY conversation_id;

-- Per agent: conversations scored one by one, then averaged.
SELECT agent, (r).conversations, (r).score::numeric(5,1) AS score, (r).responsiveness::numeric(5,1) AS responsiveness
FROM (SELECT agent, empathy_agg(conversation_id::text, message_type::text, content, created_at) AS r
      FROM demo_messages GROUP BY agent) s
ORDER BY agent;

-- The lexicon is a table you own: plain INSERT / UPDATE / DELETE, effective at once.
INSERT INTO empathy_lexicon (language, phrase, dimension, weight) VALUES ('en', 'read the FAQ', 'anti_empathy', 1.5);
SELECT round(empathy_score('Please read the FAQ.')::numeric, 1) AS after_adding_a_phrase;
DELETE FROM empathy_lexicon WHERE language = 'en' AND phrase = 'read the FAQ';
