// Tokenizer: one pass over the decoded text, classes from the character table.
#include <algorithm>
#include <cstring>
#include <memory>

#include "marsad/text.h"
#include "text/char_table.h"

namespace marsad::text {

using internal::CharClass;
using internal::CharInfo;
using internal::CharTable;

namespace {

// The n code points of valid UTF-8 at p, one entry each. A loop of its own over two
// pointers: DecodeValid's index through a reference, with the output's index beside it,
// cost 18 instructions a code point here (1.3 M code points in the corpus's first 300
// articles, 24 M instructions); the two-byte (Arabic) case first after ASCII.
void DecodeInto(const unsigned char* p, char32_t* out, uint32_t n) {
  char32_t* const end = out + n;
  while (out < end) {
    const unsigned c = *p;
    if (c < 0x80) {
      *out++ = c;
      ++p;
    } else if (c < 0xE0) {
      *out++ = (c & 0x1F) << 6 | (p[1] & 0x3F);
      p += 2;
    } else if (c < 0xF0) {
      *out++ = (c & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F);
      p += 3;
    } else {
      *out++ = (c & 0x07) << 18 | (p[1] & 0x3F) << 12 | (p[2] & 0x3F) << 6 | (p[3] & 0x3F);
      p += 4;
    }
  }
}

class Tokenizer {
 public:
  explicit Tokenizer(const Utf8Text& text)
      : text_(text), s_(text.utf8), table_(CharTable::Get()), n_(static_cast<uint32_t>(text.size())) {
    cps_.reset(new char32_t[n_ + 1]);  // uninitialized: every entry is written below
    DecodeInto(reinterpret_cast<const unsigned char*>(s_.data()), cps_.get(), n_);
  }

  Tokens Run() {
    out_.tokens.reserve(n_ / 4 + 4);
    // Keys are written through a raw pointer into a buffer sized ahead (KeyRoom) and
    // trimmed to klen_ at the end: no per-character append bookkeeping.
    GrowKeys(s_.size());
    uint32_t i = 0;
    while (i < n_) {
      char32_t c = cps_[i];
      CharInfo ci = Info(i);
      switch (ci.cls) {
        case CharClass::kSpace:
          pending_flags_ |= kSpaceBefore;
          ++i;
          continue;
        case CharClass::kNewline:
          pending_flags_ |= kSpaceBefore | kNewlineBefore;
          ++i;
          continue;
        case CharClass::kFormat:
        case CharClass::kOther:
          ++i;
          continue;
        default:
          break;
      }
      if (uint32_t e = UrlEnd(i); e > i) {
        Emit(i, e, TokenKind::kUrl, 0);
        i = e;
        continue;
      }
      if (c == U'@' && i + 1 < n_ && IsWordChar(i + 1)) {
        uint32_t e = i + 1;
        while (e < n_ && (IsWordChar(e) || cps_[e] == U'_')) ++e;
        Emit(i, e, TokenKind::kMention, 0);
        i = e;
        continue;
      }
      if (c == U'#' && i + 1 < n_ && IsWordChar(i + 1)) {
        i = Hashtag(i);
        continue;
      }
      if (ci.cls == CharClass::kDigit) {
        i = Number(i);
        continue;
      }
      if (ci.cls == CharClass::kLetter || ci.cls == CharClass::kMark) {
        i = Word(i, 0);
        continue;
      }
      // Punctuation, hyphens, apostrophes, symbols: one token per character, except runs
      // of the same mark (..., !!, ؟؟) which stay together.
      uint32_t e = i + 1;
      if (ci.cls == CharClass::kPunct)
        while (e < n_ && cps_[e] == c) ++e;
      Emit(i, e, ci.cls == CharClass::kSymbol ? TokenKind::kSymbol : TokenKind::kPunct, 0);
      i = e;
    }
    out_.keys.resize(klen_);
    return std::move(out_);
  }

 private:
  CharInfo Info(uint32_t i) const { return table_.Info(cps_[i]); }
  bool IsLetter(uint32_t i) const {
    auto c = Info(i).cls;
    return c == CharClass::kLetter || c == CharClass::kMark;
  }
  bool IsDigit(uint32_t i) const { return Info(i).cls == CharClass::kDigit; }
  bool IsWordChar(uint32_t i) const { return IsLetter(i) || IsDigit(i); }

  static bool AsciiStartsWith(const std::u32string_view s, const char* lit) {
    size_t k = 0;
    for (; lit[k]; ++k) {
      if (k >= s.size()) return false;
      char32_t c = s[k];
      if (c >= U'A' && c <= U'Z') c += 32;
      if (c != static_cast<char32_t>(lit[k])) return false;
    }
    return true;
  }

