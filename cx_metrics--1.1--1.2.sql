-- cx_metrics 1.1 -> 1.2 (also run by CREATE EXTENSION, after cx_metrics--1.0.sql
-- and cx_metrics--1.0--1.1.sql)
\echo Use "ALTER EXTENSION cx_metrics UPDATE TO '1.2'" to load this file. \quit

-- 1.2 is in development: every change of 1.2 goes into this file, one
-- section per change, each between a "---- <title> ----" line and a
-- "---- end of <title> ----" line; add yours at the end.  Once 1.2 is
-- released this file is frozen like the others, and 1.3 starts
-- cx_metrics--1.2--1.3.sql.  Qualify everything with @extschema@ or
-- pg_catalog: the script never relies on search_path.

-- ---- comments on every column and composite-type attribute ----------------
-- For a DBA reading \d+ (or a BI tool reading pg_description): what each
-- value is, its unit or range, when it is NULL, and who sets it.  The
-- regression test sql/comments.sql fails when an object of the extension
-- has no comment, so new objects need one.

-- the sequences (1.0 commented their tables only)
COMMENT ON SEQUENCE @extschema@.cx_alert_id_seq IS
'Source of cx_alert.id. Advanced by the alert triggers for every new alert (not for events folded into an open alert); kept by pg_dump.';
COMMENT ON SEQUENCE @extschema@.cx_alert_config_config_id_seq IS
'Source of cx_alert_config.config_id. Advanced by cx_alert_attach(); kept by pg_dump.';

-- cx_alert_config: one row per attached alert trigger
COMMENT ON COLUMN @extschema@.cx_alert_config.config_id IS
'Identifier of the attached alert trigger, returned by cx_alert_attach() (serial, from cx_alert_config_config_id_seq). Passed to the trigger as its first argument and stored in cx_alert.config_id of every alert it raises. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_config.table_name IS
'The table the alert trigger is on (regclass: follows renames, shown schema-qualified when the schema is not on search_path). Set by cx_alert_attach(); the row goes away with cx_alert_detach() or when the table is dropped (event trigger cx_alert_forget_dropped). Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_config.kind IS
'The kind given to cx_alert_attach(): nps, csat, ces, empathy, segment_drop or friction. Its alerts have cx_alert.kind nps_detractor, csat_low, ces_high_effort, empathy_low, nps_segment_drop or journey_friction respectively. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_config.trigger_name IS
'Name of the trigger on table_name: the setting "trigger_name", by default cx_alert_<kind> (cx_alert_nps, ..., cx_alert_segment_drop, cx_alert_friction). Unique per table; cx_alert_detach(tbl, trigger_name => ...) drops one by name. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_config.config IS
'The settings as validated by cx_alert_attach(), with every default filled in (columns, threshold, cooldown as an interval text, channel, ...; segment_drop and friction also the resolved column types and window sizes). The row triggers (nps, csat, ces, empathy) run from the same values passed as trigger arguments; the segment_drop and friction triggers read this column at every statement. Do not edit it: detach and attach again. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_config.created_at IS
'When the trigger was attached: start time of the transaction that called cx_alert_attach() (default now()). Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_config.created_by IS
'The session user (login role, not a role taken with SET ROLE) that called cx_alert_attach() (default SESSION_USER). Never NULL.';

