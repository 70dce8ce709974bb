// `marsad extract`: documents in (JSONL, .gz/.zst, text and HTML files, directories,
// stdin), one output record per document out, in input order (docs/batch.md).
//
// Threads: the main thread reads documents and writes results; N workers extract. A window
// of at most W documents is in flight (read, not yet written), so memory does not grow
// with the input and results are written in input order as soon as they are next.
// A document that fails yields an error record {id, source, line, error}; the rest go on.
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

#include <rapidjson/document.h>

#include "commands.h"
#include "marsad/batch.h"
#include "marsad/extract.h"
#include "marsad/pgsql.h"
#include "marsad/pubdate.h"

namespace marsad::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::vector<std::string> dicts;  // --dict DIR: user dictionaries, later ones override
  std::string index;
  std::string lang = "auto";
  std::string format = "json";
  std::string published;
  std::string output;  // --output FILE: written to FILE.partial, renamed when complete
  std::string shard;   // --shard K/N
  bool jsonl = false, strict = false, explain = false, demonyms = false, quiet = false, places_only = false;
  bool resume = false;
  std::string recognizer = "gazetteer";
  unsigned threads = 0;
  double max_doc_mib = 4;  // larger documents get an error record (0: no limit)
  double progress_interval = 10;  // seconds between plain progress lines (stderr not a TTY)
};

enum class Format { kJson, kAcled, kPgsql };

// The result of one document, filled by a worker, written by the main thread.
struct Slot {
  bool ready = false;
  bool ok = true;
  std::string out;  // for the main output
  std::string err;  // for stderr (ACLED error records)
  pgsql::Rows rows;
  uint32_t places = 0, events = 0;
};

// Ids already in an output being resumed, with their counts (an id that occurs twice in
// the input is skipped twice only when both were written).
using DoneIds = std::unordered_map<std::string, uint32_t>;

// Reads the complete records of `path` (a partial JSONL output), collects their ids, and
// truncates the file after the last complete record (a kill may leave half a line).
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

