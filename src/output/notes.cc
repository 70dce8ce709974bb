// An event as a record: its place's ACLED fields (country, iso, region, admin1, location)
// and its English note (marsad/output.h).
//
// The note is written only from the record's fields — date, the actors' English names, the
// sub-event type, the place and its admin1, the counts of its sentences, the claim — with one
// fixed English phrase per sub-event type, so an Arabic and an English article about the
// same incident get the same note and nothing appears that the record does not hold.
#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

#include "marsad/output.h"

namespace marsad::output {
namespace {

using events::Event;

// One phrase per ACLED sub-event type: active (with actor 1) and passive (without); "{2}"
// is actor 2, and the part in [] is left out when there is none.
struct Phrase {
  std::string_view sub_event, active, passive;
};
constexpr Phrase kPhrases[] = {
    {"Armed clash", "{1} clashed[ with {2}]", "armed clashes took place[ involving {2}]"},
    {"Government regains territory", "{1} regained territory[ from {2}]", "government forces regained territory[ from {2}]"},
    {"Non-state actor overtakes territory", "{1} took over territory[ from {2}]", "a non-state group took over territory[ from {2}]"},
    {"Air/drone strike", "{1} carried out an air or drone strike[ against {2}]", "an air or drone strike hit[ {2}]"},
    {"Shelling/artillery/missile attack", "{1} fired shells, artillery or missiles[ at {2}]", "shells, artillery or missiles were fired[ at {2}]"},
    {"Remote explosive/landmine/IED", "{1} detonated an explosive device[ targeting {2}]", "an explosive device detonated[, hitting {2}]"},
    {"Suicide bomb", "{1} carried out a suicide bombing[ targeting {2}]", "a suicide bomber struck[, targeting {2}]"},
    {"Grenade", "{1} threw a grenade[ at {2}]", "a grenade was thrown[ at {2}]"},
    {"Chemical weapon", "{1} used a chemical weapon[ against {2}]", "a chemical weapon was used[ against {2}]"},
    {"Attack", "{1} attacked[ {2}]", "an attack took place[ on {2}]"},
    {"Abduction/forced disappearance", "{1} abducted[ {2}]", "an abduction took place[ of {2}]"},
    {"Sexual violence", "{1} committed sexual violence[ against {2}]", "sexual violence was reported[ against {2}]"},
    {"Peaceful protest", "{1} held a peaceful protest", "a peaceful protest took place"},
    {"Protest with intervention", "{1} protested[ and {2} intervened]", "a protest took place and was dispersed"},
    {"Excessive force against protesters", "{1} used excessive force against protesters[ ({2})]", "excessive force was used against protesters"},
    {"Violent demonstration", "{1} held a violent demonstration[ against {2}]", "a violent demonstration took place"},
    {"Mob violence", "{1} engaged in mob violence[ against {2}]", "mob violence took place[ against {2}]"},
    {"Agreement", "{1}[ and {2}] reached an agreement", "an agreement was reached"},
    {"Arrests", "{1} arrested[ {2}]", "arrests were made[ of {2}]"},
    {"Change to group/activity", "{1} changed its activity[ regarding {2}]", "a change to group activity was reported[ involving {2}]"},
    {"Disrupted weapons use", "{1} disrupted the use of weapons[ by {2}]", "weapons use was disrupted[ involving {2}]"},
    {"Headquarters or base established", "{1} established a headquarters or base", "a headquarters or base was established"},
    {"Looting/property destruction", "{1} looted or destroyed property[ of {2}]", "property was looted or destroyed[ of {2}]"},
    {"Non-violent transfer of territory", "{1} took over territory without fighting[ from {2}]", "territory changed hands without fighting"},
    {"Other", "{1} took part in a strategic development[ involving {2}]", "a strategic development took place[ involving {2}]"},
};

constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

// "On 14 October 2017", "In the week before 14 October 2017", "In October 2017", "In 2017".
std::string DatePhrase(const Event& e) {
  int y = 0, m = 0, d = 0;
  if (e.date.empty() || !events::ParseIsoDate(e.date, &y, &m, &d) || m < 1 || m > 12) return "On an unreported date";
  const std::string day = std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
  if (e.date_precision == "year") return "In " + std::to_string(y);
  if (e.date_precision == "month") return std::string("In ") + kMonths[m - 1] + " " + std::to_string(y);
  if (e.date_precision == "week") return "In the week of " + day;
  if (e.date_from_published) return "On or shortly before " + day;  // the report's date
  return "On " + day;
}

std::string Fill(std::string_view tmpl, const std::string& a1, const std::string& a2) {
  std::string out;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '[') {
      size_t close = tmpl.find(']', i);
      if (!a2.empty()) out += Fill(tmpl.substr(i + 1, close - i - 1), a1, a2);
      i = close;
    } else if (tmpl.substr(i, 3) == "{1}") {
      out += a1;
      i += 2;
    } else if (tmpl.substr(i, 3) == "{2}") {
      out += a2;
      i += 2;
    } else {
      out += tmpl[i];
    }
  }
  return out;
}

