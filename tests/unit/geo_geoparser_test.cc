// Geoparser behaviour on a small index built in the test from hand-written places.
#include <gtest/gtest.h>

#include <filesystem>

#include "gazetteer/build/index_builder.h"
#include "marsad/extract.h"
#include "marsad/geo.h"

namespace marsad::geo {
namespace {

using gazetteer::build::IndexBuilder;
using gazetteer::build::PlaceInput;

struct P {
  uint32_t id;
  const char* name;
  double lat, lon;
  char fclass;
  const char* fcode;
  const char* cc;
  const char* a1;
  uint64_t pop;
  std::vector<const char*> alt;
};

class GeoparserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    IndexBuilder b;
    std::vector<P> places = {
        {163843, "Syria", 35.0, 38.5, 'A', "PCLI", "SY", "00", 22000000, {"سوريا", "سورية"}},
        {272103, "Lebanon", 33.9, 35.9, 'A', "PCLI", "LB", "00", 6000000, {"لبنان"}},
        {172955, "Ar Raqqah", 35.95283, 39.00788, 'P', "PPLA", "SY", "04", 177636, {"الرقة", "Raqqa"}},
        {172134, "Ayn Issa", 36.3855, 38.86228, 'P', "PPLA3", "SY", "04", 0, {"عين عيسى"}},
        {170794, "Deir ez-Zor", 35.33588, 40.14084, 'P', "PPLA", "SY", "05", 242565, {"دير الزور"}},
        {170792, "Deir ez-Zor Governorate", 35.0, 40.5, 'A', "ADM1", "SY", "05", 0, {"محافظة دير الزور"}},
        {170063, "Aleppo", 36.20124, 37.16117, 'P', "PPLA", "SY", "09", 1602264, {"حلب"}},
        {276781, "Beirut", 33.89332, 35.50157, 'P', "PPLC", "LB", "04", 1916100, {"بيروت"}},
        {2210247, "Tripoli", 32.88743, 13.18733, 'P', "PPLC", "LY", "", 1150989, {"طرابلس"}},
        {266826, "Tripoli", 34.43667, 35.84972, 'P', "PPLA", "LB", "09", 229398, {"طرابلس"}},
        {174448, "Abu Kamal", 34.45226, 40.91854, 'P', "PPLA2", "SY", "05", 57000, {"البوكمال"}},
        {990001999, "Port of Beirut", 33.9024, 35.5189, 'S', "PRT", "LB", "04", 0, {"مرفأ بيروت"}},
        {102358, "Saudi Arabia", 25.0, 45.0, 'A', "PCLI", "SA", "", 0, {"السعودية"}},
        {248816, "Jordan", 31.0, 36.0, 'A', "PCLI", "JO", "", 0, {"الأردن", "الاردن"}},
        // Arabic main names, as the real index has them for these (a country's main name
        // earns it the country_name feature).
        {250441, "عمان", 31.95522, 35.94503, 'P', "PPLC", "JO", "16", 1275857, {"Amman"}},
        {286963, "عمان", 21.0, 57.0, 'A', "PCLI", "OM", "", 0, {"Oman", "سلطنة عمان"}},
        {285570, "الكويت", 29.5, 47.75, 'A', "PCLI", "KW", "", 0, {"Kuwait"}},
        {285787, "Kuwait City", 29.36972, 47.97833, 'P', "PPLC", "KW", "02", 60064, {"الكويت", "مدينة الكويت"}},
        {108410, "Riyadh", 24.68773, 46.72185, 'P', "PPLC", "SA", "10", 4205961, {"الرياض"}},
        {6254930, "Palestine", 31.95, 35.23, 'A', "PCLI", "PS", "", 0, {"فلسطين"}},
        {4717232, "Palestine", 31.7621, -95.6308, 'P', "PPLA2", "US", "TX", 18000, {}},
        {4736286, "Texas", 31.25, -99.25, 'A', "ADM1", "US", "TX", 0, {}},
        {4738214, "Tyler", 32.35, -95.30, 'P', "PPLA2", "US", "TX", 100000, {}},
        {4699066, "Houston", 29.76, -95.36, 'P', "PPLA2", "US", "TX", 2300000, {}},
        {250582, "Mafraq", 32.34289, 36.20804, 'P', "PPLA", "JO", "15", 57118, {"المفرق", "مفرق"}},
        {268110, "Bwadi", 34.0333, 36.15, 'P', "PPL", "LB", "04", 0, {"بوادي"}},
        {415189, "Aden", 12.77944, 45.03667, 'P', "PPLA", "YE", "02", 550602, {"عدن"}},
        {69543, "Yemen", 15.5, 47.5, 'A', "PCLI", "YE", "", 0, {"اليمن"}},
        {2473457, "Msaken", 35.72917, 10.58083, 'P', "PPL", "TN", "", 54000, {"مساكن"}},
    };
    for (const auto& p : places) {
      PlaceInput in;
      in.geonameid = p.id;
      in.name = p.name;
      in.lat = p.lat;
      in.lon = p.lon;
      in.feature_class = p.fclass;
      in.feature_code = p.fcode;
      in.country = p.cc;
      in.admin1 = p.a1;
      in.population = p.pop;
      uint32_t idx = b.AddPlace(in);
      b.AddName(idx, p.name, gazetteer::kNameMain);
      for (const char* a : p.alt) b.AddName(idx, a, gazetteer::kNameAlternate);
    }
    path_ = new std::string(std::filesystem::temp_directory_path() / ("geo_test_" + std::to_string(::getpid()) + ".mgz"));
    ASSERT_TRUE(b.Write(*path_, 0).ok());
    auto res = Resources::Load(*path_, std::string(MARSAD_SOURCE_DIR) + "/data");
    ASSERT_TRUE(res.ok()) << res.status().message();
    res_ = std::move(res).value().release();
  }
  static void TearDownTestSuite() {
    delete res_;
    std::filesystem::remove(*path_);
    delete path_;
  }

