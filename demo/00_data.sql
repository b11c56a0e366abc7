-- demo/00_data.sql: a realistic sample CRM dataset, generated deterministically
-- (fixed seeds, fixed dates: the same rows on every run and every day).
--   customers        2,000 customers in three segments and four regions
--   nps_responses    0-10 "would you recommend us" answers, 20 Nov 2025 - 19 Nov 2026
--   csat_responses   1-5 satisfaction answers after support tickets
--   ces_responses    1-7 "the company made it easy" answers
--   touchpoints      the customers' journeys: stage, time, channel, outcome
--   chat_messages    three help-desk conversations (Chatwoot style)
-- Scores depend on the segment, and the SMB segment has a bad October, so
-- that the significance test and the segment alerts have something to find.
-- The README's examples run on this dataset (test/shell/readme_examples.sh).
\set QUIET on
\set ECHO none
SET TimeZone = 'UTC';
SELECT setseed(0.42) \g /dev/null
CREATE EXTENSION cx_metrics;

CREATE TABLE customers (
	customer_id bigint PRIMARY KEY,
	name        text NOT NULL,
	segment     text NOT NULL,
	region      text NOT NULL,
	created_at  timestamptz NOT NULL
);
INSERT INTO customers
SELECT i,
       (ARRAY['Ana','Luis','María','John','Emma','Carlos','Sofía','Liam','Olivia','Diego'])[1 + i % 10]
         || ' ' || (ARRAY['García','Smith','López','Brown','Martínez','Jones','Pérez','Taylor'])[1 + (i / 10) % 8],
       CASE WHEN random() < 0.15 THEN 'enterprise' WHEN random() < 0.55 THEN 'smb' ELSE 'consumer' END,
       (ARRAY['north','south','east','west'])[1 + floor(random() * 4)::int],
       timestamptz '2025-01-01' + random() * interval '300 days'
FROM generate_series(1, 2000) AS i;

-- A 0-10 answer: a mixture whose promoter share depends on the segment and,
-- for SMB customers in October 2026, drops sharply.
CREATE FUNCTION pg_temp.demo_score(segment text, at timestamptz) RETURNS smallint
LANGUAGE sql VOLATILE AS $$
	SELECT (CASE
		WHEN r < p_prom THEN 9 + (random() < 0.55)::int
		WHEN r < p_prom + 0.30 THEN 7 + (random() < 0.5)::int
		ELSE floor(random() * 7)::int
	END)::smallint
	FROM (SELECT random() AS r,
	             CASE segment WHEN 'enterprise' THEN 0.55 WHEN 'smb' THEN 0.45 ELSE 0.38 END
	             - CASE WHEN segment = 'smb' AND at >= '2026-10-01' AND at < '2026-11-01' THEN 0.25 ELSE 0 END
	             AS p_prom) AS x
$$;

CREATE TABLE nps_responses (
	response_id bigserial PRIMARY KEY,
	customer_id bigint NOT NULL REFERENCES customers,
	answered_at timestamptz NOT NULL,
	score       smallint,              -- NULL: the customer skipped the question
	comment     text
);
INSERT INTO nps_responses (customer_id, answered_at, score)
SELECT c.customer_id, t.at,
       CASE WHEN random() < 0.02 THEN NULL ELSE pg_temp.demo_score(c.segment, t.at) END
FROM customers c
CROSS JOIN LATERAL (
	SELECT timestamptz '2025-11-20' + random() * interval '365 days' AS at
	FROM generate_series(1, 5 + (c.customer_id % 7)::int)
) AS t;

CREATE TABLE csat_responses (
	response_id bigserial PRIMARY KEY,
	customer_id bigint NOT NULL REFERENCES customers,
	ticket_id   bigint NOT NULL,
	answered_at timestamptz NOT NULL,
	rating      smallint                -- 1 = very dissatisfied .. 5 = very satisfied
);
INSERT INTO csat_responses (customer_id, ticket_id, answered_at, rating)
SELECT c.customer_id, c.customer_id * 100 + g, timestamptz '2025-11-20' + random() * interval '365 days',
       (1 + least(4, floor(random() * 3 + random() * 2.2 + CASE c.segment WHEN 'enterprise' THEN 0.6 ELSE 0 END)))::smallint
FROM customers c, generate_series(1, 1 + (c.customer_id % 4)::int) AS g;

