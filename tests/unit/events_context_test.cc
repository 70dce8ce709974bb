// Readings that do not report an incident (src/events/context.cc), each against a
// sentence of the same shape that does.
#include <algorithm>
#include <string>

#include "events/context.h"
#include "events_testutil.h"

namespace marsad::events {
namespace {

using testing::RunEvents;

std::string Id(int32_t a) { return a >= 0 ? testing::Dicts().actors[a].id : ""; }

bool HasSubType(const testing::Run& r, const std::string& sub) {
  return std::any_of(r.result.events.begin(), r.result.events.end(),
                     [&](const Event& e) { return e.sub_event_type == sub; });
}

bool SkippedFor(const testing::Run& r, const std::string& reason_start) {
  return std::any_of(r.result.skipped.begin(), r.result.skipped.end(),
                     [&](const SkippedEvent& s) { return s.reason.starts_with(reason_start); });
}

TEST(EventsContext, PurposeIsNoIncidentButExposureIs) {
  auto purpose = RunEvents("ووصلت تعزيزات من الجيش إلى المدينة في مسعى لاستعادة الأحياء الشرقية.", "2015-08-01");
  EXPECT_FALSE(HasSubType(purpose, "Government regains territory"));
  EXPECT_TRUE(SkippedFor(purpose, "a purpose"));
  auto exposed = RunEvents("وتعرضت بلدة كفرنبل أمس لقصف عنيف من قوات النظام.", "2015-08-01");
  EXPECT_TRUE(HasSubType(exposed, "Shelling/artillery/missile attack"));
  // With the article, after ل+ال elided its alef ("للانضمام", "للقبض"): the trigger's span
  // starts after "لل", and the purpose is still one.
  auto join = RunEvents("وسافر آلاف المقاتلين الأجانب عبر تركيا للانضمام إلى تنظيم داعش في سوريا.", "2015-08-01");
  EXPECT_TRUE(join.result.events.empty());
  EXPECT_TRUE(SkippedFor(join, "a purpose"));
  auto arrest = RunEvents("واعتقلت الشرطة أمس رجلا في الرياض للقبض عليه.", "2015-08-01");
  ASSERT_EQ(arrest.result.skipped.size(), 1u);
  EXPECT_EQ(arrest.Surface(arrest.result.skipped[0].trigger_start, arrest.result.skipped[0].trigger_end), "قبض");
  // Exposure past the commas of an apposition, and a gathering in protest.
  auto kidnapped = RunEvents("تعرض قيادي في حركة حماس هو وكيل وزارة النقل الثلاثاء، للخطف على ايدي مسلحين في رام الله.",
                             "2008-06-12");
  EXPECT_TRUE(HasSubType(kidnapped, "Abduction/forced disappearance"));
  auto protest = RunEvents("تجمع نحو 40 متظاهرا أمام مقر رئيس الوزراء السبت للاحتجاج على زيارة الرئيس.", "2008-06-12");
  EXPECT_TRUE(HasSubType(protest, "Peaceful protest"));
  // A stage of the act is no purpose of it: "كمرحلة أولى لتبادل الأسرى".
  auto stage = RunEvents("وقامت لجنة بنقل أسرى من المقاومة الشعبية واستبدالهم بأسرى من الحوثيين كمرحلة أولى لتبادل الأسرى.",
                         "2015-08-06");
  EXPECT_TRUE(HasSubType(stage, "Agreement"));
}

// Standing control outside the regime's, the war since it began, a plot foiled, what is
// hard to do: no incident.
TEST(EventsContext, StatesWarsFoiledPlotsAndDifficultiesAreNoIncidents) {
  auto outside = RunEvents("واتفقت الفصائل أمس في المناطق الخارجة عن سيطرة النظام السوري على تشكيل مجلس.", "2015-08-11");
  EXPECT_TRUE(SkippedFor(outside, "a standing state of control"));
  auto since = RunEvents("وأوضح مسؤول يمني اليوم إن حصيلة القتلى منذ بدء المواجهات بين الحوثيين والمقاومة بلغت 1000.",
                         "2015-07-23");
  EXPECT_TRUE(since.result.events.empty());
  EXPECT_TRUE(SkippedFor(since, "the fighting since it began"));
  auto foiled = RunEvents("وقالت مصادر إن عملية التفجير التي أجهضت أمس كانت تستهدف المسجد.", "2015-07-22");
  EXPECT_TRUE(SkippedFor(foiled, "foiled"));
  auto hard = RunEvents("وقال إنه يصعب بعدها استعادة السيطرة على المدينة.", "2015-08-11");
  EXPECT_TRUE(hard.result.events.empty());
}

// What happens daily is a pattern, not one incident.
TEST(EventsContext, WhatHappensDailyIsNoIncident) {
  auto r = RunEvents("ورداً على ذلك، يشن الجيش التركي يومياً غارات جوية كثيفة على مواقع حزب العمال في شمال العراق.",
                     "2015-07-29");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "habitual"));
  auto once = RunEvents("وشن الجيش التركي أمس غارات جوية كثيفة على مواقع حزب العمال في شمال العراق.", "2015-07-29");
  EXPECT_FALSE(once.result.events.empty());
}

// Weeks or months past are a span, not one incident ("وشن طيران الائتلاف في الأسابيع
// الماضية عشرات الغارات", "تكاثرت الهجمات والمعارك في الأشهر الأخيرة"); the clause that
// dates the strike itself stays.
TEST(EventsContext, WeeksOrMonthsPastAreASpan) {
  auto r = RunEvents("وشن طيران الائتلاف في الاسابيع الماضية، عشرات الغارات في المحافظة.", "2015-07-23");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "a habit or a span of time"));
  auto months = RunEvents("وتكاثرت الهجمات والمعارك في الأشهر الأخيرة في شمال أفغانستان.", "2015-08-07");
  EXPECT_TRUE(months.result.events.empty());
  auto once = RunEvents("وشن طيران الائتلاف أمس عشرات الغارات في المحافظة.", "2015-07-23");
  EXPECT_FALSE(once.result.events.empty());
}

// The purpose goes on past و ("لمحاربة ودحر الإرهاب"); figures are many incidents, not one
// ("أرقاما رسمية تبين أن 126 متطرفا قتلوا ... في عمليات انتحارية", "تشير الإحصائيات إلى مقتل").
// An official, a politician or the press that "attacks" someone attacks in words; fighters
// that attack a checkpoint fight.
TEST(EventsContext, AnAttackInWordsIsNoIncident) {
  for (const char* text : {"هاجم نائب رئيس شرطة دبي ضاحي خلفان ميليشيا الحوثي الانقلابية أمس.",
                           "وهاجمت الكتل البرلمانية أمس بعض القوى السياسية في البلاد.",
                           "وألقوا خطابات هاجموا فيها الحكومة التركية أمس."}) {
    auto r = RunEvents(text, "2015-08-02");
    EXPECT_TRUE(r.result.events.empty()) << text;
    EXPECT_TRUE(SkippedFor(r, "an attack in words")) << text;
  }
  auto fight = RunEvents("وهاجم مقاتلو داعش نقطة التفتيش خارج مدينة أجدابيا أمس.", "2015-08-02");
  EXPECT_FALSE(fight.result.events.empty());
}

// "تقدم بشكوى", "طلبات تقدم بها الدفاع": to put forward, not to advance; "حق حليفتها ...
// بقصف": a right to shell, not a shelling.
TEST(EventsContext, PutForwardAndARightAreNoIncidents) {
  for (const char* text : {"وأعلن حزب الشعب الديمقراطي أمس أنه تقدم بشكوى ضد رئيس الوزراء.",
                           "وقالت المحكمة أمس إنها ستنظر في طلبات تقدم بها الدفاع عن المتهمين.",
                           "وأيدت واشنطن أمس حق حليفتها في قصف مواقع حزب العمال الكردستاني."}) {
    auto r = RunEvents(text, "2015-08-02");
    EXPECT_TRUE(r.result.events.empty()) << text;
  }
  auto advance = RunEvents("وتقدمت قوات المقاومة أمس نحو مدينة لودر بعد اشتباكات مع الحوثيين.", "2015-08-02");
  EXPECT_FALSE(advance.result.events.empty());
}

TEST(EventsContext, PurposesAndStatisticsAreNoIncidents) {
  auto purpose = RunEvents("وقال إننا نقف صفا واحدا لمحاربة ودحر الإرهاب الذي يهدد العالم.", "2015-08-09");
  EXPECT_TRUE(purpose.result.events.empty());
  EXPECT_TRUE(SkippedFor(purpose, "a purpose"));
  // What a purpose would stop is no incident: the strikes are the army's, not the advance's.
  auto stop = RunEvents("من جهة أخرى، كثف الجيش السوري غاراته الجوية لوقف تقدم مقاتلي المعارضة في جبال اللاذقية.",
                        "2015-08-03");
  ASSERT_EQ(stop.result.events.size(), 1u);
  EXPECT_EQ(stop.result.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(testing::Dicts().actors[stop.result.events[0].actor1].id, "syrian_army");
  auto done = RunEvents("وتمكنت المقاومة من دحر الحوثيين من الحي أمس.", "2015-08-09");
  EXPECT_FALSE(done.result.events.empty());
  auto figures = RunEvents("وأوردت صحيفة لوموند أمس أرقاما رسمية تبين أن 126 متطرفا فرنسيا قتلوا في سوريا، إما في المعارك "
                           "أو في عمليات القصف أو في عمليات انتحارية.",
                           "2015-08-11");
  EXPECT_TRUE(figures.result.events.empty());
  EXPECT_TRUE(SkippedFor(figures, "statistics"));
  auto stats = RunEvents("كما تشير الإحصائيات الأولية إلى مقتل 278 من مليشيات الحوثي في اليومين الماضيين بمحافظة أبين.",
                         "2015-08-11");
  EXPECT_TRUE(stats.result.events.empty());
  auto ranking = RunEvents("وذكر ان محافظة بغداد كانت الاكثر تضررا حيث سجلت مقتل 335 مدنيا في الهجمات الإرهابية.",
                           "2015-08-01");
  EXPECT_TRUE(ranking.result.events.empty());
}

// What is feared has not happened ("خوفا من القتل وحملات الانتقام و«الثأر»", "خشية تسلل
// عناصر داعش"), nor has what a disease killed been political violence ("حمى الضنك التي قتلت
// 600 شخص"); a massacre ("المذبحة") is an attack, and the fear of more after it is no
// second one.
TEST(EventsContext, FearAndDiseaseAreNoIncidents) {
  auto fear = RunEvents("ويسعون للرحيل من بلدانهم خوفا من القتل وحملات الانتقام الجماعية و«الثأر» على أسس قبلية.",
                        "2015-07-21");
  EXPECT_TRUE(fear.result.events.empty());
  EXPECT_TRUE(SkippedFor(fear, "fear"));
  auto disease = RunEvents("وانتشرت حمى الضنك التي قتلت أكثر من 600 شخص في عدن.", "2015-08-04");
  EXPECT_TRUE(disease.result.events.empty());
  auto massacre = RunEvents("أثارت المذبحة التي ذهب ضحيتها 20 قرويا في إدلب على يد مسلحين أمس مخاوف من وقوع مزيد من أعمال "
                            "القتل.",
                            "2015-07-21");
  ASSERT_EQ(massacre.result.events.size(), 1u);
  EXPECT_EQ(massacre.result.events[0].fatalities, 20);
  // The fear ends where a new clause begins: "مخاوف من أن يرتفع عدد القتلى وقالت الوزارة إن الانفجار".
  auto said = RunEvents("وأضاف البيان أن هناك مخاوف من أن يرتفع عدد القتلى وقالت الوزارة إن الانفجار الذي وقع أمس عمل "
                        "إرهابي.",
                        "2015-07-21");
  EXPECT_FALSE(SkippedFor(said, "fear"));
}

// A role in the fighting is no incident ("تلعب المرأة النجرانية دورا هاما في المواجهات
// الحدودية", "لعبوا دورا كبيرا في قتال تنظيم داعش").
TEST(EventsContext, ARoleInTheFightingIsNoIncident) {
  auto r = RunEvents("وأكدن أن المرأة النجرانية تلعب دورا هاما في المواجهات الحدودية مع الحوثيين.", "2015-08-06");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "a role in it"));
  auto fought = RunEvents("وقتل جنديان في المواجهات الحدودية مع الحوثيين أمس.", "2015-08-06");
  EXPECT_FALSE(fought.result.events.empty());
}

// A present verb in a relative clause describes ("للطائرات الأمريكية التي تقصف أهدافا
// لداعش"); protesters "الذين يحتجون" are protesting.
TEST(EventsContext, ARelativeClauseInThePresentDescribes) {
  auto base = RunEvents("وفتحت تركيا أمس قاعدة إنجرليك للطائرات الأمريكية التي تقصف أهدافا لداعش في سوريا.", "2015-07-25");
  EXPECT_TRUE(base.result.events.empty());
  EXPECT_TRUE(SkippedFor(base, "a description"));
  auto protest = RunEvents("وتواصلت أمس مواجهات بين قوى الأمن ومواطنين غاضبين الذين يحتجون على مقتل مواطن.", "2008-06-12");
  EXPECT_FALSE(SkippedFor(protest, "a description"));
}

