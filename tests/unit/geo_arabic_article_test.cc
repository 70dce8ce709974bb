// Articles and clitics that are no place. English news writes Arabic names with the article as a word of its own ("Al Maleh", "El
// Tor"). When the rest of the name is not in the gazetteer, the article alone must not be
// taken for a place: "Al" keys like Ål, a town in Norway (FA-KES put five Syrian articles'
// main events there).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "marsad/geo.h"
#include "marsad/text.h"
#include "small_index_testutil.h"

namespace marsad::geo {
namespace {

const char* const kRows[] = {
    "163843\tSyria\tSyria\tسوريا\t35.0\t38.0\tA\tPCLI\tSY\t\t00\t\t\t\t22000000\t\t\t\t2024-01-01",
    "3163410\tÅl\tAl\tAal\t60.63024\t8.56071\tP\tPPLA2\tNO\t\t30\t3067\t\t\t2278\t\t\t\t2024-01-01",
    "294421\tLod\tLod\tاللد,لاد\t31.9467\t34.8903\tP\tPPL\tIL\t\t02\t\t\t\t77223\t\t\t\t2024-01-01",
    "170063\tAleppo\tAleppo\tحلب,Halab\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t\t\t2024-01-01",
    "108410\tRiyadh\tRiyadh\tالرياض\t24.68773\t46.72185\tP\tPPLC\tSA\t\t10\t\t\t\t4205961\t\t\t\t2024-01-01",
    "285839\tAl Ahmadi\tAl Ahmadi\tالأحمدي\t29.07694\t48.08389\tP\tPPLA\tKW\t\t04\t\t\t\t637411\t\t\t\t2024-01-01",
    "415189\tAden\tAden\tعدن\t12.77944\t45.03667\tP\tPPLA\tYE\t\t02\t\t\t\t863000\t\t\t\t2024-01-01",
    "281016\tBayta al Fawqa\tBayta al Fawqa\tبيتا\t32.14\t35.29\tP\tPPL\tPS\t\t\t\t\t\t4000\t\t\t\t2024-01-01",
    "2328926\tNigeria\tNigeria\tنيجيريا\t10.0\t8.0\tA\tPCLI\tNG\t\t00\t\t\t\t190000000\t\t\t\t2024-01-01",
    "126584\tKurdistan Province\tKurdistan Province\tكردستان\t35.5\t47.0\tA\tADM1\tIR\t\t16\t\t\t\t0\t\t\t\t2024-01-01",
    "990000222\tKurdistan Region\tKurdistan Region\tإقليم كردستان,كردستان\t36.4\t44.4\tL\tRGN\tIQ\t\t\t\t\t\t6171083\t\t\t\t2024-01-01",
};

// The GeoNames ids of the places the geoparser finds in `s`.
std::vector<uint32_t> Ids(const Resources& res, const std::string& s) {
  auto text = text::DecodeUtf8(s, text::Utf8Mode::kStrict);
  auto toks = text::Tokenize(*text);
  GeoResult r = Geoparser(res.gazetteer, res.lexicons).Parse(*text, toks, Options{});
  std::vector<uint32_t> ids;
  for (const auto& m : r.mentions)
    if (m.place >= 0) ids.push_back(res.gazetteer.Place(static_cast<uint32_t>(m.place)).geonameid);
  return ids;
}

TEST(GeoArabicArticle, TheArticleAloneIsNoPlace) {
  marsad::testing::SmallIndex index("geo_article", kRows);
  const Resources* res = index.resources();
  ASSERT_NE(res, nullptr);
  const auto ids = Ids(*res, "Fighters were killed in battles around Al Maleh north of Aleppo, and Al Nusra Front "
                             "took Al Qaeda's side.");
  EXPECT_EQ(std::count(ids.begin(), ids.end(), 3163410u), 0);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), 170063u), 1);
}

// Arabic: a clitic split stops at a word listed as one not to split: "وبلاد الشيخ" is و +
// بلاد ("and the land of the sheikh"), not و + ب + لاد, an alternate name of Lod.
TEST(GeoArabicArticle, AnExceptionStemIsNotSplitFurther) {
  marsad::testing::SmallIndex index("geo_article_ar", kRows);
  const Resources* res = index.resources();
  ASSERT_NE(res, nullptr);
  const auto ids = Ids(*res, "تمت السيطرة على مناطق المطوع وبلاد الشيخ عبدالله قرب حلب.");
  EXPECT_EQ(std::count(ids.begin(), ids.end(), 294421u), 0);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), 170063u), 1);
}

