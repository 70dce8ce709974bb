// The ACLED CSV writer (src/output/acled.cc) over events extracted from short texts.
#include "events_testutil.h"
#include "marsad/output.h"

namespace marsad::events {
namespace {

using output::AcledColumns;
using output::AcledContext;
using output::AcledHeader;
using output::AcledRows;
using output::CsvField;

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
  ASSERT_EQ(cols.size(), 31u);
  EXPECT_EQ(cols.front(), "event_id_cnty");
  EXPECT_EQ(cols[27], "notes");
  EXPECT_EQ(cols.back(), "timestamp");
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
  AcledContext ctx{"doc1", "test", "2017-10-15"};
  auto rows = AcledRows(r.result, testing::Dicts(), r.text, geo::GeoResult{}, nullptr, ctx);
  ASSERT_EQ(rows.size(), r.result.events.size());
  auto f = ParseCsvLine(rows[0]);
  ASSERT_EQ(f.size(), AcledColumns().size());
  EXPECT_EQ(f[1], "2017-10-14");  // event_date
  EXPECT_EQ(f[2], "2017");
  EXPECT_EQ(f[3], "1");
  EXPECT_EQ(f[7], "Military Forces of Syria");
  EXPECT_EQ(f[27], r.Surface(r.result.events[0].start, r.result.events[0].end));  // notes = evidence
  EXPECT_EQ(f[28], "5");
}

TEST(OutputAcled, PublicationDateFallbackIsNotDayPrecision) {
  auto r = testing::RunEvents("قصفت طائرات حربية مواقع التنظيم في المدينة.", "2015-07-31");
  ASSERT_EQ(r.result.events.size(), 1u);
  AcledContext ctx{"doc1", "test", "2015-07-31"};
  auto f = ParseCsvLine(AcledRows(r.result, testing::Dicts(), r.text, geo::GeoResult{}, nullptr, ctx)[0]);
  EXPECT_EQ(f[1], "2015-07-31");
  EXPECT_EQ(f[3], "2");  // time_precision: the clause has no date of its own
}

}  // namespace
}  // namespace marsad::events
