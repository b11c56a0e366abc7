#!/usr/bin/env bash
# Which drivers of the review score matter most, on 600 real orders of a
# Brazilian marketplace (../shared/learn/olist_orders_reviews_sample.csv):
# late delivery, days late, freight share, several sellers, several items
# and the three most frequent product categories.  driver_importance() is
# checked against plain SQL (avg, stddev_samp, corr, regr_r2, regr_slope on
# each driver alone) and against NumPy for the multiple regression
# (np.linalg.lstsq on standardized variables, Shapley over all 2^8 subsets),
# to 1e-9; then the ranking is printed, and each flag's csat_impact (CSAT of
# the orders it holds for against the rest) against plain SQL.  Skips (77)
# without ../shared.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
[ -n "${CX_SHARED:-}" ] && [ -f "$CX_SHARED/learn/olist_orders_reviews_sample.csv" ] ||
	{ echo "../shared/learn is absent"; exit 77; }
PY=
for p in /usr/bin/python3 python3; do
	if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import psycopg2, numpy' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "python3 with psycopg2 and numpy not found (scripts/lib.sh installs python3-numpy)"; exit 1; }
db=cx_learn_olist
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS '$db'" >/dev/null 2>&1 || true' EXIT

psql_ -d $db -v f="$CX_SHARED/learn/olist_orders_reviews_sample.csv" <<'SQL'
CREATE EXTENSION cx_metrics;
SET TimeZone = 'UTC';
CREATE TABLE orders (order_id int, status text, value numeric, freight numeric, items int, sellers int,
	purchased timestamptz, approved timestamptz, estimated timestamptz, delivered timestamptz,
	state text, category text, review_score int, review_title text, review_comment text, complaint_class text);
COPY orders FROM :'f' WITH (FORMAT csv, HEADER true);
-- the drivers: NULL when the order was not delivered (the row is then skipped)
CREATE VIEW order_drivers AS
SELECT order_id, review_score::float8 AS score,
       (delivered::date > estimated::date)::int::float8 AS late,
       greatest(0, extract(epoch FROM delivered - estimated) / 86400)::float8 AS days_late,
       (freight / nullif(value + freight, 0))::float8 AS freight_share,
       (sellers > 1)::int::float8 AS several_sellers,
       (items > 1)::int::float8 AS several_items,
       (category = 'cama_mesa_banho')::int::float8 AS cat_bed_bath,
       (category = 'moveis_decoracao')::int::float8 AS cat_furniture,
       (category = 'automotivo')::int::float8 AS cat_auto
FROM orders;
SQL

DB=$db "$PY" - <<'PYEOF'
import itertools, math, os, sys
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
cur = conn.cursor()
names = ["late", "days_late", "freight_share", "several_sellers", "several_items",
         "cat_bed_bath", "cat_furniture", "cat_auto"]
arr = "ARRAY[" + ", ".join(names) + "]"
nm = "ARRAY[" + ", ".join(f"'{n}'" for n in names) + "]"

# the three category flags are this sample's most frequent categories
cur.execute("SELECT category FROM orders GROUP BY category ORDER BY count(*) DESC, category LIMIT 3")
check([r[0] for r in cur.fetchall()] == ["cama_mesa_banho", "moveis_decoracao", "automotivo"],
      "the category flags are the three most frequent categories")

cur.execute(f"SELECT driver, rank, n, skipped, mean, sd, correlation, std_coefficient, shapley_r2, share, r2 "
            f"FROM driver_importance((SELECT driver_importance_agg(score, {arr}, {nm}) FROM order_drivers)) ORDER BY rank")
rows = cur.fetchall()
by = {r[0]: r for r in rows}
worst = 0.0
def close(a, b, what):
    global worst
    d = abs(a - b)
    worst = max(worst, d)
    if not d <= TOL:
        check(False, f"{what}: {a!r} vs {b!r}")

# plain SQL, driver by driver, on the rows the aggregate used
complete = "score IS NOT NULL AND " + " AND ".join(f"{n} IS NOT NULL" for n in names)
for n in names:
    cur.execute(f"SELECT count(*), avg({n}), stddev_samp({n}), corr(score, {n}), regr_r2(score, {n}), "
                f"regr_slope(score, {n}) * stddev_samp({n}) / stddev_samp(score) FROM order_drivers WHERE {complete}")
    cnt, avg, sd, corr, r2, slope_std = cur.fetchone()
    r = by[n]
    check(r[2] == cnt, f"{n}: n = {cnt} as count(*)")
    close(r[4], avg, f"{n} mean vs avg()")
    close(r[5], sd, f"{n} sd vs stddev_samp()")
    close(r[6], corr, f"{n} correlation vs corr()")
    close(r[6], slope_std, f"{n} correlation vs standardized regr_slope()")
    cur.execute(f"SELECT r2, shapley_r2, std_coefficient FROM driver_importance("
                f"(SELECT driver_importance_agg(score, ARRAY[{n}]) FROM order_drivers WHERE {complete}))")
    one = cur.fetchone()
    close(one[0], r2, f"{n} alone: r2 vs regr_r2()")
    close(one[1], r2, f"{n} alone: shapley_r2 vs regr_r2()")
    close(one[2], corr, f"{n} alone: std_coefficient vs corr()")
cur.execute(f"SELECT count(*) FROM order_drivers WHERE NOT ({complete})")
check(rows[0][3] == cur.fetchone()[0], f"skipped = {rows[0][3]} orders without a delivery date")
check(worst <= TOL, f"plain SQL agrees: largest difference {worst:.2e}")

