-- The empathy lexicon: plain INSERT / UPDATE / DELETE through the view,
-- constraint errors, and the effect on scores within the session.

SELECT language, count(*) AS phrases, count(DISTINCT dimension) AS dimensions,
       min(weight) AS min_weight, max(weight) AS max_weight
FROM empathy_lexicon GROUP BY language ORDER BY language;
SELECT count(*) AS shipped_rows_with_problems
FROM empathy_lexicon_shipped WHERE empathy_phrase_problem(phrase) IS NOT NULL;

\set SHOW_CONTEXT never
-- add a phrase (weight defaults to 1.0): it counts from the next statement
-- (an acknowledgement: the interpretation goes from 0 to mech(1.0))
SELECT (empathy_detail('Su paciencia infinita nos ayuda', 'es')).interpretation AS before;
INSERT INTO empathy_lexicon (language, phrase, dimension) VALUES ('es', 'paciencia infinita', 'acknowledgement')
RETURNING *;
SELECT * FROM empathy_markers('Su paciencia infinita nos ayuda', 'es');
SELECT round((empathy_detail('Su paciencia infinita nos ayuda', 'es')).interpretation::numeric, 4) AS after,
       round((100 * (1 - exp(-1.0 / 1.5)))::numeric, 4) AS expected,
       empathy_score('Su paciencia infinita nos ayuda', 'es') >
       100 * (1 - exp(-(100 * (1 - exp(-5 / 25.0))) / 100)) AS above_elaboration_alone;

-- change a shipped phrase: it becomes an edited row
UPDATE empathy_lexicon SET weight = 3, dimension = 'acknowledgement'
WHERE language = 'es' AND phrase = 'gracias por su paciencia'
RETURNING *;
SELECT * FROM empathy_markers('Gracias por su paciencia', 'es');

-- delete a shipped phrase: a tombstone hides it
DELETE FROM empathy_lexicon WHERE language = 'en' AND phrase = 'I''m sorry' RETURNING *;
SELECT count(*) AS still_visible FROM empathy_lexicon WHERE language = 'en' AND phrase = 'I''m sorry';
-- the deleted phrase no longer matches; its spelt-out twin "I am sorry" does
-- (English contractions match either way)
SELECT * FROM empathy_markers('I''m sorry.', 'en');
SELECT language, phrase, dimension, weight, deleted FROM empathy_lexicon_user ORDER BY language, phrase;

-- rename a phrase (key change) and put a deleted shipped phrase back
UPDATE empathy_lexicon SET phrase = 'paciencia sin fin' WHERE phrase = 'paciencia infinita';
INSERT INTO empathy_lexicon VALUES ('en', 'I''m sorry', 'apology', 1.0);
SELECT language, phrase, dimension, weight, source FROM empathy_lexicon
WHERE phrase IN ('paciencia infinita', 'paciencia sin fin', 'I''m sorry', 'gracias por su paciencia')
ORDER BY language, phrase;
SELECT language, phrase, dimension, weight, deleted FROM empathy_lexicon_user ORDER BY language, phrase;

-- bad rows are rejected with messages that say why
INSERT INTO empathy_lexicon VALUES ('fr', 'je comprends', 'acknowledgement', 1);
INSERT INTO empathy_lexicon VALUES ('es', 'lo entiendo todo', 'empathy', 1);
INSERT INTO empathy_lexicon VALUES ('es', '   ', 'apology', 1);
INSERT INTO empathy_lexicon VALUES ('es', '😊😊', 'apology', 1);
INSERT INTO empathy_lexicon VALUES ('en', 'понимаю', 'apology', 1);
INSERT INTO empathy_lexicon VALUES ('es', 'lo siento de verdad', 'apology', 0);
INSERT INTO empathy_lexicon VALUES ('es', 'lo siento de verdad', 'apology', 3.5);
INSERT INTO empathy_lexicon VALUES ('es', 'lo siento de verdad', 'anti_empathy', -1);
INSERT INTO empathy_lexicon VALUES ('es', 'lo siento de verdad', 'apology', NULL);
INSERT INTO empathy_lexicon VALUES ('es', 'lo siento', 'apology', 1);
UPDATE empathy_lexicon SET weight = 4 WHERE language = 'es' AND phrase = 'lo siento';
-- the tables' own constraints are the backstop
INSERT INTO empathy_lexicon_user VALUES ('es', 'x', 'apology', 7);
INSERT INTO empathy_lexicon_user VALUES ('de', 'x', 'apology', 1);

-- a rolled-back edit is forgotten by the session too
BEGIN;
DELETE FROM empathy_lexicon WHERE language = 'es' AND phrase = 'lo siento';
SELECT (empathy_detail('lo siento', 'es')).emotional_reaction AS inside_transaction,
       (SELECT count(*) FROM empathy_markers('lo siento', 'es')) AS markers_inside;
ROLLBACK;
-- back: E = 100 * (1 - exp(-w / 1.5)) for its weight w, in 2 words
SELECT round(empathy_score('lo siento', 'es')::numeric, 4) AS after_rollback,
       round((100 * (1 - exp(-(0.5 * 100 * (1 - exp(-l.weight / 1.5)) + 100 * (1 - exp(-2 / 25.0))) / 100)))::numeric, 4) AS expected
FROM empathy_lexicon l WHERE l.language = 'es' AND l.phrase = 'lo siento';

-- TRUNCATE of the user table restores the shipped lexicon
TRUNCATE empathy_lexicon_user;
SELECT count(*) FILTER (WHERE source <> 'shipped') AS edited_rows FROM empathy_lexicon;
SELECT round(empathy_score('Gracias por su paciencia', 'es')::numeric, 4) AS shipped_again,
       round((100 * (1 - exp(-(0.5 * 100 * (1 - exp(-l.weight / 1.5)) + 100 * (1 - exp(-4 / 25.0))) / 100)))::numeric, 4) AS expected,
       l.dimension, l.weight,
       (empathy_detail('Su paciencia infinita nos ayuda', 'es')).interpretation AS added_phrase_gone
FROM empathy_lexicon l WHERE l.language = 'es' AND l.phrase = 'gracias por su paciencia';

-- cx_citus_setup() needs Citus in the database
\set SHOW_CONTEXT never
SELECT * FROM cx_citus_setup();
