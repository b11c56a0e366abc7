#!/usr/bin/env bash
# bench/alerts.sh: single-row INSERT throughput (pgbench, one transaction per
# answer, synchronous_commit=off as set by scripts/bench) into a 0-10 survey
# table with
#   none     no trigger
#   cx       the cx_metrics score alert (cx_alert_attach(..., 'nps', ...)):
#            cooldown check under an advisory lock, durable row, NOTIFY
#   plpgsql  the PL/pgSQL trigger a DBA would write today: IF score <= 6
#            THEN INSERT an alert row; PERFORM pg_notify(...) (no cooldown)
# Runs are interleaved (none, cx, plpgsql, none, ...) so all see the same
# load; prints the median TPS of CX_BENCH_RUNS runs and each one's ratio to
# "none", and the share of throughput each trigger loses.
# Two customer populations: 1,000,000 customers (almost every detractor
# answer is a new alert) and 1,000 customers (repeat detractors inside the
# cooldown are folded into the open alert).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
runs=${CX_BENCH_RUNS:-5}
secs=${CX_BENCH_SECONDS:-5}
clients=${CX_BENCH_CLIENTS:-2}
PGBENCH="$CX_PGBIN/pgbench"
[ -x "$PGBENCH" ] || cx_die "pgbench not found at $PGBENCH"

