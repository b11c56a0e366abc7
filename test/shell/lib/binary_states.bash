# test/shell/lib/binary_states.bash: what the *_binary.sh tests share.
# Source it after scripts/lib.sh, with db and dir set.  It creates the
# database $db (dropped on exit) and the directory $dir the server writes
# its COPY files in, and gives:
#   psql_ ...                     psql on $db, stopping at the first error
#   binary_round_trip ROWS COLS   COPY src TO a binary file, that file into dst
#                                 (LIKE src): ROWS rows, each column of COLS
#                                 equal as text
#   binary_rejects TABLE_OF       every case named in $dir/cases (a one-row
#                                 COPY file $dir/NAME.bin, made with
#                                 lib/pgcopy.py) is refused with 22P03, a
#                                 detail and a hint naming its type; TABLE_OF
#                                 is a function printing the table a case
#                                 goes to and, after a space, its type
# Failures set status=1.
status=0
mkdir -p "$dir" && chmod 777 "$dir"
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
cx_as_server "$CX_PGBIN/psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'cx_as_server "$CX_PGBIN/psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT

binary_round_trip() {
	local rows=$1 cond="false" col diffs n
	shift
	for col in "$@"; do cond="$cond OR src.$col::text IS DISTINCT FROM dst.$col::text"; done
	psql_ -c "\\copy src TO '$dir/states.bin' (FORMAT binary)"
	psql_ -c "\\copy dst FROM '$dir/states.bin' (FORMAT binary)"
	diffs=$(psql_ -At -c "SELECT count(*) FROM src FULL JOIN dst USING (id) WHERE $cond")
	n=$(psql_ -At -c "SELECT count(*) FROM dst")
	if [ "$diffs" = 0 ] && [ "$n" = "$rows" ]; then
		echo "ok   binary round trip of $n rows"
	else
		echo "FAIL binary round trip: $diffs differences, $n rows"; status=1
	fi
}

binary_rejects() {
	local table_of=$1 name table type out
	while read -r name; do
		read -r table type < <("$table_of" "$name")
		out=$(cx_as_server "$CX_PGBIN/psql" -X -q -d "$db" \
			-c "\\set VERBOSITY verbose" -c "\\copy $table FROM '$dir/$name.bin' (FORMAT binary)" 2>&1 || true)
		# (here-strings, not echo | grep -q: under pipefail, grep -q closing the
		# pipe early can fail the echo with SIGPIPE and the test with it)
		if grep -q "ERROR:  22P03: invalid binary $type" <<<"$out" &&
			grep -q "DETAIL:" <<<"$out" && grep -q "HINT:  A binary $type is" <<<"$out"; then
			echo "ok   $name rejected: $(grep -m1 DETAIL: <<<"$out")"
		else
			echo "FAIL $name not rejected as expected:"; echo "$out"; status=1
		fi
	done <"$dir/cases"
}
