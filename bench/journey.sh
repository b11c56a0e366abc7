#!/usr/bin/env bash
# bench/journey.sh: journey friction per stage on 10 million events across
# 1 million journeys and 6 stages (with channels and outcomes), against
#   (a) the plain-SQL reference computing the same metrics (window functions
#       with LAG/LEAD and GROUP BY: bench/journey_reference.sql), and
#   (b) the floor: SELECT journey, array_agg(stage ORDER BY at) ... GROUP BY
#       journey (its arrays are consumed, so that the planner keeps them).
# Targets: (a) / ours >= 3, ours / (b) <= 2.  Run by scripts/bench journey.
# Environment: CX_JOURNEY_EVENTS (default 10000000), CX_BENCH_RUNS (default 5).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../scripts/lib.sh"
events=${CX_JOURNEY_EVENTS:-10000000}
journeys=$((events / 10))

cx_say "generating $events events across $journeys journeys"
cx_psql -q <<SQL
SET synchronous_commit = off;
-- Event g belongs to journey (g * 7919) mod journeys, as its (g / journeys)-th
-- event: a journey's events are spread over the table, which is in time order
-- as an event log is.  Stages mostly advance with the event number, with
-- repeats, loops back and skipped stages; channels and outcomes vary.
CREATE UNLOGGED TABLE journey_events AS
SELECT (g::bigint * 7919 % $journeys)::int AS j,
       (ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'])[
           1 + least(5, greatest(0, (g / $journeys) * 6 / 10 + floor(random() * 3)::int - 1))] AS stage,
       timestamptz '2026-01-01 00:00+00' + (g / $journeys) * interval '2 days'
           + random() * interval '36 hours' AS at,
       (ARRAY['phone', 'email', 'chat'])[1 + floor(random() * 3)::int] AS channel,
       random() < 0.1 AS failed
FROM generate_series(0, $events - 1) AS g;
VACUUM ANALYZE journey_events;
SQL
cfg="journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'], repeat_window => '72 hours', idle_period => '30 days', as_of => '2026-03-01 00:00+00')"
ours="SELECT count(*) FROM journey_friction_report((SELECT journey_friction(j, stage, at, channel, failed, $cfg) FROM journey_events))"
ref="SELECT count(*) FROM pg_temp.journey_ref(ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'], '72 hours', '30 days', '2026-03-01 00:00+00')"
floor="SELECT sum(cardinality(a)) FROM (SELECT j, array_agg(stage ORDER BY at) AS a FROM journey_events GROUP BY j) AS s"

cx_say "timing (medians of ${CX_BENCH_RUNS:-5} runs, interleaved)"
# The reference is a pg_temp function: define it and time in one session.
cx_psql -q -v ours="$ours" -v ref="$ref" -v floor="$floor" -v runs="${CX_BENCH_RUNS:-5}" <<SQL
\\i $CX_BENCH/journey_reference.sql
SELECT query, median_ms, ratio_to_first
FROM cx_bench_report(ARRAY['journey_friction (ours)', '(a) plain-SQL reference', '(b) floor: array_agg GROUP BY journey'],
                     ARRAY[:'ours', :'ref', :'floor'], :runs);
SQL
cat <<'TXT'
(a) / ours is the reference's ratio_to_first (target >= 3);
ours / (b) is 1 / the floor's ratio_to_first (target <= 2).
TXT
