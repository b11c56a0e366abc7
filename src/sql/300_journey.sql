-- Journey-stage friction (src/journey.c, src/core/journey*.c).
--
-- Shape: journey_friction(journey, stage, at [, channel, failed] [, config])
-- is an aggregate that sorts compact copies of its events by journey (its own
-- tuplesort, within work_mem, spilling to disk; or none under ORDER BY
-- journey), then holds one journey at a time and analyses it in one pass.  It returns a journey_friction_state: a small,
-- storable summary per stage that journey_friction_merge() adds up (parallel
-- safe) and journey_friction_report() / journey_friction_score() turn into
-- rows.  See the README section "Journey friction" for every definition.

CREATE TYPE @extschema@.journey_friction_state;

CREATE FUNCTION @extschema@.journey_friction_state_in(pg_catalog.cstring)
RETURNS @extschema@.journey_friction_state
AS 'MODULE_PATHNAME', 'journey_friction_state_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_friction_state_out(@extschema@.journey_friction_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'journey_friction_state_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_friction_state_recv(pg_catalog.internal)
RETURNS @extschema@.journey_friction_state
AS 'MODULE_PATHNAME', 'journey_friction_state_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_friction_state_send(@extschema@.journey_friction_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'journey_friction_state_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.journey_friction_state (
	INPUT = @extschema@.journey_friction_state_in,
	OUTPUT = @extschema@.journey_friction_state_out,
	RECEIVE = @extschema@.journey_friction_state_recv,
	SEND = @extschema@.journey_friction_state_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.journey_friction_state IS
'Per-stage journey friction totals (journeys, events, visits, repeats, loops, dwell histogram, drop-offs, channel switches, failed outcomes) built by journey_friction(); storable, combinable with journey_friction_merge(), read with journey_friction_report() and journey_friction_score().';
COMMENT ON FUNCTION @extschema@.journey_friction_state_in(pg_catalog.cstring) IS
'Input function of journey_friction_state: hexadecimal bytes, fully validated.';
COMMENT ON FUNCTION @extschema@.journey_friction_state_out(@extschema@.journey_friction_state) IS
'Output function of journey_friction_state: hexadecimal bytes.';
COMMENT ON FUNCTION @extschema@.journey_friction_state_recv(pg_catalog.internal) IS
'Binary input function of journey_friction_state, fully validated.';
COMMENT ON FUNCTION @extschema@.journey_friction_state_send(@extschema@.journey_friction_state) IS
'Binary output function of journey_friction_state.';

-- ---- settings --------------------------------------------------------------

CREATE TYPE @extschema@.journey_config AS (
	stages        pg_catalog.text[],
	repeat_window pg_catalog.interval,
	idle_period   pg_catalog.interval,
	as_of         pg_catalog.timestamptz
);

COMMENT ON TYPE @extschema@.journey_config IS
'Settings of journey_friction(): stage order (NULL = order of first appearance in each journey), repeat window, idle period for drop-off, and the time drop-off is judged at (NULL = transaction start). Build it with journey_config().';

CREATE FUNCTION @extschema@.journey_config(
	stages        pg_catalog.text[] DEFAULT NULL,
	repeat_window pg_catalog.interval DEFAULT '72 hours',
	idle_period   pg_catalog.interval DEFAULT '30 days',
	as_of         pg_catalog.timestamptz DEFAULT NULL)
RETURNS @extschema@.journey_config
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ROW(stages, repeat_window, idle_period, as_of)::@extschema@.journey_config $$;

COMMENT ON FUNCTION @extschema@.journey_config(pg_catalog.text[], pg_catalog.interval, pg_catalog.interval, pg_catalog.timestamptz) IS
'Settings for journey_friction(): stages (the stage order; NULL = first appearance), repeat_window (default 72 hours), idle_period (default 30 days: a journey quiet longer than this at as_of has dropped off), as_of (default: transaction start). Days count 24 h and months 30 days.';

-- ---- the aggregate over events ------------------------------------------------
-- SSPACE: a group's state starts at about 2 kB (event buffer, stage list), so
-- that the planner does not hash a GROUP BY of very many journeys in memory.

CREATE FUNCTION @extschema@.journey_friction_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'journey_friction_trans'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_friction_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'journey_friction_trans'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_friction_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'journey_friction_trans'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_friction_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'journey_friction_trans'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_friction_final(pg_catalog.internal)
RETURNS @extschema@.journey_friction_state
AS 'MODULE_PATHNAME', 'journey_friction_final'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.journey_friction(anyelement, pg_catalog.text, pg_catalog.timestamptz) (
	SFUNC = @extschema@.journey_friction_trans,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.journey_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	SSPACE = 2048,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.journey_friction(anyelement, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) (
	SFUNC = @extschema@.journey_friction_trans,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.journey_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	SSPACE = 2048,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.journey_friction(anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) (
	SFUNC = @extschema@.journey_friction_trans,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.journey_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	SSPACE = 2048,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.journey_friction(anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) (
	SFUNC = @extschema@.journey_friction_trans,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.journey_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	SSPACE = 2048,
	PARALLEL = SAFE
);

COMMENT ON FUNCTION @extschema@.journey_friction_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz) IS
'Transition function of journey_friction().';
COMMENT ON FUNCTION @extschema@.journey_friction_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) IS
'Transition function of journey_friction().';
COMMENT ON FUNCTION @extschema@.journey_friction_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
'Transition function of journey_friction().';
COMMENT ON FUNCTION @extschema@.journey_friction_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) IS
'Transition function of journey_friction().';
COMMENT ON FUNCTION @extschema@.journey_friction_final(pg_catalog.internal) IS
'Final function of journey_friction(): analyses the last journey and returns the state.';
COMMENT ON AGGREGATE @extschema@.journey_friction(anyelement, pg_catalog.text, pg_catalog.timestamptz) IS
'Journey friction per stage of the events (journey, stage, at). Returns a journey_friction_state for journey_friction_report() or journey_friction_score().';
COMMENT ON AGGREGATE @extschema@.journey_friction(anyelement, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) IS
'Journey friction per stage of the events (journey, stage, at) with settings from journey_config().';
COMMENT ON AGGREGATE @extschema@.journey_friction(anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
'Journey friction per stage of the events (journey, stage, at, channel, failed outcome).';
COMMENT ON AGGREGATE @extschema@.journey_friction(anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) IS
'Journey friction per stage of the events (journey, stage, at, channel, failed outcome) with settings from journey_config().';

-- ---- adding up stored states ---------------------------------------------------

CREATE FUNCTION @extschema@.journey_friction_merge_trans(pg_catalog.internal, @extschema@.journey_friction_state)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'journey_friction_merge_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_friction_merge_combine(pg_catalog.internal, pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'journey_friction_merge_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_friction_merge_serial(pg_catalog.internal)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'journey_friction_merge_serial'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_friction_merge_deserial(pg_catalog.bytea, pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'journey_friction_merge_deserial'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_friction_merge_final(pg_catalog.internal)
RETURNS @extschema@.journey_friction_state
AS 'MODULE_PATHNAME', 'journey_friction_merge_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.journey_friction_merge(@extschema@.journey_friction_state) (
	SFUNC = @extschema@.journey_friction_merge_trans,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.journey_friction_merge_final,
	COMBINEFUNC = @extschema@.journey_friction_merge_combine,
	SERIALFUNC = @extschema@.journey_friction_merge_serial,
	DESERIALFUNC = @extschema@.journey_friction_merge_deserial,
	PARALLEL = SAFE
);

COMMENT ON FUNCTION @extschema@.journey_friction_merge_trans(pg_catalog.internal, @extschema@.journey_friction_state) IS
'Transition function of journey_friction_merge().';
COMMENT ON FUNCTION @extschema@.journey_friction_merge_combine(pg_catalog.internal, pg_catalog.internal) IS
'Combine function of journey_friction_merge() (parallel plans).';
COMMENT ON FUNCTION @extschema@.journey_friction_merge_serial(pg_catalog.internal) IS
'Serialization function of journey_friction_merge() (parallel plans).';
COMMENT ON FUNCTION @extschema@.journey_friction_merge_deserial(pg_catalog.bytea, pg_catalog.internal) IS
'Deserialization function of journey_friction_merge() (parallel plans); validates its input.';
COMMENT ON FUNCTION @extschema@.journey_friction_merge_final(pg_catalog.internal) IS
'Final function of journey_friction_merge().';
COMMENT ON AGGREGATE @extschema@.journey_friction_merge(@extschema@.journey_friction_state) IS
'Adds up journey_friction_state values of disjoint sets of journeys (for example stored per segment or per day of first contact); parallel safe. NULL states are skipped.';

-- ---- reading states --------------------------------------------------------------

CREATE FUNCTION @extschema@.journey_friction_report(
	state           @extschema@.journey_friction_state,
	w_repeat        pg_catalog.float8 DEFAULT 0.25,
	w_loop          pg_catalog.float8 DEFAULT 0.20,
	w_dwell         pg_catalog.float8 DEFAULT 0.15,
	w_drop_off      pg_catalog.float8 DEFAULT 0.20,
	w_channel       pg_catalog.float8 DEFAULT 0.10,
	w_failed        pg_catalog.float8 DEFAULT 0.10,
	dwell_reference pg_catalog.interval DEFAULT '72 hours',
	OUT rank                pg_catalog.int4,
	OUT stage               pg_catalog.text,
	OUT stage_order         pg_catalog.int4,
	OUT journeys            pg_catalog.int8,
	OUT events              pg_catalog.int8,
	OUT visits              pg_catalog.int8,
	OUT converted           pg_catalog.int8,
	OUT conversion_rate     pg_catalog.float8,
	OUT repeats             pg_catalog.int8,
	OUT repeat_rate         pg_catalog.float8,
	OUT loops               pg_catalog.int8,
	OUT loop_rate           pg_catalog.float8,
	OUT dwell_median        pg_catalog.interval,
	OUT dwell_mean          pg_catalog.interval,
	OUT drop_offs           pg_catalog.int8,
	OUT drop_off_rate       pg_catalog.float8,
	OUT channel_switches    pg_catalog.int8,
	OUT channel_switch_rate pg_catalog.float8,
	OUT failed              pg_catalog.int8,
	OUT failed_rate         pg_catalog.float8,
	OUT friction_index      pg_catalog.float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'journey_friction_report'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 8;

COMMENT ON FUNCTION @extschema@.journey_friction_report(@extschema@.journey_friction_state, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.interval) IS
'One row per stage of a journey_friction_state, worst friction first: journeys, visits, conversion, repeats, loops, dwell median/mean, drop-offs, channel switches, failed outcomes and the friction index 0-100 (weighted mean of the defined component rates; weights settable).';

CREATE FUNCTION @extschema@.journey_friction_score(
	state           @extschema@.journey_friction_state,
	w_repeat        pg_catalog.float8 DEFAULT 0.25,
	w_loop          pg_catalog.float8 DEFAULT 0.20,
	w_dwell         pg_catalog.float8 DEFAULT 0.15,
	w_drop_off      pg_catalog.float8 DEFAULT 0.20,
	w_channel       pg_catalog.float8 DEFAULT 0.10,
	w_failed        pg_catalog.float8 DEFAULT 0.10,
	dwell_reference pg_catalog.interval DEFAULT '72 hours',
	OUT events           pg_catalog.int8,
	OUT visits           pg_catalog.int8,
	OUT stages_reached   pg_catalog.int4,
	OUT repeats          pg_catalog.int8,
	OUT loops            pg_catalog.int8,
	OUT dwell_median     pg_catalog.interval,
	OUT dwell_mean       pg_catalog.interval,
	OUT last_stage       pg_catalog.text,
	OUT dropped          pg_catalog.bool,
	OUT channel_switches pg_catalog.int8,
	OUT failed           pg_catalog.int8,
	OUT friction_index   pg_catalog.float8,
	OUT worst_stage      pg_catalog.text,
	OUT worst_stage_index pg_catalog.float8)
RETURNS record
AS 'MODULE_PATHNAME', 'journey_friction_score'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.journey_friction_score(@extschema@.journey_friction_state, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.interval) IS
'Per-journey friction of the state of ONE journey (journey_friction(...) GROUP BY journey): events, repeats, loops, dwell, drop-off, channel switches, failed outcomes, friction index 0-100 and the stage with the highest index.';