-- cx_alert: the alert log
COMMENT ON COLUMN @extschema@.cx_alert.id IS
'Alert identifier (bigserial, from cx_alert_id_seq), assigned by the alert trigger that raised it; the "id" of the NOTIFY payload and the argument of cx_alert_ack() and cx_alert_resolve(). Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert.kind IS
'What happened: nps_detractor (NPS answer <= threshold, 0-10 scale), csat_low (CSAT rating <= threshold), ces_high_effort (CES answer <= threshold, 1-7 "made it easy" scale), empathy_low (agent message below the empathy threshold or with anti-empathy language), nps_segment_drop (a segment''s NPS significantly below its baseline), journey_friction (repeats or loops in a journey). Set by the trigger; never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert.severity IS
'low, medium or high (CHECK constraint), set by the trigger: high for NPS 0-3, CSAT 1, CES 1, an empathy score below the threshold together with anti-empathy language, a segment drop with p-value below alpha/10, or friction at twice a threshold; medium otherwise. The triggers of this version never raise low. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert.source_table IS
'The table whose INSERT or UPDATE raised the alert, schema-qualified and quoted as needed (e.g. public.answers), as text: it stays readable after the table is renamed or dropped. Set by the trigger; never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert.source_key IS
'Which row or period raised it, as text: for nps, csat, ces and empathy the value of the row''s key column (setting "key", default the single-column primary key); for nps_segment_drop the day tested (YYYY-MM-DD); for journey_friction the time of the journey''s latest event (timestamptz text in the inserting session''s TimeZone). NULL when the row''s key is NULL. Set by the trigger when the alert is raised, not changed by folded events.';
COMMENT ON COLUMN @extschema@.cx_alert.subject IS
'Who or what the alert is about, as text: the customer (setting "subject") for nps, csat, ces and empathy, the segment for nps_segment_drop, the journey key for journey_friction. Alerts of the same kind and subject inside the cooldown are folded into one (occurrences). NULL when the subject column was NULL: such alerts have no cooldown. Set by the trigger.';
COMMENT ON COLUMN @extschema@.cx_alert.details IS
'What a responder needs, as a JSON object built by the trigger when the alert is raised (later folded events do not change it). nps/csat/ces: score, threshold, previous_score (on UPDATE), score_column, table, key, at, values (the "include" columns, text cut at 2,000 bytes). empathy_low: empathy_score, anti_empathy (count of anti-empathy expressions), threshold, text_column, table, key, at, values. nps_segment_drop: segment, day, window_nps, window_answers, baseline_nps, baseline_answers, difference (NPS points), p_value, window_days, baseline_days, alpha, table. journey_friction: journey, events, repeats, loops, last_stage, window, repeats_threshold, loops_threshold, last_event_at, table. Never NULL (default {}).';
COMMENT ON COLUMN @extschema@.cx_alert.channel IS
'The LISTEN/NOTIFY channel the new alert was announced on (setting "channel", default cx_alerts), copied from the configuration by the trigger. NULL only for rows not written by the alert triggers.';
COMMENT ON COLUMN @extschema@.cx_alert.config_id IS
'The cx_alert_config row of the trigger that raised the alert. Not a foreign key: the alert stays (as history) after cx_alert_detach() or a DROP TABLE deletes that row, and then names a configuration that no longer exists. NULL only for rows not written by the alert triggers.';
COMMENT ON COLUMN @extschema@.cx_alert.created_at IS
'When the alert was raised: the start time of the transaction that inserted or updated the customer''s row. The cooldown runs from here (an open alert of the same kind and subject created less than "cooldown" ago absorbs new events). Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert.occurrences IS
'How many events this alert stands for: 1 when raised, plus one per event of the same kind and subject folded into it while it was open and inside its cooldown (those page nobody). Updated by the triggers. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert.last_seen_at IS
'Start time of the transaction of the latest event folded into this alert; equal to created_at while occurrences = 1. Updated by the triggers. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert.acknowledged_at IS
'When someone took the alert on: set by cx_alert_ack() (or by cx_alert_resolve() when not acknowledged before) to the start time of that transaction. NULL while unacknowledged; never NULL when resolved_at is set (CHECK constraint).';
COMMENT ON COLUMN @extschema@.cx_alert.acknowledged_by IS
'Session user (login role) that acknowledged the alert, set with acknowledged_at by cx_alert_ack() or cx_alert_resolve(). NULL while unacknowledged.';
COMMENT ON COLUMN @extschema@.cx_alert.ack_note IS
'Free-text note given to cx_alert_ack(alert_id, note). NULL when none was given or when the alert was acknowledged by cx_alert_resolve().';
COMMENT ON COLUMN @extschema@.cx_alert.resolved_at IS
'When the alert was resolved: set by cx_alert_resolve() to the start time of that transaction. NULL while open (the views cx_alert_open and cx_alert_open_by_kind show those); resolving ends the cooldown, so the next event of the same kind and subject raises a new alert.';
COMMENT ON COLUMN @extschema@.cx_alert.resolved_by IS
'Session user (login role) that resolved the alert, set by cx_alert_resolve(). NULL while open.';
COMMENT ON COLUMN @extschema@.cx_alert.resolution_note IS
'Free-text note given to cx_alert_resolve(alert_id, note): what was done. NULL when none was given or while open.';

-- cx_alert_segment_rollup: NPS per segment and day for segment_drop
COMMENT ON COLUMN @extschema@.cx_alert_segment_rollup.config_id IS
'The segment_drop configuration (cx_alert_config.config_id) this rollup belongs to. The rows are deleted with it (cx_alert_detach(), DROP TABLE). Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_segment_rollup.segment IS
'The segment, as text: the answers table''s segment column, or the one of the "via" table joined on via_key. Answers whose segment is NULL are not counted. Set by cx_alert_attach() and the segment trigger; never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_segment_rollup.day IS
'The day of the answers: the "at" column''s date, taken in UTC for a timestamptz column and as stored for a date or timestamp column. Answers whose time is NULL are not counted. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_segment_rollup.state IS
'nps_state of that segment''s answers on that day (the counts of each answer 0-10; answers off the scale are left out with a WARNING). Filled from the existing rows by cx_alert_attach() and combined with every new statement''s answers by the segment trigger; nps_rollup(state) over a range of days gives the NPS of the period. Never NULL.';

-- the alert views
COMMENT ON COLUMN @extschema@.cx_alert_open.id IS 'cx_alert.id of the open (unresolved) alert.';
COMMENT ON COLUMN @extschema@.cx_alert_open.kind IS 'cx_alert.kind: nps_detractor, csat_low, ces_high_effort, empathy_low, nps_segment_drop or journey_friction.';
COMMENT ON COLUMN @extschema@.cx_alert_open.severity IS 'cx_alert.severity: low, medium or high.';
COMMENT ON COLUMN @extschema@.cx_alert_open.subject IS 'cx_alert.subject: the customer, segment or journey; NULL when the row had none.';
COMMENT ON COLUMN @extschema@.cx_alert_open.source_table IS 'cx_alert.source_table: the schema-qualified table whose row raised the alert.';
COMMENT ON COLUMN @extschema@.cx_alert_open.source_key IS 'cx_alert.source_key: the key of the row (or the day, or the journey''s last event time) that raised it; NULL when that key was NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_open.created_at IS 'cx_alert.created_at: when the alert was raised.';
COMMENT ON COLUMN @extschema@.cx_alert_open.age IS 'now() - created_at: how long the alert has been open, as of the start of the reading transaction. ORDER BY age DESC lists the oldest first.';
COMMENT ON COLUMN @extschema@.cx_alert_open.occurrences IS 'cx_alert.occurrences: events folded into the alert during its cooldown, 1 when none.';
COMMENT ON COLUMN @extschema@.cx_alert_open.last_seen_at IS 'cx_alert.last_seen_at: time of the latest event folded into it (created_at when none).';
COMMENT ON COLUMN @extschema@.cx_alert_open.acknowledged IS 'true when someone acknowledged the alert with cx_alert_ack() (acknowledged_at is set), false otherwise; never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_open.acknowledged_by IS 'cx_alert.acknowledged_by: who acknowledged it; NULL while unacknowledged.';

