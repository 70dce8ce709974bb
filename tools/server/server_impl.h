// The state and handlers of `marsad serve` (server.h), shared by server.cc (the routes,
// hooks and the non-extraction endpoints) and extract_routes.cc (/v1/extract,
// /v1/extract/batch, /parse/text). Internal to tools/server.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "guarded_http.h"
#include "http_util.h"
#include "marsad/output.h"
#include "marsad/pipeline.h"
#include "metrics.h"
#include "server.h"

namespace marsad::server {

using Clock = std::chrono::steady_clock;

// A gazetteer place the map page may label (GET /v1/gazetteer/places), in drawing order.
struct LabelPlace {
  enum Kind : uint8_t { kCountry, kCapital, kTown, kAdmin1 };  // also the priority
  uint32_t index;
  float lat, lon;
  uint64_t population;
  Kind kind;
};

// /parse/sentences' q, a JSON array of sentences ({"sentence": "…"} objects or strings),
// as one text, a sentence a line; the error says what is wrong (tools/server/cliff_routes.cc).
Result<std::string> SentencesText(std::string_view q);

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
  Result<RequestSpec> RequestOptions(const httplib::Request& req) const;

  // ?published=DATE normalised to YYYY-MM-DD (marsad/pubdate.h); "" when absent. An
  // invalid date is the client's error (400), never silently ignored.
  static Result<std::string> PublishedParam(const httplib::Request& req);

  void HandleExtract(const httplib::Request& req, httplib::Response& res, const Body& body);

  void HandleBatch(const httplib::Request& req, httplib::Response& res, const Body& body);

  // POST /v1/merge (merge_routes.cc): extraction output in, one record per incident out.
  void HandleMerge(const httplib::Request& req, httplib::Response& res, const Body& body);

  // The body of a batch, on a pipeline thread: the documents in the requested format (for
  // json, one record or error record per line). Formats without a place for error records
  // (acled) count them in X-Marsad-Errors only.
  void RunBatch(const RequestSpec& spec, const std::string& published, std::string_view all,
                Clock::time_point deadline, std::string& out, uint64_t& ok_docs, uint64_t& bad_docs,
                bool& over_budget) const;

  // CLIFF: GET or POST /parse/text?q=…&language=…&replaceAllDemonyms=… (q may also be a
  // form field or, for POST, the raw body).
  // /parse/sentences is the same with q a JSON array of sentences (MediaCloud's
  // [{"sentence": "…", …}] or strings), parsed as one text (tools/server/cliff_routes.cc).
  void HandleCliff(const httplib::Request& req, httplib::Response& res, const Body& body);
  // CLIFF: GET or POST /geonames?id=N: the place and its parent chain (admin1, country).
  void HandleGeonames(const httplib::Request& req, httplib::Response& res, const Body& body);
  // The CLIFF routes, at the root and under CLIFF's deployed prefix /cliff-2.6.1.
  void CliffRoutes();

  void HandleLookup(const httplib::Request& req, httplib::Response& res);

  // The base map's place names in a bbox by zoom (basemap_routes.cc); the list is built
  // from the index on the first request.
  void HandlePlaces(const httplib::Request& req, httplib::Response& res);
  void BuildLabelPlaces();
  std::once_flag label_once;
  std::vector<LabelPlace> label_places;

  void HandleHealth(const httplib::Request&, httplib::Response& res);

  void HandleMetrics(const httplib::Request&, httplib::Response& res);

  void HandleStatic(const httplib::Request& req, httplib::Response& res);

  void LoadAssets();

  using BodyHandler = void (Impl::*)(const httplib::Request&, httplib::Response&, const Body&);
  httplib::Server::HandlerWithContentReader WithBody(BodyHandler fn);

  void Routes();  // the routes, then Hooks()
  void Hooks();

  const Resources& res_ref() const { return res; }
  static long Millis(Clock::time_point t0) {
    return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count());
  }
};

}  // namespace marsad::server
