-- empathy_score, empathy_markers, empathy_normalize: hand-checked cases, bad
-- input, and thousands of random messages checked against references
-- computed in plain SQL.

-- ---- normalisation ---------------------------------------------------------------
SELECT empathy_normalize(t) AS normalized
FROM (VALUES ('¡Lamentó  MUCHO,' || chr(10) || 'las molestias! 😩'),
             ('I''m SO sorry… don’t worry 👍🏽'),
             ('rápido RAPIDO Rápido'),
             (''), ('?!...')) AS v(t);

-- ---- the 1.2 formula in SQL ------------------------------------------------------------
-- a mechanism's sub-score from its raw weight (at most 4 counts), elaboration
-- from the words, anti-empathy from its weight after context (at most 12)
CREATE FUNCTION pg_temp.mech(raw float8) RETURNS float8 LANGUAGE sql AS
$$ SELECT CASE WHEN raw > 0 THEN 100 * (1 - exp(-least(raw, 4) / 1.5)) ELSE 0 END $$;
CREATE FUNCTION pg_temp.elab(words float8) RETURNS float8 LANGUAGE sql AS
$$ SELECT 100 * (1 - exp(-words / 25)) $$;
CREATE FUNCTION pg_temp.anti(a float8) RETURNS float8 LANGUAGE sql AS
$$ SELECT 100 * (1 - exp(-least(a, 12) / 2)) $$;
-- score = 100 * (P - A) from the sub-scores of empathy_detail
CREATE FUNCTION pg_temp.score_of(d empathy_detail_result) RETURNS float8 LANGUAGE sql AS
$$ SELECT 100 * ((1 - exp(-(0.5 * d.emotional_reaction + 0.5 * d.interpretation + 0.5 * d.exploration
                            + 0.5 * d.ownership + 0.5 * d.courtesy + 1.0 * d.elaboration
                            + 0.3 * CASE WHEN d.answered THEN 100 ELSE 0 END) / 100))
                 - d.anti_empathy / 100) $$;
CREATE FUNCTION pg_temp.close(a float8, b float8) RETURNS bool LANGUAGE sql AS
$$ SELECT abs(a - b) < 1e-9 $$;
-- the raw sums are kept in single precision (float4, as in empathy_agg's
-- state): a sub-score computed in SQL from the markers agrees to about 1e-5
CREATE FUNCTION pg_temp.near(a float8, b float8) RETURNS bool LANGUAGE sql AS
$$ SELECT abs(a - b) < 1e-4 $$;

-- ---- hand-checked scores -----------------------------------------------------------------
-- an apology of weight 1.5 and ownership 2.0 in 7 words:
-- E = mech(1.5), O = mech(2.0), L = elab(7), P = 1 - exp(-(0.5 E + 0.5 O + L) / 100)
SELECT round(d.score::numeric, 4) AS es_apology_ownership,
       round((100 * (1 - exp(-(0.5 * pg_temp.mech(1.5) + 0.5 * pg_temp.mech(2.0) + pg_temp.elab(7)) / 100)))::numeric, 4) AS expected,
       pg_temp.close(d.emotional_reaction, pg_temp.mech(1.5)) AND pg_temp.close(d.ownership, pg_temp.mech(2.0))
       AND pg_temp.close(d.elaboration, pg_temp.elab(7)) AND d.interpretation = 0 AND d.exploration = 0
       AND d.anti_empathy = 0 AND d.courtesy = 0 AS sub_scores_ok,
       pg_temp.close(d.score, empathy_score('Lamento mucho las molestias, me encargo personalmente.')) AS same_as_empathy_score
FROM empathy_detail('Lamento mucho las molestias, me encargo personalmente.') d;
-- case, accents, spaces and emoji do not matter
SELECT empathy_score('lamento mucho las molestias') = empathy_score(E'LAMENTÓ   mucho las MOLESTIAS 😩😩') AS same,
       empathy_score('lamento mucho las molestias') > 0 AS positive;
