// The connection front, loop and socket stream of GuardedHttpServer (guarded_http.h).
#include "guarded_http.h"

#include <arpa/inet.h>
#include <malloc.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "connection_pool.h"
#include "request_framing.h"

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

std::string PeerIp(socket_t sock) {
  sockaddr_storage a{};
  socklen_t len = sizeof a;
  std::string ip;
  int port = 0;
  if (::getpeername(sock, reinterpret_cast<sockaddr*>(&a), &len) == 0) AddressOf(a, ip, port);
  return ip;
}

int PollOne(socket_t sock, short events, int timeout_ms) {
  pollfd p{sock, events, 0};
  int r;
  do r = ::poll(&p, 1, timeout_ms);
  while (r < 0 && errno == EINTR);
  if (r > 0 && (p.revents & (POLLERR | POLLNVAL))) return -1;
  return r;
}

// An answer sent in place of httplib's (it has not parsed the request): JSON, then close.
// wait_ms: how long to wait for room in the socket's send buffer (the front waits for
// nothing: its answers are small and the buffer of a connection that sent only a head is
// empty).
void SendRefusal(socket_t sock, int status, const std::string& reason, const std::string& message, int wait_ms) {
  std::string body = "{\"status\":" + std::to_string(status) + ",\"error\":\"" + reason + "\",\"message\":\"" +
                     message + "\"}";
  std::string r = "HTTP/1.1 " + std::to_string(status) + " " + reason +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  std::to_string(body.size()) + "\r\n\r\n" + body;
  if (PollOne(sock, POLLOUT, wait_ms) > 0) (void)::send(sock, r.data(), r.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
}

std::string LateMessage(int request_timeout_s) {
  return "the request was not complete within " + std::to_string(request_timeout_s) + " s";
}

// Lingering close, after an answer that left the client's bytes unread: closing with them
// unread would send a reset, which can destroy the answer before the client reads it.
// Reads and drops what is still coming for a moment (bounded in time and bytes).
constexpr size_t kLingerBytes = 8u << 20;
// After a 413 for a declared length, the front drains up to that length (at most this).
constexpr uint64_t kDrainBytes = 64u << 20;
constexpr auto kLingerTime = std::chrono::seconds(1);

void LingeringClose(socket_t sock) {
  ::shutdown(sock, SHUT_WR);
  auto until = Clock::now() + kLingerTime;
  size_t dropped = 0;
  char buf[16384];
  while (dropped < kLingerBytes && Clock::now() < until) {
    if (PollOne(sock, POLLIN, 100) <= 0) continue;
    ssize_t n = ::recv(sock, buf, sizeof buf, 0);
    if (n <= 0) break;
    dropped += static_cast<size_t>(n);
  }
}

// Walks a request's head as its bytes arrive: where it ends, and whether it breaks a limit
// (the request line, the number of header lines, the head's size).
class HeadScanner {
 public:
  enum State { kMore, kDone, kLineTooLong, kTooManyHeaders, kTooLarge };

  void Reset() { *this = HeadScanner(); }
  // The state after bytes p[0, n); bytes past the head's end are not looked at.
  State Feed(const HttpLimits& limits, const char* p, size_t n) {
    for (size_t i = 0; i < n && state_ == kMore; ++i) {
      ++head_bytes_;
      if (p[i] == '\n') {
        // The head ends with a line that is exactly CRLF, as httplib reads it: it skips a
        // bare "\n" line and waits for more (a head ending "\n\n" held a worker for the
        // read timeout, or, trickled, the request timeout).
        if (!first_line_ && line_len_ == 1 && last_ == '\r') {
          state_ = kDone;  // the blank line: the body (if any) follows
        } else if (!first_line_ && ++lines_ > limits.max_headers) {
          state_ = kTooManyHeaders;
        }
        first_line_ = false;
        line_len_ = 0;
      } else if (++line_len_ > limits.max_request_line && first_line_) {
        state_ = kLineTooLong;
      }
      last_ = p[i];
      if (state_ == kMore && head_bytes_ > limits.max_header_bytes) state_ = kTooLarge;
    }
    return state_;
  }
  State state() const { return state_; }
  // The head's length once it is complete (kDone).
  size_t bytes() const { return head_bytes_; }

 private:
  State state_ = kMore;
  bool first_line_ = true;
  char last_ = 0;
  size_t line_len_ = 0, head_bytes_ = 0, lines_ = 0;
};

struct Refusal {
  int status;
  std::string reason, message;
};

// The answer to a head past a limit.
Refusal RefusalFor(HeadScanner::State s, const HttpLimits& limits) {
  switch (s) {
    case HeadScanner::kLineTooLong:
      return {414, "URI Too Long", "request line longer than " + std::to_string(limits.max_request_line) + " bytes"};
    case HeadScanner::kTooManyHeaders:
      return {431, "Request Header Fields Too Large",
              "more than " + std::to_string(limits.max_headers) + " header fields"};
    default:
      return {431, "Request Header Fields Too Large",
              "request head larger than " + std::to_string(limits.max_header_bytes) + " bytes"};
  }
}

constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

// Takes n bytes of the budget of answers held for their clients (one always fits).
bool TakeBudget(std::atomic<size_t>& used, size_t cap, size_t n) {
  size_t u = used.load(std::memory_order_relaxed);
  do {
    if (u > 0 && u + n > cap) return false;
  } while (!used.compare_exchange_weak(u, u + n, std::memory_order_relaxed));
  return true;
}

ssize_t SendNow(socket_t sock, const char* p, size_t n) {
  ssize_t r;
  do r = ::send(sock, p, n, MSG_NOSIGNAL | MSG_DONTWAIT);
  while (r < 0 && errno == EINTR);
  return r;
}

// A socket as an httplib::Stream that checks the head of each request as it passes. It
// first hands out `pending`, the bytes the front read before a worker took the connection
// (with the front, a whole request: head and body). With a budget of held answers
// (`sending`, with the front), what the socket does not take at once is kept (unsent())
// for the front to send; without one, or past it, writes wait on the socket, within
// request_timeout_s of the answer's first byte.
class GuardedStream : public httplib::Stream {
 public:
  // continued: the front has answered the request's `Expect: 100-continue` already.
  GuardedStream(socket_t sock, const HttpLimits& limits, time_t read_timeout_s, time_t write_timeout_s,
                std::function<bool()> stopping, std::string pending, bool continued, std::atomic<size_t>* sending,
                std::function<void(int)> refused)
      : sock_(sock),
        limits_(limits),
        read_timeout_ms_(read_timeout_s * 1000),
        write_timeout_ms_(write_timeout_s * 1000),
        stopping_(std::move(stopping)),
        pending_(std::move(pending)),
        continued_(continued),
        sending_(sending),
        refused_fn_(std::move(refused)) {}
  ~GuardedStream() override {
    if (sending_ != nullptr && !unsent_.empty()) sending_->fetch_sub(unsent_.size(), std::memory_order_relaxed);
  }
  GuardedStream(const GuardedStream&) = delete;
  GuardedStream& operator=(const GuardedStream&) = delete;

  // The part of the answer the client has not taken yet; its bytes stay counted in the
  // budget (the caller gives them back).
  bool has_unsent() const { return !unsent_.empty(); }
  std::string TakeUnsent() { return std::exchange(unsent_, std::string()); }

  // A new request begins (its first byte arrived at `first_byte`): head checks and the
  // deadline restart.
  void StartRequest(Clock::time_point first_byte) {
    head_ = true;
    writing_ = false;
    scan_.Reset();
    deadline_ = first_byte + std::chrono::seconds(limits_.request_timeout_s);
  }
  // The stream refused the request (and answered it): the connection must close.
  bool refused() const { return refused_; }
  bool buffered() const { return off_ < len_ || pending_off_ < pending_.size(); }
  // What was read and not handed out (the start of a pipelined next request).
  std::string TakeBuffered() {
    std::string rest(buf_ + off_, len_ - off_);
    rest.append(pending_, pending_off_);
    off_ = len_ = pending_off_ = 0;
    std::string().swap(pending_);
    return rest;
  }
  // Waits up to timeout_s for the next request's first byte; false on timeout, close or stop.
  template <typename Stop>
  bool WaitForRequest(time_t timeout_s, Stop stop) {
    if (buffered()) return true;
    auto until = Clock::now() + std::chrono::seconds(timeout_s);
    while (!stop()) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
      if (left <= 0) return false;
      int r = PollOne(sock_, POLLIN, static_cast<int>(std::min<long long>(left, 100)));
      if (r > 0) return true;
      if (r < 0) return false;
    }
    return false;
  }

  bool is_readable() const override {
    return buffered() || PollOne(sock_, POLLIN, static_cast<int>(read_timeout_ms_)) > 0;
  }
  // Writable, whether or not the client has closed its sending side: a client that sends
  // its request and shuts down writing still gets the answer (httplib's own stream checks
  // for that with a peek and answered nothing).
  bool is_writable() const override {
    return !unsent_.empty() || PollOne(sock_, POLLOUT, static_cast<int>(write_timeout_ms_)) > 0;
  }

  // Bytes already read are handed out whatever the time: the deadline bounds the wait for
  // the client, not a worker that took a complete request late.
  ssize_t read(char* ptr, size_t size) override {
    if (refused_) return -1;
    if (off_ >= len_ && pending_off_ < pending_.size()) {
      len_ = std::min(sizeof buf_, pending_.size() - pending_off_);
      std::memcpy(buf_, pending_.data() + pending_off_, len_);
      off_ = 0;
      pending_off_ += len_;
      if (pending_off_ == pending_.size()) {  // a body's copy is not kept while it is processed
        std::string().swap(pending_);
        pending_off_ = 0;
      }
    }
    if (off_ >= len_) {
      ssize_t r = Receive();
      if (r <= 0) return r;
    }
    size_t n = std::min(size, len_ - off_);
    if (head_ && !CheckHead(buf_ + off_, n)) return -1;
    std::memcpy(ptr, buf_ + off_, n);
    off_ += n;
    return static_cast<ssize_t>(n);
  }

  // httplib answers `Expect: 100-continue` itself before it reads the body; when the front
  // has sent that interim answer already (to get the body), a second one is dropped.
  // A slow reader holds no worker: what the socket does not take at once is kept for the
  // front (within the budget), and the write returns.
  ssize_t write(const char* ptr, size_t size) override {
    if (continued_ && std::string_view(ptr, size) == kContinue) {
      continued_ = false;
      return static_cast<ssize_t>(size);
    }
    if (!writing_) {
      writing_ = true;
      write_deadline_ = Clock::now() + std::chrono::seconds(limits_.request_timeout_s);
    }
    if (!unsent_.empty()) {  // after what is kept already, in order
      if (Keep(ptr, size)) return static_cast<ssize_t>(size);
      if (!Flush()) return -1;  // past the budget: what is kept goes out first, waiting
    }
    if (sending_ != nullptr) {
      ssize_t n = SendNow(sock_, ptr, size);
      if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) return -1;
      const size_t sent = n > 0 ? static_cast<size_t>(n) : 0;
      if (sent == size || Keep(ptr + sent, size - sent)) return static_cast<ssize_t>(size);
      if (sent > 0) return n;  // httplib writes the rest (waiting, below)
    }
    return SendWaiting(ptr, size);
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
  // Fills buf_ from the socket, waiting within the request's deadline (in slices, so that a
  // stopping server does not wait for a slow client's next byte: SIGTERM waited 38 s for
  // them). The result of recv, or -1 on a timeout (408 when the head is late).
  ssize_t Receive() {
    const auto now = Clock::now();
    if (now >= deadline_) {
      // The whole request is late (a trickle of bytes keeps every single read in time).
      if (head_) Refuse(408, "Request Timeout", LateMessage(limits_.request_timeout_s));
      return -1;
    }
    long long wait = read_timeout_ms_;
    // Rounded up: a wait cut short by the rounding would end just before the deadline.
    auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline_ - now).count();
    const bool deadline_bound = left < wait;
    if (deadline_bound) wait = left;
    int ready = 0;
    for (long long waited = 0; ready == 0 && waited < wait && !stopping_(); waited += 100)
      ready = PollOne(sock_, POLLIN, static_cast<int>(std::min<long long>(100, wait - waited)));
    if (ready <= 0) {
      if (ready == 0 && head_ && deadline_bound && !stopping_())
        Refuse(408, "Request Timeout", LateMessage(limits_.request_timeout_s));
      return -1;
    }
    ssize_t n;
    do n = ::recv(sock_, buf_, sizeof buf_, 0);
    while (n < 0 && errno == EINTR);
    if (n > 0) {
      off_ = 0;
      len_ = static_cast<size_t>(n);
    }
    return n;
  }
  // Walks the head bytes about to be handed out; false (after answering) past a limit.
  bool CheckHead(const char* p, size_t n) {
    auto s = scan_.Feed(limits_, p, n);
    if (s == HeadScanner::kDone) head_ = false;
    if (s == HeadScanner::kMore || s == HeadScanner::kDone) return true;
    Refusal r = RefusalFor(s, limits_);
    Refuse(r.status, r.reason, r.message);
    return false;
  }
  // Answers directly (httplib has not parsed the request) and marks the stream closed.
  void Refuse(int status, const std::string& reason, const std::string& message) {
    refused_ = true;
    SendRefusal(sock_, status, reason, message, 1000);
    if (refused_fn_) refused_fn_(status);
  }

  // Keeps bytes of the answer for the front, within the budget.
  bool Keep(const char* p, size_t n) {
    if (sending_ == nullptr || !TakeBudget(*sending_, limits_.max_sending_bytes, n)) return false;
    unsent_.append(p, n);
    return true;
  }
  // One send once the socket has room, waiting at most the write timeout and not past the
  // answer's deadline; -1 when neither came in time.
  ssize_t SendWaiting(const char* p, size_t n) {
    while (true) {
      const auto left = std::chrono::ceil<std::chrono::milliseconds>(write_deadline_ - Clock::now()).count();
      if (left <= 0) return -1;
      if (PollOne(sock_, POLLOUT, static_cast<int>(std::min<long long>(write_timeout_ms_, left))) <= 0) return -1;
      ssize_t r = SendNow(sock_, p, n);
      if (r >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) return r;
    }
  }
  // Sends what is kept, waiting on the socket; false when the client did not take it in time.
  bool Flush() {
    size_t off = 0;
    bool ok = true;
    while (ok && off < unsent_.size()) {
      ssize_t n = SendWaiting(unsent_.data() + off, unsent_.size() - off);
      if (n > 0) off += static_cast<size_t>(n);
      else ok = false;
    }
    sending_->fetch_sub(unsent_.size(), std::memory_order_relaxed);
    std::string().swap(unsent_);
    return ok;
  }

  socket_t sock_;
  HttpLimits limits_;
  long long read_timeout_ms_, write_timeout_ms_;
  char buf_[4096];
  size_t off_ = 0, len_ = 0;
  bool head_ = false, refused_ = false;
  HeadScanner scan_;
  Clock::time_point deadline_{};
  std::function<bool()> stopping_;
  std::string pending_;
  size_t pending_off_ = 0;
  bool continued_;
  std::atomic<size_t>* sending_;  // the budget of answers the front holds; null: no front
  std::function<void(int)> refused_fn_;
  std::string unsent_;            // the answer's bytes the client has not taken yet
  bool writing_ = false;          // the answer has begun (write_deadline_ is set)
  Clock::time_point write_deadline_{};
};

}  // namespace

