-- The customer's voice: voice_sentiment, voice_signals, voice_markers,
-- voice_topics, voice_agg / voice_summary, the lexicon and the taxonomy.
SET extra_float_digits = 0;

-- the hard cases of what customers write, in both languages
CREATE TEMP TABLE cases (n int, lang text, body text);
INSERT INTO cases VALUES
 (1, 'es', 'no estoy contento con el servicio'),
 (2, 'es', 'estoy contento con el servicio'),
 (3, 'en', 'not bad at all'),
 (4, 'en', 'bad'),
 (5, 'es', 'el servicio es muy malo'),
 (6, 'es', 'el servicio es malo'),
 (7, 'en', 'the delivery was a bit slow'),
 (8, 'en', 'the delivery was slow'),
 (9, 'en', 'the agent was nice but my refund never came'),
 (10, 'en', 'my refund never came but the agent was nice'),
 (11, 'es', 'genial, otra vez sin servicio'),
 (12, 'es', 'genial, muchas gracias'),
 (13, 'es', 'noooo puede ser'),
 (14, 'en', 'THIS IS UNACCEPTABLE, I WANT MY MONEY BACK'),
 (15, 'en', 'this is unacceptable, i want my money back'),
 (16, 'en', 'thanks a lot :)'),
 (17, 'en', 'my flight was cancelled 😡'),
 (18, 'en', 'my flight was cancelled'),
 (19, 'es', 'es la tercera vez que llamo'),
 (20, 'es', 'llevo 3 dias esperando y me han pasado con cuatro personas'),
 (21, 'es', 'me doy de baja'),
 (22, 'en', 'I am cancelling my account and switching to another provider'),
 (23, 'es', 'voy a poner una hoja de reclamaciones y a denunciar en redes sociales'),
 (24, 'en', 'I need this fixed asap, it is urgent'),
 (25, 'es', 'pesimo servicio, exelente la atencion'),
 (26, 'en', '@united thanks, you are the best #love'),
 (27, 'en', 'is my flight delayed?'),
 (28, 'en', 'my flight is delayed'),
 (29, 'es', ''),
 (30, 'en', 'the meeting is at 10:30, see https://example.com');
SELECT n, lang, round(voice_sentiment(body, lang)::numeric, 2) AS sentiment,
       round(voice_sentiment(body)::numeric, 2) AS detected
FROM cases ORDER BY n;

-- the pairs the rules are about
SELECT voice_sentiment('no estoy contento', 'es') < 0 AS negation_flips,
       voice_sentiment('not bad at all', 'en') > 0 AS not_bad_is_good,
       voice_sentiment('el servicio es muy malo', 'es') < voice_sentiment('el servicio es malo', 'es') AS intensifier,
       voice_sentiment('the delivery was a bit slow', 'en') > voice_sentiment('the delivery was slow', 'en') AS diminisher,
       voice_sentiment('the agent was nice but my refund never came', 'en') < 0 AS after_but_weighs_more,
       voice_sentiment('genial, otra vez sin servicio', 'es') < voice_sentiment('sin servicio', 'es') AS irony,
       voice_sentiment('THIS IS UNACCEPTABLE', 'en') < voice_sentiment('this is unacceptable', 'en') AS shouting,
       voice_sentiment('my flight was cancelled 😡', 'en') < voice_sentiment('my flight was cancelled', 'en') AS emoji,
       voice_sentiment('is my flight delayed?', 'en') > voice_sentiment('my flight is delayed', 'en') AS question;

-- a filler that opens a sentence and hands over to more of it is a discourse marker
SELECT voice_sentiment('Bueno, llevo dos horas esperando', 'es') = voice_sentiment('llevo dos horas esperando', 'es') AS bueno_hands_over,
       voice_sentiment('ok so where is my refund', 'en') = voice_sentiment('so where is my refund', 'en') AS ok_hands_over,
       voice_sentiment('Bueno.', 'es') > 0 AS bueno_alone,
       voice_sentiment('todo muy bueno', 'es') > 0 AS bueno_inside;
SELECT signal, phrase, position, round(value::numeric, 3) AS value FROM voice_markers('Bueno, llevo dos horas esperando', 'es');

-- what is wished for or supposed (irrealis) counts nothing; a conditional judgement is a phrase
SELECT voice_sentiment('it would be nice to get an answer', 'en') = 0 AS wished_for,
       voice_sentiment('sería genial que me contestaran', 'es') = 0 AS seria_genial,
       voice_sentiment('it would not be nice', 'en') < 0 AS negation_wins,
       voice_sentiment('I would recommend them', 'en') > 0 AS would_recommend,
       voice_sentiment('lo recomendaría', 'es') > 0 AS lo_recomendaria,
       voice_sentiment('the agent was nice', 'en') > 0 AS plain;

