#!/usr/bin/env bash
# bench/empathy.sh: empathy_score over 1 million messages (about 200 bytes
# each, half Spanish, half English), each with the customer message it
# answers (about 120 bytes, in the same language), against
#   - the floor: sum(length(body)), i.e. reading the text;
#   - the regex an analyst would write with the same phrases:
#     body ~* '(phrase1|phrase2|...)' over every phrase of the lexicon.
# Targets: empathy_score(body) within 3x of the floor, the in-context form
# empathy_score(body, customer, NULL) (both texts read, the reply scored
# against the customer's message) within 5x, and at least 5x faster than
# the regex.  Prints medians of CX_BENCH_RUNS (default 5) runs measured side
# by side, and their ratios to the first query:
#   1. floor vs empathy_score vs the in-context form on all the rows (and
#      the floor of reading both texts, for reference);
#   2. floor vs empathy_score vs the regex on the first CX_BENCH_REGEX_ROWS
#      rows (default 5000): the regex of 3,328 alternatives runs at about
#      3 ms a row, so five runs over a million rows would take hours.
# Env: CX_BENCH_ROWS (default 1000000), CX_BENCH_REGEX_ROWS (default 5000).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
rows=${CX_BENCH_ROWS:-1000000}
regex_rows=${CX_BENCH_REGEX_ROWS:-5000}
runs=${CX_BENCH_RUNS:-5}

cx_psql -q -v rows="$rows" <<'SQL'
DROP TABLE IF EXISTS empathy_bench_msgs;
-- sentences as agents and customers write them: some with lexicon phrases, most without
CREATE TEMP TABLE s (lang text, i int, t text);
INSERT INTO s SELECT 'es', row_number() OVER (), t FROM unnest(ARRAY[
 'Hola, gracias por escribirnos.', 'Lamento mucho las molestias con su pedido.',
 'He revisado su cuenta y el pago aparece como pendiente.', '¿Me podría indicar el número de pedido?',
 'Me encargo personalmente de que le llegue esta semana.', 'El envío salió ayer desde el almacén de Valencia.',
 'Como ya le dije, no es posible cambiar la dirección.', 'Le mantendré informado en cuanto tenga novedades.',
 'La factura de octubre incluye el cargo del servicio técnico.', 'Entiendo lo frustrante que es esperar tanto.',
 'Puede descargar el justificante desde su área de cliente.', 'Quedo atento a su respuesta, un saludo cordial.']) AS t;
INSERT INTO s SELECT 'en', row_number() OVER (), t FROM unnest(ARRAY[
 'Hi, thanks for getting in touch with us today.', 'I''m so sorry you had to deal with this.',
 'I checked your account and the payment shows as pending.', 'Could you tell me more about the error you see?',
 'I''ll stay on this until it''s fixed, you have my word.', 'The parcel left our warehouse in Leeds yesterday.',
 'As I said before, we cannot change the address now.', 'I''ll keep you posted as soon as I hear back.',
 'Your October invoice includes the repair visit fee.', 'I can see why that is frustrating after a week.',
 'You can download the receipt from your account page.', 'Let me know if there is anything else, have a good day.']) AS t;
-- what customers write: complaints, questions, feelings, and the odd thanks
CREATE TEMP TABLE c (lang text, i int, t text);
INSERT INTO c SELECT 'es', row_number() OVER (), t FROM unnest(ARRAY[
 'Llevo una semana esperando el pedido y nadie me dice nada.', '¿Por qué me habéis cobrado dos veces?',
 'Estoy muy frustrada con el servicio, de verdad.', 'El router no funciona desde el lunes.',
 '¿Cuándo me vais a devolver el dinero?', 'Me preocupa que el paquete se haya perdido.',
 'Ya he llamado tres veces y sigo sin solución.', '¿Alguien me puede ayudar, por favor?',
 'La factura no coincide con lo que contraté.', 'Me siento engañado con la oferta del verano.',
 'Necesito cambiar la dirección de entrega cuanto antes.', 'Gracias, pero el problema sigue igual.']) AS t;
