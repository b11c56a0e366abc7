-- predict_ship: the storable states of risk_metrics (risk_metrics_state) and
-- of risk_fit's one-step form (risk_step, risk_fit_update,
-- risk_fit_iterate), shipped through their text form the way Citus ships a
-- worker's partial state to the coordinator; equality with one node; bad
-- states; NULL rows; GROUP BY; parallel plans.
SET extra_float_digits = 0;
\set SHOW_CONTEXT never

SELECT setseed(0.5);
CREATE TABLE ship_train AS
SELECT i, x1, x2, x3,
       random() < 1 / (1 + exp(-(-2 + 0.9 * x1 - 0.7 * x2 + 0.03 * x3))) AS y
FROM (SELECT i, random() * 3 AS x1, (random() < 0.4)::int::float8 AS x2,
             60 + 40 * random() AS x3
      FROM generate_series(1, 3000) i) s;
CREATE TABLE ship_models AS SELECT risk_fit(y, ARRAY[x1, x2, x3]) AS model FROM ship_train;

-- a partial aggregate (the state, no final function) and a final one over
-- states, as Citus runs them on the workers and on the coordinator
CREATE AGGREGATE pg_temp.partial_metrics(risk_model, bool, float8[]) (
	SFUNC = risk_metrics_trans, STYPE = risk_metrics_state, COMBINEFUNC = risk_metrics_combine);
CREATE AGGREGATE pg_temp.finish_metrics(risk_metrics_state) (
	SFUNC = risk_metrics_combine, STYPE = risk_metrics_state, FINALFUNC = risk_metrics_final);
CREATE AGGREGATE pg_temp.partial_step(risk_step_state, bool, float8[], jsonb) (
	SFUNC = risk_step_trans, STYPE = risk_step_state, COMBINEFUNC = risk_step_combine);
CREATE AGGREGATE pg_temp.finish_step(risk_step_state) (
	SFUNC = risk_step_combine, STYPE = risk_step_state, FINALFUNC = risk_step_final);

-- ---- risk_metrics ----------------------------------------------------------------

-- four "shards" (i % 4), each state through text and back, combined and
-- finished: the same result as over all rows at once (the sums up to rounding)
CREATE TABLE ship_shipped AS
SELECT i % 4 AS shard, pg_temp.partial_metrics(m.model, y, ARRAY[x1, x2, x3])::text AS state
FROM ship_train, ship_models m GROUP BY 1;
SELECT count(*) AS shards, bool_and(state LIKE 'risk_metrics:%') AS text_form,
       bool_and(state::risk_metrics_state::text = state) AS text_round_trip,
       bool_and(risk_metrics_state_send(state::risk_metrics_state) = decode(substr(state, 14), 'base64')) AS binary_form
FROM ship_shipped;
-- 8 bytes a row: the state grows by the rows' probabilities
SELECT min(length(decode(substr(state, 14), 'base64'))) - 8 * 750 AS bytes_besides_rows FROM ship_shipped;
CREATE FUNCTION pg_temp.same_metrics(a risk_metrics_result, b risk_metrics_result) RETURNS boolean
LANGUAGE sql AS $$
	SELECT a.n = b.n AND a.positives = b.positives AND a.skipped = b.skipped AND a.auc = b.auc
	   AND abs(a.log_loss - b.log_loss) < 1e-14 AND abs(a.brier - b.brier) < 1e-14
	   AND abs(a.mean_risk - b.mean_risk) < 1e-14 AND a.observed_rate = b.observed_rate
	   AND (SELECT bool_and(x.bin = y.bin AND x.n = y.n AND abs(x.mean_risk - y.mean_risk) < 1e-14
	                        AND x.observed_rate = y.observed_rate)
	        FROM unnest(a.calibration) WITH ORDINALITY x JOIN unnest(b.calibration) WITH ORDINALITY y USING (ordinality))
	   AND cardinality(a.calibration) = cardinality(b.calibration)
$$;
SELECT pg_temp.same_metrics((SELECT pg_temp.finish_metrics(state::risk_metrics_state) FROM ship_shipped),
                            (SELECT risk_metrics(m.model, y, ARRAY[x1, x2, x3]) FROM ship_train, ship_models m))
       AS shipped_equals_one_node,
       (SELECT round((pg_temp.finish_metrics(state::risk_metrics_state)).auc::numeric, 6) FROM ship_shipped) AS auc;
