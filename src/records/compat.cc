// When two reports may be one incident, and the toll of an incident from its reports
// (marsad/records.h).
#include <algorithm>
#include <cmath>

#include "marsad/records.h"

namespace marsad::records {
namespace {

// The actors a report names, without the empty ones.
std::vector<std::string_view> Actors(const Report& r) {
  std::vector<std::string_view> v;
  if (!r.actor1.empty()) v.push_back(r.actor1);
  if (!r.actor2.empty() && r.actor2 != r.actor1) v.push_back(r.actor2);
  return v;
}

bool Has(const std::vector<std::string_view>& v, std::string_view x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180, kEarthKm = 6371.0088;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

Verdict Compatible(const Report& a, const Report& b, const MergeOptions& opt) {
  Verdict v;
  // One article's reports of one incident are already one event (the extractor joins the
  // lead, the quote and the recap): two events of one article are two incidents.
  if (a.doc_id == b.doc_id) return {false, "one document", 0};
  if (a.Area().empty() || b.Area().empty()) return {false, "no locality or date", 0};
  if (a.country != b.country) return {false, "country", 0};
  if (a.event_type != b.event_type) return {false, "event type", 0};
  if (a.sub_event_type != b.sub_event_type) return {false, "sub-event type", 0};
  if (std::max(a.day_lo, b.day_lo) > std::min(a.day_hi, b.day_hi)) return {false, "date", 0};
  if (a.place_key == b.place_key) {
    v.score += 4;
  } else if (a.has_point && b.has_point && DistanceKm(a.lat, a.lon, b.lat, b.lon) <= opt.near_km) {
    v.score += 2;
  } else {
    return {false, "place", 0};
  }
  // Actors contradict when each report names one the other does not: "Islamic State vs
  // Kurdish forces" and "Islamic State vs civilians" are two incidents; "Islamic State"
  // and "Islamic State vs Kurdish forces" may be one.
  auto aa = Actors(a), ba = Actors(b);
  bool a_extra = false, b_extra = false;
  for (auto x : aa) {
    if (Has(ba, x)) v.score += 1;
    else a_extra = true;
  }
  for (auto x : ba) b_extra |= !Has(aa, x);
  if (a_extra && b_extra) return {false, "actors", 0};
  if (a.day_lo == a.day_hi && a.day_lo == b.day_lo && b.day_lo == b.day_hi) v.score += 2;
  if (a.toll_stated && b.toll_stated && a.fatalities == b.fatalities) v.score += 1;
  v.ok = true;
  return v;
}

Toll ConservativeToll(const std::vector<const Report*>& reports) {
  Toll t;
  std::vector<uint64_t> stated;
  for (const Report* r : reports)
    if (r->toll_stated) stated.push_back(r->fatalities);
  if (stated.empty()) {
    t.rule = reports.size() == 1 ? "no toll reported" : "no report states a toll";
    return t;
  }
  auto [lo, hi] = std::minmax_element(stated.begin(), stated.end());
  t.fatalities = *lo;
  if (reports.size() == 1) {
    t.rule = "the report's toll";
  } else if (*lo == *hi) {
    t.rule = std::to_string(stated.size()) + " of " + std::to_string(reports.size()) + " reports state this toll";
  } else {
    // ACLED codes the most conservative figure when reports differ.
    t.rule = "lowest of " + std::to_string(stated.size()) + " stated tolls (" + std::to_string(*lo) + "-" +
             std::to_string(*hi) + ")";
  }
  return t;
}

}  // namespace marsad::records