COMMENT ON COLUMN @extschema@.cx_alert_open_by_kind.kind IS 'Alert kind (cx_alert.kind); one row per kind that has open alerts.';
COMMENT ON COLUMN @extschema@.cx_alert_open_by_kind.open_alerts IS 'Number of open (unresolved) alerts of the kind; at least 1.';
COMMENT ON COLUMN @extschema@.cx_alert_open_by_kind.unacknowledged IS 'Open alerts of the kind that nobody acknowledged yet (acknowledged_at IS NULL).';
COMMENT ON COLUMN @extschema@.cx_alert_open_by_kind.high_severity IS 'Open alerts of the kind with severity high.';
COMMENT ON COLUMN @extschema@.cx_alert_open_by_kind.under_1h IS 'Open alerts of the kind created less than 1 hour ago (as of the start of the reading transaction).';
COMMENT ON COLUMN @extschema@.cx_alert_open_by_kind.from_1h_to_1d IS 'Open alerts of the kind created between 1 hour and 1 day ago.';
COMMENT ON COLUMN @extschema@.cx_alert_open_by_kind.over_1d IS 'Open alerts of the kind created more than 1 day ago.';
COMMENT ON COLUMN @extschema@.cx_alert_open_by_kind.oldest_age IS 'Age (now() - created_at) of the oldest open alert of the kind.';

COMMENT ON COLUMN @extschema@.cx_alert_response_times.kind IS 'Alert kind (cx_alert.kind); one row per kind ever raised (resolved alerts included).';
COMMENT ON COLUMN @extschema@.cx_alert_response_times.alerts IS 'Alerts of the kind in cx_alert, open or resolved.';
COMMENT ON COLUMN @extschema@.cx_alert_response_times.acknowledged IS 'Alerts of the kind that were acknowledged (by cx_alert_ack() or cx_alert_resolve()).';
COMMENT ON COLUMN @extschema@.cx_alert_response_times.resolved IS 'Alerts of the kind that were resolved with cx_alert_resolve().';
COMMENT ON COLUMN @extschema@.cx_alert_response_times.median_time_to_ack IS 'Median of acknowledged_at - created_at over the acknowledged alerts of the kind (interpolated, percentile_cont); NULL when none was acknowledged.';
COMMENT ON COLUMN @extschema@.cx_alert_response_times.p90_time_to_ack IS '90th percentile of acknowledged_at - created_at over the acknowledged alerts of the kind (interpolated); NULL when none was acknowledged.';
COMMENT ON COLUMN @extschema@.cx_alert_response_times.median_time_to_resolve IS 'Median of resolved_at - created_at over the resolved alerts of the kind (interpolated); NULL when none was resolved.';
COMMENT ON COLUMN @extschema@.cx_alert_response_times.p90_time_to_resolve IS '90th percentile of resolved_at - created_at over the resolved alerts of the kind (interpolated); NULL when none was resolved.';

-- the empathy lexicon
COMMENT ON COLUMN @extschema@.empathy_lexicon_shipped.language IS
'Language of the phrase: es (Spanish) or en (English). Shipped by the extension; never NULL.';
COMMENT ON COLUMN @extschema@.empathy_lexicon_shipped.phrase IS
'The expression as written (e.g. ''lo siento''); matched after empathy_normalize(), so case, accents and punctuation do not matter. Latin letters and digits, at most 300 bytes. Shipped by the extension; never NULL.';
COMMENT ON COLUMN @extschema@.empathy_lexicon_shipped.dimension IS
'What the phrase signals: acknowledgement, apology, ownership, exploration (raise the empathy score), anti_empathy (lowers it) or complaint (customer distress, used by empathy_agg''s understanding). Never NULL.';
COMMENT ON COLUMN @extschema@.empathy_lexicon_shipped.weight IS
'Strength of the phrase in its dimension, 0 < weight <= 3 (1 = typical). Never NULL.';

COMMENT ON COLUMN @extschema@.empathy_lexicon_user.language IS
'Language of the edited phrase: es or en. Written by the INSTEAD OF trigger of the view empathy_lexicon when you edit the view; never NULL.';
COMMENT ON COLUMN @extschema@.empathy_lexicon_user.phrase IS
'The phrase you added, changed or deleted, as written (matched after empathy_normalize(); at most 300 bytes). When it equals a shipped phrase of the same language, this row overrides it. Never NULL.';
COMMENT ON COLUMN @extschema@.empathy_lexicon_user.dimension IS
'acknowledgement, apology, ownership, exploration, anti_empathy or complaint (as in empathy_lexicon_shipped); not used when deleted. Never NULL.';
COMMENT ON COLUMN @extschema@.empathy_lexicon_user.weight IS
'Weight of the phrase, 0 < weight <= 3; not used when deleted. Never NULL.';
COMMENT ON COLUMN @extschema@.empathy_lexicon_user.deleted IS
'true: a tombstone, you deleted the shipped phrase of this language and phrase and it stays deleted across upgrades; false (default): an added or changed phrase in force. Never NULL.';

COMMENT ON COLUMN @extschema@.empathy_lexicon.language IS 'Language of the phrase: es or en. Required on INSERT.';
COMMENT ON COLUMN @extschema@.empathy_lexicon.phrase IS 'The expression as written; matched after empathy_normalize() (case, accents and punctuation do not matter). Latin letters and digits, at most 300 bytes. Required on INSERT.';
COMMENT ON COLUMN @extschema@.empathy_lexicon.dimension IS 'acknowledgement, apology, ownership, exploration (raise the score), anti_empathy (lowers it) or complaint (customer distress, for empathy_agg''s understanding). Required on INSERT.';
COMMENT ON COLUMN @extschema@.empathy_lexicon.weight IS 'Strength of the phrase in its dimension, 0 < weight <= 3; 1.0 when an INSERT leaves it out.';
COMMENT ON COLUMN @extschema@.empathy_lexicon.source IS 'Where the row comes from: shipped (as the extension ships it), edited (a shipped phrase you changed) or user (a phrase you added). Computed by the view; ignored on INSERT and UPDATE.';