-- the AUC is exact: the Mann-Whitney statistic, pair by pair
WITH s AS (SELECT y, risk_score(m.model, ARRAY[x1, x2, x3]) AS p FROM ship_train, ship_models m)
SELECT (SELECT (pg_temp.finish_metrics(state::risk_metrics_state)).auc FROM ship_shipped)::numeric
       - (SELECT avg(CASE WHEN a.p > b.p THEN 1 WHEN a.p = b.p THEN 0.5 ELSE 0 END) FROM s a, s b WHERE a.y AND NOT b.y)
       BETWEEN -1e-12 AND 1e-12 AS auc_is_mann_whitney;

-- NULL rows are skipped and counted in each part
SELECT (pg_temp.finish_metrics(st::risk_metrics_state)).skipped
FROM (SELECT pg_temp.partial_metrics(m.model, y, f)::text AS st
      FROM ship_models m, (VALUES (1, true, ARRAY[1, 0, 70]::float8[]), (1, NULL, ARRAY[1, 0, 70]),
                             (2, false, NULL), (2, false, ARRAY[1, NULL, 70]), (3, false, ARRAY[2, 1, 80])) t(part, y, f)
      GROUP BY part) p;
-- only NULL rows: NULL, as over no rows
SELECT risk_metrics(m.model, NULL, ARRAY[1, 2, 3]) IS NULL AS all_skipped FROM ship_models m;

-- one model per group: another model in the group, or in another part, is refused
SELECT risk_metrics(CASE WHEN i = 100 THEN (SELECT risk_fit(y, ARRAY[x1, x2, x3], NULL, '{"l2": 1}') FROM ship_train) ELSE m.model END,
                    y, ARRAY[x1, x2, x3]) IS NULL
FROM ship_train, ship_models m;
SELECT pg_temp.finish_metrics(st::risk_metrics_state) IS NULL
FROM (SELECT pg_temp.partial_metrics(m.model, y, ARRAY[x1, x2, x3])::text AS st FROM ship_train, ship_models m WHERE i < 10
      UNION ALL
      SELECT pg_temp.partial_metrics(risk_fit, y, ARRAY[x1, x2, x3])::text
      FROM ship_train, (SELECT risk_fit(y, ARRAY[x1, x2, x3], NULL, '{"l2": 1}') FROM ship_train) f WHERE i < 10) p;

-- GROUP BY: a state per group, shipped, equal to one node
SELECT x2 AS segment,
       pg_temp.same_metrics((SELECT pg_temp.finish_metrics(state::risk_metrics_state)
                             FROM (SELECT pg_temp.partial_metrics(m.model, y, ARRAY[x1, x2, x3])::text AS state
                                   FROM ship_train t, ship_models m WHERE t.x2 = g.x2 GROUP BY i % 3) s),
                            risk_metrics(m.model, y, ARRAY[x1, x2, x3])) AS shipped_equals_one_node
FROM ship_train g, ship_models m GROUP BY x2 ORDER BY x2;

-- bad states are refused, field by field
CREATE FUNCTION pg_temp.poke(state text, prefix text, byte_offset int, bytes bytea) RETURNS text
LANGUAGE sql AS $$
	SELECT prefix || translate(encode(overlay(decode(substr(state, length(prefix) + 1), 'base64')
	                                          PLACING bytes FROM byte_offset + 1 FOR length(bytes)), 'base64'), E'\n', '')
$$;
CREATE TABLE ship_one_state AS SELECT state FROM ship_shipped WHERE shard = 1;
SELECT 'empathy:AAAA'::risk_metrics_state;
SELECT 'risk_metrics:***'::risk_metrics_state;
SELECT 'risk_metrics:AAAA'::risk_metrics_state;
SELECT pg_temp.poke(state, 'risk_metrics:', 7, '\x02')::risk_metrics_state FROM ship_one_state;		-- version
SELECT pg_temp.poke(state, 'risk_metrics:', 16, '\xff')::risk_metrics_state FROM ship_one_state;		-- skipped < 0
SELECT pg_temp.poke(state, 'risk_metrics:', 31, '\x01')::risk_metrics_state FROM ship_one_state;		-- n
SELECT pg_temp.poke(state, 'risk_metrics:', 32, '\x7f')::risk_metrics_state FROM ship_one_state;		-- positives > n
SELECT pg_temp.poke(state, 'risk_metrics:', 40, '\xbff0000000000000')::risk_metrics_state FROM ship_one_state;	-- log-loss < 0
SELECT pg_temp.poke(state, 'risk_metrics:', 64, '\x7f')::risk_metrics_state FROM ship_one_state;		-- bin rows
SELECT pg_temp.poke(state, 'risk_metrics:', 304 + 4, '\x02')::risk_metrics_state FROM ship_one_state;	-- the model's version
SELECT pg_temp.poke(state, 'risk_metrics:', length(decode(substr(state, 14), 'base64')) - 8, '\x3ff0000000000001')::risk_metrics_state
FROM ship_one_state;																					-- a probability > 1

