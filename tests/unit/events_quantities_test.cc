#include "events_testutil.h"

namespace marsad::events {
namespace {

using testing::RunEvents;

const Quantity* Only(const testing::Run& r) {
  EXPECT_EQ(r.result.quantities.size(), 1u);
  return r.result.quantities.empty() ? nullptr : &r.result.quantities[0];
}

// A text with one count of `value` and `category`, or none (value 0).
struct OneCount {
  const char* text;
  uint64_t value;  // 0: no quantity
  const char* category;
};

void CheckOneCount(std::initializer_list<OneCount> cases) {
  for (const OneCount& c : cases) {
    SCOPED_TRACE(c.text);
    auto r = RunEvents(c.text);
    if (c.value == 0) {
      EXPECT_TRUE(r.result.quantities.empty());
      continue;
    }
    const Quantity* q = Only(r);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->value, c.value);
    EXPECT_EQ(q->category, c.category);
  }
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

// "مقتل 27 شخصا وإصابة 100 آخرين": the wounded go on after "and"; they are no noun of the
// killed count (as "5 أشخاص سوريين" is), so 27 stay killed.
TEST(EventsQuantities, KilledPeopleAndTheWoundedAfterThem) {
  auto r = RunEvents("وقالت الوزارة إن انفجارا في بلدة سروج أسفر عن مقتل 27 شخصا وإصابة نحو 100 آخرين.");
  ASSERT_EQ(r.result.quantities.size(), 2u);
  EXPECT_EQ(r.result.quantities[0].value, 27u);
  EXPECT_EQ(r.result.quantities[0].category, "killed");
  EXPECT_EQ(r.Surface(r.result.quantities[0].phrase_start, r.result.quantities[0].phrase_end), "27 شخصا");
  EXPECT_EQ(r.result.quantities[1].category, "wounded");
  ASSERT_FALSE(r.result.events.empty());
  EXPECT_EQ(r.result.events[0].fatalities, 27u);
}

// "شرطيين" is the plural and the dual alike: two when a word in the dual follows (the verb
// of the two, "كانا", "اللذين"), with the dual's verb further on as its predicate; the plural
// ("مقتل شرطيين في الهجمات") and a dual word of another noun phrase are no count.
TEST(EventsQuantities, APluralWrittenAsTheDualIsTwoWhenTheDualFollows) {
  CheckOneCount({
      {"وعثر صباح أمس على شرطيين قتلا برصاصة في الرأس.", 2, "killed"},
      {"وأوقعت الاضطرابات شرطيين بحرينيين كانا يؤديان واجبهما حيث قُتلا بعد تفجير إرهابي.", 2, "killed"},
      {"وقالت الشرطة إن مهاجمين آخرين قتلا في الضواحي.", 2, "killed"},
      {"وتصاعدت الهجمات على شرطيين في المدن الكبرى.", 0, ""},
      {"وقال إن مسلحين فتحوا النار على الشرطيين اللذين كانا في دورية.", 0, ""},
  });
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
  EXPECT_EQ(r.result.quantities[0].category, "killed");
  EXPECT_EQ(r.result.quantities[0].of, "civilians");
  EXPECT_EQ(r.result.quantities[1].value, 12u);
  EXPECT_EQ(r.result.quantities[1].qualifier, "vague");
  EXPECT_EQ(r.result.quantities[1].category, "wounded");
  EXPECT_EQ(r.result.quantities[1].of, "fighters");
}

// English numbers in words of several parts: "thirty nine", "two hundred and fifty", "one
// hundred fifty" (with or without "and"); two numbers joined by "and" stay two.
TEST(EventsQuantities, EnglishNumbersOfSeveralWords) {
  for (const auto& [text, value] : std::vector<std::pair<std::string, uint64_t>>{
           {"Thirty nine people were killed.", 39},
           {"Two hundred and fifty people were killed.", 250},
           {"One hundred fifty people were killed.", 150},
           {"Two hundred and fifty thousand people were killed.", 250000}}) {
    auto r = RunEvents(text);
    ASSERT_FALSE(r.result.quantities.empty()) << text;
    EXPECT_EQ(r.result.quantities[0].value, value) << text;
  }
  auto two = RunEvents("Five were killed and six were wounded.");
  ASSERT_EQ(two.result.quantities.size(), 2u);
  EXPECT_EQ(two.result.quantities[0].value, 5u);
  EXPECT_EQ(two.result.quantities[1].value, 6u);
}

TEST(EventsQuantities, BareNumbersAreNotCounts) {
  auto r = RunEvents("في عام 2017 ارتفعت الأسعار 10 بالمئة.");
  EXPECT_TRUE(r.result.quantities.empty());
}


// ---------------------------------------------------------------- the casualty grammar
// Each case: a sentence, then the expected counts in order as "value category qualifier"
// (qualifier omitted when exact); "" expects no count at all.
struct Case {
  const char* text;
  std::vector<std::string> want;
};

std::vector<std::string> Got(const testing::Run& r) {
  std::vector<std::string> v;
  for (const auto& q : r.result.quantities)
    v.push_back(std::to_string(q.value) + " " + q.category + (q.qualifier == "exact" ? "" : " " + q.qualifier) +
                (q.cumulative ? " cumulative" : ""));
  return v;
}

void Check(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    auto r = RunEvents(c.text);
    EXPECT_EQ(Got(r), c.want) << c.text;
  }
}

TEST(EventsQuantities, DigitsInEveryScript) {
  Check({{"قتل ٧ أشخاص في القصف.", {"7 killed"}},
         {"قتل ۸ أشخاص في القصف.", {"8 killed"}},
         {"وأصيب ١٬٢٥٠ مدنيا.", {"1250 wounded"}},
         {"Police said 1,200 people were displaced.", {"1200 displaced"}},
         {"نزح 1.5 مليون شخص.", {"1500000 displaced"}}});
}

TEST(EventsQuantities, NumberWordsWithGender) {
  Check({{"قتل ثلاثة جنود في الهجوم.", {"3 killed"}},
         {"قتلت ثلاث نساء في الهجوم.", {"3 killed"}},
         {"وأصيب سبعة آخرون.", {"7 wounded"}},
         {"قتل عشرون مدنيا.", {"20 killed"}},
         {"قتل عشرين مدنيا.", {"20 killed"}},
         {"أسفر الانفجار عن مقتل ستة أشخاص.", {"6 killed"}},
         {"وأعلنت مقتل احد جنودها في الهجوم.", {"1 killed"}},
         {"Seven people were killed and twenty-five wounded.", {"7 killed", "25 wounded"}}});
}

TEST(EventsQuantities, Duals) {
  Check({{"سقط قتيلين في القصف.", {"2 killed"}},
         {"وعثر على جثتين قرب النهر.", {"2 bodies"}},
         {"أعلن الجيش مقتل جنديين.", {"2 killed"}},
         {"وقالت إن شخصين قتلا في الغارة.", {"2 killed"}},
         {"قتل شخصان وأصيب ثلاثة.", {"2 killed", "3 wounded"}}});
}

TEST(EventsQuantities, Compounds) {
  Check({{"وسقط ثلاثة وعشرون قتيلا.", {"23 killed"}},
         {"وأصيب مئة وخمسون شخصا.", {"150 wounded"}},
         {"ونزح 400 ألف شخص.", {"400000 displaced"}},
         {"وألقت الشرطة القبض على أكثر من ألف و500 مشتبه به.", {"1500 detained more_than"}},
         {"وأصيب ثلاثة آلاف وخمسمائة مدني.", {"3500 wounded"}}});
}

TEST(EventsQuantities, ArabicVerbPatterns) {
  Check({{"لقي 6 أشخاص مصرعهم في حادث.", {"6 killed"}},
         {"لقي أربعة أشخاص حتفهم.", {"4 killed"}},
         {"وقُتل 5 في الاشتباكات.", {"5 killed"}},
         {"أصيب 13 آخرون بجروح.", {"13 wounded"}},
         {"ما أدى إلى إصابة سبعة آخرين.", {"7 wounded"}},
         {"انفجار أدى إلى مقتل 4 أشخاص، وإصابة ثمانية آخرين من رجال الأمن.", {"4 killed", "8 wounded"}},
         {"أسفر القصف عن مصرع شخص وإصابة سبعة آخرين.", {"1 killed", "7 wounded"}},
         {"وسقط 4 قتلى في القصف.", {"4 killed"}},
         {"وارتفعت حصيلة القتلى إلى 12.", {"12 killed"}},
         {"إن 31 شخصا قتلوا حين سقطت الطائرة.", {"31 killed"}},
         {"وأفاد المرصد بأن العشرات أصيبوا.", {"12 wounded vague"}},
         {"وأُصيب مساء أمس الجمعة اربعة فلسطينيين في غارة.", {"4 wounded"}},
         {"لقى 22 من رجال الأمن، و6 مواطنين حتفهم.", {"22 killed", "6 killed"}},
         // Arabic-Indic and Persian digits glued to a proclitic (TrailingDigits' test of the
         // last two bytes: ٦ is D9 A6, ۶ is DB B6; ا, D8 A7, is no digit).
         {"لقى 22 من رجال الأمن، و٦ مواطنين حتفهم.", {"22 killed", "6 killed"}},
         {"لقى 22 من رجال الأمن، و۶ مواطنين حتفهم.", {"22 killed", "6 killed"}},
         {"مقتل 4 من عناصر التنظيم.", {"4 killed"}},
         {"وصدر أمر باعتقال 275 متهما.", {"275 detained"}},
         {"وأصدرت الحكومة حصيلة بأعداد قتلى ونازحي الإيزيديين الذين بلغوا 400 ألف نازح.", {"400000 displaced"}},
         {"انفجار راح ضحيته 12 شخصا.", {"12 killed"}},
         // "تعرض ... للإصابة": were wounded, whatever the sentence said before of the dead.
         {"نتج عن ذلك استشهاد العريف أحمد، كما تعرض (7) سبعة من رجال حرس الحدود للإصابة.", {"1 killed", "7 wounded"}},
         {"وتعرض خمسة جنود للإصابة بجروح طفيفة.", {"5 wounded"}},
         // Named men after the predicate, each after his rank: one each, joined by و.
         {"نتج عن ذلك استشهاد العريف أحمد جعفر حسن، والجندي أول محمد علي ياسين، والجندي أول حسن ناصر.", {"3 killed"}},
         {"وأعلنت الوزارة مصرع العميد صالح قايد الشرجي، النائب في البرلمان.", {"1 killed"}},
         {"ونتج عن الحادثة «استشهاد» العريف أحمد جعفر، والجندي أول محمد علي.", {"2 killed"}},
         {"استشهاد الجندي أول محمد علي وإصابة العريف حسن ناصر.", {"1 killed", "1 wounded"}},
         {"وتظاهر ألفي شخص.", {"2000 people"}},
         {"Jets killed F16 pilots.", {}}});
}

TEST(EventsQuantities, EnglishVerbPatterns) {
  Check({{"Five people were killed in the blast.", {"5 killed"}},
         {"Gunmen killed 12 villagers.", {"12 killed"}},
         {"The strike left 9 dead.", {"9 killed"}},
         {"Three children died in the fire.", {"3 killed"}},
         {"The attack wounded 20 people.", {"20 wounded"}},
         {"Twenty people were injured.", {"20 wounded"}},
         {"A second blast hit the market, putting the death toll at at least 70.", {"70 killed at_least"}},
         {"The death toll rose to 35 on Sunday.", {"35 killed"}},
         // The incident named between the toll noun and the verb.
         {"The death toll from the terrorist groups rocket attacks on Salah Eddin neighborhood in Aleppo city rose to 8 "
          "civilians.",
          {"8 killed"}},
         // One person by a singular noun the killing predicate has.
         {"A policeman was killed in the attack.", {"1 killed"}},
         {"Gunmen killed a man outside his home.", {"1 killed"}},
         // A title and a name between the article and the noun.
         {"A senior al Qaeda commander was killed in a drone strike.", {"1 killed"}},
         {"A U.S. drone strike killed a senior Taliban commander on Sunday.", {"1 killed"}},
         // A bare count after the toll that rose, the incident and its place between.
         {"The death toll from the bombing in the city has risen to 35, officials said.", {"35 killed"}},
         {"Airstrikes killed at least 22 aid volunteers.", {"22 killed at_least"}},
         // A bare count before a share of it, the comma dropped (as in FA-KES's texts).
         {"The escalation has killed more than 670 40% of them are children.", {"670 killed more_than"}},
         {"At least 87 people including 31 children were killed.", {"87 killed at_least", "31 killed"}},
         // The inclusion between commas: the second one closes it, the predicate follows (the
         // count inside keeps its noun only: its own search stops at the closing comma).
         {"12 civilians, including four children, were killed in government air strikes.", {"12 killed", "4 children"}},
         {"Since then 250,000 people have been killed and 10 million displaced.",
          {"250000 killed cumulative", "10000000 displaced"}}});
}

TEST(EventsQuantities, Qualifiers) {
  Check({{"قتل أكثر من 50 شخصا.", {"50 killed more_than"}},
         {"قتل ما لا يقل عن 12 شخصا.", {"12 killed at_least"}},
         {"وأصيب نحو 40 شخصا.", {"40 wounded about"}},
         {"واعتقلت الشرطة حوالي 300 شخص.", {"300 detained about"}},
         {"وقتل قرابة 20 مدنيا.", {"20 killed about"}},
         {"ونزح زهاء 500 شخص.", {"500 displaced about"}},
         {"At least 10 soldiers were killed.", {"10 killed at_least"}},
         {"More than 30 people were wounded.", {"30 wounded more_than"}},
         {"Nearly 40 people died.", {"40 killed about"}},
         {"Up to 15 people were killed.", {"15 killed up_to"}},
         {"About 25 civilians were killed.", {"25 killed about"}}});
}

TEST(EventsQuantities, VagueNumbers) {
  Check({{"وقتل عشرات المدنيين.", {"12 killed vague"}},
         {"وأصيب مئات الأشخاص.", {"100 wounded vague"}},
         {"Dozens of people were killed.", {"12 killed vague"}},
         {"Hundreds of protesters gathered.", {"100 protesters vague"}},
         {"Tens of people were wounded.", {"10 wounded vague"}},
         {"وتجمع آلاف المتظاهرين وبينهم عائلات الجنود الذين قتلوا.", {"1000 protesters vague"}}});
}

// An inclusion between the count and its predicate ("، من بينهم انتحاري،") does not cut
// the count from it; a relative clause's predicate inside the inclusion is not the count's.
TEST(EventsQuantities, InclusionBeforeThePredicate) {
  Check({{"وصرح مسؤولون بأن ما لا يقل عن ستة أشخاص، من بينهم انتحاري لقوا حتفهم.", {"6 killed at_least"}},
         {"وتجمع آلاف المتظاهرين، وبينهم عائلات الجنود الذين قتلوا.", {"1000 protesters vague"}}});
}

TEST(EventsQuantities, NeverYearsDatesHoursAges) {
  Check({{"Sun 16 Apr 2017 Death toll from Aleppo bomb attack at least 112.", {"112 killed at_least"}},
         {"Published February 23 2015 Ten children were killed.", {"10 killed"}},
         {"On March 3, 2016 five people were killed.", {"5 killed"}},
         {"في 9 يونيو قتل 3 أشخاص.", {"3 killed"}},
         {"وفي عام 2015 قتل 40 شخصا.", {"40 killed"}},
         // Bombs counted are no victims.
         {"أما حلب فقد أحصى التقرير سقوط 194 قنبلة برميلية.", {}},
         {"منذ 2011 قتل 4 أشخاص في البلدة.", {"4 killed cumulative"}},
         {"أعدم تنظيم داعش أكثر من ألفي شخص في منطقة الموصل منذ السيطرة عليها العام الماضي، بحسب ما قال مسؤول الجمعة.",
          {"2000 killed more_than cumulative"}},
         {"وقالت الوكالة إن أكثر من 260 مقاتلا كرديا قتلوا -منهم شخصيات بارزة بحزب العمال الكردستاني- وأصيب أكثر من 400 "
          "حتى الأول من أغسطس الجاري.",
          {"260 killed more_than cumulative", "400 wounded more_than cumulative"}},
         {"وقع الانفجار في تمام الساعة 10 صباحا وقتل 3 أشخاص.", {"3 killed"}},
         {"The blast at 10:30 killed 3 people.", {"3 killed"}},
         {"قتل طفل يبلغ من العمر 12 عاما.", {"1 killed"}},  // the child, not its age
         {"A 15-year-old boy was killed on 14/10/2017.", {}},
         {"قتل 14 أكتوبر 2017 في الهجوم.", {}},
         {"24 مارس (آذار) 2001 مقتل شرطيين في انفجار.", {}},
         {"In 2016 killed 5 people.", {"5 killed"}},
         {"قالت إن لا أحد آخر أصيب.", {}}});
}

TEST(EventsQuantities, NeverPercentagesMoneyDistancesDurations) {
  Check({{"وقتل الجيش 10 بالمئة من المسلحين.", {}},
         {"Killed 10% of the fighters.", {}},
         {"قتل الحادث 5 ملايين دولار من الخسائر.", {}},
         {"Killed $5 million in damage.", {}},
         {"وأصيب على بعد 20 كم من المدينة.", {}},
         {"قتل خلال 48 ساعة.", {}},
         {"The fighting killed over four months.", {}},
         {"The injured were taken 30 miles away.", {}}});
}

TEST(EventsQuantities, CumulativeTolls) {
  Check({{"قتل أكثر من 4000 شخص منذ بداية الحرب.", {"4000 killed more_than cumulative"}},
         {"More than 4,000 were killed over four months.", {"4000 killed more_than cumulative"}},
         {"A million people have died since 2011.", {"1000000 killed cumulative"}},
         {"So far this year 300 people were killed.", {"300 killed cumulative"}},
         {"ووثق المرصد مقتل 250 مدنيا منذ مطلع العام.", {"250 killed cumulative"}},
         // A period's total told with its span, or said to be of the same period.
         {"وقال المرصد إن 173 مدنيا قتلوا جراء هذه الغارات خلال هذه الفترة.", {"173 killed cumulative"}},
         {"وواصل الحزب هجماته، ما أدى خلال الفترة نفسها إلى مقتل نحو 20 جنديا.", {"20 killed about cumulative"}},
         // A campaign's strikes or operations together.
         {"وقتل ما لا يقل عن 260 مقاتلا كرديا في الغارات الأخيرة بحسب أنقرة.", {"260 killed at_least cumulative"}},
         {"ويقول الجيش إنه قتل أكثر من ألف متشدد في عملياته في سيناء.", {"1000 killed more_than cumulative"}},
         {"وقتل 90 شخصا خلال الأشهر الماضية.", {"90 killed cumulative"}},
         {"قتل 5 أشخاص في غارة اليوم، ليرتفع عدد القتلى منذ بداية الحرب إلى 4000.",
          {"5 killed", "4000 killed cumulative"}},
         {"In total, 45 people were killed.", {"45 killed cumulative"}},
         {"At least 230,000 people have been killed in Syria's conflict.", {"230000 killed at_least cumulative"}},
         {"The Britain-based war monitor said 24 people were killed.", {"24 killed"}},
         {"وقتل أربعة جنود وأصيب عشرات خلال مطلع الأسبوع.", {"4 killed", "12 wounded vague"}},
         {"أسفرت المعارك عن مقتل أكثر من 3200 شخص، غالبيتهم من المدنيين، منذ آذار.",
          {"3200 killed more_than cumulative"}},
         {"خلف التمرد أكثر من 15 ألف قتيل و200 ألف مهجر خلال ست سنوات.",
          {"15000 killed more_than cumulative", "200000 displaced cumulative"}},
         {"Strikes over an August 21 gas attack that killed more than 1400 people.", {"1400 killed more_than"}},
         // The phrase after "منذ" runs past a dash to its month; a comma ends it, unless "منذ"
         // opens the sentence.
         {"ومنذ تولي الرئيس النيجيري محمد بخاري، الذي توعد بسحق التمرد، الحكم في 29 مايو (أيار) الماضي، قتل أكثر من 800 شخص.",
          {"800 killed more_than cumulative"}},
         {"وقال إنه منذ الصباح، وفي 29 مايو، قتل خمسة أشخاص.", {"5 killed"}},
         {"وأسفرت هذه الهجمات عن مقتل أكثر من 800 شخص في شهرين.", {"800 killed more_than cumulative"}},
         // A month that witnessed the deaths, and the counts joined to its first; not a town
         // that witnessed an attack on a day of that month.
         {"وقالت البعثة إن شهد تموز الماضي مقتل 844 مدنيا و488 عسكريا.",
          {"844 killed cumulative", "488 killed cumulative"}},
         {"وشهدت المدينة يوم 5 مايو هجوما قتل فيه 20 شخصا.", {"20 killed"}},
         {"ومنذ تولي الرئيس محمد بخاري - الذي توعد بسحق التمرد - الحكم في 29 مايو، قتل أكثر من 750 شخصا.",
          {"750 killed more_than cumulative"}},
         {"ومنذ تولي بخاري الذي توعد بسحق التمرد الحكم في 29 مايو، قتل أكثر من 750 شخصا.",
          {"750 killed more_than cumulative"}},
         {"ومنذ الصباح، قتل خمسة أشخاص في غارة على المدينة في مايو.", {"5 killed"}},
         // A week's or a month's toll, and one "until" a date.
         {"وقتل نحو 390 مقاتلا خلال أسبوعين من الغارات الجوية.", {"390 killed about cumulative"}},
         {"وتسببت البراميل بمقتل 368 شخصا خلال الشهر الماضي.", {"368 killed cumulative"}},
         {"وحتى الأول من أغسطس قتل أكثر من 260 مسلحا.", {"260 killed more_than cumulative"}}});
}

TEST(EventsQuantities, PredicateAtTheStartOfALine) {
  Check({{"وقال المتحدث إن الحزب سيرد.\nوقتل أربعة جنود أتراك في هجمات منفصلة.", {"4 killed"}},
         {"Fifty-seven civilians have been martyred.", {"57 killed"}},
         {"قتل 5 أشخاص، وارتفع عدد القتلى إلى 9.", {"5 killed", "9 killed"}},
         {"وبقي شعب يمني واحد في المدينة.", {}},
         {"The sorties destroyed two armoured vehicles and killed 10 fighters.", {"10 killed"}},
         {"The number of deaths was one of the highest.", {}},
         {"Five other victims had died in hospital.", {"5 killed"}},
         {"Shelling has killed eight civilians and wounded 25.", {"8 killed", "25 wounded"}},
         {"At least 73 civilians mostly women and children were killed.", {"73 killed at_least"}},
         {"21 Syrian moderate opposition fighters have been killed.", {"21 killed"}},
         {"Jets hit an outpost killing at least one opposition fighter.", {"1 killed at_least"}},
         {"Police put the death toll at 16 earlier.", {"16 killed"}}});
}

// The subject of a reported clause ("إن ..."/"أن ...") takes its verb past an inclusion
// or a long noun phrase; not past another number or another clause.
TEST(EventsQuantities, ReportedSubjectTakesItsVerbFurtherOn) {
  Check({{"وأفادت مصادر أن عشرة مدنيين بينهم \"عدد كبير من الأطفال\" قتلوا في القصف.", {"10 killed"}},
         {"وقالت المصادر إن خمسة عناصر مفترضين من التنظيم المتطرف في المنطقة قتلوا أمس.", {"5 killed"}},
         {"وقالت المصادر إن خمسة عناصر وصلوا إلى المدينة التي قتل فيها الجنود.", {"5 fighters"}}});
}

// A war's toll, a rate and a past toll are running totals, never an event's toll.
TEST(EventsQuantities, WarRateAndPastTollsAreCumulative) {
  for (const char* text : {"وفر اللاجئون من النزاع في اليمن الذي أسفر عن مقتل أربعة آلاف شخص.",
                           "وقدر المسؤولون أن الغارات تقتل نحو 1000 مقاتل شهريا.",
                           "وأحيت المدينة أمس ذكرى الهجوم الذي أودى بحياة حوالى 74 ألف شخص قبل 70 عاما.",
                           // an ongoing campaign's strikes together
                           "وجاءت دعوته لتفادي وقوع ضحايا في الغارات التي يشنها الجيش والتي أدت لمقتل 260 مسلحا."}) {
    auto r = RunEvents(text, "2015-08-10");
    const Quantity* q = Only(r);
    ASSERT_NE(q, nullptr) << text;
    EXPECT_TRUE(q->cumulative) << text;
    for (const auto& e : r.result.events) EXPECT_EQ(e.fatalities, 0u) << text;
  }
  auto one = RunEvents("وقتل 5 مدنيين أمس في قصف على السوق.", "2015-08-10");
  ASSERT_NE(Only(one), nullptr);
  EXPECT_FALSE(Only(one)->cumulative);
}

// "بسقوط 1592 قتيلا" is no town falling; a thousand dead with no day of their own is no
// incident's toll.
TEST(EventsQuantities, FallenVictimsAndUndatedThousands) {
  auto r = RunEvents("وأفادت الأمم المتحدة بسقوط 1592 قتيلا من المدنيين.", "2015-08-10");
  for (const auto& e : r.result.events) EXPECT_NE(e.sub_event_type, "Non-state actor overtakes territory");
  auto k = RunEvents("وقال الوزير إن نحو ألف شخص قتلوا في القصف على المدينة.", "2015-08-10");
  for (const auto& e : k.result.events) EXPECT_EQ(e.fatalities, 0u);
}

// Totals told by what surrounds the count, past the cue table: thousands told vaguely and the
// counts joined to them, "during it" after a period of days, the cases an organisation
// documented. A day's toll beside the same words stays an incident's.
TEST(EventsQuantities, PeriodAndDocumentedTotals) {
  struct Case {
    const char* text;
    std::vector<bool> cumulative;  // per count, in text order
  };
  for (const Case& c : std::vector<Case>{
           {"وقال الوزير إن هناك جرائم إنسانية حيث قتل أكثر من 350 يمنيا وآلاف الجرحى.", {true, true}},
           {"وقد رد الجيش بعملية أمنية استمرت أكثر من 5 أيام، قتل خلالها 241 إرهابيا.", {true}},
           {"وأفادت المجموعة أن عدد ضحايا التعذيب ممن وثقتهم مجموعة العمل وصل إلى 409 ضحايا.", {true}},
           {"وقتل 5 مدنيين وأصيب العشرات في قصف على السوق أمس.", {false, false}},
           {"ووثق المرصد مقتل 5 مدنيين في غارة على البلدة أمس.", {false}},
           {"وقتل 4 جنود في هجوم على حاجز أمس، وأصيب خلاله 3 آخرون.", {false, false}}}) {
    auto r = RunEvents(c.text, "2015-08-10");
    std::vector<bool> got;
    for (const auto& q : r.result.quantities)
      if (q.category == "killed" || q.category == "wounded") got.push_back(q.cumulative);
    EXPECT_EQ(got, c.cumulative) << c.text;
  }
  auto r = RunEvents("وقد رد الجيش بعملية أمنية استمرت أكثر من 5 أيام، قتل خلالها 241 إرهابيا.", "2015-08-10");
  for (const auto& e : r.result.events) EXPECT_EQ(e.fatalities, 0u);
}

// A report told over sentences, one of them with no count of its own, and "according to the
// report": the period's totals throughout; a few days named as a period ("خلال أيام عيد الفطر").
// The toll of a wave or a series of attacks is theirs together, however far on the sentence
// tells it; one attack's toll stays its own.
TEST(EventsQuantities, AWaveOfAttacksHasACumulativeToll) {
  Check({{"والانفجار هو الأحدث في موجة هجمات استهدفت أسواقا مزدحمة، نفذت كثير منها انتحاريات مراهقات، في نيجيريا "
          "وتشاد والكاميرون وأدت إلى مقتل 130 شخصا هذا الشهر.",
          {"130 killed cumulative"}},
         {"The blast was the latest in a wave of attacks on crowded markets in Nigeria, Chad and Cameroon that have "
          "killed 130 people this month.",
          {"130 killed cumulative"}},
         {"وأدى الانفجار إلى مقتل 13 شخصا في السوق.", {"13 killed"}}});
}

// "قتلوا وجرحوا": killed and wounded together is no death toll; "قتلوا وأصيب 20 آخرون" is
// a death toll and a new count.
TEST(EventsQuantities, KilledAndWoundedTogetherIsNoDeathToll) {
  Check({{"وقالت مصادر محلية إن العشرات من عناصر الميليشيات الحوثية قتلوا وجرحوا في عمليات الأمس.",
          {"12 wounded vague"}},
         {"وقالت المصادر إن 12 حوثيا قتلوا وأصيب 20 آخرون في المواجهات.", {"12 killed", "20 wounded"}}});
}

TEST(EventsQuantities, AReportGoesOnPastASentenceWithoutCounts) {
  auto r = RunEvents("نشرت الشبكة تقريرا وثقت فيه حصيلة الضحايا منذ 17 يوليو حتى 19 منه، حيث بلغ عدد القتلى 157 شخصا. "
                     "وأشار التقرير إلى أن الحصيلة المذكورة لا تشمل الضحايا من القوات الحكومية. "
                     "ووفق التقرير فإن القوات الحكومية قتلت 143 شخصا.",
                     "2015-07-21");
  std::vector<bool> got;
  for (const auto& q : r.result.quantities) got.push_back(q.cumulative);
  EXPECT_EQ(got, (std::vector<bool>{true, true}));
  auto eid = RunEvents("وأفادت الشبكة بمقتل 39 طفلا خلال أيام عيد الفطر في غارات جوية.", "2015-07-21");
  ASSERT_NE(Only(eid), nullptr);
  EXPECT_TRUE(Only(eid)->cumulative);
  auto day = RunEvents("وقتل 5 مدنيين أمس. وأشار التقرير إلى أن القصف استهدف السوق. ووفق التقرير فإن الطائرات قتلت 3 آخرين.",
                       "2015-07-21");
  for (const auto& q : day.result.quantities) EXPECT_FALSE(q.cumulative);
}

// One person before a singular verb of dying or of a wound, or in the accusative after a
// killing verb: "أن شخصاً لقي مصرعه", "جندي استشهد", "قتلت مسلحاً".
// `s` has one count: `value` persons of `category`.
void ExpectOnlyCount(const char* s, const std::string& published, uint64_t value = 1,
                     const std::string& category = "killed") {
  auto r = RunEvents(s, published);
  const Quantity* q = Only(r);
  ASSERT_NE(q, nullptr) << s;
  EXPECT_EQ(q->value, value) << s;
  EXPECT_EQ(q->category, category) << s;
}

TEST(EventsQuantities, OnePersonBeforeASingularVerbOrAfterTheKilling) {
  for (const char* s : {"وأفاد مصدر أمني أن شخصاً لقي مصرعه بانفجار عبوة ناسفة في بغداد اليوم.",
                        "وأفاد مصدر أمني أن جنديا استشهد بانفجار عبوة ناسفة اليوم.",
                        "وقالت الوزارة إن قوات الأمن قتلت مسلحاً في عملية أمنية اليوم."})
    ExpectOnlyCount(s, "2015-08-10");
  ExpectOnlyCount("وأفاد مصدر أن طفلاً أصيب بشظايا قذيفة اليوم.", "2015-08-10", 1, "wounded");
}

// One civilian named by occupation or age is one person: "لقي عامل يمني مصرعه", "بمصرع
// مزارع", "أن شاباً لقي مصرعه".
TEST(EventsQuantities, OneCivilianNamedByOccupation) {
  for (const char* s : {"لقي عامل يمني مصرعه أمس في قصف على قرية حدودية.",
                        "أسفر القصف عن مصرع مزارع في قرية حدودية أمس.",
                        "وقالت الشرطة إن شاباً لقي مصرعه أمس في انفجار عبوة ناسفة."})
    ExpectOnlyCount(s, "2015-07-25");
  // Counted in the plural: "مقتل 20 مصليا".
  ExpectOnlyCount("قتل 20 مصليا في تفجير مسجد أمس.", "2015-07-25", 20);
}

// English tolls joined by "and" are parts of one toll, as Arabic "و" ("مقتل 6 مقاتلين من
// المقاومة و11 حوثيا"): the event's fatalities are their sum; not a part of the count before
// ("20 people and 15 of them were children") nor what a possessive's noun says is no person
// ("9 of their military vehicles").
TEST(EventsQuantities, EnglishTollsJoinedByAndAreSummed) {
  for (const auto& [text, toll] : std::vector<std::pair<std::string, uint64_t>>{
           {"Air strikes on Thursday killed 50 militants and eight civilians in the town of Saraqib.", 58},
           {"Clashes in Daraa killed 20 rebels and 15 soldiers on Tuesday.", 35},
           {"The bombing in Aleppo killed 20 people and 15 of them were children.", 20},
           {"The bombing in Aleppo killed 20 people, 15 of them children.", 20},
           {"At least 12 civilians including four children and a pregnant woman were killed in air raids on Aleppo.",
            12},
           {"During the operations over 50 terrorists were killed and 9 of their military vehicles were smashed.",
            50},
       }) {
    auto r = RunEvents(text, "2015-03-05");
    ASSERT_EQ(r.result.events.size(), 1u) << text;
    EXPECT_EQ(r.result.events[0].fatalities, toll) << text;
  }
  // What is counted after a possessive: a person noun is a count, anything else is none.
  auto men = RunEvents("The army killed 30 militants and two of their commanders in Idlib.", "2015-03-05");
  ASSERT_EQ(men.result.events.size(), 1u);
  EXPECT_EQ(men.result.events[0].fatalities, 32u);
  auto vehicles = RunEvents("Over 50 terrorists were killed and 9 of their vehicles were destroyed.", "2015-03-05");
  for (const auto& q : vehicles.result.quantities) EXPECT_NE(q.value, 9u) << q.category;
}

// An English count's predicate after its group ("35 jihadists from the Islamic State group
// were killed", "35 members of the Islamic State group were killed") and after a word that
// qualifies numbers but qualifies none there ("were killed around the town").
TEST(EventsQuantities, EnglishPredicateAfterTheGroupAndAroundAPlace) {
  for (const char* s : {"At least 35 jihadists from the Islamic State group were killed in air strikes.",
                        "35 members of the Islamic State group were killed in air strikes.",
                        "The Observatory said 35 militants were killed around the town of Shadadi."}) {
    auto r = RunEvents(s, "2015-03-05");
    ASSERT_EQ(r.result.quantities.size(), 1u) << s;
    EXPECT_EQ(r.result.quantities[0].value, 35u) << s;
    EXPECT_EQ(r.result.quantities[0].category, "killed") << s;
  }
  // A qualifier before a number is still that number's: "killed around 30".
  auto r = RunEvents("Government forces killed 12 civilians and wounded about 30 in Homs.", "2015-03-05");
  ASSERT_EQ(r.result.quantities.size(), 2u);
  EXPECT_EQ(r.result.quantities[1].category, "wounded");
  EXPECT_EQ(r.result.quantities[1].value, 30u);
}

// A toll told again, then with a part added ("US strikes kill 50 Qaeda fighters ... US air
// strikes killed 50 Al-Qaeda militants and eight civilians"): the event's toll is the sum.
TEST(EventsQuantities, ATollToldAgainTakesItsPartsAfter) {
  auto r = RunEvents("US strikes kill 50 Qaeda fighters in Syria Monitor AFP Tuesday 23 Sep 2014 US air strikes "
                     "killed 50 Al-Qaeda militants and eight civilians in northern Syria on Tuesday.",
                     "2014-09-23");
  uint64_t toll = 0;
  for (const auto& e : r.result.events) toll = std::max<uint64_t>(toll, e.fatalities);
  EXPECT_EQ(toll, 58u);
}

// Two English counts joined as one subject share the predicate after the second ("Some 120
// ISIS fighters and 60 foreign mercenaries were killed"); not across another verb ("20
// fighters arrived and 30 civilians were killed").
TEST(EventsQuantities, EnglishCountsOfOneSubjectShareThePredicate) {
  auto r = RunEvents("Some 120 ISIS fighters and 60 foreign mercenaries were killed in Russian air strikes.", "2017-10-07");
  ASSERT_EQ(r.result.quantities.size(), 2u);
  EXPECT_EQ(r.result.quantities[0].category, "killed");
  EXPECT_EQ(r.result.quantities[1].category, "killed");
  auto w = RunEvents("Five soldiers and three civilians were wounded in the attack on Homs.", "2017-10-07");
  ASSERT_EQ(w.result.quantities.size(), 2u);
  EXPECT_EQ(w.result.quantities[0].category, "wounded");
  // The first count's noun left out after its side's word: "30 regime and 39 rebel fighters".
  auto elided = RunEvents("The Observatory said 30 regime and 39 rebel fighters have been killed in battles.", "2016-06-30");
  ASSERT_EQ(elided.result.quantities.size(), 2u);
  EXPECT_EQ(elided.result.quantities[0].value, 30u);
  EXPECT_EQ(elided.result.quantities[0].category, "killed");
  EXPECT_EQ(elided.result.quantities[1].category, "killed");
  auto verb = RunEvents("Army shells hit the town and 20 fighters arrived and 30 civilians were killed.", "2017-10-07");
  ASSERT_EQ(verb.result.quantities.size(), 2u);
  EXPECT_NE(verb.result.quantities[0].category, "killed");
}

// A one noun in the accusative after an active verb of killing and its subject is the victim
// ("قتل مسلحون جنديا", "قوات الأمن قتلت اليوم الجمعة مسلحا"); the one noun right after the
// verb is then the killer ("قتلت الفتاة "زولان" المراهقة جنديا"); not an adjective of a count
// ("قتل فيه 32 ناشطا كرديا شابا").
TEST(EventsQuantities, TheObjectOfAnActiveKillingVerbIsOneVictim) {
  for (const char* s : {"قتل مسلحون جنديا في هجوم على حاجز أمس.", "قالت الوزارة إن قوات الأمن قتلت اليوم مسلحا في بنزرت.",
                        "ولما قتلت الفتاة \"زولان أوكيش\" المراهقة جنديا من داعش صرخت."}) {
    auto r = RunEvents(s, "2015-08-06");
    ASSERT_EQ(r.result.quantities.size(), 1u) << s;
    EXPECT_EQ(r.result.quantities[0].value, 1u) << s;
    EXPECT_EQ(r.result.quantities[0].category, "killed") << s;
    EXPECT_TRUE(r.Surface(r.result.quantities[0].start, r.result.quantities[0].end).ends_with("ا")) << s;
  }
  auto count = RunEvents("وأدى انفجار قتل فيه 32 ناشطا كرديا شابا إلى انهيار الهدنة.", "2015-08-06");
  for (const auto& q : count.result.quantities) EXPECT_EQ(q.value, 32u);
}

// A count noun's last word that is the next count's predicate, the comma between dropped:
// "killed 30 people injured 90" is 30 killed and 90 wounded; "12 people injured" alone is 12
// wounded.
TEST(EventsQuantities, EnglishNounBeforeTheNextCountsPredicate) {
  auto r = RunEvents("A suicide bomber killed 30 people injured 90 on Monday in an attack in Hasakeh.", "2016-10-04");
  ASSERT_EQ(r.result.quantities.size(), 2u);
  EXPECT_EQ(r.result.quantities[0].value, 30u);
  EXPECT_EQ(r.result.quantities[0].category, "killed");
  EXPECT_EQ(r.result.quantities[1].category, "wounded");
  auto alone = RunEvents("There were 12 people injured in the attack in Hasakeh.", "2016-10-04");
  ASSERT_EQ(alone.result.quantities.size(), 1u);
  EXPECT_EQ(alone.result.quantities[0].category, "wounded");
}

// Killing named by a noun of the act ("the execution of", "the massacre of") or by its verbs
// (murdered, slaughtered, assassinated) counts the dead as "killed" and "the killing of" did.
TEST(EventsQuantities, EnglishNounsAndVerbsOfKilling) {
  Check({{"ISIS published a video showing the execution of 17 young men from the town.", {"17 killed"}},
         {"The massacre of 23 villagers shocked the region.", {"23 killed"}},
         {"Gunmen murdered 5 farmers near the village.", {"5 killed"}},
         {"Four activists were assassinated in the city.", {"4 killed"}},
         {"They slaughtered 20 villagers.", {"20 killed"}},
         {"The deaths of 12 civilians were confirmed.", {"12 killed"}},
         // Whose the victims were is no count of its own.
         {"Six civilians from one family were killed in airstrikes.", {"6 killed"}},
         {"Five people of one family were killed.", {"5 killed"}},
         {"The strikes claiming lives of 23 civilians in al-Haal and 21 others in al-Sinaah.",
          {"23 killed", "21 killed"}}});
  auto r = RunEvents("Gunmen murdered 5 farmers near the village on Monday.", "2016-10-04");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Attack");
  EXPECT_EQ(r.result.events[0].fatalities, 5u);
}

// Session 38: an active plural verb right before the count makes it its object ("قتلوا 5 من
// مليشيات الحوثي وجرحوا أكثر من 60"); a vague count there stays a bare description, and a
// verb that is the predicate of a count just before it is not read again.
TEST(EventsQuantities, ArabicActivePluralVerbBeforeTheCount) {
  struct Case {
    const char* text;
    uint64_t value;  // 0: no quantity with this value
    const char* category;
  };
  const Case cases[] = {
      {"وقالت مصادر إن مسلحي المقاومة قتلوا 5 من مليشيات الحوثي في المواجهات.", 5, "killed"},
      {"وقالت مصادر إن مسلحي المقاومة قتلوا خمسة من الحوثيين وجرحوا أكثر من 60 في المواجهات.", 60, "wounded"},
      {"وقال الجيش إن مسلحين قتلوا اثنين من جنوده في تفجير قنبلة.", 2, "killed"},
      {"وقالت المصادر إن الدواعش أعدموا 12 مواطنا من أبناء المدينة.", 12, "killed"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    auto r = RunEvents(c.text);
    const Quantity* found = nullptr;
    for (const auto& q : r.result.quantities)
      if (q.value == c.value) found = &q;
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->category, c.category);
  }
  // Vague: a campaign's dead told in the background are no count.
  auto r = RunEvents("وكثف المتشددون هجماتهم على الجيش وقتلوا مئات من أفراده خلال العامين الماضيين.");
  for (const auto& q : r.result.quantities) EXPECT_NE(q.category, "killed") << q.value;
}

// Session 38: a definite number word after its noun is the noun's adjective ("شهداء الإمارات
// الثلاثة"); past a genitive only in the form that agrees with a masculine noun of persons
// ("لشهداء القارات الثلاث" counts continents).
TEST(EventsQuantities, ArabicDefiniteNumberAfterItsNoun) {
  CheckOneCount({
      {"وكانت جثامين شهداء الإمارات الثلاثة قد وصلت إلى مطار البطين.", 3, "killed"},
      {"وأكدت قوات المارينز مقتل جميع العسكريين الأربعة في مركز للاحتياطيين.", 4, "killed"},
      {"وسأل الوزير عن خطف المواطنين التشيكيين الستة في البقاع الغربي.", 6, "abducted"},
      {"أود أن أبدأ بتقديم التعازي لشهداء القارات الثلاث.", 0, ""},
      {"وتحدث الوزير عن الدول الخمس الكبرى.", 0, ""},
  });
}

// Session 39: the noun before the definite number may carry a possessive pronoun ("جنودها
// الثلاثة"), its hamza then on a seat ("بشهدائها": شهداء + ها); not a noun that counts no one.
TEST(EventsQuantities, ArabicDefiniteNumberAfterANounWithAPronoun) {
  CheckOneCount({
      {"وأعلنت الدولة استشهاد جنودها الثلاثة الذين ارتقوا أثناء مشاركتهم في العمليات.", 3, "killed"},
      {"وقدم العزاء للدولة بشهدائها الثلاثة الذين سقطوا دفاعا عن الشرعية.", 3, "killed"},
      {"ووصل الوفد إلى عواصمها الثلاث.", 0, ""},
  });
}

// Session 38: English words between a group's name and the counted noun ("Some 120 Daesh
// terror group extremists and 60 foreign mercenaries were killed": the two counts share the
// predicate), not a predicate read as the noun ("6 ISIS Bombers Killed" stays ISIS fighters).
TEST(EventsQuantities, EnglishWordsBetweenTheGroupAndItsNoun) {
  auto r = RunEvents(
      "MOSCOW Some 120 Daesh terror group extremists and 60 foreign mercenaries were killed in a series of Russian air "
      "strikes in Syria over the past day.");
  const Quantity* first = nullptr;
  for (const auto& q : r.result.quantities)
    if (q.value == 120) first = &q;
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->category, "killed");
  EXPECT_EQ(first->of, "fighters");
  auto r2 = RunEvents("Kurds Come Closer to Azaz 6 ISIS Bombers Killed.");
  ASSERT_FALSE(r2.result.quantities.empty());
  EXPECT_EQ(r2.result.quantities.front().of, "fighters");
}

