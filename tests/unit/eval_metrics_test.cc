// Span matching, error-curve summaries and the scorer of marsad/eval.h, on hand-made data.
#include <gtest/gtest.h>

#include <cmath>

#include "marsad/eval.h"

namespace marsad::eval {
namespace {

using Pairs = std::vector<std::pair<size_t, size_t>>;

TEST(MatchSpans, ExactNeedsIdenticalSpans) {
  std::vector<Span> gold = {{0, 5}, {10, 15}};
  std::vector<Span> pred = {{0, 5}, {11, 15}};
  EXPECT_EQ(MatchSpans(gold, pred, MatchMode::kExact), (Pairs{{0, 0}}));
  EXPECT_EQ(MatchSpans(gold, pred, MatchMode::kOverlap), (Pairs{{0, 0}, {1, 1}}));
}

TEST(MatchSpans, TouchingSpansDoNotOverlap) {
  std::vector<Span> gold = {{0, 5}};
  std::vector<Span> pred = {{5, 9}};
  EXPECT_TRUE(MatchSpans(gold, pred, MatchMode::kOverlap).empty());
}

TEST(MatchSpans, OneToOne) {
  // One long prediction covering two gold spans matches only one of them.
  std::vector<Span> gold = {{0, 5}, {6, 9}};
  std::vector<Span> pred = {{0, 9}};
  EXPECT_EQ(MatchSpans(gold, pred, MatchMode::kOverlap), (Pairs{{0, 0}}));
  // Two predictions inside one gold span: one is matched, the other stays unmatched.
  gold = {{0, 9}};
  pred = {{0, 3}, {4, 9}};
  EXPECT_EQ(MatchSpans(gold, pred, MatchMode::kOverlap), (Pairs{{0, 1}}));
  // Duplicate predictions of the same span match once.
  pred = {{0, 9}, {0, 9}};
  EXPECT_EQ(MatchSpans(gold, pred, MatchMode::kExact).size(), 1u);
}

TEST(MatchSpans, ExactPairsWinOverLargerOverlaps) {
  // gold 0 = [0,4) is predicted exactly by pred 1; pred 0 = [0,10) overlaps both gold spans.
  std::vector<Span> gold = {{0, 4}, {5, 10}};
  std::vector<Span> pred = {{0, 10}, {0, 4}};
  EXPECT_EQ(MatchSpans(gold, pred, MatchMode::kOverlap), (Pairs{{0, 1}, {1, 0}}));
}

TEST(SummarizeErrors, AccuracyMedianMean) {
  auto c = SummarizeErrors({0, 100, 161, 162, 1000});
  EXPECT_EQ(c.n, 5u);
  EXPECT_DOUBLE_EQ(c.acc161, 3.0 / 5);  // 161 itself is within 161 km
  EXPECT_DOUBLE_EQ(c.median_km, 161);
  EXPECT_DOUBLE_EQ(c.mean_km, (0 + 100 + 161 + 162 + 1000) / 5.0);
  auto even = SummarizeErrors({40, 10, 30, 20});
  EXPECT_DOUBLE_EQ(even.median_km, 25);
  EXPECT_DOUBLE_EQ(even.acc161, 1.0);
}

TEST(SummarizeErrors, Empty) {
  auto c = SummarizeErrors({});
  EXPECT_EQ(c.n, 0u);
  EXPECT_EQ(c.auc, 0);
}

TEST(SummarizeErrors, AucOnKnownLists) {
  EXPECT_DOUBLE_EQ(SummarizeErrors({0, 0, 0}).auc, 0.0);
  EXPECT_NEAR(SummarizeErrors({kMaxErrorKm, kMaxErrorKm}).auc, 1.0, 1e-12);
  // Errors beyond the maximum are capped.
  EXPECT_NEAR(SummarizeErrors({50000}).auc, 1.0, 1e-12);
  // Two points: the trapezoid is the mean of the two normalized log errors.
  const double norm = std::log(1 + kMaxErrorKm);
  EXPECT_NEAR(SummarizeErrors({0, kMaxErrorKm}).auc, 0.5, 1e-12);
  EXPECT_NEAR(SummarizeErrors({100, 10}).auc, (std::log(11) + std::log(101)) / 2 / norm, 1e-12);
  // Three points, unsorted input: ((y0+y1)/2 + (y1+y2)/2) / 2.
  double y0 = std::log(2) / norm, y1 = std::log(11) / norm, y2 = std::log(1001) / norm;
  EXPECT_NEAR(SummarizeErrors({1000, 1, 10}).auc, ((y0 + y1) / 2 + (y1 + y2) / 2) / 2, 1e-12);
  // A single error: its normalized log.
  EXPECT_NEAR(SummarizeErrors({161}).auc, std::log(162) / norm, 1e-12);
}

GoldToponym G(uint32_t s, uint32_t e, std::string surface, std::optional<std::pair<double, double>> c = {},
              std::optional<uint64_t> id = {}) {
  GoldToponym g;
  g.start = s;
  g.end = e;
  g.surface = std::move(surface);
  g.coords = c;
  g.geonameid = id;
  return g;
}

PredToponym P(uint32_t s, uint32_t e, std::string surface, std::optional<std::pair<double, double>> c = {},
              std::optional<uint64_t> id = {}) {
  PredToponym p;
  p.start = s;
  p.end = e;
  p.surface = std::move(surface);
  p.coords = c;
  p.geonameid = id;
  return p;
}

TEST(Scorer, RecognitionResolutionEndToEnd) {
  GoldDoc gold;
  gold.id = "d1";
  gold.text = "Raqqa and Deir ez-Zor and Paris and Homs, said Raqqa24.";
  gold.toponyms = {G(0, 5, "Raqqa", std::make_pair(35.95, 39.01), 172955),
                   G(10, 21, "Deir ez-Zor", std::make_pair(35.336, 40.141)),
                   G(26, 31, "Paris", std::make_pair(48.85, 2.35), 2988507),
                   G(36, 40, "Homs", std::make_pair(34.73, 36.71))};
  gold.not_toponyms = {G(47, 54, "Raqqa24")};
  PredDoc pred;
  pred.id = "d1";
  pred.toponyms = {P(0, 5, "Raqqa", std::make_pair(35.95, 39.01), 172955),  // exact, placed
                   P(15, 21, "ez-Zor", std::make_pair(35.336, 40.141)),     // overlap only
                   P(26, 31, "Paris", std::make_pair(33.66, -95.55), 4717560),  // Paris, Texas
                   P(36, 40, "Homs"),                                       // no coordinates
                   P(47, 52, "Raqqa")};                                     // inside Raqqa24
  Scorer s;
  std::vector<ErrorItem> errors;
  s.Add(gold, &pred, &errors);
  Metrics m = s.Summary();
  EXPECT_EQ(m.exact.tp, 3u);
  EXPECT_EQ(m.exact.gold, 4u);
  EXPECT_EQ(m.exact.pred, 5u);
  EXPECT_EQ(m.overlap.tp, 4u);
  EXPECT_DOUBLE_EQ(m.overlap.Precision(), 0.8);
  EXPECT_DOUBLE_EQ(m.overlap.Recall(), 1.0);
  EXPECT_EQ(m.not_toponym_hits, 1u);
  EXPECT_EQ(m.fp_surfaces.at("Raqqa"), 1u);
  EXPECT_EQ(m.resolution.n, 4u);
  EXPECT_EQ(m.matched_no_coords, 1u);
  EXPECT_DOUBLE_EQ(m.resolution.acc161, 0.5);
  EXPECT_EQ(m.gold_with_coords, 4u);
  EXPECT_EQ(m.e2e_hits, 2u);
  EXPECT_DOUBLE_EQ(m.EndToEnd(), 0.5);
  EXPECT_EQ(m.geonameid_pairs, 2u);
  EXPECT_EQ(m.geonameid_hits, 1u);
  size_t far = 0, no_coords = 0, not_top = 0;
  for (const auto& e : errors) {
    far += e.kind == "far";
    no_coords += e.kind == "no_coords";
    not_top += e.kind == "not_toponym";
  }
  EXPECT_EQ(far, 1u);
  EXPECT_EQ(no_coords, 1u);
  EXPECT_EQ(not_top, 1u);
}

TEST(Scorer, UnannotatedDocumentsAreSkippedAndMissingPredictionsAreMisses) {
  GoldDoc skipped;
  skipped.id = "a";
  skipped.text = "Aleppo";
  skipped.toponyms_annotated = false;
  PredDoc pa;
  pa.id = "a";
  pa.toponyms = {P(0, 6, "Aleppo")};
  GoldDoc missed;
  missed.id = "b";
  missed.text = "Aleppo";
  missed.toponyms = {G(0, 6, "Aleppo", std::make_pair(36.2, 37.16))};
  Scorer s;
  s.Add(skipped, &pa);
  s.Add(missed, nullptr);
  Metrics m = s.Summary();
  EXPECT_EQ(m.docs, 2u);
  EXPECT_EQ(m.docs_scored, 1u);
  EXPECT_EQ(m.docs_missing_pred, 1u);
  EXPECT_EQ(m.exact.pred, 0u);
  EXPECT_EQ(m.overlap.gold, 1u);
  EXPECT_EQ(m.fn_surfaces.at("Aleppo"), 1u);
  EXPECT_EQ(m.resolution.n, 0u);
  EXPECT_EQ(m.gold_with_coords, 1u);
  EXPECT_EQ(m.EndToEnd(), 0);
}

TEST(ParseGold, JsonLinesAndSingleDocument) {
  auto lines = ParseGold(
      "{\"id\":\"x\",\"lang\":\"ar\",\"text\":\"abc\",\"toponyms\":[{\"start\":0,\"end\":3,\"surface\":\"abc\","
      "\"geonameid\":null,\"lat\":null,\"lon\":null}]}\n\n"
      "{\"id\":\"y\",\"text\":\"d\",\"toponyms\":[],\"toponyms_annotated\":false}\n",
      "mem");
  ASSERT_TRUE(lines.ok()) << lines.status().message();
  ASSERT_EQ(lines->size(), 2u);
  EXPECT_FALSE((*lines)[0].toponyms[0].coords.has_value());
  EXPECT_FALSE((*lines)[1].toponyms_annotated);
  EXPECT_EQ((*lines)[1].line, 3u);

  auto single = ParseGold(
      "{\n \"id\": \"z\",\n \"text\": \"Raqqa\",\n \"toponyms\": [{\"start\": 0, \"end\": 5, \"lat\": 35.9,"
      " \"lon\": 39.0, \"geonameid\": 172955}],\n \"not_toponyms\": [{\"start\": 0, \"end\": 1}]\n}\n",
      "mem");
  ASSERT_TRUE(single.ok()) << single.status().message();
  ASSERT_EQ(single->size(), 1u);
  EXPECT_EQ(*(*single)[0].toponyms[0].geonameid, 172955u);
  EXPECT_EQ((*single)[0].not_toponyms.size(), 1u);

  auto bad = ParseGold("{\"id\":\"x\",\"text\":\"a\"}\n{oops\n", "mem.jsonl");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("mem.jsonl:2"), std::string::npos);
}

// Derived mentions are never scored; a demonym ("demonym": true) is read with its flag:
// `marsad eval` scores it only with --demonyms or a dataset convention (--conventions).
TEST(ParsePredictions, DropsDerivedFlagsDemonymsKeepsErrors) {
  auto p = ParsePredictions(
      "{\"id\":\"x\",\"places\":[{\"start\":0,\"end\":3,\"surface\":\"abc\",\"geonameid\":1,\"lat\":1,\"lon\":2},"
      "{\"start\":4,\"end\":9,\"derived\":true,\"lat\":1,\"lon\":2},{\"start\":10,\"end\":12,\"demonym\":true}]}\n"
      "{\"id\":\"y\",\"error\":\"empty text\"}\n",
      "mem");
  ASSERT_TRUE(p.ok()) << p.status().message();
  ASSERT_EQ(p->size(), 2u);
  ASSERT_EQ((*p)[0].toponyms.size(), 2u);
  EXPECT_EQ((*p)[0].toponyms[0].coords->second, 2);
  EXPECT_FALSE((*p)[0].toponyms[0].demonym);
  EXPECT_TRUE((*p)[0].toponyms[1].demonym);
  EXPECT_EQ((*p)[1].error, "empty text");
}

// A generic noun for a place ("المملكة", generic: true) is read with its flag: `marsad eval`
// scores it only with --generic.
TEST(ParsePredictions, ReadsTheGenericFlag) {
  auto p = ParsePredictions(
      "{\"id\":\"x\",\"places\":[{\"start\":0,\"end\":3,\"geonameid\":1,\"lat\":1,\"lon\":2},"
      "{\"start\":4,\"end\":9,\"generic\":true,\"geonameid\":2,\"lat\":1,\"lon\":2}]}\n",
      "mem");
  ASSERT_TRUE(p.ok()) << p.status().message();
  ASSERT_EQ((*p)[0].toponyms.size(), 2u);
  EXPECT_FALSE((*p)[0].toponyms[0].generic);
  EXPECT_TRUE((*p)[0].toponyms[1].generic);
}

TEST(LoadGold, MissingFileSaysSo) {
  auto g = LoadGold("/nonexistent/dir/gold.jsonl");
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("does not exist"), std::string::npos);
}

TEST(TopSurfaces, MostFrequentFirst) {
  std::map<std::string, size_t> c = {{"b", 2}, {"a", 2}, {"c", 5}, {"d", 1}};
  auto t = TopSurfaces(c, 3);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].first, "c");
  EXPECT_EQ(t[1].first, "a");
  EXPECT_EQ(t[2].first, "b");
}

}  // namespace
}  // namespace marsad::eval
