#include <filesystem>
#include <fstream>

#include "events_testutil.h"

namespace marsad::events {
namespace {

using testing::Dicts;
using testing::RunEvents;

std::vector<std::string> Ids(const testing::Run& r) {
  std::vector<std::string> out;
  for (const auto& a : r.result.actors) out.push_back(Dicts().actors[a.actor].id);
  return out;
}

TEST(EventsActors, CliticsLongestMatchAndBackReference) {
  auto r = RunEvents("هاجمت قوات سوريا الديمقراطية وقسد مواقع تنظيم داعش، ثم انسحب التنظيم.");
  ASSERT_EQ(Ids(r), (std::vector<std::string>{"sdf", "sdf", "isis", "isis"}));
  EXPECT_EQ(r.Surface(r.result.actors[1].start, r.result.actors[1].end), "قسد");  // و stripped from the span
  EXPECT_FALSE(r.result.actors[2].back_reference);
  EXPECT_TRUE(r.result.actors[3].back_reference);
  EXPECT_LT(r.result.actors[3].confidence, r.result.actors[2].confidence);
}

// A state's aircraft, in any of their words, with the adjective of its nationality: the
// forces whose aliases name "الطائرات X" or "الطيران X".
TEST(EventsActors, AircraftOfANationAreItsForces) {
  auto r = RunEvents("قصفت طائرات حربية تركية مواقع داعش، وقصفت المقاتلات التركية مواقع أخرى، "
                     "ثم قصفت طائرة إسرائيلية سيارة، وحلقت طائرات مقاتلة أمريكية فوق المدينة.");
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"turkish_army", "isis", "turkish_army", "israeli_air_force", "us_military"}));
  EXPECT_EQ(r.Surface(r.result.actors[0].start, r.result.actors[0].end), "طائرات حربية تركية");
  // A state's air force: "سلاح الجو التركي", "القوات الجوية الأمريكية".
  auto air = RunEvents("شن سلاح الجو التركي اليوم أولى غاراته على مواقع لتنظيم داعش، وقصفت القوات الجوية الأمريكية مواقع أخرى.");
  EXPECT_EQ(Ids(air), (std::vector<std::string>{"turkish_army", "isis", "us_military"}));
  // "مقاتلة" alone is a (woman) fighter as often as a jet; a word that is no nationality.
  auto fighter = RunEvents("وقتلت مقاتلة سورية في الاشتباكات، وحلقت طائرات حربية مجهولة فوق المدينة.");
  EXPECT_TRUE(Ids(fighter).empty());
}

// After a strike noun, the adjective alone is the mention: the noun stays the trigger.
TEST(EventsActors, AStrikesStateAdjectiveIsAMentionOfItsForces) {
  auto r = RunEvents("وقتل ثلاثة في القصف التركي، ثم في غارة جوية أمريكية.");
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"turkish_army", "us_military"}));
  ASSERT_EQ(r.result.actors.size(), 2u);
  EXPECT_EQ(r.Surface(r.result.actors[0].start, r.result.actors[0].end), "التركي");
  EXPECT_EQ(r.Surface(r.result.actors[1].start, r.result.actors[1].end), "أمريكية");
  EXPECT_TRUE(r.result.actors[0].nation_adjective);
}

// "17 مسلحا من الحوثيين": the gunmen counted of a group named after "من" are its fighters (a
// mention of it), no unidentified group; gunmen with no group named stay one.
TEST(EventsActors, GunmenOfANamedGroupAreThatGroup) {
  auto r = RunEvents("وقتل 17 مسلحا من الحوثيين في مواجهات مع المقاومة الشعبية.");
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"houthis", "houthis", "popular_resistance_ye"}));
  auto unnamed = RunEvents("وقتل 17 مسلحا في مواجهات مع المقاومة الشعبية.");
  EXPECT_EQ(Ids(unnamed), (std::vector<std::string>{"unidentified_gunmen", "popular_resistance_ye"}));
}

// So are gunmen "آخرين من تنظيم (داعش)" or "تابعين لـ" a group, and gunmen whose adjective is
// the group in the same case ending ("المسلحين الحوثيين", "مسلحا حوثيا"); not a subject and
// its object ("قتل المسلحون الحوثيين").
TEST(EventsActors, GunmenDescribedByTheirGroupAreThatGroup) {
  EXPECT_EQ(Ids(RunEvents("وتمكنت من قتل أبو قتادة و21 مسلحا آخرين من تنظيم (داعش) في معارك متفرقة.")),
            (std::vector<std::string>{"isis", "isis"}));
  EXPECT_EQ(Ids(RunEvents("واندلعت اشتباكات بين المقاومة والمسلحين الحوثيين أدت إلى مقتل 20 مسلحا حوثيا.")),
            (std::vector<std::string>{"popular_resistance_ye", "houthis", "houthis", "houthis", "houthis"}));
  EXPECT_EQ(Ids(RunEvents("واعتقلت الشرطة مسلحين تابعين لداعش.")),
            (std::vector<std::string>{"generic_police", "isis", "isis"}));
  const auto subject = Ids(RunEvents("قتل المسلحون الحوثيين في كمين."));
  ASSERT_FALSE(subject.empty());
  EXPECT_EQ(subject[0], "unidentified_gunmen");
}

TEST(EventsActors, BackReferencePrefersTheGroupNamedWithTheNoun) {
  auto r = RunEvents("قاتل تنظيم داعش في الرقة. وتقدمت قسد. وانسحب التنظيم.");
  ASSERT_EQ(r.result.actors.size(), 3u);
  EXPECT_EQ(Dicts().actors[r.result.actors[2].actor].id, "isis");
}

