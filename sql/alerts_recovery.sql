-- Which recoveries work: the resolution category of cx_alert_resolve (its
-- table, validation and normalisation) and cx_alert_recovery_report()
-- compared with a plain-SQL reference (next answer, counts, Wilson interval,
-- Agresti-Caffo difference and p-value, median times), with bad input, no
-- answers, no resolved alerts and alerts resolved without a category.
--
-- Everything runs in one transaction that starts by hiding the alerts of
-- the other tests and ends with ROLLBACK; ON_ERROR_ROLLBACK keeps the
-- transaction alive after the statements that fail on purpose.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
\set ON_ERROR_ROLLBACK on
BEGIN;
DELETE FROM cx_alert;
-- alert ids from 100000 (the sequence is not transactional: it is put back
-- at the end, so that the tests after this one see the ids they expect)
SELECT last_value AS seq_last, is_called AS seq_called FROM cx_alert_id_seq \gset
SELECT setval('cx_alert_id_seq', 100000, false) IS NOT NULL AS renumbered;

-- ---- categories --------------------------------------------------------------
SELECT count(*) AS categories_after_install FROM cx_alert_resolution_category;
CREATE TABLE rec_answers (customer_id int, score int, answered_at timestamptz);
-- 80 detractor alerts of customers 1..80, raised an hour apart
INSERT INTO cx_alert (kind, severity, source_table, subject, created_at, last_seen_at, scope)
SELECT 'nps_detractor', 'high', 'public.rec_answers', i::text,
       timestamptz '2026-11-01 09:00+00' + i * interval '1 hour',
       timestamptz '2026-11-01 09:00+00' + i * interval '1 hour', 'regress'
FROM generate_series(1, 80) i;
SELECT min(id) - 1 AS base FROM cx_alert \gset
-- no category defined yet: the error says so and how to add one
SELECT cx_alert_resolve(:base + 1, 'refund issued', 'refund');
INSERT INTO cx_alert_resolution_category (category, description) VALUES
	('refund', 'Money back'), ('callback', 'A call from the team'), ('apology', 'A written apology');
-- bad names are refused by the table
INSERT INTO cx_alert_resolution_category VALUES ('Refund');
INSERT INTO cx_alert_resolution_category VALUES ('uncategorised');
INSERT INTO cx_alert_resolution_category VALUES ('1st_call');
-- unknown, misspelt, empty, reserved: errors listing the known ones
SELECT cx_alert_resolve(:base + 1, 'refund issued', 'refnud');
SELECT cx_alert_resolve(:base + 1, NULL, '');
SELECT cx_alert_resolve(:base + 1, NULL, 'Uncategorised');
SELECT cx_alert_resolve(:base + 1, NULL, repeat('x', 500));
-- the failed calls resolved nothing
SELECT count(*) AS resolved_so_far FROM cx_alert WHERE resolved_at IS NOT NULL;
-- every way of calling: the 1.1 forms (no category), positional, named,
-- trimmed and lowercased
SELECT id - :base AS alert, resolution_note, resolution_category FROM cx_alert_resolve(:base + 1, 'refund issued');
SELECT id - :base AS alert, resolution_note, resolution_category FROM cx_alert_resolve(:base + 2, 'called back', ' CallBack ');
SELECT id - :base AS alert, resolution_note, resolution_category FROM cx_alert_resolve(:base + 3, category => 'apology');
SELECT id - :base AS alert, resolution_note, resolution_category FROM cx_alert_resolve(:base + 4);
SELECT id - :base AS alert, resolution_note, resolution_category FROM cx_alert_resolve(alert_id => :base + 5, note => 'refund', category => 'refund');
\set VERBOSITY terse
SELECT cx_alert_resolve(:base + 5, 'again', 'refund');            -- already resolved
\set VERBOSITY default
SELECT cx_alert_resolve(-1, 'nobody', 'refund');                  -- no such alert
-- the rest: refund, callback, apology, none by turns
SELECT count(*) AS resolved
FROM (SELECT cx_alert_resolve(:base + i, 'note ' || i,
                              (ARRAY['refund', 'callback', 'apology', NULL])[1 + i % 4])
      FROM generate_series(6, 80) i) r;