-- ---- risk_step: the passes of risk_fit, one aggregate each ---------------------------

-- the passes by hand, as on one node: the same model as risk_fit, to the last bit
CREATE FUNCTION pg_temp.fit_by_hand(opts jsonb) RETURNS TABLE (model risk_model, passes int)
LANGUAGE plpgsql AS $$
DECLARE
	st risk_step_state;
BEGIN
	passes := 1;
	SELECT risk_step(NULL, y, ARRAY[x1, x2, x3], opts) INTO st FROM ship_train;
	LOOP
		model := risk_fit_update(st);
		EXIT WHEN model IS NOT NULL;
		SELECT risk_step(st, y, ARRAY[x1, x2, x3]) INTO st FROM ship_train;
		passes := passes + 1;
	END LOOP;
	RETURN NEXT;
END $$;
SELECT h.model::text::jsonb - 'fitted_at' = m.model::text::jsonb - 'fitted_at' AS same_as_risk_fit,
       h.passes, (risk_model_summary(h.model)).iterations
FROM pg_temp.fit_by_hand(NULL) h, ship_models m;
-- risk_fit_iterate: the same, over a query
SELECT risk_fit_iterate('SELECT y, ARRAY[x1, x2, x3] FROM ship_train', ARRAY['a', 'b', 'c'])::text::jsonb - 'fitted_at'
     = (SELECT risk_fit(y, ARRAY[x1, x2, x3], ARRAY['a', 'b', 'c']) FROM ship_train)::text::jsonb - 'fitted_at' AS iterate_same;
SELECT risk_fit_iterate('SELECT y, ARRAY[x1, x2, x3] FROM ship_train', NULL, '{"l2": 10}')::text::jsonb - 'fitted_at'
     = (SELECT risk_fit(y, ARRAY[x1, x2, x3], NULL, '{"l2": 10}') FROM ship_train)::text::jsonb - 'fitted_at' AS iterate_same_l2;

-- shipped: every pass computed in four parts, each through text, combined;
-- the model is risk_fit's up to rounding
CREATE FUNCTION pg_temp.fit_shipped(q text, opts jsonb) RETURNS risk_model
LANGUAGE plpgsql AS $$
DECLARE
	st risk_step_state;
	m risk_model;
	pass text := format('SELECT pg_temp.finish_step(s::risk_step_state) FROM (
		SELECT pg_temp.partial_step($1, y, f, $2)::text AS s FROM (%s) q(y, f, part) GROUP BY part) p', q);
BEGIN
	EXECUTE pass INTO st USING NULL::risk_step_state, opts;
	LOOP
		IF st IS NULL THEN RETURN NULL; END IF;
		m := risk_fit_update(st);
		EXIT WHEN m IS NOT NULL;
		EXECUTE pass INTO st USING st, opts;
	END LOOP;
	RETURN m;
END $$;
-- the largest relative difference of the coefficients and standard errors
CREATE FUNCTION pg_temp.max_rel_diff(a risk_model, b risk_model) RETURNS float8
LANGUAGE sql AS $$
	SELECT max(greatest(abs(x.coefficient - y.coefficient) / abs(y.coefficient),
	                    abs(x.std_error - y.std_error) / y.std_error))
	FROM risk_coefficients(a) x JOIN risk_coefficients(b) y USING (feature)
$$;
SELECT pg_temp.max_rel_diff(pg_temp.fit_shipped('SELECT y, ARRAY[x1, x2, x3], i % 4 FROM ship_train', NULL), m.model) < 1e-10
       AS shipped_within_1e_10,
       (risk_model_summary(pg_temp.fit_shipped('SELECT y, ARRAY[x1, x2, x3], i % 4 FROM ship_train', NULL))).iterations
       = (risk_model_summary(m.model)).iterations AS same_iterations
