// The writers behind every surface (marsad/output.h): what goes before, between and after
// the documents of each format.
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstdio>

#include "marsad/output.h"
#include "marsad/pgsql.h"

namespace marsad::output {

Result<Format> ParseFormat(std::string_view name) {
  for (size_t i = 0; i < std::size(kFormatNames); ++i)
    if (name == kFormatNames[i]) return static_cast<Format>(i);
  std::string all;
  for (const char* n : kFormatNames) all += (all.empty() ? "" : ", ") + std::string(n);
  return InvalidInput("format must be one of " + all + ", not \"" + std::string(name) + "\"");
}

const char* FormatName(Format f) { return kFormatNames[static_cast<size_t>(f)]; }

const char* ContentType(Format f, bool one_document) {
  switch (f) {
    case Format::kGeoJson:
      return "application/geo+json; charset=utf-8";
    case Format::kAcled:
      return "text/csv; charset=utf-8";
    case Format::kPgsql:
      return "application/sql; charset=utf-8";
    case Format::kCsv:
      return "text/csv; charset=utf-8";
    case Format::kSummary:
      return "text/plain; charset=utf-8";
    case Format::kJson:
    case Format::kCliff:
      break;
  }
  return one_document ? "application/json; charset=utf-8" : "application/x-ndjson; charset=utf-8";
}

namespace {

// `--pretty`: the record indented by two spaces, one member a line (the same values: the
// numbers are parsed at full precision and written back shortest).
std::string Indented(const std::string& json) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseFullPrecisionFlag>(json.data(), json.size());
  if (d.HasParseError()) return json;
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  w.SetIndent(' ', 2);
  d.Accept(w);
  return {buf.GetString(), buf.GetSize()};
}

// A format of one line per document: json and cliff.
class LinesWriter : public FormatWriter {
 public:
  using FormatWriter::FormatWriter;
  void Write(pipeline::Rendered& r, std::string* out, std::string*) override {
    out->append(r.out);
    out->push_back('\n');
  }
};

class JsonWriter : public LinesWriter {
 public:
  JsonWriter(const Resources& res, const ExtractOptions& opt, bool pretty)
      : LinesWriter(Format::kJson), res_(res), opt_(opt), pretty_(pretty) {}
  void Render(const Extraction& x, uint64_t, pipeline::Rendered* r) const override {
    r->out = JsonRecord(x, res_, opt_);
    if (pretty_) r->out = Indented(r->out);
  }
  void RenderError(const Document& doc, const std::string& message, uint64_t, pipeline::Rendered* r) const override {
    r->out = ErrorRecord(doc, message);
    if (pretty_) r->out = Indented(r->out);
  }

 private:
  const Resources& res_;
  const ExtractOptions opt_;
  const bool pretty_;
};

class CliffWriter : public LinesWriter {
 public:
  CliffWriter(const Resources& res, WriterOptions w) : LinesWriter(Format::kCliff), res_(res), w_(std::move(w)) {}
  void Render(const Extraction& x, uint64_t, pipeline::Rendered* r) const override {
    r->out = CliffJson(x, res_.gazetteer, w_.cliff_milliseconds, w_.version, Id(x.doc), &res_.event_dicts);
    if (w_.pretty) r->out = Indented(r->out);
  }
  void RenderError(const Document& doc, const std::string& message, uint64_t, pipeline::Rendered* r) const override {
    r->out = CliffError(message, w_.version, Id(doc));
    if (w_.pretty) r->out = Indented(r->out);
  }

