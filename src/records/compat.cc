// When two reports may be one incident, and the toll of an incident from its reports
// (marsad/records.h).
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "internal.h"
#include "marsad/records.h"
#include "marsad/text.h"

namespace marsad::records {
namespace {

// The actors a report names, without the empty ones.
std::vector<std::string_view> Actors(const Report& r) {
  std::vector<std::string_view> v;
  if (!r.actor1.empty()) v.push_back(r.actor1);
  if (!r.actor2.empty() && r.actor2 != r.actor1) v.push_back(r.actor2);
  return v;
}

// An actor and its ACLED inter code (1 state forces .. 7 civilians, 8 external; 0 unknown).
struct Actor {
  std::string_view id;
  int inter = 0;
};
std::vector<Actor> ActorsWithInter(const Report& r) {
  std::vector<Actor> v;
  if (!r.actor1.empty()) v.push_back({r.actor1, r.inter1});
  if (!r.actor2.empty() && r.actor2 != r.actor1) v.push_back({r.actor2, r.inter2});
  return v;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Whether two reports' actors may be one: the same id, or one report names less than the
// other knows. One outlet's "unidentified gunmen" (مسلحون مجهولون) are another's Houthis,
// a projectile on Najran on 2 Aug 2015 "fired by the treacherous Houthi militia" in one paper
// and "from inside Yemen" in the civil defence's statement; an unattributed air strike is
// some state's or coalition's; "the government forces" of one report are the army of
// another (generic_*: the same inter code); and civilians are civilians, whatever the
// outlet calls them (the residents of a house, the civil defence crews, "Yemeni residents").
bool OneActor(const Actor& x, const Actor& y) {
  if (x.id == y.id) return true;
  if (x.inter == 0 || y.inter == 0) return false;  // no inter code: the ids alone decide
  if (x.inter == 7 && y.inter == 7) return true;
  auto vague_fits = [](const Actor& v, const Actor& o) {
    if (StartsWith(v.id, "unidentified_gunmen")) return o.inter >= 2 && o.inter <= 4;
    if (StartsWith(v.id, "unidentified_military")) return o.inter == 1 || o.inter == 8;
    return StartsWith(v.id, "generic_") && v.inter == o.inter;
  };
  return vague_fits(x, y) || vague_fits(y, x);
}

constexpr size_t kSketch = 256;  // hashes kept per report (TextSimilarity)

bool Has(const std::vector<std::string_view>& v, std::string_view x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// Whether two sub-event types may name one incident. A bombing is told as a suicide bombing
// by one outlet and as an explosion by another that does not (yet) know the bomber died in
// it: the suicide bomber in the Abha emergency forces' mosque on 6 Aug 2015 is "an
// explosion" (تفجير) in reports that name no bomber. Other sub-types stay apart: shelling
// and an air strike in one city on one day are mostly two incidents (the Houthis' shells,
// the coalition's raids), as are a clash and a capture.
// A change of control between the same two sides is one, whichever side the report takes
// for the state: "Government regains territory" in one outlet, "Non-state actor overtakes
// territory" in another (the sub-type follows whether actor 1 is read as the state's, and
// the order of the actors): Iraqi forces retaking Anbar University in Ramadi on 26 Jul 2015,
// the resistance taking At Tawahi in Aden on 20 Jul. Not with other actors, and not a clash
// and a capture (a town's fighting on the day it falls may be elsewhere in it).
bool OneSubType(const Report& a, const Report& b) {
  if (a.sub_event_type == b.sub_event_type) return true;
  auto bombing = [](const std::string& s) { return s == "Suicide bomb" || s == "Remote explosive/landmine/IED"; };
  if (a.event_type == b.event_type && bombing(a.sub_event_type) && bombing(b.sub_event_type)) return true;
  auto territory = [](const std::string& s) {
    return s == "Government regains territory" || s == "Non-state actor overtakes territory";
  };
  auto same_two_sides = [&] {
    return !a.actor1.empty() && !a.actor2.empty() && a.actor1 != a.actor2 &&
           ((a.actor1 == b.actor1 && a.actor2 == b.actor2) || (a.actor1 == b.actor2 && a.actor2 == b.actor1));
  };
  return territory(a.sub_event_type) && territory(b.sub_event_type) && same_two_sides();
}

constexpr double kRad = M_PI / 180, kEarthKm = 6371.0088;

// Whether both reports have points, within `km` of each other. Most pairs of reports in a
// country are far apart and their latitudes alone say so: the great-circle distance is at
// least the meridian arc between the two latitudes (R·|Δφ|), so a gap beyond `km` (with a
// margin for rounding) needs no trigonometry (sin, cos and asin were 8% of merging the
// corpus replicated 10x); the rest are measured as before.
bool WithinKm(const Report& a, const Report& b, double km) {
  if (!a.has_point || !b.has_point) return false;
  bool latitudes = std::abs(a.lat) <= 90 && std::abs(b.lat) <= 90;
  if (latitudes && std::abs(a.lat - b.lat) * kRad * kEarthKm > km * (1 + 1e-9) + 1e-9) return false;
  return DistanceKm(a.lat, a.lon, b.lat, b.lon) <= km;
}

// Two towns (or sites), neither within MergeOptions::near_km of the other.
bool DistinctLocalities(const Report& a, const Report& b, const MergeOptions& opt) {
  auto local = [](const Report& r) { return !r.feature.empty() && (r.feature[0] == 'P' || r.feature[0] == 'S'); };
  return local(a) && local(b) && a.place_key != b.place_key && !WithinKm(a, b, opt.near_km);
}

bool OneLocality(const Report& a, const Report& b, const MergeOptions& opt) {
  // A province, district or country is no locality: two reports placed there may be
  // anywhere in it.
  if (a.feature.empty() || b.feature.empty() || a.feature[0] == 'A' || b.feature[0] == 'A') return false;
  if (a.place_key == b.place_key) return true;
  return WithinKm(a, b, opt.near_km);
}

}  // namespace

// Actors contradict when each report names one the other does not: "Islamic State vs
// Kurdish forces" and "Islamic State vs civilians" are two incidents; "Islamic State" and
// "Islamic State vs Kurdish forces" may be one.
// Actors are compared as OneActor does: "Houthis vs civilians" and "unidentified gunmen vs
// civilians" may be one incident.
bool ActorsContradict(const Report& a, const Report& b) {
  auto aa = ActorsWithInter(a), ba = ActorsWithInter(b);
  auto named_by = [](const Actor& x, const std::vector<Actor>& other) {
    return std::any_of(other.begin(), other.end(), [&](const Actor& y) { return OneActor(x, y); });
  };
  bool a_extra = false, b_extra = false;
  for (const Actor& x : aa) a_extra |= !named_by(x, ba);
  for (const Actor& x : ba) b_extra |= !named_by(x, aa);
  return a_extra && b_extra;
}

double ActorOverlap(const Report& a, const Report& b) {
  auto aa = Actors(a), ba = Actors(b);
  if (aa.empty() || ba.empty()) return 0;
  size_t both = 0;
  for (auto x : aa) both += Has(ba, x);
  return static_cast<double>(both) / static_cast<double>(aa.size() + ba.size() - both);
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

uint8_t DayParts(std::string_view key) {
  // Words as key normalization writes them (ء dropped, ة -> ه, أ -> ا, words one space
  // apart), after a conjunction or preposition (و, ف, ب) in front.
  static constexpr std::string_view kDays[] = {"اليوم", "امس", "يوم", "اول", "الاحد", "الاثنين", "الثلاثا",
                                               "الاربعا", "الخميس", "الجمعه", "السبت"};
  auto is_day = [](std::string_view w) { return std::find(std::begin(kDays), std::end(kDays), w) != std::end(kDays); };
  auto strip = [](std::string_view w) {
    for (std::string_view p : {"و", "ف", "ب"})
      if (w.size() > p.size() + 4 && w.substr(0, p.size()) == p) return w.substr(p.size());
    return w;
  };
  // What a word says: the noun in construct before a day ("صباح اليوم", "فجر الأحد": at dawn,
  // not "فجر نفسه"; "مساء أمس", "ليلة الجمعة"), or an adverb ("صباحا", "المساء", "ليلا").
  // By its length first: most words have none of these (every word of every report's
  // sentences is looked at; comparing each with every day name was 6% of the merge).
  enum Says { kNothing, kMorningBeforeDay, kEveningBeforeDay, kMorning, kEvening };
  auto says = [](std::string_view w) {
    switch (w.size()) {
      case 6:
        if (w == "فجر") return kMorningBeforeDay;
        if (w == "مسا" || w == "ليل") return kEveningBeforeDay;
        return kNothing;
      case 8:
        if (w == "صباح") return kMorningBeforeDay;
        if (w == "ليله") return kEveningBeforeDay;
        if (w == "مساا" || w == "ليلا") return kEvening;
        return kNothing;
      case 10:
        if (w == "صباحا") return kMorning;
        if (w == "المسا") return kEvening;
        return kNothing;
      case 12:
        return w == "الصباح" ? kMorning : kNothing;
      default:
        return kNothing;
    }
  };
  uint8_t parts = 0;
  for (size_t from = 0; from < key.size();) {
    size_t to = key.find(' ', from);
    if (to == std::string_view::npos) to = key.size();
    const Says what = says(strip(key.substr(from, to - from)));
    switch (what) {
      case kNothing:
        break;
      case kMorning:
        parts |= Report::kMorning;
        break;
      case kEvening:
        parts |= Report::kEvening;
        break;
      case kMorningBeforeDay:
      case kEveningBeforeDay: {
        size_t next_end = to < key.size() ? key.find(' ', to + 1) : to;
        if (next_end == std::string_view::npos) next_end = key.size();
        if (to < key.size() && is_day(strip(key.substr(to + 1, next_end - to - 1))))
          parts |= what == kMorningBeforeDay ? Report::kMorning : Report::kEvening;
        break;
      }
    }
    from = to + 1;
  }
  return parts;
}

namespace {

// Prepare's buffers, kept by each thread from one report to the next.
struct SketchBuffers {
  std::vector<uint32_t> hashes, spare;
};
SketchBuffers& SketchScratch() {
  thread_local SketchBuffers b;
  return b;
}

// Sorts 32-bit hashes ascending: scattered by their top byte (uniform hashes: a report's
// ~300 fall one or two to a bucket), then an insertion sort moves each within its bucket.
// std::sort of a report's 4-gram hashes was a third of preparing it.
void SortHashes(std::vector<uint32_t>* v) {
  const size_t n = v->size();
  if (n < 64) {
    std::sort(v->begin(), v->end());
    return;
  }
  std::array<uint32_t, 257> at{};
  for (uint32_t x : *v) ++at[(x >> 24) + 1];
  for (size_t b = 1; b < at.size(); ++b) at[b] += at[b - 1];
  std::vector<uint32_t>& out = SketchScratch().spare;
  out.resize(n);
  for (uint32_t x : *v) out[at[x >> 24]++] = x;
  for (size_t i = 1; i < n; ++i) {
    const uint32_t x = out[i];
    size_t j = i;
    for (; j > 0 && out[j - 1] > x; --j) out[j] = out[j - 1];
    out[j] = x;
  }
  v->swap(out);
}

}  // namespace

void Prepare(Report* r, const MergeModel* model) {
  if (model != nullptr) PrepareWords(r, *model);
  r->grams.clear();
  // Key normalization makes أ/إ/ا, ة/ه, ى/ي and digits alike, as every lookup does.
  std::string key = text::NormalizeKey(r->sentences);
  // Battles are never kept apart by the part of the day (TimesOfDayApart): not read there.
  r->day_parts = r->event_type == "Battles" ? 0 : DayParts(key);
  // The 4-grams' hashes, over a window of the last four code points (a key is valid UTF-8:
  // decoded without checks).
  std::vector<uint32_t>& grams = SketchScratch().hashes;
  grams.clear();
  uint32_t w0 = 0, w1 = 0, w2 = 0, w3 = 0;  // the last four, oldest first
  size_t seen = 0;
  for (size_t i = 0; i < key.size();) {
    unsigned char c = static_cast<unsigned char>(key[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
    for (int k = 1; k < n && i + k < key.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(key[i + k]) & 0x3F);
    i += n;
    w0 = w1, w1 = w2, w2 = w3, w3 = cp;
    if (++seen < 4) continue;
    constexpr uint64_t kPrime = 1099511628211ull;  // FNV-1a over the four code points
    uint64_t h = (1469598103934665603ull ^ w0) * kPrime;
    h = (h ^ w1) * kPrime;
    h = (h ^ w2) * kPrime;
    h = (h ^ w3) * kPrime;
    h ^= h >> 29;  // FNV's low bits mix poorly: the sketch keeps the smallest values
    h *= 0xbf58476d1ce4e5b9ull;
    grams.push_back(static_cast<uint32_t>(h >> 32));
  }
  if (grams.empty()) return;
  // A bottom-k sketch (the kSketch smallest distinct hashes) stands for the set: Jaccard
  // from two sketches is estimated in O(kSketch) (Broder), and a short report's sketch is
  // its whole set, so the estimate is exact there. Of the 4-grams in order, the 2 * kSketch
  // smallest (duplicates counted) are kept, then each once, then the kSketch smallest: as
  // the sketch has always been made (it selected them with nth_element, then sorted).
  SortHashes(&grams);
  grams.resize(std::min(grams.size(), 2 * kSketch));
  grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
  if (grams.size() > kSketch) grams.resize(kSketch);
  r->grams = Sketch(grams);
}

double TextSimilarity(const Report& a, const Report& b) {
  if (a.grams.empty() || b.grams.empty()) return 0;
  // The kSketch smallest hashes of the union; of those, the share in both sketches. The
  // merge steps past the smaller head (both when equal) without branching on the data: it
  // was a quarter of merging the corpus replicated 10x.
  // A step moves each head by one at most, so a run of as many steps as the shorter rest
  // (and the sketch's room) needs no bound checks inside: fewer instructions a step.
  const uint32_t *x = a.grams.data(), *y = b.grams.data();
  const size_t na = a.grams.size(), nb = b.grams.size();
  size_t i = 0, j = 0, taken = 0, both = 0;
  // Four steps a turn while a run has four left: the loop's own count and test once per four.
  auto step = [&] {
    uint32_t u = x[i], v = y[j];
    both += u == v;
    i += u <= v;
    j += v <= u;
  };
  while (taken < kSketch && i < na && j < nb) {
    size_t run = std::min({kSketch - taken, na - i, nb - j});
    size_t k = 0;
    for (; k + 4 <= run; k += 4) {
      step();
      step();
      step();
      step();
    }
    for (; k < run; ++k) step();
    taken += run;
  }
  // One sketch is used up: the union's next hashes are the other's.
  taken += std::min(kSketch - taken, (a.grams.size() - i) + (b.grams.size() - j));
  return static_cast<double>(both) / static_cast<double>(taken);
}

namespace {

// Whether two reports come from one document. The merge holds a hash of each report's id
// (Report::doc): ids that hash apart differ, and most pairs it asks about do (the ids of
// one day's articles share their first 24 bytes, which a string comparison reads).
bool OneDocument(const Report& a, const Report& b) {
  if (a.doc != 0 && b.doc != 0 && a.doc != b.doc) return false;
  return a.doc_id == b.doc_id;
}

// Two reports of one day, one naming only the morning and the other only the evening or
// the night: two incidents unless copied (Kabul on 7 Aug 2015: "a truck bomb ... this
// morning (Friday)" in a residential district, "a suicide bombing on Friday evening" at the
// police academy, and four militants' attack on Camp Integrity "on Friday evening"). Not
// for battles: fighting lasts (the retaking of Al-Anad air base on 3 Aug 2015 "began at
// three at dawn" and was reported over by the evening).
bool TimesOfDayApart(const Report& a, const Report& b, int gap) {
  auto one = [](uint8_t p) { return p == Report::kMorning || p == Report::kEvening; };
  return gap == 0 && one(a.day_parts) && one(b.day_parts) && a.day_parts != b.day_parts &&
         a.event_type != "Battles" && b.event_type != "Battles";
}

// Two remote attacks of two kinds (shelling, an air strike, a bombing; the bombing family
// is one kind) by two perpetrators: actor 1 differs, or the actors contradict.
bool TwoAttacks(const Report& a, const Report& b) {
  if (a.event_type != "Explosions/Remote violence" || b.event_type != a.event_type || OneSubType(a, b)) return false;
  if (ActorsContradict(a, b)) return true;
  return !a.actor1.empty() && !b.actor1.empty() && !OneActor({a.actor1, a.inter1}, {b.actor1, b.inter1});
}

// Sub-types a place sees day after day in a war: its fighting, its shelling, the raids on
// it, the "attacks" the extractor reads from a front's news (Taiz, Aden, Ramadi in July
// 2015). A day off between two reports of these is likely another day's incident.
bool Recurring(const Report& r) {
  return r.event_type == "Battles" || r.sub_event_type == "Air/drone strike" ||
         r.sub_event_type == "Shelling/artillery/missile attack" || r.sub_event_type == "Attack";
}

// Whether two reports `gap` days apart tell one day as far as the fields can say. Both a
// single day on the same day, and also:
// - one the day an article names (no `date_source`), the other only the day of publication
//   (`published`: that day and the day before) whose window holds it. A paper giving no
//   date of its own says no more than "one of these two days", and the named day is one of
//   them (Baghdad's protests of 1 Aug 2015: "تصاعدت أمس التظاهرات" in a paper of the 2nd, the
//   bare news in another). Not for battles: a town's fighting goes on day after day.
// - one the day an article names, the other a day off, dated by an earlier sentence of its
//   article (`context`), for a single incident (not a Recurring sub-type) whose wording is
//   somewhat alike (kDayOffSimilarity, short of MergeOptions::min_similarity): the date
//   carried from the paragraph before is the one most often wrong by a day ("أمس" in a
//   follow-up written a day later). Two papers' reports of the bombing of a police bus in
//   Sitrah (27 Jul 2015), of Jabhat al-Nusra's abduction of Division 30's commander near
//   Azaz, of the explosion in Rmelan. Not within one article (SplitIncident): its two days
//   are its own reading.
constexpr double kDayOffSimilarity = 0.10;
bool OneDayAcross(const Report& a, const Report& b, int gap) {
  bool single = a.day_lo == a.day_hi && b.day_lo == b.day_hi;
  if (gap == 0 && single) return true;
  if (gap == 0) {
    if (a.event_type == "Battles" || b.event_type == "Battles") return false;
    auto window_holds = [](const Report& w, const Report& d) {
      return d.day_lo == d.day_hi && d.date_source.empty() && w.date_source == "published" && w.day_lo <= d.day_lo &&
             d.day_lo <= w.day_hi;
    };
    return window_holds(a, b) || window_holds(b, a);
  }
  auto carried = [](const Report& c, const Report& o) { return c.date_source == "context" && o.date_source.empty(); };
  return gap == 1 && single && (carried(a, b) || carried(b, a)) && !Recurring(a) && !Recurring(b) &&
         TextSimilarity(a, b) >= kDayOffSimilarity;
}

// Which of the finer fields two reports `gap` days apart disagree on ("" when none): one
// single day (or what OneDayAcross takes for one, `across` two articles), one sub-event
// type, one locality, actors that do not contradict.
std::string_view FieldsDisagree(const Report& a, const Report& b, const MergeOptions& opt, int gap, bool across) {
  bool one_day = across ? OneDayAcross(a, b, gap) : gap == 0 && a.day_lo == a.day_hi && b.day_lo == b.day_hi;
  if (!one_day) return "worded apart, not one day";
  if (!OneSubType(a, b)) return "sub-event type";
  if (!OneLocality(a, b, opt)) return "place";
  if (ActorsContradict(a, b)) return "actors";
  return {};
}

// The rules alone (docs/merge.md "When two reports are one incident"), for two reports of
// different documents whose days are `gap` apart.
Verdict RuleVerdict(const Report& a, const Report& b, const MergeOptions& opt, int gap) {
  if (gap > 2) return {false, "date", 0};  // the rules' slack is a day (two for a reprint); the scorer's --date-slack
  if (a.country != b.country) return {false, "country", 0};
  // One toll, counted by both articles, in one region within a day: an ACLED coder's
  // strongest hint that two reports are one incident, however differently the extractor
  // typed them ("a suicide bombing killed 32" in one paper, "a clash killed 32" in the
  // next: Suruc, 20 Jul 2015). A toll is a count the text gives (toll_stated). Small tolls
  // are too common to tell incidents apart, the more so across a country at war (in Yemen
  // on 8 Aug 2015, four Houthis died in Ibb, four in Hudaydah and four in Zinjibar), and a
  // country as the place is no region (Iraq's centroid is 40 km from Fallujah).
  auto country_only = [](const Report& r) { return std::string_view(r.feature).substr(0, 5) == "A.PCL"; };
  bool one_toll = gap <= 1 && opt.toll_min > 0 && a.toll_stated && b.toll_stated && a.fatalities == b.fatalities &&
                  a.fatalities >= opt.toll_min && !country_only(a) && !country_only(b);
  if (!one_toll && a.event_type != b.event_type) return {false, "event type", 0};
  // Every way to join needs one region (one place, one first-level division, or points
  // within MergeOptions::region_km); the cheap tests go first: most pairs fail them.
  bool one_region = a.place_key == b.place_key || (!a.admin1.empty() && a.admin1 == b.admin1) ||
                    WithinKm(a, b, opt.region_km);
  if (TimesOfDayApart(a, b, gap) && TextSimilarity(a, b) < opt.copy_similarity) return {false, "time of day", 0};
  if (one_toll && one_region) {
    double sim = TextSimilarity(a, b);
    return {true, "", 10 * sim + 1, sim};
  }
  if (a.event_type != b.event_type) return {false, "event type", 0};
  if (!one_region) return {false, "place", 0};
  double sim = TextSimilarity(a, b);
  // A reprint two days off is a day off: in the corpus, two papers' copies of AQIM's claim
  // of the ambush that killed 14 Algerian soldiers in Ain Defla are dated 18 and 20 Jul 2015.
  if (gap == 2 && sim < opt.reprint_similarity) return {false, "date", 0, sim};
  gap = std::min(gap, 1);
  // The slack is for dates that miss by a day: inferred ones (the day of publication, an
  // earlier sentence's date), or copies of one story dated apart. Two days two differently
  // worded articles name themselves are two incidents.
  bool own_days = a.date_source.empty() && b.date_source.empty();
  if (gap > 0 && own_days && sim < opt.copy_similarity) return {false, "date", 0, sim};
  // Unless copied, two towns with two counts are two incidents: an IED in Baqubah that
  // killed six (21 Jul 2015) and two in Al-Miqdadiyah that killed ten the day before share
  // the phrasing of every Diyala bombing ("انفجار عبوة ناسفة ... مقتل ... مدنيين"). A toll
  // revised between reports stays in its town, or in the province a report gives.
  if (sim < opt.copy_similarity && a.toll_stated && b.toll_stated && a.fatalities != b.fatalities &&
      DistinctLocalities(a, b, opt))
    return {false, "towns and tolls", 0, sim};
  // Alike wording joins whatever the finer fields say; short reports share their dateline
  // and phrasing ("... in the city of X on Saturday 14 October"), which is why the type
  // and the region must agree too.
  // Alike wording is not enough for two attacks of two kinds by two perpetrators: in one
  // region on one day the Houthis' shells and the coalition's raids, or a resistance's
  // shelling and the coalition's air strikes, share the phrasing of every front's news
  // (Al Bayda, 24 Jul 2015: "18 Houthis killed" by the resistance beside the coalition's
  // raids on the government compound). One perpetrator's "قصف" is shelling in one outlet and
  // an air strike in another, and a copy is one story whatever the fields say.
  if (sim >= opt.min_similarity && sim < opt.copy_similarity && TwoAttacks(a, b)) return {false, "sub-event type", 0, sim};
  if (sim >= opt.min_similarity) return {true, "", 10 * sim, sim};
  std::string_view why = FieldsDisagree(a, b, opt, gap, true);
  if (!why.empty()) return {false, why, 0, sim};
  return {true, "", 10 * sim + 1, sim};
}

}  // namespace

bool SplitIncident(const Report& a, const Report& b, const MergeOptions& opt) {
  if (!a.joinable() || !b.joinable() || a.country != b.country || a.event_type != b.event_type) return false;
  int gap = std::max(a.day_lo, b.day_lo) - std::min(a.day_hi, b.day_hi);
  return FieldsDisagree(a, b, opt, gap, false).empty();
}

// Two records complete link keeps apart although they tell one incident: the Suruç bombing
// of 20 Jul 2015 made a record of 40 reports (most stating 32 dead) and one of 11 (30 dead,
// some papers dating it the 21st), because a few reports of each contradict a few of the
// other (the day one paper names, actors read from background sentences). Their leads agree
// on every field, their wording is alike, and no pair across says two incidents.
bool OneIncidentRecords(std::span<const Report* const> x, size_t lead_x, std::span<const Report* const> y,
                        size_t lead_y, const MergeOptions& opt) {
  const Report &a = *x[lead_x], &b = *y[lead_y];
  // Battles are not joined so: a town's fighting goes on for days, and a campaign's reports
  // (Aden's or Lahij's liberation, the fronts of Taiz) share its words and its places.
  if (a.event_type != b.event_type || a.event_type == "Battles" || !OneSubType(a, b) || !OneLocality(a, b, opt) ||
      ActorsContradict(a, b))
    return false;
  bool one_day = std::max(a.day_lo, b.day_lo) <= std::min(a.day_hi, b.day_hi), one_toll = false, alike = false;
  for (const Report* pm : x)
    for (const Report* pn : y) {
      const Report &m = *pm, &n = *pn;
      if (OneDocument(m, n)) {
        if (!SplitIncident(m, n, opt)) return false;
        continue;
      }
      if (!m.joinable() || !n.joinable() || m.country != n.country) return false;
      if (std::max(m.day_lo, n.day_lo) - std::min(m.day_hi, n.day_hi) > 1) return false;
      one_toll = one_toll || (m.toll_stated && n.toll_stated && m.fatalities == n.fatalities &&
                              opt.toll_min > 0 && m.fatalities >= opt.toll_min);
      alike = alike || TextSimilarity(m, n) >= opt.min_similarity;
    }
  // The leads a day apart (each a day its article names) need one stated toll across too.
  return alike && (one_day || one_toll);
}

Verdict Compatible(const Report& a, const Report& b, const MergeOptions& opt) {
  // One article's reports of one incident are already one event (the extractor joins the
  // lead, the quote and the recap): two events of one article are two incidents.
  if (OneDocument(a, b)) return {false, "one document", 0};
  if (!a.joinable() || !b.joinable()) return {false, "no place or date", 0};
  int gap = std::max(a.day_lo, b.day_lo) - std::min(a.day_hi, b.day_hi);
  if (gap > std::max(opt.date_slack_days, 2)) return {false, "date", 0};
  Verdict rules = RuleVerdict(a, b, opt, gap);
  if (rules.ok || opt.model == nullptr || gap > opt.date_slack_days) return rules;
  // What the rules leave apart, the learned scorer may still join: it weighs the evidence
  // together, so a place or a type the reports disagree on counts against them but does
  // not veto them (another country, a province for the town, shelling for a rocket attack).
  double z = opt.model->Logit(PairFeatures(a, b, opt));
  if (z >= opt.model->threshold()) return {true, "", z};
  return {false, rules.why, z};
}

bool Apart(const Report& a, const Report& b, const MergeOptions& opt) {
  if (OneDocument(a, b) || !a.joinable() || !b.joinable()) return true;
  int gap = std::max(a.day_lo, b.day_lo) - std::min(a.day_hi, b.day_hi);
  if (gap > 2) return true;  // days the reports' dates cannot share
  if (a.country != b.country) return true;
  // Two days both articles name themselves, or two event types, are two incidents unless
  // one story is copied (the copy may date it "yesterday" or call the air strike shelling).
  bool own_days_apart = gap > 0 && a.date_source.empty() && b.date_source.empty();
  if (gap < 2 && !own_days_apart && a.event_type == b.event_type && !TimesOfDayApart(a, b, gap))
    return false;  // no need to compare words
  double sim = TextSimilarity(a, b);
  if (gap == 2 && sim < opt.reprint_similarity) return true;
  return sim < opt.copy_similarity;
}

std::string ContentKey(const Report& r) {
  std::string key;
  key.reserve(128 + r.grams.size() * sizeof(uint32_t));
  auto put = [&](const auto& v) { key.append(reinterpret_cast<const char*>(&v), sizeof v); };
  for (const std::string* s : {&r.event_type, &r.sub_event_type, &r.actor1, &r.actor2, &r.place_key, &r.country,
                               &r.admin1, &r.feature, &r.date_source}) {
    put(static_cast<uint32_t>(s->size()));
    key += *s;
  }
  put(r.day_lo);
  put(r.day_hi);
  put(r.inter1);
  put(r.inter2);
  put(r.lat);
  put(r.lon);
  put(r.fatalities);
  key.push_back(static_cast<char>(r.toll_stated | r.has_point << 1 | r.day_parts << 2));
  key.append(reinterpret_cast<const char*>(r.grams.data()), r.grams.size() * sizeof(uint32_t));
  return key;
}

Toll ConservativeToll(const std::vector<const Report*>& reports) {
  Toll t;
  std::vector<uint64_t> stated;
  for (const Report* r : reports)
    if (r->toll_stated) stated.push_back(r->fatalities);
  if (stated.empty()) {
    t.rule = reports.size() == 1 ? "no toll reported" : "no report states a toll";
    return t;
  }
  auto [lo, hi] = std::minmax_element(stated.begin(), stated.end());
  t.fatalities = *lo;
  if (reports.size() == 1) {
    t.rule = "the report's toll";
  } else if (*lo == *hi) {
    t.rule = std::to_string(stated.size()) + " of " + std::to_string(reports.size()) + " reports state this toll";
  } else {
    // ACLED codes the most conservative figure when reports differ.
    t.rule = "lowest of " + std::to_string(stated.size()) + " stated tolls (" + std::to_string(*lo) + "-" +
             std::to_string(*hi) + ")";
  }
  return t;
}

}  // namespace marsad::records