FROM ship_models m;
-- random data of 8 features, some of them correlated, and an L2 penalty
SELECT setseed(0.125);
CREATE TABLE ship_wide AS
SELECT i, ARRAY[a, b, a * b, c * 100, d, e, (random() < 0.2)::int, e * e] AS f,
       random() < 1 / (1 + exp(-(0.5 * a - 0.8 * b + 0.004 * c * 100 - d))) AS y
FROM (SELECT i, random() AS a, random() * 2 AS b, random() - 0.5 AS c, random() * 0.1 AS d, random() AS e FROM generate_series(1, 4000) i) s;
SELECT pg_temp.max_rel_diff(pg_temp.fit_shipped('SELECT y, f, i % 3 FROM ship_wide', NULL),
                            (SELECT risk_fit(y, f) FROM ship_wide)) < 1e-10 AS wide_within_1e_10,
       pg_temp.max_rel_diff(pg_temp.fit_shipped('SELECT y, f, i % 5 FROM ship_wide', '{"l2": 2}'),
                            (SELECT risk_fit(y, f, NULL, '{"l2": 2}') FROM ship_wide)) < 1e-10 AS l2_within_1e_10;

-- the same errors as risk_fit, shipped or not
SELECT risk_fit_iterate('SELECT y, ARRAY[x1, 7] FROM ship_train');						-- constant
SELECT pg_temp.fit_shipped('SELECT y, ARRAY[x1, 7], i % 4 FROM ship_train', NULL);
SELECT risk_fit_iterate('SELECT y, ARRAY[x1, 2 * x1] FROM ship_train', ARRAY['x', 'twice x']);	-- collinear
SELECT pg_temp.fit_shipped('SELECT y, ARRAY[x1, 2 * x1], i % 4 FROM ship_train', NULL);
SELECT risk_fit(y, ARRAY[x1, 2 * x1]) FROM ship_train;
SELECT risk_fit_iterate('SELECT true, ARRAY[x1] FROM ship_train');						-- one outcome
SELECT risk_fit_iterate('SELECT y, ARRAY[x1, x2] FROM ship_train WHERE i <= 3');		-- too few rows
SELECT risk_fit_iterate('SELECT x1 > 1.5, ARRAY[x1] FROM ship_train');					-- separated
SELECT pg_temp.fit_shipped('SELECT x1 > 1.5, ARRAY[x1], i % 4 FROM ship_train', NULL);
SELECT risk_fit(x1 > 1.5, ARRAY[x1]) FROM ship_train;
SELECT risk_fit_iterate('SELECT y, ARRAY[x1, x2] FROM ship_train', NULL, '{"max_iterations": 1}');	-- no convergence
SELECT risk_fit_iterate('SELECT y, ARRAY[x1, x2] FROM ship_train', NULL, '{"lambda": 1}');
SELECT risk_fit_iterate('SELECT y, ARRAY[x1, x2] FROM ship_train', ARRAY['a']);
-- separation is fitted with a penalty, as risk_fit does
SELECT pg_temp.max_rel_diff(risk_fit_iterate('SELECT x1 > 1.5, ARRAY[x1] FROM ship_train', NULL, '{"l2": 1}'),
                            (SELECT risk_fit(x1 > 1.5, ARRAY[x1], NULL, '{"l2": 1}') FROM ship_train)) < 1e-10 AS penalized_same;

