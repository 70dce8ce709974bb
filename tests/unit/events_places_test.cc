// The place of an Arabic event through the whole pipeline: ACLED codes the most specific
// place the clause gives, so a country or a province named beside one of its towns gives
// way to the town. The index is built by the real builder from the rows below and the
// repository's data (tests/unit/small_index_testutil.h).
#include <gtest/gtest.h>

#include <string>

#include "marsad/extract.h"
#include "events_testutil.h"
#include "small_index_testutil.h"

namespace marsad::events {
namespace {

const char* const kRows[] = {
    "323786\tAnkara\tAnkara\tأنقرة\t39.91987\t32.85427\tP\tPPLC\tTR\t\t68\t\t\t\t3517182\t\t\t\t2024-01-01",
    "298795\tTurkey\tTurkey\tتركيا\t39.0\t35.0\tA\tPCLI\tTR\t\t00\t\t\t\t82000000\t\t\t\t2024-01-01",
    "163843\tSyria\tSyria\tسوريا\t35.0\t38.0\tA\tPCLI\tSY\t\t00\t\t\t\t22000000\t\t\t\t2024-01-01",
    "443189\tKilis\tKilis\tكيليس,كلس\t36.71611\t37.115\tP\tPPLA\tTR\t\t79\t\t\t\t82301\t\t\t\t2024-01-01",
    "170063\tAleppo\tAleppo\tحلب\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t\t\t2024-01-01",
    "69543\tYemen\tYemen\tاليمن\t15.5\t47.5\tA\tPCLI\tYE\t\t00\t\t\t\t28000000\t\t\t\t2024-01-01",
    "415189\tAden\tAden\tعدن\t12.77944\t45.03667\tP\tPPLA\tYE\t\t02\t\t\t\t550602\t\t\t\t2024-01-01",
    "285570\tKuwait\tKuwait\tالكويت\t29.5\t47.75\tA\tPCLI\tKW\t\t00\t\t\t\t2789132\t\t\t\t2024-01-01",
    "990009001\tDar Saad\tDar Saad\tدار سعد\t12.88\t44.97\tP\tPPLX\tYE\t\t02\t\t\t\t0\t\t\t\t2024-01-01",
    "169389\tIdlib\tIdlib\tإدلب\t35.93062\t36.63393\tP\tPPLA\tSY\t\t12\t\t\t\t128840\t\t\t\t2024-01-01",
    "169577\tMaarat al-Numan\tMaarat al-Numan\tمعرة النعمان\t35.64\t36.67\tP\tPPLA2\tSY\t\t12\t\t\t\t58008\t\t\t\t2024-01-01",
    "72966\tLahij\tLahij\tلحج\t13.05667\t44.88194\tP\tPPLA\tYE\t\t24\t\t\t\t23375\t\t\t\t2024-01-01",
    "6252001\tUnited States\tUnited States\tالولايات المتحدة\t39.76\t-98.5\tA\tPCLI\tUS\t\t00\t\t\t\t327167434\t\t\t\t2024-01-01",
    "99237\tIraq\tIraq\tالعراق\t33.0\t44.0\tA\tPCLI\tIQ\t\t00\t\t\t\t29671605\t\t\t\t2024-01-01",
    "990009002\tNineveh\tNineveh\tنينوى\t36.0\t42.5\tA\tADM1\tIQ\t\t15\t\t\t\t3270000\t\t\t\t2024-01-01",
    "281184\tJerusalem\tJerusalem\tالقدس,بيت المقدس\t31.76904\t35.21633\tP\tPPLC\tIL\t\t06\t\t\t\t801000\t\t\t\t2024-01-01",
    "990009003\tMa'rib\tMa'rib\tمأرب\t15.46\t45.32\tP\tPPLA\tYE\t\t14\t\t\t\t16794\t\t\t\t2024-01-01",
    "990009004\tMa'rib Governorate\tMa'rib Governorate\tمأرب\t15.5\t45.5\tA\tADM1\tYE\t\t14\t\t\t\t238522\t\t\t\t2024-01-01",
    "172994\tAriha\tAriha\tأريحا\t35.81374\t36.60964\tP\tPPLA2\tSY\t\t12\t\t\t\t40000\t\t\t\t2024-01-01",
    "169387\tIdlib Governorate\tIdlib Governorate\tمحافظة إدلب\t35.8\t36.6\tA\tADM1\tSY\t\t12\t\t\t\t1500000\t\t\t\t2024-01-01",
    "2215636\tLibya\tLibya\tليبيا\t28.0\t17.0\tA\tPCLI\tLY\t\t00\t\t\t\t6000000\t\t\t\t2024-01-01",
    "2464461\tTunisia\tTunisia\tتونس\t34.0\t9.0\tA\tPCLI\tTN\t\t00\t\t\t\t11000000\t\t\t\t2024-01-01",
    "1138958\tKabul\tKabul\tكابل\t34.52813\t69.17233\tP\tPPLC\tAF\t\t13\t\t\t\t3043532\t\t\t\t2024-01-01",
    "1139715\tHerat\tHerat\tهرات\t34.34817\t62.19967\tP\tPPLA\tAF\t\t11\t\t\t\t272806\t\t\t\t2024-01-01",
    "1149361\tAfghanistan\tAfghanistan\tأفغانستان\t33.0\t66.0\tA\tPCLI\tAF\t\t00\t\t\t\t37000000\t\t\t\t2024-01-01",
    "2660646\tGeneve\tGeneve\tجنيف\t46.20222\t6.14569\tP\tPPLA\tCH\t\tGE\t\t\t\t183981\t\t\t\t2024-01-01",
    "2658434\tSwitzerland\tSwitzerland\tسويسرا\t47.0\t8.0\tA\tPCLI\tCH\t\t00\t\t\t\t8500000\t\t\t\t2024-01-01",
    "990009005\tIbb Governorate\tIbb Governorate\tإب\t14.1\t44.2\tA\tADM1\tYE\t\t23\t\t\t\t2100000\t\t\t\t2024-01-01",
    "2328926\tNigeria\tNigeria\tنيجيريا\t10.0\t8.0\tA\tPCLI\tNG\t\t00\t\t\t\t190000000\t\t\t\t2024-01-01",
    "2352778\tAbuja\tAbuja\tأبوجا\t9.05785\t7.49508\tP\tPPLC\tNG\t\tFC\t\t\t\t1235880\t\t\t\t2024-01-01",
    "4140963\tWashington\tWashington\tواشنطن\t38.89511\t-77.03637\tP\tPPLC\tUS\t\tDC\t\t\t\t689545\t\t\t\t2024-01-01",
    "349114\tAsh Shaykh Zuwayd\tAsh Shaykh Zuwayd\tالشيخ زويد\t31.21\t34.11\tP\tPPL\tEG\t\t27\t\t\t\t60000\t\t\t\t2024-01-01",
};

class ArabicEventPlaceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    index_ = new marsad::testing::SmallIndex("events_places", kRows);
    res_ = index_->resources();
    ASSERT_NE(res_, nullptr);
  }
  static void TearDownTestSuite() { delete index_; }

