// One incident told twice in one article (session 36, issue 13): MergeMentions with stand-in
// place relations (1 and 2 are towns of one province, 3 a town elsewhere).
#include <string>
#include <vector>

#include "events/incidents.h"
#include "events_testutil.h"

namespace marsad::events {
namespace {

using testing::RunEvents;

auto SameProvince() {
  return [](int64_t a, int64_t b) { return a != 3 && b != 3; };
}

std::vector<Event> Merge(std::vector<Event> events, std::vector<EventMeta> meta,
                         const std::vector<Quantity>& quantities = {}) {
  MergeMentions(
      -1, quantities, [](int64_t, int64_t) { return false; }, SameProvince(), [](int64_t) { return false; }, &events,
      &meta);
  return events;
}

Event Clash(int64_t place, uint32_t at, const char* date) {
  Event e;
  e.event_type = "Battles";
  e.sub_event_type = "Armed clash";
  e.actor1 = 1;
  e.actor2 = 2;
  e.place = place;
  e.place_mention = static_cast<int32_t>(place);
  e.date = date;
  e.date_precision = "day";
  e.start = at;
  e.end = at + 100;
  e.mentions.assign(1, {e.start, e.end});
  return e;
}

// "أفاد مصدر من المقاومة الشعبية اليوم الجمعة بمقتل ثمانية عشر حوثياً خلال الاشتباكات ... في
// مدينة الضالع", then "مواجهات عنيفة اندلعت مساء امس الخميس ... في منطقة سناح عقب محاولة
// الحوثيين الهجوم على مواقع المقاومة" and their eighteen dead: the sides in the other order, the
// same figure, two places of one province, a day apart: one battle, of the earlier day (the
// later the day it was told). Not at a town of another province, nor with another side.
TEST(EventsRetold, OneFigureOfAClashWithItsSidesInTheOtherOrder) {
  std::vector<Quantity> quantities(2);
  quantities[0].value = quantities[1].value = 18;
  auto lead = [&] {
    Event e = Clash(1, 0, "2015-07-31");
    e.fatalities = 18;
    e.fatalities_quantity = 0;
    return e;
  };
  auto closer = [&](int64_t place) {
    Event e = Clash(place, 139, "2015-07-30");
    std::swap(e.actor1, e.actor2);
    e.fatalities = 18;
    e.fatalities_quantity = 1;
    return e;
  };
  auto one = Merge({lead(), closer(2)}, std::vector<EventMeta>(2), quantities);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].date, "2015-07-30");
  EXPECT_EQ(one[0].actor1, 2);  // the sides in the order of the telling of that day
  EXPECT_EQ(one[0].fatalities, 18u);
  EXPECT_EQ(Merge({lead(), closer(3)}, std::vector<EventMeta>(2), quantities).size(), 2u);
  auto other = closer(2);
  other.actor1 = 5;
  EXPECT_EQ(Merge({lead(), other}, std::vector<EventMeta>(2), quantities).size(), 2u);
}

// "وفي البيضاء شنت المقاومة الشعبية هجمات متعددة ومباغتة استهدفت الحوثيين" (a targeting verb,
// read as shelling by default), then "وتستمر المعارك ... في مديرية ذي ناعم": one incident, the
// clash, in either order. Not on another day, nor at a town of another province.
TEST(EventsRetold, ATargetingVerbAndTheClashItTells) {
  auto targeted = [](int64_t place, const char* date) {
    Event e = Clash(place, 0, date);
    e.event_type = "Explosions/Remote violence";
    e.sub_event_type = "Shelling/artillery/missile attack";
    e.date_from_context = true;
    return e;
  };
  auto meta = [](bool first_targeted) {
    std::vector<EventMeta> m(2);
    EventMeta& t = m[first_targeted ? 0 : 1];
    t.no_weapon = t.targeted = true;
    return m;
  };
  auto clash = [] {
    Event e = Clash(2, 490, "2015-08-06");
    e.date_from_context = true;
    return e;
  };
  auto one = Merge({targeted(1, "2015-08-06"), clash()}, meta(true));
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].event_type, "Battles");
  EXPECT_EQ(one[0].sub_event_type, "Armed clash");
  auto later = targeted(1, "2015-08-06");
  later.start = 900, later.end = 1000, later.mentions.assign(1, {later.start, later.end});
  auto clash_first = Merge({clash(), later}, meta(false));
  ASSERT_EQ(clash_first.size(), 1u);
  EXPECT_EQ(clash_first[0].sub_event_type, "Armed clash");
  EXPECT_EQ(Merge({targeted(1, "2015-08-05"), clash()}, meta(true)).size(), 2u);
  EXPECT_EQ(Merge({targeted(3, "2015-08-06"), clash()}, meta(true)).size(), 2u);
}

// "قصف جوي للقوات العراقية استهدف أحد المنازل في قضاء الرطبة" (the target unnamed), then
// "طائرة عسكرية عراقية أطلقت صاروخين على أحد المنازل فجر الجمعة وسط قضاء الرطبة ... مقتل 16
// مدنيا": one striker's strikes on one place and one day of their own, one event whatever each
// telling reads as their target. Not at another place (even of one province), nor on another day.
TEST(EventsRetold, OneStrikersStrikesOnOnePlaceAndDay) {
  auto strike = [](int64_t place, uint32_t at, int32_t target, const char* date) {
    Event e = Clash(place, at, date);
    e.event_type = "Explosions/Remote violence";
    e.sub_event_type = "Air/drone strike";
    e.actor2 = target;
    return e;
  };
  auto one = Merge({strike(1, 0, -1, "2015-07-31"), strike(1, 145, 4, "2015-07-31")}, std::vector<EventMeta>(2));
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].mentions.size(), 2u);
  EXPECT_EQ(Merge({strike(1, 0, 2, "2015-07-31"), strike(1, 145, 4, "2015-07-31")}, std::vector<EventMeta>(2)).size(),
            1u);
  EXPECT_EQ(Merge({strike(1, 0, 2, "2015-07-31"), strike(2, 145, 4, "2015-07-31")}, std::vector<EventMeta>(2)).size(),
            2u);
  EXPECT_EQ(Merge({strike(1, 0, 2, "2015-07-31"), strike(1, 145, 4, "2015-07-30")}, std::vector<EventMeta>(2)).size(),
            2u);
}


