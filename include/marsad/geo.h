// The geoparser: finds place mentions in tokenized text and resolves each to a gazetteer
// entry, explaining every decision.
//
// Recognition: longest match of token sequences against gazetteer keys (Arabic clitic
// stems tried for the first token), cue words (مدينة, محافظة, "city of" …) that raise
// confidence and hint the feature type, and filters against false places (common words,
// person names after titles and kunyas, organisation names, digits glued to names).
// Resolution: candidates scored by explained features (name match, feature prior,
// population, document focus, spatial coherence, containment); the winner gets a
// confidence in [0,1]. Relative places ("شمالي الرقة", "30 km east of X") carry an
// anchor, a bearing, a distance and estimated coordinates.
//
// A Geoparser is immutable after construction and safe to share across threads; it
// borrows the Gazetteer and Lexicons, which must outlive it.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/deadline.h"
#include "marsad/gazetteer.h"
#include "marsad/status.h"
#include "marsad/text.h"

namespace marsad::geo {

// Word lists from data/dictionaries/{ar,en}/ (see docs/dictionaries.md). Keys are
// normalized with text::NormalizeKey.
struct Cue {
  std::string kind;          // settlement admin region feature facility relation preposition
  bool before = true;        // the cue precedes the name
  std::string feature_hint;  // "P", "A.ADM1", "S|P" …
  float weight = 0.5f;
};
struct RelationWord {
  std::string kind;  // prefix_bearing suffix_bearing proximity distance_unit
  float bearing = -1;
};
// Maps keyed by std::string that find() by std::string_view without allocating.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// The lexicons' map: a flat open-addressing table of (hash tag, entry) over a vector of
// entries in insertion order. The geoparser looks words up in these maps for every token
// (clitic exceptions, demonyms) and every candidate (cues before and after, persons,
// organisations, speech verbs, non-places), and almost every lookup misses: in the profile of
// `extract --places-only` over Arabic news, std::unordered_map's finds and std::hash were
// about a fifth of all cycles (a chain of nodes scattered over the heap per bucket, and a
// hash of 4-byte steps). Here a miss costs text::KeyHash (the events' word tables' hash: the
// key's length and at most its first and last 8 bytes, a few loads and multiplies) and one
// load from a table of 8-byte slots at most half full; the key is compared only when the
// slot's 32-bit tag matches.
template <typename V>
class StringMap {
 public:
  using key_type = std::string;
  using mapped_type = V;
  using value_type = std::pair<const std::string, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  V& operator[](std::string_view key) {
    const uint64_t h = Hash(key);
    if (const uint32_t* slot = Find(key, h)) return entries_[*slot - 1].second;
    if (2 * (entries_.size() + 1) > slots_.size()) Grow();
    entries_.emplace_back(std::string(key), V{});
    Place(h, static_cast<uint32_t>(entries_.size()));
    const uint64_t b = Hash(FirstWord(key)) >> 52;
    first_words_[b >> 6] |= uint64_t{1} << (b & 63);
    return entries_.back().second;
  }
  const_iterator find(std::string_view key) const {
    const uint32_t* slot = Find(key, Hash(key));
    return slot ? entries_.begin() + (*slot - 1) : entries_.end();
  }
  iterator find(std::string_view key) {
    const uint32_t* slot = Find(key, Hash(key));
    return slot ? entries_.begin() + (*slot - 1) : entries_.end();
  }
  // With the key's hash given (text::KeyHash(key), e.g. cached per token): for callers that
  // ask several maps about the same key.
  const_iterator find(std::string_view key, uint64_t key_hash) const {
    const uint32_t* slot = Find(key, key_hash);
    return slot ? entries_.begin() + (*slot - 1) : entries_.end();
  }
  size_t count(std::string_view key) const { return Find(key, Hash(key)) ? 1 : 0; }
  // Whether some key's first word (up to its first space) may be `word`: false means none
  // is, so no phrase starting with that word is a key. A 4,096-bit filter of the keys'
  // first words: the geoparser's phrase lookups around a name (cues, persons,
  // organisations, relations) skip building the phrase for most words.
  bool MayStartWith(std::string_view word) const { return MayStartWithHash(Hash(word)); }
  // The same with the word's hash given: text::KeyHash(FirstWord(phrase)).
  bool MayStartWithHash(uint64_t word_hash) const {
    const uint64_t b = word_hash >> 52;
    return (first_words_[b >> 6] >> (b & 63)) & 1;
  }
  static std::string_view FirstWord(std::string_view s) { return s.substr(0, s.find(' ')); }
  bool contains(std::string_view key) const { return count(key) != 0; }
  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  void clear() {
    entries_.clear();
    slots_.clear();
    first_words_.fill(0);
  }

