// `marsad eval-merge`: pair precision and recall of merged records against hand-checked
// pairs of event spans (marsad/records.h, docs/merge.md).
//
// Gold: one pair a line, {"pair","a":{"doc","start","end"},"b":{…},"same":bool,"kind","note"},
// start/end code-point offsets into the article's text of the span reporting the incident.
// A gold side matches the predicted event (a mention of a merged record) of that document
// one of whose spans (the event's start/end, and every sentence in its "spans") overlaps
// it, the longest overlap first, then the earlier record — as `marsad eval-events` matches
// events to gold sentences. With the extraction output (`--events`), a side that overlaps
// several events equally (most often two events of one sentence: a clash and the air strike
// it names, each with the sentence as its span) goes to the one whose trigger lies inside
// the side's span first: the gold span marks the clause that tells its incident, and a
// trigger there is what the event was read from. A pair is predicted "same" when both sides
// land in one record.
//   pair_precision   = gold-same pairs predicted same / pairs predicted same
//   pair_recall      = gold-same pairs predicted same / gold-same pairs (an unmatched side
//                      is a miss)
//   pair_recall_matched: the same over the gold-same pairs whose two sides both matched
//   sides_unmatched  = gold sides no predicted event overlaps / all sides
//   pair_accuracy    = pairs predicted as the gold says / all pairs, then the same per kind.
#include <rapidjson/document.h>

#include <map>
#include <optional>

#include "marsad/json_read.h"
#include "marsad/records.h"
#include "marsad/tsv.h"

