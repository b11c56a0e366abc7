#!/usr/bin/env bash
# bench/journey.sh times the plain-SQL journey reference in
# bench/journey_reference.sql; sql/journey_friction.sql checks the C code
# against a verbatim copy of it (a pg_regress test cannot include a file
# outside its own folder).  This test fails when the two copies drift apart,
# so that the benchmark always times the reference the tests trust.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
python3 - "$root/bench/journey_reference.sql" "$root/sql/journey_friction.sql" <<'PY'
import sys
bench, test = (open(p, encoding='utf-8').read() for p in sys.argv[1:3])
# the reference proper: everything after the leading comment block
lines = bench.split('\n')
i = 0
while i < len(lines) and (lines[i].startswith('--') or not lines[i].strip()):
    i += 1
body = '\n'.join(lines[i:]).strip('\n')
if len(body.splitlines()) < 20:
    sys.exit('bench/journey_reference.sql: reference body not found')
if body not in test:
    sys.exit('sql/journey_friction.sql no longer contains bench/journey_reference.sql verbatim')
print('ok: the benchmark times the same %d-line reference the regress test checks' % len(body.splitlines()))
PY
