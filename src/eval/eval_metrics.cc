// Gold and prediction readers, span matching and the geoparsing metrics (marsad/eval.h).
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <tuple>

#include "marsad/json_write.h"
#include "marsad/eval.h"
#include "marsad/geo.h"
#include "marsad/mapped_file.h"
#include "marsad/tsv.h"

namespace marsad::eval {
namespace {

using Writer = json::Writer;
using Value = rapidjson::Value;

using json::KeyStr;
using json::KeyNum;
void KeyNum(Writer& w, std::string_view k, double v) { json::KeyNum(w, k, v, 4); }  // scores: 4 decimals

std::string Where(const std::string& source, size_t line) {
  return line ? source + ":" + std::to_string(line) : source;
}

// Reads an optional non-negative integer offset field.
Status GetOffset(const Value& o, const char* k, uint32_t* out, const std::string& where) {
  auto it = o.FindMember(k);
  if (it == o.MemberEnd() || !it->value.IsUint()) {
    return InvalidInput(where + ": toponym field \"" + k + "\" must be a non-negative integer");
  }
  *out = it->value.GetUint();
  return Status::Ok();
}

std::optional<uint64_t> GetGeonameid(const Value& o) {
  auto it = o.FindMember("geonameid");
  if (it == o.MemberEnd()) return std::nullopt;
  if (it->value.IsUint64()) return it->value.GetUint64();
  if (it->value.IsString()) {  // some sources write ids as strings
    const char* s = it->value.GetString();
    char* end = nullptr;
    unsigned long long v = std::strtoull(s, &end, 10);
    if (end != s && *end == '\0') return v;
  }
  return std::nullopt;
}

std::optional<std::pair<double, double>> GetCoords(const Value& o) {
  auto lat = o.FindMember("lat"), lon = o.FindMember("lon");
  if (lat == o.MemberEnd() || lon == o.MemberEnd()) return std::nullopt;
  if (!lat->value.IsNumber() || !lon->value.IsNumber()) return std::nullopt;
  double a = lat->value.GetDouble(), b = lon->value.GetDouble();
  if (!std::isfinite(a) || !std::isfinite(b) || std::abs(a) > 90 || std::abs(b) > 180) return std::nullopt;
  return std::make_pair(a, b);
}

std::string GetString(const Value& o, const char* k) {
  auto it = o.FindMember(k);
  if (it == o.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

Status ParseToponyms(const Value& doc, const char* key, std::vector<GoldToponym>* out,
                     const std::string& where) {
  auto it = doc.FindMember(key);
  if (it == doc.MemberEnd() || it->value.IsNull()) return Status::Ok();
  if (!it->value.IsArray()) return InvalidInput(where + ": \"" + key + "\" must be an array");
  for (const auto& t : it->value.GetArray()) {
    if (!t.IsObject()) return InvalidInput(where + ": each of \"" + key + "\" must be an object");
    GoldToponym g;
    RETURN_IF_ERROR(GetOffset(t, "start", &g.start, where));
    RETURN_IF_ERROR(GetOffset(t, "end", &g.end, where));
    if (g.end < g.start) return InvalidInput(where + ": toponym end before start");
    g.surface = GetString(t, "surface");
    g.geonameid = GetGeonameid(t);
    g.coords = GetCoords(t);
    out->push_back(std::move(g));
  }
  return Status::Ok();
}

Result<GoldDoc> ParseGoldObject(const Value& d, const std::string& source, size_t line) {
  std::string where = Where(source, line);
  if (!d.IsObject()) return InvalidInput(where + ": a JSON object is expected");
  GoldDoc g;
  g.line = line;
  auto id = d.FindMember("id");
  if (id != d.MemberEnd() && id->value.IsString()) {
    g.id = id->value.GetString();
  } else if (id != d.MemberEnd() && id->value.IsNumber()) {
    rapidjson::StringBuffer b;
    Writer w(b);
    id->value.Accept(w);
    g.id = b.GetString();
  } else {
    g.id = where;
  }
  auto text = d.FindMember("text");
  if (text == d.MemberEnd() || !text->value.IsString()) return InvalidInput(where + ": missing string field \"text\"");
  g.text.assign(text->value.GetString(), text->value.GetStringLength());
  g.lang = GetString(d, "lang");
  auto ann = d.FindMember("toponyms_annotated");
  if (ann != d.MemberEnd() && ann->value.IsBool()) g.toponyms_annotated = ann->value.GetBool();
  RETURN_IF_ERROR(ParseToponyms(d, "toponyms", &g.toponyms, where));
  RETURN_IF_ERROR(ParseToponyms(d, "not_toponyms", &g.not_toponyms, where));
  return g;
}

// Calls fn(line_view, line_no) for each non-blank line.
template <typename Fn>
Status ForEachLine(std::string_view all, Fn fn) {
  LineCursor lines(all);
  std::string_view line;
  while (lines.Next(&line)) {
    if (LineCursor::Blank(line)) continue;
    RETURN_IF_ERROR(fn(line, lines.line_no()));
  }
  return Status::Ok();
}

Status ParseLine(rapidjson::Document& d, std::string_view line, const std::string& where) {
  d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
  if (d.HasParseError()) {
    return InvalidInput(where + ": malformed JSON at byte " + std::to_string(d.GetErrorOffset()) + ": " +
                        rapidjson::GetParseError_En(d.GetParseError()));
  }
  return Status::Ok();
}

Result<std::string> ReadExisting(const std::string& path, const char* what) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return NotFound(std::string(what) + " file " + path + " does not exist");
  }
  return ReadFile(path);
}

// Code points [start, end) of a UTF-8 string, and `pad` code points on each side.
std::string Context(const std::string& text, uint32_t start, uint32_t end, uint32_t pad) {
  uint32_t from = start > pad ? start - pad : 0, to = end + pad;
  size_t b0 = text.size(), b1 = text.size();
  uint32_t cp = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (cp == from) b0 = i;
    if (cp == to) {
      b1 = i;
      break;
    }
    ++cp;
  }
  if (b0 >= b1) return {};
  std::string s = text.substr(b0, b1 - b0);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

}  // namespace

Result<std::vector<GoldDoc>> ParseGold(std::string_view content, const std::string& source) {
  std::vector<GoldDoc> docs;
  // A single JSON value (object or array) spanning the whole file, else JSON lines.
  {
    rapidjson::Document whole;
    whole.Parse<rapidjson::kParseIterativeFlag>(content.data(), content.size());
    if (!whole.HasParseError() && (whole.IsObject() || whole.IsArray())) {
      if (whole.IsObject()) {
        ASSIGN_OR_RETURN(auto g, ParseGoldObject(whole, source, 0));
        docs.push_back(std::move(g));
      } else {
        for (const auto& v : whole.GetArray()) {
          ASSIGN_OR_RETURN(auto g, ParseGoldObject(v, source, 0));
          docs.push_back(std::move(g));
        }
      }
      return docs;
    }
  }
  Status st = ForEachLine(content, [&](std::string_view line, size_t line_no) -> Status {
    rapidjson::Document d;
    RETURN_IF_ERROR(ParseLine(d, line, Where(source, line_no)));
    ASSIGN_OR_RETURN(auto g, ParseGoldObject(d, source, line_no));
    docs.push_back(std::move(g));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return docs;
}

Result<std::vector<GoldDoc>> LoadGold(const std::string& path) {
  ASSIGN_OR_RETURN(std::string content, ReadExisting(path, "gold"));
  return ParseGold(content, path);
}

Result<std::vector<PredDoc>> ParsePredictions(std::string_view content, const std::string& source) {
  std::vector<PredDoc> docs;
  Status st = ForEachLine(content, [&](std::string_view line, size_t line_no) -> Status {
    std::string where = Where(source, line_no);
    rapidjson::Document d;
    RETURN_IF_ERROR(ParseLine(d, line, where));
    if (!d.IsObject()) return InvalidInput(where + ": a JSON object is expected");
    PredDoc p;
    p.id = GetString(d, "id");
    if (p.id.empty()) return InvalidInput(where + ": prediction without an \"id\"");
    p.error = GetString(d, "error");
    auto places = d.FindMember("places");
    if (places != d.MemberEnd() && places->value.IsArray()) {
      for (const auto& t : places->value.GetArray()) {
        if (!t.IsObject()) return InvalidInput(where + ": each place must be an object");
        auto flag = [&](const char* k) {
          auto it = t.FindMember(k);
          return it != t.MemberEnd() && it->value.IsBool() && it->value.GetBool();
        };
        if (flag("derived")) continue;
        PredToponym x;
        RETURN_IF_ERROR(GetOffset(t, "start", &x.start, where));
        RETURN_IF_ERROR(GetOffset(t, "end", &x.end, where));
        x.surface = GetString(t, "surface");
        x.geonameid = GetGeonameid(t);
        x.coords = GetCoords(t);
        x.in_name = flag("in_name");
        x.generic = flag("generic");
        x.demonym = flag("demonym");
        if (auto np = t.FindMember("name_proper"); np != t.MemberEnd() && np->value.IsObject()) {
          RETURN_IF_ERROR(GetOffset(np->value, "start", &x.name_start, where));
          RETURN_IF_ERROR(GetOffset(np->value, "end", &x.name_end, where));
        }
        if (GetString(t, "feature_class") == "A" && GetString(t, "feature_code").starts_with("PCL"))
          x.country = GetString(t, "country");
        p.toponyms.push_back(std::move(x));
      }
    } else if (p.error.empty()) {
      return InvalidInput(where + ": prediction without \"places\" or \"error\"");
    }
    docs.push_back(std::move(p));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return docs;
}

Result<std::vector<PredDoc>> LoadPredictions(const std::string& path) {
  ASSIGN_OR_RETURN(std::string content, ReadExisting(path, "prediction"));
  return ParsePredictions(content, path);
}

std::vector<std::pair<size_t, size_t>> MatchSpans(const std::vector<Span>& gold,
                                                  const std::vector<Span>& pred, MatchMode mode) {
  // Candidate pairs ranked: identical spans, then larger overlap, then nearer starts, then
  // text order, so the result does not depend on the order of the inputs' equal spans.
  struct Cand {
    bool exact;
    uint32_t overlap, start_diff;
    size_t g, p;
  };
  std::vector<Cand> cands;
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t p = 0; p < pred.size(); ++p) {
      const Span &a = gold[g], &b = pred[p];
      bool exact = a.start == b.start && a.end == b.end;
      if (mode == MatchMode::kExact && !exact) continue;
      uint32_t lo = std::max(a.start, b.start), hi = std::min(a.end, b.end);
      // Empty spans overlap only by being identical.
      if (!exact && hi <= lo) continue;
      uint32_t diff = a.start > b.start ? a.start - b.start : b.start - a.start;
      cands.push_back({exact, hi > lo ? hi - lo : 0, diff, g, p});
    }
  }
  std::sort(cands.begin(), cands.end(), [&](const Cand& x, const Cand& y) {
    return std::make_tuple(!x.exact, -static_cast<int64_t>(x.overlap), x.start_diff, gold[x.g].start, x.g,
                           pred[x.p].start, x.p) <
           std::make_tuple(!y.exact, -static_cast<int64_t>(y.overlap), y.start_diff, gold[y.g].start, y.g,
                           pred[y.p].start, y.p);
  });
  std::vector<char> gused(gold.size(), 0), pused(pred.size(), 0);
  std::vector<std::pair<size_t, size_t>> out;
  for (const auto& c : cands) {
    if (gused[c.g] || pused[c.p]) continue;
    gused[c.g] = pused[c.p] = 1;
    out.emplace_back(c.g, c.p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

ErrorCurve SummarizeErrors(std::vector<double> e) {
  ErrorCurve c;
  c.n = e.size();
  if (e.empty()) return c;
  for (double& x : e) x = std::clamp(x, 0.0, kMaxErrorKm);
  std::sort(e.begin(), e.end());
  size_t n = e.size();
  double sum = 0;
  size_t within = 0;
  for (double x : e) {
    sum += x;
    within += x <= kAccuracyKm;
  }
  c.mean_km = sum / n;
  c.median_km = n % 2 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
  c.acc161 = static_cast<double>(within) / n;
  const double norm = std::log(1 + kMaxErrorKm);
  auto y = [&](double x) { return std::min(1.0, std::log1p(x) / norm); };
  if (n == 1) {
    c.auc = y(e[0]);
  } else {
    double area = 0;
    for (size_t i = 1; i < n; ++i) area += (y(e[i - 1]) + y(e[i])) / 2;
    c.auc = area / static_cast<double>(n - 1);
  }
  return c;
}

void Scorer::Add(const GoldDoc& gold, const PredDoc* pred, std::vector<ErrorItem>* errors) {
  ++m_.docs;
  if (pred == nullptr) ++m_.docs_missing_pred;
  if (pred != nullptr && !pred->error.empty()) ++m_.docs_failed;
  if (!gold.toponyms_annotated) return;
  ++m_.docs_scored;
  static const std::vector<PredToponym> kNone;
  const auto& ptops = pred ? pred->toponyms : kNone;

  std::vector<Span> gs, ps;
  for (const auto& g : gold.toponyms) gs.push_back({g.start, g.end});
  for (const auto& p : ptops) ps.push_back({p.start, p.end});
  auto exact = MatchSpans(gs, ps, MatchMode::kExact);
  auto overlap = MatchSpans(gs, ps, MatchMode::kOverlap);
  m_.exact.gold += gs.size();
  m_.exact.pred += ps.size();
  m_.exact.tp += exact.size();
  m_.overlap.gold += gs.size();
  m_.overlap.pred += ps.size();
  m_.overlap.tp += overlap.size();

  auto item = [&](const char* kind, uint32_t s, uint32_t e, const std::string& surface, const GoldToponym* g,
                  const PredToponym* p, double km) {
    if (!errors) return;
    ErrorItem it;
    it.kind = kind;
    it.doc_id = gold.id;
    it.start = s;
    it.end = e;
    it.surface = surface;
    it.context = Context(gold.text, s, e, 40);
    it.gold = g;
    it.pred = p;
    it.error_km = km;
    errors->push_back(std::move(it));
  };

  std::vector<char> gmatched(gs.size(), 0), pmatched(ps.size(), 0);
  for (auto [gi, pi] : overlap) {
    gmatched[gi] = pmatched[pi] = 1;
    const auto& g = gold.toponyms[gi];
    const auto& p = ptops[pi];
    if (g.geonameid && p.geonameid) {
      ++m_.geonameid_pairs;
      m_.geonameid_hits += *g.geonameid == *p.geonameid;
    }
    if (!g.coords) continue;
    double km = kMaxErrorKm;
    if (p.coords) {
      km = geo::HaversineKm(g.coords->first, g.coords->second, p.coords->first, p.coords->second);
      if (km > kAccuracyKm && !p.country.empty() && inside_ && inside_(p.country, g.coords->first, g.coords->second)) {
        km = 0;  // a country is right wherever inside it the gold point lies
        ++m_.inside_country;
      }
    } else {
      ++m_.matched_no_coords;
      item("no_coords", p.start, p.end, p.surface, &g, &p, km);
    }
    errors_km_.push_back(km);
    if (km <= kAccuracyKm) {
      ++m_.e2e_hits;
    } else if (p.coords) {
      item("far", p.start, p.end, p.surface, &g, &p, km);
    }
  }
  for (const auto& g : gold.toponyms) m_.gold_with_coords += g.coords.has_value();
  for (size_t gi = 0; gi < gs.size(); ++gi) {
    if (gmatched[gi]) continue;
    const auto& g = gold.toponyms[gi];
    ++m_.fn_surfaces[g.surface];
    item("fn", g.start, g.end, g.surface, &g, nullptr, -1);
  }
  for (size_t pi = 0; pi < ps.size(); ++pi) {
    if (pmatched[pi]) continue;
    const auto& p = ptops[pi];
    bool is_not = false;
    for (const auto& n : gold.not_toponyms) {
      is_not |= std::max(n.start, p.start) < std::min(n.end, p.end) || (n.start == p.start && n.end == p.end);
    }
    m_.not_toponym_hits += is_not;
    ++m_.fp_surfaces[p.surface];
    item(is_not ? "not_toponym" : "fp", p.start, p.end, p.surface, nullptr, &p, -1);
  }
}

Metrics Scorer::Summary() const {
  Metrics m = m_;
  m.resolution = SummarizeErrors(errors_km_);
  return m;
}

std::string MetricsToJson(const std::string& name, const Metrics& m) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  KeyStr(w, "file", name);
  w.Key("docs");
  w.Uint64(m.docs);
  w.Key("docs_scored");
  w.Uint64(m.docs_scored);
  w.Key("docs_failed");
  w.Uint64(m.docs_failed);
  w.Key("docs_missing_prediction");
  w.Uint64(m.docs_missing_pred);
  auto prf = [&](const char* k, const Prf& p) {
    w.Key(k);
    w.StartObject();
    w.Key("tp");
    w.Uint64(p.tp);
    w.Key("gold");
    w.Uint64(p.gold);
    w.Key("pred");
    w.Uint64(p.pred);
    KeyNum(w, "precision", p.Precision());
    KeyNum(w, "recall", p.Recall());
    KeyNum(w, "f1", p.F1());
    w.EndObject();
  };
  w.Key("recognition");
  w.StartObject();
  prf("exact", m.exact);
  prf("overlap", m.overlap);
  w.Key("not_toponym_hits");
  w.Uint64(m.not_toponym_hits);
  w.EndObject();
  w.Key("resolution");
  w.StartObject();
  w.Key("n");
  w.Uint64(m.resolution.n);
  w.Key("no_coordinates");
  w.Uint64(m.matched_no_coords);
  KeyNum(w, "acc161", m.resolution.acc161);
  KeyNum(w, "median_km", m.resolution.median_km, 1);
  KeyNum(w, "mean_km", m.resolution.mean_km, 1);
  KeyNum(w, "auc", m.resolution.auc);
  w.Key("geonameid_pairs");
  w.Uint64(m.geonameid_pairs);
  KeyNum(w, "geonameid_accuracy", m.GeonameidAccuracy());
  w.Key("inside_country");
  w.Uint64(m.inside_country);
  w.EndObject();
  w.Key("end_to_end");
  w.StartObject();
  w.Key("gold_with_coordinates");
  w.Uint64(m.gold_with_coords);
  w.Key("found_within_161km");
  w.Uint64(m.e2e_hits);
  KeyNum(w, "share", m.EndToEnd());
  w.EndObject();
  w.EndObject();
  return buf.GetString();
}

std::string ErrorItemToJson(const std::string& file, const ErrorItem& e) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  KeyStr(w, "file", file);
  KeyStr(w, "id", e.doc_id);
  KeyStr(w, "kind", e.kind);
  w.Key("start");
  w.Uint(e.start);
  w.Key("end");
  w.Uint(e.end);
  KeyStr(w, "surface", e.surface);
  KeyStr(w, "context", e.context);
  auto side = [&](const char* k, uint32_t s, uint32_t en, const std::string& surface,
                  const std::optional<uint64_t>& id, const std::optional<std::pair<double, double>>& c) {
    w.Key(k);
    w.StartObject();
    w.Key("start");
    w.Uint(s);
    w.Key("end");
    w.Uint(en);
    KeyStr(w, "surface", surface);
    w.Key("geonameid");
    if (id) w.Uint64(*id); else w.Null();
    if (c) {
      KeyNum(w, "lat", c->first, 5);
      KeyNum(w, "lon", c->second, 5);
    }
    w.EndObject();
  };
  if (e.gold) side("gold", e.gold->start, e.gold->end, e.gold->surface, e.gold->geonameid, e.gold->coords);
  if (e.pred) side("pred", e.pred->start, e.pred->end, e.pred->surface, e.pred->geonameid, e.pred->coords);
  if (e.error_km >= 0) KeyNum(w, "error_km", e.error_km, 1);
  w.EndObject();
  return buf.GetString();
}

std::string FormatTable(const std::vector<std::pair<std::string, Metrics>>& rows) {
  size_t wname = 4;
  for (const auto& r : rows) wname = std::max(wname, r.first.size());
  std::string out = fmt::format(
      "{:<{}} {:>6} {:>6} | {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} | {:>5} {:>6} {:>8} {:>8} {:>5} {:>5} | "
      "{:>5} | {:>5}\n",
      "file", wname, "docs", "gold", "P", "R", "F1", "P~", "R~", "F1~", "n", "acc161", "med_km", "mean_km",
      "AUC", "nocrd", "e2e", "gnid");
  out += std::string(out.size() - 1, '-') + "\n";
  auto pct = [](double v, bool have) { return have ? fmt::format("{:.3f}", v) : std::string("-"); };
  for (const auto& [name, m] : rows) {
    bool rec = m.exact.gold + m.exact.pred > 0;
    bool res = m.resolution.n > 0;
    out += fmt::format(
        "{:<{}} {:>6} {:>6} | {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} | {:>5} {:>6} {:>8} {:>8} {:>5} {:>5} | "
        "{:>5} | {:>5}\n",
        name, wname, m.docs_scored, m.exact.gold, pct(m.exact.Precision(), rec), pct(m.exact.Recall(), rec),
        pct(m.exact.F1(), rec), pct(m.overlap.Precision(), rec), pct(m.overlap.Recall(), rec),
        pct(m.overlap.F1(), rec), m.resolution.n, pct(m.resolution.acc161, res),
        res ? fmt::format("{:.1f}", m.resolution.median_km) : "-",
        res ? fmt::format("{:.1f}", m.resolution.mean_km) : "-", pct(m.resolution.auc, res),
        m.matched_no_coords, pct(m.EndToEnd(), m.gold_with_coords > 0),
        pct(m.GeonameidAccuracy(), m.geonameid_pairs > 0));
  }
  return out;
}

std::string MetricsLegend() {
  return "P R F1: recognition by exact span; P~ R~ F1~: by overlap (one-to-one greedy matching).\n"
         "n: overlap-matched toponyms with gold coordinates; acc161: share with error <= 161 km;\n"
         "med_km, mean_km: error in km; nocrd: matched but no predicted coordinates (error = 20039 km).\n"
         "AUC (Gritta et al. 2018, lower is better): errors e_1..e_n sorted ascending,\n"
         "  y_i = min(1, ln(1+e_i)/ln(1+20039)), AUC = sum_{i=1}^{n-1} (y_i + y_{i+1})/2 / (n-1)  (n=1: y_1).\n"
         "e2e: share of gold toponyms with coordinates found (overlap) and placed within 161 km.\n"
         "A predicted country whose outline (world-atlas, as on the map page) contains the gold\n"
         "  point counts as 0 km off (not with --no-outlines; JSON: resolution.inside_country).\n"
         "gnid: geonameid agreement over matched pairs where both sides have one.\n"
         "Derived (relative, unnamed) and demonym mentions are not scored; documents with\n"
         "\"toponyms_annotated\": false are skipped. A row '<set> (own guide)' (--conventions)\n"
         "scores the set by its own annotation convention (data/eval/conventions.tsv).\n";
}

std::vector<std::pair<std::string, size_t>> TopSurfaces(const std::map<std::string, size_t>& counts, size_t n) {
  std::vector<std::pair<std::string, size_t>> v(counts.begin(), counts.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (v.size() > n) v.resize(n);
  return v;
}

}  // namespace marsad::eval
