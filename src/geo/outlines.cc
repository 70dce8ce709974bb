// Country outlines from world-atlas TopoJSON (marsad/outlines.h).
#include "marsad/outlines.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>

#include "marsad/mapped_file.h"

namespace marsad::geo {
namespace {

Result<rapidjson::Document> ParseJson(std::string_view s, const std::string& what) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag>(s.data(), s.size());
  if (d.HasParseError())
    return InvalidInput(what + ": not JSON (" + rapidjson::GetParseError_En(d.GetParseError()) + " at offset " +
                        std::to_string(d.GetErrorOffset()) + ")");
  return d;
}

}  // namespace

Result<CountryOutlines> CountryOutlines::Load(const std::string& topojson_path, const std::string& codes_path) {
  ASSIGN_OR_RETURN(std::string topo, ReadFile(topojson_path));
  ASSIGN_OR_RETURN(std::string codes, ReadFile(codes_path));
  return Parse(topo, codes, topojson_path + " / " + codes_path);
}

Result<CountryOutlines> CountryOutlines::Parse(std::string_view topojson, std::string_view codes_json,
                                               const std::string& source) {
  ASSIGN_OR_RETURN(rapidjson::Document codes, ParseJson(codes_json, source + " (codes)"));
  if (!codes.IsArray()) return InvalidInput(source + ": codes must be an array of [alpha2, alpha3, numeric]");
  std::unordered_map<std::string, std::string> iso_of_numeric;
  for (const auto& row : codes.GetArray()) {
    if (!row.IsArray() || row.Size() < 3 || !row[0].IsString() || !row[2].IsString()) continue;
    iso_of_numeric[row[2].GetString()] = row[0].GetString();
  }

  ASSIGN_OR_RETURN(rapidjson::Document topo, ParseJson(topojson, source + " (TopoJSON)"));
  auto bad = [&](const std::string& why) { return InvalidInput(source + ": not a world-atlas countries TopoJSON: " + why); };
  if (!topo.IsObject() || !topo.HasMember("arcs") || !topo["arcs"].IsArray()) return bad("no arcs");
  double sx = 1, sy = 1, tx = 0, ty = 0;
  if (topo.HasMember("transform")) {
    const auto& t = topo["transform"];
    if (!t.IsObject() || !t.HasMember("scale") || !t.HasMember("translate") || !t["scale"].IsArray() ||
        !t["translate"].IsArray() || t["scale"].Size() != 2 || t["translate"].Size() != 2 ||
        !t["scale"][0].IsNumber() || !t["scale"][1].IsNumber() || !t["translate"][0].IsNumber() ||
        !t["translate"][1].IsNumber())
      return bad("malformed transform");
    sx = t["scale"][0].GetDouble();
    sy = t["scale"][1].GetDouble();
    tx = t["translate"][0].GetDouble();
    ty = t["translate"][1].GetDouble();
  }
  const bool quantized = topo.HasMember("transform");
  // Decode every arc to absolute lon/lat (delta-encoded when quantized).
  std::vector<std::vector<std::pair<double, double>>> arcs;
  arcs.reserve(topo["arcs"].Size());
  for (const auto& arc : topo["arcs"].GetArray()) {
    if (!arc.IsArray()) return bad("an arc is not an array");
    std::vector<std::pair<double, double>> pts;
    pts.reserve(arc.Size());
    double x = 0, y = 0;
    for (const auto& p : arc.GetArray()) {
      if (!p.IsArray() || p.Size() < 2 || !p[0].IsNumber() || !p[1].IsNumber()) return bad("a position is malformed");
      if (quantized) {
        x += p[0].GetDouble();
        y += p[1].GetDouble();
        pts.emplace_back(x * sx + tx, y * sy + ty);
      } else {
        pts.emplace_back(p[0].GetDouble(), p[1].GetDouble());
      }
    }
    arcs.push_back(std::move(pts));
  }
  if (!topo.HasMember("objects") || !topo["objects"].IsObject() || !topo["objects"].HasMember("countries"))
    return bad("no objects.countries");
  const auto& coll = topo["objects"]["countries"];
  if (!coll.IsObject() || !coll.HasMember("geometries") || !coll["geometries"].IsArray())
    return bad("objects.countries has no geometries");

  auto ring_of = [&](const rapidjson::Value& idxs, Ring* ring) -> bool {
    if (!idxs.IsArray()) return false;
    for (const auto& v : idxs.GetArray()) {
      if (!v.IsInt()) return false;
      int i = v.GetInt();
      size_t a = i >= 0 ? static_cast<size_t>(i) : static_cast<size_t>(~i);
      if (a >= arcs.size()) return false;
      const auto& pts = arcs[a];
      if (i >= 0) ring->pts.insert(ring->pts.end(), pts.begin(), pts.end());
      else ring->pts.insert(ring->pts.end(), pts.rbegin(), pts.rend());
    }
    if (ring->pts.size() < 3) return true;  // degenerate: kept empty of area
    auto [mnx, mxx] = std::minmax_element(ring->pts.begin(), ring->pts.end(),
                                          [](const auto& p, const auto& q) { return p.first < q.first; });
    auto [mny, mxy] = std::minmax_element(ring->pts.begin(), ring->pts.end(),
                                          [](const auto& p, const auto& q) { return p.second < q.second; });
    ring->min_lon = mnx->first;
    ring->max_lon = mxx->first;
    ring->min_lat = mny->second;
    ring->max_lat = mxy->second;
    return true;
  };
  auto polygon_of = [&](const rapidjson::Value& rings, Polygon* poly) -> bool {
    if (!rings.IsArray()) return false;
    for (const auto& r : rings.GetArray()) {
      Ring ring;
      if (!ring_of(r, &ring)) return false;
      poly->push_back(std::move(ring));
    }
    return true;
  };

  CountryOutlines out;
  for (const auto& g : coll["geometries"].GetArray()) {
    if (!g.IsObject() || !g.HasMember("id") || !g.HasMember("type") || !g["type"].IsString() || !g.HasMember("arcs"))
      continue;  // world-atlas has a few outlines without an ISO code (Kosovo, N. Cyprus …)
    std::string numeric = g["id"].IsString() ? g["id"].GetString() : g["id"].IsInt() ? std::to_string(g["id"].GetInt()) : "";
    auto iso = iso_of_numeric.find(numeric);
    if (iso == iso_of_numeric.end()) continue;
    std::string_view type = g["type"].GetString();
    auto& polys = out.countries_[iso->second];
    if (type == "Polygon") {
      Polygon p;
      if (!polygon_of(g["arcs"], &p)) return bad("bad arcs for " + numeric);
      polys.push_back(std::move(p));
    } else if (type == "MultiPolygon") {
      if (!g["arcs"].IsArray()) return bad("bad arcs for " + numeric);
      for (const auto& rings : g["arcs"].GetArray()) {
        Polygon p;
        if (!polygon_of(rings, &p)) return bad("bad arcs for " + numeric);
        polys.push_back(std::move(p));
      }
    }
  }
  if (out.countries_.empty()) return bad("no country with a known ISO code");
  return out;
}

bool CountryOutlines::Contains(std::string_view iso2, double lat, double lon) const {
  auto it = countries_.find(std::string(iso2));
  if (it == countries_.end()) return false;
  for (const Polygon& poly : it->second) {
    bool inside = false;
    for (const Ring& r : poly) {
      if (r.pts.size() < 3 || lon < r.min_lon || lon > r.max_lon || lat < r.min_lat || lat > r.max_lat) continue;
      // Even-odd rule: a crossing per edge that straddles the point's latitude to its east.
      const size_t n = r.pts.size();
      for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const auto& [xi, yi] = r.pts[i];
        const auto& [xj, yj] = r.pts[j];
        if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
      }
    }
    if (inside) return true;
  }
  return false;
}

}  // namespace marsad::geo
