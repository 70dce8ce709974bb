// The terminal view of JSON records (`marsad show`, `extract --summary`; marsad/output.h):
// places with their resolution, events as ACLED-style lines, counts and dates, cut to the
// terminal's width. Text stays in logical order (the terminal's bidi, if any, orders it);
// Arabic goes last on a line so that it cannot reorder the columns before it.
#include <rapidjson/document.h>

#include <algorithm>
#include <cstdio>
#include <map>

#include "marsad/output.h"

namespace marsad::output {
namespace {

using Value = rapidjson::Value;

std::string_view Str(const Value& o, const char* key) {
  auto it = o.FindMember(key);
  if (it == o.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

double Num(const Value& o, const char* key, double dflt = 0) {
  auto it = o.FindMember(key);
  return it != o.MemberEnd() && it->value.IsNumber() ? it->value.GetDouble() : dflt;
}

bool Has(const Value& o, const char* key) {
  auto it = o.FindMember(key);
  return it != o.MemberEnd() && !it->value.IsNull();
}

const Value* Array(const Value& o, const char* key) {
  auto it = o.FindMember(key);
  return it != o.MemberEnd() && it->value.IsArray() ? &it->value : nullptr;
}

size_t Count(const Value& o, const char* key) {
  const Value* a = Array(o, key);
  return a ? a->Size() : 0;
}

// Columns a code point takes in a terminal: 0 for combining marks (Arabic harakat) and
// format controls, 2 for East Asian wide characters, else 1.
int CodePointWidth(uint32_t c) {
  if ((c >= 0x300 && c <= 0x36F) || (c >= 0x610 && c <= 0x61A) || (c >= 0x64B && c <= 0x65F) || c == 0x670 ||
      (c >= 0x6D6 && c <= 0x6ED && c != 0x6DD && c != 0x6DE && c != 0x6E5 && c != 0x6E6 && c != 0x6E9) ||
      (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
      (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF)
    return 0;
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) ||
      (c >= 0x20000 && c <= 0x3FFFD))
    return 2;
  return 1;
}

// The next code point of valid UTF-8 at s[*i] (our own records are valid UTF-8).
uint32_t Next(std::string_view s, size_t* i) {
  auto b = static_cast<unsigned char>(s[*i]);
  int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  uint32_t c = n == 1 ? b : b & (0x3F >> (n - 1));
  for (int k = 1; k < n && *i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += static_cast<size_t>(n);
  return c;
}

int Width(std::string_view s) {
  int w = 0;
  for (size_t i = 0; i < s.size();) w += CodePointWidth(Next(s, &i));
  return w;
}

// s cut to `width` columns, ending in "…" when cut; newlines and tabs become spaces.
std::string Fit(std::string_view s, int width) {
  std::string out;
  int w = 0;
  const bool cut = Width(s) > width;
  const int room = cut ? width - 1 : width;
  for (size_t i = 0; i < s.size();) {
    size_t from = i;
    uint32_t c = Next(s, &i);
    int cw = CodePointWidth(c);
    if (w + cw > room) break;
    w += cw;
    if (c == '\n' || c == '\t' || c == '\r') out += ' ';
    else out.append(s.substr(from, i - from));
  }
  if (cut) out += "…";
  return out;
}

std::string Pad(std::string_view s, int width) {
  std::string out = Fit(s, width);
  out.append(static_cast<size_t>(std::max(0, width - Width(out))), ' ');
  return out;
}

std::string Fmt(const char* f, double v) {
  char b[64];
  std::snprintf(b, sizeof b, f, v);
  return b;
}

class View {
 public:
  View(const Value& rec, int width, SummaryTotals* totals) : r_(rec), width_(std::max(40, width)), t_(totals) {}

  std::string Render() {
    Header();
    Places();
    Events();
    Counts();
    Dates();
    return std::move(out_);
  }

 private:
  void Line(std::string_view s) { (out_ += Fit(s, width_)) += '\n'; }

  void Header() {
    std::string head = "── " + std::string(Str(r_, "id"));
    for (const char* k : {"lang", "published"})
      if (!Str(r_, k).empty()) head += " · " + std::string(Str(r_, k));
    head += " ";
    head.append(static_cast<size_t>(std::max(0, width_ - Width(head))), '-');
    Line(head);
    if (!Str(r_, "url").empty()) Line("   " + std::string(Str(r_, "url")));
    std::string n = "   " + std::to_string(Count(r_, "places")) + " place mentions";
    if (Array(r_, "events") != nullptr) {
      n += " · " + std::to_string(Count(r_, "events")) + " events · " + std::to_string(Count(r_, "actors")) +
           " actor mentions · " + std::to_string(Count(r_, "quantities")) + " counts · " + std::to_string(Count(r_, "dates")) +
           " dates";
    }
    Line(n);
    if (const Value* e = Array(r_, "errors"))
      for (const auto& w : e->GetArray())
        if (w.IsString()) Line(std::string("   warning: ") + w.GetString());
  }

  // One line per resolved place (the mentions of one place together), in order of first
  // mention: name, feature, country-admin1, point, best confidence, ×mentions, surfaces.
  void Places() {
    const Value* ps = Array(r_, "places");
    if (ps == nullptr || ps->Empty()) return;
    struct Group {
      const Value* first;
      int mentions = 0;
      double confidence = 0;
      std::vector<std::string> surfaces;
    };
    std::vector<Group> groups;
    std::map<std::string, size_t> by_key;
    size_t unresolved = 0;
    for (const auto& p : ps->GetArray()) {
      if (!p.IsObject()) continue;
      if (!Has(p, "lat")) ++unresolved;
      std::string key = Has(p, "geonameid") ? std::to_string(static_cast<long>(Num(p, "geonameid")))
                        : Has(p, "marsad_id") ? std::to_string(static_cast<long>(Num(p, "marsad_id")))
                                              : std::string(Str(p, "surface")) + Fmt("@%.3f", Num(p, "lat"));
      auto [it, added] = by_key.emplace(key, groups.size());
      if (added) groups.push_back(Group{&p, 0, 0, {}});
      Group& g = groups[it->second];
      ++g.mentions;
      g.confidence = std::max(g.confidence, Num(p, "confidence"));
      std::string s(Str(p, "surface"));
      if (std::find(g.surfaces.begin(), g.surfaces.end(), s) == g.surfaces.end()) g.surfaces.push_back(s);
    }
    Line("Places" + (unresolved ? " (" + std::to_string(unresolved) + " not located)" : std::string()));
    for (const Group& g : groups) Line(PlaceLine(*g.first, g.mentions, g.confidence, g.surfaces));
    if (t_) t_->places += ps->Size();
  }

  std::string PlaceLine(const Value& p, int mentions, double confidence, const std::vector<std::string>& surfaces) {
    std::string feature, where;
    if (!Str(p, "feature_class").empty())
      feature = std::string(Str(p, "feature_class")) + "." + std::string(Str(p, "feature_code"));
    std::string name(Str(p, "name"));
    if (auto rel = p.FindMember("relation"); rel != p.MemberEnd() && rel->value.IsObject()) {
      feature = Str(rel->value, "kind");
      if (auto an = rel->value.FindMember("anchor"); an != rel->value.MemberEnd() && an->value.IsObject())
        name += " ~ " + std::string(Str(an->value, "name"));
    }
    where = std::string(Str(p, "country"));
    if (!Str(p, "admin1").empty() && Str(p, "admin1") != "00") where += "-" + std::string(Str(p, "admin1"));
    std::string point = Has(p, "lat") ? Fmt("%8.3f", Num(p, "lat")) + Fmt(" %8.3f", Num(p, "lon")) : "  not located    ";
    if (p.HasMember("in_name")) name += " (in a name)";
    std::string line = "  " + Pad(name, 22) + " " + Pad(feature, 8) + " " + Pad(where, 5) + " " + point +
                       Fmt(" %4.2f", confidence) + Pad(" ×" + std::to_string(mentions), 5) + " ";
    for (size_t i = 0; i < surfaces.size(); ++i) line += (i ? "، " : "") + surfaces[i];
    return line;
  }

  // An event's actor: {"id","name",...} (an id string in older records), or "—".
  static std::string ActorName(const Value& a) {
    if (a.IsObject()) return std::string(!Str(a, "name").empty() ? Str(a, "name") : Str(a, "id"));
    if (a.IsString()) return a.GetString();
    return "—";
  }

  // ACLED-style: date, type · sub-type, toll; then actor 1 vs actor 2 @ place; then the
  // source and the evidence sentence.
  void Events() {
    const Value* es = Array(r_, "events");
    if (es == nullptr || es->Empty()) return;
    Line("Events");
    const std::string source(!Str(r_, "url").empty() ? Str(r_, "url") : Str(r_, "id"));
    for (const auto& e : es->GetArray()) {
      if (!e.IsObject()) continue;
      std::string date(Str(e, "date"));
      if (date.empty()) date = "(no date)";
      if (Str(e, "date_source") == "published") date += "*";
      long toll = Has(e, "fatalities") ? static_cast<long>(Num(e, "fatalities")) : 0;
      std::string first = "  " + Pad(date, 11) + " " + std::string(Str(e, "event_type")) + " · " +
                          std::string(Str(e, "sub_event_type")) + (toll > 0 ? " · " + std::to_string(toll) + " killed" : "");
      Line(first);
      std::string place = "(no place)";
      if (auto pl = e.FindMember("place"); pl != e.MemberEnd() && pl->value.IsObject()) {
        place = std::string(Str(pl->value, "name"));
        if (!Str(pl->value, "country").empty()) place += ", " + std::string(Str(pl->value, "country"));
      }
      const Value null_value;
      auto actor = [&](const char* k) { return ActorName(e.HasMember(k) ? e[k] : null_value); };
      Line("             " + actor("actor1") + " vs " + actor("actor2") + " @ " + place);
      std::string ev;
      if (auto evd = e.FindMember("evidence"); evd != e.MemberEnd())
        ev = evd->value.IsString() ? evd->value.GetString() : std::string(Str(evd->value, "surface"));
      Line("             " + source + " «" + ev + "»");
      if (t_) {
        t_->fatalities += toll;
        if (!Str(e, "date").empty()) t_->Date(std::string(Str(e, "date")));
        ++t_->event_types[std::string(Str(e, "event_type"))];
      }
    }
    if (t_) t_->events += es->Size();
  }

  void Counts() {
    const Value* qs = Array(r_, "quantities");
    if (qs == nullptr || qs->Empty()) return;
    Line("Counts");
    for (const auto& q : qs->GetArray()) {
      if (!q.IsObject()) continue;
      std::string qual(Str(q, "qualifier"));
      std::string line = "  " + Pad(Fmt("%.0f", Num(q, "value")), 7) + " " + Pad(Str(q, "category"), 10) + " " +
                         Pad(qual == "exact" ? "" : qual, 10) + (q.HasMember("cumulative") ? " total " : " ");
      std::string phrase(Str(q, "phrase"));
      Line(line + (phrase.empty() ? std::string(Str(q, "surface")) : phrase));
    }
  }

  void Dates() {
    const Value* ds = Array(r_, "dates");
    if (ds == nullptr || ds->Empty()) return;
    Line("Dates");
    for (const auto& d : ds->GetArray()) {
      if (!d.IsObject()) continue;
      std::string date = Has(d, "date") ? std::string(Str(d, "date")) : "(no anchor)";
      Line("  " + Pad(date, 11) + " " + Pad(Str(d, "precision"), 6) + " " + Pad(Str(d, "kind"), 9) + " " +
           std::string(Str(d, "surface")));
    }
  }

  const Value& r_;
  const int width_;
  SummaryTotals* t_;
  std::string out_;
};

}  // namespace

void SummaryTotals::Date(const std::string& d) {
  if (first_date.empty() || d < first_date) first_date = d;
  if (last_date.empty() || d > last_date) last_date = d;
}

Result<std::string> SummaryText(std::string_view record, int width, SummaryTotals* totals) {
  rapidjson::Document doc;
  doc.Parse(record.data(), record.size());
  if (doc.HasParseError() || !doc.IsObject()) return InvalidInput("not a JSON object");
  if (!doc.HasMember("places") && !doc.HasMember("error"))
    return InvalidInput("not a marsad record (no \"places\" and no \"error\"): `marsad show` reads the JSON lines of "
                        "`marsad extract` (--format json)");
  if (totals) ++totals->docs;
  if (doc.HasMember("error")) {
    if (totals) ++totals->errors;
    return "── " + Fit(Str(doc, "id"), width - 3) + "\n   error: " + Fit(Str(doc, "error"), width - 10) + "\n";
  }
  return View(doc, width, totals).Render();
}

std::string SummaryFooter(const SummaryTotals& t, int width) {
  std::string out = "── " + std::to_string(t.docs) + " documents";
  if (t.errors) out += " (" + std::to_string(t.errors) + " errors)";
  out += ": " + std::to_string(t.places) + " places, " + std::to_string(t.events) + " events, " +
         std::to_string(t.fatalities) + " killed";
  out = Fit(out, width) + "\n";
  if (!t.first_date.empty()) out += Fit("   event dates " + t.first_date + " … " + t.last_date, width) + "\n";
  std::vector<std::pair<size_t, std::string>> types;
  for (const auto& [type, n] : t.event_types) types.emplace_back(n, type);
  std::sort(types.begin(), types.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [n, type] : types) out += Fit("   " + Pad(std::to_string(n), 6) + " " + type, width) + "\n";
  return out;
}

}  // namespace marsad::output
