// The HTTP service behind `marsad serve`: a JSON API over one shared, read-only set of
// Resources (gazetteer + dictionaries, loaded once), the CLIFF-compatible /parse/text,
// Prometheus /metrics and the static map page. Endpoints and limits: docs/http-api.md.
//
// Threads: one that reads every request, head and body, before a worker takes it (a
// connection that has not sent a whole request, or is idle between two, holds no worker:
// slow clients cannot take them all), and up to `threads` connection workers (one per
// request in hand, started on demand, most of them exiting again after a burst); at most
// `max_concurrent` of them run the pipeline at once, up to `max_queue` more wait at most
// `queue_wait_ms` for a slot, and the rest get 503 with Retry-After. A request holding a
// slot runs the pipeline on one of `max_concurrent` pipeline threads (the worker waits), so
// the pipeline's per-thread memory scales with the cap, not with the open connections. Stop() is safe from
// any thread (not from a signal handler): the listener closes, in-flight requests finish.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "marsad/extract.h"
#include "marsad/status.h"

namespace marsad::server {

class Metrics;

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                         // 0: any free port (see Bind)
  size_t max_body_bytes = 2 * 1024 * 1024;  // larger bodies get 413
  int time_budget_ms = 10000;              // per request: queue wait + batch processing
  double max_doc_seconds = 60;             // per document (ExtractOptions::max_seconds); 0: none
  size_t max_concurrent = 0;               // pipeline runs at once; 0 = hardware threads
  size_t max_queue = 64;                   // requests waiting for a slot before 503
  int queue_wait_ms = 2000;                // longest wait for a slot before 503
  int retry_after_s = 1;                   // Retry-After of a 503
  size_t threads = 256;                    // most connection worker threads
  int read_timeout_s = 10;                 // the longest wait for a request's next bytes
  int request_timeout_s = 30;              // a whole request (line, headers, body): else 408 / closed
  size_t max_connections_per_address = 64;  // open at once from one non-loopback address (0: no cap)
  // Connections that have not sent a whole request yet (or are idle between two), at once;
  // more get 503. They wait without a worker (see guarded_http.h), holding at most their
  // head's bytes and a body.
  size_t max_waiting_connections = 1024;
  // The request bodies being received at once (each counted at its Content-Length, or at
  // the body limit when it has none), before a worker takes them; past it, 503.
  size_t max_waiting_bytes = 64u << 20;
  // The answers held for clients that read them slowly (a worker hands what the client does
  // not take at once to the front and moves on); past it, a worker writes the rest itself,
  // within request_timeout_s.
  size_t max_sending_bytes = 64u << 20;
  bool allow_any_host = false;             // on loopback, accept any Host header (no DNS rebinding guard)
  int keep_alive_timeout_s = 5;
  size_t keep_alive_max_count = 1000;
  std::string web_dir;                     // the map page (index.html, app.js, style.css)
  std::string npm_dir;                     // third_party/npm/node_modules (vendored assets)
  std::string version = "0";
  bool access_log = false;                 // one line per request on stderr
  // When set, /v1/*, /parse/text and /metrics need `Authorization: Bearer <token>` (else
  // 401); /healthz and the static map page do not.
  std::string bearer_token;
  // A second listener on the same host serving only GET /healthz, with its own few
  // workers: health checks never queue behind extraction requests or slow clients that
  // hold every worker of the main port. -1: none; 0: any free port (see health_port()).
  int health_port = -1;
};

class Server {
 public:
  // `resources` must outlive the server.
  Server(const Resources& resources, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket; returns the port (the chosen one when options.port is 0).
  Result<int> Bind();
  // Serves until Stop(); returns false when the server failed. Call after Bind().
  bool Run();
  void Stop();
  bool running() const;
  // The bound port of the health listener (after Bind), -1 when there is none.
  int health_port() const;
  const Metrics& metrics() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::server
