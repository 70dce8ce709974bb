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

#include "marsad/json_write.h"
#include "server_impl.h"

namespace marsad::server {
namespace {

namespace fs = std::filesystem;
using Writer = json::Writer;

// Every request is handled start to finish on one worker thread, so the routing time can
// be kept per thread between the pre-routing hook, the post-routing hook and the logger.
thread_local Clock::time_point t_request_start;
thread_local bool t_request_started = false;
thread_local double t_request_secs = 0;

}  // namespace

void Server::Impl::HandleLookup(const httplib::Request& req, httplib::Response& res) {
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

void Server::Impl::HandleHealth(const httplib::Request&, httplib::Response& res) {
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

void Server::Impl::HandleMetrics(const httplib::Request&, httplib::Response& res) {
  int64_t a, q;
  {
    std::lock_guard<std::mutex> lock(slot_mu);
    a = active;
    q = waiting;
  }
  res.set_content(metrics.Render(a, q, http.sending_bytes() + (health ? health->sending_bytes() : 0)),
                  "text/plain; version=0.0.4; charset=utf-8");
}

void Server::Impl::HandleStatic(const httplib::Request& req, httplib::Response& res) {
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

void Server::Impl::LoadAssets() {
  auto web_keep = [](const std::string&) { return true; };
  if (!opt.web_dir.empty()) LoadTree(assets, "/", opt.web_dir, false, web_keep);
  if (opt.npm_dir.empty()) return;
  fs::path npm(opt.npm_dir);
  LoadTree(assets, "/vendor/leaflet/", npm / "leaflet/dist", true, [](const std::string& rel) {
    return rel == "leaflet.js" || rel == "leaflet.css" || rel.starts_with("images/");
  });
  LoadTree(assets, "/vendor/leaflet.markercluster/", npm / "leaflet.markercluster/dist", true,
           [](const std::string& rel) { return rel == "leaflet.markercluster.js" || rel.ends_with(".css"); });
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

httplib::Server::HandlerWithContentReader Server::Impl::WithBody(BodyHandler fn) {
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

void Server::Impl::Routes() {
  using httplib::Request;
  using httplib::Response;
  http.Post("/v1/extract", WithBody(&Impl::HandleExtract));
  http.Post("/v1/extract/batch", WithBody(&Impl::HandleBatch));
  http.Post("/v1/merge", WithBody(&Impl::HandleMerge));
  http.Get("/v1/gazetteer/lookup", [this](const Request& q, Response& r) { HandleLookup(q, r); });
  http.Get("/v1/gazetteer/places", [this](const Request& q, Response& r) { HandlePlaces(q, r); });
  http.Get("/healthz", [this](const Request& q, Response& r) { HandleHealth(q, r); });
  http.Get("/metrics", [this](const Request& q, Response& r) { HandleMetrics(q, r); });
  CliffRoutes();
  // 405 for the other methods of each API path.
  struct Route {
    const char* path;
    bool get, post;
  };
  for (Route rt : {Route{"/v1/extract", false, true}, Route{"/v1/extract/batch", false, true},
                   Route{"/v1/merge", false, true},
                   Route{"/v1/gazetteer/lookup", true, false}, Route{"/v1/gazetteer/places", true, false},
                   Route{"/healthz", true, false}, Route{"/metrics", true, false}}) {
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
  Hooks();
}

// What runs around every route: the token and Host checks and the framing checks before
// it, JSON bodies for httplib's own errors, the metrics and the access log after it.
void Server::Impl::Hooks() {
  using httplib::Request;
  using httplib::Response;
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
  http.set_workers(threads, spare);
  impl_->pipeline = std::make_unique<pipeline::WorkerPool>(o.max_concurrent);
  // The API limit (max_body_bytes, 413) is enforced while reading, in WithBody; this is
  // only the hard cap past which httplib refuses to read a body at all.
  http.set_payload_max_length(std::max<size_t>(o.max_body_bytes * 8, 64u << 20));
  http.set_read_timeout(o.read_timeout_s, 0);
  HttpLimits limits;
  limits.request_timeout_s = o.request_timeout_s;
  limits.max_connections_per_address = o.max_connections_per_address;
  limits.max_waiting_connections = o.max_waiting_connections;
  limits.max_body_bytes = o.max_body_bytes;
  limits.max_waiting_bytes = o.max_waiting_bytes;
  limits.max_sending_bytes = o.max_sending_bytes;
  impl_->loopback_only = o.host.starts_with("127.") || o.host == "::1" || o.host == "localhost";
  http.set_limits(limits);
  // The front's own answers and dropped answers, of either port, in /metrics.
  FrontObserver observer;
  observer.refused = [impl = impl_.get()](int status) { impl->metrics.AddRefused(status); };
  observer.dropped = [impl = impl_.get()] { impl->metrics.AddDropped(); };
  http.set_observer(observer);
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
    h->set_workers(4, 2);
    h->set_read_timeout(2, 0);
    h->set_write_timeout(2, 0);
    h->set_keep_alive_timeout(2);
    HttpLimits hl;
    hl.request_timeout_s = 5;
    hl.max_headers = 32;
    hl.max_header_bytes = 8 * 1024;
    hl.max_body_bytes = 64 * 1024;  // it reads no body, but drains one (a POST gets 404)
    hl.max_waiting_bytes = 1u << 20;
    hl.max_sending_bytes = 1u << 20;
    h->set_limits(hl);
    h->set_observer(observer);
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
