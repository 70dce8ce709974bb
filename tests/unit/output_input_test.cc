// The input layer against hostile and careless input (issue 18) and publication dates in
// the forms archives write them (issue 13 §4): marsad/pubdate.h, ParseJsonDocument,
// ExtractHtmlText, pgsql::AppendRows, MappedFile::Open.
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <random>
#include <filesystem>
#include <gtest/gtest.h>
#include <string>

#include "marsad/batch.h"
#include "marsad/extract.h"
#include "marsad/json_read.h"
#include "marsad/mapped_file.h"
#include "marsad/pgsql.h"
#include "marsad/pubdate.h"

namespace marsad {
namespace {

std::string Nested(size_t depth, const std::string& open, const std::string& inner, const std::string& close) {
  std::string s;
  s.reserve(depth * (open.size() + close.size()) + inner.size());
  for (size_t i = 0; i < depth; ++i) s += open;
  s += inner;
  for (size_t i = 0; i < depth; ++i) s += close;
  return s;
}

std::string Date(std::string_view s) {
  auto r = NormalizePublished(s);
  return r.ok() ? *r : "error: " + r.status().message();
}

TEST(PublishedDate, FormsArchivesUse) {
  EXPECT_EQ(Date("2017-10-14"), "2017-10-14");
  EXPECT_EQ(Date("2015-07-21 02:51:32"), "2015-07-21");        // saudinewsnet "date"
  EXPECT_EQ(Date(" 2015-07-21T02:51:32Z "), "2015-07-21");
  EXPECT_EQ(Date("2015-07-21T23:51:32.123-05:00"), "2015-07-21");  // the writer's own day
  EXPECT_EQ(Date("2015-07-21T02:51:32+0300"), "2015-07-21");
  EXPECT_EQ(Date("2015-07-21T02:51"), "2015-07-21");
  EXPECT_EQ(Date("20150721"), "2015-07-21");
  EXPECT_EQ(Date("2015/7/21"), "2015-07-21");
  EXPECT_EQ(Date("Tue, 21 Jul 2015 02:51:32 +0000"), "2015-07-21");  // RFC 2822
  EXPECT_EQ(Date("21 Jul 2015 02:51:32 GMT"), "2015-07-21");
  EXPECT_EQ(Date("Tuesday, 21 July 2015"), "2015-07-21");
  EXPECT_EQ(Date("Jul 21, 2015"), "2015-07-21");
  EXPECT_EQ(Date("Sat, 29 Feb 2020 10:00:00 -0800"), "2020-02-29");
  EXPECT_EQ(Date("7/21/15"), "2015-07-21");  // m/d/yy
  EXPECT_EQ(Date("7/21/2015"), "2015-07-21");
  EXPECT_EQ(Date("12/31/99"), "1999-12-31");
  EXPECT_EQ(Date("1/2/68"), "2068-01-02");
  EXPECT_EQ(Date("7/21/2015 2:51:32 PM"), "2015-07-21");
  EXPECT_EQ(Date("1437447092"), "2015-07-21");     // Unix seconds
  EXPECT_EQ(Date("1437447092000"), "2015-07-21");  // milliseconds
}

TEST(PublishedDate, InvalidDatesAreErrors) {
  for (const char* bad : {"14/10/2017", "2017-02-30", "2019-02-29", "2017-13-01", "2017-00-10", "2017-10-32",
                          "yesterday", "", "   ", "2017-10", "2017-10-14T25:00", "2017-10-14 garbage",
                          "Foo, 21 Jul 2015", "32 Jul 2015", "21 Jux 2015", "7/21/215", "0999-01-01",
                          "2017-10-14T10:00+99:00", "1/2", "12345"}) {
    auto r = NormalizePublished(bad);
    EXPECT_FALSE(r.ok()) << "\"" << bad << "\" gave " << (r.ok() ? *r : "");
    if (!r.ok()) {
      EXPECT_NE(r.status().message().find("invalid publication date"), std::string::npos);
    }
  }
  EXPECT_NE(Date("2017-02-30").find("no day 30 in 2017-02"), std::string::npos);
  EXPECT_NE(Date("14/10/2017").find("month 14 does not exist"), std::string::npos);
}

TEST(ParseJsonDocument, PublicationDateUnderCommonNames) {
  struct Case {
    const char* json;
    const char* published;
  } cases[] = {
      {R"({"text":"x","published":"2017-10-14"})", "2017-10-14"},
      {R"({"text":"x","date":"2015-07-21 02:51:32"})", "2015-07-21"},
      {R"({"text":"x","publish_date":"Tue, 21 Jul 2015 02:51:32 +0000"})", "2015-07-21"},
      {R"({"text":"x","pubdate":"7/21/15"})", "2015-07-21"},
      {R"({"text":"x","datetime":"2015-07-21T02:51:32Z"})", "2015-07-21"},
      {R"({"text":"x","timestamp":1437447092})", "2015-07-21"},
      {R"({"text":"x","timestamp":"1437447092"})", "2015-07-21"},
      {R"({"text":"x","date":"2015-07-21","published":"2016-01-01"})", "2016-01-01"},  // published first
      {R"({"text":"x","published":null,"date":"2015-07-21"})", "2015-07-21"},
      {R"({"text":"x"})", ""},
  };
  for (const auto& c : cases) {
    auto d = ParseJsonDocument(c.json, "in.jsonl", 1);
    ASSERT_TRUE(d.ok()) << c.json << ": " << d.status().message();
    EXPECT_EQ(d->published, c.published) << c.json;
    EXPECT_TRUE(d->warnings.empty()) << c.json;
  }
}

TEST(ParseJsonDocument, UnreadableDateIsAWarningNotAFailure) {
  for (const char* json : {R"({"text":"x","date":"2017-02-30"})", R"({"text":"x","published":"14/10/2017"})",
                           R"({"text":"x","date":{"y":2017}})", R"({"text":"x","timestamp":-5})"}) {
    auto d = ParseJsonDocument(json, "in.jsonl", 3);
    ASSERT_TRUE(d.ok()) << json << ": " << d.status().message();
    EXPECT_EQ(d->published, "") << json;
    ASSERT_EQ(d->warnings.size(), 1u) << json;
    EXPECT_NE(d->warnings[0].find("the document has no publication date"), std::string::npos) << d->warnings[0];
  }
}

TEST(ParseJsonDocument, DeepNestingIsAnErrorNotACrash) {
  // 150,000 nested arrays overflowed the stack of the recursive parser (issue 18).
  std::string deep = R"({"id":"d","text":"Homs","x":)" + Nested(150000, "[", "", "]") + "}";
  auto d = ParseJsonDocument(deep, "in.jsonl", 2);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("in.jsonl:2: JSON nested more than 512 levels deep"), std::string::npos)
      << d.status().message();
  // 500 levels is still a document (the extra field is ignored).
  auto ok = ParseJsonDocument(R"({"id":"d","text":"Homs","x":)" + Nested(500, "[", "", "]") + "}", "in.jsonl", 2);
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  EXPECT_EQ(ok->text, "Homs");
  // Unterminated, and as the text itself: errors that name the line.
  auto bad = ParseJsonDocument(R"({"id":"d","text":)" + Nested(150000, "[", "", ""), "in.jsonl", 2);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("in.jsonl:2"), std::string::npos);
  auto not_string = ParseJsonDocument(R"({"id":"d","text":)" + Nested(150000, "[", "", "]") + "}", "in.jsonl", 2);
  ASSERT_FALSE(not_string.ok());
  auto objects = ParseJsonDocument(Nested(150000, R"({"a":)", "1", "}"), "in.jsonl", 4);
  ASSERT_FALSE(objects.ok());
}

