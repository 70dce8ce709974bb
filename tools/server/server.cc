// Routes, limits and static assets of `marsad serve` (see server.h, docs/http-api.md).
#include "server.h"

#include <httplib.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <malloc.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iostream>
#include <list>
#include <mutex>
#include <sstream>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "guarded_http.h"
#include "marsad/json_write.h"
#include "marsad/output.h"
#include "marsad/pipeline.h"
#include "marsad/pubdate.h"
#include "marsad/tsv.h"
#include "metrics.h"

namespace marsad::server {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

constexpr const char* kJson = "application/json; charset=utf-8";

// Every request is handled start to finish on one worker thread, so the routing time can
// be kept per thread between the pre-routing hook, the post-routing hook and the logger.
thread_local Clock::time_point t_request_start;
thread_local bool t_request_started = false;
thread_local double t_request_secs = 0;

struct Asset {
  std::string body;
  std::string type;
  bool vendor = false;
};

const char* ReasonPhrase(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return status >= 500 ? "Server Error" : "Client Error";
  }
}

std::string ErrorJson(int status, std::string_view message) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("status");
  w.Int(status);
  w.Key("error");
  w.String(ReasonPhrase(status));
  w.Key("message");
  json::Str(w, message);
  w.EndObject();
  return buf.GetString();
}

void SetError(httplib::Response& res, int status, std::string_view message) {
  res.status = status;
  res.set_content(ErrorJson(status, message), kJson);
}

// The route label of a request path for metrics (bounded cardinality).
std::string_view RouteLabel(const std::string& path) {
  static const std::unordered_set<std::string_view> kApi = {
      "/v1/extract", "/v1/extract/batch", "/v1/gazetteer/lookup", "/healthz", "/metrics", "/parse/text"};
  if (auto it = kApi.find(path); it != kApi.end()) return *it;
  return "static";
}

// Whether a Host header names the loopback interface: localhost, 127.x.y.z or [::1],
// with or without a port.
bool LoopbackHost(std::string_view host) {
  std::string h(host);
  std::transform(h.begin(), h.end(), h.begin(), [](unsigned char c) { return std::tolower(c); });
  if (h.starts_with("[")) {
    size_t end = h.find(']');
    if (end == std::string::npos) return false;
    return h.substr(1, end - 1) == "::1";
  }
  if (size_t colon = h.rfind(':'); colon != std::string::npos) h.resize(colon);
  if (h.ends_with(".")) h.pop_back();
  const bool ipv4 = !h.empty() && h.find_first_not_of("0123456789.") == std::string::npos;
  return h == "localhost" || h.ends_with(".localhost") || (ipv4 && h.starts_with("127."));
}

// The paths a bearer token guards: the API and the metrics, not the health check and the
// static map page.
bool NeedsToken(const std::string& path) {
  return path.starts_with("/v1/") || path.starts_with("/parse/") || path == "/metrics";
}

// a == b in time that does not depend on where they first differ.
bool SameSecret(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < b.size(); ++i) diff |= static_cast<unsigned char>(i < a.size() ? a[i] ^ b[i] : 1);
  return diff == 0;
}

// A POST body read by the handler itself: httplib would refuse url-encoded forms larger
// than 8 KiB (CPPHTTPLIB_FORM_URL_ENCODED_PAYLOAD_MAX_LENGTH, fixed in Debian's build),
// and a CLIFF client posts the whole article as a form field.
struct Body {
  std::string raw;
  httplib::Params form;  // the fields of an application/x-www-form-urlencoded body
};

bool IsForm(const httplib::Request& req) {
  return req.get_header_value("Content-Type").find("application/x-www-form-urlencoded") != std::string::npos;
}

void ParseForm(std::string_view body, httplib::Params& out) {
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t amp = body.find('&', pos);
    if (amp == std::string_view::npos) amp = body.size();
    std::string_view field = body.substr(pos, amp - pos);
    if (!field.empty()) {
      size_t eq = field.find('=');
      std::string key(field.substr(0, eq));
      std::string value(eq == std::string_view::npos ? std::string_view() : field.substr(eq + 1));
      out.emplace(httplib::detail::decode_url(key, true), httplib::detail::decode_url(value, true));
    }
    pos = amp + 1;
  }
}

