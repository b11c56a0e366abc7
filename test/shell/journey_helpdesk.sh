#!/usr/bin/env bash
# Journey friction on a real help-desk event log (../shared/journeys/
# helpdesk_sample.csv: 500 tickets, 2,370 events): the per-stage report must
# equal the plain-SQL reference (bench/journey_reference.sql), a state must
# survive a binary COPY round trip, and the report is printed.  With the
# defaults (no stage order, no final stages) the top stage is not "Closed"
# with 100 % drop-off (no stage is known to be final), and in none of the 16
# quarters does a stage seen in a single ticket rank first (support rule).
# Skips (exit 77) when ../shared is absent.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
csv="${CX_SHARED:-}/journeys/helpdesk_sample.csv"
if [ -z "${CX_SHARED:-}" ] || [ ! -f "$csv" ]; then
	echo "skipped: ../shared/journeys/helpdesk_sample.csv is absent"
	exit 77
fi
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
db=cx_journey_helpdesk
psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT

out=$(psql_ -d "$db" -At <<SQL
CREATE EXTENSION cx_metrics;
CREATE TABLE helpdesk (case_id text, activity text, occurred_at timestamptz, resource text);
\\copy helpdesk FROM '$csv' WITH (FORMAT csv, HEADER true)
-- the reference reads journey_events(j, stage, at, channel, failed); the
-- resource (the agent) plays the channel: a switch is a hand-off
CREATE VIEW journey_events AS
SELECT case_id AS j, activity AS stage, occurred_at AS at, resource AS channel, NULL::boolean AS failed
FROM helpdesk;
$(cat "$here/../../bench/journey_reference.sql")
CREATE TABLE st AS
SELECT journey_friction(case_id, activity, occurred_at, resource, NULL,
       journey_config(stages => ARRAY['Insert ticket', 'Assign seriousness', 'Take in charge ticket', 'Wait',
                                      'Require upgrade', 'Create SW anomaly', 'Schedule intervention',
                                      'Resolve ticket', 'RESOLVED', 'VERIFIED', 'INVALID', 'Closed'],
                      repeat_window => '72 hours', idle_period => '30 days', as_of => '2014-01-04 00:00+00')
       ORDER BY case_id) AS s
FROM helpdesk;
CREATE TABLE ours AS SELECT r.* FROM st, journey_friction_report(st.s) r;
CREATE TABLE ref AS
SELECT * FROM pg_temp.journey_ref(ARRAY['Insert ticket', 'Assign seriousness', 'Take in charge ticket', 'Wait',
                                        'Require upgrade', 'Create SW anomaly', 'Schedule intervention',
                                        'Resolve ticket', 'RESOLVED', 'VERIFIED', 'INVALID', 'Closed'],
                                  '72 hours', '30 days', '2014-01-04 00:00+00');
SELECT 'events', count(*) FROM helpdesk;
SELECT 'stages', count(*) FROM ours;
SELECT 'mismatches', count(*) FROM ours o LEFT JOIN ref r USING (stage)
WHERE o.journeys > 0 AND NOT coalesce(
      o.journeys = r.journeys AND o.events = r.events AND o.visits = r.visits AND o.converted = r.converted
  AND o.repeats = r.repeats AND o.loops = r.loops AND o.channel_switches = r.channel_switches
  AND extract(epoch FROM o.dwell_mean) IS NOT DISTINCT FROM r.dwell_mean_s
  AND (r.dwell_median_s IS NULL OR abs(extract(epoch FROM o.dwell_median) - r.dwell_median_s) <= r.dwell_median_s / 64)
  AND o.drop_offs = CASE WHEN o.stage = 'Closed' THEN 0 ELSE r.ended_idle END, false);
SELECT 'unreached_in_reference', count(*) FROM ours o WHERE o.journeys = 0 AND EXISTS (SELECT 1 FROM ref r WHERE r.stage = o.stage);
\\copy st TO '$CX_WORK/journey_state.bin' WITH (FORMAT binary)
CREATE TABLE st2 (s journey_friction_state);
\\copy st2 FROM '$CX_WORK/journey_state.bin' WITH (FORMAT binary)
SELECT 'binary_round_trip', (SELECT s::text FROM st) = (SELECT s::text FROM st2);
-- the defaults: no stage order, no final stages
CREATE TABLE dflt AS SELECT r.* FROM journey_friction_report((
	SELECT journey_friction(case_id, activity, occurred_at, resource, NULL, journey_config(as_of => '2014-01-04 00:00+00'))
	FROM helpdesk)) r;
SELECT 'default_top', stage, coalesce(drop_off_rate::text, 'null') FROM dflt WHERE rank = 1;
SELECT 'default_drop_offs_defined', count(*) FROM dflt WHERE drop_offs IS NOT NULL;
-- with final_stages the drop-off of the reference comes back (Closed final)
SELECT 'final_stages_mismatches', count(*) FROM journey_friction_report((
	SELECT journey_friction(case_id, activity, occurred_at, resource, NULL,
	       journey_config(as_of => '2014-01-04 00:00+00', final_stages => ARRAY['Closed']))
	FROM helpdesk)) o JOIN ref r USING (stage)
WHERE o.drop_offs <> CASE WHEN o.stage = 'Closed' THEN 0 ELSE r.ended_idle END;
-- per quarter of the ticket's first event, with the defaults
CREATE TABLE quarters AS
SELECT q, r.* FROM (
	SELECT q, journey_friction(h.case_id, activity, occurred_at, resource, NULL, journey_config(as_of => '2014-01-04 00:00+00')) AS s
	FROM helpdesk h JOIN (SELECT case_id, date_trunc('quarter', min(occurred_at) AT TIME ZONE 'UTC') AS q
	                      FROM helpdesk GROUP BY case_id) f USING (case_id)
	GROUP BY q) x, journey_friction_report(x.s) r;
SELECT 'quarters', count(DISTINCT q) FROM quarters;
SELECT 'quarters_topped_by_a_single_ticket_stage', count(*) FROM quarters WHERE rank = 1 AND journeys = 1;
SELECT 'quarters_topped_by_low_support_over_supported', count(*) FROM quarters t
WHERE rank = 1 AND low_support AND EXISTS (SELECT 1 FROM quarters u WHERE u.q = t.q AND NOT u.low_support);
-- as version 1.1 ranked (the last stage seen final, no support rule)
SELECT 'quarters_topped_by_a_single_ticket_stage_without_the_rule', count(*) FROM (
	SELECT q, stage, journeys, rank() OVER (PARTITION BY q ORDER BY friction_index DESC NULLS LAST, stage_order) AS rk
	FROM quarters) z WHERE rk = 1 AND journeys = 1;
SQL
)
echo "$out"
status=0
grep -qx 'events|2370' <<<"$out" || { echo "FAIL: expected 2370 events"; status=1; }
grep -qx 'stages|12' <<<"$out" || { echo "FAIL: expected 12 stages"; status=1; }
grep -qx 'mismatches|0' <<<"$out" || { echo "FAIL: report differs from the plain-SQL reference"; status=1; }
grep -qx 'unreached_in_reference|0' <<<"$out" || { echo "FAIL: a stage with events reported as unreached"; status=1; }
grep -qx 'binary_round_trip|t' <<<"$out" || { echo "FAIL: binary COPY round trip changed the state"; status=1; }
! grep -q '^default_top|Closed|' <<<"$out" || { echo "FAIL: with the defaults Closed tops the report"; status=1; }
grep -qx 'default_top|[^|]*|null' <<<"$out" || { echo "FAIL: with the defaults the top stage has a drop-off rate"; status=1; }
grep -qx 'default_drop_offs_defined|0' <<<"$out" || { echo "FAIL: drop-off defined without final stages"; status=1; }
grep -qx 'final_stages_mismatches|0' <<<"$out" || { echo "FAIL: drop-offs with final_stages differ from the reference"; status=1; }
grep -qx 'quarters|16' <<<"$out" || { echo "FAIL: expected 16 quarters"; status=1; }
grep -qx 'quarters_topped_by_a_single_ticket_stage|0' <<<"$out" || { echo "FAIL: a stage seen in one ticket tops a quarter"; status=1; }
grep -qx 'quarters_topped_by_low_support_over_supported|0' <<<"$out" || { echo "FAIL: a low-support stage ranks above a supported one"; status=1; }

# the per-stage friction table, worst first
psql_ -d "$db" <<'SQL'
SELECT rank, stage, journeys, visits, round(conversion_rate::numeric, 3) AS conversion,
       repeats, round(repeat_rate::numeric, 3) AS repeat_rate, loops,
       date_trunc('minute', dwell_median) AS dwell_median, drop_offs,
       channel_switches AS handoffs, round(friction_index::numeric, 1) AS friction_index
FROM st, journey_friction_report(st.s) ORDER BY rank;
SQL
exit $status
