// `marsad eval-events`: scores the events layer against gold.
//
// - JSON lines with one human-coded event per sentence (../shared/eval/dev/
//   events-gsr-dev.ar.jsonl: PLOVER ASSAULT/PROTEST, CAMEO-style "CTRY ROLE" source and
//   target codes): event-type accuracy = share of documents whose most confident
//   predicted ASSAULT/PROTEST event has the gold type (no such event counts as wrong);
//   actor agreement = share of gold sides with a non-None code whose predicted actor's
//   CAMEO code agrees on every part the gold gives (country prefix, role).
// - One annotated article (../shared/eval/raqqa-negotiations.gold.json, keys actors,
//   quantities, events): actors found (a predicted mention overlaps one of the gold
//   names in the text), quantities (span overlap, value, qualifier, unit), events (type
//   class found, and with the gold actor pair).
// - The ACLED-coded Arabic news set (news-events-dev.ar.jsonl) and the FA-KES English
//   articles (fakes-dev.en.jsonl): src/eval/eval_news.cc, which defines every metric there.
// The kind of a gold file is told by its first record (ClassifyEventsGold). A gold file
// that cannot be read is a usage error (exit 2) naming it.
#include <rapidjson/document.h>

#include <algorithm>
#include <cstdio>
#include <atomic>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <thread>
#include <tuple>

#include "commands.h"
#include "marsad/json_read.h"
#include "marsad/eval_news.h"
#include "marsad/pipeline.h"
#include "marsad/extract.h"
#include "marsad/mapped_file.h"
#include "marsad/tsv.h"

