-- empathy_agg: a hand-checked conversation, bad input, and random
-- conversations checked against a reference computed in plain SQL, under
-- GROUP BY (hash and sort), parallel plans and window frames.

\set SHOW_CONTEXT never

-- ---- one conversation, checked by hand ---------------------------------------------
CREATE TEMP TABLE chat (id int, role text, body text, sent_at timestamptz);
INSERT INTO chat VALUES
 (1, 'customer', 'Llevo tres días esperando y el pedido sigue sin llegar. Estoy harto.', '2026-10-01 10:00:00+00'),
 (2, 'agent',    'Lamento mucho las molestias. ¿Me podría indicar el número de pedido?', '2026-10-01 10:01:00+00'),
 (3, 'customer', 'Es el 4411.', '2026-10-01 10:02:00+00'),
 (4, 'agent',    'Gracias. Me encargo personalmente y le mantendré informado.', '2026-10-01 10:10:00+00');
-- language: each agent message against the customer turn before it, floored at 0:
--   (empathy_score(2, 1) + empathy_score(4, 3)) / 2
-- understanding: turn 1 has a complaint and a feeling ("Estoy harto"); its reply
--   has E = mech(1.5) ("lamento mucho las molestias") and I = mech(0.8 / 3) (it
--   takes up "pedido"): 100 * (1 - exp(-(E + I) / 100)); turn 2 has neither
-- responsiveness: 1 min <= 2 min -> 1; 8 min -> 2/8 -> 100 * (1 + 0.25) / 2 = 62.5
-- listening: agent words 19 of 34 = 0.56 <= 0.6 -> talk 1; the first reply asks
--   for data (a procedural question, 0.8 for listening) -> 100 * (1 - exp(-0.8 / 0.8));
--   (100 + 63.2121) / 2 = 81.6060
-- score: 0.4 * language + 0.2 * (understanding + responsiveness + listening)
CREATE FUNCTION pg_temp.mech(raw float8) RETURNS float8 LANGUAGE sql AS
$$ SELECT CASE WHEN raw > 0 THEN 100 * (1 - exp(-least(raw, 4) / 1.5)) ELSE 0 END $$;
SELECT round(((greatest(0, empathy_score(m2.body, m1.body, NULL)) + greatest(0, empathy_score(m4.body, m3.body, NULL))) / 2)::numeric, 4) AS language,
       round((100 * (1 - exp(-(pg_temp.mech(1.5) + pg_temp.mech(0.8 / 3)) / 100)))::numeric, 4) AS understanding,
       (d).emotional_reaction = pg_temp.mech(1.5) AND abs((d).interpretation - pg_temp.mech(0.8 / 3)) < 1e-4
       AND (d).anti_empathy = 0 AND (d).feeling_named = 0 AS reply_detail_ok,
       round((100 * (2 - exp(-1.0)) / 2)::numeric, 4) AS listening,
       round((0.4 * (greatest(0, empathy_score(m2.body, m1.body, NULL)) + greatest(0, empathy_score(m4.body, m3.body, NULL))) / 2
              + 0.2 * (100 * (1 - exp(-(pg_temp.mech(1.5) + pg_temp.mech(0.8 / 3)) / 100)) + 62.5 + 100 * (2 - exp(-1.0)) / 2))::numeric, 4) AS score
FROM chat m1, chat m2, chat m3, chat m4, empathy_detail((SELECT body FROM chat WHERE id = 2), (SELECT body FROM chat WHERE id = 1), NULL) d
WHERE m1.id = 1 AND m2.id = 2 AND m3.id = 3 AND m4.id = 4;
SELECT (r).conversations, (r).agent_messages, (r).customer_messages,
       round((r).language::numeric, 4) AS language, round((r).understanding::numeric, 4) AS understanding,
       round((r).responsiveness::numeric, 4) AS responsiveness, round((r).listening::numeric, 4) AS listening,
       round((r).score::numeric, 4) AS score
