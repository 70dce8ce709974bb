// Small helpers for writing JSON with RapidJSON: strings from string_view (no copy, no
// NUL-termination needed) and numbers rounded to a fixed number of decimals. Shared by
// every writer of JSON records (extract, eval, the server, the CLIFF endpoint).
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace marsad::json {

// RapidJSON's Writer with the same output, written faster: its strings go byte by byte,
// each through the escape table and a put of its own (about 10 instructions a byte;
// `Writer::Key` and `KeyStr` were 7% of a places-only run). Most strings of a record need
// no escape (none of '"', '\\' and the controls below 0x20; UTF-8 is copied as it is, as
// RapidJSON copies it without kWriteValidateEncodingFlag): that is decided and the bytes
// copied in whole words; a string that needs an escape goes through a byte loop. Every
// other event (numbers, objects, the comma and colon bookkeeping) is RapidJSON's own.
class Writer : public rapidjson::Writer<rapidjson::StringBuffer> {
 public:
  using Base = rapidjson::Writer<rapidjson::StringBuffer>;
  using Base::Base;
  using Base::Key;  // the std::string overloads, through the base's byte loop
  using Base::String;

  bool String(const char* s, rapidjson::SizeType n, bool /*copy*/ = false) {
    Prefix(rapidjson::kStringType);
    WriteQuoted(s, n);
    return EndValue(true);
  }
  // Always inline: a literal's length is then known when compiling (as a call, each key
  // of a record was a strlen call).
  [[gnu::always_inline]] bool String(const char* s) {
    return String(s, static_cast<rapidjson::SizeType>(std::strlen(s)));
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy = false) { return String(s, n, copy); }
  [[gnu::always_inline]] bool Key(const char* s) { return String(s); }

  // `v` rounded to `digits` decimals, written as RapidJSON's Double(std::round(v * 10^digits)
  // / 10^digits) writes it (KeyNum: coordinates, scores). RapidJSON finds the digits with
  // Grisu2 and lays them out (Prettify), about 450 instructions a number, and the power of
  // ten came from std::pow (100 more): a quarter of a places-only run's JSON. For 0 to 6
  // decimals and a rounded value D = k / 10^digits (k a whole number, 1 <= |k| < 2^50), the
  // double r = k / 10^digits is the one nearest to D, and the interval of reals that round
  // to r (half an ulp either side) holds no other number of `digits` decimals (they are
  // 10^-digits apart, more than an ulp of r for such k). Grisu2 returns the shortest digits
  // in that interval, narrowed by its 64-bit arithmetic (a few units of 2^-64, under 1% of
  // the half ulp): D's, trailing zeros dropped, whenever D lies within 0.45 ulp of r on its
  // side (checked with an fma; D is within half an ulp of r in any case, and 90% of values
  // pass). Those are written from k's digits directly, in Prettify's layouts ("36.0",
  // "36.12345", "0.00012"), and a zero as dtoa writes it; every other value goes to Double.
  bool Rounded(double v, int digits) {
    static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    static constexpr uint64_t kIntPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    if (digits < 0 || digits > 6) {
      const double p = std::pow(10.0, digits);
      return Double(std::round(v * p) / p);
    }
    const double p = kPow10[digits];  // exactly std::pow(10.0, digits)
    const double k = std::round(v * p);
    const double r = k / p;
    const double a = std::fabs(k);
    if (a == 0) {  // dtoa's zero: "0.0", or "-0.0" for a negative value rounded to zero
      Prefix(rapidjson::kNumberType);
      const bool minus = std::signbit(r);
      os_->Reserve(4);
      std::memcpy(os_->PushUnsafe(3 + minus), minus ? "-0.0" : "0.0", 3 + minus);
      return EndValue(true);
    }
    if (!(a >= 1 && a < 1125899906842624.0)) return Double(r);  // NaN, ±inf, |k| >= 2^50
    // |r| - D, times 10^digits, and the gap to the next double on D's side of |r| (the
    // bit pattern plus or minus one: std::nextafter is a call).
    const double ar = std::fabs(r);
    const double err = std::fma(ar, p, -a);
    uint64_t bits;
    std::memcpy(&bits, &ar, sizeof bits);
    bits = err > 0 ? bits - 1 : bits + 1;
    double neighbour;
    std::memcpy(&neighbour, &bits, sizeof neighbour);
    if (!(std::fabs(err) < 0.45 * std::fabs(neighbour - ar) * p)) return Double(r);
    const auto n = static_cast<uint64_t>(a);
    const uint64_t whole = n / kIntPow10[digits];
    uint64_t frac = n % kIntPow10[digits];
    int frac_digits = digits;
    while (frac_digits > 0 && frac % 10 == 0) {
      frac /= 10;
      --frac_digits;
    }
    char buf[40];
    char* e = buf + sizeof buf;
    char* b = e;
    if (frac_digits == 0) {
      *--b = '0';
    } else {
      for (int d = 0; d < frac_digits; ++d, frac /= 10) *--b = static_cast<char>('0' + frac % 10);
    }
    *--b = '.';
    uint64_t w = whole;
    do {
      *--b = static_cast<char>('0' + w % 10);
      w /= 10;
    } while (w != 0);
    if (k < 0) *--b = '-';
    Prefix(rapidjson::kNumberType);
    const auto len = static_cast<size_t>(e - b);
    os_->Reserve(len);
    std::memcpy(os_->PushUnsafe(len), b, len);
    return EndValue(true);
  }

  // Inside an object: how many members have been written to it so far.
  size_t MembersSoFar() const { return level_stack_.template Top<Level>()->valueCount / 2; }
  // Inside an object, between members: `members` members written before by another Writer
  // (its bytes after the '{' that opened them), copied as they are. The same bytes as
  // writing them again: RapidJSON's state owes them only the comma before and the count of
  // values after. For a record's repeated parts (a place named ten times).
  void RawMembers(std::string_view json, size_t members) {
    Level* level = level_stack_.template Top<Level>();
    RAPIDJSON_ASSERT(!level->inArray && level->valueCount % 2 == 0);
    os_->Reserve(json.size() + 1);
    if (level->valueCount > 0) os_->PutUnsafe(',');
    std::memcpy(os_->PushUnsafe(json.size()), json.data(), json.size());
    level->valueCount += 2 * members;
  }

 private:
  // Whether one of the eight bytes of `v` is below 0x20, '"' or '\\'. Each part is the
  // has-less-than test of bit-twiddling lore, exact as a yes/no (a borrow can only mark
  // bytes above a byte that matched).
  static bool MayNeedEscape(uint64_t v) {
    constexpr uint64_t k01 = 0x0101010101010101ULL, k80 = 0x8080808080808080ULL;
    const uint64_t quote = v ^ (k01 * '"'), backslash = v ^ (k01 * '\\');
    const uint64_t below = ((v - k01 * 0x20) & ~v) | ((quote - k01) & ~quote) | ((backslash - k01) & ~backslash);
    return (below & k80) != 0;
  }
  template <typename T>
  static T Load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  template <typename T>
  static void Store(char* p, T v) {
    std::memcpy(p, &v, sizeof v);
  }

  // Copies s[0, n) to d when no byte needs an escape (false, d partly written, otherwise):
  // eight bytes at a time, the last eight overlapping; below 8 bytes two overlapping 4-byte
  // words, or the first, middle and last byte (keys such as "end", "lat", "country").
  static bool CopyPlain(const char* s, size_t n, char* d) {
#if defined(__SSE2__)
    // Sixteen bytes at a time where SSE2 is (every x86-64): a byte needs an escape when it
    // is '"', '\\' or at most 0x1F (min(byte, 0x1F) == byte, unsigned). An event's evidence
    // (its sentence) and surfaces are most of the events' bytes.
    if (n >= 16) {
      const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
      auto needs_escape = [&](__m128i v) {
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                         _mm_cmpeq_epi8(_mm_min_epu8(v, control), v));
        return _mm_movemask_epi8(hit) != 0;
      };
      for (size_t k = 0; k + 16 < n; k += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + k));
        if (needs_escape(v)) return false;
        _mm_storeu_si128(reinterpret_cast<__m128i*>(d + k), v);
      }
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + n - 16));
      if (needs_escape(v)) return false;
      _mm_storeu_si128(reinterpret_cast<__m128i*>(d + n - 16), v);
      return true;
    }
