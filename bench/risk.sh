#!/usr/bin/env bash
# bench/risk.sh: the risk models (logistic regression) against what a user
# does without them.
#   1. risk_fit(outcome, features) over 10 million rows of 10 features
#      (CX_BENCH_ROWS), against the same fit done outside the database:
#      COPY (SELECT outcome, features[1], ..., features[10] ...) TO STDOUT
#      as CSV into the client's memory (psycopg2's copy_expert), read with
#      pandas.read_csv, fitted with scikit-learn's
#      LogisticRegression(penalty=None) (lbfgs, its default solver); timed
#      end to end, from the COPY to the fitted model (Python's start-up and
#      imports not counted).  The two are run interleaved (risk_fit, the
#      export and fit, risk_fit, ...), CX_BENCH_RUNS (default 5) times each,
#      and the medians compared.  The two models are compared too: the
#      largest difference between their coefficients.
#   2. sum(risk_score(model, features)) against sum(features[1]) over the
#      same rows (cx_bench in bench/lib.sql, interleaved).
# Targets: the export and fit take at least 3 times risk_fit's time;
# risk_score within 2x of sum(features[1]).
# The rows come from a known logistic model (fixed seed): 7 continuous
# features (uniform, mean 0, variance 1) and 3 binary ones (20 % ones),
# intercept -1.0, coefficients 0.9 -0.6 0.4 -0.3 0.2 0.1 0 1.2 -0.8 0.5.
# Run by scripts/bench (serial plans, jit off, work_mem 64MB).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
runs=${CX_BENCH_RUNS:-5}
rows=${CX_BENCH_ROWS:-10000000}
py=${CX_PYTHON:-/usr/bin/python3}
"$py" -c 'import psycopg2, pandas, sklearn' 2>/dev/null ||
	cx_die "bench/risk.sh needs python3-psycopg2, python3-pandas and python3-sklearn (scripts/bench installs them)"

start=$SECONDS
cx_psql -q -v rows="$rows" <<'SQL'
SET client_min_messages = warning;
DROP TABLE IF EXISTS risk_bench, risk_bench_model;
SELECT setseed(0.14) \g /dev/null
CREATE UNLOGGED TABLE risk_bench AS
SELECT random() < 1 / (1 + exp(-(-1.0 + 0.9 * x[1] - 0.6 * x[2] + 0.4 * x[3] - 0.3 * x[4] + 0.2 * x[5]
                                 + 0.1 * x[6] + 0.0 * x[7] + 1.2 * x[8] - 0.8 * x[9] + 0.5 * x[10]))) AS outcome,
       x AS features
FROM (SELECT ARRAY[sqrt(3) * (2 * random() - 1), sqrt(3) * (2 * random() - 1), sqrt(3) * (2 * random() - 1),
                   sqrt(3) * (2 * random() - 1), sqrt(3) * (2 * random() - 1), sqrt(3) * (2 * random() - 1),
                   sqrt(3) * (2 * random() - 1), (random() < 0.2)::int, (random() < 0.2)::int,
                   (random() < 0.2)::int]::float8[] AS x
      FROM generate_series(1, :rows)) s;
VACUUM (ANALYZE, FREEZE) risk_bench;
-- a model for risk_score (its cost does not depend on the values)
CREATE TABLE risk_bench_model AS
SELECT risk_fit(outcome, features) AS m FROM (SELECT * FROM risk_bench LIMIT 100000) s;
SQL
cx_psql -Atq -c "SELECT format('%s rows, %s positive (%s %%), table %s; made in %s s',
	count(*), count(*) FILTER (WHERE outcome), round(100.0 * count(*) FILTER (WHERE outcome) / count(*), 1),
	pg_size_pretty(pg_table_size('risk_bench')), $((SECONDS - start))) FROM risk_bench"