 private:
  std::string Id(const Document& doc) const { return w_.cliff_ids ? ValidUtf8(doc.id) : std::string(); }
  const Resources& res_;
  const WriterOptions w_;
};

// CSV has no place for an error record: it goes to stderr (or the HTTP error count).
class CsvRowsWriter : public FormatWriter {
 public:
  using FormatWriter::FormatWriter;
  void RenderError(const Document& doc, const std::string& message, uint64_t, pipeline::Rendered* r) const override {
    r->err = ErrorRecord(doc, message);
  }
  void Write(pipeline::Rendered& r, std::string* out, std::string* err) override {
    out->append(r.out);
    if (!r.err.empty()) err->append(r.err + "\n");
  }
};

class AcledWriter : public CsvRowsWriter {
 public:
  explicit AcledWriter(const Resources& res) : CsvRowsWriter(Format::kAcled), res_(res) {}
  std::string Begin() const override { return AcledHeader() + "\n"; }
  void Render(const Extraction& x, uint64_t, pipeline::Rendered* r) const override {
    AcledContext ctx{x.doc.id, x.outlet.name, x.doc.published, x.outlet.scale};
    const std::string focus = FocusCountry(x.geo, res_.gazetteer);
    const EventContext c{x.events, res_.event_dicts, &res_.provenance, x.text, x.geo, &res_.gazetteer, focus};
    for (const auto& row : AcledRows(c, ctx)) r->out += row + "\n";
  }

 private:
  const Resources& res_;
};

// One row per place mention; error records go to stderr, as for acled.
class PlacesCsvWriter : public CsvRowsWriter {
 public:
  PlacesCsvWriter(const Resources& res, const ExtractOptions& opt) : CsvRowsWriter(Format::kCsv), res_(res), opt_(opt) {}
  std::string Begin() const override { return PlacesCsvHeader() + "\n"; }
  void Render(const Extraction& x, uint64_t, pipeline::Rendered* r) const override {
    r->out = PlacesCsvRows(JsonRecord(x, res_, opt_));
  }

 private:
  const Resources& res_;
  const ExtractOptions opt_;
};

// The terminal view of each document, then (for more than one) the totals.
class SummaryWriter : public FormatWriter {
 public:
  SummaryWriter(const Resources& res, const ExtractOptions& opt, int width)
      : FormatWriter(Format::kSummary), res_(res), opt_(opt), width_(width) {}
  void Render(const Extraction& x, uint64_t, pipeline::Rendered* r) const override {
    r->extra = JsonRecord(x, res_, opt_);
  }
  void RenderError(const Document& doc, const std::string& message, uint64_t, pipeline::Rendered* r) const override {
    r->extra = ErrorRecord(doc, message);
  }
  // Here, not in Render: the totals are summed in input order on one thread.
  void Write(pipeline::Rendered& r, std::string* out, std::string*) override {
    const auto* record = std::any_cast<std::string>(&r.extra);
    if (record == nullptr) return;
    auto text = SummaryText(*record, width_, &totals_);
    if (text.ok()) out->append(*text);
  }
  std::string End() override { return totals_.docs > 1 ? SummaryFooter(totals_, width_) : std::string(); }

 private:
  const Resources& res_;
  const ExtractOptions opt_;
  const int width_;
  SummaryTotals totals_;
};

// A psql script: the schema and staging tables, then COPY blocks of about 8 MiB, each
// followed by the upsert, then COMMIT. Error records become document rows with their error.
class PgsqlWriter : public FormatWriter {
 public:
  PgsqlWriter(const Resources& res, const ExtractOptions& opt) : FormatWriter(Format::kPgsql), res_(res), opt_(opt) {}
  std::string Begin() const override {
    return std::string("-- marsad extract --format pgsql: load with  psql -q -v ON_ERROR_STOP=1 -f FILE URL\n"
                       "-- (or pipe it into psql). Re-loading the same documents replaces them.\n"
                       "\\set ON_ERROR_STOP on\nSET client_encoding = 'UTF8';\nSET client_min_messages = warning;\n"
                       "BEGIN;\n") +
           pgsql::SchemaSql() + pgsql::StagingSql();
  }
  void Render(const Extraction& x, uint64_t seq, pipeline::Rendered* r) const override {
    Rows(JsonRecord(x, res_, opt_), seq, r);
  }
  void RenderError(const Document& doc, const std::string& message, uint64_t seq, pipeline::Rendered* r) const override {
    Rows(ErrorRecord(doc, message), seq, r);
  }
  void Write(pipeline::Rendered& r, std::string* out, std::string*) override {
    const auto* rows = std::any_cast<pgsql::Rows>(&r.extra);
    if (rows == nullptr) return;
    pg_.documents += rows->documents;
    pg_.places += rows->places;
    pg_.events += rows->events;
    pg_.actors += rows->actors;
    pg_.quantities += rows->quantities;
    pg_.n_documents += rows->n_documents;
    if (pg_.documents.size() + pg_.places.size() > (8u << 20)) Flush(out);
  }
  std::string End() override {
    std::string out;
    Flush(&out);
    return out + "COMMIT;\n";
  }