  static GeoResult Parse(const std::string& s, Options opt = {}) {
    Extractor ex(*res_, ExtractOptions{});
    auto text = text::DecodeUtf8(s, text::Utf8Mode::kStrict);
    auto toks = text::Tokenize(*text);
    return Geoparser(res_->gazetteer, res_->lexicons).Parse(*text, toks, opt);
  }
  static uint32_t Id(const Mention& m) {
    return m.place < 0 ? 0 : res_->gazetteer.Place(static_cast<uint32_t>(m.place)).geonameid;
  }
  static std::string Surface(const std::string& s, const Mention& m) {
    auto t = text::DecodeUtf8(s, text::Utf8Mode::kStrict);
    return std::string(t->Slice(m.start, m.end));
  }

  static std::string* path_;
  static Resources* res_;
};
std::string* GeoparserTest::path_ = nullptr;
Resources* GeoparserTest::res_ = nullptr;

TEST_F(GeoparserTest, FindsCliticPrefixedAndMultiWordNames) {
  std::string s = "اجتمعوا في عين عيسى وبالرقة ثم خرجوا إلى دير الزور.";
  auto r = Parse(s);
  ASSERT_EQ(r.mentions.size(), 3u);
  EXPECT_EQ(Surface(s, r.mentions[0]), "عين عيسى");
  EXPECT_EQ(Id(r.mentions[0]), 172134u);
  EXPECT_EQ(Surface(s, r.mentions[1]), "وبالرقة");  // the whole token is the span
  EXPECT_EQ(Id(r.mentions[1]), 172955u);
  EXPECT_EQ(Id(r.mentions[2]), 170794u);
}

// Forms splits a compound written joined after its fixed first part (عين, دير …), with or
// without a proclitic, into the gazetteer's spaced key; a word that only starts with such
// letters is not split.
TEST_F(GeoparserTest, JoinedCompoundNamesFindTheSpacedKey) {
  std::string s = "اجتمعوا في عينعيسى ثم خرجوا وديرالزور عادت إلى عيني حلب.";
  auto r = Parse(s);
  ASSERT_EQ(r.mentions.size(), 3u);
  EXPECT_EQ(Surface(s, r.mentions[0]), "عينعيسى");
  EXPECT_EQ(Id(r.mentions[0]), 172134u);
  EXPECT_EQ(r.mentions[0].key, "عين عيسي");
  EXPECT_EQ(Surface(s, r.mentions[1]), "وديرالزور");
  EXPECT_EQ(Id(r.mentions[1]), 170794u);
  EXPECT_EQ(Id(r.mentions[2]), 170063u);
}

