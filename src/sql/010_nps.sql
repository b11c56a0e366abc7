-- Net Promoter Score: the nps_state type, its aggregates and accessors.
-- Scores are whole numbers 0-10: promoters 9-10, passives 7-8, detractors 0-6,
-- NPS = 100 * (promoters - detractors) / answers.

-- ---- the state type ---------------------------------------------------------

CREATE TYPE @extschema@.nps_state;

CREATE FUNCTION @extschema@.nps_state_in(pg_catalog.cstring)
RETURNS @extschema@.nps_state
AS 'MODULE_PATHNAME', 'nps_state_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_state_out(@extschema@.nps_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'nps_state_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_state_recv(pg_catalog.internal)
RETURNS @extschema@.nps_state
AS 'MODULE_PATHNAME', 'nps_state_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_state_send(@extschema@.nps_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'nps_state_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.nps_state (
	INPUT = @extschema@.nps_state_in,
	OUTPUT = @extschema@.nps_state_out,
	RECEIVE = @extschema@.nps_state_recv,
	SEND = @extschema@.nps_state_send,
	INTERNALLENGTH = 96,
	ALIGNMENT = double,
	STORAGE = plain
);

COMMENT ON TYPE @extschema@.nps_state IS
'Exact counts of NPS answers 0-10, e.g. {0:3,6:1,9:2,10:5}: the storable, combinable state of the NPS aggregates (nps_agg, nps_rollup and the nps_* accessors).';
COMMENT ON FUNCTION @extschema@.nps_state_in(pg_catalog.cstring) IS
'Text input of nps_state: {score:count,...} with scores 0-10 at most once each, counts >= 0; {} is empty.';
COMMENT ON FUNCTION @extschema@.nps_state_out(@extschema@.nps_state) IS
'Text output of nps_state: non-zero counts in ascending score order, {} when empty.';
COMMENT ON FUNCTION @extschema@.nps_state_recv(pg_catalog.internal) IS
'Binary input of nps_state (version byte 1, then 11 int64 counts); validated.';
COMMENT ON FUNCTION @extschema@.nps_state_send(@extschema@.nps_state) IS
'Binary output of nps_state: version byte 1, then the 11 counts of scores 0-10 as int64.';

-- ---- transition, inverse and combine functions --------------------------------

CREATE FUNCTION @extschema@.nps_state_accum(@extschema@.nps_state, pg_catalog.int2)
RETURNS @extschema@.nps_state AS 'MODULE_PATHNAME', 'nps_state_accum_int2'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_state_accum(@extschema@.nps_state, pg_catalog.int4)
RETURNS @extschema@.nps_state AS 'MODULE_PATHNAME', 'nps_state_accum_int4'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_state_accum(@extschema@.nps_state, pg_catalog.int8)
RETURNS @extschema@.nps_state AS 'MODULE_PATHNAME', 'nps_state_accum_int8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_state_accum(@extschema@.nps_state, pg_catalog.numeric)
RETURNS @extschema@.nps_state AS 'MODULE_PATHNAME', 'nps_state_accum_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_state_retract(@extschema@.nps_state, pg_catalog.int2)
RETURNS @extschema@.nps_state AS 'MODULE_PATHNAME', 'nps_state_retract_int2'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_state_retract(@extschema@.nps_state, pg_catalog.int4)
RETURNS @extschema@.nps_state AS 'MODULE_PATHNAME', 'nps_state_retract_int4'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_state_retract(@extschema@.nps_state, pg_catalog.int8)
RETURNS @extschema@.nps_state AS 'MODULE_PATHNAME', 'nps_state_retract_int8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_state_retract(@extschema@.nps_state, pg_catalog.numeric)
RETURNS @extschema@.nps_state AS 'MODULE_PATHNAME', 'nps_state_retract_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_state_combine(@extschema@.nps_state, @extschema@.nps_state)
RETURNS @extschema@.nps_state AS 'MODULE_PATHNAME', 'nps_state_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.nps_state_subtract(@extschema@.nps_state, @extschema@.nps_state)
RETURNS @extschema@.nps_state AS 'MODULE_PATHNAME', 'nps_state_subtract'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.nps_state_accum(@extschema@.nps_state, pg_catalog.int2) IS
'Transition function of the NPS aggregates: the state plus one answer (0-10).';
COMMENT ON FUNCTION @extschema@.nps_state_accum(@extschema@.nps_state, pg_catalog.int4) IS
'Transition function of the NPS aggregates: the state plus one answer (0-10).';
COMMENT ON FUNCTION @extschema@.nps_state_accum(@extschema@.nps_state, pg_catalog.int8) IS
'Transition function of the NPS aggregates: the state plus one answer (0-10).';
COMMENT ON FUNCTION @extschema@.nps_state_accum(@extschema@.nps_state, pg_catalog.numeric) IS
'Transition function of the NPS aggregates: the state plus one answer (a whole number 0-10).';
COMMENT ON FUNCTION @extschema@.nps_state_retract(@extschema@.nps_state, pg_catalog.int2) IS
'Inverse transition function of the NPS aggregates in sliding windows: the state minus one answer.';
COMMENT ON FUNCTION @extschema@.nps_state_retract(@extschema@.nps_state, pg_catalog.int4) IS
'Inverse transition function of the NPS aggregates in sliding windows: the state minus one answer.';
COMMENT ON FUNCTION @extschema@.nps_state_retract(@extschema@.nps_state, pg_catalog.int8) IS
'Inverse transition function of the NPS aggregates in sliding windows: the state minus one answer.';
COMMENT ON FUNCTION @extschema@.nps_state_retract(@extschema@.nps_state, pg_catalog.numeric) IS
'Inverse transition function of the NPS aggregates in sliding windows: the state minus one answer.';
COMMENT ON FUNCTION @extschema@.nps_state_combine(@extschema@.nps_state, @extschema@.nps_state) IS
'Sum of two NPS states (the combine function of the NPS aggregates, and the transition function of nps_rollup).';
COMMENT ON FUNCTION @extschema@.nps_state_subtract(@extschema@.nps_state, @extschema@.nps_state) IS
'Difference of two NPS states (the inverse transition function of nps_rollup in sliding windows).';

