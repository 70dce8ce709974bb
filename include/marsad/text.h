// The text layer: UTF-8 decoding, matching keys, tokens, sentences, Arabic clitics and the
// Hijri calendar.
//
// Every offset this layer hands out is a code-point offset into the ORIGINAL text (what
// users see in output), plus the matching byte offset for cheap slicing. Normalization
// builds "keys": the form used for every dictionary and gazetteer lookup, so the same
// function must be used when building an index and when matching text.
//
// Key normalization (NormalizeKey): NFKD-compatible decomposition with all combining marks
// dropped (this removes tashkeel, hamza-above/below and madda, so أ إ آ → ا, ؤ → و, ئ → ي,
// and strips Latin accents: Şūrān → suran), Unicode case folding, ٱ → ا, ى → ي, ة → ه,
// ء dropped, Persian/Urdu ک ی ە → ك ي ه, tatweel and bidi/format controls dropped,
// Arabic-Indic and Persian digits → ASCII, apostrophes dropped, hyphens and all other
// punctuation → one space, whitespace collapsed and trimmed.
//
// Thread-safety: all functions are pure; the character table is built once, immutable.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/status.h"

namespace marsad::text {

// ---------------------------------------------------------------- UTF-8
enum class Utf8Mode { kStrict, kLenient };

// A document's text, decoded and validated once. In lenient mode invalid bytes become
// U+FFFD (one per maximal invalid subsequence); `replaced` counts them. In strict mode
// the first invalid byte is an error naming its byte offset.
struct Utf8Text {
  std::string utf8;                 // valid UTF-8 (after replacement in lenient mode)
  std::vector<uint32_t> cp_to_byte;  // size = code points + 1; byte offset of each cp
  size_t replaced = 0;
  size_t size() const { return cp_to_byte.size() - 1; }
  std::string_view Slice(uint32_t cp_start, uint32_t cp_end) const {
    return std::string_view(utf8).substr(cp_to_byte[cp_start], cp_to_byte[cp_end] - cp_to_byte[cp_start]);
  }
};
Result<Utf8Text> DecodeUtf8(std::string_view bytes, Utf8Mode mode);

// Decodes one code point at `i` of valid UTF-8 and advances i. Never reads past the end:
// a sequence cut off by it reads as U+FFFD (and i becomes s.size()).
char32_t NextCodePoint(std::string_view s, size_t& i);
// Byte offset of the first byte that does not start a valid UTF-8 sequence (RFC 3629),
// or npos when all of `s` is valid.
size_t FirstInvalidUtf8(std::string_view s);
void AppendUtf8(std::string& out, char32_t cp);

// ---------------------------------------------------------------- Keys
// Normalizes a name or a piece of text into its matching key (see above). Meant for valid
// UTF-8; other bytes give some key, never a read past the end.
std::string NormalizeKey(std::string_view utf8);

// Same, also returning for every byte of the key the code-point offset (relative to the
// start of `utf8`) of the original character it came from.
std::string NormalizeKeyWithMap(std::string_view utf8, std::vector<uint32_t>* key_to_orig);

enum class Script : uint8_t { kNone = 0, kLatin, kArabic, kOther, kMixed };

// True when the code point is an Arabic letter used only by Persian, Kurdish or Urdu
// (پ چ ژ گ ڤ ک ی ۆ ێ ە ڕ ڵ ٹ ڈ ڑ ں ے …): used to flag non-Arabic alternate names.
bool IsNonArabicPersoArabicLetter(char32_t cp);
Script ScriptOf(std::string_view utf8);

// A quotation mark: the opening « and “, the closing » and ”, or the straight " (which
// opens or closes by its count). The events stage's quotation tests (a speaker's quoted
// words, where a quotation a claimant introduces ends, brackets around a count) and the
// geoparser's name-in-quotes readings all classify the surface by this.
enum class Quote : uint8_t { kNone = 0, kOpening, kClosing, kStraight };
inline Quote QuoteMark(std::string_view surface) {
  if (surface == "\"") return Quote::kStraight;
  if (surface == "\xC2\xAB" || surface == "\xE2\x80\x9C") return Quote::kOpening;  // « “
  if (surface == "\xC2\xBB" || surface == "\xE2\x80\x9D") return Quote::kClosing;  // » ”
  return Quote::kNone;
}

// A cheap 64-bit hash of a key from its length and its first and last 8 bytes: the hash
// the events stage's word and phrase tables are keyed by (src/events/match.h), which
// Tokens::StemHashes caches per token, and the geoparser's lexicons (geo::StringMap). A key
// shorter than 8 bytes (most Arabic words of two or three letters) is read as two
// overlapping 4-byte words, or (1 to 3 bytes) as its first, middle and last byte: every byte
// counts, in a fixed number of loads (a memcpy of a variable length is a library call, and
// the byte loop it replaces was a third of the lexicons' lookups).
inline uint64_t KeyHash(std::string_view s) {
  uint64_t a = 0, b = 0;
  const size_t n = s.size();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  if (n >= 8) {
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + n - 8, 8);
  } else if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    a = lo | (static_cast<uint64_t>(hi) << 32);
  } else if (n > 0) {
    a = p[0] | (static_cast<uint64_t>(p[n / 2]) << 8) | (static_cast<uint64_t>(p[n - 1]) << 16);
  }
  uint64_t h = (a ^ (static_cast<uint64_t>(n) << 56)) * 0x9E3779B97F4A7C15ull;
  h ^= b * 0xC2B2AE3D27D4EB4Full;
  h ^= h >> 31;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}

