-- predict: risk_fit, risk_model, risk_score, risk_explain, risk_coefficients,
-- risk_model_summary, risk_metrics
SET extra_float_digits = 0;
SET TimeZone = 'UTC';

-- a deterministic data set: the outcome from a known logistic model
SELECT setseed(0.25);
CREATE TABLE train AS
SELECT i, x1, x2, x3,
       random() < 1 / (1 + exp(-(-2 + 0.9 * x1 - 0.7 * x2 + 0.03 * x3))) AS y
FROM (SELECT i, random() * 3 AS x1, (random() < 0.4)::int::float8 AS x2,
             60 + 40 * random() AS x3
      FROM generate_series(1, 5000) i) s;
CREATE TABLE models (name text PRIMARY KEY, model risk_model);
INSERT INTO models
SELECT 'full', risk_fit(y, ARRAY[x1, x2, x3], ARRAY['{} loops back in billing', 'vip', 'age']) FROM train;

SELECT feature, round(coefficient::numeric, 4) AS coefficient, round(std_error::numeric, 4) AS std_error,
       round(z::numeric, 2) AS z, p_value < 0.001 AS significant, round(odds_ratio::numeric, 3) AS odds_ratio,
       round(ci_lower::numeric, 3) AS ci_lower, round(ci_upper::numeric, 3) AS ci_upper
FROM risk_coefficients((SELECT model FROM models WHERE name = 'full'));

SELECT features, n, positives, skipped, round(loglik::numeric, 4) AS loglik, round(loglik_null::numeric, 4) AS loglik_null,
       round(pseudo_r2::numeric, 5) AS pseudo_r2, round(aic::numeric, 3) AS aic, round(bic::numeric, 3) AS bic,
       iterations BETWEEN 3 AND 10 AS iterations_ok, l2, fitted_at <= now() AS fitted_before_now
FROM risk_model_summary((SELECT model FROM models WHERE name = 'full'));

-- the coefficients are those of the known model, within 3 standard errors
SELECT bool_and(abs(coefficient - truth) < 3 * std_error) AS near_truth
FROM risk_coefficients((SELECT model FROM models WHERE name = 'full')) c
JOIN (VALUES ('(intercept)', -2.0), ('{} loops back in billing', 0.9), ('vip', -0.7), ('age', 0.03)) t(feature, truth) USING (feature);

-- the log-likelihood is the maximum: the gradient at the fit is zero
SELECT round(sum((y::int - risk_score(m.model, ARRAY[x1, x2, x3]))::numeric), 6) AS score_sum,
       round(sum((y::int - risk_score(m.model, ARRAY[x1, x2, x3])) * x1)::numeric, 6) AS score_x1
FROM train, models m WHERE m.name = 'full';

-- scoring and explaining one customer
SELECT round(risk_score(model, ARRAY[3, 0, 90])::numeric, 6) AS risk FROM models WHERE name = 'full';
SELECT feature, value, round(mean::numeric, 3) AS mean, round(contribution::numeric, 4) AS contribution,
       explanation
FROM risk_explain((SELECT model FROM models WHERE name = 'full'), ARRAY[3, 0, 90]);
-- log_odds = baseline + contributions = logit(risk_score)
SELECT round((min(baseline) + sum(contribution) - min(log_odds))::numeric, 12) AS zero,
       round((min(log_odds) - ln(r / (1 - r)))::numeric, 10) AS also_zero
FROM risk_explain((SELECT model FROM models WHERE name = 'full'), ARRAY[3, 0, 90]),
     (SELECT risk_score(model, ARRAY[3, 0, 90]) AS r FROM models WHERE name = 'full') s
GROUP BY r;
SELECT risk_score(model, ARRAY[1, NULL, 2]) IS NULL AS null_feature FROM models WHERE name = 'full';
SELECT count(*) AS explain_rows_with_null FROM risk_explain((SELECT model FROM models WHERE name = 'full'), ARRAY[1, NULL, 2]);
SELECT risk_score(model, ARRAY[1, 2]) FROM models WHERE name = 'full';
SELECT risk_score(model, ARRAY[1, 'NaN'::float8, 2]) FROM models WHERE name = 'full';
SELECT risk_score(model, ARRAY[[1, 2, 3]]) FROM models WHERE name = 'full';

-- validation: exact AUC, log-loss, Brier, calibration
SELECT (r).n, (r).positives, (r).skipped, round((r).auc::numeric, 6) AS auc,
       round((r).log_loss::numeric, 6) AS log_loss, round((r).brier::numeric, 6) AS brier,
       round((r).mean_risk::numeric, 6) AS mean_risk, round((r).observed_rate::numeric, 6) AS observed_rate
