#!/usr/bin/env bash
# demo/60_journey_map.sh: the journey map as a picture.  journey_transitions()
# gives the edges (from stage, to stage, journeys, median time, steps back,
# friction of the target stage), journey_friction_report() the nodes; one SQL
# query writes them as a Graphviz graph, and `dot` (Debian's graphviz, which
# scripts/demo installs) renders an SVG: edges as wide as their journeys and
# coloured by the friction of the stage they lead to (green: the lowest
# friction of the map, red: the highest), steps back dashed.  Prints the edges and where the SVG is.
set -euo pipefail
# run by scripts/demo: PGHOST/PGPORT/PGUSER/PGDATABASE, CX_PGBIN, CX_SERVER_USER, CX_WORK are set
cd "$(dirname "$0")"	# a directory the server user may enter
source ./listener_lib.sh	# (for cx_psql)

command -v dot >/dev/null 2>&1 || { echo "graphviz (dot) is not installed: scripts/demo installs it"; exit 1; }

# the state once, as demo/30_journey.sql builds it
cx_psql -q <<'SQL'
CREATE TABLE journey_map_state AS
SELECT journey_friction(customer_id, stage, at, channel, outcome = 'failed',
       journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'],
                      as_of => '2026-12-01')) AS state
FROM touchpoints;
SQL

echo "the journey map's edges (journey_transitions), most travelled first:"
cx_psql -P pager=off <<'SQL'
SELECT from_stage, to_stage, journeys, transitions, loops, date_trunc('hour', dwell_median) AS dwell_median,
       round(to_friction_index::numeric, 1) AS to_friction
FROM journey_map_state, journey_transitions(state)
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
	       min(t.to_friction_index) OVER () AS fmin, max(t.to_friction_index) OVER () AS fmax
	FROM journey_map_state, journey_transitions(state) t
)
SELECT 'digraph journey {' || E'\n'
    || '  rankdir=LR; node [shape=box, style="rounded,filled", fontname="Helvetica"];'
    || ' edge [fontname="Helvetica", fontsize=10];' || E'\n'
    || (SELECT string_agg(format('  %s [label="%s\n%s journeys\nfriction %s", fillcolor="%s 0.35 1.0"];',
                                 quote_ident(stage), stage, journeys, round(friction_index::numeric, 1),
                                 round(coalesce(0.33 * (fmax - friction_index) / nullif(fmax - fmin, 0), 0.33)::numeric, 3)),
                          E'\n' ORDER BY stage_order) FROM n) || E'\n'
    || (SELECT string_agg(format('  %s -> %s [penwidth=%s, color="%s 0.9 0.85", label="%s (%sh)"%s];',
                                 quote_ident(from_stage), quote_ident(to_stage),
                                 round((1 + 9.0 * journeys / jmax)::numeric, 2),
                                 round(coalesce(0.33 * (fmax - to_friction_index) / nullif(fmax - fmin, 0), 0.33)::numeric, 3),
                                 journeys, round((extract(epoch FROM dwell_median) / 3600)::numeric),
                                 CASE WHEN loops > transitions / 2 THEN ', style=dashed' ELSE '' END),
                          E'\n' ORDER BY from_order, to_order) FROM e) || E'\n'
    || '}';
SQL
dot -Tsvg -o "$svg" "$dotfile"
chmod a+r "$svg"
edges=$(grep -c -- '->' "$dotfile")
paths=$(grep -c '<path' "$svg" || true)
echo "journey map: $edges edges drawn by Graphviz; the SVG is $svg ($(wc -c <"$svg") bytes, $paths paths)"
[ "$edges" -gt 0 ] && [ "$paths" -ge "$edges" ] || { echo "the SVG has fewer paths than edges"; exit 1; }