// An accepted connection, from its acceptance to its close. Between two requests it waits
// in the front (without a worker), during a request it is a worker's.
struct GuardedHttpServer::Connection {
  socket_t sock = INVALID_SOCKET;
  std::string ip;
  bool counted = false;          // holds a place under the per-address cap
  size_t served = 0;             // requests answered on it
  std::string head;              // what the front read: a request's head, its body (and more)
  std::string pending;           // bytes past the request (pipelined), to be read as the next
  size_t request_end = 0;        // where the request (head and body) ends in `head`
  bool framed = false;           // `head` holds exactly one request (the front read it)
  HeadScanner scan;
  size_t head_end = 0;           // the head's length, once it is complete
  Framing::Kind body = Framing::kNone;
  uint64_t body_left = 0;        // kLength: bytes still to come
  size_t body_bytes = 0;         // kChunked, kUntilClose: bytes so far
  std::unique_ptr<ChunkScanner> chunks;
  size_t reserved = 0;           // bytes of the front's body budget held for this request
  bool continued = false;        // the front answered `Expect: 100-continue`
  Clock::time_point first_byte{}, last_byte{};
  Clock::time_point deadline{};  // no byte yet: the keep-alive timeout; then the request's
  bool lingering = false;        // answered by the front: what comes is read and dropped
  size_t dropped = 0, drop_limit = kLingerBytes;
  // An answer the client has not taken yet (the front sends it before it reads the next
  // request); its bytes are counted in the server's sending_ until sent or dropped.
  std::string outgoing;
  size_t out_off = 0;
  bool close_after = false;      // the connection closes once the answer is sent
  Clock::time_point send_deadline{};
  bool sending() const { return out_off < outgoing.size(); }
};

