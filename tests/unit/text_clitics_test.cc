// Arabic proclitic analysis: candidate stems for the gazetteer matcher.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/text.h"

namespace marsad::text {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;

std::vector<std::string> Stems(std::string_view word) {
  std::vector<std::string> out;
  for (const auto& c : AnalyzeClitics(NormalizeKey(word))) out.push_back(c.stem);
  return out;
}

const CliticSplit* FindStem(const std::vector<CliticSplit>& splits, std::string_view stem) {
  for (const auto& s : splits)
    if (s.stem == stem) return &s;
  return nullptr;
}

TEST(CliticsTest, PrepositionPlusArticle) {
  auto splits = AnalyzeClitics(NormalizeKey("بالرقة"));
  ASSERT_GE(splits.size(), 2u);
  EXPECT_EQ(splits[0].stem, "بالرقه");  // the unsegmented word is always first
  EXPECT_EQ(splits[0].prefix_len, 0);
  const CliticSplit* s = FindStem(splits, "الرقه");
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->prep);
  EXPECT_FALSE(s->conj);
  EXPECT_TRUE(s->article);
  EXPECT_EQ(s->prefix_len, 1);
}

TEST(CliticsTest, ConjunctionPlusArticle) {
  auto splits = AnalyzeClitics(NormalizeKey("والرقة"));
  const CliticSplit* s = FindStem(splits, "الرقه");
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->conj);
  EXPECT_FALSE(s->prep);
  EXPECT_TRUE(s->article);
  EXPECT_EQ(splits[1].stem, "الرقه");  // the most likely segmentation comes right after the whole word
}

TEST(CliticsTest, LamLamRestoresTheArticle) {
  auto splits = AnalyzeClitics(NormalizeKey("للرقة"));
  ASSERT_GE(splits.size(), 2u);
  EXPECT_EQ(splits[1].stem, "الرقه");
  EXPECT_TRUE(splits[1].prep);
  EXPECT_TRUE(splits[1].article);
  EXPECT_THAT(Stems("وللرقة"), Contains("الرقه"));
  EXPECT_THAT(Stems("فللرقة"), Contains("الرقه"));
}

TEST(CliticsTest, StackedProclitics) {
  EXPECT_THAT(Stems("وبالرقة"), Contains("الرقه"));
  EXPECT_THAT(Stems("فبالرقة"), Contains("الرقه"));
  EXPECT_THAT(Stems("وكالرقة"), Contains("الرقه"));
  EXPECT_THAT(Stems("بالأسدية"), Contains("الاسديه"));
  EXPECT_THAT(Stems("وبغداد"), Contains("بغداد"));
}

TEST(CliticsTest, ConjunctionBeforeNameStartingWithLam) {
  auto s = Stems("ولبنان");
  ASSERT_GE(s.size(), 2u);
  EXPECT_EQ(s[0], "ولبنان");
  EXPECT_EQ(s[1], "لبنان");
  EXPECT_THAT(Stems("وبيروت"), Contains("بيروت"));
}

TEST(CliticsTest, NamesThatBeginWithCliticLettersStayWholeFirst) {
  for (const char* name : {"بغداد", "لبنان", "كركوك", "بيروت", "فلسطين", "بنش", "وادي"}) {
    auto s = Stems(name);
    ASSERT_FALSE(s.empty());
    EXPECT_EQ(s[0], NormalizeKey(name)) << name;
  }
}

TEST(CliticsTest, ShortStemsAreNotProposed) {
  EXPECT_THAT(Stems("ولد"), ElementsAre("ولد"));    // و + لد: stem too short
  EXPECT_THAT(Stems("بها"), ElementsAre("بها"));
  EXPECT_THAT(Stems("بال"), ElementsAre("بال"));
  EXPECT_THAT(Stems("والي"), ElementsAre("والي"));  // و + الي: article + one letter
}

TEST(CliticsTest, NonArabicKeysOnlyWhole) {
  EXPECT_THAT(Stems("Raqqa"), ElementsAre("raqqa"));
  EXPECT_THAT(AnalyzeClitics(""), ElementsAre(::testing::Field(&CliticSplit::stem, "")));
}

TEST(CliticsTest, CandidatesAreDistinct) {
  for (const char* w : {"وللرقة", "بالرقة", "ولبنان", "فالفلوجة", "لللاذقية"}) {
    auto s = Stems(w);
    for (size_t i = 0; i < s.size(); ++i)
      for (size_t j = i + 1; j < s.size(); ++j) EXPECT_NE(s[i], s[j]) << w;
  }
}

TEST(CliticsTest, TokensOfTheExampleArticle) {
  auto t = DecodeUtf8("في دير الزور، وللعمل بالسلاح للخارجين والقتلى", Utf8Mode::kStrict);
  ASSERT_TRUE(t.ok());
  Tokens toks = Tokenize(*t);
  std::vector<std::vector<std::string>> stems;
  for (size_t i = 0; i < toks.tokens.size(); ++i) {
    if (toks.tokens[i].script != Script::kArabic) continue;
    std::vector<std::string> s;
    for (const auto& c : AnalyzeClitics(toks.Key(i))) s.push_back(c.stem);
    stems.push_back(s);
  }
  ASSERT_EQ(stems.size(), 7u);
  EXPECT_THAT(stems[2], ElementsAre("الزور"));
  EXPECT_THAT(stems[4], Contains("السلاح"));
  EXPECT_THAT(stems[5], Contains("الخارجين"));
  EXPECT_THAT(stems[6], Contains("القتلي"));
}

}  // namespace
}  // namespace marsad::text
