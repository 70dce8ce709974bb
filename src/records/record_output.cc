// Merged records as JSON lines, ACLED CSV rows and PostGIS COPY rows (marsad/records.h,
// docs/merge.md).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdio>
#include <set>

#include "marsad/json_write.h"
#include "marsad/output.h"
#include "marsad/pgsql.h"
#include "marsad/records.h"

namespace marsad::records {
namespace {

using json::KeyStr;
using json::Str;
using Writer = json::Writer;

// "https://www.example.com/a/b" → "example.com": the outlet when the report names none.
std::string Host(std::string_view url) {
  size_t p = url.find("://");
  if (p == std::string_view::npos) return {};
  url.remove_prefix(p + 3);
  url = url.substr(0, url.find_first_of("/?#:"));
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  return std::string(url);
}

std::string SourceOf(const Report& r) { return r.source.empty() ? Host(r.url) : r.source; }

// Every outlet of the record, once each, sorted.
std::vector<std::string> Sources(const Record& rec) {
  std::set<std::string> s;
  for (const Report& r : rec.reports)
    if (std::string x = SourceOf(r); !x.empty()) s.insert(x);
  return {s.begin(), s.end()};
}

// The report whose actors the record takes: the one naming most (compatible reports' actor
// sets nest, so it names every actor any of them does), the lead first.
const Report& ActorsFrom(const Record& rec) {
  auto n = [](const Report& r) { return !r.actor1.empty() + !r.actor2.empty(); };
  const Report* best = &rec.reports[rec.lead];
  for (const Report& r : rec.reports)
    if (n(r) > n(*best)) best = &r;
  return *best;
}

void Actor(Writer& w, const char* key, const std::string& id, const std::string& name, int inter) {
  w.Key(key);
  if (id.empty()) {
    w.Null();
    return;
  }
  w.StartObject();
  KeyStr(w, "id", id);
  KeyStr(w, "name", name);
  w.Key("inter");
  w.Int(inter);
  w.EndObject();
}

void Place(Writer& w, const Report& r) {
  w.Key("place");
  if (r.place_key.empty()) {
    w.Null();
    return;
  }
  w.StartObject();
  KeyStr(w, "key", r.place_key);
  KeyStr(w, "name", r.place_name);
  KeyStr(w, "country", r.country);
  KeyStr(w, "admin1", r.admin1);
  KeyStr(w, "feature", r.feature);
  if (r.has_point) {
    json::KeyNum(w, "lat", r.lat, 5);
    json::KeyNum(w, "lon", r.lon, 5);
  }
  w.EndObject();
}

void Mention(Writer& w, const Report& r) {
  w.StartObject();
  KeyStr(w, "doc_id", r.doc_id);
  w.Key("event");
  w.Uint(r.index);
  if (std::string s = SourceOf(r); !s.empty()) KeyStr(w, "source", s);
  if (!r.url.empty()) KeyStr(w, "url", r.url);
  if (!r.published.empty()) KeyStr(w, "published", r.published);
  if (!r.lang.empty()) KeyStr(w, "lang", r.lang);
  KeyStr(w, "event_type", r.event_type);
  KeyStr(w, "sub_event_type", r.sub_event_type);
  Actor(w, "actor1", r.actor1, r.actor1_name, r.inter1);
  Actor(w, "actor2", r.actor2, r.actor2_name, r.inter2);
  Place(w, r);
  w.Key("date");
  if (r.date.empty()) w.Null(); else Str(w, r.date);
  if (!r.date_precision.empty()) KeyStr(w, "date_precision", r.date_precision);
  if (!r.date_source.empty()) KeyStr(w, "date_source", r.date_source);
  w.Key("fatalities");
  w.Uint64(r.fatalities);
  w.Key("toll_stated");
  w.Bool(r.toll_stated);
  if (!r.claimed_by_json.empty()) {
    w.Key("claimed_by");
    w.RawValue(r.claimed_by_json.data(), r.claimed_by_json.size(), rapidjson::kObjectType);
  }
  if (!r.notes.empty()) KeyStr(w, "notes", r.notes);
  KeyStr(w, "evidence", r.evidence);
  w.Key("start");
  w.Uint(r.spans.empty() ? 0 : r.spans[0].first);
  w.Key("end");
  w.Uint(r.spans.empty() ? 0 : r.spans[0].second);
  if (r.spans.size() > 1) {  // the other sentences of the article that report it
    w.Key("spans");
    w.StartArray();
    for (auto [s, e] : r.spans) {
      w.StartArray();
      w.Uint(s);
      w.Uint(e);
      w.EndArray();
    }
    w.EndArray();
  }
  json::KeyNum(w, "confidence", r.confidence, 3);
  w.EndObject();
}

std::string Fmt4(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

std::string PgArray(const std::vector<std::string>& v) {
  std::string s = "{";
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) s += ',';
    s += '"';
    for (char c : v[i]) {
      if (c == '"' || c == '\\') s += '\\';
      s += c;
    }
    s += '"';
  }
  return s + "}";
}

// The record's documents, each once, in the order of their first report: a record may hold
// two events of one article (an incident the extractor told twice, SplitIncident).
std::vector<std::string> DocIds(const Record& rec) {
  std::vector<std::string> v;
  for (const Report& r : rec.reports)
    if (std::find(v.begin(), v.end(), r.doc_id) == v.end()) v.push_back(r.doc_id);
  return v;
}

constexpr const char* kRecordCols =
    "record_id, event_date, date_last, time_precision, event_type, sub_event_type, actor1, inter1, actor2, inter2, "
    "country, admin1, location, place_key, latitude, longitude, fatalities, fatalities_rule, n_reports, sources, "
    "doc_ids, record, geom";
constexpr const char* kRecordDefs =
    "record_id text PRIMARY KEY, event_date text, date_last text, time_precision integer, event_type text, "
    "sub_event_type text, actor1 text, inter1 integer, actor2 text, inter2 integer, country text, admin1 text, "
    "location text, place_key text, latitude double precision, longitude double precision, fatalities integer, "
    "fatalities_rule text, n_reports integer, sources text[], doc_ids text[], record jsonb, "
    "geom geometry(Point,4326)";

}  // namespace