// httplib's task queue, replaced: its accept loop hands every accepted socket to enqueue()
// as process_and_close_socket(sock), which runs there and then and parks the connection
// here. One thread polls the parked connections, reads their requests (head and body) as
// they trickle in and answers those past a limit or a deadline; a connection whose request
// is complete goes to the pool of workers, which answers it and gives the connection back
// to wait here for its next request, with the part of its answer the client has not taken
// yet, which is sent from here first. So slow clients hold no worker while they send their
// requests or read their answers, idle keep-alive connections hold none either, and
// /healthz (or any request) from another connection finds one.
class GuardedHttpServer::Front : public httplib::TaskQueue {
 public:
  explicit Front(GuardedHttpServer& server)
      : server_(server), pool_(server.max_workers_, server.spare_workers_) {
    epoll_ = ::epoll_create1(EPOLL_CLOEXEC);
    wake_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = wake_;
    if (epoll_ < 0 || wake_ < 0 || ::epoll_ctl(epoll_, EPOLL_CTL_ADD, wake_, &ev) != 0)
      throw std::system_error(errno, std::generic_category(), "connection front");
    thread_ = std::thread([this] { Loop(); });
    server_.front_ = this;
  }
  ~Front() override {
    shutdown();
    ::close(wake_);
    ::close(epoll_);
  }

