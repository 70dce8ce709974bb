#include <algorithm>

#include "events/incidents.h"
#include "events_testutil.h"

namespace marsad::events {
namespace {

using testing::Dicts;
using testing::ExpectNoEvents;
using testing::OneEvent;
using testing::Run;
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

// A home-made bomb ("قنبلة يدوية الصنع") is an IED; a hand grenade ("قنبلة يدوية") is a grenade.
TEST(EventsAssembly, AHomeMadeBombIsAnIed) {
  auto r = RunEvents("وقال المتحدث إن قنبلة يدوية الصنع انفجرت لدى مرور آلية للشرطة أمس.", "2015-07-20");
  EXPECT_TRUE(OneEvent(r.result.events, "Remote explosive/landmine/IED"));
  auto g = RunEvents("وألقى مسلحون قنبلة يدوية على آلية للشرطة أمس.", "2015-07-20");
  EXPECT_TRUE(OneEvent(g.result.events, "Grenade"));
}

// The bombardment ("قصف") of a force that fights from the air only (the US-led coalition, an
// air force) is an air strike, unless the sentence names guns or rockets.
TEST(EventsAssembly, BombardmentByAnAirForceIsAnAirStrike) {
  auto r = RunEvents("قصف التحالف الدولي مواقع لداعش في الرقة أمس.", "2015-07-25");
  EXPECT_TRUE(OneEvent(r.result.events, "Air/drone strike"));
  auto rockets = RunEvents("قصف التحالف الدولي بالصواريخ مواقع لداعش في الرقة أمس.", "2015-07-25");
  EXPECT_TRUE(OneEvent(rockets.result.events, "Shelling/artillery/missile attack"));
  auto army = RunEvents("قصف الجيش السوري مواقع لداعش في الرقة أمس.", "2015-07-25");
  EXPECT_TRUE(OneEvent(army.result.events, "Shelling/artillery/missile attack"));
  // Its side implied by the article: "وأثناء القصف" in a report of the coalition's campaign.
  auto implied = RunEvents("لم تستطع الحملة التي يشنها التحالف الدولي ضد تنظيم داعش في الرقة أن تنهي وجوده. وقال مدني "
                           "خرج من المدينة إن المئات من الجثث تحت الأنقاض، وأثناء القصف ننحشر جميعنا في مساحة صغيرة.",
                           "2017-10-14");
  EXPECT_TRUE(OneEvent(implied.result.events, "Air/drone strike"));
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


size_t CountPlover(const Run& r, const std::string& plover) {
  size_t n = 0;
  for (const auto& e : r.result.events) n += e.plover == plover;
  return n;
}

TEST(EventsAssembly, FirstConjunctIsActorOneOfTheDocumentDyad) {
  auto r = RunEvents("تشن قوات التحالف الدولي وقوات سوريا الديمقراطية هجمة ضد تنظيم داعش. وعاد القصف على المدينة.");
  bool shelling = false;
  for (const auto& e : r.result.events) {
    if (e.event_type != "Explosions/Remote violence") continue;
    shelling = true;
    EXPECT_EQ(Id(e.actor1), "us_led_coalition");
    EXPECT_EQ(Id(e.actor2), "isis");
  }
  EXPECT_TRUE(shelling);
}

// The sentence's cues to who acts (Extract's scan, asked of every token: one bit test of the
// union of their words first, DyadCueWords): each still names the sides, through a proclitic too
// (no gazetteer here: the victims are no country's).
TEST(EventsAssembly, EveryDyadCueOfTheScanNamesTheSides) {
  const struct {
    const char* text;
    const char* actor1;
    const char* actor2;
  } cases[] = {
      {"قتل خمسة مدنيين بنيران قوات النظام في حلب.", "syrian_army", "civilians"},
      {"قتل ثلاثة جنود على يد مسلحين من تنظيم داعش في الرمادي.", "isis", "generic_state_forces"},
      {"قتل جندي تركي في هجوم نسب إلى حزب العمال الكردستاني في ديار بكر.", "pkk", "turkish_army"},
      {"قتل طفلان برصاص قوات الاحتلال الإسرائيلي في الخليل.", "israeli_army", "civilians"},
      {"اندلعت اشتباكات عنيفة بين قوات النظام وجبهة النصرة في إدلب.", "syrian_army", "jabhat_al_nusra"},
      {"شنت قوات التحالف الدولي غارات ضد تنظيم داعش في الرقة.", "us_led_coalition", "isis"},
      {"Five civilians were killed by Houthi militias in Taiz.", "houthis", "civilians"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    auto r = RunEvents(c.text, "2015-08-01");
    ASSERT_EQ(r.result.events.size(), 1u);
    EXPECT_EQ(Id(r.result.events[0].actor1), c.actor1);
    EXPECT_EQ(Id(r.result.events[0].actor2), c.actor2);
  }
}

// IrrealisReason's last window asks a dozen lists of each word before the trigger after one
// test of their union: a word of each list, alone or with a proclitic, still keeps the trigger
// from an event.
TEST(EventsAssembly, EveryListOfTheIrrealisWindowStillGivesItsReason) {
  const char* base = "شنت قوات التحالف الدولي غارات ضد تنظيم داعش في الرقة.";
  ASSERT_EQ(RunEvents(base, "2015-08-01").result.events.size(), 1u);
  for (const char* word : {"سوف", "وسوف", "يعتزم", "يتوقع", "علقت", "إذا", "وإذا", "لو", "يطالب", "ربما", "يمكن", "قيل"}) {
    const std::string text = std::string(word) + " " + base;
    SCOPED_TRACE(text);
    EXPECT_TRUE(RunEvents(text, "2015-08-01").result.events.empty());
  }
}

TEST(EventsAssembly, NegationReachesATriggerJoinedByOr) {
  auto r = RunEvents("ويتعهدون بعدم القتال مجدداً أو الانضمام إلى التنظيم.");
  EXPECT_TRUE(r.result.events.empty());
}

TEST(EventsAssembly, AreasOfControlAreNoCapture) {
  auto r = RunEvents("وانتقل المقاتلون إلى مناطق سيطرة داعش في البادية.");
  EXPECT_EQ(CountPlover(r, "ASSAULT"), 0u);
}

TEST(EventsAssembly, ContentOfAnAgreementIsNoEventOfItsOwn) {
  auto r = RunEvents("توصلت قسد وداعش إلى اتفاق يضمن خروج المقاتلين من المدينة.");
  EXPECT_EQ(CountPlover(r, "AGREE"), 1u);
  EXPECT_EQ(CountPlover(r, "RETREAT"), 0u);
}

TEST(EventsAssembly, DefiniteTriggerNamesTheEventReportedBefore) {
  auto r = RunEvents(
      "ووصلت المفاوضات بين قيادة قسد وقيادة داعش إلى اتفاق كامل. ولكن عندما تم عرض الاتفاق على الأمريكيين قوبل "
      "بالرفض.");
  ASSERT_EQ(CountPlover(r, "AGREE"), 1u);
  for (const auto& e : r.result.events) {
    if (e.plover != "AGREE") continue;
    EXPECT_EQ(Id(e.actor1), "sdf");
    EXPECT_EQ(Id(e.actor2), "isis");
  }
}

TEST(EventsAssembly, TalksWithoutActorsMergeIntoTheTalksWithActors) {
  auto r = RunEvents("مفاوضات تسليم المدينة بدأت.\nوانطلقت مفاوضات بين قسد وداعش في المدينة.");
  ASSERT_EQ(CountPlover(r, "CONSULT"), 1u);
  EXPECT_EQ(CountPlover(r, "RETREAT"), 0u);
  for (const auto& e : r.result.events) {
    if (e.plover != "CONSULT") continue;
    EXPECT_EQ(Id(e.actor1) + "/" + Id(e.actor2), "sdf/isis");
  }
}

TEST(EventsAssembly, ObjectBeforeANominalTriggerIsActorTwo) {
  auto r = RunEvents("بالتوازي مع ذلك بدأ داعش بالسماح لبعض العائلات بالخروج من المدينة.");
  const auto retreats = EventsWhere(r, [](const Event& e) { return e.plover == "RETREAT"; });
  for (const Event* e : retreats) {
    EXPECT_EQ(Id(e->actor1), "isis");
    EXPECT_EQ(Id(e->actor2), "civilians");
  }
  EXPECT_FALSE(retreats.empty());
}


// ACLED: the arrest of activists (an attack on journalists ...) has "Civilians (Country)"
// as actor 2 and the group as its associated actor.
TEST(EventsAssembly, AGroupOfCiviliansIsActorTwosAssociate) {
  auto r = RunEvents("اعتقل تنظيم داعش أمس ناشطين في الرقة.", "2015-07-22", "SY");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(Id(r.result.events[0].actor2), "civilians_sy");
  EXPECT_EQ(Id(r.result.events[0].assoc_actor2), "activists");
}

// "مقتل شرطي": the armed actor right after a killing noun is its victim; after a verb in the
// feminine past ("قتلت ميليشيات الحوثي", "اختطفت") it is the subject.
TEST(EventsAssembly, TheSubjectAfterAFeminineVerbActs) {
  for (const char* text : {"قتلت ميليشيات الحوثي أمس مدنيين في عدن.", "اختطفت ميليشيات الحوثي أمس صحفيين في صنعاء."}) {
    auto r = RunEvents(text, "2015-07-22", "YE");
    ASSERT_EQ(r.result.events.size(), 1u) << text;
    EXPECT_EQ(Id(r.result.events[0].actor1), "houthis") << text;
    EXPECT_EQ(Id(r.result.events[0].actor2), "civilians_ye") << text;
  }
}

// A sit-in told in the feminine: "تعتصم", "اعتصمت" (triggers.tsv had only the masculine).
TEST(EventsAssembly, ASitInInTheFeminine) {
  for (const char* text : {"والدة الأسير المضرب عن الطعام تعتصم وأبناؤها أمام المستشفى منذ أمس.",
                           "واعتصمت عشرات النساء أمس أمام مقر المحافظة."}) {
    auto r = RunEvents(text, "2015-08-07");
    ASSERT_EQ(r.result.events.size(), 1u) << text;
    EXPECT_EQ(r.result.events[0].sub_event_type, "Peaceful protest") << text;
  }
}

// The victims after a count of them, of one word or two: "مقتل ثلاثة عشر من المقاومة
// الشعبية" kills resistance fighters (a battle with an unnamed side), it is no attack by
// the resistance on civilians.
TEST(EventsAssembly, TheArmedVictimsAfterACount) {
  const std::string lead = "وفي تعز دارت أمس اشتباكات عنيفة بين المقاومة الشعبية والحوثيين أسفرت عن مقتل 20 حوثيا. ";
  // (In a place of its own: in Taiz the next sentence's dead would be the battle's other side.)
  for (const char* text : {"وفي عدن أعلنت مصادر محلية مقتل ثلاثة عشر من المقاومة الشعبية وإصابة 7 آخرين.",
                           "وفي عدن أعلنت مصادر محلية مقتل 3 من المقاومة الشعبية وإصابة 7 آخرين."}) {
    auto r = RunEvents(lead + text, "2015-07-22", "YE", {}, {{"تعز", 1}, {"عدن", 2}});
    ASSERT_EQ(r.result.events.size(), 2u) << text;
    EXPECT_EQ(r.result.events[1].event_type, "Battles") << text;
    EXPECT_EQ(Id(r.result.events[1].actor2), "popular_resistance_ye") << text;
  }
}

// The genitive of a noun of routing is who is routed ("دحر الحوثيين"), and the subject of
// "تمكن ... من" acts: the resistance routed the Houthis, not the other way round.
TEST(EventsAssembly, TheRoutedAreTheGenitiveOfRouting) {
  for (const char* text : {"وأضاف أن مقاتلي المقاومة الشعبية تمكنوا من دحر الحوثيين في شرق عدن.",
                           "تمكن مقاتلو المقاومة الشعبية من دحر الحوثيين في عدن."}) {
    auto r = RunEvents(text, "2015-07-23", "YE", {}, {{"عدن", 1}});
    ASSERT_EQ(r.result.events.size(), 1u) << text;
    EXPECT_EQ(Id(r.result.events[0].actor1), "popular_resistance_ye") << text;
    EXPECT_EQ(Id(r.result.events[0].actor2), "houthis") << text;
  }
  auto attack = RunEvents("وصدت المقاومة هجوم الحوثيين على مواقعها في عدن.", "2015-07-23", "YE", {}, {{"عدن", 1}});
  ASSERT_FALSE(attack.result.events.empty());
}

// The dead counted right before a death predicate are its victims: "أكثر من 200 حوثيا لقوا
// مصرعهم" is a battle the Houthis lost, not their attack on civilians; counted civilians stay
// an attack's victims.
TEST(EventsAssembly, TheArmedDeadBeforeADeathPredicate) {
  auto r = RunEvents("وقالت مصادر محلية إن أكثر من 200 حوثيا لقوا مصرعهم أمس في جبهة العلم شرق عدن.", "2015-07-22", "YE",
                     {}, {{"عدن", 1}});
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].event_type, "Battles");
  EXPECT_EQ(Id(r.result.events[0].actor2), "houthis");
  EXPECT_NE(Id(r.result.events[0].actor1), "houthis");
  EXPECT_EQ(r.result.events[0].fatalities, 200u);
  // The side the sentence names after them is the other side.
  auto by = RunEvents("وقالت مصادر يمنية إن 6 حوثيين قتلوا برصاص المقاومة الشعبية بالقرب من دوار المجسم في عدن.", "2015-07-22",
                      "YE", {}, {{"عدن", 1}});
  ASSERT_EQ(by.result.events.size(), 1u);
  EXPECT_EQ(by.result.events[0].event_type, "Battles");
  EXPECT_EQ(Id(by.result.events[0].actor1), "popular_resistance_ye");
  EXPECT_EQ(Id(by.result.events[0].actor2), "houthis");
  // Captured fighters executed are violence against civilians (ACLED).
  auto ex = RunEvents("Activists said that around 41 FSA rebels were rounded up and executed by the extremist group.",
                      "2014-07-31", "SY");
  ASSERT_FALSE(ex.result.events.empty());
  for (const auto& e : ex.result.events) EXPECT_NE(e.event_type, "Battles");
  auto c = RunEvents("وقالت مصادر محلية إن 12 مدنيا لقوا مصرعهم أمس في قصف للحوثيين على حي سكني في عدن.", "2015-07-22", "YE",
                     {}, {{"عدن", 1}});
  ASSERT_FALSE(c.result.events.empty());
  for (const auto& e : c.result.events) EXPECT_NE(Id(e.actor2), "houthis");
}

// An attack word's reading joined with the killing of people has civilians for its second side:
// violence against civilians, not a clash.
TEST(EventsAssembly, AClashWithCiviliansIsAnAttack) {
  auto r = RunEvents("قتل 20 شخصا أمس في هجوم لمسلحي الحوثي على قرية في تعز.", "2015-07-23", "YE", {}, {{"تعز", 1}});
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(Id(r.result.events[0].actor1), "houthis");
  EXPECT_EQ(r.result.events[0].event_type, "Violence against civilians");
  auto b = RunEvents("قتل 20 جنديا أمس في هجوم لمسلحي الحوثي على موقع للجيش في تعز.", "2015-07-23", "YE", {}, {{"تعز", 1}});
  ASSERT_EQ(b.result.events.size(), 1u);
  EXPECT_EQ(b.result.events[0].event_type, "Battles");
  // Clashes are fought by two sides, whoever the dead were.
  auto c = RunEvents("قتل شخصان وأصيب عدة أشخاص آخرين في اشتباكات جديدة اندلعت ليلة أمس في تعز.",
                     "2015-07-23", "YE", {}, {{"تعز", 1}});
  ASSERT_FALSE(c.result.events.empty());
  EXPECT_EQ(c.result.events[0].event_type, "Battles");
}

// Two incidents in one sentence, the second's clause opened by "فيما": each count goes to
// the trigger of its own clause, though the other clause's may be nearer.
TEST(EventsAssembly, ACountStaysInItsOwnClause) {
  auto r = RunEvents("أسفر الهجوم المزدوج الذي استهدف سوقا شعبيا مكتظا بالمتسوقين في عدن صباح أمس عن مقتل 11 شخصا على الأقل "
                     "فيما لقي نحو 42 مصرعهم في تفجيرين استهدفا محطتي حافلات في تعز.",
                     "2015-07-23", "YE", {}, {{"عدن", 1}, {"تعز", 2}});
  ASSERT_EQ(r.result.events.size(), 2u);
  EXPECT_EQ(r.result.events[0].fatalities, 11u);
  EXPECT_EQ(r.result.events[1].fatalities, 42u);
}

// Every Arabic word that opens a second incident's clause (events.cc, ClauseBreaks, which
// steps from one token that may be one to the next): the counts stay in their own clauses
// whichever word opens the second ("في حين" as "فيما"; "بينما", "وبينما").
TEST(EventsAssembly, EveryClauseOpenerKeepsTheCountsInTheirClauses) {
  for (const char* opener : {"فيما", "في حين", "بينما", "وبينما"}) {
    SCOPED_TRACE(opener);
    auto r = RunEvents(std::string("أسفر الهجوم المزدوج الذي استهدف سوقا شعبيا مكتظا بالمتسوقين في عدن صباح أمس عن مقتل 11 "
                                   "شخصا على الأقل ") +
                           opener + " لقي نحو 42 مصرعهم في تفجيرين استهدفا محطتي حافلات في تعز.",
                       "2015-07-23", "YE", {}, {{"عدن", 1}, {"تعز", 2}});
    ASSERT_EQ(r.result.events.size(), 2u);
    EXPECT_EQ(r.result.events[0].fatalities, 11u);
    EXPECT_EQ(r.result.events[1].fatalities, 42u);
  }
}

// A clause of a second incident ("فيما", ClauseBreaks) keeps its own reading of a type the
// first clause has too (one reading per type per sentence hid it), placed at its own clause's
// place though the other clause's is nearer, dated by its own day. A bare killing in the
// contrast clause is the other side's dead of the same fight, no incident of its own.
TEST(EventsAssembly, TheSecondClauseOfASentenceKeepsItsIncident) {
  auto r = RunEvents("خاضت المقاومة الشعبية أمس معارك شرسة مع الحوثيين في تعز، فيما هاجمت عناصر من المقاومة مساء الثلاثاء "
                     "نقطة أمنية للحوثيين في يريم.",
                     "2015-08-06", "YE", {}, {{"تعز", 1}, {"يريم", 2}});
  ASSERT_EQ(r.result.events.size(), 2u);
  EXPECT_EQ(r.result.events[0].place, 1);
  EXPECT_EQ(r.result.events[0].date, "2015-08-05");
  EXPECT_EQ(r.result.events[1].place, 2);
  EXPECT_EQ(r.result.events[1].date, "2015-08-04");
  auto toll = RunEvents("قتل أكثر من 10 حوثيين في مواجهات مع المقاومة في تعز أمس، فيما قتل أربعة من الجيش الوطني.",
                        "2015-08-06", "YE", {}, {{"تعز", 1}});
  EXPECT_EQ(toll.result.events.size(), 1u);
}

// "مقتل شرطي في هجوم": the killing noun names the police as the victim; the attack's
// reading, which took the nearest armed actor for its author, does not make them actor 1.
// With the other side named ("في مواجهات مع قوات الشرعية"), that side is actor 1.
TEST(EventsAssembly, TheVictimOfAKillingNounStaysTheVictim) {
  auto r = RunEvents("مقتل شرطي في هجوم في عدن أمس.", "2015-07-22", "YE");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(Id(r.result.events[0].actor1), "unidentified_gunmen_ye");
  EXPECT_EQ(Id(r.result.events[0].actor2), "police_ye");
  auto sides = RunEvents("مقتل ثمانية من الحوثيين في مواجهات مع قوات الحكومة اليمنية في مأرب أمس.", "2015-07-22", "YE");
  ASSERT_EQ(sides.result.events.size(), 1u);
  EXPECT_EQ(Id(sides.result.events[0].actor2), "houthis");
  EXPECT_NE(Id(sides.result.events[0].actor1), "unidentified_gunmen_ye");
}

// Expelling a side from a place is a change of territory; the government's side regains it.
TEST(EventsAssembly, ExpellingIsAChangeOfTerritory) {
  auto r = RunEvents("وطردت المقاومة الشعبية الاثنين الحوثيين من آخر معاقلهم في المحافظة.", "2015-08-11", "YE");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Government regains territory");
  EXPECT_EQ(Id(r.result.events[0].actor2), "houthis");
}

// "جرار مفخخ" (a booby-trapped tractor, the masculine of "مفخخة") makes an attack a bombing,
// not an armed clash.
TEST(EventsAssembly, ABoobyTrappedVehicleInTheMasculineIsABomb) {
  auto r = RunEvents("وقال الجناح المسلح للحزب في بيان إن الهجوم الذي شن بواسطة جرار مفخخ أمس استهدف ثكنة للجيش.",
                     "2015-08-04", "TR");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].event_type, "Explosions/Remote violence");
  EXPECT_EQ(r.result.events[0].sub_event_type, "Remote explosive/landmine/IED");
}

