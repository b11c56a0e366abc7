-- Printed before and after pg_dump / pg_restore: must be identical.
\pset null '(null)'
SELECT name, model FROM risk_models ORDER BY name;
SELECT name, (risk_model_summary(model)).* FROM risk_models WHERE model IS NOT NULL ORDER BY name;
SELECT name, (risk_coefficients(model)).* FROM risk_models WHERE model IS NOT NULL ORDER BY name;
SELECT count(*), sum(risk), min(risk), max(risk), count(*) FILTER (WHERE risk IS NULL) AS unscored FROM risk_now;
SELECT * FROM risk_now WHERE id IN (1, 2, 3, 97, 2500) ORDER BY id;
SELECT e.* FROM risk_models m, risk_explain(m.model, ARRAY[3, 25.5, 0]) e WHERE m.name = 'churn';
SELECT (risk_metrics(m.model, c.detractor, ARRAY[c.loops, c.wait])).*
FROM risk_models m, risk_customers c WHERE m.name = 'churn_l2' AND c.id > 500;