-- ---- accessors ----------------------------------------------------------------

CREATE FUNCTION @extschema@.nps_responses(@extschema@.nps_state) RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'nps_state_responses' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_promoters(@extschema@.nps_state) RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'nps_state_promoters' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_passives(@extschema@.nps_state) RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'nps_state_passives' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_detractors(@extschema@.nps_state) RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'nps_state_detractors' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_promoter_share(@extschema@.nps_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_state_promoter_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_passive_share(@extschema@.nps_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_state_passive_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_detractor_share(@extschema@.nps_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_state_detractor_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_mean(@extschema@.nps_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_state_mean' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_value(@extschema@.nps_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_state_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_stderr(@extschema@.nps_state) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_state_stderr' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_margin_of_error(@extschema@.nps_state, level pg_catalog.float8 DEFAULT 0.95)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'nps_state_margin_of_error' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.nps_responses(@extschema@.nps_state) IS
'Number of answers in an NPS state.';
COMMENT ON FUNCTION @extschema@.nps_promoters(@extschema@.nps_state) IS
'Number of promoters (answers 9-10) in an NPS state.';
COMMENT ON FUNCTION @extschema@.nps_passives(@extschema@.nps_state) IS
'Number of passives (answers 7-8) in an NPS state.';
COMMENT ON FUNCTION @extschema@.nps_detractors(@extschema@.nps_state) IS
'Number of detractors (answers 0-6) in an NPS state.';
COMMENT ON FUNCTION @extschema@.nps_promoter_share(@extschema@.nps_state) IS
'Promoters as a percentage of answers (0-100); NULL when there are no answers.';
COMMENT ON FUNCTION @extschema@.nps_passive_share(@extschema@.nps_state) IS
'Passives as a percentage of answers (0-100); NULL when there are no answers.';
COMMENT ON FUNCTION @extschema@.nps_detractor_share(@extschema@.nps_state) IS
'Detractors as a percentage of answers (0-100); NULL when there are no answers.';
COMMENT ON FUNCTION @extschema@.nps_mean(@extschema@.nps_state) IS
'Mean answer (0-10); NULL when there are no answers.';
COMMENT ON FUNCTION @extschema@.nps_value(@extschema@.nps_state) IS
'The Net Promoter Score, 100 * (promoters - detractors) / answers, in [-100, 100]; NULL when there are no answers.';
COMMENT ON FUNCTION @extschema@.nps_stderr(@extschema@.nps_state) IS
'Adjusted-Wald standard error of the NPS in NPS points: 100 * sqrt((p'' + d'' - (p'' - d'')^2) / n'') with n'' = n + 3, p'' = (promoters + 3/4) / n'', d'' = (detractors + 3/4) / n''; NULL when there are no answers.';
COMMENT ON FUNCTION @extschema@.nps_margin_of_error(@extschema@.nps_state, pg_catalog.float8) IS
'Half-width of the adjusted-Wald confidence interval at the given level (default 0.95), in NPS points: z * nps_stderr; NULL when there are no answers.';

CREATE TYPE @extschema@.nps_interval AS (lower pg_catalog.float8, upper pg_catalog.float8);
COMMENT ON TYPE @extschema@.nps_interval IS
'A confidence interval of an NPS, in NPS points (returned by nps_ci).';

CREATE FUNCTION @extschema@.nps_ci(@extschema@.nps_state, level pg_catalog.float8 DEFAULT 0.95)
RETURNS @extschema@.nps_interval
AS 'MODULE_PATHNAME', 'nps_state_ci' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_ci(@extschema@.nps_state, pg_catalog.float8) IS
'Adjusted-Wald confidence interval of the NPS at the given two-sided level (default 0.95): 100 * ((p'' - d'') -/+ z * SE''), clipped to [-100, 100]; NULL when there are no answers.';

CREATE TYPE @extschema@.nps_test_result AS (
	difference pg_catalog.float8,
	z pg_catalog.float8,
	p_value pg_catalog.float8
);
COMMENT ON TYPE @extschema@.nps_test_result IS
'Result of nps_test: observed NPS difference (a - b), z statistic and two-sided p-value.';

CREATE FUNCTION @extschema@.nps_test(a @extschema@.nps_state, b @extschema@.nps_state)
RETURNS @extschema@.nps_test_result
AS 'MODULE_PATHNAME', 'nps_state_test' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_test(@extschema@.nps_state, @extschema@.nps_state) IS
'Two-sample z-test of NPS(a) = NPS(b) for independent samples: z = (NPS''a - NPS''b) / sqrt(SE''a^2 + SE''b^2) with adjusted-Wald estimates, two-sided p-value; difference is the observed NPS(a) - NPS(b). NULL when either state is empty.';

CREATE TYPE @extschema@.nps_summary_result AS (
	responses pg_catalog.int8,
	promoters pg_catalog.int8,
	passives pg_catalog.int8,
	detractors pg_catalog.int8,
	nps pg_catalog.float8,
	margin_of_error pg_catalog.float8,
	ci_lower pg_catalog.float8,
	ci_upper pg_catalog.float8
);
COMMENT ON TYPE @extschema@.nps_summary_result IS
'One-row NPS summary for BI tools: counts, NPS, 95% margin of error and adjusted-Wald interval.';

CREATE FUNCTION @extschema@.nps_summary(@extschema@.nps_state)
RETURNS @extschema@.nps_summary_result
AS 'MODULE_PATHNAME', 'nps_state_summary' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_summary(@extschema@.nps_state) IS
'One-row summary of an NPS state: responses, promoters, passives, detractors, nps, 95% margin_of_error, ci_lower, ci_upper (the last four NULL when empty).';

-- ---- nps_category -------------------------------------------------------------

CREATE FUNCTION @extschema@.nps_category(score pg_catalog.int2) RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'nps_category_int2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_category(score pg_catalog.int4) RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'nps_category_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_category(score pg_catalog.int8) RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'nps_category_int8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_category(score pg_catalog.numeric) RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'nps_category_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_category(pg_catalog.int2) IS
'promoter (9-10), passive (7-8) or detractor (0-6); an error outside 0-10.';
COMMENT ON FUNCTION @extschema@.nps_category(pg_catalog.int4) IS
'promoter (9-10), passive (7-8) or detractor (0-6); an error outside 0-10.';
COMMENT ON FUNCTION @extschema@.nps_category(pg_catalog.int8) IS
'promoter (9-10), passive (7-8) or detractor (0-6); an error outside 0-10.';
COMMENT ON FUNCTION @extschema@.nps_category(pg_catalog.numeric) IS
'promoter (9-10), passive (7-8) or detractor (0-6); an error outside 0-10 or for a fractional score.';

-- ---- aggregates ---------------------------------------------------------------

CREATE AGGREGATE @extschema@.nps(pg_catalog.int2) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_value, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_value,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.nps(pg_catalog.int4) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_value, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_value,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.nps(pg_catalog.int8) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_value, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_value,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.nps(pg_catalog.numeric) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_value, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_value,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.int2) IS
'Net Promoter Score of 0-10 answers, in [-100, 100]: 100 * (promoters 9-10 - detractors 0-6) / answers. NULLs ignored; NULL when there are no answers; an error for a score outside 0-10.';
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.int4) IS
'Net Promoter Score of 0-10 answers, in [-100, 100]: 100 * (promoters 9-10 - detractors 0-6) / answers. NULLs ignored; NULL when there are no answers; an error for a score outside 0-10.';
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.int8) IS
'Net Promoter Score of 0-10 answers, in [-100, 100]: 100 * (promoters 9-10 - detractors 0-6) / answers. NULLs ignored; NULL when there are no answers; an error for a score outside 0-10.';
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.numeric) IS
'Net Promoter Score of 0-10 answers, in [-100, 100]: 100 * (promoters 9-10 - detractors 0-6) / answers. NULLs ignored; NULL when there are no answers; an error for a score outside 0-10 or fractional.';