namespace marsad::records {
namespace {

using JVal = rapidjson::Value;

struct Side {
  std::string doc;
  uint32_t start = 0, end = 0;
};
struct GoldPair {
  std::string id, kind;
  Side a, b;
  bool same = false;
};
struct PredSpan {
  size_t record;
  uint32_t start, end;
  uint32_t event;  // its index in the document's events
};
// Each extracted event's trigger [start, end), by document and index.
using Triggers = std::map<std::string, std::vector<std::pair<uint32_t, uint32_t>>, std::less<>>;

std::string Str(const JVal& o, const char* k) {
  auto it = o.FindMember(k);
  return it != o.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString(), it->value.GetStringLength())
                                                     : std::string();
}

Status ReadSide(const JVal& d, const char* key, Side* s) {
  auto it = d.FindMember(key);
  if (it == d.MemberEnd() || !it->value.IsObject()) return InvalidInput(std::string("no object \"") + key + "\"");
  const JVal& o = it->value;
  s->doc = Str(o, "doc");
  auto st = o.FindMember("start"), en = o.FindMember("end");
  if (s->doc.empty() || st == o.MemberEnd() || en == o.MemberEnd() || !st->value.IsUint() || !en->value.IsUint() ||
      en->value.GetUint() <= st->value.GetUint())
    return InvalidInput(std::string("\"") + key + "\" needs \"doc\" and \"start\" < \"end\"");
  s->start = st->value.GetUint();
  s->end = en->value.GetUint();
  return Status::Ok();
}

Result<std::vector<GoldPair>> ReadGold(std::string_view text, std::string_view name) {
  std::vector<GoldPair> out;
  LineCursor lines(text);
  std::string_view line;
  while (lines.Next(&line)) {
    size_t line_no = lines.line_no();
    if (LineCursor::Blank(line)) continue;
    std::string where = std::string(name) + ":" + std::to_string(line_no);
    rapidjson::Document d;
    d.Parse<json::kParseFlags>(line.data(), line.size());
    if (d.HasParseError() || !d.IsObject()) return InvalidInput(where + ": not a JSON object");
    GoldPair g;
    g.id = Str(d, "pair");
    g.kind = Str(d, "kind");
    if (g.kind.empty()) g.kind = "unspecified";
    auto same = d.FindMember("same");
    if (same == d.MemberEnd() || !same->value.IsBool()) return InvalidInput(where + ": no boolean \"same\"");
    g.same = same->value.GetBool();
    if (Status s = ReadSide(d, "a", &g.a); !s.ok()) return s.WithContext(where);
    if (Status s = ReadSide(d, "b", &g.b); !s.ok()) return s.WithContext(where);
    out.push_back(std::move(g));
  }
  if (out.empty()) return InvalidInput(std::string(name) + ": no gold pairs");
  return out;
}

// Every predicted event span by document.
Result<std::map<std::string, std::vector<PredSpan>>> ReadPred(const std::vector<std::string>& lines) {
  std::map<std::string, std::vector<PredSpan>> by_doc;
  for (size_t i = 0; i < lines.size(); ++i) {
    rapidjson::Document d;
    d.Parse<json::kParseFlags>(lines[i].data(), lines[i].size());
    auto ms = d.IsObject() ? d.FindMember("mentions") : d.MemberEnd();
    if (d.HasParseError() || !d.IsObject() || ms == d.MemberEnd() || !ms->value.IsArray())
      return InvalidInput("merged record " + std::to_string(i + 1) +
                          ": not a `marsad merge` JSON record (no \"mentions\")");
    for (const auto& m : ms->value.GetArray()) {
      if (!m.IsObject()) continue;
      std::string doc = Str(m, "doc_id");
      auto ev = m.FindMember("event");
      const uint32_t event = ev != m.MemberEnd() && ev->value.IsUint() ? ev->value.GetUint() : UINT32_MAX;
      auto add = [&](const JVal& s, const JVal& e) {
        if (s.IsUint() && e.IsUint()) by_doc[doc].push_back({i, s.GetUint(), e.GetUint(), event});
      };
      if (m.HasMember("start") && m.HasMember("end")) add(m["start"], m["end"]);
      if (auto sp = m.FindMember("spans"); sp != m.MemberEnd() && sp->value.IsArray())
        for (const auto& p : sp->value.GetArray())
          if (p.IsArray() && p.Size() == 2) add(p[0], p[1]);
    }
  }
  return by_doc;
}

// The triggers of the events of the gold's documents, from the extraction output (its
// lines of other documents are not parsed).
Result<Triggers> ReadTriggers(std::string_view jsonl, const std::vector<GoldPair>& gold) {
  Triggers out;
  for (const GoldPair& g : gold) out[g.a.doc], out[g.b.doc];
  LineCursor lines(jsonl);
  std::string_view line;
  while (lines.Next(&line)) {
    if (LineCursor::Blank(line)) continue;
    // Most lines are of other documents: the id (extract writes it first) decides cheaply.
    constexpr std::string_view kId = "{\"id\":\"";
    if (line.starts_with(kId)) {
      const size_t q = line.find('"', kId.size());
      if (q != std::string_view::npos && out.find(line.substr(kId.size(), q - kId.size())) == out.end()) continue;
    }
    rapidjson::Document d;
    d.Parse<json::kParseFlags>(line.data(), line.size());
    if (d.HasParseError() || !d.IsObject())
      return InvalidInput("extraction line " + std::to_string(lines.line_no()) + ": not a JSON object");
    auto it = out.find(Str(d, "id"));
    auto evs = d.FindMember("events");
    if (it == out.end() || evs == d.MemberEnd() || !evs->value.IsArray()) continue;
    it->second.clear();
    for (const auto& e : evs->value.GetArray()) {
      std::pair<uint32_t, uint32_t> t{UINT32_MAX, 0};
      auto tr = e.IsObject() ? e.FindMember("trigger") : e.MemberEnd();
      if (tr != e.MemberEnd() && tr->value.IsObject()) {
        auto ts = tr->value.FindMember("start"), te = tr->value.FindMember("end");
        if (ts != tr->value.MemberEnd() && te != tr->value.MemberEnd() && ts->value.IsUint() && te->value.IsUint())
          t = {ts->value.GetUint(), te->value.GetUint()};
      }
      it->second.push_back(t);
    }
  }
  return out;
}

std::optional<size_t> Match(const std::map<std::string, std::vector<PredSpan>>& pred, const Triggers* triggers,
                            const Side& s) {
  auto it = pred.find(s.doc);
  if (it == pred.end()) return std::nullopt;
  const std::vector<std::pair<uint32_t, uint32_t>>* trig = nullptr;
  if (triggers != nullptr)
    if (auto t = triggers->find(s.doc); t != triggers->end()) trig = &t->second;
  // Whether the event's trigger lies inside the side's span (known only with the triggers).
  auto inside = [&](const PredSpan& p) {
    if (trig == nullptr || p.event >= trig->size()) return false;
    const auto [ts, te] = (*trig)[p.event];
    return ts >= s.start && te <= s.end && ts < te;
  };
  std::optional<size_t> best;
  uint32_t best_ov = 0;
  bool best_inside = false;
  for (const PredSpan& p : it->second) {
    uint32_t lo = std::max(p.start, s.start), hi = std::min(p.end, s.end);
    uint32_t ov = hi > lo ? hi - lo : 0;
    if (ov == 0 || ov < best_ov) continue;
    const bool in = inside(p);
    if (ov > best_ov || (in && !best_inside) || (in == best_inside && p.record < *best)) {
      best = p.record;
      best_ov = ov;
      best_inside = in;
    }
  }
  return best;
}

std::string Describe(const Side& s, std::optional<size_t> rec) {
  return s.doc + "[" + std::to_string(s.start) + "," + std::to_string(s.end) + ") -> " +
         (rec ? "record " + std::to_string(*rec + 1) : std::string("no event"));
}

}  // namespace