// "عصابات مسلحة" in a war report names the enemy the article told of (Saudi and Yemeni
// news call the Houthis so), or the group named right after it; with no armed group
// before it, it is the criminal gangs of the dictionary. A pro-government force named
// last is not whom it means.
TEST(EventsActors, GangsIsTheSidesNameForTheGroupToldOf) {
  auto r = RunEvents("قصفت ميليشيات الحوثي حي الروضة. وقالت المقاومة الشعبية إن عصابات مسلحة نهبت المنازل.");
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"houthis", "popular_resistance_ye", "houthis"}));
  auto definite = RunEvents("قصفت ميليشيات الحوثي حي الروضة. وقال سكان إن العصابات نهبت المنازل.");
  ASSERT_FALSE(definite.result.actors.empty());
  EXPECT_EQ(Ids(definite).back(), "houthis");
  auto named = RunEvents("وهاجمت عصابات الحوثي المدينة.");
  ASSERT_FALSE(named.result.actors.empty());
  EXPECT_EQ(Ids(named).front(), "houthis");
  auto crime = RunEvents("ضبطت الشرطة عصابة مسلحة تسرق السيارات.");
  EXPECT_EQ(Ids(crime), (std::vector<std::string>{"generic_police", "criminal_gangs"}));
}

TEST(EventsActors, AcronymsAreCaseSensitive) {
  auto r = RunEvents("The US said IS fighters left. This is us.");
  auto ids = Ids(r);
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[1], "isis");
}

TEST(EventsActors, NoBackReferenceWithoutAntecedent) {
  auto r = RunEvents("قال التنظيم إنه لن ينسحب.");
  EXPECT_TRUE(r.result.actors.empty());
}

TEST(EventsDictionaries, UserDirOverridesAndReportsFileLine) {
  auto dir = std::filesystem::temp_directory_path() / ("marsad_dict_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream f(dir / "actors.tsv");
    f << "#id\tname_ar\tname_en\ttype\tinter\tcameo\tcountry\taliases_ar\taliases_en\tsource\n"
      << "liwa_example\tلواء المثال\tExample Brigade\tpolitical_militia\t3\tSYRUAF\tSY\tلواء المثال|كتيبة المثال\tExample Brigade\tnotes\n";
  }
  auto base = std::string(MARSAD_SOURCE_DIR) + "/data/dictionaries";
  auto d = Dictionaries::Load(base, {dir.string()});
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_TRUE(d->actor_by_id.count("liwa_example"));
  EXPECT_EQ(d->actors.size(), Dicts().actors.size() + 1);
  {
    std::ofstream f(dir / "triggers.tsv");
    f << "#lang\tphrase\tevent_type\tsub_event_type\tcameo\tplover\tweight\tsource\n"
      << "ar\tتمشيط\tStrategic developments\tOther\t154\tMOBILIZE\t1.5\tx\n";
  }
  auto bad = Dictionaries::Load(base, {dir.string()});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("triggers.tsv:2:"), std::string::npos) << bad.status().message();
  std::filesystem::remove(dir / "triggers.tsv");
  // A state affiliate: the user's brigade fights for the government; an unknown id is an error.
  {
    std::ofstream f(dir / "actor_affiliations.tsv");
    f << "#actor_id\taffiliation\tsource\nliwa_example\tgovernment\tx\n";
  }
  auto aff = Dictionaries::Load(base, {dir.string()});
  ASSERT_TRUE(aff.ok()) << aff.status().message();
  EXPECT_TRUE(aff->actors[aff->actor_by_id.at("liwa_example")].pro_government);
  EXPECT_TRUE(aff->actors[aff->actor_by_id.at("popular_resistance_ye")].pro_government);
  EXPECT_FALSE(aff->actors[aff->actor_by_id.at("houthis")].pro_government);
  {
    std::ofstream f(dir / "actor_affiliations.tsv");
    f << "#actor_id\taffiliation\tsource\nno_such_actor\tgovernment\tx\n";
  }
  auto unknown = Dictionaries::Load(base, {dir.string()});
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("actor_affiliations.tsv:2:"), std::string::npos)
      << unknown.status().message();
  std::filesystem::remove_all(dir);
}

// Extract looks phrases up only where Dictionaries::starts says one may begin; the actor
// and count stages run alone (no PhraseStarts) try every token. Both must find the same
// actors and counts, and the dates stage, alone or in Extract, the same dates.
TEST(EventsActors, StartIndexFindsWhatAFullScanFinds) {
  for (const std::string s : {
           "هاجمت قوات سوريا الديمقراطية وقسد مواقع تنظيم داعش، ثم انسحب التنظيم. وقتل أكثر من 4000 مقاتل.",
           "وللتحالف الدولي وبالحشد الشعبي وللقوات التركية غارات أسفرت عن مقتل نحو 150 عنصراً وعشرات المدنيين.",
           "The SDF and ISIS fighters clashed; at least 12 civilians and dozens of fighters were killed on "
           "Friday, 15 October 2017.",
           "وقال مصدر في قسد يوم الجمعة الماضي إن الاشتباكات مع داعش بدأت أمس، ومنذ 3 أيام، في 15 تشرين الأول 2017.",
       }) {
    auto full = testing::RunEvents(s, "2017-10-20");
    auto text = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
    auto toks = text::Tokenize(text);
    auto sentences = text::SplitSentences(text, toks);
    EventExtractor ex(Dicts());
    EventResult alone;
    ex.FindActors(text, toks, sentences, &alone);
    ex.FindQuantities(text, toks, sentences, &alone);
    ex.FindDates(text, toks, "2017-10-20", &alone);
    ASSERT_FALSE(alone.actors.empty()) << s;
    std::vector<std::string> da, db;
    for (const auto& x : full.result.dates) da.push_back(std::to_string(x.start) + " " + x.date + " " + x.end_date);
    for (const auto& x : alone.dates) db.push_back(std::to_string(x.start) + " " + x.date + " " + x.end_date);
    EXPECT_EQ(da, db) << s;
    if (s.find("2017") != std::string::npos) {
      EXPECT_GE(db.size(), 1u) << s;
    }
    if (alone.quantities.empty()) continue;  // the dates sentence counts nothing
    std::vector<std::pair<uint32_t, uint32_t>> a, b;
    for (const auto& x : full.result.quantities) a.emplace_back(x.start, x.phrase_end);
    for (const auto& x : alone.quantities) b.emplace_back(x.start, x.phrase_end);
    EXPECT_EQ(a, b) << s;
    a.clear(), b.clear();
    for (const auto& x : alone.actors) b.emplace_back(x.start, x.end);
    // Extract may drop generic actors (actor_remap.tsv); every actor it keeps was found alone.
    for (const auto& x : full.result.actors)
      EXPECT_NE(std::find(b.begin(), b.end(), std::make_pair(x.start, x.end)), b.end()) << s;
    EXPECT_GE(b.size(), full.result.actors.size());
  }
}


