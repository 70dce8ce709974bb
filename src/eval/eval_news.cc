// Scoring the events layer on news gold (see marsad/eval_news.h). All metrics are printed as
// "name value n/N", value = n/N with three decimals (0 when N = 0), one per line, in a
// fixed order; --json writes the same numbers as one object.
// Over 600 lines on purpose: every metric is defined in this comment and computed below it
// (docs/eval-events.md points here), so definitions and code are read and changed together.
//
// News set (news-events-dev.ar.jsonl), per document, then summed:
// - Events. A predicted event matches a gold event of the same document when one of
//   its evidence spans (the event's start/end, its sentence, and the sentences of its
//   "mentions" where the same incident is reported again) overlaps the gold
//   sentence_start/sentence_end. Matching is one-to-one and greedy over the overlapping
//   pairs, best first: same type and sub-type, then same type, then longer overlap, then
//   document order. event_recall = matched / gold events; event_precision = matched /
//   predicted events, where events predicted in documents of topic "other" (no events by
//   definition) and anywhere else without a gold partner count against it.
//   events_pred_vs_gold = predicted / gold events (1.0 is the right number of events).
// - Over matched pairs: type (event_type equal), sub_type (event_type and sub_event_type
//   equal), actor1 / actor2 (over pairs whose gold actor is not null: the predicted
//   actor's English name agrees with the gold's, see NamesAgree), place (over pairs whose
//   gold location resolves through the gazetteer: the predicted event's place within
//   161 km of it, or inside it when the gold names a whole country or province;
//   no predicted place is wrong; event_place_161km_strict: within 161 km only), date (over pairs whose gold has a date:
//   the same ISO day), fatalities (over pairs whose gold toll is not null: equal; a
//   predicted 0 for a gold null is not counted at all).
// - gold_location_unresolved: gold event locations that do not resolve (over all gold
//   events). A location string ("At Tawahi, Aden", "east of Baqubah", "northern Iraq")
//   is tried comma part by comma part, each without a parenthesis and without leading
//   direction words ("east of", "northern", "outskirts of"), the first gazetteer
//   posting (the index ranks them: countries, provinces, capitals … first) winning,
//   unless a later part resolves too (ResolveLocation).
// - Quantities: a predicted quantity (the number's span) matches a gold one when the
//   spans overlap (one-to-one, longer overlap first). quantity_recall = matched / gold;
//   over matched pairs: value (equal; a gold null, i.e. a vague plural, accepts ACLED's
//   convention by its qualifier: dozens 10 or 12 — العشرات is "tens" (10), "dozens" is
//   12 —, hundreds 100, thousands 1000, another qualifier any of these), qualifier
//   (approximately = about, dozens/hundreds = vague) and category (equal).
// - Actor mentions: a predicted actor mention matches a gold one when the spans overlap
//   (one-to-one). actor_mention_recall = matched / gold; actor_mention_precision =
//   matched / predicted, over the predicted mentions marked `belligerent` (the gold marks
//   belligerents only: armed groups and forces, protesters, and governments or agencies
//   only where they act); actor_mention_precision_all counts every predicted mention,
//   quoted media, monitors, victims and governments that only speak included;
//   actor_mention_name = matched pairs whose names agree.
//
// FA-KES set (fakes-dev.en.jsonl), one gold event per article:
// - Death toll, over articles whose gold toll nb_civilians + nb_noncivilians > 0:
//   toll_event = some predicted event's fatalities equals it; toll_quantity = the
//   article's largest predicted quantity of category "killed" equals it; toll_found =
//   toll_event or, failing that, toll_quantity. Each also within ±10% (_pm10).
//   toll_main_event: the main event's (below) fatalities equal it — stricter than
//   toll_event, which any of many predicted events can satisfy.
// - The article's main event is the first predicted event (by its first mention) that has
//   fatalities, else the first event (MainEvent). governorate = its place lies in the gold
//   governorate (the place's country is SY and its admin1 code is one the gold name
//   resolves to, see GovernorateCodes), over articles whose governorate resolves
//   (governorate_unresolved says how many do not); no predicted event is wrong.
// - cause_type: the main event's type against the cause of death, over articles whose
//   cause is not "unknown":
//     shelling → Explosions/Remote violence with sub-type Shelling/artillery/missile
//                attack or Air/drone strike
//     explosion → Explosions/Remote violence (any sub-type)
//     shooting → Battles or Violence against civilians
//     chemical and toxic gases → sub-type Chemical weapon
//     execution → Violence against civilians
//   cause_type_any: some predicted event of the article fits instead of the main one.
#include "marsad/eval_news.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "marsad/output.h"
#include "marsad/pipeline.h"
#include "marsad/json_read.h"
#include "marsad/geo.h"
#include "marsad/mapped_file.h"
#include "marsad/text.h"
#include "marsad/tsv.h"