std::string RecordJson(const Record& rec) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  const Report& lead = rec.reports[rec.lead];
  const Report& act = ActorsFrom(rec);
  w.StartObject();
  KeyStr(w, "record_id", rec.record_id);
  w.Key("event_date");
  if (rec.event_date.empty()) w.Null(); else Str(w, rec.event_date);
  if (rec.date_last != rec.event_date) KeyStr(w, "date_last", rec.date_last);
  w.Key("time_precision");
  w.Int(rec.time_precision);
  KeyStr(w, "event_type", lead.event_type);
  KeyStr(w, "sub_event_type", lead.sub_event_type);
  Actor(w, "actor1", act.actor1, act.actor1_name, act.inter1);
  Actor(w, "actor2", act.actor2, act.actor2_name, act.inter2);
  Place(w, lead);
  w.Key("fatalities");
  w.Uint64(rec.toll.fatalities);
  KeyStr(w, "fatalities_rule", rec.toll.rule);
  w.Key("n_reports");
  w.Uint64(rec.reports.size());
  w.Key("sources");
  w.StartArray();
  for (const auto& s : Sources(rec)) Str(w, s);
  w.EndArray();
  w.Key("doc_ids");
  w.StartArray();
  for (const auto& d : DocIds(rec)) Str(w, d);
  w.EndArray();
  w.Key("mentions");
  w.StartArray();
  for (const Report& r : rec.reports) Mention(w, r);
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

std::string RecordsAcledHeader() { return output::AcledHeader(); }

std::string RecordAcledRow(const Record& rec, const events::ProvenanceDictionaries& pd) {
  const Report& lead = rec.reports[rec.lead];
  const Report& act = ActorsFrom(rec);
  const events::CountryInfo* c = pd.Country(lead.country);
  int i1 = act.actor1.empty() ? 0 : act.inter1, i2 = act.actor2.empty() ? 0 : act.inter2;
  int interaction = i1 && i2 ? std::min(i1, i2) * 10 + std::max(i1, i2) : (i1 ? i1 * 10 : i2 * 10);
  bool civ = lead.event_type != "Strategic developments" && lead.event_type != "Protests" && i2 == 7;
  std::string sources;
  for (const auto& s : Sources(rec)) sources += (sources.empty() ? "" : "; ") + s;
  int geo_precision = lead.place_key.empty() ? 0 : lead.place_from_focus ? 2 : lead.feature[0] == 'A' ? 3 : 1;
  std::vector<std::string> f = {
      (c ? c->iso3 : lead.country) + "-" + rec.record_id,
      rec.event_date,
      rec.event_date.substr(0, 4),
      rec.time_precision ? std::to_string(rec.time_precision) : "",
      output::AcledDisorderType(lead.event_type, lead.sub_event_type),
      lead.event_type,
      lead.sub_event_type,
      act.actor1_name,
      "",
      i1 ? std::to_string(i1) : "",
      act.actor2_name,
      "",
      i2 ? std::to_string(i2) : "",
      interaction ? std::to_string(interaction) : "",
      civ ? "Civilian targeting" : "",
      c ? std::to_string(c->numeric) : "",
      c ? c->region : "",
      c ? c->name : lead.country,
      "",
      "",
      "",
      lead.place_name,
      lead.has_point ? Fmt4(lead.lat) : "",
      lead.has_point ? Fmt4(lead.lon) : "",
      geo_precision ? std::to_string(geo_precision) : "",
      sources,
      "",
      lead.notes.empty() ? lead.evidence : lead.notes,
      std::to_string(rec.toll.fatalities),
      "reports=" + std::to_string(rec.reports.size()) + "; fatalities: " + rec.toll.rule,
      "",
      lead.evidence};
  std::string line;
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) line += ',';
    line += output::CsvField(f[i]);
  }
  return line;
}

