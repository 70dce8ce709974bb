// libFuzzer target over the HTTP service (issue 18): a `marsad serve` (Server over the
// fixture index) runs in this process on a loopback port; each input is sent as the raw
// bytes of one connection (request line, headers, body: form parsing, parameters, JSON and
// CLIFF bodies, batches), then the client half-closes and reads the answer. Seeds: the
// requests of docs/http-api.md, written into the corpus by LLVMFuzzerInitialize.
// Invariants: no crash, hang or sanitizer report in the server; what it answers is HTTP.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <thread>

#include "fuzz_util.h"
#include "../tools/server/server.h"

namespace {

int g_port = 0;

void WriteSeeds() {
  const char* seeds[] = {
      "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n",
      "POST /v1/extract?format=geojson&lang=en HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
      "Content-Length: 36\r\n\r\nShelling hit Raqqa, Syria on Monday.",
      "POST /v1/extract?explain=1&id=a%FF HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: application/json\r\n"
      "Content-Length: 58\r\n\r\n{\"id\":\"x\",\"text\":\"Fighting in Aleppo\",\"date\":\"7/21/2015\"}",
      "POST /v1/extract/batch?format=acled HTTP/1.1\r\nHost: localhost\r\nContent-Length: 58\r\n\r\n"
      "{\"id\":\"a\",\"text\":\"Raqqa\"}\n{\"id\":\"b\",\"text\":\"\xd8\xa7\xd9\x84\xd8\xb1\xd9\x82\xd8\xa9\"}\n",
      "POST /parse/text HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
      "Content-Length: 47\r\n\r\nq=Shelling+hit+Raqqa%2C+Syria&replaceAllDemonyms=true",
      "GET /parse/text?q=Aleppo&language=EN HTTP/1.1\r\nHost: localhost\r\n\r\n",
      "GET /v1/gazetteer/lookup?q=raq&limit=5 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
      "POST /v1/extract HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nRaqqa\r\n0\r\n\r\n",
  };
  int n = 0;
  for (const char* s : seeds) marsad::fuzz::WriteSeed("request-" + std::to_string(++n), s);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::signal(SIGPIPE, SIG_IGN);
  WriteSeeds();
  marsad::server::ServerOptions o;
  o.port = 0;
  o.threads = 8;
  o.read_timeout_s = 1;
  o.request_timeout_s = 2;
  o.max_doc_seconds = 5;
  o.version = "fuzz";
  // Never destroyed: it serves until the process exits (a static would be torn down at
  // exit under its running thread).
  static auto* server = new marsad::server::Server(marsad::fuzz::FixtureResources(), o);
  auto port = server->Bind();
  if (!port.ok()) std::abort();
  g_port = *port;
  std::thread([] { server->Run(); }).detach();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  FUZZ_CHECK(fd >= 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(g_port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  timeval tv{10, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  // Closed with a reset, not a FIN: an orderly close leaves the client's port in TIME_WAIT
  // for a minute, and at ~1,000 connections a second the ephemeral ports run out after
  // half a minute (connect fails with EADDRNOTAVAIL: a harness failure, not a finding).
  const linger reset{1, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
  int rc = -1;
  for (int attempt = 0; attempt < 50 && rc != 0; ++attempt) {
    rc = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    if (rc != 0 && errno == EINTR) {
      // Interrupted (libFuzzer's periodic SIGALRM, while a loaded machine defers the
      // handshake): the connection goes on; wait for it and take its outcome.
      pollfd p{fd, POLLOUT, 0};
      int err = ETIMEDOUT;
      socklen_t len = sizeof err;
      if (::poll(&p, 1, 10000) > 0) ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
      rc = err == 0 ? 0 : -1;
      errno = err;
    }
    if (rc != 0 && errno != EADDRNOTAVAIL && errno != EAGAIN) break;
    if (rc != 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  if (rc != 0) {  // the server stopped accepting (or the harness broke): say which
    const int err = errno;
    std::error_code ec;
    const auto fds = std::distance(std::filesystem::directory_iterator("/proc/self/fd", ec),
                                   std::filesystem::directory_iterator());
    std::fprintf(stderr, "http_fuzz: connect to port %d failed: %s (%ld open descriptors)\n", g_port,
                 std::strerror(err), static_cast<long>(fds));
    FUZZ_CHECK(false);
  }
  for (size_t off = 0; off < size;) {
    ssize_t w = ::send(fd, data + off, size - off, MSG_NOSIGNAL);
    if (w <= 0) break;  // the server may answer (413, 431) and close before reading it all
    off += static_cast<size_t>(w);
  }
  ::shutdown(fd, SHUT_WR);
  std::string answer;
  char buf[4096];
  for (ssize_t r; (r = ::recv(fd, buf, sizeof buf, 0)) > 0;) answer.append(buf, static_cast<size_t>(r));
  ::close(fd);
  if (!answer.empty()) FUZZ_CHECK(answer.starts_with("HTTP/1.1 "));
  return 0;
}