// "مفرق العند" is the junction of Al-Anad, with a proclitic too ("بمفرق العند"); Jordan's city
// is "المفرق". A prefixed feature noun before a word that is not definite is a name of its own
// ("قرية بوادي على بعد").
TEST_F(GeoparserTest, AJunctionIsNoMafraq) {
  for (const char* s : {"قتل القيادي أمس بمفرق العند في لحج.", "وقعت المواجهات قرب مفرق العند."}) {
    auto r = Parse(s);
    for (const auto& m : r.mentions) EXPECT_NE(Id(m), 250582u) << s;
  }
  std::string city = "وصل اللاجئون إلى مدينة المفرق أمس.";
  auto r = Parse(city);
  ASSERT_EQ(r.mentions.size(), 1u);
  EXPECT_EQ(Id(r.mentions[0]), 250582u);
  std::string village = "توجهتا الى قرية بوادي على بعد 15 كيلومترا غرب بيروت.";
  auto v = Parse(village);
  ASSERT_GE(v.mentions.size(), 1u);
  EXPECT_EQ(Surface(village, v.mentions[0]), "بوادي");
}

// "منطقة مساكن الطيارين" in a report from Aden: the area's name is no Msaken, a town in a
// country the text names nowhere thousands of km away; it stays a local place, unresolved.
TEST_F(GeoparserTest, AnAreaIsNoFarNamesake) {
  std::string s = "وقالت مصادر في اليمن إن مواجهات عنيفة اندلعت أمس في منطقة مساكن الطيارين في عدن.";
  auto r = Parse(s);
  bool aden = false;
  for (const auto& m : r.mentions) {
    EXPECT_NE(Id(m), 2473457u) << Surface(s, m);
    aden = aden || Id(m) == 415189u;
  }
  EXPECT_TRUE(aden);
}

TEST_F(GeoparserTest, NameGluedToDigitsIsAnOutletNotAPlace) {
  auto r = Parse("بحسب ما أكد مصدر خاص للرقة24 أمس");
  EXPECT_TRUE(r.mentions.empty());
}

TEST_F(GeoparserTest, WholeWordBeatsClitic) {
  std::string s = "زار لبنان وبيروت";
  auto r = Parse(s);
  ASSERT_EQ(r.mentions.size(), 2u);
  EXPECT_EQ(Id(r.mentions[0]), 272103u);
  EXPECT_EQ(Id(r.mentions[1]), 276781u);
}

TEST_F(GeoparserTest, RelativePlaceTakesAnchorAndBearing) {
  std::string s = "بدأت الباصات بالتجمع في منطقة الأسدية شمالي الرقة لبدء التنفيذ";
  auto r = Parse(s);
  ASSERT_EQ(r.mentions.size(), 2u);
  const Mention& rel = r.mentions[0];
  EXPECT_EQ(Surface(s, rel), "الأسدية");
  ASSERT_TRUE(rel.relation.has_value());
  EXPECT_EQ(rel.relation->bearing, 0.0f);
  EXPECT_EQ(rel.relation->anchor, 1);
  EXPECT_EQ(Id(r.mentions[1]), 172955u);
  EXPECT_GT(rel.lat, 35.95283);  // north of the anchor
  EXPECT_LT(HaversineKm(rel.lat, rel.lon, 35.95283, 39.00788), 40.0);
}

TEST_F(GeoparserTest, DocumentContextPicksTheLebaneseTripoli) {
  std::string s = "اشتباكات في طرابلس وبيروت وفي مناطق أخرى من لبنان";
  auto r = Parse(s);
  ASSERT_GE(r.mentions.size(), 1u);
  EXPECT_EQ(Id(r.mentions[0]), 266826u);
  EXPECT_FALSE(r.focus.countries.empty());
}

// A name a capital shares with a country ("عمان": Amman, Oman) is the capital in a text that
// names the capital's country; a country named by its own name stays the country.
TEST_F(GeoparserTest, CapitalOfTheNamedCountry) {
  std::string s = "#الاردن #عمان #اخبار #السعودية #سيول_الاردن";
  auto r = Parse(s);
  bool seen = false;
  for (const auto& m : r.mentions) {
    if (Surface(s, m) != "عمان") continue;
    seen = true;
    EXPECT_EQ(Id(m), 250441u);  // Amman
  }
  EXPECT_TRUE(seen);
  auto oman = Parse("أمطار غزيرة في عمان والسعودية");
  ASSERT_GE(oman.mentions.size(), 1u);
  EXPECT_EQ(Id(oman.mentions[0]), 286963u);  // Oman: no Jordan in the text
  std::string k = "أمطار في الكويت وفي السعودية";
  auto kw = Parse(k);
  ASSERT_GE(kw.mentions.size(), 1u);
  EXPECT_EQ(Id(kw.mentions[0]), 285570u);  // Kuwait the country, not its capital
}

