#!/usr/bin/env bash
# User edits of the empathy lexicon survive an extension upgrade that replaces
# the shipped lexicon.  The test installs a throwaway upgrade script
# cx_metrics--1.0--1.0.99.sql into the private installation (it changes,
# adds and removes shipped phrases the way a release would), runs
# ALTER EXTENSION cx_metrics UPDATE TO '1.0.99', and checks that every kind of
# user edit is still in force.  Then the real upgrade from 1.1 to 1.2, which
# adds dimensions and moves shipped phrases between them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

extdir="$("$CX_PGBIN/pg_config" --sharedir)/extension"
[ -w "$extdir" ] || { echo "cannot write to $extdir"; exit 77; }
upgrade="$extdir/cx_metrics--1.0--1.0.99.sql"
trap 'rm -f "$upgrade"' EXIT
cat >"$upgrade" <<'SQL'
-- a release that reworks the shipped lexicon
UPDATE @extschema@.empathy_lexicon_shipped SET weight = 2.0 WHERE language = 'es' AND phrase = 'lo siento';
UPDATE @extschema@.empathy_lexicon_shipped SET weight = 1.1 WHERE language = 'es' AND phrase = 'gracias por su paciencia';
DELETE FROM @extschema@.empathy_lexicon_shipped WHERE language = 'en' AND phrase = 'thanks for reaching out';
INSERT INTO @extschema@.empathy_lexicon_shipped VALUES ('en', 'thanks so much for your patience', 'acknowledgement', 1.2);
SQL

psql_ -d postgres -c "DROP DATABASE IF EXISTS cx_empathy_upgrade" -c "CREATE DATABASE cx_empathy_upgrade"
psql_ -d cx_empathy_upgrade <<'SQL'
CREATE EXTENSION cx_metrics VERSION '1.0';
INSERT INTO empathy_lexicon VALUES ('es', 'paciencia infinita', 'acknowledgement', 2.5);            -- added
UPDATE empathy_lexicon SET weight = 3 WHERE language = 'es' AND phrase = 'gracias por su paciencia'; -- changed
DELETE FROM empathy_lexicon WHERE language = 'en' AND phrase = 'I''m sorry';                         -- deleted
SQL
check='SELECT language, phrase, dimension, weight, source FROM empathy_lexicon
       WHERE source <> '"'shipped'"' OR phrase IN ('"'I''m sorry'"', '"'lo siento'"', '"'thanks for reaching out'"',
                                                   '"'thanks so much for your patience'"')
       ORDER BY 1, 2;'
psql_ -d cx_empathy_upgrade -c "$check" >"$CX_WORK/empathy_upgrade.before"
psql_ -d cx_empathy_upgrade -c "ALTER EXTENSION cx_metrics UPDATE TO '1.0.99'"
psql_ -d cx_empathy_upgrade -c "$check" >"$CX_WORK/empathy_upgrade.after"
psql_ -d cx_empathy_upgrade -At -c "SELECT extversion FROM pg_extension WHERE extname = 'cx_metrics'"
diff -u "$CX_WORK/empathy_upgrade.before" "$CX_WORK/empathy_upgrade.after" || true
status=0
expect() {	# expect LABEL SQL EXPECTED
	local got
	got=$(psql_ -d cx_empathy_upgrade -At -c "$2")
	if [ "$got" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: got '$got', expected '$3'"; status=1; fi
}
expect "added phrase kept" \
	"SELECT weight || ' ' || source FROM empathy_lexicon WHERE phrase = 'paciencia infinita'" "2.5 user"
expect "changed shipped phrase keeps the user's weight over the new release's" \
	"SELECT weight || ' ' || source FROM empathy_lexicon WHERE phrase = 'gracias por su paciencia'" "3 edited"
expect "deleted shipped phrase stays deleted" \
	"SELECT count(*) FROM empathy_lexicon WHERE language = 'en' AND phrase = 'I''m sorry'" "0"
expect "the release's own changes apply to phrases the user did not touch" \
	"SELECT string_agg(phrase || '=' || weight, ',' ORDER BY phrase) FROM empathy_lexicon WHERE phrase IN ('lo siento', 'thanks for reaching out', 'thanks so much for your patience')" \
	"lo siento=2,thanks so much for your patience=1.2"
expect "scores use the upgraded lexicon (apology weight 2, two words)" \
	"SELECT round(empathy_score('lo siento', 'es')::numeric, 6)
	        = round((100 * (1 - exp(-(0.5 * 100 * (1 - exp(-2 / 1.5)) + 100 * (1 - exp(-2 / 25.0))) / 100)))::numeric, 6)" "t"
psql_ -d postgres -c "DROP DATABASE cx_empathy_upgrade"

# The real 1.1 -> 1.2 upgrade, which adds dimensions and moves shipped
# phrases between them: the user's rows keep their own dimension and weight,
# and the old dimensions keep working.
psql_ -d postgres -c "DROP DATABASE IF EXISTS cx_empathy_upgrade12" -c "CREATE DATABASE cx_empathy_upgrade12"
psql_ -d cx_empathy_upgrade12 <<'SQL'
CREATE EXTENSION cx_metrics VERSION '1.1';
INSERT INTO empathy_lexicon VALUES ('en', 'we feel your pain', 'acknowledgement', 2.0);       -- added
UPDATE empathy_lexicon SET weight = 2.5 WHERE language = 'en' AND phrase = 'oh no';          -- changed (1.2 moves it)
DELETE FROM empathy_lexicon WHERE language = 'en' AND phrase = 'how awful';                  -- deleted (1.2 moves it)
ALTER EXTENSION cx_metrics UPDATE TO '1.2';
SQL
expect12() {
	local got
	got=$(psql_ -d cx_empathy_upgrade12 -At -c "$2")
	if [ "$got" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: got '$got', expected '$3'"; status=1; fi
}
expect12 "1.1 -> 1.2: the added phrase keeps its dimension" \
	"SELECT dimension || ' ' || weight || ' ' || source FROM empathy_lexicon WHERE phrase = 'we feel your pain'" \
	"acknowledgement 2 user"
expect12 "1.1 -> 1.2: a changed phrase that 1.2 reclassifies keeps the user's dimension and weight" \
	"SELECT dimension || ' ' || weight || ' ' || source FROM empathy_lexicon WHERE language = 'en' AND phrase = 'oh no'" \
	"acknowledgement 2.5 edited"
expect12 "1.1 -> 1.2: a deleted phrase that 1.2 reclassifies stays deleted" \
	"SELECT count(*) FROM empathy_lexicon WHERE language = 'en' AND phrase = 'how awful'" "0"
expect12 "1.1 -> 1.2: untouched shipped phrases take the new dimensions" \
	"SELECT dimension FROM empathy_lexicon WHERE language = 'en' AND phrase = 'that sucks'" "emotional_reaction"
expect12 "1.1 -> 1.2: empathy_markers reports the old and the new dimensions" \
	"SELECT string_agg(dimension || ':' || weight, ',' ORDER BY position) FROM empathy_markers('Oh no, that sucks. We feel your pain.', 'en')" \
	"acknowledgement:2.5,emotional_reaction:1,acknowledgement:2,feeling:0.8"
expect12 "1.1 -> 1.2: acknowledgement counts as interpretation, emotional_reaction as emotional reaction" \
	"SELECT (d).interpretation > 0 AND (d).emotional_reaction > 0 FROM empathy_detail('Oh no, that sucks. We feel your pain.', 'en') d" "t"
psql_ -d postgres -c "DROP DATABASE cx_empathy_upgrade12"
exit $status
