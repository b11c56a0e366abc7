-- The journey map with moments of truth: journey_transitions(state, moments)
-- against journey_moments_report's own rows (for each edge, the supported row
-- of the target stage with the most points at stake), NULL moments, NULL
-- where a stage has no supported moment, same edges as journey_transitions(state).
SET extra_float_digits = 0;
\pset null '(null)'

-- 60 journeys over stages a b c; journeys j % 3 = 0 loop back from b to a
-- and answer 2, the others answer 9 or 10; every 5th journey repeats c
CREATE TABLE jmm_events AS
SELECT j, s.stage, timestamptz '2026-01-01 00:00+00' + (j * interval '1 hour') + s.off AS at
FROM generate_series(1, 60) AS j,
	 LATERAL (VALUES ('a', interval '0'), ('b', interval '1 day'),
					 ('a', CASE WHEN j % 3 = 0 THEN interval '2 days' END),
					 ('c', interval '3 days'),
					 ('c', CASE WHEN j % 5 = 0 THEN interval '3 days 1 hour' END)) AS s(stage, off)
WHERE s.off IS NOT NULL;
CREATE TABLE jmm_answers AS
SELECT j, CASE WHEN j % 3 = 0 THEN 2 WHEN j % 2 = 0 THEN 9 ELSE 10 END AS score
FROM generate_series(1, 60) AS j;

CREATE FUNCTION jmm_cfg() RETURNS journey_config LANGUAGE sql IMMUTABLE AS $$
	SELECT journey_config(stages => ARRAY['a', 'b', 'c'], as_of => '2026-03-01 00:00+00') $$;
CREATE TABLE jmm AS
SELECT (SELECT journey_friction(j, stage, at, jmm_cfg()) FROM jmm_events) AS state,
	   (SELECT journey_moments(e.j, e.stage, e.at, a.score, journey_moments_config(jmm_cfg()))
		FROM jmm_events e JOIN jmm_answers a USING (j)) AS moments;

-- the report (min_journeys 5)
SELECT rank, stage, friction, exposed_journeys, unexposed_journeys,
	   round(points_at_stake::numeric, 4) AS points_at_stake, supported
FROM jmm, journey_moments_report(moments, min_journeys => 5);

-- the map with each target stage's moment of truth
SELECT from_stage, to_stage, journeys, loops, to_moment,
	   round(to_points_at_stake::numeric, 4) AS to_points_at_stake
FROM jmm, journey_transitions(state, moments, min_journeys => 5);

-- every edge's moment is the report's supported row of its target stage
-- with the most points at stake (none: NULL)
SELECT count(*) AS edges,
	   count(*) FILTER (WHERE t.to_moment IS NOT DISTINCT FROM r.friction
						AND t.to_points_at_stake IS NOT DISTINCT FROM r.points_at_stake) AS agree
FROM jmm, journey_transitions(state, moments, min_journeys => 5) AS t
	LEFT JOIN LATERAL (
		SELECT friction, points_at_stake
		FROM journey_moments_report(moments, min_journeys => 5) AS r
		WHERE r.stage = t.to_stage AND r.supported
		ORDER BY points_at_stake DESC, rank LIMIT 1) AS r ON true;

-- the same edges, in the same order, as journey_transitions(state)
SELECT (SELECT array_agg(t::text) FROM jmm, journey_transitions(state) AS t)
	 = (SELECT array_agg((from_stage, to_stage, from_order, to_order, journeys, transitions,
						  share, loops, dwell_median, dwell_mean, to_friction_index,
						  to_low_support)::text)
		FROM jmm, journey_transitions(state, moments)) AS same_edges;

-- with the default min_journeys (30) nothing is supported here: all NULL
SELECT count(*) AS edges, count(to_moment) AS with_moment
FROM jmm, journey_transitions(state, moments);

-- no moments (NULL): the map without them
SELECT count(*) AS edges, count(to_moment) AS with_moment
FROM jmm, journey_transitions(state, NULL::journey_moments_state);

-- bad input is the report's: min_journeys < 1, level out of range
SELECT * FROM jmm, journey_transitions(state, moments, min_journeys => 0);
SELECT * FROM jmm, journey_transitions(state, moments, level => 1.5);

DROP TABLE jmm, jmm_events, jmm_answers;
DROP FUNCTION jmm_cfg();
