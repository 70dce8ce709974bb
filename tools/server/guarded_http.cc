// The connection loop and socket stream of GuardedHttpServer (guarded_http.h).
#include "guarded_http.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <functional>
#include <string>
#include <utility>

namespace marsad::server {
namespace {

using Clock = std::chrono::steady_clock;

thread_local bool t_close_connection = false;

void AddressOf(const sockaddr_storage& a, std::string& ip, int& port) {
  char buf[INET6_ADDRSTRLEN] = "";
  if (a.ss_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(&a);
    ::inet_ntop(AF_INET, &in->sin_addr, buf, sizeof buf);
    port = ntohs(in->sin_port);
  } else if (a.ss_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&a);
    ::inet_ntop(AF_INET6, &in6->sin6_addr, buf, sizeof buf);
    port = ntohs(in6->sin6_port);
  }
  ip = buf;
}

// A socket as an httplib::Stream that checks the head of each request as it passes.
class GuardedStream : public httplib::Stream {
 public:
  GuardedStream(socket_t sock, const HttpLimits& limits, time_t read_timeout_s, time_t write_timeout_s,
                std::function<bool()> stopping)
      : sock_(sock),
        limits_(limits),
        read_timeout_ms_(read_timeout_s * 1000),
        write_timeout_ms_(write_timeout_s * 1000),
        stopping_(std::move(stopping)) {}

  // A new request begins (its first byte is readable): head checks and deadline restart.
  void StartRequest() {
    head_ = true;
    first_line_ = true;
    line_len_ = head_bytes_ = lines_ = 0;
    deadline_ = Clock::now() + std::chrono::seconds(limits_.request_timeout_s);
  }
  // The stream refused the request (and answered it): the connection must close.
  bool refused() const { return refused_; }
  // Waits up to timeout_s for the next request's first byte; false on timeout, close or stop.
  template <typename Stop>
  bool WaitForRequest(time_t timeout_s, Stop stop) {
    if (off_ < len_) return true;
    auto until = Clock::now() + std::chrono::seconds(timeout_s);
    while (!stop()) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
      if (left <= 0) return false;
      int r = Poll(POLLIN, static_cast<int>(std::min<long long>(left, 100)));
      if (r > 0) return true;
      if (r < 0) return false;
    }
    return false;
  }

  bool is_readable() const override { return off_ < len_ || Poll(POLLIN, static_cast<int>(read_timeout_ms_)) > 0; }
  // Writable, whether or not the client has closed its sending side: a client that sends
  // its request and shuts down writing still gets the answer (httplib's own stream checks
  // for that with a peek and answered nothing).
  bool is_writable() const override { return Poll(POLLOUT, static_cast<int>(write_timeout_ms_)) > 0; }

