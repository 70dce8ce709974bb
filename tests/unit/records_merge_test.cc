// The records layer: day intervals, the compatibility rules, the conservative toll, and the
// streaming merge (in memory and through sorted runs on disk alike, whatever the input order).
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <random>

#include "../../src/records/internal.h"
#include "marsad/records.h"
#include "marsad/text.h"

namespace marsad::records {
namespace {

Report R(std::string doc, std::string date, std::string place = "g1", uint64_t toll = 0) {
  Report r;
  r.doc_id = std::move(doc);
  r.event_type = "Explosions/Remote violence";
  r.sub_event_type = "Air/drone strike";
  r.actor1 = "RUS_MIL";
  r.place_key = std::move(place);
  r.place_name = "Idlib";
  r.country = "SY";
  r.admin1 = "12";
  r.feature = "P.PPLA";
  r.lat = 35.93;
  r.lon = 36.63;
  r.has_point = true;
  r.date = std::move(date);
  r.date_precision = "day";
  std::tie(r.day_lo, r.day_hi) = DayInterval(r.date, "day", false);
  r.fatalities = toll;
  r.toll_stated = toll > 0;
  r.spans = {{10, 50}};
  return r;
}

TEST(DayInterval, Precisions) {
  auto d = DayInterval("2015-07-21", "day", false);
  EXPECT_EQ(d.first, d.second);
  EXPECT_EQ(IsoDay(d.first), "2015-07-21");
  auto p = DayInterval("2015-07-21", "day", true);  // the day of publication or the one before
  EXPECT_EQ(IsoDay(p.first), "2015-07-20");
  EXPECT_EQ(IsoDay(p.second), "2015-07-21");
  auto w = DayInterval("2015-07-21", "week", false);
  EXPECT_EQ(w.second - w.first, 6);
  auto m = DayInterval("2016-02-01", "month", false);
  EXPECT_EQ(IsoDay(m.second), "2016-02-29");
  for (auto [date, prec] : {std::pair{"2015", "year"}, {"2015-01-01", "year"}, {"", "day"}, {"2015-13-01", "day"},
                            {"garbage!!!", "day"}}) {
    auto x = DayInterval(date, prec, false);
    EXPECT_GT(x.first, x.second) << date << " " << prec;
  }
}

TEST(Compatible, SameIncidentTwoOutlets) {
  MergeOptions opt;
  EXPECT_TRUE(Compatible(R("a", "2015-07-21"), R("b", "2015-07-21"), opt).ok);
}

TEST(Compatible, Rules) {
  MergeOptions opt;
  Report a = R("a", "2015-07-21");
  EXPECT_EQ(Compatible(a, R("a", "2015-07-21"), opt).why, "one document");
  EXPECT_EQ(Compatible(a, R("b", "2015-07-22"), opt).why, "date");  // same town, next day
  Report t = R("b", "2015-07-21");
  t.event_type = "Battles";
  t.sub_event_type = "Armed clash";
  EXPECT_EQ(Compatible(a, t, opt).why, "event type");
  Report s = R("b", "2015-07-21");
  s.sub_event_type = "Shelling/artillery/missile attack";
  EXPECT_EQ(Compatible(a, s, opt).why, "sub-event type");
  // Another place: near (3 km) joins, far (Aleppo, ~55 km) does not.
  Report near = R("b", "2015-07-21", "g2");
  near.lat += 0.027;
  EXPECT_TRUE(Compatible(a, near, opt).ok);
  Report far = R("b", "2015-07-21", "g3");
  far.lat = 36.20;
  far.lon = 37.16;
  EXPECT_EQ(Compatible(a, far, opt).why, "place");
  // A province as the place is no locality.
  Report prov = R("b", "2015-07-21");
  prov.feature = "A.ADM1";
  EXPECT_FALSE(Compatible(a, prov, opt).ok);
  Report undated = R("b", "");
  EXPECT_FALSE(Compatible(a, undated, opt).ok);
}

Report Worded(Report r, const std::string& text) {
  r.sentences = r.evidence = text;
  Prepare(&r);
  return r;
}

TEST(Compatible, DatesWithinTheirPrecision) {
  MergeOptions opt;
  const std::string s = "سقوط مقذوف عسكري على منزل في قرية المغايرة بمحافظة الحرث";
  Report pub = Worded(R("b", "2015-07-22"), s);  // no date in the text: published the next day
  pub.date_source = "published";
  std::tie(pub.day_lo, pub.day_hi) = DayInterval(pub.date, "day", true);
  EXPECT_TRUE(Compatible(Worded(R("a", "2015-07-21"), s), pub, opt).ok);
  EXPECT_FALSE(Compatible(Worded(R("a", "2015-07-18"), s), pub, opt).ok);  // the 19th: a reprint
  // The fields alone join one day: a day an article names within the window of another's
  // day of publication is one (the 21st, published on the 22nd with no date of its own).
  Report plain = pub;
  plain.grams.clear();
  EXPECT_TRUE(Compatible(R("a", "2015-07-21"), plain, opt).ok);
  EXPECT_TRUE(Compatible(plain, R("a", "2015-07-22"), opt).ok);
  EXPECT_EQ(Compatible(R("a", "2015-07-20"), plain, opt).why, "worded apart, not one day");  // outside the window
  Report carried = R("a", "2015-07-21");  // a day carried from another sentence: no
  carried.date_source = "context";
  EXPECT_EQ(Compatible(carried, plain, opt).why, "worded apart, not one day");
  Report pub2 = R("a", "2015-07-22");  // two windows: one of two days each, no one day
  pub2.date_source = "published";
  std::tie(pub2.day_lo, pub2.day_hi) = DayInterval(pub2.date, "day", true);
  EXPECT_EQ(Compatible(pub2, plain, opt).why, "worded apart, not one day");
  Report battle = R("a", "2015-07-21"), battle_pub = plain;  // a town's fighting goes on: no
  battle.event_type = battle_pub.event_type = "Battles";
  battle.sub_event_type = battle_pub.sub_event_type = "Armed clash";
  EXPECT_EQ(Compatible(battle, battle_pub, opt).why, "worded apart, not one day");
  Report month = R("c", "2015-07-01");  // a month tells no incident from another
  month.date_precision = "month";
  std::tie(month.day_lo, month.day_hi) = DayInterval(month.date, "month", false);
  EXPECT_EQ(Compatible(R("a", "2015-07-21"), month, opt).why, "no place or date");
}


// A date carried from an earlier sentence (`context`) is the one most often a day off: two
// papers' reports of one bombing in Sitrah, the 27th in one and the 28th in the other, worded
// somewhat alike (0.10 to 0.15) and alike in every other field.
TEST(Compatible, ACarriedDateMayBeADayOff) {
  MergeOptions opt;
  const std::string s1 = "قتل شرطيان واصيب خمسة اخرون في انفجار قنبلة استهدف دورية للشرطة في جزيرة سترة";
  const std::string s2 = "اعلنت وزارة الداخلية البحرينية مقتل شرطيين في تفجير ارهابي في جزيرة سترة امس الاثنين واصابة خمسة من رجال الامن";
  auto bombing = [&](std::string doc, std::string date, const std::string& text) {
    Report r = R(std::move(doc), std::move(date));
    r.sub_event_type = "Remote explosive/landmine/IED";
    return Worded(r, text);
  };
  Report own = bombing("a", "2015-07-27", s1), carried = bombing("b", "2015-07-28", s2);
  carried.date_source = "context";
  double sim = TextSimilarity(own, carried);
  ASSERT_GE(sim, 0.10);
  ASSERT_LT(sim, opt.min_similarity);
  EXPECT_TRUE(Compatible(own, carried, opt).ok);
  EXPECT_TRUE(Compatible(carried, own, opt).ok);
  Report named = carried;  // both days named: two incidents
  named.date_source.clear();
  EXPECT_EQ(Compatible(own, named, opt).why, "date");
  Report unworded = carried;  // the fields alone: no
  unworded.grams.clear();
  EXPECT_EQ(Compatible(own, unworded, opt).why, "worded apart, not one day");
  Report two_days = bombing("b", "2015-07-29", s2);
  two_days.date_source = "context";
  EXPECT_FALSE(Compatible(own, two_days, opt).ok);
  // What a place sees day after day: shelling, raids, fighting, attacks.
  for (const char* sub : {"Shelling/artillery/missile attack", "Air/drone strike"}) {
    Report o = own, c = carried;
    o.sub_event_type = c.sub_event_type = sub;
    EXPECT_EQ(Compatible(o, c, opt).why, "worded apart, not one day") << sub;
  }
  Report o = own, c = carried;
  o.event_type = c.event_type = "Violence against civilians";
  o.sub_event_type = c.sub_event_type = "Attack";
  EXPECT_EQ(Compatible(o, c, opt).why, "worded apart, not one day");
  o.event_type = c.event_type = "Battles";
  o.sub_event_type = c.sub_event_type = "Armed clash";
  EXPECT_EQ(Compatible(o, c, opt).why, "worded apart, not one day");
  o.event_type = c.event_type = "Violence against civilians";  // a single incident: one
  o.sub_event_type = c.sub_event_type = "Abduction/forced disappearance";
  EXPECT_TRUE(Compatible(o, c, opt).ok);
}

TEST(Compatible, AlikeWording) {
  MergeOptions opt;
  const std::string s1 = "قتل خمسة مدنيين في غارة جوية لطائرات روسية على بلدة معرة النعمان في ريف إدلب";
  const std::string s2 = "أفاد ناشطون أن الطيران الروسي قصف معرة النعمان بريف إدلب ما أدى إلى مقتل خمسة مدنيين";
  Report a = Worded(R("a", "2015-07-21"), s1);
  // The other outlet has the province as the place and another sub-type: the wording joins them.
  Report b = R("b", "2015-07-21", "g9");
  b.feature = "A.ADM1";
  b.sub_event_type = "Shelling/artillery/missile attack";
  b = Worded(b, s2);
  EXPECT_GT(TextSimilarity(a, b), opt.min_similarity);
  EXPECT_TRUE(Compatible(a, b, opt).ok);
  // Another perpetrator's shelling is another attack, however alike the wording (the
  // Houthis' shells and the coalition's raids on one town); a copy is still one story.
  Report theirs = b;
  theirs.actor1 = "houthis";
  theirs.inter1 = 2;
  a.inter1 = 8;
  EXPECT_EQ(Compatible(a, theirs, opt).why, "sub-event type");
  theirs.sub_event_type = a.sub_event_type;  // an air strike by "them": the wording joins
  EXPECT_TRUE(Compatible(a, theirs, opt).ok);
  Report copied = Worded(R("b", "2015-07-21", "g9"), s1 + " " + s2);
  copied.sub_event_type = "Shelling/artillery/missile attack";
  copied.actor1 = "houthis";
  copied.inter1 = 2;
  EXPECT_GE(TextSimilarity(a, copied), opt.copy_similarity);
  EXPECT_TRUE(Compatible(a, copied, opt).ok);
  Report unworded = b;
  unworded.grams.clear();
  EXPECT_FALSE(Compatible(R("a", "2015-07-21"), unworded, opt).ok);  // the fields alone: no
  EXPECT_LT(TextSimilarity(a, b), opt.copy_similarity);
  // Not across provinces far apart, nor across event types.
  Report far = b;
  far.admin1 = "09";
  far.lat = 36.20;
  far.lon = 37.16;
  EXPECT_FALSE(Compatible(a, far, opt).ok);
  Report other_type = b;
  other_type.event_type = "Battles";
  EXPECT_FALSE(Compatible(a, other_type, opt).ok);
  // Days the articles name themselves, one apart: two incidents unless one story is copied.
  Report next = Worded(R("c", "2015-07-22"), s2);
  EXPECT_EQ(Compatible(a, next, opt).why, "date");
  Report copy = Worded(R("d", "2015-07-22"), s1);
  EXPECT_TRUE(Compatible(a, copy, opt).ok);
  Report pub = Worded(R("e", "2015-07-22"), s2);  // an inferred date may miss by a day
  pub.date_source = "context";
  EXPECT_TRUE(Compatible(a, pub, opt).ok);
  Report claim = Worded(R("f", "2015-07-22"), s2);  // so may a claim's day, the attack's or after it
  claim.date_source = "claim";
  EXPECT_TRUE(Compatible(a, claim, opt).ok);
}

TEST(Compatible, AReprintMayBeTwoDaysOff) {
  MergeOptions opt;
  const std::string wire = "تبنى تنظيم القاعدة في بلاد المغرب قتل 14 جنديا جزائريا في كمين نصبه في ولاية عين الدفلى";
  Report a = Worded(R("a", "2015-07-18"), wire);
  EXPECT_TRUE(Compatible(a, Worded(R("b", "2015-07-20"), "الجزائر - " + wire), opt).ok);
  Report other = Worded(R("b", "2015-07-20"), "قتل 14 جنديا في كمين بولاية عين الدفلى");
  EXPECT_LT(TextSimilarity(a, other), opt.reprint_similarity);
  EXPECT_EQ(Compatible(a, other, opt).why, "date");  // worded apart: two incidents
  EXPECT_EQ(Compatible(a, Worded(R("b", "2015-07-21"), wire), opt).why, "date");  // three days: no
}

TEST(Compatible, Actors) {
  MergeOptions opt;
  Report a = R("a", "2015-07-21"), b = R("b", "2015-07-21");
  b.actor2 = "CIV";  // one names more: may be one incident
  EXPECT_TRUE(Compatible(a, b, opt).ok);
  Report c = R("c", "2015-07-21");
  c.actor1 = "SYR_MIL";  // each names one the other does not
  EXPECT_EQ(Compatible(a, c, opt).why, "actors");
  Report d = R("d", "2015-07-21");
  d.actor1.clear();  // names none
  EXPECT_TRUE(Compatible(c, d, opt).ok);
  Report e = R("e", "2015-07-21");  // roles swapped: the same pair
  e.actor1 = "CIV";
  e.actor2 = "RUS_MIL";
  EXPECT_TRUE(Compatible(b, e, opt).ok);
}

// Unless copied, two towns with two counts are two incidents, however alike the phrasing
// of two bombings in one province; a revised toll in one town, or in the town and its
// province, still joins.
TEST(Compatible, TwoTownsWithTwoTollsAreTwoIncidents) {
  MergeOptions opt;
  const std::string s1 = "مقتل ستة مدنيين وإصابة آخرين بانفجار عبوة ناسفة في حي اليرموك غربي بعقوبة";
  const std::string s2 = "قالت مصادر أمنية إن عشرة مدنيين قتلوا بانفجار عبوتين ناسفتين في سوق قضاء المقدادية شمال شرقي بعقوبة";
  Report baqubah = Worded(R("a", "2015-07-21", "g1", 6), s1);
  Report miqdadiyah = R("b", "2015-07-21", "g2", 10);
  miqdadiyah.lat += 0.3;  // 33 km off
  miqdadiyah = Worded(miqdadiyah, s2);
  double sim = TextSimilarity(baqubah, miqdadiyah);
  EXPECT_GE(sim, opt.min_similarity);
  EXPECT_LT(sim, opt.copy_similarity);
  EXPECT_EQ(Compatible(baqubah, miqdadiyah, opt).why, "towns and tolls");
  Report revised = Worded(R("b", "2015-07-21", "g1", 10), s2);  // the same town, a higher count
  EXPECT_TRUE(Compatible(baqubah, revised, opt).ok);
  Report province = miqdadiyah;
  province.feature = "A.ADM1";
  EXPECT_TRUE(Compatible(baqubah, province, opt).ok);
  Report unstated = miqdadiyah;
  unstated.toll_stated = false;
  EXPECT_TRUE(Compatible(baqubah, unstated, opt).ok);
}

// The parts of the day a text names for an incident: "صباح"/"فجر" and "مساء"/"ليل" before a
// day, or as adverbs; "فجر نفسه" (blew himself up) and "صباح" before no day are none.
TEST(DayParts, MorningAndEvening) {
  auto parts = [](const char* s) { return DayParts(text::NormalizeKey(s)); };
  EXPECT_EQ(parts("سقوط ثمانية قتلى صباح اليوم (الجمعة)"), Report::kMorning);
  EXPECT_EQ(parts("غارات فجر أمس الأحد"), Report::kMorning);
  EXPECT_EQ(parts("قتل 8 حوثيين صباحاً"), Report::kMorning);
  EXPECT_EQ(parts("ووقع تفجير انتحاري مساء الجمعة أمام مدخل أكاديمية الشرطة"), Report::kEvening);
  EXPECT_EQ(parts("قتل تسعة متمردين ليلا في غارة جوية"), Report::kEvening);
  EXPECT_EQ(parts("في ساعة متأخرة من مساء أمس وعقب فجر اليوم الأحد"), Report::kMorning | Report::kEvening);
  EXPECT_EQ(parts("أن انتحاريا فجر نفسه في وسط مجموعة من طلاب أكاديمية الشرطة"), 0);
  EXPECT_EQ(parts("استقبل الشيخ صباح الأحمد"), 0);
}

// Kabul, 7 Aug 2015: a truck bomb in a residential district "this morning (Friday)" and a
// suicide bombing at the police academy "on Friday evening" are two incidents of one city
// and one day (dev pairs p038, p040 were joined by their alike wording or by every field
// agreeing); two reports of the morning, a report naming no time, a copy, another day, or
// two battles (fighting lasts) are not kept apart by it.
TEST(Compatible, MorningAndEveningOfOneDayAreTwoIncidents) {
  MergeOptions opt;
  auto kabul = [](std::string doc, std::string date, const std::string& text) {
    Report r = R(std::move(doc), std::move(date));
    r.sub_event_type = "Remote explosive/landmine/IED";
    r.place_key = "g1138958";
    r.country = "AF";
    return Worded(r, text);
  };
  Report morning = kabul("a", "2015-08-07", "أسفر هجوم بشاحنة مفخخة في حي سكني في كابل عن سقوط ثمانية قتلى صباح اليوم (الجمعة)");
  Report evening = kabul("b", "2015-08-07", "ووقع تفجير انتحاري مساء الجمعة أمام مدخل أكاديمية الشرطة في كابل");
  Report evening2 = kabul("c", "2015-08-07", "شن أربعة متشددين هجوما على قاعدة عسكرية على أطراف كابل بسيارة مفخخة مساء الجمعة");
  Report morning2 = kabul("d", "2015-08-07", "قتل 15 شخصا صباح أمس في هجوم بشاحنة مفخخة في العاصمة كابل");
  Report untimed = kabul("e", "2015-08-07", "وقتل 15 شخصا في هجوم بشاحنة مفخخة في العاصمة كابل");
  Verdict v = Compatible(morning, evening, opt);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.why, "time of day");
  EXPECT_EQ(Compatible(evening2, morning, opt).why, "time of day");
  EXPECT_TRUE(Apart(morning, evening, opt));
  EXPECT_TRUE(Compatible(morning, morning2, opt).ok);
  EXPECT_TRUE(Compatible(evening, evening2, opt).ok);
  EXPECT_TRUE(Compatible(morning, untimed, opt).ok);
  Report copy = kabul("f", "2015-08-07", "أسفر هجوم بشاحنة مفخخة في حي سكني في كابل عن سقوط ثمانية قتلى مساء اليوم (الجمعة)");
  EXPECT_TRUE(Compatible(morning, copy, opt).ok);  // a copy: one of them has the time wrong
  Report next_day = kabul("g", "2015-08-08", "ووقع تفجير انتحاري مساء السبت أمام مدخل أكاديمية الشرطة في كابل");
  EXPECT_NE(Compatible(morning, next_day, opt).why, "time of day");
  Report clash_am = morning, clash_pm = evening;
  for (Report* r : {&clash_am, &clash_pm}) {
    r->event_type = "Battles";
    r->sub_event_type = "Armed clash";
  }
  EXPECT_NE(Compatible(clash_am, clash_pm, opt).why, "time of day");
}

// Two articles counting one toll within a day in one region report one incident, even when
// the extractor typed them apart; a small toll, a toll one article does not state, two
// tolls, two days apart, another province or the country as the place do not join.
TEST(Compatible, OneStatedTollJoinsWithinADay) {
  MergeOptions opt;
  Report bombing = R("a", "2015-07-20", "g1", 32);
  Report clash = R("b", "2015-07-21", "g2", 32);  // another place of the province, 80 km off
  clash.event_type = "Battles";
  clash.sub_event_type = "Armed clash";
  clash.lat += 0.7;
  EXPECT_TRUE(Compatible(bombing, clash, opt).ok);
  Report revised = clash;
  revised.fatalities = 30;
  EXPECT_EQ(Compatible(bombing, revised, opt).why, "event type");
  Report unstated = clash;
  unstated.toll_stated = false;
  EXPECT_EQ(Compatible(bombing, unstated, opt).why, "event type");
  Report later = clash;
  later.date = "2015-07-22";
  std::tie(later.day_lo, later.day_hi) = DayInterval(later.date, "day", false);
  EXPECT_EQ(Compatible(bombing, later, opt).why, "event type");
  Report country = clash;  // placed in the country: no region
  country.place_key = "g5", country.feature = "A.PCLI", country.admin1.clear(), country.lat = 36.2;  // 30 km off
  EXPECT_EQ(Compatible(bombing, country, opt).why, "event type");
  Report elsewhere = clash;  // another province, far: four killed here, four there
  elsewhere.admin1 = "09";
  EXPECT_EQ(Compatible(bombing, elsewhere, opt).why, "event type");
  Report abroad = clash;
  abroad.country = "TR";
  EXPECT_EQ(Compatible(bombing, abroad, opt).why, "country");
  Report four = R("a", "2015-07-20", "g1", 4), four_too = clash;  // too small a toll
  four_too.fatalities = 4;
  EXPECT_EQ(Compatible(four, four_too, opt).why, "event type");
  opt.toll_min = 0;  // off
  EXPECT_EQ(Compatible(bombing, clash, opt).why, "event type");
}

// A suicide bombing is "an explosion" in a report that names no bomber; shelling and an
// air strike in one town on one day stay two incidents.
TEST(Compatible, ABombingWhetherOrNotTheBomberIsNamed) {
  MergeOptions opt;
  Report ied = R("a", "2015-08-06"), suicide = R("b", "2015-08-06"), shelling = R("c", "2015-08-06");
  ied.sub_event_type = "Remote explosive/landmine/IED";
  suicide.sub_event_type = "Suicide bomb";
  shelling.sub_event_type = "Shelling/artillery/missile attack";
  EXPECT_TRUE(Compatible(ied, suicide, opt).ok);
  EXPECT_EQ(Compatible(R("a", "2015-08-06"), shelling, opt).why, "sub-event type");  // an air strike
  EXPECT_EQ(Compatible(ied, shelling, opt).why, "sub-event type");
}

// A change of control between the same two sides is one incident whichever side a report
// reads as the state (the sub-type follows it): Anbar University retaken on 26 Jul 2015 is
// "Government regains territory" (iraqi_army|isis) in one paper and "Non-state actor
// overtakes territory" (isis|iraqi_army) in another. Other sides, or a clash, stay apart.
TEST(Compatible, OneChangeOfControlWhicheverSideIsTheState) {
  MergeOptions opt;
  auto with = [](std::string doc, std::string sub, std::string a1, std::string a2) {
    Report r = R(std::move(doc), "2015-07-26");
    r.event_type = "Battles";
    r.sub_event_type = std::move(sub);
    r.actor1 = std::move(a1), r.inter1 = 1, r.actor2 = std::move(a2), r.inter2 = 2;
    return r;
  };
  Report regains = with("a", "Government regains territory", "iraqi_army", "isis");
  Report overtakes = with("b", "Non-state actor overtakes territory", "isis", "iraqi_army");
  EXPECT_TRUE(Compatible(regains, overtakes, opt).ok);
  Report same_order = with("b", "Non-state actor overtakes territory", "iraqi_army", "isis");
  EXPECT_TRUE(Compatible(regains, same_order, opt).ok);
  Report others = with("b", "Non-state actor overtakes territory", "isis", "pmf");
  EXPECT_FALSE(Compatible(regains, others, opt).ok);
  Report one_side = with("b", "Non-state actor overtakes territory", "isis", "");
  EXPECT_EQ(Compatible(regains, one_side, opt).why, "sub-event type");
  Report clash = with("b", "Armed clash", "isis", "iraqi_army");
  EXPECT_EQ(Compatible(regains, clash, opt).why, "sub-event type");
}

// One outlet's "unidentified gunmen" are another's Houthis; "the government forces" the
// army; the residents of a house and "civilians" are civilians. Two named armed groups, or
// an armed group and civilians, still contradict.
TEST(Compatible, VagueActorsAreNoContradiction) {
  MergeOptions opt;
  auto with = [](std::string doc, std::string a1, int i1, std::string a2, int i2) {
    Report r = R(std::move(doc), "2015-08-02");
    r.actor1 = std::move(a1), r.inter1 = i1, r.actor2 = std::move(a2), r.inter2 = i2;
    return r;
  };
  Report houthis = with("a", "houthis", 2, "civilians_sa", 7);
  EXPECT_TRUE(Compatible(houthis, with("b", "unidentified_gunmen_sa", 3, "civilians_sa", 7), opt).ok);
  EXPECT_TRUE(Compatible(houthis, with("b", "unidentified_gunmen_sa", 3, "white_helmets", 7), opt).ok);
  EXPECT_TRUE(Compatible(with("a", "generic_state_forces", 1, "isis", 2), with("b", "isis", 2, "generic_government", 1),
                         opt).ok);
  EXPECT_TRUE(Compatible(with("a", "saudi_led_coalition", 8, "houthis", 2),
                         with("b", "unidentified_military_forces", 8, "houthis", 2), opt).ok);
  // Unidentified gunmen are no army, nor civilians; a generic actor keeps its inter code.
  EXPECT_EQ(Compatible(with("a", "turkish_army", 1, "isis", 2), with("b", "unidentified_gunmen_tr", 3, "police_tr", 1),
                       opt).why,
            "actors");
  EXPECT_EQ(Compatible(with("a", "taliban", 2, "generic_police", 1), with("b", "unidentified_gunmen_af", 3, "civilians_af", 7),
                       opt).why,
            "actors");
  EXPECT_EQ(Compatible(with("a", "generic_rebels", 2, "civilians_sy", 7), with("b", "syrian_army", 1, "civilians_sy", 7),
                       opt).why,
            "actors");
  // Without inter codes the ids alone decide.
  EXPECT_EQ(Compatible(with("a", "houthis", 0, "", 0), with("b", "unidentified_gunmen_ye", 0, "civilians_ye", 0), opt).why,
            "actors");
}

TEST(ConservativeToll, Rules) {
  Report a = R("a", "2015-07-21", "g1", 5), b = R("b", "2015-07-21", "g1", 3), c = R("c", "2015-07-21", "g1", 0);
  Toll t = ConservativeToll({&a, &b, &c});
  EXPECT_EQ(t.fatalities, 3u);  // the lowest stated toll; the report without one is no zero
  EXPECT_EQ(t.rule, "lowest of 2 stated tolls (3-5)");
  EXPECT_EQ(ConservativeToll({&a}).rule, "the report's toll");
  EXPECT_EQ(ConservativeToll({&c}).fatalities, 0u);
  EXPECT_EQ(ConservativeToll({&c, &c}).rule, "no report states a toll");
  Report a2 = R("d", "2015-07-21", "g1", 5);
  EXPECT_EQ(ConservativeToll({&a, &a2, &c}).rule, "2 of 3 reports state this toll");
}

// A record line as `marsad extract` writes it (only the fields merge reads).
std::string Line(const std::string& id, const std::string& date, const std::string& place_id, int toll) {
  return R"({"id":")" + id + R"(","lang":"ar","published":")" + date +
         R"(","events":[{"start":0,"end":20,"evidence":"x","event_type":"Explosions/Remote violence",)"
         R"("sub_event_type":"Air/drone strike","actor1":{"id":"RUS_MIL","name":"Military Forces of Russia","inter":8},)"
         R"("actor2":null,"place":{"name":"Idlib","geonameid":)" + place_id +
         R"(,"feature_class":"P","feature_code":"PPLA","country":"SY","admin1":"12","lat":35.93,"lon":36.63,"mention":0},)"
         R"("date":")" + date + R"(","date_precision":"day","fatalities":)" + std::to_string(toll) +
         (toll ? R"(,"fatalities_quantity":0)" : "") + R"(,"confidence":0.8}],"errors":[]})";
}

// The records of `lines` merged within `memory` bytes; `runs`, when given, the sorted runs
// the merge wrote.
std::vector<std::string> MergeAll(const std::vector<std::string>& lines, size_t memory, size_t* runs = nullptr) {
  MergeOptions opt;
  opt.memory_bytes = memory;
  Merger m(opt);
  for (const auto& l : lines) EXPECT_TRUE(m.AddLine(l, "test").ok());
  std::vector<std::string> out;
  EXPECT_TRUE(m.Finish([&](const Record& r) {
                 out.push_back(RecordJson(r));
                 return Status::Ok();
               }).ok());
  if (runs) *runs = m.stats().runs;
  return out;
}

TEST(Merger, JoinsAcrossDocumentsAndIsOrderFree) {
  std::vector<std::string> lines;
  for (int day = 1; day <= 20; ++day)
    for (int outlet = 0; outlet < 3; ++outlet) {
      char date[16];
      std::snprintf(date, sizeof date, "2015-07-%02d", day);
      lines.push_back(Line("doc-" + std::to_string(day) + "-" + std::to_string(outlet), date,
                           std::to_string(100 + day % 2), outlet + 1));
    }
  auto whole = MergeAll(lines, size_t{64} << 20);
  ASSERT_EQ(whole.size(), 20u);  // one record a day, three reports each
  EXPECT_NE(whole[0].find(R"x("fatalities":1,"fatalities_rule":"lowest of 3 stated tolls (1-3)","n_reports":3)x"),
            std::string::npos)
      << whole[0];
  std::mt19937 rng(7);
  std::shuffle(lines.begin(), lines.end(), rng);
  EXPECT_EQ(MergeAll(lines, size_t{64} << 20), whole);
  EXPECT_EQ(MergeAll(lines, 4096), whole);  // a run on disk every few reports
}

// A report meets the open records holding a report of its event type or one stating its
// toll (the keys of the sweep without a scorer): the Suruc bombing told as a suicide bombing
// in one paper and as a clash in another, 32 dead in both, is one record; a clash there that
// day stating no toll does not join it (the bombing's report is of another type), though
// it fits the clash's report.
TEST(Merger, OneStatedTollJoinsAcrossEventTypes) {
  auto battle = [](std::string line) {
    line.replace(line.find("Explosions/Remote violence"), 26, "Battles");
    line.replace(line.find("Air/drone strike"), 16, "Armed clash");
    return line;
  };
  std::vector<std::string> lines{Line("a", "2015-07-20", "101", 32), battle(Line("b", "2015-07-20", "101", 32)),
                                 battle(Line("c", "2015-07-20", "101", 0))};
  auto records = MergeAll(lines, size_t{64} << 20);
  ASSERT_EQ(records.size(), 2u);
  std::sort(records.begin(), records.end(), [](const std::string& x, const std::string& y) {
    return x.find(R"("doc_ids":["a","b"])") != std::string::npos && y.find(R"("doc_ids":["a","b"])") == std::string::npos;
  });
  EXPECT_NE(records[0].find(R"("doc_ids":["a","b"])"), std::string::npos) << records[0];
  EXPECT_NE(records[1].find(R"("doc_ids":["c"])"), std::string::npos) << records[1];
}

// Complete link keeps two records of one incident apart when a report of one contradicts a
// report of the other (the Suruç bombing's record of 40 and its record of 11): a of the
// 20th (30 dead) and c of that day (32 dead) agree on every field, b names the 21st and 32
// dead in c's words, so b fits c (one toll) but not a (two days, worded apart). Before the
// first record closes, the two join: their leads agree but for the day, one toll is stated
// across, and c and b are worded alike. Not for battles, whose fighting lasts.
TEST(Merger, ARecordJoinsAnotherOfTheSameIncident) {
  const std::string own = "قال شهود إن غارة جوية استهدفت سوقا شعبيا في المدينة صباح اليوم";
  const std::string wire = "أسفر هجوم انتحاري على مركز ثقافي في بلدة سروج عن مقتل 32 شخصا";
  auto reports = [&](bool battle) {
    std::vector<Report> v{Worded(R("a", "2015-07-20", "g1", 30), own), Worded(R("c", "2015-07-20", "g1", 32), wire),
                          Worded(R("b", "2015-07-21", "g1", 32), "سروج - " + wire + " وإصابة العشرات")};
    for (Report& r : v)
      if (battle) std::tie(r.event_type, r.sub_event_type) = std::pair{"Battles", "Armed clash"};
    return v;
  };
  auto merge = [](const std::vector<Report>& rs, bool join) {
    MergeOptions opt;
    opt.join_records = join;
    Merger m{opt};
    for (const Report& r : rs) EXPECT_TRUE(m.AddReport(r).ok());
    std::vector<size_t> sizes;
    EXPECT_TRUE(m.Finish([&](const Record& r) {
                   sizes.push_back(r.reports.size());
                   return Status::Ok();
                 }).ok());
    std::sort(sizes.begin(), sizes.end());
    return sizes;
  };
  MergeOptions opt;
  ASSERT_FALSE(Compatible(reports(false)[0], reports(false)[2], opt).ok);  // a and b: two days, worded apart
  EXPECT_EQ(merge(reports(false), false), (std::vector<size_t>{1, 2}));  // complete link alone
  EXPECT_EQ(merge(reports(false), true), (std::vector<size_t>{3}));
  EXPECT_EQ(merge(reports(true), true), (std::vector<size_t>{1, 2}));  // battles: no
}

// One report of an extraction record, with its own words, place and date.
std::string Said(const std::string& id, const std::string& date, const std::string& text, const std::string& place,
                 const std::string& feature) {
  return R"({"id":")" + id + R"(","events":[{"start":0,"end":20,"evidence":")" + text +
         R"(","event_type":"Battles","sub_event_type":"Armed clash","actor1":{"id":"HOUTHI"},)"
         R"("place":{"name":"Zinjibar","geonameid":)" + place + R"(,"feature_class":")" + feature.substr(0, 1) +
         R"(","feature_code":")" + feature.substr(2) + R"(","country":"YE","admin1":"01","lat":13.13,"lon":45.38},)"
         R"("date":")" + date + R"(","date_precision":"day"}]})";
}