INSERT INTO c SELECT 'en', row_number() OVER (), t FROM unnest(ARRAY[
 'I''ve been waiting a week for my order and nobody replies.', 'Why was I charged twice this month?',
 'I''m really frustrated with your service.', 'The app has not been working since Monday.',
 'When will I get my refund?', 'I''m worried the parcel has been lost.',
 'I already called three times and it''s still not fixed.', 'Can someone please help me?',
 'The invoice doesn''t match what I signed up for.', 'I feel misled by the summer offer.',
 'I need to change the delivery address as soon as possible.', 'Thanks, but the problem is still the same.']) AS t;
CREATE UNLOGGED TABLE empathy_bench_msgs AS
SELECT g AS id,
       (SELECT string_agg(s.t, ' ' ORDER BY k) FROM generate_series(1, 4) AS k
        JOIN s ON s.lang = CASE WHEN g % 2 = 0 THEN 'es' ELSE 'en' END
              AND s.i = 1 + ((g * 7 + k * 13 + (g / 3) * k) % 12)) AS body,
       (SELECT string_agg(c.t, ' ' ORDER BY k) FROM generate_series(1, 2 + g % 2) AS k
        JOIN c ON c.lang = CASE WHEN g % 2 = 0 THEN 'es' ELSE 'en' END
              AND c.i = 1 + ((g * 5 + k * 11 + (g / 7) * k) % 12)) AS customer
FROM generate_series(1, :rows) AS g;
VACUUM ANALYZE empathy_bench_msgs;
SQL
cx_psql -At -c "SELECT count(*) || ' messages, ' || round(avg(octet_length(body))) || ' bytes on average, customer messages '
	|| round(avg(octet_length(customer))) || ' bytes on average, '
	|| pg_size_pretty(pg_total_relation_size('empathy_bench_msgs')) FROM empathy_bench_msgs"

# the analyst's regex: every lexicon phrase, regex metacharacters escaped
regex=$(cx_psql -At -c "SELECT '(' || string_agg(regexp_replace(phrase, '([.^\$*+?()\[\]{}|\\\\])', '\\\\\\1', 'g'), '|') || ')' FROM empathy_lexicon")
echo "regex: $(echo -n "$regex" | wc -c) bytes, $(cx_psql -At -c 'SELECT count(*) FROM empathy_lexicon') phrases"
echo "1. all $rows messages"
cx_psql -v runs="$runs" <<'SQL'
SELECT * FROM cx_bench_report(
	ARRAY['sum(length(body)) (floor)', 'sum(empathy_score(body))',
	      'sum(empathy_score(body, customer, NULL))', 'sum(length(body) + length(customer))'],
	ARRAY['SELECT sum(length(body)) FROM empathy_bench_msgs',
	      'SELECT sum(empathy_score(body)) FROM empathy_bench_msgs',
	      'SELECT sum(empathy_score(body, customer, NULL)) FROM empathy_bench_msgs',
	      'SELECT sum(length(body) + length(customer)) FROM empathy_bench_msgs'],
	:runs);
SQL
echo "2. the first $regex_rows messages, with the regex"
cx_psql -v regex="$regex" -v runs="$runs" -v n="$regex_rows" <<'SQL'
CREATE UNLOGGED TABLE empathy_bench_sub AS SELECT * FROM empathy_bench_msgs WHERE id <= :n;
SELECT * FROM cx_bench_report(
	ARRAY['sum(length(body)) (floor)', 'sum(empathy_score(body))', 'body ~* (all lexicon phrases)'],
	ARRAY['SELECT sum(length(body)) FROM empathy_bench_sub',
	      'SELECT sum(empathy_score(body)) FROM empathy_bench_sub',
	      format('SELECT count(*) FILTER (WHERE body ~* %L) FROM empathy_bench_sub', :'regex')],
	:runs);
DROP TABLE empathy_bench_sub;
SQL
cx_psql -q -c 'DROP TABLE empathy_bench_msgs'