  // The events of `text` (published 2015-07-24), in order.
  static std::vector<Event> Events(const std::string& text) {
    Document doc;
    doc.id = "t";
    doc.lang = "ar";
    doc.text = text;
    doc.published = "2015-07-24";
    Extractor ex(*res_, ExtractOptions{});
    auto x = ex.Extract(doc);
    EXPECT_TRUE(x.ok());
    return x.ok() ? x->events.events : std::vector<Event>{};
  }
  // The place names of the events of `text`, in order.
  static std::vector<std::string> Places(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& e : Events(text))
      out.push_back(e.place >= 0 ? std::string(res_->gazetteer.Place(static_cast<uint32_t>(e.place)).name) : "");
    return out;
  }
  // The actor 1 ids of the events of `text`, in order.
  static std::vector<std::string> Actors1(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& e : Events(text)) out.push_back(e.actor1 >= 0 ? res_->event_dicts.actors[e.actor1].id : "");
    return out;
  }

  static marsad::testing::SmallIndex* index_;
  static Resources* res_;
};
marsad::testing::SmallIndex* ArabicEventPlaceTest::index_ = nullptr;
Resources* ArabicEventPlaceTest::res_ = nullptr;

// The dateline's city is where the report was filed: the incident is at the place the
// sentence names, and at the dateline's city only when it names none.
TEST_F(ArabicEventPlaceTest, TheDatelinesCityIsTheIncidentsOnlyWhenNoOtherIsNamed) {
  EXPECT_EQ(Places("واس- عدن: أكدت المقاومة الشعبية في اليمن، سقوط قتلى وجرحى في صفوف الحوثيين، في كمين للمقاومة "
                   "بمدينة لحج أمس."),
            std::vector<std::string>{"Lahij"});
  EXPECT_EQ(Places("عدن - «الشرق الأوسط»: قتل خمسة أشخاص في انفجار أمس."), std::vector<std::string>{"Aden"});
}

