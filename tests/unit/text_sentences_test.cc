// Sentence splitting for Arabic and English over tokens.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/text.h"
#include "text_testdata.h"

namespace marsad::text {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Split(std::string_view s) {
  auto t = DecodeUtf8(s, Utf8Mode::kStrict);
  EXPECT_TRUE(t.ok());
  Tokens toks = Tokenize(*t);
  std::vector<std::string> out;
  uint32_t next = 0;
  for (const Sentence& sen : SplitSentences(*t, toks)) {
    EXPECT_EQ(sen.first_token, next);
    EXPECT_EQ(sen.start, toks.tokens[sen.first_token].start);
    EXPECT_EQ(sen.end, toks.tokens[sen.end_token - 1].end);
    next = sen.end_token;
    out.emplace_back(t->Slice(sen.start, sen.end));
  }
  EXPECT_EQ(next, toks.tokens.size());
  return out;
}

TEST(SentencesTest, ArabicTerminalMarks) {
  EXPECT_THAT(Split("بدأت المفاوضات. هل انتهت؟ نعم! ثم استنزفت الجميع؛ حيث انطلقت"),
              ElementsAre("بدأت المفاوضات.", "هل انتهت؟", "نعم!", "ثم استنزفت الجميع؛", "حيث انطلقت"));
  // The comma ، is not a sentence end.
  EXPECT_THAT(Split("في الرقة، لم تستطع"), ElementsAre("في الرقة، لم تستطع"));
  // A period with a space before it, as in ANERcorp.
  EXPECT_THAT(Split("في عام 2002 . وقال"), ElementsAre("في عام 2002 .", "وقال"));
}

TEST(SentencesTest, LineBreaksEndSentences) {
  EXPECT_THAT(Split("مفاوضات تسليم الرقة بدأت بعد دمارها\nعلى الرغم من الهجمة\n\nوقد بلغت"),
              ElementsAre("مفاوضات تسليم الرقة بدأت بعد دمارها", "على الرغم من الهجمة", "وقد بلغت"));
}

TEST(SentencesTest, NotInsideDecimalsOrThousands) {
  EXPECT_THAT(Split("بلغت الخسائر 4.5 مليون و٤٫٥ و4,000 قتيل. ثم"),
              ElementsAre("بلغت الخسائر 4.5 مليون و٤٫٥ و4,000 قتيل.", "ثم"));
  EXPECT_THAT(Split("It cost 4.5 million. Then"), ElementsAre("It cost 4.5 million.", "Then"));
}

TEST(SentencesTest, EnglishAbbreviationsAndInitials) {
  EXPECT_THAT(Split("Mr. Smith met Dr. Jones in the U.S. embassy. Then they left."),
              ElementsAre("Mr. Smith met Dr. Jones in the U.S. embassy.", "Then they left."));
  EXPECT_THAT(Split("Sheila D. Williams, 41, of 420 Augusta St., Alexandria, was charged. Both left."),
              ElementsAre("Sheila D. Williams, 41, of 420 Augusta St., Alexandria, was charged.", "Both left."));
}

TEST(SentencesTest, LowercaseDottedAbbreviations) {
  // "p.m." used to end a sentence twice (after "p" and after "m").
  EXPECT_THAT(Split("Around 7:35 p.m. Sunday police went home. It was e.g. late."),
              ElementsAre("Around 7:35 p.m. Sunday police went home.", "It was e.g. late."));
}

TEST(SentencesTest, NoIsAnAbbreviationOnlyBeforeANumber) {
  // "no." used to be an abbreviation everywhere, so "He said no. Then" did not split.
  EXPECT_THAT(Split("He said no. Then he left."), ElementsAre("He said no.", "Then he left."));
  EXPECT_THAT(Split("Route No. 5 is closed."), ElementsAre("Route No. 5 is closed."));
}

TEST(SentencesTest, MixedTerminalMarksStayTogether) {
  // "?!" used to leave the "!" as a sentence of its own.
  EXPECT_THAT(Split("What?! Yes."), ElementsAre("What?!", "Yes."));
  EXPECT_THAT(Split("بتعطيهم خبز..!؟ لبنان"), ElementsAre("بتعطيهم خبز..!؟", "لبنان"));
  EXPECT_THAT(Split("ماذا؟! نعم"), ElementsAre("ماذا؟!", "نعم"));
}

TEST(SentencesTest, ClosingQuotesStayWithTheSentence) {
  EXPECT_THAT(Split("وقال المصدر: “كان من المفترض أن يتم التنفيذ.” وبحسب المصدر"),
              ElementsAre("وقال المصدر: “كان من المفترض أن يتم التنفيذ.”", "وبحسب المصدر"));
  EXPECT_THAT(Split("He said \"go.\" Then (they left.) Ok"),
              ElementsAre("He said \"go.\"", "Then (they left.)", "Ok"));
}

// An Arabic semicolon before a cause joins the toll to its cause; elsewhere it ends a sentence.
TEST(SentencesTest, ASemicolonBeforeACauseJoins) {
  EXPECT_THAT(Split("لقي عامل مصرعه أمس؛ إثر سقوط مقذوف على قرية. وأصيب آخر؛ جراء القصف."),
              ElementsAre("لقي عامل مصرعه أمس؛ إثر سقوط مقذوف على قرية.", "وأصيب آخر؛ جراء القصف."));
  EXPECT_THAT(Split("انتهى الاجتماع؛ وغادر الوفد."), ElementsAre("انتهى الاجتماع؛", "وغادر الوفد."));
}

TEST(SentencesTest, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(Split("").empty());
  EXPECT_TRUE(Split(" \n\u200F ").empty());
  EXPECT_THAT(Split("..."), ElementsAre("..."));
}

TEST(SentencesTest, ExampleArticle) {
  auto s = Split(testdata::kRaqqaArticle);
  ASSERT_GE(s.size(), 10u);
  EXPECT_EQ(s[0], "This post is also available in: English");
  EXPECT_EQ(s[1], "مفاوضات تسليم الرقة بدأت بعد دمارها بشكل شبه كامل");
  EXPECT_EQ(s[3], "وقد بلغت خسائر القوات المهاجمة التي تنضوي جميعها تحت لواء قوات قسد أكثر من 4000 قتيل، ما "
                  "عدا المصابين بجروح وإعاقات جسدية.");
  auto e = Split(testdata::kLglEnglish);
  EXPECT_THAT(e, ElementsAre("Alexandria woman charged in connection with Kelleyland fire.",
                             "Chiquita Raquel Henry, 19, of 1935 Orchard St., Alexandria, was arrested and charged "
                             "with aggravated arson and unauthorized entry of an inhabited dwelling.",
                             "Both the Sheriff’s Office and Rapides Parish Fire District 2 investigated the March 7 "
                             "fire at 6016 Dublin Road that led to Henry’s arrest.",
                             "Around 7:35 p.m. Sunday Alexandria Police went to Warden’s Memphis Street home."));
}

}  // namespace
}  // namespace marsad::text
