#include <chrono>
#include <cstdio>
#include <set>
#include <string>

#include "events/incidents.h"
#include "events_testutil.h"

namespace marsad::events {
namespace {

using testing::RunEvents;

const DateMention* Find(const testing::Run& r, const std::string& surface) {
  for (const auto& d : r.result.dates)
    if (r.Surface(d.start, d.end) == surface) return &d;
  ADD_FAILURE() << "no date mention \"" << surface << "\"";
  return nullptr;
}

// The month's other name in brackets between the month and the year ("2 أغسطس (آب) 1990",
// "مايو (أيار) 1990"): the year is still the date's, so a chronology's 1990 is no 2015 news.
TEST(EventsDates, TheMonthsOtherNameInBrackets) {
  auto r = RunEvents("* 2 أغسطس (آب) 1990: اعتدى العراق على الحدود الكويتية. وفي مايو (أيار) 1990 عقدت القمة.",
                     "2015-08-02");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "2 أغسطس (آب) 1990")));
  EXPECT_EQ(d->date, "1990-08-02");
  ASSERT_TRUE((d = Find(r, "مايو (أيار) 1990")));
  EXPECT_EQ(d->date, "1990-05-01");
  EXPECT_EQ(d->precision, "month");
  for (const auto& e : r.result.events) EXPECT_NE(e.date, "2015-08-02") << e.sub_event_type;
}

// An English month and day with no year: the latest such day on or before the publication;
// an incident on it, months before, is history.
TEST(EventsDates, AnEnglishMonthAndDayWithoutAYear) {
  auto r = RunEvents("The district was targeted before, including on June 19 when at least six people were killed in a "
                     "car bomb attack. In December 5 were killed.",
                     "2014-10-01");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "June 19")));
  EXPECT_EQ(d->date, "2014-06-19");
  for (const auto& e : r.result.events) EXPECT_NE(e.fatalities, 6u) << e.sub_event_type;
  auto later = RunEvents("Six people were killed on December 30 in a car bomb attack.", "2015-01-02");
  ASSERT_TRUE((d = Find(later, "December 30")));
  EXPECT_EQ(d->date, "2014-12-30");
}

// English ordinal days written with digits: "October 13th", "the 4th of April", "21st March
// 2015"; an incident on such a day is dated by it, not by the publication.
TEST(EventsDates, EnglishOrdinalDays) {
  auto r = RunEvents("On October 13th 30 people were killed in a suicide bombing in Hasaka. A sarin attack hit the "
                     "town on the 4th of April. Talks began on 21st March 2015. The 13th Division advanced.",
                     "2016-10-23");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "October 13th")));
  EXPECT_EQ(d->date, "2016-10-13");
  ASSERT_TRUE((d = Find(r, "4th of April")));
  EXPECT_EQ(d->date, "2016-04-04");
  ASSERT_TRUE((d = Find(r, "21st March 2015")));
  EXPECT_EQ(d->date, "2015-03-21");
  EXPECT_EQ(r.result.dates.size(), 3u);  // not "13th Division"
  for (const auto& e : r.result.events) {
    if (e.fatalities == 30) { EXPECT_EQ(e.date, "2016-10-13"); }
  }
}

// A full date that opens the text is its dateline: it dates no incident of its own sentence
// ("Published July 4 2015 An explosion at a mosque ... on Friday killed at least 25").
TEST(EventsDates, TheDatelineDatesNoIncident) {
  auto r = RunEvents("Published July 4 2015 An explosion at a mosque in Ariha on Friday killed at least 25 people.",
                     "2015-07-04");
  ASSERT_FALSE(r.result.events.empty());
  for (const auto& e : r.result.events) EXPECT_EQ(e.date, "2015-07-03") << e.sub_event_type;
}

// Hijri dates (Umm al-Qura): a day, a month and a year, numeric or with the month's name, with
// or without the era ("هـ", "هجري"); the span is the mention's, the date its Gregorian day.
// A Hijri month told from the publication's (Saudi papers write the year out only in
// datelines): "شوال الجاري" is this Shawwal, "شعبان الفائت" and "19 رمضان الماضي" the last ones
// before it, "ذي القعدة المقبل" the next; a paper of 10 Aug 2015 (25 Shawwal 1436).
TEST(EventsDates, AHijriMonthFromThePublications) {
  auto r = RunEvents("وقع الهجوم يوم الاثنين 4 شوال الجاري. وكان تفجير القديح في شهر شعبان الفائت. وفي 19 رمضان الماضي "
                     "اجتمع المجلس. ويعقد المؤتمر في منتصف شهر ذي القعدة المقبل.",
                     "2015-08-10");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "يوم الاثنين 4 شوال الجاري")));
  EXPECT_EQ(d->date, "2015-07-20");
  EXPECT_EQ(d->precision, "day");
  ASSERT_TRUE((d = Find(r, "شعبان الفائت")));
  EXPECT_EQ(d->date, "2015-05-19");
  EXPECT_EQ(d->precision, "month");
  ASSERT_TRUE((d = Find(r, "19 رمضان الماضي")));
  EXPECT_EQ(d->date, "2015-07-06");
  ASSERT_TRUE((d = Find(r, "ذي القعدة المقبل")));
  EXPECT_EQ(d->date, "2015-08-16");
  // "رمضان الماضي" in a paper of Ramadan is last year's.
  auto ramadan = RunEvents("وفي رمضان الماضي اجتمع المجلس.", "2015-07-01");
  ASSERT_TRUE((d = Find(ramadan, "رمضان الماضي")));
  EXPECT_EQ(d->date.substr(0, 4), "2014");
}