-- nor does punctuation to the expressions found; '!' adds 0.3 to the emotional reaction
SELECT (SELECT array_agg(row(dimension, phrase, weight)::text ORDER BY "position") FROM empathy_markers('lamento mucho las molestias')) =
       (SELECT array_agg(row(dimension, phrase, weight)::text ORDER BY "position") FROM empathy_markers(E'¡¡LAMENTÓ   mucho\n\nlas MOLESTIAS!! 😩😩')) AS same_markers,
       round((empathy_detail('lamento mucho las molestias')).emotional_reaction::numeric, 4) AS without_exclamation,
       round((empathy_detail(E'¡¡LAMENTÓ   mucho\n\nlas MOLESTIAS!! 😩😩')).emotional_reaction::numeric, 4) AS with_exclamation,
       round(pg_temp.mech(1.5)::numeric, 4) AS expected_without, round(pg_temp.mech(1.5 + 0.3)::numeric, 4) AS expected_with;
-- a non-apology: anti_empathy 2.0 in 7 words, A = 1 - exp(-1)
SELECT round(d.score::numeric, 4) AS non_apology,
       round((100 * ((1 - exp(-pg_temp.elab(7) / 100)) - (1 - exp(-1.0))))::numeric, 4) AS expected,
       pg_temp.close(d.anti_empathy, pg_temp.anti(2.0)) AS anti_ok
FROM empathy_detail('I''m so sorry you feel that way.') d;
-- negation: the negated expression does not count (the score is elaboration alone)
SELECT t, k.phrase, k.negated, k.weight, d.emotional_reaction, d.interpretation,
       pg_temp.close(d.score, 100 * (1 - exp(-d.elaboration / 100))) AS elaboration_only
FROM (VALUES ('No lo entiendo perfectamente.'), ('I''m not sorry.')) v(t),
     empathy_markers(t) k, empathy_detail(t) d;
SELECT d.interpretation > 0 AS clause_break_stops_negation, k.negated
FROM empathy_detail('No, lo entiendo perfectamente.') d, empathy_markers('No, lo entiendo perfectamente.') k;
-- bounded within (-100, 100): a long pile of anti-empathy, a long pile of empathy
SELECT round(d.score::numeric, 4) AS anti_pile, d.score > -100 AS above_minus_100,
       round(d.anti_empathy::numeric, 4) AS anti_capped, round(pg_temp.anti(12)::numeric, 4) AS expected_anti,
       pg_temp.close(d.score, pg_temp.score_of(d)) AS formula_ok
FROM empathy_detail(repeat('Como ya le dije, es culpa suya. ', 50)) d;
SELECT round(d.score::numeric, 4) AS empathy_pile, d.score < 100 AS below_100,
       round(d.emotional_reaction::numeric, 4) AS emotional_capped, round(pg_temp.mech(4)::numeric, 4) AS expected_cap,
       pg_temp.close(d.score, pg_temp.score_of(d)) AS formula_ok
FROM empathy_detail(repeat('Lo siento mucho. Me encargo personalmente. Entiendo su frustración. ¿Podría contarme más? ', 50)) d;
-- language: given or detected; English read as Spanish finds nothing but its 3 words
SELECT pg_temp.close(empathy_score('I''m so sorry', 'es'), 100 * (1 - exp(-pg_temp.elab(3) / 100))) AS english_phrase_scored_as_spanish,
       (empathy_detail('I''m so sorry', 'es')).emotional_reaction AS emotional_as_spanish,
       empathy_score('I''m so sorry', 'en') > empathy_score('I''m so sorry', 'es') AS as_english,
       empathy_score('I''m so sorry', NULL) = empathy_score('I''m so sorry', 'en') AS detected,
       empathy_score('I''m so sorry', 'auto') = empathy_score('I''m so sorry', 'en') AS auto;