Result<PairScore> ScorePairs(std::string_view gold_jsonl, std::string_view gold_name,
                             const std::vector<std::string>& merged_lines, std::string_view extraction_jsonl) {
  ASSIGN_OR_RETURN(auto gold, ReadGold(gold_jsonl, gold_name));
  ASSIGN_OR_RETURN(auto pred, ReadPred(merged_lines));
  std::optional<Triggers> triggers;
  if (!extraction_jsonl.empty()) {
    ASSIGN_OR_RETURN(auto t, ReadTriggers(extraction_jsonl, gold));
    triggers = std::move(t);
  }
  const Triggers* trig = triggers ? &*triggers : nullptr;
  size_t tp = 0, fp = 0, gold_same = 0, both_matched_same = 0, tp_matched = 0, sides = 0, unmatched = 0, right = 0;
  std::map<std::string, std::pair<size_t, size_t>> by_kind;
  PairScore out;
  for (const GoldPair& g : gold) {
    auto ra = Match(pred, trig, g.a), rb = Match(pred, trig, g.b);
    sides += 2;
    unmatched += !ra + !rb;
    bool said_same = ra && rb && *ra == *rb;
    gold_same += g.same;
    tp += g.same && said_same;
    fp += !g.same && said_same;
    if (g.same && ra && rb) {
      ++both_matched_same;
      tp_matched += said_same;
    }
    bool ok = said_same == g.same;
    right += ok;
    auto& k = by_kind[g.kind];
    k.first += ok;
    ++k.second;
    if (!ok || !ra || !rb)
      out.explain.push_back(std::string(!ok ? (g.same ? "missed-same " : "wrong-same ") : "unmatched ") + g.id + " (" +
                            g.kind + "): " + Describe(g.a, ra) + " | " + Describe(g.b, rb));
  }
  out.metrics = {{"pair_precision", {tp, tp + fp}},
                 {"pair_recall", {tp, gold_same}},
                 {"pair_recall_matched", {tp_matched, both_matched_same}},
                 {"sides_unmatched", {unmatched, sides}},
                 {"pair_accuracy", {right, gold.size()}}};
  for (const auto& [kind, nk] : by_kind) out.metrics.push_back({"kind_" + kind + "_accuracy", nk});
  return out;
}

}  // namespace marsad::records
