// Output layer (src/output): one streaming writer per format, all from an Extraction
// (marsad/extract.h), shared by `marsad extract`, the HTTP API and the CLIFF endpoint
// (docs/output-schema.md, docs/http-api.md).
//
//   json     one JSON record a line (JSONL); error records {"id","source","line","error"}
//   geojson  one RFC 7946 FeatureCollection: a Point feature per resolved place mention
//            (lon, lat), and with events = true one per located event
//   cliff    one CLIFF /parse/text response a line (docs/cliff-compat.md)
//   acled    ACLED-style CSV (RFC 4180), one row per event, after a header line
//   pgsql    a psql script of COPY rows for PostGIS (marsad/pgsql.h)
//   csv      CSV, one row per place mention, after a header line
//   summary  the terminal view of `marsad show` (text, cut to 80 columns)
//
// A FormatWriter is a pipeline::Sink: Render (thread-safe) turns one document into text on a
// worker, Write (one thread, input order) appends it to the output; Begin and End are the
// text before the first and after the last document. Rendering is deterministic: the same
// documents give the same bytes whatever the thread count.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/events.h"
#include "marsad/extract.h"
#include "marsad/pipeline.h"
#include "marsad/provenance.h"
#include "marsad/status.h"

namespace marsad::output {

enum class Format { kJson, kGeoJson, kCliff, kAcled, kPgsql, kCsv, kSummary };

// "json", "geojson", "cliff", "acled", "pgsql", "csv", "summary"; the error lists them.
Result<Format> ParseFormat(std::string_view name);
const char* FormatName(Format f);
inline constexpr const char* kFormatNames[] = {"json", "geojson", "cliff", "acled", "pgsql", "csv", "summary"};
// The media type of an output in this format (HTTP Content-Type): json and cliff are one
// JSON object for one document, JSON lines for several.
const char* ContentType(Format f, bool one_document);

// ---------------------------------------------------------------- json
// The record of one document (one line of JSON, no trailing newline); `opt` says whether
// events and --explain candidates are written.
std::string JsonRecord(const Extraction& x, const Resources& res, const ExtractOptions& opt);
// {"id","source"?,"line"?,"error"}: a document that could not be processed.
std::string ErrorRecord(const Document& doc, const std::string& message);

// ---------------------------------------------------------------- cliff
// CLIFF's /parse/text answer: {"results":{"organizations":[],"people":[],"places":
// {"mentions":[…],"focus":{"countries","states","cities"}}},"status":"ok",
// "milliseconds":N,"version":"…"} with CLIFF's field names (id, name, lat, lon,
// countryCode, countryGeoNameId, stateCode, stateGeoNameId, featureClass, featureCode,
// population, confidence|score, source{charIndex,string}). charIndex is counted in
// UTF-16 code units (CLIFF is Java). `doc_id` non-empty adds "id" (marsad's, not CLIFF's),
// for outputs of many documents. With `dicts`, "organizations" lists the actors found
// ({"count","name"}, canonical English names); "people" stays empty (no person names).
std::string CliffJson(const Extraction& x, const gazetteer::Gazetteer& gaz, long milliseconds,
                      std::string_view version, std::string_view doc_id = {},
                      const events::Dictionaries* dicts = nullptr);
// CLIFF's /geonames?id= answer for the place at `place` (a gazetteer index):
// {"results":{place fields…,"parent":{its admin1 region,"parent":{its country}}},
// "status":"ok","version":…}.
std::string CliffGeoname(const gazetteer::Gazetteer& gaz, int64_t place, std::string_view version);
// CLIFF's error shape: {"status":"error","details":message,"version":…}.
std::string CliffError(std::string_view message, std::string_view version, std::string_view doc_id = {});

// ---------------------------------------------------------------- acled
// ACLED's columns, in order (event_id_cnty … timestamp).
const std::vector<std::string>& AcledColumns();
// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled.
std::string CsvField(std::string_view s);
// The header line (no trailing newline).
std::string AcledHeader();
// What an event's record is made from: its document's events, places and text, the
// dictionaries, and (may be null) the gazetteer and the record dictionaries.
struct EventContext {
  const events::EventResult& events;
  const events::Dictionaries& dicts;
  const events::ProvenanceDictionaries* provenance;
  const text::Utf8Text& text;
  const geo::GeoResult& geo;
  const gazetteer::Gazetteer* gaz;
  std::string_view focus_country;  // ISO alpha-2 of the article's focus, may be empty
};
// The focus country of a parsed document (its first focus country, city or admin1).
std::string FocusCountry(const geo::GeoResult& geo, const gazetteer::Gazetteer& gaz);

// An event's place as ACLED codes it. `country` falls back to the article's focus country,
// then to actor 1's or actor 2's country, when the event has no place in a country.
struct EventPlace {
  std::string country;  // ISO alpha-2, may be empty
  const events::CountryInfo* info = nullptr;  // ACLED's name, iso, region (countries.tsv)
  std::string location, admin1;
  bool location_is_country = false;
  double lat = 0, lon = 0;
  bool has_coordinates = false;
  int geo_precision = 0;
};
EventPlace PlaceOf(const EventContext& c, const events::Event& e);

// The English note of an event, in ACLED's register, from the record's fields only: "On 14
// October 2017, Syrian Democratic Forces and Islamic State reached an agreement in Ayn
// Issa (Ar-Raqqa) (according to a private source of Raqqa24). Reported: about 150
// fighters (according to …). Fatalities: 0."
std::string EventNote(const EventContext& c, const events::Event& e);

// ACLED's disorder_type of an event type and sub-event type.
std::string AcledDisorderType(std::string_view event_type, std::string_view sub_event_type = {});

struct AcledContext {
  std::string doc_id, source, published;
  std::string source_scale;
};
// One CSV line per event (no trailing newline), place fields from the gazetteer.
std::vector<std::string> AcledRows(const EventContext& c, const AcledContext& ctx);

// ---------------------------------------------------------------- geojson
// The features of one document (Feature objects separated by ",\n", no brackets); empty
// when nothing is located. Place features: geometry Point [lon, lat] (5 decimals); the
// properties are the place's fields of the JSON record plus doc_id, kind "place", mention
// (index into the record's "places"), start, end, surface. Event features (events = true):
// kind "event", the place of the event, event_type, sub_event_type, date, fatalities,
// actor1, actor2, evidence.
std::string GeoJsonFeatures(const Extraction& x, const Resources& res, bool events);

// ---------------------------------------------------------------- csv
// One row per place mention (RFC 4180, header first): id (the document's), start, end,
// surface, name, geonameid, lat, lon, feature_class, feature_code, country, admin1,
// confidence; empty fields for what is unknown, so every column reads as one type. The rows
// are read off the document's JSON record, so both formats give the same values.
std::string PlacesCsvHeader();
std::string PlacesCsvRows(std::string_view json_record);

// ---------------------------------------------------------------- summary
// The terminal view (`marsad show`, `extract --summary`): per document its places grouped
// by resolution, events as ACLED-style lines, counts and dates, each line cut to `width`
// columns; text in logical order. Totals collect what the footer of many documents says.
struct SummaryTotals {
  size_t docs = 0, errors = 0, places = 0, events = 0;
  long fatalities = 0;
  std::string first_date, last_date;
  std::map<std::string, size_t> event_types;
  void Date(const std::string& d);
};
// `record`: one JSON record or error record of `extract --format json`.
Result<std::string> SummaryText(std::string_view record, int width, SummaryTotals* totals);
std::string SummaryFooter(const SummaryTotals& t, int width);

// ---------------------------------------------------------------- writers
struct WriterOptions {
  bool geojson_events = false;  // geojson: events as features too
  bool cliff_ids = true;        // cliff: each line carries the document id
  long cliff_milliseconds = 0;  // cliff: the "milliseconds" written (0 keeps outputs reproducible)
  std::string version = "0";    // cliff: the "version" written
  bool pretty = false;          // json, cliff: indented, one object over many lines
  int width = 80;               // summary: the terminal's columns
};

class FormatWriter : public pipeline::Sink {
 public:
  virtual std::string Begin() const { return {}; }
  // After the last document (and, for formats that keep errors, the errors).
  virtual std::string End() { return {}; }
  Format format() const { return format_; }

 protected:
  explicit FormatWriter(Format f) : format_(f) {}

 private:
  Format format_;
};

std::unique_ptr<FormatWriter> MakeWriter(Format f, const Resources& res, const ExtractOptions& opt,
                                   WriterOptions wopt = {});

// The whole output for one rendered document: for json and cliff the one object (no
// newline), for the other formats Begin, the document and End.
std::string SingleDocument(FormatWriter& w, pipeline::Rendered& r);

}  // namespace marsad::output