-- Spain's vosotros matches the lexicon's ustedes
SELECT signal, phrase, matched FROM voice_markers('Me cancelasteis el vuelo y perdisteis mi maleta', 'es');

-- what goes wrong in a service, with a clitic between its words, and the effort of it
SELECT signal, phrase, matched FROM voice_markers('Nadie me atiende, me han cancelado el vuelo y tuve que volver a llamar. Última vez con ustedes', 'es');
SELECT signal, phrase, matched FROM voice_markers('My card was declined, not even a reply, I had to call every day. Last time I fly with you', 'en');
-- not being understood in a conversation: the customer repairs it or gives up
SELECT t, (voice_signals(t)).frustration > 0 AS frustrated, voice_sentiment(t) < 0 AS negative
FROM (VALUES ('No, that''s not what I asked. I already told you, Tuesday.'), ('Forget it.'),
             ('Ya te lo he dicho, no me estás escuchando.'), ('No es lo que he pedido, olvídalo.')) v(t);

SELECT n, (voice_signals(body, lang)).* FROM cases WHERE n IN (11, 14, 17, 19, 20, 21, 22, 23, 24, 26) ORDER BY n;

-- every expression behind the numbers
SELECT signal, phrase, matched, position, round(weight::numeric, 2) AS weight,
       round(value::numeric, 3) AS value, negated, ironic, language
FROM voice_markers('El agente fue muy amable, pero no me devolvieron el dinero. Genial, otra vez sin servicio!!! 😡 Me doy de baja');
SELECT * FROM voice_markers('not happy at all :(', 'en');

-- topics
SELECT * FROM voice_topics('I was charged twice and my bag was lost, nobody answers the phone', 'en');
-- reaching a person, getting an answer, the service
SELECT * FROM voice_topics('On the phone for an hour and I still cannot talk to a person. Your service is a joke', 'en');
SELECT * FROM voice_topics('Quiero hablar con una persona real y que me devuelvan la llamada', 'es');
SELECT * FROM voice_topics('Me cobraron dos veces la factura y el pedido llegó roto', 'es');
SELECT count(*) AS no_topics FROM voice_topics('hola', 'es');

-- NULLs and bad input
SELECT voice_sentiment(NULL) IS NULL AS null_sentiment, voice_signals(NULL) IS NULL AS null_signals,
       (SELECT count(*) FROM voice_markers(NULL)) AS null_markers, (SELECT count(*) FROM voice_topics(NULL)) AS null_topics,
       voice_sentiment('gracias', NULL) > 0 AS null_lang_detects, voice_sentiment('gracias', 'auto') > 0 AS auto;
SELECT voice_sentiment('hola', 'fr');
SELECT voice_signals('hola', 'xx');

-- over many messages: voice_agg with GROUP BY, exact and combinable
CREATE TEMP TABLE tickets (agent text, body text);
INSERT INTO tickets SELECT 'ana', body FROM cases WHERE n % 2 = 0;
INSERT INTO tickets SELECT 'bob', body FROM cases WHERE n % 2 = 1;
INSERT INTO tickets VALUES ('bob', NULL);
SELECT agent, voice_agg(body) FROM tickets GROUP BY agent ORDER BY agent;
SELECT agent, (voice_summary(voice_agg(body))).* FROM tickets GROUP BY agent ORDER BY agent;
-- the rollup of the groups equals the whole
SELECT (SELECT voice_agg(s) FROM (SELECT voice_agg(body) AS s FROM tickets GROUP BY agent) g)::text
       = (SELECT voice_agg(body) FROM tickets)::text AS rollup_equals_whole;
-- a state that grows past its first room for topics, in the transition and the rollup
SELECT voice_agg(t) FROM unnest(ARRAY['I forgot my password', 'I was double charged', 'no boarding pass',
	'the cancellation', 'no information at all', 'it never arrived', 'overpriced', 'defective item',
	'a rude agent', 'on hold for an hour']) AS t;
INSERT INTO voice_taxonomy (language, phrase, topic)
SELECT 'en', 'widget ' || i, 'widget_' || i FROM generate_series(1, 40) i;
SELECT (voice_summary(s)).top_topics -> 0, length(s::text)
FROM (SELECT voice_agg(g) AS s FROM (SELECT voice_agg('widget ' || i) AS g FROM generate_series(1, 40) i GROUP BY i % 3) x) y;
DELETE FROM voice_taxonomy WHERE topic LIKE 'widget%';
-- with the language per row
SELECT voice_agg(body, lang) FROM cases;
-- no rows: NULL (every state aggregate gives NULL over no answers), so its summary is NULL too
SELECT voice_agg(body) AS empty_state, (voice_summary(voice_agg(body))).* FROM tickets WHERE false;
SELECT voice_agg(body) FROM tickets WHERE body IS NULL;