# NumPy: the multiple regression and its Shapley decomposition
cur.execute(f"SELECT score, {', '.join(names)} FROM order_drivers WHERE {complete}")
D = np.array(cur.fetchall(), dtype=float)
y, X = D[:, 0], D[:, 1:]
k = X.shape[1]
C = np.corrcoef(D, rowvar=False)
Z = (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
zy = (y - y.mean()) / y.std(ddof=1)
def r2_of(cols):
    if not cols:
        return 0.0
    b, *_ = np.linalg.lstsq(Z[:, cols], zy, rcond=None)
    res = zy - Z[:, cols] @ b
    return 1 - res @ res / (zy @ zy)
beta, *_ = np.linalg.lstsq(Z, zy, rcond=None)
v = {S: r2_of(list(S)) for s in range(k + 1) for S in itertools.combinations(range(k), s)}
phi = np.zeros(k)
for j in range(k):
    for S, val in v.items():
        if j not in S:
            w = math.factorial(len(S)) * math.factorial(k - len(S) - 1) / math.factorial(k)
            phi[j] += w * (v[tuple(sorted(S + (j,)))] - val)
worst = 0.0
for j, n in enumerate(names):
    r = by[n]
    close(r[6], C[0, j + 1], f"{n} correlation vs np.corrcoef")
    close(r[7], beta[j], f"{n} std_coefficient vs lstsq")
    close(r[8], phi[j], f"{n} shapley_r2 vs NumPy")
    close(r[10], v[tuple(range(k))], f"{n} r2 vs NumPy")
check(worst <= TOL, f"NumPy agrees: largest difference {worst:.2e}")
order = [names[j] for j in np.argsort(-phi, kind="stable")]
check([r[0] for r in rows] == order, "the ranking is NumPy's")

print()
print(f"drivers of the 1-5 review score, {rows[0][2]} delivered orders ({rows[0][3]} skipped), R² = {rows[0][10]:.4f}")
print(f"{'rank':>4}  {'driver':<16}{'mean':>8}{'corr':>9}{'beta':>9}{'shapley':>9}{'share':>8}")
for r in rows:
    print(f"{r[1]:>4}  {r[0]:<16}{r[4]:>8.3f}{r[6]:>9.3f}{r[7]:>9.3f}{r[8]:>9.4f}{r[9]:>8.1%}")
late, fs = by["late"], by["freight_share"]
print(f"late delivery {'outranks' if late[1] < fs[1] else 'ranks below'} a high freight share "
      f"({late[9]:.1%} against {fs[9]:.1%} of the explained variance)")

# One driver at a time: the CSAT (4-5 stars) of the orders a flag holds for
# against the rest, with csat_impact, each figure against plain SQL.  A high
# freight share is the top quarter of the delivered orders' shares.
print()
cur.execute("SELECT percentile_cont(0.75) WITHIN GROUP (ORDER BY freight_share) FROM order_drivers WHERE late IS NOT NULL")
q3 = cur.fetchone()[0]
flags = {"late": "late = 1", "several_sellers": "several_sellers = 1", "several_items": "several_items = 1",
         "high_freight_share": f"freight_share > {q3!r}"}
impacts = {}
print(f"{'driver':<20}{'exposed':>8}{'csat':>8}{'others':>8}{'diff':>8}{'p':>9}{'at stake':>10}")
for name, cond in flags.items():
    cur.execute(f"""
        SELECT (i).exposed_responses, (i).exposed_value, (i).unexposed_responses, (i).unexposed_value,
               (i).difference, (i).p_value, (i).exposed_share, (i).points_at_stake
        FROM (SELECT csat_impact(review_score, {cond}) AS i
              FROM orders JOIN order_drivers USING (order_id) WHERE late IS NOT NULL) x""")
    got = cur.fetchone()
    cur.execute(f"""
        SELECT count(*) FILTER (WHERE e), 100.0 * count(*) FILTER (WHERE e AND review_score >= 4) / count(*) FILTER (WHERE e),
               count(*) FILTER (WHERE NOT e), 100.0 * count(*) FILTER (WHERE NOT e AND review_score >= 4) / count(*) FILTER (WHERE NOT e),
               count(*) FILTER (WHERE e)::float8 / count(*)
        FROM (SELECT review_score, {cond} AS e FROM orders JOIN order_drivers USING (order_id) WHERE late IS NOT NULL) x""")
    ne, ve, nu, vu, share = cur.fetchone()
    ve, vu = float(ve), float(vu)
    check(got[0] == ne and got[2] == nu, f"{name}: csat_impact counts the groups as plain SQL")
    check(abs(got[1] - ve) <= 1e-9 and abs(got[3] - vu) <= 1e-9 and abs(got[4] - (ve - vu)) <= 1e-9,
          f"{name}: csat_impact's CSAT of each group and difference equal plain SQL")
    check(abs(got[7] - share * (vu - ve)) <= 1e-9, f"{name}: points at stake = share x (others - exposed)")
    impacts[name] = got
    print(f"{name:<20}{got[0]:>8}{got[1]:>8.1f}{got[3]:>8.1f}{got[4]:>8.1f}{got[5]:>9.2g}{got[7]:>10.2f}")
worst_cost = max(impacts, key=lambda n: impacts[n][7])
print(f"the flag that costs the most CSAT points: {worst_cost}")
sys.exit(1 if failures else 0)
PYEOF
