// UTF-8 decoding: strict errors with byte offsets, lenient U+FFFD replacement following
// Unicode's "maximal subpart" rule, and the code-point ↔ byte map.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "marsad/text.h"

namespace marsad::text {
namespace {

using ::testing::HasSubstr;

constexpr const char* kFffd = "\xEF\xBF\xBD";

TEST(Utf8Test, DecodesArabicAndBuildsCodePointMap) {
  auto t = DecodeUtf8("في الرقة 4", Utf8Mode::kStrict);
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->size(), 10u);
  EXPECT_EQ(t->replaced, 0u);
  EXPECT_EQ(t->cp_to_byte.front(), 0u);
  EXPECT_EQ(t->cp_to_byte[2], 4u);  // two 2-byte letters
  EXPECT_EQ(t->cp_to_byte.back(), t->utf8.size());
  EXPECT_EQ(t->Slice(3, 8), "الرقة");
  EXPECT_EQ(t->Slice(9, 10), "4");
}

TEST(Utf8Test, EmptyInput) {
  auto t = DecodeUtf8("", Utf8Mode::kStrict);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->size(), 0u);
  EXPECT_EQ(t->Slice(0, 0), "");
}

TEST(Utf8Test, SupplementaryAndBomKept) {
  auto t = DecodeUtf8("\xEF\xBB\xBF" "a😀b", Utf8Mode::kStrict);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->size(), 4u);  // BOM, a, emoji, b
  EXPECT_EQ(t->Slice(2, 3), "😀");
  EXPECT_EQ(t->cp_to_byte[3], 8u);
}

TEST(Utf8Test, StrictErrorNamesByteOffset) {
  auto t = DecodeUtf8("abc\xFF" "def", Utf8Mode::kStrict);
  ASSERT_FALSE(t.ok());
  EXPECT_THAT(t.status().message(), HasSubstr("byte offset 3"));
  EXPECT_THAT(t.status().message(), HasSubstr("0xff"));
  // After Arabic text the offset counts bytes, not code points.
  auto a = DecodeUtf8("الرقة\xC3", Utf8Mode::kStrict);
  ASSERT_FALSE(a.ok());
  EXPECT_THAT(a.status().message(), HasSubstr("byte offset 10"));
}

TEST(Utf8Test, StrictRejectsOverlongSurrogateAndOutOfRange) {
  for (const char* bad : {"\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xF0\x80\x80\x80",
                          "\xF0\x8F\xBF\xBF", "\xED\xA0\x80", "\xED\xBF\xBF", "\xF4\x90\x80\x80",
                          "\xF5\x80\x80\x80", "\xFE", "\x80", "\xE2\x82", "\xF0\x9F\x98"}) {
    auto t = DecodeUtf8(std::string("ok ") + bad, Utf8Mode::kStrict);
    ASSERT_FALSE(t.ok()) << bad;
    EXPECT_THAT(t.status().message(), HasSubstr("byte offset 3"));
  }
}

TEST(Utf8Test, StrictAcceptsBoundaryScalars) {
  for (const char* good : {"\x7F", "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80",
                           "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF"}) {
    auto t = DecodeUtf8(good, Utf8Mode::kStrict);
    ASSERT_TRUE(t.ok()) << t.status().message();
    EXPECT_EQ(t->size(), 1u);
  }
}

struct LenientCase {
  std::string in;
  std::string out;
  size_t replaced;
};

TEST(Utf8Test, LenientReplacesMaximalSubparts) {
  const std::string r = kFffd;
  const LenientCase cases[] = {
      {"a\xFF" "b", "a" + r + "b", 1},
      {"\xC0\x80", r + r, 2},                        // overlong 2-byte: C0 is never valid
      {"\xE0\x80\x80", r + r + r, 3},                // overlong 3-byte: 80 is not a valid 2nd byte
      {"\xF0\x80\x80\x80", r + r + r + r, 4},        // overlong 4-byte
      {"\xED\xA0\x80", r + r + r, 3},                // surrogate U+D800
      {"\xF4\x90\x80\x80", r + r + r + r, 4},        // > U+10FFFF
      {"x\xE2\x82", "x" + r, 1},                     // truncated at end: one replacement
      {"\xF0\x9F\x98 x", r + " x", 1},               // truncated 4-byte before a space
      {"\xE2\x82\xE2\x82\xAC", r + "€", 1},          // truncated, then a valid euro sign
      {"الرقة\x80\x80", "الرقة" + r + r, 2},          // stray continuation bytes
  };
  for (const auto& c : cases) {
    auto t = DecodeUtf8(c.in, Utf8Mode::kLenient);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->utf8, c.out);
    EXPECT_EQ(t->replaced, c.replaced);
    EXPECT_TRUE(DecodeUtf8(t->utf8, Utf8Mode::kStrict).ok());
    EXPECT_EQ(t->cp_to_byte.back(), t->utf8.size());
  }
}