TEST(ParseJsonDocument, InvalidUtf8InFieldsIsReplaced) {
  // Copied raw into the record, it made the output invalid JSON (issue 18).
  auto d = ParseJsonDocument("{\"id\":\"a\xff\",\"url\":\"http://x/\xc3\",\"text\":\"x\"}", "in.jsonl", 1);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->id, "a\xEF\xBF\xBD");
  EXPECT_EQ(d->url, "http://x/\xEF\xBF\xBD");
}

// ParseJsonDocument parses a copy in place (json::ParseText): the values and the errors
// are those of RapidJSON's parse of the line as given.
TEST(ParseJsonDocument, InPlaceParseReadsAsTheLineParse) {
  // Escapes decoded; a view into a longer buffer reads only its line.
  const std::string buffer =
      "{\"id\":\"e\\\"1\",\"text\":\"\\u0627\\u0644\\u0631\\u0642\\u0629\\nHoms \\\\ \\/\"}\n{\"id\":\"next\"}";
  auto d = ParseJsonDocument(std::string_view(buffer).substr(0, buffer.find('\n')), "in.jsonl", 1);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->id, "e\"1");
  EXPECT_EQ(d->text, "\u0627\u0644\u0631\u0642\u0629\nHoms \\ /");
  // A byte-order mark before the object is skipped, as before.
  auto bom = ParseJsonDocument("\xEF\xBB\xBF{\"id\":\"b\",\"text\":\"x\"}", "in.jsonl", 2);
  ASSERT_TRUE(bom.ok()) << bom.status().message();
  EXPECT_EQ(bom->id, "b");
  // Malformed lines: the same byte offsets as RapidJSON's sized parse.
  const std::string malformed[] = {R"({"id":"a","text":"x",})", "{\"id\":\"a\",\"text\":\"x\x01\"}",
                                   R"({"id":"a","text":"x"} {})", std::string("{\"id\":\"a\",\"text\":\"x\0y\"}", 23),
                                   R"({"id":"a","text":"x)"};
  for (const std::string& line : malformed) {
    rapidjson::Document ref;
    ref.Parse<json::kParseFlags>(line.data(), line.size());
    ASSERT_TRUE(ref.HasParseError()) << line;
    auto bad = ParseJsonDocument(line, "in.jsonl", 3);
    ASSERT_FALSE(bad.ok()) << line;
    EXPECT_NE(bad.status().message().find("at byte " + std::to_string(ref.GetErrorOffset()) + ":"), std::string::npos)
        << bad.status().message();
  }
}

