// Prometheus metrics of the HTTP server: requests by route, method and status, a latency
// histogram per route, documents processed and failed, requests rejected by the
// concurrency cap, what the connection front answers itself (limits, malformed framing,
// timeouts, no room: guarded_http.h) and the answers it drops. Thread-safe: every worker
// thread and the front record into one Metrics.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

namespace marsad::server {

class Metrics {
 public:
  // Upper bounds of the latency buckets, in seconds (plus +Inf).
  static constexpr std::array<double, 14> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                      0.25,  0.5,    1.0,   2.5,  5.0,   10.0, 30.0};

  void ObserveRequest(std::string_view route, std::string_view method, int status, double seconds);
  void AddDocuments(uint64_t ok, uint64_t failed) {
    documents_.fetch_add(ok, std::memory_order_relaxed);
    document_errors_.fetch_add(failed, std::memory_order_relaxed);
  }
  void AddRejected() { rejected_.fetch_add(1, std::memory_order_relaxed); }
  // An answer of the front (status: 400, 408, 413, 414, 431, 503), given before routing.
  void AddRefused(int status);
  // An answer dropped with its connection: the client did not take it in time.
  void AddDropped() { dropped_.fetch_add(1, std::memory_order_relaxed); }

  // The text exposition format (version 0.0.4). `in_flight` is the current number of
  // extraction requests holding a slot, `queued` those waiting for one, `sending_bytes`
  // the bytes of answers held for clients that have not taken them yet.
  std::string Render(int64_t in_flight, int64_t queued, uint64_t sending_bytes = 0) const;

  uint64_t documents() const { return documents_.load(); }
  uint64_t rejected() const { return rejected_.load(); }

 private:
  struct Histogram {
    std::array<uint64_t, kBuckets.size()> counts{};  // per bucket, not cumulative
    uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, uint64_t> requests_;  // route, method, status
  std::map<std::string, Histogram> latency_;                                // by route
  std::map<int, uint64_t> refused_;                                         // by status
  std::atomic<uint64_t> documents_{0}, document_errors_{0}, rejected_{0}, dropped_{0};
};

// Resident set size of this process in bytes (from /proc/self/statm), 0 when unknown.
uint64_t ResidentBytes();

}  // namespace marsad::server