// "قد" before the imperfect is a possibility, before the perfect a report; avoiding an
// attack is not one.
TEST(EventsContext, WhatMayHappenOrIsAvoidedIsNoIncident) {
  auto may = RunEvents("وقالت الشرطة إن ممرضا قد يعتقل لدى عودته إلى البلاد اليوم.", "2015-07-25");
  EXPECT_FALSE(HasSubType(may, "Arrests"));
  EXPECT_TRUE(SkippedFor(may, "possibility"));
  auto was = RunEvents("وقالت الشرطة إن ممرضا قد اعتقل لدى عودته إلى البلاد اليوم.", "2015-07-25");
  EXPECT_TRUE(HasSubType(was, "Arrests"));
  auto avoided = RunEvents("وأغلقت السلطات أمس طريقا سريعا لتجنب هجوم على القوافل.", "2015-08-04");
  EXPECT_TRUE(SkippedFor(avoided, "plan or prevention"));
  EXPECT_TRUE(avoided.result.events.empty());
  // An imminent or expected fight is to come; a ceasefire said to have ended is no agreement.
  auto imminent = RunEvents("وحشدت قوات الحوثيين أمس قبل تقدم متوقع صوب مدينة تعز، ووصفت أنقرة معركة شاملة وشيكة.",
                            "2015-08-07");
  EXPECT_TRUE(imminent.result.events.empty());
  EXPECT_TRUE(SkippedFor(imminent, "future: imminent"));
  auto ended = RunEvents("وقال: لا نتفق مع حزب العمال الكردستاني على أن وقف إطلاق النار انتهى.", "2015-08-01");
  EXPECT_FALSE(HasSubType(ended, "Agreement"));
  auto truce = RunEvents("وأعلنت حركة أحرار الشام وحزب الله وقف إطلاق النار في الزبداني أمس.", "2015-08-09");
  EXPECT_TRUE(HasSubType(truce, "Agreement"));
}

// What an act responded to ("ردا على هجوم انتحاري ... في سروج") is an earlier incident, the
// cause; the blast named after it ("التفجير الذي أوقع 32 قتيلا") is that blast, never the air
// strikes told beside it.
TEST(EventsContext, WhatAnActRespondedToIsTheCause) {
  auto r = RunEvents("وشنت المقاتلات التركية غارات على مواقع حزب العمال الكردستاني أمس، بعد تبني الحزب قتل شرطيين "
                     "تركيين، وذلك ردا على هجوم انتحاري دموي وقع الاثنين في مدينة سوروتش. واتهم المسؤولون الأتراك "
                     "تنظيم داعش بالوقوف خلف التفجير الذي أوقع 32 قتيلا.",
                     "2015-07-26");
  EXPECT_TRUE(SkippedFor(r, "background: the incident responded to"));
  for (const auto& e : r.result.events) {
    if (e.fatalities == 32) {
      EXPECT_TRUE(e.sub_event_type == "Suicide bomb" || e.sub_event_type == "Remote explosive/landmine/IED")
          << e.sub_event_type << ": " << r.Surface(e.start, e.end);
    }
    if (e.sub_event_type == "Air/drone strike") {
      EXPECT_EQ(e.fatalities, 0u);
    }
  }
}

// A meeting of two governments is diplomacy; one of a government with the rebels it
// fights is a strategic development.
TEST(EventsContext, TalksBetweenGovernmentsAreDiplomacy) {
  auto diplomacy = RunEvents("وأجرت الخارجية الروسية أمس محادثات مع الخارجية الأمريكية في الدوحة.", "2015-08-06");
  EXPECT_TRUE(SkippedFor(diplomacy, "diplomacy"));
  EXPECT_TRUE(diplomacy.result.events.empty());
  auto talks = RunEvents("وأجرت الحكومة اليمنية أمس محادثات مع الحوثيين في مسقط.", "2015-08-06");
  EXPECT_FALSE(SkippedFor(talks, "diplomacy"));
  EXPECT_TRUE(HasSubType(talks, "Other"));
}

TEST(EventsContext, WeaponsTradeIsNotTheirUse) {
  auto sale = RunEvents("ووافقت الحكومة الأمريكية أمس على بيع صواريخ للجيش السعودي.", "2015-08-01");
  EXPECT_FALSE(HasSubType(sale, "Shelling/artillery/missile attack"));
  EXPECT_TRUE(SkippedFor(sale, "weapons trade"));
}

// Explosives cleared or defused are not used: the engineers "removing the explosives and the
// IEDs" after Anbar University was retaken (26 Jul 2015) made a bombing of the retaking.
TEST(EventsContext, ExplosivesClearedAreNotUsed) {
  for (const char* text : {"وباشرت فرق الجهد الهندسي أمس برفع المتفجرات والعبوات الناسفة في الرمادي.",
                           "وتمكنت القوات الأمنية أمس من تفكيك 21 عبوة ناسفة في سامراء.",
                           "وعادت الأسر بعد تطهير الطرق من الألغام في عدن أمس."}) {
    auto r = RunEvents(text, "2015-07-27");
    EXPECT_FALSE(HasSubType(r, "Remote explosive/landmine/IED")) << text;
    EXPECT_TRUE(SkippedFor(r, "explosives cleared")) << text;
  }
  auto used = RunEvents("وانفجرت عبوة ناسفة أمس في سوق الرمادي وقتلت ثلاثة أشخاص.", "2015-07-27");
  EXPECT_TRUE(HasSubType(used, "Remote explosive/landmine/IED"));
}

// What the news happened despite is no incident of its own: the truce in "رغم الهدنة التي فرضها
// التحالف ... واصل المتمردون الحوثيون إرسال قذائفهم العشوائية على مدينة نجران" (Najran, 26 Jul
// 2015: the shell on a house was read as an agreement placed in Yemen).
TEST(EventsContext, WhatTheNewsHappenedDespiteIsNoIncident) {
  auto r = RunEvents("رغم الهدنة التي فرضها التحالف العربي في اليمن واصل المتمردون الحوثيون إرسال قذائفهم العشوائية "
                     "على مدينة نجران حيث سقطت إحداها عصر اليوم على منزل أحد المواطنين.",
                     "2015-07-26");
  EXPECT_FALSE(HasSubType(r, "Agreement"));
  EXPECT_TRUE(SkippedFor(r, "background: what the news happened despite"));
  EXPECT_TRUE(HasSubType(r, "Shelling/artillery/missile attack"));
  auto despite = RunEvents("وعلى الرغم من وقف إطلاق النار قصفت القوات أمس مواقع المعارضة في درعا.", "2015-07-26");
  EXPECT_TRUE(SkippedFor(despite, "background: what the news happened despite"));
  EXPECT_TRUE(HasSubType(despite, "Shelling/artillery/missile attack"));
  auto truce = RunEvents("وكان التحالف العربي قد أعلن السبت هدنة إنسانية ابتداء من منتصف ليل الأحد لمدة خمسة أيام.",
                         "2015-07-27");
  EXPECT_TRUE(HasSubType(truce, "Agreement"));
}

TEST(EventsContext, StandingControlIsNoCaptureButTheKillingIsAnEvent) {
  auto r = RunEvents("قتل ثلاثة مدنيين أمس في قرية تسيطر عليها المعارضة.", "2015-08-01");
  EXPECT_FALSE(HasSubType(r, "Non-state actor overtakes territory"));
  EXPECT_FALSE(r.result.events.empty());
}

TEST(EventsContext, HabitIsNoIncidentButAComparisonIs) {
  auto habit = RunEvents("وتتواصل الغارات الجوية على مواقع التنظيم في المنطقة منذ سنوات.", "2015-08-01");
  EXPECT_TRUE(habit.result.events.empty());
  auto worst = RunEvents("وقتل خمسة مدنيين في غارة جوية على السوق هي الأعنف منذ أشهر.", "2015-08-01");
  EXPECT_FALSE(worst.result.events.empty());
}

TEST(EventsContext, OngoingActivityInThePresentTense) {
  auto ongoing = RunEvents("وتنتمي الخلية إلى حركة طالبان التي تشن هجمات ضد القوات الأفغانية.", "2015-08-01");
  EXPECT_TRUE(ongoing.result.events.empty());
  auto dated = RunEvents("وشنت حركة طالبان أمس هجمات ضد القوات الأفغانية في قندوز.", "2015-08-01");
  EXPECT_FALSE(dated.result.events.empty());
}

TEST(EventsContext, AListOfKindsOfViolationsIsNoIncident) {
  auto list = RunEvents("وشملت الانتهاكات حالات اختطاف واعتقال ونهب بحق الصحفيين.", "2015-08-01");
  EXPECT_TRUE(list.result.events.empty());
  EXPECT_TRUE(SkippedFor(list, "a list of kinds"));
}

// The statistics and habit tests read the whole sentence, the same for each of its triggers
// (asked once a sentence): both triggers of the shares are skipped for it, and the next
// sentence's incident is not.
TEST(EventsContext, EveryTriggerOfASentenceOfSharesIsStatisticsAndTheNextSentenceIsNot) {
  auto r = RunEvents("وقال إن النسبة الأكبر من الانتهاكات تمثلت في حالات الاعتداء والتهديد 40 حالة بنسبة 46% "
                     "تلتها حالات الاختطاف 36 حالة وبنسبة 41%. وقتل مسلحون خمسة مدنيين في هجوم على قرية قرب حلب.",
                     "2015-08-07");
  const auto statistics = std::count_if(r.result.skipped.begin(), r.result.skipped.end(),
                                        [](const SkippedEvent& s) { return s.reason.starts_with("statistics"); });
  EXPECT_EQ(statistics, 2);
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].event_type, "Violence against civilians");
  EXPECT_GT(r.result.events[0].start, 100u);
}

// A report's shares of its figures are statistics; a share said of the target of an
// incident is not a report.
TEST(EventsContext, AReportsSharesAreNoIncident) {
  auto shares = RunEvents("وأحصت البعثة تراجعا بنسبة 6 في المائة في عدد القتلى مقارنة بالنصف الأول من 2014، لكن "
                          "عدد الجرحى ارتفع 4 في المائة في المعارك بين المتمردين وقوى الأمن الأفغانية.",
                          "2015-08-07");
  EXPECT_TRUE(shares.result.events.empty());
  EXPECT_TRUE(SkippedFor(shares, "statistics"));
  auto sign = RunEvents("وقال إن النسبة الأكبر من الانتهاكات تمثلت في حالات الاعتداء والتهديد 40 حالة بنسبة 46% "
                        "تلتها حالات الاختطاف 36 حالة وبنسبة 41%.", "2015-08-07");
  EXPECT_TRUE(sign.result.events.empty());
  auto stadium = RunEvents("ثم قام تنظيم داعش بتفجير الملعب الأولمبي بعبوات ناسفة بعد أن اكتملت جاهزيته بنسبة 70%.",
                           "2015-08-07");
  EXPECT_TRUE(HasSubType(stadium, "Remote explosive/landmine/IED"));
}

// "Such attacks" are attacks of a kind; "these attacks" name the ones told.
TEST(EventsContext, SuchAttacksAreAttacksInGeneral) {
  auto such = RunEvents("وقالت منظمة هيومن رايتس ووتش أمس إن «مثل هذه الهجمات غير المشروعة تؤدي إلى خسائر بشرية "
                        "فادحة في صفوف المدنيين في عدن».", "2015-07-31");
  EXPECT_TRUE(such.result.events.empty());
  EXPECT_TRUE(SkippedFor(such, "incidents of a kind"));
  auto these = RunEvents("وشن مسلحون هجمات على مراكز الشرطة في عدن أمس.", "2015-07-31");
  EXPECT_FALSE(these.result.events.empty());
}

// The toll of a shipwreck told again in a later clause without its cause is still no attack.
TEST(EventsContext, ANaturalTollToldAgainIsNoAttack) {
  auto wreck = RunEvents("ولا يزال قبطان السفينة التي تسبب غرقها الشهر الماضي في مقتل 800 مهاجر يواصل عمله. وقال أحد "
                         "الناجين إنه فقد في هذه الكارثة زوجته وابنه، والتي تسببت في مقتل نحو 800 راكب.",
                         "2015-07-21");
  EXPECT_TRUE(wreck.result.events.empty());
  EXPECT_TRUE(SkippedFor(wreck, "natural or accidental deaths told before"));
  // Soldiers among the dead of a crash told again make no clash.
  auto crash = RunEvents("قتل 17 شخصا أمس في تحطم مروحية عسكرية بسبب عطل تقني. وقال جنرال إن «17 شخصا قتلوا، 12 "
                         "جنديا وأفراد الطاقم».",
                         "2015-08-07");
  EXPECT_TRUE(crash.result.events.empty());
  EXPECT_TRUE(SkippedFor(crash, "natural or accidental deaths told before"));
  // A clash of its own, whose toll happens to be the crash's, stays.
  auto clash = RunEvents("قتل 17 شخصا أمس في تحطم مروحية عسكرية بسبب عطل تقني. ودارت اشتباكات عنيفة بين الجيش "
                         "ومسلحي طالبان قتل فيها 17 مسلحا.",
                         "2015-08-07");
  EXPECT_TRUE(HasSubType(clash, "Armed clash"));
}

