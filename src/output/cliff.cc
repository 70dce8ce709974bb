// CLIFF-compatible rendering of an extraction (marsad/output.h, docs/cliff-compat.md).

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "marsad/json_write.h"
#include "marsad/output.h"

namespace marsad::output {
namespace {

using Writer = json::Writer;

void Str(Writer& w, std::string_view key, std::string_view v) { json::KeyStr(w, key, v); }
void Coord(Writer& w, std::string_view key, double v) { json::KeyNum(w, key, v, 5); }
std::string IdString(const gazetteer::Gazetteer& gaz, int64_t index) {
  return index < 0 ? std::string() : std::to_string(gaz.Place(static_cast<uint32_t>(index)).geonameid);
}

// The fields CLIFF gives every place (mentions and focus items alike).
void PlaceFields(Writer& w, const gazetteer::Gazetteer& gaz, const gazetteer::PlaceView& p, double lat,
                 double lon) {
  w.Key("id");
  w.Uint(p.geonameid);
  Str(w, "name", p.name_en.empty() ? p.name : p.name_en);
  Coord(w, "lat", lat);
  Coord(w, "lon", lon);
  Str(w, "countryCode", p.country);
  Str(w, "countryGeoNameId", IdString(gaz, p.country.empty() ? -1 : gaz.Country(p.country)));
  // CLIFF gives "00" as the state of a country.
  bool is_country = p.feature_class == 'A' && p.feature_code.starts_with("PCL");
  Str(w, "stateCode", is_country ? std::string_view("00") : p.admin1);
  Str(w, "stateGeoNameId",
      is_country || p.admin1.empty() ? std::string() : IdString(gaz, gaz.Admin1(p.country, p.admin1)));
  Str(w, "featureClass", std::string_view(&p.feature_class, 1));
  Str(w, "featureCode", p.feature_code);
  w.Key("population");
  w.Uint64(p.population);
  // Not in CLIFF: the Arabic name, which Arabic-reading clients want.
  if (!p.name_ar.empty()) Str(w, "nameAr", p.name_ar);
}

void Focus(Writer& w, const gazetteer::Gazetteer& gaz, const char* key, const std::vector<geo::FocusItem>& items) {
  w.Key(key);
  w.StartArray();
  for (const auto& f : items) {
    if (f.place < 0) continue;
    auto p = gaz.Place(static_cast<uint32_t>(f.place));
    w.StartObject();
    PlaceFields(w, gaz, p, p.lat, p.lon);
    w.Key("score");
    w.Double(std::round(static_cast<double>(f.score) * 1000) / 1000);
    w.EndObject();
  }
  w.EndArray();
}

// CLIFF's organizations, [{"count","name"}]: marsad's actors (armed groups, forces,
// governments, organisations), by their canonical English name, in order of first mention.
// Back-references ("the group") count for the actor they refer to.
void Organizations(Writer& w, const Extraction& x, const events::Dictionaries* dicts) {
  std::vector<std::pair<std::string_view, int>> counts;
  if (dicts != nullptr) {
    for (const auto& m : x.events.actors) {
      if (m.actor < 0 || static_cast<size_t>(m.actor) >= dicts->actors.size()) continue;
      const auto& a = dicts->actors[static_cast<size_t>(m.actor)];
      std::string_view name = a.name_en.empty() ? std::string_view(a.id) : std::string_view(a.name_en);
      auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == name; });
      if (it == counts.end()) counts.emplace_back(name, 1);
      else ++it->second;
    }
  }
  w.Key("organizations");
  w.StartArray();
  for (const auto& [name, n] : counts) {
    w.StartObject();
    w.Key("count");
    w.Int(n);
    Str(w, "name", name);
    w.EndObject();
  }
  w.EndArray();
}