-- composite types: NPS
COMMENT ON COLUMN @extschema@.nps_interval.lower IS 'Lower bound of the adjusted-Wald confidence interval, in NPS points (-100 to 100).';
COMMENT ON COLUMN @extschema@.nps_interval.upper IS 'Upper bound of the adjusted-Wald confidence interval, in NPS points (-100 to 100).';

COMMENT ON COLUMN @extschema@.nps_test_result.difference IS 'Observed NPS(a) - NPS(b), in NPS points (-200 to 200); negative when a scores lower.';
COMMENT ON COLUMN @extschema@.nps_test_result.z IS 'z statistic of the two-sample test with adjusted-Wald estimates (unitless; negative when a is lower).';
COMMENT ON COLUMN @extschema@.nps_test_result.p_value IS 'Two-sided p-value of NPS(a) = NPS(b), 0 to 1: below your alpha (e.g. 0.05) the difference is significant.';

COMMENT ON COLUMN @extschema@.nps_summary_result.responses IS 'Number of answers (0-10; NULL answers are not counted); 0 when there are none.';
COMMENT ON COLUMN @extschema@.nps_summary_result.promoters IS 'Answers 9-10.';
COMMENT ON COLUMN @extschema@.nps_summary_result.passives IS 'Answers 7-8.';
COMMENT ON COLUMN @extschema@.nps_summary_result.detractors IS 'Answers 0-6.';
COMMENT ON COLUMN @extschema@.nps_summary_result.nps IS 'Net Promoter Score, 100 * (promoters - detractors) / responses, -100 to 100; NULL when responses = 0.';
COMMENT ON COLUMN @extschema@.nps_summary_result.margin_of_error IS 'Half-width of the 95% adjusted-Wald interval, in NPS points; NULL when responses = 0.';
COMMENT ON COLUMN @extschema@.nps_summary_result.ci_lower IS 'Lower bound of the 95% adjusted-Wald interval of the NPS, -100 to 100; NULL when responses = 0.';
COMMENT ON COLUMN @extschema@.nps_summary_result.ci_upper IS 'Upper bound of the 95% adjusted-Wald interval of the NPS, -100 to 100; NULL when responses = 0.';

-- composite types: CSAT and CES
COMMENT ON COLUMN @extschema@.csat_summary_result.scale IS 'The rating scale, answers 1..scale (3 to 10; 5 unless given to the aggregate); NULL when there are no answers.';
COMMENT ON COLUMN @extschema@.csat_summary_result.responses IS 'Number of answers (NULL answers are not counted); 0 when there are none.';
COMMENT ON COLUMN @extschema@.csat_summary_result.satisfied IS 'Answers in the top two boxes (scale - 1 and scale, e.g. 4 and 5).';
COMMENT ON COLUMN @extschema@.csat_summary_result.csat IS 'CSAT, 100 * satisfied / responses, a percentage 0-100; NULL when responses = 0.';
COMMENT ON COLUMN @extschema@.csat_summary_result.mean IS 'Mean rating, 1 to scale; NULL when responses = 0.';
COMMENT ON COLUMN @extschema@.csat_summary_result.stderr IS 'Standard error of csat, 100 * sqrt(p (1 - p) / responses), in percentage points; NULL when responses = 0.';
COMMENT ON COLUMN @extschema@.csat_summary_result.ci_lower IS 'Lower bound of the 95% Wilson score interval of csat, a percentage 0-100; NULL when responses = 0.';
COMMENT ON COLUMN @extschema@.csat_summary_result.ci_upper IS 'Upper bound of the 95% Wilson score interval of csat, a percentage 0-100; NULL when responses = 0.';

COMMENT ON COLUMN @extschema@.ces_summary_result.responses IS 'Number of answers on the 1-7 scale (7 = strongly agree the company made it easy; NULL answers are not counted); 0 when there are none.';
COMMENT ON COLUMN @extschema@.ces_summary_result.easy IS 'Answers 5-7 (agreed that it was easy).';
COMMENT ON COLUMN @extschema@.ces_summary_result.ces IS 'Customer Effort Score: the mean answer, 1 to 7 (higher = less effort); NULL when responses = 0.';
COMMENT ON COLUMN @extschema@.ces_summary_result.easy_pct IS '100 * easy / responses, a percentage 0-100; NULL when responses = 0.';
COMMENT ON COLUMN @extschema@.ces_summary_result.stderr IS 'Standard error of the mean answer (sample standard deviation / sqrt(responses)), in scale points; NULL with fewer than 2 answers.';
COMMENT ON COLUMN @extschema@.ces_summary_result.ci_lower IS 'Lower bound of the 95% Student t interval of the mean answer, clipped to 1-7; NULL with fewer than 2 answers.';
COMMENT ON COLUMN @extschema@.ces_summary_result.ci_upper IS 'Upper bound of the 95% Student t interval of the mean answer, clipped to 1-7; NULL with fewer than 2 answers.';

