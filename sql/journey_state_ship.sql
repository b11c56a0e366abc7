-- journey_events_state: the storable state of journey_friction and
-- journey_moments, shipped through its text form the way Citus ships a
-- worker's partial state to the coordinator, with the events of one journey
-- spread over several "shards"; bad states; parallel plans.

\set SHOW_CONTEXT never

CREATE TEMP TABLE ev AS
SELECT i AS id, (i / 7)::bigint AS journey, 'seg' || ((i / 7) % 3) AS segment,
       (ARRAY['browse', 'cart', 'checkout', 'pay', 'done'])[1 + (i * 7919) % 5] AS stage,
       timestamptz '2026-01-01 00:00+00' + (i % 13) * interval '5 hours' + (i / 7) * interval '1 min' AS at,
       (ARRAY['web', 'app', 'phone'])[1 + i % 3] AS channel, i % 11 = 0 AS failed,
       ((i / 7) % 11)::int AS score
FROM generate_series(1, 2100) i;

-- partial aggregates (the state, no final function) and final ones over
-- states, as Citus runs them on the workers and on the coordinator
CREATE AGGREGATE pg_temp.fpartial(anyelement, text, timestamptz) (
	SFUNC = journey_events_friction_trans, STYPE = journey_events_state,
	COMBINEFUNC = journey_events_combine);
CREATE AGGREGATE pg_temp.fpartial(anyelement, text, timestamptz, text, boolean, journey_config) (
	SFUNC = journey_events_friction_trans, STYPE = journey_events_state,
	COMBINEFUNC = journey_events_combine);
CREATE AGGREGATE pg_temp.mpartial(anyelement, text, timestamptz, int) (
	SFUNC = journey_events_moments_trans, STYPE = journey_events_state,
	COMBINEFUNC = journey_events_combine);
CREATE AGGREGATE pg_temp.mpartial(anyelement, text, timestamptz, int, text, boolean, journey_moments_config) (
	SFUNC = journey_events_moments_trans, STYPE = journey_events_state,
	COMBINEFUNC = journey_events_combine);
CREATE AGGREGATE pg_temp.ffinish(journey_events_state) (
	SFUNC = journey_events_combine, STYPE = journey_events_state,
	FINALFUNC = journey_events_friction_final);
CREATE AGGREGATE pg_temp.mfinish(journey_events_state) (
	SFUNC = journey_events_combine, STYPE = journey_events_state,
	FINALFUNC = journey_events_moments_final);

-- four "shards" by event id: every journey is split over several of them
SELECT count(*) AS journeys, count(*) FILTER (WHERE n > 1) AS split_journeys
FROM (SELECT journey, count(DISTINCT id % 4) AS n FROM ev GROUP BY 1) j;

-- each shard's state through text and back, combined and finished: the same
-- result as over all rows at once, bit for bit
CREATE TEMP TABLE shipped AS
SELECT id % 4 AS shard, pg_temp.fpartial(journey, stage, at)::text AS state
FROM ev GROUP BY 1;
SELECT count(*) AS shards, bool_and(state LIKE 'journey_events:%') AS text_form,
       bool_and(state::journey_events_state::text = state) AS text_round_trip
FROM shipped;
SELECT (SELECT pg_temp.ffinish(state::journey_events_state) FROM shipped)::text
       = (SELECT journey_friction(journey, stage, at) FROM ev)::text AS shipped_equals_one_node,
       (SELECT journeys FROM journey_friction_report((SELECT pg_temp.ffinish(state::journey_events_state) FROM shipped))
        LIMIT 1) AS journeys;
-- the binary form is the bytes the text form encodes
SELECT bool_and(journey_events_state_send(state::journey_events_state)
                = decode(substr(state, 16), 'base64')) AS binary_form
FROM shipped;

-- with channels, outcomes and a config; text keys
SELECT (SELECT pg_temp.ffinish(s::text::journey_events_state)
        FROM (SELECT pg_temp.fpartial(journey::text, stage, at, channel, failed,
                                      journey_config(final_stages => ARRAY['done'], as_of => '2026-03-01')) AS s
              FROM ev GROUP BY id % 5) p)::text
       = (SELECT journey_friction(journey::text, stage, at, channel, failed,
                                  journey_config(final_stages => ARRAY['done'], as_of => '2026-03-01')) FROM ev)::text
       AS friction_channels_config;
