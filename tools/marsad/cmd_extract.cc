// `marsad extract`: documents in (JSONL, .gz/.zst, text and HTML files, directories,
// stdin), one output record per document out, in input order (docs/batch.md). Options are
// parsed here; the reading, the workers and the window are pipeline::RunOrdered, the
// formats output::MakeWriter.
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <thread>

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
  bool resume = false, geojson_events = false;
  std::string recognizer = "gazetteer";
  unsigned threads = 0;
  double max_doc_mib = 4;  // larger documents get an error record (0: no limit)
  double progress_interval = 10;  // seconds between plain progress lines (stderr not a TTY)
};

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
    if (tty_ && force_end) {
      std::fputs("\r\033[K", stderr);
    } else if (tty_) {
      Bar(docs, now);
    } else if (!force_end) {
      std::fprintf(stderr, "marsad extract: progress: %zu docs, %.1f/%.1f MB, %.1f docs/s, ETA %s\n", docs,
                   Done() / 1e6, Total() / 1e6, Rate(docs, now), Eta(now).c_str());
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
  double Frac() const { return Total() > 0 ? std::min(1.0, Done() / Total()) : -1; }
  std::string Eta(Clock::time_point now) const {
    double secs = Secs(now), frac = Frac();
    if (frac <= 0.001 || secs <= 0) return "?";
    long s = static_cast<long>(secs / frac - secs);
    char b[32];
    std::snprintf(b, sizeof b, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    return b;
  }
  void Bar(size_t docs, Clock::time_point now) const {
    double frac = Frac();
    std::string bar(24, ' ');
    if (frac >= 0) std::fill(bar.begin(), bar.begin() + static_cast<long>(frac * 24), '#');
    std::fprintf(stderr, "\r\033[K[%s] %s %zu docs  %.1f/%.1f MB  %.1f docs/s  ETA %s", bar.c_str(),
                 frac >= 0 ? (std::to_string(static_cast<int>(frac * 100)) + "%").c_str() : "", docs, Done() / 1e6,
                 Total() / 1e6, Rate(docs, now), Eta(now).c_str());
  }

  bool quiet_, tty_;
  double interval_;
  const batch::DocumentReader& reader_;
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
  if (a.output.empty()) return true;
  // -o writes FILE.partial and renames it over FILE: that would replace a device, a FIFO
  // or a symbolic link (as root, `-o /dev/null` replaced /dev/null with a regular file).
  for (const std::string& p : {a.output, a.output + ".partial"}) {
    std::error_code ec;
    auto st = fs::symlink_status(p, ec);
    if (!ec && fs::exists(st) && !fs::is_regular_file(st)) {
      Error("-o " + a.output + ": " + p + " exists and is not a regular file (" +
            (fs::is_symlink(st) ? "a symbolic link" : fs::is_directory(st) ? "a directory" : "a device, FIFO or socket") +
            "); marsad writes FILE.partial and renames it, which would replace it: write to stdout and redirect "
            "instead (> " + a.output + ")");
      return false;
    }
  }
  return true;
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
  return opt;
}

int RunExtract(const ExtractArgs& a) {
  auto t0 = Clock::now();
  pipeline::RunOptions run;
  if (!CheckUsage(a, &run)) return kExitUsage;
  auto format = output::ParseFormat(a.format);  // checked by the option already
  // Geoparsing only needs no event dictionaries (unless the user gave some: still checked).
  auto res = Resources::Load(a.index.empty() ? DefaultIndexPath() : a.index, DataDir(), a.dicts,
                             !a.places_only || !a.dicts.empty());
  if (!res.ok()) return Error(res.status().message()), kExitFatal;
  if (auto st = a.recognizer == "gazetteer" ? Status::Ok() : (*res)->LoadRecognizers(DataDir(), a.lang); !st.ok())
    return Error(st.message()), kExitFatal;
  const Extractor ex(**res, Options(a));
  output::WriterOptions wopt;
  wopt.geojson_events = a.geojson_events;
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
  Progress progress(a.quiet, a.progress_interval, reader);

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
  return stats.errors == 0 ? kExitOk : kExitBadInput;
}

CLI::Validator MaxDocMib() {
  return CLI::Validator(
      [](std::string& v) -> std::string {
        try {
          size_t used = 0;
          double x = std::stod(v, &used);
          if (used == v.size() && std::isfinite(x) && x >= 0 && x <= 65536) return "";
        } catch (const std::exception&) {
        }
        return "must be a number of MiB from 0 (no limit) to 65536, not " + v;
      },
      "MiB");
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
  cmd->add_option("--format", a->format,
                  "Output format: json (JSONL), geojson (RFC 7946 FeatureCollection of places), cliff (CLIFF "
                  "responses, JSONL), acled (CSV), pgsql (psql script of COPY rows)")
      ->check(CLI::IsMember({"json", "geojson", "cliff", "acled", "pgsql"}));
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
  cmd->add_flag("--places-only", a->places_only, "Geoparse only: skip actors, quantities, dates and events");
  cmd->add_flag("--demonyms", a->demonyms, "Also output demonyms (Syrian, السوري) as country mentions");
  cmd->add_option("--recognizer", a->recognizer, "Place recognition: gazetteer, model (data/models) or combined")
      ->check(CLI::IsMember({"gazetteer", "model", "combined"}));
  cmd->add_option("--threads", a->threads, "Worker threads (0: all cores)")
      ->default_val(0)
      ->check(CLI::Range(0u, kMaxThreads));
  cmd->add_option("--max-doc-mib", a->max_doc_mib, "Documents larger than this many MiB get an error record (0: no limit)")
      ->default_val(4)
      ->check(MaxDocMib());
  cmd->add_option("-o,--output", a->output, "Write to FILE (via FILE.partial, renamed when complete) instead of stdout");
  cmd->add_flag("--resume", a->resume, "Continue an interrupted --output run: keep its records, skip their ids");
  cmd->add_option("--shard", a->shard, "Process only shard K of N (0-based, by document id hash), e.g. 2/8");
  cmd->add_option("--progress-interval", a->progress_interval,
                  "Seconds between plain progress lines when stderr is not a terminal")->default_val(10);
  cmd->add_flag("-q,--quiet", a->quiet, "No progress and no summary on stderr");
  cmd->callback([a, &ctx]() { ctx.exit_code = RunExtract(*a); });
}

}  // namespace marsad::cli