-- NULL and empty
SELECT empathy_score(NULL) IS NULL AS null_body, empathy_score('') AS empty, empathy_score(' 😊 ') AS emoji_only,
       (SELECT count(*) FROM empathy_markers(NULL)) AS null_markers,
       (SELECT count(*) FROM empathy_markers('')) AS empty_markers;
-- bad language
SELECT empathy_score('hola', 'fr');
SELECT * FROM empathy_markers('hola', 'ES');

-- ---- markers explain the score ---------------------------------------------------
SELECT * FROM empathy_markers('Entiendo lo frustrante que es 😩. Como ya le dije, no es posible. Lamentó las molestias.');
SELECT * FROM empathy_markers('I''m so sorry you had to deal with this! Could you tell me more about the error? I don''t understand, as I said before.');
-- positions count characters, not bytes
SELECT "position", matched FROM empathy_markers('ñññ 😩😩 lo siento');

-- ---- invisible separators, fullwidth letters, ligatures ---------------------------------
-- zero-width space / (non-)joiner / word joiner / BOM keep words apart;
-- fullwidth ASCII is ASCII; ligatures are spelt out
SELECT empathy_normalize(t) AS normalized
FROM (VALUES (E'lo\u200Dsiento'), (E'lo\u200Bsiento\u200Cmucho\u2060ya\uFEFFok'),
             ('ｌｏ ｓｉｅｎｔｏ'), ('ＬＡＭＥＮＴＯ　ＭＵＣＨＯ，ｌａｓ ｍｏｌｅｓｔｉａｓ！'),
             (E'I\u2019ll \uFB01x it'), (E'\uFB00 \uFB01 \uFB02 \uFB03 \uFB04 \uFB05 \uFB06')) AS v(t);
SELECT empathy_score(E'lo\u200Dsiento') = empathy_score('lo siento') AND empathy_score('lo siento') > 0 AS zwj,
       empathy_score('ｌｏ ｓｉｅｎｔｏ') = empathy_score('lo siento') AS fullwidth,
       empathy_score(E'Lo siento, lo voy a re\uFB02ejar') = empathy_score('Lo siento, lo voy a reflejar') AS ligature;
-- positions and matched text are the original characters (zero-width ones
-- shown as <U+...>: psql versions measure their width differently)
CREATE FUNCTION pg_temp.visible(t text) RETURNS text LANGUAGE sql AS
$$ SELECT replace(replace(t, E'\u200D', '<U+200D>'), E'\u200B', '<U+200B>') $$;
SELECT "position", pg_temp.visible(matched) AS matched, length(matched) AS chars, weight, language
FROM empathy_markers(E'\uFEFFHola. ｌｏ\u200Dｓｉｅｎｔｏ, Ｉ\u2019ｍ ｓｏｒｒｙ. Lamento\u200Bmucho las molestias', 'es');
SELECT "position", pg_temp.visible(matched) AS matched, length(matched) AS chars
FROM empathy_markers(E'Oh\u200Dno. That must be di\uFB03cult. Let me \uFB01x this.', 'en');

-- ---- language detection -----------------------------------------------------------------
-- Spanish "he" / "has" + participle is haber, not English "he" / "has";
-- English "he" / "has" stay English
SELECT t AS body, (empathy_detail(t)).language AS detected,
       empathy_score(t) = empathy_score(t, (empathy_detail(t)).language) AS auto_is_detected,
       empathy_score(t, 'es') <> empathy_score(t, 'en') AS languages_differ,
       (SELECT string_agg(DISTINCT language, ',') FROM empathy_markers(t)) AS marker_language
FROM (VALUES ('He revisado su caso. Sorry!'), ('¿Has probado? Sorry.'), ('Ya le he enviado el enlace, sorry'),
             ('He said sorry.'), ('It has been fixed, sorry'),
             ('Sorry, he revisado su pedido'), ('Lo siento, I have checked the order and it is fine'),
             ('')) AS v(t);

