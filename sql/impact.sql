-- Impact of one driver: nps_impact, csat_impact and ces_impact against
-- plain-SQL references, GROUP BY a driver over a long table, NULLs, empty
-- groups, bad input, the state forms over stored states, forced parallel
-- plans and the text form of the states.
\pset null '(null)'
SELECT setseed(0.4242) \g /dev/null

-- 20,000 respondents with an NPS answer (0-10), a CSAT answer (1-5, and 1-7)
-- and a CES answer (1-7); about 3% of each answer is missing (NULL).
CREATE TABLE answers AS
SELECT r AS respondent,
       date '2026-03-01' + (r % 30) AS day,
       CASE WHEN random() < 0.03 THEN NULL ELSE floor(random() * 11)::int END AS nps,
       CASE WHEN random() < 0.03 THEN NULL ELSE 1 + floor(random() * 5)::int END AS csat,
       CASE WHEN random() < 0.03 THEN NULL ELSE 1 + floor(random() * 7)::int END AS csat7,
       CASE WHEN random() < 0.03 THEN NULL ELSE 1 + floor(random() * 7)::int END AS ces
FROM generate_series(1, 20000) AS r;
-- the long table: one row per respondent and driver; "late" hurts every
-- score, "several_items" hardly, "gift" is rare, "never" never happens and
-- exposed is unknown (NULL) for about 2% of the rows
CREATE TABLE drivers AS
SELECT a.respondent, d.driver,
       CASE WHEN random() < 0.02 THEN NULL
            WHEN d.driver = 'late' THEN (a.nps < 5 AND random() < 0.8) OR random() < 0.1
            WHEN d.driver = 'several_items' THEN random() < 0.3
            WHEN d.driver = 'gift' THEN random() < 0.002
            ELSE false END AS exposed
FROM answers a CROSS JOIN (VALUES ('late'), ('several_items'), ('gift'), ('never')) AS d(driver);
CREATE TABLE long_rows AS
SELECT d.driver, d.respondent, a.day, d.exposed, a.nps, a.csat, a.csat7, a.ces
FROM drivers d JOIN answers a USING (respondent);
ANALYZE long_rows;