FROM (SELECT empathy_agg(role, body, sent_at) AS r FROM chat) s;
SELECT sum(array_length(regexp_split_to_array(empathy_normalize(body), '[ |]+'), 1)) FILTER (WHERE role = 'agent') AS agent_words,
       sum(array_length(regexp_split_to_array(empathy_normalize(body), '[ |]+'), 1)) AS all_words
FROM chat;
-- row order does not matter; the reply target is a setting
SHOW cx_metrics.reply_target;
SELECT (SELECT empathy_agg(role, body, sent_at ORDER BY id DESC) FROM chat) = (SELECT empathy_agg(role, body, sent_at) FROM chat) AS order_free;
SET cx_metrics.reply_target = '10 min';
SELECT round(((empathy_agg(role, body, sent_at)).responsiveness)::numeric, 4) AS responsiveness_10min FROM chat;
RESET cx_metrics.reply_target;
-- any interval PostgreSQL reads; a bare number is seconds
SET cx_metrics.reply_target = '1 hour';
SHOW cx_metrics.reply_target;
SELECT round(((empathy_agg(role, body, sent_at)).responsiveness)::numeric, 4) AS responsiveness_1hour FROM chat;
SET cx_metrics.reply_target = '1h';
SELECT round(((empathy_agg(role, body, sent_at)).responsiveness)::numeric, 4) AS responsiveness_1h FROM chat;
SET cx_metrics.reply_target = '00:02:00';
SELECT round(((empathy_agg(role, body, sent_at)).responsiveness)::numeric, 4) AS responsiveness_00_02_00 FROM chat;
SET cx_metrics.reply_target = '90 seconds';
SELECT round(((empathy_agg(role, body, sent_at)).responsiveness)::numeric, 4) AS responsiveness_90s FROM chat;
SET cx_metrics.reply_target = 240;
SELECT round(((empathy_agg(role, body, sent_at)).responsiveness)::numeric, 4) AS responsiveness_240 FROM chat;
SET cx_metrics.reply_target = 'PT4M';
SELECT round(((empathy_agg(role, body, sent_at)).responsiveness)::numeric, 4) AS responsiveness_pt4m FROM chat;
SET cx_metrics.reply_target = '2 min';
SELECT current_setting('cx_metrics.reply_target') AS target,
       round(((empathy_agg(role, body, sent_at)).responsiveness)::numeric, 4) AS responsiveness_2min FROM chat;
SET cx_metrics.reply_target = '1 mon';
SET cx_metrics.reply_target = '30 days';
SHOW cx_metrics.reply_target;
-- bad values keep the previous one
SET cx_metrics.reply_target = 0;
SET cx_metrics.reply_target = '-5 min';
SET cx_metrics.reply_target = '1 min -60 s';
SET cx_metrics.reply_target = '31 days';
SET cx_metrics.reply_target = '1 year';
SET cx_metrics.reply_target = 'soon';
SET cx_metrics.reply_target = '';
SET cx_metrics.reply_target = 'infinity';
SET cx_metrics.reply_target = '999999999 days';
SHOW cx_metrics.reply_target;
RESET cx_metrics.reply_target;
SHOW cx_metrics.reply_target;
-- a component that does not apply is NULL: an agent-only thread has no
-- listening (nobody spoke to the agent), a customer-only one no component
SELECT (r).conversations, (r).agent_messages, (r).customer_messages,
       round((r).language::numeric, 4) AS language, (r).understanding, (r).responsiveness, (r).listening,
       round((r).score::numeric, 4) AS score,
       round(((greatest(0, empathy_score('Hola, lamento mucho las molestias.')) + greatest(0, empathy_score('¿Sigue ahí?'))) / 2)::numeric, 4) AS expected_language
FROM (SELECT empathy_agg(role, body, sent_at) AS r
      FROM (VALUES ('agent', 'Hola, lamento mucho las molestias.', timestamptz '2026-10-01 10:00+00'),
                   ('agent', '¿Sigue ahí?', timestamptz '2026-10-01 10:05+00')) m(role, body, sent_at)) s;
