#!/usr/bin/env bash
# journey_moments_state binary I/O: COPY ... (FORMAT binary) round trips
# every state losslessly (NPS and CSAT, with and without a stage order, with
# and without channel and outcome), and crafted malformed binary states are
# rejected with SQLSTATE 22P03, a detail and a hint (never a crash, never a
# silently wrong state).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 missing"; exit 77; }
db=cx_moments_binary
dir="$CX_WORK/moments_binary"
source "$here/lib/binary_states.bash"
psql_ <<'SQL'
CREATE EXTENSION cx_metrics;
SELECT setseed(0.7);
CREATE TABLE ev AS
SELECT j, (ARRAY['a', 'b', 'c', 'd'])[1 + floor(random() * 4)::int] AS stage,
       timestamptz '2026-01-01' + random() * interval '90 days' AS at,
       (ARRAY['web', 'phone', NULL])[1 + floor(random() * 3)::int] AS channel,
       CASE WHEN random() < 0.2 THEN NULL ELSE random() < 0.3 END AS failed,
       CASE WHEN random() < 0.9 THEN floor(random() * 11)::int END AS score
FROM generate_series(1, 2000) AS j, generate_series(1, 1 + j % 6);
UPDATE ev SET score = s.score FROM (SELECT DISTINCT ON (j) j, score FROM ev ORDER BY j, at) s WHERE s.j = ev.j;
CREATE TABLE src (id int, s journey_moments_state);
INSERT INTO src
SELECT j % 50, journey_moments(j, stage, at, score) FROM ev GROUP BY j % 50;
INSERT INTO src
SELECT 100 + j % 50, journey_moments(j, stage, at, score, channel, failed,
       journey_moments_config(journey_config(stages => ARRAY['a', 'b', 'c', 'd'], as_of => '2026-06-01')))
FROM ev GROUP BY j % 50;
INSERT INTO src
SELECT 200 + j % 50, journey_moments(j, stage, at, 1 + score / 3,
       journey_moments_config(journey_config(stages => ARRAY['a', 'b', 'c', 'd']), '1 day', 4))