TEST(EventsDates, HijriDates) {
  auto r = RunEvents("صدر القرار في 16 شوال 1436هـ. وكان التعميم رقم 9/9/1436هـ قد صدر في 24/1/1434 "
                     "بعد اجتماع 10/4/ 1436هـ ولقاء 12 - 7 - 1432هـ. وفي الأول من شوال 1436 كان العيد. "
                     "وفي رجب 1436 وشوال 1436هـ وشهر رمضان من عام 1436هـ وصفر لعام 1436 هـ. "
                     "ومنذ عام 1423 هـ وحتى 1436 هجري والعام المالي 1434 - 1435هـ.",
                     "2015-08-20");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "16 شوال 1436هـ")));
  EXPECT_EQ(d->date, "2015-08-01");
  EXPECT_EQ(d->precision, "day");
  EXPECT_EQ(d->kind, "absolute");
  ASSERT_TRUE((d = Find(r, "9/9/1436هـ")));
  EXPECT_EQ(d->date, "2015-06-26");
  ASSERT_TRUE((d = Find(r, "24/1/1434")));
  EXPECT_EQ(d->date, "2012-12-08");
  ASSERT_TRUE((d = Find(r, "10/4/ 1436هـ")));
  EXPECT_EQ(d->date, "2015-01-30");
  ASSERT_TRUE((d = Find(r, "12 - 7 - 1432هـ")));
  EXPECT_EQ(d->date, "2011-06-14");
  ASSERT_TRUE((d = Find(r, "الأول من شوال 1436")));
  EXPECT_EQ(d->date, "2015-07-17");
  ASSERT_TRUE((d = Find(r, "رجب 1436")));
  EXPECT_EQ(d->precision, "month");
  EXPECT_EQ(d->date, "2015-04-20");
  EXPECT_EQ(d->end_date, "2015-05-18");
  ASSERT_TRUE((d = Find(r, "وشوال 1436هـ")));
  EXPECT_EQ(d->date, "2015-07-17");
  EXPECT_EQ(d->end_date, "2015-08-15");
  ASSERT_TRUE((d = Find(r, "رمضان من عام 1436هـ")));
  EXPECT_EQ(d->date, "2015-06-18");
  EXPECT_EQ(d->end_date, "2015-07-16");
  ASSERT_TRUE((d = Find(r, "وصفر لعام 1436 هـ")));
  EXPECT_EQ(d->precision, "month");
  EXPECT_EQ(d->date, "2014-11-23");
  ASSERT_TRUE((d = Find(r, "عام 1423 هـ")));
  EXPECT_EQ(d->precision, "year");
  EXPECT_EQ(d->date, "2002-03-15");
  EXPECT_EQ(d->end_date, "2003-03-03");
  ASSERT_TRUE((d = Find(r, "1436 هجري")));
  EXPECT_EQ(d->date, "2014-10-25");
  EXPECT_EQ(d->end_date, "2015-10-13");
  ASSERT_TRUE((d = Find(r, "1434 - 1435هـ")));
  EXPECT_EQ(d->date, "2012-11-15");
  EXPECT_EQ(d->end_date, "2014-10-24");
}

// A year of the 1400s with no era and no Hijri month is no date, nor a count; a Hijri month's
// name with no year is no date ("رمضان" and "رجب" are also names).
TEST(EventsDates, NoHijriDateWithoutItsYearOrEra) {
  auto r = RunEvents("وقال رمضان إن شوال شهر العيد، وإن رجب 12 قتل في 1436 مواجهة، وبلغ العدد 1436.", "2015-08-20");
  EXPECT_TRUE(r.result.dates.empty());
  for (const auto& q : r.result.quantities) EXPECT_NE(q.value, 1436u);
  auto y = RunEvents("ومنذ عام 1436 قتل 5 أشخاص.", "2015-08-20");
  for (const auto& d : y.result.dates) EXPECT_NE(d.precision, "year") << y.Surface(d.start, d.end);
  // Nor the year of a numeric date cut by a slip: the weekday dates the report.
  auto slip = RunEvents("باشروا ظهر اليوم الجمعة الموافق 8/ /10 /1436هـ بلاغا عن سقوط مقذوف.", "2015-07-24");
  for (const auto& d : slip.result.dates) EXPECT_NE(d.precision, "year") << slip.Surface(d.start, d.end);
  auto era = RunEvents("قتل 5 أشخاص في 1436 هـ.", "2015-08-20");
  for (const auto& q : era.result.quantities) EXPECT_NE(q.value, 1436u);
}

// "صباح يوم الجمعة 4/8/1436" in an article of 21 July 2015 is 22 May 2015 (the Qatif mosque
// bombing), one mention with its weekday: the incident is history, not the Friday before.
TEST(EventsDates, AHijriDayWithItsWeekdayIsHistory) {
  auto r = RunEvents("وتولت الخلية نقل الانتحاري صباح يوم الجمعة 4/8/1436 إلى القطيف حيث فجر نفسه في المسجد "
                     "مما أدى إلى مقتل 21 مصليا.",
                     "2015-07-21");
  ASSERT_EQ(r.result.dates.size(), 1u);
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "يوم الجمعة 4/8/1436")));
  EXPECT_EQ(d->date, "2015-05-22");
  for (const auto& e : r.result.events) EXPECT_NE(e.date, "2015-07-17") << e.sub_event_type;
  for (const auto& e : r.result.events) EXPECT_NE(e.fatalities, 21u) << e.sub_event_type;
}

// Both calendars for one day: the same date twice, never two that disagree. A month begun by
// the moon's sighting may be a day off Umm al-Qura: the writer's Gregorian day, or the weekday
// he gives, says which (10 ذو الحجة 1436 is Wednesday 23 September 2015 by Umm al-Qura; Saudi
// Arabia kept the Eid on Thursday the 24th).
TEST(EventsDates, BothCalendarsOneDay) {
  auto r = RunEvents("وقع الهجوم السبت 16 شوال 1436هـ الموافق 1 أغسطس 2015م في المدينة.", "2015-08-03");
  std::set<std::string> days;
  for (const auto& d : r.result.dates) days.insert(d.date);
  EXPECT_EQ(days, std::set<std::string>{"2015-08-01"});
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "السبت 16 شوال 1436هـ")));
  auto eid = RunEvents("وقع التدافع صباح الخميس 10 ذو الحجة 1436هـ في منى.", "2015-09-25");
  ASSERT_TRUE((d = Find(eid, "صباح الخميس 10 ذو الحجة 1436هـ")));
  EXPECT_EQ(d->date, "2015-09-24");
  auto muwafiq = RunEvents("وقع التدافع يوم 10 ذي الحجة 1436هـ الموافق 24 سبتمبر 2015 في منى.", "2015-09-28");
  ASSERT_TRUE((d = Find(muwafiq, "10 ذي الحجة 1436هـ")));
  EXPECT_EQ(d->date, "2015-09-24");
}

