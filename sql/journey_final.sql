-- final stages, the support rule, and 1.1 states (journey_friction_state JFS1)
SET client_min_messages = warning;

CREATE TEMP TABLE fev(j int, stage text, at timestamptz, ch text, failed bool);
INSERT INTO fev VALUES
 (1,'Open','2024-01-01 00:00+00','web',false),(1,'Triage','2024-01-01 02:00+00','web',false),(1,'Closed','2024-01-02 00:00+00','mail',false),
 (2,'Open','2024-01-01 00:00+00','web',false),(2,'Triage','2024-01-01 01:00+00','phone',true),(2,'Open','2024-01-01 05:00+00','web',false),(2,'Triage','2024-01-01 06:00+00','web',false),
 (3,'Open','2024-01-03 00:00+00','web',false),
 (4,'Open','2024-01-01 00:00+00','web',false),(4,'Triage','2024-01-01 00:30+00','web',false),(4,'Closed','2024-01-01 03:00+00','web',true),(4,'Closed','2024-01-01 04:00+00','web',false),
 (5,'Open','2024-02-20 00:00+00','web',false),(5,'Resolved','2024-02-20 01:00+00','web',false),
 (6,'Open','2024-01-05 00:00+00','web',false),(6,'Resolved','2024-01-05 01:00+00','web',false),(6,'Triage','2024-01-05 02:00+00','web',false);

-- plain-SQL reference: a journey's last event (ties by stage name), idle at
-- as_of 1 March (30 days), and whether that stage is final
CREATE FUNCTION pg_temp.drop_ref(finals text[])
RETURNS TABLE (stage text, journeys bigint, drop_offs bigint) LANGUAGE sql AS $$
	WITH last AS (
		SELECT DISTINCT ON (j) j, stage, at FROM fev ORDER BY j, at DESC, stage DESC
	), reached AS (
		SELECT stage, count(DISTINCT j) AS journeys FROM fev GROUP BY stage
	)
	SELECT r.stage, r.journeys,
	       CASE WHEN r.stage = ANY (finals) THEN 0
	            ELSE (SELECT count(*) FROM last l WHERE l.stage = r.stage
	                  AND timestamptz '2024-03-01 00:00+00' - l.at > interval '30 days') END
	FROM reached r
$$;

-- several final stages, no stage order: drop-off only outside them
SELECT o.stage, o.journeys, o.drop_offs, round(o.drop_off_rate::numeric, 4) AS drop_off_rate,
       o.drop_offs = r.drop_offs AND o.journeys = r.journeys AS matches_reference
FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00',
	                                                     final_stages => ARRAY['Closed', 'Resolved']))
	FROM fev), min_journeys => 1) o
JOIN pg_temp.drop_ref(ARRAY['Closed', 'Resolved']) r USING (stage)
ORDER BY o.stage_order;

-- the default without a stage order: no stage is known to be final, drop-off
-- is undefined and the index is made of the other components
SELECT r.stage, r.drop_offs, r.drop_off_rate,
       round(r.friction_index::numeric, 6) = round((SELECT 100 * sum(w * c) / sum(w) FROM (VALUES
         (0.25, r.repeat_rate), (0.20, r.loop_rate),
         (0.15, extract(epoch FROM r.dwell_median) / (extract(epoch FROM r.dwell_median) + 72 * 3600)),
         (0.20, r.drop_off_rate), (0.10, r.channel_switch_rate), (0.10, r.failed_rate)) v(w, c)
         WHERE c IS NOT NULL)::numeric, 6) AS index_of_defined_components
FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, ch, failed, journey_config(as_of => '2024-03-01 00:00+00'))
	FROM fev WHERE stage <> 'Resolved'), min_journeys => 1) r
ORDER BY r.stage_order;

-- a stage order: its last stage is final unless final_stages says otherwise
SELECT stage, stage_order, drop_offs FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY['Open', 'Triage', 'Resolved', 'Closed'],
	                                                     as_of => '2024-03-01 00:00+00'))
	FROM fev)) ORDER BY stage_order;