// Aircraft are not strikes: jets deployed to a base and a helicopter that crashed report no
// air strike; the verb of striking does ("قصفت مقاتلات التحالف").
TEST(EventsAssembly, AircraftAloneAreNoAirStrike) {
  for (const char* text : {"ونشرت الولايات المتحدة ست مقاتلات في قاعدة انجرليك أمس.",
                           "وسقطت المروحية بسبب عطل تقني أمس في ولاية زابل."})
    EXPECT_TRUE(RunEvents(text, "2015-07-22").result.events.empty()) << text;
  auto strike = RunEvents("قصفت مقاتلات التحالف أمس مواقع الحوثيين في صنعاء.", "2015-07-22", "YE");
  ASSERT_EQ(strike.result.events.size(), 1u);
  EXPECT_EQ(strike.result.events[0].sub_event_type, "Air/drone strike");
}

// An aircraft after "during" is when the rockets fell, not what fired them (Aden airport, 23 Jul
// 2015: Katyusha rockets "during the unloading of the Saudi aid plane"); right beside the
// trigger it is the weapon's carrier.
TEST(EventsAssembly, ThePlaneUnloadedDuringTheShellingIsNoAirStrike) {
  for (const char* text : {"تعرض مطار عدن الدولي أمس لقصف صاروخي خلال تسليم الطائرة السعودية المساعدات الإنسانية.",
                           "استهدف المتمردون الحوثيون أمس مطار عدن بالصواريخ، أثناء إنزال طائرة إغاثة سعودية المساعدات."}) {
    auto r = RunEvents(text, "2015-07-24", "YE");
    ASSERT_EQ(r.result.events.size(), 1u) << text;
    EXPECT_EQ(r.result.events[0].sub_event_type, "Shelling/artillery/missile attack") << text;
  }
  auto strike = RunEvents("وقصفت الطائرات أمس بالصواريخ مواقع الحوثيين في مطار عدن.", "2015-07-24", "YE");
  ASSERT_EQ(strike.result.events.size(), 1u);
  EXPECT_EQ(strike.result.events[0].sub_event_type, "Air/drone strike");
}

TEST(EventsAssembly, ReporterIsNoParty) {
  auto r = RunEvents("وقالت الشرطة إن مسلحين مجهولين اغتالوا ضابطا في المدينة.");
  bool found = false;
  for (const auto& e : r.result.events) {
    if (e.plover != "ASSAULT") continue;
    found = true;
    EXPECT_EQ(Id(e.actor1), "unidentified_gunmen");
  }
  EXPECT_TRUE(found);
}

// Nor is the group a source speaks from, after words that qualify the source ("واشارت مصادر
// محلية وفي المقاومة إلى مقتل 3 من المقاومة الشعبية": the resistance's dead, not its killing).
TEST(EventsAssembly, TheGroupASourceSpeaksFromIsNoParty) {
  auto r = RunEvents("واشارت مصادر محلية وفي المقاومة إلى مقتل 3 من المقاومة الشعبية وإصابة 7 آخرين.", "2015-07-23", "YE");
  ASSERT_FALSE(r.result.events.empty());
  for (const auto& e : r.result.events) {
    EXPECT_NE(Id(e.actor1), "popular_resistance_ye");
    EXPECT_EQ(e.event_type, "Battles");
  }
}

// "بين" names the sides of its own clause: the shelling in the clause before "فيما" is the
// Houthis' on the town, the clashes after it a second incident between the two sides.
TEST(EventsAssembly, ADyadNamesTheSidesOfItsOwnClause) {
  auto r = RunEvents("وكانت مليشيات الحوثي قد قصفت أحياء سكنية في تعز، مما أدى إلى إصابة عدد من المدنيين، فيما اندلعت "
                     "اشتباكات بين المقاومة والحوثيين في أحياء المدينة.",
                     "2015-07-23", "YE");
  bool shelling = false, clash = false;
  for (const auto& e : r.result.events) {
    if (e.sub_event_type == "Shelling/artillery/missile attack") {
      shelling = true;
      EXPECT_EQ(Id(e.actor1), "houthis");
    }
    if (e.sub_event_type == "Armed clash") {
      clash = true;
      EXPECT_TRUE(Id(e.actor1) == "popular_resistance_ye" || Id(e.actor2) == "popular_resistance_ye");
    }
  }
  EXPECT_TRUE(shelling);
  EXPECT_TRUE(clash);
}

// Nor is a monitor that documents the war: the Observatory is neither side of the battles and
// the strikes it counts ("بحسب حصيلة جديدة للمرصد", "ووثق المرصد ... 26350 غارة").
TEST(EventsAssembly, AMonitorIsNoParty) {
  auto r = RunEvents("وتسببت المعارك المتواصلة بمقتل أكثر 80 مقاتلا من الطرفين، بحسب حصيلة جديدة للمرصد السوري لحقوق "
                     "الإنسان أمس. ووثق المرصد السوري لحقوق الإنسان تنفيذ طائرات النظام الحربية 26350 غارة.",
                     "2015-07-22", "SY");
  ASSERT_FALSE(r.result.events.empty());
  for (const auto& e : r.result.events) {
    EXPECT_NE(Id(e.actor1), "sohr");
    EXPECT_NE(Id(e.actor2), "sohr");
  }
}

// Whose the place hit was is the target: "قصف معسكرات تابعة للحرس الجمهوري" is shelling of the
// Guard's camps, by whoever the sentence names before it; the aircraft that belong to the
// coalition ("الطائرات المقاتلة التابعة للتحالف") fly for it.
TEST(EventsAssembly, TheOwnerOfWhatWasHitIsTheTarget) {
  auto r = RunEvents("كما قصف أمس معسكرات تابعة للحرس الجمهوري في منطقة الصباحة غربي صنعاء.", "2015-07-24", "YE");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_NE(Id(r.result.events[0].actor1), "yemen_republican_guard");
  EXPECT_EQ(Id(r.result.events[0].actor2), "yemen_republican_guard");
  auto own = RunEvents("وفي وقت مبكر امس، قصفت الطائرات المقاتلة التابعة للتحالف العربي مواقع الحوثيين في صنعاء.",
                       "2015-07-22", "YE");
  ASSERT_FALSE(own.result.events.empty());
  EXPECT_EQ(Id(own.result.events[0].actor1), "saudi_led_coalition");
}

// The dead "in the ranks of" a side are that side's: the victim, the other side the author; not
// the ranks one joins or defects from.
TEST(EventsAssembly, TheDeadInTheRanksOfASideAreItsLosses) {
  auto r = RunEvents("وسقط قتلى وجرحى في صفوف الحوثيين في اشتباكات مع المقاومة الشعبية في تعز أمس.", "2015-07-21", "YE");
  ASSERT_FALSE(r.result.events.empty());
  EXPECT_EQ(Id(r.result.events[0].actor1), "popular_resistance_ye");
  EXPECT_EQ(Id(r.result.events[0].actor2), "houthis");
}

// The UN and its agencies comment on, feed and investigate a war: neither side of its violence.
TEST(EventsAssembly, TheUnIsNeitherSideOfViolence) {
  auto r = RunEvents("وأعرب مبعوث الأمم المتحدة الخاص إلى سوريا عن قلقه من القصف الجوي على مدينة حلب أمس.", "2015-07-22", "SY");
  for (const auto& e : r.result.events) {
    EXPECT_NE(Id(e.actor1), "un") << e.sub_event_type;
    EXPECT_NE(Id(e.actor2), "un") << e.sub_event_type;
  }
}

// Read as actor 1 by the sentence's order, civilians are the victims, the author unidentified:
// "أصيب رجلا شرطة ... واثنان من المدنيين بعد انفجار قنبلة".
TEST(EventsAssembly, CiviliansReadFirstAreTheVictims) {
  auto r = RunEvents("وفي إقليم نانجارهار شرق البلاد أصيب رجلا شرطة على الاقل واثنان من المدنيين بعد انفجار قنبلة زرعت "
                     "بالقرب من نقطة تفتيش تابعة للشرطة أمس السبت طبقا للشرطة.",
                     "2015-07-26", "AF");
  ASSERT_FALSE(r.result.events.empty());
  for (const auto& e : r.result.events) EXPECT_FALSE(Id(e.actor1).starts_with("civilians")) << e.sub_event_type;
}

// Control of a fire or of a situation is no change of territory.
TEST(EventsAssembly, ControlOfAFireIsNoTerritory) {
  auto r = RunEvents("أعلنت إدارة مكافحة الحرائق في اليونان أمس السيطرة على حرائق غابات قرب أثينا.", "2015-07-21");
  for (const auto& e : r.result.events) EXPECT_EQ(e.event_type.find("territory"), std::string::npos) << e.sub_event_type;
  for (const auto& e : r.result.events) EXPECT_EQ(e.sub_event_type.find("territory"), std::string::npos);
}

// Arms or goods seized are no ground taken, whatever stands between the verb and them (a
// count, a measure) or when a pronoun stands for them; a town seized is.
TEST(EventsAssembly, ArmsSeizedAreNoTerritory) {
  for (const char* text : {"استولى المسلحون على أربع دبابات للجيش قرب مدينة حلب أمس.",
                           "وقال مصدر عسكري إن الميليشيات استولت على كميات كبيرة من الأسلحة في سرت أمس.",
                           "وعرض التسجيل أسلحة ثقيلة استولت عليها الجماعة في سرت أمس."}) {
    auto r = RunEvents(text, "2015-07-21");
    for (const auto& e : r.result.events) EXPECT_EQ(e.sub_event_type.find("territory"), std::string::npos) << text;
    bool seized = false;
    for (const auto& s : r.result.skipped) seized = seized || s.reason == "arms or goods seized, not a change of territory";
    EXPECT_TRUE(seized) << text;
  }
  auto town = RunEvents("استولى المسلحون على بلدة قرب مدينة حلب أمس.", "2015-07-21");
  ASSERT_EQ(town.result.events.size(), 1u);
  EXPECT_EQ(town.result.events[0].sub_event_type, "Non-state actor overtakes territory");
}

// "قبيل تحرير المدينة" (shortly before), as "قبل": the time of something else, no change of
// territory told.
TEST(EventsAssembly, ShortlyBeforeALiberationIsItsTime) {
  for (const char* text : {"أكد وزير يمني أمس رصد جثث لمقاتلين حوثيين انتحروا قبيل تحرير مدينة عدن.",
                           "أعلن مسؤول يمني أمس العثور على جثث لمسلحين حوثيين قتلوا قبيل تحرير مدينة عدن."}) {
    auto r = RunEvents(text, "2015-07-21", "YE");
    for (const auto& e : r.result.events) EXPECT_EQ(e.sub_event_type.find("territory"), std::string::npos) << text;
  }
}

// Nor is one who points out or adds ("وأشارت السلطات التركية إلى أنه فجر نفسه ... في
// سوروتش": the bomber, not the Turkish army, blew himself up).
TEST(EventsAssembly, OneWhoPointsOutIsNoParty) {
  for (const char* text : {"وأشارت السلطات التركية الى انه فجر نفسه قبيل ظهر الاثنين في المركز الثقافي في سوروتش.",
                           "وأضافت الشرطة التركية أنه فجر نفسه قبيل ظهر الاثنين في المركز الثقافي في سوروتش."}) {
    auto r = RunEvents(text, "2015-07-23", "TR");
    ASSERT_EQ(r.result.events.size(), 1u) << text;
    EXPECT_EQ(r.result.events[0].sub_event_type, "Suicide bomb");
    EXPECT_NE(Id(r.result.events[0].actor1), "turkish_army") << text;
    EXPECT_NE(Id(r.result.events[0].actor1), "police_tr") << text;
  }
}

TEST(EventsAssembly, ProtestersAreActorOneOfAProtest) {
  auto r = RunEvents("وفرقت الشرطة مظاهرة نظمها المتظاهرون أمام مبنى المحافظة.");
  bool found = false;
  for (const auto& e : r.result.events) {
    if (e.plover != "PROTEST") continue;
    found = true;
    EXPECT_EQ(Id(e.actor1), "protesters");
    EXPECT_EQ(Id(e.actor2), "generic_police");
  }
  EXPECT_TRUE(found);
}


TEST(EventsAssembly, StrategicDevelopmentIsPlacedOnlyNearItsTrigger) {
  const std::string s =
      "ووصلت المفاوضات بين قسد وداعش إلى اتفاق كامل يضمن الخروج الآمن للجميع من المدينة المحاصرة بالسلاح "
      "الخفيف إلى مناطق سيطرة التنظيم في البادية، وبدأ قصف البادية.";
  auto text = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  auto toks = text::Tokenize(text);
  auto sentences = text::SplitSentences(text, toks);
  geo::GeoResult geo;
  const size_t byte = s.find("البادية");
  geo::Mention gm;
  gm.start = static_cast<uint32_t>(
      std::lower_bound(text.cp_to_byte.begin(), text.cp_to_byte.end(), byte) - text.cp_to_byte.begin());
  gm.end = gm.start + 7;
  gm.place = 7;
  geo.mentions.push_back(gm);
  auto r = EventExtractor(Dicts()).Extract(text, toks, sentences, geo, "");
  bool agree = false;
  for (const auto& e : r.events) {
    if (e.plover != "AGREE") continue;
    agree = true;
    EXPECT_EQ(e.place_mention, -1);  // "البادية" is where the fighters go, far from "اتفاق"
  }
  EXPECT_TRUE(agree);
}


TEST(EventsAssembly, CiviliansAreNeverActorOneOfViolence) {
  auto r = RunEvents("قال المدنيون إن القصف استمر طوال الليل على الحي.");
  bool found = false;
  for (const auto& e : r.result.events) {
    if (e.plover != "ASSAULT") continue;
    found = true;
    // ACLED: an unnamed perpetrator is the unidentified armed group, never the civilians.
    EXPECT_EQ(Id(e.actor1), "unidentified_gunmen");
  }
  EXPECT_TRUE(found);
}

bool HasSkip(const Run& r, std::string_view reason_prefix) {
  for (const auto& s : r.result.skipped)
    if (std::string_view(s.reason).starts_with(reason_prefix)) return true;
  return false;
}

// An article that names no place at all, not even a country, gives no row (nothing to map
// or publish; the reading is skipped with its reason); a sentence alone keeps its event.
TEST(EventsIncidents, AnArticleThatNamesNoPlaceGivesNoRow) {
  const std::string column =
      "سلسلة تفجير المساجد المتوالية تستهدفنا جميعا أمس. نحن أمام تحد جديد. الوطن يحتاج إلى الوحدة. "
      "الأجيال تحتاج إلى التعليم. المجتمع يحتاج إلى الحوار.";
  auto r = RunEvents(column, "2015-08-10");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(HasSkip(r, "no place"));
  auto one = RunEvents("سلسلة تفجير المساجد المتوالية تستهدفنا جميعا أمس.", "2015-08-10");
  EXPECT_EQ(one.result.events.size(), 1u);
}

// Session 39: a condolence on deaths retells them ("نتقدم بخالص العزاء ...، لدولة الإمارات ... في
// استشهاد جنودها الثلاثة"); the attack a condolence names is kept (often told nowhere else).
TEST(EventsIncidents, ACondolenceOnDeathsIsNoNewIncident) {
  auto r = RunEvents(
      "وقال الأزهر في بيان \"نتقدم بخالص العزاء وصادق المواساة، لدولة الإمارات قيادة وحكومة وشعبا في استشهاد "
      "ثلاثة من جنودها ارتقوا أثناء مشاركتهم ضمن قوات التحالف في اليمن\".",
      "2015-08-10");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(HasSkip(r, "condolence"));
  auto r2 = RunEvents(
      "وقدم الرئيس تعازيه إلى تركيا في الهجوم الذي أوقع 32 قتيلا ومائة جريح الاثنين في سوروج.",
      "2015-07-24");
  EXPECT_FALSE(r2.result.events.empty());
}

TEST(EventsIncidents, ThreatsPlansAndDemandsAreNotEvents) {
  auto r = RunEvents("هدد التنظيم بنسف السد إذا تقدمت القوات.", "2017-10-15");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_FALSE(r.result.skipped.empty());
  auto r2 = RunEvents("The group would attack the base, officials warned.", "2017-10-15");
  for (const auto& e : r2.result.events) EXPECT_NE(e.plover, "ASSAULT") << r2.Surface(e.trigger_start, e.trigger_end);
  auto r3 = RunEvents("وطالبت الحكومة بوقف القصف على المدينة.", "2017-10-15");
  EXPECT_TRUE(r3.result.events.empty());
  EXPECT_TRUE(HasSkip(r3, "demand"));
  // A recommendation is no more done than a demand; an order carried out in the same
  // sentence is ("أمرت أنقرة بشن سلسلة من الغارات ... ونفذت مقاتلات تركية").
  auto r4 = RunEvents("وتطرق الاجتماع إلى التحضيرات الجارية، وأن الحوثي أوصى بتفجير منزل كل من تثبت تبعيته لمقاومة إب.",
                      "2015-08-09");
  EXPECT_TRUE(r4.result.events.empty());
  EXPECT_TRUE(HasSkip(r4, "demand"));
  auto r5 = RunEvents("وأمرت أنقرة بشن سلسلة من الغارات على القواعد الخلفية لحزب العمال الكردستاني في شمال العراق.",
                      "2015-07-27");
  EXPECT_FALSE(r5.result.events.empty());
}

// A truce that collapses or is broken is neither an agreement nor a town that falls.
TEST(EventsIncidents, ATrucesCollapseIsNoAgreementNorAFall) {
  auto r = RunEvents("وأعلن الحزب انهيار الهدنة مع الجيش التركي أمس، بعد سقوط الهدنة في جنوب شرق تركيا.", "2015-07-25");
  for (const auto& e : r.result.events)
    EXPECT_TRUE(e.sub_event_type != "Agreement" && e.sub_event_type != "Non-state actor overtakes territory")
        << e.sub_event_type << ": " << r.Surface(e.trigger_start, e.trigger_end);
  EXPECT_TRUE(HasSkip(r, "a truce"));
}

// Who flew an air strike whose clause names no state: the aircraft named last before it,
// not the article's most named ones.
TEST(EventsIncidents, TheAircraftNamedBeforeTheStrikeFlyIt) {
  auto r = RunEvents("قصفت طائرات حربية تركية أهدافا لداعش في سوريا أمس. وقال مكتب أردوغان إن ثلاث مقاتلات إف- 16 "
                     "قصفت مقرين للتنظيم. وسمحت تركيا للطائرات الأمريكية بالانطلاق من قاعدة إنجرليك. وقالت واشنطن إن "
                     "الطائرات الأمريكية ستبدأ العمل قريبا.",
                     "2015-07-25");
  int strikes = 0;
  for (const auto& e : r.result.events) {
    if (e.sub_event_type != "Air/drone strike") continue;
    ++strikes;
    ASSERT_GE(e.actor1, 0);
    EXPECT_EQ(Dicts().actors[e.actor1].id, "turkish_army") << r.Surface(e.start, e.end);
  }
  EXPECT_GE(strikes, 1);
}

// A state's adjective on the strike noun names who struck, even when the sentence named
// another armed actor before it ("عناصر من حزب الله ... في الغارات الإسرائيلية"), and when
// the strike noun is not the trigger ("ضربة اسرائيلية جوية ... استهدفت").
TEST(EventsIncidents, TheStatesAdjectiveOnAStrikeNamesItsAuthor) {
  auto r = RunEvents("قتل عنصران من حزب الله في الغارات الإسرائيلية على القنيطرة أمس.", "2015-07-29");
  ASSERT_EQ(r.result.events.size(), 1u);
  ASSERT_GE(r.result.events[0].actor1, 0);
  EXPECT_EQ(Dicts().actors[r.result.events[0].actor1].id, "israeli_air_force");
  auto noun = RunEvents("وقالت مصادر إن ضربة اسرائيلية جوية استهدفت سيارة في القنيطرة وقتلت عضوين من حزب الله الذي "
                        "يقاتل إلى جانب القوات الحكومية.",
                        "2015-07-29");
  ASSERT_FALSE(noun.result.events.empty());
  for (const auto& e : noun.result.events) {
    ASSERT_GE(e.actor1, 0);
    EXPECT_EQ(Dicts().actors[e.actor1].country, "IL") << noun.Surface(e.start, e.end);
  }
  // Not a state's adjective: "غارات عنيفة" names nobody.
  auto none = RunEvents("وشن الحوثيون هجوما بعد غارات عنيفة على صنعاء.", "2015-07-29");
  for (const auto& a : none.result.actors) EXPECT_FALSE(a.nation_adjective);
}

