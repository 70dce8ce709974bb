// `marsad extract`: documents in (JSONL, .gz/.zst, text and HTML files, directories,
// stdin), one output record per document out, in input order (docs/batch.md). Options are
// parsed here; the reading, the workers and the window are pipeline::RunOrdered, the
// formats output::MakeWriter.
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <future>
#include <memory>
#include <thread>

#include <fmt/format.h>

#include "commands.h"
#include "marsad/batch.h"
#include "marsad/extract.h"
#include "marsad/output.h"
#include "marsad/pipeline.h"
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
  bool resume = false, geojson_events = false, pretty = false, summary = false;
  int width = 0;  // --summary: columns (0: the terminal's, else 80)
  unsigned candidates = 5;  // --candidates: scored candidates kept per place (shown with --explain)
  std::string recognizer = "gazetteer";
  unsigned threads = 0;
  double max_doc_mib = 4;  // larger documents get an error record (0: no limit)
  double max_doc_seconds = kDefaultMaxDocSeconds;  // slower documents get an error record (0: no limit)
  double progress_interval = 10;  // seconds between plain progress lines (stderr not a TTY)
};

// How many documents the inputs hold, or 0 when that is not known without decompressing
// or reading stdin: a text or HTML file is one, a plain JSONL file its non-blank lines.
// Run on its own thread while the extraction starts (it reads the files once more).
size_t CountDocuments(const std::vector<std::string>& paths, bool force_jsonl) {
  size_t n = 0;
  std::vector<char> buf(1 << 20);
  for (const auto& path : paths) {
    if (path == "-") return 0;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) return 0;
    size_t got = std::fread(buf.data(), 1, buf.size(), f), lines = 0;
    const auto* u = reinterpret_cast<const unsigned char*>(buf.data());
    if ((got >= 2 && u[0] == 0x1f && u[1] == 0x8b) || (got >= 4 && u[0] == 0x28 && u[1] == 0xb5 && u[2] == 0x2f))
      return std::fclose(f), 0;  // gzip, zstd
    const std::string ext = fs::path(path).extension().string();
    size_t first = 0;
    while (first < got && std::isspace(u[first])) ++first;
    bool jsonl = force_jsonl || ext == ".jsonl" || ext == ".ndjson" ||
                 (ext != ".txt" && ext != ".html" && ext != ".htm" && first < got && buf[first] == '{');
    for (bool blank = true; jsonl && got > 0; got = std::fread(buf.data(), 1, buf.size(), f)) {
      for (size_t i = 0; i < got; ++i) {
        char c = buf[i];
        if (c == '\n') lines += !blank, blank = true;
        else if (c != ' ' && c != '\r' && c != '\t') blank = false;
      }
      if (std::feof(f)) lines += !blank;
    }
    std::fclose(f);
    n += jsonl ? lines : 1;
  }
  return n;
}

// Progress on stderr: a bar redrawn in place when stderr is a terminal and stdout is not
// (the output would break into the bar's line), else a plain line every few seconds when
// stderr is not a terminal. The bar counts documents when their number is known, else
// input bytes.
class Progress {
 public:
  Progress(bool quiet, double interval, bool stdout_free, const batch::DocumentReader& reader, bool force_jsonl)
      : tty_(isatty(STDERR_FILENO) == 1),
        silent_(quiet || (tty_ && !stdout_free)),
        interval_(interval),
        reader_(reader) {
    if (!tty_ || silent_) return;
    // Up to 64 MB the count takes milliseconds: known before the first document.
    if (reader.bytes_total() <= (64u << 20)) known_docs_ = CountDocuments(reader.paths(), force_jsonl);
    else total_docs_ = std::async(std::launch::async, CountDocuments, reader.paths(), force_jsonl);
  }
  ~Progress() {
    if (total_docs_.valid()) total_docs_.wait();
  }
  void Tick(size_t docs, bool force_end = false) {
    if (silent_) return;
    auto now = Clock::now();
    double since = std::chrono::duration<double>(now - last_).count();
    // The bar is drawn at the first document, then four times a second.
    if (!force_end && since < (tty_ ? 0.25 : interval_) && (!tty_ || drawn_)) return;
    last_ = now;
    drawn_ = true;
    if (tty_ && force_end) {
      std::fputs("\r\033[K", stderr);
    } else if (tty_) {
      Bar(docs, now);
    } else if (!force_end) {
      std::fprintf(stderr, "marsad extract: progress: %zu docs, %.1f/%.1f MB, %.1f docs/s, ETA %s\n", docs,
                   Done() / 1e6, Total() / 1e6, Rate(docs, now), Eta(Frac(docs), now).c_str());
    }
    std::fflush(stderr);
  }