SELECT stage, stage_order, drop_offs FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY['Open', 'Triage', 'Resolved', 'Closed'],
	                                                     as_of => '2024-03-01 00:00+00',
	                                                     final_stages => ARRAY['Resolved', 'Closed']))
	FROM fev)) ORDER BY stage_order;

-- a final stage never reached is listed (0 journeys), so a misspelt name shows
SELECT stage, stage_order, journeys, drop_offs FROM journey_friction_report((
	SELECT journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00', final_stages => ARRAY['Closd']))
	FROM fev)) ORDER BY stage_order;

-- per journey: dropped is judged against the final stages, NULL without any
SELECT j, (journey_friction_score(journey_friction(j, stage, at,
           journey_config(as_of => '2024-03-01 00:00+00', final_stages => ARRAY['Closed', 'Resolved'])))).dropped AS dropped,
       (journey_friction_score(journey_friction(j, stage, at,
           journey_config(as_of => '2024-03-01 00:00+00')))).dropped AS dropped_no_finals
FROM fev GROUP BY j ORDER BY j;

-- merging: the same final stages merge (serial and parallel plans agree);
-- different ones, or none against some, do not
CREATE TEMP TABLE fstates AS
SELECT j % 2 AS part, journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00',
                                       final_stages => ARRAY['Closed', 'Resolved'])) AS s
FROM fev GROUP BY j % 2;
SELECT stage, journeys, drop_offs FROM journey_friction_report((SELECT journey_friction_merge(s) FROM fstates))
ORDER BY stage_order;
SELECT journey_friction_merge(s) FROM (
	SELECT journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00', final_stages => ARRAY['Closed'])) FROM fev WHERE j < 3
	UNION ALL
	SELECT journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00', final_stages => ARRAY['Resolved'])) FROM fev WHERE j >= 3) x(s);
SELECT journey_friction_merge(s) FROM (
	SELECT journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00', final_stages => ARRAY['Closed'])) FROM fev WHERE j < 3
	UNION ALL
	SELECT journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00', final_stages => ARRAY['Closed', 'Resolved'])) FROM fev WHERE j >= 3) x(s);
SELECT journey_friction_merge(s) FROM (
	SELECT journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00')) FROM fev WHERE j < 3
	UNION ALL
	SELECT journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00', final_stages => ARRAY['Closed'])) FROM fev WHERE j >= 3) x(s);

-- bad final_stages
SELECT journey_friction(j, stage, at, journey_config(final_stages => '{}')) FROM fev;
SELECT journey_friction(j, stage, at, journey_config(final_stages => ARRAY['Closed', NULL])) FROM fev;
SELECT journey_friction(j, stage, at, journey_config(final_stages => ARRAY['Closed', 'Closed'])) FROM fev;
SELECT journey_friction(j, stage, at, journey_config(final_stages => ARRAY['']::text[])) FROM fev;
SELECT journey_friction(j, stage, at, journey_config(final_stages => ARRAY[['Closed'], ['Open']])) FROM fev;
SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY['Open', 'Triage', 'Resolved', 'Closed'],
                                                     final_stages => ARRAY['Done'])) FROM fev;
SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY['Open', 'Triage', 'Resolved', 'Closed'],
                                                     final_stages => ARRAY['Closed', 'Closed'])) FROM fev;

-- the constructor: old calls (positional, named) and the 1.1 one kept for views
SELECT journey_config(), journey_config(ARRAY['a', 'b']),
       journey_config(NULL, '1 hour', '2 days', '2024-01-01 00:00+00'),
       journey_config(final_stages => ARRAY['b']),
       journey_config_1_1(ARRAY['a', 'b'], idle_period => '1 day');
