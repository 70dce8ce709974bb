// How the geoparser reads a town that English writes by a name of its own: "Geneva" is
// Genève's English name, an alternate name in cities500 and the main name of a dozen small
// American towns (issue 15: "talks in Geneva" went to Geneva, Illinois). The index is built
// in the test by the real builder from GeoNames-style rows and an English catalogue written
// like libgeonames-common's geonames.mo.
#include <gtest/gtest.h>

#include "small_index_testutil.h"
#include "marsad/extract.h"
#include "marsad/geo.h"
#include "marsad/text.h"

namespace marsad::geo {
namespace {

// GeoNames allCountries columns: id, name, asciiname, alternatenames, lat, lon, class, code,
// country, cc2, admin1, admin2, admin3, admin4, population, elevation, dem, timezone, date.
const char* const kRows[] = {
    "6252001\tUnited States\tUnited States\tUSA,America,US\t39.76\t-98.5\tA\tPCLI\tUS\t\t00\t\t\t\t310232863\t\t\t\t2024-01-01",
    "163843\tSyria\tSyria\t\t35.0\t38.0\tA\tPCLI\tSY\t\t00\t\t\t\t22000000\t\t\t\t2024-01-01",
    "2017370\tRussia\tRussia\t\t60.0\t100.0\tA\tPCLI\tRU\t\t00\t\t\t\t140702000\t\t\t\t2024-01-01",
    "3017382\tFrance\tFrance\t\t46.0\t2.0\tA\tPCLI\tFR\t\t00\t\t\t\t64768389\t\t\t\t2024-01-01",
    "2635167\tUnited Kingdom\tUnited Kingdom\tBritain\t54.0\t-2.0\tA\tPCLI\tGB\t\t00\t\t\t\t66000000\t\t\t\t2024-01-01",
    "170654\tDamascus\tDamascus\tal-Sham\t33.5102\t36.29128\tP\tPPLC\tSY\t\t13\t\t\t\t1569394\t\t\t\t2024-01-01",
    "170063\tAleppo\tAleppo\tHalab\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t\t\t2024-01-01",
    "4896861\tIllinois\tIllinois\t\t40.0\t-89.25\tA\tADM1\tUS\t\tIL\t\t\t\t0\t\t\t\t2024-01-01",
    // The Swiss city: "Geneva" only among its alternate names, as cities500 has it.
    "2660646\tGenève\tGeneve\tGeneva,Genf,Ginevra\t46.20222\t6.14569\tP\tPPLA\tCH\t\tGE\t2500\t\t\t183981\t\t\t\t2024-01-01",
    // Its namesakes: two county seats and a town.
    "4893591\tGeneva\tGeneva\t\t41.88753\t-88.30535\tP\tPPLA2\tUS\t\tIL\t089\t\t\t21806\t\t\t\t2024-01-01",
    "4063926\tGeneva\tGeneva\t\t31.03296\t-85.86382\tP\tPPLA2\tUS\t\tAL\t061\t\t\t4383\t\t\t\t2024-01-01",
    "5118398\tGeneva\tGeneva\t\t42.86896\t-76.97774\tP\tPPL\tUS\t\tNY\t069\t\t\t13261\t\t\t\t2024-01-01",
    // A Norwegian seat whose ASCII name is the romanised Arabic article.
    "3163410\tÅl\tAl\t\t60.63\t8.56\tP\tPPLA2\tNO\t\t06\t3328\t\t\t2000\t\t\t\t2024-01-01",
    "3144096\tNorway\tNorway\t\t62.0\t10.0\tA\tPCLI\tNO\t\t00\t\t\t\t5314336\t\t\t\t2024-01-01",
    // A Syrian town named "the hill".
    "7836584\tKhirbat Tīn Nūr\tKhirbat Tin Nur\tKhan\t34.6\t36.5\tP\tPPL\tSY\t\t11\t\t\t\t1200\t\t\t\t2024-01-01",
    "163345\tAt Tall\tAt Tall\tTall,Al Tall\t33.61\t36.31\tP\tPPL\tSY\t\t08\t\t\t\t55561\t\t\t\t2024-01-01",
    // Grantville, Pennsylvania (pop. 300) is under cities500's threshold; Georgia's is not.
    "6254927\tPennsylvania\tPennsylvania\t\t40.5\t-76.5\tA\tADM1\tUS\t\tPA\t\t\t\t0\t\t\t\t2024-01-01",
    "4197000\tGeorgia\tGeorgia\t\t32.75\t-83.5\tA\tADM1\tUS\t\tGA\t\t\t\t0\t\t\t\t2024-01-01",
    // Three small towns named like a person's three names.
    "4710178\tCameron\tCameron\t\t30.85324\t-96.97693\tP\tPPLA2\tUS\t\tTX\t331\t\t\t5500\t\t\t\t2024-01-01",
    "4705191\tLee\tLee\t\t30.1\t-95.5\tP\tPPL\tUS\t\tTX\t\t\t\t600\t\t\t\t2024-01-01",
    "4108374\tEarle\tEarle\t\t35.27509\t-90.46677\tP\tPPL\tUS\t\tAR\t035\t\t\t2282\t\t\t\t2024-01-01",
    // A Ugandan town abbreviated SRT, Sirte spelled Srt, and a region abbreviated AJK.
    "2210554\tSirte\tSirte\tSrt\t31.20892\t16.58866\tP\tPPLA\tLY\t\t76\t\t\t\t128123\t\t\t\t2024-01-01",
    "226234\tSoroti\tSoroti\tSRT\t1.71464\t33.61113\tP\tPPLA2\tUG\t\tE\t\t\t\t56400\t\t\t\t2024-01-01",
    "1184196\tAzad Kashmir\tAzad Kashmir\tAJK\t33.81176\t73.78488\tA\tADM1\tPK\t\t06\t\t\t\t0\t\t\t\t2024-01-01",
    // A Russian oblast and its seat.
    "524305\tMurmansk\tMurmansk\t\t68.97917\t33.09251\tP\tPPLA\tRU\t\t49\t\t\t\t295374\t\t\t\t2024-01-01",
    "524304\tMurmansk Oblast\tMurmansk Oblast\tMurmanskaya Oblast'\t68.0\t36.0\tA\tADM1\tRU\t\t49\t\t\t\t0\t\t\t\t2024-01-01",
    // Two counties of Georgia, which the index names only with "County".
    "4196508\tClarke County\tClarke County\t\t33.95117\t-83.36733\tA\tADM2\tUS\t\tGA\t059\t\t\t0\t\t\t\t2024-01-01",
    "4213838\tOconee County\tOconee County\t\t33.83484\t-83.43745\tA\tADM2\tUS\t\tGA\t219\t\t\t0\t\t\t\t2024-01-01",
    // A town named by a word en/nonplace_words.tsv lists as common.
    "4809558\tHurricane\tHurricane\t\t38.43259\t-82.02014\tP\tPPL\tUS\t\tWV\t079\t\t\t6493\t\t\t\t2024-01-01",
    "4826850\tWest Virginia\tWest Virginia\t\t38.50038\t-80.50009\tA\tADM1\tUS\t\tWV\t\t\t\t0\t\t\t\t2024-01-01",
    "4197884\tGrantville\tGrantville\t\t33.23484\t-84.83577\tP\tPPL\tUS\t\tGA\t077\t\t\t3183\t\t\t\t2024-01-01",
    // A Louisiana seat, and small places named like common words (a suburb of Darwin, a town
    // in Idaho).
    "4314550\tAlexandria\tAlexandria\t\t31.31129\t-92.44514\tP\tPPLA2\tUS\t\tLA\t079\t\t\t47889\t\t\t\t2024-01-01",
    "8349028\tDriver\tDriver\t\t-12.48602\t130.97539\tP\tPPLX\tAU\t\t03\t\t\t\t2845\t\t\t\t2024-01-01",
    "5606401\tSalmon\tSalmon\t\t45.17575\t-113.89590\tP\tPPLA2\tUS\t\tID\t059\t\t\t3036\t\t\t\t2024-01-01",
    "4827096\tWelch\tWelch\t\t37.43289\t-81.58483\tP\tPPLA2\tUS\t\tWV\t047\t\t\t1973\t\t\t\t2024-01-01",
};

class EnglishNamesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    index_ = new marsad::testing::SmallIndex("geo_english", kRows, {{"2660646", "Geneva"}, {"4893591", "Geneva"}});
    res_ = index_->resources();
    ASSERT_NE(res_, nullptr);
  }
  static void TearDownTestSuite() { delete index_; }

