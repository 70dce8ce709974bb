// `marsad serve`: the HTTP API and the map page (tools/server, docs/http-api.md). Loads the
// gazetteer and dictionaries once; SIGTERM or SIGINT stops it gracefully (the listener
// closes, requests in flight finish).
#include <malloc.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cctype>
#include <cmath>
#include <exception>
#include <string>
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "../server/server.h"
#include "commands.h"
#include "marsad/extract.h"
#include "marsad/mapped_file.h"

namespace marsad::cli {
namespace {

struct ServeArgs {
  server::ServerOptions opt;
  std::string index;
  double max_body_mib = 2;
  size_t max_waiting_mib = 64;
  size_t max_sending_mib = 64;
  std::string token_file;
};

// The bearer token of --token-file: one line of at least 16 characters without blanks;
// false after an error was said.
bool ReadToken(const std::string& path, std::string* out) {
  auto token = ReadFile(path);
  if (!token.ok()) return Error(token.status().message()), false;
  std::string t = *token;
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
  if (t.size() < 16 || t.find_first_of(" \t\r\n") != std::string::npos) {
    Error("--token-file " + path + ": the token must be one line of at least 16 characters without blanks");
    return false;
  }
  *out = t;
  return true;
}

int RunServe(ServeArgs a) {
  namespace fs = std::filesystem;
  std::string index = a.index.empty() ? DefaultIndexPath() : a.index;
  // A copy in memory: the index file may be replaced in place (cp over it) under the
  // running server, which a mapping would not survive (SIGBUS).
  auto res = Resources::Load(index, DataDir(), {}, true, /*copy_index=*/true);
  if (!res.ok()) {
    Error(res.status().message());
    return kExitBadInput;
  }
  fs::path root = fs::path(DataDir()).parent_path();
  if (a.opt.web_dir.empty()) a.opt.web_dir = (root / "web").string();
  if (a.opt.npm_dir.empty()) a.opt.npm_dir = (root / "third_party/npm/node_modules").string();
  a.opt.max_body_bytes = static_cast<size_t>(a.max_body_mib * 1024 * 1024);
  a.opt.max_waiting_bytes = a.max_waiting_mib << 20;
  a.opt.max_sending_bytes = a.max_sending_mib << 20;
  a.opt.version = MARSAD_VERSION;
  if (!a.token_file.empty() && !ReadToken(a.token_file, &a.opt.bearer_token)) return kExitUsage;
  if (!fs::exists(fs::path(a.opt.web_dir) / "index.html"))
    Error("warning: no map page in " + a.opt.web_dir + " (the API still works)");
  if (!fs::exists(fs::path(a.opt.npm_dir) / "leaflet"))
    Error("warning: no npm assets in " + a.opt.npm_dir + " (run `make deps`): the map page will lack its map");

  // glibc gives each thread that allocates its own arena (up to 8 per core), which with
  // hundreds of connection threads shows up as RSS that grows with the connection count;
  // a few arenas are plenty for a pipeline capped at max_concurrent runs.
  mallopt(M_ARENA_MAX, 4);
  // Request bodies and responses of hundreds of KiB are short-lived. By default glibc
  // raises its mmap threshold to the largest such block freed (up to 32 MiB), after which
  // they are carved from the arenas and, freed, stay there as fragmented RSS (measured:
  // +20% after 200 connections mixing 1 MiB bodies). A fixed threshold keeps them mmapped,
  // so they go back to the system when freed.
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);

  // Signals go to a dedicated thread (blocked everywhere else, inherited by the workers),
  // which may then call Stop() outside of a signal handler.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGUSR1);  // internal: wakes the signal thread when Run() ends by itself
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  signal(SIGPIPE, SIG_IGN);

  server::Server srv(**res, a.opt);
  auto port = srv.Bind();
  if (!port.ok()) {
    Error(port.status().message());
    return kExitBadInput;
  }
  std::atomic<bool> finished{false};
  std::thread signals([&] {
    int sig = 0;
    sigwait(&set, &sig);
    if (sig == SIGUSR1) return;
    std::cerr << "marsad serve: " << (sig == SIGTERM ? "SIGTERM" : "SIGINT")
              << ", finishing requests in flight\n";
    while (!srv.running() && !finished) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    srv.Stop();
  });
  // The line scripts wait for (the port matters with --port 0).
  std::cout << "marsad serve: listening on http://" << a.opt.host << ":" << *port << "/ (gazetteer "
            << index << ", " << (*res)->gazetteer.size() << " places)" << std::endl;
  if (!a.opt.bearer_token.empty())  // the token itself is not printed: logs keep stderr
    std::cerr << "marsad serve: the API needs the token of --token-file; open the map page as http://" << a.opt.host
              << ":" << *port << "/#token=TOKEN\n";
  if (srv.health_port() > 0)
    std::cerr << "marsad serve: /healthz also on http://" << a.opt.host << ":" << srv.health_port() << "/healthz\n";
  bool ok = srv.Run();
  finished = true;
  pthread_kill(signals.native_handle(), SIGUSR1);
  signals.join();
  std::cerr << "marsad serve: stopped\n";
  return ok ? kExitOk : kExitBadInput;
}

// --max-body-mib: a finite size above 0 MiB and at most 4096.
CLI::Validator BodyMib() {
  return CLI::Validator(
      [](std::string& v) -> std::string {
        double x = 0;
        try {
          size_t used = 0;
          x = std::stod(v, &used);
          if (used != v.size()) return "not a number: " + v;
        } catch (const std::exception&) {
          return "not a number: " + v;
        }
        if (!std::isfinite(x) || x <= 0 || x > 4096) return "must be a number of MiB above 0 and at most 4096, not " + v;
        return "";
      },
      "MiB");
}

}  // namespace

void AddServeCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<ServeArgs>();
  auto& o = a->opt;
  auto* cmd = app.add_subcommand("serve", "HTTP API (JSON, CLIFF-compatible /parse/text, /metrics) and the map page");
  cmd->add_option("--host", o.host, "Address to listen on (loopback by default)")->default_val(o.host);
  // A TCP port is 16 bits: 99999 was taken modulo 65536 and bound 34463.
  cmd->add_option("--port", o.port, "Port, 1-65535; 0 picks a free one (printed on stdout)")
      ->default_val(o.port)
      ->check(CLI::Range(0, 65535).description("PORT 0-65535"));
  cmd->add_option("--index", a->index, "Gazetteer index (default: $MARSAD_GAZETTEER or data/gazetteer/default.mgz)");
  // A finite, positive size: -1 or nan would turn the limit off (a cast of a negative or
  // NaN double to size_t), 1 TiB and more is no limit either.
  cmd->add_option("--max-body-mib", a->max_body_mib, "Largest request body in MiB (else 413), 0 < MiB <= 4096")
      ->default_val(2)
      ->check(BodyMib());
  cmd->add_option("--time-budget-ms", o.time_budget_ms, "Per-request budget: queue wait and batch processing")
      ->default_val(o.time_budget_ms);
  cmd->add_option("--max-doc-seconds", o.max_doc_seconds,
                  "A document taking longer than this many seconds gets an error (0: no limit)")
      ->default_val(kDefaultMaxDocSeconds)
      ->check(NumberFromZero(86400, "seconds"));
  cmd->add_option("--max-concurrent", o.max_concurrent, "Extraction requests running at once (0: one per core)")
      ->default_val(o.max_concurrent)
      ->check(CLI::Range(0u, kMaxThreads));
  cmd->add_option("--max-queue", o.max_queue, "Requests waiting for a slot; beyond, 503 + Retry-After")
      ->default_val(o.max_queue);
  cmd->add_option("--queue-wait-ms", o.queue_wait_ms, "Longest wait for a slot before 503")->default_val(o.queue_wait_ms);
  cmd->add_option("--retry-after", o.retry_after_s, "Retry-After seconds sent with 503")->default_val(o.retry_after_s);
  cmd->add_option("--threads", o.threads, "Most connection worker threads (one per open connection, started on demand)")
      ->default_val(o.threads)
      ->check(CLI::Range(1u, kMaxThreads));
  cmd->add_option("--read-timeout", o.read_timeout_s, "Seconds to wait for a request's next bytes")
      ->default_val(o.read_timeout_s)
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--max-connections-per-address", o.max_connections_per_address,
                  "Connections open at once from one non-loopback address; more get 503 (0: no cap)")
      ->default_val(o.max_connections_per_address);
  cmd->add_option("--max-waiting-connections", o.max_waiting_connections,
                  "Connections still sending their requests (or idle between two) at once; they hold no "
                  "worker; more get 503")
      ->default_val(o.max_waiting_connections)
      ->check(CLI::Range(size_t{1}, size_t{1} << 20));
  cmd->add_option("--max-waiting-mib", a->max_waiting_mib,
                  "Request bodies being received at once, in MiB (each at its Content-Length, before a worker "
                  "takes it); a body past it gets 503, one always fits")
      ->default_val(a->max_waiting_mib)
      ->check(CLI::Range(size_t{1}, size_t{1} << 20));
  cmd->add_option("--max-sending-mib", a->max_sending_mib,
                  "Answers held for clients that read them slowly, in MiB (they hold no worker); past it a "
                  "worker writes the rest itself, within --request-timeout; one always fits")
      ->default_val(a->max_sending_mib)
      ->check(CLI::Range(size_t{1}, size_t{1} << 20));
  cmd->add_option("--request-timeout", o.request_timeout_s,
                  "Seconds for a whole request to arrive (line, headers, body; slow clients are cut off)")
      ->default_val(o.request_timeout_s)
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--web-dir", o.web_dir, "Map page directory (default: <source>/web)");
  cmd->add_option("--npm-dir", o.npm_dir, "npm assets (default: <source>/third_party/npm/node_modules)");
  cmd->add_flag("--access-log", o.access_log, "Log one line per request on stderr");
  cmd->add_option("--health-port", o.health_port,
                  "Also serve GET /healthz alone on this port, with its own workers (0: any free port)")
      ->check(CLI::Range(-1, 65535).description("PORT 0-65535"));
  cmd->add_option("--token-file", a->token_file,
                  "File holding a bearer token: the API then needs Authorization: Bearer <token> (401 otherwise)");
  cmd->add_flag("--allow-any-host", o.allow_any_host,
                "On a loopback address, answer any Host header (default: only localhost/127.x/[::1], "
                "against DNS rebinding)");
  cmd->callback([a, &ctx]() { ctx.exit_code = RunServe(*a); });
}

}  // namespace marsad::cli