-- a journey_config stored with 4 attributes (1.1) reads final_stages as NULL
CREATE TEMP TABLE old_cfg (c journey_config);
INSERT INTO old_cfg SELECT ROW(ARRAY['Open', 'Triage', 'Closed'], '72 hours', '30 days', '2024-03-01 00:00+00', NULL)::journey_config;
SELECT (c).final_stages IS NULL AS no_final_stages FROM old_cfg;

-- ---- 1.1 states (JFS1, written by version 1.1) read with their 1.1 numbers ----
-- the same events as fev's journeys 1-4; the figures in the comments are what
-- version 1.1 reported for these states
\set s11_unordered '4a465331000000060000003c598620000000025b7f3d40000002b58cd363c000000000000000000400000003000000044f70656e0002b0d5d4e940000000000000000004000000000000000500000000000000050000000000000001000000000000000100000000000000030000000000000001000000000000000100000000000000050000000000000000000000000000000500000000000000000000000000000004000000000000000000000003c59862000000000307ac00000000000000010000000000000000000000006b49d20007ec0000000000000002000000000000000000000001ad274800082c0000000000000001000000000000000000000001ad274800000000065472696167650002b0d6403312000000000000000003000000000000000400000000000000040000000000000001000000000000000000000000000000020000000000000001000000000000000100000000000000040000000000000000000000000000000400000000000000010000000000000003000000000000000000000017e36fc200000000030844000000000000000100000000000000000000000218711a00086c00000000000000010000000000000000000000035a4e9000090a000000000000000100000000000000000000001270b0180000000006436c6f7365640002b0d858a42c0000000000000000020000000000000003000000000000000200000000000000010000000000000000000000000000000000000000000000020000000000000002000000000000000300000000000000000000000000000003000000000000000100000000000000000000000000000000000000000000000000000000'
\set s11_ordered '4a465331000000010000003c598620000000025b7f3d40000002b58cd363c000000000000000000400000003000000044f70656e0002b0d5d4e940000000000000000004000000000000000500000000000000050000000000000001000000000000000100000000000000030000000000000001000000000000000100000000000000000000000000000000000000000000000000000000000000000000000000000004000000000000000000000003c59862000000000307ac00000000000000010000000000000000000000006b49d20007ec0000000000000002000000000000000000000001ad274800082c0000000000000001000000000000000000000001ad274800000000065472696167650002b0d6403312000000000000000003000000000000000400000000000000040000000000000001000000000000000000000000000000020000000000000001000000000000000100000000000000000000000000000000000000000000000000000000000000000000000000000003000000000000000000000017e36fc200000000030844000000000000000100000000000000000000000218711a00086c00000000000000010000000000000000000000035a4e9000090a000000000000000100000000000000000000001270b0180000000006436c6f7365640002b0d858a42c0000000000000000020000000000000003000000000000000200000000000000010000000000000000000000000000000000000000000000020000000000000002000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'
\set s11_one '4a465331000000000000003c598620000000025b7f3d40000002b58cd363c000000000000000000100000002000000044f70656e0002b0d5d4e940000000000000000001000000000000000200000000000000020000000000000001000000000000000100000000000000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002000000000000000000000001ad2748000000000107ec0000000000000002000000000000000000000001ad274800000000065472696167650002b0d6ab7ce40000000000000000010000000000000002000000000000000200000000000000010000000000000000000000000000000000000000000000010000000000000001000000000000000000000000000000000000000000000000000000000000000000000000000000010000000000000000000000035a4e900000000001086c00000000000000010000000000000000000000035a4e9000'
-- 1.1: Triage 3 journeys, 1 drop-off, 16.206140; Open 4, 1, 14.205479; Closed 2, 0, 13.725490
SELECT stage, journeys, drop_offs, drop_off_rate, round(friction_index::numeric, 6) AS friction_index
FROM journey_friction_report(:'s11_unordered', min_journeys => 1);
-- 1.1: Open 4, 1, 17.756849; Triage 3, 1, 17.132675; Closed 2, 0, 12.820513
SELECT stage, journeys, drop_offs, drop_off_rate, round(friction_index::numeric, 6) AS friction_index
FROM journey_friction_report(:'s11_ordered', min_journeys => 1);
-- 1.1: 4 events, 2 repeats, 1 loop, last stage Triage, not dropped, index 22.13184931506849, worst Open 28.381849315068493
SELECT events, repeats, loops, last_stage, dropped, friction_index, worst_stage, worst_stage_index
FROM journey_friction_score(:'s11_one');
-- a 1.1 state re-read and written again (merge) keeps its meaning
SELECT stage, journeys, drop_offs, round(friction_index::numeric, 6) AS friction_index
FROM journey_friction_report((SELECT journey_friction_merge(s) FROM (VALUES (:'s11_unordered'::journey_friction_state)) v(s)), min_journeys => 1);
SELECT substr(journey_friction_merge(s)::text, 1, 8) AS signature
FROM (VALUES (:'s11_unordered'::journey_friction_state)) v(s);
-- an ordered 1.1 state merges with a new one of the same order (final: the last)
SELECT stage, journeys, drop_offs FROM journey_friction_report((
	SELECT journey_friction_merge(s) FROM (
		SELECT :'s11_ordered'::journey_friction_state
		UNION ALL
		SELECT journey_friction(j, stage, at, journey_config(stages => ARRAY['Open', 'Triage', 'Closed'], as_of => '2024-03-01 00:00+00'))
		FROM fev WHERE j <= 4) x(s))) ORDER BY stage_order;