TEST_F(ArabicEventPlaceTest, TheTownOfTheClauseBeforeItsCountry) {
  // (The geoparser's reading of "كيليس" here is the province of Kilis: finer than Turkey.)
  auto kilis = Places("وقتل جندي قرب كيليس (جنوب تركيا) في صدام مسلح مع متطرفي داعش أمس.");
  ASSERT_EQ(kilis.size(), 1u);
  EXPECT_TRUE(kilis[0].starts_with("Kilis")) << kilis[0];
  EXPECT_EQ(Places("وقصفت الطائرات أمس أحياء في حلب شمال سوريا."), std::vector<std::string>{"Aleppo"});
  // A country alone stays the country.
  EXPECT_EQ(Places("وقصفت الطائرات أمس مواقع في شمال سوريا."), std::vector<std::string>{"Syria"});
}

// The country across a border is a landmark, not the place: the town wins ("في بلدة كيليس ...
// قرب الحدود مع سوريا"), also over the one joined to it ("مع اليمن وسوريا"); with only
// landmarks the article's place stands in.
TEST_F(ArabicEventPlaceTest, TheCountryAcrossABorderIsALandmark) {
  EXPECT_EQ(Places("وقالت الوزارة إن انفجارا في بلدة كيليس بجنوب تركيا قرب الحدود مع سوريا، أسفر عن مقتل 27 شخصا."),
            std::vector<std::string>{"Kilis"});
  EXPECT_EQ(Places("وقالت الوزارة إن انفجارا في بلدة كيليس قرب الحدود مع اليمن وسوريا أسفر عن مقتل 27 شخصا."),
            std::vector<std::string>{"Kilis"});
}

// The place of another incident the clause times this one by ("وبعيد هذا التفجير الأول في
// مدينة سوروتش التركية، استهدف هجوم آخر بسيارة مفخخة حاجزا ... في جنوب مدينة كوباني") is a
// landmark: the car bomb is in the other town.
TEST_F(ArabicEventPlaceTest, ThePlaceOfAnIncidentThisOneIsTimedByIsALandmark) {
  // The places of the bombings the text reports.
  auto bombing_places = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& e : Events(text))
      if (e.event_type == "Explosions/Remote violence")
        out.push_back(e.place >= 0 ? std::string(res_->gazetteer.Place(static_cast<uint32_t>(e.place)).name) : "");
    return out;
  };
  EXPECT_EQ(bombing_places("وبعيد هذا التفجير الأول في مدينة كيليس التركية، استهدف هجوم آخر بسيارة مفخخة حاجزا "
                           "أمنيا في جنوب مدينة حلب السورية."),
            std::vector<std::string>{"Aleppo"});
  EXPECT_EQ(bombing_places("وبالتزامن مع هجوم كيليس فجر انتحاري نفسه أمس بسيارة مفخخة في جنوب مدينة حلب."),
            std::vector<std::string>{"Aleppo"});
}

