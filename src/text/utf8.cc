// UTF-8 decoding with validation (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "marsad/text.h"
#include "text/char_table.h"

namespace marsad::text {
namespace {

// Length of the valid sequence starting at s[i], or 0 when invalid. On invalid input
// `bad_len` is the length of the maximal invalid subpart (Unicode's "substitution of
// maximal subparts"), at least 1.
size_t ValidSequence(std::string_view s, size_t i, char32_t* cp, size_t* bad_len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[i];
  *bad_len = 1;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len;
  char32_t v;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2; v = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3; v = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4; v = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= n) return 0;
    unsigned char d = p[i + k];
    if (k == 1 ? (d < lo || d > hi) : (d < 0x80 || d > 0xBF)) return 0;
    v = (v << 6) | (d & 0x3F);
    *bad_len = k + 1;
  }
  *cp = v;
  return len;
}

#if defined(__SSE2__)
// The 16 bytes at q (q[16] readable too) when they are ASCII and whole 2-byte sequences
// (lead C2..DF, then a continuation byte), the last one possibly ending at q[16]: writes
// the map entry (offset + position) of every code point starting there to *m, advances m,
// and returns the bytes used (16 or 17); 0, writing nothing, when another byte is there
// (3- and 4-byte sequences, invalid bytes: the byte loop and ValidSequence take them).
// The bytes' classes are bit masks (movemask); a continuation must sit exactly after each
// lead, so `cont == lead2 << 1` checks every sequence of the chunk at once.
inline size_t Chunk16(const unsigned char* q, uint32_t offset, uint32_t*& m) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
  const auto high = static_cast<uint32_t>(_mm_movemask_epi8(v));  // bytes >= 0x80
  if (high == 0) {  // all ASCII: offsets offset .. offset + 15
    const __m128i base = _mm_set1_epi32(static_cast<int>(offset));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(m), _mm_add_epi32(base, _mm_setr_epi32(0, 1, 2, 3)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(m + 4), _mm_add_epi32(base, _mm_setr_epi32(4, 5, 6, 7)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(m + 8), _mm_add_epi32(base, _mm_setr_epi32(8, 9, 10, 11)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(m + 12), _mm_add_epi32(base, _mm_setr_epi32(12, 13, 14, 15)));
    m += 16;
    return 16;
  }
  // As signed bytes: continuations 0x80..0xBF are -128..-65, 2-byte leads 0xC2..0xDF -62..-33.
  const auto cont = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64))));
  const auto lead2 = static_cast<uint32_t>(_mm_movemask_epi8(
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32)))));
  if ((high & ~(cont | lead2)) != 0) return 0;
  const uint32_t expected = lead2 << 1;  // bit 16: a lead at q[15], continued at q[16]
  if ((expected & 0xFFFF) != cont) return 0;
  size_t used = 16;
  if (expected & 0x10000) {
    if ((q[16] & 0xC0) != 0x80) return 0;
    used = 17;
  }
  for (uint32_t starts = ~cont & 0xFFFF; starts != 0; starts &= starts - 1)
    *m++ = offset + static_cast<uint32_t>(__builtin_ctz(starts));
  return used;
}
#endif

}  // namespace

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

char32_t NextCodePoint(std::string_view s, size_t& i) {
  return internal::DecodeBounded(reinterpret_cast<const unsigned char*>(s.data()), i, s.size());
}

size_t FirstInvalidUtf8(std::string_view s) {
  char32_t cp;
  size_t bad;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t len = ValidSequence(s, i, &cp, &bad);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

Result<Utf8Text> DecodeUtf8(std::string_view bytes, Utf8Mode mode) {
  if (bytes.size() >= 0xFFFFFFF0u) return InvalidInput("document too large (> 4 GiB)");
  Utf8Text out;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  // A byte-order mark is kept as U+FEFF (a format character the tokenizer skips), so
  // offsets agree with readers that keep it.
  // Every code point (a replacement included) takes at least one input byte, so n + 1
  // entries suffice; the map is written through a pointer and trimmed at the end.
  out.cp_to_byte.resize(n + 1);
  uint32_t* map = out.cp_to_byte.data();
  size_t cps = 0;
  size_t i = 0;
  // Fast path while the input is valid: ASCII and 2-byte sequences (Arabic) in an inner
  // loop over pointers that stops one byte before the end (so that the continuation byte
  // is there to read without a bounds test), the rest through ValidSequence; the text is
  // copied once at the end. With indexes and the bounds test, the loop cost 20
  // instructions a code point (1.3 M code points in the corpus's first 300 articles).
  // Where SSE2 is there (every x86-64), 16 bytes of ASCII and 2-byte sequences at a time
  // (Chunk16): about 7 instructions a code point instead of 17.
  while (i < n) {
    const unsigned char* q = p + i;
    uint32_t* m = map + cps;
    for (const unsigned char* const last = p + n - 1; q < last;) {
#if defined(__SSE2__)
      if (last - q >= 16) {
        if (const size_t used = Chunk16(q, static_cast<uint32_t>(q - p), m)) {
          q += used;
          continue;
        }
      }
#endif
      const unsigned c = *q;
      if (c < 0x80) {
        *m++ = static_cast<uint32_t>(q - p);
        ++q;
      } else if (c - 0xC2u <= 0xDFu - 0xC2u && (q[1] & 0xC0) == 0x80) {
        *m++ = static_cast<uint32_t>(q - p);
        q += 2;
      } else {
        break;
      }
    }
    i = static_cast<size_t>(q - p);
    cps = static_cast<size_t>(m - map);
    if (i == n) break;
    char32_t cp;
    size_t bad;
    size_t len = ValidSequence(bytes, i, &cp, &bad);
    if (len == 0) break;
    map[cps++] = static_cast<uint32_t>(i);
    i += len;
  }
  if (i == n) {
    out.utf8.assign(bytes.data(), n);
  } else {
    // Slow path from the first invalid byte: copy, replacing maximal invalid subparts.
    out.utf8.reserve(n + 16);
    out.utf8.assign(bytes.data(), i);
    while (i < n) {
      char32_t cp;
      size_t bad;
      size_t len = ValidSequence(bytes, i, &cp, &bad);
      if (len == 0) {
        if (mode == Utf8Mode::kStrict) {
          return InvalidInput("invalid UTF-8 at byte offset " + std::to_string(i) + " (byte 0x" +
                              [](unsigned v) {
                                const char* h = "0123456789abcdef";
                                return std::string{h[v >> 4], h[v & 15]};
                              }(p[i]) + ")");
        }
        map[cps++] = static_cast<uint32_t>(out.utf8.size());
        AppendUtf8(out.utf8, 0xFFFD);
        ++out.replaced;
        i += bad;
        continue;
      }
      map[cps++] = static_cast<uint32_t>(out.utf8.size());
      out.utf8.append(bytes.data() + i, len);
      i += len;
    }
  }
  map[cps] = static_cast<uint32_t>(out.utf8.size());
  out.cp_to_byte.resize(cps + 1);
  return out;
}

}  // namespace marsad::text