// A query parameter, else a form field.
bool HasParam(const httplib::Request& req, const Body& b, const char* name) {
  return req.has_param(name) || b.form.count(name) > 0;
}
std::string GetParam(const httplib::Request& req, const Body& b, const char* name) {
  if (req.has_param(name)) return req.get_param_value(name);
  auto it = b.form.find(name);
  return it == b.form.end() ? std::string() : it->second;
}

bool ParamTrue(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return false;
  std::string v = req.get_param_value(name);
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
  return v.empty() || v == "1" || v == "true" || v == "yes" || v == "on";
}

std::string ContentTypeFor(const std::string& ext) {
  static const std::unordered_map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json"}, {".png", "image/png"}, {".svg", "image/svg+xml"},
      {".woff2", "font/woff2"}, {".woff", "font/woff"}, {".txt", "text/plain; charset=utf-8"},
      {".ico", "image/x-icon"}};
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? "" : it->second;
}

// Loads the files of `dir` (recursively) accepted by `keep` under URL prefix `prefix`.
void LoadTree(std::unordered_map<std::string, Asset>& out, const std::string& prefix, const fs::path& dir,
              bool vendor, const std::function<bool(const std::string& rel)>& keep) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string rel = fs::relative(it->path(), dir, ec).generic_string();
    std::string type = ContentTypeFor(it->path().extension().string());
    if (ec || type.empty() || !keep(rel) || it->file_size() > 4 * 1024 * 1024) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    out[prefix + rel] = Asset{ss.str(), type, vendor};
  }
}

// httplib's connection workers, one per open connection. httplib's own pool starts all
// `max_threads` at once and keeps them; each worker that served a connection keeps what
// it touched: stack pages and glibc's per-thread cache of freed chunks (~35 KiB per
// worker, measured). Here workers start on demand, and one whose connection closed exits
// unless `spare` workers are already idle, so after a burst of connections that memory
// goes back: the exiting thread's cache returns to the arenas and, once no connection is
// open, malloc_trim gives the free pages back to the system.
class ConnectionPool : public httplib::TaskQueue {
 public:
  ConnectionPool(size_t max_threads, size_t spare) : max_(std::max<size_t>(1, max_threads)), spare_(spare) {}
  ~ConnectionPool() override { shutdown(); }

  void enqueue(std::function<void()> fn) override {
    std::list<std::thread> finished;
    {
      std::lock_guard<std::mutex> lock(mu_);
      jobs_.push_back(std::move(fn));
      finished.splice(finished.end(), retired_);
      if (idle_ < jobs_.size() && live_ < max_) {
        threads_.emplace_back();
        auto self = std::prev(threads_.end());
        try {
          *self = std::thread([this, self] { Work(self); });  // Work() locks mu_ first
          ++live_;
        } catch (const std::system_error&) {  // no thread now: a running worker takes it
          threads_.erase(self);
          cv_.notify_one();
        }
      } else {
        cv_.notify_one();  // an idle worker takes it, or the first to finish its connection
      }
    }
    for (auto& t : finished) t.join();
  }

  void shutdown() override {
    std::unique_lock<std::mutex> lock(mu_);
    stopping_ = true;
    cv_.notify_all();
    done_cv_.wait(lock, [&] { return live_ == 0; });
    for (auto& t : retired_) t.join();
    retired_.clear();
  }

 private:
  void Work(std::list<std::thread>::iterator self) {
    std::unique_lock<std::mutex> lock(mu_);
    while (true) {
      ++idle_;
      cv_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
      --idle_;
      if (jobs_.empty()) break;  // stopping, and every accepted connection was served
      auto fn = std::move(jobs_.front());
      jobs_.pop_front();
      lock.unlock();
      fn();
      fn = nullptr;  // before re-locking: it may hold the connection's resources
      lock.lock();
      if (jobs_.empty() && idle_ >= spare_) break;
    }
    // An exited thread keeps its stack mapped until it is joined: this one joins the
    // workers that retired before it (they have exited, or are about to), and is joined
    // by the next to retire, by enqueue() or by shutdown(), which so waits for them all.
    std::list<std::thread> finished;
    finished.splice(finished.end(), retired_);
    retired_.splice(retired_.end(), threads_, self);
    --live_;
    ++retired_since_trim_;
    const bool trim = !stopping_ && live_ == idle_ && retired_since_trim_ >= kTrimAfter;
    if (trim) retired_since_trim_ = 0;
    if (live_ == 0) done_cv_.notify_all();
    lock.unlock();  // *this is not touched below
    for (auto& t : finished) t.join();
    // No connection open any more: give back the pages the retired workers freed (glibc
    // returns only the top of a heap by itself). A few ms, once per burst.
    if (trim) malloc_trim(0);
  }