// ---------------------------------------------------------------- Tokens
enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kUrl, kMention, kHashtag, kSymbol };

enum TokenFlag : uint16_t {
  kCapitalized = 1 << 0,     // first letter is an uppercase Latin letter
  kAllCaps = 1 << 1,         // two or more letters, all uppercase
  kHashtagPart = 1 << 2,     // a word inside a #hashtag (split at '_')
  kHashtagFirst = 1 << 3,    // the first part of a hashtag (its span starts after '#')
  kDigitGlue = 1 << 4,       // letters glued to digits (للرقة24): `glue` marks the boundary
  kNewlineBefore = 1 << 5,   // a line break precedes this token
  kPossessive = 1 << 6,      // English 's / ’s split off the previous word
  kSpaceBefore = 1 << 7,     // whitespace precedes this token
};

struct Token {
  uint32_t start = 0, end = 0;            // code points into the original text
  uint32_t byte_start = 0, byte_end = 0;  // bytes into Utf8Text::utf8
  uint32_t key_off = 0, key_len = 0;      // the token's key inside Tokens::keys
  uint16_t flags = 0;
  uint16_t glue = 0;                      // code points from start to the letter/digit boundary
  TokenKind kind = TokenKind::kWord;
  Script script = Script::kNone;
  bool Has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Tokens {
  std::vector<Token> tokens;
  std::string keys;  // all token keys, back to back
  // A token's key lies within `keys` (Tokenize appends it there): no bounds test (substr's
  // test and throw, at every one of the events stage's million calls per thousand articles).
  std::string_view Key(const Token& t) const { return std::string_view(keys.data() + t.key_off, t.key_len); }
  std::string_view Key(size_t i) const { return Key(tokens[i]); }
  // The keys a token may stand for: its own key first, then (Arabic words only) the stems
  // of AnalyzeClitics. Computed for every token on first use and cached, so every stage of
  // the pipeline shares one analysis per token, with no allocation per token: the views
  // point into `keys` (a stem is a suffix of its key) or into the cache's own buffer (ل+ال
  // stems with the alef restored). They stay valid while this Tokens lives unchanged. The
  // cache makes Tokens unsafe to share across threads while Stems is being called; a
  // document's Tokens belong to one thread. Copies and moves start with an empty cache.
  // Inline: the events stage asks about a million times per thousand articles.
  std::span<const std::string_view> Stems(size_t i) const {
    if (stem_begin_.size() != tokens.size() + 1) ComputeStems();
    return {stem_views_.data() + stem_begin_[i], stem_begin_[i + 1] - stem_begin_[i]};
  }
  // KeyHash of each of Stems(i), in the same order, computed for every token on first use
  // and cached as Stems is: the events stage tests most tokens against dozens of word lists
  // and phrase indexes, and hashed the same key once per list.
  std::span<const uint64_t> StemHashes(size_t i) const {
    if (stem_begin_.size() != tokens.size() + 1 || stem_hashes_.size() != stem_views_.size()) ComputeStemHashes();
    return {stem_hashes_.data() + stem_begin_[i], stem_begin_[i + 1] - stem_begin_[i]};
  }
  // StemHashes(i)[0] (the hash of token i's key) for every token, the cache checked once:
  // for loops over all of a document's tokens (events::PhraseStarts). Valid as StemHashes'.
  struct KeyHashTable {
    const uint64_t* hashes;
    const uint32_t* begin;
    uint64_t operator[](size_t i) const { return hashes[begin[i]]; }
  };
  KeyHashTable KeyHashes() const {
    if (stem_begin_.size() != tokens.size() + 1 || stem_hashes_.size() != stem_views_.size()) ComputeStemHashes();
    return {stem_hashes_.data(), stem_begin_.data()};
  }

  Tokens() = default;
  Tokens(const Tokens& o) : tokens(o.tokens), keys(o.keys) {}
  Tokens(Tokens&& o) noexcept : tokens(std::move(o.tokens)), keys(std::move(o.keys)) {}
  Tokens& operator=(const Tokens& o) {
    tokens = o.tokens;
    keys = o.keys;
    ClearStems();
    return *this;
  }
  Tokens& operator=(Tokens&& o) noexcept {
    tokens = std::move(o.tokens);
    keys = std::move(o.keys);
    ClearStems();
    return *this;
  }

 private:
  void ComputeStems() const;
  void ComputeStemHashes() const;
  void ClearStems() {
    stem_views_.clear();
    stem_begin_.clear();
    stem_arena_.clear();
    stem_hashes_.clear();
  }
  mutable std::vector<std::string_view> stem_views_;  // all tokens' stems, token by token
  mutable std::vector<uint32_t> stem_begin_;          // token i: [stem_begin_[i], stem_begin_[i+1])
  mutable std::string stem_arena_;                    // restored-article stems
  mutable std::vector<uint64_t> stem_hashes_;         // KeyHash of each of stem_views_
};

// Tokenizes decoded text. Words keep inner apostrophes and hyphens (Ma'arrat, ez-Zor);
// numbers keep separators (4,000 4.5 ٤٬٠٠٠); URLs, @mentions are single tokens; a
// hashtag yields its parts split at '_' as words flagged kHashtagPart.
Tokens Tokenize(const Utf8Text& text);

// ---------------------------------------------------------------- Sentences
struct Sentence {
  uint32_t first_token = 0, end_token = 0;  // token index range [first, end)
  uint32_t start = 0, end = 0;              // code points
};
// Splits at . ! ? ؟ ؛ … and line breaks; not inside numbers (tokens already) nor after
// known abbreviations (Mr. Dr. St. U.S. …) or single-letter initials.
std::vector<Sentence> SplitSentences(const Utf8Text& text, const Tokens& tokens);

// ---------------------------------------------------------------- Arabic clitics
struct CliticSplit {
  std::string stem;        // key of the stem, with "ال" restored after ل+ل (للرقة → الرقه)
  uint8_t prefix_len = 0;  // code points of the key taken by proclitics
  bool conj = false;       // و / ف
  bool prep = false;       // ب ك ل (and س)
  bool article = false;    // stem starts with ال
};
// Candidate segmentations of an Arabic word key, most likely first, the unsegmented
// word always first. Stems shorter than 3 letters (2 after ال) are not proposed, so
// بغداد, لبنان, كركوك survive whole; the matcher decides among candidates.
std::vector<CliticSplit> AnalyzeClitics(std::string_view key);

// ---------------------------------------------------------------- Hijri calendar
// A day of the Gregorian (proleptic) calendar.
struct GregorianDay {
  int year = 0;
  unsigned month = 0, day = 0;  // 1-12, 1-31
};
// The Gregorian day of a Hijri (Islamic) date as Saudi Arabia's official Umm al-Qura calendar
// counts it (ICU's "islamic-umalqura", whose tables cover 1300-1600 AH; ICU computes other
// years by the tabular civil calendar). The day runs from sunset to sunset: this is the civil
// day the date is written for. False for a month outside 1-12, a day outside 1-30 or a year
// outside 1-9999; day 30 of a month Umm al-Qura gives 29 days is the day after its 29th (the
// next month's first), as a writer who follows the moon's sighting means it. ICU lives in this
// layer: the events stage converts through this function. Thread-safe (one ICU calendar per
// thread, made on first use).
bool HijriToGregorian(int year, int month, int day, GregorianDay* out);

}  // namespace marsad::text
