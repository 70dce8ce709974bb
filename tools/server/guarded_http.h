// httplib::Server with the limits Debian's build of cpp-httplib 0.11 lacks (issue 18): it
// reads any number of header lines of any total size into memory (300 MB of headers on
// one connection grew RSS to 815 MB and kept it), and a client sending one byte every few
// seconds holds a connection thread for as long as it likes.
//
// GuardedHttpServer reads each request's head before a connection worker is taken: one
// thread (the "front") polls every connection that has not sent a complete head yet, so a
// client sending one byte every 3 s costs a socket and its bytes so far, not a worker
// (260 such clients held all 256 workers of the main port and /healthz timed out behind
// them for up to 30 s). A connection gets a worker once its head is complete; from then on
// the worker's own socket stream checks what httplib reads. Both answer, then close:
//   414 when the request line is longer than max_request_line,
//   431 when the header section is longer than max_header_bytes or has more than
//       max_headers lines,
//   408 when the head is not complete within request_timeout_s of its first byte,
//   503 when one remote address already has max_connections_per_address open, or when
//       max_waiting_connections connections are already waiting for their heads;
// and cuts the body when the whole request (head + body) takes longer than that. A
// handler may ask for the connection to be closed after its response (CloseConnection()),
// e.g. when it refused a request without reading its body.
#pragma once

#include <httplib.h>

#include <cstddef>
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
  // Connections waiting for a complete head at once (the front's; each holds at most its
  // head, max_request_line + max_header_bytes); more get 503 and are closed.
  size_t max_waiting_connections = 1024;
};

class GuardedHttpServer : public httplib::Server {
 public:
  GuardedHttpServer();
  void set_limits(const HttpLimits& limits) { limits_ = limits; }
  const HttpLimits& limits() const { return limits_; }
  // At most `max_threads` connection workers, `spare` of them kept idle (ConnectionPool).
  // Call before listening; new_task_queue is the front, do not replace it.
  void set_workers(size_t max_threads, size_t spare);
  // From a handler (on the connection's thread): close the connection after this response.
  static void CloseConnection();

 private:
  class Front;
  struct Connection;
  // On the listener thread (the front runs it there, at once): the per-address cap, then
  // the connection waits in the front for its head. Never blocks.
  bool process_and_close_socket(socket_t sock) override;
  // On a worker: the connection's requests, from the head the front read.
  void Serve(Connection& c);
  // Closes an accepted connection and gives back its place under the per-address cap.
  void Close(Connection& c);
  HttpLimits limits_;
  size_t max_workers_ = 8, spare_workers_ = 2;
  Front* front_ = nullptr;  // while listening
  std::mutex per_address_mu_;
  std::unordered_map<std::string, size_t> per_address_;  // open connections by remote address
};

}  // namespace marsad::server