// Clearing that goes on after a capture ("استكملت المقاومة ... تطهير الأجزاء الشمالية لمدينة
// عدن", "تواصل القوات تطهير ما تبقى من جيوب") is no change of control; a clearing of a town
// told as news is.
TEST(EventsContext, ClearingThatGoesOnIsNoCapture) {
  auto on = RunEvents("استكملت المقاومة الشعبية والجيش الموالي للشرعية تطهير الأجزاء الشمالية والجنوبية لمدينة عدن من "
                      "مليشيا الحوثي.",
                      "2015-07-25");
  EXPECT_FALSE(HasSubType(on, "Government regains territory"));
  EXPECT_TRUE(SkippedFor(on, "background: clearing that goes on"));
  auto news = RunEvents("وأعلنت القوات العراقية تطهير بلدة الكرمة من مسلحي تنظيم داعش أمس.", "2015-07-25");
  EXPECT_TRUE(HasSubType(news, "Government regains territory"));
  // Said to go on after it ("فإن التمشيط والتطهير سوف يستمران").
  auto after = RunEvents("وقال أمس إن التمشيط والتطهير في مدينة عدن سوف يستمران على وتيرة قوية.", "2015-07-25");
  EXPECT_FALSE(HasSubType(after, "Government regains territory"));
  EXPECT_TRUE(SkippedFor(after, "background: clearing that goes on"));
}

// A purpose past an opening quotation mark ("بهدف «تحرير» المحافظة"); a record number of
// victims is a statistic ("سجل عدد الضحايا رقما قياسيا"), a record time is not.
TEST(EventsContext, AQuotedPurposeAndARecordNumber) {
  auto quoted = RunEvents("وأعلنت القوات العراقية تكثيف عملياتها في الانبار بهدف «تحرير» المحافظة من سيطرة داعش.", "2015-07-23");
  EXPECT_FALSE(HasSubType(quoted, "Government regains territory"));
  EXPECT_TRUE(SkippedFor(quoted, "a purpose"));
  auto record = RunEvents("من جهة أخرى، سجل عدد الضحايا المدنيين للنزاع في أفغانستان رقما قياسيا جديدا في هجمات حركة طالبان.",
                          "2015-08-07");
  EXPECT_TRUE(SkippedFor(record, "statistics"));
}

// A move toward an act ("تحرك ... نحو تحرير محافظة شبوة") is its aim, and what will enable it
// ("الفترة التي ستمكنها من تحرير الجنوب") the future: neither is the act.
TEST(EventsContext, TowardAnActAndWhatWillEnableItAreNoIncidents) {
  auto toward = RunEvents("أكد قائد المقاومة تحرك قوات المقاومة نحو تحرير محافظة شبوة من ميليشيات الحوثي.", "2015-08-08");
  EXPECT_FALSE(HasSubType(toward, "Government regains territory"));
  EXPECT_TRUE(SkippedFor(toward, "a purpose"));
  auto enable = RunEvents("قدرت مصادر القوات الموالية للشرعية الفترة الزمنية التي ستمكنها من تحرير الجنوب اليمني بنحو 15 يوما.",
                          "2015-08-01");
  EXPECT_TRUE(enable.result.events.empty());
  EXPECT_TRUE(SkippedFor(enable, "future"));
}

// An incident told as the cause of repercussions ("التداعيات الاقتصادية الناتجة من هجوم تنظيم
// داعش") is background: the loan is the news.
TEST(EventsContext, TheRepercussionsOfAnIncidentAreTheNews) {
  auto r = RunEvents("قدم صندوق النقد الدولي مساعدة عاجلة الى العراق بقيمة 1,2 مليار دولار لمواجهة التداعيات الاقتصادية "
                     "الناتجة من هجوم تنظيم داعش المتطرف وتدهور أسعار النفط.",
                     "2015-07-31");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "background: the repercussions"));
}

// An institution, a state or a cause "hijacked" is a figure of speech, no abduction; people
// abducted are.
TEST(EventsContext, AnInstitutionHijackedIsNoAbduction) {
  auto media = RunEvents("وبعض المؤسسات الإعلامية اختطفت منذ وقت مبكر وجعلها أبواقا للفتنة.", "2015-07-31");
  EXPECT_FALSE(HasSubType(media, "Abduction/forced disappearance"));
  EXPECT_TRUE(SkippedFor(media, "a figure of speech"));
  auto revolution = RunEvents("وتحاول الجماعات المنتمية إلى هذه العصابات خطف الثورة والتسلق عليها.", "2015-08-11");
  EXPECT_FALSE(HasSubType(revolution, "Abduction/forced disappearance"));
  auto people = RunEvents("واختطف مسلحون أمس ثلاثة موظفين في مؤسسة إغاثية في عدن.", "2015-08-11");
  EXPECT_TRUE(HasSubType(people, "Abduction/forced disappearance"));
}

// What an anniversary's clause tells of it ("الذكرى العاشرة لهجمات ... في لندن، حيث سقط 52 شخصا
// قتلى عندما فجر أربعة انتحاريين أجهزة ناسفة"), a memorial ("النصب التذكاري لضحايا الهجمات"),
// the next items of a list of kinds ("مثل الاعتداءات، والقتل، والتفجيرات") and what a span runs
// since ("منذ وقوع الهجمات") are no incidents.
TEST(EventsContext, AnAnniversarysClauseAMemorialAListOfKindsAndASpansStart) {
  auto anniversary = RunEvents("حلت مؤخرا الذكرى العاشرة لهجمات السابع من يوليو (تموز) في لندن، حيث سقط 52 شخصا قتلى عندما "
                               "فجر أربعة انتحاريين أجهزة ناسفة في قطارات الأنفاق والحافلات.",
                               "2015-07-24");
  EXPECT_TRUE(anniversary.result.events.empty());
  auto memorial = RunEvents("وأقيمت فعالية عند النصب التذكاري لضحايا الهجمات في متنزه هايد بارك.", "2015-07-24");
  EXPECT_TRUE(memorial.result.events.empty());
  auto kinds = RunEvents("وقبل عقد من الآن كانت جرائم الكراهية مثل الاعتداءات، والقتل، والتفجيرات أكثر شيوعا، لكن العنف "
                         "بات نادرا اليوم.",
                         "2015-07-24");
  EXPECT_TRUE(kinds.result.events.empty());
  auto since = RunEvents("وخلال العقد الذي مر منذ وقوع الهجمات، أصبح الفكر المتشدد من ثوابت الحياة.", "2015-07-24");
  EXPECT_TRUE(since.result.events.empty());
  // Places of two words in a list, then the news: "مثل حوض الأشراف وعصيفرة، اشتباكات عنيفة وقصف".
  auto news = RunEvents("وشهدت أحياء عدة في تعز، مثل حوض الأشراف وعصيفرة، اشتباكات عنيفة وقصف للحوثيين أمس.", "2015-07-27");
  EXPECT_FALSE(news.result.events.empty());
}

// A minefield hit by strikes ("وحقول ألغام قريبة من مدينة الرقة") is a target, no explosion.
TEST(EventsContext, AMinefieldIsNoExplosion) {
  auto r = RunEvents("وقالت قوة المهام المشتركة إن الضربات أصابت وحدات تكتيكية ومواقع قتالية وحقول ألغام قريبة من مدينة "
                     "الرقة.",
                     "2015-07-21");
  EXPECT_FALSE(HasSubType(r, "Remote explosive/landmine/IED"));
  EXPECT_TRUE(SkippedFor(r, "a minefield"));
}

// Weapons a delivery comprises ("دعم عسكري ... يضم دبابات وراجمات صواريخ") are listed, not used:
// the battle the sentence tells stays a battle; an operation that covered provinces ("عملية
// شملت 13 ولاية اعتقل فيها نحو 300") is still an arrest.
TEST(EventsContext, WeaponsADeliveryComprisesAreNotUsed) {
  auto r = RunEvents("وقالت المصادر إن معارك عنيفة دارت في منطقة كرش أمس، وإن تقدم المقاومة جاء عقب تلقيها دعما عسكريا "
                     "من دول التحالف يضم دبابات وراجمات صواريخ وعربات عسكرية.",
                     "2015-08-07");
  EXPECT_FALSE(HasSubType(r, "Shelling/artillery/missile attack"));
  EXPECT_TRUE(SkippedFor(r, "weapons listed"));
  EXPECT_FALSE(r.result.events.empty());
  auto arrests = RunEvents("وأوضح أن القوات الأمنية بدأت أمس بعملية داخلية شملت 13 ولاية اعتقل فيها نحو 300 شخص.", "2015-07-25");
  EXPECT_TRUE(HasSubType(arrests, "Arrests"));
}

// A killing word after a count of thousands, a clause between, with no day of its own, is a
// sum: "أن 34 ألفا و375 مقاتلا أجنبيا جاؤوا إلى سورية من أوروبا ودول عربية مختلفة وآسيا قد قتلوا".
TEST(EventsContext, ThousandsKilledFurtherBackAreASum) {
  auto r = RunEvents("وذكر المرصد أن 34 ألفا و375 مقاتلا أجنبيا جاؤوا إلى سورية من أوروبا ودول عربية مختلفة وآسيا قد "
                     "قتلوا كذلك.",
                     "2015-08-07");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "a toll in the thousands"));
}

// "At that time" (آنذاك, حينها, حينذاك) is a time the text told before: a clause with no day of
// its own that says it is history; with a day of its own it is that day's.
TEST(EventsContext, AtThatTimeIsHistory) {
  auto then = RunEvents("وقد قتل آنذاك خمسة جنود أفغان وأصيب ثمانية آخرون بصاروخ أطلقته قوة إيساف.", "2015-07-21");
  EXPECT_TRUE(then.result.events.empty());
  EXPECT_TRUE(SkippedFor(then, "history: \"at that time\""));
  auto dated = RunEvents("وقتل أمس خمسة جنود أفغان بصاروخ، وكان الجيش حينها يستعد لهجوم.", "2015-07-21");
  EXPECT_FALSE(dated.result.events.empty());
}

// What an anniversary recalls, and a world war, are history; the marches of the day are
// news, and "ذكرى" alone may be a woman's name.
TEST(EventsContext, AnAnniversaryRecallsHistory) {
  auto hiroshima = RunEvents("وعلق وزير الخارجية أمس على ذكرى مرور 70 عاما على القصف الأمريكي لمدينة هيروشيما.", "2015-08-07");
  EXPECT_FALSE(HasSubType(hiroshima, "Shelling/artillery/missile attack"));
  EXPECT_TRUE(SkippedFor(hiroshima, "history: an anniversary"));
  auto war = RunEvents("ودشن قصف هيروشيما في الأيام الأخيرة من الحرب العالمية الثانية العصر النووي.", "2015-08-07");
  EXPECT_TRUE(war.result.events.empty());
  EXPECT_TRUE(SkippedFor(war, "history: a world war"));
  auto march = RunEvents("وشارك مئات المتظاهرين أمس في مسيرة في الذكرى الأولى لمقتل الشاب في فيرغسن.", "2015-08-10");
  EXPECT_TRUE(HasSubType(march, "Peaceful protest"));
  auto name = RunEvents("عبرت الناشطة ذكرى العراسي عن سعادتها بتحرير عدن أمس من ميليشيات الحوثي.", "2015-08-10");
  EXPECT_FALSE(SkippedFor(name, "history: an anniversary"));
}

// A capture or a killing told as what something else came after ("بعد سيطرة المقاومة على
// عدن", "بعد مقتل سلفه") is background; a capture told as news is not; nor is a clash after
// "after" (the clash is the incident).
TEST(EventsContext, WhatSomethingCameAfterIsBackground) {
  auto after = RunEvents("وأكد القيادي أن الأزمة اقتربت من نهايتها، بعد سيطرة المقاومة الشعبية على عدن بالكامل.", "2015-07-22");
  EXPECT_FALSE(HasSubType(after, "Government regains territory"));
  EXPECT_FALSE(HasSubType(after, "Non-state actor overtakes territory"));
  EXPECT_TRUE(SkippedFor(after, "background: what something else came after"));
  auto leader = RunEvents("ودعا الزعيم الجديد للتنظيم، الذي تولى القيادة بعد مقتل سلفه في ضربة أمريكية، إلى شن هجمات.",
                          "2015-07-31");
  EXPECT_TRUE(SkippedFor(leader, "background: what something else came after"));
  auto news = RunEvents("سيطرت المقاومة الشعبية على مدينة عدن بالكامل أمس بعد اشتباكات عنيفة مع الحوثيين.", "2015-07-22");
  EXPECT_FALSE(news.result.events.empty());
}

// Their refusal to surrender ("رفضهم تسليم أنفسهم") is no surrender.
TEST(EventsContext, TheirRefusalIsNoChange) {
  auto r = RunEvents("استكملت المقاومة الشعبية تمشيط المباني في عدن تحسبا لوجود خلايا نائمة تابعة لميليشيات الحوثي، "
                     "وذلك بعد ثلاثة أيام من محاصرتهم ورفضهم تسليم أنفسهم.",
                     "2015-07-21");
  EXPECT_FALSE(HasSubType(r, "Change to group/activity"));
  EXPECT_TRUE(SkippedFor(r, "refusal"));
}

TEST(EventsContext, DecliningToBeNamedIsNoRefusal) {
  auto r = RunEvents("وقال مصدر أمني رفض الكشف عن اسمه إن الشرطة اعتقلت أمس ثلاثة مطلوبين.", "2015-08-01");
  EXPECT_FALSE(HasSubType(r, "Other"));
  EXPECT_TRUE(HasSubType(r, "Arrests"));
}

TEST(EventsContext, TheTopicOfTalksIsNoBattle) {
  auto r = RunEvents("وبدأ وزير الخارجية اليوم محادثات في الدوحة لمناقشة المعركة ضد تنظيم داعش.", "2015-08-01");
  EXPECT_FALSE(HasSubType(r, "Armed clash"));
}

