#!/usr/bin/env bash
# driver_importance against NumPy: random data sets (correlated drivers,
# survey-like 1-5 ratings with NULLs, 0/1 flags, collinear drivers) are
# loaded into PostgreSQL, and every output of driver_importance() is
# compared with NumPy's: np.mean, np.std(ddof=1), np.corrcoef, the
# coefficients of np.linalg.lstsq on standardized variables, R², and the
# Shapley decomposition of R² by enumerating all subsets with lstsq; to
# 1e-9.  A forced parallel plan must give the same report as the serial one.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
PY=
for p in /usr/bin/python3 python3; do
	if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import psycopg2, numpy' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "python3 with psycopg2 and numpy not found (scripts/lib.sh installs python3-numpy)"; exit 1; }
db=cx_drivers_numpy
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS '$db'" >/dev/null 2>&1 || true' EXIT
psql_ -d $db -c "CREATE EXTENSION cx_metrics"

DB=$db "$PY" - <<'PYEOF'
import io, itertools, math, os, sys
import numpy as np
import psycopg2

TOL = 1e-9
failures = []
def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        failures.append(what)

conn = psycopg2.connect(dbname=os.environ["DB"], host=os.environ["PGHOST"], port=os.environ["PGPORT"],
                        user=os.environ["PGUSER"])
conn.autocommit = True
cur = conn.cursor()

def load(name, y, X, parallel=False):
    k = X.shape[1]
    cols = ", ".join(f"x{j + 1} float8" for j in range(k))
    cur.execute(f"DROP TABLE IF EXISTS {name}")
    cur.execute(f"CREATE TABLE {name} (id serial, y float8, {cols})")
    if parallel:
        cur.execute(f"ALTER TABLE {name} SET (parallel_workers = 2)")
    buf = io.StringIO()
    for i in range(len(y)):
        vals = [y[i]] + list(X[i])
        buf.write("\t".join("\\N" if v is None or (isinstance(v, float) and math.isnan(v)) else repr(float(v))
                            for v in vals) + "\n")
    buf.seek(0)
    cur.copy_from(buf, name, columns=["y"] + [f"x{j + 1}" for j in range(k)])
    cur.execute(f"ANALYZE {name}")

def report(name, k, names=None):
    arr = "ARRAY[" + ", ".join(f"x{j + 1}" for j in range(k)) + "]"
    nm = ", ARRAY[" + ", ".join("'" + n + "'" for n in names) + "]" if names else ""
    cur.execute(f"SELECT driver, rank, n, skipped, mean, sd, correlation, std_coefficient, shapley_r2, share, r2 "
                f"FROM driver_importance((SELECT driver_importance_agg(y, {arr}{nm}) FROM {name})) ORDER BY rank")
    return cur.fetchall()

def r2_of(Z, zy, cols):
    if not cols:
        return 0.0
    A = Z[:, cols]
    b, *_ = np.linalg.lstsq(A, zy, rcond=None)
    res = zy - A @ b
    return 1.0 - (res @ res) / (zy @ zy)

def reference(y, X):
    ok = ~np.isnan(y) & ~np.isnan(X).any(axis=1)
    y, X = y[ok], X[ok]
    n, k = X.shape
    mean = X.mean(axis=0)
    sd = X.std(axis=0, ddof=1)
    C = np.corrcoef(np.column_stack([y, X]), rowvar=False)
    corr = C[0, 1:]
    Z = (X - mean) / sd
    zy = (y - y.mean()) / y.std(ddof=1)
    beta, *_ = np.linalg.lstsq(Z, zy, rcond=None)
    r2 = r2_of(Z, zy, list(range(k)))
    v = {}
    for size in range(k + 1):
        for S in itertools.combinations(range(k), size):
            v[S] = r2_of(Z, zy, list(S))
    phi = np.zeros(k)
    for j in range(k):
        for S, val in v.items():
            if j in S:
                continue
            s = len(S)
            w = math.factorial(s) * math.factorial(k - s - 1) / math.factorial(k)
            T = tuple(sorted(S + (j,)))
            phi[j] += w * (v[T] - val)
    return dict(n=n, skipped=int((~ok).sum()), mean=mean, sd=sd, corr=corr, beta=beta, r2=r2, phi=phi)

