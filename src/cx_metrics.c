/*-------------------------------------------------------------------------
 *
 * cx_metrics.c
 *	  Module entry point: PG_MODULE_MAGIC, _PG_init and version reporting.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "utils/guc.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * Each concern defines its GUCs in its own file; they are all registered
 * here, once per backend, before any of the extension's functions run.
 */
void
_PG_init(void)
{
	cx_empathy_init();
	MarkGUCPrefixReserved("cx_metrics");
}

PG_FUNCTION_INFO_V1(cx_metrics_version);
Datum
cx_metrics_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(CX_METRICS_VERSION));
}
