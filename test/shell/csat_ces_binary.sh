#!/usr/bin/env bash
# csat_state / ces_state binary I/O: COPY ... (FORMAT binary) round trips
# every state losslessly, and crafted malformed binary states are rejected
# with SQLSTATE 22P03, a detail and a hint (never a crash, never a silent
# wrong value).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 missing"; exit 77; }
db=cx_csat_binary
dir="$CX_WORK/csat_binary"
source "$here/lib/binary_states.bash"
psql_ <<'SQL'
CREATE EXTENSION cx_metrics;
SELECT setseed(0.5);
CREATE TABLE src (id int, c csat_state, e ces_state);
INSERT INTO src
SELECT g, csat_agg(1 + floor(random() * (3 + g % 8))::int, 3 + g % 8), ces_agg(1 + floor(random() * 7)::int)
FROM generate_series(1, 200) AS g, generate_series(1, 1 + g % 50) AS i GROUP BY g;
INSERT INTO src VALUES (1000, '{scale:10,1:9223372036854775807}', '{7:9223372036854775807}'),
                       (1001, '{scale:3}', '{}'), (1002, NULL, NULL);
CREATE TABLE dst (LIKE src);
SQL
# 1. lossless binary round trip
binary_round_trip 203 c e

# 2. malformed binary states: each file holds one row of one column
python3 - "$dir" "$here/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[2])
from pgcopy import q, write_cases
d = sys.argv[1]
cases = {
    "csat_empty": b"",
    "csat_version": bytes([2, 5]) + q(0, 0, 0, 0, 1),
    "csat_scale_low": bytes([1, 2]) + q(1, 1),
    "csat_scale_high": bytes([1, 11]) + q(*[1] * 11),
    "csat_short": bytes([1, 5]) + q(1, 1, 1, 1),
    "csat_long": bytes([1, 5]) + q(1, 1, 1, 1, 1, 1),
    "csat_negative": bytes([1, 5]) + q(1, -1, 1, 1, 1),
    "csat_overflow": bytes([1, 5]) + q(2**63 - 1, 1, 0, 0, 0),
    "ces_empty": b"",
    "ces_version": bytes([0]) + q(*[0] * 7),
    "ces_short": bytes([1]) + q(*[0] * 6),
    "ces_trailing": bytes([1]) + q(*[0] * 7) + b"\0",
    "ces_negative": bytes([1]) + q(0, 0, 0, 0, 0, 0, -5),
    "ces_overflow": bytes([1]) + q(2**62, 2**62, 0, 0, 0, 0, 1),
}
write_cases(d, cases)
PY
psql_ -c "CREATE TABLE one_csat (c csat_state)" -c "CREATE TABLE one_ces (e ces_state)"
# each case goes to the table of its type: csat_* to one_csat, ces_* to one_ces
table_of() { echo "one_${1%%_*} ${1%%_*}_state"; }
binary_rejects table_of
n=$(psql_ -At -c "SELECT (SELECT count(*) FROM one_csat) + (SELECT count(*) FROM one_ces)")
[ "$n" = 0 ] || { echo "FAIL $n malformed states were stored"; status=1; }
exit $status