// A name in quotes a source speaks to, or a newspaper's, is the outlet ("وقالت مصادر
// ل«الرياض»": the daily Al Riyadh): a strike told to it is not in Riyadh.
TEST(GeoArabicArticle, AQuotedOutletIsNoPlace) {
  marsad::testing::SmallIndex index("geo_article_outlet", kRows);
  const Resources* res = index.resources();
  ASSERT_NE(res, nullptr);
  for (const char* s : {"وقالت مصادر في المقاومة ل»الرياض» إن الغارات استهدفت حلب.",
                        "وقال مصدر محلي لـ«الرياض» إن الغارات استهدفت حلب.",
                        "وقال مصدر محلي ل\"الرياض\" إن الغارات استهدفت حلب.",
                        "ونقلت صحيفة «الرياض» أن الغارات استهدفت حلب.",
                        // The preposition left out ("وأفادت مصادر محلية "الرياض" بمقتل").
                        "وأفادت مصادر محلية \"الرياض\" بأن الغارات استهدفت حلب.",
                        "وذكرت مصادر \"الرياض\" أن الغارات استهدفت حلب."})
    EXPECT_EQ(Ids(*res, s), std::vector<uint32_t>{170063u}) << s;
  // The capital in quotes elsewhere, and after "في", is the place; so is a name after "ل"
  // with no source before it.
  EXPECT_EQ(Ids(*res, "وعقد الاجتماع في «الرياض» أمس."), std::vector<uint32_t>{108410u});
  EXPECT_EQ(Ids(*res, "وقالت مصادر في «الرياض» إن الاجتماع انتهى."), std::vector<uint32_t>{108410u});
  EXPECT_EQ(Ids(*res, "وسيطرت المقاومة على القرى المتاخمة لـ«حلب» أمس."), std::vector<uint32_t>{170063u});
  const auto next_to = Ids(*res, "وأكدت مصادر محلية في ريف إدلب، المتاخم لـ«حلب» سيطرة المعارضة.");
  EXPECT_EQ(std::count(next_to.begin(), next_to.end(), 170063u), 1);
  // A source is told after a comma too ("وقال سعيد مموزيني، مسؤول إعلام الحزب، لـ«الرياض»:").
  EXPECT_EQ(Ids(*res, "وقال سعيد، مسؤول إعلام الحزب في حلب، لـ«الرياض»: «هاجمنا»."), std::vector<uint32_t>{170063u});
}

// "وتابع الأحمدي": a nisba name right after a masculine verb of saying is the speaker, and so
// is the article's other lone mention of it ("وقال علي الأحمدي"), not Al Ahmadi in Kuwait; the
// town after a preposition stays a place.
TEST(GeoArabicArticle, TheSpeakerOfANisbaNameIsNoPlace) {
  marsad::testing::SmallIndex index("geo_article_speaker", kRows);
  const Resources* res = index.resources();
  ASSERT_NE(res, nullptr);
  EXPECT_EQ(Ids(*res, "وقال علي الأحمدي الناطق باسم المقاومة إن القوات دخلت عدن. وتابع الأحمدي أن المعارك انتهت."),
            std::vector<uint32_t>{415189u});
  EXPECT_EQ(Ids(*res, "وأكد الأحمدي أن المعارك انتهت في عدن."), std::vector<uint32_t>{415189u});
  const auto town = Ids(*res, "وقالت الشرطة إن انفجارا وقع في الأحمدي أمس.");
  EXPECT_EQ(std::count(town.begin(), town.end(), 285839u), 1);
}

// "رئيس إقليم كردستان": the region's word names a region as well as a province (ar/place_cues.tsv
// hint A.ADM1|L.RGN), and the phrase names the Kurdistan Region of Iraq, not Iran's Kurdistan
// Province; "محافظة كردستان" is still the province.
TEST(GeoArabicArticle, TheRegionOfKurdistanIsIraqs) {
  marsad::testing::SmallIndex index("geo_article_kurdistan", kRows);
  const Resources* res = index.resources();
  ASSERT_NE(res, nullptr);
  EXPECT_EQ(Ids(*res, "وقال رئيس إقليم كردستان مسعود بارزاني إن القصف مستمر."), std::vector<uint32_t>{990000222u});
  EXPECT_EQ(Ids(*res, "ووقعت اشتباكات في محافظة كردستان غرب البلاد."), std::vector<uint32_t>{126584u});
}

// "قرية بيتا" in a report on Nigeria: a village's cue does not make a namesake in a country the
// text names nowhere, far from all its places, the place (a Palestinian village); the index
// lacks the village, which stays a mention placed in the text's own area.
TEST(GeoArabicArticle, AVillageCueDoesNotMakeAFarNamesakeThePlace) {
  marsad::testing::SmallIndex index("geo_article_village", kRows);
  const Resources* res = index.resources();
  ASSERT_NE(res, nullptr);
  const auto ids = Ids(*res, "قتل مسلحو بوكو حرام عشرات في شمال شرق نيجيريا. وأعلن الجيش شن ضربات جوية على قرية بيتا، "
                             "على مقربة من غابة سامبيسا.");
  EXPECT_EQ(std::count(ids.begin(), ids.end(), 281016u), 0);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), 2328926u), 1);
}

}  // namespace
}  // namespace marsad::geo
