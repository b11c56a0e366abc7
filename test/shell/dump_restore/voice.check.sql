-- The user's edits, the voice they give and the stored states, identical before and after restore.
SELECT language, phrase, signal, weight, source FROM voice_lexicon WHERE source <> 'shipped' ORDER BY 1, 2;
SELECT language, phrase, signal, weight, deleted FROM voice_lexicon_user ORDER BY 1, 2;
SELECT language, phrase, topic, weight, deleted FROM voice_taxonomy_user ORDER BY 1, 2;
SELECT count(*) AS lexicon_rows FROM voice_lexicon;
SELECT count(*) AS taxonomy_rows FROM voice_taxonomy;
SELECT round(voice_sentiment('Me tienen frito con la tarjeta oro, estoy harto')::numeric, 6) AS es,
       round((voice_signals('I want to cancel my account')).churn_intent::numeric, 6) AS en_churn;
SELECT topic, weight, matched FROM voice_topics('Where is my refund? The gold card never arrived', 'en');
SELECT d, state FROM voice_daily ORDER BY d;
SELECT voice_agg(state) FROM voice_daily;