// Whom an arrest takes is the group they are said to belong to (ACLED's actor 2), and that
// group is then no arrester: "ألقي القبض على خلية تنتمي لداعش" names no one who arrested.
TEST(EventsIncidents, TheArrestedAreTheGroupTheyBelongTo) {
  auto r = RunEvents("ألقت قوات الأمن التركية القبض على 17 شخصا يشتبه في انتمائهم لتنظيم داعش في عمليات دهم.",
                     "2015-08-08");
  ASSERT_EQ(r.result.events.size(), 1u);
  ASSERT_GE(r.result.events[0].actor2, 0);
  EXPECT_EQ(Dicts().actors[r.result.events[0].actor2].id, "isis");
  auto passive = RunEvents("وألقي القبض على خمسة أشخاص ينتمون إلى تنظيم داعش.", "2015-08-08");
  ASSERT_EQ(passive.result.events.size(), 1u);
  ASSERT_GE(passive.result.events[0].actor2, 0);
  EXPECT_EQ(Dicts().actors[passive.result.events[0].actor2].id, "isis");
  EXPECT_NE(passive.result.events[0].actor1, passive.result.events[0].actor2);
  auto linked = RunEvents("وقالت الشرطة إنها اعتقلت 590 شخصا متهمين بالارتباط بتنظيم داعش.", "2015-07-26");
  ASSERT_EQ(linked.result.events.size(), 1u);
  ASSERT_GE(linked.result.events[0].actor2, 0);
  EXPECT_EQ(Dicts().actors[linked.result.events[0].actor2].id, "isis");
  // A group that arrests keeps its role: "اعتقل تنظيم داعش عشرة مدنيين".
  auto group = RunEvents("واعتقل تنظيم داعش عشرة مدنيين في الرقة.", "2015-08-08");
  ASSERT_EQ(group.result.events.size(), 1u);
  ASSERT_GE(group.result.events[0].actor1, 0);
  EXPECT_EQ(Dicts().actors[group.result.events[0].actor1].id, "isis");
}

// A bomb that kills people the text names no side of: ACLED's actor 2 is the civilians of
// the country; not when the dead are soldiers.
TEST(EventsIncidents, ABombsUnnamedDeadAreCivilians) {
  auto r = RunEvents("وقالت المصادر إن سبعة قتلوا وأصيب 25 في تفجير عبوة ناسفة شرقي المدينة أمس.", "2015-08-10", "IQ");
  ASSERT_EQ(r.result.events.size(), 1u);
  ASSERT_GE(r.result.events[0].actor2, 0);
  EXPECT_EQ(Dicts().actors[r.result.events[0].actor2].id, "civilians_iq");
  auto soldiers = RunEvents("وقتل خمسة جنود في تفجير عبوة ناسفة استهدف دوريتهم أمس.", "2015-08-10", "IQ");
  ASSERT_EQ(soldiers.result.events.size(), 1u);
  if (soldiers.result.events[0].actor2 >= 0) {
    EXPECT_NE(Dicts().actors[soldiers.result.events[0].actor2].type, "civilians");
  }
}

// Talks or a deal with a counterpart named after "مع" who is no fighting party, by no
// fighting party, are diplomacy, whatever armed group the sentence also names; the parties'
// own talks and truces stay.
TEST(EventsIncidents, TalksWithNoFightingPartyAreDiplomacy) {
  auto kerry = RunEvents("وقال مسؤولون إن إيران ترفض ذلك. بدأ جون كيري وزير الخارجية الاميركي محادثات مع دول الخليج العربية في "
                         "قطر، اليوم (الاثنين)، سعيا لاقناعها بمنافع الاتفاق النووي مع إيران وبالحرب على داعش.",
                         "2015-08-03");
  for (const auto& e : kerry.result.events) EXPECT_NE(e.event_type, "Strategic developments") << e.sub_event_type;
  auto taliban = RunEvents("وشاركت حركة طالبان في محادثات السلام مع الحكومة الأفغانية التي انطلقت أمس في باكستان.", "2015-08-01");
  bool talks = false;
  for (const auto& e : taliban.result.events) talks = talks || e.event_type == "Strategic developments";
  EXPECT_TRUE(talks);
}

// What is refused did not happen ("يرفض وقف إطلاق النار", "رفضوا المشاركة في القتال"); the
// source's formula "رفض الكشف عن هويته" refuses nothing of the report after "إن".
TEST(EventsIncidents, WhatIsRefusedDidNotHappen) {
  auto r = RunEvents("وقال زعيم الحوثيين إنه يرفض وقف إطلاق النار الذي أعلنه التحالف.", "2015-07-26");
  for (const auto& e : r.result.events) EXPECT_NE(e.sub_event_type, "Agreement");
  auto fight = RunEvents("وأكدت المصادر أن بعض الضباط رفضوا المشاركة في القتال ضد المقاومة.", "2015-07-26");
  for (const auto& e : fight.result.events) EXPECT_NE(e.event_type, "Battles");
  auto source = RunEvents("وقال مصدر عسكري رفض الكشف عن هويته إن 5 جنود قتلوا في هجوم على حاجز أمس.", "2015-07-26");
  EXPECT_FALSE(source.result.events.empty());
}

// A refusal between the parties is a development only when it refuses the terms they
// negotiate; refusing to take part, to obey or to comment is a statement, whoever refuses.
TEST(EventsIncidents, ARefusalOfNoTermsIsAStatement) {
  auto join = RunEvents("وكانت تركيا قد رفضت أخيرا المشاركة في عمليات التحالف ضد تنظيم داعش في سوريا.", "2015-08-09");
  for (const auto& e : join.result.events) EXPECT_NE(e.sub_event_type, "Other") << e.event_type;
  EXPECT_TRUE(HasSkip(join, "refusal"));
  auto comment = RunEvents("ورفضت الحكومة الأردنية التعليق على ادعاءات الجيش السوري أمس.", "2015-08-08");
  for (const auto& e : comment.result.events) EXPECT_NE(e.sub_event_type, "Other") << e.event_type;
  auto terms = RunEvents("رفض تنظيم داعش الشروط التي وضعتها قوات سوريا الديمقراطية للخروج من مدينة الرقة أمس.",
                         "2017-10-14");
  bool refused = false;
  for (const auto& e : terms.result.events) refused = refused || e.sub_event_type == "Other";
  EXPECT_TRUE(refused);
}

// A meeting is talk (CAMEO 040); the parties' negotiations are the development.
TEST(EventsIncidents, AMeetingIsNotNegotiations) {
  auto r = RunEvents("واجتمع قادة الحشد الشعبي أمس في بغداد مع قادة عصائب أهل الحق لبحث الحرب على تنظيم داعش.",
                     "2015-07-25");
  for (const auto& e : r.result.events) EXPECT_NE(e.event_type, "Strategic developments") << e.sub_event_type;
  EXPECT_TRUE(HasSkip(r, "meeting"));
  // A truce spoken of is not one made.
  auto spoken = RunEvents("وأوضح ديمرتاش أنه يتحدث عن وقف إطلاق نار متبادل بين الحكومة التركية وحزب العمال الكردستاني.",
                          "2015-08-04");
  for (const auto& e : spoken.result.events) EXPECT_NE(e.sub_event_type, "Agreement");
}

// The subject of a light verb whose object is the trigger ("وشن سلاح الجو التركي ضربات
// جوية", "ألقى داعش القبض على") is its author, whatever dyad the sentence named before; the
// incidents of two authors stay two.
TEST(EventsIncidents, ALightVerbsSubjectIsTheAuthor) {
  auto r = RunEvents("وسقط القتلى وسط تزايد هجمات حزب العمال الكردستاني ضد الجيش وشن سلاح الجو التركي ضربات جوية "
                     "على أهداف للحزب في شمال العراق.",
                     "2015-08-06");
  bool strike = false;
  for (const auto& e : r.result.events)
    if (e.sub_event_type == "Air/drone strike") {
      strike = true;
      EXPECT_EQ(Id(e.actor1), "turkish_army");
    }
  EXPECT_TRUE(strike);
  auto arrest = RunEvents("وبحسب الصحيفة، ألقى داعش القبض على شخصين من أهالي مدينة الرقة أمس.", "2015-07-21");
  ASSERT_EQ(arrest.result.events.size(), 1u);
  EXPECT_EQ(Id(arrest.result.events[0].actor1), "isis");
}

// A verb's subject before it acts; the actor after the verb is its object ("المقاومة طردت
// الحوثيين"), not the genitive agent of a noun ("هجوم الحوثيين").
TEST(EventsIncidents, TheSubjectBeforeAVerbActs) {
  auto r = RunEvents("وأكد أن المقاومة الشعبية طردت الحوثيين من مدينة شقرة أمس.", "2015-08-10");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(Id(r.result.events[0].actor1), "popular_resistance_ye");
  EXPECT_EQ(Id(r.result.events[0].actor2), "houthis");
  // A genitive before the verb is no subject.
  auto turkey = RunEvents("وإلى جانب أهداف حزب العمال الكردستاني قصفت طائرات تركية مواقع لتنظيم داعش في سوريا.", "2015-08-09");
  ASSERT_FALSE(turkey.result.events.empty());
  EXPECT_EQ(Id(turkey.result.events[0].actor1), "turkish_army");
  EXPECT_EQ(Id(turkey.result.events[0].actor2), "isis");
}

// A cell or a network busted is its members arrested.
TEST(EventsIncidents, ACellBustedIsAnArrest) {
  for (const char* s : {"ضبطت الأجهزة الأمنية الكويتية شبكة إرهابية تنتمي إلى تنظيم داعش.",
                        "وأعلنت الشرطة الكويتية أمس تفكيك خلية إرهابية على علاقة بتنظيم داعش."}) {
    auto r = RunEvents(s, "2015-07-31");
    ASSERT_EQ(r.result.events.size(), 1u) << s;
    EXPECT_EQ(r.result.events[0].sub_event_type, "Arrests") << s;
    ASSERT_GE(r.result.events[0].actor1, 0) << s;
    EXPECT_EQ(Dicts().actors[r.result.events[0].actor1].id, "police_kw") << s;
  }
  // A death the army announces is its soldier's, not its act.
  auto death = RunEvents("من جهته، اعلن الجيش الاميركي مقتل أحد جنوده في انفجار قنبلة قرب بعقوبة.", "2008-06-12");
  for (const auto& e : death.result.events) {
    if (e.actor1 >= 0) {
      EXPECT_NE(Dicts().actors[e.actor1].id, "us_military");
    }
  }
}

// The casualties of an incident told before, counted again with no author or day of their
// own, are no second killing.
TEST(EventsIncidents, CasualtiesToldAgainAreNoSecondKilling) {
  auto r = RunEvents("هاجم مسلحون أمس حاجزا للجيش التركي قرب الحدود. وأعلن الجيش التركي مقتل جنديين وإصابة 4 بجروح.",
                     "2015-08-05");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].event_type, "Battles");
  // The announcer named first: "لكن الجيش التركي أعلن مقتل جنديين".
  auto svo = RunEvents("هاجم مسلحون أمس حاجزا للجيش التركي قرب الحدود. لكن الجيش التركي أعلن مقتل جنديين وإصابة 4 بجروح.",
                       "2015-08-05");
  ASSERT_EQ(svo.result.events.size(), 1u);
  EXPECT_EQ(svo.result.events[0].event_type, "Battles");
  auto similar = RunEvents("انفجرت عبوة ناسفة أمس في حي صناعي ببغداد. وفي حادث مماثل قتل شخص وأصيب ثمانية قرب سوق شعبية.",
                           "2015-08-05");
  EXPECT_EQ(similar.result.events.size(), 2u);
}

// ACLED's actor of a riot is "Rioters", of a protest "Protesters".
TEST(EventsIncidents, ARiotsActorIsRioters) {
  // One incident, the riot: not also a peaceful protest read off "متظاهرين".
  auto r = RunEvents("واندلعت صدامات أمس بين قوات الأمن ومتظاهرين في مدينة ديار بكر.", "2015-07-29");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].event_type, "Riots");
  ASSERT_GE(r.result.events[0].actor1, 0);
  EXPECT_EQ(Dicts().actors[r.result.events[0].actor1].type, "rioters");
  EXPECT_EQ(r.result.events[0].plover, "PROTEST");  // PLOVER's protest includes the riot
  EXPECT_EQ(r.result.events[0].cameo, "145");
}

TEST(EventsIncidents, HistoryIsNotNews) {
  auto r = RunEvents("وقتل 5 من عناصر التنظيم في غارة في أبريل.", "2015-07-31");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(HasSkip(r, "history"));
  auto r2 = RunEvents("وقتل 5 من عناصر التنظيم في غارة أمس.", "2015-07-31");
  ASSERT_EQ(r2.result.events.size(), 1u);
  EXPECT_EQ(r2.result.events[0].date, "2015-07-30");
  EXPECT_FALSE(r2.result.events[0].date_from_published);
  // A month ago and more is a recap too ("أقر في منتصف يونيو بمقتل زعيمه في ضربة", an
  // article of 31 July): the incident was news when it happened.
  auto r3 = RunEvents("وقتل زعيم التنظيم في غارة جوية في يونيو.", "2015-07-31");
  EXPECT_TRUE(r3.result.events.empty());
  EXPECT_TRUE(HasSkip(r3, "history"));
  auto r4 = RunEvents("وقتل زعيم التنظيم في غارة جوية في 5 يوليو.", "2015-07-31");
  EXPECT_EQ(r4.result.events.size(), 1u);
}

TEST(EventsIncidents, ADayWithNoYearIsNotInTheFuture) {
  auto r = RunEvents("ففي 9 يونيو أطلق مسلحون النار على المقر.", "2008-01-10");
  bool found = false;
  for (const auto& d : r.result.dates)
    if (d.resolved) {
      found = true;
      EXPECT_EQ(d.date, "2007-06-09");
    }
  EXPECT_TRUE(found);
}

TEST(EventsIncidents, DateFallbackSaysSo) {
  auto r = RunEvents("قصفت طائرات حربية مواقع التنظيم في المدينة.", "2015-07-31");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].date, "2015-07-31");
  EXPECT_TRUE(r.result.events[0].date_from_published);
}

// A paper whose own "yesterday" or "today" with a weekday names the day before the one it
// counts from (a print edition written the day before its date) counts its bare "أمس" and its
// undated news from that day too; not when another such day agrees with the publication, nor
// for a "today" of the day before in an article posted in the small hours.
TEST(EventsIncidents, APaperADayLateCountsFromTheDayBefore) {
  const std::string shelling = "قصفت قوات النظام بلدة كفرنبل صباح أمس، ما أدى إلى مقتل 5 مدنيين. ";
  struct Case {
    const char* second;
    const char* written;
    const char* day;
  } cases[] = {
      {"وقال مسؤول إن الاجتماع عقد أمس الثلاثاء في العاصمة.", "", "2015-07-21"},         // Tuesday: 2 days back
      {"وقال مسؤول إن الاجتماع يعقد اليوم (الأربعاء) في العاصمة.", "", "2015-07-21"},     // Wednesday: 1 back
      {"وقال مسؤول إن الاجتماع عقد أمس الأربعاء في العاصمة.", "", "2015-07-22"},         // on time
      {"وقال مسؤول إن الاجتماع يعقد اليوم الأربعاء في العاصمة.", "2015-07-22", "2015-07-22"},  // posted at night
      {"وقال مسؤول إن الاجتماع عقد أمس الأول الثلاثاء في العاصمة.", "", "2015-07-22"},   // the day before yesterday
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.second);
    auto text = text::DecodeUtf8(shelling + c.second, text::Utf8Mode::kLenient).value();
    auto toks = text::Tokenize(text);
    auto sentences = text::SplitSentences(text, toks);
    EventExtractor ex(Dicts());
    auto r = ex.Extract(text, toks, sentences, {}, "2015-07-23", "", nullptr, c.written);
    ASSERT_FALSE(r.events.empty());
    EXPECT_EQ(r.events[0].date, c.day);
  }
}

// A clause with no date of its own takes the day an earlier sentence named; not one that
// tells a toll rising ("إلى ذلك، ارتفعت حصيلة ... إلى 11 قتيلا"): the count is as of the
// writing, and the earlier day is mostly the roundup's previous item's.
TEST(EventsIncidents, ATollRisingTakesNoEarlierSentencesDay) {
  const std::string lead = "وقتل ثلاثة جنود في هجوم على حاجز في الموصل يوم الخميس. ";
  auto r = RunEvents(lead + "إلى ذلك، ارتفعت حصيلة القصف الصاروخي الذي استهدف مدينة بعقوبة إلى 11 قتيلا.",
                     "2015-07-25");
  ASSERT_EQ(r.result.events.size(), 2u);
  EXPECT_EQ(r.result.events[0].date, "2015-07-23");
  EXPECT_EQ(r.result.events[1].date, "2015-07-25");
  EXPECT_TRUE(r.result.events[1].date_from_published);
  EXPECT_FALSE(r.result.events[1].date_from_context);
  auto r2 = RunEvents(lead + "إلى ذلك، أسفر القصف الصاروخي الذي استهدف مدينة بعقوبة عن مقتل 11 شخصا.", "2015-07-25");
  ASSERT_EQ(r2.result.events.size(), 2u);
  EXPECT_EQ(r2.result.events[1].date, "2015-07-23");  // the earlier sentence's day
  EXPECT_TRUE(r2.result.events[1].date_from_context);
}

// A recap with a day of its own ten days before the paper and a toll of its own is another
// incident than the news of the day (dated by the dateline) with another toll, though both
// are blasts placed nowhere the index knows.
TEST(EventsIncidents, ARecapOfItsOwnDayAndTollIsNotTheNewsOfTheDay) {
  const std::string text =
      "23 October 2016 Terrorist attacks kill a woman injure 9 in Hasaka and Aleppo. A woman was killed and six other "
      "people got injured when a landmine of those left behind by ISIS terrorists exploded in Jarez village in the "
      "northern countryside of Aleppo province. On October 13th 30 people were killed and 90 others were injured after "
      "a suicide terrorist blew himself up with an explosive belt inside al-Sanabel hall for weddings near Safyiah "
      "village on Hasaka-Qamishli highway.";
  auto r = RunEvents(text, "2016-10-23");
  const Event* recap = nullptr;
  const Event* landmine = nullptr;
  for (const auto& e : r.result.events) {
    if (e.sub_event_type == "Suicide bomb") recap = &e;
    if (e.sub_event_type == "Remote explosive/landmine/IED") landmine = &e;
  }
  ASSERT_NE(recap, nullptr);
  ASSERT_NE(landmine, nullptr);
  EXPECT_EQ(recap->date, "2016-10-13");
  EXPECT_EQ(recap->fatalities, 30u);
  EXPECT_EQ(landmine->date, "2016-10-23");
  EXPECT_EQ(landmine->fatalities, 1u);
}

// The other side's dead of a battle, told in the next sentence with no day or place of its
// own, are the same battle's: its toll is both sides' dead (ACLED sums them). The same figure
// told again is not added.
TEST(EventsIncidents, TheOtherSidesDeadInTheNextSentenceAreTheSameBattles) {
  auto r = RunEvents("وقتل 17 مسلحا من الحوثيين وقوات صالح وأصيب العشرات في مواجهات بمناطق متفرقة من مدينة تعز مع قوات "
                     "المقاومة الشعبية، الثلاثاء. واشارت مصادر محلية وفي المقاومة إلى مقتل 3 من المقاومة الشعبية وإصابة 7 آخرين.",
                     "2015-07-23");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].fatalities, 20u);
  auto again = RunEvents("وقتل 17 مسلحا من الحوثيين في مواجهات مع قوات المقاومة الشعبية في مدينة تعز، الثلاثاء. واشارت "
                         "مصادر محلية إلى مقتل 17 من الحوثيين.",
                         "2015-07-23");
  for (const auto& e : again.result.events) EXPECT_LE(e.fatalities, 17u);
}

// "منذ ثلاثة أيام" (for three days, since then) starts a span: a later clause with no date
// of its own is not on that day ("قبل ثلاثة أيام", three days ago, still dates it).
TEST(EventsIncidents, ASpanSinceADayDatesNoLaterClause) {
  auto r = RunEvents("وتحاصر القوات المدينة منذ ثلاثة أيام. وقصفت طائرات حربية مواقع التنظيم في المدينة مما أسفر عن مقتل 5 مسلحين.",
                     "2015-07-21");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].date, "2015-07-21");
  EXPECT_TRUE(r.result.events[0].date_from_published);
  auto r2 = RunEvents("وبدأت القوات حصار المدينة قبل ثلاثة أيام. وقصفت طائرات حربية مواقع التنظيم في المدينة مما أسفر عن مقتل 5 مسلحين.",
                      "2015-07-21");
  ASSERT_EQ(r2.result.events.size(), 1u);
  EXPECT_EQ(r2.result.events[0].date, "2015-07-18");
  EXPECT_TRUE(r2.result.events[0].date_from_context);
}

// "فجر نفسه" with the bomber named between ("أمس فجر مجرم داعشي نفسه في المصلين"): a suicide
// bombing, as the phrase is; not the dawn of the same day ("فجر اليوم نفسه").
TEST(EventsIncidents, ASuicideBomberNamedInsideFajjaraNafsahu) {
  auto r = RunEvents("أمس فجر مجرم داعشي نفسه في المصلين بمسجد تابع لقوات الطوارئ.", "2015-08-07");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Suicide bomb");
  EXPECT_EQ(r.Surface(r.result.events[0].trigger_start, r.result.events[0].trigger_end), "فجر مجرم داعشي نفسه");
  auto r2 = RunEvents("ووصل الوفد إلى المدينة فجر اليوم نفسه.", "2015-08-07");
  EXPECT_TRUE(r2.result.events.empty());
  // With a proclitic ("وفجر"): the rule is asked at keys ending in "فجر" only (events.cc), a
  // stem being a suffix of its key.
  auto r3 = RunEvents("وفجر مجرم داعشي نفسه أمس في المصلين بمسجد تابع لقوات الطوارئ.", "2015-08-07");
  ASSERT_EQ(r3.result.events.size(), 1u);
  EXPECT_EQ(r3.result.events[0].sub_event_type, "Suicide bomb");
}

