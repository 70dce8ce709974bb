// The JSON record of a document (docs/output-schema.md), and the error record.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

#include "json_fields.h"
#include "marsad/output.h"

namespace marsad::output {

using Writer = json::Writer;
using json::KeyStr;
using json::Str;

void WritePlaceFields(Writer& w, const gazetteer::PlaceView& p) {
  KeyStr(w, "name", p.name_en.empty() ? p.name : p.name_en);
  KeyStr(w, "name_ar", p.name_ar);
  w.Key("geonameid");
  if (p.supplement) w.Null(); else w.Uint(p.geonameid);
  if (p.supplement) {
    w.Key("marsad_id");
    w.Uint(p.geonameid);
  }
  KeyStr(w, "feature_class", std::string_view(&p.feature_class, 1));
  KeyStr(w, "feature_code", p.feature_code);
  KeyStr(w, "country", p.country);
  KeyStr(w, "admin1", p.admin1);
  w.Key("population");
  w.Uint64(p.population);
  KeyStr(w, "source", p.supplement ? "marsad-supplement" : "geonames");
}

namespace {

void Num(Writer& w, std::string_view k, double v, int digits = 5) { json::KeyNum(w, k, v, digits); }

// WriteMention with `place_fields(w, place)` writing the place's fields.
template <typename PlaceFields>
void WriteMentionWith(Writer& w, const geo::Mention& m, const text::Utf8Text& t, PlaceFields&& place_fields) {
  w.Key("start");
  w.Uint(m.start);
  w.Key("end");
  w.Uint(m.end);
  KeyStr(w, "surface", t.Slice(m.start, m.end));
  if (m.place >= 0 && !m.derived) {
    place_fields(w, static_cast<uint32_t>(m.place));
  } else {
    KeyStr(w, "name", t.Slice(m.start, m.end));
    w.Key("geonameid");
    w.Null();
  }
}

// The fields of the places a record names (WritePlaceFields), each rendered once per
// record and copied where the place comes again: an article names the same few places
// again and again (its places, the focus, the events' places), and each time was a
// Gazetteer::Place lookup (a cache miss into the index) and nine members written anew.
class PlaceFieldsCache {
 public:
  explicit PlaceFieldsCache(const gazetteer::Gazetteer& gaz) : gaz_(gaz) {}
  struct Fields {
    std::string json;  // the members, as Writer::RawMembers takes them
    size_t members = 0;
    double lat = 0, lon = 0;  // the place's (a mention's own may differ)
  };
  const Fields& Get(uint32_t place) {
    auto [it, fresh] = cache_.try_emplace(place);
    if (fresh) {
      const auto p = gaz_.Place(place);
      buf_.Clear();
      scratch_.Reset(buf_);
      scratch_.StartObject();
      WritePlaceFields(scratch_, p);
      it->second = {std::string(buf_.GetString() + 1, buf_.GetSize() - 1), scratch_.MembersSoFar(), p.lat, p.lon};
    }
    return it->second;
  }
  void Write(Writer& w, uint32_t place) {
    const Fields& f = Get(place);
    w.RawMembers(f.json, f.members);
  }
  // The fields, then the place's lat and lon.
  void WriteWithCoordinates(Writer& w, uint32_t place) {
    const Fields& f = Get(place);
    w.RawMembers(f.json, f.members);
    Num(w, "lat", f.lat);
    Num(w, "lon", f.lon);
  }

