// httplib::Server with the limits Debian's build of cpp-httplib 0.11 lacks (issue 18): it
// reads any number of header lines of any total size into memory (300 MB of headers on
// one connection grew RSS to 815 MB and kept it), and a client sending one byte every few
// seconds holds a connection thread for as long as it likes.
//
// GuardedHttpServer reads each request, head and body, before a connection worker is
// taken: one thread (the "front") polls every connection that has not sent a complete
// request yet, or is idle between two requests, so a client sending one byte every 3 s
// costs a socket and its bytes so far, not a worker (260 such clients held all 256 workers
// of the main port and /healthz timed out behind them for up to 30 s; with the head read
// up front, clients sending a whole head and then trickling their bodies still did). A
// connection gets a worker once its request is complete (request_framing.h says where its
// body ends), for that request only. The front answers, then closes:
//   414 when the request line is longer than max_request_line,
//   431 when the header section is longer than max_header_bytes or has more than
//       max_headers lines,
//   400 for framing a proxy may read differently (two Content-Lengths, ...),
//   413 when the body is larger than max_body_bytes,
//   408 when the request is not complete within request_timeout_s of its first byte (or
//       sends nothing for the read timeout),
//   503 when one remote address already has max_connections_per_address open, when
//       max_waiting_connections connections are already waiting, or when the bodies being
//       received would take more than max_waiting_bytes.
// The worker's own socket stream checks the same again (it reads only what the front
// read). A handler may ask for the connection to be closed after its response
// (CloseConnection()), e.g. when it refused a request without reading its body.
//
// Answers go back the same way: a worker writes its response without waiting on the
// socket, and what the client does not take at once (a large answer to a client that
// reads slowly, or not at all) goes back to the front with the connection, which sends it
// as the client reads and only then reads the connection's next request. A client that
// takes nothing for the write timeout, or has not taken the whole answer within
// request_timeout_s plus one second per min_send_rate bytes, is cut off (the connection
// closes). The answers the front holds count against max_sending_bytes; past it (one
// always fits) a worker writes the rest itself, waiting on the socket, within
// request_timeout_s from its first byte.
#pragma once

#include <httplib.h>

#include <atomic>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

namespace marsad::server {

struct HttpLimits {
  size_t max_request_line = 8 * 1024;
  size_t max_header_bytes = 64 * 1024;
  size_t max_headers = 100;
  int request_timeout_s = 30;
  // Connections open at once from one non-loopback address (0: no cap); more get 503 and
  // are closed, so one remote client cannot take every connection worker. Loopback
  // clients are not capped (the default listener is loopback-only, and local tools and
  // health checks share that address).
  size_t max_connections_per_address = 64;
  // Connections waiting in the front at once (for a complete request, or idle between two);
  // more get 503 and are closed (an idle keep-alive one is closed). Each holds at most its
  // head (max_request_line + max_header_bytes) and a body (below).
  size_t max_waiting_connections = 1024;
  // The largest body the front reads (a longer declared Content-Length gets 413 at once).
  size_t max_body_bytes = 2u << 20;
  // The bodies the front holds at once, each counted at the most it may take (its
  // Content-Length; max_body_bytes, or twice that for chunks, when it has none): a body
  // that would not fit gets 503 (one body always fits).
  size_t max_waiting_bytes = 64u << 20;
  // The answers the front holds at once for clients that have not taken them yet.
  size_t max_sending_bytes = 64u << 20;
  // The least a client must read per second, on average, of an answer the front holds
  // (beyond the first request_timeout_s).
  size_t min_send_rate = 16u << 10;
};

// What the front does without the routes (for /metrics): its own answers (refused(status))
// and answers dropped because the client did not take them (dropped()). Called on the
// front's thread or a worker; must not block.
struct FrontObserver {
  std::function<void(int status)> refused;
  std::function<void()> dropped;
};

class GuardedHttpServer : public httplib::Server {
 public:
  GuardedHttpServer();
  void set_limits(const HttpLimits& limits) { limits_ = limits; }
  const HttpLimits& limits() const { return limits_; }
  // At most `max_threads` connection workers, `spare` of them kept idle (ConnectionPool).
  // Call before listening; new_task_queue is the front, do not replace it.
  void set_workers(size_t max_threads, size_t spare);
  // Call before listening.
  void set_observer(FrontObserver observer) { observer_ = std::move(observer); }
  // The bytes of answers the front holds for their clients now.
  size_t sending_bytes() const { return sending_.load(std::memory_order_relaxed); }
  // From a handler (on the connection's thread): close the connection after this response.
  static void CloseConnection();

 private:
  class Front;
  struct Connection;
  // On the listener thread (the front runs it there, at once): the per-address cap, then
  // the connection waits in the front for its head. Never blocks.
  bool process_and_close_socket(socket_t sock) override;
  // On a worker: one request of the connection, from what the front read (without the
  // front, the next request is awaited and read here). True when the connection stays open
  // (c.pending then holds what was read past the request), false after closing it.
  bool Serve(Connection& c);
  // Closes an accepted connection and gives back its place under the per-address cap and
  // the budget of the answer it held.
  void Close(Connection& c);
  void Refused(int status) const {
    if (observer_.refused) observer_.refused(status);
  }
  HttpLimits limits_;
  FrontObserver observer_;
  std::atomic<size_t> sending_{0};  // answers held for their clients (max_sending_bytes)
  size_t max_workers_ = 8, spare_workers_ = 2;
  Front* front_ = nullptr;  // while listening
  std::mutex per_address_mu_;
  std::unordered_map<std::string, size_t> per_address_;  // open connections by remote address
};

}  // namespace marsad::server