TEST(EventsActors, GenericActorsMeanTheFocusCountrysForces) {
  auto ids = [](const testing::Run& r) {
    std::string out;
    for (const auto& a : r.result.actors) out += Dicts().actors[a.actor].id + " ";
    return out;
  };
  const std::string s = "وقصفت القوات الحكومية مواقع التحالف والمتمردين.";
  EXPECT_EQ(ids(testing::RunEvents(s, "", "IQ")), "iraqi_army us_led_coalition generic_rebels ");
  EXPECT_EQ(ids(testing::RunEvents(s, "", "YE")), "yemen_gov_forces saudi_led_coalition houthis ");
  // No focus: the army stays generic, "التحالف" is too ambiguous to be an actor.
  EXPECT_EQ(ids(testing::RunEvents(s)), "generic_state_forces generic_rebels ");
  // "الثوار": Syria's armed opposition in Syria news, the Popular Resistance in Yemen news
  // (it was Syria's opposition everywhere: dozens of Aden battles of 2015 had it as a side).
  const std::string thuwar = "واستعاد الثوار السيطرة على الحي.";
  EXPECT_EQ(ids(testing::RunEvents(thuwar, "", "SY")), "syrian_opposition_factions ");
  EXPECT_EQ(ids(testing::RunEvents(thuwar, "", "YE")), "popular_resistance_ye ");
  EXPECT_EQ(ids(testing::RunEvents(thuwar, "", "EG")), "");
  // So "الحرس الجمهوري" (Syria's or Saleh's) and "الدفاع المدني" (the White Helmets only in
  // Syria; Saudi Arabia's emergency service is no party).
  const std::string guard = "وقصفت قوات الحرس الجمهوري الحي، وأخمدت فرق الدفاع المدني الحريق.";
  EXPECT_EQ(ids(testing::RunEvents(guard, "", "SY")), "syrian_republican_guard white_helmets ");
  EXPECT_EQ(ids(testing::RunEvents(guard, "", "YE")), "yemen_republican_guard ");
  EXPECT_EQ(ids(testing::RunEvents(guard, "", "SA")), "");
}

// A side's backer ("المدعومة جوا وبرا من قوات التحالف", "المسنودة بقوات الجيش") fights on its
// side: not the principal actor while the sentence names the side, and never the other side.
TEST(EventsActors, ABackerIsNoSidesPrincipal) {
  auto sides = [](const testing::Run& r) {
    std::string out;
    for (const auto& e : r.result.events) {
      out += e.actor1 >= 0 ? Dicts().actors[e.actor1].id : "-";
      out += ">";
      out += e.actor2 >= 0 ? Dicts().actors[e.actor2].id : "-";
      out += " ";
    }
    return out;
  };
  EXPECT_EQ(sides(testing::RunEvents("وحققت قوات هادي المدعومة جوا وبرا من قوات التحالف والتي تقاتل باسلحة حديثة زودتها "
                                     "بها دول التحالف سلسلة انجازات وطردت الاثنين الحوثيين من آخر معاقلهم في محافظة ابين.",
                                     "2015-08-11", "YE")),
            "yemen_gov_forces>houthis ");
  EXPECT_EQ(sides(testing::RunEvents(
                "واستعادت قوات الجيش الوطني المدعومة بطيران قوات التحالف قاعدة العند العسكرية أمس من الحوثيين.",
                "2015-08-04", "YE")),
            "yemen_gov_forces>houthis ");
  // The backer's conjunct joined by و backs too: "المقاومة المسنودة بقوات الجيش الوطني وطيران التحالف".
  EXPECT_EQ(sides(testing::RunEvents("وكانت المقاومة المسنودة بقوات الجيش الوطني وطيران التحالف قد سيطرت على وادي عقان "
                                     "شمال محافظة لحج أمس.",
                                     "2015-07-24", "YE"))
                .substr(0, 20),
            "popular_resistance_y");
  // Named alone, the backer acts: "بدعم من طيران التحالف تم تحرير المدينة".
  const auto alone = testing::RunEvents("وشن طيران التحالف غارات بدعم من طيران التحالف على مواقع الحوثيين في صعدة أمس.",
                                        "2015-08-04", "YE");
  ASSERT_FALSE(alone.result.events.empty());
  EXPECT_EQ(sides(alone).substr(0, sides(alone).find('>')), "saudi_led_coalition");
}

// The regime's aircraft ("طائرات النظام") are the Syrian air force.
TEST(EventsActors, TheRegimesAircraftAreTheSyrianAirForce) {
  const auto r = testing::RunEvents("وفي ريف دمشق، قصفت طائرات النظام حيا سكنيا وسط مدينة عربين بالغوطة الشرقية أمس.",
                                    "2015-07-21", "SY");
  ASSERT_EQ(r.result.events.size(), 1u);
  ASSERT_GE(r.result.events[0].actor1, 0);
  EXPECT_EQ(Dicts().actors[r.result.events[0].actor1].id, "syrian_air_force");
}

// A generic army a rebel group of one country fights ("هجمات حزب العمال الكردستاني ضد الجيش")
// is that country's army, whatever country the article's focus is.
TEST(EventsActors, TheArmyARebelGroupFightsIsItsCountrys) {
  const auto r = testing::RunEvents("وقتل ثلاثة جنود أمس في هجمات حزب العمال الكردستاني ضد الجيش في شمال العراق.",
                                    "2015-08-06", "IQ");
  bool turkish = false;
  for (const auto& a : r.result.actors)
    if (r.Surface(a.start, a.end) == "الجيش") turkish = Dicts().actors[a.actor].id == "turkish_army";
  EXPECT_TRUE(turkish);
}