TEST(EventsDates, RelativeToPublication) {
  // 2017-10-15 is a Sunday.
  auto r = RunEvents("قصفت الطائرات أمس القرية، وكان من المفترض التنفيذ منذ يومين على أن يبدأ صباح الغد. "
                     "وقعت اشتباكات يوم الجمعة الماضي وأمس الأول والأسبوع الماضي، واليوم هدوء.",
                     "2017-10-15");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "أمس")));
  EXPECT_EQ(d->date, "2017-10-14");
  EXPECT_EQ(d->precision, "day");
  ASSERT_TRUE((d = Find(r, "منذ يومين")));
  EXPECT_EQ(d->date, "2017-10-13");
  ASSERT_TRUE((d = Find(r, "صباح الغد")));
  EXPECT_EQ(d->date, "2017-10-16");
  ASSERT_TRUE((d = Find(r, "يوم الجمعة الماضي")));
  EXPECT_EQ(d->date, "2017-10-13");
  ASSERT_TRUE((d = Find(r, "وأمس الأول")));
  EXPECT_EQ(d->date, "2017-10-13");
  ASSERT_TRUE((d = Find(r, "والأسبوع الماضي")));
  EXPECT_EQ(d->precision, "week");
  EXPECT_EQ(d->date, "2017-10-08");
  EXPECT_EQ(d->end_date, "2017-10-14");
  ASSERT_TRUE((d = Find(r, "واليوم")));
  EXPECT_EQ(d->date, "2017-10-15");
}

// "قبل يومين" and "قبل عشرة أيام" (a number word) are days ago, as "منذ يومين" and "قبل 3
// أيام"; "قبل يومين على الانتخابات" is two days before another day, no date.
TEST(EventsDates, DaysAgoWithWordsAndNotBeforeAnotherDay) {
  auto r = RunEvents("وقبل يومين، اعتقلت قوات الأمن مجموعة. واعتقلت الشرطة 27 شخصا قبل عشرة أيام. "
                     "وقع الهجوم في ديار بكر قبل يومين على الانتخابات.",
                     "2015-07-27");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "وقبل يومين")));
  EXPECT_EQ(d->date, "2015-07-25");
  ASSERT_TRUE((d = Find(r, "قبل عشرة أيام")));
  EXPECT_EQ(d->date, "2015-07-17");
  EXPECT_EQ(r.result.dates.size(), 2u);
}

// "اليوم (الاثنين)": the weekday in brackets dates it as "اليوم الاثنين" does (the story was
// written on Monday, published after midnight); "انفجارا" is the accusative of "انفجار".
TEST(EventsDates, AWeekdayInBracketsDatesToday) {
  auto r = RunEvents("قالت وزارة الداخلية التركية في بيان، اليوم (الاثنين)، ان انفجارا في بلدة سروج أسفر عن مقتل 27 شخصا.",
                     "2015-07-21");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].date, "2015-07-20");
  EXPECT_EQ(r.result.events[0].sub_event_type, "Remote explosive/landmine/IED");
}

// «اليوم» between quotes is a name (the paper Al-Yaum: "قال مصدر لـ«اليوم»"), not today: the
// undated clause after it takes the day named before it ("مساء الخميس"). So is the "اليوم" of
// the dateline "عين اليوم – القاهرة" (the outlet Ain Al-Youm).
TEST(EventsDates, TodayBetweenQuotesIsAName) {
  for (const char* paper : {"لـ«اليوم»", "لـ\"اليوم\"", "لـ \"اليوم\""}) {
    SCOPED_TRACE(paper);
    auto r = RunEvents(std::string("أعلنت الهيئة القرار مساء الخميس. وقال مصدر ") + paper +
                           ": إن القرار نهائي. واستهدف تفجير انتحاري مسجدا في أبها ما أسفر عن مقتل 15 شخصا.",
                       "2015-08-08");
    for (const auto& d : r.result.dates) EXPECT_NE(r.Surface(d.start, d.end), "اليوم");
    ASSERT_EQ(r.result.events.size(), 1u);
    EXPECT_EQ(r.result.events[0].date, "2015-08-06");
  }
  // Nor the dateline of the outlet Ain Al-Youm ("عين اليوم – القاهرة").
  for (const char* dash : {"–", "-"}) {
    auto r = RunEvents(std::string("عين اليوم ") + dash + " القاهرة قتل 3 جنود في هجوم على حاجز في العريش.",
                       "2015-08-03");
    EXPECT_TRUE(r.result.dates.empty()) << dash;
  }
  auto r = RunEvents("وأوردت حملة على \"فيسبوك\" اليوم \"بدء تنفيذ قرار\" منع الإنترنت.", "2015-07-24");
  ASSERT_EQ(r.result.dates.size(), 1u);
  EXPECT_EQ(r.result.dates[0].date, "2015-07-24");
}

// A day named after "منذ" before the trigger is when a campaign began ("ويشن الجيش السوري منذ
// 11 يوليو حملة قصف"), not the incident's day; "منذ صباح أمس" still dates one.
TEST(EventsDates, ADaySinceWhichACampaignRunsDatesNoIncident) {
  auto r = RunEvents("ويشن الجيش السوري منذ 11 يوليو حملة قصف كثيفة على المدن والقرى في محافظة حلب.", "2015-07-23");
  for (const Event& e : r.result.events) EXPECT_NE(e.date, "2015-07-11");
  auto day = RunEvents("وقتل خمسة مدنيين منذ صباح أمس في قصف على مدينة حلب.", "2015-07-23");
  ASSERT_EQ(day.result.events.size(), 1u);
  EXPECT_EQ(day.result.events[0].date, "2015-07-22");
}