SELECT coalesce(resolution_category, '(none)') AS category, count(*) FROM cx_alert GROUP BY 1 ORDER BY 1;
-- the report's clock: resolved 1 to 3 hours after the alert
UPDATE cx_alert SET acknowledged_at = created_at, resolved_at = created_at + (1 + (id - :base) % 3) * interval '1 hour';

-- ---- a category in use: renamed everywhere, never deleted --------------------
UPDATE cx_alert_resolution_category SET category = 'call_back' WHERE category = 'callback';
SELECT count(*) AS renamed_in_alerts FROM cx_alert WHERE resolution_category = 'call_back';
DELETE FROM cx_alert_resolution_category WHERE category = 'apology';
UPDATE cx_alert SET resolution_category = 'voucher' WHERE id = :base + 3;

-- ---- the answers ----------------------------------------------------------------
-- every customer answered 0 the day before the alert (before the
-- resolution: never the "next" answer); customers 5, 10, ... have not
-- answered again; the others answer 1-4 days after the resolution, with a
-- score that depends on the category, and again later (ignored); customers
-- 7, 14, ... first send an answer without a score (skipped)
INSERT INTO rec_answers
SELECT (a.id - :base)::int, 0, a.created_at - interval '1 day' FROM cx_alert a;
INSERT INTO rec_answers
SELECT i, CASE a.resolution_category WHEN 'refund' THEN 6 + i % 5 WHEN 'call_back' THEN 3 + i % 8
                                     WHEN 'apology' THEN i % 11 ELSE 2 + i % 6 END,
       a.resolved_at + (1 + i % 4) * interval '1 day' + i * interval '1 minute'
FROM cx_alert a, LATERAL (SELECT (a.id - :base)::int AS i) k
WHERE i % 5 <> 0;
INSERT INTO rec_answers
SELECT (a.id - :base)::int, 10, a.resolved_at + interval '30 days' FROM cx_alert a WHERE (a.id - :base) % 5 <> 0;
INSERT INTO rec_answers
SELECT (a.id - :base)::int, NULL, a.resolved_at + interval '1 hour' FROM cx_alert a WHERE (a.id - :base) % 7 = 0;

-- ---- the report ------------------------------------------------------------------
SELECT category, resolved, answered, no_answer_yet, promoters, passives, detractors, recovered,
       round(recovery_rate::numeric, 2) AS rate, round(ci_lower::numeric, 2) AS ci_lower,
       round(ci_upper::numeric, 2) AS ci_upper, round(others_rate::numeric, 2) AS others,
       round(difference::numeric, 2) AS diff, round(p_value::numeric, 4) AS p,
       median_time_to_answer, median_time_to_recover
FROM cx_alert_recovery_report('rec_answers');

-- the plain-SQL reference: each resolved alert's next scored answer, the
-- counts, Wilson's interval, Agresti-Caffo's difference interval and
-- p-value (normal tail by Abramowitz-Stegun 7.1.26, |error| < 1.5e-7),
-- and the median times, for "not a detractor" (7) and "promoter" (9)
CREATE TEMP VIEW rec_next AS
SELECT DISTINCT ON (a.id) a.id, coalesce(a.resolution_category, 'uncategorised') AS category,
       a.resolved_at, r.answered_at, r.score