namespace marsad::eval {
namespace {

using JVal = rapidjson::Value;

std::string Str(const JVal& v, const char* k) {
  if (!v.IsObject()) return {};
  auto it = v.FindMember(k);
  return it != v.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString(), it->value.GetStringLength())
                                                     : std::string();
}
uint32_t U32(const JVal& v, const char* k) {
  auto it = v.FindMember(k);
  return it != v.MemberEnd() && it->value.IsUint() ? it->value.GetUint() : 0;
}
std::optional<int64_t> OptInt(const JVal& v, const char* k) {
  auto it = v.FindMember(k);
  if (it == v.MemberEnd() || !it->value.IsNumber()) return std::nullopt;
  return static_cast<int64_t>(std::llround(it->value.GetDouble()));
}
const JVal* Arr(const JVal& v, const char* k) {
  auto it = v.FindMember(k);
  return it != v.MemberEnd() && it->value.IsArray() ? &it->value : nullptr;
}

uint32_t OverlapLen(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) {
  return std::min(a1, b1) > std::max(a0, b0) ? std::min(a1, b1) - std::max(a0, b0) : 0;
}

// "2015-07-25 10:33:47" → "2015-07-25"; "4/7/17" (FA-KES, m/d/yy) → "2017-04-07"; an
// unrecognized date is passed on as it is.
std::string IsoDay(const std::string& s) {
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-') return s.substr(0, 10);
  int m = 0, d = 0, y = 0;
  char tail = 0;
  if (std::sscanf(s.c_str(), "%d/%d/%d%c", &m, &d, &y, &tail) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
    if (y < 100) y += y < 70 ? 2000 : 1900;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
  }
  return s;
}

// First `n` code points of a UTF-8 string, newlines as spaces, "…" when cut.
std::string Clip(std::string_view s, size_t n = 90) {
  std::string out;
  size_t i = 0, cps = 0;
  while (i < s.size() && cps < n) {
    size_t start = i;
    text::NextCodePoint(s, i);
    std::string_view cp = s.substr(start, i - start);
    if (cp == "\n" || cp == "\r" || cp == "\t") out += ' '; else out += cp;
    ++cps;
  }
  if (i < s.size()) out += "…";
  return out;
}

// ---------------------------------------------------------------- actor names
// ACLED-style names compared after normalisation: ASCII lower case, apostrophes
// dropped, every other non-alphanumeric character a space, spaces collapsed
// ("Kurdistan Workers' Party (PKK)" = "Kurdistan Workers Party (PKK)", "Al-Qaeda" = "Al
// Qaeda").
std::string NormName(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (c == '\'') continue;
    if (std::isalnum(c) || c >= 0x80) {
      out += static_cast<char>(std::tolower(c));
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The gold spells a few actors more than one way; these are the same actor. This list
// is the only equivalence the scorer knows (everything else must be the same name):
// keep it to the gold's own variants.
const std::vector<std::vector<std::string>>& Equivalents() {
  static const std::vector<std::vector<std::string>> kSets = {
      {"popular resistance", "popular resistance yemen"},
      {"military forces of yemen saleh loyalists", "saleh loyalists", "saleh loyalist forces"},
      {"global coalition against daesh", "international coalition against isis", "us led coalition"},
  };
  return kSets;
}
std::string Canonical(const std::string& norm) {
  for (const auto& set : Equivalents())
    for (const auto& n : set)
      if (n == norm) return set.front();
  return norm;
}

// ACLED names unidentified perpetrators, civilians, protesters, rioters and tribal
// militias with the country in parentheses; marsad's dictionary has one generic row
// each, so the country is the event's.
bool IsGeneric(const std::string& norm) {
  static const std::set<std::string> kGeneric = {"unidentified armed group", "civilians", "civilians unspecified",
                                                 "protesters", "rioters", "tribal militias"};
  return kGeneric.count(norm) > 0;
}
// The normalized name with " <country>" added when it is generic, else the name.
std::string WithCountry(const std::string& norm, const std::string& country_name) {
  if (!IsGeneric(norm)) return norm;
  std::string base = norm == "civilians unspecified" ? "civilians" : norm;
  return country_name.empty() ? base : base + " " + NormName(country_name);
}

bool NamesAgree(const std::string& pred_name, const std::string& gold_name, const std::string& country_name) {
  if (pred_name.empty() || gold_name.empty()) return false;
  return Canonical(WithCountry(NormName(pred_name), country_name)) == Canonical(NormName(gold_name));
}

// ---------------------------------------------------------------- predictions
struct PActor {
  uint32_t start = 0, end = 0;
  std::string id, name, type;
};
struct PQuantity {
  uint32_t start = 0, end = 0;
  uint64_t value = 0;
  std::string qualifier, category, surface;
};
struct PEvent {
  uint32_t start = 0, end = 0;
  std::vector<std::pair<uint32_t, uint32_t>> mentions;  // every sentence reporting it (with start/end)
  std::string type, sub, actor1, actor2, date, evidence;
  uint64_t fatalities = 0;
  double confidence = 0;
  bool has_place = false;
  double lat = 0, lon = 0;
  std::string place_name, country, admin1;
};
struct PDoc {
  bool present = false;
  std::string error;
  std::vector<PActor> actors;      // the mentions marked belligerent (all, from an older output)
  std::vector<PActor> all_actors;  // every actor mention
  std::vector<PQuantity> quantities;
  std::vector<PEvent> events;
};

std::string ActorName(const JVal& e, const char* key, const events::Dictionaries& d) {
  auto it = e.FindMember(key);
  if (it == e.MemberEnd()) return {};
  if (it->value.IsObject()) return Str(it->value, "name");
  if (it->value.IsString()) {  // an actor id
    auto a = d.actor_by_id.find(it->value.GetString());
    return a == d.actor_by_id.end() ? std::string() : d.actors[a->second].name_en;
  }
  return {};
}

// One `marsad extract` JSON record → PDoc; a malformed record is an error.
Result<PDoc> ParsePred(std::string_view line, const events::Dictionaries& dicts) {
  rapidjson::Document d;
  d.Parse<marsad::json::kParseFlags>(line.data(), line.size());
  if (d.HasParseError() || !d.IsObject()) return InvalidInput("malformed JSON record");
  PDoc p;
  p.present = true;
  p.error = Str(d, "error");
  if (const JVal* a = Arr(d, "actors"))
    for (const auto& x : a->GetArray()) {
      p.all_actors.push_back({U32(x, "start"), U32(x, "end"), Str(x, "id"), Str(x, "name"), Str(x, "type")});
      auto b = x.FindMember("belligerent");
      // A state's adjective ("الغارات الإسرائيلية") names who struck, but the gold, like
      // the places' gold with demonyms, does not mark adjectives as mentions.
      auto adj = x.FindMember("adjective");
      const bool adjective = adj != x.MemberEnd() && adj->value.IsBool() && adj->value.GetBool();
      if ((b == x.MemberEnd() || !b->value.IsBool() || b->value.GetBool()) && !adjective)
        p.actors.push_back(p.all_actors.back());
    }
  if (const JVal* a = Arr(d, "quantities"))
    for (const auto& x : a->GetArray()) {
      PQuantity q{U32(x, "start"), U32(x, "end"), 0, Str(x, "qualifier"), Str(x, "category"), Str(x, "surface")};
      q.value = static_cast<uint64_t>(std::max<int64_t>(0, OptInt(x, "value").value_or(0)));
      p.quantities.push_back(std::move(q));
    }
  if (const JVal* a = Arr(d, "events"))
    for (const auto& x : a->GetArray()) {
      PEvent e;
      e.start = U32(x, "start");
      e.end = U32(x, "end");
      e.mentions.emplace_back(e.start, e.end);
      if (const JVal* ms = Arr(x, "mentions"))
        for (const auto& m : ms->GetArray())
          if (m.IsObject()) e.mentions.emplace_back(U32(m, "start"), U32(m, "end"));
      e.type = Str(x, "event_type");
      e.sub = Str(x, "sub_event_type");
      e.actor1 = ActorName(x, "actor1", dicts);
      e.actor2 = ActorName(x, "actor2", dicts);
      e.date = Str(x, "date");
      e.evidence = Str(x, "evidence");
      e.fatalities = static_cast<uint64_t>(std::max<int64_t>(0, OptInt(x, "fatalities").value_or(0)));
      if (auto c = x.FindMember("confidence"); c != x.MemberEnd() && c->value.IsNumber()) e.confidence = c->value.GetDouble();
      if (auto pl = x.FindMember("place"); pl != x.MemberEnd() && pl->value.IsObject()) {
        const JVal& v = pl->value;
        auto la = v.FindMember("lat"), lo = v.FindMember("lon");
        if (la != v.MemberEnd() && lo != v.MemberEnd() && la->value.IsNumber() && lo->value.IsNumber()) {
          e.has_place = true;
          e.lat = la->value.GetDouble();
          e.lon = lo->value.GetDouble();
        }
        e.place_name = Str(v, "name");
        e.country = Str(v, "country");
        e.admin1 = Str(v, "admin1");
      }
      p.events.push_back(std::move(e));
    }
  return p;
}

// ---------------------------------------------------------------- gold
struct GEvent {
  uint32_t start = 0, end = 0;
  std::string type, sub, actor1, actor2, location, date, evidence;
  std::optional<int64_t> fatalities;
};
struct GQuantity {
  uint32_t start = 0, end = 0;
  std::string surface, qualifier, category;
  std::optional<int64_t> value;
};
struct GActor {
  uint32_t start = 0, end = 0;
  std::string surface, actor;
};
struct GDoc {
  Document doc;
  std::string topic;
  std::vector<GEvent> events;
  std::vector<GQuantity> quantities;
  std::vector<GActor> actors;
  // FA-KES
  std::string governorate, cause;
  int64_t toll = 0;
};

Status ParseGoldLine(const JVal& d, EventsGoldKind kind, GDoc* g) {
  g->doc.id = Str(d, "id");
  g->doc.text = Str(d, "text");
  g->doc.lang = Str(d, "lang");
  if (g->doc.id.empty()) return InvalidInput("record without an id");
  if (kind == EventsGoldKind::kFakes) {
    g->doc.published = IsoDay(Str(d, "date"));
    auto ev = d.FindMember("event");
    if (ev == d.MemberEnd() || !ev->value.IsObject()) return InvalidInput("no \"event\" object");
    const JVal& e = ev->value;
    g->governorate = Str(e, "location_governorate");
    g->cause = Str(e, "cause_of_death");
    g->toll = OptInt(e, "nb_civilians").value_or(0) + OptInt(e, "nb_noncivilians").value_or(0);
    return Status::Ok();
  }
  g->doc.published = IsoDay(Str(d, "published"));
  g->topic = Str(d, "topic");
  if (const JVal* a = Arr(d, "events"))
    for (const auto& x : a->GetArray()) {
      GEvent e;
      e.start = U32(x, "sentence_start");
      e.end = U32(x, "sentence_end");
      e.type = Str(x, "event_type");
      e.sub = Str(x, "sub_event_type");
      if (e.type.empty()) {  // "Type / Sub-type"
        std::string t = Str(x, "type");
        size_t sl = t.find(" / ");
        e.type = t.substr(0, sl);
        if (sl != std::string::npos) e.sub = t.substr(sl + 3);
      }
      e.actor1 = Str(x, "actor1");
      e.actor2 = Str(x, "actor2");
      e.location = Str(x, "location");
      e.date = Str(x, "date");
      e.evidence = Str(x, "evidence");
      e.fatalities = OptInt(x, "fatalities");
      if (e.end <= e.start) return InvalidInput("event without sentence_start < sentence_end");
      g->events.push_back(std::move(e));
    }
  if (const JVal* a = Arr(d, "quantities"))
    for (const auto& x : a->GetArray())
      g->quantities.push_back({U32(x, "start"), U32(x, "end"), Str(x, "surface"), Str(x, "qualifier"),
                               Str(x, "category"), OptInt(x, "value")});
  if (const JVal* a = Arr(d, "actors"))
    for (const auto& x : a->GetArray()) g->actors.push_back({U32(x, "start"), U32(x, "end"), Str(x, "surface"), Str(x, "actor")});
  return Status::Ok();
}

// ---------------------------------------------------------------- gazetteer look-ups
struct GeoPoint {
  double lat = 0, lon = 0;
  std::string name, country, admin1;
  int level = 0;  // 2 country, 1 province (ADM1), 0 a place
};

// Leading words of a location that say where relative to the named place.
bool IsDirectionWord(std::string_view w) {
  static const std::set<std::string, std::less<>> kWords = {
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
      "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
      "southwestern", "central", "outskirts", "near", "of", "the", "countryside", "rural"};
  std::string lower;
  for (char c : w) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return kWords.count(lower) > 0;
}

// A gold location string → a gazetteer place. Parts are tried in order; when a later
// part also resolves ("Hadar, Quneitra"), the candidate of the first part nearest to it
// is taken if it lies within 161 km of it, else the later part itself (a village the
// index does not hold is better placed at its district than at a namesake elsewhere).
std::optional<GeoPoint> ResolveLocation(const gazetteer::Gazetteer& gaz, const std::string& location) {
  std::vector<std::span<const gazetteer::Posting>> found;
  for (auto part : Split(location, ',')) {
    std::string s;
    int depth = 0;
    for (char c : part) {  // drop "(…)"
      if (c == '(') ++depth;
      else if (c == ')') depth = std::max(0, depth - 1);
      else if (depth == 0) s += c;
    }
    std::string_view rest = Trim(s);
    for (;;) {
      size_t sp = rest.find(' ');
      if (sp == std::string_view::npos || !IsDirectionWord(rest.substr(0, sp))) break;
      rest = Trim(rest.substr(sp + 1));
    }
    if (rest.empty()) continue;
    auto postings = gaz.Lookup(text::NormalizeKey(rest));
    if (!postings.empty()) found.push_back(postings);
  }
  if (found.empty()) return std::nullopt;
  auto point = [&](uint32_t place) {
    auto p = gaz.Place(place);
    GeoPoint g{p.lat, p.lon, std::string(p.name_en.empty() ? p.name : p.name_en), std::string(p.country),
               std::string(p.admin1), 0};
    if (p.feature_class == 'A') g.level = p.feature_code.starts_with("PCL") ? 2 : p.feature_code == "ADM1" ? 1 : 0;
    return g;
  };
  GeoPoint first = point(found[0].front().place);
  if (found.size() == 1) return first;
  GeoPoint context = point(found[1].front().place);
  double best = 1e9;
  for (const auto& post : found[0]) {
    GeoPoint c = point(post.place);
    double km = geo::HaversineKm(c.lat, c.lon, context.lat, context.lon);
    if (km < best) best = km, first = c;
  }
  return best <= 161.0 ? first : context;
}

// Is a predicted place right for a gold location? Within 161 km; and where the gold is a
// whole country or province ("Yemen", "southeast Turkey", "Asir"), ACLED's region-level
// coding, any place inside it too.
bool PlaceAgrees(const GeoPoint& gold, const PEvent& e, double* km) {
  *km = e.has_place ? geo::HaversineKm(gold.lat, gold.lon, e.lat, e.lon) : -1;
  if (!e.has_place) return false;
  if (*km <= 161.0) return true;
  if (gold.level == 2) return e.country == gold.country;
  if (gold.level == 1) return e.country == gold.country && e.admin1 == gold.admin1;
  return false;
}

// Letters and digits of a key only ("deir ez zor" → "deirezzor").
std::string Squash(std::string_view key) {
  std::string out;
  for (char c : key)
    if (c != ' ' && c != '-') out += c;
  return out;
}

// Admin1 codes of Syria a FA-KES governorate name ("aleppo", "deir ezzor") stands for:
// the gazetteer's Syrian provinces (ADM1) and provincial capitals (PPLA, PPLC) of that
// name, or failing that whose name is the same without spaces and hyphens ("deir ezzor"
// = "Deir ez-Zor"). FA-KES has no Rif Dimashq governorate: its "damascus" takes in the
// Damascus countryside, so Rif Dimashq (08) counts for it too.
std::set<std::string> GovernorateCodes(const gazetteer::Gazetteer& gaz, const std::string& name) {
  std::set<std::string> codes;
  auto fits = [](const gazetteer::PlaceView& p) {
    if (p.country != "SY" || p.admin1.empty()) return false;
    bool province = p.feature_class == 'A' && p.feature_code == "ADM1";
    bool capital = p.feature_class == 'P' && (p.feature_code == "PPLA" || p.feature_code == "PPLC");
    return province || capital;
  };
  for (const auto& post : gaz.Lookup(text::NormalizeKey(name))) {
    auto p = gaz.Place(post.place);
    if (fits(p)) codes.insert(std::string(p.admin1));
  }
  if (codes.empty()) {
    const std::string want = Squash(text::NormalizeKey(name));
    for (uint32_t i = 0; i < gaz.size(); ++i) {
      auto p = gaz.Place(i);
      if (!fits(p)) continue;
      for (std::string_view n : {p.name, p.name_en})
        if (Squash(text::NormalizeKey(n)) == want) codes.insert(std::string(p.admin1));
    }
  }
  if (codes.count("13")) codes.insert("08");
  return codes;
}

std::string CountryName(const gazetteer::Gazetteer& gaz, const std::string& iso2) {
  if (iso2.empty()) return {};
  int64_t c = gaz.Country(iso2);
  if (c < 0) return {};
  auto p = gaz.Place(static_cast<uint32_t>(c));
  return std::string(p.name_en.empty() ? p.name : p.name_en);
}

// ---------------------------------------------------------------- metrics
struct Metric {
  std::string name;
  size_t n = 0, d = 0;
};

class Report {
 public:
  void Add(const std::string& name, size_t n, size_t d) { m_.push_back({name, n, d}); }
  static double Value(const Metric& m) { return m.d ? static_cast<double>(m.n) / static_cast<double>(m.d) : 0.0; }
  void Print(std::ostream& os, const std::string& header) const {
    os << "# " << header << "\n";
    for (const auto& m : m_) {
      char v[32];
      std::snprintf(v, sizeof v, "%.3f", Value(m));
      os << m.name << " " << v << " " << m.n << "/" << m.d << "\n";
    }
  }
  std::string Json(const std::string& file, const char* kind, size_t docs, size_t errors) const {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("file");
    w.String(file.c_str());
    w.Key("kind");
    w.String(kind);
    w.Key("documents");
    w.Uint64(docs);
    w.Key("extraction_errors");
    w.Uint64(errors);
    w.Key("metrics");
    w.StartObject();
    for (const auto& m : m_) {
      w.Key(m.name.c_str());
      w.StartObject();
      w.Key("value");
      w.Double(std::round(Value(m) * 1000) / 1000);
      w.Key("n");
      w.Uint64(m.n);
      w.Key("of");
      w.Uint64(m.d);
      w.EndObject();
    }
    w.EndObject();
    w.EndObject();
    return buf.GetString();
  }

 private:
  std::vector<Metric> m_;
};

// Greedy one-to-one matching over candidate pairs with a score (higher first; ties in
// gold then prediction order). Returns pred index per gold (-1: none).
std::vector<int> Greedy(size_t n_gold, size_t n_pred, const std::vector<std::tuple<int64_t, size_t, size_t>>& pairs) {
  auto sorted = pairs;
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) > std::get<0>(b);
    if (std::get<1>(a) != std::get<1>(b)) return std::get<1>(a) < std::get<1>(b);
    return std::get<2>(a) < std::get<2>(b);
  });
  std::vector<int> g2p(n_gold, -1);
  std::vector<char> used(n_pred, 0);
  for (const auto& [score, g, p] : sorted) {
    if (g2p[g] >= 0 || used[p]) continue;
    g2p[g] = static_cast<int>(p);
    used[p] = 1;
  }
  return g2p;
}