  void enqueue(std::function<void()> fn) override { fn(); }  // never blocks (see above)

  // After the accept loop ended: the waiting connections close, the workers finish theirs.
  void shutdown() override {
    if (!thread_.joinable()) return;
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
    }
    Wake();
    thread_.join();
    server_.front_ = nullptr;
    pool_.shutdown();
  }

  // From the listener thread, or a worker giving a connection back: takes the connection
  // unless max_waiting_connections are already waiting (then `c` stays the caller's). A
  // connection with an answer still to send is taken anyway (the answer counts against
  // its own budget; new connections wait for room).
  bool Adopt(std::unique_ptr<Connection>& c) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (stopping_ ||
          (!c->sending() && waiting_ >= std::max<size_t>(1, server_.limits_.max_waiting_connections)))
        return false;
      ++waiting_;
      incoming_.push_back(std::move(c));
    }
    Wake();
    return true;
  }

 private:
  enum class Next { kWait, kDrop, kServe };
  using Map = std::unordered_map<int, std::unique_ptr<Connection>>;

  void Wake() {
    const uint64_t one = 1;
    (void)!::write(wake_, &one, sizeof one);
  }

  void Loop() {
    std::vector<epoll_event> events(64);
    auto next_sweep = Clock::now();
    while (true) {
      int n = ::epoll_wait(epoll_, events.data(), static_cast<int>(events.size()), 100);
      // The wake-up is taken before what was adopted: a connection adopted after it wakes
      // the next wait (read after TakeIncoming, it left a connection given back by a worker
      // waiting for the 100 ms timeout, and each pipelined request after the first with it).
      uint64_t woken;
      (void)!::read(wake_, &woken, sizeof woken);
      if (!TakeIncoming()) break;
      for (int i = 0; i < n; ++i) {
        if (events[i].data.fd == wake_) continue;
        auto it = conns_.find(events[i].data.fd);
        if (it != conns_.end()) Finish(it, it->second->sending() ? OnWritable(*it->second) : OnReadable(*it->second));
      }
      const auto now = Clock::now();
      if (now < next_sweep) continue;
      next_sweep = now + std::chrono::milliseconds(100);
      // The answers of a burst of slow readers were mostly freed into the heap (they are
      // under the mmap threshold): once none is held, the free pages go back to the system
      // (RSS stayed 23 MiB higher after 260 slow readers).
      if (released_ >= kTrimAfterBytes && server_.sending_.load(std::memory_order_relaxed) == 0) {
        malloc_trim(0);
        released_ = 0;
      }
      for (auto it = conns_.begin(); it != conns_.end();) {
        auto next = std::next(it);
        Finish(it, Due(*it->second, now));
        it = next;
      }
    }
    // Stopping: nothing waiting has a complete request to answer.
    for (auto& [fd, c] : conns_) Drop(*c);
    conns_.clear();
    std::lock_guard<std::mutex> lock(mu_);
    for (auto& c : incoming_) server_.Close(*c);
    incoming_.clear();
    waiting_ = 0;
  }

  // Moves what was adopted into the poll set; false when stopping. The bytes a worker gave
  // back with a connection are taken as if they had just arrived.
  bool TakeIncoming() {
    std::vector<std::unique_ptr<Connection>> fresh;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (stopping_) return false;
      fresh.swap(incoming_);
    }
    for (auto& c : fresh) {
      const auto now = Clock::now();
      epoll_event ev{};
      ev.events = c->sending() ? EPOLLOUT : EPOLLIN;
      ev.data.fd = c->sock;
      if (::epoll_ctl(epoll_, EPOLL_CTL_ADD, c->sock, &ev) != 0) {
        server_.Close(*c);
        Forget();
        continue;
      }
      const int fd = c->sock;
      if (c->sending()) {
        // The answer goes first; the bytes of the next request wait in `pending`.
        const auto& limits = server_.limits_;
        c->last_byte = now;
        c->send_deadline = now + std::chrono::seconds(limits.request_timeout_s) +
                           std::chrono::seconds(c->outgoing.size() / std::max<size_t>(1, limits.min_send_rate));
        conns_.insert_or_assign(fd, std::move(c));
        continue;
      }
      std::string given_back;
      given_back.swap(c->pending);
      auto it = conns_.insert_or_assign(fd, std::move(c)).first;
      if (!given_back.empty()) Finish(it, Absorb(*it->second, given_back.data(), given_back.size(), now));
    }
    return true;
  }

  // Sends what the socket takes of the answer the connection holds. Once it is all sent,
  // the connection closes (lingering) or waits for its next request, whose first bytes
  // may have come with the previous one.
  Next OnWritable(Connection& c) {
    while (c.sending()) {
      ssize_t n = SendNow(c.sock, c.outgoing.data() + c.out_off, c.outgoing.size() - c.out_off);
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return Next::kWait;
      if (n <= 0) return Next::kDrop;
      c.out_off += static_cast<size_t>(n);
      c.last_byte = Clock::now();
    }
    const auto now = Clock::now();
    ReleaseAnswer(c);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = c.sock;
    if (::epoll_ctl(epoll_, EPOLL_CTL_MOD, c.sock, &ev) != 0) return Next::kDrop;
    if (c.close_after) {
      ::shutdown(c.sock, SHUT_WR);
      c.lingering = true;
      c.deadline = now + kLingerTime;
      return Next::kWait;
    }
    c.deadline = now + std::chrono::seconds(server_.keep_alive_timeout_sec_);
    std::string given_back;
    given_back.swap(c.pending);
    return given_back.empty() ? Next::kWait : Absorb(c, given_back.data(), given_back.size(), now);
  }

  Next OnReadable(Connection& c) {
    char buf[16384];
    ssize_t n = ::recv(c.sock, buf, sizeof buf, MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return Next::kWait;
    // Closed (or reset) before a whole request: none to answer, unless its body is all
    // that the client sends before closing (a POST with neither Content-Length nor
    // Transfer-Encoding, which httplib reads to the close).
    if (n == 0 && !c.lingering && c.head_end > 0 && c.body == Framing::kUntilClose) {
      c.request_end = c.head.size();
      return Next::kServe;
    }
    if (n <= 0) return Next::kDrop;
    if (c.lingering) {
      c.dropped += static_cast<size_t>(n);
      return c.dropped >= c.drop_limit ? Next::kDrop : Next::kWait;
    }
    return Absorb(c, buf, static_cast<size_t>(n), Clock::now());
  }

  // Bytes of the connection's request: the head is walked (414, 431) until it is complete,
  // then its framing says how much body follows (400, 413; 503 past the body budget), and
  // the request goes to a worker once that has arrived.
  Next Absorb(Connection& c, const char* p, size_t n, Clock::time_point now) {
    if (c.head.empty()) {
      c.first_byte = now;
      c.deadline = now + std::chrono::seconds(server_.limits_.request_timeout_s);
    }
    c.last_byte = now;
    c.head.append(p, n);
    if (c.head_end > 0) return Body(c, p, n, now);
    auto s = c.scan.Feed(server_.limits_, p, n);
    if (s == HeadScanner::kMore) return Next::kWait;
    if (s != HeadScanner::kDone) {
      Refusal r = RefusalFor(s, server_.limits_);
      Refuse(c, r.status, r.reason, r.message, now);
      return Next::kWait;
    }
    c.head_end = c.scan.bytes();
    if (!StartBody(c, now)) return Next::kWait;
    return Body(c, c.head.data() + c.head_end, c.head.size() - c.head_end, now);
  }

  // The head is complete: what body follows, and room for it. False after a refusal.
  bool StartBody(Connection& c, Clock::time_point now) {
    const HttpLimits& limits = server_.limits_;
    Framing f = ParseFraming(std::string_view(c.head).substr(0, c.head_end));
    c.body = f.kind;
    size_t expected = 0;  // what the body may take in memory
    switch (f.kind) {
      case Framing::kBad:
        Refuse(c, 400, "Bad Request", f.error, now);
        return false;
      case Framing::kNone:
        return true;
      case Framing::kLength:
        if (f.length > limits.max_body_bytes) {
          const auto request_deadline = c.deadline;
          Refuse(c, 413, "Payload Too Large", BodyMessage(), now);
          // What the client sends anyway is drained (up to a bound, within the request's
          // time), so that it reads the 413 rather than a reset.
          c.drop_limit = static_cast<size_t>(std::clamp<uint64_t>(f.length, kLingerBytes, kDrainBytes));
          c.deadline = std::max(request_deadline, c.deadline);
          return false;
        }
        c.body_left = f.length;
        expected = static_cast<size_t>(f.length);
        break;
      case Framing::kChunked:
        c.chunks = std::make_unique<ChunkScanner>(limits.max_body_bytes);
        expected = ChunkedLimit();
        break;
      case Framing::kUntilClose:
        expected = limits.max_body_bytes;
        break;
    }
    // The bodies read here are counted against one budget, each at the most it may take;
    // one that came whole with its head does not wait (slow uploads filling the budget do
    // not refuse a small POST sent in one packet).
    const bool whole = f.kind == Framing::kLength && c.head.size() - c.head_end >= f.length;
    if (!whole && reserved_ > 0 && reserved_ + expected > limits.max_waiting_bytes) {
      Refuse(c, 503, "Service Unavailable",
             "the server is receiving " + std::to_string(reserved_ >> 20) + " MiB of request bodies already", now);
      return false;
    }
    reserved_ += expected;
    c.reserved = expected;
    if (f.expect_continue && c.head.size() == c.head_end)
      c.continued = ::send(c.sock, kContinue.data(), kContinue.size(), MSG_NOSIGNAL | MSG_DONTWAIT) ==
                    static_cast<ssize_t>(kContinue.size());
    return true;
  }

  // Body bytes p[0, n) (the last n bytes of c.head) arrived. Once the request is complete,
  // request_end says where it ends (what follows is the next request's).
  Next Body(Connection& c, const char* p, size_t n, Clock::time_point now) {
    const size_t before = c.head.size() - n;
    switch (c.body) {
      case Framing::kLength: {
        const size_t take = static_cast<size_t>(std::min<uint64_t>(c.body_left, n));
        c.body_left -= take;
        c.request_end = before + take;
        return c.body_left == 0 ? Next::kServe : Next::kWait;
      }
      case Framing::kChunked: {
        size_t used = 0;
        auto s = c.chunks->Feed(p, n, used);
        c.body_bytes += used;
        c.request_end = before + used;
        if (s == ChunkScanner::kDone) return Next::kServe;
        if (s == ChunkScanner::kMalformed) {
          Refuse(c, 400, "Bad Request", "malformed chunked body", now);
        } else if (s == ChunkScanner::kTooLarge || c.body_bytes > ChunkedLimit()) {
          Refuse(c, 413, "Payload Too Large", BodyMessage(), now);
        }
        return Next::kWait;
      }
      case Framing::kUntilClose:
        c.body_bytes += n;
        if (c.body_bytes > server_.limits_.max_body_bytes) Refuse(c, 413, "Payload Too Large", BodyMessage(), now);
        return Next::kWait;
      default:
        c.request_end = before;
        return Next::kServe;
    }
  }

  std::string BodyMessage() const {
    return "request body larger than " + std::to_string(server_.limits_.max_body_bytes) + " bytes";
  }
  // A chunked body's bytes on the wire: its data, and room for the chunks' size lines.
  size_t ChunkedLimit() const { return 2 * server_.limits_.max_body_bytes + (64u << 10); }

  // The timers: a connection silent since it opened (or since its last answer) closes
  // after the keep-alive timeout; a request not complete within the request timeout, or
  // without a byte for the read timeout, is answered 408.
  // An answer not taken for the write timeout, or not all taken by its deadline, is
  // dropped with its connection.
  Next Due(Connection& c, Clock::time_point now) {
    if (c.sending()) {
      const int write_idle_s = static_cast<int>(server_.write_timeout_sec_);
      if (now < c.send_deadline && (write_idle_s <= 0 || now - c.last_byte < std::chrono::seconds(write_idle_s)))
        return Next::kWait;
      if (server_.observer_.dropped) server_.observer_.dropped();
      return Next::kDrop;
    }
    if (c.lingering || c.head.empty()) return now >= c.deadline ? Next::kDrop : Next::kWait;
    const int idle_s = static_cast<int>(server_.read_timeout_sec_);
    if (now >= c.deadline) {
      Refuse(c, 408, "Request Timeout", LateMessage(server_.limits_.request_timeout_s), now);
    } else if (idle_s > 0 && now - c.last_byte >= std::chrono::seconds(idle_s)) {
      Refuse(c, 408, "Request Timeout", "no byte of the request for " + std::to_string(idle_s) + " s", now);
    }
    return Next::kWait;
  }

  void Refuse(Connection& c, int status, const std::string& reason, const std::string& message,
              Clock::time_point now) {
    SendRefusal(c.sock, status, reason, message, 0);
    server_.Refused(status);
    ::shutdown(c.sock, SHUT_WR);
    c.lingering = true;
    c.deadline = now + kLingerTime;
    std::string().swap(c.head);
    Release(c);
  }

  void Release(Connection& c) {
    reserved_ -= c.reserved;
    c.reserved = 0;
    c.chunks.reset();
  }

  void ReleaseAnswer(Connection& c) {
    released_ += c.outgoing.size();
    server_.sending_.fetch_sub(c.outgoing.size(), std::memory_order_relaxed);
    std::string().swap(c.outgoing);
    c.out_off = 0;
  }

  void Drop(Connection& c) {
    released_ += c.outgoing.size();
    Release(c);
    server_.Close(c);
  }

  void Finish(Map::iterator it, Next next) {
    if (next == Next::kWait) return;
    std::shared_ptr<Connection> c = std::move(it->second);
    conns_.erase(it);
    ::epoll_ctl(epoll_, EPOLL_CTL_DEL, c->sock, nullptr);
    Forget();
    if (next == Next::kDrop) return Drop(*c);
    Release(*c);
    // The worker gets this request alone: what its handler leaves unread (a body refused
    // with 401 or 403) is dropped, not taken for the next request.
    c->pending.assign(c->head, c->request_end);
    c->head.resize(c->request_end);
    c->framed = true;
    pool_.enqueue([this, c] {
      if (!server_.Serve(*c)) return;
      // Kept open, or with an answer still to send: back here to send it and wait for the
      // next request, with the bytes past this one.
      auto next = std::make_unique<Connection>();
      next->sock = std::exchange(c->sock, INVALID_SOCKET);
      next->ip = std::move(c->ip);
      next->counted = std::exchange(c->counted, false);
      next->served = c->served;
      next->pending = std::move(c->pending);
      next->outgoing = std::move(c->outgoing);
      next->close_after = c->close_after;
      next->deadline = Clock::now() + std::chrono::seconds(server_.keep_alive_timeout_sec_);
      if (!Adopt(next)) server_.Close(*next);
    });
  }

  void Forget() {
    std::lock_guard<std::mutex> lock(mu_);
    --waiting_;
  }

  GuardedHttpServer& server_;
  ConnectionPool pool_;
  int epoll_ = -1, wake_ = -1;
  std::thread thread_;
  Map conns_;  // the front thread's own
  size_t reserved_ = 0;  // the bodies' budget held by conns_ (the front thread's own)
  static constexpr size_t kTrimAfterBytes = 16u << 20;
  size_t released_ = 0;  // bytes of held answers freed since the last trim (the front's own)
  std::mutex mu_;
  std::vector<std::unique_ptr<Connection>> incoming_;
  size_t waiting_ = 0;  // incoming_ and conns_
  bool stopping_ = false;
};

