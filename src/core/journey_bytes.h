/*-------------------------------------------------------------------------
 *
 * journey_bytes.h
 *	  Big-endian integers in the stored journey states
 *	  (journey_friction_state in journey_state.c, journey_moments_state in
 *	  journey_moments.c): one definition, so that both states are written
 *	  and read the same way on every platform.
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_JOURNEY_BYTES_H
#define CX_JOURNEY_BYTES_H

#include <stdint.h>

static inline uint32_t
cx_get_u32(const uint8_t *p)
{
	return ((uint32_t) p[0] << 24) | ((uint32_t) p[1] << 16) | ((uint32_t) p[2] << 8) | p[3];
}

static inline uint64_t
cx_get_u64(const uint8_t *p)
{
	return ((uint64_t) cx_get_u32(p) << 32) | cx_get_u32(p + 4);
}

static inline void
cx_put_u32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t) (v >> 24);
	p[1] = (uint8_t) (v >> 16);
	p[2] = (uint8_t) (v >> 8);
	p[3] = (uint8_t) v;
}

static inline void
cx_put_u64(uint8_t *p, uint64_t v)
{
	cx_put_u32(p, (uint32_t) (v >> 32));
	cx_put_u32(p + 4, (uint32_t) v);
}

#endif							/* CX_JOURNEY_BYTES_H */
