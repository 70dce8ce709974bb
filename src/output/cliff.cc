// CLIFF-compatible rendering of an extraction (marsad/output.h, docs/cliff-compat.md).

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <string>

#include "marsad/json_write.h"
#include "marsad/output.h"

namespace marsad::output {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void Str(Writer& w, const char* key, std::string_view v) { json::KeyStr(w, key, v); }
void Coord(Writer& w, const char* key, double v) { json::KeyNum(w, key, v, 5); }
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

}  // namespace

std::string CliffJson(const Extraction& x, const gazetteer::Gazetteer& gaz, long milliseconds,
                      std::string_view version, std::string_view doc_id) {
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
  w.Key("organizations");
  w.StartArray();
  w.EndArray();
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