TEST(Merger, CopiesOfOneStoryBridgeTwoRecords) {
  // The wire's story (a) and a paper's copy of it placed in the province (c), and another
  // paper's own wording with every field as a's (b): a~b by the fields, a~c by the wording,
  // but b and c are worded apart and c has no locality, so complete link alone makes two
  // records, {a, b} and {c}. Nothing says b and c are two incidents: the copy joins them.
  const std::string wire = "سيطرت قوات الشرعية والمقاومة الشعبية على مدينة زنجبار عاصمة محافظة أبين بعد معارك مع الحوثيين";
  const std::string own = "أعلنت مصادر عسكرية تحرير عاصمة أبين بالكامل ظهر الأحد";
  std::vector<std::string> lines = {Said("a", "2015-08-09", wire, "1", "P.PPLA"),
                                    Said("b", "2015-08-09", own, "1", "P.PPLA"),
                                    Said("c", "2015-08-09", "واس - " + wire, "2", "A.ADM1")};
  auto out = MergeAll(lines, size_t{64} << 20);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].find(R"("n_reports":3)"), std::string::npos) << out[0];
  std::reverse(lines.begin(), lines.end());
  EXPECT_EQ(MergeAll(lines, 4096), out);
  // The copy dates it the next day and b names its own day: b and c are apart (the same
  // town the next day), so the copy joins a's record only if b is not in it.
  lines = {Said("a", "2015-08-09", wire, "1", "P.PPLA"), Said("b", "2015-08-09", own, "1", "P.PPLA"),
           Said("c", "2015-08-10", "واس - " + wire, "2", "A.ADM1")};
  EXPECT_EQ(MergeAll(lines, size_t{64} << 20).size(), 2u);
}