class Progress {
 public:
  Progress(bool quiet, double interval, const batch::DocumentReader& reader)
      : quiet_(quiet), tty_(isatty(STDERR_FILENO) == 1), interval_(interval), reader_(reader) {}
  void Tick(size_t docs, bool force_end = false) {
    if (quiet_) return;
    auto now = Clock::now();
    double since = std::chrono::duration<double>(now - last_).count();
    if (!force_end && since < (tty_ ? 0.25 : interval_)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - t0_).count();
    double done = static_cast<double>(reader_.bytes_done()), total = static_cast<double>(reader_.bytes_total());
    double rate = secs > 0 ? static_cast<double>(docs) / secs : 0;
    double frac = total > 0 ? std::min(1.0, done / total) : -1;
    std::string eta = "?";
    if (frac > 0.001 && secs > 0) {
      long s = static_cast<long>(secs / frac - secs);
      char b[32];
      std::snprintf(b, sizeof b, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
      eta = b;
    }
    char line[256];
    if (tty_) {
      if (force_end) {
        std::fputs("\r\033[K", stderr);
        return;
      }
      std::string bar(24, ' ');
      if (frac >= 0) std::fill(bar.begin(), bar.begin() + static_cast<long>(frac * 24), '#');
      std::snprintf(line, sizeof line, "\r\033[K[%s] %s %zu docs  %.1f/%.1f MB  %.1f docs/s  ETA %s", bar.c_str(),
                    frac >= 0 ? (std::to_string(static_cast<int>(frac * 100)) + "%").c_str() : "", docs, done / 1e6,
                    total / 1e6, rate, eta.c_str());
      std::fputs(line, stderr);
    } else if (!force_end) {
      std::snprintf(line, sizeof line, "marsad extract: progress: %zu docs, %.1f/%.1f MB, %.1f docs/s, ETA %s\n", docs,
                    done / 1e6, total / 1e6, rate, eta.c_str());
      std::fputs(line, stderr);
    }
    std::fflush(stderr);
  }

 private:
  bool quiet_, tty_;
  double interval_;
  const batch::DocumentReader& reader_;
  Clock::time_point t0_ = Clock::now(), last_ = Clock::now();
};

int RunExtract(const ExtractArgs& a) {
  auto t0 = Clock::now();
  // Usage checks first: nothing is read or written when the command line is wrong.
  const Format format = a.format == "acled" ? Format::kAcled : a.format == "pgsql" ? Format::kPgsql : Format::kJson;
  unsigned shard_k = 0, shard_n = 1;
  if (!a.shard.empty()) {
    auto s = batch::ParseShard(a.shard);
    if (!s.ok()) {
      Error(s.status().message());
      return kExitUsage;
    }
    std::tie(shard_k, shard_n) = *s;
  }
  if (a.resume && a.output.empty()) {
    Error("--resume needs --output FILE (the output to continue)");
    return kExitUsage;
  }
  if (a.resume && format != Format::kJson) {
    Error("--resume works with --format json only");
    return kExitUsage;
  }
  // -o writes FILE.partial and renames it over FILE: that would replace a device, a FIFO
  // or a symbolic link (as root, `-o /dev/null` replaced /dev/null with a regular file).
  if (!a.output.empty()) {
    for (const std::string& p : {a.output, a.output + ".partial"}) {
      std::error_code ec;
      auto st = fs::symlink_status(p, ec);
      if (!ec && fs::exists(st) && !fs::is_regular_file(st)) {
        Error("-o " + a.output + ": " + p + " exists and is not a regular file (" +
              (fs::is_symlink(st) ? "a symbolic link" : fs::is_directory(st) ? "a directory" : "a device, FIFO or socket") +
              "); marsad writes FILE.partial and renames it, which would replace it: write to stdout and redirect "
              "instead (> " + a.output + ")");
        return kExitUsage;
      }
    }
  }

  std::string index = a.index.empty() ? DefaultIndexPath() : a.index;
  // Geoparsing only needs no event dictionaries (unless the user gave some: still checked).
  auto res = Resources::Load(index, DataDir(), a.dicts, !a.places_only || !a.dicts.empty());
  if (!res.ok()) {
    Error(res.status().message());
    return kExitFatal;
  }
  if (auto st = a.recognizer == "gazetteer" ? Status::Ok() : (*res)->LoadRecognizers(DataDir(), a.lang); !st.ok()) {
    Error(st.message());
    return kExitFatal;
  }
  ExtractOptions opt;
  opt.recognizer = a.recognizer;
  opt.utf8 = a.strict ? text::Utf8Mode::kStrict : text::Utf8Mode::kLenient;
  opt.lang = a.lang;
  opt.explain = a.explain;
  opt.events = !a.places_only;
  opt.geo.demonyms = a.demonyms;
  if (format == Format::kAcled) opt.format = OutputFormat::kAcled;
  const Extractor ex(**res, opt);
  const unsigned threads = a.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : a.threads;

  // The output: stdout, or FILE.partial renamed to FILE once every document is written.
  std::FILE* out = stdout;
  std::string partial;
  DoneIds done;
  size_t resumed_records = 0;
  if (!a.output.empty()) {
    partial = a.output + ".partial";
    std::error_code ec;
    bool append = false;
    if (a.resume) {
      if (!fs::exists(partial, ec) && fs::exists(a.output, ec)) fs::rename(a.output, partial, ec);
      if (fs::exists(partial, ec)) {
        Status st = LoadDone(partial, &done, &resumed_records);
        if (!st.ok()) {
          Error(st.message());
          return kExitFatal;
        }
        append = true;
      }
    }
    out = std::fopen(partial.c_str(), append ? "ab" : "wb");
    if (out == nullptr) {
      Error(partial + ": cannot write: " + std::strerror(errno));
      return kExitFatal;
    }
  }
  static char out_buf[1 << 16];
  if (out == stdout) std::setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);

  batch::ReaderOptions ropt;
  ropt.force_jsonl = a.jsonl;
  ropt.lang = a.lang == "auto" ? "" : a.lang;
  ropt.published = a.published;
  // Workers parse the JSON lines, unless the main thread needs the ids (shards, resume).
  ropt.defer_json = shard_n <= 1 && done.empty();
  batch::DocumentReader reader(a.inputs, ropt);

  // Test hook: die by SIGKILL after this many records were written (the resume test).
  size_t kill_after = 0;
  if (const char* k = std::getenv("MARSAD_TEST_KILL_AFTER"); k != nullptr) kill_after = std::strtoull(k, nullptr, 10);

