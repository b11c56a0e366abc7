#!/usr/bin/env bash
# voice_state binary I/O: COPY ... (FORMAT binary) round trips every state
# losslessly, and crafted malformed binary states are rejected with SQLSTATE
# 22P03, a detail and a hint (never a crash, never a silent wrong value).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 missing"; exit 77; }
db=cx_voice_binary
dir="$CX_WORK/voice_binary"
source "$here/lib/binary_states.bash"
psql_ <<'SQL'
CREATE EXTENSION cx_metrics;
CREATE TABLE src (id int, s voice_state);
INSERT INTO src
SELECT g % 20, voice_agg(t)
FROM generate_series(1, 400) g,
     LATERAL (SELECT (ARRAY['Me cobraron dos veces, estoy harto', 'Thanks, the refund arrived!',
                            'My bag was lost and nobody answers', 'Quiero darme de baja ya',
                            'Where is my order?', 'El asiento estaba roto y el personal fue muy amable'])[1 + g % 6] AS t) x
GROUP BY g % 20;
INSERT INTO src VALUES (100, 'n=0'), (101, NULL),
	(102, 'n=9223372036854775807 negative=1 positive=1 sentiment_milli=-5 signals=1,1,1,1,1,1,1,1,1,1,1,1,1,1 topics=a:1,z_9:9223372036854775807');
CREATE TABLE dst (LIKE src);
SQL
binary_round_trip 23 s

# malformed binary states: each file holds one row of one column
python3 - "$dir" "$here/lib" <<'PY'
import struct, sys
sys.path.insert(0, sys.argv[2])
from pgcopy import q, write_cases
d = sys.argv[1]
i = lambda x: struct.pack("!i", x)
def state(n=2, neg=1, pos=0, milli=-1000, sig=None, topics=(), ntopics=None, version=1):
    sig = sig if sig is not None else [0] * 14
    body = i(version) + q(n, neg, pos, milli) + q(*sig)
    body += i(len(topics) if ntopics is None else ntopics)
    for name, c in topics:
        body += name + b"\0" + q(c)
    return body
cases = {
    "empty": b"",
    "short": state()[:40],
    "version": state(version=2),
    "negative_count": state(n=-1, neg=0),
    "shares_over_n": state(n=2, neg=2, pos=1),
    "sentiment_over_bound": state(n=1, neg=0, milli=100001),
    "signal_over_n": state(sig=[3] + [0] * 13),
    "topics_count_negative": state(ntopics=-1),
    "topics_count_huge": state(ntopics=100000),
    "topic_name_bad": state(topics=[(b"Billing", 1)]),
    "topic_name_long": state(topics=[(b"a" * 64, 1)]),
    "topics_unsorted": state(topics=[(b"price", 1), (b"billing", 1)]),
    "topic_count_zero": state(topics=[(b"billing", 0)]),
    "topic_count_over_n": state(topics=[(b"billing", 3)]),
    "trailing": state() + b"\0",
    "missing_topic": state(ntopics=1),
}
write_cases(d, cases)
PY
psql_ -c "CREATE TABLE one (s voice_state)"
table_of() { echo "one voice_state"; }
binary_rejects table_of
n=$(psql_ -At -c "SELECT count(*) FROM one")
[ "$n" = 0 ] || { echo "FAIL $n malformed states were stored"; status=1; }
exit $status
