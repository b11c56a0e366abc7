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
'The kind given to cx_alert_attach(): nps, csat, ces, empathy, churn_intent, escalation_threat, customer_distress, segment_drop or friction. Its alerts have cx_alert.kind nps_detractor, csat_low, ces_high_effort, empathy_low, churn_intent, escalation_threat, customer_distress, nps_segment_drop or journey_friction respectively. Never NULL.';
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
'What happened: nps_detractor (NPS answer <= threshold, 0-10 scale), csat_low (CSAT rating <= threshold), ces_high_effort (CES answer <= threshold, 1-7 "made it easy" scale), empathy_low (agent message below the empathy threshold or with anti-empathy language), churn_intent, escalation_threat, customer_distress (a customer''s message whose voice reaches the threshold), nps_segment_drop (a segment''s NPS significantly below its baseline), journey_friction (repeats or loops in a journey). Set by the trigger; never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert.severity IS
'low, medium or high (CHECK constraint), set by the trigger: high for NPS 0-3, CSAT 1, CES 1, an empathy score below the threshold together with anti-empathy language, a segment drop with p-value below alpha/10, or friction at twice a threshold; medium otherwise. The triggers of this version never raise low. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert.source_table IS
'The table whose INSERT or UPDATE raised the alert, schema-qualified and quoted as needed (e.g. public.answers), as text: it stays readable after the table is renamed or dropped. Set by the trigger; never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert.source_key IS
'Which row or period raised it, as text: for nps, csat, ces and empathy the value of the row''s key column (setting "key", default the single-column primary key); for nps_segment_drop the day tested (YYYY-MM-DD); for journey_friction the time of the journey''s latest event (timestamptz text in the inserting session''s TimeZone). NULL when the row''s key is NULL. Set by the trigger when the alert is raised, not changed by folded events.';
COMMENT ON COLUMN @extschema@.cx_alert.subject IS
'Who or what the alert is about, as text: the customer (setting "subject") for nps, csat, ces and empathy, the segment for nps_segment_drop, the journey key for journey_friction. Alerts of the same kind and subject inside the cooldown are folded into one (occurrences). NULL when the subject column was NULL: such alerts have no cooldown. Set by the trigger.';
COMMENT ON COLUMN @extschema@.cx_alert.details IS
'What a responder needs, as a JSON object built by the trigger when the alert is raised (later folded events do not change it). nps/csat/ces: score, threshold, previous_score (on UPDATE), score_column, table, key, at, values (the "include" columns, text cut at 2,000 bytes). empathy_low: empathy_score, anti_empathy (count of anti-empathy expressions that count in full after their context), threshold, text_column, table, key, at, values. churn_intent / escalation_threat / customer_distress: churn_intent, escalation or anger, frustration and repeat_contact (0-100), sentiment, threshold, markers (the lexicon expressions behind it), text_column, table, key, at, values. nps_segment_drop: segment, day, window_nps, window_answers, baseline_nps, baseline_answers, difference (NPS points), p_value, window_days, baseline_days, alpha, table. journey_friction: journey, events, repeats, loops, last_stage, window, repeats_threshold, loops_threshold, last_event_at, table. Never NULL (default {}).';
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
COMMENT ON COLUMN @extschema@.cx_alert_open.kind IS 'cx_alert.kind: nps_detractor, csat_low, ces_high_effort, empathy_low, churn_intent, escalation_threat, customer_distress, nps_segment_drop or journey_friction.';
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
'What the phrase signals: emotional_reaction and apology (emotional reactions), interpretation and acknowledgement (interpretations), exploration, ownership (raise the empathy score); anti_empathy (lowers it); feeling (a word naming an emotion, compared between a reply and the customer message); procedural (data an agent asks for: a question asking for it explores less); complaint (customer distress, for empathy_agg''s understanding). Never NULL.';
COMMENT ON COLUMN @extschema@.empathy_lexicon_shipped.weight IS
'Strength of the phrase in its dimension, 0 < weight <= 3 (1 = typical). Never NULL.';

COMMENT ON COLUMN @extschema@.empathy_lexicon_user.language IS
'Language of the edited phrase: es or en. Written by the INSTEAD OF trigger of the view empathy_lexicon when you edit the view; never NULL.';
COMMENT ON COLUMN @extschema@.empathy_lexicon_user.phrase IS
'The phrase you added, changed or deleted, as written (matched after empathy_normalize(); at most 300 bytes). When it equals a shipped phrase of the same language, this row overrides it. Never NULL.';
COMMENT ON COLUMN @extschema@.empathy_lexicon_user.dimension IS
'One of the dimensions of empathy_lexicon_shipped.dimension; not used when deleted. Never NULL.';
COMMENT ON COLUMN @extschema@.empathy_lexicon_user.weight IS
'Weight of the phrase, 0 < weight <= 3; not used when deleted. Never NULL.';
COMMENT ON COLUMN @extschema@.empathy_lexicon_user.deleted IS
'true: a tombstone, you deleted the shipped phrase of this language and phrase and it stays deleted across upgrades; false (default): an added or changed phrase in force. Never NULL.';

COMMENT ON COLUMN @extschema@.empathy_lexicon.language IS 'Language of the phrase: es or en. Required on INSERT.';
COMMENT ON COLUMN @extschema@.empathy_lexicon.phrase IS 'The expression as written; matched after empathy_normalize() (case, accents and punctuation do not matter). Latin letters and digits, at most 300 bytes. Required on INSERT.';
COMMENT ON COLUMN @extschema@.empathy_lexicon.dimension IS 'emotional_reaction, apology, interpretation, acknowledgement, exploration, ownership (raise the score), anti_empathy (lowers it), feeling (names an emotion), procedural (data an agent asks for) or complaint (customer distress). Required on INSERT.';
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
COMMENT ON COLUMN @extschema@.empathy_result.language IS 'Empathic wording of the agent''s messages: each scored by empathy_score against the customer turn before it (the customer''s messages since the previous agent message), floored at 0, averaged over the agent''s messages, then over conversations; NULL without agent messages.';
COMMENT ON COLUMN @extschema@.empathy_result.understanding IS 'How well the agent understood: for each customer turn that expresses a problem or a feeling (a complaint or feeling expression) and got a reply, 100 * (1 - exp(-(E + I) / 100)) * (1 - anti / 100) of that reply (E, I, anti: empathy_detail in context), averaged over such turns and conversations, 0-100; NULL when no such turn got a reply.';
COMMENT ON COLUMN @extschema@.empathy_result.responsiveness IS 'Reply speed against cx_metrics.reply_target (default 2 min): 100 per reply within the target, else 100 * target / delay, averaged over answered customer turns and conversations, 0-100; NULL when no customer turn got a reply.';
COMMENT ON COLUMN @extschema@.empathy_result.listening IS 'Letting the customer speak (agent''s share of the words at most 0.6 scores full, 0.9 or more scores 0; when both the agent and the customer wrote) and asking before prescribing (the best of 100 * (1 - exp(-q / 0.8)) over the agent''s first two replies after the customer spoke, q summing their questions: 1 per question, 0.8 asking for data, 0.5 advice, 0.2 a tag or the asker''s own next step), averaged, 0-100, then over conversations; NULL when neither part applies (a thread of only agent or only customer messages).';
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
	distributed boolean := false;
	unsafe_triggers text;
	def text;
	dist_column text;
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
	-- Citus: on a distributed table the triggers fire on the shards, on the
	-- workers, and relay their alerts to the coordinator (cx_alert_relay,
	-- drained by the delivery worker); cx_alert_citus_check() says what that
	-- needs.  A risk configuration has no trigger (cx_risk_scan() runs on the
	-- coordinator and may read distributed tables).
	IF kind IS DISTINCT FROM 'risk' AND tbl IS NOT NULL
	   AND EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
		distributed := @extschema@.cx_alert_citus_check(tbl, kind, config);
		IF distributed THEN
			-- Citus creates the trigger on every shard only with this set;
			-- the alert triggers touch nothing but their own shard and the
			-- node's relay, which is what makes a trigger on shards safe
			unsafe_triggers := current_setting('citus.enable_unsafe_triggers');
			PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
		END IF;
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
		IF kind IN ('churn_intent', 'escalation_threat', 'customer_distress') THEN
			id := @extschema@.cx_alert_attach_voice(tbl, kind, config);
		ELSIF kind = 'risk' THEN
			id := @extschema@.cx_alert_attach_risk(tbl, config);
		ELSE
			id := @extschema@.cx_alert_attach_kind(tbl, kind, config);
		END IF;
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
	IF distributed THEN
		-- the shards' triggers read the configuration (a voice kind,
		-- friction) from their first argument: the trigger again, with it
		EXECUTE 'SELECT pg_catalog.column_to_column_name(p.logicalrelid, p.partkey)
		         FROM pg_catalog.pg_dist_partition p WHERE p.logicalrelid = $1 AND p.partkey IS NOT NULL'
			INTO dist_column USING tbl;
		def := @extschema@.cx_alert_citus_triggerdef(id, dist_column);
		EXECUTE format('DROP TRIGGER %I ON %s',
		               (SELECT c.trigger_name FROM @extschema@.cx_alert_config c WHERE c.config_id = id), tbl);
		EXECUTE def;
		PERFORM set_config('citus.enable_unsafe_triggers', unsafe_triggers, true);
		-- the coordinator's delivery worker drains the relays from now on
		PERFORM @extschema@.cx_alert_relay_wake();
	ELSIF kind IS DISTINCT FROM 'risk' AND tbl IS NOT NULL
	      AND EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
		RAISE NOTICE 'to distribute % with Citus later, use cx_citus_distribute()', tbl
			USING DETAIL = 'create_distributed_table refuses a table with triggers; cx_citus_distribute moves the alert triggers to the shards.';
	END IF;
	RETURN id;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_attach(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) IS
'Validate an alert configuration against a table and create its trigger; returns the config_id. Kinds: nps, csat, ces, empathy, segment_drop, friction, churn_intent, escalation_threat, customer_distress, and risk (no trigger: cx_risk_scan() raises its alerts from a fitted risk_model; settings threshold, high, cooldown, channel, trigger_name). Settings of every kind: subject (column, required for the row kinds), key (column; default the primary key), at, threshold, cooldown (interval, default 1 day; 7 days for risk), channel (default cx_alerts), include (columns copied into details), trigger_name (default cx_alert_<kind>), scope (default: one open alert per configuration and subject; a name shares it among configurations), delivery (notify, the default, or deferred), payload (["subject", "key"] to put them in the NOTIFY payload; default neither). See the README for each kind''s own settings.';
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
COMMENT ON COLUMN @extschema@.cx_alert_delivery.worker_pid IS 'Process id of this database''s delivery worker (backend_type "cx_metrics alert delivery"); NULL when none runs: one is started at the next commit of a deferred alert and leaves after 2 s without work (with Citus it stays while an alert is attached to a distributed table, whose relayed alerts it raises).';
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
-- interval, listening NULL for one-sided threads) need no SQL; the comments on
-- empathy_result's columns (above) say when each component applies.
-- ---- end of empathy fixes ---------------------------------------------------

-- ---- empathy mechanisms -----------------------------------------------------
-- The three mechanisms of empathy in a reply (emotional reactions,
-- interpretations, explorations) and anti-empathy in context, alone or
-- against the customer message a reply answers.  Four lexicon dimensions
-- join the six of 1.1, which keep their meaning.
ALTER TABLE @extschema@.empathy_lexicon_shipped
	DROP CONSTRAINT empathy_lexicon_shipped_dimension_known,
	ADD CONSTRAINT empathy_lexicon_shipped_dimension_known CHECK (dimension IN
		('acknowledgement', 'apology', 'ownership', 'exploration', 'anti_empathy', 'complaint',
		 'emotional_reaction', 'interpretation', 'feeling', 'procedural'));
ALTER TABLE @extschema@.empathy_lexicon_user
	DROP CONSTRAINT empathy_lexicon_dimension_known,
	ADD CONSTRAINT empathy_lexicon_dimension_known CHECK (dimension IN
		('acknowledgement', 'apology', 'ownership', 'exploration', 'anti_empathy', 'complaint',
		 'emotional_reaction', 'interpretation', 'feeling', 'procedural'));

CREATE OR REPLACE FUNCTION @extschema@.empathy_lexicon_validate(language pg_catalog.text, phrase pg_catalog.text,
                                                     dimension pg_catalog.text, weight pg_catalog.float8)
RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	problem text;
BEGIN
	IF language IS NULL OR language NOT IN ('es', 'en') THEN
		RAISE EXCEPTION 'unknown empathy lexicon language %', coalesce(quote_literal(language), 'NULL')
			USING ERRCODE = 'check_violation', HINT = 'Languages are ''es'' and ''en''.';
	END IF;
	IF dimension IS NULL OR dimension NOT IN ('acknowledgement', 'apology', 'ownership',
	                                          'exploration', 'anti_empathy', 'complaint',
	                                          'emotional_reaction', 'interpretation', 'feeling',
	                                          'procedural') THEN
		RAISE EXCEPTION 'unknown empathy dimension %', coalesce(quote_literal(dimension), 'NULL')
			USING ERRCODE = 'check_violation',
			      HINT = 'Dimensions are emotional_reaction, apology, interpretation, acknowledgement, exploration, ownership (raise the score), anti_empathy (lowers it), feeling (names an emotion), procedural (data an agent asks for) and complaint (customer distress).';
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


-- Reclassify the shipped empathy lexicon into the EPITOME mechanisms
-- (Sharma et al., EMNLP 2020: emotional reactions, interpretations,
-- explorations).  Phrases were decided one by one from their meaning (a
-- rule-based proposal, propose_reclass.py, then a reading of every phrase);
-- the lists below are explicit.  Run after the CHECK constraints of
-- empathy_lexicon_shipped accept the new dimensions.  Rows the DBA edited
-- live in empathy_lexicon_user and keep the DBA's dimension.
--
-- acknowledgement -> emotional_reaction: the replier voices their own
--   feeling about what happened: interjections (oh no, wow, yikes, ay no,
--   vaya por dios), exclamations (how awful, what a pain, qué horror, qué
--   pena), short verdicts said as a reaction (that's terrible, that's so
--   hard, that sucks, that's wonderful), "sounds" + an evaluation (that
--   sounds awful / heartbreaking / unfair / amazing, suena horrible),
--   compassion (my heart goes out, I feel for you, te acompaño en el
--   sentimiento), shared joy and praise (I'm so glad, congratulations, me
--   alegro, enhorabuena, well done), well-wishing and encouragement (hope you
--   feel better, take care, hang in there, ánimo, cuídate, un abrazo).
-- acknowledgement -> interpretation: the replier shows they grasp the
--   person's feelings or situation: "must be" inferences (that must be
--   frustrating, you must be worried, debe de ser duro, estarás preocupado),
--   "sounds" + how it feels to them (that sounds stressful, suena agotador),
--   imagining (I can imagine, I can't imagine, me imagino), knowing the
--   feeling or sharing the experience (I know how you feel, I've been there,
--   the same thing happened to me, a mí también me pasó), what I / anyone
--   would feel (I'd be upset too, anyone would be, yo estaría igual),
--   validating a named feeling (no wonder you're upset, it's okay to feel,
--   es normal que se sienta así), and understanding named specifically (I
--   understand your frustration, I know how important this is to you,
--   entiendo que lleva mucho tiempo esperando).
-- Left in acknowledgement (counted as interpretation anyway): generic
--   understanding and agreement (I understand, I hear you, that makes sense,
--   you're right, es comprensible, tiene razón), thanks, not-your-fault,
--   "this should not have happened", "you're not alone", bare fragments (I
--   hope, espero que, ojalá), and "sounds good / sounds great / suena muy
--   bien", which in support chats mostly agree to a plan.
-- apology -> emotional_reaction: sympathy, not the company's apology (sorry
--   to hear, sorry for your loss, my condolences, that's a shame, that's too
--   bad, how unfortunate, lamento escuchar eso, qué pena, qué lástima, siento
--   lo que le ha pasado).  Apologies that may be for our own fault (sorry for
--   the inconvenience, sorry you had to deal with this, I'm sorry this
--   happened, disculpe las molestias) stay apology.
-- exploration -> interpretation: paraphrase checks, which restate rather
--   than ask (if I understand correctly, what I'm hearing is, it sounds like
--   you, si le entiendo bien, por lo que me cuenta).  Questions stay.
-- complaint -> feeling: the customer naming their own emotion (frustrated,
--   fed up, disappointed, worried, estoy harto, decepcionado, preocupada).
--   Problem statements and verdicts on the service stay complaint (not
--   working, still waiting, terrible service, ridiculous, no funciona, me han
--   cobrado dos veces, es indignante).
--
-- Rows moved (language: source -> target = rows):
--   en: acknowledgement -> emotional_reaction =  625 of 1204
--   en: apology         -> emotional_reaction =   23 of  114
--   en: acknowledgement -> interpretation     =  480 of 1204
--   en: exploration     -> interpretation     =   15 of  135
--   en: complaint       -> feeling            =   21 of   86
--   es: acknowledgement -> emotional_reaction =  137 of  892
--   es: apology         -> emotional_reaction =   25 of  108
--   es: acknowledgement -> interpretation     =  683 of  892
--   es: exploration     -> interpretation     =   18 of  112
--   es: complaint       -> feeling            =   21 of   75
--   en total moved: 1164
--   es total moved: 884


-- en: acknowledgement -> emotional_reaction (625)
UPDATE @extschema@.empathy_lexicon_shipped SET dimension = 'emotional_reaction'
WHERE language = 'en' AND dimension = 'acknowledgement' AND phrase IN (
	'that sounds awful',
	'that sounds terrible',
	'what a hassle',
	'what a pain',
	'how frustrating',
	'how annoying',
	'how awful',
	'oh no',
	'that''s awful',
	'that''s terrible',
	'that''s rough',
	'that is rough',
	'I''m glad to hear',
	'glad to hear that',
	'I''m happy to hear',
	'I''m so glad',
	'I''m happy for you',
	'that''s great to hear',
	'that''s good to hear',
	'that''s great news',
	'congratulations',
	'congrats',
	'I hope everything works out',
	'I hope it all works out',
	'I hope you feel better soon',
	'I hope you feel better',
	'I hope it goes well',
	'good luck with',
	'best of luck',
	'hang in there',
	'I feel for you',
	'what a relief',
	'that sounds heartbreaking',
	'that sounds horrible',
	'sounds awful',
	'sounds terrible',
	'sounds horrible',
	'my heart goes out to you',
	'my heart breaks for you',
	'that breaks my heart',
	'thinking of you',
	'sending you hugs',
	'sending hugs',
	'sending love',
	'how heartbreaking',
	'how scary',
	'how terrifying',
	'how horrible',
	'how terrible',
	'how sad',
	'how painful',
	'how stressful',
	'that''s heartbreaking',
	'that''s so sad',
	'that''s really sad',
	'that''s sad',
	'that''s scary',
	'that''s so scary',
	'that''s really scary',
	'that''s terrifying',
	'that''s horrible',
	'that''s so hard',
	'that''s really hard',
	'that''s really tough',
	'that''s tough',
	'that is tough',
	'that''s hard',
	'that''s so unfair',
	'that''s not fair',
	'that''s unfair',
	'that sucks',
	'that really sucks',
	'that stinks',
	'oh dear',
	'yikes',
	'poor you',
	'poor thing',
	'you poor thing',
	'that''s wonderful',
	'that''s so wonderful',
	'that''s amazing',
	'that''s so amazing',
	'that''s awesome',
	'that''s so awesome',
	'that''s fantastic',
	'that''s great',
	'that''s so great',
	'that''s really great',
	'that''s exciting',
	'that''s so exciting',
	'that''s lovely',
	'that''s so sweet',
	'that''s sweet',
	'that''s so nice',
	'that''s nice',
	'that''s so cool',
	'that''s cool',
	'that''s good news',
	'that''s a relief',
	'how exciting',
	'how wonderful',
	'how amazing',
	'how lovely',
	'how nice',
	'how sweet',
	'what great news',
	'what wonderful news',
	'great news',
	'that sounds amazing',
	'that sounds awesome',
	'that sounds wonderful',
	'that sounds exciting',
	'that sounds lovely',
	'that sounds fun',
	'sounds amazing',
	'sounds awesome',
	'sounds wonderful',
	'sounds exciting',
	'sounds lovely',
	'sounds like fun',
	'sounds fun',
	'wow',
	'good for you',
	'good on you',
	'well done',
	'way to go',
	'I''m so happy for you',
	'so happy for you',
	'happy for you',
	'I''m so proud of you',
	'I''m proud of you',
	'proud of you',
	'you should be proud',
	'you deserve it',
	'you deserve this',
	'you earned it',
	'I''m glad you',
	'glad to hear',
	'glad everything worked out',
	'glad it worked out',
	'glad you''re okay',
	'glad you are okay',
	'glad you''re ok',
	'glad you''re safe',
	'glad no one was hurt',
	'glad nobody was hurt',
	'hope you feel better',
	'feel better soon',
	'get well soon',
	'hope you get better',
	'hope it gets better',
	'hope things get better',
	'hope things work out',
	'hope everything works out',
	'hope it works out',
	'hope everything goes well',
	'hope it goes well',
	'hope all goes well',
	'hope everything is okay',
	'hope everything is ok',
	'hope you''re okay',
	'hope you are okay',
	'hope you''re ok',
	'hope you''re doing better',
	'hope you are doing better',
	'hope you have fun',
	'hope you have a great time',
	'hope you enjoy',
	'hope you find',
	'hope you can relax',
	'hope you get to relax',
	'get some rest',
	'fingers crossed',
	'wishing you the best',
	'wishing you all the best',
	'all the best',
	'best wishes',
	'good luck',
	'take care',
	'take care of yourself',
	'stay safe',
	'you''ve got this',
	'you got this',
	'you can do it',
	'you can do this',
	'you will do great',
	'you''ll do great',
	'you''ll be fine',
	'you will be fine',
	'you''ll be okay',
	'it will be okay',
	'it''ll be okay',
	'it will be ok',
	'it''ll be ok',
	'it will be fine',
	'it''ll be fine',
	'everything will be okay',
	'everything will be fine',
	'everything will work out',
	'it will all work out',
	'things will get better',
	'it will get better',
	'it gets better',
	'don''t give up',
	'keep your head up',
	'keep your chin up',
	'stay strong',
	'I''m rooting for you',
	'rooting for you',
	'don''t be too hard on yourself',
	'don''t beat yourself up',
	'be kind to yourself',
	'give yourself time',
	'that is hard',
	'that is so hard',
	'that is really hard',
	'that''s very hard',
	'that is very hard',
	'that''s so tough',
	'that is so tough',
	'that is really tough',
	'that''s very tough',
	'that is very tough',
	'that''s so rough',
	'that is so rough',
	'that''s really rough',
	'that is really rough',
	'that''s very rough',
	'that is very rough',
	'that''s difficult',
	'that is difficult',
	'that''s so difficult',
	'that is so difficult',
	'that''s really difficult',
	'that is really difficult',
	'that''s very difficult',
	'that is very difficult',
	'that is scary',
	'that is so scary',
	'that is really scary',
	'that''s very scary',
	'that is very scary',
	'that is terrifying',
	'that''s so terrifying',
	'that is so terrifying',
	'that''s really terrifying',
	'that is really terrifying',
	'that''s very terrifying',
	'that is very terrifying',
	'that''s frightening',
	'that is frightening',
	'that''s so frightening',
	'that is so frightening',
	'that''s really frightening',
	'that is really frightening',
	'that''s very frightening',
	'that is very frightening',
	'how frightening',
	'that is awful',
	'that''s so awful',
	'that is so awful',
	'that sounds so awful',
	'sounds so awful',
	'that''s really awful',
	'that is really awful',
	'that sounds really awful',
	'sounds really awful',
	'that''s very awful',
	'that is very awful',
	'that sounds very awful',
	'sounds very awful',
	'that is terrible',
	'that''s so terrible',
	'that is so terrible',
	'that sounds so terrible',
	'sounds so terrible',
	'that''s really terrible',
	'that is really terrible',
	'that sounds really terrible',
	'sounds really terrible',
	'that''s very terrible',
	'that is very terrible',
	'that sounds very terrible',
	'sounds very terrible',
	'that is horrible',
	'that''s so horrible',
	'that is so horrible',
	'that sounds so horrible',
	'sounds so horrible',
	'that''s really horrible',
	'that is really horrible',
	'that sounds really horrible',
	'sounds really horrible',
	'that''s very horrible',
	'that is very horrible',
	'that sounds very horrible',
	'sounds very horrible',
	'that is sad',
	'that sounds sad',
	'sounds sad',
	'that is so sad',
	'that sounds so sad',
	'sounds so sad',
	'that is really sad',
	'that sounds really sad',
	'sounds really sad',
	'that''s very sad',
	'that is very sad',
	'that sounds very sad',
	'sounds very sad',
	'that is heartbreaking',
	'sounds heartbreaking',
	'that''s so heartbreaking',
	'that is so heartbreaking',
	'that sounds so heartbreaking',
	'sounds so heartbreaking',
	'that''s really heartbreaking',
	'that is really heartbreaking',
	'that sounds really heartbreaking',
	'sounds really heartbreaking',
	'that''s very heartbreaking',
	'that is very heartbreaking',
	'that sounds very heartbreaking',
	'sounds very heartbreaking',
	'that''s painful',
	'that is painful',
	'that''s so painful',
	'that is so painful',
	'that''s really painful',
	'that is really painful',
	'that''s very painful',
	'that is very painful',
	'that''s stressful',
	'that is stressful',
	'that''s so stressful',
	'that is so stressful',
	'that''s really stressful',
	'that is really stressful',
	'that''s very stressful',
	'that is very stressful',
	'that''s upsetting',
	'that is upsetting',
	'that''s so upsetting',
	'that is so upsetting',
	'that''s really upsetting',
	'that is really upsetting',
	'that''s very upsetting',
	'that is very upsetting',
	'how upsetting',
	'that is unfair',
	'that sounds unfair',
	'sounds unfair',
	'that is so unfair',
	'that sounds so unfair',
	'sounds so unfair',
	'that''s really unfair',
	'that is really unfair',
	'that sounds really unfair',
	'sounds really unfair',
	'that''s very unfair',
	'that is very unfair',
	'that sounds very unfair',
	'sounds very unfair',
	'how unfair',
	'that''s devastating',
	'that is devastating',
	'that sounds devastating',
	'sounds devastating',
	'that''s so devastating',
	'that is so devastating',
	'that sounds so devastating',
	'sounds so devastating',
	'that''s really devastating',
	'that is really devastating',
	'that sounds really devastating',
	'sounds really devastating',
	'that''s very devastating',
	'that is very devastating',
	'that sounds very devastating',
	'sounds very devastating',
	'how devastating',
	'that''s disappointing',
	'that is disappointing',
	'that''s so disappointing',
	'that is so disappointing',
	'that''s really disappointing',
	'that is really disappointing',
	'that''s very disappointing',
	'that is very disappointing',
	'how disappointing',
	'that''s worrying',
	'that is worrying',
	'that''s so worrying',
	'that is so worrying',
	'that''s really worrying',
	'that is really worrying',
	'that''s very worrying',
	'that is very worrying',
	'how worrying',
	'that''s overwhelming',
	'that is overwhelming',
	'that''s so overwhelming',
	'that is so overwhelming',
	'that''s really overwhelming',
	'that is really overwhelming',
	'that''s very overwhelming',
	'that is very overwhelming',
	'how overwhelming',
	'that''s exhausting',
	'that is exhausting',
	'that''s so exhausting',
	'that is so exhausting',
	'that''s really exhausting',
	'that is really exhausting',
	'that''s very exhausting',
	'that is very exhausting',
	'how exhausting',
	'that is wonderful',
	'that is so wonderful',
	'that sounds so wonderful',
	'sounds so wonderful',
	'that''s really wonderful',
	'that is really wonderful',
	'that sounds really wonderful',
	'sounds really wonderful',
	'that''s very wonderful',
	'that is very wonderful',
	'that sounds very wonderful',
	'sounds very wonderful',
	'that is amazing',
	'that is so amazing',
	'that sounds so amazing',
	'sounds so amazing',
	'that''s really amazing',
	'that is really amazing',
	'that sounds really amazing',
	'sounds really amazing',
	'that''s very amazing',
	'that is very amazing',
	'that sounds very amazing',
	'sounds very amazing',
	'that is awesome',
	'that is so awesome',
	'that sounds so awesome',
	'sounds so awesome',
	'that''s really awesome',
	'that is really awesome',
	'that sounds really awesome',
	'sounds really awesome',
	'that''s very awesome',
	'that is very awesome',
	'that sounds very awesome',
	'sounds very awesome',
	'how awesome',
	'that is fantastic',
	'that sounds fantastic',
	'sounds fantastic',
	'that''s so fantastic',
	'that is so fantastic',
	'that sounds so fantastic',
	'sounds so fantastic',
	'that''s really fantastic',
	'that is really fantastic',
	'that sounds really fantastic',
	'sounds really fantastic',
	'that''s very fantastic',
	'that is very fantastic',
	'that sounds very fantastic',
	'sounds very fantastic',
	'how fantastic',
	'that is exciting',
	'that is so exciting',
	'that sounds so exciting',
	'sounds so exciting',
	'that''s really exciting',
	'that is really exciting',
	'that sounds really exciting',
	'sounds really exciting',
	'that''s very exciting',
	'that is very exciting',
	'that sounds very exciting',
	'sounds very exciting',
	'that is lovely',
	'that''s so lovely',
	'that is so lovely',
	'that sounds so lovely',
	'sounds so lovely',
	'that''s really lovely',
	'that is really lovely',
	'that sounds really lovely',
	'sounds really lovely',
	'that''s very lovely',
	'that is very lovely',
	'that sounds very lovely',
	'sounds very lovely',
	'that''s incredible',
	'that is incredible',
	'that sounds incredible',
	'sounds incredible',
	'that''s so incredible',
	'that is so incredible',
	'that sounds so incredible',
	'sounds so incredible',
	'that''s really incredible',
	'that is really incredible',
	'that sounds really incredible',
	'sounds really incredible',
	'that''s very incredible',
	'that is very incredible',
	'that sounds very incredible',
	'sounds very incredible',
	'how incredible',
	'that''s beautiful',
	'that is beautiful',
	'that sounds beautiful',
	'sounds beautiful',
	'that''s so beautiful',
	'that is so beautiful',
	'that sounds so beautiful',
	'sounds so beautiful',
	'that''s really beautiful',
	'that is really beautiful',
	'that sounds really beautiful',
	'sounds really beautiful',
	'that''s very beautiful',
	'that is very beautiful',
	'that sounds very beautiful',
	'sounds very beautiful',
	'how beautiful',
	'that''s thoughtful',
	'that is thoughtful',
	'that sounds thoughtful',
	'sounds thoughtful',
	'that''s so thoughtful',
	'that is so thoughtful',
	'that sounds so thoughtful',
	'sounds so thoughtful',
	'that''s really thoughtful',
	'that is really thoughtful',
	'that sounds really thoughtful',
	'sounds really thoughtful',
	'that''s very thoughtful',
	'that is very thoughtful',
	'that sounds very thoughtful',
	'sounds very thoughtful',
	'how thoughtful',
	'that''s kind',
	'that is kind',
	'that sounds kind',
	'sounds kind',
	'that''s so kind',
	'that is so kind',
	'that sounds so kind',
	'sounds so kind',
	'that''s really kind',
	'that is really kind',
	'that sounds really kind',
	'sounds really kind',
	'that''s very kind',
	'that is very kind',
	'that sounds very kind',
	'sounds very kind',
	'how kind',
	'that is great',
	'that is so great',
	'that is really great',
	'that''s very great',
	'that is very great',
	'that is nice',
	'that sounds nice',
	'sounds nice',
	'that is so nice',
	'that sounds so nice',
	'sounds so nice',
	'that''s really nice',
	'that is really nice',
	'that sounds really nice',
	'sounds really nice',
	'that''s very nice',
	'that is very nice',
	'that sounds very nice',
	'sounds very nice',
	'that is cool',
	'that sounds cool',
	'sounds cool',
	'that is so cool',
	'that sounds so cool',
	'sounds so cool',
	'that''s really cool',
	'that is really cool',
	'that sounds really cool',
	'sounds really cool',
	'that''s very cool',
	'that is very cool',
	'that sounds very cool',
	'sounds very cool',
	'that''s fun',
	'that is fun',
	'that''s so fun',
	'that is so fun',
	'that sounds so fun',
	'sounds so fun',
	'that''s really fun',
	'that is really fun',
	'that sounds really fun',
	'sounds really fun',
	'that''s very fun',
	'that is very fun',
	'that sounds very fun',
	'sounds very fun',
	'that is sweet',
	'that sounds sweet',
	'sounds sweet',
	'that is so sweet',
	'that sounds so sweet',
	'sounds so sweet',
	'that''s really sweet',
	'that is really sweet',
	'that sounds really sweet',
	'sounds really sweet',
	'that''s very sweet',
	'that is very sweet',
	'that sounds very sweet',
	'sounds very sweet',
	'I hate that for you'
);

-- en: apology -> emotional_reaction (23)
UPDATE @extschema@.empathy_lexicon_shipped SET dimension = 'emotional_reaction'
WHERE language = 'en' AND dimension = 'apology' AND phrase IN (
	'I''m sorry to hear that',
	'I''m sorry to hear about',
	'sorry to hear that',
	'sorry to hear about',
	'I''m so sorry to hear',
	'I am sorry to hear',
	'so sorry to hear',
	'sorry to hear',
	'I''m sorry for your loss',
	'sorry for your loss',
	'my condolences',
	'my deepest condolences',
	'so sorry for your loss',
	'I''m sorry you''re going through this',
	'I''m sorry you are going through this',
	'sorry you''re going through',
	'sorry you are going through',
	'sorry that happened to you',
	'that''s a shame',
	'what a shame',
	'that''s too bad',
	'that''s unfortunate',
	'how unfortunate'
);

-- en: acknowledgement -> interpretation (480)
UPDATE @extschema@.empathy_lexicon_shipped SET dimension = 'interpretation'
WHERE language = 'en' AND dimension = 'acknowledgement' AND phrase IN (
	'I can see why that is frustrating',
	'I can see why this is frustrating',
	'I can see how frustrating this is',
	'I can see how frustrating that is',
	'I understand how frustrating this is',
	'I understand how frustrating that is',
	'I understand how frustrating this must be',
	'I completely understand your frustration',
	'I understand your frustration',
	'I understand your concern',
	'I understand your concerns',
	'I understand the urgency',
	'I hear your frustration',
	'that must be so frustrating',
	'that must be frustrating',
	'that must have been frustrating',
	'that must have been really frustrating',
	'this must be frustrating',
	'that must be really annoying',
	'that must be annoying',
	'that must be stressful',
	'that must have been stressful',
	'that must be hard',
	'that must have been hard',
	'that must be difficult',
	'that must have been difficult',
	'that must be worrying',
	'that sounds really frustrating',
	'that sounds frustrating',
	'that sounds stressful',
	'that sounds difficult',
	'that sounds hard',
	'that sounds like a lot',
	'that sounds tough',
	'I can only imagine',
	'I can imagine how frustrating',
	'I can imagine how stressful',
	'I can imagine',
	'I would be frustrated too',
	'I would be upset too',
	'I would feel the same way',
	'I would feel the same',
	'anyone would be frustrated',
	'anyone would be upset',
	'no wonder you are frustrated',
	'no wonder you are upset',
	'you have every right to be upset',
	'you have every right to be frustrated',
	'it''s understandable that you',
	'it''s completely understandable to feel',
	'I know how important this is',
	'I know how important this is to you',
	'I understand how important this is',
	'I know this is important to you',
	'I know this is urgent',
	'I know it''s not easy',
	'I know this is not easy',
	'I know how stressful this can be',
	'I know how much this matters',
	'I understand you have been waiting',
	'I know you have been waiting',
	'I know you''ve been waiting',
	'I understand why you',
	'your frustration is completely valid',
	'your feelings are valid',
	'I can tell this has been',
	'it sounds like this has been',
	'it sounds like you''ve had',
	'it sounds like you have had',
	'I know how you feel',
	'I know the feeling',
	'I''ve been there',
	'that must have been',
	'that must be',
	'you must be',
	'you must have been',
	'that would be frustrating',
	'that would be stressful',
	'that would make anyone nervous',
	'that sounds really hard',
	'that sounds really tough',
	'that sounds really difficult',
	'that sounds so hard',
	'that sounds really scary',
	'that sounds scary',
	'that sounds terrifying',
	'that sounds painful',
	'that sounds rough',
	'that sounds upsetting',
	'that sounds exhausting',
	'that sounds overwhelming',
	'sounds hard',
	'sounds tough',
	'sounds rough',
	'sounds scary',
	'sounds stressful',
	'sounds difficult',
	'sounds painful',
	'that must be scary',
	'that must be so hard',
	'that must be really hard',
	'that must be so scary',
	'that must have been scary',
	'that must have been terrifying',
	'that must have been so hard',
	'that must have been really hard',
	'that must have been awful',
	'that must have been a shock',
	'that must have been so scary',
	'you must feel',
	'I can''t imagine',
	'I cannot imagine',
	'I can''t even imagine',
	'I can imagine how you feel',
	'I can imagine how you felt',
	'I can imagine how hard',
	'I can imagine how scary',
	'I know how hard',
	'I know how that feels',
	'I know how you felt',
	'I know exactly how you feel',
	'I know that feeling',
	'I understand how you feel',
	'I understand how you felt',
	'I feel the same',
	'I feel the same way',
	'I''ve been through',
	'the same thing happened to me',
	'that happened to me',
	'I would be scared too',
	'I''d be scared too',
	'I''d be scared',
	'I would have been scared',
	'I would''ve been scared',
	'I would have been terrified',
	'I would''ve been terrified',
	'I would have been upset',
	'I would''ve been upset',
	'I would be devastated',
	'I''d be devastated',
	'I''d be upset too',
	'I''d be so upset',
	'I''d be angry too',
	'I would be angry too',
	'I''d be mad too',
	'I''d be nervous too',
	'I would be nervous too',
	'I''d be frustrated too',
	'I would be so excited',
	'I''d be so excited',
	'I''d be so happy',
	'it''s okay to feel',
	'it''s ok to feel',
	'it is okay to feel',
	'it''s normal to feel',
	'it is normal to feel',
	'it''s natural to feel',
	'it''s understandable to feel',
	'it makes sense that you',
	'it makes sense to feel',
	'of course you''re upset',
	'of course you are upset',
	'no wonder you feel',
	'that would scare anyone',
	'that would upset anyone',
	'that would make anyone',
	'anyone would be',
	'anyone would feel',
	'you must be so proud',
	'you must be proud',
	'you must be very proud',
	'you must be so excited',
	'you must be thrilled',
	'you must be so relieved',
	'you must be relieved',
	'you must be exhausted',
	'you must be worried',
	'you must be devastated',
	'I bet that was',
	'you''re not the only one',
	'it happens to everyone',
	'happens to the best of us',
	'we all make mistakes',
	'everyone makes mistakes',
	'sounds so hard',
	'sounds really hard',
	'that sounds very hard',
	'sounds very hard',
	'that sounds so tough',
	'sounds so tough',
	'sounds really tough',
	'that sounds very tough',
	'sounds very tough',
	'that sounds so rough',
	'sounds so rough',
	'that sounds really rough',
	'sounds really rough',
	'that sounds very rough',
	'sounds very rough',
	'that sounds so difficult',
	'sounds so difficult',
	'sounds really difficult',
	'that sounds very difficult',
	'sounds very difficult',
	'that sounds so scary',
	'sounds so scary',
	'sounds really scary',
	'that sounds very scary',
	'sounds very scary',
	'sounds terrifying',
	'that sounds so terrifying',
	'sounds so terrifying',
	'that sounds really terrifying',
	'sounds really terrifying',
	'that sounds very terrifying',
	'sounds very terrifying',
	'that sounds frightening',
	'sounds frightening',
	'that sounds so frightening',
	'sounds so frightening',
	'that sounds really frightening',
	'sounds really frightening',
	'that sounds very frightening',
	'sounds very frightening',
	'that sounds so painful',
	'sounds so painful',
	'that sounds really painful',
	'sounds really painful',
	'that sounds very painful',
	'sounds very painful',
	'that sounds so stressful',
	'sounds so stressful',
	'that sounds really stressful',
	'sounds really stressful',
	'that sounds very stressful',
	'sounds very stressful',
	'sounds upsetting',
	'that sounds so upsetting',
	'sounds so upsetting',
	'that sounds really upsetting',
	'sounds really upsetting',
	'that sounds very upsetting',
	'sounds very upsetting',
	'that sounds disappointing',
	'sounds disappointing',
	'that sounds so disappointing',
	'sounds so disappointing',
	'that sounds really disappointing',
	'sounds really disappointing',
	'that sounds very disappointing',
	'sounds very disappointing',
	'that sounds worrying',
	'sounds worrying',
	'that sounds so worrying',
	'sounds so worrying',
	'that sounds really worrying',
	'sounds really worrying',
	'that sounds very worrying',
	'sounds very worrying',
	'sounds overwhelming',
	'that sounds so overwhelming',
	'sounds so overwhelming',
	'that sounds really overwhelming',
	'sounds really overwhelming',
	'that sounds very overwhelming',
	'sounds very overwhelming',
	'sounds exhausting',
	'that sounds so exhausting',
	'sounds so exhausting',
	'that sounds really exhausting',
	'sounds really exhausting',
	'that sounds very exhausting',
	'sounds very exhausting',
	'I would be scared',
	'I''d have been scared',
	'I would be so scared',
	'I''d be so scared',
	'I would have been so scared',
	'I would''ve been so scared',
	'I''d have been so scared',
	'I would be terrified',
	'I''d be terrified',
	'I''d have been terrified',
	'I would be so terrified',
	'I''d be so terrified',
	'I would have been so terrified',
	'I would''ve been so terrified',
	'I''d have been so terrified',
	'I would be frightened',
	'I''d be frightened',
	'I would have been frightened',
	'I would''ve been frightened',
	'I''d have been frightened',
	'I would be so frightened',
	'I''d be so frightened',
	'I would have been so frightened',
	'I would''ve been so frightened',
	'I''d have been so frightened',
	'I would be upset',
	'I''d be upset',
	'I''d have been upset',
	'I would be so upset',
	'I would have been so upset',
	'I would''ve been so upset',
	'I''d have been so upset',
	'I would be sad',
	'I''d be sad',
	'I would have been sad',
	'I would''ve been sad',
	'I''d have been sad',
	'I would be so sad',
	'I''d be so sad',
	'I would have been so sad',
	'I would''ve been so sad',
	'I''d have been so sad',
	'I would be angry',
	'I''d be angry',
	'I would have been angry',
	'I would''ve been angry',
	'I''d have been angry',
	'I would be so angry',
	'I''d be so angry',
	'I would have been so angry',
	'I would''ve been so angry',
	'I''d have been so angry',
	'I would be mad',
	'I''d be mad',
	'I would have been mad',
	'I would''ve been mad',
	'I''d have been mad',
	'I would be so mad',
	'I''d be so mad',
	'I would have been so mad',
	'I would''ve been so mad',
	'I''d have been so mad',
	'I would be furious',
	'I''d be furious',
	'I would have been furious',
	'I would''ve been furious',
	'I''d have been furious',
	'I would be so furious',
	'I''d be so furious',
	'I would have been so furious',
	'I would''ve been so furious',
	'I''d have been so furious',
	'I would be frustrated',
	'I''d be frustrated',
	'I would have been frustrated',
	'I would''ve been frustrated',
	'I''d have been frustrated',
	'I would be so frustrated',
	'I''d be so frustrated',
	'I would have been so frustrated',
	'I would''ve been so frustrated',
	'I''d have been so frustrated',
	'I would be worried',
	'I''d be worried',
	'I would have been worried',
	'I would''ve been worried',
	'I''d have been worried',
	'I would be so worried',
	'I''d be so worried',
	'I would have been so worried',
	'I would''ve been so worried',
	'I''d have been so worried',
	'I would be nervous',
	'I''d be nervous',
	'I would have been nervous',
	'I would''ve been nervous',
	'I''d have been nervous',
	'I would be so nervous',
	'I''d be so nervous',
	'I would have been so nervous',
	'I would''ve been so nervous',
	'I''d have been so nervous',
	'I would be anxious',
	'I''d be anxious',
	'I would have been anxious',
	'I would''ve been anxious',
	'I''d have been anxious',
	'I would be so anxious',
	'I''d be so anxious',
	'I would have been so anxious',
	'I would''ve been so anxious',
	'I''d have been so anxious',
	'I would be stressed',
	'I''d be stressed',
	'I would have been stressed',
	'I would''ve been stressed',
	'I''d have been stressed',
	'I would be so stressed',
	'I''d be so stressed',
	'I would have been so stressed',
	'I would''ve been so stressed',
	'I''d have been so stressed',
	'I would have been devastated',
	'I would''ve been devastated',
	'I''d have been devastated',
	'I would be so devastated',
	'I''d be so devastated',
	'I would have been so devastated',
	'I would''ve been so devastated',
	'I''d have been so devastated',
	'I would be heartbroken',
	'I''d be heartbroken',
	'I would have been heartbroken',
	'I would''ve been heartbroken',
	'I''d have been heartbroken',
	'I would be so heartbroken',
	'I''d be so heartbroken',
	'I would have been so heartbroken',
	'I would''ve been so heartbroken',
	'I''d have been so heartbroken',
	'I would be disappointed',
	'I''d be disappointed',
	'I would have been disappointed',
	'I would''ve been disappointed',
	'I''d have been disappointed',
	'I would be so disappointed',
	'I''d be so disappointed',
	'I would have been so disappointed',
	'I would''ve been so disappointed',
	'I''d have been so disappointed',
	'I would be hurt',
	'I''d be hurt',
	'I would have been hurt',
	'I would''ve been hurt',
	'I''d have been hurt',
	'I would be so hurt',
	'I''d be so hurt',
	'I would have been so hurt',
	'I would''ve been so hurt',
	'I''d have been so hurt',
	'I would have been happy',
	'I would''ve been happy',
	'I''d have been happy',
	'I would be so happy',
	'I would have been so happy',
	'I would''ve been so happy',
	'I''d have been so happy',
	'I would be excited',
	'I''d be excited',
	'I would have been excited',
	'I would''ve been excited',
	'I''d have been excited',
	'I would have been so excited',
	'I would''ve been so excited',
	'I''d have been so excited',
	'I would be thrilled',
	'I''d be thrilled',
	'I would have been thrilled',
	'I would''ve been thrilled',
	'I''d have been thrilled',
	'I would be so thrilled',
	'I''d be so thrilled',
	'I would have been so thrilled',
	'I would''ve been so thrilled',
	'I''d have been so thrilled',
	'I would be proud',
	'I''d be proud',
	'I would have been proud',
	'I would''ve been proud',
	'I''d have been proud',
	'I would be so proud',
	'I''d be so proud',
	'I would have been so proud',
	'I would''ve been so proud',
	'I''d have been so proud',
	'I would be relieved',
	'I''d be relieved',
	'I would have been relieved',
	'I would''ve been relieved',
	'I''d have been relieved',
	'I would be so relieved',
	'I''d be so relieved',
	'I would have been so relieved',
	'I would''ve been so relieved',
	'I''d have been so relieved',
	'you must have felt',
	'I hate when that happens'
);

-- en: exploration -> interpretation (15)
UPDATE @extschema@.empathy_lexicon_shipped SET dimension = 'interpretation'
WHERE language = 'en' AND dimension = 'exploration' AND phrase IN (
	'if I understand correctly',
	'if I understand you correctly',
	'if I''m understanding correctly',
	'if I''m understanding you correctly',
	'just to make sure I understand',
	'just to make sure I understand correctly',
	'to make sure I understand',
	'so what I''m hearing is',
	'what I''m hearing is',
	'it sounds like you',
	'so it sounds like',
	'let me make sure I have this right',
	'let me see if I have this right',
	'correct me if I''m wrong',
	'so you''re saying'
);

-- en: complaint -> feeling (21)
UPDATE @extschema@.empathy_lexicon_shipped SET dimension = 'feeling'
WHERE language = 'en' AND dimension = 'complaint' AND phrase IN (
	'I''m frustrated',
	'I am frustrated',
	'so frustrated',
	'very frustrated',
	'I''m fed up',
	'fed up',
	'I''m upset',
	'very upset',
	'really upset',
	'I''m angry',
	'I''m annoyed',
	'disappointed',
	'very disappointed',
	'I feel cheated',
	'I''m worried',
	'I am worried',
	'I''m stressed',
	'not happy',
	'very unhappy',
	'sick of',
	'tired of'
);

-- es: acknowledgement -> emotional_reaction (137)
UPDATE @extschema@.empathy_lexicon_shipped SET dimension = 'emotional_reaction'
WHERE language = 'es' AND dimension = 'acknowledgement' AND phrase IN (
	'qué situación tan frustrante',
	'me alegra saber',
	'me alegro mucho',
	'me alegro de que',
	'qué alegría',
	'qué buena noticia',
	'es una gran noticia',
	'enhorabuena',
	'felicidades',
	'espero que todo salga bien',
	'espero que se mejore pronto',
	'espero que se resuelva pronto',
	'le deseo mucha suerte',
	'mucho ánimo',
	'le acompaño en el sentimiento',
	'seguro que le irá bien',
	'qué susto',
	'qué alivio',
	'ay no',
	'oh no',
	'vaya por dios',
	'qué mala suerte',
	'qué horror',
	'qué miedo',
	'qué angustia',
	'qué triste',
	'qué duro',
	'qué difícil',
	'qué rabia',
	'qué impotencia',
	'qué faena',
	'qué mal',
	'qué horrible',
	'qué terrible',
	'qué injusto',
	'qué fuerte',
	'te acompaño en el sentimiento',
	'no te culpes',
	'suena horrible',
	'suena terrible',
	'me alegro mucho por ti',
	'me alegro por ti',
	'me alegro por usted',
	'me alegro mucho por usted',
	'me alegro',
	'me alegra mucho',
	'me alegra oír',
	'qué bien',
	'qué bueno',
	'qué maravilla',
	'qué ilusión',
	'qué emoción',
	'qué guay',
	'qué padre',
	'qué chévere',
	'qué genial',
	'qué bonito',
	'qué lindo',
	'qué buenas noticias',
	'muy buena noticia',
	'muchas felicidades',
	'felicitaciones',
	'te felicito',
	'le felicito',
	'bien hecho',
	'te lo mereces',
	'se lo merece',
	'te lo has ganado',
	'qué orgullo',
	'estoy orgulloso de ti',
	'estoy orgullosa de ti',
	'orgulloso de ti',
	'orgullosa de ti',
	'qué suerte',
	'suena increíble',
	'suena divertido',
	'ánimo',
	'ánimos',
	'mucha fuerza',
	'puedes con esto',
	'seguro que todo sale bien',
	'seguro que todo saldrá bien',
	'todo va a salir bien',
	'todo saldrá bien',
	'todo irá bien',
	'todo se va a arreglar',
	'todo se arreglará',
	'espero que te mejores',
	'que te mejores',
	'pronta recuperación',
	'espero que estés bien',
	'espero que esté bien',
	'espero que estés mejor',
	'espero que todo vaya bien',
	'espero que todo te vaya bien',
	'espero que todo se solucione',
	'espero que todo se arregle',
	'ojalá todo salga bien',
	'ojalá se arregle',
	'que te vaya bien',
	'que todo salga bien',
	'mucha suerte',
	'te deseo lo mejor',
	'le deseo lo mejor',
	'te deseo mucha suerte',
	'cuídate',
	'cuídese',
	'cuídate mucho',
	'un abrazo',
	'un abrazo fuerte',
	'un fuerte abrazo',
	'te mando un abrazo',
	'te mando fuerzas',
	'no te rindas',
	'no te desanimes',
	'no se desanime',
	'suena muy horrible',
	'suena muy terrible',
	'suena triste',
	'suena muy triste',
	'qué doloroso',
	'qué angustiante',
	'suena injusto',
	'suena muy injusto',
	'qué agotador',
	'qué complicado',
	'qué estresante',
	'suena bonito',
	'suena muy bonito',
	'suena emocionante',
	'suena muy emocionante',
	'qué emocionante',
	'suena muy increíble',
	'qué increíble',
	'suena maravilloso',
	'suena muy maravilloso',
	'qué maravilloso'
);

-- es: apology -> emotional_reaction (25)
UPDATE @extschema@.empathy_lexicon_shipped SET dimension = 'emotional_reaction'
WHERE language = 'es' AND dimension = 'apology' AND phrase IN (
	'qué pena que haya pasado',
	'es una pena',
	'siento mucho escuchar eso',
	'lamento escuchar eso',
	'lamento leer esto',
	'qué pena',
	'qué lástima',
	'es una lástima',
	'cuánto lo siento',
	'siento mucho tu pérdida',
	'siento mucho su pérdida',
	'lamento tu pérdida',
	'lamento su pérdida',
	'mi más sentido pésame',
	'mis condolencias',
	'siento lo que te ha pasado',
	'siento lo que le ha pasado',
	'siento lo que pasó',
	'lamento lo que te pasó',
	'lamento lo que le pasó',
	'siento mucho oír eso',
	'siento oír eso',
	'lamento oír eso',
	'siento escuchar eso',
	'lamento escucharlo'
);

-- es: acknowledgement -> interpretation (683)
UPDATE @extschema@.empathy_lexicon_shipped SET dimension = 'interpretation'
WHERE language = 'es' AND dimension = 'acknowledgement' AND phrase IN (
	'entiendo lo frustrante que es',
	'entiendo lo frustrante que debe ser',
	'entiendo perfectamente su frustración',
	'entiendo su frustración',
	'entiendo tu frustración',
	'entiendo su molestia',
	'entiendo tu molestia',
	'entiendo su preocupación',
	'entiendo tu preocupación',
	'comprendo su frustración',
	'comprendo tu frustración',
	'comprendo su preocupación',
	'comprendo su malestar',
	'es comprensible que se sienta así',
	'es normal que se sienta así',
	'es lógico que esté molesto',
	'es lógico que esté molesta',
	'es normal que esté molesto',
	'es normal que esté molesta',
	'me pongo en su lugar',
	'me pongo en tu lugar',
	'me imagino lo frustrante que',
	'me imagino lo molesto que',
	'me imagino lo difícil que',
	'me imagino cómo se siente',
	'me imagino cómo te sientes',
	'puedo imaginar lo frustrante',
	'debe ser muy frustrante',
	'debe ser frustrante',
	'debe ser muy molesto',
	'debe haber sido muy frustrante',
	'debe de ser muy frustrante',
	'debe de ser difícil',
	'entiendo que esto le ha causado',
	'entiendo que esto le ha afectado',
	'entiendo la urgencia',
	'comprendo la urgencia',
	'entiendo que es urgente',
	'sé lo importante que es',
	'sé lo importante que es para usted',
	'entiendo lo importante que es',
	'con razón está molesto',
	'con razón está molesta',
	'no me extraña que esté molesto',
	'no me extraña que esté molesta',
	'no es para menos',
	'cualquiera estaría molesto',
	'yo también estaría molesto',
	'yo también estaría molesta',
	'yo en su lugar también',
	'es una situación muy incómoda',
	'entiendo que es una situación difícil',
	'sé que no es fácil',
	'sé que es una molestia',
	'sé que es un inconveniente',
	'entiendo las molestias',
	'entiendo el inconveniente',
	'tiene todo el derecho a estar molesto',
	'tiene todo el derecho a estar molesta',
	'entiendo que lleva mucho tiempo esperando',
	'sé que lleva días con esto',
	'sé cómo se siente',
	'sé cómo te sientes',
	'a mí también me ha pasado',
	'debió de ser',
	'debe haber sido',
	'debió ser',
	'debe de ser',
	'debe ser muy duro',
	'debe de ser muy duro',
	'debe ser duro',
	'debe ser muy difícil',
	'debe ser difícil',
	'debió de ser muy duro',
	'debió ser muy duro',
	'debió de ser horrible',
	'debió de ser un susto',
	'tiene que ser muy duro',
	'tiene que ser duro',
	'tiene que ser difícil',
	'me imagino cómo te sentiste',
	'me imagino cómo se sintió',
	'me imagino lo mal que',
	'me imagino lo duro que',
	'me imagino lo que',
	'me puedo imaginar',
	'puedo imaginarme',
	'no me puedo ni imaginar',
	'no me quiero ni imaginar',
	'entiendo cómo te sientes',
	'entiendo cómo se siente',
	'comprendo cómo te sientes',
	'comprendo cómo se siente',
	'sé lo que se siente',
	'es normal que te sientas así',
	'es normal sentirse así',
	'es lógico que te sientas así',
	'es comprensible que te sientas así',
	'es normal que estés',
	'es lógico que estés',
	'con razón estás',
	'no me extraña que',
	'yo también estaría',
	'yo estaría igual',
	'yo me sentiría igual',
	'le puede pasar a cualquiera',
	'nos pasa a todos',
	'a mí también me pasó',
	'a mí me pasó lo mismo',
	'suena muy duro',
	'suena difícil',
	'estarás muy orgulloso',
	'estarás muy orgullosa',
	'debes de estar muy orgulloso',
	'debes de estar muy orgullosa',
	'debes estar muy orgulloso',
	'debes estar muy orgullosa',
	'debes estar feliz',
	'estarás feliz',
	'estarás contento',
	'estarás contenta',
	'debe de ser duro',
	'debió de ser duro',
	'debió ser duro',
	'tuvo que ser duro',
	'debe haber sido duro',
	'suena duro',
	'tuvo que ser muy duro',
	'debe haber sido muy duro',
	'debió de ser difícil',
	'debió ser difícil',
	'tuvo que ser difícil',
	'debe haber sido difícil',
	'debe de ser muy difícil',
	'debió de ser muy difícil',
	'debió ser muy difícil',
	'tiene que ser muy difícil',
	'tuvo que ser muy difícil',
	'debe haber sido muy difícil',
	'suena muy difícil',
	'debe ser horrible',
	'debe de ser horrible',
	'debió ser horrible',
	'tiene que ser horrible',
	'tuvo que ser horrible',
	'debe haber sido horrible',
	'debe ser muy horrible',
	'debe de ser muy horrible',
	'debió de ser muy horrible',
	'debió ser muy horrible',
	'tiene que ser muy horrible',
	'tuvo que ser muy horrible',
	'debe haber sido muy horrible',
	'debe ser terrible',
	'debe de ser terrible',
	'debió de ser terrible',
	'debió ser terrible',
	'tiene que ser terrible',
	'tuvo que ser terrible',
	'debe haber sido terrible',
	'debe ser muy terrible',
	'debe de ser muy terrible',
	'debió de ser muy terrible',
	'debió ser muy terrible',
	'tiene que ser muy terrible',
	'tuvo que ser muy terrible',
	'debe haber sido muy terrible',
	'debe ser triste',
	'debe de ser triste',
	'debió de ser triste',
	'debió ser triste',
	'tiene que ser triste',
	'tuvo que ser triste',
	'debe haber sido triste',
	'debe ser muy triste',
	'debe de ser muy triste',
	'debió de ser muy triste',
	'debió ser muy triste',
	'tiene que ser muy triste',
	'tuvo que ser muy triste',
	'debe haber sido muy triste',
	'debe ser doloroso',
	'debe de ser doloroso',
	'debió de ser doloroso',
	'debió ser doloroso',
	'tiene que ser doloroso',
	'tuvo que ser doloroso',
	'debe haber sido doloroso',
	'suena doloroso',
	'debe ser muy doloroso',
	'debe de ser muy doloroso',
	'debió de ser muy doloroso',
	'debió ser muy doloroso',
	'tiene que ser muy doloroso',
	'tuvo que ser muy doloroso',
	'debe haber sido muy doloroso',
	'suena muy doloroso',
	'debe ser angustiante',
	'debe de ser angustiante',
	'debió de ser angustiante',
	'debió ser angustiante',
	'tiene que ser angustiante',
	'tuvo que ser angustiante',
	'debe haber sido angustiante',
	'suena angustiante',
	'debe ser muy angustiante',
	'debe de ser muy angustiante',
	'debió de ser muy angustiante',
	'debió ser muy angustiante',
	'tiene que ser muy angustiante',
	'tuvo que ser muy angustiante',
	'debe haber sido muy angustiante',
	'suena muy angustiante',
	'debe de ser frustrante',
	'debió de ser frustrante',
	'debió ser frustrante',
	'tiene que ser frustrante',
	'tuvo que ser frustrante',
	'debe haber sido frustrante',
	'suena frustrante',
	'debió de ser muy frustrante',
	'debió ser muy frustrante',
	'tiene que ser muy frustrante',
	'tuvo que ser muy frustrante',
	'suena muy frustrante',
	'debe ser injusto',
	'debe de ser injusto',
	'debió de ser injusto',
	'debió ser injusto',
	'tiene que ser injusto',
	'tuvo que ser injusto',
	'debe haber sido injusto',
	'debe ser muy injusto',
	'debe de ser muy injusto',
	'debió de ser muy injusto',
	'debió ser muy injusto',
	'tiene que ser muy injusto',
	'tuvo que ser muy injusto',
	'debe haber sido muy injusto',
	'debe ser agotador',
	'debe de ser agotador',
	'debió de ser agotador',
	'debió ser agotador',
	'tiene que ser agotador',
	'tuvo que ser agotador',
	'debe haber sido agotador',
	'suena agotador',
	'debe ser muy agotador',
	'debe de ser muy agotador',
	'debió de ser muy agotador',
	'debió ser muy agotador',
	'tiene que ser muy agotador',
	'tuvo que ser muy agotador',
	'debe haber sido muy agotador',
	'suena muy agotador',
	'debe ser complicado',
	'debe de ser complicado',
	'debió de ser complicado',
	'debió ser complicado',
	'tiene que ser complicado',
	'tuvo que ser complicado',
	'debe haber sido complicado',
	'suena complicado',
	'debe ser muy complicado',
	'debe de ser muy complicado',
	'debió de ser muy complicado',
	'debió ser muy complicado',
	'tiene que ser muy complicado',
	'tuvo que ser muy complicado',
	'debe haber sido muy complicado',
	'suena muy complicado',
	'debe ser estresante',
	'debe de ser estresante',
	'debió de ser estresante',
	'debió ser estresante',
	'tiene que ser estresante',
	'tuvo que ser estresante',
	'debe haber sido estresante',
	'suena estresante',
	'debe ser muy estresante',
	'debe de ser muy estresante',
	'debió de ser muy estresante',
	'debió ser muy estresante',
	'tiene que ser muy estresante',
	'tuvo que ser muy estresante',
	'debe haber sido muy estresante',
	'suena muy estresante',
	'debe ser bonito',
	'debe de ser bonito',
	'debió de ser bonito',
	'debió ser bonito',
	'tiene que ser bonito',
	'tuvo que ser bonito',
	'debe haber sido bonito',
	'debe ser muy bonito',
	'debe de ser muy bonito',
	'debió de ser muy bonito',
	'debió ser muy bonito',
	'tiene que ser muy bonito',
	'tuvo que ser muy bonito',
	'debe haber sido muy bonito',
	'debe ser emocionante',
	'debe de ser emocionante',
	'debió de ser emocionante',
	'debió ser emocionante',
	'tiene que ser emocionante',
	'tuvo que ser emocionante',
	'debe haber sido emocionante',
	'debe ser muy emocionante',
	'debe de ser muy emocionante',
	'debió de ser muy emocionante',
	'debió ser muy emocionante',
	'tiene que ser muy emocionante',
	'tuvo que ser muy emocionante',
	'debe haber sido muy emocionante',
	'debe ser increíble',
	'debe de ser increíble',
	'debió de ser increíble',
	'debió ser increíble',
	'tiene que ser increíble',
	'tuvo que ser increíble',
	'debe haber sido increíble',
	'debe ser muy increíble',
	'debe de ser muy increíble',
	'debió de ser muy increíble',
	'debió ser muy increíble',
	'tiene que ser muy increíble',
	'tuvo que ser muy increíble',
	'debe haber sido muy increíble',
	'debe ser maravilloso',
	'debe de ser maravilloso',
	'debió de ser maravilloso',
	'debió ser maravilloso',
	'tiene que ser maravilloso',
	'tuvo que ser maravilloso',
	'debe haber sido maravilloso',
	'debe ser muy maravilloso',
	'debe de ser muy maravilloso',
	'debió de ser muy maravilloso',
	'debió ser muy maravilloso',
	'tiene que ser muy maravilloso',
	'tuvo que ser muy maravilloso',
	'debe haber sido muy maravilloso',
	'debe ser genial',
	'debe de ser genial',
	'debió de ser genial',
	'debió ser genial',
	'tiene que ser genial',
	'tuvo que ser genial',
	'debe haber sido genial',
	'debe ser muy genial',
	'debe de ser muy genial',
	'debió de ser muy genial',
	'debió ser muy genial',
	'tiene que ser muy genial',
	'tuvo que ser muy genial',
	'debe haber sido muy genial',
	'yo estaría asustada',
	'yo también estaría asustada',
	'yo me sentiría asustada',
	'estarás asustada',
	'debes estar asustada',
	'debes de estar asustada',
	'te sentirás asustada',
	'yo estaría muy asustada',
	'yo también estaría muy asustada',
	'yo me sentiría muy asustada',
	'estarás muy asustada',
	'debes estar muy asustada',
	'debes de estar muy asustada',
	'te sentirás muy asustada',
	'yo estaría asustado',
	'yo también estaría asustado',
	'yo me sentiría asustado',
	'estarás asustado',
	'debes estar asustado',
	'debes de estar asustado',
	'te sentirás asustado',
	'yo estaría muy asustado',
	'yo también estaría muy asustado',
	'yo me sentiría muy asustado',
	'estarás muy asustado',
	'debes estar muy asustado',
	'debes de estar muy asustado',
	'te sentirás muy asustado',
	'yo estaría preocupada',
	'yo también estaría preocupada',
	'yo me sentiría preocupada',
	'estarás preocupada',
	'debes estar preocupada',
	'debes de estar preocupada',
	'te sentirás preocupada',
	'yo estaría muy preocupada',
	'yo también estaría muy preocupada',
	'yo me sentiría muy preocupada',
	'estarás muy preocupada',
	'debes estar muy preocupada',
	'debes de estar muy preocupada',
	'te sentirás muy preocupada',
	'yo estaría preocupado',
	'yo también estaría preocupado',
	'yo me sentiría preocupado',
	'estarás preocupado',
	'debes estar preocupado',
	'debes de estar preocupado',
	'te sentirás preocupado',
	'yo estaría muy preocupado',
	'yo también estaría muy preocupado',
	'yo me sentiría muy preocupado',
	'estarás muy preocupado',
	'debes estar muy preocupado',
	'debes de estar muy preocupado',
	'te sentirás muy preocupado',
	'yo estaría enfadada',
	'yo también estaría enfadada',
	'yo me sentiría enfadada',
	'estarás enfadada',
	'debes estar enfadada',
	'debes de estar enfadada',
	'te sentirás enfadada',
	'yo estaría muy enfadada',
	'yo también estaría muy enfadada',
	'yo me sentiría muy enfadada',
	'estarás muy enfadada',
	'debes estar muy enfadada',
	'debes de estar muy enfadada',
	'te sentirás muy enfadada',
	'yo estaría enfadado',
	'yo también estaría enfadado',
	'yo me sentiría enfadado',
	'estarás enfadado',
	'debes estar enfadado',
	'debes de estar enfadado',
	'te sentirás enfadado',
	'yo estaría muy enfadado',
	'yo también estaría muy enfadado',
	'yo me sentiría muy enfadado',
	'estarás muy enfadado',
	'debes estar muy enfadado',
	'debes de estar muy enfadado',
	'te sentirás muy enfadado',
	'yo estaría nerviosa',
	'yo también estaría nerviosa',
	'yo me sentiría nerviosa',
	'estarás nerviosa',
	'debes estar nerviosa',
	'debes de estar nerviosa',
	'te sentirás nerviosa',
	'yo estaría muy nerviosa',
	'yo también estaría muy nerviosa',
	'yo me sentiría muy nerviosa',
	'estarás muy nerviosa',
	'debes estar muy nerviosa',
	'debes de estar muy nerviosa',
	'te sentirás muy nerviosa',
	'yo estaría nervioso',
	'yo también estaría nervioso',
	'yo me sentiría nervioso',
	'estarás nervioso',
	'debes estar nervioso',
	'debes de estar nervioso',
	'te sentirás nervioso',
	'yo estaría muy nervioso',
	'yo también estaría muy nervioso',
	'yo me sentiría muy nervioso',
	'estarás muy nervioso',
	'debes estar muy nervioso',
	'debes de estar muy nervioso',
	'te sentirás muy nervioso',
	'yo estaría triste',
	'yo también estaría triste',
	'yo me sentiría triste',
	'estarás triste',
	'debes estar triste',
	'debes de estar triste',
	'te sentirás triste',
	'yo estaría muy triste',
	'yo también estaría muy triste',
	'yo me sentiría muy triste',
	'estarás muy triste',
	'debes estar muy triste',
	'debes de estar muy triste',
	'te sentirás muy triste',
	'yo estaría furiosa',
	'yo también estaría furiosa',
	'yo me sentiría furiosa',
	'estarás furiosa',
	'debes estar furiosa',
	'debes de estar furiosa',
	'te sentirás furiosa',
	'yo estaría muy furiosa',
	'yo también estaría muy furiosa',
	'yo me sentiría muy furiosa',
	'estarás muy furiosa',
	'debes estar muy furiosa',
	'debes de estar muy furiosa',
	'te sentirás muy furiosa',
	'yo estaría furioso',
	'yo también estaría furioso',
	'yo me sentiría furioso',
	'estarás furioso',
	'debes estar furioso',
	'debes de estar furioso',
	'te sentirás furioso',
	'yo estaría muy furioso',
	'yo también estaría muy furioso',
	'yo me sentiría muy furioso',
	'estarás muy furioso',
	'debes estar muy furioso',
	'debes de estar muy furioso',
	'te sentirás muy furioso',
	'yo estaría agobiada',
	'yo también estaría agobiada',
	'yo me sentiría agobiada',
	'estarás agobiada',
	'debes estar agobiada',
	'debes de estar agobiada',
	'te sentirás agobiada',
	'yo estaría muy agobiada',
	'yo también estaría muy agobiada',
	'yo me sentiría muy agobiada',
	'estarás muy agobiada',
	'debes estar muy agobiada',
	'debes de estar muy agobiada',
	'te sentirás muy agobiada',
	'yo estaría agobiado',
	'yo también estaría agobiado',
	'yo me sentiría agobiado',
	'estarás agobiado',
	'debes estar agobiado',
	'debes de estar agobiado',
	'te sentirás agobiado',
	'yo estaría muy agobiado',
	'yo también estaría muy agobiado',
	'yo me sentiría muy agobiado',
	'estarás muy agobiado',
	'debes estar muy agobiado',
	'debes de estar muy agobiado',
	'te sentirás muy agobiado',
	'yo estaría contenta',
	'yo también estaría contenta',
	'yo me sentiría contenta',
	'debes estar contenta',
	'debes de estar contenta',
	'te sentirás contenta',
	'yo estaría muy contenta',
	'yo también estaría muy contenta',
	'yo me sentiría muy contenta',
	'estarás muy contenta',
	'debes estar muy contenta',
	'debes de estar muy contenta',
	'te sentirás muy contenta',
	'yo estaría contento',
	'yo también estaría contento',
	'yo me sentiría contento',
	'debes estar contento',
	'debes de estar contento',
	'te sentirás contento',
	'yo estaría muy contento',
	'yo también estaría muy contento',
	'yo me sentiría muy contento',
	'estarás muy contento',
	'debes estar muy contento',
	'debes de estar muy contento',
	'te sentirás muy contento',
	'yo estaría feliz',
	'yo también estaría feliz',
	'yo me sentiría feliz',
	'debes de estar feliz',
	'te sentirás feliz',
	'yo estaría muy feliz',
	'yo también estaría muy feliz',
	'yo me sentiría muy feliz',
	'estarás muy feliz',
	'debes estar muy feliz',
	'debes de estar muy feliz',
	'te sentirás muy feliz',
	'yo estaría orgullosa',
	'yo también estaría orgullosa',
	'yo me sentiría orgullosa',
	'estarás orgullosa',
	'debes estar orgullosa',
	'debes de estar orgullosa',
	'te sentirás orgullosa',
	'yo estaría muy orgullosa',
	'yo también estaría muy orgullosa',
	'yo me sentiría muy orgullosa',
	'te sentirás muy orgullosa',
	'yo estaría orgulloso',
	'yo también estaría orgulloso',
	'yo me sentiría orgulloso',
	'estarás orgulloso',
	'debes estar orgulloso',
	'debes de estar orgulloso',
	'te sentirás orgulloso',
	'yo estaría muy orgulloso',
	'yo también estaría muy orgulloso',
	'yo me sentiría muy orgulloso',
	'te sentirás muy orgulloso',
	'yo estaría emocionada',
	'yo también estaría emocionada',
	'yo me sentiría emocionada',
	'estarás emocionada',
	'debes estar emocionada',
	'debes de estar emocionada',
	'te sentirás emocionada',
	'yo estaría muy emocionada',
	'yo también estaría muy emocionada',
	'yo me sentiría muy emocionada',
	'estarás muy emocionada',
	'debes estar muy emocionada',
	'debes de estar muy emocionada',
	'te sentirás muy emocionada',
	'yo estaría emocionado',
	'yo también estaría emocionado',
	'yo me sentiría emocionado',
	'estarás emocionado',
	'debes estar emocionado',
	'debes de estar emocionado',
	'te sentirás emocionado',
	'yo estaría muy emocionado',
	'yo también estaría muy emocionado',
	'yo me sentiría muy emocionado',
	'estarás muy emocionado',
	'debes estar muy emocionado',
	'debes de estar muy emocionado',
	'te sentirás muy emocionado',
	'yo estaría aliviada',
	'yo también estaría aliviada',
	'yo me sentiría aliviada',
	'estarás aliviada',
	'debes estar aliviada',
	'debes de estar aliviada',
	'te sentirás aliviada',
	'yo estaría muy aliviada',
	'yo también estaría muy aliviada',
	'yo me sentiría muy aliviada',
	'estarás muy aliviada',
	'debes estar muy aliviada',
	'debes de estar muy aliviada',
	'te sentirás muy aliviada',
	'yo estaría aliviado',
	'yo también estaría aliviado',
	'yo me sentiría aliviado',
	'estarás aliviado',
	'debes estar aliviado',
	'debes de estar aliviado',
	'te sentirás aliviado',
	'yo estaría muy aliviado',
	'yo también estaría muy aliviado',
	'yo me sentiría muy aliviado',
	'estarás muy aliviado',
	'debes estar muy aliviado',
	'debes de estar muy aliviado',
	'te sentirás muy aliviado',
	'yo estaría dolida',
	'yo también estaría dolida',
	'yo me sentiría dolida',
	'estarás dolida',
	'debes estar dolida',
	'debes de estar dolida',
	'te sentirás dolida',
	'yo estaría muy dolida',
	'yo también estaría muy dolida',
	'yo me sentiría muy dolida',
	'estarás muy dolida',
	'debes estar muy dolida',
	'debes de estar muy dolida',
	'te sentirás muy dolida',
	'yo estaría dolido',
	'yo también estaría dolido',
	'yo me sentiría dolido',
	'estarás dolido',
	'debes estar dolido',
	'debes de estar dolido',
	'te sentirás dolido',
	'yo estaría muy dolido',
	'yo también estaría muy dolido',
	'yo me sentiría muy dolido',
	'estarás muy dolido',
	'debes estar muy dolido',
	'debes de estar muy dolido',
	'te sentirás muy dolido'
);

-- es: exploration -> interpretation (18)
UPDATE @extschema@.empathy_lexicon_shipped SET dimension = 'interpretation'
WHERE language = 'es' AND dimension = 'exploration' AND phrase IN (
	'si le entiendo bien',
	'si te entiendo bien',
	'si lo entiendo bien',
	'si no le he entendido mal',
	'si no te he entendido mal',
	'si he entendido bien',
	'para asegurarme de que le entiendo',
	'para asegurarme de entenderle bien',
	'entonces lo que me dice es que',
	'entonces lo que necesita es',
	'lo que me comenta es que',
	'según me comenta',
	'según me cuenta',
	'por lo que me cuenta',
	'por lo que me dice',
	'déjeme ver si lo he entendido',
	'a ver si lo he entendido bien',
	'me confirma si lo he entendido bien'
);

-- es: complaint -> feeling (21)
UPDATE @extschema@.empathy_lexicon_shipped SET dimension = 'feeling'
WHERE language = 'es' AND dimension = 'complaint' AND phrase IN (
	'estoy harto',
	'estoy harta',
	'estoy cansado de',
	'estoy cansada de',
	'estoy muy molesto',
	'estoy muy molesta',
	'estoy molesto',
	'estoy molesta',
	'estoy enfadado',
	'estoy enfadada',
	'estoy frustrado',
	'estoy frustrada',
	'qué frustrante',
	'me siento engañado',
	'me siento engañada',
	'estoy decepcionado',
	'estoy decepcionada',
	'muy decepcionado',
	'muy decepcionada',
	'estoy preocupado',
	'estoy preocupada'
);

CREATE TYPE @extschema@.empathy_detail_result AS (
	score pg_catalog.float8,
	emotional_reaction pg_catalog.float8,
	interpretation pg_catalog.float8,
	exploration pg_catalog.float8,
	anti_empathy pg_catalog.float8,
	ownership pg_catalog.float8,
	elaboration pg_catalog.float8,
	courtesy pg_catalog.float8,
	feeling_named pg_catalog.float8,
	reflection pg_catalog.float8,
	answered pg_catalog.bool,
	language pg_catalog.text
);

COMMENT ON TYPE @extschema@.empathy_detail_result IS
'Result of empathy_detail: the empathy score of a reply and what it rests on, the three mechanisms of empathy (emotional reactions, interpretations, explorations) and anti-empathy, each 0-100.';
COMMENT ON COLUMN @extschema@.empathy_detail_result.score IS 'The reply''s empathy score, as empathy_score returns it: from -100 to 100, 100 * (P - A) (see the README); negative only when anti-empathy outweighs what the reply shows.';
COMMENT ON COLUMN @extschema@.empathy_detail_result.emotional_reaction IS 'Warmth, compassion, concern: 100 * (1 - exp(-e / 1.5)), e the weights of emotional_reaction and apology expressions (at most 4 counted), plus 0.3 when the reply also has an exclamation mark. 0-100.';
COMMENT ON COLUMN @extschema@.empathy_detail_result.interpretation IS 'Understanding of the customer''s feelings and situation: the same curve over interpretation and acknowledgement expressions, 0.8 per first-person sentence of a like experience and, against a customer message, feeling_named + 0.8 * reflection. 0-100.';
COMMENT ON COLUMN @extschema@.empathy_detail_result.exploration IS 'Questions that explore the customer''s situation or feelings: the same curve over the questions (open 1.0, yes/no 0.6, about a feeling +0.5, about neither a feeling nor the person asked (no second person: you, tú, te, usted, os, a verb of tú or vosotros) half, a request to tell 0.8, advice as a question 0.3, the asker''s own next step (how do I) 0.1, asking for data 0.15, a tag 0.1; exploration expressions inside a question count with it). 0-100.';
COMMENT ON COLUMN @extschema@.empathy_detail_result.anti_empathy IS 'Blame, dismissal, non-apology, contempt after their context: 100 * (1 - exp(-a / 2)), a the anti_empathy weights (a relative "who cares" or "a quien le importa" inside a clause does not count, nor a one-word English expression such as relax or clearly inside a clause; dismissal or a non-apology of weight under 2.5 counts a fifth when followed by support: any empathic expression in the same sentence, an ownership, emotional-reaction or interpretation expression in the next). 0-100.';
COMMENT ON COLUMN @extschema@.empathy_detail_result.ownership IS 'Ownership and reassurance expressions, on the same curve as the mechanisms. 0-100.';
COMMENT ON COLUMN @extschema@.empathy_detail_result.elaboration IS 'How much the reply says: 100 * (1 - exp(-words / 25)). 0-100.';
COMMENT ON COLUMN @extschema@.empathy_detail_result.courtesy IS 'Softened, tentative wording: 0.5 per verb in the conditional mood (podría, me gustaría, sería) or softening modal (could, would, might), on the curve of the mechanisms. 0-100.';
COMMENT ON COLUMN @extschema@.empathy_detail_result.feeling_named IS 'Against a customer message: 1 when the reply names a feeling the customer named, 0.6 when it names another after the customer expressed a problem or a feeling, else 0; NULL without a customer message.';
COMMENT ON COLUMN @extschema@.empathy_detail_result.reflection IS 'Against a customer message: the customer''s content words the reply takes up, 0-1 (1 at three); a third when the reply is mostly the customer''s own words (parroting); NULL without a customer message.';
COMMENT ON COLUMN @extschema@.empathy_detail_result.answered IS 'Against a customer message that asks something: whether the reply has a sentence of three words or more that is not a question; NULL when the customer asked nothing or without a customer message.';
COMMENT ON COLUMN @extschema@.empathy_detail_result.language IS 'Language the reply was read in: es or en (given or detected).';

CREATE FUNCTION @extschema@.empathy_score(reply pg_catalog.text, customer_message pg_catalog.text, lang pg_catalog.text)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'empathy_score_context'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.empathy_score(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'Empathy score of a reply against the customer message it answers, from -100 to 100: as empathy_score(reply, lang), plus whether the reply names the customer''s feeling, takes up their words and answers their question (see empathy_detail). lang: ''es'', ''en'' or NULL to detect each text''s language. NULL reply gives NULL; NULL customer_message scores the reply alone.';

COMMENT ON FUNCTION @extschema@.empathy_score(pg_catalog.text, pg_catalog.text) IS
'Empathy score of one reply, from -100 to 100: 100 * (P - A), P = 1 - exp(-(0.5 E + 0.5 I + 0.5 X + 0.5 O + 0.5 C + L) / 100) from the sub-scores of empathy_detail (emotional reaction E, interpretation I, exploration X, ownership O, courtesy C, elaboration L), A = 1 - exp(-anti-empathy weight / 2). lang: ''es'', ''en'' or NULL to detect it. NULL body gives NULL.';

CREATE FUNCTION @extschema@.empathy_detail(reply pg_catalog.text, lang pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.empathy_detail_result
AS 'MODULE_PATHNAME', 'empathy_detail'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.empathy_detail(pg_catalog.text, pg_catalog.text) IS
'The empathy of one reply in detail: score (as empathy_score), emotional_reaction, interpretation, exploration, anti_empathy, ownership, elaboration and courtesy (0-100 each) and the language read. lang: ''es'', ''en'' or NULL to detect it. NULL reply gives NULL.';

CREATE FUNCTION @extschema@.empathy_detail(reply pg_catalog.text, customer_message pg_catalog.text, lang pg_catalog.text)
RETURNS @extschema@.empathy_detail_result
AS 'MODULE_PATHNAME', 'empathy_detail_context'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.empathy_detail(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'empathy_detail of a reply against the customer message it answers: also feeling_named, reflection and answered, which raise interpretation and the score. lang: ''es'', ''en'' or NULL to detect each text''s language. NULL reply gives NULL; NULL customer_message is as empathy_detail(reply, lang).';

CREATE FUNCTION @extschema@.empathy_markers(reply pg_catalog.text, customer_message pg_catalog.text, lang pg_catalog.text,
	OUT dimension pg_catalog.text, OUT phrase pg_catalog.text, OUT matched pg_catalog.text,
	OUT "position" pg_catalog.int8, OUT weight pg_catalog.float8, OUT negated pg_catalog.bool,
	OUT language pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'empathy_markers_context'
LANGUAGE C STABLE PARALLEL SAFE ROWS 6;

COMMENT ON FUNCTION @extschema@.empathy_markers(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'empathy_markers of a reply against the customer message it answers: also a row per reply word that takes up one of the customer''s (phrase ''(the customer''''s word)'', at most three). lang: ''es'', ''en'' or NULL to detect each text''s language.';

COMMENT ON FUNCTION @extschema@.empathy_markers(pg_catalog.text, pg_catalog.text) IS
'What the empathy score of a message rests on, one row each, in text order: the lexicon expressions (dimension, lexicon phrase, the text as written, its character position (1-based), the signed weight that counts: negative for anti_empathy, 0 when negated or cancelled by its context) and the questions, requests and shared experiences the sentence analysis found (phrase in parentheses, e.g. ''(open question)'', matched = the sentence).';

COMMENT ON FUNCTION @extschema@.empathy_normalize(pg_catalog.text) IS
'The text as the empathy matcher sees it: lowercase, accents stripped, apostrophes dropped, punctuation, emoji and spaces collapsed to one separator (| at clause, sentence and question punctuation).';

-- English expressions of the new dimensions (written for cx_metrics from the
-- EPITOME definitions of the mechanisms and from how replies are written in
-- support chats and everyday conversation; weights on the scale of 1.0).

INSERT INTO @extschema@.empathy_lexicon_shipped (language, phrase, dimension, weight) VALUES
-- emotional reactions: sympathy and dismay in reply to bad news (interjections, "how ...", "what a ...")
('en', 'oh my god', 'emotional_reaction', 0.8),
('en', 'oh my gosh', 'emotional_reaction', 0.8),
('en', 'oh my goodness', 'emotional_reaction', 1.0),
('en', 'my goodness', 'emotional_reaction', 0.8),
('en', 'oh goodness', 'emotional_reaction', 0.8),
('en', 'oh gosh', 'emotional_reaction', 0.8),
('en', 'oh dear me', 'emotional_reaction', 1.0),
('en', 'oh my', 'emotional_reaction', 0.5),
('en', 'oh man', 'emotional_reaction', 0.8),
('en', 'aw man', 'emotional_reaction', 1.0),
('en', 'aww man', 'emotional_reaction', 1.0),
('en', 'jeez', 'emotional_reaction', 0.5),
('en', 'geez', 'emotional_reaction', 0.5),
('en', 'good grief', 'emotional_reaction', 0.8),
('en', 'oh wow', 'emotional_reaction', 0.8),
('en', 'whoa', 'emotional_reaction', 0.5),
('en', 'woah', 'emotional_reaction', 0.5),
('en', 'omg', 'emotional_reaction', 0.5),
('en', 'oh crap', 'emotional_reaction', 0.8),
('en', 'aw', 'emotional_reaction', 0.8),
('en', 'aww', 'emotional_reaction', 1.0),
('en', 'awww', 'emotional_reaction', 1.0),
('en', 'ugh', 'emotional_reaction', 0.8),
('en', 'ouch', 'emotional_reaction', 1.0),
('en', 'oof', 'emotional_reaction', 1.0),
('en', 'oh no that''s awful', 'emotional_reaction', 1.5),
('en', 'oh no that''s terrible', 'emotional_reaction', 1.5),
('en', 'oh no how awful', 'emotional_reaction', 1.5),
('en', 'oh no I''m so sorry', 'emotional_reaction', 1.5),
('en', 'oh no poor you', 'emotional_reaction', 1.5),
('en', 'ugh that''s awful', 'emotional_reaction', 1.5),
('en', 'ugh that''s the worst', 'emotional_reaction', 1.5),
('en', 'ugh how annoying', 'emotional_reaction', 1.2),
('en', 'aww that sucks', 'emotional_reaction', 1.5),
('en', 'oh that sucks', 'emotional_reaction', 1.2),
('en', 'oof that''s rough', 'emotional_reaction', 1.5),
('en', 'oh you poor thing', 'emotional_reaction', 2.0),
('en', 'oh poor you', 'emotional_reaction', 1.5),
('en', 'poor baby', 'emotional_reaction', 1.0),
('en', 'how dreadful', 'emotional_reaction', 1.2),
('en', 'how appalling', 'emotional_reaction', 1.2),
('en', 'how shocking', 'emotional_reaction', 1.2),
('en', 'how tragic', 'emotional_reaction', 1.5),
('en', 'how miserable', 'emotional_reaction', 1.0),
('en', 'how unlucky', 'emotional_reaction', 1.0),
('en', 'how infuriating', 'emotional_reaction', 1.2),
('en', 'how maddening', 'emotional_reaction', 1.2),
('en', 'how awful for you', 'emotional_reaction', 1.5),
('en', 'how sad for you', 'emotional_reaction', 1.5),
('en', 'what a nightmare', 'emotional_reaction', 1.5),
('en', 'what an ordeal', 'emotional_reaction', 1.5),
('en', 'what a headache', 'emotional_reaction', 1.2),
('en', 'what a bummer', 'emotional_reaction', 1.2),
('en', 'what a disappointment', 'emotional_reaction', 1.2),
('en', 'what bad luck', 'emotional_reaction', 1.2),
('en', 'what a scare', 'emotional_reaction', 1.2),
('en', 'what a shock', 'emotional_reaction', 1.2),
('en', 'what a horrible experience', 'emotional_reaction', 1.5),
('en', 'what a terrible experience', 'emotional_reaction', 1.5),
('en', 'what an awful experience', 'emotional_reaction', 1.5),
-- emotional reactions: "that's ..." and "that sounds ..." about a bad situation (adjectives not shipped in acknowledgement)
('en', 'that''s dreadful', 'emotional_reaction', 1.2),
('en', 'that sounds dreadful', 'emotional_reaction', 1.2),
('en', 'that''s appalling', 'emotional_reaction', 1.2),
('en', 'that''s horrendous', 'emotional_reaction', 1.2),
('en', 'that''s shocking', 'emotional_reaction', 1.2),
('en', 'that''s tragic', 'emotional_reaction', 1.5),
('en', 'that sounds tragic', 'emotional_reaction', 1.5),
('en', 'that''s gutting', 'emotional_reaction', 1.2),
('en', 'that''s a nightmare', 'emotional_reaction', 1.5),
('en', 'that sounds like a nightmare', 'emotional_reaction', 1.5),
('en', 'sounds like a nightmare', 'emotional_reaction', 1.2),
('en', 'that sounds like a pain', 'emotional_reaction', 1.2),
('en', 'that sounds like a headache', 'emotional_reaction', 1.2),
('en', 'that''s the worst', 'emotional_reaction', 1.2),
('en', 'that''s the worst feeling', 'emotional_reaction', 1.5),
('en', 'that''s annoying', 'emotional_reaction', 1.0),
('en', 'that''s so annoying', 'emotional_reaction', 1.2),
('en', 'that''s really annoying', 'emotional_reaction', 1.2),
('en', 'that sounds annoying', 'emotional_reaction', 1.0),
('en', 'that''s frustrating', 'emotional_reaction', 1.0),
('en', 'that''s so frustrating', 'emotional_reaction', 1.2),
('en', 'that''s really frustrating', 'emotional_reaction', 1.2),
('en', 'that''s infuriating', 'emotional_reaction', 1.2),
('en', 'that''s concerning', 'emotional_reaction', 1.0),
('en', 'that''s so concerning', 'emotional_reaction', 1.2),
('en', 'that sounds concerning', 'emotional_reaction', 1.0),
('en', 'that sounds nerve wracking', 'emotional_reaction', 1.2),
('en', 'that''s a pain', 'emotional_reaction', 1.0),
('en', 'that''s a bummer', 'emotional_reaction', 1.2),
('en', 'that''s such a bummer', 'emotional_reaction', 1.2),
('en', 'such a bummer', 'emotional_reaction', 1.2),
('en', 'that''s unlucky', 'emotional_reaction', 1.0),
('en', 'that''s so unlucky', 'emotional_reaction', 1.2),
('en', 'that''s bad luck', 'emotional_reaction', 1.0),
('en', 'that''s brutal', 'emotional_reaction', 1.0),
('en', 'that''s unacceptable', 'emotional_reaction', 1.0),
('en', 'that''s not okay', 'emotional_reaction', 1.2),
('en', 'that''s not ok', 'emotional_reaction', 1.2),
('en', 'that''s messed up', 'emotional_reaction', 1.0),
('en', 'that''s not cool', 'emotional_reaction', 1.0),
('en', 'that totally sucks', 'emotional_reaction', 1.2),
('en', 'that sucks so much', 'emotional_reaction', 1.2),
('en', 'this is heartbreaking', 'emotional_reaction', 1.5),
('en', 'I can''t believe that happened', 'emotional_reaction', 1.2),
-- compassion and concern: the replier's own feeling about what happened to the person
('en', 'my heart goes out to', 'emotional_reaction', 2.0),
('en', 'my heart is with you', 'emotional_reaction', 2.0),
('en', 'my heart aches for you', 'emotional_reaction', 2.0),
('en', 'my heart hurts for you', 'emotional_reaction', 2.0),
('en', 'my heart sank', 'emotional_reaction', 1.5),
('en', 'it breaks my heart', 'emotional_reaction', 2.0),
('en', 'it breaks my heart to hear', 'emotional_reaction', 2.0),
('en', 'it pains me to hear', 'emotional_reaction', 1.5),
('en', 'it saddens me', 'emotional_reaction', 1.5),
('en', 'it saddens me to hear', 'emotional_reaction', 1.5),
('en', 'heartbroken for you', 'emotional_reaction', 2.0),
('en', 'I''m heartbroken for you', 'emotional_reaction', 2.0),
('en', 'so sad for you', 'emotional_reaction', 1.5),
('en', 'I''m so sad for you', 'emotional_reaction', 2.0),
('en', 'sad for you', 'emotional_reaction', 1.5),
('en', 'I feel so bad for you', 'emotional_reaction', 2.0),
('en', 'I feel bad for you', 'emotional_reaction', 1.5),
('en', 'I feel terrible for you', 'emotional_reaction', 2.0),
('en', 'I feel awful for you', 'emotional_reaction', 2.0),
('en', 'I feel so sorry for you', 'emotional_reaction', 2.0),
('en', 'I really feel for you', 'emotional_reaction', 2.0),
('en', 'I truly feel for you', 'emotional_reaction', 2.0),
('en', 'really feel for you', 'emotional_reaction', 1.5),
('en', 'I feel for them', 'emotional_reaction', 1.5),
('en', 'I feel for her', 'emotional_reaction', 1.5),
('en', 'I feel for him', 'emotional_reaction', 1.5),
('en', 'I feel for your', 'emotional_reaction', 1.5),
('en', 'gutted for you', 'emotional_reaction', 1.5),
('en', 'I''m gutted for you', 'emotional_reaction', 2.0),
('en', 'I''m worried about you', 'emotional_reaction', 2.0),
('en', 'I''m so worried about you', 'emotional_reaction', 2.0),
('en', 'I''m worried for you', 'emotional_reaction', 1.5),
('en', 'I was worried about you', 'emotional_reaction', 1.5),
('en', 'I''m concerned about you', 'emotional_reaction', 1.5),
('en', 'I''m concerned to hear', 'emotional_reaction', 1.2),
('en', 'concerned to hear', 'emotional_reaction', 1.0),
('en', 'I''m sad to hear', 'emotional_reaction', 1.5),
('en', 'sad to hear that', 'emotional_reaction', 1.2),
('en', 'so sad to hear', 'emotional_reaction', 1.5),
('en', 'I was sad to hear', 'emotional_reaction', 1.5),
('en', 'I''m saddened to hear', 'emotional_reaction', 1.5),
('en', 'saddened to hear', 'emotional_reaction', 1.5),
('en', 'I''m shocked to hear', 'emotional_reaction', 1.2),
('en', 'I''m upset to hear', 'emotional_reaction', 1.5),
('en', 'I''m disappointed to hear', 'emotional_reaction', 1.2),
('en', 'I''m devastated to hear', 'emotional_reaction', 2.0),
('en', 'devastated to hear', 'emotional_reaction', 1.5),
('en', 'I''m so upset for you', 'emotional_reaction', 2.0),
('en', 'I''m upset for you', 'emotional_reaction', 1.5),
('en', 'I''m angry for you', 'emotional_reaction', 1.5),
('en', 'I''m so angry for you', 'emotional_reaction', 2.0),
('en', 'that makes me sad', 'emotional_reaction', 1.2),
('en', 'that makes me so sad', 'emotional_reaction', 1.5),
('en', 'that makes me angry', 'emotional_reaction', 1.2),
('en', 'that makes my blood boil', 'emotional_reaction', 1.2),
('en', 'I hate that happened', 'emotional_reaction', 1.5),
('en', 'I hate that this happened', 'emotional_reaction', 1.5),
('en', 'I hate hearing that', 'emotional_reaction', 1.5),
('en', 'I hate to hear that', 'emotional_reaction', 1.5),
('en', 'hate to hear that', 'emotional_reaction', 1.2),
('en', 'I hate that', 'emotional_reaction', 1.0),
('en', 'I''m glad you told me', 'emotional_reaction', 1.5),
('en', 'glad you told me', 'emotional_reaction', 1.2),
('en', 'I''m glad you reached out', 'emotional_reaction', 1.5),
('en', 'glad you reached out', 'emotional_reaction', 1.2),
-- sympathy worded with "sorry" about what happened to the person, not about the company's fault (variants not shipped in apology)
('en', 'I''m truly sorry to hear', 'emotional_reaction', 1.5),
('en', 'truly sorry to hear', 'emotional_reaction', 1.5),
('en', 'I''m really sorry to hear', 'emotional_reaction', 1.5),
('en', 'really sorry to hear', 'emotional_reaction', 1.2),
('en', 'I''m very sorry to hear', 'emotional_reaction', 1.5),
('en', 'very sorry to hear', 'emotional_reaction', 1.2),
('en', 'I was sorry to hear', 'emotional_reaction', 1.5),
('en', 'sorry to read that', 'emotional_reaction', 1.2),
('en', 'I was sorry to read', 'emotional_reaction', 1.2),
('en', 'I''m so sorry to read', 'emotional_reaction', 1.5),
('en', 'I''m sorry you''re dealing with this', 'emotional_reaction', 1.5),
('en', 'I''m so sorry you''re dealing with', 'emotional_reaction', 1.5),
('en', 'sorry you''re dealing with', 'emotional_reaction', 1.2),
('en', 'sorry you are dealing with', 'emotional_reaction', 1.2),
('en', 'sorry you have to deal with', 'emotional_reaction', 1.2),
('en', 'sorry you''re having such a hard time', 'emotional_reaction', 1.5),
('en', 'sorry you''re having a rough time', 'emotional_reaction', 1.5),
('en', 'sorry you''re having a hard time', 'emotional_reaction', 1.5),
('en', 'sorry you''re having a bad day', 'emotional_reaction', 1.5),
('en', 'sorry you''re not feeling well', 'emotional_reaction', 1.5),
('en', 'sorry you''re unwell', 'emotional_reaction', 1.5),
('en', 'my sympathies', 'emotional_reaction', 1.5),
('en', 'my deepest sympathies', 'emotional_reaction', 2.0),
('en', 'my heartfelt sympathy', 'emotional_reaction', 2.0),
('en', 'you have my sympathy', 'emotional_reaction', 1.5),
('en', 'I sympathize', 'emotional_reaction', 1.2),
('en', 'I sympathise', 'emotional_reaction', 1.2),
('en', 'I can sympathize', 'emotional_reaction', 1.2),
('en', 'I can sympathise', 'emotional_reaction', 1.2),
-- warmth and care: wishing well, hugs, thoughts and prayers
('en', 'hope you''re alright', 'emotional_reaction', 1.0),
('en', 'hope you''re doing okay', 'emotional_reaction', 1.2),
('en', 'hope you''re doing ok', 'emotional_reaction', 1.2),
('en', 'hope you''re feeling better', 'emotional_reaction', 1.2),
('en', 'I hope you''re safe', 'emotional_reaction', 1.5),
('en', 'hope you''re safe', 'emotional_reaction', 1.2),
('en', 'hope everyone is okay', 'emotional_reaction', 1.2),
('en', 'hope everyone is ok', 'emotional_reaction', 1.2),
('en', 'hope everyone is safe', 'emotional_reaction', 1.2),
('en', 'hope she''s okay', 'emotional_reaction', 1.2),
('en', 'hope he''s okay', 'emotional_reaction', 1.2),
('en', 'hope they''re okay', 'emotional_reaction', 1.2),
('en', 'hope she feels better soon', 'emotional_reaction', 1.2),
('en', 'hope he feels better soon', 'emotional_reaction', 1.2),
('en', 'wishing you a speedy recovery', 'emotional_reaction', 1.5),
('en', 'speedy recovery', 'emotional_reaction', 1.2),
('en', 'wishing you well', 'emotional_reaction', 1.2),
('en', 'sending you strength', 'emotional_reaction', 2.0),
('en', 'sending strength', 'emotional_reaction', 1.5),
('en', 'sending love your way', 'emotional_reaction', 2.0),
('en', 'sending you love', 'emotional_reaction', 2.0),
('en', 'sending good vibes', 'emotional_reaction', 1.5),
('en', 'sending positive vibes', 'emotional_reaction', 1.5),
('en', 'sending virtual hugs', 'emotional_reaction', 1.5),
('en', 'sending you a hug', 'emotional_reaction', 1.5),
('en', 'big hugs', 'emotional_reaction', 1.5),
('en', 'a big hug', 'emotional_reaction', 1.5),
('en', 'virtual hug', 'emotional_reaction', 1.5),
('en', 'hugs', 'emotional_reaction', 1.0),
('en', 'sending prayers', 'emotional_reaction', 1.5),
('en', 'thoughts and prayers', 'emotional_reaction', 1.0),
('en', 'you''re in my thoughts', 'emotional_reaction', 2.0),
('en', 'you are in my thoughts', 'emotional_reaction', 2.0),
('en', 'you''re in my prayers', 'emotional_reaction', 2.0),
('en', 'you are in my prayers', 'emotional_reaction', 2.0),
('en', 'keeping you in my thoughts', 'emotional_reaction', 2.0),
('en', 'thinking of you and your family', 'emotional_reaction', 2.0),
('en', 'I''m thinking of you', 'emotional_reaction', 2.0),
('en', 'I''ll be thinking of you', 'emotional_reaction', 2.0),
('en', 'thinking about you', 'emotional_reaction', 1.5),
('en', 'praying for you', 'emotional_reaction', 1.5),
('en', 'I''m praying for you', 'emotional_reaction', 2.0),
('en', 'I''ll pray for you', 'emotional_reaction', 1.5),
('en', 'my thoughts are with you', 'emotional_reaction', 2.0),
('en', 'our thoughts are with you', 'emotional_reaction', 2.0),
('en', 'thoughts are with you', 'emotional_reaction', 1.5),
('en', 'our hearts go out to you', 'emotional_reaction', 2.0),
-- relief and joy for the person: good news, congratulations, praise
('en', 'I''m so happy to hear', 'emotional_reaction', 1.5),
('en', 'so happy to hear', 'emotional_reaction', 1.2),
('en', 'so glad to hear', 'emotional_reaction', 1.2),
('en', 'I''m thrilled to hear', 'emotional_reaction', 1.5),
('en', 'thrilled to hear', 'emotional_reaction', 1.2),
('en', 'I''m delighted to hear', 'emotional_reaction', 1.5),
('en', 'delighted to hear', 'emotional_reaction', 1.2),
('en', 'I''m pleased to hear', 'emotional_reaction', 1.2),
('en', 'pleased to hear', 'emotional_reaction', 1.0),
('en', 'I''m relieved to hear', 'emotional_reaction', 1.5),
('en', 'relieved to hear', 'emotional_reaction', 1.2),
('en', 'I''m so relieved', 'emotional_reaction', 1.5),
('en', 'I''m so happy for', 'emotional_reaction', 1.5),
('en', 'I''m really happy for you', 'emotional_reaction', 2.0),
('en', 'so glad for you', 'emotional_reaction', 1.5),
('en', 'I''m so glad for you', 'emotional_reaction', 2.0),
('en', 'I''m glad for you', 'emotional_reaction', 1.5),
('en', 'I''m thrilled for you', 'emotional_reaction', 2.0),
('en', 'I''m excited for you', 'emotional_reaction', 2.0),
('en', 'I''m so excited for you', 'emotional_reaction', 2.0),
('en', 'so excited for you', 'emotional_reaction', 1.5),
('en', 'I''m delighted for you', 'emotional_reaction', 2.0),
('en', 'I''m pleased for you', 'emotional_reaction', 1.5),
('en', 'I''m over the moon for you', 'emotional_reaction', 2.0),
('en', 'I''m happy for them', 'emotional_reaction', 1.2),
('en', 'so proud of you', 'emotional_reaction', 1.5),
('en', 'really proud of you', 'emotional_reaction', 1.5),
('en', 'I''m really proud of you', 'emotional_reaction', 2.0),
('en', 'I''m so glad it worked out', 'emotional_reaction', 1.5),
('en', 'so glad it worked out', 'emotional_reaction', 1.2),
('en', 'glad everything is okay', 'emotional_reaction', 1.2),
('en', 'glad you''re feeling better', 'emotional_reaction', 1.5),
('en', 'so glad you''re feeling better', 'emotional_reaction', 1.5),
('en', 'so glad you''re safe', 'emotional_reaction', 2.0),
('en', 'so glad you''re okay', 'emotional_reaction', 2.0),
('en', 'glad you got it sorted', 'emotional_reaction', 1.2),
('en', 'I love that for you', 'emotional_reaction', 1.5),
('en', 'love that for you', 'emotional_reaction', 1.2),
('en', 'love to hear that', 'emotional_reaction', 1.2),
('en', 'I love hearing that', 'emotional_reaction', 1.2),
('en', 'so good to hear', 'emotional_reaction', 1.2),
('en', 'so nice to hear', 'emotional_reaction', 1.2),
('en', 'great to hear', 'emotional_reaction', 1.0),
('en', 'lovely to hear', 'emotional_reaction', 1.2),
('en', 'wonderful to hear', 'emotional_reaction', 1.2),
('en', 'that''s wonderful to hear', 'emotional_reaction', 1.5),
('en', 'that''s lovely to hear', 'emotional_reaction', 1.5),
('en', 'that''s so good to hear', 'emotional_reaction', 1.5),
('en', 'that''s so nice to hear', 'emotional_reaction', 1.5),
('en', 'that''s wonderful news', 'emotional_reaction', 1.5),
('en', 'that''s fantastic news', 'emotional_reaction', 1.5),
('en', 'that''s amazing news', 'emotional_reaction', 1.5),
('en', 'that''s brilliant news', 'emotional_reaction', 1.5),
('en', 'that''s such good news', 'emotional_reaction', 1.5),
('en', 'what fantastic news', 'emotional_reaction', 1.5),
('en', 'what amazing news', 'emotional_reaction', 1.5),
('en', 'what lovely news', 'emotional_reaction', 1.5),
('en', 'such a relief', 'emotional_reaction', 1.2),
('en', 'that''s such a relief', 'emotional_reaction', 1.5),
('en', 'that''s a huge relief', 'emotional_reaction', 1.5),
('en', 'that''s a big relief', 'emotional_reaction', 1.5),
('en', 'thank goodness', 'emotional_reaction', 1.2),
('en', 'thank god', 'emotional_reaction', 1.0),
('en', 'oh thank goodness', 'emotional_reaction', 1.5),
('en', 'thank goodness you''re okay', 'emotional_reaction', 2.0),
('en', 'thank god you''re okay', 'emotional_reaction', 2.0),
('en', 'phew', 'emotional_reaction', 1.0),
('en', 'whew', 'emotional_reaction', 1.0),
('en', 'congratulations on', 'emotional_reaction', 1.5),
('en', 'congrats on', 'emotional_reaction', 1.5),
('en', 'many congratulations', 'emotional_reaction', 1.5),
('en', 'huge congrats', 'emotional_reaction', 1.5),
('en', 'big congrats', 'emotional_reaction', 1.5),
('en', 'congratulations to you', 'emotional_reaction', 1.5),
('en', 'warmest congratulations', 'emotional_reaction', 2.0),
('en', 'wow congrats', 'emotional_reaction', 1.5),
('en', 'mazel tov', 'emotional_reaction', 1.5),
('en', 'well deserved', 'emotional_reaction', 1.2),
('en', 'so well deserved', 'emotional_reaction', 1.5),
('en', 'that''s well deserved', 'emotional_reaction', 1.5),
('en', 'you totally deserve it', 'emotional_reaction', 1.5),
('en', 'nicely done', 'emotional_reaction', 1.0),
('en', 'great job', 'emotional_reaction', 1.0),
('en', 'good job', 'emotional_reaction', 0.8),
('en', 'amazing job', 'emotional_reaction', 1.0),
('en', 'bravo', 'emotional_reaction', 1.0),
('en', 'kudos', 'emotional_reaction', 1.0),
('en', 'hats off to you', 'emotional_reaction', 1.2),
('en', 'that''s a huge achievement', 'emotional_reaction', 1.5),
('en', 'that''s quite an achievement', 'emotional_reaction', 1.5),
('en', 'that''s an accomplishment', 'emotional_reaction', 1.2),
('en', 'what an achievement', 'emotional_reaction', 1.5),
('en', 'what an accomplishment', 'emotional_reaction', 1.5),
('en', 'woohoo', 'emotional_reaction', 1.0),
('en', 'yay', 'emotional_reaction', 0.8),
('en', 'that''s brilliant', 'emotional_reaction', 1.0),
('en', 'that''s excellent', 'emotional_reaction', 1.0),
('en', 'that''s terrific', 'emotional_reaction', 1.0),
('en', 'that''s impressive', 'emotional_reaction', 1.0),
('en', 'that''s so impressive', 'emotional_reaction', 1.2),
('en', 'how impressive', 'emotional_reaction', 1.0),
('en', 'that''s heartwarming', 'emotional_reaction', 1.5),
('en', 'how heartwarming', 'emotional_reaction', 1.5),
('en', 'that''s so touching', 'emotional_reaction', 1.5),
('en', 'how touching', 'emotional_reaction', 1.2),
('en', 'that''s so special', 'emotional_reaction', 1.2),
('en', 'that''s so cute', 'emotional_reaction', 1.0),
('en', 'that''s adorable', 'emotional_reaction', 1.0),
('en', 'how adorable', 'emotional_reaction', 1.0),
('en', 'how cute', 'emotional_reaction', 1.0),
('en', 'aww that''s so sweet', 'emotional_reaction', 1.5),
('en', 'aww that''s sweet', 'emotional_reaction', 1.2),
('en', 'aww bless', 'emotional_reaction', 1.5),
('en', 'bless him', 'emotional_reaction', 1.0),
('en', 'bless her', 'emotional_reaction', 1.0),
('en', 'that warms my heart', 'emotional_reaction', 2.0),
('en', 'that made my day', 'emotional_reaction', 1.5),
('en', 'you made my day', 'emotional_reaction', 1.5),
('en', 'that made me smile', 'emotional_reaction', 1.5),
('en', 'that put a smile on my face', 'emotional_reaction', 1.5),
('en', 'that makes me so happy', 'emotional_reaction', 1.5),
('en', 'what a lovely surprise', 'emotional_reaction', 1.2),
('en', 'what a nice surprise', 'emotional_reaction', 1.2),
('en', 'how lucky you are', 'emotional_reaction', 1.0),
('en', 'how exciting for you', 'emotional_reaction', 1.2),
('en', 'how lovely for you', 'emotional_reaction', 1.2),
('en', 'ooh exciting', 'emotional_reaction', 1.2),
('en', 'ooh nice', 'emotional_reaction', 1.0),
('en', 'oh nice', 'emotional_reaction', 0.8),
('en', 'oh wonderful', 'emotional_reaction', 1.0),
('en', 'oh lovely', 'emotional_reaction', 1.0),
('en', 'oh that''s lovely', 'emotional_reaction', 1.2),
('en', 'wow that''s amazing', 'emotional_reaction', 1.2),
('en', 'that sounds like a blast', 'emotional_reaction', 1.2),
('en', 'that sounds like a great time', 'emotional_reaction', 1.2),
('en', 'that sounds like so much fun', 'emotional_reaction', 1.2),
('en', 'sounds like so much fun', 'emotional_reaction', 1.2),
('en', 'that sounds like good news', 'emotional_reaction', 1.0),
('en', 'that sounds like great news', 'emotional_reaction', 1.2),
('en', 'I''m so jealous', 'emotional_reaction', 0.8),
-- reflecting the person's situation back: "it sounds like ...", "it seems like you ..."
('en', 'it sounds like', 'interpretation', 0.5),
('en', 'sounds like you', 'interpretation', 0.8),
('en', 'sounds like you''re', 'interpretation', 1.2),
('en', 'sounds like you are', 'interpretation', 1.2),
('en', 'sounds like you''ve', 'interpretation', 1.2),
('en', 'it sounds like you''re', 'interpretation', 1.5),
('en', 'it sounds like you are', 'interpretation', 1.5),
('en', 'it sounds like you''ve been', 'interpretation', 1.5),
('en', 'it sounds like you were', 'interpretation', 1.5),
('en', 'sounds like you were', 'interpretation', 1.2),
('en', 'it sounds like you feel', 'interpretation', 1.5),
('en', 'sounds like you feel', 'interpretation', 1.5),
('en', 'sounds like it was', 'interpretation', 0.5),
('en', 'sounds like it''s been', 'interpretation', 1.2),
('en', 'it sounds like it''s been', 'interpretation', 1.2),
('en', 'sounds like this has been', 'interpretation', 1.2),
('en', 'sounds like a tough time', 'interpretation', 1.5),
('en', 'sounds like a rough time', 'interpretation', 1.5),
('en', 'sounds like a hard time', 'interpretation', 1.5),
('en', 'sounds like a rough day', 'interpretation', 1.5),
('en', 'sounds like a long day', 'interpretation', 1.5),
('en', 'sounds like you''ve been through a lot', 'interpretation', 2.0),
('en', 'it seems like you', 'interpretation', 0.8),
('en', 'it seems like you''re', 'interpretation', 1.5),
('en', 'it seems like you''ve', 'interpretation', 1.0),
('en', 'seems like you', 'interpretation', 0.5),
('en', 'it seems like this has been', 'interpretation', 1.5),
('en', 'you seem', 'interpretation', 0.8),
('en', 'you seem upset', 'interpretation', 1.5),
('en', 'you seem frustrated', 'interpretation', 1.5),
('en', 'you seem stressed', 'interpretation', 1.5),
('en', 'you seem worried', 'interpretation', 1.5),
('en', 'you sound', 'interpretation', 0.8),
('en', 'you sound upset', 'interpretation', 1.5),
('en', 'you sound frustrated', 'interpretation', 1.5),
('en', 'you sound stressed', 'interpretation', 1.5),
('en', 'you sound worried', 'interpretation', 1.5),
('en', 'you sound excited', 'interpretation', 1.5),
-- paraphrase and checking understanding: "so what you're saying is", "in other words", "if I've understood correctly"
('en', 'so you', 'interpretation', 0.5),
('en', 'so you''re', 'interpretation', 0.8),
('en', 'so you are', 'interpretation', 0.5),
('en', 'so what you''re saying is', 'interpretation', 1.5),
('en', 'what you''re saying is', 'interpretation', 1.5),
('en', 'what you are saying is', 'interpretation', 1.5),
('en', 'in other words', 'interpretation', 1.0),
('en', 'if I''m hearing you correctly', 'interpretation', 1.5),
('en', 'if I heard you correctly', 'interpretation', 1.5),
('en', 'if I''ve understood correctly', 'interpretation', 1.5),
('en', 'if I''ve got this right', 'interpretation', 1.5),
('en', 'if I understood correctly', 'interpretation', 1.5),
('en', 'if I understand right', 'interpretation', 1.5),
('en', 'if I''m reading this right', 'interpretation', 1.2),
('en', 'am I right in thinking', 'interpretation', 1.2),
('en', 'am I understanding correctly', 'interpretation', 1.5),
('en', 'have I got that right', 'interpretation', 1.2),
('en', 'let me see if I understand', 'interpretation', 1.5),
('en', 'let me make sure I understand', 'interpretation', 1.5),
('en', 'just so I understand', 'interpretation', 1.2),
('en', 'just so I''m clear', 'interpretation', 1.0),
('en', 'to make sure I''ve got this right', 'interpretation', 1.5),
('en', 'let me recap', 'interpretation', 1.0),
('en', 'to recap', 'interpretation', 0.8),
('en', 'let me summarize', 'interpretation', 1.0),
('en', 'let me summarise', 'interpretation', 1.0),
('en', 'from what you''ve said', 'interpretation', 1.5),
('en', 'from what you''ve described', 'interpretation', 1.5),
('en', 'from what you''re saying', 'interpretation', 1.5),
('en', 'from what you''ve told me', 'interpretation', 1.5),
('en', 'from what I understand', 'interpretation', 1.2),
('en', 'I hear that you', 'interpretation', 1.2),
('en', 'I''m hearing that you', 'interpretation', 1.5),
('en', 'what I hear is', 'interpretation', 1.5),
('en', 'I get the sense that', 'interpretation', 1.2),
('en', 'I sense that you', 'interpretation', 1.2),
-- naming the person's feeling or experience: "you must be ...", "that must have been ...", "you're feeling ..."
('en', 'you must be so', 'interpretation', 1.2),
('en', 'you must be so frustrated', 'interpretation', 2.0),
('en', 'you must be frustrated', 'interpretation', 1.5),
('en', 'you must be tired', 'interpretation', 1.5),
('en', 'you must be so worried', 'interpretation', 2.0),
('en', 'you must be stressed', 'interpretation', 1.5),
('en', 'you must be upset', 'interpretation', 1.5),
('en', 'you must be angry', 'interpretation', 1.5),
('en', 'you must be furious', 'interpretation', 1.5),
('en', 'you must be scared', 'interpretation', 1.5),
('en', 'you must be nervous', 'interpretation', 1.5),
('en', 'you must be anxious', 'interpretation', 1.5),
('en', 'you must be disappointed', 'interpretation', 1.5),
('en', 'you must be heartbroken', 'interpretation', 2.0),
('en', 'you must be happy', 'interpretation', 1.2),
('en', 'you must be so happy', 'interpretation', 1.5),
('en', 'you must be overwhelmed', 'interpretation', 1.5),
('en', 'you must be fed up', 'interpretation', 1.5),
('en', 'you must be sick of', 'interpretation', 1.5),
('en', 'you must be at your wits end', 'interpretation', 2.0),
('en', 'you must be feeling', 'interpretation', 1.5),
('en', 'you must have been so', 'interpretation', 1.5),
('en', 'you must have been scared', 'interpretation', 1.5),
('en', 'you must have been terrified', 'interpretation', 2.0),
('en', 'you must have been worried', 'interpretation', 1.5),
('en', 'you must have been relieved', 'interpretation', 1.5),
('en', 'you must have been exhausted', 'interpretation', 1.5),
('en', 'you must have been devastated', 'interpretation', 2.0),
('en', 'you must feel terrible', 'interpretation', 1.5),
('en', 'you must feel relieved', 'interpretation', 1.5),
('en', 'you must feel proud', 'interpretation', 1.5),
('en', 'you must feel let down', 'interpretation', 1.5),
('en', 'this must be', 'interpretation', 0.5),
('en', 'it must be', 'interpretation', 0.5),
('en', 'it must have been', 'interpretation', 0.5),
('en', 'it must be hard', 'interpretation', 1.5),
('en', 'it must be difficult', 'interpretation', 1.5),
('en', 'it must have been hard', 'interpretation', 1.5),
('en', 'it must have been scary', 'interpretation', 1.5),
('en', 'it must feel', 'interpretation', 1.2),
('en', 'that must feel', 'interpretation', 1.5),
('en', 'that must have felt', 'interpretation', 1.5),
('en', 'it must have felt', 'interpretation', 1.5),
('en', 'must be hard', 'interpretation', 1.0),
('en', 'must have been hard', 'interpretation', 1.0),
('en', 'that must be so', 'interpretation', 1.2),
('en', 'that must have been so', 'interpretation', 1.2),
('en', 'that must be exhausting', 'interpretation', 1.5),
('en', 'that must be overwhelming', 'interpretation', 1.5),
('en', 'that must be upsetting', 'interpretation', 1.5),
('en', 'that must be disappointing', 'interpretation', 1.5),
('en', 'that must be confusing', 'interpretation', 1.5),
('en', 'that must be lonely', 'interpretation', 1.5),
('en', 'that must be painful', 'interpretation', 1.5),
('en', 'that must be a relief', 'interpretation', 1.5),
('en', 'that must be exciting', 'interpretation', 1.5),
('en', 'that must be embarrassing', 'interpretation', 1.5),
('en', 'that must be a lot', 'interpretation', 1.5),
('en', 'that must have been disappointing', 'interpretation', 1.5),
('en', 'that must have been a relief', 'interpretation', 1.5),
('en', 'that must have been embarrassing', 'interpretation', 1.5),
('en', 'that must have been a lot', 'interpretation', 1.5),
('en', 'that must have been worrying', 'interpretation', 1.5),
('en', 'I bet you were', 'interpretation', 1.2),
('en', 'I bet you''re', 'interpretation', 1.2),
('en', 'I bet that felt', 'interpretation', 1.5),
('en', 'I bet that hurt', 'interpretation', 1.2),
('en', 'I bet you feel', 'interpretation', 1.2),
('en', 'you''re feeling', 'interpretation', 1.2),
('en', 'you are feeling', 'interpretation', 1.2),
('en', 'you''ve been feeling', 'interpretation', 1.2),
('en', 'you feel like', 'interpretation', 1.0),
('en', 'you felt like', 'interpretation', 1.2),
('en', 'made you feel', 'interpretation', 1.2),
('en', 'that made you feel', 'interpretation', 1.5),
('en', 'left you feeling', 'interpretation', 1.5),
('en', 'you''re left feeling', 'interpretation', 1.5),
('en', 'you feel let down', 'interpretation', 1.5),
('en', 'you felt let down', 'interpretation', 1.5),
('en', 'you feel ignored', 'interpretation', 1.5),
('en', 'you feel unheard', 'interpretation', 1.5),
('en', 'you feel like no one is listening', 'interpretation', 2.0),
-- understanding the person's situation: what they have been through, what it costs them, what it means to them
('en', 'you''ve been through a lot', 'interpretation', 2.0),
('en', 'you have been through a lot', 'interpretation', 2.0),
('en', 'you''ve been through so much', 'interpretation', 2.0),
('en', 'you''ve really been through it', 'interpretation', 2.0),
('en', 'you''ve had a lot on your plate', 'interpretation', 1.5),
('en', 'you have a lot on your plate', 'interpretation', 1.5),
('en', 'a lot on your plate', 'interpretation', 1.2),
('en', 'you''ve had a rough time', 'interpretation', 1.5),
('en', 'you''ve had a tough time', 'interpretation', 1.5),
('en', 'you''ve had a rough day', 'interpretation', 1.5),
('en', 'you''ve had a lot going on', 'interpretation', 1.5),
('en', 'that''s a lot to deal with', 'interpretation', 1.5),
('en', 'that''s a lot to handle', 'interpretation', 1.5),
('en', 'that''s a lot to process', 'interpretation', 1.5),
('en', 'that''s a lot to take in', 'interpretation', 1.5),
('en', 'a lot to deal with', 'interpretation', 1.2),
('en', 'that sounds like a lot to deal with', 'interpretation', 1.5),
('en', 'you''ve been waiting', 'interpretation', 1.0),
('en', 'you''ve had to wait', 'interpretation', 1.2),
('en', 'you''ve had to chase', 'interpretation', 1.5),
('en', 'you''ve had to repeat yourself', 'interpretation', 1.5),
('en', 'having to repeat yourself', 'interpretation', 1.5),
('en', 'you''ve been going back and forth', 'interpretation', 1.5),
('en', 'you''ve been passed around', 'interpretation', 1.5),
('en', 'you''ve been bounced around', 'interpretation', 1.5),
('en', 'you''ve been dealing with', 'interpretation', 1.2),
('en', 'you''re going through', 'interpretation', 1.2),
('en', 'what you''re going through', 'interpretation', 1.5),
('en', 'what you went through', 'interpretation', 1.5),
('en', 'what you''ve been through', 'interpretation', 1.5),
('en', 'you''re in a tough spot', 'interpretation', 1.5),
('en', 'you''re in a difficult position', 'interpretation', 1.5),
('en', 'puts you in a difficult position', 'interpretation', 1.5),
('en', 'you''re really struggling', 'interpretation', 1.5),
('en', 'you''ve been struggling', 'interpretation', 1.5),
('en', 'you''re struggling', 'interpretation', 1.2),
('en', 'you''re under a lot of pressure', 'interpretation', 1.5),
('en', 'you were counting on', 'interpretation', 1.5),
('en', 'you were looking forward to', 'interpretation', 1.5),
('en', 'you were relying on', 'interpretation', 1.5),
('en', 'this matters to you', 'interpretation', 1.5),
('en', 'this means a lot to you', 'interpretation', 1.5),
('en', 'how much this means to you', 'interpretation', 1.5),
('en', 'how important it is to you', 'interpretation', 1.5),
('en', 'you''ve worked so hard', 'interpretation', 1.5),
('en', 'after all you''ve been through', 'interpretation', 2.0),
('en', 'after everything you''ve been through', 'interpretation', 2.0),
('en', 'on top of everything else', 'interpretation', 1.2),
('en', 'the last thing you need', 'interpretation', 1.5),
('en', 'just what you didn''t need', 'interpretation', 1.5),
('en', 'not what you needed', 'interpretation', 1.2),
('en', 'not what you were hoping for', 'interpretation', 1.2),
('en', 'not what you were expecting', 'interpretation', 1.2),
('en', 'not the news you wanted', 'interpretation', 1.2),
('en', 'not what you signed up for', 'interpretation', 1.2),
-- imagining and knowing how it feels: "I can imagine how ...", "I know what it's like"
('en', 'I can imagine that', 'interpretation', 1.2),
('en', 'I can imagine how', 'interpretation', 1.2),
('en', 'I can imagine how difficult', 'interpretation', 1.5),
('en', 'I can imagine how that feels', 'interpretation', 1.5),
('en', 'I can imagine how much', 'interpretation', 1.5),
('en', 'I can imagine what', 'interpretation', 1.2),
('en', 'I can imagine you''re', 'interpretation', 1.5),
('en', 'I can only imagine how', 'interpretation', 1.5),
('en', 'I can''t imagine how', 'interpretation', 1.5),
('en', 'I can''t imagine what', 'interpretation', 1.5),
('en', 'I can''t imagine what you''re going through', 'interpretation', 2.0),
('en', 'I can''t even begin to imagine', 'interpretation', 2.0),
('en', 'I can''t begin to imagine', 'interpretation', 2.0),
('en', 'I imagine you', 'interpretation', 0.8),
('en', 'I imagine you''re', 'interpretation', 1.2),
('en', 'I imagine that was', 'interpretation', 1.2),
('en', 'I know how it feels', 'interpretation', 1.5),
('en', 'I know what it''s like', 'interpretation', 1.5),
('en', 'I know what that''s like', 'interpretation', 1.5),
('en', 'I know exactly what that''s like', 'interpretation', 2.0),
('en', 'I know how frustrating', 'interpretation', 1.5),
('en', 'I know how stressful', 'interpretation', 1.5),
('en', 'I know how scary', 'interpretation', 1.5),
('en', 'I know how difficult', 'interpretation', 1.5),
('en', 'I know how it is', 'interpretation', 1.2),
('en', 'I know it''s hard', 'interpretation', 1.5),
('en', 'I know it''s frustrating', 'interpretation', 1.5),
('en', 'I know this is frustrating', 'interpretation', 1.5),
('en', 'I know this is hard', 'interpretation', 1.5),
('en', 'I know this is difficult', 'interpretation', 1.5),
('en', 'I know this is stressful', 'interpretation', 1.5),
('en', 'I know this has been', 'interpretation', 1.5),
('en', 'I know you''re frustrated', 'interpretation', 1.5),
('en', 'I know you''re upset', 'interpretation', 1.5),
('en', 'I know you''re worried', 'interpretation', 1.5),
('en', 'I know that''s hard', 'interpretation', 1.5),
('en', 'I know this isn''t easy', 'interpretation', 1.5),
('en', 'know the feeling', 'interpretation', 1.0),
('en', 'I understand how it feels', 'interpretation', 1.5),
('en', 'I understand how that feels', 'interpretation', 1.5),
('en', 'I understand what you''re going through', 'interpretation', 2.0),
('en', 'I understand that you''re', 'interpretation', 1.2),
('en', 'I understand you''re', 'interpretation', 1.2),
('en', 'I understand this has been', 'interpretation', 1.5),
('en', 'I understand it''s been', 'interpretation', 1.5),
('en', 'I understand how upsetting', 'interpretation', 1.5),
('en', 'I understand how stressful', 'interpretation', 1.5),
('en', 'I understand how difficult', 'interpretation', 1.5),
('en', 'I understand how hard', 'interpretation', 1.5),
('en', 'I understand why you''re', 'interpretation', 1.5),
('en', 'I understand why you feel', 'interpretation', 1.5),
('en', 'I can understand why', 'interpretation', 1.2),
('en', 'I can understand how', 'interpretation', 1.2),
('en', 'I can see why you', 'interpretation', 1.2),
('en', 'I can see why you''re', 'interpretation', 1.5),
('en', 'I can see how that', 'interpretation', 1.2),
('en', 'I can tell you''re', 'interpretation', 1.2),
('en', 'I can tell how much', 'interpretation', 1.5),
('en', 'I can hear how', 'interpretation', 1.5),
('en', 'I can hear how frustrated you are', 'interpretation', 2.0),
('en', 'I get why you', 'interpretation', 1.2),
('en', 'I get how you feel', 'interpretation', 1.5),
('en', 'I get how frustrating', 'interpretation', 1.5),
('en', 'I see why you', 'interpretation', 1.2),
('en', 'I can empathize', 'interpretation', 1.5),
('en', 'I can empathise', 'interpretation', 1.5),
-- sharing a similar experience: "I've been there too", "the same happened to me", "me too"
('en', 'I''ve been there before', 'interpretation', 1.5),
('en', 'been there', 'interpretation', 0.8),
('en', 'I''ve been there too', 'interpretation', 2.0),
('en', 'I''ve been there myself', 'interpretation', 2.0),
('en', 'I''ve been in your shoes', 'interpretation', 2.0),
('en', 'been in your shoes', 'interpretation', 1.5),
('en', 'I''ve been in the same situation', 'interpretation', 2.0),
('en', 'I''ve been in a similar situation', 'interpretation', 2.0),
('en', 'I was in the same situation', 'interpretation', 2.0),
('en', 'I''ve had the same thing happen', 'interpretation', 1.5),
('en', 'I had the same thing happen', 'interpretation', 1.5),
('en', 'I had the same problem', 'interpretation', 1.2),
('en', 'I had a similar experience', 'interpretation', 1.5),
('en', 'I''ve had a similar experience', 'interpretation', 1.5),
('en', 'same thing happened to me', 'interpretation', 1.5),
('en', 'the same happened to me', 'interpretation', 1.5),
('en', 'that''s happened to me', 'interpretation', 1.5),
('en', 'that happened to me too', 'interpretation', 1.5),
('en', 'it happened to me too', 'interpretation', 1.5),
('en', 'something similar happened to me', 'interpretation', 1.5),
('en', 'when that happened to me', 'interpretation', 1.5),
('en', 'that happens to me all the time', 'interpretation', 1.5),
('en', 'that happens to me too', 'interpretation', 1.5),
('en', 'I went through the same', 'interpretation', 2.0),
('en', 'I went through something similar', 'interpretation', 2.0),
('en', 'I remember when I', 'interpretation', 1.5),
('en', 'I remember feeling', 'interpretation', 1.5),
('en', 'me too', 'interpretation', 0.8),
('en', 'same here', 'interpretation', 0.8),
('en', 'I''m the same way', 'interpretation', 1.0),
('en', 'I feel you', 'interpretation', 1.2),
('en', 'I feel your pain', 'interpretation', 1.5),
('en', 'I know your pain', 'interpretation', 1.5),
('en', 'I know that struggle', 'interpretation', 1.5),
('en', 'I felt the same', 'interpretation', 1.5),
('en', 'I felt the same way', 'interpretation', 1.5),
('en', 'I''ve felt that way', 'interpretation', 1.5),
('en', 'I can relate', 'interpretation', 1.5),
('en', 'I can totally relate', 'interpretation', 1.5),
('en', 'I''ve made that mistake', 'interpretation', 1.5),
('en', 'I''ve made the same mistake', 'interpretation', 1.5),
('en', 'we''ve all been there', 'interpretation', 1.5),
('en', 'we all have those days', 'interpretation', 1.5),
('en', 'we all have days like that', 'interpretation', 1.5),
('en', 'you are not the only one', 'interpretation', 1.2),
-- taking their perspective and normalising the feeling: "I'd feel the same", "no wonder you ...", "anyone would ..."
('en', 'I''d feel the same', 'interpretation', 1.5),
('en', 'I''d feel the same way', 'interpretation', 1.5),
('en', 'I''d feel exactly the same', 'interpretation', 2.0),
('en', 'I would feel exactly the same', 'interpretation', 2.0),
('en', 'I''d be the same', 'interpretation', 1.2),
('en', 'I would have felt the same', 'interpretation', 1.5),
('en', 'I''d be just as', 'interpretation', 1.5),
('en', 'I''d be annoyed too', 'interpretation', 1.5),
('en', 'I''d be livid', 'interpretation', 1.5),
('en', 'I''d be fuming', 'interpretation', 1.5),
('en', 'I''d be fed up too', 'interpretation', 1.5),
('en', 'I''d be confused too', 'interpretation', 1.2),
('en', 'I''d be disappointed too', 'interpretation', 1.5),
('en', 'I''d be worried too', 'interpretation', 1.5),
('en', 'I''d be stressed too', 'interpretation', 1.5),
('en', 'I''d be concerned too', 'interpretation', 1.5),
('en', 'I''d be really upset', 'interpretation', 1.5),
('en', 'I''d be really frustrated', 'interpretation', 1.5),
('en', 'that would drive me crazy', 'interpretation', 1.2),
('en', 'that would drive anyone crazy', 'interpretation', 1.5),
('en', 'that would frustrate anyone', 'interpretation', 1.5),
('en', 'that would upset me', 'interpretation', 1.2),
('en', 'that would frustrate me', 'interpretation', 1.2),
('en', 'anyone would have', 'interpretation', 1.0),
('en', 'anyone in your position', 'interpretation', 1.5),
('en', 'anyone in your situation', 'interpretation', 1.5),
('en', 'if I were in your shoes', 'interpretation', 1.2),
('en', 'if that happened to me', 'interpretation', 1.2),
('en', 'who wouldn''t be', 'interpretation', 1.5),
('en', 'who could blame you', 'interpretation', 1.5),
('en', 'I don''t blame you', 'interpretation', 1.5),
('en', 'I can''t blame you', 'interpretation', 1.5),
('en', 'no one could blame you', 'interpretation', 1.5),
('en', 'you have every reason to be', 'interpretation', 1.5),
('en', 'you have every right to be', 'interpretation', 1.5),
('en', 'it''s no wonder you', 'interpretation', 1.5),
('en', 'no wonder you', 'interpretation', 1.2),
('en', 'no wonder you''re', 'interpretation', 1.5),
('en', 'no wonder you''re frustrated', 'interpretation', 1.5),
('en', 'no wonder you''re upset', 'interpretation', 1.5),
('en', 'no wonder you''re worried', 'interpretation', 1.5),
('en', 'no wonder you''re exhausted', 'interpretation', 1.5),
('en', 'no wonder you''re stressed', 'interpretation', 1.5),
('en', 'of course you''re', 'interpretation', 0.8),
('en', 'of course you feel', 'interpretation', 1.5),
('en', 'of course you''re frustrated', 'interpretation', 1.5),
('en', 'of course you''re worried', 'interpretation', 1.5),
('en', 'of course you''d be', 'interpretation', 1.2),
('en', 'understandably', 'interpretation', 1.0),
('en', 'understandably so', 'interpretation', 1.2),
('en', 'and rightly so', 'interpretation', 1.0),
('en', 'it''s only natural', 'interpretation', 1.2),
('en', 'it''s natural to be', 'interpretation', 1.2),
('en', 'it''s normal to be', 'interpretation', 1.2),
('en', 'it''s understandable to be', 'interpretation', 1.2),
('en', 'it''s completely normal to', 'interpretation', 1.2),
('en', 'it''s perfectly normal to', 'interpretation', 1.2),
('en', 'that''s a normal reaction', 'interpretation', 1.5),
('en', 'that''s a natural reaction', 'interpretation', 1.5),
('en', 'it makes total sense that you', 'interpretation', 1.5),
('en', 'it makes sense you''d', 'interpretation', 1.5),
('en', 'it makes sense you''re', 'interpretation', 1.5),
('en', 'makes sense you''d feel', 'interpretation', 1.5),
('en', 'it''s okay to be', 'interpretation', 1.2),
('en', 'you''re right to be', 'interpretation', 1.5),
('en', 'you''re right to feel', 'interpretation', 1.5),
('en', 'your frustration makes sense', 'interpretation', 1.5),
('en', 'your concern makes sense', 'interpretation', 1.5),
('en', 'your frustration is understandable', 'interpretation', 1.5),
('en', 'your frustration is valid', 'interpretation', 1.5),
('en', 'your concerns are valid', 'interpretation', 1.5),
('en', 'that''s a valid concern', 'interpretation', 1.2),
('en', 'your feelings make sense', 'interpretation', 1.5),
('en', 'what you''re feeling is valid', 'interpretation', 1.5),
-- anger and frustration: adjectives, nouns and verb forms
('en', 'frustrated', 'feeling', 1.0),
('en', 'frustrating', 'feeling', 1.0),
('en', 'frustration', 'feeling', 1.0),
('en', 'frustrations', 'feeling', 1.0),
('en', 'frustrate', 'feeling', 0.8),
('en', 'frustrates', 'feeling', 0.8),
('en', 'angry', 'feeling', 1.0),
('en', 'angrier', 'feeling', 1.0),
('en', 'anger', 'feeling', 1.0),
('en', 'angered', 'feeling', 1.0),
('en', 'mad', 'feeling', 0.5),
('en', 'furious', 'feeling', 1.0),
('en', 'fury', 'feeling', 1.0),
('en', 'livid', 'feeling', 1.0),
('en', 'fuming', 'feeling', 1.0),
('en', 'irate', 'feeling', 1.0),
('en', 'outraged', 'feeling', 1.0),
('en', 'outrage', 'feeling', 1.0),
('en', 'annoyed', 'feeling', 1.0),
('en', 'annoying', 'feeling', 1.0),
('en', 'annoyance', 'feeling', 1.0),
('en', 'annoy', 'feeling', 0.8),
('en', 'annoys', 'feeling', 0.8),
('en', 'irritated', 'feeling', 1.0),
('en', 'irritating', 'feeling', 1.0),
('en', 'irritation', 'feeling', 1.0),
('en', 'aggravated', 'feeling', 1.0),
('en', 'aggravating', 'feeling', 1.0),
('en', 'exasperated', 'feeling', 1.0),
('en', 'exasperating', 'feeling', 1.0),
('en', 'exasperation', 'feeling', 1.0),
('en', 'infuriated', 'feeling', 1.0),
('en', 'infuriating', 'feeling', 1.0),
('en', 'infuriates', 'feeling', 1.0),
('en', 'pissed off', 'feeling', 1.0),
('en', 'pissed', 'feeling', 1.0),
('en', 'resentful', 'feeling', 1.0),
('en', 'resentment', 'feeling', 1.0),
('en', 'bitter', 'feeling', 1.0),
('en', 'impatient', 'feeling', 1.0),
('en', 'grumpy', 'feeling', 1.0),
('en', 'cranky', 'feeling', 1.0),
('en', 'sick and tired', 'feeling', 1.0),
('en', 'at my wits end', 'feeling', 1.5),
('en', 'at your wits end', 'feeling', 1.5),
('en', 'at the end of my rope', 'feeling', 1.5),
('en', 'at the end of my tether', 'feeling', 1.5),
('en', 'at breaking point', 'feeling', 1.5),
('en', 'pulling my hair out', 'feeling', 1.2),
('en', 'losing my mind', 'feeling', 1.2),
('en', 'losing my patience', 'feeling', 1.2),
('en', 'lost my patience', 'feeling', 1.2),
('en', 'had enough', 'feeling', 1.0),
-- worry, fear and stress
('en', 'upset', 'feeling', 1.0),
('en', 'upsetting', 'feeling', 1.0),
('en', 'upsets', 'feeling', 0.8),
('en', 'worried', 'feeling', 1.0),
('en', 'worry', 'feeling', 1.0),
('en', 'worries', 'feeling', 1.0),
('en', 'worrying', 'feeling', 1.0),
('en', 'worried sick', 'feeling', 1.0),
('en', 'anxious', 'feeling', 1.0),
('en', 'anxiety', 'feeling', 1.0),
('en', 'anxieties', 'feeling', 1.0),
('en', 'stressed', 'feeling', 1.0),
('en', 'stress', 'feeling', 1.0),
('en', 'stressful', 'feeling', 1.0),
('en', 'stressing', 'feeling', 1.0),
('en', 'stressed out', 'feeling', 1.0),
('en', 'stressing out', 'feeling', 1.0),
('en', 'nervous', 'feeling', 1.0),
('en', 'nerves', 'feeling', 1.0),
('en', 'nervousness', 'feeling', 1.0),
('en', 'nerve wracking', 'feeling', 1.0),
('en', 'scared', 'feeling', 1.0),
('en', 'scary', 'feeling', 1.0),
('en', 'scare', 'feeling', 1.0),
('en', 'scares', 'feeling', 1.0),
('en', 'afraid', 'feeling', 1.0),
('en', 'fear', 'feeling', 1.0),
('en', 'fears', 'feeling', 1.0),
('en', 'fearful', 'feeling', 1.0),
('en', 'frightened', 'feeling', 1.0),
('en', 'frightening', 'feeling', 1.0),
('en', 'terrified', 'feeling', 1.0),
('en', 'terrifying', 'feeling', 1.0),
('en', 'terror', 'feeling', 1.0),
('en', 'panic', 'feeling', 1.0),
('en', 'panicked', 'feeling', 1.0),
('en', 'panicking', 'feeling', 1.0),
('en', 'panicky', 'feeling', 1.0),
('en', 'freaked out', 'feeling', 1.0),
('en', 'freaking out', 'feeling', 1.0),
('en', 'freak out', 'feeling', 1.0),
('en', 'concerned', 'feeling', 0.8),
('en', 'concern', 'feeling', 0.5),
('en', 'concerns', 'feeling', 0.5),
('en', 'uneasy', 'feeling', 0.8),
('en', 'tense', 'feeling', 0.8),
('en', 'on edge', 'feeling', 1.0),
('en', 'shaken', 'feeling', 1.0),
('en', 'shaken up', 'feeling', 1.0),
('en', 'dread', 'feeling', 1.0),
('en', 'dreading', 'feeling', 1.0),
('en', 'unsettled', 'feeling', 1.0),
('en', 'insecure', 'feeling', 1.0),
('en', 'vulnerable', 'feeling', 1.0),
('en', 'unsafe', 'feeling', 1.0),
('en', 'paranoid', 'feeling', 1.0),
('en', 'alarmed', 'feeling', 1.0),
-- sadness, hurt and loss
('en', 'sad', 'feeling', 1.0),
('en', 'sadder', 'feeling', 1.0),
('en', 'sadness', 'feeling', 1.0),
('en', 'saddened', 'feeling', 1.0),
('en', 'unhappy', 'feeling', 1.0),
('en', 'unhappiness', 'feeling', 1.0),
('en', 'miserable', 'feeling', 1.0),
('en', 'misery', 'feeling', 1.0),
('en', 'depressed', 'feeling', 1.0),
('en', 'depressing', 'feeling', 1.0),
('en', 'depression', 'feeling', 1.0),
('en', 'feeling down', 'feeling', 1.0),
('en', 'feeling low', 'feeling', 1.0),
('en', 'down in the dumps', 'feeling', 1.0),
('en', 'heartbroken', 'feeling', 1.0),
('en', 'heartbreak', 'feeling', 1.0),
('en', 'heartbreaking', 'feeling', 1.0),
('en', 'broken hearted', 'feeling', 1.0),
('en', 'devastated', 'feeling', 1.0),
('en', 'devastating', 'feeling', 1.0),
('en', 'crushed', 'feeling', 1.0),
('en', 'gutted', 'feeling', 1.0),
('en', 'grief', 'feeling', 1.0),
('en', 'grieving', 'feeling', 1.0),
('en', 'mourning', 'feeling', 1.0),
('en', 'hurt', 'feeling', 0.8),
('en', 'hurting', 'feeling', 0.8),
('en', 'hurtful', 'feeling', 1.0),
('en', 'pain', 'feeling', 0.8),
('en', 'painful', 'feeling', 1.0),
('en', 'lonely', 'feeling', 1.0),
('en', 'loneliness', 'feeling', 1.0),
('en', 'isolated', 'feeling', 0.5),
('en', 'left out', 'feeling', 0.8),
('en', 'homesick', 'feeling', 1.0),
('en', 'in tears', 'feeling', 1.0),
('en', 'on the verge of tears', 'feeling', 1.0),
('en', 'crying', 'feeling', 0.8),
('en', 'cried', 'feeling', 0.8),
('en', 'broke down', 'feeling', 1.0),
('en', 'disappointing', 'feeling', 1.0),
('en', 'disappointment', 'feeling', 1.0),
('en', 'disappoint', 'feeling', 0.8),
('en', 'let down', 'feeling', 1.0),
('en', 'discouraged', 'feeling', 1.0),
('en', 'disheartened', 'feeling', 1.0),
('en', 'demoralized', 'feeling', 1.0),
('en', 'demoralised', 'feeling', 1.0),
('en', 'defeated', 'feeling', 1.0),
('en', 'hopeless', 'feeling', 1.0),
('en', 'hopelessness', 'feeling', 1.0),
('en', 'helpless', 'feeling', 1.0),
('en', 'helplessness', 'feeling', 1.0),
('en', 'powerless', 'feeling', 1.0),
('en', 'desperate', 'feeling', 1.0),
('en', 'desperation', 'feeling', 1.0),
('en', 'regretful', 'feeling', 1.0),
('en', 'guilty', 'feeling', 1.0),
('en', 'guilt', 'feeling', 1.0),
('en', 'ashamed', 'feeling', 1.0),
('en', 'embarrassed', 'feeling', 1.0),
('en', 'embarrassing', 'feeling', 1.0),
('en', 'embarrassment', 'feeling', 1.0),
('en', 'humiliated', 'feeling', 1.0),
('en', 'humiliating', 'feeling', 1.0),
('en', 'humiliation', 'feeling', 1.0),
('en', 'betrayed', 'feeling', 1.0),
('en', 'cheated', 'feeling', 1.0),
('en', 'misled', 'feeling', 1.0),
('en', 'ignored', 'feeling', 1.0),
('en', 'neglected', 'feeling', 1.0),
('en', 'unheard', 'feeling', 1.0),
('en', 'unappreciated', 'feeling', 1.0),
('en', 'disrespected', 'feeling', 1.0),
('en', 'insulted', 'feeling', 1.0),
('en', 'offended', 'feeling', 1.0),
('en', 'mistreated', 'feeling', 1.0),
('en', 'jealous', 'feeling', 1.0),
('en', 'envious', 'feeling', 1.0),
('en', 'shocked', 'feeling', 1.0),
('en', 'stunned', 'feeling', 1.0),
('en', 'horrified', 'feeling', 1.0),
('en', 'disgusted', 'feeling', 1.0),
('en', 'appalled', 'feeling', 1.0),
('en', 'shock', 'feeling', 0.8),
-- tiredness, confusion and overload
('en', 'exhausted', 'feeling', 1.0),
('en', 'exhausting', 'feeling', 1.0),
('en', 'exhaustion', 'feeling', 1.0),
('en', 'tired', 'feeling', 0.8),
('en', 'tiredness', 'feeling', 1.0),
('en', 'weary', 'feeling', 1.0),
('en', 'drained', 'feeling', 1.0),
('en', 'burnt out', 'feeling', 1.0),
('en', 'burned out', 'feeling', 1.0),
('en', 'burnout', 'feeling', 1.0),
('en', 'worn out', 'feeling', 1.0),
('en', 'worn down', 'feeling', 1.0),
('en', 'fatigued', 'feeling', 1.0),
('en', 'confused', 'feeling', 1.0),
('en', 'confusing', 'feeling', 1.0),
('en', 'confusion', 'feeling', 1.0),
('en', 'puzzled', 'feeling', 1.0),
('en', 'baffled', 'feeling', 1.0),
('en', 'bewildered', 'feeling', 1.0),
('en', 'lost and confused', 'feeling', 1.0),
('en', 'overwhelmed', 'feeling', 1.0),
('en', 'overwhelming', 'feeling', 1.0),
('en', 'overwhelm', 'feeling', 0.8),
('en', 'swamped', 'feeling', 1.0),
('en', 'snowed under', 'feeling', 1.0),
('en', 'out of my depth', 'feeling', 1.0),
('en', 'stuck', 'feeling', 0.5),
('en', 'trapped', 'feeling', 1.0),
('en', 'bored', 'feeling', 1.0),
('en', 'restless', 'feeling', 1.0),
('en', 'uncomfortable', 'feeling', 1.0),
('en', 'beside myself', 'feeling', 1.0),
-- positive feelings: joy, relief, pride, gratitude, hope
('en', 'happy', 'feeling', 1.0),
('en', 'happier', 'feeling', 1.0),
('en', 'happiness', 'feeling', 1.0),
('en', 'glad', 'feeling', 0.8),
('en', 'pleased', 'feeling', 0.5),
('en', 'delighted', 'feeling', 1.0),
('en', 'excited', 'feeling', 1.0),
('en', 'exciting', 'feeling', 1.0),
('en', 'excitement', 'feeling', 1.0),
('en', 'thrilled', 'feeling', 1.0),
('en', 'ecstatic', 'feeling', 1.0),
('en', 'elated', 'feeling', 1.0),
('en', 'overjoyed', 'feeling', 1.0),
('en', 'joy', 'feeling', 1.0),
('en', 'joyful', 'feeling', 1.0),
('en', 'cheerful', 'feeling', 1.0),
('en', 'over the moon', 'feeling', 1.0),
('en', 'on cloud nine', 'feeling', 1.0),
('en', 'pumped', 'feeling', 1.0),
('en', 'stoked', 'feeling', 1.0),
('en', 'psyched', 'feeling', 1.0),
('en', 'proud', 'feeling', 1.0),
('en', 'pride', 'feeling', 1.0),
('en', 'grateful', 'feeling', 1.0),
('en', 'gratitude', 'feeling', 1.0),
('en', 'thankful', 'feeling', 1.0),
('en', 'appreciative', 'feeling', 1.0),
('en', 'relieved', 'feeling', 1.0),
('en', 'relief', 'feeling', 1.0),
('en', 'relaxed', 'feeling', 1.0),
('en', 'calm', 'feeling', 1.0),
('en', 'calmer', 'feeling', 1.0),
('en', 'satisfied', 'feeling', 0.5),
('en', 'hopeful', 'feeling', 1.0),
('en', 'optimistic', 'feeling', 1.0),
('en', 'confident', 'feeling', 1.0),
('en', 'reassured', 'feeling', 1.0),
('en', 'reassuring', 'feeling', 1.0),
('en', 'comforted', 'feeling', 1.0),
('en', 'at ease', 'feeling', 1.0),
('en', 'at peace', 'feeling', 1.0),
('en', 'peaceful', 'feeling', 1.0),
('en', 'loved', 'feeling', 1.0),
('en', 'blessed', 'feeling', 1.0),
('en', 'lucky', 'feeling', 1.0),
('en', 'fortunate', 'feeling', 1.0),
('en', 'amazed', 'feeling', 1.0),
('en', 'impressed', 'feeling', 1.0),
('en', 'surprised', 'feeling', 1.0),
('en', 'pleasantly surprised', 'feeling', 1.0),
('en', 'eager', 'feeling', 1.0),
('en', 'enthusiastic', 'feeling', 1.0),
('en', 'inspired', 'feeling', 1.0),
('en', 'motivated', 'feeling', 1.0),
('en', 'encouraged', 'feeling', 0.5),
('en', 'fulfilled', 'feeling', 1.0),
('en', 'safe', 'feeling', 0.5),
-- order, account and case identifiers a support agent asks for
('en', 'order number', 'procedural', 1.5),
('en', 'order id', 'procedural', 1.5),
('en', 'order reference', 'procedural', 1.2),
('en', 'order details', 'procedural', 1.2),
('en', 'account number', 'procedural', 1.5),
('en', 'account id', 'procedural', 1.5),
('en', 'account details', 'procedural', 1.2),
('en', 'customer number', 'procedural', 1.5),
('en', 'customer id', 'procedural', 1.5),
('en', 'member number', 'procedural', 1.5),
('en', 'membership number', 'procedural', 1.5),
('en', 'membership id', 'procedural', 1.5),
('en', 'loyalty number', 'procedural', 1.5),
('en', 'reference number', 'procedural', 1.5),
('en', 'ref number', 'procedural', 1.5),
('en', 'case number', 'procedural', 1.5),
('en', 'case id', 'procedural', 1.5),
('en', 'ticket number', 'procedural', 1.5),
('en', 'ticket id', 'procedural', 1.5),
('en', 'invoice number', 'procedural', 1.5),
('en', 'invoice', 'procedural', 1.0),
('en', 'receipt number', 'procedural', 1.5),
('en', 'receipt', 'procedural', 0.8),
('en', 'transaction id', 'procedural', 1.5),
('en', 'transaction number', 'procedural', 1.5),
('en', 'transaction reference', 'procedural', 1.5),
('en', 'payment reference', 'procedural', 1.5),
('en', 'payment details', 'procedural', 1.2),
('en', 'booking reference', 'procedural', 1.5),
('en', 'booking number', 'procedural', 1.5),
('en', 'booking code', 'procedural', 1.5),
('en', 'reservation number', 'procedural', 1.5),
('en', 'confirmation number', 'procedural', 1.5),
('en', 'confirmation code', 'procedural', 1.5),
('en', 'confirmation email', 'procedural', 1.2),
('en', 'policy number', 'procedural', 1.5),
('en', 'claim number', 'procedural', 1.5),
('en', 'subscription id', 'procedural', 1.5),
('en', 'return number', 'procedural', 1.5),
('en', 'rma number', 'procedural', 1.5),
('en', 'return authorization number', 'procedural', 1.5),
('en', 'return authorisation number', 'procedural', 1.5),
('en', 'refund reference', 'procedural', 1.5),
('en', 'voucher code', 'procedural', 1.2),
('en', 'promo code', 'procedural', 1.2),
('en', 'discount code', 'procedural', 1.2),
('en', 'coupon code', 'procedural', 1.2),
('en', 'gift card number', 'procedural', 1.5),
('en', 'flight number', 'procedural', 1.5),
('en', 'pnr', 'procedural', 1.2),
-- shipping and tracking identifiers
('en', 'tracking number', 'procedural', 1.5),
('en', 'tracking code', 'procedural', 1.5),
('en', 'tracking id', 'procedural', 1.5),
('en', 'tracking link', 'procedural', 1.0),
('en', 'parcel number', 'procedural', 1.5),
('en', 'consignment number', 'procedural', 1.5),
('en', 'shipment id', 'procedural', 1.5),
-- contact and identity details
('en', 'email address', 'procedural', 1.2),
('en', 'e mail address', 'procedural', 1.2),
('en', 'email', 'procedural', 0.5),
('en', 'email you used', 'procedural', 1.2),
('en', 'email on the account', 'procedural', 1.2),
('en', 'phone number', 'procedural', 1.2),
('en', 'mobile number', 'procedural', 1.2),
('en', 'telephone number', 'procedural', 1.2),
('en', 'contact number', 'procedural', 1.2),
('en', 'contact details', 'procedural', 1.2),
('en', 'personal details', 'procedural', 1.0),
('en', 'date of birth', 'procedural', 1.5),
('en', 'birth date', 'procedural', 1.5),
('en', 'dob', 'procedural', 1.0),
('en', 'postcode', 'procedural', 1.2),
('en', 'post code', 'procedural', 1.2),
('en', 'postal code', 'procedural', 1.2),
('en', 'zip code', 'procedural', 1.2),
('en', 'zipcode', 'procedural', 1.2),
('en', 'billing address', 'procedural', 1.2),
('en', 'shipping address', 'procedural', 1.2),
('en', 'delivery address', 'procedural', 1.2),
('en', 'home address', 'procedural', 1.2),
('en', 'full name', 'procedural', 1.0),
('en', 'first name', 'procedural', 0.8),
('en', 'last name', 'procedural', 0.8),
('en', 'surname', 'procedural', 0.8),
('en', 'name on the account', 'procedural', 1.2),
('en', 'name on the order', 'procedural', 1.2),
('en', 'username', 'procedural', 1.2),
('en', 'user name', 'procedural', 1.2),
('en', 'user id', 'procedural', 1.2),
('en', 'login details', 'procedural', 1.0),
('en', 'password', 'procedural', 0.5),
('en', 'verification code', 'procedural', 1.5),
('en', 'security code', 'procedural', 1.2),
('en', 'one time code', 'procedural', 1.2),
('en', 'security question', 'procedural', 1.2),
('en', 'passport number', 'procedural', 1.5),
('en', 'photo id', 'procedural', 1.2),
('en', 'license number', 'procedural', 1.5),
('en', 'license plate', 'procedural', 1.5),
('en', 'registration number', 'procedural', 1.5),
('en', 'proof of address', 'procedural', 1.2),
('en', 'proof of identity', 'procedural', 1.2),
-- payment and card details
('en', 'last four digits', 'procedural', 1.5),
('en', 'last 4 digits', 'procedural', 1.5),
('en', 'last four digits of your card', 'procedural', 1.5),
('en', 'card number', 'procedural', 1.2),
('en', 'expiry date', 'procedural', 1.2),
('en', 'expiration date', 'procedural', 1.2),
('en', 'sort code', 'procedural', 1.2),
('en', 'iban', 'procedural', 1.2),
('en', 'bank details', 'procedural', 1.2),
('en', 'billing details', 'procedural', 1.2),
('en', 'proof of purchase', 'procedural', 1.2),
('en', 'date of purchase', 'procedural', 1.2),
('en', 'purchase date', 'procedural', 1.2),
('en', 'order date', 'procedural', 1.2),
('en', 'copy of the invoice', 'procedural', 1.2),
('en', 'copy of your receipt', 'procedural', 1.2),
-- device and technical details, screenshots and photos
('en', 'serial number', 'procedural', 1.5),
('en', 'model number', 'procedural', 1.5),
('en', 'product code', 'procedural', 1.2),
('en', 'sku', 'procedural', 1.2),
('en', 'imei', 'procedural', 1.5),
('en', 'imei number', 'procedural', 1.5),
('en', 'device id', 'procedural', 1.2),
('en', 'device model', 'procedural', 1.2),
('en', 'app version', 'procedural', 1.2),
('en', 'version number', 'procedural', 1.2),
('en', 'browser version', 'procedural', 1.2),
('en', 'operating system', 'procedural', 1.0),
('en', 'error message', 'procedural', 1.0),
('en', 'error code', 'procedural', 1.2),
('en', 'error number', 'procedural', 1.2),
('en', 'exact error', 'procedural', 1.2),
('en', 'screenshot', 'procedural', 1.0),
('en', 'screenshots', 'procedural', 1.0),
('en', 'screen shot', 'procedural', 1.0),
('en', 'screen recording', 'procedural', 1.0),
('en', 'photo', 'procedural', 0.8),
('en', 'photos', 'procedural', 0.8),
('en', 'photo of the damage', 'procedural', 1.0),
('en', 'picture of the damage', 'procedural', 1.0),
('en', 'a photo of', 'procedural', 1.0),
('en', 'a picture of', 'procedural', 1.0),
('en', 'date and time', 'procedural', 0.8),
-- reassurance and support: being there for the person, not leaving them alone with it
('en', 'here for you', 'ownership', 1.2),
('en', 'I am here for you', 'ownership', 1.5),
('en', 'we''re here for you', 'ownership', 1.5),
('en', 'we are here for you', 'ownership', 1.5),
('en', 'I''m always here for you', 'ownership', 2.0),
('en', 'I''m always here', 'ownership', 1.5),
('en', 'I''m here if you need', 'ownership', 1.5),
('en', 'I''m here if you need anything', 'ownership', 1.5),
('en', 'we''re here if you need', 'ownership', 1.5),
('en', 'I''m here whenever you need', 'ownership', 1.5),
('en', 'I''m here to listen', 'ownership', 2.0),
('en', 'I''m happy to listen', 'ownership', 1.5),
('en', 'I''m right here with you', 'ownership', 2.0),
('en', 'I''m here with you', 'ownership', 2.0),
('en', 'I''m with you', 'ownership', 1.5),
('en', 'I''m with you on this', 'ownership', 1.5),
('en', 'we''re with you', 'ownership', 1.5),
('en', 'I''m on your side', 'ownership', 2.0),
('en', 'we''re on your side', 'ownership', 2.0),
('en', 'I''m in your corner', 'ownership', 2.0),
('en', 'we''re in this together', 'ownership', 2.0),
('en', 'we''ll get through this together', 'ownership', 2.0),
('en', 'we''ll work through this together', 'ownership', 2.0),
('en', 'let''s work through this together', 'ownership', 1.5),
('en', 'let''s figure this out together', 'ownership', 1.5),
('en', 'let''s sort this out together', 'ownership', 1.5),
('en', 'let''s get this sorted', 'ownership', 1.2),
('en', 'let''s get this fixed', 'ownership', 1.2),
('en', 'we''ve got you', 'ownership', 1.5),
('en', 'I''ve got you', 'ownership', 1.5),
('en', 'we''ve got your back', 'ownership', 2.0),
('en', 'I''ve got your back', 'ownership', 2.0),
('en', 'got your back', 'ownership', 1.5),
('en', 'you can lean on me', 'ownership', 2.0),
('en', 'you can rely on me', 'ownership', 1.5),
('en', 'you can rely on us', 'ownership', 1.5),
('en', 'I''m not going anywhere', 'ownership', 1.5),
('en', 'I''ll be here', 'ownership', 1.2),
('en', 'I''ll be right here', 'ownership', 1.5),
('en', 'you''re not alone in this', 'ownership', 2.0),
('en', 'you are not alone in this', 'ownership', 2.0),
('en', 'you aren''t alone', 'ownership', 1.5),
('en', 'you''re not on your own', 'ownership', 2.0),
('en', 'you are not on your own', 'ownership', 2.0),
('en', 'you don''t have to deal with this alone', 'ownership', 2.0),
('en', 'you don''t have to do this alone', 'ownership', 2.0),
('en', 'you don''t have to go through this alone', 'ownership', 2.0),
('en', 'I''ll stay with you', 'ownership', 1.5),
('en', 'I''ll be with you every step of the way', 'ownership', 2.0),
('en', 'every step of the way', 'ownership', 1.5),
('en', 'I''ll walk you through it', 'ownership', 1.2),
('en', 'I''ll guide you through', 'ownership', 1.2),
('en', 'I''ll see this through', 'ownership', 1.5),
('en', 'I''ll see it through', 'ownership', 1.5),
('en', 'leave it with me', 'ownership', 1.5),
('en', 'leave this with me', 'ownership', 1.5),
('en', 'consider it done', 'ownership', 1.5),
('en', 'I''m on it', 'ownership', 1.5),
('en', 'we''re on it', 'ownership', 1.5),
('en', 'I''ve got this', 'ownership', 1.2),
('en', 'we''ve got this', 'ownership', 1.2),
('en', 'I''ll take it from here', 'ownership', 1.5),
('en', 'we''ll take it from here', 'ownership', 1.5),
('en', 'let me handle this', 'ownership', 1.5),
('en', 'let me handle it', 'ownership', 1.5),
('en', 'let me help you with that', 'ownership', 1.2),
('en', 'I want to help', 'ownership', 1.2),
('en', 'I really want to help', 'ownership', 1.5),
('en', 'we''ll get you sorted', 'ownership', 1.5),
('en', 'I''ll get you sorted', 'ownership', 1.5),
('en', 'we''ll sort you out', 'ownership', 1.5),
('en', 'we''ll get you back up and running', 'ownership', 1.5),
('en', 'we''ll take care of you', 'ownership', 2.0),
('en', 'I''ll take care of you', 'ownership', 2.0),
('en', 'you''re in good hands', 'ownership', 1.5),
('en', 'you are in good hands', 'ownership', 1.5),
('en', 'you''re in safe hands', 'ownership', 1.5),
('en', 'I won''t let you down', 'ownership', 1.5),
('en', 'we won''t let you down', 'ownership', 1.5);

-- Spanish expressions of the new dimensions, written in Spanish (usted, tú and
-- vos; Spain and Latin America), not translated.

INSERT INTO @extschema@.empathy_lexicon_shipped (language, phrase, dimension, weight) VALUES
-- emotional_reaction: warmth, compassion, concern and shared feeling (EPITOME emotional reactions)
('es', 'lamento mucho lo que está pasando', 'emotional_reaction', 2.0),
('es', 'lamento lo que está pasando', 'emotional_reaction', 1.5),
('es', 'lamento mucho lo que estás pasando', 'emotional_reaction', 2.0),
('es', 'lamento lo que estás pasando', 'emotional_reaction', 1.5),
('es', 'lamento mucho lo que están pasando', 'emotional_reaction', 2.0),
('es', 'lamento lo que están pasando', 'emotional_reaction', 1.5),
('es', 'lamento mucho que esté pasando por esto', 'emotional_reaction', 2.0),
('es', 'lamento que esté pasando por esto', 'emotional_reaction', 1.5),
('es', 'lamento mucho que estés pasando por esto', 'emotional_reaction', 2.0),
('es', 'lamento que estés pasando por esto', 'emotional_reaction', 1.5),
('es', 'lamento mucho que estén pasando por esto', 'emotional_reaction', 2.0),
('es', 'lamento que estén pasando por esto', 'emotional_reaction', 1.5),
('es', 'siento mucho lo que está pasando', 'emotional_reaction', 2.0),
('es', 'siento lo que está pasando', 'emotional_reaction', 1.5),
('es', 'siento mucho lo que estás pasando', 'emotional_reaction', 2.0),
('es', 'siento lo que estás pasando', 'emotional_reaction', 1.5),
('es', 'siento mucho lo que están pasando', 'emotional_reaction', 2.0),
('es', 'siento lo que están pasando', 'emotional_reaction', 1.5),
('es', 'siento mucho que esté pasando por esto', 'emotional_reaction', 2.0),
('es', 'siento que esté pasando por esto', 'emotional_reaction', 1.5),
('es', 'siento mucho que estés pasando por esto', 'emotional_reaction', 2.0),
('es', 'siento que estés pasando por esto', 'emotional_reaction', 1.5),
('es', 'siento mucho que estén pasando por esto', 'emotional_reaction', 2.0),
('es', 'siento que estén pasando por esto', 'emotional_reaction', 1.5),
('es', 'lamento mucho lo que estás viviendo', 'emotional_reaction', 2.0),
('es', 'lamento mucho lo que está viviendo', 'emotional_reaction', 2.0),
('es', 'siento muchísimo lo que', 'emotional_reaction', 2.0),
('es', 'lamento muchísimo lo que', 'emotional_reaction', 2.0),
('es', 'cuánto lamento lo que', 'emotional_reaction', 2.0),
('es', 'cuánto siento lo que', 'emotional_reaction', 2.0),
('es', 'qué pena lo que te pasó', 'emotional_reaction', 2.0),
('es', 'qué pena lo que le pasó', 'emotional_reaction', 2.0),
('es', 'siento mucho lo de', 'emotional_reaction', 1.5),
('es', 'lamento mucho lo de', 'emotional_reaction', 1.5),
('es', 'qué pena lo de', 'emotional_reaction', 1.5),
('es', 'qué pena lo que', 'emotional_reaction', 1.5),
('es', 'qué horror lo que', 'emotional_reaction', 1.5),
('es', 'qué mal lo que te pasó', 'emotional_reaction', 1.5),
('es', 'qué feo lo que te pasó', 'emotional_reaction', 1.5),
('es', 'siento lo de', 'emotional_reaction', 1.2),
('es', 'lamento lo de', 'emotional_reaction', 1.2),
('es', 'lamento leer eso', 'emotional_reaction', 1.2),
('es', 'lamento mucho leer eso', 'emotional_reaction', 1.5),
('es', 'lamento mucho escuchar eso', 'emotional_reaction', 1.5),
('es', 'lamento saber que', 'emotional_reaction', 1.2),
('es', 'lamento mucho saber que', 'emotional_reaction', 1.5),
('es', 'siento leer eso', 'emotional_reaction', 1.2),
('es', 'siento mucho leer eso', 'emotional_reaction', 1.5),
('es', 'siento saber que', 'emotional_reaction', 1.2),
('es', 'siento mucho saber que', 'emotional_reaction', 1.5),
('es', 'lamentamos leer eso', 'emotional_reaction', 1.2),
('es', 'lamentamos mucho leer eso', 'emotional_reaction', 1.5),
('es', 'lamentamos escuchar eso', 'emotional_reaction', 1.2),
('es', 'lamentamos mucho escuchar eso', 'emotional_reaction', 1.5),
('es', 'lamentamos saber que', 'emotional_reaction', 1.2),
('es', 'lamentamos mucho saber que', 'emotional_reaction', 1.5),
('es', 'sentimos leer eso', 'emotional_reaction', 1.2),
('es', 'sentimos mucho leer eso', 'emotional_reaction', 1.5),
('es', 'sentimos escuchar eso', 'emotional_reaction', 1.2),
('es', 'sentimos mucho escuchar eso', 'emotional_reaction', 1.5),
('es', 'sentimos saber que', 'emotional_reaction', 1.2),
('es', 'sentimos mucho saber que', 'emotional_reaction', 1.5),
('es', 'lamento enterarme', 'emotional_reaction', 1.2),
('es', 'qué pena leer eso', 'emotional_reaction', 1.5),
('es', 'qué pena escuchar eso', 'emotional_reaction', 1.5),
('es', 'qué pena oír eso', 'emotional_reaction', 1.5),
('es', 'me da pena leer eso', 'emotional_reaction', 1.5),
('es', 'me duele leer esto', 'emotional_reaction', 1.5),
('es', 'nos apena leer esto', 'emotional_reaction', 1.5),
('es', 'nos duele leer esto', 'emotional_reaction', 1.5),
('es', 'me apena leer esto', 'emotional_reaction', 1.5),
('es', 'nos apena saber', 'emotional_reaction', 1.5),
('es', 'me apena saber', 'emotional_reaction', 1.5),
('es', 'me entristece leer esto', 'emotional_reaction', 1.5),
('es', 'lo siento en el alma', 'emotional_reaction', 2.5),
('es', 'lo siento de corazón', 'emotional_reaction', 2.5),
('es', 'de corazón lo siento', 'emotional_reaction', 2.5),
('es', 'lo lamento en el alma', 'emotional_reaction', 2.5),
('es', 'lo lamento profundamente', 'emotional_reaction', 2.0),
('es', 'lo siento profundamente', 'emotional_reaction', 2.0),
('es', 'lo siento tanto', 'emotional_reaction', 2.0),
('es', 'lo lamento tanto', 'emotional_reaction', 2.0),
('es', 'cuánto lo lamento', 'emotional_reaction', 2.0),
('es', 'cómo lo siento', 'emotional_reaction', 2.0),
('es', 'lo siento mucho por ti', 'emotional_reaction', 2.0),
('es', 'lo siento mucho por usted', 'emotional_reaction', 2.0),
('es', 'lo siento mucho por vos', 'emotional_reaction', 2.0),
('es', 'cuánto lo siento por ti', 'emotional_reaction', 2.0),
('es', 'lo siento por ti', 'emotional_reaction', 1.5),
('es', 'lo siento por usted', 'emotional_reaction', 1.5),
('es', 'lo siento por vos', 'emotional_reaction', 1.5),
('es', 'de verdad lo siento', 'emotional_reaction', 1.5),
('es', 'de verdad que lo siento', 'emotional_reaction', 1.5),
('es', 'lo lamento de verdad', 'emotional_reaction', 1.5),
('es', 'lo siento un montón', 'emotional_reaction', 1.5),
('es', 'lo sentimos de verdad', 'emotional_reaction', 1.5),
('es', 'cuánto lo sentimos', 'emotional_reaction', 1.5),
('es', 'siento tanto', 'emotional_reaction', 1.5),
('es', 'lamento tanto', 'emotional_reaction', 1.5),
('es', 'se me parte el corazón', 'emotional_reaction', 2.0),
('es', 'me rompe el corazón', 'emotional_reaction', 2.0),
('es', 'se me rompe el corazón', 'emotional_reaction', 2.0),
('es', 'se me encoge el corazón', 'emotional_reaction', 2.0),
('es', 'me llegó al corazón', 'emotional_reaction', 2.0),
('es', 'me llegó al alma', 'emotional_reaction', 2.0),
('es', 'me tocó el corazón', 'emotional_reaction', 2.0),
('es', 'me conmueve mucho', 'emotional_reaction', 2.0),
('es', 'me conmovió mucho', 'emotional_reaction', 2.0),
('es', 'me parte el alma', 'emotional_reaction', 2.0),
('es', 'me da mucha pena', 'emotional_reaction', 1.5),
('es', 'me da mucha tristeza', 'emotional_reaction', 1.5),
('es', 'me entristece mucho', 'emotional_reaction', 1.5),
('es', 'me apena mucho', 'emotional_reaction', 1.5),
('es', 'me duele mucho', 'emotional_reaction', 1.5),
('es', 'nos da mucha pena', 'emotional_reaction', 1.5),
('es', 'nos apena mucho', 'emotional_reaction', 1.5),
('es', 'nos duele mucho', 'emotional_reaction', 1.5),
('es', 'nos entristece mucho', 'emotional_reaction', 1.5),
('es', 'qué tristeza me da', 'emotional_reaction', 1.5),
('es', 'qué pena me da', 'emotional_reaction', 1.5),
('es', 'qué pena más grande', 'emotional_reaction', 1.5),
('es', 'qué pena tan grande', 'emotional_reaction', 1.5),
('es', 'ay qué pena', 'emotional_reaction', 1.5),
('es', 'ay qué penita', 'emotional_reaction', 1.5),
('es', 'pucha qué pena', 'emotional_reaction', 1.5),
('es', 'qué golpe tan duro', 'emotional_reaction', 1.5),
('es', 'qué situación tan difícil', 'emotional_reaction', 1.5),
('es', 'qué situación más difícil', 'emotional_reaction', 1.5),
('es', 'qué momento tan difícil', 'emotional_reaction', 1.5),
('es', 'qué tristeza', 'emotional_reaction', 1.5),
('es', 'me da pena', 'emotional_reaction', 1.2),
('es', 'me da tristeza', 'emotional_reaction', 1.2),
('es', 'me entristece', 'emotional_reaction', 1.2),
('es', 'me apena', 'emotional_reaction', 1.2),
('es', 'nos da pena', 'emotional_reaction', 1.2),
('es', 'me conmueve', 'emotional_reaction', 1.2),
('es', 'me conmovió', 'emotional_reaction', 1.2),
('es', 'me emocionó', 'emotional_reaction', 1.2),
('es', 'qué penita', 'emotional_reaction', 1.2),
('es', 'qué dolor', 'emotional_reaction', 1.2),
('es', 'qué disgusto', 'emotional_reaction', 1.2),
('es', 'qué pena que', 'emotional_reaction', 1.2),
('es', 'qué lástima que', 'emotional_reaction', 1.2),
('es', 'qué mal que', 'emotional_reaction', 1.2),
('es', 'ay pobre', 'emotional_reaction', 1.2),
('es', 'ay pobrecito', 'emotional_reaction', 1.2),
('es', 'pobrecito', 'emotional_reaction', 1.2),
('es', 'nos apena', 'emotional_reaction', 1.0),
('es', 'nos duele', 'emotional_reaction', 1.0),
('es', 'me emociona', 'emotional_reaction', 1.0),
('es', 'me da mucha rabia', 'emotional_reaction', 1.5),
('es', 'me da mucha bronca', 'emotional_reaction', 1.5),
('es', 'me da mucha impotencia', 'emotional_reaction', 1.5),
('es', 'me indigna leer esto', 'emotional_reaction', 1.5),
('es', 'me da rabia leer esto', 'emotional_reaction', 1.5),
('es', 'qué rabia me da', 'emotional_reaction', 1.5),
('es', 'qué bronca me da', 'emotional_reaction', 1.5),
('es', 'qué impotencia me da', 'emotional_reaction', 1.5),
('es', 'me da impotencia', 'emotional_reaction', 1.2),
('es', 'me da coraje', 'emotional_reaction', 1.2),
('es', 'qué bronca', 'emotional_reaction', 1.2),
('es', 'qué coraje', 'emotional_reaction', 1.2),
('es', 'qué macana', 'emotional_reaction', 1.2),
('es', 'qué mala pata', 'emotional_reaction', 1.2),
('es', 'qué mala racha', 'emotional_reaction', 1.2),
('es', 'qué palo', 'emotional_reaction', 1.2),
('es', 'qué bajón', 'emotional_reaction', 1.2),
('es', 'qué mal rato', 'emotional_reaction', 1.2),
('es', 'qué mal trago', 'emotional_reaction', 1.2),
('es', 'qué mal momento', 'emotional_reaction', 1.2),
('es', 'qué feo momento', 'emotional_reaction', 1.2),
('es', 'qué pesadilla', 'emotional_reaction', 1.2),
('es', 'qué calvario', 'emotional_reaction', 1.2),
('es', 'qué agobio', 'emotional_reaction', 1.2),
('es', 'qué susto más grande', 'emotional_reaction', 1.2),
('es', 'vaya susto', 'emotional_reaction', 1.2),
('es', 'menudo susto', 'emotional_reaction', 1.2),
('es', 'menudo disgusto', 'emotional_reaction', 1.2),
('es', 'qué garrón', 'emotional_reaction', 1.2),
('es', 'pucha qué mal', 'emotional_reaction', 1.2),
('es', 'pucha qué lata', 'emotional_reaction', 1.2),
('es', 'ay qué mal', 'emotional_reaction', 1.2),
('es', 'uy no', 'emotional_reaction', 1.2),
('es', 'ay no puede ser', 'emotional_reaction', 1.2),
('es', 'qué mala suerte has tenido', 'emotional_reaction', 1.2),
('es', 'qué mala suerte tuviste', 'emotional_reaction', 1.2),
('es', 'vaya mala suerte', 'emotional_reaction', 1.2),
('es', 'qué lata', 'emotional_reaction', 1.0),
('es', 'qué mala onda', 'emotional_reaction', 1.0),
('es', 'qué putada', 'emotional_reaction', 1.0),
('es', 'qué espanto', 'emotional_reaction', 1.0),
('es', 'qué barbaridad', 'emotional_reaction', 1.0),
('es', 'qué preocupante', 'emotional_reaction', 1.0),
('es', 'qué preocupación', 'emotional_reaction', 1.0),
('es', 'qué estrés', 'emotional_reaction', 1.0),
('es', 'qué nervios', 'emotional_reaction', 1.0),
('es', 'qué incertidumbre', 'emotional_reaction', 1.0),
('es', 'qué marrón', 'emotional_reaction', 1.0),
('es', 'vaya situación', 'emotional_reaction', 1.0),
('es', 'ay dios mío', 'emotional_reaction', 1.0),
('es', 'qué feo', 'emotional_reaction', 0.8),
('es', 'qué lío', 'emotional_reaction', 0.8),
('es', 'vaya lío', 'emotional_reaction', 0.8),
('es', 'menudo lío', 'emotional_reaction', 0.8),
('es', 'madre mía', 'emotional_reaction', 0.8),
('es', 'dios mío', 'emotional_reaction', 0.8),
('es', 'híjole', 'emotional_reaction', 0.8),
('es', 'pucha', 'emotional_reaction', 0.8),
('es', 'vaya', 'emotional_reaction', 0.5),
('es', 'uf', 'emotional_reaction', 0.5),
('es', 'uff', 'emotional_reaction', 0.5),
('es', 'uy', 'emotional_reaction', 0.5),
('es', 'chale', 'emotional_reaction', 0.5),
('es', 'caramba', 'emotional_reaction', 0.5),
('es', 'caray', 'emotional_reaction', 0.5),
('es', 'estoy preocupado por ti', 'emotional_reaction', 2.0),
('es', 'estoy preocupada por ti', 'emotional_reaction', 2.0),
('es', 'estoy preocupado por usted', 'emotional_reaction', 2.0),
('es', 'estoy preocupada por usted', 'emotional_reaction', 2.0),
('es', 'estoy preocupado por vos', 'emotional_reaction', 2.0),
('es', 'estoy preocupada por vos', 'emotional_reaction', 2.0),
('es', 'me preocupa lo que me cuentas', 'emotional_reaction', 1.5),
('es', 'me preocupa lo que me cuenta', 'emotional_reaction', 1.5),
('es', 'me preocupa lo que me contás', 'emotional_reaction', 1.5),
('es', 'me preocupas', 'emotional_reaction', 1.5),
('es', 'me preocupa tu salud', 'emotional_reaction', 1.5),
('es', 'me preocupa cómo estás', 'emotional_reaction', 1.5),
('es', 'espero que no sea nada grave', 'emotional_reaction', 1.5),
('es', 'espero que no haya sido nada grave', 'emotional_reaction', 1.5),
('es', 'ojalá no sea nada grave', 'emotional_reaction', 1.5),
('es', 'espero que estén todos bien', 'emotional_reaction', 1.5),
('es', 'me quedo preocupado', 'emotional_reaction', 1.2),
('es', 'me quedo preocupada', 'emotional_reaction', 1.2),
('es', 'me dejas preocupado', 'emotional_reaction', 1.2),
('es', 'me dejas preocupada', 'emotional_reaction', 1.2),
('es', 'nos preocupa mucho', 'emotional_reaction', 1.2),
('es', 'ojalá estés bien', 'emotional_reaction', 1.0),
('es', 'ojalá esté bien', 'emotional_reaction', 1.0),
('es', 'espero que estén bien', 'emotional_reaction', 1.0),
('es', 'espero que se encuentre bien', 'emotional_reaction', 0.5),
('es', 'espero que te encuentres bien', 'emotional_reaction', 0.5),
('es', 'le deseo una pronta recuperación', 'emotional_reaction', 2.0),
('es', 'te deseo una pronta recuperación', 'emotional_reaction', 2.0),
('es', 'te acompaño en tu dolor', 'emotional_reaction', 2.0),
('es', 'le acompaño en su dolor', 'emotional_reaction', 2.0),
('es', 'lo acompaño en su dolor', 'emotional_reaction', 2.0),
('es', 'la acompaño en su dolor', 'emotional_reaction', 2.0),
('es', 'lo acompaño en el sentimiento', 'emotional_reaction', 2.0),
('es', 'la acompaño en el sentimiento', 'emotional_reaction', 2.0),
('es', 'le acompañamos en el sentimiento', 'emotional_reaction', 2.0),
('es', 'mi más sincero pésame', 'emotional_reaction', 2.0),
('es', 'nuestro más sentido pésame', 'emotional_reaction', 2.0),
('es', 'mis más sinceras condolencias', 'emotional_reaction', 2.0),
('es', 'te doy el pésame', 'emotional_reaction', 2.0),
('es', 'le doy el pésame', 'emotional_reaction', 2.0),
('es', 'mi pésame', 'emotional_reaction', 2.0),
('es', 'lamento mucho tu pérdida', 'emotional_reaction', 2.0),
('es', 'lamento mucho su pérdida', 'emotional_reaction', 2.0),
('es', 'siento muchísimo tu pérdida', 'emotional_reaction', 2.0),
('es', 'sentimos mucho su pérdida', 'emotional_reaction', 2.0),
('es', 'lamentamos profundamente su pérdida', 'emotional_reaction', 2.0),
('es', 'siento mucho la pérdida de', 'emotional_reaction', 2.0),
('es', 'con todo mi cariño', 'emotional_reaction', 2.0),
('es', 'un abrazo enorme', 'emotional_reaction', 2.0),
('es', 'un abrazo muy fuerte', 'emotional_reaction', 2.0),
('es', 'nuestras condolencias', 'emotional_reaction', 1.5),
('es', 'que en paz descanse', 'emotional_reaction', 1.5),
('es', 'que te mejores pronto', 'emotional_reaction', 1.5),
('es', 'que se mejore pronto', 'emotional_reaction', 1.5),
('es', 'que te recuperes pronto', 'emotional_reaction', 1.5),
('es', 'que se recupere pronto', 'emotional_reaction', 1.5),
('es', 'ojalá te mejores pronto', 'emotional_reaction', 1.5),
('es', 'mejórate pronto', 'emotional_reaction', 1.5),
('es', 'te mando mucho ánimo', 'emotional_reaction', 1.5),
('es', 'le mando mucho ánimo', 'emotional_reaction', 1.5),
('es', 'te envío un abrazo', 'emotional_reaction', 1.5),
('es', 'un abrazo grande', 'emotional_reaction', 1.5),
('es', 'de todo corazón', 'emotional_reaction', 1.5),
('es', 'con todo el cariño', 'emotional_reaction', 1.5),
('es', 'muchísimo ánimo', 'emotional_reaction', 1.5),
('es', 'me solidarizo con usted', 'emotional_reaction', 1.5),
('es', 'me solidarizo contigo', 'emotional_reaction', 1.5),
('es', 'muchos ánimos', 'emotional_reaction', 1.2),
('es', 'te abrazo', 'emotional_reaction', 1.2),
('es', 'con cariño', 'emotional_reaction', 0.5),
('es', 'me alegro muchísimo', 'emotional_reaction', 2.0),
('es', 'me alegra muchísimo', 'emotional_reaction', 2.0),
('es', 'cuánto me alegro', 'emotional_reaction', 2.0),
('es', 'cuánto me alegra', 'emotional_reaction', 2.0),
('es', 'me alegro tanto', 'emotional_reaction', 2.0),
('es', 'qué bueno que estés bien', 'emotional_reaction', 2.0),
('es', 'qué bueno que esté bien', 'emotional_reaction', 2.0),
('es', 'me alegro de que estés bien', 'emotional_reaction', 2.0),
('es', 'me alegro de que esté bien', 'emotional_reaction', 2.0),
('es', 'me alegra que estés bien', 'emotional_reaction', 2.0),
('es', 'me alegra que esté bien', 'emotional_reaction', 2.0),
('es', 'muchísimas felicidades', 'emotional_reaction', 2.0),
('es', 'me alegra mucho saber', 'emotional_reaction', 1.5),
('es', 'me alegra leer eso', 'emotional_reaction', 1.5),
('es', 'me alegra escuchar eso', 'emotional_reaction', 1.5),
('es', 'me alegra saberlo', 'emotional_reaction', 1.5),
('es', 'me alegro de que estés mejor', 'emotional_reaction', 1.5),
('es', 'me alegro de que esté mejor', 'emotional_reaction', 1.5),
('es', 'me alegra que estés mejor', 'emotional_reaction', 1.5),
('es', 'me da mucha alegría', 'emotional_reaction', 1.5),
('es', 'qué alegría me da', 'emotional_reaction', 1.5),
('es', 'qué alegría saber', 'emotional_reaction', 1.5),
('es', 'qué bueno escuchar eso', 'emotional_reaction', 1.5),
('es', 'qué bueno leer eso', 'emotional_reaction', 1.5),
('es', 'me pone muy contento', 'emotional_reaction', 1.5),
('es', 'me pone muy contenta', 'emotional_reaction', 1.5),
('es', 'me hace muy feliz', 'emotional_reaction', 1.5),
('es', 'qué felicidad', 'emotional_reaction', 1.5),
('es', 'nos alegra mucho', 'emotional_reaction', 1.5),
('es', 'nos alegramos mucho', 'emotional_reaction', 1.5),
('es', 'nos da mucha alegría', 'emotional_reaction', 1.5),
('es', 'qué gusto saber', 'emotional_reaction', 1.5),
('es', 'qué bueno que se haya solucionado', 'emotional_reaction', 1.5),
('es', 'me alegro de que se haya solucionado', 'emotional_reaction', 1.5),
('es', 'mi enhorabuena', 'emotional_reaction', 1.5),
('es', 'mis felicitaciones', 'emotional_reaction', 1.5),
('es', 'mil felicidades', 'emotional_reaction', 1.5),
('es', 'menos mal que estás bien', 'emotional_reaction', 1.5),
('es', 'me da alegría', 'emotional_reaction', 1.2),
('es', 'me pone feliz', 'emotional_reaction', 1.2),
('es', 'me hace feliz', 'emotional_reaction', 1.2),
('es', 'qué bueno saberlo', 'emotional_reaction', 1.2),
('es', 'qué buenísimo', 'emotional_reaction', 1.2),
('es', 'qué notición', 'emotional_reaction', 1.2),
('es', 'qué chévere que', 'emotional_reaction', 1.2),
('es', 'qué lindo que', 'emotional_reaction', 1.2),
('es', 'qué lindo gesto', 'emotional_reaction', 1.2),
('es', 'me encanta saber', 'emotional_reaction', 1.2),
('es', 'te felicitamos', 'emotional_reaction', 1.2),
('es', 'le felicitamos', 'emotional_reaction', 1.2),
('es', 'lo felicito', 'emotional_reaction', 1.2),
('es', 'los felicito', 'emotional_reaction', 1.2),
('es', 'qué bueno que', 'emotional_reaction', 1.0),
('es', 'qué bien que', 'emotional_reaction', 1.0),
('es', 'me alegra que', 'emotional_reaction', 1.0),
('es', 'nos alegra', 'emotional_reaction', 1.0),
('es', 'nos alegramos', 'emotional_reaction', 1.0),
('es', 'menos mal', 'emotional_reaction', 1.0),
('es', 'qué gusto', 'emotional_reaction', 1.0),
('es', 'qué buena onda', 'emotional_reaction', 1.0),
('es', 'qué bacán', 'emotional_reaction', 1.0),
('es', 'qué bacano', 'emotional_reaction', 1.0),
('es', 'qué chido', 'emotional_reaction', 1.0),
('es', 'qué copado', 'emotional_reaction', 1.0),
('es', 'qué pasada', 'emotional_reaction', 1.0),
('es', 'gracias a dios', 'emotional_reaction', 0.8),
('es', 'me encanta que', 'emotional_reaction', 0.8),
('es', 'me duele', 'emotional_reaction', 0.8),
('es', 'me da rabia', 'emotional_reaction', 0.8),
('es', 'me da bronca', 'emotional_reaction', 0.8),
('es', 'me indigna', 'emotional_reaction', 0.8),
('es', 'me preocupa mucho', 'emotional_reaction', 0.8),
('es', 'qué desastre', 'emotional_reaction', 0.8),
('es', 'me da gusto', 'emotional_reaction', 1.0),
('es', 'qué frustración', 'emotional_reaction', 1.0),
('es', 'qué indignación', 'emotional_reaction', 1.0),
-- interpretation: understanding of the person's feelings or situation, paraphrase, shared experience (EPITOME interpretations)
('es', 'si entiendo bien', 'interpretation', 1.0),
('es', 'si entendí bien', 'interpretation', 1.0),
('es', 'si te entendí bien', 'interpretation', 1.0),
('es', 'si le entendí bien', 'interpretation', 1.0),
('es', 'si lo entendí bien', 'interpretation', 1.0),
('es', 'si la entendí bien', 'interpretation', 1.0),
('es', 'si no entendí mal', 'interpretation', 1.0),
('es', 'si no te entendí mal', 'interpretation', 1.0),
('es', 'si no le entendí mal', 'interpretation', 1.0),
('es', 'si te he entendido bien', 'interpretation', 1.0),
('es', 'si le he entendido bien', 'interpretation', 1.0),
('es', 'si lo he entendido bien', 'interpretation', 1.0),
('es', 'si comprendo bien', 'interpretation', 1.0),
('es', 'si he comprendido bien', 'interpretation', 1.0),
('es', 'a ver si lo entendí', 'interpretation', 1.0),
('es', 'a ver si te entendí', 'interpretation', 1.0),
('es', 'a ver si entendí bien', 'interpretation', 1.0),
('es', 'corrígeme si me equivoco', 'interpretation', 1.0),
('es', 'corríjame si me equivoco', 'interpretation', 1.0),
('es', 'corregime si me equivoco', 'interpretation', 1.0),
('es', 'lo que entiendo es que', 'interpretation', 1.0),
('es', 'por lo que entiendo', 'interpretation', 1.0),
('es', 'según entiendo', 'interpretation', 1.0),
('es', 'déjame ver si lo entendí', 'interpretation', 1.2),
('es', 'déjame ver si entendí bien', 'interpretation', 1.2),
('es', 'déjeme ver si entendí bien', 'interpretation', 1.2),
('es', 'o sea que', 'interpretation', 0.8),
('es', 'en otras palabras', 'interpretation', 0.8),
('es', 'dicho de otro modo', 'interpretation', 0.8),
('es', 'entendí que', 'interpretation', 0.8),
('es', 'he entendido que', 'interpretation', 0.8),
('es', 'si no me equivoco', 'interpretation', 0.5),
('es', 'ya veo', 'interpretation', 0.5),
('es', 'entonces lo que me dices es que', 'interpretation', 1.5),
('es', 'entonces lo que me decís es que', 'interpretation', 1.5),
('es', 'lo que me dices es que', 'interpretation', 1.2),
('es', 'lo que me decís es que', 'interpretation', 1.2),
('es', 'lo que nos dice es que', 'interpretation', 1.2),
('es', 'lo que me cuentas es que', 'interpretation', 1.2),
('es', 'lo que me contás es que', 'interpretation', 1.2),
('es', 'lo que nos cuenta es que', 'interpretation', 1.2),
('es', 'lo que nos comenta es que', 'interpretation', 1.2),
('es', 'lo que me acabas de contar', 'interpretation', 1.2),
('es', 'lo que me acaba de contar', 'interpretation', 1.2),
('es', 'por lo que me cuentas', 'interpretation', 1.0),
('es', 'por lo que me contás', 'interpretation', 1.0),
('es', 'por lo que nos cuenta', 'interpretation', 1.0),
('es', 'por lo que nos cuentas', 'interpretation', 1.0),
('es', 'por lo que nos contás', 'interpretation', 1.0),
('es', 'por lo que me comenta', 'interpretation', 1.0),
('es', 'por lo que me comentas', 'interpretation', 1.0),
('es', 'por lo que nos comenta', 'interpretation', 1.0),
('es', 'por lo que me decís', 'interpretation', 1.0),
('es', 'por lo que me dices', 'interpretation', 1.0),
('es', 'por lo que nos dice', 'interpretation', 1.0),
('es', 'por lo que me explica', 'interpretation', 1.0),
('es', 'por lo que me contaste', 'interpretation', 1.0),
('es', 'por lo que me contó', 'interpretation', 1.0),
('es', 'por lo que me dijiste', 'interpretation', 1.0),
('es', 'por lo que describe', 'interpretation', 1.0),
('es', 'según me cuentas', 'interpretation', 1.0),
('es', 'según me contás', 'interpretation', 1.0),
('es', 'según nos cuenta', 'interpretation', 1.0),
('es', 'según nos comenta', 'interpretation', 1.0),
('es', 'según me comentas', 'interpretation', 1.0),
('es', 'tal como me cuentas', 'interpretation', 1.0),
('es', 'por lo que leo', 'interpretation', 0.8),
('es', 'por lo que veo', 'interpretation', 0.5),
('es', 'entiendo que', 'interpretation', 0.8),
('es', 'comprendo que', 'interpretation', 0.8),
('es', 'puedo entender', 'interpretation', 0.8),
('es', 'se entiende que', 'interpretation', 0.8),
('es', 'me doy cuenta de que', 'interpretation', 0.8),
('es', 'puedo entender que', 'interpretation', 1.0),
('es', 'entiendo tu punto', 'interpretation', 1.0),
('es', 'entiendo su punto', 'interpretation', 1.0),
('es', 'entiendo lo que quiere decir', 'interpretation', 1.0),
('es', 'entiendo lo que quieres decir', 'interpretation', 1.0),
('es', 'entiendo lo que querés decir', 'interpretation', 1.0),
('es', 'entiendo lo que me contás', 'interpretation', 1.0),
('es', 'entiendo lo que me cuentas', 'interpretation', 1.0),
('es', 'entiendo lo que nos comenta', 'interpretation', 1.0),
('es', 'sé lo que es', 'interpretation', 1.0),
('es', 'lo entiendo muy bien', 'interpretation', 1.0),
('es', 'entiendo tu punto de vista', 'interpretation', 1.2),
('es', 'entiendo su punto de vista', 'interpretation', 1.2),
('es', 'entiendo su situación', 'interpretation', 1.2),
('es', 'entiendo tu situación', 'interpretation', 1.2),
('es', 'comprendo su situación', 'interpretation', 1.2),
('es', 'comprendo tu situación', 'interpretation', 1.2),
('es', 'entiendo perfectamente lo que', 'interpretation', 1.2),
('es', 'entiendo que para ti', 'interpretation', 1.2),
('es', 'entiendo que para usted', 'interpretation', 1.2),
('es', 'entiendo que ha sido', 'interpretation', 1.2),
('es', 'le entiendo perfectamente', 'interpretation', 1.2),
('es', 'la entiendo perfectamente', 'interpretation', 1.2),
('es', 'te entiendo totalmente', 'interpretation', 1.2),
('es', 'te comprendo perfectamente', 'interpretation', 1.2),
('es', 'te re entiendo', 'interpretation', 1.2),
('es', 'los entiendo perfectamente', 'interpretation', 1.2),
('es', 'puedo imaginar lo', 'interpretation', 1.2),
('es', 'me doy cuenta de lo', 'interpretation', 1.2),
('es', 'entiendo tu enojo', 'interpretation', 1.5),
('es', 'entiendo su enojo', 'interpretation', 1.5),
('es', 'entiendo tu enfado', 'interpretation', 1.5),
('es', 'entiendo su enfado', 'interpretation', 1.5),
('es', 'entiendo tu angustia', 'interpretation', 1.5),
('es', 'entiendo su angustia', 'interpretation', 1.5),
('es', 'entiendo tu decepción', 'interpretation', 1.5),
('es', 'entiendo su decepción', 'interpretation', 1.5),
('es', 'entiendo tu malestar', 'interpretation', 1.5),
('es', 'entiendo su malestar', 'interpretation', 1.5),
('es', 'entiendo tu impotencia', 'interpretation', 1.5),
('es', 'entiendo su impotencia', 'interpretation', 1.5),
('es', 'entiendo tu bronca', 'interpretation', 1.5),
('es', 'entiendo su bronca', 'interpretation', 1.5),
('es', 'comprendo tu preocupación', 'interpretation', 1.5),
('es', 'comprendo su angustia', 'interpretation', 1.5),
('es', 'comprendo su decepción', 'interpretation', 1.5),
('es', 'comprendo su molestia', 'interpretation', 1.5),
('es', 'entiendo que estés', 'interpretation', 1.5),
('es', 'entiendo que esté', 'interpretation', 1.5),
('es', 'entiendo que estén', 'interpretation', 1.5),
('es', 'entiendo que te sientas', 'interpretation', 1.5),
('es', 'entiendo que se sienta', 'interpretation', 1.5),
('es', 'entiendo que se sientan', 'interpretation', 1.5),
('es', 'comprendo que estés', 'interpretation', 1.5),
('es', 'comprendo que se sienta', 'interpretation', 1.5),
('es', 'entiendo que te preocupe', 'interpretation', 1.5),
('es', 'entiendo que le preocupe', 'interpretation', 1.5),
('es', 'comprendo que le preocupe', 'interpretation', 1.5),
('es', 'entiendo que te moleste', 'interpretation', 1.5),
('es', 'entiendo que le moleste', 'interpretation', 1.5),
('es', 'entiendo que no es fácil', 'interpretation', 1.5),
('es', 'entiendo que no ha sido fácil', 'interpretation', 1.5),
('es', 'entiendo lo que sientes', 'interpretation', 1.5),
('es', 'entiendo lo que siente', 'interpretation', 1.5),
('es', 'entiendo lo que sentís', 'interpretation', 1.5),
('es', 'comprendo lo que sientes', 'interpretation', 1.5),
('es', 'comprendo lo que siente', 'interpretation', 1.5),
('es', 'entiendo cómo te sentís', 'interpretation', 1.5),
('es', 'sé cómo te sentís', 'interpretation', 1.5),
('es', 'sé lo que sentís', 'interpretation', 1.5),
('es', 'sé lo que sientes', 'interpretation', 1.5),
('es', 'sé lo que siente', 'interpretation', 1.5),
('es', 'sé lo que es eso', 'interpretation', 1.5),
('es', 'sé lo difícil que es', 'interpretation', 1.5),
('es', 'sé lo frustrante que es', 'interpretation', 1.5),
('es', 'sé lo duro que es', 'interpretation', 1.5),
('es', 'entiendo lo que estás viviendo', 'interpretation', 1.5),
('es', 'entiendo lo que está viviendo', 'interpretation', 1.5),
('es', 'sé que es difícil', 'interpretation', 1.5),
('es', 'sé que es frustrante', 'interpretation', 1.5),
('es', 'sé que te preocupa', 'interpretation', 1.5),
('es', 'sé que le preocupa', 'interpretation', 1.5),
('es', 'sé que te sientes', 'interpretation', 1.5),
('es', 'puedo imaginar cómo', 'interpretation', 1.5),
('es', 'puedo entender cómo', 'interpretation', 1.5),
('es', 'me hago una idea de lo', 'interpretation', 1.5),
('es', 'sé que ha sido', 'interpretation', 1.2),
('es', 'sé que está siendo', 'interpretation', 1.2),
('es', 'sé que estás', 'interpretation', 1.2),
('es', 'entiendo por lo que estás pasando', 'interpretation', 2.0),
('es', 'entiendo por lo que está pasando', 'interpretation', 2.0),
('es', 'entiendo por lo que están pasando', 'interpretation', 2.0),
('es', 'comprendo por lo que estás pasando', 'interpretation', 2.0),
('es', 'comprendo por lo que está pasando', 'interpretation', 2.0),
('es', 'sé por lo que estás pasando', 'interpretation', 2.0),
('es', 'sé por lo que está pasando', 'interpretation', 2.0),
('es', 'sé muy bien lo que se siente', 'interpretation', 2.0),
('es', 'sé bien lo que se siente', 'interpretation', 2.0),
('es', 'sé bien cómo te sientes', 'interpretation', 2.0),
('es', 'sé bien cómo se siente', 'interpretation', 2.0),
('es', 'me pongo en tu piel', 'interpretation', 2.0),
('es', 'me pongo en su piel', 'interpretation', 2.0),
('es', 'me pongo en tus zapatos', 'interpretation', 2.0),
('es', 'me pongo en sus zapatos', 'interpretation', 2.0),
('es', 'me imagino', 'interpretation', 1.0),
('es', 'me lo imagino', 'interpretation', 1.0),
('es', 'ya me imagino', 'interpretation', 1.0),
('es', 'puedo imaginar', 'interpretation', 1.0),
('es', 'me hago una idea', 'interpretation', 1.0),
('es', 'me imagino que', 'interpretation', 0.5),
('es', 'me imagino lo', 'interpretation', 1.2),
('es', 'ni me imagino', 'interpretation', 1.2),
('es', 'me imagino que estás', 'interpretation', 1.2),
('es', 'me imagino que ha sido', 'interpretation', 1.2),
('es', 'me imagino cómo está', 'interpretation', 1.2),
('es', 'no me imagino lo', 'interpretation', 1.5),
('es', 'no quiero ni imaginar', 'interpretation', 1.5),
('es', 'me imagino que te sientes', 'interpretation', 1.5),
('es', 'me imagino que se siente', 'interpretation', 1.5),
('es', 'me imagino que te sentís', 'interpretation', 1.5),
('es', 'me imagino que estarás', 'interpretation', 1.5),
('es', 'me imagino cómo estás', 'interpretation', 1.5),
('es', 'me imagino cómo te sentís', 'interpretation', 1.5),
('es', 'me imagino cómo te habrás sentido', 'interpretation', 1.5),
('es', 'me imagino lo preocupado que', 'interpretation', 1.5),
('es', 'me imagino lo preocupada que', 'interpretation', 1.5),
('es', 'me imagino lo angustiante que', 'interpretation', 1.5),
('es', 'me imagino lo estresante que', 'interpretation', 1.5),
('es', 'me imagino lo agobiante que', 'interpretation', 1.5),
('es', 'me imagino lo doloroso que', 'interpretation', 1.5),
('es', 'me imagino el susto', 'interpretation', 1.5),
('es', 'me imagino la frustración', 'interpretation', 1.5),
('es', 'me imagino la preocupación', 'interpretation', 1.5),
('es', 'me imagino la angustia', 'interpretation', 1.5),
('es', 'me imagino el disgusto', 'interpretation', 1.5),
('es', 'me imagino el mal rato', 'interpretation', 1.5),
('es', 'me imagino la bronca', 'interpretation', 1.5),
('es', 'debe ser muy', 'interpretation', 1.0),
('es', 'debe de ser muy', 'interpretation', 1.0),
('es', 'tiene que ser muy', 'interpretation', 1.0),
('es', 'ha de ser muy', 'interpretation', 1.2),
('es', 'tiene que haber sido muy', 'interpretation', 1.2),
('es', 'debe estar siendo muy', 'interpretation', 1.2),
('es', 'debe haber sido muy', 'interpretation', 1.2),
('es', 'tiene que haber sido duro', 'interpretation', 1.5),
('es', 'tiene que haber sido difícil', 'interpretation', 1.5),
('es', 'ha de haber sido duro', 'interpretation', 1.5),
('es', 'ha de haber sido difícil', 'interpretation', 1.5),
('es', 'ha de ser duro', 'interpretation', 1.5),
('es', 'ha de ser difícil', 'interpretation', 1.5),
('es', 'ha de ser frustrante', 'interpretation', 1.5),
('es', 'ha de ser horrible', 'interpretation', 1.5),
('es', 'ha de ser terrible', 'interpretation', 1.5),
('es', 'ha de ser triste', 'interpretation', 1.5),
('es', 'ha de ser complicado', 'interpretation', 1.5),
('es', 'debe ser agobiante', 'interpretation', 1.5),
('es', 'tiene que ser agobiante', 'interpretation', 1.5),
('es', 'debe ser desesperante', 'interpretation', 1.5),
('es', 'tiene que ser desesperante', 'interpretation', 1.5),
('es', 'debe ser preocupante', 'interpretation', 1.5),
('es', 'tiene que ser preocupante', 'interpretation', 1.5),
('es', 'debe ser desgastante', 'interpretation', 1.5),
('es', 'tiene que ser desgastante', 'interpretation', 1.5),
('es', 'debe ser aterrador', 'interpretation', 1.5),
('es', 'tiene que ser aterrador', 'interpretation', 1.5),
('es', 'debe ser pesado', 'interpretation', 1.5),
('es', 'tiene que ser pesado', 'interpretation', 1.5),
('es', 'no debe ser fácil', 'interpretation', 1.5),
('es', 'no debe de ser fácil', 'interpretation', 1.5),
('es', 'no ha de ser fácil', 'interpretation', 1.5),
('es', 'no debió ser fácil', 'interpretation', 1.5),
('es', 'no debe estar siendo fácil', 'interpretation', 1.5),
('es', 'no es fácil lo que', 'interpretation', 1.5),
('es', 'no ha sido fácil', 'interpretation', 1.0),
('es', 'no está siendo fácil', 'interpretation', 1.0),
('es', 'usted debe de estar', 'interpretation', 1.0),
('es', 'debes de estar', 'interpretation', 1.0),
('es', 'debe sentirse', 'interpretation', 1.2),
('es', 'debes sentirte', 'interpretation', 1.2),
('es', 'se debe sentir', 'interpretation', 1.2),
('es', 'te debes sentir', 'interpretation', 1.2),
('es', 'te sentirás muy', 'interpretation', 1.2),
('es', 'estarás muy', 'interpretation', 1.2),
('es', 'usted debe estar harto', 'interpretation', 1.5),
('es', 'usted debe estar harta', 'interpretation', 1.5),
('es', 'debes estar harto', 'interpretation', 1.5),
('es', 'debes estar harta', 'interpretation', 1.5),
('es', 'usted debe estar preocupado', 'interpretation', 1.5),
('es', 'usted debe estar preocupada', 'interpretation', 1.5),
('es', 'usted debe estar frustrado', 'interpretation', 1.5),
('es', 'usted debe estar frustrada', 'interpretation', 1.5),
('es', 'qué mal lo habrás pasado', 'interpretation', 2.0),
('es', 'qué mal lo habrá pasado', 'interpretation', 2.0),
('es', 'qué susto te habrás llevado', 'interpretation', 2.0),
('es', 'qué susto se habrá llevado', 'interpretation', 2.0),
('es', 'qué mal rato habrás pasado', 'interpretation', 2.0),
('es', 'qué mal rato habrá pasado', 'interpretation', 2.0),
('es', 'lo habrás pasado fatal', 'interpretation', 1.5),
('es', 'lo habrá pasado fatal', 'interpretation', 1.5),
('es', 'lo habrás pasado mal', 'interpretation', 1.5),
('es', 'lo habrá pasado mal', 'interpretation', 1.5),
('es', 'la habrás pasado mal', 'interpretation', 1.5),
('es', 'lo estás pasando mal', 'interpretation', 1.5),
('es', 'lo está pasando mal', 'interpretation', 1.5),
('es', 'lo estás pasando fatal', 'interpretation', 1.5),
('es', 'lo está pasando fatal', 'interpretation', 1.5),
('es', 'la estás pasando mal', 'interpretation', 1.5),
('es', 'qué susto te llevaste', 'interpretation', 1.5),
('es', 'qué mal rato pasaste', 'interpretation', 1.5),
('es', 'debiste pasarlo mal', 'interpretation', 1.5),
('es', 'debió pasarlo mal', 'interpretation', 1.5),
('es', 'se nota que estás', 'interpretation', 1.2),
('es', 'veo que esto le ha', 'interpretation', 1.2),
('es', 'se nota que', 'interpretation', 0.8),
('es', 'suena a que', 'interpretation', 0.8),
('es', 'es normal que se sienta', 'interpretation', 1.5),
('es', 'es normal que te sientas', 'interpretation', 1.5),
('es', 'es normal que se sientan', 'interpretation', 1.5),
('es', 'es lógico que se sienta', 'interpretation', 1.5),
('es', 'es lógico que te sientas', 'interpretation', 1.5),
('es', 'es comprensible que se sienta', 'interpretation', 1.5),
('es', 'es natural que se sienta', 'interpretation', 1.5),
('es', 'es válido sentirse', 'interpretation', 1.5),
('es', 'es válido que te sientas', 'interpretation', 1.5),
('es', 'está bien sentirse así', 'interpretation', 1.5),
('es', 'está bien que te sientas así', 'interpretation', 1.5),
('es', 'tiene sentido que te sientas así', 'interpretation', 1.5),
('es', 'con razón te sientes así', 'interpretation', 1.5),
('es', 'con razón se siente así', 'interpretation', 1.5),
('es', 'es normal que te preocupe', 'interpretation', 1.5),
('es', 'es normal que le preocupe', 'interpretation', 1.5),
('es', 'es lógico que le preocupe', 'interpretation', 1.5),
('es', 'es lógico que te preocupe', 'interpretation', 1.5),
('es', 'es normal que te moleste', 'interpretation', 1.5),
('es', 'es normal que le moleste', 'interpretation', 1.5),
('es', 'cualquiera se sentiría', 'interpretation', 1.5),
('es', 'cualquiera en tu lugar', 'interpretation', 1.5),
('es', 'cualquiera en su lugar', 'interpretation', 1.5),
('es', 'cualquiera en tu situación', 'interpretation', 1.5),
('es', 'a cualquiera le molestaría', 'interpretation', 1.5),
('es', 'a cualquiera le preocuparía', 'interpretation', 1.5),
('es', 'tenés todo el derecho', 'interpretation', 1.5),
('es', 'tenés derecho a estar', 'interpretation', 1.5),
('es', 'tus sentimientos son válidos', 'interpretation', 2.0),
('es', 'sus sentimientos son válidos', 'interpretation', 2.0),
('es', 'lo que sientes es válido', 'interpretation', 2.0),
('es', 'lo que sentís es válido', 'interpretation', 2.0),
('es', 'lo que siente es válido', 'interpretation', 2.0),
('es', 'tienes derecho a sentirte así', 'interpretation', 2.0),
('es', 'tiene derecho a sentirse así', 'interpretation', 2.0),
('es', 'tenés derecho a sentirte así', 'interpretation', 2.0),
('es', 'es lógico que esté', 'interpretation', 1.2),
('es', 'es normal que esté', 'interpretation', 1.2),
('es', 'es comprensible que estés', 'interpretation', 1.2),
('es', 'es natural sentirse', 'interpretation', 1.2),
('es', 'es muy entendible', 'interpretation', 1.2),
('es', 'cualquiera estaría', 'interpretation', 1.2),
('es', 'es lógico que', 'interpretation', 1.0),
('es', 'es comprensible que', 'interpretation', 1.0),
('es', 'es natural que', 'interpretation', 1.0),
('es', 'es entendible que', 'interpretation', 1.0),
('es', 'es totalmente válido', 'interpretation', 1.0),
('es', 'es entendible', 'interpretation', 0.8),
('es', 'tiene sentido que', 'interpretation', 0.8),
('es', 'en tu lugar yo también', 'interpretation', 1.5),
('es', 'yo en tu lugar también', 'interpretation', 1.5),
('es', 'yo en tu lugar estaría', 'interpretation', 1.5),
('es', 'yo en tu lugar me sentiría', 'interpretation', 1.5),
('es', 'a mí también me daría', 'interpretation', 1.5),
('es', 'a mí también me molestaría', 'interpretation', 1.5),
('es', 'a mí también me preocuparía', 'interpretation', 1.5),
('es', 'yo también me sentiría', 'interpretation', 1.5),
('es', 'yo también me enojaría', 'interpretation', 1.5),
('es', 'yo también me enfadaría', 'interpretation', 1.5),
('es', 'yo también me preocuparía', 'interpretation', 1.5),
('es', 'a mí me pasaría lo mismo', 'interpretation', 1.5),
('es', 'si yo estuviera en tu lugar', 'interpretation', 1.2),
('es', 'yo también me sentí así', 'interpretation', 2.0),
('es', 'yo también me he sentido así', 'interpretation', 2.0),
('es', 'yo también pasé por eso', 'interpretation', 2.0),
('es', 'yo también he pasado por eso', 'interpretation', 2.0),
('es', 'yo también pasé por lo mismo', 'interpretation', 2.0),
('es', 'yo también lo viví', 'interpretation', 2.0),
('es', 'me pasó algo parecido', 'interpretation', 1.5),
('es', 'me pasó algo similar', 'interpretation', 1.5),
('es', 'me ha pasado algo parecido', 'interpretation', 1.5),
('es', 'yo pasé por lo mismo', 'interpretation', 1.5),
('es', 'pasé por lo mismo', 'interpretation', 1.5),
('es', 'pasé por algo parecido', 'interpretation', 1.5),
('es', 'he pasado por lo mismo', 'interpretation', 1.5),
('es', 'yo también pasé por', 'interpretation', 1.5),
('es', 'yo también he pasado por', 'interpretation', 1.5),
('es', 'sé por experiencia', 'interpretation', 1.5),
('es', 'lo viví en carne propia', 'interpretation', 1.5),
('es', 'cuando me pasó a mí', 'interpretation', 1.5),
('es', 'cuando a mí me pasó', 'interpretation', 1.5),
('es', 'a mí también me costó', 'interpretation', 1.5),
('es', 'me sentí igual', 'interpretation', 1.5),
('es', 'me he sentido igual', 'interpretation', 1.5),
('es', 'no eres el único', 'interpretation', 1.5),
('es', 'no eres la única', 'interpretation', 1.5),
('es', 'no sos el único', 'interpretation', 1.5),
('es', 'no sos la única', 'interpretation', 1.5),
('es', 'usted no es el único', 'interpretation', 1.5),
('es', 'usted no es la única', 'interpretation', 1.5),
('es', 'me pasó lo mismo', 'interpretation', 1.2),
('es', 'me ha pasado lo mismo', 'interpretation', 1.2),
('es', 'a mí me pasó', 'interpretation', 1.2),
('es', 'a mí me ha pasado', 'interpretation', 1.2),
('es', 'a mí me pasa lo mismo', 'interpretation', 1.2),
('es', 'lo digo por experiencia', 'interpretation', 1.2),
('es', 'hablo por experiencia', 'interpretation', 1.2),
('es', 'por experiencia propia', 'interpretation', 1.2),
('es', 'le pasa a mucha gente', 'interpretation', 1.2),
('es', 'nos ha pasado a todos', 'interpretation', 1.2),
('es', 'a todos nos ha pasado', 'interpretation', 1.2),
('es', 'a todos nos pasa', 'interpretation', 1.2),
('es', 'le pasa a cualquiera', 'interpretation', 1.2),
('es', 'me pasa lo mismo', 'interpretation', 1.0),
('es', 'es más común de lo que', 'interpretation', 1.0),
('es', 'a mí también', 'interpretation', 0.8),
('es', 'me acuerdo cuando', 'interpretation', 0.8),
('es', 'me acuerdo de cuando', 'interpretation', 0.8),
('es', 'yo también', 'interpretation', 0.5),
('es', 'debes estar', 'interpretation', 0.5),
('es', 'usted debe estar', 'interpretation', 0.5),
('es', 'ha de ser', 'interpretation', 0.5),
('es', 'veo que estás', 'interpretation', 0.5),
('es', 'debes estar muy', 'interpretation', 1.0),
('es', 'usted debe estar muy', 'interpretation', 1.0),
('es', 'si lo resumo', 'interpretation', 1.0),
('es', 'noto que estás', 'interpretation', 1.0),
('es', 'ha de haber sido', 'interpretation', 0.8),
('es', 'tiene que estar siendo', 'interpretation', 0.8),
('es', 'se nota que está', 'interpretation', 0.8),
-- feeling: emotion and state words, all inflections
('es', 'angustiado', 'feeling', 1.5),
('es', 'angustiada', 'feeling', 1.5),
('es', 'angustiados', 'feeling', 1.5),
('es', 'angustiadas', 'feeling', 1.5),
('es', 'desesperado', 'feeling', 1.5),
('es', 'desesperada', 'feeling', 1.5),
('es', 'desesperados', 'feeling', 1.5),
('es', 'desesperadas', 'feeling', 1.5),
('es', 'indignado', 'feeling', 1.5),
('es', 'indignada', 'feeling', 1.5),
('es', 'indignados', 'feeling', 1.5),
('es', 'indignadas', 'feeling', 1.5),
('es', 'furioso', 'feeling', 1.5),
('es', 'furiosa', 'feeling', 1.5),
('es', 'furiosos', 'feeling', 1.5),
('es', 'furiosas', 'feeling', 1.5),
('es', 'aterrado', 'feeling', 1.5),
('es', 'aterrada', 'feeling', 1.5),
('es', 'aterrados', 'feeling', 1.5),
('es', 'aterradas', 'feeling', 1.5),
('es', 'humillado', 'feeling', 1.5),
('es', 'humillada', 'feeling', 1.5),
('es', 'humillados', 'feeling', 1.5),
('es', 'humilladas', 'feeling', 1.5),
('es', 'frustrado', 'feeling', 1.0),
('es', 'frustrada', 'feeling', 1.0),
('es', 'frustrados', 'feeling', 1.0),
('es', 'frustradas', 'feeling', 1.0),
('es', 'enojado', 'feeling', 1.0),
('es', 'enojada', 'feeling', 1.0),
('es', 'enojados', 'feeling', 1.0),
('es', 'enojadas', 'feeling', 1.0),
('es', 'enfadado', 'feeling', 1.0),
('es', 'enfadada', 'feeling', 1.0),
('es', 'enfadados', 'feeling', 1.0),
('es', 'enfadadas', 'feeling', 1.0),
('es', 'preocupado', 'feeling', 1.0),
('es', 'preocupada', 'feeling', 1.0),
('es', 'preocupados', 'feeling', 1.0),
('es', 'preocupadas', 'feeling', 1.0),
('es', 'ansioso', 'feeling', 1.0),
('es', 'ansiosa', 'feeling', 1.0),
('es', 'ansiosos', 'feeling', 1.0),
('es', 'ansiosas', 'feeling', 1.0),
('es', 'decepcionado', 'feeling', 1.0),
('es', 'decepcionada', 'feeling', 1.0),
('es', 'decepcionados', 'feeling', 1.0),
('es', 'decepcionadas', 'feeling', 1.0),
('es', 'agobiado', 'feeling', 1.0),
('es', 'agobiada', 'feeling', 1.0),
('es', 'agobiados', 'feeling', 1.0),
('es', 'agobiadas', 'feeling', 1.0),
('es', 'estresado', 'feeling', 1.0),
('es', 'estresada', 'feeling', 1.0),
('es', 'estresados', 'feeling', 1.0),
('es', 'estresadas', 'feeling', 1.0),
('es', 'asustado', 'feeling', 1.0),
('es', 'asustada', 'feeling', 1.0),
('es', 'asustados', 'feeling', 1.0),
('es', 'asustadas', 'feeling', 1.0),
('es', 'nervioso', 'feeling', 1.0),
('es', 'nerviosa', 'feeling', 1.0),
('es', 'nerviosos', 'feeling', 1.0),
('es', 'nerviosas', 'feeling', 1.0),
('es', 'dolido', 'feeling', 1.0),
('es', 'dolida', 'feeling', 1.0),
('es', 'dolidos', 'feeling', 1.0),
('es', 'dolidas', 'feeling', 1.0),
('es', 'desilusionado', 'feeling', 1.0),
('es', 'desilusionada', 'feeling', 1.0),
('es', 'desilusionados', 'feeling', 1.0),
('es', 'desilusionadas', 'feeling', 1.0),
('es', 'abrumado', 'feeling', 1.0),
('es', 'abrumada', 'feeling', 1.0),
('es', 'abrumados', 'feeling', 1.0),
('es', 'abrumadas', 'feeling', 1.0),
('es', 'deprimido', 'feeling', 1.0),
('es', 'deprimida', 'feeling', 1.0),
('es', 'deprimidos', 'feeling', 1.0),
('es', 'deprimidas', 'feeling', 1.0),
('es', 'desanimado', 'feeling', 1.0),
('es', 'desanimada', 'feeling', 1.0),
('es', 'desanimados', 'feeling', 1.0),
('es', 'desanimadas', 'feeling', 1.0),
('es', 'defraudado', 'feeling', 1.0),
('es', 'defraudada', 'feeling', 1.0),
('es', 'defraudados', 'feeling', 1.0),
('es', 'defraudadas', 'feeling', 1.0),
('es', 'disgustado', 'feeling', 1.0),
('es', 'disgustada', 'feeling', 1.0),
('es', 'disgustados', 'feeling', 1.0),
('es', 'disgustadas', 'feeling', 1.0),
('es', 'ofendido', 'feeling', 1.0),
('es', 'ofendida', 'feeling', 1.0),
('es', 'ofendidos', 'feeling', 1.0),
('es', 'ofendidas', 'feeling', 1.0),
('es', 'cabreado', 'feeling', 1.0),
('es', 'cabreada', 'feeling', 1.0),
('es', 'cabreados', 'feeling', 1.0),
('es', 'cabreadas', 'feeling', 1.0),
('es', 'insatisfecho', 'feeling', 1.0),
('es', 'insatisfecha', 'feeling', 1.0),
('es', 'insatisfechos', 'feeling', 1.0),
('es', 'insatisfechas', 'feeling', 1.0),
('es', 'descontento', 'feeling', 1.0),
('es', 'descontenta', 'feeling', 1.0),
('es', 'descontentos', 'feeling', 1.0),
('es', 'descontentas', 'feeling', 1.0),
('es', 'inquieto', 'feeling', 1.0),
('es', 'inquieta', 'feeling', 1.0),
('es', 'inquietos', 'feeling', 1.0),
('es', 'inquietas', 'feeling', 1.0),
('es', 'irritado', 'feeling', 1.0),
('es', 'irritada', 'feeling', 1.0),
('es', 'irritados', 'feeling', 1.0),
('es', 'irritadas', 'feeling', 1.0),
('es', 'apenado', 'feeling', 1.0),
('es', 'apenada', 'feeling', 1.0),
('es', 'apenados', 'feeling', 1.0),
('es', 'apenadas', 'feeling', 1.0),
('es', 'confundido', 'feeling', 1.0),
('es', 'confundida', 'feeling', 1.0),
('es', 'confundidos', 'feeling', 1.0),
('es', 'confundidas', 'feeling', 1.0),
('es', 'bajoneado', 'feeling', 1.0),
('es', 'bajoneada', 'feeling', 1.0),
('es', 'bajoneados', 'feeling', 1.0),
('es', 'bajoneadas', 'feeling', 1.0),
('es', 'molesto', 'feeling', 0.8),
('es', 'molesta', 'feeling', 0.8),
('es', 'molestos', 'feeling', 0.8),
('es', 'molestas', 'feeling', 0.8),
('es', 'cansado', 'feeling', 0.8),
('es', 'cansada', 'feeling', 0.8),
('es', 'cansados', 'feeling', 0.8),
('es', 'cansadas', 'feeling', 0.8),
('es', 'harto', 'feeling', 0.8),
('es', 'harta', 'feeling', 0.8),
('es', 'hartos', 'feeling', 0.5),
('es', 'hartas', 'feeling', 0.5),
('es', 'contento', 'feeling', 1.0),
('es', 'contenta', 'feeling', 1.0),
('es', 'contentos', 'feeling', 1.0),
('es', 'contentas', 'feeling', 1.0),
('es', 'aliviado', 'feeling', 1.0),
('es', 'aliviada', 'feeling', 1.0),
('es', 'aliviados', 'feeling', 1.0),
('es', 'aliviadas', 'feeling', 1.0),
('es', 'emocionado', 'feeling', 1.0),
('es', 'emocionada', 'feeling', 1.0),
('es', 'emocionados', 'feeling', 1.0),
('es', 'emocionadas', 'feeling', 1.0),
('es', 'agradecido', 'feeling', 1.0),
('es', 'agradecida', 'feeling', 1.0),
('es', 'agradecidos', 'feeling', 1.0),
('es', 'agradecidas', 'feeling', 1.0),
('es', 'orgulloso', 'feeling', 1.0),
('es', 'orgullosa', 'feeling', 1.0),
('es', 'orgullosos', 'feeling', 1.0),
('es', 'orgullosas', 'feeling', 1.0),
('es', 'satisfecho', 'feeling', 1.0),
('es', 'satisfecha', 'feeling', 1.0),
('es', 'satisfechos', 'feeling', 1.0),
('es', 'satisfechas', 'feeling', 1.0),
('es', 'ilusionado', 'feeling', 1.0),
('es', 'ilusionada', 'feeling', 1.0),
('es', 'ilusionados', 'feeling', 1.0),
('es', 'ilusionadas', 'feeling', 1.0),
('es', 'tranquilo', 'feeling', 0.5),
('es', 'tranquila', 'feeling', 0.5),
('es', 'tranquilos', 'feeling', 0.5),
('es', 'tranquilas', 'feeling', 0.5),
('es', 'triste', 'feeling', 1.0),
('es', 'tristes', 'feeling', 1.0),
('es', 'feliz', 'feeling', 1.0),
('es', 'felices', 'feeling', 1.0),
('es', 'impotente', 'feeling', 1.0),
('es', 'impotentes', 'feeling', 1.0),
('es', 'alegre', 'feeling', 1.0),
('es', 'alegres', 'feeling', 1.0),
('es', 'frustrante', 'feeling', 1.0),
('es', 'frustrantes', 'feeling', 1.0),
('es', 'preocupante', 'feeling', 1.0),
('es', 'preocupantes', 'feeling', 1.0),
('es', 'angustiante', 'feeling', 1.0),
('es', 'angustiantes', 'feeling', 1.0),
('es', 'agobiante', 'feeling', 1.0),
('es', 'agobiantes', 'feeling', 1.0),
('es', 'estresante', 'feeling', 1.0),
('es', 'estresantes', 'feeling', 1.0),
('es', 'desesperante', 'feeling', 1.0),
('es', 'desesperantes', 'feeling', 1.0),
('es', 'decepcionante', 'feeling', 1.0),
('es', 'decepcionantes', 'feeling', 1.0),
('es', 'indignante', 'feeling', 1.0),
('es', 'indignantes', 'feeling', 1.0),
('es', 'agotador', 'feeling', 1.0),
('es', 'agotadora', 'feeling', 1.0),
('es', 'agotadores', 'feeling', 1.0),
('es', 'agotadoras', 'feeling', 1.0),
('es', 'desesperación', 'feeling', 1.5),
('es', 'impotencia', 'feeling', 1.5),
('es', 'indignación', 'feeling', 1.5),
('es', 'angustia', 'feeling', 1.5),
('es', 'furia', 'feeling', 1.5),
('es', 'pánico', 'feeling', 1.5),
('es', 'frustración', 'feeling', 1.0),
('es', 'enojo', 'feeling', 1.0),
('es', 'enfado', 'feeling', 1.0),
('es', 'preocupación', 'feeling', 1.0),
('es', 'preocupaciones', 'feeling', 1.0),
('es', 'ansiedad', 'feeling', 1.0),
('es', 'decepción', 'feeling', 1.0),
('es', 'hartazgo', 'feeling', 1.0),
('es', 'tristeza', 'feeling', 1.0),
('es', 'nerviosismo', 'feeling', 1.0),
('es', 'agobio', 'feeling', 1.0),
('es', 'estrés', 'feeling', 1.0),
('es', 'miedo', 'feeling', 1.0),
('es', 'temor', 'feeling', 1.0),
('es', 'susto', 'feeling', 1.0),
('es', 'confusión', 'feeling', 1.0),
('es', 'rabia', 'feeling', 1.0),
('es', 'bronca', 'feeling', 1.0),
('es', 'disgusto', 'feeling', 1.0),
('es', 'malestar', 'feeling', 1.0),
('es', 'inquietud', 'feeling', 1.0),
('es', 'incertidumbre', 'feeling', 1.0),
('es', 'desilusión', 'feeling', 1.0),
('es', 'vergüenza', 'feeling', 1.0),
('es', 'desánimo', 'feeling', 1.0),
('es', 'cabreo', 'feeling', 1.0),
('es', 'irritación', 'feeling', 1.0),
('es', 'alegría', 'feeling', 1.0),
('es', 'felicidad', 'feeling', 1.0),
('es', 'alivio', 'feeling', 1.0),
('es', 'gratitud', 'feeling', 1.0),
('es', 'agradecimiento', 'feeling', 1.0),
('es', 'orgullo', 'feeling', 1.0),
('es', 'satisfacción', 'feeling', 1.0),
('es', 'tranquilidad', 'feeling', 1.0),
('es', 'nervios', 'feeling', 1.0),
('es', 'agotamiento', 'feeling', 1.0),
('es', 'cansancio', 'feeling', 0.8),
('es', 'dolor', 'feeling', 0.8),
('es', 'emoción', 'feeling', 0.8),
('es', 'ilusión', 'feeling', 0.8),
('es', 'sufrimiento', 'feeling', 0.8),
('es', 'agotado', 'feeling', 0.5),
('es', 'agotada', 'feeling', 0.5),
('es', 'agotados', 'feeling', 0.5),
('es', 'agotadas', 'feeling', 0.5),
('es', 'inseguro', 'feeling', 0.5),
('es', 'insegura', 'feeling', 0.5),
('es', 'inseguros', 'feeling', 0.5),
('es', 'inseguras', 'feeling', 0.5),
('es', 'molestia', 'feeling', 0.5),
-- procedural: data a support agent asks for (tells a data request from an exploring question)
('es', 'número de pedido', 'procedural', 1.5),
('es', 'número del pedido', 'procedural', 1.5),
('es', 'número de orden', 'procedural', 1.5),
('es', 'número de la orden', 'procedural', 1.5),
('es', 'número de compra', 'procedural', 1.5),
('es', 'número de seguimiento', 'procedural', 1.5),
('es', 'código de seguimiento', 'procedural', 1.5),
('es', 'número de rastreo', 'procedural', 1.5),
('es', 'código de rastreo', 'procedural', 1.5),
('es', 'número de guía', 'procedural', 1.5),
('es', 'número de envío', 'procedural', 1.5),
('es', 'número de referencia', 'procedural', 1.5),
('es', 'número de ticket', 'procedural', 1.5),
('es', 'número de incidencia', 'procedural', 1.5),
('es', 'número de caso', 'procedural', 1.5),
('es', 'número de reclamo', 'procedural', 1.5),
('es', 'número de reclamación', 'procedural', 1.5),
('es', 'número de solicitud', 'procedural', 1.5),
('es', 'número de expediente', 'procedural', 1.5),
('es', 'número de trámite', 'procedural', 1.5),
('es', 'número de factura', 'procedural', 1.5),
('es', 'número de boleta', 'procedural', 1.5),
('es', 'número de reserva', 'procedural', 1.5),
('es', 'código de reserva', 'procedural', 1.5),
('es', 'número de localizador', 'procedural', 1.5),
('es', 'número de cuenta', 'procedural', 1.5),
('es', 'número de cliente', 'procedural', 1.5),
('es', 'número de socio', 'procedural', 1.5),
('es', 'número de contrato', 'procedural', 1.5),
('es', 'número de póliza', 'procedural', 1.5),
('es', 'número de operación', 'procedural', 1.5),
('es', 'número de transacción', 'procedural', 1.5),
('es', 'id de transacción', 'procedural', 1.5),
('es', 'número de serie', 'procedural', 1.5),
('es', 'número de modelo', 'procedural', 1.5),
('es', 'número de tarjeta', 'procedural', 1.5),
('es', 'últimos cuatro dígitos', 'procedural', 1.5),
('es', 'últimos 4 dígitos', 'procedural', 1.5),
('es', 'captura de pantalla', 'procedural', 1.5),
('es', 'capturas de pantalla', 'procedural', 1.5),
('es', 'número de documento', 'procedural', 1.5),
('es', 'número de cédula', 'procedural', 1.5),
('es', 'número de pasaporte', 'procedural', 1.5),
('es', 'número de identificación', 'procedural', 1.5),
('es', 'nro de pedido', 'procedural', 1.5),
('es', 'código de cliente', 'procedural', 1.5),
('es', 'número de vuelo', 'procedural', 1.5),
('es', 'número de billete', 'procedural', 1.5),
('es', 'número de boleto', 'procedural', 1.5),
('es', 'número de imei', 'procedural', 1.5),
('es', 'localizador', 'procedural', 1.0),
('es', 'comprobante', 'procedural', 1.0),
('es', 'comprobante de pago', 'procedural', 1.0),
('es', 'comprobante de compra', 'procedural', 1.0),
('es', 'comprobante de transferencia', 'procedural', 1.0),
('es', 'justificante de pago', 'procedural', 1.0),
('es', 'justificante', 'procedural', 1.0),
('es', 'ticket de compra', 'procedural', 1.0),
('es', 'boleta', 'procedural', 1.0),
('es', 'referencia del pedido', 'procedural', 1.0),
('es', 'código de referencia', 'procedural', 1.0),
('es', 'guía de envío', 'procedural', 1.0),
('es', 'pantallazo', 'procedural', 1.0),
('es', 'código postal', 'procedural', 1.0),
('es', 'dirección de envío', 'procedural', 1.0),
('es', 'dirección de entrega', 'procedural', 1.0),
('es', 'dirección postal', 'procedural', 1.0),
('es', 'domicilio', 'procedural', 1.0),
('es', 'correo electrónico', 'procedural', 1.0),
('es', 'dirección de correo', 'procedural', 1.0),
('es', 'dirección de email', 'procedural', 1.0),
('es', 'email', 'procedural', 1.0),
('es', 'e mail', 'procedural', 1.0),
('es', 'número de teléfono', 'procedural', 1.0),
('es', 'teléfono de contacto', 'procedural', 1.0),
('es', 'número de contacto', 'procedural', 1.0),
('es', 'número de celular', 'procedural', 1.0),
('es', 'número de móvil', 'procedural', 1.0),
('es', 'fecha de nacimiento', 'procedural', 1.0),
('es', 'nombre completo', 'procedural', 1.0),
('es', 'nombre y apellidos', 'procedural', 1.0),
('es', 'nombre y apellido', 'procedural', 1.0),
('es', 'nombre de usuario', 'procedural', 1.0),
('es', 'código de verificación', 'procedural', 1.0),
('es', 'código de confirmación', 'procedural', 1.0),
('es', 'dni', 'procedural', 1.0),
('es', 'nie', 'procedural', 1.0),
('es', 'nif', 'procedural', 1.0),
('es', 'rut', 'procedural', 1.0),
('es', 'curp', 'procedural', 1.0),
('es', 'rfc', 'procedural', 1.0),
('es', 'cuit', 'procedural', 1.0),
('es', 'cédula', 'procedural', 1.0),
('es', 'documento de identidad', 'procedural', 1.0),
('es', 'pasaporte', 'procedural', 1.0),
('es', 'identificación oficial', 'procedural', 1.0),
('es', 'imei', 'procedural', 1.0),
('es', 'versión de la aplicación', 'procedural', 1.0),
('es', 'sistema operativo', 'procedural', 1.0),
('es', 'modelo del teléfono', 'procedural', 1.0),
('es', 'método de pago', 'procedural', 1.0),
('es', 'forma de pago', 'procedural', 1.0),
('es', 'cbu', 'procedural', 1.0),
('es', 'clabe', 'procedural', 1.0),
('es', 'datos bancarios', 'procedural', 1.0),
('es', 'datos de facturación', 'procedural', 1.0),
('es', 'fecha de compra', 'procedural', 1.0),
('es', 'fecha del pedido', 'procedural', 1.0),
('es', 'titular de la tarjeta', 'procedural', 1.0),
('es', 'titular de la cuenta', 'procedural', 1.0),
('es', 'foto del producto', 'procedural', 1.0),
('es', 'mensaje de error exacto', 'procedural', 1.0),
('es', 'me facilita su', 'procedural', 0.8),
('es', 'me podría facilitar', 'procedural', 0.8),
('es', 'me puede facilitar', 'procedural', 0.8),
('es', 'me podría proporcionar', 'procedural', 0.8),
('es', 'me confirma su', 'procedural', 0.8),
('es', 'me confirmas tu', 'procedural', 0.8),
('es', 'me pasas tu', 'procedural', 0.8),
('es', 'me compartes tu', 'procedural', 0.8),
('es', 'me compartís tu', 'procedural', 0.8),
('es', 'me indica su', 'procedural', 0.8),
('es', 'me envía su', 'procedural', 0.8),
('es', 'adjunte una foto', 'procedural', 0.8),
('es', 'factura', 'procedural', 0.5),
('es', 'teléfono', 'procedural', 0.5),
('es', 'celular', 'procedural', 0.5),
('es', 'móvil', 'procedural', 0.5),
('es', 'whatsapp', 'procedural', 0.5),
('es', 'correo', 'procedural', 0.5),
('es', 'mail', 'procedural', 0.5),
('es', 'usuario', 'procedural', 0.5),
('es', 'tracking', 'procedural', 0.5),
('es', 'screenshot', 'procedural', 0.5),
('es', 'ticket', 'procedural', 0.5),
('es', 'importe', 'procedural', 0.5),
('es', 'monto', 'procedural', 0.5),
('es', 'número iban', 'procedural', 1.0),
('es', 'código iban', 'procedural', 1.0),
('es', 'recibo de pago', 'procedural', 1.0),
('es', 'recibo de compra', 'procedural', 1.0),
('es', 'ruc', 'procedural', 1.0),
('es', 'cuil', 'procedural', 1.0),
-- ownership additions: reassurance and support (voseo, LatAm usted clitics, "ahorita", "acá")
('es', 'sabes que puedes contar conmigo', 'ownership', 2.0),
('es', 'sabés que podés contar conmigo', 'ownership', 2.0),
('es', 'siempre puedes contar conmigo', 'ownership', 2.0),
('es', 'siempre podés contar conmigo', 'ownership', 2.0),
('es', 'no te voy a dejar solo', 'ownership', 2.0),
('es', 'no te voy a dejar sola', 'ownership', 2.0),
('es', 'no lo voy a dejar solo', 'ownership', 2.0),
('es', 'no la voy a dejar sola', 'ownership', 2.0),
('es', 'no le voy a dejar tirado', 'ownership', 2.0),
('es', 'te acompaño en todo el proceso', 'ownership', 2.0),
('es', 'le acompaño en todo el proceso', 'ownership', 2.0),
('es', 'si querés hablar acá estoy', 'ownership', 2.0),
('es', 'si quieres hablar aquí estoy', 'ownership', 2.0),
('es', 'estamos para ayudarle', 'ownership', 1.5),
('es', 'estamos para ayudarte', 'ownership', 1.5),
('es', 'estamos para ayudarlo', 'ownership', 1.5),
('es', 'estamos aquí para ayudarle', 'ownership', 1.5),
('es', 'estamos acá para ayudarte', 'ownership', 1.5),
('es', 'estoy acá para ayudarte', 'ownership', 1.5),
('es', 'estoy aquí para ayudarlo', 'ownership', 1.5),
('es', 'estoy para ayudarte', 'ownership', 1.5),
('es', 'estoy aquí para lo que necesite', 'ownership', 1.5),
('es', 'estoy acá para lo que necesites', 'ownership', 1.5),
('es', 'acá estamos para lo que necesites', 'ownership', 1.5),
('es', 'aquí estamos para lo que necesite', 'ownership', 1.5),
('es', 'contá conmigo', 'ownership', 1.5),
('es', 'podés contar conmigo', 'ownership', 1.5),
('es', 'contá con nosotros', 'ownership', 1.5),
('es', 'cuente con nosotros', 'ownership', 1.5),
('es', 'puede contar con nosotros', 'ownership', 1.5),
('es', 'podés contar con nosotros', 'ownership', 1.5),
('es', 'no estás solo en esto', 'ownership', 1.5),
('es', 'no estás sola en esto', 'ownership', 1.5),
('es', 'no está solo en esto', 'ownership', 1.5),
('es', 'déjelo en mis manos', 'ownership', 1.5),
('es', 'déjalo en mis manos', 'ownership', 1.5),
('es', 'déjemelo a mí', 'ownership', 1.5),
('es', 'déjamelo a mí', 'ownership', 1.5),
('es', 'ahorita mismo lo reviso', 'ownership', 1.5),
('es', 'ahorita lo soluciono', 'ownership', 1.5),
('es', 'ya mismo lo soluciono', 'ownership', 1.5),
('es', 'si querés hablar', 'ownership', 1.5),
('es', 'si quieres hablar', 'ownership', 1.5),
('es', 'lo solucionamos juntos', 'ownership', 1.5),
('es', 'vamos a encontrar una solución', 'ownership', 1.5),
('es', 'me encargo yo', 'ownership', 1.5),
('es', 'estamos contigo', 'ownership', 1.5),
('es', 'estamos con usted', 'ownership', 1.5),
('es', 'ahorita lo reviso', 'ownership', 1.2),
('es', 'ahorita te ayudo', 'ownership', 1.2),
('es', 'ya mismo lo reviso', 'ownership', 1.2),
('es', 'voy a ayudarle', 'ownership', 1.2),
('es', 'voy a ayudarte', 'ownership', 1.2),
('es', 'lo voy a ayudar', 'ownership', 1.2),
('es', 'permítame ayudarle', 'ownership', 1.2),
('es', 'déjame ayudarte', 'ownership', 1.2),
('es', 'aquí me tiene', 'ownership', 1.2),
('es', 'acá me tenés', 'ownership', 1.2),
('es', 'te aviso apenas', 'ownership', 1.2),
('es', 'te mantendré informado', 'ownership', 1.2),
('es', 'te mantendré informada', 'ownership', 1.2),
('es', 'lo mantendré informado', 'ownership', 1.2),
('es', 'la mantendré informada', 'ownership', 1.2),
('es', 'lo mantengo al tanto', 'ownership', 1.2),
('es', 'escríbeme cuando quieras', 'ownership', 1.2),
('es', 'acá estoy', 'ownership', 1.0),
('es', 'acá estamos', 'ownership', 1.0),
('es', 'aquí estamos', 'ownership', 1.0),
('es', 'cualquier cosa me avisas', 'ownership', 1.0),
('es', 'cualquier cosa me avisa', 'ownership', 1.0),
('es', 'si necesitan algo', 'ownership', 1.0),
('es', 'con gusto le ayudo', 'ownership', 1.0),
('es', 'con gusto te ayudo', 'ownership', 1.0);
-- anti_empathy: contempt and condescension, talking down to the person ("no tienes ni idea",
-- "learn to read", "you're wasting my time") and insults
INSERT INTO @extschema@.empathy_lexicon_shipped (language, phrase, dimension, weight) VALUES
('es', 'no tienes ni idea', 'anti_empathy', 2),
('es', 'no tiene ni idea', 'anti_empathy', 2),
('es', 'no sabes de lo que hablas', 'anti_empathy', 2.5),
('es', 'no sabe de lo que habla', 'anti_empathy', 2.5),
('es', 'no sabes lo que dices', 'anti_empathy', 2),
('es', 'no sabe lo que dice', 'anti_empathy', 2),
('es', 'no te enteras de nada', 'anti_empathy', 2),
('es', 'a ver si te enteras', 'anti_empathy', 2),
('es', 'a ver si se entera', 'anti_empathy', 2),
('es', 'qué parte no entiendes', 'anti_empathy', 2),
('es', 'qué parte no entiende', 'anti_empathy', 2),
('es', 'no hace falta ser un genio', 'anti_empathy', 2),
('es', 'aprende a leer', 'anti_empathy', 2.5),
('es', 'aprenda a leer', 'anti_empathy', 2.5),
('es', 'me haces perder el tiempo', 'anti_empathy', 2),
('es', 'me hace perder el tiempo', 'anti_empathy', 2),
('es', 'no me hagas perder el tiempo', 'anti_empathy', 2),
('es', 'no me haga perder el tiempo', 'anti_empathy', 2),
('es', 'déjate de tonterías', 'anti_empathy', 2),
('es', 'déjese de tonterías', 'anti_empathy', 2),
('es', 'no digas tonterías', 'anti_empathy', 2),
('es', 'no diga tonterías', 'anti_empathy', 2),
('es', 'qué tontería', 'anti_empathy', 1.5),
('es', 'menuda tontería', 'anti_empathy', 1.5),
('es', 'no seas ridículo', 'anti_empathy', 2),
('es', 'no seas ridícula', 'anti_empathy', 2),
('es', 'no sea ridículo', 'anti_empathy', 2),
('es', 'no sea ridícula', 'anti_empathy', 2),
('es', 'eres idiota', 'anti_empathy', 2.5),
('es', 'eres un idiota', 'anti_empathy', 2.5),
('es', 'eres tonto', 'anti_empathy', 2.5),
('es', 'eres tonta', 'anti_empathy', 2.5),
('es', 'eres un inútil', 'anti_empathy', 2.5),
('es', 'es usted un inútil', 'anti_empathy', 2.5),
('es', 'te lo he dicho mil veces', 'anti_empathy', 2),
('es', 'se lo he dicho mil veces', 'anti_empathy', 2),
('es', 'cuántas veces te lo tengo que decir', 'anti_empathy', 2),
('es', 'cuántas veces se lo tengo que decir', 'anti_empathy', 2),
('es', 'cuántas veces tengo que repetirlo', 'anti_empathy', 2),
('es', 'es de sentido común', 'anti_empathy', 1.2),
('es', 'es de cajón', 'anti_empathy', 1.2),
('es', 'cualquiera lo sabe', 'anti_empathy', 1.2),
('es', 'ten un poco de respeto', 'anti_empathy', 1.5),
('es', 'tenga un poco de respeto', 'anti_empathy', 1.5),
('es', 'basta ya', 'anti_empathy', 1.5),
('en', 'you have no idea what you''re talking about', 'anti_empathy', 2.5),
('en', 'you don''t know what you''re talking about', 'anti_empathy', 2.5),
('en', 'you clearly don''t understand', 'anti_empathy', 2),
('en', 'don''t you understand', 'anti_empathy', 1.5),
('en', 'what part of that don''t you understand', 'anti_empathy', 2.5),
('en', 'learn to read', 'anti_empathy', 2.5),
('en', 'can''t you read', 'anti_empathy', 2.5),
('en', 'can you not read', 'anti_empathy', 2),
('en', 'it''s common sense', 'anti_empathy', 1.5),
('en', 'use your common sense', 'anti_empathy', 1.5),
('en', 'use your head', 'anti_empathy', 2),
('en', 'stop wasting my time', 'anti_empathy', 2),
('en', 'you''re wasting my time', 'anti_empathy', 2),
('en', 'you are wasting my time', 'anti_empathy', 2),
('en', 'how many times do I have to', 'anti_empathy', 2),
('en', 'how many times have I told you', 'anti_empathy', 2),
('en', 'I''ve told you a hundred times', 'anti_empathy', 2),
('en', 'I''ve told you a thousand times', 'anti_empathy', 2),
('en', 'don''t be ridiculous', 'anti_empathy', 2),
('en', 'don''t be stupid', 'anti_empathy', 2.5),
('en', 'are you stupid', 'anti_empathy', 2.5),
('en', 'you''re an idiot', 'anti_empathy', 2.5),
('en', 'you are an idiot', 'anti_empathy', 2.5),
('en', 'you idiot', 'anti_empathy', 2.5),
('en', 'you''re stupid', 'anti_empathy', 2.5),
('en', 'you are stupid', 'anti_empathy', 2.5),
('en', 'you''re clueless', 'anti_empathy', 2),
('en', 'you are clueless', 'anti_empathy', 2),
('en', 'even a child could', 'anti_empathy', 2),
('en', 'it''s not that difficult', 'anti_empathy', 1.5),
('en', 'give me a break', 'anti_empathy', 1.5),
('en', 'get a life', 'anti_empathy', 2);
-- ---- end of empathy mechanisms ----------------------------------------------

-- ---- the customer's voice ---------------------------------------------------
--
-- What customers write (survey comments, tickets, chats, tweets), read in
-- Spanish and English: sentiment, six emotions, effort, churn intent,
-- escalation threats, urgency (the voice lexicon) and the topics a message
-- is about (the topic taxonomy).  Both are compiled with the empathy lexicon
-- into one automaton per session (src/empathy_lexicon.c); the scoring is in
-- src/core/voice.c.  Like the empathy lexicon, each is a shipped table, a
-- table of the DBA's edits (dumped) and a view that is edited with plain
-- INSERT / UPDATE / DELETE.

CREATE TABLE @extschema@.voice_lexicon_shipped (
	language pg_catalog.text NOT NULL,
	phrase pg_catalog.text NOT NULL,
	signal pg_catalog.text NOT NULL,
	weight pg_catalog.float8 NOT NULL,
	PRIMARY KEY (language, phrase),
	CONSTRAINT voice_lexicon_shipped_language_known CHECK (language IN ('es', 'en')),
	CONSTRAINT voice_lexicon_shipped_signal_known CHECK (signal IN
		('positive', 'negative', 'anger', 'frustration', 'anxiety', 'sadness', 'confusion',
		 'gratitude', 'repeat_contact', 'waiting', 'transfer', 'chasing', 'churn', 'escalation',
		 'urgency', 'intensifier', 'diminisher', 'irony')),
	CONSTRAINT voice_lexicon_shipped_phrase_usable CHECK (@extschema@.empathy_phrase_problem(phrase) IS NULL),
	CONSTRAINT voice_lexicon_shipped_weight_range CHECK (weight > 0 AND weight <= 3)
);

CREATE TABLE @extschema@.voice_lexicon_user (
	language pg_catalog.text NOT NULL,
	phrase pg_catalog.text NOT NULL,
	signal pg_catalog.text NOT NULL,
	weight pg_catalog.float8 NOT NULL,
	deleted pg_catalog.bool NOT NULL DEFAULT false,
	PRIMARY KEY (language, phrase),
	CONSTRAINT voice_lexicon_language_known CHECK (language IN ('es', 'en')),
	CONSTRAINT voice_lexicon_signal_known CHECK (signal IN
		('positive', 'negative', 'anger', 'frustration', 'anxiety', 'sadness', 'confusion',
		 'gratitude', 'repeat_contact', 'waiting', 'transfer', 'chasing', 'churn', 'escalation',
		 'urgency', 'intensifier', 'diminisher', 'irony')),
	CONSTRAINT voice_lexicon_phrase_usable CHECK (@extschema@.empathy_phrase_problem(phrase) IS NULL),
	CONSTRAINT voice_lexicon_weight_range CHECK (weight > 0 AND weight <= 3)
);

CREATE TABLE @extschema@.voice_taxonomy_shipped (
	language pg_catalog.text NOT NULL,
	phrase pg_catalog.text NOT NULL,
	topic pg_catalog.text NOT NULL,
	weight pg_catalog.float8 NOT NULL,
	PRIMARY KEY (language, phrase),
	CONSTRAINT voice_taxonomy_shipped_language_known CHECK (language IN ('es', 'en')),
	CONSTRAINT voice_taxonomy_shipped_topic_name CHECK (topic OPERATOR(pg_catalog.~) '^[a-z0-9_]{1,63}$'),
	CONSTRAINT voice_taxonomy_shipped_phrase_usable CHECK (@extschema@.empathy_phrase_problem(phrase) IS NULL),
	CONSTRAINT voice_taxonomy_shipped_weight_range CHECK (weight > 0 AND weight <= 3)
);

CREATE TABLE @extschema@.voice_taxonomy_user (
	language pg_catalog.text NOT NULL,
	phrase pg_catalog.text NOT NULL,
	topic pg_catalog.text NOT NULL,
	weight pg_catalog.float8 NOT NULL,
	deleted pg_catalog.bool NOT NULL DEFAULT false,
	PRIMARY KEY (language, phrase),
	CONSTRAINT voice_taxonomy_language_known CHECK (language IN ('es', 'en')),
	CONSTRAINT voice_taxonomy_topic_name CHECK (topic OPERATOR(pg_catalog.~) '^[a-z0-9_]{1,63}$'),
	CONSTRAINT voice_taxonomy_phrase_usable CHECK (@extschema@.empathy_phrase_problem(phrase) IS NULL),
	CONSTRAINT voice_taxonomy_weight_range CHECK (weight > 0 AND weight <= 3)
);

SELECT pg_catalog.pg_extension_config_dump('@extschema@.voice_lexicon_user', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.voice_taxonomy_user', '');

CREATE VIEW @extschema@.voice_lexicon AS
SELECT u.language, u.phrase, u.signal, u.weight,
       CASE WHEN s.phrase IS NULL THEN 'user' ELSE 'edited' END AS source
FROM @extschema@.voice_lexicon_user u
LEFT JOIN @extschema@.voice_lexicon_shipped s ON s.language OPERATOR(pg_catalog.=) u.language AND s.phrase OPERATOR(pg_catalog.=) u.phrase
WHERE NOT u.deleted
UNION ALL
SELECT s.language, s.phrase, s.signal, s.weight, 'shipped'
FROM @extschema@.voice_lexicon_shipped s
WHERE NOT EXISTS (SELECT 1 FROM @extschema@.voice_lexicon_user u
                  WHERE u.language OPERATOR(pg_catalog.=) s.language AND u.phrase OPERATOR(pg_catalog.=) s.phrase);

CREATE VIEW @extschema@.voice_taxonomy AS
SELECT u.language, u.phrase, u.topic, u.weight,
       CASE WHEN s.phrase IS NULL THEN 'user' ELSE 'edited' END AS source
FROM @extschema@.voice_taxonomy_user u
LEFT JOIN @extschema@.voice_taxonomy_shipped s ON s.language OPERATOR(pg_catalog.=) u.language AND s.phrase OPERATOR(pg_catalog.=) u.phrase
WHERE NOT u.deleted
UNION ALL
SELECT s.language, s.phrase, s.topic, s.weight, 'shipped'
FROM @extschema@.voice_taxonomy_shipped s
WHERE NOT EXISTS (SELECT 1 FROM @extschema@.voice_taxonomy_user u
                  WHERE u.language OPERATOR(pg_catalog.=) s.language AND u.phrase OPERATOR(pg_catalog.=) s.phrase);

ALTER VIEW @extschema@.voice_lexicon ALTER COLUMN weight SET DEFAULT 1.0;
ALTER VIEW @extschema@.voice_taxonomy ALTER COLUMN weight SET DEFAULT 1.0;

-- Validation with messages that say what is wrong (the tables' CHECK
-- constraints are the backstop).  kind is 'signal' (voice_lexicon) or
-- 'topic' (voice_taxonomy); class is the row's signal or topic.
CREATE FUNCTION @extschema@.voice_row_validate(kind pg_catalog.text, language pg_catalog.text,
                                               phrase pg_catalog.text, class pg_catalog.text,
                                               weight pg_catalog.float8)
RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	problem text;
	what text := CASE kind WHEN 'signal' THEN 'voice lexicon' ELSE 'voice taxonomy' END;
BEGIN
	IF language IS NULL OR language NOT IN ('es', 'en') THEN
		RAISE EXCEPTION 'unknown % language %', what, coalesce(quote_literal(language), 'NULL')
			USING ERRCODE = 'check_violation', HINT = 'Languages are ''es'' and ''en''.';
	END IF;
	IF kind = 'signal' AND (class IS NULL OR class NOT IN ('positive', 'negative', 'anger',
	        'frustration', 'anxiety', 'sadness', 'confusion', 'gratitude', 'repeat_contact',
	        'waiting', 'transfer', 'chasing', 'churn', 'escalation', 'urgency', 'intensifier',
	        'diminisher', 'irony')) THEN
		RAISE EXCEPTION 'unknown voice signal %', coalesce(quote_literal(class), 'NULL')
			USING ERRCODE = 'check_violation',
			      HINT = 'Signals are positive, negative, anger, frustration, anxiety, sadness, confusion, gratitude, repeat_contact, waiting, transfer, chasing, churn, escalation, urgency, intensifier, diminisher and irony.';
	END IF;
	IF kind = 'topic' AND (class IS NULL OR class !~ '^[a-z0-9_]{1,63}$') THEN
		RAISE EXCEPTION 'invalid voice topic name %', coalesce(quote_literal(class), 'NULL')
			USING ERRCODE = 'check_violation',
			      HINT = 'Topic names are 1 to 63 characters of a-z, 0-9 and _, e.g. ''billing'' or ''mobile_app''.';
	END IF;
	IF phrase IS NULL OR pg_catalog.btrim(phrase) = '' THEN
		RAISE EXCEPTION 'empty % phrase', what
			USING ERRCODE = 'check_violation', HINT = 'Give the expression as written, e.g. ''me doy de baja''.';
	END IF;
	problem := @extschema@.empathy_phrase_problem(phrase);
	IF problem IS NOT NULL THEN
		RAISE EXCEPTION 'unusable % phrase %', what, quote_literal(phrase)
			USING ERRCODE = 'check_violation',
			      DETAIL = upper(left(problem, 1)) || substr(problem, 2) || '.';
	END IF;
	IF weight IS NULL OR NOT (weight > 0 AND weight <= 3) THEN
		RAISE EXCEPTION '% weight % is out of range', what, coalesce(weight::text, 'NULL')
			USING ERRCODE = 'check_violation',
			      DETAIL = 'Weights are greater than 0 and at most 3 (1 = typical).';
	END IF;
END;
$$;

-- One INSTEAD OF trigger for both views: TG_ARGV[0] is the view
-- ('voice_lexicon' or 'voice_taxonomy'), TG_ARGV[1] its class column
-- ('signal' or 'topic').  Table names are the extension's own, quoted.
CREATE FUNCTION @extschema@.voice_table_edit()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nsp text := quote_ident(TG_TABLE_SCHEMA);
	shipped text := nsp || '.' || quote_ident(TG_ARGV[0] || '_shipped');
	usr text := nsp || '.' || quote_ident(TG_ARGV[0] || '_user');
	col text := quote_ident(TG_ARGV[1]);
	old_class text;
	new_class text;
	found_it boolean;
BEGIN
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		new_class := to_jsonb(NEW) ->> TG_ARGV[1];
		PERFORM @extschema@.voice_row_validate(TG_ARGV[1], NEW.language, NEW.phrase, new_class, NEW.weight);
	END IF;
	IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD.language, OLD.phrase) IS DISTINCT FROM (NEW.language, NEW.phrase)) THEN
		EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s s WHERE s.language = $1 AND s.phrase = $2)', shipped)
			INTO found_it USING OLD.language, OLD.phrase;
		IF found_it THEN
			EXECUTE format('INSERT INTO %1$s AS u (language, phrase, %3$s, weight, deleted)'
			               ' SELECT s.language, s.phrase, s.%3$s, s.weight, true FROM %2$s s'
			               ' WHERE s.language = $1 AND s.phrase = $2'
			               ' ON CONFLICT (language, phrase) DO UPDATE SET deleted = true,'
			               ' %3$s = EXCLUDED.%3$s, weight = EXCLUDED.weight', usr, shipped, col)
				USING OLD.language, OLD.phrase;
		ELSE
			EXECUTE format('DELETE FROM %s u WHERE u.language = $1 AND u.phrase = $2', usr)
				USING OLD.language, OLD.phrase;
		END IF;
		IF TG_OP = 'DELETE' THEN
			RETURN OLD;
		END IF;
	END IF;
	IF TG_OP = 'INSERT' OR (OLD.language, OLD.phrase) IS DISTINCT FROM (NEW.language, NEW.phrase) THEN
		EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s.%s v WHERE v.language = $1 AND v.phrase = $2)',
		               nsp, quote_ident(TG_ARGV[0]))
			INTO found_it USING NEW.language, NEW.phrase;
		IF found_it THEN
			RAISE EXCEPTION 'phrase % is already in the % %', quote_literal(NEW.phrase), NEW.language,
			                replace(TG_ARGV[0], '_', ' ')
				USING ERRCODE = 'unique_violation',
				      HINT = format('Use UPDATE to change its %s or weight.', TG_ARGV[1]);
		END IF;
	END IF;
	EXECUTE format('INSERT INTO %1$s AS u (language, phrase, %2$s, weight, deleted)'
	               ' VALUES ($1, $2, $3, $4, false)'
	               ' ON CONFLICT (language, phrase) DO UPDATE'
	               ' SET %2$s = EXCLUDED.%2$s, weight = EXCLUDED.weight, deleted = false', usr, col)
		USING NEW.language, NEW.phrase, new_class, NEW.weight;
	EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s s WHERE s.language = $1 AND s.phrase = $2)', shipped)
		INTO found_it USING NEW.language, NEW.phrase;
	NEW.source := CASE WHEN found_it THEN 'edited' ELSE 'user' END;
	RETURN NEW;
END;
$$;

CREATE TRIGGER voice_lexicon_edit
INSTEAD OF INSERT OR UPDATE OR DELETE ON @extschema@.voice_lexicon
FOR EACH ROW EXECUTE FUNCTION @extschema@.voice_table_edit('voice_lexicon', 'signal');
CREATE TRIGGER voice_taxonomy_edit
INSTEAD OF INSERT OR UPDATE OR DELETE ON @extschema@.voice_taxonomy
FOR EACH ROW EXECUTE FUNCTION @extschema@.voice_table_edit('voice_taxonomy', 'topic');

CREATE TRIGGER voice_lexicon_user_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.voice_lexicon_user
FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.empathy_lexicon_invalidate();
CREATE TRIGGER voice_lexicon_shipped_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.voice_lexicon_shipped
FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.empathy_lexicon_invalidate();
CREATE TRIGGER voice_taxonomy_user_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.voice_taxonomy_user
FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.empathy_lexicon_invalidate();
CREATE TRIGGER voice_taxonomy_shipped_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.voice_taxonomy_shipped
FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.empathy_lexicon_invalidate();

-- ---- per message ----

CREATE TYPE @extschema@.voice_signals_result AS (
	sentiment pg_catalog.float8,
	anger pg_catalog.float8,
	frustration pg_catalog.float8,
	anxiety pg_catalog.float8,
	sadness pg_catalog.float8,
	confusion pg_catalog.float8,
	gratitude pg_catalog.float8,
	effort pg_catalog.float8,
	repeat_contact pg_catalog.float8,
	waiting pg_catalog.float8,
	transfer pg_catalog.float8,
	chasing pg_catalog.float8,
	churn_intent pg_catalog.float8,
	escalation pg_catalog.float8,
	urgency pg_catalog.float8,
	shouting pg_catalog.bool,
	language pg_catalog.text
);

CREATE FUNCTION @extschema@.voice_sentiment(body pg_catalog.text, lang pg_catalog.text DEFAULT NULL)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'voice_sentiment'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.voice_signals(body pg_catalog.text, lang pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.voice_signals_result
AS 'MODULE_PATHNAME', 'voice_signals'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.voice_markers(body pg_catalog.text, lang pg_catalog.text DEFAULT NULL,
	OUT signal pg_catalog.text, OUT phrase pg_catalog.text, OUT matched pg_catalog.text,
	OUT "position" pg_catalog.int8, OUT weight pg_catalog.float8, OUT value pg_catalog.float8,
	OUT negated pg_catalog.bool, OUT ironic pg_catalog.bool, OUT language pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'voice_markers'
LANGUAGE C STABLE PARALLEL SAFE ROWS 8;

CREATE FUNCTION @extschema@.voice_topics(body pg_catalog.text, lang pg_catalog.text DEFAULT NULL,
	OUT topic pg_catalog.text, OUT weight pg_catalog.float8, OUT matched pg_catalog.text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'voice_topics'
LANGUAGE C STABLE PARALLEL SAFE ROWS 3;

-- ---- over many messages ----

CREATE TYPE @extschema@.voice_state;
CREATE FUNCTION @extschema@.voice_state_in(pg_catalog.cstring) RETURNS @extschema@.voice_state
AS 'MODULE_PATHNAME', 'voice_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voice_state_out(@extschema@.voice_state) RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'voice_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voice_state_recv(pg_catalog.internal) RETURNS @extschema@.voice_state
AS 'MODULE_PATHNAME', 'voice_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voice_state_send(@extschema@.voice_state) RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'voice_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.voice_state (
	INPUT = @extschema@.voice_state_in, OUTPUT = @extschema@.voice_state_out,
	RECEIVE = @extschema@.voice_state_recv, SEND = @extschema@.voice_state_send,
	INTERNALLENGTH = VARIABLE, ALIGNMENT = double, STORAGE = extended
);

CREATE FUNCTION @extschema@.voice_state_accum(@extschema@.voice_state, pg_catalog.text)
RETURNS @extschema@.voice_state
AS 'MODULE_PATHNAME', 'voice_state_accum' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.voice_state_accum(@extschema@.voice_state, pg_catalog.text, pg_catalog.text)
RETURNS @extschema@.voice_state
AS 'MODULE_PATHNAME', 'voice_state_accum' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.voice_state_combine(@extschema@.voice_state, @extschema@.voice_state)
RETURNS @extschema@.voice_state
AS 'MODULE_PATHNAME', 'voice_state_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.voice_agg(pg_catalog.text) (
	SFUNC = @extschema@.voice_state_accum, STYPE = @extschema@.voice_state, INITCOND = 'n=0',
	COMBINEFUNC = @extschema@.voice_state_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.voice_agg(pg_catalog.text, pg_catalog.text) (
	SFUNC = @extschema@.voice_state_accum, STYPE = @extschema@.voice_state, INITCOND = 'n=0',
	COMBINEFUNC = @extschema@.voice_state_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.voice_agg(@extschema@.voice_state) (
	SFUNC = @extschema@.voice_state_combine, STYPE = @extschema@.voice_state, INITCOND = 'n=0',
	COMBINEFUNC = @extschema@.voice_state_combine, PARALLEL = SAFE);

CREATE TYPE @extschema@.voice_summary_result AS (
	messages pg_catalog.int8,
	negative_share pg_catalog.float8,
	positive_share pg_catalog.float8,
	mean_sentiment pg_catalog.float8,
	anger_rate pg_catalog.float8,
	frustration_rate pg_catalog.float8,
	anxiety_rate pg_catalog.float8,
	sadness_rate pg_catalog.float8,
	confusion_rate pg_catalog.float8,
	gratitude_rate pg_catalog.float8,
	effort_rate pg_catalog.float8,
	repeat_contact_rate pg_catalog.float8,
	waiting_rate pg_catalog.float8,
	transfer_rate pg_catalog.float8,
	chasing_rate pg_catalog.float8,
	churn_intent_rate pg_catalog.float8,
	escalation_rate pg_catalog.float8,
	urgency_rate pg_catalog.float8,
	top_topics pg_catalog.jsonb
);

CREATE FUNCTION @extschema@.voice_summary(@extschema@.voice_state)
RETURNS @extschema@.voice_summary_result
AS 'MODULE_PATHNAME', 'voice_summary' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- ---- the shipped voice lexicon (English) ----
-- English (en) rows of the voice lexicon: customer language from tweets, reviews, chats and emails.
-- Phrases are written normalised (lowercase, no apostrophes: "dont", "cant", "im"); negation is automatic.
INSERT INTO @extschema@.voice_lexicon_shipped (language, phrase, signal, weight) VALUES
-- positive: general evaluative words and expressions (weight = strength; 0.1 rows are greetings/sign-offs that shield "good"/"best"/"quick")
('en', 'the best', 'positive', 3),
('en', 'best ever', 'positive', 3),
('en', 'best service ever', 'positive', 3),
('en', 'best experience ever', 'positive', 3),
('en', 'best customer service', 'positive', 3),
('en', 'best airline', 'positive', 2.5),
('en', 'best hotel', 'positive', 2.5),
('en', 'best bank', 'positive', 2.5),
('en', 'best company', 'positive', 2.5),
('en', 'best purchase', 'positive', 2.5),
('en', 'best in class', 'positive', 2),
('en', 'second to none', 'positive', 2.5),
('en', 'above and beyond', 'positive', 2.5),
('en', 'extra mile', 'positive', 2),
('en', 'exceeded my expectations', 'positive', 2.5),
('en', 'exceeded expectations', 'positive', 2.5),
('en', 'beyond expectations', 'positive', 2),
('en', 'exceeded', 'positive', 1.5),
('en', 'exceeds', 'positive', 1.5),
('en', 'surpassed', 'positive', 1.5),
('en', '10 out of 10', 'positive', 2.5),
('en', 'five stars', 'positive', 2),
('en', '5 stars', 'positive', 2),
('en', 'flawless', 'positive', 2.5),
('en', 'flawlessly', 'positive', 2.5),
('en', 'impeccable', 'positive', 2.5),
('en', 'outstanding', 'positive', 2.5),
('en', 'exceptional', 'positive', 2.5),
('en', 'exceptionally good', 'positive', 2.5),
('en', 'phenomenal', 'positive', 2.5),
('en', 'superb', 'positive', 2.5),
('en', 'sublime', 'positive', 2),
('en', 'exquisite', 'positive', 2),
('en', 'masterpiece', 'positive', 2),
('en', 'unforgettable', 'positive', 2),
('en', 'magical', 'positive', 2),
('en', 'heavenly', 'positive', 2),
('en', 'amazing', 'positive', 2),
('en', 'awesome', 'positive', 2),
('en', 'excellent', 'positive', 2),
('en', 'wonderful', 'positive', 2),
('en', 'wonderfully', 'positive', 2),
('en', 'brilliant', 'positive', 2),
('en', 'brilliantly', 'positive', 1.5),
('en', 'incredible', 'positive', 2),
('en', 'incredibly good', 'positive', 2),
('en', 'terrific', 'positive', 2),
('en', 'fantastic', 'positive', 2),
('en', 'fabulous', 'positive', 2),
('en', 'marvellous', 'positive', 2),
('en', 'stellar', 'positive', 2),
('en', 'top notch', 'positive', 2),
('en', 'world class', 'positive', 2),
('en', 'great quality', 'positive', 2),
('en', 'stunning', 'positive', 2),
('en', 'delightful', 'positive', 2),
('en', 'epic', 'positive', 1.5),
('en', 'perfect', 'positive', 2),
('en', 'perfectly', 'positive', 1.5),
('en', 'works like a charm', 'positive', 2),
('en', 'works well', 'positive', 1.5),
('en', 'works as expected', 'positive', 1),
('en', 'works as advertised', 'positive', 1.5),
('en', 'does the job', 'positive', 1),
('en', 'does what it says', 'positive', 1),
('en', 'gamechanger', 'positive', 2),
('en', 'life changing', 'positive', 2),
('en', 'lifesaver', 'positive', 2),
('en', 'saved the day', 'positive', 2),
('en', 'saved me', 'positive', 1.5),
('en', 'blown away', 'positive', 2),
('en', 'mind blowing', 'positive', 2),
('en', 'wowed', 'positive', 1.5),
('en', 'wow', 'positive', 0.5),
('en', 'love', 'positive', 1.5),
('en', 'loved', 'positive', 1.5),
('en', 'loving', 'positive', 1.5),
('en', 'love this', 'positive', 2),
('en', 'adore', 'positive', 2),
('en', 'adored', 'positive', 2),
('en', 'favorite', 'positive', 1.5),
('en', 'favourite', 'positive', 1.5),
('en', 'fave', 'positive', 1),
('en', 'great', 'positive', 1.5),
('en', 'excellent customer service', 'positive', 2.5),
('en', 'good customer service', 'positive', 1.5),
('en', 'good experience', 'positive', 1.5),
('en', 'smooth experience', 'positive', 1.5),
('en', 'great work', 'positive', 2),
('en', 'well done', 'positive', 1.5),
('en', 'job well done', 'positive', 2),
('en', 'nailed it', 'positive', 1.5),
('en', 'kudos', 'positive', 1.5),
('en', 'shoutout', 'positive', 1),
('en', 'props to', 'positive', 1),
('en', 'hats off', 'positive', 1.5),
('en', 'you rock', 'positive', 2),
('en', 'you guys rock', 'positive', 2),
('en', 'rocks', 'positive', 1),
('en', 'legendary', 'positive', 1.5),
('en', 'rockstar', 'positive', 1.5),
('en', 'rock star', 'positive', 1.5),
('en', 'angel', 'positive', 1.5),
('en', 'gem', 'positive', 1.5),
('en', 'hidden gem', 'positive', 2),
('en', 'a pleasure', 'positive', 1.5),
('en', 'pleasure to deal with', 'positive', 2),
('en', 'a joy', 'positive', 1.5),
('en', 'recommend', 'positive', 1.5),
('en', 'recommended', 'positive', 1.5),
('en', 'will recommend', 'positive', 1.5),
('en', 'highly recommend', 'positive', 2.5),
('en', 'highly recommended', 'positive', 2.5),
('en', 'strongly recommend', 'positive', 2),
('en', 'cant recommend enough', 'positive', 2.5),
('en', 'cant recommend this enough', 'positive', 2.5),
('en', 'cant recommend it enough', 'positive', 2.5),
('en', 'cant recommend them highly enough', 'positive', 2.5),
('en', 'cant fault', 'positive', 2),
('en', 'couldnt fault', 'positive', 2),
('en', 'cant go wrong', 'positive', 1.5),
('en', 'cant beat', 'positive', 1.5),
('en', 'cant complain', 'positive', 1),
('en', 'no complaints', 'positive', 1.5),
('en', 'nothing to complain about', 'positive', 1.5),
('en', 'no issues', 'positive', 1),
('en', 'no problems', 'positive', 1),
('en', 'never disappoints', 'positive', 2),
('en', 'never fails', 'positive', 1.5),
('en', 'thumbs up', 'positive', 1),
('en', 'two thumbs up', 'positive', 1.5),
('en', 'must have', 'positive', 1.5),
('en', 'must buy', 'positive', 1.5),
('en', 'must try', 'positive', 1.5),
('en', 'must visit', 'positive', 1.5),
('en', 'will buy again', 'positive', 2),
('en', 'would buy again', 'positive', 2),
('en', 'would order again', 'positive', 2),
('en', 'will be back', 'positive', 2),
('en', 'will definitely be back', 'positive', 2.5),
('en', 'would come back', 'positive', 2),
('en', 'would stay again', 'positive', 2),
('en', 'will stay again', 'positive', 2),
('en', 'will fly again', 'positive', 2),
('en', 'will use again', 'positive', 2),
('en', 'would use again', 'positive', 2),
('en', 'would recommend', 'positive', 1.5),
('en', 'would highly recommend', 'positive', 2.5),
('en', 'would definitely recommend', 'positive', 2),
('en', 'would fly again', 'positive', 2),
('en', 'i''d recommend', 'positive', 1.5),
('en', 'i''d highly recommend', 'positive', 2.5),
('en', 'i''d definitely recommend', 'positive', 2),
('es', 'lo recomendaría', 'positive', 2),
('es', 'volvería a comprar', 'positive', 2),
('es', 'volvería a volar', 'positive', 2),
('es', 'repetiría', 'positive', 1.5),
('es', 'volvería', 'positive', 1.5),
('es', 'volveríamos', 'positive', 1.5),
('es', 'repetiríamos', 'positive', 1.5),
('es', 'recomendaríamos', 'positive', 1.5),
('es', 'lo recomendaríamos', 'positive', 2),
('en', 'would definitely go back', 'positive', 2.5),
('en', 'would definitely come back', 'positive', 2.5),
('en', 'would definitely stay again', 'positive', 2.5),
('es', 'lo devolví', 'negative', 1),
('es', 'lo he devuelto', 'negative', 1),
('es', 'tuve que devolverlo', 'negative', 1.5),
('es', 'lo voy a devolver', 'negative', 1),
('es', 'lo devolveré', 'negative', 1),
('es', 'podría mejorar', 'negative', 0.5),
('es', 'podría estar mejor', 'negative', 0.5),
('en', 'could be improved', 'negative', 0.5),
('es', 'tal y como se describe', 'positive', 1),
('es', 'tal cual se describe', 'positive', 1),
('es', 'justo lo que buscaba', 'positive', 1.5),
('es', 'justo lo que necesitaba', 'positive', 1.5),
('en', 'exactly what i needed', 'positive', 1.5),
('en', 'exactly what i was looking for', 'positive', 1.5),
('es', 'no se puede pedir más', 'positive', 2),
('en', 'couldn''t ask for more', 'positive', 2),
('en', 'can''t ask for more', 'positive', 2),
('en', 'can''t get through', 'frustration', 1.5),
('en', 'can''t get ahold of', 'frustration', 1.5),
('en', 'can''t get hold of', 'frustration', 1.5),
('en', 'can''t reach anyone', 'frustration', 1.5),
('en', 'impossible to reach', 'frustration', 2),
('en', 'impossible to contact', 'frustration', 2),
('en', 'unable to reach', 'frustration', 1.5),
('en', 'no way to contact', 'frustration', 2),
('en', 'can''t log in', 'negative', 1),
('en', 'can''t access', 'negative', 1),
('en', 'won''t let me', 'negative', 1),
('en', 'won''t let me down', 'positive', 1),
('en', 'doesn''t let me', 'negative', 1),
('en', 'wouldn''t let me', 'negative', 1),
('en', 'too often', 'frustration', 1),
('en', 'every single time', 'frustration', 1.5),
('en', 'happens all the time', 'frustration', 1.5),
('en', 'same thing every time', 'frustration', 2),
('en', 'the heck', 'anger', 1),
('en', 'what the heck', 'anger', 1.5),
('en', 'where the hell', 'anger', 2),
('en', 'why the hell', 'anger', 2),
('es', 'no me deja', 'negative', 1),
('es', 'no me dejan', 'negative', 1),
('es', 'no me permite', 'negative', 1),
('es', 'no consigo contactar', 'frustration', 2),
('es', 'no consigo hablar con', 'frustration', 2),
('es', 'no puedo contactar', 'frustration', 1.5),
('es', 'qué demonios', 'anger', 1.5),
('es', 'dónde demonios', 'anger', 2),
('es', 'qué narices', 'anger', 1.5),
('en', 'will be using again', 'positive', 1.5),
('en', 'worth it', 'positive', 1.5),
('en', 'worth every penny', 'positive', 2.5),
('en', 'worth the money', 'positive', 1.5),
('en', 'worth the price', 'positive', 1.5),
('en', 'well worth', 'positive', 1.5),
('en', 'worth the hype', 'positive', 1.5),
('en', 'lives up to', 'positive', 1.5),
('en', 'good value', 'positive', 1.5),
('en', 'good value for money', 'positive', 1.5),
('en', 'great value for money', 'positive', 2),
('en', 'bang for your buck', 'positive', 1.5),
('en', 'bang for the buck', 'positive', 1.5),
('en', 'great deal', 'positive', 1.5),
('en', 'good deal', 'positive', 1),
('en', 'bargain', 'positive', 1),
('en', 'affordable', 'positive', 1),
('en', 'fair price', 'positive', 1),
('en', 'fair prices', 'positive', 1),
('en', 'competitive prices', 'positive', 1),
('en', 'money back guarantee', 'positive', 0.5),
('en', 'free upgrade', 'positive', 1.5),
('en', 'complimentary', 'positive', 0.5),
('en', 'helpful', 'positive', 1.5),
('en', 'helpfulness', 'positive', 1.5),
('en', 'friendly', 'positive', 1.5),
('en', 'friendliness', 'positive', 1.5),
('en', 'courteous', 'positive', 1.5),
('en', 'polite', 'positive', 1),
('en', 'professional', 'positive', 1),
('en', 'professionally', 'positive', 1),
('en', 'knowledgeable', 'positive', 1.5),
('en', 'attentive', 'positive', 1.5),
('en', 'patient', 'positive', 1),
('en', 'so kind', 'positive', 1.5),
('en', 'very kind', 'positive', 1.5),
('en', 'kindness', 'positive', 1.5),
('en', 'accommodating', 'positive', 1.5),
('en', 'responsive', 'positive', 1),
('en', 'welcoming', 'positive', 1.5),
('en', 'warm welcome', 'positive', 1.5),
('en', 'hospitality', 'positive', 1),
('en', 'very understanding', 'positive', 1.5),
('en', 'empathetic', 'positive', 1.5),
('en', 'compassionate', 'positive', 1.5),
('en', 'cheerful', 'positive', 1),
('en', 'sweet', 'positive', 1),
('en', 'genuine', 'positive', 1),
('en', 'trustworthy', 'positive', 1.5),
('en', 'reliable', 'positive', 1.5),
('en', 'dependable', 'positive', 1.5),
('en', 'efficient', 'positive', 1.5),
('en', 'efficiency', 'positive', 1),
('en', 'prompt', 'positive', 1),
('en', 'thorough', 'positive', 1),
('en', 'quick', 'positive', 1),
('en', 'quickly', 'positive', 1),
('en', 'fast', 'positive', 1),
('en', 'swiftly', 'positive', 1),
('en', 'quick response', 'positive', 1.5),
('en', 'fast response', 'positive', 1.5),
('en', 'quick reply', 'positive', 1.5),
('en', 'fast delivery', 'positive', 1.5),
('en', 'quick delivery', 'positive', 1.5),
('en', 'fast shipping', 'positive', 1.5),
('en', 'quick shipping', 'positive', 1.5),
('en', 'arrived quickly', 'positive', 1.5),
('en', 'arrived early', 'positive', 1),
('en', 'arrived on time', 'positive', 1),
('en', 'on time', 'positive', 1),
('en', 'ahead of schedule', 'positive', 1.5),
('en', 'ahead of time', 'positive', 1),
('en', 'lightning fast', 'positive', 2),
('en', 'blazing fast', 'positive', 2),
('en', 'smooth', 'positive', 1),
('en', 'smoothly', 'positive', 1),
('en', 'seamless', 'positive', 1.5),
('en', 'seamlessly', 'positive', 1.5),
('en', 'easy', 'positive', 1),
('en', 'intuitive', 'positive', 1.5),
('en', 'straightforward', 'positive', 1),
('en', 'simple', 'positive', 0.5),
('en', 'easy peasy', 'positive', 1.5),
('en', 'piece of cake', 'positive', 1.5),
('en', 'breeze', 'positive', 1.5),
('en', 'hassle free', 'positive', 1.5),
('en', 'stress free', 'positive', 1.5),
('en', 'painless', 'positive', 1.5),
('en', 'convenient', 'positive', 1),
('en', 'handy', 'positive', 1),
('en', 'useful', 'positive', 1),
('en', 'valuable', 'positive', 1),
('en', 'informative', 'positive', 1),
('en', 'accurate', 'positive', 1),
('en', 'spot on', 'positive', 1.5),
('en', 'on point', 'positive', 1.5),
('en', 'well explained', 'positive', 1),
('en', 'clear instructions', 'positive', 1),
('en', 'well organized', 'positive', 1),
('en', 'well organised', 'positive', 1),
('en', 'problem solved', 'positive', 1.5),
('en', 'issue resolved', 'positive', 1.5),
('en', 'resolved', 'positive', 1),
('en', 'solved', 'positive', 1),
('en', 'got my refund', 'positive', 1),
('en', 'received my refund', 'positive', 1),
('en', 'refund was processed', 'positive', 1),
('en', 'comfortable', 'positive', 1),
('en', 'comfy', 'positive', 1),
('en', 'cozy', 'positive', 1),
('en', 'cosy', 'positive', 1),
('en', 'spacious', 'positive', 1),
('en', 'clean', 'positive', 0.8),
('en', 'spotless', 'positive', 1.5),
('en', 'quiet', 'positive', 0.5),
('en', 'relaxing', 'positive', 1),
('en', 'peaceful', 'positive', 1),
('en', 'charming', 'positive', 1.5),
('en', 'luxurious', 'positive', 1.5),
('en', 'beautiful', 'positive', 1.5),
('en', 'beautifully', 'positive', 1.5),
('en', 'gorgeous', 'positive', 1.5),
('en', 'lovely', 'positive', 1.5),
('en', 'pleasant', 'positive', 1),
('en', 'pleasantly surprised', 'positive', 1.5),
('en', 'delicious', 'positive', 1.5),
('en', 'tasty', 'positive', 1),
('en', 'yummy', 'positive', 1),
('en', 'fun', 'positive', 1),
('en', 'enjoy', 'positive', 1),
('en', 'enjoyed', 'positive', 1),
('en', 'enjoying', 'positive', 1),
('en', 'enjoys', 'positive', 1),
('en', 'enjoyable', 'positive', 1),
('en', 'memorable', 'positive', 1.5),
('en', 'impressed', 'positive', 1.5),
('en', 'impressive', 'positive', 1.5),
('en', 'good', 'positive', 1),
('en', 'nice', 'positive', 1),
('en', 'cool', 'positive', 0.5),
('en', 'neat', 'positive', 0.5),
('en', 'sturdy', 'positive', 1),
('en', 'durable', 'positive', 1),
('en', 'well made', 'positive', 1.5),
('en', 'well built', 'positive', 1.5),
('en', 'well packaged', 'positive', 1.5),
('en', 'well packed', 'positive', 1.5),
('en', 'quality product', 'positive', 1.5),
('en', 'fits perfectly', 'positive', 1.5),
('en', 'as described', 'positive', 1),
('en', 'better than expected', 'positive', 1.5),
('en', 'superior', 'positive', 1),
('en', 'best', 'positive', 1.5),
('en', 'better', 'positive', 0.5),
('en', 'improved', 'positive', 0.5),
('en', 'satisfied', 'positive', 1),
('en', 'satisfactory', 'positive', 0.5),
('en', 'satisfied customer', 'positive', 1.5),
('en', 'decent', 'positive', 0.5),
('en', 'fine', 'positive', 0.5),
('en', 'ok', 'positive', 0.3),
('en', 'okay', 'positive', 0.3),
('en', 'reasonable', 'positive', 0.5),
('en', 'fair', 'positive', 0.5),
-- negative: general evaluative words, insults toward the company, typical service failures
('en', 'the worst', 'negative', 3),
('en', 'worst ever', 'negative', 3),
('en', 'worst airline', 'negative', 3),
('en', 'worst company', 'negative', 3),
('en', 'worst hotel', 'negative', 3),
('en', 'worst bank', 'negative', 3),
('en', 'worst provider', 'negative', 3),
('en', 'worst purchase', 'negative', 3),
('en', 'worst', 'negative', 2.5),
('en', 'zero stars', 'negative', 3),
('en', '0 stars', 'negative', 3),
('en', 'negative stars', 'negative', 3),
('en', 'no stars', 'negative', 2.5),
('en', '1 star', 'negative', 2),
('en', 'one star', 'negative', 2),
('en', 'avoid at all costs', 'negative', 3),
('en', 'stay away', 'negative', 2.5),
('en', 'steer clear', 'negative', 2.5),
('en', 'avoid', 'negative', 1.5),
('en', 'do not buy', 'negative', 2.5),
('en', 'dont waste your money', 'negative', 2.5),
('en', 'dont waste your time', 'negative', 2.5),
('en', 'never fails to disappoint', 'negative', 2.5),
('en', 'good for nothing', 'negative', 2),
('en', 'thanks for nothing', 'negative', 2),
('en', 'terrible', 'negative', 2),
('en', 'terible', 'negative', 2),
('en', 'horrible', 'negative', 2),
('en', 'horible', 'negative', 2),
('en', 'horrendous', 'negative', 2.5),
('en', 'awful', 'negative', 2),
('en', 'awfull', 'negative', 2),
('en', 'appalling', 'negative', 2.5),
('en', 'atrocious', 'negative', 2.5),
('en', 'abysmal', 'negative', 2.5),
('en', 'dreadful', 'negative', 2),
('en', 'disgusting', 'negative', 2.5),
('en', 'disgraceful', 'negative', 2.5),
('en', 'disgrace', 'negative', 2.5),
('en', 'shocking', 'negative', 2),
('en', 'pathetic', 'negative', 2),
('en', 'outrageous', 'negative', 2),
('en', 'unacceptable', 'negative', 2),
('en', 'unacceptible', 'negative', 2),
('en', 'unforgivable', 'negative', 2.5),
('en', 'intolerable', 'negative', 2),
('en', 'deplorable', 'negative', 2.5),
('en', 'abominable', 'negative', 2.5),
('en', 'vile', 'negative', 2),
('en', 'hideous', 'negative', 1.5),
('en', 'ugly', 'negative', 1),
('en', 'gross', 'negative', 1.5),
('en', 'nasty', 'negative', 1.5),
('en', 'insulting', 'negative', 2),
('en', 'an insult', 'negative', 2),
('en', 'embarrassing', 'negative', 1.5),
('en', 'embarrassment', 'negative', 1.5),
('en', 'laughable', 'negative', 2),
('en', 'a joke', 'negative', 2),
('en', 'joke', 'negative', 1.5),
('en', 'nightmare', 'negative', 2),
('en', 'hell', 'negative', 1.5),
('en', 'disaster', 'negative', 2),
('en', 'disastrous', 'negative', 2),
('en', 'shambolic', 'negative', 2),
('en', 'chaos', 'negative', 1.5),
('en', 'chaotic', 'negative', 1.5),
('en', 'a mess', 'negative', 1.5),
('en', 'mess', 'negative', 1),
('en', 'messed up', 'negative', 1.5),
('en', 'screw up', 'negative', 1.5),
('en', 'epic fail', 'negative', 2.5),
('en', 'big fail', 'negative', 2),
('en', 'fail', 'negative', 1.5),
('en', 'fails', 'negative', 1),
('en', 'failed', 'negative', 1),
('en', 'failure', 'negative', 1.5),
('en', 'sucks', 'negative', 2),
('en', 'sucked', 'negative', 2),
('en', 'suck', 'negative', 1.5),
('en', 'crap', 'negative', 2),
('en', 'shit', 'negative', 2),
('en', 'shitty', 'negative', 2.5),
('en', 'bullshit', 'negative', 2),
('en', 'bs', 'negative', 1.5),
('en', 'garbage', 'negative', 2),
('en', 'trash', 'negative', 2),
('en', 'rubbish', 'negative', 2),
('en', 'junk', 'negative', 2),
('en', 'lousy', 'negative', 1.5),
('en', 'bad', 'negative', 1),
('en', 'badly', 'negative', 1),
('en', 'poor', 'negative', 1),
('en', 'poorly', 'negative', 1),
('en', 'mediocre', 'negative', 1),
('en', 'subpar', 'negative', 1.5),
('en', 'sub par', 'negative', 1.5),
('en', 'inferior', 'negative', 1.5),
('en', 'unsatisfactory', 'negative', 1.5),
('en', 'below average', 'negative', 1),
('en', 'average at best', 'negative', 1),
('en', 'lackluster', 'negative', 1),
('en', 'lacklustre', 'negative', 1),
('en', 'sloppy', 'negative', 1.5),
('en', 'shoddy', 'negative', 1.5),
('en', 'half assed', 'negative', 1.5),
('en', 'meh', 'negative', 0.5),
('en', 'so so', 'negative', 0.5),
('en', 'nothing special', 'negative', 0.5),
('en', 'underwhelming', 'negative', 1),
('en', 'could be better', 'negative', 0.5),
('en', 'could have been better', 'negative', 0.5),
('en', 'room for improvement', 'negative', 0.5),
('en', 'needs work', 'negative', 1),
('en', 'worse', 'negative', 1.5),
('en', 'worse and worse', 'negative', 2),
('en', 'downhill', 'negative', 1.5),
('en', 'not what it used to be', 'negative', 1.5),
('en', 'used to be good', 'negative', 1.5),
('en', 'used to be great', 'negative', 1.5),
('en', 'wrong', 'negative', 1),
('en', 'incorrect', 'negative', 1),
('en', 'mistake', 'negative', 1),
('en', 'mistakes', 'negative', 1),
('en', 'complaint', 'negative', 0.5),
('en', 'problematic', 'negative', 1),
('en', 'inconsistent', 'negative', 1),
('en', 'clunky', 'negative', 1.5),
('en', 'tedious', 'negative', 1),
('en', 'time consuming', 'negative', 1),
('en', 'overcomplicated', 'negative', 1),
('en', 'hassle', 'negative', 1),
('en', 'hassles', 'negative', 1),
('en', 'headache', 'negative', 1),
('en', 'pain in the', 'negative', 1.5),
('en', 'painful', 'negative', 1),
('en', 'inconvenient', 'negative', 1),
('en', 'inconvenience', 'negative', 1),
('en', 'poor experience', 'negative', 1.5),
('en', 'bad customer service', 'negative', 2),
('en', 'poor customer service', 'negative', 2),
('en', 'no customer service', 'negative', 2),
('en', 'zero customer service', 'negative', 2.5),
('en', 'useless', 'negative', 2),
('en', 'useles', 'negative', 2),
('en', 'worthless', 'negative', 2),
('en', 'pointless', 'negative', 1.5),
('en', 'hopeless', 'negative', 1.5),
('en', 'incompetent', 'negative', 2),
('en', 'incompetence', 'negative', 2),
('en', 'inept', 'negative', 2),
('en', 'unprofessional', 'negative', 2),
('en', 'rude', 'negative', 1.5),
('en', 'rudeness', 'negative', 1.5),
('en', 'impolite', 'negative', 1.5),
('en', 'disrespectful', 'negative', 2),
('en', 'condescending', 'negative', 2),
('en', 'patronizing', 'negative', 1.5),
('en', 'patronising', 'negative', 1.5),
('en', 'arrogant', 'negative', 1.5),
('en', 'unhelpful', 'negative', 1.5),
('en', 'unfriendly', 'negative', 1.5),
('en', 'hostile', 'negative', 1.5),
('en', 'uncaring', 'negative', 1.5),
('en', 'negligence', 'negative', 2),
('en', 'amateurs', 'negative', 1.5),
('en', 'amateurish', 'negative', 1.5),
('en', 'idiots', 'negative', 2),
('en', 'imbeciles', 'negative', 2),
('en', 'clowns', 'negative', 2),
('en', 'clown show', 'negative', 2),
('en', 'jokers', 'negative', 1.5),
('en', 'muppets', 'negative', 1.5),
('en', 'fools', 'negative', 1.5),
('en', 'greedy', 'negative', 1.5),
('en', 'greed', 'negative', 1.5),
('en', 'money grabbing', 'negative', 2),
('en', 'cash grab', 'negative', 2),
('en', 'predatory', 'negative', 2),
('en', 'criminals', 'negative', 2),
('en', 'criminal', 'negative', 2),
('en', 'crooked', 'negative', 2),
('en', 'thieves', 'negative', 2),
('en', 'thief', 'negative', 2),
('en', 'stole', 'negative', 1.5),
('en', 'stolen', 'negative', 1.5),
('en', 'robbery', 'negative', 2),
('en', 'highway robbery', 'negative', 2.5),
('en', 'extortion', 'negative', 2),
('en', 'scumbags', 'negative', 2.5),
('en', 'vultures', 'negative', 2),
('en', 'parasites', 'negative', 2),
('en', 'shady', 'negative', 1.5),
('en', 'sketchy', 'negative', 1.5),
('en', 'dishonest', 'negative', 2),
('en', 'liars', 'negative', 2),
('en', 'lying', 'negative', 1.5),
('en', 'lies', 'negative', 1.5),
('en', 'misleading', 'negative', 1.5),
('en', 'misinformed', 'negative', 1.5),
('en', 'wrong information', 'negative', 1.5),
('en', 'false advertising', 'negative', 2),
('en', 'bait and switch', 'negative', 2),
('en', 'empty promises', 'negative', 1.5),
('en', 'broken promise', 'negative', 1.5),
('en', 'broken promises', 'negative', 1.5),
('en', 'false promises', 'negative', 1.5),
('en', 'lame excuse', 'negative', 1.5),
('en', 'no accountability', 'negative', 1.5),
('en', 'blamed', 'negative', 1),
('en', 'blaming', 'negative', 1),
('en', 'blame', 'negative', 1),
('en', 'canned response', 'negative', 1.5),
('en', 'generic response', 'negative', 1),
('en', 'automated response', 'negative', 1),
('en', 'copy paste', 'negative', 1),
('en', 'scripted', 'negative', 1),
('en', 'ignored', 'negative', 1.5),
('en', 'ignoring', 'negative', 1.5),
('en', 'ignores', 'negative', 1),
('en', 'hung up', 'negative', 1.5),
('en', 'hangs up', 'negative', 1.5),
('en', 'yelled at', 'negative', 2),
('en', 'screamed at', 'negative', 2),
('en', 'no help', 'negative', 1.5),
('en', 'no help at all', 'negative', 2),
('en', 'zero help', 'negative', 2),
('en', 'no one helps', 'negative', 1.5),
('en', 'nobody helps', 'negative', 1.5),
('en', 'didnt help', 'negative', 1.5),
('en', 'refused to help', 'negative', 2),
('en', 'unable to help', 'negative', 1.5),
('en', 'wont help', 'negative', 1.5),
('en', 'nobody cares', 'negative', 2),
('en', 'no one cares', 'negative', 2),
('en', 'dont care', 'negative', 1.5),
('en', 'doesnt care', 'negative', 1.5),
('en', 'couldnt care less', 'negative', 2),
('en', 'dont give a', 'negative', 2),
('en', 'not my problem', 'negative', 2),
('en', 'nothing they can do', 'negative', 1.5),
('en', 'nothing they could do', 'negative', 1.5),
('en', 'nothing we can do', 'negative', 1.5),
('en', 'computer says no', 'negative', 2),
('en', 'no explanation', 'negative', 1.5),
('en', 'no apology', 'negative', 1.5),
('en', 'not even an apology', 'negative', 2),
('en', 'no communication', 'negative', 1.5),
('en', 'lack of communication', 'negative', 1.5),
('en', 'lack of', 'negative', 1),
('en', 'understaffed', 'negative', 1.5),
('en', 'short staffed', 'negative', 1.5),
('en', 'scam', 'negative', 2),
('en', 'scams', 'negative', 2),
('en', 'scammed', 'negative', 2),
('en', 'scammers', 'negative', 2),
('en', 'scamming', 'negative', 2),
('en', 'fraud', 'negative', 2),
('en', 'fraudulent', 'negative', 2),
('en', 'fraudsters', 'negative', 2),
('en', 'rip off', 'negative', 2),
('en', 'ripoff', 'negative', 2),
('en', 'ripped off', 'negative', 2),
('en', 'ripping off', 'negative', 2),
('en', 'con artists', 'negative', 2),
('en', 'overpriced', 'negative', 1.5),
('en', 'over priced', 'negative', 1.5),
('en', 'too expensive', 'negative', 1),
('en', 'expensive', 'negative', 0.5),
('en', 'pricey', 'negative', 0.5),
('en', 'hidden fees', 'negative', 1.5),
('en', 'junk fees', 'negative', 1.5),
('en', 'extra charges', 'negative', 1),
('en', 'overcharged', 'negative', 1.5),
('en', 'overcharge', 'negative', 1.5),
('en', 'double charged', 'negative', 1.5),
('en', 'charged twice', 'negative', 1.5),
('en', 'charged me twice', 'negative', 1.5),
('en', 'billed twice', 'negative', 1.5),
('en', 'double billed', 'negative', 1.5),
('en', 'wrongly charged', 'negative', 1.5),
('en', 'unauthorized charge', 'negative', 1.5),
('en', 'unauthorised charge', 'negative', 1.5),
('en', 'unauthorized transaction', 'negative', 1.5),
('en', 'wrong bill', 'negative', 1.5),
('en', 'price hike', 'negative', 1.5),
('en', 'price increase', 'negative', 1),
('en', 'raised my bill', 'negative', 1.5),
('en', 'bill went up', 'negative', 1.5),
('en', 'overdraft fee', 'negative', 1),
('en', 'late fees', 'negative', 0.5),
('en', 'identity theft', 'negative', 2),
('en', 'refund', 'negative', 0.5),
('en', 'no refund', 'negative', 1.5),
('en', 'refused a refund', 'negative', 2),
('en', 'denied my refund', 'negative', 2),
('en', 'refused', 'negative', 1),
('en', 'denied', 'negative', 1),
('en', 'rejected', 'negative', 1),
('en', 'want a refund', 'negative', 1.5),
('en', 'want my money back', 'negative', 2),
('en', 'give me my money back', 'negative', 2),
('en', 'money back', 'negative', 1),
('en', 'returned it', 'negative', 1),
('en', 'returning it', 'negative', 1),
('en', 'sent it back', 'negative', 1),
('en', 'sending it back', 'negative', 1.5),
('en', 'waste of money', 'negative', 2.5),
('en', 'waste of time', 'negative', 2),
('en', 'waste', 'negative', 1.5),
('en', 'wasted', 'negative', 1.5),
('en', 'wasted my time', 'negative', 2),
('en', 'not worth', 'negative', 1.5),
('en', 'not worth it', 'negative', 2),
('en', 'not worth the price', 'negative', 2),
('en', 'broken', 'negative', 1.5),
('en', 'broke', 'negative', 1.5),
('en', 'breaks', 'negative', 1),
('en', 'stopped working', 'negative', 1.5),
('en', 'stops working', 'negative', 1.5),
('en', 'quit working', 'negative', 1.5),
('en', 'doesnt work', 'negative', 1.5),
('en', 'didnt work', 'negative', 1.5),
('en', 'not working', 'negative', 1.5),
('en', 'wont work', 'negative', 1.5),
('en', 'never worked', 'negative', 2),
('en', 'faulty', 'negative', 1.5),
('en', 'defective', 'negative', 1.5),
('en', 'damaged', 'negative', 1.5),
('en', 'arrived damaged', 'negative', 1.5),
('en', 'arrived broken', 'negative', 1.5),
('en', 'cracked', 'negative', 1),
('en', 'dented', 'negative', 1),
('en', 'torn', 'negative', 1),
('en', 'leaking', 'negative', 1),
('en', 'leaks', 'negative', 1),
('en', 'malfunction', 'negative', 1.5),
('en', 'malfunctioning', 'negative', 1.5),
('en', 'glitch', 'negative', 1),
('en', 'glitches', 'negative', 1),
('en', 'glitchy', 'negative', 1.5),
('en', 'buggy', 'negative', 1.5),
('en', 'bugs', 'negative', 1),
('en', 'crashes', 'negative', 1.5),
('en', 'crashed', 'negative', 1.5),
('en', 'crashing', 'negative', 1.5),
('en', 'freezes', 'negative', 1.5),
('en', 'freezing', 'negative', 1),
('en', 'laggy', 'negative', 1.5),
('en', 'lag', 'negative', 1),
('en', 'lagging', 'negative', 1),
('en', 'slow', 'negative', 1),
('en', 'slowest', 'negative', 1.5),
('en', 'sluggish', 'negative', 1),
('en', 'unstable', 'negative', 1.5),
('en', 'unreliable', 'negative', 1.5),
('en', 'unusable', 'negative', 2),
('en', 'error', 'negative', 1),
('en', 'errors', 'negative', 1),
('en', 'error message', 'negative', 1),
('en', 'outage', 'negative', 1.5),
('en', 'outages', 'negative', 1.5),
('en', 'down again', 'negative', 1.5),
('en', 'is down', 'negative', 1),
('en', 'no signal', 'negative', 1.5),
('en', 'no service', 'negative', 1.5),
('en', 'no internet', 'negative', 1.5),
('en', 'no connection', 'negative', 1.5),
('en', 'poor signal', 'negative', 1.5),
('en', 'bad signal', 'negative', 1.5),
('en', 'dropped calls', 'negative', 1.5),
('en', 'dropping calls', 'negative', 1.5),
('en', 'keeps dropping', 'negative', 1.5),
('en', 'keeps disconnecting', 'negative', 1.5),
('en', 'disconnected', 'negative', 1),
('en', 'spotty', 'negative', 1),
('en', 'patchy', 'negative', 1),
('en', 'data breach', 'negative', 2),
('en', 'hacked', 'negative', 1.5),
('en', 'locked out', 'negative', 1.5),
('en', 'account locked', 'negative', 1.5),
('en', 'account frozen', 'negative', 1.5),
('en', 'frozen account', 'negative', 1.5),
('en', 'account suspended', 'negative', 1.5),
('en', 'blocked my card', 'negative', 1.5),
('en', 'card declined', 'negative', 1),
('en', 'cheaply made', 'negative', 1.5),
('en', 'cheap quality', 'negative', 1.5),
('en', 'low quality', 'negative', 1.5),
('en', 'bad quality', 'negative', 1.5),
('en', 'flimsy', 'negative', 1.5),
('en', 'fell apart', 'negative', 2),
('en', 'falls apart', 'negative', 1.5),
('en', 'falling apart', 'negative', 1.5),
('en', 'came apart', 'negative', 1.5),
('en', 'counterfeit', 'negative', 2),
('en', 'fake', 'negative', 1.5),
('en', 'knockoff', 'negative', 1.5),
('en', 'nothing like the picture', 'negative', 1.5),
('en', 'nothing like the pictures', 'negative', 1.5),
('en', 'looks nothing like', 'negative', 1.5),
('en', 'smaller than expected', 'negative', 1),
('en', 'never arrived', 'negative', 2),
('en', 'never received', 'negative', 2),
('en', 'never recieved', 'negative', 2),
('en', 'never delivered', 'negative', 2),
('en', 'not delivered', 'negative', 1.5),
('en', 'didnt arrive', 'negative', 1.5),
('en', 'hasnt arrived', 'negative', 1.5),
('en', 'didnt receive', 'negative', 1.5),
('en', 'havent received', 'negative', 1.5),
('en', 'havent recieved', 'negative', 1.5),
('en', 'not received', 'negative', 1.5),
('en', 'never got', 'negative', 1.5),
('en', 'never showed up', 'negative', 2),
('en', 'never showed', 'negative', 2),
('en', 'never came', 'negative', 1.5),
('en', 'didnt show up', 'negative', 1.5),
('en', 'no show', 'negative', 1.5),
('en', 'missed appointment', 'negative', 1.5),
('en', 'lost in transit', 'negative', 1.5),
('en', 'lost package', 'negative', 1.5),
('en', 'lost my package', 'negative', 1.5),
('en', 'lost my order', 'negative', 1.5),
('en', 'lost my', 'negative', 1),
('en', 'missing package', 'negative', 1.5),
('en', 'missing item', 'negative', 1.5),
('en', 'missing items', 'negative', 1.5),
('en', 'missing parts', 'negative', 1.5),
('en', 'wrong size', 'negative', 1),
('en', 'wrong color', 'negative', 1),
('en', 'wrong address', 'negative', 1),
('en', 'sent the wrong', 'negative', 1.5),
('en', 'delivered late', 'negative', 1.5),
('en', 'late', 'negative', 0.5),
('en', 'delayed', 'negative', 1),
('en', 'delay', 'negative', 1),
('en', 'delays', 'negative', 1),
('en', 'backordered', 'negative', 1),
('en', 'out of stock', 'negative', 0.5),
('en', 'cancelled', 'negative', 1),
('en', 'canceled', 'negative', 1),
('en', 'cancellation', 'negative', 0.5),
('en', 'flight cancelled', 'negative', 1.5),
('en', 'flight canceled', 'negative', 1.5),
('en', 'flight delayed', 'negative', 1.5),
('en', 'delayed flight', 'negative', 1.5),
('en', 'missed my connection', 'negative', 1.5),
('en', 'missed connection', 'negative', 1.5),
('en', 'missed my flight', 'negative', 1.5),
('en', 'lost luggage', 'negative', 1.5),
('en', 'lost baggage', 'negative', 1.5),
('en', 'lost bag', 'negative', 1.5),
('en', 'delayed baggage', 'negative', 1.5),
('en', 'damaged luggage', 'negative', 1.5),
('en', 'bumped', 'negative', 1),
('en', 'overbooked', 'negative', 1.5),
('en', 'denied boarding', 'negative', 2),
('en', 'stranded', 'negative', 2),
('en', 'stuck at the airport', 'negative', 2),
('en', 'stuck on the tarmac', 'negative', 2),
('en', 'dirty', 'negative', 1.5),
('en', 'filthy', 'negative', 2),
('en', 'unclean', 'negative', 1.5),
('en', 'smelly', 'negative', 1.5),
('en', 'smelled', 'negative', 1),
('en', 'stinks', 'negative', 1.5),
('en', 'stank', 'negative', 1.5),
('en', 'moldy', 'negative', 2),
('en', 'mouldy', 'negative', 2),
('en', 'mold', 'negative', 1.5),
('en', 'mould', 'negative', 1.5),
('en', 'stained', 'negative', 1.5),
('en', 'stains', 'negative', 1),
('en', 'noisy', 'negative', 1),
('en', 'cramped', 'negative', 1),
('en', 'tiny', 'negative', 0.5),
('en', 'outdated', 'negative', 1),
('en', 'run down', 'negative', 1.5),
('en', 'rundown', 'negative', 1.5),
('en', 'shabby', 'negative', 1.5),
('en', 'cockroaches', 'negative', 2),
('en', 'roaches', 'negative', 2),
('en', 'bed bugs', 'negative', 2.5),
('en', 'bedbugs', 'negative', 2.5),
('en', 'no hot water', 'negative', 1.5),
('en', 'cold shower', 'negative', 1),
('en', 'uncomfortable', 'negative', 1),
('en', 'unsafe', 'negative', 2),
('en', 'dangerous', 'negative', 1.5),
('en', 'safety hazard', 'negative', 2),
('en', 'toxic', 'negative', 1.5),
('en', 'food poisoning', 'negative', 2.5),
('en', 'undercooked', 'negative', 1.5),
('en', 'overcooked', 'negative', 1),
('en', 'stale', 'negative', 1),
('en', 'bland', 'negative', 1),
('en', 'tasteless', 'negative', 1.5),
('en', 'cold food', 'negative', 1),
-- anger
('en', 'angry', 'anger', 2),
('en', 'angrier', 'anger', 2),
('en', 'furious', 'anger', 2.5),
('en', 'furiously', 'anger', 2),
('en', 'fuming', 'anger', 2.5),
('en', 'livid', 'anger', 2.5),
('en', 'irate', 'anger', 2.5),
('en', 'enraged', 'anger', 3),
('en', 'outraged', 'anger', 2.5),
('en', 'outrage', 'anger', 2),
('en', 'pissed', 'anger', 2),
('en', 'pissed off', 'anger', 2.5),
('en', 'mad', 'anger', 1.5),
('en', 'infuriated', 'anger', 2.5),
('en', 'infuriating', 'anger', 2.5),
('en', 'incensed', 'anger', 2.5),
('en', 'raging', 'anger', 2),
('en', 'rage', 'anger', 2),
('en', 'disgusted', 'anger', 2),
('en', 'appalled', 'anger', 2),
('en', 'hate', 'anger', 2),
('en', 'hated', 'anger', 2),
('en', 'hating', 'anger', 2),
('en', 'despise', 'anger', 2.5),
('en', 'how dare', 'anger', 2.5),
('en', 'shame on you', 'anger', 2),
('en', 'wtf', 'anger', 2),
('en', 'what the hell', 'anger', 2),
('en', 'fuck', 'anger', 2),
('en', 'fuck you', 'anger', 3),
('en', 'fuck this', 'anger', 2.5),
('en', 'screw this', 'anger', 2),
('en', 'damn you', 'anger', 2),
('en', 'go to hell', 'anger', 3),
('en', 'bastards', 'anger', 2.5),
('en', 'assholes', 'anger', 2.5),
('en', 'jerks', 'anger', 2),
('en', 'cheated', 'anger', 2),
('en', 'betrayed', 'anger', 2),
('en', 'insulted', 'anger', 2),
('en', 'offended', 'anger', 1.5),
('en', 'disrespected', 'anger', 2),
('en', 'treated like dirt', 'anger', 2),
('en', 'treated like garbage', 'anger', 2),
('en', 'treated like shit', 'anger', 2.5),
('en', 'treated like a criminal', 'anger', 2),
('en', 'up in arms', 'anger', 2),
('en', 'blood boiling', 'anger', 2.5),
('en', 'blood boil', 'anger', 2.5),
('en', 'lost my temper', 'anger', 2),
('en', 'losing my temper', 'anger', 2),
-- frustration
('en', 'frustrated', 'frustration', 2),
('en', 'frustrating', 'frustration', 2),
('en', 'frustration', 'frustration', 2),
('en', 'frustrates', 'frustration', 1.5),
('en', 'frustated', 'frustration', 2),
('en', 'fed up', 'frustration', 2),
('en', 'sick of', 'frustration', 2),
('en', 'sick and tired', 'frustration', 2.5),
('en', 'tired of', 'frustration', 1.5),
('en', 'had enough', 'frustration', 2),
('en', 'had it with', 'frustration', 2),
('en', 'enough is enough', 'frustration', 2.5),
('en', 'enough already', 'frustration', 2),
('en', 'ridiculous', 'frustration', 2),
('en', 'rediculous', 'frustration', 2),
('en', 'ridiculus', 'frustration', 2),
('en', 'absurd', 'frustration', 2),
('en', 'unbelievable', 'frustration', 2),
('en', 'unreal', 'frustration', 1.5),
('en', 'crazy', 'frustration', 1),
('en', 'madness', 'frustration', 1.5),
('en', 'annoyed', 'frustration', 1.5),
('en', 'annoying', 'frustration', 1.5),
('en', 'annoyance', 'frustration', 1.5),
('en', 'irritated', 'frustration', 1.5),
('en', 'irritating', 'frustration', 1.5),
('en', 'aggravated', 'frustration', 1.5),
('en', 'exasperated', 'frustration', 2),
('en', 'exasperating', 'frustration', 2),
('en', 'exhausted', 'frustration', 1.5),
('en', 'drained', 'frustration', 1.5),
('en', 'wits end', 'frustration', 2.5),
('en', 'losing my mind', 'frustration', 2),
('en', 'losing my patience', 'frustration', 2),
('en', 'lost my patience', 'frustration', 2),
('en', 'running out of patience', 'frustration', 2),
('en', 'kidding me', 'frustration', 2),
('en', 'are you serious', 'frustration', 1.5),
('en', 'cant believe', 'frustration', 1.5),
('en', 'hard to believe', 'frustration', 1.5),
('en', 'for gods sake', 'frustration', 2),
('en', 'ugh', 'frustration', 1.5),
('en', 'argh', 'frustration', 1.5),
('en', 'smh', 'frustration', 1.5),
('en', 'ffs', 'frustration', 2),
('en', 'fml', 'frustration', 1.5),
('en', 'cmon', 'frustration', 1.5),
('en', 'jeez', 'frustration', 1),
('en', 'geez', 'frustration', 1),
('en', 'sigh', 'frustration', 1),
('en', 'facepalm', 'frustration', 1.5),
('en', 'struggling', 'frustration', 1.5),
('en', 'struggled', 'frustration', 1.5),
('en', 'struggle', 'frustration', 1),
('en', 'impossible', 'frustration', 1.5),
('en', 'impossible to', 'frustration', 2),
('en', 'nearly impossible', 'frustration', 2),
('en', 'uphill battle', 'frustration', 2),
('en', 'hoops', 'frustration', 1.5),
('en', 'give up', 'frustration', 1.5),
('en', 'giving up', 'frustration', 1.5),
('en', 'gave up', 'frustration', 1.5),
('en', 'stuck', 'frustration', 1),
('en', 'endless', 'frustration', 1),
('en', 'neverending', 'frustration', 1.5),
-- anxiety / worry
('en', 'worried', 'anxiety', 2),
('en', 'worried sick', 'anxiety', 2.5),
('en', 'worry', 'anxiety', 1.5),
('en', 'worries', 'anxiety', 1),
('en', 'concerned', 'anxiety', 1.5),
('en', 'concerning', 'anxiety', 1.5),
('en', 'concern', 'anxiety', 1),
('en', 'nervous', 'anxiety', 1.5),
('en', 'anxious', 'anxiety', 2),
('en', 'anxiety', 'anxiety', 2),
('en', 'scared', 'anxiety', 2),
('en', 'afraid', 'anxiety', 1.5),
('en', 'terrified', 'anxiety', 2.5),
('en', 'terrifying', 'anxiety', 2),
('en', 'scary', 'anxiety', 1.5),
('en', 'fear', 'anxiety', 1.5),
('en', 'fearful', 'anxiety', 1.5),
('en', 'panic', 'anxiety', 2),
('en', 'panicked', 'anxiety', 2),
('en', 'freaking out', 'anxiety', 2),
('en', 'freaked out', 'anxiety', 2),
('en', 'stressed', 'anxiety', 1.5),
('en', 'stressed out', 'anxiety', 2),
('en', 'stressful', 'anxiety', 1.5),
('en', 'stress', 'anxiety', 1.5),
('en', 'stressing', 'anxiety', 1.5),
('en', 'on edge', 'anxiety', 1.5),
('en', 'desperate', 'anxiety', 2),
('en', 'helpless', 'anxiety', 2),
('en', 'alarmed', 'anxiety', 1.5),
('en', 'overwhelmed', 'anxiety', 1.5),
('en', 'distressed', 'anxiety', 2),
('en', 'distressing', 'anxiety', 2),
('en', 'distress', 'anxiety', 2),
('en', 'dreading', 'anxiety', 1.5),
('en', 'dread', 'anxiety', 1.5),
('en', 'uncertain', 'anxiety', 1),
('en', 'uncertainty', 'anxiety', 1),
('en', 'in limbo', 'anxiety', 1.5),
('en', 'losing sleep', 'anxiety', 1.5),
('en', 'paranoid', 'anxiety', 1.5),
('en', 'vulnerable', 'anxiety', 1.5),
('en', 'suspicious', 'anxiety', 1),
('en', 'suspicious activity', 'anxiety', 1.5),
('en', 'at risk', 'anxiety', 1.5),
('en', 'what if', 'anxiety', 1),
('en', 'what happens if', 'anxiety', 1.5),
('en', 'is it safe', 'anxiety', 1.5),
('en', 'will i get', 'anxiety', 1),
-- sadness / disappointment
('en', 'disappointed', 'sadness', 2),
('en', 'dissapointed', 'sadness', 2),
('en', 'disappointing', 'sadness', 2),
('en', 'dissapointing', 'sadness', 2),
('en', 'disappointment', 'sadness', 2),
('en', 'disappoints', 'sadness', 1.5),
('en', 'disappoint', 'sadness', 1.5),
('en', 'let down', 'sadness', 1.5),
('en', 'letdown', 'sadness', 1.5),
('en', 'let me down', 'sadness', 2),
('en', 'sad', 'sadness', 1.5),
('en', 'sadly', 'sadness', 1),
('en', 'unfortunately', 'sadness', 0.5),
('en', 'unhappy', 'sadness', 1.5),
('en', 'upset', 'sadness', 1.5),
('en', 'heartbroken', 'sadness', 2.5),
('en', 'heartbreaking', 'sadness', 2),
('en', 'devastated', 'sadness', 2.5),
('en', 'crushed', 'sadness', 2),
('en', 'gutted', 'sadness', 2),
('en', 'bummer', 'sadness', 1),
('en', 'shame', 'sadness', 1),
('en', 'pity', 'sadness', 1),
('en', 'too bad', 'sadness', 1),
('en', 'regret', 'sadness', 1.5),
('en', 'regrets', 'sadness', 1.5),
('en', 'regretted', 'sadness', 1.5),
('en', 'dissatisfied', 'sadness', 1.5),
('en', 'unsatisfied', 'sadness', 1.5),
('en', 'displeased', 'sadness', 1.5),
('en', 'underwhelmed', 'sadness', 1.5),
('en', 'expected more', 'sadness', 1.5),
('en', 'expected better', 'sadness', 1.5),
('en', 'miserable', 'sadness', 2),
('en', 'depressing', 'sadness', 1.5),
('en', 'depressed', 'sadness', 2),
('en', 'hurtful', 'sadness', 1.5),
('en', 'cried', 'sadness', 2),
('en', 'crying', 'sadness', 2),
('en', 'ruined', 'sadness', 2),
('en', 'spoiled', 'sadness', 1),
('en', 'spoilt', 'sadness', 1),
('en', 'sorry to say', 'sadness', 1.5),
('en', 'sad to say', 'sadness', 1.5),
('en', 'lost faith', 'sadness', 2),
('en', 'losing faith', 'sadness', 2),
-- confusion
('en', 'confused', 'confusion', 2),
('en', 'confusing', 'confusion', 2),
('en', 'confusion', 'confusion', 1.5),
('en', 'dont understand', 'confusion', 1.5),
('en', 'doesnt make sense', 'confusion', 2),
('en', 'didnt make sense', 'confusion', 2),
('en', 'makes no sense', 'confusion', 2),
('en', 'make no sense', 'confusion', 2),
('en', 'made no sense', 'confusion', 2),
('en', 'dont get it', 'confusion', 1.5),
('en', 'dont get why', 'confusion', 1.5),
('en', 'unclear', 'confusion', 1.5),
('en', 'not clear', 'confusion', 1.5),
('en', 'no idea', 'confusion', 1.5),
('en', 'no clue', 'confusion', 1.5),
('en', 'not sure', 'confusion', 1),
('en', 'unsure', 'confusion', 1),
('en', 'puzzled', 'confusion', 1.5),
('en', 'baffled', 'confusion', 2),
('en', 'bewildered', 'confusion', 2),
('en', 'im lost', 'confusion', 1.5),
('en', 'how do i', 'confusion', 1),
('en', 'how can i', 'confusion', 1),
('en', 'how am i supposed to', 'confusion', 2),
('en', 'what am i supposed to', 'confusion', 2),
('en', 'where can i', 'confusion', 1),
('en', 'who do i', 'confusion', 1),
('en', 'what does this mean', 'confusion', 1.5),
('en', 'what does that mean', 'confusion', 1.5),
('en', 'what do you mean', 'confusion', 1.5),
('en', 'can someone explain', 'confusion', 1.5),
('en', 'can you explain', 'confusion', 1),
('en', 'please explain', 'confusion', 1),
('en', 'why am i', 'confusion', 1),
('en', 'why was i', 'confusion', 1),
('en', 'conflicting information', 'confusion', 1.5),
('en', 'conflicting answers', 'confusion', 1.5),
('en', 'contradictory', 'confusion', 1.5),
('en', 'contradicting', 'confusion', 1.5),
('en', 'different answer', 'confusion', 1.5),
('en', 'different answers', 'confusion', 1.5),
('en', 'different story', 'confusion', 1.5),
('en', 'misunderstanding', 'confusion', 1),
('en', 'misunderstood', 'confusion', 1),
('en', 'cant figure out', 'confusion', 1.5),
('en', 'cant find', 'confusion', 1),
('en', 'hard to find', 'confusion', 1),
('en', 'hard to understand', 'confusion', 1.5),
('en', 'difficult to understand', 'confusion', 1.5),
('en', 'complicated', 'confusion', 1),
('en', 'convoluted', 'confusion', 1.5),
('en', 'cryptic', 'confusion', 1.5),
('en', 'wait what', 'confusion', 1.5),
('en', 'clarify', 'confusion', 1),
('en', 'clarification', 'confusion', 1),
('en', 'is it normal', 'confusion', 1),
('en', 'am i missing something', 'confusion', 1.5),
('en', 'what is going on', 'confusion', 1),
-- gratitude / joy / relief / thanks
('en', 'thank you', 'gratitude', 1.5),
('en', 'thanks', 'gratitude', 1),
('en', 'thanx', 'gratitude', 1),
('en', 'thx', 'gratitude', 1),
('en', 'ty', 'gratitude', 1),
('en', 'tyvm', 'gratitude', 2),
('en', 'thank you so much', 'gratitude', 2),
('en', 'thanks so much', 'gratitude', 2),
('en', 'thanks again', 'gratitude', 1.5),
('en', 'many thanks', 'gratitude', 1.5),
('en', 'big thanks', 'gratitude', 2),
('en', 'special thanks', 'gratitude', 1.5),
('en', 'much appreciated', 'gratitude', 1.5),
('en', 'appreciate it', 'gratitude', 1.5),
('en', 'appreciate', 'gratitude', 1.5),
('en', 'appreciated', 'gratitude', 1.5),
('en', 'grateful', 'gratitude', 2),
('en', 'forever grateful', 'gratitude', 2.5),
('en', 'eternally grateful', 'gratitude', 2.5),
('en', 'thankful', 'gratitude', 2),
('en', 'happy', 'gratitude', 1.5),
('en', 'happier', 'gratitude', 1.5),
('en', 'couldnt be happier', 'gratitude', 2.5),
('en', 'happy customer', 'gratitude', 2),
('en', 'happy camper', 'gratitude', 2),
('en', 'glad', 'gratitude', 1.5),
('en', 'pleased', 'gratitude', 1.5),
('en', 'delighted', 'gratitude', 2),
('en', 'thrilled', 'gratitude', 2),
('en', 'ecstatic', 'gratitude', 2.5),
('en', 'excited', 'gratitude', 1.5),
('en', 'relieved', 'gratitude', 1.5),
('en', 'relief', 'gratitude', 1.5),
('en', 'what a relief', 'gratitude', 2),
('en', 'phew', 'gratitude', 1),
('en', 'yay', 'gratitude', 1.5),
('en', 'woohoo', 'gratitude', 1.5),
('en', 'hooray', 'gratitude', 1.5),
('en', 'made my day', 'gratitude', 2),
('en', 'over the moon', 'gratitude', 2.5),
('en', 'chuffed', 'gratitude', 1.5),
('en', 'blessed', 'gratitude', 1.5),
('en', 'joy', 'gratitude', 1.5),
('en', 'thank god', 'gratitude', 1),
('en', 'thank goodness', 'gratitude', 1),
('en', 'thankfully', 'gratitude', 1),
('en', 'luckily', 'gratitude', 0.5),
('en', 'fortunately', 'gratitude', 0.5),
-- repeat_contact: customer has contacted more than once
('en', 'called again', 'repeat_contact', 1.5),
('en', 'calling again', 'repeat_contact', 1.5),
('en', 'call again', 'repeat_contact', 1),
('en', 'called back again', 'repeat_contact', 1.5),
('en', 'called multiple times', 'repeat_contact', 1.5),
('en', 'called many times', 'repeat_contact', 1.5),
('en', 'called numerous times', 'repeat_contact', 1.5),
('en', 'multiple calls', 'repeat_contact', 1.5),
('en', 'numerous calls', 'repeat_contact', 1.5),
('en', 'several calls', 'repeat_contact', 1.5),
('en', 'countless times', 'repeat_contact', 2),
('en', 'countless emails', 'repeat_contact', 2),
('en', 'multiple emails', 'repeat_contact', 1.5),
('en', 'numerous emails', 'repeat_contact', 1.5),
('en', 'emailed multiple times', 'repeat_contact', 1.5),
('en', 'emailed several times', 'repeat_contact', 1.5),
('en', 'messaged again', 'repeat_contact', 1.5),
('en', 'writing again', 'repeat_contact', 1.5),
('en', 'multiple times', 'repeat_contact', 1.5),
('en', 'many times', 'repeat_contact', 1),
('en', 'numerous times', 'repeat_contact', 1.5),
('en', 'too many times', 'repeat_contact', 1.5),
('en', 'second time', 'repeat_contact', 1),
('en', 'third time', 'repeat_contact', 1.5),
('en', 'fourth time', 'repeat_contact', 2),
('en', 'sixth time', 'repeat_contact', 2),
('en', '2nd time', 'repeat_contact', 1),
('en', '4th time', 'repeat_contact', 2),
('en', '5th time', 'repeat_contact', 2),
('en', 'for the second time', 'repeat_contact', 1.5),
('en', 'for the third time', 'repeat_contact', 2),
('en', 'second call', 'repeat_contact', 1),
('en', 'third call', 'repeat_contact', 1.5),
('en', 'fourth call', 'repeat_contact', 2),
('en', 'second email', 'repeat_contact', 1),
('en', 'third email', 'repeat_contact', 1.5),
('en', 'fourth email', 'repeat_contact', 2),
('en', 'four times', 'repeat_contact', 1.5),
('en', 'five times', 'repeat_contact', 1.5),
('en', 'ten times', 'repeat_contact', 2),
('en', 'dozen times', 'repeat_contact', 2),
('en', 'twice already', 'repeat_contact', 1.5),
('en', 'already twice', 'repeat_contact', 1.5),
('en', 'three times already', 'repeat_contact', 2),
('en', 'sent it twice', 'repeat_contact', 1.5),
('en', 'sent this twice', 'repeat_contact', 1.5),
('en', 'keep calling', 'repeat_contact', 1.5),
('en', 'keep emailing', 'repeat_contact', 1.5),
('en', 'kept emailing', 'repeat_contact', 1.5),
('en', 'keep contacting', 'repeat_contact', 1.5),
('en', 'keep having to', 'repeat_contact', 1.5),
('en', 'had to call back', 'repeat_contact', 1.5),
('en', 'had to call again', 'repeat_contact', 1.5),
('en', 'already called', 'repeat_contact', 1.5),
('en', 'already sent', 'repeat_contact', 1),
('en', 'already reported', 'repeat_contact', 1.5),
('en', 'reported this before', 'repeat_contact', 1.5),
('en', 'reported this already', 'repeat_contact', 1.5),
('en', 'called before', 'repeat_contact', 1),
('en', 'contacted before', 'repeat_contact', 1),
('en', 'every time i call', 'repeat_contact', 1.5),
('en', 'each time i call', 'repeat_contact', 1.5),
('en', 'every time i contact', 'repeat_contact', 1.5),
('en', 'again and again', 'repeat_contact', 1.5),
('en', 'over and over', 'repeat_contact', 1.5),
('en', 'over and over again', 'repeat_contact', 2),
('en', 'time and again', 'repeat_contact', 1.5),
('en', 'explain again', 'repeat_contact', 1.5),
('en', 'explained again', 'repeat_contact', 1.5),
('en', 'explain everything again', 'repeat_contact', 1.5),
('en', 'repeat myself', 'repeat_contact', 1.5),
('en', 'repeated myself', 'repeat_contact', 1.5),
('en', 'start over', 'repeat_contact', 1),
('en', 'starting over', 'repeat_contact', 1),
('en', 'start from scratch', 'repeat_contact', 1.5),
('en', 'same problem again', 'repeat_contact', 1.5),
('en', 'same problem', 'repeat_contact', 1),
('en', 'same issue', 'repeat_contact', 1),
('en', 'recurring', 'repeat_contact', 1),
('en', 'keeps happening', 'repeat_contact', 1.5),
('en', 'happened again', 'repeat_contact', 1.5),
('en', 'happening again', 'repeat_contact', 1.5),
('en', 'still happening', 'repeat_contact', 1.5),
('en', 'reopened', 'repeat_contact', 1),
('en', 'another ticket', 'repeat_contact', 1.5),
('en', 'another call', 'repeat_contact', 1.5),
('en', 'another email', 'repeat_contact', 1.5),
('en', 'my previous email', 'repeat_contact', 1),
('en', 'my last email', 'repeat_contact', 1),
('en', 'my previous call', 'repeat_contact', 1),
('en', 'previous ticket', 'repeat_contact', 1),
('en', 'previous complaint', 'repeat_contact', 1.5),
('en', 'last time i called', 'repeat_contact', 1.5),
('en', 'as i said before', 'repeat_contact', 1.5),
('en', 'as i already said', 'repeat_contact', 1.5),
('en', 'as previously mentioned', 'repeat_contact', 1.5),
('en', 'as i mentioned', 'repeat_contact', 1),
('en', 'like i said', 'repeat_contact', 1),
('en', 'already told', 'repeat_contact', 1.5),
('en', 'already explained', 'repeat_contact', 1.5),
('en', 'already provided', 'repeat_contact', 1.5),
('en', 'already gave', 'repeat_contact', 1.5),
-- waiting: delays, hold times, no response
('en', 'still waiting', 'waiting', 1.5),
('en', 'been waiting', 'waiting', 1.5),
('en', 'waiting', 'waiting', 1),
('en', 'waited', 'waiting', 1),
('en', 'have to wait', 'waiting', 1),
('en', 'had to wait', 'waiting', 1),
('en', 'on hold', 'waiting', 1),
('en', 'on hold for', 'waiting', 1.5),
('en', 'been on hold', 'waiting', 1.5),
('en', 'left on hold', 'waiting', 1.5),
('en', 'put on hold', 'waiting', 1),
('en', 'hours on hold', 'waiting', 2),
('en', 'hour on hold', 'waiting', 1.5),
('en', 'minutes on hold', 'waiting', 1.5),
('en', 'hold times', 'waiting', 1),
('en', 'wait time', 'waiting', 1),
('en', 'waiting time', 'waiting', 1),
('en', 'long wait', 'waiting', 1.5),
('en', 'long waits', 'waiting', 1.5),
('en', 'long queue', 'waiting', 1.5),
('en', 'long queues', 'waiting', 1.5),
('en', 'long line', 'waiting', 1.5),
('en', 'in the queue', 'waiting', 1),
('en', 'hours waiting', 'waiting', 1.5),
('en', 'months waiting', 'waiting', 2),
('en', 'waiting for hours', 'waiting', 1.5),
('en', 'waiting for weeks', 'waiting', 2),
('en', 'waiting for months', 'waiting', 2),
('en', 'waited for hours', 'waiting', 1.5),
('en', 'waited hours', 'waiting', 1.5),
('en', 'waited days', 'waiting', 1.5),
('en', 'waited weeks', 'waiting', 2),
('en', 'takes forever', 'waiting', 1.5),
('en', 'took forever', 'waiting', 1.5),
('en', 'forever', 'waiting', 0.5),
('en', 'for ages', 'waiting', 1),
('en', 'for hours', 'waiting', 1),
('en', 'for days', 'waiting', 1),
('en', 'for weeks', 'waiting', 1),
('en', 'for months', 'waiting', 1.5),
('en', 'over an hour', 'waiting', 1),
('en', 'over a week', 'waiting', 1),
('en', 'over a month', 'waiting', 1.5),
('en', 'hours later', 'waiting', 1),
('en', 'days later', 'waiting', 1),
('en', 'weeks later', 'waiting', 1),
('en', 'week later', 'waiting', 1),
('en', 'month later', 'waiting', 1.5),
('en', 'and counting', 'waiting', 1.5),
('en', 'no response', 'waiting', 1.5),
('en', 'no reply', 'waiting', 1.5),
('en', 'no answer', 'waiting', 1.5),
('en', 'no call back', 'waiting', 1.5),
('en', 'never called back', 'waiting', 1.5),
('en', 'never called me back', 'waiting', 1.5),
('en', 'never got back to me', 'waiting', 1.5),
('en', 'never heard back', 'waiting', 1.5),
('en', 'havent heard back', 'waiting', 1.5),
('en', 'havent heard anything', 'waiting', 1.5),
('en', 'yet to hear', 'waiting', 1.5),
('en', 'yet to receive', 'waiting', 1),
('en', 'didnt get a response', 'waiting', 1.5),
('en', 'havent received a response', 'waiting', 1.5),
('en', 'nobody answers', 'waiting', 1.5),
('en', 'no one answers', 'waiting', 1.5),
('en', 'nobody is answering', 'waiting', 1.5),
('en', 'no one is answering', 'waiting', 1.5),
('en', 'nobody picks up', 'waiting', 1.5),
('en', 'no one picks up', 'waiting', 1.5),
('en', 'no one responds', 'waiting', 1.5),
('en', 'nobody replied', 'waiting', 1.5),
('en', 'no one replied', 'waiting', 1.5),
('en', 'nobody got back', 'waiting', 1.5),
('en', 'no one got back', 'waiting', 1.5),
('en', 'nobody contacted me', 'waiting', 1.5),
('en', 'no one contacted me', 'waiting', 1.5),
('en', 'still havent', 'waiting', 1.5),
('en', 'still hasnt', 'waiting', 1.5),
('en', 'still pending', 'waiting', 1.5),
('en', 'pending', 'waiting', 0.5),
('en', 'still in transit', 'waiting', 1),
('en', 'stuck in transit', 'waiting', 1.5),
('en', 'slow to respond', 'waiting', 1.5),
('en', 'radio silence', 'waiting', 1.5),
('en', 'crickets', 'waiting', 1),
('en', 'ignored my emails', 'waiting', 1.5),
('en', 'ignoring my emails', 'waiting', 1.5),
('en', 'unanswered', 'waiting', 1.5),
('en', 'ghosted', 'waiting', 1.5),
-- transfer: passed between agents / departments
('en', 'transferred', 'transfer', 1.5),
('en', 'transfered', 'transfer', 1.5),
('en', 'transferring', 'transfer', 1),
('en', 'transferred multiple times', 'transfer', 2),
('en', 'transferred around', 'transfer', 2),
('en', 'keep transferring', 'transfer', 2),
('en', 'passed around', 'transfer', 2),
('en', 'passed from one', 'transfer', 2),
('en', 'department to department', 'transfer', 2),
('en', 'person to person', 'transfer', 1.5),
('en', 'agent to agent', 'transfer', 2),
('en', 'bounced around', 'transfer', 2),
('en', 'bounced from', 'transfer', 1.5),
('en', 'bouncing me around', 'transfer', 2),
('en', 'passing the buck', 'transfer', 1.5),
('en', 'passed the buck', 'transfer', 1.5),
('en', 'runaround', 'transfer', 1.5),
('en', 'run around', 'transfer', 1.5),
('en', 'redirected', 'transfer', 1.5),
('en', 'referred me to', 'transfer', 1),
('en', 'sent me to', 'transfer', 1),
('en', 'told me to call', 'transfer', 1.5),
('en', 'told me to contact', 'transfer', 1.5),
('en', 'told to call', 'transfer', 1.5),
('en', 'told to contact', 'transfer', 1.5),
('en', 'wrong department', 'transfer', 2),
('en', 'another department', 'transfer', 1.5),
('en', 'different department', 'transfer', 1.5),
('en', 'other department', 'transfer', 1),
('en', 'another agent', 'transfer', 1.5),
('en', 'another rep', 'transfer', 1.5),
('en', 'another representative', 'transfer', 1.5),
('en', 'not my department', 'transfer', 2),
('en', 'not our department', 'transfer', 2),
('en', 'contact the manufacturer', 'transfer', 1),
('en', 'contact the seller', 'transfer', 1),
('en', 'blaming each other', 'transfer', 2),
('en', 'each blaming the other', 'transfer', 2),
('en', 'pointing fingers', 'transfer', 1.5),
('en', 'finger pointing', 'transfer', 1.5),
('en', 'ping pong', 'transfer', 1.5),
('en', 'in circles', 'transfer', 1.5),
('en', 'endless loop', 'transfer', 1.5),
('en', 'phone tree', 'transfer', 1),
('en', 'handed off', 'transfer', 1),
('en', 'handed over to', 'transfer', 1),
('en', 'put through to', 'transfer', 0.5),
-- chasing: customer has to follow up
('en', 'following up', 'chasing', 1.5),
('en', 'follow up', 'chasing', 1),
('en', 'follow up again', 'chasing', 2),
('en', 'just following up', 'chasing', 1.5),
('en', 'any update', 'chasing', 1.5),
('en', 'any updates', 'chasing', 1.5),
('en', 'any news', 'chasing', 1.5),
('en', 'update please', 'chasing', 1.5),
('en', 'no update', 'chasing', 1.5),
('en', 'no updates', 'chasing', 1.5),
('en', 'still no', 'chasing', 1.5),
('en', 'still no answer', 'chasing', 2),
('en', 'still no response', 'chasing', 2),
('en', 'still no reply', 'chasing', 2),
('en', 'still no update', 'chasing', 2),
('en', 'still no news', 'chasing', 2),
('en', 'still no refund', 'chasing', 2),
('en', 'still nothing', 'chasing', 2),
('en', 'still unresolved', 'chasing', 2),
('en', 'unresolved', 'chasing', 1.5),
('en', 'still open', 'chasing', 1.5),
('en', 'chasing', 'chasing', 1.5),
('en', 'chase', 'chasing', 1),
('en', 'chased', 'chasing', 1.5),
('en', 'chase up', 'chasing', 1.5),
('en', 'keep chasing', 'chasing', 2),
('en', 'have to chase', 'chasing', 2),
('en', 'had to chase', 'chasing', 2),
('en', 'having to chase', 'chasing', 2),
('en', 'gentle reminder', 'chasing', 1.5),
('en', 'friendly reminder', 'chasing', 1),
('en', 'kind reminder', 'chasing', 1),
('en', 'reminding you', 'chasing', 1),
('en', 'checking in', 'chasing', 1),
('en', 'checking on the status', 'chasing', 1.5),
('en', 'status of my', 'chasing', 1),
('en', 'status update', 'chasing', 1),
('en', 'where is my', 'chasing', 1.5),
('en', 'what is the status', 'chasing', 1.5),
('en', 'what is happening with', 'chasing', 1.5),
('en', 'what is going on with', 'chasing', 1.5),
('en', 'any idea when', 'chasing', 1),
('en', 'when will i', 'chasing', 1),
('en', 'when can i expect', 'chasing', 1),
('en', 'please advise', 'chasing', 1),
('en', 'bumping this', 'chasing', 1.5),
('en', 'pinging', 'chasing', 1),
('en', 'resending', 'chasing', 1.5),
('en', 'resent', 'chasing', 1),
('en', 'forwarding again', 'chasing', 1.5),
('en', 'awaiting your response', 'chasing', 1),
('en', 'awaiting a response', 'chasing', 1),
('en', 'awaiting reply', 'chasing', 1),
('en', 'hoping to hear', 'chasing', 1),
('en', 'promised to call', 'chasing', 1.5),
('en', 'promised a callback', 'chasing', 1.5),
('en', 'said they would call', 'chasing', 1.5),
('en', 'supposed to call', 'chasing', 1.5),
('en', 'was told i would', 'chasing', 1.5),
('en', 'was told it would', 'chasing', 1.5),
('en', 'was promised', 'chasing', 1.5),
('en', 'they said it would', 'chasing', 1),
('en', 'escalated', 'chasing', 1),
-- churn: 3 = explicit decision, 2 = strong intent, 1 = considering
('en', 'cancel my account', 'churn', 3),
('en', 'cancelled my account', 'churn', 3),
('en', 'cancel my subscription', 'churn', 3),
('en', 'cancelled my subscription', 'churn', 3),
('en', 'cancelled my membership', 'churn', 3),
('en', 'canceled my membership', 'churn', 3),
('en', 'cancel my service', 'churn', 3),
('en', 'cancel my contract', 'churn', 3),
('en', 'cancel my plan', 'churn', 3),
('en', 'cancel my card', 'churn', 3),
('en', 'cancel my policy', 'churn', 3),
('en', 'cancel everything', 'churn', 3),
('en', 'cancel the subscription', 'churn', 2.5),
('en', 'cancel subscription', 'churn', 2.5),
('en', 'cancel membership', 'churn', 2.5),
('en', 'close my account', 'churn', 3),
('en', 'close the account', 'churn', 2.5),
('en', 'delete my account', 'churn', 3),
('en', 'deleting my account', 'churn', 3),
('en', 'deleted my account', 'churn', 3),
('en', 'terminate my contract', 'churn', 3),
('en', 'terminate my account', 'churn', 3),
('en', 'end my contract', 'churn', 2.5),
('en', 'end my subscription', 'churn', 3),
('en', 'wont be renewing', 'churn', 3),
('en', 'not renewing', 'churn', 3),
('en', 'will be cancelling', 'churn', 2.5),
('en', 'want to cancel', 'churn', 2),
('en', 'wish to cancel', 'churn', 2),
('en', 'cancel my order', 'churn', 1),
('en', 'switched to', 'churn', 3),
('en', 'switching to', 'churn', 2.5),
('en', 'switching providers', 'churn', 2.5),
('en', 'switching carriers', 'churn', 2.5),
('en', 'switching banks', 'churn', 2.5),
('en', 'going to switch', 'churn', 2),
('en', 'gonna switch', 'churn', 2),
('en', 'about to switch', 'churn', 2),
('en', 'might switch', 'churn', 1),
('en', 'may switch', 'churn', 1),
('en', 'thinking of switching', 'churn', 1),
('en', 'thinking about switching', 'churn', 1),
('en', 'thinking of cancelling', 'churn', 1),
('en', 'thinking of leaving', 'churn', 1),
('en', 'looking for another', 'churn', 1.5),
('en', 'looking elsewhere', 'churn', 1.5),
('en', 'looking at other options', 'churn', 1),
('en', 'other options', 'churn', 1),
('en', 'find another', 'churn', 1.5),
('en', 'time to find another', 'churn', 2),
('en', 'moving to another', 'churn', 2),
('en', 'moving my business', 'churn', 2.5),
('en', 'taking my business elsewhere', 'churn', 3),
('en', 'take my business elsewhere', 'churn', 3),
('en', 'taking my business', 'churn', 2.5),
('en', 'going elsewhere', 'churn', 2),
('en', 'shop elsewhere', 'churn', 2.5),
('en', 'shopping elsewhere', 'churn', 2.5),
('en', 'go with someone else', 'churn', 2),
('en', 'going with another', 'churn', 2),
('en', 'better off with', 'churn', 1.5),
('en', 'competitors', 'churn', 1),
('en', 'your competitor', 'churn', 1.5),
('en', 'port my number', 'churn', 3),
('en', 'porting my number', 'churn', 3),
('en', 'porting out', 'churn', 2.5),
('en', 'port out', 'churn', 2.5),
('en', 'never again', 'churn', 3),
('en', 'never flying with', 'churn', 3),
('en', 'never fly with', 'churn', 3),
('en', 'never fly', 'churn', 2.5),
('en', 'never flying', 'churn', 2.5),
('en', 'never stay', 'churn', 2.5),
('en', 'never shop', 'churn', 2.5),
('en', 'never shopping', 'churn', 2.5),
('en', 'never order', 'churn', 2.5),
('en', 'never ordering', 'churn', 2.5),
('en', 'never buy', 'churn', 2.5),
('en', 'never buying', 'churn', 2.5),
('en', 'never use', 'churn', 2.5),
('en', 'never booking', 'churn', 2.5),
('en', 'never going back', 'churn', 3),
('en', 'never go back', 'churn', 2.5),
('en', 'never returning', 'churn', 2.5),
('en', 'never return', 'churn', 2),
('en', 'wont be back', 'churn', 2.5),
('en', 'wont be returning', 'churn', 2.5),
('en', 'wont return', 'churn', 2.5),
('en', 'wont be using', 'churn', 2.5),
('en', 'wont use', 'churn', 2),
('en', 'wont be ordering', 'churn', 2.5),
('en', 'wont be buying', 'churn', 2.5),
('en', 'wont be flying', 'churn', 2.5),
('en', 'wont be staying', 'churn', 2.5),
('en', 'lost a customer', 'churn', 3),
('en', 'lost a loyal customer', 'churn', 3),
('en', 'you lost me', 'churn', 2.5),
('en', 'former customer', 'churn', 2.5),
('en', 'ex customer', 'churn', 2.5),
('en', 'last time i use', 'churn', 2.5),
('en', 'done with you', 'churn', 2.5),
('en', 'done with this company', 'churn', 2.5),
('en', 'im done', 'churn', 2),
('en', 'delete the app', 'churn', 2),
('en', 'deleted the app', 'churn', 2.5),
('en', 'uninstalled', 'churn', 2),
('en', 'uninstalling', 'churn', 2),
('en', 'uninstall', 'churn', 1.5),
('en', 'unsubscribed', 'churn', 2),
-- escalation: regulators, legal, chargeback, media, reviews, management
('en', 'file a complaint', 'escalation', 2),
('en', 'filing a complaint', 'escalation', 2),
('en', 'formal complaint', 'escalation', 2),
('en', 'lodged a complaint', 'escalation', 2),
('en', 'raise a complaint', 'escalation', 1.5),
('en', 'report you', 'escalation', 2),
('en', 'reporting you', 'escalation', 2),
('en', 'reported you', 'escalation', 2),
('en', 'report this to', 'escalation', 2),
('en', 'reporting this to', 'escalation', 2),
('en', 'better business bureau', 'escalation', 2.5),
('en', 'dot', 'escalation', 1.5),
('en', 'faa', 'escalation', 2),
('en', 'caa', 'escalation', 2),
('en', 'ftc', 'escalation', 2.5),
('en', 'federal trade commission', 'escalation', 2.5),
('en', 'consumer financial protection bureau', 'escalation', 2.5),
('en', 'ofcom', 'escalation', 2.5),
('en', 'trading standards', 'escalation', 2.5),
('en', 'ombudsman', 'escalation', 2.5),
('en', 'regulator', 'escalation', 2),
('en', 'regulators', 'escalation', 2),
('en', 'consumer protection', 'escalation', 2),
('en', 'consumer rights', 'escalation', 1.5),
('en', 'citizens advice', 'escalation', 2),
('en', 'public utility commission', 'escalation', 2.5),
('en', 'eu261', 'escalation', 2),
('en', 'ec261', 'escalation', 2),
('en', 'small claims', 'escalation', 2.5),
('en', 'court', 'escalation', 1.5),
('en', 'take you to court', 'escalation', 3),
('en', 'taking you to court', 'escalation', 3),
('en', 'sue', 'escalation', 2.5),
('en', 'sued', 'escalation', 2),
('en', 'lawsuit', 'escalation', 2.5),
('en', 'class action', 'escalation', 2.5),
('en', 'legal action', 'escalation', 2.5),
('en', 'legal advice', 'escalation', 2),
('en', 'lawyer', 'escalation', 2),
('en', 'lawyers', 'escalation', 2),
('en', 'attorney', 'escalation', 2),
('en', 'my attorney', 'escalation', 2.5),
('en', 'breach of contract', 'escalation', 2.5),
('en', 'know my rights', 'escalation', 2),
('en', 'my rights', 'escalation', 1.5),
('en', 'police', 'escalation', 2),
('en', 'chargeback', 'escalation', 2.5),
('en', 'dispute the charge', 'escalation', 2.5),
('en', 'disputing the charge', 'escalation', 2.5),
('en', 'dispute with my bank', 'escalation', 2.5),
('en', 'paypal dispute', 'escalation', 2.5),
('en', 'paypal claim', 'escalation', 2),
('en', 'dispute', 'escalation', 1.5),
('en', 'contact my bank', 'escalation', 1.5),
('en', 'call my bank', 'escalation', 1.5),
('en', 'credit card company', 'escalation', 1.5),
('en', 'social media', 'escalation', 1.5),
('en', 'post this everywhere', 'escalation', 2.5),
('en', 'posting this everywhere', 'escalation', 2.5),
('en', 'going viral', 'escalation', 2),
('en', 'go viral', 'escalation', 2),
('en', 'tell everyone', 'escalation', 2),
('en', 'telling everyone', 'escalation', 2),
('en', 'tell all my friends', 'escalation', 2),
('en', 'warn everyone', 'escalation', 2),
('en', 'the media', 'escalation', 2),
('en', 'contact the press', 'escalation', 2.5),
('en', 'local news', 'escalation', 2),
('en', 'journalist', 'escalation', 2),
('en', 'reporter', 'escalation', 1.5),
('en', 'write a review', 'escalation', 1.5),
('en', 'leave a review', 'escalation', 1),
('en', 'leaving a review', 'escalation', 1),
('en', 'bad review', 'escalation', 1.5),
('en', 'one star review', 'escalation', 2),
('en', '1 star review', 'escalation', 2),
('en', 'trustpilot', 'escalation', 1.5),
('en', 'yelp', 'escalation', 1.5),
('en', 'tripadvisor', 'escalation', 1),
('en', 'google review', 'escalation', 1),
('en', 'speak to a manager', 'escalation', 2),
('en', 'talk to a manager', 'escalation', 2),
('en', 'talk to your manager', 'escalation', 2),
('en', 'want a manager', 'escalation', 2),
('en', 'your supervisor', 'escalation', 2),
('en', 'a supervisor', 'escalation', 1.5),
('en', 'someone higher up', 'escalation', 2),
('en', 'higher ups', 'escalation', 1.5),
('en', 'escalate this', 'escalation', 2),
('en', 'escalating this', 'escalation', 2),
('en', 'escalate', 'escalation', 1.5),
('en', 'your ceo', 'escalation', 2.5),
('en', 'ceo', 'escalation', 2),
('en', 'head office', 'escalation', 1.5),
('en', 'corporate', 'escalation', 1.5),
('en', 'executive team', 'escalation', 1.5),
('en', 'complaints department', 'escalation', 1.5),
('en', 'demand compensation', 'escalation', 2),
('en', 'compensation', 'escalation', 1),
-- urgency
('en', 'urgent', 'urgency', 2),
('en', 'urgently', 'urgency', 2),
('en', 'asap', 'urgency', 2),
('en', 'as soon as possible', 'urgency', 2),
('en', 'as quickly as possible', 'urgency', 2),
('en', 'as fast as possible', 'urgency', 2),
('en', 'immediately', 'urgency', 1.5),
('en', 'immediate', 'urgency', 1.5),
('en', 'right now', 'urgency', 1.5),
('en', 'right away', 'urgency', 1.5),
('en', 'right this minute', 'urgency', 2),
('en', 'at once', 'urgency', 1.5),
('en', 'without delay', 'urgency', 1.5),
('en', 'today', 'urgency', 0.5),
('en', 'by tomorrow', 'urgency', 1.5),
('en', 'emergency', 'urgency', 2),
('en', 'time sensitive', 'urgency', 2),
('en', 'time critical', 'urgency', 2),
('en', 'critical', 'urgency', 1.5),
('en', 'high priority', 'urgency', 1.5),
('en', 'priority', 'urgency', 0.5),
('en', 'desperately need', 'urgency', 2),
('en', 'need this fixed', 'urgency', 1.5),
('en', 'need it now', 'urgency', 2),
('en', 'need help now', 'urgency', 2),
('en', 'running out of time', 'urgency', 2),
('en', 'cant wait any longer', 'urgency', 2),
('en', 'no later than', 'urgency', 1),
('en', 'deadline', 'urgency', 1),
('en', 'before my flight', 'urgency', 1.5),
('en', 'flight is tomorrow', 'urgency', 1.5),
('en', 'leaving tomorrow', 'urgency', 1.5),
('en', 'in an hour', 'urgency', 1),
('en', 'hurry', 'urgency', 1),
('en', 'sos', 'urgency', 2),
('en', 'please help', 'urgency', 1),
('en', 'pls help', 'urgency', 1.5),
('en', 'help me please', 'urgency', 1),
-- intensifier: weight = amplification factor
('en', 'very', 'intensifier', 1.5),
('en', 'so', 'intensifier', 1.3),
('en', 'really', 'intensifier', 1.4),
('en', 'extremely', 'intensifier', 2),
('en', 'super', 'intensifier', 1.5),
('en', 'totally', 'intensifier', 1.5),
('en', 'absolutely', 'intensifier', 2),
('en', 'completely', 'intensifier', 1.7),
('en', 'incredibly', 'intensifier', 1.8),
('en', 'utterly', 'intensifier', 2),
('en', 'truly', 'intensifier', 1.4),
('en', 'highly', 'intensifier', 1.5),
('en', 'seriously', 'intensifier', 1.4),
('en', 'ridiculously', 'intensifier', 1.7),
('en', 'terribly', 'intensifier', 1.6),
('en', 'horribly', 'intensifier', 1.7),
('en', 'dreadfully', 'intensifier', 1.5),
('en', 'remarkably', 'intensifier', 1.5),
('en', 'deeply', 'intensifier', 1.6),
('en', 'quite', 'intensifier', 1.2),
('en', 'pretty', 'intensifier', 1.2),
('en', 'literally', 'intensifier', 1.2),
('en', 'definitely', 'intensifier', 1.3),
('en', 'immensely', 'intensifier', 1.7),
('en', 'exceedingly', 'intensifier', 1.8),
('en', 'majorly', 'intensifier', 1.5),
('en', 'beyond', 'intensifier', 1.5),
('en', 'way too', 'intensifier', 1.7),
('en', 'far too', 'intensifier', 1.7),
('en', 'too', 'intensifier', 1.3),
('en', 'so very', 'intensifier', 1.8),
('en', 'very very', 'intensifier', 1.8),
('en', 'really really', 'intensifier', 1.8),
('en', 'the most', 'intensifier', 1.5),
('en', 'such a', 'intensifier', 1.3),
('en', 'damn', 'intensifier', 1.3),
('en', 'freaking', 'intensifier', 1.5),
('en', 'fricking', 'intensifier', 1.5),
('en', 'fucking', 'intensifier', 1.7),
('en', 'bloody', 'intensifier', 1.5),
('en', 'hella', 'intensifier', 1.5),
('en', 'mega', 'intensifier', 1.4),
('en', 'ultra', 'intensifier', 1.5),
('en', 'most', 'intensifier', 1.3),
('en', 'much', 'intensifier', 1.2),
-- diminisher: weight = remaining strength
('en', 'a bit', 'diminisher', 0.5),
('en', 'a little', 'diminisher', 0.5),
('en', 'a little bit', 'diminisher', 0.5),
('en', 'just a bit', 'diminisher', 0.5),
('en', 'just a little', 'diminisher', 0.5),
('en', 'a tad', 'diminisher', 0.5),
('en', 'a wee bit', 'diminisher', 0.5),
('en', 'bit of a', 'diminisher', 0.6),
('en', 'slightly', 'diminisher', 0.5),
('en', 'mildly', 'diminisher', 0.5),
('en', 'kind of', 'diminisher', 0.6),
('en', 'kinda', 'diminisher', 0.6),
('en', 'sort of', 'diminisher', 0.6),
('en', 'somewhat', 'diminisher', 0.6),
('en', 'partially', 'diminisher', 0.6),
('en', 'fairly', 'diminisher', 0.8),
('en', 'reasonably', 'diminisher', 0.7),
('en', 'relatively', 'diminisher', 0.7),
('en', 'mostly', 'diminisher', 0.8),
('en', 'more or less', 'diminisher', 0.6),
('en', 'occasionally', 'diminisher', 0.6),
('en', 'not that', 'diminisher', 0.6),
-- irony: cues that make a preceding positive word sarcastic
('en', 'again', 'irony', 1),
('en', 'yet again', 'irony', 1),
('en', 'once again', 'irony', 1),
('en', 'another', 'irony', 1),
('en', 'yet another', 'irony', 1.5),
('en', 'as usual', 'irony', 1),
('en', 'as always', 'irony', 1),
('en', 'yeah right', 'irony', 1);

-- ---- the shipped voice lexicon (Spanish) ----
-- cx_metrics voice lexicon: Spanish (es) rows.
-- Phrases are matched on whole words after normalisation (lowercase, no accents, no apostrophes);
-- negation, intensifiers and contrast are applied by the matcher rules.
INSERT INTO @extschema@.voice_lexicon_shipped (language, phrase, signal, weight) VALUES
-- positive: general evaluative words and expressions (reviews, tweets, chats)
('es', 'excelente', 'positive', 2),
('es', 'excelentes', 'positive', 2),
('es', 'exelente', 'positive', 2),
('es', 'exelentes', 'positive', 2),
('es', 'excepcional', 'positive', 2),
('es', 'excepcionales', 'positive', 2),
('es', 'extraordinario', 'positive', 2),
('es', 'extraordinaria', 'positive', 2),
('es', 'extraordinarios', 'positive', 2),
('es', 'extraordinarias', 'positive', 2),
('es', 'estupendo', 'positive', 1.5),
('es', 'estupenda', 'positive', 1.5),
('es', 'estupendos', 'positive', 1.5),
('es', 'estupendas', 'positive', 1.5),
('es', 'estupendamente', 'positive', 1.5),
('es', 'fantástico', 'positive', 2),
('es', 'fantástica', 'positive', 2),
('es', 'fantásticos', 'positive', 2),
('es', 'fantásticas', 'positive', 2),
('es', 'maravilloso', 'positive', 2),
('es', 'maravillosa', 'positive', 2),
('es', 'maravillosos', 'positive', 2),
('es', 'maravillosas', 'positive', 2),
('es', 'maravillosamente', 'positive', 2),
('es', 'una maravilla', 'positive', 2),
('es', 'de maravilla', 'positive', 2),
('es', 'magnífico', 'positive', 2),
('es', 'magnífica', 'positive', 2),
('es', 'magníficos', 'positive', 2),
('es', 'magníficas', 'positive', 2),
('es', 'espectacular', 'positive', 2),
('es', 'espectaculares', 'positive', 2),
('es', 'fenomenal', 'positive', 2),
('es', 'fenomenales', 'positive', 2),
('es', 'increíble', 'positive', 1.5),
('es', 'increíbles', 'positive', 1.5),
('es', 'impresionante', 'positive', 1.5),
('es', 'impresionantes', 'positive', 1.5),
('es', 'sobresaliente', 'positive', 2),
('es', 'inmejorable', 'positive', 2.5),
('es', 'inmejorables', 'positive', 2.5),
('es', 'insuperable', 'positive', 2.5),
('es', 'mejor imposible', 'positive', 2.5),
('es', 'de lo mejor', 'positive', 2),
('es', 'lo mejor de lo mejor', 'positive', 3),
('es', 'lo mejor', 'positive', 1.5),
('es', 'el mejor', 'positive', 2),
('es', 'la mejor', 'positive', 2),
('es', 'los mejores', 'positive', 2),
('es', 'las mejores', 'positive', 2),
('es', 'lo máximo', 'positive', 2),
('es', 'de diez', 'positive', 2),
('es', 'de 10', 'positive', 2),
('es', 'un diez', 'positive', 2),
('es', 'un 10', 'positive', 2),
('es', 'diez de diez', 'positive', 2.5),
('es', '10 de 10', 'positive', 2.5),
('es', 'cinco estrellas', 'positive', 1.5),
('es', '5 estrellas', 'positive', 1),
('es', 'de película', 'positive', 1.5),
('es', 'de ensueño', 'positive', 2),
('es', 'de lujo', 'positive', 2),
('es', 'un lujo', 'positive', 2),
('es', 'una pasada', 'positive', 2),
('es', 'de primera', 'positive', 1.5),
('es', 'primera calidad', 'positive', 1.5),
('es', 'genial', 'positive', 2),
('es', 'geniales', 'positive', 2),
('es', 'perfecto', 'positive', 2),
('es', 'perfecta', 'positive', 2),
('es', 'perfectos', 'positive', 2),
('es', 'perfectas', 'positive', 2),
('es', 'perfectamente', 'positive', 1.5),
('es', 'todo perfecto', 'positive', 2),
('es', 'impecable', 'positive', 2),
('es', 'impecables', 'positive', 2),
('es', 'exquisito', 'positive', 2),
('es', 'exquisita', 'positive', 2),
('es', 'exquisitos', 'positive', 2),
('es', 'exquisitas', 'positive', 2),
('es', 'bueno', 'positive', 0.8),
('es', 'buena', 'positive', 1),
('es', 'buenos', 'positive', 0.8),
('es', 'buenas', 'positive', 0.8),
('es', 'buen', 'positive', 0.8),
('es', 'buenísimo', 'positive', 2),
('es', 'buenísima', 'positive', 2),
('es', 'buenísimos', 'positive', 2),
('es', 'buenísimas', 'positive', 2),
('es', 'buenazo', 'positive', 1.5),
('es', 'buenaza', 'positive', 1.5),
('es', 'rebueno', 'positive', 2),
('es', 'rebuena', 'positive', 2),
('es', 'muy bien', 'positive', 1.5),
('es', 'todo bien', 'positive', 1),
('es', 'está bien', 'positive', 0.5),
('es', 'todo correcto', 'positive', 1),
('es', 'correcto', 'positive', 0.5),
('es', 'correcta', 'positive', 0.5),
('es', 'aceptable', 'positive', 0.5),
('es', 'aceptables', 'positive', 0.5),
('es', 'ok', 'positive', 0.3),
('es', 'okey', 'positive', 0.3),
('es', 'satisfactorio', 'positive', 1),
('es', 'satisfactoria', 'positive', 1),
('es', 'satisfecho', 'positive', 1.5),
('es', 'satisfecha', 'positive', 1.5),
('es', 'satisfechos', 'positive', 1.5),
('es', 'satisfechas', 'positive', 1.5),
('es', 'me encanta', 'positive', 2),
('es', 'me encantan', 'positive', 2),
('es', 'me encantó', 'positive', 2),
('es', 'me encantaron', 'positive', 2),
('es', 'nos encantó', 'positive', 2),
('es', 'nos encanta', 'positive', 2),
('es', 'me fascina', 'positive', 2),
('es', 'me fascinó', 'positive', 2),
('es', 'me gusta', 'positive', 1),
('es', 'me gustan', 'positive', 1),
('es', 'me gustó', 'positive', 1.5),
('es', 'me gustaron', 'positive', 1.5),
('es', 'nos gustó', 'positive', 1.5),
('es', 'amo', 'positive', 1.5),
('es', 'lo amo', 'positive', 2),
('es', 'la amo', 'positive', 2),
('es', 'encantador', 'positive', 1.5),
('es', 'encantadora', 'positive', 1.5),
('es', 'encantadores', 'positive', 1.5),
('es', 'encantadoras', 'positive', 1.5),
('es', 'un encanto', 'positive', 1.5),
('es', 'un amor', 'positive', 1.5),
('es', 'un sol', 'positive', 1.5),
('es', 'un placer', 'positive', 1.5),
('es', 'un gusto', 'positive', 1),
('es', 'un acierto', 'positive', 1.5),
('es', 'acierto', 'positive', 1),
('es', 'una joya', 'positive', 2),
('es', 'joya', 'positive', 1.5),
('es', 'una belleza', 'positive', 1.5),
('es', 'guay', 'positive', 1.5),
('es', 'chulo', 'positive', 1),
('es', 'chula', 'positive', 1),
('es', 'chulos', 'positive', 1),
('es', 'chulas', 'positive', 1),
('es', 'chulísimo', 'positive', 2),
('es', 'chulísima', 'positive', 2),
('es', 'mola', 'positive', 1.5),
('es', 'molan', 'positive', 1.5),
('es', 'mola mucho', 'positive', 2),
('es', 'top', 'positive', 1.5),
('es', 'flipante', 'positive', 1.5),
('es', 'brutal', 'positive', 1),
('es', 'cojonudo', 'positive', 2),
('es', 'de puta madre', 'positive', 2),
('es', 'chévere', 'positive', 1.5),
('es', 'bacán', 'positive', 1.5),
('es', 'qué padre', 'positive', 1.5),
('es', 'muy padre', 'positive', 1.5),
('es', 'padrísimo', 'positive', 2),
('es', 'chido', 'positive', 1.5),
('es', 'chida', 'positive', 1.5),
('es', 'chidos', 'positive', 1.5),
('es', 'chingón', 'positive', 1.5),
('es', 'chingona', 'positive', 1.5),
('es', 'una chulada', 'positive', 1.5),
('es', 'bárbaro', 'positive', 1.5),
('es', 'copado', 'positive', 1.5),
('es', 'copada', 'positive', 1.5),
('es', 'piola', 'positive', 1),
('es', 'buena onda', 'positive', 1.5),
('es', 'unos cracks', 'positive', 1.5),
('es', 'un crack', 'positive', 1.5),
('es', 'bonito', 'positive', 1),
('es', 'bonita', 'positive', 1),
('es', 'bonitos', 'positive', 1),
('es', 'bonitas', 'positive', 1),
('es', 'precioso', 'positive', 1.5),
('es', 'preciosa', 'positive', 1.5),
('es', 'preciosos', 'positive', 1.5),
('es', 'preciosas', 'positive', 1.5),
('es', 'hermoso', 'positive', 1.5),
('es', 'hermosa', 'positive', 1.5),
('es', 'hermosos', 'positive', 1.5),
('es', 'hermosas', 'positive', 1.5),
('es', 'lindo', 'positive', 1),
('es', 'linda', 'positive', 1),
('es', 'lindos', 'positive', 1),
('es', 'lindas', 'positive', 1),
('es', 'agradable', 'positive', 1),
('es', 'agradables', 'positive', 1),
('es', 'acogedor', 'positive', 1.5),
('es', 'acogedora', 'positive', 1.5),
('es', 'acogedores', 'positive', 1.5),
('es', 'acogedoras', 'positive', 1.5),
('es', 'cómodo', 'positive', 1),
('es', 'cómoda', 'positive', 1),
('es', 'cómodos', 'positive', 1),
('es', 'cómodas', 'positive', 1),
('es', 'comodísimo', 'positive', 2),
('es', 'comodísima', 'positive', 2),
('es', 'limpio', 'positive', 1),
('es', 'limpia', 'positive', 1),
('es', 'limpios', 'positive', 1),
('es', 'limpias', 'positive', 1),
('es', 'limpísimo', 'positive', 2),
('es', 'limpísima', 'positive', 2),
('es', 'impoluto', 'positive', 2),
('es', 'impoluta', 'positive', 2),
('es', 'espacioso', 'positive', 1),
('es', 'espaciosa', 'positive', 1),
('es', 'espaciosos', 'positive', 1),
('es', 'espaciosas', 'positive', 1),
('es', 'amplio', 'positive', 0.8),
('es', 'amplia', 'positive', 0.8),
('es', 'amplios', 'positive', 0.8),
('es', 'amplias', 'positive', 0.8),
('es', 'luminoso', 'positive', 1),
('es', 'luminosa', 'positive', 1),
('es', 'tranquilo', 'positive', 1),
('es', 'tranquila', 'positive', 1),
('es', 'tranquilos', 'positive', 1),
('es', 'silencioso', 'positive', 1),
('es', 'silenciosa', 'positive', 1),
('es', 'céntrico', 'positive', 1),
('es', 'céntrica', 'positive', 1),
('es', 'bien ubicado', 'positive', 1.5),
('es', 'bien ubicada', 'positive', 1.5),
('es', 'buena ubicación', 'positive', 1.5),
('es', 'bien situado', 'positive', 1.5),
('es', 'bien situada', 'positive', 1.5),
('es', 'bien comunicado', 'positive', 1),
('es', 'delicioso', 'positive', 1.5),
('es', 'deliciosa', 'positive', 1.5),
('es', 'deliciosos', 'positive', 1.5),
('es', 'deliciosas', 'positive', 1.5),
('es', 'riquísimo', 'positive', 2),
('es', 'riquísima', 'positive', 2),
('es', 'sabroso', 'positive', 1.5),
('es', 'sabrosa', 'positive', 1.5),
('es', 'desayuno abundante', 'positive', 1.5),
('es', 'abundante', 'positive', 1),
('es', 'amable', 'positive', 1.5),
('es', 'amables', 'positive', 1.5),
('es', 'amabilísimo', 'positive', 2),
('es', 'amabilísima', 'positive', 2),
('es', 'atento', 'positive', 1.5),
('es', 'atenta', 'positive', 1.5),
('es', 'atentos', 'positive', 1.5),
('es', 'atentas', 'positive', 1.5),
('es', 'simpático', 'positive', 1),
('es', 'simpática', 'positive', 1),
('es', 'simpáticos', 'positive', 1),
('es', 'simpáticas', 'positive', 1),
('es', 'servicial', 'positive', 1.5),
('es', 'serviciales', 'positive', 1.5),
('es', 'profesional', 'positive', 1),
('es', 'profesionales', 'positive', 1),
('es', 'profesionalidad', 'positive', 1.5),
('es', 'profesionalismo', 'positive', 1.5),
('es', 'resolutivo', 'positive', 1.5),
('es', 'resolutiva', 'positive', 1.5),
('es', 'resolutivos', 'positive', 1.5),
('es', 'eficiente', 'positive', 1.5),
('es', 'eficientes', 'positive', 1.5),
('es', 'eficaz', 'positive', 1.5),
('es', 'eficaces', 'positive', 1.5),
('es', 'rápido', 'positive', 1),
('es', 'rápida', 'positive', 1),
('es', 'rápidos', 'positive', 1),
('es', 'rápidas', 'positive', 1),
('es', 'rapidez', 'positive', 1),
('es', 'rapidísimo', 'positive', 2),
('es', 'puntual', 'positive', 1),
('es', 'puntuales', 'positive', 1),
('es', 'puntualidad', 'positive', 1),
('es', 'sin retrasos', 'positive', 1.5),
('es', 'sin esperas', 'positive', 1.5),
('es', 'sin problemas', 'positive', 1),
('es', 'sin ningún problema', 'positive', 1),
('es', 'sin complicaciones', 'positive', 1),
('es', 'sin inconvenientes', 'positive', 1),
('es', 'sin fallos', 'positive', 1),
('es', 'sin quejas', 'positive', 1),
('es', 'sin queja', 'positive', 1),
('es', 'nada que objetar', 'positive', 1),
('es', 'nada que reprochar', 'positive', 1.5),
('es', 'no tengo quejas', 'positive', 1),
('es', 'ninguna queja', 'positive', 1),
('es', 'no me arrepiento', 'positive', 1.5),
('es', 'no falla', 'positive', 1.5),
('es', 'nunca falla', 'positive', 1.5),
('es', 'nunca me han fallado', 'positive', 1.5),
('es', 'siempre cumplen', 'positive', 1.5),
('es', 'sin duda volveré', 'positive', 2),
('es', 'sin duda volveremos', 'positive', 2),
('es', 'sin duda lo recomiendo', 'positive', 2),
('es', 'sin duda recomendable', 'positive', 2),
('es', 'volveré', 'positive', 1.5),
('es', 'volveremos', 'positive', 1.5),
('es', 'repetiré', 'positive', 1.5),
('es', 'repetiremos', 'positive', 1.5),
('es', 'recomendable', 'positive', 1.5),
('es', 'recomendables', 'positive', 1.5),
('es', 'muy recomendable', 'positive', 2),
('es', '100 recomendable', 'positive', 2.5),
('es', 'recomendadísimo', 'positive', 2.5),
('es', 'recomendadísima', 'positive', 2.5),
('es', 'lo recomiendo', 'positive', 2),
('es', 'la recomiendo', 'positive', 2),
('es', 'los recomiendo', 'positive', 2),
('es', 'las recomiendo', 'positive', 2),
('es', 'recomiendo', 'positive', 1.5),
('es', 'recomendado', 'positive', 1.5),
('es', 'recomendada', 'positive', 1.5),
('es', 'recomendados', 'positive', 1.5),
('es', 'recomendadas', 'positive', 1.5),
('es', 'calidad precio', 'positive', 1),
('es', 'buena relación calidad precio', 'positive', 2),
('es', 'buena calidad', 'positive', 1.5),
('es', 'alta calidad', 'positive', 1.5),
('es', 'de calidad', 'positive', 1),
('es', 'buen precio', 'positive', 1.5),
('es', 'buenos precios', 'positive', 1.5),
('es', 'precio justo', 'positive', 1),
('es', 'barato', 'positive', 0.8),
('es', 'barata', 'positive', 0.8),
('es', 'baratos', 'positive', 0.8),
('es', 'baratas', 'positive', 0.8),
('es', 'vale la pena', 'positive', 1.5),
('es', 'merece la pena', 'positive', 1.5),
('es', 'vale cada euro', 'positive', 2),
('es', 'vale cada peso', 'positive', 2),
('es', 'vale cada centavo', 'positive', 2),
('es', 'funciona bien', 'positive', 1.5),
('es', 'funciona perfectamente', 'positive', 2),
('es', 'funcionan bien', 'positive', 1.5),
('es', 'anda bien', 'positive', 1),
('es', 'cumple', 'positive', 0.8),
('es', 'cumplió', 'positive', 0.8),
('es', 'cumplieron', 'positive', 1),
('es', 'cumple lo que promete', 'positive', 1.5),
('es', 'cumple su función', 'positive', 1),
('es', 'tal como se describe', 'positive', 1),
('es', 'tal cual la foto', 'positive', 1),
('es', 'como en las fotos', 'positive', 1),
('es', 'superó mis expectativas', 'positive', 2),
('es', 'superó las expectativas', 'positive', 2),
('es', 'supera las expectativas', 'positive', 2),
('es', 'superó nuestras expectativas', 'positive', 2),
('es', 'cumplió mis expectativas', 'positive', 1),
('es', 'cumple las expectativas', 'positive', 1),
('es', 'llegó a tiempo', 'positive', 1),
('es', 'llegó antes', 'positive', 1),
('es', 'antes de tiempo', 'positive', 1),
('es', 'antes de lo previsto', 'positive', 1.5),
('es', 'antes de lo esperado', 'positive', 1.5),
('es', 'llegó rápido', 'positive', 1.5),
('es', 'en perfecto estado', 'positive', 1.5),
('es', 'bien embalado', 'positive', 1),
('es', 'bien embalada', 'positive', 1),
('es', 'bien empaquetado', 'positive', 1),
('es', 'bien hecho', 'positive', 1),
('es', 'bien hecha', 'positive', 1),
('es', 'resistente', 'positive', 1),
('es', 'resistentes', 'positive', 1),
('es', 'duradero', 'positive', 1),
('es', 'duradera', 'positive', 1),
('es', 'robusto', 'positive', 1),
('es', 'robusta', 'positive', 1),
('es', 'fácil de usar', 'positive', 1.5),
('es', 'fácil', 'positive', 0.8),
('es', 'sencillo', 'positive', 0.8),
('es', 'intuitivo', 'positive', 1),
('es', 'intuitiva', 'positive', 1),
('es', 'útil', 'positive', 1),
('es', 'útiles', 'positive', 1),
('es', 'práctico', 'positive', 1),
('es', 'prácticos', 'positive', 1),
('es', 'ideal', 'positive', 1),
('es', 'ideales', 'positive', 1),
('es', 'fiable', 'positive', 1),
('es', 'fiables', 'positive', 1),
('es', 'confiable', 'positive', 1),
('es', 'confiables', 'positive', 1),
('es', 'de confianza', 'positive', 1),
('es', 'buen servicio', 'positive', 1.5),
('es', 'gran servicio', 'positive', 2),
('es', 'buena atención', 'positive', 1.5),
('es', 'buen trato', 'positive', 1.5),
('es', 'trato cercano', 'positive', 1.5),
('es', 'atención personalizada', 'positive', 1.5),
('es', 'trato personalizado', 'positive', 1.5),
('es', 'empatía', 'positive', 1.5),
('es', 'bien atendido', 'positive', 1.5),
('es', 'bien atendida', 'positive', 1.5),
('es', 'me atendieron bien', 'positive', 1.5),
('es', 'me atendieron muy bien', 'positive', 2),
('es', 'me ayudaron', 'positive', 1.5),
('es', 'me ayudó', 'positive', 1.5),
('es', 'me resolvieron', 'positive', 1.5),
('es', 'me lo resolvieron', 'positive', 2),
('es', 'me resolvió', 'positive', 1.5),
('es', 'lo resolvió', 'positive', 1.5),
('es', 'resolvieron', 'positive', 1.5),
('es', 'solucionó', 'positive', 1.5),
('es', 'solucionaron', 'positive', 1.5),
('es', 'me lo solucionaron', 'positive', 2),
('es', 'problema resuelto', 'positive', 1.5),
('es', 'resuelto', 'positive', 1),
('es', 'solucionado', 'positive', 1),
('es', 'a la primera', 'positive', 1.5),
('es', 'en cuestión de minutos', 'positive', 1.5),
('es', 'tuvo mucha paciencia', 'positive', 1.5),
('es', 'grata sorpresa', 'positive', 2),
('es', 'gratamente', 'positive', 1.5),
('es', 'grato', 'positive', 1.5),
('es', 'grata', 'positive', 1.5),
('es', 'sorprendente', 'positive', 1),
-- negative: general evaluative words, insults to the company, service failures
('es', 'lo peor', 'negative', 3),
('es', 'lo peor de lo peor', 'negative', 3),
('es', 'de lo peor', 'negative', 3),
('es', 'peor imposible', 'negative', 3),
('es', 'el peor', 'negative', 2.5),
('es', 'la peor', 'negative', 2.5),
('es', 'los peores', 'negative', 2.5),
('es', 'las peores', 'negative', 2.5),
('es', 'la peor experiencia', 'negative', 3),
('es', 'el peor servicio', 'negative', 3),
('es', 'la peor atención', 'negative', 3),
('es', 'la peor compañía', 'negative', 3),
('es', 'la peor empresa', 'negative', 3),
('es', 'la peor aerolínea', 'negative', 3),
('es', 'el peor hotel', 'negative', 3),
('es', 'el peor banco', 'negative', 3),
('es', 'peor que nunca', 'negative', 2.5),
('es', 'cada vez peor', 'negative', 2),
('es', 'peor', 'negative', 1),
('es', 'empeoró', 'negative', 1.5),
('es', 'empeorado', 'negative', 1.5),
('es', 'malo', 'negative', 1.5),
('es', 'mala', 'negative', 1.5),
('es', 'malos', 'negative', 1.5),
('es', 'malas', 'negative', 1.5),
('es', 'mal', 'negative', 1),
('es', 'malamente', 'negative', 1),
('es', 'malísimo', 'negative', 2.5),
('es', 'malísima', 'negative', 2.5),
('es', 'malísimos', 'negative', 2.5),
('es', 'malísimas', 'negative', 2.5),
('es', 'malillo', 'negative', 1),
('es', 'malilla', 'negative', 1),
('es', 'pésimo', 'negative', 2.5),
('es', 'pésima', 'negative', 2.5),
('es', 'pésimos', 'negative', 2.5),
('es', 'pésimas', 'negative', 2.5),
('es', 'nefasto', 'negative', 2.5),
('es', 'nefasta', 'negative', 2.5),
('es', 'nefastos', 'negative', 2.5),
('es', 'nefastas', 'negative', 2.5),
('es', 'horrible', 'negative', 2),
('es', 'horribles', 'negative', 2),
('es', 'horible', 'negative', 2),
('es', 'orrible', 'negative', 2),
('es', 'horroroso', 'negative', 2),
('es', 'horrorosa', 'negative', 2),
('es', 'horrorosos', 'negative', 2),
('es', 'horrorosas', 'negative', 2),
('es', 'un horror', 'negative', 2),
('es', 'qué horror', 'negative', 2),
('es', 'espantoso', 'negative', 2),
('es', 'espantosa', 'negative', 2),
('es', 'espantosos', 'negative', 2),
('es', 'espantosas', 'negative', 2),
('es', 'terrible', 'negative', 2),
('es', 'terribles', 'negative', 2),
('es', 'terible', 'negative', 2),
('es', 'fatal', 'negative', 2),
('es', 'de pena', 'negative', 2),
('es', 'lamentable', 'negative', 2),
('es', 'lamentables', 'negative', 2),
('es', 'patético', 'negative', 2),
('es', 'patética', 'negative', 2),
('es', 'patéticos', 'negative', 2),
('es', 'patéticas', 'negative', 2),
('es', 'penoso', 'negative', 2),
('es', 'penosa', 'negative', 2),
('es', 'penosos', 'negative', 2),
('es', 'penosas', 'negative', 2),
('es', 'deplorable', 'negative', 2),
('es', 'deplorables', 'negative', 2),
('es', 'vergonzoso', 'negative', 2),
('es', 'vergonzosa', 'negative', 2),
('es', 'vergonzosos', 'negative', 2),
('es', 'vergonzosas', 'negative', 2),
('es', 'vergonsoso', 'negative', 2),
('es', 'indignante', 'negative', 2),
('es', 'indignantes', 'negative', 2),
('es', 'inaceptable', 'negative', 2),
('es', 'inadmisible', 'negative', 2),
('es', 'intolerable', 'negative', 2),
('es', 'una vergüenza', 'negative', 2.5),
('es', 'qué vergüenza', 'negative', 2.5),
('es', 'vergüenza', 'negative', 1.5),
('es', 'cutre', 'negative', 1.5),
('es', 'cutres', 'negative', 1.5),
('es', 'chapuza', 'negative', 2),
('es', 'chapuzas', 'negative', 2),
('es', 'chapucero', 'negative', 1.5),
('es', 'chapucera', 'negative', 1.5),
('es', 'cochambroso', 'negative', 2),
('es', 'cochambrosa', 'negative', 2),
('es', 'cuchitril', 'negative', 2),
('es', 'pocilga', 'negative', 2),
('es', 'zulo', 'negative', 2),
('es', 'tercermundista', 'negative', 2),
('es', 'esperpéntico', 'negative', 2),
('es', 'esperpento', 'negative', 2),
('es', 'surrealista', 'negative', 1.5),
('es', 'kafkiano', 'negative', 2),
('es', 'dantesco', 'negative', 2),
('es', 'de risa', 'negative', 1.5),
('es', 'de chiste', 'negative', 1.5),
('es', 'una broma', 'negative', 1.5),
('es', 'una burla', 'negative', 2),
('es', 'burla', 'negative', 1.5),
('es', 'tomadura de pelo', 'negative', 2.5),
('es', 'me toman el pelo', 'negative', 2),
('es', 'nos toman el pelo', 'negative', 2),
('es', 'tomando el pelo', 'negative', 2),
('es', 'un desastre', 'negative', 2.5),
('es', 'desastre', 'negative', 2),
('es', 'desastroso', 'negative', 2),
('es', 'desastrosa', 'negative', 2),
('es', 'desastrosos', 'negative', 2),
('es', 'desastrosas', 'negative', 2),
('es', 'un caos', 'negative', 2),
('es', 'caos', 'negative', 1.5),
('es', 'caótico', 'negative', 1.5),
('es', 'descontrol', 'negative', 1.5),
('es', 'desorganizado', 'negative', 1.5),
('es', 'desorganizados', 'negative', 1.5),
('es', 'desorganización', 'negative', 1.5),
('es', 'mala organización', 'negative', 2),
('es', 'mala gestión', 'negative', 2),
('es', 'una pesadilla', 'negative', 2.5),
('es', 'pesadilla', 'negative', 2),
('es', 'un infierno', 'negative', 2.5),
('es', 'infierno', 'negative', 2),
('es', 'un calvario', 'negative', 2),
('es', 'calvario', 'negative', 2),
('es', 'una odisea', 'negative', 2),
('es', 'odisea', 'negative', 1.5),
('es', 'un suplicio', 'negative', 2),
('es', 'una tortura', 'negative', 2),
('es', 'un martirio', 'negative', 2),
('es', 'dolor de cabeza', 'negative', 1),
('es', 'un fiasco', 'negative', 2),
('es', 'fiasco', 'negative', 2),
('es', 'fracaso', 'negative', 1.5),
('es', 'una cagada', 'negative', 2),
('es', 'cagada', 'negative', 2),
('es', 'la cagaron', 'negative', 2),
('es', 'un asco', 'negative', 2.5),
('es', 'asco', 'negative', 2),
('es', 'da asco', 'negative', 2.5),
('es', 'dan asco', 'negative', 2.5),
('es', 'asqueroso', 'negative', 2.5),
('es', 'asquerosa', 'negative', 2.5),
('es', 'asquerosos', 'negative', 2.5),
('es', 'asquerosas', 'negative', 2.5),
('es', 'una basura', 'negative', 2.5),
('es', 'basura', 'negative', 2),
('es', 'una porquería', 'negative', 2.5),
('es', 'porquería', 'negative', 2),
('es', 'una mierda', 'negative', 2.5),
('es', 'de mierda', 'negative', 2.5),
('es', 'mierda', 'negative', 2),
('es', 'de la chingada', 'negative', 2.5),
('es', 'pinche', 'negative', 1.5),
('es', 'bodrio', 'negative', 2),
('es', 'truño', 'negative', 2),
('es', 'chafa', 'negative', 1.5),
('es', 'chimbo', 'negative', 1.5),
('es', 'malardo', 'negative', 1.5),
('es', 'berreta', 'negative', 1.5),
('es', 'trucho', 'negative', 1.5),
('es', 'penca', 'negative', 1),
('es', 'fome', 'negative', 1),
('es', 'rancio', 'negative', 1),
('es', 'guarro', 'negative', 1.5),
('es', 'guarrada', 'negative', 2),
('es', 'cochinada', 'negative', 2),
('es', 'mediocre', 'negative', 1.5),
('es', 'mediocres', 'negative', 1.5),
('es', 'flojo', 'negative', 1),
('es', 'floja', 'negative', 1),
('es', 'flojos', 'negative', 1),
('es', 'flojas', 'negative', 1),
('es', 'regular', 'negative', 0.5),
('es', 'regulares', 'negative', 0.5),
('es', 'mejorable', 'negative', 0.5),
('es', 'mejorables', 'negative', 0.5),
('es', 'normalito', 'negative', 0.3),
('es', 'meh', 'negative', 0.5),
('es', 'ni fu ni fa', 'negative', 0.5),
('es', 'así así', 'negative', 0.5),
('es', 'del montón', 'negative', 0.5),
('es', 'nada del otro mundo', 'negative', 0.5),
('es', 'nada especial', 'negative', 0.5),
('es', 'no es gran cosa', 'negative', 0.5),
('es', 'se queda corto', 'negative', 0.8),
('es', 'deja que desear', 'negative', 1),
('es', 'deja mucho que desear', 'negative', 1.5),
('es', 'decepcionante', 'negative', 1.5),
('es', 'decepcionantes', 'negative', 1.5),
('es', 'desepcionante', 'negative', 1.5),
('es', 'deficiente', 'negative', 1.5),
('es', 'deficientes', 'negative', 1.5),
('es', 'insuficiente', 'negative', 1),
('es', 'una estafa', 'negative', 2.5),
('es', 'estafa', 'negative', 2),
('es', 'estafas', 'negative', 2),
('es', 'estafadores', 'negative', 2.5),
('es', 'me estafaron', 'negative', 2.5),
('es', 'nos estafaron', 'negative', 2.5),
('es', 'estafan', 'negative', 2),
('es', 'un timo', 'negative', 2.5),
('es', 'timo', 'negative', 2),
('es', 'timadores', 'negative', 2.5),
('es', 'timan', 'negative', 2),
('es', 'fraude', 'negative', 2.5),
('es', 'fraudulento', 'negative', 2.5),
('es', 'fraudulenta', 'negative', 2.5),
('es', 'es un robo', 'negative', 2.5),
('es', 'un robo', 'negative', 2),
('es', 'robo', 'negative', 1.5),
('es', 'un atraco', 'negative', 2),
('es', 'nos roban', 'negative', 2),
('es', 'me roban', 'negative', 2),
('es', 'te roban', 'negative', 2),
('es', 'roban', 'negative', 1.5),
('es', 'ladrones', 'negative', 2.5),
('es', 'rateros', 'negative', 2.5),
('es', 'chorros', 'negative', 1.5),
('es', 'piratas', 'negative', 2),
('es', 'sinvergüenzas', 'negative', 2.5),
('es', 'sinvergüenza', 'negative', 2),
('es', 'caraduras', 'negative', 2),
('es', 'caradura', 'negative', 2),
('es', 'aprovechados', 'negative', 2),
('es', 'tramposos', 'negative', 2),
('es', 'transas', 'negative', 2),
('es', 'payasos', 'negative', 2),
('es', 'inútiles', 'negative', 2),
('es', 'inútil', 'negative', 2),
('es', 'incompetentes', 'negative', 2),
('es', 'incompetente', 'negative', 2),
('es', 'incompetencia', 'negative', 2),
('es', 'ineptos', 'negative', 2),
('es', 'inepto', 'negative', 2),
('es', 'ineptitud', 'negative', 2),
('es', 'impresentables', 'negative', 2),
('es', 'impresentable', 'negative', 2),
('es', 'ineficientes', 'negative', 1.5),
('es', 'ineficiente', 'negative', 1.5),
('es', 'negligencia', 'negative', 2),
('es', 'negligentes', 'negative', 2),
('es', 'dejadez', 'negative', 1.5),
('es', 'desidia', 'negative', 2),
('es', 'desinterés', 'negative', 1.5),
('es', 'pasotas', 'negative', 1.5),
('es', 'pasotismo', 'negative', 1.5),
('es', 'pasan del cliente', 'negative', 1.5),
('es', 'pasan de todo', 'negative', 1.5),
('es', 'les da igual', 'negative', 1.5),
('es', 'no les importa', 'negative', 1.5),
('es', 'les importa un pepino', 'negative', 2),
('es', 'les importa un bledo', 'negative', 2),
('es', 'les importa un carajo', 'negative', 2.5),
('es', 'les importa una mierda', 'negative', 2.5),
('es', 'les vale madre', 'negative', 2.5),
('es', 'ni se molestan', 'negative', 1.5),
('es', 'una falta de respeto', 'negative', 2.5),
('es', 'falta de respeto', 'negative', 2),
('es', 'irrespetuoso', 'negative', 2),
('es', 'irrespetuosos', 'negative', 2),
('es', 'falta de profesionalidad', 'negative', 2),
('es', 'poco profesional', 'negative', 2),
('es', 'poco profesionales', 'negative', 2),
('es', 'nada profesional', 'negative', 2),
('es', 'cero profesionalidad', 'negative', 2),
('es', 'poco serio', 'negative', 1.5),
('es', 'poco seria', 'negative', 1.5),
('es', 'poca seriedad', 'negative', 1.5),
('es', 'falta de seriedad', 'negative', 2),
('es', 'poco amable', 'negative', 1.5),
('es', 'poco amables', 'negative', 1.5),
('es', 'poco atento', 'negative', 1.5),
('es', 'poco atentos', 'negative', 1.5),
('es', 'poco útil', 'negative', 1),
('es', 'poco fiable', 'negative', 1.5),
('es', 'poco recomendable', 'negative', 1.5),
('es', 'poco limpio', 'negative', 1.5),
('es', 'poco cómodo', 'negative', 1),
('es', 'cero ayuda', 'negative', 2),
('es', 'cero soluciones', 'negative', 2),
('es', 'cero empatía', 'negative', 2),
('es', 'atención nula', 'negative', 2),
('es', 'nula atención', 'negative', 2),
('es', 'mala atención', 'negative', 2),
('es', 'mal servicio', 'negative', 2),
('es', 'peor servicio', 'negative', 2),
('es', 'mala experiencia', 'negative', 2),
('es', 'mal trato', 'negative', 2),
('es', 'maltrato', 'negative', 2),
('es', 'malos tratos', 'negative', 2),
('es', 'me trataron mal', 'negative', 2),
('es', 'nos trataron mal', 'negative', 2),
('es', 'mal atendido', 'negative', 1.5),
('es', 'mal atendida', 'negative', 1.5),
('es', 'mal atendidos', 'negative', 1.5),
('es', 'desatención', 'negative', 1.5),
('es', 'ninguneo', 'negative', 1.5),
('es', 'ninguneado', 'negative', 1.5),
('es', 'mala educación', 'negative', 1.5),
('es', 'maleducado', 'negative', 2),
('es', 'maleducada', 'negative', 2),
('es', 'maleducados', 'negative', 2),
('es', 'maleducadas', 'negative', 2),
('es', 'grosero', 'negative', 2),
('es', 'grosera', 'negative', 2),
('es', 'groseros', 'negative', 2),
('es', 'groseras', 'negative', 2),
('es', 'antipático', 'negative', 1.5),
('es', 'antipática', 'negative', 1.5),
('es', 'antipáticos', 'negative', 1.5),
('es', 'antipáticas', 'negative', 1.5),
('es', 'borde', 'negative', 1),
('es', 'bordes', 'negative', 1),
('es', 'prepotente', 'negative', 2),
('es', 'prepotentes', 'negative', 2),
('es', 'déspota', 'negative', 2),
('es', 'desagradable', 'negative', 1.5),
('es', 'desagradables', 'negative', 1.5),
('es', 'ruidoso', 'negative', 1.5),
('es', 'ruidosa', 'negative', 1.5),
('es', 'ruidosos', 'negative', 1.5),
('es', 'ruidosas', 'negative', 1.5),
('es', 'mucho ruido', 'negative', 1.5),
('es', 'ruido', 'negative', 1),
('es', 'ruidos', 'negative', 1),
('es', 'sucio', 'negative', 1.5),
('es', 'sucia', 'negative', 1.5),
('es', 'sucios', 'negative', 1.5),
('es', 'sucias', 'negative', 1.5),
('es', 'suciedad', 'negative', 1.5),
('es', 'mugre', 'negative', 2),
('es', 'mugriento', 'negative', 2),
('es', 'mugrienta', 'negative', 2),
('es', 'cucarachas', 'negative', 2.5),
('es', 'chinches', 'negative', 2.5),
('es', 'mal olor', 'negative', 1.5),
('es', 'huele mal', 'negative', 1.5),
('es', 'olía mal', 'negative', 1.5),
('es', 'olía a tabaco', 'negative', 1),
('es', 'humedad', 'negative', 1),
('es', 'moho', 'negative', 1.5),
('es', 'no limpian', 'negative', 1.5),
('es', 'no limpiaron', 'negative', 1.5),
('es', 'sin limpiar', 'negative', 1.5),
('es', 'incómodo', 'negative', 1.5),
('es', 'incómoda', 'negative', 1.5),
('es', 'incómodos', 'negative', 1.5),
('es', 'incómodas', 'negative', 1.5),
('es', 'anticuado', 'negative', 1),
('es', 'anticuada', 'negative', 1),
('es', 'deteriorado', 'negative', 1),
('es', 'deteriorada', 'negative', 1),
('es', 'descuidado', 'negative', 1),
('es', 'descuidada', 'negative', 1),
('es', 'minúscula', 'negative', 1),
('es', 'minúsculo', 'negative', 1),
('es', 'caro', 'negative', 1),
('es', 'caros', 'negative', 1),
('es', 'carísimo', 'negative', 2),
('es', 'carísima', 'negative', 2),
('es', 'carísimos', 'negative', 2),
('es', 'carísimas', 'negative', 2),
('es', 'abusivo', 'negative', 2),
('es', 'abusiva', 'negative', 2),
('es', 'abusivos', 'negative', 2),
('es', 'abusivas', 'negative', 2),
('es', 'un abuso', 'negative', 2),
('es', 'abuso', 'negative', 1.5),
('es', 'sobreprecio', 'negative', 1.5),
('es', 'cobran por todo', 'negative', 1.5),
('es', 'letra pequeña', 'negative', 1.5),
('es', 'letra chica', 'negative', 1.5),
('es', 'penalización', 'negative', 1),
('es', 'me subieron la tarifa', 'negative', 1.5),
('es', 'me suben la cuota', 'negative', 1.5),
('es', 'subieron el precio', 'negative', 1),
('es', 'mala calidad', 'negative', 1.5),
('es', 'baja calidad', 'negative', 1.5),
('es', 'mala relación calidad precio', 'negative', 2),
('es', 'no vale lo que cuesta', 'negative', 2),
('es', 'dinero tirado', 'negative', 2),
('es', 'tirar el dinero', 'negative', 2),
('es', 'tiré mi dinero', 'negative', 2),
('es', 'pérdida de tiempo', 'negative', 2),
('es', 'perder el tiempo', 'negative', 1.5),
('es', 'tiempo perdido', 'negative', 1.5),
('es', 'cobro indebido', 'negative', 1.5),
('es', 'cobros indebidos', 'negative', 1.5),
('es', 'cargo indebido', 'negative', 1.5),
('es', 'cargo no autorizado', 'negative', 2),
('es', 'cobro no autorizado', 'negative', 2),
('es', 'compra no reconocida', 'negative', 1.5),
('es', 'cargos no reconocidos', 'negative', 1.5),
('es', 'me cobraron de más', 'negative', 1.5),
('es', 'me cobran de más', 'negative', 1.5),
('es', 'cobrado de más', 'negative', 1.5),
('es', 'me cobraron dos veces', 'negative', 1.5),
('es', 'doble cobro', 'negative', 1.5),
('es', 'cobro doble', 'negative', 1.5),
('es', 'me siguen cobrando', 'negative', 1.5),
('es', 'me cobraron una comisión', 'negative', 1),
('es', 'me bloquearon la cuenta', 'negative', 1.5),
('es', 'cuenta bloqueada', 'negative', 1.5),
('es', 'tarjeta bloqueada', 'negative', 1.5),
('es', 'me bloquearon la tarjeta', 'negative', 1.5),
('es', 'no funciona', 'negative', 1.5),
('es', 'no funcionan', 'negative', 1.5),
('es', 'no funcionaba', 'negative', 1.5),
('es', 'sin funcionar', 'negative', 1.5),
('es', 'sigue sin funcionar', 'negative', 2),
('es', 'dejó de funcionar', 'negative', 1.5),
('es', 'dejado de funcionar', 'negative', 1.5),
('es', 'deja de funcionar', 'negative', 1.5),
('es', 'no sirve', 'negative', 1.5),
('es', 'no sirven', 'negative', 1.5),
('es', 'no sirve para nada', 'negative', 2.5),
('es', 'no sirve de nada', 'negative', 2),
('es', 'no vale para nada', 'negative', 2),
('es', 'no anda', 'negative', 1),
('es', 'no carga', 'negative', 1),
('es', 'no enciende', 'negative', 1.5),
('es', 'no prende', 'negative', 1.5),
('es', 'no conecta', 'negative', 1),
('es', 'sin señal', 'negative', 1.5),
('es', 'sin cobertura', 'negative', 1.5),
('es', 'sin internet', 'negative', 1.5),
('es', 'sin línea', 'negative', 1.5),
('es', 'sin servicio', 'negative', 1.5),
('es', 'sin luz', 'negative', 1),
('es', 'sin agua caliente', 'negative', 1.5),
('es', 'se cae la conexión', 'negative', 1),
('es', 'se corta', 'negative', 1),
('es', 'se cuelga', 'negative', 1),
('es', 'se traba', 'negative', 1),
('es', 'se congela', 'negative', 1),
('es', 'se bloquea', 'negative', 1),
('es', 'da error', 'negative', 1),
('es', 'error', 'negative', 0.8),
('es', 'errores', 'negative', 0.8),
('es', 'fallo', 'negative', 1),
('es', 'fallos', 'negative', 1),
('es', 'falla', 'negative', 1),
('es', 'fallas', 'negative', 1),
('es', 'lento', 'negative', 1),
('es', 'lenta', 'negative', 1),
('es', 'lentos', 'negative', 1),
('es', 'lentas', 'negative', 1),
('es', 'lentísimo', 'negative', 2),
('es', 'lentísima', 'negative', 2),
('es', 'se rompió', 'negative', 1.5),
('es', 'se rompe', 'negative', 1.5),
('es', 'se rompieron', 'negative', 1.5),
('es', 'roto', 'negative', 1.5),
('es', 'rota', 'negative', 1.5),
('es', 'rotos', 'negative', 1.5),
('es', 'rotas', 'negative', 1.5),
('es', 'llegó roto', 'negative', 1.5),
('es', 'llegó rota', 'negative', 1.5),
('es', 'llegaron rotos', 'negative', 1.5),
('es', 'llegó dañado', 'negative', 1.5),
('es', 'llegó dañada', 'negative', 1.5),
('es', 'dañado', 'negative', 1),
('es', 'dañada', 'negative', 1),
('es', 'destrozado', 'negative', 1.5),
('es', 'destrozada', 'negative', 1.5),
('es', 'defectuoso', 'negative', 1.5),
('es', 'defectuosa', 'negative', 1.5),
('es', 'defectuosos', 'negative', 1.5),
('es', 'defectuosas', 'negative', 1.5),
('es', 'defecto de fábrica', 'negative', 1.5),
('es', 'averiado', 'negative', 1),
('es', 'averiada', 'negative', 1),
('es', 'avería', 'negative', 1),
('es', 'estropeado', 'negative', 1.5),
('es', 'estropeada', 'negative', 1.5),
('es', 'se estropeó', 'negative', 1.5),
('es', 'caducado', 'negative', 1.5),
('es', 'caducada', 'negative', 1),
('es', 'vencido', 'negative', 1),
('es', 'incompleto', 'negative', 1),
('es', 'incompleta', 'negative', 1),
('es', 'faltan piezas', 'negative', 1.5),
('es', 'falta una pieza', 'negative', 1.5),
('es', 'no es lo que pedí', 'negative', 1.5),
('es', 'producto equivocado', 'negative', 1.5),
('es', 'pedido equivocado', 'negative', 1.5),
('es', 'me enviaron otro', 'negative', 1.5),
('es', 'nada que ver con', 'negative', 1.5),
('es', 'distinto a la foto', 'negative', 1.5),
('es', 'no es original', 'negative', 1.5),
('es', 'falsificado', 'negative', 2),
('es', 'falsificada', 'negative', 2),
('es', 'imitación', 'negative', 1.5),
('es', 'falso', 'negative', 1),
('es', 'engañoso', 'negative', 2),
('es', 'engañosa', 'negative', 2),
('es', 'publicidad engañosa', 'negative', 2.5),
('es', 'engaño', 'negative', 2),
('es', 'me engañaron', 'negative', 2),
('es', 'nos engañaron', 'negative', 2),
('es', 'me mintieron', 'negative', 2),
('es', 'mentira', 'negative', 1.5),
('es', 'mentiras', 'negative', 1.5),
('es', 'mentirosos', 'negative', 2),
('es', 'no llegó', 'negative', 1.5),
('es', 'nunca llegó', 'negative', 2),
('es', 'no me llegó', 'negative', 1.5),
('es', 'no ha llegado', 'negative', 1.5),
('es', 'no me ha llegado', 'negative', 1.5),
('es', 'pedido perdido', 'negative', 1.5),
('es', 'paquete perdido', 'negative', 1.5),
('es', 'perdieron mi maleta', 'negative', 2),
('es', 'perdieron mi equipaje', 'negative', 2),
('es', 'extraviaron mi maleta', 'negative', 2),
('es', 'maleta perdida', 'negative', 1.5),
('es', 'equipaje perdido', 'negative', 1.5),
('es', 'equipaje extraviado', 'negative', 1.5),
('es', 'sin equipaje', 'negative', 1.5),
('es', 'sin maleta', 'negative', 1.5),
('es', 'retraso', 'negative', 1),
('es', 'retrasos', 'negative', 1),
('es', 'retrasado', 'negative', 1),
('es', 'retrasada', 'negative', 1),
('es', 'retrasados', 'negative', 1),
('es', 'retrasadas', 'negative', 1),
('es', 'atraso', 'negative', 1),
('es', 'atrasos', 'negative', 1),
('es', 'atrasado', 'negative', 1),
('es', 'atrasada', 'negative', 1),
('es', 'demora', 'negative', 1),
('es', 'demoras', 'negative', 1),
('es', 'demorado', 'negative', 1),
('es', 'demorada', 'negative', 1),
('es', 'llegó tarde', 'negative', 1),
('es', 'llegaron tarde', 'negative', 1),
('es', 'salió tarde', 'negative', 1),
('es', 'demasiado tarde', 'negative', 1),
('es', 'tardó mucho', 'negative', 1.5),
('es', 'tarda mucho', 'negative', 1.5),
('es', 'tardan mucho', 'negative', 1.5),
('es', 'tardaron mucho', 'negative', 1.5),
('es', 'tardísimo', 'negative', 1.5),
('es', 'cancelado', 'negative', 1),
('es', 'cancelada', 'negative', 1),
('es', 'cancelaron', 'negative', 1.5),
('es', 'cancelaron mi vuelo', 'negative', 2),
('es', 'vuelo cancelado', 'negative', 1.5),
('es', 'overbooking', 'negative', 2),
('es', 'sobreventa', 'negative', 2),
('es', 'no me dejaron embarcar', 'negative', 2),
('es', 'denegaron el embarque', 'negative', 2),
('es', 'perdí el vuelo', 'negative', 1.5),
('es', 'perdí la conexión', 'negative', 1.5),
('es', 'me cambiaron el vuelo', 'negative', 1.5),
('es', 'me dejaron tirado', 'negative', 2),
('es', 'me dejaron tirada', 'negative', 2),
('es', 'nos dejaron tirados', 'negative', 2),
('es', 'varado', 'negative', 1.5),
('es', 'varada', 'negative', 1.5),
('es', 'varados', 'negative', 1.5),
('es', 'sin reembolso', 'negative', 1.5),
('es', 'no me devuelven el dinero', 'negative', 2),
('es', 'no me han devuelto', 'negative', 1.5),
('es', 'no me devolvieron', 'negative', 1.5),
('es', 'no devuelven', 'negative', 1.5),
('es', 'sin devolución', 'negative', 1.5),
('es', 'no reembolsan', 'negative', 1.5),
('es', 'sin compensación', 'negative', 1.5),
('es', 'ninguna compensación', 'negative', 1.5),
('es', 'ni una disculpa', 'negative', 2),
('es', 'ni siquiera una disculpa', 'negative', 2),
('es', 'sin disculpas', 'negative', 1.5),
('es', 'no me ayudaron', 'negative', 1.5),
('es', 'no me ayudan', 'negative', 1.5),
('es', 'no ayudan', 'negative', 1.5),
('es', 'ninguna ayuda', 'negative', 1.5),
('es', 'sin ayuda', 'negative', 1),
('es', 'no me solucionan', 'negative', 1.5),
('es', 'no me solucionaron', 'negative', 1.5),
('es', 'no lo solucionan', 'negative', 1.5),
('es', 'no resuelven', 'negative', 1.5),
('es', 'no solucionan nada', 'negative', 2),
('es', 'no hacen nada', 'negative', 2),
('es', 'no hicieron nada', 'negative', 2),
('es', 'no me hacen caso', 'negative', 1.5),
('es', 'no hacen caso', 'negative', 1.5),
('es', 'ni caso', 'negative', 1.5),
('es', 'ninguna solución', 'negative', 1.5),
('es', 'sin solución', 'negative', 1.5),
('es', 'no tienen ni idea', 'negative', 2),
('es', 'no cumple', 'negative', 1.5),
('es', 'no cumplen', 'negative', 1.5),
('es', 'no cumplieron', 'negative', 1.5),
('es', 'no cumple lo que promete', 'negative', 2),
('es', 'incumplimiento', 'negative', 1.5),
('es', 'incumplen', 'negative', 1.5),
('es', 'me colgaron', 'negative', 2),
('es', 'me cuelgan', 'negative', 2),
('es', 'me colgó', 'negative', 2),
('es', 'me cortaron la llamada', 'negative', 2),
('es', 'cortaron la llamada', 'negative', 1.5),
('es', 'mala información', 'negative', 1.5),
('es', 'me informaron mal', 'negative', 1.5),
('es', 'información errónea', 'negative', 1.5),
('es', 'desinformación', 'negative', 1.5),
('es', 'no puedo acceder', 'negative', 1),
('es', 'no puedo entrar', 'negative', 1),
('es', 'odio', 'negative', 2),
('es', 'detesto', 'negative', 2),
('es', 'no lo recomiendo', 'negative', 2),
('es', 'no la recomiendo', 'negative', 2),
('es', 'no los recomiendo', 'negative', 2),
('es', 'no recomiendo', 'negative', 2),
('es', 'evítenlo', 'negative', 2),
('es', 'eviten', 'negative', 1.5),
('es', 'evitadlo', 'negative', 2),
('es', 'huyan', 'negative', 2),
('es', 'huid', 'negative', 2),
('es', 'no compren', 'negative', 1.5),
('es', 'no compréis', 'negative', 1.5),
('es', 'no contraten', 'negative', 1.5),
('es', 'no contratéis', 'negative', 1.5),
('es', 'no reserven', 'negative', 1.5),
('es', 'no reservéis', 'negative', 1.5),
('es', 'no caigan', 'negative', 1.5),
('es', 'ni regalado', 'negative', 2),
('es', 'gracias por nada', 'negative', 2),
('es', 'gracias x nada', 'negative', 2),
('es', 'muchas gracias por nada', 'negative', 2.5),
('es', 'una estrella', 'negative', 1.5),
('es', '1 estrella', 'negative', 1.5),
('es', 'cero estrellas', 'negative', 2.5),
('es', '0 estrellas', 'negative', 2.5),
('es', 'peligroso', 'negative', 1.5),
('es', 'peligrosa', 'negative', 1.5),
('es', 'inseguro', 'negative', 1),
('es', 'insegura', 'negative', 1),
('es', 'insoportable', 'negative', 2),
('es', 'inaguantable', 'negative', 2),
-- anger: enfado, indignacion, insultos y tacos
('es', 'indignado', 'anger', 2),
('es', 'indignada', 'anger', 2),
('es', 'indignados', 'anger', 2),
('es', 'indignadas', 'anger', 2),
('es', 'indignación', 'anger', 2),
('es', 'me indigna', 'anger', 2),
('es', 'cabreado', 'anger', 2),
('es', 'cabreada', 'anger', 2),
('es', 'cabreados', 'anger', 2),
('es', 'cabreadas', 'anger', 2),
('es', 'cabreo', 'anger', 2),
('es', 'cabreadísimo', 'anger', 3),
('es', 'cabreadísima', 'anger', 3),
('es', 'me cabrea', 'anger', 2),
('es', 'cabreante', 'anger', 1.5),
('es', 'enfadado', 'anger', 1.5),
('es', 'enfadada', 'anger', 1.5),
('es', 'enfadados', 'anger', 1.5),
('es', 'enfadadas', 'anger', 1.5),
('es', 'enfadadísimo', 'anger', 2.5),
('es', 'enfadadísima', 'anger', 2.5),
('es', 'me enfada', 'anger', 1.5),
('es', 'enojado', 'anger', 1.5),
('es', 'enojada', 'anger', 1.5),
('es', 'enojados', 'anger', 1.5),
('es', 'enojadas', 'anger', 1.5),
('es', 'enojo', 'anger', 1.5),
('es', 'enojadísimo', 'anger', 2.5),
('es', 'enojadísima', 'anger', 2.5),
('es', 'me enoja', 'anger', 1.5),
('es', 'molesto', 'anger', 1),
('es', 'molesta', 'anger', 1),
('es', 'molestos', 'anger', 1),
('es', 'molestas', 'anger', 1),
('es', 'mosqueado', 'anger', 1.5),
('es', 'mosqueada', 'anger', 1.5),
('es', 'rebotado', 'anger', 1.5),
('es', 'rebotada', 'anger', 1.5),
('es', 'furioso', 'anger', 2.5),
('es', 'furiosa', 'anger', 2.5),
('es', 'furiosos', 'anger', 2.5),
('es', 'furiosas', 'anger', 2.5),
('es', 'furia', 'anger', 2),
('es', 'rabia', 'anger', 2),
('es', 'me da rabia', 'anger', 2),
('es', 'encabronado', 'anger', 2.5),
('es', 'encabronada', 'anger', 2.5),
('es', 'encabronados', 'anger', 2.5),
('es', 'emputado', 'anger', 2.5),
('es', 'emputada', 'anger', 2.5),
('es', 'encachimbado', 'anger', 2),
('es', 'me da coraje', 'anger', 2),
('es', 'qué coraje', 'anger', 2),
('es', 'me da bronca', 'anger', 2),
('es', 'qué bronca', 'anger', 2),
('es', 'me saca de quicio', 'anger', 2),
('es', 'me sacan de quicio', 'anger', 2),
('es', 'de mala leche', 'anger', 1.5),
('es', 'me hierve la sangre', 'anger', 2.5),
('es', 'estoy que exploto', 'anger', 2.5),
('es', 'estoy que trino', 'anger', 2),
('es', 'estoy que ardo', 'anger', 2),
('es', 'echando humo', 'anger', 2),
('es', 'no hay derecho', 'anger', 2),
('es', 'ofendido', 'anger', 1.5),
('es', 'ofendida', 'anger', 1.5),
('es', 'insultante', 'anger', 2),
('es', 'humillante', 'anger', 2),
('es', 'humillado', 'anger', 2),
('es', 'humillada', 'anger', 2),
('es', 'me humillaron', 'anger', 2.5),
('es', 'engañado', 'anger', 2),
('es', 'engañada', 'anger', 2),
('es', 'engañados', 'anger', 2),
('es', 'estafado', 'anger', 2),
('es', 'estafada', 'anger', 2),
('es', 'estafados', 'anger', 2),
('es', 'exijo', 'anger', 1.5),
('es', 'exigimos', 'anger', 1.5),
('es', 'me cago en', 'anger', 2.5),
('es', 'joder', 'anger', 1.5),
('es', 'coño', 'anger', 1.5),
('es', 'carajo', 'anger', 1.5),
('es', 'la puta madre', 'anger', 2.5),
('es', 'chingada', 'anger', 2),
('es', 'hijos de puta', 'anger', 3),
('es', 'hdp', 'anger', 2.5),
('es', 'cabrones', 'anger', 2.5),
('es', 'gilipollas', 'anger', 2.5),
('es', 'imbéciles', 'anger', 2.5),
('es', 'idiotas', 'anger', 2),
('es', 'estúpidos', 'anger', 2),
('es', 'pendejos', 'anger', 2.5),
('es', 'malditos', 'anger', 2),
('es', 'maldita', 'anger', 1.5),
('es', 'maldito', 'anger', 1.5),
('es', 'puta empresa', 'anger', 2.5),
('es', 'puta compañía', 'anger', 2.5),
('es', 'que se jodan', 'anger', 3),
('es', 'que os jodan', 'anger', 3),
('es', 'a la mierda', 'anger', 2.5),
('es', 'váyanse a la mierda', 'anger', 3),
('es', 'iros a la mierda', 'anger', 3),
('es', 'ojalá quiebren', 'anger', 2.5),
('es', 'ojalá cierren', 'anger', 2),
-- frustration: hartazgo, impotencia, no hay manera
('es', 'harto', 'frustration', 2),
('es', 'harta', 'frustration', 2),
('es', 'hartos', 'frustration', 2),
('es', 'hartas', 'frustration', 2),
('es', 'hartísimo', 'frustration', 2.5),
('es', 'hartísima', 'frustration', 2.5),
('es', 'me tienen harto', 'frustration', 2.5),
('es', 'me tienen harta', 'frustration', 2.5),
('es', 'me harté', 'frustration', 2),
('es', 'me hartaron', 'frustration', 2),
('es', 'hartazgo', 'frustration', 2),
('es', 'hasta las narices', 'frustration', 2),
('es', 'hasta el gorro', 'frustration', 2),
('es', 'hasta la coronilla', 'frustration', 2),
('es', 'hasta el moño', 'frustration', 2),
('es', 'hasta los huevos', 'frustration', 2.5),
('es', 'hasta la madre', 'frustration', 2),
('es', 'estoy podrido', 'frustration', 2),
('es', 'estoy podrida', 'frustration', 2),
('es', 'estoy quemado', 'frustration', 1.5),
('es', 'estoy quemada', 'frustration', 1.5),
('es', 'cansado', 'frustration', 1.5),
('es', 'cansada', 'frustration', 1.5),
('es', 'cansados', 'frustration', 1.5),
('es', 'cansadas', 'frustration', 1.5),
('es', 'me cansé', 'frustration', 1.5),
('es', 'ya me cansé', 'frustration', 2),
('es', 'frustrado', 'frustration', 2),
('es', 'frustrada', 'frustration', 2),
('es', 'frustrados', 'frustration', 2),
('es', 'frustradas', 'frustration', 2),
('es', 'frustrante', 'frustration', 2),
('es', 'frustración', 'frustration', 2),
('es', 'desesperado', 'frustration', 2),
('es', 'desesperada', 'frustration', 2),
('es', 'desesperados', 'frustration', 2),
('es', 'desesperadas', 'frustration', 2),
('es', 'desesperante', 'frustration', 2),
('es', 'desesperación', 'frustration', 2),
('es', 'me desespera', 'frustration', 2),
('es', 'me desesperan', 'frustration', 2),
('es', 'exasperante', 'frustration', 2),
('es', 'exasperado', 'frustration', 2),
('es', 'exasperada', 'frustration', 2),
('es', 'impotencia', 'frustration', 2),
('es', 'qué impotencia', 'frustration', 2),
('es', 'ya basta', 'frustration', 2),
('es', 'basta ya', 'frustration', 2),
('es', 'no puede ser', 'frustration', 1.5),
('es', 'no es posible', 'frustration', 1.5),
('es', 'no es normal', 'frustration', 1.5),
('es', 'no es de recibo', 'frustration', 2),
('es', 'ridículo', 'frustration', 1.5),
('es', 'ridícula', 'frustration', 1.5),
('es', 'ridículos', 'frustration', 1.5),
('es', 'ridículas', 'frustration', 1.5),
('es', 'absurdo', 'frustration', 1.5),
('es', 'absurda', 'frustration', 1.5),
('es', 'absurdos', 'frustration', 1.5),
('es', 'absurdas', 'frustration', 1.5),
('es', 'increíble que', 'frustration', 1.5),
('es', 'inaudito', 'frustration', 2),
('es', 'no me lo puedo creer', 'frustration', 1.5),
('es', 'no me lo creo', 'frustration', 1.5),
('es', 'no doy crédito', 'frustration', 1.5),
('es', 'estoy flipando', 'frustration', 1.5),
('es', 'alucino', 'frustration', 1.5),
('es', 'de locos', 'frustration', 1.5),
('es', 'una locura', 'frustration', 1.5),
('es', 'me tienen loco', 'frustration', 2),
('es', 'me tienen loca', 'frustration', 2),
('es', 'me estoy volviendo loco', 'frustration', 2),
('es', 'me estoy volviendo loca', 'frustration', 2),
('es', 'qué fastidio', 'frustration', 1.5),
('es', 'fastidio', 'frustration', 1.5),
('es', 'fastidiado', 'frustration', 1.5),
('es', 'fastidiada', 'frustration', 1.5),
('es', 'me fastidia', 'frustration', 1.5),
('es', 'una lata', 'frustration', 1),
('es', 'coñazo', 'frustration', 2),
('es', 'un coñazo', 'frustration', 2),
('es', 'pesadez', 'frustration', 1.5),
('es', 'agobiante', 'frustration', 1.5),
('es', 'imposible', 'frustration', 1),
('es', 'imposible contactar', 'frustration', 2),
('es', 'imposible hablar con', 'frustration', 2),
('es', 'imposible comunicarse', 'frustration', 2),
('es', 'no hay manera', 'frustration', 2),
('es', 'no hay forma', 'frustration', 1.5),
('es', 'no hay forma humana', 'frustration', 2),
('es', 'no hay quien', 'frustration', 1.5),
('es', 'me rindo', 'frustration', 2),
('es', 'tiro la toalla', 'frustration', 2),
('es', 'ya no sé qué hacer', 'frustration', 2),
('es', 'no sé qué más hacer', 'frustration', 2),
('es', 'no aguanto más', 'frustration', 2),
('es', 'ni modo', 'frustration', 1),
('es', 'otra vez lo mismo', 'frustration', 2),
('es', 'siempre lo mismo', 'frustration', 2),
('es', 'siempre igual', 'frustration', 1.5),
('es', 'lo de siempre', 'frustration', 1.5),
('es', 'la misma historia', 'frustration', 1.5),
('es', 'cada dos por tres', 'frustration', 1.5),
('es', 'una y otra vez', 'frustration', 1.5),
('es', 'día tras día', 'frustration', 1),
('es', 'semana tras semana', 'frustration', 1),
('es', 'el colmo', 'frustration', 2),
('es', 'lo que faltaba', 'frustration', 1.5),
('es', 'lo que me faltaba', 'frustration', 1.5),
('es', 'para colmo', 'frustration', 1.5),
('es', 'madre mía', 'frustration', 1.5),
('es', 'dios mío', 'frustration', 1),
('es', 'por dios', 'frustration', 1),
('es', 'venga ya', 'frustration', 1.5),
('es', 'vaya tela', 'frustration', 1.5),
('es', 'manda huevos', 'frustration', 2),
('es', 'manda narices', 'frustration', 1.5),
('es', 'tócate los huevos', 'frustration', 2),
('es', 'tócate las narices', 'frustration', 1.5),
('es', 'jolín', 'frustration', 1),
('es', 'jolines', 'frustration', 1),
('es', 'jopé', 'frustration', 1),
('es', 'uf', 'frustration', 1),
('es', 'uff', 'frustration', 1),
('es', 'puf', 'frustration', 1),
('es', 'pf', 'frustration', 1),
('es', 'pff', 'frustration', 1),
('es', 'argh', 'frustration', 1.5),
('es', 'agh', 'frustration', 1),
('es', 'bah', 'frustration', 0.8),
('es', 'se me acaba la paciencia', 'frustration', 2),
('es', 'perdí la paciencia', 'frustration', 2),
('es', 'agotaron mi paciencia', 'frustration', 2),
('es', 'mi paciencia', 'frustration', 1),
('es', 'no puedo esperar más', 'frustration', 2),
('es', 'nadie me soluciona', 'frustration', 2),
('es', 'nadie soluciona nada', 'frustration', 2),
('es', 'nadie sabe nada', 'frustration', 2),
('es', 'nadie se hace cargo', 'frustration', 2),
('es', 'nadie se hace responsable', 'frustration', 2),
('es', 'nadie me da solución', 'frustration', 2),
('es', 'nadie da la cara', 'frustration', 2),
('es', 'no me dan solución', 'frustration', 2),
('es', 'me dan largas', 'frustration', 2),
('es', 'dando largas', 'frustration', 2),
('es', 'me marean', 'frustration', 1.5),
('es', 'mareando', 'frustration', 1.5),
-- anxiety: preocupacion, nervios, miedo
('es', 'preocupado', 'anxiety', 1.5),
('es', 'preocupada', 'anxiety', 1.5),
('es', 'preocupados', 'anxiety', 1.5),
('es', 'preocupadas', 'anxiety', 1.5),
('es', 'preocupación', 'anxiety', 1.5),
('es', 'me preocupa', 'anxiety', 1.5),
('es', 'me preocupan', 'anxiety', 1.5),
('es', 'angustiado', 'anxiety', 2),
('es', 'angustiada', 'anxiety', 2),
('es', 'angustiados', 'anxiety', 2),
('es', 'angustia', 'anxiety', 2),
('es', 'angustiante', 'anxiety', 2),
('es', 'nervioso', 'anxiety', 1.5),
('es', 'nerviosa', 'anxiety', 1.5),
('es', 'nerviosos', 'anxiety', 1.5),
('es', 'nerviosas', 'anxiety', 1.5),
('es', 'nerviosísimo', 'anxiety', 2),
('es', 'nerviosísima', 'anxiety', 2),
('es', 'nervios', 'anxiety', 1),
('es', 'ansiedad', 'anxiety', 2),
('es', 'ansioso', 'anxiety', 1),
('es', 'ansiosa', 'anxiety', 1),
('es', 'intranquilo', 'anxiety', 1.5),
('es', 'intranquila', 'anxiety', 1.5),
('es', 'inquieto', 'anxiety', 1.5),
('es', 'inquieta', 'anxiety', 1.5),
('es', 'asustado', 'anxiety', 2),
('es', 'asustada', 'anxiety', 2),
('es', 'asustados', 'anxiety', 2),
('es', 'miedo', 'anxiety', 1.5),
('es', 'tengo miedo', 'anxiety', 2),
('es', 'me da miedo', 'anxiety', 2),
('es', 'temo', 'anxiety', 1.5),
('es', 'temor', 'anxiety', 1.5),
('es', 'pánico', 'anxiety', 2),
('es', 'aterrado', 'anxiety', 2.5),
('es', 'aterrada', 'anxiety', 2.5),
('es', 'agobiado', 'anxiety', 1.5),
('es', 'agobiada', 'anxiety', 1.5),
('es', 'agobio', 'anxiety', 1.5),
('es', 'estresado', 'anxiety', 1.5),
('es', 'estresada', 'anxiety', 1.5),
('es', 'estrés', 'anxiety', 1.5),
('es', 'estresante', 'anxiety', 1.5),
('es', 'alarmado', 'anxiety', 1.5),
('es', 'alarmada', 'anxiety', 1.5),
('es', 'alarmante', 'anxiety', 1.5),
('es', 'incertidumbre', 'anxiety', 1.5),
('es', 'en vilo', 'anxiety', 1.5),
('es', 'me tiene en vilo', 'anxiety', 2),
('es', 'sin dormir', 'anxiety', 1.5),
('es', 'indefensión', 'anxiety', 1.5),
('es', 'indefenso', 'anxiety', 1.5),
('es', 'indefensa', 'anxiety', 1.5),
('es', 'desamparado', 'anxiety', 1.5),
('es', 'desamparada', 'anxiety', 1.5),
('es', 'vulnerable', 'anxiety', 1),
('es', 'qué pasa si', 'anxiety', 1),
('es', 'no sé qué hacer', 'anxiety', 1.5),
('es', 'qué hago', 'anxiety', 1),
('es', 'auxilio', 'anxiety', 1.5),
('es', 'socorro', 'anxiety', 1.5),
('es', 'me voy a quedar sin', 'anxiety', 1.5),
('es', 'voy a perder', 'anxiety', 1.5),
('es', 'perder mi vuelo', 'anxiety', 1.5),
('es', 'sin saber nada', 'anxiety', 1.5),
('es', 'me hackearon', 'anxiety', 2),
('es', 'hackeado', 'anxiety', 1.5),
('es', 'hackeada', 'anxiety', 1.5),
('es', 'suplantación de identidad', 'anxiety', 1.5),
-- sadness: decepcion, tristeza, expectativas no cumplidas
('es', 'decepcionado', 'sadness', 2),
('es', 'decepcionada', 'sadness', 2),
('es', 'decepcionados', 'sadness', 2),
('es', 'decepcionadas', 'sadness', 2),
('es', 'desepcionado', 'sadness', 2),
('es', 'desepcionada', 'sadness', 2),
('es', 'decepción', 'sadness', 1.5),
('es', 'desepción', 'sadness', 1.5),
('es', 'una decepción', 'sadness', 2),
('es', 'desilusionado', 'sadness', 2),
('es', 'desilusionada', 'sadness', 2),
('es', 'desilusionados', 'sadness', 2),
('es', 'desilusión', 'sadness', 1.5),
('es', 'defraudado', 'sadness', 2),
('es', 'defraudada', 'sadness', 2),
('es', 'defraudados', 'sadness', 2),
('es', 'triste', 'sadness', 1.5),
('es', 'tristes', 'sadness', 1.5),
('es', 'tristeza', 'sadness', 1.5),
('es', 'una pena', 'sadness', 1.5),
('es', 'qué pena', 'sadness', 1.5),
('es', 'da pena', 'sadness', 1.5),
('es', 'me da pena', 'sadness', 1.5),
('es', 'lástima', 'sadness', 1.5),
('es', 'lamentablemente', 'sadness', 1),
('es', 'lastimosamente', 'sadness', 1),
('es', 'desgraciadamente', 'sadness', 1),
('es', 'por desgracia', 'sadness', 1),
('es', 'desafortunadamente', 'sadness', 1),
('es', 'me arrepiento', 'sadness', 1.5),
('es', 'arrepentido', 'sadness', 1.5),
('es', 'arrepentida', 'sadness', 1.5),
('es', 'esperaba más', 'sadness', 1.5),
('es', 'esperaba mucho más', 'sadness', 2),
('es', 'esperaba otra cosa', 'sadness', 1.5),
('es', 'esperaba algo mejor', 'sadness', 1.5),
('es', 'no es lo que esperaba', 'sadness', 1.5),
('es', 'no era lo que esperaba', 'sadness', 1.5),
('es', 'por debajo de las expectativas', 'sadness', 1.5),
('es', 'ya no es lo que era', 'sadness', 1.5),
('es', 'ya no es lo mismo', 'sadness', 1.5),
('es', 'antes era mejor', 'sadness', 1.5),
('es', 'abandonado', 'sadness', 1.5),
('es', 'abandonada', 'sadness', 1.5),
('es', 'desanimado', 'sadness', 1.5),
('es', 'desanimada', 'sadness', 1.5),
('es', 'dolido', 'sadness', 1.5),
('es', 'dolida', 'sadness', 1.5),
('es', 'me duele', 'sadness', 1.5),
('es', 'apenado', 'sadness', 1),
('es', 'apenada', 'sadness', 1),
('es', 'deprimido', 'sadness', 2),
('es', 'deprimida', 'sadness', 2),
('es', 'deprimente', 'sadness', 1.5),
('es', 'desolado', 'sadness', 2),
('es', 'desolada', 'sadness', 2),
('es', 'llorando', 'sadness', 2),
('es', 'lloré', 'sadness', 2),
('es', 'ganas de llorar', 'sadness', 2),
('es', 'arruinaron', 'sadness', 2),
('es', 'arruinó', 'sadness', 2),
('es', 'arruinado', 'sadness', 2),
('es', 'arruinada', 'sadness', 2),
('es', 'me amargaron', 'sadness', 2),
('es', 'nos amargaron', 'sadness', 2),
('es', 'me quedé con las ganas', 'sadness', 1),
('es', 'qué le vamos a hacer', 'sadness', 1),
('es', 'perdido la confianza', 'sadness', 1.5),
('es', 'perdí la confianza', 'sadness', 1.5),
-- confusion: no entiendo, explicaciones contradictorias
('es', 'no entiendo', 'confusion', 1.5),
('es', 'no lo entiendo', 'confusion', 1.5),
('es', 'no entiendo nada', 'confusion', 2),
('es', 'no entendí', 'confusion', 1.5),
('es', 'no comprendo', 'confusion', 1.5),
('es', 'no me queda claro', 'confusion', 1.5),
('es', 'no queda claro', 'confusion', 1.5),
('es', 'no está claro', 'confusion', 1.5),
('es', 'no tengo claro', 'confusion', 1.5),
('es', 'poco claro', 'confusion', 1),
('es', 'confuso', 'confusion', 1.5),
('es', 'confusa', 'confusion', 1.5),
('es', 'confusos', 'confusion', 1.5),
('es', 'confusas', 'confusion', 1.5),
('es', 'confundido', 'confusion', 1.5),
('es', 'confundida', 'confusion', 1.5),
('es', 'confundidos', 'confusion', 1.5),
('es', 'confusión', 'confusion', 1.5),
('es', 'me confunde', 'confusion', 1.5),
('es', 'un lío', 'confusion', 1.5),
('es', 'hecho un lío', 'confusion', 2),
('es', 'estoy perdido', 'confusion', 1.5),
('es', 'estoy perdida', 'confusion', 1.5),
('es', 'no sé cómo', 'confusion', 1.5),
('es', 'cómo hago', 'confusion', 1),
('es', 'cómo puedo', 'confusion', 1),
('es', 'qué significa', 'confusion', 1),
('es', 'qué quiere decir', 'confusion', 1),
('es', 'a qué se refiere', 'confusion', 1),
('es', 'a qué se debe', 'confusion', 1),
('es', 'por qué me cobran', 'confusion', 1.5),
('es', 'por qué me cobraron', 'confusion', 1.5),
('es', 'no sé por qué', 'confusion', 1.5),
('es', 'sin explicación', 'confusion', 1.5),
('es', 'ninguna explicación', 'confusion', 1.5),
('es', 'sin motivo', 'confusion', 1),
('es', 'sin razón', 'confusion', 1),
('es', 'no tiene sentido', 'confusion', 2),
('es', 'no tiene ningún sentido', 'confusion', 2),
('es', 'sin sentido', 'confusion', 1.5),
('es', 'no cuadra', 'confusion', 1.5),
('es', 'no me cuadra', 'confusion', 1.5),
('es', 'no encuentro', 'confusion', 1),
('es', 'no encuentro dónde', 'confusion', 1.5),
('es', 'no me aparece', 'confusion', 1),
('es', 'no aparece', 'confusion', 1),
('es', 'alguien me explica', 'confusion', 1.5),
('es', 'alguien sabe', 'confusion', 1),
('es', 'me pueden explicar', 'confusion', 1),
('es', 'que me explique', 'confusion', 1.5),
('es', 'explíquenme', 'confusion', 1.5),
('es', 'no me aclaran', 'confusion', 1.5),
('es', 'no me explican', 'confusion', 1.5),
('es', 'no me explicaron', 'confusion', 1.5),
('es', 'información contradictoria', 'confusion', 2),
('es', 'contradictorio', 'confusion', 1.5),
('es', 'contradictoria', 'confusion', 1.5),
('es', 'me dicen una cosa y', 'confusion', 2),
('es', 'cada uno me dice una cosa', 'confusion', 2),
('es', 'cada uno dice una cosa', 'confusion', 2),
('es', 'me dicen cosas distintas', 'confusion', 2),
('es', 'ni idea', 'confusion', 1),
('es', 'tengo una duda', 'confusion', 0.5),
('es', 'dudas', 'confusion', 0.5),
('es', 'desconcertado', 'confusion', 1.5),
('es', 'desconcertada', 'confusion', 1.5),
('es', 'perplejo', 'confusion', 1.5),
('es', 'perpleja', 'confusion', 1.5),
('es', 'extrañado', 'confusion', 1),
('es', 'extrañada', 'confusion', 1),
('es', 'qué raro', 'confusion', 1),
('es', 'no sé qué pasó', 'confusion', 1.5),
('es', 'qué está pasando', 'confusion', 1.5),
('es', 'qué pasa con', 'confusion', 1),
('es', 'qué pasó con', 'confusion', 1),
('es', 'no sé a quién', 'confusion', 1.5),
('es', 'a quién acudo', 'confusion', 1.5),
('es', 'complicado', 'confusion', 1),
('es', 'complicada', 'confusion', 1),
('es', 'complicadísimo', 'confusion', 1.5),
('es', 'enrevesado', 'confusion', 1.5),
('es', 'lioso', 'confusion', 1.5),
('es', 'liosa', 'confusion', 1.5),
('es', 'difícil de entender', 'confusion', 1.5),
('es', 'no hay quien lo entienda', 'confusion', 2),
('es', 'incomprensible', 'confusion', 2),
('es', 'misterio', 'confusion', 1),
-- gratitude: agradecimiento, alegria, alivio
('es', 'gracias', 'gratitude', 1),
('es', 'muchas gracias', 'gratitude', 1.5),
('es', 'muchísimas gracias', 'gratitude', 2),
('es', 'mil gracias', 'gratitude', 2),
('es', 'gracias mil', 'gratitude', 2),
('es', 'un millón de gracias', 'gratitude', 2.5),
('es', 'infinitas gracias', 'gratitude', 2),
('es', 'gracias infinitas', 'gratitude', 2),
('es', 'gracias totales', 'gratitude', 2),
('es', 'gracias por todo', 'gratitude', 1.5),
('es', 'gracias x todo', 'gratitude', 1.5),
('es', 'gracias por la ayuda', 'gratitude', 1.5),
('es', 'gracias x la ayuda', 'gratitude', 1.5),
('es', 'gracias por su ayuda', 'gratitude', 1.5),
('es', 'gracias por tu ayuda', 'gratitude', 1.5),
('es', 'gracias por la atención', 'gratitude', 1.5),
('es', 'gracias por su atención', 'gratitude', 1),
('es', 'gracias por la rapidez', 'gratitude', 2),
('es', 'gracias de nuevo', 'gratitude', 1.5),
('es', 'gracias otra vez', 'gratitude', 1.5),
('es', 'gracias a ti', 'gratitude', 1.5),
('es', 'gracias a dios', 'gratitude', 1),
('es', 'gracias de antemano', 'gratitude', 0.3),
('es', 'grax', 'gratitude', 1),
('es', 'grasias', 'gratitude', 1),
('es', 'agradecido', 'gratitude', 1.5),
('es', 'agradecida', 'gratitude', 1.5),
('es', 'agradecidos', 'gratitude', 1.5),
('es', 'agradecidas', 'gratitude', 1.5),
('es', 'eternamente agradecido', 'gratitude', 2.5),
('es', 'eternamente agradecida', 'gratitude', 2.5),
('es', 'agradezco', 'gratitude', 1.5),
('es', 'lo agradezco', 'gratitude', 1.5),
('es', 'se agradece', 'gratitude', 1.5),
('es', 'agradecemos', 'gratitude', 1.5),
('es', 'agradecimiento', 'gratitude', 1.5),
('es', 'quiero agradecer', 'gratitude', 2),
('es', 'quisiera agradecer', 'gratitude', 2),
('es', 'agradecerles', 'gratitude', 1.5),
('es', 'agradecerle', 'gratitude', 1.5),
('es', 'encantado', 'gratitude', 1.5),
('es', 'encantada', 'gratitude', 1.5),
('es', 'encantados', 'gratitude', 1.5),
('es', 'encantadas', 'gratitude', 1.5),
('es', 'contento', 'gratitude', 1.5),
('es', 'contenta', 'gratitude', 1.5),
('es', 'contentos', 'gratitude', 1.5),
('es', 'contentas', 'gratitude', 1.5),
('es', 'contentísimo', 'gratitude', 2.5),
('es', 'contentísima', 'gratitude', 2.5),
('es', 'feliz', 'gratitude', 1.5),
('es', 'felices', 'gratitude', 1.5),
('es', 'alegre', 'gratitude', 1),
('es', 'alegría', 'gratitude', 1.5),
('es', 'me alegra', 'gratitude', 1.5),
('es', 'me alegro', 'gratitude', 1),
('es', 'aliviado', 'gratitude', 1.5),
('es', 'aliviada', 'gratitude', 1.5),
('es', 'alivio', 'gratitude', 1.5),
('es', 'menos mal', 'gratitude', 1),
('es', 'por fin', 'gratitude', 0.5),
('es', 'felicidades', 'gratitude', 1.5),
('es', 'felicitaciones', 'gratitude', 1.5),
('es', 'felicito', 'gratitude', 1.5),
('es', 'enhorabuena', 'gratitude', 1.5),
('es', 'bravo', 'gratitude', 1.5),
('es', 'chapeau', 'gratitude', 2),
('es', 'un aplauso', 'gratitude', 1.5),
('es', 'me hizo ilusión', 'gratitude', 1.5),
('es', 'ilusionado', 'gratitude', 1.5),
('es', 'ilusionada', 'gratitude', 1.5),
('es', 'emocionado', 'gratitude', 1.5),
('es', 'emocionada', 'gratitude', 1.5),
-- repeat_contact: el cliente vuelve a llamar o escribir
('es', 'tercera vez que llamo', 'repeat_contact', 2),
('es', 'segunda vez que llamo', 'repeat_contact', 1.5),
('es', 'tercera vez', 'repeat_contact', 1.5),
('es', 'segunda vez', 'repeat_contact', 1),
('es', 'cuarta vez', 'repeat_contact', 2),
('es', 'quinta vez', 'repeat_contact', 2.5),
('es', 'enésima vez', 'repeat_contact', 2.5),
('es', 'otra vez llamando', 'repeat_contact', 1.5),
('es', 'vuelvo a llamar', 'repeat_contact', 1.5),
('es', 'vuelvo a escribir', 'repeat_contact', 1.5),
('es', 'vuelvo a contactar', 'repeat_contact', 1.5),
('es', 'vuelvo a enviar', 'repeat_contact', 1.5),
('es', 'vuelvo a mandar', 'repeat_contact', 1.5),
('es', 'vuelvo a explicar', 'repeat_contact', 1.5),
('es', 'llamé otra vez', 'repeat_contact', 1.5),
('es', 'he llamado', 'repeat_contact', 0.8),
('es', 'ya he llamado', 'repeat_contact', 1.5),
('es', 'ya llamé', 'repeat_contact', 1.5),
('es', 'ya les escribí', 'repeat_contact', 1.5),
('es', 'ya les he escrito', 'repeat_contact', 1.5),
('es', 'ya escribí', 'repeat_contact', 1.5),
('es', 'ya lo he enviado', 'repeat_contact', 1.5),
('es', 'ya lo envié', 'repeat_contact', 1.5),
('es', 'ya lo mandé', 'repeat_contact', 1.5),
('es', 'ya les mandé', 'repeat_contact', 1.5),
('es', 'ya envié', 'repeat_contact', 1.5),
('es', 'ya lo expliqué', 'repeat_contact', 1.5),
('es', 'ya lo he explicado', 'repeat_contact', 1.5),
('es', 'ya expliqué', 'repeat_contact', 1.5),
('es', 'ya lo reporté', 'repeat_contact', 1.5),
('es', 'ya reporté', 'repeat_contact', 1.5),
('es', 'como ya les dije', 'repeat_contact', 1.5),
('es', 'como ya dije', 'repeat_contact', 1.5),
('es', 'como ya indiqué', 'repeat_contact', 1.5),
('es', 'como les comenté', 'repeat_contact', 1),
('es', 'mil veces', 'repeat_contact', 2),
('es', 'cien veces', 'repeat_contact', 2),
('es', 'infinidad de veces', 'repeat_contact', 2),
('es', 'un montón de veces', 'repeat_contact', 1.5),
('es', 'cantidad de veces', 'repeat_contact', 1.5),
('es', 'tantas veces', 'repeat_contact', 1.5),
('es', 'varias veces', 'repeat_contact', 1),
('es', 'muchas veces', 'repeat_contact', 1),
('es', 'dos veces', 'repeat_contact', 1),
('es', 'tres veces', 'repeat_contact', 1.5),
('es', 'cuatro veces', 'repeat_contact', 1.5),
('es', 'cinco veces', 'repeat_contact', 2),
('es', 'veces que llamo', 'repeat_contact', 1.5),
('es', 'veces que llamé', 'repeat_contact', 1.5),
('es', 'veces que he llamado', 'repeat_contact', 1.5),
('es', 'veces que escribo', 'repeat_contact', 1.5),
('es', 'veces que he escrito', 'repeat_contact', 1.5),
('es', 'llamo todos los días', 'repeat_contact', 2),
('es', 'llamando todos los días', 'repeat_contact', 2),
('es', 'escribo todos los días', 'repeat_contact', 2),
('es', 'sigo llamando', 'repeat_contact', 1.5),
('es', 'no paro de llamar', 'repeat_contact', 2),
('es', 'llamo y llamo', 'repeat_contact', 2),
('es', 'cada vez que llamo', 'repeat_contact', 1.5),
('es', 'nuevamente', 'repeat_contact', 1),
('es', 'reitero', 'repeat_contact', 1.5),
('es', 'reiteradamente', 'repeat_contact', 1.5),
('es', 'en reiteradas ocasiones', 'repeat_contact', 2),
('es', 'varias ocasiones', 'repeat_contact', 1),
('es', 'numerosas ocasiones', 'repeat_contact', 1.5),
('es', 'múltiples ocasiones', 'repeat_contact', 1.5),
('es', 'reenvío', 'repeat_contact', 1),
('es', 'mismo problema', 'repeat_contact', 1),
('es', 'sigue pasando', 'repeat_contact', 1),
('es', 'vuelve a pasar', 'repeat_contact', 1.5),
('es', 'volvió a pasar', 'repeat_contact', 1.5),
('es', 'vuelto a pasar', 'repeat_contact', 1.5),
('es', 'se repite', 'repeat_contact', 1),
-- waiting: esperas, sin respuesta, tiempo transcurrido
('es', 'esperando', 'waiting', 0.8),
('es', 'sigo esperando', 'waiting', 2),
('es', 'seguimos esperando', 'waiting', 2),
('es', 'llevo esperando', 'waiting', 2),
('es', 'llevamos esperando', 'waiting', 2),
('es', 'aún esperando', 'waiting', 1.5),
('es', 'todavía esperando', 'waiting', 1.5),
('es', 'esperando desde', 'waiting', 1.5),
('es', 'días esperando', 'waiting', 1.5),
('es', 'horas esperando', 'waiting', 1.5),
('es', 'semanas esperando', 'waiting', 2),
('es', 'meses esperando', 'waiting', 2.5),
('es', 'minutos esperando', 'waiting', 1),
('es', 'esperando respuesta', 'waiting', 1),
('es', 'esperando una respuesta', 'waiting', 1),
('es', 'a la espera', 'waiting', 1),
('es', 'sigo a la espera', 'waiting', 2),
('es', 'seguimos a la espera', 'waiting', 2),
('es', 'en espera', 'waiting', 1),
('es', 'horas en espera', 'waiting', 2),
('es', 'minutos en espera', 'waiting', 1.5),
('es', 'me dejaron en espera', 'waiting', 2),
('es', 'me tienen en espera', 'waiting', 2),
('es', 'me tuvieron en espera', 'waiting', 2),
('es', 'tiempo de espera', 'waiting', 1),
('es', 'tiempos de espera', 'waiting', 1),
('es', 'espera interminable', 'waiting', 2),
('es', 'interminable', 'waiting', 1.5),
('es', 'interminables', 'waiting', 1.5),
('es', 'una eternidad', 'waiting', 2),
('es', 'eternidad', 'waiting', 1.5),
('es', 'horas al teléfono', 'waiting', 2),
('es', 'colgado al teléfono', 'waiting', 1.5),
('es', 'musiquita', 'waiting', 1.5),
('es', 'haciendo cola', 'waiting', 1.5),
('es', 'hacer cola', 'waiting', 1),
('es', 'colas', 'waiting', 0.8),
('es', 'haciendo fila', 'waiting', 1.5),
('es', 'llevo', 'waiting', 0.5),
('es', 'desde hace', 'waiting', 0.5),
('es', 'hace días', 'waiting', 1),
('es', 'hace semanas', 'waiting', 1.5),
('es', 'hace meses', 'waiting', 1.5),
('es', 'hace una semana', 'waiting', 1),
('es', 'hace un mes', 'waiting', 1.5),
('es', 'hace más de', 'waiting', 1),
('es', 'más de una semana', 'waiting', 1),
('es', 'más de un mes', 'waiting', 1.5),
('es', 'más de una hora', 'waiting', 1),
('es', 'días sin', 'waiting', 1.5),
('es', 'semanas sin', 'waiting', 1.5),
('es', 'meses sin', 'waiting', 1.5),
('es', 'horas sin', 'waiting', 1),
('es', 'sigo sin', 'waiting', 1.5),
('es', 'seguimos sin', 'waiting', 1),
('es', 'sin respuesta', 'waiting', 1.5),
('es', 'sin contestar', 'waiting', 1.5),
('es', 'sin noticias', 'waiting', 1.5),
('es', 'no me contestan', 'waiting', 1.5),
('es', 'no contestan', 'waiting', 1.5),
('es', 'no me responden', 'waiting', 1.5),
('es', 'no responden', 'waiting', 1.5),
('es', 'nadie me responde', 'waiting', 2),
('es', 'nadie responde', 'waiting', 2),
('es', 'nadie contesta', 'waiting', 2),
('es', 'nadie me contesta', 'waiting', 2),
('es', 'nadie atiende', 'waiting', 2),
('es', 'no atienden', 'waiting', 1.5),
('es', 'no cogen el teléfono', 'waiting', 2),
('es', 'nadie coge el teléfono', 'waiting', 2),
('es', 'no me han respondido', 'waiting', 1.5),
('es', 'no me han contestado', 'waiting', 1.5),
('es', 'no he recibido respuesta', 'waiting', 1.5),
('es', 'no he recibido', 'waiting', 1),
('es', 'aún no he recibido', 'waiting', 1.5),
('es', 'todavía no he recibido', 'waiting', 1.5),
('es', 'sigo sin recibir', 'waiting', 1.5),
('es', 'sigue sin llegar', 'waiting', 1.5),
('es', 'todavía no', 'waiting', 0.8),
('es', 'aún no', 'waiting', 0.8),
('es', 'todavía nada', 'waiting', 1.5),
('es', 'aún nada', 'waiting', 1.5),
('es', 'nada todavía', 'waiting', 1.5),
('es', 'nunca llega', 'waiting', 1.5),
('es', 'no llega nunca', 'waiting', 1.5),
('es', 'no me han llamado', 'waiting', 1.5),
('es', 'nunca me llamaron', 'waiting', 2),
('es', 'nunca me devolvieron', 'waiting', 1.5),
('es', 'no me devolvieron la llamada', 'waiting', 1.5),
('es', 'me iban a llamar', 'waiting', 1.5),
('es', 'quedaron en llamarme', 'waiting', 1.5),
('es', 'quedaron en llamar', 'waiting', 1.5),
('es', 'me llamarían', 'waiting', 1.5),
('es', 'tuve que esperar', 'waiting', 1.5),
('es', 'tuvimos que esperar', 'waiting', 1.5),
('es', 'me hicieron esperar', 'waiting', 2),
('es', 'nos hicieron esperar', 'waiting', 2),
('es', 'he esperado', 'waiting', 1),
('es', 'hemos esperado', 'waiting', 1),
('es', 'esperé', 'waiting', 1),
('es', 'después de esperar', 'waiting', 1.5),
('es', 'tras esperar', 'waiting', 1.5),
('es', 'tardan', 'waiting', 1),
('es', 'cuánto tiempo más', 'waiting', 2),
('es', 'cuánto más tengo que esperar', 'waiting', 2),
('es', 'hasta cuándo', 'waiting', 2),
('es', 'cuándo me van a', 'waiting', 1.5),
('es', 'cuándo llega', 'waiting', 0.8),
('es', 'fuera de plazo', 'waiting', 1.5),
('es', 'ya pasó el plazo', 'waiting', 1.5),
('es', 'pasó el plazo', 'waiting', 1.5),
-- transfer: le pasan de un departamento a otro
('es', 'me pasaron con', 'transfer', 1.5),
('es', 'me han pasado con', 'transfer', 1.5),
('es', 'me pasan con', 'transfer', 1.5),
('es', 'me pasan de', 'transfer', 1.5),
('es', 'me pasaron', 'transfer', 1),
('es', 'me derivan', 'transfer', 1.5),
('es', 'me derivaron', 'transfer', 1.5),
('es', 'me han derivado', 'transfer', 1.5),
('es', 'me transfirieron', 'transfer', 1.5),
('es', 'me transfieren', 'transfer', 1.5),
('es', 'me han transferido', 'transfer', 1.5),
('es', 'al transferir', 'transfer', 1.5),
('es', 'al transferirme', 'transfer', 1.5),
('es', 'me mandan de un lado a otro', 'transfer', 2),
('es', 'de un lado a otro', 'transfer', 1.5),
('es', 'de un lado para otro', 'transfer', 1.5),
('es', 'de un sitio a otro', 'transfer', 1.5),
('es', 'de departamento en departamento', 'transfer', 2),
('es', 'de un departamento a otro', 'transfer', 2),
('es', 'de área en área', 'transfer', 2),
('es', 'de un área a otra', 'transfer', 2),
('es', 'de un agente a otro', 'transfer', 2),
('es', 'de operador en operador', 'transfer', 2),
('es', 'de un operador a otro', 'transfer', 2),
('es', 'de una persona a otra', 'transfer', 1.5),
('es', 'de uno a otro', 'transfer', 1.5),
('es', 'de un teléfono a otro', 'transfer', 1.5),
('es', 'de número en número', 'transfer', 2),
('es', 'ping pong', 'transfer', 2),
('es', 'pimpón', 'transfer', 2),
('es', 'peloteo', 'transfer', 2),
('es', 'me pelotean', 'transfer', 2),
('es', 'peloteando', 'transfer', 2),
('es', 'se pasan la pelota', 'transfer', 2),
('es', 'se echan la pelota', 'transfer', 2),
('es', 'se echan la culpa', 'transfer', 1.5),
('es', 'me mandan a otro departamento', 'transfer', 2),
('es', 'otro departamento', 'transfer', 1),
('es', 'otra área', 'transfer', 1),
('es', 'que llame a otro', 'transfer', 1.5),
('es', 'me dicen que llame', 'transfer', 1.5),
('es', 'otro número', 'transfer', 1),
('es', 'me mandan a', 'transfer', 1),
('es', 'me mandaron a', 'transfer', 1),
('es', 'me envían a', 'transfer', 1),
('es', 'me remiten a', 'transfer', 1.5),
('es', 'me remitieron', 'transfer', 1.5),
('es', 'me redirigen', 'transfer', 1.5),
('es', 'me redirigieron', 'transfer', 1.5),
('es', 'no es su departamento', 'transfer', 1.5),
('es', 'no es de su área', 'transfer', 1.5),
('es', 'no les corresponde', 'transfer', 1.5),
('es', 'que contacte con', 'transfer', 1),
-- chasing: el cliente tiene que perseguir o reclamar de nuevo
('es', 'reclamo otra vez', 'chasing', 2),
('es', 'reclamo de nuevo', 'chasing', 2),
('es', 'vuelvo a reclamar', 'chasing', 2),
('es', 'sigo reclamando', 'chasing', 2),
('es', 'reclamando', 'chasing', 1),
('es', 'otra reclamación', 'chasing', 1.5),
('es', 'nueva reclamación', 'chasing', 1.5),
('es', 'otro reclamo', 'chasing', 1.5),
('es', 'nuevo reclamo', 'chasing', 1.5),
('es', 'sigo sin noticias', 'chasing', 2),
('es', 'sigo sin respuesta', 'chasing', 2),
('es', 'sigo sin saber', 'chasing', 1.5),
('es', 'alguna novedad', 'chasing', 1.5),
('es', 'alguna noticia', 'chasing', 1.5),
('es', 'alguna actualización', 'chasing', 1.5),
('es', 'hay novedades', 'chasing', 1),
('es', 'novedades', 'chasing', 0.8),
('es', 'dar seguimiento', 'chasing', 1),
('es', 'hacer seguimiento', 'chasing', 1),
('es', 'en qué estado está', 'chasing', 1.5),
('es', 'estado de mi', 'chasing', 1),
('es', 'cómo va mi', 'chasing', 1.5),
('es', 'cómo va lo de', 'chasing', 1.5),
('es', 'qué pasó con mi', 'chasing', 1.5),
('es', 'qué pasa con mi', 'chasing', 1.5),
('es', 'dónde está mi pedido', 'chasing', 1.5),
('es', 'dónde está mi paquete', 'chasing', 1.5),
('es', 'dónde está mi reembolso', 'chasing', 2),
('es', 'dónde está mi dinero', 'chasing', 2),
('es', 'por dónde va', 'chasing', 1),
('es', 'recordatorio', 'chasing', 1),
('es', 'les recuerdo', 'chasing', 1.5),
('es', 'os recuerdo', 'chasing', 1.5),
('es', 'le recuerdo', 'chasing', 1.5),
('es', 'insisto', 'chasing', 1.5),
('es', 'vuelvo a insistir', 'chasing', 2),
('es', 'insistiendo', 'chasing', 1.5),
('es', 'sigo insistiendo', 'chasing', 2),
('es', 'sigue pendiente', 'chasing', 1.5),
('es', 'todavía pendiente', 'chasing', 1.5),
('es', 'aún pendiente', 'chasing', 1.5),
('es', 'pendiente de respuesta', 'chasing', 1.5),
('es', 'pendiente de resolución', 'chasing', 1.5),
('es', 'sin resolver', 'chasing', 1.5),
('es', 'sigue sin resolver', 'chasing', 2),
('es', 'sigue sin solucionarse', 'chasing', 2),
('es', 'sigue igual', 'chasing', 1.5),
('es', 'seguimos igual', 'chasing', 1.5),
('es', 'sigue abierto', 'chasing', 1),
('es', 'me prometieron', 'chasing', 1.5),
('es', 'prometieron', 'chasing', 1),
('es', 'me aseguraron', 'chasing', 1),
('es', 'todavía no me han', 'chasing', 1.5),
('es', 'aún no me han', 'chasing', 1.5),
('es', 'detrás de ustedes', 'chasing', 1.5),
('es', 'detrás de vosotros', 'chasing', 1.5),
('es', 'detrás de ellos', 'chasing', 1.5),
('es', 'persiguiendo', 'chasing', 2),
('es', 'tengo que estar llamando', 'chasing', 2),
('es', 'tener que estar llamando', 'chasing', 2),
('es', 'tengo que estar detrás', 'chasing', 2),
('es', 'tener que reclamar', 'chasing', 1.5),
('es', 'tengo que reclamar', 'chasing', 1.5),
('es', 'cuántas veces tengo que', 'chasing', 2),
('es', 'cuántas veces más', 'chasing', 2),
('es', 'respuesta a mi', 'chasing', 1),
('es', 'espero respuesta', 'chasing', 1),
('es', 'quedo a la espera', 'chasing', 0.3),
('es', 'nadie me dice nada', 'chasing', 2),
('es', 'nadie me informa', 'chasing', 1.5),
('es', 'no me informan', 'chasing', 1.5),
('es', 'no me dan información', 'chasing', 1.5),
('es', 'no me dicen nada', 'chasing', 1.5),
('es', 'sin información', 'chasing', 1.5),
-- churn: intencion de baja o de irse a la competencia (3 decision, 2 intencion fuerte, 1 lo considera)
('es', 'me doy de baja', 'churn', 3),
('es', 'me di de baja', 'churn', 3),
('es', 'dado de baja', 'churn', 3),
('es', 'nos damos de baja', 'churn', 3),
('es', 'darme de baja', 'churn', 2),
('es', 'quiero darme de baja', 'churn', 2.5),
('es', 'pensando en darme de baja', 'churn', 1.5),
('es', 'dar de baja', 'churn', 1.5),
('es', 'solicito la baja', 'churn', 3),
('es', 'quiero la baja', 'churn', 2.5),
('es', 'pedir la baja', 'churn', 2),
('es', 'pedí la baja', 'churn', 3),
('es', 'tramitar la baja', 'churn', 2.5),
('es', 'cancelo mi cuenta', 'churn', 3),
('es', 'cancelar mi cuenta', 'churn', 2),
('es', 'quiero cancelar mi cuenta', 'churn', 2.5),
('es', 'cancelo mi suscripción', 'churn', 3),
('es', 'cancelar mi suscripción', 'churn', 2),
('es', 'cancelar el contrato', 'churn', 2),
('es', 'cancelar mi contrato', 'churn', 2),
('es', 'rescindir el contrato', 'churn', 2.5),
('es', 'rescindir', 'churn', 2),
('es', 'rescindo', 'churn', 3),
('es', 'cierro mi cuenta', 'churn', 3),
('es', 'cerrar mi cuenta', 'churn', 2),
('es', 'cerrar la cuenta', 'churn', 2),
('es', 'anular mi cuenta', 'churn', 2),
('es', 'cancelar mi tarjeta', 'churn', 2),
('es', 'borrar mi cuenta', 'churn', 2),
('es', 'eliminar mi cuenta', 'churn', 2),
('es', 'eliminen mi cuenta', 'churn', 2.5),
('es', 'borren mis datos', 'churn', 2),
('es', 'portabilidad', 'churn', 2),
('es', 'pedir la portabilidad', 'churn', 3),
('es', 'me porto a', 'churn', 3),
('es', 'portarme a', 'churn', 2),
('es', 'me cambio a', 'churn', 3),
('es', 'me cambio de compañía', 'churn', 3),
('es', 'me cambio de banco', 'churn', 3),
('es', 'me cambié a', 'churn', 3),
('es', 'me cambié de compañía', 'churn', 3),
('es', 'cambiamos de compañía', 'churn', 3),
('es', 'cambiarme de compañía', 'churn', 2),
('es', 'cambiarme a', 'churn', 2),
('es', 'me voy a cambiar', 'churn', 2),
('es', 'me paso a', 'churn', 1.5),
('es', 'me pasaré a', 'churn', 2),
('es', 'me voy a pasar a', 'churn', 2),
('es', 'me voy a la competencia', 'churn', 3),
('es', 'me voy con la competencia', 'churn', 3),
('es', 'la competencia', 'churn', 1),
('es', 'me voy a otra', 'churn', 2.5),
('es', 'me voy con otra', 'churn', 2.5),
('es', 'me voy a ir', 'churn', 1.5),
('es', 'contratar con otra', 'churn', 2),
('es', 'contrataré con otra', 'churn', 2.5),
('es', 'otra compañía', 'churn', 1),
('es', 'otra empresa', 'churn', 0.8),
('es', 'otro banco', 'churn', 1),
('es', 'otra aerolínea', 'churn', 1),
('es', 'otra operadora', 'churn', 1),
('es', 'buscar otra compañía', 'churn', 1.5),
('es', 'buscando otra compañía', 'churn', 1.5),
('es', 'buscaré otra', 'churn', 2),
('es', 'otras opciones', 'churn', 1),
('es', 'valorando otras opciones', 'churn', 1.5),
('es', 'considerando cambiar', 'churn', 1.5),
('es', 'pensando en cambiar', 'churn', 1.5),
('es', 'pensando en cambiarme', 'churn', 1.5),
('es', 'pensando en irme', 'churn', 1.5),
('es', 'me lo estoy pensando', 'churn', 1),
('es', 'me lo estoy planteando', 'churn', 1),
('es', 'me planteo', 'churn', 1),
('es', 'no vuelvo a comprar', 'churn', 3),
('es', 'no volveré a comprar', 'churn', 3),
('es', 'no compro más', 'churn', 3),
('es', 'no compraré más', 'churn', 3),
('es', 'no les compro más', 'churn', 3),
('es', 'no vuelvo', 'churn', 2.5),
('es', 'no volveré', 'churn', 2.5),
('es', 'no volveremos', 'churn', 2.5),
('es', 'nunca más', 'churn', 2.5),
('es', 'jamás volveré', 'churn', 3),
('es', 'nunca volveré', 'churn', 3),
('es', 'no pienso volver', 'churn', 3),
('es', 'no repetiré', 'churn', 2),
('es', 'no repetiremos', 'churn', 2),
('es', 'no volvería', 'churn', 2),
('es', 'para no volver', 'churn', 2.5),
('es', 'hasta nunca', 'churn', 3),
('es', 'me largo', 'churn', 2.5),
('es', 'última vez que compro', 'churn', 3),
('es', 'última vez que vuelo', 'churn', 3),
('es', 'última vez que reservo', 'churn', 3),
('es', 'última vez que confío', 'churn', 2.5),
('es', 'primera y última vez', 'churn', 3),
('es', 'perdieron un cliente', 'churn', 3),
('es', 'perdido un cliente', 'churn', 3),
('es', 'perdieron una clienta', 'churn', 3),
('es', 'perdido una clienta', 'churn', 3),
('es', 'perdieron a un cliente', 'churn', 3),
('es', 'perdido a un cliente', 'churn', 3),
('es', 'un cliente menos', 'churn', 3),
('es', 'una clienta menos', 'churn', 3),
('es', 'dejo de ser cliente', 'churn', 3),
('es', 'dejar de ser cliente', 'churn', 2),
('es', 'dejaré de ser cliente', 'churn', 3),
('es', 'ya no soy cliente', 'churn', 3),
('es', 'ex cliente', 'churn', 3),
('es', 'excliente', 'churn', 3),
('es', 'no cuenten conmigo', 'churn', 2.5),
('es', 'no contéis conmigo', 'churn', 2.5),
('es', 'borré la app', 'churn', 2.5),
('es', 'desinstalé la app', 'churn', 2.5),
('es', 'desinstalé', 'churn', 2),
('es', 'quiero irme', 'churn', 2),
('es', 'ni loco', 'churn', 2),
('es', 'ni loca', 'churn', 2),
('es', 'ni muerto', 'churn', 2),
('es', 'ni de broma', 'churn', 2),
('es', 'no renovaré', 'churn', 3),
('es', 'no voy a renovar', 'churn', 3),
('es', 'no renuevo', 'churn', 3),
-- escalation: organismos de consumo, abogados, tribunales, redes, contracargos, superiores
('es', 'hoja de reclamaciones', 'escalation', 2),
('es', 'hoja de reclamación', 'escalation', 2),
('es', 'libro de reclamaciones', 'escalation', 2),
('es', 'libro de quejas', 'escalation', 2),
('es', 'oficina del consumidor', 'escalation', 2),
('es', 'oficina de consumo', 'escalation', 2),
('es', 'ir a consumo', 'escalation', 2),
('es', 'ministerio de consumo', 'escalation', 2),
('es', 'omic', 'escalation', 2),
('es', 'facua', 'escalation', 2.5),
('es', 'ocu', 'escalation', 2),
('es', 'profeco', 'escalation', 2.5),
('es', 'condusef', 'escalation', 2.5),
('es', 'sernac', 'escalation', 2.5),
('es', 'indecopi', 'escalation', 2.5),
('es', 'osiptel', 'escalation', 2),
('es', 'subtel', 'escalation', 2),
('es', 'enacom', 'escalation', 2),
('es', 'aerocivil', 'escalation', 2),
('es', 'aesa', 'escalation', 2),
('es', 'setsi', 'escalation', 2),
('es', 'cnmc', 'escalation', 2),
('es', 'cnmv', 'escalation', 2),
('es', 'banco de españa', 'escalation', 2),
('es', 'superintendencia', 'escalation', 2),
('es', 'usuarios de telecomunicaciones', 'escalation', 2),
('es', 'defensa del consumidor', 'escalation', 2),
('es', 'defensa al consumidor', 'escalation', 2),
('es', 'defensor del consumidor', 'escalation', 2),
('es', 'defensoría del consumidor', 'escalation', 2),
('es', 'derechos del consumidor', 'escalation', 1.5),
('es', 'asociación de consumidores', 'escalation', 2),
('es', 'asociación de usuarios', 'escalation', 2),
('es', 'defensor del cliente', 'escalation', 2),
('es', 'defensor del pueblo', 'escalation', 2),
('es', 'arbitraje', 'escalation', 1.5),
('es', 'junta arbitral', 'escalation', 2),
('es', 'arbitraje de consumo', 'escalation', 2),
('es', 'reclamación formal', 'escalation', 1.5),
('es', 'queja formal', 'escalation', 1.5),
('es', 'reclamación judicial', 'escalation', 2.5),
('es', 'poner una denuncia', 'escalation', 2.5),
('es', 'denunciar', 'escalation', 2),
('es', 'denunciaré', 'escalation', 2.5),
('es', 'voy a denunciar', 'escalation', 2.5),
('es', 'los voy a denunciar', 'escalation', 3),
('es', 'denunciarlos', 'escalation', 2.5),
('es', 'denunciaros', 'escalation', 2.5),
('es', 'denuncia', 'escalation', 1.5),
('es', 'abogado', 'escalation', 2),
('es', 'abogada', 'escalation', 2),
('es', 'abogados', 'escalation', 2),
('es', 'mi abogado', 'escalation', 2.5),
('es', 'demanda', 'escalation', 1.5),
('es', 'demandar', 'escalation', 2),
('es', 'demandarlos', 'escalation', 2.5),
('es', 'demandaré', 'escalation', 2.5),
('es', 'voy a demandar', 'escalation', 2.5),
('es', 'los voy a demandar', 'escalation', 3),
('es', 'juicio', 'escalation', 1.5),
('es', 'juzgado', 'escalation', 2),
('es', 'juzgados', 'escalation', 2),
('es', 'tribunales', 'escalation', 2),
('es', 'vía judicial', 'escalation', 2.5),
('es', 'vía legal', 'escalation', 2),
('es', 'acciones legales', 'escalation', 2.5),
('es', 'acción legal', 'escalation', 2.5),
('es', 'medidas legales', 'escalation', 2.5),
('es', 'tomaré medidas', 'escalation', 2),
('es', 'tomar medidas', 'escalation', 1.5),
('es', 'tomaré acciones', 'escalation', 2),
('es', 'fiscalía', 'escalation', 2),
('es', 'policía', 'escalation', 1),
('es', 'comisaría', 'escalation', 1),
('es', 'redes sociales', 'escalation', 1.5),
('es', 'en redes', 'escalation', 1.5),
('es', 'lo voy a publicar', 'escalation', 2.5),
('es', 'voy a publicar', 'escalation', 2),
('es', 'lo publicaré', 'escalation', 2.5),
('es', 'lo voy a difundir', 'escalation', 2.5),
('es', 'difundir', 'escalation', 1.5),
('es', 'difundan', 'escalation', 2),
('es', 'que se entere todo el mundo', 'escalation', 2.5),
('es', 'que todo el mundo sepa', 'escalation', 2.5),
('es', 'voy a contarlo', 'escalation', 2),
('es', 'lo contaré', 'escalation', 2),
('es', 'viral', 'escalation', 2),
('es', 'hacerlo viral', 'escalation', 2.5),
('es', 'a la prensa', 'escalation', 2),
('es', 'prensa', 'escalation', 1.5),
('es', 'medios de comunicación', 'escalation', 2),
('es', 'los medios', 'escalation', 1.5),
('es', 'mala reseña', 'escalation', 2),
('es', 'reseña negativa', 'escalation', 2),
('es', 'pondré una reseña', 'escalation', 2),
('es', 'dejaré una reseña', 'escalation', 1.5),
('es', 'contracargo', 'escalation', 2.5),
('es', 'chargeback', 'escalation', 2.5),
('es', 'desconocer el cargo', 'escalation', 2),
('es', 'desconocer la compra', 'escalation', 2),
('es', 'anular el cargo', 'escalation', 1.5),
('es', 'disputar el cargo', 'escalation', 2.5),
('es', 'abrir una disputa', 'escalation', 2.5),
('es', 'abriré una disputa', 'escalation', 2.5),
('es', 'disputa', 'escalation', 1.5),
('es', 'reclamar al banco', 'escalation', 2),
('es', 'devolver el recibo', 'escalation', 2),
('es', 'devolveré el recibo', 'escalation', 2.5),
('es', 'devolver los recibos', 'escalation', 2),
('es', 'devolveré los recibos', 'escalation', 2.5),
('es', 'devolución del recibo', 'escalation', 2),
('es', 'supervisor', 'escalation', 1.5),
('es', 'hablar con un supervisor', 'escalation', 2),
('es', 'hablar con el supervisor', 'escalation', 2),
('es', 'un superior', 'escalation', 1.5),
('es', 'hablar con un superior', 'escalation', 2),
('es', 'el gerente', 'escalation', 1.5),
('es', 'hablar con el gerente', 'escalation', 2),
('es', 'hablar con el encargado', 'escalation', 2),
('es', 'hablar con un encargado', 'escalation', 2),
('es', 'hablar con un responsable', 'escalation', 2),
('es', 'hablar con su jefe', 'escalation', 2),
('es', 'hablar con tu jefe', 'escalation', 2),
('es', 'exijo hablar con', 'escalation', 2),
('es', 'elevar mi queja', 'escalation', 2),
('es', 'elevar la queja', 'escalation', 2),
('es', 'elevar el caso', 'escalation', 2),
('es', 'escalar el caso', 'escalation', 2),
('es', 'escalar mi caso', 'escalation', 2),
('es', 'escalen', 'escalation', 1.5),
-- urgency: urgencia y plazos inmediatos
('es', 'urgente', 'urgency', 2),
('es', 'urgentes', 'urgency', 1.5),
('es', 'urgentísimo', 'urgency', 2.5),
('es', 'urgencia', 'urgency', 2),
('es', 'con urgencia', 'urgency', 2),
('es', 'urgentemente', 'urgency', 2),
('es', 'cuanto antes', 'urgency', 2),
('es', 'lo antes posible', 'urgency', 2),
('es', 'a la mayor brevedad', 'urgency', 1.5),
('es', 'a la brevedad', 'urgency', 1.5),
('es', 'ya mismo', 'urgency', 2),
('es', 'inmediatamente', 'urgency', 2),
('es', 'de inmediato', 'urgency', 2),
('es', 'inmediato', 'urgency', 1.5),
('es', 'inmediata', 'urgency', 1.5),
('es', 'hoy mismo', 'urgency', 2),
('es', 'ahora mismo', 'urgency', 1),
('es', 'es una emergencia', 'urgency', 3),
('es', 'emergencia', 'urgency', 2),
('es', 'me urge', 'urgency', 2),
('es', 'urge', 'urgency', 1.5),
('es', 'necesito ya', 'urgency', 2),
('es', 'lo necesito hoy', 'urgency', 2),
('es', 'para mañana', 'urgency', 1),
('es', 'necesito una solución', 'urgency', 1.5),
('es', 'necesito solución', 'urgency', 1.5),
('es', 'necesito una respuesta', 'urgency', 1.5),
('es', 'necesito respuesta', 'urgency', 1.5),
('es', 'sin más demora', 'urgency', 2),
('es', 'sin demora', 'urgency', 2),
('es', 'sin más dilación', 'urgency', 2),
('es', 'sin dilación', 'urgency', 2),
('es', 'no puede esperar', 'urgency', 2),
('es', 'es vital', 'urgency', 2),
('es', 'crítico', 'urgency', 1.5),
('es', 'grave', 'urgency', 1),
('es', 'prioridad', 'urgency', 1),
('es', 'prioritario', 'urgency', 1.5),
('es', 'máxima prioridad', 'urgency', 2),
('es', 'asap', 'urgency', 1.5),
('es', 'pronto', 'urgency', 0.8),
('es', 'rápido por favor', 'urgency', 1.5),
('es', 'en las próximas horas', 'urgency', 1),
('es', 'antes de mañana', 'urgency', 1.5),
('es', 'vuelo mañana', 'urgency', 1.5),
('es', 'viajo mañana', 'urgency', 2),
('es', 'viajo hoy', 'urgency', 2),
('es', 'salgo mañana', 'urgency', 1.5),
('es', 'mi vuelo sale', 'urgency', 1.5),
('es', 'se me acaba el tiempo', 'urgency', 2),
('es', 'contrarreloj', 'urgency', 2),
-- intensifier: multiplicador de la frase siguiente (1.2-2)
('es', 'muy', 'intensifier', 1.5),
('es', 'súper', 'intensifier', 1.5),
('es', 'demasiado', 'intensifier', 1.5),
('es', 'demasiada', 'intensifier', 1.5),
('es', 'demasiados', 'intensifier', 1.5),
('es', 'demasiadas', 'intensifier', 1.5),
('es', 'bastante', 'intensifier', 1.2),
('es', 'tan', 'intensifier', 1.3),
('es', 'tanto', 'intensifier', 1.3),
('es', 'tanta', 'intensifier', 1.3),
('es', 'absolutamente', 'intensifier', 2),
('es', 'totalmente', 'intensifier', 1.5),
('es', 'completamente', 'intensifier', 1.5),
('es', 'realmente', 'intensifier', 1.4),
('es', 'verdaderamente', 'intensifier', 1.5),
('es', 'sumamente', 'intensifier', 1.8),
('es', 'extremadamente', 'intensifier', 2),
('es', 'increíblemente', 'intensifier', 1.8),
('es', 'enormemente', 'intensifier', 1.6),
('es', 'tremendamente', 'intensifier', 1.8),
('es', 'terriblemente', 'intensifier', 1.8),
('es', 'excesivamente', 'intensifier', 1.8),
('es', 'exageradamente', 'intensifier', 1.8),
('es', 'profundamente', 'intensifier', 1.8),
('es', 'altamente', 'intensifier', 1.5),
('es', 'plenamente', 'intensifier', 1.5),
('es', 'sobradamente', 'intensifier', 1.5),
('es', 'especialmente', 'intensifier', 1.2),
('es', 'particularmente', 'intensifier', 1.2),
('es', 'definitivamente', 'intensifier', 1.3),
('es', 'claramente', 'intensifier', 1.2),
('es', 'seriamente', 'intensifier', 1.3),
('es', 'francamente', 'intensifier', 1.3),
('es', 'sinceramente', 'intensifier', 1.2),
('es', 'de verdad', 'intensifier', 1.3),
('es', 'en verdad', 'intensifier', 1.3),
('es', 'muchísimo', 'intensifier', 1.8),
('es', 'muchísima', 'intensifier', 1.8),
('es', 'muchísimos', 'intensifier', 1.6),
('es', 'muchísimas', 'intensifier', 1.6),
('es', 'mucho', 'intensifier', 1.3),
('es', 'mucha', 'intensifier', 1.3),
('es', 're', 'intensifier', 1.4),
('es', 'recontra', 'intensifier', 1.8),
('es', 'requete', 'intensifier', 1.6),
('es', 'híper', 'intensifier', 1.5),
('es', 'ultra', 'intensifier', 1.5),
('es', 'mega', 'intensifier', 1.5),
('es', 'mazo', 'intensifier', 1.5),
('es', 'la mar de', 'intensifier', 1.5),
('es', 'de lo más', 'intensifier', 1.5),
('es', 'un montón', 'intensifier', 1.4),
-- diminisher: lo que queda de la frase siguiente (0.3-0.8)
('es', 'un poco', 'diminisher', 0.5),
('es', 'un poquito', 'diminisher', 0.5),
('es', 'poquito', 'diminisher', 0.6),
('es', 'un pelín', 'diminisher', 0.5),
('es', 'tantito', 'diminisher', 0.5),
('es', 'algo', 'diminisher', 0.7),
('es', 'ligeramente', 'diminisher', 0.5),
('es', 'levemente', 'diminisher', 0.5),
('es', 'un tanto', 'diminisher', 0.6),
('es', 'medio', 'diminisher', 0.6),
('es', 'más o menos', 'diminisher', 0.5),
('es', 'relativamente', 'diminisher', 0.7),
('es', 'razonablemente', 'diminisher', 0.7),
('es', 'medianamente', 'diminisher', 0.6),
('es', 'moderadamente', 'diminisher', 0.6),
('es', 'parcialmente', 'diminisher', 0.6),
('es', 'en parte', 'diminisher', 0.7),
('es', 'apenas', 'diminisher', 0.5),
('es', 'casi', 'diminisher', 0.7),
('es', 'a veces', 'diminisher', 0.7),
('es', 'de vez en cuando', 'diminisher', 0.7),
('es', 'ocasionalmente', 'diminisher', 0.7),
('es', 'quizás', 'diminisher', 0.8),
('es', 'quizá', 'diminisher', 0.8),
('es', 'tal vez', 'diminisher', 0.8),
('es', 'a lo mejor', 'diminisher', 0.8),
-- irony: indicios que vuelven sarcastica la palabra positiva anterior
('es', 'otra vez', 'irony', 1),
('es', 'de nuevo', 'irony', 1),
('es', 'como siempre', 'irony', 1),
('es', 'una vez más', 'irony', 1),
('es', 'como de costumbre', 'irony', 1),
('es', 'para variar', 'irony', 1.5),
('es', 'qué sorpresa', 'irony', 1.5),
('es', 'como era de esperar', 'irony', 1);

-- ---- more of the shipped voice lexicon: everyday cues, service trouble, promotions ----
-- Additional voice lexicon rows (es, en): laughter, comparatives, wishes and anticipation, promotions and novelties,
-- service disruption, staff/company behaviour, positive service qualities and emotions.
-- Phrases are matched on whole normalised words (lowercase, no accents/apostrophes); negation is automatic;
-- the longer phrase wins. Weights: 0.5 mild, 1 clear, 2 strong, 3 extreme; 0.1-0.3 rows are near-neutral shields.
INSERT INTO @extschema@.voice_lexicon_shipped (language, phrase, signal, weight) VALUES
-- es: positive: laughter and playful cues (mild)
('es', 'jaja', 'positive', 0.5),
('es', 'jajaja', 'positive', 0.5),
('es', 'jajajaja', 'positive', 0.5),
('es', 'jajajajaja', 'positive', 0.5),
('es', 'jajajajajaja', 'positive', 0.5),
('es', 'jajajajajajaja', 'positive', 0.5),
('es', 'jajaj', 'positive', 0.5),
('es', 'jajajaj', 'positive', 0.5),
('es', 'jajajajaj', 'positive', 0.5),
('es', 'jajja', 'positive', 0.5),
('es', 'ajaja', 'positive', 0.5),
('es', 'ajajaja', 'positive', 0.5),
('es', 'ajajajaja', 'positive', 0.5),
('es', 'jeje', 'positive', 0.5),
('es', 'jejeje', 'positive', 0.5),
('es', 'jejejeje', 'positive', 0.5),
('es', 'jejej', 'positive', 0.5),
('es', 'jiji', 'positive', 0.5),
('es', 'jijiji', 'positive', 0.5),
('es', 'jijijiji', 'positive', 0.5),
('es', 'jsjs', 'positive', 0.5),
('es', 'jsjsjs', 'positive', 0.5),
('es', 'jsjsjsjs', 'positive', 0.5),
('es', 'xd', 'positive', 0.5),
('es', 'xdd', 'positive', 0.5),
('es', 'lol', 'positive', 0.5),
('es', 'me parto', 'positive', 0.8),
('es', 'me parto de risa', 'positive', 1),
('es', 'me meo de risa', 'positive', 1),
('es', 'me muero de risa', 'positive', 1),
('es', 'me descojono', 'positive', 0.8),
('es', 'qué risa', 'positive', 0.5),
('es', 'me hizo reír', 'positive', 1),
('es', 'me hicieron reír', 'positive', 1),
('es', 'qué gracioso', 'positive', 0.5),
('es', 'graciosísimo', 'positive', 1),
('es', 'divertido', 'positive', 1),
('es', 'divertida', 'positive', 1),
('es', 'divertidos', 'positive', 1),
('es', 'divertidas', 'positive', 1),
('es', 'divertidísimo', 'positive', 2),
('es', 'divertidísima', 'positive', 2),
('es', 'nos divertimos', 'positive', 1.5),
('es', 'me divertí', 'positive', 1.5),
('es', 'qué divertido', 'positive', 1.5),
-- es: positive: comparatives and superlatives
('es', 'mejor', 'positive', 0.5),
('es', 'mejores', 'positive', 0.5),
('es', 'mucho mejor', 'positive', 1.5),
('es', 'muchísimo mejor', 'positive', 2),
('es', 'cada vez mejor', 'positive', 1.5),
('es', 'cada día mejor', 'positive', 1.5),
('es', 'mejor que nunca', 'positive', 2),
('es', 'aún mejor', 'positive', 1.5),
('es', 'todavía mejor', 'positive', 1.5),
('es', 'incluso mejor', 'positive', 1.5),
('es', 'mejor aún', 'positive', 1.5),
('es', 'mejor de lo esperado', 'positive', 2),
('es', 'mejor de lo que esperaba', 'positive', 2),
('es', 'de los mejores', 'positive', 2),
('es', 'de las mejores', 'positive', 2),
('es', 'uno de los mejores', 'positive', 2),
('es', 'una de las mejores', 'positive', 2),
('es', 'sin duda el mejor', 'positive', 2.5),
('es', 'sin duda la mejor', 'positive', 2.5),
('es', 'sin duda los mejores', 'positive', 2.5),
('es', 'sin duda lo mejor', 'positive', 2.5),
('es', 'el mejor servicio', 'positive', 3),
('es', 'la mejor atención', 'positive', 3),
('es', 'el mejor trato', 'positive', 3),
('es', 'la mejor experiencia', 'positive', 3),
('es', 'la mejor aerolínea', 'positive', 2.5),
('es', 'la mejor compañía', 'positive', 2.5),
('es', 'la mejor empresa', 'positive', 2.5),
('es', 'el mejor hotel', 'positive', 2.5),
('es', 'la mejor tienda', 'positive', 2.5),
('es', 'la mejor operadora', 'positive', 2.5),
('es', 'el mejor banco', 'positive', 2.5),
('es', 'los mejores precios', 'positive', 2),
('es', 'el mejor precio', 'positive', 1.5),
('es', 'mejor precio', 'positive', 0.5),
('es', 'mejores precios', 'positive', 0.5),
('es', 'mejor aerolínea', 'positive', 1),
('es', 'mejor compañía', 'positive', 1),
('es', 'sois los mejores', 'positive', 2.5),
('es', 'son los mejores', 'positive', 2.5),
('es', 'eres el mejor', 'positive', 2.5),
('es', 'eres la mejor', 'positive', 2.5),
('es', 'lo mejor de todo', 'positive', 0.5),
('es', 'lo mejor fue', 'positive', 1),
('es', 'lo mejor es que', 'positive', 0.3),
('es', 'mejor valorado', 'positive', 1.5),
('es', 'mejor valorada', 'positive', 1.5),
('es', 'mejoró', 'positive', 1),
('es', 'mejoraron', 'positive', 1),
('es', 'ha mejorado', 'positive', 1.5),
('es', 'han mejorado', 'positive', 1.5),
-- es: positive: near-neutral shields: greetings, sign-offs and discourse markers (the longer phrase wins)
('es', 'cordial saludo', 'positive', 0.1),
('es', 'saludos cordiales', 'positive', 0.1),
('es', 'cordiales saludos', 'positive', 0.1),
('es', 'para ser honesto', 'positive', 0.1),
('es', 'para ser honesta', 'positive', 0.1),
('es', 'siendo honesto', 'positive', 0.1),
('es', 'siendo honesta', 'positive', 0.1),
('es', 'al fin y al cabo', 'positive', 0.1),
('es', 'para bien o para mal', 'positive', 0.1),
('es', 'lo mejor sería', 'positive', 0.1),
('es', 'lo mejor será', 'positive', 0.1),
('es', 'mejor dicho', 'positive', 0.1),
('es', 'mejor que nada', 'positive', 0.3),
('es', 'feliz navidad', 'positive', 0.3),
('es', 'feliz año', 'positive', 0.3),
('es', 'feliz año nuevo', 'positive', 0.3),
('es', 'feliz cumpleaños', 'positive', 0.3),
('es', 'feliz día', 'positive', 0.3),
('es', 'feliz fin de semana', 'positive', 0.3),
('es', 'feliz finde', 'positive', 0.3),
('es', 'felices fiestas', 'positive', 0.3),
('es', 'buen finde', 'positive', 0.3),
('es', 'buen fin de semana', 'positive', 0.3),
('es', 'feliz viaje', 'positive', 0.5),
('es', 'buen viaje', 'positive', 0.5),
-- es: positive: wishes, luck, anticipation
('es', 'suerte', 'positive', 0.5),
('es', 'buena suerte', 'positive', 0.5),
('es', 'mucha suerte', 'positive', 1),
('es', 'qué suerte', 'positive', 1),
('es', 'tuve suerte', 'positive', 1),
('es', 'tuvimos suerte', 'positive', 1),
('es', 'ojalá', 'positive', 0.5),
('es', 'deseando', 'positive', 0.8),
('es', 'estoy deseando', 'positive', 1.5),
('es', 'deseando volver', 'positive', 2),
('es', 'deseando repetir', 'positive', 2),
('es', 'con ganas de volver', 'positive', 1.5),
('es', 'qué ganas', 'positive', 1.5),
('es', 'muchas ganas', 'positive', 1.5),
('es', 'me muero de ganas', 'positive', 1.5),
('es', 'contando los días', 'positive', 1),
('es', 'ya queda menos', 'positive', 1),
('es', 'ilusión', 'positive', 1),
('es', 'mucha ilusión', 'positive', 1.5),
('es', 'emocionante', 'positive', 1.5),
('es', 'emoción', 'positive', 1),
('es', 'entusiasmo', 'positive', 1),
('es', 'disfrutar', 'positive', 0.5),
('es', 'disfruté', 'positive', 1),
('es', 'disfrutamos', 'positive', 1),
('es', 'disfrutando', 'positive', 1),
('es', 'disfrutado', 'positive', 1),
('es', 'disfruten', 'positive', 0.5),
('es', 'a disfrutar', 'positive', 1),
-- es: positive: promotions, gifts, prizes, novelties
('es', 'oferta', 'positive', 0.5),
('es', 'ofertas', 'positive', 0.5),
('es', 'buena oferta', 'positive', 1.5),
('es', 'buenas ofertas', 'positive', 1.5),
('es', 'ofertón', 'positive', 1.5),
('es', 'ofertones', 'positive', 1.5),
('es', 'chollo', 'positive', 1.5),
('es', 'chollos', 'positive', 1.5),
('es', 'chollazo', 'positive', 2),
('es', 'ganga', 'positive', 1.5),
('es', 'gangas', 'positive', 1),
('es', 'descuento', 'positive', 0.5),
('es', 'descuentos', 'positive', 0.5),
('es', 'buen descuento', 'positive', 1.5),
('es', 'buenos descuentos', 'positive', 1.5),
('es', 'gran descuento', 'positive', 1.5),
('es', 'grandes descuentos', 'positive', 1.5),
('es', 'promoción', 'positive', 0.5),
('es', 'promociones', 'positive', 0.5),
('es', 'promo', 'positive', 0.5),
('es', 'promos', 'positive', 0.5),
('es', 'rebajas', 'positive', 0.5),
('es', 'rebajado', 'positive', 0.5),
('es', 'rebajada', 'positive', 0.5),
('es', 'rebajados', 'positive', 0.5),
('es', 'precio de locura', 'positive', 1.5),
('es', 'precios de locura', 'positive', 1.5),
('es', 'sorteo', 'positive', 0.5),
('es', 'sorteos', 'positive', 0.5),
('es', 'regalo', 'positive', 0.5),
('es', 'regalos', 'positive', 0.5),
('es', 'de regalo', 'positive', 1),
('es', 'me regalaron', 'positive', 1.5),
('es', 'nos regalaron', 'positive', 1.5),
('es', 'qué detalle', 'positive', 1.5),
('es', 'todo un detalle', 'positive', 1.5),
('es', 'detallazo', 'positive', 2),
('es', 'un detallazo', 'positive', 2),
('es', 'gratis', 'positive', 0.5),
('es', 'gratuito', 'positive', 0.5),
('es', 'gratuita', 'positive', 0.5),
('es', 'envío gratis', 'positive', 1),
('es', 'envío gratuito', 'positive', 1),
('es', 'sin costo', 'positive', 0.5),
('es', 'sin coste', 'positive', 0.5),
('es', 'cupón', 'positive', 0.5),
('es', 'cupones', 'positive', 0.5),
('es', '2x1', 'positive', 0.5),
('es', 'premio', 'positive', 0.5),
('es', 'premios', 'positive', 0.5),
('es', 'premiado', 'positive', 1),
('es', 'premiada', 'positive', 1),
('es', 'premiados', 'positive', 1),
('es', 'premiadas', 'positive', 1),
('es', 'galardón', 'positive', 1),
('es', 'galardones', 'positive', 1),
('es', 'galardonado', 'positive', 1),
('es', 'galardonada', 'positive', 1),
('es', 'galardonados', 'positive', 1),
('es', 'ganador', 'positive', 1),
('es', 'ganadora', 'positive', 1),
('es', 'ganadores', 'positive', 1),
('es', 'nuevo', 'positive', 0.5),
('es', 'nueva', 'positive', 0.5),
('es', 'nuevos', 'positive', 0.5),
('es', 'nuevas', 'positive', 0.5),
('es', 'nueva ruta', 'positive', 1),
('es', 'nuevas rutas', 'positive', 1),
('es', 'nuevo destino', 'positive', 1),
('es', 'nuevos destinos', 'positive', 1),
('es', 'nueva tienda', 'positive', 1),
('es', 'nuevas tiendas', 'positive', 1),
('es', 'estrena', 'positive', 1),
('es', 'estrenan', 'positive', 1),
('es', 'estrenamos', 'positive', 1),
('es', 'estrenando', 'positive', 1),
('es', 'estreno', 'positive', 0.5),
('es', 'inaugura', 'positive', 1),
('es', 'inauguran', 'positive', 1),
('es', 'inauguramos', 'positive', 1),
('es', 'inauguración', 'positive', 1),
('es', 'celebra', 'positive', 1),
('es', 'celebran', 'positive', 1),
('es', 'celebramos', 'positive', 1),
('es', 'celebrando', 'positive', 1),
('es', 'celebrar', 'positive', 0.5),
('es', 'aniversario', 'positive', 1),
('es', 'ya disponible', 'positive', 0.5),
('es', 'ya está disponible', 'positive', 0.5),
('es', 'upgrade', 'positive', 1),
('es', 'me subieron a business', 'positive', 1.5),
('es', 'me subieron a primera', 'positive', 1.5),
-- es: positive: service qualities (punctuality, speed, comfort, manners)
('es', 'trato cordial', 'positive', 1.5),
('es', 'puntualísimo', 'positive', 2),
('es', 'puntualísima', 'positive', 2),
('es', 'puntualidad británica', 'positive', 2),
('es', 'puntualmente', 'positive', 1),
('es', 'a su hora', 'positive', 1),
('es', 'salió en hora', 'positive', 1.5),
('es', 'llegó en hora', 'positive', 1.5),
('es', 'llegamos en hora', 'positive', 1.5),
('es', 'salimos en hora', 'positive', 1.5),
('es', 'salió puntual', 'positive', 1.5),
('es', 'llegamos puntuales', 'positive', 1.5),
('es', 'salimos puntuales', 'positive', 1.5),
('es', 'vuelo puntual', 'positive', 1.5),
('es', 'a tiempo', 'positive', 0.5),
('es', 'antes de hora', 'positive', 1),
('es', 'llegamos antes', 'positive', 1),
('es', 'rápidamente', 'positive', 1),
('es', 'rapidísima', 'positive', 2),
('es', 'rapidísimos', 'positive', 2),
('es', 'veloz', 'positive', 1),
('es', 'ágil', 'positive', 1),
('es', 'agilidad', 'positive', 1),
('es', 'eficacia', 'positive', 1.5),
('es', 'eficiencia', 'positive', 1.5),
('es', 'diligente', 'positive', 1.5),
('es', 'diligentes', 'positive', 1.5),
('es', 'diligencia', 'positive', 1.5),
('es', 'excelente atención', 'positive', 2.5),
('es', 'excelente servicio', 'positive', 2.5),
('es', 'atención excelente', 'positive', 2.5),
('es', 'servicio excelente', 'positive', 2.5),
('es', 'trato exquisito', 'positive', 2.5),
('es', 'trato excelente', 'positive', 2.5),
('es', 'excelente trato', 'positive', 2.5),
('es', 'trato amable', 'positive', 1.5),
('es', 'trato humano', 'positive', 1.5),
('es', 'trato familiar', 'positive', 1.5),
('es', 'gran atención', 'positive', 2),
('es', 'atención rápida', 'positive', 1.5),
('es', 'respuesta rápida', 'positive', 1.5),
('es', 'rápida respuesta', 'positive', 1.5),
('es', 'respuesta inmediata', 'positive', 1.5),
('es', 'respondieron rápido', 'positive', 1.5),
('es', 'contestaron rápido', 'positive', 1.5),
('es', 'me atendieron rápido', 'positive', 1.5),
('es', 'atendieron rápido', 'positive', 1.5),
('es', 'en pocos minutos', 'positive', 1.5),
('es', 'al instante', 'positive', 1),
('es', 'comodidad', 'positive', 1),
('es', 'cómodamente', 'positive', 1),
('es', 'asientos cómodos', 'positive', 1.5),
('es', 'todo limpio', 'positive', 1.5),
('es', 'todo impecable', 'positive', 2),
('es', 'tranquilidad', 'positive', 1),
('es', 'me sentí seguro', 'positive', 1),
('es', 'me sentí segura', 'positive', 1),
('es', 'nos sentimos seguros', 'positive', 1),
('es', 'gratamente sorprendido', 'positive', 2),
('es', 'gratamente sorprendida', 'positive', 2),
('es', 'gratamente sorprendidos', 'positive', 2),
('es', 'sorprendido gratamente', 'positive', 2),
('es', 'sorprendida gratamente', 'positive', 2),
('es', 'sorprendido para bien', 'positive', 2),
('es', 'sorprendida para bien', 'positive', 2),
('es', 'para bien', 'positive', 0.5),
('es', 'sorpresa agradable', 'positive', 2),
('es', 'agradable sorpresa', 'positive', 2),
('es', 'atentísimo', 'positive', 2),
('es', 'atentísima', 'positive', 2),
('es', 'atentísimos', 'positive', 2),
('es', 'amabilidad', 'positive', 1.5),
('es', 'amabilísimos', 'positive', 2),
('es', 'simpatía', 'positive', 1),
('es', 'cercanía', 'positive', 1),
('es', 'cordial', 'positive', 1),
('es', 'cordiales', 'positive', 1),
('es', 'cordialidad', 'positive', 1),
('es', 'educado', 'positive', 1),
('es', 'educada', 'positive', 1),
('es', 'educados', 'positive', 1),
('es', 'con mucha paciencia', 'positive', 1.5),
('es', 'solícito', 'positive', 1.5),
('es', 'solícita', 'positive', 1.5),
('es', 'solícitos', 'positive', 1.5),
('es', 'dispuesto a ayudar', 'positive', 1.5),
('es', 'dispuestos a ayudar', 'positive', 1.5),
('es', 'siempre dispuestos', 'positive', 1.5),
('es', 'siempre atentos', 'positive', 1.5),
('es', 'gran profesional', 'positive', 2),
('es', 'grandes profesionales', 'positive', 2),
('es', 'gran equipo', 'positive', 1.5),
('es', 'un gran equipo', 'positive', 2),
('es', 'equipazo', 'positive', 2),
('es', 'sin contratiempos', 'positive', 1.5),
('es', 'sin incidencias', 'positive', 1.5),
('es', 'sin incidentes', 'positive', 1.5),
('es', 'sin percances', 'positive', 1.5),
('es', 'sin problema', 'positive', 1),
('es', 'sin retraso', 'positive', 1.5),
('es', 'sin demoras', 'positive', 1.5),
('es', 'sin esperar', 'positive', 1.5),
('es', 'sin espera', 'positive', 1.5),
('es', 'sin colas', 'positive', 1.5),
('es', 'todo en orden', 'positive', 1),
('es', 'todo ok', 'positive', 1),
('es', 'vuelo tranquilo', 'positive', 1.5),
('es', 'buen vuelo', 'positive', 1.5),
('es', 'buena conexión', 'positive', 1),
('es', 'buena cobertura', 'positive', 1.5),
('es', 'buena señal', 'positive', 1.5),
('es', 'internet rápido', 'positive', 1.5),
('es', 'va como un tiro', 'positive', 2),
('es', 'como la seda', 'positive', 2),
('es', 'a la perfección', 'positive', 2),
('es', 'en perfectas condiciones', 'positive', 1.5),
('es', 'en buen estado', 'positive', 1),
('es', 'envío rápido', 'positive', 1.5),
('es', 'entrega rápida', 'positive', 1.5),
('es', 'rápida entrega', 'positive', 1.5),
('es', 'llegó en un día', 'positive', 1.5),
('es', 'facilidad', 'positive', 1),
('es', 'facilidades', 'positive', 1),
('es', 'me dieron facilidades', 'positive', 1.5),
('es', 'flexibles', 'positive', 1),
('es', 'flexibilidad', 'positive', 1),
('es', 'comprensivos', 'positive', 1.5),
('es', 'comprensivo', 'positive', 1.5),
('es', 'comprensiva', 'positive', 1.5),
('es', 'comprensión', 'positive', 1),
('es', 'empáticos', 'positive', 1.5),
('es', 'empática', 'positive', 1.5),
('es', 'empático', 'positive', 1.5),
('es', 'transparentes', 'positive', 1),
('es', 'transparencia', 'positive', 1),
('es', 'honestos', 'positive', 1.5),
('es', 'honesto', 'positive', 1),
('es', 'honestidad', 'positive', 1.5),
('es', 'seriedad', 'positive', 1.5),
('es', 'cumplidores', 'positive', 1.5),
-- es: positive: praise expressions (Spain and Latin America)
('es', 'qué bien', 'positive', 1.5),
('es', 'qué bueno', 'positive', 1),
('es', 'qué maravilla', 'positive', 2),
('es', 'qué lujo', 'positive', 2),
('es', 'qué gusto', 'positive', 1.5),
('es', 'qué gozada', 'positive', 2),
('es', 'una gozada', 'positive', 2),
('es', 'gozada', 'positive', 2),
('es', 'qué pasada', 'positive', 2),
('es', 'bestial', 'positive', 1),
('es', 'es la leche', 'positive', 1.5),
('es', 'un puntazo', 'positive', 2),
('es', 'puntazo', 'positive', 2),
('es', 'matrícula de honor', 'positive', 2),
('es', 'olé', 'positive', 1),
('es', 'crack', 'positive', 1),
('es', 'cracks', 'positive', 1.5),
('es', 'qué cracks', 'positive', 1.5),
('es', 'ídolos', 'positive', 1.5),
('es', 'héroes', 'positive', 1.5),
('es', 'un ángel', 'positive', 2),
('es', 'unos ángeles', 'positive', 2),
('es', 'qué chimba', 'positive', 2),
('es', 'una chimba', 'positive', 1.5),
('es', 'bacano', 'positive', 1.5),
('es', 'bacana', 'positive', 1.5),
('es', 'a toda madre', 'positive', 2),
('es', 'de poca madre', 'positive', 2),
('es', 'encanta', 'positive', 1.5),
('es', 'encantó', 'positive', 1.5),
('es', 'encantaron', 'positive', 1.5),
('es', 'nos encantaron', 'positive', 2),
('es', 'te encantará', 'positive', 1.5),
('es', 'te va a encantar', 'positive', 1.5),
('es', 'os encantará', 'positive', 1.5),
('es', 'les encantará', 'positive', 1.5),
('es', 'enamorado', 'positive', 2),
('es', 'enamorada', 'positive', 2),
('es', 'enamorados', 'positive', 2),
('es', 'enamoradas', 'positive', 2),
('es', 'me enamoré', 'positive', 2),
('es', 'me enamora', 'positive', 2),
('es', 'me enamoró', 'positive', 2),
('es', 'nos enamoró', 'positive', 2),
('es', 'adoro', 'positive', 2),
('es', 'adoramos', 'positive', 2),
('es', 'amamos', 'positive', 1.5),
('es', 'me flipa', 'positive', 1.5),
('es', 'me flipó', 'positive', 1.5),
('es', 'me chifla', 'positive', 1.5),
('es', 'me mola', 'positive', 1.5),
('es', 'orgullo', 'positive', 1),
('es', 'orgulloso', 'positive', 1.5),
('es', 'orgullosa', 'positive', 1.5),
('es', 'orgullosos', 'positive', 1.5),
('es', 'orgullosas', 'positive', 1.5),
('es', 'qué orgullo', 'positive', 2),
('es', 'un orgullo', 'positive', 2),
('es', 'satisfechísimo', 'positive', 2.5),
('es', 'satisfechísima', 'positive', 2.5),
-- es: gratitude: joy, relief, excitement, thanks
('es', 'felicísimo', 'gratitude', 2.5),
('es', 'felicísima', 'gratitude', 2.5),
('es', 'qué felicidad', 'gratitude', 2),
('es', 'felicidad', 'gratitude', 1.5),
('es', 'qué alegría', 'gratitude', 2),
('es', 'nos alegra', 'gratitude', 1.5),
('es', 'alegres', 'gratitude', 1),
('es', 'alegrón', 'gratitude', 2),
('es', 'contentísimos', 'gratitude', 2.5),
('es', 'contentísimas', 'gratitude', 2.5),
('es', 'agradecidísimo', 'gratitude', 2.5),
('es', 'agradecidísima', 'gratitude', 2.5),
('es', 'gracias por la paciencia', 'gratitude', 1.5),
('es', 'gracias por la info', 'gratitude', 1),
('es', 'gracias por la información', 'gratitude', 1),
('es', 'gracias por responder', 'gratitude', 1.5),
('es', 'gracias por contestar', 'gratitude', 1.5),
('es', 'gracias por la respuesta', 'gratitude', 1.5),
('es', 'gracias por su respuesta', 'gratitude', 1.5),
('es', 'gracias por tu respuesta', 'gratitude', 1.5),
('es', 'gracias por la rápida respuesta', 'gratitude', 2),
('es', 'gracias por la solución', 'gratitude', 2),
('es', 'gracias por solucionarlo', 'gratitude', 2),
('es', 'gracias por resolverlo', 'gratitude', 2),
('es', 'gracias por el trato', 'gratitude', 1.5),
('es', 'gracias por el servicio', 'gratitude', 1.5),
('es', 'gracias por el vuelo', 'gratitude', 1.5),
('es', 'gracias por el regalo', 'gratitude', 1.5),
('es', 'gracias por su amabilidad', 'gratitude', 2),
('es', 'gracias por la amabilidad', 'gratitude', 2),
('es', 'gracias por tu amabilidad', 'gratitude', 2),
('es', 'gracias equipo', 'gratitude', 1.5),
('es', 'gracias chicos', 'gratitude', 1.5),
('es', 'gracias chicas', 'gratitude', 1.5),
('es', 'graciass', 'gratitude', 1),
('es', 'se los agradezco', 'gratitude', 1.5),
('es', 'se lo agradezco', 'gratitude', 1.5),
('es', 'te lo agradezco', 'gratitude', 1.5),
('es', 'os lo agradezco', 'gratitude', 1.5),
('es', 'les agradezco', 'gratitude', 1.5),
('es', 'le agradezco', 'gratitude', 1.5),
('es', 'te agradezco', 'gratitude', 1.5),
('es', 'agradecer', 'gratitude', 1),
('es', 'qué alivio', 'gratitude', 2),
('es', 'aliviados', 'gratitude', 1.5),
('es', 'aliviadas', 'gratitude', 1.5),
('es', 'por suerte', 'gratitude', 0.5),
('es', 'afortunadamente', 'gratitude', 0.5),
('es', 'afortunado', 'gratitude', 1),
('es', 'afortunada', 'gratitude', 1),
('es', 'me quedo tranquilo', 'gratitude', 1.5),
('es', 'me quedo tranquila', 'gratitude', 1.5),
('es', 'me quedé tranquilo', 'gratitude', 1.5),
('es', 'me quedé tranquila', 'gratitude', 1.5),
('es', 'más tranquilo', 'gratitude', 1),
('es', 'más tranquila', 'gratitude', 1),
('es', 'al fin', 'gratitude', 0.5),
('es', 'por fin llegó', 'gratitude', 1),
('es', 'por fin me llegó', 'gratitude', 1),
('es', 'por fin en casa', 'gratitude', 1),
('es', 'por fin lo solucionaron', 'gratitude', 1.5),
('es', 'ilusionados', 'gratitude', 1.5),
('es', 'ilusionadas', 'gratitude', 1.5),
('es', 'qué ilusión', 'gratitude', 1.5),
('es', 'emocionados', 'gratitude', 1.5),
('es', 'emocionadas', 'gratitude', 1.5),
('es', 'emocionadísimo', 'gratitude', 2),
('es', 'emocionadísima', 'gratitude', 2),
('es', 'qué emoción', 'gratitude', 1.5),
('es', 'entusiasmado', 'gratitude', 1.5),
('es', 'entusiasmada', 'gratitude', 1.5),
('es', 'entusiasmados', 'gratitude', 1.5),
('es', 'gané', 'gratitude', 1.5),
('es', 'he ganado', 'gratitude', 1),
-- es: negative: comparatives and superlatives
('es', 'peores', 'negative', 1),
('es', 'mucho peor', 'negative', 2),
('es', 'muchísimo peor', 'negative', 2.5),
('es', 'aún peor', 'negative', 1.5),
('es', 'todavía peor', 'negative', 1.5),
('es', 'peor aún', 'negative', 1.5),
('es', 'cada día peor', 'negative', 2),
('es', 'de mal en peor', 'negative', 2),
('es', 'va a peor', 'negative', 1.5),
('es', 'fue a peor', 'negative', 1.5),
('es', 'ir a peor', 'negative', 1.5),
('es', 'peor de lo esperado', 'negative', 2),
('es', 'peor que antes', 'negative', 1.5),
('es', 'lo peor de todo', 'negative', 2),
('es', 'lo peor es que', 'negative', 1.5),
('es', 'lo peor fue', 'negative', 1.5),
('es', 'el peor trato', 'negative', 3),
('es', 'la peor tienda', 'negative', 3),
('es', 'la peor operadora', 'negative', 3),
('es', 'peor aerolínea', 'negative', 2.5),
('es', 'peor compañía', 'negative', 2.5),
('es', 'peor empresa', 'negative', 2.5),
('es', 'peor atención', 'negative', 2.5),
('es', 'peor experiencia', 'negative', 2.5),
('es', 'peor trato', 'negative', 2.5),
('es', 'sin duda la peor', 'negative', 3),
('es', 'sin duda el peor', 'negative', 3),
('es', 'de los peores', 'negative', 2.5),
('es', 'de las peores', 'negative', 2.5),
('es', 'uno de los peores', 'negative', 2.5),
('es', 'una de las peores', 'negative', 2.5),
('es', 'empeora', 'negative', 1),
('es', 'empeoran', 'negative', 1),
('es', 'empeorando', 'negative', 1.5),
('es', 'mala suerte', 'negative', 1),
('es', 'mala pata', 'negative', 1),
-- es: negative: service disruption and trouble (strikes, outages, cancellations, lost bags)
('es', 'huelga', 'negative', 1),
('es', 'huelgas', 'negative', 1),
('es', 'en huelga', 'negative', 1.5),
('es', 'paro', 'negative', 1),
('es', 'paros', 'negative', 1),
('es', 'colapso', 'negative', 1.5),
('es', 'colapsado', 'negative', 1.5),
('es', 'colapsada', 'negative', 1.5),
('es', 'colapsados', 'negative', 1.5),
('es', 'colapsa', 'negative', 1),
('es', 'averías', 'negative', 1),
('es', 'incidencia', 'negative', 1),
('es', 'incidencias', 'negative', 1),
('es', 'incidente', 'negative', 1),
('es', 'incidentes', 'negative', 1),
('es', 'problema', 'negative', 1),
('es', 'problemas', 'negative', 1),
('es', 'problemón', 'negative', 2),
('es', 'problema técnico', 'negative', 1.5),
('es', 'problemas técnicos', 'negative', 1.5),
('es', 'fallo técnico', 'negative', 1.5),
('es', 'fallos técnicos', 'negative', 1.5),
('es', 'falla técnica', 'negative', 1.5),
('es', 'fallas técnicas', 'negative', 1.5),
('es', 'difícil', 'negative', 0.5),
('es', 'dificultad', 'negative', 0.5),
('es', 'dificultades', 'negative', 0.5),
('es', 'dificilísimo', 'negative', 1.5),
('es', 'horror', 'negative', 1.5),
('es', 'cancela', 'negative', 0.5),
('es', 'cancelan', 'negative', 1.5),
('es', 'cancelación', 'negative', 0.5),
('es', 'cancelaciones', 'negative', 1),
('es', 'cancelados', 'negative', 1),
('es', 'canceladas', 'negative', 1),
('es', 'me cancelaron', 'negative', 1.5),
('es', 'nos cancelaron', 'negative', 1.5),
('es', 'me cancelan', 'negative', 1.5),
('es', 'nos cancelan', 'negative', 1.5),
('es', 'han cancelado', 'negative', 1.5),
('es', 'vuelos cancelados', 'negative', 1.5),
('es', 'vuelo retrasado', 'negative', 1.5),
('es', 'vuelos retrasados', 'negative', 1.5),
('es', 'retrasan', 'negative', 1),
('es', 'retrasaron', 'negative', 1),
('es', 'se retrasa', 'negative', 1),
('es', 'se retrasó', 'negative', 1),
('es', 'horas de retraso', 'negative', 1.5),
('es', 'hora de retraso', 'negative', 1),
('es', 'con retraso', 'negative', 1),
('es', 'retrasadísimo', 'negative', 2),
('es', 'retrasadísima', 'negative', 2),
('es', 'perdido', 'negative', 1),
('es', 'perdida', 'negative', 1),
('es', 'perdidos', 'negative', 1),
('es', 'perdidas', 'negative', 1),
('es', 'perdieron', 'negative', 1.5),
('es', 'han perdido', 'negative', 1.5),
('es', 'extraviado', 'negative', 1.5),
('es', 'extraviada', 'negative', 1.5),
('es', 'extraviados', 'negative', 1.5),
('es', 'extraviadas', 'negative', 1.5),
('es', 'extravío', 'negative', 1.5),
('es', 'extraviaron', 'negative', 1.5),
('es', 'maleta dañada', 'negative', 1.5),
('es', 'maleta rota', 'negative', 1.5),
('es', 'maletas perdidas', 'negative', 1.5),
('es', 'sin maletas', 'negative', 1.5),
('es', 'nos dejaron en tierra', 'negative', 2),
('es', 'me dejaron en tierra', 'negative', 2),
('es', 'tirados en el aeropuerto', 'negative', 2),
('es', 'varadas', 'negative', 1.5),
('es', 'atrapado', 'negative', 1),
('es', 'atrapada', 'negative', 1),
('es', 'atrapados', 'negative', 1.5),
('es', 'atascado', 'negative', 1),
('es', 'atascada', 'negative', 1),
('es', 'atascados', 'negative', 1),
('es', 'perdí mi conexión', 'negative', 1.5),
('es', 'perdimos el vuelo', 'negative', 1.5),
('es', 'perdimos la conexión', 'negative', 1.5),
('es', 'perdí el enlace', 'negative', 1.5),
('es', 'sobrevendido', 'negative', 1.5),
('es', 'sobrevendida', 'negative', 1.5),
('es', 'vuelo sobrevendido', 'negative', 2),
('es', 'denegación de embarque', 'negative', 2),
('es', 'me bajaron del avión', 'negative', 2),
('es', 'nos bajaron del avión', 'negative', 2),
('es', 'vuelo desviado', 'negative', 1.5),
('es', 'caída del servicio', 'negative', 1.5),
('es', 'caída de la red', 'negative', 1.5),
('es', 'caída del sistema', 'negative', 1.5),
('es', 'caída de internet', 'negative', 1.5),
('es', 'se cayó el sistema', 'negative', 1.5),
('es', 'se cayó la red', 'negative', 1.5),
('es', 'se cayó internet', 'negative', 1.5),
('es', 'se cae', 'negative', 1),
('es', 'se cae todo el rato', 'negative', 1.5),
('es', 'se cae constantemente', 'negative', 1.5),
('es', 'cortes', 'negative', 1),
('es', 'cortes de luz', 'negative', 1),
('es', 'corte de internet', 'negative', 1.5),
('es', 'cortes de internet', 'negative', 1.5),
('es', 'microcortes', 'negative', 1.5),
('es', 'corte de servicio', 'negative', 1.5),
('es', 'sin conexión', 'negative', 1.5),
('es', 'sin wifi', 'negative', 1),
('es', 'sin datos', 'negative', 1),
('es', 'sin red', 'negative', 1.5),
('es', 'sin fibra', 'negative', 1.5),
('es', 'no hay señal', 'negative', 1.5),
('es', 'no tengo señal', 'negative', 1.5),
('es', 'no tengo internet', 'negative', 1.5),
('es', 'no tengo línea', 'negative', 1.5),
('es', 'no tengo servicio', 'negative', 1.5),
('es', 'no tengo cobertura', 'negative', 1.5),
('es', 'no hay cobertura', 'negative', 1.5),
('es', 'mala cobertura', 'negative', 1.5),
('es', 'poca cobertura', 'negative', 1.5),
('es', 'cobertura nula', 'negative', 2),
('es', 'señal nula', 'negative', 2),
('es', 'mala señal', 'negative', 1.5),
('es', 'internet lento', 'negative', 1.5),
('es', 'va lento', 'negative', 1),
('es', 'va como el culo', 'negative', 2),
('es', 'no funciona nada', 'negative', 2),
('es', 'nada funciona', 'negative', 2),
('es', 'todo mal', 'negative', 1.5),
('es', 'todo fatal', 'negative', 2),
('es', 'desastre total', 'negative', 2.5),
('es', 'me han colgado', 'negative', 2),
('es', 'colgaron', 'negative', 1.5),
('es', 'me colgaban', 'negative', 1.5),
('es', 'me cortan', 'negative', 1.5),
('es', 'se cortó la llamada', 'negative', 1.5),
('es', 'se corta la llamada', 'negative', 1.5),
('es', 'me cortaron el servicio', 'negative', 2),
('es', 'me cortaron internet', 'negative', 2),
('es', 'me cortaron la línea', 'negative', 2),
('es', 'me dejaron sin', 'negative', 1.5),
('es', 'me dejaron sin internet', 'negative', 2),
('es', 'me dejaron sin línea', 'negative', 2),
('es', 'me dejaron sin servicio', 'negative', 2),
('es', 'sin teléfono', 'negative', 1.5),
('es', 'sin móvil', 'negative', 1),
('es', 'sin celular', 'negative', 1),
('es', 'no se presentó', 'negative', 1.5),
('es', 'no vino el técnico', 'negative', 2),
('es', 'el técnico no vino', 'negative', 2),
('es', 'el técnico no apareció', 'negative', 2),
('es', 'nunca vino', 'negative', 2),
('es', 'no vino nadie', 'negative', 2),
('es', 'no ha venido nadie', 'negative', 2),
('es', 'nadie vino', 'negative', 2),
('es', 'me dejaron plantado', 'negative', 2),
('es', 'me dejaron plantada', 'negative', 2),
('es', 'nos dejaron plantados', 'negative', 2),
('es', 'pedido incompleto', 'negative', 1.5),
('es', 'pedido retrasado', 'negative', 1.5),
('es', 'envío retrasado', 'negative', 1.5),
('es', 'paquete dañado', 'negative', 1.5),
('es', 'no me han entregado', 'negative', 1.5),
('es', 'no entregan', 'negative', 1.5),
('es', 'no entregaron', 'negative', 1.5),
('es', 'marca como entregado', 'negative', 2),
('es', 'figura como entregado', 'negative', 2),
('es', 'aparece como entregado', 'negative', 2),
('es', 'cargos ocultos', 'negative', 1.5),
('es', 'costes ocultos', 'negative', 1.5),
('es', 'costos ocultos', 'negative', 1.5),
('es', 'comisiones ocultas', 'negative', 1.5),
('es', 'factura errónea', 'negative', 1.5),
('es', 'factura incorrecta', 'negative', 1.5),
('es', 'me facturaron mal', 'negative', 1.5),
('es', 'cobro excesivo', 'negative', 1.5),
('es', 'factura inflada', 'negative', 2),
('es', 'facturas infladas', 'negative', 2),
('es', 'caótica', 'negative', 1.5),
('es', 'caóticos', 'negative', 1.5),
('es', 'descontrolado', 'negative', 1.5),
('es', 'masificado', 'negative', 1),
('es', 'masificada', 'negative', 1),
('es', 'abarrotado', 'negative', 1),
('es', 'hacinados', 'negative', 1.5),
('es', 'no aceptan devoluciones', 'negative', 1.5),
('es', 'no me aceptan la devolución', 'negative', 2),
('es', 'me negaron la devolución', 'negative', 2),
('es', 'me niegan', 'negative', 1.5),
('es', 'se niegan', 'negative', 1.5),
('es', 'se negaron', 'negative', 1.5),
('es', 'reembolso', 'negative', 0.5),
('es', 'quiero mi reembolso', 'negative', 1.5),
('es', 'quiero mi dinero', 'negative', 1.5),
('es', 'devuélvanme mi dinero', 'negative', 2),
('es', 'devolvedme el dinero', 'negative', 2),
('es', 'quiero que me devuelvan', 'negative', 1.5),
('es', 'equivocado', 'negative', 1),
('es', 'equivocada', 'negative', 1),
('es', 'equivocados', 'negative', 1),
('es', 'se equivocaron', 'negative', 1.5),
('es', 'talla equivocada', 'negative', 1),
('es', 'color equivocado', 'negative', 1),
('es', 'me falta un producto', 'negative', 1.5),
('es', 'faltan productos', 'negative', 1.5),
('es', 'falta un artículo', 'negative', 1.5),
('es', 'faltan artículos', 'negative', 1.5),
('es', 'sin avisar', 'negative', 1.5),
('es', 'sin previo aviso', 'negative', 1.5),
('es', 'sin aviso', 'negative', 1.5),
('es', 'sin avisarme', 'negative', 1.5),
('es', 'sin avisarnos', 'negative', 1.5),
('es', 'sin mi consentimiento', 'negative', 2),
('es', 'sin consentimiento', 'negative', 2),
('es', 'sin mi autorización', 'negative', 2),
('es', 'sin autorización', 'negative', 1.5),
('es', 'no avisan', 'negative', 1.5),
('es', 'no avisaron', 'negative', 1.5),
('es', 'nadie avisó', 'negative', 1.5),
('es', 'nadie nos avisó', 'negative', 2),
('es', 'nadie informa', 'negative', 1.5),
('es', 'nadie nos informa', 'negative', 2),
('es', 'falta de información', 'negative', 1.5),
('es', 'falta de comunicación', 'negative', 1.5),
('es', 'nula información', 'negative', 2),
('es', 'cero información', 'negative', 2),
('es', 'mala comunicación', 'negative', 1.5),
('es', 'mal organizado', 'negative', 1.5),
('es', 'mal organizados', 'negative', 1.5),
('es', 'mal gestionado', 'negative', 1.5),
('es', 'mal gestionada', 'negative', 1.5),
-- es: negative: behaviour of staff and company (lies, arrogance, contempt, mockery)
('es', 'falta de transparencia', 'negative', 1.5),
('es', 'poca transparencia', 'negative', 1.5),
('es', 'nula transparencia', 'negative', 2),
('es', 'falta de honestidad', 'negative', 2),
('es', 'falta de educación', 'negative', 1.5),
('es', 'poca educación', 'negative', 1.5),
('es', 'poca amabilidad', 'negative', 1.5),
('es', 'falta de organización', 'negative', 1.5),
('es', 'falta de puntualidad', 'negative', 1.5),
('es', 'poca puntualidad', 'negative', 1.5),
('es', 'mienten', 'negative', 2),
('es', 'mintiendo', 'negative', 2),
('es', 'nos mienten', 'negative', 2),
('es', 'me mienten', 'negative', 2),
('es', 'nos mintieron', 'negative', 2),
('es', 'mintieron', 'negative', 2),
('es', 'mentiroso', 'negative', 2),
('es', 'mentirosa', 'negative', 2),
('es', 'engañan', 'negative', 2),
('es', 'engañando', 'negative', 2),
('es', 'nos engañan', 'negative', 2),
('es', 'me engañan', 'negative', 2),
('es', 'engaños', 'negative', 2),
('es', 'arrogante', 'negative', 2),
('es', 'arrogantes', 'negative', 2),
('es', 'arrogancia', 'negative', 2),
('es', 'prepotencia', 'negative', 2),
('es', 'antipatía', 'negative', 1.5),
('es', 'desprecio', 'negative', 2),
('es', 'despreciable', 'negative', 2),
('es', 'despreciables', 'negative', 2),
('es', 'vergüenza ajena', 'negative', 2.5),
('es', 'da vergüenza', 'negative', 2),
('es', 'dan vergüenza', 'negative', 2),
('es', 'sin vergüenza', 'negative', 2),
('es', 'no tienen vergüenza', 'negative', 2.5),
('es', 'no tenéis vergüenza', 'negative', 2.5),
('es', 'no tiene vergüenza', 'negative', 2.5),
('es', 'qué poca vergüenza', 'negative', 2.5),
('es', 'poca vergüenza', 'negative', 2),
('es', 'abusadores', 'negative', 2),
('es', 'abusan', 'negative', 2),
('es', 'abusando', 'negative', 2),
('es', 'abusos', 'negative', 2),
('es', 'ladrón', 'negative', 2),
('es', 'ladrona', 'negative', 2),
('es', 'ratas', 'negative', 2),
('es', 'usureros', 'negative', 2),
('es', 'usura', 'negative', 2),
('es', 'mafia', 'negative', 2),
('es', 'una mafia', 'negative', 2.5),
('es', 'mafiosos', 'negative', 2.5),
('es', 'delincuentes', 'negative', 2.5),
('es', 'criminales', 'negative', 2.5),
('es', 'cara dura', 'negative', 2),
('es', 'la han liado', 'negative', 2),
('es', 'la vuelven a liar', 'negative', 2),
('es', 'la vuelve a liar', 'negative', 2),
('es', 'la volvéis a liar', 'negative', 2),
('es', 'la volvió a liar', 'negative', 2),
('es', 'la volvieron a liar', 'negative', 2),
('es', 'la han vuelto a liar', 'negative', 2),
('es', 'la lían', 'negative', 2),
('es', 'la liaron', 'negative', 2),
('es', 'la lió', 'negative', 2),
('es', 'la ha liado', 'negative', 2),
('es', 'la habéis liado', 'negative', 2),
('es', 'la has liado', 'negative', 2),
('es', 'liarla', 'negative', 1.5),
('es', 'menuda liada', 'negative', 2),
('es', 'vaya liada', 'negative', 2),
('es', 'una liada', 'negative', 2),
('es', 'vaya lío', 'negative', 1.5),
('es', 'menudo lío', 'negative', 1.5),
('es', 'qué lío', 'negative', 1.5),
('es', 'nos toman por tontos', 'negative', 2),
('es', 'nos toman por idiotas', 'negative', 2),
('es', 'me toman por tonto', 'negative', 2),
('es', 'me toman por tonta', 'negative', 2),
('es', 'toman el pelo', 'negative', 2),
('es', 'tomaron el pelo', 'negative', 2),
('es', 'tomado el pelo', 'negative', 2),
('es', 'tratan como basura', 'negative', 2),
('es', 'como ganado', 'negative', 1.5),
('es', 'como borregos', 'negative', 1.5),
('es', 'cachondeo', 'negative', 2),
('es', 'de traca', 'negative', 1.5),
('es', 'de juzgado de guardia', 'negative', 2.5),
('es', 'de vergüenza', 'negative', 2),
('es', 'escandaloso', 'negative', 2),
('es', 'escandalosa', 'negative', 2),
('es', 'un escándalo', 'negative', 2.5),
('es', 'escándalo', 'negative', 1.5),
('es', 'bochornoso', 'negative', 2),
('es', 'bochornosa', 'negative', 2),
('es', 'tercermundistas', 'negative', 2),
('es', 'un chiste', 'negative', 1.5),
('es', 'son un chiste', 'negative', 2),
('es', 'circo', 'negative', 1.5),
('es', 'un circo', 'negative', 2),
('es', 'poco ético', 'negative', 2),
('es', 'poco ética', 'negative', 2),
('es', 'falta de ética', 'negative', 2),
('es', 'sin ética', 'negative', 2),
('es', 'sin escrúpulos', 'negative', 2.5),
('es', 'deshonestos', 'negative', 2),
('es', 'deshonesto', 'negative', 2),
('es', 'deshonesta', 'negative', 2),
('es', 'deshonestidad', 'negative', 2),
('es', 'desfachatez', 'negative', 2),
('es', 'qué desfachatez', 'negative', 2.5),
('es', 'descaro', 'negative', 2),
('es', 'qué descaro', 'negative', 2.5),
('es', 'descarados', 'negative', 2),
('es', 'descarado', 'negative', 2),
('es', 'descarada', 'negative', 2),
('es', 'cínicos', 'negative', 2),
('es', 'cinismo', 'negative', 2),
('es', 'hipócritas', 'negative', 2),
('es', 'hipocresía', 'negative', 2),
('es', 'irresponsables', 'negative', 2),
('es', 'irresponsable', 'negative', 2),
('es', 'irresponsabilidad', 'negative', 2),
('es', 'falta de empatía', 'negative', 2),
('es', 'sin empatía', 'negative', 2),
('es', 'nula empatía', 'negative', 2),
('es', 'irrespetuosa', 'negative', 2),
('es', 'irrespetuosas', 'negative', 2),
('es', 'groseramente', 'negative', 2),
('es', 'de malas maneras', 'negative', 2),
('es', 'de malos modos', 'negative', 2),
('es', 'malos modales', 'negative', 2),
('es', 'malas formas', 'negative', 2),
('es', 'me gritó', 'negative', 2),
('es', 'me gritaron', 'negative', 2),
('es', 'nos gritaron', 'negative', 2),
('es', 'me levantó la voz', 'negative', 2),
('es', 'de mala gana', 'negative', 1.5),
('es', 'mala cara', 'negative', 1),
('es', 'mala actitud', 'negative', 2),
('es', 'chulería', 'negative', 2),
('es', 'déspotas', 'negative', 2),
('es', 'despectivo', 'negative', 1.5),
('es', 'despectiva', 'negative', 1.5),
('es', 'despectivamente', 'negative', 2),
('es', 'altanero', 'negative', 2),
('es', 'altanera', 'negative', 2),
('es', 'altaneros', 'negative', 2),
('es', 'pasota', 'negative', 1.5),
('es', 'pasan olímpicamente', 'negative', 2),
('es', 'pasan de nosotros', 'negative', 2),
('es', 'me ignoran', 'negative', 1.5),
('es', 'nos ignoran', 'negative', 1.5),
('es', 'me ignoraron', 'negative', 1.5),
('es', 'ignoran', 'negative', 1.5),
('es', 'ignorado', 'negative', 1.5),
('es', 'ignorada', 'negative', 1.5),
('es', 'ignorados', 'negative', 1.5),
('es', 'me ningunean', 'negative', 2),
('es', 'ninguneada', 'negative', 1.5),
('es', 'extorsión', 'negative', 2),
('es', 'chantaje', 'negative', 2),
('es', 'acoso', 'negative', 2),
('es', 'me acosan', 'negative', 2),
('es', 'acoso telefónico', 'negative', 2),
('es', 'no paran de llamar', 'negative', 1.5),
('es', 'me llaman sin parar', 'negative', 1.5),
('es', 'estafando', 'negative', 2),
('es', 'estafaron', 'negative', 2),
('es', 'estafadora', 'negative', 2),
('es', 'publicidad falsa', 'negative', 2),
('es', 'falsas promesas', 'negative', 1.5),
('es', 'promesas incumplidas', 'negative', 1.5),
('es', 'tramposo', 'negative', 2),
('es', 'trampa', 'negative', 1.5),
('es', 'una trampa', 'negative', 2),
('es', 'trileros', 'negative', 2),
('es', 'engañabobos', 'negative', 2),
('es', 'sacacuartos', 'negative', 2),
('es', 'sacadineros', 'negative', 2),
('es', 'robando', 'negative', 2),
('es', 'robaron', 'negative', 2),
('es', 'me robaron', 'negative', 2),
('es', 'nos robaron', 'negative', 2),
('es', 'falta de profesionalismo', 'negative', 2),
('es', 'nada serios', 'negative', 1.5),
('es', 'poco serios', 'negative', 1.5),
('es', 'cero seriedad', 'negative', 2),
('es', 'informales', 'negative', 1.5),
('es', 'informalidad', 'negative', 1.5),
('es', 'inoperantes', 'negative', 2),
('es', 'inoperancia', 'negative', 2),
('es', 'inoperante', 'negative', 2),
('es', 'chapuceros', 'negative', 2),
('es', 'desastre de empresa', 'negative', 2.5),
('es', 'desastre de compañía', 'negative', 2.5),
('es', 'menuda mierda', 'negative', 2.5),
('es', 'vaya mierda', 'negative', 2.5),
('es', 'qué mierda', 'negative', 2.5),
('es', 'mala onda', 'negative', 1.5),
('es', 'qué poca madre', 'negative', 2.5),
('es', 'gacho', 'negative', 1.5),
('es', 'gachos', 'negative', 1.5),
('es', 'conchudos', 'negative', 2),
('es', 'conchudo', 'negative', 2),
('es', 'garcas', 'negative', 2),
('es', 'chantas', 'negative', 2),
-- es: negative: disgust and horror
('es', 'qué asco', 'negative', 2.5),
('es', 'asquito', 'negative', 1.5),
('es', 'repugnante', 'negative', 2.5),
('es', 'repugnantes', 'negative', 2.5),
('es', 'nauseabundo', 'negative', 2),
('es', 'vomitivo', 'negative', 2.5),
-- es: anger
('es', 'me indignan', 'anger', 2),
('es', 'indignadísimo', 'anger', 3),
('es', 'indignadísima', 'anger', 3),
('es', 'qué indignación', 'anger', 2.5),
('es', 'qué rabia', 'anger', 2),
('es', 'da rabia', 'anger', 2),
('es', 'rabioso', 'anger', 2),
('es', 'rabiosa', 'anger', 2),
('es', 'con rabia', 'anger', 2),
('es', 'enfurecido', 'anger', 2.5),
('es', 'enfurecida', 'anger', 2.5),
('es', 'me enfurece', 'anger', 2.5),
('es', 'me cabrean', 'anger', 2),
('es', 'horrorizado', 'anger', 2),
('es', 'horrorizada', 'anger', 2),
('es', 'no me jodas', 'anger', 2),
('es', 'culeros', 'anger', 2.5),
('es', 'malparidos', 'anger', 2.5),
('es', 'hijueputas', 'anger', 3),
-- es: frustration
('es', 'no puedo más', 'frustration', 2),
('es', 'cómo es posible', 'frustration', 1.5),
('es', 'cómo puede ser', 'frustration', 1.5),
('es', 'qué paciencia', 'frustration', 1.5),
('es', 'qué cruz', 'frustration', 1.5),
('es', 'no jodas', 'frustration', 1.5),
-- es: anxiety: fear, panic, anguish
('es', 'qué miedo', 'anxiety', 1.5),
('es', 'da miedo', 'anxiety', 1.5),
('es', 'miedito', 'anxiety', 1),
('es', 'terror', 'anxiety', 2),
('es', 'aterrador', 'anxiety', 2),
('es', 'aterradora', 'anxiety', 2),
('es', 'ataque de ansiedad', 'anxiety', 2),
('es', 'angustiadas', 'anxiety', 2),
('es', 'angustioso', 'anxiety', 2),
('es', 'angustiosa', 'anxiety', 2),
('es', 'qué angustia', 'anxiety', 2),
('es', 'qué nervios', 'anxiety', 1.5),
('es', 'temiendo', 'anxiety', 1.5),
('es', 'asustadas', 'anxiety', 2),
('es', 'asustadísimo', 'anxiety', 2.5),
('es', 'asustadísima', 'anxiety', 2.5),
('es', 'preocupadísimo', 'anxiety', 2),
('es', 'preocupadísima', 'anxiety', 2),
('es', 'me tiene preocupado', 'anxiety', 2),
('es', 'me tiene preocupada', 'anxiety', 2),
('es', 'inquietos', 'anxiety', 1.5),
('es', 'inquietante', 'anxiety', 1.5),
('es', 'intranquilos', 'anxiety', 1.5),
-- es: sadness / disappointment
('es', 'qué lástima', 'sadness', 1.5),
('es', 'una lástima', 'sadness', 1.5),
('es', 'penita', 'sadness', 1),
('es', 'qué penita', 'sadness', 1.5),
('es', 'me entristece', 'sadness', 1.5),
('es', 'entristece', 'sadness', 1.5),
('es', 'me apena', 'sadness', 1.5),
('es', 'apenados', 'sadness', 1),
('es', 'me decepciona', 'sadness', 2),
('es', 'me decepcionó', 'sadness', 2),
('es', 'me decepcionaron', 'sadness', 2),
('es', 'nos decepcionó', 'sadness', 2),
('es', 'decepcionaron', 'sadness', 2),
('es', 'decepcionan', 'sadness', 2),
('es', 'me defraudó', 'sadness', 2),
('es', 'me defraudaron', 'sadness', 2),
('es', 'defraudadas', 'sadness', 2),
('es', 'desilusionadas', 'sadness', 2),
('es', 'qué decepción', 'sadness', 2),
('es', 'gran decepción', 'sadness', 2),
('es', 'menuda decepción', 'sadness', 2),
('es', 'vaya decepción', 'sadness', 2),
('es', 'desencantado', 'sadness', 1.5),
('es', 'desencantada', 'sadness', 1.5),
('es', 'desencanto', 'sadness', 1.5),
('es', 'me rompió el corazón', 'sadness', 2),
('es', 'corazón roto', 'sadness', 1.5),
('es', 'bajón', 'sadness', 1.5),
('es', 'qué bajón', 'sadness', 1.5),
('es', 'chasco', 'sadness', 1.5),
('es', 'qué chasco', 'sadness', 2),
('es', 'menudo chasco', 'sadness', 2),
('es', 'para llorar', 'sadness', 1.5),
('es', 'qué mala suerte', 'sadness', 1.5),
('es', 'qué mala pata', 'sadness', 1.5),
-- es: confusion
('es', 'sin explicaciones', 'confusion', 1.5),
('es', 'complicados', 'confusion', 1),
('es', 'complicadas', 'confusion', 1),
-- es: waiting: queues
('es', 'colas enormes', 'waiting', 1.5),
('es', 'cola kilométrica', 'waiting', 1.5),
('es', 'colas kilométricas', 'waiting', 1.5),
('es', 'colas eternas', 'waiting', 1.5),
-- es: churn: asking to cancel the service
('es', 'solicito la cancelación', 'churn', 2.5),
('es', 'quiero la cancelación', 'churn', 2),
('es', 'pido la cancelación', 'churn', 2.5),
('es', 'cancelar el servicio', 'churn', 2),
('es', 'cancelar mi servicio', 'churn', 2),
('es', 'cancelar mi línea', 'churn', 2),
('es', 'cancelar la línea', 'churn', 2),
-- en: positive: laughter and playful cues (mild)
('en', 'haha', 'positive', 0.5),
('en', 'hahaha', 'positive', 0.5),
('en', 'hahahaha', 'positive', 0.5),
('en', 'hahahahaha', 'positive', 0.5),
('en', 'hahah', 'positive', 0.5),
('en', 'ahaha', 'positive', 0.5),
('en', 'ahahaha', 'positive', 0.5),
('en', 'hehe', 'positive', 0.5),
('en', 'hehehe', 'positive', 0.5),
('en', 'lol', 'positive', 0.5),
('en', 'lolol', 'positive', 0.5),
('en', 'lool', 'positive', 0.5),
('en', 'lmao', 'positive', 0.5),
('en', 'lmfao', 'positive', 0.5),
('en', 'rofl', 'positive', 0.5),
('en', 'xd', 'positive', 0.5),
('en', 'cracking up', 'positive', 0.5),
('en', 'cracked me up', 'positive', 1),
('en', 'made me laugh', 'positive', 1),
-- en: positive: comparatives and superlatives
('en', 'much better', 'positive', 1.5),
('en', 'way better', 'positive', 1.5),
('en', 'far better', 'positive', 1.5),
('en', 'even better', 'positive', 1.5),
('en', 'better than ever', 'positive', 2),
('en', 'getting better', 'positive', 1),
('en', 'gets better', 'positive', 1),
('en', 'best of the best', 'positive', 3),
('en', 'the very best', 'positive', 3),
('en', 'by far the best', 'positive', 3),
('en', 'one of the best', 'positive', 2),
('en', 'among the best', 'positive', 2),
('en', 'best ive ever', 'positive', 3),
('en', 'best flight', 'positive', 2),
('en', 'best trip', 'positive', 2),
('en', 'best deal', 'positive', 2),
('en', 'best price', 'positive', 1.5),
('en', 'best prices', 'positive', 1.5),
('en', 'best value', 'positive', 2),
('en', 'best staff', 'positive', 2.5),
('en', 'best crew', 'positive', 2.5),
('en', 'best team', 'positive', 2),
('en', 'best support', 'positive', 2.5),
('en', 'best service', 'positive', 2.5),
('en', 'best experience', 'positive', 2.5),
('en', 'best store', 'positive', 2.5),
('en', 'best shop', 'positive', 2.5),
('en', 'best carrier', 'positive', 2.5),
('en', 'best network', 'positive', 2.5),
('en', 'best provider', 'positive', 2.5),
-- en: positive: near-neutral shields (the longer phrase wins)
('en', 'best wishes', 'positive', 0.3),
('en', 'looking forward to hearing', 'positive', 0.1),
('en', 'look forward to hearing', 'positive', 0.1),
('en', 'looking forward to your', 'positive', 0.2),
-- en: positive: wishes, luck, anticipation
('en', 'good luck', 'positive', 0.5),
('en', 'best of luck', 'positive', 0.5),
('en', 'lucky', 'positive', 0.8),
('en', 'got lucky', 'positive', 1),
('en', 'cant wait', 'positive', 1.5),
('en', 'looking forward', 'positive', 0.8),
('en', 'look forward to', 'positive', 0.5),
('en', 'exciting', 'positive', 1.5),
('en', 'excitement', 'positive', 1.5),
('en', 'stoked', 'positive', 2),
('en', 'pumped', 'positive', 1.5),
('en', 'psyched', 'positive', 1.5),
('en', 'hyped', 'positive', 1.5),
('en', 'woot', 'positive', 1.5),
('en', 'whoop', 'positive', 1.5),
('en', 'woo', 'positive', 1),
('en', 'counting down', 'positive', 1),
-- en: positive: promotions, gifts, awards, novelties
('en', 'deals', 'positive', 0.5),
('en', 'great deals', 'positive', 1.5),
('en', 'amazing deal', 'positive', 2),
('en', 'sweet deal', 'positive', 1.5),
('en', 'a steal', 'positive', 1.5),
('en', 'discount', 'positive', 0.5),
('en', 'discounts', 'positive', 0.5),
('en', 'discounted', 'positive', 0.5),
('en', 'great discount', 'positive', 1.5),
('en', 'on sale', 'positive', 0.5),
('en', 'promo', 'positive', 0.5),
('en', 'promo code', 'positive', 0.5),
('en', 'coupon', 'positive', 0.5),
('en', 'giveaway', 'positive', 0.5),
('en', 'for free', 'positive', 1),
('en', 'free of charge', 'positive', 1),
('en', 'free shipping', 'positive', 1),
('en', 'free delivery', 'positive', 1),
('en', 'free wifi', 'positive', 1),
('en', 'free gift', 'positive', 1),
('en', 'freebie', 'positive', 1),
('en', 'freebies', 'positive', 1),
('en', 'award', 'positive', 1),
('en', 'awards', 'positive', 1),
('en', 'award winning', 'positive', 1.5),
('en', 'awarded', 'positive', 1),
('en', 'winner', 'positive', 1),
('en', 'winners', 'positive', 1),
('en', 'new route', 'positive', 1),
('en', 'new routes', 'positive', 1),
('en', 'new destination', 'positive', 1),
('en', 'new destinations', 'positive', 1),
('en', 'new store', 'positive', 1),
('en', 'grand opening', 'positive', 1),
('en', 'now open', 'positive', 1),
('en', 'just launched', 'positive', 1),
('en', 'brand new', 'positive', 1),
('en', 'celebrating', 'positive', 1),
('en', 'celebrate', 'positive', 0.5),
('en', 'anniversary', 'positive', 1),
('en', 'well deserved', 'positive', 2),
('en', 'bravo', 'positive', 1.5),
('en', 'got upgraded', 'positive', 1.5),
('en', 'upgraded me', 'positive', 1.5),
('en', 'upgraded us', 'positive', 1.5),
('en', 'complimentary upgrade', 'positive', 2),
-- en: positive: service qualities (punctual, smooth, comfortable, professional)
('en', 'right on time', 'positive', 1.5),
('en', 'landed early', 'positive', 1.5),
('en', 'landed on time', 'positive', 1.5),
('en', 'departed on time', 'positive', 1.5),
('en', 'left on time', 'positive', 1.5),
('en', 'on schedule', 'positive', 1),
('en', 'on the dot', 'positive', 1.5),
('en', 'punctual', 'positive', 1.5),
('en', 'punctuality', 'positive', 1.5),
('en', 'smooth flight', 'positive', 2),
('en', 'smooth landing', 'positive', 1.5),
('en', 'smooth ride', 'positive', 1.5),
('en', 'smooth process', 'positive', 1.5),
('en', 'smooth transaction', 'positive', 1.5),
('en', 'smoothest', 'positive', 2),
('en', 'went smoothly', 'positive', 1.5),
('en', 'ran smoothly', 'positive', 1.5),
('en', 'went well', 'positive', 1.5),
('en', 'comfortable seats', 'positive', 1.5),
('en', 'comfy seats', 'positive', 1.5),
('en', 'plenty of legroom', 'positive', 1.5),
('en', 'extra legroom', 'positive', 1),
('en', 'roomy', 'positive', 1),
('en', 'professionalism', 'positive', 1.5),
('en', 'courtesy', 'positive', 0.5),
('en', 'friendly staff', 'positive', 2),
('en', 'friendly crew', 'positive', 2),
('en', 'helpful staff', 'positive', 2),
('en', 'great crew', 'positive', 2),
('en', 'great staff', 'positive', 2),
('en', 'great team', 'positive', 1.5),
('en', 'great job', 'positive', 2),
('en', 'good job', 'positive', 1.5),
('en', 'keep up the good work', 'positive', 2),
('en', 'keep it up', 'positive', 1.5),
('en', 'excellent service', 'positive', 2.5),
('en', 'great service', 'positive', 2),
('en', 'good service', 'positive', 1.5),
('en', 'outstanding service', 'positive', 2.5),
('en', 'great customer service', 'positive', 2.5),
('en', 'amazing customer service', 'positive', 2.5),
('en', 'quick service', 'positive', 1.5),
('en', 'fast service', 'positive', 1.5),
('en', 'prompt service', 'positive', 1.5),
('en', 'prompt response', 'positive', 1.5),
('en', 'prompt reply', 'positive', 1.5),
('en', 'quick fix', 'positive', 1),
('en', 'fixed it', 'positive', 1.5),
('en', 'sorted it', 'positive', 1.5),
('en', 'sorted', 'positive', 0.5),
('en', 'sorted out', 'positive', 1),
('en', 'all sorted', 'positive', 1.5),
('en', 'resolved quickly', 'positive', 2),
('en', 'resolved my issue', 'positive', 1.5),
('en', 'solved my problem', 'positive', 1.5),
('en', 'fixed my issue', 'positive', 1.5),
('en', 'fixed the issue', 'positive', 1.5),
('en', 'fixed the problem', 'positive', 1.5),
('en', 'no hassle', 'positive', 1.5),
('en', 'no fuss', 'positive', 1.5),
('en', 'effortless', 'positive', 1.5),
('en', 'easy to use', 'positive', 1.5),
('en', 'user friendly', 'positive', 1.5),
('en', 'well run', 'positive', 1.5),
('en', 'well managed', 'positive', 1.5),
('en', 'immaculate', 'positive', 2),
('en', 'pristine', 'positive', 1.5),
('en', 'tidy', 'positive', 1),
('en', 'peace of mind', 'positive', 1.5),
('en', 'felt safe', 'positive', 1.5),
('en', 'safe and sound', 'positive', 1.5),
('en', 'reassuring', 'positive', 1.5),
('en', 'reassured', 'positive', 1.5),
('en', 'surprisingly good', 'positive', 1.5),
('en', 'top class', 'positive', 2),
('en', 'first class service', 'positive', 2),
('en', 'five star service', 'positive', 2.5),
('en', '5 star service', 'positive', 2.5),
('en', 'efficiently', 'positive', 1.5),
('en', 'promptly', 'positive', 1),
('en', 'speedy', 'positive', 1),
('en', 'speedy delivery', 'positive', 1.5),
('en', 'quick turnaround', 'positive', 1.5),
('en', 'fast turnaround', 'positive', 1.5),
('en', 'in no time', 'positive', 1.5),
('en', 'within minutes', 'positive', 1.5),
('en', 'great experience', 'positive', 2),
('en', 'amazing experience', 'positive', 2.5),
('en', 'excellent experience', 'positive', 2.5),
('en', 'wonderful experience', 'positive', 2.5),
('en', 'pleasant experience', 'positive', 1.5),
('en', 'seamless experience', 'positive', 2),
('en', 'great flight', 'positive', 2),
-- en: positive: love and pride
('en', 'love it', 'positive', 2),
('en', 'loved it', 'positive', 2),
('en', 'love them', 'positive', 2),
('en', 'love you guys', 'positive', 2.5),
('en', 'love you', 'positive', 1.5),
('en', 'loving it', 'positive', 2),
('en', 'in love', 'positive', 1.5),
('en', 'in love with', 'positive', 2),
('en', 'fell in love', 'positive', 2),
('en', 'obsessed', 'positive', 1.5),
('en', 'proud', 'positive', 1.5),
('en', 'pride', 'positive', 0.5),
-- en: gratitude: joy, relief, excitement, thanks
('en', 'finally', 'gratitude', 0.5),
('en', 'at last', 'gratitude', 0.5),
('en', 'finally home', 'gratitude', 1),
('en', 'finally here', 'gratitude', 1),
('en', 'finally arrived', 'gratitude', 1),
('en', 'happiest', 'gratitude', 2),
('en', 'joyful', 'gratitude', 1.5),
('en', 'elated', 'gratitude', 2.5),
('en', 'overjoyed', 'gratitude', 2.5),
('en', 'congrats', 'gratitude', 1.5),
('en', 'congratulations', 'gratitude', 1.5),
('en', 'cheers', 'gratitude', 0.5),
('en', 'thanks for the help', 'gratitude', 1.5),
('en', 'thanks for your help', 'gratitude', 1.5),
('en', 'thank you for your help', 'gratitude', 2),
('en', 'thanks for sorting', 'gratitude', 2),
('en', 'thanks for fixing', 'gratitude', 2),
('en', 'thanks for the quick response', 'gratitude', 2),
('en', 'thanks for getting back', 'gratitude', 1.5),
('en', 'thank u', 'gratitude', 1.5),
('en', 'thanku', 'gratitude', 1.5),
('en', 'tysm', 'gratitude', 2),
('en', 'thnx', 'gratitude', 1),
('en', 'thanks a lot', 'gratitude', 1.5),
('en', 'thanks a million', 'gratitude', 2),
('en', 'thanks a bunch', 'gratitude', 1.5),
('en', 'appreciate you', 'gratitude', 1.5),
('en', 'appreciate your help', 'gratitude', 2),
-- en: negative: comparatives and superlatives
('en', 'even worse', 'negative', 2),
('en', 'much worse', 'negative', 2),
('en', 'way worse', 'negative', 2),
('en', 'getting worse', 'negative', 2),
('en', 'gets worse', 'negative', 1.5),
('en', 'worse than ever', 'negative', 2.5),
('en', 'worst part', 'negative', 1.5),
('en', 'the worst part', 'negative', 2),
('en', 'worst of all', 'negative', 1.5),
('en', 'worst service', 'negative', 3),
('en', 'worst experience', 'negative', 3),
('en', 'worst flight', 'negative', 3),
('en', 'worst customer service', 'negative', 3),
('en', 'worst support', 'negative', 3),
('en', 'worst carrier', 'negative', 3),
('en', 'worst network', 'negative', 3),
('en', 'worst store', 'negative', 3),
('en', 'worst isp', 'negative', 3),
('en', 'worst of the worst', 'negative', 3),
('en', 'one of the worst', 'negative', 2.5),
('en', 'by far the worst', 'negative', 3),
('en', 'you better', 'negative', 0.5),
('en', 'youd better', 'negative', 0.5),
('en', 'bad luck', 'negative', 1),
('en', 'unlucky', 'negative', 1),
-- en: negative: service disruption and trouble (strikes, outages, cancellations, lost bags)
('en', 'strike', 'negative', 1),
('en', 'strikes', 'negative', 1),
('en', 'on strike', 'negative', 1.5),
('en', 'walkout', 'negative', 1),
('en', 'industrial action', 'negative', 1),
('en', 'meltdown', 'negative', 2),
('en', 'total chaos', 'negative', 2.5),
('en', 'stuck at', 'negative', 1.5),
('en', 'missed my', 'negative', 1.5),
('en', 'missed our flight', 'negative', 1.5),
('en', 'missed our connection', 'negative', 1.5),
('en', 'missed the connection', 'negative', 1.5),
('en', 'misconnect', 'negative', 1.5),
('en', 'misconnected', 'negative', 1.5),
('en', 'misconnection', 'negative', 1.5),
('en', 'overbooking', 'negative', 1.5),
('en', 'bumped off', 'negative', 2),
('en', 'bumped me', 'negative', 2),
('en', 'bumped us', 'negative', 2),
('en', 'downgraded', 'negative', 1.5),
('en', 'delayed again', 'negative', 2),
('en', 'hours delay', 'negative', 1.5),
('en', 'hour delay', 'negative', 1.5),
('en', 'hours late', 'negative', 1.5),
('en', 'cancels', 'negative', 1),
('en', 'cancelled my flight', 'negative', 2),
('en', 'canceled my flight', 'negative', 2),
('en', 'cancelled our flight', 'negative', 2),
('en', 'canceled our flight', 'negative', 2),
('en', 'cancellations', 'negative', 1),
('en', 'flight cancellations', 'negative', 1.5),
('en', 'cancelled flights', 'negative', 1.5),
('en', 'canceled flights', 'negative', 1.5),
('en', 'delayed flights', 'negative', 1.5),
('en', 'lost our luggage', 'negative', 2),
('en', 'lost my luggage', 'negative', 2),
('en', 'lost my bag', 'negative', 2),
('en', 'lost my bags', 'negative', 2),
('en', 'lost my suitcase', 'negative', 2),
('en', 'lost our bags', 'negative', 2),
('en', 'misplaced', 'negative', 1),
('en', 'missing luggage', 'negative', 1.5),
('en', 'missing bag', 'negative', 1.5),
('en', 'mishandled', 'negative', 1.5),
('en', 'delayed bag', 'negative', 1.5),
('en', 'broken down', 'negative', 1.5),
('en', 'down for hours', 'negative', 2),
('en', 'service down', 'negative', 1.5),
('en', 'network down', 'negative', 1.5),
('en', 'internet down', 'negative', 1.5),
('en', 'wifi down', 'negative', 1.5),
('en', 'app down', 'negative', 1.5),
('en', 'site down', 'negative', 1.5),
('en', 'website down', 'negative', 1.5),
('en', 'system down', 'negative', 1.5),
('en', 'systems down', 'negative', 1.5),
('en', 'keeps crashing', 'negative', 2),
('en', 'keeps failing', 'negative', 1.5),
('en', 'keeps freezing', 'negative', 2),
('en', 'error code', 'negative', 1),
('en', 'technical difficulties', 'negative', 1.5),
('en', 'technical issues', 'negative', 1.5),
('en', 'technical issue', 'negative', 1.5),
('en', 'technical problems', 'negative', 1.5),
('en', 'problem', 'negative', 0.5),
('en', 'problems', 'negative', 0.5),
('en', 'issue', 'negative', 0.5),
('en', 'issues', 'negative', 0.5),
('en', 'trouble', 'negative', 1),
('en', 'troubles', 'negative', 1),
('en', 'difficult', 'negative', 0.5),
('en', 'difficulty', 'negative', 0.5),
('en', 'ordeal', 'negative', 2),
('en', 'debacle', 'negative', 2),
('en', 'shambles', 'negative', 2),
('en', 'clusterfuck', 'negative', 2.5),
('en', 'shitshow', 'negative', 2.5),
('en', 'shit show', 'negative', 2.5),
('en', 'dumpster fire', 'negative', 2.5),
('en', 'circus', 'negative', 1.5),
('en', 'hung up on me', 'negative', 2),
('en', 'keeps hanging up', 'negative', 2),
('en', 'disconnected me', 'negative', 1.5),
('en', 'call dropped', 'negative', 1.5),
('en', 'cut me off', 'negative', 1.5),
('en', 'stuck on the plane', 'negative', 2),
('en', 'sitting on the tarmac', 'negative', 1.5),
('en', 'on the tarmac for', 'negative', 2),
('en', 'diverted', 'negative', 1),
('en', 'hidden charges', 'negative', 1.5),
('en', 'hidden costs', 'negative', 1.5),
('en', 'hidden fee', 'negative', 1.5),
('en', 'without notice', 'negative', 1.5),
('en', 'without warning', 'negative', 1.5),
('en', 'no notice', 'negative', 1.5),
('en', 'no warning', 'negative', 1.5),
-- en: negative: behaviour of staff and company (lies, arrogance, disrespect)
('en', 'lied', 'negative', 2),
('en', 'lied to me', 'negative', 2),
('en', 'lied to us', 'negative', 2),
('en', 'they lie', 'negative', 2),
('en', 'liar', 'negative', 2),
('en', 'dishonesty', 'negative', 2),
('en', 'arrogance', 'negative', 1.5),
('en', 'disrespect', 'negative', 2),
('en', 'unprofessionalism', 'negative', 2),
('en', 'lack of professionalism', 'negative', 2),
('en', 'rude staff', 'negative', 2),
('en', 'rude agent', 'negative', 2),
('en', 'rude employee', 'negative', 2),
('en', 'rude employees', 'negative', 2),
('en', 'snotty', 'negative', 1.5),
('en', 'snarky', 'negative', 1.5),
('en', 'smug', 'negative', 1.5),
('en', 'dismissive', 'negative', 2),
('en', 'belittled', 'negative', 2),
('en', 'belittling', 'negative', 2),
('en', 'mocked', 'negative', 2),
('en', 'laughed at me', 'negative', 2),
('en', 'clueless', 'negative', 1.5),
('en', 'morons', 'negative', 2),
('en', 'moron', 'negative', 2),
('en', 'idiot', 'negative', 2),
('en', 'dumb', 'negative', 1.5),
('en', 'stupid', 'negative', 1.5),
('en', 'scumbag', 'negative', 2),
('en', 'crooks', 'negative', 2),
('en', 'abusive', 'negative', 2),
('en', 'abuse', 'negative', 1.5),
('en', 'bullying', 'negative', 2),
('en', 'harassment', 'negative', 2),
('en', 'harassing', 'negative', 2),
('en', 'harassed', 'negative', 2),
('en', 'spam calls', 'negative', 1),
('en', 'spamming', 'negative', 1.5),
('en', 'ripping people off', 'negative', 2),
('en', 'taking advantage', 'negative', 1.5),
('en', 'took advantage', 'negative', 1.5),
('en', 'shameful', 'negative', 2),
('en', 'shameless', 'negative', 2),
('en', 'cringe', 'negative', 1),
('en', 'deceptive', 'negative', 2),
('en', 'deceived', 'negative', 2),
('en', 'deceiving', 'negative', 2),
('en', 'misled', 'negative', 1.5),
('en', 'ignorant', 'negative', 1.5),
('en', 'careless', 'negative', 1.5),
('en', 'carelessness', 'negative', 1.5),
('en', 'negligent', 'negative', 2),
('en', 'lazy', 'negative', 1.5),
('en', 'incompetency', 'negative', 2),
('en', 'treated like cattle', 'negative', 2),
('en', 'like cattle', 'negative', 1.5),
-- en: negative: disgust and horror
('en', 'horror', 'negative', 1.5),
('en', 'horror story', 'negative', 2),
('en', 'horrifying', 'negative', 2),
('en', 'what a nightmare', 'negative', 2.5),
('en', 'yuck', 'negative', 1.5),
('en', 'ew', 'negative', 1),
('en', 'eww', 'negative', 1),
-- en: anger
('en', 'horrified', 'anger', 2),
('en', 'indignation', 'anger', 2),
('en', 'indignant', 'anger', 2),
('en', 'disgust', 'anger', 2),
-- en: anxiety
('en', 'panicking', 'anxiety', 2),
('en', 'panic attack', 'anxiety', 2.5),
('en', 'anguish', 'anxiety', 2),
-- en: sadness / disappointment
('en', 'distraught', 'sadness', 2.5),
('en', 'what a shame', 'sadness', 1.5),
('en', 'such a shame', 'sadness', 1.5),
('en', 'what a pity', 'sadness', 1.5),
('en', 'such a pity', 'sadness', 1.5),
('en', 'sad to see', 'sadness', 1.5),
('en', 'bummed', 'sadness', 1.5),
('en', 'bummed out', 'sadness', 1.5),
('en', 'disheartened', 'sadness', 2),
('en', 'disheartening', 'sadness', 2),
('en', 'discouraged', 'sadness', 1.5),
-- en: waiting
('en', 'stuck on hold', 'waiting', 1.5)
ON CONFLICT (language, phrase) DO NOTHING;

-- ---- more of the shipped voice lexicon: Spanish verb forms, diminutives, exclamations, mishaps ----
-- Additional Spanish voice lexicon rows (2): inflected forms of complaint and praise verbs, diminutives and
-- augmentatives, sarcastic and indignant exclamations, disasters and accidents.
-- Matched on whole normalised words (lowercase, no accents/apostrophes, 3+ repeated letters collapsed); negation
-- is automatic; the longer phrase wins. Weights: 0.5 mild, 1 clear, 2 strong, 3 extreme; 0.1 rows are shields.
INSERT INTO @extschema@.voice_lexicon_shipped (language, phrase, signal, weight) VALUES
-- es: negative: robar (steal)
('es', 'roba', 'negative', 1.5),
('es', 'robar', 'negative', 1.5),
('es', 'robos', 'negative', 1.5),
('es', 'robado', 'negative', 1.5),
('es', 'robada', 'negative', 1.5),
('es', 'robados', 'negative', 1.5),
('es', 'robadas', 'negative', 1.5),
('es', 'me robó', 'negative', 2),
('es', 'me han robado', 'negative', 2),
('es', 'robándonos', 'negative', 2),
-- es: negative: cobrar de más, double charges (the bare verb is ambiguous: only with me/nos or de más)
('es', 'me cobraron', 'negative', 0.8),
('es', 'nos cobraron', 'negative', 0.8),
('es', 'me han cobrado', 'negative', 0.8),
('es', 'nos han cobrado', 'negative', 0.8),
('es', 'me cobran', 'negative', 0.5),
('es', 'me están cobrando', 'negative', 1),
('es', 'cobran de más', 'negative', 1.5),
('es', 'cobraron de más', 'negative', 1.5),
('es', 'cobró de más', 'negative', 1.5),
('es', 'cobra de más', 'negative', 1.5),
('es', 'cobrar de más', 'negative', 1.5),
('es', 'cobrando de más', 'negative', 1.5),
('es', 'cobran demás', 'negative', 1.5),
('es', 'cobraron demás', 'negative', 1.5),
('es', 'cobrado demás', 'negative', 1.5),
('es', 'me cobraron demasiado', 'negative', 1.5),
('es', 'cobrado dos veces', 'negative', 1.5),
('es', 'cobraron dos veces', 'negative', 1.5),
('es', 'me cobraron doble', 'negative', 1.5),
('es', 'cobro duplicado', 'negative', 1.5),
('es', 'cargo duplicado', 'negative', 1.5),
('es', 'cargos duplicados', 'negative', 1.5),
('es', 'cargos indebidos', 'negative', 1.5),
('es', 'cobros no autorizados', 'negative', 2),
('es', 'cobran lo que quieren', 'negative', 1.5),
-- es: negative: estafar, timar (swindle)
('es', 'estafar', 'negative', 2),
('es', 'estafó', 'negative', 2),
('es', 'estafen', 'negative', 1.5),
('es', 'me han estafado', 'negative', 2.5),
('es', 'nos han estafado', 'negative', 2.5),
('es', 'estafador', 'negative', 2),
('es', 'timar', 'negative', 2),
('es', 'timaron', 'negative', 2),
('es', 'timando', 'negative', 2),
('es', 'timador', 'negative', 2),
('es', 'me han timado', 'negative', 2.5),
-- es: anger: swindled (participles)
('es', 'estafadas', 'anger', 2),
('es', 'engañadas', 'anger', 2),
('es', 'timado', 'anger', 2),
('es', 'timada', 'anger', 2),
('es', 'timados', 'anger', 2),
-- es: negative: engañar, mentir (deceive, lie)
('es', 'engaña', 'negative', 1.5),
('es', 'engañaron', 'negative', 2),
('es', 'engañar', 'negative', 1.5),
('es', 'me han engañado', 'negative', 2),
('es', 'engañosas', 'negative', 2),
('es', 'engañosos', 'negative', 2),
('es', 'no se dejen engañar', 'negative', 2),
('es', 'no os dejéis engañar', 'negative', 2),
('es', 'no te dejes engañar', 'negative', 2),
('es', 'que no te engañen', 'negative', 1.5),
('es', 'miente', 'negative', 1.5),
('es', 'mintió', 'negative', 2),
('es', 'me han mentido', 'negative', 2),
('es', 'mentir', 'negative', 1.5),
('es', 'mentirosas', 'negative', 2),
('es', 'dejen de mentir', 'negative', 2),
('es', 'es mentira', 'negative', 2),
-- es: negative: cancelar, anular (the company cancels)
('es', 'nos canceló', 'negative', 1.5),
('es', 'cancelación del vuelo', 'negative', 1.5),
('es', 'anularon', 'negative', 1.5),
('es', 'me anuló', 'negative', 1.5),
('es', 'han anulado', 'negative', 1.5),
('es', 'anulan', 'negative', 1),
('es', 'anulado', 'negative', 1),
('es', 'anulada', 'negative', 1),
('es', 'anulados', 'negative', 1),
('es', 'anuladas', 'negative', 1),
-- es: negative: perder, extraviar (luggage, parcels, connections)
('es', 'perdió mi maleta', 'negative', 2),
('es', 'perdió mi paquete', 'negative', 2),
('es', 'perdió mi pedido', 'negative', 2),
('es', 'se perdió', 'negative', 1),
('es', 'pierden las maletas', 'negative', 2),
('es', 'pierden el equipaje', 'negative', 2),
('es', 'pierden paquetes', 'negative', 2),
('es', 'extravían', 'negative', 1.5),
('es', 'extraviar', 'negative', 1),
('es', 'perdí el avión', 'negative', 1.5),
('es', 'perdimos el avión', 'negative', 1.5),
('es', 'perdí mi vuelo', 'negative', 1.5),
('es', 'he perdido el vuelo', 'negative', 1.5),
('es', 'me hicieron perder', 'negative', 2),
('es', 'nos hicieron perder', 'negative', 2),
('es', 'perdí todo el día', 'negative', 2),
-- es: negative: retrasar, atrasar, demorar (delays)
('es', 'retrasa', 'negative', 1),
('es', 'retrasando', 'negative', 1),
('es', 'atrasa', 'negative', 1),
('es', 'atrasan', 'negative', 1),
('es', 'atrasaron', 'negative', 1),
('es', 'atrasados', 'negative', 1),
('es', 'atrasadas', 'negative', 1),
('es', 'atrasadísimo', 'negative', 2),
('es', 'atrasadísima', 'negative', 2),
('es', 'retrasadísimos', 'negative', 2),
('es', 'retrasazo', 'negative', 2),
('es', 'retrasito', 'negative', 0.8),
('es', 'demoran', 'negative', 1),
('es', 'demoraron', 'negative', 1),
('es', 'demorando', 'negative', 1),
('es', 'demoró', 'negative', 1),
('es', 'demorados', 'negative', 1),
('es', 'demoradas', 'negative', 1),
('es', 'tardanza', 'negative', 1),
('es', 'tardón', 'negative', 1),
-- es: waiting: tardar (it takes them long)
('es', 'tarda', 'waiting', 0.8),
('es', 'tardó', 'waiting', 0.8),
('es', 'tardaron', 'waiting', 1),
('es', 'tardando', 'waiting', 1),
('es', 'tardado', 'waiting', 1),
('es', 'tardan siglos', 'waiting', 2),
('es', 'tardan semanas', 'waiting', 2),
('es', 'tardaron semanas', 'waiting', 2),
('es', 'por qué tardan tanto', 'waiting', 2),
('es', 'porque tardan tanto', 'waiting', 2),
('es', 'cuánto más van a tardar', 'waiting', 2),
-- es: negative: fallar (fail, let down)
('es', 'fallan', 'negative', 1),
('es', 'fallando', 'negative', 1),
('es', 'fallaron', 'negative', 1.5),
('es', 'fallado', 'negative', 1),
('es', 'fallaba', 'negative', 1),
('es', 'me falló', 'negative', 1.5),
('es', 'nos fallaste', 'negative', 1.5),
('es', 'falla constantemente', 'negative', 1.5),
('es', 'fallo garrafal', 'negative', 2),
('es', 'error garrafal', 'negative', 2),
-- es: negative: romper, estropear, averiar, dañar (broken, damaged)
('es', 'rompieron', 'negative', 1.5),
('es', 'rompen', 'negative', 1.5),
('es', 'rompió', 'negative', 1.5),
('es', 'estropeados', 'negative', 1.5),
('es', 'estropeadas', 'negative', 1.5),
('es', 'se estropea', 'negative', 1.5),
('es', 'estropearon', 'negative', 1.5),
('es', 'me estropearon', 'negative', 2),
('es', 'estropeó', 'negative', 1.5),
('es', 'averiados', 'negative', 1),
('es', 'se averió', 'negative', 1.5),
('es', 'destrozados', 'negative', 1.5),
('es', 'destrozadas', 'negative', 1.5),
('es', 'destrozaron', 'negative', 2),
('es', 'rotura', 'negative', 1),
('es', 'desperfecto', 'negative', 1),
('es', 'desperfectos', 'negative', 1),
('es', 'dañados', 'negative', 1),
('es', 'dañaron', 'negative', 1.5),
('es', 'descompuesto', 'negative', 1),
('es', 'descompuesta', 'negative', 1),
('es', 'se descompuso', 'negative', 1.5),
('es', 'malogrado', 'negative', 1),
('es', 'se malogró', 'negative', 1.5),
('es', 'se quedó colgado', 'negative', 1),
('es', 'se quedó colgada', 'negative', 1),
-- es: anger: enfadar, enojar, cabrear, indignar, molestar
('es', 'me enfadan', 'anger', 1.5),
('es', 'me enojan', 'anger', 1.5),
('es', 'me enfadé', 'anger', 1.5),
('es', 'me enojé', 'anger', 1.5),
('es', 'enfado', 'anger', 1.5),
('es', 'me cabrearon', 'anger', 2),
('es', 'cabrea', 'anger', 2),
('es', 'me indigné', 'anger', 2),
('es', 'me indignó', 'anger', 2),
('es', 'indigna', 'anger', 2),
('es', 'encabrona', 'anger', 2.5),
('es', 'encabronadísimo', 'anger', 3),
('es', 'me emputa', 'anger', 2.5),
('es', 'enfadadísimos', 'anger', 2.5),
('es', 'enojadísimos', 'anger', 2.5),
('es', 'indignadísimos', 'anger', 3),
('es', 'cabreadísimos', 'anger', 3),
('es', 'me saca de mis casillas', 'anger', 2),
('es', 'me pone negro', 'anger', 2),
('es', 'me pone negra', 'anger', 2),
('es', 'me pone enfermo', 'anger', 2),
('es', 'me pone enferma', 'anger', 2),
('es', 'estoy que muerdo', 'anger', 2),
('es', 'me molestan', 'anger', 1),
('es', 'molestísima', 'anger', 2),
('es', 'molestísimo', 'anger', 2),
-- es: negative: inconvenience (the customer's own polite apologies are shields below)
('es', 'molestias', 'negative', 0.8),
('es', 'molestia', 'negative', 0.8),
-- es: positive: near-neutral shields (the longer phrase wins)
('es', 'perdón por las molestias', 'positive', 0.1),
('es', 'disculpen las molestias', 'positive', 0.1),
('es', 'disculpe las molestias', 'positive', 0.1),
('es', 'disculpe la molestia', 'positive', 0.1),
('es', 'perdón por la molestia', 'positive', 0.1),
('es', 'salida de emergencia', 'positive', 0.1),
('es', 'por accidente', 'positive', 0.1),
('es', 'día de muertos', 'positive', 0.3),
('es', 'salidas de emergencia', 'positive', 0.1),
('es', 'muerto de risa', 'positive', 0.5),
('es', 'muerta de risa', 'positive', 0.5),
('es', 'muertos de risa', 'positive', 0.5),
-- es: negative: quejarse, reclamar (complaining)
('es', 'queja', 'negative', 1),
('es', 'quejas', 'negative', 1),
('es', 'me quejo', 'negative', 1),
('es', 'quejándome', 'negative', 1),
('es', 'me he quejado', 'negative', 1.5),
('es', 'me quejé', 'negative', 1.5),
('es', 'nos quejamos', 'negative', 1.5),
('es', 'me voy a quejar', 'negative', 1.5),
('es', 'me quejaré', 'negative', 1.5),
('es', 'reclamación', 'negative', 1),
('es', 'reclamaciones', 'negative', 1),
('es', 'reclamo', 'negative', 1),
('es', 'reclamos', 'negative', 1),
('es', 'reclamamos', 'negative', 1),
('es', 'reclamen', 'negative', 1),
-- es: positive: fixed expressions with a negator (no complaints)
('es', 'no me puedo quejar', 'positive', 1),
('es', 'no nos podemos quejar', 'positive', 1),
('es', 'no puedo quejarme', 'positive', 1),
('es', 'nada de qué quejarse', 'positive', 1),
('es', 'nada de qué quejarme', 'positive', 1),
-- es: chasing: complaints already filed, asking when it will be fixed
('es', 'ya reclamé', 'chasing', 1.5),
('es', 'he reclamado', 'chasing', 1.5),
('es', 'hemos reclamado', 'chasing', 1.5),
('es', 'puse una reclamación', 'chasing', 1.5),
('es', 'presenté una reclamación', 'chasing', 1.5),
('es', 'abrí un reclamo', 'chasing', 1.5),
('es', 'hice un reclamo', 'chasing', 1.5),
('es', 'puse un reclamo', 'chasing', 1.5),
('es', 'número de reclamación', 'chasing', 1),
('es', 'número de reclamo', 'chasing', 1),
('es', 'ya me quejé', 'chasing', 1.5),
('es', 'cuándo lo solucionan', 'chasing', 1.5),
('es', 'cuándo lo van a solucionar', 'chasing', 2),
('es', 'cuándo lo van a arreglar', 'chasing', 2),
('es', 'a ver si me lo solucionan', 'chasing', 1.5),
('es', 'que me lo solucionen', 'chasing', 1),
('es', 'sigue sin solución', 'chasing', 2),
('es', 'sigue sin solucionar', 'chasing', 2),
('es', 'sigo sin solución', 'chasing', 2),
('es', 'sigue sin arreglar', 'chasing', 2),
-- es: escalation: denunciar, demandar, formal complaints
('es', 'denuncias', 'escalation', 1.5),
('es', 'denunciado', 'escalation', 2),
('es', 'denunciada', 'escalation', 2),
('es', 'he denunciado', 'escalation', 2.5),
('es', 'denuncié', 'escalation', 2),
('es', 'denuncien', 'escalation', 2),
('es', 'denunciamos', 'escalation', 2),
('es', 'denunció', 'escalation', 2),
('es', 'denunciaremos', 'escalation', 2.5),
('es', 'denunciarles', 'escalation', 2.5),
('es', 'puse una denuncia', 'escalation', 2.5),
('es', 'pondré una denuncia', 'escalation', 2.5),
('es', 'interponer una denuncia', 'escalation', 2.5),
('es', 'demandarles', 'escalation', 2.5),
('es', 'demandaremos', 'escalation', 2.5),
('es', 'poner una queja', 'escalation', 1.5),
('es', 'pondré una queja', 'escalation', 2),
('es', 'presentar una queja', 'escalation', 1.5),
('es', 'voy a reclamar', 'escalation', 1.5),
('es', 'reclamaré', 'escalation', 1.5),
('es', 'pienso reclamar', 'escalation', 2),
('es', 'pondré una reclamación', 'escalation', 2),
('es', 'poner una reclamación', 'escalation', 1.5),
('es', 'presentar una reclamación', 'escalation', 1.5),
-- es: sadness: decepcionar, defraudar, desilusionar
('es', 'decepciona', 'sadness', 1.5),
('es', 'decepcionó', 'sadness', 1.5),
('es', 'decepcionadísimo', 'sadness', 2.5),
('es', 'decepcionadísima', 'sadness', 2.5),
('es', 'decepciones', 'sadness', 1.5),
('es', 'desepcionados', 'sadness', 2),
('es', 'defraudaron', 'sadness', 2),
('es', 'defrauda', 'sadness', 1.5),
('es', 'desilusiona', 'sadness', 1.5),
('es', 'me desilusionó', 'sadness', 2),
-- es: negative: ignorar, pasar de, no hacer caso
('es', 'ignoraron', 'negative', 1.5),
('es', 'me ignora', 'negative', 1.5),
('es', 'me ignoró', 'negative', 1.5),
('es', 'ignorando', 'negative', 1.5),
('es', 'ignoradas', 'negative', 1.5),
('es', 'caso omiso', 'negative', 2),
('es', 'no me hicieron caso', 'negative', 1.5),
('es', 'no nos hacen caso', 'negative', 1.5),
('es', 'no nos hicieron caso', 'negative', 1.5),
('es', 'no hicieron caso', 'negative', 1.5),
('es', 'no me hace caso', 'negative', 1.5),
('es', 'nadie me hace caso', 'negative', 2),
('es', 'nadie hace caso', 'negative', 2),
('es', 'ni puto caso', 'negative', 2),
('es', 'pasan de mí', 'negative', 2),
('es', 'pasaron de mí', 'negative', 2),
('es', 'pasaron de nosotros', 'negative', 2),
('es', 'pasa de mí', 'negative', 1.5),
('es', 'pasan de contestar', 'negative', 2),
('es', 'me dejaron en visto', 'negative', 2),
('es', 'me dejan en visto', 'negative', 2),
('es', 'me ningunearon', 'negative', 2),
('es', 'ningunean', 'negative', 2),
-- es: negative: colgar (hanging up on the customer)
('es', 'me cuelga', 'negative', 2),
('es', 'cuelgan', 'negative', 1.5),
('es', 'cortan la llamada', 'negative', 1.5),
('es', 'me dejaron colgado', 'negative', 2),
('es', 'me dejaron colgada', 'negative', 2),
-- es: negative: rechazar, denegar, desestimar (card, claim, refund)
('es', 'rechazada', 'negative', 1),
('es', 'rechazado', 'negative', 1),
('es', 'rechazados', 'negative', 1),
('es', 'rechazadas', 'negative', 1),
('es', 'rechazaron', 'negative', 1.5),
('es', 'rechazan', 'negative', 1),
('es', 'me rechaza', 'negative', 1.5),
('es', 'rechaza mi tarjeta', 'negative', 1.5),
('es', 'rechazó mi tarjeta', 'negative', 1.5),
('es', 'tarjeta rechazada', 'negative', 1.5),
('es', 'pago rechazado', 'negative', 1.5),
('es', 'denegada', 'negative', 1),
('es', 'denegado', 'negative', 1),
('es', 'denegaron', 'negative', 1.5),
('es', 'desestimada', 'negative', 1.5),
('es', 'desestimado', 'negative', 1.5),
('es', 'desestimaron', 'negative', 1.5),
('es', 'desestiman', 'negative', 1.5),
-- es: negative: obligar (forced to pay, forced to)
('es', 'me obligaron', 'negative', 1.5),
('es', 'nos obligaron', 'negative', 1.5),
('es', 'me obligan', 'negative', 1.5),
('es', 'nos obligan', 'negative', 1.5),
('es', 'me obligó', 'negative', 1.5),
('es', 'obligan a pagar', 'negative', 1.5),
('es', 'obligado a pagar', 'negative', 1.5),
('es', 'obligados a pagar', 'negative', 1.5),
('es', 'me hicieron pagar', 'negative', 1.5),
('es', 'nos hicieron pagar', 'negative', 1.5),
('es', 'me forzaron', 'negative', 1.5),
('es', 'me vi obligado', 'negative', 1.5),
('es', 'me vi obligada', 'negative', 1.5),
('es', 'nos vimos obligados', 'negative', 1.5),
-- es: negative: no devolver, no reembolsar, no solucionar, no ayudar (fixed expressions with a negator)
('es', 'no me devuelven', 'negative', 1.5),
('es', 'no nos devuelven', 'negative', 1.5),
('es', 'no nos devolvieron', 'negative', 1.5),
('es', 'no me quieren devolver', 'negative', 2),
('es', 'no quieren devolver', 'negative', 2),
('es', 'no me reembolsan', 'negative', 1.5),
('es', 'no me reembolsaron', 'negative', 1.5),
('es', 'no me han reembolsado', 'negative', 1.5),
('es', 'no me lo solucionan', 'negative', 1.5),
('es', 'no me lo solucionaron', 'negative', 1.5),
('es', 'no me lo resuelven', 'negative', 1.5),
('es', 'no me lo resolvieron', 'negative', 1.5),
('es', 'no me resuelven', 'negative', 1.5),
('es', 'no me resolvieron', 'negative', 1.5),
('es', 'no lo solucionaron', 'negative', 1.5),
('es', 'no lo resuelven', 'negative', 1.5),
('es', 'no lo resolvieron', 'negative', 1.5),
('es', 'no me han solucionado', 'negative', 1.5),
('es', 'no me lo han solucionado', 'negative', 1.5),
('es', 'no me han resuelto', 'negative', 1.5),
('es', 'no han solucionado', 'negative', 1.5),
('es', 'no han resuelto', 'negative', 1.5),
('es', 'no solucionan', 'negative', 1.5),
('es', 'no resuelven nada', 'negative', 2),
('es', 'no solucionaron nada', 'negative', 2),
('es', 'nadie me lo soluciona', 'negative', 2),
('es', 'nadie lo soluciona', 'negative', 2),
('es', 'nadie resuelve', 'negative', 2),
('es', 'nadie me resuelve', 'negative', 2),
('es', 'sin solucionar', 'negative', 1.5),
('es', 'no lo arreglan', 'negative', 1.5),
('es', 'no lo han arreglado', 'negative', 1.5),
('es', 'sin arreglar', 'negative', 1.5),
('es', 'no me ayudó', 'negative', 1.5),
('es', 'no nos ayudaron', 'negative', 1.5),
('es', 'no nos ayudan', 'negative', 1.5),
('es', 'no me han ayudado', 'negative', 1.5),
('es', 'no me ayuda', 'negative', 1.5),
('es', 'no ayudaron', 'negative', 1.5),
('es', 'nadie me ayuda', 'negative', 2),
('es', 'nadie me ayudó', 'negative', 2),
('es', 'nadie nos ayuda', 'negative', 2),
('es', 'nadie ayuda', 'negative', 2),
-- es: positive: encantar, gustar, recomendar (praise verbs)
('es', 'encantan', 'positive', 1.5),
('es', 'le encantó', 'positive', 2),
('es', 'me ha encantado', 'positive', 2),
('es', 'nos ha encantado', 'positive', 2),
('es', 'me han encantado', 'positive', 2),
('es', 'le ha encantado', 'positive', 2),
('es', 'me fascinan', 'positive', 2),
('es', 'nos fascinó', 'positive', 2),
('es', 'me flipan', 'positive', 1.5),
('es', 'me gustó mucho', 'positive', 2),
('es', 'nos gustó mucho', 'positive', 2),
('es', 'me gusta mucho', 'positive', 1.5),
('es', 'me gustaron mucho', 'positive', 2),
('es', 'nos gustaron', 'positive', 1.5),
('es', 'nos gustan', 'positive', 1),
('es', 'nos gusta', 'positive', 1),
('es', 'le gustó', 'positive', 1.5),
('es', 'les gustó', 'positive', 1.5),
('es', 'me ha gustado', 'positive', 1.5),
('es', 'nos ha gustado', 'positive', 1.5),
('es', 'me han gustado', 'positive', 1.5),
('es', 'me ha gustado mucho', 'positive', 2),
('es', 'gustazo', 'positive', 1.5),
('es', 'recomendamos', 'positive', 1.5),
('es', 'lo recomendamos', 'positive', 2),
('es', 'recomendaré', 'positive', 1.5),
('es', 'recomendaría', 'positive', 1.5),
('es', 'recomendaremos', 'positive', 1.5),
('es', 'recomendadísimos', 'positive', 2.5),
('es', 'recomiendo 100', 'positive', 2.5),
-- es: positive: solucionar, resolver, arreglar, ayudar (when done)
('es', 'me lo solucionó', 'positive', 2),
('es', 'nos lo solucionaron', 'positive', 2),
('es', 'me han solucionado', 'positive', 1.5),
('es', 'me lo han solucionado', 'positive', 2),
('es', 'me han resuelto', 'positive', 1.5),
('es', 'lo han solucionado', 'positive', 1.5),
('es', 'lo han resuelto', 'positive', 1.5),
('es', 'ya está solucionado', 'positive', 1.5),
('es', 'ya está resuelto', 'positive', 1.5),
('es', 'solucionada', 'positive', 1),
('es', 'solucionados', 'positive', 1),
('es', 'resuelta', 'positive', 1),
('es', 'resueltos', 'positive', 1),
('es', 'todo solucionado', 'positive', 1.5),
('es', 'problema solucionado', 'positive', 1.5),
('es', 'resolvieron mi problema', 'positive', 2),
('es', 'solucionaron mi problema', 'positive', 2),
('es', 'resolvió mi problema', 'positive', 2),
('es', 'solucionó mi problema', 'positive', 2),
('es', 'me lo arreglaron', 'positive', 2),
('es', 'me lo han arreglado', 'positive', 2),
('es', 'lo arreglaron', 'positive', 1.5),
('es', 'me ayudaron mucho', 'positive', 2),
('es', 'me ayudó mucho', 'positive', 2),
('es', 'nos ayudaron', 'positive', 1.5),
('es', 'nos ayudó', 'positive', 1.5),
('es', 'me han ayudado', 'positive', 1.5),
('es', 'nos han ayudado', 'positive', 1.5),
('es', 'gran ayuda', 'positive', 1.5),
('es', 'me echaron una mano', 'positive', 1.5),
('es', 'me echó una mano', 'positive', 1.5),
-- es: gratitude: agradecer (thanks)
('es', 'agradecerte', 'gratitude', 1.5),
('es', 'agradeceros', 'gratitude', 1.5),
('es', 'se les agradece', 'gratitude', 1.5),
('es', 'agradecidísimos', 'gratitude', 2.5),
('es', 'agradecimientos', 'gratitude', 1.5),
('es', 'eternamente agradecidos', 'gratitude', 2.5),
('es', 'dar las gracias', 'gratitude', 1.5),
('es', 'doy las gracias', 'gratitude', 1.5),
('es', 'darles las gracias', 'gratitude', 1.5),
('es', 'encantadísimo', 'gratitude', 2.5),
('es', 'encantadísima', 'gratitude', 2.5),
-- es: negative: diminutives and augmentatives used to judge
('es', 'malito', 'negative', 0.8),
('es', 'malita', 'negative', 0.8),
('es', 'malucho', 'negative', 1),
('es', 'malucha', 'negative', 1),
('es', 'feucho', 'negative', 0.8),
('es', 'feucha', 'negative', 0.8),
('es', 'feo', 'negative', 1),
('es', 'fea', 'negative', 1),
('es', 'feos', 'negative', 1),
('es', 'feas', 'negative', 1),
('es', 'feísimo', 'negative', 2),
('es', 'feísima', 'negative', 2),
('es', 'cutrecillo', 'negative', 1),
('es', 'cutrecilla', 'negative', 1),
('es', 'cutrísimo', 'negative', 2),
('es', 'cutrísima', 'negative', 2),
('es', 'carucho', 'negative', 1),
('es', 'lentísimos', 'negative', 2),
('es', 'lentísimas', 'negative', 2),
('es', 'lentito', 'negative', 0.8),
('es', 'lentita', 'negative', 0.8),
('es', 'sucísimo', 'negative', 2.5),
('es', 'sucísima', 'negative', 2.5),
('es', 'pesimísimo', 'negative', 3),
('es', 'pésimamente', 'negative', 2.5),
-- es: positive: diminutives and augmentatives used to praise
('es', 'buenito', 'positive', 0.8),
('es', 'requetebueno', 'positive', 2),
('es', 'requetebién', 'positive', 2),
('es', 'rapidísimas', 'positive', 2),
('es', 'rapidito', 'positive', 1),
('es', 'amabilísimas', 'positive', 2),
('es', 'atentísimas', 'positive', 2),
('es', 'guapísimo', 'positive', 1),
('es', 'guapísima', 'positive', 1),
('es', 'bonitísimo', 'positive', 2),
('es', 'bonitísima', 'positive', 2),
('es', 'lindísimo', 'positive', 2),
('es', 'lindísima', 'positive', 2),
('es', 'hermosísimo', 'positive', 2),
('es', 'hermosísima', 'positive', 2),
('es', 'baratísimo', 'positive', 1.5),
('es', 'baratísima', 'positive', 1.5),
('es', 'simpatiquísimo', 'positive', 2),
('es', 'simpatiquísima', 'positive', 2),
('es', 'majísimo', 'positive', 2),
('es', 'majísima', 'positive', 2),
('es', 'majísimos', 'positive', 2),
-- es: negative: sarcastic and indignant exclamations (Spain and Latin America)
('es', 'vaya servicio', 'negative', 2),
('es', 'menudo servicio', 'negative', 2),
('es', 'vaya atención', 'negative', 2),
('es', 'menuda atención', 'negative', 2),
('es', 'vaya empresa', 'negative', 2),
('es', 'menuda empresa', 'negative', 2),
('es', 'vaya compañía', 'negative', 2),
('es', 'menuda compañía', 'negative', 2),
('es', 'vaya trato', 'negative', 2),
('es', 'menudo trato', 'negative', 2),
('es', 'vaya forma de', 'negative', 1.5),
('es', 'vaya manera de', 'negative', 1.5),
('es', 'vaya vergüenza', 'negative', 2.5),
('es', 'menuda vergüenza', 'negative', 2.5),
('es', 'qué desastre', 'negative', 2.5),
('es', 'menudo robo', 'negative', 2.5),
('es', 'vaya panda', 'negative', 2),
('es', 'menuda panda', 'negative', 2),
('es', 'panda de inútiles', 'negative', 2.5),
('es', 'vaya viajecito', 'negative', 2),
('es', 'menudo viajecito', 'negative', 2),
('es', 'qué barbaridad', 'negative', 2),
('es', 'qué asco de empresa', 'negative', 3),
('es', 'qué asco de servicio', 'negative', 3),
('es', 'qué servicio más malo', 'negative', 2.5),
('es', 'poca profesionalidad', 'negative', 2),
('es', 'poco profesionalismo', 'negative', 2),
('es', 'qué servicio tan malo', 'negative', 2.5),
('es', 'qué mal', 'negative', 1.5),
('es', 'qué oso', 'negative', 1.5),
('es', 'despropósito', 'negative', 2),
('es', 'tiene delito', 'negative', 1.5),
('es', 'no tiene nombre', 'negative', 2),
('es', 'no tiene perdón', 'negative', 2),
('es', 'clama al cielo', 'negative', 2),
('es', 'de película de terror', 'negative', 2),
('es', 'para mear y no echar gota', 'negative', 2.5),
-- es: anger: indignant exclamations
('es', 'manda cojones', 'anger', 2.5),
('es', 'tiene cojones', 'anger', 2),
('es', 'qué morro', 'anger', 2),
('es', 'menudo morro', 'anger', 2),
('es', 'qué jeta', 'anger', 2),
('es', 'qué cara más dura', 'anger', 2),
('es', 'qué cara tienen', 'anger', 2),
('es', 'hay que tener cara', 'anger', 2),
('es', 'hay que joderse', 'anger', 2.5),
('es', 'no te jode', 'anger', 2),
('es', 'la madre que los parió', 'anger', 2.5),
('es', 'es para matarlos', 'anger', 2.5),
('es', 'qué arrechera', 'anger', 2),
-- es: frustration: exasperated exclamations
('es', 'tela marinera', 'frustration', 1.5),
('es', 'tiene narices', 'frustration', 1.5),
('es', 'tiene tela', 'frustration', 1.5),
('es', 'para flipar', 'frustration', 1.5),
('es', 'flipando en colores', 'frustration', 2),
('es', 'hay que fastidiarse', 'frustration', 2),
('es', 'lo que hay que aguantar', 'frustration', 2),
('es', 'lo que hay que ver', 'frustration', 1.5),
('es', 'a quién se le ocurre', 'frustration', 1.5),
('es', 'el acabose', 'frustration', 2),
('es', 'apaga y vámonos', 'frustration', 2),
('es', 'no mames', 'frustration', 1.5),
('es', 'chale', 'frustration', 1),
('es', 'qué mamera', 'frustration', 1.5),
('es', 'qué ladilla', 'frustration', 1.5),
-- es: sadness: dismay
('es', 'para echarse a llorar', 'sadness', 2),
-- es: negative: disasters, dangers, accidents (emergencia stays urgency, pánico stays anxiety)
('es', 'accidente', 'negative', 1.5),
('es', 'accidentes', 'negative', 1.5),
('es', 'accidentado', 'negative', 1),
('es', 'siniestro', 'negative', 1.5),
('es', 'tragedia', 'negative', 2),
('es', 'trágico', 'negative', 2),
('es', 'catástrofe', 'negative', 2),
('es', 'catastrófico', 'negative', 2),
('es', 'desgracia', 'negative', 1.5),
('es', 'evacuación', 'negative', 1.5),
('es', 'evacuar', 'negative', 1.5),
('es', 'evacuaron', 'negative', 1.5),
('es', 'aterrizaje de emergencia', 'negative', 2),
('es', 'aterrizaje forzoso', 'negative', 2),
('es', 'estrellarse', 'negative', 2),
('es', 'se estrelló', 'negative', 2.5),
('es', 'se estrellaron', 'negative', 2.5),
('es', 'letal', 'negative', 2),
('es', 'heridos', 'negative', 2),
('es', 'herido', 'negative', 2),
('es', 'muertos', 'negative', 2),
('es', 'fallecidos', 'negative', 2),
('es', 'fallecido', 'negative', 2),
('es', 'víctimas', 'negative', 2),
('es', 'susto', 'negative', 1.5),
('es', 'sustos', 'negative', 1.5),
('es', 'turbulencias fuertes', 'negative', 1.5),
('es', 'fuertes turbulencias', 'negative', 1.5),
('es', 'turbulencias', 'negative', 1),
('es', 'incendio', 'negative', 1.5),
('es', 'humo en la cabina', 'negative', 2),
('es', 'olor a quemado', 'negative', 1.5),
('es', 'inundado', 'negative', 1.5),
('es', 'descarrilamiento', 'negative', 2),
('es', 'fallo de motor', 'negative', 2),
('es', 'casi nos matamos', 'negative', 2.5),
('es', 'en peligro', 'negative', 2),
('es', 'peligro', 'negative', 1.5),
('es', 'inseguridad', 'negative', 1.5),
('es', 'intoxicación', 'negative', 2),
('es', 'acabé en el hospital', 'negative', 2),
('es', 'ambulancia', 'negative', 1.5),
-- es: anxiety: fright
('es', 'qué susto', 'anxiety', 2),
('es', 'menudo susto', 'anxiety', 2),
('es', 'vaya susto', 'anxiety', 2),
('es', 'susto de muerte', 'anxiety', 2.5),
('es', 'muerto de miedo', 'anxiety', 2),
('es', 'muerta de miedo', 'anxiety', 2)
ON CONFLICT (language, phrase) DO NOTHING;

-- Spanish says "no me voy a dar de baja": the negator is four words before
-- "dar de baja", one more than the negation looks back; the whole
-- periphrasis is a phrase, so "no" right before it negates it.
INSERT INTO @extschema@.voice_lexicon_shipped (language, phrase, signal, weight) VALUES
('es', 'me voy a dar de baja', 'churn', 3),
('es', 'voy a darme de baja', 'churn', 3),
('es', 'me voy a cambiar de compania', 'churn', 3),
('es', 'me voy a ir a la competencia', 'churn', 3)
ON CONFLICT (language, phrase) DO NOTHING;

-- Greetings and sign-offs are not praise: these near-neutral rows cover
-- "buenos", "buenas" and "buen" (the longer phrase wins).
INSERT INTO @extschema@.voice_lexicon_shipped (language, phrase, signal, weight) VALUES
('es', 'buenos dias', 'positive', 0.1),
('es', 'buenas tardes', 'positive', 0.1),
('es', 'buenas noches', 'positive', 0.1),
('es', 'buen dia', 'positive', 0.1),
('es', 'buenas', 'positive', 0.1)
ON CONFLICT (language, phrase) DO UPDATE SET weight = EXCLUDED.weight;

-- What goes wrong in a service, as customers write it: hung up on, a
-- flight cancelled to them ("me anula el vuelo"), a card refused, nobody
-- attending, not even a reply, left on the ground; the effort of having to
-- call again; "the last time with you".
INSERT INTO @extschema@.voice_lexicon_shipped (language, phrase, signal, weight) VALUES
('es', 'me ha colgado', 'negative', 2),
('es', 'me colgó el teléfono', 'negative', 2),
('es', 'colgado el teléfono', 'negative', 1.5),
('es', 'me han anulado', 'negative', 1.5),
('es', 'me anularon', 'negative', 1.5),
('es', 'me han cancelado', 'negative', 1.5),
('es', 'rechaza la tarjeta', 'negative', 1.5),
('es', 'rechaza todas las tarjetas', 'negative', 1.5),
('es', 'me rechazaron la tarjeta', 'negative', 1.5),
('es', 'nadie me atiende', 'waiting', 2),
('es', 'nadie me atendió', 'waiting', 2),
('es', 'nadie nos atiende', 'waiting', 2),
('es', 'nadie nos atendió', 'waiting', 2),
('es', 'nadie nos contesta', 'waiting', 2),
('es', 'ni un mail', 'negative', 1),
('es', 'ni un correo', 'negative', 1),
('es', 'ni una llamada', 'negative', 1),
('es', 'ni una respuesta', 'negative', 1.5),
('es', 'me quedé en tierra', 'negative', 2),
('es', 'nos quedamos en tierra', 'negative', 2),
('es', 'sigue sin aparecer', 'negative', 1.5),
('es', 'no ha aparecido', 'negative', 1),
('es', 'me han perdido la maleta', 'negative', 2),
('es', 'precio excesivo', 'negative', 1.5),
('es', 'precios excesivos', 'negative', 1.5),
('es', 'tuve que llamar', 'repeat_contact', 1.5),
('es', 'he tenido que llamar', 'repeat_contact', 1.5),
('es', 'tuve que volver a llamar', 'repeat_contact', 2),
('es', 'he tenido que volver a llamar', 'repeat_contact', 2),
('es', 'llamando a diario', 'repeat_contact', 2),
('es', 'he tenido que reclamar', 'chasing', 1.5),
('es', 'tuve que reclamar', 'chasing', 1.5),
('es', 'última vez con ellos', 'churn', 2.5),
('es', 'última vez con vosotros', 'churn', 2.5),
('es', 'última vez con ustedes', 'churn', 2.5),
('es', 'última vez que viajo', 'churn', 2.5),
('en', 'nobody is helping', 'negative', 2),
('en', 'no one is helping me', 'negative', 2),
('en', 'nobody is helping me', 'negative', 2),
('en', 'nobody answered', 'waiting', 2),
('en', 'no one answered', 'waiting', 2),
('en', 'nobody got back to me', 'waiting', 2),
('en', 'card was declined', 'negative', 1.5),
('en', 'declined my card', 'negative', 1.5),
('en', 'rejected my card', 'negative', 1.5),
('en', 'keeps rejecting my card', 'negative', 2),
('en', 'not even an email', 'negative', 1.5),
('en', 'not even a call', 'negative', 1.5),
('en', 'not even a reply', 'negative', 1.5),
('en', 'still missing', 'negative', 1.5),
('en', 'still no sign of', 'negative', 1.5),
('en', 'left stranded', 'negative', 2),
('en', 'excessive fees', 'negative', 1.5),
('en', 'excessive charges', 'negative', 1.5),
('en', 'had to call', 'repeat_contact', 1.5),
('en', 'calling every day', 'repeat_contact', 2),
('en', 'called every day', 'repeat_contact', 2),
('en', 'last time I fly with', 'churn', 3),
('en', 'last time I book with', 'churn', 3),
('en', 'last time with you', 'churn', 2.5),
('en', 'last time I use', 'churn', 2.5)
ON CONFLICT (language, phrase) DO NOTHING;

-- Not being understood, in a conversation: what the customer says when the
-- answer is not what they asked ("that's not what I asked", "ya te lo he
-- dicho", "no me estás escuchando"), corrects it or gives up ("forget it",
-- "olvídalo").  The repair of a conversation is its plainest sign of
-- dissatisfaction.
INSERT INTO @extschema@.voice_lexicon_shipped (language, phrase, signal, weight) VALUES
('en', 'that''s not what I asked', 'frustration', 2),
('en', 'that is not what I asked', 'frustration', 2),
('en', 'not what I asked for', 'negative', 1.5),
('en', 'not what I wanted', 'negative', 1.5),
('en', 'I already told you', 'frustration', 2),
('en', 'I already said', 'frustration', 1.5),
('en', 'I just said', 'frustration', 1.5),
('en', 'like I said', 'frustration', 1),
('en', 'you''re not listening', 'frustration', 2.5),
('en', 'you are not listening', 'frustration', 2.5),
('en', 'that''s wrong', 'negative', 1.5),
('en', 'that is wrong', 'negative', 1.5),
('en', 'that''s not right', 'negative', 1.5),
('en', 'that''s incorrect', 'negative', 1.5),
('en', 'that is incorrect', 'negative', 1.5),
('en', 'you didn''t answer', 'frustration', 1.5),
('en', 'didn''t answer my question', 'frustration', 2),
('en', 'doesn''t answer my question', 'frustration', 2),
('en', 'you''re not answering', 'frustration', 2),
('en', 'forget it', 'negative', 1.5),
('en', 'that doesn''t help', 'negative', 1.5),
('en', 'you''re not helping', 'negative', 2),
('en', 'you are not helping', 'negative', 2),
('es', 'no es lo que he pedido', 'negative', 1.5),
('es', 'no es lo que pregunté', 'frustration', 2),
('es', 'no es lo que he preguntado', 'frustration', 2),
('es', 'no era eso', 'negative', 1),
('es', 'ya te lo dije', 'frustration', 2),
('es', 'ya te lo he dicho', 'frustration', 2),
('es', 'ya se lo he dicho', 'frustration', 2),
('es', 'ya te he dicho', 'frustration', 2),
('es', 'ya le he dicho', 'frustration', 2),
('es', 'te lo repito', 'frustration', 1.5),
('es', 'se lo repito', 'frustration', 1.5),
('es', 'no me escuchas', 'frustration', 2.5),
('es', 'no me escucha', 'frustration', 2.5),
('es', 'no me estás escuchando', 'frustration', 2.5),
('es', 'no me está escuchando', 'frustration', 2.5),
('es', 'eso está mal', 'negative', 1.5),
('es', 'no es correcto', 'negative', 1.5),
('es', 'es incorrecto', 'negative', 1.5),
('es', 'no responde a mi pregunta', 'frustration', 2),
('es', 'no contesta a mi pregunta', 'frustration', 2),
('es', 'no has contestado a mi pregunta', 'frustration', 2),
('es', 'olvídalo', 'negative', 1.5),
('es', 'olvídelo', 'negative', 1.5),
('es', 'no me estás ayudando', 'negative', 2),
('es', 'no me está ayudando', 'negative', 2)
ON CONFLICT (language, phrase) DO NOTHING;

-- ---- the shipped topic taxonomy ----
-- Shipped topic taxonomy of the customer voice (en, es): what a customer message is about.
-- Phrases are matched on whole normalised words (lowercase, no accents/apostrophes); the longer phrase wins.
-- weight: 1 typical, 1.5-2 names the topic unambiguously, 0.5 weak hint.
INSERT INTO @extschema@.voice_taxonomy_shipped (language, phrase, topic, weight) VALUES
-- en: billing
('en', 'double charged', 'billing', 2),
('en', 'double charge', 'billing', 2),
('en', 'double billed', 'billing', 2),
('en', 'charged twice', 'billing', 2),
('en', 'billed twice', 'billing', 2),
('en', 'charged me twice', 'billing', 2),
('en', 'overcharged', 'billing', 2),
('en', 'overcharge', 'billing', 2),
('en', 'overcharging', 'billing', 2),
('en', 'wrongly charged', 'billing', 2),
('en', 'incorrect charge', 'billing', 2),
('en', 'unauthorized charge', 'billing', 2),
('en', 'unauthorised charge', 'billing', 2),
('en', 'fraudulent charge', 'billing', 2),
('en', 'billing error', 'billing', 2),
('en', 'billing issue', 'billing', 2),
('en', 'still being charged', 'billing', 2),
('en', 'charged my card', 'billing', 2),
('en', 'charge on my card', 'billing', 2),
('en', 'payment declined', 'billing', 2),
('en', 'payment failed', 'billing', 2),
('en', 'payment didn''t go through', 'billing', 2),
('en', 'duplicate charge', 'billing', 2),
('en', 'bill', 'billing', 1.5),
('en', 'bills', 'billing', 1.5),
('en', 'billing', 'billing', 1.5),
('en', 'billed', 'billing', 1.5),
('en', 'invoice', 'billing', 1.5),
('en', 'invoices', 'billing', 1.5),
('en', 'invoiced', 'billing', 1.5),
('en', 'invoicing', 'billing', 1.5),
('en', 'charges', 'billing', 1.5),
('en', 'charged', 'billing', 1.5),
('en', 'extra charge', 'billing', 1.5),
('en', 'unexpected charge', 'billing', 1.5),
('en', 'late fee', 'billing', 1.5),
('en', 'hidden fees', 'billing', 1.5),
('en', 'surcharge', 'billing', 1.5),
('en', 'surcharges', 'billing', 1.5),
('en', 'processing fee', 'billing', 1.5),
('en', 'direct debit', 'billing', 1.5),
('en', 'autopay', 'billing', 1.5),
('en', 'automatic payment', 'billing', 1.5),
('en', 'recurring charge', 'billing', 1.5),
('en', 'wrong amount', 'billing', 1.5),
('en', 'deducted', 'billing', 1.5),
('en', 'debited', 'billing', 1.5),
('en', 'card declined', 'billing', 1.5),
('en', 'outstanding balance', 'billing', 1.5),
('en', 'amount due', 'billing', 1.5),
('en', 'late payment', 'billing', 1.5),
('en', 'chargeback', 'billing', 1.5),
('en', 'dispute the charge', 'billing', 1.5),
('en', 'taken from my account', 'billing', 1.5),
('en', 'hold on my card', 'billing', 1.5),
('en', 'security deposit', 'billing', 1.5),
('en', 'debt collector', 'billing', 1.5),
('en', 'charge', 'billing', 1),
('en', 'charging', 'billing', 1),
('en', 'payment', 'billing', 1),
('en', 'payments', 'billing', 1),
('en', 'credit card', 'billing', 1),
('en', 'debit card', 'billing', 1),
('en', 'fee', 'billing', 1),
('en', 'fees', 'billing', 1),
('en', 'transaction', 'billing', 1),
('en', 'transactions', 'billing', 1),
('en', 'declined', 'billing', 1),
('en', 'receipt', 'billing', 1),
('en', 'receipts', 'billing', 1),
('en', 'vat', 'billing', 1),
('en', 'installment', 'billing', 1),
('en', 'deposit', 'billing', 1),
('en', 'credited', 'billing', 1),
('en', 'due date', 'billing', 1),
('en', 'paypal', 'billing', 1),
('en', 'bank statement', 'billing', 1),
('en', 'collections', 'billing', 1),
('en', 'exchange rate', 'billing', 1),
('en', 'paid', 'billing', 0.5),
('en', 'statement', 'billing', 0.5),
('en', 'balance', 'billing', 0.5),
('en', 'tax', 'billing', 0.5),
('en', 'taxes', 'billing', 0.5),
-- en: delivery
('en', 'still not arrived', 'delivery', 2),
('en', 'hasn''t arrived', 'delivery', 2),
('en', 'never arrived', 'delivery', 2),
('en', 'never received', 'delivery', 2),
('en', 'where is my order', 'delivery', 2),
('en', 'where is my package', 'delivery', 2),
('en', 'delayed flight', 'delivery', 2),
('en', 'flight delay', 'delivery', 2),
('en', 'missed connection', 'delivery', 2),
('en', 'missed my connection', 'delivery', 2),
('en', 'stuck on the tarmac', 'delivery', 2),
('en', 'lost package', 'delivery', 2),
('en', 'lost bag', 'delivery', 2),
('en', 'lost luggage', 'delivery', 2),
('en', 'lost my luggage', 'delivery', 2),
('en', 'lost my bag', 'delivery', 2),
('en', 'mishandled baggage', 'delivery', 2),
('en', 'missing item', 'delivery', 2),
('en', 'missing items', 'delivery', 2),
('en', 'missing from my order', 'delivery', 2),
('en', 'delivery date', 'delivery', 2),
('en', 'slow shipping', 'delivery', 2),
('en', 'slow delivery', 'delivery', 2),
('en', 'weeks late', 'delivery', 2),
('en', 'days late', 'delivery', 2),
('en', 'hours late', 'delivery', 2),
('en', 'havent received my order', 'delivery', 2),
('en', 'damaged in transit', 'delivery', 2),
('en', 'late flight', 'delivery', 2),
('en', 'delivery', 'delivery', 1.5),
('en', 'deliveries', 'delivery', 1.5),
('en', 'delivered', 'delivery', 1.5),
('en', 'undelivered', 'delivery', 1.5),
('en', 'delayed', 'delivery', 1.5),
('en', 'delay', 'delivery', 1.5),
('en', 'delays', 'delivery', 1.5),
('en', 'sitting on the plane', 'delivery', 1.5),
('en', 'stuck on the plane', 'delivery', 1.5),
('en', 'tarmac', 'delivery', 1.5),
('en', 'gate change', 'delivery', 1.5),
('en', 'diverted', 'delivery', 1.5),
('en', 'stranded', 'delivery', 1.5),
('en', 'running late', 'delivery', 1.5),
('en', 'shipping', 'delivery', 1.5),
('en', 'shipped', 'delivery', 1.5),
('en', 'shipment', 'delivery', 1.5),
('en', 'parcel', 'delivery', 1.5),
('en', 'parcels', 'delivery', 1.5),
('en', 'tracking', 'delivery', 1.5),
('en', 'track my order', 'delivery', 1.5),
('en', 'courier', 'delivery', 1.5),
('en', 'fedex', 'delivery', 1.5),
('en', 'usps', 'delivery', 1.5),
('en', 'dhl', 'delivery', 1.5),
('en', 'delivery driver', 'delivery', 1.5),
('en', 'in transit', 'delivery', 1.5),
('en', 'luggage', 'delivery', 1.5),
('en', 'baggage', 'delivery', 1.5),
('en', 'suitcase', 'delivery', 1.5),
('en', 'wrong item', 'delivery', 1.5),
('en', 'wrong address', 'delivery', 1.5),
('en', 'dispatch', 'delivery', 1.5),
('en', 'dispatched', 'delivery', 1.5),
('en', 'postman', 'delivery', 1.5),
('en', 'hour delay', 'delivery', 1.5),
('en', 'hours delay', 'delivery', 1.5),
('en', 'hours delayed', 'delivery', 1.5),
('en', 'took forever to arrive', 'delivery', 1.5),
('en', 'late', 'delivery', 1),
('en', 'deliver', 'delivery', 1),
('en', 'package', 'delivery', 1),
('en', 'packages', 'delivery', 1),
('en', 'connecting flight', 'delivery', 1),
('en', 'layover', 'delivery', 1),
('en', 'on time', 'delivery', 1),
('en', 'warehouse', 'delivery', 1),
('en', 'post office', 'delivery', 1),
('en', 'runway', 'delivery', 1),
('en', 'postponed', 'delivery', 1),
('en', 'didn''t receive', 'delivery', 1),
('en', 'checked bag', 'delivery', 1),
('en', 'gate', 'delivery', 0.5),
('en', 'departure', 'delivery', 0.5),
('en', 'arrival', 'delivery', 0.5),
('en', 'ship', 'delivery', 0.5),
('en', 'ups', 'delivery', 0.5),
('en', 'bag', 'delivery', 0.5),
('en', 'bags', 'delivery', 0.5),
('en', 'arrive', 'delivery', 0.5),
('en', 'arrived', 'delivery', 0.5),
-- en: cancellation
('en', 'cancelled', 'cancellation', 2),
('en', 'canceled', 'cancellation', 2),
('en', 'cancellation', 'cancellation', 2),
('en', 'cancellations', 'cancellation', 2),
('en', 'cancelation', 'cancellation', 2),
('en', 'cancelations', 'cancellation', 2),
('en', 'cancel my order', 'cancellation', 2),
('en', 'cancelled my order', 'cancellation', 2),
('en', 'canceled my order', 'cancellation', 2),
('en', 'cancel my booking', 'cancellation', 2),
('en', 'cancelled my reservation', 'cancellation', 2),
('en', 'cancelled my booking', 'cancellation', 2),
('en', 'refund', 'cancellation', 2),
('en', 'refunds', 'cancellation', 2),
('en', 'refunded', 'cancellation', 2),
('en', 'reimbursement', 'cancellation', 2),
('en', 'reimburse', 'cancellation', 2),
('en', 'reimbursed', 'cancellation', 2),
('en', 'reimbursements', 'cancellation', 2),
('en', 'money back', 'cancellation', 2),
('en', 'cancellation fee', 'cancellation', 2),
('en', 'free cancellation', 'cancellation', 2),
('en', 'cancel my subscription', 'cancellation', 2),
('en', 'cancel my contract', 'cancellation', 2),
('en', 'cancel my membership', 'cancellation', 2),
('en', 'cancel', 'cancellation', 1.5),
('en', 'cancelling', 'cancellation', 1.5),
('en', 'canceling', 'cancellation', 1.5),
('en', 'cancels', 'cancellation', 1.5),
('en', 'refunding', 'cancellation', 1.5),
('en', 'refundable', 'cancellation', 1.5),
('en', 'compensation', 'cancellation', 1.5),
('en', 'compensate', 'cancellation', 1.5),
('en', 'compensated', 'cancellation', 1.5),
('en', 'return label', 'cancellation', 1.5),
('en', 'return policy', 'cancellation', 1.5),
('en', 'returns policy', 'cancellation', 1.5),
('en', 'send it back', 'cancellation', 1.5),
('en', 'sent it back', 'cancellation', 1.5),
('en', 'sending it back', 'cancellation', 1.5),
('en', 'voucher', 'cancellation', 1.5),
('en', 'vouchers', 'cancellation', 1.5),
('en', 'store credit', 'cancellation', 1.5),
('en', 'travel credit', 'cancellation', 1.5),
('en', 'flight credit', 'cancellation', 1.5),
('en', 'rebook', 'cancellation', 1.5),
('en', 'rebooked', 'cancellation', 1.5),
('en', 'rebooking', 'cancellation', 1.5),
('en', 'termination fee', 'cancellation', 1.5),
('en', 'unsubscribe', 'cancellation', 1.5),
('en', 'end my contract', 'cancellation', 1.5),
('en', 'credited back', 'cancellation', 1.5),
('en', 'rma', 'cancellation', 1.5),
('en', 'restocking fee', 'cancellation', 1.5),
('en', 'eu261', 'cancellation', 1.5),
('en', 'return it', 'cancellation', 1.5),
('en', 'returned it', 'cancellation', 1.5),
('en', 'return', 'cancellation', 1),
('en', 'returns', 'cancellation', 1),
('en', 'returned', 'cancellation', 1),
('en', 'exchange', 'cancellation', 1),
('en', 'exchanged', 'cancellation', 1),
('en', 'reschedule', 'cancellation', 1),
('en', 'rescheduled', 'cancellation', 1),
('en', 'rescheduling', 'cancellation', 1),
('en', 'terminate', 'cancellation', 1),
('en', 'termination', 'cancellation', 1),
('en', 'called off', 'cancellation', 1),
('en', 'replacement', 'cancellation', 1),
('en', 'replacements', 'cancellation', 1),
-- en: quality
('en', 'defective', 'quality', 2),
('en', 'defect', 'quality', 2),
('en', 'defects', 'quality', 2),
('en', 'faulty', 'quality', 2),
('en', 'arrived damaged', 'quality', 2),
('en', 'arrived broken', 'quality', 2),
('en', 'stopped working', 'quality', 2),
('en', 'won''t turn on', 'quality', 2),
('en', 'doesn''t turn on', 'quality', 2),
('en', 'malfunction', 'quality', 2),
('en', 'malfunctioning', 'quality', 2),
('en', 'poor quality', 'quality', 2),
('en', 'low quality', 'quality', 2),
('en', 'bad quality', 'quality', 2),
('en', 'cheap material', 'quality', 2),
('en', 'cheap materials', 'quality', 2),
('en', 'cheaply made', 'quality', 2),
('en', 'poorly made', 'quality', 2),
('en', 'build quality', 'quality', 2),
('en', 'fell apart', 'quality', 2),
('en', 'falling apart', 'quality', 2),
('en', 'not as described', 'quality', 2),
('en', 'not as advertised', 'quality', 2),
('en', 'dropped calls', 'quality', 2),
('en', 'no signal', 'quality', 2),
('en', 'internet down', 'quality', 2),
('en', 'bed bugs', 'quality', 2),
('en', 'poor workmanship', 'quality', 2),
('en', 'broken', 'quality', 1.5),
('en', 'damaged', 'quality', 1.5),
('en', 'doesn''t work', 'quality', 1.5),
('en', 'didn''t work', 'quality', 1.5),
('en', 'don''t work', 'quality', 1.5),
('en', 'not working', 'quality', 1.5),
('en', 'won''t work', 'quality', 1.5),
('en', 'quality', 'quality', 1.5),
('en', 'flimsy', 'quality', 1.5),
('en', 'ripped', 'quality', 1.5),
('en', 'torn', 'quality', 1.5),
('en', 'cracked', 'quality', 1.5),
('en', 'scratched', 'quality', 1.5),
('en', 'stained', 'quality', 1.5),
('en', 'leaking', 'quality', 1.5),
('en', 'filthy', 'quality', 1.5),
('en', 'mold', 'quality', 1.5),
('en', 'rotten', 'quality', 1.5),
('en', 'undercooked', 'quality', 1.5),
('en', 'inedible', 'quality', 1.5),
('en', 'came apart', 'quality', 1.5),
('en', 'overheating', 'quality', 1.5),
('en', 'warranty', 'quality', 1.5),
('en', 'counterfeit', 'quality', 1.5),
('en', 'missing pieces', 'quality', 1.5),
('en', 'outage', 'quality', 1.5),
('en', 'slow internet', 'quality', 1.5),
('en', 'no internet', 'quality', 1.5),
('en', 'dirty room', 'quality', 1.5),
('en', 'bad reception', 'quality', 1.5),
('en', 'no reception', 'quality', 1.5),
('en', 'broke', 'quality', 1),
('en', 'damage', 'quality', 1),
('en', 'dirty', 'quality', 1),
('en', 'cleanliness', 'quality', 1),
('en', 'scratches', 'quality', 1),
('en', 'leak', 'quality', 1),
('en', 'doesn''t fit', 'quality', 1),
('en', 'battery', 'quality', 1),
('en', 'durable', 'quality', 1),
('en', 'sturdy', 'quality', 1),
('en', 'fake', 'quality', 1),
('en', 'repair', 'quality', 1),
('en', 'repaired', 'quality', 1),
('en', 'repairs', 'quality', 1),
('en', 'uncomfortable', 'quality', 1),
('en', 'comfortable', 'quality', 1),
('en', 'cramped', 'quality', 1),
('en', 'signal', 'quality', 1),
('en', 'wifi', 'quality', 1),
('en', 'wi-fi', 'quality', 1),
('en', 'coverage', 'quality', 0.5),
('en', 'material', 'quality', 0.5),
('en', 'materials', 'quality', 0.5),
('en', 'noisy', 'quality', 0.5),
('en', 'screen', 'quality', 0.5),
('en', 'product', 'quality', 0.5),
('en', 'food', 'quality', 0.5),
-- en: account
('en', 'password', 'account', 2),
('en', 'locked out', 'account', 2),
('en', 'account locked', 'account', 2),
('en', 'account blocked', 'account', 2),
('en', 'account suspended', 'account', 2),
('en', 'account hacked', 'account', 2),
('en', 'can''t log in', 'account', 2),
('en', 'can''t login', 'account', 2),
('en', 'can''t sign in', 'account', 2),
('en', 'unable to log in', 'account', 2),
('en', 'access my account', 'account', 2),
('en', 'website down', 'account', 2),
('en', 'app not working', 'account', 2),
('en', 'app doesn''t work', 'account', 2),
('en', 'error message', 'account', 2),
('en', 'error code', 'account', 2),
('en', 'two factor', 'account', 2),
('en', '2fa', 'account', 2),
('en', 'verification code', 'account', 2),
('en', 'mobile banking', 'account', 2),
('en', 'login', 'account', 1.5),
('en', 'log in', 'account', 1.5),
('en', 'logging in', 'account', 1.5),
('en', 'logged out', 'account', 1.5),
('en', 'sign in', 'account', 1.5),
('en', 'signing in', 'account', 1.5),
('en', 'username', 'account', 1.5),
('en', 'passwords', 'account', 1.5),
('en', 'hacked', 'account', 1.5),
('en', 'my account', 'account', 1.5),
('en', 'can''t access', 'account', 1.5),
('en', 'unable to access', 'account', 1.5),
('en', 'crashing', 'account', 1.5),
('en', 'website', 'account', 1.5),
('en', 'mobile app', 'account', 1.5),
('en', 'the app', 'account', 1.5),
('en', 'server error', 'account', 1.5),
('en', 'something went wrong', 'account', 1.5),
('en', 'won''t load', 'account', 1.5),
('en', 'not loading', 'account', 1.5),
('en', 'doesn''t load', 'account', 1.5),
('en', 'otp', 'account', 1.5),
('en', 'authentication', 'account', 1.5),
('en', 'kyc', 'account', 1.5),
('en', 'reinstall', 'account', 1.5),
('en', 'reinstalled', 'account', 1.5),
('en', 'broken link', 'account', 1.5),
('en', 'deactivated', 'account', 1.5),
('en', 'reactivate', 'account', 1.5),
('en', 'logged in', 'account', 1),
('en', 'sign up', 'account', 1),
('en', 'signup', 'account', 1),
('en', 'account', 'account', 1),
('en', 'crashes', 'account', 1),
('en', 'crashed', 'account', 1),
('en', 'glitch', 'account', 1),
('en', 'glitches', 'account', 1),
('en', 'glitchy', 'account', 1),
('en', 'buggy', 'account', 1),
('en', 'bug', 'account', 1),
('en', 'error', 'account', 1),
('en', 'errors', 'account', 1),
('en', 'verification', 'account', 1),
('en', 'verify', 'account', 1),
('en', 'security code', 'account', 1),
('en', 'email address', 'account', 1),
('en', 'update my details', 'account', 1),
('en', 'profile', 'account', 1),
('en', 'app update', 'account', 1),
('en', 'update the app', 'account', 1),
('en', 'latest update', 'account', 1),
('en', 'uninstall', 'account', 1),
('en', 'browser', 'account', 1),
('en', 'activation', 'account', 1),
('en', 'activate', 'account', 1),
('en', 'sim card', 'account', 1),
('en', 'user friendly', 'account', 1),
('en', 'accounts', 'account', 0.5),
('en', 'access', 'account', 0.5),
('en', 'app', 'account', 0.5),
('en', 'apps', 'account', 0.5),
('en', 'site', 'account', 0.5),
('en', 'loading', 'account', 0.5),
('en', 'bugs', 'account', 0.5),
('en', 'verified', 'account', 0.5),
('en', 'settings', 'account', 0.5),
('en', 'online', 'account', 0.5),
-- en: waiting
('en', 'on hold', 'waiting', 2),
('en', 'hold music', 'waiting', 2),
('en', 'hold time', 'waiting', 2),
('en', 'wait time', 'waiting', 2),
('en', 'wait times', 'waiting', 2),
('en', 'waiting time', 'waiting', 2),
('en', 'long wait', 'waiting', 2),
('en', 'still waiting', 'waiting', 2),
('en', 'kept waiting', 'waiting', 2),
('en', 'waiting for a response', 'waiting', 2),
('en', 'waiting for an answer', 'waiting', 2),
('en', 'waiting for a reply', 'waiting', 2),
('en', 'waiting for days', 'waiting', 2),
('en', 'waiting for hours', 'waiting', 2),
('en', 'never called back', 'waiting', 2),
('en', 'never got back to me', 'waiting', 2),
('en', 'never heard back', 'waiting', 2),
('en', 'haven''t heard back', 'waiting', 2),
('en', 'nobody answers', 'waiting', 2),
('en', 'no one answers', 'waiting', 2),
('en', 'nobody picks up', 'waiting', 2),
('en', 'nobody responds', 'waiting', 2),
('en', 'can''t get through', 'waiting', 2),
('en', 'couldn''t get through', 'waiting', 2),
('en', 'response time', 'waiting', 2),
('en', 'response times', 'waiting', 2),
('en', 'slow response', 'waiting', 2),
('en', 'slow to respond', 'waiting', 2),
('en', 'responsiveness', 'waiting', 2),
('en', 'quick response', 'waiting', 2),
('en', 'fast response', 'waiting', 2),
('en', 'waiting in line', 'waiting', 2),
('en', 'been waiting', 'waiting', 1.5),
('en', 'no answer', 'waiting', 1.5),
('en', 'no response', 'waiting', 1.5),
('en', 'no reply', 'waiting', 1.5),
('en', 'no callback', 'waiting', 1.5),
('en', 'never responded', 'waiting', 1.5),
('en', 'never replied', 'waiting', 1.5),
('en', 'never answered', 'waiting', 1.5),
('en', 'unanswered', 'waiting', 1.5),
('en', 'ghosted', 'waiting', 1.5),
('en', 'queue', 'waiting', 1.5),
('en', 'takes forever', 'waiting', 1.5),
('en', 'took forever', 'waiting', 1.5),
('en', 'for ages', 'waiting', 1.5),
('en', 'answer the phone', 'waiting', 1.5),
('en', 'pick up the phone', 'waiting', 1.5),
('en', 'busy signal', 'waiting', 1.5),
('en', 'responsive', 'waiting', 1.5),
('en', 'unresponsive', 'waiting', 1.5),
('en', 'slow service', 'waiting', 1.5),
('en', 'long line', 'waiting', 1.5),
('en', 'long lines', 'waiting', 1.5),
('en', 'stood in line', 'waiting', 1.5),
('en', 'waited', 'waiting', 1.5),
('en', 'quick reply', 'waiting', 1.5),
('en', 'return my call', 'waiting', 1.5),
('en', 'returned my call', 'waiting', 1.5),
('en', 'return my calls', 'waiting', 1.5),
('en', 'waiting', 'waiting', 1),
('en', 'ignored', 'waiting', 1),
('en', 'ignoring', 'waiting', 1),
('en', 'ages', 'waiting', 1),
('en', 'callback', 'waiting', 1),
('en', 'call back', 'waiting', 1),
('en', 'get back to me', 'waiting', 1),
('en', '24 hours', 'waiting', 1),
('en', '48 hours', 'waiting', 1),
('en', '72 hours', 'waiting', 1),
('en', 'business days', 'waiting', 1),
('en', 'working days', 'waiting', 1),
('en', 'prompt', 'waiting', 1),
('en', 'promptly', 'waiting', 1),
('en', 'didn''t respond', 'waiting', 1),
('en', 'waits', 'waiting', 0.5),
('en', 'hours', 'waiting', 0.5),
('en', 'hour', 'waiting', 0.5),
('en', 'minutes', 'waiting', 0.5),
('en', 'days', 'waiting', 0.5),
('en', 'weeks', 'waiting', 0.5),
('en', 'forever', 'waiting', 0.5),
('en', 'quickly', 'waiting', 0.5),
('en', 'slow', 'waiting', 0.5),
-- en: staff
('en', 'rude', 'staff', 2),
('en', 'rudely', 'staff', 2),
('en', 'rudeness', 'staff', 2),
('en', 'unhelpful', 'staff', 2),
('en', 'unprofessional', 'staff', 2),
('en', 'cabin crew', 'staff', 2),
('en', 'flight attendant', 'staff', 2),
('en', 'flight attendants', 'staff', 2),
('en', 'stewardess', 'staff', 2),
('en', 'gate agent', 'staff', 2),
('en', 'ground staff', 'staff', 2),
('en', 'check in agent', 'staff', 2),
('en', 'check in staff', 'staff', 2),
('en', 'bad attitude', 'staff', 2),
('en', 'poorly trained', 'staff', 2),
('en', 'yelled at', 'staff', 2),
('en', 'shouted at', 'staff', 2),
('en', 'condescending', 'staff', 2),
('en', 'patronizing', 'staff', 2),
('en', 'dismissive', 'staff', 2),
('en', 'disrespectful', 'staff', 2),
('en', 'arrogant', 'staff', 2),
('en', 'impolite', 'staff', 2),
('en', 'unfriendly', 'staff', 2),
('en', 'above and beyond', 'staff', 2),
('en', 'helpful', 'staff', 1.5),
('en', 'attitude', 'staff', 1.5),
('en', 'staff', 'staff', 1.5),
('en', 'crew', 'staff', 1.5),
('en', 'supervisor', 'staff', 1.5),
('en', 'front desk', 'staff', 1.5),
('en', 'receptionist', 'staff', 1.5),
('en', 'waiter', 'staff', 1.5),
('en', 'waitress', 'staff', 1.5),
('en', 'cashier', 'staff', 1.5),
('en', 'technician', 'staff', 1.5),
('en', 'bus driver', 'staff', 1.5),
('en', 'friendly', 'staff', 1.5),
('en', 'courteous', 'staff', 1.5),
('en', 'polite', 'staff', 1.5),
('en', 'professionalism', 'staff', 1.5),
('en', 'knowledgeable', 'staff', 1.5),
('en', 'attentive', 'staff', 1.5),
('en', 'accommodating', 'staff', 1.5),
('en', 'empathetic', 'staff', 1.5),
('en', 'empathy', 'staff', 1.5),
('en', 'hostile', 'staff', 1.5),
('en', 'aggressive', 'staff', 1.5),
('en', 'hung up', 'staff', 1.5),
('en', 'laughed at', 'staff', 1.5),
('en', 'incompetent', 'staff', 1.5),
('en', 'clueless', 'staff', 1.5),
('en', 'respectful', 'staff', 1.5),
('en', 'manners', 'staff', 1.5),
('en', 'person on the phone', 'staff', 1.5),
('en', 'customer care', 'staff', 1),
('en', 'agent', 'staff', 1),
('en', 'agents', 'staff', 1),
('en', 'representative', 'staff', 1),
('en', 'representatives', 'staff', 1),
('en', 'rep', 'staff', 1),
('en', 'reps', 'staff', 1),
('en', 'advisor', 'staff', 1),
('en', 'adviser', 'staff', 1),
('en', 'employee', 'staff', 1),
('en', 'employees', 'staff', 1),
('en', 'manager', 'staff', 1),
('en', 'managers', 'staff', 1),
('en', 'reception', 'staff', 1),
('en', 'concierge', 'staff', 1),
('en', 'housekeeping', 'staff', 1),
('en', 'driver', 'staff', 1),
('en', 'operator', 'staff', 1),
('en', 'pilot', 'staff', 1),
('en', 'customer service', 'staff', 1),
('en', 'customer support', 'staff', 1),
('en', 'support team', 'staff', 1),
('en', 'call center', 'staff', 1),
('en', 'call centre', 'staff', 1),
('en', 'professional', 'staff', 1),
('en', 'apologetic', 'staff', 1),
('en', 'salesperson', 'staff', 1),
('en', 'clerk', 'staff', 1),
('en', 'person in charge', 'staff', 1),
('en', 'captain', 'staff', 0.5),
('en', 'smile', 'staff', 0.5),
('en', 'team', 'staff', 0.5),
('en', 'treated', 'staff', 0.5),
('en', 'in charge', 'staff', 0.5),
-- en: price
('en', 'overpriced', 'price', 2),
('en', 'too expensive', 'price', 2),
('en', 'unaffordable', 'price', 2),
('en', 'ticket price', 'price', 2),
('en', 'price increase', 'price', 2),
('en', 'price hike', 'price', 2),
('en', 'price rise', 'price', 2),
('en', 'raised the price', 'price', 2),
('en', 'raised prices', 'price', 2),
('en', 'price went up', 'price', 2),
('en', 'value for money', 'price', 2),
('en', 'good value', 'price', 2),
('en', 'poor value', 'price', 2),
('en', 'worth the money', 'price', 2),
('en', 'extortionate', 'price', 2),
('en', 'price gouging', 'price', 2),
('en', 'for the price', 'price', 2),
('en', 'price match', 'price', 2),
('en', 'ripped off', 'price', 2),
('en', 'price', 'price', 1.5),
('en', 'prices', 'price', 1.5),
('en', 'pricing', 'price', 1.5),
('en', 'expensive', 'price', 1.5),
('en', 'pricey', 'price', 1.5),
('en', 'costly', 'price', 1.5),
('en', 'cheaper', 'price', 1.5),
('en', 'cheapest', 'price', 1.5),
('en', 'inexpensive', 'price', 1.5),
('en', 'affordable', 'price', 1.5),
('en', 'fare', 'price', 1.5),
('en', 'fares', 'price', 1.5),
('en', 'airfare', 'price', 1.5),
('en', 'room rate', 'price', 1.5),
('en', 'rip off', 'price', 1.5),
('en', 'ripoff', 'price', 1.5),
('en', 'waste of money', 'price', 1.5),
('en', 'discount', 'price', 1.5),
('en', 'discounts', 'price', 1.5),
('en', 'discounted', 'price', 1.5),
('en', 'promo code', 'price', 1.5),
('en', 'coupon', 'price', 1.5),
('en', 'coupons', 'price', 1.5),
('en', 'bargain', 'price', 1.5),
('en', 'daylight robbery', 'price', 1.5),
('en', 'highway robbery', 'price', 1.5),
('en', 'pay extra', 'price', 1.5),
('en', 'gouging', 'price', 1.5),
('en', 'markup', 'price', 1.5),
('en', 'money grab', 'price', 1.5),
('en', 'cash grab', 'price', 1.5),
('en', 'nickel and diming', 'price', 1.5),
('en', 'tariff', 'price', 1.5),
('en', 'good deal', 'price', 1.5),
('en', 'delivery fee', 'price', 1.5),
('en', 'delivery fees', 'price', 1.5),
('en', 'shipping cost', 'price', 1.5),
('en', 'shipping costs', 'price', 1.5),
('en', 'shipping fee', 'price', 1.5),
('en', 'shipping fees', 'price', 1.5),
('en', 'baggage fees', 'price', 1.5),
('en', 'bag fees', 'price', 1.5),
('en', 'cheap', 'price', 1),
('en', 'cost', 'price', 1),
('en', 'costs', 'price', 1),
('en', 'rates', 'price', 1),
('en', 'value', 'price', 1),
('en', 'worth it', 'price', 1),
('en', 'promo', 'price', 1),
('en', 'promotion', 'price', 1),
('en', 'promotions', 'price', 1),
('en', 'special offer', 'price', 1),
('en', 'steep', 'price', 1),
('en', 'pay more', 'price', 1),
('en', 'paid more', 'price', 1),
('en', 'budget', 'price', 1),
('en', 'inflated', 'price', 1),
('en', 'inflation', 'price', 1),
('en', 'quote', 'price', 1),
('en', 'quoted', 'price', 1),
('en', 'monthly plan', 'price', 1),
('en', 'free of charge', 'price', 1),
('en', 'sale', 'price', 0.5),
('en', 'rate', 'price', 0.5),
('en', 'offer', 'price', 0.5),
('en', 'dollars', 'price', 0.5),
('en', 'bucks', 'price', 0.5),
('en', 'euros', 'price', 0.5),
('en', 'plan', 'price', 0.5),
('en', 'premium', 'price', 0.5),
('en', 'free', 'price', 0.5),
-- en: communication
('en', 'no information', 'communication', 2),
('en', 'lack of information', 'communication', 2),
('en', 'not informed', 'communication', 2),
('en', 'nobody told us', 'communication', 2),
('en', 'no one told us', 'communication', 2),
('en', 'never told us', 'communication', 2),
('en', 'no updates', 'communication', 2),
('en', 'kept in the dark', 'communication', 2),
('en', 'keep us informed', 'communication', 2),
('en', 'misleading', 'communication', 2),
('en', 'misled', 'communication', 2),
('en', 'misinformation', 'communication', 2),
('en', 'misinformed', 'communication', 2),
('en', 'wrong information', 'communication', 2),
('en', 'incorrect information', 'communication', 2),
('en', 'false information', 'communication', 2),
('en', 'conflicting information', 'communication', 2),
('en', 'contradictory information', 'communication', 2),
('en', 'mixed messages', 'communication', 2),
('en', 'no explanation', 'communication', 2),
('en', 'communication', 'communication', 2),
('en', 'miscommunication', 'communication', 2),
('en', 'false promises', 'communication', 2),
('en', 'impossible to contact', 'communication', 2),
('en', 'without notice', 'communication', 1.5),
('en', 'without warning', 'communication', 1.5),
('en', 'no update', 'communication', 1.5),
('en', 'in the dark', 'communication', 1.5),
('en', 'unclear', 'communication', 1.5),
('en', 'vague', 'communication', 1.5),
('en', 'explanation', 'communication', 1.5),
('en', 'communicate', 'communication', 1.5),
('en', 'communicated', 'communication', 1.5),
('en', 'notification', 'communication', 1.5),
('en', 'notifications', 'communication', 1.5),
('en', 'notified', 'communication', 1.5),
('en', 'notify', 'communication', 1.5),
('en', 'announcement', 'communication', 1.5),
('en', 'announcements', 'communication', 1.5),
('en', 'transparency', 'communication', 1.5),
('en', 'transparent', 'communication', 1.5),
('en', 'lied', 'communication', 1.5),
('en', 'lying', 'communication', 1.5),
('en', 'fine print', 'communication', 1.5),
('en', 'small print', 'communication', 1.5),
('en', 'language barrier', 'communication', 1.5),
('en', 'automated message', 'communication', 1.5),
('en', 'automated response', 'communication', 1.5),
('en', 'generic response', 'communication', 1.5),
('en', 'copy and paste', 'communication', 1.5),
('en', 'scripted', 'communication', 1.5),
('en', 'different answers', 'communication', 1.5),
('en', 'didn''t tell us', 'communication', 1.5),
('en', 'lies', 'communication', 1),
('en', 'was told', 'communication', 1),
('en', 'we were told', 'communication', 1),
('en', 'information', 'communication', 1),
('en', 'info', 'communication', 1),
('en', 'updates', 'communication', 1),
('en', 'confusing', 'communication', 1),
('en', 'explained', 'communication', 1),
('en', 'explain', 'communication', 1),
('en', 'emailed', 'communication', 1),
('en', 'text message', 'communication', 1),
('en', 'sms', 'communication', 1),
('en', 'alert', 'communication', 1),
('en', 'announced', 'communication', 1),
('en', 'spam', 'communication', 1),
('en', 'promised', 'communication', 1),
('en', 'informed', 'communication', 1),
('en', 'terms and conditions', 'communication', 1),
('en', 'live chat', 'communication', 1),
('en', 'chatbot', 'communication', 1),
('en', 'bot', 'communication', 1),
('en', 'couldn''t understand', 'communication', 1),
('en', 'contradictory', 'communication', 1),
('en', 'told me', 'communication', 0.5),
('en', 'email', 'communication', 0.5),
('en', 'emails', 'communication', 0.5),
('en', 'e-mail', 'communication', 0.5),
('en', 'message', 'communication', 0.5),
('en', 'messages', 'communication', 0.5),
('en', 'update', 'communication', 0.5),
('en', 'clear', 'communication', 0.5),
('en', 'chat', 'communication', 0.5),
-- en: booking
('en', 'book a flight', 'booking', 2),
('en', 'seat assignment', 'booking', 2),
('en', 'seat selection', 'booking', 2),
('en', 'boarding pass', 'booking', 2),
('en', 'boarding passes', 'booking', 2),
('en', 'denied boarding', 'booking', 2),
('en', 'overbooked', 'booking', 2),
('en', 'overbooking', 'booking', 2),
('en', 'itinerary', 'booking', 2),
('en', 'change my flight', 'booking', 2),
('en', 'flight change', 'booking', 2),
('en', 'placed an order', 'booking', 2),
('en', 'place an order', 'booking', 2),
('en', 'order number', 'booking', 2),
('en', 'confirmation number', 'booking', 2),
('en', 'confirmation email', 'booking', 2),
('en', 'pnr', 'booking', 2),
('en', 'changed my flight', 'booking', 2),
('en', 'booking', 'booking', 1.5),
('en', 'bookings', 'booking', 1.5),
('en', 'booked', 'booking', 1.5),
('en', 'reservation', 'booking', 1.5),
('en', 'reservations', 'booking', 1.5),
('en', 'exit row', 'booking', 1.5),
('en', 'upgrade', 'booking', 1.5),
('en', 'upgrades', 'booking', 1.5),
('en', 'upgraded', 'booking', 1.5),
('en', 'downgraded', 'booking', 1.5),
('en', 'downgrade', 'booking', 1.5),
('en', 'online check in', 'booking', 1.5),
('en', 'checkout', 'booking', 1.5),
('en', 'boarding group', 'booking', 1.5),
('en', 'priority boarding', 'booking', 1.5),
('en', 'bumped', 'booking', 1.5),
('en', 'oversold', 'booking', 1.5),
('en', 'standby', 'booking', 1.5),
('en', 'waitlist', 'booking', 1.5),
('en', 'waitlisted', 'booking', 1.5),
('en', 'schedule change', 'booking', 1.5),
('en', 'change fee', 'booking', 1.5),
('en', 'ordering', 'booking', 1.5),
('en', 'online order', 'booking', 1.5),
('en', 'reference number', 'booking', 1.5),
('en', 'cart', 'booking', 1.5),
('en', 'out of stock', 'booking', 1.5),
('en', 'backorder', 'booking', 1.5),
('en', 'preorder', 'booking', 1.5),
('en', 'pre-order', 'booking', 1.5),
('en', 'e-ticket', 'booking', 1.5),
('en', 'name change', 'booking', 1.5),
('en', 'frequent flyer', 'booking', 1.5),
('en', 'appointment', 'booking', 1.5),
('en', 'appointments', 'booking', 1.5),
('en', 'the order', 'booking', 1.5),
('en', 'an order', 'booking', 1.5),
('en', 'this order', 'booking', 1.5),
('en', 'seat', 'booking', 1),
('en', 'seats', 'booking', 1),
('en', 'seating', 'booking', 1),
('en', 'check in', 'booking', 1),
('en', 'checked in', 'booking', 1),
('en', 'checkin', 'booking', 1),
('en', 'boarding', 'booking', 1),
('en', 'orders', 'booking', 1),
('en', 'ordered', 'booking', 1),
('en', 'confirmation', 'booking', 1),
('en', 'in stock', 'booking', 1),
('en', 'availability', 'booking', 1),
('en', 'sold out', 'booking', 1),
('en', 'loyalty program', 'booking', 1),
('en', 'reserved', 'booking', 1),
('en', 'reserve', 'booking', 1),
('en', 'return flight', 'booking', 1),
('en', 'order', 'booking', 0.5),
('en', 'miles', 'booking', 0.5),
('en', 'book', 'booking', 0.5),
('en', 'ticket', 'booking', 0.5),
('en', 'tickets', 'booking', 0.5),
('en', 'purchase', 'booking', 0.5),
('en', 'purchased', 'booking', 0.5),
('en', 'room', 'booking', 0.5),
('en', 'points', 'booking', 0.5),
('en', 'basket', 'booking', 0.5),
-- es: billing
('es', 'me cobraron', 'billing', 2),
('es', 'me han cobrado', 'billing', 2),
('es', 'cobro indebido', 'billing', 2),
('es', 'cobros indebidos', 'billing', 2),
('es', 'cobro doble', 'billing', 2),
('es', 'doble cobro', 'billing', 2),
('es', 'doble cargo', 'billing', 2),
('es', 'cobrado dos veces', 'billing', 2),
('es', 'cobraron dos veces', 'billing', 2),
('es', 'cobraron de más', 'billing', 2),
('es', 'cobrado de más', 'billing', 2),
('es', 'cobro de más', 'billing', 2),
('es', 'cobro excesivo', 'billing', 2),
('es', 'cobro no autorizado', 'billing', 2),
('es', 'cargo no autorizado', 'billing', 2),
('es', 'cargo indebido', 'billing', 2),
('es', 'cargo en mi tarjeta', 'billing', 2),
('es', 'pago duplicado', 'billing', 2),
('es', 'cargo duplicado', 'billing', 2),
('es', 'pago rechazado', 'billing', 2),
('es', 'pago fallido', 'billing', 2),
('es', 'factura incorrecta', 'billing', 2),
('es', 'error en la factura', 'billing', 2),
('es', 'error de facturación', 'billing', 2),
('es', 'me cobran de más', 'billing', 2),
('es', 'siguen cobrando', 'billing', 2),
('es', 'domiciliación', 'billing', 2),
('es', 'cargo no reconocido', 'billing', 2),
('es', 'cobro no reconocido', 'billing', 2),
('es', 'cobro', 'billing', 1.5),
('es', 'cobros', 'billing', 1.5),
('es', 'me cobran', 'billing', 1.5),
('es', 'factura', 'billing', 1.5),
('es', 'facturas', 'billing', 1.5),
('es', 'recibo', 'billing', 1.5),
('es', 'recibos', 'billing', 1.5),
('es', 'recargo', 'billing', 1.5),
('es', 'recargos', 'billing', 1.5),
('es', 'comisión', 'billing', 1.5),
('es', 'comisiones', 'billing', 1.5),
('es', 'mensualidad', 'billing', 1.5),
('es', 'cuota mensual', 'billing', 1.5),
('es', 'importe', 'billing', 1.5),
('es', 'deuda', 'billing', 1.5),
('es', 'adeudo', 'billing', 1.5),
('es', 'me descontaron', 'billing', 1.5),
('es', 'me quitaron dinero', 'billing', 1.5),
('es', 'me sacaron dinero', 'billing', 1.5),
('es', 'boleta', 'billing', 1.5),
('es', 'cobranza', 'billing', 1.5),
('es', 'contracargo', 'billing', 1.5),
('es', 'estado de cuenta', 'billing', 1.5),
('es', 'extracto bancario', 'billing', 1.5),
('es', 'pago automático', 'billing', 1.5),
('es', 'renovación automática', 'billing', 1.5),
('es', 'tarjeta bloqueada', 'billing', 1.5),
('es', 'saldo pendiente', 'billing', 1.5),
('es', 'pago pendiente', 'billing', 1.5),
('es', 'cobrar', 'billing', 1),
('es', 'cobraron', 'billing', 1),
('es', 'cobrado', 'billing', 1),
('es', 'cobran', 'billing', 1),
('es', 'cobrando', 'billing', 1),
('es', 'cargos', 'billing', 1),
('es', 'facturación', 'billing', 1),
('es', 'facturaron', 'billing', 1),
('es', 'pago', 'billing', 1),
('es', 'pagos', 'billing', 1),
('es', 'ya pagué', 'billing', 1),
('es', 'tarjeta de crédito', 'billing', 1),
('es', 'tarjeta de débito', 'billing', 1),
('es', 'tasas', 'billing', 1),
('es', 'iva', 'billing', 1),
('es', 'cuota', 'billing', 1),
('es', 'cuotas', 'billing', 1),
('es', 'monto', 'billing', 1),
('es', 'saldo', 'billing', 1),
('es', 'transferencia', 'billing', 1),
('es', 'bizum', 'billing', 1),
('es', 'paypal', 'billing', 1),
('es', 'comprobante', 'billing', 1),
('es', 'penalización', 'billing', 1),
('es', 'intereses', 'billing', 1),
('es', 'débito automático', 'billing', 1),
('es', 'cargo', 'billing', 0.5),
('es', 'pagado', 'billing', 0.5),
('es', 'pagué', 'billing', 0.5),
('es', 'tarjeta', 'billing', 0.5),
('es', 'tasa', 'billing', 0.5),
('es', 'impuestos', 'billing', 0.5),
('es', 'abono', 'billing', 0.5),
-- es: delivery
('es', 'pedido no llegó', 'delivery', 2),
('es', 'no ha llegado', 'delivery', 2),
('es', 'nunca llegó', 'delivery', 2),
('es', 'aún no llega', 'delivery', 2),
('es', 'todavía no llega', 'delivery', 2),
('es', 'no me ha llegado', 'delivery', 2),
('es', 'no me llegó', 'delivery', 2),
('es', 'sigue sin llegar', 'delivery', 2),
('es', 'retraso del vuelo', 'delivery', 2),
('es', 'vuelo retrasado', 'delivery', 2),
('es', 'conexión perdida', 'delivery', 2),
('es', 'perdí la conexión', 'delivery', 2),
('es', 'tirados en el aeropuerto', 'delivery', 2),
('es', 'número de seguimiento', 'delivery', 2),
('es', 'número de guía', 'delivery', 2),
('es', 'maleta perdida', 'delivery', 2),
('es', 'maletas perdidas', 'delivery', 2),
('es', 'equipaje perdido', 'delivery', 2),
('es', 'perdieron mi maleta', 'delivery', 2),
('es', 'perdieron mi equipaje', 'delivery', 2),
('es', 'equipaje extraviado', 'delivery', 2),
('es', 'pedido incompleto', 'delivery', 2),
('es', 'fecha de entrega', 'delivery', 2),
('es', 'plazo de entrega', 'delivery', 2),
('es', 'aparece como entregado', 'delivery', 2),
('es', 'horas de retraso', 'delivery', 2),
('es', 'días de retraso', 'delivery', 2),
('es', 'semanas de retraso', 'delivery', 2),
('es', 'llegó tarde', 'delivery', 2),
('es', 'envío lento', 'delivery', 2),
('es', 'entrega', 'delivery', 1.5),
('es', 'entregas', 'delivery', 1.5),
('es', 'envíos', 'delivery', 1.5),
('es', 'paquetes', 'delivery', 1.5),
('es', 'paquetería', 'delivery', 1.5),
('es', 'no llegó', 'delivery', 1.5),
('es', 'no llega', 'delivery', 1.5),
('es', 'retraso', 'delivery', 1.5),
('es', 'retrasos', 'delivery', 1.5),
('es', 'retrasado', 'delivery', 1.5),
('es', 'retrasada', 'delivery', 1.5),
('es', 'retrasados', 'delivery', 1.5),
('es', 'retrasadas', 'delivery', 1.5),
('es', 'retrasaron', 'delivery', 1.5),
('es', 'demorado', 'delivery', 1.5),
('es', 'demorada', 'delivery', 1.5),
('es', 'atrasado', 'delivery', 1.5),
('es', 'atrasada', 'delivery', 1.5),
('es', 'atraso', 'delivery', 1.5),
('es', 'llega tarde', 'delivery', 1.5),
('es', 'esperando en el avión', 'delivery', 1.5),
('es', 'cambio de puerta', 'delivery', 1.5),
('es', 'desviado', 'delivery', 1.5),
('es', 'varados', 'delivery', 1.5),
('es', 'varado', 'delivery', 1.5),
('es', 'nos dejaron tirados', 'delivery', 1.5),
('es', 'rastreo', 'delivery', 1.5),
('es', 'mensajero', 'delivery', 1.5),
('es', 'mensajería', 'delivery', 1.5),
('es', 'repartidor', 'delivery', 1.5),
('es', 'repartidores', 'delivery', 1.5),
('es', 'transportista', 'delivery', 1.5),
('es', 'seur', 'delivery', 1.5),
('es', 'mrw', 'delivery', 1.5),
('es', 'dhl', 'delivery', 1.5),
('es', 'fedex', 'delivery', 1.5),
('es', 'servientrega', 'delivery', 1.5),
('es', 'equipaje', 'delivery', 1.5),
('es', 'maleta', 'delivery', 1.5),
('es', 'maletas', 'delivery', 1.5),
('es', 'valija', 'delivery', 1.5),
('es', 'extraviado', 'delivery', 1.5),
('es', 'extraviada', 'delivery', 1.5),
('es', 'extraviaron', 'delivery', 1.5),
('es', 'falta un artículo', 'delivery', 1.5),
('es', 'faltan productos', 'delivery', 1.5),
('es', 'producto equivocado', 'delivery', 1.5),
('es', 'pedido equivocado', 'delivery', 1.5),
('es', 'dirección equivocada', 'delivery', 1.5),
('es', 'despachado', 'delivery', 1.5),
('es', 'en camino', 'delivery', 1.5),
('es', 'en tránsito', 'delivery', 1.5),
('es', 'reparto', 'delivery', 1.5),
('es', 'vuelo de conexión', 'delivery', 1.5),
('es', 'perdí el vuelo', 'delivery', 1.5),
('es', 'envío', 'delivery', 1),
('es', 'paquete', 'delivery', 1),
('es', 'seguimiento', 'delivery', 1),
('es', 'no es lo que pedí', 'delivery', 1),
('es', 'entregado', 'delivery', 1),
('es', 'entregada', 'delivery', 1),
('es', 'entregaron', 'delivery', 1),
('es', 'entregar', 'delivery', 1),
('es', 'demora', 'delivery', 1),
('es', 'demoras', 'delivery', 1),
('es', 'escala', 'delivery', 1),
('es', 'puerta de embarque', 'delivery', 1),
('es', 'pospuesto', 'delivery', 1),
('es', 'enviado', 'delivery', 0.5),
('es', 'tarde', 'delivery', 0.5),
('es', 'llegó', 'delivery', 0.5),
('es', 'llegada', 'delivery', 0.5),
('es', 'aeropuerto', 'delivery', 0.5),
-- es: cancellation
('es', 'cancelado', 'cancellation', 2),
('es', 'cancelada', 'cancellation', 2),
('es', 'cancelados', 'cancellation', 2),
('es', 'canceladas', 'cancellation', 2),
('es', 'cancelaron', 'cancellation', 2),
('es', 'cancelación', 'cancellation', 2),
('es', 'cancelaciones', 'cancellation', 2),
('es', 'cancelaron mi pedido', 'cancellation', 2),
('es', 'cancelar el pedido', 'cancellation', 2),
('es', 'cancelar mi pedido', 'cancellation', 2),
('es', 'cancelar la reserva', 'cancellation', 2),
('es', 'cancelar mi reserva', 'cancellation', 2),
('es', 'cancelaron la reserva', 'cancellation', 2),
('es', 'cancelaron mi reserva', 'cancellation', 2),
('es', 'reembolso', 'cancellation', 2),
('es', 'reembolsos', 'cancellation', 2),
('es', 'reembolsar', 'cancellation', 2),
('es', 'reembolsado', 'cancellation', 2),
('es', 'reembolsada', 'cancellation', 2),
('es', 'reembolsaron', 'cancellation', 2),
('es', 'reembolsen', 'cancellation', 2),
('es', 'devolución del dinero', 'cancellation', 2),
('es', 'devolver el dinero', 'cancellation', 2),
('es', 'devuelvan el dinero', 'cancellation', 2),
('es', 'devuelvan mi dinero', 'cancellation', 2),
('es', 'reintegro', 'cancellation', 2),
('es', 'regresen mi dinero', 'cancellation', 2),
('es', 'regresar el dinero', 'cancellation', 2),
('es', 'política de devolución', 'cancellation', 2),
('es', 'política de devoluciones', 'cancellation', 2),
('es', 'cargo por cancelación', 'cancellation', 2),
('es', 'cancelar la suscripción', 'cancellation', 2),
('es', 'cancelar mi suscripción', 'cancellation', 2),
('es', 'indemnización', 'cancellation', 2),
('es', 'derecho de desistimiento', 'cancellation', 2),
('es', 'derecho de retracto', 'cancellation', 2),
('es', 'reembolsarme', 'cancellation', 2),
('es', 'devolución de mi dinero', 'cancellation', 2),
('es', 'cancelar', 'cancellation', 1.5),
('es', 'canceló', 'cancellation', 1.5),
('es', 'cancelé', 'cancellation', 1.5),
('es', 'anular', 'cancellation', 1.5),
('es', 'anulado', 'cancellation', 1.5),
('es', 'anulada', 'cancellation', 1.5),
('es', 'anularon', 'cancellation', 1.5),
('es', 'anulación', 'cancellation', 1.5),
('es', 'devolución', 'cancellation', 1.5),
('es', 'devoluciones', 'cancellation', 1.5),
('es', 'me devuelvan', 'cancellation', 1.5),
('es', 'devolverlo', 'cancellation', 1.5),
('es', 'devolverla', 'cancellation', 1.5),
('es', 'devolví', 'cancellation', 1.5),
('es', 'reintegrar', 'cancellation', 1.5),
('es', 'reintegraron', 'cancellation', 1.5),
('es', 'voucher', 'cancellation', 1.5),
('es', 'vouchers', 'cancellation', 1.5),
('es', 'reprogramar', 'cancellation', 1.5),
('es', 'reprogramado', 'cancellation', 1.5),
('es', 'reprogramada', 'cancellation', 1.5),
('es', 'reprogramaron', 'cancellation', 1.5),
('es', 'reprogramación', 'cancellation', 1.5),
('es', 'reubicar', 'cancellation', 1.5),
('es', 'reubicaron', 'cancellation', 1.5),
('es', 'reubicado', 'cancellation', 1.5),
('es', 'reubicada', 'cancellation', 1.5),
('es', 'compensación', 'cancellation', 1.5),
('es', 'compensaciones', 'cancellation', 1.5),
('es', 'indemnizar', 'cancellation', 1.5),
('es', 'dar de baja', 'cancellation', 1.5),
('es', 'darme de baja', 'cancellation', 1.5),
('es', 'solicitar la baja', 'cancellation', 1.5),
('es', 'tramitar la baja', 'cancellation', 1.5),
('es', 'rescindir', 'cancellation', 1.5),
('es', 'rescisión', 'cancellation', 1.5),
('es', 'permanencia', 'cancellation', 1.5),
('es', 'desistimiento', 'cancellation', 1.5),
('es', 'retracto', 'cancellation', 1.5),
('es', 'me devolvieron el dinero', 'cancellation', 1.5),
('es', 'devolver', 'cancellation', 1),
('es', 'devuelto', 'cancellation', 1),
('es', 'devuelta', 'cancellation', 1),
('es', 'devolvieron', 'cancellation', 1),
('es', 'bono', 'cancellation', 1),
('es', 'bonos', 'cancellation', 1),
('es', 'anulen', 'cancellation', 1),
('es', 'cambio del producto', 'cancellation', 1),
('es', 'reposición', 'cancellation', 1),
('es', 'reemplazo', 'cancellation', 1),
('es', 'sustitución', 'cancellation', 1),
('es', 'baja', 'cancellation', 0.5),
-- es: quality
('es', 'llegó roto', 'quality', 2),
('es', 'llegó rota', 'quality', 2),
('es', 'vino roto', 'quality', 2),
('es', 'se rompió', 'quality', 2),
('es', 'se me rompió', 'quality', 2),
('es', 'defectuoso', 'quality', 2),
('es', 'defectuosa', 'quality', 2),
('es', 'defectuosos', 'quality', 2),
('es', 'defecto', 'quality', 2),
('es', 'defectos', 'quality', 2),
('es', 'llegó dañado', 'quality', 2),
('es', 'llegó dañada', 'quality', 2),
('es', 'dejó de funcionar', 'quality', 2),
('es', 'no enciende', 'quality', 2),
('es', 'no prende', 'quality', 2),
('es', 'averiado', 'quality', 2),
('es', 'averiada', 'quality', 2),
('es', 'avería', 'quality', 2),
('es', 'se descompuso', 'quality', 2),
('es', 'estropeado', 'quality', 2),
('es', 'se estropeó', 'quality', 2),
('es', 'mala calidad', 'quality', 2),
('es', 'baja calidad', 'quality', 2),
('es', 'material barato', 'quality', 2),
('es', 'materiales baratos', 'quality', 2),
('es', 'en mal estado', 'quality', 2),
('es', 'no coincide con la descripción', 'quality', 2),
('es', 'se quebró', 'quality', 2),
('es', 'sin señal', 'quality', 2),
('es', 'no hay señal', 'quality', 2),
('es', 'sin internet', 'quality', 2),
('es', 'internet lento', 'quality', 2),
('es', 'caída del servicio', 'quality', 2),
('es', 'roto', 'quality', 1.5),
('es', 'rota', 'quality', 1.5),
('es', 'rotos', 'quality', 1.5),
('es', 'rotas', 'quality', 1.5),
('es', 'se rompe', 'quality', 1.5),
('es', 'se rompen', 'quality', 1.5),
('es', 'dañado', 'quality', 1.5),
('es', 'dañada', 'quality', 1.5),
('es', 'dañados', 'quality', 1.5),
('es', 'no funciona', 'quality', 1.5),
('es', 'no funcionan', 'quality', 1.5),
('es', 'no carga', 'quality', 1.5),
('es', 'no arranca', 'quality', 1.5),
('es', 'falla', 'quality', 1.5),
('es', 'fallas', 'quality', 1.5),
('es', 'descompuesto', 'quality', 1.5),
('es', 'calidad', 'quality', 1.5),
('es', 'rayado', 'quality', 1.5),
('es', 'rayones', 'quality', 1.5),
('es', 'abollado', 'quality', 1.5),
('es', 'suciedad', 'quality', 1.5),
('es', 'chinches', 'quality', 1.5),
('es', 'moho', 'quality', 1.5),
('es', 'mal olor', 'quality', 1.5),
('es', 'caducado', 'quality', 1.5),
('es', 'podrido', 'quality', 1.5),
('es', 'mal estado', 'quality', 1.5),
('es', 'diferente a la foto', 'quality', 1.5),
('es', 'falsificado', 'quality', 1.5),
('es', 'garantía', 'quality', 1.5),
('es', 'reparación', 'quality', 1.5),
('es', 'servicio técnico', 'quality', 1.5),
('es', 'sin conexión', 'quality', 1.5),
('es', 'se cae el internet', 'quality', 1.5),
('es', 'se corta', 'quality', 1.5),
('es', 'se calienta', 'quality', 1.5),
('es', 'mal hecho', 'quality', 1.5),
('es', 'chapuza', 'quality', 1.5),
('es', 'chafa', 'quality', 1.5),
('es', 'quebrado', 'quality', 1.5),
('es', 'espacio entre asientos', 'quality', 1.5),
('es', 'cobertura', 'quality', 1),
('es', 'fallo', 'quality', 1),
('es', 'fallos', 'quality', 1),
('es', 'no sirve', 'quality', 1),
('es', 'daño', 'quality', 1),
('es', 'daños', 'quality', 1),
('es', 'manchas', 'quality', 1),
('es', 'sucio', 'quality', 1),
('es', 'sucia', 'quality', 1),
('es', 'limpieza', 'quality', 1),
('es', 'humedad', 'quality', 1),
('es', 'vencido', 'quality', 1),
('es', 'trucho', 'quality', 1),
('es', 'señal', 'quality', 1),
('es', 'wifi', 'quality', 1),
('es', 'batería', 'quality', 1),
('es', 'incómodo', 'quality', 1),
('es', 'incómoda', 'quality', 1),
('es', 'cómodo', 'quality', 1),
('es', 'cómoda', 'quality', 1),
('es', 'duradero', 'quality', 1),
('es', 'piezas', 'quality', 1),
('es', 'rompió', 'quality', 1),
('es', 'material', 'quality', 0.5),
('es', 'materiales', 'quality', 0.5),
('es', 'olor', 'quality', 0.5),
('es', 'pantalla', 'quality', 0.5),
('es', 'producto', 'quality', 0.5),
('es', 'comida', 'quality', 0.5),
-- es: account
('es', 'contraseña', 'account', 2),
('es', 'contraseñas', 'account', 2),
('es', 'clave de acceso', 'account', 2),
('es', 'iniciar sesión', 'account', 2),
('es', 'inicio de sesión', 'account', 2),
('es', 'no puedo entrar', 'account', 2),
('es', 'no me deja entrar', 'account', 2),
('es', 'no puedo acceder', 'account', 2),
('es', 'no me deja acceder', 'account', 2),
('es', 'no puedo ingresar', 'account', 2),
('es', 'no me deja ingresar', 'account', 2),
('es', 'cuenta bloqueada', 'account', 2),
('es', 'bloquearon mi cuenta', 'account', 2),
('es', 'cuenta suspendida', 'account', 2),
('es', 'cuenta hackeada', 'account', 2),
('es', 'la app no funciona', 'account', 2),
('es', 'la aplicación no funciona', 'account', 2),
('es', 'la web no funciona', 'account', 2),
('es', 'web caída', 'account', 2),
('es', 'se cae la app', 'account', 2),
('es', 'la app se cierra', 'account', 2),
('es', 'da error', 'account', 2),
('es', 'mensaje de error', 'account', 2),
('es', 'código de error', 'account', 2),
('es', 'código de verificación', 'account', 2),
('es', 'doble factor', 'account', 2),
('es', 'verificación en dos pasos', 'account', 2),
('es', 'clave dinámica', 'account', 2),
('es', 'verificar mi identidad', 'account', 2),
('es', 'acceder a mi cuenta', 'account', 2),
('es', 'entrar a mi cuenta', 'account', 2),
('es', 'nombre de usuario', 'account', 1.5),
('es', 'mi cuenta', 'account', 1.5),
('es', 'hackeado', 'account', 1.5),
('es', 'hackearon', 'account', 1.5),
('es', 'página web', 'account', 1.5),
('es', 'sitio web', 'account', 1.5),
('es', 'se cuelga', 'account', 1.5),
('es', 'se queda colgada', 'account', 1.5),
('es', 'código de seguridad', 'account', 1.5),
('es', 'autenticación', 'account', 1.5),
('es', 'token', 'account', 1.5),
('es', 'banca en línea', 'account', 1.5),
('es', 'banca online', 'account', 1.5),
('es', 'banca móvil', 'account', 1.5),
('es', 'banca por internet', 'account', 1.5),
('es', 'homebanking', 'account', 1.5),
('es', 'registrarme', 'account', 1.5),
('es', 'actualizar mis datos', 'account', 1.5),
('es', 'reinstalar', 'account', 1.5),
('es', 'desbloquear', 'account', 1.5),
('es', 'acceder', 'account', 1.5),
('es', 'el enlace no funciona', 'account', 1.5),
('es', 'la app', 'account', 1.5),
('es', 'la aplicación', 'account', 1.5),
('es', 'app del banco', 'account', 1.5),
('es', 'la web', 'account', 1.5),
('es', 'clave', 'account', 1),
('es', 'sesión', 'account', 1),
('es', 'acceso', 'account', 1),
('es', 'aplicación', 'account', 1),
('es', 'verificación', 'account', 1),
('es', 'registrarse', 'account', 1),
('es', 'perfil', 'account', 1),
('es', 'datos personales', 'account', 1),
('es', 'actualización', 'account', 1),
('es', 'desinstalar', 'account', 1),
('es', 'navegador', 'account', 1),
('es', 'activar', 'account', 1),
('es', 'activación', 'account', 1),
('es', 'bloqueado', 'account', 1),
('es', 'bloqueada', 'account', 1),
('es', 'validar', 'account', 1),
('es', 'identidad', 'account', 1),
('es', 'chip', 'account', 1),
('es', 'tarjeta sim', 'account', 1),
('es', 'sim', 'account', 1),
('es', 'dar de alta', 'account', 1),
('es', 'portal', 'account', 1),
('es', 'plataforma', 'account', 1),
('es', 'se bloquea', 'account', 1),
('es', 'usuario', 'account', 0.5),
('es', 'error', 'account', 0.5),
('es', 'app', 'account', 0.5),
('es', 'cuenta', 'account', 0.5),
('es', 'errores', 'account', 0.5),
('es', 'página', 'account', 0.5),
('es', 'registro', 'account', 0.5),
('es', 'enlace', 'account', 0.5),
('es', 'link', 'account', 0.5),
('es', 'online', 'account', 0.5),
-- es: waiting
('es', 'en espera', 'waiting', 2),
('es', 'tiempo de espera', 'waiting', 2),
('es', 'tiempos de espera', 'waiting', 2),
('es', 'música de espera', 'waiting', 2),
('es', 'larga espera', 'waiting', 2),
('es', 'mucha espera', 'waiting', 2),
('es', 'horas de espera', 'waiting', 2),
('es', 'sigo esperando', 'waiting', 2),
('es', 'seguimos esperando', 'waiting', 2),
('es', 'llevo esperando', 'waiting', 2),
('es', 'horas esperando', 'waiting', 2),
('es', 'días esperando', 'waiting', 2),
('es', 'semanas esperando', 'waiting', 2),
('es', 'esperando respuesta', 'waiting', 2),
('es', 'esperando una respuesta', 'waiting', 2),
('es', 'sin respuesta', 'waiting', 2),
('es', 'no me contestan', 'waiting', 2),
('es', 'no me responden', 'waiting', 2),
('es', 'nadie contesta', 'waiting', 2),
('es', 'nadie responde', 'waiting', 2),
('es', 'nadie me contesta', 'waiting', 2),
('es', 'nadie me responde', 'waiting', 2),
('es', 'nadie atiende', 'waiting', 2),
('es', 'no atienden', 'waiting', 2),
('es', 'no cogen el teléfono', 'waiting', 2),
('es', 'nunca contestan', 'waiting', 2),
('es', 'no me devuelven la llamada', 'waiting', 2),
('es', 'tardan mucho', 'waiting', 2),
('es', 'tiempo de respuesta', 'waiting', 2),
('es', 'me tienen esperando', 'waiting', 2),
('es', 'nos tienen esperando', 'waiting', 2),
('es', 'me hicieron esperar', 'waiting', 2),
('es', 'nadie me atiende', 'waiting', 2),
('es', 'no contestan el teléfono', 'waiting', 2),
('es', 'no responden', 'waiting', 1.5),
('es', 'no contestan', 'waiting', 1.5),
('es', 'nadie me llama', 'waiting', 1.5),
('es', 'no me han llamado', 'waiting', 1.5),
('es', 'quedaron en llamarme', 'waiting', 1.5),
('es', 'tardan', 'waiting', 1.5),
('es', 'tardaron', 'waiting', 1.5),
('es', 'tardanza', 'waiting', 1.5),
('es', 'lentitud', 'waiting', 1.5),
('es', 'respuesta rápida', 'waiting', 1.5),
('es', 'rapidez', 'waiting', 1.5),
('es', 'hacer cola', 'waiting', 1.5),
('es', 'hacer fila', 'waiting', 1.5),
('es', 'me ignoran', 'waiting', 1.5),
('es', 'ni caso', 'waiting', 1.5),
('es', 'no hacen caso', 'waiting', 1.5),
('es', 'me dejaron en visto', 'waiting', 1.5),
('es', 'dejan en visto', 'waiting', 1.5),
('es', 'contestar el teléfono', 'waiting', 1.5),
('es', 'que alguien me atienda', 'waiting', 1.5),
('es', 'esperando desde', 'waiting', 1.5),
('es', 'horas al teléfono', 'waiting', 1.5),
('es', 'colgado al teléfono', 'waiting', 1.5),
('es', 'sin contestar', 'waiting', 1.5),
('es', 'devolver la llamada', 'waiting', 1.5),
('es', 'devuelvan la llamada', 'waiting', 1.5),
('es', 'espera', 'waiting', 1),
('es', 'esperas', 'waiting', 1),
('es', 'esperando', 'waiting', 1),
('es', 'esperé', 'waiting', 1),
('es', 'tarda', 'waiting', 1),
('es', 'tardó', 'waiting', 1),
('es', 'lentos', 'waiting', 1),
('es', 'fila', 'waiting', 1),
('es', 'eternidad', 'waiting', 1),
('es', 'siglos', 'waiting', 1),
('es', '24 horas', 'waiting', 1),
('es', '48 horas', 'waiting', 1),
('es', '72 horas', 'waiting', 1),
('es', 'días hábiles', 'waiting', 1),
('es', 'todavía nada', 'waiting', 1),
('es', 'ignorado', 'waiting', 1),
('es', 'ignoran', 'waiting', 1),
('es', 'en visto', 'waiting', 1),
('es', 'me atiendan', 'waiting', 1),
('es', 'centralita', 'waiting', 1),
('es', 'cola', 'waiting', 0.5),
('es', 'esperamos', 'waiting', 0.5),
('es', 'esperar', 'waiting', 0.5),
('es', 'lento', 'waiting', 0.5),
('es', 'respuesta', 'waiting', 0.5),
('es', 'rápido', 'waiting', 0.5),
('es', 'rápidamente', 'waiting', 0.5),
('es', 'horas', 'waiting', 0.5),
('es', 'minutos', 'waiting', 0.5),
('es', 'días', 'waiting', 0.5),
('es', 'semanas', 'waiting', 0.5),
('es', 'meses', 'waiting', 0.5),
('es', 'plazo', 'waiting', 0.5),
-- es: staff
('es', 'maleducado', 'staff', 2),
('es', 'maleducada', 'staff', 2),
('es', 'maleducados', 'staff', 2),
('es', 'mal educado', 'staff', 2),
('es', 'grosero', 'staff', 2),
('es', 'grosera', 'staff', 2),
('es', 'groseros', 'staff', 2),
('es', 'mala atención', 'staff', 2),
('es', 'buena atención', 'staff', 2),
('es', 'pésima atención', 'staff', 2),
('es', 'mal trato', 'staff', 2),
('es', 'buen trato', 'staff', 2),
('es', 'azafata', 'staff', 2),
('es', 'azafatas', 'staff', 2),
('es', 'auxiliar de vuelo', 'staff', 2),
('es', 'auxiliares de vuelo', 'staff', 2),
('es', 'sobrecargo', 'staff', 2),
('es', 'sobrecargos', 'staff', 2),
('es', 'tripulación', 'staff', 2),
('es', 'tripulantes', 'staff', 2),
('es', 'personal de tierra', 'staff', 2),
('es', 'amabilidad', 'staff', 2),
('es', 'antipático', 'staff', 2),
('es', 'antipática', 'staff', 2),
('es', 'falta de educación', 'staff', 2),
('es', 'falta de respeto', 'staff', 2),
('es', 'irrespetuoso', 'staff', 2),
('es', 'prepotente', 'staff', 2),
('es', 'prepotencia', 'staff', 2),
('es', 'malas maneras', 'staff', 2),
('es', 'mala actitud', 'staff', 2),
('es', 'poco profesional', 'staff', 2),
('es', 'poco profesionales', 'staff', 2),
('es', 'me gritó', 'staff', 2),
('es', 'me colgó', 'staff', 2),
('es', 'me colgaron', 'staff', 2),
('es', 'la persona que me atendió', 'staff', 2),
('es', 'maltrato', 'staff', 1.5),
('es', 'nos trataron', 'staff', 1.5),
('es', 'me trataron', 'staff', 1.5),
('es', 'el personal', 'staff', 1.5),
('es', 'empleado', 'staff', 1.5),
('es', 'empleada', 'staff', 1.5),
('es', 'empleados', 'staff', 1.5),
('es', 'asesor', 'staff', 1.5),
('es', 'asesora', 'staff', 1.5),
('es', 'asesores', 'staff', 1.5),
('es', 'teleoperador', 'staff', 1.5),
('es', 'teleoperadora', 'staff', 1.5),
('es', 'dependiente', 'staff', 1.5),
('es', 'dependienta', 'staff', 1.5),
('es', 'cajera', 'staff', 1.5),
('es', 'camarero', 'staff', 1.5),
('es', 'camarera', 'staff', 1.5),
('es', 'mesero', 'staff', 1.5),
('es', 'mesera', 'staff', 1.5),
('es', 'recepcionista', 'staff', 1.5),
('es', 'encargado', 'staff', 1.5),
('es', 'supervisor', 'staff', 1.5),
('es', 'amables', 'staff', 1.5),
('es', 'simpático', 'staff', 1.5),
('es', 'simpática', 'staff', 1.5),
('es', 'atento', 'staff', 1.5),
('es', 'atenta', 'staff', 1.5),
('es', 'atentos', 'staff', 1.5),
('es', 'cordial', 'staff', 1.5),
('es', 'altanero', 'staff', 1.5),
('es', 'despectivo', 'staff', 1.5),
('es', 'actitud', 'staff', 1.5),
('es', 'mala cara', 'staff', 1.5),
('es', 'mala onda', 'staff', 1.5),
('es', 'buena onda', 'staff', 1.5),
('es', 'profesionalidad', 'staff', 1.5),
('es', 'profesionalismo', 'staff', 1.5),
('es', 'incompetente', 'staff', 1.5),
('es', 'incompetentes', 'staff', 1.5),
('es', 'ineptos', 'staff', 1.5),
('es', 'gritaron', 'staff', 1.5),
('es', 'colgaron', 'staff', 1.5),
('es', 'se burló', 'staff', 1.5),
('es', 'empatía', 'staff', 1.5),
('es', 'servicial', 'staff', 1.5),
('es', 'pasotas', 'staff', 1.5),
('es', 'bien atendidos', 'staff', 1.5),
('es', 'mal atendidos', 'staff', 1.5),
('es', 'nos atendieron', 'staff', 1.5),
('es', 'me atendieron', 'staff', 1.5),
('es', 'amable', 'staff', 1),
('es', 'atención al cliente', 'staff', 1),
('es', 'servicio al cliente', 'staff', 1),
('es', 'borde', 'staff', 1),
('es', 'trabajadores', 'staff', 1),
('es', 'piloto', 'staff', 1),
('es', 'agente', 'staff', 1),
('es', 'agentes', 'staff', 1),
('es', 'ejecutivo', 'staff', 1),
('es', 'vendedor', 'staff', 1),
('es', 'mozo', 'staff', 1),
('es', 'gerente', 'staff', 1),
('es', 'chofer', 'staff', 1),
('es', 'conductor', 'staff', 1),
('es', 'técnico', 'staff', 1),
('es', 'educado', 'staff', 1),
('es', 'profesional', 'staff', 1),
('es', 'atendió', 'staff', 1),
('es', 'trato', 'staff', 0.5),
('es', 'recepción', 'staff', 0.5),
('es', 'personal', 'staff', 0.5),
('es', 'atención', 'staff', 0.5),
('es', 'jefe', 'staff', 0.5),
-- es: price
('es', 'carísimo', 'price', 2),
('es', 'carísima', 'price', 2),
('es', 'carísimos', 'price', 2),
('es', 'carísimas', 'price', 2),
('es', 'subida de precio', 'price', 2),
('es', 'subida de precios', 'price', 2),
('es', 'subieron el precio', 'price', 2),
('es', 'subieron los precios', 'price', 2),
('es', 'aumento de precio', 'price', 2),
('es', 'aumento de precios', 'price', 2),
('es', 'precio abusivo', 'price', 2),
('es', 'precios abusivos', 'price', 2),
('es', 'calidad precio', 'price', 2),
('es', 'por ese precio', 'price', 2),
('es', 'por el precio', 'price', 2),
('es', 'a ese precio', 'price', 2),
('es', 'precio excesivo', 'price', 2),
('es', 'precio desorbitado', 'price', 2),
('es', 'aumentaron el precio', 'price', 2),
('es', 'precio', 'price', 1.5),
('es', 'precios', 'price', 1.5),
('es', 'caro', 'price', 1.5),
('es', 'caros', 'price', 1.5),
('es', 'más barato', 'price', 1.5),
('es', 'asequible', 'price', 1.5),
('es', 'asequibles', 'price', 1.5),
('es', 'tarifa', 'price', 1.5),
('es', 'tarifas', 'price', 1.5),
('es', 'clavada', 'price', 1.5),
('es', 'nos clavaron', 'price', 1.5),
('es', 'vale lo que cuesta', 'price', 1.5),
('es', 'descuento', 'price', 1.5),
('es', 'descuentos', 'price', 1.5),
('es', 'promoción', 'price', 1.5),
('es', 'promociones', 'price', 1.5),
('es', 'cupón', 'price', 1.5),
('es', 'cupones', 'price', 1.5),
('es', 'código promocional', 'price', 1.5),
('es', 'rebaja', 'price', 1.5),
('es', 'rebajas', 'price', 1.5),
('es', 'rebajado', 'price', 1.5),
('es', 'pagar extra', 'price', 1.5),
('es', 'gastos de envío', 'price', 1.5),
('es', 'envío gratis', 'price', 1.5),
('es', 'encarecido', 'price', 1.5),
('es', 'se encareció', 'price', 1.5),
('es', 'es un robo', 'price', 1.5),
('es', 'es un atraco', 'price', 1.5),
('es', 'barato', 'price', 1),
('es', 'barata', 'price', 1),
('es', 'baratos', 'price', 1),
('es', 'baratas', 'price', 1),
('es', 'económico', 'price', 1),
('es', 'económica', 'price', 1),
('es', 'económicos', 'price', 1),
('es', 'costo', 'price', 1),
('es', 'costos', 'price', 1),
('es', 'coste', 'price', 1),
('es', 'costes', 'price', 1),
('es', 'cuestan', 'price', 1),
('es', 'abusivo', 'price', 1),
('es', 'vale la pena', 'price', 1),
('es', 'merece la pena', 'price', 1),
('es', 'oferta', 'price', 1),
('es', 'ofertas', 'price', 1),
('es', 'promo', 'price', 1),
('es', 'pagar más', 'price', 1),
('es', 'presupuesto', 'price', 1),
('es', 'cotización', 'price', 1),
('es', 'low cost', 'price', 1),
('es', 'inflación', 'price', 1),
('es', 'incremento', 'price', 0.5),
('es', 'aumento', 'price', 0.5),
('es', 'cara', 'price', 0.5),
('es', 'caras', 'price', 0.5),
('es', 'cuesta', 'price', 0.5),
('es', 'subida', 'price', 0.5),
('es', 'pesos', 'price', 0.5),
('es', 'euros', 'price', 0.5),
('es', 'dólares', 'price', 0.5),
('es', 'plata', 'price', 0.5),
('es', 'gratis', 'price', 0.5),
('es', 'gratuito', 'price', 0.5),
('es', 'plan', 'price', 0.5),
('es', 'planes', 'price', 0.5),
-- es: communication
('es', 'falta de información', 'communication', 2),
('es', 'no nos informaron', 'communication', 2),
('es', 'no me informaron', 'communication', 2),
('es', 'nadie nos informó', 'communication', 2),
('es', 'nadie nos dijo', 'communication', 2),
('es', 'no informan', 'communication', 2),
('es', 'no avisan', 'communication', 2),
('es', 'no avisaron', 'communication', 2),
('es', 'sin avisar', 'communication', 2),
('es', 'sin previo aviso', 'communication', 2),
('es', 'información contradictoria', 'communication', 2),
('es', 'información errónea', 'communication', 2),
('es', 'información incorrecta', 'communication', 2),
('es', 'información falsa', 'communication', 2),
('es', 'mala información', 'communication', 2),
('es', 'desinformación', 'communication', 2),
('es', 'desinformados', 'communication', 2),
('es', 'mal informado', 'communication', 2),
('es', 'engañoso', 'communication', 2),
('es', 'engañosa', 'communication', 2),
('es', 'nos engañaron', 'communication', 2),
('es', 'me engañaron', 'communication', 2),
('es', 'me mintieron', 'communication', 2),
('es', 'sin explicación', 'communication', 2),
('es', 'comunicación', 'communication', 2),
('es', 'letra pequeña', 'communication', 2),
('es', 'letra chica', 'communication', 2),
('es', 'cada uno dice una cosa', 'communication', 2),
('es', 'se contradicen', 'communication', 2),
('es', 'imposible comunicarse', 'communication', 2),
('es', 'megafonía', 'communication', 2),
('es', 'nadie sabe nada', 'communication', 2),
('es', 'sin aviso', 'communication', 1.5),
('es', 'información', 'communication', 1.5),
('es', 'engaño', 'communication', 1.5),
('es', 'engañado', 'communication', 1.5),
('es', 'mintieron', 'communication', 1.5),
('es', 'mienten', 'communication', 1.5),
('es', 'mentira', 'communication', 1.5),
('es', 'mentiras', 'communication', 1.5),
('es', 'poco claro', 'communication', 1.5),
('es', 'explicación', 'communication', 1.5),
('es', 'explicaciones', 'communication', 1.5),
('es', 'notificación', 'communication', 1.5),
('es', 'notificaciones', 'communication', 1.5),
('es', 'notificaron', 'communication', 1.5),
('es', 'sin novedades', 'communication', 1.5),
('es', 'no sabemos nada', 'communication', 1.5),
('es', 'sin noticias', 'communication', 1.5),
('es', 'prometieron', 'communication', 1.5),
('es', 'respuesta automática', 'communication', 1.5),
('es', 'mensaje automático', 'communication', 1.5),
('es', 'copiar y pegar', 'communication', 1.5),
('es', 'contestador', 'communication', 1.5),
('es', 'contestadora', 'communication', 1.5),
('es', 'operadora automática', 'communication', 1.5),
('es', 'transparencia', 'communication', 1.5),
('es', 'ocultaron', 'communication', 1.5),
('es', 'me dijeron otra cosa', 'communication', 1.5),
('es', 'grabación', 'communication', 1),
('es', 'aviso', 'communication', 1),
('es', 'avisar', 'communication', 1),
('es', 'avisaron', 'communication', 1),
('es', 'info', 'communication', 1),
('es', 'informar', 'communication', 1),
('es', 'informaron', 'communication', 1),
('es', 'informado', 'communication', 1),
('es', 'confuso', 'communication', 1),
('es', 'explicar', 'communication', 1),
('es', 'explicaron', 'communication', 1),
('es', 'comunicar', 'communication', 1),
('es', 'comunicaron', 'communication', 1),
('es', 'correo electrónico', 'communication', 1),
('es', 'sms', 'communication', 1),
('es', 'whatsapp', 'communication', 1),
('es', 'novedades', 'communication', 1),
('es', 'anunciaron', 'communication', 1),
('es', 'términos y condiciones', 'communication', 1),
('es', 'promesas', 'communication', 1),
('es', 'chatbot', 'communication', 1),
('es', 'bot', 'communication', 1),
('es', 'idioma', 'communication', 1),
('es', 'spam', 'communication', 1),
('es', 'comunicado', 'communication', 0.5),
('es', 'me dijeron', 'communication', 0.5),
('es', 'nos dijeron', 'communication', 0.5),
('es', 'correo', 'communication', 0.5),
('es', 'correos', 'communication', 0.5),
('es', 'email', 'communication', 0.5),
('es', 'mail', 'communication', 0.5),
('es', 'mails', 'communication', 0.5),
('es', 'mensaje', 'communication', 0.5),
('es', 'mensajes', 'communication', 0.5),
('es', 'chat', 'communication', 0.5),
('es', 'noticias', 'communication', 0.5),
-- es: booking
('es', 'mi reserva', 'booking', 2),
('es', 'localizador', 'booking', 2),
('es', 'código de reserva', 'booking', 2),
('es', 'asignación de asientos', 'booking', 2),
('es', 'selección de asiento', 'booking', 2),
('es', 'cambio de vuelo', 'booking', 2),
('es', 'cambiar el vuelo', 'booking', 2),
('es', 'cambiar mi vuelo', 'booking', 2),
('es', 'cambiaron el vuelo', 'booking', 2),
('es', 'cambiaron mi vuelo', 'booking', 2),
('es', 'cambio de reserva', 'booking', 2),
('es', 'facturar la maleta', 'booking', 2),
('es', 'mostrador de facturación', 'booking', 2),
('es', 'tarjeta de embarque', 'booking', 2),
('es', 'tarjetas de embarque', 'booking', 2),
('es', 'pase de abordar', 'booking', 2),
('es', 'pase de embarque', 'booking', 2),
('es', 'denegaron el embarque', 'booking', 2),
('es', 'embarque denegado', 'booking', 2),
('es', 'overbooking', 'booking', 2),
('es', 'sobreventa', 'booking', 2),
('es', 'sobrevendido', 'booking', 2),
('es', 'itinerario', 'booking', 2),
('es', 'hacer el pedido', 'booking', 2),
('es', 'hice un pedido', 'booking', 2),
('es', 'realizar un pedido', 'booking', 2),
('es', 'hacer un pedido', 'booking', 2),
('es', 'número de pedido', 'booking', 2),
('es', 'finalizar la compra', 'booking', 2),
('es', 'pedir cita', 'booking', 2),
('es', 'sacar cita', 'booking', 2),
('es', 'sacar turno', 'booking', 2),
('es', 'reserva', 'booking', 1.5),
('es', 'reservas', 'booking', 1.5),
('es', 'reservar', 'booking', 1.5),
('es', 'reservé', 'booking', 1.5),
('es', 'reservación', 'booking', 1.5),
('es', 'reservaciones', 'booking', 1.5),
('es', 'upgrade', 'booking', 1.5),
('es', 'cambio de fecha', 'booking', 1.5),
('es', 'cambiar la fecha', 'booking', 1.5),
('es', 'cambio de horario', 'booking', 1.5),
('es', 'check in', 'booking', 1.5),
('es', 'checkin', 'booking', 1.5),
('es', 'boleto', 'booking', 1.5),
('es', 'boletos', 'booking', 1.5),
('es', 'pasaje', 'booking', 1.5),
('es', 'pasajes', 'booking', 1.5),
('es', 'mi pedido', 'booking', 1.5),
('es', 'carrito', 'booking', 1.5),
('es', 'agotado', 'booking', 1.5),
('es', 'agotados', 'booking', 1.5),
('es', 'sin stock', 'booking', 1.5),
('es', 'preventa', 'booking', 1.5),
('es', 'cita', 'booking', 1.5),
('es', 'agendar', 'booking', 1.5),
('es', 'viajero frecuente', 'booking', 1.5),
('es', 'lista de espera', 'booking', 1.5),
('es', 'el pedido', 'booking', 1.5),
('es', 'del pedido', 'booking', 1.5),
('es', 'facturar', 'booking', 1),
('es', 'billete', 'booking', 1),
('es', 'billetes', 'booking', 1),
('es', 'reservado', 'booking', 1),
('es', 'reservada', 'booking', 1),
('es', 'confirmación', 'booking', 1),
('es', 'asiento', 'booking', 1),
('es', 'asientos', 'booking', 1),
('es', 'embarque', 'booking', 1),
('es', 'embarcar', 'booking', 1),
('es', 'entradas', 'booking', 1),
('es', 'pedidos', 'booking', 1),
('es', 'compra', 'booking', 1),
('es', 'compré', 'booking', 1),
('es', 'cesta', 'booking', 1),
('es', 'stock', 'booking', 1),
('es', 'disponibilidad', 'booking', 1),
('es', 'citas', 'booking', 1),
('es', 'turno', 'booking', 1),
('es', 'millas', 'booking', 1),
('es', 'programa de fidelización', 'booking', 1),
('es', 'compra online', 'booking', 1),
('es', 'tienda online', 'booking', 1),
('es', 'abordar', 'booking', 0.5),
('es', 'pedido', 'booking', 0.5),
('es', 'business', 'booking', 0.5),
('es', 'entrada', 'booking', 0.5),
('es', 'compras', 'booking', 0.5),
('es', 'comprar', 'booking', 0.5),
('es', 'puntos', 'booking', 0.5),
('es', 'habitación', 'booking', 0.5),
('es', 'plazas', 'booking', 0.5);

-- Reaching a person and getting an answer (waiting and responsiveness), and
-- the service and its staff, as customers name them ("sin servicio", "out of
-- service": the service down, a defect); a connection missed, stuck at the
-- airport, changing a flight
INSERT INTO @extschema@.voice_taxonomy_shipped (language, phrase, topic, weight) VALUES
('en', 'on the phone', 'waiting', 1),
('en', 'live person', 'waiting', 2),
('en', 'a real person', 'waiting', 2),
('en', 'a human', 'waiting', 1.5),
('en', 'talk to someone', 'waiting', 1.5),
('en', 'speak to someone', 'waiting', 1.5),
('en', 'talk to a person', 'waiting', 2),
('en', 'speak to a person', 'waiting', 2),
('en', 'get an answer', 'waiting', 1.5),
('en', 'an answer', 'waiting', 1),
('en', 'a response', 'waiting', 1),
('en', 'phone line', 'waiting', 1),
('en', 'phone lines', 'waiting', 1),
('en', 'service', 'staff', 0.5),
('en', 'out of service', 'quality', 1.5),
('en', 'service is down', 'quality', 1.5),
('en', 'your service', 'staff', 1),
('en', 'support', 'staff', 0.5),
('en', 'address my concerns', 'communication', 1),
('en', 'my concerns', 'communication', 0.5),
('es', 'al teléfono', 'waiting', 1),
('es', 'por teléfono', 'waiting', 0.5),
('es', 'hablar con alguien', 'waiting', 1.5),
('es', 'hablar con una persona', 'waiting', 2),
('es', 'una persona real', 'waiting', 2),
('es', 'un humano', 'waiting', 1.5),
('es', 'una respuesta', 'waiting', 1),
('es', 'me atiende', 'waiting', 1),
('es', 'que me atienda', 'waiting', 1.5),
('es', 'me devuelvan la llamada', 'waiting', 1.5),
('es', 'servicio', 'staff', 0.5),
('es', 'sin servicio', 'quality', 1.5),
('es', 'vuestro servicio', 'staff', 1),
('es', 'su servicio', 'staff', 1),
('es', 'soporte', 'staff', 0.5),
('es', 'servicio de atención', 'staff', 1),
('es', 'operador', 'staff', 1),
('es', 'operadora', 'staff', 1),
('es', 'mis dudas', 'communication', 0.5),
('en', 'missed connections', 'delivery', 2),
('en', 'missed our connection', 'delivery', 2),
('en', 'stuck at the airport', 'delivery', 2),
('en', 'stuck in', 'delivery', 1),
('en', 'hour late', 'delivery', 2),
('en', 'change flights', 'booking', 1.5),
('en', 'change flight', 'booking', 1.5),
('en', 'no longer available', 'booking', 1),
('es', 'perdí el enlace', 'delivery', 2),
('es', 'perdimos el enlace', 'delivery', 2),
('es', 'perdimos la conexión', 'delivery', 2),
('es', 'atrapado en el aeropuerto', 'delivery', 2),
('es', 'atrapados en el aeropuerto', 'delivery', 2),
('es', 'atrapada en el aeropuerto', 'delivery', 2),
('es', 'hora de retraso', 'delivery', 2),
('es', 'ya no está disponible', 'booking', 1),
('es', 'cambiar de vuelo', 'booking', 1.5)
ON CONFLICT (language, phrase) DO NOTHING;

-- ---- comments ----

COMMENT ON TABLE @extschema@.voice_lexicon_shipped IS
'The voice lexicon shipped with cx_metrics (replaced by extension upgrades, not dumped). Edit the lexicon through the view voice_lexicon, never here.';
COMMENT ON TABLE @extschema@.voice_lexicon_user IS
'Your edits of the voice lexicon: added phrases, changed shipped phrases and (deleted = true) removed shipped phrases. Kept by pg_dump and upgrades. Edit through the view voice_lexicon.';
COMMENT ON TABLE @extschema@.voice_taxonomy_shipped IS
'The topic taxonomy shipped with cx_metrics (replaced by extension upgrades, not dumped). Edit it through the view voice_taxonomy, never here.';
COMMENT ON TABLE @extschema@.voice_taxonomy_user IS
'Your edits of the topic taxonomy: added phrases and topics, changed shipped phrases and (deleted = true) removed shipped phrases. Kept by pg_dump and upgrades. Edit through the view voice_taxonomy.';
COMMENT ON VIEW @extschema@.voice_lexicon IS
'The voice lexicon: one row per (language, phrase) with the signal it carries and its weight (0 < weight <= 3, 1 = typical). Edit it with plain INSERT, UPDATE and DELETE; changes take effect in every session from its next statement and survive pg_dump and upgrades. source: shipped, edited or user.';
COMMENT ON VIEW @extschema@.voice_taxonomy IS
'The topic taxonomy of voice_topics and voice_agg: one row per (language, phrase) with the topic it points to and its weight (0 < weight <= 3). Add your products, places and words with plain INSERT (any topic name of a-z, 0-9 and _); changes take effect from the next statement and survive pg_dump and upgrades. source: shipped, edited or user.';

COMMENT ON COLUMN @extschema@.voice_lexicon_shipped.language IS 'es or en. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_lexicon_shipped.phrase IS 'The expression as written; matched on whole words after normalisation (case, accents, apostrophes, repeated letters). Never NULL.';
COMMENT ON COLUMN @extschema@.voice_lexicon_shipped.signal IS 'positive, negative, anger, frustration, anxiety, sadness, confusion, gratitude, repeat_contact, waiting, transfer, chasing, churn, escalation, urgency, or a modifier: intensifier, diminisher (multiply the expression after them by the weight), irony (turns a positive word before it negative). Never NULL.';
COMMENT ON COLUMN @extschema@.voice_lexicon_shipped.weight IS 'Strength, 0 < weight <= 3 (1 = typical); for intensifier and diminisher the factor applied. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_lexicon_user.language IS 'es or en. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_lexicon_user.phrase IS 'The expression as written (see voice_lexicon_shipped.phrase). Never NULL.';
COMMENT ON COLUMN @extschema@.voice_lexicon_user.signal IS 'One of the signals of voice_lexicon_shipped.signal; not used when deleted. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_lexicon_user.weight IS 'Strength, 0 < weight <= 3; not used when deleted. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_lexicon_user.deleted IS 'true: a tombstone that hides the shipped phrase of the same key. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_lexicon.language IS 'es or en. Required on INSERT.';
COMMENT ON COLUMN @extschema@.voice_lexicon.phrase IS 'The expression as written; matched on whole words after normalisation. Required on INSERT.';
COMMENT ON COLUMN @extschema@.voice_lexicon.signal IS 'positive, negative, anger, frustration, anxiety, sadness, confusion, gratitude, repeat_contact, waiting, transfer, chasing, churn, escalation, urgency, intensifier, diminisher or irony. Required on INSERT.';
COMMENT ON COLUMN @extschema@.voice_lexicon.weight IS 'Strength, 0 < weight <= 3; 1.0 when an INSERT leaves it out.';
COMMENT ON COLUMN @extschema@.voice_lexicon.source IS 'shipped, edited (a shipped phrase you changed) or user (a phrase you added). Set by the view.';
COMMENT ON COLUMN @extschema@.voice_taxonomy_shipped.language IS 'es or en. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_taxonomy_shipped.phrase IS 'The expression as written; matched on whole words after normalisation. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_taxonomy_shipped.topic IS 'billing, delivery, cancellation, quality, account, waiting, staff, price, communication or booking. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_taxonomy_shipped.weight IS 'How clearly the phrase points to the topic, 0 < weight <= 3. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_taxonomy_user.language IS 'es or en. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_taxonomy_user.phrase IS 'The expression as written. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_taxonomy_user.topic IS 'Any topic name of 1 to 63 characters a-z, 0-9, _; not used when deleted. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_taxonomy_user.weight IS 'How clearly the phrase points to the topic, 0 < weight <= 3; not used when deleted. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_taxonomy_user.deleted IS 'true: a tombstone that hides the shipped phrase of the same key. Never NULL.';
COMMENT ON COLUMN @extschema@.voice_taxonomy.language IS 'es or en. Required on INSERT.';
COMMENT ON COLUMN @extschema@.voice_taxonomy.phrase IS 'The expression as written. Required on INSERT.';
COMMENT ON COLUMN @extschema@.voice_taxonomy.topic IS 'The topic (1 to 63 characters a-z, 0-9, _); new names make new topics. Required on INSERT.';
COMMENT ON COLUMN @extschema@.voice_taxonomy.weight IS 'How clearly the phrase points to the topic, 0 < weight <= 3; 1.0 when an INSERT leaves it out.';
COMMENT ON COLUMN @extschema@.voice_taxonomy.source IS 'shipped, edited (a shipped phrase you changed) or user (a phrase you added). Set by the view.';

COMMENT ON FUNCTION @extschema@.voice_row_validate(pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.float8) IS
'Raises a check_violation saying what is wrong with a voice_lexicon row (kind signal) or voice_taxonomy row (kind topic); used by their views.';
COMMENT ON FUNCTION @extschema@.voice_table_edit() IS
'INSTEAD OF trigger of the views voice_lexicon and voice_taxonomy: turns INSERT / UPDATE / DELETE into rows of their _user table (edits and tombstones of shipped phrases).';

COMMENT ON TYPE @extschema@.voice_signals_result IS
'What a customer message says (voice_signals): sentiment -100..100, six emotions, effort and its four cues, churn intent, escalation, urgency (each 0..100), shouting and the language read.';
COMMENT ON COLUMN @extschema@.voice_signals_result.sentiment IS '100 x / sqrt(x^2 + 4), x the signed sum of the expressions in context (README); -100..100, 0 when nothing is found.';
COMMENT ON COLUMN @extschema@.voice_signals_result.anger IS 'Anger, 0..100: 100 (1 - exp(-s / 1.5)), s the weight of its expressions and faces in context.';
COMMENT ON COLUMN @extschema@.voice_signals_result.frustration IS 'Frustration, 0..100 (as anger).';
COMMENT ON COLUMN @extschema@.voice_signals_result.anxiety IS 'Anxiety or worry, 0..100 (as anger).';
COMMENT ON COLUMN @extschema@.voice_signals_result.sadness IS 'Sadness or disappointment, 0..100 (as anger).';
COMMENT ON COLUMN @extschema@.voice_signals_result.confusion IS 'Confusion, 0..100 (as anger).';
COMMENT ON COLUMN @extschema@.voice_signals_result.gratitude IS 'Gratitude or joy, 0..100 (as anger).';
COMMENT ON COLUMN @extschema@.voice_signals_result.effort IS 'Customer effort, 0..100, from the four cues below together.';
COMMENT ON COLUMN @extschema@.voice_signals_result.repeat_contact IS 'Contacting again ("tercera vez que llamo", "I already sent this twice"), 0..100.';
COMMENT ON COLUMN @extschema@.voice_signals_result.waiting IS 'Waiting ("llevo 3 dias esperando", "on hold for an hour"), 0..100.';
COMMENT ON COLUMN @extschema@.voice_signals_result.transfer IS 'Being passed from one person to another ("me han pasado con cuatro personas"), 0..100.';
COMMENT ON COLUMN @extschema@.voice_signals_result.chasing IS 'Having to chase ("any update?", "sigo sin noticias"), 0..100.';
COMMENT ON COLUMN @extschema@.voice_signals_result.churn_intent IS 'Intent to leave ("me doy de baja", "cancel my account", "switching to"), 0..100.';
COMMENT ON COLUMN @extschema@.voice_signals_result.escalation IS 'Threat to escalate (regulator, consumer office, lawyer, chargeback, social media), 0..100.';
COMMENT ON COLUMN @extschema@.voice_signals_result.urgency IS 'Urgency ("urgent", "asap", "hoy mismo"), 0..100.';
COMMENT ON COLUMN @extschema@.voice_signals_result.shouting IS 'true when at least 60% of 12 or more letters are capitals.';
COMMENT ON COLUMN @extschema@.voice_signals_result.language IS 'es or en: the language given, or detected from the text.';

COMMENT ON FUNCTION @extschema@.voice_sentiment(pg_catalog.text, pg_catalog.text) IS
'Sentiment of a customer message, -100..100 (see voice_signals). lang: ''es'', ''en'' or NULL to detect it. NULL body gives NULL.';
COMMENT ON FUNCTION @extschema@.voice_signals(pg_catalog.text, pg_catalog.text) IS
'What a customer message says: sentiment, emotions, effort, churn intent, escalation, urgency (a voice_signals_result). lang: ''es'', ''en'' or NULL to detect it. NULL body gives NULL.';
COMMENT ON FUNCTION @extschema@.voice_markers(pg_catalog.text, pg_catalog.text) IS
'Every expression behind voice_signals, in text order: signal, lexicon phrase, the text matched, its 1-based character position, weight, signed value in the sentiment sum (NULL for modifiers), negated, ironic, language; then the emoji and emoticons by class (matched and position NULL, weight = how many).';
COMMENT ON FUNCTION @extschema@.voice_topics(pg_catalog.text, pg_catalog.text) IS
'The topics of the taxonomy a customer message is about: topic, summed weight of its expressions, the expressions as written (at most 16); heaviest first. No rows when none is found.';

COMMENT ON TYPE @extschema@.voice_state IS
'Exact counts over customer messages (voice_agg): messages, negative and positive ones, the sum of sentiments in thousandths, messages showing each signal and messages per topic. Combinable; read it with voice_summary.';
COMMENT ON FUNCTION @extschema@.voice_state_in(pg_catalog.cstring) IS 'Text input of voice_state; every count is checked.';
COMMENT ON FUNCTION @extschema@.voice_state_out(@extschema@.voice_state) IS 'Text output of voice_state.';
COMMENT ON FUNCTION @extschema@.voice_state_recv(pg_catalog.internal) IS 'Binary input of voice_state; every count is checked.';
COMMENT ON FUNCTION @extschema@.voice_state_send(@extschema@.voice_state) IS 'Binary output of voice_state.';
COMMENT ON FUNCTION @extschema@.voice_state_accum(@extschema@.voice_state, pg_catalog.text) IS 'Transition function of voice_agg(body).';
COMMENT ON FUNCTION @extschema@.voice_state_accum(@extschema@.voice_state, pg_catalog.text, pg_catalog.text) IS 'Transition function of voice_agg(body, lang).';
COMMENT ON FUNCTION @extschema@.voice_state_combine(@extschema@.voice_state, @extschema@.voice_state) IS 'Adds two voice_states (combine function of voice_agg, and the rollup voice_agg(voice_state)).';
COMMENT ON AGGREGATE @extschema@.voice_agg(pg_catalog.text) IS
'The voice_state of a set of customer messages (language detected per message); NULL messages ignored; n=0 when there are none. Read it with voice_summary.';
COMMENT ON AGGREGATE @extschema@.voice_agg(pg_catalog.text, pg_catalog.text) IS
'The voice_state of a set of customer messages, each read in its lang (''es'', ''en'' or NULL to detect); NULL messages ignored.';
COMMENT ON AGGREGATE @extschema@.voice_agg(@extschema@.voice_state) IS
'Rolls stored voice_states up into one (NULLs ignored), e.g. days into months.';
COMMENT ON TYPE @extschema@.voice_summary_result IS
'voice_summary of a voice_state: messages, shares of negative and positive messages, mean sentiment, the share of messages showing each signal, and the top topics.';
COMMENT ON COLUMN @extschema@.voice_summary_result.messages IS 'Messages read (NULL messages are not counted).';
COMMENT ON COLUMN @extschema@.voice_summary_result.negative_share IS 'Share of messages with sentiment below -10, 0..1; NULL when there are no messages.';
COMMENT ON COLUMN @extschema@.voice_summary_result.positive_share IS 'Share of messages with sentiment above 10, 0..1; NULL when there are no messages.';
COMMENT ON COLUMN @extschema@.voice_summary_result.mean_sentiment IS 'Mean sentiment, -100..100 (from exact sums in thousandths); NULL when there are no messages.';
COMMENT ON COLUMN @extschema@.voice_summary_result.anger_rate IS 'Share of messages showing anger (above 0), 0..1; NULL when there are no messages.';
COMMENT ON COLUMN @extschema@.voice_summary_result.frustration_rate IS 'Share of messages showing frustration, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.anxiety_rate IS 'Share of messages showing anxiety or worry, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.sadness_rate IS 'Share of messages showing sadness or disappointment, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.confusion_rate IS 'Share of messages showing confusion, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.gratitude_rate IS 'Share of messages showing gratitude or joy, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.effort_rate IS 'Share of messages with any effort cue, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.repeat_contact_rate IS 'Share of messages saying they contact again, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.waiting_rate IS 'Share of messages about waiting, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.transfer_rate IS 'Share of messages about being passed around, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.chasing_rate IS 'Share of messages chasing an answer, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.churn_intent_rate IS 'Share of messages with churn intent, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.escalation_rate IS 'Share of messages threatening to escalate, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.urgency_rate IS 'Share of urgent messages, 0..1.';
COMMENT ON COLUMN @extschema@.voice_summary_result.top_topics IS 'The 10 topics with most messages: [{"topic", "messages", "share"}], most first (ties by name); NULL when there are no messages.';
COMMENT ON FUNCTION @extschema@.voice_summary(@extschema@.voice_state) IS
'Reads a voice_state: messages, negative and positive shares, mean sentiment, signal rates and top topics (a voice_summary_result).';

-- ---- alerts on the customer's voice ----
--
-- churn_intent, escalation_threat and customer_distress read a customer's
-- message as the empathy kind reads an agent's: same trigger function
-- (cx_alert_empathy_trigger), same text, role and lang settings, same WHEN
-- clause; the configuration row says which voice kind it is ("voice") and
-- its threshold on the signal, 0..100, which the trigger reads with the
-- other options (src/alert_options.c).  So the empathy kind's validation,
-- bookkeeping and schema guard serve these kinds too.
CREATE FUNCTION @extschema@.cx_alert_attach_voice(tbl pg_catalog.regclass, kind pg_catalog.text,
                                                   config pg_catalog.jsonb)
RETURNS pg_catalog.int4
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	allowed CONSTANT text[] := ARRAY['subject', 'key', 'at', 'threshold', 'cooldown', 'channel',
	                                 'include', 'trigger_name', 'text', 'role', 'customer', 'lang'];
	k text;
	signal_threshold numeric;
	inner_config jsonb;
	id int;
BEGIN
	IF tbl IS NULL OR config IS NULL THEN
		RAISE EXCEPTION 'table, kind and config must not be null' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF jsonb_typeof(config) <> 'object' THEN
		RAISE EXCEPTION 'alert configuration must be a JSON object' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	FOR k IN SELECT jsonb_object_keys(config) LOOP
		IF NOT k = ANY (allowed) THEN
			RAISE EXCEPTION 'unknown setting "%" for a % alert', k, kind
				USING ERRCODE = 'invalid_parameter_value',
				      HINT = format('Settings: %s.', array_to_string(allowed, ', '));
		END IF;
	END LOOP;
	IF config ? 'customer' AND NOT config ? 'role' THEN
		RAISE EXCEPTION 'setting "customer" needs "role"' USING ERRCODE = 'invalid_parameter_value',
			HINT = 'Name the column that tells customers'' messages from agents'', e.g. {"role": "message_type", "customer": 0}.';
	END IF;
	IF config ? 'role' AND NOT config ? 'customer' THEN
		RAISE EXCEPTION 'setting "customer" is required with "role"' USING ERRCODE = 'invalid_parameter_value',
			HINT = 'Give the value of the role column for customers'' messages, e.g. {"role": "message_type", "customer": 0}.';
	END IF;
	IF coalesce(config ->> 'lang', 'auto') NOT IN ('es', 'en', 'auto') THEN
		RAISE EXCEPTION 'unknown voice language "%"', config ->> 'lang' USING ERRCODE = 'invalid_parameter_value',
			HINT = 'Use "es", "en" or "auto" (detect from the text).';
	END IF;
	BEGIN
		signal_threshold := coalesce((config ->> 'threshold')::numeric, CASE kind WHEN 'customer_distress' THEN 60 ELSE 50 END);
	EXCEPTION WHEN invalid_text_representation THEN
		RAISE EXCEPTION 'threshold "%" is not a number', config ->> 'threshold' USING ERRCODE = 'invalid_parameter_value';
	END;
	IF signal_threshold NOT BETWEEN 0 AND 100 THEN
		RAISE EXCEPTION '% threshold % is outside 0..100', kind, signal_threshold USING ERRCODE = 'invalid_parameter_value',
			HINT = CASE kind WHEN 'churn_intent' THEN 'The alert fires when voice_signals(text).churn_intent >= threshold.'
			                 WHEN 'escalation_threat' THEN 'The alert fires when voice_signals(text).escalation >= threshold.'
			                 ELSE 'The alert fires when anger, frustration or repeat_contact of voice_signals(text) >= threshold.' END;
	END IF;
	-- the empathy kind's settings: "agent" is the role value to score, no anti-empathy rule
	inner_config := (config - 'customer' - 'threshold')
		|| jsonb_build_object('trigger_name', coalesce(config ->> 'trigger_name', 'cx_alert_' || kind),
		                      'anti', false, 'threshold', 0);
	IF config ? 'customer' THEN
		inner_config := inner_config || jsonb_build_object('agent', config -> 'customer');
	END IF;
	id := @extschema@.cx_alert_attach_kind(tbl, 'empathy', inner_config);
	UPDATE @extschema@.cx_alert_config c
	SET kind = cx_alert_attach_voice.kind,
	    config = (c.config - 'agent' - 'anti' - 'threshold')
	             || jsonb_build_object('voice', cx_alert_attach_voice.kind, 'threshold', signal_threshold,
	                                   'customer', cx_alert_attach_voice.config -> 'customer')
	WHERE c.config_id = id;
	RETURN id;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_attach_voice(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) IS
'Internal to cx_alert_attach(): validates a churn_intent, escalation_threat or customer_distress configuration (text, role, customer, lang, threshold 0..100 on the signal) and attaches it as a text trigger.';
COMMENT ON FUNCTION @extschema@.cx_alert_empathy_trigger() IS
'AFTER INSERT OR UPDATE row trigger of a text column: empathy_low alerts on agents'' messages (empathy_score below the threshold, or anti-empathy language), or, when its configuration says "voice", churn_intent, escalation_threat or customer_distress alerts on customers'' messages. Its arguments are written by cx_alert_attach(); do not create it by hand.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_attach_voice(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_attach_voice(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) TO cx_alerts_admin;

-- ---- end of the customer's voice --------------------------------------------

-- ---- which drivers matter most ------------------------------------------------
-- driver_importance_agg(outcome, drivers float8[] [, names text[]]) keeps the
-- exact sufficient statistics of a linear model of the outcome on up to 32
-- drivers in a driver_state; driver_importance(state) reports each driver's
-- correlation, standardized coefficient and Shapley share of R², ranked.

CREATE TYPE @extschema@.driver_state;
CREATE FUNCTION @extschema@.driver_state_in(pg_catalog.cstring) RETURNS @extschema@.driver_state
AS 'MODULE_PATHNAME', 'driver_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_state_out(@extschema@.driver_state) RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'driver_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_state_recv(pg_catalog.internal) RETURNS @extschema@.driver_state
AS 'MODULE_PATHNAME', 'driver_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_state_send(@extschema@.driver_state) RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'driver_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.driver_state (
	INPUT = @extschema@.driver_state_in, OUTPUT = @extschema@.driver_state_out,
	RECEIVE = @extschema@.driver_state_recv, SEND = @extschema@.driver_state_send,
	INTERNALLENGTH = VARIABLE, ALIGNMENT = double, STORAGE = extended
);
COMMENT ON TYPE @extschema@.driver_state IS
'Sufficient statistics of a driver analysis (driver_importance_agg): the number of drivers k (at most 32) and their names, the rows used (n) and skipped for a NULL (skipped), and double-double sums of the outcome, the drivers and all their pairwise products. Storable and combinable (driver_importance_agg(driver_state)); read with driver_importance(). Text form {"k":..,"n":..,"skipped":..,"names":[..] or null,"acc":[[hi,lo],..]} (valid JSON).';
COMMENT ON FUNCTION @extschema@.driver_state_in(pg_catalog.cstring) IS
'Text input of driver_state: parses and validates {"k":..,"n":..,"skipped":..,"names":..,"acc":[[hi,lo],..]} (k 0..32, counts not negative, finite sums, sums of squares not negative, distinct non-empty names).';
COMMENT ON FUNCTION @extschema@.driver_state_out(@extschema@.driver_state) IS
'Text output of driver_state: {"k":..,"n":..,"skipped":..,"names":..,"acc":[[hi,lo],..]} with 17 significant digits, so it reads back to the same state.';
COMMENT ON FUNCTION @extschema@.driver_state_recv(pg_catalog.internal) IS
'Binary input of driver_state (version byte, k, names flag, n, skipped, the (hi, lo) sums as float8, the names), validated like the text form.';
COMMENT ON FUNCTION @extschema@.driver_state_send(@extschema@.driver_state) IS
'Binary output of driver_state (version byte, k, names flag, n, skipped, the (hi, lo) sums as float8, the names).';

CREATE FUNCTION @extschema@.driver_state_accum(@extschema@.driver_state, pg_catalog.float8, pg_catalog.float8[])
RETURNS @extschema@.driver_state
AS 'MODULE_PATHNAME', 'driver_state_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_state_accum(@extschema@.driver_state, pg_catalog.float8, pg_catalog.float8[], pg_catalog.text[])
RETURNS @extschema@.driver_state
AS 'MODULE_PATHNAME', 'driver_state_accum_named' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.driver_state_combine(@extschema@.driver_state, @extschema@.driver_state)
RETURNS @extschema@.driver_state
AS 'MODULE_PATHNAME', 'driver_state_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.driver_state_accum(@extschema@.driver_state, pg_catalog.float8, pg_catalog.float8[]) IS
'Transition function of driver_importance_agg(outcome, drivers): adds one row (or counts it as skipped when the outcome, the array or an element is NULL). Only callable from the aggregate.';
COMMENT ON FUNCTION @extschema@.driver_state_accum(@extschema@.driver_state, pg_catalog.float8, pg_catalog.float8[], pg_catalog.text[]) IS
'Transition function of driver_importance_agg(outcome, drivers, names): adds one row and checks that the names are those of the earlier rows. Only callable from the aggregate.';
COMMENT ON FUNCTION @extschema@.driver_state_combine(@extschema@.driver_state, @extschema@.driver_state) IS
'Adds two driver states of the same drivers (same k and names; error otherwise): combine function of driver_importance_agg and transition function of driver_importance_agg(driver_state).';

CREATE AGGREGATE @extschema@.driver_importance_agg(pg_catalog.float8, pg_catalog.float8[]) (
	SFUNC = @extschema@.driver_state_accum, STYPE = @extschema@.driver_state,
	COMBINEFUNC = @extschema@.driver_state_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_importance_agg(pg_catalog.float8, pg_catalog.float8[], pg_catalog.text[]) (
	SFUNC = @extschema@.driver_state_accum, STYPE = @extschema@.driver_state,
	COMBINEFUNC = @extschema@.driver_state_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.driver_importance_agg(@extschema@.driver_state) (
	SFUNC = @extschema@.driver_state_combine, STYPE = @extschema@.driver_state,
	COMBINEFUNC = @extschema@.driver_state_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.driver_importance_agg(pg_catalog.float8, pg_catalog.float8[]) IS
'Driver analysis state of an outcome (e.g. a 1-5 or 0-10 score) and up to 32 drivers (ratings or 0/1 exposure flags) passed as ARRAY[d1, d2, ...]: exact sums for driver_importance(). A row whose outcome, array or any driver is NULL is skipped and counted; every row must have the same number of drivers. NULL over no rows.';
COMMENT ON AGGREGATE @extschema@.driver_importance_agg(pg_catalog.float8, pg_catalog.float8[], pg_catalog.text[]) IS
'Driver analysis state as driver_importance_agg(outcome, drivers), with the drivers'' names (one per driver, distinct, the same on every row) shown by driver_importance().';
COMMENT ON AGGREGATE @extschema@.driver_importance_agg(@extschema@.driver_state) IS
'Rollup: the sum of stored driver states of the same drivers, e.g. daily states into a month. NULL over no rows.';

CREATE FUNCTION @extschema@.driver_importance(state @extschema@.driver_state,
	OUT driver pg_catalog.text, OUT rank pg_catalog.int4, OUT n pg_catalog.int8, OUT skipped pg_catalog.int8,
	OUT mean pg_catalog.float8, OUT sd pg_catalog.float8, OUT correlation pg_catalog.float8,
	OUT std_coefficient pg_catalog.float8, OUT shapley_r2 pg_catalog.float8, OUT share pg_catalog.float8,
	OUT r2 pg_catalog.float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'driver_importance' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.driver_importance(@extschema@.driver_state) IS
'Which drivers matter most: one row per driver, ranked (1 = largest Shapley share of R²; by |std_coefficient| when there are more than 15 drivers). driver: its name (d1, d2, ... without names); n: rows used; skipped: rows skipped for a NULL; mean and sd (sample) of the driver; correlation: Pearson correlation with the outcome; std_coefficient: coefficient of the multiple regression on standardized variables; shapley_r2: the driver''s part of R² by exact Shapley (LMG) decomposition over all subsets (sums to r2; up to 15 drivers); share = shapley_r2 / r2; r2: R² of the model with all drivers. NULL when undefined: constant driver or outcome, collinear drivers (coefficients), too few rows (n <= varying drivers + 1). Notices say why.';

-- ---- end of which drivers matter most -------------------------------------------

-- ---- impact of one driver ---------------------------------------------------
-- nps_impact / csat_impact / ces_impact over (score, exposed) rows, and over
-- two stored states.  C code in src/impact.c, statistics in src/core/impact.c.
-- Each aggregate's state is a concrete fixed-length type (two count vectors)
-- updated in place; NULL scores or NULL exposed flags are left out.

CREATE TYPE @extschema@.impact_result AS (
	exposed_responses pg_catalog.int8,
	exposed_value pg_catalog.float8,
	unexposed_responses pg_catalog.int8,
	unexposed_value pg_catalog.float8,
	difference pg_catalog.float8,
	ci_lower pg_catalog.float8,
	ci_upper pg_catalog.float8,
	p_value pg_catalog.float8,
	exposed_share pg_catalog.float8,
	points_at_stake pg_catalog.float8
);
COMMENT ON TYPE @extschema@.impact_result IS
'The impact of one driver on a score (nps_impact, csat_impact, ces_impact): the value of the exposed answers against the others, the difference with its interval and p-value, the share exposed and the points at stake. Figures are NULL when undefined (a group without answers).';
COMMENT ON COLUMN @extschema@.impact_result.exposed_responses IS 'Answers of the exposed group (exposed = true).';
COMMENT ON COLUMN @extschema@.impact_result.exposed_value IS 'NPS, CSAT % or CES (mean effort) of the exposed group; NULL without answers.';
COMMENT ON COLUMN @extschema@.impact_result.unexposed_responses IS 'Answers of the unexposed group (exposed = false).';
COMMENT ON COLUMN @extschema@.impact_result.unexposed_value IS 'NPS, CSAT % or CES (mean effort) of the unexposed group; NULL without answers.';
COMMENT ON COLUMN @extschema@.impact_result.difference IS 'exposed_value - unexposed_value (NPS points, percentage points or effort points); NULL when a group has no answers.';
COMMENT ON COLUMN @extschema@.impact_result.ci_lower IS 'Lower end of the confidence interval of the difference (NPS: adjusted-Wald; CSAT: Agresti-Caffo; CES: Welch t), clipped to the possible range.';
COMMENT ON COLUMN @extschema@.impact_result.ci_upper IS 'Upper end of the confidence interval of the difference, clipped to the possible range.';
COMMENT ON COLUMN @extschema@.impact_result.p_value IS 'Two-sided p-value of "no difference", from the same statistic as the interval; NULL when undefined (a group without answers; CES: a group with fewer than 2 answers or no variance in either).';
COMMENT ON COLUMN @extschema@.impact_result.exposed_share IS 'Exposed answers / all answers (0 to 1); NULL without answers.';
COMMENT ON COLUMN @extschema@.impact_result.points_at_stake IS 'What the overall value would gain if the exposed group scored like the rest: exposed_share * (unexposed_value - exposed_value); NULL when a group has no answers.';

CREATE TYPE @extschema@.nps_impact_state;
CREATE FUNCTION @extschema@.nps_impact_state_in(pg_catalog.cstring) RETURNS @extschema@.nps_impact_state
AS 'MODULE_PATHNAME', 'nps_impact_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_impact_state_out(@extschema@.nps_impact_state) RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'nps_impact_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_impact_state_recv(pg_catalog.internal) RETURNS @extschema@.nps_impact_state
AS 'MODULE_PATHNAME', 'nps_impact_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_impact_state_send(@extschema@.nps_impact_state) RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'nps_impact_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.nps_impact_state (
	INPUT = @extschema@.nps_impact_state_in,
	OUTPUT = @extschema@.nps_impact_state_out,
	RECEIVE = @extschema@.nps_impact_state_recv,
	SEND = @extschema@.nps_impact_state_send,
	INTERNALLENGTH = 192,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.nps_impact_state IS
'The state of nps_impact(score, exposed): the exact counts of the answers 0-10 of the exposed rows and of the others, e.g. exposed:{0:3,10:1} unexposed:{9:2,10:5}.';
COMMENT ON FUNCTION @extschema@.nps_impact_state_in(pg_catalog.cstring) IS
'Text input of nps_impact_state: exposed:{nps_state} unexposed:{nps_state}; every count validated.';
COMMENT ON FUNCTION @extschema@.nps_impact_state_out(@extschema@.nps_impact_state) IS
'Text output of nps_impact_state: exposed:{nps_state} unexposed:{nps_state}.';
COMMENT ON FUNCTION @extschema@.nps_impact_state_recv(pg_catalog.internal) IS
'Binary input of nps_impact_state (version byte 1, then the 11 counts of the exposed group and the 11 of the others as int8); validated.';
COMMENT ON FUNCTION @extschema@.nps_impact_state_send(@extschema@.nps_impact_state) IS
'Binary output of nps_impact_state: version byte 1, then the 11 counts of the exposed group and the 11 of the others as int8.';

CREATE TYPE @extschema@.csat_impact_state;
CREATE FUNCTION @extschema@.csat_impact_state_in(pg_catalog.cstring) RETURNS @extschema@.csat_impact_state
AS 'MODULE_PATHNAME', 'csat_impact_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_impact_state_out(@extschema@.csat_impact_state) RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'csat_impact_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_impact_state_recv(pg_catalog.internal) RETURNS @extschema@.csat_impact_state
AS 'MODULE_PATHNAME', 'csat_impact_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_impact_state_send(@extschema@.csat_impact_state) RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'csat_impact_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.csat_impact_state (
	INPUT = @extschema@.csat_impact_state_in,
	OUTPUT = @extschema@.csat_impact_state_out,
	RECEIVE = @extschema@.csat_impact_state_recv,
	SEND = @extschema@.csat_impact_state_send,
	INTERNALLENGTH = 184,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.csat_impact_state IS
'The state of csat_impact(score, exposed [, scale_max]): the scale and the exact counts of the answers of the exposed rows and of the others, e.g. exposed:{scale:5,1:2,5:1} unexposed:{scale:5,4:3,5:6}.';
COMMENT ON FUNCTION @extschema@.csat_impact_state_in(pg_catalog.cstring) IS
'Text input of csat_impact_state: exposed:{csat_state} unexposed:{csat_state}, both on one scale; every count validated.';
COMMENT ON FUNCTION @extschema@.csat_impact_state_out(@extschema@.csat_impact_state) IS
'Text output of csat_impact_state: exposed:{csat_state} unexposed:{csat_state}, both on one scale.';
COMMENT ON FUNCTION @extschema@.csat_impact_state_recv(pg_catalog.internal) IS
'Binary input of csat_impact_state (version byte 1, the scale byte, then scale counts of the exposed group and scale counts of the others as int8); validated.';
COMMENT ON FUNCTION @extschema@.csat_impact_state_send(@extschema@.csat_impact_state) IS
'Binary output of csat_impact_state: version byte 1, the scale byte, then scale counts of the exposed group and scale counts of the others as int8.';

CREATE TYPE @extschema@.ces_impact_state;
CREATE FUNCTION @extschema@.ces_impact_state_in(pg_catalog.cstring) RETURNS @extschema@.ces_impact_state
AS 'MODULE_PATHNAME', 'ces_impact_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_impact_state_out(@extschema@.ces_impact_state) RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'ces_impact_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_impact_state_recv(pg_catalog.internal) RETURNS @extschema@.ces_impact_state
AS 'MODULE_PATHNAME', 'ces_impact_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_impact_state_send(@extschema@.ces_impact_state) RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'ces_impact_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.ces_impact_state (
	INPUT = @extschema@.ces_impact_state_in,
	OUTPUT = @extschema@.ces_impact_state_out,
	RECEIVE = @extschema@.ces_impact_state_recv,
	SEND = @extschema@.ces_impact_state_send,
	INTERNALLENGTH = 128,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.ces_impact_state IS
'The state of ces_impact(score, exposed): the exact counts of the answers 1-7 of the exposed rows and of the others, e.g. exposed:{1:3,4:1} unexposed:{6:2,7:5}.';
COMMENT ON FUNCTION @extschema@.ces_impact_state_in(pg_catalog.cstring) IS
'Text input of ces_impact_state: exposed:{ces_state} unexposed:{ces_state}; every count validated.';
COMMENT ON FUNCTION @extschema@.ces_impact_state_out(@extschema@.ces_impact_state) IS
'Text output of ces_impact_state: exposed:{ces_state} unexposed:{ces_state}.';
COMMENT ON FUNCTION @extschema@.ces_impact_state_recv(pg_catalog.internal) IS
'Binary input of ces_impact_state (version byte 1, then the 7 counts of the exposed group and the 7 of the others as int8); validated.';
COMMENT ON FUNCTION @extschema@.ces_impact_state_send(@extschema@.ces_impact_state) IS
'Binary output of ces_impact_state: version byte 1, then the 7 counts of the exposed group and the 7 of the others as int8.';

-- ---- NPS ----
CREATE FUNCTION @extschema@.nps_impact_accum(@extschema@.nps_impact_state, pg_catalog.int2, pg_catalog.bool)
RETURNS @extschema@.nps_impact_state AS 'MODULE_PATHNAME', 'nps_impact_accum_int2'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_impact_accum(@extschema@.nps_impact_state, pg_catalog.int2, pg_catalog.bool) IS
'Transition function of nps_impact: adds one answer 0-10 to the exposed or the unexposed group (in place inside the aggregate).';
CREATE FUNCTION @extschema@.nps_impact_accum(@extschema@.nps_impact_state, pg_catalog.int4, pg_catalog.bool)
RETURNS @extschema@.nps_impact_state AS 'MODULE_PATHNAME', 'nps_impact_accum_int4'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_impact_accum(@extschema@.nps_impact_state, pg_catalog.int4, pg_catalog.bool) IS
'Transition function of nps_impact: adds one answer 0-10 to the exposed or the unexposed group (in place inside the aggregate).';
CREATE FUNCTION @extschema@.nps_impact_accum(@extschema@.nps_impact_state, pg_catalog.int8, pg_catalog.bool)
RETURNS @extschema@.nps_impact_state AS 'MODULE_PATHNAME', 'nps_impact_accum_int8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_impact_accum(@extschema@.nps_impact_state, pg_catalog.int8, pg_catalog.bool) IS
'Transition function of nps_impact: adds one answer 0-10 to the exposed or the unexposed group (in place inside the aggregate).';
CREATE FUNCTION @extschema@.nps_impact_accum(@extschema@.nps_impact_state, pg_catalog.numeric, pg_catalog.bool)
RETURNS @extschema@.nps_impact_state AS 'MODULE_PATHNAME', 'nps_impact_accum_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_impact_accum(@extschema@.nps_impact_state, pg_catalog.numeric, pg_catalog.bool) IS
'Transition function of nps_impact: adds one answer 0-10 to the exposed or the unexposed group (in place inside the aggregate).';
CREATE FUNCTION @extschema@.nps_impact_combine(@extschema@.nps_impact_state, @extschema@.nps_impact_state)
RETURNS @extschema@.nps_impact_state AS 'MODULE_PATHNAME', 'nps_impact_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_impact_combine(@extschema@.nps_impact_state, @extschema@.nps_impact_state) IS
'Combine function of nps_impact: adds the counts of two states, group by group.';
CREATE FUNCTION @extschema@.nps_impact_final(@extschema@.nps_impact_state)
RETURNS @extschema@.impact_result AS 'MODULE_PATHNAME', 'nps_impact_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_impact_final(@extschema@.nps_impact_state) IS
'Final function of nps_impact: the impact_result of a state at the 95% level.';
CREATE AGGREGATE @extschema@.nps_impact(score pg_catalog.int2, exposed pg_catalog.bool) (
	SFUNC = @extschema@.nps_impact_accum, STYPE = @extschema@.nps_impact_state,
	INITCOND = 'exposed:{} unexposed:{}',
	FINALFUNC = @extschema@.nps_impact_final, COMBINEFUNC = @extschema@.nps_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps_impact(pg_catalog.int2, pg_catalog.bool) IS
'Impact of a driver on the NPS: the NPS of the answers with exposed = true against the others, difference with its 95% adjusted-Wald interval and p-value, exposed share and points at stake. Rows with a NULL score or exposed flag are left out; an error for a score outside 0-10.';
CREATE AGGREGATE @extschema@.nps_impact(score pg_catalog.int4, exposed pg_catalog.bool) (
	SFUNC = @extschema@.nps_impact_accum, STYPE = @extschema@.nps_impact_state,
	INITCOND = 'exposed:{} unexposed:{}',
	FINALFUNC = @extschema@.nps_impact_final, COMBINEFUNC = @extschema@.nps_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps_impact(pg_catalog.int4, pg_catalog.bool) IS
'Impact of a driver on the NPS: the NPS of the answers with exposed = true against the others, difference with its 95% adjusted-Wald interval and p-value, exposed share and points at stake. Rows with a NULL score or exposed flag are left out; an error for a score outside 0-10.';
CREATE AGGREGATE @extschema@.nps_impact(score pg_catalog.int8, exposed pg_catalog.bool) (
	SFUNC = @extschema@.nps_impact_accum, STYPE = @extschema@.nps_impact_state,
	INITCOND = 'exposed:{} unexposed:{}',
	FINALFUNC = @extschema@.nps_impact_final, COMBINEFUNC = @extschema@.nps_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps_impact(pg_catalog.int8, pg_catalog.bool) IS
'Impact of a driver on the NPS: the NPS of the answers with exposed = true against the others, difference with its 95% adjusted-Wald interval and p-value, exposed share and points at stake. Rows with a NULL score or exposed flag are left out; an error for a score outside 0-10.';
CREATE AGGREGATE @extschema@.nps_impact(score pg_catalog.numeric, exposed pg_catalog.bool) (
	SFUNC = @extschema@.nps_impact_accum, STYPE = @extschema@.nps_impact_state,
	INITCOND = 'exposed:{} unexposed:{}',
	FINALFUNC = @extschema@.nps_impact_final, COMBINEFUNC = @extschema@.nps_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps_impact(pg_catalog.numeric, pg_catalog.bool) IS
'Impact of a driver on the NPS: the NPS of the answers with exposed = true against the others, difference with its 95% adjusted-Wald interval and p-value, exposed share and points at stake. Rows with a NULL score or exposed flag are left out; an error for a score outside 0-10 or fractional.';
CREATE FUNCTION @extschema@.nps_impact(exposed @extschema@.nps_state, unexposed @extschema@.nps_state, level pg_catalog.float8 DEFAULT 0.95)
RETURNS @extschema@.impact_result AS 'MODULE_PATHNAME', 'nps_impact_of_states'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_impact(@extschema@.nps_state, @extschema@.nps_state, pg_catalog.float8) IS
'Impact of a driver on the NPS from two stored states (the exposed answers, the others), e.g. nps_impact(nps_rollup(exposed_state), nps_rollup(unexposed_state)); a NULL state is a group without answers; interval at the given level (default 0.95).';

-- ---- CSAT ----
CREATE FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.int2, pg_catalog.bool)
RETURNS @extschema@.csat_impact_state AS 'MODULE_PATHNAME', 'csat_impact_accum_int2'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.int2, pg_catalog.bool) IS
'Transition function of csat_impact (1-5 scale): adds one answer to the exposed or the unexposed group (in place inside the aggregate); NULL answers or flags are left out.';
CREATE FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.int2, pg_catalog.bool, pg_catalog.int4)
RETURNS @extschema@.csat_impact_state AS 'MODULE_PATHNAME', 'csat_impact_accum_int2_scale'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.int2, pg_catalog.bool, pg_catalog.int4) IS
'Transition function of csat_impact with scale_max: adds one answer to the exposed or the unexposed group (in place inside the aggregate); NULL answers or flags are left out.';
CREATE FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.int4, pg_catalog.bool)
RETURNS @extschema@.csat_impact_state AS 'MODULE_PATHNAME', 'csat_impact_accum_int4'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.int4, pg_catalog.bool) IS
'Transition function of csat_impact (1-5 scale): adds one answer to the exposed or the unexposed group (in place inside the aggregate); NULL answers or flags are left out.';
CREATE FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.int4, pg_catalog.bool, pg_catalog.int4)
RETURNS @extschema@.csat_impact_state AS 'MODULE_PATHNAME', 'csat_impact_accum_int4_scale'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.int4, pg_catalog.bool, pg_catalog.int4) IS
'Transition function of csat_impact with scale_max: adds one answer to the exposed or the unexposed group (in place inside the aggregate); NULL answers or flags are left out.';
CREATE FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.int8, pg_catalog.bool)
RETURNS @extschema@.csat_impact_state AS 'MODULE_PATHNAME', 'csat_impact_accum_int8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.int8, pg_catalog.bool) IS
'Transition function of csat_impact (1-5 scale): adds one answer to the exposed or the unexposed group (in place inside the aggregate); NULL answers or flags are left out.';
CREATE FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.int8, pg_catalog.bool, pg_catalog.int4)
RETURNS @extschema@.csat_impact_state AS 'MODULE_PATHNAME', 'csat_impact_accum_int8_scale'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.int8, pg_catalog.bool, pg_catalog.int4) IS
'Transition function of csat_impact with scale_max: adds one answer to the exposed or the unexposed group (in place inside the aggregate); NULL answers or flags are left out.';
CREATE FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.numeric, pg_catalog.bool)
RETURNS @extschema@.csat_impact_state AS 'MODULE_PATHNAME', 'csat_impact_accum_numeric'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.numeric, pg_catalog.bool) IS
'Transition function of csat_impact (1-5 scale): adds one answer to the exposed or the unexposed group (in place inside the aggregate); NULL answers or flags are left out.';
CREATE FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.numeric, pg_catalog.bool, pg_catalog.int4)
RETURNS @extschema@.csat_impact_state AS 'MODULE_PATHNAME', 'csat_impact_accum_numeric_scale'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_impact_accum(@extschema@.csat_impact_state, pg_catalog.numeric, pg_catalog.bool, pg_catalog.int4) IS
'Transition function of csat_impact with scale_max: adds one answer to the exposed or the unexposed group (in place inside the aggregate); NULL answers or flags are left out.';
CREATE FUNCTION @extschema@.csat_impact_combine(@extschema@.csat_impact_state, @extschema@.csat_impact_state)
RETURNS @extschema@.csat_impact_state AS 'MODULE_PATHNAME', 'csat_impact_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_impact_combine(@extschema@.csat_impact_state, @extschema@.csat_impact_state) IS
'Combine function of csat_impact: adds the counts of two states of one scale, group by group (NULL is no answers).';
CREATE FUNCTION @extschema@.csat_impact_final(@extschema@.csat_impact_state)
RETURNS @extschema@.impact_result AS 'MODULE_PATHNAME', 'csat_impact_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_impact_final(@extschema@.csat_impact_state) IS
'Final function of csat_impact: the impact_result of a state at the 95% level (zero answers and NULL figures for no state).';
CREATE AGGREGATE @extschema@.csat_impact(score pg_catalog.int2, exposed pg_catalog.bool) (
	SFUNC = @extschema@.csat_impact_accum, STYPE = @extschema@.csat_impact_state,
	FINALFUNC = @extschema@.csat_impact_final, COMBINEFUNC = @extschema@.csat_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.csat_impact(pg_catalog.int2, pg_catalog.bool) IS
'Impact of a driver on CSAT on a 1-5 scale: the CSAT % (top two boxes) of the answers with exposed = true against the others, difference in percentage points with its 95% Agresti-Caffo interval and p-value, exposed share and points at stake. Rows with a NULL answer or exposed flag are left out; an error for an answer off the scale.';
CREATE AGGREGATE @extschema@.csat_impact(score pg_catalog.int2, exposed pg_catalog.bool, scale_max pg_catalog.int4) (
	SFUNC = @extschema@.csat_impact_accum, STYPE = @extschema@.csat_impact_state,
	FINALFUNC = @extschema@.csat_impact_final, COMBINEFUNC = @extschema@.csat_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.csat_impact(pg_catalog.int2, pg_catalog.bool, pg_catalog.int4) IS
'Impact of a driver on CSAT on a 1 to scale_max scale (3 to 10): the CSAT % (top two boxes) of the answers with exposed = true against the others, difference in percentage points with its 95% Agresti-Caffo interval and p-value, exposed share and points at stake. Rows with a NULL answer or exposed flag are left out; an error for an answer off the scale.';
CREATE AGGREGATE @extschema@.csat_impact(score pg_catalog.int4, exposed pg_catalog.bool) (
	SFUNC = @extschema@.csat_impact_accum, STYPE = @extschema@.csat_impact_state,
	FINALFUNC = @extschema@.csat_impact_final, COMBINEFUNC = @extschema@.csat_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.csat_impact(pg_catalog.int4, pg_catalog.bool) IS
'Impact of a driver on CSAT on a 1-5 scale: the CSAT % (top two boxes) of the answers with exposed = true against the others, difference in percentage points with its 95% Agresti-Caffo interval and p-value, exposed share and points at stake. Rows with a NULL answer or exposed flag are left out; an error for an answer off the scale.';
CREATE AGGREGATE @extschema@.csat_impact(score pg_catalog.int4, exposed pg_catalog.bool, scale_max pg_catalog.int4) (
	SFUNC = @extschema@.csat_impact_accum, STYPE = @extschema@.csat_impact_state,
	FINALFUNC = @extschema@.csat_impact_final, COMBINEFUNC = @extschema@.csat_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.csat_impact(pg_catalog.int4, pg_catalog.bool, pg_catalog.int4) IS
'Impact of a driver on CSAT on a 1 to scale_max scale (3 to 10): the CSAT % (top two boxes) of the answers with exposed = true against the others, difference in percentage points with its 95% Agresti-Caffo interval and p-value, exposed share and points at stake. Rows with a NULL answer or exposed flag are left out; an error for an answer off the scale.';
CREATE AGGREGATE @extschema@.csat_impact(score pg_catalog.int8, exposed pg_catalog.bool) (
	SFUNC = @extschema@.csat_impact_accum, STYPE = @extschema@.csat_impact_state,
	FINALFUNC = @extschema@.csat_impact_final, COMBINEFUNC = @extschema@.csat_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.csat_impact(pg_catalog.int8, pg_catalog.bool) IS
'Impact of a driver on CSAT on a 1-5 scale: the CSAT % (top two boxes) of the answers with exposed = true against the others, difference in percentage points with its 95% Agresti-Caffo interval and p-value, exposed share and points at stake. Rows with a NULL answer or exposed flag are left out; an error for an answer off the scale.';
CREATE AGGREGATE @extschema@.csat_impact(score pg_catalog.int8, exposed pg_catalog.bool, scale_max pg_catalog.int4) (
	SFUNC = @extschema@.csat_impact_accum, STYPE = @extschema@.csat_impact_state,
	FINALFUNC = @extschema@.csat_impact_final, COMBINEFUNC = @extschema@.csat_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.csat_impact(pg_catalog.int8, pg_catalog.bool, pg_catalog.int4) IS
'Impact of a driver on CSAT on a 1 to scale_max scale (3 to 10): the CSAT % (top two boxes) of the answers with exposed = true against the others, difference in percentage points with its 95% Agresti-Caffo interval and p-value, exposed share and points at stake. Rows with a NULL answer or exposed flag are left out; an error for an answer off the scale.';
CREATE AGGREGATE @extschema@.csat_impact(score pg_catalog.numeric, exposed pg_catalog.bool) (
	SFUNC = @extschema@.csat_impact_accum, STYPE = @extschema@.csat_impact_state,
	FINALFUNC = @extschema@.csat_impact_final, COMBINEFUNC = @extschema@.csat_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.csat_impact(pg_catalog.numeric, pg_catalog.bool) IS
'Impact of a driver on CSAT on a 1-5 scale: the CSAT % (top two boxes) of the answers with exposed = true against the others, difference in percentage points with its 95% Agresti-Caffo interval and p-value, exposed share and points at stake. Rows with a NULL answer or exposed flag are left out; an error for an answer off the scale or fractional.';
CREATE AGGREGATE @extschema@.csat_impact(score pg_catalog.numeric, exposed pg_catalog.bool, scale_max pg_catalog.int4) (
	SFUNC = @extschema@.csat_impact_accum, STYPE = @extschema@.csat_impact_state,
	FINALFUNC = @extschema@.csat_impact_final, COMBINEFUNC = @extschema@.csat_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.csat_impact(pg_catalog.numeric, pg_catalog.bool, pg_catalog.int4) IS
'Impact of a driver on CSAT on a 1 to scale_max scale (3 to 10): the CSAT % (top two boxes) of the answers with exposed = true against the others, difference in percentage points with its 95% Agresti-Caffo interval and p-value, exposed share and points at stake. Rows with a NULL answer or exposed flag are left out; an error for an answer off the scale or fractional.';
CREATE FUNCTION @extschema@.csat_impact(exposed @extschema@.csat_state, unexposed @extschema@.csat_state, level pg_catalog.float8 DEFAULT 0.95)
RETURNS @extschema@.impact_result AS 'MODULE_PATHNAME', 'csat_impact_of_states'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_impact(@extschema@.csat_state, @extschema@.csat_state, pg_catalog.float8) IS
'Impact of a driver on CSAT from two stored states of one scale (the exposed answers, the others); a NULL state is a group without answers; Agresti-Caffo interval at the given level (default 0.95).';

-- ---- CES ----
CREATE FUNCTION @extschema@.ces_impact_accum(@extschema@.ces_impact_state, pg_catalog.int2, pg_catalog.bool)
RETURNS @extschema@.ces_impact_state AS 'MODULE_PATHNAME', 'ces_impact_accum_int2'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_impact_accum(@extschema@.ces_impact_state, pg_catalog.int2, pg_catalog.bool) IS
'Transition function of ces_impact: adds one answer 1-7 to the exposed or the unexposed group (in place inside the aggregate).';
CREATE FUNCTION @extschema@.ces_impact_accum(@extschema@.ces_impact_state, pg_catalog.int4, pg_catalog.bool)
RETURNS @extschema@.ces_impact_state AS 'MODULE_PATHNAME', 'ces_impact_accum_int4'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_impact_accum(@extschema@.ces_impact_state, pg_catalog.int4, pg_catalog.bool) IS
'Transition function of ces_impact: adds one answer 1-7 to the exposed or the unexposed group (in place inside the aggregate).';
CREATE FUNCTION @extschema@.ces_impact_accum(@extschema@.ces_impact_state, pg_catalog.int8, pg_catalog.bool)
RETURNS @extschema@.ces_impact_state AS 'MODULE_PATHNAME', 'ces_impact_accum_int8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_impact_accum(@extschema@.ces_impact_state, pg_catalog.int8, pg_catalog.bool) IS
'Transition function of ces_impact: adds one answer 1-7 to the exposed or the unexposed group (in place inside the aggregate).';
CREATE FUNCTION @extschema@.ces_impact_accum(@extschema@.ces_impact_state, pg_catalog.numeric, pg_catalog.bool)
RETURNS @extschema@.ces_impact_state AS 'MODULE_PATHNAME', 'ces_impact_accum_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_impact_accum(@extschema@.ces_impact_state, pg_catalog.numeric, pg_catalog.bool) IS
'Transition function of ces_impact: adds one answer 1-7 to the exposed or the unexposed group (in place inside the aggregate).';
CREATE FUNCTION @extschema@.ces_impact_combine(@extschema@.ces_impact_state, @extschema@.ces_impact_state)
RETURNS @extschema@.ces_impact_state AS 'MODULE_PATHNAME', 'ces_impact_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_impact_combine(@extschema@.ces_impact_state, @extschema@.ces_impact_state) IS
'Combine function of ces_impact: adds the counts of two states, group by group.';
CREATE FUNCTION @extschema@.ces_impact_final(@extschema@.ces_impact_state)
RETURNS @extschema@.impact_result AS 'MODULE_PATHNAME', 'ces_impact_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_impact_final(@extschema@.ces_impact_state) IS
'Final function of ces_impact: the impact_result of a state at the 95% level.';
CREATE AGGREGATE @extschema@.ces_impact(score pg_catalog.int2, exposed pg_catalog.bool) (
	SFUNC = @extschema@.ces_impact_accum, STYPE = @extschema@.ces_impact_state,
	INITCOND = 'exposed:{} unexposed:{}',
	FINALFUNC = @extschema@.ces_impact_final, COMBINEFUNC = @extschema@.ces_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.ces_impact(pg_catalog.int2, pg_catalog.bool) IS
'Impact of a driver on CES (mean effort 1-7, higher is easier): the mean of the answers with exposed = true against the others, difference with its 95% Welch t interval and p-value, exposed share and points at stake. Rows with a NULL answer or exposed flag are left out; an error for an answer outside 1-7.';
CREATE AGGREGATE @extschema@.ces_impact(score pg_catalog.int4, exposed pg_catalog.bool) (
	SFUNC = @extschema@.ces_impact_accum, STYPE = @extschema@.ces_impact_state,
	INITCOND = 'exposed:{} unexposed:{}',
	FINALFUNC = @extschema@.ces_impact_final, COMBINEFUNC = @extschema@.ces_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.ces_impact(pg_catalog.int4, pg_catalog.bool) IS
'Impact of a driver on CES (mean effort 1-7, higher is easier): the mean of the answers with exposed = true against the others, difference with its 95% Welch t interval and p-value, exposed share and points at stake. Rows with a NULL answer or exposed flag are left out; an error for an answer outside 1-7.';
CREATE AGGREGATE @extschema@.ces_impact(score pg_catalog.int8, exposed pg_catalog.bool) (
	SFUNC = @extschema@.ces_impact_accum, STYPE = @extschema@.ces_impact_state,
	INITCOND = 'exposed:{} unexposed:{}',
	FINALFUNC = @extschema@.ces_impact_final, COMBINEFUNC = @extschema@.ces_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.ces_impact(pg_catalog.int8, pg_catalog.bool) IS
'Impact of a driver on CES (mean effort 1-7, higher is easier): the mean of the answers with exposed = true against the others, difference with its 95% Welch t interval and p-value, exposed share and points at stake. Rows with a NULL answer or exposed flag are left out; an error for an answer outside 1-7.';
CREATE AGGREGATE @extschema@.ces_impact(score pg_catalog.numeric, exposed pg_catalog.bool) (
	SFUNC = @extschema@.ces_impact_accum, STYPE = @extschema@.ces_impact_state,
	INITCOND = 'exposed:{} unexposed:{}',
	FINALFUNC = @extschema@.ces_impact_final, COMBINEFUNC = @extschema@.ces_impact_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.ces_impact(pg_catalog.numeric, pg_catalog.bool) IS
'Impact of a driver on CES (mean effort 1-7, higher is easier): the mean of the answers with exposed = true against the others, difference with its 95% Welch t interval and p-value, exposed share and points at stake. Rows with a NULL answer or exposed flag are left out; an error for an answer outside 1-7 or fractional.';
CREATE FUNCTION @extschema@.ces_impact(exposed @extschema@.ces_state, unexposed @extschema@.ces_state, level pg_catalog.float8 DEFAULT 0.95)
RETURNS @extschema@.impact_result AS 'MODULE_PATHNAME', 'ces_impact_of_states'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_impact(@extschema@.ces_state, @extschema@.ces_state, pg_catalog.float8) IS
'Impact of a driver on CES from two stored states (the exposed answers, the others); a NULL state is a group without answers; Welch t interval at the given level (default 0.95).';

-- ---- end of impact of one driver -------------------------------------------


-- ---- state aggregates over no answers give NULL ------------------------------
/*
 * One rule for every aggregate that returns a state (nps_agg, nps_rollup,
 * csat_agg, csat_rollup, ces_agg, ces_rollup, voice_agg, journey_friction,
 * journey_friction_merge): over no answers (no rows, or only NULLs) the
 * result is NULL, as for sum() or array_agg().
 *
 * Before 1.2, nps_agg and nps_rollup gave the empty state {} and voice_agg
 * gave n=0, while csat_agg, ces_agg, their rollups and the journey
 * aggregates gave NULL.  The other rule (an empty state everywhere) cannot
 * be kept by csat_agg(rating, scale_max): over no rows its scale is never
 * seen, and a csat_state must have one.  NULL is also what the NULL-safe
 * parts already expect: every *_rollup skips NULL states, every accessor
 * (STRICT) answers NULL for them, and nps_impact / csat_impact / ces_impact
 * take a NULL state as a group without answers, which is what
 * nps_agg(score) FILTER (WHERE exposed) gives for a driver no one met.
 *
 * What changes for users: nps_agg and nps_rollup over no answers, and
 * accessors of that, e.g. nps_responses(nps_agg(...)) is NULL instead of 0
 * there (coalesce(..., 0) gives the old figure).  Stored {} states still
 * parse and read as before; merging them changes nothing.  voice_agg is new
 * in 1.2, so its change breaks nothing released.
 *
 * ALTER AGGREGATE cannot add a final function; DROP and CREATE would fail
 * on (or, with CASCADE, drop) the user's views that use the aggregates, so
 * CREATE OR REPLACE AGGREGATE keeps each aggregate's OID and dependents and
 * adds a final function that turns an empty state into NULL.  The states
 * and per-row transition functions stay as they were (in place, same
 * speed).  empathy_agg returns a result row, not a state (NULL over no
 * rows already).
 */
CREATE FUNCTION @extschema@.nps_agg_final(@extschema@.nps_state)
RETURNS @extschema@.nps_state AS 'MODULE_PATHNAME', 'nps_agg_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_agg_final(@extschema@.nps_state) IS
'Final function of nps_agg and nps_rollup: the state, NULL when it holds no answers.';
CREATE OR REPLACE AGGREGATE @extschema@.nps_agg(pg_catalog.int2) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_agg_final, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_agg_final, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int2) IS
'The nps_state (exact counts of each answer 0-10) of a set of answers, to store or to read with the nps_* accessors; NULLs ignored; NULL when there are none (as every state aggregate).';
CREATE OR REPLACE AGGREGATE @extschema@.nps_agg(pg_catalog.int4) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_agg_final, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_agg_final, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int4) IS
'The nps_state (exact counts of each answer 0-10) of a set of answers, to store or to read with the nps_* accessors; NULLs ignored; NULL when there are none (as every state aggregate).';
CREATE OR REPLACE AGGREGATE @extschema@.nps_agg(pg_catalog.int8) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_agg_final, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_agg_final, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.int8) IS
'The nps_state (exact counts of each answer 0-10) of a set of answers, to store or to read with the nps_* accessors; NULLs ignored; NULL when there are none (as every state aggregate).';
CREATE OR REPLACE AGGREGATE @extschema@.nps_agg(pg_catalog.numeric) (
	SFUNC = @extschema@.nps_state_accum, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_agg_final, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_accum, MINVFUNC = @extschema@.nps_state_retract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_agg_final, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps_agg(pg_catalog.numeric) IS
'The nps_state (exact counts of each answer 0-10) of a set of answers, to store or to read with the nps_* accessors; NULLs ignored; NULL when there are none (as every state aggregate).';
CREATE OR REPLACE AGGREGATE @extschema@.nps_rollup(@extschema@.nps_state) (
	SFUNC = @extschema@.nps_state_combine, STYPE = @extschema@.nps_state, INITCOND = '{}',
	FINALFUNC = @extschema@.nps_agg_final, COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_combine, MINVFUNC = @extschema@.nps_state_subtract,
	MSTYPE = @extschema@.nps_state, MINITCOND = '{}', MFINALFUNC = @extschema@.nps_agg_final, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.nps_rollup(@extschema@.nps_state) IS
'Merges stored NPS states (e.g. daily states into a month): the state of all their answers; NULL states ignored; NULL when they hold no answers (as every state aggregate).';

CREATE FUNCTION @extschema@.voice_agg_final(@extschema@.voice_state)
RETURNS @extschema@.voice_state AS 'MODULE_PATHNAME', 'voice_agg_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.voice_agg_final(@extschema@.voice_state) IS
'Final function of voice_agg: the state, NULL when no message was read.';
CREATE OR REPLACE AGGREGATE @extschema@.voice_agg(pg_catalog.text) (
	SFUNC = @extschema@.voice_state_accum, STYPE = @extschema@.voice_state, INITCOND = 'n=0',
	FINALFUNC = @extschema@.voice_agg_final, COMBINEFUNC = @extschema@.voice_state_combine, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.voice_agg(pg_catalog.text, pg_catalog.text) (
	SFUNC = @extschema@.voice_state_accum, STYPE = @extschema@.voice_state, INITCOND = 'n=0',
	FINALFUNC = @extschema@.voice_agg_final, COMBINEFUNC = @extschema@.voice_state_combine, PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.voice_agg(@extschema@.voice_state) (
	SFUNC = @extschema@.voice_state_combine, STYPE = @extschema@.voice_state, INITCOND = 'n=0',
	FINALFUNC = @extschema@.voice_agg_final, COMBINEFUNC = @extschema@.voice_state_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.voice_agg(pg_catalog.text) IS
'The voice_state of a set of customer messages (language detected per message); NULL messages ignored; NULL when there are none (as every state aggregate). Read it with voice_summary.';
COMMENT ON AGGREGATE @extschema@.voice_agg(pg_catalog.text, pg_catalog.text) IS
'The voice_state of a set of customer messages, each read in its lang (''es'', ''en'' or NULL to detect); NULL messages ignored; NULL when there are none.';
COMMENT ON AGGREGATE @extschema@.voice_agg(@extschema@.voice_state) IS
'Rolls stored voice_states up into one (NULLs ignored), e.g. days into months; NULL when they hold no messages.';
-- ---- end of state aggregates over no answers give NULL -----------------------

-- ---- which recoveries work: resolution categories and the recovery report ----
-- What the team did to close an alert, as a category the report can group
-- by (the free text stays in resolution_note), and the report of each
-- category's recovery rate: the customer's next answer after the resolution.
--
-- The categories are a table the team edits (pg_dump keeps it), so that a
-- typo ("refnud") is refused instead of becoming a category of its own.  It
-- starts empty: each team names what it does.  cx_alert.resolution_category
-- references it (ON UPDATE CASCADE: renaming a category renames it in the
-- alerts; deleting one in use is refused).  The alert triggers never write
-- the column (their direct inserts leave it NULL), and no index is added to
-- cx_alert, so their write path is unchanged.
CREATE TABLE @extschema@.cx_alert_resolution_category (
	category    pg_catalog.text PRIMARY KEY
	            CONSTRAINT cx_alert_resolution_category_name
	            CHECK (category OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'
	                   AND category OPERATOR(pg_catalog.<>) 'uncategorised'),
	description pg_catalog.text
);
COMMENT ON TABLE @extschema@.cx_alert_resolution_category IS
'The resolution categories cx_alert_resolve(alert_id, note, category) accepts: what the team did to close an alert (refund, callback, ...), edited by cx_alerts_admin, read by cx_alerts_reader. Empty after CREATE EXTENSION. Kept by pg_dump. cx_alert.resolution_category references it: renaming a category renames it in the alerts; deleting one that alerts use is refused.';
COMMENT ON COLUMN @extschema@.cx_alert_resolution_category.category IS
'The category''s name: lowercase letters, digits and underscores, starting with a letter, at most 63 ("uncategorised" is reserved: the report''s name for alerts resolved without a category). Primary key.';
COMMENT ON COLUMN @extschema@.cx_alert_resolution_category.description IS
'What the category means, for the people who resolve alerts; free text, may be NULL.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.cx_alert_resolution_category', '');
REVOKE ALL ON @extschema@.cx_alert_resolution_category FROM PUBLIC;
GRANT SELECT ON @extschema@.cx_alert_resolution_category TO cx_alerts_reader;
GRANT INSERT, UPDATE, DELETE ON @extschema@.cx_alert_resolution_category TO cx_alerts_admin;

ALTER TABLE @extschema@.cx_alert ADD COLUMN resolution_category pg_catalog.text
	CONSTRAINT cx_alert_resolution_category_fkey
	REFERENCES @extschema@.cx_alert_resolution_category (category) ON UPDATE CASCADE;
COMMENT ON COLUMN @extschema@.cx_alert.resolution_category IS
'What was done, as a category of cx_alert_resolution_category: the third argument of cx_alert_resolve(alert_id, note, category). NULL while open, for alerts resolved without a category and for alerts resolved before 1.2 (the report counts those as "uncategorised").';

-- cx_alert_resolve gains the optional category.  A third argument with a
-- default beside the old (alert_id, note DEFAULT NULL) would make
-- cx_alert_resolve(1) and cx_alert_resolve(1, 'note') ambiguous, so the old
-- function is replaced; every call written for it means the same.  EXECUTE
-- granted on the old one to other roles than cx_alerts_responder is granted
-- on the new one as well (saved in a setting of this transaction first).
DO $save$
BEGIN
	PERFORM pg_catalog.set_config('cx_metrics_upgrade.resolve_grants', coalesce((
		SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
		           'role', CASE WHEN x.grantee OPERATOR(pg_catalog.=) 0 THEN 'PUBLIC'
		                        ELSE pg_catalog.quote_ident(r.rolname) END,
		           'grantable', x.is_grantable))::pg_catalog.text
		FROM pg_catalog.pg_proc p
		CROSS JOIN LATERAL pg_catalog.aclexplode(p.proacl) x
		LEFT JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) x.grantee
		WHERE p.oid OPERATOR(pg_catalog.=) '@extschema@.cx_alert_resolve(pg_catalog.int8, pg_catalog.text)'::pg_catalog.regprocedure
		  AND x.privilege_type OPERATOR(pg_catalog.=) 'EXECUTE'
		  AND x.grantee OPERATOR(pg_catalog.<>) p.proowner
		  AND r.rolname IS DISTINCT FROM 'cx_alerts_responder'), '[]'), true);
END
$save$;
DROP FUNCTION @extschema@.cx_alert_resolve(pg_catalog.int8, pg_catalog.text);

CREATE FUNCTION @extschema@.cx_alert_resolve(alert_id pg_catalog.int8, note pg_catalog.text DEFAULT NULL,
                                              category pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.cx_alert
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	a @extschema@.cx_alert;
	cat text := lower(btrim(category));
	known text;
BEGIN
	IF cat IS NOT NULL AND NOT EXISTS (SELECT 1 FROM @extschema@.cx_alert_resolution_category c
	                                   WHERE c.category OPERATOR(pg_catalog.=) cat) THEN
		SELECT string_agg(k.category, ', ' ORDER BY k.category) INTO known
		FROM (SELECT c.category FROM @extschema@.cx_alert_resolution_category c
		      ORDER BY c.category LIMIT 30) k;
		RAISE EXCEPTION 'unknown resolution category "%"', left(category, 63)
			USING ERRCODE = 'invalid_parameter_value',
			      DETAIL = CASE WHEN known IS NULL THEN 'No resolution category is defined yet.'
			                    ELSE format('Known categories: %s.', known) END,
			      HINT = CASE WHEN cat ~ '^[a-z][a-z0-9_]{0,62}$' AND cat <> 'uncategorised'
			                  THEN format('A cx_alerts_admin adds it: INSERT INTO %s (category, description) VALUES (%L, ''...'');',
			                              '@extschema@.cx_alert_resolution_category'::regclass, cat)
			                  ELSE 'A category is a lowercase name (letters, digits, underscores, starting with a letter, at most 63) listed in cx_alert_resolution_category; "uncategorised" is reserved.' END;
	END IF;
	SELECT * INTO a FROM @extschema@.cx_alert WHERE id OPERATOR(pg_catalog.=) alert_id FOR UPDATE;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'alert % does not exist', alert_id USING ERRCODE = 'no_data_found';
	END IF;
	IF a.resolved_at IS NOT NULL THEN
		RAISE EXCEPTION 'alert % was already resolved', alert_id
			USING ERRCODE = 'object_not_in_prerequisite_state',
			      DETAIL = format('Resolved at %s by %s.', a.resolved_at, a.resolved_by);
	END IF;
	UPDATE @extschema@.cx_alert
	SET acknowledged_at = COALESCE(acknowledged_at, pg_catalog.now()),
	    acknowledged_by = COALESCE(acknowledged_by, SESSION_USER),
	    resolved_at = pg_catalog.now(), resolved_by = SESSION_USER, resolution_note = note,
	    resolution_category = cat
	WHERE id OPERATOR(pg_catalog.=) alert_id
	RETURNING * INTO a;
	RETURN a;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_resolve(pg_catalog.int8, pg_catalog.text, pg_catalog.text) IS
'Resolve an alert with an optional note (what was done, free text) and an optional category of cx_alert_resolution_category (trimmed and lowercased; unknown: error 22023 listing the known ones); acknowledges it too when that was not done. Ends the cooldown: the next event for the same scope and subject raises a new alert. Errors when the alert does not exist or was already resolved. For cx_alerts_responder. cx_alert_recovery_report() measures each category.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_resolve(pg_catalog.int8, pg_catalog.text, pg_catalog.text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_resolve(pg_catalog.int8, pg_catalog.text, pg_catalog.text) TO cx_alerts_responder;
DO $restore$
DECLARE
	g pg_catalog.jsonb;
BEGIN
	FOR g IN SELECT pg_catalog.jsonb_array_elements(
	             pg_catalog.current_setting('cx_metrics_upgrade.resolve_grants')::pg_catalog.jsonb) LOOP
		EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_resolve(pg_catalog.int8, pg_catalog.text, pg_catalog.text) TO %s%s',
		                          g OPERATOR(pg_catalog.->>) 'role',
		                          CASE WHEN (g OPERATOR(pg_catalog.->>) 'grantable')::pg_catalog.bool
		                               THEN ' WITH GRANT OPTION' ELSE '' END);
	END LOOP;
	PERFORM pg_catalog.set_config('cx_metrics_upgrade.resolve_grants', '', true);
END
$restore$;

-- The statistics of one category against the others (src/alert_recovery.c,
-- src/core/recovery.c on top of the shared impact arithmetic).
CREATE FUNCTION @extschema@.cx_alert_recovery_rate(
	recovered pg_catalog.int8, answered pg_catalog.int8,
	others_recovered pg_catalog.int8, others_answered pg_catalog.int8,
	level pg_catalog.float8 DEFAULT 0.95,
	OUT rate pg_catalog.float8, OUT ci_lower pg_catalog.float8, OUT ci_upper pg_catalog.float8,
	OUT others_rate pg_catalog.float8, OUT difference pg_catalog.float8,
	OUT difference_lower pg_catalog.float8, OUT difference_upper pg_catalog.float8,
	OUT p_value pg_catalog.float8)
RETURNS record
AS 'MODULE_PATHNAME', 'cx_alert_recovery_rate'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cx_alert_recovery_rate(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8, pg_catalog.int8, pg_catalog.float8) IS
'The statistics of cx_alert_recovery_report() for one group: rate = 100 * recovered / answered with its Wilson interval at level, others_rate of the other groups, difference = rate - others_rate in percentage points with its Agresti-Caffo interval and two-sided p-value (the CSAT impact arithmetic). NULL where a group has no answers. Error 22023 unless 0 <= recovered <= answered for both groups and 0 < level < 1.';

CREATE FUNCTION @extschema@.cx_alert_recovery_report(
	answers pg_catalog.regclass,
	subject pg_catalog.text DEFAULT 'customer_id',
	score pg_catalog.text DEFAULT 'score',
	at pg_catalog.text DEFAULT 'answered_at',
	recovered_from pg_catalog.int4 DEFAULT 7,
	kinds pg_catalog.text[] DEFAULT NULL,
	resolved_since pg_catalog.timestamptz DEFAULT NULL,
	resolved_before pg_catalog.timestamptz DEFAULT NULL,
	level pg_catalog.float8 DEFAULT 0.95)
RETURNS TABLE (category pg_catalog.text, resolved pg_catalog.int8, answered pg_catalog.int8,
               no_answer_yet pg_catalog.int8, promoters pg_catalog.int8, passives pg_catalog.int8,
               detractors pg_catalog.int8, recovered pg_catalog.int8, recovery_rate pg_catalog.float8,
               ci_lower pg_catalog.float8, ci_upper pg_catalog.float8, others_rate pg_catalog.float8,
               difference pg_catalog.float8, difference_lower pg_catalog.float8,
               difference_upper pg_catalog.float8, p_value pg_catalog.float8,
               median_time_to_answer pg_catalog.interval, median_time_to_recover pg_catalog.interval)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	g record;
	s record;
BEGIN
	IF answers IS NULL THEN
		RAISE EXCEPTION 'the answers table must not be NULL' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF recovered_from IS NULL OR recovered_from < 1 OR recovered_from > 10 THEN
		RAISE EXCEPTION 'recovered_from must be between 1 and 10, not %', coalesce(recovered_from::text, 'NULL')
			USING ERRCODE = 'invalid_parameter_value',
			      HINT = '7: the next answer is not a detractor (7-10); 9: it is a promoter (9-10).';
	END IF;
	IF level IS NULL OR NOT (level > 0 AND level < 1) THEN
		RAISE EXCEPTION 'level must be between 0 and 1 (exclusive), not %', coalesce(level::text, 'NULL')
			USING ERRCODE = 'invalid_parameter_value', HINT = 'Use 0.95 for 95% intervals.';
	END IF;
	PERFORM @extschema@.cx_alert_column_type(answers, 'subject', subject);
	IF NOT @extschema@.cx_alert_column_type(answers, 'score', score) = ANY
	       (ARRAY['smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision']::regtype[]) THEN
		RAISE EXCEPTION 'score column "%" of % is not a number', score, answers USING ERRCODE = 'datatype_mismatch';
	END IF;
	IF NOT @extschema@.cx_alert_column_type(answers, 'at', at) = ANY
	       (ARRAY['timestamp with time zone', 'timestamp without time zone', 'date']::regtype[]) THEN
		RAISE EXCEPTION 'column "%" of % is not a date or timestamp', at, answers USING ERRCODE = 'datatype_mismatch';
	END IF;
	-- per category: the resolved alerts, and the first answer of the same
	-- subject strictly after the resolution (of equal times, the lowest score)
	FOR g IN EXECUTE format(
		'WITH r AS (
		     SELECT a.id, a.resolution_category AS category, a.resolved_at, n.at, n.score
		     FROM @extschema@.cx_alert a
		     LEFT JOIN LATERAL (
		         SELECT x.%2$I::pg_catalog.timestamptz AS at, x.%3$I::pg_catalog.float8 AS score
		         FROM %4$s x
		         WHERE x.%1$I::pg_catalog.text OPERATOR(pg_catalog.=) a.subject
		           AND x.%2$I::pg_catalog.timestamptz OPERATOR(pg_catalog.>) a.resolved_at
		           AND x.%3$I IS NOT NULL
		         ORDER BY x.%2$I, x.%3$I
		         LIMIT 1) n ON true
		     WHERE a.resolved_at IS NOT NULL
		       AND ($1 IS NULL OR a.kind OPERATOR(pg_catalog.=) ANY ($1))
		       AND ($2 IS NULL OR a.resolved_at OPERATOR(pg_catalog.>=) $2)
		       AND ($3 IS NULL OR a.resolved_at OPERATOR(pg_catalog.<) $3))
		 SELECT r.category,
		        pg_catalog.count(*) AS resolved,
		        pg_catalog.count(r.at) AS answered,
		        pg_catalog.count(*) FILTER (WHERE r.score OPERATOR(pg_catalog.>=) 9) AS promoters,
		        pg_catalog.count(*) FILTER (WHERE r.score OPERATOR(pg_catalog.>=) 7 AND r.score OPERATOR(pg_catalog.<) 9) AS passives,
		        pg_catalog.count(*) FILTER (WHERE r.score OPERATOR(pg_catalog.<) 7) AS detractors,
		        pg_catalog.count(*) FILTER (WHERE r.score OPERATOR(pg_catalog.>=) $4) AS recovered,
		        pg_catalog.sum(pg_catalog.count(r.at)) OVER () AS all_answered,
		        pg_catalog.sum(pg_catalog.count(*) FILTER (WHERE r.score OPERATOR(pg_catalog.>=) $4)) OVER () AS all_recovered,
		        pg_catalog.percentile_cont(0.5) WITHIN GROUP (ORDER BY r.at OPERATOR(pg_catalog.-) r.resolved_at) AS to_answer,
		        pg_catalog.percentile_cont(0.5) WITHIN GROUP (ORDER BY r.at OPERATOR(pg_catalog.-) r.resolved_at)
		            FILTER (WHERE r.score OPERATOR(pg_catalog.>=) $4) AS to_recover,
		        pg_catalog.min(r.id) FILTER (WHERE r.score OPERATOR(pg_catalog.<) 0 OR r.score OPERATOR(pg_catalog.>) 10
		                                     OR r.score OPERATOR(pg_catalog.<>) pg_catalog.trunc(r.score)) AS bad_alert,
		        pg_catalog.min(r.score) FILTER (WHERE r.score OPERATOR(pg_catalog.<) 0 OR r.score OPERATOR(pg_catalog.>) 10
		                                        OR r.score OPERATOR(pg_catalog.<>) pg_catalog.trunc(r.score)) AS bad_score
		 FROM r
		 GROUP BY r.category
		 ORDER BY r.category IS NULL, r.category', subject, at, score, answers)
		USING kinds, resolved_since, resolved_before, recovered_from::pg_catalog.float8
	LOOP
		IF g.bad_alert IS NOT NULL THEN
			RAISE EXCEPTION 'the next answer after alert % is %, not an NPS answer', g.bad_alert, g.bad_score
				USING ERRCODE = 'numeric_value_out_of_range',
				      DETAIL = format('Column "%s" of %s must hold whole numbers from 0 to 10.', score, answers),
				      HINT = 'The report reads 0-10 answers; pass the NPS answers table, or a view of it.';
		END IF;
		SELECT * INTO s FROM @extschema@.cx_alert_recovery_rate(
			g.recovered, g.answered, g.all_recovered::pg_catalog.int8 - g.recovered,
			g.all_answered::pg_catalog.int8 - g.answered, level);
		category := coalesce(g.category, 'uncategorised');
		resolved := g.resolved;
		answered := g.answered;
		no_answer_yet := g.resolved - g.answered;
		promoters := g.promoters;
		passives := g.passives;
		detractors := g.detractors;
		recovered := g.recovered;
		recovery_rate := s.rate;
		ci_lower := s.ci_lower;
		ci_upper := s.ci_upper;
		others_rate := s.others_rate;
		difference := s.difference;
		difference_lower := s.difference_lower;
		difference_upper := s.difference_upper;
		p_value := s.p_value;
		median_time_to_answer := g.to_answer;
		median_time_to_recover := g.to_recover;
		RETURN NEXT;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_recovery_report(pg_catalog.regclass, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.text[], pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.float8) IS
'Which recoveries work: one row per resolution category ("uncategorised" for alerts resolved without one) of the resolved alerts (of the given kinds, resolved in [resolved_since, resolved_before)), each with the same subject''s first 0-10 answer in table answers strictly after the resolution. recovered = that answer is recovered_from or more (7: not a detractor, the default; 9: a promoter); alerts without a later answer count in no_answer_yet, not in the rate. recovery_rate = 100 * recovered / answered with its Wilson interval, difference from the other categories'' rate with Agresti-Caffo interval and p-value, and the median time from the resolution to the next answer (all, and the recovered ones). Columns default to customer_id, score, answered_at. Runs with the caller''s rights on answers; for cx_alerts_reader.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_recovery_report(pg_catalog.regclass, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.text[], pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.float8) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_recovery_report(pg_catalog.regclass, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.int4, pg_catalog.text[], pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.float8) TO cx_alerts_reader;
-- ---- end of which recoveries work: resolution categories and the recovery report ----

-- ---- journey: final stages, support, transitions ----------------------------
-- journey_config gains final_stages.  Values of journey_config stored by 1.1
-- (a table column, a materialized view) read the new attribute as NULL, which
-- keeps their meaning.  The 1.1 constructor is renamed, not dropped, so that
-- views calling it keep working (they call it by its identity, not by name);
-- the new journey_config() takes every old call, positional or named.

ALTER TYPE @extschema@.journey_config ADD ATTRIBUTE final_stages pg_catalog.text[];

ALTER FUNCTION @extschema@.journey_config(pg_catalog.text[], pg_catalog.interval, pg_catalog.interval, pg_catalog.timestamptz)
	RENAME TO journey_config_1_1;

CREATE OR REPLACE FUNCTION @extschema@.journey_config_1_1(
	stages        pg_catalog.text[] DEFAULT NULL,
	repeat_window pg_catalog.interval DEFAULT '72 hours',
	idle_period   pg_catalog.interval DEFAULT '30 days',
	as_of         pg_catalog.timestamptz DEFAULT NULL)
RETURNS @extschema@.journey_config
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ROW(stages, repeat_window, idle_period, as_of, NULL::pg_catalog.text[])::@extschema@.journey_config $$;

COMMENT ON FUNCTION @extschema@.journey_config_1_1(pg_catalog.text[], pg_catalog.interval, pg_catalog.interval, pg_catalog.timestamptz) IS
'The journey_config() of version 1.1 (no final_stages), kept under this name so that views created before version 1.2 keep working; new code calls journey_config().';

CREATE FUNCTION @extschema@.journey_config(
	stages        pg_catalog.text[] DEFAULT NULL,
	repeat_window pg_catalog.interval DEFAULT '72 hours',
	idle_period   pg_catalog.interval DEFAULT '30 days',
	as_of         pg_catalog.timestamptz DEFAULT NULL,
	final_stages  pg_catalog.text[] DEFAULT NULL)
RETURNS @extschema@.journey_config
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ROW(stages, repeat_window, idle_period, as_of, final_stages)::@extschema@.journey_config $$;

COMMENT ON FUNCTION @extschema@.journey_config(pg_catalog.text[], pg_catalog.interval, pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.text[]) IS
'Settings for journey_friction(): stages (the stage order; NULL = first appearance), repeat_window (default 72 hours), idle_period (default 30 days: a journey quiet longer than this at as_of, outside a final stage, has dropped off), as_of (default: transaction start), final_stages (the stages where a journey may end; NULL = the last stage of the stage order, or none known without one, when drop-off is undefined). Days count 24 h and months 30 days.';

COMMENT ON TYPE @extschema@.journey_config IS
'Settings of journey_friction(): stage order (NULL = order of first appearance in each journey), repeat window, idle period for drop-off, the time drop-off is judged at (NULL = transaction start) and the final stages (NULL = the last stage of the order; none without an order). Build it with journey_config().';
COMMENT ON COLUMN @extschema@.journey_config.stages IS 'The stage order, first to last stage. NULL: stages are ranked by first appearance in each journey. Not empty, no NULL or repeated element; an event in a stage not listed is an error.';
COMMENT ON COLUMN @extschema@.journey_config.idle_period IS 'A journey whose last event is more than this long before as_of, in a stage that is not final, has dropped off (days count 24 h, months 30 days; not negative). NULL: 30 days, the default of journey_config().';
COMMENT ON COLUMN @extschema@.journey_config.final_stages IS 'The stages where a journey may end without dropping off (several allowed; each must be in the stage order when there is one). NULL: the last stage of the stage order; without a stage order no stage is known to be final, and drop-off is undefined (NULL). Not empty, no NULL or repeated element.';

-- journey_friction_report gains min_journeys and the low_support column
-- (a new result type: dropped and created again; a view over it must be
-- dropped before the update and created again after it).
DROP FUNCTION @extschema@.journey_friction_report(@extschema@.journey_friction_state, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.interval);

CREATE FUNCTION @extschema@.journey_friction_report(
	state           @extschema@.journey_friction_state,
	w_repeat        pg_catalog.float8 DEFAULT 0.25,
	w_loop          pg_catalog.float8 DEFAULT 0.20,
	w_dwell         pg_catalog.float8 DEFAULT 0.15,
	w_drop_off      pg_catalog.float8 DEFAULT 0.20,
	w_channel       pg_catalog.float8 DEFAULT 0.10,
	w_failed        pg_catalog.float8 DEFAULT 0.10,
	dwell_reference pg_catalog.interval DEFAULT '72 hours',
	min_journeys    pg_catalog.int8 DEFAULT 30,
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
	OUT friction_index      pg_catalog.float8,
	OUT low_support         pg_catalog.bool)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'journey_friction_report'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 8;

COMMENT ON FUNCTION @extschema@.journey_friction_report(@extschema@.journey_friction_state, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.interval, pg_catalog.int8) IS
'One row per stage of a journey_friction_state, worst friction first: journeys, visits, conversion, repeats, loops, dwell median/mean, drop-offs (judged against the final stages; NULL when none is known), channel switches, failed outcomes, the friction index 0-100 (weighted mean of the defined component rates; weights settable) and low_support (reached by fewer than min_journeys journeys, default 30: ranked after every supported stage).';

COMMENT ON FUNCTION @extschema@.journey_friction_score(@extschema@.journey_friction_state, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.interval) IS
'Per-journey friction of the state of ONE journey (journey_friction(...) GROUP BY journey): events, repeats, loops, dwell, drop-off (the last event idle outside the final stages; NULL when no stage is known to be final), channel switches, failed outcomes, friction index 0-100 and the stage with the highest index.';

-- the journey map: transitions between stages (states written by 1.2 carry
-- them; a 1.1 state has none, and journey_transitions says so)
CREATE FUNCTION @extschema@.journey_transitions(
	state           @extschema@.journey_friction_state,
	w_repeat        pg_catalog.float8 DEFAULT 0.25,
	w_loop          pg_catalog.float8 DEFAULT 0.20,
	w_dwell         pg_catalog.float8 DEFAULT 0.15,
	w_drop_off      pg_catalog.float8 DEFAULT 0.20,
	w_channel       pg_catalog.float8 DEFAULT 0.10,
	w_failed        pg_catalog.float8 DEFAULT 0.10,
	dwell_reference pg_catalog.interval DEFAULT '72 hours',
	min_journeys    pg_catalog.int8 DEFAULT 30,
	OUT from_stage         pg_catalog.text,
	OUT to_stage           pg_catalog.text,
	OUT from_order         pg_catalog.int4,
	OUT to_order           pg_catalog.int4,
	OUT journeys           pg_catalog.int8,
	OUT transitions        pg_catalog.int8,
	OUT share              pg_catalog.float8,
	OUT loops              pg_catalog.int8,
	OUT dwell_median       pg_catalog.interval,
	OUT dwell_mean         pg_catalog.interval,
	OUT to_friction_index  pg_catalog.float8,
	OUT to_low_support     pg_catalog.bool)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'journey_transitions'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 20;

COMMENT ON FUNCTION @extschema@.journey_transitions(@extschema@.journey_friction_state, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.interval, pg_catalog.int8) IS
'The journey map of a journey_friction_state: one row per pair of stages where a visit to from_stage was followed by a visit to to_stage, in stage order: journeys with that step, transitions, share of the departures from from_stage, loops (steps back to a stage of lower rank), median and mean time from the first event of the from_stage visit to the first event of the to_stage visit, and the friction index of to_stage (weights as in journey_friction_report; to_low_support when to_stage has fewer than min_journeys journeys). Edges for Grafana''s node graph or Superset''s Sankey chart. An error for a state without transitions (built by version 1.1).';

COMMENT ON TYPE @extschema@.journey_friction_state IS
'Per-stage journey friction totals (journeys, events, visits, repeats, loops, dwell histogram, drop-offs, channel switches, failed outcomes, final stages) and the transitions between stages, built by journey_friction(); storable, combinable with journey_friction_merge(), read with journey_friction_report(), journey_friction_score() and journey_transitions(). States stored by version 1.1 read with their 1.1 meaning and have no transitions.';

-- ---- end of journey: final stages, support, transitions ---------------------

-- ---- moments of truth ---------------------------------------------------------
-- journey_moments(journey, stage, at, score [, channel, failed] [, config]):
-- journey events joined to the survey answers (the answer repeated on the
-- events of its journey).  Each answered journey is analysed like
-- journey_friction does, and its answer counted, for every stage it reached
-- and every kind of friction, with the journeys that met that friction there
-- ("exposed") or with those that passed the stage without it.  The result is
-- a storable journey_moments_state; journey_moments_merge() adds states up,
-- journey_moments_report() ranks the moments of truth by the score points at
-- stake (src/journey_moments*.c, src/core/journey_moments.c).

CREATE TYPE @extschema@.journey_moments_state;

CREATE FUNCTION @extschema@.journey_moments_state_in(pg_catalog.cstring)
RETURNS @extschema@.journey_moments_state
AS 'MODULE_PATHNAME', 'journey_moments_state_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_moments_state_out(@extschema@.journey_moments_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'journey_moments_state_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_moments_state_recv(pg_catalog.internal)
RETURNS @extschema@.journey_moments_state
AS 'MODULE_PATHNAME', 'journey_moments_state_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_moments_state_send(@extschema@.journey_moments_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'journey_moments_state_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.journey_moments_state (
	INPUT = @extschema@.journey_moments_state_in,
	OUTPUT = @extschema@.journey_moments_state_out,
	RECEIVE = @extschema@.journey_moments_state_recv,
	SEND = @extschema@.journey_moments_state_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.journey_moments_state IS
'Moments of truth: per stage and kind of friction (repeat, loop, dwell, drop_off, channel_switch, failed), the answers (NPS 0-10 or CSAT 1-scale) of the journeys that met it there and of those that passed the stage without it, with the settings they were judged by. Built by journey_moments(), added up by journey_moments_merge(), read by journey_moments_report(); storable.';
COMMENT ON FUNCTION @extschema@.journey_moments_state_in(pg_catalog.cstring) IS
'Input function of journey_moments_state: hexadecimal bytes, fully validated.';
COMMENT ON FUNCTION @extschema@.journey_moments_state_out(@extschema@.journey_moments_state) IS
'Output function of journey_moments_state: hexadecimal bytes.';
COMMENT ON FUNCTION @extschema@.journey_moments_state_recv(pg_catalog.internal) IS
'Binary input function of journey_moments_state, fully validated.';
COMMENT ON FUNCTION @extschema@.journey_moments_state_send(@extschema@.journey_moments_state) IS
'Binary output function of journey_moments_state.';

CREATE TYPE @extschema@.journey_moments_config AS (
	journey         @extschema@.journey_config,
	dwell_reference pg_catalog.interval,
	scale           pg_catalog.int4
);

COMMENT ON TYPE @extschema@.journey_moments_config IS
'Settings of journey_moments(): the journey settings (journey_config: stage order, repeat window, idle period, as_of), the dwell reference (a journey whose mean dwell at a stage is above it met "dwell" friction there) and the answer scale (NULL = NPS 0-10, 3 to 10 = CSAT 1-scale). Build it with journey_moments_config().';
COMMENT ON COLUMN @extschema@.journey_moments_config.journey IS
'The journey settings, as built by journey_config(); NULL = journey_config() defaults (no stage order, 72 hours, 30 days, transaction start).';
COMMENT ON COLUMN @extschema@.journey_moments_config.dwell_reference IS
'A journey met "dwell" friction at a stage when the mean of its dwell times there (visits followed by another stage) is above this; NULL = 72 hours.';
COMMENT ON COLUMN @extschema@.journey_moments_config.scale IS
'The answers'' scale: NULL = NPS (0 to 10), 3 to 10 = CSAT answers 1 to scale (value: % in the top two boxes).';

CREATE FUNCTION @extschema@.journey_moments_config(
	journey         @extschema@.journey_config DEFAULT NULL,
	dwell_reference pg_catalog.interval DEFAULT '72 hours',
	scale           pg_catalog.int4 DEFAULT NULL)
RETURNS @extschema@.journey_moments_config
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ROW(journey, dwell_reference, scale)::@extschema@.journey_moments_config $$;

COMMENT ON FUNCTION @extschema@.journey_moments_config(@extschema@.journey_config, pg_catalog.interval, pg_catalog.int4) IS
'Settings for journey_moments(): journey (a journey_config(); default its defaults), dwell_reference (default 72 hours), scale (NULL = NPS 0-10; 3 to 10 = CSAT 1-scale).';

CREATE FUNCTION @extschema@.journey_moments_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'journey_moments_trans'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_moments_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'journey_moments_trans'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_moments_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'journey_moments_trans'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_moments_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'journey_moments_trans'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.journey_moments_final(pg_catalog.internal)
RETURNS @extschema@.journey_moments_state
AS 'MODULE_PATHNAME', 'journey_moments_final'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.journey_moments(anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) (
	SFUNC = @extschema@.journey_moments_trans,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.journey_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	SSPACE = 2048,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.journey_moments(anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) (
	SFUNC = @extschema@.journey_moments_trans,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.journey_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	SSPACE = 2048,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.journey_moments(anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) (
	SFUNC = @extschema@.journey_moments_trans,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.journey_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	SSPACE = 2048,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.journey_moments(anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) (
	SFUNC = @extschema@.journey_moments_trans,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.journey_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	SSPACE = 2048,
	PARALLEL = SAFE
);

COMMENT ON FUNCTION @extschema@.journey_moments_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) IS
'Transition function of journey_moments().';
COMMENT ON FUNCTION @extschema@.journey_moments_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) IS
'Transition function of journey_moments().';
COMMENT ON FUNCTION @extschema@.journey_moments_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) IS
'Transition function of journey_moments().';
COMMENT ON FUNCTION @extschema@.journey_moments_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) IS
'Transition function of journey_moments().';
COMMENT ON FUNCTION @extschema@.journey_moments_final(pg_catalog.internal) IS
'Final function of journey_moments(): analyses the last journeys and returns the state.';
COMMENT ON AGGREGATE @extschema@.journey_moments(anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) IS
'Moments of truth of the events (journey, stage, at) and the journey''s NPS answer (repeated on its events; NULL on rows without it; two different answers in a journey are an error). Returns a journey_moments_state for journey_moments_report().';
COMMENT ON AGGREGATE @extschema@.journey_moments(anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) IS
'Moments of truth of the events (journey, stage, at) and the journey''s answer, with settings from journey_moments_config() (stage order, final stages, windows, dwell reference, NPS or CSAT scale).';
COMMENT ON AGGREGATE @extschema@.journey_moments(anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) IS
'Moments of truth of the events (journey, stage, at, channel, failed outcome) and the journey''s NPS answer: adds the channel_switch and failed kinds of friction.';
COMMENT ON AGGREGATE @extschema@.journey_moments(anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) IS
'Moments of truth of the events (journey, stage, at, channel, failed outcome) and the journey''s answer, with settings from journey_moments_config().';

CREATE FUNCTION @extschema@.journey_moments_add(@extschema@.journey_moments_state, @extschema@.journey_moments_state)
RETURNS @extschema@.journey_moments_state
AS 'MODULE_PATHNAME', 'journey_moments_add'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.journey_moments_merge(@extschema@.journey_moments_state) (
	SFUNC = @extschema@.journey_moments_add,
	STYPE = @extschema@.journey_moments_state,
	COMBINEFUNC = @extschema@.journey_moments_add,
	PARALLEL = SAFE
);

COMMENT ON FUNCTION @extschema@.journey_moments_add(@extschema@.journey_moments_state, @extschema@.journey_moments_state) IS
'The sum of two journey_moments_state values of disjoint sets of journeys built with the same settings (NULL counts as no journeys). Transition and combine function of journey_moments_merge().';
COMMENT ON AGGREGATE @extschema@.journey_moments_merge(@extschema@.journey_moments_state) IS
'Adds up journey_moments_state values of disjoint sets of journeys (for example stored per segment or per month of first contact); parallel safe. NULL states are skipped.';

CREATE FUNCTION @extschema@.journey_moments_report(
	state        @extschema@.journey_moments_state,
	min_journeys pg_catalog.int4 DEFAULT 30,
	level        pg_catalog.float8 DEFAULT 0.95,
	OUT rank               pg_catalog.int4,
	OUT stage              pg_catalog.text,
	OUT friction           pg_catalog.text,
	OUT exposed_journeys   pg_catalog.int8,
	OUT exposed_value      pg_catalog.float8,
	OUT unexposed_journeys pg_catalog.int8,
	OUT unexposed_value    pg_catalog.float8,
	OUT difference         pg_catalog.float8,
	OUT ci_lower           pg_catalog.float8,
	OUT ci_upper           pg_catalog.float8,
	OUT p_value            pg_catalog.float8,
	OUT points_at_stake    pg_catalog.float8,
	OUT supported          pg_catalog.bool)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'journey_moments_report'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 20;

COMMENT ON FUNCTION @extschema@.journey_moments_report(@extschema@.journey_moments_state, pg_catalog.int4, pg_catalog.float8) IS
'The moments of truth of a journey_moments_state: one row per stage and kind of friction that some answered journey met there, with the NPS (or CSAT %) of the journeys that met it there (exposed) and of those that passed the stage without it, the difference with its interval at level and two-sided p-value, and points_at_stake = exposed journeys / all answered journeys x (unexposed value - exposed value). Ranked by points_at_stake; rows with fewer than min_journeys in either group have supported = false and come after every supported row.';
-- ---- end of moments of truth ----------------------------------------------------

-- ---- journey map with moments of truth ------------------------------------------
-- journey_transitions(state, moments, ...): the journey map's edges with the
-- moment of truth of each edge's target stage, read from
-- journey_moments_report() itself (its supported rows, its rank), so that the
-- map and the report never disagree.
CREATE FUNCTION @extschema@.journey_transitions(
	state           @extschema@.journey_friction_state,
	moments         @extschema@.journey_moments_state,
	w_repeat        pg_catalog.float8 DEFAULT 0.25,
	w_loop          pg_catalog.float8 DEFAULT 0.20,
	w_dwell         pg_catalog.float8 DEFAULT 0.15,
	w_drop_off      pg_catalog.float8 DEFAULT 0.20,
	w_channel       pg_catalog.float8 DEFAULT 0.10,
	w_failed        pg_catalog.float8 DEFAULT 0.10,
	dwell_reference pg_catalog.interval DEFAULT '72 hours',
	min_journeys    pg_catalog.int4 DEFAULT 30,
	level           pg_catalog.float8 DEFAULT 0.95,
	OUT from_stage         pg_catalog.text,
	OUT to_stage           pg_catalog.text,
	OUT from_order         pg_catalog.int4,
	OUT to_order           pg_catalog.int4,
	OUT journeys           pg_catalog.int8,
	OUT transitions        pg_catalog.int8,
	OUT share              pg_catalog.float8,
	OUT loops              pg_catalog.int8,
	OUT dwell_median       pg_catalog.interval,
	OUT dwell_mean         pg_catalog.interval,
	OUT to_friction_index  pg_catalog.float8,
	OUT to_low_support     pg_catalog.bool,
	OUT to_moment          pg_catalog.text,
	OUT to_points_at_stake pg_catalog.float8)
RETURNS SETOF record
LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 20
AS $$
	WITH m AS (
		SELECT DISTINCT ON (r.stage) r.stage, r.friction, r.points_at_stake
		FROM @extschema@.journey_moments_report(moments, min_journeys, level) AS r
		WHERE r.supported
		ORDER BY r.stage, r.rank)
	SELECT t.from_stage, t.to_stage, t.from_order, t.to_order, t.journeys,
		   t.transitions, t.share, t.loops, t.dwell_median, t.dwell_mean,
		   t.to_friction_index, t.to_low_support, m.friction, m.points_at_stake
	FROM @extschema@.journey_transitions(state, w_repeat, w_loop, w_dwell, w_drop_off,
										 w_channel, w_failed, dwell_reference,
										 min_journeys) WITH ORDINALITY AS t
		LEFT JOIN m ON m.stage OPERATOR(pg_catalog.=) t.to_stage
	ORDER BY t.ordinality
$$;

COMMENT ON FUNCTION @extschema@.journey_transitions(@extschema@.journey_friction_state, @extschema@.journey_moments_state, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.interval, pg_catalog.int4, pg_catalog.float8) IS
'The journey map of a journey_friction_state (as journey_transitions(state)) with the moment of truth of each edge''s target stage from a journey_moments_state of the same journeys: to_moment, the kind of friction with the largest points at stake among the supported rows of journey_moments_report(moments, min_journeys, level) for to_stage, and to_points_at_stake, its points at stake; both NULL when the stage has no supported moment.';
-- ---- end of journey map with moments of truth -----------------------------------

-- ---- predict: risk models ------------------------------------------------------
-- risk_fit(outcome, features [, names [, options]]) fits a logistic
-- regression exactly (Newton / IRLS over the rows kept in a tuplestore
-- bounded by work_mem) into a storable risk_model; risk_score, risk_explain,
-- risk_coefficients, risk_model_summary read it; risk_metrics validates it
-- on any data set.

CREATE TYPE @extschema@.risk_model;
CREATE FUNCTION @extschema@.risk_model_in(pg_catalog.cstring) RETURNS @extschema@.risk_model
AS 'MODULE_PATHNAME', 'risk_model_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_model_out(@extschema@.risk_model) RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'risk_model_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_model_recv(pg_catalog.internal) RETURNS @extschema@.risk_model
AS 'MODULE_PATHNAME', 'risk_model_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_model_send(@extschema@.risk_model) RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'risk_model_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.risk_model (
	INPUT = @extschema@.risk_model_in, OUTPUT = @extschema@.risk_model_out,
	RECEIVE = @extschema@.risk_model_recv, SEND = @extschema@.risk_model_send,
	INTERNALLENGTH = VARIABLE, ALIGNMENT = double, STORAGE = extended
);
COMMENT ON TYPE @extschema@.risk_model IS
'A fitted logistic regression (risk_fit): for each feature its name, training mean and standard deviation, coefficient and standard error; the intercept; the rows used (n), positive outcomes, rows skipped for a NULL, iterations, L2 penalty, log-likelihood and null log-likelihood, and when it was fitted. Storable, dumpable and shippable; text form is a JSON object (model::text::jsonb works).';
COMMENT ON FUNCTION @extschema@.risk_model_in(pg_catalog.cstring) IS
'Text input of risk_model: parses and validates the JSON object risk_model_out writes (version 1, 1 to 64 features, finite numbers, standard deviations positive, standard errors not negative, positives at most n, log-likelihoods not positive, distinct non-empty names).';
COMMENT ON FUNCTION @extschema@.risk_model_out(@extschema@.risk_model) IS
'Text output of risk_model: a JSON object with shortest-exact numbers (they read back to the same model) and the date of the fit in UTC.';
COMMENT ON FUNCTION @extschema@.risk_model_recv(pg_catalog.internal) IS
'Binary input of risk_model, validated like the text form.';
COMMENT ON FUNCTION @extschema@.risk_model_send(@extschema@.risk_model) IS
'Binary output of risk_model: version, k, iterations, counts, penalty, log-likelihoods, date, then the coefficients, standard errors, means, standard deviations (float8) and names.';

CREATE FUNCTION @extschema@.risk_fit_accum(pg_catalog.internal, pg_catalog.bool, pg_catalog.float8[])
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'risk_fit_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_fit_accum(pg_catalog.internal, pg_catalog.bool, pg_catalog.float8[], pg_catalog.text[])
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'risk_fit_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_fit_accum(pg_catalog.internal, pg_catalog.bool, pg_catalog.float8[], pg_catalog.text[], pg_catalog.jsonb)
RETURNS pg_catalog.internal
AS 'MODULE_PATHNAME', 'risk_fit_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_fit_final(pg_catalog.internal) RETURNS @extschema@.risk_model
AS 'MODULE_PATHNAME', 'risk_fit_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.risk_fit_accum(pg_catalog.internal, pg_catalog.bool, pg_catalog.float8[]) IS
'Transition function of risk_fit(outcome, features): keeps the row (or counts it as skipped when the outcome, the array or an element is NULL). Only callable from the aggregate.';
COMMENT ON FUNCTION @extschema@.risk_fit_accum(pg_catalog.internal, pg_catalog.bool, pg_catalog.float8[], pg_catalog.text[]) IS
'Transition function of risk_fit(outcome, features, names). Only callable from the aggregate.';
COMMENT ON FUNCTION @extschema@.risk_fit_accum(pg_catalog.internal, pg_catalog.bool, pg_catalog.float8[], pg_catalog.text[], pg_catalog.jsonb) IS
'Transition function of risk_fit(outcome, features, names, options). Only callable from the aggregate.';
COMMENT ON FUNCTION @extschema@.risk_fit_final(pg_catalog.internal) IS
'Final function of risk_fit: Newton passes over the kept rows until no standardized coefficient moves more than the tolerance; builds the risk_model.';

CREATE AGGREGATE @extschema@.risk_fit(pg_catalog.bool, pg_catalog.float8[]) (
	SFUNC = @extschema@.risk_fit_accum, STYPE = pg_catalog.internal, SSPACE = 1000000,
	FINALFUNC = @extschema@.risk_fit_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.risk_fit(pg_catalog.bool, pg_catalog.float8[], pg_catalog.text[]) (
	SFUNC = @extschema@.risk_fit_accum, STYPE = pg_catalog.internal, SSPACE = 1000000,
	FINALFUNC = @extschema@.risk_fit_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.risk_fit(pg_catalog.bool, pg_catalog.float8[], pg_catalog.text[], pg_catalog.jsonb) (
	SFUNC = @extschema@.risk_fit_accum, STYPE = pg_catalog.internal, SSPACE = 1000000,
	FINALFUNC = @extschema@.risk_fit_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.risk_fit(pg_catalog.bool, pg_catalog.float8[]) IS
'Logistic regression of a boolean outcome (e.g. the customer became a detractor) on 1 to 64 numeric features passed as ARRAY[f1, f2, ...]: the exact maximum-likelihood fit (Newton / IRLS with step halving on standardized features), as a storable risk_model. A row whose outcome, array or any feature is NULL is skipped and counted (a NOTICE says how many). Rows are kept in a tuplestore bounded by work_mem (spilled to temporary files beyond it) and read once per iteration. Errors on a constant feature, collinear features, one outcome only, too few rows, or separation (add an L2 penalty). NULL over no rows.';
COMMENT ON AGGREGATE @extschema@.risk_fit(pg_catalog.bool, pg_catalog.float8[], pg_catalog.text[]) IS
'risk_fit(outcome, features) with the features'' names (one per feature, distinct, the same on every row). A name containing {} is a template for risk_explain: "{} loops back in billing".';
COMMENT ON AGGREGATE @extschema@.risk_fit(pg_catalog.bool, pg_catalog.float8[], pg_catalog.text[], pg_catalog.jsonb) IS
'risk_fit(outcome, features, names) with options {"l2": 0, "max_iterations": 50, "tolerance": 1e-10}: l2 is a ridge penalty (l2/2) times the sum of squared standardized coefficients (not the intercept), for separable or collinear data; names may be NULL.';

CREATE FUNCTION @extschema@.risk_score(model @extschema@.risk_model, features pg_catalog.float8[])
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'risk_score' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.risk_score(@extschema@.risk_model, pg_catalog.float8[]) IS
'The predicted probability of the outcome for one customer''s features (in the model''s order): 1 / (1 + exp(-(b0 + sum b_j x_j))). NULL when a feature is NULL; an error on a wrong number of features or a NaN/infinite one.';

CREATE FUNCTION @extschema@.risk_explain(model @extschema@.risk_model, features pg_catalog.float8[],
	OUT feature pg_catalog.text, OUT value pg_catalog.float8, OUT mean pg_catalog.float8,
	OUT contribution pg_catalog.float8, OUT baseline pg_catalog.float8, OUT log_odds pg_catalog.float8,
	OUT explanation pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'risk_explain' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.risk_explain(@extschema@.risk_model, pg_catalog.float8[]) IS
'Why this customer''s risk is what it is: one row per feature, largest |contribution| first. contribution = coefficient * (value - mean): the feature''s part of the customer''s log-odds against the average training customer; baseline: the log-odds of that average customer; log_odds = baseline + sum of contributions = logit(risk_score). explanation in words: "3 loops back in billing: +0.80" when the name is the template "{} loops back in billing", else "name = 3: +0.80". No rows when a feature is NULL.';

CREATE FUNCTION @extschema@.risk_coefficients(model @extschema@.risk_model,
	OUT feature pg_catalog.text, OUT coefficient pg_catalog.float8, OUT std_error pg_catalog.float8,
	OUT z pg_catalog.float8, OUT p_value pg_catalog.float8, OUT odds_ratio pg_catalog.float8,
	OUT ci_lower pg_catalog.float8, OUT ci_upper pg_catalog.float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'risk_coefficients' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.risk_coefficients(@extschema@.risk_model) IS
'The coefficient table of a risk model, as statsmodels'' Logit summary: (intercept) first, then each feature on its own scale: coefficient (log-odds per unit), std_error (from the inverse of the information at the optimum; with an L2 penalty, of the penalized information), z = coefficient / std_error, two-sided normal p_value, odds_ratio = exp(coefficient), and the 95% Wald interval of the coefficient.';

CREATE FUNCTION @extschema@.risk_model_summary(model @extschema@.risk_model,
	OUT features pg_catalog.int4, OUT n pg_catalog.int8, OUT positives pg_catalog.int8,
	OUT skipped pg_catalog.int8, OUT loglik pg_catalog.float8, OUT loglik_null pg_catalog.float8,
	OUT pseudo_r2 pg_catalog.float8, OUT aic pg_catalog.float8, OUT bic pg_catalog.float8,
	OUT iterations pg_catalog.int4, OUT l2 pg_catalog.float8, OUT fitted_at pg_catalog.timestamptz)
RETURNS record
AS 'MODULE_PATHNAME', 'risk_model_summary' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.risk_model_summary(@extschema@.risk_model) IS
'One row about a risk model: its features, training rows (n), positive outcomes, rows skipped for a NULL, log-likelihood and that of the intercept-only model, McFadden''s pseudo R² = 1 - loglik / loglik_null, AIC = 2 (k + 1) - 2 loglik, BIC = ln(n) (k + 1) - 2 loglik, Newton iterations, L2 penalty and when it was fitted.';

CREATE TYPE @extschema@.risk_calibration_bin AS (
	bin pg_catalog.int4, lower pg_catalog.float8, upper pg_catalog.float8, n pg_catalog.int8,
	mean_risk pg_catalog.float8, observed_rate pg_catalog.float8);
COMMENT ON TYPE @extschema@.risk_calibration_bin IS
'One bin of a calibration table (risk_metrics): the rows whose predicted risk is in [lower, upper) (the last bin includes 1), their mean predicted risk and the share whose outcome was true.';
COMMENT ON COLUMN @extschema@.risk_calibration_bin.bin IS 'Bin number, 1 to 10.';
COMMENT ON COLUMN @extschema@.risk_calibration_bin.lower IS 'Lower bound of the predicted risk (included).';
COMMENT ON COLUMN @extschema@.risk_calibration_bin.upper IS 'Upper bound of the predicted risk (excluded, except 1 in the last bin).';
COMMENT ON COLUMN @extschema@.risk_calibration_bin.n IS 'Rows in the bin.';
COMMENT ON COLUMN @extschema@.risk_calibration_bin.mean_risk IS 'Mean predicted risk of the bin''s rows.';
COMMENT ON COLUMN @extschema@.risk_calibration_bin.observed_rate IS 'Share of the bin''s rows whose outcome is true: close to mean_risk when the model is calibrated.';

CREATE TYPE @extschema@.risk_metrics_result AS (
	n pg_catalog.int8, positives pg_catalog.int8, skipped pg_catalog.int8, auc pg_catalog.float8,
	log_loss pg_catalog.float8, brier pg_catalog.float8, mean_risk pg_catalog.float8,
	observed_rate pg_catalog.float8, calibration @extschema@.risk_calibration_bin[]);
COMMENT ON TYPE @extschema@.risk_metrics_result IS
'How a risk model does on a data set (risk_metrics).';
COMMENT ON COLUMN @extschema@.risk_metrics_result.n IS 'Rows scored.';
COMMENT ON COLUMN @extschema@.risk_metrics_result.positives IS 'Rows whose outcome is true.';
COMMENT ON COLUMN @extschema@.risk_metrics_result.skipped IS 'Rows skipped for a NULL model, outcome, array or feature.';
COMMENT ON COLUMN @extschema@.risk_metrics_result.auc IS 'Area under the ROC curve: the chance that a random positive row scores above a random negative one (ties count 1/2). NULL without both outcomes.';
COMMENT ON COLUMN @extschema@.risk_metrics_result.log_loss IS 'Mean of -(y ln p + (1 - y) ln(1 - p)).';
COMMENT ON COLUMN @extschema@.risk_metrics_result.brier IS 'Brier score: mean of (p - y)².';
COMMENT ON COLUMN @extschema@.risk_metrics_result.mean_risk IS 'Mean predicted risk.';
COMMENT ON COLUMN @extschema@.risk_metrics_result.observed_rate IS 'Share of rows whose outcome is true.';
COMMENT ON COLUMN @extschema@.risk_metrics_result.calibration IS 'The calibration table: the non-empty bins of 10 equal-width bins of predicted risk.';

-- risk_metrics' state is a type (risk_metrics_state) with a combine
-- function, so that parallel plans and Citus compute it in parts: Citus
-- ships a state through its text form, and an internal state would pull
-- every row to the coordinator.
CREATE TYPE @extschema@.risk_metrics_state;
CREATE FUNCTION @extschema@.risk_metrics_state_in(pg_catalog.cstring) RETURNS @extschema@.risk_metrics_state
AS 'MODULE_PATHNAME', 'risk_metrics_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_metrics_state_out(@extschema@.risk_metrics_state) RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'risk_metrics_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_metrics_state_recv(pg_catalog.internal) RETURNS @extschema@.risk_metrics_state
AS 'MODULE_PATHNAME', 'risk_metrics_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_metrics_state_send(@extschema@.risk_metrics_state) RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'risk_metrics_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.risk_metrics_state (
	INPUT = @extschema@.risk_metrics_state_in, OUTPUT = @extschema@.risk_metrics_state_out,
	RECEIVE = @extschema@.risk_metrics_state_recv, SEND = @extschema@.risk_metrics_state_send,
	INTERNALLENGTH = VARIABLE, ALIGNMENT = double, STORAGE = extended
);
COMMENT ON TYPE @extschema@.risk_metrics_state IS
'State of risk_metrics: the model (the same on every row and in every part), the exact counts and sums of the metrics and calibration bins, and the predicted probability of every row (8 bytes per row, positive and negative rows apart), which the exact AUC needs. Combined by concatenation, so parallel plans and Citus workers compute it. A stored or shipped state is limited to 1 GB: about 130 million rows, 100 million for its text form (which Citus ships); on one node the probabilities are held in memory, 8 bytes per row.';
COMMENT ON FUNCTION @extschema@.risk_metrics_state_in(pg_catalog.cstring) IS
'Input function of risk_metrics_state: "risk_metrics:" and the state in base64, checked field by field (counts, sums, bins, the model as risk_model_in checks it, every probability in [0, 1]).';
COMMENT ON FUNCTION @extschema@.risk_metrics_state_out(@extschema@.risk_metrics_state) IS
'Output function of risk_metrics_state: "risk_metrics:" and the state in base64.';
COMMENT ON FUNCTION @extschema@.risk_metrics_state_recv(pg_catalog.internal) IS
'Binary input function of risk_metrics_state (checked field by field).';
COMMENT ON FUNCTION @extschema@.risk_metrics_state_send(@extschema@.risk_metrics_state) IS
'Binary output function of risk_metrics_state: the bytes its text form encodes (big-endian).';

CREATE FUNCTION @extschema@.risk_metrics_trans(@extschema@.risk_metrics_state, @extschema@.risk_model, pg_catalog.bool, pg_catalog.float8[])
RETURNS @extschema@.risk_metrics_state
AS 'MODULE_PATHNAME', 'risk_metrics_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_metrics_combine(@extschema@.risk_metrics_state, @extschema@.risk_metrics_state)
RETURNS @extschema@.risk_metrics_state
AS 'MODULE_PATHNAME', 'risk_metrics_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_metrics_final(@extschema@.risk_metrics_state) RETURNS @extschema@.risk_metrics_result
AS 'MODULE_PATHNAME', 'risk_metrics_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.risk_metrics_trans(@extschema@.risk_metrics_state, @extschema@.risk_model, pg_catalog.bool, pg_catalog.float8[]) IS
'Transition function of risk_metrics: scores the row and keeps its probability for the exact AUC; refuses a model other than the group''s first. Only callable from the aggregate.';
COMMENT ON FUNCTION @extschema@.risk_metrics_combine(@extschema@.risk_metrics_state, @extschema@.risk_metrics_state) IS
'Combine function of risk_metrics: adds the counts and sums and concatenates the probabilities of two parts (parallel workers, Citus workers); parts of different models are refused.';
COMMENT ON FUNCTION @extschema@.risk_metrics_final(@extschema@.risk_metrics_state) IS
'Final function of risk_metrics: sorts the probabilities of both outcomes, merges them for the exact AUC and builds the result.';
CREATE AGGREGATE @extschema@.risk_metrics(@extschema@.risk_model, pg_catalog.bool, pg_catalog.float8[]) (
	SFUNC = @extschema@.risk_metrics_trans, STYPE = @extschema@.risk_metrics_state, SSPACE = 1000000,
	COMBINEFUNC = @extschema@.risk_metrics_combine,
	FINALFUNC = @extschema@.risk_metrics_final, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.risk_metrics(@extschema@.risk_model, pg_catalog.bool, pg_catalog.float8[]) IS
'How well a risk model does on any rows (validate on rows it was not fitted on): n, positives, skipped, the exact AUC (as scikit-learn''s roc_auc_score), log-loss, Brier score, mean predicted risk, observed rate and a calibration table of 10 equal-width risk bins (SELECT (unnest((m).calibration)).*). One model per group (an error otherwise). The state keeps every row''s probability (8 bytes per row; see risk_metrics_state) and combines, so parallel plans and Citus compute it in parts. NULL over no rows.';

-- risk_fit's one-step form: risk_step is one pass over the rows (a
-- combinable aggregate with a storable state, so Citus computes each pass
-- on its workers), risk_fit_update says whether the fit converged and
-- gives the model, risk_fit_iterate runs the passes over a query.
CREATE TYPE @extschema@.risk_step_state;
CREATE FUNCTION @extschema@.risk_step_state_in(pg_catalog.cstring) RETURNS @extschema@.risk_step_state
AS 'MODULE_PATHNAME', 'risk_step_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_step_state_out(@extschema@.risk_step_state) RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'risk_step_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_step_state_recv(pg_catalog.internal) RETURNS @extschema@.risk_step_state
AS 'MODULE_PATHNAME', 'risk_step_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_step_state_send(@extschema@.risk_step_state) RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'risk_step_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.risk_step_state (
	INPUT = @extschema@.risk_step_state_in, OUTPUT = @extschema@.risk_step_state_out,
	RECEIVE = @extschema@.risk_step_state_recv, SEND = @extschema@.risk_step_state_send,
	INTERNALLENGTH = VARIABLE, ALIGNMENT = double, STORAGE = extended
);
COMMENT ON TYPE @extschema@.risk_step_state IS
'One pass of a risk fit (risk_step): for the first pass the row counts and the features'' means and sums of squared deviations; for a Newton pass the point it was evaluated at (standardization, coefficients, the last accepted coefficients, the step, iteration and halving counts, options) and the sums there: log-likelihood, gradient, information matrix, rows. At most 96 + 8 (6p + p² - 2) bytes for p = features + 1 (37 kB for 64 features), whatever the number of rows; combined by addition, so parallel plans and Citus workers compute it.';
COMMENT ON FUNCTION @extschema@.risk_step_state_in(pg_catalog.cstring) IS
'Input function of risk_step_state: "risk_step:" and the state in base64, checked field by field (version, sizes, counts, options, finite numbers, positive standard deviations).';
COMMENT ON FUNCTION @extschema@.risk_step_state_out(@extschema@.risk_step_state) IS
'Output function of risk_step_state: "risk_step:" and the state in base64.';
COMMENT ON FUNCTION @extschema@.risk_step_state_recv(pg_catalog.internal) IS
'Binary input function of risk_step_state (checked field by field).';
COMMENT ON FUNCTION @extschema@.risk_step_state_send(@extschema@.risk_step_state) IS
'Binary output function of risk_step_state: the bytes its text form encodes (big-endian).';

CREATE FUNCTION @extschema@.risk_step_trans(@extschema@.risk_step_state, @extschema@.risk_step_state, pg_catalog.bool, pg_catalog.float8[])
RETURNS @extschema@.risk_step_state
AS 'MODULE_PATHNAME', 'risk_step_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_step_trans(@extschema@.risk_step_state, @extschema@.risk_step_state, pg_catalog.bool, pg_catalog.float8[], pg_catalog.jsonb)
RETURNS @extschema@.risk_step_state
AS 'MODULE_PATHNAME', 'risk_step_trans_options' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_step_combine(@extschema@.risk_step_state, @extschema@.risk_step_state)
RETURNS @extschema@.risk_step_state
AS 'MODULE_PATHNAME', 'risk_step_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_step_final(@extschema@.risk_step_state) RETURNS @extschema@.risk_step_state
AS 'MODULE_PATHNAME', 'risk_step_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.risk_step_trans(@extschema@.risk_step_state, @extschema@.risk_step_state, pg_catalog.bool, pg_catalog.float8[]) IS
'Transition function of risk_step(prev, outcome, features): at the first row, the point of this pass from prev; then adds the row (or counts it as skipped). Only callable from the aggregate.';
COMMENT ON FUNCTION @extschema@.risk_step_trans(@extschema@.risk_step_state, @extschema@.risk_step_state, pg_catalog.bool, pg_catalog.float8[], pg_catalog.jsonb) IS
'Transition function of risk_step(prev, outcome, features, options). Only callable from the aggregate.';
COMMENT ON FUNCTION @extschema@.risk_step_combine(@extschema@.risk_step_state, @extschema@.risk_step_state) IS
'Combine function of risk_step: adds the parts of one pass (first pass: pairwise means and squared deviations; Newton pass: sums); parts of different passes, points or options are refused.';
COMMENT ON FUNCTION @extschema@.risk_step_final(@extschema@.risk_step_state) IS
'Final function of risk_step: the state, or NULL (and a NOTICE counting the skipped rows) when the first pass had no row without a NULL.';
CREATE AGGREGATE @extschema@.risk_step(@extschema@.risk_step_state, pg_catalog.bool, pg_catalog.float8[]) (
	SFUNC = @extschema@.risk_step_trans, STYPE = @extschema@.risk_step_state,
	COMBINEFUNC = @extschema@.risk_step_combine,
	FINALFUNC = @extschema@.risk_step_final, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.risk_step(@extschema@.risk_step_state, pg_catalog.bool, pg_catalog.float8[], pg_catalog.jsonb) (
	SFUNC = @extschema@.risk_step_trans, STYPE = @extschema@.risk_step_state,
	COMBINEFUNC = @extschema@.risk_step_combine,
	FINALFUNC = @extschema@.risk_step_final, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.risk_step(@extschema@.risk_step_state, pg_catalog.bool, pg_catalog.float8[]) IS
'One pass of risk_fit over the rows, as a combinable aggregate (parallel plans and Citus workers compute it in parts): risk_step(NULL, outcome, features) gives the first pass (counts, means, spreads); risk_step(prev, outcome, features) the next pass, a Newton step (or a halved one) from prev evaluated over the rows; risk_fit_update(state) returns NULL while another pass is needed, then the model. prev must be the same on every row of a group, and every pass must see the rows of the first. Rows with a NULL outcome, array or feature are skipped and counted. NULL over no rows.';
COMMENT ON AGGREGATE @extschema@.risk_step(@extschema@.risk_step_state, pg_catalog.bool, pg_catalog.float8[], pg_catalog.jsonb) IS
'risk_step(prev, outcome, features) with risk_fit''s options {"l2": 0, "max_iterations": 50, "tolerance": 1e-10}, given to the first pass; they travel with the state (a later pass may repeat them, not change them).';

CREATE FUNCTION @extschema@.risk_fit_update(step @extschema@.risk_step_state, names pg_catalog.text[] DEFAULT NULL)
RETURNS @extschema@.risk_model
AS 'MODULE_PATHNAME', 'risk_fit_update' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.risk_fit_update(@extschema@.risk_step_state, pg_catalog.text[]) IS
'After a risk_step pass: NULL when another pass is needed (risk_step(step, ...)), the risk_model when the fit has converged (the same model risk_fit makes from the same rows, up to rounding, with these feature names), or the error risk_fit would raise (constant or collinear features, one outcome, too few rows, separation, no convergence). NULL for a NULL step.';

CREATE FUNCTION @extschema@.risk_fit_iterate(query pg_catalog.text, names pg_catalog.text[] DEFAULT NULL,
	options pg_catalog.jsonb DEFAULT NULL)
RETURNS @extschema@.risk_model
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
	st @extschema@.risk_step_state;
	m @extschema@.risk_model;
	q pg_catalog.text := pg_catalog.format(
		'SELECT @extschema@.risk_step($1, q.outcome, q.features, $2) FROM (%s) AS q(outcome, features)', query);
BEGIN
	EXECUTE q INTO st USING NULL::@extschema@.risk_step_state, options;
	LOOP
		IF st IS NULL THEN
			RETURN NULL;
		END IF;
		m := @extschema@.risk_fit_update(st, names);
		IF m IS NOT NULL THEN
			RETURN m;
		END IF;
		EXECUTE q INTO st USING st, options;
	END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.risk_fit_iterate(pg_catalog.text, pg_catalog.text[], pg_catalog.jsonb) IS
'risk_fit over the rows of a query whose first two columns are the outcome (boolean) and the features (float8[]), one risk_step aggregate query per pass: on Citus each pass is computed on the workers and only the states (kilobytes) reach the coordinator. Passes: one for the means, then one per Newton iteration or step halving (risk_fit''s passes plus one). The same model as risk_fit up to rounding, the same errors; names and options as risk_fit''s. The query runs once per pass: its rows must not change meanwhile (an error says so when their count changes).';

-- ---- end of predict: risk models -----------------------------------------------

-- ---- predict: risk alerts -------------------------------------------------------
--
-- A "risk" configuration (cx_alert_attach(tbl, 'risk', config)) creates no
-- trigger: its alerts come from cx_risk_scan(model, features_query,
-- config_id), which scores a query of customers' features with a fitted
-- risk_model and raises an alert, through the write path every kind shares
-- (scope, cooldown, escalation, delivery), for each customer whose risk
-- reaches the threshold.  It is meant to run on a schedule (pg_cron).
-- tbl is the table (or view) the subjects come from, e.g. customers: it
-- is the alerts' source_table.
CREATE FUNCTION @extschema@.cx_alert_attach_risk(tbl pg_catalog.regclass, config pg_catalog.jsonb)
RETURNS pg_catalog.int4
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	allowed CONSTANT text[] := ARRAY['threshold', 'high', 'cooldown', 'channel', 'trigger_name'];
	k text;
	relkind "char";
	threshold numeric;
	high numeric;
	cooldown interval;
	channel text;
	tg_name text;
	id int;
BEGIN
	IF tbl IS NULL OR config IS NULL THEN
		RAISE EXCEPTION 'table, kind and config must not be null' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF jsonb_typeof(config) <> 'object' THEN
		RAISE EXCEPTION 'alert configuration must be a JSON object' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	FOR k IN SELECT jsonb_object_keys(config) LOOP
		IF NOT k = ANY (allowed) THEN
			RAISE EXCEPTION 'unknown setting "%" for a risk alert', k
				USING ERRCODE = 'invalid_parameter_value',
				      HINT = format('Settings: %s.', array_to_string(allowed, ', '));
		END IF;
		IF jsonb_typeof(config -> k) NOT IN ('string', 'number') THEN
			RAISE EXCEPTION 'setting "%" must be a string or a number', k USING ERRCODE = 'invalid_parameter_value';
		END IF;
	END LOOP;
	SELECT c.relkind INTO relkind FROM pg_catalog.pg_class c WHERE c.oid = tbl;
	IF relkind NOT IN ('r', 'p', 'v') THEN
		RAISE EXCEPTION '% is not a table or a view', tbl
			USING ERRCODE = 'wrong_object_type',
			      DETAIL = 'A risk configuration names the table its subjects come from, e.g. customers.';
	END IF;
	IF NOT has_table_privilege(tbl, 'SELECT') THEN
		RAISE EXCEPTION 'permission denied for table %', tbl
			USING ERRCODE = 'insufficient_privilege',
			      DETAIL = 'Attaching risk alerts on a table needs the right to read it.';
	END IF;
	BEGIN
		threshold := coalesce((config ->> 'threshold')::numeric, 0.5);
		high := coalesce((config ->> 'high')::numeric, greatest(0.8, threshold));
	EXCEPTION WHEN invalid_text_representation THEN
		RAISE EXCEPTION 'settings "threshold" and "high" must be numbers' USING ERRCODE = 'invalid_parameter_value',
			HINT = 'Probabilities, e.g. {"threshold": 0.5, "high": 0.8}.';
	END;
	IF NOT (threshold > 0 AND threshold < 1) THEN
		RAISE EXCEPTION 'risk threshold % is outside (0, 1)', threshold USING ERRCODE = 'invalid_parameter_value',
			HINT = 'The threshold is a probability: a risk alert is raised when risk_score(model, features) >= threshold.';
	END IF;
	IF NOT (high >= threshold AND high <= 1) THEN
		RAISE EXCEPTION 'setting "high" % must be between the threshold % and 1', high, threshold
			USING ERRCODE = 'invalid_parameter_value',
			      HINT = 'A risk alert is high at or above "high" (default 0.8), medium from the threshold up to it.';
	END IF;
	BEGIN
		cooldown := coalesce(config ->> 'cooldown', '7 days')::interval;
	EXCEPTION WHEN OTHERS THEN
		RAISE EXCEPTION 'cooldown "%" is not an interval', config ->> 'cooldown'
			USING ERRCODE = 'invalid_parameter_value', HINT = 'For example "7 days" or "12 hours".';
	END;
	IF cooldown < interval '0' OR extract(epoch FROM cooldown) > 10 * 365.25 * 86400 THEN
		RAISE EXCEPTION 'cooldown % is outside 0 .. 10 years', cooldown USING ERRCODE = 'invalid_parameter_value';
	END IF;
	channel := coalesce(config ->> 'channel', 'cx_alerts');
	IF channel = '' OR octet_length(channel) >= 64 THEN
		RAISE EXCEPTION 'channel name "%" must have 1 to 63 bytes', channel USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- only a name (no trigger is created): what cx_alert_detach(tbl, trigger_name => ...) finds it by
	tg_name := coalesce(config ->> 'trigger_name', 'cx_alert_risk');
	IF tg_name = '' OR octet_length(tg_name) >= 64 THEN
		RAISE EXCEPTION 'trigger name "%" must have 1 to 63 bytes', tg_name USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF EXISTS (SELECT 1 FROM @extschema@.cx_alert_config c WHERE c.table_name = tbl AND c.trigger_name = tg_name)
	   OR EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = tbl AND t.tgname = tg_name) THEN
		RAISE EXCEPTION 'table % already has an alert configuration or trigger named "%"', tbl, tg_name
			USING ERRCODE = 'duplicate_object',
			      HINT = 'Detach it first with cx_alert_detach(), or give this one another "trigger_name".';
	END IF;
	INSERT INTO @extschema@.cx_alert_config (table_name, kind, trigger_name, config)
	VALUES (tbl, 'risk', tg_name,
	        jsonb_build_object('threshold', threshold, 'high', high, 'cooldown', cooldown::text, 'channel', channel))
	RETURNING config_id INTO id;
	RETURN id;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_attach_risk(pg_catalog.regclass, pg_catalog.jsonb) IS
'Internal to cx_alert_attach(): validates a risk configuration (threshold, a probability in (0, 1), default 0.5; high, default 0.8; cooldown, default 7 days; channel; trigger_name, default cx_alert_risk, a name only) and records it; no trigger is created: cx_risk_scan() raises its alerts.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_attach_risk(pg_catalog.regclass, pg_catalog.jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_attach_risk(pg_catalog.regclass, pg_catalog.jsonb) TO cx_alerts_admin;

-- cx_alert_detach() as in 1.0, but a risk configuration, which has no
-- trigger, never drops one (a trigger of the same name created later on
-- the table is someone else's)
CREATE OR REPLACE FUNCTION @extschema@.cx_alert_detach(tbl pg_catalog.regclass, kind pg_catalog.text DEFAULT NULL,
                                                        trigger_name pg_catalog.name DEFAULT NULL)
RETURNS pg_catalog.int4
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r record;
	n int := 0;
	unsafe_triggers text := current_setting('citus.enable_unsafe_triggers', true);
BEGIN
	FOR r IN
		SELECT c.config_id, c.trigger_name, c.kind
		FROM @extschema@.cx_alert_config c
		WHERE c.table_name = tbl
		  AND (cx_alert_detach.kind IS NULL OR c.kind = cx_alert_detach.kind)
		  AND (cx_alert_detach.trigger_name IS NULL OR c.trigger_name = cx_alert_detach.trigger_name)
		ORDER BY c.config_id
	LOOP
		IF r.kind <> 'risk' THEN
			IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
				-- on a distributed table Citus drops the shards' triggers
				-- only with this set (see cx_alert_attach)
				PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
			END IF;
			EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', r.trigger_name, tbl);
			IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
				PERFORM set_config('citus.enable_unsafe_triggers', unsafe_triggers, true);
			END IF;
		END IF;
		DELETE FROM @extschema@.cx_alert_segment_rollup s WHERE s.config_id = r.config_id;
		DELETE FROM @extschema@.cx_alert_config c WHERE c.config_id = r.config_id;
		n := n + 1;
	END LOOP;
	IF n = 0 THEN
		RAISE EXCEPTION 'no alert trigger% is attached to %',
			CASE WHEN kind IS NOT NULL THEN format(' of kind %s', kind) ELSE '' END ||
			CASE WHEN trigger_name IS NOT NULL THEN format(' named %s', trigger_name) ELSE '' END, tbl
			USING ERRCODE = 'undefined_object', HINT = 'SELECT * FROM cx_alert_config lists the attached alert triggers.';
	END IF;
	RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_detach(pg_catalog.regclass, pg_catalog.text, pg_catalog.name) IS
'Drop the alert triggers attached to a table by cx_alert_attach() (all of them, or those of one kind or trigger name) and their cx_alert_config rows; returns how many. A risk configuration has no trigger: only its row goes. Alerts already raised stay in cx_alert.';

CREATE FUNCTION @extschema@.cx_risk_scan(model @extschema@.risk_model, features_query pg_catalog.text,
                                          config_id pg_catalog.int4)
RETURNS TABLE (subject pg_catalog.text, risk pg_catalog.float8, severity pg_catalog.text,
               explanation pg_catalog.text)
AS 'MODULE_PATHNAME', 'cx_risk_scan'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.cx_risk_scan(@extschema@.risk_model, pg_catalog.text, pg_catalog.int4) IS
'Risk alerts: runs features_query (one SELECT, as the caller, read in batches) returning columns subject (any type, as text), features (float8[] in the model''s order) and optionally key; scores each row with the model and, for each risk_score >= the threshold of risk configuration config_id (cx_alert_attach(tbl, ''risk'', ...)), queues a "risk" alert (severity high at or above its "high", else medium; details: risk, threshold, the top 3 reasons that raise it, model_fitted_at) written at commit with the configuration''s scope, cooldown and delivery, and returns the row: subject, risk, severity and explanation (the reasons joined by "; "). Rows with a NULL subject, NULL features or a NULL feature are skipped (one NOTICE counts them). Meant to run on a schedule, e.g. with pg_cron.';
REVOKE ALL ON FUNCTION @extschema@.cx_risk_scan(@extschema@.risk_model, pg_catalog.text, pg_catalog.int4) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_risk_scan(@extschema@.risk_model, pg_catalog.text, pg_catalog.int4) TO cx_alerts_admin;
-- ---- end of predict: risk alerts ------------------------------------------------

-- ---- storable aggregate states: empathy_agg ------------------------------------
-- empathy_agg's state becomes a type, empathy_agg_state, so that Citus can
-- compute the aggregate partially on its workers (it ships a state through
-- its type's text form; an internal state would pull every row to the
-- coordinator) and so that the state can be stored.  1.0 declared the
-- aggregates with an internal state; an aggregate's state type cannot be
-- altered, and dropping the aggregates would fail (or cascade) in databases
-- whose views use them, so the aggregates are pointed at their new support
-- functions in the catalog, with their dependencies, and keep their oids.
CREATE TYPE @extschema@.empathy_agg_state;

CREATE FUNCTION @extschema@.empathy_agg_state_in(pg_catalog.cstring)
RETURNS @extschema@.empathy_agg_state
AS 'MODULE_PATHNAME', 'empathy_agg_state_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.empathy_agg_state_in(pg_catalog.cstring) IS
'Input function of empathy_agg_state: "empathy:" and the state in base64, checked field by field.';

CREATE FUNCTION @extschema@.empathy_agg_state_out(@extschema@.empathy_agg_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'empathy_agg_state_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.empathy_agg_state_out(@extschema@.empathy_agg_state) IS
'Output function of empathy_agg_state: "empathy:" and the state in base64.';

CREATE FUNCTION @extschema@.empathy_agg_state_recv(pg_catalog.internal)
RETURNS @extschema@.empathy_agg_state
AS 'MODULE_PATHNAME', 'empathy_agg_state_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.empathy_agg_state_recv(pg_catalog.internal) IS
'Binary input function of empathy_agg_state (checked field by field).';

CREATE FUNCTION @extschema@.empathy_agg_state_send(@extschema@.empathy_agg_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'empathy_agg_state_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.empathy_agg_state_send(@extschema@.empathy_agg_state) IS
'Binary output function of empathy_agg_state.';

CREATE TYPE @extschema@.empathy_agg_state (
	INPUT = @extschema@.empathy_agg_state_in,
	OUTPUT = @extschema@.empathy_agg_state_out,
	RECEIVE = @extschema@.empathy_agg_state_recv,
	SEND = @extschema@.empathy_agg_state_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.empathy_agg_state IS
'State of empathy_agg: one record of 128 bytes per message (conversation key hash, time, role, the features the analysis found; not the text) and the reply target when given as an argument. Combined by concatenation, so parallel plans and Citus workers compute it. Bounded by 1 GB (about 8 million messages; 6 million for its text form, which Citus ships): group by conversation, agent or week.';

CREATE FUNCTION @extschema@.empathy_agg_state_trans(@extschema@.empathy_agg_state, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz)
RETURNS @extschema@.empathy_agg_state
AS 'MODULE_PATHNAME', 'empathy_agg_state_trans'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.empathy_agg_state_trans(@extschema@.empathy_agg_state, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz) IS
'Transition function of empathy_agg(role, body, sent_at): analyses the message once and keeps its features.';

CREATE FUNCTION @extschema@.empathy_agg_state_trans(@extschema@.empathy_agg_state, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz)
RETURNS @extschema@.empathy_agg_state
AS 'MODULE_PATHNAME', 'empathy_agg_state_conv_trans'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.empathy_agg_state_trans(@extschema@.empathy_agg_state, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz) IS
'Transition function of empathy_agg(conversation, role, body, sent_at).';

CREATE FUNCTION @extschema@.empathy_agg_state_trans(@extschema@.empathy_agg_state, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.interval)
RETURNS @extschema@.empathy_agg_state
AS 'MODULE_PATHNAME', 'empathy_agg_state_trans_target'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.empathy_agg_state_trans(@extschema@.empathy_agg_state, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.interval) IS
'Transition function of empathy_agg(role, body, sent_at, reply_target).';

CREATE FUNCTION @extschema@.empathy_agg_state_trans(@extschema@.empathy_agg_state, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.interval)
RETURNS @extschema@.empathy_agg_state
AS 'MODULE_PATHNAME', 'empathy_agg_state_conv_trans_target'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.empathy_agg_state_trans(@extschema@.empathy_agg_state, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.interval) IS
'Transition function of empathy_agg(conversation, role, body, sent_at, reply_target).';

CREATE FUNCTION @extschema@.empathy_agg_state_combine(@extschema@.empathy_agg_state, @extschema@.empathy_agg_state)
RETURNS @extschema@.empathy_agg_state
AS 'MODULE_PATHNAME', 'empathy_agg_state_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.empathy_agg_state_combine(@extschema@.empathy_agg_state, @extschema@.empathy_agg_state) IS
'Combine function of empathy_agg: concatenates two states (parallel workers, Citus workers); states with different reply targets are refused.';

CREATE FUNCTION @extschema@.empathy_agg_state_final(@extschema@.empathy_agg_state)
RETURNS @extschema@.empathy_result
AS 'MODULE_PATHNAME', 'empathy_agg_state_final'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.empathy_agg_state_final(@extschema@.empathy_agg_state) IS
'Final function of empathy_agg: orders the messages by conversation and time and computes the components, timing replies against the reply_target argument when the aggregate has one, else the setting cx_metrics.reply_target where the final function runs (on Citus, the coordinator when the aggregate is computed partially, else the worker).';

DO $$
DECLARE
	r record;
BEGIN
	FOR r IN
		SELECT v.agg, v.transfn,
			   '@extschema@.empathy_agg_state_combine(@extschema@.empathy_agg_state,@extschema@.empathy_agg_state)'::pg_catalog.regprocedure AS combinefn,
			   '@extschema@.empathy_agg_state_final(@extschema@.empathy_agg_state)'::pg_catalog.regprocedure AS finalfn
		FROM (VALUES
			('@extschema@.empathy_agg(text,text,timestamptz)'::pg_catalog.regprocedure,
			 '@extschema@.empathy_agg_state_trans(@extschema@.empathy_agg_state,text,text,timestamptz)'::pg_catalog.regprocedure),
			('@extschema@.empathy_agg(text,text,text,timestamptz)'::pg_catalog.regprocedure,
			 '@extschema@.empathy_agg_state_trans(@extschema@.empathy_agg_state,text,text,text,timestamptz)'::pg_catalog.regprocedure)
		) AS v(agg, transfn)
	LOOP
		DELETE FROM pg_catalog.pg_depend d
		USING pg_catalog.pg_aggregate a
		WHERE a.aggfnoid = r.agg
		  AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = r.agg
		  AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.deptype = 'n'
		  AND d.refobjid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn, a.aggdeserialfn);
		UPDATE pg_catalog.pg_aggregate
		SET aggtransfn = r.transfn, aggfinalfn = r.finalfn, aggcombinefn = r.combinefn,
			aggserialfn = 0, aggdeserialfn = 0,
			aggtranstype = '@extschema@.empathy_agg_state'::pg_catalog.regtype, aggtransspace = 0
		WHERE aggfnoid = r.agg;
		INSERT INTO pg_catalog.pg_depend (classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
		SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, r.agg, 0, 'pg_catalog.pg_proc'::pg_catalog.regclass, f, 0, 'n'
		FROM pg_catalog.unnest(ARRAY[r.transfn, r.finalfn, r.combinefn]::pg_catalog.oid[]) AS f;
	END LOOP;
END
$$;

DROP FUNCTION @extschema@.empathy_agg_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz);
DROP FUNCTION @extschema@.empathy_agg_trans(pg_catalog.internal, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz);
DROP FUNCTION @extschema@.empathy_agg_combine(pg_catalog.internal, pg_catalog.internal);
DROP FUNCTION @extschema@.empathy_agg_serial(pg_catalog.internal);
DROP FUNCTION @extschema@.empathy_agg_deserial(pg_catalog.bytea, pg_catalog.internal);
DROP FUNCTION @extschema@.empathy_agg_final(pg_catalog.internal);

CREATE AGGREGATE @extschema@.empathy_agg(role pg_catalog.text, body pg_catalog.text, sent_at pg_catalog.timestamptz, reply_target pg_catalog.interval) (
	SFUNC = @extschema@.empathy_agg_state_trans,
	STYPE = @extschema@.empathy_agg_state,
	FINALFUNC = @extschema@.empathy_agg_state_final,
	COMBINEFUNC = @extschema@.empathy_agg_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.empathy_agg(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.interval) IS
'empathy_agg(role, body, sent_at) with the reply target as an argument instead of the setting cx_metrics.reply_target (the same on every row): the result does not depend on where the aggregate is finished (a Citus worker or the coordinator).';

CREATE AGGREGATE @extschema@.empathy_agg(conversation pg_catalog.text, role pg_catalog.text, body pg_catalog.text, sent_at pg_catalog.timestamptz, reply_target pg_catalog.interval) (
	SFUNC = @extschema@.empathy_agg_state_trans,
	STYPE = @extschema@.empathy_agg_state,
	FINALFUNC = @extschema@.empathy_agg_state_final,
	COMBINEFUNC = @extschema@.empathy_agg_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.empathy_agg(pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.interval) IS
'empathy_agg(conversation, role, body, sent_at) with the reply target as an argument instead of the setting cx_metrics.reply_target (the same on every row): the result does not depend on where the aggregate is finished (a Citus worker or the coordinator).';
-- ---- end of storable aggregate states: empathy_agg -----------------------------

-- ---- citus: the lexicons on every node -------------------------------------------
-- The lexicon and taxonomy tables a DBA edits become Citus reference tables:
-- an edit on the coordinator is written to every node in the same
-- transaction, and each node's scoring sessions notice it (the edit fires the
-- tables' invalidation trigger on each node's placement; empathy_lexicon.c).
-- The shipped tables are the same on every node (the extension's own rows).
CREATE FUNCTION @extschema@.cx_citus_setup()
RETURNS SETOF pg_catalog.regclass
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t pg_catalog.regclass;
	unsafe_triggers pg_catalog.text;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
		RAISE EXCEPTION 'the citus extension is not installed in this database'
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  HINT = 'Run CREATE EXTENSION citus on the coordinator, add the workers, then SELECT cx_citus_setup().';
	END IF;
	-- the tables' statement triggers (invalidation) go to the placements too
	unsafe_triggers := pg_catalog.current_setting('citus.enable_unsafe_triggers');
	PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
	FOREACH t IN ARRAY ARRAY['@extschema@.empathy_lexicon_user', '@extschema@.voice_lexicon_user',
							 '@extschema@.voice_taxonomy_user']::pg_catalog.regclass[]
	LOOP
		IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition p WHERE p.logicalrelid = t) THEN
			PERFORM pg_catalog.create_reference_table(t);
			RETURN NEXT t;
		END IF;
	END LOOP;
	PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', unsafe_triggers, true);
END
$$;
COMMENT ON FUNCTION @extschema@.cx_citus_setup() IS
'With Citus: makes the editable lexicon and taxonomy tables (empathy_lexicon_user, voice_lexicon_user, voice_taxonomy_user) reference tables, so that an edit on the coordinator changes the scores on every node within the same transaction; returns the tables it distributed (none when run again). Run once on the coordinator, with the coordinator in the metadata (citus_set_coordinator_host).';
REVOKE ALL ON FUNCTION @extschema@.cx_citus_setup() FROM PUBLIC;
-- ---- end of citus: the lexicons on every node ------------------------------------

-- ---- citus: alerts on distributed tables -----------------------------------------
-- On a table that Citus distributes, a row is written to a shard on a
-- worker, and the alert trigger fires there (Citus creates it on every shard
-- when citus.enable_unsafe_triggers is on, which cx_alert_attach sets for
-- that statement).  A worker cannot write the coordinator's cx_alert nor
-- notify its listeners, and a NOTIFY would make a multi-shard write's
-- two-phase commit fail: so the trigger writes its alerts to its node's
-- cx_alert_relay, in the customer's transaction (src/alert_relay.c), and the
-- coordinator's delivery worker drains the relays of every node
-- (cx_alert_relay_drain) and raises them there as alerts of the distributed
-- table, under the coordinator's configuration.  Raised on the coordinator,
-- an alert keeps one open alert per scope and subject whatever the shard.
-- The relay is not registered with pg_extension_config_dump: its rows are
-- alerts in transit, like the outbox's.
CREATE TABLE @extschema@.cx_alert_relay (
	id bigserial PRIMARY KEY,
	config_id pg_catalog.int4 NOT NULL,
	kind pg_catalog.text NOT NULL,
	severity pg_catalog.text NOT NULL,
	source_key pg_catalog.text,
	subject pg_catalog.text,
	details pg_catalog.jsonb NOT NULL,
	channel pg_catalog.text NOT NULL,
	cooldown_us pg_catalog.int8 NOT NULL,
	shard pg_catalog.text NOT NULL,
	relayed_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE @extschema@.cx_alert_relay IS
'Citus: the alerts raised by alert triggers on the shards of a distributed table on this node, on their way to the coordinator. A trigger on a shard writes a row here in the customer''s transaction (it commits, prepares or rolls back with the rows); the coordinator''s delivery worker reads the rows of every node about twice a second, raises them in its cx_alert as alerts of the distributed table and deletes them. Empty on a node without shards of such a table. Not kept by pg_dump. Readable by cx_alerts_reader; written only by the extension.';
COMMENT ON SEQUENCE @extschema@.cx_alert_relay_id_seq IS 'Source of cx_alert_relay.id: the order in which the coordinator raises a node''s relayed alerts.';
COMMENT ON COLUMN @extschema@.cx_alert_relay.id IS 'Position on this node (bigserial): the coordinator takes up to 1,000 rows per node and round, in ascending id. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_relay.config_id IS 'The coordinator''s cx_alert_config row of the trigger (the shard''s trigger carries the same arguments). Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_relay.kind IS 'cx_alert.kind of the alert (nps_detractor, csat_low, ces_high_effort, empathy_low, journey_friction, churn_intent, escalation_threat, customer_distress), or journey_friction_touch: not an alert but a journey of a friction configuration that the shard''s new rows touched, with their latest event (details last_at), which the coordinator tests on the whole distributed table; or nps_segment_rollup / nps_segment_key: not an alert but a segment_drop rollup state of the shard''s new answers (subject the segment, or with "via" the customer key, whose segments the coordinator looks up; details day and state), which the coordinator adds to its cx_alert_segment_rollup before testing the segment. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_relay.severity IS 'low, medium or high, as the trigger judged the row. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_relay.source_key IS 'The key of the row that raised it (cx_alert.source_key); NULL when the key column was NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_relay.subject IS 'The subject (cx_alert.subject); NULL when the subject column was NULL (then no cooldown applies).';
COMMENT ON COLUMN @extschema@.cx_alert_relay.details IS 'cx_alert.details as the trigger built them; the coordinator replaces "table" (the shard) with the distributed table. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_relay.channel IS 'The configuration''s NOTIFY channel, from the trigger''s arguments. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_relay.cooldown_us IS 'The configuration''s cooldown in microseconds, from the trigger''s arguments. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_relay.shard IS 'The shard whose trigger wrote the row (schema-qualified name). Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_relay.relayed_at IS 'Start time of the transaction that wrote it. Rows more than a few seconds old on a worker mean the coordinator is not draining: see cx_alert_delivery on the coordinator. Never NULL.';
REVOKE ALL ON @extschema@.cx_alert_relay FROM PUBLIC;
REVOKE ALL ON SEQUENCE @extschema@.cx_alert_relay_id_seq FROM PUBLIC;
GRANT SELECT ON @extschema@.cx_alert_relay TO cx_alerts_reader;

CREATE TABLE @extschema@.cx_alert_relay_done (
	node pg_catalog.text NOT NULL,
	relay_id pg_catalog.int8 NOT NULL,
	PRIMARY KEY (node, relay_id)
);
COMMENT ON TABLE @extschema@.cx_alert_relay_done IS
'Citus, on the coordinator: the relayed alerts of a worker that are raised here but may still be in that worker''s cx_alert_relay. Written in the transaction that raises them, deleted once the worker deleted its rows: an alert is raised once even when the worker could not be reached in between. Not kept by pg_dump.';
COMMENT ON COLUMN @extschema@.cx_alert_relay_done.node IS 'The worker, as host:port of pg_dist_node. Never NULL.';
COMMENT ON COLUMN @extschema@.cx_alert_relay_done.relay_id IS 'cx_alert_relay.id on that worker. Never NULL.';
REVOKE ALL ON @extschema@.cx_alert_relay_done FROM PUBLIC;
GRANT SELECT ON @extschema@.cx_alert_relay_done TO cx_alerts_reader;

CREATE FUNCTION @extschema@.cx_alert_relay_raise(config_id pg_catalog.int4, source pg_catalog.regclass,
	config pg_catalog.jsonb, kind pg_catalog.text, severity pg_catalog.text, source_key pg_catalog.text,
	subject pg_catalog.text, details pg_catalog.jsonb, channel pg_catalog.text, cooldown_us pg_catalog.int8)
RETURNS void
AS 'MODULE_PATHNAME', 'cx_alert_relay_raise'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.cx_alert_relay_raise(pg_catalog.int4, pg_catalog.regclass, pg_catalog.jsonb, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.jsonb, pg_catalog.text, pg_catalog.int8) IS
'Internal to cx_alert_relay_drain(): queues one relayed alert, raised (or folded into the open alert of its scope and subject) at commit as an alert of table source under the configuration config (scope, delivery, payload), exactly as an alert trigger''s.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_relay_raise(pg_catalog.int4, pg_catalog.regclass, pg_catalog.jsonb, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.jsonb, pg_catalog.text, pg_catalog.int8) FROM PUBLIC;

CREATE FUNCTION @extschema@.cx_alert_relay_wake() RETURNS void
AS 'MODULE_PATHNAME', 'cx_alert_relay_wake'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.cx_alert_relay_wake() IS
'Internal to cx_alert_attach(): wakes this database''s delivery worker when the transaction commits, so that it starts draining the relays of a configuration on a Citus table.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_relay_wake() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_relay_wake() TO cx_alerts_admin;

-- the coordinator's delivery worker raises what the shards relay: it must run
CREATE FUNCTION @extschema@.cx_alert_citus_preloaded() RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NOT (SELECT w.preloaded FROM @extschema@.cx_alert_delivery_worker() w) THEN
		RAISE EXCEPTION 'alerts on a distributed table need cx_metrics in shared_preload_libraries on the coordinator'
			USING ERRCODE = 'object_not_in_prerequisite_state',
			      DETAIL = 'The triggers on the shards relay their alerts to the coordinator, where the extension''s background worker raises them.',
			      HINT = 'Set shared_preload_libraries = ''citus,cx_metrics'' on every node and restart.';
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_citus_preloaded() IS
'Internal: an error (55000, with a hint) unless cx_metrics is in shared_preload_libraries, which alerts on a distributed table need (the delivery worker raises the alerts the shards relay).';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_citus_preloaded() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_citus_preloaded() TO cx_alerts_admin;

-- what an alert on a Citus table needs, checked at attach time: true when
-- tbl is a distributed table (and the configuration can work there), false
-- when Citus does not manage it; an error otherwise
CREATE FUNCTION @extschema@.cx_alert_citus_check(tbl pg_catalog.regclass, kind pg_catalog.text,
                                                  config pg_catalog.jsonb)
RETURNS pg_catalog.bool
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	method text;
	repmodel text;
	colocation int;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
		RETURN false;
	END IF;
	EXECUTE 'SELECT p.partmethod::text, p.repmodel::text, p.colocationid
	         FROM pg_catalog.pg_dist_partition p WHERE p.logicalrelid = $1'
		INTO method, repmodel, colocation USING tbl;
	IF method IS NULL THEN
		RETURN false;
	END IF;
	IF NOT (method IN ('h', 'a', 'r') OR (method = 'n' AND repmodel <> 't' AND colocation <> 0)) THEN
		RAISE EXCEPTION 'alert triggers are not supported on Citus % tables',
			CASE WHEN repmodel = 't' THEN 'reference' ELSE 'local' END
			USING ERRCODE = 'feature_not_supported',
			      DETAIL = format('%s is a Citus %s table: %s', tbl,
			                      CASE WHEN repmodel = 't' THEN 'reference' ELSE 'local' END,
			                      CASE WHEN repmodel = 't' THEN 'a row is written to a copy on every node, and every copy''s trigger would raise its alert.'
			                           ELSE 'its trigger would fire on the coordinator''s placement only in some plans.' END),
			      HINT = 'Attach alerts to a distributed table (create_distributed_table) or to a plain table.';
	END IF;
	PERFORM @extschema@.cx_alert_citus_preloaded();
	RETURN true;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_citus_check(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) IS
'Internal to cx_alert_attach(): true when tbl is a Citus distributed table and an alert of this kind can work there (cx_metrics preloaded on the coordinator); false when Citus does not manage tbl; an error with a hint otherwise (reference and local Citus tables).';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_citus_check(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_citus_check(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) TO cx_alerts_admin;

-- cx_alert_attach_friction() as in 1.0, but on a Citus table the check
-- that the test query plans runs over an empty local table of its columns
-- (Citus cannot plan that query over a table not distributed by the
-- journey; the triggers on its shards do not run it)
CREATE FUNCTION @extschema@.cx_alert_citus_table(tbl pg_catalog.regclass)
RETURNS pg_catalog.bool
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	found boolean;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
		RETURN false;
	END IF;
	EXECUTE 'SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition p WHERE p.logicalrelid = $1)'
		INTO found USING tbl;
	RETURN found;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_citus_table(pg_catalog.regclass) IS
'Internal: true when Citus manages tbl (distributed, reference or local Citus table), false otherwise or without Citus.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_citus_table(pg_catalog.regclass) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_citus_table(pg_catalog.regclass) TO cx_alerts_admin;

CREATE OR REPLACE FUNCTION @extschema@.cx_alert_attach_friction(tbl pg_catalog.regclass, config pg_catalog.jsonb)
RETURNS pg_catalog.int4
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET intervalstyle = 'postgres'
AS $$
DECLARE
	allowed CONSTANT text[] := ARRAY['journey', 'at', 'stage', 'where_column', 'where_value', 'window',
	                                 'repeats', 'loops', 'cooldown', 'channel', 'trigger_name'];
	k text;
	c jsonb;
	w interval;
	cooldown interval;
	repeats int;
	loops int;
	channel text;
	tg_name text;
	id int;
BEGIN
	FOR k IN SELECT jsonb_object_keys(config) LOOP
		IF NOT k = ANY (allowed) THEN
			RAISE EXCEPTION 'unknown setting "%" for a friction alert', k
				USING ERRCODE = 'invalid_parameter_value', HINT = format('Settings: %s.', array_to_string(allowed, ', '));
		END IF;
		IF jsonb_typeof(config -> k) NOT IN ('string', 'number') THEN
			RAISE EXCEPTION 'setting "%" must be a string or a number', k USING ERRCODE = 'invalid_parameter_value';
		END IF;
	END LOOP;
	IF config ->> 'journey' IS NULL OR config ->> 'at' IS NULL THEN
		RAISE EXCEPTION 'settings "journey" and "at" are required' USING ERRCODE = 'invalid_parameter_value',
			HINT = 'Name the column identifying the journey (the subject of the alert) and its time, e.g. {"journey": "contact_id", "at": "created_at"}.';
	END IF;
	PERFORM @extschema@.cx_alert_column_type(tbl, 'journey', config ->> 'journey');
	IF NOT @extschema@.cx_alert_column_type(tbl, 'at', config ->> 'at') = ANY
	       (ARRAY['timestamp with time zone', 'timestamp without time zone', 'date']::regtype[]) THEN
		RAISE EXCEPTION 'column "%" of setting "at" is not a date or timestamp', config ->> 'at' USING ERRCODE = 'datatype_mismatch';
	END IF;
	IF config ? 'stage' THEN
		PERFORM @extschema@.cx_alert_column_type(tbl, 'stage', config ->> 'stage');
	END IF;
	IF (config ? 'where_column') <> (config ? 'where_value') THEN
		RAISE EXCEPTION 'settings "where_column" and "where_value" go together' USING ERRCODE = 'invalid_parameter_value',
			HINT = 'Count only some rows, e.g. the customer''s messages: {"where_column": "message_type", "where_value": 0}.';
	END IF;
	IF config ? 'where_column' THEN
		PERFORM @extschema@.cx_alert_column_type(tbl, 'where_column', config ->> 'where_column');
	END IF;
	BEGIN
		w := coalesce(config ->> 'window', '72 hours')::interval;
		cooldown := coalesce(config ->> 'cooldown', '1 day')::interval;
	EXCEPTION WHEN OTHERS THEN
		RAISE EXCEPTION 'window and cooldown must be intervals' USING ERRCODE = 'invalid_parameter_value';
	END;
	IF w <= interval '0' OR cooldown < interval '0' THEN
		RAISE EXCEPTION 'window must be positive and cooldown not negative' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	BEGIN
		repeats := coalesce((config ->> 'repeats')::int, 2);
		loops := coalesce((config ->> 'loops')::int, 2);
	EXCEPTION WHEN OTHERS THEN
		RAISE EXCEPTION 'repeats and loops must be integers' USING ERRCODE = 'invalid_parameter_value';
	END;
	IF repeats < 1 OR loops < 1 THEN
		RAISE EXCEPTION 'repeats and loops must be at least 1' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	channel := coalesce(config ->> 'channel', 'cx_alerts');
	IF channel = '' OR octet_length(channel) >= 64 THEN
		RAISE EXCEPTION 'channel name "%" must have 1 to 63 bytes', channel USING ERRCODE = 'invalid_parameter_value';
	END IF;
	tg_name := coalesce(config ->> 'trigger_name', 'cx_alert_friction');
	IF EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = tbl AND t.tgname = tg_name) THEN
		RAISE EXCEPTION 'table % already has a trigger named "%"', tbl, tg_name
			USING ERRCODE = 'duplicate_object',
			      HINT = 'Detach it first with cx_alert_detach(), or give this one another "trigger_name".';
	END IF;
	c := jsonb_build_object('journey', config ->> 'journey', 'at', config ->> 'at', 'stage', config ->> 'stage',
	                        'where_column', config ->> 'where_column', 'where_value', config ->> 'where_value',
	                        'window', w::text, 'repeats', repeats, 'loops', loops,
	                        'cooldown', cooldown::text, 'channel', channel);
	-- the query must plan now, not on a customer's insert.  On a Citus
	-- table, over an empty local table of the same columns: Citus cannot plan
	-- this one-server test over a table not distributed by the journey, and
	-- the triggers on its shards do not run it (src/alert_friction.c)
	IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus')
	   AND @extschema@.cx_alert_citus_table(tbl) THEN
		EXECUTE format('CREATE TEMP TABLE cx_alert_friction_columns (LIKE %s) ON COMMIT DROP', tbl);
		EXECUTE 'EXPLAIN ' || @extschema@.cx_alert_friction_sql(c, 'pg_temp.cx_alert_friction_columns'::regclass,
		                                                        'pg_temp.cx_alert_friction_columns');
		DROP TABLE pg_temp.cx_alert_friction_columns;
	ELSE
		EXECUTE 'EXPLAIN ' || @extschema@.cx_alert_friction_sql(c, tbl, tbl::text);
	END IF;
	INSERT INTO @extschema@.cx_alert_config (table_name, kind, trigger_name, config)
	VALUES (tbl, 'friction', tg_name, c)
	RETURNING config_id INTO id;
	EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS cx_alert_new_rows '
	               'FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.cx_alert_friction_trigger(%L)',
	               tg_name, tbl, id);
	RETURN id;
END
$$;
-- the extension's schema, quoted, for SQL sent to the workers (same on
-- every node: Citus creates the extension there in the same schema)
CREATE FUNCTION @extschema@.cx_alert_citus_schema() RETURNS pg_catalog.text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname = 'cx_metrics'
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_citus_schema() IS 'Internal: the schema of cx_metrics, quoted.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_citus_schema() FROM PUBLIC;

-- The shards' nodes have no cx_alert_config row (it is the coordinator's):
-- on a distributed table the trigger's first argument carries the
-- configuration after the config_id, "<config_id> <config>", which Citus
-- copies to every shard's trigger with the rest, in the same transaction.
CREATE FUNCTION @extschema@.cx_alert_citus_triggerdef(config_id pg_catalog.int4,
                                                       distribution_column pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	def text;
	cfg jsonb;
	kind text;
	m text[];
BEGIN
	SELECT pg_catalog.pg_get_triggerdef(t.oid), c.config, c.kind INTO def, cfg, kind
	FROM @extschema@.cx_alert_config c
	JOIN pg_catalog.pg_trigger t ON t.tgrelid = c.table_name AND t.tgname = c.trigger_name
	WHERE c.config_id = cx_alert_citus_triggerdef.config_id;
	IF def IS NULL THEN
		RETURN NULL;
	END IF;
	-- friction on a table not distributed by the journey: a journey's events
	-- are on several shards, so the shards relay the journeys they touch and
	-- the coordinator reads their windows (cx_alert_friction_relay_check)
	IF kind = 'friction' AND distribution_column IS DISTINCT FROM cfg ->> 'journey' THEN
		cfg := cfg || '{"citus_journey_spread": true}';
	END IF;
	m := regexp_match(def, '^(.* EXECUTE FUNCTION [^(]+\()''([0-9]+)[^'']*''(.*)$');
	IF m IS NULL THEN
		RAISE EXCEPTION 'cannot read the alert trigger of configuration %', config_id USING ERRCODE = 'internal_error';
	END IF;
	RETURN m[1] || quote_literal(m[2] || ' ' || cfg::text) || m[3];
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_citus_triggerdef(pg_catalog.int4, pg_catalog.text) IS
'Internal: the CREATE TRIGGER statement of alert configuration config_id with the configuration in the trigger''s first argument ("<config_id> <config>"), as triggers on distributed tables have it: the shards'' nodes have no cx_alert_config row. A friction configuration on a table whose distribution_column is not its journey column gets "citus_journey_spread": true (its shards relay the journeys they touch). NULL when the configuration has no trigger.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_citus_triggerdef(pg_catalog.int4, pg_catalog.text) FROM PUBLIC;

-- one relayed alert: raised under the coordinator's configuration, as an
-- alert of the distributed table; 0 when the configuration is gone
-- (detached since) or the row cannot be raised (a WARNING says why)
CREATE FUNCTION @extschema@.cx_alert_relay_one(r @extschema@.cx_alert_relay, node pg_catalog.text)
RETURNS pg_catalog.int4
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	c record;
BEGIN
	SELECT x.table_name, x.config INTO c FROM @extschema@.cx_alert_config x WHERE x.config_id = r.config_id;
	IF NOT FOUND THEN
		RETURN 0;
	END IF;
	BEGIN
		PERFORM @extschema@.cx_alert_relay_raise(r.config_id, c.table_name, c.config, r.kind, r.severity,
			r.source_key, r.subject,
			CASE WHEN r.details ? 'table' THEN jsonb_set(r.details, '{table}', to_jsonb(c.table_name::text)) ELSE r.details END,
			r.channel, r.cooldown_us);
	EXCEPTION WHEN OTHERS THEN
		RAISE WARNING 'cx_metrics: dropping relayed alert % of node % (configuration %, shard %): %',
			r.id, node, r.config_id, r.shard, SQLERRM;
		RETURN 0;
	END;
	RETURN 1;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_relay_one(@extschema@.cx_alert_relay, pg_catalog.text) IS
'Internal to cx_alert_relay_drain(): queues one relayed alert under its coordinator configuration (details "table" becomes the distributed table); returns 1, or 0 when the configuration is gone or the row cannot be raised (with a WARNING).';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_relay_one(@extschema@.cx_alert_relay, pg_catalog.text) FROM PUBLIC;

-- segment_drop on a distributed table: the shards relay their rollup
-- states (kind nps_segment_rollup: subject the segment, details day and
-- state); the coordinator folds them into its rollup, then tests each
-- segment touched once as of its latest day and raises the alert as the
-- trigger does on one server
-- the segments of a customer key in the "via" table of a segment_drop
-- configuration (the key as text, cast to the via key column's type)
CREATE FUNCTION @extschema@.cx_alert_segment_via_lookup(config pg_catalog.jsonb, key pg_catalog.text)
RETURNS TABLE (segment pg_catalog.text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	via regclass := (config ->> 'via')::regclass;
	key_type text;
BEGIN
	SELECT format_type(a.atttypid, a.atttypmod) INTO key_type
	FROM pg_attribute a WHERE a.attrelid = via AND a.attname = config ->> 'via_key' AND NOT a.attisdropped;
	RETURN QUERY EXECUTE format('SELECT DISTINCT v.%1$I::text FROM %2$s v WHERE v.%3$I = $1::%4$s AND v.%1$I IS NOT NULL',
	                            config ->> 'segment', via, config ->> 'via_key', key_type)
		USING key;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_segment_via_lookup(pg_catalog.jsonb, pg_catalog.text) IS
'Internal to cx_alert_relay_drain(): the distinct non-NULL segments of customer key (text, cast to the type of the via_key column) in the "via" table of a segment_drop configuration.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_segment_via_lookup(pg_catalog.jsonb, pg_catalog.text) FROM PUBLIC;

CREATE FUNCTION @extschema@.cx_alert_segment_relay_fold(r @extschema@.cx_alert_relay, touched pg_catalog.jsonb)
RETURNS pg_catalog.jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	cfg jsonb;
	d date;
	seg text;
BEGIN
	SELECT c.config INTO cfg FROM @extschema@.cx_alert_config c
	WHERE c.config_id = r.config_id AND c.kind = 'segment_drop';
	IF r.subject IS NULL OR cfg IS NULL THEN
		RETURN touched;		-- detached since
	END IF;
	d := (r.details ->> 'day')::date;
	FOR seg IN
		SELECT r.subject WHERE r.kind = 'nps_segment_rollup'
		UNION ALL
		-- "via": the customer key's segments, looked up here (the shards
		-- relay per key), each counted once, as the trigger on one server does
		SELECT s.segment FROM @extschema@.cx_alert_segment_via_lookup(cfg, r.subject) s
		WHERE r.kind = 'nps_segment_key'
	LOOP
		INSERT INTO @extschema@.cx_alert_segment_rollup AS x (config_id, segment, day, state)
		VALUES (r.config_id, seg, d, (r.details ->> 'state')::@extschema@.nps_state)
		ON CONFLICT (config_id, segment, day)
		DO UPDATE SET state = @extschema@.nps_state_combine(x.state, excluded.state);
		CONTINUE WHEN touched ? (r.config_id || ':' || seg)
		              AND (touched -> (r.config_id || ':' || seg) ->> 'day')::date >= d;
		touched := touched || jsonb_build_object(r.config_id || ':' || seg,
			jsonb_build_object('config_id', r.config_id, 'segment', seg, 'day', d,
			                   'channel', r.channel, 'cooldown_us', r.cooldown_us));
	END LOOP;
	RETURN touched;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_segment_relay_fold(@extschema@.cx_alert_relay, pg_catalog.jsonb) IS
'Internal to cx_alert_relay_drain(): adds a relayed segment_drop rollup state (a shard''s new answers of one segment, or with "via" of one customer key, and day) to cx_alert_segment_rollup (for each of the key''s segments) and returns touched with the segments'' latest days.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_segment_relay_fold(@extschema@.cx_alert_relay, pg_catalog.jsonb) FROM PUBLIC;

CREATE FUNCTION @extschema@.cx_alert_segment_relay_test(touched pg_catalog.jsonb)
RETURNS pg_catalog.int8
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t record;
	k record;
	c record;
	n bigint := 0;
BEGIN
	FOR t IN SELECT (e.value ->> 'config_id')::int AS config_id, e.value ->> 'segment' AS segment,
	                (e.value ->> 'day')::date AS day, e.value ->> 'channel' AS channel,
	                (e.value ->> 'cooldown_us')::bigint AS cooldown_us
	         FROM jsonb_each(touched) e ORDER BY 1, 2 LOOP
		SELECT x.table_name, x.config INTO c FROM @extschema@.cx_alert_config x WHERE x.config_id = t.config_id;
		CONTINUE WHEN NOT FOUND;
		SELECT * INTO k FROM @extschema@.cx_alert_segment_check(t.config_id, t.segment, t.day);
		CONTINUE WHEN NOT k.alert;
		PERFORM @extschema@.cx_alert_relay_raise(t.config_id, c.table_name, c.config, 'nps_segment_drop',
			CASE WHEN k.p_value < (c.config ->> 'alpha')::float8 / 10 THEN 'high' ELSE 'medium' END,
			to_char(k.day, 'YYYY-MM-DD'), k.segment,
			jsonb_build_object('segment', k.segment, 'day', k.day,
			                   'window_nps', round(k.window_nps::numeric, 2), 'window_answers', k.window_answers,
			                   'baseline_nps', round(k.baseline_nps::numeric, 2), 'baseline_answers', k.baseline_answers,
			                   'difference', round(k.difference::numeric, 2), 'p_value', k.p_value::text,
			                   'window_days', c.config -> 'window_days', 'baseline_days', c.config -> 'baseline_days',
			                   'alpha', c.config -> 'alpha', 'table', c.table_name::text),
			t.channel, t.cooldown_us);
		n := n + 1;
	END LOOP;
	RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_segment_relay_test(pg_catalog.jsonb) IS
'Internal to cx_alert_relay_drain(): the segment_drop test (cx_alert_segment_check) of each segment of a distributed table touched by relayed rollup states, as of its latest day; queues the alert of each that fails, with the severity and details of the trigger on one server. Returns how many.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_segment_relay_test(pg_catalog.jsonb) FROM PUBLIC;

-- friction on a table not distributed by the journey: the shards relay the
-- journeys they touch (kind journey_friction_touch, with the latest new
-- event); the coordinator tests each once per round, reading the window
-- from the distributed table
CREATE FUNCTION @extschema@.cx_alert_friction_relay_check(config_id pg_catalog.int4, tbl pg_catalog.regclass,
	trigger_name pg_catalog.name, journey pg_catalog.text, last_at pg_catalog.timestamptz)
RETURNS void
AS 'MODULE_PATHNAME', 'cx_alert_friction_relay_check'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.cx_alert_friction_relay_check(pg_catalog.int4, pg_catalog.regclass, pg_catalog.name, pg_catalog.text, pg_catalog.timestamptz) IS
'Internal to cx_alert_relay_drain(): the friction test of one journey (its text) of distributed table tbl as of last_at, whose events a shard relayed: reads the window from the table, counts repeats and loops as journey_friction() does, and queues the alert as the trigger on one server would (raised at commit).';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_friction_relay_check(pg_catalog.int4, pg_catalog.regclass, pg_catalog.name, pg_catalog.text, pg_catalog.timestamptz) FROM PUBLIC;

CREATE FUNCTION @extschema@.cx_alert_friction_relay_touch(r @extschema@.cx_alert_relay, journeys pg_catalog.jsonb)
RETURNS pg_catalog.jsonb
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT CASE
	WHEN r.subject IS NULL THEN journeys
	WHEN journeys ? (r.config_id || ':' || r.subject)
	     AND (journeys -> (r.config_id || ':' || r.subject) ->> 'last_at')::timestamptz
	         >= (r.details ->> 'last_at')::timestamptz THEN journeys
	ELSE journeys || jsonb_build_object(r.config_id || ':' || r.subject,
		jsonb_build_object('config_id', r.config_id, 'journey', r.subject, 'last_at', r.details -> 'last_at'))
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_friction_relay_touch(@extschema@.cx_alert_relay, pg_catalog.jsonb) IS
'Internal to cx_alert_relay_drain(): journeys with the relayed journey of a friction configuration and the latest of its relayed event times.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_friction_relay_touch(@extschema@.cx_alert_relay, pg_catalog.jsonb) FROM PUBLIC;

CREATE FUNCTION @extschema@.cx_alert_friction_relay_test(journeys pg_catalog.jsonb)
RETURNS pg_catalog.int8
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t record;
	n bigint := 0;
	before bigint;
BEGIN
	FOR t IN SELECT c.config_id, c.table_name, c.trigger_name, e.value ->> 'journey' AS journey,
	                (e.value ->> 'last_at')::timestamptz AS last_at
	         FROM jsonb_each(journeys) e
	         JOIN @extschema@.cx_alert_config c ON c.config_id = (e.value ->> 'config_id')::int AND c.kind = 'friction'
	         ORDER BY 1, 4 LOOP
		BEGIN
			PERFORM @extschema@.cx_alert_friction_relay_check(t.config_id, t.table_name, t.trigger_name,
			                                                  t.journey, t.last_at);
			n := n + 1;
		EXCEPTION WHEN OTHERS THEN
			RAISE WARNING 'cx_metrics: the relayed friction test of journey % (configuration %) failed: %',
				left(t.journey, 100), t.config_id, SQLERRM;
		END;
	END LOOP;
	RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_friction_relay_test(pg_catalog.jsonb) IS
'Internal to cx_alert_relay_drain(): runs cx_alert_friction_relay_check() for each journey relayed in a round (a failure is a WARNING, not the end of the round); returns how many journeys were tested.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_friction_relay_test(pg_catalog.jsonb) FROM PUBLIC;

-- one relayed row: an alert raised (queued), or a segment_drop rollup
-- state or a friction journey kept for the round's tests
CREATE FUNCTION @extschema@.cx_alert_relay_take(r @extschema@.cx_alert_relay, node pg_catalog.text,
                                                 INOUT touched pg_catalog.jsonb, INOUT journeys pg_catalog.jsonb)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF r.kind IN ('nps_segment_rollup', 'nps_segment_key') THEN
		touched := @extschema@.cx_alert_segment_relay_fold(r, touched);
	ELSIF r.kind = 'journey_friction_touch' THEN
		journeys := @extschema@.cx_alert_friction_relay_touch(r, journeys);
	ELSE
		PERFORM @extschema@.cx_alert_relay_one(r, node);
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_relay_take(@extschema@.cx_alert_relay, pg_catalog.text, pg_catalog.jsonb, pg_catalog.jsonb) IS
'Internal to cx_alert_relay_drain(): one relayed row of node: an alert is queued (cx_alert_relay_one); a segment_drop rollup state is added to the rollup and its segment to touched; a friction journey is added to journeys (tested once each at the end of the round).';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_relay_take(@extschema@.cx_alert_relay, pg_catalog.text, pg_catalog.jsonb, pg_catalog.jsonb) FROM PUBLIC;

CREATE FUNCTION @extschema@.cx_alert_relay_drain(batch pg_catalog.int4 DEFAULT 1000)
RETURNS pg_catalog.int8
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	s text := @extschema@.cx_alert_citus_schema();
	n bigint := 0;
	r @extschema@.cx_alert_relay;
	names text[];
	ports int[];
	cmds text[];
	res record;
	got jsonb;
	touched jsonb := '{}';
	journeys jsonb := '{}';
BEGIN
	IF batch IS NULL OR batch < 1 THEN
		RAISE EXCEPTION 'batch must be at least 1' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- one drain at a time (the delivery worker, or a call by hand): two
	-- would both take a worker's rows before either remembers them
	PERFORM pg_catalog.pg_advisory_xact_lock(-7343190481762914317);
	-- only the coordinator (group 0) drains, where the configurations are:
	-- a worker's relay is the coordinator's to take
	IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus')
	   OR (SELECT g.groupid FROM pg_catalog.pg_dist_local_group g) <> 0
	   OR NOT EXISTS (SELECT 1 FROM @extschema@.cx_alert_config c
	                  JOIN pg_catalog.pg_dist_partition p ON p.logicalrelid = c.table_name) THEN
		RETURN NULL;
	END IF;
	-- this node's own shards (a coordinator with shards)
	FOR r IN
		DELETE FROM @extschema@.cx_alert_relay x
		WHERE x.id IN (SELECT y.id FROM @extschema@.cx_alert_relay y ORDER BY y.id LIMIT batch FOR UPDATE SKIP LOCKED)
		RETURNING x.*
	LOOP
		n := n + 1;
		SELECT * INTO touched, journeys FROM @extschema@.cx_alert_relay_take(r, 'local', touched, journeys);
	END LOOP;

	-- what was raised from a node that has left the cluster since
	DELETE FROM @extschema@.cx_alert_relay_done x
	WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_node w WHERE x.node = w.nodename || ':' || w.nodeport);
	-- the workers: first forget (there) what an earlier round raised
	SELECT array_agg(w.nodename ORDER BY w.nodename, w.nodeport), array_agg(w.nodeport ORDER BY w.nodename, w.nodeport),
	       array_agg(format('DELETE FROM %s.cx_alert_relay r WHERE r.id = ANY (%L::bigint[])', s, d.ids)
	                 ORDER BY w.nodename, w.nodeport)
	INTO names, ports, cmds
	FROM pg_catalog.pg_dist_node w
	JOIN (SELECT x.node, array_agg(x.relay_id) AS ids FROM @extschema@.cx_alert_relay_done x GROUP BY x.node) d
	  ON d.node = w.nodename || ':' || w.nodeport;
	IF names IS NOT NULL THEN
		FOR res IN SELECT * FROM pg_catalog.master_run_on_worker(names, ports, cmds, true) LOOP
			IF res.success THEN
				DELETE FROM @extschema@.cx_alert_relay_done x WHERE x.node = res.node_name || ':' || res.node_port;
			END IF;
		END LOOP;
	END IF;

	-- then take their relayed alerts
	SELECT array_agg(w.nodename ORDER BY w.nodename, w.nodeport), array_agg(w.nodeport ORDER BY w.nodename, w.nodeport)
	INTO names, ports
	FROM pg_catalog.pg_dist_node w
	WHERE w.isactive AND w.noderole = 'primary' AND w.groupid <> (SELECT g.groupid FROM pg_catalog.pg_dist_local_group g);
	IF names IS NULL THEN
		PERFORM @extschema@.cx_alert_segment_relay_test(touched), @extschema@.cx_alert_friction_relay_test(journeys);
		RETURN n;
	END IF;
	cmds := array_fill(format(
		'SELECT pg_catalog.json_build_object(''rows'', (SELECT COALESCE(pg_catalog.json_agg(r ORDER BY r.id), ''[]'') '
		'FROM (SELECT * FROM %1$s.cx_alert_relay ORDER BY id LIMIT %2$s) r))',
		s, batch), ARRAY[cardinality(names)]);
	FOR res IN SELECT * FROM pg_catalog.master_run_on_worker(names, ports, cmds, true) LOOP
		IF NOT res.success THEN
			CONTINUE;	-- unreachable now: its alerts wait in its relay
		END IF;
		got := res.result::jsonb;
		FOR r IN SELECT * FROM jsonb_populate_recordset(NULL::@extschema@.cx_alert_relay, got -> 'rows') LOOP
			IF NOT EXISTS (SELECT 1 FROM @extschema@.cx_alert_relay_done x
			               WHERE x.node = res.node_name || ':' || res.node_port AND x.relay_id = r.id) THEN
				n := n + 1;
				SELECT * INTO touched, journeys
				FROM @extschema@.cx_alert_relay_take(r, res.node_name || ':' || res.node_port, touched, journeys);
				INSERT INTO @extschema@.cx_alert_relay_done VALUES (res.node_name || ':' || res.node_port, r.id);
			END IF;
		END LOOP;
	END LOOP;
	-- the segments and journeys touched in this round, tested once each
	PERFORM @extschema@.cx_alert_segment_relay_test(touched), @extschema@.cx_alert_friction_relay_test(journeys);
	RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_relay_drain(pg_catalog.int4) IS
'Citus, on the coordinator: raises the alerts that triggers on the shards of distributed tables relayed (cx_alert_relay of this node and of every worker, up to batch rows per node, in id order) as alerts of the distributed tables, at the commit of the calling transaction; deletes them from the workers'' relays in the next call (cx_alert_relay_done remembers what was raised meanwhile, so that nothing is raised twice). Relayed segment_drop rollup states are added to cx_alert_segment_rollup and each segment touched is tested once; relayed friction journeys are tested once each on the distributed table. Returns the number of relayed rows taken, or NULL when no alert configuration is on a Citus table. The delivery worker calls it about twice a second; call it by hand to drain at once.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_relay_drain(pg_catalog.int4) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_relay_drain(pg_catalog.int4) TO cx_alerts_admin;
-- A table that already has alert triggers: Citus refuses to distribute it
-- ("it has triggers"), and with citus.enable_unsafe_triggers on it would
-- copy the rows already there into the shards through the triggers, raising
-- their alerts again.  cx_citus_distribute() drops the alert triggers,
-- distributes the table, and creates them again on the distributed table
-- (Citus creates them on every shard); the configurations keep their ids.
CREATE FUNCTION @extschema@.cx_citus_distribute(tbl pg_catalog.regclass, distribution_column pg_catalog.text,
                                                 colocate_with pg_catalog.text DEFAULT 'default')
RETURNS pg_catalog.int4
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r record;
	defs text[] := '{}';
	d text;
	ids int[] := '{}';
	unsafe_triggers text;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
		RAISE EXCEPTION 'the citus extension is not installed in this database'
			USING ERRCODE = 'object_not_in_prerequisite_state';
	END IF;
	IF tbl IS NULL OR distribution_column IS NULL THEN
		RAISE EXCEPTION 'table and distribution column must not be NULL' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition p WHERE p.logicalrelid = tbl) THEN
		RAISE EXCEPTION '% is already a Citus table', tbl
			USING ERRCODE = 'object_not_in_prerequisite_state',
			      HINT = 'cx_alert_attach() on a distributed table creates the triggers on its shards.';
	END IF;
	-- the triggers as the distributed table will have them
	FOR r IN SELECT c.config_id, c.kind, c.config, t.oid AS tgoid
	         FROM @extschema@.cx_alert_config c
	         LEFT JOIN pg_catalog.pg_trigger t ON t.tgrelid = c.table_name AND t.tgname = c.trigger_name
	         WHERE c.table_name = tbl AND c.kind <> 'risk' ORDER BY c.config_id LOOP
		IF r.tgoid IS NOT NULL THEN
			defs := defs || @extschema@.cx_alert_citus_triggerdef(r.config_id, distribution_column);
			ids := ids || r.config_id;
		END IF;
	END LOOP;
	IF cardinality(defs) > 0 THEN
		PERFORM @extschema@.cx_alert_citus_preloaded();
	END IF;
	FOR r IN SELECT c.trigger_name FROM @extschema@.cx_alert_config c
	         JOIN pg_catalog.pg_trigger t ON t.tgrelid = c.table_name AND t.tgname = c.trigger_name
	         WHERE c.table_name = tbl LOOP
		EXECUTE format('DROP TRIGGER %I ON %s', r.trigger_name, tbl);
	END LOOP;
	PERFORM pg_catalog.create_distributed_table(tbl, distribution_column, colocate_with => colocate_with);
	unsafe_triggers := current_setting('citus.enable_unsafe_triggers');
	PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
	FOREACH d IN ARRAY defs LOOP
		EXECUTE d;
	END LOOP;
	PERFORM set_config('citus.enable_unsafe_triggers', unsafe_triggers, true);
	IF cardinality(ids) > 0 THEN
		PERFORM @extschema@.cx_alert_relay_wake();
	END IF;
	RETURN cardinality(ids);
END
$$;
COMMENT ON FUNCTION @extschema@.cx_citus_distribute(pg_catalog.regclass, pg_catalog.text, pg_catalog.text) IS
'Citus: create_distributed_table(tbl, distribution_column, colocate_with => colocate_with) for a table with alert triggers, which Citus refuses to distribute as it is: drops the triggers, distributes the table (the rows already there raise no alert again), creates the triggers again on the distributed table, with the configuration in their first argument (Citus puts them on every shard); returns the number of alert triggers moved. The configurations keep their ids.';
REVOKE ALL ON FUNCTION @extschema@.cx_citus_distribute(pg_catalog.regclass, pg_catalog.text, pg_catalog.text) FROM PUBLIC;
-- ---- end of citus: alerts on distributed tables ----------------------------------

-- ---- storable aggregate states: journey_friction, journey_moments, journey_friction_merge ----
-- journey_friction and journey_moments get a state type, journey_events_state,
-- so that Citus computes them partially on its workers for any GROUP BY, also
-- when the events of one journey are on several shards (a table not
-- distributed by the journey key), and so that parallel plans can split
-- them.  A partial state cannot analyse a journey it may only hold part of:
-- it keeps the events (journey key bytes, stage, time, channel, outcome,
-- answer) with the configuration and the names they use; states combine by
-- concatenation (same configuration required), and the final function sorts
-- the events by journey and analyses each journey as before.  journey_friction
-- (1.0) is pointed at the new support functions in the catalog, as
-- empathy_agg is above, so that views using it survive the update;
-- journey_moments (new in 1.2) the same way, for one pattern.
--
-- The aggregates are parallel restricted, as their plans were in 1.1 (the
-- aggregate in the leader above a parallel scan): on one node, partial
-- states from parallel workers would ship every event through the Gather
-- and be read again by the leader, which measured slower than the leader
-- keeping the events itself.  Citus's partial aggregation on its workers
-- does not depend on it.
CREATE TYPE @extschema@.journey_events_state;

CREATE FUNCTION @extschema@.journey_events_state_in(pg_catalog.cstring)
RETURNS @extschema@.journey_events_state
AS 'MODULE_PATHNAME', 'journey_events_state_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_state_in(pg_catalog.cstring) IS
'Input function of journey_events_state: "journey_events:" and the state in base64, checked field by field.';

CREATE FUNCTION @extschema@.journey_events_state_out(@extschema@.journey_events_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'journey_events_state_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_state_out(@extschema@.journey_events_state) IS
'Output function of journey_events_state: "journey_events:" and the state in base64.';

CREATE FUNCTION @extschema@.journey_events_state_recv(pg_catalog.internal)
RETURNS @extschema@.journey_events_state
AS 'MODULE_PATHNAME', 'journey_events_state_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_state_recv(pg_catalog.internal) IS
'Binary input function of journey_events_state (checked field by field).';

CREATE FUNCTION @extschema@.journey_events_state_send(@extschema@.journey_events_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'journey_events_state_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_state_send(@extschema@.journey_events_state) IS
'Binary output function of journey_events_state.';

CREATE TYPE @extschema@.journey_events_state (
	INPUT = @extschema@.journey_events_state_in,
	OUTPUT = @extschema@.journey_events_state_out,
	RECEIVE = @extschema@.journey_events_state_recv,
	SEND = @extschema@.journey_events_state_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.journey_events_state IS
'State of journey_friction and journey_moments: the configuration, the stage and channel names, and every event (journey key bytes, stage id, time, channel id, outcome; the answer for journey_moments): 21 bytes plus the key per event (25 for journey_moments; a bigint key adds 8 bytes, a uuid 16, a text its length), journeys analysed by the final function. Combined by concatenation (the configurations must be equal), so parallel plans and Citus workers compute it for any GROUP BY, also when the events of one journey are on several shards. Journey keys are equal when their bytes are (true for integer, text and uuid keys). Bounded by 1 GB per group (about 35 million events with bigint keys): group by week or segment, or filter.';
CREATE FUNCTION @extschema@.journey_events_friction_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz)
RETURNS @extschema@.journey_events_state
AS 'MODULE_PATHNAME', 'journey_events_friction_trans'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_friction_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz) IS
'Transition function of journey_friction(journey, text, timestamptz): checks the row and keeps the event.';
CREATE FUNCTION @extschema@.journey_events_friction_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config)
RETURNS @extschema@.journey_events_state
AS 'MODULE_PATHNAME', 'journey_events_friction_trans'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_friction_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) IS
'Transition function of journey_friction(journey, text, timestamptz, journey_config): checks the row and keeps the event.';
CREATE FUNCTION @extschema@.journey_events_friction_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool)
RETURNS @extschema@.journey_events_state
AS 'MODULE_PATHNAME', 'journey_events_friction_trans'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_friction_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
'Transition function of journey_friction(journey, text, timestamptz, text, bool): checks the row and keeps the event.';
CREATE FUNCTION @extschema@.journey_events_friction_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config)
RETURNS @extschema@.journey_events_state
AS 'MODULE_PATHNAME', 'journey_events_friction_trans'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_friction_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) IS
'Transition function of journey_friction(journey, text, timestamptz, text, bool, journey_config): checks the row and keeps the event.';
CREATE FUNCTION @extschema@.journey_events_moments_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4)
RETURNS @extschema@.journey_events_state
AS 'MODULE_PATHNAME', 'journey_events_moments_trans'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_moments_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) IS
'Transition function of journey_moments(journey, text, timestamptz, int4): checks the row and keeps the event.';
CREATE FUNCTION @extschema@.journey_events_moments_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config)
RETURNS @extschema@.journey_events_state
AS 'MODULE_PATHNAME', 'journey_events_moments_trans'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_moments_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) IS
'Transition function of journey_moments(journey, text, timestamptz, int4, journey_moments_config): checks the row and keeps the event.';
CREATE FUNCTION @extschema@.journey_events_moments_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool)
RETURNS @extschema@.journey_events_state
AS 'MODULE_PATHNAME', 'journey_events_moments_trans'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_moments_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) IS
'Transition function of journey_moments(journey, text, timestamptz, int4, text, bool): checks the row and keeps the event.';
CREATE FUNCTION @extschema@.journey_events_moments_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config)
RETURNS @extschema@.journey_events_state
AS 'MODULE_PATHNAME', 'journey_events_moments_trans'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_moments_trans(@extschema@.journey_events_state, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) IS
'Transition function of journey_moments(journey, text, timestamptz, int4, text, bool, journey_moments_config): checks the row and keeps the event.';
CREATE FUNCTION @extschema@.journey_events_combine(@extschema@.journey_events_state, @extschema@.journey_events_state)
RETURNS @extschema@.journey_events_state
AS 'MODULE_PATHNAME', 'journey_events_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_combine(@extschema@.journey_events_state, @extschema@.journey_events_state) IS
'Combine function of journey_friction and journey_moments: concatenates the events of two states (parallel workers, Citus workers); states of different aggregates, configurations or journey key types are refused.';

CREATE FUNCTION @extschema@.journey_events_friction_final(@extschema@.journey_events_state)
RETURNS @extschema@.journey_friction_state
AS 'MODULE_PATHNAME', 'journey_events_friction_final'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_friction_final(@extschema@.journey_events_state) IS
'Final function of journey_friction: sorts the events by journey and time and analyses each journey; without an as_of in the config, drop-off is judged at the start of the transaction that runs it (on Citus, the coordinator''s).';

CREATE FUNCTION @extschema@.journey_events_moments_final(@extschema@.journey_events_state)
RETURNS @extschema@.journey_moments_state
AS 'MODULE_PATHNAME', 'journey_events_moments_final'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_events_moments_final(@extschema@.journey_events_state) IS
'Final function of journey_moments: sorts the events by journey and time and analyses each journey; without an as_of in the config, drop-off is judged at the start of the transaction that runs it (on Citus, the coordinator''s).';

DO $$
DECLARE
	r record;
BEGIN
	FOR r IN
		SELECT v.agg, v.transfn, v.finalfn,
			   '@extschema@.journey_events_combine(@extschema@.journey_events_state,@extschema@.journey_events_state)'::pg_catalog.regprocedure AS combinefn
		FROM (VALUES
			('@extschema@.journey_friction(anyelement,text,timestamptz)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_friction_trans(@extschema@.journey_events_state,anyelement,text,timestamptz)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_friction_final(@extschema@.journey_events_state)'::pg_catalog.regprocedure),
			('@extschema@.journey_friction(anyelement,text,timestamptz,@extschema@.journey_config)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_friction_trans(@extschema@.journey_events_state,anyelement,text,timestamptz,@extschema@.journey_config)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_friction_final(@extschema@.journey_events_state)'::pg_catalog.regprocedure),
			('@extschema@.journey_friction(anyelement,text,timestamptz,text,bool)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_friction_trans(@extschema@.journey_events_state,anyelement,text,timestamptz,text,bool)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_friction_final(@extschema@.journey_events_state)'::pg_catalog.regprocedure),
			('@extschema@.journey_friction(anyelement,text,timestamptz,text,bool,@extschema@.journey_config)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_friction_trans(@extschema@.journey_events_state,anyelement,text,timestamptz,text,bool,@extschema@.journey_config)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_friction_final(@extschema@.journey_events_state)'::pg_catalog.regprocedure),
			('@extschema@.journey_moments(anyelement,text,timestamptz,int4)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_moments_trans(@extschema@.journey_events_state,anyelement,text,timestamptz,int4)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_moments_final(@extschema@.journey_events_state)'::pg_catalog.regprocedure),
			('@extschema@.journey_moments(anyelement,text,timestamptz,int4,@extschema@.journey_moments_config)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_moments_trans(@extschema@.journey_events_state,anyelement,text,timestamptz,int4,@extschema@.journey_moments_config)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_moments_final(@extschema@.journey_events_state)'::pg_catalog.regprocedure),
			('@extschema@.journey_moments(anyelement,text,timestamptz,int4,text,bool)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_moments_trans(@extschema@.journey_events_state,anyelement,text,timestamptz,int4,text,bool)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_moments_final(@extschema@.journey_events_state)'::pg_catalog.regprocedure),
			('@extschema@.journey_moments(anyelement,text,timestamptz,int4,text,bool,@extschema@.journey_moments_config)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_moments_trans(@extschema@.journey_events_state,anyelement,text,timestamptz,int4,text,bool,@extschema@.journey_moments_config)'::pg_catalog.regprocedure,
			 '@extschema@.journey_events_moments_final(@extschema@.journey_events_state)'::pg_catalog.regprocedure)
		) AS v(agg, transfn, finalfn)
	LOOP
		DELETE FROM pg_catalog.pg_depend d
		USING pg_catalog.pg_aggregate a
		WHERE a.aggfnoid = r.agg
		  AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = r.agg
		  AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.deptype = 'n'
		  AND d.refobjid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn, a.aggdeserialfn);
		-- no combine function: see below
		UPDATE pg_catalog.pg_aggregate
		SET aggtransfn = r.transfn, aggfinalfn = r.finalfn, aggcombinefn = 0,
			aggserialfn = 0, aggdeserialfn = 0,
			aggtranstype = '@extschema@.journey_events_state'::pg_catalog.regtype
		WHERE aggfnoid = r.agg;
		INSERT INTO pg_catalog.pg_depend (classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
		SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, r.agg, 0, 'pg_catalog.pg_proc'::pg_catalog.regclass, f, 0, 'n'
		FROM pg_catalog.unnest(ARRAY[r.transfn, r.finalfn]::pg_catalog.oid[]) AS f;
		-- parallel restricted: see below
		UPDATE pg_catalog.pg_proc SET proparallel = 'r' WHERE oid = r.agg;
	END LOOP;
END
$$;

DROP FUNCTION @extschema@.journey_friction_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz);
DROP FUNCTION @extschema@.journey_friction_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config);
DROP FUNCTION @extschema@.journey_friction_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool);
DROP FUNCTION @extschema@.journey_friction_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config);
DROP FUNCTION @extschema@.journey_friction_final(pg_catalog.internal);
DROP FUNCTION @extschema@.journey_moments_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4);
DROP FUNCTION @extschema@.journey_moments_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config);
DROP FUNCTION @extschema@.journey_moments_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool);
DROP FUNCTION @extschema@.journey_moments_trans(pg_catalog.internal, anyelement, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config);
DROP FUNCTION @extschema@.journey_moments_final(pg_catalog.internal);

-- journey_friction_merge: its transition value becomes a journey_friction_state
-- (an expanded object holding the summary while the aggregate runs), added
-- up by one function that is both the transition and the combine function,
-- so that Citus adds stored states up on its workers too.
CREATE FUNCTION @extschema@.journey_friction_merge_add(@extschema@.journey_friction_state, @extschema@.journey_friction_state)
RETURNS @extschema@.journey_friction_state
AS 'MODULE_PATHNAME', 'journey_friction_merge_add'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_friction_merge_add(@extschema@.journey_friction_state, @extschema@.journey_friction_state) IS
'Transition and combine function of journey_friction_merge(): adds the second state into the first (NULL states are skipped); states built with different settings are refused.';

CREATE FUNCTION @extschema@.journey_friction_merge_result(@extschema@.journey_friction_state)
RETURNS @extschema@.journey_friction_state
AS 'MODULE_PATHNAME', 'journey_friction_merge_result'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.journey_friction_merge_result(@extschema@.journey_friction_state) IS
'Final function of journey_friction_merge(): the sum of the states, written in canonical form.';

DO $$
DECLARE
	agg pg_catalog.regprocedure := '@extschema@.journey_friction_merge(@extschema@.journey_friction_state)';
	addfn pg_catalog.regprocedure := '@extschema@.journey_friction_merge_add(@extschema@.journey_friction_state,@extschema@.journey_friction_state)';
	resultfn pg_catalog.regprocedure := '@extschema@.journey_friction_merge_result(@extschema@.journey_friction_state)';
BEGIN
	DELETE FROM pg_catalog.pg_depend d
	USING pg_catalog.pg_aggregate a
	WHERE a.aggfnoid = agg
	  AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = agg
	  AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.deptype = 'n'
	  AND d.refobjid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn, a.aggdeserialfn);
	UPDATE pg_catalog.pg_aggregate
	SET aggtransfn = addfn, aggfinalfn = resultfn, aggcombinefn = addfn,
		aggserialfn = 0, aggdeserialfn = 0,
		aggtranstype = '@extschema@.journey_friction_state'::pg_catalog.regtype, aggtransspace = 0
	WHERE aggfnoid = agg;
	INSERT INTO pg_catalog.pg_depend (classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
	SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, agg, 0, 'pg_catalog.pg_proc'::pg_catalog.regclass, f, 0, 'n'
	FROM pg_catalog.unnest(ARRAY[addfn, resultfn]::pg_catalog.oid[]) AS f;
END
$$;

DROP FUNCTION @extschema@.journey_friction_merge_trans(pg_catalog.internal, @extschema@.journey_friction_state);
DROP FUNCTION @extschema@.journey_friction_merge_combine(pg_catalog.internal, pg_catalog.internal);
DROP FUNCTION @extschema@.journey_friction_merge_serial(pg_catalog.internal);
DROP FUNCTION @extschema@.journey_friction_merge_deserial(pg_catalog.bytea, pg_catalog.internal);
DROP FUNCTION @extschema@.journey_friction_merge_final(pg_catalog.internal);

-- The same aggregates with a declared journey key type (smallint, integer,
-- bigint, text, uuid), with the combine function.  Citus computes an
-- aggregate on its workers only when the types of the arguments equal the
-- aggregate's declared argument types (worker_partial_agg checks them, and
-- fails the query on anyelement), so a polymorphic aggregate cannot be
-- pushed down: the anyelement forms above have no combine function, so that
-- Citus computes them on the coordinator as in 1.1 instead of failing.
-- These forms are chosen for keys of these types (and of varchar, name,
-- char(n), which become text); keys of other types keep the anyelement
-- forms.  Views made before 1.2 keep the anyelement form they were made
-- with: recreate them to have Citus compute them on its workers.

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz) IS
'journey_friction for smallint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) IS
'journey_friction for smallint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
'journey_friction for smallint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) IS
'journey_friction for smallint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz) IS
'journey_friction for integer journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) IS
'journey_friction for integer journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
'journey_friction for integer journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) IS
'journey_friction for integer journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz) IS
'journey_friction for bigint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) IS
'journey_friction for bigint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
'journey_friction for bigint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) IS
'journey_friction for bigint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz) IS
'journey_friction for text journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) IS
'journey_friction for text journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
'journey_friction for text journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) IS
'journey_friction for text journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz) IS
'journey_friction for uuid journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, @extschema@.journey_config) IS
'journey_friction for uuid journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool) IS
'journey_friction for uuid journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_friction(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) (
	SFUNC = @extschema@.journey_events_friction_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_friction_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_friction(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.bool, @extschema@.journey_config) IS
'journey_friction for uuid journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) IS
'journey_moments for smallint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) IS
'journey_moments for smallint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) IS
'journey_moments for smallint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.int2, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) IS
'journey_moments for smallint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) IS
'journey_moments for integer journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) IS
'journey_moments for integer journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) IS
'journey_moments for integer journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.int4, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) IS
'journey_moments for integer journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) IS
'journey_moments for bigint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) IS
'journey_moments for bigint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) IS
'journey_moments for bigint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.int8, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) IS
'journey_moments for bigint journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) IS
'journey_moments for text journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) IS
'journey_moments for text journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) IS
'journey_moments for text journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.text, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) IS
'journey_moments for text journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4) IS
'journey_moments for uuid journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, @extschema@.journey_moments_config) IS
'journey_moments for uuid journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool) IS
'journey_moments for uuid journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';

CREATE AGGREGATE @extschema@.journey_moments(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) (
	SFUNC = @extschema@.journey_events_moments_trans,
	STYPE = @extschema@.journey_events_state,
	FINALFUNC = @extschema@.journey_events_moments_final,
	FINALFUNC_MODIFY = READ_WRITE,
	COMBINEFUNC = @extschema@.journey_events_combine,
	SSPACE = 2048,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.journey_moments(pg_catalog.uuid, pg_catalog.text, pg_catalog.timestamptz, pg_catalog.int4, pg_catalog.text, pg_catalog.bool, @extschema@.journey_moments_config) IS
'journey_moments for uuid journey keys: the anyelement form with a declared key type, so that Citus computes it on its workers.';
-- ---- end of storable aggregate states: journey_friction, journey_moments, journey_friction_merge ----
