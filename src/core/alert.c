/*-------------------------------------------------------------------------
 *
 * alert.c
 *	  Pure C helpers of the alert triggers: score verdicts, cooldown
 *	  arithmetic and a bounded JSON writer for NOTIFY payloads.
 *
 *-------------------------------------------------------------------------
 */
#include "alert.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void
cx_alert_scale(cx_alert_score_kind kind, int *lo, int *hi, int *default_threshold)
{
	switch (kind)
	{
		case CX_ALERT_NPS:
			*lo = 0;
			*hi = 10;
			*default_threshold = 6;		/* detractors: 0-6 */
			break;
		case CX_ALERT_CSAT:
			*lo = 1;
			*hi = 5;
			*default_threshold = 2;		/* dissatisfied: 1-2 */
			break;
		case CX_ALERT_CES:
		default:
			*lo = 1;
			*hi = 7;
			*default_threshold = 3;		/* disagrees it was easy: 1-3 */
			break;
	}
}

cx_alert_verdict
cx_alert_score_verdict(cx_alert_score_kind kind, double score, int threshold)
{
	int			lo,
				hi,
				def;

	cx_alert_scale(kind, &lo, &hi, &def);
	/* NaN fails every comparison, so it lands here too */
	if (!(score >= lo && score <= hi) || score != floor(score))
		return CX_ALERT_OUT_OF_RANGE;
	/* every scale is "higher is better": alert on the low answers */
	return score <= threshold ? CX_ALERT_FIRE : CX_ALERT_QUIET;
}

const char *
cx_alert_score_severity(cx_alert_score_kind kind, double score)
{
	switch (kind)
	{
		case CX_ALERT_NPS:
			return score <= 3 ? "high" : "medium";
		case CX_ALERT_CSAT:
			return score <= 1 ? "high" : "medium";
		case CX_ALERT_CES:
		default:
			return score <= 1 ? "high" : "medium";
	}
}

bool
cx_alert_in_cooldown(int64_t created_us, int64_t now_us, int64_t cooldown_us)
{
	if (cooldown_us <= 0)
		return false;
	/* an alert from the future (clock skew) counts as just created */
	if (now_us <= created_us)
		return true;
	/* now - created without overflow: both may be anywhere in int64 */
	if (created_us < 0 && now_us > INT64_MAX + created_us)
		return false;
	return now_us - created_us < cooldown_us;
}

/* FNV-1a over a byte string, continuing from h */
static inline uint64_t
cx_fnv1a64(uint64_t h, const unsigned char *p, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		h ^= p[i];
		h *= UINT64_C(0x100000001b3);
	}
	return h;
}

int64_t
cx_alert_cooldown_key(const char *kind, size_t kind_len, const char *subject, size_t subject_len)
{
	static const unsigned char sep = 0;
	uint64_t	h = UINT64_C(0xcbf29ce484222325);

	/*
	 * kind, a 0 byte, subject: text never contains a 0 byte, so ("ab", "c")
	 * and ("a", "bc") differ.  Then murmur3's 64-bit finaliser, because
	 * FNV's last bytes barely reach the high bits and customer ids often
	 * differ only in their last digit.
	 */
	h = cx_fnv1a64(h, (const unsigned char *) kind, kind_len);
	h = cx_fnv1a64(h, &sep, 1);
	h = cx_fnv1a64(h, (const unsigned char *) subject, subject_len);
	h ^= h >> 33;
	h *= UINT64_C(0xff51afd7ed558ccd);
	h ^= h >> 33;
	h *= UINT64_C(0xc4ceb9fe1a85ec53);
	h ^= h >> 33;
	return (int64_t) h;
}

void
cx_json_init(cx_json_buf *b, char *data, size_t cap)
{
	b->data = data;
	b->len = 0;
	b->cap = cap;
	b->overflow = false;
	if (cap > 0)
		data[0] = '\0';
}

