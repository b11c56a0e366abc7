#!/usr/bin/env bash
# bench/alerts.sh: what an alert trigger costs the customer's INSERT, and how
# soon a listener hears of the alert.  Three parts, CX_BENCH_ALERTS_PARTS
# (default "single latency bulk"; "all" is the same) picks some of them.
#
# single: single-row INSERT throughput (pgbench, one transaction per
# answer, synchronous_commit=off as set by scripts/bench) into a 0-10 survey
# table with
#   none     no trigger
#   cx       the cx_metrics score alert (cx_alert_attach(..., 'nps', ...)),
#            "delivery": "notify" (the default): cooldown check under an
#            advisory lock, durable row, NOTIFY in the customer's transaction
#   cx_deferred  the same with "delivery": "deferred": the row is written in
#            the customer's transaction, a background worker sends the
#            NOTIFY after the commit (needs shared_preload_libraries =
#            'cx_metrics', which scripts/bench sets).  A build whose
#            cx_alert_attach() does not know "delivery" yet gets the notify
#            trigger here, and the benchmark says so.  Its customers are
#            others than cx's (ids from 100,000,001), so that neither folds
#            into the other's open alerts whatever the scope (1.1: per kind
#            and subject, whatever the table).
#   plpgsql  the equivalent PL/pgSQL trigger: IF score <= 6 THEN INSERT the
#            same alert row as cx (a table of cx_alert's shape, the same
#            columns and details, its primary key); PERFORM pg_notify(...)
#            with the same payload (no cooldown: no lock, no probe, no
#            second index)
#   plpgsql_min  the minimal PL/pgSQL trigger a DBA might write: a smaller
#            row (8 columns, details with the score and the time only)
#   c_notify, c_row  the floor: a benchmark-only C trigger (bench/floor/,
#            built here, never installed in the system) doing the least any
#            alert trigger can do: c_notify only sends the NOTIFY (no row);
#            c_row inserts a 4-column row with its primary key directly and
#            sends the NOTIFY (no cooldown, no details, no second index)
# Runs are interleaved (none, cx, cx_deferred, plpgsql, ..., none, ...) so
# all see the same load; prints the median TPS of CX_BENCH_RUNS runs and
# each one's ratio to "none", the share of throughput each trigger loses
# (1 - tps / tps of none), and the ratios of losses of issue #11:
# cx_deferred / plpgsql_min (target <= 0.5) and cx / plpgsql (no worse than
# 0.46-0.77).  After each cx_deferred run, a drain barrier (bench/latency/,
# -q) raises one more alert and waits for its NOTIFY: the worker's backlog
# is cleared before the next trigger's run starts (it would take CPU from
# it), and the time it took is reported.
# Then the same single-row INSERT + COMMIT run CX_BENCH_LOOP times in a
# procedure inside the server (no client, no protocol, no parsing): the
# microseconds each trigger adds to a statement, without pgbench's CPU.
# Two customer populations: 1,000,000 customers (almost every detractor
# answer is a new alert) and 1,000 customers (repeat detractors inside the
# cooldown are folded into the open alert).
#
# latency: bench/latency/ raises CX_BENCH_LATENCY_ALERTS (default 1,000)
# alerts per delivery, notify and deferred interleaved, each a detractor
# answer of a new customer committed alone, and prints the median and 99th
# percentile of the delay from the writer's COMMIT returning to the
# listener's receipt of that alert's NOTIFY (negative: it arrived first).
#
# bulk: a 100,000-row INSERT ... SELECT with and without the segment_drop
# trigger (C, statement level), the segment a column of the answers or
# looked up in a customers table ("via"), and the ratio of each to the load
# without trigger (target <= 1.3); the same in a database with
# cx_metrics VERSION '1.0' (its PL/pgSQL statement trigger); and what the
# statement trigger adds to a single-row INSERT + COMMIT (CX_BENCH_STMT_LOOP
# of them in a procedure) in both.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
runs=${CX_BENCH_RUNS:-5}
secs=${CX_BENCH_SECONDS:-5}
clients=${CX_BENCH_CLIENTS:-2}
parts=${CX_BENCH_ALERTS_PARTS:-all}
[ "$parts" != all ] || parts="single latency bulk"
for p in $parts; do
	case "$p" in
	single | latency | bulk) ;;
	*) cx_die "CX_BENCH_ALERTS_PARTS: unknown part \"$p\" (parts: single latency bulk)" ;;
	esac
