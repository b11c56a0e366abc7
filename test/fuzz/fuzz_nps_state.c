/*
 * Fuzzes the text parser of nps_state (src/core/nps.c): any input either is
 * rejected with a detail message, or parses to a valid state whose canonical
 * text form parses back to the same state and prints identically.
 */
#include "nps.h"

#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *str = malloc(size + 1);
	char		detail[256];
	char		buf[CX_NPS_TEXT_MAX];
	char		buf2[CX_NPS_TEXT_MAX];
	CxNpsState	s,
				t;
	CxNpsParseError r;

	memcpy(str, data, size);
	str[size] = '\0';
	r = cx_nps_parse(str, &s, detail, sizeof(detail));
	if (r != CX_NPS_PARSE_OK)
	{
		if (detail[0] == '\0' || strlen(detail) >= sizeof(detail))
			abort();
	}
	else
	{
		if (!cx_nps_valid(&s))
			abort();
		if (cx_nps_format(&s, buf) >= CX_NPS_TEXT_MAX)
			abort();
		if (cx_nps_parse(buf, &t, detail, sizeof(detail)) != CX_NPS_PARSE_OK)
			abort();
		if (memcmp(&s, &t, sizeof(s)) != 0)
			abort();
		cx_nps_format(&t, buf2);
		if (strcmp(buf, buf2) != 0)
			abort();
		/* statistics never crash on any valid state */
		(void) cx_nps_value(&s);
		(void) cx_nps_mean(&s);
		(void) cx_nps_stderr(&s);
	}
	free(str);
	return 0;
}