// A print edition posted in the small hours was written the day before: the hour on the
// writer's own clock (no zone) says so; a zone, or a date alone, gives no hour.
TEST(PublishedDate, TheDayAnArticleWasWritten) {
  EXPECT_EQ(PublishedLocalHour("2015-07-31 03:45:01"), 3);
  EXPECT_EQ(PublishedLocalHour("2015-07-31T18:02"), 18);
  EXPECT_EQ(PublishedLocalHour(" 2015-07-31 06:59:59.25 "), 6);
  EXPECT_EQ(PublishedLocalHour("2015-07-31T03:45:01Z"), -1);
  EXPECT_EQ(PublishedLocalHour("2015-07-31T03:45:01+03:00"), -1);
  EXPECT_EQ(PublishedLocalHour("2015-07-31"), -1);
  EXPECT_EQ(PublishedLocalHour("Tue, 21 Jul 2015 02:51:32 +0000"), -1);
  EXPECT_EQ(PublishedLocalHour("2015-07-31 25:00"), -1);
  EXPECT_EQ(EditionDay("2015-08-01", 3), "2015-07-31");
  EXPECT_EQ(EditionDay("2015-01-01", 0), "2014-12-31");
  EXPECT_EQ(EditionDay("2015-08-01", kEditionHour), "2015-08-01");
  EXPECT_EQ(EditionDay("2015-08-01", -1), "2015-08-01");
  EXPECT_EQ(EditionDay("", 3), "");
  auto d = ParseJsonDocument(R"({"id":"p","text":"x","date":"2015-07-31 03:45:01"})", "in.jsonl", 1);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->published, "2015-07-31");
  EXPECT_EQ(d->published_hour, 3);
}

TEST(ExtractorRecord, DateWarningInErrors) {
  // The warning reaches the record through Extraction::warnings (no resources needed for
  // the document part: checked on the Document).
  auto d = ParseJsonDocument(R"({"id":"w","text":"x","date":"2017-02-30"})", "in.jsonl", 1);
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_NE(d->warnings[0].find("field \"date\": invalid publication date \"2017-02-30\""), std::string::npos)
      << d->warnings[0];
}

TEST(HtmlText, DeepNestingIsRefusedQuickly) {
  for (size_t depth : {50000u, 100000u}) {
    std::string html = "<html><body>" + Nested(depth, "<div>", "<p>Raqqa</p>", "</div>") + "</body></html>";
    auto t0 = std::chrono::steady_clock::now();
    auto r = batch::ExtractHtmlText(html);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ASSERT_FALSE(r.ok()) << depth;
    EXPECT_NE(r.status().message().find("nests elements more than"), std::string::npos) << r.status().message();
    EXPECT_LT(secs, 2.0) << depth;
  }
}

TEST(HtmlText, DeepButBoundedPagesAreRead) {
  // Just under the bound: gumbo builds it and the block collector walks it iteratively.
  std::string html = "<html><head><title>T</title></head><body>" +
                     Nested(batch::kMaxHtmlDepth - 10, "<div>", "<p>Shelling hit Raqqa.</p>", "</div>") +
                     "</body></html>";
  auto r = batch::ExtractHtmlText(html);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_NE(r->text.find("Shelling hit Raqqa."), std::string::npos);
  EXPECT_EQ(r->title, "T");
  // Unclosed <p>, <li>, void elements and scripts do not count as depth.
  std::string flat = "<html><body>";
  for (int i = 0; i < 5000; ++i) flat += "<p>para<br><img src='a>b'><li>item";
  flat += "<script>" + Nested(5000, "<div>", "", "") + "</script><!-- " + Nested(5000, "<div>", "", "") +
          " --><p>Shelling hit Raqqa.</body></html>";
  auto f = batch::ExtractHtmlText(flat);
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_NE(f->text.find("Shelling hit Raqqa."), std::string::npos);
}

