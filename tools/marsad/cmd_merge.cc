// `marsad merge`: one record per incident across the reports of many articles, from the JSON
// output of `marsad extract` (files, directories, .gz/.zst, stdin), as JSON lines, ACLED
// CSV or a psql script for the `records` table; and `marsad eval-merge`, its pair scorer.
// The merge itself is records::Merger (marsad/records.h, docs/merge.md).
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <unordered_map>

#include "commands.h"
#include "input.h"
#include "marsad/batch.h"
#include "marsad/records.h"
#include "marsad/tsv.h"

namespace marsad::cli {
namespace {

namespace fs = std::filesystem;

struct MergeArgs {
  std::vector<std::string> inputs;
  std::string output, format = "json", temp_dir, model, pairs_out, word_df_out;
  std::vector<std::string> why;  // --why DOC#EVENT,DOC#EVENT
  double memory_mib = 8, near_km = 10, min_similarity = 0.15, reprint_similarity = 0.5;
  int date_slack = 1;
  bool quiet = false, single_link = false;
};

bool IsOutputName(const std::string& name) {
  std::string n = name;
  for (const char* z : {".gz", ".zst", ".zstd"})
    if (n.size() > std::strlen(z) && n.ends_with(z)) n.resize(n.size() - std::strlen(z));
  return n.ends_with(".jsonl") || n.ends_with(".ndjson") || n.ends_with(".json");
}

// The files of the inputs: a directory gives its JSON-lines files (recursively, in name
// order); "-" is stdin.
Result<std::vector<std::string>> Expand(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in == "-" || !fs::is_directory(in, ec)) {
      files.push_back(in);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(in, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (it->is_regular_file(ec) && name[0] != '.' && IsOutputName(name)) found.push_back(it->path().string());
    }
    if (ec) return IoError("cannot read directory " + in + ": " + ec.message());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// Feeds every line of every input to the merger; bad lines are reported and counted.
Status Feed(const std::vector<std::string>& files, records::Merger* m, size_t* bad) {
  for (const auto& path : files) {
    auto lines = batch::FileLines::Open(path);
    if (!lines.ok()) return lines.status();
    std::string_view line;
    size_t n = 0;
    while ((*lines)->Next(&line)) {
      ++n;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      Status s = m->AddLine(line, (path == "-" ? std::string("<stdin>") : path) + ":" + std::to_string(n));
      if (s.code() == StatusCode::kInvalidInput) {
        Error(s.message());
        ++*bad;
      } else if (!s.ok()) {
        return s;
      }
    }
    if ((*lines)->failed()) return IoError((*lines)->error());
  }
  return Status::Ok();
}

// --model FILE: the learned scorer beside the rules ("default": the shipped one).
Status LoadModel(const MergeArgs& a, records::MergeOptions* opt) {
  if (a.model.empty() || a.model == "none") return Status::Ok();
  auto m = records::MergeModel::Load(a.model == "default" ? DataDir() + "/records/merge-model.tsv" : a.model);
  if (!m.ok()) return m.status();
  opt->model = std::move(m).value();
  return Status::Ok();
}

// --pairs-out: every candidate pair with its features, for training the scorer
// (scripts/train-merge-scorer.py).
std::function<void(const records::Report&, const records::Report&, const records::Features&)> PairWriter(
    std::FILE* f) {
  return [f](const records::Report& x, const records::Report& y, const records::Features& v) {
    std::string line = "{\"a\":[\"" + x.doc_id + "\"," + std::to_string(x.index) + "," +
                       std::to_string(x.spans[0].first) + "," + std::to_string(x.spans[0].second) + "],\"b\":[\"" +
                       y.doc_id + "\"," + std::to_string(y.index) + "," + std::to_string(y.spans[0].first) + "," +
                       std::to_string(y.spans[0].second) + "],\"f\":[";
    for (size_t i = 0; i < v.size(); ++i) line += (i ? "," : "") + std::to_string(v[i]);
    line += "]}\n";
    std::fputs(line.c_str(), f);
  };
}

// --word-df-out: in how many documents each scorer word occurs (the model's df lines).
Status WriteWordDf(const std::vector<std::string>& files, const std::string& out_path) {
  std::unordered_map<std::string, uint32_t> df;
  uint64_t docs = 0;
  for (const auto& path : files) {
    auto src = batch::ByteSource::Open(path);
    if (!src.ok()) return src.status();
    batch::LineReader lines(src->get());
    std::string_view line;
    while (lines.Next(&line)) {
      std::vector<records::Report> rs;
      bool err = false;
      if (!records::ReadReports(line, path, &rs, &err).ok() || rs.empty()) continue;
      ++docs;
      std::set<std::string> seen;
      for (const auto& r : rs)
        for (auto& w : records::Words(r.sentences)) seen.insert(std::move(w));
      for (const auto& w : seen) ++df[w];
    }
  }
  std::vector<std::pair<uint32_t, std::string>> v;
  for (auto& [w, n] : df)
    if (n >= 2) v.emplace_back(n, w);
  std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; });
  std::FILE* f = std::fopen(out_path.c_str(), "wb");
  if (f == nullptr) return IoError("cannot write " + out_path + ": " + std::strerror(errno));
  std::fprintf(f, "docs\t%llu\n", static_cast<unsigned long long>(docs));
  for (const auto& [n, w] : v) std::fprintf(f, "df\t%s\t%u\n", w.c_str(), n);
  return std::fclose(f) == 0 ? Status::Ok() : IoError("cannot write " + out_path);
}

// "DOC#EVENT" as (document id, event index); false when malformed.
bool ParseEventRef(std::string_view s, std::pair<std::string, uint32_t>* out) {
  size_t hash = s.rfind('#');
  if (hash == std::string_view::npos || hash == 0 || hash + 1 >= s.size()) return false;
  uint32_t n = 0;
  for (char c : s.substr(hash + 1)) {
    if (c < '0' || c > '9' || n > 100000000) return false;
    n = n * 10 + static_cast<uint32_t>(c - '0');
  }
  *out = {std::string(s.substr(0, hash)), n};
  return true;
}

std::string Describe(const records::Report& r) {
  char buf[96];
  std::snprintf(buf, sizeof buf, " f=%llu%s", static_cast<unsigned long long>(r.fatalities), r.toll_stated ? "s" : "");
  return r.doc_id + "#" + std::to_string(r.index) + " " + r.date + "/" +
         (r.date_source.empty() ? "own" : r.date_source) + " " + r.place_name + "(" + r.feature + ") " +
         r.sub_event_type + " " + (r.actor1.empty() ? "-" : r.actor1) + "|" + (r.actor2.empty() ? "-" : r.actor2) + buf;
}

std::string DescribeVerdict(const records::Verdict& v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " score=%.3f sim=%.3f", v.score, v.similarity);
  return (v.ok ? std::string("compatible") : "apart by rules: " + std::string(v.why)) + buf;
}