FROM cx_alert a
LEFT JOIN rec_answers r ON r.customer_id::text = a.subject AND r.answered_at > a.resolved_at AND r.score IS NOT NULL
WHERE a.resolved_at IS NOT NULL
ORDER BY a.id, r.answered_at, r.score;
CREATE TEMP TABLE rec_reference AS
WITH t(threshold) AS (VALUES (7), (9)),
g AS (
	SELECT t.threshold, n.category, count(*) AS resolved, count(n.answered_at) AS answered,
	       count(*) FILTER (WHERE n.score >= 9) AS promoters,
	       count(*) FILTER (WHERE n.score BETWEEN 7 AND 8) AS passives,
	       count(*) FILTER (WHERE n.score <= 6) AS detractors,
	       count(*) FILTER (WHERE n.score >= t.threshold) AS recovered,
	       percentile_cont(0.5) WITHIN GROUP (ORDER BY n.answered_at - n.resolved_at) AS to_answer,
	       percentile_cont(0.5) WITHIN GROUP (ORDER BY n.answered_at - n.resolved_at) FILTER (WHERE n.score >= t.threshold) AS to_recover
	FROM rec_next n CROSS JOIN t GROUP BY 1, 2),
o AS (
	SELECT g.*, sum(answered) OVER w - answered AS o_n, sum(recovered) OVER w - recovered AS o_x,
	       1.959963984540054::float8 AS z
	FROM g WINDOW w AS (PARTITION BY threshold)),
s AS (
	SELECT o.*, recovered::float8 / nullif(answered, 0) AS p,
	       (recovered + 1)::float8 / (answered + 2) AS pe, (o_x + 1)::float8 / (o_n + 2) AS pu
	FROM o),
ac AS (
	SELECT s.*, sqrt(pe * (1 - pe) / (answered + 2) + pu * (1 - pu) / (o_n + 2)) AS se FROM s)
SELECT threshold, category, resolved, answered, resolved - answered AS no_answer_yet, promoters, passives,
       detractors, recovered, 100 * p AS rate,
       100 * ((p + z * z / (2 * answered)) - z * sqrt(p * (1 - p) / answered + z * z / (4.0 * answered * answered))) / (1 + z * z / answered) AS ci_lower,
       100 * ((p + z * z / (2 * answered)) + z * sqrt(p * (1 - p) / answered + z * z / (4.0 * answered * answered))) / (1 + z * z / answered) AS ci_upper,
       100.0 * o_x / nullif(o_n, 0) AS others_rate,
       100 * p - 100.0 * o_x / nullif(o_n, 0) AS difference,
       greatest(-100, 100 * (pe - pu - z * se)) AS difference_lower, least(100, 100 * (pe - pu + z * se)) AS difference_upper,
       -- 2 (1 - Phi(|zz|)) = erfc(|zz| / sqrt 2)
       (SELECT (0.254829592 * u - 0.284496736 * u ^ 2 + 1.421413741 * u ^ 3 - 1.453152027 * u ^ 4 + 1.061405429 * u ^ 5)
               * exp(-(x * x))
        FROM (SELECT abs((pe - pu) / se) / sqrt(2) AS x) xx, LATERAL (SELECT 1 / (1 + 0.3275911 * x) AS u) uu)
       AS p_value,
       to_answer, to_recover
FROM ac;
SELECT threshold, count(*) AS categories, sum(resolved) AS alerts, sum(answered) AS answered FROM rec_reference GROUP BY 1 ORDER BY 1;
-- the report equals the reference, for both definitions of "recovered"
SELECT t.threshold, count(*) AS rows,
       count(*) FILTER (WHERE r.resolved = f.resolved AND r.answered = f.answered AND r.no_answer_yet = f.no_answer_yet
                          AND r.promoters = f.promoters AND r.passives = f.passives AND r.detractors = f.detractors
                          AND r.recovered = f.recovered
                          AND abs(r.recovery_rate - f.rate) < 1e-9 AND abs(r.ci_lower - f.ci_lower) < 1e-9
                          AND abs(r.ci_upper - f.ci_upper) < 1e-9 AND abs(r.others_rate - f.others_rate) < 1e-9
                          AND abs(r.difference - f.difference) < 1e-9
                          AND abs(r.difference_lower - f.difference_lower) < 1e-9
                          AND abs(r.difference_upper - f.difference_upper) < 1e-9
                          AND abs(r.p_value - f.p_value) < 1e-6
                          AND r.median_time_to_answer = f.to_answer
                          AND r.median_time_to_recover IS NOT DISTINCT FROM f.to_recover) AS equal
