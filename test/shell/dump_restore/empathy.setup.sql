-- Every kind of lexicon edit must survive pg_dump / pg_restore: an added
-- phrase, a changed shipped phrase, a deleted shipped phrase, a renamed
-- shipped phrase; plus a table of stored scores.
INSERT INTO empathy_lexicon (language, phrase, dimension, weight)
VALUES ('es', 'paciencia infinita', 'acknowledgement', 2.5),
       ('en', 'we have got your back', 'ownership', 2.0);
UPDATE empathy_lexicon SET weight = 3, dimension = 'acknowledgement'
WHERE language = 'es' AND phrase = 'gracias por su paciencia';
DELETE FROM empathy_lexicon WHERE language = 'en' AND phrase = 'I''m sorry';
UPDATE empathy_lexicon SET phrase = 'lo sentimos de corazón y de verdad' WHERE language = 'es' AND phrase = 'sentimos mucho';
CREATE TABLE scored_messages AS
SELECT id, body, empathy_score(body) AS score
FROM (VALUES (1, 'Gracias por su paciencia infinita'), (2, 'I''m sorry. We have got your back.'),
             (3, 'Sentimos mucho lo ocurrido, lo sentimos de corazón y de verdad')) AS v(id, body);
