// Country outlines (marsad/outlines.h): TopoJSON decoding and the point-in-country test.
#include <gtest/gtest.h>

#include <filesystem>

#include "marsad/outlines.h"

namespace marsad::geo {
namespace {

// Country XA: a 10x10 degree square at (0..10 E, 0..10 N) with a 2x2 hole at (4..6, 4..6),
// and a second island (20..22, 0..2). Quantized like world-atlas: scale 0.5, translate 0.
// Arc 0 is the outer ring, arc 1 the hole, arc 2 the island; XB reuses arc 1 reversed (the
// hole is country XB). Positions are deltas.
constexpr const char* kTopo = R"({"type":"Topology",
  "transform":{"scale":[0.5,0.5],"translate":[0,0]},
  "arcs":[
    [[0,0],[20,0],[0,20],[-20,0],[0,-20]],
    [[8,8],[0,4],[4,0],[0,-4],[-4,0]],
    [[40,0],[4,0],[0,4],[-4,0],[0,-4]]],
  "objects":{"countries":{"type":"GeometryCollection","geometries":[
    {"type":"MultiPolygon","id":"901","arcs":[[[0],[1]],[[2]]]},
    {"type":"Polygon","id":"902","arcs":[[-2]]},
    {"type":"Polygon","arcs":[[0]]}]}}})";
constexpr const char* kCodes = R"([["XA","XAA","901"],["XB","XBB","902"]])";

TEST(CountryOutlinesTest, PointsInsideOutsideAndInHoles) {
  auto o = CountryOutlines::Parse(kTopo, kCodes, "test");
  ASSERT_TRUE(o.ok()) << o.status().message();
  EXPECT_EQ(o->size(), 2u);  // the geometry without an id is skipped
  EXPECT_TRUE(o->Contains("XA", 1.0, 1.0));
  EXPECT_TRUE(o->Contains("XA", 9.0, 2.0));
  EXPECT_FALSE(o->Contains("XA", 5.0, 5.0));   // in the hole
  EXPECT_TRUE(o->Contains("XB", 5.0, 5.0));    // which is the other country
  EXPECT_TRUE(o->Contains("XA", 1.0, 21.0));   // the island
  EXPECT_FALSE(o->Contains("XA", 11.0, 5.0));  // north of it
  EXPECT_FALSE(o->Contains("XA", 5.0, -1.0));  // west of it
  EXPECT_FALSE(o->Contains("ZZ", 1.0, 1.0));   // unknown code
}

TEST(CountryOutlinesTest, MalformedInputIsAnError) {
  EXPECT_FALSE(CountryOutlines::Parse("{", kCodes, "t").ok());
  EXPECT_FALSE(CountryOutlines::Parse(R"({"type":"Topology","arcs":[]})", kCodes, "t").ok());
  EXPECT_FALSE(CountryOutlines::Parse(kTopo, R"({"XA":1})", "t").ok());
  // An arc index out of range names the geometry instead of reading out of bounds.
  auto r = CountryOutlines::Parse(
      R"({"type":"Topology","arcs":[[[0,0],[1,0],[0,1]]],"objects":{"countries":{"type":"GeometryCollection",
          "geometries":[{"type":"Polygon","id":"901","arcs":[[7]]}]}}})",
      kCodes, "t");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("901"), std::string::npos);
}

// The file the map page ships, when the npm packages are installed (scripts/install-deps.sh).
TEST(CountryOutlinesTest, WorldAtlasCountries) {
  const std::string npm = std::string(MARSAD_SOURCE_DIR) + "/third_party/npm/node_modules";
  if (!std::filesystem::exists(npm + "/world-atlas/countries-50m.json"))
    GTEST_SKIP() << "npm packages not installed";
  auto o = CountryOutlines::Load(npm + "/world-atlas/countries-50m.json", npm + "/i18n-iso-countries/codes.json");
  ASSERT_TRUE(o.ok()) << o.status().message();
  EXPECT_GT(o->size(), 200u);
  EXPECT_TRUE(o->Contains("SY", 35.95, 39.01));   // Raqqa
  EXPECT_FALSE(o->Contains("LB", 35.95, 39.01));
  EXPECT_TRUE(o->Contains("CA", 45.42, -75.70));  // Ottawa, far from Canada's GeoNames point
  EXPECT_TRUE(o->Contains("US", 61.22, -149.90)); // Anchorage
  EXPECT_FALSE(o->Contains("ZA", -29.31, 27.48)); // Maseru: Lesotho, a hole in South Africa
  EXPECT_TRUE(o->Contains("LS", -29.31, 27.48));
}

}  // namespace
}  // namespace marsad::geo
