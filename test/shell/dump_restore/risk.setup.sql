-- Stored risk models (risk_fit) must survive pg_dump / pg_restore as the same
-- models: the same text (coefficients, standard errors, means, counts, the
-- date of the fit), the same scores and explanations, also through a view
-- that scores the customers with a stored model.
SELECT setseed(0.83);
CREATE TABLE risk_customers (id int PRIMARY KEY, detractor boolean, loops float8, wait float8, premium float8);
INSERT INTO risk_customers
SELECT i, random() < 1 / (1 + exp(-(-2 + 0.8 * loops + 0.05 * wait - 0.6 * premium))), loops, wait, premium
FROM (SELECT i, floor(random() * 4)::float8 AS loops, round((random() * 30)::numeric, 1)::float8 AS wait,
             (random() < 0.3)::int::float8 AS premium
      FROM generate_series(1, 3000) AS i) c;
UPDATE risk_customers SET wait = NULL WHERE id % 97 = 0;

CREATE TABLE risk_models (name text PRIMARY KEY, model risk_model);
INSERT INTO risk_models
SELECT 'churn', risk_fit(detractor, ARRAY[loops, wait, premium],
                         ARRAY['{} loops back in billing', 'waited {} minutes', 'premium'])
FROM risk_customers;
INSERT INTO risk_models
SELECT 'churn_l2', risk_fit(detractor, ARRAY[loops, wait], ARRAY['loops', 'wait'], '{"l2": 5}')
FROM risk_customers WHERE id <= 500;
INSERT INTO risk_models SELECT 'unnamed', risk_fit(detractor, ARRAY[loops]) FROM risk_customers;
INSERT INTO risk_models VALUES ('none', NULL);

-- a view scoring every customer with the stored model, as a dashboard would
CREATE VIEW risk_now AS
SELECT c.id, risk_score(m.model, ARRAY[c.loops, c.wait, c.premium]) AS risk
FROM risk_customers c, risk_models m WHERE m.name = 'churn';
