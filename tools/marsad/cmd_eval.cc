// `marsad eval`: scores extraction against gold toponyms (../shared/eval/README.md), either
// by running the extractor on the gold texts or by reading `marsad extract` output.
// The metrics and their formulas live in marsad/eval.h.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>
#include <unordered_map>

#include <unistd.h>

#include "commands.h"
#include "marsad/pipeline.h"
#include "marsad/eval.h"
#include "marsad/extract.h"
#include "marsad/outlines.h"

namespace marsad::cli {
namespace {

struct EvalArgs {
  std::vector<std::string> gold, pred;
  std::string index, errors, recognizer = "gazetteer", conventions;
  size_t limit = 0, top = 0;
  unsigned threads = 1;
  bool json = false, quiet = false, demonyms = false, in_name = false, generic = false, no_outlines = false;
};

constexpr size_t kProgressDocs = 1000;

// What a set's gold counts as a place beyond names: demonyms ("Syrian"), places nested in
// organisation names ("the Paris Police Department"), generic nouns ("المملكة").
// name_proper is a span convention: a name with a descriptor ('قطاع غزة') is scored by the span
// of its name proper ('غزة'), as ANERcorp tags it.
struct Counts {
  bool demonyms = false, in_name = false, generic = false, name_proper = false;
};

// A dataset's own annotation convention (--conventions: data/eval/conventions.tsv), by the
// gold file's name in the table: the set is scored twice, by marsad's defaults and, in a row
// of its own, by what its guide or its data count as places.
using Conventions = std::unordered_map<std::string, Counts>;

bool LoadConventions(const std::string& path, Conventions* out) {
  std::ifstream in(path);
  if (!in) return Error("cannot read " + path), false;
  std::string line;
  size_t no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos) return Error(path + ":" + std::to_string(no) + ": dataset<TAB>counts<TAB>evidence expected"), false;
    std::string name = line.substr(0, tab);
    std::string rest = line.substr(tab + 1);
    std::string list = rest.substr(0, rest.find('\t'));
    Counts c;
    size_t b = 0;
    while (b <= list.size()) {
      size_t e = list.find(',', b);
      if (e == std::string::npos) e = list.size();
      std::string w = list.substr(b, e - b);
      if (w == "demonyms") c.demonyms = true;
      else if (w == "in_name") c.in_name = true;
      else if (w == "generic") c.generic = true;
      else if (w == "name_proper") c.name_proper = true;
      else if (!w.empty())
        return Error(path + ":" + std::to_string(no) + ": unknown convention '" + w +
                     "' (demonyms, in_name, generic, name_proper)"),
               false;
      b = e + 1;
    }
    (*out)[name] = c;
  }
  return true;
}

// `p` with the mentions `c` does not count left out.
eval::PredDoc Counted(const eval::PredDoc& p, Counts c) {
  eval::PredDoc out;
  out.id = p.id;
  out.error = p.error;
  for (const auto& t : p.toponyms) {
    if ((t.demonym && !c.demonyms) || (t.in_name && !c.in_name) || (t.generic && !c.generic)) continue;
    out.toponyms.push_back(t);
    if (c.name_proper && t.name_end > t.name_start) {
      eval::PredToponym& n = out.toponyms.back();
      // The surface's code points [name_start - start, name_end - start).
      size_t i = 0, from = 0;
      for (uint32_t k = 0; k < t.name_end - t.start && i < t.surface.size(); ++k) {
        if (k == t.name_start - t.start) from = i;
        text::NextCodePoint(t.surface, i);
      }
      n.surface = t.surface.substr(from, i - from);
      n.start = t.name_start;
      n.end = t.name_end;
    }
  }
  return out;
}

