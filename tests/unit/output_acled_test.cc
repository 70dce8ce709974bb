// The ACLED CSV writer (src/output/acled.cc) over events extracted from short texts.
#include "events_testutil.h"
#include "marsad/output.h"
#include "marsad/provenance.h"

namespace marsad::events {
namespace {

using output::AcledColumns;
using output::AcledContext;
using output::AcledHeader;
using output::AcledRows;
using output::CsvField;
using output::EventContext;

using testing::Records;

std::vector<std::string> Rows(const testing::Run& r, const AcledContext& ctx, std::string_view focus = "SY") {
  static const geo::GeoResult kNoPlaces;
  EventContext c{r.result, testing::Dicts(), &Records(), r.text, kNoPlaces, nullptr, focus};
  return AcledRows(c, ctx);
}

// RFC 4180 reader for one record (no embedded newlines needed by these tests).
std::vector<std::string> ParseCsvLine(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') out.back() += '"', ++i;
      else if (c == '"') quoted = false;
      else out.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

TEST(OutputAcled, HeaderHasAcledColumns) {
  auto cols = ParseCsvLine(AcledHeader());
  ASSERT_EQ(cols.size(), 32u);
  EXPECT_EQ(cols.front(), "event_id_cnty");
  EXPECT_EQ(cols[27], "notes");
  EXPECT_EQ(cols[30], "timestamp");
  EXPECT_EQ(cols.back(), "evidence");  // marsad's: the sentence the note was written from
}

TEST(OutputAcled, CsvQuoting) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"no\""), "\"say \"\"no\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
}

TEST(OutputAcled, RowParsesWithRightColumnCount) {
  auto r = testing::RunEvents("وقصفت قوات النظام، بالمدفعية الثقيلة، بلدة \"كفرنبل\" أمس ما أدى إلى مقتل 5 مدنيين.",
                              "2017-10-15");
  ASSERT_FALSE(r.result.events.empty());
  AcledContext ctx{"doc1", "Test Outlet", "2017-10-15", "National"};
  auto rows = Rows(r, ctx);
  ASSERT_EQ(rows.size(), r.result.events.size());
  auto f = ParseCsvLine(rows[0]);
  ASSERT_EQ(f.size(), AcledColumns().size());
  EXPECT_EQ(f[1], "2017-10-14");  // event_date
  EXPECT_EQ(f[2], "2017");
  EXPECT_EQ(f[3], "1");
  EXPECT_EQ(f[7], "Military Forces of Syria");
  EXPECT_EQ(f[31], r.Surface(r.result.events[0].start, r.result.events[0].end));  // evidence
  EXPECT_EQ(f[28], "5");
  EXPECT_EQ(f[15], "760");  // iso: no place of its own, the article's country
  EXPECT_EQ(f[16], "Middle East");
  EXPECT_EQ(f[17], "Syria");
  EXPECT_EQ(f[25], "Test Outlet");
  EXPECT_EQ(f[26], "National");
  EXPECT_EQ(f[30], "1508025600");  // timestamp: the publication day, Unix seconds
  EXPECT_TRUE(f[0].starts_with("SYR")) << f[0];
  EXPECT_EQ(f[0].size(), 13u) << f[0];  // ISO3 + a 10-digit hash of the document and incident
  EXPECT_TRUE(f[27].starts_with("On 14 October 2017, Military Forces of Syria fired shells, artillery or missiles"))
      << f[27];
  EXPECT_TRUE(f[27].ends_with("Fatalities: 5.")) << f[27];
}

TEST(OutputAcled, PublicationDateFallbackIsNotDayPrecision) {
  auto r = testing::RunEvents("قصفت طائرات حربية مواقع التنظيم في المدينة.", "2015-07-31");
  ASSERT_EQ(r.result.events.size(), 1u);
  AcledContext ctx{"doc1", "test", "2015-07-31", ""};
  auto f = ParseCsvLine(Rows(r, ctx)[0]);
  EXPECT_EQ(f[1], "2015-07-31");
  EXPECT_EQ(f[3], "2");  // time_precision: the clause has no date of its own
}

// The note's counts read as English: a category in words, in the singular for one ("1
// woman", "killed or wounded"), and a count told again listed once, with its claim.
TEST(OutputAcled, NoteCountsReadAsEnglishAndAreListedOnce) {
  static const geo::GeoResult kNoPlaces;
  auto note = [&](const testing::Run& r) {
    EventContext c{r.result, testing::Dicts(), &Records(), r.text, kNoPlaces, nullptr, "SY"};
    return r.result.events.empty() ? std::string() : output::EventNote(c, r.result.events[0]);
  };
  auto ar = testing::RunEvents("أسفر انفجار لغم في قرية جارز أمس عن مقتل امرأة وسقوط 12 بين قتيل وجريح. وقالت مصادر محلية "
                               "إن انفجار اللغم أدى إلى سقوط 12 بين قتيل وجريح.",
                               "2016-10-23");
  const std::string n = note(ar);
  EXPECT_EQ(n.find("dead_or_wounded"), std::string::npos) << n;
  const size_t first = n.find("12 killed or wounded");
  ASSERT_NE(first, std::string::npos) << n;
  EXPECT_EQ(n.find("12 killed or wounded", first + 1), std::string::npos) << n;
  auto en = testing::RunEvents("US air strikes killed 50 militants and eight civilians in northern Syria on Tuesday, and "
                               "the civilians included three children and one woman.",
                               "2014-09-23");
  const std::string m = note(en);
  EXPECT_NE(m.find("1 woman"), std::string::npos) << m;
  EXPECT_EQ(m.find("1 women"), std::string::npos) << m;
}

}  // namespace
}  // namespace marsad::events