-- NULL rows: skipped and counted by the first pass, in the model
SELECT (risk_model_summary(risk_fit_iterate(
	'SELECT y, f FROM (SELECT y, ARRAY[x1, x2] AS f FROM ship_train
	 UNION ALL VALUES (NULL, ARRAY[1, 1]::float8[]), (true, NULL), (false, ARRAY[NULL, 1]::float8[])) t'))).skipped;
-- no rows, or only NULL rows: NULL, as risk_fit
SELECT risk_fit_iterate('SELECT y, ARRAY[x1] FROM ship_train WHERE false') IS NULL AS no_rows;
SELECT risk_fit_iterate('SELECT y, NULL::float8[] FROM ship_train WHERE i < 3') IS NULL AS all_skipped;

-- GROUP BY: one fit per segment, each pass one GROUP BY query whose
-- previous state is joined per group
CREATE TABLE ship_fits (segment float8 PRIMARY KEY, st risk_step_state, model risk_model);
INSERT INTO ship_fits (segment, st)
SELECT x2, risk_step(NULL, y, ARRAY[x1, x3]) FROM ship_train GROUP BY x2;
DO $$
BEGIN
	FOR pass IN 1..60 LOOP
		UPDATE ship_fits SET model = risk_fit_update(st) WHERE model IS NULL;
		EXIT WHEN NOT EXISTS (SELECT FROM ship_fits WHERE model IS NULL);
		UPDATE ship_fits SET st = p.st
		FROM (SELECT t.x2, risk_step(f.st, t.y, ARRAY[t.x1, t.x3]) AS st
		      FROM ship_train t JOIN ship_fits f ON f.segment = t.x2 AND f.model IS NULL GROUP BY t.x2) p
		WHERE ship_fits.segment = p.x2;
	END LOOP;
END $$;
SELECT f.segment, pg_temp.max_rel_diff(f.model, g.model) < 1e-10 AS within_1e_10_of_risk_fit
FROM ship_fits f JOIN (SELECT x2, risk_fit(y, ARRAY[x1, x3]) AS model FROM ship_train GROUP BY x2) g ON g.x2 = f.segment
ORDER BY 1;

-- misuse
SELECT risk_step(CASE WHEN i = 5 THEN NULL ELSE (SELECT risk_step(NULL, y, ARRAY[x1]) FROM ship_train) END, y, ARRAY[x1]) IS NULL
FROM ship_train;
CREATE TABLE ship_pass1 AS SELECT risk_step(NULL, y, ARRAY[x1, x2, x3], '{"l2": 1}') AS st FROM ship_train;
SELECT risk_step(st, y, ARRAY[x1, x2, x3], '{"l2": 2}') IS NULL FROM ship_train, ship_pass1;
SELECT risk_step(st, y, ARRAY[x1, x2, x3], '{"l2": 1}') IS NOT NULL AS same_options_ok FROM ship_train, ship_pass1;
SELECT risk_fit_update(risk_step(st, y, ARRAY[x1, x2, x3])) FROM ship_train, ship_pass1 WHERE i > 10;	-- the rows changed
SELECT risk_step(st, y, ARRAY[x1, x2]) IS NULL FROM ship_train, ship_pass1;						-- other features
SELECT risk_fit_update(st, ARRAY['a', 'b']) FROM ship_pass1;
SELECT risk_fit_update(NULL) IS NULL AS null_step;
SELECT risk_fit_update(st) IS NULL AS another_pass FROM ship_pass1;
-- a converged fit wants no more passes
CREATE TABLE ship_last_pass AS SELECT NULL::risk_step_state AS st;
DO $$
DECLARE s risk_step_state;
BEGIN
	SELECT risk_step(NULL, y, ARRAY[x1]) INTO s FROM ship_train;
	WHILE risk_fit_update(s) IS NULL LOOP
		SELECT risk_step(s, y, ARRAY[x1]) INTO s FROM ship_train;
	END LOOP;
	UPDATE ship_last_pass SET st = s;
END $$;
SELECT risk_step(st, y, ARRAY[x1]) FROM ship_train, ship_last_pass;
-- parts of different passes do not combine
SELECT pg_temp.finish_step(s) IS NULL
FROM (SELECT st AS s FROM ship_pass1 UNION ALL SELECT st FROM ship_last_pass) p;
SELECT pg_temp.finish_step(s) IS NULL
FROM (SELECT (SELECT risk_step(st, y, ARRAY[x1, x2, x3]) FROM ship_train) AS s FROM ship_pass1
      UNION ALL SELECT (SELECT risk_step(NULL, y, ARRAY[x1, x2, x3], '{"l2": 1}') FROM ship_train)) p;
SELECT pg_temp.finish_step(s) IS NULL
FROM (SELECT risk_step((SELECT risk_step(NULL, y, ARRAY[x1]) FROM ship_train WHERE i <= 1000), y, ARRAY[x1]) AS s
      FROM ship_train WHERE i <= 1000
      UNION ALL SELECT risk_step((SELECT risk_step(NULL, y, ARRAY[x1]) FROM ship_train), y, ARRAY[x1]) FROM ship_train) p;

-- bad states are refused, field by field
CREATE TABLE ship_newton AS SELECT (SELECT risk_step(st, y, ARRAY[x1, x2, x3]) FROM ship_train)::text AS state FROM ship_pass1;
SELECT state LIKE 'risk_step:%' AS text_form, state::risk_step_state::text = state AS text_round_trip,
       risk_step_state_send(state::risk_step_state) = decode(substr(state, 11), 'base64') AS binary_form,
       length(decode(substr(state, 11), 'base64')) AS bytes
FROM ship_newton;
SELECT 'risk_metrics:AAAA'::risk_step_state;
SELECT 'risk_step:AAAA'::risk_step_state;
SELECT pg_temp.poke(state, 'risk_step:', 0, '\x02')::risk_step_state FROM ship_newton;		-- version
SELECT pg_temp.poke(state, 'risk_step:', 3, '\x00')::risk_step_state FROM ship_newton;		-- k = 0
SELECT pg_temp.poke(state, 'risk_step:', 3, '\x04')::risk_step_state FROM ship_newton;		-- k = 4: the size
SELECT pg_temp.poke(state, 'risk_step:', 7, '\x63')::risk_step_state FROM ship_newton;		-- 99 halvings
SELECT pg_temp.poke(state, 'risk_step:', 11, '\x00')::risk_step_state FROM ship_newton;		-- max_iterations 0
SELECT pg_temp.poke(state, 'risk_step:', 16, '\xff')::risk_step_state FROM ship_newton;		-- skipped < 0
SELECT pg_temp.poke(state, 'risk_step:', 32, '\x7f')::risk_step_state FROM ship_newton;		-- positives > n
SELECT pg_temp.poke(state, 'risk_step:', 64, '\xbf')::risk_step_state FROM ship_newton;		-- l2 < 0
SELECT pg_temp.poke(state, 'risk_step:', 88, '\x7ff8')::risk_step_state FROM ship_newton;		-- ll NaN
SELECT pg_temp.poke(state, 'risk_step:', 96 + 3 * 8, '\x80')::risk_step_state FROM ship_newton;	-- sd < 0
SELECT pg_temp.poke(state, 'risk_step:', 96 + 6 * 8, '\x7ff0')::risk_step_state FROM ship_newton;	-- beta infinite
SELECT pg_temp.poke(state, 'risk_step:', 96 + 22 * 8, '\xbf')::risk_step_state FROM ship_newton;	-- information < 0

-- ---- parallel plans: partial aggregates in the workers, combined ---------------------
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2; SET parallel_leader_participation = off;
ANALYZE ship_train; ANALYZE ship_models;
CREATE FUNCTION pg_temp.plan_has(q text, pattern text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		IF line LIKE pattern THEN RETURN true; END IF;
	END LOOP;
	RETURN false;
END $$;
SELECT pg_temp.plan_has('SELECT risk_metrics((SELECT model FROM ship_models), y, ARRAY[x1, x2, x3]) FROM ship_train', '%Partial Aggregate%') AS metrics_partial,
       pg_temp.plan_has('SELECT risk_step(NULL, y, ARRAY[x1, x2, x3]) FROM ship_train', '%Partial Aggregate%') AS step_partial;
SELECT pg_temp.same_metrics((SELECT risk_metrics((SELECT model FROM ship_models), y, ARRAY[x1, x2, x3]) FROM ship_train),
                            (SELECT pg_temp.finish_metrics(state::risk_metrics_state) FROM ship_shipped)) AS parallel_metrics_same;
SELECT pg_temp.max_rel_diff(risk_fit_iterate('SELECT y, ARRAY[x1, x2, x3] FROM ship_train'), m.model) < 1e-10
       AS parallel_fit_within_1e_10
FROM ship_models m;
SELECT pg_temp.plan_has('SELECT x2, risk_metrics((SELECT model FROM ship_models), y, ARRAY[x1, x2, x3]) FROM ship_train GROUP BY x2',
                '%Partial%Aggregate%') AS group_partial;
SELECT g.x2, pg_temp.same_metrics(g.r, (SELECT risk_metrics(m.model, y, ARRAY[x1, x2, x3])
                                        FROM (SELECT * FROM ship_train ORDER BY i) t, ship_models m WHERE t.x2 = g.x2)) AS parallel_group_same
FROM (SELECT x2, risk_metrics((SELECT model FROM ship_models), y, ARRAY[x1, x2, x3]) AS r FROM ship_train GROUP BY x2) g ORDER BY 1;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather; RESET parallel_leader_participation;

DROP TABLE ship_train, ship_models, ship_wide, ship_fits, ship_pass1, ship_last_pass, ship_newton, ship_one_state, ship_shipped;