// Fire from across a border ("من داخل الأراضي اليمنية") is the country's known cross-border
// firer where actor_remap.tsv names one (cross_border_fire: the Houthi movement from Yemen,
// as ACLED and news-events-train code it), else an unnamed armed group of the country it
// came from, never of the one it struck.
TEST(EventsActors, FireFromAcrossTheBorderIsThatCountrysGroup) {
  const auto r = testing::RunEvents("تعرض مركز المسيال بقطاع ظهران الجنوب أمس لقذائف عسكرية كثيفة من داخل الأراضي اليمنية.",
                                    "2015-07-31", "SA");
  ASSERT_EQ(r.result.events.size(), 1u);
  ASSERT_GE(r.result.events[0].actor1, 0);
  EXPECT_EQ(Dicts().actors[r.result.events[0].actor1].id, "houthis");
  const auto syria = testing::RunEvents("سقطت قذائف صاروخية أطلقت من داخل الأراضي السورية على بلدة كيليس التركية أمس.",
                                        "2015-07-31", "TR");
  ASSERT_EQ(syria.result.events.size(), 1u);
  ASSERT_GE(syria.result.events[0].actor1, 0);
  EXPECT_EQ(Dicts().actors[syria.result.events[0].actor1].id, "unidentified_gunmen_sy");
  // Session 38: its border as well as its land ("من داخل الحدود اليمنية", 14 corpus articles).
  const auto border = testing::RunEvents(
      "أصيب مقيم من الجنسية اليمنية إثر مقذوفات عسكرية أطلقت من داخل الحدود اليمنية على مدينة نجران.", "2015-07-25",
      "SA");
  ASSERT_EQ(border.result.events.size(), 1u);
  ASSERT_GE(border.result.events[0].actor1, 0);
  EXPECT_EQ(Dicts().actors[border.result.events[0].actor1].id, "houthis");
}

// Civilians arrest no one: state forces named in the sentence are the arrest's author. An
// armed group said to arrest ("ألقت المقاومة الشعبية القبض على ... والموالين لصالح") stays its
// author, forces named after it being whom it took.
TEST(EventsActors, CiviliansArrestNoOne) {
  auto arrest = [](const testing::Run& r) -> std::string {
    for (const auto& e : r.result.events)
      if (e.sub_event_type == "Arrests") return e.actor1 >= 0 ? Dicts().actors[e.actor1].id : "-";
    return "no arrest";
  };
  EXPECT_EQ(arrest(testing::RunEvents("ذكر تقرير إخباري اليوم الأحد أن قوات الأمن التركية اعتقلت 851 شخصا مشتبها به، من خلال "
                                      "عملياتها ضد تنظيم داعش في 34 ولاية تركية.",
                                      "2015-07-26", "TR")),
            "police_tr");
  EXPECT_EQ(arrest(testing::RunEvents(
                "في غضون ذلك، ألقت المقاومة الشعبية في عدن القبض على عشرات الحوثيين والموالين لصالح بينهم قيادات عسكرية.",
                "2015-07-26", "YE")),
            "popular_resistance_ye");
  // A group named after the arrest, not its verb's subject, is whom it concerns: the arrester
  // is unnamed (the country's police where the gazetteer places the arrest).
  auto sides = [](const testing::Run& r) -> std::string {
    for (const auto& e : r.result.events)
      if (e.sub_event_type == "Arrests")
        return (e.actor1 >= 0 ? Dicts().actors[e.actor1].id : "-") + ">" + (e.actor2 >= 0 ? Dicts().actors[e.actor2].id : "-");
    return "no arrest";
  };
  EXPECT_EQ(sides(testing::RunEvents("نجحت قوات الأمن السعودية في تسديد ضربات لتنظيم داعش. اعتقال 431 بينهم أجانب خططوا لاستهداف "
                                     "مساجد، يؤكد قدرة وزارة الداخلية على مواجهة التنظيم بقسوة وحماية المواطنين.",
                                     "2015-07-23", "SA")),
            "->isis");
  EXPECT_EQ(arrest(testing::RunEvents("وتم إلقاء القبض على عدد كبير من القيادات الميدانية الحوثية بينهم قائد كبير حاول الهروب "
                                      "إلا أنه وقع بيد المقاومة الشعبية.",
                                      "2015-07-24", "YE")),
            "popular_resistance_ye");
}

// Yemen's loyalist forces as the news names them ("القوات الموالية للشرعية", "القوات الموالية
// لهادي") are the government's forces, and the former president's ("القوات الموالية للرئيس
// اليمني السابق علي صالح") Saleh's; "الجيش الوطني" is the state's forces, remapped by country.
TEST(EventsActors, LoyalistForcesOfYemen) {
  auto r = RunEvents("سيطرت القوات الموالية للشرعية على التواهي، وتقدمت القوات الموالية لهادي نحو الحوطة عقب اشتباكات "
                     "مع الحوثيين والقوات الموالية للرئيس اليمني السابق علي صالح.",
                     "2015-08-04", "YE");
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"yemen_gov_forces", "yemen_gov_forces", "houthis", "yemen_republican_guard"}));
  auto army = RunEvents("وتمكنت قوات الجيش الوطني والمقاومة الشعبية من تحرير محافظة ابين.", "2015-08-11", "YE");
  ASSERT_FALSE(army.result.actors.empty());
  EXPECT_EQ(Ids(army)[0], "yemen_gov_forces");
}

// The state's forces unnamed ("الجنود", "الجيش") are the focus country's army, Egypt's, Lebanon's
// and Saudi Arabia's too (ACLED names no generic state forces).
TEST(EventsActors, UnnamedSoldiersAreTheirCountrysArmy) {
  for (const auto& [country, army] : std::vector<std::pair<std::string, std::string>>{
           {"EG", "egyptian_army"}, {"LB", "lebanese_army"}, {"SA", "saudi_military"}}) {
    auto r = RunEvents("قتل ثلاثة جنود في هجوم مسلح على نقطة تفتيش.", "2015-08-03", country);
    ASSERT_FALSE(r.result.actors.empty()) << country;
    EXPECT_EQ(Ids(r)[0], army) << country;
  }
}

