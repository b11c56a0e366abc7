#!/usr/bin/env bash
# Every SQL example of README.md runs, on the demo's data, and prints exactly
# the output the README shows under it.
#
# In README.md an example is a ```sql block; the ```text block right after
# it (on the next line) is psql's output; no ```text block means no output.
# The test creates a database, loads demo/00_data.sql (the demo's sample CRM
# data, as scripts/demo loads it), then runs the examples in README order,
# each in its own psql session:
#     psql -X -q -P footer=off -v SHOW_CONTEXT=never   (SQL on standard input,
#     errors included in the output), PGTZ=UTC, PGCLIENTENCODING=UTF8
# and compares each output with its ```text block, ignoring trailing spaces
# at the ends of lines and trailing blank lines.  A float8 printed with 13 or
# more significant digits matches to 12 (relative 1e-12): its last digits
# depend on the platform's libm (e.g. a t quantile on Debian sid), and the
# table's column widths with them; every other character must be the same.  On a difference it prints
# the README line of the example and the first differing lines, and fails.
# Blocks fenced ```sql norun are not run (installation, Citus, examples that
# need another database); the test prints how many there are.  Blocks fenced
# ```sql demo run, in README order too, on a second database where every
# demo/NN_*.sql file has run in order (as scripts/demo runs them; the .sh
# files, which listen or draw, are left out): the examples that read what
# the whole demo builds (resolved alerts, answers after them).
#
#   test/shell/readme_examples.sh            run (scripts/test runs it)
#   test/shell/readme_examples.sh --update   rewrite README.md's ```text
#                                            blocks with the outputs of now
# Run by hand (without scripts/test's PGHOST and CX_PGBIN), it builds the
# extension and starts its own throwaway cluster.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
readme="$CX_ROOT/README.md"
data="$CX_ROOT/demo/00_data.sql"
mode=check
case "${1:-}" in
--update) mode=update ;;
"") ;;
*) cx_die "usage: $0 [--update]" ;;
esac

own=0
if [ -z "${CX_PGBIN:-}" ] || [ -z "${PGHOST:-}" ]; then
	# by hand: our own cluster, as scripts/test would start it
	own=1
	cx_private_setup
	cx_start_cluster
fi
CX_SERVER_USER=${CX_SERVER_USER:-$(id -un)}
export CX_SERVER_USER

db=cx_readme_examples
demodb=cx_readme_demo
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
cleanup() {
	psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
	psql_ -d postgres -c "DROP DATABASE IF EXISTS $demodb" >/dev/null 2>&1 || true
	if [ "$own" = 1 ]; then cx_stop_cluster; rm -rf "$CX_WORK"; fi
}
trap cleanup EXIT
psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
psql_ -d postgres -c "CREATE DATABASE $db"
export PGTZ=UTC PGCLIENTENCODING=UTF8
# the demo's data, loaded as scripts/demo loads it (standard input instead of
# -f only so that the server user need not read this checkout)
psql_ -d "$db" <"$data" >/dev/null
# the whole demo, for the ```sql demo examples (only when there are some)
if grep -q '^```sql demo$' "$readme"; then
	psql_ -d postgres -c "DROP DATABASE IF EXISTS $demodb" >/dev/null 2>&1 || true
	psql_ -d postgres -c "CREATE DATABASE $demodb"
	mkdir -p "$CX_WORK/readme_demo" && cp -a "$CX_ROOT/demo/." "$CX_WORK/readme_demo/" &&
		chmod -R a+rX "$CX_WORK/readme_demo"
	for f in "$CX_WORK"/readme_demo/[0-9]*.sql; do
		(cd "$CX_WORK/readme_demo" && cx_as_server "$CX_PGBIN/psql" -X -q -d "$demodb" -f "$(basename "$f")") >/dev/null 2>&1
	done
fi

"${CX_PYTHON:-/usr/bin/python3}" - "$readme" "$mode" "$db" "$demodb" <<'PYEOF'
import os, re, subprocess, sys

readme, mode, db, demodb = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
lines = open(readme, encoding="utf-8").read().split("\n")

