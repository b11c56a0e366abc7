#!/usr/bin/env bash
# demo/60_journey_map.sh runs on the demo's data (demo/00_data.sql) and draws
# an SVG with one path per edge of journey_transitions().  Skips (exit 77)
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
out=$(cd "$CX_WORK/map_demo" && PGDATABASE=$db CX_DEMO_OUT="$CX_WORK" PGTZ=UTC bash ./60_journey_map.sh)
echo "$out"
svg="$CX_WORK/cx_metrics_journey_map.svg"
[ -s "$svg" ] || { echo "FAIL: no SVG at $svg"; exit 1; }
grep -q "the SVG is $svg" <<<"$out" || { echo "FAIL: the demo does not say where the SVG is"; exit 1; }
# every edge of journey_transitions is in the picture
n=$(psql_ -d "$db" -At -c "SELECT count(*) FROM journey_map_state, journey_transitions(state)")
grep -q "^journey map: $n edges drawn" <<<"$out" || { echo "FAIL: expected $n edges"; exit 1; }
echo "ok: $n edges, SVG of $(wc -c <"$svg") bytes"