// One-to-one matching of gold and predicted spans (anything with start and end), longer
// overlap first: gold index -> predicted index or -1.
template <typename G, typename P>
std::vector<int> GreedyBySpan(const std::vector<G>& gold, const std::vector<P>& pred) {
  std::vector<std::tuple<int64_t, size_t, size_t>> pairs;
  for (size_t i = 0; i < gold.size(); ++i)
    for (size_t j = 0; j < pred.size(); ++j)
      if (uint32_t ov = OverlapLen(gold[i].start, gold[i].end, pred[j].start, pred[j].end)) pairs.emplace_back(ov, i, j);
  return Greedy(gold.size(), pred.size(), pairs);
}

// Does a predicted quantity's value fit a gold one (see the top of the file)?
bool ValueAgrees(const GQuantity& g, uint64_t v) {
  if (g.value) return static_cast<int64_t>(v) == *g.value;
  if (g.qualifier == "dozens") return v == 10 || v == 12;
  if (g.qualifier == "hundreds") return v == 100;
  if (g.qualifier == "thousands") return v == 1000;
  return v == 10 || v == 12 || v == 100 || v == 1000;
}
bool QualifierAgrees(const std::string& gold, const std::string& pred) {
  if (gold == "approximately") return pred == "about" || pred == "approximately";
  if (gold == "dozens" || gold == "hundreds" || gold == "thousands") return pred == "vague" || pred == gold;
  return gold == pred;
}