SELECT (r).conversations, (r).agent_messages, (r).customer_messages,
       (r).language, (r).understanding, (r).responsiveness, (r).listening, (r).score
FROM (SELECT empathy_agg(role, body, sent_at) AS r
      FROM (VALUES ('customer', 'Estoy harto, sigue sin funcionar.', timestamptz '2026-10-01 10:00+00')) m(role, body, sent_at)) s;
-- over several conversations, a thread without listening leaves the mean to the
-- others: b has a talk share of 3 words in 4 -> (0.9 - 0.75) / 0.3 = 0.5 and
-- asks an open question (1.0) -> 100 * (1 - exp(-1 / 0.8)); their mean
SELECT (r).conversations, round((r).listening::numeric, 4) AS listening,
       round((100 * (0.5 + (1 - exp(-1 / 0.8))) / 2)::numeric, 4) AS expected
FROM (SELECT empathy_agg(c, role, body, sent_at) AS r
      FROM (VALUES ('a', 'agent', 'Hola, ¿en qué le ayudo?', timestamptz '2026-10-01 10:00+00'),
                   ('b', 'customer', 'Hola', timestamptz '2026-10-01 10:00+00'),
                   ('b', 'agent', '¿Qué ha pasado?', timestamptz '2026-10-01 10:01+00')) m(c, role, body, sent_at)) s;
-- roles: CRM spellings, and rows left out
SELECT (empathy_agg(CASE role WHEN 'agent' THEN '1' ELSE '0' END, body, sent_at)).score =
       (empathy_agg(role, body, sent_at)).score AS chatwoot_message_type,
       (empathy_agg(upper(role), body, sent_at)).score = (empathy_agg(role, body, sent_at)).score AS case_insensitive
FROM chat;
SELECT (empathy_agg(r, b, t)).* FROM (VALUES ('system', 'Conversation assigned', now()), ('2', 'activity', now())) v(r, b, t);
SELECT (empathy_agg(role, body, sent_at)).* FROM chat WHERE false;
SELECT (empathy_agg(role, NULL, sent_at)).agent_messages FROM chat;
-- bad input
SELECT empathy_agg('operator', 'hola', now());
SELECT empathy_agg(NULL, 'hola', now());
SELECT empathy_agg('agent', 'hola', NULL);

-- ---- random conversations against a plain-SQL reference -------------------------------
-- The reference follows src/core/empathy_conv.c.  A customer turn is the
-- customer's messages since the previous agent message; the agent message
-- after it is scored against it.  The engine merges the turn's messages'
-- features (content-word and feeling sets, capped at 12 and 4 stems, and
-- the "asked" and "problem" flags); the reference gives empathy_detail the
-- turn's texts joined with a space, which is the same when (1) a turn has at
-- most 12 words of four letters and more and at most 4 feeling markers (no
-- cap is reached), (2) every message of the turn reads in the language
-- the joined text reads in and (3) the joined text expresses a problem when
-- one of the turn's messages does (the engine ORs the messages' flags: "that's
-- really fun." then "that's unlucky?" is a problem, though joined their
-- voice is not negative enough).  The data keep turns short for that: one
-- language per conversation, customer messages of one short lexicon phrase,
-- and never three customer messages in a row; the preconditions are counted
-- below (turns_over_caps, turns_mixed_language, turns_problem_split must be
-- 0; the data are drawn from the lexicon, so an edit of the shipped lexicon
-- can break one, and then another seed is needed).  A NULL body has no
-- features, as '' has none: the reference reads it as ''.
SELECT setseed(0.19);
CREATE TEMP TABLE lex AS
SELECT row_number() OVER (PARTITION BY language ORDER BY phrase) AS i,
       array_length(regexp_split_to_array(phrase, ' '), 1) AS words, * FROM empathy_lexicon;