CREATE TABLE ces_responses (
	response_id bigserial PRIMARY KEY,
	customer_id bigint NOT NULL REFERENCES customers,
	answered_at timestamptz NOT NULL,
	effort      smallint                -- 1 = strongly disagree .. 7 = strongly agree "made it easy"
);
INSERT INTO ces_responses (customer_id, answered_at, effort)
SELECT c.customer_id, timestamptz '2025-11-20' + random() * interval '365 days',
       (1 + least(6, floor(random() * 4 + random() * 3.5)))::smallint
FROM customers c, generate_series(1, 1 + (c.customer_id % 3)::int);

-- Journeys: each walks the stages discovery .. renewal on several channels;
-- SMB customers bounce between support and billing, switch channels and fail
-- more often there.
SELECT setseed(0.3) \g /dev/null
CREATE TABLE touchpoints (
	customer_id bigint NOT NULL REFERENCES customers,
	stage       text NOT NULL,
	at          timestamptz NOT NULL,
	channel     text,
	outcome     text            -- 'ok', 'failed' or NULL (not recorded)
);
INSERT INTO touchpoints
SELECT c.customer_id,
       CASE WHEN c.segment = 'smb' AND k > 3 AND random() < 0.35 THEN (ARRAY['billing', 'support'])[1 + (k % 2)]
            ELSE (ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'])[
                 1 + least(5, floor(k * 6.0 / (n + 1) + random() * 0.8)::int)] END,
       c.created_at + (k * 3 + random() * 4) * interval '1 day',
       (ARRAY['web', 'email', 'phone', 'chat', NULL])[1 + floor(random() * 5)::int],
       CASE WHEN random() < 0.1 THEN NULL
            WHEN random() < CASE c.segment WHEN 'smb' THEN 0.25 ELSE 0.08 END THEN 'failed' ELSE 'ok' END
FROM customers c,
     LATERAL (SELECT 2 + floor(random() * 10)::int AS n) AS jn,
     LATERAL generate_series(1, jn.n) AS k;

-- A help desk's messages (Chatwoot style: message_type 0 = customer, 1 = agent).
CREATE TABLE chat_messages (
	conversation_id int NOT NULL,
	agent           text NOT NULL,
	message_type    int NOT NULL,
	content         text,
	created_at      timestamptz NOT NULL
);
INSERT INTO chat_messages VALUES
 (1, 'Lucía', 0, 'Llevo tres días esperando el reembolso y nadie me responde. Estoy harto.', '2026-10-05 09:00+00'),
 (1, 'Lucía', 1, 'Lamento mucho la espera, tiene toda la razón. ¿Me indica el número de pedido?', '2026-10-05 09:01+00'),
 (1, 'Lucía', 0, 'Es el 55120.', '2026-10-05 09:03+00'),
 (1, 'Lucía', 1, 'Gracias. Me encargo personalmente y le escribo mañana con novedades.', '2026-10-05 09:05+00'),
 (2, 'Tom', 0, 'I was charged twice this month. This is unacceptable.', '2026-10-05 10:00+00'),
 (2, 'Tom', 1, 'As I said before, refunds take 10 days. Please read the FAQ.', '2026-10-05 10:45+00'),
 (2, 'Tom', 0, 'That does not help at all.', '2026-10-05 10:50+00'),
 (2, 'Tom', 1, 'It is what it is, there is nothing we can do.', '2026-10-05 11:30+00'),
 (3, 'Tom', 0, 'My login stopped working after the update.', '2026-10-06 08:00+00'),
 (3, 'Tom', 1, 'I''m sorry about that! Could you tell me more about the error you see?', '2026-10-06 08:02+00'),
 (3, 'Tom', 0, 'It says invalid token.', '2026-10-06 08:03+00'),
 (3, 'Tom', 1, 'Thanks, I''ve fixed your account; I''ll keep an eye on it today.', '2026-10-06 08:06+00');

ANALYZE;
\set QUIET off
\echo loaded the sample CRM dataset:
SELECT (SELECT count(*) FROM customers) AS customers,
       (SELECT count(*) FROM nps_responses) AS nps_answers,
       (SELECT count(*) FROM csat_responses) AS csat_answers,
       (SELECT count(*) FROM ces_responses) AS ces_answers,
       (SELECT count(*) FROM touchpoints) AS touchpoints,
       (SELECT count(*) FROM chat_messages) AS chat_messages;
