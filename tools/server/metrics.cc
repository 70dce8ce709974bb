#include "metrics.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>

namespace marsad::server {

void Metrics::ObserveRequest(std::string_view route, std::string_view method, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  ++requests_[{std::string(route), std::string(method), status}];
  auto& h = latency_[std::string(route)];
  size_t b = 0;
  while (b < kBuckets.size() && seconds > kBuckets[b]) ++b;
  if (b < kBuckets.size()) ++h.counts[b];
  ++h.count;
  h.sum += seconds;
}

void Metrics::AddRefused(int status) {
  std::lock_guard<std::mutex> lock(mu_);
  ++refused_[status];
}

namespace {
void Line(std::string& out, const char* fmt, auto... args) {
  char buf[512];
  int n = std::snprintf(buf, sizeof buf, fmt, args...);
  if (n > 0) out.append(buf, std::min<size_t>(static_cast<size_t>(n), sizeof buf - 1));
}
}  // namespace

std::string Metrics::Render(int64_t in_flight, int64_t queued, uint64_t sending_bytes) const {
  std::string out;
  out.reserve(4096);
  std::lock_guard<std::mutex> lock(mu_);
  out += "# HELP marsad_http_requests_total HTTP requests by route, method and status code.\n";
  out += "# TYPE marsad_http_requests_total counter\n";
  for (const auto& [k, v] : requests_) {
    Line(out, "marsad_http_requests_total{route=\"%s\",method=\"%s\",code=\"%d\"} %llu\n",
         std::get<0>(k).c_str(), std::get<1>(k).c_str(), std::get<2>(k), static_cast<unsigned long long>(v));
  }
  out += "# HELP marsad_http_request_duration_seconds Time from routing to response, by route.\n";
  out += "# TYPE marsad_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    uint64_t cum = 0;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
      cum += h.counts[i];
      Line(out, "marsad_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %llu\n", route.c_str(),
           kBuckets[i], static_cast<unsigned long long>(cum));
    }
    Line(out, "marsad_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %llu\n", route.c_str(),
         static_cast<unsigned long long>(h.count));
    Line(out, "marsad_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n", route.c_str(), h.sum);
    Line(out, "marsad_http_request_duration_seconds_count{route=\"%s\"} %llu\n", route.c_str(),
         static_cast<unsigned long long>(h.count));
  }
  // The front's statuses are always listed (0 until seen), so that an alert on them has a series.
  out += "# HELP marsad_http_refused_total Requests answered by the connection front before routing "
         "(400 malformed framing, 408 too slow, 413 body too large, 414 request line too long, 431 head too "
         "large, 503 no room), by status code.\n";
  out += "# TYPE marsad_http_refused_total counter\n";
  {
    std::map<int, uint64_t> refused = refused_;
    for (int code : {400, 408, 413, 414, 431, 503}) refused.try_emplace(code, 0);
    for (const auto& [code, n] : refused)
      Line(out, "marsad_http_refused_total{code=\"%d\"} %llu\n", code, static_cast<unsigned long long>(n));
  }
  out += "# HELP marsad_http_responses_dropped_total Answers dropped with their connection: the client did not "
         "take them in time.\n";
  out += "# TYPE marsad_http_responses_dropped_total counter\n";
  Line(out, "marsad_http_responses_dropped_total %llu\n", static_cast<unsigned long long>(dropped_.load()));
  out += "# HELP marsad_http_sending_bytes Bytes of answers held for clients that have not taken them yet.\n";
  out += "# TYPE marsad_http_sending_bytes gauge\n";
  Line(out, "marsad_http_sending_bytes %llu\n", static_cast<unsigned long long>(sending_bytes));
  out += "# HELP marsad_documents_total Documents processed successfully.\n";
  out += "# TYPE marsad_documents_total counter\n";
  Line(out, "marsad_documents_total %llu\n", static_cast<unsigned long long>(documents_.load()));
  out += "# HELP marsad_document_errors_total Documents that could not be processed (bad input).\n";
  out += "# TYPE marsad_document_errors_total counter\n";
  Line(out, "marsad_document_errors_total %llu\n", static_cast<unsigned long long>(document_errors_.load()));
  out += "# HELP marsad_rejected_total Requests refused with 503 by the concurrency cap.\n";
  out += "# TYPE marsad_rejected_total counter\n";
  Line(out, "marsad_rejected_total %llu\n", static_cast<unsigned long long>(rejected_.load()));
  out += "# HELP marsad_in_flight Extraction requests running now.\n";
  out += "# TYPE marsad_in_flight gauge\n";
  Line(out, "marsad_in_flight %lld\n", static_cast<long long>(in_flight));
  out += "# HELP marsad_queued Extraction requests waiting for a slot.\n";
  out += "# TYPE marsad_queued gauge\n";
  Line(out, "marsad_queued %lld\n", static_cast<long long>(queued));
  out += "# HELP process_resident_memory_bytes Resident memory size in bytes.\n";
  out += "# TYPE process_resident_memory_bytes gauge\n";
  Line(out, "process_resident_memory_bytes %llu\n", static_cast<unsigned long long>(ResidentBytes()));
  return out;
}

uint64_t ResidentBytes() {
  std::ifstream in("/proc/self/statm");
  uint64_t size = 0, resident = 0;
  if (!(in >> size >> resident)) return 0;
  return resident * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}

}  // namespace marsad::server
