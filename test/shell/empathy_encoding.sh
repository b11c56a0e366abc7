#!/usr/bin/env bash
# The empathy matcher works in any server encoding: the same messages give the
# same scores and markers in UTF8, LATIN1 and SQL_ASCII databases (text is
# converted to UTF-8 before matching; in SQL_ASCII, bytes that are not UTF-8
# are read as Latin-1).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

# the messages, in UTF-8; every character exists in LATIN1
check_sql=$(cat <<'SQL'
SET client_encoding = 'UTF8';
CREATE TEMP TABLE m (id int, body text);
INSERT INTO m VALUES
 (1, '¡Lamentó MUCHO las molestias! Entiendo su frustración.'),
 (2, 'No entiendo por qué, como ya le dije, es culpa suya.'),
 (3, 'Señora Núñez, ¿podría contarme más? Me encargo personalmente.'),
 (4, 'I''m so sorry you had to deal with this; I''ll stay on this until it''s fixed.'),
 (5, '');
SELECT id, round(empathy_score(body)::numeric, 6) AS score FROM m ORDER BY id;
-- positions count characters as the database does (bytes in SQL_ASCII)
SELECT id, k.dimension, k.phrase, k.matched, k.weight, k.negated,
       substr(m.body, k."position"::int, length(k.matched)) = k.matched AS at_position
FROM m, empathy_markers(m.body) k ORDER BY id, k."position";
SELECT empathy_normalize(body) FROM m ORDER BY id;
SELECT (empathy_agg(CASE WHEN id % 2 = 0 THEN 'customer' ELSE 'agent' END, body,
                    timestamptz '2026-01-01' + id * interval '1 min')).* FROM m;
SQL
)
status=0
psql_ -d postgres -c "DROP DATABASE IF EXISTS cx_enc_utf8" -c "DROP DATABASE IF EXISTS cx_enc_latin1" \
	-c "DROP DATABASE IF EXISTS cx_enc_ascii" \
	-c "CREATE DATABASE cx_enc_utf8 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" \
	-c "CREATE DATABASE cx_enc_latin1 TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C'" \
	-c "CREATE DATABASE cx_enc_ascii TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C'"
for db in cx_enc_utf8 cx_enc_latin1 cx_enc_ascii; do
	psql_ -d "$db" -c 'CREATE EXTENSION cx_metrics'
	PGCLIENTENCODING=UTF8 psql_ -d "$db" -c "$check_sql" >"$CX_WORK/empathy_enc_$db.out" 2>&1 || status=1
done
cat "$CX_WORK/empathy_enc_cx_enc_utf8.out"
grep -q 'Lamentó MUCHO las molestias' "$CX_WORK/empathy_enc_cx_enc_utf8.out" || { echo "FAIL: no markers in UTF8"; status=1; }
if diff -u "$CX_WORK/empathy_enc_cx_enc_utf8.out" "$CX_WORK/empathy_enc_cx_enc_latin1.out"; then
	echo "ok   LATIN1 gives the same scores, markers and positions as UTF8"
else
	echo "FAIL LATIN1 differs from UTF8"; status=1
fi
# SQL_ASCII stores the client's UTF-8 bytes as they are: the same results
if diff -u "$CX_WORK/empathy_enc_cx_enc_utf8.out" "$CX_WORK/empathy_enc_cx_enc_ascii.out"; then
	echo "ok   SQL_ASCII (holding UTF-8 bytes) gives the same scores and markers as UTF8"
else
	echo "FAIL SQL_ASCII differs from UTF8"; status=1
fi
grep -q ' f$' "$CX_WORK/empathy_enc_cx_enc_utf8.out" && { echo "FAIL a marker is not at its position"; status=1; }
# SQL_ASCII holding Latin-1 bytes: accents still fold ("Lament\xf3" = "Lamentó")
latin1=$(printf "SELECT round(empathy_score(convert_from('\\\\x4c616d656e74f3206d7563686f206c6173206d6f6c657374696173'::bytea, 'SQL_ASCII'))::numeric, 6) = round(empathy_score('lamento mucho las molestias')::numeric, 6) AS latin1_bytes_fold;")
out=$(psql_ -d cx_enc_ascii -At -c "$latin1")
if [ "$out" = t ]; then echo "ok   SQL_ASCII with Latin-1 bytes folds accents"; else echo "FAIL SQL_ASCII Latin-1 bytes: $out"; status=1; fi
psql_ -d postgres -c "DROP DATABASE cx_enc_utf8" -c "DROP DATABASE cx_enc_latin1" -c "DROP DATABASE cx_enc_ascii"
exit $status