FROM (VALUES (7), (9)) t(threshold)
CROSS JOIN LATERAL cx_alert_recovery_report('rec_answers', recovered_from => t.threshold) r
FULL JOIN rec_reference f ON f.threshold = t.threshold AND f.category = r.category
GROUP BY 1 ORDER BY 1;
-- promoters only
SELECT category, answered, recovered, round(recovery_rate::numeric, 2) AS rate, round(p_value::numeric, 4) AS p,
       median_time_to_recover
FROM cx_alert_recovery_report('rec_answers', 'customer_id', 'score', 'answered_at', recovered_from => 9);
-- the p-value and the difference's interval agree: p < 0.05 exactly when 0 is outside it
SELECT count(*) FILTER (WHERE (p_value < 0.05) = (difference_lower > 0 OR difference_upper < 0)) AS agree, count(*)
FROM cx_alert_recovery_report('rec_answers', level => 0.95);
-- a wider interval at 99%
SELECT bool_and(r99.ci_lower <= r95.ci_lower AND r99.ci_upper >= r95.ci_upper
                AND r99.ci_upper - r99.ci_lower > r95.ci_upper - r95.ci_lower) AS wider
FROM cx_alert_recovery_report('rec_answers', level => 0.99) r99
JOIN cx_alert_recovery_report('rec_answers') r95 USING (category);

-- ---- filters: kinds and the resolution window --------------------------------
UPDATE cx_alert SET kind = 'csat_low' WHERE (id - :base) BETWEEN 1 AND 10;
SELECT category, resolved FROM cx_alert_recovery_report('rec_answers', kinds => ARRAY['csat_low']);
SELECT sum(resolved) AS nps_only FROM cx_alert_recovery_report('rec_answers', kinds => ARRAY['nps_detractor']);
SELECT sum(resolved) AS in_window
FROM cx_alert_recovery_report('rec_answers', resolved_since => '2026-11-02 00:00+00', resolved_before => '2026-11-03 00:00+00');
SELECT count(*) AS reference FROM cx_alert
WHERE resolved_at >= '2026-11-02 00:00+00' AND resolved_at < '2026-11-03 00:00+00';
SELECT count(*) AS no_rows FROM cx_alert_recovery_report('rec_answers', kinds => ARRAY['no_such_kind']);

-- ---- answers in other shapes ---------------------------------------------------
-- no answers at all: every alert waits, no rate, nothing to test
CREATE TABLE rec_empty (customer_id text, score numeric, answered_at date);
SELECT category, resolved, answered, no_answer_yet, recovery_rate, ci_lower, p_value, median_time_to_answer
FROM cx_alert_recovery_report('rec_empty');
-- text subjects, numeric scores, dates
INSERT INTO rec_empty VALUES ('1', 9, '2026-12-01'), ('2', 3, '2026-12-01'), ('2', 10, '2026-12-02');
SELECT category, answered, recovered, median_time_to_answer > interval '20 days' AS weeks_later
FROM cx_alert_recovery_report('rec_empty') WHERE answered > 0;
-- a single category among the answered: nothing to compare with
CREATE TABLE rec_one AS SELECT * FROM rec_empty WHERE customer_id = '2';
SELECT category, answered, recovery_rate, round(ci_upper::numeric, 2) AS ci_upper, others_rate, difference, p_value
FROM cx_alert_recovery_report('rec_one', recovered_from => 9) WHERE answered > 0;

