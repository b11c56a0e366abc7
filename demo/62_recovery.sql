-- demo/62_recovery.sql: which recoveries work.  The team names what it does
-- to close an alert (the categories), resolves the demo's open detractor
-- alerts with one, the customers answer again, and the report says which
-- category brings them back.  The demo's clock: resolutions on 21 and 22
-- November 2026, answers in the three weeks after.
\pset footer off
-- 1. the team's categories: a table it edits (cx_alerts_admin; pg_dump keeps it)
INSERT INTO cx_alert_resolution_category (category, description) VALUES
	('refund', 'Money back or a credit note'),
	('callback', 'A call from a senior agent the same day'),
	('fix', 'The underlying problem was fixed and the customer told'),
	('apology', 'A written apology, nothing else');
SELECT category, description FROM cx_alert_resolution_category ORDER BY category;
\set ON_ERROR_STOP 0
\echo '(the next statement fails on purpose: "refnud" is not a category)'
SELECT cx_alert_resolve(min(id), 'refund issued', 'refnud') FROM cx_alert WHERE kind = 'nps_detractor' AND resolved_at IS NULL;
\set ON_ERROR_STOP 1

-- 2. the open detractor alerts are resolved: the note says what was done,
--    the category says which kind of recovery it was (in the demo by turns;
--    every sixth one without a category)
SELECT coalesce(r.resolution_category, '(none)') AS category, count(*) AS resolved
FROM (SELECT id FROM cx_alert WHERE kind = 'nps_detractor' AND resolved_at IS NULL ORDER BY id) a,
     LATERAL cx_alert_resolve(a.id, 'demo: see the ticket',
                              (ARRAY['refund', 'callback', 'fix', 'apology', 'callback', NULL])[1 + a.id % 6]) r
GROUP BY 1 ORDER BY 1;
-- (onto the demo's clock: resolved between 21 November 08:00 and 22 November 20:00)
UPDATE cx_alert SET acknowledged_at = timestamptz '2026-11-21 08:00+00' + (id % 37) * interval '1 hour',
                    resolved_at = timestamptz '2026-11-21 08:00+00' + (id % 37) * interval '1 hour'
WHERE kind = 'nps_detractor' AND resolution_note = 'demo: see the ticket';

-- 3. the customers answer again, 2 to 20 days later; every seventh has not
--    answered yet.  (The demo's follow-up answers, made up: a fix or a refund
--    brings most customers back, an apology alone rarely does.)
INSERT INTO nps_responses (customer_id, answered_at, score)
SELECT a.subject::bigint,
       a.resolved_at + (2 + a.id % 19) * interval '1 day' + (a.id % 11) * interval '1 hour',
       CASE coalesce(a.resolution_category, '')
            WHEN 'refund' THEN 5 + a.id / 6 % 6      -- 5..10
            WHEN 'fix' THEN 6 + a.id / 6 % 5         -- 6..10
            WHEN 'callback' THEN 4 + a.id / 6 % 7    -- 4..10
            WHEN 'apology' THEN 1 + a.id / 6 % 8     -- 1..8
            ELSE 2 + a.id / 6 % 7 END                -- 2..8
FROM cx_alert a
WHERE a.kind = 'nps_detractor' AND a.resolution_note = 'demo: see the ticket' AND a.id % 7 <> 3;

-- 4. which recoveries work: recovered = the next answer is not a detractor
--    (7-10); the rate's 95% interval; the difference from the other
--    categories with its p-value; how long until the next answer
SELECT category, resolved, answered, no_answer_yet AS waiting, recovered,
       round(recovery_rate::numeric, 1) AS rate, round(ci_lower::numeric, 1) AS ci_lower,
       round(ci_upper::numeric, 1) AS ci_upper, round(difference::numeric, 1) AS vs_others,
       round(p_value::numeric, 4) AS p_value, median_time_to_answer
FROM cx_alert_recovery_report('nps_responses', kinds => ARRAY['nps_detractor'])
ORDER BY recovery_rate DESC NULLS LAST;
-- the stricter reading: the next answer is a promoter (9-10)
SELECT category, answered, promoters, round(recovery_rate::numeric, 1) AS promoter_rate,
       round(difference::numeric, 1) AS vs_others, round(p_value::numeric, 4) AS p_value,
       median_time_to_recover
FROM cx_alert_recovery_report('nps_responses', kinds => ARRAY['nps_detractor'], recovered_from => 9)
ORDER BY recovery_rate DESC NULLS LAST;
