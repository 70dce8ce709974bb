// GET /v1/gazetteer/places: the place names the map page draws over the country outlines
// so a user can orient offline (countries, capitals, towns by size, admin-1 names), taken
// from the gazetteer index the server already has open (docs/map.md).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/json_write.h"
#include "server_impl.h"

namespace marsad::server {
namespace {

// The smallest town drawn at a zoom level: a continent shows its millions, a province
// its small towns. Capitals, countries and admin-1 names have rules of their own.
uint64_t MinPopulation(int zoom) {
  static constexpr uint64_t kByZoom[] = {5000000, 5000000, 5000000, 3000000, 1000000, 300000,
                                         100000,  30000,   10000,   3000,    1000};
  return zoom < 0 ? kByZoom[0] : zoom > 10 ? 0 : kByZoom[zoom];
}

bool Wanted(const LabelPlace& p, int zoom) {
  switch (p.kind) {
    case LabelPlace::kCountry: return zoom <= 7;
    case LabelPlace::kCapital: return zoom >= 3;
    case LabelPlace::kAdmin1: return zoom >= 5 && zoom <= 9;
    case LabelPlace::kTown: return p.population >= MinPopulation(zoom);
  }
  return false;
}

// Sections of a city (PPLX: "Ra's Bayrut" beside Beirut), and abandoned, destroyed or
// historical places: no label of their own.
bool NotATown(std::string_view code) {
  return code == "PPLX" || code == "PPLQ" || code == "PPLW" || code == "PPLH" || code == "PPLCH";
}

const char* KindName(LabelPlace::Kind k) {
  switch (k) {
    case LabelPlace::kCountry: return "country";
    case LabelPlace::kCapital: return "capital";
    case LabelPlace::kAdmin1: return "admin1";
    case LabelPlace::kTown: return "town";
  }
  return "town";
}

// "west,south,east,north" in degrees; west > east crosses the antimeridian.
bool ParseBbox(const std::string& s, double out[4]) {
  const char* p = s.data();
  const char* end = s.data() + s.size();
  for (int i = 0; i < 4; ++i) {
    auto [next, ec] = std::from_chars(p, end, out[i]);
    if (ec != std::errc() || !std::isfinite(out[i])) return false;
    p = next;
    if (i < 3) {
      if (p == end || *p != ',') return false;
      ++p;
    }
  }
  return p == end && out[1] <= out[3] && std::abs(out[0]) <= 180 && std::abs(out[2]) <= 180 &&
         std::abs(out[1]) <= 90 && std::abs(out[3]) <= 90;
}

bool Inside(const double b[4], float lat, float lon) {
  if (lat < b[1] || lat > b[3]) return false;
  return b[0] <= b[2] ? lon >= b[0] && lon <= b[2] : lon >= b[0] || lon <= b[2];
}

}  // namespace

// Countries, capitals, admin-1 areas and populated places with a known population, most
// important first (the page draws a label only where it does not overlap one drawn before).
void Server::Impl::BuildLabelPlaces() {
  const auto& gaz = res_ref().gazetteer;
  for (uint32_t i = 0; i < gaz.size(); ++i) {
    auto p = gaz.Place(i);
    LabelPlace l{i, p.lat, p.lon, p.population, LabelPlace::kTown};
    if (p.feature_class == 'A' && p.feature_code.starts_with("PCL") && p.feature_code != "PCLH") {
      l.kind = LabelPlace::kCountry;
    } else if (p.feature_class == 'A' && p.feature_code == "ADM1") {
      l.kind = LabelPlace::kAdmin1;
    } else if (p.feature_class == 'P' && p.feature_code == "PPLC") {
      l.kind = LabelPlace::kCapital;
    } else if (p.feature_class != 'P' || p.population == 0 || NotATown(p.feature_code)) {
      continue;
    }
    label_places.push_back(l);
  }
  // GeoNames gives most countries no population: rank them by their towns' instead, or
  // the Faroe Islands would be named before Canada.
  std::unordered_map<std::string_view, uint64_t> people;
  for (const auto& l : label_places)
    if (l.kind == LabelPlace::kTown || l.kind == LabelPlace::kCapital) people[gaz.Place(l.index).country] += l.population;
  for (auto& l : label_places)
    if (l.kind == LabelPlace::kCountry && l.population == 0) l.population = people[gaz.Place(l.index).country];
  std::stable_sort(label_places.begin(), label_places.end(), [](const LabelPlace& a, const LabelPlace& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.population > b.population;
  });
}

// GET /v1/gazetteer/places?bbox=W,S,E,N&zoom=Z[&limit=N]
void Server::Impl::HandlePlaces(const httplib::Request& req, httplib::Response& res) {
  double bbox[4];
  if (!ParseBbox(req.get_param_value("bbox"), bbox))
    return SetError(res, 400, "bbox must be west,south,east,north in degrees (south <= north)");
  int zoom = 0;
  const std::string z = req.get_param_value("zoom");
  auto [zend, zec] = std::from_chars(z.data(), z.data() + z.size(), zoom);
  if (z.empty() || zec != std::errc() || zend != z.data() + z.size() || zoom < 0 || zoom > 22)
    return SetError(res, 400, "zoom must be a whole number from 0 to 22");
  size_t limit = 300;
  if (req.has_param("limit")) {
    const std::string l = req.get_param_value("limit");
    auto [lend, lec] = std::from_chars(l.data(), l.data() + l.size(), limit);
    if (lec != std::errc() || lend != l.data() + l.size() || limit == 0 || limit > 2000)
      return SetError(res, 400, "limit must be a number from 1 to 2000");
  }
  std::call_once(label_once, [this] { BuildLabelPlaces(); });
  const auto& gaz = res_ref().gazetteer;
  rapidjson::StringBuffer buf;
  json::Writer w(buf);
  w.StartObject();
  w.Key("zoom");
  w.Int(zoom);
  w.Key("min_population");
  w.Uint64(MinPopulation(zoom));
  w.Key("places");
  w.StartArray();
  size_t n = 0;
  bool truncated = false;
  for (const auto& l : label_places) {
    if (!Wanted(l, zoom) || !Inside(bbox, l.lat, l.lon)) continue;
    if (n == limit) {
      truncated = true;
      break;
    }
    ++n;
    auto p = gaz.Place(l.index);
    w.StartObject();
    json::KeyStr(w, "name", p.name_en.empty() ? p.name : p.name_en);
    json::KeyStr(w, "name_ar", p.name_ar);
    json::KeyStr(w, "kind", KindName(l.kind));
    w.Key("lat");
    w.Double(std::round(p.lat * 1e4) / 1e4);
    w.Key("lon");
    w.Double(std::round(p.lon * 1e4) / 1e4);
    w.Key("population");
    w.Uint64(p.population);
    json::KeyStr(w, "country", p.country);
    w.Key("geonameid");
    w.Uint(p.geonameid);
    w.EndObject();
  }
  w.EndArray();
  w.Key("truncated");
  w.Bool(truncated);
  w.EndObject();
  res.set_content(buf.GetString(), kJson);
  // The same view asks again on every pan: let the browser keep the answers.
  res.set_header("Cache-Control", "public, max-age=3600");
}

}  // namespace marsad::server