FROM (SELECT risk_metrics(m.model, y, ARRAY[x1, x2, x3]) AS r FROM train, models m WHERE m.name = 'full') s;
-- the AUC is the Mann-Whitney statistic, counted pair by pair
WITH s AS (SELECT y, risk_score(m.model, ARRAY[x1, x2, x3]) AS p FROM train, models m WHERE m.name = 'full' AND i <= 800)
SELECT round(((SELECT risk_metrics(m.model, y, ARRAY[x1, x2, x3]) FROM train, models m WHERE m.name = 'full' AND i <= 800)).auc::numeric, 12)
     = round((SELECT avg(CASE WHEN a.p > b.p THEN 1 WHEN a.p = b.p THEN 0.5 ELSE 0 END) FROM s a, s b WHERE a.y AND NOT b.y), 12)
       AS auc_is_mann_whitney;
-- the calibration bins add up, and their mean risk lies in the bin
SELECT bin, lower, upper, n > 0 AS filled, mean_risk >= lower AND mean_risk < upper AS inside,
       round(observed_rate::numeric, 2) AS observed_rate
FROM (SELECT (unnest((risk_metrics(m.model, y, ARRAY[x1, x2, x3])).calibration)).*
      FROM train, models m WHERE m.name = 'full') c;
-- ties: a model of one 0/1 feature gives two scores; AUC counts ties 1/2
WITH t(y, x) AS (VALUES (true, 1.0), (true, 1.0), (true, 0.0), (false, 1.0), (false, 0.0), (false, 0.0), (false, 0.0))
SELECT (risk_metrics(risk_fit_model, y, ARRAY[x])).auc
FROM t, (SELECT risk_fit(y, ARRAY[x]) AS risk_fit_model FROM t) f;
-- NULL rows are skipped and counted
SELECT (risk_metrics(m.model, y, f)).skipped
FROM models m, (VALUES (true, ARRAY[1, 0, 70]::float8[]), (NULL, ARRAY[1, 0, 70]), (false, NULL), (false, ARRAY[1, NULL, 70])) t(y, f)
WHERE m.name = 'full';
SELECT risk_metrics(m.model, y, ARRAY[x1, x2, x3]) IS NULL AS no_rows FROM train, models m WHERE false;

-- GROUP BY: one model per segment
SELECT x2 AS segment, (risk_model_summary(risk_fit(y, ARRAY[x1, x3]))).n
FROM train GROUP BY x2 ORDER BY x2;

-- NULLs: skipped and counted; over no rows, NULL
SELECT (risk_model_summary(risk_fit(y, f))).skipped
FROM (SELECT y, ARRAY[x1, x2] AS f FROM train
      UNION ALL VALUES (NULL, ARRAY[1, 1]::float8[]), (true, NULL), (false, ARRAY[NULL, 1]::float8[])) t;
SELECT risk_fit(y, ARRAY[x1]) IS NULL AS no_rows FROM train WHERE false;
SELECT risk_fit(y, NULL::float8[]) IS NULL AS all_skipped FROM train WHERE i < 3;

-- L2: coefficients shrink toward zero
SELECT round(coefficient::numeric, 4) AS x1_coefficient
FROM risk_coefficients((SELECT risk_fit(y, ARRAY[x1, x2, x3], NULL, '{"l2": 100}') FROM train))
WHERE feature = 'x1';
SELECT (risk_model_summary(risk_fit(y, ARRAY[x1, x2, x3], NULL, '{"l2": 100}'))).l2 FROM train;

-- errors
SELECT risk_fit(y, ARRAY[x1, 7]) FROM train;
SELECT risk_fit(y, ARRAY[x1, 2 * x1]) FROM train;
SELECT risk_fit(true, ARRAY[x1]) FROM train;
SELECT risk_fit(y, ARRAY[x1, x2]) FROM train WHERE i <= 3;
SELECT risk_fit(x1 > 1.5, ARRAY[x1]) FROM train;
SELECT risk_fit(y, CASE WHEN i = 7 THEN ARRAY[x1] ELSE ARRAY[x1, x2] END) FROM train;
SELECT risk_fit(y, ARRAY[x1, 'Infinity']) FROM train;
SELECT risk_fit(y, ARRAY[]::float8[]) FROM train;
SELECT risk_fit(y, ARRAY[x1, x2], ARRAY['a']) FROM train;
SELECT risk_fit(y, ARRAY[x1, x2], ARRAY['a', 'a']) FROM train;
SELECT risk_fit(y, ARRAY[x1, x2], ARRAY['a', NULL]) FROM train;
SELECT risk_fit(y, ARRAY[x1, x2], CASE WHEN i = 9 THEN ARRAY['a', 'c'] ELSE ARRAY['a', 'b'] END) FROM train;
SELECT risk_fit(y, ARRAY[x1, x2], NULL, '{"l2": -1}') FROM train;
SELECT risk_fit(y, ARRAY[x1, x2], NULL, '{"lambda": 1}') FROM train;
SELECT risk_fit(y, ARRAY[x1, x2], NULL, '{"max_iterations": 1}') FROM train;
SELECT risk_fit(y, ARRAY[x1, x2], NULL, '[1]') FROM train;
SELECT risk_fit(y, ARRAY[x1, x2], NULL, '{"tolerance": "small"}') FROM train;
-- separation is fitted with a penalty
SELECT round(coefficient::numeric, 3) AS penalized
FROM risk_coefficients((SELECT risk_fit(x1 > 1.5, ARRAY[x1], NULL, '{"l2": 1}') FROM train)) WHERE feature = 'x1';

