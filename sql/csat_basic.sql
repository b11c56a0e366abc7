-- CSAT: hand-checked values, NULLs, empty groups, state I/O and errors.
\pset null '(null)'
SET extra_float_digits = 0;

-- 1 unsatisfied (1), 1 neutral (3), 3 satisfied (4, 5, 5): 60%, mean 3.6
CREATE TEMP TABLE csat_small (rating smallint);
INSERT INTO csat_small VALUES (1), (3), (4), (5), (5), (NULL);
SELECT csat(rating), csat(rating::int) AS i4, csat(rating::bigint) AS i8,
       csat(rating::numeric) AS num, csat_agg(rating)
FROM csat_small;
SELECT s, csat_scale(s), csat_responses(s), csat_satisfied(s), csat_value(s),
       csat_mean(s), round(csat_stderr(s)::numeric, 10) AS stderr
FROM (SELECT csat_agg(rating) AS s FROM csat_small) x;
-- stderr = 100 * sqrt(0.6 * 0.4 / 5)
SELECT round((100 * sqrt(0.6 * 0.4 / 5))::numeric, 10) AS expected_stderr;
-- Wilson interval for 3 of 5 at 95%, computed here from the formula
SELECT round(lower::numeric, 10) AS lower, round(upper::numeric, 10) AS upper
FROM csat_ci('{scale:5,1:1,3:1,4:1,5:2}');
WITH c AS (SELECT 0.6::float8 AS p, 5::float8 AS n, 1.959963984540054::float8 AS z)
SELECT round((100 * ((p + z*z/(2*n)) - z * sqrt(p*(1-p)/n + z*z/(4*n*n))) / (1 + z*z/n))::numeric, 10) AS lower,
       round((100 * ((p + z*z/(2*n)) + z * sqrt(p*(1-p)/n + z*z/(4*n*n))) / (1 + z*z/n))::numeric, 10) AS upper
FROM c;
-- other levels, and the exact ends at 0% and 100%
SELECT round(lower::numeric, 6) AS lower, round(upper::numeric, 6) AS upper FROM csat_ci('{scale:5,1:1,3:1,4:1,5:2}', 0.5);
SELECT round(lower::numeric, 6) AS lower, round(upper::numeric, 6) AS upper FROM csat_ci('{scale:5,1:10}');
SELECT round(lower::numeric, 6) AS lower, round(upper::numeric, 6) AS upper FROM csat_ci('{scale:5,5:10}');
SELECT * FROM csat_ci('{scale:5}');

-- top two boxes follow the scale: on 1-7 they are 6 and 7
SELECT csat(r, 7) AS csat7, csat_agg(r, 7), csat(r, 10) AS csat10
FROM (VALUES (5), (6), (7), (NULL)) v(r);
SELECT csat(r::numeric, 3), csat_agg(r::bigint, 3) FROM (VALUES (1), (2), (3)) v(r);

-- NULLs and empty groups: NULL, the summary still gives a row
SELECT csat(rating), csat_agg(rating) FROM csat_small WHERE rating IS NULL;
SELECT csat(rating), csat_agg(rating) FROM csat_small WHERE false;
SELECT (csat_summary(rating)).* FROM csat_small WHERE false;
SELECT (csat_summary(rating)).* FROM csat_small;
SELECT (csat_summary(r, 7)).* FROM (VALUES (6), (7), (1)) v(r);
SELECT csat_value('{scale:5}'), csat_mean('{scale:5}'), csat_stderr('{scale:5}'),
       csat_responses('{scale:5}'), csat_satisfied('{scale:5}');
SELECT csat_value(NULL::csat_state), csat_responses(NULL);

-- GROUP BY: every group, including one with only NULL answers
SELECT g, csat(r), csat_agg(r)
FROM (VALUES (1, 5), (1, 1), (2, NULL), (3, 4), (3, 4), (3, 2)) v(g, r)
GROUP BY g ORDER BY g;

-- text form: canonical output, lossless round trip, spaces and order accepted
SELECT '{scale:5,1:2,4:7,5:10}'::csat_state;
SELECT ' { scale : 7 , 7 : 1 , 2:0, 1:3 } '::csat_state;
SELECT '{scale:10,10:9223372036854775807}'::csat_state;
SELECT s::text::csat_state::text = s::text AS round_trip
FROM (SELECT csat_agg(r, 10) AS s FROM generate_series(1, 10) r) x;
-- binary form: version 1, scale, then one int8 count per answer
SELECT csat_state_send('{scale:3,1:1,3:258}');