std::vector<std::string> MergeReports(const std::vector<Report>& reports) {
  Merger m{MergeOptions{}};
  for (const Report& r : reports) EXPECT_TRUE(m.AddReport(r).ok());
  std::vector<std::string> out;
  EXPECT_TRUE(m.Finish([&](const Record& r) {
                 out.push_back(RecordJson(r));
                 return Status::Ok();
               }).ok());
  return out;
}

TEST(Merger, AnIncidentOneArticleToldTwiceIsOneRecord) {
  // Article a tells the incident in its lead and again in the spokesman's paragraph (two
  // events of every field alike); b and c tell it once. Neither of a's events may join a
  // record holding the other alone, so a's second event opens a record of its own; b and c
  // fit both records, which are then one.
  Report lead = R("a", "2015-07-24"), quote = R("a", "2015-07-24");
  quote.index = 1;
  auto out = MergeReports({lead, quote, R("b", "2015-07-24"), R("c", "2015-07-24")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].find(R"("n_reports":4,)"), std::string::npos) << out[0];
  EXPECT_NE(out[0].find(R"("doc_ids":["a","b","c"])"), std::string::npos) << out[0];
  // Two incidents of one article (the Russian strike and the Syrian one) stay two records,
  // though the other papers name no actor and so fit both.
  Report other = quote;
  other.actor1 = "SYR_MIL";
  Report b = R("b", "2015-07-24"), c = R("c", "2015-07-24");
  b.actor1.clear();
  c.actor1.clear();
  EXPECT_EQ(MergeReports({lead, other, b, c}).size(), 2u);
}

