// Records (marsad/provenance.h): the outlet of a document, who claims each event and count,
// and the country table; the English note (src/output/notes.cc).
#include <filesystem>
#include <fstream>

#include "events_testutil.h"
#include "marsad/output.h"
#include "marsad/provenance.h"

namespace marsad::events {
namespace {

using testing::Records;

OutletMatch Outlet(const std::string& outlet, const std::string& url, const std::string& body) {
  Document doc;
  doc.outlet = outlet;
  doc.url = url;
  doc.text = body;
  doc.source = "/data/archive/2015.jsonl";  // the input file: never the outlet
  auto t = text::DecodeUtf8(body, text::Utf8Mode::kLenient).value();
  auto toks = text::Tokenize(t);
  return FindOutlet(Records(), doc, t, toks);
}

TEST(Records, OutletFromTheSourceField) {
  auto o = Outlet("was", "", "نص");
  EXPECT_EQ(o.name, "Saudi Press Agency");
  EXPECT_EQ(o.scale, "National");
  EXPECT_EQ(o.from, "input");
  EXPECT_EQ(Outlet("AAWSAT", "", "نص").name, "Asharq Al-Awsat");
  EXPECT_EQ(Outlet("3alyoum", "", "نص").name, "Ain Al-Youm");
  // An outlet we do not know keeps its own name; a path or a URL is never a name.
  EXPECT_EQ(Outlet("Daily Planet", "", "text").name, "Daily Planet");
  EXPECT_EQ(Outlet("/data/news.jsonl", "", "text").name, "");
  EXPECT_EQ(Outlet("https://www.okaz.com.sa/news/1", "", "نص").name, "Okaz");
}

TEST(Records, OutletFromTheUrlThenTheDateline) {
  auto o = Outlet("", "https://news.reuters.com/world/1", "text");
  EXPECT_EQ(o.name, "Reuters");
  EXPECT_EQ(o.from, "url");
  o = Outlet("", "", "الرياض - واس:\nأعلنت وزارة الداخلية اليوم القبض على خلية.");
  EXPECT_EQ(o.name, "Saudi Press Agency");
  EXPECT_EQ(o.from, "dateline");
  EXPECT_EQ(Outlet("", "", "BEIRUT (Reuters) - Shelling killed five people.").name, "Reuters");
  EXPECT_EQ(Outlet("", "", "دمشق - سانا\nقصف").name, "SANA");
  // Named in the text, not in the dateline: not the outlet.
  EXPECT_EQ(Outlet("", "", "قال مسؤول لوكالة رويترز إن القصف استمر").name, "");
  // An unknown site is named by its domain, not its URL.
  EXPECT_EQ(Outlet("", "http://www.example.org/a?b=1", "text").name, "example.org");
}

TEST(Records, CountriesCarryAcledNamesCodesAndRegions) {
  const CountryInfo* sy = Records().Country("SY");
  ASSERT_NE(sy, nullptr);
  EXPECT_EQ(sy->name, "Syria");
  EXPECT_EQ(sy->iso3, "SYR");
  EXPECT_EQ(sy->numeric, 760);
  EXPECT_EQ(sy->region, "Middle East");
  EXPECT_EQ(Records().Country("LY")->region, "Northern Africa");
  EXPECT_EQ(Records().Country("PS")->name, "Palestine");
  EXPECT_EQ(Records().Country("CD")->name, "Democratic Republic of Congo");
  EXPECT_EQ(Records().Country("ZZ"), nullptr);
}

struct Claimed {
  testing::Run run;
  std::string Claim(int32_t k) const { return k < 0 ? "" : run.result.claims[k].name_en; }
  std::string ClaimText(int32_t k) const {
    return k < 0 ? "" : run.Surface(run.result.claims[k].start, run.result.claims[k].end);
  }
  // The claim of the first quantity of this value.
  int32_t OfCount(uint64_t value) const {
    for (const auto& q : run.result.quantities)
      if (q.value == value) return q.claim;
    ADD_FAILURE() << "no count " << value;
    return -1;
  }
};

Claimed Attribute(const std::string& s) {
  Claimed c{testing::RunEvents(s, "2017-10-14")};
  auto toks = text::Tokenize(c.run.text);
  auto sentences = text::SplitSentences(c.run.text, toks);
  AttributeClaims(Records(), testing::Dicts(), c.run.text, toks, sentences, &c.run.result);
  return c;
}

TEST(Records, ClaimsOfEventsAndCounts) {
  auto c = Attribute(
      "واجتمعوا في عين عيسى، بحسب ما أكد مصدر خاص للرقة24، وتم الاتفاق على خروج المقاتلين.\n"
      "وبحسب المصدر، تم تقدير العدد بـ 150 مقاتل تقريباً.\n"
      "ويقول أحد المدنيين الذين خرجوا من المدينة المحاصرة أن حوالي 7000 مدني لايزالون داخل المدينة.");
  ASSERT_GE(c.run.result.claims.size(), 3u);
  EXPECT_EQ(c.Claim(0), "a private source of Raqqa24");
  EXPECT_EQ(c.ClaimText(0), "مصدر خاص للرقة24");
  EXPECT_EQ(c.Claim(c.OfCount(150)), "a private source of Raqqa24");  // المصدر: the one named before
  EXPECT_EQ(c.Claim(c.OfCount(7000)), "a civilian who left the city");
  for (const auto& e : c.run.result.events)
    if (e.sub_event_type == "Agreement") {
      EXPECT_EQ(c.Claim(e.claim), "a private source of Raqqa24");
    }
}

TEST(Records, ClaimsInEnglishAndQuotations) {
  auto c = Attribute("Shelling killed 5 civilians in Idlib, the Syrian Observatory for Human Rights said.");
  EXPECT_EQ(c.Claim(c.OfCount(5)), "Syrian Observatory for Human Rights");
  c = Attribute("According to security sources, 12 soldiers were killed.");
  EXPECT_EQ(c.Claim(c.OfCount(12)), "security sources");
  // A quotation keeps its speaker across its sentences.
  c = Attribute("وقال المصدر: “قتل 3 مقاتلين. وأصيب 9 آخرون”. وفي حلب، قتل 4 أشخاص.");
  EXPECT_EQ(c.Claim(c.OfCount(9)), "the source");
  EXPECT_EQ(c.Claim(c.OfCount(4)), "");  // after the quotation: the outlet's own report
}

// A claim verb ending the text with no claimant before it looks past the last token
// (fakes-dev crashed one run in three): nobody is the claimant.
TEST(Records, ClaimVerbEndingTheTextHasNoClaimantAfterIt) {
  auto c = Attribute("Shelling killed 5 civilians in Idlib on Monday, said");
  EXPECT_EQ(c.Claim(c.OfCount(5)), "");
}

TEST(Records, BadDictionaryLinesNameTheFile) {
  std::string dir = ::testing::TempDir() + "/records_bad";
  std::filesystem::create_directories(dir + "/ar");
  {
    std::ofstream f(dir + "/ar/claim_cues.tsv");
    f << "#phrase\tkind\tname_en\tsource\nبحسب\tsaid\t\tx\n";
  }
  auto r = ProvenanceDictionaries::Load(std::string(MARSAD_SOURCE_DIR) + "/data/dictionaries", {dir});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("claim_cues.tsv:2"), std::string::npos) << r.status().message();
}

// A user dictionary saved as Latin-1 (or cut off mid-character) is refused with the file,
// the line and the byte, instead of feeding broken bytes to the key normalizer.
TEST(Records, DictionaryLinesMustBeUtf8) {
  std::string dir = ::testing::TempDir() + "/records_latin1";
  std::filesystem::create_directories(dir + "/ar");
  {
    std::ofstream f(dir + "/ar/claim_cues.tsv");
    f << "#phrase\tkind\tname_en\tsource\n# caf\xE9 in a comment is fine\nbayan\tverb\t\tx\ncaf\xE9\tverb\t\tx\n";
  }
  auto r = ProvenanceDictionaries::Load(std::string(MARSAD_SOURCE_DIR) + "/data/dictionaries", {dir});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("claim_cues.tsv:4: invalid UTF-8 at byte 4 of the line (0xe9)"),
            std::string::npos)
      << r.status().message();
}

}  // namespace
}  // namespace marsad::events
