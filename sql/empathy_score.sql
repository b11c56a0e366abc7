-- empathy_score, empathy_markers, empathy_normalize: hand-checked cases, bad
-- input, and thousands of random messages checked against references
-- computed in plain SQL.

-- ---- normalisation ---------------------------------------------------------------
SELECT empathy_normalize(t) AS normalized
FROM (VALUES ('¡Lamentó  MUCHO,' || chr(10) || 'las molestias! 😩'),
             ('I''m SO sorry… don’t worry 👍🏽'),
             ('rápido RAPIDO Rápido'),
             (''), ('?!...')) AS v(t);

-- ---- hand-checked scores: 100 * (P - A) ----------------------------------------------
-- one apology of weight 1.5 + ownership 2.0: P = 1 - exp(-3.5/2) = 0.826226
SELECT round(empathy_score('Lamento mucho las molestias, me encargo personalmente.')::numeric, 4) AS es_apology_ownership,
       round((100 * (1 - exp(-3.5 / 2)))::numeric, 4) AS expected;
-- accents, case, punctuation, emoji and line breaks do not matter
SELECT empathy_score('lamento mucho las molestias') = empathy_score(E'¡¡LAMENTÓ   mucho\n\nlas MOLESTIAS!! 😩😩') AS same;
-- a non-apology: anti_empathy 2.0, A = 1 - exp(-1)
SELECT round(empathy_score('I''m sorry you feel that way.')::numeric, 4) AS non_apology,
       round((-100 * (1 - exp(-1.0)))::numeric, 4) AS expected;
-- negation: "no entiendo por qué" is not understanding
SELECT empathy_score('No entiendo por qué me escribe.') AS negated_es,
       empathy_score('I don''t understand your point.') AS negated_en,
       empathy_score('No, lo entiendo perfectamente.') > 0 AS clause_break_stops_negation;
-- bounded
SELECT empathy_score(repeat('Lo siento mucho. Me encargo personalmente. Entiendo su frustración. ¿Podría contarme más? ', 50)) < 100 AS below_100,
       round(empathy_score(repeat('Como ya le dije, es culpa suya. ', 50))::numeric, 4) AS anti_capped,
       round((-100 * (1 - exp(-6.0)))::numeric, 4) AS expected;
-- language: given or detected
SELECT empathy_score('I''m so sorry', 'es') AS english_phrase_scored_as_spanish,
       empathy_score('I''m so sorry', 'en') > 0 AS as_english,
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
SELECT t AS body, round(empathy_score(t)::numeric, 2) AS auto,
       round(empathy_score(t, 'es')::numeric, 2) AS es, round(empathy_score(t, 'en')::numeric, 2) AS en,
       (SELECT string_agg(DISTINCT language, ',') FROM empathy_markers(t)) AS marker_language
FROM (VALUES ('He revisado su caso. Sorry!'), ('¿Has probado? Sorry.'), ('Ya le he enviado el enlace, sorry'),
             ('He said sorry.'), ('It has been fixed, sorry'),
             ('Sorry, he revisado su pedido'), ('Lo siento, I have checked the order and it is fine'),
             ('')) AS v(t);

-- ---- a big text -------------------------------------------------------------------------
SELECT round(empathy_score(repeat('x', 10 * 1024 * 1024) || ' lo siento mucho')::numeric, 4) AS big_text,
       round(empathy_score('lo siento mucho')::numeric, 4) AS same_as_short;

-- ---- random messages: the score is the formula over the markers -------------------------
SELECT setseed(0.42);
CREATE TEMP TABLE filler AS
SELECT w FROM unnest(ARRAY['zq', 'pedido', 'order', 'cuenta', 'account', 'ayer', 'today', 'factura',
                           'invoice', 'el', 'the', '123', 'ok', 'vale', 'hola', 'hello', 'gracias',
                           'thanks', 'no', 'not', 'never', 'sin']) AS w;
CREATE TEMP TABLE seps AS SELECT s FROM unnest(ARRAY[' ', '  ', ', ', '. ', E'\n', ' 😊 ', '!! ', ' - ']) AS s;
CREATE TEMP TABLE lex AS SELECT row_number() OVER (ORDER BY language, phrase) AS i, * FROM empathy_lexicon;
CREATE TEMP TABLE pieces AS
SELECT m, k, random() < 0.35 AS is_phrase, random() < 0.3 AS upper_case,
       1 + floor(random() * (SELECT count(*) FROM lex))::int AS li,
       1 + floor(random() * 22)::int AS fi, 1 + floor(random() * 8)::int AS si
FROM generate_series(1, 3000) AS m, generate_series(1, 2 + (m % 9)) AS k;
CREATE TEMP TABLE msgs AS
SELECT p.m, string_agg(CASE WHEN NOT p.is_phrase THEN (SELECT w FROM filler ORDER BY w OFFSET p.fi - 1 LIMIT 1)
                            WHEN p.upper_case THEN upper(l.phrase) ELSE l.phrase END
                       || (SELECT s FROM seps ORDER BY s OFFSET p.si - 1 LIMIT 1), '' ORDER BY p.k) AS body
FROM pieces p JOIN lex l ON l.i = p.li
GROUP BY p.m;
SELECT count(*) AS messages, count(*) FILTER (WHERE body ~ '[A-Z]') AS with_uppercase,
       count(*) FILTER (WHERE body LIKE '%😊%') AS with_emoji FROM msgs;
-- reference: 100 * ((1 - exp(-sum(least(dimension sum, 3)) / 2)) - (1 - exp(-least(anti, 12) / 2)))
WITH mk AS (
	SELECT m, k.dimension, sum(abs(k.weight)) AS s
	FROM msgs, LATERAL empathy_markers(body) AS k
	GROUP BY m, k.dimension
), ref AS (
	SELECT msgs.m,
	       100 * ((1 - exp(-coalesce(sum(least(mk.s, 3)) FILTER (WHERE mk.dimension IN ('acknowledgement', 'apology', 'ownership', 'exploration')), 0) / 2))
	            - (1 - exp(-least(coalesce(sum(mk.s) FILTER (WHERE mk.dimension = 'anti_empathy'), 0), 12) / 2))) AS score
	FROM msgs LEFT JOIN mk ON mk.m = msgs.m
	GROUP BY msgs.m
)
SELECT count(*) AS checked,
       count(*) FILTER (WHERE abs(empathy_score(msgs.body) - ref.score) > 1e-9) AS mismatches,
       count(*) FILTER (WHERE empathy_score(msgs.body) <> 0) AS nonzero,
       count(*) FILTER (WHERE empathy_score(msgs.body) < 0) AS negative
FROM msgs JOIN ref USING (m);
-- every marker's text is the lexicon phrase as written (same normal form), in the body at its position
SELECT count(*) AS markers,
       count(*) FILTER (WHERE translate(empathy_normalize(k.matched), '|', ' ') <> translate(empathy_normalize(k.phrase), '|', ' ')) AS text_differs,
       count(*) FILTER (WHERE substr(body, k."position"::int, length(k.matched)) <> k.matched) AS wrong_position,
       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM empathy_lexicon l WHERE l.phrase = k.phrase
                                          AND l.language = k.language AND l.dimension = k.dimension)) AS unknown_phrase,
       count(*) FILTER (WHERE k.negated) AS negated
FROM msgs, LATERAL empathy_markers(body) AS k;

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