#endif
    if (n >= 8) {
      for (size_t k = 0; k + 8 < n; k += 8) {
        const auto v = Load<uint64_t>(s + k);
        if (MayNeedEscape(v)) return false;
        Store(d + k, v);
      }
      const auto v = Load<uint64_t>(s + n - 8);
      if (MayNeedEscape(v)) return false;
      Store(d + n - 8, v);
      return true;
    }
    if (n >= 4) {
      const auto lo = Load<uint32_t>(s), hi = Load<uint32_t>(s + n - 4);
      if (MayNeedEscape(lo | uint64_t{hi} << 32)) return false;
      Store(d, lo);
      Store(d + n - 4, hi);
      return true;
    }
    if (n == 0) return true;
    const unsigned char first = s[0], mid = s[n / 2], last = s[n - 1];
    constexpr uint64_t kPadding = 0x6161616161000000ULL;  // 'a' in the five unused bytes
    if (MayNeedEscape(kPadding | first | mid << 8 | uint64_t{last} << 16)) return false;
    d[0] = static_cast<char>(first);
    d[n / 2] = static_cast<char>(mid);
    d[n - 1] = static_cast<char>(last);
    return true;
  }

  // RapidJSON's escapes: \b \t \n \f \r by name, the other controls as \u00XX.
  void Escape(unsigned char c) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    char* o = os_->PushUnsafe(2);
    o[0] = '\\';
    switch (c) {
      case '"': o[1] = '"'; return;
      case '\\': o[1] = '\\'; return;
      case '\b': o[1] = 'b'; return;
      case '\t': o[1] = 't'; return;
      case '\n': o[1] = 'n'; return;
      case '\f': o[1] = 'f'; return;
      case '\r': o[1] = 'r'; return;
      default: break;
    }
    o[1] = 'u';
    char* h = os_->PushUnsafe(4);
    h[0] = '0';
    h[1] = '0';
    h[2] = kHex[c >> 4];
    h[3] = kHex[c & 0xF];
  }
  // A string with escapes: runs of plain bytes copied, each other byte escaped.
  void WriteWithEscapes(const char* s, size_t n) {
    size_t run = 0;  // bytes [run, k) need no escape and are not written yet
    for (size_t k = 0; k < n; ++k) {
      const auto c = static_cast<unsigned char>(s[k]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      std::memcpy(os_->PushUnsafe(k - run), s + run, k - run);
      Escape(c);
      run = k + 1;
    }
    std::memcpy(os_->PushUnsafe(n - run), s + run, n - run);
  }
  void WriteQuoted(const char* s, size_t n) {
    os_->Reserve(2 + n * 6);  // as RapidJSON: room for every byte as \u00XX
    char* d = os_->PushUnsafe(n + 2);
    d[0] = '"';
    if (CopyPlain(s, n, d + 1)) {
      d[n + 1] = '"';
      return;
    }
    os_->Pop(n + 1);  // keep the opening quote
    WriteWithEscapes(s, n);
    os_->PutUnsafe('"');
  }
};

inline void Str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

// Keys as string_views: a literal's length is known where it is written.
inline void KeyStr(Writer& w, std::string_view key, std::string_view v) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  Str(w, v);
}

// A number rounded to `digits` decimals (coordinates: 5 ≈ 1 m; scores: 3 or 4).
inline void KeyNum(Writer& w, std::string_view key, double v, int digits) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.Rounded(v, digits);
}

}  // namespace marsad::json