std::string Opt(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : "null"; }
std::string OrDash(const std::string& s) { return s.empty() ? "-" : s; }

// ---------------------------------------------------------------- predictions for gold
Result<std::vector<PDoc>> Predict(const Resources& res, const Extractor* ex, const std::vector<GDoc>& gold,
                                  const NewsEvalOptions& opt) {
  const auto& dicts = res.event_dicts;
  std::vector<PDoc> out(gold.size());
  if (!opt.pred.empty()) {
    // Ids may repeat (FA-KES has 9 twice): the k-th record of an id goes to the k-th gold
    // document of that id, as `marsad extract` writes them in input order.
    std::unordered_map<std::string, std::vector<size_t>> by_id;
    for (size_t i = 0; i < gold.size(); ++i) by_id[gold[i].doc.id].push_back(i);
    std::unordered_map<std::string, size_t> seen;
    for (const auto& path : opt.pred) {
      auto content = ReadFile(path);
      if (!content.ok()) return Status(content.status().code(), "cannot read predictions " + path + ": " + content.status().message());
      LineCursor lines(*content);
      std::string_view line;
      while (lines.Next(&line)) {
        if (LineCursor::Blank(line)) continue;
        rapidjson::Document d;
        d.Parse<marsad::json::kParseFlags>(line.data(), line.size());
        auto where = path + ":" + std::to_string(lines.line_no());
        if (d.HasParseError() || !d.IsObject()) return InvalidInput(where + ": malformed JSON");
        const std::string id = Str(d, "id");
        auto it = by_id.find(id);
        if (it == by_id.end()) continue;
        size_t k = seen[id]++;
        if (k >= it->second.size()) continue;
        auto p = ParsePred(line, dicts);
        if (!p.ok()) return InvalidInput(where + ": " + p.status().message());
        out[it->second[k]] = std::move(p).value();
      }
    }
    return out;
  }
  pipeline::ParallelFor(gold.size(), opt.threads, [&](size_t i) {
    auto x = ex->Extract(gold[i].doc);
    if (!x.ok()) {
      out[i].present = true;
      out[i].error = x.status().message();
      return;
    }
    auto p = ParsePred(output::JsonRecord(*x, res, ex->options()), dicts);
    if (p.ok()) {
      out[i] = std::move(p).value();
    } else {
      out[i].present = true;
      out[i].error = p.status().message();
    }
  });
  return out;
}