// "ضربات التحالف الجوية": the author named between the strike noun and its adjective is an
// air strike by that author; not "ضربة قاضية للقوات الجوية" (a blow to the air force). Without
// it, the coalition's raids read as a killing ("قتلت") with the toll of the Houthis' shelling
// told before, and the two joined (saudinewsnet 2015-07-22/239).
TEST(EventsIncidents, AnAirStrikeWithItsAuthorBeforeTheAdjective) {
  auto r = RunEvents("وقال مقاتلون محليون إن ضربات التحالف الجوية قتلت نحو ثمانية مقاتلين حوثيين في لحج.", "2015-07-22", "YE");
  ASSERT_FALSE(r.result.events.empty());
  EXPECT_EQ(r.result.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(Id(r.result.events[0].actor1), "saudi_led_coalition");
  EXPECT_EQ(r.Surface(r.result.events[0].trigger_start, r.result.events[0].trigger_end), "ضربات");
  auto shelled = RunEvents(
      "وقال سكان إن قصفا شنه الحوثيون قتل أسرة من ثمانية أفراد في منطقة دار سعد. وقال مقاتلون محليون إنهم تقدموا إلى "
      "منطقة عقان في محافظة لحج وإن ضربات التحالف الجوية قتلت نحو ثمانية مقاتلين حوثيين هناك.",
      "2015-07-22", "YE");
  ASSERT_FALSE(shelled.result.events.empty());
  EXPECT_EQ(shelled.result.events[0].sub_event_type, "Shelling/artillery/missile attack");
  EXPECT_EQ(Id(shelled.result.events[0].actor1), "houthis");
  auto blow = RunEvents("ووجه الجيش ضربة قاضية للقوات الجوية في المدينة أمس.", "2015-07-22", "YE");
  for (const auto& e : blow.result.events) EXPECT_NE(e.sub_event_type, "Air/drone strike") << r.Surface(e.start, e.end);
}

// Two actors ACLED names alike ("الطيران السوري" and "الجيش السوري": both "Military Forces of
// Syria") are one side, never an event's two: the second is unknown.
TEST(EventsIncidents, ActorsNamedAlikeAreOneSide) {
  auto r = RunEvents("وقصف الطيران السوري مواقع الجيش السوري في درعا أمس.", "2015-08-11", "SY");
  ASSERT_EQ(r.result.events.size(), 1u);
  const Event& e = r.result.events[0];
  ASSERT_GE(e.actor1, 0);
  if (e.actor2 >= 0) {
    EXPECT_NE(testing::Dicts().actors[e.actor1].name_en, testing::Dicts().actors[e.actor2].name_en);
  }
}

// Two of an armed force counted as the dead ("شرطيين قتلا", the dual's word itself the
// mention) or as bodies ("جثتي شرطيين مقتولين", the mention right after the dual's word) are
// the victims, actor 2, not the author of the killing (saudinewsnet 2015-07-23/732, 2015-07-22/102).
TEST(EventsIncidents, TwoPolicemenCountedAsTheDeadAreTheVictims) {
  for (const char* text : {"وأعلن حاكم محافظة شانلي اورفة أنه تم العثور صباح أمس على شرطيين قتلا برصاصة في الرأس.",
                           "وأعلن حاكم محافظة شانلي اورفة أنه تم العثور صباح اليوم على جثتي شرطيين مقتولين برصاص في الرأس."}) {
    SCOPED_TRACE(text);
    auto r = RunEvents(text, "2015-07-23", "TR");
    ASSERT_EQ(r.result.events.size(), 1u);
    EXPECT_NE(Id(r.result.events[0].actor1), "police_tr");
    EXPECT_EQ(Id(r.result.events[0].actor2), "police_tr");
  }
}

// "ثمانية أشخاص من أسرة واحدة قتلوا": "واحدة" after a noun is its adjective, not another count
// that would end the search for the count's predicate.
TEST(EventsIncidents, OneAsAnAdjectiveEndsNoCount) {
  auto r = RunEvents("وقالت مصادر طبية إن ثمانية أشخاص من أسرة واحدة قتلوا في قصف على منزلهم في دار سعد.", "2015-07-23");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].fatalities, 8u);
}

// A relative clause dating itself days before tells a past incident: its count ("التي
// ارتكب فيها الحوثيون قبل يومين مجزرة ذهب ضحيتها العشرات") is not the toll of the incident
// the sentence reports. Without the "قبل يومين" it may be.
TEST(EventsIncidents, ACountOfAPlacesPastIncidentIsNoToll) {
  auto r = RunEvents(
      "وقالت مصادر طبية إن ثمانية أشخاص قتلوا في قصف تعرض له منزلهم في منطقة دار سعد التي ارتكب فيها الحوثيون "
      "قبل يومين مجزرة مروعة ذهب ضحيتها العشرات من النساء والأطفال.",
      "2015-07-23");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].fatalities, 8u);
  auto now = RunEvents(
      "وقالت مصادر طبية إن ثمانية أشخاص قتلوا في قصف تعرض له منزلهم في منطقة دار سعد التي ارتكب فيها الحوثيون "
      "مجزرة مروعة ذهب ضحيتها العشرات من النساء والأطفال.",
      "2015-07-23");
  ASSERT_EQ(now.result.events.size(), 1u);
  EXPECT_EQ(now.result.events[0].fatalities, 12u);
}

TEST(EventsIncidents, OneIncidentPerClauseWithItsOwnToll) {
  // An air strike that kills: one event, Explosions/Remote violence, with the toll.
  auto r = RunEvents("قتل 12 مدنيا أمس في غارات جوية على السوق.", "2015-08-03");
  ASSERT_EQ(r.result.events.size(), 1u) << r.result.events[0].event_type;
  EXPECT_EQ(r.result.events[0].event_type, "Explosions/Remote violence");
  EXPECT_EQ(r.result.events[0].fatalities, 12u);
  // A wounded count is no toll.
  auto r2 = RunEvents("أصيب 13 شخصا في انفجار عبوة ناسفة أمس.", "2015-08-03");
  ASSERT_EQ(r2.result.events.size(), 1u);
  EXPECT_EQ(r2.result.events[0].fatalities, 0u);
}

TEST(EventsIncidents, CumulativeTollIsNotAnEventToll) {
  auto r = RunEvents("وقتل أكثر من 4000 شخص منذ بداية الحرب. وقتل 3 أشخاص أمس في قصف على المدينة.", "2015-08-03");
  uint64_t max_toll = 0;
  for (const auto& e : r.result.events) max_toll = std::max(max_toll, e.fatalities);
  EXPECT_EQ(max_toll, 3u);
}

// A period's total ("بين الأول من يناير و15 يوليو", "في الفترة من ... إلى") is no incident's toll.
TEST(EventsIncidents, APeriodsTotalIsNotAnEventToll) {
  auto r = RunEvents("وأفادت المنظمة الحقوقية أن السلطات الإيرانية أعدمت 694 شخصا بين الأول من يناير و15 يوليو 2015.",
                     "2015-07-25");
  for (const auto& e : r.result.events) EXPECT_EQ(e.fatalities, 0u) << r.Surface(e.start, e.end);
  auto day = RunEvents("وقتل 5 أشخاص في اشتباكات بين الجيش والمسلحين في بلدة القائم في 3 يوليو.", "2015-07-25");
  ASSERT_EQ(day.result.events.size(), 1u);
  EXPECT_EQ(day.result.events[0].fatalities, 5u);
}

// A statistical report told over several sentences: its next sentence ("وأشار البيان إلى
// مقتل 488 عنصرا") counts the same period as the one before (a month's total), not an incident.
TEST(EventsIncidents, AReportsNextSentenceCountsTheSamePeriod) {
  auto r = RunEvents("أعلنت بعثة الأمم المتحدة مقتل وإصابة 3440 عراقيا خلال شهر يوليو الماضي. وأشار البيان إلى مقتل "
                     "488 عنصرا من منتسبي قوات الأمن العراقية.",
                     "2015-08-02");
  for (const auto& e : r.result.events) EXPECT_EQ(e.fatalities, 0u) << r.Surface(e.start, e.end);
  ASSERT_EQ(r.result.quantities.size(), 2u);
  EXPECT_TRUE(r.result.quantities[1].cumulative);
  // Another source's sentence after a total is news of its own.
  auto news = RunEvents("قتل أكثر من 4000 شخص منذ بداية الحرب. وقال المصدر إن 3 أشخاص قتلوا في القصف على المدينة.",
                        "2015-08-02");
  ASSERT_EQ(news.result.quantities.size(), 2u);
  EXPECT_FALSE(news.result.quantities[1].cumulative);
}

// A bare "القصف" names a bombardment, not its weapon: the same striker's air strike told
// after it is the same incident, and gives it its weapon; another striker's is not.
TEST(EventsIncidents, ABareBombardmentTakesTheWeaponToldOfIt) {
  auto r = RunEvents("الأطباء يسعفون أحد مصابي القصف الإسرائيلي على غزة أمس. وقالت مصادر إن الطيران الإسرائيلي قصف "
                     "بصاروخ موقعا للمقاومة أمس.",
                     "2015-08-07");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Air/drone strike");
}

// The incident the news is timed from ("وبعد أربعة أيام على هجوم انتحاري ... شن سلاح الجو التركي
// اليوم") happened that long before: its own event, dated back, with its phrase's toll; a month
// back it is history. A phrase that dates itself keeps its day.
TEST(EventsIncidents, TheIncidentTheNewsIsTimedFromIsDatedBack) {
  auto r = RunEvents("وبعد أربعة أيام على هجوم انتحاري دام استهدف الأراضي التركية وأودى بحياة 32 شخصا، شن سلاح الجو "
                     "التركي اليوم أولى غاراته على مواقع لتنظيم داعش في سوريا.",
                     "2015-07-24");
  ASSERT_EQ(r.result.events.size(), 2u);
  for (const auto& e : r.result.events) {
    if (e.sub_event_type == "Suicide bomb") {
      EXPECT_EQ(e.date, "2015-07-20");
      EXPECT_EQ(e.fatalities, 32u);
    } else {
      EXPECT_EQ(e.date, "2015-07-24");
      EXPECT_EQ(e.fatalities, 0u);
    }
  }
  auto month = RunEvents("وضبطت الشرطة خلية أمس، بعد نحو شهر من كشف ملابسات التفجير الإرهابي في المسجد.", "2015-07-31");
  for (const auto& e : month.result.events) EXPECT_NE(e.sub_event_type, "Remote explosive/landmine/IED");
  // Digits before a singular unit count it ("بعد 34 يوما من", "بعد 11 شهرا على").
  auto days = RunEvents("بعد 34 يوما من تفجير المسجد الذي راح ضحيته 26 شخصا، ضبطت الشرطة خلية إرهابية.", "2015-07-31");
  for (const auto& e : days.result.events) EXPECT_NE(e.sub_event_type, "Remote explosive/landmine/IED");
  auto twelve = RunEvents("وبعد 12 يوما على هجوم انتحاري أودى بحياة 32 شخصا، شن سلاح الجو التركي اليوم غارات على مواقع "
                          "لتنظيم داعش في سوريا.",
                          "2015-08-01");
  bool bomb = false;
  for (const auto& e : twelve.result.events)
    if (e.sub_event_type == "Suicide bomb") {
      bomb = true;
      EXPECT_EQ(e.date, "2015-07-20");
    }
  EXPECT_TRUE(bomb);
}

// A word the text ends with ه where the trigger's noun ends with ة is another noun with a
// pronoun: "تجفيف مصادره" (its sources, not a confiscation), "لخدمة مصالحه الخاصة" (his
// interests, not a reconciliation). Written with ة, the triggers stay.
TEST(EventsIncidents, APronounIsNoTriggerEndingInTaMarbuta) {
  testing::ExpectNoEvents({"أبلغ وزير الخارجية السوري المبعوث الأممي تمسك النظام السوري بالمبادرة، لأن سوريا تعتبر تجفيف "
                           "مصادره وتمويله ودعمه الأولوية.",
                           "واستغل النظام السوري الشعارات لخدمة مصالحه الخاصة مع حزب الله."},
                          "2015-07-24", "SY");
  auto r = RunEvents("وأعلنت الشرطة أمس مصادرة أسلحة وذخائر في مدينة حمص.", "2015-07-24", "SY");
  EXPECT_FALSE(r.result.events.empty());
}

// A cell's group is who the arrest took ("ضبط شبكة إرهابية لتنظيم داعش"), not the arrester.
TEST(EventsIncidents, ACellsGroupIsArrested) {
  auto r = RunEvents("كشفت وزارة الداخلية الكويتية أمس عن ضبط شبكة إرهابية لتنظيم داعش تضم 5 مواطنين.", "2015-07-31");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(Id(r.result.events[0].actor2), "isis");
  EXPECT_NE(Id(r.result.events[0].actor1), "isis");
}

TEST(EventsIncidents, RepeatedIncidentKeepsTheConservativeToll) {
  auto r = RunEvents("قتل 24 شخصا في انفجار سيارة مفخخة في بعقوبة اليوم. وقالت الشرطة إن 30 شخصا قتلوا في انفجار السيارة المفخخة في بعقوبة.",
                     "2015-08-10");
  ASSERT_FALSE(r.result.events.empty());
  EXPECT_EQ(r.result.events[0].fatalities, 24u);
}

// Two sources' figures in one sentence: the lower, as ACLED codes; counts joined by "و"
// are parts of one toll, summed ("مقتل 34 عنصرا من حزب الله و17 من قوات النظام": 51).
TEST(EventsIncidents, TwoSourcesFiguresKeepTheLowerAndPartsAddUp) {
  auto r = RunEvents("وأكد المتمردون أن الهجوم على الثكنة خلف أكثر من 50 قتيلا في صفوف القوات التركية في حين "
                     "تحدثت حصيلة رسمية تركية عن مقتل جنديين.",
                     "2015-08-04");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].fatalities, 2u);
  auto parts = RunEvents("وقتل 5 جنود و9 مدنيين في القصف على المدينة أمس.", "2015-08-04");
  ASSERT_EQ(parts.result.events.size(), 1u);
  EXPECT_EQ(parts.result.events[0].fatalities, 14u);
  auto groups = RunEvents("وسجل المرصد أمس مقتل 34 عنصرا من حزب الله و17 من قوات النظام في المعارك في الزبداني.",
                          "2015-07-21");
  ASSERT_EQ(groups.result.events.size(), 1u);
  EXPECT_EQ(groups.result.events[0].fatalities, 51u);
}

// A party's claim beside the reported toll ("مؤكدا أنه قتل 8 جنود") is another source's
// figure: the lower is coded. And the day after the claim verb ("تبنى ... أمس") is when it
// was claimed, not when the attack was ("أدى أول من أمس إلى مقتل").
TEST(EventsIncidents, AClaimedTollAndTheClaimsDayAreNotTheIncidents) {
  auto r = RunEvents("إلى ذلك، تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين "
                     "تركيين على الأقل في محافظة ديار بكر جنوب شرقي تركيا، مؤكدا أنه قتل 8 جنود وأصاب 11 غيرهم.",
                     "2015-07-27");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].fatalities, 2u);
  EXPECT_EQ(r.result.events[0].date, "2015-07-25");
  // The claim's day, when it is the clause's only one, still dates the event.
  auto only = RunEvents("تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى إلى مقتل جنديين تركيين.", "2015-07-27");
  ASSERT_EQ(only.result.events.size(), 1u);
  EXPECT_EQ(only.result.events[0].date, "2015-07-26");
}

// An announcement of responsibility is a claim too ("أعلن تنظيم داعش أمس الخميس مسؤوليته عن هجوم
// انتحاري ... ببغداد": the attack was on the Wednesday): the incident's own day comes first, and
// the claim's day alone dates it as inferred (date_from_claim: a day on or after the attack),
// as does a claim's day after "تبنى"; not the day of an author announcing its own act.
TEST(EventsIncidents, AnAnnouncedResponsibilitysDayIsTheClaims) {
  auto r = RunEvents("وأعلن تنظيم داعش أمس الخميس مسؤوليته عن هجوم انتحاري بسيارة ملغومة في حي الشرطة ببغداد أسفر عن "
                     "مقتل 20 شخصا الأربعاء.",
                     "2015-07-24");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].date, "2015-07-22");
  EXPECT_FALSE(r.result.events[0].date_from_claim);
  auto only = RunEvents("أعلن تنظيم داعش أمس الخميس مسؤوليته عن هجوم انتحاري بسيارة ملغومة في بغداد أسفر عن مقتل 20 "
                        "شخصا.",
                        "2015-07-24");
  ASSERT_EQ(only.result.events.size(), 1u);
  EXPECT_EQ(only.result.events[0].date, "2015-07-23");
  EXPECT_TRUE(only.result.events[0].date_from_claim);
  EXPECT_FALSE(only.result.events[0].date_from_context);
  // Spelt with ئ ("مسئوليته"), as many papers do: the same claim (ResponsibilityWords).
  auto spelt = RunEvents("أعلن تنظيم داعش أمس الخميس مسئوليته عن هجوم انتحاري بسيارة ملغومة في بغداد أسفر عن مقتل 20 "
                         "شخصا.",
                         "2015-07-24");
  ASSERT_EQ(spelt.result.events.size(), 1u);
  EXPECT_TRUE(spelt.result.events[0].date_from_claim);
  auto adopted = RunEvents("تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى إلى مقتل جنديين تركيين.", "2015-07-27");
  ASSERT_EQ(adopted.result.events.size(), 1u);
  EXPECT_TRUE(adopted.result.events[0].date_from_claim);
  auto own = RunEvents("أعلن تنظيم الدولة، اليوم الأحد، تفجير سيارة مفخخة في بغداد أسفر عن مقتل 20 شخصا.", "2015-07-26");
  ASSERT_EQ(own.result.events.size(), 1u);
  EXPECT_EQ(own.result.events[0].date, "2015-07-26");
  EXPECT_FALSE(own.result.events[0].date_from_claim);
}

// So is the day a statement was issued ("في بيان أصدرته أمس الثلاثاء بمناسبة تحرير قاعدة العند
// ... في عملية نوعية أمس الأول الاثنين"): the liberation was on Monday; alone it dates the event.
TEST(EventsIncidents, TheDayAStatementWasIssuedIsNotTheIncidents) {
  auto r = RunEvents("وأكدت الوزارة في بيان أصدرته أمس الثلاثاء بمناسبة تحرير قاعدة العند العسكرية ودحر المليشيات منها "
                     "في عملية نوعية أمس الأول الاثنين، أن المليشيات باتت إلى تراجع.",
                     "2015-08-06");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].date, "2015-08-03");
  auto only = RunEvents("وأكدت الوزارة في بيان أصدرته أمس بمناسبة تحرير قاعدة العند العسكرية.", "2015-08-06");
  ASSERT_EQ(only.result.events.size(), 1u);
  EXPECT_EQ(only.result.events[0].date, "2015-08-05");
}

// And the day a violent incident was reported on ("وأفاد «المرصد السوري لحقوق الإنسان» أمس،
// بمقتل سبعة أشخاص، الاثنين، في أكثر من 300 قذيفة": the shells fell on Monday; the killing and
// the shells one incident, not a Monday shelling and a Tuesday attack). A truce is dated by
// its announcement.
TEST(EventsIncidents, TheDayAnIncidentWasReportedOnIsNotTheIncidents) {
  auto r = RunEvents("وأفاد «المرصد السوري لحقوق الإنسان» أمس، بمقتل سبعة أشخاص، الاثنين، في أكثر من 300 قذيفة "
                     "سقطت على بلدتي الفوعة وكفريا في محافظة إدلب.",
                     "2015-07-22");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Shelling/artillery/missile attack");
  EXPECT_EQ(r.result.events[0].date, "2015-07-20");
  EXPECT_EQ(r.result.events[0].fatalities, 7u);
  auto truce = RunEvents("وكان التحالف العربي قد أعلن السبت هدنة إنسانية ابتداء من منتصف ليل الأحد لمدة خمسة أيام.",
                         "2015-07-27");
  ASSERT_EQ(truce.result.events.size(), 1u);
  EXPECT_EQ(truce.result.events[0].date, "2015-07-25");
  // Nor is an author's announcement of its own act: the day is the act's, not the week of
  // the relative clause after it.
  auto own = RunEvents("أعلن تنظيم الدولة في العراق، اليوم الأحد، تفجير الملعب الأولمبي في الرمادي، الذي كانت القوات "
                       "الأمنية تسيطر عليه الأسبوع الماضي.",
                       "2015-07-24");
  ASSERT_EQ(own.result.events.size(), 1u);
  EXPECT_EQ(own.result.events[0].date, "2015-07-19");
}

TEST(EventsIncidents, KilledSoldiersAreTheVictimsOfABattle) {
  auto r = RunEvents("مقتل شرطي في مدينة دياربكر أمس.", "2015-07-24", "TR");
  ASSERT_FALSE(r.result.events.empty());
  const auto& e = r.result.events[0];
  EXPECT_EQ(e.event_type, "Battles");
  EXPECT_EQ(Id(e.actor2), "police_tr");
  EXPECT_EQ(Id(e.actor1), "unidentified_gunmen_tr");
}

TEST(EventsIncidents, AStateThatFiresIsItsMilitary) {
  auto r = RunEvents("قصفت تركيا أمس مواقع لتنظيم داعش.", "2015-07-24");
  ASSERT_FALSE(r.result.events.empty());
  EXPECT_EQ(Id(r.result.events[0].actor1), "turkish_army");
}

