// The events layer with a small gazetteer: readings that sum incidents the article then tells
// one by one (issue 13, session 35).
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "events_testutil.h"
#include "gazetteer/build/index_builder.h"
#include "marsad/gazetteer.h"

namespace marsad::events {
namespace {

using testing::Dicts;

class EventsSummaries : public ::testing::Test {
 protected:
  struct P {
    uint64_t id;
    const char* name;
    double lat, lon;
    char fclass;
    const char* fcode;
    const char* cc;
    const char* a1;
  };
  static void SetUpTestSuite() {
    gazetteer::build::IndexBuilder b;
    const std::vector<P> places = {
        {98182, "Baghdad", 33.34058, 44.40088, 'P', "PPLC", "IQ", "07"},
        {990000001, "Al-Shaab", 33.39, 44.42, 'P', "PPLX", "IQ", "07"},
        {990000002, "Al-Bayaa", 33.27, 44.33, 'P', "PPLX", "IQ", "07"},
        {170063, "Kobani", 36.89, 38.35, 'P', "PPL", "SY", "09"},
    };
    for (const auto& p : places) {
      gazetteer::build::PlaceInput in;
      in.geonameid = p.id;
      in.name = p.name;
      in.lat = p.lat;
      in.lon = p.lon;
      in.feature_class = p.fclass;
      in.feature_code = p.fcode;
      in.country = p.cc;
      in.admin1 = p.a1;
      b.AddName(b.AddPlace(in), p.name, gazetteer::kNameMain);
    }
    path_ = new std::string(std::filesystem::temp_directory_path() /
                            ("events_summaries_" + std::to_string(::getpid()) + ".mgz"));
    ASSERT_TRUE(b.Write(*path_, 0).ok());
    auto g = gazetteer::Gazetteer::Open(*path_);
    ASSERT_TRUE(g.ok()) << g.status().message();
    gaz_ = new gazetteer::Gazetteer(std::move(g).value());
  }
  static void TearDownTestSuite() {
    delete gaz_;
    std::filesystem::remove(*path_);
    delete path_;
  }

  // The events of `s` (published 2015-08-04), each (surface, place index) a mention of the
  // small gazetteer's place (indices in the order above).
  static EventResult Run(const std::string& s, const std::vector<std::pair<std::string, int64_t>>& spans) {
    return testing::RunEvents(s, "2015-08-04", "IQ", {}, spans, gaz_).result;
  }

  static std::string* path_;
  static gazetteer::Gazetteer* gaz_;
};

std::string* EventsSummaries::path_ = nullptr;
gazetteer::Gazetteer* EventsSummaries::gaz_ = nullptr;

// "قتل 21 شخصا ... في ثلاث هجمات استهدفت مناطق في بغداد", then the suicide bombing in الشعب
// and the car bomb in البياع: the blasts told one by one are the incidents, the count of them
// in Baghdad is their sum. Without the count ("في هجوم استهدف"), the reading stays.
TEST_F(EventsSummaries, ACountOfAttacksToldOneByOneIsTheirSum) {
  const std::string details =
      " واستهدف تفجيران انتحاريان بحزام ناسف نقطة تفتيش للجيش والشرطة في منطقة الشعب في شمال شرقي بغداد، بينما "
      "انفجرت سيارة مفخخة في سوق شعبية بمنطقة البياع (غرب).";
  const std::vector<std::pair<std::string, int64_t>> spans = {{"بغداد", 0}, {"الشعب", 1}, {"البياع", 2}};
  const EventResult r =
      Run("فقد قتل 21 شخصًا على الاقل مساء أمس، في ثلاث هجمات استهدفت مناطق في بغداد." + details, spans);
  ASSERT_FALSE(r.events.empty());
  bool skipped = false;
  for (const SkippedEvent& s : r.skipped) skipped = skipped || s.reason.starts_with("a count of incidents");
  EXPECT_TRUE(skipped);
  const EventResult one = Run("فقد قتل 21 شخصًا على الاقل مساء أمس، في هجوم استهدف مناطق في بغداد." + details, spans);
  bool kept = false;
  for (const SkippedEvent& s : one.skipped) EXPECT_FALSE(s.reason.starts_with("a count of incidents"));
  for (const Event& e : one.events) kept = kept || e.fatalities == 21;
  EXPECT_TRUE(kept);
}

// Session 39: Kurdish fighters are the Kurdish forces of the country they fight in (Kobani's
// YPG), whatever country the article is about (the Peshmerga of an Iraq article).
TEST_F(EventsSummaries, KurdishFightersAreThoseOfThePlaceTheyFightIn) {
  const EventResult r = Run("واشتبك المقاتلون الأكراد مع عناصر تنظيم داعش في مدينة كوباني أمس.", {{"كوباني", 3}});
  bool ypg = false;
  for (const Event& e : r.events)
    for (const int32_t a : {e.actor1, e.actor2}) {
      if (a < 0) continue;
      EXPECT_NE(Dicts().actors[a].id, "peshmerga");
      ypg = ypg || Dicts().actors[a].id == "ypg";
    }
  EXPECT_TRUE(ypg);
}

}  // namespace
}  // namespace marsad::events