// "الليلة الماضية" (last night) is yesterday, "الليلة قبل الماضية" (the night before last) the
// day before.
TEST(EventsDates, LastNightAndTheNightBeforeLast) {
  auto r = RunEvents("وكانت العاصمة شهدت، الليلة قبل الماضية، انفجارا بسيارة مفخخة أسفر عن مقتل 7 أشخاص. وقصف "
                     "الحوثيون الليلة الماضية حي المنصورة ما أسفر عن مقتل 3 مدنيين.",
                     "2015-07-22");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "الليلة قبل الماضية")));
  EXPECT_EQ(d->date, "2015-07-20");
  ASSERT_TRUE((d = Find(r, "الليلة الماضية")));
  EXPECT_EQ(d->date, "2015-07-21");
  ASSERT_EQ(r.result.events.size(), 2u);
  EXPECT_EQ(r.result.events[0].date, "2015-07-20");
  EXPECT_EQ(r.result.events[1].date, "2015-07-21");
}

// "غدا الخميس": tomorrow and its weekday are one day, the first such on or after the
// publication (not the Thursday a week back); in a paper a day late, its own date. "الخميس
// القادم" (next Thursday) is the next one after the publication.
TEST(EventsDates, TomorrowAndNextWithTheirWeekday) {
  for (const char* text : {"تحتفل مصر غدا الخميس بافتتاح القناة الجديدة.", "تحتفل مصر غدا (الخميس) بافتتاح القناة."}) {
    SCOPED_TRACE(text);
    auto r = RunEvents(text, "2015-08-05");
    ASSERT_EQ(r.result.dates.size(), 1u);
    EXPECT_EQ(r.result.dates[0].date, "2015-08-06");
  }
  for (const char* text : {"بمناسبة افتتاح القناة الخميس القادم.", "بمناسبة افتتاح القناة يوم الخميس المقبل."}) {
    SCOPED_TRACE(text);
    auto r = RunEvents(text, "2015-08-03");  // a Monday
    ASSERT_EQ(r.result.dates.size(), 1u);
    EXPECT_EQ(r.result.dates[0].date, "2015-08-06");
    const std::string surface = r.Surface(r.result.dates[0].start, r.result.dates[0].end);
    EXPECT_TRUE(surface.ends_with("القادم") || surface.ends_with("المقبل")) << surface;
  }
  auto r = RunEvents("تعقد الحكومة غدا الأحد جلسة طارئة.", "2015-08-09");
  ASSERT_EQ(r.result.dates.size(), 1u);
  EXPECT_EQ(r.result.dates[0].date, "2015-08-09");
}

// A day in a "since" phrase that names an event first dates that event, not the incident
// before it; a day right after "منذ" is the incident's start.
TEST(EventsDates, ADayInASincePhraseDoesNotDateTheIncidentBeforeIt) {
  auto r = RunEvents("هاجم مسلحو حزب العمال الكردستاني مركزا للجيش التركي في أول هجوم منذ سقوط الهدنة قبل عشرة أيام، "
                     "وذلك صباح أمس.",
                     "2015-08-03");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].date, "2015-08-02");
  // An apposition between commas stays inside the phrase.
  auto apposition = RunEvents("قتل ستة أشخاص في تفجير انتحاري في كابل. وهذا هو الهجوم الأكبر منذ تأكيد طالبان وفاة "
                              "قائدها، الملا عمر، الأسبوع الماضي.",
                              "2015-08-07");
  ASSERT_EQ(apposition.result.events.size(), 1u);
  EXPECT_EQ(apposition.result.events[0].date, "2015-08-07");
  auto start = RunEvents("واندلعت اشتباكات عنيفة بين الحوثيين والمقاومة في مأرب منذ مساء الأربعاء.", "2015-08-07");
  ASSERT_EQ(start.result.events.size(), 1u);
  EXPECT_EQ(start.result.events[0].date, "2015-08-05");
}

// "أول أمس" and "أول من أمس" are the day before yesterday, as "أمس الأول" (they were read
// as "أمس": a day late).
// Words with ئ or ؤ in the code's lists are written as the keys they are compared with
// (ئ -> ي): "الأسبوع الفائت" is the week before, like "الأسبوع الماضي".
TEST(EventsDates, LastWeekWithHamzaOnYa) {
  auto r = RunEvents("وقتل خمسة أشخاص في الأسبوع الفائت بقذائف الحوثيين.", "2017-10-15");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "الأسبوع الفائت")));
  EXPECT_EQ(d->precision, "week");
}

TEST(EventsDates, TheDayBeforeYesterdayWrittenThreeWays) {
  auto r = RunEvents("قتل جنديان أول من أمس في ديار بكر، وأصيب ثالث أول أمس، وجرح رابع وأول من أمس.", "2015-07-27");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "أول من أمس")));
  EXPECT_EQ(d->date, "2015-07-25");
  ASSERT_TRUE((d = Find(r, "أول أمس")));
  EXPECT_EQ(d->date, "2015-07-25");
  ASSERT_TRUE((d = Find(r, "وأول من أمس")));
  EXPECT_EQ(d->date, "2015-07-25");
}

// "أمس الأول الجمعة", "أول من أمس (الاثنين)": the weekday dates it, as after "أمس" (a paper a
// day late counts from the day it was written: "غارات ... يوم العيد وأول من أمس السبت" in a
// paper of Tuesday 21 Jul 2015 is Saturday the 18th, not the 19th); one mention for the
// words and the day. With no weekday after them, the day before yesterday as before.
TEST(EventsDates, TheDayBeforeYesterdayNamingItsWeekday) {
  auto r = RunEvents("قتل جنديان أمس الأول السبت، وأصيب ثالث أول من أمس (الاثنين)، وجرح رابع أول من أمس الجمعة.",
                     "2015-07-21");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "أمس الأول السبت")));
  EXPECT_EQ(d->date, "2015-07-18");
  ASSERT_TRUE((d = Find(r, "أول من أمس (الاثنين")));  // to the weekday, as "أمس (الخميس"
  EXPECT_EQ(d->date, "2015-07-20");
  ASSERT_TRUE((d = Find(r, "أول من أمس الجمعة")));  // Friday alone is no date ("الجمعة": the assembly too)
  EXPECT_EQ(d->date, "2015-07-17");
  // "في عملية نوعية أمس الأول الاثنين" in a paper of Thursday 6 Aug 2015: Monday the 3rd.
  auto base = RunEvents("وسيطرت المقاومة على قاعدة العند في عملية نوعية أمس الأول الاثنين.", "2015-08-06");
  ASSERT_EQ(base.result.events.size(), 1u);
  EXPECT_EQ(base.result.events[0].date, "2015-08-03");
}