-- ---- bad input -------------------------------------------------------------------
SELECT * FROM cx_alert_recovery_report(NULL);
SELECT * FROM cx_alert_recovery_report('rec_answers', recovered_from => 0);
SELECT * FROM cx_alert_recovery_report('rec_answers', recovered_from => 11);
SELECT * FROM cx_alert_recovery_report('rec_answers', recovered_from => NULL);
SELECT * FROM cx_alert_recovery_report('rec_answers', level => 1);
SELECT * FROM cx_alert_recovery_report('rec_answers', level => NULL);
SELECT * FROM cx_alert_recovery_report('rec_answers', 'client_id');
SELECT * FROM cx_alert_recovery_report('rec_answers', score => 'answered_at');
SELECT * FROM cx_alert_recovery_report('rec_answers', at => 'score');
SELECT * FROM cx_alert_recovery_report('no_such_table');
-- a next answer that is not a 0-10 answer is an error, not a silent skip
INSERT INTO rec_empty VALUES ('3', 11, '2026-12-01');
SELECT * FROM cx_alert_recovery_report('rec_empty');
DELETE FROM rec_empty WHERE customer_id = '3';
INSERT INTO rec_empty VALUES ('4', 7.5, '2026-12-01');
SELECT * FROM cx_alert_recovery_report('rec_empty');
DELETE FROM rec_empty WHERE customer_id = '4';
-- ... but one before the resolution, or later than the next answer, is not read
INSERT INTO rec_empty VALUES ('4', 99, '2026-10-01'), ('1', 99, '2027-01-01');
SELECT sum(answered) AS answered FROM cx_alert_recovery_report('rec_empty');

-- the statistics function on its own
-- (rounded: the last digits of erfc and sqrt differ between C libraries)
SELECT rate, round(ci_lower::numeric, 10) AS ci_lower, round(ci_upper::numeric, 10) AS ci_upper,
       others_rate, difference, round(difference_lower::numeric, 10) AS difference_lower,
       round(difference_upper::numeric, 10) AS difference_upper, round(p_value::numeric, 14) AS p_value
FROM cx_alert_recovery_rate(8, 10, 5, 20);
SELECT cx_alert_recovery_rate(3, 2, 0, 0);
SELECT cx_alert_recovery_rate(-1, 2, 0, 0);
SELECT cx_alert_recovery_rate(1, 2, 5, 4);
SELECT cx_alert_recovery_rate(1, 2, 0, 4, 0);
SELECT (cx_alert_recovery_rate(1, 2, NULL, 4)).rate IS NULL AS strict;
SELECT rate, ci_lower, others_rate, p_value FROM cx_alert_recovery_rate(0, 0, 0, 0);

-- ---- permissions -------------------------------------------------------------------
CREATE ROLE regress_rec_agent IN ROLE cx_alerts_responder;
CREATE ROLE regress_rec_analyst IN ROLE cx_alerts_reader;
CREATE ROLE regress_rec_nobody;
GRANT SELECT ON rec_answers TO regress_rec_analyst;
INSERT INTO cx_alert (kind, severity, source_table, subject) VALUES ('nps_detractor', 'low', 'public.rec_answers', '81');
SET ROLE regress_rec_agent;
SELECT resolution_category, resolved_by = session_user AS by_session_user
FROM cx_alert_resolve((SELECT max(id) FROM cx_alert), 'done', 'refund');
INSERT INTO cx_alert_resolution_category VALUES ('voucher');      -- only cx_alerts_admin
RESET ROLE;
SET ROLE regress_rec_analyst;
SELECT count(*) AS categories FROM cx_alert_recovery_report('rec_answers');
SELECT cx_alert_resolve(1, 'no', 'refund');                       -- a reader cannot resolve
RESET ROLE;
SET ROLE regress_rec_nobody;
SELECT count(*) FROM cx_alert_recovery_report('rec_answers');
SELECT count(*) FROM cx_alert_resolution_category;
RESET ROLE;
ROLLBACK;
SELECT setval('cx_alert_id_seq', :seq_last, :'seq_called'::boolean) IS NOT NULL AS sequence_back;
SELECT count(*) AS categories_left FROM cx_alert_resolution_category;