CREATE TEMP TABLE lex_short AS
SELECT row_number() OVER (PARTITION BY language ORDER BY phrase) AS i, language, phrase FROM lex WHERE words <= 3;
CREATE TEMP TABLE lex_count AS
SELECT language, (SELECT count(*) FROM lex l WHERE l.language = s.language) AS n_all,
       (SELECT count(*) FROM lex_short l WHERE l.language = s.language) AS n_short
FROM (VALUES ('es'), ('en')) s(language);
CREATE TEMP TABLE conv AS
SELECT c, 'agent' || (c % 5) AS agent, 2 + floor(random() * 11)::int AS n,
       CASE WHEN random() < 0.5 THEN 'es' ELSE 'en' END AS lang
FROM generate_series(1, 400) AS c;
CREATE TEMP TABLE raw AS
SELECT c, k, random() AS r_role, random() AS r_phrase, random() AS r_pick, random() AS r_pick2,
       random() < 0.3 AS question, floor(random() * 900)::int AS gap, random() < 0.15 AS empty, random() < 0.5 AS null_body
FROM conv, generate_series(1, n) AS k;
CREATE TEMP TABLE msg AS
SELECT r.c, r.k, v.agent, v.lang,
       CASE WHEN r.k % 3 = 0 OR r.r_role < 0.5 THEN 'agent' WHEN r.r_role >= 0.95 THEN 'system' ELSE 'customer' END AS role,
       CASE WHEN r.empty AND r.null_body THEN NULL
            WHEN r.empty THEN ''
            WHEN r.r_role < 0.5 OR r.k % 3 = 0 OR r.r_role >= 0.95 THEN
              -- agent (and system) messages: any phrases
              CASE v.lang WHEN 'es' THEN 'vale ' ELSE 'well ' END
              || CASE WHEN r.r_phrase < 0.7 THEN l.phrase WHEN v.lang = 'es' THEN 'gracias' ELSE 'thanks' END
              || CASE v.lang WHEN 'es' THEN ' pedido ' ELSE ' order ' END
              || CASE WHEN r.r_phrase < 0.4 THEN l2.phrase ELSE '' END || CASE WHEN r.question THEN ' ?' ELSE '.' END
            ELSE
              -- customer messages: one phrase of at most three words
              CASE v.lang WHEN 'es' THEN 'pues ' ELSE 'well ' END || s.phrase
              || CASE v.lang WHEN 'es' THEN ' pedido' ELSE ' order' END || CASE WHEN r.question THEN ' ?' ELSE '.' END
       END AS body,
       timestamptz '2026-10-01 09:00+00' + make_interval(secs => sum(r.gap + 1) OVER (PARTITION BY r.c ORDER BY r.k)) AS sent_at
FROM raw r JOIN conv v USING (c) JOIN lex_count n ON n.language = v.lang
JOIN lex l ON l.language = v.lang AND l.i = 1 + floor(r.r_pick * n.n_all)::int
JOIN lex l2 ON l2.language = v.lang AND l2.i = 1 + floor(r.r_pick2 * n.n_all)::int
JOIN lex_short s ON s.language = v.lang AND s.i = 1 + floor(r.r_pick * n.n_short)::int;
SELECT count(*) AS messages, count(DISTINCT c) AS conversations, count(*) FILTER (WHERE role = 'system') AS system_rows,
       count(*) FILTER (WHERE body IS NULL) AS null_bodies FROM msg;