// Session 38: "منهم" (of them) after a number is a partitive whose predicate may stand a
// few words back ("أعدم التنظيم فورا أربعة منهم"), not after a vague number.
TEST(EventsQuantities, ArabicOfThemIsAPartitive) {
  auto r = RunEvents("وحسب المصدر: «أعدم التنظيم فورا أربعة منهم».");
  const Quantity* q = Only(r);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->value, 4u);
  EXPECT_EQ(q->category, "killed");
  auto r2 = RunEvents("في حين سقط من المسلحين الحوثيين المئات منهم قتلى وجرحى جراء الغارات.");
  for (const auto& x : r2.result.quantities) EXPECT_NE(x.category, "killed") << x.value;
}

// Session 38: the dead and the wounded told together ("عدد من الشهداء والجرحى", "عشرات
// القتلى والمصابين") are no death toll.
TEST(EventsQuantities, ArabicMartyrsAndWoundedTogether) {
  for (const char* text : {"وأسفر التفجير عن سقوط عدد من الشهداء والجرحى.",
                           "وخلف الهجوم عشرات القتلى والمصابين في صفوف القوات التركية."}) {
    SCOPED_TRACE(text);
    auto r = RunEvents(text);
    const Quantity* q = Only(r);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->category, "dead_or_wounded");
  }
}