 private:
  void Rows(const std::string& record, uint64_t seq, pipeline::Rendered* r) const {
    pgsql::Rows rows;
    // Our own records: always an object with an id.
    (void)pgsql::AppendRows(record, seq, &rows, &res_.gazetteer);
    r->extra = std::move(rows);
  }
  void Flush(std::string* out) {
    if (pg_.n_documents == 0) return;
    auto block = [&](const char* copy, const std::string& rows) {
      *out += copy;
      *out += ";\n";
      *out += rows;
      *out += "\\.\n";
    };
    block(pgsql::CopyDocumentsSql(), pg_.documents);
    block(pgsql::CopyPlacesSql(), pg_.places);
    block(pgsql::CopyEventsSql(), pg_.events);
    block(pgsql::CopyActorsSql(), pg_.actors);
    block(pgsql::CopyQuantitiesSql(), pg_.quantities);
    *out += pgsql::UpsertSql();
    pg_.clear();
  }
  const Resources& res_;
  const ExtractOptions opt_;
  pgsql::Rows pg_;
};

// One FeatureCollection; error records are kept for a foreign member "errors" at the end
// (RFC 7946 section 6.1), so the output stays one valid GeoJSON object.
class GeoJsonWriter : public FormatWriter {
 public:
  GeoJsonWriter(const Resources& res, bool events) : FormatWriter(Format::kGeoJson), res_(res), events_(events) {}
  std::string Begin() const override { return "{\"type\":\"FeatureCollection\",\"features\":[\n"; }
  void Render(const Extraction& x, uint64_t, pipeline::Rendered* r) const override {
    r->out = GeoJsonFeatures(x, res_, events_);
  }
  void RenderError(const Document& doc, const std::string& message, uint64_t, pipeline::Rendered* r) const override {
    r->err = ErrorRecord(doc, message);
  }
  void Write(pipeline::Rendered& r, std::string* out, std::string*) override {
    if (!r.err.empty()) errors_ += (errors_.empty() ? "\n" : ",\n") + r.err;
    if (r.out.empty()) return;
    if (features_) out->append(",\n");
    out->append(r.out);
    features_ = true;
  }
  std::string End() override { return std::string(features_ ? "\n" : "") + "],\"errors\":[" + errors_ + "]}\n"; }

 private:
  const Resources& res_;
  const bool events_;
  bool features_ = false;
  std::string errors_;
};

}  // namespace

std::string SingleDocument(FormatWriter& w, pipeline::Rendered& r) {
  if (w.format() == Format::kJson || w.format() == Format::kCliff) return std::move(r.out);
  std::string out = w.Begin(), err;
  w.Write(r, &out, &err);
  return out + w.End();
}

std::unique_ptr<FormatWriter> MakeWriter(Format f, const Resources& res, const ExtractOptions& opt, WriterOptions wopt) {
  switch (f) {
    case Format::kGeoJson:
      return std::make_unique<GeoJsonWriter>(res, wopt.geojson_events);
    case Format::kCliff:
      return std::make_unique<CliffWriter>(res, std::move(wopt));
    case Format::kAcled:
      return std::make_unique<AcledWriter>(res);
    case Format::kPgsql:
      return std::make_unique<PgsqlWriter>(res, opt);
    case Format::kCsv:
      return std::make_unique<PlacesCsvWriter>(res, opt);
    case Format::kSummary:
      return std::make_unique<SummaryWriter>(res, opt, wopt.width);
    case Format::kJson:
      break;
  }
  return std::make_unique<JsonWriter>(res, opt, wopt.pretty);
}

}  // namespace marsad::output