TEST(Utf8Test, LenientMapPointsIntoReplacedText) {
  auto t = DecodeUtf8("\xFF" "دير", Utf8Mode::kLenient);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->size(), 4u);
  EXPECT_EQ(t->Slice(0, 1), kFffd);
  EXPECT_EQ(t->Slice(1, 4), "دير");
}

TEST(Utf8Test, NextCodePointRoundTripsEveryScalarPlane) {
  std::string s;
  std::u32string cps;
  for (char32_t c = 1; c <= 0x10FFFF; c += (c < 0x800 ? 1 : 37)) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    AppendUtf8(s, c);
    cps.push_back(c);
  }
  ASSERT_TRUE(DecodeUtf8(s, Utf8Mode::kStrict).ok());
  size_t i = 0;
  for (char32_t c : cps) ASSERT_EQ(NextCodePoint(s, i), c);
  EXPECT_EQ(i, s.size());
}

// The key functions take any string_view (a user's dictionary line, a fuzzed file): a
// sequence cut off by the end must not be read past it (dict_fuzz found NormalizeKey
// reading 3 bytes past a line ending in 0xFF). The buffer is exactly as long as the text,
// so ASan (scripts/run-sanitizers.sh) sees any overread; the positions are checked here.
TEST(Utf8Test, CutOffSequencesAreNeverReadPastTheEnd) {
  for (std::string text : {"ab\xFF", "ab\xE2\x82", "ab\xF0\x9F\x98", "\xD8", "\xFFy"}) {
    std::unique_ptr<char[]> exact(new char[text.size()]);
    std::copy(text.begin(), text.end(), exact.get());
    const std::string_view view(exact.get(), text.size());
    size_t i = 0;
    while (i < view.size()) NextCodePoint(view, i);
    EXPECT_EQ(i, view.size()) << text;
    if (text[0] == 'a') EXPECT_EQ(NormalizeKey(view).substr(0, 2), "ab") << text;
    else NormalizeKey(view);
    EXPECT_NE(ScriptOf(view), Script::kArabic) << text;
  }
  size_t i = 0;
  EXPECT_EQ(NextCodePoint(std::string_view("\xE2\x82", 2), i), U'\uFFFD');
  EXPECT_EQ(i, 2u);
}

// DecodeUtf8's fast loop stops one byte before the end so that it reads a 2-byte
// sequence's second byte without a bounds test: the last byte (ASCII, a lone lead byte,
// the end of a 2-byte letter) goes through the general path. Every prefix of mixed text,
// in an exactly sized buffer (ASan sees an overread), maps every code point's first byte,
// and a prefix cut inside a letter ends with one replacement, or fails in strict mode
// with the cut letter's offset.
TEST(Utf8Test, MapOfEveryPrefixEndsRight) {
  const std::string text = "ab الرقة, x€y 😀د";
  for (size_t len = 0; len <= text.size(); ++len) {
    std::unique_ptr<char[]> exact(new char[len + 1]);
    std::copy(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(len), exact.get());
    const std::string_view view(exact.get(), len);
    std::vector<uint32_t> starts;
    for (size_t i = 0; i < len; ++i)
      if ((static_cast<unsigned char>(view[i]) & 0xC0) != 0x80) starts.push_back(static_cast<uint32_t>(i));
    const bool cut = len < text.size() && (static_cast<unsigned char>(text[len]) & 0xC0) == 0x80;
    auto strict = DecodeUtf8(view, Utf8Mode::kStrict);
    auto lenient = DecodeUtf8(view, Utf8Mode::kLenient);
    ASSERT_TRUE(lenient.ok());
    EXPECT_EQ(lenient->replaced, cut ? 1u : 0u) << len;
    if (cut) {
      EXPECT_FALSE(strict.ok()) << len;
      EXPECT_THAT(std::string(strict.status().message()), HasSubstr("offset " + std::to_string(starts.back())));
      EXPECT_EQ(lenient->utf8, std::string(view.substr(0, starts.back())) + kFffd) << len;
    } else {
      ASSERT_TRUE(strict.ok()) << len;
      starts.push_back(static_cast<uint32_t>(len));
      EXPECT_EQ(strict->cp_to_byte, starts) << len;
      EXPECT_EQ(strict->utf8, view);
    }
    EXPECT_EQ(lenient->cp_to_byte.back(), lenient->utf8.size()) << len;
  }
}

