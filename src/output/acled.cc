// ACLED-compatible CSV rows (RFC 4180): one row per event, `notes` = the English note
// (notes.cc), the evidence sentence in the extra last column (marsad/output.h).
#include <algorithm>
#include <cstdio>

#include "marsad/output.h"

namespace marsad::output {
namespace {

using events::ActorInfo;
using events::Dictionaries;
using events::EventResult;

// A stable number for an incident of a document: FNV-1a over the document id, the trigger's
// offset, the sub-event type and the place (one trigger reports an event at each place
// joined by "و"), so a re-run gives the same id and no path leaks into it.
std::string IncidentNumber(std::string_view doc_id, const events::Event& e) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](std::string_view s) {
    for (unsigned char ch : s) h = (h ^ ch) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;
  };
  mix(doc_id);
  mix(std::to_string(e.trigger_start));
  mix(e.sub_event_type);
  mix(std::to_string(e.place));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%010llu", static_cast<unsigned long long>(h % 10000000000ull));
  return buf;
}

// Unix seconds at 00:00 UTC of an ISO date; empty when it is not one.
std::string UnixDay(std::string_view iso) {
  int y = 0, m = 0, d = 0;
  if (iso.empty() || !events::ParseIsoDate(iso, &y, &m, &d)) return {};
  // Days from civil (Howard Hinnant's algorithm).
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return std::to_string((era * 146097 + static_cast<long>(doe) - 719468) * 86400L);
}

// ACLED inter for this event: state forces abroad are external forces (8).
int InterFor(const ActorInfo& a, std::string_view country) {
  bool state = a.type == "state_force" || a.type == "external_force" || a.type == "government";
  if (state && !a.country.empty() && !country.empty()) return a.country == country ? (a.inter == 2 ? 2 : 1) : 8;
  return a.inter;
}

std::string Fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

}  // namespace

// ACLED's disorder type: excessive force against protesters is both; mob violence is
// political violence though coded under riots.
std::string AcledDisorderType(std::string_view event_type, std::string_view sub_event_type) {
  if (sub_event_type == "Excessive force against protesters") return "Political violence; Demonstrations";
  if (sub_event_type == "Mob violence") return "Political violence";
  if (event_type == "Protests" || event_type == "Riots") return "Demonstrations";
  if (event_type == "Strategic developments") return "Strategic developments";
  return "Political violence";
}

const std::vector<std::string>& AcledColumns() {
  static const std::vector<std::string> k = {
      "event_id_cnty", "event_date",   "year",          "time_precision", "disorder_type", "event_type",
      "sub_event_type", "actor1",      "assoc_actor_1", "inter1",         "actor2",        "assoc_actor_2",
      "inter2",        "interaction",  "civilian_targeting", "iso",       "region",        "country",
      "admin1",        "admin2",       "admin3",        "location",       "latitude",      "longitude",
      "geo_precision", "source",       "source_scale",  "notes",          "fatalities",    "tags",
      "timestamp",     "evidence"};
  return k;
}

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string AcledHeader() {
  std::string h;
  for (const auto& c : AcledColumns()) {
    if (!h.empty()) h += ',';
    h += c;
  }
  return h;
}

std::vector<std::string> AcledRows(const EventContext& c, const AcledContext& ctx) {
  const auto& d = c.dicts;
  std::vector<std::string> rows;
  for (const auto& e : c.events.events) {
    const EventPlace place = PlaceOf(c, e);
    const std::string& country_code = place.country;
    auto actor_name = [&](int32_t a) { return a >= 0 ? d.actors[a].name_en : std::string(); };
    int inter1 = e.actor1 >= 0 ? InterFor(d.actors[e.actor1], country_code) : 0;
    int inter2 = e.actor2 >= 0 ? InterFor(d.actors[e.actor2], country_code) : 0;
    // ACLED: the two codes, the lower first; an actor alone is "10", "20" …
    int interaction = inter1 && inter2 ? std::min(inter1, inter2) * 10 + std::max(inter1, inter2)
                                       : (inter1 ? inter1 * 10 : inter2 * 10);
    // ACLED: civilians are the main target (all violence against civilians, and remote
    // violence or riots aimed at them).
    bool civ_target = e.event_type == "Violence against civilians" ||
                      (e.event_type != "Strategic developments" && e.event_type != "Protests" && inter2 == 7);
    int time_precision = e.date_precision == "day" ? 1 : e.date_precision == "week" ? 2 : e.date_precision.empty() ? 0 : 3;
    // The clause gave no date: the publication date bounds the event, which happened on it
    // or in the days before (ACLED's 2: the day is not known, the week is).
    if (e.date_from_published && time_precision == 1) time_precision = 2;
    const events::CountryInfo* ci = place.info;
    // ACLED codes every event in a country: one with no place, no focus country and no
    // actor of a country (commentary, 10 of 10,952 events on the corpus) has no row; it
    // stays in the json output.
    if (ci == nullptr) continue;
    std::vector<std::string> f = {
        ci->iso3 + IncidentNumber(ctx.doc_id, e),
        e.date,
        e.date.size() >= 4 ? e.date.substr(0, 4) : "",
        time_precision ? std::to_string(time_precision) : "",
        AcledDisorderType(e.event_type, e.sub_event_type),
        e.event_type,
        e.sub_event_type,
        actor_name(e.actor1),
        "",
        inter1 ? std::to_string(inter1) : "",
        actor_name(e.actor2),
        actor_name(e.assoc_actor2),
        inter2 ? std::to_string(inter2) : "",
        interaction ? std::to_string(interaction) : "",
        civ_target ? "Civilian targeting" : "",
        std::to_string(ci->numeric),
        ci->region,
        ci->name,
        place.admin1,
        "",
        "",
        place.location,
        place.has_coordinates ? Fmt(place.lat) : "",
        place.has_coordinates ? Fmt(place.lon) : "",
        place.geo_precision ? std::to_string(place.geo_precision) : "",
        ctx.source,
        ctx.source_scale,
        EventNote(c, e),
        std::to_string(e.fatalities),
        "",
        UnixDay(!ctx.published.empty() ? ctx.published : e.date),
        std::string(c.text.Slice(e.start, e.end))};
    std::string line;
    for (size_t i = 0; i < f.size(); ++i) {
      if (i) line += ',';
      line += CsvField(f[i]);
    }
    rows.push_back(std::move(line));
  }
  return rows;
}

}  // namespace marsad::output