// ---------------------------------------------------------------- news set
void ScoreNews(const Resources& res, const std::vector<GDoc>& gold, const std::vector<PDoc>& pred,
               const NewsEvalOptions& opt, Report* rep, std::ostream& explain) {
  const auto& gaz = res.gazetteer;
  size_t g_events = 0, p_events = 0, p_other = 0, matched = 0, type_ok = 0, sub_ok = 0;
  size_t a1_n = 0, a1_ok = 0, a2_n = 0, a2_ok = 0, place_n = 0, place_ok = 0, place_strict = 0, loc_unresolved = 0;
  size_t date_n = 0, date_ok = 0, fat_n = 0, fat_ok = 0, fat_spurious = 0, fat_null = 0;
  size_t gq = 0, pq = 0, q_match = 0, q_value = 0, q_qual = 0, q_cat = 0;
  size_t ga = 0, pa = 0, pa_all = 0, a_match = 0, a_match_all = 0, a_name = 0;
  size_t docs_missing = 0;
  for (size_t di = 0; di < gold.size(); ++di) {
    const GDoc& g = gold[di];
    const PDoc& p = pred[di];
    docs_missing += !p.present;
    std::ostringstream doc_out;
    // Events.
    std::vector<std::tuple<int64_t, size_t, size_t>> pairs;
    for (size_t i = 0; i < g.events.size(); ++i)
      for (size_t j = 0; j < p.events.size(); ++j) {
        const auto& ge = g.events[i];
        const auto& pe = p.events[j];
        uint32_t ov = 0;
        for (const auto& [ms, me] : pe.mentions) ov = std::max(ov, OverlapLen(ge.start, ge.end, ms, me));
        if (!ov) continue;
        int64_t score = (ge.type == pe.type && ge.sub == pe.sub ? 2 : ge.type == pe.type ? 1 : 0) * (int64_t{1} << 40) + ov;
        pairs.emplace_back(score, i, j);
      }
    auto g2p = Greedy(g.events.size(), p.events.size(), pairs);
    std::vector<char> p_matched(p.events.size(), 0);
    g_events += g.events.size();
    p_events += p.events.size();
    if (g.topic == "other") p_other += p.events.size();
    for (size_t i = 0; i < g.events.size(); ++i) {
      const GEvent& ge = g.events[i];
      auto loc = ResolveLocation(gaz, ge.location);
      loc_unresolved += !loc;
      std::string gdesc = "[" + std::to_string(ge.start) + "," + std::to_string(ge.end) + ") " + ge.type + " / " +
                          ge.sub + " | " + OrDash(ge.actor1) + " -> " + OrDash(ge.actor2) + " | " + ge.location +
                          " | " + OrDash(ge.date) + " | fatalities " + Opt(ge.fatalities);
      if (g2p[i] < 0) {
        doc_out << "  missed event " << gdesc << " «" << Clip(ge.evidence) << "»\n";
        continue;
      }
      const PEvent& pe = p.events[g2p[i]];
      p_matched[g2p[i]] = 1;
      ++matched;
      std::vector<std::string> wrong;
      type_ok += pe.type == ge.type;
      bool sub = pe.type == ge.type && pe.sub == ge.sub;
      sub_ok += sub;
      if (!sub) wrong.push_back("type " + OrDash(pe.type) + " / " + OrDash(pe.sub));
      const std::string country = CountryName(gaz, pe.country);
      if (!ge.actor1.empty()) {
        ++a1_n;
        bool ok = NamesAgree(pe.actor1, ge.actor1, country);
        a1_ok += ok;
        if (!ok) wrong.push_back("actor1 " + OrDash(pe.actor1));
      }
      if (!ge.actor2.empty()) {
        ++a2_n;
        bool ok = NamesAgree(pe.actor2, ge.actor2, country);
        a2_ok += ok;
        if (!ok) wrong.push_back("actor2 " + OrDash(pe.actor2));
      }
      if (loc) {
        ++place_n;
        double km = -1;
        bool ok = PlaceAgrees(*loc, pe, &km);
        place_ok += ok;
        place_strict += km >= 0 && km <= 161.0;
        if (!ok) {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%.0f", km);
          wrong.push_back("place " + (pe.has_place ? pe.place_name + " (" + buf + " km from " + loc->name + ")" : "none"));
        }
      }
      if (!ge.date.empty()) {
        ++date_n;
        bool ok = IsoDay(pe.date) == IsoDay(ge.date);
        date_ok += ok;
        if (!ok) wrong.push_back("date " + OrDash(pe.date));
      }
      if (ge.fatalities) {
        ++fat_n;
        bool ok = static_cast<int64_t>(pe.fatalities) == *ge.fatalities;
        fat_ok += ok;
        if (!ok) wrong.push_back("fatalities " + std::to_string(pe.fatalities));
      } else {
        ++fat_null;
        if (pe.fatalities > 0) {
          ++fat_spurious;
          wrong.push_back("fatalities " + std::to_string(pe.fatalities) + " (gold null)");
        }
      }
      if (!wrong.empty()) {
        doc_out << "  matched event " << gdesc << "\n    predicted [" << pe.start << "," << pe.end << ") wrong:";
        for (size_t k = 0; k < wrong.size(); ++k) doc_out << (k ? ";" : "") << " " << wrong[k];
        doc_out << "\n";
      }
    }
    for (size_t j = 0; j < p.events.size(); ++j) {
      if (p_matched[j]) continue;
      const PEvent& pe = p.events[j];
      doc_out << "  spurious event [" << pe.start << "," << pe.end << ") " << pe.type << " / " << pe.sub << " | "
              << OrDash(pe.actor1) << " -> " << OrDash(pe.actor2) << " | " << OrDash(pe.place_name) << " | "
              << OrDash(pe.date) << " | fatalities " << pe.fatalities << " «" << Clip(pe.evidence) << "»\n";
    }
    // Quantities.
    g2p = GreedyBySpan(g.quantities, p.quantities);
    gq += g.quantities.size();
    pq += p.quantities.size();
    std::vector<char> q_used(p.quantities.size(), 0);
    for (size_t i = 0; i < g.quantities.size(); ++i) {
      const GQuantity& q = g.quantities[i];
      std::string gdesc = "[" + std::to_string(q.start) + "," + std::to_string(q.end) + ") " + q.surface + " = " +
                          Opt(q.value) + " " + q.qualifier + " " + q.category;
      if (g2p[i] < 0) {
        doc_out << "  missed quantity " << gdesc << "\n";
        continue;
      }
      const PQuantity& pqi = p.quantities[g2p[i]];
      q_used[g2p[i]] = 1;
      ++q_match;
      bool v = ValueAgrees(q, pqi.value), ql = QualifierAgrees(q.qualifier, pqi.qualifier), c = q.category == pqi.category;
      q_value += v;
      q_qual += ql;
      q_cat += c;
      if (!v || !ql || !c)
        doc_out << "  matched quantity " << gdesc << ": predicted " << pqi.value << " " << pqi.qualifier << " "
                << pqi.category << "\n";
    }
    for (size_t j = 0; j < p.quantities.size(); ++j)
      if (!q_used[j]) {
        const auto& x = p.quantities[j];
        doc_out << "  spurious quantity [" << x.start << "," << x.end << ") " << x.surface << " = " << x.value << " "
                << x.qualifier << " " << x.category << "\n";
      }
    // Actor mentions.
    g2p = GreedyBySpan(g.actors, p.actors);
    ga += g.actors.size();
    pa += p.actors.size();
    std::vector<char> a_used(p.actors.size(), 0);
    for (int k : GreedyBySpan(g.actors, p.all_actors)) a_match_all += k >= 0;  // belligerent or not
    pa_all += p.all_actors.size();
    for (size_t i = 0; i < g.actors.size(); ++i) {
      const GActor& a = g.actors[i];
      if (g2p[i] < 0) {
        doc_out << "  missed actor [" << a.start << "," << a.end << ") " << a.surface << " = " << a.actor << "\n";
        continue;
      }
      const PActor& x = p.actors[g2p[i]];
      a_used[g2p[i]] = 1;
      ++a_match;
      // A generic predicted name (Civilians, Unidentified armed group) agrees with the
      // gold's name for any country: a mention has no event to take a country from.
      std::string gname = a.actor;
      if (size_t par = gname.find(" ("); par != std::string::npos && IsGeneric(NormName(x.name)))
        gname = gname.substr(0, par);
      bool ok = NamesAgree(x.name, gname, "");
      a_name += ok;
      if (!ok)
        doc_out << "  matched actor [" << a.start << "," << a.end << ") " << a.surface << " = " << a.actor
                << ": predicted " << OrDash(x.name) << "\n";
    }
    for (size_t j = 0; j < p.actors.size(); ++j)
      if (!a_used[j]) {
        const auto& x = p.actors[j];
        doc_out << "  spurious actor [" << x.start << "," << x.end << ") " << x.name << " (" << x.type << ")\n";
      }
    std::string body = doc_out.str();
    if (opt.explain && (!body.empty() || !p.error.empty()))
      explain << "doc " << g.doc.id << " (" << OrDash(g.topic) << "): gold events " << g.events.size() << ", predicted "
              << p.events.size() << (p.error.empty() ? "" : ", ERROR " + p.error)
              << (p.present ? "" : ", NO PREDICTION") << "\n"
              << body;
  }
  rep->Add("event_recall", matched, g_events);
  rep->Add("event_precision", matched, p_events);
  rep->Add("events_pred_vs_gold", p_events, g_events);
  rep->Add("events_pred_in_other_topic", p_other, p_events);
  rep->Add("event_type", type_ok, matched);
  rep->Add("event_sub_type", sub_ok, matched);
  rep->Add("event_actor1", a1_ok, a1_n);
  rep->Add("event_actor2", a2_ok, a2_n);
  rep->Add("event_place_161km", place_ok, place_n);
  rep->Add("event_place_161km_strict", place_strict, place_n);
  rep->Add("gold_location_unresolved", loc_unresolved, g_events);
  rep->Add("event_date", date_ok, date_n);
  rep->Add("event_fatalities", fat_ok, fat_n);
  rep->Add("event_fatalities_where_gold_null", fat_spurious, fat_null);
  rep->Add("quantity_recall", q_match, gq);
  rep->Add("quantity_precision", q_match, pq);
  rep->Add("quantity_value", q_value, q_match);
  rep->Add("quantity_qualifier", q_qual, q_match);
  rep->Add("quantity_category", q_cat, q_match);
  rep->Add("actor_mention_recall", a_match, ga);
  rep->Add("actor_mention_precision", a_match, pa);
  rep->Add("actor_mention_precision_all", a_match_all, pa_all);
  rep->Add("actor_mention_name", a_name, a_match);
  rep->Add("documents_without_prediction", docs_missing, gold.size());
}