cx_psql -q -v client_min_messages=warning <<'SQL'
SET client_min_messages = warning;
DROP TABLE IF EXISTS s_none, s_cx, s_plpgsql, plpgsql_alerts;
CREATE TABLE s_none (response_id bigserial PRIMARY KEY, customer_id int NOT NULL,
                     score smallint, answered_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE s_cx (LIKE s_none INCLUDING ALL);
CREATE TABLE s_plpgsql (LIKE s_none INCLUDING ALL);
SELECT FROM cx_alert_attach('s_cx', 'nps', '{"subject": "customer_id", "at": "answered_at"}');
-- the same alert table shape as cx_alert, for a like-for-like write
CREATE TABLE plpgsql_alerts (
	id bigserial PRIMARY KEY, kind text NOT NULL, severity text NOT NULL,
	source_table text NOT NULL, source_key text, subject text,
	details jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION plpgsql_alert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	alert_id bigint;
BEGIN
	IF NEW.score <= 6 THEN
		INSERT INTO plpgsql_alerts (kind, severity, source_table, source_key, subject, details)
		VALUES ('nps_detractor', CASE WHEN NEW.score <= 3 THEN 'high' ELSE 'medium' END,
		        TG_TABLE_NAME, NEW.response_id::text, NEW.customer_id::text,
		        jsonb_build_object('score', NEW.score, 'at', NEW.answered_at))
		RETURNING id INTO alert_id;
		PERFORM pg_notify('cx_alerts', json_build_object('id', alert_id, 'kind', 'nps_detractor',
		        'source', TG_TABLE_NAME, 'key', NEW.response_id, 'subject', NEW.customer_id)::text);
	END IF;
	RETURN NULL;
END $$;
CREATE TRIGGER plpgsql_alert AFTER INSERT OR UPDATE OF score ON s_plpgsql
	FOR EACH ROW EXECUTE FUNCTION plpgsql_alert();
SQL

work=$(mktemp -d)
chmod 755 "$work"
for ncust in 1000000 1000; do
	for t in none cx plpgsql; do
		printf '\\set c random(1, %d)\n\\set s random(0, 10)\nINSERT INTO s_%s (customer_id, score) VALUES (:c, :s);\n' \
			"$ncust" "$t" >"$work/$t.sql"
	done
	chmod 644 "$work"/*.sql
	: >"$work/tps"
	for r in $(seq 1 "$runs"); do
		for t in none cx plpgsql; do
			tps=$(cx_as_server "$PGBENCH" -n -c "$clients" -j "$clients" -T "$secs" -f "$work/$t.sql" 2>/dev/null |
				sed -n 's/^tps = \([0-9.]*\).*/\1/p')
			echo "$t $tps" >>"$work/tps"
		done
	done
	echo
	echo "single-row INSERT, $clients clients, $secs s x $runs runs, $ncust customers (random 0-10 answers):"
	awk '
		{ v[$1, ++n[$1]] = $2 }
		function median(t,   i, j, k, a, m) {
			m = n[t]; for (i = 1; i <= m; i++) a[i] = v[t, i]
			for (i = 2; i <= m; i++) { k = a[i]; for (j = i - 1; j >= 1 && a[j] > k; j--) a[j + 1] = a[j]; a[j + 1] = k }
			return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
		}
		END {
			base = median("none")
			printf "  %-8s %12s %10s %16s\n", "trigger", "median tps", "ratio", "throughput lost"
			split("none cx plpgsql", order, " ")
			for (i = 1; i <= 3; i++) {
				t = order[i]; m = median(t)
				printf "  %-8s %12.0f %10.3f %15.1f%%\n", t, m, m / base, 100 * (1 - m / base)
			}
			lc = 1 - median("cx") / base; lp = 1 - median("plpgsql") / base
			if (lp > 0) printf "  cx loses %.2f of what plpgsql loses (target <= 0.5)\n", lc / lp
		}' "$work/tps"
	cx_psql -q -At -c "SELECT format('  alerts: cx %s rows (%s events folded by the cooldown), plpgsql %s rows',
		(SELECT count(*) FROM cx_alert), (SELECT sum(occurrences) - count(*) FROM cx_alert),
		(SELECT count(*) FROM plpgsql_alerts))"
	cx_psql -q -c "TRUNCATE s_none, s_cx, s_plpgsql, plpgsql_alerts; DELETE FROM cx_alert"
done
rm -rf "$work"

# ---- bulk load: 100,000-row INSERT ... SELECT with the segment_drop trigger --
cx_psql -q <<'SQL'
SET client_min_messages = warning;
DROP TABLE IF EXISTS b_src, b_customers, b_none, b_seg, b_seg_col;
CREATE UNLOGGED TABLE b_customers AS
SELECT i AS customer_id, (ARRAY['smb', 'enterprise', 'consumer'])[1 + i % 3] AS segment
FROM generate_series(1, 100000) i;
ALTER TABLE b_customers ADD PRIMARY KEY (customer_id);
CREATE UNLOGGED TABLE b_src AS
SELECT 1 + (i * 7919) % 100000 AS customer_id, (i % 11)::smallint AS score,
       timestamptz '2026-10-01' + (i % 86400) * interval '1 minute' AS answered_at,
       (ARRAY['smb', 'enterprise', 'consumer'])[1 + ((1 + (i * 7919) % 100000) % 3)] AS segment
FROM generate_series(1, 100000) i;
CREATE TABLE b_none (response_id bigserial PRIMARY KEY, customer_id int NOT NULL, score smallint,
                     answered_at timestamptz NOT NULL, segment text);
CREATE TABLE b_seg (LIKE b_none INCLUDING ALL);
CREATE TABLE b_seg_col (LIKE b_none INCLUDING ALL);
SELECT FROM cx_alert_attach('b_seg', 'segment_drop', '{"at": "answered_at", "via": "b_customers", "segment": "segment"}');
SELECT FROM cx_alert_attach('b_seg_col', 'segment_drop', '{"at": "answered_at", "segment": "segment"}');
ANALYZE;
SQL
echo
echo "bulk INSERT ... SELECT of 100,000 answers (medians of $runs runs; each run appends 100,000 rows):"
cx_psql -q -c "SELECT * FROM cx_bench_report(
	ARRAY['no trigger', 'segment_drop, segment from customers', 'segment_drop, segment column'],
	ARRAY['INSERT INTO b_none (customer_id, score, answered_at, segment) SELECT customer_id, score, answered_at, segment FROM b_src',
	      'INSERT INTO b_seg (customer_id, score, answered_at, segment) SELECT customer_id, score, answered_at, segment FROM b_src',
	      'INSERT INTO b_seg_col (customer_id, score, answered_at, segment) SELECT customer_id, score, answered_at, segment FROM b_src'],
	$runs)"
