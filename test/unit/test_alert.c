/*
 * Unit tests of src/core/alert.c: score verdicts and severities, cooldown
 * arithmetic at the int64 edges, and the bounded JSON writer (escaping,
 * UTF-8-safe truncation, never past the buffer, payload under 8000 bytes).
 */
#include "unit.h"

#include <stdint.h>
#include <stdlib.h>

#include "alert.h"

UNIT_TEST(score_verdicts)
{
	int			s;

	/* NPS: 0-6 fire with the default threshold, 7-10 do not */
	for (s = 0; s <= 10; s++)
		CHECK(cx_alert_score_verdict(CX_ALERT_NPS, s, 6) == (s <= 6 ? CX_ALERT_FIRE : CX_ALERT_QUIET));
	CHECK(cx_alert_score_verdict(CX_ALERT_NPS, -1, 6) == CX_ALERT_OUT_OF_RANGE);
	CHECK(cx_alert_score_verdict(CX_ALERT_NPS, 11, 6) == CX_ALERT_OUT_OF_RANGE);
	CHECK(cx_alert_score_verdict(CX_ALERT_NPS, 6.5, 6) == CX_ALERT_OUT_OF_RANGE);
	CHECK(cx_alert_score_verdict(CX_ALERT_NPS, NAN, 6) == CX_ALERT_OUT_OF_RANGE);
	CHECK(cx_alert_score_verdict(CX_ALERT_NPS, INFINITY, 6) == CX_ALERT_OUT_OF_RANGE);
	CHECK(cx_alert_score_verdict(CX_ALERT_NPS, 0, 0) == CX_ALERT_FIRE);
	CHECK(cx_alert_score_verdict(CX_ALERT_NPS, 1, 0) == CX_ALERT_QUIET);
	/* CSAT 1-5: 1-2 fire */
	CHECK(cx_alert_score_verdict(CX_ALERT_CSAT, 0, 2) == CX_ALERT_OUT_OF_RANGE);
	CHECK(cx_alert_score_verdict(CX_ALERT_CSAT, 1, 2) == CX_ALERT_FIRE);
	CHECK(cx_alert_score_verdict(CX_ALERT_CSAT, 2, 2) == CX_ALERT_FIRE);
	CHECK(cx_alert_score_verdict(CX_ALERT_CSAT, 3, 2) == CX_ALERT_QUIET);
	CHECK(cx_alert_score_verdict(CX_ALERT_CSAT, 6, 2) == CX_ALERT_OUT_OF_RANGE);
	/* CES 1-7 agreement that it was easy: 1-3 (high effort) fire */
	CHECK(cx_alert_score_verdict(CX_ALERT_CES, 1, 3) == CX_ALERT_FIRE);
	CHECK(cx_alert_score_verdict(CX_ALERT_CES, 3, 3) == CX_ALERT_FIRE);
	CHECK(cx_alert_score_verdict(CX_ALERT_CES, 4, 3) == CX_ALERT_QUIET);
	CHECK(cx_alert_score_verdict(CX_ALERT_CES, 7, 3) == CX_ALERT_QUIET);
	CHECK(cx_alert_score_verdict(CX_ALERT_CES, 8, 3) == CX_ALERT_OUT_OF_RANGE);
	CHECK(cx_alert_score_verdict(CX_ALERT_CES, 0, 3) == CX_ALERT_OUT_OF_RANGE);
	CHECK_STR(cx_alert_score_severity(CX_ALERT_NPS, 3), "high");
	CHECK_STR(cx_alert_score_severity(CX_ALERT_NPS, 4), "medium");
	CHECK_STR(cx_alert_score_severity(CX_ALERT_CSAT, 1), "high");
	CHECK_STR(cx_alert_score_severity(CX_ALERT_CSAT, 2), "medium");
	CHECK_STR(cx_alert_score_severity(CX_ALERT_CES, 1), "high");
	CHECK_STR(cx_alert_score_severity(CX_ALERT_CES, 2), "medium");
}

UNIT_TEST(cooldown)
{
	int64_t		day = INT64_C(86400000000);

	CHECK(cx_alert_in_cooldown(0, day - 1, day));
	CHECK(!cx_alert_in_cooldown(0, day, day));
	CHECK(!cx_alert_in_cooldown(0, 1, 0));		/* no cooldown */
	CHECK(cx_alert_in_cooldown(10, 5, day));	/* clock skew: still inside */
	/* extremes never overflow */
	CHECK(!cx_alert_in_cooldown(INT64_MIN, INT64_MAX, day));
	CHECK(cx_alert_in_cooldown(INT64_MAX - 1, INT64_MAX, day));
	CHECK(!cx_alert_in_cooldown(INT64_MIN, 0, INT64_MAX));
	CHECK(cx_alert_in_cooldown(-5, 5, 11));
	CHECK(!cx_alert_in_cooldown(-5, 5, 10));
}

UNIT_TEST(json_escaping)
{
	char		buf[256];
	cx_json_buf b;

	cx_json_init(&b, buf, sizeof(buf));
	cx_json_string(&b, "a\"b\\c\nd\te\x01\x7f", 11, 100);
	CHECK_STR(buf, "\"a\\\"b\\\\c\\nd\\te\\u0001\\u007f\"");
	CHECK(!b.overflow);

	/* non-ASCII passes through */
	cx_json_init(&b, buf, sizeof(buf));
	cx_json_string(&b, "ñandú 😡", strlen("ñandú 😡"), 100);
	CHECK_STR(buf, "\"ñandú 😡\"");

	/* numbers */
	cx_json_init(&b, buf, sizeof(buf));
	cx_json_number(&b, 3);
	cx_json_raw(&b, ",");
	cx_json_number(&b, 4.5);
	cx_json_raw(&b, ",");
	cx_json_number(&b, NAN);
	cx_json_raw(&b, ",");
	cx_json_int(&b, INT64_MIN);
	CHECK_STR(buf, "3,4.5,null,-9223372036854775808");
}