// ---------------------------------------------------------------- FA-KES
bool CauseFits(const std::string& cause, const PEvent& e) {
  if (cause == "shelling")
    return e.type == "Explosions/Remote violence" &&
           (e.sub == "Shelling/artillery/missile attack" || e.sub == "Air/drone strike");
  if (cause == "explosion") return e.type == "Explosions/Remote violence";
  if (cause == "shooting") return e.type == "Battles" || e.type == "Violence against civilians";
  if (cause.starts_with("chemical")) return e.sub == "Chemical weapon";
  if (cause == "execution") return e.type == "Violence against civilians";
  return false;
}

bool Within10(uint64_t v, int64_t gold) {
  double g = static_cast<double>(gold);
  return v > 0 && std::fabs(static_cast<double>(v) - g) <= 0.1 * g;
}

// The article's main event: news leads with it, so the first event (by its first mention)
// that reports deaths, else the first event. (Until 2026-12-03 it was the event with the
// most deaths, which picks a recap's larger toll — "troops had executed 48 people earlier
// this week" under a headline about a bombing that killed 4.)
const PEvent* MainEvent(const std::vector<PEvent>& events) {
  auto first_mention = [](const PEvent& e) {
    uint32_t f = e.start;
    for (const auto& m : e.mentions) f = std::min(f, m.first);
    return f;
  };
  const PEvent* main = nullptr;
  for (bool need_toll : {true, false}) {
    for (const auto& e : events)
      if ((!need_toll || e.fatalities > 0) && (!main || first_mention(e) < first_mention(*main))) main = &e;
    if (main) break;
  }
  return main;
}