// "about 150 fighters", "at least 5 killed".
std::string CountPhrase(const events::Quantity& q) {
  static constexpr std::pair<std::string_view, std::string_view> kQualifiers[] = {
      {"more_than", "more than "}, {"at_least", "at least "}, {"about", "about "},
      {"less_than", "fewer than "}, {"up_to", "up to "}, {"vague", "about "}};
  std::string out;
  for (const auto& [k, v] : kQualifiers)
    if (q.qualifier == k) out = v;
  out += std::to_string(q.value);
  if (q.category.empty()) return out;
  // The category in words, a noun in the singular for one ("1 woman", not "1 women").
  static constexpr std::array<std::array<std::string_view, 3>, 10> kWords{{{"dead_or_wounded", "killed or wounded", ""},
                                                                           {"people", "people", "person"},
                                                                           {"fighters", "fighters", "fighter"},
                                                                           {"civilians", "civilians", "civilian"},
                                                                           {"women", "women", "woman"},
                                                                           {"children", "children", "child"},
                                                                           {"refugees", "refugees", "refugee"},
                                                                           {"bodies", "bodies", "body"},
                                                                           {"protesters", "protesters", "protester"},
                                                                           {"missing", "missing", ""}}};
  std::string_view words = q.category;
  for (const auto& w : kWords)
    if (q.category == w[0]) words = q.value == 1 && !w[2].empty() ? w[2] : w[1];
  out += " ";
  out += words;
  return out;
}

std::string ClaimSuffix(const events::EventResult& r, int32_t claim) {
  return claim >= 0 ? " (according to " + r.claims[claim].name_en + ")" : "";
}

// The counts reported in the event's own sentences that are not its toll, with their claims.
// A count told again in the event's other sentences is listed once, with its claim when one
// of its tellings has one ("3 wounded; 3 wounded (according to SANA)" is "3 wounded
// (according to SANA)"); one figure claimed by two sources stays twice.
std::string Counts(const EventContext& c, const Event& e) {
  std::vector<std::pair<std::string, std::string>> counts;  // phrase, claim suffix
  for (size_t k = 0; k < c.events.quantities.size(); ++k) {
    const auto& q = c.events.quantities[k];
    if (static_cast<int32_t>(k) == e.fatalities_quantity || q.cumulative || q.value == 0) continue;
    bool inside = q.start >= e.start && q.end <= e.end;
    for (const auto& [ms, me] : e.mentions) inside = inside || (q.start >= ms && q.end <= me);
    if (!inside) continue;
    std::string phrase = CountPhrase(q), claim = ClaimSuffix(c.events, q.claim);
    auto same = std::find_if(counts.begin(), counts.end(), [&](const auto& x) {
      return x.first == phrase && (x.second == claim || x.second.empty() || claim.empty());
    });
    if (same == counts.end()) counts.emplace_back(std::move(phrase), std::move(claim));
    else if (same->second.empty()) same->second = std::move(claim);
  }
  std::string out;
  for (const auto& [phrase, claim] : counts) out += (out.empty() ? "" : "; ") + phrase + claim;
  return out.empty() ? "" : " Reported: " + out + ".";
}

