-- Every kind of edit of the voice lexicon and the topic taxonomy must
-- survive pg_dump / pg_restore (added, changed, deleted shipped phrases; a
-- topic of the user's own), and a stored voice_state must read the same.
INSERT INTO voice_lexicon (language, phrase, signal, weight)
VALUES ('es', 'me tienen frito', 'frustration', 2.5), ('en', 'labyrinthine', 'negative', 1.5);
UPDATE voice_lexicon SET weight = 3 WHERE language = 'es' AND phrase = 'estoy harto';
DELETE FROM voice_lexicon WHERE language = 'en' AND phrase = 'cancel my account';
INSERT INTO voice_taxonomy (language, phrase, topic) VALUES ('es', 'tarjeta oro', 'gold_card'), ('en', 'gold card', 'gold_card');
DELETE FROM voice_taxonomy WHERE language = 'en' AND phrase = 'refund';
CREATE TABLE voice_daily AS
SELECT d, voice_agg(body) AS state
FROM (VALUES (1, 'Me tienen frito con la tarjeta oro, estoy harto'), (1, 'I want to cancel my account, the portal is labyrinthine'),
             (2, 'Where is my refund? The gold card never arrived'), (2, NULL)) AS v(d, body)
GROUP BY d;
