-- CSAT and CES: storable states, aggregates (parallel and moving-window
-- support) and accessors.  C code in src/survey.c, figures in
-- src/core/survey.c.

-- ---- types ----------------------------------------------------------------

CREATE TYPE @extschema@.csat_state;

CREATE FUNCTION @extschema@.csat_state_in(pg_catalog.cstring) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_state_out(@extschema@.csat_state) RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'csat_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_state_recv(pg_catalog.internal) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_state_send(@extschema@.csat_state) RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'csat_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- PLAIN storage: never compressed nor short-headed, so read in place.
CREATE TYPE @extschema@.csat_state (
	INPUT = @extschema@.csat_state_in,
	OUTPUT = @extschema@.csat_state_out,
	RECEIVE = @extschema@.csat_state_recv,
	SEND = @extschema@.csat_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);

COMMENT ON TYPE @extschema@.csat_state IS 'Exact counts of CSAT answers on a 1 to scale_max scale (3 to 10), with the scale. Text form: {scale:5,1:2,4:7,5:10}.';
COMMENT ON FUNCTION @extschema@.csat_state_in(pg_catalog.cstring) IS 'Text input of csat_state (validates every count).';
COMMENT ON FUNCTION @extschema@.csat_state_out(@extschema@.csat_state) IS 'Text output of csat_state (non-zero counts in ascending answer order).';
COMMENT ON FUNCTION @extschema@.csat_state_recv(pg_catalog.internal) IS 'Binary input of csat_state (format version byte, then the counts; validated).';
COMMENT ON FUNCTION @extschema@.csat_state_send(@extschema@.csat_state) IS 'Binary output of csat_state (format version byte, then the counts).';

CREATE TYPE @extschema@.ces_state;

CREATE FUNCTION @extschema@.ces_state_in(pg_catalog.cstring) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_state_out(@extschema@.ces_state) RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'ces_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_state_recv(pg_catalog.internal) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_state_send(@extschema@.ces_state) RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'ces_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- PLAIN storage: never compressed nor short-headed, so read in place.
CREATE TYPE @extschema@.ces_state (
	INPUT = @extschema@.ces_state_in,
	OUTPUT = @extschema@.ces_state_out,
	RECEIVE = @extschema@.ces_state_recv,
	SEND = @extschema@.ces_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);

COMMENT ON TYPE @extschema@.ces_state IS 'Exact counts of CES answers on the 1-7 "the company made it easy" scale. Text form: {1:3,5:2,7:10}.';
COMMENT ON FUNCTION @extschema@.ces_state_in(pg_catalog.cstring) IS 'Text input of ces_state (validates every count).';
COMMENT ON FUNCTION @extschema@.ces_state_out(@extschema@.ces_state) IS 'Text output of ces_state (non-zero counts in ascending answer order).';
COMMENT ON FUNCTION @extschema@.ces_state_recv(pg_catalog.internal) IS 'Binary input of ces_state (format version byte, then the counts; validated).';
COMMENT ON FUNCTION @extschema@.ces_state_send(@extschema@.ces_state) IS 'Binary output of ces_state (format version byte, then the counts).';

CREATE TYPE @extschema@.csat_summary_result AS (
	scale pg_catalog.int4,
	responses pg_catalog.int8,
	satisfied pg_catalog.int8,
	csat pg_catalog.float8,
	mean pg_catalog.float8,
	stderr pg_catalog.float8,
	ci_lower pg_catalog.float8,
	ci_upper pg_catalog.float8
);
COMMENT ON TYPE @extschema@.csat_summary_result IS
'Result of csat_summary: scale, responses, satisfied (top two boxes), csat (%), mean rating, standard error of csat (percentage points), 95% Wilson interval (ci_lower, ci_upper, %).';

CREATE TYPE @extschema@.ces_summary_result AS (
	responses pg_catalog.int8,
	easy pg_catalog.int8,
	ces pg_catalog.float8,
	easy_pct pg_catalog.float8,
	stderr pg_catalog.float8,
	ci_lower pg_catalog.float8,
	ci_upper pg_catalog.float8
);
COMMENT ON TYPE @extschema@.ces_summary_result IS
'Result of ces_summary: responses, easy (answers 5-7), ces (mean effort 1-7), easy_pct (%), standard error of the mean, 95% Student t interval of the mean (ci_lower, ci_upper).';

-- ---- support functions ---------------------------------------------------

CREATE FUNCTION @extschema@.csat_trans_int2(@extschema@.csat_state, pg_catalog.int2) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_trans_int2(@extschema@.csat_state, pg_catalog.int2) IS 'Transition function of the csat aggregates: adds one answer (in place).';

CREATE FUNCTION @extschema@.csat_mtrans_int2(@extschema@.csat_state, pg_catalog.int2) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_mtrans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_mtrans_int2(@extschema@.csat_state, pg_catalog.int2) IS 'Moving-aggregate transition function of the csat aggregates (window frames): adds one answer; never returns NULL.';

