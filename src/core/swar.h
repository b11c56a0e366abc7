/*
 * swar.h: eight bytes at a time in a 64-bit word (SIMD within a register),
 * for the text engine's scans of ASCII and of normalised text.  Plain C: no
 * PostgreSQL headers.  Each function takes the bytes as a little-endian
 * number (memcpy of 8 bytes on a little-endian machine) and answers per byte
 * with its high bit (0x80), so that __builtin_ctzll(m) / 8 is the first byte
 * that answers yes.  Callers use them only where __BYTE_ORDER__ is
 * __ORDER_LITTLE_ENDIAN__ (CX_SWAR_OK) and keep a byte loop for the rest.
 */
#ifndef CX_CORE_SWAR_H
#define CX_CORE_SWAR_H

#include <stddef.h>
#include <stdint.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define CX_SWAR_OK 1
#else
#define CX_SWAR_OK 0
#endif

#define SWAR_ONE	0x0101010101010101ull
#define SWAR_HIGH	0x8080808080808080ull

/* per byte of x (high bits clear): 0x80 where lo <= byte <= hi, else 0 */
static inline uint64_t
swar_between(uint64_t x, unsigned lo, unsigned hi)
{
	uint64_t	ge = x + (0x80 - lo) * SWAR_ONE;
	uint64_t	gt = x + (0x7F - hi) * SWAR_ONE;

	return ge & ~gt & SWAR_HIGH;
}

/* per byte: 0x80 where the byte is 0, else 0 (exact: no carry between bytes) */
static inline uint64_t
swar_zero(uint64_t x)
{
	uint64_t	low7 = ~SWAR_HIGH;

	return ~(((x & low7) + low7) | x) & SWAR_HIGH;
}

/* per byte: 0x80 where the byte is c, else 0 */
static inline uint64_t
swar_eq(uint64_t x, unsigned char c)
{
	return swar_zero(x ^ (c * SWAR_ONE));
}

/* the number of bytes that are 0x80 (the others 0): a sum by multiplication */
static inline size_t
swar_count(uint64_t m)
{
	return (size_t) (((m >> 7) * SWAR_ONE) >> 56);
}

#endif