 private:
  const gazetteer::Gazetteer& gaz_;
  std::unordered_map<uint32_t, Fields> cache_;
  rapidjson::StringBuffer buf_;  // where the fields are rendered, reused
  Writer scratch_{buf_};
};

// An actor's id, names, inter and cameo, as an event's actor1 and actor2 have them; with
// `listed`, its type and country too, as the record's actors list has them.
void ActorFields(Writer& w, const events::ActorInfo& a, bool listed) {
  KeyStr(w, "id", a.id);
  KeyStr(w, "name", a.name_en);
  KeyStr(w, "name_ar", a.name_ar);
  if (listed) KeyStr(w, "type", a.type);
  w.Key("inter");
  w.Int(a.inter);
  KeyStr(w, "cameo", a.cameo);
  if (listed && !a.country.empty()) KeyStr(w, "country", a.country);
}

// The fields of the actors a record lists (id, name, name_ar, type, inter, cameo, country),
// rendered once per record and copied where the actor comes again: an article names the same
// few actors again and again (the corpus's first 300 articles: 6,423 actor mentions, 1,874
// distinct actors counted per article), and each was seven members written anew.
class ActorFieldsCache {
 public:
  explicit ActorFieldsCache(const events::Dictionaries& d) : d_(d) {}
  void Write(Writer& w, int32_t actor) {
    auto [it, fresh] = cache_.try_emplace(actor);
    if (fresh) {
      buf_.Clear();
      scratch_.Reset(buf_);
      scratch_.StartObject();
      ActorFields(scratch_, d_.actors[actor], true);
      it->second = {std::string(buf_.GetString() + 1, buf_.GetSize() - 1), scratch_.MembersSoFar()};
    }
    w.RawMembers(it->second.json, it->second.members);
  }