// Local news: a name repeated in the text must not vote for its own reading (three
// "Palestine" are not three votes for the country), and the other places of the text are
// in one state, which votes for that state's Palestine.
TEST_F(GeoparserTest, RepeatedNameDoesNotConfirmItselfAndTheRegionDecides) {
  std::string s =
      "A Palestine man was sentenced in Tyler on Friday. Neighbors in Palestine said he had driven "
      "back to Palestine before his arrest near Houston.";
  auto r = Parse(s);
  int palestines = 0;
  for (const auto& m : r.mentions) {
    if (Surface(s, m) != "Palestine") continue;
    ++palestines;
    EXPECT_EQ(Id(m), 4717232u) << "at " << m.start;
  }
  EXPECT_EQ(palestines, 3);
}

// "المملكة" alone is the kingdom the text is about; Saudi Arabia when the text names no
// country; nothing in a text about other countries.
TEST_F(GeoparserTest, TheKingdomIsTheDocumentsKingdom) {
  std::string s = "قالت الرياض إن الإصابات في المملكة تراجعت";
  auto r = Parse(s);
  ASSERT_EQ(r.mentions.size(), 2u);
  EXPECT_EQ(Surface(s, r.mentions[1]), "المملكة");
  EXPECT_EQ(Id(r.mentions[1]), 102358u);
  // A generic noun for the place, not its name: marked so (output generic: true).
  EXPECT_TRUE(r.mentions[1].generic);
  EXPECT_FALSE(r.mentions[0].generic);
  auto alone = Parse("تراجعت الإصابات في المملكة");
  ASSERT_EQ(alone.mentions.size(), 1u);
  EXPECT_EQ(Id(alone.mentions[0]), 102358u);
  auto none = Parse("تراجعت الإصابات في المملكة وفي سوريا");
  ASSERT_EQ(none.mentions.size(), 1u);
  EXPECT_EQ(Id(none.mentions[0]), 163843u);
}

// أمام ("in front of") and إمام (an imam) share one key; the bare word is not a title.
TEST_F(GeoparserTest, InFrontOfIsNotATitle) {
  auto r = Parse("توقفت القوات أمام حلب");
  ASSERT_EQ(r.mentions.size(), 1u);
  EXPECT_EQ(Id(r.mentions[0]), 170063u);
}

// A facility named after its town also mentions the town (IDRISI annotates both).
TEST_F(GeoparserTest, FacilityNamedAfterItsTownMentionsTheTown) {
  std::string s = "وقع الانفجار في مرفأ بيروت مساء الثلاثاء";
  auto r = Parse(s);
  ASSERT_EQ(r.mentions.size(), 2u);
  EXPECT_EQ(Surface(s, r.mentions[0]), "مرفأ بيروت");
  EXPECT_EQ(Id(r.mentions[0]), 990001999u);
  EXPECT_EQ(Surface(s, r.mentions[1]), "بيروت");
  EXPECT_EQ(Id(r.mentions[1]), 276781u);
}

TEST_F(GeoparserTest, EnglishNeedsCapitalsAndSkipsTitles) {
  std::string s = "Fighting spread north of Aleppo and reached Raqqa. aleppo soap.";
  auto r = Parse(s);
  int named = 0;
  for (const auto& m : r.mentions)
    if (!m.derived) ++named;
  EXPECT_EQ(named, 2);
}

TEST_F(GeoparserTest, DemonymsOnlyOnRequest) {
  std::string s = "قال المسؤول السوري إن الوضع مستقر";
  EXPECT_TRUE(Parse(s).mentions.empty());
  Options o;
  o.demonyms = true;
  auto r = Parse(s, o);
  ASSERT_EQ(r.mentions.size(), 1u);
  EXPECT_TRUE(r.mentions[0].demonym);
  EXPECT_EQ(Id(r.mentions[0]), 163843u);
}