// The place that contains `index` one level up, as CLIFF's parent chain goes: a place's
// admin1 region, an admin1 region's (or a place without one) country; -1 for a country.
int64_t ParentOf(const gazetteer::Gazetteer& gaz, int64_t index) {
  auto p = gaz.Place(static_cast<uint32_t>(index));
  if (p.feature_class == 'A' && p.feature_code.starts_with("PCL")) return -1;
  if (p.country.empty()) return -1;
  const bool is_admin1 = p.feature_class == 'A' && p.feature_code == "ADM1";
  if (!is_admin1 && !p.admin1.empty() && p.admin1 != "00") {
    int64_t a1 = gaz.Admin1(p.country, p.admin1);
    if (a1 >= 0 && a1 != index) return a1;
  }
  int64_t country = gaz.Country(p.country);
  return country == index ? -1 : country;
}

void GeonameObject(Writer& w, const gazetteer::Gazetteer& gaz, int64_t index, int depth) {
  auto p = gaz.Place(static_cast<uint32_t>(index));
  w.StartObject();
  PlaceFields(w, gaz, p, p.lat, p.lon);
  if (int64_t parent = depth < 4 ? ParentOf(gaz, index) : -1; parent >= 0) {
    w.Key("parent");
    GeonameObject(w, gaz, parent, depth + 1);
  }
  w.EndObject();
}

}  // namespace

std::string CliffGeoname(const gazetteer::Gazetteer& gaz, int64_t place, std::string_view version) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("results");
  GeonameObject(w, gaz, place, 0);
  Str(w, "status", "ok");
  Str(w, "version", version);
  w.EndObject();
  return buf.GetString();
}

std::string CliffJson(const Extraction& x, const gazetteer::Gazetteer& gaz, long milliseconds,
                      std::string_view version, std::string_view doc_id, const events::Dictionaries* dicts) {
  // Code point → UTF-16 offset, only needed when the text has supplementary characters.
  const auto& cps = x.text.cp_to_byte;
  std::vector<uint32_t> utf16;
  bool astral = false;
  for (size_t i = 0; i + 1 < cps.size() && !astral; ++i) astral = cps[i + 1] - cps[i] == 4;
  if (astral) {
    utf16.resize(cps.size());
    for (size_t i = 0; i + 1 < cps.size(); ++i) utf16[i + 1] = utf16[i] + (cps[i + 1] - cps[i] == 4 ? 2 : 1);
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  if (!doc_id.empty()) Str(w, "id", doc_id);
  w.Key("results");
  w.StartObject();
  Organizations(w, x, dicts);
  w.Key("people");
  w.StartArray();
  w.EndArray();
  w.Key("places");
  w.StartObject();
  w.Key("mentions");
  w.StartArray();
  for (const auto& m : x.geo.mentions) {
    if (m.place < 0) continue;  // CLIFF lists resolved places only
    auto p = gaz.Place(static_cast<uint32_t>(m.place));
    w.StartObject();
    PlaceFields(w, gaz, p, m.has_coordinates ? m.lat : p.lat, m.has_coordinates ? m.lon : p.lon);
    w.Key("confidence");
    w.Double(std::round(static_cast<double>(m.confidence) * 1000) / 1000);
    w.Key("source");
    w.StartObject();
    w.Key("charIndex");
    w.Uint(astral ? utf16[m.start] : m.start);
    Str(w, "string", x.text.Slice(m.start, m.end));
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.Key("focus");
  w.StartObject();
  Focus(w, gaz, "countries", x.geo.focus.countries);
  Focus(w, gaz, "states", x.geo.focus.admin1s);
  Focus(w, gaz, "cities", x.geo.focus.cities);
  w.EndObject();
  w.EndObject();  // places
  w.EndObject();  // results
  Str(w, "status", "ok");
  w.Key("milliseconds");
  w.Int64(milliseconds);
  Str(w, "version", version);
  w.EndObject();
  return buf.GetString();
}

std::string CliffError(std::string_view message, std::string_view version, std::string_view doc_id) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  if (!doc_id.empty()) Str(w, "id", doc_id);
  Str(w, "status", "error");
  Str(w, "details", message);
  Str(w, "version", version);
  w.EndObject();
  return buf.GetString();
}

}  // namespace marsad::output