FROM ev GROUP BY j % 50;
INSERT INTO src VALUES (300, NULL);
CREATE TABLE dst (LIKE src);
SQL
# 1. lossless binary round trip, and the states still add up to the same
binary_round_trip 151 s
same=$(psql_ -At -c "SELECT (SELECT journey_moments_merge(s) FROM src WHERE id BETWEEN 100 AND 149)::text
                          = (SELECT journey_moments_merge(s) FROM dst WHERE id BETWEEN 100 AND 149)::text")
[ "$same" = t ] && echo "ok   merged states equal after the round trip" || { echo "FAIL merged states differ"; status=1; }

# 2. malformed binary states: each file holds one row of one column
python3 - "$dir" "$here/lib" <<'PY'
import struct, sys
sys.path.insert(0, sys.argv[2])
from pgcopy import q, write_cases
d = sys.argv[1]
ORD, CH, OUT, DROP = 1, 2, 4, 8
H = 3600 * 10**6

def header(flags=ORD | DROP, scale=0, rw=72 * H, idle=720 * H, as_of=0, dref=72 * H,
           journeys=2, unanswered=0, nstages=2, mark=b"JMS1"):
    return mark + struct.pack("!Ii", flags, scale) + q(rw, idle, as_of, dref, journeys, unanswered) + \
        struct.pack("!I", nstages)

def cells(nbins=11, **set_):
    c = [0] * (6 * 2 * nbins)
    for key, v in set_.items():    # key: k<kind>g<group>b<bin>
        k, g, b = (int(x) for x in key[1:].replace("g", " ").replace("b", " ").split())
        c[(k * 2 + g) * nbins + b] = v
    return c

def stage(name, counts, sflags=0):
    return struct.pack("!I", len(name)) + name + bytes([sflags]) + q(*counts)

# a valid state: stage a (two journeys, one looped, answers 0 and 10), final stage b
ok_a = cells(k0g1b0=1, k0g1b10=1, k1g0b0=1, k1g1b10=1, k3g1b0=1, k3g1b10=1)
valid = header() + stage(b"a", ok_a) + stage(b"b", cells(), 1)
cases = {
    "moments_empty": b"",
    "moments_mark": header(mark=b"JMS2") + valid[64:],
    "moments_short_header": valid[:40],
    "moments_flags": header(flags=ORD | DROP | 16) + valid[64:],
    "moments_scale": header(scale=2) + valid[64:],
    "moments_negative_window": header(rw=-1) + valid[64:],
    "moments_negative_journeys": header(journeys=-1) + valid[64:],
    "moments_order_without_final": header(flags=ORD) + stage(b"a", ok_a) + stage(b"b", cells()),
    "moments_too_many_stages": header(nstages=1001) + valid[64:],
    "moments_missing_stage": header(nstages=3) + valid[64:],
    "moments_truncated_stage": valid[:-5],
    "moments_trailing": valid + b"\0",
    "moments_empty_name": header() + stage(b"", ok_a) + stage(b"b", cells(), 1),
    "moments_long_name": header(nstages=1) + stage(b"x" * 1001, ok_a),
    "moments_zero_in_name": header() + stage(b"a\0", ok_a) + stage(b"b", cells(), 1),
    "moments_bad_utf8_name": header() + stage(b"\xff\xfe", ok_a) + stage(b"b", cells(), 1),
    "moments_same_name": header() + stage(b"a", ok_a) + stage(b"a", cells(), 1),
    "moments_stage_flags": header() + stage(b"a", ok_a, 2) + stage(b"b", cells(), 1),
    "moments_negative_count": header() + stage(b"a", cells(k0g1b0=-1, k1g1b0=-1)) + stage(b"b", cells(), 1),
    "moments_more_than_journeys": header(journeys=1) + valid[64:],
    "moments_loop_repeat_disagree": header() + stage(b"a", cells(k0g1b0=1, k1g1b0=2, k3g1b0=1)) + stage(b"b", cells(), 1),
    "moments_failed_without_outcome": header() + stage(b"a", cells(k0g1b0=1, k1g1b0=1, k3g1b0=1, k5g0b0=1)) + stage(b"b", cells(), 1),
    "moments_drop_at_final": header() + stage(b"a", ok_a) + stage(b"b", cells(k0g1b0=1, k1g1b0=1, k3g0b0=1), 1),
    "moments_final_without_drop": header(flags=0) + stage(b"a", cells(k0g1b0=1, k1g1b0=1)) + stage(b"b", cells(), 1),
    "moments_overflow": header(journeys=2**63 - 1) + stage(b"a", cells(k0g1b0=2**62, k0g1b1=2**62, k1g1b0=2**62, k1g1b1=2**62, k3g1b0=2**62, k3g1b1=2**62)) + stage(b"b", cells(), 1),
}
write_cases(d, cases)
open(f"{d}/valid.bin", "wb").write(b"PGCOPY\n\xff\r\n\0" + struct.pack("!ii", 0, 0) +
                                   struct.pack("!hi", 1, len(valid)) + valid + struct.pack("!h", -1))
PY
psql_ -c "CREATE TABLE one (s journey_moments_state)"
table_of() { echo "one journey_moments_state"; }
binary_rejects table_of
n=$(psql_ -At -c "SELECT count(*) FROM one")
[ "$n" = 0 ] || { echo "FAIL $n malformed states were stored"; status=1; }
# the crafted valid state is accepted and reads as built
psql_ -c "\\copy one FROM '$dir/valid.bin' (FORMAT binary)"
got=$(psql_ -At -c "SELECT string_agg(format('%s %s %s %s %s', stage, friction, exposed_journeys, unexposed_journeys, points_at_stake), '; ' ORDER BY rank)
                    FROM one, LATERAL journey_moments_report(s, min_journeys => 1)")
want="a loop 1 1 100"
[ "$got" = "$want" ] && echo "ok   a crafted valid state reads as built: $got" || { echo "FAIL crafted state: $got (want $want)"; status=1; }
exit $status