TEST(Merger, AReprintTwoDaysOffJoins) {
  // The sweep keeps a record open long enough for the reprint to meet it.
  const std::string wire = "تبنى تنظيم القاعدة في بلاد المغرب قتل 14 جنديا جزائريا في كمين نصبه في ولاية عين الدفلى";
  std::vector<std::string> lines = {Said("a", "2015-08-07", wire, "1", "P.PPLA"),
                                    Said("b", "2015-08-09", "الجزائر - " + wire, "1", "P.PPLA")};
  EXPECT_EQ(MergeAll(lines, size_t{64} << 20).size(), 1u);
  lines[1] = Said("b", "2015-08-09", "قتل 14 جنديا في كمين بولاية عين الدفلى", "1", "P.PPLA");
  EXPECT_EQ(MergeAll(lines, size_t{64} << 20).size(), 2u);
  // Reprints off (--reprint-similarity 2): the copy two days off is another incident.
  lines[1] = Said("b", "2015-08-09", "الجزائر - " + wire, "1", "P.PPLA");
  MergeOptions off;
  off.reprint_similarity = 2;
  Merger m(off);
  for (const auto& l : lines) ASSERT_TRUE(m.AddLine(l, "t").ok());
  size_t n = 0;
  ASSERT_TRUE(m.Finish([&](const Record&) {
                 ++n;
                 return Status::Ok();
               }).ok());
  EXPECT_EQ(n, 2u);
}

