-- Empathy scores of agent messages and conversations (Spanish and English).
-- See README.md, section "Empathy".

-- ---- the lexicon ---------------------------------------------------------------
--
-- Two tables behind one view:
--   empathy_lexicon_shipped  the starting lexicon, owned by the extension; it is
--                            recreated by CREATE EXTENSION and replaced by
--                            upgrades, and never dumped;
--   empathy_lexicon_user     every edit of the DBA: added phrases, changed
--                            shipped phrases, and tombstones (deleted = true)
--                            of deleted shipped phrases; dumped in full by
--                            pg_dump (pg_extension_config_dump).
--   empathy_lexicon          the view users query and edit with plain INSERT /
--                            UPDATE / DELETE: user rows win over shipped ones.
-- So every kind of edit survives pg_dump / pg_restore and extension upgrades.

CREATE FUNCTION @extschema@.empathy_phrase_problem(phrase pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'empathy_phrase_problem'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.empathy_phrase_problem(pg_catalog.text) IS
'Why a phrase cannot be an empathy lexicon entry (no letters or digits, letters outside the Latin alphabet, longer than 300 bytes), or NULL when it can.';

CREATE TABLE @extschema@.empathy_lexicon_shipped (
	language pg_catalog.text NOT NULL,
	phrase pg_catalog.text NOT NULL,
	dimension pg_catalog.text NOT NULL,
	weight pg_catalog.float8 NOT NULL,
	PRIMARY KEY (language, phrase),
	CONSTRAINT empathy_lexicon_shipped_language_known CHECK (language IN ('es', 'en')),
	CONSTRAINT empathy_lexicon_shipped_dimension_known CHECK (dimension IN
		('acknowledgement', 'apology', 'ownership', 'exploration', 'anti_empathy', 'complaint')),
	CONSTRAINT empathy_lexicon_shipped_phrase_usable CHECK (@extschema@.empathy_phrase_problem(phrase) IS NULL),
	CONSTRAINT empathy_lexicon_shipped_weight_range CHECK (weight > 0 AND weight <= 3)
);

COMMENT ON TABLE @extschema@.empathy_lexicon_shipped IS
'The empathy lexicon shipped with cx_metrics (replaced by extension upgrades, not dumped). Edit the lexicon through the view empathy_lexicon, never here.';

CREATE TABLE @extschema@.empathy_lexicon_user (
	language pg_catalog.text NOT NULL,
	phrase pg_catalog.text NOT NULL,
	dimension pg_catalog.text NOT NULL,
	weight pg_catalog.float8 NOT NULL,
	deleted pg_catalog.bool NOT NULL DEFAULT false,
	PRIMARY KEY (language, phrase),
	CONSTRAINT empathy_lexicon_language_known CHECK (language IN ('es', 'en')),
	CONSTRAINT empathy_lexicon_dimension_known CHECK (dimension IN
		('acknowledgement', 'apology', 'ownership', 'exploration', 'anti_empathy', 'complaint')),
	CONSTRAINT empathy_lexicon_phrase_usable CHECK (@extschema@.empathy_phrase_problem(phrase) IS NULL),
	CONSTRAINT empathy_lexicon_weight_range CHECK (weight > 0 AND weight <= 3)
);

COMMENT ON TABLE @extschema@.empathy_lexicon_user IS
'Your edits of the empathy lexicon: added phrases, changed shipped phrases and (deleted = true) removed shipped phrases. Kept by pg_dump and upgrades. Edit through the view empathy_lexicon.';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.empathy_lexicon_user', '');

CREATE VIEW @extschema@.empathy_lexicon AS
SELECT u.language, u.phrase, u.dimension, u.weight,
       CASE WHEN s.phrase IS NULL THEN 'user' ELSE 'edited' END AS source
FROM @extschema@.empathy_lexicon_user u
LEFT JOIN @extschema@.empathy_lexicon_shipped s ON s.language = u.language AND s.phrase = u.phrase
WHERE NOT u.deleted
UNION ALL
SELECT s.language, s.phrase, s.dimension, s.weight, 'shipped'
FROM @extschema@.empathy_lexicon_shipped s
WHERE NOT EXISTS (SELECT 1 FROM @extschema@.empathy_lexicon_user u
                  WHERE u.language = s.language AND u.phrase = s.phrase);

ALTER VIEW @extschema@.empathy_lexicon ALTER COLUMN weight SET DEFAULT 1.0;

COMMENT ON VIEW @extschema@.empathy_lexicon IS
'The empathy lexicon: one row per (language, phrase) with its dimension and weight (0 < weight <= 3; anti_empathy rows subtract). Edit it with plain INSERT, UPDATE and DELETE; changes take effect in every session from its next statement and survive pg_dump and upgrades. source: shipped, edited (a shipped phrase you changed) or user (a phrase you added).';

-- Validation with messages that say what is wrong (the tables' CHECK
-- constraints are the backstop).
CREATE FUNCTION @extschema@.empathy_lexicon_validate(language pg_catalog.text, phrase pg_catalog.text,
                                                     dimension pg_catalog.text, weight pg_catalog.float8)
RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE
	problem text;
BEGIN
	IF language IS NULL OR language NOT IN ('es', 'en') THEN
		RAISE EXCEPTION 'unknown empathy lexicon language %', coalesce(quote_literal(language), 'NULL')
			USING ERRCODE = 'check_violation', HINT = 'Languages are ''es'' and ''en''.';
	END IF;
	IF dimension IS NULL OR dimension NOT IN ('acknowledgement', 'apology', 'ownership',
	                                          'exploration', 'anti_empathy', 'complaint') THEN
		RAISE EXCEPTION 'unknown empathy dimension %', coalesce(quote_literal(dimension), 'NULL')
			USING ERRCODE = 'check_violation',
			      HINT = 'Dimensions are acknowledgement, apology, ownership, exploration, anti_empathy (lowers the score) and complaint (customer distress).';
	END IF;
	IF phrase IS NULL OR pg_catalog.btrim(phrase) = '' THEN
		RAISE EXCEPTION 'empty empathy lexicon phrase'
			USING ERRCODE = 'check_violation', HINT = 'Give the expression as written, e.g. ''lamento las molestias''.';
	END IF;
	problem := @extschema@.empathy_phrase_problem(phrase);
	IF problem IS NOT NULL THEN
		RAISE EXCEPTION 'unusable empathy lexicon phrase %', quote_literal(phrase)
			USING ERRCODE = 'check_violation',
			      DETAIL = upper(left(problem, 1)) || substr(problem, 2) || '.';
	END IF;
	IF weight IS NULL OR NOT (weight > 0 AND weight <= 3) THEN
		RAISE EXCEPTION 'empathy lexicon weight % is out of range', coalesce(weight::text, 'NULL')
			USING ERRCODE = 'check_violation',
			      DETAIL = 'Weights are greater than 0 and at most 3.',
			      HINT = 'To make an expression lower the score, give it the dimension anti_empathy with a positive weight.';
	END IF;
END;
$$;

COMMENT ON FUNCTION @extschema@.empathy_lexicon_validate(pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.float8) IS
'Raises a check_violation saying what is wrong with an empathy lexicon row (language, phrase, dimension, weight); used by the view empathy_lexicon.';

CREATE FUNCTION @extschema@.empathy_lexicon_edit()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		PERFORM @extschema@.empathy_lexicon_validate(NEW.language, NEW.phrase, NEW.dimension, NEW.weight);
	END IF;
	-- the old key goes away: a tombstone hides a shipped phrase, a user row is just deleted
	IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD.language, OLD.phrase) IS DISTINCT FROM (NEW.language, NEW.phrase)) THEN
		IF EXISTS (SELECT 1 FROM @extschema@.empathy_lexicon_shipped s
		           WHERE s.language = OLD.language AND s.phrase = OLD.phrase) THEN
			INSERT INTO @extschema@.empathy_lexicon_user AS u (language, phrase, dimension, weight, deleted)
			SELECT s.language, s.phrase, s.dimension, s.weight, true
			FROM @extschema@.empathy_lexicon_shipped s
			WHERE s.language = OLD.language AND s.phrase = OLD.phrase
			ON CONFLICT (language, phrase) DO UPDATE
				SET deleted = true, dimension = EXCLUDED.dimension, weight = EXCLUDED.weight;
		ELSE
			DELETE FROM @extschema@.empathy_lexicon_user u
			WHERE u.language = OLD.language AND u.phrase = OLD.phrase;
		END IF;
		IF TG_OP = 'DELETE' THEN
			RETURN OLD;
		END IF;
	END IF;
	IF TG_OP = 'INSERT' OR (OLD.language, OLD.phrase) IS DISTINCT FROM (NEW.language, NEW.phrase) THEN
		IF EXISTS (SELECT 1 FROM @extschema@.empathy_lexicon v
		           WHERE v.language = NEW.language AND v.phrase = NEW.phrase) THEN
			RAISE EXCEPTION 'phrase % is already in the % empathy lexicon', quote_literal(NEW.phrase), NEW.language
				USING ERRCODE = 'unique_violation',
				      HINT = 'Use UPDATE to change its dimension or weight.';
		END IF;
	END IF;
	INSERT INTO @extschema@.empathy_lexicon_user AS u (language, phrase, dimension, weight, deleted)
	VALUES (NEW.language, NEW.phrase, NEW.dimension, NEW.weight, false)
	ON CONFLICT (language, phrase) DO UPDATE
		SET dimension = EXCLUDED.dimension, weight = EXCLUDED.weight, deleted = false;
	NEW.source := CASE WHEN EXISTS (SELECT 1 FROM @extschema@.empathy_lexicon_shipped s
	                                WHERE s.language = NEW.language AND s.phrase = NEW.phrase)
	                   THEN 'edited' ELSE 'user' END;
	RETURN NEW;
