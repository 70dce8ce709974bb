// The ordered parallel runner and the worker pool behind it (marsad/pipeline.h).
//
// Threads: the caller's thread reads documents and writes results; the pool's workers
// parse (deferred JSON lines), extract and render. A window of slots holds what is in
// flight; slot seq % window is written when every earlier one was.
#include "marsad/pipeline.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>

namespace marsad::pipeline {

namespace fs = std::filesystem;

WorkerPool::WorkerPool(size_t threads) {
  threads_.reserve(threads);
  for (size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { Loop(); });
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  for (auto& t : threads_) t.join();
}

void WorkerPool::Submit(std::function<void()> fn) {
  {
    std::lock_guard lock(mu_);
    jobs_.push_back(std::move(fn));
  }
  cv_.notify_one();
}

void WorkerPool::Run(const std::function<void()>& fn) {
  std::mutex m;
  std::condition_variable done_cv;
  bool done = false;
  std::exception_ptr error;
  Submit([&] {
    try {
      fn();
    } catch (...) {
      error = std::current_exception();
    }
    std::lock_guard lock(m);
    done = true;
    done_cv.notify_one();
  });
  std::unique_lock lock(m);
  done_cv.wait(lock, [&] { return done; });
  lock.unlock();
  if (error) std::rethrow_exception(error);
}

void WorkerPool::Loop() {
  std::unique_lock lock(mu_);
  for (;;) {
    cv_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
    if (jobs_.empty()) return;  // stopping, and nothing left to run
    auto fn = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    fn();
    lock.lock();
  }
}

void ParallelFor(size_t n, unsigned threads, const std::function<void(size_t)>& fn) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) fn(i);
  };
  if (threads <= 1 || n < 2) return work();
  WorkerPool pool(std::min<size_t>(threads - 1, n - 1));
  for (size_t t = 0; t < pool.size(); ++t) pool.Submit(work);
  work();
  // ~WorkerPool waits for the submitted loops, which end when the indices run out.
}

Status LoadDone(const std::string& path, DoneIds* done, size_t* records) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return IoError(path + ": cannot open: " + std::strerror(errno));
  std::string buf, line;
  uint64_t good_end = 0, offset = 0;
  char chunk[1 << 16];
  bool bad = false;
  size_t n;
  rapidjson::Document d;
  while (!bad && (n = std::fread(chunk, 1, sizeof chunk, f)) > 0) {
    buf.append(chunk, n);
    size_t start = 0, nl;
    while ((nl = buf.find('\n', start)) != std::string::npos) {
      std::string_view l(buf.data() + start, nl - start);
      d.Parse<rapidjson::kParseIterativeFlag>(l.data(), l.size());  // any depth: no recursion
      auto id = d.HasParseError() || !d.IsObject() ? d.MemberEnd() : d.FindMember("id");
      if (d.HasParseError() || !d.IsObject() || id == d.MemberEnd() || !id->value.IsString()) {
        bad = true;  // not a record of ours: resume from before it
        break;
      }
      ++(*done)[std::string(id->value.GetString(), id->value.GetStringLength())];
      ++*records;
      offset += nl + 1 - start;
      good_end = offset;
      start = nl + 1;
    }
    buf.erase(0, start);
  }
  std::fclose(f);
  std::error_code ec;
  if (fs::file_size(path, ec) != good_end) {
    fs::resize_file(path, good_end, ec);
    if (ec) return IoError(path + ": cannot truncate the incomplete last record: " + ec.message());
  }
  return Status::Ok();
}

namespace {

struct Slot {
  bool ready = false;
  Rendered r;
};

// The state of one run: the window, the job hand-over and the writing.
class Run {
 public:
  Run(const Extractor& ex, batch::DocumentReader& reader, Sink& sink, std::FILE* out, const RunOptions& opt)
      : ex_(ex), reader_(reader), sink_(sink), out_(out), opt_(opt),
        window_(32 * static_cast<size_t>(std::max(1u, opt.threads)) + 16),
        // The reading thread sleeps until a run of `batch_` results (or all in flight) is
        // ready, not after each one: a wake-up per document costs as much as its JSON parsing.
        batch_(window_ / 4),
        max_doc_bytes_(static_cast<size_t>(opt.max_doc_mib * 1024 * 1024)),
        slots_(window_) {}

  RunStats Go() {
    {
      WorkerPool pool(std::max(1u, opt_.threads));
      pool_ = &pool;
      Loop();
      pool_ = nullptr;
      std::lock_guard lk(m_);
      closing_ = true;  // after a write failure: queued documents are dropped
    }
    if (opt_.progress) opt_.progress(stats_.docs, true);
    return stats_;
  }

 private:
  void Fail(const Document& doc, const std::string& message, uint64_t seq, Rendered* r) const {
    r->ok = false;
    sink_.RenderError(doc, message, seq, r);
  }

  void Compute(const Document& doc, uint64_t seq, Rendered* r) const {
    if (max_doc_bytes_ > 0 && doc.text.size() > max_doc_bytes_) {
      const std::string mib = std::to_string(opt_.max_doc_mib);
      return Fail(doc,
                  "document of " + std::to_string(doc.text.size()) + " bytes is larger than --max-doc-mib " +
                      mib.substr(0, mib.find('.') + 2) + " (split it, or raise the limit)",
                  seq, r);
    }
    auto x = ex_.Extract(doc);
    if (!x.ok()) return Fail(doc, x.status().message(), seq, r);
    r->places = static_cast<uint32_t>(x->geo.mentions.size());
    r->events = static_cast<uint32_t>(x->events.events.size());
    sink_.Render(*x, seq, r);
  }