// A generic force with a state's adjective is that state's ("جنود أتراك", "جندي تركي", "السلطات
// التركية"), whatever country the article is about; what is attributed to a group ("في حادثة
// نسبت أيضا إلى حزب العمال الكردستاني") names its author.
TEST(EventsActors, AStatesAdjectiveAndAnAttribution) {
  auto r = RunEvents("ذكر الجيش التركي أن ثلاثة جنود أتراك قتلوا في هجوم في إقليم كردستان العراق.", "2015-08-03", "IQ");
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"turkish_army", "turkish_army"}));
  auto pkk = RunEvents("وفي حادثة منفصلة نسبت ايضا الى حزب العمال الكردستاني، قتل جندي تركي وجرح سبعة آخرون في انفجار "
                       "عبوة في محافظة ماردين.",
                       "2015-08-02", "TR");
  ASSERT_EQ(pkk.result.events.size(), 1u);
  EXPECT_EQ(Dicts().actors[pkk.result.events[0].actor1].id, "pkk");
  EXPECT_EQ(Dicts().actors[pkk.result.events[0].actor2].id, "turkish_army");
}

// Actors joined by "و" act together: the first named is actor 1 and the other no opponent
// ("الحوثيين وقوات صالح قصفوا", the plural verb a trigger too); "بين" still makes them two sides.
TEST(EventsActors, ActorsJoinedByAndActTogether) {
  auto id = [](int32_t a) { return a >= 0 ? Dicts().actors[a].id : std::string("-"); };
  auto shelled = RunEvents("وذكر شهود عيان أن الحوثيين وقوات صالح قصفوا بشكل عنيف منطقة سكنية في عدن.", "2015-07-22");
  ASSERT_EQ(shelled.result.events.size(), 1u);
  EXPECT_EQ(shelled.result.events[0].sub_event_type, "Shelling/artillery/missile attack");
  EXPECT_EQ(id(shelled.result.events[0].actor1), "houthis");
  EXPECT_NE(id(shelled.result.events[0].actor2), "yemen_republican_guard");
  auto between = RunEvents("واندلعت اشتباكات بين الحوثيين وقوات صالح في صنعاء أمس.", "2015-07-23");
  ASSERT_EQ(between.result.events.size(), 1u);
  EXPECT_EQ(id(between.result.events[0].actor1), "houthis");
  EXPECT_EQ(id(between.result.events[0].actor2), "yemen_republican_guard");
}

// Session 27 (second round): the group a count of the dead or wounded is of is actor 2 of
// the attack that killed them, with the groups joined to it, whether the casualty word comes
// before the count or its predicate after the group.
TEST(EventsActors, TheGroupCountedAmongTheDeadIsTheVictim) {
  auto id = [](int32_t a) { return a >= 0 ? Dicts().actors[a].id : std::string("-"); };
  auto before = RunEvents("وقتل أربعة عناصر من الجيش والشرطة في انفجار سيارة مفخخة في الرمادي أمس.", "2015-07-22", "IQ");
  ASSERT_EQ(before.result.events.size(), 1u);
  EXPECT_EQ(id(before.result.events[0].actor2), "iraqi_army");
  EXPECT_NE(id(before.result.events[0].actor1), "iraqi_police");  // unnamed: an unidentified group
  auto after = RunEvents("وكان 4 من الحوثيين وقوات صالح قتلوا أمس في هجوم على نقطة تفتيش في البيضاء.", "2015-07-22", "YE");
  ASSERT_EQ(after.result.events.size(), 1u);
  EXPECT_EQ(id(after.result.events[0].actor2), "houthis");
  EXPECT_NE(id(after.result.events[0].actor1), "yemen_republican_guard");
}

// An actor's id, "-" for none.
std::string ActorId(int32_t a) { return a >= 0 ? Dicts().actors[a].id : std::string("-"); }

// A protest's armed actors with no protesters named are what it is about: a state's forces, or
// a group named after the word of its cause ("تنديدا"), protest nothing.
TEST(EventsActors, TheTargetOfAProtestIsNotItsProtesters) {
  auto r = RunEvents("وتظاهر الآلاف في برلين تنديدا بالقصف الذي يشنه الجيش التركي على مقاتلي حزب العمال الكردستاني.",
                     "2015-08-01", "TR");
  const auto protests = EventsWhere(r, [](const Event& e) { return e.event_type == "Protests"; });
  for (const Event* e : protests) {
    EXPECT_NE(ActorId(e->actor1), "turkish_army");
    EXPECT_NE(ActorId(e->actor1), "pkk");
  }
  EXPECT_FALSE(protests.empty());
}

// An attack on a home, with no armed side attacked, is violence against civilians (ACLED).
TEST(EventsActors, AnAttackOnAHomeIsViolenceAgainstCivilians) {
  auto r = RunEvents("وهاجم مستوطنون منزل عائلة فلسطينية في قرية قرب نابلس الليلة الماضية.", "2015-08-01", "PS");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].event_type, "Violence against civilians");
}


// The first reading's actor 2 is `victim`, and its actor 1 is not.
void ExpectTheVictim(const testing::Run& r, const std::string& victim) {
  ASSERT_FALSE(r.result.events.empty());
  EXPECT_EQ(ActorId(r.result.events[0].actor2), victim);
  EXPECT_NE(ActorId(r.result.events[0].actor1), victim);
}

// The dead counted among an actor's own men ("مقتل اثنين من جنوده") are of that actor, though
// it is the speaker: it is the victim (actor 2), never the author.
TEST(EventsActors, TheDeadAmongAnActorsOwnMenAreItsSide) {
  ExpectTheVictim(RunEvents("وأعلن الجيش العراقي مقتل اثنين من جنوده في هجوم انتحاري بسيارة مفخخة في الرمادي أمس.",
                            "2015-07-22", "IQ"),
                  "iraqi_army");
}