 private:
  struct Slot {
    uint32_t tag = 0;
    uint32_t entry = 0;  // index + 1 into entries_; 0: empty
  };
  static uint64_t Hash(std::string_view s) { return text::KeyHash(s); }
  const uint32_t* Find(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.entry == 0) return nullptr;
      if (s.tag == tag && entries_[s.entry - 1].first == key) return &s.entry;
    }
  }
  void Place(uint64_t h, uint32_t entry) {
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].entry != 0) i = (i + 1) & mask;
    slots_[i] = {static_cast<uint32_t>(h >> 32), entry};
  }
  void Grow() {
    slots_.assign(std::max<size_t>(16, 2 * slots_.size()), Slot{});
    for (size_t k = 0; k < entries_.size(); ++k) Place(Hash(entries_[k].first), static_cast<uint32_t>(k + 1));
  }

  std::vector<value_type> entries_;
  std::vector<Slot> slots_;  // a power of two, at most half full
  std::array<uint64_t, 64> first_words_{};  // MayStartWith
};

// The geoparser's resolution features, as `--explain` names them: a candidate's score is the
// sum over its features of weight x value, the weights those of the ranker model
// (data/models/ranker.tsv, learned by scripts/train-ranker.py; Lexicons::rank_weights).
inline constexpr std::string_view kRankFeatures[] = {
    "name_match",          "feature_prior",         "population",
    "country_name",        "named_county",          "county_of_named_town",
    "short_for_named_county", "state_after_town",   "named_with_its_noun",
    "cue",                 "focus_country",         "country_unsupported",
    "international_context", "capital_of_named_country", "named_container",
    "containment",         "focus_region",          "spatial_coherence",
    "capital_of_named_country_elsewhere", "region_name_elsewhere", "colocated_names",
};
inline constexpr size_t kNumRankFeatures = std::size(kRankFeatures);

// The ranker model: one weight per feature of kRankFeatures (1.0 each: the hand-set scorer).
struct RankerModel {
  std::string version = "hand-set (no ranker file)";  // the file's first line, '#' dropped
  std::string path;                                   // where it was read from, if anywhere
  std::array<float, kNumRankFeatures> weights = [] {
    std::array<float, kNumRankFeatures> w{};
    w.fill(1.0f);
    return w;
  }();
};
// Reads a ranker file: '#' comment lines (the first is the version), then "feature<TAB>weight"
// rows; every feature must be one of kRankFeatures, its weight a number in (0, 20]. A feature
// the file does not name keeps 1.0. Errors name file:line.
Result<RankerModel> LoadRanker(const std::string& path);
// The ranker model a run reads: $MARSAD_RANKER when set, else data_dir/models/ranker.tsv.
std::string RankerPath(const std::string& data_dir);

struct Lexicons {
  StringMap<Cue> cues_before, cues_after;
  // The keys of the street's and square's cues (facility, feature hint R.ST or S.SQR: شارع,
  // ساحة, ميدان, دوار; Street, Avenue, Square): a street named after a town is not the town.
  std::vector<std::string> street_cues_before, street_cues_after;
  StringMap<RelationWord> relations;
  StringMap<std::string> nonplace;    // key → reason
  StringMap<bool> nonplace_phrases;   // its entries of several words ("مسقط رأسه")
  StringMap<bool> person_before, person_after;
  // Speech verbs ("X said", "said X"): a lone name next to one is a person's unless it is a
  // country, a province or a large town ("Moscow said" is its government).
  StringMap<bool> speech_before, speech_after;
  // Verbs whose object is a person only ("stabbed Welch", "killing Welch"; person_cues.tsv kind
  // victim): a lone minor name right after one is the victim's, there and wherever the article
  // repeats it alone.
  StringMap<bool> victim_before;
  StringMap<bool> org_before, org_after;
  // Organisation heads (position before_state, also in org_before) whose country or province
  // after them is the state they belong to, a place of the text: 'منتخب مصر', 'تلفزيون الكويت'.
  StringMap<bool> org_state_before;
  // Newspaper title words (position after_title, also in org_after: "Times", "Post", "News"):
  // a Latin name before one is in the title even where the word is written in lower case
  // ("the Jerusalem post"), while a lower-case head of another kind is a common noun the place
  // qualifies ("Richmond police").
  StringMap<bool> org_title_after;
  // One-word aliases of news outlets (outlets.tsv: قنا, بترا, واس, KUNA): in a dateline's
  // agency slot ("الدوحة - قنا :") or after the agency's name they are the agency.
  StringMap<bool> outlet_aliases;
  // Words that make a place's name a name with a descriptor (name_descriptors.tsv), key → kind
  // (compass, noun, epithet): before the name proper ('جنوب لبنان', 'قطاع غزة', 'نهر دجلة') or
  // after it ('مكة المكرمة', 'أوروبا الشرقية'). Mention::name_start/name_end is the name proper's span.
  StringMap<std::string> descriptors_before, descriptors_after;
  StringMap<std::string> demonyms;    // key → ISO country
  StringMap<bool> clitic_exceptions;
  size_t max_cue_words = 1, max_relation_words = 1;
  RankerModel ranker;  // LoadLexicons: $MARSAD_RANKER, else dir/../models/ranker.tsv if present
};
// Loads every lexicon file present under dir/ar and dir/en; a malformed line is an error
// naming file:line. Missing files are allowed (the lists are then empty). The ranker model is
// $MARSAD_RANKER when set (it must exist), else dir/../models/ranker.tsv when present (the
// data directory's models/ beside dictionaries/), else the hand-set weights.
Result<Lexicons> LoadLexicons(const std::string& dir);

