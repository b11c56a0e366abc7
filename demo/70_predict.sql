-- demo/70_predict.sql: who will become a detractor.  A logistic regression
-- (risk_fit) learns from what cx_metrics already computes per customer --
-- journey friction, reply delays and empathy of the help desk's replies,
-- the customer's voice -- which customers answer 0-6; it is checked on
-- customers it has not seen (risk_metrics), stored in a table, and scores
-- and explains anyone (risk_score, risk_explain).
--
-- The outcome: the end-of-journey answer of demo/61_moments.sql
-- (journey_survey: "would you recommend us", two days after the journey's
-- last touchpoint; 1,800 customers).  It is a detractor (0-6) or not.
--
-- Leakage: a feature may only use what happened BEFORE the answer.  Every
-- feature below is computed "as of" a moment: for the training rows, the
-- customer's answer time (the events after it are what the answer could
-- have caused, or what a model in production would not know yet); for
-- scoring, everything recorded so far.  One query does both
-- (customer_feature_rows), so that the model is trained on exactly the
-- features it is later applied to.
--
-- What the sample data can teach, honestly:
--   - journey friction: the survey's answers were drawn (61_moments.sql)
--     with a much lower promoter share for customers sent back to billing
--     after reaching support or renewal (a "billing loop"), and by segment.
--     Loops back to billing are the signal; the other friction counts
--     (repeats, failures, channel switches) only go with the SMB segment.
--     The segment itself (from the CRM, not computed by cx_metrics) is a
--     group of its own.
--   - reply delays, empathy, voice: the sample has no help-desk
--     conversations per customer (chat_messages holds three, of no
--     customer).  help_desk_messages below is made up from the touchpoints:
--     every chat contact in billing or support becomes a conversation; the
--     customer's message says what the touchpoint records (sent back to
--     billing, a failed contact, a contact again within 3 days, or a plain
--     question) and the agent's reply and its delay are drawn from hashes,
--     independently of everything.  So the voice can only echo the journey
--     (and barely does: few of the loops back to billing happen on chat),
--     and reply delays and empathy carry no signal at all: the table of
--     "how much each adds" at the end shows exactly that.
--   - past NPS: the sample's NPS answers (nps_responses) start on 20 November
--     2025, after the journeys (the last survey answer is of 26 November
--     2025): only one surveyed customer had answered before.  Past NPS
--     cannot be learned here, and taking the later answers would be leakage
--     (the model would learn from answers given after the one it predicts).
--     The query below counts them; on your data, add
--     nps(score), count(score) over the answers before as_of to the vector.
--
-- A new customer is scored as soon as their touchpoints are in: each visit
-- to billing begun after reaching support or renewal (billing, support,
-- billing, ...) is a loop back to billing and multiplies the odds of a
-- detractor by about 4; contacts repeated in billing without going further
-- are repeats, which the sample does not tie to the answers.
\pset footer off

