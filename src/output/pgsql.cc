// JSON output records → PostGIS COPY rows, and the SQL around them (include/marsad/pgsql.h).
#include "marsad/pgsql.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <vector>

#include "marsad/json_read.h"

namespace marsad::pgsql {

namespace {

// Column lists, shared by the tables and their staging twins (which add `ord` first). Every
// table has one single-column key (GDAL and QGIS open a layer by it): documents its doc_id,
// the others an identity `fid`, with (doc_id, idx) unique beside it.
constexpr const char* kDocumentCols =
    "doc_id, lang, published, url, source, line, error, n_places, n_events, record";
constexpr const char* kPlaceCols =
    "doc_id, idx, surface, name, name_ar, geonameid, marsad_id, feature, country, admin1, confidence, "
    "span, geom";
constexpr const char* kEventCols =
    "doc_id, idx, event_date, event_type, sub_event_type, actor1, inter1, actor2, inter2, country, "
    "admin1, admin1_code, location, geonameid, latitude, longitude, fatalities, confidence, evidence, span, geom";
constexpr const char* kActorCols =
    "doc_id, idx, actor_id, name, name_ar, type, inter, country, belligerent, confidence, surface, span";
constexpr const char* kQuantityCols =
    "doc_id, idx, value, qualifier, category, counted, actor_id, cumulative, phrase, surface, span";

constexpr const char* kDocumentDefs =
    "doc_id text NOT NULL, lang text, published date, url text, source text, line bigint, "
    "error text, n_places integer, n_events integer, record jsonb, loaded_at timestamptz NOT NULL DEFAULT now()";
constexpr const char* kPlaceDefs =
    "doc_id text NOT NULL, idx integer NOT NULL, surface text, name text, name_ar text, geonameid bigint, "
    "marsad_id bigint, feature text, country text, admin1 text, confidence real, span int4range, "
    "geom geometry(Point,4326)";
// disorder_type and civilian_targeting follow from the other columns as ACLED codes them
// (src/output/acled.cc): generated, so they cannot disagree.
constexpr const char* kEventDefs =
    "doc_id text NOT NULL, idx integer NOT NULL, event_date date, "
    "disorder_type text GENERATED ALWAYS AS (CASE WHEN event_type IN ('Protests', 'Riots') THEN 'Demonstrations' "
    "WHEN event_type = 'Strategic developments' THEN event_type WHEN event_type IS NOT NULL THEN 'Political violence' "
    "END) STORED, event_type text, sub_event_type text, "
    "actor1 text, inter1 integer, actor2 text, inter2 integer, "
    "civilian_targeting text GENERATED ALWAYS AS (CASE WHEN inter2 = 7 AND event_type NOT IN "
    "('Strategic developments', 'Protests') THEN 'Civilian targeting' END) STORED, "
    "country text, admin1 text, admin1_code text, location text, "
    "geonameid bigint, latitude double precision, longitude double precision, fatalities integer, "
    "confidence real, evidence text, span int4range, geom geometry(Point,4326)";
constexpr const char* kActorDefs =
    "doc_id text NOT NULL, idx integer NOT NULL, actor_id text, name text, name_ar text, type text, "
    "inter integer, country text, belligerent boolean, confidence real, surface text, span int4range";
constexpr const char* kQuantityDefs =
    "doc_id text NOT NULL, idx integer NOT NULL, value bigint, qualifier text, category text, counted text, "
    "actor_id text, cumulative boolean, phrase text, surface text, span int4range";

struct Table {
  const char* name;
  const char* cols;
  const char* defs;
};
// The tables of a document's rows, in COPY order (Rows' member order).
constexpr Table kRowTables[] = {{"places", kPlaceCols, kPlaceDefs},
                                {"events", kEventCols, kEventDefs},
                                {"actors", kActorCols, kActorDefs},
                                {"quantities", kQuantityCols, kQuantityDefs}};

using Value = rapidjson::Value;

void Tab(std::string* out) { out->push_back('\t'); }
void Null(std::string* out) { out->append("\\N"); }

void Text(std::string* out, const Value* v) {
  if (v == nullptr || v->IsNull()) return Null(out);
  if (v->IsString()) return AppendCopyValue(out, std::string_view(v->GetString(), v->GetStringLength()));
  if (!json::NestsWithin(*v, 64)) return Null(out);  // not a field marsad writes: not kept
  rapidjson::StringBuffer b;
  rapidjson::Writer<rapidjson::StringBuffer> w(b);
  v->Accept(w);
  AppendCopyValue(out, b.GetString());
}
void Number(std::string* out, const Value* v) {
  if (v == nullptr || !v->IsNumber()) return Null(out);
  char buf[64];
  if (v->IsInt64()) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v->GetInt64()));
  } else if (v->IsUint64()) {
    std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(v->GetUint64()));
  } else {
    std::snprintf(buf, sizeof buf, "%.17g", v->GetDouble());
  }
  out->append(buf);
}
const Value* Get(const Value& o, const char* key) {
  if (!o.IsObject()) return nullptr;
  auto it = o.FindMember(key);
  return it == o.MemberEnd() ? nullptr : &it->value;
}
void Span(std::string* out, const Value& o) {
  const Value* s = Get(o, "start");
  const Value* e = Get(o, "end");
  if (s == nullptr || e == nullptr || !s->IsUint() || !e->IsUint()) return Null(out);
  out->append("[" + std::to_string(s->GetUint()) + "," + std::to_string(e->GetUint()) + ")");
}
void Point(std::string* out, const Value* lat, const Value* lon) {
  if (lat == nullptr || lon == nullptr || !lat->IsNumber() || !lon->IsNumber()) return Null(out);
  char buf[96];
  std::snprintf(buf, sizeof buf, "SRID=4326;POINT(%.6f %.6f)", lon->GetDouble(), lat->GetDouble());
  out->append(buf);
}
void Bool(std::string* out, const Value* v) {
  if (v == nullptr || !v->IsBool()) return Null(out);
  out->append(v->GetBool() ? "t" : "f");
}
size_t Count(const Value* a) { return a != nullptr && a->IsArray() ? a->Size() : 0; }
std::string_view StrOf(const Value* v) {
  return v != nullptr && v->IsString() ? std::string_view(v->GetString(), v->GetStringLength()) : std::string_view();
}

}  // namespace

