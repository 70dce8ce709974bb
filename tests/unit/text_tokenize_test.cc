// Tokenizer: kinds, keys, flags, and the span invariant (every token's code-point span
// slices exactly its surface out of the original text, and nothing else is dropped).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "marsad/text.h"
#include "text_testdata.h"

namespace marsad::text {
namespace {

using ::testing::ElementsAre;

struct Tokenized {
  Utf8Text text;
  Tokens toks;
  std::string Surface(size_t i) const {
    return std::string(text.Slice(toks.tokens[i].start, toks.tokens[i].end));
  }
  std::vector<std::string> Surfaces() const {
    std::vector<std::string> out;
    for (size_t i = 0; i < toks.tokens.size(); ++i) out.push_back(Surface(i));
    return out;
  }
  std::vector<std::string> Keys() const {
    std::vector<std::string> out;
    for (size_t i = 0; i < toks.tokens.size(); ++i) out.emplace_back(toks.Key(i));
    return out;
  }
  const Token& operator[](size_t i) const { return toks.tokens[i]; }
  size_t size() const { return toks.tokens.size(); }
};

Tokenized Tok(std::string_view s) {
  auto t = DecodeUtf8(s, Utf8Mode::kLenient);
  EXPECT_TRUE(t.ok());
  Tokenized out{std::move(t.value()), {}};
  out.toks = Tokenize(out.text);
  return out;
}

// The invariants every tokenization must satisfy. Characters outside tokens may only be
// white space, format controls, controls, or the '#' and '_' of a hashtag.
void CheckInvariants(const Tokenized& t) {
  std::u32string cps;
  for (size_t i = 0; i < t.text.utf8.size();) cps.push_back(NextCodePoint(t.text.utf8, i));
  ASSERT_EQ(cps.size(), t.text.size());
  uint32_t prev_end = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    const Token& tok = t[i];
    ASSERT_LT(tok.start, tok.end) << i;
    ASSERT_LE(tok.end, cps.size()) << i;
    ASSERT_GE(tok.start, prev_end) << "token " << i << " overlaps the previous one";
    for (uint32_t k = prev_end; k < tok.start; ++k) {
      char32_t c = cps[k];
      bool skippable = c == U' ' || c == U'\n' || c == U'\t' || c == U'\r' || c == U'#' || c == U'_' ||
                       c == 0xA0 || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F ||
                       (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF ||
                       c < 0x20 || c == 0x7F;
      EXPECT_TRUE(skippable) << "dropped U+" << std::hex << static_cast<uint32_t>(c) << " before token " << i;
    }
    prev_end = tok.end;
    // text[start:end] in code points equals the byte slice.
    std::string by_cp;
    for (uint32_t k = tok.start; k < tok.end; ++k) AppendUtf8(by_cp, cps[k]);
    ASSERT_EQ(tok.byte_start, t.text.cp_to_byte[tok.start]);
    ASSERT_EQ(tok.byte_end, t.text.cp_to_byte[tok.end]);
    EXPECT_EQ(by_cp, t.text.utf8.substr(tok.byte_start, tok.byte_end - tok.byte_start));
    EXPECT_EQ(by_cp, t.text.Slice(tok.start, tok.end));
    ASSERT_LE(static_cast<size_t>(tok.key_off) + tok.key_len, t.toks.keys.size());
    if (tok.Has(kDigitGlue)) {
      EXPECT_GT(tok.glue, 0);
      EXPECT_LT(tok.glue, tok.end - tok.start);
    }
    // A word's key is exactly the key of its surface: index and text use one function.
    if (tok.kind == TokenKind::kWord) {
      EXPECT_EQ(t.toks.Key(tok), NormalizeKey(by_cp)) << by_cp;
    }
  }
}

size_t Find(const Tokenized& t, std::string_view surface) {
  for (size_t i = 0; i < t.size(); ++i)
    if (t.Surface(i) == surface) return i;
  ADD_FAILURE() << "no token " << surface;
  return 0;
}

TEST(TokenizeTest, ArabicSentence) {
  auto t = Tok("مفاوضات تسليم الرقة بدأت، بعد دمارها.");
  EXPECT_THAT(t.Surfaces(), ElementsAre("مفاوضات", "تسليم", "الرقة", "بدأت", "،", "بعد", "دمارها", "."));
  EXPECT_EQ(t.toks.Key(2), "الرقه");
  EXPECT_EQ(t[2].start, 14u);
  EXPECT_EQ(t[2].end, 19u);
  EXPECT_EQ(t[2].script, Script::kArabic);
  EXPECT_EQ(t[4].kind, TokenKind::kPunct);
  EXPECT_TRUE(t[5].Has(kSpaceBefore));
  EXPECT_FALSE(t[4].Has(kSpaceBefore));
  CheckInvariants(t);
}

TEST(TokenizeTest, Numbers) {
  auto t = Tok("4000 4,000 4.5 ٤٠٠٠ ٤٬٠٠٠ ٤٫٥ ۴۵ 4,000,000 4,000.50 4,5");
  EXPECT_THAT(t.Surfaces(),
              ElementsAre("4000", "4,000", "4.5", "٤٠٠٠", "٤٬٠٠٠", "٤٫٥", "۴۵", "4,000,000", "4,000.50", "4,5"));
  EXPECT_THAT(t.Keys(), ElementsAre("4000", "4000", "4.5", "4000", "4000", "4.5", "45", "4000000", "4000.50", "4.5"));
  for (size_t i = 0; i < t.size(); ++i) EXPECT_EQ(t[i].kind, TokenKind::kNumber) << i;
  CheckInvariants(t);
}

TEST(TokenizeTest, NumberAtSentenceEndKeepsThePeriodApart) {
  auto t = Tok("أكثر من 4000. قتيل 4, 5");
  EXPECT_THAT(t.Surfaces(), ElementsAre("أكثر", "من", "4000", ".", "قتيل", "4", ",", "5"));
}

TEST(TokenizeTest, DecimalNumberFollowedByUnit) {
  // Used to split as "4" "." "5km": a number with separators stays a number.
  auto t = Tok("4.5km 3rd 4,000كم");
  EXPECT_THAT(t.Surfaces(), ElementsAre("4.5", "km", "3rd", "4,000", "كم"));
  EXPECT_EQ(t[0].kind, TokenKind::kNumber);
  EXPECT_EQ(t.toks.Key(0), "4.5");
  EXPECT_TRUE(t[2].Has(kDigitGlue));
  EXPECT_EQ(t[2].glue, 1);
  CheckInvariants(t);
}

TEST(TokenizeTest, Urls) {
  auto t = Tok("انظر https://t.co/Ab9?x=1&y=الرقة. و(www.example.com/a_b) http://x.org, Http://Y.ORG!");
  size_t u = Find(t, "https://t.co/Ab9?x=1&y=الرقة");
  EXPECT_EQ(t[u].kind, TokenKind::kUrl);
  EXPECT_EQ(t[u + 1].kind, TokenKind::kPunct);
  EXPECT_EQ(t[Find(t, "www.example.com/a_b")].kind, TokenKind::kUrl);
  EXPECT_EQ(t[Find(t, "http://x.org")].kind, TokenKind::kUrl);
  EXPECT_EQ(t[Find(t, "Http://Y.ORG")].kind, TokenKind::kUrl);
  CheckInvariants(t);
}

TEST(TokenizeTest, Mentions) {
  auto t = Tok("@Yaqoob_Hind #عاجل| الخارجية @ x @الرقة24");
  EXPECT_EQ(t.Surface(0), "@Yaqoob_Hind");
  EXPECT_EQ(t[0].kind, TokenKind::kMention);
  EXPECT_EQ(t[Find(t, "@")].kind, TokenKind::kPunct);  // a lone @ is punctuation
  EXPECT_EQ(t[Find(t, "@الرقة24")].kind, TokenKind::kMention);
  CheckInvariants(t);
}

TEST(TokenizeTest, HashtagSplitIntoParts) {
  auto t = Tok("#بيروت_مدينة_منكوبة");
  EXPECT_THAT(t.Surfaces(), ElementsAre("بيروت", "مدينة", "منكوبة"));
  EXPECT_THAT(t.Keys(), ElementsAre("بيروت", "مدينه", "منكوبه"));
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(t[i].kind, TokenKind::kWord);
    EXPECT_TRUE(t[i].Has(kHashtagPart));
    EXPECT_EQ(t[i].Has(kHashtagFirst), i == 0);
  }
  EXPECT_EQ(t[0].start, 1u);  // after '#'
  EXPECT_EQ(t[1].start, 7u);
  CheckInvariants(t);
}

TEST(TokenizeTest, TweetWithHashtags) {
  auto t = Tok(testdata::kIdrisiTweet);
  size_t iran = Find(t, "إيران");
  EXPECT_TRUE(t[iran].Has(kHashtagFirst));
  EXPECT_EQ(t[iran].start, 73u);  // the dev data marks "#إيران" at 72..78
  EXPECT_EQ(t[iran].end, 78u);
  size_t yanhar = Find(t, "ينهار");
  EXPECT_TRUE(t[yanhar].Has(kHashtagPart));
  EXPECT_FALSE(t[yanhar].Has(kHashtagFirst));
  EXPECT_EQ(t[Find(t, "!!")].kind, TokenKind::kPunct);  // runs of one mark stay together
  CheckInvariants(t);
}

TEST(TokenizeTest, HashtagWithPossessiveDoesNotOverlap) {
  // Used to emit "'s" twice (once as a possessive, once as "'" + "s"), with overlapping spans.
  auto t = Tok("#Henry's arrest #Raqqa’s_fall");
  CheckInvariants(t);
  EXPECT_THAT(t.Surfaces(), ElementsAre("Henry", "'s", "arrest", "Raqqa", "’s", "fall"));
  EXPECT_TRUE(t[1].Has(kPossessive));
}

TEST(TokenizeTest, HashtagNumbersAndEdgeCases) {
  auto t = Tok("#2020_الرقة # #_x");
  EXPECT_EQ(t.Surface(0), "2020");
  EXPECT_EQ(t[0].kind, TokenKind::kNumber);
  EXPECT_TRUE(t[0].Has(kHashtagFirst));
  EXPECT_EQ(t.Surface(1), "الرقة");
  EXPECT_TRUE(t[1].Has(kHashtagPart));
  CheckInvariants(t);
}

TEST(TokenizeTest, LetterDigitGlue) {
  auto t = Tok("مصدر خاص للرقة24، و24للرقة");
  size_t i = Find(t, "للرقة24");
  EXPECT_EQ(t[i].kind, TokenKind::kWord);
  EXPECT_TRUE(t[i].Has(kDigitGlue));
  EXPECT_EQ(t[i].glue, 5);
  EXPECT_EQ(t.toks.Key(i), "للرقه24");
  size_t j = Find(t, "و24للرقة");
  EXPECT_EQ(t[j].glue, 1);
  EXPECT_FALSE(t[0].Has(kDigitGlue));
  CheckInvariants(t);
}

TEST(TokenizeTest, EnglishPossessives) {
  auto t = Tok("led to Henry’s arrest; the Sheriff's Office. James' car");
  EXPECT_THAT(t.Surfaces(), ElementsAre("led", "to", "Henry", "’s", "arrest", ";", "the", "Sheriff", "'s", "Office",
                                        ".", "James", "'", "car"));
  EXPECT_TRUE(t[3].Has(kPossessive));
  EXPECT_EQ(t.toks.Key(2), "henry");
  EXPECT_TRUE(t[8].Has(kPossessive));
  EXPECT_FALSE(t[12].Has(kPossessive));
  CheckInvariants(t);
}

TEST(TokenizeTest, InnerApostrophesAndHyphens) {
  auto t = Tok("Ma'arrat al-Nu'man, Deir ez-Zor state-of-the-art 2020-2021 pre- and -post she's");
  EXPECT_THAT(t.Surfaces(), ElementsAre("Ma'arrat", "al-Nu'man", ",", "Deir", "ez-Zor", "state-of-the-art", "2020",
                                        "-", "2021", "pre", "-", "and", "-", "post", "she", "'s"));
  EXPECT_EQ(t.toks.Key(0), "maarrat");
  EXPECT_EQ(t.toks.Key(1), "al numan");
  EXPECT_EQ(t.toks.Key(4), "ez zor");
  CheckInvariants(t);
}

TEST(TokenizeTest, CaseFlags) {
  auto t = Tok("ISIS in Raqqa and raqqa, I");
  EXPECT_TRUE(t[0].Has(kAllCaps));
  EXPECT_TRUE(t[0].Has(kCapitalized));
  EXPECT_TRUE(t[2].Has(kCapitalized));
  EXPECT_FALSE(t[2].Has(kAllCaps));
  EXPECT_FALSE(t[4].Has(kCapitalized));
  EXPECT_TRUE(t[6].Has(kCapitalized));
  EXPECT_FALSE(t[6].Has(kAllCaps));  // one letter is not "all caps"
}

TEST(TokenizeTest, NewlinesAndFormatControls) {
  auto t = Tok("الرقة\n\u200Fإدلب حل\u200Cب\u200E ...");
  EXPECT_THAT(t.Surfaces(), ElementsAre("الرقة", "إدلب", "حل\u200Cب", "..."));
  EXPECT_TRUE(t[1].Has(kNewlineBefore));
  EXPECT_EQ(t[1].start, 7u);  // after the RLM
  EXPECT_EQ(t.toks.Key(2), "حلب");
  EXPECT_FALSE(t[2].Has(kNewlineBefore));
  CheckInvariants(t);
}

TEST(TokenizeTest, ScriptsAndSymbols) {
  auto t = Tok("Raqqa الرقة Raqqaالرقة $ 5% 😀");
  EXPECT_EQ(t[0].script, Script::kLatin);
  EXPECT_EQ(t[1].script, Script::kArabic);
  EXPECT_EQ(t[2].script, Script::kMixed);
  EXPECT_EQ(t[3].kind, TokenKind::kSymbol);
  EXPECT_EQ(t.Surface(t.size() - 1), "😀");
  CheckInvariants(t);
}

TEST(TokenizeTest, ExampleArticleSpansEqualSurfaces) {
  auto t = Tok(testdata::kRaqqaArticle);
  EXPECT_GT(t.size(), 250u);
  CheckInvariants(t);
  EXPECT_EQ(t.toks.Key(Find(t, "4000")), "4000");
  EXPECT_TRUE(t[Find(t, "للرقة24")].Has(kDigitGlue));
  EXPECT_EQ(t[Find(t, "“")].kind, TokenKind::kPunct);
  auto e = Tok(testdata::kLglEnglish);
  CheckInvariants(e);
}

TEST(TokenizeTest, LenientTextWithReplacementCharacters) {
  auto t = Tok("الرقة\xFF\xFE" "24 \xC0\x80x");
  CheckInvariants(t);
  EXPECT_EQ(t.Surface(0), "الرقة");
}

// Keys longer than their text: the lam-alef ligature (3 bytes) keys as "لا" (4 bytes), the
// salawat sign (3 bytes) as 30. A word of thousands of them outgrows the key buffer sized
// from the text in the middle of the word, in the letter-run loop and in the per-character
// path alike.
TEST(TokenizeTest, KeysLongerThanTheTextGrowTheKeyBuffer) {
  std::string word;
  for (int k = 0; k < 3000; ++k) word += k % 100 == 99 ? "ﷺ" : "ﻻ";
  auto t = Tok("في " + word + " حلب " + word);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t.toks.Key(1), NormalizeKey(word));
  EXPECT_EQ(t.toks.Key(1).size(), 2970u * 4 + 30u * 30);
  EXPECT_EQ(t.toks.Key(2), "حلب");
  EXPECT_EQ(t.toks.Key(3), NormalizeKey(word));
  EXPECT_EQ(t[3].script, Script::kArabic);
  CheckInvariants(t);
}