-- ---- a big text -------------------------------------------------------------------------
-- (a 10 MB word and three: the same words as 'x lo siento mucho')
SELECT round(empathy_score(repeat('x', 10 * 1024 * 1024) || ' lo siento mucho')::numeric, 4) AS big_text,
       round(empathy_score('x lo siento mucho')::numeric, 4) AS same_as_short;

-- ---- random messages: the score is the formula over the markers -------------------------
SELECT setseed(0.42);
CREATE TEMP TABLE filler AS
SELECT w FROM unnest(ARRAY['zq', 'pedido', 'order', 'cuenta', 'account', 'ayer', 'today', 'factura',
                           'invoice', 'el', 'the', '123', 'ok', 'vale', 'hola', 'hello', 'gracias',
                           'thanks', 'no', 'not', 'never', 'sin']) AS w;
CREATE TEMP TABLE seps AS SELECT s FROM unnest(ARRAY[' ', '  ', ', ', '. ', E'\n', ' 😊 ', '!! ', ' - ', '? ']) AS s;
CREATE TEMP TABLE lex AS SELECT row_number() OVER (ORDER BY language, phrase) AS i, * FROM empathy_lexicon;
CREATE TEMP TABLE pieces AS
SELECT m, k, random() < 0.35 AS is_phrase, random() < 0.3 AS upper_case,
       1 + floor(random() * (SELECT count(*) FROM lex))::int AS li,
       1 + floor(random() * 22)::int AS fi, 1 + floor(random() * 9)::int AS si
FROM generate_series(1, 3000) AS m, generate_series(1, 2 + (m % 9)) AS k;
CREATE TEMP TABLE msgs AS
SELECT p.m, string_agg(CASE WHEN NOT p.is_phrase THEN (SELECT w FROM filler ORDER BY w OFFSET p.fi - 1 LIMIT 1)
                            WHEN p.upper_case THEN upper(l.phrase) ELSE l.phrase END
                       || (SELECT s FROM seps ORDER BY s OFFSET p.si - 1 LIMIT 1), '' ORDER BY p.k) AS body
FROM pieces p JOIN lex l ON l.i = p.li
GROUP BY p.m;
SELECT count(*) AS messages, count(*) FILTER (WHERE body ~ '[A-Z]') AS with_uppercase,
       count(*) FILTER (WHERE body LIKE '%😊%') AS with_emoji FROM msgs;
-- reference: each sub-score from the markers, the score from the sub-scores.
--   emotional_reaction: mech(emotional_reaction + apology weights, + 0.3 with a '!' or '¡'
--                       when there is one of them)
--   interpretation: mech(interpretation + acknowledgement weights, shared experiences included)
--   exploration: mech(the question rows' weights + exploration expressions outside them:
--                one inside a question counts with it)
--   ownership: mech(ownership weights); anti_empathy: anti(-(anti_empathy weights))
--   elaboration: elab(words of empathy_normalize)
-- Courtesy (conditional mood, softening modals) has no marker: the score check
-- takes it from empathy_detail, and the English one is checked below.
CREATE TEMP TABLE mk AS
SELECT msgs.m, k.* FROM msgs, LATERAL empathy_markers(body) AS k;
CREATE TEMP TABLE ref AS
SELECT msgs.m, msgs.body, empathy_detail(msgs.body) AS d,
       pg_temp.mech(coalesce((SELECT sum(weight) FROM mk WHERE mk.m = msgs.m AND dimension IN ('emotional_reaction', 'apology')), 0)
                    + CASE WHEN body ~ '[!¡]' AND EXISTS (SELECT 1 FROM mk WHERE mk.m = msgs.m AND dimension IN ('emotional_reaction', 'apology')
                                                          AND weight > 0) THEN 0.3 ELSE 0 END) AS e,
       pg_temp.mech(coalesce((SELECT sum(weight) FROM mk WHERE mk.m = msgs.m AND dimension IN ('interpretation', 'acknowledgement')), 0)) AS i,
       pg_temp.mech(coalesce((SELECT sum(weight) FROM mk q WHERE q.m = msgs.m AND q.dimension = 'exploration' AND q.phrase LIKE '(%'), 0)
                    + coalesce((SELECT sum(weight) FROM mk x WHERE x.m = msgs.m AND x.dimension = 'exploration' AND x.phrase NOT LIKE '(%'
                                AND NOT EXISTS (SELECT 1 FROM mk q WHERE q.m = msgs.m AND q.phrase LIKE '(%' AND q.dimension = 'exploration'
                                                AND x."position" >= q."position" AND x."position" < q."position" + length(q.matched))), 0)) AS x,
       pg_temp.mech(coalesce((SELECT sum(weight) FROM mk WHERE mk.m = msgs.m AND dimension = 'ownership'), 0)) AS o,
       pg_temp.anti(-coalesce((SELECT sum(weight) FROM mk WHERE mk.m = msgs.m AND dimension = 'anti_empathy'), 0)) AS a,
       pg_temp.elab(coalesce(array_length(regexp_split_to_array(nullif(empathy_normalize(body), ''), '[ |]+'), 1), 0)) AS l