// --why A,B: merges as asked, then tells why the two events A and B ("DOC#EVENT") are in
// one record or not: the pair's verdict (Compatible, Apart), and each event's
// verdict against every report of the other's record (complete link needs them all; two
// events of one article are "one document" there, SplitIncident decides those).
int ExplainPairs(const MergeArgs& a, const std::vector<std::string>& files, const records::MergeOptions& opt) {
  std::vector<std::pair<std::pair<std::string, uint32_t>, std::pair<std::string, uint32_t>>> asks;
  for (const auto& w : a.why) {
    size_t comma = w.find(',');
    std::pair<std::string, uint32_t> x, y;
    if (comma == std::string::npos || !ParseEventRef(std::string_view(w).substr(0, comma), &x) ||
        !ParseEventRef(std::string_view(w).substr(comma + 1), &y)) {
      Error("--why takes DOC#EVENT,DOC#EVENT (the event's index in its document's events): " + w);
      return kExitUsage;
    }
    asks.emplace_back(std::move(x), std::move(y));
  }
  records::Merger m(opt);
  size_t bad = 0;
  if (Status st = Feed(files, &m, &bad); !st.ok()) {
    Error(st.message());
    return kExitFatal;
  }
  // Every record holding an asked event (its reports keep their sketches: Compatible works).
  std::set<std::pair<std::string, uint32_t>> wanted;
  for (const auto& [x, y] : asks) wanted.insert(x), wanted.insert(y);
  std::vector<records::Record> held;
  std::map<std::pair<std::string, uint32_t>, std::pair<size_t, size_t>> where;  // -> (record, report)
  Status st = m.Finish([&](const records::Record& rec) {
    bool keep = false;
    for (const auto& r : rec.reports) keep |= wanted.count({r.doc_id, r.index}) > 0;
    if (!keep) return Status::Ok();
    held.push_back(rec);
    for (size_t i = 0; i < rec.reports.size(); ++i)
      where[{rec.reports[i].doc_id, rec.reports[i].index}] = {held.size() - 1, i};
    return Status::Ok();
  });
  if (!st.ok()) {
    Error(st.message());
    return kExitFatal;
  }
  for (const auto& [x, y] : asks) {
    auto wx = where.find(x), wy = where.find(y);
    std::printf("== %s#%u , %s#%u\n", x.first.c_str(), x.second, y.first.c_str(), y.second);
    if (wx == where.end() || wy == where.end()) {
      std::printf("  %s\n", wx == where.end() ? "the first event is not in the input (or not joinable)"
                                               : "the second event is not in the input (or not joinable)");
      continue;
    }
    const auto& rx = held[wx->second.first].reports[wx->second.second];
    const auto& ry = held[wy->second.first].reports[wy->second.second];
    std::printf("  A %s\n  B %s\n", Describe(rx).c_str(), Describe(ry).c_str());
    std::printf("  A~B %s; Apart %s\n", DescribeVerdict(records::Compatible(rx, ry, opt)).c_str(),
                records::Apart(rx, ry, opt) ? "yes" : "no");
    if (wx->second.first == wy->second.first) {
      std::printf("  one record (%s, %zu reports)\n", held[wx->second.first].record_id.c_str(),
                  held[wx->second.first].reports.size());
      continue;
    }
    // Each side against the other's record: the reports that block complete link.
    for (int side = 0; side < 2; ++side) {
      const auto& me = side == 0 ? rx : ry;
      const auto& rec = held[(side == 0 ? wy : wx)->second.first];
      std::printf("  %s against %s's record %s (%zu reports):\n", side == 0 ? "A" : "B", side == 0 ? "B" : "A",
                  rec.record_id.c_str(), rec.reports.size());
      for (const auto& o : rec.reports) {
        auto v = records::Compatible(me, o, opt);
        std::printf("    %s %s | %s%s\n", v.ok ? "  " : "XX", Describe(o).c_str(), DescribeVerdict(v).c_str(),
                    records::Apart(me, o, opt) ? " | apart" : "");
      }
    }
  }
  return bad ? kExitBadInput : kExitOk;
}