# the fenced blocks: (info string, first line index, closing line index)
blocks = []
i = 0
while i < len(lines):
    m = re.match(r"^```(.*)$", lines[i])
    if m:
        j = i + 1
        while j < len(lines) and lines[j] != "```":
            j += 1
        if j == len(lines):
            sys.exit("README.md:%d: unclosed code block" % (i + 1))
        blocks.append((m.group(1).strip(), i, j))
        i = j + 1
    else:
        i += 1

def psql(dbname):
    cmd = [os.path.join(os.environ["CX_PGBIN"], "psql"), "-X", "-q", "-d", dbname,
           "-P", "footer=off", "-v", "SHOW_CONTEXT=never"]
    if os.getuid() == 0:
        cmd = ["runuser", "-u", os.environ["CX_SERVER_USER"], "--"] + cmd
    return cmd

def run(sql, dbname):
    p = subprocess.run(psql(dbname), input=sql.encode(), stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, cwd="/")
    return p.stdout.decode("utf-8", "replace")

def norm(text):
    out = [l.rstrip() for l in text.split("\n")]
    while out and out[-1] == "":
        out.pop()
    return out

NUM = re.compile(r"-?[0-9]+\.[0-9]+(?:e[-+][0-9]+)?")

def num_close(a, b):
    if a == b:
        return True
    digits = re.sub(r"[^0-9]", "", a.split("e")[0]).lstrip("0")
    if len(digits) < 13:
        return False
    fa, fb = float(a), float(b)
    return abs(fa - fb) <= 1e-12 * max(abs(fa), abs(fb))

def line_same(g, w):
    if g == w:
        return True
    ng, nw = NUM.findall(g), NUM.findall(w)
    if len(ng) != len(nw) or not all(num_close(a, b) for a, b in zip(nw, ng)):
        return False
    # the rest, with column padding and rule widths (which follow the
    # numbers' widths) folded
    shape = lambda l: " ".join(re.sub(r"-+", "-", NUM.sub("#", l)).split())
    return shape(g) == shape(w)

def same(got, want):
    return len(got) == len(want) and all(line_same(g, w) for g, w in zip(got, want))

checked = norun = failed = 0
edits = []            # (first line, last line + 1, replacement lines) for --update
for k, (info, start, end) in enumerate(blocks):
    if info == "sql norun":
        norun += 1
        continue
    if info not in ("sql", "sql demo"):
        if info.startswith("sql"):
            sys.exit("README.md:%d: unknown fence ```%s (use ```sql, ```sql demo or ```sql norun)" % (start + 1, info))
        continue
    checked += 1
    sql = "\n".join(lines[start + 1:end]) + "\n"
    got = norm(run(sql, demodb if info == "sql demo" else db))
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    has_out = nxt is not None and nxt[0] == "text" and nxt[1] == end + 1
    want = norm("\n".join(lines[nxt[1] + 1:nxt[2]])) if has_out else []
    if mode == "update":
        if got != want:
            new = ["```text"] + got + ["```"] if got else []
            if has_out:
                edits.append((nxt[1], nxt[2] + 1, new))
            else:
                edits.append((end + 1, end + 1, new))
            print("updated the output of the example at README.md:%d" % (start + 1))
        if any(l.startswith("ERROR:") for l in got):
            print("note: the example at README.md:%d prints an ERROR (meant to?)" % (start + 1))
        continue
    if not same(got, want):
        failed += 1
        n = 0
        while n < len(got) and n < len(want) and line_same(got[n], want[n]):
            n += 1
        if has_out:
            where = "its output differs from line %d on" % (nxt[1] + 2 + n)
        else:
            where = "it prints something, and no ```text block follows it"
        print("FAIL: the example at README.md:%d: %s" % (start + 1, where))
        for l in want[n:n + 5]:
            print("  README: %s" % l)
        for l in got[n:n + 5]:
            print("  psql:   %s" % l)
if mode == "update":
    for a, b, new in sorted(edits, reverse=True):
        lines[a:b] = new
    open(readme, "w", encoding="utf-8").write("\n".join(lines))
print("%d README sql examples checked, %d failed; %d not run (```sql norun)" % (checked, failed, norun))
sys.exit(1 if failed else 0)
PYEOF