END;
$$;

COMMENT ON FUNCTION @extschema@.empathy_lexicon_edit() IS
'INSTEAD OF trigger of the view empathy_lexicon: turns INSERT / UPDATE / DELETE into rows of empathy_lexicon_user (edits and tombstones of shipped phrases).';

CREATE TRIGGER empathy_lexicon_edit
INSTEAD OF INSERT OR UPDATE OR DELETE ON @extschema@.empathy_lexicon
FOR EACH ROW EXECUTE FUNCTION @extschema@.empathy_lexicon_edit();

CREATE FUNCTION @extschema@.empathy_lexicon_invalidate()
RETURNS trigger
AS 'MODULE_PATHNAME', 'empathy_lexicon_invalidate'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.empathy_lexicon_invalidate() IS
'Statement trigger of the empathy lexicon tables: tells every session to recompile its lexicon (relcache invalidation, delivered at commit).';

CREATE TRIGGER empathy_lexicon_user_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.empathy_lexicon_user
FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.empathy_lexicon_invalidate();

CREATE TRIGGER empathy_lexicon_shipped_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.empathy_lexicon_shipped
FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.empathy_lexicon_invalidate();

-- ---- one message -------------------------------------------------------------------

CREATE FUNCTION @extschema@.empathy_score(body pg_catalog.text, lang pg_catalog.text DEFAULT NULL)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'empathy_score'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.empathy_score(pg_catalog.text, pg_catalog.text) IS
'Empathy score of one message, from -100 to 100: 100 * (P - A), P = 1 - exp(-sum of positive weights / 2) (each of the four positive dimensions counting at most 3), A = 1 - exp(-anti-empathy weights (at most 12) / 2); so within +-99.75. lang: ''es'', ''en'' or NULL to detect it. NULL body gives NULL.';