// Things counted after a killing word are no victims: "سقوط 3 قذائف", "سقوط أكثر من 900
// برميل متفجر", "fired 20 rockets".
TEST(EventsIncidents, CountedThingsAreNoToll) {
  for (const char* text : {"وأفاد ناشطون بسقوط 3 قذائف هاون على حي الشعار في حلب أمس.",
                           "وسط توثيق سقوط أكثر من 900 برميل متفجر على مدينة داريا منذ أمس."}) {
    auto r = RunEvents(text, "2015-08-06");
    for (const auto& q : r.result.quantities) EXPECT_NE(q.category, "killed") << text << ": " << q.value;
    for (const auto& e : r.result.events) EXPECT_EQ(e.fatalities, 0u) << text;
  }
}

// "Thousands" is a total even beside a "today": "وقتل الآلاف من الأبرياء ... ثم يأتي اليوم".
TEST(EventsIncidents, ThousandsAreNoIncidentsToll) {
  auto r = RunEvents("واستخدم النظام البراميل المتفجرة ضد شعبه وقتل الآلاف من الأبرياء، ثم يأتي اليوم ليقول إن سوريا لمن يدافع عنها.",
                     "2015-07-27");
  ASSERT_FALSE(r.result.events.empty());
  for (const auto& e : r.result.events) EXPECT_EQ(e.fatalities, 0u);
  // A count of a thousand and more dated to the day is one: "قتل 1200 شخص أمس".
  auto dated = RunEvents("وقتل 1200 شخص أمس في قصف بالبراميل المتفجرة على المدينة.", "2015-07-27");
  ASSERT_FALSE(dated.result.events.empty());
  EXPECT_EQ(dated.result.events[0].fatalities, 1200u);
}

// An undated total is no incident's toll, nor is its breakdown after it ("هم 995 طفلا"),
// nor is a "أمس" of another clause of a long sentence a date for it.
TEST(EventsIncidents, AnUndatedTotalAndItsBreakdownAreNoToll) {
  auto r = RunEvents("وتابع المرصد أن الغارات أسفرت عن مقتل 4844 مدنيا، هم 995 طفلا و681 مواطنة، جراء القصف بالبراميل المتفجرة.",
                     "2015-07-21");
  for (const auto& e : r.result.events) EXPECT_EQ(e.fatalities, 0u);
  r = RunEvents("تمكنت القوات العراقية أمس من تحرير مبنى جامعة الأنبار، وتظاهر المئات بمحافظة ذي قار جنوب بغداد مطالبين "
                "بمحاكمة رئيس الوزراء السابق لتورطه في المجزرة التي راح ضحيتها نحو 1700 مجند.",
                "2015-07-27");
  for (const auto& e : r.result.events) EXPECT_LT(e.fatalities, 1000u);
}

// "صدام مسلح" is an armed clash; its "مسلح" is an adjective, not a gunman.
TEST(EventsIncidents, AnArmedClashIsABattle) {
  auto r = RunEvents("وقالت رئاسة الأركان في بيان إن عسكريا تركيا قتل قرب كيليس في صدام مسلح مع متطرفي داعش.", "2015-07-24");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].event_type, "Battles");
  EXPECT_EQ(r.result.events[0].sub_event_type, "Armed clash");
  EXPECT_EQ(Id(r.result.events[0].actor2), "isis");
}

// Rockets fired from a town and the air strike on it the same day are two incidents, each
// with its own weapon; one weapon's mentions still merge.
TEST(EventsIncidents, TwoWeaponsAtOneSiteAreTwoIncidents) {
  geo::GeoResult geo;
  auto r = RunEvents("أصيب أمس أربعة فلسطينيين في غارة شنها الطيران الإسرائيلي على موقع في غزة. "
                     "وذكرت مصادر إسرائيلية أن ثلاثة صواريخ أطلقت أمس من مخيم بغزة باتجاه البلدات الإسرائيلية.",
                     "2015-08-08", "", geo, {{"غزة", 7}, {"بغزة", 7}});
  ASSERT_EQ(r.result.events.size(), 2u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(r.result.events[1].sub_event_type, "Shelling/artillery/missile attack");
}

// Driven out of a named place ("بدحر المليشيات من مشرعة"), a side lost it: a change of
// territory, the government side's (the resistance) regained; "دحر" alone drove back.
TEST(EventsIncidents, DrivenOutOfAPlaceIsTerritory) {
  geo::GeoResult geo;
  auto r = RunEvents("وشهدت المديرية أمس مواجهات عنيفة بين المقاومة الشعبية والحوثيين انتهت بدحر المليشيات من مشرعة.",
                     "2015-08-03", "YE", geo, {{"مشرعة", 5}});
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Government regains territory");
  auto back = RunEvents("وتمكنت المقاومة الشعبية أمس من دحر هجوم الحوثيين على مواقعها في مشرعة.", "2015-08-03", "YE", geo,
                        {{"مشرعة", 5}});
  ASSERT_EQ(back.result.events.size(), 1u);
  EXPECT_EQ(back.result.events[0].sub_event_type, "Armed clash");
}

// Duals of the weapon and attack nouns are triggers too: "انفجاران", "هجومان", "قذيفتان".
TEST(EventsIncidents, DualsAreTriggers) {
  for (const char* text : {"وقع أمس انفجاران في سوق مزدحم ببغداد.", "ونفذ مسلحون أمس هجومين على نقطتين للشرطة.",
                           "وسقطت أمس قذيفتان على حي سكني في حلب."}) {
    auto r = RunEvents(text, "2015-08-04");
    EXPECT_EQ(r.result.events.size(), 1u) << text;
  }
}

// "تفريق" is a dispersal of protesters only with them as its object: "تفريق شملنا"
// (dividing us) is no protest.
TEST(EventsIncidents, ADispersalNeedsItsProtesters) {
  auto r = RunEvents("سلسلة تفجير المساجد ترمي لإشاعة الرعب فينا وتفريق شملنا.", "2015-08-10");
  for (const auto& e : r.result.events) EXPECT_NE(e.event_type, "Protests");
  auto news = RunEvents("واستخدمت الشرطة الغاز المسيل للدموع أمس لتفريق المحتجين أمام البرلمان.", "2015-08-10");
  EXPECT_TRUE(std::any_of(news.result.events.begin(), news.result.events.end(),
                          [](const Event& e) { return e.sub_event_type == "Protest with intervention"; }));
}

// A day that dates a total of 1,000 or more is a day of the news: the ends of a period
// ("بين الأول من يناير و30 يونيو قتل 1592 شخصا", published in August) are not.
TEST(EventsIncidents, APeriodsEndIsNoDayOfTheNews) {
  Event e;
  e.start = 0, e.end = 200, e.trigger_start = 100, e.trigger_end = 103;
  e.event_type = "Violence against civilians", e.sub_event_type = "Attack";
  Quantity q;
  q.start = 110, q.end = 114, q.value = 1592, q.category = "killed";
  DateMention end_of_june;
  end_of_june.start = 90, end_of_june.end = 98, end_of_june.resolved = true, end_of_june.precision = "day";
  end_of_june.date = end_of_june.end_date = "2015-06-30";
  std::vector<Event> events{e};
  AssignTolls({q}, {end_of_june}, "2015-08-07", &events);
  EXPECT_EQ(events[0].fatalities, 0u);
  end_of_june.date = end_of_june.end_date = "2015-08-06";  // yesterday: the news
  events = {e};
  AssignTolls({q}, {end_of_june}, "2015-08-07", &events);
  EXPECT_EQ(events[0].fatalities, 1592u);
}

// A claim of responsibility names the author of the incident told before it (ACLED codes the
// claimant as actor 1); police beside a bombing are its target, whoever claimed it.
TEST(EventsAssembly, AClaimOfResponsibilityNamesTheAuthor) {
  auto taliban = RunEvents("قتل ستة أشخاص في تفجير انتحاري استهدف مركزا للشرطة في كابل. "
                           "وأعلنت حركة طالبان مسؤوليتها عن الهجوم.", "2015-08-07", "AF");
  ASSERT_EQ(taliban.result.events.size(), 1u);
  EXPECT_EQ(Id(taliban.result.events[0].actor1), "taliban");
  EXPECT_EQ(Id(taliban.result.events[0].actor2), "police_af");
  auto english = RunEvents("Six people were killed in a suicide bombing at a police station in Kabul on Monday. "
                           "The Taliban claimed responsibility for the attack.", "2015-08-07", "AF");
  ASSERT_EQ(english.result.events.size(), 1u);
  EXPECT_EQ(Id(english.result.events[0].actor1), "taliban");
  // Several incidents claimed at once: each of them.
  auto both = RunEvents("انفجرت يوم الأحد سيارة مفخخة في سوق شعبية في بغداد. وقتل خمسة في تفجير عبوة ناسفة أمس في الموصل. "
                        "وتبنى تنظيم داعش في بيان هذه التفجيرات.", "2015-07-23", "IQ");
  ASSERT_EQ(both.result.events.size(), 2u);
  for (const Event& e : both.result.events) EXPECT_EQ(Id(e.actor1), "isis");
  // No one claimed it; and a claim that tells its own incident claims no other.
  auto none = RunEvents("قتل ستة أشخاص في تفجير انتحاري في كابل. ولم تعلن أي جهة مسؤوليتها عن الهجوم.", "2015-08-07", "AF");
  ASSERT_EQ(none.result.events.size(), 1u);
  EXPECT_EQ(Id(none.result.events[0].actor1), "unidentified_gunmen_af");
  auto nobody = RunEvents("Six people were killed in a suicide bombing in Kabul on Monday. "
                          "No group has claimed responsibility for the attack.", "2015-08-07", "AF");
  ASSERT_EQ(nobody.result.events.size(), 1u);
  EXPECT_EQ(Id(nobody.result.events[0].actor1), "unidentified_gunmen_af");
  // A group that says it targeted ("أعلنت طالبان في بيان أنها استهدفت") claims the blast told
  // before: "استهدفت" names no weapon apart from it. A bomb and a suicide bombing told of one
  // blast are the suicide bombing.
  auto itself = RunEvents("قتل ستة أشخاص أمس في تفجير انتحاري نفذته حركة طالبان في مدينة بولي علم. "
                          "وأعلنت طالبان في بيان أنها استهدفت وحدات عسكرية وشبه عسكرية.", "2015-08-07", "AF");
  ASSERT_EQ(itself.result.events.size(), 1u);
  EXPECT_EQ(Id(itself.result.events[0].actor1), "taliban");
  EXPECT_EQ(itself.result.events[0].sub_event_type, "Suicide bomb");
  auto suicide = RunEvents("قتل ستة أشخاص أمس في انفجار سيارة مفخخة في مدينة بولي علم. "
                           "وقتل ستة أشخاص في تفجير انتحاري أمس في مدينة بولي علم.", "2015-08-07", "AF");
  ASSERT_EQ(suicide.result.events.size(), 1u);
  EXPECT_EQ(suicide.result.events[0].sub_event_type, "Suicide bomb");
  auto own = RunEvents("قتل ستة أشخاص في تفجير انتحاري في كابل. "
                       "وتبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة في ديار بكر.", "2015-08-07", "AF");
  for (const Event& e : own.result.events)
    if (e.sub_event_type == "Suicide bomb") {
      EXPECT_EQ(Id(e.actor1), "unidentified_gunmen_af");
    }
}

// A meeting and the deal it reached are one development; talks about a deal they have not
// reached are the talks; negotiations that reached a deal are both (the example article).
TEST(EventsAssembly, AMeetingAndItsDealAreOneDevelopment) {
  auto count = [](const testing::Run& r, const std::string& sub) {
    return std::count_if(r.result.events.begin(), r.result.events.end(),
                         [&](const Event& e) { return e.sub_event_type == sub; });
  };
  auto meeting = RunEvents("وكشفت مصادر أن الاجتماع الذي عقده قادة قسد مع قادة داعش تمخض عن اتفاق أولي.", "2017-10-15");
  EXPECT_EQ(count(meeting, "Agreement"), 1);
  EXPECT_EQ(count(meeting, "Other"), 0);
  auto talks = RunEvents("وبدأت قسد التفاوض مع تنظيم داعش على وقف إطلاق النار.", "2017-10-15");
  EXPECT_EQ(count(talks, "Agreement"), 0);
  EXPECT_EQ(count(talks, "Other"), 1);
  auto reached = RunEvents("ووصلت المفاوضات بين قيادة قسد وقيادة التنظيم داعش إلى اتفاق كامل.", "2017-10-15");
  EXPECT_EQ(count(reached, "Agreement"), 1);
  EXPECT_EQ(count(reached, "Other"), 1);
}

// What a statement goes on to say of the strikes it announced (their targets, what they
// destroyed) is that incident, not another. (Strikes it counts besides, "نفذت أيضاً 17 ضربة
// جوية في العراق", and strikes at towns of their own are more of them: they need places,
// checked on the corpus.)
TEST(EventsAssembly, AStatementGoesOnAboutTheStrikesItAnnounced) {
  auto targets = RunEvents("وأعلنت الحكومة التركية في بيان أن الطيران الحربي شن ليل الثلاثاء سلسلة جديدة من الغارات الجوية "
                           "على قواعد للمتمردين الأكراد. وذكر البيان ستة مواقع مختلفة استهدفت. وأضاف البيان أن ملاجئ "
                           "ومستودعات يستخدمها حزب العمال الكردستاني دمرت.", "2015-07-29", "TR");
  ASSERT_EQ(targets.result.events.size(), 1u);
  EXPECT_EQ(targets.result.events[0].sub_event_type, "Air/drone strike");
}

// "قتل" with an armed group right after it is "were killed" unless a count follows, the
// verb's object: then the group killed them.
TEST(EventsAssembly, AKillingVerbWithItsObjectIsActive) {
  auto police = RunEvents("وقتل مسلحون مجهولون ثلاثة من رجال الشرطة في عدن.", "2015-07-29", "YE");
  ASSERT_EQ(police.result.events.size(), 1u);
  EXPECT_EQ(Id(police.result.events[0].actor1), "unidentified_gunmen_ye");
  EXPECT_EQ(Id(police.result.events[0].actor2), "police_ye");
  EXPECT_EQ(police.result.events[0].event_type, "Battles");
  auto civilians = RunEvents("وقتل تنظيم داعش 4 مدنيين، بينهم طفل وسيدتان.", "2015-07-21", "SY");
  ASSERT_EQ(civilians.result.events.size(), 1u);
  EXPECT_EQ(Id(civilians.result.events[0].actor1), "isis");
  EXPECT_EQ(civilians.result.events[0].event_type, "Violence against civilians");
}

// What a call is to has not been done, however long the caller's name and its aside ("ودعا
// الزعيم الجديد – الذي تولى القيادة ... – إلى شن هجمات"); what a thing led to has ("وأدت إلى
// مقتل 50 مدنيا"); a protest called for is the protest's news.
TEST(EventsIncidents, WhatACallIsToHasNotBeenDone) {
  auto call = RunEvents("ودعا قاسم الريمي الزعيم الجديد لفرع تنظيم القاعدة في جزيرة العرب – والذي تولى القيادة في يونيو "
                        "حزيران – إلى شن هجمات على القوات الأمريكية في تسجيل بث أمس.",
                        "2015-07-31");
  EXPECT_TRUE(call.result.events.empty());
  EXPECT_TRUE(HasSkip(call, "demand"));
  auto led = RunEvents("وطالب الوزير بالاطلاع على حجم الدمار الذي ارتكبته ميليشيات الحوثي في مديرية دار سعد أمس وأدت "
                       "إلى مقتل 50 مدنيا.",
                       "2015-07-23");
  EXPECT_FALSE(led.result.events.empty());
}

// What happened "last week" or "last month", uncounted, after the lead, is a recap of an
// earlier report; the lead's own incident stays, and so does a counted one.
TEST(EventsIncidents, LastWeeksNewsIsARecap) {
  auto r = RunEvents("قصفت طائرات التحالف مواقع للحوثيين في صنعاء أمس. وقال الوزير للصحافيين في المطار الذي استعادته "
                     "القوات الموالية للحكومة الأسبوع الماضي بعد معارك عنيفة مع المتمردين الحوثيين إن الرحلات ستستأنف.",
                     "2015-07-22");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Air/drone strike");
  EXPECT_TRUE(HasSkip(r, "a recap"));
  auto counted = RunEvents("قصفت طائرات التحالف مواقع للحوثيين في صنعاء أمس. وكان انتحاري قد قتل 32 شخصا في بلدة على "
                           "الحدود الأسبوع الماضي.",
                           "2015-07-22");
  EXPECT_EQ(counted.result.events.size(), 2u);
  // In the lead too when a relative clause dates a definite trigger: the deal the reader knows.
  auto known = RunEvents("بدأ الوزير محادثات في قطر اليوم سعيا لاقناع الدول بمنافع الاتفاق الذي أبرم الشهر الماضي بين "
                         "الحوثيين والحكومة اليمنية.",
                         "2015-08-03");
  for (const auto& e : known.result.events) EXPECT_NE(e.sub_event_type, "Agreement");
  EXPECT_TRUE(HasSkip(known, "a recap"));
}

// One figure told twice, a day apart (the lead's "أول من أمس", the official's "أمس" in his
// quote), is one incident; a vague plural told twice is not a figure.
TEST(EventsIncidents, OneFigureToldADayApartIsOneIncident) {
  auto r = RunEvents("ذكر مسؤول أمس أن 27 مسلحا قتلوا في تفجير انتحاري استهدف تجمعا لهم في بلدة الحضر أول من أمس. "
                     "وقال المسؤول: «فجر انتحاري نفسه أمس وسط المسلحين، وأسفر الانفجار عن مقتل 27 مسلحا».",
                     "2015-07-22");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].fatalities, 27u);
  EXPECT_EQ(r.result.events[0].date, "2015-07-20");
  EXPECT_EQ(r.result.events[0].mentions.size(), 2u);
}

// Two readings of one sentence in clauses apart ("هجوم بسيارة مفخخة في حي البياع ... فيما قتل
// اثنان في تفجير استهدف منطقة الشعب"), each with a place of its own, are two incidents though one
// place is inside the other; in one clause they are one (MergeMentions, stand-in places: 2 is
// inside 1).
TEST(EventsIncidents, ClausesApartWithPlacesOfTheirOwnAreTwoIncidents) {
  auto event = [](int64_t place, uint32_t trigger, uint64_t toll, int32_t quantity) {
    Event e;
    e.event_type = "Explosions/Remote violence";
    e.sub_event_type = "Remote explosive/landmine/IED";
    e.place = place;
    e.place_mention = static_cast<int32_t>(place);
    e.fatalities = toll;
    e.fatalities_quantity = quantity;
    e.date = "2015-07-23";
    e.start = 0;
    e.end = 175;
    e.trigger_start = trigger;
    e.mentions.assign(1, {e.start, e.end});
    return e;
  };
  std::vector<Quantity> quantities(2);
  quantities[0].value = 18;
  quantities[1].value = 2;
  auto merged = [&](uint32_t second_clause) {
    std::vector<Event> events{event(2, 46, 18, 0), event(1, 150, 2, 1)};
    std::vector<EventMeta> meta(events.size());
    meta[1].clause = second_clause;
    MergeMentions(
        -1, quantities, [](int64_t a, int64_t b) { return a == 2 && b == 1; }, [](int64_t, int64_t) { return true; },
        [](int64_t) { return false; }, &events, &meta);
    return events;
  };
  EXPECT_EQ(merged(1).size(), 2u);
  EXPECT_EQ(merged(0).size(), 1u);
}

// The same figure at two places of one province, by the same sides, is one incident, placed
// at the town; other sides or another province are not (MergeMentions with stand-in place
// relations: 1 is a province, 2 a town in it, 3 a town elsewhere).
TEST(EventsIncidents, OneFigureInAProvinceAndItsTownIsOneIncident) {
  auto event = [](int64_t place, int32_t quantity, uint32_t at) {
    Event e;
    e.event_type = "Battles";
    e.sub_event_type = "Armed clash";
    e.actor1 = 1;
    e.actor2 = 2;
    e.place = place;
    e.place_mention = static_cast<int32_t>(place);
    e.fatalities = 12;
    e.fatalities_quantity = quantity;
    e.date = "2015-07-21";
    e.start = at;
    e.end = at + 10;
    e.mentions.assign(1, {e.start, e.end});
    return e;
  };
  std::vector<Quantity> quantities(2);
  quantities[0].value = quantities[1].value = 12;
  auto merged = [&](std::vector<Event> events) {
    std::vector<EventMeta> meta(events.size());
    MergeMentions(
        -1, quantities, [](int64_t, int64_t) { return false; },
        [](int64_t a, int64_t b) { return a != 3 && b != 3; }, [](int64_t p) { return p == 1; }, &events, &meta);
    return events;
  };
  auto one = merged({event(1, 0, 0), event(2, 1, 20)});
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].place, 2);
  EXPECT_EQ(one[0].mentions.size(), 2u);
  EXPECT_EQ(merged({event(1, 0, 0), event(3, 1, 20)}).size(), 2u);
  auto other_side = event(2, 1, 20);
  other_side.actor2 = 5;
  EXPECT_EQ(merged({event(1, 0, 0), other_side}).size(), 2u);
  // A vague plural's count is no figure told twice: dated by the text, the same sides, the
  // province and its town are still one incident; one dated only by the publication is not.
  quantities[1].qualifier = "vague";
  EXPECT_EQ(merged({event(1, 0, 0), event(2, 1, 20)}).size(), 1u);
  auto undated = event(2, 1, 20);
  undated.date_from_published = true;
  EXPECT_EQ(merged({event(1, 0, 0), undated}).size(), 2u);
  // One dead each, the day named by both ("منطقة نجران", then "داخل مدينة نجران"): one incident.
  quantities[0].qualifier = quantities[1].qualifier = "exact";
  quantities[0].value = quantities[1].value = 1;
  auto one_dead = [&](int64_t place, int32_t q, uint32_t at) {
    Event e = event(place, q, at);
    e.fatalities = 1;
    return e;
  };
  EXPECT_EQ(merged({one_dead(1, 0, 0), one_dead(2, 1, 20)}).size(), 1u);
}

