// Evaluation layer (src/eval): the geoparser against gold toponym annotations
// (`marsad eval`).
//
// Gold is the JSON-lines format of ../shared/eval/README.md (one document a line) or one
// JSON document (an object, or an array of objects). Predictions are either produced in
// process by the Extractor or read from `marsad extract` output, matched to gold by id.
//
// Metrics, accumulated over documents by a Scorer:
// - recognition: precision/recall/F1 by exact span and by overlap. Predicted spans are
//   matched one-to-one to gold spans by a greedy pass over candidate pairs (identical
//   spans first, then larger overlap, then nearer starts). Documents with
//   "toponyms_annotated": false are skipped. Gold "not_toponyms" that are predicted are
//   false positives (they would be anyway; they are also counted on their own).
// - resolution, over overlap-matched pairs whose gold has coordinates: the error is the
//   great-circle distance, or kMaxErrorKm when the prediction has no coordinates.
//   acc@161 = share of errors <= 161 km; median and mean error; and the AUC of Gritta et
//   al. (2018): errors sorted ascending, y_i = ln(1 + e_i) / ln(20039) (capped at 1),
//   x_i = i / (n - 1), area by the trapezoidal rule (n = 1: y_0). 0 is perfect, 1 worst.
// - end to end: share of gold toponyms with coordinates that are found (overlap) and
//   placed within 161 km.
// - geonameid accuracy over matched pairs where both sides carry a geonameid.
//
// Everything here is plain data and pure functions; a Scorer is not thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "marsad/status.h"

