-- empathy_detail, empathy_score and empathy_markers of a reply against the
-- customer message it answers; the rows of the sentence analysis (questions,
-- shared experience, the customer's words); and regression cases of false
-- hits of version 1.1, in both languages, each asserting its fix.

\set SHOW_CONTEXT never

-- the 1.2 formula in SQL (see empathy_score.sql)
CREATE FUNCTION pg_temp.mech(raw float8) RETURNS float8 LANGUAGE sql AS
$$ SELECT CASE WHEN raw > 0 THEN 100 * (1 - exp(-least(raw, 4) / 1.5)) ELSE 0 END $$;
CREATE FUNCTION pg_temp.score_of(d empathy_detail_result) RETURNS float8 LANGUAGE sql AS
$$ SELECT 100 * ((1 - exp(-(0.5 * d.emotional_reaction + 0.5 * d.interpretation + 0.5 * d.exploration
                            + 0.5 * d.ownership + 0.5 * d.courtesy + 1.0 * d.elaboration
                            + 0.3 * CASE WHEN d.answered THEN 100 ELSE 0 END) / 100))
                 - d.anti_empathy / 100) $$;
CREATE FUNCTION pg_temp.close(a float8, b float8) RETURNS bool LANGUAGE sql AS
$$ SELECT abs(a - b) < 1e-9 $$;
-- the markers of a text, one line each (ties in position ordered by phrase)
CREATE FUNCTION pg_temp.marks(reply text, cust text DEFAULT NULL)
RETURNS TABLE (dimension text, phrase text, matched text, "position" int8, weight numeric, negated bool)
LANGUAGE sql AS
$$ SELECT k.dimension, k.phrase, k.matched, k."position", round(k.weight::numeric, 4), k.negated
   FROM empathy_markers(reply, cust, NULL) k ORDER BY k."position", k.phrase $$;

-- ---- the forms of empathy_detail ----------------------------------------------------------
-- NULL reply gives NULL (both forms); the 2-arg form has no context columns
SELECT empathy_detail(NULL) IS NULL AS null_2, empathy_detail(NULL, 'es') IS NULL AS null_2_lang,
       empathy_detail(NULL, 'My order is late', NULL) IS NULL AS null_3,
       empathy_score(NULL, 'My order is late', NULL) IS NULL AS null_score_3;
SELECT (d).feeling_named, (d).reflection, (d).answered, (d).language,
       pg_temp.close((d).score, empathy_score('Lo siento mucho, le ayudo ahora mismo.')) AS score_is_empathy_score,
       pg_temp.close((d).score, pg_temp.score_of(d)) AS formula_ok
FROM (SELECT empathy_detail('Lo siento mucho, le ayudo ahora mismo.') AS d) s;
-- NULL customer message: as the 2-arg form
SELECT empathy_detail('Lo siento mucho, le ayudo ahora mismo.', NULL, NULL) IS NOT DISTINCT FROM empathy_detail('Lo siento mucho, le ayudo ahora mismo.') AS detail_same,
       empathy_detail('Lo siento mucho.', NULL, 'es') IS NOT DISTINCT FROM empathy_detail('Lo siento mucho.', 'es') AS detail_same_lang,
       empathy_score('Lo siento mucho.', NULL, NULL) = empathy_score('Lo siento mucho.') AS score_same,
       (SELECT array_agg(k::text) FROM empathy_markers('Lo siento mucho. ¿Qué pasó?', NULL, NULL) k) =
       (SELECT array_agg(k::text) FROM empathy_markers('Lo siento mucho. ¿Qué pasó?') k) AS markers_same;
-- lang NULL detects each text: an English reply to a Spanish message
SELECT (d).language, (d).feeling_named, (d).reflection, (d).answered
FROM (SELECT empathy_detail('I am so sorry, I will check it now.', 'Estoy preocupado, ¿dónde está mi pedido?', NULL) AS d) s;
-- a given language reads both texts in it
SELECT (d).language FROM (SELECT empathy_detail('I am so sorry.', 'Estoy preocupado.', 'es') AS d) s;
-- bad language: the usual error
SELECT empathy_detail('hola', 'fr');
SELECT empathy_detail('hola', 'hola', 'fr');
SELECT empathy_score('hola', 'hola', 'ES');
SELECT * FROM empathy_markers('hola', 'hola', 'xx');
-- empathy_score's 3-arg form is empathy_detail's score, on the same formula
SELECT t, c, round(empathy_score(t, c, NULL)::numeric, 4) AS score,
       pg_temp.close(empathy_score(t, c, NULL), (empathy_detail(t, c, NULL)).score) AS same_as_detail,
       pg_temp.close(empathy_score(t, c, NULL), pg_temp.score_of(empathy_detail(t, c, NULL))) AS formula_ok,
       empathy_score(t, c, NULL) >= empathy_score(t) AS context_never_lowers
FROM (VALUES ('Your parcel left the warehouse today.', 'Where is my parcel?'),
             ('Let me check.', 'Where is my parcel?'),
             ('Entiendo su preocupación por el retraso del paquete.', 'Estoy preocupada, el paquete lleva un retraso enorme.'),
             ('Hola.', 'Hola.')) v(t, c);

-- ---- in context: the feeling named, the words taken up, the question answered -----------------
SELECT (d).feeling_named, (d).reflection, round((d).interpretation::numeric, 4) AS interpretation,
       (d).interpretation > (empathy_detail('You must be so frustrated, being charged twice is awful.')).interpretation AS more_than_alone,
       round((d).score::numeric, 4) AS score,
       (d).score > empathy_score('You must be so frustrated, being charged twice is awful.') AS score_higher
FROM (SELECT empathy_detail('You must be so frustrated, being charged twice is awful.',
                            'I was charged twice and I am frustrated', NULL) AS d) s;
-- interpretation in context = mech(raw + feeling_named + 0.8 * reflection)
SELECT pg_temp.close((c).interpretation, pg_temp.mech(2.0 + (c).feeling_named + 0.8 * (c).reflection)) AS interpretation_formula,
       pg_temp.close((a).interpretation, pg_temp.mech(2.0)) AS alone_formula
FROM (SELECT empathy_detail('You must be so frustrated, being charged twice is awful.',
                            'I was charged twice and I am frustrated', NULL) AS c,
             empathy_detail('You must be so frustrated, being charged twice is awful.') AS a) s;
SELECT * FROM pg_temp.marks('You must be so frustrated, being charged twice is awful.',
                            'I was charged twice and I am frustrated');
-- another feeling after a complaint: 0.6; a parroting reply gets a third of its reflection
SELECT (empathy_detail('That must be worrying.', 'My order never arrived and I am angry', NULL)).feeling_named AS other_feeling,
       round((empathy_detail('order never arrived angry', 'My order never arrived and I am angry', NULL)).reflection::numeric, 4) AS parroting,
       round((empathy_detail('Your order never arrived: I am checking the courier now and will write back today.',
                             'My order never arrived and I am angry', NULL)).reflection::numeric, 4) AS taken_up;
-- answered: a declarative sentence of 3+ words when the customer asked, NULL when not
SELECT (empathy_detail('It ships on Monday.', '¿Cuándo llega mi pedido?', NULL)).answered AS answered,
       (empathy_detail('When did you order?', 'When does my order arrive?', NULL)).answered AS only_a_question,
       (empathy_detail('It ships on Monday.', 'My order is late.', NULL)).answered AS nothing_asked;
-- the customer's words as markers (at most three)
SELECT * FROM pg_temp.marks('Siento mucho que el paquete llegara roto; le envío otro paquete hoy.',
                            'El paquete llegó roto y estoy muy enfadada');

-- ---- questions, from the syntax ---------------------------------------------------------------
SELECT t, k.phrase, k.weight
FROM (VALUES ('What happened when you tried?'), ('¿Desde cuándo le ocurre?'), ('How do you feel about it?'),
             ('Is it working now?'), ('¿Ya le funciona?'), ('Have you tried restarting it?'),
             ('¿Ha probado a reiniciarlo?'), ('Order number?'), ('¿Me facilita su número de pedido?'),
             ('Right?'), ('Funciona, ¿vale?'), ('Tell me what happened'), ('Cuéntame qué pasó'),
             ('When my dog got sick years ago, I was a wreck too.'), ('Cuando me robaron la bici hace años, yo estaba igual.')) v(t),
     LATERAL pg_temp.marks(t) k
WHERE k.phrase LIKE '(%';
-- an open question explores more than a request for data, in both languages
SELECT (empathy_detail('What happened when you tried?')).exploration > 0 AS open_en_explores,
       (empathy_detail('What happened when you tried?')).exploration > (empathy_detail('Order number?')).exploration AS open_over_procedural_en,
       (empathy_detail('¿Desde cuándo le ocurre?')).exploration > 0 AS open_es_explores,
       (empathy_detail('¿Desde cuándo le ocurre?')).exploration > (empathy_detail('¿Me facilita su número de pedido?')).exploration AS open_over_procedural_es,
       round((empathy_detail('Order number?')).exploration::numeric, 4) AS procedural,
       round(pg_temp.mech(0.15)::numeric, 4) AS expected_procedural;

-- ---- regression cases: false hits of 1.1 -----------------------------------------------------
-- "whatever" followed by support is no dismissal
SELECT round((d).anti_empathy::numeric, 4) AS anti_empathy, (d).anti_empathy < 10 AS anti_small, (d).score > 0 AS positive
FROM (SELECT empathy_detail('Whatever you decide, I''m here for you.') AS d) s;
-- Spanish: the lexicon has no anti-empathy phrase in it
SELECT (SELECT count(*) FROM empathy_markers('Decidas lo que decidas, aquí estoy para ti.') k
        WHERE k.dimension = 'anti_empathy') AS anti_markers,
       (d).anti_empathy, (d).score > 0 AS positive
FROM (SELECT empathy_detail('Decidas lo que decidas, aquí estoy para ti.') AS d) s;
-- while bare dismissal still counts in full
SELECT t, round((empathy_detail(t)).anti_empathy::numeric, 4) AS anti_empathy, empathy_score(t) < 0 AS negative
FROM (VALUES ('Whatever.'), ('Who cares.'), ('Me da igual.')) v(t);
-- a relative "who cares" is no dismissal
SELECT (d).anti_empathy, (d).score > 0 AS positive, k.phrase, k.weight = 0 AS weight_zero
FROM (SELECT empathy_detail('You deserve a stranger who cares about you.') AS d) s,
     empathy_markers('You deserve a stranger who cares about you.') k WHERE k.dimension = 'anti_empathy';
-- a non-apology followed by help counts a fifth
SELECT round((w).anti_empathy::numeric, 4) AS with_help, round((a).anti_empathy::numeric, 4) AS alone,
       (w).anti_empathy < (a).anti_empathy / 2 AS much_lower, (w).score > 0 AS positive, (a).score < 0 AS alone_negative,
       (SELECT k.weight FROM empathy_markers('I''m so sorry you feel that way. I''m here to help you sort it out.') k
        WHERE k.dimension = 'anti_empathy') AS marker_weight,
       (SELECT -0.2 * l.weight FROM empathy_lexicon l WHERE l.language = 'en' AND l.phrase = 'sorry you feel that way') AS expected_weight
FROM (SELECT empathy_detail('I''m so sorry you feel that way. I''m here to help you sort it out.') AS w,
             empathy_detail('I''m so sorry you feel that way.') AS a) s;
-- Spanish emotional reaction the 1.1 lexicon missed
SELECT (d).score > 0 AS positive, (d).emotional_reaction > 0 AS emotional, (d).language
FROM (SELECT empathy_detail('sentimos leer eso y queremos ayudarte') AS d) s;
-- a zero-width joiner and full-width letters read as plain "lo siento"
SELECT empathy_normalize(E'lo\u200Dsiento') = 'lo siento' AS zwj_normalized,
       empathy_score(E'lo\u200Dsiento') = empathy_score('lo siento') AS zwj_same_score,
       empathy_normalize('ｌｏ ｓｉｅｎｔｏ') = 'lo siento' AS fullwidth_normalized,
       empathy_score('ｌｏ ｓｉｅｎｔｏ') = empathy_score('lo siento') AS fullwidth_same_score,
       (empathy_detail(E'lo\u200Dsiento')).emotional_reaction > 0 AS emotional;
-- interpretation: a paraphrase check and a like experience
SELECT t, (empathy_detail(t)).interpretation > 0 AS interprets, (empathy_detail(t)).language
FROM (VALUES ('Si entiendo bien, le cobraron dos veces.'), ('I had the same thing happen with my order.')) v(t);
-- Spanish "he" + participle is Spanish
SELECT (empathy_detail('He revisado su caso y lo siento mucho')).language,
       (empathy_detail('He revisado su caso y lo siento mucho')).emotional_reaction > 0 AS emotional;
-- exploration asks about the person: a question that names neither the listener nor a
-- feeling (a question about a thing or a third party) counts half
SELECT t, round((empathy_detail(t)).exploration::numeric, 4) AS exploration,
       (SELECT string_agg(k.phrase, ', ') FROM empathy_markers(t) k WHERE k.dimension = 'exploration') AS kind
FROM (VALUES ('Why did the page change?'), ('Why did you change the page?'),
             ('¿Murió de neumonía o de sífilis?'), ('¿Qué te dijeron?'), ('¿Qué hiciste después?'),
             ('¿Desde cuándo le ocurre?'), ('¿Cuándo llamasteis?'), ('How did that feel?')) v(t);
SELECT round((empathy_detail('Why did the page change?')).exploration::numeric, 4) =
       round(pg_temp.mech(0.5)::numeric, 4) AS impersonal_open_half,
       round((empathy_detail('¿Murió de neumonía o de sífilis?')).exploration::numeric, 4) =
       round(pg_temp.mech(0.3)::numeric, 4) AS impersonal_closed_half;
-- contempt and condescension are anti-empathy, in both languages
SELECT t, k.phrase, k.weight, empathy_score(t) < 0 AS negative
FROM (VALUES ('No tienes ni idea, aprende a leer.'), ('You don''t know what you''re talking about.'),
             ('Me haces perder el tiempo.'), ('Stop wasting my time.')) v(t),
     empathy_markers(t) k WHERE k.dimension = 'anti_empathy' ORDER BY t, k.position;
-- a short Spanish text whose one expression is also English reads as Spanish from its
-- function words ("pues", "ser")
SELECT (empathy_detail('pues debe ser horrible pedido.')).language AS es,
       (empathy_detail('how have you been since then?')).language AS en;
