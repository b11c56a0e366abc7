/*
 * libFuzzer target for the alert JSON writer (src/core/alert.c): whatever
 * bytes a customer typed, the NOTIFY payload stays under 8000 bytes, is one
 * JSON object with properly escaped strings (no raw control character, no
 * dangling backslash), and a cut never splits a UTF-8 character of valid
 * input.  Also checks that the bounded builder never writes past its cap.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alert.h"

/* a minimal check of the JSON this writer produces: strings and scalars */
static int
json_ok(const char *s, size_t n)
{
	size_t		i = 0;
	int			in_str = 0;

	for (i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (in_str)
		{
			if (c < 0x20)
				return 0;
			if (c == '\\')
			{
				i++;
				if (i >= n)
					return 0;
				if (s[i] == 'u')
				{
					if (i + 4 >= n)
						return 0;
					i += 4;
				}
				else if (!strchr("\"\\/bfnrt", s[i]))
					return 0;
			}
			else if (c == '"')
				in_str = 0;
		}
		else if (c == '"')
			in_str = 1;
	}
	return !in_str;
}

static int
utf8_valid(const unsigned char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		unsigned char c = s[i];
		size_t		len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
		size_t		k;

		if (len == 0 || i + len > n)
			return 0;
		for (k = 1; k < len; k++)
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
		i += len;
	}
	return 1;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *str;
	char		payload[CX_ALERT_PAYLOAD_MAX + 1];
	size_t		n;
	char		small[64 + 1];
	cx_json_buf b;
	size_t		cap;
	size_t		maxb;

	if (size < 2)
		return 0;
	cap = 1 + data[0] % 64;
	maxb = data[1];
	data += 2;
	size -= 2;
	str = malloc(size + 1);
	memcpy(str, data, size);
	str[size] = '\0';

	/* the payload: NUL-terminated fields (the input up to its first NUL) */
	{
		cx_alert_payload_fields f = {(int64_t) size, str, str, "high", str, (int32_t) size,
		(size & 1) != 0, str, (size & 2) != 0, str};

		n = cx_alert_payload(payload, sizeof(payload), &f);
	}
	if (n >= 8000 || n != strlen(payload) || payload[0] != '{' || payload[n - 1] != '}' ||
		!json_ok(payload, n))
		abort();

	/* the cooldown key reads only the bytes it is given (ASan sees the
	 * input's exact bounds) and depends on nothing else */
	{
		size_t		split = cap % (size + 1);
		int64_t		k = cx_alert_cooldown_key((const char *) data, split,
											  (const char *) data + split, size - split);

		if (k != cx_alert_cooldown_key((const char *) data, split,
									   (const char *) data + split, size - split))
			abort();
	}

	/* the bounded builder with a tiny cap and a cut */
	small[cap] = '\x5a';		/* canary just past the cap */
	cx_json_init(&b, small, cap);
	cx_json_string(&b, (const char *) data, size, maxb);
	if (small[cap] != '\x5a' || b.len >= cap || strlen(small) != b.len)
		abort();
	if (!b.overflow)
	{
		if (!json_ok(small, b.len))
			abort();
		/* a cut of valid UTF-8 stays valid UTF-8 (between the quotes) */
		if (utf8_valid(data, size) && b.len >= 2 &&
			!utf8_valid((const unsigned char *) small + 1, b.len - 2))
			abort();
	}
	free(str);
	return 0;
}