// Where a person named is exiled or lives ("لهادي الموجود في المنفى في السعودية") describes
// him: the incident's place is the one the clause gives it. Not where forces are ("القوات
// الموجودة في").
TEST_F(ArabicEventPlaceTest, WhereAPersonIsExiledIsNotThePlace) {
  EXPECT_EQ(Places("وبدأت القوات الموالية لهادي الموجود في المنفى في الكويت هجوما واسعا أمس على الحوثيين في لحج."),
            std::vector<std::string>{"Lahij"});
  EXPECT_EQ(Places("وقال القيادي المقيم في الكويت إن مسلحين هاجموا أمس حاجزا للجيش في لحج."),
            std::vector<std::string>{"Lahij"});
  EXPECT_EQ(Places("وهاجم الحوثيون أمس القوات الموجودة في لحج."), std::vector<std::string>{"Lahij"});
}

// Where an official who speaks works ("وقال المسؤول الصحي في عدن ... إن مدنيين قتلوا ... في
// زنجبار", "محافظ عدن", "المتحدث باسم شرطة ولاية هرات") describes him: the incident's place is
// the other one the clause names, and his only when it names none.
TEST_F(ArabicEventPlaceTest, WhereASpeakingOfficialWorksIsNotThePlace) {
  EXPECT_EQ(Places("وقال المسؤول الصحي في عدن إن مدنيين قتلوا أمس بانفجار ألغام تركها الحوثيون في لحج."),
            std::vector<std::string>{"Lahij"});
  EXPECT_EQ(Places("وأعلن محافظ عدن أن مسلحين هاجموا أمس حاجزا للجيش في لحج."), std::vector<std::string>{"Lahij"});
  EXPECT_EQ(Places("وقال المتحدث باسم شرطة ولاية هرات إن خمسة جنود قتلوا أمس في هجوم على حاجز في كابل."),
            std::vector<std::string>{"Kabul"});
  EXPECT_EQ(Places("وقال محافظ عدن إن خمسة أشخاص قتلوا أمس في انفجار."), std::vector<std::string>{"Aden"});
}

// A country right after a verb in the feminine or of speech is the state acting, not the
// incident's place ("دانت مصر التفجير الذي استهدف مسجدا في منطقة عسير").
TEST_F(ArabicEventPlaceTest, ACountryThatActsIsNotThePlace) {
  EXPECT_EQ(Places("ودانت تركيا أمس التفجير الإرهابي الذي استهدف مسجدا في حلب."), std::vector<std::string>{"Aleppo"});
  EXPECT_EQ(Places("وقصفت تركيا أمس مواقع للتنظيم في حلب."), std::vector<std::string>{"Aleppo"});
  // A verb whose root ends in hamza ("بدأت", keyed "بدات") is in the feminine too.
  EXPECT_EQ(Places("وبدأت تركيا أمس قصف مواقع للتنظيم في حلب."), std::vector<std::string>{"Aleppo"});
}

// A capital named for its government ("وقالت أنقرة إن", "اتهمت أنقرة", "مع أنقرة", "حكومة
// أنقرة") is the state acting, not the incident's place; nor is it the article's place when
// every mention of it is such.
TEST_F(ArabicEventPlaceTest, ACapitalNamedForItsGovernmentIsNotThePlace) {
  EXPECT_EQ(Places("واتهمت أنقرة مسلحين بقتل شرطيين أمس في بلدة كيليس."), std::vector<std::string>{"Kilis"});
  EXPECT_EQ(Places("وقال الحزب إن هدنته مع أنقرة انتهت بعد الضربات الجوية التي شنها الجيش أمس على معسكرات في حلب."),
            std::vector<std::string>{"Aleppo"});
  // Where the capital is the place, it stays: "شهدت أنقرة".
  EXPECT_EQ(Places("وشهدت أنقرة أمس انفجارا قتل خمسة أشخاص."), std::vector<std::string>{"Ankara"});
  EXPECT_EQ(Places("وأطلق الحزب عملية السلام مع أنقرة في 2012. وقتل مسلحون شرطيين أمس قرب الحدود السورية. "
                   "ويخوض الحزب تمردا ضد حكومة أنقرة، وقالت أنقرة إنه ينشط في بلدة كيليس."),
            std::vector<std::string>{"Kilis"});
}