// The next sentence, with no day of its own, telling the same kind of incident by the same
// side in the same province ("ضربة اسرائيلية ... استهدفت سيارة في القنيطرة", then "وقصفت
// الطائرة السيارة عند مشارف قرية الحضر") is that incident told closer, placed at the town; a
// government and its forces are one side there. Not a sentence of its own toll, not one told
// "also", not a second town taken, not a sentence further on, not another province (stand-in
// place relations: 1 and 2 in one province, 3 elsewhere; actors 1 and 7 one side).
TEST(EventsIncidents, TheNextSentenceTellsTheIncidentCloser) {
  auto event = [](int64_t place, uint32_t at, uint32_t end) {
    Event e;
    e.event_type = "Explosions/Remote violence";
    e.sub_event_type = "Air/drone strike";
    e.actor1 = 1;
    e.place = place;
    e.place_mention = static_cast<int32_t>(place);
    e.date = "2015-07-29";
    e.start = at;
    e.end = end;
    e.mentions.assign(1, {e.start, e.end});
    return e;
  };
  auto lead = [&] {
    Event e = event(1, 0, 209);
    e.actor2 = 4;
    e.fatalities = 2;
    return e;
  };
  auto closer = [&](int64_t place = 2, uint32_t at = 210) {
    Event e = event(place, at, at + 126);
    e.actor1 = 7;
    e.date_from_context = true;
    return e;
  };
  auto merged = [&](std::vector<Event> events, bool also = false) {
    std::vector<EventMeta> meta(events.size());
    meta.back().also = also;
    std::vector<Quantity> quantities;
    MergeMentions(
        -1, quantities, [](int64_t, int64_t) { return false; },
        [](int64_t a, int64_t b) { return a != 3 && b != 3; }, [](int64_t) { return false; }, &events, &meta,
        [](int32_t a, int32_t b) { return (a == 1 || a == 7) && (b == 1 || b == 7); });
    return events;
  };
  auto one = merged({lead(), closer()});
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].fatalities, 2);
  EXPECT_EQ(one[0].mentions.size(), 2u);
  EXPECT_EQ(merged({lead(), closer()}, true).size(), 2u);
  EXPECT_EQ(merged({lead(), closer(3)}).size(), 2u);
  EXPECT_EQ(merged({lead(), closer(2, 400)}).size(), 2u);
  auto own_toll = closer();
  own_toll.fatalities = 1;
  EXPECT_EQ(merged({lead(), own_toll}).size(), 2u);
  auto taken = lead(), taken_too = closer();
  taken.event_type = taken_too.event_type = "Battles";
  taken.sub_event_type = taken_too.sub_event_type = "Government regains territory";
  EXPECT_EQ(merged({taken, taken_too}).size(), 2u);
}

// A day a speaker said something on dates the statement, not the attacks it speaks of:
// "هذه الاعتداءات" in it is the bombing told before, not an incident of that day.
// A vague plural's conventional count ("عدد من القتلى", 10) is no figure: a stated toll of the
// same incident ("أسفر عن مقتل 27 شخصا") replaces it, whichever is told first, and it lowers none.
TEST(EventsIncidents, AStatedTollReplacesAVagueOne) {
  for (const std::string text :
       {"وقع انفجار في مركز ثقافي في بلدة سروج أمس ما أدى الى سقوط عدد من القتلى. وقالت الوزارة إن الانفجار في بلدة سروج "
        "أسفر عن مقتل 27 شخصا.",
        "وقالت الوزارة إن انفجارا في بلدة سروج أمس أسفر عن مقتل 27 شخصا. وأدى الانفجار في بلدة سروج الى سقوط عدد من "
        "القتلى."}) {
    auto r = RunEvents(text, "2015-07-21", "TR");
    uint64_t toll = 0;
    for (const auto& e : r.result.events) toll = std::max<uint64_t>(toll, e.fatalities);
    EXPECT_EQ(toll, 27u) << text;
  }
}

// A toll said to be preliminary ("حصيلة القتلى الأولية هي 10 ضحايا") gives way to the figure the
// same incident is given otherwise, higher or not; the most conservative figure is among the
// others.
TEST(EventsIncidents, APreliminaryTollGivesWay) {
  // SaudiNewsNet 2015-07-21/37 (the Suruç bombing): 27 killed, then "عدد من القتلى", then the
  // preliminary 10.
  auto r = RunEvents(
      "قالت وزارة الداخلية التركية في بيان، اليوم (الاثنين)، ان انفجارا في بلدة سروج بجنوب شرقي "
      "تركيا قرب الحدود مع سوريا، أسفر عن مقتل 27 شخصا واصابة نحو 100 يعالجون في مستشفيات محلية. "
      "وقال مسؤولو أمن بتركيا، إن انفجارا وقع في مركز ثقافي ببلدة سروج جنوب شرقي تركيا قرب الحدود "
      "مع سوريا، اليوم (الاثنين)، ما أدى الى سقوط عدد من القتلى والمصابين. ولم يتضح على الفور سبب "
      "الانفجار في البلدة التي تقع على بعد نحو عشرة كيلومترات من بلدة عين العرب (كوباني) السورية "
      "الحدودية. كما أشار مسؤول تركي إلى تعرض ما بين 20 و25 شخصا لإصابات في الانفجار، وأفاد بأن "
      "حصيلة القتلى الأولية هي 10 ضحايا.",
      "2015-07-20", "TR");
  uint64_t toll = 0;
  for (const auto& e : r.result.events) toll = std::max<uint64_t>(toll, e.fatalities);
  EXPECT_EQ(toll, 27u);
}

TEST(EventsIncidents, TheDayOfAStatementDoesNotDateWhatItSpeaksOf) {
  auto r = RunEvents("قتل 5 جنود في انفجار عبوة ناسفة استهدف دورية للجيش في مدينة أبها أمس. وقال المتحدث راجح بادي في "
                     "تصريحه أمس، إن المملكة ماضية في مكافحة الإرهاب ولا بد من وقفة عالمية حيال هذه الاعتداءات.",
                     "2015-08-07");
  // "هذه الاعتداءات" names the blast told before: one incident, dated by its own clause.
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].fatalities, 5u);
  EXPECT_EQ(r.result.events[0].date, "2015-08-06");
}

// What is allowed has not happened ("وافقت على السماح للجيش الأمريكي بشن ضربات"); what has
// begun to be allowed has ("بدأ داعش بالسماح لبعض العائلات بالخروج").
TEST(EventsIncidents, WhatIsAllowedHasNotHappenedUnlessItHasBegun) {
  auto r = RunEvents("وقالت صحيفة أمريكية إن تركيا وافقت على السماح للجيش الأمريكي بشن ضربات جوية ضد تنظيم داعش من "
                     "قاعدة إنجرليك.",
                     "2015-07-24");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(HasSkip(r, "plan"));
  auto begun = RunEvents("وبالتوازي مع ذلك بدأ داعش بالسماح لبعض العائلات بالخروج من مدينة الرقة.", "2015-07-24");
  ASSERT_EQ(begun.result.events.size(), 1u);
  EXPECT_EQ(begun.result.events[0].sub_event_type, "Non-violent transfer of territory");
}

// A shooting told as a clash, then in the next sentence as an attack on the same two sides,
// is one incident; a clash of other sides in the next sentence is another.
TEST(EventsIncidents, AClashThenAnAttackOnTheSameSidesIsOneIncident) {
  auto r = RunEvents("قتل شرطي وأصيب آخر بالرصاص أمس، في هجوم نفذه ملثمون في أحد أحياء ديار بكر. وأفادت مصادر في "
                     "الشرطة أن مجموعة مسلحين فتحت النار على الشرطيين في حي شهيدلك.",
                     "2015-07-24", "TR");
  EXPECT_EQ(r.result.events.size(), 1u);
  auto other = RunEvents("قتل شرطي وأصيب آخر بالرصاص أمس، في هجوم نفذه ملثمون في أحد أحياء ديار بكر. وأفادت مصادر "
                         "في الشرطة أن مجموعة مسلحين فتحت النار على جنود الجيش في حي شهيدلك.",
                         "2015-07-24", "TR");
  EXPECT_EQ(other.result.events.size(), 2u);
}

// "فجر انتحاري ... فقتل 32 شخصا ... في بلدة سوروتش": what the bombing did (a killing verb with
// فـ) is the bombing, at the place it names, by the bomber's group, not a second incident.
TEST(EventsIncidents, WhatTheBombingDidIsTheBombing) {
  auto r = RunEvents("شرعت تركيا في إقامة جدار على امتداد جزء من حدودها مع سورية بعد أن فجر انتحاري يعتقد أنه ينتمي "
                     "إلى تنظيم داعش نفسه، فقتل 32 شخصا معظمهم طلبة في بلدة سوروتش الحدودية هذا الأسبوع.",
                     "2015-07-24", "TR");
  ASSERT_EQ(r.result.events.size(), 1u);
  const Event& e = r.result.events[0];
  EXPECT_EQ(e.sub_event_type, "Suicide bomb");
  EXPECT_EQ(e.fatalities, 32u);
  EXPECT_EQ(Id(e.actor1), "isis");
}

// A suicide bombing or a bomb is the armed group's, not the security forces' it targeted.
TEST(EventsIncidents, ABombIsTheArmedGroupsNotItsTargets) {
  auto r = RunEvents("قامت داعش يوم الخميس الماضي بعمل جبان استهدف أفرادا من قوات الأمن في المملكة، بتفجير أحد "
                     "انتحارييها لنفسه بين صفوف المصلين في مسجد بأبها.",
                     "2015-08-11", "SA");
  ASSERT_FALSE(r.result.events.empty());
  for (const auto& e : r.result.events) {
    if (e.sub_event_type == "Suicide bomb" || e.sub_event_type == "Remote explosive/landmine/IED") {
      EXPECT_EQ(Id(e.actor1), "isis");
    }
  }
}

// "قصفت ... مواقع تنظيم داعش ...، مما أسفر عن مقتل نحو عشرين عنصرا": the result clause is the
// toll of the shelling before it, by its sides and at its place, not an attack of its own
// (whose nearest actors had the shelled group killing its shellers).
TEST(EventsIncidents, AResultClauseIsTheTollOfTheClauseBeforeIt) {
  auto r = RunEvents("وفي محافظة نينوى قالت مصادر عسكرية إن قوات البشمركة قصفت بشكل مركز معاقل تنظيم داعش في قضاء "
                     "سنجار غرب الموصل وناحية الحردانية، مما أسفر عن مقتل نحو عشرين عنصرا وجرح آخرين.",
                     "2015-07-25", "IQ", {}, {{"نينوى", 99608}, {"الموصل", 99651}});
  ASSERT_EQ(r.result.events.size(), 1u);
  const Event& e = r.result.events[0];
  EXPECT_EQ(e.sub_event_type, "Shelling/artillery/missile attack");
  EXPECT_EQ(e.fatalities, 20u);
  EXPECT_EQ(Id(e.actor1), "peshmerga");
  EXPECT_EQ(Id(e.actor2), "isis");
}

// "هجوم أول أوقع 15 قتيلا ... الاعتداء الثاني الذي أدى إلى مقتل عشرين": the second attack
// of a sentence is not its first, even on one day in one city; "ثاني أكبر مدن" is no second.
TEST(EventsIncidents, TheSecondAttackIsNotTheFirst) {
  auto r = RunEvents("ولم تعلن حركة طالبان مسؤوليتها عن هجوم أول أوقع 15 قتيلا في منطقة سكنية في كابول صباح "
                     "الجمعة لكنها تبنت الاعتداء الثاني الذي أدى إلى مقتل عشرين من طلاب كلية الشرطة مساء الجمعة.",
                     "2015-08-09", "AF", {}, {{"كابول", 1138958}});
  ASSERT_EQ(r.result.events.size(), 2u);
  EXPECT_EQ(r.result.events[0].fatalities, 15u);
  EXPECT_EQ(r.result.events[1].fatalities, 20u);
  auto largest = RunEvents("وتمكنت المقاومة من تحرير ثاني أكبر مدن محافظة أبين بعد معارك مع الحوثيين.", "2015-07-31", "YE");
  EXPECT_EQ(largest.result.events.size(), 1u);
}

// A trial or a charge over a bombing names the bombing told before ("جلسة لمحاكمة المتهمين بتفجير
// مسجد", "يشتبه بضلوعهم في الاعتداء", "في قضية التفجير"): no incident of the trial's day. The
// arrest of suspects is news, and so is a bombing whose suspect was named the day after.
TEST(EventsIncidents, ATrialOverABombingIsNoNewBombing) {
  for (const char* s : {"بدأت المحكمة الكلية بالكويت أمس جلسة محاكمة المتهمين في تفجير مسجد الإمام الصادق.",
                        "وستلتئم المحكمة الخميس لمواصلة محاكمة 22 رجلا وسبع نساء يشتبه بضلوعهم في الاعتداء.",
                        "أمرت محكمة الجنايات في الكويت بإخلاء سبيل 11 متهما في قضية التفجير الانتحاري الذي استهدف "
                        "المسجد."}) {
    auto r = RunEvents(s, "2015-08-06", "KW");
    EXPECT_TRUE(r.result.events.empty()) << s;
    EXPECT_TRUE(HasSkip(r, "a trial")) << s;
  }
  auto arrest = RunEvents("واعتقلت الشرطة أمس ثلاثة أشخاص يشتبه بضلوعهم في الاعتداء.", "2015-08-06", "KW");
  ASSERT_EQ(arrest.result.events.size(), 1u);
  EXPECT_EQ(arrest.result.events[0].sub_event_type, "Arrests");
  auto suspect = RunEvents("أعلن رئيس الوزراء التركي عن تحديد هوية مشتبه به في هجوم سوروتش الانتحاري أمس.", "2015-07-21",
                           "TR");
  ASSERT_EQ(suspect.result.events.size(), 1u);
  EXPECT_EQ(suspect.result.events[0].sub_event_type, "Suicide bomb");
}

// Strikes counted up to now ("حتى الآن") are a campaign told in sum, no incident; a clash
// still going on now is one.
TEST(EventsIncidents, StrikesSoFarAreACampaignToldInSum) {
  for (const char* s : {"في حين اوقعت الغارات الجوية التركية على مواقع للمتمردين الاكراد في شمال العراق حتى الان اكثر "
                        "من 400 قتيل.",
                        "لكن غالبية الغارات التركية استهدفت حتى الآن المتمردين الأكراد في شمال العراق."}) {
    auto r = RunEvents(s, "2015-08-09", "TR");
    EXPECT_TRUE(r.result.events.empty()) << s;
    EXPECT_TRUE(HasSkip(r, "a campaign told in sum")) << s;
  }
  auto now = RunEvents("ولا تزال الاشتباكات بين المقاومة والحوثيين مستمرة حتى الآن في تعز.", "2015-08-09", "YE");
  EXPECT_EQ(now.result.events.size(), 1u);
}

// "تقدم" is what is provided ("تقدم الخدمات"), what is submitted ("تقدمت إيران بعرض") and
// progress of other kinds ("تقدم اقتصادي") as well as an advance, which stays ("تقدمت قوة من
// الشرطة على طريق الخالدية", "وتقدمت المقاومة نحو زنجبار").
TEST(EventsIncidents, TaqaddamIsAnAdvanceOnlyWhereItMovesForces) {
  for (const char* s : {"وأكد المدير أن الحملة السعودية تقدم الخدمات الطبية للاجئين السوريين في مخيم الزعتري.",
                        "فتقدمت إيران بعرض للأردن عن طريق رئيس الوزراء العراقي السابق نوري المالكي.",
                        "وقال التقرير إن تركيا تمتعت بتقدم اقتصادي ملحوظ في ظل حكم حزب العدالة والتنمية.",
                        "وأرغم المتمردون الحوثيون المحافظ على العمل بعد أن تقدم باستقالته رسميا."}) {
    auto r = RunEvents(s, "2015-08-06");
    for (const auto& e : r.result.events) EXPECT_NE(e.sub_event_type, "Non-state actor overtakes territory") << s;
    for (const auto& e : r.result.events) EXPECT_NE(e.sub_event_type, "Government regains territory") << s;
  }
  for (const char* s : {"وقالت الشرطة إن قوة من الشرطة الاتحادية تقدمت على طريق الخالدية أمس.",
                        "وتقدمت المقاومة الشعبية أمس نحو مدينة زنجبار مركز محافظة أبين."}) {
    auto r = RunEvents(s, "2015-08-06");
    EXPECT_EQ(r.result.events.size(), 1u) << s;
  }
}

// "بين X وحلفائه من جهة، وY من جهة أخرى": each side's allies come before its "من جهة"; the
// other side is what follows it, not the first ally. Sides listed so belong to the fighting
// named right before them, not to a shelling told earlier in the clause.
TEST(EventsActors, SidesListedFromOneSideAndTheOther) {
  auto r = RunEvents("وقالت المصادر إن اشتباكات عنيفة اندلعت بين الحوثيين وقوات صالح من جهة، والمقاومة الشعبية من جهة "
                     "أخرى في مدينة تعز.",
                     "2015-07-26", "YE");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(Id(r.result.events[0].actor1), "houthis");
  EXPECT_EQ(Id(r.result.events[0].actor2), "popular_resistance_ye");
  auto backed = RunEvents("ويشهد حي جوبر اشتباكات بين قوات النظام المدعمة بقوات الدفاع الوطني من جهة، وجبهة النصرة من جهة "
                          "أخرى.",
                          "2015-07-27", "SY");
  ASSERT_EQ(backed.result.events.size(), 1u);
  EXPECT_EQ(Id(backed.result.events[0].actor2), "jabhat_al_nusra");
  auto earlier = RunEvents("وقتل جندي عراقي في قصف شنه داعش على ثكنة عسكرية قرب الصقلاوية، وكانت الصقلاوية شهدت في الأيام "
                           "الماضية اشتباكات عنيفة بين القوات العراقية ومليشيا الحشد من جهة، وتنظيم الدولة من جهة أخرى.",
                           "2015-07-31", "IQ");
  ASSERT_FALSE(earlier.result.events.empty());
  EXPECT_EQ(Id(earlier.result.events[0].actor1), "isis");
}

// Not incidents: talks to come ("الجولة المقبلة من محادثات السلام ... ستجري"), what one does not
// accept ("لا نوافق على قصف منطقة كردستان"), an absence ("عدم وجود قدرة ... على صد هجوم"), the war
// spoken of ("المعركة مستمرة"). An attack after an absence (an appeal "الى عدم السفر ... بعد هجوم
// استهدف حافلة") and fighting said to go on at a place ("القتال مستمر في محيط قاعدة العند") are.
TEST(EventsIncidents, TalksToComeAndWarsSpokenOfAreNoIncidents) {
  ExpectNoEvents({"أعلن مسؤولون أن الجولة المقبلة من محادثات السلام بين الحكومة الأفغانية ومتمردي حركة طالبان "
                  "ستجري في أواخر يوليو.",
                  "وقال: «لا نوافق على قصف منطقة كردستان لأن هذا ليس هو الحل».",
                  "وأشار خبير الشؤون العسكرية الى عدم وجود قدرة فعالة للحوثيين وحلفائهم على صد هجوم القوات "
                  "الشرعية.",
                  "ونسبت الرسالة إلى عبد الملك الحوثي قوله إن المعركة مستمرة والحرب لم تنته."},
                 "2015-07-26");
  auto bus = RunEvents("ودعت السلطات الإيرانية مواطنيها الى عدم السفر برا الى تركيا بعد هجوم استهدف حافلة ايرانية امس.",
                       "2015-08-09", "TR");
  EXPECT_EQ(bus.result.events.size(), 1u);
  auto anad = RunEvents("وقال المتحدث باسم المقاومة الشعبية في عدن إن القتال مستمر في محيط قاعدة العند.", "2015-07-27",
                        "YE");
  EXPECT_EQ(anad.result.events.size(), 1u);
}