GuardedHttpServer::GuardedHttpServer() {
  new_task_queue = [this] { return new Front(*this); };
}

void GuardedHttpServer::set_workers(size_t max_threads, size_t spare) {
  max_workers_ = max_threads;
  spare_workers_ = spare;
}

void GuardedHttpServer::CloseConnection() { t_close_connection = true; }

bool GuardedHttpServer::process_and_close_socket(socket_t sock) {
  auto c = std::make_unique<Connection>();
  c->sock = sock;
  c->ip = PeerIp(sock);
  // The per-address cap (loopback exempt).
  const std::string& ip = c->ip;
  const bool capped = limits_.max_connections_per_address > 0 && !ip.empty() && !ip.starts_with("127.") &&
                      ip != "::1" && !ip.starts_with("::ffff:127.");
  bool refused = false;
  if (capped) {
    std::lock_guard<std::mutex> lock(per_address_mu_);
    size_t& n = per_address_[ip];
    if (n < limits_.max_connections_per_address) {
      ++n;
      c->counted = true;
    } else {
      refused = true;
    }
  }
  if (refused) {
    SendRefusal(sock, 503, "Service Unavailable",
                "more than " + std::to_string(limits_.max_connections_per_address) +
                    " connections open from this address",
                0);
    Refused(503);
  }
  if (front_ == nullptr) {  // new_task_queue was replaced: on a worker, as httplib does
    if (!refused) {
      while (Serve(*c)) {
        c->head = std::move(c->pending);
        c->first_byte = Clock::now();
      }
      return true;
    }
    LingeringClose(sock);
    Close(*c);
    return true;
  }
  const auto now = Clock::now();
  if (refused) {
    ::shutdown(sock, SHUT_WR);
    c->lingering = true;
    c->deadline = now + kLingerTime;
  } else {
    c->deadline = now + std::chrono::seconds(keep_alive_timeout_sec_);
  }
  if (!front_->Adopt(c)) {
    if (!refused) {
      SendRefusal(sock, 503, "Service Unavailable",
                  "more than " + std::to_string(limits_.max_waiting_connections) +
                      " connections are waiting to send their requests",
                  0);
      Refused(503);
    }
    Close(*c);
  }
  return true;
}