// The ranker model's weights multiply the features (issue 15 §2): with population's weight
// doubled, every candidate's population contribution doubles, the others stay, and the score
// is still the sum that --explain shows.
TEST_F(GeoparserTest, RankerWeightsScaleTheirFeatures) {
  const std::string s = "زار الوفد طرابلس";
  Options opt;
  opt.max_candidates = 10;
  Lexicons lex = res_->lexicons;
  size_t pop = 0;
  while (kRankFeatures[pop] != "population") ++pop;
  lex.ranker.weights[pop] = 2.0f;
  auto text = text::DecodeUtf8(s, text::Utf8Mode::kStrict);
  auto toks = text::Tokenize(*text);
  const GeoResult base = Geoparser(res_->gazetteer, res_->lexicons).Parse(*text, toks, opt);
  const GeoResult weighted = Geoparser(res_->gazetteer, lex).Parse(*text, toks, opt);
  ASSERT_EQ(base.mentions.size(), 1u);
  ASSERT_EQ(weighted.mentions.size(), 1u);
  const auto& bc = base.mentions[0].candidates;
  const auto& wc = weighted.mentions[0].candidates;
  ASSERT_EQ(bc.size(), 2u);  // the two Tripolis
  ASSERT_EQ(wc.size(), 2u);
  for (const ScoredCandidate& w : wc) {
    const ScoredCandidate* b = nullptr;
    for (const ScoredCandidate& c : bc)
      if (c.place == w.place) b = &c;
    ASSERT_NE(b, nullptr);
    ASSERT_EQ(w.features.size(), b->features.size());
    float sum = 0;
    bool has_population = false;
    for (size_t k = 0; k < w.features.size(); ++k) {
      EXPECT_EQ(w.features[k].name, b->features[k].name);
      const float factor = w.features[k].name == "population" ? 2.0f : 1.0f;
      has_population = has_population || (w.features[k].name == "population" && w.features[k].value > 0);
      EXPECT_FLOAT_EQ(w.features[k].value, factor * b->features[k].value) << w.features[k].name;
      sum += w.features[k].value;
    }
    EXPECT_TRUE(has_population);
    EXPECT_FLOAT_EQ(w.score, sum);
  }
}

// A ranker file: its first comment line is the version; each row names a feature of
// kRankFeatures and a weight in (0, 20]; anything else is an error naming file:line.
TEST(RankerModelTest, ReadsWeightsAndRejectsWhatIsNotAModel) {
  const auto dir = std::filesystem::temp_directory_path() / ("ranker_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto write = [&](const char* name, const char* body) {
    const auto p = dir / name;
    std::FILE* f = std::fopen(p.c_str(), "wb");
    std::fputs(body, f);
    std::fclose(f);
    return p.string();
  };
  auto ok = LoadRanker(write("ok.tsv", "# ranker v9 test\n# feature\tweight\nname_match\t1.5\ncue\t0.25\n"));
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  EXPECT_EQ(ok->version, "ranker v9 test");
  for (size_t k = 0; k < kNumRankFeatures; ++k) {
    const float want = kRankFeatures[k] == "name_match" ? 1.5f : kRankFeatures[k] == "cue" ? 0.25f : 1.0f;
    EXPECT_FLOAT_EQ(ok->weights[k], want) << kRankFeatures[k];
  }
  const struct {
    const char* body;
    const char* error;
  } bad[] = {
      {"# v\nname_matc\t1\n", ":2: unknown ranker feature 'name_matc'"},
      {"# v\ncue\t1\ncue\t2\n", ":3: ranker feature 'cue' given twice"},
      {"# v\ncue\t0\n", ":2: ranker weight of 'cue' not in (0, 20]"},
      {"# v\ncue\t25\n", ":2: ranker weight of 'cue' not in (0, 20]"},
      {"# v\ncue\tmuch\n", ":2: bad weight 'much'"},
      {"# v\ncue\n", ":2:"},
  };
  for (const auto& b : bad) {
    auto r = LoadRanker(write("bad.tsv", b.body));
    ASSERT_FALSE(r.ok()) << b.body;
    EXPECT_NE(r.status().message().find(b.error), std::string::npos) << r.status().message();
  }
  EXPECT_FALSE(LoadRanker((dir / "missing.tsv").string()).ok());
  std::filesystem::remove_all(dir);
}