CREATE AGGREGATE @extschema@.nps_agg(pg_catalog.int2) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.nps_agg(pg_catalog.int4) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.nps_agg(pg_catalog.int8) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.nps_agg(pg_catalog.numeric) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int2) IS
'The nps_state (exact counts of each answer 0-10) of a set of answers, to store or to read with the nps_* accessors; NULLs ignored; {} when there are none.';
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int4) IS
'The nps_state (exact counts of each answer 0-10) of a set of answers, to store or to read with the nps_* accessors; NULLs ignored; {} when there are none.';
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int8) IS
'The nps_state (exact counts of each answer 0-10) of a set of answers, to store or to read with the nps_* accessors; NULLs ignored; {} when there are none.';
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.numeric) IS
'The nps_state (exact counts of each answer 0-10) of a set of answers, to store or to read with the nps_* accessors; NULLs ignored; {} when there are none.';

CREATE AGGREGATE @extschema@.nps_rollup(@extschema@.nps_state) (
	SFUNC = @extschema@.nps_state_combine, STYPE = @extschema@.nps_state, INITCOND = '{}',
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_combine, MINVFUNC = @extschema@.nps_state_subtract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps_rollup(@extschema@.nps_state) IS
'Merges stored NPS states (e.g. daily states into a month): the state of all their answers; NULL states ignored; {} when there are none.';

CREATE AGGREGATE @extschema@.nps_summary(pg_catalog.int2) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_summary, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_summary,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.nps_summary(pg_catalog.int4) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_summary, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_summary,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.nps_summary(pg_catalog.int8) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_summary, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_summary,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.nps_summary(pg_catalog.numeric) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_summary, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_summary,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps_summary(pg_catalog.int2) IS
'One-row NPS summary of 0-10 answers for BI tools: (responses, promoters, passives, detractors, nps, margin_of_error, ci_lower, ci_upper), 95% adjusted-Wald interval.';
COMMENT ON AGGREGATE @extschema@.nps_summary(pg_catalog.int4) IS
'One-row NPS summary of 0-10 answers for BI tools: (responses, promoters, passives, detractors, nps, margin_of_error, ci_lower, ci_upper), 95% adjusted-Wald interval.';
COMMENT ON AGGREGATE @extschema@.nps_summary(pg_catalog.int8) IS
'One-row NPS summary of 0-10 answers for BI tools: (responses, promoters, passives, detractors, nps, margin_of_error, ci_lower, ci_upper), 95% adjusted-Wald interval.';
COMMENT ON AGGREGATE @extschema@.nps_summary(pg_catalog.numeric) IS
'One-row NPS summary of 0-10 answers for BI tools: (responses, promoters, passives, detractors, nps, margin_of_error, ci_lower, ci_upper), 95% adjusted-Wald interval.';

-- ---- weighted NPS -------------------------------------------------------------
-- State: float8[11], the weight sums of scores 0-10 (concrete, so combinable on
-- Citus workers).  No inverse transition: subtracting floating-point weights
-- does not give back the exact earlier sums (the reason sum(float8) has none).

CREATE FUNCTION @extschema@.nps_weighted_accum(pg_catalog.float8[], pg_catalog.int2, pg_catalog.float8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'nps_weighted_accum_int2'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_weighted_accum(pg_catalog.float8[], pg_catalog.int4, pg_catalog.float8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'nps_weighted_accum_int4'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_weighted_accum(pg_catalog.float8[], pg_catalog.int8, pg_catalog.float8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'nps_weighted_accum_int8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_weighted_accum(pg_catalog.float8[], pg_catalog.numeric, pg_catalog.float8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'nps_weighted_accum_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_weighted_combine(pg_catalog.float8[], pg_catalog.float8[])
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'nps_weighted_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_weighted_value(pg_catalog.float8[])
RETURNS pg_catalog.float8 AS 'MODULE_PATHNAME', 'nps_weighted_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.nps_weighted_accum(pg_catalog.float8[], pg_catalog.int2, pg_catalog.float8) IS
'Transition function of the weighted nps(score, weight): adds the weight to the weight sum of the score.';
COMMENT ON FUNCTION @extschema@.nps_weighted_accum(pg_catalog.float8[], pg_catalog.int4, pg_catalog.float8) IS
'Transition function of the weighted nps(score, weight): adds the weight to the weight sum of the score.';
COMMENT ON FUNCTION @extschema@.nps_weighted_accum(pg_catalog.float8[], pg_catalog.int8, pg_catalog.float8) IS
'Transition function of the weighted nps(score, weight): adds the weight to the weight sum of the score.';
COMMENT ON FUNCTION @extschema@.nps_weighted_accum(pg_catalog.float8[], pg_catalog.numeric, pg_catalog.float8) IS
'Transition function of the weighted nps(score, weight): adds the weight to the weight sum of the score.';
COMMENT ON FUNCTION @extschema@.nps_weighted_combine(pg_catalog.float8[], pg_catalog.float8[]) IS
'Combine function of the weighted nps(score, weight): element-wise sum of two arrays of 11 weight sums.';
COMMENT ON FUNCTION @extschema@.nps_weighted_value(pg_catalog.float8[]) IS
'Weighted NPS from the 11 weight sums of scores 0-10: 100 * (W(9-10) - W(0-6)) / W; NULL when the total weight is 0.';

CREATE AGGREGATE @extschema@.nps(pg_catalog.int2, pg_catalog.float8) (
	SFUNC = @extschema@.nps_weighted_accum, STYPE = pg_catalog.float8[],
	INITCOND = '{0,0,0,0,0,0,0,0,0,0,0}', FINALFUNC = @extschema@.nps_weighted_value,
	COMBINEFUNC = @extschema@.nps_weighted_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.nps(pg_catalog.int4, pg_catalog.float8) (
	SFUNC = @extschema@.nps_weighted_accum, STYPE = pg_catalog.float8[],
	INITCOND = '{0,0,0,0,0,0,0,0,0,0,0}', FINALFUNC = @extschema@.nps_weighted_value,
	COMBINEFUNC = @extschema@.nps_weighted_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.nps(pg_catalog.int8, pg_catalog.float8) (
	SFUNC = @extschema@.nps_weighted_accum, STYPE = pg_catalog.float8[],
	INITCOND = '{0,0,0,0,0,0,0,0,0,0,0}', FINALFUNC = @extschema@.nps_weighted_value,
	COMBINEFUNC = @extschema@.nps_weighted_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.nps(pg_catalog.numeric, pg_catalog.float8) (
	SFUNC = @extschema@.nps_weighted_accum, STYPE = pg_catalog.float8[],
	INITCOND = '{0,0,0,0,0,0,0,0,0,0,0}', FINALFUNC = @extschema@.nps_weighted_value,
	COMBINEFUNC = @extschema@.nps_weighted_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.int2, pg_catalog.float8) IS
'Weighted Net Promoter Score: 100 * (weight of promoters - weight of detractors) / total weight. Rows with a NULL score or weight are ignored; NULL when the total weight is 0; an error for a negative, NaN or infinite weight.';
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.int4, pg_catalog.float8) IS
'Weighted Net Promoter Score: 100 * (weight of promoters - weight of detractors) / total weight. Rows with a NULL score or weight are ignored; NULL when the total weight is 0; an error for a negative, NaN or infinite weight.';
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.int8, pg_catalog.float8) IS
'Weighted Net Promoter Score: 100 * (weight of promoters - weight of detractors) / total weight. Rows with a NULL score or weight are ignored; NULL when the total weight is 0; an error for a negative, NaN or infinite weight.';
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.numeric, pg_catalog.float8) IS
'Weighted Net Promoter Score: 100 * (weight of promoters - weight of detractors) / total weight. Rows with a NULL score or weight are ignored; NULL when the total weight is 0; an error for a negative, NaN or infinite weight.';