TEST(HtmlText, DocumentOrderKept) {
  auto r = batch::ExtractHtmlText(
      "<html><body><article><h1>Head</h1><div><p>One.</p><ul><li><p>Two is a paragraph in a list item.</p></li>"
      "</ul></div><p>Three.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "Head\n\nOne.\n\nTwo is a paragraph in a list item.\n\nThree.");
}

TEST(Pgsql, DeepFieldIsNotACrash) {
  std::string rec = R"({"id":"r","lang":"en","url":)" + Nested(150000, "[", "", "]") +
                    R"(,"places":[],"events":[],"errors":[]})";
  pgsql::Rows rows;
  Status st = pgsql::AppendRows(rec, 0, &rows);
  EXPECT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(rows.n_documents, 1u);
}

TEST(MappedFile, FifoIsRefusedNotAHang) {
  std::string dir = ::testing::TempDir() + "/marsad-fifo-" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  std::string fifo = dir + "/index.mgz";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto t0 = std::chrono::steady_clock::now();
  auto f = MappedFile::Open(fifo);  // blocked in open() for a writer before
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 1.0);
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("is a FIFO, not a regular file"), std::string::npos) << f.status().message();
  auto d = MappedFile::Open(dir);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("is a directory"), std::string::npos) << d.status().message();
  std::filesystem::remove_all(dir);
}

// FileLines (what `marsad merge` reads its inputs with) maps a plain file a window at a time;
// the lines must be LineReader's whatever the windows: lines across a window's end, lines
// longer than several windows, "\r\n", blank lines, a last line without '\n'.
TEST(FileLines, GivesLineReadersLinesWhateverTheWindow) {
  std::string dir = ::testing::TempDir() + "/marsad-filelines-" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  std::mt19937 rng(7);
  for (int round = 0; round < 24; ++round) {
    std::string text;
    size_t lines = rng() % 60;
    for (size_t i = 0; i < lines; ++i) {
      size_t len = rng() % 4 == 0 ? rng() % 20000 : rng() % 300;
      for (size_t k = 0; k < len; ++k) text.push_back(static_cast<char>('a' + (i + k) % 26));
      if (rng() % 5 == 0) text.push_back('\r');
      if (i + 1 < lines || rng() % 2 == 0) text.push_back('\n');
    }
    std::string path = dir + "/in-" + std::to_string(round) + ".jsonl";
    std::ofstream(path, std::ios::binary) << text;
    std::vector<std::string> want;
    {
      auto src = batch::ByteSource::Open(path);
      ASSERT_TRUE(src.ok());
      batch::LineReader r(src->get());
      std::string_view line;
      while (r.Next(&line)) want.emplace_back(line);
    }
    for (size_t window : {size_t{1}, size_t{3}, size_t{4095}, size_t{4096}, size_t{5000}, size_t{1} << 20}) {
      auto f = batch::FileLines::Open(path, window);
      ASSERT_TRUE(f.ok());
      EXPECT_EQ((*f)->mapped(), !text.empty());
      std::vector<std::string> got;
      std::string_view line;
      while ((*f)->Next(&line) && got.size() <= want.size()) got.emplace_back(line);
      EXPECT_FALSE((*f)->failed()) << (*f)->error();
      EXPECT_EQ(got, want) << "round " << round << ", window " << window;
    }
  }
  // Compressed (by its magic bytes, as ByteSource tells) and missing files are not mapped:
  // ByteSource reads them, with its errors.
  std::ofstream(dir + "/gz.jsonl", std::ios::binary) << "\x1f\x8b\x08 not really gzip";
  auto gz = batch::FileLines::Open(dir + "/gz.jsonl");
  ASSERT_TRUE(gz.ok());
  EXPECT_FALSE((*gz)->mapped());
  auto missing = batch::FileLines::Open(dir + "/missing.jsonl");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("cannot open"), std::string::npos) << missing.status().message();
  auto d = batch::FileLines::Open(dir);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("is a directory"), std::string::npos) << d.status().message();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace marsad