bool GuardedHttpServer::Serve(Connection& c) {
  auto stopping = [this] { return svr_sock_ == INVALID_SOCKET; };
  GuardedStream strm(c.sock, limits_, read_timeout_sec_, write_timeout_sec_, stopping, std::move(c.head),
                     c.continued, front_ != nullptr ? &sending_ : nullptr, observer_.refused);
  std::string().swap(c.head);
  if (strm.buffered()) {
    strm.StartRequest(c.first_byte);  // the front read the request
  } else if (strm.WaitForRequest(keep_alive_timeout_sec_, stopping)) {
    strm.StartRequest(Clock::now());  // without the front: the request is read here
  } else {
    Close(c);
    return false;
  }
  t_close_connection = false;
  bool closed = false;
  const bool ret = process_request(strm, ++c.served >= keep_alive_max_count_, closed, nullptr);
  const bool linger = strm.refused() || t_close_connection;
  t_close_connection = false;
  // Kept open unless either side said close (the last request of keep_alive_max_count_ was
  // answered with Connection: close).
  const bool keep = ret && !closed && !linger && c.served < keep_alive_max_count_ && !stopping();
  if (keep && !c.framed) c.pending = strm.TakeBuffered();
  if (ret && strm.has_unsent() && !stopping()) {
    // The client has not taken the whole answer: the front sends the rest (then closes,
    // unless kept open).
    c.outgoing = strm.TakeUnsent();
    c.close_after = !keep;
    return true;
  }
  if (keep) return true;
  if (linger) LingeringClose(c.sock);
  Close(c);
  return false;
}

void GuardedHttpServer::Close(Connection& c) {
  if (!c.outgoing.empty()) {
    sending_.fetch_sub(c.outgoing.size(), std::memory_order_relaxed);
    std::string().swap(c.outgoing);
    c.out_off = 0;
  }
  if (c.counted) {
    std::lock_guard<std::mutex> lock(per_address_mu_);
    if (--per_address_[c.ip] == 0) per_address_.erase(c.ip);
    c.counted = false;
  }
  if (c.sock == INVALID_SOCKET) return;
  ::shutdown(c.sock, SHUT_RDWR);
  ::close(c.sock);
  c.sock = INVALID_SOCKET;
}

}  // namespace marsad::server