// DecodeUtf8 takes 16 bytes at a time where they are ASCII and 2-byte sequences: random
// mixes of those with 3- and 4-byte letters and invalid bytes (stray continuations, C0,
// lone leads, a lead cut by the end), each of them at every position of a chunk over many
// strings. FirstInvalidUtf8 (ValidSequence byte by byte) is the reference: valid input is
// kept as it is with every code point's first byte mapped, and strict mode names the first
// invalid byte, before which lenient mode maps the same bytes.
TEST(Utf8Test, ChunkedDecodingAgreesWithTheByteLoop) {
  const std::vector<std::string> pieces = {"a", " ", "\xD8\xA7", "\xD9\x84", "\xC2\x80", "\xDF\xBF",
                                           "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\x80", "\xBF", "\xC0\x80",
                                           "\xC2", "\xE0\x80", "\xFF"};
  std::mt19937 rng(17);
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    const size_t len = rng() % 70;
    // Mostly valid ASCII and Arabic, as news is; now and then one of the others.
    while (s.size() < len) s += pieces[rng() % 8 == 0 ? rng() % pieces.size() : rng() % 4];
    const size_t bad = FirstInvalidUtf8(s);
    std::vector<uint32_t> starts;
    for (size_t i = 0; i < std::min(bad, s.size()); ++i)
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(static_cast<uint32_t>(i));
    auto strict = DecodeUtf8(s, Utf8Mode::kStrict);
    auto lenient = DecodeUtf8(s, Utf8Mode::kLenient);
    ASSERT_TRUE(lenient.ok());
    if (bad == std::string_view::npos) {
      ASSERT_TRUE(strict.ok()) << n;
      starts.push_back(static_cast<uint32_t>(s.size()));
      ASSERT_EQ(strict->cp_to_byte, starts) << n;
      ASSERT_EQ(strict->utf8, s);
      ASSERT_EQ(lenient->cp_to_byte, starts) << n;
      ASSERT_EQ(lenient->replaced, 0u);
    } else {
      ASSERT_FALSE(strict.ok()) << n;
      ASSERT_THAT(std::string(strict.status().message()), HasSubstr("offset " + std::to_string(bad) + " "));
      ASSERT_GE(lenient->replaced, 1u);
      ASSERT_EQ(lenient->utf8.substr(0, bad), s.substr(0, bad));
      ASSERT_GT(lenient->cp_to_byte.size(), starts.size());
      ASSERT_TRUE(std::equal(starts.begin(), starts.end(), lenient->cp_to_byte.begin())) << n;
      ASSERT_TRUE(DecodeUtf8(lenient->utf8, Utf8Mode::kStrict).ok());
    }
  }
}

TEST(Utf8Test, FirstInvalidUtf8NamesTheOffset) {
  EXPECT_EQ(FirstInvalidUtf8(""), std::string_view::npos);
  EXPECT_EQ(FirstInvalidUtf8("الرقة Raqqa \xF0\x9F\x98\x80"), std::string_view::npos);
  EXPECT_EQ(FirstInvalidUtf8("ab\xFF" "cd"), 2u);
  EXPECT_EQ(FirstInvalidUtf8("\xD8\xA7\xD8"), 2u);          // cut off at the end
  EXPECT_EQ(FirstInvalidUtf8("x\xC0\x80"), 1u);              // overlong
  EXPECT_EQ(FirstInvalidUtf8("x\xED\xA0\x80"), 1u);          // surrogate
}

}  // namespace
}  // namespace marsad::text