void ScoreFakes(const Resources& res, const std::vector<GDoc>& gold, const std::vector<PDoc>& pred,
                const NewsEvalOptions& opt, Report* rep, std::ostream& explain) {
  const auto& gaz = res.gazetteer;
  size_t toll_n = 0, t_ev = 0, t_q = 0, t_any = 0, t_ev10 = 0, t_q10 = 0, t_any10 = 0, t_main = 0;
  size_t gov_n = 0, gov_ok = 0, gov_unresolved = 0, cause_n = 0, cause_ok = 0, cause_any = 0;
  size_t docs_missing = 0, with_event = 0;
  std::map<std::string, std::set<std::string>> gov_cache;
  for (size_t di = 0; di < gold.size(); ++di) {
    const GDoc& g = gold[di];
    const PDoc& p = pred[di];
    docs_missing += !p.present;
    with_event += !p.events.empty();
    std::vector<std::string> wrong;
    const PEvent* main = MainEvent(p.events);
    uint64_t max_killed = 0;
    for (const auto& q : p.quantities)
      if (q.category == "killed") max_killed = std::max(max_killed, q.value);
    if (g.toll > 0) {
      ++toll_n;
      bool ev = false, ev10 = false;
      for (const auto& e : p.events) {
        ev |= static_cast<int64_t>(e.fatalities) == g.toll;
        ev10 |= Within10(e.fatalities, g.toll);
      }
      bool q = static_cast<int64_t>(max_killed) == g.toll, q10 = Within10(max_killed, g.toll);
      t_ev += ev;
      t_ev10 += ev10;
      t_q += q;
      t_q10 += q10;
      t_any += ev || q;
      t_main += main && static_cast<int64_t>(main->fatalities) == g.toll;
      t_any10 += ev10 || q10;
      if (!ev && !q) {
        std::string fs;
        for (const auto& e : p.events) fs += (fs.empty() ? "" : ",") + std::to_string(e.fatalities);
        wrong.push_back("toll " + std::to_string(g.toll) + ": events [" + fs + "], largest killed " +
                        std::to_string(max_killed));
      }
    }
    if (!g.governorate.empty()) {
      auto it = gov_cache.find(g.governorate);
      if (it == gov_cache.end()) it = gov_cache.emplace(g.governorate, GovernorateCodes(gaz, g.governorate)).first;
      if (it->second.empty()) {
        ++gov_unresolved;
      } else {
        ++gov_n;
        bool ok = main && main->country == "SY" && it->second.count(main->admin1);
        gov_ok += ok;
        if (!ok)
          wrong.push_back("governorate " + g.governorate + ": " +
                          (main ? OrDash(main->place_name) + " (" + OrDash(main->country) + " " + OrDash(main->admin1) + ")"
                                : std::string("no event")));
      }
    }
    if (!g.cause.empty() && g.cause != "unknown") {
      ++cause_n;
      bool ok = main && CauseFits(g.cause, *main);
      bool any = false;
      for (const auto& e : p.events) any |= CauseFits(g.cause, e);
      cause_ok += ok;
      cause_any += any;
      if (!ok)
        wrong.push_back("cause " + g.cause + ": " + (main ? OrDash(main->type) + " / " + OrDash(main->sub) : std::string("no event")));
    }
    if (opt.explain && (!wrong.empty() || !p.error.empty())) {
      explain << "doc " << g.doc.id << ": predicted events " << p.events.size()
              << (p.error.empty() ? "" : ", ERROR " + p.error) << (p.present ? "" : ", NO PREDICTION") << "\n";
      for (const auto& w : wrong) explain << "  " << w << "\n";
    }
  }
  rep->Add("toll_event", t_ev, toll_n);
  rep->Add("toll_quantity", t_q, toll_n);
  rep->Add("toll_found", t_any, toll_n);
  rep->Add("toll_event_pm10", t_ev10, toll_n);
  rep->Add("toll_quantity_pm10", t_q10, toll_n);
  rep->Add("toll_found_pm10", t_any10, toll_n);
  rep->Add("toll_main_event", t_main, toll_n);
  rep->Add("governorate", gov_ok, gov_n);
  rep->Add("governorate_unresolved", gov_unresolved, gov_unresolved + gov_n);
  rep->Add("cause_type", cause_ok, cause_n);
  rep->Add("cause_type_any", cause_any, cause_n);
  rep->Add("documents_with_event", with_event, gold.size());
  rep->Add("documents_without_prediction", docs_missing, gold.size());
}

}  // namespace