// The runs on disk hold a report's sentences after its evidence once (a line's sentences
// begin with it); sentences that do not, and an empty evidence, come back whole too: a
// reprint two days off joins by its wording, every report gone through a run or none.
TEST(Merger, RunsKeepTheSentencesWhole) {
  const std::string wire = "تبنى تنظيم القاعدة في بلاد المغرب قتل 14 جنديا جزائريا في كمين نصبه في ولاية عين الدفلى";
  auto records = [](const Report& a, const Report& b, size_t memory) {
    MergeOptions opt;
    opt.memory_bytes = memory;
    Merger m(opt);
    EXPECT_TRUE(m.AddReport(a).ok());
    EXPECT_TRUE(m.AddReport(b).ok());
    size_t n = 0;
    EXPECT_TRUE(m.Finish([&](const Record&) {
                   ++n;
                   return Status::Ok();
                 }).ok());
    return n;
  };
  Report a = R("a", "2015-08-07"), b = R("b", "2015-08-09");
  // (a's evidence, b's evidence): the sentences are the wire story's for both.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {wire, "الجزائر"}, {wire.substr(0, 40), ""}, {wire + " أمس", wire}};
  for (const auto& c : cases) {
    a.evidence = c.first;
    b.evidence = c.second;
    a.sentences = b.sentences = wire + "\nقتل 14 جنديا";
    EXPECT_EQ(records(a, b, size_t{64} << 20), 1u) << c.first;
    EXPECT_EQ(records(a, b, 1), 1u) << c.first;
  }
  b.sentences = "قتل 14 جنديا في كمين بولاية عين الدفلى";  // worded apart: two incidents
  EXPECT_EQ(records(a, b, size_t{64} << 20), 2u);
  EXPECT_EQ(records(a, b, 1), 2u);
}

// After the first run the sort buffer holds only the reports' encodings (a report is then
// needed from a run only), so a run holds about twice the reports it did in the same memory;
// the records are those of the merge in memory, whatever the budget.
TEST(Merger, RunsAfterTheFirstHoldOnlyEncodings) {
  std::vector<std::string> lines;
  for (int day = 1; day <= 20; ++day)
    for (int outlet = 0; outlet < 3; ++outlet) {
      char date[16];
      std::snprintf(date, sizeof date, "2015-07-%02d", day);
      lines.push_back(Line("doc-" + std::to_string(day) + "-" + std::to_string(outlet), date,
                           std::to_string(100 + day % 2), outlet + 1));
    }
  auto runs = [&](size_t memory) {
    size_t n = 0;
    EXPECT_EQ(MergeAll(lines, memory, &n), MergeAll(lines, size_t{64} << 20)) << memory;
    return n;
  };
  // A report here was counted with its strings after every spill: 10 KB made 12 runs of
  // the 60 reports; counted as an encoding after the first, 5.
  EXPECT_LE(runs(10'000), 7u);
  EXPECT_EQ(runs(1), 60u);  // every report over the budget alone: a run each, as before
}

TEST(Compatible, ApartIsEvidenceOfTwoIncidents) {
  MergeOptions opt;
  const std::string s1 = "قتل خمسة مدنيين في غارة جوية لطائرات روسية على بلدة معرة النعمان في ريف إدلب";
  const std::string s2 = "أفاد ناشطون أن الطيران الروسي قصف معرة النعمان بريف إدلب ما أدى إلى مقتل خمسة مدنيين";
  Report a = Worded(R("a", "2015-07-21"), s1);
  Report far = Worded(R("b", "2015-07-21", "g3"), "اشتباكات في حلب");  // not compatible, yet not apart
  far.feature = "A.ADM1";
  EXPECT_FALSE(Compatible(a, far, opt).ok);
  EXPECT_FALSE(Apart(a, far, opt));
  EXPECT_TRUE(Apart(a, Worded(R("a", "2015-07-21"), s1), opt));  // one document
  EXPECT_TRUE(Apart(a, Worded(R("b", "2015-07-24"), s1), opt));  // three days apart
  EXPECT_TRUE(Apart(a, Worded(R("b", "2015-07-23"), s2), opt));  // two days apart, in other words
  EXPECT_FALSE(Apart(a, Worded(R("b", "2015-07-23"), s1), opt));  // a reprint two days off
  EXPECT_TRUE(Apart(a, Worded(R("b", "2015-07-22"), s2), opt));  // the next day, in other words
  EXPECT_FALSE(Apart(a, Worded(R("b", "2015-07-22"), s1), opt));  // a copy dated a day later
  Report other = Worded(R("b", "2015-07-21"), s2);
  other.country = "TR";
  EXPECT_TRUE(Apart(a, other, opt));
  other = Worded(R("b", "2015-07-21"), s2);
  other.event_type = "Battles";
  EXPECT_TRUE(Apart(a, other, opt));
  other = Worded(R("b", "2015-07-21"), s1);
  other.event_type = "Battles";
  EXPECT_FALSE(Apart(a, other, opt));  // the copy calls it a battle
}

TEST(Merger, BadLinesAreErrorsNamingThem) {
  Merger m(MergeOptions{});
  Status s = m.AddLine("{not json", "f.jsonl:3");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("f.jsonl:3"), std::string::npos);
  EXPECT_FALSE(m.AddLine(R"({"id":"x","events":{}})", "f.jsonl:4").ok());
  EXPECT_FALSE(m.AddLine(R"({"id":"x","events":[{"end":3}]})", "f.jsonl:5").ok());
  EXPECT_TRUE(m.AddLine(R"({"id":"x","source":"a.txt","error":"too large"})", "f.jsonl:6").ok());
  EXPECT_EQ(m.stats().error_records, 1u);
}

// The merge parses only the members it reads; the others are stepped over, strings with
// escaped quotes and brackets inside them included.
TEST(ReadReports, StepsOverTheMembersItDoesNotRead) {
  std::vector<Report> rs;
  bool was_error = false;
  std::string line = R"({"places":[{"surface":"a \"]}\\","n":[1,{"x":"}"}]}],"id":"d1","focus":null,)"
                     R"("lang":"ar","actors":"{[","events":[{"start":3,"end":9,"evidence":"e \"q\"",)"
                     R"("event_type":"Battles","place":{"geonameid":7,"country":"YE"}}],"n":-1.5e3})";
  ASSERT_TRUE(ReadReports(line, "f:1", &rs, &was_error).ok());
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].doc_id, "d1");
  EXPECT_EQ(rs[0].lang, "ar");
  EXPECT_EQ(rs[0].evidence, "e \"q\"");
  EXPECT_EQ(rs[0].place_key, "g7");
  // Members named like the wanted ones inside a member stepped over are not the record's.
  rs.clear();
  ASSERT_TRUE(ReadReports(R"({"places":[{"id":"p","events":[{"start":0,"end":1}],"error":"x"}],"id":"d2",)"
                          R"("events":[{"start":1,"end":2,"place":{"id":"q"}}]})",
                          "f:3", &rs, &was_error).ok());
  EXPECT_FALSE(was_error);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].doc_id, "d2");
  EXPECT_EQ(rs[0].spans.front(), std::make_pair(1u, 2u));
  EXPECT_NE(ReadReports(R"([{"id":"d3"}])", "f:4", &rs, &was_error).message().find("not a JSON object"), std::string::npos);
  // Not plainly an object: the whole line is parsed, and its error is rapidjson's.
  // Malformed JSON inside a member it steps over is still an error ("places":[1,,2]).
  for (std::string bad : {R"({"id":"d1","events":[{"start":1,"end":2}]} x)", R"({"id":"d1","events":[}])",
                          R"({"id":"d1","places":[1,}]})", R"({"id":"d1","places":[1,,2],"events":[]})",
                          R"({"id":"d1","focus":{"a" 1},"events":[]})"}) {
    Status st = ReadReports(bad, "f:2", &rs, &was_error);
    EXPECT_FALSE(st.ok()) << bad;
    EXPECT_NE(st.message().find("not JSON"), std::string::npos) << st.message();
  }
}