def compare(label, rows, ref, names, betas=True):
    k = len(names)
    check(len(rows) == k, f"{label}: {k} rows")
    by = {r[0]: r for r in rows}
    worst = 0.0
    def close(a, b, what, rel=False):
        nonlocal worst
        d = abs(a - b) / (abs(b) if rel and b != 0 else 1.0)
        worst = max(worst, d)
        if not d <= TOL:
            check(False, f"{label}: {what}: {a!r} vs NumPy {b!r}")
    for j, nm in enumerate(names):
        r = by[nm]
        check(r[2] == ref["n"] and r[3] == ref["skipped"], f"{label} {nm}: n {r[2]} skipped {r[3]}") if j == 0 else None
        close(r[4], ref["mean"][j], f"{nm} mean", rel=True)
        close(r[5], ref["sd"][j], f"{nm} sd", rel=True)
        close(r[6], ref["corr"][j], f"{nm} correlation")
        if betas:
            close(r[7], ref["beta"][j], f"{nm} std_coefficient")
        close(r[8], ref["phi"][j], f"{nm} shapley_r2")
        close(r[9], ref["phi"][j] / ref["r2"], f"{nm} share")
        close(r[10], ref["r2"], f"{nm} r2")
    order = [names[j] for j in np.argsort(-ref["phi"], kind="stable")]
    check([r[0] for r in rows] == order, f"{label}: ranking {[r[0] for r in rows]} is NumPy's")
    check(worst <= TOL, f"{label}: largest difference from NumPy {worst:.2e} (tolerance {TOL:g})")

rng = np.random.default_rng(20261207)

# 1. continuous, correlated drivers
n, k = 20000, 7
L = rng.normal(size=(k, k)) * 0.6 + np.eye(k)
X = rng.normal(size=(n, k)) @ L + rng.normal(size=k) * 3
y = X @ rng.normal(size=k) + rng.normal(size=n) * 4 + 10
load("d_cont", y, X)
names = [f"x{j + 1}" for j in range(k)]
compare("correlated continuous drivers", report("d_cont", k, names), reference(y, X), names)

# 2. survey-like: 1-5 ratings with NULLs, outcome 0-10
n, k = 8000, 9
base = rng.normal(size=(n, 1))
R = np.clip(np.round(3 + base * rng.uniform(0.3, 1.2, size=k) + rng.normal(size=(n, k))), 1, 5)
yv = np.clip(np.round(5 + R @ rng.uniform(0, 0.4, size=k) - 6 + rng.normal(size=n) * 1.5), 0, 10)
R[rng.random(size=(n, k)) < 0.01] = np.nan
yv[rng.random(size=n) < 0.01] = np.nan
load("d_survey", yv, R)
names = ["speed", "friendliness", "price", "app", "delivery", "packaging", "support", "returns", "billing"]
compare("1-5 ratings with NULLs", report("d_survey", k, names), reference(yv, R), names)

# 3. 0/1 exposure flags and a constant-free mix
n, k = 5000, 5
F = (rng.random(size=(n, k)) < rng.uniform(0.05, 0.5, size=k)).astype(float)
F[:, 1] = np.where(rng.random(size=n) < 0.7, F[:, 0], F[:, 1])     # flag 2 follows flag 1
ys = np.clip(np.round(4.5 - F @ np.array([1.5, 0.5, 0.2, 0.8, 0.0]) + rng.normal(size=n) * 0.8), 1, 5)
load("d_flags", ys, F)
names = ["late", "very_late", "freight", "items", "sellers"]
compare("0/1 flags", report("d_flags", k, names), reference(ys, F), names)

# 4. collinear: x3 = x1 + x2 (coefficients NULL, R² and Shapley defined)
n = 3000
A = rng.normal(size=(n, 2))
Xc = np.column_stack([A, A[:, 0] + A[:, 1], rng.normal(size=n)])
yc = Xc[:, 0] - 0.5 * Xc[:, 1] + 0.3 * Xc[:, 3] + rng.normal(size=n)
load("d_coll", yc, Xc)
rows = report("d_coll", 4)
check(all(r[7] is None for r in rows), "collinear: std_coefficient NULL")
compare("collinear drivers (R², Shapley)", rows, reference(yc, Xc), ["d1", "d2", "d3", "d4"], betas=False)

# 5. a forced parallel plan gives the same report as the serial one
n, k = 300000, 6
Xp = rng.normal(size=(n, k)) @ (np.eye(k) + 0.3) + 50
yp = Xp @ rng.normal(size=k) + rng.normal(size=n)
load("d_par", yp, Xp, parallel=True)
cur.execute("SET max_parallel_workers_per_gather = 0")
serial = report("d_par", k)
cur.execute("SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0; "
            "SET max_parallel_workers_per_gather = 2")
arr = "ARRAY[" + ", ".join(f"x{j + 1}" for j in range(k)) + "]"
cur.execute(f"EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT driver_importance_agg(y, {arr}) FROM d_par")
plan = "\n".join(r[0] for r in cur.fetchall())
check("Partial Aggregate" in plan and "Workers Launched: 2" in plan, "parallel plan with 2 workers launched")
parallel = report("d_par", k)
diff = max(abs(a - b) / max(abs(b), 1e-300) for rs, rp in zip(serial, parallel)
           for a, b in zip(rp[4:], rs[4:]) if a is not None)
check([r[:4] for r in serial] == [r[:4] for r in parallel], "parallel: same drivers, ranks, n")
check(diff <= 1e-13, f"parallel vs serial: largest relative difference {diff:.1e}")
compare("300k rows, mean 50 (parallel plan)", parallel, reference(yp, Xp), [f"d{j + 1}" for j in range(k)])

sys.exit(1 if failures else 0)
PYEOF