  uint32_t UrlEnd(uint32_t i) const {
    char32_t c = cps_[i] | 0x20;  // URLs start with http:// https:// or www.
    if (c != U'h' && c != U'w') return i;
    std::u32string_view rest(cps_.get() + i, n_ - i);
    if (!(AsciiStartsWith(rest, "http://") || AsciiStartsWith(rest, "https://") || AsciiStartsWith(rest, "www.")))
      return i;
    uint32_t e = i;
    while (e < n_) {
      auto cls = Info(e).cls;
      if (cls == CharClass::kSpace || cls == CharClass::kNewline) break;
      ++e;
    }
    // Sentence punctuation right after a URL is not part of it.
    while (e > i + 4) {
      char32_t last = cps_[e - 1];
      if (last == U'.' || last == U',' || last == U')' || last == U'؛' || last == U'،' || last == U'"' ||
          last == U'!' || last == U'?' || last == U'؟' || last == U'»' || last == 0x201D)
        --e;
      else
        break;
    }
    return e;
  }

  // Letters (with inner apostrophes, hyphens and digits glued on), from i. The key and
  // the case/script facts are accumulated in the same pass that finds the word's end.
  uint32_t Word(uint32_t i, uint16_t extra_flags, bool in_hashtag = false) {
    uint32_t e = i;
    uint32_t glue = 0;
    int prev = 0;  // 1 letter, 2 digit: the first change between them marks the glue point
    TokenAcc acc = Begin();
    while (e < n_) {
      bool ended = false;  // LetterRun stopped at a character no word goes on through
      if (const uint32_t run_end = LetterRun(e, acc, &ended); run_end > e) {
        if (prev == 2 && glue == 0) glue = e - i;
        prev = 1;
        e = run_end;
        if (e >= n_) break;
      }
      if (ended) break;
      const char32_t cp = cps_[e];
      const CharInfo ci = table_.Info(cp);
      const auto cls = ci.cls;
      if (cls == CharClass::kLetter || cls == CharClass::kMark) {
        if (prev == 2 && glue == 0) glue = e - i;
        prev = 1;
      } else if (cls == CharClass::kDigit) {
        if (prev == 1 && glue == 0) glue = e - i;
        prev = 2;
      } else if (cls == CharClass::kFormat && e + 1 < n_ && IsLetter(e + 1) && e > i) {
        // ZWNJ / ZWJ inside a word
      } else if (!in_hashtag && (cls == CharClass::kApostrophe || cls == CharClass::kHyphen) && e > i &&
                 IsLetter(e - 1) && e + 1 < n_ && IsLetter(e + 1)) {
        // English possessive: Henry's / Henry’s → Henry + 's
        if (cls == CharClass::kApostrophe && (cps_[e + 1] == U's' || cps_[e + 1] == U'S') &&
            (e + 2 >= n_ || !IsWordChar(e + 2)) && Info(e - 1).script == Script::kLatin) {
          break;
        }
      } else {
        break;
      }
      Add(acc, cp, ci);
      ++e;
    }
    uint16_t flags = extra_flags;
    // `glue` is 16 bits: a boundary further into a (pathological) word is not marked.
    if (glue != 0 && glue <= 0xFFFF) flags |= kDigitGlue;
    Finish(acc, i, e, TokenKind::kWord, flags, (flags & kDigitGlue) ? static_cast<uint16_t>(glue) : 0);
    if (e + 1 < n_ && Info(e).cls == CharClass::kApostrophe && (cps_[e + 1] == U's' || cps_[e + 1] == U'S') &&
        (e + 2 >= n_ || !IsWordChar(e + 2)) && e > i && IsLetter(e - 1)) {
      Emit(e, e + 2, TokenKind::kWord, kPossessive);
      return e + 2;
    }
    return e;
  }

  uint32_t Number(uint32_t i) {
    uint32_t e = i;
    while (e < n_) {
      if (IsDigit(e)) {
        ++e;
        continue;
      }
      char32_t c = cps_[e];
      bool sep = c == U',' || c == U'.' || c == 0x066B || c == 0x066C;
      if (sep && e + 1 < n_ && IsDigit(e + 1) && e > i && IsDigit(e - 1)) {
        ++e;
        continue;
      }
      break;
    }
    // Plain digits glued to letters form one word (24للرقة, 3rd); a number with separators
    // (4.5km, 4,000كم) stays a number and the letters that follow are a word of their own.
    if (e < n_ && IsLetter(e)) {
      bool plain = true;
      for (uint32_t k = i; k < e && plain; ++k) plain = IsDigit(k);
      if (plain) return Word(i, 0);
    }
    Emit(i, e, TokenKind::kNumber, 0);
    return e;
  }