int RunMerge(const MergeArgs& a) {
  records::MergeOptions opt;
  opt.memory_bytes = static_cast<size_t>(a.memory_mib * (1 << 20));
  opt.near_km = a.near_km;
  opt.min_similarity = a.min_similarity;
  opt.reprint_similarity = a.reprint_similarity;
  opt.date_slack_days = a.date_slack;
  opt.single_link = a.single_link;
  opt.temp_dir = a.temp_dir;
  auto files = Expand(a.inputs.empty() ? std::vector<std::string>{"-"} : a.inputs);
  if (!files.ok()) {
    Error(files.status().message());
    return kExitFatal;
  }
  if (!a.word_df_out.empty()) {
    Status s = WriteWordDf(*files, a.word_df_out);
    if (!s.ok()) Error(s.message());
    return s.ok() ? kExitOk : kExitFatal;
  }
  if (Status s = LoadModel(a, &opt); !s.ok()) {
    Error(s.message());
    return kExitFatal;
  }
  if (!a.why.empty()) return ExplainPairs(a, *files, opt);
  std::FILE* pairs = nullptr;
  if (!a.pairs_out.empty()) {
    if ((pairs = std::fopen(a.pairs_out.c_str(), "wb")) == nullptr) {
      Error("cannot write " + a.pairs_out + ": " + std::strerror(errno));
      return kExitFatal;
    }
    opt.on_pair = PairWriter(pairs);
  }
  if (!a.output.empty() && !RenamableOutput(a.output)) return kExitUsage;
  std::FILE* out = stdout;
  std::string partial = a.output + ".partial";
  if (!a.output.empty() && (out = std::fopen(partial.c_str(), "wb")) == nullptr) {
    Error("cannot write " + partial + ": " + std::strerror(errno));
    return kExitFatal;
  }
  // The acled format names countries as ACLED does (data/dictionaries/countries.tsv).
  events::ProvenanceDictionaries provenance;
  if (a.format == "acled") {
    auto pd = events::ProvenanceDictionaries::Load(DataDir() + "/dictionaries");
    if (!pd.ok()) {
      Error(pd.status().message());
      return kExitFatal;
    }
    provenance = std::move(pd).value();
  }
  records::Merger m(opt);
  size_t bad = 0;
  Status st = Feed(*files, &m, &bad);
  if (st.ok()) st = records::WriteRecords(m, a.format, provenance, out);
  if (pairs != nullptr && std::fclose(pairs) != 0 && st.ok()) st = IoError("cannot write " + a.pairs_out);
  bool write_failed = std::fflush(out) != 0 || std::ferror(out);
  if (out != stdout) write_failed |= std::fclose(out) != 0;
  if (st.ok() && write_failed) st = IoError("cannot write " + (a.output.empty() ? "the output" : partial));
  if (!st.ok()) {
    Error(st.message());
    if (!a.output.empty()) std::remove(partial.c_str());
    return kExitFatal;
  }
  if (!a.output.empty() && std::rename(partial.c_str(), a.output.c_str()) != 0) {
    Error("cannot rename " + partial + ": " + std::strerror(errno));
    return kExitFatal;
  }
  const auto& s = m.stats();
  if (!a.quiet)
    std::fprintf(stderr, "marsad merge: %llu documents (%llu error records), %llu events -> %llu records%s\n",
                 static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.error_records),
                 static_cast<unsigned long long>(s.reports), static_cast<unsigned long long>(s.records),
                 s.runs ? (", " + std::to_string(s.runs) + " sorted runs on disk").c_str() : "");
  return bad ? kExitBadInput : kExitOk;
}