// Predictions for `docs`, made by the extractor on `threads` threads, in input order.
// Every mention but derived ones, with its demonym, in_name and generic flags (Counted leaves
// out what a row does not score).
std::vector<eval::PredDoc> Predict(const Extractor& ex, const std::vector<eval::GoldDoc>& docs, unsigned threads,
                                   const std::string& name, bool progress) {
  std::vector<eval::PredDoc> out(docs.size());
  std::atomic<size_t> done{0};
  const bool tty = isatty(STDERR_FILENO) != 0;
  pipeline::ParallelFor(docs.size(), threads, [&](size_t i) {
    const auto& g = docs[i];
    Document d;
    d.id = g.id;
    d.text = g.text;
    d.lang = g.lang;
    d.source = name;
    d.line = g.line;
    eval::PredDoc& p = out[i];
    p.id = g.id;
    auto x = ex.Extract(d);
    if (!x.ok()) {
      p.error = x.status().message();
    } else {
      std::vector<const geo::Mention*> ms;
      for (const auto& m : x->geo.mentions) ms.push_back(&m);
      for (const auto& m : x->geo.nested) ms.push_back(&m);
      for (const geo::Mention* mp : ms) {
        const geo::Mention& m = *mp;
        // Demonym mentions reach here only when some row scores them (MakeExtractor).
        if (m.derived) continue;
        eval::PredToponym t;
        t.start = m.start;
        t.end = m.end;
        t.surface = std::string(x->text.Slice(m.start, m.end));
        if (m.place >= 0) {
          auto pv = ex.resources().gazetteer.Place(static_cast<uint32_t>(m.place));
          if (!pv.supplement) t.geonameid = pv.geonameid;
          if (pv.feature_class == 'A' && pv.feature_code.starts_with("PCL")) t.country = std::string(pv.country);
        }
        if (m.has_coordinates) t.coords = std::make_pair(m.lat, m.lon);
        t.in_name = m.in_name;
        t.generic = m.generic;
        t.demonym = m.demonym;
        t.name_start = m.name_start;
        t.name_end = m.name_end;
        p.toponyms.push_back(std::move(t));
      }
    }
    size_t n = done.fetch_add(1) + 1;
    if (progress && tty && (n % 100 == 0 || n == docs.size())) {
      std::cerr << "\rmarsad eval: " << name << ": " << n << "/" << docs.size() << std::flush;
      if (n == docs.size()) std::cerr << "\n";
    } else if (progress && !tty && (n % 1000 == 0 || n == docs.size())) {
      std::cerr << "marsad eval: " << name << ": " << n << "/" << docs.size() << " documents\n";
    }
  });
  return out;
}

// Every gold file, read first: a missing one is reported before any slow work starts.
bool LoadGolds(const EvalArgs& a, std::vector<std::pair<std::string, std::vector<eval::GoldDoc>>>* golds) {
  for (const auto& path : a.gold) {
    auto g = eval::LoadGold(path);
    if (!g.ok()) {
      if (g.status().code() == StatusCode::kNotFound) {
        Error(g.status().message() + " (the development gold lives in ../shared/eval/, "
              "which is not part of a clone of marsad)");
      } else {
        Error(g.status().message());
      }
      return false;
    }
    if (a.limit && g->size() > a.limit) g->resize(a.limit);
    golds->emplace_back(path, std::move(g).value());
  }
  return true;
}

// --pred files by document id (a later record of an id wins).
bool LoadPreds(const EvalArgs& a, std::unordered_map<std::string, eval::PredDoc>* preds) {
  for (const auto& path : a.pred) {
    auto p = eval::LoadPredictions(path);
    if (!p.ok()) return Error(p.status().message()), false;
    for (auto& d : *p) {
      std::string id = d.id;
      preds->insert_or_assign(std::move(id), std::move(d));
    }
  }
  return true;
}

// The extractor when predictions are made in process; false after an error was said.
bool MakeExtractor(const EvalArgs& a, bool demonyms, std::unique_ptr<Resources>* res, std::unique_ptr<Extractor>* ex) {
  auto r = Resources::Load(a.index.empty() ? DefaultIndexPath() : a.index, DataDir());
  if (!r.ok()) return Error(r.status().message()), false;
  *res = std::move(r).value();
  if (auto st = a.recognizer == "gazetteer" ? Status::Ok() : (*res)->LoadRecognizers(DataDir(), "auto"); !st.ok())
    return Error(st.message()), false;
  ExtractOptions opt;
  opt.recognizer = a.recognizer;
  opt.geo.demonyms = demonyms;
  *ex = std::make_unique<Extractor>(**res, opt);
  return true;
}

// A gold file's name in the table: its file name without .jsonl, .gold.json or .json.
std::string GoldName(const std::string& path) {
  std::string name = std::filesystem::path(path).filename().string();
  for (const char* ext : {".jsonl", ".gold.json", ".json"}) {
    if (name.ends_with(ext)) {
      name.resize(name.size() - std::string_view(ext).size());
      break;
    }
  }
  return name;
}