// A town in the province the clause names beside it is the more specific place, though the
// province is nearer the country's mention ("في وسط مدينة أريحا، في محافظة إدلب شمال غرب سوريا").
TEST_F(ArabicEventPlaceTest, ATownBeforeItsProvinceIsThePlace) {
  EXPECT_EQ(Places("تحطمت طائرة حربية أمس أثناء قصفها حيا في وسط مدينة أريحا، في محافظة إدلب شمال غرب سوريا ما تسبب "
                   "بمقتل 31 شخصا."),
            std::vector<std::string>{"Ariha"});
}

// One incident told at the city and at its quarter ("قصف على عدن" in the lead, "حي دار سعد"
// in the body) is one event, placed in the quarter; two towns stay two.
TEST_F(ArabicEventPlaceTest, AQuarterAndItsCityAreOnePlace) {
  EXPECT_EQ(Places("قصف الحوثيون أمس مدينة عدن بصواريخ الكاتيوشا. وأصابت صواريخ الحوثيين أمس منطقة دار سعد."),
            std::vector<std::string>{"Dar Saad"});
  EXPECT_EQ(Places("قصف الحوثيون أمس مدينة عدن بصواريخ الكاتيوشا. وأصابت صواريخ الحوثيين أمس مدينة لحج."),
            (std::vector<std::string>{"Aden", "Lahij"}));
}

// A state's police arrest in their own country, whatever the clause says of the network.
TEST_F(ArabicEventPlaceTest, APoliceArrestsInItsCountry) {
  EXPECT_EQ(Places("ضبطت الأجهزة الأمنية الكويتية أمس شبكة إرهابية تنتمي إلى تنظيم داعش في حلب."),
            std::vector<std::string>{"Kuwait"});
}

// ACLED codes one event per place: strikes on two towns are two events, but a road
// between two towns is one place.
TEST_F(ArabicEventPlaceTest, OneEventPerPlaceButNotForWhatLiesBetween) {
  EXPECT_EQ(Places("وقصفت الطائرات أمس مواقع للحوثيين في عدن ولحج."), (std::vector<std::string>{"Aden", "Lahij"}));
  EXPECT_EQ(Places("وقصفت الطائرات أمس مواقع للحوثيين على الطريق الرابط بين عدن ولحج."),
            std::vector<std::string>{"Aden"});
  // "ومثلها قرب لحج": as many strikes near Lahij, another event; "وسط عدن" (the centre of
  // Aden) after a quarter is no second place.
  EXPECT_EQ(Places("وقال التحالف إنه شن أمس أربع غارات قرب عدن ومثلها قرب لحج."),
            (std::vector<std::string>{"Aden", "Lahij"}));
  EXPECT_EQ(Places("وقتل تسعة متمردين أمس في غارة جوية على دار سعد وسط عدن."), std::vector<std::string>{"Dar Saad"});
}

// The country that leads a coalition ("الذي تقوده الولايات المتحدة", "بقيادة السعودية") is who
// leads, not where the strikes fell.
TEST_F(ArabicEventPlaceTest, TheLeadingCountryIsNoPlace) {
  const auto p = Places("لقي عشرات من عناصر تنظيم داعش مصرعهم في ضربات جوية شنتها مقاتلات التحالف الدولي الذي تقوده "
                        "الولايات المتحدة، واستهدفت مواقع للتنظيم في عدد من القرى جنوب شرق محافظة نينوى الأربعاء.");
  ASSERT_FALSE(p.empty());
  for (const auto& name : p) EXPECT_NE(name, "United States");
}