void AppendCopyValue(std::string* out, std::string_view v) {
  for (char c : v) {
    switch (c) {
      case '\\': out->append("\\\\"); break;
      case '\t': out->append("\\t"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      default: out->push_back(c);
    }
  }
}

std::string SchemaSql() {
  std::string s = "CREATE EXTENSION IF NOT EXISTS postgis;\n";
  // Tables of an older marsad (two-column keys, dates as text) are not altered in place.
  s += "DO $$ BEGIN IF to_regclass('places') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
       "information_schema.columns WHERE table_name = 'places' AND column_name = 'fid' AND table_schema = "
       "current_schema()) THEN RAISE EXCEPTION 'the tables documents, places and events were made by an older "
       "marsad (two-column keys, dates as text): load into a new database, or DROP TABLE events, places, "
       "documents CASCADE first'; END IF; END $$;\n";
  s += std::string("CREATE TABLE IF NOT EXISTS documents (") + kDocumentDefs + ", PRIMARY KEY (doc_id));\n";
  for (const Table& t : kRowTables) {
    s += std::string("CREATE TABLE IF NOT EXISTS ") + t.name +
         " (fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, " + t.defs + ", UNIQUE (doc_id, idx), " +
         "FOREIGN KEY (doc_id) REFERENCES documents (doc_id) ON DELETE CASCADE);\n";
  }
  s += "CREATE INDEX IF NOT EXISTS places_geom_idx ON places USING gist (geom);\n";
  s += "CREATE INDEX IF NOT EXISTS places_geonameid_idx ON places (geonameid);\n";
  s += "CREATE INDEX IF NOT EXISTS events_geom_idx ON events USING gist (geom);\n";
  s += "CREATE INDEX IF NOT EXISTS events_date_idx ON events (event_date);\n";
  s += "CREATE INDEX IF NOT EXISTS actors_actor_idx ON actors (actor_id);\n";
  return s;
}

std::string StagingSql() {
  std::string s;
  s += std::string("CREATE TEMP TABLE marsad_stage_documents (ord bigint NOT NULL, ") + kDocumentDefs +
       ") ON COMMIT DROP;\n";
  for (const Table& t : kRowTables)
    s += std::string("CREATE TEMP TABLE marsad_stage_") + t.name + " (ord bigint NOT NULL, " + t.defs +
         ") ON COMMIT DROP;\n";
  return s;
}

const char* CopyDocumentsSql() {
  static const std::string s = std::string("COPY marsad_stage_documents (ord, ") + kDocumentCols + ") FROM STDIN";
  return s.c_str();
}
namespace {
const char* CopySql(size_t table) {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> v;
    for (const Table& t : kRowTables)
      v.push_back(std::string("COPY marsad_stage_") + t.name + " (ord, " + t.cols + ") FROM STDIN");
    return v;
  }();
  return all[table].c_str();
}
}  // namespace
const char* CopyPlacesSql() { return CopySql(0); }
const char* CopyEventsSql() { return CopySql(1); }
const char* CopyActorsSql() { return CopySql(2); }
const char* CopyQuantitiesSql() { return CopySql(3); }

