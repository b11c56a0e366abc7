-- bench/lib.sql: timing helpers loaded into the benchmark database by
-- scripts/bench (not part of the extension).
--
-- cx_bench(labels, queries, runs) runs every query once to warm the cache,
-- then runs them interleaved (q1, q2, ..., q1, q2, ...) `runs` times, so
-- that all of them see the same machine load, and returns each query's
-- median wall time in milliseconds.  Queries should return one row (wrap a
-- window query in an outer aggregate): rows returned are kept by SPI.

CREATE OR REPLACE FUNCTION cx_bench(labels text[], queries text[], runs int DEFAULT 5)
RETURNS TABLE (label text, median_ms float8, runs_ms float8[])
LANGUAGE plpgsql AS $$
DECLARE
	n int := array_length(queries, 1);
	times float8[] := array_fill(0::float8, ARRAY[n, runs]);
	t0 timestamptz;
	r int;
	i int;
BEGIN
	IF array_length(labels, 1) IS DISTINCT FROM n THEN
		RAISE EXCEPTION 'labels and queries differ in length';
	END IF;
	FOR i IN 1 .. n LOOP
		EXECUTE queries[i];
	END LOOP;
	FOR r IN 1 .. runs LOOP
		FOR i IN 1 .. n LOOP
			t0 := clock_timestamp();
			EXECUTE queries[i];
			times[i][r] := extract(epoch FROM clock_timestamp() - t0) * 1000.0;
		END LOOP;
	END LOOP;
	FOR i IN 1 .. n LOOP
		label := labels[i];
		SELECT array_agg(x ORDER BY x) INTO runs_ms FROM unnest(times[i:i][1:runs]) AS x;
		median_ms := (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(runs_ms) AS x);
		RETURN NEXT;
	END LOOP;
END;
$$;

-- cx_bench_report(labels, queries, runs): the same, printed as a table with
-- each median's ratio to the first query's median.
CREATE OR REPLACE FUNCTION cx_bench_report(labels text[], queries text[], runs int DEFAULT 5)
RETURNS TABLE (query text, median_ms numeric, ratio_to_first numeric)
LANGUAGE sql AS $$
	WITH b AS (SELECT row_number() OVER () AS i, * FROM cx_bench(labels, queries, runs))
	SELECT b.label, round(b.median_ms::numeric, 1),
	       round((b.median_ms / (SELECT median_ms FROM b WHERE i = 1))::numeric, 3)
	FROM b ORDER BY b.i;
$$;
