// The character table computed from ICU: at build time by marsad_gen_char_table (the
// table compiled into the library, char_table_data.cc), and at run time for
// supplementary-plane characters and by the test that compares the two.
#include "text/char_table.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

namespace marsad::text::internal {
namespace {

bool IsApostrophe(char32_t cp) {
  return cp == U'\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BE ||
         cp == 0x02BF || cp == U'`' || cp == 0x00B4;
}

bool IsArabicBlock(char32_t cp) {
  return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
         (cp >= 0x08A0 && cp <= 0x08FF) || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
}

CharClass Classify(char32_t cp) {
  if (cp == U'\n' || cp == U'\v' || cp == U'\f' || cp == 0x2028 || cp == 0x2029 || cp == 0x85)
    return CharClass::kNewline;
  if (cp == U'\t' || cp == U'\r') return CharClass::kSpace;
  if (IsApostrophe(cp)) return CharClass::kApostrophe;
  if (cp == U'_') return CharClass::kUnderscore;
  if (cp == 0x0640) return CharClass::kLetter;  // tatweel stretches words, never splits them
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_LETTER_NUMBER:
      return CharClass::kLetter;
    case U_NON_SPACING_MARK: case U_COMBINING_SPACING_MARK: case U_ENCLOSING_MARK:
      return CharClass::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_SPACE_SEPARATOR: case U_CONTROL_CHAR:
      return CharClass::kSpace;
    case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
      return CharClass::kNewline;
    case U_FORMAT_CHAR:
      return CharClass::kFormat;
    case U_DASH_PUNCTUATION:
      return CharClass::kHyphen;
    case U_CONNECTOR_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION: case U_OTHER_PUNCTUATION:
      return CharClass::kPunct;
    case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
    case U_OTHER_NUMBER:
      return CharClass::kSymbol;
    default:
      return CharClass::kOther;
  }
}

Script ScriptFor(char32_t cp, CharClass cls) {
  if (cls != CharClass::kLetter && cls != CharClass::kMark) return Script::kNone;
  if (IsArabicBlock(cp)) return Script::kArabic;
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(static_cast<UChar32>(cp), &err);
  if (U_FAILURE(err) || sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) return Script::kNone;
  return sc == USCRIPT_LATIN ? Script::kLatin : Script::kOther;
}

// Arabic letter unification applied after decomposition and mark removal.
char32_t ArabicUnify(char32_t c) {
  switch (c) {
    case 0x0671: case 0x0672: case 0x0673: case 0x0675: return 0x0627;  // alef forms → ا
    case 0x0649: case 0x06CC: case 0x06D0: case 0x064A: return 0x064A;  // ى ی → ي
    case 0x0629: case 0x06D5: case 0x06BE: case 0x06C0: case 0x06C1: return 0x0647;  // ة ە ھ → ه
    case 0x06A9: case 0x06AA: return 0x0643;  // ک → ك
    case 0x0624: return 0x0648;  // ؤ (if not decomposed) → و
    case 0x0626: return 0x064A;  // ئ → ي
    case 0x0623: case 0x0625: case 0x0622: return 0x0627;
    default: return c;
  }
}

// UTF-8 of a valid code point (as text::AppendUtf8, which the generator does not link).
void AppendUtf8To(std::string& out, char32_t cp) {
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

// The key bytes contributed by one letter, mark or digit.
std::string KeyOf(char32_t cp, CharClass cls, const icu::Normalizer2* nfkd) {
  std::string out;
  if (cls == CharClass::kDigit) {
    int v = u_charDigitValue(static_cast<UChar32>(cp));
    if (v >= 0 && v <= 9) out.push_back(static_cast<char>('0' + v));
    return out;
  }
  if (cls == CharClass::kMark) return out;               // tashkeel, accents: dropped
  if (cp == 0x0640 || cp == 0x0621) return out;          // tatweel, standalone hamza
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString src(static_cast<UChar32>(cp));
  icu::UnicodeString dec = nfkd->normalize(src, err);
  if (U_FAILURE(err)) dec = src;
  dec.foldCase(U_FOLD_CASE_DEFAULT);
  for (int32_t i = 0; i < dec.length();) {
    UChar32 c = dec.char32At(i);
    i += U16_LENGTH(c);
    int8_t t = u_charType(c);
    if (t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK) continue;
    if (c == 0x0640 || c == 0x0621) continue;
    if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
      out.push_back(static_cast<char>('0' + u_charDigitValue(c)));
      continue;
    }
    if (c == U' ') continue;
    AppendUtf8To(out, ArabicUnify(static_cast<char32_t>(c)));
  }
  return out;
}

// KeyOf, without ICU's string normalization and case folding for the letters they leave
// as they are (most of the 48,000 letters of the BMP: CJK ideographs, Arabic, Cyrillic
// lower case …): building the table took most of a one-article run's start-up. For such
// a letter KeyOf's loop sees the letter alone, which is neither a mark, a digit, a space,
// tatweel nor hamza (those have their own class or return early).
std::string FastKeyOf(char32_t cp, CharClass cls, const icu::Normalizer2* nfkd) {
  if (cls != CharClass::kLetter || cp == 0x0640 || cp == 0x0621) return KeyOf(cp, cls, nfkd);
  icu::UnicodeString decomposition;
  if (nfkd->getDecomposition(static_cast<UChar32>(cp), decomposition) ||
      u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_CHANGES_WHEN_CASEFOLDED))
    return KeyOf(cp, cls, nfkd);
  std::string out;
  AppendUtf8To(out, ArabicUnify(cp));
  return out;
}

}  // namespace