-- per message: words, whether it expresses a problem or a feeling (a
-- complaint or feeling marker that counts, a feeling inside an anti-empathy
-- expression ("calm down") not counting, or, for a customer's message, a
-- voice that needs acknowledging: negative below -10, a negative emotion,
-- effort, churn intent or an escalation threat), and its questions weighted for
-- listening (open, closed, request 1.0; procedural 0.8; advice 0.5; tag and own next step 0.2)
CREATE FUNCTION pg_temp.problem(body text, customer bool) RETURNS bool LANGUAGE sql AS $$
SELECT coalesce((SELECT coalesce(sum(k.weight) FILTER (WHERE k.dimension = 'complaint'), 0) > 0
                        OR coalesce(sum(k.weight) FILTER (WHERE k.dimension = 'feeling' AND NOT EXISTS (
                               SELECT 1 FROM empathy_markers(body) a
                               WHERE a.dimension = 'anti_empathy' AND a.position <= k.position
                                 AND k.position + length(k.matched) <= a.position + length(a.matched))), 0) > 0
                 FROM empathy_markers(body) k), false)
       OR coalesce(customer AND (
           (voice_signals(body)).sentiment < -10 OR (voice_signals(body)).anger > 0
           OR (voice_signals(body)).frustration > 0 OR (voice_signals(body)).anxiety > 0
           OR (voice_signals(body)).sadness > 0 OR (voice_signals(body)).confusion > 0
           OR (voice_signals(body)).effort > 0 OR (voice_signals(body)).churn_intent > 0
           OR (voice_signals(body)).escalation > 0), false) $$;
CREATE TEMP TABLE feat AS
SELECT m.*, row_number() OVER (PARTITION BY c ORDER BY sent_at) AS rn,
       coalesce(array_length(regexp_split_to_array(nullif(empathy_normalize(coalesce(body, '')), ''), '[ |]+'), 1), 0) AS words,
       pg_temp.problem(m.body, m.role = 'customer') AS problem,
       coalesce(d.lis, 0) AS lis, coalesce(d.feelings, 0) AS feelings,
       (SELECT count(*) FROM regexp_split_to_table(empathy_normalize(coalesce(body, '')), '[ |]+') w WHERE length(w) >= 4) AS long_words,
       (empathy_detail(coalesce(body, ''))).language AS read_as
FROM msg m
LEFT JOIN LATERAL (
	SELECT count(*) FILTER (WHERE dimension = 'feeling') AS feelings,
	       sum(CASE phrase WHEN '(open question)' THEN 1.0 WHEN '(closed question)' THEN 1.0
	                       WHEN '(request to tell)' THEN 1.0 WHEN '(procedural question)' THEN 0.8
	                       WHEN '(advice question)' THEN 0.5 WHEN '(tag question)' THEN 0.2
	                       WHEN '(question for help)' THEN 0.2 END) AS lis
	FROM empathy_markers(m.body)) d ON true
WHERE m.role <> 'system';
-- per agent message: the customer turn before it (since the previous agent message)
CREATE TEMP TABLE turn AS
SELECT a.c, a.rn, a.sent_at, a.body, a.lis,
       t.turn_text, t.turn_start, coalesce(t.problem, false) AS problem, t.long_words, t.feelings, t.langs, t.n_msgs,
       a.rn > (SELECT min(x.rn) FROM feat x WHERE x.c = a.c AND x.role = 'customer') AS after_customer
FROM feat a
LEFT JOIN LATERAL (
	SELECT string_agg(coalesce(x.body, ''), ' ' ORDER BY x.rn) AS turn_text, min(x.sent_at) AS turn_start,
	       bool_or(x.problem) AS problem, sum(x.long_words) AS long_words, sum(x.feelings) AS feelings, count(*) AS n_msgs,
	       array_agg(DISTINCT x.read_as) FILTER (WHERE x.body <> '') AS langs
	FROM feat x
	WHERE x.c = a.c AND x.role = 'customer' AND x.rn < a.rn
	  AND x.rn > coalesce((SELECT max(y.rn) FROM feat y WHERE y.c = a.c AND y.role = 'agent' AND y.rn < a.rn), 0)
	HAVING count(*) > 0) t ON true