// A clash "that broke out yesterday evening and went on until this morning" is dated by the
// clause that names it, not by "تلك الاشتباكات" pointing back to it.
TEST(EventsDates, TheTriggerThatNamesTheIncidentDatesIt) {
  auto r = RunEvents("وأوضح المصدر إن مواجهات عنيفة اندلعت مساء أمس الخميس في منطقة سناح، واستمرت تلك الاشتباكات حتى "
                     "صباح اليوم الجمعة.",
                     "2015-07-31");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].date, "2015-07-30");
}

// The day of a speaker frame is when it was said: "أعلن الجيش أمس الجمعة أن غارة ... قتلت
// قياديا ... في 11 يوليو" dates the strike 11 July, not Friday.
TEST(EventsDates, TheDayItWasSaidIsNotTheIncidents) {
  auto r = RunEvents("أعلن الجيش الأمريكي أمس الجمعة أن غارة جوية أمريكية في أفغانستان قتلت قياديا كبيرا في تنظيم "
                     "القاعدة في 11 يوليو.",
                     "2015-07-25");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].date, "2015-07-11");
}

TEST(EventsDates, NeverInventedWithoutAnchor) {
  auto r = RunEvents("قصفت الطائرات أمس القرية بعد مرور 4 أشهر على بدء الحملة.");
  ASSERT_EQ(r.result.dates.size(), 2u);
  for (const auto& d : r.result.dates) {
    EXPECT_FALSE(d.resolved);
    EXPECT_TRUE(d.date.empty());
  }
  EXPECT_EQ(r.result.dates[1].kind, "duration");
}

TEST(EventsDates, AbsoluteArabicAndEnglish) {
  auto r = RunEvents("في 15 تشرين الأول 2017 و 3 أكتوبر 2016 و 2 جوان 2015 و 2017/10/15. "
                     "On October 15, 2017 and in March 2011.");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "15 تشرين الأول 2017")));
  EXPECT_EQ(d->date, "2017-10-15");
  ASSERT_TRUE((d = Find(r, "3 أكتوبر 2016")));
  EXPECT_EQ(d->date, "2016-10-03");
  ASSERT_TRUE((d = Find(r, "2 جوان 2015")));
  EXPECT_EQ(d->date, "2015-06-02");
  ASSERT_TRUE((d = Find(r, "2017/10/15")));
  EXPECT_EQ(d->date, "2017-10-15");
  ASSERT_TRUE((d = Find(r, "October 15, 2017")));
  EXPECT_EQ(d->date, "2017-10-15");
  ASSERT_TRUE((d = Find(r, "March 2011")));
  EXPECT_EQ(d->precision, "month");
  EXPECT_EQ(d->end_date, "2011-03-31");
}

TEST(EventsDates, YearsOfTheGregorianEraAndOfAnAlmanac) {
  auto r = RunEvents("نشبت الحرب بين بريطانيا وزنجبار في عام 1896م وقتل فيها 500 شخص.\n"
                     "1944 - الحرب العالمية الثانية: بداية إعدام أربعة آلاف في معسكر اوشفيتز.\n"
                     "وصل 20 شخصا - بينهم 3 أطفال.",
                     "2015-08-01");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "عام 1896م")));
  EXPECT_EQ(d->date, "1896-01-01");
  EXPECT_EQ(d->end_date, "1896-12-31");
  ASSERT_TRUE((d = Find(r, "1944")));
  EXPECT_EQ(d->precision, "year");
  EXPECT_EQ(r.result.dates.size(), 2u);  // "20 شخصا -": a count, not at a line's start
  // Both are history, not this article's incidents.
  EXPECT_TRUE(r.result.events.empty());
}

TEST(EventsDates, OrdinalDaysAndTheStorysDays) {
  auto r = RunEvents("سقطت القنبلة يوم السادس من أغسطس 1945، والثانية في التاسع من أغسطس، وقتل الآلاف في اليوم "
                     "الأول. وفي الحادي والعشرين من يوليو و 15 من يوليو قصفت الطائرات المدينة.",
                     "2015-08-07");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "السادس من أغسطس 1945")));
  EXPECT_EQ(d->date, "1945-08-06");
  // No year, and still to come on 7 August: last year's.
  ASSERT_TRUE((d = Find(r, "التاسع من أغسطس")));
  EXPECT_EQ(d->date, "2014-08-09");
  ASSERT_TRUE((d = Find(r, "الحادي والعشرين من يوليو")));
  EXPECT_EQ(d->date, "2015-07-21");
  ASSERT_TRUE((d = Find(r, "15 من يوليو")));
  EXPECT_EQ(d->date, "2015-07-15");
  // "the first day" of the story is not today.
  for (const auto& m : r.result.dates) EXPECT_NE(m.date, "2015-08-07") << r.Surface(m.start, m.end);
}

// Weekdays with a hamza ("الأربعاء", "الثلاثاء": the key drops it), after "اليوم"/"أمس"/
// "مساء"/"ليل", or alone; the weekday wins over "اليوم" in an article published after
// midnight (2015-07-25 is a Saturday).
TEST(EventsDates, WeekdaysWithHamzaAndAfterTodayOrYesterday) {
  auto r = RunEvents("قصفت طائرات تركية أهدافا اليوم الجمعة. وذكرت الوكالة الأربعاء أن الطائرات قصفت. "
                     "وشن الطيران ليل الثلاثاء غارات، وقتل اثنان مساء الأربعاء، وقصفت تركيا أمس الخميس مواقع.",
                     "2015-07-25");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "اليوم الجمعة")));
  EXPECT_EQ(d->date, "2015-07-24");
  ASSERT_TRUE((d = Find(r, "الأربعاء")));
  EXPECT_EQ(d->date, "2015-07-22");
  ASSERT_TRUE((d = Find(r, "ليل الثلاثاء")));
  EXPECT_EQ(d->date, "2015-07-21");
  ASSERT_TRUE((d = Find(r, "مساء الأربعاء")));
  EXPECT_EQ(d->date, "2015-07-22");
  ASSERT_TRUE((d = Find(r, "أمس الخميس")));
  EXPECT_EQ(d->date, "2015-07-23");
}