  // --- the pipeline ---
  const size_t window = 32 * static_cast<size_t>(threads) + 16;
  // The main thread sleeps until a run of `batch` results (or all in flight) is ready, not
  // after each one: a wake-up per document costs as much as the JSON parsing of it.
  const size_t batch = window / 4;
  std::vector<Slot> slots(window);
  std::deque<std::pair<uint64_t, batch::InputItem>> jobs;
  std::mutex m;
  std::condition_variable cv_work, cv_done;
  bool closing = false;
  uint64_t next_seq = 0, next_write = 0;  // written by the main thread; next_write under m (run_ready)
  uint64_t wait_until = 0;                // main sleeps until slots [next_write, wait_until) are ready; 0: awake
  auto run_ready = [&]() {                // under m
    for (uint64_t q = next_write; q < wait_until; ++q)
      if (!slots[q % window].ready) return false;
    return true;
  };

  auto error_slot = [&](const Document& doc, const std::string& message, uint64_t seq, Slot* s) {
    s->ok = false;
    std::string rec = Extractor::ErrorRecord(doc, message);
    if (format == Format::kAcled) {
      s->err = std::move(rec);
    } else if (format == Format::kPgsql) {
      (void)pgsql::AppendRows(rec, seq, &s->rows);
    } else {
      s->out = std::move(rec);
    }
  };
  // Resolution cost grows faster than the document (issue 18: 8 MB took 17 s, 50 MB did
  // not finish): one huge document must not hold a worker for minutes.
  const size_t max_doc_bytes = static_cast<size_t>(a.max_doc_mib * 1024 * 1024);
  auto compute = [&](const Document& doc, uint64_t seq, Slot* s) {
    if (max_doc_bytes > 0 && doc.text.size() > max_doc_bytes) {
      return error_slot(doc,
                        "document of " + std::to_string(doc.text.size()) + " bytes is larger than --max-doc-mib " +
                            std::to_string(a.max_doc_mib).substr(0, std::to_string(a.max_doc_mib).find('.') + 2) +
                            " (split it, or raise the limit)",
                        seq, s);
    }
    auto x = ex.Extract(doc);
    if (!x.ok()) return error_slot(doc, x.status().message(), seq, s);
    s->places = static_cast<uint32_t>(x->geo.mentions.size());
    s->events = static_cast<uint32_t>(x->events.events.size());
    if (format == Format::kAcled) {
      for (const auto& row : ex.ToAcledRows(*x)) s->out += row + "\n";
    } else if (format == Format::kPgsql) {
      (void)pgsql::AppendRows(ex.ToJson(*x), seq, &s->rows);
    } else {
      s->out = ex.ToJson(*x);
    }
  };
  auto worker = [&]() {
    for (;;) {
      std::unique_lock lk(m);
      cv_work.wait(lk, [&] { return closing || !jobs.empty(); });
      if (jobs.empty()) return;
      auto [seq, item] = std::move(jobs.front());
      jobs.pop_front();
      lk.unlock();
      Slot s;
      batch::ParseDeferred(&item, ropt.published);
      if (item.status.ok()) compute(item.doc, seq, &s);
      else error_slot(item.doc, item.status.message(), seq, &s);
      s.ready = true;
      lk.lock();
      slots[seq % window] = std::move(s);
      const bool wake = wait_until > 0 && seq < wait_until && run_ready();
      lk.unlock();
      if (wake) cv_done.notify_one();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);

  // --- writing ---
  bool write_failed = false;
  pgsql::Rows pg;
  auto pg_flush = [&]() {
    if (pg.n_documents == 0) return;
    auto block = [&](const char* copy, const std::string& rows) {
      std::fprintf(out, "%s;\n", copy);
      std::fwrite(rows.data(), 1, rows.size(), out);
      std::fputs("\\.\n", out);
    };
    block(pgsql::CopyDocumentsSql(), pg.documents);
    block(pgsql::CopyPlacesSql(), pg.places);
    block(pgsql::CopyEventsSql(), pg.events);
    std::fputs(pgsql::UpsertSql().c_str(), out);
    pg.clear();
  };
  if (format == Format::kAcled) std::fprintf(out, "%s\n", events::AcledHeader().c_str());
  if (format == Format::kPgsql) {
    std::fputs("-- marsad extract --format pgsql: load with  psql -q -v ON_ERROR_STOP=1 -f FILE URL\n"
               "-- (or pipe it into psql). Re-loading the same documents replaces them.\n"
               "\\set ON_ERROR_STOP on\nSET client_encoding = 'UTF8';\nSET client_min_messages = warning;\nBEGIN;\n", out);
    std::fputs(pgsql::SchemaSql().c_str(), out);
    std::fputs(pgsql::StagingSql().c_str(), out);
  }
  size_t docs = 0, errors = 0, places = 0, n_events = 0, shard_skipped = 0, resume_skipped = 0, written = 0;
  auto write = [&](Slot& s) {
    ++docs;
    errors += !s.ok;
    places += s.places;
    n_events += s.events;
    if (format == Format::kPgsql) {
      pg.documents += s.rows.documents;
      pg.places += s.rows.places;
      pg.events += s.rows.events;
      pg.n_documents += s.rows.n_documents;
      if (pg.documents.size() + pg.places.size() > (8u << 20)) pg_flush();
    } else if (format == Format::kAcled) {
      std::fwrite(s.out.data(), 1, s.out.size(), out);
      if (!s.err.empty()) std::fprintf(stderr, "%s\n", s.err.c_str());
    } else {
      s.out.push_back('\n');
      std::fwrite(s.out.data(), 1, s.out.size(), out);
    }
  };

  Progress progress(a.quiet, a.progress_interval, reader);
  bool input_done = false;
  for (;;) {
    while (!input_done && next_seq - next_write < window) {
      batch::InputItem item;
      if (!reader.Next(&item)) {
        input_done = true;
        break;
      }
      if (shard_n > 1 && !batch::InShard(item.doc.id, shard_k, shard_n)) {
        ++shard_skipped;
        continue;
      }
      if (!done.empty()) {
        auto it = done.find(item.doc.id);
        if (it != done.end() && it->second > 0) {
          --it->second;
          ++resume_skipped;
          continue;
        }
      }
      uint64_t seq = next_seq++;
      if (!item.status.ok()) {
        if (item.status.code() == StatusCode::kIoError && !a.quiet) Error(item.status.message());
        Slot s;
        error_slot(item.doc, item.status.message(), seq, &s);
        s.ready = true;
        std::lock_guard lk(m);
        slots[seq % window] = std::move(s);
        continue;
      }
      {
        std::lock_guard lk(m);
        jobs.emplace_back(seq, std::move(item));
      }
      cv_work.notify_one();
    }
    bool wrote = false;
    {
      std::unique_lock lk(m);
      while (next_write < next_seq && slots[next_write % window].ready) {
        Slot s = std::move(slots[next_write % window]);
        slots[next_write % window] = Slot();
        lk.unlock();
        write(s);
        ++written;
        lk.lock();
        ++next_write;
        wrote = true;
        if (kill_after > 0 && written >= kill_after) {
          std::fflush(out);
          std::raise(SIGKILL);
        }
      }
      if (!wrote && next_write < next_seq && (input_done || next_seq - next_write >= window)) {
        wait_until = std::min(next_seq, next_write + batch);
        cv_done.wait_for(lk, std::chrono::milliseconds(250), run_ready);
        wait_until = 0;
      }
    }
    // What is written is on disk before more is read: a kill loses no finished record.
    if (wrote && std::fflush(out) != 0) {
      write_failed = true;
      break;
    }
    progress.Tick(docs);
    if (input_done && next_write == next_seq) break;
  }
  {
    std::lock_guard lk(m);
    closing = true;
    jobs.clear();  // only non-empty after a write failure
  }
  cv_work.notify_all();
  for (auto& t : pool) t.join();
  progress.Tick(docs, true);

  if (format == Format::kPgsql) {
    pg_flush();
    std::fputs("COMMIT;\n", out);
  }
  if (std::fflush(out) != 0 || std::ferror(out)) write_failed = true;
  if (out != stdout) {
    if (std::fclose(out) != 0) write_failed = true;
  }
  if (write_failed) {
    Error((partial.empty() ? std::string("stdout") : partial) + ": write failed: " + std::strerror(errno) +
          (partial.empty() ? "" : " (rerun with --resume to continue)"));
    return kExitFatal;
  }
  if (!partial.empty()) {
    std::error_code ec;
    fs::rename(partial, a.output, ec);
    if (ec) {
      Error("cannot rename " + partial + " to " + a.output + ": " + ec.message());
      return kExitFatal;
    }
  }
  if (!a.quiet) {
    double secs = std::chrono::duration<double>(Clock::now() - t0).count();
    std::fprintf(stderr, "marsad extract: %zu document(s), %zu error(s), %zu place(s), %zu event(s), %.2f s, %.1f docs/s",
                 docs, errors, places, n_events, secs, secs > 0 ? static_cast<double>(docs) / secs : 0.0);
    if (resume_skipped || resumed_records) {
      std::fprintf(stderr, "; resumed: %zu record(s) kept, %zu document(s) skipped", resumed_records, resume_skipped);
    }
    if (shard_n > 1) std::fprintf(stderr, "; shard %u/%u: %zu document(s) of other shards", shard_k, shard_n, shard_skipped);
    std::fputc('\n', stderr);
  }
  return errors == 0 ? kExitOk : kExitBadInput;
}

}  // namespace