WHERE a.role = 'agent';
ALTER TABLE turn ADD COLUMN d empathy_detail_result;
UPDATE turn SET d = empathy_detail(coalesce(body, ''), turn_text, NULL);
-- the preconditions of the joined-text reference
SELECT count(*) FILTER (WHERE turn_text IS NOT NULL) AS turns,
       count(*) FILTER (WHERE long_words > 12 OR feelings > 4) AS turns_over_caps,
       count(*) FILTER (WHERE cardinality(langs) > 1 OR langs[1] <> (empathy_detail(turn_text)).language) AS turns_mixed_language,
       count(*) FILTER (WHERE turn_text IS NOT NULL AND problem <> pg_temp.problem(turn_text, true)) AS turns_problem_split,
       count(*) FILTER (WHERE n_msgs = 2) AS turns_of_two_messages,
       count(*) FILTER (WHERE n_msgs > 2) AS longer_turns,
       count(*) FILTER (WHERE (d).score <> empathy_score(coalesce(body, ''))) AS context_changes_score
FROM turn;
CREATE TEMP TABLE ref_conv AS
WITH s AS (
	SELECT c, count(*) FILTER (WHERE role = 'agent') AS n_agent,
	       count(*) FILTER (WHERE role = 'customer') AS n_customer,
	       sum(words) FILTER (WHERE role = 'agent') AS aw, sum(words) AS tw
	FROM feat GROUP BY c
), t AS (
	SELECT c,
	       avg(greatest(0, (d).score)) AS language,
	       avg(100 * (1 - exp(-((d).emotional_reaction + (d).interpretation) / 100)) * (1 - (d).anti_empathy / 100))
	           FILTER (WHERE turn_text IS NOT NULL AND problem) AS understanding,
	       100.0 * avg(CASE WHEN sent_at - turn_start <= interval '2 min' THEN 1
	                        ELSE 120 / extract(epoch FROM sent_at - turn_start)::float8 END)
	               FILTER (WHERE turn_start IS NOT NULL) AS responsiveness
	FROM turn GROUP BY c
), q AS (
	-- asking: the best of the first two agent messages after the customer first spoke
	SELECT c, max(100 * (1 - exp(-lis / 0.8))) / 100 AS asked
	FROM (SELECT c, lis, row_number() OVER (PARTITION BY c ORDER BY rn) AS j FROM turn WHERE after_customer) z
	WHERE j <= 2 GROUP BY c
)
SELECT s.c, t.language, t.understanding, t.responsiveness,
       CASE WHEN s.talk OR q.c IS NOT NULL THEN
         100.0 * ((CASE WHEN s.talk THEN CASE WHEN coalesce(s.aw, 0)::float8 / s.tw <= 0.6 THEN 1
                                                WHEN coalesce(s.aw, 0)::float8 / s.tw >= 0.9 THEN 0
                                                ELSE (0.9 - coalesce(s.aw, 0)::float8 / s.tw) / 0.3 END ELSE 0 END)
                  + coalesce(q.asked, 0))
         / (s.talk::int + (q.c IS NOT NULL)::int) END AS listening
FROM (SELECT *, tw > 0 AND n_agent > 0 AND n_customer > 0 AS talk FROM s) s LEFT JOIN t USING (c) LEFT JOIN q USING (c);
CREATE TEMP TABLE ref_agent AS
SELECT v.agent, count(*) AS conversations, avg(language) AS language, avg(understanding) AS understanding,
       avg(responsiveness) AS responsiveness, avg(listening) AS listening
FROM ref_conv r JOIN conv v USING (c) GROUP BY v.agent;
CREATE FUNCTION pg_temp.overall(l float8, u float8, r float8, s float8) RETURNS float8 LANGUAGE sql AS
$$ SELECT (0.4 * coalesce(l, 0) + 0.2 * coalesce(u, 0) + 0.2 * coalesce(r, 0) + 0.2 * coalesce(s, 0))
          / nullif(0.4 * (l IS NOT NULL)::int + 0.2 * (u IS NOT NULL)::int + 0.2 * (r IS NOT NULL)::int + 0.2 * (s IS NOT NULL)::int, 0) $$;
CREATE FUNCTION pg_temp.differs(a float8, b float8) RETURNS bool LANGUAGE sql AS
$$ SELECT (a IS NULL) <> (b IS NULL) OR abs(a - b) > 1e-4 $$;