// A line nesting deeper than the recursive parser goes (64 containers) is read whole by the
// iterative one: deep members it steps over are no error and overflow no stack; errors are
// the iterative parser's, deep or not.
TEST(ReadReports, ReadsLinesNestingDeepAsShallowOnes) {
  std::vector<Report> rs;
  bool was_error = false;
  const std::string events = R"("events":[{"start":1,"end":2,"event_type":"Battles"}])";
  for (size_t depth : {size_t{1}, size_t{63}, size_t{64}, size_t{65}, size_t{200000}}) {
    std::string deep = std::string(depth, '[') + "1" + std::string(depth, ']');
    rs.clear();
    Status st = ReadReports(R"({"id":"d","focus":)" + deep + "," + events + "}", "f:1", &rs, &was_error);
    ASSERT_TRUE(st.ok()) << depth << ": " << st.message();
    ASSERT_EQ(rs.size(), 1u) << depth;
    EXPECT_EQ(rs[0].event_type, "Battles");
    // Deep inside a member it reads: claimed_by's own bound, the same message at any depth.
    st = ReadReports(R"({"id":"d","events":[{"start":1,"end":2,"claimed_by":)" + deep + "}]}", "f:2", &rs, &was_error);
    EXPECT_EQ(st.ok(), depth + 1 <= 32) << depth;
    // Broken after the deep part: RapidJSON's message and offset, as the iterative parser gives them.
    st = ReadReports(R"({"id":"d","focus":)" + deep + ",}", "f:3", &rs, &was_error);
    EXPECT_NE(st.message().find("not JSON (Missing a name for object member. at byte " +
                                std::to_string(19 + 2 * depth + 1) + ")"),
              std::string::npos)
        << depth << ": " << st.message();
  }
}

// The reader steps over a string's plain bytes in blocks (report.cc): every string, of any
// length, with escapes and control bytes anywhere in it, reads as RapidJSON's own parse reads
// it, and a broken one is the same error at the same byte.
TEST(ReadReports, ReadsStringsAsRapidJsonDoes) {
  const std::vector<std::string> pieces = {"a", "\\\"", "\\\\", "\\/", "\\n", "\\u00e9", "\\ud83d\\ude00", "بغداد", "\t",
                                           "\x01", "\\x", "\\u12", "\x1f", " ", "\x7f\xc3"};
  std::mt19937 rng(7);
  size_t ok = 0, bad = 0;
  for (int n = 0; n < 3000; ++n) {
    std::string s;
    for (size_t len = rng() % 40, i = 0; i < len; ++i) s += rng() % 3 ? "x" : pieces[rng() % pieces.size()];
    // In the evidence (read) and in a member stepped over; the line cut short now and then.
    std::string line = R"({"id":"d","focus":")" + s + R"(","events":[{"start":1,"end":2,"evidence":")" + s + "\"}]}";
    if (n % 10 == 0) line.resize(rng() % line.size());
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
    std::vector<Report> rs;
    bool was_error = false;
    Status st = ReadReports(line, "f:1", &rs, &was_error);
    if (d.HasParseError()) {
      ++bad;
      ASSERT_FALSE(st.ok()) << line;
      EXPECT_EQ(st.message(), std::string("f:1: not JSON (") + rapidjson::GetParseError_En(d.GetParseError()) +
                                  " at byte " + std::to_string(d.GetErrorOffset()) + ")")
          << line;
      continue;
    }
    ++ok;
    ASSERT_TRUE(st.ok()) << line << ": " << st.message();
    ASSERT_EQ(rs.size(), 1u);
    const auto& e = d["events"][0]["evidence"];
    EXPECT_EQ(rs[0].evidence, std::string(e.GetString(), e.GetStringLength())) << line;
  }
  EXPECT_GT(ok, 300u);
  EXPECT_GT(bad, 300u);
}

// Every field ReadReports fills, as one string (the reports of two readings compare equal).
std::string ReportFields(const Report& r) {
  std::string o;
  for (const std::string* f : {&r.doc_id, &r.source, &r.url, &r.published, &r.lang, &r.event_type, &r.sub_event_type,
                               &r.actor1, &r.actor2, &r.actor1_name, &r.actor2_name, &r.place_key, &r.place_name,
                               &r.country, &r.admin1, &r.feature, &r.date, &r.date_precision, &r.date_source,
                               &r.claimed_by_json, &r.notes, &r.evidence, &r.sentences})
    o += *f + '\x1f';
  char nums[256];
  std::snprintf(nums, sizeof nums, "%u %d %d %a %a %d %d %d %d %llu %d %a", r.index, r.inter1, r.inter2, r.lat, r.lon,
                r.has_point, r.place_from_focus, r.day_lo, r.day_hi, static_cast<unsigned long long>(r.fatalities),
                r.toll_stated, r.confidence);
  o += nums;
  for (auto [s, e] : r.spans) o += " " + std::to_string(s) + "-" + std::to_string(e);
  return o + "\n";
}

// Reads `line` with the quick reader and with RapidJSON's reader alone and expects the same
// status, the same error flag and the same reports; `ok` (if given) is whether it read.
void ExpectSameReading(const std::string& line, bool* ok = nullptr) {
  std::vector<Report> a, b;
  bool error_a = false, error_b = false;
  Status sa = ReadReportsWith(true, line, "f:1", &a, &error_a);
  Status sb = ReadReportsWith(false, line, "f:1", &b, &error_b);
  if (ok) *ok = sa.ok();
  ASSERT_EQ(sa.ok(), sb.ok()) << line;
  ASSERT_EQ(sa.message(), sb.message()) << line;
  ASSERT_EQ(error_a, error_b) << line;
  ASSERT_EQ(a.size(), b.size()) << line;
  for (size_t i = 0; i < a.size(); ++i) ASSERT_EQ(ReportFields(a[i]), ReportFields(b[i])) << line;
}

// The quick reader (report.cc) steps over the members the merge does not read with a check of
// its own and leaves every line it is not sure of to RapidJSON's reader: on extraction records
// mutated at random (brackets, quotes, escapes, numbers, literals, control bytes and NULs
// inserted, bytes dropped or replaced, lines cut short), ReadReports gives exactly what
// RapidJSON's reader alone gives, the same reports or the same error, and whatever the quick
// reader takes RapidJSON accepts.
TEST(ReadReports, TheQuickReaderReadsAsRapidJsonDoes) {
  const std::vector<std::string> lines = {
      R"({"id":"saudinewsnet/2015-07-21/0","lang":"ar","published":"2015-07-21","url":"http://x.com/a/\u0628\/b",)"
      R"("source":"Asharq Al-Awsat","source_scale":"Regional","places":[{"start":95,"end":103,"surface":"بريطانيا",)"
      R"("name":"United Kingdom","geonameid":2635167,"feature_class":"A","country":"GB","admin1":"","population":0,)"
      R"("lat":54.75844,"lon":-2.69531,"confidence":0.83,"cue":"preposition"},{"start":172,"end":181,"surface":)"
      R"("بيرمنغهام","geonameid":null,"lat":null,"lon":null,"confidence":0.0,"ok":true,"no":false}],)"
      R"("focus":{"place":{"geonameid":163843,"lat":35.0,"lon":-38.25},"scores":[[1,2],[],{},[-0.5,10]]},)"
      R"("actors":[{"id":"isis","name":"Islamic State","inter":2,"note":"a \"quoted\" \\ word\ttab \ud83d\ude00 \u00e9"}],)"
      R"("events":[{"start":10,"end":40,"event_type":"Battles","sub_event_type":"Armed clash",)"
      R"("evidence":"اشتباكات في الرقة","actor1":{"id":"isis","name":"Islamic State","inter":2},)"
      R"("place":{"geonameid":163843,"name":"Raqqa","country":"SY","admin1":"04","feature_class":"P",)"
      R"("feature_code":"PPLA","lat":35.95,"lon":39.01,"mention":12},"date":"2015-07-20","date_precision":"day",)"
      R"("date_source":"text","fatalities":5,"fatalities_quantity":{"n":5},"confidence":0.75,)"
      R"("mentions":[{"start":50,"end":60,"surface":"قتل خمسة"}],"claimed_by":{"id":"isis"},"notes":"n"}],)"
      R"("quantities":[{"value":5,"unit":"killed"}],"dates":[{"iso":"2015-07-20"}],"errors":[]})",
      " {\"id\" : 7 ,\n\"places\" : [ 1 , -2.5 , \"x\" ] ,\t\"events\" : [ { \"start\" : 1 , \"end\" : 2 } ] } ",
      R"({"id":"d","source":"a.txt","error":"too large","places":[]})",
  };
  for (const std::string& line : lines) EXPECT_TRUE(QuickReads(line)) << line;
  const std::vector<std::string> pieces = {
      "{", "}", "[", "]", "\"", ",", ":", "\\", " ", "\t", "\n", "\r", "0", "01", "-", ".", "1e5", "1E400", "2e-3",
      "e", "true", "fals", "null", "nul", "\\u", "\\ud800", "\\udc00", "\\ud800\\udc00", "\\u12g4", "\\x", "\x01",
      std::string(1, '\0'), "\x7f", "\xff", "-0.5", "1.", "00", "-", "123456789012345678901234567890",
      std::string(320, '9'), std::string(60, '['), std::string(60, ']'), "\"id\":", "\"events\":", "\"error\":1"};
  std::mt19937 rng(31);
  size_t quick = 0, errors = 0, read = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string line = lines[rng() % lines.size()];
    for (size_t edits = 1 + rng() % 3, i = 0; i < edits; ++i) {
      size_t at = rng() % (line.size() + 1);
      switch (rng() % 5) {
        case 0: line.insert(at, pieces[rng() % pieces.size()]); break;
        case 1: if (at < line.size()) line.erase(at, 1 + rng() % 3); break;
        case 2: if (at < line.size()) line[at] = pieces[rng() % pieces.size()][0]; break;
        case 3: line.resize(at); break;
        default: if (at < line.size()) line.insert(at, line.substr(at, rng() % 20)); break;
      }
    }
    bool ok = false;
    ASSERT_NO_FATAL_FAILURE(ExpectSameReading(line, &ok));
    errors += !ok;
    read += ok;
    if (QuickReads(line)) {
      ++quick;
      rapidjson::Document d;
      d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
      ASSERT_FALSE(d.HasParseError()) << line;
    }
  }
  EXPECT_GT(quick, 1000u);
  EXPECT_GT(errors, 5000u);
  EXPECT_GT(read, 2000u);
}