done
has_part() { case " $parts " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
PGBENCH="$CX_PGBIN/pgbench"

# Median of the values of each key ("key value" lines) in awk: median(key);
# rat(a, b): a / b, or n/a when b (a reference trigger's loss) is not positive.
AWK_MEDIAN='
	function median(t,   i, j, x, a, m) {
		m = cnt[t]; for (i = 1; i <= m; i++) a[i] = val[t, i]
		for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
		return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
	}
	function rat(a, b) { return (b > 0) ? sprintf("%.2f", a / b) : "n/a (the reference lost nothing in this run: noise)" }'

# bench/latency/latency: the listener client of the latency part and of the
# drain barrier, built with the server's libpq into the work directory
if has_part single || has_part latency; then
	lat_build="$CX_WORK/latency"
	mkdir -p "$lat_build"
	cp "$CX_ROOT/bench/latency/Makefile" "$CX_ROOT/bench/latency/latency.c" "$lat_build/"
	make -C "$lat_build" -s PG_CONFIG="$PG_CONFIG" >/dev/null
	chmod -R a+rX "$lat_build"
	LATENCY="$lat_build/latency"
fi

# cx_bench_attach_deferred(table, config): cx_alert_attach(table, 'nps',
# config + "delivery": "deferred"); with a build that does not know
# "delivery" yet, the same without it (a notify trigger).  Returns what the
# table got: deferred, or notify and why.
cx_psql -q <<'SQL'
CREATE OR REPLACE FUNCTION cx_bench_attach_deferred(tbl regclass, config jsonb) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	got text;
BEGIN
	BEGIN
		PERFORM cx_alert_attach(tbl, 'nps', config || '{"delivery": "deferred"}');
	EXCEPTION WHEN invalid_parameter_value THEN
		IF SQLERRM NOT LIKE 'unknown setting "delivery"%' THEN
			RAISE;
		END IF;
		PERFORM cx_alert_attach(tbl, 'nps', config);
		RETURN 'notify (this build does not know "delivery": measured as a second notify trigger)';
	END;
	SELECT c.config ->> 'delivery' INTO got FROM cx_alert_config c WHERE c.table_name = tbl AND c.kind = 'nps';
	RETURN coalesce(got, '(not in cx_alert_config.config)');
END $$;
-- the drain barrier's customers: new ones every time, in any subshell
CREATE SEQUENCE IF NOT EXISTS cx_bench_drain_customer START 900000001;
SQL

# Background workers other than PostgreSQL's own (the deferred delivery's).
other_workers() {
	cx_psql -At -c "SELECT coalesce(string_agg(DISTINCT backend_type, ', '), 'none')
		FROM pg_stat_activity WHERE backend_type NOT IN ('client backend', 'autovacuum launcher',
		'autovacuum worker', 'logical replication launcher', 'background writer', 'checkpointer',
		'walwriter', 'archiver', 'startup', 'walsender', 'walreceiver', 'parallel worker')"
}

# drain_barrier TABLE: one more deferred alert in TABLE (a new customer each
# time), waiting up to CX_BENCH_DRAIN_TIMEOUT s for its NOTIFY; prints
# "drain MS", or "drain miss" when it did not come.
drain_barrier() {
	local ms cust
	cust=$(cx_psql -At -c "SELECT nextval('cx_bench_drain_customer')")
	if ms=$(cx_as_server "$LATENCY" -q -t "${CX_BENCH_DRAIN_TIMEOUT:-60}" -b "$cust" "$1"); then
		echo "drain $ms"
	else
		echo "drain miss"
	fi
}

if has_part single; then
[ -x "$PGBENCH" ] || cx_die "pgbench not found at $PGBENCH"

# the floor module, into the benchmark's private installation
floor_build="$CX_WORK/floor"
mkdir -p "$floor_build"
cp "$CX_ROOT/bench/floor/Makefile" "$CX_ROOT/bench/floor/cx_bench_floor.c" "$floor_build/"
make -C "$floor_build" -s PG_CONFIG="$PG_CONFIG" >/dev/null
make -C "$floor_build" -s PG_CONFIG="$PG_CONFIG" install DESTDIR="$CX_WORK/install" >/dev/null

cx_psql -q -v client_min_messages=warning >/dev/null <<'SQL'
SET client_min_messages = warning;
DROP TABLE IF EXISTS s_none, s_cx, s_cx_deferred, s_plpgsql, s_plpgsql_min, s_c_notify, s_c_row,
	plpgsql_alerts, plpgsql_min_alerts, c_row_alerts;
CREATE TABLE s_none (response_id bigserial PRIMARY KEY, customer_id int NOT NULL,
                     score smallint, answered_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE s_cx (LIKE s_none INCLUDING ALL);
CREATE TABLE s_cx_deferred (LIKE s_none INCLUDING ALL);
CREATE TABLE s_plpgsql (LIKE s_none INCLUDING ALL);
CREATE TABLE s_plpgsql_min (LIKE s_none INCLUDING ALL);
SELECT FROM cx_alert_attach('s_cx', 'nps', '{"subject": "customer_id", "at": "answered_at"}');
-- cx_alert's shape (columns, defaults, checks, primary key) and the same
-- values, details and payload as the cx trigger: a like-for-like write
CREATE TABLE plpgsql_alerts (
	id bigserial PRIMARY KEY, kind text NOT NULL,
	severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
	source_table text NOT NULL, source_key text, subject text,
	details jsonb NOT NULL DEFAULT '{}', channel text, config_id int4,
	created_at timestamptz NOT NULL DEFAULT now(), occurrences int4 NOT NULL DEFAULT 1,
	last_seen_at timestamptz NOT NULL DEFAULT now(), acknowledged_at timestamptz,
	acknowledged_by name, ack_note text, resolved_at timestamptz, resolved_by name,
	resolution_note text, CHECK (acknowledged_at IS NOT NULL OR resolved_at IS NULL));
CREATE FUNCTION plpgsql_alert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	alert_id bigint;
	sev text;
	src text := format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
BEGIN
	IF NEW.score <= 6 THEN
		sev := CASE WHEN NEW.score <= 3 THEN 'high' ELSE 'medium' END;
		INSERT INTO plpgsql_alerts (kind, severity, source_table, source_key, subject, details,
		                            channel, config_id)
		VALUES ('nps_detractor', sev, src, NEW.response_id::text, NEW.customer_id::text,
		        jsonb_build_object('score', NEW.score, 'threshold', 6, 'score_column', 'score',
		                           'table', src, 'key', NEW.response_id::text,
		                           'at', NEW.answered_at::text),
		        'cx_alerts', 1)
		RETURNING id INTO alert_id;
		PERFORM pg_notify('cx_alerts', json_build_object('id', alert_id, 'kind', 'nps_detractor',
		        'severity', sev, 'source', src, 'key', NEW.response_id::text,
		        'subject', NEW.customer_id::text)::text);
	END IF;
	RETURN NULL;
END $$;
CREATE TRIGGER plpgsql_alert AFTER INSERT OR UPDATE OF score ON s_plpgsql
	FOR EACH ROW EXECUTE FUNCTION plpgsql_alert();
-- the minimal version: a smaller row
CREATE TABLE plpgsql_min_alerts (
	id bigserial PRIMARY KEY, kind text NOT NULL, severity text NOT NULL,
	source_table text NOT NULL, source_key text, subject text,
	details jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION plpgsql_min_alert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	alert_id bigint;
BEGIN
	IF NEW.score <= 6 THEN
		INSERT INTO plpgsql_min_alerts (kind, severity, source_table, source_key, subject, details)
		VALUES ('nps_detractor', CASE WHEN NEW.score <= 3 THEN 'high' ELSE 'medium' END,
		        TG_TABLE_NAME, NEW.response_id::text, NEW.customer_id::text,
		        jsonb_build_object('score', NEW.score, 'at', NEW.answered_at))
		RETURNING id INTO alert_id;
		PERFORM pg_notify('cx_alerts', json_build_object('id', alert_id, 'kind', 'nps_detractor',
		        'source', TG_TABLE_NAME, 'key', NEW.response_id, 'subject', NEW.customer_id)::text);
	END IF;
	RETURN NULL;
END $$;
CREATE TRIGGER plpgsql_min_alert AFTER INSERT OR UPDATE OF score ON s_plpgsql_min
	FOR EACH ROW EXECUTE FUNCTION plpgsql_min_alert();
-- the floor (bench/floor/cx_bench_floor.c)
CREATE TABLE s_c_notify (LIKE s_none INCLUDING ALL);
CREATE TABLE s_c_row (LIKE s_none INCLUDING ALL);
CREATE TABLE c_row_alerts (id bigint PRIMARY KEY, kind text NOT NULL, subject int,
                           created_at timestamptz NOT NULL);
CREATE SEQUENCE c_row_alerts_seq;
CREATE OR REPLACE FUNCTION cx_bench_floor_trigger() RETURNS trigger
	LANGUAGE C AS '$libdir/cx_bench_floor', 'cx_bench_floor_trigger';
DO $$
BEGIN
	EXECUTE format('CREATE TRIGGER c_notify AFTER INSERT OR UPDATE OF score ON s_c_notify '
	               'FOR EACH ROW EXECUTE FUNCTION cx_bench_floor_trigger(%L)', 'notify');
	EXECUTE format('CREATE TRIGGER c_row AFTER INSERT OR UPDATE OF score ON s_c_row '
	               'FOR EACH ROW EXECUTE FUNCTION cx_bench_floor_trigger(%L, %L, %L, %L)', 'row',
	               'c_row_alerts'::regclass::oid, 'c_row_alerts_seq'::regclass::oid,
	               'c_row_alerts_pkey'::regclass::oid);
END
$$;
-- the same single-row transactions, run inside the server (no client, no
-- protocol, no parsing): what each trigger adds to one INSERT + COMMIT
-- (cx_deferred's customers from 100,000,001: see the header)
DO $do$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['none', 'cx', 'cx_deferred', 'plpgsql', 'plpgsql_min', 'c_notify', 'c_row'] LOOP
		EXECUTE format($p$
			CREATE PROCEDURE loop_%1$s(n int, ncust int) LANGUAGE plpgsql AS $b$
			BEGIN
				FOR i IN 1 .. n LOOP
					INSERT INTO s_%1$s (customer_id, score)
					VALUES (%2$s + floor(random() * ncust)::int, floor(random() * 11)::smallint);
					COMMIT;
				END LOOP;
			END $b$ $p$, t, CASE t WHEN 'cx_deferred' THEN 100000001 ELSE 1 END);
	END LOOP;
END
$do$;
SQL

echo "cx_deferred: delivery $(cx_psql -At -c "SELECT cx_bench_attach_deferred('s_cx_deferred', '{\"subject\": \"customer_id\", \"at\": \"answered_at\"}')")"
echo "background workers besides PostgreSQL's: $(other_workers)"

trigs="none cx cx_deferred plpgsql plpgsql_min c_notify c_row"
work=$(mktemp -d)
chmod 755 "$work"
for ncust in 1000000 1000; do
	for t in $trigs; do
		first=1
		[ "$t" != cx_deferred ] || first=100000001
		printf '\\set c %d + random(0, %d)\n\\set s random(0, 10)\nINSERT INTO s_%s (customer_id, score) VALUES (:c, :s);\n' \
			"$first" $((ncust - 1)) "$t" >"$work/$t.sql"
	done
	chmod 644 "$work"/*.sql
	: >"$work/tps"
	for r in $(seq 1 "$runs"); do
		for t in $trigs; do
			tps=$(cx_as_server "$PGBENCH" -n -c "$clients" -j "$clients" -T "$secs" -f "$work/$t.sql" 2>/dev/null |
				sed -n 's/^tps = \([0-9.]*\).*/\1/p')
			echo "$t $tps" >>"$work/tps"
			[ "$t" != cx_deferred ] || drain_barrier s_cx_deferred >>"$work/tps"
		done
	done
	echo
	echo "single-row INSERT, $clients clients, $secs s x $runs runs, $ncust customers (random 0-10 answers):"
	awk -v trigs="$trigs" -v secs="$secs" "$AWK_MEDIAN"'
		$1 == "drain" && $2 == "miss" { missed++; next }
		{ val[$1, ++cnt[$1]] = $2 }
		function loss(t) { return 1 - median(t) / base }
		END {
			base = median("none")
			printf "  %-12s %12s %10s %16s\n", "trigger", "median tps", "ratio", "throughput lost"
			n = split(trigs, order, " ")
			for (i = 1; i <= n; i++) {
				t = order[i]; m = median(t)
				printf "  %-12s %12.0f %10.3f %15.1f%%\n", t, m, m / base, 100 * loss(t)
			}
			lp = loss("plpgsql"); lm = loss("plpgsql_min")
			printf "  cx_deferred loses %s of what plpgsql_min loses (issue #11: at most 0.5)\n", rat(loss("cx_deferred"), lm)
			printf "  cx (notify) loses %s of what plpgsql loses (issue #11: no worse than 0.46-0.77)\n", rat(loss("cx"), lp)
			printf "  cx loses %s of what plpgsql_min loses\n", rat(loss("cx"), lm)
			printf "  cx_deferred loses %s of what plpgsql loses\n", rat(loss("cx_deferred"), lp)
			printf "  the floor: c_notify loses %s and c_row %s of what plpgsql_min loses\n", rat(loss("c_notify"), lm), rat(loss("c_row"), lm)
			if (cnt["drain"] + missed > 0) {
				# the run plus the time its backlog took: the rate the worker sustains
				d = (cnt["drain"] > 0) ? median("drain") : 0
				s = median("cx_deferred") * secs / (secs + d / 1000)
				printf "  cx_deferred: the worker cleared what a run left in %.1f ms (median of %d runs, %d missed);\n", d, cnt["drain"], missed
				printf "    counting that time, %.0f tps: it loses %s of what plpgsql_min loses\n", s, rat(1 - s / base, lm)
			}
		}' "$work/tps"
	cx_psql -q -At -c "SELECT format('  alerts: cx %s rows (%s events folded by the cooldown), cx_deferred %s rows (%s folded), plpgsql %s rows',
		(SELECT count(*) FROM cx_alert WHERE source_table = 'public.s_cx'),
		(SELECT sum(occurrences) - count(*) FROM cx_alert WHERE source_table = 'public.s_cx'),
		(SELECT count(*) FROM cx_alert WHERE source_table = 'public.s_cx_deferred'),
		(SELECT sum(occurrences) - count(*) FROM cx_alert WHERE source_table = 'public.s_cx_deferred'),
		(SELECT count(*) FROM plpgsql_alerts))"
	# server side: n single-row INSERT + COMMIT in a procedure, interleaved
	nloop=${CX_BENCH_LOOP:-20000}
	for r in $(seq 1 "$runs"); do
		for t in $trigs; do
			cx_psql -q -c '\timing on' -c "CALL loop_$t($nloop, $ncust)" |
				sed -n "s/^Time: \([0-9.]*\) ms.*/$t \1/p"
			[ "$t" != cx_deferred ] || drain_barrier s_cx_deferred
		done
	done | awk -v n="$nloop" -v runs="$runs" -v trigs="$trigs" "$AWK_MEDIAN"'
		$1 == "drain" && $2 == "miss" { missed++; next }
		$1 == "drain" { val[$1, ++cnt[$1]] = $2; next }
		{ val[$1, ++cnt[$1]] = $2 * 1000 / n }
		function added(t) { return median(t) - base }
		END {
			printf "  server side, %d single-row INSERT + COMMIT in a procedure x %d runs (median us per statement):\n", n, runs
			base = median("none")
			k = split(trigs, order, " ")
			for (i = 1; i <= k; i++) {
				t = order[i]; m = median(t)
				printf "  %-12s %8.2f us %+8.2f us\n", t, m, m - base
			}
			ap = added("plpgsql"); am = added("plpgsql_min")
			printf "  cx_deferred adds %s of what plpgsql_min adds\n", rat(added("cx_deferred"), am)
			printf "  cx adds %s of what plpgsql adds\n", rat(added("cx"), ap)
			printf "  cx adds %s of what plpgsql_min adds\n", rat(added("cx"), am)
			printf "  the floor: c_notify adds %s and c_row %s of what plpgsql_min adds\n", rat(added("c_notify"), am), rat(added("c_row"), am)
			if (cnt["drain"] + missed > 0)
				printf "  cx_deferred: the worker cleared what a loop left in %.1f ms (median of %d, %d missed)\n", (cnt["drain"] > 0) ? median("drain") : 0, cnt["drain"], missed
		}'
	cx_psql -q -c "TRUNCATE s_none, s_cx, s_cx_deferred, s_plpgsql, s_plpgsql_min, s_c_notify, s_c_row, plpgsql_alerts, plpgsql_min_alerts, c_row_alerts; DELETE FROM cx_alert"
done
rm -rf "$work"
fi

# ---- latency: from COMMIT to the listener's receipt, notify and deferred ----
if has_part latency; then
cx_psql -q >/dev/null <<'SQL'
SET client_min_messages = warning;
DROP TABLE IF EXISTS lat_notify, lat_deferred;
CREATE TABLE lat_notify (response_id bigserial PRIMARY KEY, customer_id int NOT NULL,
                         score smallint, answered_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE lat_deferred (LIKE lat_notify INCLUDING ALL);
SELECT FROM cx_alert_attach('lat_notify', 'nps', '{"subject": "customer_id", "at": "answered_at"}');
SQL
nlat=${CX_BENCH_LATENCY_ALERTS:-1000}
echo
echo "latency: lat_deferred's delivery $(cx_psql -At -c "SELECT cx_bench_attach_deferred('lat_deferred', '{\"subject\": \"customer_id\", \"at\": \"answered_at\"}')")"
echo "delay from COMMIT returning to the listener's receipt of the alert, $nlat alerts each (one per"
echo "transaction, notify and deferred interleaved, after 20 not counted; negative: received first):"
cx_as_server "$LATENCY" -n "$nlat" -t "${CX_BENCH_LATENCY_TIMEOUT:-5}" lat_notify=notify lat_deferred=deferred
fi

# ---- bulk load: 100,000-row INSERT ... SELECT with the segment_drop trigger --
# In this database (the C statement trigger of 1.1) and, for comparison, in
# a database with cx_metrics VERSION '1.0' (its PL/pgSQL statement trigger).
if has_part bulk; then
v10=cx_bench_v10
cur_ver=$(cx_psql -At -c "SELECT extversion FROM pg_extension WHERE extname = 'cx_metrics'")
cx_psql -q -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $v10" -c "CREATE DATABASE $v10" >/dev/null
PGDATABASE=$v10 cx_psql -q -c "SET client_min_messages = warning" -c "CREATE EXTENSION cx_metrics VERSION '1.0'" \
	-f "$CX_BENCH/lib.sql" >/dev/null
for db in "$PGDATABASE" "$v10"; do
PGDATABASE=$db cx_psql -q >/dev/null <<'SQL'
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
-- single-row INSERTs + COMMIT, inside the server: what the statement trigger adds to each
CREATE PROCEDURE b_loop(t text, n int) LANGUAGE plpgsql AS $b$
BEGIN
	FOR i IN 1 .. n LOOP
		EXECUTE format('INSERT INTO %I (customer_id, score, answered_at, segment) '
		               'SELECT customer_id, score, now(), segment FROM b_src WHERE customer_id = $1', t)
		USING 1 + (i * 7919) % 100000;
		COMMIT;
	END LOOP;
END $b$;
CREATE INDEX ON b_src (customer_id);
ANALYZE;
SQL
done
bulk='SELECT * FROM cx_bench_report(
	ARRAY['"'"'no trigger'"'"', '"'"'segment_drop, segment from customers'"'"', '"'"'segment_drop, segment column'"'"'],
	ARRAY['"'"'INSERT INTO b_none (customer_id, score, answered_at, segment) SELECT customer_id, score, answered_at, segment FROM b_src'"'"',
	      '"'"'INSERT INTO b_seg (customer_id, score, answered_at, segment) SELECT customer_id, score, answered_at, segment FROM b_src'"'"',
	      '"'"'INSERT INTO b_seg_col (customer_id, score, answered_at, segment) SELECT customer_id, score, answered_at, segment FROM b_src'"'"'],
	'"$runs"')'
# bulk_report DB VERSION [target]: cx_bench_report's table; with "target",
# each load's ratio to the load without a trigger against issue #11's target
bulk_report() {
	PGDATABASE=$1 cx_psql -q -At -F '|' -c "$bulk" | awk -F '|' -v ver="$2" -v target="${3:-}" '
		BEGIN { printf " %-36s | %9s | %s\n", "query", "median_ms", "ratio_to_first" }
		{ printf " %-36s | %9.1f | %14.3f\n", $1, $2, $3; if (NR > 1 && target != "") line[++n] = sprintf("  %s %s: %.3fx the load without a trigger (target <= 1.3)", ver, $1, $3) }
		END { for (i = 1; i <= n; i++) print line[i] }'
}
echo
echo "bulk INSERT ... SELECT of 100,000 answers (medians of $runs runs; each run appends 100,000 rows):"
bulk_report "$PGDATABASE" "$cur_ver" target
# the triggers did their work: every answer of every run is in a rollup
cx_psql -q -At -c "SELECT format('  rollup: %s answers (%s rows) for %s answers in b_seg, %s answers (%s rows) for %s in b_seg_col',
	(SELECT sum(nps_responses(r.state)) FROM cx_alert_segment_rollup r JOIN cx_alert_config c USING (config_id) WHERE c.table_name = 'b_seg'::regclass),
	(SELECT count(*) FROM cx_alert_segment_rollup r JOIN cx_alert_config c USING (config_id) WHERE c.table_name = 'b_seg'::regclass),
	(SELECT count(*) FROM b_seg),
	(SELECT sum(nps_responses(r.state)) FROM cx_alert_segment_rollup r JOIN cx_alert_config c USING (config_id) WHERE c.table_name = 'b_seg_col'::regclass),
	(SELECT count(*) FROM cx_alert_segment_rollup r JOIN cx_alert_config c USING (config_id) WHERE c.table_name = 'b_seg_col'::regclass),
	(SELECT count(*) FROM b_seg_col))"
echo "the same with cx_metrics 1.0 (its PL/pgSQL statement trigger), same machine, just after:"
bulk_report "$v10" 1.0
# single-row INSERT + COMMIT: microseconds the statement trigger adds to each
nrow=${CX_BENCH_STMT_LOOP:-2000}
for r in $(seq 1 "$runs"); do
	for db in "$PGDATABASE" "$v10"; do
		for t in b_none b_seg b_seg_col; do
			PGDATABASE=$db cx_psql -q -c '\timing on' -c "CALL b_loop('$t', $nrow)" |
				sed -n "s/^Time: \([0-9.]*\) ms.*/$db $t \1/p"
		done
	done
done | awk -v n="$nrow" -v runs="$runs" -v cur="$PGDATABASE" -v curver="$cur_ver" '
	{ v[$1 " " $2, ++k[$1 " " $2]] = $3 * 1000 / n }
	function median(t,   i, j, x, a, m) {
		m = k[t]; for (i = 1; i <= m; i++) a[i] = v[t, i]
		for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
		return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
	}
	END {
		printf "single-row INSERT + COMMIT in a procedure, %d x %d runs (median us per statement):\n", n, runs
		printf "  %-10s %-38s %10s %10s\n", "version", "table", "us", "added"
		split(cur " cx_bench_v10", dbs, " "); split(curver " 1.0", ver, " ")
		split("b_none b_seg b_seg_col", ts, " ")
		split("no trigger|segment_drop, segment from customers|segment_drop, segment column", lab, "|")
		for (d = 1; d <= 2; d++) {
			base = median(dbs[d] " b_none")
			for (i = 1; i <= 3; i++) {
				m = median(dbs[d] " " ts[i])
				printf "  %-10s %-38s %10.1f %+10.1f\n", ver[d], lab[i], m, m - base
			}
		}
	}'
fi