  static constexpr size_t kTrimAfter = 16;  // retired workers that make a burst
  const size_t max_, spare_;
  std::mutex mu_;
  std::condition_variable cv_, done_cv_;
  std::deque<std::function<void()>> jobs_;
  std::list<std::thread> threads_, retired_;
  size_t live_ = 0, idle_ = 0, retired_since_trim_ = 0;
  bool stopping_ = false;
};

}  // namespace

struct Server::Impl {
  Impl(const Resources& r, ServerOptions o) : res(r), opt(std::move(o)) {}

  const Resources& res;
  ServerOptions opt;
  // The threads that run the pipeline: exactly max_concurrent of them, long-lived. A
  // connection worker that holds a slot hands its document here and waits, so the
  // pipeline's memory scales with the concurrency cap, not with the connection count
  // (see pipeline::WorkerPool).
  std::unique_ptr<pipeline::WorkerPool> pipeline;  // made in Server()
  bool loopback_only = false;  // listening on a loopback address: the Host check applies
  GuardedHttpServer http;  // httplib::Server with head limits and a whole-request deadline
  Metrics metrics;
  std::unordered_map<std::string, Asset> assets;
  Clock::time_point started = Clock::now();
  bool bound = false;
  std::atomic<int> listen_fd{-1};
  std::unique_ptr<GuardedHttpServer> health;  // the /healthz-only listener (health_port >= 0)
  int health_bound_port = -1;

  // The concurrency cap: `active` pipeline runs, `waiting` requests queued for a slot.
  std::mutex slot_mu;
  std::condition_variable slot_cv;
  int64_t active = 0, waiting = 0;
  bool stopping = false;

  class Slot {
   public:
    explicit Slot(Impl* impl) : impl_(impl) {}
    ~Slot() {
      if (!impl_) return;
      {
        std::lock_guard<std::mutex> lock(impl_->slot_mu);
        --impl_->active;
      }
      impl_->slot_cv.notify_one();
    }
    Slot(Slot&& o) noexcept : impl_(std::exchange(o.impl_, nullptr)) {}
    explicit operator bool() const { return impl_ != nullptr; }

   private:
    Impl* impl_;
  };

  Slot Acquire(Clock::time_point deadline) {
    std::unique_lock<std::mutex> lock(slot_mu);
    if (!stopping && active < static_cast<int64_t>(opt.max_concurrent)) {
      ++active;
      return Slot(this);
    }
    if (stopping || waiting >= static_cast<int64_t>(opt.max_queue)) return Slot(nullptr);
    ++waiting;
    bool got = slot_cv.wait_until(lock, deadline, [&] {
      return stopping || active < static_cast<int64_t>(opt.max_concurrent);
    });
    --waiting;
    if (!got || stopping) return Slot(nullptr);
    ++active;
    return Slot(this);
  }

  // A slot for a pipeline run, or a 503 already written to `res`.
  Slot AcquireOr503(httplib::Response& res, bool cliff) {
    auto wait = std::min(opt.queue_wait_ms, opt.time_budget_ms);
    Slot s = Acquire(Clock::now() + std::chrono::milliseconds(std::max(0, wait)));
    if (!s) {
      metrics.AddRejected();
      std::string msg = "server busy: " + std::to_string(opt.max_concurrent) +
                        " requests running and the queue is full; retry later";
      res.status = 503;
      res.set_content(cliff ? output::CliffError(msg, opt.version) : ErrorJson(503, msg), kJson);
      res.set_header("Retry-After", std::to_string(opt.retry_after_s));
    }
    return s;
  }

