#!/usr/bin/env bash
# bench/moments.sh: the moments of truth on 10 million events across 1
# million journeys and 6 stages (with channels and outcomes, the events of
# bench/journey.sh) and 1 million survey answers (one per journey), against
# journey_friction alone over the same events:
#   base: journey_friction(events) and its report
#   ours: journey_moments over events UNION ALL answers (an answer row has a
#         NULL stage and time) and its report
#   join: the same over events LEFT JOIN answers USING (journey), for scale
#         (PostgreSQL's hash join of 10 M events into 1 M answers)
# Target: ours / base <= 2.  Run by scripts/bench moments.
# Environment: CX_JOURNEY_EVENTS (default 10000000), CX_BENCH_RUNS (default 5).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../scripts/lib.sh"
events=${CX_JOURNEY_EVENTS:-10000000}
journeys=$((events / 10))

cx_say "generating $events events across $journeys journeys, $journeys answers"
cx_psql -q <<SQL
SET synchronous_commit = off;
-- as bench/journey.sh: event g belongs to journey (g * 7919) mod journeys
CREATE UNLOGGED TABLE moment_events AS
SELECT (g::bigint * 7919 % $journeys)::int AS j,
       (ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'])[
           1 + least(5, greatest(0, (g / $journeys) * 6 / 10 + floor(random() * 3)::int - 1))] AS stage,
       timestamptz '2026-01-01 00:00+00' + (g / $journeys) * interval '2 days'
           + random() * interval '36 hours' AS at,
       (ARRAY['phone', 'email', 'chat'])[1 + floor(random() * 3)::int] AS channel,
       random() < 0.1 AS failed
FROM generate_series(0, $events - 1) AS g;
-- one 0-10 answer per journey, in random order
CREATE UNLOGGED TABLE moment_answers AS
SELECT j, floor(random() * 11)::int AS score
FROM generate_series(0, $journeys - 1) AS j ORDER BY random();
VACUUM ANALYZE moment_events;
VACUUM ANALYZE moment_answers;
SQL
cfg="journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'], repeat_window => '72 hours', idle_period => '30 days', as_of => '2026-03-01 00:00+00')"
ours="SELECT count(*) FROM journey_moments_report((SELECT journey_moments(j, stage, at, score, channel, failed, journey_moments_config($cfg)) FROM (SELECT j, stage, at, NULL::int AS score, channel, failed FROM moment_events UNION ALL SELECT j, NULL, NULL, score, NULL, NULL FROM moment_answers) AS u))"
join="SELECT count(*) FROM journey_moments_report((SELECT journey_moments(e.j, e.stage, e.at, a.score, e.channel, e.failed, journey_moments_config($cfg)) FROM moment_events e LEFT JOIN moment_answers a USING (j)))"
base="SELECT count(*) FROM journey_friction_report((SELECT journey_friction(j, stage, at, channel, failed, $cfg) FROM moment_events))"

cx_say "timing (medians of ${CX_BENCH_RUNS:-5} runs, interleaved)"
cx_psql -q -v ours="$ours" -v base="$base" -v join="$join" -v runs="${CX_BENCH_RUNS:-5}" <<SQL
SELECT query, median_ms, ratio_to_first
FROM cx_bench_report(ARRAY['journey_friction alone (base)', 'journey_moments, events UNION ALL answers (ours)',
                           'journey_moments, events JOIN answers'],
                     ARRAY[:'base', :'ours', :'join'], :runs);
SQL
cat <<'TXT'
ours / base is the UNION ALL form's ratio_to_first (target <= 2); the JOIN
form's adds PostgreSQL's hash join of the events into the answers.
TXT