FROM msgs;
SELECT count(*) AS checked,
       count(*) FILTER (WHERE NOT pg_temp.near((d).emotional_reaction, e)) AS emotional_differs,
       count(*) FILTER (WHERE NOT pg_temp.near((d).interpretation, i)) AS interpretation_differs,
       count(*) FILTER (WHERE NOT pg_temp.near((d).exploration, x)) AS exploration_differs,
       count(*) FILTER (WHERE NOT pg_temp.near((d).ownership, o)) AS ownership_differs,
       count(*) FILTER (WHERE NOT pg_temp.near((d).anti_empathy, a)) AS anti_differs,
       count(*) FILTER (WHERE NOT pg_temp.close((d).elaboration, l)) AS elaboration_differs,
       count(*) FILTER (WHERE NOT pg_temp.close(empathy_score(body), pg_temp.score_of(d))) AS score_differs,
       count(*) FILTER (WHERE NOT pg_temp.near(empathy_score(body),
                                                100 * ((1 - exp(-(0.5 * e + 0.5 * i + 0.5 * x + 0.5 * o + 0.5 * (d).courtesy + l) / 100)) - a / 100))) AS score_differs_from_markers,
       count(*) FILTER (WHERE empathy_score(body) < 0) AS negative,
       count(*) FILTER (WHERE e > 0) AS with_emotion, count(*) FILTER (WHERE i > 0) AS with_interpretation,
       count(*) FILTER (WHERE x > 0) AS with_exploration, count(*) FILTER (WHERE a > 0) AS with_anti,
       count(*) FILTER (WHERE (d).courtesy > 0) AS with_courtesy
FROM ref;
-- English courtesy: 0.5 per softening modal (would, could, might, wouldn't, couldn't)
SELECT count(*) AS english,
       count(*) FILTER (WHERE NOT pg_temp.near((d).courtesy,
           pg_temp.mech(0.5 * (SELECT count(*) FROM regexp_split_to_table(empathy_normalize(body), '[ |]+') w
                               WHERE w IN ('would', 'could', 'might', 'wouldnt', 'couldnt'))))) AS courtesy_differs