  // What a request asks for: extraction options and the output format.
  struct RequestSpec {
    ExtractOptions opt;
    output::Format format = output::Format::kJson;
    output::WriterOptions w;
  };

  // Extraction options and the format from query parameters (the same names as the CLI's
  // flags: lang, utf8, explain, demonyms, format, geojson_events).
  Result<RequestSpec> RequestOptions(const httplib::Request& req) const {
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
    return spec;
  }

  // ?published=DATE normalised to YYYY-MM-DD (marsad/pubdate.h); "" when absent. An
  // invalid date is the client's error (400), never silently ignored.
  static Result<std::string> PublishedParam(const httplib::Request& req) {
    if (!req.has_param("published")) return std::string();
    auto iso = NormalizePublished(req.get_param_value("published"));
    if (!iso.ok()) return InvalidInput("published: " + iso.status().message());
    return iso;
  }

  void HandleExtract(const httplib::Request& req, httplib::Response& res, const Body& body) {
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

  void HandleBatch(const httplib::Request& req, httplib::Response& res, const Body& body) {
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

  // The body of a batch, on a pipeline thread: the documents in the requested format (for
  // json, one record or error record per line). Formats without a place for error records
  // (acled) count them in X-Marsad-Errors only.
  void RunBatch(const RequestSpec& spec, const std::string& published, std::string_view all,
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

  // CLIFF: GET or POST /parse/text?q=…&language=…&replaceAllDemonyms=… (q may also be a
  // form field or, for POST, the raw body).
  void HandleCliff(const httplib::Request& req, httplib::Response& res, const Body& body) {
    auto t0 = Clock::now();
    Document doc;
    doc.id = "cliff";
    if (HasParam(req, body, "q")) {
      doc.text = GetParam(req, body, "q");
    } else if (req.method == "POST" && !IsForm(req)) {
      doc.text = body.raw;
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
    auto slot = AcquireOr503(res, true);
    if (!slot) return;
    Status failed;
    std::string json;
    pipeline->Run([&] {
      Extractor ex(res_ref(), o);
      auto x = ex.Extract(doc);
      if (x.ok()) json = output::CliffJson(*x, res_ref().gazetteer, Millis(t0), opt.version);
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

  void HandleLookup(const httplib::Request& req, httplib::Response& res) {
    std::string q = req.get_param_value("q");
    if (q.find_first_not_of(" \t\r\n") == std::string::npos)
      return SetError(res, 400, "missing q: the place name to look up");
    auto valid = text::DecodeUtf8(q, text::Utf8Mode::kStrict);
    if (!valid.ok()) return SetError(res, 400, "q: " + valid.status().message());
    size_t limit = 20;
    if (req.has_param("limit")) {
      try {
        limit = std::clamp<long>(std::stol(req.get_param_value("limit")), 1, 200);
      } catch (const std::exception&) {
        return SetError(res, 400, "limit must be a number");
      }
    }
    const auto& gaz = res_ref().gazetteer;
    std::string key = text::NormalizeKey(q);
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    w.Key("query");
    w.String(q.c_str());
    w.Key("key");
    w.String(key.c_str());
    w.Key("places");
    w.StartArray();
    std::unordered_set<uint32_t> seen;
    for (const auto& posting : gaz.Lookup(key)) {
      if (seen.size() >= limit) break;
      if (!seen.insert(posting.place).second) continue;
      auto p = gaz.Place(posting.place);
      w.StartObject();
      json::KeyStr(w, "name", p.name_en.empty() ? p.name : p.name_en);
      json::KeyStr(w, "name_ar", p.name_ar);
      w.Key("geonameid");
      w.Uint(p.geonameid);
      w.Key("lat");
      w.Double(p.lat);
      w.Key("lon");
      w.Double(p.lon);
      json::KeyStr(w, "feature_class", std::string_view(&p.feature_class, 1));
      json::KeyStr(w, "feature_code", p.feature_code);
      json::KeyStr(w, "country", p.country);
      json::KeyStr(w, "admin1", p.admin1);
      w.Key("population");
      w.Uint64(p.population);
      w.Key("supplement");
      w.Bool(p.supplement);
      w.EndObject();
    }
    w.EndArray();
    w.Key("completions");
    w.StartArray();
    if (!key.empty())
      for (const auto& k : gaz.KeysWithPrefix(key, 10)) w.String(k.c_str());
    w.EndArray();
    w.EndObject();
    res.set_content(buf.GetString(), kJson);
  }

  void HandleHealth(const httplib::Request&, httplib::Response& res) {
    const auto& info = res_ref().gazetteer.info();
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    w.Key("status");
    w.String("ok");
    w.Key("version");
    w.String(opt.version.c_str());
    w.Key("uptime_s");
    w.Double(std::chrono::duration<double>(Clock::now() - started).count());
    w.Key("gazetteer");
    w.StartObject();
    w.Key("places");
    w.Uint64(res_ref().gazetteer.size());
    w.Key("format_version");
    w.Uint(info.format_version);
    w.Key("data_version");
    w.String(info.data_version.c_str());
    w.EndObject();
    {
      std::lock_guard<std::mutex> lock(slot_mu);
      w.Key("in_flight");
      w.Int64(active);
      w.Key("queued");
      w.Int64(waiting);
    }
    w.Key("max_concurrent");
    w.Uint64(opt.max_concurrent);
    w.EndObject();
    res.set_content(buf.GetString(), kJson);
  }

  void HandleMetrics(const httplib::Request&, httplib::Response& res) {
    int64_t a, q;
    {
      std::lock_guard<std::mutex> lock(slot_mu);
      a = active;
      q = waiting;
    }
    res.set_content(metrics.Render(a, q), "text/plain; version=0.0.4; charset=utf-8");
  }

  void HandleStatic(const httplib::Request& req, httplib::Response& res) {
    std::string path = req.path == "/" ? "/index.html" : req.path;
    auto it = assets.find(path);
    if (it == assets.end()) {
      if (req.path == "/" )
        return SetError(res, 404, "the map page is not installed (no index.html in " + opt.web_dir + ")");
      return SetError(res, 404, "no such resource: " + req.path);
    }
    res.set_content(it->second.body, it->second.type.c_str());
    res.set_header("Cache-Control", it->second.vendor ? "public, max-age=86400" : "no-cache");
  }

  void LoadAssets() {
    auto web_keep = [](const std::string&) { return true; };
    if (!opt.web_dir.empty()) LoadTree(assets, "/", opt.web_dir, false, web_keep);
    if (opt.npm_dir.empty()) return;
    fs::path npm(opt.npm_dir);
    LoadTree(assets, "/vendor/leaflet/", npm / "leaflet/dist", true, [](const std::string& rel) {
      return rel == "leaflet.js" || rel == "leaflet.css" || rel.starts_with("images/");
    });
    LoadTree(assets, "/vendor/topojson-client/", npm / "topojson-client/dist", true,
             [](const std::string& rel) { return rel == "topojson-client.min.js"; });
    LoadTree(assets, "/vendor/world-atlas/", npm / "world-atlas", true, [](const std::string& rel) {
      return rel == "countries-50m.json" || rel == "countries-110m.json";
    });
    LoadTree(assets, "/vendor/noto-naskh-arabic/", npm / "@fontsource/noto-naskh-arabic", true,
             [](const std::string& rel) {
               return rel.starts_with("arabic-") ||
                      (rel.starts_with("files/noto-naskh-arabic-arabic-") && rel.ends_with(".woff2"));
             });
  }

  using BodyHandler = void (Impl::*)(const httplib::Request&, httplib::Response&, const Body&);
  httplib::Server::HandlerWithContentReader WithBody(BodyHandler fn) {
    return [this, fn](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
      Body body;
      bool too_large = false;
      // An oversized body is read to its end and dropped, so the connection stays in step
      // (httplib 0.11 cannot close it from a handler). Beyond the hard cap set in the
      // constructor httplib refuses the body itself.
      // With a Content-Length, an oversized body is never buffered (not even up to the
      // limit: 200 clients sending 1 MiB bodies would hold 200 MiB) and a body within the
      // limit gets its buffer in one allocation instead of doubling into it.
      if (req.has_header("Content-Length")) {
        const std::string len = req.get_header_value("Content-Length");
        size_t declared = 0;
        auto [end, ec] = std::from_chars(len.data(), len.data() + len.size(), declared);
        if (ec == std::errc() && end == len.data() + len.size()) {
          if (declared > opt.max_body_bytes) too_large = true;
          else body.raw.reserve(declared);
        }
      }
      bool ok = reader([&](const char* data, size_t n) {
        if (too_large || body.raw.size() + n > opt.max_body_bytes) {
          too_large = true;
          std::string().swap(body.raw);  // release the buffer, not only its contents
          return true;
        }
        body.raw.append(data, n);
        return true;
      });
      if (too_large || res.status == 413)
        return SetError(res, 413, "request body larger than " + std::to_string(opt.max_body_bytes) + " bytes");
      if (!ok) return SetError(res, 400, "could not read the request body");
      if (IsForm(req)) ParseForm(body.raw, body.form);
      (this->*fn)(req, res, body);
    };
  }

  void Routes() {
    using httplib::Request;
    using httplib::Response;
    http.Post("/v1/extract", WithBody(&Impl::HandleExtract));
    http.Post("/v1/extract/batch", WithBody(&Impl::HandleBatch));
    http.Get("/v1/gazetteer/lookup", [this](const Request& q, Response& r) { HandleLookup(q, r); });
    http.Get("/healthz", [this](const Request& q, Response& r) { HandleHealth(q, r); });
    http.Get("/metrics", [this](const Request& q, Response& r) { HandleMetrics(q, r); });
    http.Get("/parse/text", [this](const Request& q, Response& r) { HandleCliff(q, r, Body{}); });
    http.Post("/parse/text", WithBody(&Impl::HandleCliff));
    // 405 for the other methods of each API path.
    struct Route {
      const char* path;
      bool get, post;
    };
    for (Route rt : {Route{"/v1/extract", false, true}, Route{"/v1/extract/batch", false, true},
                     Route{"/v1/gazetteer/lookup", true, false}, Route{"/healthz", true, false},
                     Route{"/metrics", true, false}, Route{"/parse/text", true, true}}) {
      std::string allow = rt.get && rt.post ? "GET, HEAD, POST" : rt.get ? "GET, HEAD" : "POST";
      auto not_allowed = [allow](const Request& q, Response& r) {
        SetError(r, 405, q.method + " is not allowed on " + q.path + " (allowed: " + allow + ")");
        r.set_header("Allow", allow);
      };
      if (!rt.get) http.Get(rt.path, not_allowed);
      if (!rt.post) http.Post(rt.path, not_allowed);
      http.Put(rt.path, not_allowed);
      http.Patch(rt.path, not_allowed);
      http.Delete(rt.path, not_allowed);
      http.Options(rt.path, not_allowed);
    }
    http.Get(R"(/.*)", [this](const Request& q, Response& r) { HandleStatic(q, r); });

    http.set_pre_routing_handler([this](const Request& q, Response& r) {
      t_request_start = Clock::now();
      t_request_started = true;
      // DNS rebinding: a page from evil.example whose name is made to resolve to 127.0.0.1
      // reaches a loopback server from the browser; its requests carry its own Host. A
      // loopback server answers only to loopback names (unless --allow-any-host).
      if (!opt.bearer_token.empty() && NeedsToken(q.path) &&
          !SameSecret(q.get_header_value("Authorization"), "Bearer " + opt.bearer_token)) {
        SetError(r, 401, "this server needs Authorization: Bearer <token> (marsad serve --token-file)");
        r.set_header("WWW-Authenticate", "Bearer");
        return httplib::Server::HandlerResponse::Handled;
      }
      if (loopback_only && !opt.allow_any_host && q.has_header("Host") && !LoopbackHost(q.get_header_value("Host"))) {
        SetError(r, 403, "Host \"" + q.get_header_value("Host").substr(0, 100) +
                             "\" is not a name of this loopback server (DNS rebinding guard; "
                             "behind a proxy that rewrites Host, start with --allow-any-host)");
        return httplib::Server::HandlerResponse::Handled;
      }
      // Framing that a proxy in front may read differently (request smuggling): more than
      // one Content-Length (httplib would use the first), one that is not a plain decimal
      // number (httplib reads "-5" as 2^64-5), or one beside Transfer-Encoding. Refused
      // before the body is read, so the connection is closed after the answer.
      const size_t lengths = q.get_header_value_count("Content-Length");
      std::string why;
      if (lengths > 1) {
        why = "more than one Content-Length header";
      } else if (lengths == 1) {
        const std::string v = q.get_header_value("Content-Length");
        if (v.empty() || v.size() > 19 || v.find_first_not_of("0123456789") != std::string::npos)
          why = "Content-Length must be a decimal number of bytes, not \"" + v.substr(0, 40) + "\"";
        else if (q.has_header("Transfer-Encoding"))
          why = "both Content-Length and Transfer-Encoding";
      }
      if (why.empty()) return httplib::Server::HandlerResponse::Unhandled;
      SetError(r, 400, why);
      r.set_header("Connection", "close");
      GuardedHttpServer::CloseConnection();
      return httplib::Server::HandlerResponse::Handled;
    });
    // Errors httplib raises itself (404, 413, 400 for a malformed request) come with an
    // empty body: give them the JSON shape of ours.
    http.set_error_handler(httplib::Server::HandlerWithResponse([this](const Request& q, Response& r) {
      if (!r.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      std::string msg = r.status == 413   ? "request body larger than " + std::to_string(opt.max_body_bytes) + " bytes"
                        : r.status == 404 ? "no route for " + q.method + " " + q.path
                        : r.status == 400 ? "malformed HTTP request"
                                          : ReasonPhrase(r.status);
      r.set_content(ErrorJson(r.status, msg), kJson);
      return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler([](const Request&, Response& r, std::exception_ptr ep) {
      std::string msg = "internal error";
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        msg += std::string(": ") + e.what();
      } catch (...) {
      }
      SetError(r, 500, msg);
    });
    // Metrics are recorded before the response is written (the post-routing handler runs
    // for every response, errors included), so a client that has its answer sees it counted.
    http.set_post_routing_handler([this](const Request& q, Response& r) {
      double secs = t_request_started ? std::chrono::duration<double>(Clock::now() - t_request_start).count() : 0;
      t_request_started = false;
      t_request_secs = secs;
      metrics.ObserveRequest(RouteLabel(q.path), q.method, r.status, secs);
    });
    http.set_logger([this](const Request& q, const Response& r) {
      double secs = t_request_secs;
      if (opt.access_log)
        std::cerr << q.remote_addr << ' ' << q.method << ' ' << q.path << ' ' << r.status << ' '
                  << static_cast<long>(secs * 1000) << "ms\n";
    });
  }

  const Resources& res_ref() const { return res; }
  static long Millis(Clock::time_point t0) {
    return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count());
  }
};

Server::Server(const Resources& resources, ServerOptions options)
    : impl_(std::make_unique<Impl>(resources, std::move(options))) {
  auto& o = impl_->opt;
  if (o.max_concurrent == 0) o.max_concurrent = std::max(1u, std::thread::hardware_concurrency());
  if (o.threads == 0) o.threads = 1;
  // A worker serves one connection at a time, so there must be room for the waiting
  // queue and the requests that only get a 503.
  o.threads = std::max(o.threads, o.max_concurrent + 2);
  auto& http = impl_->http;
  size_t threads = o.threads;
  // Idle workers kept for the next connections: enough for the pipeline slots, the
  // waiting queue's usual load and a few cheap requests.
  size_t spare = std::min(threads, o.max_concurrent + 16);
  http.new_task_queue = [threads, spare] { return new ConnectionPool(threads, spare); };
  impl_->pipeline = std::make_unique<pipeline::WorkerPool>(o.max_concurrent);
  // The API limit (max_body_bytes, 413) is enforced while reading, in WithBody; this is
  // only the hard cap past which httplib refuses to read a body at all.
  http.set_payload_max_length(std::max<size_t>(o.max_body_bytes * 8, 64u << 20));
  http.set_read_timeout(o.read_timeout_s, 0);
  HttpLimits limits;
  limits.request_timeout_s = o.request_timeout_s;
  limits.max_connections_per_address = o.max_connections_per_address;
  impl_->loopback_only = o.host.starts_with("127.") || o.host == "::1" || o.host == "localhost";
  http.set_limits(limits);
  http.set_write_timeout(o.read_timeout_s, 0);
  http.set_keep_alive_timeout(o.keep_alive_timeout_s);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle and delayed
  // ACKs add ~40 ms to every keep-alive response (measured: 20 vs 300+ requests/s on one
  // connection).
  http.set_tcp_nodelay(true);
  // Remember the listening socket (the last one httplib configured) to raise its backlog.
  http.set_socket_options([impl = impl_.get()](int sock) {
    httplib::default_socket_options(sock);
    impl->listen_fd = static_cast<int>(sock);
  });
  http.set_keep_alive_max_count(o.keep_alive_max_count);
  impl_->LoadAssets();
  impl_->Routes();
  if (o.health_port >= 0) {
    auto h = std::make_unique<GuardedHttpServer>();
    h->new_task_queue = [] { return new ConnectionPool(4, 2); };
    h->set_read_timeout(2, 0);
    h->set_write_timeout(2, 0);
    h->set_keep_alive_timeout(2);
    HttpLimits hl;
    hl.request_timeout_s = 5;
    hl.max_headers = 32;
    hl.max_header_bytes = 8 * 1024;
    h->set_limits(hl);
    Impl* impl = impl_.get();
    h->Get("/healthz", [impl](const httplib::Request& q, httplib::Response& r) { impl->HandleHealth(q, r); });
    h->set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& q, httplib::Response& r) {
      if (!r.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      r.set_content(ErrorJson(r.status, r.status == 404 ? "this port serves GET /healthz only (" + q.path + ")"
                                                         : ReasonPhrase(r.status)),
                    kJson);
      return httplib::Server::HandlerResponse::Handled;
    }));
    impl_->health = std::move(h);
  }
}

Server::~Server() { Stop(); }

Result<int> Server::Bind() {
  auto& o = impl_->opt;
  int port = o.port;
  if (port == 0) {
    port = impl_->http.bind_to_any_port(o.host);
    if (port < 0) return Status(StatusCode::kIoError, "cannot bind " + o.host + " to any port");
  } else if (!impl_->http.bind_to_port(o.host, port)) {
    return Status(StatusCode::kIoError, "cannot bind " + o.host + ":" + std::to_string(port) +
                                            " (in use, or not a local address)");
  }
  // httplib 0.11 listens with a backlog of 5: 200 clients connecting at once overflow the
  // accept queue, the kernel drops their handshakes and they stall 1-7 s in SYN
  // retransmits (wrk: timeouts, p99 of seconds). Listening again on the bound socket
  // only raises the backlog (the kernel caps it at net.core.somaxconn).
  if (int fd = impl_->listen_fd.load(); fd >= 0) {
    int accepting = 0;
    socklen_t len = sizeof accepting;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &len) == 0 && accepting) ::listen(fd, SOMAXCONN);
  }
  if (impl_->health) {
    int hp = o.health_port == 0 ? impl_->health->bind_to_any_port(o.host)
                                : (impl_->health->bind_to_port(o.host, o.health_port) ? o.health_port : -1);
    if (hp < 0) return Status(StatusCode::kIoError, "cannot bind the health port " + std::to_string(o.health_port));
    impl_->health_bound_port = hp;
  }
  impl_->bound = true;
  return port;
}

bool Server::Run() {
  if (!impl_->bound) return false;
  std::thread health;
  if (impl_->health) health = std::thread([h = impl_->health.get()] { h->listen_after_bind(); });
  bool ok = impl_->http.listen_after_bind();
  if (health.joinable()) {
    impl_->health->stop();
    health.join();
  }
  return ok;
}

int Server::health_port() const { return impl_->health_bound_port; }

void Server::Stop() {
  {
    std::lock_guard<std::mutex> lock(impl_->slot_mu);
    impl_->stopping = true;
  }
  impl_->slot_cv.notify_all();
  impl_->http.stop();
  if (impl_->health) impl_->health->stop();
}

bool Server::running() const { return impl_->http.is_running(); }
const Metrics& Server::metrics() const { return impl_->metrics; }

}  // namespace marsad::server