/* append n bytes if they fit with the NUL; all-or-nothing */
static bool
json_put(cx_json_buf *b, const char *s, size_t n)
{
	if (b->overflow || b->cap == 0 || n > b->cap - 1 - b->len)
	{
		b->overflow = true;
		return false;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return true;
}

void
cx_json_raw(cx_json_buf *b, const char *s)
{
	json_put(b, s, strlen(s));
}

void
cx_json_key(cx_json_buf *b, const char *key, bool first)
{
	if (!first)
		cx_json_raw(b, ",");
	cx_json_string(b, key, strlen(key), CX_ALERT_PAYLOAD_FIELD_MAX);
	cx_json_raw(b, ":");
}

void
cx_json_int(cx_json_buf *b, int64_t v)
{
	char		tmp[32];

	snprintf(tmp, sizeof(tmp), "%lld", (long long) v);
	cx_json_raw(b, tmp);
}

void
cx_json_number(cx_json_buf *b, double v)
{
	char		tmp[40];

	if (!isfinite(v))
		cx_json_raw(b, "null");
	else if (v == floor(v) && fabs(v) < 9e15)
		cx_json_int(b, (int64_t) v);
	else
	{
		snprintf(tmp, sizeof(tmp), "%.17g", v);
		cx_json_raw(b, tmp);
	}
}

/* bytes one character takes when escaped */
static size_t
json_escaped_len(unsigned char c)
{
	if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' ||
		c == '\r' || c == '\t')
		return 2;
	if (c < 0x20 || c == 0x7f)
		return 6;
	return 1;
}

bool
cx_json_string(cx_json_buf *b, const char *s, size_t len, size_t max_bytes)
{
	size_t		save = b->len;
	size_t		take = len;
	bool		cut = false;
	size_t		i;

	if (b->overflow)
		return false;
	if (take > max_bytes)
	{
		take = max_bytes;
		/* back off to the start of a UTF-8 character */
		while (take > 0 && (((unsigned char) s[take]) & 0xC0) == 0x80)
			take--;
		cut = true;
	}
	if (!json_put(b, "\"", 1))
		return cut;
	for (i = 0; i < take; i++)
	{
		unsigned char c = (unsigned char) s[i];
		char		esc[8];
		size_t		n = json_escaped_len(c);

		if (n == 1)
			esc[0] = (char) c;
		else if (n == 2)
		{
			esc[0] = '\\';
			switch (c)
			{
				case '"':
					esc[1] = '"';
					break;
				case '\\':
					esc[1] = '\\';
					break;
				case '\b':
					esc[1] = 'b';
					break;
				case '\f':
					esc[1] = 'f';
					break;
				case '\n':
					esc[1] = 'n';
					break;
				case '\r':
					esc[1] = 'r';
					break;
				default:
					esc[1] = 't';
					break;
			}
		}
		else
			snprintf(esc, sizeof(esc), "\\u%04x", c);
		if (!json_put(b, esc, n))
			break;
	}
	if (cut)
		json_put(b, "...", 3);
	json_put(b, "\"", 1);
	if (b->overflow)
	{
		/* leave the text as it was: all or nothing */
		b->len = save;
		if (b->cap > 0)
			b->data[save] = '\0';
	}
	return cut;
}

static void
payload_field(cx_json_buf *b, const char *key, const char *value)
{
	cx_json_key(b, key, false);
	if (value == NULL)
		cx_json_raw(b, "null");
	else
		cx_json_string(b, value, strlen(value), CX_ALERT_PAYLOAD_FIELD_MAX);
}

size_t
cx_alert_payload(char *dst, size_t cap, const cx_alert_payload_fields *f)
{
	cx_json_buf b;
	char		id[24];

	snprintf(id, sizeof(id), "%lld", (long long) f->id);
	cx_json_init(&b, dst, cap);
	cx_json_raw(&b, "{");
	cx_json_key(&b, "id", true);
	cx_json_string(&b, id, strlen(id), sizeof(id));
	/* the event is one of two words: cut short, it leaves room for the rest */
	cx_json_key(&b, "event", false);
	cx_json_string(&b, f->event ? f->event : "", f->event ? strlen(f->event) : 0, 16);
	payload_field(&b, "kind", f->kind);
	payload_field(&b, "severity", f->severity);
	payload_field(&b, "source", f->source);
	cx_json_key(&b, "config_id", false);
	cx_json_int(&b, f->config_id);
	if (f->with_key)
		payload_field(&b, "key", f->key);
	if (f->with_subject)
		payload_field(&b, "subject", f->subject);
	cx_json_raw(&b, "}");
	/* 5 strings of <= 256 bytes escaped 6-fold fit in 7999: never set */
	if (b.overflow)
	{
		cx_json_init(&b, dst, cap);
		cx_json_raw(&b, "{");
		cx_json_key(&b, "id", true);
		cx_json_string(&b, id, strlen(id), sizeof(id));
		cx_json_raw(&b, "}");
	}
	return b.len;
}