// The side a clause leaves unnamed comes from the article: the battle's opponent, the
// bombing's perpetrator when the police are its target.
TEST(EventsContext, ImpliedOpponentAndPoliceAsTarget) {
  auto battle = RunEvents("وتواصل ميليشيات الحوثي قصف الأحياء السكنية في تعز. وسيطرت المقاومة الشعبية أمس على جبل صبر في تعز.",
                          "2015-08-01");
  bool regained = false;
  for (const auto& e : battle.result.events) {
    if (e.sub_event_type != "Government regains territory") continue;
    regained = true;
    ASSERT_GE(e.actor2, 0);
    EXPECT_EQ(testing::Dicts().actors[e.actor2].id, "houthis");
  }
  EXPECT_TRUE(regained);
  auto bomb = RunEvents("استهدف تفجير مسجدا لقوات الطوارئ في أبها أمس.", "2015-08-07", "SA");
  ASSERT_FALSE(bomb.result.events.empty());
  const Event& e = bomb.result.events[0];
  ASSERT_GE(e.actor2, 0);
  EXPECT_EQ(testing::Dicts().actors[e.actor2].id, "police_sa");
  ASSERT_GE(e.actor1, 0);
  EXPECT_EQ(testing::Dicts().actors[e.actor1].id, "unidentified_gunmen_sa");
}

TEST(EventsContext, LinksFearsAndLongCondemnationsAreNoReports) {
  EXPECT_TRUE(RunEvents("رابط الخبر بصحيفة الوطن: مقتل 12 في تفجير بشرق بغداد", "2015-08-01").result.events.empty());
  EXPECT_TRUE(RunEvents("وقالت إن سكان المدينة لا يخشون القذائف العشوائية.", "2015-08-01").result.events.empty());
  EXPECT_TRUE(RunEvents("وأدان المتحدث باسم الحكومة الأردنية محمد المومني أمس الجريمة الإرهابية التي استهدفت المصلين.",
                        "2015-08-01")
                  .result.events.empty());
  // What follows "بأن" is the content of what was denounced, an incident in its own right.
  auto content = RunEvents("واستنكر المتحدث اتهامات المنظمة بأن طائرات التحالف قصفت مدنيين في 24 يوليو.", "2015-08-01");
  EXPECT_FALSE(content.result.events.empty());
}

// Who speaks is not a party; who is named after "نتيجة"/"بنيران" acts, the victims come
// before it; a pronoun for the speaker after "أن" makes the speaker the one who acts.
TEST(EventsContext, SpeakersAreNoPartiesAndTheCauseNamesWhoActs) {
  const auto& actors = testing::Dicts().actors;
  auto id = [&](int32_t a) { return a >= 0 ? actors[a].id : std::string("-"); };
  auto caused = RunEvents("أعلن التحالف العربي أن جنديا سعوديا قتل نتيجة إطلاق ميليشيا الحوثي قذيفة على جازان أمس.",
                          "2015-08-07", "SA");
  ASSERT_FALSE(caused.result.events.empty());
  for (const auto& e : caused.result.events) {
    EXPECT_EQ(id(e.actor1), "houthis") << e.sub_event_type;
    EXPECT_NE(id(e.actor2), "saudi_led_coalition") << e.sub_event_type;
  }
  auto resumed = RunEvents("أبلغت تركيا الأمم المتحدة أنها بدأت شن غارات جوية على مواقع تنظيم داعش في سوريا أمس.",
                           "2015-07-25");
  ASSERT_FALSE(resumed.result.events.empty());
  for (const auto& e : resumed.result.events) {
    EXPECT_NE(id(e.actor1), "un") << e.sub_event_type;
    EXPECT_NE(id(e.actor2), "un") << e.sub_event_type;
  }
}

// Shells and bombs an aircraft delivers are air strikes (ACLED); artillery's stay shelling.
TEST(EventsContext, WhatAnAircraftDropsIsAnAirStrike) {
  auto air = RunEvents("قال شهود إن الطائرة الحربية أسقطت قنبلة على سوق في بلدة أريحا أمس.", "2015-08-03");
  EXPECT_TRUE(HasSubType(air, "Air/drone strike"));
  EXPECT_FALSE(HasSubType(air, "Remote explosive/landmine/IED"));
  auto jets = RunEvents("وقصف الطيران الإسرائيلي موقعا في غزة أمس.", "2015-08-07");
  EXPECT_TRUE(HasSubType(jets, "Air/drone strike"));
  auto guns = RunEvents("وقصفت المدفعية موقعا في غزة أمس.", "2015-08-07");
  EXPECT_TRUE(HasSubType(guns, "Shelling/artillery/missile attack"));
  EXPECT_FALSE(HasSubType(guns, "Air/drone strike"));
}

// "تفجير آخر" is another incident: its toll is its own, not merged into the first one's.
TEST(EventsContext, AnotherBombingIsAnotherIncident) {
  auto r = RunEvents("قتل 24 شخصا على الأقل اليوم عندما انفجرت سيارة مفخخة في سوق بمدينة بعقوبة. "
                     "وأضافت المصادر أن سبعة آخرين قتلوا في تفجير آخر شرقي المدينة.",
                     "2015-08-10", "IQ");
  std::vector<uint64_t> tolls;
  for (const auto& e : r.result.events)
    if (e.event_type == "Explosions/Remote violence") tolls.push_back(e.fatalities);
  std::sort(tolls.begin(), tolls.end());
  EXPECT_EQ(tolls, (std::vector<uint64_t>{7, 24}));
}

// A generic word the focus country's table drops ("المقاومة" in a Saudi article) is the
// actor of the war the article's named actors fight.
TEST(EventsContext, GenericActorsOfTheTheatreWhenTheFocusDropsThem) {
  const std::string text =
      "وقال المتحدث في الرياض إن الجيش اليمني والمقاومة الشعبية اليمنية والجيش اليمني تقدموا، "
      "وإن المقاومة سيطرت أمس على مدينة لودر.";
  auto r = RunEvents(text, "2015-08-01", "SA");
  bool generic_seen = false;
  for (const auto& a : r.result.actors)
    if (r.Surface(a.start, a.end) == "المقاومة") {
      generic_seen = true;
      EXPECT_EQ(testing::Dicts().actors[a.actor].id, "popular_resistance_ye");
    }
  EXPECT_TRUE(generic_seen);
}

// The agent of a nominal trigger comes after it with ل or after "شنها"; a country after a
// locative word is the place, not its government.
TEST(EventsContext, AgentOfTheAttackNounAndCountriesAsPlaces) {
  const auto& actors = testing::Dicts().actors;
  auto id = [&](int32_t a) { return a >= 0 ? actors[a].id : std::string("-"); };
  auto r = RunEvents("وقتل أربعة جنود أتراك أمس في هجمات منفصلة لحزب العمال الكردستاني في جنوب شرق تركيا.", "2015-08-04",
                     "TR");
  ASSERT_FALSE(r.result.events.empty());
  EXPECT_EQ(id(r.result.events[0].actor1), "pkk");
  for (const auto& a : r.result.actors) EXPECT_NE(r.Surface(a.start, a.end), "تركيا");
  auto g = RunEvents("أصيب أربعة فلسطينيين أمس في غارة شنها الطيران الإسرائيلي على موقع لحماس في غزة.", "2015-08-08", "PS");
  ASSERT_FALSE(g.result.events.empty());
  EXPECT_EQ(id(g.result.events[0].actor1), "israeli_air_force");
}

// A clause that names only the article's country is placed at the article's most named
// town in that country, never at a town of another country.
TEST(EventsContext, CountryLevelPlaceTakesAFocusTownOfThatCountryOnly) {
  constexpr int64_t kTurkey = 10, kBaku = 20, kAzerbaijan = 30, kSilopi = 40;
  geo::GeoResult geo;
  geo.focus.countries = {{kTurkey, kTurkey, 2.f, 2}, {kAzerbaijan, kAzerbaijan, 1.f, 1}};
  geo.focus.cities = {{kBaku, kAzerbaijan, 1.f, 1}};
  auto abroad = RunEvents("قتل جنديان في اشتباكات مع مسلحين في تركيا أمس.", "2015-08-07", "TR", geo, {{"تركيا", kTurkey}});
  ASSERT_FALSE(abroad.result.events.empty());
  EXPECT_EQ(abroad.result.events[0].place, kTurkey);
  geo.focus.cities.push_back({kSilopi, kTurkey, 0.5f, 1});
  auto home = RunEvents("قتل جنديان في اشتباكات مع مسلحين في تركيا أمس.", "2015-08-07", "TR", geo, {{"تركيا", kTurkey}});
  ASSERT_FALSE(home.result.events.empty());
  EXPECT_EQ(home.result.events[0].place, kSilopi);
}

// Clashes between security forces and demonstrators are a riot, the demonstrators first;
// who is abducted follows the abduction noun.
TEST(EventsContext, ClashesWithDemonstratorsAreARiotAndTheAbductedFollowTheNoun) {
  const auto& actors = testing::Dicts().actors;
  auto id = [&](int32_t a) { return a >= 0 ? actors[a].id : std::string("-"); };
  auto riot = RunEvents("وقعت أمس صدامات بين قوات الأمن ومتظاهرين في عدة بلدات.", "2015-07-30", "TR");
  ASSERT_FALSE(riot.result.events.empty());
  EXPECT_EQ(riot.result.events[0].sub_event_type, "Violent demonstration");
  EXPECT_EQ(id(riot.result.events[0].actor1), "rioters");  // ACLED: a riot's actor is Rioters
  auto taken = RunEvents("وأفادت مصادر أمس بخطف شرطيين في ديار بكر.", "2015-07-30", "TR");
  const auto abductions =
      EventsWhere(taken, [](const Event& e) { return e.sub_event_type == "Abduction/forced disappearance"; });
  for (const Event* e : abductions) {
    EXPECT_EQ(id(e->actor2), "police_tr");
    EXPECT_NE(id(e->actor1), "police_tr");
  }
  EXPECT_FALSE(abductions.empty());
}

// An actor is never its own opponent: a reading that names one actor twice leaves actor 2
// unknown.
TEST(EventsContext, NoActorIsItsOwnOpponent) {
  for (const char* text : {"وقال التلفزيون إن جنديا تركيا قتل اليوم برصاص أطلق من الجانب السوري على الحدود.",
                           "وقتل أمس خمسة جنود وأصيب ثمانية آخرون بصاروخ أطلقته قوة إيساف."}) {
    auto r = RunEvents(text, "2024-03-10");
    ASSERT_FALSE(r.result.events.empty()) << text;
    for (const auto& e : r.result.events) {
      if (e.actor1 >= 0) {
        EXPECT_NE(e.actor1, e.actor2) << text;
      }
    }
  }
}

// Deaths a storm, a flood or a drowning caused are not political violence (ACLED); an
// armed actor's attack in the same words is.
TEST(EventsContext, NaturalCausesAreNotEvents) {
  for (const char* text : {"وأسفر الإعصار عن مقتل ستة أشخاص في تايوان أمس.",
                           "وتطرقت إلى ما أحدثته الفيضانات الشديدة في ميانمار من مقتل 114 شخصاً.",
                           "وهو قبطان السفينة التي تسبب غرقها الشهر الماضي في مقتل 800 مهاجر."}) {
    auto r = RunEvents(text, "2015-08-09");
    EXPECT_TRUE(r.result.events.empty()) << text;
    EXPECT_TRUE(SkippedFor(r, "natural or accidental")) << text;
  }
  auto attack = RunEvents("وأسفر القصف عن مقتل ستة أشخاص في تايوان أمس.", "2015-08-09");
  EXPECT_EQ(attack.result.events.size(), 1u);
}

// "وأدى ذلك إلى مقتل ..." gives the toll of the attack told just before: one event.
TEST(EventsContext, OutcomeClauseCompletesTheEarlierIncident) {
  auto r = RunEvents("واستهدف مسلحون مجهولون أمس دورية للشرطة في مدينة ديار بكر. وأدى ذلك إلى مقتل شرطي وإصابة اثنين آخرين.",
                     "2015-07-23");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].fatalities, 1);
  EXPECT_EQ(r.result.events[0].mentions.size(), 2u);
  // A particle before the verb, and "ما" (which) for the clause before it.
  for (const char* outcome : {"وقد نتج عن ذلك استشهاد شرطي وإصابة اثنين آخرين.",
                              "مما أدى لاستشهاد شرطي وإصابة اثنين آخرين."}) {
    auto p = RunEvents(std::string("واستهدف مسلحون مجهولون أمس دورية للشرطة في مدينة ديار بكر. ") + outcome, "2015-07-23");
    ASSERT_EQ(p.result.events.size(), 1u) << outcome;
    EXPECT_EQ(p.result.events[0].fatalities, 1) << outcome;
  }
}