  bool RunReady() const {  // under m_
    for (uint64_t q = next_write_; q < wait_until_; ++q)
      if (!slots_[q % window_].ready) return false;
    return true;
  }

  void Work(uint64_t seq, batch::InputItem& item) {
    Slot s;
    {
      std::lock_guard lk(m_);
      if (closing_) return;
    }
    batch::ParseDeferred(&item, opt_.default_published);
    if (item.status.ok()) Compute(item.doc, seq, &s.r);
    else Fail(item.doc, item.status.message(), seq, &s.r);
    s.ready = true;
    std::unique_lock lk(m_);
    slots_[seq % window_] = std::move(s);
    const bool wake = wait_until_ > 0 && seq < wait_until_ && RunReady();
    lk.unlock();
    if (wake) cv_done_.notify_one();
  }

  // Reads until the window is full or the input ends: each document of this run (its
  // shard, not already written) is queued for a worker, or its error slot filled at once.
  void Read() {
    while (!input_done_ && next_seq_ - next_write_ < window_) {
      batch::InputItem item;
      if (!reader_.Next(&item)) {
        input_done_ = true;
        break;
      }
      if (opt_.shard_n > 1 && !batch::InShard(item.doc.id, opt_.shard_k, opt_.shard_n)) {
        ++stats_.shard_skipped;
        continue;
      }
      if (opt_.done != nullptr && !opt_.done->empty()) {
        auto it = opt_.done->find(item.doc.id);
        if (it != opt_.done->end() && it->second > 0) {
          --it->second;
          ++stats_.resume_skipped;
          continue;
        }
      }
      uint64_t seq = next_seq_++;
      if (!item.status.ok()) {
        if (item.status.code() == StatusCode::kIoError && opt_.report_io_errors)
          std::fprintf(stderr, "marsad: %s\n", item.status.message().c_str());
        Slot s;
        Fail(item.doc, item.status.message(), seq, &s.r);
        s.ready = true;
        std::lock_guard lk(m_);
        slots_[seq % window_] = std::move(s);
        continue;
      }
      auto shared = std::make_shared<batch::InputItem>(std::move(item));
      pool_->Submit([this, seq, shared] { Work(seq, *shared); });
    }
  }

  void WriteOne(Rendered& r) {
    ++stats_.docs;
    stats_.errors += !r.ok;
    stats_.places += r.places;
    stats_.events += r.events;
    sink_.Write(r, &obuf_, &ebuf_);
    if (!obuf_.empty()) std::fwrite(obuf_.data(), 1, obuf_.size(), out_);
    if (!ebuf_.empty()) std::fwrite(ebuf_.data(), 1, ebuf_.size(), stderr);
    obuf_.clear();
    ebuf_.clear();
  }

  // Writes the slots that are ready, in order; waits a little when none is and the
  // window is full or the input ended. True when something was written.
  bool WriteReady() {
    bool wrote = false;
    std::unique_lock lk(m_);
    while (next_write_ < next_seq_ && slots_[next_write_ % window_].ready) {
      Slot s = std::move(slots_[next_write_ % window_]);
      slots_[next_write_ % window_] = Slot();
      lk.unlock();
      WriteOne(s.r);
      ++written_;
      lk.lock();
      ++next_write_;
      wrote = true;
      if (opt_.kill_after > 0 && written_ >= opt_.kill_after) {
        std::fflush(out_);
        std::raise(SIGKILL);
      }
    }
    if (!wrote && next_write_ < next_seq_ && (input_done_ || next_seq_ - next_write_ >= window_)) {
      wait_until_ = std::min(next_seq_, next_write_ + batch_);
      cv_done_.wait_for(lk, std::chrono::milliseconds(250), [this] { return RunReady(); });
      wait_until_ = 0;
    }
    return wrote;
  }

  void Loop() {
    for (;;) {
      Read();
      // What is written is on disk before more is read: a kill loses no finished record.
      if (WriteReady() && std::fflush(out_) != 0) {
        stats_.write_failed = true;
        return;
      }
      if (opt_.progress) opt_.progress(stats_.docs, false);
      if (input_done_ && next_write_ == next_seq_) return;
    }
  }

  const Extractor& ex_;
  batch::DocumentReader& reader_;
  Sink& sink_;
  std::FILE* out_;
  const RunOptions& opt_;
  const size_t window_, batch_, max_doc_bytes_;
  WorkerPool* pool_ = nullptr;
  std::vector<Slot> slots_;
  std::mutex m_;
  std::condition_variable cv_done_;
  bool closing_ = false, input_done_ = false;
  uint64_t next_seq_ = 0, next_write_ = 0;  // written by the reading thread; next_write_ under m_
  uint64_t wait_until_ = 0;  // the reader sleeps until [next_write_, wait_until_) are ready; 0: awake
  size_t written_ = 0;
  RunStats stats_;
  std::string obuf_, ebuf_;
};

}  // namespace

RunStats RunOrdered(const Extractor& ex, batch::DocumentReader& reader, Sink& sink, std::FILE* out,
                    const RunOptions& opt) {
  return Run(ex, reader, sink, out, opt).Go();
}

}  // namespace marsad::pipeline
