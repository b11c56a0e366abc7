/*
 * libFuzzer target: the csat_state / ces_state text parser and formatter.
 * Any input must be either rejected with an explanation or parsed into
 * valid counts whose canonical text parses back to the same counts.
 */
#include "survey.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size + 1);
	int			pass;

	memcpy(s, data, size);
	s[size] = '\0';
	for (pass = 0; pass < 2; pass++)
	{
		bool		with_scale = pass == 0;
		int64_t		c[CX_SURVEY_MAX_VALUES],
					c2[CX_SURVEY_MAX_VALUES];
		int			scale,
					scale2,
					k,
					i;
		int64_t		n;
		char		detail[256];
		char		buf[CX_SURVEY_TEXT_MAX];
		CxSurveyParseError e;

		e = cx_survey_parse(s, with_scale, &scale, c, detail, sizeof(detail));
		if (e != CX_SURVEY_OK)
		{
			if (detail[0] == '\0')
				abort();
			continue;
		}
		k = with_scale ? scale : CX_CES_MAX;
		if (k < (with_scale ? CX_CSAT_SCALE_MIN : CX_CES_MAX) || k > CX_SURVEY_MAX_VALUES)
			abort();
		if (!cx_survey_total(c, k, &n))
			abort();
		if (cx_survey_format(buf, sizeof(buf), with_scale ? scale : -1, c, k) >= sizeof(buf))
			abort();
		if (cx_survey_parse(buf, with_scale, &scale2, c2, detail, sizeof(detail)) != CX_SURVEY_OK)
			abort();
		if (scale2 != scale)
			abort();
		for (i = 0; i < CX_SURVEY_MAX_VALUES; i++)
			if (c[i] != c2[i])
				abort();
		{
			CxSurveyFigures f;
			double		lo,
						hi;

			cx_survey_figures(c, k, k - 1, &f);
			if (f.n != n || f.top > n)
				abort();
			if (n > 0 && (!(f.pct >= 0.0 && f.pct <= 100.0) || !(f.mean >= 1.0 && f.mean <= k)))
				abort();
			if (n > 0 && (!cx_wilson_interval(f.top, f.n, 0.95, &lo, &hi) ||
						  !(lo >= 0.0 && lo <= hi && hi <= 100.0)))
				abort();
			if (n >= 2 && (!cx_mean_interval(&f, k, 0.95, &lo, &hi) ||
						   !(lo >= 1.0 && lo <= f.mean && f.mean <= hi && hi <= k)))
				abort();
		}
	}
	free(s);
	return 0;
}