// The quick reader looks for whitespace only where the byte it expects is not there: lines
// with any whitespace between any two tokens of the members it steps over are taken whole and
// read as RapidJSON reads them; the same lines with a separator dropped, doubled or replaced
// by whitespace, a bracket left open or closed twice, or cut short are not taken and give
// RapidJSON's reading (its error).
TEST(ReadReports, TheQuickReaderTakesWhitespaceBetweenAnyTokens) {
  // Tokens of a line; the skipped member "places" nests arrays and objects, strings with
  // escapes, numbers and literals.
  const std::vector<std::string> tokens = {
      "{", R"("id")", ":", R"("d")", ",", R"("places")", ":", "[", "{", R"("a")", ":", "[", "1", ",", "-2.5", ",",
      R"("x\"y\\z\u00e9")", ",", "true", ",", "false", ",", "null", ",", "{", "}", ",", "[", "]", ",", "[", "[",
      "0", "]", "]", "]", ",", R"("b")", ":", "{", R"("c")", ":", R"("")", "}", "}", ",", "{", "}", "]", ",",
      R"("events")", ":", "[", "{", R"("start")", ":", "1", ",", R"("end")", ":", "2", "}", "]", "}"};
  const std::vector<std::string> spaces = {"", "", "", " ", "\t", "\n", "\r", " \n\t\r "};
  std::mt19937 rng(33);
  auto join = [&](const std::vector<std::string>& ts) {
    std::string line;
    for (const std::string& t : ts) line += spaces[rng() % spaces.size()] + t;
    return line + spaces[rng() % spaces.size()];
  };
  for (int n = 0; n < 2000; ++n) {
    const std::string line = join(tokens);
    ASSERT_TRUE(QuickReads(line)) << line;
    ASSERT_NO_FATAL_FAILURE(ExpectSameReading(line));
    std::vector<Report> rs;
    bool was_error = false;
    ASSERT_TRUE(ReadReports(line, "f:1", &rs, &was_error).ok()) << line;
    ASSERT_EQ(rs.size(), 1u);
    EXPECT_EQ(rs[0].doc_id, "d");
  }
  // Broken: a token of the skipped member (from "places" to its closing bracket, 8 to 49)
  // dropped, doubled, or replaced by whitespace; the line cut short inside it.
  for (int n = 0; n < 2000; ++n) {
    std::vector<std::string> ts = tokens;
    const size_t at = 8 + rng() % 42;
    switch (n % 4) {
      case 0: ts.erase(ts.begin() + static_cast<ptrdiff_t>(at)); break;
      case 1: ts.insert(ts.begin() + static_cast<ptrdiff_t>(at), ts[at]); break;
      case 2: ts[at] = " "; break;
      default: ts.resize(at); break;
    }
    const std::string line = join(ts);
    // Doubling "[" and "]" of an empty array, or "{}" inside one, keeps it JSON: only lines
    // RapidJSON refuses must be refused quickly.
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
    if (d.HasParseError()) {
      ASSERT_FALSE(QuickReads(line)) << line;
    }
    ASSERT_NO_FATAL_FAILURE(ExpectSameReading(line));
  }
  // Deep nesting with whitespace: taken up to the quick reader's depth, read alike past it.
  for (int depth : {1, 20, 46, 47, 48, 60}) {
    std::string line = R"({ "id" : "d" , "places" : )";
    for (int i = 0; i < depth; ++i) line += i % 2 ? "{ \"k\" :\n" : "[ ";
    line += " 1 ";
    for (int i = depth - 1; i >= 0; --i) line += i % 2 ? "\t}" : " ]";
    line += R"( , "events" : [ ] })";
    EXPECT_EQ(QuickReads(line), depth + 1 <= 48) << depth;  // with the line's object: kQuickDepth
    ASSERT_NO_FATAL_FAILURE(ExpectSameReading(line));
  }
}

// The quick reader walks each event, its place and actors, building only what ReadEvent
// reads, strings without escapes and numbers of up to nine digits directly: numbers of every
// form, escaped strings, members it does not build, elements that are not objects and
// repeated members read as RapidJSON's reading gives them (the same reports or error).
TEST(ReadReports, TheQuickReaderReadsEventsAsRapidJsonDoes) {
  const std::vector<std::string> numbers = {"0",          "7",           "123456789",  "999999999",  "1234567890",
                                            "4294967295", "4294967296",  "18446744073709551616",     "-1",
                                            "1.0",        "1e2",         "01",         "00",         "0.5",
                                            "-0",         "2147483648",  "\"12\"",   "null",       "true"};
  const std::vector<std::string> strings = {R"("")", R"("Raqqa")", R"("a\"b")", R"("\u0041x")", R"("تل أبيض")",
                                            "1", "null", "{}", "[\"x\"]"};
  std::mt19937 rng(34);
  auto num = [&] { return numbers[rng() % numbers.size()]; };
  auto str = [&] { return strings[rng() % strings.size()]; };
  size_t quick = 0, reports = 0;
  for (int n = 0; n < 4000; ++n) {
    std::string place = "{\"name\":" + str() + ",\"name_ar\":" + str() + ",\"geonameid\":" + num() +
                        ",\"population\":" + num() + ",\"feature_class\":" + str() + ",\"feature_code\":" + str() +
                        ",\"country\":" + str() + ",\"admin1\":" + str() + ",\"lat\":" + num() + ",\"lon\":" + num() +
                        ",\"mention\":" + num() + (n % 7 == 0 ? ",\"geonameid\":5" : "") + "}";
    std::string actor = "{\"id\":" + str() + ",\"cameo\":" + str() + ",\"name\":" + str() + ",\"inter\":" + num() + "}";
    std::string event = "{\"start\":" + num() + ",\"end\":" + num() + ",\"trigger\":{\"start\":1,\"surface\":" + str() +
                        "},\"evidence\":" + str() + ",\"event_type\":" + str() + ",\"actor1\":" + actor +
                        ",\"actor2\":" + (n % 5 == 0 ? str() : actor) + ",\"place\":" + (n % 6 == 0 ? str() : place) +
                        ",\"date\":\"2015-07-20\",\"date_precision\":" + str() + ",\"fatalities\":" + num() +
                        ",\"confidence\":" + num() + ",\"plover\":" + str() + ",\"notes\":" + str() +
                        ",\"mentions\":[{\"start\":" + num() + ",\"end\":" + num() + ",\"surface\":" + str() + "}]" +
                        (n % 4 == 0 ? ",\"start\":" + num() : "") + "}";
    std::string events = "[" + event + (n % 9 == 0 ? "," + num() : "") + (n % 3 == 0 ? "," + event : "") + "]";
    std::string line = "{\"id\":\"d\",\"places\":[],\"events\":" + events + "}";
    // Plain offsets most of the time, so that most lines give reports.
    if (n % 2 == 0) line.replace(line.find("\"start\":") + 8, 0, "1"), line.replace(line.find("\"end\":") + 6, 0, "9");
    std::vector<Report> a, b;
    bool error_a = false, error_b = false;
    Status sa = ReadReportsWith(true, line, "f:1", &a, &error_a);
    Status sb = ReadReportsWith(false, line, "f:1", &b, &error_b);
    ASSERT_EQ(sa.ok(), sb.ok()) << line;
    ASSERT_EQ(sa.message(), sb.message()) << line;
    ASSERT_EQ(a.size(), b.size()) << line;
    for (size_t i = 0; i < a.size(); ++i) ASSERT_EQ(ReportFields(a[i]), ReportFields(b[i])) << line;
    quick += QuickReads(line);
    reports += a.size();
  }
  EXPECT_GT(quick, 500u);
  EXPECT_GT(reports, 50u);
}

// TextSimilarity's share is, of the 256 smallest hashes of the two sketches' union, the
// share in both (Broder's estimate), for sketches of any size and overlap.
TEST(TextSimilarity, IsTheShareOfTheUnionsSmallestInBoth) {
  std::mt19937 rng(11);
  for (int n = 0; n < 5000; ++n) {
    // Hashes from a small range, so that the sketches share many; sizes 1 to 256.
    const uint32_t range = 1 + rng() % (n % 2 ? 600 : 100000);
    auto sketch = [&] {
      std::vector<uint32_t> v(1 + rng() % 256);
      for (auto& h : v) h = rng() % range;
      std::sort(v.begin(), v.end());
      v.erase(std::unique(v.begin(), v.end()), v.end());
      return v;
    };
    std::vector<uint32_t> x = sketch(), y = sketch(), all, in_both;
    std::set_union(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(all));
    all.resize(std::min<size_t>(all.size(), 256));
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(in_both));
    size_t both = static_cast<size_t>(std::count_if(in_both.begin(), in_both.end(), [&](uint32_t h) { return h <= all.back(); }));
    Report a, b;
    a.grams = Sketch(x);
    b.grams = Sketch(y);
    ASSERT_EQ(TextSimilarity(a, b), static_cast<double>(both) / static_cast<double>(all.size())) << n;
    ASSERT_EQ(TextSimilarity(b, a), TextSimilarity(a, b)) << n;
  }
}

