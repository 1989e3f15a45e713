/*
 * A stand-in for Windows' bcryptprimitives.dll, which Wine 8 does not ship.
 *
 * Recent Rust and Go toolchains (so the Windows builds of rollup, esbuild and friends that
 * vitest loads) import ProcessPrng from bcryptprimitives.dll to get random bytes. Without this
 * DLL those programs fail to load under Wine. The win32 test lane copies it into the Wine
 * prefix's system32; it is never shipped.
 *
 * ProcessPrng fills a buffer with cryptographically random bytes and, as documented, always
 * succeeds. BCryptGenRandom with the system-preferred RNG gives the same guarantee; it takes a
 * ULONG length, so larger requests are served in pieces.
 */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    const SIZE_T largest_piece = 0x40000000;
    while (length > 0) {
        ULONG piece = (ULONG)(length < largest_piece ? length : largest_piece);
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, piece, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += piece;
        length -= piece;
    }
    return TRUE;
}