-- an unordered 1.1 state (final: the last seen) does not merge with a new unordered one
SELECT journey_friction_merge(s) FROM (
	SELECT :'s11_unordered'::journey_friction_state
	UNION ALL
	SELECT journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00')) FROM fev WHERE j <= 4) x(s);
-- damaged states: a JFS1 state with a 1.2 flag; a JFS1 state relabelled JFS2
-- (the layouts differ); a JFS2 final stage without the rule; two rules
SELECT overlay(:'s11_ordered' placing '00000009' from 9 for 8)::journey_friction_state;
SELECT overlay(:'s11_ordered' placing '4a465332' from 1 for 8)::journey_friction_state;
SELECT journey_friction(j, stage, at, journey_config(final_stages => ARRAY['Closed']))::text AS s12 FROM fev \gset
SELECT substr(:'s12', 1, 16) AS header;
SELECT overlay(:'s12' placing '00000000' from 9 for 8)::journey_friction_state;
SELECT overlay(:'s12' placing '00000018' from 9 for 8)::journey_friction_state;

-- ---- the support rule ----
-- 40 journeys through a, b, c; one through x, whose every event repeats:
-- x has the highest index but too few journeys, so it ranks after a, b, c
CREATE TEMP TABLE sev AS
SELECT g AS j, s AS stage, timestamptz '2024-01-01 00:00+00' + g * interval '1 day' + k * interval '1 hour' AS at
FROM generate_series(1, 40) g, unnest(ARRAY['a', 'b', 'c']) WITH ORDINALITY u(s, k)
UNION ALL
SELECT 41, 'x', timestamptz '2024-01-01 00:00+00' + k * interval '1 minute' FROM generate_series(1, 5) k;
SELECT rank, stage, journeys, round(friction_index::numeric, 2) AS friction_index, low_support
FROM journey_friction_report((SELECT journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00')) FROM sev));
SELECT rank, stage, journeys, low_support
FROM journey_friction_report((SELECT journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00')) FROM sev),
                             min_journeys => 1);
SELECT rank, stage, low_support
FROM journey_friction_report((SELECT journey_friction(j, stage, at, journey_config(as_of => '2024-03-01 00:00+00')) FROM sev),
                             min_journeys => 41);
SELECT * FROM journey_friction_report((SELECT journey_friction(j, stage, at) FROM sev), min_journeys => 0);
SELECT * FROM journey_friction_report((SELECT journey_friction(j, stage, at) FROM sev), min_journeys => NULL);
-- no events: no rows
SELECT count(*) FROM journey_friction_report(NULL::journey_friction_state);