-- composite types: empathy
COMMENT ON COLUMN @extschema@.empathy_result.score IS 'Overall empathy, 0-100: (0.4 language + 0.2 understanding + 0.2 responsiveness + 0.2 listening) / the sum of the weights of the components that are not NULL; NULL when none applies.';
COMMENT ON COLUMN @extschema@.empathy_result.language IS 'Empathic wording of the agent''s messages (the empathy_score formula over their summed lexicon weights, floored at 0), 0-100, averaged over conversations; NULL without agent messages.';
COMMENT ON COLUMN @extschema@.empathy_result.understanding IS 'Share of complaining customer turns whose first agent reply acknowledges or apologises without anti-empathy, 0-100, averaged over conversations; NULL when no complaint got a reply.';
COMMENT ON COLUMN @extschema@.empathy_result.responsiveness IS 'Reply speed against cx_metrics.reply_target (default 2 min): 100 per reply within the target, else 100 * target / delay, averaged over answered customer turns and conversations, 0-100; NULL when no customer turn got a reply.';
COMMENT ON COLUMN @extschema@.empathy_result.listening IS 'Letting the customer speak (agent''s share of the words at most 0.6 scores full, 0.9 or more scores 0) and asking before prescribing (a question or exploration in the agent''s first two replies), 0-100, averaged over conversations; NULL when neither part applies.';
COMMENT ON COLUMN @extschema@.empathy_result.conversations IS 'Number of conversations scored: 1 for empathy_agg(role, body, sent_at), the distinct conversation keys for the four-argument form.';
COMMENT ON COLUMN @extschema@.empathy_result.agent_messages IS 'Agent messages (role agent, outgoing or 1) in the group.';
COMMENT ON COLUMN @extschema@.empathy_result.customer_messages IS 'Customer messages (role customer, incoming or 0) in the group; system, bot, note and similar rows are left out of both counts.';

-- composite types: journeys
COMMENT ON COLUMN @extschema@.journey_config.stages IS 'The stage order, first to final stage (a journey ending in the final stage has not dropped off). NULL: stages are ranked by first appearance in each journey. Not empty, no NULL or repeated element; an event in a stage not listed is an error.';
COMMENT ON COLUMN @extschema@.journey_config.repeat_window IS 'An event at most this long after the journey''s previous event in the same stage is a repeat (days count 24 h, months 30 days; not negative). NULL: 72 hours, the default of journey_config().';
COMMENT ON COLUMN @extschema@.journey_config.idle_period IS 'A journey whose last event is more than this long before as_of, outside the final stage, has dropped off (days count 24 h, months 30 days; not negative). NULL: 30 days, the default of journey_config().';
COMMENT ON COLUMN @extschema@.journey_config.as_of IS 'The time drop-offs are judged at (must be finite). NULL: the start of the current transaction.';

-- ---- end of comments on every column and composite-type attribute ----------

-- ---- alerts: scopes, escalation, private payloads, commit-time raising ------
-- 1.1 kept one open alert per kind and subject: two teams with two survey
-- tables and the same customer ids shared (swallowed) each other's alerts.
-- 1.2 keeps one open alert per scope and subject: by default the scope is
-- the configuration ("config:<config_id>"), and configurations that name the
-- same "scope" share one open alert per subject on purpose.  The cooldown
-- index is keyed by cx_alert_cooldown_key(scope, subject).  Existing alerts
-- get the scope of their configuration, so an alert raised under 1.1 keeps
-- taking the events of its configuration after the update.
ALTER TABLE @extschema@.cx_alert ADD COLUMN scope pg_catalog.text;
ALTER TABLE @extschema@.cx_alert ADD COLUMN escalated_at pg_catalog.timestamptz;
UPDATE @extschema@.cx_alert
SET scope = CASE WHEN config_id IS NOT NULL THEN 'config:' OPERATOR(pg_catalog.||) config_id::pg_catalog.text
                 ELSE kind END;
COMMENT ON COLUMN @extschema@.cx_alert.scope IS
'Who shares this open alert: "config:<config_id>" (the default: one open alert per configuration and subject) or the name given as the configuration''s "scope" setting (one open alert per subject among all configurations naming it). An event folds into the newest open alert of its scope and subject inside the cooldown. NULL only for rows not written by an alert trigger.';
COMMENT ON COLUMN @extschema@.cx_alert.escalated_at IS
'When a worse event (higher severity) last folded into this alert, raising its severity and replacing its details and source_key (and notifying, with "event": "escalated"); NULL when it never escalated.';
DROP INDEX @extschema@.cx_alert_cooldown_idx;
CREATE INDEX cx_alert_cooldown_idx ON @extschema@.cx_alert
	(@extschema@.cx_alert_cooldown_key(scope, subject), created_at)
	WHERE subject IS NOT NULL AND resolved_at IS NULL;
COMMENT ON INDEX @extschema@.cx_alert_cooldown_idx IS
'The cooldown probe of the alert triggers: the newest open alert of a scope and subject, by cx_alert_cooldown_key(scope, subject). Open alerts only (resolved_at IS NULL, subject IS NOT NULL).';
COMMENT ON FUNCTION @extschema@.cx_alert_cooldown_key(pg_catalog.text, pg_catalog.text) IS
'The cooldown key of an alert: a 64-bit hash of its scope and subject (the parameter is still named kind, as in 1.1), the same on every platform. Leading column of the index cx_alert_cooldown_idx of open alerts: WHERE cx_alert_cooldown_key(scope, subject) = cx_alert_cooldown_key(''config:1'', ''42'') AND scope = ''config:1'' AND subject = ''42'' AND resolved_at IS NULL uses it.';

-- Configurations attached under 1.1 keep what their listeners read: their
-- payload still carries the subject and the key (new ones carry neither
-- unless they ask), they notify in the writing transaction and their scope
-- is their own configuration.
UPDATE @extschema@.cx_alert_config
SET config = config OPERATOR(pg_catalog.||) pg_catalog.jsonb_build_object(
	'scope', 'config:' OPERATOR(pg_catalog.||) config_id::pg_catalog.text,
	'delivery', 'notify',
	'payload', '["subject", "key"]'::pg_catalog.jsonb);

