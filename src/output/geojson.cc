// GeoJSON (RFC 7946): the located place mentions, and optionally the events, of each
// document as Point features of one FeatureCollection (marsad/output.h). Positions are
// [longitude, latitude] in WGS 84, as the RFC orders them; properties are flat (strings,
// numbers, booleans, null), so GIS tools read each one as a column.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "json_fields.h"
#include "marsad/output.h"

namespace marsad::output {
namespace {

using json::KeyNum;
using json::KeyStr;
using json::Writer;

void StartPoint(Writer& w, double lat, double lon) {
  w.StartObject();
  KeyStr(w, "type", "Feature");
  w.Key("geometry");
  w.StartObject();
  KeyStr(w, "type", "Point");
  w.Key("coordinates");
  w.StartArray();
  w.Double(std::round(lon * 1e5) / 1e5);
  w.Double(std::round(lat * 1e5) / 1e5);
  w.EndArray();
  w.EndObject();
  w.Key("properties");
  w.StartObject();
}

void EndPoint(Writer& w) {
  w.EndObject();  // properties
  w.EndObject();  // feature
}

void Separate(rapidjson::StringBuffer& buf, Writer& w) {
  if (buf.GetSize() > 0) {
    buf.Put(',');
    buf.Put('\n');
  }
  w.Reset(buf);
}

void PlaceMention(Writer& w, const Extraction& x, const gazetteer::Gazetteer& gaz, size_t i) {
  const auto& m = x.geo.mentions[i];
  StartPoint(w, m.lat, m.lon);
  KeyStr(w, "doc_id", ValidUtf8(x.doc.id));
  KeyStr(w, "kind", "place");
  w.Key("mention");
  w.Uint64(i);
  WriteMention(w, m, x.text, gaz);
  KeyNum(w, "confidence", m.confidence, 3);
  if (!m.cue.empty()) KeyStr(w, "cue", m.cue);
  if (m.demonym) {
    w.Key("demonym");
    w.Bool(true);
  }
  if (m.relation) {  // "north of Raqqa": the position is an estimate
    KeyStr(w, "relation", m.relation->kind);
    w.Key("estimated");
    w.Bool(true);
  }
  if (!x.doc.published.empty()) KeyStr(w, "published", x.doc.published);
  EndPoint(w);
}

void Actor(Writer& w, const char* key, int32_t actor, const events::Dictionaries& d) {
  w.Key(key);
  if (actor < 0) w.Null();
  else json::Str(w, d.actors[actor].name_en);
}

// An event where it happened: its sentence's place (a relative place at its estimate), or
// the document focus; events without a place have no feature.
bool EventPoint(const Extraction& x, const gazetteer::Gazetteer& gaz, const events::Event& e, double* lat,
                double* lon) {
  if (e.place < 0) return false;
  auto p = gaz.Place(static_cast<uint32_t>(e.place));
  *lat = p.lat;
  *lon = p.lon;
  if (e.place_mention >= 0 && e.place_mention < static_cast<int>(x.geo.mentions.size())) {
    const auto& m = x.geo.mentions[e.place_mention];
    if (m.derived && m.has_coordinates) {
      *lat = m.lat;
      *lon = m.lon;
    }
  }
  return true;
}

void EventFeature(Writer& w, const Extraction& x, const Resources& res, size_t i) {
  const auto& e = x.events.events[i];
  double lat = 0, lon = 0;
  if (!EventPoint(x, res.gazetteer, e, &lat, &lon)) return;
  auto p = res.gazetteer.Place(static_cast<uint32_t>(e.place));
  StartPoint(w, lat, lon);
  KeyStr(w, "doc_id", ValidUtf8(x.doc.id));
  KeyStr(w, "kind", "event");
  w.Key("event");
  w.Uint64(i);
  KeyStr(w, "event_type", e.event_type);
  KeyStr(w, "sub_event_type", e.sub_event_type);
  w.Key("date");
  if (e.date.empty()) w.Null();
  else json::Str(w, e.date);
  w.Key("fatalities");
  w.Uint64(e.fatalities);
  Actor(w, "actor1", e.actor1, res.event_dicts);
  Actor(w, "actor2", e.actor2, res.event_dicts);
  KeyStr(w, "name", p.name_en.empty() ? p.name : p.name_en);
  w.Key("geonameid");
  if (p.supplement) w.Null();
  else w.Uint(p.geonameid);
  w.Key("mention");
  w.Int(e.place_mention);  // index into the record's "places", -1: the document focus
  KeyNum(w, "confidence", e.confidence, 3);
  KeyStr(w, "evidence", x.text.Slice(e.start, e.end));
  EndPoint(w);
}

}  // namespace

std::string GeoJsonFeatures(const Extraction& x, const Resources& res, bool events) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  for (size_t i = 0; i < x.geo.mentions.size(); ++i) {
    if (!x.geo.mentions[i].has_coordinates) continue;
    Separate(buf, w);
    PlaceMention(w, x, res.gazetteer, i);
  }
  if (events) {
    for (size_t i = 0; i < x.events.events.size(); ++i) {
      if (x.events.events[i].place < 0) continue;
      Separate(buf, w);
      EventFeature(w, x, res, i);
    }
  }
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace marsad::output
