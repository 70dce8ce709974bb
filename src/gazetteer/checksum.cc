// The whole-file checksum of a version 2+ index, with xxHash's run-time dispatch to the
// widest vector unit the CPU has (AVX2 on most machines; the inlined XXH3 of format.h is
// compiled for SSE2). Verifying it reads the whole 50 MB index on every start.
#include <xxh_x86dispatch.h>

#include <cstdint>

// Declared in format.h, which is not included: it includes xxhash.h with XXH_INLINE_ALL.

namespace marsad::gazetteer::format {

uint64_t FileChecksumXxh3(const void* header, const void* body, size_t n);

uint64_t FileChecksumXxh3(const void* header, const void* body, size_t n) {
  XXH3_state_t* s = XXH3_createState();
  if (s == nullptr) return 0;  // no memory: reported as a checksum mismatch
  const char* h = static_cast<const char*>(header);
  XXH3_64bits_reset(s);
  // The header's checksummed fields, as FileHasher feeds them.
  XXH3_64bits_update_dispatch(s, h + 8, 8);
  XXH3_64bits_update_dispatch(s, h + 32, 32);
  XXH3_64bits_update_dispatch(s, body, n);
  const uint64_t sum = XXH3_64bits_digest(s);
  XXH3_freeState(s);
  return sum;
}

}  // namespace marsad::gazetteer::format