void PrintTable(const EvalArgs& a, const std::vector<std::pair<std::string, eval::Metrics>>& rows) {
  if (a.json) {
    for (const auto& [name, m] : rows) std::cout << eval::MetricsToJson(name, m) << '\n';
    return;
  }
  std::cout << eval::FormatTable(rows) << '\n' << eval::MetricsLegend();
  for (size_t k = 0; k < rows.size() && a.top > 0; ++k) {
    const auto& [name, m] = rows[k];
    for (int fp = 1; fp >= 0; --fp) {
      auto top = eval::TopSurfaces(fp ? m.fp_surfaces : m.fn_surfaces, a.top);
      std::cout << "\n" << name << ": most frequent " << (fp ? "false positives" : "false negatives")
                << " (overlap matching)\n";
      for (const auto& [surface, count] : top) std::cout << "  " << count << "\t" << surface << '\n';
    }
  }
}

// Country outlines: the map page's world-atlas file (npm), ISO codes from i18n-iso-countries;
// none (countries scored by distance only) when they are not installed or not wanted.
std::optional<geo::CountryOutlines> LoadOutlines(const EvalArgs& a) {
  if (a.no_outlines) return std::nullopt;
  const std::string npm = DataDir() + "/../third_party/npm/node_modules";
  auto o = geo::CountryOutlines::Load(npm + "/world-atlas/countries-50m.json", npm + "/i18n-iso-countries/codes.json");
  if (o.ok()) return std::move(o).value();
  if (!a.quiet)
    std::cerr << "marsad eval: no country outlines (" << o.status().message()
              << "); countries are scored by distance only (scripts/install-deps.sh installs them)\n";
  return std::nullopt;
}

// The gold sets scored by a convention of their own (by path), and whether any row scores
// demonyms (`*demonyms`: the extractor then outputs them; no other mention changes).
std::unordered_map<std::string, Counts> OwnConventions(
    const std::vector<std::pair<std::string, std::vector<eval::GoldDoc>>>& golds, const Conventions& conventions,
    const Counts& defaults, bool* demonyms) {
  std::unordered_map<std::string, Counts> own;
  for (const auto& [path, docs] : golds) {
    auto it = conventions.find(GoldName(path));
    if (it == conventions.end()) continue;
    Counts c{defaults.demonyms || it->second.demonyms, defaults.in_name || it->second.in_name,
             defaults.generic || it->second.generic, it->second.name_proper};
    own[path] = c;
    *demonyms = *demonyms || c.demonyms;
  }
  return own;
}

