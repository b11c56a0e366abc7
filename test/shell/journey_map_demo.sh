#!/usr/bin/env bash
# demo/63_journey_map.sh runs on the demo's data (demo/00_data.sql) and the
# survey of demo/61_moments.sql and draws an SVG with one path per edge of
# journey_transitions(), labelled with the moments of truth: the billing loop
# is the costliest.  Without the survey it still draws the map.  Skips (exit 77)
# when Graphviz's dot is not installed (scripts/demo installs it).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
command -v dot >/dev/null 2>&1 || { echo "skipped: graphviz (dot) is not installed"; exit 77; }
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
db=cx_journey_map
psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
# the demo's files, where the server user can read them (as scripts/demo does)
mkdir -p "$CX_WORK/map_demo" && cp -a "$here/../../demo/." "$CX_WORK/map_demo/" && chmod -R a+rX "$CX_WORK/map_demo"
(cd "$CX_WORK/map_demo" && PGTZ=UTC psql_ -d "$db" -f 00_data.sql >/dev/null)
# first without the survey: the map, no points at stake
out=$(cd "$CX_WORK/map_demo" && PGDATABASE=$db CX_DEMO_OUT="$CX_WORK" PGTZ=UTC bash ./63_journey_map.sh)
grep -q "NPS pts" "$CX_WORK/cx_metrics_journey_map.svg" && { echo "FAIL: points at stake without a survey"; exit 1; }
psql_ -d "$db" -c "DROP TABLE journey_map_state"
# then after demo/61_moments.sql, as scripts/demo runs them
(cd "$CX_WORK/map_demo" && PGTZ=UTC psql_ -d "$db" -f 61_moments.sql >/dev/null)
out=$(cd "$CX_WORK/map_demo" && PGDATABASE=$db CX_DEMO_OUT="$CX_WORK" PGTZ=UTC bash ./63_journey_map.sh)
echo "$out"
svg="$CX_WORK/cx_metrics_journey_map.svg"
[ -s "$svg" ] || { echo "FAIL: no SVG at $svg"; exit 1; }
grep -q "the SVG is $svg" <<<"$out" || { echo "FAIL: the demo does not say where the SVG is"; exit 1; }
# every edge of journey_transitions is in the picture
n=$(psql_ -d "$db" -At -c "SELECT count(*) FROM journey_map_state, journey_transitions(state)")
grep -q "^journey map: $n edges drawn" <<<"$out" || { echo "FAIL: expected $n edges"; exit 1; }
# the edges into billing carry the costliest moment of truth, as the report says
top=$(psql_ -d "$db" -At -c "SELECT r.stage FROM journey_map_state, journey_moments_report(moments) r WHERE r.rank = 1")
[ "$top" = billing ] || { echo "FAIL: the report's top moment is '$top', not billing"; exit 1; }
grep -A3 "costliest moment of truth" <<<"$out" | grep -q "billing" || { echo "FAIL: the demo does not show billing as the costliest"; exit 1; }
grep -q "NPS pts" "$svg" || { echo "FAIL: no points at stake in the SVG"; exit 1; }
bold=$(psql_ -d "$db" -At -c "SELECT count(*) FROM journey_map_state, journey_transitions(state, moments) t
	WHERE t.to_points_at_stake = (SELECT max(to_points_at_stake) FROM journey_map_state, journey_transitions(state, moments)) AND t.to_stage = 'billing'")
[ "$bold" -gt 0 ] && [ "$(grep -c 'font-weight="bold"\|Helvetica-Bold\|fill="red"' "$svg")" -ge "$bold" ] \
	|| { echo "FAIL: the edges into billing are not the highlighted ones ($bold expected)"; exit 1; }
echo "ok: $n edges, SVG of $(wc -c <"$svg") bytes, billing the costliest moment ($bold edges highlighted)"