// With no aircraft and no state force named in the article, a strike is flown by the state
// last named before it, a government's by its forces (it was the article's rebels, the
// document's dyad, in an Idlib report).
TEST_F(ArabicEventPlaceTest, TheStateLastNamedFliesWhenNoForceIsNamed) {
  EXPECT_EQ(Actors1("وقالت فصائل المعارضة إنها تقاتل تنظيم داعش. وأفاد المرصد عن مقتل 19 مواطنا جراء غارات جوية نفذها "
                    "الطيران التابع للنظام السوري على مدينة إدلب أمس. وقتل طفلان شقيقان في غارة من طائرات حربية على "
                    "مدينة معرة النعمان."),
            (std::vector<std::string>{"syrian_army", "syrian_army"}));
}

// A place named inside a group's name ("«أنصار بيت المقدس»") is not where the group was hit: the
// clause's own place is ("قرب الشيخ زويد"), and the group's name places nothing when there is one.
TEST_F(ArabicEventPlaceTest, APlaceInsideAGroupsNameIsNotTheIncidents) {
  EXPECT_EQ(Places("وقتل 6 من عناصر جماعة «أنصار بيت المقدس» وأصيب 4 آخرون في قصف جوي نفذته مروحيات الجيش قرب الشيخ "
                   "زويد أمس."),
            std::vector<std::string>{"Ash Shaykh Zuwayd"});
  // The name alone is a mention of the city.
  EXPECT_EQ(Places("وقتل 6 أشخاص في قصف جوي على بيت المقدس أمس."), std::vector<std::string>{"Jerusalem"});
}

// A toll told in a town and its cause placed in the town's province ("إثر غارات ... في محافظة
// مأرب") are one incident, with one toll; not a second incident's cause in another clause.
TEST_F(ArabicEventPlaceTest, ATollAndItsCauseInTheTownsProvinceAreOneIncident) {
  const auto events = Events(
      "وفي مأرب قال مصدر إن نحو 25 من ميليشيات الحوثي قتلوا وأصيب 15 آخرون إثر غارات لطائرات التحالف على مواقع "
      "لهم في محافظة مأرب مساء الجمعة.");
  EXPECT_TRUE(testing::OneEvent(events, "Air/drone strike", 25));
  // "في قصف": the circumstance names the cause too, under a subheading run into the paragraph.
  const auto headed = Events(
      "معارك وغارات وفي محافظة مأرب، التي تشهد معارك طاحنة، قتل 20 متمردا في قصف لطيران التحالف لتجمع لهم في "
      "مدينة مأرب.");
  EXPECT_TRUE(testing::OneEvent(headed, "Air/drone strike", 20));
}

