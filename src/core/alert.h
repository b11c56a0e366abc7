/*-------------------------------------------------------------------------
 *
 * alert.h
 *	  Pure C helpers of the alert triggers (no PostgreSQL headers): when a
 *	  score fires an alert and how severe it is, the cooldown arithmetic, and
 *	  the compact JSON written to NOTIFY and to the alert's details.
 *
 *	  The JSON writer never writes past the buffer it is given and always
 *	  produces valid JSON (for UTF-8 input; other bytes >= 0x80 are copied
 *	  through), truncating long strings at a character boundary, so that a
 *	  NOTIFY payload can never exceed PostgreSQL's 8000-byte limit whatever
 *	  the customer typed.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_CORE_ALERT_H
#define CX_CORE_ALERT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* PostgreSQL refuses NOTIFY payloads of 8000 bytes or more (NUL included) */
#define CX_ALERT_PAYLOAD_MAX	7999

/* the score alert kinds */
typedef enum cx_alert_score_kind
{
	CX_ALERT_NPS = 0,			/* 0-10 answer, fires when score <= threshold */
	CX_ALERT_CSAT,				/* 1-5 answer, fires when rating <= threshold */
	CX_ALERT_CES				/* 1-7 "made it easy" agreement (CES 2.0),
								 * fires when the answer <= threshold */
} cx_alert_score_kind;

typedef enum cx_alert_verdict
{
	CX_ALERT_QUIET = 0,			/* in range, no alert */
	CX_ALERT_FIRE,				/* in range, alert */
	CX_ALERT_OUT_OF_RANGE		/* not a valid answer on this scale */
} cx_alert_verdict;

/* scale bounds and default threshold of a kind */
extern void cx_alert_scale(cx_alert_score_kind kind, int *lo, int *hi, int *default_threshold);

/* does this score fire an alert? (NaN and non-integers are out of range) */
extern cx_alert_verdict cx_alert_score_verdict(cx_alert_score_kind kind, double score, int threshold);

/*
 * Severity of a firing score: "high" for the worst answers (NPS 0-3, CSAT 1,
 * CES 1), "medium" otherwise.
 */
extern const char *cx_alert_score_severity(cx_alert_score_kind kind, double score);

/*
 * Is an alert created at created_us (microseconds, any epoch) still inside a
 * cooldown of cooldown_us at now_us?  Saturating: never overflows.  A
 * cooldown of 0 means no cooldown.
 */
extern bool cx_alert_in_cooldown(int64_t created_us, int64_t now_us, int64_t cooldown_us);

/*
 * The cooldown key of an alert: a 64-bit hash of its kind and subject, the
 * leading column of cx_alert's cooldown index.  Deterministic on every
 * platform (bytes in, no endianness); equal keys are always rechecked
 * against the row's kind and subject, so a collision costs one heap visit,
 * never a wrong fold.
 */
extern int64_t cx_alert_cooldown_key(const char *kind, size_t kind_len,
									 const char *subject, size_t subject_len);

/*
 * A bounded JSON text builder.  Appends never write beyond cap bytes
 * (including the terminating NUL); once something did not fit, "overflow"
 * is set and the text is left as it was before that append.
 */
typedef struct cx_json_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	bool		overflow;
} cx_json_buf;

extern void cx_json_init(cx_json_buf *b, char *data, size_t cap);

/*
 * Append a JSON string (quotes included) made of at most max_bytes bytes of
 * s[0..len): cut at a UTF-8 character boundary and ended with "..." when
 * longer.  Control characters, quotes and backslashes are escaped.  Returns
 * true when s was cut.
 */
extern bool cx_json_string(cx_json_buf *b, const char *s, size_t len, size_t max_bytes);

/* append raw text (a key, a number, punctuation) */
extern void cx_json_raw(cx_json_buf *b, const char *s);

/* append "key": (with a leading comma unless first) */
extern void cx_json_key(cx_json_buf *b, const char *key, bool first);

/* append an integer */
extern void cx_json_int(cx_json_buf *b, int64_t v);

/* append a number: integers without a fraction, NaN/inf as null */
extern void cx_json_number(cx_json_buf *b, double v);

/*
 * The NOTIFY payload of a new or escalated alert:
 * {"id":"..","event":"new"|"escalated","kind":..,"severity":..,"source":..,
 * "config_id":..[,"key":..][,"subject":..]}.  The id is a JSON string: a
 * bigint past 2^53 loses digits in JavaScript, and node-postgres returns
 * bigint columns as strings, so a listener compares it with the row's id
 * as text.  key and subject are written only when the configuration opts
 * in (with_key, with_subject; NULL then writes null): any role that may
 * connect can LISTEN.  Each string field is cut to 256 bytes, which even
 * when every byte needs a 6-byte \u escape keeps the whole below
 * CX_ALERT_PAYLOAD_MAX; dst must hold CX_ALERT_PAYLOAD_MAX + 1 bytes.
 * Returns the length written.
 */
#define CX_ALERT_PAYLOAD_FIELD_MAX	256
typedef struct cx_alert_payload_fields
{
	int64_t		id;
	const char *event;
	const char *kind;
	const char *severity;
	const char *source;
	int32_t		config_id;
	bool		with_key;
	const char *key;
	bool		with_subject;
	const char *subject;
} cx_alert_payload_fields;

extern size_t cx_alert_payload(char *dst, size_t cap, const cx_alert_payload_fields *f);

#endif							/* CX_CORE_ALERT_H */