// A column speaks in the first person: its triggers with no date, count or lead of their
// own are the writer's argument. The same words told in the news' third person stay.
TEST(EventsContext, AColumnsUndatedReadingsAreCommentary) {
  std::string column = "مقال رأي عن الوطن والمستقبل.\n";
  for (int i = 0; i < 12; ++i) column += "نحن في أمس الحاجة إلى مراجعة كل ما يغذي الفكر المنحرف، ولنا في تاريخنا عبرة.\n";
  const std::string trigger = "وكانت عصابات داعش قد شنت هجوما على المساجد في المنطقة الشرقية.\n";
  // (Each with its place: an article that names none gives no row.)
  auto r = RunEvents(column + trigger, "2015-07-22", "", {}, {{"المنطقة", 1}});
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "commentary"));
  std::string news = "تقرير عن الوطن والمستقبل.\n";
  for (int i = 0; i < 12; ++i) news += "وقال المسؤولون في الوزارة إن مراجعة كل ما يغذي الفكر المنحرف جارية، وإن في التاريخ عبرة.\n";
  // (A verb telling the attack: a weak reading of an undated article is background.)
  auto kept = RunEvents(news + "وشنت عصابات داعش هجوما على المساجد في المنطقة الشرقية.\n", "2015-07-22", "", {},
                        {{"المنطقة", 1}});
  EXPECT_FALSE(kept.result.events.empty());
  // A dated incident in the column is news all the same.
  auto dated = RunEvents(column + "وشن تنظيم داعش أمس هجوما على مسجد في الدمام أسفر عن مقتل خمسة أشخاص.\n", "2015-07-22",
                         "", {}, {{"الدمام", 1}});
  EXPECT_FALSE(dated.result.events.empty());
}

// The writer's opinion and community ("لا أعتقد", "بلادنا", "مجتمعنا") mark a column as the
// first-person pronouns do.
TEST(EventsContext, AColumnsOpinionMarksItToo) {
  std::string column = "مقال رأي عن الوطن والمستقبل.\n";
  for (int i = 0; i < 12; ++i) column += "لا أعتقد أن مراجعة ما يغذي الفكر المنحرف في بلادنا ستكفي، وفي التاريخ عبرة لمجتمعنا.\n";
  auto r = RunEvents(column + "وكانت عصابات داعش قد شنت هجوما على المساجد في المنطقة الشرقية.\n", "2015-07-22", "", {},
                     {{"المنطقة", 1}});
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "commentary"));
}

// A letter or a statement given in full after "فيما يلي نصه" speaks in its author's first
// person, not the writer's: the report around it is news, and its undated readings stay.
TEST(EventsContext, AStatementGivenInFullIsNotTheWritersVoice) {
  std::string letter = "صدر عن قيادة التحالف بيان بشأن الهدنة الإنسانية فيما يلي نصه:\n";
  for (int i = 0; i < 12; ++i) letter += "إننا يا خادم الحرمين نحن نعمل على إدخال المساعدات ولنا في ذلك رغبة صادقة.\n";
  // (A verb telling the attack: a weak reading of an undated article is background.)
  const std::string told = "وشنت عصابات داعش هجوما على المساجد في المنطقة الشرقية.\n";
  auto r = RunEvents(letter + told, "2015-07-22", "", {}, {{"المنطقة", 1}});
  EXPECT_FALSE(SkippedFor(r, "commentary"));
  EXPECT_FALSE(r.result.events.empty());
  // The same words as the writer's own are a column's.
  std::string column = "صدر عن قيادة التحالف بيان بشأن الهدنة الإنسانية.\n";
  for (int i = 0; i < 12; ++i) column += "إننا يا خادم الحرمين نحن نعمل على إدخال المساعدات ولنا في ذلك رغبة صادقة.\n";
  auto c = RunEvents(column + told, "2015-07-22", "", {}, {{"المنطقة", 1}});
  EXPECT_TRUE(SkippedFor(c, "commentary"));
}

// Three sentences that tell no incident: a sentence after them is past the article's lead.
const std::string kNoIncident =
    "وأضافت المصادر أن الوضع الإنساني في المدينة صعب. وتعاني الأحياء من نقص المياه. وتحدث السكان عن انقطاع الكهرباء. ";

// An event of `r` has the trigger `surface`.
bool HasTrigger(const testing::Run& r, std::string_view surface) {
  for (const auto& e : r.result.events)
    if (r.Surface(e.trigger_start, e.trigger_end) == surface) return true;
  return false;
}

// A battle's result reported by the verb that ends in it ("انتهت بالسيطرة على", "أسفرت عن
// تطهير") is an incident, not a definite noun's background; the cause ("أدت سيطرة ... إلى")
// is not.
TEST(EventsContext, ABattlesResultIsReported) {
  const std::string lead = "قالت مصادر محلية إن المقاومة الشعبية شنت أمس هجوما على مواقع الحوثيين في تعز. ";
  auto r = RunEvents(lead + kNoIncident + "وقادت امرأة عملية عسكرية ناجحة، انتهت بالسيطرة على أحد المواقع المهمة في جبل صبر.",
                     "2015-08-06", "", {}, {{"تعز", 1}, {"صبر", 2}});
  EXPECT_TRUE(HasTrigger(r, "السيطرة"));
  auto cause = RunEvents(lead + kNoIncident + "وأدت السيطرة على المواقع في جبل صبر إلى انسحاب المقاتلين.", "2015-08-06", "", {},
                         {{"تعز", 1}, {"صبر", 2}});
  EXPECT_FALSE(HasTrigger(cause, "السيطرة"));
}

// "Another" after an incident noun tells a new incident ("استهدف هجوم آخر بسيارة مفخخة"),
// reported though only the sentence before dates it; "مصادر أخرى" tells none.
TEST(EventsContext, AnotherAttackIsANewIncident) {
  const std::string lead = "قتل 30 شخصا أمس في تفجير انتحاري استهدف تجمعا في مدينة سروج التركية. ";
  const std::string filler = "وندد الرئيس بالهجوم. وقال إن مرتكبيه سيحاسبون. وأعلنت الحكومة الحداد. ";
  auto r = RunEvents(lead + kNoIncident + "وبعيد ذلك، استهدف هجوم آخر بسيارة مفخخة حاجزا لمقاتلين أكراد جنوب مدينة كوباني.",
                     "2015-07-21", "", {}, {{"سروج", 1}, {"كوباني", 2}});
  EXPECT_EQ(r.result.events.size(), 2u);
  auto other = RunEvents(lead + kNoIncident + "وقالت مصادر أخرى إن سيارة مفخخة استخدمت في الهجوم على سروج.", "2015-07-21", "",
                         {}, {{"سروج", 1}});
  EXPECT_EQ(other.result.events.size(), 1u);
}

// "ألغام" begins with its own أل, not the article: "قتلوا بانفجار ألغام" reports as an
// indefinite noun does, unlike "الألغام".
TEST(EventsContext, MinesAndTheirAlifLamAreNoArticle) {
  const std::string lead = "سيطرت المقاومة الشعبية أمس على مدينة عدن بعد معارك مع الحوثيين. ";
  auto r = RunEvents(lead + kNoIncident + "وقال مسؤول صحي إن مدنيين قتلوا بانفجار ألغام أرضية تركها الحوثيون في زنجبار.",
                     "2015-08-10", "", {}, {{"عدن", 1}, {"زنجبار", 2}});
  EXPECT_TRUE(HasTrigger(r, "ألغام"));
  auto the = RunEvents(lead + kNoIncident + "وقال مسؤول صحي إن الألغام التي تركها الحوثيون في زنجبار خطيرة.", "2015-08-10", "",
                       {}, {{"عدن", 1}, {"زنجبار", 2}});
  EXPECT_FALSE(HasTrigger(the, "الألغام"));
}

// Seizing arms or goods is looting, not territory: "استولى على ذخيرة ومعدات", "الاستيلاء على
// أسلحة" (triggers.tsv); "استولى على البلدة" still takes a place.
TEST(EventsContext, SeizingArmsIsNoTerritory) {
  auto r = RunEvents("وقال التنظيم إنه استولى على أسلحة ومعدات من مقر للجيش في بنغازي أمس.", "2015-08-03", "", {},
                     {{"بنغازي", 1}});
  EXPECT_FALSE(HasSubType(r, "Non-state actor overtakes territory"));
  auto town = RunEvents("وقال التنظيم إنه استولى على بلدة قرب بنغازي أمس.", "2015-08-03", "", {}, {{"بنغازي", 1}});
  EXPECT_TRUE(HasSubType(town, "Non-state actor overtakes territory"));
}

// "الهجوم" with no date of its own names the incident told before, whatever weapon that
// one was: the suicide bombing and "the attack left more than 50 dead" are one event, and
// the generic noun does not make the bombing a battle.
TEST(EventsContext, AGenericDefiniteNounNamesTheIncidentToldBefore) {
  const std::string bombing = "وقال الجناح المسلح للحزب في بيان إن التفجير الانتحاري بسيارة مفخخة استهدف ثكنة للدرك أمس.";
  const std::string recap = " وأكد المتمردون أن الهجوم خلف أكثر من 50 قتيلا في صفوف القوات التركية.";
  auto r = RunEvents(bombing + recap, "2015-08-04");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].mentions.size(), 2u);
  EXPECT_EQ(r.result.events[0].event_type, "Explosions/Remote violence");
  EXPECT_EQ(r.result.events[0].fatalities, 50);
  // "هجوم" without the article reports one more.
  auto another = RunEvents(bombing + " وأكد المتمردون أن هجوما خلف أكثر من 50 قتيلا في صفوف القوات التركية.", "2015-08-04");
  EXPECT_EQ(another.result.events.size(), 2u);
  // The day of the statement is not the attack's own: "وأكد المتحدث في بيان له اليوم أن
  // الهجوم الإرهابي الغادر يعكس خطورة الإرهاب".
  auto spoken = RunEvents(bombing + " وأكد المتحدث في بيان له اليوم أن الهجوم الإرهابي الغادر يعكس خطورة الإرهاب.",
                          "2015-08-04");
  EXPECT_EQ(spoken.result.events.size(), 1u);
}

// An undated definite noun away from the lead is fighting the reader knows of ("وتوقف
// القتال في المدينة"), unless a verb of taking place reports it ("ويجري الاشتباك مع
// القناصة", "ودارت المعارك").
TEST(EventsContext, AVerbOfTakingPlaceReportsTheDefiniteNoun) {
  const std::string lead = "قالت مصادر في المقاومة الشعبية إن الحوثيين انسحبوا من مطار عدن أمس.\n";
  auto background = RunEvents(lead + "ولا تزال القناصة في مباني المعاشيق بكريتر بعد توقف الاشتباك مع المقاومة.", "2015-07-21");
  EXPECT_TRUE(SkippedFor(background, "background: a definite noun"));
  auto ongoing = RunEvents(lead + "ولا تزال القناصة في مباني المعاشيق بكريتر ويجري الاشتباك مع المقاومة.", "2015-07-21");
  EXPECT_FALSE(SkippedFor(ongoing, "background: a definite noun"));
  EXPECT_EQ(ongoing.result.events.size(), background.result.events.size() + 1);
  // "وتستمر المعارك حتى اللحظة", "مع استمرار الاشتباكات": fighting going on as the news is
  // written, not a habit.
  for (const char* text : {"وتستمر المعارك حتى اللحظة بين المقاومة والحوثيين في كريتر.",
                           "وأفاد سكان باستمرار الاشتباكات بين المقاومة والحوثيين في كريتر."}) {
    auto going = RunEvents(lead + text, "2015-07-21");
    EXPECT_EQ(going.result.events.size(), background.result.events.size() + 1) << text;
  }
}

// After the article's dated incident, a reading with nothing of its own (no date, count,
// actors) is an aside: "عن سعادته في استكمال تحرير محافظة عدن" is no capture of Aden. One
// with its parties named ("استعادت المقاومة السيطرة ... من الحوثيين") is reported.
TEST(EventsContext, AWeaklyCuedReadingDatedOnlyByTheContextIsBackground) {
  const std::string lead = "قتل خمسة مدنيين أمس في قصف للحوثيين على مدينة تعز.\n";
  auto aside = RunEvents(lead + "وعبر المسؤول الأوروبي عن سعادته في استكمال تحرير محافظة عدن.", "2015-07-25", "YE", {},
                         {{"عدن", 1}});
  EXPECT_TRUE(SkippedFor(aside, "background: weakly cued"));
  ASSERT_EQ(aside.result.events.size(), 1u);
  auto reported = RunEvents(lead + "وأضاف أن المقاومة الشعبية استعادت السيطرة على قاعدة العند من الحوثيين.", "2015-07-25",
                            "YE", {}, {{"العند", 2}});
  EXPECT_FALSE(SkippedFor(reported, "background: weakly cued"));
  EXPECT_EQ(reported.result.events.size(), 2u);
  // A verb tells the action; a count of strikes reports them.
  for (const char* text : {"وأضاف أن المقاومة سيطرت على محافظة عدن.", "وأضاف أن سبع ضربات استهدفت محافظة عدن."}) {
    auto told = RunEvents(lead + text, "2015-07-25", "YE", {}, {{"تعز", 3}, {"عدن", 1}});
    EXPECT_FALSE(SkippedFor(told, "background: weakly cued")) << text;
    EXPECT_EQ(told.result.events.size(), 2u) << text;
  }
}

// A suicide bombing, "a car bomb left outside the station" and "the blast was big" told
// after it are one blast: one event.
TEST(EventsContext, OneBlastToldThreeWaysIsOneEvent) {
  auto r = RunEvents("قتل ستة أشخاص على الأقل أمس في تفجير انتحاري في سوق المدينة. وقال المسؤولون إن سيارة "
                     "مفخخة كانت قد تركت قرب السوق. وقال حاكم المقاطعة إن التفجير كان "
                     "كبيرا وتسبب في دمار كبير.",
                     "2015-08-07");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].fatalities, 6);
}

