// GeoNames readers: column handling, bad-line reporting, strict mode, .mo parsing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gazetteer/build/geonames.h"
#include "gazetteer/build/sources.h"

namespace marsad::gazetteer::build {
namespace {

std::string Fixture(const std::string& name) { return std::string(MARSAD_SOURCE_DIR) + "/tests/fixtures/geonames/" + name; }

std::string WriteTemp(const std::string& name, const std::string& content) {
  auto p = std::filesystem::temp_directory_path() / ("gz_readers_" + std::to_string(::getpid()) + "_" + name);
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}

TEST(GeoNamesReaders, SplitTabsCountsAllFields) {
  std::string_view f[3];
  EXPECT_EQ(SplitTabs("a\tb\t\tc", f, 3), 4u);
  EXPECT_EQ(f[0], "a");
  EXPECT_EQ(f[2], "");
  EXPECT_EQ(SplitTabs("", f, 3), 1u);
}

TEST(GeoNamesReaders, AllCountriesColumnsAndBadLines) {
  ReadStats st;
  std::vector<PlaceRow> rows;
  std::vector<std::string> names;
  Status s = ReadPlaces(Fixture("allCountries.txt"), false, false, &st, [&](const PlaceRow& r) {
    rows.push_back(r);
    names.emplace_back(r.name);
  });
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(st.lines, 25u);
  EXPECT_EQ(st.records, 23u);
  EXPECT_EQ(st.bad, 2u);
  ASSERT_EQ(st.errors.size(), 2u);
  EXPECT_NE(st.errors[0].find("allCountries.txt:8: expected 19"), std::string::npos) << st.errors[0];
  EXPECT_NE(st.errors[1].find("allCountries.txt:13: latitude"), std::string::npos) << st.errors[1];
  EXPECT_EQ(st.checksum.size(), 16u);
  auto it = std::find(names.begin(), names.end(), "Ar Raqqah");
  ASSERT_NE(it, names.end());
  // The row views are only valid inside the callback; the scalar fields are copied.
  const PlaceRow& raqqa = rows[it - names.begin()];
  EXPECT_EQ(raqqa.geonameid, 172955u);
  EXPECT_NEAR(raqqa.lat, 35.95283, 1e-9);
  EXPECT_NEAR(raqqa.lon, 39.00788, 1e-9);
  EXPECT_EQ(raqqa.feature_class, 'P');
  EXPECT_EQ(raqqa.population, 177636u);
}

TEST(GeoNamesReaders, StrictStopsAtFirstBadLine) {
  ReadStats st;
  Status s = ReadPlaces(Fixture("allCountries.txt"), false, true, &st, [](const PlaceRow&) {});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("allCountries.txt:8:"), std::string::npos) << s.message();
}

TEST(GeoNamesReaders, SupplementSourceColumnOnlyWhenAllowed) {
  ReadStats st, st2;
  std::vector<std::string> sources;
  ASSERT_TRUE(ReadPlaces(Fixture("supplement.txt"), true, false, &st,
                         [&](const PlaceRow& r) { sources.emplace_back(r.source); }).ok());
  EXPECT_EQ(st.records, 2u);
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[0], "Wikipedia: Qalamoun Mountains");
  ASSERT_TRUE(ReadPlaces(Fixture("supplement.txt"), false, false, &st2, [](const PlaceRow&) {}).ok());
  EXPECT_EQ(st2.records, 0u);
  EXPECT_EQ(st2.bad, 2u);
}

TEST(GeoNamesReaders, BadFieldsAreNamed) {
  std::string row = "12\tX\tX\t\t10\t20\tP\tPPL\tSY\t\t01\t\t\t\tabc\t\t\t\t2020-01-01\n";
  std::string row2 = "0\tX\tX\t\t10\t20\tP\tPPL\tSY\t\t01\t\t\t\t1\t\t\t\t2020-01-01\n";
  std::string row3 = "13\tX\tX\t\t10\t-181\tP\tPPL\tSY\t\t01\t\t\t\t1\t\t\t\t2020-01-01\r\n";
  auto path = WriteTemp("bad.txt", row + row2 + row3);
  ReadStats st;
  ASSERT_TRUE(ReadPlaces(path, false, false, &st, [](const PlaceRow&) {}).ok());
  EXPECT_EQ(st.bad, 3u);
  EXPECT_NE(st.errors[0].find(":1: population"), std::string::npos) << st.errors[0];
  EXPECT_NE(st.errors[1].find(":2: geonameid"), std::string::npos) << st.errors[1];
  EXPECT_NE(st.errors[2].find(":3: longitude"), std::string::npos) << st.errors[2];
  std::filesystem::remove(path);
}