std::string PlaceName(const gazetteer::PlaceView& p) { return std::string(p.name_en.empty() ? p.name : p.name_en); }

// A first-level division as ACLED names it: "Ar-Raqqah", not "Ar-Raqqah Governorate".
std::string Admin1Name(const gazetteer::PlaceView& p) {
  std::string n = PlaceName(p);
  for (std::string_view suffix : {" Governorate", " Province", " Muhafazah"})
    if (n.size() > suffix.size() && n.ends_with(suffix)) n.resize(n.size() - suffix.size());
  return n;
}

}  // namespace

std::string FocusCountry(const geo::GeoResult& geo, const gazetteer::Gazetteer& gaz) {
  for (const auto* list : {&geo.focus.countries, &geo.focus.cities, &geo.focus.admin1s})
    if (!list->empty() && list->front().place >= 0)
      return std::string(gaz.Place(static_cast<uint32_t>(list->front().place)).country);
  return {};
}

EventPlace PlaceOf(const EventContext& c, const Event& e) {
  EventPlace out;
  if (c.gaz && e.place >= 0) {
    auto p = c.gaz->Place(static_cast<uint32_t>(e.place));
    out.country = std::string(p.country);
    out.location = PlaceName(p);
    out.lat = p.lat;
    out.lon = p.lon;
    out.has_coordinates = true;
    out.geo_precision = p.feature_class == 'P' || p.feature_class == 'S' ? 1 : p.feature_class == 'A' ? 3 : 2;
    if (e.place_mention < 0) out.geo_precision = std::max(out.geo_precision, 2);  // document focus, not the sentence
    const bool is_country = p.feature_class == 'A' && p.feature_code.starts_with("PCL");
    if (is_country) out.location_is_country = true;
    if (!p.admin1.empty() && !is_country) {
      int64_t a1 = c.gaz->Admin1(p.country, p.admin1);
      if (a1 >= 0) out.admin1 = Admin1Name(c.gaz->Place(static_cast<uint32_t>(a1)));
    }
  }
  if (e.place_mention >= 0 && static_cast<size_t>(e.place_mention) < c.geo.mentions.size()) {
    const auto& gm = c.geo.mentions[e.place_mention];
    if (gm.derived && gm.has_coordinates) {  // "north of Raqqa": ACLED codes the estimate
      out.lat = gm.lat;
      out.lon = gm.lon;
      out.has_coordinates = true;
      out.geo_precision = 2;
    }
  }
  // No place of its own (or one outside any country): the article's country, else the
  // country of its actors, as an ACLED coder reading the article would.
  if (out.country.empty()) out.country = std::string(c.focus_country);
  for (int32_t a : {e.actor1, e.actor2})
    if (out.country.empty() && a >= 0) out.country = c.dicts.actors[a].country;
  if (c.provenance) out.info = c.provenance->Country(out.country);
  return out;
}

std::string EventNote(const EventContext& c, const Event& e) {
  auto actor = [&](int32_t a) { return a >= 0 ? c.dicts.actors[a].name_en : std::string(); };
  const std::string a1 = actor(e.actor1), a2 = actor(e.actor2);
  std::string_view active = "{1} took part in an event[ involving {2}]", passive = "an event took place[ involving {2}]";
  for (const auto& p : kPhrases)
    if (p.sub_event == e.sub_event_type) active = p.active, passive = p.passive;
  std::string note = DatePhrase(e) + ", " + Fill(a1.empty() ? passive : active, a1, a2 == a1 ? "" : a2);
  const EventPlace place = PlaceOf(c, e);
  const std::string country = place.info ? place.info->name : place.country;
  if (!place.location.empty()) {
    note += " in " + place.location;
    if (!place.admin1.empty() && !place.location.starts_with(place.admin1)) note += " (" + place.admin1 + ")";
    else if (!place.location_is_country && !country.empty()) note += " (" + country + ")";
  } else if (!country.empty()) {
    note += " in " + country;
  }
  note += ClaimSuffix(c.events, e.claim) + ".";
  note += Counts(c, e);
  note += " Fatalities: " + std::to_string(e.fatalities) + ".";
  return note;
}

}  // namespace marsad::output