-- 1. the help desk's conversations (made up from the chat touchpoints, see above)
CREATE TABLE help_desk_messages AS
WITH contacts AS (
	SELECT row_number() OVER (ORDER BY t.customer_id, t.at) AS conversation_id, t.customer_id, t.at,
	       c.customer_id % 10 IN (0, 1, 2, 5, 6, 9) AS spanish,    -- Ana, Luis, María, Carlos, Sofía, Diego
	       CASE WHEN t.stage = 'billing' AND t.previous_stage IS DISTINCT FROM 'billing' AND t.furthest_before > 4
	                 THEN 'loop'
	            WHEN t.outcome = 'failed' THEN 'failed'
	            WHEN t.at - t.previous_at_stage <= interval '72 hours' THEN 'again'
	            ELSE 'plain' END AS what
	FROM (SELECT *, lag(stage) OVER w AS previous_stage,
	             max(array_position(ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'], stage))
	                 OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS furthest_before,
	             lag(at) OVER (PARTITION BY customer_id, stage ORDER BY at) AS previous_at_stage
	      FROM touchpoints WINDOW w AS (PARTITION BY customer_id ORDER BY at)) t
	JOIN customers c USING (customer_id)
	WHERE t.channel = 'chat' AND t.stage IN ('billing', 'support')),
draws AS (
	SELECT *, (hashint8(conversation_id) & 1023) AS h1, (hashint8(-conversation_id) & 1023) AS h2 FROM contacts)
SELECT conversation_id, customer_id, 'customer' AS sender, at AS sent_at,
       CASE WHEN spanish THEN
           CASE what
               WHEN 'loop' THEN (ARRAY['Otra vez me mandan a facturación. Es la tercera vez que explico la misma factura.',
                                       'Me dijeron que soporte lo resolvía y ahora vuelvo a estar en facturación. Nadie sabe nada.',
                                       '¿Otra vez facturación? Ya lo expliqué todo la semana pasada. Estoy harto.'])[1 + h1 % 3]
               WHEN 'failed' THEN (ARRAY['Sigue sin funcionar y nadie contesta mis correos.',
                                         'El pago volvió a fallar y no sé por qué.'])[1 + h1 % 2]
               WHEN 'again' THEN (ARRAY['Escribí ayer por esto. ¿Hay novedades?',
                                        'Vuelvo a escribir por lo mismo de ayer.'])[1 + h1 % 2]
               ELSE (ARRAY['Hola, ¿me pueden enviar una copia de la última factura?', '¿Cómo cambio la tarjeta de mi cuenta?',
                           '¿Puedo pasar mi plan a facturación anual?', 'Solo necesito actualizar mi dirección, gracias.'])[1 + h1 % 4]
           END
       ELSE
           CASE what
               WHEN 'loop' THEN (ARRAY['You sent me back to billing again. This is the third time I explain the same invoice.',
                                       'I was told support would fix it and now I am back in billing. Nobody knows what is going on.',
                                       'Billing again? I already explained everything last week. I am fed up.'])[1 + h1 % 3]
               WHEN 'failed' THEN (ARRAY['It still does not work and nobody answers my emails.',
                                         'The payment failed again and I cannot see why.'])[1 + h1 % 2]
               WHEN 'again' THEN (ARRAY['I wrote yesterday about this. Any news?',
                                        'Writing again about the same thing as yesterday.'])[1 + h1 % 2]
               ELSE (ARRAY['Hi, could you send me a copy of my last invoice?', 'How do I change the card on my account?',
                           'Can I move my plan to annual billing?', 'I just need to update my address, thanks.'])[1 + h1 % 4]
           END
       END AS body
FROM draws
UNION ALL
SELECT conversation_id, customer_id, 'agent',
       at + CASE WHEN h2 % 10 < 6 THEN 1 + h2 % 4 WHEN h2 % 10 < 9 THEN 10 + h2 % 50 ELSE 120 + h2 % 360 END
            * interval '1 minute',
       CASE WHEN spanish THEN
           (ARRAY['Lamento mucho las molestias, entiendo su frustración. Lo soluciono ahora mismo.',
                  'Gracias por escribir. Ya lo he actualizado; ¿puede comprobar que funciona?',
                  'Puede ver la información en la configuración de su cuenta.',
                  'Como ya le dije, lea las preguntas frecuentes.'])[1 + h2 / 10 % 4]
       ELSE
           (ARRAY['I am sorry about the trouble, I understand how frustrating this is. Let me fix it for you right now.',
                  'Thanks for writing. I have updated it; could you check it works now?',
                  'Please find the information in your account settings.',
                  'As I said before, please read the FAQ.'])[1 + h2 / 10 % 4]
       END
FROM draws;
CREATE INDEX ON help_desk_messages (customer_id, sent_at);
ANALYZE help_desk_messages;
SELECT count(DISTINCT conversation_id) AS conversations, count(DISTINCT customer_id) AS customers,
       count(*) AS messages
FROM help_desk_messages;

-- 2. the features.  feature_cutoffs says for whom and as of when: every
--    customer with everything recorded so far (to score them), and every
--    surveyed customer at the moment of their answer (to learn from).
CREATE VIEW feature_cutoffs (purpose, customer_id, as_of) AS
SELECT 'score', customer_id, timestamptz 'infinity' FROM customers
UNION ALL
SELECT 'train', customer_id, answered_at FROM journey_survey;

-- customer_feature_rows: the feature vector of each cutoff, from
--   journey friction (journey_friction per customer, its report per stage):
--     1 loops back to billing, 2 loops back to other stages, 3 repeat
--     contacts, 4 failed contacts, 5 channel switches;
--   reply delays (empathy_agg's responsiveness, over the customer's
--     conversations): 6 = 100 - responsiveness (0 = every reply within
--     cx_metrics.reply_target, 2 minutes by default);
--   empathy (empathy_agg's language score of the agent's replies):
--     7 = 100 - language (how far from fully empathic);
--   the customer's voice (voice_agg over the customer's own messages):
--     8 = the number of negative messages, 9 = the number of messages
--     saying it happens again (repeat_contact);
--   who the customer is (the CRM's segment, not computed by cx_metrics):
--     10 = SMB, 11 = consumer (enterprise is the reference);
--   past NPS: the answers before the cutoff, counted (not a feature of the
--     model: see the header).
-- Without a conversation, 6 to 9 are 0 (nothing waited for, no reply, no
-- message).
CREATE VIEW customer_feature_rows AS
SELECT c.purpose, c.customer_id, c.as_of,
       ARRAY[coalesce(j.billing_loops, 0), coalesce(j.other_loops, 0), coalesce(j.repeats, 0),
             coalesce(j.failed, 0), coalesce(j.channel_switches, 0),
             coalesce(100 - (d.e).responsiveness, 0), coalesce(100 - (d.e).language, 0),
             coalesce((d.v).messages * (d.v).negative_share, 0),
             coalesce((d.v).messages * (d.v).repeat_contact_rate, 0),
             (k.segment = 'smb')::int, (k.segment = 'consumer')::int]::float8[] AS features,
       coalesce(n.answers, 0) AS past_nps_answers
FROM feature_cutoffs c
JOIN customers k USING (customer_id)
LEFT JOIN (
	SELECT purpose, customer_id,
	       sum(r.loops) FILTER (WHERE r.stage = 'billing') AS billing_loops,
	       sum(r.loops) FILTER (WHERE r.stage <> 'billing') AS other_loops,
	       sum(r.repeats) AS repeats, sum(r.failed) AS failed, sum(r.channel_switches) AS channel_switches
	FROM (SELECT c.purpose, c.customer_id,
	             journey_friction(t.customer_id, t.stage, t.at, t.channel, t.outcome = 'failed',
	                 journey_config(stages => ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'renewal'])) AS state
	      FROM feature_cutoffs c JOIN touchpoints t ON t.customer_id = c.customer_id AND t.at < c.as_of
	      GROUP BY 1, 2) s,
	     LATERAL journey_friction_report(s.state) r
	GROUP BY 1, 2) j USING (purpose, customer_id)
LEFT JOIN (
	SELECT c.purpose, c.customer_id,
	       empathy_agg(m.conversation_id::text, m.sender, m.body, m.sent_at) AS e,
	       voice_summary(voice_agg(m.body) FILTER (WHERE m.sender = 'customer')) AS v
	FROM feature_cutoffs c JOIN help_desk_messages m ON m.customer_id = c.customer_id AND m.sent_at < c.as_of
	GROUP BY 1, 2) d USING (purpose, customer_id)
LEFT JOIN (
	SELECT c.purpose, c.customer_id, count(r.score) AS answers
	FROM feature_cutoffs c JOIN nps_responses r ON r.customer_id = c.customer_id AND r.answered_at < c.as_of
	GROUP BY 1, 2) n USING (purpose, customer_id);

-- what the alerts and the reports score: every customer, everything so far
CREATE VIEW customer_features AS
SELECT customer_id, features FROM customer_feature_rows WHERE purpose = 'score';

-- the labelled rows: one per surveyed customer; a third held out (by id)
CREATE TABLE risk_training AS
SELECT f.customer_id, s.score <= 6 AS detractor, f.features, f.customer_id % 3 = 0 AS held_out,
       f.past_nps_answers
FROM customer_feature_rows f JOIN journey_survey s USING (customer_id)
WHERE f.purpose = 'train';
SELECT held_out, count(*) AS customers, count(*) FILTER (WHERE detractor) AS detractors,
       round(avg(detractor::int), 3) AS detractor_rate,
       count(*) FILTER (WHERE past_nps_answers > 0) AS with_past_nps
FROM risk_training GROUP BY held_out ORDER BY held_out;

-- 3. fit on the training part, store the model
CREATE TABLE risk_models (name text PRIMARY KEY, model risk_model NOT NULL);
INSERT INTO risk_models
SELECT 'detractor',
       risk_fit(detractor, features,
                ARRAY['{} loops back to billing', '{} loops back to other stages', '{} repeat contacts',
                      '{} failed contacts', '{} channel switches', 'replies {} points short of on time',
                      'replies {} points short of empathic', '{} negative messages',
                      '{} messages saying it happens again', 'SMB segment', 'consumer segment'])
FROM risk_training WHERE NOT held_out;

SELECT features, n, positives, skipped, round(loglik::numeric, 1) AS loglik,
       round(loglik_null::numeric, 1) AS loglik_null, round(pseudo_r2::numeric, 3) AS pseudo_r2,
       round(aic::numeric, 1) AS aic, iterations
FROM risk_models, risk_model_summary(model) WHERE name = 'detractor';

SELECT feature, round(coefficient::numeric, 3) AS coefficient, round(std_error::numeric, 3) AS std_error,
       round(z::numeric, 2) AS z, round(p_value::numeric, 4) AS p_value, round(odds_ratio::numeric, 2) AS odds_ratio,
       round(ci_lower::numeric, 3) AS ci_lower, round(ci_upper::numeric, 3) AS ci_upper
FROM risk_models, risk_coefficients(model) WHERE name = 'detractor';

-- 4. on the held-out customers: discrimination (AUC), log-loss, Brier, calibration
SELECT n, positives, round(auc::numeric, 3) AS auc, round(log_loss::numeric, 3) AS log_loss,
       round(brier::numeric, 3) AS brier, round(mean_risk::numeric, 3) AS mean_risk,
       round(observed_rate::numeric, 3) AS observed_rate
FROM (SELECT (risk_metrics(m.model, t.detractor, t.features)).*
      FROM risk_training t, risk_models m WHERE t.held_out AND m.name = 'detractor') x;
SELECT b.bin, round(b.lower::numeric, 1) AS lower, round(b.upper::numeric, 1) AS upper, b.n,
       round(b.mean_risk::numeric, 3) AS mean_risk, round(b.observed_rate::numeric, 3) AS observed_rate
FROM (SELECT risk_metrics(m.model, t.detractor, t.features) AS r
      FROM risk_training t, risk_models m WHERE t.held_out AND m.name = 'detractor') x,
     unnest((x.r).calibration) AS b
ORDER BY b.bin;

-- 5. the riskiest customers today, and why the first one is at risk
--    (contribution: log-odds against the average training customer)
SELECT f.customer_id, round(risk_score(m.model, f.features)::numeric, 3) AS risk
FROM customer_features f, risk_models m WHERE m.name = 'detractor'
ORDER BY risk DESC, f.customer_id LIMIT 5;
SELECT e.feature, e.value, round(e.contribution::numeric, 3) AS contribution, e.explanation
FROM customer_features f, risk_models m, risk_explain(m.model, f.features) e
WHERE f.customer_id = 1110 AND m.name = 'detractor'
ORDER BY abs(e.contribution) DESC LIMIT 4;

-- 6. how much each group adds: the held-out AUC of the model fitted on the
--    training part without the group, and with the group alone
WITH all_groups AS (
	SELECT (risk_metrics(m.model, t.detractor, t.features)).auc
	FROM risk_training t, risk_models m WHERE t.held_out AND m.name = 'detractor')
SELECT g.feature_group, round(a.auc::numeric, 3) AS auc_all, round(without.auc::numeric, 3) AS auc_without,
       round((a.auc - without.auc)::numeric, 3) AS it_adds, round(alone.auc::numeric, 3) AS auc_alone
FROM all_groups a,
     (VALUES (1, 'journey friction', '{1,2,3,4,5}'::int[]), (2, 'reply delays', '{6}'), (3, 'empathy', '{7}'),
             (4, 'voice', '{8,9}'), (5, 'segment', '{10,11}')) AS g(k, feature_group, members),
     LATERAL (SELECT ARRAY(SELECT i FROM generate_series(1, 11) i WHERE i <> ALL (g.members)) AS others) o,
     LATERAL (SELECT (risk_metrics(w.model, t.detractor, ARRAY(SELECT t.features[i] FROM unnest(o.others) i ORDER BY i))).auc
              FROM (SELECT risk_fit(detractor, ARRAY(SELECT features[i] FROM unnest(o.others) i ORDER BY i)) AS model
                    FROM risk_training WHERE NOT held_out) w,
                   risk_training t WHERE t.held_out) without,
     LATERAL (SELECT (risk_metrics(w.model, t.detractor, ARRAY(SELECT t.features[i] FROM unnest(g.members) i ORDER BY i))).auc
              FROM (SELECT risk_fit(detractor, ARRAY(SELECT features[i] FROM unnest(g.members) i ORDER BY i)) AS model
                    FROM risk_training WHERE NOT held_out) w,
                   risk_training t WHERE t.held_out) alone
ORDER BY g.k;