  uint32_t Hashtag(uint32_t i) {
    uint32_t e = i + 1;
    bool first = true;
    while (e < n_) {
      if (IsWordChar(e)) {
        uint32_t start = e;
        uint16_t flags = kHashtagPart | (first ? kHashtagFirst : 0);
        uint32_t end = start;
        while (end < n_ && (IsWordChar(end) || (Info(end).cls == CharClass::kFormat && end + 1 < n_ &&
                                                IsLetter(end + 1))))
          ++end;
        bool digits_only = true;
        for (uint32_t k = start; k < end; ++k) digits_only = digits_only && IsDigit(k);
        if (digits_only) {
          Emit(start, end, TokenKind::kNumber, flags);
          e = end;
        } else {
          // Word may also consume a possessive ('s) after the part: continue after it.
          e = Word(start, flags, true);
        }
        first = false;
        pending_flags_ &= ~(kSpaceBefore | kNewlineBefore);
      } else if (cps_[e] == U'_') {
        ++e;
      } else {
        break;
      }
    }
    return e;
  }

  // Makes room for `extra` more key bytes (plus the 4-byte over-copy in Add).
  char* KeyRoom(size_t extra) {
    if (klen_ + extra > kcap_) [[unlikely]]
      GrowKeys(extra);
    return kbuf_;
  }
  void GrowKeys(size_t extra) {
    out_.keys.resize(std::max(out_.keys.size() * 2, klen_ + extra + 64));
    kbuf_ = out_.keys.data();
    kcap_ = out_.keys.size() - internal::CharTable::kPoolPadding;
  }

  // What a token accumulates character by character: its key (written at klen_) and the
  // facts behind its flags.
  struct TokenAcc {
    uint32_t key_off = 0;
    bool pending_space = false;
    bool first_upper = false;
    Script script = Script::kNone;
    uint32_t letters = 0, uppers = 0;
  };

  TokenAcc Begin() const {
    TokenAcc a;
    a.key_off = static_cast<uint32_t>(klen_);
    return a;
  }

  // One character of a word-like token: key bytes (separators become one inner space,
  // marks / format controls / tatweel contribute nothing), script and case.
  void Add(TokenAcc& a, char32_t cp, const CharInfo& ci) {
    if (ci.script != Script::kNone) {
      if (a.script == Script::kNone) a.script = ci.script;
      else if (a.script != ci.script) a.script = Script::kMixed;
    }
    if (ci.cls == CharClass::kLetter) {
      if (a.letters == 0) a.first_upper = ci.upper;
      ++a.letters;
      a.uppers += ci.upper;
    }
    if (ci.IsSeparator()) {
      a.pending_space = klen_ > a.key_off;
      return;
    }
    if (cp >= 0x10000) {  // rare: emoji, styled letters
      std::string m = table_.MapSupplementary(cp);
      if (m == " ") {
        a.pending_space = klen_ > a.key_off;
      } else if (!m.empty()) {
        char* keys = KeyRoom(m.size() + 1);
        if (a.pending_space) keys[klen_++] = ' ';
        a.pending_space = false;
        std::memcpy(keys + klen_, m.data(), m.size());
        klen_ += m.size();
      }
      return;
    }
    if (ci.map_len == 0) return;
    std::string_view m = table_.Map(ci);
    char* keys = KeyRoom(m.size() + 1);
    if (a.pending_space) keys[klen_++] = ' ';
    a.pending_space = false;
    if (m.size() <= 4) {
      std::memcpy(keys + klen_, m.data(), 4);  // the pool is padded: a fixed-size copy
    } else {
      std::memcpy(keys + klen_, m.data(), m.size());
    }
    klen_ += m.size();
  }

