// The extraction endpoints of `marsad serve`: /v1/extract, /v1/extract/batch and the
// CLIFF-compatible /parse/text. The work runs on the pipeline's WorkerPool, the output is
// written by the output layer's writers (docs/http-api.md).
#include "marsad/pubdate.h"
#include "marsad/tsv.h"
#include "server_impl.h"

namespace marsad::server {

Result<Server::Impl::RequestSpec> Server::Impl::RequestOptions(const httplib::Request& req) const {
  RequestSpec spec;
  if (req.has_param("format")) {
    auto f = output::ParseFormat(req.get_param_value("format"));
    if (!f.ok()) return f.status();
    spec.format = *f;
  }
  spec.w.geojson_events = ParamTrue(req, "geojson_events");
  if (spec.w.geojson_events && spec.format != output::Format::kGeoJson)
    return InvalidInput("geojson_events goes with format=geojson");
  spec.w.version = opt.version;
  ExtractOptions& o = spec.opt;
  if (req.has_param("lang")) {
    o.lang = req.get_param_value("lang");
    if (o.lang != "auto" && o.lang != "ar" && o.lang != "en")
      return InvalidInput("lang must be auto, ar or en, not \"" + o.lang + "\"");
  }
  std::string utf8 = req.has_param("utf8") ? req.get_param_value("utf8") : "strict";
  if (utf8 != "strict" && utf8 != "lenient") return InvalidInput("utf8 must be strict or lenient");
  o.utf8 = utf8 == "strict" ? text::Utf8Mode::kStrict : text::Utf8Mode::kLenient;
  o.explain = ParamTrue(req, "explain");
  o.geo.demonyms = ParamTrue(req, "demonyms");
  o.max_seconds = opt.max_doc_seconds;
  return spec;
}

Result<std::string> Server::Impl::PublishedParam(const httplib::Request& req) {
  if (!req.has_param("published")) return std::string();
  auto iso = NormalizePublished(req.get_param_value("published"));
  if (!iso.ok()) return InvalidInput("published: " + iso.status().message());
  return iso;
}

void Server::Impl::HandleExtract(const httplib::Request& req, httplib::Response& res, const Body& body) {
  auto opts = RequestOptions(req);
  if (!opts.ok()) return SetError(res, 400, opts.status().message());
  auto published = PublishedParam(req);
  if (!published.ok()) return SetError(res, 400, published.status().message());
  std::string type = req.get_header_value("Content-Type");
  Document doc;
  size_t first = body.raw.find_first_not_of(" \t\r\n");
  if (first == std::string::npos)
    return SetError(res, 400, "empty body: send the article as text, or a JSON document {\"id\",\"text\",\"lang\"?,\"published\"?}");
  bool json = type.find("json") != std::string::npos ||
              (type.find("text/") == std::string::npos && body.raw[first] == '{');
  if (json) {
    auto d = ParseJsonDocument(body.raw, "request", 0);
    if (!d.ok()) return SetError(res, 400, "bad JSON document: " + d.status().message());
    doc = std::move(d).value();
  } else if (body.form.count("text")) {
    doc.text = body.form.find("text")->second;
  } else {
    doc.text = body.raw;
  }
  if (req.has_param("id")) doc.id = ValidUtf8(req.get_param_value("id"));  // ?id=%FF
  if (doc.id.empty()) doc.id = "request";
  if (doc.published.empty()) doc.published = *published;
  auto slot = AcquireOr503(res, false);
  if (!slot) return;
  auto t0 = Clock::now();
  Status failed;
  std::string record;
  pipeline->Run([&] {
    Extractor ex(res_ref(), opts->opt);
    auto x = ex.Extract(doc);
    if (!x.ok()) {
      failed = x.status();
      return;
    }
    opts->w.cliff_ids = false;
    opts->w.cliff_milliseconds = Millis(t0);
    auto writer = output::MakeWriter(opts->format, res_ref(), opts->opt, opts->w);
    pipeline::Rendered r;
    writer->Render(*x, 0, &r);
    record = output::SingleDocument(*writer, r);
  });
  if (!failed.ok()) {
    metrics.AddDocuments(0, 1);
    return SetError(res, failed.code() == StatusCode::kInvalidInput ? 400 : 500, failed.message());
  }
  metrics.AddDocuments(1, 0);
  res.set_content(std::move(record), output::ContentType(opts->format, true));
  res.set_header("X-Marsad-Milliseconds", std::to_string(Millis(t0)));
}

void Server::Impl::HandleBatch(const httplib::Request& req, httplib::Response& res, const Body& body) {
  auto opts = RequestOptions(req);
  if (!opts.ok()) return SetError(res, 400, opts.status().message());
  auto published = PublishedParam(req);
  if (!published.ok()) return SetError(res, 400, published.status().message());
  if (body.raw.find_first_not_of(" \t\r\n") == std::string::npos)
    return SetError(res, 400, "empty body: send JSON lines, one document {\"id\",\"text\",…} per line");
  auto slot = AcquireOr503(res, false);
  if (!slot) return;
  auto t0 = Clock::now();
  auto deadline = t0 + std::chrono::milliseconds(opt.time_budget_ms);
  std::string out;
  uint64_t ok_docs = 0, bad_docs = 0;
  bool over_budget = false;
  pipeline->Run([&] { RunBatch(*opts, *published, body.raw, deadline, out, ok_docs, bad_docs, over_budget); });
  metrics.AddDocuments(ok_docs, bad_docs);
  res.set_content(std::move(out), output::ContentType(opts->format, false));
  res.set_header("X-Marsad-Documents", std::to_string(ok_docs + bad_docs));
  res.set_header("X-Marsad-Errors", std::to_string(bad_docs));
  res.set_header("X-Marsad-Milliseconds", std::to_string(Millis(t0)));
  if (over_budget) res.set_header("X-Marsad-Budget-Exceeded", "1");
}

void Server::Impl::RunBatch(const RequestSpec& spec, const std::string& published, std::string_view all,
              Clock::time_point deadline, std::string& out, uint64_t& ok_docs, uint64_t& bad_docs,
              bool& over_budget) const {
  Extractor ex(res_ref(), spec.opt);
  auto writer = output::MakeWriter(spec.format, res_ref(), spec.opt, spec.w);
  out = writer->Begin();
  std::string err;
  uint64_t seq = 0;
  LineCursor lines(all);
  std::string_view line;
  while (lines.Next(&line)) {
    const size_t line_no = lines.line_no();
    if (LineCursor::Blank(line)) continue;
    Document fallback;
    fallback.id = "request:" + std::to_string(line_no);
    fallback.source = "request";
    fallback.line = line_no;
    if (!over_budget && Clock::now() > deadline) over_budget = true;
    pipeline::Rendered r;
    auto doc = over_budget ? Result<Document>(InvalidInput("time budget of " + std::to_string(opt.time_budget_ms) +
                                                          " ms exceeded before this document"))
                           : ParseJsonDocument(line, "request", line_no);
    if (!doc.ok()) {
      r.ok = false;
      writer->RenderError(fallback, doc.status().message(), seq, &r);
    } else {
      if (doc->published.empty()) doc->published = published;
      auto x = ex.Extract(*doc);
      if (x.ok()) writer->Render(*x, seq, &r);
      else writer->RenderError(*doc, x.status().message(), seq, &r);
      r.ok = x.ok();
    }
    r.ok && doc.ok() ? ++ok_docs : ++bad_docs;
    writer->Write(r, &out, &err);
    ++seq;
  }
  out += writer->End();
}

void Server::Impl::HandleCliff(const httplib::Request& req, httplib::Response& res, const Body& body) {
  auto t0 = Clock::now();
  Document doc;
  doc.id = "cliff";
  if (HasParam(req, body, "q")) {
    doc.text = GetParam(req, body, "q");
  } else if (req.method == "POST" && !IsForm(req)) {
    doc.text = body.raw;
  }
  if (req.path.ends_with("/parse/sentences")) {
    auto text = SentencesText(doc.text);
    if (!text.ok()) {
      res.status = 400;
      res.set_content(output::CliffError(text.status().message(), opt.version), kJson);
      return;
    }
    doc.text = std::move(text).value();
  }
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    res.status = 400;
    res.set_content(output::CliffError("missing q: the text to parse", opt.version), kJson);
    return;
  }
  ExtractOptions o;
  o.utf8 = text::Utf8Mode::kStrict;
  std::string language = GetParam(req, body, "language");
  std::transform(language.begin(), language.end(), language.begin(), [](unsigned char c) { return std::tolower(c); });
  if (language == "ar" || language == "en") o.lang = language;  // others: detect
  std::string demonyms = GetParam(req, body, "replaceAllDemonyms");
  o.geo.demonyms = demonyms == "true" || demonyms == "1";
  o.max_seconds = opt.max_doc_seconds;
  auto slot = AcquireOr503(res, true);
  if (!slot) return;
  Status failed;
  std::string json;
  pipeline->Run([&] {
    Extractor ex(res_ref(), o);
    auto x = ex.Extract(doc);
    if (x.ok()) json = output::CliffJson(*x, res_ref().gazetteer, Millis(t0), opt.version, {}, &res_ref().event_dicts);
    else failed = x.status();
  });
  if (!failed.ok()) {
    metrics.AddDocuments(0, 1);
    res.status = failed.code() == StatusCode::kInvalidInput ? 400 : 500;
    res.set_content(output::CliffError(failed.message(), opt.version), kJson);
    return;
  }
  metrics.AddDocuments(1, 0);
  res.set_content(std::move(json), kJson);
}

}  // namespace marsad::server