// Friday alone dates too ("تفجير انتحاري وقع الجمعة في سوق خان بني سعد"), but not the prayer
// ("بعد صلاة الجمعة"), a Friday whose date follows ("الجمعة 26 يونيو") or a Friday named
// otherwise ("الجمعة الرمضانية الثانية").
TEST(EventsDates, FridayAloneButNotThePrayer) {
  auto r = RunEvents("وجاءت الهجمات بعد أقل من أسبوع على تفجير انتحاري وقع الجمعة في سوق منطقة خان بني سعد.", "2015-07-23");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "الجمعة")));
  EXPECT_EQ(d->date, "2015-07-17");
  for (const char* text : {"وخرج المتظاهرون بعد صلاة الجمعة في بغداد.", "إن ما حدث في الجمعة الرمضانية الثانية من تفجير."}) {
    auto none = RunEvents(text, "2015-07-23");
    EXPECT_TRUE(none.result.dates.empty()) << text;
  }
  auto dated = RunEvents("وكانت الهجمات التي وقعت الجمعة 26 يونيو في الكويت منسقة.", "2015-07-23");
  ASSERT_TRUE((d = Find(dated, "26 يونيو")));
  EXPECT_EQ(d->date, "2015-06-26");
  for (const auto& x : dated.result.dates) EXPECT_NE(dated.Surface(x.start, x.end), "الجمعة");
}

// "في أمسّ الحاجة" (most in need) is no yesterday, with its shadda or without; a whole day
// ("لكامل اليوم", "طوال اليوم") is no today.
TEST(EventsDates, MostInNeedAndAWholeDayAreNoDays) {
  auto r = RunEvents("نحن في أمسّ الحاجة إلى مراجعة الفكر. والعراق بأمس الحاجة اليوم إلى علاقات متطورة. ويأخذ "
                     "الخباز قطعة خبز لكامل اليوم، ويبقى الأطفال في البيت طوال اليوم.",
                     "2015-07-23");
  ASSERT_EQ(r.result.dates.size(), 1u);
  EXPECT_EQ(r.Surface(r.result.dates[0].start, r.result.dates[0].end), "اليوم");
  EXPECT_EQ(r.result.dates[0].date, "2015-07-23");
}

// "مثل هذا اليوم" (such a day; this day of a year past) is no today: "في مثل هذا اليوم من
// أغسطس 1990", "عملوا لمثل هذا اليوم".
TEST(EventsDates, SuchADayIsNoToday) {
  auto r = RunEvents("قبل ربع قرن في مثل هذا اليوم غزا الجيش الكويت. وقد عملوا لمثل هذا اليوم. وقصفت الطائرات المدينة اليوم.",
                     "2015-08-02");
  ASSERT_EQ(r.result.dates.size(), 1u);
  EXPECT_EQ(r.result.dates[0].start, r.text.size() - 6);
  EXPECT_EQ(r.result.dates[0].date, "2015-08-02");
}

// A bare Monday or Sunday dates as the other weekdays do ("قصف طيران التحالف الاثنين مواقع");
// not "the two" or "the One" ("بين الاثنين", "الاثنين معا", "الواحد الأحد").
TEST(EventsDates, ABareMondayOrSundayIsADay) {
  auto r = RunEvents("قصف طيران التحالف الاثنين مواقع عدة في لحج. وقالت القوات الأحد إنها تقدمت.", "2015-07-21");
  ASSERT_EQ(r.result.dates.size(), 2u);
  EXPECT_EQ(r.result.dates[0].date, "2015-07-20");
  EXPECT_EQ(r.result.dates[1].date, "2015-07-19");
  auto two = RunEvents("وقارن بين الاثنين وقال إن الاثنين معا لا يكفيان، وإن الله هو الواحد الأحد.", "2015-07-21");
  EXPECT_TRUE(two.result.dates.empty());
  // Two weekdays side by side ("وفق ما اوردت الوكالة السبت الاحد", a wire copy's slip): the first.
  auto slip = RunEvents("قتل 11 شخصا في دمشق، وفق ما اوردت الوكالة السبت الاحد.", "2015-08-09");
  ASSERT_EQ(slip.result.dates.size(), 1u);
  EXPECT_EQ(slip.result.dates[0].date, "2015-08-08");
  auto night = RunEvents("واندلعت مواجهات في ساعات متأخرة من ليل الأحد الاثنين غربي المحافظة.", "2015-08-03");
  ASSERT_EQ(night.result.dates.size(), 1u);
  EXPECT_EQ(night.result.dates[0].date, "2015-08-03");
  EXPECT_EQ(night.Surface(night.result.dates[0].start, night.result.dates[0].end), "ليل الأحد الاثنين");
}

// The night between two days is one date: the strike and the killing it names are one
// incident, not a Wednesday's killing and a Thursday's strike.
TEST(EventsDates, TheNightBetweenTwoDaysIsOneDate) {
  auto r = RunEvents("أفاد مسؤول حكومي ان خمسة عناصر من تنظيم القاعدة قتلوا ليل الاربعاء الخميس في غارة لطائرة بدون "
                     "طيار فوق جنوب اليمن.",
                     "2015-07-31", "YE");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(r.result.events[0].fatalities, 5u);
  EXPECT_EQ(r.result.events[0].date, "2015-07-30");
}

// An event the text does not date is dated to the day the article was written (`written`:
// the day before the publication date for a print edition posted in the small hours);
// "أمس" still counts from the publication date.
TEST(EventsDates, UndatedNewsIsOfTheDayItWasWritten) {
  const std::string s = "ضبطت الأجهزة الأمنية الكويتية شبكة إرهابية تنتمي إلى تنظيم داعش. وقصفت الطائرات مواقع التنظيم أمس.";
  auto text = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  auto toks = text::Tokenize(text);
  auto sentences = text::SplitSentences(text, toks);
  EventExtractor ex(testing::Dicts());
  auto r = ex.Extract(text, toks, sentences, {}, "2015-07-31", {}, nullptr, "2015-07-30");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].date, "2015-07-30");
  EXPECT_TRUE(r.events[0].date_from_published);
  EXPECT_EQ(r.events[1].date, "2015-07-30");
  EXPECT_FALSE(r.events[1].date_from_published);
  auto plain = ex.Extract(text, toks, sentences, {}, "2015-07-31");
  ASSERT_EQ(plain.events.size(), 2u);
  EXPECT_EQ(plain.events[0].date, "2015-07-31");
}

