// Key normalization through the per-code-point table (see char_table.h). A key is built
// character by character: decomposition + mark removal make this equal to normalizing
// the whole string, and it runs at table-lookup speed.
#include <unicode/uchar.h>

#include "marsad/text.h"
#include "text/char_table.h"

namespace marsad::text {

using internal::CharClass;
using internal::CharTable;

namespace {

template <typename OnByte>
std::string BuildKey(std::string_view utf8, OnByte on_byte) {
  const CharTable& table = CharTable::Get();
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  uint32_t cp_index = 0;
  bool pending_space = false;
  while (i < utf8.size()) {
    char32_t cp = internal::DecodeBounded(p, i, utf8.size());
    const internal::CharInfo info = table.Info(cp);
    std::string supp;
    std::string_view m;
    if (cp < 0x10000) {
      m = table.Map(info);
    } else {
      supp = table.MapSupplementary(cp);  // rare: emoji, styled letters
      m = supp;
    }
    if (info.IsSeparator() || m == " ") {
      pending_space = !out.empty();
    } else if (!m.empty()) {
      if (pending_space) {
        out.push_back(' ');
        on_byte(cp_index);
        pending_space = false;
      }
      if (m.size() == 1) out.push_back(m[0]);
      else out.append(m);
      for (size_t k = 0; k < m.size(); ++k) on_byte(cp_index);
    }
    ++cp_index;
  }
  return out;
}

}  // namespace

std::string NormalizeKey(std::string_view utf8) {
  return BuildKey(utf8, [](uint32_t) {});
}

std::string NormalizeKeyWithMap(std::string_view utf8, std::vector<uint32_t>* key_to_orig) {
  key_to_orig->clear();
  return BuildKey(utf8, [&](uint32_t cp) { key_to_orig->push_back(cp); });
}

bool IsNonArabicPersoArabicLetter(char32_t cp) {
  switch (cp) {
    case 0x067E: case 0x0686: case 0x0698: case 0x06AF:  // پ چ ژ گ (Persian, Kurdish, Urdu)
    case 0x06A4: case 0x06A9: case 0x06CC:                // ڤ ک ی
    case 0x06C6: case 0x06CE: case 0x06D5: case 0x0695: case 0x06B5:  // ۆ ێ ە ڕ ڵ (Kurdish)
    case 0x0679: case 0x0688: case 0x0691: case 0x06BA: case 0x06D2: case 0x06BE:  // Urdu
    case 0x06C1: case 0x06C3:
      return true;
    default:
      return false;
  }
}

Script ScriptOf(std::string_view utf8) {
  const CharTable& table = CharTable::Get();
  Script s = Script::kNone;
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  size_t i = 0;
  while (i < utf8.size()) {
    char32_t cp = internal::DecodeBounded(p, i, utf8.size());
    Script c = table.Info(cp).script;
    if (c == Script::kNone) continue;
    if (s == Script::kNone) s = c;
    else if (s != c) return Script::kMixed;
  }
  return s;
}

}  // namespace marsad::text