// The announcer is no party to what it announces, though an aside in commas and quotation marks
// stands between its verb and "أن": "وأعلنت غرفة عمليات «فجر ليبيا»، عبر صفحتها الرسمية على موقع
// التواصل الاجتماعي «فيسبوك»، أن الهجوم ..." (16 words at most, not 16 tokens).
TEST(EventsActors, AnAnnouncerBeforeAnAsideIsNoParty) {
  auto r = RunEvents("وأعلنت غرفة عمليات «فجر ليبيا»، عبر صفحتها الرسمية على موقع التواصل الاجتماعي «فيسبوك»، أن الهجوم على "
                     "السيارات الليبية وقع أمس.",
                     "2015-07-25", "LY");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_NE(ActorId(r.result.events[0].actor1), "libya_dawn");
}

// Who survived an attempt or an attack ("نجا ... من محاولة اغتيال") is its target, never its
// author: a minister is no armed side (the civilians of the place stand in), an army is actor 2.
TEST(EventsActors, WhoSurvivedIsTheTarget) {
  auto r = RunEvents("نجا مصطفى الدباشي، وزير داخلية الحكومة الانتقالية في ليبيا، أمس، من محاولة اغتيال في تونس.",
                     "2015-07-25", "LY");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_NE(ActorId(r.result.events[0].actor1), "generic_government");
  EXPECT_EQ(r.result.events[0].sub_event_type, "Attack");
  // The group a verb of doing names after the attempt is its author ("نفذها تنظيم القاعدة").
  auto done = RunEvents("نجا محافظ عدن من محاولة اغتيال نفذها تنظيم القاعدة أمس.", "2015-08-01", "YE");
  ASSERT_EQ(done.result.events.size(), 1u);
  EXPECT_EQ(ActorId(done.result.events[0].actor1), "aqap");
  ExpectTheVictim(RunEvents("نجا قائد الجيش العراقي أمس من هجوم انتحاري بسيارة مفخخة في الرمادي.", "2015-07-25", "IQ"),
                  "iraqi_army");
  // A party's official is no armed side either (ACLED codes unarmed party members as
  // civilians): the attempt is an attack on civilians, not a battle with the party.
  auto party = RunEvents("نجا قيادي في حزب الإصلاح أمس من محاولة اغتيال بعبوة ناسفة في مدينة تعز.", "2015-07-22", "YE");
  ASSERT_EQ(party.result.events.size(), 1u);
  EXPECT_NE(ActorId(party.result.events[0].actor2), "islah");
  EXPECT_NE(party.result.events[0].sub_event_type, "Armed clash");
}

// A state's police named by its adjective are that state's police (ACLED: "Police Forces of
// Russia"); a wish to join a group claimed ("برغبتهن في الانضمام إليهم") is no change of group.
TEST(EventsActors, ThePoliceOfAStateAndAWishToJoin) {
  auto r = RunEvents("ضبطت الشرطة الروسية أمس 3 نساء بتهمة الاحتيال عن طريق خداعهن لمسلحين من داعش عبر الإدعاء برغبتهن في "
                     "الانضمام إليهم.",
                     "2015-07-31", "RU");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(ActorId(r.result.events[0].actor1), "police_ru");
  EXPECT_EQ(r.result.events[0].sub_event_type, "Arrests");
}

// "استهدف دورية للجيش العراقي": the owner of the patrol, convoy or post hit (its ل proclitic
// after the noun) is the target, not the author.
TEST(EventsActors, TheOwnerOfAPatrolHitIsTheTarget) {
  ExpectTheVictim(RunEvents("وقتل عشرة أشخاص في هجوم انتحاري بسيارة مفخخة استهدف دورية للجيش العراقي في شرق بغداد.",
                            "2015-07-22", "IQ"),
                  "iraqi_army");
}

// The group a place is freed from ("تحرير ... من عصابات داعش") loses it: actor 2.
TEST(EventsActors, TheGroupAPlaceIsFreedFromLosesIt) {
  auto r = RunEvents("أعلن عن تحرير القوات الأمنية جامعة الأنبار من عصابات داعش.", "2015-07-22", "IQ");
  const auto taken =
      EventsWhere(r, [](const Event& e) { return e.sub_event_type.find("territory") != std::string::npos; });
  for (const Event* e : taken) {
    EXPECT_EQ(ActorId(e->actor2), "isis");
    EXPECT_NE(ActorId(e->actor1), "isis");
  }
  EXPECT_FALSE(taken.empty());
  // The group after "من" is another mention of the group the reading took first, named in an
  // earlier clause ("نحو تحرير محافظة شبوة من ميليشيات جماعة الحوثي، بعد أن تم تطهير ... من
  // العناصر الحوثية").
  auto later = RunEvents("أكد قائد المقاومة الشعبية أن قوات المقاومة تتقدم نحو تحرير شبوة من ميليشيات جماعة الحوثي، بعد أن تم "
                         "تطهير محافظتي أبين ولحج من العناصر الحوثية.",
                         "2015-08-08", "YE");
  const auto cleared =
      EventsWhere(later, [](const Event& e) { return e.sub_event_type.find("territory") != std::string::npos; });
  ASSERT_EQ(cleared.size(), 1u);
  EXPECT_EQ(ActorId(cleared[0]->actor2), "houthis");
  EXPECT_NE(ActorId(cleared[0]->actor1), "houthis");
}

// Session 36: a nominal attack with its author after it ("هجوم شنته جماعة الحوثي") and no
// target after that: its victims are the subject of the verb of dying before it, not the
// police who told of it.
TEST(EventsActors, TheDeadBeforeAnAttackByANamedAuthorAreItsTarget) {
  auto r = RunEvents("وقالت الشرطة إن ثلاثة مدنيين قتلوا في هجوم شنته جماعة الحوثي في عدن.", "2015-07-22", "YE");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(ActorId(r.result.events[0].actor1), "houthis");
  EXPECT_EQ(ActorId(r.result.events[0].actor2), "civilians_ye");
}

// Session 36: of an attack repelled ("تصدت المقاومة لهجمات شنها الحوثيون") the attackers are
// actor 1, the defenders actor 2, whichever the verb names first.
TEST(EventsActors, WhoseAttackWasRepelledIsActor1) {
  for (const char* text : {"وتصدت المقاومة الشعبية أمس لهجمات شنها المسلحون الحوثيون على مواقعها في صرواح.",
                           "وقال إن المقاومة تصدت لهجوم الحوثيين على مواقعها في تعز."}) {
    auto r = RunEvents(text, "2015-07-22", "YE");
    ASSERT_EQ(r.result.events.size(), 1u) << text;
    EXPECT_EQ(ActorId(r.result.events[0].actor1), "houthis") << text;
    EXPECT_EQ(ActorId(r.result.events[0].actor2), "popular_resistance_ye") << text;
  }
}

