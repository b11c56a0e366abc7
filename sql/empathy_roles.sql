-- empathy_score, empathy_markers and empathy_agg work for any role that may
-- execute them, with no grant on the lexicon: the lexicon is read as the
-- extension's owner.  The results do not depend on which role loaded the
-- lexicon first in the session.  Editing the lexicon stays refused.
-- (First statements of the session: nothing has loaded the lexicon yet.)
CREATE ROLE regress_empathy_roles_app;
CREATE TABLE empathy_roles_msgs (id int, role text, body text, sent_at timestamptz);
INSERT INTO empathy_roles_msgs VALUES
  (1, 'customer', 'My order never arrived and nobody answers.', '2026-01-01 10:00+00'),
  (2, 'agent', 'Lamento mucho las molestias, me encargo personalmente.', '2026-01-01 10:03+00'),
  (3, 'customer', 'Thanks.', '2026-01-01 10:05+00'),
  (4, 'agent', 'I''m sorry you feel that way. As I said before, calm down.', '2026-01-01 10:30+00');
GRANT SELECT ON empathy_roles_msgs TO regress_empathy_roles_app;

SET ROLE regress_empathy_roles_app;
-- the role has no privilege on the lexicon
SELECT has_table_privilege('empathy_lexicon', 'SELECT') AS can_read_lexicon;
CREATE TEMP TABLE empathy_roles_app_result AS
SELECT m.id, empathy_score(m.body) AS score, empathy_score(m.body, 'en') AS score_en,
       (SELECT array_agg(k::text ORDER BY k."position") FROM empathy_markers(m.body) k) AS markers
FROM empathy_roles_msgs m;
CREATE TEMP TABLE empathy_roles_app_agg AS
SELECT (empathy_agg(role, body, sent_at ORDER BY id))::text AS agg FROM empathy_roles_msgs;
SELECT id, round(score::numeric, 4) AS score, round(score_en::numeric, 4) AS score_en,
       cardinality(markers) AS markers
FROM empathy_roles_app_result ORDER BY id;
-- the edit path still refuses the role: the view, and the tables behind it
INSERT INTO empathy_lexicon (language, phrase, dimension) VALUES ('en', 'regress roles phrase', 'apology');
UPDATE empathy_lexicon SET weight = 3 WHERE language = 'en';
DELETE FROM empathy_lexicon WHERE language = 'en';
INSERT INTO empathy_lexicon_user (language, phrase, dimension, weight) VALUES ('en', 'regress roles phrase', 'apology', 1);
DELETE FROM empathy_lexicon_shipped;
TRUNCATE empathy_lexicon_user;
SELECT count(*) FROM empathy_lexicon;
-- reading the lexicon as the owner left the role itself
SELECT current_user, session_user = current_user AS is_session_user;
RESET ROLE;

-- the owner gets the same results
SELECT count(*) AS rows, count(*) FILTER (WHERE r.score = empathy_score(m.body)
                                          AND r.score_en = empathy_score(m.body, 'en')
                                          AND r.markers IS NOT DISTINCT FROM
                                              (SELECT array_agg(k::text ORDER BY k."position") FROM empathy_markers(m.body) k)) AS same
FROM empathy_roles_app_result r JOIN empathy_roles_msgs m USING (id);
SELECT a.agg = (SELECT (empathy_agg(role, body, sent_at ORDER BY id))::text FROM empathy_roles_msgs) AS same_agg
FROM empathy_roles_app_agg a;

-- a lexicon change made by the owner is seen by the role, and the other way
-- round the role's results do not depend on the owner having loaded it
INSERT INTO empathy_lexicon (language, phrase, dimension, weight) VALUES ('en', 'regress roles phrase', 'apology', 2.5);
SET ROLE regress_empathy_roles_app;
-- an apology of weight 2.5 in 3 words: 100 * (1 - exp(-(0.5 * E + L) / 100))
SELECT round(empathy_score('regress roles phrase', 'en')::numeric, 4) AS role_sees_edit,
       round((100 * (1 - exp(-(0.5 * 100 * (1 - exp(-2.5 / 1.5)) + 100 * (1 - exp(-3 / 25.0))) / 100)))::numeric, 4) AS expected;
RESET ROLE;
SELECT round(empathy_score('regress roles phrase', 'en')::numeric, 4) AS owner_sees_edit;
DELETE FROM empathy_lexicon WHERE phrase = 'regress roles phrase';
SET ROLE regress_empathy_roles_app;
SELECT (empathy_detail('regress roles phrase', 'en')).emotional_reaction AS role_sees_delete;
-- NULL and empty input as the role
SELECT empathy_score(NULL) IS NULL AS null_body, empathy_score('') AS empty,
       (SELECT count(*) FROM empathy_markers(NULL)) AS null_markers,
       (SELECT count(*) FROM empathy_markers('', NULL)) AS empty_markers;
RESET ROLE;

DROP TABLE empathy_roles_app_result, empathy_roles_app_agg;
DROP TABLE empathy_roles_msgs;
DROP ROLE regress_empathy_roles_app;