CLI::Validator PublishedDate() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        auto iso = NormalizePublished(value);
        if (!iso.ok()) return iso.status().message() + " (e.g. 2017-10-14)";
        value = std::move(iso).value();
        return "";
      },
      "DATE");
}

void AddExtractCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<ExtractArgs>();
  auto* cmd = app.add_subcommand(
      "extract", "Extract places and events from articles (JSONL[.gz|.zst], text/HTML files, directories, stdin)");
  cmd->add_option("INPUT", a->inputs,
                  "JSONL files (.gz/.zst too), .txt/.html files, directories of them; - for stdin (default)");
  cmd->add_option("--index", a->index, "Gazetteer index (default: $MARSAD_GAZETTEER or data/gazetteer/default.mgz)");
  cmd->add_option("--lang", a->lang, "Language of plain-text input")->check(CLI::IsMember({"auto", "ar", "en"}));
  cmd->add_option("--format", a->format, "Output format: json (JSONL), acled (CSV), pgsql (psql script of COPY rows)")
      ->check(CLI::IsMember({"json", "acled", "pgsql"}));
  // One directory per --dict (repeat it for more): `--dict DIR INPUT` took INPUT as a second
  // dictionary directory and then read stdin.
  cmd->add_option("--dict", a->dicts, "Extra dictionary directory (same layout as data/dictionaries); repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--published", a->published,
                  "Publication date for documents without one (YYYY-MM-DD; also RFC 2822, m/d/yyyy)")
      ->transform(PublishedDate());
  cmd->add_flag("--jsonl", a->jsonl, "Treat inputs as JSON lines {id,text,lang?,published?,url?,title?}");
  cmd->add_flag("--strict", a->strict, "Reject documents with invalid UTF-8 instead of replacing bytes");
  cmd->add_flag("--explain", a->explain, "Show scored candidates and their features for each place");
  cmd->add_flag("--places-only", a->places_only, "Geoparse only: skip actors, quantities, dates and events");
  cmd->add_flag("--demonyms", a->demonyms, "Also output demonyms (Syrian, السوري) as country mentions");
  cmd->add_option("--recognizer", a->recognizer, "Place recognition: gazetteer, model (data/models) or combined")
      ->check(CLI::IsMember({"gazetteer", "model", "combined"}));
  cmd->add_option("--threads", a->threads, "Worker threads (0: all cores)")
      ->default_val(0)
      ->check(CLI::Range(0u, kMaxThreads));
  cmd->add_option("--max-doc-mib", a->max_doc_mib, "Documents larger than this many MiB get an error record (0: no limit)")
      ->default_val(4)
      ->check(CLI::Validator(
          [](std::string& v) -> std::string {
            try {
              size_t used = 0;
              double x = std::stod(v, &used);
              if (used == v.size() && std::isfinite(x) && x >= 0 && x <= 65536) return "";
            } catch (const std::exception&) {
            }
            return "must be a number of MiB from 0 (no limit) to 65536, not " + v;
          },
          "MiB"));
  cmd->add_option("-o,--output", a->output, "Write to FILE (via FILE.partial, renamed when complete) instead of stdout");
  cmd->add_flag("--resume", a->resume, "Continue an interrupted --output run: keep its records, skip their ids");
  cmd->add_option("--shard", a->shard, "Process only shard K of N (0-based, by document id hash), e.g. 2/8");
  cmd->add_option("--progress-interval", a->progress_interval,
                  "Seconds between progress lines when stderr is not a terminal")->default_val(10);
  cmd->add_flag("-q,--quiet", a->quiet, "No progress and no summary on stderr");
  cmd->callback([a, &ctx]() { ctx.exit_code = RunExtract(*a); });
}

}  // namespace marsad::cli