-- a stage order
SELECT (SELECT pg_temp.ffinish(s::text::journey_events_state)
        FROM (SELECT pg_temp.fpartial(journey, stage, at, channel, failed,
                                      journey_config(stages => ARRAY['browse', 'cart', 'checkout', 'pay', 'done'])) AS s
              FROM ev GROUP BY id % 3) p)::text
       = (SELECT journey_friction(journey, stage, at, channel, failed,
                                  journey_config(stages => ARRAY['browse', 'cart', 'checkout', 'pay', 'done'])) FROM ev)::text
       AS friction_stage_order;

-- journey_moments: the answers on the events, or on rows of their own in
-- another shard than the events
SELECT (SELECT pg_temp.mfinish(s::text::journey_events_state)
        FROM (SELECT pg_temp.mpartial(journey, stage, at, score) AS s FROM ev GROUP BY id % 4) p)::text
       = (SELECT journey_moments(journey, stage, at, score) FROM ev)::text AS moments_shipped;
CREATE TEMP TABLE ev_answers AS
SELECT id, journey, stage, at, NULL::int AS score, channel, failed FROM ev
UNION ALL
SELECT -journey, journey, NULL, NULL, score, NULL, NULL FROM (SELECT DISTINCT journey, score FROM ev) a
WHERE journey % 5 <> 0;
SELECT (SELECT pg_temp.mfinish(s::text::journey_events_state)
        FROM (SELECT pg_temp.mpartial(journey, stage, at, score, channel, failed,
                                      journey_moments_config(journey_config(as_of => '2026-02-01'), '1 day', 5)) AS s
              FROM (SELECT id, journey, stage, at, CASE WHEN score IS NULL THEN NULL ELSE 1 + score % 5 END AS score,
                           channel, failed FROM ev_answers) e
              GROUP BY id % 4) p)::text
       = (SELECT journey_moments(journey, stage, at, CASE WHEN score IS NULL THEN NULL ELSE 1 + score % 5 END,
                                 channel, failed, journey_moments_config(journey_config(as_of => '2026-02-01'), '1 day', 5))
          FROM ev_answers)::text AS moments_answer_rows_shipped;
-- two different answers of one journey in two shards
SELECT pg_temp.mfinish(s) FROM (VALUES ((SELECT pg_temp.mpartial(journey, stage, at, 3) FROM ev WHERE journey = 5 AND id % 2 = 0)),
                                       ((SELECT pg_temp.mpartial(journey, stage, at, 8) FROM ev WHERE journey = 5 AND id % 2 = 1))) v(s);
SELECT pg_temp.mfinish(s) FROM (VALUES ((SELECT pg_temp.mpartial(journey::text, stage, at, 3) FROM ev WHERE journey = 5 AND id % 2 = 0)),
                                       ((SELECT pg_temp.mpartial(journey::text, stage, at, 8) FROM ev WHERE journey = 5 AND id % 2 = 1))) v(s);

-- GROUP BY: per segment, shipped by shard
SELECT bool_and(a.r = b.r) AS group_by_equal, count(*) AS groups
FROM (SELECT segment, pg_temp.ffinish(s::text::journey_events_state)::text AS r
      FROM (SELECT segment, id % 4, pg_temp.fpartial(journey, stage, at) AS s FROM ev GROUP BY 1, 2) p
      GROUP BY 1) a
JOIN (SELECT segment, journey_friction(journey, stage, at)::text AS r FROM ev GROUP BY 1) b USING (segment);

-- no rows: NULL, as before
SELECT journey_friction(journey, stage, at) IS NULL AS no_rows,
       journey_moments(journey, stage, at, score) IS NULL AS no_rows_moments
FROM ev WHERE false;
-- NULL arguments: the same errors as before
SELECT journey_friction(NULLIF(journey, 3), stage, at) FROM ev;
SELECT journey_friction(journey, NULLIF(stage, 'cart'), at) FROM ev;
SELECT journey_friction(journey, stage, CASE WHEN id = 9 THEN NULL ELSE at END) FROM ev;
SELECT journey_moments(journey, NULLIF(stage, 'cart'), at, score) FROM ev;
SELECT journey_friction(journey, stage, at, NULL::journey_config) FROM ev;
SELECT journey_friction(journey, stage, 'infinity') FROM ev;
SELECT journey_friction(point(1, 2), stage, at) FROM ev;
SELECT journey_friction(journey, stage, at, journey_config(stages => ARRAY['browse'])) FROM ev;

