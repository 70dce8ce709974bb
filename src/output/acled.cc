// ACLED-compatible CSV rows (RFC 4180): one row per event, `notes` = the evidence sentence
// (marsad/output.h).
#include <algorithm>
#include <cstdio>

#include "marsad/output.h"

namespace marsad::output {
namespace {

using events::ActorInfo;
using events::Dictionaries;
using events::EventResult;

struct CountryRow {
  std::string_view iso2, iso3;
  int numeric;
  std::string_view name, region;
};
// ACLED's country names and regions for the covered theatres and their neighbours.
constexpr CountryRow kCountries[] = {
    {"SY", "SYR", 760, "Syria", "Middle East"},       {"IQ", "IRQ", 368, "Iraq", "Middle East"},
    {"YE", "YEM", 887, "Yemen", "Middle East"},       {"LY", "LBY", 434, "Libya", "Northern Africa"},
    {"LB", "LBN", 422, "Lebanon", "Middle East"},     {"PS", "PSE", 275, "Palestine", "Middle East"},
    {"IL", "ISR", 376, "Israel", "Middle East"},      {"JO", "JOR", 400, "Jordan", "Middle East"},
    {"TR", "TUR", 792, "Turkey", "Middle East"},      {"IR", "IRN", 364, "Iran", "Middle East"},
    {"SA", "SAU", 682, "Saudi Arabia", "Middle East"}, {"EG", "EGY", 818, "Egypt", "Northern Africa"},
    {"TN", "TUN", 788, "Tunisia", "Northern Africa"}, {"DZ", "DZA", 12, "Algeria", "Northern Africa"},
    {"MA", "MAR", 504, "Morocco", "Northern Africa"}, {"SD", "SDN", 729, "Sudan", "Northern Africa"},
    {"KW", "KWT", 414, "Kuwait", "Middle East"},      {"AE", "ARE", 784, "United Arab Emirates", "Middle East"},
    {"QA", "QAT", 634, "Qatar", "Middle East"},       {"BH", "BHR", 48, "Bahrain", "Middle East"},
    {"OM", "OMN", 512, "Oman", "Middle East"},        {"SO", "SOM", 706, "Somalia", "Eastern Africa"},
    {"AF", "AFG", 4, "Afghanistan", "Caucasus and Central Asia"}, {"PK", "PAK", 586, "Pakistan", "Southern Asia"}};

const CountryRow* CountryOf(std::string_view iso2) {
  for (const auto& c : kCountries)
    if (c.iso2 == iso2) return &c;
  return nullptr;
}

std::string DisorderType(std::string_view event_type) {
  if (event_type == "Protests" || event_type == "Riots") return "Demonstrations";
  if (event_type == "Strategic developments") return "Strategic developments";
  return "Political violence";
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

const std::vector<std::string>& AcledColumns() {
  static const std::vector<std::string> k = {
      "event_id_cnty", "event_date",   "year",          "time_precision", "disorder_type", "event_type",
      "sub_event_type", "actor1",      "assoc_actor_1", "inter1",         "actor2",        "assoc_actor_2",
      "inter2",        "interaction",  "civilian_targeting", "iso",       "region",        "country",
      "admin1",        "admin2",       "admin3",        "location",       "latitude",      "longitude",
      "geo_precision", "source",       "source_scale",  "notes",          "fatalities",    "tags",
      "timestamp"};
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

std::vector<std::string> AcledRows(const EventResult& r, const Dictionaries& d, const text::Utf8Text& text,
                                   const geo::GeoResult& geo, const gazetteer::Gazetteer* gaz,
                                   const AcledContext& ctx) {
  std::vector<std::string> rows;
  size_t n = 0;
  for (const auto& e : r.events) {
    ++n;
    std::string country_code, location, admin1, admin2, lat, lon;
    int geo_precision = 0;
    if (gaz && e.place >= 0) {
      auto p = gaz->Place(static_cast<uint32_t>(e.place));
      country_code = std::string(p.country);
      location = std::string(p.name_en.empty() ? p.name : p.name_en);
      lat = Fmt(p.lat);
      lon = Fmt(p.lon);
      geo_precision = p.feature_class == 'P' || p.feature_class == 'S' ? 1 : p.feature_class == 'A' ? 3 : 2;
      if (e.place_mention < 0) geo_precision = std::max(geo_precision, 2);  // document focus, not the sentence
      if (!p.admin1.empty()) {
        int64_t a1 = gaz->Admin1(p.country, p.admin1);
        if (a1 >= 0 && a1 != e.place) {
          auto av = gaz->Place(static_cast<uint32_t>(a1));
          admin1 = std::string(av.name_en.empty() ? av.name : av.name_en);
        }
      }
    }
    if (e.place_mention >= 0) {
      const auto& gm = geo.mentions[e.place_mention];
      if (gm.derived && gm.has_coordinates) {  // "north of Raqqa": ACLED codes the estimate
        lat = Fmt(gm.lat);
        lon = Fmt(gm.lon);
        geo_precision = 2;
      }
    }
    const CountryRow* c = CountryOf(country_code);
    auto actor_name = [&](int32_t a) { return a >= 0 ? d.actors[a].name_en : std::string(); };
    int inter1 = e.actor1 >= 0 ? InterFor(d.actors[e.actor1], country_code) : 0;
    int inter2 = e.actor2 >= 0 ? InterFor(d.actors[e.actor2], country_code) : 0;
    int interaction = inter1 && inter2 ? std::min(inter1, inter2) * 10 + std::max(inter1, inter2)
                                       : (inter1 ? inter1 * 10 : inter2 * 10);
    bool civ_target = e.event_type != "Strategic developments" && e.event_type != "Protests" && inter2 == 7;
    int time_precision = e.date_precision == "day" ? 1 : e.date_precision == "week" ? 2 : e.date_precision.empty() ? 0 : 3;
    // The clause gave no date: the publication date bounds the event, which happened on it
    // or in the days before (ACLED's 2: the day is not known, the week is).
    if (e.date_from_published && time_precision == 1) time_precision = 2;
    std::string id = std::string(c ? c->iso3 : "XXX") + "-" + ctx.doc_id + "-" + std::to_string(n);
    std::vector<std::string> f = {
        id,
        e.date,
        e.date.size() >= 4 ? e.date.substr(0, 4) : "",
        time_precision ? std::to_string(time_precision) : "",
        DisorderType(e.event_type),
        e.event_type,
        e.sub_event_type,
        actor_name(e.actor1),
        "",
        inter1 ? std::to_string(inter1) : "",
        actor_name(e.actor2),
        "",
        inter2 ? std::to_string(inter2) : "",
        interaction ? std::to_string(interaction) : "",
        civ_target ? "Civilian targeting" : "",
        c ? std::to_string(c->numeric) : "",
        c ? std::string(c->region) : "",
        c ? std::string(c->name) : country_code,
        admin1,
        admin2,
        "",
        location,
        lat,
        lon,
        geo_precision ? std::to_string(geo_precision) : "",
        ctx.source,
        "",
        std::string(text.Slice(e.start, e.end)),
        std::to_string(e.fatalities),
        "",
        ""};
    std::string line;
    for (size_t i = 0; i < f.size(); ++i) {
      if (i) line += ',';
      line += CsvField(f[i]);
    }
    rows.push_back(std::move(line));
  }
  return rows;
}

const AcledCountry* AcledCountryOf(std::string_view iso2) {
  static const std::vector<AcledCountry> all = [] {
    std::vector<AcledCountry> v;
    for (const auto& c : kCountries) v.push_back({c.iso2, c.iso3, c.numeric, c.name, c.region});
    return v;
  }();
  for (const auto& c : all)
    if (c.iso2 == iso2) return &c;
  return nullptr;
}

std::string AcledDisorderType(std::string_view event_type) { return DisorderType(event_type); }

}  // namespace marsad::output