std::string UpsertSql() {
  std::string s;
  s += "CREATE TEMP TABLE marsad_stage_last ON COMMIT DROP AS "
       "SELECT doc_id, max(ord) AS ord FROM marsad_stage_documents GROUP BY doc_id;\n";
  s += "DELETE FROM documents d USING marsad_stage_last l WHERE d.doc_id = l.doc_id;\n";
  s += std::string("INSERT INTO documents (") + kDocumentCols + ") SELECT " + kDocumentCols +
       " FROM marsad_stage_documents JOIN marsad_stage_last USING (doc_id, ord);\n";
  std::string truncate = "TRUNCATE marsad_stage_documents";
  for (const Table& t : kRowTables) {
    s += std::string("INSERT INTO ") + t.name + " (" + t.cols + ") SELECT " + t.cols + " FROM marsad_stage_" +
         t.name + " JOIN marsad_stage_last USING (doc_id, ord);\n";
    truncate += std::string(", marsad_stage_") + t.name;
  }
  s += "DROP TABLE marsad_stage_last;\n";
  s += truncate + ";\n";
  return s;
}

namespace {

// ACLED's admin1, the region's name: from the gazetteer when there is one (else null).
void Admin1Name(std::string* o, const gazetteer::Gazetteer* gaz, const Value* place) {
  std::string_view country = place ? StrOf(Get(*place, "country")) : std::string_view();
  std::string_view code = place ? StrOf(Get(*place, "admin1")) : std::string_view();
  int64_t a1 = gaz && !country.empty() && !code.empty() && code != "00" ? gaz->Admin1(country, code) : -1;
  if (a1 < 0) return Null(o);
  auto p = gaz->Place(static_cast<uint32_t>(a1));
  AppendCopyValue(o, p.name_en.empty() ? p.name : p.name_en);
}

void ActorRows(const Value& d, const Value* id, const std::string& ord_s, Rows* rows) {
  const Value* actors = Get(d, "actors");
  if (actors == nullptr || !actors->IsArray()) return;
  int idx = 0;
  for (const auto& a : actors->GetArray()) {
    std::string* o = &rows->actors;
    o->append(ord_s);
    Tab(o), Text(o, id);
    Tab(o), o->append(std::to_string(idx++));
    for (const char* k : {"id", "name", "name_ar", "type"}) Tab(o), Text(o, Get(a, k));
    Tab(o), Number(o, Get(a, "inter"));
    Tab(o), Text(o, Get(a, "country"));
    Tab(o), Bool(o, Get(a, "belligerent"));
    Tab(o), Number(o, Get(a, "confidence"));
    Tab(o), Text(o, Get(a, "surface"));
    Tab(o), Span(o, a);
    o->push_back('\n');
    ++rows->n_actors;
  }
}

void QuantityRows(const Value& d, const Value* id, const std::string& ord_s, Rows* rows) {
  const Value* qs = Get(d, "quantities");
  if (qs == nullptr || !qs->IsArray()) return;
  int idx = 0;
  for (const auto& q : qs->GetArray()) {
    std::string* o = &rows->quantities;
    o->append(ord_s);
    Tab(o), Text(o, id);
    Tab(o), o->append(std::to_string(idx++));
    Tab(o), Number(o, Get(q, "value"));
    for (const char* k : {"qualifier", "category", "of", "actor"}) Tab(o), Text(o, Get(q, k));
    const Value* cumulative = Get(q, "cumulative");
    Tab(o), o->append(cumulative != nullptr && cumulative->IsBool() && cumulative->GetBool() ? "t" : "f");
    Tab(o), Text(o, Get(q, "phrase"));
    Tab(o), Text(o, Get(q, "surface"));
    Tab(o), Span(o, q);
    o->push_back('\n');
    ++rows->n_quantities;
  }
}

}  // namespace