echo "1. risk_fit against COPY + pandas.read_csv + scikit-learn LogisticRegression, $runs runs each, interleaved"
"$py" - "$runs" <<'PYEOF'
import io, json, os, statistics, sys, time, warnings
import numpy as np
import pandas as pd
import psycopg2
import sklearn
from sklearn.linear_model import LogisticRegression

runs = int(sys.argv[1])
conn = psycopg2.connect(host=os.environ["PGHOST"], port=os.environ["PGPORT"],
                        user=os.environ["PGUSER"], dbname=os.environ["PGDATABASE"])
conn.autocommit = True
cur = conn.cursor()
cols = ", ".join("features[%d]" % i for i in range(1, 11))
copy_sql = "COPY (SELECT outcome::int, %s FROM risk_bench) TO STDOUT (FORMAT csv)" % cols

def in_db():
    t0 = time.perf_counter()
    cur.execute("SELECT risk_fit(outcome, features)::text FROM risk_bench")
    model = json.loads(cur.fetchone()[0])
    return time.perf_counter() - t0, model

def outside():
    t0 = time.perf_counter()
    buf = io.BytesIO()
    cur.copy_expert(copy_sql, buf)
    t1 = time.perf_counter()
    buf.seek(0)
    df = pd.read_csv(buf, header=None, dtype=np.float64)
    del buf
    y = df.pop(0).to_numpy()
    X = df.to_numpy()
    del df
    t2 = time.perf_counter()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        fit = LogisticRegression(penalty=None, max_iter=1000).fit(X, y)
    t3 = time.perf_counter()
    converged = not any("converge" in str(x.message).lower() for x in w)
    return t3 - t0, (t1 - t0, t2 - t1, t3 - t2), fit, converged

a_times, b_times, parts = [], [], []
for r in range(runs):
    ta, model = in_db()
    tb, p, fit, converged = outside()
    a_times.append(ta)
    b_times.append(tb)
    parts.append(p)
    print("   run %d: risk_fit %.2f s (%d iterations); COPY %.2f s + read_csv %.2f s + fit %.2f s (%d iterations%s) = %.2f s"
          % (r + 1, ta, model["iterations"], p[0], p[1], p[2], fit.n_iter_[0],
             "" if converged else ", NOT converged", tb), flush=True)

ours = np.array([model["intercept"]["coef"]] + [f["coef"] for f in model["features"]])
theirs = np.concatenate([fit.intercept_, fit.coef_[0]])
a, b = statistics.median(a_times), statistics.median(b_times)
print("   medians: risk_fit %.2f s; COPY + read_csv + fit %.2f s (COPY %.2f, read_csv %.2f, fit %.2f)"
      % (a, b, statistics.median(p[0] for p in parts), statistics.median(p[1] for p in parts),
         statistics.median(p[2] for p in parts)))
print("   the two models' coefficients differ by at most %.1e (scikit-learn %s, lbfgs, tol 1e-4)"
      % (np.max(np.abs(ours - theirs)), sklearn.__version__))
print("   the export and fit / risk_fit: %.2fx (target >= 3)" % (b / a))
PYEOF

echo "2. risk_score against sum(features[1]), $runs runs each, interleaved"
cx_psql -q -v runs="$runs" \
	-v q1="SELECT sum(features[1]) FROM risk_bench" \
	-v q2="SELECT sum(risk_score((SELECT m FROM risk_bench_model), features)) FROM risk_bench" <<'SQL'
CREATE TEMP TABLE r AS
SELECT row_number() OVER () AS i, label, median_ms
FROM cx_bench(ARRAY['sum(features[1])', 'sum(risk_score(m, features))'], ARRAY[:'q1', :'q2'], :runs);
SELECT label AS query, round(median_ms::numeric, 1) AS median_ms FROM r ORDER BY i;
\pset tuples_only on
SELECT format('risk_score / sum(features[1]): %sx (target <= 2)',
              round(((SELECT median_ms FROM r WHERE i = 2) / (SELECT median_ms FROM r WHERE i = 1))::numeric, 2));
SQL
