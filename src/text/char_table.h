// Per-code-point facts for the Basic Multilingual Plane, computed from ICU at build time
// (marsad_gen_char_table writes char_table_data.cc): the class used by the tokenizer and
// the UTF-8 string a character contributes to a key. Immutable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/text.h"

namespace marsad::text::internal {

enum class CharClass : uint8_t {
  kOther, kSpace, kNewline, kLetter, kMark, kDigit, kPunct, kHyphen, kApostrophe,
  kSymbol, kFormat, kUnderscore
};

struct CharInfo {
  uint32_t map_off = 0;  // key bytes inside CharTable::pool
  uint8_t map_len = 0;   // 0: contributes nothing to keys
  CharClass cls = CharClass::kOther;
  Script script = Script::kNone;
  bool upper = false;
  // Maps to the single separator space (pool offset 0): spaces, punctuation, symbols.
  bool IsSeparator() const { return map_off == 0 && map_len == 1; }
};

// NextCodePoint for the hot loops, inlined: `p` is valid UTF-8 (Utf8Text::utf8).
inline char32_t DecodeValid(const unsigned char* p, size_t& i) {
  unsigned char c = p[i];
  if (c < 0x80) {
    ++i;
    return c;
  }
  if (c < 0xE0) {
    char32_t v = (static_cast<char32_t>(c & 0x1F) << 6) | (p[i + 1] & 0x3F);
    i += 2;
    return v;
  }
  if (c < 0xF0) {
    char32_t v = (static_cast<char32_t>(c & 0x0F) << 12) | (static_cast<char32_t>(p[i + 1] & 0x3F) << 6) |
                 (p[i + 2] & 0x3F);
    i += 3;
    return v;
  }
  char32_t v = (static_cast<char32_t>(c & 0x07) << 18) | (static_cast<char32_t>(p[i + 1] & 0x3F) << 12) |
               (static_cast<char32_t>(p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
  i += 4;
  return v;
}

// DecodeValid for strings whose validity the caller cannot promise (the public key
// functions take any string_view): a sequence cut off by the end of the string, or a lead
// byte beyond U+10FFFF, reads as U+FFFD and never past `n`.
inline char32_t DecodeBounded(const unsigned char* p, size_t& i, size_t n) {
  const unsigned char c = p[i];
  const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (len > n - i) {
    i = n;
    return 0xFFFD;
  }
  const char32_t cp = DecodeValid(p, i);
  return cp > 0x10FFFF ? 0xFFFD : cp;
}

// The BMP's table, generated at build time (char_table_data.cc in the build directory).
extern const CharInfo kCharTableInfos[0x10000];
extern const char kCharTablePool[];  // the key bytes, then kPoolPadding zero bytes
extern const size_t kCharTablePoolSize;

// Computes the BMP's table from ICU (char_table_icu.cc): what the generator writes, and
// what the test compares the compiled-in table with.
void ComputeCharTable(std::vector<CharInfo>* table, std::string* pool);

class CharTable {
 public:
  static constexpr size_t kPoolPadding = 4;
  static const CharTable& Get();
  // Supplementary-plane characters are rare in news: they are classified on the fly.
  CharInfo Info(char32_t cp) const { return cp < 0x10000 ? table_[cp] : Supplementary(cp); }
  std::string_view Map(const CharInfo& ci) const { return std::string_view(pool_.data() + ci.map_off, ci.map_len); }
  // The BMP's entries and the key bytes they point into, for loops that keep them in
  // registers (Info(cp) is bmp()[cp] below U+10000; Map(ci) starts at pool() + map_off).
  const CharInfo* bmp() const { return table_; }
  const char* pool() const { return pool_.data(); }
  // Key bytes of a supplementary character (identity, lowercased when a letter).
  std::string MapSupplementary(char32_t cp) const;

  // The BMP's facts for the tokenizer's letter loop, one byte a code point (64 KB, beside
  // the 512 KB of CharInfo): whether the character continues a run of plain letters
  // (kRunChar: a letter or mark with at most 4 key bytes, not a separator), whether it is
  // a letter and an upper-case one, and its script (bits kRunScriptShift and up). One
  // load and one bit test instead of the class, length and separator tests on CharInfo's
  // fields, which left that loop at 30 instructions a letter.
  static constexpr uint8_t kRunLetter = 1, kRunChar = 2, kRunUpper = 4;
  static constexpr int kRunScriptShift = 4;
  const uint8_t* run_flags() const { return run_; }

 private:
  CharTable();
  CharInfo Supplementary(char32_t cp) const;
  const CharInfo* table_;  // 0x10000 entries
  std::string_view pool_;
  uint8_t run_[0x10000];
};

}  // namespace marsad::text::internal