-- per conversation (one conversation per group)
SELECT count(*) AS conversations,
       count(*) FILTER (WHERE pg_temp.differs((g.r).language, f.language)) AS language_differs,
       count(*) FILTER (WHERE pg_temp.differs((g.r).understanding, f.understanding)) AS understanding_differs,
       count(*) FILTER (WHERE pg_temp.differs((g.r).responsiveness, f.responsiveness)) AS responsiveness_differs,
       count(*) FILTER (WHERE pg_temp.differs((g.r).listening, f.listening)) AS listening_differs,
       count(*) FILTER (WHERE pg_temp.differs((g.r).score, pg_temp.overall(f.language, f.understanding, f.responsiveness, f.listening))) AS score_differs,
       count(*) FILTER (WHERE f.understanding IS NOT NULL) AS with_understanding,
       count(*) FILTER (WHERE f.responsiveness < 100) AS with_slow_replies
FROM (SELECT c, empathy_agg(role, body, sent_at) AS r FROM msg GROUP BY c) g JOIN ref_conv f USING (c);

-- per agent (many conversations per group), hash and sort aggregation
CREATE TEMP TABLE by_agent_hash AS
SELECT agent, empathy_agg(c::text, role, body, sent_at) AS r FROM msg GROUP BY agent;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT agent, empathy_agg(c::text, role, body, sent_at) AS r FROM msg GROUP BY agent;
CREATE TEMP TABLE by_agent_sort AS
SELECT agent, empathy_agg(c::text, role, body, sent_at) AS r FROM msg GROUP BY agent;
RESET enable_hashagg;
SELECT a.agent, (a.r).conversations, f.conversations AS ref_conversations,
       NOT pg_temp.differs((a.r).language, f.language) AS language_ok,
       NOT pg_temp.differs((a.r).understanding, f.understanding) AS understanding_ok,
       NOT pg_temp.differs((a.r).responsiveness, f.responsiveness) AS responsiveness_ok,
       NOT pg_temp.differs((a.r).listening, f.listening) AS listening_ok,
       NOT pg_temp.differs((a.r).score, pg_temp.overall(f.language, f.understanding, f.responsiveness, f.listening)) AS score_ok,
       a.r = s.r AS sort_equals_hash
FROM by_agent_hash a JOIN ref_agent f USING (agent) JOIN by_agent_sort s USING (agent)
ORDER BY a.agent;

-- parallel plan: partial states are serialised, combined and finalised
CREATE TEMP TABLE serial_result AS SELECT empathy_agg(c::text, role, body, sent_at) AS r FROM msg;
CREATE TABLE empathy_agg_par AS SELECT * FROM msg;
ALTER TABLE empathy_agg_par SET (parallel_workers = 2);
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT empathy_agg(c::text, role, body, sent_at) FROM empathy_agg_par;
SELECT (p.r).conversations, (p.r).agent_messages, (p.r).customer_messages,
       NOT pg_temp.differs((p.r).score, (s.r).score) AND NOT pg_temp.differs((p.r).language, (s.r).language)
       AND NOT pg_temp.differs((p.r).understanding, (s.r).understanding)
       AND NOT pg_temp.differs((p.r).responsiveness, (s.r).responsiveness)
       AND NOT pg_temp.differs((p.r).listening, (s.r).listening) AS parallel_equals_serial
FROM (SELECT empathy_agg(c::text, role, body, sent_at) AS r FROM empathy_agg_par) p, serial_result s;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE empathy_agg_par;

-- window frames: the running value at a conversation's last message is the whole conversation's
SELECT count(*) AS conversations,
       count(*) FILTER (WHERE w.r IS DISTINCT FROM g.r) AS differs
FROM (SELECT DISTINCT ON (c) c, empathy_agg(role, body, sent_at) OVER (PARTITION BY c ORDER BY sent_at) AS r
      FROM msg WHERE role <> 'system' ORDER BY c, sent_at DESC) w
JOIN (SELECT c, empathy_agg(role, body, sent_at) AS r FROM msg GROUP BY c) g USING (c);