struct EvalMergeArgs {
  std::string gold, pred, events;
  bool explain = false;
};

int RunEvalMerge(const EvalMergeArgs& a) {
  auto gold = ReadInput(a.gold);
  if (!gold.ok()) {
    Error("cannot read gold " + a.gold + ": " + gold.status().message() +
          " (the merge dev set is data/eval/merge-pairs.ar.jsonl)");
    return kExitUsage;
  }
  auto pred = ReadInput(a.pred);
  if (!pred.ok()) {
    Error("cannot read " + a.pred + ": " + pred.status().message());
    return kExitUsage;
  }
  std::vector<std::string> lines;
  LineCursor cursor(*pred);
  std::string_view line;
  while (cursor.Next(&line))
    if (!LineCursor::Blank(line)) lines.emplace_back(line);
  Result<std::string> extraction = std::string();
  if (!a.events.empty()) {
    extraction = ReadInput(a.events);
    if (!extraction.ok()) {
      Error("cannot read " + a.events + ": " + extraction.status().message());
      return kExitUsage;
    }
  }
  auto score = records::ScorePairs(*gold, a.gold, lines, *extraction);
  if (!score.ok()) {
    Error(score.status().message());
    return kExitBadInput;
  }
  for (const auto& [name, nN] : score->metrics) {
    double v = nN.second ? static_cast<double>(nN.first) / static_cast<double>(nN.second) : 0;
    std::printf("%s %.3f %zu/%zu\n", name.c_str(), v, nN.first, nN.second);
  }
  if (a.explain)
    for (const auto& l : score->explain) std::printf("  %s\n", l.c_str());
  return kExitOk;
}

}  // namespace

void AddMergeCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<MergeArgs>();
  auto* c = app.add_subcommand("merge",
                               "one record per incident across articles, from `marsad extract` JSON output "
                               "(docs/merge.md)");
  c->add_option("inputs", a->inputs, "JSON output files or directories (.gz/.zst ok); - or none: stdin");
  c->add_option("-o,--output", a->output, "write here (via FILE.partial, renamed when complete); default stdout");
  c->add_option("-f,--format", a->format, "json (one merged record a line), acled (CSV), pgsql (psql script)")
      ->check(CLI::IsMember({"json", "acled", "pgsql"}));
  c->add_option("--memory", a->memory_mib, "MiB of events sorted in memory before a run goes to disk")
      ->check(CLI::Range(0.001, 1e6));
  c->add_option("--near-km", a->near_km, "two places this close are one locality")->check(CLI::Range(0.0, 1000.0));
  c->add_option("--min-similarity", a->min_similarity,
                "reports whose sentences are this alike (character 4-gram Jaccard) are one incident")
      ->check(CLI::Range(0.0, 1.0));
  c->add_option("--reprint-similarity", a->reprint_similarity,
                "reports this alike are one story reprinted: their dates may be two days apart "
                "(above 1: never, and records close a day sooner: less memory)")
      ->check(CLI::Range(0.0, 2.0));
  c->add_option("--date-slack", a->date_slack, "days two alike reports' dates may be apart")->check(CLI::Range(0, 7));
  c->add_option("--temp-dir", a->temp_dir, "where sorted runs go (default $TMPDIR, else /tmp)");
  c->add_option("--model", a->model,
                "also join what the learned pair scorer in FILE joins (default: the data directory's "
                "records/merge-model.tsv); without it the rules alone decide");
  c->add_option("--pairs-out", a->pairs_out, "write every candidate pair's features here (training the scorer)");
  c->add_option("--word-df-out", a->word_df_out,
                "write the words' document frequencies over the input (the model's df lines) and stop");
  c->add_option("--why", a->why,
                 "DOC#EVENT,DOC#EVENT: merge, then print why the two events (index in their document's "
                 "events) are in one record or not: their verdict, and each against the other's record "
                 "(repeatable; no records are written)")
      ->allow_extra_args(false);
  c->add_flag("--single-link", a->single_link, "join a record when alike to one of its reports, not all");
  c->add_flag("-q,--quiet", a->quiet, "no summary on stderr");
  c->callback([a, &ctx] { ctx.exit_code = RunMerge(*a); });

  auto e = std::make_shared<EvalMergeArgs>();
  auto* ev = app.add_subcommand("eval-merge", "pair precision and recall of `marsad merge` output (docs/merge.md)");
  ev->add_option("--gold", e->gold, "gold pairs (JSON lines; data/eval/merge-pairs.ar.jsonl)")->required();
  ev->add_option("--pred", e->pred, "`marsad merge` JSON output (- for stdin)")->required();
  ev->add_option("--events", e->events,
                 "the `marsad extract` output the records were merged from: a gold side overlapping several "
                 "events equally goes to the one whose trigger lies inside it");
  ev->add_flag("--explain", e->explain, "list wrong and unmatched pairs");
  ev->callback([e, &ctx] { ctx.exit_code = RunEvalMerge(*e); });
}

}  // namespace marsad::cli
