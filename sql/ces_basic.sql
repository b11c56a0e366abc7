-- CES: hand-checked values, NULLs, empty groups, state I/O and errors.
\pset null '(null)'
SET extra_float_digits = 0;

-- answers 1, 2, 5, 6, 7, 7 (and a skipped one): mean 28/6, 4 of 6 easy
CREATE TEMP TABLE ces_small (effort smallint);
INSERT INTO ces_small VALUES (1), (2), (5), (6), (7), (7), (NULL);
SELECT ces(effort), ces(effort::int) AS i4, ces(effort::bigint) AS i8, ces(effort::numeric) AS num,
       28 / 6.0 AS expected_mean, ces_easy(effort), ces_easy(effort::numeric) AS easy_num, ces_agg(effort)
FROM ces_small;
SELECT s, ces_responses(s), ces_easy_responses(s), ces_mean(s), ces_easy_pct(s),
       round(ces_stderr(s)::numeric, 10) AS stderr
FROM (SELECT ces_agg(effort) AS s FROM ces_small) x;
-- stderr = stddev_samp / sqrt(n)
SELECT round((stddev_samp(effort) / sqrt(count(effort)))::numeric, 10) AS expected_stderr FROM ces_small;
-- interval of the mean: mean -+ t * stderr, clipped to 1-7, with t the
-- Student critical value for n - 1 = 5 degrees of freedom (2.570581835636314
-- at 95% and 0.726686844 at 50%, from published t tables)
SELECT round(lower::numeric, 10) AS lower, round(upper::numeric, 10) AS upper
FROM ces_ci('{1:1,2:1,5:1,6:1,7:2}');
SELECT round((avg(effort) - 2.570581835636314 * stddev_samp(effort) / sqrt(count(effort)))::numeric, 10) AS lower,
       round(least(7, avg(effort) + 2.570581835636314 * stddev_samp(effort) / sqrt(count(effort)))::numeric, 10) AS upper
FROM ces_small;
SELECT round(lower::numeric, 6) AS lower, round(upper::numeric, 6) AS upper FROM ces_ci('{1:1,2:1,5:1,6:1,7:2}', 0.5);
SELECT round((avg(effort) - 0.726686844 * stddev_samp(effort) / sqrt(count(effort)))::numeric, 6) AS lower,
       round((avg(effort) + 0.726686844 * stddev_samp(effort) / sqrt(count(effort)))::numeric, 6) AS upper
FROM ces_small;
-- two answers, 1 degree of freedom: at 60% t = tan(0.3 pi) = 1.3763819204711736 (Cauchy)
SELECT round(lower::numeric, 6) AS lower, round(upper::numeric, 6) AS upper FROM ces_ci('{3:1,4:1}', 0.6);
SELECT round(3.5 - 1.3763819204711736 * 0.5, 6) AS lower, round(3.5 + 1.3763819204711736 * 0.5, 6) AS upper;
-- Wilson interval of the % easy (4 of 6)
SELECT round(lower::numeric, 6) AS lower, round(upper::numeric, 6) AS upper FROM ces_easy_ci('{1:1,2:1,5:1,6:1,7:2}');
-- undefined with fewer than two answers, exact ends when all are easy
SELECT * FROM ces_ci('{7:1}');
SELECT * FROM ces_ci('{}');
SELECT * FROM ces_easy_ci('{}');
SELECT round(lower::numeric, 6) AS lower, round(upper::numeric, 6) AS upper FROM ces_easy_ci('{6:3,7:5}');
SELECT ces_stderr('{4:1}'), ces_mean('{4:1}'), ces_stderr('{4:5}');

-- NULLs and empty groups
SELECT ces(effort), ces_easy(effort), ces_agg(effort) FROM ces_small WHERE effort IS NULL;
SELECT ces(effort), ces_easy(effort), ces_agg(effort) FROM ces_small WHERE false;
SELECT (ces_summary(effort)).* FROM ces_small WHERE false;
SELECT (ces_summary(effort)).* FROM ces_small;
SELECT ces_mean('{}'), ces_easy_pct('{}'), ces_stderr('{}'), ces_responses('{}'), ces_easy_responses('{}');
SELECT ces_mean(NULL::ces_state), ces_responses(NULL);
SELECT g, ces(e), ces_easy(e), ces_agg(e)
FROM (VALUES (1, 7), (1, 1), (2, NULL), (3, 5), (3, 4)) v(g, e)
GROUP BY g ORDER BY g;

-- text and binary forms
SELECT '{1:3,5:2,7:10}'::ces_state;
SELECT ' { 7 : 10 , 1:3 ,5:2, 2:0 } '::ces_state;
SELECT '{}'::ces_state, ' {  } '::ces_state;
SELECT '{7:9223372036854775807}'::ces_state;
SELECT s::text::ces_state::text = s::text AS round_trip
FROM (SELECT ces_agg(e) AS s FROM generate_series(1, 7) e) x;
SELECT ces_state_send('{1:1,7:258}');

-- malformed text states: 22P02 with a detail and a hint
SELECT '{scale:7,1:2}'::ces_state;
SELECT '{8:2}'::ces_state;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '{0:2}'::ces_state;
SELECT '{1:-2}'::ces_state;
SELECT '{1:2,1:3}'::ces_state;
SELECT '{1:9223372036854775807,2:1}'::ces_state;
SELECT '{1:2;2:3}'::ces_state;
SELECT '{1:2'::ces_state;
SELECT '1:2'::ces_state;
SELECT '{a:2}'::ces_state;
SELECT '{1:}'::ces_state;

-- out-of-range and fractional answers: 22003 with the value and the range
SELECT ces(e) FROM (VALUES (7), (8)) v(e);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT ces(e) FROM (VALUES (0::smallint)) v(e);
SELECT ces_easy(e) FROM (VALUES (-1::bigint)) v(e);
SELECT ces_agg(e) FROM (VALUES (6.5)) v(e);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT ces_summary(e) FROM (VALUES ('NaN'::numeric)) v(e);
SELECT ces(e) FROM (VALUES (70::numeric)) v(e);
SELECT ces(e::numeric) FROM (VALUES (7.00), (1.0)) v(e);
-- overflowing counts, bad levels, direct calls of transition functions
SELECT ces_rollup(s) FROM (VALUES ('{7:9223372036854775807}'::ces_state), ('{7:1}')) v(s);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT * FROM ces_ci('{1:1,2:1}', 1.5);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT * FROM ces_easy_ci('{1:1,2:1}', -0.5);
SELECT ces_trans_int4('{1:1}', 2);
SELECT ces_combine('{1:1}', '{1:2,7:1}'), ces_combine('{1:1}', NULL);