Status AppendRows(std::string_view record_json, uint64_t ord, Rows* rows, const gazetteer::Gazetteer* gaz) {
  rapidjson::Document d;
  d.Parse<json::kParseFlags>(record_json.data(), record_json.size());
  if (d.HasParseError() || !d.IsObject()) return InvalidInput("not a JSON object");
  const Value* id = Get(d, "id");
  if (id == nullptr || !id->IsString()) return InvalidInput("no string \"id\"");
  const std::string ord_s = std::to_string(ord);
  std::string* o = &rows->documents;
  const Value* places = Get(d, "places");
  const Value* events = Get(d, "events");
  o->append(ord_s);
  Tab(o), Text(o, id);
  Tab(o), Text(o, Get(d, "lang"));
  Tab(o), Text(o, Get(d, "published"));
  Tab(o), Text(o, Get(d, "url"));
  Tab(o), Text(o, Get(d, "source"));
  Tab(o), Number(o, Get(d, "line"));
  Tab(o), Text(o, Get(d, "error"));
  Tab(o), o->append(std::to_string(Count(places)));
  Tab(o), o->append(std::to_string(Count(events)));
  Tab(o), AppendCopyValue(o, record_json);
  o->push_back('\n');
  ++rows->n_documents;

  if (places != nullptr && places->IsArray()) {
    int idx = 0;
    for (const auto& p : places->GetArray()) {
      o = &rows->places;
      o->append(ord_s);
      Tab(o), Text(o, id);
      Tab(o), o->append(std::to_string(idx++));
      Tab(o), Text(o, Get(p, "surface"));
      Tab(o), Text(o, Get(p, "name"));
      Tab(o), Text(o, Get(p, "name_ar"));
      Tab(o), Number(o, Get(p, "geonameid"));
      Tab(o), Number(o, Get(p, "marsad_id"));
      const Value* fc = Get(p, "feature_class");
      const Value* fcode = Get(p, "feature_code");
      Tab(o);
      if (fc && fc->IsString() && fcode && fcode->IsString()) {
        AppendCopyValue(o, std::string(fc->GetString()) + "." + fcode->GetString());
      } else {
        Null(o);
      }
      Tab(o), Text(o, Get(p, "country"));
      Tab(o), Text(o, Get(p, "admin1"));
      Tab(o), Number(o, Get(p, "confidence"));
      Tab(o), Span(o, p);
      Tab(o), Point(o, Get(p, "lat"), Get(p, "lon"));
      o->push_back('\n');
      ++rows->n_places;
    }
  }
  if (events != nullptr && events->IsArray()) {
    int idx = 0;
    for (const auto& e : events->GetArray()) {
      o = &rows->events;
      const Value* place = Get(e, "place");
      const Value* a1 = Get(e, "actor1");
      const Value* a2 = Get(e, "actor2");
      const Value* lat = place ? Get(*place, "lat") : nullptr;
      const Value* lon = place ? Get(*place, "lon") : nullptr;
      o->append(ord_s);
      Tab(o), Text(o, id);
      Tab(o), o->append(std::to_string(idx++));
      Tab(o), Text(o, Get(e, "date"));
      Tab(o), Text(o, Get(e, "event_type"));
      Tab(o), Text(o, Get(e, "sub_event_type"));
      Tab(o), Text(o, a1 ? Get(*a1, "name") : nullptr);
      Tab(o), Number(o, a1 ? Get(*a1, "inter") : nullptr);
      Tab(o), Text(o, a2 ? Get(*a2, "name") : nullptr);
      Tab(o), Number(o, a2 ? Get(*a2, "inter") : nullptr);
      Tab(o), Text(o, place ? Get(*place, "country") : nullptr);
      Tab(o), Admin1Name(o, gaz, place);
      Tab(o), Text(o, place ? Get(*place, "admin1") : nullptr);
      Tab(o), Text(o, place ? Get(*place, "name") : nullptr);
      Tab(o), Number(o, place ? Get(*place, "geonameid") : nullptr);
      Tab(o), Number(o, lat);
      Tab(o), Number(o, lon);
      Tab(o), Number(o, Get(e, "fatalities"));
      Tab(o), Number(o, Get(e, "confidence"));
      Tab(o), Text(o, Get(e, "evidence"));
      Tab(o), Span(o, e);
      Tab(o), Point(o, lat, lon);
      o->push_back('\n');
      ++rows->n_events;
    }
  }
  ActorRows(d, id, ord_s, rows);
  QuantityRows(d, id, ord_s, rows);
  return Status::Ok();
}

}  // namespace marsad::pgsql
