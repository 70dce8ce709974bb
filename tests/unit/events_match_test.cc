// KeyIs with a WordSet (src/events/match.h) answers as KeyIs with the same words as an
// initializer list, on every token: keys, proclitic stems, the article, short words.
#include <gtest/gtest.h>

#include <string>

#include "events/match.h"
#include "marsad/text.h"

namespace marsad::events {
namespace {

TEST(EventsMatch, WordSetKeyIsAsListKeyIs) {
  const std::string s =
      "وقال المتحدث إنه لم يقل شيئا، فقالت الوزارة: بالقصف وللقصف والقصف قصف؛ وأعلنوا ما لا "
      "نعلمه. ولن وبين وبالمدينة للمدينة المدينة لمدينة والرقة ا و ل said Raqqa.";
  const text::Utf8Text t = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  const text::Tokens toks = text::Tokenize(t);
  ASSERT_GT(toks.tokens.size(), 30u);
  auto same = [&](std::initializer_list<std::string_view> list, const WordSet& set) {
    size_t hits = 0;
    for (size_t i = 0; i <= toks.tokens.size(); ++i)
      for (bool stems : {true, false}) {
        const bool want = KeyIs(toks, i, list, stems);
        EXPECT_EQ(KeyIs(toks, i, set, stems), want) << "token " << i << (stems ? " with stems" : "");
        hits += want;
      }
    return hits;
  };
  const WordSet verbs{"قال", "قالت", "اعلنوا", "نعلم"};
  EXPECT_GE(same({"قال", "قالت", "اعلنوا", "نعلم"}, verbs), 3u);
  const WordSet nouns{"قصف", "القصف", "مدينه", "المدينه", "رقه", "الرقه"};
  EXPECT_GT(same({"قصف", "القصف", "مدينه", "المدينه", "رقه", "الرقه"}, nouns), 8u);
  const WordSet short_words{"ا", "و", "ل", "ما", "لا", "لن", "said"};
  EXPECT_GT(same({"ا", "و", "ل", "ما", "لا", "لن", "said"}, short_words), 4u);
  const WordSet none{"غير", "موجود"};
  EXPECT_EQ(same({"غير", "موجود"}, none), 0u);
}

}  // namespace
}  // namespace marsad::events