// "يذكر أن ...", "ويشار إلى أن ...": a reminder of what the reader knows, not news, unless
// the clause dates it within the week.
TEST(EventsContext, AReminderIsBackground) {
  for (const char* text : {"يذكر أن تنظيم داعش سيطر على مدينة الرمادي وقتل العشرات من الجنود.",
                           "ويشار إلى أن مسلحين هاجموا مركزا للشرطة في المدينة.",
                           "ومن الجدير بالذكر أن الطيران قصف المدينة مرارا."}) {
    auto r = RunEvents(text, "2015-07-20");
    EXPECT_TRUE(r.result.events.empty()) << text;
    EXPECT_TRUE(SkippedFor(r, "background: a reminder")) << text;
  }
  auto dated = RunEvents("يذكر أن مسلحين هاجموا أمس مركزا للشرطة في المدينة.", "2015-07-20");
  EXPECT_FALSE(dated.result.events.empty());
}

// "هجمات" with no date, count or lead of its own is attacks in general; dated, it reports.
TEST(EventsContext, APluralOfAttacksIsNoIncidentOfItsOwn) {
  const std::string lead = "قتل خمسة جنود أمس في هجوم على موقع عسكري في مدينة ديار بكر.\n";
  auto general = RunEvents(lead + "وتنسب السلطات إلى الحزب هجمات على المواقع العسكرية في شرق البلاد.", "2015-08-04");
  EXPECT_TRUE(SkippedFor(general, "attacks in general"));
  auto dated = RunEvents(lead + "وشن مسلحون أمس هجمات على المواقع العسكرية في شرق البلاد.", "2015-08-04");
  EXPECT_FALSE(SkippedFor(dated, "attacks in general"));
}

// So is the singular with nothing of its own ("تتحدث عن هجوم بهذا الحجم"); one said
// to have happened ("ووقع هجوم انتحاري في السوق") is reported.
TEST(EventsContext, AnAttackInGeneralIsNoIncidentOfItsOwn) {
  const std::string lead = "قصفت طائرات التحالف أمس مواقع للتنظيم في مدينة الرمادي.\n";
  auto general = RunEvents(lead + "وقال الخبير إن الحكومة تتحدث عن هجوم بهذا الحجم في البلاد.", "2015-08-04");
  EXPECT_TRUE(SkippedFor(general, "attacks in general"));
  auto happened = RunEvents(lead + "ووقع هجوم انتحاري في سوق المدينة صباحا.", "2015-08-04");
  EXPECT_FALSE(SkippedFor(happened, "attacks in general"));
}

// What a speaker goes on to say in quotation marks, with no date, count or lead of its own, is
// commentary ('ومضى قائلا "... بادرت باجتياح العاصمة'); an officer's account after a colon
// ('لـ«الشرق الأوسط»: «دمرت طائرات التحالف ...') and a quoted term are not set aside.
TEST(EventsContext, ASpeakersQuotedWordsAreCommentary) {
  const std::string lead = "قصفت طائرات التحالف أمس مواقع للحوثيين في مدينة صعدة.\n";
  auto quoted = RunEvents(lead + "ومضى قائلا \"إن هذه الميليشيات هي التي بادرت باجتياح العاصمة وسيطرت على مؤسسات الدولة\".",
                          "2015-07-27", "", {}, {{"صعدة", 1}});
  EXPECT_TRUE(SkippedFor(quoted, "commentary: a speaker's quoted words"));
  auto account = RunEvents(lead + "وقال العقيد للصحيفة: «اجتاحت الميليشيات قرية في المنطقة».", "2015-07-27", "", {},
                           {{"صعدة", 1}});
  EXPECT_FALSE(SkippedFor(account, "commentary: a speaker's quoted words"));
}

// A weakly cued reading after the lead of an article that dates nothing (dated from the
// publication) is background as one dated by an earlier sentence is ("أن تحرير شقرة يمهد
// لعودة النازحين"); not a verb after its subject ("إن الجيش سيطر على مدينة شقرة") nor what was
// achieved ("تمكنوا من دحر الميليشيات").
TEST(EventsContext, AWeakReadingOfAnUndatedArticleIsBackground) {
  const std::string lead =
      "قصفت طائرات التحالف مواقع للحوثيين في مدينة صعدة. وتواصل الطائرات التحليق فوق المدينة. "
      "ويعيش السكان ظروفا صعبة. وتنقطع الكهرباء عن الأحياء. ";
  const std::vector<std::pair<std::string, int64_t>> places = {{"صعدة", 1}, {"شقرة", 2}};
  auto weak = RunEvents(lead + "وأكد المحافظ أن تحرير شقرة يمهد لعودة النازحين.", "2015-08-11", "", {}, places);
  EXPECT_TRUE(SkippedFor(weak, "background: weakly cued"));
  auto verb = RunEvents(lead + "وقال المتحدث إن الجيش سيطر على مدينة شقرة.", "2015-08-11", "", {}, places);
  EXPECT_FALSE(SkippedFor(verb, "background: weakly cued"));
  auto achieved = RunEvents(lead + "وقال المتحدث إن المقاتلين تمكنوا من دحر الميليشيات من مدينة شقرة.", "2015-08-11", "",
                            {}, places);
  EXPECT_FALSE(SkippedFor(achieved, "background: weakly cued"));
}

// What a security raid targets is people to arrest ("كما شنت حملات استهدفت عناصر الحزب في
// أنقرة"), not a strike; a campaign of violence ("حملة اغتيالات استهدفت") is not set aside.
TEST(EventsContext, ARaidsTargetsAreNoStrike) {
  auto raid = RunEvents("ألقت قوات الأمن القبض على 17 شخصا أمس، كما شنت حملات استهدفت عناصر الحزب في العاصمة أنقرة.",
                        "2015-08-08");
  EXPECT_TRUE(SkippedFor(raid, "a security raid's targets"));
  for (const auto& e : raid.result.events) EXPECT_NE(e.event_type, "Explosions/Remote violence");
  auto campaign = RunEvents("وشن الحزب أمس حملة اغتيالات استهدفت شخصيات في العاصمة أنقرة.", "2015-08-08");
  EXPECT_FALSE(SkippedFor(campaign, "a security raid's targets"));
}

// Strikes or fighting over a week or more ("خلال أسبوعين من الغارات الجوية") are a campaign
// told in sum; two days of fighting are a battle's.
TEST(EventsContext, ACampaignOverWeeksIsNoIncident) {
  auto weeks = RunEvents("وذكرت الوكالة اليوم أن نحو 390 مقاتلا كرديا قتلوا خلال أسبوعين من الغارات الجوية التركية على "
                         "قواعد للمتمردين في شمال العراق.",
                         "2015-08-09");
  EXPECT_TRUE(SkippedFor(weeks, "a campaign told in sum over a week or more"));
  EXPECT_TRUE(weeks.result.events.empty());
  auto days = RunEvents("وقال إن 21 متمردا قتلوا خلال يومين من القتال الشرس مع قوات الأمن في الإقليم.", "2015-07-26");
  EXPECT_FALSE(SkippedFor(days, "a campaign told in sum over a week or more"));
  EXPECT_FALSE(days.result.events.empty());
}

// Fighting in its Nth month in a row tells its sum ("تتواصل المعارك ... للشهر الرابع على التوالي
// ... التي خلفت أكثر من 170 قتيلا"): no incident, no toll.
TEST(EventsContext, FightingInItsFourthMonthIsNoIncident) {
  auto r = RunEvents("تتواصل المعارك بين قبائل مأرب والميليشيات الحوثية للشهر الرابع على التوالي على مدخل محافظة مأرب، "
                     "التي خلفت أكثر من 170 قتيلا من الميليشيات الحوثية.",
                     "2015-08-03");
  EXPECT_TRUE(SkippedFor(r, "fighting told over weeks or months in a row"));
  for (const auto& e : r.result.events) EXPECT_NE(e.fatalities, 170u);
}

// The toll of fighting that goes on ("جراء القتال الدائر"), with no day of its own, is a sum;
// with its day ("أمس") it is the day's.
TEST(EventsContext, TheTollOfOngoingFightingIsASum) {
  auto sum = RunEvents("وقال نقلا عن دائرة صحة محافظة الانبار ان 174 من المدنيين قتلوا واصيب 453 آخرون بجروح جراء القتال "
                       "الدائر بين القوات الامنية وعناصر تنظيم داعش.",
                       "2015-08-01");
  EXPECT_TRUE(SkippedFor(sum, "the toll of fighting that goes on"));
  for (const auto& e : sum.result.events) EXPECT_NE(e.fatalities, 174u);
  auto day = RunEvents("وقتل خمسة مدنيين أمس جراء القتال الدائر بين القوات الامنية وعناصر تنظيم داعش في الرمادي.",
                       "2015-08-01");
  EXPECT_FALSE(SkippedFor(day, "the toll of fighting that goes on"));
}

// What a political move, a project or a speech "targets" is its aim, and so is a verbal noun
// of aim after the verb: no attack. A strike that targets a convoy still is one.
TEST(EventsContext, AMovesOrAnAimsTargetIsNoAttack) {
  auto move = RunEvents("ودعا إردوغان البرلمان أمس لنزع الحصانة عن النواب في تحرك يستهدف المعارضة المؤيدة للأكراد.",
                        "2015-07-29");
  EXPECT_TRUE(SkippedFor(move, "a move, measure or project that targets"));
  EXPECT_TRUE(move.result.events.empty());
  auto aim = RunEvents("وألقى الحوثي خطابا أمس استهدف رفع الروح المعنوية لقواته.", "2015-08-08");
  EXPECT_TRUE(aim.result.events.empty());
  auto strike = RunEvents("وفي هجوم جديد صباح اليوم استهدف قافلة عسكرية، قتل جنديان تركيان.", "2015-07-29");
  EXPECT_FALSE(strike.result.events.empty());
  EXPECT_FALSE(SkippedFor(strike, "a move, measure or project that targets"));
}

// A front line named ("في كل جبهات القتال", "يفرون من جبهات القتال") is no incident; the
// sentence's own incident still is ("تصدت المقاومة أمس لهجمات ... في جبهات القتال").
TEST(EventsContext, AFrontLineIsNoIncident) {
  auto front = RunEvents("وتعهدت الوزارة باستمرار الدعم للمقاومة في كل جبهات القتال.", "2015-08-05");
  EXPECT_TRUE(SkippedFor(front, "a front line named"));
  EXPECT_TRUE(front.result.events.empty());
  auto incident = RunEvents("وتصدت المقاومة أمس لهجمات شنها الحوثيون على مواقعها في جبهات القتال بمحافظة مأرب.",
                            "2015-08-05", "YE");
  EXPECT_EQ(incident.result.events.size(), 1u);
}

// A place said to have become held ("أصبح تحت سيطرة قوات المقاومة") changed hands; one that
// is held ("لا تزال تحت سيطرة"), or a relative clause describing a place ("سرت التي أصبحت تحت
// سيطرة"), is no incident.
TEST(EventsContext, APlaceThatBecameHeldChangedHands) {
  auto became = RunEvents("وأوضح قائد العمليات أن مدخل مدينة دار سعد في شمال عدن أصبح تحت سيطرة قوات المقاومة الشعبية.",
                          "2015-07-23", "YE");
  ASSERT_EQ(became.result.events.size(), 1u);
  EXPECT_EQ(became.result.events[0].event_type, "Battles");
  EXPECT_NE(became.result.events[0].sub_event_type.find("territory"), std::string::npos);
  auto fully = RunEvents("وقال المصدر إن قاعدة العند باتت بالكامل تحت سيطرة الجيش الوطني.", "2015-08-04", "YE");
  ASSERT_EQ(fully.result.events.size(), 1u);
  EXPECT_EQ(fully.result.events[0].sub_event_type, "Government regains territory");
  auto held = RunEvents("وقال المصدر إن قاعدة العند لا تزال تحت سيطرة الحوثيين.", "2015-08-04", "YE");
  EXPECT_TRUE(held.result.events.empty());
  auto described = RunEvents("وكان لا بد من المرور على مدينة سرت التي أصبحت تحت سيطرة أنواع جديدة من المسلحين.",
                             "2015-07-21", "LY");
  EXPECT_TRUE(described.result.events.empty());
}

// A weapon after ل is whose it is, not a purpose: "إثر سلسلة انفجارات لألغام أرضية" (the أل
// of ألغام is no article) is the landmines' blast, the incident's weapon.
TEST(EventsContext, MinesAfterLamAreTheWeapon) {
  auto r = RunEvents("قتل 9 أشخاص بينهم 5 مدنيين السبت إثر سلسلة انفجارات لألغام أرضية زرعها المتمردون في عدن.",
                     "2015-08-03", "YE");
  EXPECT_FALSE(SkippedFor(r, "a purpose"));
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Remote explosive/landmine/IED");
}

// Trying to take a place back is no change of territory.
TEST(EventsContext, AnAttemptAtTerritoryIsNoChange) {
  auto r = RunEvents("وشن طيران التحالف أمس غارات لدعم القوات التي تحاول استعادة مدن يسيطر عليها التنظيم.", "2015-07-23");
  EXPECT_TRUE(SkippedFor(r, "an attempt at territory"));
  for (const auto& e : r.result.events) EXPECT_NE(e.sub_event_type, "Government regains territory");
}