  // The geonameid each place mention resolved to, in text order, with its surface.
  static std::vector<std::pair<std::string, uint32_t>> Places(const std::string& s) { return index_->Places(s); }
  static uint32_t PlaceOf(const std::vector<std::pair<std::string, uint32_t>>& v, const std::string& surface) {
    for (const auto& [s, id] : v)
      if (s == surface) return id;
    return 0;
  }

  static marsad::testing::SmallIndex* index_;
  static Resources* res_;
};
marsad::testing::SmallIndex* EnglishNamesTest::index_ = nullptr;
Resources* EnglishNamesTest::res_ = nullptr;

// The catalogue's name is indexed with kNameEnglish for its place; the other languages'
// alternate names ("Genf") are not.
TEST_F(EnglishNamesTest, TheCataloguesNameIsFlaggedEnglish) {
  const auto& gaz = res_->gazetteer;
  auto flags_of = [&](std::string_view key, uint32_t geonameid) {
    uint16_t f = 0;
    for (const auto& po : gaz.Lookup(key))
      if (gaz.Place(po.place).geonameid == geonameid) f |= po.flags;
    return f;
  };
  EXPECT_TRUE(flags_of("geneva", 2660646) & gazetteer::kNameEnglish);
  EXPECT_TRUE(flags_of("geneva", 2660646) & gazetteer::kNameAlternate);
  EXPECT_FALSE(flags_of("genf", 2660646) & gazetteer::kNameEnglish);
  EXPECT_FALSE(flags_of("geneva", 5118398) & gazetteer::kNameEnglish);
}

