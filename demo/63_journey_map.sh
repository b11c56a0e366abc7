#!/usr/bin/env bash
# demo/63_journey_map.sh: the journey map as a picture.  journey_transitions()
# gives the edges (from stage, to stage, journeys, median time, steps back,
# friction of the target stage and, with the survey of demo/61_moments.sql,
# the moment of truth of the target stage and the NPS points at stake:
# journey_moments_report's own numbers), journey_friction_report() the nodes; one SQL
# query writes them as a Graphviz graph, and `dot` (Debian's graphviz, which
# scripts/demo installs) renders an SVG: edges as wide as their journeys and
# coloured by the friction of the stage they lead to (green: the lowest
# friction of the map, red: the highest), steps back dashed, and each edge
# labelled with the points at stake of the stage it leads to (the costliest
# in bold).  Runs after demo/61_moments.sql; without its journey_survey the
# edges carry no points.  Prints the edges and where the SVG is.
set -euo pipefail
# run by scripts/demo: PGHOST/PGPORT/PGUSER/PGDATABASE, CX_PGBIN, CX_SERVER_USER, CX_WORK are set
cd "$(dirname "$0")"	# a directory the server user may enter
source ./listener_lib.sh	# (for cx_psql)

command -v dot >/dev/null 2>&1 || { echo "graphviz (dot) is not installed: scripts/demo installs it"; exit 1; }

# the states once: the friction as demo/30_journey.sql builds it, the moments
# of truth as demo/61_moments.sql does (NULL when there is no survey)
cx_psql -q <<'SQL'
CREATE TABLE journey_map_state AS
SELECT journey_friction(customer_id, stage, at, channel, outcome = 'failed',
       journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'],
                      as_of => '2026-12-01')) AS state,
       NULL::journey_moments_state AS moments
FROM touchpoints;
DO $$
BEGIN
	IF to_regclass('journey_survey') IS NOT NULL THEN
		UPDATE journey_map_state SET moments = (
			SELECT journey_moments(t.customer_id, t.stage, t.at, s.score, t.channel, t.outcome = 'failed',
			       journey_moments_config(journey_config(
			           stages => ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'],
			           as_of => '2026-12-01')))
			FROM touchpoints t LEFT JOIN journey_survey s USING (customer_id));
	END IF;
END $$;
SQL

echo "the journey map's edges (journey_transitions), most travelled first:"
cx_psql -P pager=off <<'SQL'
SELECT from_stage, to_stage, journeys, transitions, loops, date_trunc('hour', dwell_median) AS dwell_median,
       round(to_friction_index::numeric, 1) AS to_friction, to_moment,
       round(to_points_at_stake::numeric, 1) AS to_points_at_stake
FROM journey_map_state, journey_transitions(state, moments)
ORDER BY journeys DESC LIMIT 12;
SQL

dotfile="$CX_WORK/journey_map.dot"
svg="${CX_DEMO_OUT:-${TMPDIR:-/tmp}}/cx_metrics_journey_map.svg"
cx_psql -At >"$dotfile" <<'SQL'
WITH n AS (
	SELECT r.stage, r.stage_order, r.journeys, r.friction_index,
	       min(r.friction_index) OVER () AS fmin, max(r.friction_index) OVER () AS fmax
	FROM journey_map_state, journey_friction_report(state) r
), e AS (
	SELECT t.*, max(t.journeys) OVER () AS jmax,
	       min(t.to_friction_index) OVER () AS fmin, max(t.to_friction_index) OVER () AS fmax,
	       max(t.to_points_at_stake) OVER () AS pmax
	FROM journey_map_state, journey_transitions(state, moments) t
)
SELECT 'digraph journey {' || E'\n'
    || '  rankdir=LR; node [shape=box, style="rounded,filled", fontname="Helvetica"];'
    || ' edge [fontname="Helvetica", fontsize=10];' || E'\n'
    || (SELECT string_agg(format('  %s [label="%s\n%s journeys\nfriction %s", fillcolor="%s 0.35 1.0"];',
                                 quote_ident(stage), stage, journeys, round(friction_index::numeric, 1),
                                 round(coalesce(0.33 * (fmax - friction_index) / nullif(fmax - fmin, 0), 0.33)::numeric, 3)),
                          E'\n' ORDER BY stage_order) FROM n) || E'\n'
    || (SELECT string_agg(format('  %s -> %s [penwidth=%s, color="%s 0.9 0.85", label="%s (%sh)%s"%s%s];',
                                 quote_ident(from_stage), quote_ident(to_stage),
                                 round((1 + 9.0 * journeys / jmax)::numeric, 2),
                                 round(coalesce(0.33 * (fmax - to_friction_index) / nullif(fmax - fmin, 0), 0.33)::numeric, 3),
                                 journeys, round((extract(epoch FROM dwell_median) / 3600)::numeric),
                                 CASE WHEN to_points_at_stake IS NOT NULL
                                      THEN format('\n%s: %s NPS pts', to_moment, round(to_points_at_stake::numeric, 1))
                                      ELSE '' END,
                                 CASE WHEN loops > transitions / 2 THEN ', style=dashed' ELSE '' END,
                                 CASE WHEN to_points_at_stake = pmax AND pmax > 0
                                      THEN ', fontname="Helvetica-Bold", fontcolor="red"' ELSE '' END),
                          E'\n' ORDER BY from_order, to_order) FROM e) || E'\n'
    || '}';
SQL
dot -Tsvg -o "$svg" "$dotfile"
chmod a+r "$svg"
edges=$(grep -c -- '->' "$dotfile")
paths=$(grep -c '<path' "$svg" || true)
echo "journey map: $edges edges drawn by Graphviz; the SVG is $svg ($(wc -c <"$svg") bytes, $paths paths)"
[ "$edges" -gt 0 ] && [ "$paths" -ge "$edges" ] || { echo "the SVG has fewer paths than edges"; exit 1; }
echo "the costliest moment of truth on the map (bold red in the SVG):"
cx_psql -P pager=off <<'SQL'
SELECT DISTINCT to_stage, to_moment, round(to_points_at_stake::numeric, 1) AS to_points_at_stake
FROM journey_map_state, journey_transitions(state, moments)
WHERE to_points_at_stake IS NOT NULL
ORDER BY 3 DESC LIMIT 1;
SQL