UNIT_TEST(json_truncation)
{
	char		buf[64];
	cx_json_buf b;
	bool		cut;

	/* cut at 3 bytes would split the 2-byte "é" at offsets 2-3: back off */
	cx_json_init(&b, buf, sizeof(buf));
	cut = cx_json_string(&b, "abéd", 5, 3);
	CHECK(cut);
	CHECK_STR(buf, "\"ab...\"");
	/* a 4-byte emoji cut anywhere inside disappears whole */
	cx_json_init(&b, buf, sizeof(buf));
	cut = cx_json_string(&b, "x😡y", 6, 4);
	CHECK(cut);
	CHECK_STR(buf, "\"x...\"");
	/* exactly fitting: not cut */
	cx_json_init(&b, buf, sizeof(buf));
	cut = cx_json_string(&b, "abc", 3, 3);
	CHECK(!cut);
	CHECK_STR(buf, "\"abc\"");

	/* a buffer too small: nothing written, overflow flagged, still a string */
	{
		char		small[6];

		cx_json_init(&b, small, sizeof(small));
		cx_json_raw(&b, "[");
		cx_json_string(&b, "abcdef", 6, 100);
		CHECK(b.overflow);
		CHECK_STR(small, "[");
		CHECK(b.len == 1);
	}
}

UNIT_TEST(payload_bounds)
{
	static char big[100000];
	static char out[CX_ALERT_PAYLOAD_MAX + 1];
	size_t		n;

	/* the worst case: every byte a control character needing \u00XX */
	memset(big, 1, sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	{
		cx_alert_payload_fields f = {INT64_MAX, big, big, big, big, INT32_MAX, true, big, true, big};

		n = cx_alert_payload(out, sizeof(out), &f);
	}
	CHECK(n < 8000);
	CHECK(n == strlen(out));
	CHECK(out[0] == '{' && out[n - 1] == '}');
	CHECK(strstr(out, "\"id\":\"9223372036854775807\"") != NULL);
	CHECK(strstr(out, "\"config_id\":2147483647") != NULL);

	{
		cx_alert_payload_fields f = {42, "new", "nps_detractor", "high", "public.nps", 3,
		true, "17", true, NULL};

		n = cx_alert_payload(out, sizeof(out), &f);
		CHECK_STR(out, "{\"id\":\"42\",\"event\":\"new\",\"kind\":\"nps_detractor\",\"severity\":\"high\","
				  "\"source\":\"public.nps\",\"config_id\":3,\"key\":\"17\",\"subject\":null}");
		CHECK(n == strlen(out));
	}
	{
		/* private by default: neither the key nor the subject */
		cx_alert_payload_fields f = {-5, "escalated", "csat_low", "medium", "s.t", 0,
		false, "17", false, "alice@example.com"};

		n = cx_alert_payload(out, sizeof(out), &f);
		CHECK_STR(out, "{\"id\":\"-5\",\"event\":\"escalated\",\"kind\":\"csat_low\",\"severity\":\"medium\","
				  "\"source\":\"s.t\",\"config_id\":0}");
		CHECK(strstr(out, "alice") == NULL);
	}
}

/* the cooldown key: fixed values (they are in every cx_alert index, so a
 * change would need a REINDEX), separation of kind and subject, spread */
UNIT_TEST(cooldown_key)
{
	int64_t		a = cx_alert_cooldown_key("nps_detractor", 13, "42", 2);
	int64_t		keys[1000];
	char		buf[16];
	int			i,
				j,
				high = 0;

	CHECK(a == cx_alert_cooldown_key("nps_detractor", 13, "42", 2));
	CHECK(a != cx_alert_cooldown_key("nps_detractor", 13, "43", 2));
	CHECK(a != cx_alert_cooldown_key("csat_low", 8, "42", 2));
	CHECK(cx_alert_cooldown_key("ab", 2, "c", 1) != cx_alert_cooldown_key("a", 1, "bc", 2));
	CHECK(cx_alert_cooldown_key("", 0, "", 0) != cx_alert_cooldown_key("x", 1, "", 0));
	/* pinned: the same bytes give the same key on every platform and release */
	CHECK(cx_alert_cooldown_key("", 0, "", 0) == (int64_t) UINT64_C(0xb9034ad37056f5fb));
	CHECK(a == (int64_t) UINT64_C(0x3ddbf088be0a927c));
	/* consecutive customer ids: no collisions, and the top bit is a coin toss */
	for (i = 0; i < 1000; i++)
	{
		int			n = snprintf(buf, sizeof(buf), "%d", i);

		keys[i] = cx_alert_cooldown_key("nps_detractor", 13, buf, (size_t) n);
		high += keys[i] < 0;
		for (j = 0; j < i; j++)
			CHECK(keys[j] != keys[i]);
	}
	CHECK(high > 430 && high < 570);
}

int
main(void)
{
	RUN(score_verdicts);
	RUN(cooldown);
	RUN(cooldown_key);
	RUN(json_escaping);
	RUN(json_truncation);
	RUN(payload_bounds);
	return unit_report();
}