CREATE FUNCTION @extschema@.csat_inv_int2(@extschema@.csat_state, pg_catalog.int2) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_inv_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_inv_int2(@extschema@.csat_state, pg_catalog.int2) IS 'Inverse transition function of the csat aggregates (moving window frames): removes one answer.';

CREATE FUNCTION @extschema@.csat_trans_int2_scale(@extschema@.csat_state, pg_catalog.int2, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_trans_int2_scale' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_trans_int2_scale(@extschema@.csat_state, pg_catalog.int2, pg_catalog.int4) IS 'Transition function of the csat aggregates: adds one answer (in place).';

CREATE FUNCTION @extschema@.csat_mtrans_int2_scale(@extschema@.csat_state, pg_catalog.int2, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_mtrans_int2_scale' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_mtrans_int2_scale(@extschema@.csat_state, pg_catalog.int2, pg_catalog.int4) IS 'Moving-aggregate transition function of the csat aggregates (window frames): adds one answer; never returns NULL.';

CREATE FUNCTION @extschema@.csat_inv_int2_scale(@extschema@.csat_state, pg_catalog.int2, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_inv_int2_scale' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_inv_int2_scale(@extschema@.csat_state, pg_catalog.int2, pg_catalog.int4) IS 'Inverse transition function of the csat aggregates (moving window frames): removes one answer.';

CREATE FUNCTION @extschema@.csat_trans_int4(@extschema@.csat_state, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_trans_int4(@extschema@.csat_state, pg_catalog.int4) IS 'Transition function of the csat aggregates: adds one answer (in place).';

CREATE FUNCTION @extschema@.csat_mtrans_int4(@extschema@.csat_state, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_mtrans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_mtrans_int4(@extschema@.csat_state, pg_catalog.int4) IS 'Moving-aggregate transition function of the csat aggregates (window frames): adds one answer; never returns NULL.';

CREATE FUNCTION @extschema@.csat_inv_int4(@extschema@.csat_state, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_inv_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_inv_int4(@extschema@.csat_state, pg_catalog.int4) IS 'Inverse transition function of the csat aggregates (moving window frames): removes one answer.';

CREATE FUNCTION @extschema@.csat_trans_int4_scale(@extschema@.csat_state, pg_catalog.int4, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_trans_int4_scale' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_trans_int4_scale(@extschema@.csat_state, pg_catalog.int4, pg_catalog.int4) IS 'Transition function of the csat aggregates: adds one answer (in place).';

CREATE FUNCTION @extschema@.csat_mtrans_int4_scale(@extschema@.csat_state, pg_catalog.int4, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_mtrans_int4_scale' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_mtrans_int4_scale(@extschema@.csat_state, pg_catalog.int4, pg_catalog.int4) IS 'Moving-aggregate transition function of the csat aggregates (window frames): adds one answer; never returns NULL.';

CREATE FUNCTION @extschema@.csat_inv_int4_scale(@extschema@.csat_state, pg_catalog.int4, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_inv_int4_scale' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_inv_int4_scale(@extschema@.csat_state, pg_catalog.int4, pg_catalog.int4) IS 'Inverse transition function of the csat aggregates (moving window frames): removes one answer.';

CREATE FUNCTION @extschema@.csat_trans_int8(@extschema@.csat_state, pg_catalog.int8) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_trans_int8(@extschema@.csat_state, pg_catalog.int8) IS 'Transition function of the csat aggregates: adds one answer (in place).';

CREATE FUNCTION @extschema@.csat_mtrans_int8(@extschema@.csat_state, pg_catalog.int8) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_mtrans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_mtrans_int8(@extschema@.csat_state, pg_catalog.int8) IS 'Moving-aggregate transition function of the csat aggregates (window frames): adds one answer; never returns NULL.';

CREATE FUNCTION @extschema@.csat_inv_int8(@extschema@.csat_state, pg_catalog.int8) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_inv_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_inv_int8(@extschema@.csat_state, pg_catalog.int8) IS 'Inverse transition function of the csat aggregates (moving window frames): removes one answer.';

CREATE FUNCTION @extschema@.csat_trans_int8_scale(@extschema@.csat_state, pg_catalog.int8, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_trans_int8_scale' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_trans_int8_scale(@extschema@.csat_state, pg_catalog.int8, pg_catalog.int4) IS 'Transition function of the csat aggregates: adds one answer (in place).';

CREATE FUNCTION @extschema@.csat_mtrans_int8_scale(@extschema@.csat_state, pg_catalog.int8, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_mtrans_int8_scale' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_mtrans_int8_scale(@extschema@.csat_state, pg_catalog.int8, pg_catalog.int4) IS 'Moving-aggregate transition function of the csat aggregates (window frames): adds one answer; never returns NULL.';

CREATE FUNCTION @extschema@.csat_inv_int8_scale(@extschema@.csat_state, pg_catalog.int8, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_inv_int8_scale' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_inv_int8_scale(@extschema@.csat_state, pg_catalog.int8, pg_catalog.int4) IS 'Inverse transition function of the csat aggregates (moving window frames): removes one answer.';

CREATE FUNCTION @extschema@.csat_trans_numeric(@extschema@.csat_state, pg_catalog.numeric) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_trans_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_trans_numeric(@extschema@.csat_state, pg_catalog.numeric) IS 'Transition function of the csat aggregates: adds one answer (in place).';

CREATE FUNCTION @extschema@.csat_mtrans_numeric(@extschema@.csat_state, pg_catalog.numeric) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_mtrans_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_mtrans_numeric(@extschema@.csat_state, pg_catalog.numeric) IS 'Moving-aggregate transition function of the csat aggregates (window frames): adds one answer; never returns NULL.';

CREATE FUNCTION @extschema@.csat_inv_numeric(@extschema@.csat_state, pg_catalog.numeric) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_inv_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_inv_numeric(@extschema@.csat_state, pg_catalog.numeric) IS 'Inverse transition function of the csat aggregates (moving window frames): removes one answer.';

CREATE FUNCTION @extschema@.csat_trans_numeric_scale(@extschema@.csat_state, pg_catalog.numeric, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_trans_numeric_scale' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_trans_numeric_scale(@extschema@.csat_state, pg_catalog.numeric, pg_catalog.int4) IS 'Transition function of the csat aggregates: adds one answer (in place).';

CREATE FUNCTION @extschema@.csat_mtrans_numeric_scale(@extschema@.csat_state, pg_catalog.numeric, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_mtrans_numeric_scale' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_mtrans_numeric_scale(@extschema@.csat_state, pg_catalog.numeric, pg_catalog.int4) IS 'Moving-aggregate transition function of the csat aggregates (window frames): adds one answer; never returns NULL.';

CREATE FUNCTION @extschema@.csat_inv_numeric_scale(@extschema@.csat_state, pg_catalog.numeric, pg_catalog.int4) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_inv_numeric_scale' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_inv_numeric_scale(@extschema@.csat_state, pg_catalog.numeric, pg_catalog.int4) IS 'Inverse transition function of the csat aggregates (moving window frames): removes one answer.';

CREATE FUNCTION @extschema@.csat_combine(@extschema@.csat_state, @extschema@.csat_state) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_combine(@extschema@.csat_state, @extschema@.csat_state) IS 'Adds the counts of two csat_state values (combine function of the csat aggregates, transition function of csat_rollup).';
CREATE FUNCTION @extschema@.csat_rollup_mtrans(@extschema@.csat_state, @extschema@.csat_state) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_rollup_mtrans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_rollup_mtrans(@extschema@.csat_state, @extschema@.csat_state) IS 'Moving-aggregate transition function of csat_rollup (window frames): adds a state; never returns NULL.';
CREATE FUNCTION @extschema@.csat_rollup_inv(@extschema@.csat_state, @extschema@.csat_state) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_rollup_inv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_rollup_inv(@extschema@.csat_state, @extschema@.csat_state) IS 'Inverse transition function of csat_rollup (moving window frames): subtracts a state.';
CREATE FUNCTION @extschema@.csat_agg_final(@extschema@.csat_state) RETURNS @extschema@.csat_state
AS 'MODULE_PATHNAME', 'csat_agg_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_agg_final(@extschema@.csat_state) IS 'Final function of csat_agg and csat_rollup: the state, or NULL when there are no answers.';
CREATE FUNCTION @extschema@.csat_final(@extschema@.csat_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'csat_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_final(@extschema@.csat_state) IS 'Final function of the csat aggregate: the CSAT percentage, NULL when there are no answers.';
CREATE FUNCTION @extschema@.csat_summary_final(@extschema@.csat_state) RETURNS @extschema@.csat_summary_result
AS 'MODULE_PATHNAME', 'csat_summary_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_summary_final(@extschema@.csat_state) IS 'Final function of csat_summary.';

CREATE FUNCTION @extschema@.ces_trans_int2(@extschema@.ces_state, pg_catalog.int2) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_trans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_trans_int2(@extschema@.ces_state, pg_catalog.int2) IS 'Transition function of the ces aggregates: adds one answer (in place).';

CREATE FUNCTION @extschema@.ces_mtrans_int2(@extschema@.ces_state, pg_catalog.int2) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_mtrans_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_mtrans_int2(@extschema@.ces_state, pg_catalog.int2) IS 'Moving-aggregate transition function of the ces aggregates (window frames): adds one answer; never returns NULL.';

CREATE FUNCTION @extschema@.ces_inv_int2(@extschema@.ces_state, pg_catalog.int2) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_inv_int2' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_inv_int2(@extschema@.ces_state, pg_catalog.int2) IS 'Inverse transition function of the ces aggregates (moving window frames): removes one answer.';

CREATE FUNCTION @extschema@.ces_trans_int4(@extschema@.ces_state, pg_catalog.int4) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_trans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_trans_int4(@extschema@.ces_state, pg_catalog.int4) IS 'Transition function of the ces aggregates: adds one answer (in place).';

CREATE FUNCTION @extschema@.ces_mtrans_int4(@extschema@.ces_state, pg_catalog.int4) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_mtrans_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_mtrans_int4(@extschema@.ces_state, pg_catalog.int4) IS 'Moving-aggregate transition function of the ces aggregates (window frames): adds one answer; never returns NULL.';

CREATE FUNCTION @extschema@.ces_inv_int4(@extschema@.ces_state, pg_catalog.int4) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_inv_int4' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_inv_int4(@extschema@.ces_state, pg_catalog.int4) IS 'Inverse transition function of the ces aggregates (moving window frames): removes one answer.';

CREATE FUNCTION @extschema@.ces_trans_int8(@extschema@.ces_state, pg_catalog.int8) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_trans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_trans_int8(@extschema@.ces_state, pg_catalog.int8) IS 'Transition function of the ces aggregates: adds one answer (in place).';

CREATE FUNCTION @extschema@.ces_mtrans_int8(@extschema@.ces_state, pg_catalog.int8) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_mtrans_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_mtrans_int8(@extschema@.ces_state, pg_catalog.int8) IS 'Moving-aggregate transition function of the ces aggregates (window frames): adds one answer; never returns NULL.';

CREATE FUNCTION @extschema@.ces_inv_int8(@extschema@.ces_state, pg_catalog.int8) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_inv_int8' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_inv_int8(@extschema@.ces_state, pg_catalog.int8) IS 'Inverse transition function of the ces aggregates (moving window frames): removes one answer.';

CREATE FUNCTION @extschema@.ces_trans_numeric(@extschema@.ces_state, pg_catalog.numeric) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_trans_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_trans_numeric(@extschema@.ces_state, pg_catalog.numeric) IS 'Transition function of the ces aggregates: adds one answer (in place).';

CREATE FUNCTION @extschema@.ces_mtrans_numeric(@extschema@.ces_state, pg_catalog.numeric) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_mtrans_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_mtrans_numeric(@extschema@.ces_state, pg_catalog.numeric) IS 'Moving-aggregate transition function of the ces aggregates (window frames): adds one answer; never returns NULL.';

CREATE FUNCTION @extschema@.ces_inv_numeric(@extschema@.ces_state, pg_catalog.numeric) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_inv_numeric' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_inv_numeric(@extschema@.ces_state, pg_catalog.numeric) IS 'Inverse transition function of the ces aggregates (moving window frames): removes one answer.';

CREATE FUNCTION @extschema@.ces_combine(@extschema@.ces_state, @extschema@.ces_state) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_combine(@extschema@.ces_state, @extschema@.ces_state) IS 'Adds the counts of two ces_state values (combine function of the ces aggregates, transition function of ces_rollup).';
CREATE FUNCTION @extschema@.ces_rollup_mtrans(@extschema@.ces_state, @extschema@.ces_state) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_rollup_mtrans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_rollup_mtrans(@extschema@.ces_state, @extschema@.ces_state) IS 'Moving-aggregate transition function of ces_rollup (window frames): adds a state; never returns NULL.';
CREATE FUNCTION @extschema@.ces_rollup_inv(@extschema@.ces_state, @extschema@.ces_state) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_rollup_inv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_rollup_inv(@extschema@.ces_state, @extschema@.ces_state) IS 'Inverse transition function of ces_rollup (moving window frames): subtracts a state.';
CREATE FUNCTION @extschema@.ces_agg_final(@extschema@.ces_state) RETURNS @extschema@.ces_state
AS 'MODULE_PATHNAME', 'ces_agg_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_agg_final(@extschema@.ces_state) IS 'Final function of ces_agg and ces_rollup: the state, or NULL when there are no answers.';
CREATE FUNCTION @extschema@.ces_final(@extschema@.ces_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'ces_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_final(@extschema@.ces_state) IS 'Final function of the ces aggregate: the mean effort, NULL when there are no answers.';
CREATE FUNCTION @extschema@.ces_summary_final(@extschema@.ces_state) RETURNS @extschema@.ces_summary_result
AS 'MODULE_PATHNAME', 'ces_summary_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_summary_final(@extschema@.ces_state) IS 'Final function of ces_summary.';

CREATE FUNCTION @extschema@.ces_easy_final(@extschema@.ces_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'ces_easy_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_easy_final(@extschema@.ces_state) IS 'Final function of ces_easy: the percentage of answers 5-7, NULL when there are no answers.';

-- ---- aggregates ------------------------------------------------------------

CREATE AGGREGATE @extschema@.csat(pg_catalog.int2) (
	SFUNC = @extschema@.csat_trans_int2,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int2,
	MINVFUNC = @extschema@.csat_inv_int2,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.int2) IS 'CSAT: percentage (0-100) of answers in the top two boxes (scale_max - 1 and scale_max) of a 1 to scale_max scale (1-5 scale). NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.csat(pg_catalog.int2, pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_int2_scale,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int2_scale,
	MINVFUNC = @extschema@.csat_inv_int2_scale,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.int2, pg_catalog.int4) IS 'CSAT: percentage (0-100) of answers in the top two boxes (scale_max - 1 and scale_max) of a 1 to scale_max scale (scale_max given, 3 to 10). NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.csat(pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_int4,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int4,
	MINVFUNC = @extschema@.csat_inv_int4,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.int4) IS 'CSAT: percentage (0-100) of answers in the top two boxes (scale_max - 1 and scale_max) of a 1 to scale_max scale (1-5 scale). NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.csat(pg_catalog.int4, pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_int4_scale,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int4_scale,
	MINVFUNC = @extschema@.csat_inv_int4_scale,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.int4, pg_catalog.int4) IS 'CSAT: percentage (0-100) of answers in the top two boxes (scale_max - 1 and scale_max) of a 1 to scale_max scale (scale_max given, 3 to 10). NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.csat(pg_catalog.int8) (
	SFUNC = @extschema@.csat_trans_int8,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int8,
	MINVFUNC = @extschema@.csat_inv_int8,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.int8) IS 'CSAT: percentage (0-100) of answers in the top two boxes (scale_max - 1 and scale_max) of a 1 to scale_max scale (1-5 scale). NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.csat(pg_catalog.int8, pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_int8_scale,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int8_scale,
	MINVFUNC = @extschema@.csat_inv_int8_scale,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.int8, pg_catalog.int4) IS 'CSAT: percentage (0-100) of answers in the top two boxes (scale_max - 1 and scale_max) of a 1 to scale_max scale (scale_max given, 3 to 10). NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.csat(pg_catalog.numeric) (
	SFUNC = @extschema@.csat_trans_numeric,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_numeric,
	MINVFUNC = @extschema@.csat_inv_numeric,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.numeric) IS 'CSAT: percentage (0-100) of answers in the top two boxes (scale_max - 1 and scale_max) of a 1 to scale_max scale (1-5 scale). NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.csat(pg_catalog.numeric, pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_numeric_scale,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_numeric_scale,
	MINVFUNC = @extschema@.csat_inv_numeric_scale,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.numeric, pg_catalog.int4) IS 'CSAT: percentage (0-100) of answers in the top two boxes (scale_max - 1 and scale_max) of a 1 to scale_max scale (scale_max given, 3 to 10). NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.csat_agg(pg_catalog.int2) (
	SFUNC = @extschema@.csat_trans_int2,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_agg_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int2,
	MINVFUNC = @extschema@.csat_inv_int2,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int2) IS 'The csat_state (exact answer counts) of CSAT answers on a 1 to scale_max scale (1-5 scale), to store or to read with the csat_* accessors. No answers gives NULL.';

CREATE AGGREGATE @extschema@.csat_agg(pg_catalog.int2, pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_int2_scale,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_agg_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int2_scale,
	MINVFUNC = @extschema@.csat_inv_int2_scale,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int2, pg_catalog.int4) IS 'The csat_state (exact answer counts) of CSAT answers on a 1 to scale_max scale (scale_max given, 3 to 10), to store or to read with the csat_* accessors. No answers gives NULL.';

CREATE AGGREGATE @extschema@.csat_agg(pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_int4,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_agg_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int4,
	MINVFUNC = @extschema@.csat_inv_int4,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int4) IS 'The csat_state (exact answer counts) of CSAT answers on a 1 to scale_max scale (1-5 scale), to store or to read with the csat_* accessors. No answers gives NULL.';

CREATE AGGREGATE @extschema@.csat_agg(pg_catalog.int4, pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_int4_scale,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_agg_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int4_scale,
	MINVFUNC = @extschema@.csat_inv_int4_scale,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int4, pg_catalog.int4) IS 'The csat_state (exact answer counts) of CSAT answers on a 1 to scale_max scale (scale_max given, 3 to 10), to store or to read with the csat_* accessors. No answers gives NULL.';

CREATE AGGREGATE @extschema@.csat_agg(pg_catalog.int8) (
	SFUNC = @extschema@.csat_trans_int8,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_agg_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int8,
	MINVFUNC = @extschema@.csat_inv_int8,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int8) IS 'The csat_state (exact answer counts) of CSAT answers on a 1 to scale_max scale (1-5 scale), to store or to read with the csat_* accessors. No answers gives NULL.';

CREATE AGGREGATE @extschema@.csat_agg(pg_catalog.int8, pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_int8_scale,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_agg_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int8_scale,
	MINVFUNC = @extschema@.csat_inv_int8_scale,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.int8, pg_catalog.int4) IS 'The csat_state (exact answer counts) of CSAT answers on a 1 to scale_max scale (scale_max given, 3 to 10), to store or to read with the csat_* accessors. No answers gives NULL.';

CREATE AGGREGATE @extschema@.csat_agg(pg_catalog.numeric) (
	SFUNC = @extschema@.csat_trans_numeric,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_agg_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_numeric,
	MINVFUNC = @extschema@.csat_inv_numeric,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.numeric) IS 'The csat_state (exact answer counts) of CSAT answers on a 1 to scale_max scale (1-5 scale), to store or to read with the csat_* accessors. No answers gives NULL.';

CREATE AGGREGATE @extschema@.csat_agg(pg_catalog.numeric, pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_numeric_scale,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_agg_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_numeric_scale,
	MINVFUNC = @extschema@.csat_inv_numeric_scale,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_agg(pg_catalog.numeric, pg_catalog.int4) IS 'The csat_state (exact answer counts) of CSAT answers on a 1 to scale_max scale (scale_max given, 3 to 10), to store or to read with the csat_* accessors. No answers gives NULL.';

CREATE AGGREGATE @extschema@.csat_summary(pg_catalog.int2) (
	SFUNC = @extschema@.csat_trans_int2,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_summary_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int2,
	MINVFUNC = @extschema@.csat_inv_int2,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_summary_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_summary(pg_catalog.int2) IS 'One-row CSAT summary for BI tools (1-5 scale): scale, responses, satisfied, csat %, mean, stderr, 95% Wilson interval.';

CREATE AGGREGATE @extschema@.csat_summary(pg_catalog.int2, pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_int2_scale,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_summary_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int2_scale,
	MINVFUNC = @extschema@.csat_inv_int2_scale,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_summary_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_summary(pg_catalog.int2, pg_catalog.int4) IS 'One-row CSAT summary for BI tools (scale_max given, 3 to 10): scale, responses, satisfied, csat %, mean, stderr, 95% Wilson interval.';

CREATE AGGREGATE @extschema@.csat_summary(pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_int4,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_summary_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int4,
	MINVFUNC = @extschema@.csat_inv_int4,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_summary_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_summary(pg_catalog.int4) IS 'One-row CSAT summary for BI tools (1-5 scale): scale, responses, satisfied, csat %, mean, stderr, 95% Wilson interval.';

CREATE AGGREGATE @extschema@.csat_summary(pg_catalog.int4, pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_int4_scale,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_summary_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int4_scale,
	MINVFUNC = @extschema@.csat_inv_int4_scale,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_summary_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_summary(pg_catalog.int4, pg_catalog.int4) IS 'One-row CSAT summary for BI tools (scale_max given, 3 to 10): scale, responses, satisfied, csat %, mean, stderr, 95% Wilson interval.';

CREATE AGGREGATE @extschema@.csat_summary(pg_catalog.int8) (
	SFUNC = @extschema@.csat_trans_int8,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_summary_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int8,
	MINVFUNC = @extschema@.csat_inv_int8,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_summary_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_summary(pg_catalog.int8) IS 'One-row CSAT summary for BI tools (1-5 scale): scale, responses, satisfied, csat %, mean, stderr, 95% Wilson interval.';

CREATE AGGREGATE @extschema@.csat_summary(pg_catalog.int8, pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_int8_scale,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_summary_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_int8_scale,
	MINVFUNC = @extschema@.csat_inv_int8_scale,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_summary_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_summary(pg_catalog.int8, pg_catalog.int4) IS 'One-row CSAT summary for BI tools (scale_max given, 3 to 10): scale, responses, satisfied, csat %, mean, stderr, 95% Wilson interval.';

CREATE AGGREGATE @extschema@.csat_summary(pg_catalog.numeric) (
	SFUNC = @extschema@.csat_trans_numeric,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_summary_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_numeric,
	MINVFUNC = @extschema@.csat_inv_numeric,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_summary_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_summary(pg_catalog.numeric) IS 'One-row CSAT summary for BI tools (1-5 scale): scale, responses, satisfied, csat %, mean, stderr, 95% Wilson interval.';

CREATE AGGREGATE @extschema@.csat_summary(pg_catalog.numeric, pg_catalog.int4) (
	SFUNC = @extschema@.csat_trans_numeric_scale,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_summary_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_mtrans_numeric_scale,
	MINVFUNC = @extschema@.csat_inv_numeric_scale,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_summary_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_summary(pg_catalog.numeric, pg_catalog.int4) IS 'One-row CSAT summary for BI tools (scale_max given, 3 to 10): scale, responses, satisfied, csat %, mean, stderr, 95% Wilson interval.';

CREATE AGGREGATE @extschema@.csat_rollup(@extschema@.csat_state) (
	SFUNC = @extschema@.csat_combine,
	STYPE = @extschema@.csat_state,
	FINALFUNC = @extschema@.csat_agg_final,
	COMBINEFUNC = @extschema@.csat_combine,
	MSFUNC = @extschema@.csat_rollup_mtrans,
	MINVFUNC = @extschema@.csat_rollup_inv,
	MSTYPE = @extschema@.csat_state,
	MFINALFUNC = @extschema@.csat_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_rollup(@extschema@.csat_state) IS 'Adds up stored csat_state values (e.g. daily states into a month) of the same scale (different scales are an error). NULL states are ignored; none gives NULL.';

CREATE AGGREGATE @extschema@.ces(pg_catalog.int2) (
	SFUNC = @extschema@.ces_trans_int2,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_int2,
	MINVFUNC = @extschema@.ces_inv_int2,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces(pg_catalog.int2) IS 'CES: mean effort score on the 1-7 "the company made it easy" scale. NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.ces(pg_catalog.int4) (
	SFUNC = @extschema@.ces_trans_int4,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_int4,
	MINVFUNC = @extschema@.ces_inv_int4,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces(pg_catalog.int4) IS 'CES: mean effort score on the 1-7 "the company made it easy" scale. NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.ces(pg_catalog.int8) (
	SFUNC = @extschema@.ces_trans_int8,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_int8,
	MINVFUNC = @extschema@.ces_inv_int8,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces(pg_catalog.int8) IS 'CES: mean effort score on the 1-7 "the company made it easy" scale. NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.ces(pg_catalog.numeric) (
	SFUNC = @extschema@.ces_trans_numeric,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_numeric,
	MINVFUNC = @extschema@.ces_inv_numeric,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces(pg_catalog.numeric) IS 'CES: mean effort score on the 1-7 "the company made it easy" scale. NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.ces_easy(pg_catalog.int2) (
	SFUNC = @extschema@.ces_trans_int2,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_easy_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_int2,
	MINVFUNC = @extschema@.ces_inv_int2,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_easy_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_easy(pg_catalog.int2) IS 'CES % easy: percentage (0-100) of answers 5, 6 or 7 on the 1-7 scale. NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.ces_easy(pg_catalog.int4) (
	SFUNC = @extschema@.ces_trans_int4,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_easy_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_int4,
	MINVFUNC = @extschema@.ces_inv_int4,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_easy_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_easy(pg_catalog.int4) IS 'CES % easy: percentage (0-100) of answers 5, 6 or 7 on the 1-7 scale. NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.ces_easy(pg_catalog.int8) (
	SFUNC = @extschema@.ces_trans_int8,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_easy_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_int8,
	MINVFUNC = @extschema@.ces_inv_int8,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_easy_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_easy(pg_catalog.int8) IS 'CES % easy: percentage (0-100) of answers 5, 6 or 7 on the 1-7 scale. NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.ces_easy(pg_catalog.numeric) (
	SFUNC = @extschema@.ces_trans_numeric,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_easy_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_numeric,
	MINVFUNC = @extschema@.ces_inv_numeric,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_easy_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_easy(pg_catalog.numeric) IS 'CES % easy: percentage (0-100) of answers 5, 6 or 7 on the 1-7 scale. NULLs are ignored; no answers gives NULL.';

CREATE AGGREGATE @extschema@.ces_agg(pg_catalog.int2) (
	SFUNC = @extschema@.ces_trans_int2,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_agg_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_int2,
	MINVFUNC = @extschema@.ces_inv_int2,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int2) IS 'The ces_state (exact answer counts 1-7) of CES answers, to store or to read with the ces_* accessors. No answers gives NULL.';

CREATE AGGREGATE @extschema@.ces_agg(pg_catalog.int4) (
	SFUNC = @extschema@.ces_trans_int4,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_agg_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_int4,
	MINVFUNC = @extschema@.ces_inv_int4,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int4) IS 'The ces_state (exact answer counts 1-7) of CES answers, to store or to read with the ces_* accessors. No answers gives NULL.';

CREATE AGGREGATE @extschema@.ces_agg(pg_catalog.int8) (
	SFUNC = @extschema@.ces_trans_int8,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_agg_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_int8,
	MINVFUNC = @extschema@.ces_inv_int8,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.int8) IS 'The ces_state (exact answer counts 1-7) of CES answers, to store or to read with the ces_* accessors. No answers gives NULL.';

CREATE AGGREGATE @extschema@.ces_agg(pg_catalog.numeric) (
	SFUNC = @extschema@.ces_trans_numeric,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_agg_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_numeric,
	MINVFUNC = @extschema@.ces_inv_numeric,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_agg(pg_catalog.numeric) IS 'The ces_state (exact answer counts 1-7) of CES answers, to store or to read with the ces_* accessors. No answers gives NULL.';

CREATE AGGREGATE @extschema@.ces_summary(pg_catalog.int2) (
	SFUNC = @extschema@.ces_trans_int2,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_summary_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_int2,
	MINVFUNC = @extschema@.ces_inv_int2,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_summary_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_summary(pg_catalog.int2) IS 'One-row CES summary for BI tools: responses, easy, ces (mean), easy_pct, stderr, 95% Student t interval of the mean.';

CREATE AGGREGATE @extschema@.ces_summary(pg_catalog.int4) (
	SFUNC = @extschema@.ces_trans_int4,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_summary_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_int4,
	MINVFUNC = @extschema@.ces_inv_int4,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_summary_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_summary(pg_catalog.int4) IS 'One-row CES summary for BI tools: responses, easy, ces (mean), easy_pct, stderr, 95% Student t interval of the mean.';

CREATE AGGREGATE @extschema@.ces_summary(pg_catalog.int8) (
	SFUNC = @extschema@.ces_trans_int8,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_summary_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_int8,
	MINVFUNC = @extschema@.ces_inv_int8,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_summary_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_summary(pg_catalog.int8) IS 'One-row CES summary for BI tools: responses, easy, ces (mean), easy_pct, stderr, 95% Student t interval of the mean.';

CREATE AGGREGATE @extschema@.ces_summary(pg_catalog.numeric) (
	SFUNC = @extschema@.ces_trans_numeric,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_summary_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_mtrans_numeric,
	MINVFUNC = @extschema@.ces_inv_numeric,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_summary_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_summary(pg_catalog.numeric) IS 'One-row CES summary for BI tools: responses, easy, ces (mean), easy_pct, stderr, 95% Student t interval of the mean.';

CREATE AGGREGATE @extschema@.ces_rollup(@extschema@.ces_state) (
	SFUNC = @extschema@.ces_combine,
	STYPE = @extschema@.ces_state,
	FINALFUNC = @extschema@.ces_agg_final,
	COMBINEFUNC = @extschema@.ces_combine,
	MSFUNC = @extschema@.ces_rollup_mtrans,
	MINVFUNC = @extschema@.ces_rollup_inv,
	MSTYPE = @extschema@.ces_state,
	MFINALFUNC = @extschema@.ces_agg_final,
	FINALFUNC_MODIFY = READ_ONLY,
	MFINALFUNC_MODIFY = READ_ONLY,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_rollup(@extschema@.ces_state) IS 'Adds up stored ces_state values (e.g. daily states into a month). NULL states are ignored; none gives NULL.';

-- ---- accessors -----------------------------------------------------------

CREATE FUNCTION @extschema@.csat_responses(@extschema@.csat_state) RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'csat_responses' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_responses(@extschema@.csat_state) IS 'Number of answers in a csat_state.';

CREATE FUNCTION @extschema@.csat_satisfied(@extschema@.csat_state) RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'csat_satisfied' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_satisfied(@extschema@.csat_state) IS 'Number of satisfied answers (top two boxes: scale_max - 1 and scale_max) in a csat_state.';

CREATE FUNCTION @extschema@.csat_value(@extschema@.csat_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'csat_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_value(@extschema@.csat_state) IS 'CSAT of a csat_state: 100 * satisfied / responses (NULL when there are no answers).';

CREATE FUNCTION @extschema@.csat_mean(@extschema@.csat_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'csat_mean' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_mean(@extschema@.csat_state) IS 'Mean rating of a csat_state (NULL when there are no answers).';

CREATE FUNCTION @extschema@.csat_stderr(@extschema@.csat_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'csat_stderr' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_stderr(@extschema@.csat_state) IS 'Standard error of the CSAT percentage, in percentage points: 100 * sqrt(p (1 - p) / n).';

CREATE FUNCTION @extschema@.csat_scale(@extschema@.csat_state) RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'csat_scale' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_scale(@extschema@.csat_state) IS 'The scale_max of a csat_state (answers 1 to scale_max).';

CREATE FUNCTION @extschema@.ces_responses(@extschema@.ces_state) RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'ces_responses' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_responses(@extschema@.ces_state) IS 'Number of answers in a ces_state.';

CREATE FUNCTION @extschema@.ces_easy_responses(@extschema@.ces_state) RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'ces_easy_responses' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_easy_responses(@extschema@.ces_state) IS 'Number of easy answers (5, 6 or 7) in a ces_state.';

CREATE FUNCTION @extschema@.ces_mean(@extschema@.ces_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'ces_mean' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_mean(@extschema@.ces_state) IS 'CES of a ces_state: the mean effort score 1-7 (NULL when there are no answers).';

CREATE FUNCTION @extschema@.ces_easy_pct(@extschema@.ces_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'ces_easy_pct' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_easy_pct(@extschema@.ces_state) IS 'Percentage of easy answers (5-7) in a ces_state (NULL when there are no answers).';

CREATE FUNCTION @extschema@.ces_stderr(@extschema@.ces_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'ces_stderr' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_stderr(@extschema@.ces_state) IS 'Standard error of the mean effort: sample standard deviation / sqrt(n) (NULL with fewer than 2 answers).';

CREATE FUNCTION @extschema@.csat_ci(state @extschema@.csat_state, level pg_catalog.float8 DEFAULT 0.95,
	OUT lower pg_catalog.float8, OUT upper pg_catalog.float8)
AS 'MODULE_PATHNAME', 'csat_ci' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_ci(@extschema@.csat_state, pg_catalog.float8) IS 'Wilson score interval of the CSAT percentage at the given two-sided confidence level (default 0.95), as (lower, upper) in %; NULLs when there are no answers.';

CREATE FUNCTION @extschema@.ces_ci(state @extschema@.ces_state, level pg_catalog.float8 DEFAULT 0.95,
	OUT lower pg_catalog.float8, OUT upper pg_catalog.float8)
AS 'MODULE_PATHNAME', 'ces_ci' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_ci(@extschema@.ces_state, pg_catalog.float8) IS 'Student t interval of the mean effort (mean +- t(level, n - 1 df) * stderr, clipped to 1-7) at the given confidence level (default 0.95); NULLs with fewer than 2 answers.';

CREATE FUNCTION @extschema@.ces_easy_ci(state @extschema@.ces_state, level pg_catalog.float8 DEFAULT 0.95,
	OUT lower pg_catalog.float8, OUT upper pg_catalog.float8)
AS 'MODULE_PATHNAME', 'ces_easy_ci' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_easy_ci(@extschema@.ces_state, pg_catalog.float8) IS 'Wilson score interval of the % easy (answers 5-7) at the given confidence level (default 0.95), as (lower, upper) in %; NULLs when there are no answers.';
