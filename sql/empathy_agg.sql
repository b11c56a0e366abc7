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
-- language: agent sums apology 1.5, exploration 1.0, ownership 2.0 + 1.2 capped at 3
--           -> 100 * (1 - exp(-5.5 / 2)) = 93.6072
-- understanding: the complaint ("Estoy harto") is answered with an apology -> 100
-- responsiveness: 1 min <= 2 min -> 1; 8 min -> 2/8 -> 100 * (1 + 0.25) / 2 = 62.5
-- listening: agent words 19 of 34 = 0.56 <= 0.6 -> talk 1; the first reply asks -> 1 -> 100
-- score: 0.4 * 93.6072 + 0.2 * (100 + 62.5 + 100) = 89.9429
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
       round((r).score::numeric, 4) AS score
FROM (SELECT empathy_agg(role, body, sent_at) AS r
      FROM (VALUES ('agent', 'Hola, lamento mucho las molestias.', timestamptz '2026-10-01 10:00+00'),
                   ('agent', '¿Sigue ahí?', timestamptz '2026-10-01 10:05+00')) m(role, body, sent_at)) s;
SELECT (r).conversations, (r).agent_messages, (r).customer_messages,
       (r).language, (r).understanding, (r).responsiveness, (r).listening, (r).score
FROM (SELECT empathy_agg(role, body, sent_at) AS r
      FROM (VALUES ('customer', 'Estoy harto, sigue sin funcionar.', timestamptz '2026-10-01 10:00+00')) m(role, body, sent_at)) s;
-- over several conversations, a thread without listening leaves the mean to the others
SELECT (r).conversations, round((r).listening::numeric, 4) AS listening
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
SELECT setseed(0.17);
CREATE TEMP TABLE lex AS SELECT row_number() OVER (ORDER BY language, phrase) AS i, * FROM empathy_lexicon;
CREATE TEMP TABLE conv AS
SELECT c, 'agent' || (c % 5) AS agent, 2 + floor(random() * 11)::int AS n FROM generate_series(1, 400) AS c;
CREATE TEMP TABLE raw AS
SELECT c, k, random() AS r_role, random() AS r_phrase, 1 + floor(random() * (SELECT count(*) FROM lex))::int AS li,
       1 + floor(random() * (SELECT count(*) FROM lex))::int AS li2,
       random() < 0.3 AS question, floor(random() * 900)::int AS gap, random() < 0.15 AS empty
FROM conv, generate_series(1, n) AS k;
CREATE TEMP TABLE msg AS
SELECT r.c, r.k, v.agent,
       CASE WHEN r.r_role < 0.5 THEN 'agent' WHEN r.r_role < 0.95 THEN 'customer' ELSE 'system' END AS role,
       CASE WHEN r.empty THEN '' ELSE
         'vale ' || CASE WHEN r.r_phrase < 0.7 THEN l.phrase ELSE 'gracias' END || ' pedido '
         || CASE WHEN r.r_phrase < 0.4 THEN l2.phrase ELSE '' END || CASE WHEN r.question THEN ' ?' ELSE '.' END END AS body,
       timestamptz '2026-10-01 09:00+00' + make_interval(secs => sum(r.gap + 1) OVER (PARTITION BY r.c ORDER BY r.k)) AS sent_at
FROM raw r JOIN conv v USING (c) JOIN lex l ON l.i = r.li JOIN lex l2 ON l2.i = r.li2;
SELECT count(*) AS messages, count(DISTINCT c) AS conversations, count(*) FILTER (WHERE role = 'system') AS system_rows FROM msg;

-- per message: dimension sums from empathy_markers, words, question mark
CREATE TEMP TABLE feat AS
SELECT m.*, row_number() OVER (PARTITION BY c ORDER BY sent_at) AS rn,
       coalesce(d.ack, 0) AS ack, coalesce(d.apol, 0) AS apol, coalesce(d.own, 0) AS own,
       coalesce(d.expl, 0) AS expl, coalesce(d.anti, 0) AS anti, coalesce(d.compl, 0) AS compl,
       coalesce(array_length(regexp_split_to_array(nullif(empathy_normalize(body), ''), '[ |]+'), 1), 0) AS words,
       body LIKE '%?%' OR body LIKE '%¿%' AS asks
