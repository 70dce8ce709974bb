// Matching keys (NormalizeKey) and their offset map back to the original code points.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/text.h"
#include "text_testdata.h"

namespace marsad::text {
namespace {

TEST(NormalizeTest, DropsTashkeelAndSuperscriptAlef) {
  EXPECT_EQ(NormalizeKey("الرَّقَّةُ"), "الرقه");
  EXPECT_EQ(NormalizeKey("قُتل"), "قتل");
  EXPECT_EQ(NormalizeKey("هٰذا"), "هذا");                   // U+0670
  EXPECT_EQ(NormalizeKey("مَدِينَةٌ سُورِيًّا"), "مدينه سوريا");  // tanween, shadda, sukun
}

TEST(NormalizeTest, DropsTatweel) {
  EXPECT_EQ(NormalizeKey("الرقـــة"), "الرقه");
  EXPECT_EQ(NormalizeKey("بـ 150"), "ب 150");  // "بـ 150" from the example article
}

TEST(NormalizeTest, UnifiesAlefForms) {
  EXPECT_EQ(NormalizeKey("أبناء"), "ابنا");  // hamza on alef dropped; final ء dropped
  EXPECT_EQ(NormalizeKey("إدلب"), "ادلب");
  EXPECT_EQ(NormalizeKey("آمنة"), "امنه");
  EXPECT_EQ(NormalizeKey("ٱلقدس"), "القدس");
  EXPECT_EQ(NormalizeKey("الأسدية"), "الاسديه");
}

TEST(NormalizeTest, AlefMaqsuraTaMarbutaAndHamzaCarriers) {
  EXPECT_EQ(NormalizeKey("عيسى"), "عيسي");
  EXPECT_EQ(NormalizeKey("مدينة"), "مدينه");
  EXPECT_EQ(NormalizeKey("مؤن"), "مون");
  EXPECT_EQ(NormalizeKey("رئيس"), "رييس");
  EXPECT_EQ(NormalizeKey("بدئها"), "بديها");
  EXPECT_EQ(NormalizeKey("جزء"), "جز");  // standalone hamza dropped
}

TEST(NormalizeTest, PersianAndUrduLettersBecomeArabic) {
  EXPECT_EQ(NormalizeKey("کرکوک"), "كركوك");  // U+06A9 keheh
  EXPECT_EQ(NormalizeKey("سوریه"), "سوريه");  // U+06CC Farsi yeh
  EXPECT_EQ(NormalizeKey("ھەولێر"), NormalizeKey("ههولێر"));  // ە U+06D5 → ه
  EXPECT_EQ(NormalizeKey("ە"), "ه");
  EXPECT_EQ(NormalizeKey("ی"), "ي");
  EXPECT_EQ(NormalizeKey("ک"), "ك");
}

TEST(NormalizeTest, DigitsBecomeAscii) {
  EXPECT_EQ(NormalizeKey("٤٠٠٠"), "4000");
  EXPECT_EQ(NormalizeKey("۴۵"), "45");
  EXPECT_EQ(NormalizeKey("٠١٢٣٤٥٦٧٨٩"), "0123456789");
  EXPECT_EQ(NormalizeKey("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
  EXPECT_EQ(NormalizeKey("الرقة٢٤"), "الرقه24");
}

TEST(NormalizeTest, RemovesBidiAndFormatControls) {
  EXPECT_EQ(NormalizeKey("\u200Fالرقة\u200E"), "الرقه");
  EXPECT_EQ(NormalizeKey("\u202Bإدلب\u202C"), "ادلب");
  EXPECT_EQ(NormalizeKey("\u202Aa\u202Db\u202E"), "ab");
  EXPECT_EQ(NormalizeKey("\u2066حلب\u2069 \u2067x\u2068"), "حلب x");
  EXPECT_EQ(NormalizeKey("می\u200Cخواهم"), "ميخواهم");  // ZWNJ
  EXPECT_EQ(NormalizeKey("ل\u200Dا"), "لا");            // ZWJ
  EXPECT_EQ(NormalizeKey("\uFEFFbeirut"), "beirut");    // BOM
}

TEST(NormalizeTest, LatinCaseFoldingAndAccents) {
  EXPECT_EQ(NormalizeKey("Şūrān"), "suran");
  EXPECT_EQ(NormalizeKey("S\u0327u\u0304ra\u0304n"), "suran");  // decomposed input, same key
  EXPECT_EQ(NormalizeKey("Ḥamāh"), "hamah");
  EXPECT_EQ(NormalizeKey("BEIRUT"), "beirut");
  EXPECT_EQ(NormalizeKey("Straße"), "strasse");
  EXPECT_EQ(NormalizeKey("İstanbul"), "istanbul");
  EXPECT_EQ(NormalizeKey("Ｒａｑｑａ"), "raqqa");  // NFKC: full-width
  EXPECT_EQ(NormalizeKey("ﻻ"), "لا");             // NFKC: presentation form
}

TEST(NormalizeTest, SupplementaryLettersAreCompatibilityDecomposed) {
  // Styled "bold" letters are common in social media posts: 𝐁𝐞𝐢𝐫𝐮𝐭 must match beirut.
  EXPECT_EQ(NormalizeKey("𝐁𝐞𝐢𝐫𝐮𝐭"), "beirut");
  EXPECT_EQ(NormalizeKey("𝟒𝟎"), "40");
  EXPECT_EQ(NormalizeKey("a😀b"), "a b");  // symbols separate words
}

TEST(NormalizeTest, ApostrophesHyphensAndSpaces) {
  EXPECT_EQ(NormalizeKey("Deir ez-Zor"), "deir ez zor");
  EXPECT_EQ(NormalizeKey("Deir ez–Zor"), "deir ez zor");  // en dash
  EXPECT_EQ(NormalizeKey("Ma'arrat al-Nu'man"), "maarrat al numan");
  EXPECT_EQ(NormalizeKey("Ma’arrat al-Nu‘man"), "maarrat al numan");
  EXPECT_EQ(NormalizeKey("Maʼarrat"), "maarrat");  // U+02BC modifier apostrophe
  EXPECT_EQ(NormalizeKey("  Deir \t ez-Zor ,\n "), "deir ez zor");
  EXPECT_EQ(NormalizeKey("دير الزور"), "دير الزور");
  EXPECT_EQ(NormalizeKey("عين-عيسى"), "عين عيسي");
  EXPECT_EQ(NormalizeKey(""), "");
  EXPECT_EQ(NormalizeKey(" - , . "), "");
}

TEST(NormalizeTest, KeyMapPointsAtOriginalCodePoints) {
  std::vector<uint32_t> map;
  // Decomposed accents: marks (cp 1, 3, 6) contribute nothing.
  EXPECT_EQ(NormalizeKeyWithMap("S\u0327u\u0304ra\u0304n", &map), "suran");
  EXPECT_EQ(map, (std::vector<uint32_t>{0, 2, 4, 5, 7}));
  // "Deir ez-Zor": a space maps to the first character after it (e at 5, Z at 8).
  EXPECT_EQ(NormalizeKeyWithMap("Deir ez-Zor", &map), "deir ez zor");
  EXPECT_EQ(map, (std::vector<uint32_t>{0, 1, 2, 3, 5, 5, 6, 8, 8, 9, 10}));
  // Arabic: two bytes per letter; tashkeel dropped; the space maps to the first
  // non-space character after it.
  std::string key = NormalizeKeyWithMap("\u200Fفي الرَّقَّة", &map);
  EXPECT_EQ(key, "في الرقه");
  ASSERT_EQ(map.size(), key.size());
  EXPECT_EQ(map[0], 1u);   // ف after the RLM
  EXPECT_EQ(map[4], 4u);   // the space: attributed to ا
  EXPECT_EQ(map[5], 4u);
  EXPECT_EQ(map[9], 6u);   // ر
  EXPECT_EQ(map[11], 9u);  // ق after ّ َ
  EXPECT_EQ(map[13], 12u); // ة
  // Map size equals key size over the whole article.
  std::string article = testdata::kRaqqaArticle;
  key = NormalizeKeyWithMap(article, &map);
  EXPECT_EQ(map.size(), key.size());
  EXPECT_EQ(key, NormalizeKey(article));
}

TEST(NormalizeTest, ScriptOfAndPersoArabicLetters) {
  EXPECT_EQ(ScriptOf("الرقة 24"), Script::kArabic);
  EXPECT_EQ(ScriptOf("Raqqa"), Script::kLatin);
  EXPECT_EQ(ScriptOf("Raqqa الرقة"), Script::kMixed);
  EXPECT_EQ(ScriptOf("4000 ,"), Script::kNone);
  EXPECT_EQ(ScriptOf("Москва"), Script::kOther);
  EXPECT_TRUE(IsNonArabicPersoArabicLetter(U'پ'));
  EXPECT_TRUE(IsNonArabicPersoArabicLetter(U'ک'));
  EXPECT_TRUE(IsNonArabicPersoArabicLetter(U'ی'));
  EXPECT_FALSE(IsNonArabicPersoArabicLetter(U'ك'));
  EXPECT_FALSE(IsNonArabicPersoArabicLetter(U'ي'));
}

}  // namespace
}  // namespace marsad::text
