#include "events_testutil.h"

namespace marsad::events {
namespace {

using testing::Dicts;
using testing::RunEvents;

std::string Id(int32_t a) { return a >= 0 ? Dicts().actors[a].id : ""; }

TEST(EventsAssembly, AgreementBetweenXAndY) {
  auto r = RunEvents("ووصلت المفاوضات بين قيادة قسد وقيادة التنظيم داعش إلى اتفاق كامل.", "2017-10-15");
  bool found = false;
  for (const auto& e : r.result.events) {
    if (e.plover != "AGREE") continue;
    found = true;
    EXPECT_EQ(e.event_type, "Strategic developments");
    EXPECT_EQ(Id(e.actor1), "sdf");
    EXPECT_EQ(Id(e.actor2), "isis");
    EXPECT_EQ(e.date, "2017-10-15");
    EXPECT_EQ(e.start, 0u);
  }
  EXPECT_TRUE(found);
}

TEST(EventsAssembly, ShellingWithClitic) {
  auto r = RunEvents("وقصفت قوات النظام بالمدفعية بلدة كفرنبل أمس، ما أدى إلى مقتل 5 مدنيين.", "2017-10-15");
  ASSERT_FALSE(r.result.events.empty());
  const Event& e = r.result.events[0];
  EXPECT_EQ(Id(e.actor1), "syrian_army");
  EXPECT_EQ(e.fatalities, 5u);
  EXPECT_EQ(e.date, "2017-10-14");
}

TEST(EventsAssembly, NegatedTriggerIsNoEvent) {
  auto r = RunEvents("ويتعهدون بعدم القتال مجدداً.");
  EXPECT_TRUE(r.result.events.empty());
}

TEST(EventsAssembly, ProtestEnglish) {
  auto r = RunEvents("Hundreds of protesters staged a demonstration in Basra on Friday.", "2019-10-06");
  bool protest = false;
  for (const auto& e : r.result.events) protest |= e.plover == "PROTEST" && e.event_type == "Protests";
  EXPECT_TRUE(protest);
}

}  // namespace
}  // namespace marsad::events