TEST(ScorePairs, PrecisionRecallAndUnmatched) {
  std::vector<std::string> merged = {
      R"({"record_id":"r1","mentions":[{"doc_id":"a","event":0,"start":0,"end":10},{"doc_id":"b","event":0,"start":5,"end":9,"spans":[[5,9],[40,60]]}]})",
      R"({"record_id":"r2","mentions":[{"doc_id":"c","event":0,"start":0,"end":10}]})"};
  std::string gold =
      R"({"pair":"p1","a":{"doc":"a","start":2,"end":4},"b":{"doc":"b","start":45,"end":50},"same":true,"kind":"same"})"
      "\n"
      R"({"pair":"p2","a":{"doc":"a","start":2,"end":4},"b":{"doc":"c","start":1,"end":3},"same":true,"kind":"same"})"
      "\n"
      R"({"pair":"p3","a":{"doc":"b","start":5,"end":6},"b":{"doc":"a","start":0,"end":1},"same":false,"kind":"hard_other"})"
      "\n"
      R"({"pair":"p4","a":{"doc":"c","start":2,"end":4},"b":{"doc":"z","start":0,"end":4},"same":true,"kind":"same"})"
      "\n";
  auto s = ScorePairs(gold, "gold", merged);
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto get = [&](const std::string& name) {
    for (const auto& [n, v] : s->metrics)
      if (n == name) return v;
    return std::pair<size_t, size_t>{99, 99};
  };
  EXPECT_EQ(get("pair_precision"), (std::pair<size_t, size_t>{1, 2}));
  EXPECT_EQ(get("pair_recall"), (std::pair<size_t, size_t>{1, 3}));
  EXPECT_EQ(get("pair_recall_matched"), (std::pair<size_t, size_t>{1, 2}));
  EXPECT_EQ(get("sides_unmatched"), (std::pair<size_t, size_t>{1, 8}));
  EXPECT_FALSE(ScorePairs("{\"pair\":1}\n", "g", merged).ok());
}

// One sentence's two events share its span: a gold side in it overlaps both equally. The
// earlier record takes it, unless the extraction output is given: then the event whose
// trigger lies inside the side's span (the clause the gold marks) does.
TEST(ScorePairs, ATieGoesToTheEventWhoseTriggerIsInsideTheSide) {
  std::vector<std::string> merged = {
      R"({"record_id":"r1","mentions":[{"doc_id":"a","event":0,"start":0,"end":100}]})",
      R"({"record_id":"r2","mentions":[{"doc_id":"a","event":1,"start":0,"end":100},{"doc_id":"b","event":0,"start":0,"end":40}]})"};
  std::string gold =
      R"({"pair":"p1","a":{"doc":"a","start":50,"end":100},"b":{"doc":"b","start":0,"end":40},"same":true,"kind":"same"})"
      "\n";
  std::string extraction =
      R"({"id":"z","events":[{"trigger":{"start":0,"end":3}}]})"
      "\n"
      R"({"id":"a","events":[{"trigger":{"start":10,"end":15}},{"trigger":{"start":60,"end":66}}]})"
      "\n"
      R"({"id":"b","events":[{"trigger":{"start":5,"end":9}}]})"
      "\n";
  auto recall = [&](std::string_view events) {
    auto s = ScorePairs(gold, "gold", merged, events);
    EXPECT_TRUE(s.ok()) << s.status().message();
    for (const auto& [n, v] : s->metrics)
      if (n == "pair_recall") return v.first;
    return size_t{99};
  };
  EXPECT_EQ(recall({}), 0u);          // the earlier record (r1)
  EXPECT_EQ(recall(extraction), 1u);  // event 1's trigger (60-66) is inside the side (50-100)
  EXPECT_FALSE(ScorePairs(gold, "gold", merged, R"({"id":"a","events":[)" "\n").ok());
}

// ---------------------------------------------------------------- the learned scorer
TEST(Words, StemsClitics) {
  auto w = Words("والحوثيين قتلوا ثمانية مدنيين في 17 يوليو 2015 بمحافظة الحرث");
  auto has = [&](const std::string& x) { return std::find(w.begin(), w.end(), x) != w.end(); };
  EXPECT_TRUE(has("حوثي"));     // و + ال stripped, the plural ending too
  EXPECT_TRUE(has("#8"));       // a number word is its digits
  EXPECT_TRUE(has("#17"));
  EXPECT_FALSE(has("#2015"));   // a year dates the article, not the incident
  EXPECT_TRUE(has("محافظ"));    // بـ + ال, then ة (ه after normalization)
  EXPECT_EQ(Words("الحوثيون"), Words("حوثيين"));
}

// A model whose weights join on the words alone.
std::string ModelText(const std::string& extra = "") {
  std::string t = "docs\t100\nrare_df\t5\nthreshold\t1\ndf\tقتل\t90\n" + extra;
  for (const char* n : kFeatureNames)
    t += std::string("weight\t") + n + "\t" + (std::string(n) == "bias" ? "-2" : n == std::string("word_cosine") ? "6" : "0") + "\n";
  return t;
}

TEST(MergeModel, ParsesAndRejects) {
  auto m = MergeModel::Parse(ModelText(), "m.tsv");
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_LT((*m)->Idf(WordHash("قتل")), (*m)->Idf(WordHash("سروج")));  // a listed common word weighs less
  EXPECT_FALSE((*m)->Rare((*m)->Idf(WordHash("قتل"))));
  EXPECT_TRUE((*m)->Rare((*m)->Idf(WordHash("سروج"))));
  auto bad = MergeModel::Parse(ModelText("weight\tno_such_feature\t1\n"), "m.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("no_such_feature"), std::string::npos);
  EXPECT_FALSE(MergeModel::Parse("docs\t10\n", "m.tsv").ok());  // weights missing
  auto junk = MergeModel::Parse(ModelText("what\n"), "m.tsv");
  ASSERT_FALSE(junk.ok());
  EXPECT_NE(junk.status().message().find("m.tsv:"), std::string::npos);
  EXPECT_FALSE(MergeModel::Load("/nonexistent/merge-model.tsv").ok());
}

TEST(PairFeatures, WeighsWordsPlacesAndTolls) {
  MergeOptions opt;
  opt.model = *MergeModel::Parse(ModelText(), "m");
  const std::string s = "انفجار في بلدة سروج قرب الحدود أسفر عن مقتل 32 شخصا";
  auto prep = [&](Report r) {
    r.sentences = s;
    Prepare(&r, opt.model.get());
    return r;
  };
  Report a = prep(R("a", "2015-07-20")), b = prep(R("b", "2015-07-21", "g7"));
  b.lat += 1;  // another town, ~110 km away
  Features f = PairFeatures(a, b, opt);
  EXPECT_FLOAT_EQ(f[0], 1);
  EXPECT_NEAR(f[2], 1, 1e-5);  // the same words
  EXPECT_GT(f[3], 0);          // rare words shared (سروج)
  EXPECT_EQ(f[4], 1);          // the number 32
  EXPECT_EQ(f[5], 1);          // a day apart
  EXPECT_EQ(f[7], 0);          // not one place
  EXPECT_EQ(f[17], 1);         // two towns apart
  EXPECT_EQ(f[18], 0);         // no rare word of one the other lacks
  EXPECT_FALSE(a.keys.empty());
}

TEST(Merger, TheScorerJoinsWhatTheRulesLeaveApart) {
  // The same words, but the reports are placed in two countries (the geoparser's error):
  // the rules keep them apart, the scorer (here: on the words alone) joins them.
  auto line = [](const std::string& id, const std::string& country) {
    return R"({"id":")" + id + R"(","events":[{"start":0,"end":20,"evidence":"انفجار في بلدة سروج قرب الحدود أسفر عن مقتل 32 شخصا","event_type":"Explosions/Remote violence","sub_event_type":"Suicide bomb","place":{"name":"X","geonameid":)" +
           (country == "TR" ? "1" : "2") + R"(,"feature_class":"P","feature_code":"PPL","country":")" + country +
           R"(","lat":36.9,"lon":38.4},"date":"2015-07-20","date_precision":"day"}]})";
  };
  std::vector<std::string> lines = {line("a", "TR"), line("b", "SY"), line("c", "TR")};
  EXPECT_EQ(MergeAll(lines, size_t{64} << 20).size(), 2u);  // the rules: a+c, b
  MergeOptions opt;
  opt.model = *MergeModel::Parse(ModelText(), "m");
  size_t pairs = 0;
  opt.on_pair = [&](const Report&, const Report&, const Features&) { ++pairs; };
  Merger m(opt);
  for (const auto& l : lines) ASSERT_TRUE(m.AddLine(l, "t").ok());
  std::vector<std::string> out;
  ASSERT_TRUE(m.Finish([&](const Record& r) {
                 out.push_back(RecordJson(r));
                 return Status::Ok();
               }).ok());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].find(R"("n_reports":3)"), std::string::npos) << out[0];
  EXPECT_EQ(pairs, 3u);  // every pair met through the rare words: a-b, then c with a and b
}

}  // namespace
}  // namespace marsad::records
