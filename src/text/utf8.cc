// UTF-8 decoding with validation (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
#include <string>

#include "marsad/text.h"

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
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char c = p[i];
  if (c < 0x80) {
    ++i;
    return c;
  }
  if (c < 0xE0) {
    char32_t v = ((c & 0x1F) << 6) | (p[i + 1] & 0x3F);
    i += 2;
    return v;
  }
  if (c < 0xF0) {
    char32_t v = ((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
    i += 3;
    return v;
  }
  char32_t v = ((c & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
  i += 4;
  return v;
}

Result<Utf8Text> DecodeUtf8(std::string_view bytes, Utf8Mode mode) {
  if (bytes.size() >= 0xFFFFFFF0u) return InvalidInput("document too large (> 4 GiB)");
  Utf8Text out;
  size_t i = 0;
  // A byte-order mark is kept as U+FEFF (a format character the tokenizer skips), so
  // offsets agree with readers that keep it.
  bool clean = true;
  size_t n = bytes.size();
  out.cp_to_byte.reserve(n + 1);
  // Fast path: validate, and only copy when a replacement is needed.
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
                            }(static_cast<unsigned char>(bytes[i])) + ")");
      }
      if (clean) {
        out.utf8.assign(bytes.data(), i);
        clean = false;
      }
      out.cp_to_byte.push_back(static_cast<uint32_t>(out.utf8.size()));
      AppendUtf8(out.utf8, 0xFFFD);
      ++out.replaced;
      i += bad;
      continue;
    }
    out.cp_to_byte.push_back(static_cast<uint32_t>(clean ? i : out.utf8.size()));
    if (!clean) out.utf8.append(bytes.data() + i, len);
    i += len;
  }
  if (clean) {
    out.utf8.assign(bytes.data(), bytes.size());
  }
  out.cp_to_byte.push_back(static_cast<uint32_t>(out.utf8.size()));
  return out;
}

}  // namespace marsad::text
