// `marsad extract`: documents in (text files, JSON lines, stdin), one JSON record out per
// document, in input order. A document that fails yields an error record; the rest go on.
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include "commands.h"
#include "input.h"
#include "marsad/extract.h"
#include "marsad/mapped_file.h"

namespace marsad::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::vector<std::string> dicts;  // --dict DIR: user dictionaries, later ones override
  std::string index;
  std::string lang = "auto";
  std::string format = "json";
  std::string published;
  bool jsonl = false, strict = false, explain = false, demonyms = false, quiet = false, places_only = false;
  unsigned threads = 1;
};

bool LooksLikeJsonl(const std::string& path, std::string_view content) {
  if (path.ends_with(".jsonl") || path.ends_with(".ndjson")) return true;
  size_t p = content.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return p != std::string_view::npos && content[p] == '{' && !path.ends_with(".txt");
}

// Reads an input (a file, or "-" for stdin) in 1 MB chunks and hands out its lines, so that
// memory stays bounded by the longest line, not the input size (archives of any length).
class LineReader {
 public:
  static Result<std::unique_ptr<LineReader>> Open(const std::string& path) {
    if (path == "-") return std::unique_ptr<LineReader>(new LineReader(stdin, path, false));
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) return IoError(path + ": cannot open: " + std::strerror(errno));
    return std::unique_ptr<LineReader>(new LineReader(f, path, true));
  }
  ~LineReader() {
    if (own_) std::fclose(f_);
  }
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The buffered input, filled until it holds a non-blank byte or the input ends (enough
  // to tell JSON lines from plain text).
  std::string_view Head() {
    while (!eof_ && buf_.find_first_not_of(" \t\r\n\xEF\xBB\xBF", pos_) == std::string::npos) Fill();
    return std::string_view(buf_).substr(pos_);
  }
  // The next line without its '\n' (valid until the next call); false at the end.
  bool Next(std::string_view* line) {
    for (;;) {
      size_t nl = buf_.find('\n', scan_);
      if (nl != std::string::npos) {
        *line = std::string_view(buf_).substr(pos_, nl - pos_);
        pos_ = scan_ = nl + 1;
        return true;
      }
      if (eof_) {
        if (pos_ >= buf_.size()) return false;
        *line = std::string_view(buf_).substr(pos_);
        pos_ = scan_ = buf_.size();
        return true;
      }
      buf_.erase(0, pos_);  // keep only the partial line
      pos_ = 0;
      scan_ = buf_.size();
      Fill();
    }
  }
  // All the remaining input (plain-text documents are processed whole).
  std::string Rest() {
    while (!eof_) Fill();
    std::string r = buf_.substr(pos_);
    buf_.clear();
    pos_ = scan_ = 0;
    return r;
  }
  // Set once the input ended on a read error rather than at its end.
  bool failed() const { return failed_; }
  std::string error() const { return path_ + ": read error: " + std::strerror(error_); }
  const std::string& path() const { return path_; }

 private:
  LineReader(std::FILE* f, std::string path, bool own) : f_(f), path_(std::move(path)), own_(own) {}
  void Fill() {
    constexpr size_t kChunk = 1 << 20;
    size_t old = buf_.size();
    buf_.resize(old + kChunk);
    size_t n = std::fread(buf_.data() + old, 1, kChunk, f_);
    buf_.resize(old + n);
    if (n == 0) {
      eof_ = true;
      failed_ = std::ferror(f_) != 0;
      if (failed_) error_ = errno;
    }
  }
  std::FILE* f_;
  std::string path_;
  bool own_;
  bool eof_ = false, failed_ = false;
  int error_ = 0;
  std::string buf_;
  size_t pos_ = 0, scan_ = 0;
};

// Processes a batch of documents on `threads` threads; results keep input order.
void ProcessBatch(const Extractor& ex, const std::vector<Document>& docs, unsigned threads,
                  std::vector<std::string>& out, std::vector<char>& ok) {
  out.assign(docs.size(), {});
  ok.assign(docs.size(), 0);
  std::atomic<size_t> next{0};
  auto work = [&]() {
    for (size_t i; (i = next.fetch_add(1)) < docs.size();) {
      bool good = false;
      if (ex.options().format == OutputFormat::kAcled) {
        auto x = ex.Extract(docs[i]);
        good = x.ok();
        if (good) {
          for (const auto& row : ex.ToAcledRows(*x)) out[i] += row + "\n";
        } else {
          out[i] = Extractor::ErrorRecord(docs[i], x.status().message());  // goes to stderr
        }
      } else {
        out[i] = ex.ProcessToJson(docs[i], &good);
      }
      ok[i] = good;
    }
  };
  if (threads <= 1 || docs.size() < 2) {
    work();
    return;
  }
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
  for (auto& th : pool) th.join();
}

