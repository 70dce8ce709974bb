// A cooperative time budget for one document (issue 18): the pipeline's stages ask
// Expired() between steps and stop early, so a document that takes too long yields an
// error record instead of holding a worker, and the process goes on.
#pragma once

#include <chrono>

namespace marsad {

class Deadline {
 public:
  using Clock = std::chrono::steady_clock;
  Deadline() = default;  // no limit
  // `seconds` from now; 0 or less: no limit.
  explicit Deadline(double seconds) : set_(seconds > 0) {
    if (set_) end_ = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  }
  bool Expired() const { return set_ && Clock::now() >= end_; }

 private:
  bool set_ = false;
  Clock::time_point end_{};
};

}  // namespace marsad