// Session 37: an air strike whose clause names no flyer, only a group that has no aircraft
// (the Resistance it helps, the Houthis of a clash told beside it), is flown by the aircraft
// whose owner the article named before it; the Houthis are hit.
TEST(EventsActors, AStrikeWithNoFlyerInItsClauseIsTheAircraftNamedBefore) {
  for (const char* second : {"وفي مأرب قصفت المقاتلات مواقع للحوثيين وقوات صالح، حيث أوقفت تقدمهم، ومساعدة رجال "
                             "المقاومة على استعادة الكثير من المواقع.",
                             "وتأتي تلك الغارات مع استمرار المواجهات المسلحة بين الحوثيين والمقاومة الشعبية في مأرب."}) {
    const std::string text = std::string("وشنت طائرات التحالف العربي غارات على معسكر في صنعاء. ") + second;
    auto r = RunEvents(text, "2015-07-22", "YE");
    ASSERT_EQ(r.result.events.size(), 2u) << second;
    EXPECT_EQ(r.result.events[1].sub_event_type, "Air/drone strike") << second;
    EXPECT_EQ(ActorId(r.result.events[1].actor1), "saudi_led_coalition") << second;
    EXPECT_EQ(ActorId(r.result.events[1].actor2), "houthis") << second;
  }
  // No aircraft named before it: the group stays (nothing to put in its place).
  auto none = RunEvents("وفي مأرب قصفت المقاتلات مواقع للحوثيين، ومساعدة رجال المقاومة على استعادة المواقع.",
                        "2015-07-22", "YE");
  ASSERT_EQ(none.result.events.size(), 1u);
  EXPECT_NE(ActorId(none.result.events[0].actor1), "saudi_led_coalition");
}

// "الائتلاف الدولي" is the US-led coalition as "التحالف الدولي" is (AFP's word): its strikes
// are its own, not those of the group whose bridges they hit.
TEST(EventsActors, TheInternationalCoalitionInEitherWord) {
  auto r = RunEvents("نفذ الائتلاف الدولي بقيادة اميركية الجمعة غارات جوية على جسرين استراتيجيين في محافظة دير "
                     "الزور يستخدمهما تنظيم داعش.",
                     "2015-07-31", "SY");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(ActorId(r.result.events[0].actor1), "us_led_coalition");
  EXPECT_EQ(ActorId(r.result.events[0].actor2), "isis");
}

// A state named as such owns the aircraft of its air strike ("طائرة حربية تابعة للنظام
// السوري"): its forces fly it, not the group that holds the place it hit.
TEST(EventsActors, AStrikesStateIsItsForcesNotTheGroupHoldingThePlace) {
  auto r = RunEvents("سقطت طائرة حربية تابعة للنظام السوري أمس الاثنين نتيجة خلل تقني أثناء قصفها حياً في مدينة "
                     "أريحا الخاضعة لسيطرة فصائل المعارضة في شمال غرب سوريا ما تسبب بمقتل 27 شخصاً على الاقل من "
                     "سكان الحي، وفق ما أعلن المرصد السوري لحقوق الانسان. وقال المرصد إن القتلى ال27 قضوا جميعهم "
                     "نتيجة سقوط الطائرة او بسبب القصف الذي سبق تحطمها.",
                     "2015-08-04", "SY");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(ActorId(r.result.events[0].actor1), "syrian_army");
  EXPECT_EQ(ActorId(r.result.events[0].actor2), "civilians_sy");
}

// Session 38: "الحرس الوطني" in Saudi news is the Saudi Arabian National Guard (ACLED:
// Military Forces of Saudi Arabia); elsewhere the word names no party here.
TEST(EventsActors, TheNationalGuardOfASaudiArticle) {
  auto r = RunEvents("أعلنت قيادة قوات التحالف أن أحد رجال الحرس الوطني المرابطين على الحدود مع اليمن قتل نتيجة "
                     "إطلاق ميليشيا الحوثي مقذوفا عسكريا على نجران.",
                     "2015-08-08", "SA");
  bool guard = false;
  for (const auto& a : r.result.actors)
    if (r.Surface(a.start, a.end).find("الحرس الوطني") != std::string::npos)
      guard = Dicts().actors[a.actor].name_en == "Military Forces of Saudi Arabia";
  EXPECT_TRUE(guard);
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(ActorId(r.result.events[0].actor1), "houthis");
  EXPECT_EQ(ActorId(r.result.events[0].actor2), "saudi_military");
  auto other = RunEvents("وأقر البرلمان قانون الحرس الوطني أمس.", "2015-08-08", "IQ");
  for (const auto& a : other.result.actors) EXPECT_EQ(other.Surface(a.start, a.end).find("الحرس"), std::string::npos);
}

// Session 38: an air force does not strike the group that fights for the government on the
// ground (the Resistance): the group its ally fights, named in the clause, is hit.
TEST(EventsActors, AnAirStrikeDoesNotHitTheAllyOnTheGround) {
  auto r = RunEvents("وأكدت المصادر ان مليشيات الحوثي وصالح ارسلت تعزيزات كبيرة الى جبهة عدن عبر محافظة أبين، لكن طيران "
                     "التحالف العربي قصف تلك التعزيزات في مديرية لودر، وأن المقاومة والجيش الوطني قضى على ما تبقى "
                     "منها في مواجهات عنيفة.",
                     "2015-07-22", "YE");
  bool strike = false;
  for (const auto& e : r.result.events) {
    if (e.sub_event_type != "Air/drone strike") continue;
    strike = true;
    EXPECT_EQ(ActorId(e.actor1), "saudi_led_coalition");
    EXPECT_EQ(ActorId(e.actor2), "houthis");
  }
  EXPECT_TRUE(strike);
  // No foe named in the clause: no one, rather than the ally.
  auto none = RunEvents("وشنت طائرات التحالف العربي غارات عنيفة لمساندة المقاومة الشعبية في لحج.", "2015-07-22", "YE");
  for (const auto& e : none.result.events) {
    if (e.sub_event_type == "Air/drone strike") {
      EXPECT_NE(ActorId(e.actor2), "popular_resistance_ye");
    }
  }
}