FROM ref WHERE (d).language = 'en';
-- the sentence analysis' rows: questions and shared experiences
SELECT phrase, dimension, count(*) AS rows, min(weight) AS min_weight, max(weight) AS max_weight
FROM mk WHERE phrase LIKE '(%' GROUP BY phrase, dimension ORDER BY phrase;
-- every lexicon marker's text is the lexicon phrase as written (same normal form,
-- English contractions spelt out: "I'm sorry" matches the phrase "I am sorry"),
-- in the body at its position
CREATE FUNCTION pg_temp.spelt(t text) RETURNS text LANGUAGE sql AS $$
	SELECT string_agg(coalesce(c.full_form, w), ' ' ORDER BY n)
	FROM regexp_split_to_table(translate(empathy_normalize(t), '|', ' '), ' ') WITH ORDINALITY AS x(w, n)
	LEFT JOIN (VALUES ('im', 'i am'), ('ive', 'i have'), ('ill', 'i will'), ('youre', 'you are'),
	                  ('youve', 'you have'), ('youll', 'you will'), ('youd', 'you would'), ('dont', 'do not'),
	                  ('doesnt', 'does not'), ('didnt', 'did not'), ('cant', 'cannot'), ('wont', 'will not'),
	                  ('isnt', 'is not'), ('arent', 'are not'), ('wasnt', 'was not'), ('werent', 'were not'),
	                  ('havent', 'have not'), ('hasnt', 'has not'), ('hadnt', 'had not'),
	                  ('shouldnt', 'should not'), ('wouldnt', 'would not'), ('couldnt', 'could not'),
	                  ('thats', 'that is'), ('theres', 'there is'), ('whats', 'what is'), ('hes', 'he is'),
	                  ('shes', 'she is'), ('theyre', 'they are'), ('weve', 'we have'), ('its', 'it is')) AS c(short, full_form)
	  ON c.short = x.w $$;
SELECT count(*) AS markers,
       count(*) FILTER (WHERE translate(empathy_normalize(k.matched), '|', ' ') <> translate(empathy_normalize(k.phrase), '|', ' ')
                          AND (k.language = 'es' OR pg_temp.spelt(k.matched) <> pg_temp.spelt(k.phrase))) AS text_differs,
       count(*) FILTER (WHERE translate(empathy_normalize(k.matched), '|', ' ') <> translate(empathy_normalize(k.phrase), '|', ' ')) AS by_contraction,
       count(*) FILTER (WHERE substr(body, k."position"::int, length(k.matched)) <> k.matched) AS wrong_position,
       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM empathy_lexicon l WHERE l.phrase = k.phrase
                                          AND l.language = k.language AND l.dimension = k.dimension)) AS unknown_phrase,
       count(*) FILTER (WHERE k.negated) AS negated
FROM msgs, LATERAL empathy_markers(body) AS k
WHERE k.phrase NOT LIKE '(%';

-- ---- planted phrases are found through noise --------------------------------------------
-- one lexicon phrase with random case, accents and punctuation, between neutral words
CREATE TEMP TABLE planted AS
SELECT i, language, phrase,
       'zq zq ' || regexp_replace(
           CASE i % 3 WHEN 0 THEN upper(phrase)
                      WHEN 1 THEN translate(phrase, 'áéíóúñ', 'aeioun')
                      ELSE translate(phrase, 'aeiou', 'áéíóú') END,
           ' ', CASE i % 4 WHEN 0 THEN ' ' WHEN 1 THEN ',  ' WHEN 2 THEN E' \n ' ELSE ' 🙂 ' END, 'g')
       || '. zq' AS body
FROM lex;
SELECT count(*) AS planted,
       count(*) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM empathy_markers(p.body, p.language) k
           WHERE translate(empathy_normalize(k.matched), '|', ' ') = translate(empathy_normalize(p.phrase), '|', ' ')
             AND NOT k.negated)) AS not_found
FROM planted p;
-- after a negator (up to three words back, same clause) no phrase counts
SELECT count(*) AS planted_after_negator,
       count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM empathy_markers(b.body, b.language) k
           WHERE translate(empathy_normalize(k.matched), '|', ' ') = translate(empathy_normalize(b.phrase), '|', ' ')
             AND NOT k.negated)) AS still_counted
FROM (SELECT language, phrase,
             'zq. ' || CASE WHEN language = 'es' THEN (ARRAY['no', 'nunca', 'no lo', 'ni siquiera'])[1 + i % 4]
                            ELSE (ARRAY['not', 'never', 'don''t', 'didn''t really'])[1 + i % 4] END
             || ' ' || phrase || '. zq' AS body
      FROM lex) b;