// Session 39: an English toll of several days raised to a count is their total ("raising the
// toll from three days of fighting to 60"), not the day's incident's; a toll that rose with
// no period stays the incident's ("The death toll from the bombing in Kabul rose to 35").
TEST(EventsQuantities, EnglishTollOfSeveralDaysIsATotal) {
  auto r = RunEvents("Nine people were killed on Friday, raising the toll from three days of fighting to 60.");
  bool total = false;
  for (const auto& q : r.result.quantities) {
    if (q.value == 60) total = q.cumulative;
    if (q.value == 9) {
      EXPECT_FALSE(q.cumulative);
    }
  }
  EXPECT_TRUE(total);
  auto r2 = RunEvents("The death toll from the bombing in Kabul rose to 35.");
  const Quantity* q = Only(r2);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->value, 35u);
  EXPECT_FALSE(q->cumulative);
}

// Session 39: the toll noun first, then its verb and a bare figure far on ("إن حصيلة القتلى منذ
// بدء المواجهات بين مسلحي الحوثي والمقاومة الشعبية في المدينة بلغت ألفاً"): the count is the
// toll's (here a running total since the fighting began).
TEST(EventsQuantities, ArabicTollNounThenItsVerbAndTheFigure) {
  auto r = RunEvents("وقال المسؤول إن حصيلة القتلى منذ بدء المواجهات بين مسلحي الحوثي والمقاومة الشعبية في المدينة بلغت ألفاً.");
  const Quantity* q = Only(r);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->value, 1000u);
  EXPECT_EQ(q->category, "killed");
  EXPECT_TRUE(q->cumulative);
  auto r2 = RunEvents("وأوضح أن عدد القتلى في الهجوم على السوق الشعبي وسط المدينة مساء أمس وصل إلى 35.");
  const Quantity* q2 = Only(r2);
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->value, 35u);
  EXPECT_EQ(q2->category, "killed");
}

}  // namespace
}  // namespace marsad::events