void ComputeCharTable(std::vector<CharInfo>* table, std::string* pool) {
  std::vector<CharInfo>& table_ = *table;
  std::string& pool_ = *pool;
  table_.assign(0x10000, CharInfo{});
  pool_.clear();
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(err);
  pool_.reserve(1 << 20);
  pool_.push_back(' ');  // offset 0: the single space that separators map to
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    CharInfo& ci = table_[cp];
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    ci.cls = Classify(cp);
    ci.script = ScriptFor(cp, ci.cls);
    ci.upper = u_isupper(static_cast<UChar32>(cp));
    switch (ci.cls) {
      case CharClass::kLetter: case CharClass::kMark: case CharClass::kDigit: {
        std::string k = U_SUCCESS(err) ? FastKeyOf(cp, ci.cls, nfkd) : std::string();
        if (k.size() > 255) k.resize(255);
        // Reuse the pool entry when the mapping is the character itself or repeats.
        ci.map_off = static_cast<uint32_t>(pool_.size());
        ci.map_len = static_cast<uint8_t>(k.size());
        pool_ += k;
        break;
      }
      case CharClass::kApostrophe: case CharClass::kFormat:
        ci.map_len = 0;
        break;
      default:  // spaces, punctuation, hyphens, symbols separate words in a key
        ci.map_off = 0;
        ci.map_len = 1;
        break;
    }
  }
  // Readers may copy a fixed 4 bytes from any entry (then keep only map_len of them).
  pool_.append(CharTable::kPoolPadding, '\0');
}

CharInfo CharTable::Supplementary(char32_t cp) const {
  CharInfo ci;
  ci.cls = Classify(cp);
  ci.script = ScriptFor(cp, ci.cls);
  ci.upper = u_isupper(static_cast<UChar32>(cp));
  ci.map_len = 0;  // keys use MapSupplementary
  return ci;
}

std::string CharTable::MapSupplementary(char32_t cp) const {
  CharClass cls = Classify(cp);
  if (cls == CharClass::kLetter || cls == CharClass::kDigit) {
    // The same NFKD + case folding as the table, so styled letters (𝐁𝐞𝐢𝐫𝐮𝐭, common in
    // social media posts) and mathematical digits key like plain ones.
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(err);
    if (U_SUCCESS(err)) return KeyOf(cp, cls, nfkd);
    std::string out;
    AppendUtf8To(out, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)));
    return out;
  }
  if (cls == CharClass::kMark || cls == CharClass::kFormat) return {};
  return " ";
}

}  // namespace marsad::text::internal