 private:
  struct Fields {
    std::string json;  // the members, as Writer::RawMembers takes them
    size_t members = 0;
  };
  const events::Dictionaries& d_;
  std::unordered_map<int32_t, Fields> cache_;
  rapidjson::StringBuffer buf_;  // where the fields are rendered, reused
  Writer scratch_{buf_};
};

}  // namespace

void WriteMention(Writer& w, const geo::Mention& m, const text::Utf8Text& t, const gazetteer::Gazetteer& gaz) {
  WriteMentionWith(w, m, t, [&](Writer& out, uint32_t place) { WritePlaceFields(out, gaz.Place(place)); });
}

namespace {

std::string FeatureCode(const gazetteer::PlaceView& p) {
  return std::string(1, p.feature_class) + "." + std::string(p.feature_code);
}


void WriteFocus(Writer& w, PlaceFieldsCache& places, const char* key, const std::vector<geo::FocusItem>& items) {
  w.Key(key);
  w.StartArray();
  for (const auto& f : items) {
    if (f.place < 0) continue;
    w.StartObject();
    places.WriteWithCoordinates(w, static_cast<uint32_t>(f.place));
    Num(w, "score", f.score, 3);
    w.Key("mentions");
    w.Int(f.mentions);
    w.EndObject();
  }
  w.EndArray();
}

void Span(Writer& w, uint32_t start, uint32_t end, const text::Utf8Text& t) {
  w.Key("start");
  w.Uint(start);
  w.Key("end");
  w.Uint(end);
  KeyStr(w, "surface", t.Slice(start, end));
}

// An event's trigger and type, as events and skipped_events write them.
void TriggerAndType(Writer& w, uint32_t start, uint32_t end, std::string_view event_type,
                    std::string_view sub_event_type, const text::Utf8Text& t) {
  w.Key("trigger");
  w.StartObject();
  Span(w, start, end, t);
  w.EndObject();
  KeyStr(w, "event_type", event_type);
  KeyStr(w, "sub_event_type", sub_event_type);
}

void ActorRef(Writer& w, const char* key, int32_t actor, const events::Dictionaries& d) {
  w.Key(key);
  if (actor < 0) {
    w.Null();
    return;
  }
  w.StartObject();
  ActorFields(w, d.actors[actor], false);
  w.EndObject();
}

// The events layer's part of the record (docs/output-schema.md): actors, quantities,
// dates, events, each with its code-point span.
// Who claims an event or a count: the claimant's span and its English words.
void ClaimedBy(Writer& w, const events::EventResult& r, int32_t claim, const text::Utf8Text& t) {
  if (claim < 0) return;
  const auto& c = r.claims[claim];
  w.Key("claimed_by");
  w.StartObject();
  KeyStr(w, "text", t.Slice(c.start, c.end));
  w.Key("start");
  w.Uint(c.start);
  w.Key("end");
  w.Uint(c.end);
  KeyStr(w, "name", c.name_en);
  w.EndObject();
}

void WriteEvents(Writer& w, const Extraction& x, const Resources& res, bool explain, PlaceFieldsCache& places) {
  const auto& d = res.event_dicts;
  const auto& gaz = res.gazetteer;
  const auto& r = x.events;
  const std::string focus = FocusCountry(x.geo, gaz);
  const EventContext ctx{r, d, &res.provenance, x.text, x.geo, &gaz, focus};
  w.Key("actors");
  w.StartArray();
  ActorFieldsCache actor_fields(d);
  for (const auto& a : r.actors) {
    w.StartObject();
    Span(w, a.start, a.end, x.text);
    actor_fields.Write(w, a.actor);
    w.Key("belligerent");
    w.Bool(a.belligerent);
    if (a.back_reference) {
      w.Key("back_reference");
      w.Bool(true);
    }
    if (a.nation_adjective) {
      w.Key("adjective");
      w.Bool(true);
    }
    Num(w, "confidence", a.confidence, 3);
    w.EndObject();
  }
  w.EndArray();
  w.Key("quantities");
  w.StartArray();
  for (const auto& q : r.quantities) {
    w.StartObject();
    Span(w, q.start, q.end, x.text);
    KeyStr(w, "phrase", x.text.Slice(q.phrase_start, q.phrase_end));
    w.Key("phrase_start");
    w.Uint(q.phrase_start);
    w.Key("phrase_end");
    w.Uint(q.phrase_end);
    w.Key("value");
    w.Uint64(q.value);
    KeyStr(w, "qualifier", q.qualifier);
    KeyStr(w, "category", q.category);
    if (!q.of.empty()) KeyStr(w, "of", q.of);
    if (q.actor >= 0) KeyStr(w, "actor", d.actors[q.actor].id);
    if (q.cumulative) {  // a running or war total ("منذ بداية الحرب"): never an event's toll
      w.Key("cumulative");
      w.Bool(true);
    }
    ClaimedBy(w, r, q.claim, x.text);
    w.EndObject();
  }
  w.EndArray();
  w.Key("dates");
  w.StartArray();
  for (const auto& dm : r.dates) {
    w.StartObject();
    Span(w, dm.start, dm.end, x.text);
    KeyStr(w, "kind", dm.kind);
    w.Key("date");
    if (dm.resolved) Str(w, dm.date); else w.Null();
    if (dm.resolved && dm.end_date != dm.date) KeyStr(w, "end_date", dm.end_date);
    if (!dm.precision.empty()) KeyStr(w, "precision", dm.precision);
    w.Key("resolved");
    w.Bool(dm.resolved);
    w.EndObject();
  }
  w.EndArray();
  w.Key("events");
  w.StartArray();
  for (const auto& e : r.events) {
    w.StartObject();
    w.Key("start");
    w.Uint(e.start);
    w.Key("end");
    w.Uint(e.end);
    KeyStr(w, "evidence", x.text.Slice(e.start, e.end));
    TriggerAndType(w, e.trigger_start, e.trigger_end, e.event_type, e.sub_event_type, x.text);
    KeyStr(w, "cameo", e.cameo);
    KeyStr(w, "plover", e.plover);
    ActorRef(w, "actor1", e.actor1, d);
    ActorRef(w, "actor2", e.actor2, d);
    if (e.assoc_actor2 >= 0) ActorRef(w, "assoc_actor2", e.assoc_actor2, d);
    w.Key("place");
    if (e.place >= 0) {
      w.StartObject();
      places.WriteWithCoordinates(w, static_cast<uint32_t>(e.place));
      w.Key("mention");
      w.Int(e.place_mention);  // index into "places", -1: the document focus
      w.EndObject();
    } else {
      w.Null();
    }
    w.Key("date");
    if (e.date.empty()) w.Null(); else Str(w, e.date);
    if (!e.date_precision.empty()) KeyStr(w, "date_precision", e.date_precision);
    if (e.date_from_published) KeyStr(w, "date_source", "published");
    if (e.date_from_context) KeyStr(w, "date_source", "context");  // an earlier sentence's date
    if (e.date_from_claim) KeyStr(w, "date_source", "claim");  // the day it was claimed, not of the incident
    w.Key("fatalities");
    w.Uint64(e.fatalities);
    if (e.fatalities_quantity >= 0) {
      w.Key("fatalities_quantity");  // index into "quantities": the count the toll is
      w.Int(e.fatalities_quantity);
    }
    if (e.mentions.size() > 1) {  // every sentence that reports this incident
      w.Key("mentions");
      w.StartArray();
      for (const auto& [ms, me] : e.mentions) {
        w.StartObject();
        Span(w, ms, me, x.text);
        w.EndObject();
      }
      w.EndArray();
    }
    ClaimedBy(w, r, e.claim, x.text);
    if (!x.outlet.name.empty()) KeyStr(w, "source", x.outlet.name);
    if (!x.outlet.scale.empty()) KeyStr(w, "source_scale", x.outlet.scale);
    KeyStr(w, "notes", EventNote(ctx, e));
    Num(w, "confidence", e.confidence, 3);
    w.EndObject();
  }
  w.EndArray();
  if (explain) {  // triggers that report no incident, and why
    w.Key("skipped_events");
    w.StartArray();
    for (const auto& sk : r.skipped) {
      w.StartObject();
      TriggerAndType(w, sk.trigger_start, sk.trigger_end, sk.event_type, sk.sub_event_type, x.text);
      KeyStr(w, "reason", sk.reason);
      KeyStr(w, "evidence", x.text.Slice(sk.start, sk.end));
      w.EndObject();
    }
    w.EndArray();
  }
}

}  // namespace

std::string ErrorRecord(const Document& doc, const std::string& message) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  // Ids from file names (and sources) may be any bytes: the record must stay valid JSON.
  KeyStr(w, "id", ValidUtf8(doc.id));
  if (!doc.source.empty()) KeyStr(w, "source", ValidUtf8(doc.source));
  if (doc.line > 0) {
    w.Key("line");
    w.Uint64(doc.line);
  }
  KeyStr(w, "error", ValidUtf8(message));  // it may quote a file name
  w.EndObject();
  return buf.GetString();
}

