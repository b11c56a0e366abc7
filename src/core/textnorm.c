/*
 * textnorm.c: see textnorm.h; the code is in textnorm_impl.h.
 */
#include "textnorm_impl.h"

size_t
cx_textnorm(const unsigned char *in, size_t len, char *out,
			uint32_t *srcoff, uint32_t *srcend, CxNormInfo *info)
{
	return cx_textnorm_run(in, len, out, srcoff, srcend, info, NULL, NULL);
}
