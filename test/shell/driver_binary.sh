#!/usr/bin/env bash
# driver_state binary I/O: COPY ... (FORMAT binary) round trips every state
# losslessly (text form equal, so every double bit for bit), and crafted
# malformed binary states are rejected with SQLSTATE 22P03, a detail and a
# hint (never a crash, never a silent wrong value).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 missing"; exit 77; }
db=cx_driver_binary
dir="$CX_WORK/driver_binary"
source "$here/lib/binary_states.bash"
psql_ <<'SQL'
CREATE EXTENSION cx_metrics;
CREATE TABLE src (id int, s driver_state);
INSERT INTO src
SELECT g % 10, driver_importance_agg(1 + (g % 5), ARRAY[g % 7, (g * g) % 3, sin(g)],
                                     ARRAY['speed', E'pri\\ce "x"', 'éclair'])
FROM generate_series(1, 300) g GROUP BY g % 10;
INSERT INTO src SELECT 10 + g % 3, driver_importance_agg(g * 0.1, ARRAY[g * 0.3]) FROM generate_series(1, 30) g GROUP BY g % 3;
INSERT INTO src VALUES (20, '{"k":0,"n":0,"skipped":3,"names":null,"acc":[]}'), (21, NULL);
CREATE TABLE dst (LIKE src);
SQL
binary_round_trip 15 s

python3 - "$dir" "$here/lib" <<'PY'
import struct, sys
sys.path.insert(0, sys.argv[2])
from pgcopy import q, write_cases
d = sys.argv[1]
def state(k=1, names=None, n=2, skipped=0, acc=None, version=1, flag=None):
    nacc = (k + 1) + (k + 1) * (k + 2) // 2 if k > 0 else 0
    if acc is None:
        acc = [(1.0, 0.0)] * nacc
    body = bytes([version, k, (1 if names else 0) if flag is None else flag]) + q(n, skipped)
    for hi, lo in acc:
        body += struct.pack("!dd", hi, lo)
    for name in names or []:
        body += name + b"\0"
    return body
cases = {
    "empty": b"",
    "short": state()[:10],
    "version": state(version=2),
    "k_too_big": state(k=33, acc=[]),
    "flag_bad": state(flag=2),
    "names_without_drivers": state(k=0, n=0, flag=1, acc=[]),
    "negative_n": state(n=-1),
    "negative_skipped": state(skipped=-1),
    "sums_short": state()[:-8],
    "nan_sum": state(acc=[(float("nan"), 0.0)] + [(1.0, 0.0)] * 4),
    "huge_sum": state(acc=[(1e300, 0.0)] + [(1.0, 0.0)] * 4),
    "negative_square": state(acc=[(1.0, 0.0), (1.0, 0.0), (-1.0, 0.0), (1.0, 0.0), (1.0, 0.0)]),
    "no_rows_nonzero": state(n=0),
    "rows_without_drivers": state(k=0, n=5, acc=[]),
    "names_missing": state(k=2, names=[b"a"]),
    "names_duplicate": state(k=2, names=[b"a", b"a"]),
    "name_empty": state(k=2, names=[b"a", b""]),
    "trailing": state() + b"\0",
}
write_cases(d, cases)
PY
psql_ -c "CREATE TABLE one (s driver_state)"
table_of() { echo "one driver_state"; }
binary_rejects table_of
n=$(psql_ -At -c "SELECT count(*) FROM one")
[ "$n" = 0 ] || { echo "FAIL $n malformed states were stored"; status=1; }
exit $status
