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

#include <cstdint>
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
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

struct Lexicons {
  StringMap<Cue> cues_before, cues_after;
  StringMap<RelationWord> relations;
  StringMap<std::string> nonplace;    // key → reason
  StringMap<bool> person_before, person_after;
  // Speech verbs ("X said", "said X"): a lone name next to one is a person's unless it is a
  // country, a province or a large town ("Moscow said" is its government).
  StringMap<bool> speech_before, speech_after;
  StringMap<bool> org_before, org_after;
  StringMap<std::string> demonyms;    // key → ISO country
  StringMap<bool> clitic_exceptions;
  size_t max_cue_words = 1, max_relation_words = 1;
};
// Loads every lexicon file present under dir/ar and dir/en; a malformed line is an error
// naming file:line. Missing files are allowed (the lists are then empty).
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
  bool in_name = false;                 // inside an organisation's name ("Paris police")
  bool variant = false;                 // found by the spelling-insensitive key (lower confidence)
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