  ssize_t read(char* ptr, size_t size) override {
    if (refused_) return -1;
    const auto now = Clock::now();
    if (now >= deadline_) {
      // The whole request is late (a trickle of bytes keeps every single read in time).
      if (head_) {
        Refuse(408, "Request Timeout", "the request was not complete within " +
                                           std::to_string(limits_.request_timeout_s) + " s");
      }
      return -1;
    }
    if (off_ >= len_) {
      long long wait = read_timeout_ms_;
      // Rounded up: a wait cut short by the rounding would end just before the deadline.
      auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline_ - now).count();
      const bool deadline_bound = left < wait;
      if (deadline_bound) wait = left;
      // In slices, so that a stopping server does not wait for a slow client's next byte
      // (SIGTERM waited 38 s for them).
      int ready = 0;
      for (long long waited = 0; ready == 0 && waited < wait && !stopping_(); waited += 100)
        ready = Poll(POLLIN, static_cast<int>(std::min<long long>(100, wait - waited)));
      if (ready <= 0) {
        if (ready == 0 && head_ && deadline_bound && !stopping_()) {
          Refuse(408, "Request Timeout", "the request was not complete within " +
                                             std::to_string(limits_.request_timeout_s) + " s");
        }
        return -1;
      }
      ssize_t n;
      do n = ::recv(sock_, buf_, sizeof buf_, 0);
      while (n < 0 && errno == EINTR);
      if (n <= 0) return n;
      off_ = 0;
      len_ = static_cast<size_t>(n);
    }
    size_t n = std::min(size, len_ - off_);
    if (head_ && !CheckHead(buf_ + off_, n)) return -1;
    std::memcpy(ptr, buf_ + off_, n);
    off_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!is_writable()) return -1;
    ssize_t n;
    do n = ::send(sock_, ptr, size, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    return n;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage a{};
    socklen_t len = sizeof a;
    if (::getpeername(sock_, reinterpret_cast<sockaddr*>(&a), &len) == 0) AddressOf(a, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage a{};
    socklen_t len = sizeof a;
    if (::getsockname(sock_, reinterpret_cast<sockaddr*>(&a), &len) == 0) AddressOf(a, ip, port);
  }
  socket_t socket() const override { return sock_; }

 private:
  int Poll(short events, int timeout_ms) const {
    pollfd p{sock_, events, 0};
    int r;
    do r = ::poll(&p, 1, timeout_ms);
    while (r < 0 && errno == EINTR);
    if (r > 0 && (p.revents & (POLLERR | POLLNVAL))) return -1;
    return r;
  }

  // Walks the head bytes about to be handed out; false (after answering) past a limit.
  bool CheckHead(const char* p, size_t n) {
    for (size_t i = 0; i < n && head_; ++i) {
      ++head_bytes_;
      if (p[i] == '\n') {
        size_t content = line_len_ > 0 && last_ == '\r' ? line_len_ - 1 : line_len_;
        if (!first_line_ && content == 0) {
          head_ = false;  // the blank line: the body (if any) follows
        } else if (!first_line_ && ++lines_ > limits_.max_headers) {
          Refuse(431, "Request Header Fields Too Large",
                 "more than " + std::to_string(limits_.max_headers) + " header fields");
          return false;
        }
        first_line_ = false;
        line_len_ = 0;
      } else {
        ++line_len_;
        if (first_line_ && line_len_ > limits_.max_request_line) {
          Refuse(414, "URI Too Long",
                 "request line longer than " + std::to_string(limits_.max_request_line) + " bytes");
          return false;
        }
      }
      last_ = p[i];
      if (head_ && head_bytes_ > limits_.max_header_bytes) {
        Refuse(431, "Request Header Fields Too Large",
               "request head larger than " + std::to_string(limits_.max_header_bytes) + " bytes");
        return false;
      }
    }
    return true;
  }


 public:
  // Answers directly (httplib has not parsed the request) and marks the stream closed.
  void Refuse(int status, const std::string& reason, const std::string& message) {
    refused_ = true;
    std::string body = "{\"status\":" + std::to_string(status) + ",\"error\":\"" + reason + "\",\"message\":\"" +
                       message + "\"}";
    std::string r = "HTTP/1.1 " + std::to_string(status) + " " + reason +
                    "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                    std::to_string(body.size()) + "\r\n\r\n" + body;
    if (Poll(POLLOUT, 1000) > 0) (void)::send(sock_, r.data(), r.size(), MSG_NOSIGNAL);
  }

 private:
  socket_t sock_;
  HttpLimits limits_;
  long long read_timeout_ms_, write_timeout_ms_;
  char buf_[4096];
  size_t off_ = 0, len_ = 0;
  bool head_ = false, first_line_ = true, refused_ = false;
  char last_ = 0;
  size_t line_len_ = 0, head_bytes_ = 0, lines_ = 0;
  Clock::time_point deadline_{};
  std::function<bool()> stopping_;
};

}  // namespace

void GuardedHttpServer::CloseConnection() { t_close_connection = true; }

bool GuardedHttpServer::process_and_close_socket(socket_t sock) {
  auto stopping = [this] { return svr_sock_ == INVALID_SOCKET; };
  GuardedStream strm(sock, limits_, read_timeout_sec_, write_timeout_sec_, stopping);
  bool ret = false, linger = false, counted = false;
  // The per-address cap (loopback exempt).
  std::string ip;
  int port = 0;
  strm.get_remote_ip_and_port(ip, port);
  const bool capped = limits_.max_connections_per_address > 0 && !ip.empty() && !ip.starts_with("127.") &&
                      ip != "::1" && !ip.starts_with("::ffff:127.");
  if (capped) {
    {
      std::lock_guard<std::mutex> lock(per_address_mu_);
      size_t& n = per_address_[ip];
      if (n < limits_.max_connections_per_address) {
        ++n;
        counted = true;
      }
    }
    if (!counted) {
      strm.Refuse(503, "Service Unavailable",
                  "more than " + std::to_string(limits_.max_connections_per_address) +
                      " connections open from this address");
      linger = true;
    }
  }
  for (size_t count = linger ? 0 : keep_alive_max_count_; count > 0; --count) {
    if (!strm.WaitForRequest(keep_alive_timeout_sec_, stopping)) break;
    strm.StartRequest();
    t_close_connection = false;
    bool closed = false;
    ret = process_request(strm, count == 1, closed, nullptr);
    linger = strm.refused() || t_close_connection;
    if (!ret || closed || linger) break;
  }
  t_close_connection = false;
  if (counted) {
    std::lock_guard<std::mutex> lock(per_address_mu_);
    if (--per_address_[ip] == 0) per_address_.erase(ip);
  }
  if (linger) {
    // Lingering close: closing with the client's bytes unread would send a reset, which
    // can destroy our answer before the client reads it. Read and drop what is still
    // coming for a moment (bounded in time and bytes) after the answer.
    ::shutdown(sock, SHUT_WR);
    auto until = Clock::now() + std::chrono::seconds(1);
    size_t dropped = 0;
    char buf[16384];
    while (dropped < (8u << 20) && Clock::now() < until) {
      pollfd p{sock, POLLIN, 0};
      if (::poll(&p, 1, 100) <= 0) continue;
      ssize_t n = ::recv(sock, buf, sizeof buf, 0);
      if (n <= 0) break;
      dropped += static_cast<size_t>(n);
    }
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ret;
}

}  // namespace marsad::server