-- cx_alert_attach() becomes a wrapper: the shared settings (scope,
-- delivery, payload) are validated here and stored with the rest; the kind's
-- own settings are still validated by 1.1's function, renamed.
ALTER FUNCTION @extschema@.cx_alert_attach(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb)
	RENAME TO cx_alert_attach_kind;
COMMENT ON FUNCTION @extschema@.cx_alert_attach_kind(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) IS
'Internal to cx_alert_attach(): validates the settings of one kind (all but scope, delivery and payload), records the configuration and creates its trigger; returns the config_id.';

CREATE FUNCTION @extschema@.cx_alert_attach(tbl pg_catalog.regclass, kind pg_catalog.text,
                                             config pg_catalog.jsonb DEFAULT '{}')
RETURNS pg_catalog.int4
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	shared CONSTANT text[] := ARRAY['scope', 'delivery', 'payload'];
	k text;
	scope text;
	delivery text;
	payload jsonb;
	id int;
	msg text;
	hint text;
BEGIN
	IF config IS NOT NULL AND jsonb_typeof(config) = 'object' THEN
		-- echo no long input back into errors and logs
		FOR k IN SELECT e.key FROM jsonb_each(config) e
		         WHERE octet_length(e.key) > 63
		            OR (jsonb_typeof(e.value) = 'string' AND octet_length(e.value #>> '{}') > 255) LOOP
			RAISE EXCEPTION 'setting "%" is too long', left(k, 63)
				USING ERRCODE = 'invalid_parameter_value',
				      DETAIL = 'Setting names have at most 63 bytes and text values at most 255.';
		END LOOP;
		scope := config ->> 'scope';
		IF config ? 'scope' AND (jsonb_typeof(config -> 'scope') <> 'string'
		                         OR scope !~ '^[a-z_][a-z0-9_]{0,62}$') THEN
			RAISE EXCEPTION 'setting "scope" must be a lowercase name'
				USING ERRCODE = 'invalid_parameter_value',
				      DETAIL = 'Letters a-z, digits and underscores, starting with a letter or an underscore, at most 63.',
				      HINT = 'Omit it for one open alert per configuration and subject; name one, e.g. {"scope": "customer"}, to share it among the configurations that name it.';
		END IF;
		delivery := coalesce(config ->> 'delivery', 'notify');
		IF config ? 'delivery' AND (jsonb_typeof(config -> 'delivery') <> 'string'
		                            OR delivery NOT IN ('notify', 'deferred')) THEN
			RAISE EXCEPTION 'setting "delivery" must be "notify" or "deferred"'
				USING ERRCODE = 'invalid_parameter_value',
				      HINT = '"notify": NOTIFY in the writing transaction; "deferred": the extension''s background worker NOTIFYs after commit (works with PREPARE TRANSACTION).';
		END IF;
		IF delivery = 'deferred' THEN
			-- the background worker needs the library preloaded: say so now
			PERFORM @extschema@.cx_alert_delivery_check();
		END IF;
		payload := coalesce(config -> 'payload', '[]');
		IF jsonb_typeof(payload) <> 'array'
		   OR EXISTS (SELECT 1 FROM jsonb_array_elements(payload) e
		              WHERE jsonb_typeof(e) <> 'string' OR e #>> '{}' NOT IN ('subject', 'key')) THEN
			RAISE EXCEPTION 'setting "payload" must be an array of "subject" and "key"'
				USING ERRCODE = 'invalid_parameter_value',
				      HINT = 'The payload always carries id, event, kind, severity, source and config_id; add {"payload": ["subject", "key"]} only if every role that may connect may see them (any role can LISTEN).';
		END IF;
		SELECT coalesce(jsonb_agg(DISTINCT e ORDER BY e), '[]') INTO payload
		FROM jsonb_array_elements_text(payload) e;
		config := config - shared;
	END IF;
	-- Wait for a concurrent ALTER TABLE (a column being dropped) to finish
	-- before the columns are checked, and keep the next one waiting until the
	-- configuration is committed, when the schema guard sees it.  Every lock
	-- mode conflicts with ALTER TABLE's; ACCESS SHARE needs only SELECT.
	IF tbl IS NOT NULL AND has_table_privilege(tbl, 'SELECT') THEN
		EXECUTE format('LOCK TABLE %s IN ACCESS SHARE MODE', tbl);
	END IF;
	IF config ? 'via' AND to_regclass(config ->> 'via') IS NOT NULL
	   AND has_table_privilege(to_regclass(config ->> 'via'), 'SELECT') THEN
		EXECUTE format('LOCK TABLE %s IN ACCESS SHARE MODE', to_regclass(config ->> 'via'));
	END IF;
	BEGIN
		id := @extschema@.cx_alert_attach_kind(tbl, kind, config);
	EXCEPTION WHEN invalid_parameter_value THEN
		-- the kind's list of settings, plus the shared ones handled here
		GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
		IF msg LIKE 'unknown setting %' AND hint LIKE 'Settings: %.' THEN
			RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = msg,
				HINT = left(hint, -1) || ', ' || array_to_string(shared, ', ') || '.';
		END IF;
		RAISE;
	END;
	UPDATE @extschema@.cx_alert_config c
	SET config = c.config || jsonb_build_object('scope', coalesce(scope, 'config:' || id),
	                                            'delivery', delivery, 'payload', payload)
	WHERE c.config_id = id;
	RETURN id;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_attach(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) IS
'Validate an alert configuration against a table and create its trigger; returns the config_id. Kinds: nps, csat, ces, empathy, segment_drop, friction. Settings of every kind: subject (column, required for the row kinds), key (column; default the primary key), at, threshold, cooldown (interval, default 1 day), channel (default cx_alerts), include (columns copied into details), trigger_name (default cx_alert_<kind>), scope (default: one open alert per configuration and subject; a name shares it among configurations), delivery (notify, the default, or deferred), payload (["subject", "key"] to put them in the NOTIFY payload; default neither). See the README for each kind''s own settings.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_attach(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_attach(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) TO cx_alerts_admin;
GRANT UPDATE (config) ON @extschema@.cx_alert_config TO cx_alerts_admin;

-- the open alerts' view shows the two new columns (at the end: CREATE OR
-- REPLACE VIEW keeps the existing ones and their comments)
CREATE OR REPLACE VIEW @extschema@.cx_alert_open AS
SELECT a.id, a.kind, a.severity, a.subject, a.source_table, a.source_key,
       a.created_at, pg_catalog.now() OPERATOR(pg_catalog.-) a.created_at AS age,
       a.occurrences, a.last_seen_at,
       a.acknowledged_at IS NOT NULL AS acknowledged, a.acknowledged_by,
       a.scope, a.escalated_at
FROM @extschema@.cx_alert a
WHERE a.resolved_at IS NULL;
COMMENT ON COLUMN @extschema@.cx_alert_open.scope IS
'cx_alert.scope: config:<config_id> (one open alert per configuration and subject) or the scope name shared by several configurations.';
COMMENT ON COLUMN @extschema@.cx_alert_open.escalated_at IS
'cx_alert.escalated_at: when a worse event last raised the alert''s severity; NULL when it never escalated.';

-- ---- end of alerts: scopes, escalation, private payloads, commit-time raising ----
-- ---- alerts: a schema change cannot break the alert triggers ------------------
-- Dropping, renaming or retyping a column an alert configuration names made
-- every later INSERT into the table fail (promoters' answers included), or,
-- for the empathy columns with DROP COLUMN ... CASCADE, silently dropped the
-- trigger and left its configuration behind.  An event trigger in C
-- (src/alert_guard.c) refuses such an ALTER before it starts, naming the
-- configuration and how to detach it; likewise renaming or moving the "via"
-- table of a segment_drop configuration, which is kept by name.
CREATE FUNCTION @extschema@.cx_alert_schema_guard()
RETURNS pg_catalog.event_trigger
LANGUAGE C
AS 'MODULE_PATHNAME', 'cx_alert_schema_guard';
COMMENT ON FUNCTION @extschema@.cx_alert_schema_guard() IS
'Event trigger function (ddl_command_start, ALTER TABLE and the other ALTERs of relations): refuses DROP COLUMN, RENAME COLUMN and ALTER COLUMN ... TYPE of a column named by an alert configuration in cx_alert_config (its own table, its partitions and inheritance children, or the "via" table of segment_drop), and renaming or moving a "via" table. Detach the alert (cx_alert_detach), make the change, attach it again.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_schema_guard() FROM PUBLIC;

-- the guard reads the configurations that have a "via" table, for any
-- column change: this index holds only those (none unless segment_drop is
-- used with "via"), so that a table without configuration costs one probe
-- of the unique index on (table_name, trigger_name) and one of this one
CREATE INDEX cx_alert_config_via_idx ON @extschema@.cx_alert_config (config_id)
	WHERE config OPERATOR(pg_catalog.?) 'via';
COMMENT ON INDEX @extschema@.cx_alert_config_via_idx IS
'The alert configurations with a "via" table (segment_drop): read by the schema-change guard (cx_alert_schema_guard) when a column of some table is dropped, renamed or retyped.';

CREATE EVENT TRIGGER cx_alert_schema_guard ON ddl_command_start
	WHEN TAG IN ('ALTER TABLE', 'ALTER VIEW', 'ALTER MATERIALIZED VIEW', 'ALTER FOREIGN TABLE')
	EXECUTE FUNCTION @extschema@.cx_alert_schema_guard();
COMMENT ON EVENT TRIGGER cx_alert_schema_guard IS
'Refuses dropping, renaming or changing the type of a column an alert configuration names, and renaming or moving the "via" table of a segment_drop alert, before the ALTER starts (cx_alert_schema_guard). Detach the alert first: cx_alert_detach().';
-- ---- end of alerts: a schema change cannot break the alert triggers ---------

-- ---- deferred alert delivery ------------------------------------------------
-- "delivery": "deferred" (issue #11): the alert triggers queue a row here
-- instead of calling NOTIFY in the customer's transaction; after that
-- transaction commits, the extension's background worker (with
-- shared_preload_libraries = 'cx_metrics') deletes the row and sends the
-- NOTIFY in one transaction.  See src/alert_delivery.c and
-- src/alert_worker.c.
--
-- The outbox is not registered with pg_extension_config_dump: its rows are
-- notifications this server still owes its listeners, not user data.  The
-- alerts themselves are in cx_alert (dumped); restoring the outbox would
-- announce again, on the restored server, alerts the original server has
-- announced already.

CREATE TABLE @extschema@.cx_alert_outbox (
	id bigserial PRIMARY KEY,
	alert_id pg_catalog.int8 NOT NULL,
	channel pg_catalog.text NOT NULL,
	payload pg_catalog.text NOT NULL,
	queued_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE @extschema@.cx_alert_outbox IS
'Deferred alert delivery: the NOTIFYs owed for alerts of configurations with "delivery": "deferred". The alert trigger inserts a row in the customer''s transaction (it commits or rolls back with the alert, and stays invisible while that transaction is prepared); after commit the extension''s background worker deletes it and sends the NOTIFY in one transaction, usually within a second. Rows wait here while the worker cannot run (cx_metrics not in shared_preload_libraries, a server restart) and are delivered once it can. Not kept by pg_dump. Readable by cx_alerts_reader; written only by the extension.';
COMMENT ON SEQUENCE @extschema@.cx_alert_outbox_id_seq IS
'Source of cx_alert_outbox.id: the order in which the worker delivers. Advanced by the alert triggers for every deferred alert.';
COMMENT ON COLUMN @extschema@.cx_alert_outbox.id IS
'Queue position (bigserial): the worker delivers in ascending id, up to 1,000 rows per transaction. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_outbox.alert_id IS
'cx_alert.id of the alert to announce (not a foreign key: the row is gone within a second of the commit). Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_outbox.channel IS
'The NOTIFY channel (the configuration''s "channel", default cx_alerts). Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_outbox.payload IS
'The NOTIFY payload, exactly as "notify" delivery would send it (JSON, under 8,000 bytes). Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_outbox.queued_at IS
'Start time of the transaction that raised the alert. Rows more than a few seconds old mean the worker is not delivering: see the view cx_alert_delivery. Never NULL.';
REVOKE ALL ON @extschema@.cx_alert_outbox FROM PUBLIC;
REVOKE ALL ON SEQUENCE @extschema@.cx_alert_outbox_id_seq FROM PUBLIC;
GRANT SELECT ON @extschema@.cx_alert_outbox TO cx_alerts_reader;

CREATE FUNCTION @extschema@.cx_alert_delivery_check() RETURNS void
AS 'MODULE_PATHNAME', 'cx_alert_delivery_check'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.cx_alert_delivery_check() IS
'Raises an error (SQLSTATE 55000, with a hint) unless "delivery": "deferred" can work in this server: cx_metrics must be in shared_preload_libraries, so that its background worker runs. cx_alert_attach() calls it for such a configuration. Returns nothing otherwise.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_delivery_check() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_delivery_check() TO cx_alerts_admin;

CREATE FUNCTION @extschema@.cx_alert_delivery_worker(
	OUT preloaded pg_catalog.bool, OUT launcher_pid pg_catalog.int4, OUT worker_pid pg_catalog.int4,
	OUT worker_started_at pg_catalog.timestamptz, OUT delivered pg_catalog.int8,
	OUT last_delivery_at pg_catalog.timestamptz)
RETURNS record
AS 'MODULE_PATHNAME', 'cx_alert_delivery_worker'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.cx_alert_delivery_worker() IS
'The state of deferred alert delivery for the current database, from the server''s shared memory: whether cx_metrics is preloaded, the launcher''s pid, the pid of this database''s delivery worker (NULL between deliveries: a worker leaves after 2 s without work), when it last started, notifications sent and the latest delivery since the server started. See the view cx_alert_delivery.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_delivery_worker() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_delivery_worker() TO cx_alerts_reader;

CREATE VIEW @extschema@.cx_alert_delivery AS
SELECT w.preloaded, w.launcher_pid, w.worker_pid, w.worker_started_at, w.delivered, w.last_delivery_at,
       q.queued, q.oldest_queued_at
FROM @extschema@.cx_alert_delivery_worker() w,
     (SELECT pg_catalog.count(*) AS queued, pg_catalog.min(o.queued_at) AS oldest_queued_at
      FROM @extschema@.cx_alert_outbox o) q;
COMMENT ON VIEW @extschema@.cx_alert_delivery IS
'One row: is deferred alert delivery working in this database? queued should be 0 or shrink within a second; a growing backlog with preloaded false or no launcher_pid means the worker cannot run. Readable by cx_alerts_reader.';
COMMENT ON COLUMN @extschema@.cx_alert_delivery.preloaded IS 'true when the server loaded cx_metrics through shared_preload_libraries, which deferred delivery needs; false: deferred alerts wait in cx_alert_outbox.';
COMMENT ON COLUMN @extschema@.cx_alert_delivery.launcher_pid IS 'Process id of the launcher background worker ("cx_metrics alert delivery launcher" in pg_stat_activity); NULL when it is not running.';
COMMENT ON COLUMN @extschema@.cx_alert_delivery.worker_pid IS 'Process id of this database''s delivery worker (backend_type "cx_metrics alert delivery"); NULL when none runs: one is started at the next commit of a deferred alert and leaves after 2 s without work.';
COMMENT ON COLUMN @extschema@.cx_alert_delivery.worker_started_at IS 'When this database''s delivery worker last started; NULL when none has since the server started.';
COMMENT ON COLUMN @extschema@.cx_alert_delivery.delivered IS 'Notifications sent by this database''s workers since the server started (0 when none); NULL when cx_metrics is not preloaded.';
COMMENT ON COLUMN @extschema@.cx_alert_delivery.last_delivery_at IS 'When this database''s worker last sent notifications; NULL when it has not since the server started.';
COMMENT ON COLUMN @extschema@.cx_alert_delivery.queued IS 'Rows in cx_alert_outbox visible now: committed deferred alerts not delivered yet (0 when all are).';
COMMENT ON COLUMN @extschema@.cx_alert_delivery.oldest_queued_at IS 'queued_at of the oldest of them; NULL when queued is 0.';
REVOKE ALL ON @extschema@.cx_alert_delivery FROM PUBLIC;
GRANT SELECT ON @extschema@.cx_alert_delivery TO cx_alerts_reader;
-- ---- end of deferred alert delivery -----------------------------------------

-- ---- empathy fixes ----------------------------------------------------------
-- The C changes (normaliser, language detection, cx_metrics.reply_target as an
-- interval, listening NULL for one-sided threads) need no SQL; the comment on
-- listening says when its talk part applies.
COMMENT ON COLUMN @extschema@.empathy_result.listening IS 'Letting the customer speak (agent''s share of the words at most 0.6 scores full, 0.9 or more scores 0; when both the agent and the customer wrote) and asking before prescribing (a question or exploration in the agent''s first two replies after the customer spoke), 0-100, averaged over conversations; NULL when neither part applies (a thread of only agent or only customer messages).';
-- ---- end of empathy fixes ---------------------------------------------------