CREATE FUNCTION @extschema@.empathy_markers(body pg_catalog.text, lang pg_catalog.text DEFAULT NULL,
	OUT dimension pg_catalog.text, OUT phrase pg_catalog.text, OUT matched pg_catalog.text,
	OUT "position" pg_catalog.int8, OUT weight pg_catalog.float8, OUT negated pg_catalog.bool,
	OUT language pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'empathy_markers'
LANGUAGE C STABLE PARALLEL SAFE ROWS 5;

COMMENT ON FUNCTION @extschema@.empathy_markers(pg_catalog.text, pg_catalog.text) IS
'The lexicon expressions found in a message, one row each, in text order: dimension, lexicon phrase, the text as written, its character position (1-based), its signed weight (negative for anti_empathy, 0 when negated) and whether a negation cancelled it. Explains empathy_score.';

CREATE FUNCTION @extschema@.empathy_normalize(body pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'empathy_normalize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.empathy_normalize(pg_catalog.text) IS
'The text as the empathy matcher sees it: lowercase, accents stripped, apostrophes dropped, punctuation, emoji and spaces collapsed to one separator (| at clause punctuation).';

-- ---- conversations -------------------------------------------------------------------

CREATE TYPE @extschema@.empathy_result AS (
	score pg_catalog.float8,
	language pg_catalog.float8,
	understanding pg_catalog.float8,
	responsiveness pg_catalog.float8,
	listening pg_catalog.float8,
	conversations pg_catalog.int8,
	agent_messages pg_catalog.int8,
	customer_messages pg_catalog.int8
);

COMMENT ON TYPE @extschema@.empathy_result IS
'Result of empathy_agg: overall score and its four components, each 0-100 (NULL when not applicable), and the counts they rest on.';

CREATE FUNCTION @extschema@.empathy_agg_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'empathy_agg_trans'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.empathy_agg_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz) IS
'Transition function of empathy_agg(role, body, sent_at).';

CREATE FUNCTION @extschema@.empathy_agg_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'empathy_agg_conv_trans'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.empathy_agg_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz) IS
'Transition function of empathy_agg(conversation, role, body, sent_at).';