// "في اب" is Ibb, the Yemeni town ("سيطرت على 6 مديريات في اب"); "مطلع آب", "شهر آب" are August.
TEST(EventsDates, InIbbIsNoAugust) {
  auto r = RunEvents("وقال مصدر عسكري إن قوات المقاومة سيطرت على 6 مديريات في اب. وتتواصل المعارك منذ مطلع آب.",
                     "2015-08-11");
  ASSERT_EQ(r.result.dates.size(), 1u);
  EXPECT_EQ(r.Surface(r.result.dates[0].start, r.result.dates[0].end), "آب");
  EXPECT_EQ(r.result.dates[0].date, "2015-08-01");
  EXPECT_EQ(r.result.dates[0].precision, "month");
  // So is "وفي إب" (the preposition joined to و).
  auto joined = RunEvents("وفي إب سيطرت القوات الموالية للشرعية على رابع مديرية في المحافظة.", "2015-08-11");
  EXPECT_TRUE(joined.result.dates.empty());
}

// A month after "وفي" or "ففي" (the preposition joined to و or ف), or before "الماضي" (last
// February), is that month: "ففي فبراير الماضي اجتاحت ..." is history in a July paper.
TEST(EventsDates, AMonthAfterAJoinedPrepositionOrBeforeLast) {
  for (const char* text : {"ففي فبراير الماضي اقتحم مسلحون من داعش مكتبا للزكاة في دير الزور.",
                           "وفي فبراير اقتحم مسلحون من داعش مكتبا للزكاة في دير الزور.",
                           "اقتحم مسلحون من داعش مكتبا للزكاة في دير الزور فبراير الماضي."}) {
    auto r = RunEvents(text, "2015-07-21");
    ASSERT_EQ(r.result.dates.size(), 1u) << text;
    EXPECT_EQ(r.result.dates[0].date, "2015-02-01") << text;
    EXPECT_EQ(r.result.dates[0].precision, "month") << text;
    EXPECT_TRUE(r.result.events.empty()) << text;
  }
}

TEST(EventsDates, EnglishRelative) {
  auto r = RunEvents("Clashes erupted yesterday; on Friday an air strike hit the town.", "2017-10-15");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "yesterday")));
  EXPECT_EQ(d->date, "2017-10-14");
  ASSERT_TRUE((d = Find(r, "on Friday")));
  EXPECT_EQ(d->date, "2017-10-13");
}

TEST(EventsDates, ParseIsoDate) {
  int y, m, d;
  EXPECT_TRUE(ParseIsoDate("20080110", &y, &m, &d));
  EXPECT_EQ(y * 10000 + m * 100 + d, 20080110);
  EXPECT_TRUE(ParseIsoDate("2017-10-15T08:00:00Z", &y, &m, &d));
  EXPECT_FALSE(ParseIsoDate("2017-02-30", &y, &m, &d));
  EXPECT_FALSE(ParseIsoDate("", &y, &m, &d));
}

