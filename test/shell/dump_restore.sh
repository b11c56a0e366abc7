#!/usr/bin/env bash
# Dump/restore safety: user data built on cx_metrics types, and user edits to
# the extension's configuration tables, survive pg_dump / pg_restore.
#
# For every pair test/shell/dump_restore/NAME.setup.sql + NAME.check.sql:
#   1. a fresh database gets CREATE EXTENSION cx_metrics and NAME.setup.sql;
#   2. NAME.check.sql runs there and its output is saved;
#   3. the database is dumped (pg_dump -Fc) and restored into a new database;
#   4. NAME.check.sql runs in the restored database: the outputs must match.
# Each concern adds its own pair (states in tables, lexicon edits, settings).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

status=0
shopt -s nullglob
setups=("$CX_TESTS"/test/shell/dump_restore/*.setup.sql)
[ ${#setups[@]} -gt 0 ] || { echo "no dump/restore cases"; exit 77; }
for setup in "${setups[@]}"; do
	name=$(basename "$setup" .setup.sql)
	check="${setup%.setup.sql}.check.sql"
	src="cx_dump_src_$name" dst="cx_dump_dst_$name"
	psql_ -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" \
		-c "CREATE DATABASE $src" -c "CREATE DATABASE $dst"
	psql_ -d "$src" -c 'CREATE EXTENSION cx_metrics' -f "$setup"
	psql_ -d "$src" -f "$check" >"$CX_WORK/dump_$name.before" 2>&1
	cx_as_server "$CX_PGBIN/pg_dump" -Fc -d "$src" -f "$CX_WORK/dump_$name.dump"
	cx_as_server "$CX_PGBIN/pg_restore" --exit-on-error -d "$dst" "$CX_WORK/dump_$name.dump"
	psql_ -d "$dst" -f "$check" >"$CX_WORK/dump_$name.after" 2>&1
	if [ ! -s "$CX_WORK/dump_$name.before" ]; then
		echo "FAIL $name: the check printed nothing"; status=1
	elif diff -u "$CX_WORK/dump_$name.before" "$CX_WORK/dump_$name.after"; then
		echo "ok   $name ($(wc -l <"$CX_WORK/dump_$name.before") lines identical after restore)"
	else
		echo "FAIL $name: results differ after pg_dump / pg_restore"; status=1
	fi
	psql_ -d postgres -c "DROP DATABASE $src" -c "DROP DATABASE $dst"
done
exit $status