// Property test: random mixes of the characters the tokenizer treats specially.
TEST(TokenizeTest, RandomStringsKeepInvariants) {
  const std::vector<std::string> alphabet = {
      "ا", "ل", "ر", "ق", "ة", "و", "ب", "ـ", "َ", "ّ", "أ", "ى", "ک", "a", "B", "s", "S", "z", "É",
      "0", "4", "٤", "۴", "٬", "٫", ",", ".", "'", "’", "-", "–", "_", "#", "@", "/", ":", "?", "؟", "!",
      "؛", "،", "“", "”", "\"", "(", ")", " ", " ", " ", "\n", "\t", "\u200C", "\u200F", "\u202B", "\uFEFF",
      "https://", "www.", "😀", "𝐁", "\u00A0", "$", "%", "\xFF", "\xE2\x82"};
  std::mt19937 rng(12345);
  for (int iter = 0; iter < 3000; ++iter) {
    std::string s;
    int len = std::uniform_int_distribution<int>(0, 40)(rng);
    for (int k = 0; k < len; ++k) s += alphabet[std::uniform_int_distribution<size_t>(0, alphabet.size() - 1)(rng)];
    auto t = Tok(s);
    SCOPED_TRACE(s);
    CheckInvariants(t);
    auto sentences = SplitSentences(t.text, t.toks);
    uint32_t next = 0;
    for (const auto& sen : sentences) {
      ASSERT_EQ(sen.first_token, next);
      ASSERT_LT(sen.first_token, sen.end_token);
      next = sen.end_token;
    }
    ASSERT_EQ(next, t.size());
    if (HasFailure()) break;
  }
}

// Quotation marks as the tokenizer leaves them (one punctuation token each): « “ open, » ”
// close, " does either; nothing else is one (not the apostrophe nor ( ).
TEST(TokenizeTest, QuotationMarks) {
  const Tokenized t = Tok("قال «نعم» و“لا” و\"ربما\" (اليوم) it's");
  std::string kinds;
  for (const Token& k : t.toks.tokens) {
    if (k.kind != TokenKind::kPunct) continue;
    switch (QuoteMark(t.text.Slice(k.start, k.end))) {
      case Quote::kOpening: kinds += 'o'; break;
      case Quote::kClosing: kinds += 'c'; break;
      case Quote::kStraight: kinds += 's'; break;
      case Quote::kNone: kinds += '-'; break;
    }
  }
  EXPECT_EQ(kinds.substr(0, 6), "ococss");
  EXPECT_EQ(kinds.find_first_of("ocs", 6), std::string::npos);
  EXPECT_EQ(QuoteMark(")"), Quote::kNone);
  EXPECT_EQ(QuoteMark("'"), Quote::kNone);
}

}  // namespace
}  // namespace marsad::text