// "رئيس تحرير موقع الإصلاح" is an editor; "بهدف تحرير المحافظة" a purpose.
TEST(EventsContext, AnEditorAndAnAimAreNoLiberation) {
  auto editor = RunEvents("واختطف مسلحون أمس عبدالخالق عمران رئيس تحرير موقع الإصلاح في صنعاء.", "2015-07-22");
  EXPECT_TRUE(SkippedFor(editor, "a newspaper's editor"));
  for (const auto& e : editor.result.events) EXPECT_NE(e.sub_event_type, "Government regains territory");
  auto managing = RunEvents("وقالت الكاتبة ومدير تحرير مجلة المنظمة إن الحوثيين قصفوا عدن أمس.", "2015-07-22");
  for (const auto& e : managing.result.events) EXPECT_NE(e.sub_event_type, "Government regains territory");
  auto aim = RunEvents("وكثفت القوات العراقية أمس عملياتها في الأنبار بهدف تحرير المحافظة.", "2015-07-22");
  EXPECT_TRUE(SkippedFor(aim, "a purpose"));
}

// "ويأتي التفجير عقب سلسلة من الهجمات ...": the news' background is not an incident of
// this report, unless the clause dates it in the days before ("عقب مقتل 15 جنديا الجمعة").
TEST(EventsContext, WhatTheNewsComesAfterIsBackground) {
  // The bombing (the subject of "يأتي") is the news; the series after "عقب" is not.
  auto r = RunEvents("ويأتي التفجير عقب سلسلة من الهجمات في بغداد أسفرت عن مقتل عشرات الأشخاص.", "2015-08-11");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].trigger_start, 6u);  // "التفجير", after "ويأتي "
  EXPECT_EQ(r.result.events[0].fatalities, 0);
  EXPECT_TRUE(SkippedFor(r, "background: what the news comes after"));
  auto dated = RunEvents("وتأتي تصريحاته عقب مقتل 15 جنديا تركيا يوم الجمعة في هجوم شنه متمردون على موقع على الحدود.",
                         "2007-10-23");
  EXPECT_FALSE(dated.result.events.empty());
}

// A helicopter that crashed "بسبب عطل تقني" and a plot "يهدفون إلى تفجير قنبلة" are no
// incidents.
TEST(EventsContext, TechnicalFailuresAndAimsAreNotIncidents) {
  auto crash = RunEvents("وقتل 17 شخصا أمس في تحطم مروحية بسبب عطل تقني في ولاية زابل.", "2015-08-06");
  EXPECT_TRUE(crash.result.events.empty());
  auto aim = RunEvents("وأوضحت الصحيفة أن المتطرفين يهدفون إلى تفجير قنبلة في وسط لندن.", "2015-08-09");
  EXPECT_TRUE(aim.result.events.empty());
  EXPECT_TRUE(SkippedFor(aim, "plan or prevention"));
}

// Whose aircraft the article names flies its unattributed air strikes: the forces named
// after "استهدفت مواقع" are targets, the first of them actor 2.
TEST(EventsContext, TheArticlesAircraftFlyItsAirStrikes) {
  auto r = RunEvents("وكثفت طائرات التحالف من غاراتها ضد مواقع المتمردين في قاعدة العند. "
                     "وقالت مصادر محلية إن عشرات الغارات استهدفت أمس مواقع الحوثيين وقوات صالح في صعدة.",
                     "2015-08-03");
  ASSERT_GE(r.result.events.size(), 1u);
  const auto& last = r.result.events.back();
  EXPECT_EQ(Id(last.actor1), "saudi_led_coalition");
  EXPECT_EQ(Id(last.actor2), "houthis");
}

// "بعد تحرير المدينة", "المشاركين في تحرير عدن": a change of territory named after a
// preposition is background; "أعلن الجيش تحرير المدينة أمس" reports it.
TEST(EventsContext, ALiberationAfterAPrepositionIsBackground) {
  auto r = RunEvents("وأكد أن الموانئ تعمل منذ تحرير المدينة وتستقبل السفن بشكل عادي.", "2015-08-01");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "background: a change of territory"));
  auto news = RunEvents("وأعلن الجيش تحرير المدينة من قبضة الميليشيات أمس.", "2015-08-01");
  EXPECT_EQ(news.result.events.size(), 1u);
}

// A drone strike nobody is named to have flown is the theatre's drone operator's (ACLED
// codes Yemen's to the United States); elsewhere it stays unattributed.
TEST(EventsContext, AnUnattributedDroneStrikeIsTheTheatresOperators) {
  const char* text = "وأفاد مسؤول حكومي بأن خمسة عناصر من تنظيم القاعدة قتلوا أمس في غارة لطائرة بدون طيار فوق جنوب اليمن.";
  auto yemen = RunEvents(text, "2015-07-31", "YE");
  ASSERT_EQ(yemen.result.events.size(), 1u);
  EXPECT_EQ(Id(yemen.result.events[0].actor1), "us_military");
  EXPECT_EQ(Id(yemen.result.events[0].actor2), "aqap");
  auto elsewhere = RunEvents(text, "2015-07-31", "SY");
  ASSERT_EQ(elsewhere.result.events.size(), 1u);
  EXPECT_NE(Id(elsewhere.result.events[0].actor1), "us_military");
}

// The toll of the incident told in a reported clause ("وقالت المصادر إن الحادث أدى إلى ...
// مقتل أربعة من مرافقيه") completes the incident told before it, not one of its own.
TEST(EventsContext, AnOutcomeInAReportedClauseCompletesTheIncident) {
  auto r = RunEvents("أفادت مصادر يمنية بأن نائب رئيس مجلس النواب أصيب بانفجار لغم أرضي زرعه الحوثيون في مديرية "
                     "قعطبة. وقالت المصادر إن الحادث أدى إلى إصابته في الرأس ومقتل أربعة من مرافقيه.",
                     "2015-08-10");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].fatalities, 4);
}

// Casualties told again after the incident with no day anywhere in the article, their author
// named only by the incident's claim told again, are the incident's; casualties whose other
// mention says "in another development" are an incident of their own.
TEST(EventsContext, CasualtiesToldAgainWithoutAnyDay) {
  auto again = RunEvents("قتل ستة أشخاص في تفجير انتحاري استهدف مركزا للشرطة شرقي أفغانستان. وأعلنت حركة طالبان "
                         "مسؤوليتها عن الهجوم. وأوضح المسؤول أن «ثلاثة مدنيين وثلاثة رجال شرطة قتلوا». وأعلنت طالبان "
                         "مسؤوليتها عن الهجوم الذي تسبب في خسائر كبيرة.",
                         "2015-08-07");
  ASSERT_EQ(again.result.events.size(), 1u);
  EXPECT_EQ(again.result.events[0].fatalities, 6);
  EXPECT_TRUE(SkippedFor(again, "casualties of an incident told before"));
  auto other = RunEvents("قتل ستة أشخاص في تفجير انتحاري استهدف مركزا للشرطة شرقي أفغانستان. وفي تطور آخر، أعلن جيش "
                         "الإمارات عن استشهاد ثلاثة من جنوده. وقال إن الجنود الثلاثة قتلوا خلال مشاركتهم في عملية "
                         "إعادة الأمل.",
                         "2015-08-09");
  bool three = false;
  for (const auto& e : other.result.events) three = three || e.fatalities == 3;
  EXPECT_TRUE(three);
}

// Fighters swept away by a flood died of it: a cause said right after the killing word counts
// whoever the dead are; fighters killed in a clash during the rains did not.
TEST(EventsContext, FightersSweptAwayByAFloodAreNoIncident) {
  auto flood = RunEvents("وقال مصدر محلي، إن 24 مسلحا حوثيا كانوا على متن طقمين لقوا مصرعهم إثر جرفهم بسيول في وادي "
                         "الخارد.",
                         "2015-08-06");
  EXPECT_TRUE(flood.result.events.empty());
  EXPECT_TRUE(SkippedFor(flood, "natural or accidental deaths"));
  auto clash = RunEvents("وقال مصدر محلي، إن 24 مسلحا حوثيا لقوا مصرعهم في اشتباكات مع المقاومة رغم الأمطار الغزيرة.",
                         "2015-08-06");
  EXPECT_FALSE(clash.result.events.empty());
  // A killing over a traffic quarrel is no traffic accident.
  auto quarrel = RunEvents("وأقدم سليمان الأسد على قتل العقيد في القوات الجوية حسان الشيخ إثر خلاف مروري عند مستديرة "
                           "الأزهري مساء الخميس.",
                           "2015-08-08");
  EXPECT_FALSE(quarrel.result.events.empty());
}

// A demonstrative names an incident told before: "هذه الهجمات" (a generic plural) the last
// violent one, "تلك المواجهات" the last of its kind, whose sides it keeps.
TEST(EventsContext, ADemonstrativeNamesTheIncidentToldBefore) {
  auto words = RunEvents("قتل خمسة أشخاص في تفجير انتحاري استهدف مدخل المطار في كابل أمس. وقالت وزارة الداخلية في "
                         "بيان: «هذه الهجمات تكشف عن مستوى عال من الوحشية من الإرهابيين ضد مدنيين أبرياء».",
                         "2015-08-11");
  ASSERT_EQ(words.result.events.size(), 1u);
  EXPECT_EQ(words.result.events[0].sub_event_type, "Suicide bomb");
  auto clash = RunEvents("اندلعت مواجهات عنيفة مساء أمس بين الحوثيين والمقاومة الشعبية في منطقة سناح. وأشار المصدر إلى "
                         "مقتل ثمانية عشر حوثيا خلال تلك المواجهات.",
                         "2015-07-31");
  ASSERT_EQ(clash.result.events.size(), 1u);
  EXPECT_EQ(clash.result.events[0].fatalities, 18);
}

// Protesters who condemn protest, and a protest condemned happened.
TEST(EventsContext, ACondemnedOrCondemningProtestHappened) {
  auto condemning = RunEvents("وندد 125 ألف متظاهر السبت بالمشروع في أنقرة عند ضريح أتاتورك.", "2008-02-07");
  EXPECT_TRUE(HasSubType(condemning, "Peaceful protest"));
  auto condemned = RunEvents("وأبلغه استنكار الحكومة الأردنية لقيام مجموعة من المتظاهرين يوم أمس بالتجمع أمام مقر السفارة "
                             "الإيرانية في عمان.",
                             "2007-11-28");
  EXPECT_TRUE(HasSubType(condemned, "Peaceful protest"));
  // Not an attack condemned.
  auto attack = RunEvents("وأدان المتحدث باسم الحكومة الهجوم الذي استهدف مسجدا في أبها.", "2015-08-07");
  EXPECT_TRUE(attack.result.events.empty());
}

// What is threatened with "بـ" is the threat's object, however far the subject and the day
// put it from the verb; what was done before the threat is still told.
TEST(EventsContext, AThreatenedExecutionIsAThreat) {
  auto r = RunEvents("هدد الفرع المصري لتنظيم داعش أمس الأربعاء بإعدام كرواتي خطف في القاهرة الشهر الماضي.", "2015-08-06");
  bool kidnapping = false;
  for (const auto& e : r.result.events) {
    EXPECT_NE(e.sub_event_type, "Attack");
    kidnapping = kidnapping || e.sub_event_type == "Abduction/forced disappearance";
  }
  EXPECT_TRUE(kidnapping);
  EXPECT_TRUE(SkippedFor(r, "threat"));
}

// An era of the last century is history; "the worst since the nineties" is today's news.
TEST(EventsContext, AnEraOfTheLastCenturyIsHistory) {
  auto r = RunEvents("وفي أواسط التسعينيات، سيطرت حركة طالبان على الجزء الأكبر من أفغانستان.", "2015-08-02");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "history"));
  auto sixties = RunEvents("إذ خرجت السجون المصرية في ستينات القرن الماضي زعامات متطرفة بعد اعتقال الآلاف من أنصار الإخوان المسلمين.",
                           "2015-07-21");
  EXPECT_TRUE(sixties.result.events.empty());
  auto since = RunEvents("قتل 40 شخصا أمس في تفجير سيارة مفخخة في بغداد هو الأعنف منذ تسعينات القرن الماضي.", "2015-07-22");
  EXPECT_FALSE(since.result.events.empty());
}

// A plan governs its clause, its list of aims included.
TEST(EventsContext, APlannedBombingFarFromThePlanIsAPlan) {
  auto r = RunEvents("وأعلنت وزارة الداخلية السعودية أمس القبض على 431 عنصرا خططوا من المناطق المضطربة في دول الجوار "
                     "لإثارة الفتنة الطائفية وإشاعة الفوضى وتفجير 7 مساجد في مدينتي الرياض والدمام.",
                     "2015-07-19");
  for (const auto& e : r.result.events) EXPECT_NE(e.event_type, "Explosions/Remote violence") << e.sub_event_type;
}

// An anniversary's victim is history, however many words name the years and the victim;
// the shooting at the march that day is news ("إطلاق للنار", with its لـ, too).
TEST(EventsContext, AnAnniversaryFarFromTheKillingIsHistory) {
  auto r = RunEvents("أصيب شخصان في إطلاق للنار وقع خلال مسيرة في مدينة فيرجسون أمس الأحد في ذكرى مرور عام على مقتل شاب "
                     "أسود أعزل برصاص شرطي أبيض.",
                     "2015-08-10");
  size_t attacks = 0;
  for (const auto& e : r.result.events) {
    EXPECT_EQ(e.date, "2015-08-09") << e.sub_event_type;
    if (e.sub_event_type != "Attack") continue;
    ++attacks;
    EXPECT_EQ(r.Surface(e.trigger_start, e.trigger_end), "إطلاق للنار");
  }
  EXPECT_EQ(attacks, 1u);
  EXPECT_TRUE(SkippedFor(r, "history: an anniversary"));
}