FROM msg m
LEFT JOIN LATERAL (
	SELECT sum(abs(weight)) FILTER (WHERE dimension = 'acknowledgement') AS ack,
	       sum(abs(weight)) FILTER (WHERE dimension = 'apology') AS apol,
	       sum(abs(weight)) FILTER (WHERE dimension = 'ownership') AS own,
	       sum(abs(weight)) FILTER (WHERE dimension = 'exploration') AS expl,
	       sum(abs(weight)) FILTER (WHERE dimension = 'anti_empathy') AS anti,
	       sum(abs(weight)) FILTER (WHERE dimension = 'complaint') AS compl
	FROM empathy_markers(m.body)) d ON true
WHERE m.role <> 'system';
-- per agent message: the customer turn before it (since the previous agent message)
CREATE TEMP TABLE turn AS
SELECT a.c, a.rn, a.sent_at,
       (SELECT min(x.sent_at) FROM feat x WHERE x.c = a.c AND x.role = 'customer' AND x.rn < a.rn
          AND x.rn > coalesce((SELECT max(y.rn) FROM feat y WHERE y.c = a.c AND y.role = 'agent' AND y.rn < a.rn), 0)) AS turn_start,
       EXISTS (SELECT 1 FROM feat x WHERE x.c = a.c AND x.role = 'customer' AND x.rn < a.rn AND x.compl > 0
          AND x.rn > coalesce((SELECT max(y.rn) FROM feat y WHERE y.c = a.c AND y.role = 'agent' AND y.rn < a.rn), 0)) AS after_complaint,
       a.ack + a.apol > 0 AND a.anti = 0 AS acknowledges,
       a.rn > (SELECT min(x.rn) FROM feat x WHERE x.c = a.c AND x.role = 'customer') AS after_customer,
       a.asks OR a.expl > 0 AS explores
FROM feat a WHERE a.role = 'agent';
CREATE TEMP TABLE ref_conv AS
WITH s AS (
	SELECT c, sum(ack) FILTER (WHERE role = 'agent') AS ack, sum(apol) FILTER (WHERE role = 'agent') AS apol,
	       sum(own) FILTER (WHERE role = 'agent') AS own, sum(expl) FILTER (WHERE role = 'agent') AS expl,
	       sum(anti) FILTER (WHERE role = 'agent') AS anti,
	       count(*) FILTER (WHERE role = 'agent') AS n_agent,
	       count(*) FILTER (WHERE role = 'customer') AS n_customer,
	       sum(words) FILTER (WHERE role = 'agent') AS aw, sum(words) AS tw
	FROM feat GROUP BY c
), t AS (
	SELECT c,
	       100.0 * avg(acknowledges::int) FILTER (WHERE after_complaint) AS understanding,
	       100.0 * avg(CASE WHEN sent_at - turn_start <= interval '2 min' THEN 1
	                        ELSE 120 / extract(epoch FROM sent_at - turn_start)::float8 END)
	               FILTER (WHERE turn_start IS NOT NULL) AS responsiveness
	FROM turn GROUP BY c
), q AS (
	SELECT c, bool_or(explores) AS asked
	FROM (SELECT c, explores, row_number() OVER (PARTITION BY c ORDER BY rn) AS j FROM turn WHERE after_customer) z
	WHERE j <= 2 GROUP BY c
)
SELECT s.c,
       CASE WHEN s.n_agent > 0 THEN greatest(0, 100 * ((1 - exp(-(least(s.ack, 3) + least(s.apol, 3) + least(s.own, 3) + least(s.expl, 3)) / 2))
                                                      - (1 - exp(-least(s.anti, 12) / 2)))) END AS language,
       t.understanding, t.responsiveness,
       CASE WHEN s.talk OR q.c IS NOT NULL THEN
         100.0 * ((CASE WHEN s.talk THEN CASE WHEN coalesce(s.aw, 0)::float8 / s.tw <= 0.6 THEN 1
                                                WHEN coalesce(s.aw, 0)::float8 / s.tw >= 0.9 THEN 0
                                                ELSE (0.9 - coalesce(s.aw, 0)::float8 / s.tw) / 0.3 END ELSE 0 END)
                  + coalesce(q.asked::int, 0))
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