  // The letters and marks from e that Add would treat alike (BMP, key bytes within the
  // pool's 4-byte copy, not a separator, room in the key buffer, no space pending before
  // them): nearly every character of a word. Add's work for them, with the tokenizer's
  // members and the accumulator in registers: written through the key buffer's char*,
  // Add's loop reloaded them all per character (about 65 instructions a letter; out of
  // line, so that Word's own values do not crowd them out). Returns where the run stops
  // (e: none); *ended when that character ends the word whatever comes before it (a
  // space, punctuation, a symbol), so Word need not look at it again.
  [[gnu::noinline]] uint32_t LetterRun(uint32_t e, TokenAcc& a, bool* ended) {
    if (a.pending_space) return e;
    const char32_t* const cps = cps_.get();
    const CharInfo* const bmp = table_.bmp();
    const uint8_t* const run = table_.run_flags();
    const char* const pool = table_.pool();
    char* const keys = kbuf_;
    size_t len = klen_;
    // A character adds at most 4 key bytes, and Add makes room for 5 (the pool's copy and a
    // pending space): the run stops where the key buffer might not hold the next one.
    if (len + 5 > kcap_) return e;
    const uint32_t n = static_cast<uint32_t>(std::min<size_t>(n_, e + (kcap_ - len - 5) / 4 + 1));
    Script script = a.script;
    const uint32_t letters_before = a.letters;
    uint32_t letters = a.letters, uppers = a.uppers;
    const uint32_t start = e;
    for (; e < n; ++e) {
      const char32_t cp = cps[e];
      if (cp >= 0x10000) break;
      const unsigned f = run[cp];
      if (!(f & CharTable::kRunChar)) [[unlikely]] {
        const CharClass cls = bmp[cp].cls;
        if (cls != CharClass::kLetter && cls != CharClass::kMark)
          *ended = cls != CharClass::kDigit && cls != CharClass::kFormat && cls != CharClass::kApostrophe &&
                   cls != CharClass::kHyphen;
        break;
      }
      const Script s = static_cast<Script>(f >> CharTable::kRunScriptShift);
      if (s != script && s != Script::kNone) [[unlikely]]
        script = script == Script::kNone ? s : Script::kMixed;  // as Add
      letters += f & CharTable::kRunLetter;
      if (f & CharTable::kRunUpper) [[unlikely]]
        ++uppers;
      const CharInfo& ci = bmp[cp];
      std::memcpy(keys + len, pool + ci.map_off, 4);  // the pool is padded: a fixed-size copy
      len += ci.map_len;  // 0 for marks and tatweel: the bytes copied are overwritten
    }
    klen_ = len;
    a.script = script;
    a.letters = letters;
    a.uppers = uppers;
    // The token's first letter, when it is in this run: whether it is upper case.
    if (letters_before == 0 && a.letters > 0) {
      uint32_t k = start;
      while (bmp[cps[k]].cls != CharClass::kLetter) ++k;
      a.first_upper = bmp[cps[k]].upper;
    }
    return e;
  }

  void Finish(const TokenAcc& a, uint32_t start, uint32_t end, TokenKind kind, uint16_t flags, uint16_t glue) {
    Token t;
    t.start = start;
    t.end = end;
    t.byte_start = text_.cp_to_byte[start];
    t.byte_end = text_.cp_to_byte[end];
    t.kind = kind;
    t.flags = flags | pending_flags_;
    pending_flags_ = 0;
    if (a.first_upper) t.flags |= kCapitalized;
    if (a.letters >= 2 && a.uppers == a.letters) t.flags |= kAllCaps;
    t.glue = glue;
    t.key_off = a.key_off;
    t.key_len = static_cast<uint32_t>(klen_ - a.key_off);
    t.script = a.script;
    out_.tokens.push_back(t);
  }

  void Emit(uint32_t start, uint32_t end, TokenKind kind, uint16_t flags, uint16_t glue = 0) {
    TokenAcc a = Begin();
    if (kind != TokenKind::kNumber) {
      for (uint32_t k = start; k < end; ++k) Add(a, cps_[k], table_.Info(cps_[k]));
      Finish(a, start, end, kind, flags, glue);
      return;
    }
    // Numbers: ASCII digits; '.' and ٫ are decimal points; ',' and ٬ group thousands when
    // three digits follow (4,000 → 4000) and are decimal points otherwise (4,5 → 4.5).
    char* keys = KeyRoom(end - start);
    for (uint32_t k = start; k < end; ++k) {
      char32_t cp = cps_[k];
      CharInfo ci = table_.Info(cp);
      if (ci.cls == CharClass::kDigit) {
        char d = cp < 0x10000 ? (ci.map_len == 1 ? table_.Map(ci)[0] : 0) : table_.MapSupplementary(cp)[0];
        if (d >= '0' && d <= '9') keys[klen_++] = d;
      } else if ((cp == U'.' || cp == 0x066B) || ((cp == U',' || cp == 0x066C) && !ThousandsSeparator(k, end))) {
        keys[klen_++] = '.';
      }
    }
    Finish(a, start, end, kind, flags, glue);
  }

  // A comma followed by exactly three digits (then no digit) groups thousands.
  bool ThousandsSeparator(uint32_t k, uint32_t end) const {
    uint32_t d = 0;
    uint32_t j = k + 1;
    while (j < end && IsDigit(j)) {
      ++d;
      ++j;
    }
    return d == 3;
  }

  const Utf8Text& text_;
  std::string_view s_;
  const CharTable& table_;
  uint32_t n_;
  std::unique_ptr<char32_t[]> cps_;
  size_t klen_ = 0;      // bytes of out_.keys in use
  char* kbuf_ = nullptr;  // out_.keys.data()
  size_t kcap_ = 0;       // out_.keys.size() minus the over-copy padding
  Tokens out_;
  uint16_t pending_flags_ = 0;
};

}  // namespace

Tokens Tokenize(const Utf8Text& text) { return Tokenizer(text).Run(); }

}  // namespace marsad::text
