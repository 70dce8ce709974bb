// httplib::Server with the limits Debian's build of cpp-httplib 0.11 lacks (issue 18): it
// reads any number of header lines of any total size into memory (300 MB of headers on
// one connection grew RSS to 815 MB and kept it), and a client sending one byte every few
// seconds holds a connection thread for as long as it likes.
//
// GuardedHttpServer replaces the per-connection loop with its own socket stream, which
// sees every byte of a request's head before httplib does and answers, then closes:
//   414 when the request line is longer than max_request_line,
//   431 when the header section is longer than max_header_bytes or has more than
//       max_headers lines,
//   408 when the head is not complete within request_timeout_s of its first byte,
//   503 when one remote address already has max_connections_per_address open;
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
};

class GuardedHttpServer : public httplib::Server {
 public:
  void set_limits(const HttpLimits& limits) { limits_ = limits; }
  const HttpLimits& limits() const { return limits_; }
  // From a handler (on the connection's thread): close the connection after this response.
  static void CloseConnection();

 private:
  bool process_and_close_socket(socket_t sock) override;
  HttpLimits limits_;
  std::mutex per_address_mu_;
  std::unordered_map<std::string, size_t> per_address_;  // open connections by remote address
};

}  // namespace marsad::server