CREATE FUNCTION @extschema@.empathy_agg_combine(pg_catalog.internal, pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'empathy_agg_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.empathy_agg_combine(pg_catalog.internal, pg_catalog.internal) IS
'Combine function of empathy_agg (parallel aggregation): concatenates the message records.';

CREATE FUNCTION @extschema@.empathy_agg_serial(pg_catalog.internal)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'empathy_agg_serial'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.empathy_agg_serial(pg_catalog.internal) IS
'Serialisation function of empathy_agg.';

CREATE FUNCTION @extschema@.empathy_agg_deserial(pg_catalog.bytea, pg_catalog.internal)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'empathy_agg_deserial'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.empathy_agg_deserial(pg_catalog.bytea, pg_catalog.internal) IS
'Deserialisation function of empathy_agg (validates the state).';

CREATE FUNCTION @extschema@.empathy_agg_final(pg_catalog.internal)
RETURNS @extschema@.empathy_result
AS 'MODULE_PATHNAME', 'empathy_agg_final'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.empathy_agg_final(pg_catalog.internal) IS
'Final function of empathy_agg: orders the messages by conversation and time and computes the components (reads cx_metrics.reply_target).';

CREATE AGGREGATE @extschema@.empathy_agg(role pg_catalog.text, body pg_catalog.text, sent_at pg_catalog.timestamptz) (
	SFUNC = @extschema@.empathy_agg_trans,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.empathy_agg_final,
	COMBINEFUNC = @extschema@.empathy_agg_combine,
	SERIALFUNC = @extschema@.empathy_agg_serial,
	DESERIALFUNC = @extschema@.empathy_agg_deserial,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.empathy_agg(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz) IS
'Empathy of ONE conversation (all rows form one conversation, ordered by sent_at): empathy_result with score, language, understanding, responsiveness and listening, each 0-100. role: agent/outgoing/1 or customer/incoming/0.';

CREATE AGGREGATE @extschema@.empathy_agg(conversation pg_catalog.text, role pg_catalog.text, body pg_catalog.text, sent_at pg_catalog.timestamptz) (
	SFUNC = @extschema@.empathy_agg_trans,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.empathy_agg_final,
	COMBINEFUNC = @extschema@.empathy_agg_combine,
	SERIALFUNC = @extschema@.empathy_agg_serial,
	DESERIALFUNC = @extschema@.empathy_agg_deserial,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.empathy_agg(pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz) IS
'Empathy of the conversations in a group (per agent, team or week): each conversation (key cast to text) is scored on its own, ordered by sent_at; components are averaged over conversations.';
