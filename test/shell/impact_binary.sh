#!/usr/bin/env bash
# nps_impact_state / csat_impact_state / ces_impact_state binary I/O: COPY
# ... (FORMAT binary) round trips every state losslessly, and crafted
# malformed binary states are rejected with SQLSTATE 22P03, a detail and a
# hint (never a crash, never a silent wrong value).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 missing"; exit 77; }
db=cx_impact_binary
dir="$CX_WORK/impact_binary"
source "$here/lib/binary_states.bash"
psql_ <<'SQL'
CREATE EXTENSION cx_metrics;
SELECT setseed(0.25);
CREATE TABLE src (id int, n nps_impact_state, c csat_impact_state, e ces_impact_state);
-- states of random groups, built from the text of the score states
INSERT INTO src
SELECT g,
       format('exposed:%s unexposed:%s', coalesce(nps_agg(s) FILTER (WHERE x)::text, '{}'),
              coalesce(nps_agg(s) FILTER (WHERE NOT x)::text, '{}'))::nps_impact_state,
       format('exposed:%s unexposed:%s', coalesce(csat_agg(r, 3 + g % 8) FILTER (WHERE x)::text, format('{scale:%s}', 3 + g % 8)),
              coalesce(csat_agg(r, 3 + g % 8) FILTER (WHERE NOT x)::text, format('{scale:%s}', 3 + g % 8)))::csat_impact_state,
       format('exposed:%s unexposed:%s', coalesce(ces_agg(e) FILTER (WHERE x)::text, '{}'),
              coalesce(ces_agg(e) FILTER (WHERE NOT x)::text, '{}'))::ces_impact_state
FROM (SELECT g, floor(random() * 11)::int AS s, 1 + floor(random() * (3 + g % 8))::int AS r,
             1 + floor(random() * 7)::int AS e, random() < 0.3 AS x
      FROM generate_series(1, 200) AS g, generate_series(1, 1 + g % 50) AS i) t
GROUP BY g;
INSERT INTO src VALUES
	(1000, 'exposed:{0:9223372036854775807} unexposed:{10:9223372036854775807}',
	 'exposed:{scale:10,1:9223372036854775807} unexposed:{scale:10,10:9223372036854775807}',
	 'exposed:{7:9223372036854775807} unexposed:{1:9223372036854775807}'),
	(1001, 'exposed:{} unexposed:{}', 'exposed:{scale:3} unexposed:{scale:3}', 'exposed:{} unexposed:{}'),
	(1002, NULL, NULL, NULL);
CREATE TABLE dst (LIKE src);
SQL
# 1. lossless binary round trip, and the figures read from the copies agree
binary_round_trip 203 n c e
same=$(psql_ -At -c "SELECT count(*) FROM src JOIN dst USING (id)
	WHERE nps_impact_final(src.n)::text = nps_impact_final(dst.n)::text
	  AND csat_impact_final(src.c)::text = csat_impact_final(dst.c)::text
	  AND ces_impact_final(src.e)::text = ces_impact_final(dst.e)::text")
if [ "$same" = 202 ]; then echo "ok   the copies give the same impact figures"; else echo "FAIL $same of 202 copies give the same figures"; status=1; fi

# 2. malformed binary states: each file holds one row of one column
python3 - "$dir" "$here/lib" <<'PY'
import sys
sys.path.insert(0, sys.argv[2])
from pgcopy import q, write_cases
d = sys.argv[1]
z11 = [0] * 11
cases = {
    "nps_empty": b"",
    "nps_version": bytes([2]) + q(*z11, *z11),
    "nps_short": bytes([1]) + q(*z11, *[0] * 10),
    "nps_trailing": bytes([1]) + q(*z11, *z11) + b"\0",
    "nps_negative": bytes([1]) + q(*z11, -1, *[0] * 10),
    "nps_overflow": bytes([1]) + q(2**63 - 1, 1, *[0] * 9, *z11),
    "nps_overflow_unexposed": bytes([1]) + q(*z11, 2**62, 2**62, *[0] * 9),
    "csat_empty": b"",
    "csat_no_scale": bytes([1]),
    "csat_version": bytes([0, 5]) + q(*[0] * 10),
    "csat_scale_low": bytes([1, 2]) + q(1, 1, 1, 1),
    "csat_scale_high": bytes([1, 11]) + q(*[1] * 22),
    "csat_short": bytes([1, 5]) + q(*[1] * 9),
    "csat_one_group": bytes([1, 5]) + q(*[1] * 5),
    "csat_negative": bytes([1, 5]) + q(1, 1, 1, 1, 1, 1, -1, 1, 1, 1),
    "csat_overflow": bytes([1, 5]) + q(2**63 - 1, 1, 0, 0, 0, 0, 0, 0, 0, 0),
    "ces_empty": b"",
    "ces_version": bytes([3]) + q(*[0] * 14),
    "ces_long": bytes([1]) + q(*[0] * 15),
    "ces_negative": bytes([1]) + q(*[0] * 13, -5),
    "ces_overflow": bytes([1]) + q(*[0] * 7, 2**62, 2**62, 0, 0, 0, 0, 1),
}
write_cases(d, cases)
PY
psql_ -c "CREATE TABLE one_nps (n nps_impact_state)" -c "CREATE TABLE one_csat (c csat_impact_state)" \
	-c "CREATE TABLE one_ces (e ces_impact_state)"
# each case goes to the table of its type: nps_* to one_nps, ...
table_of() { echo "one_${1%%_*} ${1%%_*}_impact_state"; }
binary_rejects table_of
n=$(psql_ -At -c "SELECT (SELECT count(*) FROM one_nps) + (SELECT count(*) FROM one_csat) + (SELECT count(*) FROM one_ces)")
[ "$n" = 0 ] || { echo "FAIL $n malformed states were stored"; status=1; }
exit $status