// A bombing foiled did not happen ("أحبطت تفجيرين انتحاريين"); a decade ago is history ("وقبل
// عقد من الآن كانت التفجيرات أكثر شيوعا"), not "قبل عقد المؤتمر" (before the conference was held).
TEST(EventsIncidents, FoiledBombingsAndADecadeAgo) {
  auto foiled = RunEvents("وأفادت الوكالة بأن القوات الكردية أحبطت تفجيرين انتحاريين في مدينة تل أبيض بمحافظة الرقة.",
                          "2015-07-26", "SY");
  for (const auto& e : foiled.result.events) EXPECT_NE(e.sub_event_type, "Suicide bomb");
  EXPECT_TRUE(HasSkip(foiled, "a bomb destroyed"));
  auto decade = RunEvents("وقبل عقد من الآن كانت التفجيرات أكثر شيوعا في لندن.", "2015-07-24");
  EXPECT_TRUE(decade.result.events.empty());
  EXPECT_TRUE(HasSkip(decade, "history"));
  auto held = RunEvents("وقتل ثلاثة في تفجير أمس قبل عقد المؤتمر في بغداد.", "2015-07-24", "IQ");
  EXPECT_EQ(held.result.events.size(), 1u);
}

// Not incidents: a purpose ("بحيث تقوم المقاتلات ... بقصف"), a wish ("رغبة الكثيرين في الانضمام
// في عملية تحرير البلاد"), attacks counted since the crisis began, a frustration ("إحباط كامل").
// A foiled attack is one ("إحباط هجوم").
TEST(EventsIncidents, PurposesWishesSumsAndFrustrations) {
  ExpectNoEvents({"وتتضمن الخطة إقامة منطقة عازلة بحيث تقوم المقاتلات التركية والأميركية بقصف مسلحي التنظيم.",
                  "وأعلن الرئيس دمج المقاومة مع الجيش ورغبة الكثيرين في الانضمام في عملية تحرير البلاد.",
                  "وقتل 19 شخصا من قوات الامن التركية في هجمات نسبت الى حزب العمال الكردستاني منذ بداية الازمة "
                  "الحالية.",
                  "وأكد الباحث أن هيبة الدولة عادت بعد أن وصل اليمن إلى إحباط كامل بعد المرحلة الانقلابية."},
                 "2015-08-03");
}

// An ability is no incident, as "قادر" is none: "ستقوض قدرة دمشق على قتال تنظيم داعش", "أكثر
// بلدان الجوار قدرة على ضبط حدودها والتصدي لعمليات التسلل". The fighting itself is one.
TEST(EventsIncidents, AnAbilityToFightIsNoFight) {
  ExpectNoEvents({"وقالت روسيا إن أي دعم لمعارضي الأسد ستقوض قدرة دمشق على قتال تنظيم داعش.",
                  "وأكد المصدر أن مصر هي أكثر بلدان الجوار قدرة على ضبط حدودها والتصدي لعمليات التسلل إلى ليبيا.",
                  "وأشاد الوزير بقدرتها على مواجهة الإرهابيين في المنطقة الشرقية."},
                 "2015-08-04");
  auto fight = RunEvents("وتواصل القتال أمس بين القوات السورية وتنظيم داعش في ريف حمص.", "2015-08-04");
  EXPECT_EQ(fight.result.events.size(), 1u);
}

// What the same period saw, told beside another sum of it ("غارات جوية ... أسفرت عن مقتل أكثر من
// 260 مسلحاً ... في نفس الفترة أيضا", "وشهدت نفس الفترة ... مقتل 11 إرهابياً خلال اشتباكات"), is
// no incident; "وفي الفترة نفسها" opening the sentence is the news going on.
TEST(EventsIncidents, WhatTheSamePeriodSawIsASum) {
  ExpectNoEvents({"بالمقابل شنت القوات المسلحة التركية غارات جوية على أهداف لحزب العمال الكردستاني أسفرت عن مقتل "
                  "أكثر من 260 مسلحاً، في نفس الفترة أيضاً.",
                  "وشهدت نفس الفترة مقتل 11 إرهابياً خلال اشتباكات مع قوات الأمن التركية."},
                 "2015-08-08");
  auto meanwhile = RunEvents("وفي الفترة نفسها قتل ستة عناصر من حزب الله في اشتباكات مع المعارضة في الزبداني.",
                             "2015-08-06");
  EXPECT_EQ(meanwhile.result.events.size(), 1u);
}

// Strikes or fighting a relative clause in the imperfect describes, with no day of their own,
// are a campaign spoken of ("تستمر الغارات التي تشنها الطائرات"); the perfect tells an incident,
// and so does the act whose setting they are ("قتل خمسة ... في المعارك التي تشهدها بلدة").
TEST(EventsIncidents, APluralDescribedAsGoingOnIsACampaign) {
  ExpectNoEvents({"وتستمر الغارات الجوية التي تشنها الطائرات التركية على مواقع حزب العمال الكردستاني في شمال العراق.",
                  "وتتواصل المواجهات التي تشهدها المدن اليمنية بين الحوثيين والمقاومة الشعبية.",
                  "ونادرا ما تعترف الحركة بالهجمات التي يسقط خلالها عدد كبير من المدنيين."},
                 "2015-08-08");
  for (const char* s : {"وقالت المصادر إن الغارات التي شنتها الطائرات التركية أمس على مواقع الحزب في شمال العراق أسفرت "
                        "عن مقتل 12 مسلحا.",
                        "وقتل خمسة من عناصر حزب الله أمس في المعارك التي تشهدها بلدة الزبداني."}) {
    auto r = RunEvents(s, "2015-08-08");
    EXPECT_EQ(r.result.events.size(), 1u) << s;
  }
}

// A repelled attack: the attackers began the battle, the side that repels them is the other
// ("تمكنت قوات البيشمركة من صد هجوم لمسلحي داعش": ISIS, then the Peshmerga). Attackers
// named first stay first.
TEST(EventsIncidents, TheAttackersOfARepelledAttackAreItsFirstSide) {
  auto name = [](int32_t a) { return a < 0 ? std::string("-") : testing::Dicts().actors[a].name_en; };
  for (const char* s : {"وتمكنت قوات البيشمركة أمس من صد هجوم لمسلحي داعش على مواقعها في قرية خراب دليل.",
                        "وتمكنت قوات البيشمركة أمس من صد هجوم مسلحي داعش على مواقعها في قرية خراب دليل."}) {
    auto r = RunEvents(s, "2015-07-22", "IQ");
    ASSERT_EQ(r.result.events.size(), 1u) << s;
    EXPECT_EQ(name(r.result.events[0].actor1), "Islamic State (ISIS)") << s;
    EXPECT_EQ(name(r.result.events[0].actor2), "Peshmerga") << s;
  }
  auto first =
      RunEvents("وقالت المصادر إن مسلحي داعش شنوا أمس هجوما على مواقع البيشمركة في قرية خراب دليل.", "2015-07-22",
                "IQ");
  ASSERT_EQ(first.result.events.size(), 1u);
  EXPECT_EQ(name(first.result.events[0].actor1), "Islamic State (ISIS)");
}

// A nuclear deal, or one of two states named by their adjectives, is diplomacy, not an
// agreement of the parties to a conflict; political control is no territory.
TEST(EventsIncidents, DiplomaticDealsAndPoliticalControlAreNoEvents) {
  ExpectNoEvents({"وقال الأمين العام لحزب الله إن ما بعد الاتفاق النووي كما قبله بالنسبة للحزب.",
                  "وينص ابرز بنود الاتفاق التركي الامريكي الجديد على انشاء منطقة خالية من تنظيم داعش.",
                  "لأن أجهزة القمع المادي لا تكفي لتسعف نظاما منتخبا بالبقاء والتحكم في إدارة السيطرة السياسية."},
                 "2015-08-07");
}

// "جهة مجهولة" is a taking only after a verb of taking ("اقتادوه إلى جهة مجهولة"): one who fled
// or went there, or a shot from there ("من جهة مجهولة المصدر"), was not abducted.
TEST(EventsIncidents, AnUnknownPlaceIsAnAbductionOnlyWhenSomeoneWasTakenThere) {
  for (const char* s : {"وتمكن قادة التنظيم من الهرب إلى جهة مجهولة بعد أن استولوا على الأموال.",
                        "حيث توجهوا إلى جهة مجهولة خلال اليومين الماضيين وأغلقوا هواتفهم.",
                        "وتوفي الطالب إثر تلقيه رصاصات من سلاح ناري من جهة مجهولة المصدر."}) {
    auto r = RunEvents(s, "2015-07-25");
    for (const auto& e : r.result.events) EXPECT_NE(e.sub_event_type, "Abduction/forced disappearance") << s;
  }
  auto taken = RunEvents("وقال شهود إن مسلحين اقتادوه إلى جهة مجهولة أمس.", "2015-07-25");
  ASSERT_EQ(taken.result.events.size(), 1u);
  EXPECT_EQ(taken.result.events[0].sub_event_type, "Abduction/forced disappearance");
}

// "قبل ثلاث سنوات" (the count without ة before a feminine noun) is three years ago: what was
// reached then is history, not an event of the week.
TEST(EventsIncidents, ThreeYearsAgoInWordsIsHistory) {
  auto r = RunEvents("وقال دمرطاش إن على الحزب الالتزام بوقف إطلاق النار الذي تم التوصل إليه قبل ثلاث سنوات مع الحكومة.",
                     "2015-08-10");
  EXPECT_TRUE(r.result.events.empty());
  ASSERT_FALSE(r.result.dates.empty());
  EXPECT_EQ(r.Surface(r.result.dates[0].start, r.result.dates[0].end), "قبل ثلاث سنوات");
  EXPECT_EQ(r.result.dates[0].date, "2012-08-01");
}

// Who appointed someone named in the sentence ("قائد القاعدة المعين من قبل الحوثيين") is not who
// acts in its incident: the base was retaken by the army and the resistance, from the Houthis.
TEST(EventsIncidents, WhoAppointedSomeoneIsNotTheDoer) {
  auto r = RunEvents("استعادت قوات الجيش الوطني اليمني وعناصر المقاومة الشعبية قاعدة العند أمس بعد معارك قتل فيها "
                     "العشرات من مليشيات الحوثي وهرب آخرون بينهم قائد القاعدة المعين من قبل الحوثيين.",
                     "2015-08-04");
  ASSERT_FALSE(r.result.events.empty());
  const Event& e = r.result.events[0];
  EXPECT_EQ(e.sub_event_type, "Government regains territory");
  ASSERT_GE(e.actor1, 0);
  EXPECT_NE(Dicts().actors[e.actor1].id, "houthis");
  ASSERT_GE(e.actor2, 0);
  EXPECT_EQ(Dicts().actors[e.actor2].id, "houthis");
}

// Al Qaeda in the Islamic Maghreb by the names news gives it without "الإسلامي".
TEST(EventsActors, AlQaedaInTheMaghrebWithoutItsAdjective) {
  auto r = RunEvents("تبنى تنظيم القاعدة في بلاد المغرب قتل 14 جنديا جزائريا في كمين نصبه في ولاية عين الدفلى.",
                     "2015-07-21");
  ASSERT_FALSE(r.result.actors.empty());
  EXPECT_EQ(Dicts().actors[r.result.actors[0].actor].id, "aqim");
  EXPECT_EQ(r.Surface(r.result.actors[0].start, r.result.actors[0].end), "تنظيم القاعدة في بلاد المغرب");
}

// What is demanded with بـ ("ومطالبتها بإطلاق سراح المخطوفين", "وطالبوا بإعدامه") has not been done.
TEST(EventsIncidents, WhatIsDemandedWithBaIsNotDone) {
  for (const char* s : {"وخرجت عائلات المخطوفين في القريتين مطالبين بإطلاق سراح ذويهم فورا.",
                        "ونظم الأهالي تجمعات في اللاذقية وطالبوا بإعدام الجاني في مكان الجريمة."}) {
    auto r = RunEvents(s, "2015-08-11");
    for (const auto& e : r.result.events)
      EXPECT_TRUE(e.sub_event_type != "Agreement" && e.sub_event_type != "Attack") << s << ": " << e.sub_event_type;
    EXPECT_TRUE(HasSkip(r, "demand")) << s;
  }
}

// A weapon read only from a targeting verb ("كمين استهدف قافلتهم": "استهدف", read as shelling)
// is no more specific than the battle the clause names with sure words ("كمين"): an ambush.
TEST(EventsIncidents, AnAmbushThatTargetedIsAnAmbush) {
  for (const char* s : {"وأكدت مصادر عسكرية أن جنديين قتلا وأصيب أربعة في كمين استهدف قافلتهم قرب بلدة نامبالا أمس.",
                        "وقتل خمسة من الحوثيين في كمين للمقاومة استهدف ثلاث عربات أمس."}) {
    auto r = RunEvents(s, "2015-08-03");
    ASSERT_EQ(r.result.events.size(), 1u) << s;
    EXPECT_EQ(r.result.events[0].sub_event_type, "Armed clash") << s;
  }
  // A sure weapon stays: "تفجير انتحاري استهدف".
  auto bomb = RunEvents("وقتل عشرة أشخاص في تفجير انتحاري استهدف مسجدا أمس.", "2015-08-03");
  ASSERT_EQ(bomb.result.events.size(), 1u);
  EXPECT_EQ(bomb.result.events[0].sub_event_type, "Suicide bomb");
}

// An air strike is an air force's: a group without aircraft read as its author is its target
// or the air force's ally on the ground; forces joined to the group by و fight on its side and
// do not fly for the other.
TEST(EventsIncidents, AnAirStrikeIsAnAirForces) {
  auto dyad = RunEvents("وقال القيادي إن عشرات القتلى من ميليشيات صالح والحوثي سقطوا في المواجهات مع المقاومة والجيش "
                        "الوطني وغارات طيران التحالف أمس.",
                        "2015-08-04");
  bool strike = false;
  for (const auto& e : dyad.result.events) {
    if (e.sub_event_type != "Air/drone strike") continue;
    strike = true;
    ASSERT_GE(e.actor1, 0);
    EXPECT_EQ(Dicts().actors[e.actor1].id, "saudi_led_coalition");
    ASSERT_GE(e.actor2, 0);
    EXPECT_EQ(Dicts().actors[e.actor2].id, "houthis");
  }
  EXPECT_TRUE(strike);
  auto allies = RunEvents("وفي مأرب قصفت المقاتلات أمس مواقع للحوثيين وقوات صالح، ومساعدة رجال المقاومة على استعادة المواقع.",
                          "2015-07-21");
  for (const auto& e : allies.result.events)
    if (e.sub_event_type == "Air/drone strike" && e.actor1 >= 0) {
      EXPECT_NE(Dicts().actors[e.actor1].id, "yemen_republican_guard");
      EXPECT_NE(Dicts().actors[e.actor1].id, "houthis");
    }
}

// "سقوط" is a place falling, not the dead, a regime or a thing falling.
TEST(EventsIncidents, TheDeadFallingIsNoPlaceFalling) {
  for (const char* s : {"وأشارت مصادر طبية إلى سقوط سبعة قتلى بين صفوف القوات الموالية للرئيس أمس.",
                        "وكانت الحصيلة الأولى أشارت إلى سقوط 9 قتلى أمس.",
                        "وبعد نحو أربع سنوات من سقوط حكم العقيد الليبي، باتت البلاد ساحة للفوضى."}) {
    auto r = RunEvents(s, "2015-07-26");
    for (const auto& e : r.result.events) EXPECT_EQ(e.sub_event_type.find("territory"), std::string::npos) << s;
  }
  auto town = RunEvents("وأكد مصدر سقوط مدينة شقرة الساحلية بيد قوات الجيش والمقاومة أمس.", "2015-08-10");
  ASSERT_EQ(town.result.events.size(), 1u);
  EXPECT_EQ(town.result.events[0].sub_event_type, "Government regains territory");
}

// A trigger through a pronoun suffix: an act on people told by a passive, "قام بـ" or a 3pl
// verb is an incident; a verbal noun with a possessive, a relative or subordinate clause, a
// wish, or a change of a place's hands told that way is not.
TEST(EventsIncidents, ActsOnPeopleThroughAPronounSuffix) {
  const std::pair<const char*, const char*> reported[] = {
      {"وقال مصدر أمني إنه تم اغتياله أمس في وسط المدينة.", "Attack"},
      {"وقالت الشرطة إن مسلحين مجهولين اختطفوه أمس.", "Abduction/forced disappearance"},
      {"وقام مسلحون مجهولون باختطافه أمس من منزله.", "Abduction/forced disappearance"},
      {"وأكدت أنه تم اغتصابها أمس من قبل عدة ضباط.", "Sexual violence"},
      {"وأكدت الأسرة أن ثلاثة من أبنائها تم اختطافهم أمس.", "Abduction/forced disappearance"},
      // The dual's suffix, its ه six bytes from the end (ActOnPeopleThroughPronoun's first test).
      {"وأكدت الأسرة أن ابنيها تم اختطافهما أمس.", "Abduction/forced disappearance"},
  };
  for (const auto& [s, sub] : reported) {
    auto r = RunEvents(s, "2015-08-05");
    ASSERT_EQ(r.result.events.size(), 1u) << s;
    EXPECT_EQ(r.result.events[0].sub_event_type, sub) << s;
  }
  ExpectNoEvents({"ويعاني المحامي من وضع صحي خطير بسبب اعتقاله الإداري.",
                  "وقال إن المدن التي تم تحريرها أمس آمنة.",
                  "وقال إنه كان لا بد أن يتم تطهيرها من الخلايا.",
                  "وقرر إحالة الصحفيين الذين قامت باختطافهم إلى القضاء.",
                  "وأضاف أنه تم تسليمه أمس إلى السلطات.",
                  "وقال إن الرجل، الذي تم اعتقاله أمس، سيحاكم."},
                 "2015-08-05");
}

// What has not happened or is no incident: tomorrow's protest, a strike "سيشن" announces (its
// noun in quotation marks), a time bomb one is likened to, a minister joining talks, a war's
// toll of ten thousand or more; a drone "من دون طيار" is no negation.
TEST(EventsIncidents, TomorrowAFigureOfSpeechAndAWarTollAreNoIncidents) {
  ExpectNoEvents({"وقال ناشطون إنهم سينظمون تظاهرة في ساحة التحرير غدا.",
                  "وحدد ناشطون موعد تنظيم تظاهرة في ساحة التحرير مساء غد.",
                  "قالت تركيا أمس إن التحالف سيشن قريبا من القواعد الجوية التركية «معركة شاملة» ضد تنظيم داعش.",
                  "وأوضح أن «الأكراد باتوا قنبلة موقوتة بالنسبة إلى الأتراك».",
                  "وانضم الوزير الإيطالي أمس الجمعة إلى المشاورات في الصخيرات.",
                  "وقال إن «الأسد فقد شرعيته بعد أن قتل أكثر من 300 ألف سوري»."},
                 "2015-08-06");
  auto bomb = RunEvents("وانفجرت قنبلة موقوتة أمس في سوق شعبي.", "2015-08-06");
  EXPECT_EQ(bomb.result.events.size(), 1u);
  auto drone = RunEvents("وأعلنت الوزارة أن طائرة من دون طيار (درون) قصفت أمس سيارة في مأرب.", "2015-08-06");
  ASSERT_EQ(drone.result.events.size(), 1u);
  EXPECT_EQ(drone.result.events[0].sub_event_type, "Air/drone strike");
  auto joined = RunEvents("وانضم أمس فصيل مسلح جديد إلى جبهة النصرة في إدلب.", "2015-08-06");
  EXPECT_EQ(joined.result.events.size(), 1u);
}

// An appeal with the asker and the asked between ("ناشد ... قوات التحالف بتعزيز الضربات"), a
// purpose ("بغية خوض معارك"), a detention kept up and a resolution's provision are no incident;
// "قضى على ما تبقى منها في مواجهات" is the clash.
TEST(EventsIncidents, AppealsPurposesAndProvisionsAreNoIncidents) {
  ExpectNoEvents({"وناشد شيوخ قبائل مأرب قوات التحالف بتعزيز الضربات الجوية على معاقل الحوثيين.",
                  "كما تحشد المقاومة مقاتليها في مديرية العدين بغية خوض معارك لتحريرها من المسلحين الحوثيين.",
                  "كما تواصل إيران احتجاز عدد من الأميركيين بداعي الجاسوسية.",
                  "وأكد أن الحل مرتبط بتطبيق القرار 2216، الذي ينص خصوصا على انسحاب الحوثيين من المدن."},
                 "2015-08-06");
  auto clash = RunEvents("وأكدت المصادر أن المقاومة قضت على ما تبقى منها في مواجهات عنيفة احتدمت مساء الاثنين في منطقة العلم.",
                         "2015-07-22");
  ASSERT_EQ(clash.result.events.size(), 1u);
  EXPECT_EQ(clash.result.events[0].event_type, "Battles");
}

// "تفجيراً مماثلاً ... أدى إلى مقتل شخص واحد": a similar blast elsewhere is another incident,
// not the outcome of the one told before, and its one dead are not that one's toll.
TEST(EventsIncidents, ASimilarBlastIsAnotherIncident) {
  auto r = RunEvents(
      "وأفاد مصدر أمني بمقتل 19 مسلحاً من تنظيم داعش شمال شرق بغداد أمس. وبيّن المصدر أن تفجيراً مماثلاً قرب سوق "
      "شعبية في منطقة سبع البور أدى إلى مقتل شخص واحد أمس.",
      "2015-07-21");
  bool nineteen = false, blast = false;
  for (const auto& e : r.result.events) {
    nineteen = nineteen || e.fatalities == 19;
    blast = blast || (e.sub_event_type == "Remote explosive/landmine/IED" && e.fatalities == 1);
  }
  EXPECT_TRUE(nineteen);
  EXPECT_TRUE(blast);  // "تفجيراً": the trigger through the accusative's alef
}