int RunEval(const EvalArgs& a) {
  std::vector<std::pair<std::string, std::vector<eval::GoldDoc>>> golds;
  std::unordered_map<std::string, eval::PredDoc> preds;
  std::unique_ptr<Resources> res;
  std::unique_ptr<Extractor> ex;
  Conventions conventions;
  if (!LoadGolds(a, &golds) || !LoadPreds(a, &preds) ||
      (!a.conventions.empty() && !LoadConventions(a.conventions, &conventions)))
    return kExitBadInput;
  const Counts defaults{a.demonyms, a.in_name, a.generic};
  bool demonyms = a.demonyms;
  const std::unordered_map<std::string, Counts> own = OwnConventions(golds, conventions, defaults, &demonyms);
  if (a.pred.empty() && !MakeExtractor(a, demonyms, &res, &ex)) return kExitBadInput;
  std::ofstream errors_out;
  if (!a.errors.empty()) {
    errors_out.open(a.errors, std::ios::binary | std::ios::trunc);
    if (!errors_out) return Error("cannot write " + a.errors), kExitBadInput;
  }

  const std::optional<geo::CountryOutlines> outlines = LoadOutlines(a);

  unsigned threads = a.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : a.threads;
  std::vector<std::pair<std::string, eval::Metrics>> rows;
  size_t failed = 0, missing = 0;
  for (const auto& [path, docs] : golds) {
    const std::string name = GoldName(path);
    std::vector<eval::PredDoc> made;
    if (ex) made = Predict(*ex, docs, threads, name, !a.quiet && docs.size() > kProgressDocs);
    // marsad's defaults, then the set's own convention where it has one.
    std::vector<std::pair<std::string, Counts>> scorings{{name, defaults}};
    if (auto it = own.find(path); it != own.end()) scorings.emplace_back(name + " (own guide)", it->second);
    for (const auto& [row, counts] : scorings) {
      eval::Scorer scorer;
      if (outlines)
        scorer.set_inside([&](const std::string& iso, double lat, double lon) { return outlines->Contains(iso, lat, lon); });
      std::vector<eval::ErrorItem> items;
      for (size_t i = 0; i < docs.size(); ++i) {
        const eval::PredDoc* src = nullptr;
        if (ex) {
          src = &made[i];
        } else if (auto it = preds.find(docs[i].id); it != preds.end()) {
          src = &it->second;
        }
        std::optional<eval::PredDoc> p;
        if (src) p = Counted(*src, counts);
        items.clear();
        scorer.Add(docs[i], p ? &*p : nullptr, errors_out.is_open() ? &items : nullptr);
        for (const auto& e : items) errors_out << eval::ErrorItemToJson(row, e) << '\n';
      }
      eval::Metrics m = scorer.Summary();
      if (row == name) {
        failed += m.docs_failed;
        missing += m.docs_missing_pred;
      }
      rows.emplace_back(row, std::move(m));
    }
  }
  PrintTable(a, rows);
  std::cout.flush();
  if (errors_out.is_open() && !errors_out.flush()) return Error("error writing " + a.errors), kExitBadInput;
  if (!a.quiet && (failed || missing)) {
    std::cerr << "marsad eval: " << failed << " document(s) failed extraction, " << missing
              << " had no prediction (scored as finding nothing)\n";
  }
  return kExitOk;
}

}  // namespace

void AddEvalCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<EvalArgs>();
  auto* cmd = app.add_subcommand("eval", "Score place recognition and resolution against gold annotations");
  cmd->add_option("--gold", a->gold, "Gold file(s): JSON lines or one JSON document (../shared/eval/README.md)")
      ->required();
  cmd->add_option("--pred", a->pred, "Predictions from `marsad extract` (JSON lines, matched by id); "
                                     "without it the extractor runs on the gold texts");
  cmd->add_option("--index", a->index, "Gazetteer index (default: $MARSAD_GAZETTEER or data/gazetteer/default.mgz)");
  cmd->add_option("--limit", a->limit, "Score only the first N documents of each gold file");
  cmd->add_option("--errors", a->errors, "Write false positives/negatives and far-off resolutions as JSON lines");
  cmd->add_option("--top", a->top, "Also list the N most frequent false positive/negative surfaces per file");
  cmd->add_option("--threads", a->threads, "Extraction threads (0: all cores)")->default_val(1);
  cmd->add_option("--recognizer", a->recognizer, "Place recognition: gazetteer, model (data/models) or combined")
      ->check(CLI::IsMember({"gazetteer", "model", "combined"}));
  cmd->add_flag("--demonyms", a->demonyms,
                "Also output and score demonyms (السفارة الكويتية -> Kuwait), as corpora like IDRISI annotate them");
  cmd->add_flag("--in-name", a->in_name,
                "Also score places nested in organisation names (in_name: true, \"Paris Police Department\"), which are "
                "left out by default");
  cmd->add_flag("--generic", a->generic,
                "Also score generic nouns standing for a place (generic: true, المملكة for the kingdom the text is "
                "about), which the news annotation guide leaves out and IDRISI marks");
  cmd->add_option("--conventions", a->conventions,
                  "Datasets' own annotation conventions (TSV: dataset, counts such as demonyms,in_name, evidence; "
                  "name_proper scores a name with a descriptor by its name proper's span; data/eval/conventions.tsv): "
                  "such a set gets a second row, '<name> (own guide)', scored by them");
  cmd->add_flag("--no-outlines", a->no_outlines,
                "Score predicted countries by distance only (by default one is right when the gold point lies inside it)");
  cmd->add_flag("--json", a->json, "Print one JSON object of metrics per gold file instead of the table");
  cmd->add_flag("-q,--quiet", a->quiet, "No progress or summary on stderr");
  cmd->callback([a, &ctx]() { ctx.exit_code = RunEval(*a); });
}

}  // namespace marsad::cli