// A road or a front between two places is placed at the first named, so the readings of one
// clause (the ambush, the killing) are one incident.
TEST_F(ArabicEventPlaceTest, BetweenTwoPlacesIsOnePlace) {
  const auto events = Events("وفي كمين على الطريق العام بين عدن ولحج، تمكنت المقاومة من قتل ستة حوثيين وإصابة خمسة آخرين.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].fatalities, 6u);
  EXPECT_EQ(std::string(res_->gazetteer.Place(static_cast<uint32_t>(events[0].place)).name), "Aden");
}

// One first-person word a report quotes ("إنني أندد") does not make it a column: its undated
// readings stay.
TEST_F(ArabicEventPlaceTest, OneQuotedFirstPersonWordIsNoColumn) {
  std::string text = "قال الرئيس إنني أندد بهذا العمل.";
  for (int i = 0; i < 20; ++i) text += " وقال المتحدث إن الوضع في المدينة هادئ تماما.";
  text += " وشنت طائرات التحالف غارات على مواقع الحوثيين في عدن.";
  EXPECT_TRUE(testing::OneEvent(Events(text), "Air/drone strike"));
}

// A trigger of several words is measured from its end: "محاولة اغتيال في تونس" is in Tunisia,
// not in the country of the victim's title just before it ("وزير داخلية ... في ليبيا").
TEST_F(ArabicEventPlaceTest, ATriggersOwnLocativeAfterItIsItsPlace) {
  EXPECT_EQ(Places("نجا مصطفى الدباشي، وزير داخلية الحكومة الانتقالية في ليبيا، أمس، من محاولة اغتيال في تونس خلال "
                   "زيارة غير معلنة رسميا."),
            std::vector<std::string>{"Tunisia"});
}

// A roundup's items are each filed from a city ("* كابل - «الشرق الأوسط»:"): the city opening
// a line is the dateline, not the incident's place, as at the text's opening.
TEST_F(ArabicEventPlaceTest, ARoundupItemsDatelineIsNoPlace) {
  EXPECT_EQ(Places("موجز دوليات\n* وقال مصدر إن الوضع هادئ في المدينة.\n* كابل - «الشرق الأوسط»: قتل ستة "
                   "من عناصر الشرطة في انفجار قنبلة كانت مزروعة إلى جانب الطريق في ولاية هرات الأفغانية أمس."),
            std::vector<std::string>{"Herat"});
}

// A clause that names no place falls to the article's focus: a province of the article's
// country, not a town abroad that country is never named for, where talks are held (Geneva in
// a report on Yemen, named more often than any Yemeni town). A town abroad whose country the
// article names too stays the focus (Kabul, beside Afghanistan).
TEST_F(ArabicEventPlaceTest, AVenueAbroadIsNoFocus) {
  EXPECT_EQ(Places("قتل مسلحون حوثيون ثلاثة مدنيين أمس. وقال مسؤول في اليمن إن القرية تقع في محافظة إب. ويأتي ذلك "
                   "قبل مشاورات جنيف، وقال المبعوث إن الوفود ستصل إلى جنيف الأسبوع المقبل."),
            std::vector<std::string>{"Ibb Governorate"});
  EXPECT_EQ(Places("قتل مسلحون ثلاثة مدنيين أمس. وقال مسؤول في اليمن إن القرية تقع في محافظة إب شرق اليمن، وإن "
                   "اليمن يشهد حربا. وقالت حكومة "
                   "أفغانستان في كابل إن الوفود ستصل إلى كابل الأسبوع المقبل."),
            std::vector<std::string>{"Kabul"});
}

// Nor is a town of a country the article names but tells far less of than its focus country
// (a round-up of bombings in Nigeria that quotes Washington's support, Washington named more
// often than Abuja): the incident told without a place happened in the focus country.
TEST_F(ArabicEventPlaceTest, ATownOfACountryToldOfFarLessIsNoFocus) {
  EXPECT_EQ(Places("قتل 43 شخصا في تفجير أمس. وقال مسؤول في نيجيريا إن الهجمات تتواصل في نيجيريا، وإن جيش "
                   "نيجيريا يطارد المسلحين قرب أبوجا. وقالت نيجيريا إن المسلحين فروا من شمال نيجيريا. وقالت "
                   "الولايات المتحدة في بيان من واشنطن إنها تدعم نيجيريا، وإن وفدا سيغادر واشنطن إلى نيجيريا."),
            std::vector<std::string>{"Abuja"});
}

// A country named as the agent of a launching ("شن الولايات المتحدة غارات") is who struck, not
// where: the place is the country the clause names for the targets.
TEST_F(ArabicEventPlaceTest, TheCountryThatLaunchesIsNoPlace) {
  EXPECT_EQ(Places("وتعرضت القوات للنيران يوم الجمعة مما أدى إلى شن الولايات المتحدة غارات جوية على مواقع "
                   "المسلحين في سوريا."),
            std::vector<std::string>{"Syria"});
}

}  // namespace
}  // namespace marsad::events