std::string JsonRecord(const Extraction& x, const Resources& res, const ExtractOptions& opt) {
  const auto& gaz = res.gazetteer;
  rapidjson::StringBuffer buf;
  // About the size of the record (measured on news: ~400 bytes a place, ~300 an actor,
  // count or date, an event its sentence and ~900), so the buffer is not regrown and
  // copied again and again.
  const auto& ev = x.events;
  buf.Reserve(1024 + 400 * x.geo.mentions.size() +
              300 * (ev.actors.size() + ev.quantities.size() + ev.dates.size()) +
              ev.events.size() * 900 + (ev.events.empty() ? 0 : x.text.utf8.size()));
  Writer w(buf);
  PlaceFieldsCache place_fields(gaz);
  w.StartObject();
  KeyStr(w, "id", ValidUtf8(x.doc.id));  // a file name as id may be any bytes
  KeyStr(w, "lang", x.lang);
  if (!x.doc.published.empty()) KeyStr(w, "published", x.doc.published);
  if (!x.doc.url.empty()) KeyStr(w, "url", x.doc.url);
  if (!x.outlet.name.empty()) {  // the outlet (marsad/provenance.h): never a file name or a URL
    KeyStr(w, "source", x.outlet.name);
    if (!x.outlet.scale.empty()) KeyStr(w, "source_scale", x.outlet.scale);
    KeyStr(w, "source_from", x.outlet.from);
  }
  w.Key("places");
  w.StartArray();
  // The document's places, then those nested in organisation names (in_name: true), so that
  // a relation's anchor index stays an index into this array.
  std::vector<const geo::Mention*> places;
  places.reserve(x.geo.mentions.size() + x.geo.nested.size());
  for (const auto& m : x.geo.mentions) places.push_back(&m);
  for (const auto& m : x.geo.nested) places.push_back(&m);
  for (const geo::Mention* mp : places) {
    const geo::Mention& m = *mp;
    w.StartObject();
    WriteMentionWith(w, m, x.text, [&](Writer& out, uint32_t place) { place_fields.Write(out, place); });
    if (m.has_coordinates) {
      Num(w, "lat", m.lat);
      Num(w, "lon", m.lon);
    } else {
      w.Key("lat");
      w.Null();
      w.Key("lon");
      w.Null();
    }
    Num(w, "confidence", m.confidence, 3);
    if (!m.cue.empty()) KeyStr(w, "cue", m.cue);
    if (m.demonym) {
      w.Key("demonym");
      w.Bool(true);
    }
    if (m.in_name) {
      w.Key("in_name");
      w.Bool(true);
    }
    if (m.generic) {
      w.Key("generic");
      w.Bool(true);
    }
    if (m.name_end > m.name_start) {  // a name with a descriptor: the name proper's span
      w.Key("name_proper");
      w.StartObject();
      Span(w, m.name_start, m.name_end, x.text);
      w.EndObject();
    }
    if (m.relation) {
      const auto& r = *m.relation;
      w.Key("relation");
      w.StartObject();
      KeyStr(w, "kind", r.kind);
      if (r.bearing >= 0) Num(w, "bearing", r.bearing, 1);
      if (r.distance_km >= 0) Num(w, "distance_km", r.distance_km, 2);
      KeyStr(w, "phrase", x.text.Slice(r.start, r.end));
      if (r.anchor >= 0 && r.anchor < static_cast<int>(x.geo.mentions.size())) {
        const auto& a = x.geo.mentions[r.anchor];
        w.Key("anchor");
        w.StartObject();
        w.Key("index");
        w.Int(r.anchor);
        w.Key("start");
        w.Uint(a.start);
        w.Key("end");
        w.Uint(a.end);
        if (a.place >= 0) {
          auto ap = gaz.Place(static_cast<uint32_t>(a.place));
          if (!ap.supplement) {
            w.Key("geonameid");
            w.Uint(ap.geonameid);
          }
          KeyStr(w, "name", ap.name_en.empty() ? ap.name : ap.name_en);
        }
        w.EndObject();
      }
      w.Key("estimated");
      w.Bool(true);
      w.EndObject();
      w.Key("derived");
      w.Bool(m.derived);
    }
    if (opt.explain && !m.candidates.empty()) {
      w.Key("candidates");
      w.StartArray();
      for (const auto& c : m.candidates) {
        auto p = gaz.Place(c.place);
        w.StartObject();
        w.Key("geonameid");
        w.Uint(p.geonameid);
        KeyStr(w, "name", p.name_en.empty() ? p.name : p.name_en);
        KeyStr(w, "feature", FeatureCode(p));
        KeyStr(w, "country", p.country);
        Num(w, "lat", p.lat, 5);
        Num(w, "lon", p.lon, 5);
        Num(w, "score", c.score, 3);
        w.Key("features");
        w.StartObject();
        for (const auto& f : c.features) Num(w, f.name.c_str(), f.value, 3);
        w.EndObject();
        w.EndObject();
      }
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("focus");
  w.StartObject();
  WriteFocus(w, place_fields, "countries", x.geo.focus.countries);
  WriteFocus(w, place_fields, "admin1s", x.geo.focus.admin1s);
  WriteFocus(w, place_fields, "cities", x.geo.focus.cities);
  w.EndObject();
  WriteEvents(w, x, res, opt.explain, place_fields);
  w.Key("errors");
  w.StartArray();
  for (const auto& e : x.warnings) Str(w, e);
  w.EndArray();
  w.EndObject();
  return buf.GetString();
}

}  // namespace marsad::output