// With nothing else named, the canton's seat of 184,000 by its English name, not the county
// seat of 22,000 by its main name.
TEST_F(EnglishNamesTest, AlonePrefersTheTownEnglishNamesSo) {
  auto v = Places("The conference in Geneva ended without agreement.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].second, 2660646u);
  // Its state named makes it the American one.
  v = Places("A fire in Geneva destroyed a barn on Sunday, Illinois fire officials said.");
  EXPECT_EQ(PlaceOf(v, "Geneva"), 4893591u);
}

// Syrian-war news that names the United States among other countries: the US holds a small
// share of the text's places, too little to make a small American town its "Geneva".
TEST_F(EnglishNamesTest, ASmallTownNeedsItsCountryInTheContext) {
  auto v = Places("The United States and Russia called the talks. Syria and the opposition met in Geneva "
                  "as shelling went on in Aleppo and Damascus; France and Britain said the talks must go on.");
  EXPECT_EQ(PlaceOf(v, "Geneva"), 2660646u);
}

// "U.S. and Russian diplomats met in Geneva": a name among the mentions of two countries or
// more (a demonym too) is the international city, though the text's other places are
// American; with one country only it stays the American town.
TEST_F(EnglishNamesTest, ANameBesideTwoCountriesIsTheInternationalCity) {
  auto v = Places("U.S. and Russian diplomats met in Geneva on Monday to discuss Syria.");
  EXPECT_EQ(PlaceOf(v, "Geneva"), 2660646u);
  v = Places("A fire in Geneva destroyed a barn on Sunday, U.S. fire officials in Illinois said.");
  EXPECT_EQ(PlaceOf(v, "Geneva"), 4893591u);
}

// "the city of Al Tabqah": the article begins a name the index lacks; it is no town of
// Norway, whatever the cue before it. "the town of Al, Norway" still is. Nor is the head
// noun of a name ("Tal Shamiram") the Syrian town called "the hill".
TEST_F(EnglishNamesTest, ARomanisedArticleBeforeANameIsNoPlace) {
  auto v = Places("The SDF advanced toward the northern Syrian city of Al Tabqah on Monday.");
  for (const auto& [surface, id] : v) EXPECT_NE(id, 3163410u) << surface;
  EXPECT_EQ(PlaceOf(Places("The skiers stayed in the town of Al, Norway, for a week."), "Al"), 3163410u);
  // The same for a place name's head noun: "Tal Shamiram" is no At Tall.
  for (const char* text : {"The raids took place in the villages of Tal Shamiram in Syria.",
                           "A suicide bomber blew himself up in a hall in Tall Tawil village in Syria.",
                           "Clashes went on in the outskirts of Tal Halaf, Syria."}) {
    v = Places(text);
    for (const auto& [surface, id] : v) EXPECT_NE(id, 163345u) << surface << " in " << text;
  }
  // "Khan Touman", "Khan Tuman": no village called Khan near Homs.
  v = Places("Hezbollah attacked the strategic town of Khan Touman in Syria.");
  for (const auto& [surface, id] : v) EXPECT_NE(id, 7836584u) << surface;
}

// "Jabhat Fatah al-Sham" (Fateh, Fatah) is an armed group, not Damascus.
TEST_F(EnglishNamesTest, AnArmedGroupsNameHoldsNoPlace) {
  for (const char* text : {"Civilians were killed in Fatah al-Sham mortar fire.",
                           "Civilians were killed in Jabhat Fateh al-Sham mortar fire."}) {
    auto v = Places(text);
    for (const auto& [surface, id] : v) EXPECT_NE(id, 170654u) << surface << " in " << text;
  }
  EXPECT_EQ(PlaceOf(Places("The convoy reached al-Sham on Monday."), "al-Sham"), 170654u);
}

// "born in Grantville, Pennsylvania": the index has Grantville only in Georgia; the town of
// the named state it lacks is placed at the state, not at the namesake 1,000 km away. A list
// of places is no town and its state ("Grantville, Pennsylvania, Georgia and Illinois"), and
// the town the index has in the named state stays ("Grantville, Georgia").
TEST_F(EnglishNamesTest, ATownOfANamedStateTheIndexLacksIsPlacedAtTheState) {
  auto v = Places("Martha was born in Grantville, Pennsylvania, on November 4, 1913.");
  EXPECT_EQ(PlaceOf(v, "Grantville"), 6254927u);
  v = Places("Martha was born in Grantville, Georgia, on November 4, 1913.");
  EXPECT_EQ(PlaceOf(v, "Grantville"), 4197884u);
  v = Places("Storms hit Grantville, Pennsylvania, Georgia and Illinois.");
  EXPECT_EQ(PlaceOf(v, "Grantville"), 4197884u);
}

// "Cameron Lee Earle's conviction": two lone names in a row are a person, and the name
// after them is that person's last name, there and where the article repeats it alone.
TEST_F(EnglishNamesTest, TheWordAfterAPersonsTwoNamesIsTheLastName) {
  EXPECT_TRUE(Places("The court overturned Cameron Lee Earle's conviction for assault. The court found that "
                     "Earle's trial was tainted.")
                  .empty());
}

// "the department's Special Response Team (SRT)": an acronym the text defines is the
// organisation's, there and where it comes again, not Sirte (Srt) nor Soroti (SRT); a region's own
// acronym stays the region ("Azad Jammu and Kashmir (AJK)").
TEST_F(EnglishNamesTest, AnAcronymTheTextDefinesIsNoPlace) {
  EXPECT_TRUE(Places("Police called in the department's Special Response Team (SRT), an eight-officer force. "
                     "As the SRT prepared to enter the residence, officers waited.")
                  .empty());
  auto v = Places("The quake hit parts of Azad Jammu and Kashmir (AJK) on Tuesday.");
  EXPECT_EQ(PlaceOf(v, "AJK"), 1184196u);
}

// Local news names its streets (LGL marks them): capitalised words the index lacks before a
// capitalised Street, Avenue, Boulevard, Road, Lane or Drive are a mention, with no place of
// the index, placed at the town named right after it or else at the town the text names
// most; "The Wall Street Journal" is a longer name.
TEST_F(EnglishNamesTest, AStreetIsPlacedAtItsTown) {
  const std::string s =
      "A man was shot on Main Street in Grantville. Police closed Darby Street for hours, "
      "The Wall Street Journal reported.";
  auto text = text::DecodeUtf8(s, text::Utf8Mode::kStrict);
  auto toks = text::Tokenize(*text);
  GeoResult r = Geoparser(res_->gazetteer, res_->lexicons).Parse(*text, toks, Options{});
  std::vector<std::string> surfaces;
  for (const auto& m : r.mentions) surfaces.emplace_back(text->Slice(m.start, m.end));
  ASSERT_EQ(surfaces, (std::vector<std::string>{"Main Street", "Grantville", "Darby Street"}));
  for (size_t k : {size_t{0}, size_t{2}}) {
    EXPECT_LT(r.mentions[k].place, 0);
    ASSERT_TRUE(r.mentions[k].has_coordinates);
    EXPECT_NEAR(r.mentions[k].lat, 33.23484, 1e-4);
    EXPECT_NEAR(r.mentions[k].lon, -84.83577, 1e-4);
  }
}

// Issue 15 (lgl.en recall): streets as local news writes them, which LGL marks: the
// abbreviations with their period ("2517 Memphis St., Alexandria", "Ingleside Ave."), a
// direction before the name ("E. Broad St.", "North Seventh Street"), a capitalised Road,
// Lane or Drive after a place's name ("Mayfield Road", 69 of LGL's 84 'X Road' marked), and a
// street whose name begins with a place's ("Vaughn Ridge Road": the place was a mention
// beside the street 'Ridge Road'). Each is unresolved and placed at its town. Not a saint's
// "St." before a capitalised word, nor the sentence's first word ("The Grantville Road"), nor
// a person whose surname is Lane ("Alan Lane").
TEST_F(EnglishNamesTest, StreetsAbbreviatedWithADirectionOrAfterAPlace) {
  const std::string s =
      "Police went to 2517 Geneva St., Grantville, then to E. Broad St. in Grantville. "
      "The Grantville Road bridge closed; a shop on North Seventh Street burned near Geneva Ridge Drive. "
      "He met Alan Lane there.";
  auto text = text::DecodeUtf8(s, text::Utf8Mode::kStrict);
  auto toks = text::Tokenize(*text);
  GeoResult r = Geoparser(res_->gazetteer, res_->lexicons).Parse(*text, toks, Options{});
  std::vector<std::string> surfaces;
  for (const auto& m : r.mentions) surfaces.emplace_back(text->Slice(m.start, m.end));
  ASSERT_EQ(surfaces, (std::vector<std::string>{"Geneva St.", "Grantville", "E. Broad St.", "Grantville",
                                                "Grantville Road", "North Seventh Street", "Geneva Ridge Drive"}));
  for (size_t k : {size_t{0}, size_t{2}, size_t{4}, size_t{5}, size_t{6}}) {
    EXPECT_LT(r.mentions[k].place, 0) << surfaces[k];
    ASSERT_TRUE(r.mentions[k].has_coordinates) << surfaces[k];
    EXPECT_NEAR(r.mentions[k].lat, 33.23484, 1e-4) << surfaces[k];
  }
}

// Issue 15 (lgl.en recall): the second of two names one hyphen joins is a place of its own
// ("Fargo-Moorhead", "Washington-Moscow route", "Lebanon-Syria Treaty", "Egyptian-US
// relations"), and two towns so joined are both places ("Watertown-Mayer", "Logan-Rogersville"
// school districts); not a person's double name after a first name, nor a firm's ("Wal-Mart").
// A head of two or three capitals is a country's or region's abbreviation ("US-Syria talks",
// "EU-Israel summit").
TEST_F(EnglishNamesTest, TheSecondNameOfAHyphenatedPair) {
  const auto p = Places(
      "Syrian-US relations thawed. The Damascus-Aleppo highway reopened near the Grantville-Earle school, "
      "and Mary Grantville-Earle spoke. The US-Syria talks resumed.");
  const std::vector<std::pair<std::string, uint32_t>> want = {
      {"US", 6252001u},      {"Damascus", 170654u}, {"Aleppo", 170063u}, {"Grantville", 4197884u},
      {"Earle", 4108374u}, {"US", 6252001u},      {"Syria", 163843u}};
  EXPECT_EQ(p, want);
  // A dotted tail, which the tokenizer splits ("Syria-U", ".", "S", "."): "the Syria-U.S. talks",
  // "Damascus-U.K. flights"; not a person's initial after a space ("Aleppo-D. Smith").
  const auto d = Places("The Syria-U.S. talks resumed. Damascus-U.K. flights and Aleppo-D. Smith left.");
  const std::vector<std::pair<std::string, uint32_t>> dotted = {
      {"Syria", 163843u}, {"U.S.", 6252001u}, {"Damascus", 170654u}, {"U.K.", 2635167u}, {"Aleppo", 170063u}};
  EXPECT_EQ(d, dotted);
}

// Issue 15 (lgl.en recall: "hiding under a railroad bridge in Hurricane, according to a Putnam
// County dispatcher", "captured in Alliance and taken to"): a listed common word right after a
// lower-case "in" or "near" and before a comma, a period or "and" is the town so named; elsewhere
// ("A Hurricane swept", "in Hurricane season") the word stays a word.
TEST_F(EnglishNamesTest, AListedWordAfterInBeforeACommaIsTheTown) {
  const auto p = Places(
      "Two teens were found in Hurricane, police said. A Hurricane swept the coast in Hurricane season.");
  const std::vector<std::pair<std::string, uint32_t>> want = {{"Hurricane", 4809558u}};
  EXPECT_EQ(p, want);
  // So is one before its state's dotted abbreviation after a comma, a dateline's ("HURRICANE,
  // W.Va. -"; the abbreviation's periods split it into tokens).
  const auto d = Places("HURRICANE, W.Va. - Officers found the two teens.");
  const std::vector<std::pair<std::string, uint32_t>> dateline = {{"HURRICANE", 4809558u}, {"W.Va.", 4826850u}};
  EXPECT_EQ(d, dateline);
  // A dateline: a name in capitals opening a sentence, a dash, then the story ("CLINTON — A town
  // couple", Clinton a listed surname); not the word in running text.
  const auto e = Places("Two teens found unharmed. HURRICANE — Officers found the two. A HURRICANE hit.");
  const std::vector<std::pair<std::string, uint32_t>> filed = {{"HURRICANE", 4809558u}};
  EXPECT_EQ(e, filed);
  // Once read as the town, the word before an organisation's head in lower case is the town
  // again ("deputies and Hurricane police"); before another word it stays a word.
  const auto f = Places("Two teens were found in Hurricane, a dispatcher said. Deputies and Hurricane police "
                        "found them. A Hurricane swept the coast in Hurricane season.");
  const std::vector<std::pair<std::string, uint32_t>> again = {{"Hurricane", 4809558u}, {"Hurricane", 4809558u}};
  EXPECT_EQ(f, again);
  // Not without the town read first.
  const auto g = Places("Deputies and Hurricane police found them.");
  EXPECT_TRUE(g.empty());
}

// Issue 15 (lgl.en recall: "performed by London-based Christian, Sturgeon & Associates",
// "Philadelphia-based Mottola received"): the capitalised word after "X-based" is the firm's or
// the person's name, no town; the place before the hyphen stays (the pair was read as "David
// Jones" and both dropped, or, beside a province's name, the firm's kept as a town).
TEST_F(EnglishNamesTest, ThePlaceBeforeBasedIsNoFirstName) {
  const auto p = Places("The audit was done by Damascus-based Cameron Associates last year.");
  const std::vector<std::pair<std::string, uint32_t>> want = {{"Damascus", 170654u}};
  EXPECT_EQ(p, want);
}

// Issue 15 (lgl.en recall: "according to Metro Vancouver", "Metro Nashville police", "Downtown
// Greer, known locally as Greer Station"): a city's metro area or centre before its name is no
// first name (en/nonplace_words.tsv), and the city stays.
TEST_F(EnglishNamesTest, MetroAndDowntownBeforeACity) {
  const auto p = Places("Metro Grantville officials met in Downtown Grantville on Monday.");
  const std::vector<std::pair<std::string, uint32_t>> want = {{"Grantville", 4197884u}, {"Grantville", 4197884u}};
  EXPECT_EQ(p, want);
}

// Issue 15 (lgl.en recall: "While Clarke and Oconee update their layoff policies",
// "Vanderburgh, Ind., County prosecutors"; IDRISI: "the Cass, Douglas, Nemaha, Otoe"): a
// county's name without "County", beside another county or before its state after a comma, is
// the county where another place of its state is named; alone ("Clarke said") or before a
// capitalised word ("Oconee Smith") it is a person's name.
TEST_F(EnglishNamesTest, ACountyNamedWithoutTheWord) {
  const auto p = Places(
      "While Clarke and Oconee update their policies, Grantville waits. Clarke said he would run, and "
      "Oconee Smith spoke.");
  const std::vector<std::pair<std::string, uint32_t>> want = {
      {"Clarke", 4196508u}, {"Oconee", 4213838u}, {"Grantville", 4197884u}};
  EXPECT_EQ(p, want);
}

// Issue 15 (lgl.en: "St. Marys River", "Catawba River", "Lake Vermont", "Zion National Park"
// went to the towns and the state): a river, a lake or a park named after a place the index
// has, where the index lacks the feature, is the feature: its whole name, with no place of
// the index, placed at the point of the place it is named after. Lower case or inside a
// longer name ("Grantville River Authority") it is not.
TEST_F(EnglishNamesTest, AFeatureNamedAfterAPlaceIsTheFeature) {
  const std::string s =
      "The Grantville River flooded. Boats left Lake Georgia, and the Grantville National Park closed. "
      "The Grantville River Authority met in Grantville; the Grantville river is low.";
  auto text = text::DecodeUtf8(s, text::Utf8Mode::kStrict);
  auto toks = text::Tokenize(*text);
  GeoResult r = Geoparser(res_->gazetteer, res_->lexicons).Parse(*text, toks, Options{});
  std::vector<std::string> surfaces;
  for (const auto& m : r.mentions) surfaces.emplace_back(text->Slice(m.start, m.end));
  ASSERT_EQ(surfaces, (std::vector<std::string>{"Grantville River", "Lake Georgia", "Grantville National Park",
                                                "Grantville", "Grantville", "Grantville"}));
  for (size_t k : {size_t{0}, size_t{1}, size_t{2}}) {
    EXPECT_LT(r.mentions[k].place, 0) << surfaces[k];
    EXPECT_TRUE(r.mentions[k].has_coordinates) << surfaces[k];
  }
  EXPECT_NEAR(r.mentions[0].lat, 33.23484, 1e-4);
  EXPECT_NEAR(r.mentions[1].lat, 32.7, 0.1);  // the state (its fitted point)
  for (size_t k : {size_t{3}, size_t{4}, size_t{5}}) EXPECT_GE(r.mentions[k].place, 0) << k;
}

// Issue 15 (lgl.en: "Murmansk's Governor Resigns", "the Governor of Krasnodar"): a governor
// governs a province; the seat city whose governor English names ("X Governor", "X's deputy
// governor", "the Governor of X") is its province. Elsewhere the city stays.
TEST_F(EnglishNamesTest, TheGovernorOfASeatCityIsTheProvinces) {
  const auto p = Places(
      "Murmansk's Governor resigned on Monday. He flew to Murmansk on Saturday, and the Governor of Murmansk "
      "spoke; a former Murmansk deputy governor was elected.");
  const std::vector<std::pair<std::string, uint32_t>> want = {
      {"Murmansk", 524304u}, {"Murmansk", 524305u}, {"Murmansk", 524304u}, {"Murmansk", 524304u}};
  EXPECT_EQ(p, want);
}

// Session 26 (lgl.en: "Driver injured in Alexandria crash. An Alexandria man remains
// hospitalized"): the English article "An" before a name is no romanised Arabic article (those
// that assimilate stand only before their letter: "An Nabk", "At Tall"); read as one, "An
// Alexandria" matched every Alexandria by the variant key and was dropped as an unsupported
// respelling, with the town.
TEST_F(EnglishNamesTest, TheEnglishArticleAnIsNoArabicArticle) {
  const std::vector<std::pair<std::string, uint32_t>> want = {{"Alexandria", 4314550u}};
  EXPECT_EQ(Places("An Alexandria man remains hospitalized."), want);
  const std::vector<std::pair<std::string, uint32_t>> tall = {{"At Tall", 163345u}};
  EXPECT_EQ(Places("Shelling hit At Tall on Monday."), tall);
}

// Session 26 (lgl.en: "Driver injured in Alexandria crash", "Salmon collapse caused by natural,
// manmade causes", 25 such): a lone capitalised word opening a sentence or a headline that the
// text writes in lower case elsewhere is the common word, not a small place so named. Without
// the lower-case word, or inside a sentence, the place stays.
TEST_F(EnglishNamesTest, ASentencesFirstWordWrittenInLowerCaseElsewhere) {
  const std::vector<std::pair<std::string, uint32_t>> alexandria = {{"Alexandria", 4314550u}};
  EXPECT_EQ(Places("Driver injured in Alexandria crash. The driver was taken to a hospital."), alexandria);
  EXPECT_EQ(Places("Salmon collapse feared. \u201cSalmon numbers fell,\u201d he said of the salmon."),
            (std::vector<std::pair<std::string, uint32_t>>{}));
  // The next word of a title-case headline too: "Driver Salmon Charged" (the driver, salmon).
  EXPECT_EQ(Places("Driver Salmon Charged In Alexandria. The driver had no salmon."), alexandria);
  const std::vector<std::pair<std::string, uint32_t>> salmon = {{"Salmon", 5606401u}};
  EXPECT_EQ(Places("Salmon voters approved the levy."), salmon);
  EXPECT_EQ(Places("The levy passed in Salmon on Monday, and the salmon run began."), salmon);
}

// Session 26 (lgl.en: "charged a teenager with killing Welch", "he had stabbed Welch", Welch
// read as the town in West Virginia 10 times in one article): a lone minor name right after a
// verb whose object is a person only (en/person_cues.tsv, kind victim) is the victim's, and so
// wherever the article repeats it alone; a place is hit or struck.
TEST_F(EnglishNamesTest, TheObjectOfStabbedIsAPerson) {
  EXPECT_TRUE(Places("A teenager was charged with killing Welch. Welch went to a party that night.").empty());
  const std::vector<std::pair<std::string, uint32_t>> welch = {{"Welch", 4827096u}};
  EXPECT_EQ(Places("The storm hit Welch on Monday."), welch);
}

// Session 27 (lgl.en: "including StandUp DeKalb", and the county's bare name dropped
// wherever the article repeated it): a capitalised word run together from two, a capital after
// five letters or more, is a group's name, not a first name making the town a surname; a
// given name with a prefix ("DeShawn Welch") still is.
TEST_F(EnglishNamesTest, AWordRunTogetherIsNoFirstName) {
  const std::vector<std::pair<std::string, uint32_t>> welch = {{"Welch", 4827096u}, {"Welch", 4827096u}};
  EXPECT_EQ(Places("Groups including StandUp Welch voiced concern. The land in Welch is vacant."), welch);
  EXPECT_TRUE(Places("Coach DeShawn Welch voiced concern. Welch said the land is vacant.").empty());
}

// Session 27 (lgl.en: "driver Virginia L. Lane, 77", "Milton J. Little", 22 such, none a
// place): a lone name before a middle initial and a surname is the first name, a state's too.
TEST_F(EnglishNamesTest, ANameBeforeAMiddleInitialIsTheFirstName) {
  EXPECT_TRUE(Places("The driver, Georgia L. Lane, 77, and Welch P. Benjamin were hurt.").empty());
  const std::vector<std::pair<std::string, uint32_t>> georgia = {{"Georgia", 4197000u}};
  EXPECT_EQ(Places("The driver was hurt in Georgia. Lane said so."), georgia);
}

// Session 27 (lgl.en: "Chairman Ron Denton, 46, both have filed", "Her eldest, Harrison, 8,
// held a sign"): a lone name before a comma, an age and a comma is the person's; a state so
// written stays ("Georgia, 12, and Illinois, 9": a tally).
TEST_F(EnglishNamesTest, ANameBeforeAnAgeIsAPerson) {
  EXPECT_TRUE(Places("Commission chairman Welch, 46, has filed for the seat.").empty());
  EXPECT_EQ(Places("Wins so far: Georgia, 12, and Illinois, 9, in the league."),
            (std::vector<std::pair<std::string, uint32_t>>{{"Georgia", 4197000u}, {"Illinois", 4896861u}}));
}

// An organisation's head written in lower case after a town is a common noun the town
// qualifies: "Alexandria police", "a Welch hospital", "the Alexandria city council" name the
// town; the capitalised head is the organisation's own name, and a newspaper's title word is
// the title in any case.
TEST_F(EnglishNamesTest, ALowerCaseHeadAfterATownIsACommonNoun) {
  using V = std::vector<std::pair<std::string, uint32_t>>;
  EXPECT_EQ(Places("Alexandria police found the body on Sunday."), (V{{"Alexandria", 4314550u}}));
  EXPECT_EQ(Places("The driver was taken to a Welch hospital for treatment."), (V{{"Welch", 4827096u}}));
  EXPECT_EQ(Places("Students from several Alexandria elementary schools sang."), (V{{"Alexandria", 4314550u}}));
  EXPECT_TRUE(Places("The Alexandria Police Department arrested a man on Sunday.").empty());
  EXPECT_TRUE(Places("A spokesman for Welch Hospital declined to comment.").empty());
  EXPECT_TRUE(Places("He wrote a letter to the Alexandria times about the budget.").empty());
}

}  // namespace
}  // namespace marsad::geo