-- the stored model: text form, validation
SELECT model::text::risk_model::text = model::text AS text_round_trip,
       (model::text::jsonb) -> 'features' -> 0 ->> 'name' AS first_name,
       (model::text::jsonb) ->> 'n' AS n
FROM models WHERE name = 'full';

SELECT 'not json'::risk_model;
SELECT '[1]'::risk_model;
SELECT '{"k": 1}'::risk_model;
CREATE FUNCTION edit(path text[], v jsonb) RETURNS risk_model LANGUAGE sql AS
$$ SELECT jsonb_set(model::text::jsonb, path, v)::text::risk_model FROM models WHERE name = 'full' $$;
SELECT edit('{version}', '2');
SELECT edit('{k}', '65');
SELECT edit('{k}', '2');
SELECT edit('{positives}', '6000');
SELECT edit('{loglik}', '1');
SELECT edit('{features,0,sd}', '0');
SELECT edit('{features,1,se}', '-1');
SELECT edit('{features,1,name}', '"age"');
SELECT edit('{features,1,name}', '""');
SELECT edit('{features,1,coef}', '"x"');
SELECT edit('{fitted_at}', '"infinity"');
SELECT edit('{extra}', '1');
SELECT edit('{n}', '1.5');
SELECT (edit('{features,1,coef}', '-1.25')::text::jsonb) #> '{features,1,coef}' AS edited;

-- parallel plans: the scan runs in workers below the aggregate
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
-- (the plans' shapes differ between versions: only what matters is checked)
CREATE FUNCTION plan_has(q text, pattern text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		IF line LIKE pattern THEN RETURN true; END IF;
	END LOOP;
	RETURN false;
END $$;
SELECT plan_has('SELECT risk_fit(y, ARRAY[x1, x2, x3]) FROM train', '%Parallel Seq Scan on train%') AS parallel_scan,
       plan_has('SELECT risk_fit(y, ARRAY[x1, x2, x3]) FROM train', '%Partial Aggregate%') AS partial_aggregate;
SELECT (risk_model_summary(risk_fit(y, ARRAY[x1, x2, x3]))).n FROM train;
SELECT plan_has('SELECT sum(risk_score(m.model, ARRAY[x1, x2, x3])) FROM train, models m WHERE m.name = ''full''',
                '%Parallel Seq Scan on train%') AS scored_in_parallel;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
-- a tiny work_mem: the rows spill to a temporary file, same model
SET work_mem = '64kB';
SELECT (SELECT risk_fit(y, ARRAY[x1, x2, x3], ARRAY['{} loops back in billing', 'vip', 'age']) FROM train)::text::jsonb - 'fitted_at'
     = (SELECT model::text::jsonb - 'fitted_at' FROM models WHERE name = 'full') AS same_when_spilled;
-- spilled, one model per group, and errors after spilling (the temporary files go with the group or the error)
SELECT x2, (risk_model_summary(risk_fit(y, ARRAY[x1, x3]))).n FROM train GROUP BY x2 ORDER BY x2;
SELECT risk_fit(y, CASE WHEN i = 4999 THEN ARRAY[x1] ELSE ARRAY[x1, x2] END) FROM train;
SELECT x2, round((risk_metrics(m.model, y, ARRAY[x1, x2, x3])).auc::numeric, 4) AS auc
FROM train, models m WHERE m.name = 'full' GROUP BY x2 ORDER BY x2;
SELECT (risk_metrics(m.model, y, CASE WHEN i = 4999 THEN ARRAY[x1] ELSE ARRAY[x1, x2, x3] END)).auc
FROM train, models m WHERE m.name = 'full';
BEGIN;
SELECT risk_fit(y, ARRAY[x1, x3]) IS NOT NULL AS fitted_in_a_transaction FROM train;
COMMIT;
RESET work_mem;
-- a model per group is GROUP BY's job, not a window's
SELECT risk_fit(y, ARRAY[x1, x3]) OVER (PARTITION BY x2) FROM train LIMIT 1;