-- malformed text states: 22P02 with a detail and a hint
SELECT '{1:2}'::csat_state;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '{}'::csat_state;
SELECT '{scale:11}'::csat_state;
SELECT '{scale:2,1:1}'::csat_state;
SELECT '{scale:5,6:2}'::csat_state;
SELECT '{scale:5,0:2}'::csat_state;
SELECT '{scale:5,-1:2}'::csat_state;
SELECT '{scale:5,1:-2}'::csat_state;
SELECT '{scale:5,1:2,1:3}'::csat_state;
SELECT '{scale:5,1:2,scale:5}'::csat_state;
SELECT '{scale:5,1:1.5}'::csat_state;
SELECT '{scale:5,1:99999999999999999999}'::csat_state;
SELECT '{scale:5,1:9223372036854775807,2:1}'::csat_state;
SELECT '{scale:5,1:2,}'::csat_state;
SELECT '{scale:5,1:2} x'::csat_state;
SELECT '{scale:5 1:2}'::csat_state;
SELECT 'scale:5'::csat_state;
SELECT ''::csat_state;

-- out-of-range and fractional answers: 22003 with the value and the range
SELECT csat(r) FROM (VALUES (5), (6)) v(r);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT csat(r) FROM (VALUES (0::smallint)) v(r);
SELECT csat(r) FROM (VALUES (-3::bigint)) v(r);
SELECT csat(r) FROM (VALUES (9999999999::bigint)) v(r);
SELECT csat(r) FROM (VALUES (4.5)) v(r);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT csat(r) FROM (VALUES (5.000000000000000001)) v(r);
SELECT csat(r) FROM (VALUES ('NaN'::numeric)) v(r);
SELECT csat(r) FROM (VALUES ('Infinity'::numeric)) v(r);
SELECT csat(r::numeric) FROM (VALUES (4.0), (5.00)) v(r);
SELECT csat(r, 7) FROM (VALUES (8)) v(r);
SELECT csat_agg(r) FROM (VALUES (6)) v(r);
SELECT csat_summary(r) FROM (VALUES (6)) v(r);
-- bad scales: 22023
SELECT csat(r, 2) FROM (VALUES (1)) v(r);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT csat(r, 11) FROM (VALUES (1)) v(r);
SELECT csat(r, s) FROM (VALUES (1, 5), (2, 7)) v(r, s);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT csat(r, NULL) FROM (VALUES (1)) v(r);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT csat(r, NULL) FROM (VALUES (NULL::int)) v(r);
-- combining states of different scales: 22023
SELECT csat_rollup(s) FROM (VALUES ('{scale:5,1:1}'::csat_state), ('{scale:7,1:1}')) v(s);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT csat_combine('{scale:5,1:1}', '{scale:4,1:1}');
-- overflowing counts
SELECT csat_rollup(s) FROM (VALUES ('{scale:5,1:9223372036854775807}'::csat_state), ('{scale:5,2:1}')) v(s);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
-- bad confidence levels
SELECT * FROM csat_ci('{scale:5,1:1}', 1);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT * FROM csat_ci('{scale:5,1:1}', 0);
SELECT * FROM csat_ci('{scale:5,1:1}', 'NaN');
-- transition functions are not for direct calls (they update in place)
SELECT csat_trans_int2('{scale:5,1:1}', 2::smallint);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT csat_rollup_inv('{scale:5,1:1}', '{scale:5,1:1}');
-- combine outside an aggregate returns a new state
SELECT csat_combine('{scale:5,1:1}', '{scale:5,1:2,5:1}'), csat_combine(NULL, '{scale:5,2:1}');

-- no aggregate shares a built-in's name, and everything is parallel safe
SELECT p.proname, p.proparallel
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'cx_metrics'
WHERE (p.proname LIKE 'csat%' OR p.proname LIKE 'ces%')
  AND (p.proparallel <> 's'
       OR (p.prokind = 'a' AND EXISTS (SELECT 1 FROM pg_proc b WHERE b.proname = p.proname
                                       AND b.pronamespace = 'pg_catalog'::regnamespace)));
SELECT a.aggfnoid::regprocedure AS aggregate_without_combine_or_inverse
FROM pg_aggregate a
WHERE a.aggfnoid::regproc::text ~ '^(csat|ces)'
  AND (a.aggcombinefn = 0 OR a.aggminvtransfn = 0)
ORDER BY 1;