// The killing's instrument goes on with the killing an anniversary recalls past a comma and
// an aside ("... مقتل شاب كان في الثامنة عشرة، برصاص شرطي"); and who killed is no side of
// the march held on the anniversary.
TEST(EventsContext, AnAnniversarysKillerIsNoSideOfTheMarch) {
  auto r = RunEvents("نظم مئات الأشخاص الأحد مسيرة في ذكرى مرور عام على مقتل شاب أسود كان في الثامنة عشرة من عمره، برصاص "
                     "شرطي أبيض.",
                     "2015-08-10");
  ASSERT_EQ(r.result.events.size(), 1u);
  const Event& march = r.result.events[0];
  EXPECT_EQ(march.event_type, "Protests");
  // Neither side is the police (the killer's mention, read at its word "شرطي").
  for (const int32_t a : {march.actor1, march.actor2})
    if (a >= 0) {
      EXPECT_EQ(testing::Dicts().actors[a].id.find("police"), std::string::npos) << testing::Dicts().actors[a].id;
    }
  EXPECT_TRUE(SkippedFor(r, "history: an anniversary"));
}

// What a journey or a call is for ("لإجراء محادثات", "لعقد هدنة", "لاستئناف مفاوضات") has not
// happened yet: a purpose, not an incident.
TEST(EventsContext, TalksAJourneyIsMadeForAreAPurpose) {
  auto r = RunEvents("وكان المبعوث الأممي قد وصل دمشق صباح أمس الخميس قادما من بيروت لإجراء محادثات مع مسؤولي النظام "
                     "والمعارضة بشأن تطورات الوضع السوري.",
                     "2015-07-24", "SY");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "a purpose, not an incident"));
}

// The coming hours or days before a trigger in its clause ("أن تشهد الساعات المقبلة المزيد من
// الغارات") make it a forecast; the past hours do not.
TEST(EventsContext, TheComingHoursAreAForecast) {
  auto r = RunEvents("وقالت المصادر إن العمليات انتقلت إلى مرحلة جديدة، فيما توقعت المصادر أن تشهد الساعات المقبلة المزيد "
                     "من الغارات على مواقع الحوثيين في تعز.",
                     "2015-07-26", "YE");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "future"));
  auto past = RunEvents("وشهدت الساعات الماضية المزيد من الغارات على مواقع الحوثيين في تعز.", "2015-07-26", "YE");
  EXPECT_FALSE(past.result.events.empty());
}

// An attempt to advance, repelled, is no change of territory, however far back the attempt.
TEST(EventsContext, AnAttemptToAdvanceIsNoChangeOfTerritory) {
  auto r = RunEvents("وتصدت كتائب الجيش الحر في ريف اللاذقية لمحاولات قوات الأسد المدعومة بعناصر من الميليشيات التقدم على "
                     "محور بيت عوان بجبل التركمان أمس.",
                     "2015-07-24");
  ASSERT_FALSE(r.result.events.empty());
  for (const auto& e : r.result.events) EXPECT_EQ(e.sub_event_type, "Armed clash");
}

// A street's or a square's name is no trigger ("ميدان التحرير"), a place of detention no
// arrest ("مراكز اعتقال"); the shells fired on the street are the incident.
TEST(EventsContext, NamesAndPlacesOfDetentionAreNoIncidents) {
  auto square = RunEvents("وخرج مئات المتظاهرين إلى ساحة التحرير في بغداد أمس للاحتجاج على انقطاع التيار الكهربائي.", "2015-08-02");
  for (const auto& e : square.result.events) EXPECT_EQ(e.event_type, "Protests") << e.sub_event_type;
  EXPECT_TRUE(SkippedFor(square, "a name of a street"));
  auto street = RunEvents("وقال سكان إن عشرات القذائف أطلقها المسلحون الحوثيون مساء الاثنين على منازل المواطنين في شارع التحرير الأسفل "
                          "في تعز.",
                          "2015-08-06");
  for (const auto& e : street.result.events) EXPECT_NE(e.sub_event_type, "Attack");
  auto held = RunEvents("وأدانت نقابة الصحفيين وضع صحفيين في مراكز اعتقال هي عرضة للقصف.", "2015-08-08");
  for (const auto& e : held.result.events) EXPECT_NE(e.sub_event_type, "Arrests");
  EXPECT_TRUE(SkippedFor(held, "a place of detention"));
}

// Fighting "طوال أشهر" is a span; a span told of another noun further on is not the incident's.
TEST(EventsContext, FightingForMonthsIsASpan) {
  auto r = RunEvents("واستعادة السيطرة على لحج تعزز السيطرة على مدينة عدن التي شهدت معارك عنيفة طوال اشهر.", "2015-08-06");
  for (const auto& e : r.result.events) EXPECT_NE(e.sub_event_type, "Armed clash");
  EXPECT_TRUE(SkippedFor(r, "a habit or a span"));
  auto other = RunEvents("وخرج العراقيون الغاضبون من الفساد المستمر على مدى أعوام في مظاهرات ببغداد أمس.", "2015-08-08");
  bool protest = false;
  for (const auto& e : other.result.events) protest = protest || e.event_type == "Protests";
  EXPECT_TRUE(protest);
}

// What someone is accused of describes him ("سليماني المتهم بقتل ..."): no incident.
TEST(EventsContext, AnAccusationDescribingSomeoneIsNoIncident) {
  auto r = RunEvents("ومن المفارقة أن تبني واشنطن جسورا مع قاسم سليماني المتهم بقتل مليشياته للعديد من الجنود الأمريكيين.",
                     "2015-07-22");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "an accusation"));
}

// A denial governs its clause; an accident ("اثر اصطدام مركب") is no attack; a group named
// after its count with "من" ("20 عنصراً من داعش قتلوا") is the dead's, the victim.
TEST(EventsContext, DenialsAccidentsAndTheDeadsGroup) {
  auto denied = RunEvents("من جهته نفى مجلس المقاومة الشعبية في عدن «ما تم تداوله حول عمليات تصفية للأسرى الحوثيين».",
                          "2015-07-21");
  EXPECT_TRUE(denied.result.events.empty());
  auto boat = RunEvents("أكدت الشرطة المصرية أن 18 شخصا لقوا مصرعهم مساء أمس اثر اصطدام مركب رحلات بصندل نهري في النيل.",
                        "2015-07-24");
  EXPECT_TRUE(boat.result.events.empty());
  EXPECT_TRUE(SkippedFor(boat, "natural"));
  auto dead = RunEvents("وأعلنت مصادر أمنية أن 20 عنصراً من داعش قتلوا في الرمادي أمس.", "2015-07-27");
  ASSERT_FALSE(dead.result.events.empty());
  EXPECT_NE(dead.result.events[0].event_type, "Violence against civilians");
  EXPECT_EQ(testing::Dicts().actors[dead.result.events[0].actor2].id, "isis");
}

// A war told in sum is no incident ("وقتل أكثر من 3200 شخص في القتال"); a toll that rose "in
// the war" is the war's, not the air strike's told before it; an accident named by its kind
// ("في حادث الاصطدام") is no attack, whoever announced it.
TEST(EventsContext, WarSumsRunningTotalsAndAccidents) {
  auto sum = RunEvents("وقتل أكثر من 3200 شخص في القتال، من بينهم الكثير من المدنيين، بحسب الأمم المتحدة.", "2015-07-21");
  EXPECT_TRUE(sum.result.events.empty());
  EXPECT_TRUE(SkippedFor(sum, "a war's toll"));
  auto rose = RunEvents("قتل 5 أشخاص في غارة على صنعاء أمس، ليرتفع عدد القتلى في الحرب إلى 4000 شخص.", "2015-07-21");
  ASSERT_FALSE(rose.result.events.empty());
  for (const auto& e : rose.result.events) EXPECT_LE(e.fatalities, 5u);
  auto crash = RunEvents("وكانت الشرطة اعلنت الخميس مقتل 19 شخصا في حادث الاصطدام الذي جرى مساء الأربعاء في القاهرة.",
                         "2015-07-27");
  EXPECT_TRUE(crash.result.events.empty());
}

// Hearsay is no report: "ما يقال إنها عمليات تصفية للأسرى وإعدامات لهم".
TEST(EventsContext, HearsayIsNoIncident) {
  auto r = RunEvents("وقال بيان صادر عن المجلس إن اتصالات وردت بخصوص ما يقال إنها إعدامات للأسرى الحوثيين في عدن.",
                     "2015-07-21");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "hearsay"));
}

// A detention prolonged by a court is no new arrest, commas or not.
TEST(EventsContext, AProlongedDetentionIsNoArrest) {
  auto r = RunEvents("ومددت محكمة إسرائيلية، الثلاثاء، اعتقال مئير اتينغر المشتبه بأعمال العنف في الضفة الغربية.", "2015-08-08");
  EXPECT_TRUE(r.result.events.empty());
  EXPECT_TRUE(SkippedFor(r, "a detention prolonged"));
}

// What a state allows another to do has not happened by being allowed.
// "ل" after a noun of condemnation marks what is condemned, not a purpose: "أعربت ... عن
// استنكارها وإدانتها للتفجير الإرهابي الذي استهدف مسجدا" tells the bombing.
TEST(EventsContext, WhatIsCondemnedIsNoPurpose) {
  auto r = RunEvents("أعربت الحكومة عن استنكارها وإدانتها للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير.",
                     "2015-08-08");
  EXPECT_TRUE(HasSubType(r, "Remote explosive/landmine/IED"));
  EXPECT_FALSE(SkippedFor(r, "a purpose"));
  auto purpose = RunEvents("وصلت تعزيزات عسكرية لتحرير المدينة من المسلحين.", "2015-08-08");
  EXPECT_TRUE(SkippedFor(purpose, "a purpose"));
}

TEST(EventsContext, AllowedStrikesAreNotStrikes) {
  auto r = RunEvents("وأكد أردوغان الجمعة أن تركيا سمحت للولايات المتحدة بشن غارات جوية على مواقع المتطرفين في سوريا.",
                     "2015-07-26");
  for (const auto& e : r.result.events) EXPECT_NE(e.sub_event_type, "Air/drone strike");
}

}  // namespace
}  // namespace marsad::events

namespace marsad::events {
namespace {

// BackgroundReason keeps its two scans from the clause's first token (an era or a world war
// named up to 20 tokens past the trigger, a statistics word before it) for the clause's next
// triggers: asked at every token of a sentence, in order, backwards and out of order, with
// the scans kept, it answers as asked afresh at each. The sentences put the history word
// more than 20 tokens after the first triggers and within 20 of the later ones, the
// sentence's end before an era, and a statistics word between triggers.
TEST(EventsContext, BackgroundScansKeptAnswerAsScansMadeAfresh) {
  const char* texts[] = {
      "وقال المتحدث إن القصف استهدف المدينة أمس وإن الاشتباكات استمرت ساعات طويلة بين الطرفين في الأحياء الشرقية "
      "والغربية من المدينة القديمة وسط حالة من الذعر بين السكان الذين فروا من منازلهم نحو القرى المجاورة قبل أن "
      "تتوقف المعارك كما حدث في الحرب العالمية الثانية.",
      "انفجرت سيارة مفخخة في السوق. وكانت المدينة شهدت تفجيرات مماثلة في تسعينات القرن الماضي أدت إلى مقتل العشرات.",
      "قتل ثلاثة جنود في هجوم أمس، وتشير الإحصائيات الأولية إلى مقتل 120 شخصا في الغارات والاشتباكات منذ بداية العام.",
      "أسوأ هجوم منذ تسعينات القرن الماضي أدى إلى مقتل 40 شخصا في قصف على السوق والاشتباكات التي تلته.",
  };
  int answered = 0;
  for (const char* s : texts) {
    const text::Utf8Text text = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
    const text::Tokens toks = text::Tokenize(text);
    const size_t n = toks.tokens.size();
    std::vector<size_t> firsts = {0};
    for (size_t i = 0; i < n; ++i)
      if (i > 0 && text.Slice(toks.tokens[i - 1].start, toks.tokens[i - 1].end) == ".") firsts.push_back(i);
    for (size_t first : firsts) {
      std::vector<size_t> order;
      for (size_t t = first; t < n; ++t) order.push_back(t);
      for (int pass = 0; pass < 3; ++pass) {
        if (pass == 1) std::reverse(order.begin(), order.end());
        if (pass == 2)
          for (size_t k = 0; k + 2 < order.size(); k += 3) std::swap(order[k], order[k + 2]);
        for (uint32_t prefix_cp : {0u, 1u}) {
          BackgroundScans kept;
          for (size_t t : order) {
            const char* afresh = BackgroundReason(text, toks, first, t, prefix_cp);
            const char* with = BackgroundReason(text, toks, first, t, prefix_cp, &kept);
            EXPECT_EQ(std::string(afresh ? afresh : ""), std::string(with ? with : ""))
                << s << " first " << first << " token " << t << " pass " << pass;
            answered += afresh != nullptr && (std::string(afresh).starts_with("history") ||
                                              std::string(afresh).starts_with("statistics"));
          }
        }
      }
    }
  }
  EXPECT_GT(answered, 100);  // the scans found an era, a world war or statistics for many triggers
}

}  // namespace
}  // namespace marsad::events