struct Feature {
  std::string name;  // "name_match", "feature_prior", "population", "focus_country" …
  float value = 0;   // contribution to the score
};

struct ScoredCandidate {
  uint32_t place = 0;
  float score = 0;
  std::vector<Feature> features;
};

struct Relation {
  std::string kind;        // "bearing", "near", "countryside"
  float bearing = -1;      // degrees from north, -1 when none
  float distance_km = -1;  // given in the text, -1 when not
  int anchor = -1;         // index of the anchor mention in GeoResult::mentions
  uint32_t start = 0, end = 0;  // the relation phrase (code points)
};

struct Mention {
  uint32_t start = 0, end = 0;          // code points into the original text
  uint32_t token_begin = 0, token_end = 0;
  std::string key;                      // the gazetteer key that matched (or the name's key)
  int64_t place = -1;                   // resolved place index, -1 when unresolved
  double lat = 0, lon = 0;              // place coordinates, or the relation's estimate
  bool has_coordinates = false;
  float confidence = 0;                 // in [0,1]
  float recognition = 0;                // how sure the span is a place at all
  std::string cue;                      // the cue word seen, if any
  bool demonym = false;                 // "سوري", "Syrian": a mention of a country
  bool derived = false;                 // a relative place with no name of its own
  bool in_name = false;                 // inside an organisation's name ("the Paris Police Department")
  // A generic noun standing for a named place: "المملكة", the kingdom the text is about. Output
  // with generic: true, in focus and events, left out of evaluation by default (the news
  // annotation guide's generic nouns are no place names; IDRISI marks them).
  bool generic = false;
  bool variant = false;                 // found by the spelling-insensitive key (lower confidence)
  // A name with a descriptor or epithet ('قطاع غزة', 'جنوب لبنان', 'مكة المكرمة'): the span of
  // the name proper inside [start, end) ('غزة', 'لبنان', 'مكة'); both 0 for other mentions.
  uint32_t name_start = 0, name_end = 0;
  std::optional<Relation> relation;
  std::vector<ScoredCandidate> candidates;  // best first; kept for --explain
};

struct FocusItem {
  int64_t place = -1;
  int64_t country = -1;  // the place index of its country (the item itself for a country)
  float score = 0;
  int mentions = 0;
};
struct Focus {
  std::vector<FocusItem> countries, admin1s, cities;
};

struct GeoResult {
  std::vector<Mention> mentions;  // in text order
  // Places named inside organisation names ("the Aleppo Media Center"), in text order:
  // output with in_name: true, left out of focus, events and (by default) evaluation.
  std::vector<Mention> nested;
  Focus focus;
};

struct Options {
  bool demonyms = false;    // also output demonym mentions (CLIFF's replaceAllDemonyms)
  size_t max_candidates = 5;
  float min_confidence = 0.0f;
  // Checked between steps: once expired, Parse stops early and returns an empty result
  // (the caller reports the document as over its budget). Null: no limit.
  const Deadline* deadline = nullptr;
};

class Geoparser {
 public:
  Geoparser(const gazetteer::Gazetteer& gazetteer, const Lexicons& lexicons);
  GeoResult Parse(const text::Utf8Text& text, const text::Tokens& tokens, const Options& options) const;

 private:
  const gazetteer::Gazetteer& gaz_;
  const Lexicons& lex_;
};

// Great-circle distance in km, and the point at a bearing and distance from a start.
double HaversineKm(double lat1, double lon1, double lat2, double lon2);
void Destination(double lat, double lon, double bearing_deg, double km, double* out_lat, double* out_lon);

}  // namespace marsad::geo