// ShiftDays writes its date digit by digit (Iso): as snprintf's "%04d-%02u-%02u" writes it,
// across years, months and leap days, from year 0 to 9999.
TEST(EventsDates, ShiftDaysWritesDatesAsPrintf) {
  namespace ch = std::chrono;
  size_t n = 0;
  for (std::string_view from : {"2015-07-21", "2016-02-28", "2000-02-28", "1900-02-28", "0000-01-01", "0009-12-31",
                                "0999-12-31", "9999-12-30", "2015-12-31", "1970-01-01"})
    for (long days : {-400L, -366L, -31L, -1L, 0L, 1L, 2L, 29L, 365L, 1000L}) {
      int y, m, d;
      ASSERT_TRUE(ParseIsoDate(from, &y, &m, &d)) << from;
      const ch::year_month_day ymd(ch::sys_days(ch::year(y) / ch::month(static_cast<unsigned>(m)) /
                                                ch::day(static_cast<unsigned>(d))) +
                                   ch::days(days));
      char want[32];
      std::snprintf(want, sizeof want, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                    static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
      EXPECT_EQ(ShiftDays(std::string(from), days), want) << from << " + " << days;
      ++n;
    }
  EXPECT_EQ(n, 100u);
}

// ParseIsoDate reads the digits in place: the same answers and fields as the digits gathered
// into a string and read with std::stoi (its implementation until 2026-12-04), on dates,
// times, separators of any kind, too few and too many digits and the 10-byte window.
TEST(EventsDates, ParseIsoDateAsWithStoi) {
  auto plain = [](std::string_view s, int* y, int* m, int* d) {
    std::string digits;
    for (char c : s.substr(0, std::min<size_t>(s.size(), 10)))
      if (c >= '0' && c <= '9') digits += c;
    if (digits.size() != 8) return false;
    *y = std::stoi(digits.substr(0, 4));
    *m = std::stoi(digits.substr(4, 2));
    *d = std::stoi(digits.substr(6, 2));
    int y2, m2, d2;  // the date's validity: as ParseIsoDate decides it on a plain YYYYMMDD
    return ParseIsoDate(digits, &y2, &m2, &d2);
  };
  size_t ok = 0;
  for (std::string_view s :
       {"20080110", "2008-01-10", "2008/01/10", "2017-10-15T08:00:00Z", "2017-02-30", "2016-02-29", "2015-02-29",
        "", "2017-10-1", "2017-10-155", "x2017-10-15", "2017_10_15!!", "0000-01-01", "9999-12-31", "2017-13-01",
        "2017-00-10", "2017-10-00", "2017-10-32", "20171015123", "201710151", "2017 10 15", "١٢٣٤-٠١-٠١",
        "2017-1-015", "12-10-2017", "2017-10-15extra 99"}) {
    int y1 = -1, m1 = -1, d1 = -1, y2 = -1, m2 = -1, d2 = -1;
    const bool want = plain(s, &y1, &m1, &d1);
    ASSERT_EQ(ParseIsoDate(s, &y2, &m2, &d2), want) << s;
    if (!want) continue;
    ++ok;
    EXPECT_EQ(y2, y1) << s;
    EXPECT_EQ(m2, m1) << s;
    EXPECT_EQ(d2, d1) << s;
  }
  EXPECT_GE(ok, 8u);
}

// A season of a year ("صيف 2014", "the summer of 2014") is a date of its three months; an
// incident the clause dates so, nearer its trigger than the speaker's day ("أمس"), is history.
// A date a relative clause of its own gives ("الذين سيطروا عليها منذ مارس") is not the incident's.
TEST(EventsDates, ASeasonOfAYearDatesItsIncident) {
  auto r = RunEvents("تعهد رئيس إقليم كردستان العراق، أمس، بالانتقام من تنظيم داعش الذي اعتدى بوحشية على أبناء الطائفة "
                     "الإيزيدية في صيف 2014.",
                     "2015-08-04", "IQ");
  const DateMention* d;
  ASSERT_TRUE((d = Find(r, "صيف 2014")));
  EXPECT_EQ(d->date, "2014-06-01");
  EXPECT_EQ(d->end_date, "2014-08-31");
  EXPECT_TRUE(r.result.events.empty());
  auto en = RunEvents("Islamic State fighters attacked Yazidi villages in the summer of 2014.", "2015-08-04");
  ASSERT_TRUE((d = Find(en, "summer of 2014")));
  EXPECT_EQ(d->date, "2014-06-01");
  EXPECT_TRUE(en.result.events.empty());
  auto since = RunEvents("واعلنت وزارة الدفاع الثلاثاء ان القوات الموالية للرئيس هادي استعادت قاعدة العند الجوية من ايدي "
                         "المتمردين الحوثيين الذين سيطروا عليها منذ مارس.",
                         "2015-08-04", "YE");
  ASSERT_EQ(since.result.events.size(), 1u);
  EXPECT_EQ(since.result.events[0].date, "2015-08-04");
}

// A weekday with و opening its sentence dates it ("والأربعاء، قصفت طائرة اميركية", "والثلاثاء
// استهدف انفجار").
TEST(EventsDates, AWeekdayWithAndOpensItsSentence) {
  auto r = RunEvents("والاربعاء، قصفت طائرة اميركية من دون طيار هدفا لداعش في المنطقة.", "2015-08-06");
  ASSERT_EQ(r.result.dates.size(), 1u);
  EXPECT_EQ(r.result.dates[0].date, "2015-08-05");
  auto tue = RunEvents("والثلاثاء استهدف انفجار خط أنابيب غاز يربط أذربيجان وشرق تركيا.", "2015-08-09");
  ASSERT_EQ(tue.result.dates.size(), 1u);
  EXPECT_EQ(tue.result.dates[0].date, "2015-08-04");
}

// The month's other name after a slash ("يوليو/تموز 1988") and "عام" before the year ("في شهر
// يوليو عام 1988"): one date of that month and year, and its incident is history.
TEST(EventsDates, AMonthWithItsOtherNameOrWithAmBeforeTheYear) {
  for (const char* s : {"وقع انفجار شديد في شهر يوليو/تموز عام 1988 بالقرب من سواحل انجلترا.",
                        "وقع انفجار شديد في شهر يوليو عام 1988 بالقرب من سواحل انجلترا.",
                        "وقع انفجار شديد في يوليو/تموز 1988 قرب سواحل انجلترا."}) {
    auto r = RunEvents(s, "2015-07-24");
    ASSERT_EQ(r.result.dates.size(), 1u) << s;
    EXPECT_EQ(r.result.dates[0].date, "1988-07-01") << s;
    EXPECT_EQ(r.result.dates[0].precision, "month") << s;
    EXPECT_TRUE(r.result.events.empty()) << s;
  }
}

// A chronology's entry opens on its year and a dash, after a full stop or a line break ("...
// بختيار. 1994 - مواجهات في منطقة قزوين"): that year dates it, and it is history.
TEST(EventsDates, AChronologysEntryOpensOnItsYear) {
  auto r = RunEvents("1991 - اغتيال رئيس الوزراء الايراني السابق شهبور بختيار. 1994 - مواجهات في منطقة قزوين بين متظاهرين "
                     "والقوات الايرانية.\n1979 - اعدام 21 سياسيا في العراق بتهمة التآمر على الحكومة.",
                     "2015-08-08");
  ASSERT_NE(Find(r, "1994"), nullptr);
  EXPECT_EQ(Find(r, "1994")->date, "1994-01-01");
  ASSERT_NE(Find(r, "1979"), nullptr);
  EXPECT_TRUE(r.result.events.empty());
}

// A year after "في" at a phrase's end dates what it ends ("في أنقرة في 2013، الذي أدى لقتل
// حارس"): history. A count after "في" has its noun after it.
TEST(EventsDates, AYearAfterFiAtAPhrasesEnd) {
  auto r = RunEvents("وكانت الجبهة قد أعلنت مسؤوليتها عن تفجير انتحاري عند السفارة في أنقرة في 2013، الذي أدى لقتل حارس.",
                     "2015-08-11");
  ASSERT_NE(Find(r, "2013"), nullptr);
  EXPECT_EQ(Find(r, "2013")->date, "2013-01-01");
  EXPECT_TRUE(r.result.events.empty());
  auto count = RunEvents("وانتشرت القوات أمس في 2000 قرية.", "2015-08-11");
  for (const DateMention& d : count.result.dates) EXPECT_NE(count.Surface(d.start, d.end), "2000");
}

// A day and a month after the noun of a building, a street or a movement name it ("قصر 22
// مايو", "شارع 26 سبتمبر", "ثورة 11 فبراير"): no date, so the capture of the palace yesterday is
// no history of 22 May.
TEST(EventsDates, ADayAndMonthNamingAPalaceIsNoDate) {
  auto r = RunEvents("وقال الناطق إن المقاومة الشعبية استعادت أمس قصر 22 مايو الرئاسي من الحوثيين في عدن.", "2015-07-21", "YE");
  ASSERT_EQ(r.result.events.size(), 1u);
  EXPECT_EQ(r.result.events[0].date, "2015-07-20");
  for (const auto& d : r.result.dates) EXPECT_NE(d.date, "2015-05-22");
}

}  // namespace
}  // namespace marsad::events