namespace marsad::eval {

constexpr double kMaxErrorKm = 20039.0;  // half the Earth's equatorial circumference
constexpr double kAccuracyKm = 161.0;    // 100 miles

struct Span {
  uint32_t start = 0, end = 0;  // code points, end exclusive
};

struct GoldToponym {
  uint32_t start = 0, end = 0;
  std::string surface;
  std::optional<uint64_t> geonameid;
  std::optional<std::pair<double, double>> coords;  // lat, lon
};

struct GoldDoc {
  std::string id, lang, text;
  bool toponyms_annotated = true;
  std::vector<GoldToponym> toponyms;
  std::vector<GoldToponym> not_toponyms;  // spans that must not be predicted as places
  size_t line = 0;                        // 1-based line in a JSONL file, 0 otherwise
};

struct PredToponym {
  uint32_t start = 0, end = 0;
  std::string surface;
  std::optional<uint64_t> geonameid;
  std::optional<std::pair<double, double>> coords;
  bool in_name = false;  // nested in an organisation's name; scored only with `eval --in-name`
  bool generic = false;  // a generic noun for a place ("المملكة"); scored only with `eval --generic`
  bool demonym = false;  // a demonym ("Syrian") as its country; scored only with `eval --demonyms`
  std::string country;   // ISO alpha-2 of a predicted country (A.PCL*), empty otherwise
  // A name with a descriptor ('قطاع غزة'): the name proper's span ('غزة'), scored in its stead by
  // a set whose convention says name_proper (ANERcorp); both 0 otherwise.
  uint32_t name_start = 0, name_end = 0;
};

struct PredDoc {
  std::string id;
  std::vector<PredToponym> toponyms;  // derived mentions already left out
  std::string error;                  // non-empty when extraction failed for this doc
};

// Reads a gold file: JSON lines, or a single JSON object / array of objects (detected).
// A missing file is a kNotFound error saying so; a malformed line names file:line.
Result<std::vector<GoldDoc>> LoadGold(const std::string& path);
// Parses gold from memory (the same detection); `source` names it in errors.
Result<std::vector<GoldDoc>> ParseGold(std::string_view content, const std::string& source);
// Reads `marsad extract` JSON lines. Mentions marked "derived" or "demonym" are dropped;
// error records ({"id", "error"}) become a PredDoc with `error` set.
Result<std::vector<PredDoc>> LoadPredictions(const std::string& path);
Result<std::vector<PredDoc>> ParsePredictions(std::string_view content, const std::string& source);

enum class MatchMode { kExact, kOverlap };

// One-to-one greedy matching; returns (gold index, pred index) pairs sorted by gold index.
std::vector<std::pair<size_t, size_t>> MatchSpans(const std::vector<Span>& gold,
                                                  const std::vector<Span>& pred, MatchMode mode);

struct ErrorCurve {
  size_t n = 0;
  double acc161 = 0, median_km = 0, mean_km = 0, auc = 0;
};
// Summarizes a list of errors in km (any order; values above kMaxErrorKm are capped).
ErrorCurve SummarizeErrors(std::vector<double> errors_km);

struct Prf {
  size_t tp = 0, gold = 0, pred = 0;
  double Precision() const { return pred ? static_cast<double>(tp) / pred : 0; }
  double Recall() const { return gold ? static_cast<double>(tp) / gold : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct Metrics {
  size_t docs = 0, docs_scored = 0, docs_failed = 0, docs_missing_pred = 0;
  Prf exact, overlap;
  size_t not_toponym_hits = 0;
  // Resolution over overlap-matched toponyms with gold coordinates.
  ErrorCurve resolution;
  size_t matched_no_coords = 0;  // included in `resolution` with error kMaxErrorKm
  // End to end.
  size_t gold_with_coords = 0, e2e_hits = 0;
  double EndToEnd() const { return gold_with_coords ? static_cast<double>(e2e_hits) / gold_with_coords : 0; }
  // geonameid agreement where both sides have one.
  size_t geonameid_pairs = 0, geonameid_hits = 0;
  // Matched countries farther than 161 km from the gold point that contains it (counted right).
  size_t inside_country = 0;
  double GeonameidAccuracy() const {
    return geonameid_pairs ? static_cast<double>(geonameid_hits) / geonameid_pairs : 0;
  }
  // Frequency of false positive / false negative surfaces (overlap matching).
  std::map<std::string, size_t> fp_surfaces, fn_surfaces;
};

// An item for error analysis: a false positive, a false negative, a resolution off by
// more than 161 km, or a matched toponym without predicted coordinates.
struct ErrorItem {
  std::string kind;  // "fp" "fn" "not_toponym" "far" "no_coords"
  std::string doc_id;
  uint32_t start = 0, end = 0;
  std::string surface;
  std::string context;  // some text around the span
  const GoldToponym* gold = nullptr;
  const PredToponym* pred = nullptr;
  double error_km = -1;
};

class Scorer {
 public:
  // Optional: whether a gold point lies inside a predicted country's outline (`country` set);
  // such a pair counts as right (error 0 km) whatever the distance to the country's point.
  using InsideFn = std::function<bool(const std::string& iso2, double lat, double lon)>;
  void set_inside(InsideFn fn) { inside_ = std::move(fn); }
  // Scores one document; `pred` may be null (no prediction for it). Error items, when
  // `errors` is given, point into `gold` and `pred`, which must outlive their use.
  void Add(const GoldDoc& gold, const PredDoc* pred, std::vector<ErrorItem>* errors = nullptr);
  // The metrics so far (the error curve is computed on each call).
  Metrics Summary() const;

 private:
  Metrics m_;
  std::vector<double> errors_km_;
  InsideFn inside_;
};

// Output: one JSON object for a file's metrics, one JSON line per error item, and a
// fixed-width text table with one row per (name, metrics).
std::string MetricsToJson(const std::string& name, const Metrics& m);
std::string ErrorItemToJson(const std::string& file, const ErrorItem& e);
std::string FormatTable(const std::vector<std::pair<std::string, Metrics>>& rows);
// The most frequent surfaces of a histogram, most frequent first (ties by string).
std::vector<std::pair<std::string, size_t>> TopSurfaces(const std::map<std::string, size_t>& counts,
                                                        size_t n);
// A note on how the numbers are computed, printed under the table.
std::string MetricsLegend();

}  // namespace marsad::eval