-- ---- NPS against plain SQL ------------------------------------------------------
-- the reference: each group's NPS from counts, the adjusted-Wald interval of
-- the difference (n' = n + 3, p' = (P + 3/4) / n', d' = (D + 3/4) / n'), the
-- p-value of nps_test over the two groups' states
CREATE TEMP VIEW nps_groups AS
SELECT driver, exposed, count(nps) AS n,
       count(*) FILTER (WHERE nps >= 9) AS p, count(*) FILTER (WHERE nps <= 6) AS d,
       nps_agg(nps) AS st
FROM long_rows WHERE nps IS NOT NULL AND exposed IS NOT NULL GROUP BY driver, exposed;
CREATE TEMP VIEW nps_expected AS
SELECT driver, e.n AS en, u.n AS un,
       100.0 * (e.p - e.d) / e.n AS ev, 100.0 * (u.p - u.d) / u.n AS uv,
       100 * (ea.pa - ea.da - ua.pa + ua.da) - 1.959963984540054 * 100 * sqrt(ea.v / ea.na + ua.v / ua.na) AS lo,
       100 * (ea.pa - ea.da - ua.pa + ua.da) + 1.959963984540054 * 100 * sqrt(ea.v / ea.na + ua.v / ua.na) AS hi,
       (nps_test(e.st, u.st)).p_value AS p,
       e.n::float8 / (e.n + u.n) AS share
FROM (SELECT * FROM nps_groups WHERE exposed) e
FULL JOIN (SELECT * FROM nps_groups WHERE NOT exposed) u USING (driver)
CROSS JOIN LATERAL (SELECT na, pa, da, pa + da - (pa - da) ^ 2 AS v
                    FROM (SELECT e.n + 3.0 AS na, (e.p + 0.75) / (e.n + 3.0) AS pa, (e.d + 0.75) / (e.n + 3.0) AS da) x) ea
CROSS JOIN LATERAL (SELECT na, pa, da, pa + da - (pa - da) ^ 2 AS v
                    FROM (SELECT u.n + 3.0 AS na, (u.p + 0.75) / (u.n + 3.0) AS pa, (u.d + 0.75) / (u.n + 3.0) AS da) x) ua;

CREATE TEMP TABLE nps_got AS
SELECT driver, (nps_impact(nps, exposed)).* FROM long_rows GROUP BY driver;
-- what it says, per driver
SELECT driver, exposed_responses, round(exposed_value::numeric, 2) AS exposed_nps,
       unexposed_responses, round(unexposed_value::numeric, 2) AS unexposed_nps,
       round(difference::numeric, 2) AS difference, round(ci_lower::numeric, 2) AS ci_lower,
       round(ci_upper::numeric, 2) AS ci_upper, p_value < 0.05 AS significant,
       round(exposed_share::numeric, 4) AS exposed_share, round(points_at_stake::numeric, 2) AS points_at_stake
FROM nps_got ORDER BY points_at_stake DESC NULLS LAST, driver;
-- equal to the reference (to 1e-9), points at stake = share * (unexposed - exposed)
SELECT g.driver,
       g.exposed_responses IS NOT DISTINCT FROM x.en AS en,
       g.unexposed_responses IS NOT DISTINCT FROM coalesce(x.un, 0) AS un,
       abs(g.exposed_value - x.ev) < 1e-9 AS ev, abs(g.unexposed_value - x.uv) < 1e-9 AS uv,
       abs(g.difference - (x.ev - x.uv)) < 1e-9 AS diff,
       abs(g.ci_lower - greatest(-200, x.lo)) < 1e-9 AS lo, abs(g.ci_upper - least(200, x.hi)) < 1e-9 AS hi,
       g.p_value = x.p AS p,
       abs(g.exposed_share - x.share) < 1e-12 AS share,
       abs(g.points_at_stake - x.share * (x.uv - x.ev)) < 1e-9 AS stake
FROM nps_got g LEFT JOIN nps_expected x USING (driver) ORDER BY driver;
-- every score type gives the same result
SELECT (SELECT nps_impact(nps::int2, exposed) FROM long_rows WHERE driver = 'late')::text
     = (SELECT nps_impact(nps::int8, exposed) FROM long_rows WHERE driver = 'late')::text AS int2_int8,
       (SELECT nps_impact(nps::numeric, exposed) FROM long_rows WHERE driver = 'late')::text
     = (SELECT nps_impact(nps, exposed) FROM long_rows WHERE driver = 'late')::text AS numeric_int4;

-- ---- CSAT against plain SQL (Agresti-Caffo) ---------------------------------------
CREATE TEMP VIEW csat_groups AS
SELECT driver, exposed, count(csat) AS n, count(*) FILTER (WHERE csat >= 4) AS s
FROM long_rows WHERE csat IS NOT NULL AND exposed IS NOT NULL GROUP BY driver, exposed;
CREATE TEMP VIEW csat_expected AS
SELECT driver, e.n AS en, u.n AS un, 100.0 * e.s / e.n AS ev, 100.0 * u.s / u.n AS uv,
       100 * (pe - pu) - 1.959963984540054 * 100 * se AS lo,
       100 * (pe - pu) + 1.959963984540054 * 100 * se AS hi,
       e.n::float8 / (e.n + u.n) AS share
FROM (SELECT * FROM csat_groups WHERE exposed) e
JOIN (SELECT * FROM csat_groups WHERE NOT exposed) u USING (driver)
CROSS JOIN LATERAL (SELECT (e.s + 1.0) / (e.n + 2) AS pe, (u.s + 1.0) / (u.n + 2) AS pu) p
CROSS JOIN LATERAL (SELECT sqrt(pe * (1 - pe) / (e.n + 2) + pu * (1 - pu) / (u.n + 2)) AS se) s;
CREATE TEMP TABLE csat_got AS
SELECT driver, (csat_impact(csat, exposed)).* FROM long_rows GROUP BY driver;
SELECT driver, exposed_responses, round(exposed_value::numeric, 2) AS exposed_csat,
       unexposed_responses, round(unexposed_value::numeric, 2) AS unexposed_csat,
       round(difference::numeric, 2) AS difference, round(ci_lower::numeric, 2) AS ci_lower,
       round(ci_upper::numeric, 2) AS ci_upper, p_value < 0.05 AS significant,
       round(points_at_stake::numeric, 2) AS points_at_stake
FROM csat_got ORDER BY driver;
SELECT g.driver,
       g.exposed_responses = x.en AND g.unexposed_responses = x.un AS counts,
       abs(g.exposed_value - x.ev) < 1e-9 AND abs(g.unexposed_value - x.uv) < 1e-9 AS values,
       abs(g.difference - (x.ev - x.uv)) < 1e-9 AS diff,
       abs(g.ci_lower - greatest(-100, x.lo)) < 1e-9 AND abs(g.ci_upper - least(100, x.hi)) < 1e-9 AS ci,
       abs(g.points_at_stake - x.share * (x.uv - x.ev)) < 1e-9 AS stake
FROM csat_got g JOIN csat_expected x USING (driver) ORDER BY driver;
-- the p-value comes from the same statistic: at level 1 - p the interval touches 0
SELECT driver, abs(least(abs(ci_lower), abs(ci_upper))) < 1e-6 AS touches_zero
FROM (SELECT driver, (csat_impact(csat_agg(csat) FILTER (WHERE exposed), csat_agg(csat) FILTER (WHERE NOT exposed),
                                  1 - (csat_impact(csat, exposed)).p_value)).*
      FROM long_rows WHERE driver <> 'never' GROUP BY driver) x
ORDER BY driver;
-- on a 1-7 scale the top two boxes are 6 and 7
SELECT (csat_impact(csat7, exposed, 7)).exposed_value = 100.0 * count(*) FILTER (WHERE csat7 >= 6 AND exposed)
       / count(csat7) FILTER (WHERE exposed) AS seven_point
FROM long_rows WHERE driver = 'late';

-- ---- CES against plain SQL (Welch) ---------------------------------------------
CREATE TEMP VIEW ces_groups AS
SELECT driver, exposed, count(ces) AS n, avg(ces)::float8 AS m, var_samp(ces)::float8 AS v
FROM long_rows WHERE ces IS NOT NULL AND exposed IS NOT NULL GROUP BY driver, exposed;
CREATE TEMP TABLE ces_got AS
SELECT driver, (ces_impact(ces, exposed)).* FROM long_rows GROUP BY driver;
SELECT driver, exposed_responses, round(exposed_value::numeric, 3) AS exposed_ces,
       unexposed_responses, round(unexposed_value::numeric, 3) AS unexposed_ces,
       round(difference::numeric, 3) AS difference, round(ci_lower::numeric, 3) AS ci_lower,
       round(ci_upper::numeric, 3) AS ci_upper, p_value < 0.05 AS significant,
       round(points_at_stake::numeric, 3) AS points_at_stake
FROM ces_got ORDER BY driver;
-- the interval is centred on the difference and its half-width is a t
-- critical value (between the normal 1.96 and the t of the smaller group)
-- times the Welch standard error
SELECT g.driver,
       abs(g.exposed_value - e.m) < 1e-9 AND abs(g.unexposed_value - u.m) < 1e-9 AS means,
       abs(g.difference - (e.m - u.m)) < 1e-9 AS diff,
       abs((g.ci_lower + g.ci_upper) / 2 - g.difference) < 1e-9 AS centred,
       (g.ci_upper - g.ci_lower) / 2 / sqrt(e.v / e.n + u.v / u.n) BETWEEN 1.959963984540054 AND 12.7062047361747 AS t
FROM ces_got g JOIN (SELECT * FROM ces_groups WHERE exposed) e USING (driver)
JOIN (SELECT * FROM ces_groups WHERE NOT exposed) u USING (driver)
WHERE g.ci_lower > -6 AND g.ci_upper < 6 ORDER BY driver;
-- equal groups of equal variance: df = n_e + n_u - 2 = 28, t(0.975, 28) = 2.048407141795244
SELECT round(difference::numeric, 12) AS difference,
       abs((ci_upper - ci_lower) / 2 / sqrt(2 * (10.0 / 14) / 15) - 2.048407141795244) < 1e-9 AS t28,
       abs(least(abs(ci_lower), abs(ci_upper))) > 0 AS not_zero
FROM ces_impact((SELECT ces_agg(v) FROM (VALUES (1), (2), (3)) x(v), generate_series(1, 5)),
                (SELECT ces_agg(v) FROM (VALUES (4), (5), (6)) x(v), generate_series(1, 5)));
-- the same from the aggregate over rows
SELECT round(difference::numeric, 12) AS difference, round(p_value::numeric, 12) AS p_value
FROM (SELECT (ces_impact(v, g = 1)).* FROM (VALUES (1, 1), (2, 1), (3, 1), (4, 2), (5, 2), (6, 2)) x(v, g),
      generate_series(1, 5)) y;
SELECT driver, abs(least(abs(ci_lower), abs(ci_upper))) < 1e-6 AS touches_zero
FROM (SELECT driver, (ces_impact(ces_agg(ces) FILTER (WHERE exposed), ces_agg(ces) FILTER (WHERE NOT exposed),
                                 1 - (ces_impact(ces, exposed)).p_value)).*
      FROM long_rows WHERE driver <> 'never' GROUP BY driver) x
ORDER BY driver;

-- ---- NULLs, empty groups, everyone exposed -------------------------------------
-- rows with a NULL score or a NULL exposed flag are left out
SELECT (SELECT nps_impact(nps, exposed) FROM long_rows WHERE driver = 'late')::text
     = (SELECT nps_impact(nps, exposed) FROM long_rows WHERE driver = 'late' AND nps IS NOT NULL AND exposed IS NOT NULL)::text AS nps,
       (SELECT csat_impact(csat, exposed) FROM long_rows WHERE driver = 'late')::text
     = (SELECT csat_impact(csat, exposed) FROM long_rows WHERE driver = 'late' AND csat IS NOT NULL AND exposed IS NOT NULL)::text AS csat,
       (SELECT ces_impact(ces, exposed) FROM long_rows WHERE driver = 'late')::text
     = (SELECT ces_impact(ces, exposed) FROM long_rows WHERE driver = 'late' AND ces IS NOT NULL AND exposed IS NOT NULL)::text AS ces;
-- no rows, only NULLs: zero answers, every figure NULL
SELECT (nps_impact(nps, exposed)).*, (csat_impact(csat, exposed)).exposed_responses AS csat_n,
       (ces_impact(ces, exposed)).unexposed_responses AS ces_n
FROM long_rows WHERE false;
SELECT (nps_impact(s, e)).* FROM (VALUES (NULL::int, true), (7, NULL)) v(s, e);
SELECT (csat_impact(s, e, 7)).* FROM (VALUES (NULL::int, true), (7, NULL)) v(s, e);
-- everyone exposed: share 1, nothing to compare
SELECT (nps_impact(s, true)).* FROM (VALUES (10), (3), (9)) v(s);
-- nobody exposed: share 0
SELECT (ces_impact(s, false)).* FROM (VALUES (5), (3), (7)) v(s);
-- one answer in each group: NPS and CSAT are defined (adjusted methods), CES is not
SELECT round(difference::numeric, 6) AS nps_diff, round(ci_lower::numeric, 6) AS lo, round(ci_upper::numeric, 6) AS hi,
       round(p_value::numeric, 6) AS p, points_at_stake
FROM nps_impact('{10:1}'::nps_state, '{0:1}'::nps_state);
SELECT difference, round(ci_lower::numeric, 6) AS lo, round(ci_upper::numeric, 6) AS hi, round(p_value::numeric, 6) AS p
FROM csat_impact('{scale:5,5:1}'::csat_state, '{scale:5,1:1}');
SELECT difference, ci_lower, ci_upper, p_value, points_at_stake FROM ces_impact('{7:1}'::ces_state, '{1:1}');
-- a driver that never happens over a GROUP BY
SELECT exposed_responses, unexposed_responses, exposed_value, difference, exposed_share, points_at_stake
FROM nps_got WHERE driver = 'never';

-- ---- state forms and rollups ------------------------------------------------------
CREATE TEMP TABLE serial AS
SELECT driver, nps_impact(nps, exposed)::text AS n, csat_impact(csat, exposed)::text AS c,
       csat_impact(csat7, exposed, 7)::text AS c7, ces_impact(ces, exposed)::text AS e
FROM long_rows GROUP BY driver;
-- daily stored states of each group answer the same question as the rows
CREATE TEMP TABLE daily AS
SELECT driver, day,
       nps_agg(nps) FILTER (WHERE exposed) AS nps_e, nps_agg(nps) FILTER (WHERE NOT exposed) AS nps_u,
       csat_agg(csat) FILTER (WHERE exposed) AS csat_e, csat_agg(csat) FILTER (WHERE NOT exposed) AS csat_u,
       ces_agg(ces) FILTER (WHERE exposed) AS ces_e, ces_agg(ces) FILTER (WHERE NOT exposed) AS ces_u
FROM long_rows GROUP BY driver, day;
SELECT r.driver,
       nps_impact(nps_rollup(nps_e), nps_rollup(nps_u))::text = (SELECT s.n FROM serial s WHERE s.driver = r.driver) AS nps,
       csat_impact(csat_rollup(csat_e), csat_rollup(csat_u))::text = (SELECT s.c FROM serial s WHERE s.driver = r.driver) AS csat,
       ces_impact(ces_rollup(ces_e), ces_rollup(ces_u))::text = (SELECT s.e FROM serial s WHERE s.driver = r.driver) AS ces
FROM daily r GROUP BY r.driver ORDER BY r.driver;
-- a driver no one met: its exposed states are NULL (no answers), the others' are not
SELECT count(*) AS days, count(nps_e) AS nps_e, count(nps_u) AS nps_u, count(csat_e) AS csat_e, count(ces_e) AS ces_e
FROM daily WHERE driver = 'never';
-- another confidence level: wider at 99%, narrower at 80%
SELECT a.ci_lower < b.ci_lower AND b.ci_lower < c.ci_lower AND a.ci_upper > c.ci_upper AS nested,
       a.p_value = b.p_value AND b.p_value = c.p_value AS same_p
FROM (SELECT nps_agg(nps) FILTER (WHERE exposed) e, nps_agg(nps) FILTER (WHERE NOT exposed) u
      FROM long_rows WHERE driver = 'late') s,
     nps_impact(s.e, s.u, 0.99) a, nps_impact(s.e, s.u) b, nps_impact(s.e, s.u, 0.8) c;
-- a NULL state is a group without answers
SELECT exposed_responses, unexposed_responses, exposed_share, difference FROM nps_impact(NULL, '{9:2}'::nps_state);
SELECT exposed_responses, unexposed_responses, exposed_value, difference FROM csat_impact('{scale:7,7:2}'::csat_state, NULL);
SELECT exposed_responses, unexposed_responses, exposed_share FROM csat_impact(NULL::csat_state, NULL);
SELECT exposed_responses, unexposed_responses, exposed_share FROM ces_impact(NULL::ces_state, NULL);

-- ---- bad input --------------------------------------------------------------------
SELECT nps_impact(s, true) FROM (VALUES (11)) v(s);
SELECT nps_impact(s, true) FROM (VALUES (-1::int8)) v(s);
SELECT nps_impact(s, false) FROM (VALUES (9.5)) v(s);
SELECT nps_impact(s, false) FROM (VALUES ('NaN'::numeric)) v(s);
SELECT csat_impact(s, true) FROM (VALUES (6)) v(s);
SELECT csat_impact(s, true, 7) FROM (VALUES (0::int2)) v(s);
SELECT csat_impact(s, true, 11) FROM (VALUES (5)) v(s);
SELECT csat_impact(s, true, NULL) FROM (VALUES (5)) v(s);
SELECT csat_impact(s, true, sc) FROM (VALUES (5, 5), (4, 7)) v(s, sc);
SELECT csat_impact(s, true) FROM (VALUES (4.5)) v(s);
SELECT ces_impact(s, true) FROM (VALUES (8)) v(s);
SELECT ces_impact(s, true) FROM (VALUES (0::numeric)) v(s);
SELECT csat_impact('{scale:5,5:1}'::csat_state, '{scale:7,7:1}');
SELECT nps_impact('{}'::nps_state, '{}', 1.5);
SELECT nps_impact('{}'::nps_state, '{}', NULL);
SELECT ces_impact('{}'::ces_state, '{}', 0);

-- ---- the state types ------------------------------------------------------------------
SELECT 'exposed:{0:3,10:1} unexposed:{9:2,10:5}'::nps_impact_state,
       ' exposed: {10:1, 0:3}   unexposed:{} '::nps_impact_state,
       'exposed:{scale:7,1:2,7:1} unexposed:{scale:7,6:3}'::csat_impact_state,
       'exposed:{1:3,4:1} unexposed:{6:2,7:5}'::ces_impact_state;
SELECT 'exposed:{0:3}'::nps_impact_state;
SELECT 'unexposed:{} exposed:{}'::nps_impact_state;
SELECT 'exposed:{11:1} unexposed:{}'::nps_impact_state;
SELECT 'exposed:{0:-1} unexposed:{}'::nps_impact_state;
SELECT 'exposed:{} unexposed:{} x'::nps_impact_state;
SELECT 'exposed:{0:9223372036854775807} unexposed:{0:1}'::nps_impact_state;
SELECT 'exposed:{0:9223372036854775807,1:1} unexposed:{}'::nps_impact_state;
SELECT 'exposed:{scale:5} unexposed:{scale:7}'::csat_impact_state;
SELECT 'exposed:{1:1} unexposed:{scale:5}'::csat_impact_state;
SELECT 'exposed:{8:1} unexposed:{}'::ces_impact_state;
-- the total of one group is checked when states are combined
SELECT nps_impact_combine('exposed:{0:9223372036854775807} unexposed:{}', 'exposed:{1:1} unexposed:{}');
SELECT nps_impact_combine('exposed:{0:1} unexposed:{}', 'exposed:{1:1} unexposed:{10:2}'),
       ces_impact_combine('exposed:{1:1} unexposed:{}', 'exposed:{} unexposed:{7:2}'),
       csat_impact_combine('exposed:{scale:5,1:1} unexposed:{scale:5}', 'exposed:{scale:5} unexposed:{scale:5,5:2}');
SELECT csat_impact_combine('exposed:{scale:5} unexposed:{scale:5}', 'exposed:{scale:7} unexposed:{scale:7}');
-- the final functions read a stored state
SELECT (nps_impact_final('exposed:{0:3,10:1} unexposed:{9:2,10:5}')).difference,
       (csat_impact_final('exposed:{scale:5,1:3,5:1} unexposed:{scale:5,4:2,5:5}')).difference,
       (ces_impact_final('exposed:{1:3,4:1} unexposed:{6:2,7:5}')).difference;
-- a transition function outside an aggregate
SELECT csat_impact_accum(NULL::csat_impact_state, 5, true);

-- ---- forced parallel plans equal the serial ones ----------------------------------
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT driver, nps_impact(nps, exposed), csat_impact(csat, exposed), ces_impact(ces, exposed)
FROM long_rows GROUP BY driver;
CREATE TEMP TABLE parallel AS
SELECT driver, nps_impact(nps, exposed)::text AS n, csat_impact(csat, exposed)::text AS c,
       csat_impact(csat7, exposed, 7)::text AS c7, ces_impact(ces, exposed)::text AS e
FROM long_rows GROUP BY driver;
SELECT count(*) AS drivers, count(*) FILTER (WHERE s.n = p.n AND s.c = p.c AND s.c7 = p.c7 AND s.e = p.e) AS equal
FROM serial s JOIN parallel p USING (driver);
-- without GROUP BY too, where every worker's state is combined
EXPLAIN (COSTS OFF) SELECT nps_impact(nps, exposed) FROM long_rows;
SELECT nps_impact(nps, exposed)::text = (SELECT n FROM serial WHERE driver = 'late') AS equal
FROM long_rows WHERE driver = 'late';
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather; RESET parallel_leader_participation;

-- ---- state aggregates over no answers give NULL ------------------------------------
-- nps_agg, nps_rollup and voice_agg as csat_agg, ces_agg and the rollups
SELECT nps_agg(nps) AS nps_agg, csat_agg(csat) AS csat_agg, ces_agg(ces) AS ces_agg,
       nps_rollup(NULL::nps_state) AS nps_rollup, csat_rollup(NULL::csat_state) AS csat_rollup,
       ces_rollup(NULL::ces_state) AS ces_rollup, voice_agg(NULL::text) AS voice_agg
FROM long_rows WHERE false;
SELECT nps_agg(nps) AS only_nulls, nps_responses(nps_agg(nps)) AS responses,
       coalesce(nps_responses(nps_agg(nps)), 0) AS coalesced
FROM long_rows WHERE nps IS NULL;
-- a stored empty state still reads, and a rollup of empty states is no answers
SELECT '{}'::nps_state AS stored, nps_responses('{}') AS responses, nps_value('{}') AS nps;
SELECT nps_rollup(s) AS rollup_of_empty FROM (VALUES ('{}'::nps_state), ('{}')) v(s);
SELECT nps_rollup(s) AS rollup FROM (VALUES ('{}'::nps_state), ('{9:2}'), (NULL)) v(s);
-- in a window frame that holds no answer
SELECT x, nps_agg(x) OVER (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS frame
FROM (VALUES (1, 9), (2, NULL), (3, NULL), (4, 0)) v(i, x) ORDER BY i;