-- parts with different configurations, aggregates or key types
SELECT pg_temp.ffinish(s) FROM (VALUES
	((SELECT pg_temp.fpartial(journey, stage, at, channel, failed, journey_config(as_of => '2026-02-01')) FROM ev WHERE id % 2 = 0)),
	((SELECT pg_temp.fpartial(journey, stage, at, channel, failed, journey_config(as_of => '2026-02-02')) FROM ev WHERE id % 2 = 1))) v(s);
SELECT pg_temp.ffinish(s) FROM (VALUES
	((SELECT pg_temp.fpartial(journey, stage, at, channel, failed, journey_config(final_stages => ARRAY['done'])) FROM ev WHERE id % 2 = 0)),
	((SELECT pg_temp.fpartial(journey, stage, at, channel, failed, journey_config()) FROM ev WHERE id % 2 = 1))) v(s);
SELECT pg_temp.ffinish(s) FROM (VALUES
	((SELECT pg_temp.fpartial(journey, stage, at) FROM ev WHERE id % 2 = 0)),
	((SELECT pg_temp.mpartial(journey, stage, at, score) FROM ev WHERE id % 2 = 1))) v(s);
SELECT pg_temp.ffinish(s) FROM (VALUES
	((SELECT pg_temp.fpartial(journey, stage, at) FROM ev WHERE id % 2 = 0)),
	((SELECT pg_temp.fpartial(journey::text, stage, at) FROM ev WHERE id % 2 = 1))) v(s);
-- a state of one aggregate given to the other's final function
SELECT pg_temp.mfinish(s) FROM (SELECT pg_temp.fpartial(journey, stage, at) AS s FROM ev) p;
-- without as_of, drop-off is judged where the final function runs: the
-- parts agree whatever their transaction's start
SELECT (SELECT pg_temp.ffinish(state::journey_events_state) FROM shipped)::text
       = (SELECT journey_friction(journey, stage, at) FROM ev)::text AS as_of_at_the_final;

-- parallel plans.  The aggregates are parallel restricted (in the leader,
-- above a parallel scan, as in 1.1: partial states would ship every event
-- through the Gather); the state itself computes partially in parallel
-- workers, shown by parallel-safe aggregates of the same functions
CREATE TEMP TABLE serial_result AS
SELECT journey_friction(journey, stage, at, channel, failed, journey_config(as_of => '2026-03-01'))::text AS f,
       journey_moments(journey, stage, at, score, journey_moments_config(journey_config(as_of => '2026-03-01')))::text AS m
