// Pipeline layer (src/pipeline): the ordered parallel runner. Documents come from an
// input reader (marsad/batch.h), are extracted on a pool of workers (marsad/extract.h) and
// handed to a Sink (an output writer, marsad/output.h) in input order.
//
// One pool serves every surface: `marsad extract` runs RunOrdered over a DocumentReader,
// `marsad eval` and `eval-events` run ParallelFor over their gold documents, and the HTTP
// server runs each request's work on a WorkerPool of max_concurrent threads.
#pragma once

#include <any>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "marsad/batch.h"
#include "marsad/extract.h"
#include "marsad/status.h"

namespace marsad::pipeline {

// A fixed set of long-lived threads. Submit queues a job; Run queues one and waits for it
// (rethrowing what it threw). Why long-lived threads rather than running work on the
// caller: glibc keeps a per-thread cache of freed chunks (tcache) and the pipeline's
// allocations are many and small, so the pipeline's memory scales with the number of
// pool threads, not with the number of callers (the server has one per connection:
// measured with malloc_stats, 20 MB "in use" while idle after 200 connections when each
// connection worker ran its own documents, 7.6 MB with the tcache disabled); so do the
// per-thread buffers of the recognizer (geo/tagger.cc).
class WorkerPool {
 public:
  explicit WorkerPool(size_t threads);
  ~WorkerPool();  // runs the queued jobs, then joins
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void Submit(std::function<void()> fn);
  void Run(const std::function<void()>& fn);
  size_t size() const { return threads_.size(); }

 private:
  void Loop();
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

// fn(0) … fn(n - 1), on `threads` threads (the caller's one of them); returns when all are
// done. fn must be thread-safe; indices are handed out in order.
void ParallelFor(size_t n, unsigned threads, const std::function<void(size_t)>& fn);

// What a worker made of one document, on its way to the writer.
struct Rendered {
  bool ok = true;                  // false: an error record
  uint32_t places = 0, events = 0;
  std::string out;                 // for the main output
  std::string err;                 // for stderr (formats without a place for error records)
  std::any extra;                  // a writer's own data (the pgsql COPY rows)
};

// Where the runner's documents go. Render is called on worker threads and must be
// thread-safe; Write is called on the runner's thread, in input order, and appends to
// *out (the main output) and *err (stderr).
class Sink {
 public:
  virtual ~Sink() = default;
  virtual void Render(const Extraction& x, uint64_t seq, Rendered* r) const = 0;
  virtual void RenderError(const Document& doc, const std::string& message, uint64_t seq, Rendered* r) const = 0;
  virtual void Write(Rendered& r, std::string* out, std::string* err) = 0;
};

// Ids already in an output being resumed, with their counts (an id that occurs twice in
// the input is skipped twice only when both were written).
using DoneIds = std::unordered_map<std::string, uint32_t>;

// Reads the complete records of `path` (a partial JSONL output), collects their ids, and
// truncates the file after the last complete record (a kill may leave half a line).
Status LoadDone(const std::string& path, DoneIds* done, size_t* records);

struct RunOptions {
  unsigned threads = 1;
  // Resolution cost grows faster than the document (issue 18: 8 MB took 17 s, 50 MB did
  // not finish): a larger document gets an error record instead of holding a worker.
  double max_doc_mib = 4;  // 0: no limit
  unsigned shard_k = 0, shard_n = 1;  // only the documents of shard k of n (batch::InShard)
  DoneIds* done = nullptr;            // resume: documents to skip, counted down
  std::string default_published;      // for documents without a publication date
  bool report_io_errors = true;       // an unreadable input file is also said on stderr
  size_t kill_after = 0;              // test hook: SIGKILL after this many records written
  // Called on the runner's thread after each round of writing, and once with end = true.
  std::function<void(size_t docs, bool end)> progress;
};

struct RunStats {
  size_t docs = 0, errors = 0, places = 0, events = 0;
  size_t shard_skipped = 0, resume_skipped = 0;
  bool write_failed = false;
};

// Reads every document of `reader`, extracts it with `ex` on opt.threads workers, and
// writes what `sink` renders to `out` (and stderr) in input order. A window of at most
// 32 × threads + 16 documents is in flight (read, not yet written), so memory does not
// grow with the input; what is written is flushed before more is read, so a kill loses no
// finished record. A document that fails yields an error record; the rest go on. Stops
// at the first failed write (stats.write_failed).
RunStats RunOrdered(const Extractor& ex, batch::DocumentReader& reader, Sink& sink, std::FILE* out,
                    const RunOptions& opt);

}  // namespace marsad::pipeline