namespace marsad::cli {
namespace {

using eval::ClassifyEventsGold;
using eval::EventsGoldKind;
using eval::NewsEvalOptions;

struct EvalEventsArgs {
  std::vector<std::string> gold, pred;
  std::string index;
  unsigned threads = 1;
  size_t limit = 0;
  bool explain = false, json = false;
  double min_confidence = 0;
};

std::string Str(const rapidjson::Value& v, const char* k) {
  auto it = v.FindMember(k);
  return it != v.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString(), it->value.GetStringLength())
                                                     : std::string();
}

// "PAK OPP" → {"PAK", "OPP"}; "None" parts are empty.
std::pair<std::string, std::string> SplitCode(const std::string& code) {
  size_t sp = code.find(' ');
  std::string a = code.substr(0, sp), b = sp == std::string::npos ? "" : code.substr(sp + 1);
  if (a == "None") a.clear();
  if (b == "None") b.clear();
  return {a, b};
}

// Does a predicted CAMEO actor code agree with a gold "CTRY ROLE" code?
bool CodeAgrees(const std::string& pred, const std::pair<std::string, std::string>& gold) {
  if (pred.empty()) return false;
  if (!gold.first.empty() && !pred.starts_with(gold.first)) return false;
  if (!gold.second.empty() && pred.find(gold.second) == std::string::npos) {
    // CVL and REB/OPP/UAF overlap in practice: only an exact role counts.
    return false;
  }
  return true;
}

// One greppable summary line, "name value n/N", as the news scorer prints them.
void SummaryLine(const std::string& name, size_t n, size_t d) {
  char v[32];
  std::snprintf(v, sizeof v, "%.3f", d ? static_cast<double>(n) / static_cast<double>(d) : 0.0);
  std::cout << name << " " << v << " " << n << "/" << d << "\n";
}

struct Counts {
  size_t docs = 0, correct = 0, predicted = 0, errors = 0;
  std::map<std::string, std::map<std::string, size_t>> confusion;  // gold → predicted → n
  size_t src_total = 0, src_ok = 0, tgt_total = 0, tgt_ok = 0;
};

struct GsrItem {
  Document doc;
  std::string plover;
  std::pair<std::string, std::string> src, tgt;
};

// The PLOVER sentences with at least one gold event; false after an error was said.
bool ReadGsr(const std::string& path, std::string_view all, const EvalEventsArgs& a, std::vector<GsrItem>* out) {
  auto& items = *out;
  LineCursor lines(all);
  std::string_view line;
  while ((a.limit == 0 || items.size() < a.limit) && lines.Next(&line)) {
    const size_t line_no = lines.line_no();
    if (LineCursor::Blank(line)) continue;
    rapidjson::Document d;
    d.Parse<marsad::json::kParseFlags>(line.data(), line.size());
    if (d.HasParseError() || !d.IsObject()) return Error(path + ":" + std::to_string(line_no) + ": malformed JSON"), false;
    auto ev = d.FindMember("events");
    if (ev == d.MemberEnd() || !ev->value.IsArray() || ev->value.Empty()) continue;
    const auto& g = ev->value[0];
    GsrItem it;
    it.doc.id = Str(d, "id");
    it.doc.text = Str(d, "text");
    it.doc.lang = Str(d, "lang");
    it.doc.published = Str(d, "date");
    it.doc.source = path;
    it.doc.line = line_no;
    it.plover = Str(g, "plover");
    it.src = SplitCode(Str(g, "source_code"));
    it.tgt = SplitCode(Str(g, "target_code"));
    items.push_back(std::move(it));
  }
  return true;
}

void PrintGsr(const std::string& path, const Counts& c) {
  auto ratio = [](size_t a, size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  std::cout << path << "\n  documents: " << c.docs << " (extraction errors: " << c.errors << ")\n"
            << "  event-type accuracy (PLOVER ASSAULT/PROTEST): " << ratio(c.correct, c.docs) << " (" << c.correct
            << "/" << c.docs << "); documents with a predicted event: " << c.predicted << "\n";
  for (const auto& [g, row] : c.confusion) {
    std::cout << "    gold " << g << ":";
    for (const auto& [p, n] : row) std::cout << " " << p << "=" << n;
    std::cout << "\n";
  }
  std::cout << "  actor agreement: source " << ratio(c.src_ok, c.src_total) << " (" << c.src_ok << "/" << c.src_total
            << "), target " << ratio(c.tgt_ok, c.tgt_total) << " (" << c.tgt_ok << "/" << c.tgt_total << ")\n";
  SummaryLine("gsr_event_type", c.correct, c.docs);
  SummaryLine("gsr_docs_with_event", c.predicted, c.docs);
  SummaryLine("gsr_actor_source", c.src_ok, c.src_total);
  SummaryLine("gsr_actor_target", c.tgt_ok, c.tgt_total);
}

int EvalGsr(const Extractor& ex, const std::string& path, std::string_view all, const EvalEventsArgs& a) {
  std::vector<GsrItem> items;
  if (!ReadGsr(path, all, a, &items)) return kExitBadInput;
  std::vector<std::string> pred_type(items.size()), pred_src(items.size()), pred_tgt(items.size());
  std::vector<char> failed(items.size(), 0);
  const auto& dicts = ex.resources().event_dicts;
  pipeline::ParallelFor(items.size(), a.threads, [&](size_t i) {
    auto x = ex.Extract(items[i].doc);
    if (!x.ok()) {
      failed[i] = 1;
      return;
    }
    const events::Event* best = nullptr;
    for (const auto& e : x->events.events)
      if ((e.plover == "ASSAULT" || e.plover == "PROTEST") && (!best || e.confidence > best->confidence)) best = &e;
    if (!best) return;
    pred_type[i] = best->plover;
    if (best->actor1 >= 0) pred_src[i] = dicts.actors[best->actor1].cameo;
    if (best->actor2 >= 0) pred_tgt[i] = dicts.actors[best->actor2].cameo;
  });

  Counts c;
  for (size_t i = 0; i < items.size(); ++i) {
    ++c.docs;
    c.errors += failed[i];
    const std::string& p = pred_type[i].empty() ? std::string("NONE") : pred_type[i];
    c.predicted += !pred_type[i].empty();
    c.correct += p == items[i].plover;
    c.confusion[items[i].plover][p]++;
    if (!items[i].src.first.empty() || !items[i].src.second.empty()) {
      ++c.src_total;
      c.src_ok += CodeAgrees(pred_src[i], items[i].src);
    }
    if (!items[i].tgt.first.empty() || !items[i].tgt.second.empty()) {
      ++c.tgt_total;
      c.tgt_ok += CodeAgrees(pred_tgt[i], items[i].tgt);
    }
  }
  PrintGsr(path, c);
  return kExitOk;
}

bool Overlaps(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) { return a0 < b1 && b0 < a1; }

// Code-point offsets of every occurrence of `needle` in the decoded text.
std::vector<std::pair<uint32_t, uint32_t>> Occurrences(const text::Utf8Text& t, const std::string& needle) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  if (needle.empty()) return out;
  for (size_t p = t.utf8.find(needle); p != std::string::npos; p = t.utf8.find(needle, p + 1)) {
    auto cp = [&](size_t byte) {
      return static_cast<uint32_t>(std::lower_bound(t.cp_to_byte.begin(), t.cp_to_byte.end(), byte) - t.cp_to_byte.begin());
    };
    out.emplace_back(cp(p), cp(p + needle.size()));
  }
  return out;
}

// The summary lines of one article, printed after its details: name, n, N.
using Summary = std::vector<std::tuple<const char*, size_t, size_t>>;

// Actors: gold id → the predicted actor id most often found on its names.
std::map<std::string, std::string> ArticleActors(const Extraction& x, const events::Dictionaries& d,
                                                 const rapidjson::Document& g, Summary* sum) {
  const auto& r = x.events;
  std::map<std::string, std::string> actor_map;
  size_t found = 0, total = 0;
  if (auto it = g.FindMember("actors"); it != g.MemberEnd() && it->value.IsArray()) {
    for (const auto& ga : it->value.GetArray()) {
      ++total;
      std::map<std::string, size_t> votes;
      if (auto names = ga.FindMember("names_in_text"); names != ga.MemberEnd() && names->value.IsArray())
        for (const auto& nm : names->value.GetArray()) {
          if (!nm.IsString()) continue;
          for (auto [s, e] : Occurrences(x.text, nm.GetString()))
            for (const auto& am : r.actors)
              if (Overlaps(s, e, am.start, am.end)) votes[d.actors[am.actor].id]++;
        }
      std::string gid = Str(ga, "id"), best;
      size_t bn = 0;
      for (const auto& [id, n] : votes)
        if (n > bn) best = id, bn = n;
      found += !best.empty();
      actor_map[gid] = best;
      std::cout << "  actor " << gid << " -> " << (best.empty() ? "(not found)" : best) << "\n";
    }
  }
  std::cout << "  actors found: " << found << "/" << total << "\n";
  sum->emplace_back("article_actors_found", found, total);
  return actor_map;
}

// Quantities: span overlap, then value, qualifier and unit.
void ArticleQuantities(const Extraction& x, const events::Dictionaries& d, const rapidjson::Document& g,
                       Summary* sum) {
  const auto& r = x.events;
  auto norm_q = [](std::string q) {
    if (q == "approximately") return std::string("about");
    if (q == "hundreds" || q == "dozens" || q == "thousands") return std::string("vague");
    return q;
  };
  size_t q_total = 0, q_found = 0, q_value = 0, q_qual = 0, q_unit = 0;
  if (auto it = g.FindMember("quantities"); it != g.MemberEnd() && it->value.IsArray()) {
    for (const auto& gq : it->value.GetArray()) {
      ++q_total;
      uint32_t s = gq["start"].GetUint(), e = gq["end"].GetUint();
      const events::Quantity* m = nullptr;
      for (const auto& q : r.quantities)
        if (Overlaps(s, e, q.start, q.end)) m = &q;
      if (!m) {
        std::cout << "  quantity " << Str(gq, "phrase") << ": not found\n";
        continue;
      }
      ++q_found;
      bool v = gq["value"].IsNumber() && static_cast<uint64_t>(gq["value"].GetDouble()) == m->value;
      bool ql = norm_q(Str(gq, "qualifier")) == m->qualifier;
      bool u = Str(gq, "unit") == m->category;
      q_value += v;
      q_qual += ql;
      q_unit += u;
      std::cout << "  quantity " << Str(gq, "phrase") << ": value " << m->value << (v ? " ok" : " WRONG") << ", "
                << m->qualifier << (ql ? " ok" : " WRONG") << ", " << m->category << (u ? " ok" : " WRONG")
                << (m->actor >= 0 ? ", actor " + d.actors[m->actor].id : "") << "\n";
    }
  }
  std::cout << "  quantities: found " << q_found << "/" << q_total << ", value " << q_value << ", qualifier "
            << q_qual << ", unit " << q_unit << " (predicted " << r.quantities.size() << ")\n";
  sum->emplace_back("article_quantities_found", q_found, q_total);
  sum->emplace_back("article_quantity_value", q_value, q_found);
}

// Events: the gold type's class, then the actor pair (unordered).
void ArticleEvents(const Extraction& x, const events::Dictionaries& d, const rapidjson::Document& g,
                   std::map<std::string, std::string>& actor_map, Summary* sum) {
  const auto& r = x.events;
  auto matches_class = [](const std::string& gtype, const events::Event& e) {
    if (gtype.find("negotiation") != std::string::npos) return e.plover == "CONSULT";
    if (gtype.find("agreement") != std::string::npos) return e.plover == "AGREE";
    if (gtype.find("rejection") != std::string::npos) return e.plover == "REJECT";
    if (gtype.find("evacuation") != std::string::npos)
      return e.plover == "RETREAT" || e.sub_event_type == "Non-violent transfer of territory";
    if (gtype.find("Explosions") != std::string::npos) return e.event_type == "Explosions/Remote violence";
    return false;
  };
  size_t e_total = 0, e_type = 0, e_actors = 0;
  if (auto it = g.FindMember("events"); it != g.MemberEnd() && it->value.IsArray()) {
    for (const auto& ge : it->value.GetArray()) {
      ++e_total;
      std::string gtype = Str(ge, "type");
      std::set<std::string> want = {actor_map[Str(ge, "actor1")], actor_map[Str(ge, "actor2")]};
      bool any = false, with_actors = false;
      for (const auto& e : r.events) {
        if (!matches_class(gtype, e)) continue;
        any = true;
        std::set<std::string> got = {e.actor1 >= 0 ? d.actors[e.actor1].id : "", e.actor2 >= 0 ? d.actors[e.actor2].id : ""};
        with_actors |= got == want;
      }
      e_type += any;
      e_actors += with_actors;
      std::cout << "  event " << gtype << ": " << (any ? "found" : "NOT FOUND")
                << (any ? (with_actors ? ", actors ok" : ", actors differ") : "") << "\n";
    }
  }
  std::cout << "  events: type found " << e_type << "/" << e_total << ", with actors " << e_actors << "/" << e_total
            << " (predicted " << r.events.size() << ")\n";
  sum->emplace_back("article_event_type_found", e_type, e_total);
  sum->emplace_back("article_event_with_actors", e_actors, e_total);
}

int EvalArticle(const Extractor& ex, const std::string& path, const rapidjson::Document& g) {
  Document doc;
  doc.id = Str(g, "id");
  doc.text = Str(g, "text");
  doc.lang = Str(g, "lang");
  doc.published = Str(g, "published");
  auto x = ex.Extract(doc);
  if (!x.ok()) return Error(path + ": " + x.status().message()), kExitBadInput;
  const auto& d = ex.resources().event_dicts;
  std::cout << path << "\n";
  Summary sum;
  auto actor_map = ArticleActors(*x, d, g, &sum);
  ArticleQuantities(*x, d, g, &sum);
  ArticleEvents(*x, d, g, actor_map, &sum);
  for (const auto& [name, n, total] : sum) SummaryLine(name, n, total);
  return kExitOk;
}

// The first record of a gold file: the whole content when it is one JSON value, else
// its first non-blank line.
std::string_view FirstRecord(std::string_view all, bool* whole_is_object) {
  rapidjson::Document whole;
  whole.Parse<marsad::json::kParseFlags>(all.data(), all.size());
  *whole_is_object = !whole.HasParseError() && whole.IsObject();
  if (*whole_is_object) return all;
  LineCursor lines(all);
  std::string_view line;
  while (lines.Next(&line))
    if (!LineCursor::Blank(line)) return line;
  return {};
}

int RunEvalEvents(const EvalEventsArgs& a) {
  // Read every gold file first: a missing one is reported before the slow loading.
  std::vector<std::pair<std::string, std::string>> golds;
  for (const auto& path : a.gold) {
    auto content = ReadFile(path);
    if (!content.ok()) {
      Error("cannot read gold file " + path + ": " + content.status().message() +
            " (the development gold lives in ../shared/eval/, which is not part of a clone of marsad; see its README.md)");
      return kExitUsage;
    }
    golds.emplace_back(path, std::move(content).value());
  }
  std::string index = a.index.empty() ? DefaultIndexPath() : a.index;
  // Scoring saved predictions needs the gazetteer only (the gold's place names).
  auto res = Resources::Load(index, DataDir(), {}, /*event_dictionaries=*/a.pred.empty());
  if (!res.ok()) {
    Error(res.status().message());
    return kExitBadInput;
  }
  ExtractOptions opt;
  Extractor ex(**res, opt);
  NewsEvalOptions nopt;
  nopt.pred = a.pred;
  nopt.threads = std::max(1u, a.threads);
  nopt.limit = a.limit;
  nopt.explain = a.explain;
  nopt.json = a.json;
  nopt.min_confidence = a.min_confidence;
  int rc = kExitOk;
  for (const auto& [path, content] : golds) {
    std::string_view all(content);
    bool whole_is_object = false;
    std::string_view first = FirstRecord(all, &whole_is_object);
    EventsGoldKind kind = ClassifyEventsGold(first);
    int r = kExitOk;
    if (kind == EventsGoldKind::kNews || kind == EventsGoldKind::kFakes) {
      if (Status st = eval::EvalNewsFile(**res, &ex, path, all, kind, nopt); !st.ok()) {
        Error(st.message());
        r = kExitBadInput;
      }
    } else if (!a.pred.empty()) {
      Error(path + ": --pred applies to the news and FA-KES gold only");
      r = kExitUsage;
    } else if (kind == EventsGoldKind::kArticle && whole_is_object) {
      rapidjson::Document whole;
      whole.Parse<marsad::json::kParseFlags>(all.data(), all.size());
      r = EvalArticle(ex, path, whole);
    } else {
      r = EvalGsr(ex, path, all, a);
    }
    if (r != kExitOk) rc = r;
  }
  return rc;
}

}  // namespace

void AddEvalEventsCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<EvalEventsArgs>();
  auto* cmd = app.add_subcommand("eval-events", "Score actors, quantities and events against gold");
  cmd->add_option("--gold", a->gold, "Gold: news events JSONL, FA-KES JSONL, PLOVER events JSONL or one annotated article JSON")->required();
  cmd->add_option("--index", a->index, "Gazetteer index (default: $MARSAD_GAZETTEER or data/gazetteer/default.mgz)");
  cmd->add_option("--threads", a->threads, "Worker threads")->default_val(1);
  cmd->add_option("--limit", a->limit, "Score only the first N documents of a JSONL file");
  cmd->add_option("--pred", a->pred,
                  "Score `marsad extract` JSON lines (matched by id) instead of running the extractor "
                  "(news and FA-KES gold)");
  cmd->add_flag("--explain,-v", a->explain, "Per document: missed, spurious and wrong events, counts and actors");
  cmd->add_option("--min-confidence", a->min_confidence,
                  "Leave out predicted events below this confidence (news and FA-KES gold)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_flag("--json", a->json, "One JSON object of metrics per gold file (news and FA-KES gold)");
  cmd->callback([a, &ctx]() { ctx.exit_code = RunEvalEvents(*a); });
}

}  // namespace marsad::cli