FROM ev;
CREATE AGGREGATE pg_temp.fpar(anyelement, text, timestamptz, text, boolean, journey_config) (
	SFUNC = journey_events_friction_trans, STYPE = journey_events_state,
	FINALFUNC = journey_events_friction_final, COMBINEFUNC = journey_events_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE pg_temp.mpar(anyelement, text, timestamptz, int, journey_moments_config) (
	SFUNC = journey_events_moments_trans, STYPE = journey_events_state,
	FINALFUNC = journey_events_moments_final, COMBINEFUNC = journey_events_combine,
	PARALLEL = SAFE);
CREATE TABLE ev_par AS SELECT * FROM ev;
ANALYZE ev_par;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT journey_friction(journey, stage, at, channel, failed) FROM ev_par;
EXPLAIN (COSTS OFF) SELECT pg_temp.fpar(journey, stage, at, channel, failed, journey_config()) FROM ev_par;
SELECT (SELECT f FROM serial_result)
       = journey_friction(journey, stage, at, channel, failed, journey_config(as_of => '2026-03-01'))::text AS parallel_scan_friction,
       (SELECT m FROM serial_result)
       = journey_moments(journey, stage, at, score, journey_moments_config(journey_config(as_of => '2026-03-01')))::text
       AS parallel_scan_moments
FROM ev_par;
SELECT (SELECT f FROM serial_result)
       = pg_temp.fpar(journey, stage, at, channel, failed, journey_config(as_of => '2026-03-01'))::text AS partial_friction,
       (SELECT m FROM serial_result)
       = pg_temp.mpar(journey, stage, at, score, journey_moments_config(journey_config(as_of => '2026-03-01')))::text
       AS partial_moments
FROM ev_par;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP TABLE ev_par;

-- journey_friction_merge over states from several groups still adds up
SELECT journey_friction_merge(r)::text = (SELECT journey_friction(journey, stage, at, journey_config(as_of => '2026-03-01')) FROM ev)::text
       AS merge_by_journey_groups
FROM (SELECT journey_friction(journey, stage, at, journey_config(as_of => '2026-03-01')) AS r FROM ev GROUP BY journey % 4) g;

-- bad states: never trusted
SELECT 'x'::journey_events_state;
SELECT 'journey_events:'::journey_events_state;
SELECT 'journey_events:AAAA'::journey_events_state;
SELECT 'journey_events:not base64!'::journey_events_state;
-- a valid state of one event (bigint key, stage "a", no config); each
-- check, by changing one byte of it:
--   0 magic, 4 version, 5 key form, 16 kind, 18 as_of marker, 19 padding,
--   23 flags, 72 stage name, 84 event count, 96 stage id, 100 channel id,
--   101 outcome, 105 key length
CREATE FUNCTION pg_temp.poke(s journey_events_state, off int, val int) RETURNS text
LANGUAGE sql AS $$
	SELECT 'journey_events:' || translate(encode(set_byte(journey_events_state_send(s), off, val), 'base64'), E'\n', '')
$$;
CREATE TEMP TABLE one AS
SELECT pg_temp.fpartial(7::bigint, 'a', timestamptz '2026-01-01 00:00+00') AS s;
SELECT length(journey_events_state_send(s)) AS bytes, pg_temp.poke(s, 0, 67) = s::text AS unchanged
FROM one;
SELECT pg_temp.poke(s, 0, 0)::journey_events_state FROM one;
SELECT pg_temp.poke(s, 4, 2)::journey_events_state FROM one;
SELECT pg_temp.poke(s, 5, 9)::journey_events_state FROM one;
SELECT pg_temp.poke(s, 16, 7)::journey_events_state FROM one;
SELECT pg_temp.poke(s, 18, 2)::journey_events_state FROM one;
SELECT pg_temp.poke(s, 19, 1)::journey_events_state FROM one;
SELECT pg_temp.poke(s, 23, 64)::journey_events_state FROM one;
SELECT pg_temp.poke(s, 72, 0)::journey_events_state FROM one;
SELECT pg_temp.poke(s, 84, 2)::journey_events_state FROM one;
SELECT pg_temp.poke(s, 96, 5)::journey_events_state FROM one;
SELECT pg_temp.poke(s, 100, 0)::journey_events_state FROM one;
SELECT pg_temp.poke(s, 101, 7)::journey_events_state FROM one;
SELECT pg_temp.poke(s, 105, 4)::journey_events_state FROM one;
-- trailing and missing bytes
SELECT ('journey_events:' || translate(encode(journey_events_state_send(s) || '\x00'::bytea, 'base64'), E'\n', ''))::journey_events_state FROM one;
SELECT ('journey_events:' || translate(encode(substr(journey_events_state_send(s), 1, 113), 'base64'), E'\n', ''))::journey_events_state FROM one;
-- the configuration: a stage named twice, an answer outside the scale
SELECT ('journey_events:' || translate(encode(
	overlay(journey_events_state_send(pg_temp.fpartial(1::bigint, 'a', now(), 'web', false, journey_config(stages => ARRAY['a', 'b']))) placing '\x61'::bytea from 76 for 1),
	'base64'), E'\n', ''))::journey_events_state;
SELECT length(journey_events_state_send(pg_temp.mpartial(1, 'a', timestamptz '2026-01-01 00:00+00', 3))) AS moments_bytes;
SELECT pg_temp.poke(pg_temp.mpartial(1, 'a', timestamptz '2026-01-01 00:00+00', 3), 105, 11)::journey_events_state;
-- a text key that is not text in the database encoding
SELECT pg_temp.poke(pg_temp.fpartial('7'::text, 'a', timestamptz '2026-01-01 00:00+00'), 106, 255)::journey_events_state;