-- a parallel plan computes the same state from partial ones
CREATE TEMP TABLE many AS SELECT i, c.body FROM generate_series(1, 200) i, cases c;
ANALYZE many;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
CREATE TEMP TABLE par AS SELECT voice_agg(body)::text AS s FROM many;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
SET max_parallel_workers_per_gather = 0;
SELECT (SELECT s FROM par) = (SELECT voice_agg(body)::text FROM many) AS parallel_equals_serial;
RESET max_parallel_workers_per_gather;

-- the state's text and binary forms: round trips, and every bad state refused
SELECT 'n=3 negative=1 positive=1 sentiment_milli=-5000 signals=1,0,0,0,0,1,1,1,0,0,0,0,0,0 topics=billing:2,delivery:1'::voice_state;
SELECT voice_summary('n=3 negative=1 positive=1 sentiment_milli=-5000 signals=1,0,0,0,0,1,1,1,0,0,0,0,0,0 topics=billing:2,delivery:1');
SELECT voice_state_send('n=2 negative=2 sentiment_milli=-150000 topics=price:2'::voice_state);
SELECT 'n=1 negative=2'::voice_state;
SELECT 'n=1 sentiment_milli=200000'::voice_state;
SELECT 'n=1 signals=2,0,0,0,0,0,0,0,0,0,0,0,0,0'::voice_state;
SELECT 'n=1 signals=1,0'::voice_state;
SELECT 'n=2 topics=delivery:1,billing:1'::voice_state;
SELECT 'n=2 topics=Billing:1'::voice_state;
SELECT 'n=2 topics=billing:3'::voice_state;
SELECT 'n=-1'::voice_state;
SELECT 'n=99999999999999999999'::voice_state;
SELECT 'm=1'::voice_state;
SELECT 'n=1,'::voice_state;
SELECT 'n=9223372036854775807'::voice_state;
SELECT voice_agg(s) FROM (VALUES ('n=9223372036854775807'::voice_state), ('n=1')) v(s);

-- the lexicon and the taxonomy are edited through their views
SELECT count(*) > 1000 AS shipped_lexicon, count(DISTINCT signal) AS signals FROM voice_lexicon;
SELECT topic, count(*) > 50 AS enough FROM voice_taxonomy GROUP BY topic ORDER BY topic;
SELECT round(voice_sentiment('the app is labyrinthine', 'en')::numeric, 2) AS before_edit;
INSERT INTO voice_lexicon (language, phrase, signal, weight) VALUES ('en', 'labyrinthine', 'negative', 1.5);
SELECT round(voice_sentiment('the app is labyrinthine', 'en')::numeric, 2) AS after_insert;
UPDATE voice_lexicon SET weight = 3 WHERE language = 'en' AND phrase = 'labyrinthine';
SELECT round(voice_sentiment('the app is labyrinthine', 'en')::numeric, 2) AS after_update;
DELETE FROM voice_lexicon WHERE language = 'en' AND phrase = 'labyrinthine';
SELECT round(voice_sentiment('the app is labyrinthine', 'en')::numeric, 2) AS after_delete;
-- a shipped phrase deleted leaves a tombstone (kept by pg_dump)
DELETE FROM voice_lexicon WHERE language = 'es' AND phrase = 'me doy de baja';
SELECT (voice_signals('me doy de baja', 'es')).churn_intent AS churn_without_phrase;
SELECT language, phrase, signal, deleted FROM voice_lexicon_user;
INSERT INTO voice_lexicon (language, phrase, signal) VALUES ('es', 'me doy de baja', 'churn');
SELECT source FROM voice_lexicon WHERE language = 'es' AND phrase = 'me doy de baja';
-- a product of your own as a new topic
INSERT INTO voice_taxonomy (language, phrase, topic) VALUES ('es', 'tarjeta oro', 'gold_card'), ('en', 'gold card', 'gold_card');
SELECT topic, weight, matched FROM voice_topics('Mi tarjeta oro no funciona', 'es');
-- bad rows say what is wrong
INSERT INTO voice_lexicon (language, phrase, signal) VALUES ('fr', 'merci', 'gratitude');
INSERT INTO voice_lexicon (language, phrase, signal) VALUES ('en', 'meh', 'bored');
INSERT INTO voice_lexicon (language, phrase, signal, weight) VALUES ('en', 'meh', 'negative', 4);
INSERT INTO voice_lexicon (language, phrase, signal) VALUES ('en', '!!!', 'negative');
INSERT INTO voice_lexicon (language, phrase, signal) VALUES ('en', 'refund', 'negative');
INSERT INTO voice_taxonomy (language, phrase, topic) VALUES ('en', 'loyalty points', 'Loyalty Points');
INSERT INTO voice_taxonomy (language, phrase, topic) VALUES ('en', 'loyalty points', NULL);
