-- The user's lexicon edits and the scores they give, identical before and after restore.
SELECT language, phrase, dimension, weight, source FROM empathy_lexicon WHERE source <> 'shipped' ORDER BY 1, 2;
SELECT language, phrase, dimension, weight, deleted FROM empathy_lexicon_user ORDER BY 1, 2;
SELECT count(*) AS lexicon_rows FROM empathy_lexicon;
SELECT count(*) AS deleted_phrase_visible FROM empathy_lexicon WHERE language = 'en' AND phrase = 'I''m sorry';
SELECT id, round(score::numeric, 6) AS stored, round(empathy_score(body)::numeric, 6) AS now FROM scored_messages ORDER BY id;
SELECT m.id, k.dimension, k.phrase, k.weight FROM scored_messages m, empathy_markers(m.body) k ORDER BY m.id, k."position";