// "وسيطرت القوات الموالية للرئيس هادي على منطقة مثلث العلم عند المدخل الشرقي لعدن" (the
// paper's day), then "وكانت قد انتزعت السيطرة على عدن من الحوثيين في 17 يوليو": a clause in
// the pluperfect with a day of its own two weeks before is what had happened before, not the
// day of the incident told; told without "كان ... قد", the day joins the incident.
TEST(EventsRetold, APluperfectDayWeeksBeforeIsAnotherIncident) {
  auto taken = [](uint32_t at, const char* date, bool published) {
    Event e = Clash(1, at, date);
    e.event_type = "Strategic developments";
    e.sub_event_type = "Government regains territory";
    e.date_from_published = published;
    return e;
  };
  std::vector<EventMeta> meta(2);
  meta[1].pluperfect = true;
  EXPECT_EQ(Merge({taken(199, "2015-07-30", true), taken(293, "2015-07-17", false)}, meta).size(), 2u);
  EXPECT_EQ(Merge({taken(199, "2015-07-30", true), taken(293, "2015-07-17", false)}, std::vector<EventMeta>(2)).size(),
            1u);
}
// A definite generic plural that a relative clause describes ("وقال سكان وشهود إن الهجمات التي
// وقعت في 19 يوليو نفذها الحوثيون"), or that opens its sentence as its verb's subject ("ووقعت
// الهجمات خلال زيارة للرئيس النيجيري"), names the incident told before: one
// event. Not attacks counted ("تبنت المقاومة عددا من الهجمات التي نفذتها"), nor attacks of
// another day.
TEST(EventsRetold, AGenericPluralDescribedOrOpeningItsSentenceIsTheIncidentToldBefore) {
  const char* lead = "أمطرت القوات الموالية للحوثيين حي دار سعد في عدن بقذائف الهاون في 19 يوليو. ";
  auto described = RunEvents(std::string(lead) + "وقال سكان وشهود إن الهجمات التي وقعت في 19 يوليو نفذها الحوثيون.",
                             "2015-07-31", "YE");
  EXPECT_EQ(described.result.events.size(), 1u);
  auto subject = RunEvents("قتل 20 شخصا في تفجيرين انتحاريين في مدينة مايدوغوري شمال شرق نيجيريا أمس. ووقعت الهجمات بعد "
                           "ساعات من خطاب للرئيس النيجيري محمد بخاري.",
                           "2015-07-23");
  EXPECT_EQ(subject.result.events.size(), 1u);
  auto other_day = RunEvents(std::string(lead) + "وقال سكان وشهود إن الهجمات التي وقعت في 25 يوليو نفذها الحوثيون.",
                             "2015-07-31", "YE");
  EXPECT_EQ(other_day.result.events.size(), 2u);
  auto counted = RunEvents(std::string(lead) + "وتبنت المقاومة الشعبية في عدن عددا من الهجمات التي استهدفت الحوثيين "
                           "في 19 يوليو.",
                           "2015-07-31", "YE");
  EXPECT_EQ(counted.result.events.size(), 2u);
}

// A trigger told again with the article, with no day of its own ("بأن انفجار السيارة المفخخة خلف
// خمسة قتلى" after "تفجير سيارة مفخخة شمال العاصمة صنعاء"), placed only by the article's focus and
// read with other sides: the incident the telling without the article named. Not another
// trigger, nor after a first telling with the article.
TEST(EventsRetold, ATriggerToldAgainWithTheArticleIsTheIncidentToldBefore) {
  auto bomb = [](int64_t place, uint32_t at, int32_t trigger) {
    Event e;
    e.event_type = "Explosions/Remote violence";
    e.sub_event_type = "Remote explosive/landmine/IED";
    e.trigger = trigger;
    e.actor1 = 1;
    e.place = place;
    e.place_mention = static_cast<int32_t>(place);
    e.date = "2015-07-20";
    e.date_precision = "day";
    e.start = at;
    e.end = at + 100;
    e.mentions.assign(1, {e.start, e.end});
    return e;
  };
  auto run = [&](int32_t trigger, bool first_indefinite) {
    Event told = bomb(3, 400, trigger);
    told.place_mention = -1;  // the article's focus
    told.actor1 = 4;
    told.actor2 = 5;
    told.date_from_context = true;
    told.fatalities = 5;
    EventMeta first, again;
    first.indefinite = first_indefinite;
    again.definite_repeat = true;
    return Merge({bomb(1, 0, 7), told}, {first, again});
  };
  auto merged = run(7, true);
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0].place, 1);
  EXPECT_EQ(merged[0].fatalities, 5u);
  EXPECT_EQ(run(8, true).size(), 2u);
  EXPECT_EQ(run(7, false).size(), 2u);
}

}  // namespace
}  // namespace marsad::events