 private:
  double Done() const { return static_cast<double>(reader_.bytes_done()); }
  double Total() const { return static_cast<double>(reader_.bytes_total()); }
  double Secs(Clock::time_point now) const { return std::chrono::duration<double>(now - t0_).count(); }
  double Rate(size_t docs, Clock::time_point now) const {
    return Secs(now) > 0 ? static_cast<double>(docs) / Secs(now) : 0;
  }
  // The documents in the input, once counted (0: not known, or not yet).
  size_t TotalDocs() {
    if (known_docs_ == 0 && total_docs_.valid() &&
        total_docs_.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
      known_docs_ = total_docs_.get();
    return known_docs_;
  }
  double Frac(size_t docs) {
    if (size_t total = TotalDocs(); total > 0) return std::min(1.0, static_cast<double>(docs) / static_cast<double>(total));
    return Total() > 0 ? std::min(1.0, Done() / Total()) : -1;
  }
  std::string Eta(double frac, Clock::time_point now) const {
    double secs = Secs(now);
    if (frac <= 0.001 || secs <= 0) return "?";
    long s = static_cast<long>(secs / frac - secs);
    char b[32];
    std::snprintf(b, sizeof b, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    return b;
  }
  void Bar(size_t docs, Clock::time_point now) {
    double frac = Frac(docs);
    std::string bar(24, ' '), count = std::to_string(docs);
    if (frac >= 0) std::fill(bar.begin(), bar.begin() + static_cast<long>(frac * 24), '#');
    if (known_docs_ > 0) count += "/" + std::to_string(known_docs_);
    std::string pct = frac >= 0 ? std::to_string(static_cast<int>(frac * 100)) + "%" : "";
    std::fprintf(stderr, "\r\033[K[%s] %s %s docs  %.1f/%.1f MB  %.1f docs/s  ETA %s", bar.c_str(), pct.c_str(),
                 count.c_str(), Done() / 1e6, Total() / 1e6, Rate(docs, now), Eta(frac, now).c_str());
  }

  bool tty_, silent_;
  double interval_;
  const batch::DocumentReader& reader_;
  std::future<size_t> total_docs_;
  size_t known_docs_ = 0;
  bool drawn_ = false;
  Clock::time_point t0_ = Clock::now(), last_ = Clock::now();
};

// Usage checks: nothing is read or written when the command line is wrong. Fills the shard.
bool CheckUsage(const ExtractArgs& a, pipeline::RunOptions* run) {
  if (!a.shard.empty()) {
    auto s = batch::ParseShard(a.shard);
    if (!s.ok()) return Error(s.status().message()), false;
    std::tie(run->shard_k, run->shard_n) = *s;
  }
  if (a.resume && a.output.empty()) return Error("--resume needs --output FILE (the output to continue)"), false;
  if (a.resume && a.format != "json") return Error("--resume works with --format json only"), false;
  if (a.geojson_events && a.format != "geojson") return Error("--geojson-events goes with --format geojson"), false;
  if (a.pretty && a.format != "json" && a.format != "cliff") return Error("--pretty goes with --format json or cliff"), false;
  if (a.pretty && a.resume) return Error("--resume reads one record a line: it does not go with --pretty"), false;
  if (a.summary && a.format != "json" && a.format != "summary")
    return Error("--summary is a format of its own: it does not go with --format " + a.format), false;
  if (a.output.empty()) return true;
  return RenamableOutput(a.output);
}

// The output: stdout, or FILE.partial (renamed to FILE once complete), continued after the
// records it holds with --resume. Null after an error was said.
std::FILE* OpenOutput(const ExtractArgs& a, pipeline::DoneIds* done, size_t* resumed_records) {
  static char out_buf[1 << 16];
  if (a.output.empty()) {
    std::setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
    return stdout;
  }
  const std::string partial = a.output + ".partial";
  std::error_code ec;
  bool append = false;
  if (a.resume) {
    if (!fs::exists(partial, ec) && fs::exists(a.output, ec)) fs::rename(a.output, partial, ec);
    if (fs::exists(partial, ec)) {
      if (Status st = pipeline::LoadDone(partial, done, resumed_records); !st.ok()) return Error(st.message()), nullptr;
      append = true;
    }
  }
  std::FILE* out = std::fopen(partial.c_str(), append ? "ab" : "wb");
  if (out == nullptr) Error(partial + ": cannot write: " + std::strerror(errno));
  return out;
}

// Flushes and closes the output, renames FILE.partial to FILE; false after an error was said.
bool CloseOutput(const ExtractArgs& a, std::FILE* out, bool write_failed) {
  if (std::fflush(out) != 0 || std::ferror(out)) write_failed = true;
  if (out != stdout && std::fclose(out) != 0) write_failed = true;
  const std::string partial = a.output.empty() ? "" : a.output + ".partial";
  if (write_failed) {
    Error((partial.empty() ? std::string("stdout") : partial) + ": write failed: " + std::strerror(errno) +
          (partial.empty() ? "" : " (rerun with --resume to continue)"));
    return false;
  }
  std::error_code ec;
  if (!partial.empty()) fs::rename(partial, a.output, ec);
  if (ec) Error("cannot rename " + partial + " to " + a.output + ": " + ec.message());
  return !ec;
}

void Summary(const pipeline::RunStats& s, const pipeline::RunOptions& run, size_t resumed_records, double secs) {
  std::fprintf(stderr, "marsad extract: %zu document(s), %zu error(s), %zu place(s), %zu event(s), %.2f s, %.1f docs/s",
               s.docs, s.errors, s.places, s.events, secs, secs > 0 ? static_cast<double>(s.docs) / secs : 0.0);
  if (s.resume_skipped || resumed_records) {
    std::fprintf(stderr, "; resumed: %zu record(s) kept, %zu document(s) skipped", resumed_records, s.resume_skipped);
  }
  if (run.shard_n > 1)
    std::fprintf(stderr, "; shard %u/%u: %zu document(s) of other shards", run.shard_k, run.shard_n, s.shard_skipped);
  std::fputc('\n', stderr);
}

ExtractOptions Options(const ExtractArgs& a) {
  ExtractOptions opt;
  opt.recognizer = a.recognizer;
  opt.utf8 = a.strict ? text::Utf8Mode::kStrict : text::Utf8Mode::kLenient;
  opt.lang = a.lang;
  opt.explain = a.explain;
  opt.events = !a.places_only;
  opt.geo.demonyms = a.demonyms;
  opt.geo.max_candidates = a.candidates;
  opt.max_seconds = a.max_doc_seconds;
  return opt;
}

// RunExtract's resources, left to the process's exit (see its end).
Resources* g_kept_until_exit = nullptr;

int RunExtract(const ExtractArgs& a) {
  auto t0 = Clock::now();
  pipeline::RunOptions run;
  if (!CheckUsage(a, &run)) return kExitUsage;
  auto format = output::ParseFormat(a.summary ? "summary" : a.format);  // checked by the option already
  // Geoparsing only needs no event dictionaries (unless the user gave some: still checked).
  auto res = Resources::Load(a.index.empty() ? DefaultIndexPath() : a.index, DataDir(), a.dicts,
                             !a.places_only || !a.dicts.empty());
  if (!res.ok()) return Error(res.status().message()), kExitFatal;
  if (auto st = a.recognizer == "gazetteer" ? Status::Ok() : (*res)->LoadRecognizers(DataDir(), a.lang); !st.ok())
    return Error(st.message()), kExitFatal;
  const Extractor ex(**res, Options(a));
  output::WriterOptions wopt;
  wopt.geojson_events = a.geojson_events;
  wopt.pretty = a.pretty;
  wopt.width = a.width > 0 ? a.width : TerminalWidth(a.output.empty() ? STDOUT_FILENO : -1);
  auto writer = output::MakeWriter(*format, **res, ex.options(), wopt);

  pipeline::DoneIds done;
  size_t resumed_records = 0;
  std::FILE* out = OpenOutput(a, &done, &resumed_records);
  if (out == nullptr) return kExitFatal;

  batch::ReaderOptions ropt;
  ropt.force_jsonl = a.jsonl;
  ropt.lang = a.lang == "auto" ? "" : a.lang;
  ropt.published = a.published;
  // Workers parse the JSON lines, unless the main thread needs the ids (shards, resume).
  ropt.defer_json = run.shard_n <= 1 && done.empty();
  batch::DocumentReader reader(a.inputs, ropt);
  // The bar keeps off a terminal that also shows the output.
  const bool stdout_free = !a.output.empty() || isatty(STDOUT_FILENO) != 1;
  Progress progress(a.quiet, a.progress_interval, stdout_free, reader, a.jsonl);

  run.threads = a.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : a.threads;
  run.max_doc_mib = a.max_doc_mib;
  run.done = &done;
  run.default_published = a.published;
  run.report_io_errors = !a.quiet;
  // Test hook: die by SIGKILL after this many records were written (the resume test).
  if (const char* k = std::getenv("MARSAD_TEST_KILL_AFTER"); k != nullptr) run.kill_after = std::strtoull(k, nullptr, 10);
  run.progress = [&progress](size_t docs, bool end) { progress.Tick(docs, end); };

  const std::string begin = writer->Begin();
  std::fwrite(begin.data(), 1, begin.size(), out);
  auto stats = pipeline::RunOrdered(ex, reader, *writer, out, run);
  const std::string end = writer->End();
  std::fwrite(end.data(), 1, end.size(), out);
  if (!CloseOutput(a, out, stats.write_failed)) return kExitFatal;
  if (!a.quiet) Summary(stats, run, resumed_records, std::chrono::duration<double>(Clock::now() - t0).count());
  // The resources (dictionaries, lexicons, the index mapping) are left to the process's exit
  // rather than freed one string at a time: about 8 M instructions, a quarter of what the
  // one-article run's main thread does after the output is written. A static keeps them
  // reachable (no leak for LeakSanitizer) and, a plain pointer, is not destroyed at exit;
  // `ex` and `writer` still point into them.
  g_kept_until_exit = std::move(res).value().release();
  return stats.errors == 0 ? kExitOk : kExitBadInput;
}

}  // namespace

CLI::Validator NumberFromZero(double max, const std::string& unit) {
  return CLI::Validator(
      [max, unit](std::string& v) -> std::string {
        try {
          size_t used = 0;
          double x = std::stod(v, &used);
          if (used == v.size() && std::isfinite(x) && x >= 0 && x <= max) return "";
        } catch (const std::exception&) {
        }
        return "must be a number of " + unit + " from 0 (no limit) to " + fmt::format("{:g}", max) + ", not " + v;
      },
      unit);
}

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
  cmd->add_option("--format", a->format,
                  "Output format: json (JSONL), geojson (RFC 7946 FeatureCollection of places), cliff (CLIFF "
                  "responses, JSONL), acled (CSV, one row per event), csv (one row per place mention), pgsql "
                  "(psql script of COPY rows), summary (the terminal view of `marsad show`)")
      ->check(CLI::IsMember({"json", "geojson", "cliff", "acled", "pgsql", "csv", "summary"}));
  cmd->add_flag("--pretty", a->pretty, "With --format json or cliff: indented JSON, one member a line");
  cmd->add_flag("--summary", a->summary, "A terminal view of the results (as `marsad show`) instead of JSON");
  cmd->add_option("--width", a->width, "With --summary: columns per line (default: the terminal's, else 80)")
      ->check(CLI::Range(40, 1000));
  cmd->add_flag("--geojson-events", a->geojson_events, "With --format geojson: events as features too");
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
  cmd->add_option("--candidates", a->candidates,
                  "With --explain: scored candidates shown per place, best first (scripts/train-ranker.py reads 50)")
      ->default_val(5)
      ->check(CLI::Range(1u, 1000u));
  cmd->add_flag("--places-only", a->places_only, "Geoparse only: skip actors, quantities, dates and events");
  cmd->add_flag("--demonyms", a->demonyms, "Also output demonyms (Syrian, السوري) as country mentions");
  cmd->add_option("--recognizer", a->recognizer, "Place recognition: gazetteer, model (data/models) or combined")
      ->check(CLI::IsMember({"gazetteer", "model", "combined"}));
  cmd->add_option("--threads", a->threads, "Worker threads (0: all cores)")
      ->default_val(0)
      ->check(CLI::Range(0u, kMaxThreads));
  cmd->add_option("--max-doc-mib", a->max_doc_mib, "Documents larger than this many MiB get an error record (0: no limit)")
      ->default_val(4)
      ->check(NumberFromZero(65536, "MiB"));
  cmd->add_option("--max-doc-seconds", a->max_doc_seconds,
                  "A document taking longer than this many seconds gets an error record (0: no limit)")
      ->default_val(kDefaultMaxDocSeconds)
      ->check(NumberFromZero(86400, "seconds"));
  cmd->add_option("-o,--output", a->output, "Write to FILE (via FILE.partial, renamed when complete) instead of stdout");
  cmd->add_flag("--resume", a->resume, "Continue an interrupted --output run: keep its records, skip their ids");
  cmd->add_option("--shard", a->shard, "Process only shard K of N (0-based, by document id hash), e.g. 2/8");
  cmd->add_option("--progress-interval", a->progress_interval,
                  "Seconds between plain progress lines when stderr is not a terminal")->default_val(10);
  cmd->add_flag("-q,--quiet", a->quiet, "No progress and no summary on stderr");
  cmd->callback([a, &ctx]() { ctx.exit_code = RunExtract(*a); });
}

}  // namespace marsad::cli
