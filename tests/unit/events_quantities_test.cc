#include "events_testutil.h"

namespace marsad::events {
namespace {

using testing::RunEvents;

const Quantity* Only(const testing::Run& r) {
  EXPECT_EQ(r.result.quantities.size(), 1u);
  return r.result.quantities.empty() ? nullptr : &r.result.quantities[0];
}

TEST(EventsQuantities, MoreThan4000KilledBelongsToSdf) {
  auto r = RunEvents("وقد بلغت خسائر القوات المهاجمة التي تنضوي جميعها تحت لواء قوات قسد أكثر من 4000 قتيل، ما عدا المصابين.");
  const Quantity* q = Only(r);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->value, 4000u);
  EXPECT_EQ(q->qualifier, "more_than");
  EXPECT_EQ(q->category, "killed");
  EXPECT_EQ(r.Surface(q->start, q->end), "4000");
  EXPECT_EQ(r.Surface(q->phrase_start, q->phrase_end), "أكثر من 4000 قتيل");
  ASSERT_GE(q->actor, 0);
  EXPECT_EQ(testing::Dicts().actors[q->actor].id, "sdf");
}

TEST(EventsQuantities, PostposedQualifierFighters) {
  auto r = RunEvents("تم تقدير العدد بـ 150 مقاتل تقريباً لايزالون داخل المدينة، وهم من أبناء الرقة المنتسبين لداعش.");
  const Quantity* q = Only(r);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->value, 150u);
  EXPECT_EQ(q->qualifier, "about");
  EXPECT_EQ(q->category, "fighters");
  ASSERT_GE(q->actor, 0);
  EXPECT_EQ(testing::Dicts().actors[q->actor].id, "isis");
}

TEST(EventsQuantities, AboutCivilians) {
  auto r = RunEvents("أن حوالي 7000 مدني لايزالون داخل المدينة");
  const Quantity* q = Only(r);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->value, 7000u);
  EXPECT_EQ(q->qualifier, "about");
  EXPECT_EQ(q->category, "civilians");
}

TEST(EventsQuantities, HundredsOfBodies) {
  auto r = RunEvents("المئات من جثث الأشخاص تحت الأنقاض");
  const Quantity* q = Only(r);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->value, 100u);
  EXPECT_EQ(q->qualifier, "vague");
  EXPECT_EQ(q->category, "bodies");
  EXPECT_EQ(r.Surface(q->start, q->end), "المئات");
}

TEST(EventsQuantities, ArabicIndicDigitsWordsMultipliersDuals) {
  auto r = RunEvents("مقتل ٤٬٥٠٠ مدني. وسقط ثلاثة آلاف جريح. وعثر على جثتين. ما لا يقل عن 12 طفلا.");
  ASSERT_EQ(r.result.quantities.size(), 4u);
  EXPECT_EQ(r.result.quantities[0].value, 4500u);
  EXPECT_EQ(r.result.quantities[0].category, "killed");
  EXPECT_EQ(r.result.quantities[0].of, "civilians");
  EXPECT_EQ(r.result.quantities[1].value, 3000u);
  EXPECT_EQ(r.result.quantities[1].category, "wounded");
  EXPECT_EQ(r.result.quantities[2].value, 2u);
  EXPECT_EQ(r.result.quantities[2].category, "bodies");
  EXPECT_EQ(r.result.quantities[3].value, 12u);
  EXPECT_EQ(r.result.quantities[3].qualifier, "at_least");
  EXPECT_EQ(r.result.quantities[3].category, "children");
}

TEST(EventsQuantities, English) {
  auto r = RunEvents("At least 12 civilians were killed and dozens of fighters wounded; two hundred people fled.");
  ASSERT_GE(r.result.quantities.size(), 2u);
  EXPECT_EQ(r.result.quantities[0].value, 12u);
  EXPECT_EQ(r.result.quantities[0].qualifier, "at_least");
  EXPECT_EQ(r.result.quantities[0].category, "civilians");
  EXPECT_EQ(r.result.quantities[1].value, 12u);
  EXPECT_EQ(r.result.quantities[1].category, "fighters");
}

TEST(EventsQuantities, BareNumbersAreNotCounts) {
  auto r = RunEvents("في عام 2017 ارتفعت الأسعار 10 بالمئة.");
  EXPECT_TRUE(r.result.quantities.empty());
}

}  // namespace
}  // namespace marsad::events