int RunExtract(const ExtractArgs& a) {
  auto t0 = std::chrono::steady_clock::now();
  std::string index = a.index.empty() ? DefaultIndexPath() : a.index;
  auto res = Resources::Load(index, DataDir(), a.dicts);
  if (!res.ok()) {
    Error(res.status().message());
    return kExitBadInput;
  }
  ExtractOptions opt;
  opt.utf8 = a.strict ? text::Utf8Mode::kStrict : text::Utf8Mode::kLenient;
  opt.lang = a.lang;
  opt.explain = a.explain;
  opt.events = !a.places_only;
  opt.geo.demonyms = a.demonyms;
  const bool acled = a.format == "acled";
  if (acled) opt.format = OutputFormat::kAcled;
  Extractor ex(**res, opt);
  unsigned threads = a.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : a.threads;

  size_t docs_total = 0, errors = 0;
  std::vector<Document> batch;
  std::vector<std::string> out;
  std::vector<char> ok;
  auto flush = [&]() {
    ProcessBatch(ex, batch, threads, out, ok);
    for (size_t i = 0; i < batch.size(); ++i) {
      if (acled) (ok[i] ? std::cout : std::cerr) << out[i] << (ok[i] ? "" : "\n");
      else std::cout << out[i] << '\n';
      errors += !ok[i];
    }
    docs_total += batch.size();
    batch.clear();
  };
  if (acled) std::cout << events::AcledHeader() << '\n';
  const size_t kWindow = 64 * std::max(1u, threads);
  std::vector<std::string> inputs = a.inputs.empty() ? std::vector<std::string>{"-"} : a.inputs;
  for (const auto& path : inputs) {
    auto reader = LineReader::Open(path);
    auto read_error = [&](const std::string& message) {
      flush();  // keep output in input order
      Document d;
      d.id = path;
      d.source = path;
      (acled ? std::cerr : std::cout) << Extractor::ErrorRecord(d, message) << '\n';
      Error(message);
      ++errors;
      ++docs_total;
    };
    if (!reader.ok()) {
      read_error(reader.status().message());
      continue;
    }
    LineReader& in = **reader;
    if (a.jsonl || LooksLikeJsonl(path, in.Head())) {
      size_t line_no = 0;
      std::string_view line;
      while (in.Next(&line)) {
        ++line_no;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        auto doc = ParseJsonDocument(line, path, line_no);
        if (!doc.ok()) {
          flush();  // keep output in input order
          Document d;
          d.id = path + ":" + std::to_string(line_no);
          d.source = path;
          d.line = line_no;
          (acled ? std::cerr : std::cout) << Extractor::ErrorRecord(d, doc.status().message()) << '\n';
          ++errors;
          ++docs_total;
          continue;
        }
        if (!a.published.empty() && doc->published.empty()) doc->published = a.published;
        batch.push_back(std::move(doc).value());
        if (batch.size() >= kWindow) flush();
      }
      if (in.failed()) read_error(in.error());
    } else {
      Document d;
      d.id = path;
      d.source = path;
      d.text = in.Rest();
      if (in.failed()) {
        read_error(in.error());
        continue;
      }
      d.published = a.published;
      if (a.lang != "auto") d.lang = a.lang;
      batch.push_back(std::move(d));
    }
    flush();
  }
  flush();
  std::cout.flush();
  if (!a.quiet) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cerr << "marsad extract: " << docs_total << " document(s), " << errors << " error(s), "
              << secs << " s\n";
  }
  return errors == 0 ? kExitOk : kExitBadInput;
}

}  // namespace

void AddExtractCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<ExtractArgs>();
  auto* cmd = app.add_subcommand("extract", "Extract places from articles (text files, JSON lines or stdin)");
  cmd->add_option("INPUT", a->inputs, "Text or JSONL files; - for stdin (default)");
  cmd->add_option("--index", a->index, "Gazetteer index (default: $MARSAD_GAZETTEER or data/gazetteer/default.mgz)");
  cmd->add_option("--lang", a->lang, "Language of plain-text input")->check(CLI::IsMember({"auto", "ar", "en"}));
  cmd->add_option("--format", a->format, "Output format")->check(CLI::IsMember({"json", "acled"}));
  cmd->add_option("--dict", a->dicts, "Extra dictionary directory (same layout as data/dictionaries); repeatable");
  cmd->add_option("--published", a->published, "Publication date (YYYY-MM-DD) for documents without one");
  cmd->add_flag("--jsonl", a->jsonl, "Treat inputs as JSON lines {id,text,lang?,published?,url?,title?}");
  cmd->add_flag("--strict", a->strict, "Reject documents with invalid UTF-8 instead of replacing bytes");
  cmd->add_flag("--explain", a->explain, "Show scored candidates and their features for each place");
  cmd->add_flag("--places-only", a->places_only, "Geoparse only: skip actors, quantities, dates and events");
  cmd->add_flag("--demonyms", a->demonyms, "Also output demonyms (Syrian, السوري) as country mentions");
  cmd->add_option("--threads", a->threads, "Worker threads (0: all cores)")->default_val(1);
  cmd->add_flag("-q,--quiet", a->quiet, "No summary on stderr");
  cmd->callback([a, &ctx]() { ctx.exit_code = RunExtract(*a); });
}

}  // namespace marsad::cli
