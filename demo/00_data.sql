-- demo/00_data.sql: a realistic sample CRM dataset, generated deterministically.
--   customers        2,000 customers in three segments and four regions
--   nps_responses    0-10 "would you recommend us" answers over a year
--   csat_responses   1-5 satisfaction answers after support tickets
--   ces_responses    1-7 "the company made it easy" answers
-- Scores depend on the segment, and the SMB segment has a bad October, so
-- that the significance test and the segment alerts have something to find.
\set QUIET on
\set ECHO none
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

ANALYZE;
\set QUIET off
\echo loaded the sample CRM dataset:
SELECT (SELECT count(*) FROM customers) AS customers,
       (SELECT count(*) FROM nps_responses) AS nps_answers,
       (SELECT count(*) FROM csat_responses) AS csat_answers,
       (SELECT count(*) FROM ces_responses) AS ces_answers;
