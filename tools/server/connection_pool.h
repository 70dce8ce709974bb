// The connection workers of `marsad serve`'s listeners (tools/server).
#pragma once

#include <httplib.h>
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <list>
#include <mutex>
#include <system_error>
#include <thread>

namespace marsad::server {

// httplib's connection workers, one per request in hand (the front of guarded_http.cc
// holds connections between requests). httplib's own pool starts all `max_threads` at
// once and keeps them; each worker that served a connection keeps what
// it touched: stack pages and glibc's per-thread cache of freed chunks (~35 KiB per
// worker, measured). Here workers start on demand, and one left without a job for half a
// second exits unless `spare` workers are already idle, so after a burst of requests that memory
// goes back: the exiting thread's cache returns to the arenas and, once no connection is
// open, malloc_trim gives the free pages back to the system.
class ConnectionPool : public httplib::TaskQueue {
 public:
  ConnectionPool(size_t max_threads, size_t spare) : max_(std::max<size_t>(1, max_threads)), spare_(spare) {}
  ~ConnectionPool() override { shutdown(); }

  void enqueue(std::function<void()> fn) override {
    std::list<std::thread> finished;
    {
      std::lock_guard<std::mutex> lock(mu_);
      jobs_.push_back(std::move(fn));
      finished.splice(finished.end(), retired_);
      if (idle_ < jobs_.size() && live_ < max_) {
        threads_.emplace_back();
        auto self = std::prev(threads_.end());
        try {
          *self = std::thread([this, self] { Work(self); });  // Work() locks mu_ first
          ++live_;
        } catch (const std::system_error&) {  // no thread now: a running worker takes it
          threads_.erase(self);
          cv_.notify_one();
        }
      } else {
        cv_.notify_one();  // an idle worker takes it, or the first to finish its connection
      }
    }
    for (auto& t : finished) t.join();
  }

  void shutdown() override {
    std::unique_lock<std::mutex> lock(mu_);
    stopping_ = true;
    cv_.notify_all();
    done_cv_.wait(lock, [&] { return live_ == 0; });
    for (auto& t : retired_) t.join();
    retired_.clear();
  }

 private:
  void Work(std::list<std::thread>::iterator self) {
    std::unique_lock<std::mutex> lock(mu_);
    while (true) {
      // A worker beyond the spare ones waits a moment for the next job before it exits: a
      // job is one request, and under a steady load of keep-alive clients the next comes
      // within milliseconds (exiting at once started a thread for nearly every request).
      ++idle_;
      const bool beyond_spare = idle_ > spare_;
      auto ready = [&] { return stopping_ || !jobs_.empty(); };
      if (beyond_spare) {
        cv_.wait_for(lock, kIdleExit, ready);
      } else {
        cv_.wait(lock, ready);
      }
      --idle_;
      if (jobs_.empty()) break;  // idle too long, or stopping and every job was done
      auto fn = std::move(jobs_.front());
      jobs_.pop_front();
      lock.unlock();
      fn();
      fn = nullptr;  // before re-locking: it may hold the connection's resources
      lock.lock();
    }
    // An exited thread keeps its stack mapped until it is joined: this one joins the
    // workers that retired before it (they have exited, or are about to), and is joined
    // by the next to retire, by enqueue() or by shutdown(), which so waits for them all.
    std::list<std::thread> finished;
    finished.splice(finished.end(), retired_);
    retired_.splice(retired_.end(), threads_, self);
    --live_;
    ++retired_since_trim_;
    const bool trim = !stopping_ && live_ == idle_ && retired_since_trim_ >= kTrimAfter;
    if (trim) retired_since_trim_ = 0;
    if (live_ == 0) done_cv_.notify_all();
    lock.unlock();  // *this is not touched below
    for (auto& t : finished) t.join();
    // No connection open any more: give back the pages the retired workers freed (glibc
    // returns only the top of a heap by itself). A few ms, once per burst.
    if (trim) malloc_trim(0);
  }

  static constexpr size_t kTrimAfter = 16;  // retired workers that make a burst
  static constexpr auto kIdleExit = std::chrono::milliseconds(500);
  const size_t max_, spare_;
  std::mutex mu_;
  std::condition_variable cv_, done_cv_;
  std::deque<std::function<void()>> jobs_;
  std::list<std::thread> threads_, retired_;
  size_t live_ = 0, idle_ = 0, retired_since_trim_ = 0;
  bool stopping_ = false;
};

}  // namespace marsad::server