// Session 39: "Kurdish forces", "المقاتلين الأكراد" are the Kurdish armed forces of the
// article's war (actor_remap.tsv): the YPG in Syria, the PKK in Turkey, the Peshmerga in Iraq;
// no actor elsewhere.
TEST(EventsActors, KurdishForcesAreTheirTheatresKurdishForces) {
  auto sy = RunEvents("Kurdish fighters clashed with Islamic State militants in Kobani on Monday, killing 12.", "2015-07-27",
                      "SY");
  ASSERT_TRUE(testing::OneEvent(sy.result.events, "Armed clash"));
  EXPECT_EQ(ActorId(sy.result.events[0].actor1), "ypg");
  EXPECT_EQ(ActorId(sy.result.events[0].actor2), "isis");
  auto tr = RunEvents("قتل جنديان تركيان في هجوم شنه مقاتلون أكراد على مركز للشرطة في إقليم شرناق أمس.",
                      "2015-08-04", "TR");
  bool pkk = false;
  for (const auto& e : tr.result.events) pkk = pkk || ActorId(e.actor1) == "pkk";
  EXPECT_TRUE(pkk);
  auto iq = RunEvents("وتقدمت القوات الكردية وسيطرت على قرى جنوب كركوك بعد معارك مع مسلحي داعش.", "2015-08-11", "IQ");
  bool peshmerga = false;
  for (const auto& a : iq.result.actors) peshmerga = peshmerga || ActorId(a.actor) == "peshmerga";
  EXPECT_TRUE(peshmerga);
  auto other = RunEvents("Kurdish fighters marched in Berlin on Saturday.", "2015-08-04", "DE");
  for (const auto& a : other.result.actors) EXPECT_EQ(other.Surface(a.start, a.end).find("Kurdish"), std::string::npos);
}

// Session 39: a state's possessive on "government", "army", "military" names that state's
// government or forces ("Yemen's government and the Houthis agreed" gave the Houthis alone).
TEST(EventsActors, AStatesPossessiveNamesItsGovernmentOrForces) {
  auto deal = RunEvents("Yemen's government and the Houthis agreed to a ceasefire in Hodeidah on Tuesday.", "2015-07-27",
                        "YE");
  ASSERT_TRUE(testing::OneEvent(deal.result.events, "Agreement"));
  const Event& e = deal.result.events[0];
  EXPECT_TRUE((ActorId(e.actor1) == "yemen_gov" && ActorId(e.actor2) == "houthis") ||
              (ActorId(e.actor1) == "houthis" && ActorId(e.actor2) == "yemen_gov"))
      << ActorId(e.actor1) << " " << ActorId(e.actor2);
  auto army = RunEvents("Turkey's military shelled PKK positions in northern Iraq on Monday.", "2015-07-27", "IQ");
  bool turkey = false;
  for (const auto& a : army.result.actors)
    if (army.Surface(a.start, a.end) == "Turkey's military") turkey = ActorId(a.actor) == "turkish_army";
  EXPECT_TRUE(turkey);
  // Not any possessive: a group's "army of fighters" is no state's.
  auto group = RunEvents("The group's army of fighters attacked Homs on Monday.", "2015-07-27", "SY");
  for (const auto& a : group.result.actors) EXPECT_EQ(group.Surface(a.start, a.end).find("army"), std::string::npos);
}

// Session 39: a group's supporters are the people who march for it, not its fighters.
TEST(EventsActors, AGroupsSupportersAreNotItsFighters) {
  auto r = RunEvents("Hundreds of Houthi supporters rallied in Sanaa on Friday.", "2015-07-27", "YE");
  ASSERT_TRUE(testing::OneEvent(r.result.events, "Peaceful protest"));
  EXPECT_EQ(ActorId(r.result.events[0].actor1), "protesters");
  // Its fighters stay the group.
  auto f = RunEvents("Houthi fighters attacked Aden on Friday.", "2015-07-27", "YE");
  for (const auto& e : f.result.events) EXPECT_EQ(ActorId(e.actor1), "houthis");
}

// Session 39 (FA-KES held-out reading): "al-Nusra" (one token with its article) is the Nusra
// Front, and servicemen are soldiers ("17 Turkish servicemen" were read as civilians).
TEST(EventsActors, AlNusraAndServicemen) {
  auto nusra = RunEvents("An army unit destroyed two vehicles belonging to al-Nusra terrorists in Sweida countryside on Monday.",
                         "2016-04-22", "SY");
  bool found = false;
  for (const auto& a : nusra.result.actors) found = found || ActorId(a.actor) == "jabhat_al_nusra";
  EXPECT_TRUE(found);
  auto turks = RunEvents("The YPG killed 17 Turkish servicemen in Afrin on Thursday.", "2017-04-27", "SY");
  ASSERT_TRUE(testing::OneEvent(turks.result.events, "Armed clash"));
  EXPECT_EQ(ActorId(turks.result.events[0].actor2), "turkish_army");
}

// Session 39: the English source "at" or "in" a force speaks ("A source at Aleppo Police
// Command told SANA"): it is no party to the attack it tells of.
TEST(EventsActors, ASourceAtTheForceIsNoParty) {
  auto r = RunEvents("A source at Aleppo Police Command told SANA that a rocket shell fired by the terrorist organizations "
                     "on a school in Aleppo city claimed the lives of two children.",
                     "2016-10-13", "SY");
  ASSERT_FALSE(r.result.events.empty());
  for (const auto& e : r.result.events) {
    EXPECT_NE(ActorId(e.actor1), "syrian_police");
    EXPECT_NE(ActorId(e.actor2), "syrian_police");
  }
}

}  // namespace
}  // namespace marsad::events
