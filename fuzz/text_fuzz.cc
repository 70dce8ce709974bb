// libFuzzer target over the text layer: DecodeUtf8 (strict and lenient), NormalizeKey /
// NormalizeKeyWithMap, Tokenize, SplitSentences and AnalyzeClitics of every Arabic token.
// Any violated invariant aborts (__builtin_trap), so libFuzzer reports it as a crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/text.h"

namespace {

using namespace marsad::text;

#define FUZZ_CHECK(cond)       \
  do {                         \
    if (!(cond)) __builtin_trap(); \
  } while (0)

// True when `s` is well-formed UTF-8 (checked independently of DecodeUtf8's own code path
// would be ideal; decoding strictly is a good enough oracle after lenient replacement).
bool IsValidUtf8(std::string_view s) { return DecodeUtf8(s, Utf8Mode::kStrict).ok(); }

void CheckKeyWithMap(std::string_view utf8, size_t code_points) {
  std::vector<uint32_t> map;
  std::string key = NormalizeKeyWithMap(utf8, &map);
  FUZZ_CHECK(map.size() == key.size());
  FUZZ_CHECK(key == NormalizeKey(utf8));
  FUZZ_CHECK(IsValidUtf8(key));
  // Keys are trimmed and spaces are never doubled.
  if (!key.empty()) FUZZ_CHECK(key.front() != ' ' && key.back() != ' ');
  FUZZ_CHECK(key.find("  ") == std::string::npos);
  for (size_t i = 0; i < map.size(); ++i) {
    FUZZ_CHECK(map[i] < code_points);
    if (i > 0) FUZZ_CHECK(map[i] >= map[i - 1]);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);

  auto strict = DecodeUtf8(bytes, Utf8Mode::kStrict);
  auto lenient = DecodeUtf8(bytes, Utf8Mode::kLenient);
  FUZZ_CHECK(lenient.ok());
  const Utf8Text& text = *lenient;
  if (strict.ok()) {
    FUZZ_CHECK(strict->utf8 == bytes);
    FUZZ_CHECK(strict->cp_to_byte == text.cp_to_byte);
    FUZZ_CHECK(text.replaced == 0 && text.utf8 == bytes);
  } else {
    FUZZ_CHECK(text.replaced > 0);
    FUZZ_CHECK(strict.status().message().find("byte offset") != std::string::npos);
  }
  // The decoded text is valid, and cp_to_byte is strictly increasing and ends at the size.
  FUZZ_CHECK(IsValidUtf8(text.utf8));
  FUZZ_CHECK(!text.cp_to_byte.empty() && text.cp_to_byte.front() == 0);
  FUZZ_CHECK(text.cp_to_byte.back() == text.utf8.size());
  for (size_t i = 1; i < text.cp_to_byte.size(); ++i)
    FUZZ_CHECK(text.cp_to_byte[i] > text.cp_to_byte[i - 1]);

  CheckKeyWithMap(text.utf8, text.size());

  Tokens toks = Tokenize(text);
  uint32_t prev_end = 0;
  for (const Token& t : toks.tokens) {
    FUZZ_CHECK(t.start < t.end && t.end <= text.size());
    FUZZ_CHECK(t.start >= prev_end);
    prev_end = t.end;
    FUZZ_CHECK(t.byte_start == text.cp_to_byte[t.start] && t.byte_end == text.cp_to_byte[t.end]);
    FUZZ_CHECK(static_cast<size_t>(t.key_off) + t.key_len <= toks.keys.size());
    if (t.Has(kDigitGlue)) FUZZ_CHECK(t.glue > 0 && t.glue < t.end - t.start);
    std::string_view key = toks.Key(t);
    FUZZ_CHECK(IsValidUtf8(key));
    if (t.kind == TokenKind::kWord && t.script == Script::kArabic) {
      auto splits = AnalyzeClitics(key);
      FUZZ_CHECK(!splits.empty() && splits.front().stem == key);
      for (const auto& s : splits) {
        FUZZ_CHECK(IsValidUtf8(s.stem));
        FUZZ_CHECK(s.prefix_len <= t.end - t.start);
      }
    }
  }

  auto sentences = SplitSentences(text, toks);
  uint32_t next = 0;
  for (const Sentence& s : sentences) {
    FUZZ_CHECK(s.first_token == next && s.first_token < s.end_token);
    FUZZ_CHECK(s.end_token <= toks.tokens.size());
    FUZZ_CHECK(s.start == toks.tokens[s.first_token].start && s.end == toks.tokens[s.end_token - 1].end);
    next = s.end_token;
  }
  FUZZ_CHECK(next == toks.tokens.size());
  return 0;
}
