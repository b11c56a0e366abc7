-- bench/journey_reference.sql: the plain-SQL reference of journey friction
-- (window functions with LAG/LEAD and GROUP BY), used by sql/journey_friction.sql
-- (copied there verbatim; test/shell/journey_reference_sync.sh checks that the
-- copies agree) and by bench/journey.sh.  Same definitions as the README:
-- events ordered by (at, stage rank or name, channel, outcome);
-- with ord = NULL each journey ranks stages by its first visits.
CREATE FUNCTION pg_temp.journey_ref(ord text[], win interval, idle interval, as_of timestamptz)
RETURNS TABLE (stage text, first_at timestamptz, journeys bigint, events bigint, visits bigint,
               converted bigint, repeats bigint, loops bigint, dwell_n bigint,
               dwell_median_s float8, dwell_mean_s numeric, ended_idle bigint,
               channel_events bigint, channel_switches bigint, outcome_events bigint, failed bigint)
LANGUAGE sql STABLE AS $$
WITH e AS (
	SELECT j, stage, at, channel, failed,
	       row_number() OVER (PARTITION BY j ORDER BY at, coalesce(array_position(ord, stage), 0),
	                          stage COLLATE "C", channel COLLATE "C" NULLS FIRST, failed NULLS FIRST) AS i
	FROM journey_events
), f AS (
	SELECT *, min(i) OVER (PARTITION BY j, stage) AS fi FROM e
), r AS (
	SELECT *, CASE WHEN ord IS NULL THEN dense_rank() OVER (PARTITION BY j ORDER BY fi)
	               ELSE array_position(ord, stage) END AS rk
	FROM f
), w AS (
	SELECT *,
	       lag(at) OVER (PARTITION BY j, stage ORDER BY i) AS prev_same,
	       lag(stage) OVER (PARTITION BY j ORDER BY i) AS prev_stage,
	       max(rk) OVER (PARTITION BY j ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS max_before,
	       max(rk) OVER (PARTITION BY j ORDER BY i ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS max_after,
	       max(i) OVER (PARTITION BY j) AS last_i
	FROM r
), v AS (
	SELECT *, prev_stage IS DISTINCT FROM stage AS new_visit,
	       count(*) FILTER (WHERE prev_stage IS DISTINCT FROM stage) OVER (PARTITION BY j ORDER BY i) AS visit
	FROM w
), starts AS (
	SELECT j, stage, visit, at, lead(at) OVER (PARTITION BY j ORDER BY i) - at AS dwell
	FROM v WHERE new_visit
), ch AS (
	SELECT j, stage, channel IS DISTINCT FROM lag(channel) OVER (PARTITION BY j, visit ORDER BY i)
	       AND lag(channel) OVER (PARTITION BY j, visit ORDER BY i) IS NOT NULL AS switch
	FROM v WHERE channel IS NOT NULL
), per_stage AS (
	SELECT stage, min(at) AS first_at, count(DISTINCT j) AS journeys, count(*) AS events,
	       count(*) FILTER (WHERE new_visit) AS visits,
	       count(*) FILTER (WHERE i = fi AND max_after > rk) AS converted,
	       count(*) FILTER (WHERE at - prev_same <= win) AS repeats,
	       count(*) FILTER (WHERE new_visit AND max_before > rk) AS loops,
	       count(*) FILTER (WHERE i = last_i AND as_of - at > idle) AS ended_idle,
	       count(channel) AS channel_events,
	       count(failed) AS outcome_events, count(*) FILTER (WHERE failed) AS failed
	FROM v GROUP BY stage
), dw AS (
	SELECT stage, count(dwell) AS dwell_n,
	       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM dwell)) AS dwell_median_s,
	       round(avg(extract(epoch FROM dwell)), 6) AS dwell_mean_s
	FROM starts GROUP BY stage
), sw AS (
	SELECT stage, count(*) FILTER (WHERE switch) AS channel_switches FROM ch GROUP BY stage
)
SELECT p.stage, p.first_at, p.journeys, p.events, p.visits, p.converted, p.repeats, p.loops,
       coalesce(dw.dwell_n, 0), dw.dwell_median_s, dw.dwell_mean_s, p.ended_idle,
       p.channel_events, coalesce(sw.channel_switches, 0), p.outcome_events, p.failed
FROM per_stage p LEFT JOIN dw USING (stage) LEFT JOIN sw USING (stage)
$$;