// The bundled model is one the code reads, and names only features the scorer has.
TEST(RankerModelTest, BundledModelLoads) {
  auto m = LoadRanker(std::string(MARSAD_SOURCE_DIR) + "/data/models/ranker.tsv");
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_NE(m->version.find("ranker v1"), std::string::npos);
}

// The lexicons' flat map (geo.h): finds by string_view, misses, grows past its first
// tables, and iterates in insertion order (std::unordered_map, its predecessor, iterated
// in bucket order, so the tagger built its table in an order no one chose).
TEST(StringMapTest, FindsCountsAndIteratesInInsertionOrder) {
  StringMap<int> m;
  EXPECT_EQ(m.find("مدينة"), m.end());  // an empty map has no table yet
  EXPECT_EQ(m.count(""), 0u);
  std::vector<std::string> keys;
  for (int k = 0; k < 1000; ++k) keys.push_back(k % 2 ? "مدينة " + std::to_string(k) : "key" + std::to_string(k));
  for (int k = 0; k < 1000; ++k) m[keys[k]] = k;
  m[keys[7]] += 1000;  // an existing key: no new entry
  ASSERT_EQ(m.size(), 1000u);
  for (int k = 0; k < 1000; ++k) {
    auto it = m.find(std::string_view(keys[k]));
    ASSERT_NE(it, m.end()) << keys[k];
    EXPECT_EQ(it->first, keys[k]);
    EXPECT_EQ(it->second, k == 7 ? 1007 : k);
  }
  EXPECT_EQ(m.count("key1000"), 0u);
  EXPECT_EQ(m.count("مدينة"), 0u);
  EXPECT_EQ(m.count("key1"), 0u);  // odd keys are Arabic
  EXPECT_EQ(m.count("key10"), 1u);
  int k = 0;
  for (const auto& [key, v] : m) EXPECT_EQ(key, keys[k++]);
  m.clear();
  EXPECT_TRUE(m.empty());
  EXPECT_EQ(m.find("key10"), m.end());
}

// MayStartWith never says no to a key's first word (MatchBefore/MatchAfter skip a phrase on
// its no), and says no to most other words.
TEST(StringMapTest, MayStartWithHoldsEveryKeysFirstWord) {
  StringMap<bool> m;
  EXPECT_FALSE(m.MayStartWith("city"));
  m["city of"] = true;
  m["مدينة"] = true;
  m["قرية قرب"] = true;
  for (const auto& [k, v] : m) EXPECT_TRUE(m.MayStartWith(StringMap<bool>::FirstWord(k))) << k;
  EXPECT_TRUE(m.MayStartWith("city"));
  EXPECT_TRUE(m.MayStartWith("قرية"));
  EXPECT_EQ(StringMap<bool>::FirstWord("city of"), "city");
  EXPECT_EQ(StringMap<bool>::FirstWord("مدينة"), "مدينة");
  int yes = 0;
  for (int k = 0; k < 1000; ++k) yes += m.MayStartWith("word" + std::to_string(k));
  EXPECT_LT(yes, 20);  // 3 of 4,096 bits set
  m.clear();
  EXPECT_FALSE(m.MayStartWith("city"));
}

// The hashed forms (the geoparser caches text::KeyHash per token form) answer as the plain
// ones: find(key, KeyHash(key)) is find(key), MayStartWithHash(KeyHash(w)) is MayStartWith(w).
TEST(StringMapTest, HashedLookupsAnswerAsThePlainOnes) {
  StringMap<int> m;
  m["city of"] = 1;
  m["مدينة"] = 2;
  m["قرية قرب"] = 3;
  const StringMap<int>& cm = m;
  for (std::string_view k : {"city of", "مدينة", "قرية قرب", "city", "قرية", "town", ""}) {
    EXPECT_EQ(cm.find(k, text::KeyHash(k)), cm.find(k)) << k;
    EXPECT_EQ(m.MayStartWithHash(text::KeyHash(k)), m.MayStartWith(k)) << k;
  }
  ASSERT_NE(cm.find("مدينة", text::KeyHash("مدينة")), cm.end());
  EXPECT_EQ(cm.find("مدينة", text::KeyHash("مدينة"))->second, 2);
  EXPECT_EQ(cm.find("town", text::KeyHash("town")), cm.end());
  EXPECT_TRUE(m.MayStartWithHash(text::KeyHash("قرية")));
}

}  // namespace
}  // namespace marsad::geo
