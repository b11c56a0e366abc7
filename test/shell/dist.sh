#!/usr/bin/env bash
# "make dist" makes the PGXN archive cx_metrics-X.Y.Z.zip of the last commit:
#   - its name has META.json's version and everything sits under
#     cx_metrics-X.Y.Z/;
#   - it holds META.json, LICENSE, README.md, the control file, the Makefile,
#     the upgrade scripts, src/ (C and the 1.0 SQL parts) and the tests, and
#     not what .gitattributes marks export-ignore (.ci/);
#   - unpacked on its own, it builds with PGXS and "make install" installs
#     the module, the control file and every install and upgrade script.
# Skipped outside a git checkout (an unpacked archive has no history).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$root/scripts/lib.sh"
command -v git >/dev/null 2>&1 && git -C "$root" rev-parse --verify -q HEAD >/dev/null ||
	{ echo "not a git checkout: nothing to archive"; exit 77; }
py=${CX_PYTHON:-python3}

# a pg_config whose server headers are there (the private copy of the
# installation that the suite runs has none)
pgc=
for c in "${PG_CONFIG:-}" "${CX_PGBIN:+$CX_PGBIN/pg_config}" "/usr/lib/postgresql/$CX_PGMAJOR/bin/pg_config"; do
	if [ -n "$c" ] && [ -x "$c" ] && [ -f "$("$c" --includedir-server)/postgres.h" ]; then pgc=$c; break; fi
done
[ -n "$pgc" ] || { echo "no pg_config with server headers"; exit 77; }

tmp=$(mktemp -d "${CX_WORK:-${TMPDIR:-/tmp}}/dist.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
status=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; status=1; }

version=$("$py" -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' "$root/META.json")
make -C "$root" -s --no-print-directory dist PG_CONFIG="$pgc" DISTDIR="$tmp" >"$tmp/make-dist.log" 2>&1 ||
	{ cat "$tmp/make-dist.log"; bad "make dist failed"; exit 1; }
zip="$tmp/cx_metrics-$version.zip"
[ -f "$zip" ] && ok "make dist made cx_metrics-$version.zip (META.json's version)" ||
	{ ls "$tmp"; bad "no $zip"; exit 1; }

# contents
"$py" - "$zip" "cx_metrics-$version" >"$tmp/contents.log" <<'PY' && ok "the archive holds $(tail -1 "$tmp/contents.log")" || { cat "$tmp/contents.log"; bad "archive contents"; }
import sys, zipfile
zip_path, prefix = sys.argv[1], sys.argv[2] + '/'
names = zipfile.ZipFile(zip_path).namelist()
bad = [n for n in names if not n.startswith(prefix)]
rel = {n[len(prefix):] for n in names if n.startswith(prefix)}
missing = [f for f in ('META.json', 'LICENSE', 'README.md', 'CHANGELOG.md', 'cx_metrics.control', 'Makefile',
                       'cx_metrics--1.0--1.1.sql', 'src/cx_metrics.c', 'src/core/', 'src/sql/000_common.sql',
                       'sql/comments.sql', 'expected/comments.out', 'scripts/test', 'scripts/lib.sh')
           if f not in rel]
unwanted = sorted(f for f in rel if f.startswith('.ci/') or f in ('.gitignore', '.gitattributes')
                  or f.endswith(('.o', '.so', '.bc', '.zip')) or f == 'cx_metrics--1.0.sql')
for n in bad: print('outside', prefix, ':', n)
for f in missing: print('missing:', f)
for f in unwanted: print('should not ship:', f)
if bad or missing or unwanted:
    sys.exit(1)
print(f'{len(rel)} entries: META.json, LICENSE, the control file, the Makefile, src/, the scripts and tests; no .ci/ or build output')
PY

# it builds and installs on its own
"$py" -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$zip" "$tmp/unpacked"
src="$tmp/unpacked/cx_metrics-$version"
if make -C "$src" -s -j2 PG_CONFIG="$pgc" >"$tmp/build.log" 2>&1; then
	ok "the unpacked archive builds with PGXS ($pgc)"
	if grep -qiE 'warning:' "$tmp/build.log"; then
		echo "     (compiler warnings:)"; grep -iE 'warning:' "$tmp/build.log" | head -5 | sed 's/^/     /'
	fi
else
	tail -30 "$tmp/build.log"; bad "the unpacked archive does not build"
fi
if [ "$status" = 0 ] && make -C "$src" -s PG_CONFIG="$pgc" install DESTDIR="$tmp/dest" >"$tmp/install.log" 2>&1; then
	extdir="$tmp/dest$("$pgc" --sharedir)/extension"
	libdir="$tmp/dest$("$pgc" --pkglibdir)"
	want=(cx_metrics.control cx_metrics--1.0.sql $(cd "$root" && ls cx_metrics--*--*.sql))
	miss=()
	for f in "${want[@]}"; do [ -f "$extdir/$f" ] || miss+=("$f"); done
	[ -f "$libdir/cx_metrics.so" ] || miss+=(cx_metrics.so)
	if [ ${#miss[@]} -eq 0 ]; then
		ok "make install from the archive installs cx_metrics.so and ${#want[@]} files: ${want[*]}"
	else
		bad "make install from the archive is missing: ${miss[*]}"
	fi
elif [ "$status" = 0 ]; then
	tail -30 "$tmp/install.log"; bad "make install from the archive failed"
fi
exit $status
