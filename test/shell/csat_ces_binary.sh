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
mkdir -p "$dir" && chmod 777 "$dir"
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
cx_as_server "$CX_PGBIN/psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'cx_as_server "$CX_PGBIN/psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
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
status=0
# 1. lossless binary round trip
psql_ -c "\\copy src TO '$dir/states.bin' (FORMAT binary)"
psql_ -c "\\copy dst FROM '$dir/states.bin' (FORMAT binary)"
diffs=$(psql_ -At -c "SELECT count(*) FROM src FULL JOIN dst USING (id)
	WHERE src.c::text IS DISTINCT FROM dst.c::text OR src.e::text IS DISTINCT FROM dst.e::text")
rows=$(psql_ -At -c "SELECT count(*) FROM dst")
if [ "$diffs" = 0 ] && [ "$rows" = 203 ]; then
	echo "ok   binary round trip of $rows rows"
else
	echo "FAIL binary round trip: $diffs differences, $rows rows"; status=1
fi

# 2. malformed binary states: each file holds one row of one column
python3 - "$dir" <<'PY'
import struct, sys
d = sys.argv[1]
def copyfile(name, payload):
    head = b"PGCOPY\n\xff\r\n\0" + struct.pack("!ii", 0, 0)
    row = struct.pack("!h", 1) + struct.pack("!i", len(payload)) + payload
    open(f"{d}/{name}.bin", "wb").write(head + row + struct.pack("!h", -1))
q = lambda *xs: b"".join(struct.pack("!q", x) for x in xs)
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
for name, payload in cases.items():
    copyfile(name, payload)
open(f"{d}/cases", "w").write("\n".join(cases) + "\n")
PY
psql_ -c "CREATE TABLE one_csat (c csat_state)" -c "CREATE TABLE one_ces (e ces_state)"
while read -r name; do
	table=one_${name%%_*}
	out=$(cx_as_server "$CX_PGBIN/psql" -X -q -d "$db" -v VERBOSITY=verbose \
		-c "\\set VERBOSITY verbose" -c "\\copy $table FROM '$dir/$name.bin' (FORMAT binary)" 2>&1 || true)
	# (here-strings, not echo | grep -q: under pipefail, grep -q closing the
	# pipe early can fail the echo with SIGPIPE and the test with it)
	if grep -q "ERROR:  22P03: invalid binary ${name%%_*}_state" <<<"$out" &&
		grep -q "DETAIL:" <<<"$out" && grep -q "HINT:  A binary ${name%%_*}_state is" <<<"$out"; then
		echo "ok   $name rejected: $(grep -m1 DETAIL: <<<"$out")"
	else
		echo "FAIL $name not rejected as expected:"; echo "$out"; status=1
	fi
done <"$dir/cases"
n=$(psql_ -At -c "SELECT (SELECT count(*) FROM one_csat) + (SELECT count(*) FROM one_ces)")
[ "$n" = 0 ] || { echo "FAIL $n malformed states were stored"; status=1; }
exit $status