// The accusative's alef: "هجوماً انتحارياً" and "مقذوفاً" are triggers of their own type; "أحرزت
// تقدماً" is no change of a place's hands. One dead each, one announced before ("وكانت ... قد
// أعلنت أخيرا عن استشهاد جندي"), are two incidents.
TEST(EventsIncidents, TriggersInTheAccusativeAndOneDeadAnnouncedBefore) {
  auto bomb = RunEvents("شهدت تركيا أمس الاثنين هجوما انتحاريا داميا في مدينة سروج.", "2015-07-21");
  ASSERT_FALSE(bomb.result.events.empty());
  EXPECT_EQ(bomb.result.events[0].sub_event_type, "Suicide bomb");
  ExpectNoEvents({"وأحرزت المقاومة الشعبية تقدماً في محافظة شبوة."}, "2015-07-21");
  auto two = RunEvents(
      "أعلنت قيادة قوات التحالف أن أحد رجال الحرس الوطني قتل نتيجة إطلاق ميليشيا الحوثي مقذوفا عسكريا من على الحدود. "
      "وكانت قيادة القوات المشتركة قد أعلنت أخيرا عن استشهاد جندي أول من منسوبي القوات البرية السعودية بعدما أصيب "
      "بمقذوف قادم من الأراضي اليمنية.",
      "2015-08-08");
  EXPECT_EQ(two.result.events.size(), 2u);
}

// What a relative clause says someone caused describes them ("القوى الانقلابية التي تسببت بقتل
// الآلاف وتدمير المنازل"); before a change of territory is the time of something else ("قبل سقوط
// القاعدة").
TEST(EventsIncidents, WhatSomeoneCausedAndBeforeAFallAreNoIncidents) {
  ExpectNoEvents({"أكد الرئيس اليمني أن الانتصارات التي حققها الجيش الوطني والمقاومة الشعبية في بلاده مسنودة بقوات "
                  "التحالف العربي، ضد المليشيات المتمردة، لن تتوقف حتى يتم تطهير كل المحافظات اليمنية من القوى "
                  "الانقلابية التي تسببت بقتل الأبرياء وتدمير البنى التحتية في المدن.",
                  "وكان زعيمهم قد أكد الأحد قبل سقوط القاعدة أن الخرق سيفشل."},
                 "2015-08-06");
}

// A place described in the passive by its being taken ("قاعدة العند التي تم السيطرة عليها
// بشكل كلي") is no incident of its own, as in the active ("التي سيطر عليها الحوثيون").
TEST(EventsIncidents, APlaceDescribedAsTakenInThePassive) {
  ExpectNoEvents({"وعبرت قوات عسكرية من قاعدة العند التي تم السيطرة عليها بشكل كلي إلى محافظة الضالع.",
                  "وانتشرت الشرطة في المدينة التي تمت السيطرة عليها قبل أسبوعين."},
                 "2015-08-08");
}

// The dead of a war described by a relative clause ("أرامل الجنود الذين قتلوا في الحرب") are
// no incident; soldiers killed in an attack are.
TEST(EventsIncidents, TheDeadOfAWarDescribed) {
  ExpectNoEvents({"وأعلنت الحكومة مكافأة لمن يتزوج من أرامل الجنود الذين قتلوا أو فقدوا في الحرب.",
                  "وكرمت الوزارة أسر الجنود الذين قتلوا في الحرب ضد الحوثيين."},
                 "2015-07-25");
  EXPECT_FALSE(RunEvents("قتل خمسة جنود أمس في هجوم على حاجز في الرمادي.", "2015-07-25").result.events.empty());
}

// A party's name ("حزب تحرير الشعب الثوري"), a place of detention ("مكان احتجاز الرهينة") and
// talks dated next week ("في الأسبوع المقبل") are no incidents; "إن جنديا قتل عندما" is one
// soldier killed ("جنديا قتل مسلحا": the soldier killed); a dyad across "حيث" names the
// sides of its own clause, not the shelling's before it.
TEST(EventsIncidents, NamesPlacesOfDetentionNextWeekAndOneSoldierKilled) {
  ExpectNoEvents({"قال أردوغان إن تنظيم حزب تحرير الشعب الثوري تنظيم إرهابي.",
                  "وأعلنت الخارجية أنها تقوم بجهود مكثفة للتعرف على مكان احتجاز الصحافي.",
                  "قال مسؤول أفغاني أمس الجمعة إن الصين ستستضيف، على الأرجح، الجولة الثانية من المحادثات بين "
                  "الحكومة الأفغانية وحركة طالبان في الأسبوع المقبل.",
                  "وأشار إلى أنهم بدأوا بحملة نظافة على مستوى المديريات التي سيطر عليها الحوثيون في عدن."},
                 "2015-07-25");
  auto taken = RunEvents("ألقى رجال المقاومة الشعبية القبض على ضابط في قاعدة العند التي سيطرت عليها أمس.", "2015-08-04");
  bool regained = false;
  for (const auto& e : taken.result.events) regained = regained || e.event_type == "Battles";
  EXPECT_TRUE(regained);
  auto soldier = RunEvents("وقال الجيش التركي أمس إن جنديا قتل عندما فتح مسلحون النار على دورية في إقليم شرناق.",
                           "2015-08-11");
  ASSERT_EQ(soldier.result.events.size(), 1u);
  EXPECT_EQ(soldier.result.events[0].fatalities, 1);
  auto killer = RunEvents("وقالت الشرطة إن جنديا قتل مسلحا في اشتباك أمس في إقليم شرناق.", "2015-08-11");
  bool soldier_dead = false;
  for (const auto& q : killer.result.quantities) soldier_dead = soldier_dead || q.start == 19;  // "جنديا"
  EXPECT_FALSE(soldier_dead);
  auto shelled = RunEvents("قتل 43 مدنيا على الأقل الأحد عندما قصف المتمردون مدينة عدن جنوب اليمن حيث تتقدم القوات "
                           "الموالية للحكومة ضد المتمردين الحوثيين.",
                           "2015-07-22");
  ASSERT_FALSE(shelled.result.events.empty());
  const std::string shelling_by = Id(shelled.result.events[0].actor1);  // the rebels, not the forces
  EXPECT_TRUE(shelling_by == "houthis" || shelling_by == "generic_rebels") << shelling_by;
  EXPECT_EQ(shelled.result.events[0].fatalities, 43);
}

// The leader a coalition is named by is no party of its own ("التحالف العربي الذي تقوده
// السعودية"); "الميليشيات المتمردة" are the rebels.
TEST(EventsActors, TheLeaderOfACoalitionIsNoSide) {
  auto r = RunEvents("وشن التحالف الدولي الذي تقوده الولايات المتحدة غارات على مواقع داعش في الرقة أمس.", "2015-07-24");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(Id(r.result.events[0].actor1), "us_led_coalition");
  EXPECT_EQ(Id(r.result.events[0].actor2), "isis");
  auto rebels = RunEvents("قصفت الميليشيات المتمردة أمس حيا سكنيا في مدينة تعز.", "2015-07-24");
  ASSERT_EQ(rebels.result.events.size(), 1u);
  const std::string by = Id(rebels.result.events[0].actor1);  // not "unidentified armed group"
  EXPECT_TRUE(by == "houthis" || by == "generic_rebels") << by;
}

// Fighting held back from ("لتخاذلهم عن القتال") is no clash, the execution is the incident; the
// matters a visit discusses ("لبحث القضايا المتعلقة بمواجهة داعش وتحرير المدن") are no incident.
TEST(EventsIncidents, FightingHeldBackFromAndMattersDiscussed) {
  auto r = RunEvents("وأفاد مصدر أمني بأن داعش أعدم 19 شخصا من مرتزقته في الفلوجة، لتخاذلهم عن القتال الدائر "
                     "بينهم وبين الجيش.",
                     "2015-08-01");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].event_type, "Violence against civilians");
  EXPECT_EQ(r.result.events[0].fatalities, 19);
  ExpectNoEvents({"وصل وزير الدفاع الأميركي أمس إلى بغداد للقاء مسؤولين عراقيين لبحث كثير من القضايا المتعلقة "
                  "بمواجهة تنظيم داعش وتحرير المدن الخاضعة لسيطرته."},
                 "2015-07-24");
}

// What was done "since then" is a total; aircraft "in support" of a raid strike nothing of their own.
TEST(EventsIncidents, TotalsSinceThenAndAircraftInSupport) {
  ExpectNoEvents({"ومنذ ذلك الحين، قامت قوات التحالف الدولي بشن أكثر من 6000 ضربة جوية على مواقع داعش."},
                 "2015-08-08");
  auto raid = RunEvents("وداهمت الشرطة التركية أمس 140 منزلا في اسطنبول في عملية واسعة بمشاركة خمسة آلاف عنصر "
                        "وبدعم من المروحيات.",
                        "2015-07-25");
  ASSERT_EQ(raid.result.events.size(), 1u);
  EXPECT_EQ(raid.result.events[0].sub_event_type, "Arrests");
}

// An expectation reaches past a quoted name ("وتوقع أن «يشن تنظيم «داعش» هجومًا"); what a span of
// time is counted from ("منذ سيطرة الميليشيات عليها", "منذ تحرير المدينة") is no incident.
TEST(EventsIncidents, QuotedNamesInAnExpectationAndTheStartOfASpan) {
  ExpectNoEvents({"وتوقع أن «يشن تنظيم «داعش» هجومًا على مدينة إيلات الساحلية».",
                  "وغادر معظم سكان مدينة حرض منذ سيطرة الميليشيات عليها.",
                  "هبطت أول طائرة إغاثية في مطار عدن منذ تحرير المدينة من الحوثيين."},
                 "2015-07-25");
}

// The riot police are no riot; explosives dealt with ("معالجة عبوة ناسفة") are defused; a front
// whose name holds "التحرير" with its article is a name; what someone is charged with or convicted
// of is no incident, but the incident told after the charge is.
TEST(EventsIncidents, RiotPoliceDefusingNamesAndCharges) {
  auto demo = RunEvents("وتجمع آلاف المتظاهرين في ساحة وسط بغداد رغم انتشار قوات مكافحة الشغب بكثافة في محيط موقع "
                        "المظاهرة.",
                        "2015-08-01");
  EXPECT_TRUE(OneEvent(demo.result.events, "Peaceful protest"));
  auto police = RunEvents("وتمكنت قوة من الشرطة الاتحادية من قتل مسلح وتدمير قاذفة ومعالجة عبوة ناسفة في إحدى الدور.",
                          "2015-07-26");
  for (const auto& e : police.result.events) EXPECT_NE(e.sub_event_type, "Remote explosive/landmine/IED");
  ExpectNoEvents({"وأعلنت «جبهة حزب التحرير الشعبي الثوري» المتطرفة مسؤوليتها.",
                  "كما ثبتت إدانته بمشاركته في عدة معارك قتالية.",
                  "وأصدرت المحكمة حكما بسجن مواطن بعد إدانته بالمشاركة في القتال وتفجير سيارة."},
                 "2015-08-06");
  auto arrest = RunEvents("اعتقلت الشرطة التركية أمس شخصين بتهمة تنفيذ هجوم على مركز للشرطة.", "2015-08-06");
  EXPECT_TRUE(OneEvent(arrest.result.events, "Arrests"));
  auto raid = RunEvents("وقال المرصد إن داعش اختطف 170 شخصا الخميس بتهمة التخابر مع النظام خلال عملية مداهمة نفذها "
                        "عناصره داخل المدينة.",
                        "2015-08-08");
  ASSERT_FALSE(raid.result.events.empty());
}

// What a span is counted from, through the incident's noun ("منذ الاعتداء الانتحاري", its toll
// with it); places described by who seized them; what something is called ("وصفه بأنه «معركة»");
// what was done lately ("في الآونة الأخيرة"), in the trigger's clause only.
TEST(EventsIncidents, SpansNamesAndLately) {
  auto since = RunEvents("ونقلت وسائل الاعلام انه قصف مواقع للحزب في شمال العراق ليتواصل بذلك مسلسل العنف منذ الاعتداء "
                         "الانتحاري في سوروتش الذي اودى بحياة 32 شابا.",
                         "2015-08-02");
  for (const auto& e : since.result.events) {
    EXPECT_NE(e.sub_event_type, "Suicide bomb");
    EXPECT_EQ(e.fatalities, 0u);
  }
  ExpectNoEvents({"ويعيش آلاف السكان في المناطق التي استولت عليها داعش.",
                  "وذلك قبل ما وصفته أنقرة بأنه \"معركة شاملة\" وشيكة على مقاتلي داعش هناك.",
                  "إلا أن متشددي تنظيم داعش نفذوا في الآونة الأخيرة سلسلة من التفجيرات في بغداد."},
                 "2015-08-02");
  auto clause = RunEvents("وقالت المصادر إن هذا اللواء تلقى، في الآونة الأخيرة، دعما كبيرا، في حين نفذت طائرات التحالف "
                          "غارات مكثفة على مواقع الحوثيين أمس.",
                          "2015-08-06");
  EXPECT_TRUE(OneEvent(clause.result.events, "Air/drone strike"));
  ExpectNoEvents({"وبحث سبل بسط الاستقرار في المنطقة التي تخلصت من سيطرة الميليشيات الحوثية.",
                  "قال وزير الدفاع اليوم الجمعة إن أكثر من ألفي عراقي بمحافظة نينوى بشمال العراق أعدموا على أيدي "
                  "متشددي التنظيم."},
                 "2015-08-08");
  auto described = RunEvents("ووصف شاهد عيان القصف الذي استهدف الحي أمس بأنه الأعنف.", "2015-08-03");
  EXPECT_EQ(described.result.events.size(), 1u);
}

// What someone was subjected to ("تعرضا لإطلاق نار") is the verb's object, no purpose.
TEST(EventsIncidents, SubjectedToFireIsAnIncident) {
  auto fired = RunEvents("وذكرت مصادر أن الشرطيين تعرضا لإطلاق نار من قبل مسلحين مجهولين أمس في الولاية.", "2015-07-24");
  ASSERT_EQ(fired.result.events.size(), 1u);
  ExpectNoEvents({"وتحركت القوات بهدف تحرير المحافظة."}, "2015-07-24");
}

// "أطلق النار" in the verb's other persons and with its shooter between the verb and "النار":
// a shooting, its shooter actor 1 (the light verb's subject), even after a victim named before
// ("الشرطي كان جالسا ... حيث أطلق مسلحون النار عليه"). Not a threat in the present tense.
TEST(EventsIncidents, AShootingWithItsShooterBetweenTheVerbAndTheFire) {
  auto r = RunEvents("أطلقت امرأتان النار على القنصلية الأمريكية في اسطنبول اليوم الاثنين.", "2015-08-10");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Attack");
  EXPECT_EQ(r.Surface(r.result.events[0].trigger_start, r.result.events[0].trigger_end), "النار");
  auto shooters = RunEvents("وقالت الوكالة إن الشرطي كان جالسا الأربعاء أمام مقهى في مدينة تشينار، حيث أطلق مسلحون "
                            "النار عليه من سيارة.",
                            "2015-07-31");
  ASSERT_EQ(shooters.result.events.size(), 1u);
  EXPECT_EQ(Id(shooters.result.events[0].actor1), "unidentified_gunmen");
  auto plural = RunEvents("وأطلقوا النار على المروحيات في المدينة أمس.", "2015-07-21");
  EXPECT_EQ(plural.result.events.size(), 1u);
  auto threat = RunEvents("وقال إن الحراس يطلقون النار على كل من يقترب من السياج.", "2015-07-21");
  EXPECT_TRUE(threat.result.events.empty());
}

// The count before a wave's dead that is not of the dead ("امرأتان", the shooters) is not the
// wave's total; and separate attacks told after a shooting are not that shooting, nor is it
// their toll: two events. Still one with a bare killing, their toll ("وقتل أربعة جنود في هجمات
// منفصلة").
TEST(EventsIncidents, SeparateAttacksAfterAShootingAreOtherIncidents) {
  auto r = RunEvents("أطلقت امرأتان النار على القنصلية الأمريكية في اسطنبول اليوم الاثنين وقتل ثمانية أشخاص على "
                     "الأقل في موجة من الهجمات المنفصلة على قوات الأمن التركية.",
                     "2015-08-10");
  ASSERT_FALSE(r.result.quantities.empty());
  EXPECT_FALSE(r.result.quantities[0].cumulative);
  ASSERT_EQ(r.result.events.size(), 2u);
  bool shooting = false;
  for (const auto& e : r.result.events) shooting = shooting || r.Surface(e.trigger_start, e.trigger_end) == "النار";
  EXPECT_TRUE(shooting);
  auto toll = RunEvents("وقتل أربعة جنود أتراك وأصيب عشرات في هجمات منفصلة لحزب العمال الكردستاني في جنوب شرق تركيا.",
                        "2015-08-03");
  EXPECT_EQ(toll.result.events.size(), 1u);
}

// "تبادل لإطلاق النار", "تبادل خطير لإطلاق النار": an exchange of fire (an armed clash), the
// genitive's ل between; not a purpose ("لإطلاق" read apart was one, and the sentence had no
// reading).
TEST(EventsIncidents, AnExchangeOfFireWithTheGenitiveLam) {
  for (const char* s : {"ووقع تبادل لاطلاق النار عبر الحدود يوم الخميس بين الجيش التركي وتنظيم داعش قرب بلدة كلس.",
                        "وقتل جندي تركي في تبادل خطير لإطلاق النار أمس بين الجيش التركي وتنظيم داعش عبر الحدود."}) {
    auto r = RunEvents(s, "2015-07-24");
    ASSERT_EQ(r.result.events.size(), 1u) << s;
    EXPECT_EQ(r.result.events[0].sub_event_type, "Armed clash") << s;
    EXPECT_TRUE(r.Surface(r.result.events[0].trigger_start, r.result.events[0].trigger_end).starts_with("تبادل")) << s;
  }
}

// A verb of doing with the deed as its object pronoun ("ارتكبوه", "شنها", "تبنته") names its
// author right after it: the side that did it, not a side it fought.
TEST(EventsActors, AuthorAfterAVerbOfDoing) {
  geo::GeoResult geo;
  auto r = RunEvents("قتل ثلاثة مدنيين في اعتداء ارتكبوه مسلحو الحوثي في عدن أمس.", "2016-07-22", "YE", geo, {{"عدن", 5}});
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Attack");
  EXPECT_EQ(Id(r.result.events[0].actor1), "houthis");
}


// An air strike no one in its clause flew, in an article that names whose aircraft strike
// ("شنت طائرات التحالف العربي غارات"): those aircraft flew it; an unidentified armed group
// flies none.
TEST(EventsActors, AnotherStrikeIsTheNamedAircrafts) {
  geo::GeoResult geo;
  auto r = RunEvents("شنت طائرات التحالف العربي غارات جوية على مواقع للحوثيين في مجزر أمس. "
                     "كما استهدفت غارة أخرى منطقة صرواح غرب مأرب.",
                     "2015-08-06", "YE", geo, {{"مجزر", 5}, {"صرواح", 5}});
  ASSERT_EQ(r.result.events.size(), 2u);
  EXPECT_EQ(r.result.events[1].sub_event_type, "Air/drone strike");
  EXPECT_EQ(Id(r.result.events[1].actor1), "saudi_led_coalition");
}
}  // namespace
// Strikes in support of the clause's act are its means: the taking of a town keeps its type
// and its sides ("بدعم من غارات", "تحت غطاء غارات"), not an air strike by the side backed.
TEST(EventsAssembly, SupportingFireIsTheActsMeans) {
  for (const char* text : {"تمكنت قوات المقاومة الشعبية من تحرير مدينة عدن من الحوثيين، بدعم من غارات التحالف العربي أمس.",
                           "حررت المقاومة الشعبية مدينة عدن من الحوثيين تحت غطاء غارات التحالف العربي أمس."}) {
    auto r = RunEvents(text, "2015-07-26", "YE");
    ASSERT_EQ(r.result.events.size(), 1u) << text;
    EXPECT_EQ(r.result.events[0].sub_event_type, "Government regains territory") << text;
    EXPECT_EQ(Id(r.result.events[0].actor1), "popular_resistance_ye") << text;
    EXPECT_EQ(Id(r.result.events[0].actor2), "houthis") << text;
  }
}

}  // namespace marsad::events

namespace marsad::events {
namespace {
using testing::RunEvents;

// "مذكرة احتجاج" is a diplomatic note of protest, no protest; a protest stays one.
TEST(EventsAssembly, ANoteOfProtestIsNoProtest) {
  for (const char* text : {"وسلمت الخارجية السفير مذكرة احتجاج رسمية أمس على تصريحات المسؤول.",
                           "قدم الجيش أمس مذكرة احتجاج إلى بعثة المراقبين الدوليين في العاصمة."}) {
    auto r = RunEvents(text, "2015-08-07");
    for (const auto& e : r.result.events) EXPECT_NE(e.event_type, "Protests") << text;
  }
  auto protest = RunEvents("وخرج مئات المتظاهرين أمس في احتجاج على انقطاع الكهرباء في البصرة.", "2015-08-07");
  ASSERT_FALSE(protest.result.events.empty());
  EXPECT_EQ(protest.result.events[0].event_type, "Protests");
}

}  // namespace
}  // namespace marsad::events