std::string RecordsSchemaSql() {
  std::string s = "CREATE EXTENSION IF NOT EXISTS postgis;\n";
  s += std::string("CREATE TABLE IF NOT EXISTS records (") + kRecordDefs + ");\n";
  s += "CREATE INDEX IF NOT EXISTS records_geom_idx ON records USING gist (geom);\n";
  s += "CREATE INDEX IF NOT EXISTS records_doc_ids_idx ON records USING gin (doc_ids);\n";
  return s;
}

std::string RecordsLoadBegin() {
  return std::string("BEGIN;\nCREATE TEMP TABLE marsad_stage_records (") + kRecordDefs +
         ") ON COMMIT DROP;\nCOPY marsad_stage_records (" + kRecordCols + ") FROM STDIN;\n";
}

std::string RecordsLoadEnd() {
  // A record sharing a document with a loaded one is superseded by the new merge.
  return "\\.\n"
         "DELETE FROM records r WHERE r.doc_ids && (SELECT coalesce(array_agg(DISTINCT d), '{}') "
         "FROM marsad_stage_records s, unnest(s.doc_ids) d);\n"
         "DELETE FROM records r USING marsad_stage_records s WHERE r.record_id = s.record_id;\n" +
         std::string("INSERT INTO records (") + kRecordCols + ") SELECT " + kRecordCols +
         " FROM marsad_stage_records;\nCOMMIT;\n";
}

std::string RecordCopyRow(const Record& rec) {
  const Report& lead = rec.reports[rec.lead];
  const Report& act = ActorsFrom(rec);
  std::string o;
  auto text = [&](std::string_view v) {
    if (v.empty()) o += "\\N";
    else pgsql::AppendCopyValue(&o, v);
    o += '\t';
  };
  auto num = [&](long long v, bool present) {
    o += present ? std::to_string(v) : "\\N";
    o += '\t';
  };
  text(rec.record_id);
  text(rec.event_date);
  text(rec.date_last);
  num(rec.time_precision, rec.time_precision != 0);
  text(lead.event_type);
  text(lead.sub_event_type);
  text(act.actor1_name);
  num(act.inter1, !act.actor1.empty());
  text(act.actor2_name);
  num(act.inter2, !act.actor2.empty());
  text(lead.country);
  text(lead.admin1);
  text(lead.place_name);
  text(lead.place_key);
  text(lead.has_point ? Fmt4(lead.lat) : "");
  text(lead.has_point ? Fmt4(lead.lon) : "");
  num(static_cast<long long>(rec.toll.fatalities), true);
  text(rec.toll.rule);
  num(static_cast<long long>(rec.reports.size()), true);
  text(PgArray(Sources(rec)));
  text(PgArray(DocIds(rec)));
  text(RecordJson(rec));
  if (lead.has_point) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "SRID=4326;POINT(%.6f %.6f)", lead.lon, lead.lat);
    o += buf;
  } else {
    o += "\\N";
  }
  return o;
}

Status WriteRecords(Merger& m, std::string_view format, const events::ProvenanceDictionaries& pd, std::FILE* out) {
  auto put = [&](const std::string& s) {
    std::fwrite(s.data(), 1, s.size(), out);
    std::fputc('\n', out);
  };
  if (format == "acled") put(RecordsAcledHeader());
  if (format == "pgsql") {
    std::fputs("-- marsad merge --format pgsql: load with  psql -q -v ON_ERROR_STOP=1 -f FILE URL\n", out);
    std::fputs((RecordsSchemaSql() + RecordsLoadBegin()).c_str(), out);
  }
  Status st = m.Finish([&](const Record& r) {
    put(format == "acled" ? RecordAcledRow(r, pd) : format == "pgsql" ? RecordCopyRow(r) : RecordJson(r));
    return std::ferror(out) ? IoError("cannot write the output (disk full?)") : Status::Ok();
  });
  if (format == "pgsql") std::fputs(RecordsLoadEnd().c_str(), out);
  return st;
}

}  // namespace marsad::records
