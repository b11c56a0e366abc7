/*-------------------------------------------------------------------------
 *
 * cx_metrics.c
 *	  Module entry point: PG_MODULE_MAGIC, _PG_init and version reporting;
 *	  helpers shared by the glue files (cx_errtrunc).
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "mb/pg_wchar.h"
#include "utils/guc.h"

#include "alert_delivery.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * Each concern defines its GUCs in its own file; they are all registered
 * here, once per backend, before any of the extension's functions run.
 * Loaded by shared_preload_libraries, the module also starts the workers
 * of deferred alert delivery (alert_worker.c).
 */
void
_PG_init(void)
{
	cx_empathy_init();
	cx_alert_delivery_init();
	MarkGUCPrefixReserved("cx_metrics");
}

PG_FUNCTION_INFO_V1(cx_metrics_version);
Datum
cx_metrics_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(CX_METRICS_VERSION));
}

/* see cx_metrics.h */
const char *
cx_errtrunc_len(const char *s, int len)
{
	int			cut;
	char	   *out;

	if (s == NULL)
		return "(null)";
	cut = pg_mbcharcliplen(s, len, CX_ERRTRUNC_CHARS);
	out = palloc(cut + 4);
	memcpy(out, s, cut);
	/* (a NUL inside s ends it: then nothing is left out after it) */
	strcpy(out + cut, cut < len && s[cut] != '\0' ? "..." : "");
	return out;
}

const char *
cx_errtrunc(const char *s)
{
	size_t		len;

	if (s == NULL)
		return "(null)";
	len = strlen(s);
	/* no more bytes than characters allowed: short enough as it is */
	if (len <= CX_ERRTRUNC_CHARS)
		return s;
	return cx_errtrunc_len(s, (int) Min(len, (size_t) PG_INT32_MAX));
}
