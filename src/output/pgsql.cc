// JSON output records → PostGIS COPY rows, and the SQL around them (include/marsad/pgsql.h).
#include "marsad/pgsql.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>

#include "marsad/json_read.h"

namespace marsad::pgsql {

namespace {

// Column lists, shared by the tables and their staging twins (which add `ord` first).
constexpr const char* kDocumentCols =
    "doc_id, lang, published, url, source, line, error, n_places, n_events, record";
constexpr const char* kPlaceCols =
    "doc_id, idx, surface, name, name_ar, geonameid, marsad_id, feature, country, admin1, confidence, "
    "span, geom";
constexpr const char* kEventCols =
    "doc_id, idx, event_date, event_type, sub_event_type, actor1, inter1, actor2, inter2, country, "
    "location, geonameid, latitude, longitude, fatalities, confidence, evidence, span, geom";

constexpr const char* kDocumentDefs =
    "doc_id text NOT NULL, lang text, published text, url text, source text, line bigint, "
    "error text, n_places integer, n_events integer, record jsonb";
constexpr const char* kPlaceDefs =
    "doc_id text NOT NULL, idx integer NOT NULL, surface text, name text, name_ar text, geonameid bigint, "
    "marsad_id bigint, feature text, country text, admin1 text, confidence real, span int4range, "
    "geom geometry(Point,4326)";
constexpr const char* kEventDefs =
    "doc_id text NOT NULL, idx integer NOT NULL, event_date text, event_type text, sub_event_type text, "
    "actor1 text, inter1 integer, actor2 text, inter2 integer, country text, location text, "
    "geonameid bigint, latitude double precision, longitude double precision, fatalities integer, "
    "confidence real, evidence text, span int4range, geom geometry(Point,4326)";

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
size_t Count(const Value* a) { return a != nullptr && a->IsArray() ? a->Size() : 0; }

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
  s += std::string("CREATE TABLE IF NOT EXISTS documents (") + kDocumentDefs + ", PRIMARY KEY (doc_id));\n";
  s += std::string("CREATE TABLE IF NOT EXISTS places (") + kPlaceDefs +
       ", PRIMARY KEY (doc_id, idx), FOREIGN KEY (doc_id) REFERENCES documents (doc_id) ON DELETE CASCADE);\n";
  s += std::string("CREATE TABLE IF NOT EXISTS events (") + kEventDefs +
       ", PRIMARY KEY (doc_id, idx), FOREIGN KEY (doc_id) REFERENCES documents (doc_id) ON DELETE CASCADE);\n";
  s += "CREATE INDEX IF NOT EXISTS places_geom_idx ON places USING gist (geom);\n";
  s += "CREATE INDEX IF NOT EXISTS places_geonameid_idx ON places (geonameid);\n";
  s += "CREATE INDEX IF NOT EXISTS events_geom_idx ON events USING gist (geom);\n";
  return s;
}

std::string StagingSql() {
  std::string s;
  s += std::string("CREATE TEMP TABLE marsad_stage_documents (ord bigint NOT NULL, ") + kDocumentDefs +
       ") ON COMMIT DROP;\n";
  s += std::string("CREATE TEMP TABLE marsad_stage_places (ord bigint NOT NULL, ") + kPlaceDefs + ") ON COMMIT DROP;\n";
  s += std::string("CREATE TEMP TABLE marsad_stage_events (ord bigint NOT NULL, ") + kEventDefs + ") ON COMMIT DROP;\n";
  return s;
}

const char* CopyDocumentsSql() {
  static const std::string s = std::string("COPY marsad_stage_documents (ord, ") + kDocumentCols + ") FROM STDIN";
  return s.c_str();
}
const char* CopyPlacesSql() {
  static const std::string s = std::string("COPY marsad_stage_places (ord, ") + kPlaceCols + ") FROM STDIN";
  return s.c_str();
}
const char* CopyEventsSql() {
  static const std::string s = std::string("COPY marsad_stage_events (ord, ") + kEventCols + ") FROM STDIN";
  return s.c_str();
}

std::string UpsertSql() {
  std::string s;
  s += "CREATE TEMP TABLE marsad_stage_last ON COMMIT DROP AS "
       "SELECT doc_id, max(ord) AS ord FROM marsad_stage_documents GROUP BY doc_id;\n";
  s += "DELETE FROM documents d USING marsad_stage_last l WHERE d.doc_id = l.doc_id;\n";
  s += std::string("INSERT INTO documents (") + kDocumentCols + ") SELECT " + kDocumentCols +
       " FROM marsad_stage_documents JOIN marsad_stage_last USING (doc_id, ord);\n";
  s += std::string("INSERT INTO places (") + kPlaceCols + ") SELECT " + kPlaceCols +
       " FROM marsad_stage_places JOIN marsad_stage_last USING (doc_id, ord);\n";
  s += std::string("INSERT INTO events (") + kEventCols + ") SELECT " + kEventCols +
       " FROM marsad_stage_events JOIN marsad_stage_last USING (doc_id, ord);\n";
  s += "DROP TABLE marsad_stage_last;\n";
  s += "TRUNCATE marsad_stage_documents, marsad_stage_places, marsad_stage_events;\n";
  return s;
}

Status AppendRows(std::string_view record_json, uint64_t ord, Rows* rows) {
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
  return Status::Ok();
}

}  // namespace marsad::pgsql