TEST(GeoNamesReaders, AlternateNames) {
  ReadStats st;
  int pseudo = 0, arabic = 0;
  bool preferred_raqqa = false, historic = false;
  ASSERT_TRUE(ReadAlternateNames(Fixture("alternateNamesV2.txt"), false, &st, [&](const AltNameRow& r) {
    if (IsPseudoLanguage(r.lang)) ++pseudo;
    if (r.lang == "ar") ++arabic;
    if (r.geonameid == 172955 && r.lang == "ar") preferred_raqqa = r.preferred;
    if (r.lang == "la") historic = r.historic;
  }).ok());
  EXPECT_EQ(st.records, 26u);
  EXPECT_EQ(st.bad, 1u);
  EXPECT_NE(st.errors[0].find("alternateNamesV2.txt:11:"), std::string::npos);
  EXPECT_EQ(pseudo, 9);  // link wkdt iata×2 unlc icao post abbr fr_1793
  EXPECT_GE(arabic, 8);
  EXPECT_TRUE(preferred_raqqa);
  EXPECT_TRUE(historic);
  EXPECT_TRUE(IsPseudoLanguage("fr_1793"));
  EXPECT_FALSE(IsPseudoLanguage("ar"));
  EXPECT_FALSE(IsPseudoLanguage(""));
}

TEST(GeoNamesReaders, Admin1AndCountryInfo) {
  ReadStats st;
  std::vector<std::string> codes;
  ASSERT_TRUE(ReadAdminCodes(Fixture("admin1CodesASCII.txt"), true, &st, [&](const AdminCodeRow& r) {
    codes.push_back(std::string(r.country) + "/" + std::string(r.admin1) + "/" + std::to_string(r.geonameid));
  }).ok());
  ASSERT_EQ(codes.size(), 6u);
  EXPECT_EQ(codes[0], "SY/04/172957");

  ReadStats cs;
  std::vector<std::string> isos;
  ASSERT_TRUE(ReadCountryInfo(Fixture("countryInfo.txt"), false, &cs, [&](const CountryRow& r) {
    isos.push_back(std::string(r.iso) + ":" + std::to_string(r.geonameid));
  }).ok());
  EXPECT_EQ(isos, (std::vector<std::string>{"IQ:99237", "SY:163843", "US:6252001"}));
  EXPECT_EQ(cs.bad, 1u);  // the broken "XX" line; comment lines are not errors
  EXPECT_NE(cs.errors[0].find("countryInfo.txt:9:"), std::string::npos);
}

TEST(GeoNamesReaders, MissingFileIsAnError) {
  ReadStats st;
  Status s = ReadPlaces("/nonexistent/allCountries.txt", false, false, &st, [](const PlaceRow&) {});
  EXPECT_FALSE(s.ok());
}

TEST(MoFile, ParsesAndRejectsGarbage) {
  // A minimal little-endian .mo with two entries: "" (header) and "SY" -> "سوريا".
  std::vector<std::pair<std::string, std::string>> e = {{"", "Content-Type: text/plain; charset=UTF-8\n"},
                                                        {"SY", "سوريا\xE2\x80\x8E"}};
  std::string bin;
  auto u32 = [&](uint32_t v) { bin.append(reinterpret_cast<const char*>(&v), 4); };
  const uint32_t n = 2, orig = 28, trans = orig + n * 8, strings = trans + n * 8;
  u32(0x950412de); u32(0); u32(n); u32(orig); u32(trans); u32(0); u32(0);
  std::string pool;
  std::vector<std::pair<uint32_t, uint32_t>> o, t;
  for (auto& [id, s] : e) { o.push_back({uint32_t(id.size()), strings + uint32_t(pool.size())}); pool += id; pool += '\0'; }
  for (auto& [id, s] : e) { t.push_back({uint32_t(s.size()), strings + uint32_t(pool.size())}); pool += s; pool += '\0'; }
  for (auto [l, off] : o) { u32(l); u32(off); }
  for (auto [l, off] : t) { u32(l); u32(off); }
  bin += pool;
  auto path = WriteTemp("x.mo", bin);
  std::vector<std::pair<std::string, std::string>> out;
  ASSERT_TRUE(ReadMoFile(path, &out).ok());
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].first, "SY");
  EXPECT_EQ(out[1].second, "سوريا\xE2\x80\x8E");
  bin.resize(40);
  auto bad = WriteTemp("bad.mo", bin);
  out.clear();
  EXPECT_FALSE(ReadMoFile(bad, &out).ok());
  std::filesystem::remove(path);
  std::filesystem::remove(bad);
}

// i18n-iso-countries writes some names inverted; news writes them the other way round.
TEST(CountryNames, InvertedNamesAreAlsoIndexedInNewsOrder) {
  using V = std::vector<std::string>;
  EXPECT_EQ(UninvertedNames("Virgin Islands, U.S."), (V{"U.S. Virgin Islands", "US Virgin Islands"}));
  EXPECT_EQ(UninvertedNames("Virgin Islands, British"), (V{"British Virgin Islands"}));
  EXPECT_EQ(UninvertedNames("Korea, Republic of"), (V{"Republic of Korea"}));
  EXPECT_TRUE(UninvertedNames("Taiwan, Province of China").empty());
  EXPECT_TRUE(UninvertedNames("Bonaire, Sint Eustatius and Saba").empty());
  EXPECT_TRUE(UninvertedNames("Syria").empty());
}

}  // namespace
}  // namespace marsad::gazetteer::build