EventsGoldKind ClassifyEventsGold(std::string_view json_object) {
  rapidjson::Document d;
  d.Parse<marsad::json::kParseFlags>(json_object.data(), json_object.size());
  if (d.HasParseError() || !d.IsObject()) return EventsGoldKind::kGsr;
  if (auto e = d.FindMember("event"); e != d.MemberEnd() && e->value.IsObject()) return EventsGoldKind::kFakes;
  if (!Arr(d, "quantities")) return EventsGoldKind::kGsr;
  if (d.HasMember("topic")) return EventsGoldKind::kNews;
  if (const JVal* ev = Arr(d, "events"))
    for (const auto& e : ev->GetArray())
      if (e.IsObject() && e.HasMember("sentence_start")) return EventsGoldKind::kNews;
  return EventsGoldKind::kArticle;
}

Status EvalNewsFile(const Resources& res, const Extractor* ex, const std::string& path, std::string_view content,
                    EventsGoldKind kind, const NewsEvalOptions& opt) {
  std::vector<GDoc> gold;
  LineCursor lines(content);
  std::string_view line;
  while ((opt.limit == 0 || gold.size() < opt.limit) && lines.Next(&line)) {
    if (LineCursor::Blank(line)) continue;
    rapidjson::Document d;
    d.Parse<marsad::json::kParseFlags>(line.data(), line.size());
    std::string where = path + ":" + std::to_string(lines.line_no());
    if (d.HasParseError() || !d.IsObject()) return InvalidInput(where + ": malformed JSON");
    GDoc g;
    if (Status s = ParseGoldLine(d, kind, &g); !s.ok()) return InvalidInput(where + ": " + s.message());
    // The document as `marsad extract` reads the same line (publication date fields and
    // formats, title …), so scoring in process and scoring --pred output agree.
    if (auto doc = ParseJsonDocument(line, path, lines.line_no()); doc.ok()) {
      std::string fallback = g.doc.published;
      g.doc = std::move(doc).value();
      if (g.doc.published.empty()) g.doc.published = fallback;
    }
    g.doc.source = path;
    g.doc.line = lines.line_no();
    gold.push_back(std::move(g));
  }
  auto pred = Predict(res, ex, gold, opt);
  if (!pred.ok()) return pred.status();
  size_t errors = 0;
  for (auto& p : *pred) {
    errors += !p.error.empty();
    if (opt.min_confidence > 0)
      std::erase_if(p.events, [&](const PEvent& e) { return e.confidence < opt.min_confidence; });
  }
  Report rep;
  std::ostream& explain = opt.json ? std::cerr : std::cout;
  const char* kind_name = kind == EventsGoldKind::kFakes ? "fakes" : "news";
  if (kind == EventsGoldKind::kFakes) {
    ScoreFakes(res, gold, *pred, opt, &rep, explain);
  } else {
    ScoreNews(res, gold, *pred, opt, &rep, explain);
  }
  if (opt.json) {
    std::cout << rep.Json(path, kind_name, gold.size(), errors) << "\n";
  } else {
    size_t other = 0;
    for (const auto& g : gold) other += g.topic == "other";
    std::string header = path + ": " + kind_name + " gold, " + std::to_string(gold.size()) + " documents";
    if (kind == EventsGoldKind::kNews) header += " (" + std::to_string(other) + " of topic other)";
    header += ", extraction errors " + std::to_string(errors);
    if (opt.min_confidence > 0) {
      char c[32];
      std::snprintf(c, sizeof c, "%.3g", opt.min_confidence);
      header += std::string(", events of confidence >= ") + c;
    }
    rep.Print(std::cout, header);
  }
  return Status::Ok();
}

}  // namespace marsad::eval
