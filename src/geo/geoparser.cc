// Recognition and resolution of place mentions. The stages, in order:
//   1. Match: longest token sequence whose key is a gazetteer name (clitic stems tried
//      for the first Arabic token), or a demonym.
//   2. Filter: organisations, persons, common words; Latin names must be capitalized.
//   3. Resolve: score candidates by explained features, twice — the second pass adds
//      document focus and spatial coherence computed from the first.
//   4. Relations: bearings and distances from an anchor ("شمالي الرقة", "30 km east of X").
// Over 600 lines for a reason: the four stages share one DocumentParser's state (the
// mentions, their candidates, the focus of the first pass) and read best in order.
#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cmath>
#include <cstring>
#include <deque>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "marsad/geo.h"

namespace marsad::geo {

using gazetteer::Posting;
using gazetteer::PlaceView;
using text::Script;
using text::Token;
using text::TokenKind;

namespace {

constexpr size_t kMaxNameTokens = 8;
constexpr uint32_t kPendingKingdom = UINT32_MAX - 1;
// The name flags of a place's own names (not its alternate names).
constexpr uint16_t kOwnNameFlags = gazetteer::kNameMain | gazetteer::kNameAscii | gazetteer::kNameOfficial |
                                   gazetteer::kNamePreferred | gazetteer::kNameAbbreviation;

struct Match {
  uint32_t begin = 0, end = 0;  // token range
  std::string key;
  std::span<const Posting> postings;
  int form = 0;  // clitic candidate index of the first token (0: whole word)
  std::string demonym_country;
  bool kingdom = false;  // "المملكة" alone: the kingdom the document is about
  bool variant = false;  // matched by the spelling-insensitive key (gazetteer::VariantKey)
  bool respelled = false;  // variant by that key, not only by a dropped article ("al-Raqqa")
  bool unlisted = false;   // no name of the index: a word a settlement cue names ("قرية زركال")
  bool party = false;      // after a party's letter: a member's state or home ("Dorgan, D-N.D.")
  bool hyphen_tail = false;  // the second of two names one hyphen joins ("Egyptian-US", "Fargo-Moorhead")
  bool bare_county = false;  // a county's or parish's name without the word ("Avoyelles", "Gwinnett")
  bool abbreviation_part = false;  // "US" of "US-China": read by its abbreviations only
  // A part of one hyphenated word ("Washington" of "Washington-based"): its code points.
  uint32_t part_start = 0, part_end = 0;
};

// "المملكة" (the Kingdom) names the monarchy the text is about: Saudi and Jordanian news
// write it for their own country. These are the kingdoms Arabic news calls so.
bool ArabicNewsKingdom(std::string_view cc) {
  return cc == "SA" || cc == "JO" || cc == "MA" || cc == "BH" || cc == "GB";
}

bool IsWordLike(const Token& t) { return t.kind == TokenKind::kWord; }

// Whether a key ends in the Arabic letter `letter` (its two bytes), tested byte by byte:
// string_view::ends_with with a literal stayed a call (strlen, then memcmp), and
// UnlistedNameAfterCue asks it three times of most Arabic words of a text.
bool EndsWithLetter(std::string_view key, const char (&letter)[3]) {
  return key.size() >= 2 && key[key.size() - 2] == letter[0] && key.back() == letter[1];
}

// The Arabic article as romanised names write it, assimilated or not (al-, el-, ad-, ar-, as-,
// ash-, az- ...): "al-Raqqa", "ar-Raqqah", "Deir ez-Zor".
bool RomanisedArticle(std::string_view w) {
  static constexpr std::string_view kArticles[] = {"al", "el", "ad", "ed", "as", "es", "ash", "esh", "az",
                                                   "ez", "ar", "er", "at", "et", "an", "en", "ath", "adh"};
  for (std::string_view a : kArticles)
    if (a == w) return true;
  return false;
}

// The head nouns romanised Arabic place names begin with ("Tal Shamiram", "Tall Tawil",
// "Ain Issa", "Kafr Nabl", "Deir Hafer", "Khan Touman"): before a name the index lacks they
// are no place of their own (At Tall near Damascus, Ras in Iran, Khan near Homs).
bool ToponymHead(std::string_view w) {
  static constexpr std::string_view kHeads[] = {"tal", "tall", "tell", "tel", "ain", "ayn", "ein", "jabal", "jebel",
                                                "bir", "kafr", "kfar", "ras", "deir", "dayr", "wadi", "beit", "bayt",
                                                "khirbet", "khirbat", "souq", "suq", "qasr", "marj", "khan"};
  for (std::string_view h : kHeads)
    if (h == w) return true;
  return false;
}

// The generic nouns of administration and transport before a name: "لمحافظة عدن", "بمنطقة
// عسير", "مطار صنعاء الدولي", "قاعدة إنجرليك", "دول الخليج". The index holds some places under
// such a name (Aden Governorate as محافظة عدن), but news names the place and the noun is its
// cue: the annotation guide's generic nouns, never part of a name (news-events-dev: 45 spans
// so, none with the noun; ANERcorp the same, "دولة قطر" too). Not the nouns that begin names
// (تل, جبل, مخيم, قطاع غزة; جمهورية and مملكة of official names).
bool GenericHeadNoun(std::string_view key) {
  static const std::vector<std::string> kHeads = [] {
    std::vector<std::string> v;
    for (std::string_view w : {"محافظة", "منطقة", "مدينة", "مطار", "ميناء", "قاعدة", "حي", "إقليم", "دول", "دولة"})
      v.push_back(text::NormalizeKey(w));
    return v;
  }();
  return std::find(kHeads.begin(), kHeads.end(), key) != kHeads.end();
}

// The nouns that head Arabic names of valleys, mountains, hills, springs and monasteries
// ("وادي عربة", "جبل الشيخ", "تل أبيض", "عين العرب", "دير الزور"), and of junctions ("مفرق
// العند": the road junction of Al-Anad, not Mafraq, which Jordan's city is as "المفرق"), keys.
bool FeatureHeadNoun(std::string_view key) {
  static const std::vector<std::string> kHeads = [] {
    std::vector<std::string> v;
    for (std::string_view w : {"وادي", "غور", "جبل", "تل", "عين", "دير", "مفرق"}) v.push_back(text::NormalizeKey(w));
    return v;
  }();
  return std::find(kHeads.begin(), kHeads.end(), key) != kHeads.end();
}

// The regions layer (data/gazetteer/regions.txt): continents, macro-regions, the EU,
// oceans and seas. Nothing else in the index is without a country.
bool MacroRegion(const PlaceView& p) {
  return p.country.empty() && (p.feature_class == 'L' || p.feature_class == 'H' || p.feature_class == 'T');
}

float FeaturePrior(const PlaceView& p) {
  std::string_view c = p.feature_code;
  if (MacroRegion(p)) return 1.0f;  // "Africa" is the continent, not Mahdia's old name
  switch (p.feature_class) {
    case 'A':
      if (c.starts_with("PCL")) return 1.0f;
      if (c == "ADM1") return 0.8f;
      if (c == "ADM2") return 0.55f;
      return 0.4f;
    case 'P': {
      if (c == "PPLC") return 0.9f;
      if (c == "PPLA") return 0.75f;
      if (c == "PPLX") return 0.25f;  // a section of a city: never above it
      // A city of 100,000 is as salient as a county seat, one of a million as a provincial
      // capital, whatever its rank: Vancouver, British Columbia and Arlington, Texas (PPL)
      // lost to the seats of Clark County, Washington and Arlington County, Virginia
      // (PPLA2) in articles naming nothing else.
      const float size = p.population >= 1000000 ? 0.75f : p.population >= 100000 ? 0.6f : 0;
      float rank = 0.35f;
      if (c == "PPLA2") rank = 0.6f;
      else if (c == "PPLA3") rank = 0.5f;
      else if (c == "PPLA4") rank = 0.4f;
      return std::max(rank, size);
    }
    case 'T': case 'H': case 'L': case 'S':
      return p.supplement ? 0.55f : 0.3f;
    default:
      return 0.2f;
  }
}

// Countries whose places Arabic news names in Arabic often enough that an Arabic-script
// name there is a real endonym or common exonym; elsewhere, cities500's untagged Arabic
// names of small towns are transliterations that collide with common words (أن → Ans).
bool ArabicNamedRegion(std::string_view cc) { return gazetteer::ArabicNewsRegion(cc); }

// A populated place below a province's seat and a large city's size.
bool MinorSettlement(const PlaceView& p) {
  return p.feature_class == 'P' && p.population < 100000 && p.feature_code != "PPLC" && p.feature_code != "PPLA";
}

bool IsCountry(const PlaceView& p) { return p.feature_class == 'A' && p.feature_code.starts_with("PCL"); }
bool IsAdmin1(const PlaceView& p) { return p.feature_class == 'A' && p.feature_code == "ADM1"; }

// Does a cue's feature hint ("P", "A.ADM1", "S|P") accept this place?
bool HintAccepts(std::string_view hint, const PlaceView& p) {
  if (hint.empty()) return true;
  size_t start = 0;
  while (start <= hint.size()) {
    size_t bar = hint.find('|', start);
    std::string_view h = hint.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
    if (!h.empty() && h[0] == p.feature_class) {
      if (h.size() == 1) return true;
      if (h.size() > 2 && h.substr(2) == p.feature_code) return true;
      if (h.size() > 2 && p.feature_code.starts_with(h.substr(2))) return true;
    }
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return false;
}

// Whether a cue's feature hint ("P", "A.ADM1|P") admits some place of this feature class.
bool HintAllowsClass(std::string_view hint, char feature_class) {
  for (size_t start = 0; start < hint.size();) {
    if (hint[start] == feature_class) return true;
    size_t bar = hint.find('|', start);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return false;
}

// The resolution features in the order of kRankFeatures (geo.h), whose names --explain prints.
enum RankFeature : uint8_t {
  kNameMatch, kFeaturePrior, kPopulation, kCountryName, kNamedCounty, kCountyOfNamedTown,
  kShortForNamedCounty, kStateAfterTown, kNamedWithItsNoun, kCue, kFocusCountry, kCountryUnsupported,
  kInternationalContext, kCapitalOfNamedCountry, kNamedContainer, kContainment, kFocusRegion,
  kSpatialCoherence, kCapitalOfNamedCountryElsewhere, kRegionNameElsewhere, kColocatedNames,
};
static_assert(kColocatedNames + 1 == kNumRankFeatures);
static_assert(kRankFeatures[kNameMatch] == "name_match" && kRankFeatures[kCue] == "cue" &&
              kRankFeatures[kSpatialCoherence] == "spatial_coherence" &&
              kRankFeatures[kColocatedNames] == "colocated_names");

// Compound names written joined (البوكمال) or spaced (البو كمال) in the gazetteer.
constexpr std::string_view kCompoundHeads[] = {"البو", "ابو", "ام",  "عبد", "بني", "دير",
                                               "تل",   "عين", "راس", "بيت", "كفر"};
// The heads as (bytes, mask) of a little-endian 8-byte word (every head is at most 8
// bytes): a form of 10 bytes or more is tested against all eleven with one load and an
// and-compare each. Most forms are no compound, and the comparisons byte by byte were
// about a quarter of Forms' instructions, on every Arabic token.
struct CompoundHead {
  uint64_t bytes = 0, mask = 0;
  size_t size = 0;
};
constexpr std::array<CompoundHead, std::size(kCompoundHeads)> kCompoundHeadWords = [] {
  std::array<CompoundHead, std::size(kCompoundHeads)> heads{};
  for (size_t k = 0; k < heads.size(); ++k) {
    const std::string_view pre = kCompoundHeads[k];
    for (size_t j = 0; j < pre.size() && j < 8; ++j) {
      heads[k].bytes |= uint64_t{static_cast<unsigned char>(pre[j])} << (8 * j);
      heads[k].mask |= uint64_t{0xFF} << (8 * j);
    }
    heads[k].size = pre.size();
  }
  return heads;
}();
static_assert(std::all_of(std::begin(kCompoundHeads), std::end(kCompoundHeads),
                          [](std::string_view pre) { return pre.size() <= 8; }));
// Whether a form is a compound's head and its rest (DocumentParser::MakeForms' `compound`)
// for some head of kCompoundHeads.
bool AnyCompound(std::string_view form) {
  if (form.size() < 4 + 6) return false;  // the shortest heads (ام تل) are 4 bytes
  uint64_t w = 0;  // the first 8 bytes, little-endian
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&w, form.data(), 8);
  } else {
    for (size_t j = 0; j < 8; ++j) w |= uint64_t{static_cast<unsigned char>(form[j])} << (8 * j);
  }
  // No two heads begin with the same two letters (the case labels would clash), so the first
  // four bytes pick the one head the form may start with: a few compares instead of one per
  // head (this ran on every Arabic word of five letters or more).
  auto first_two_letters = [](size_t k) { return static_cast<uint32_t>(kCompoundHeadWords[k].bytes); };
  size_t k = 0;
  switch (static_cast<uint32_t>(w)) {
    case first_two_letters(0): k = 0; break;
    case first_two_letters(1): k = 1; break;
    case first_two_letters(2): k = 2; break;
    case first_two_letters(3): k = 3; break;
    case first_two_letters(4): k = 4; break;
    case first_two_letters(5): k = 5; break;
    case first_two_letters(6): k = 6; break;
    case first_two_letters(7): k = 7; break;
    case first_two_letters(8): k = 8; break;
    case first_two_letters(9): k = 9; break;
    case first_two_letters(10): k = 10; break;
    default: return false;
  }
  static_assert(std::size(kCompoundHeads) == 11);
  const CompoundHead& h = kCompoundHeadWords[k];
  return (w & h.mask) == h.bytes && form.size() >= h.size + 6 && form.find(' ') == std::string_view::npos;
}

// A mention's candidates: place → the OR of the flags of every name of it that matched, in
// place order (Resolve scores them in that order). A sorted vector, its buffer kept from one
// mention to the next: the std::map it replaces allocated a node per candidate.
class CandidateFlags {
 public:
  using Entry = std::pair<uint32_t, uint16_t>;
  void clear() { v_.clear(); }
  // Adds many at once (Append each, then Merge): unordered input is sorted once.
  void Append(uint32_t place, uint16_t flags) { v_.emplace_back(place, flags); }
  void Merge() {
    if (!std::is_sorted(v_.begin(), v_.end(), ByPlace))
      std::stable_sort(v_.begin(), v_.end(), ByPlace);
    size_t out = 0;
    for (size_t k = 0; k < v_.size(); ++k) {
      if (out > 0 && v_[out - 1].first == v_[k].first) v_[out - 1].second |= v_[k].second;
      else v_[out++] = v_[k];
    }
    v_.resize(out);
  }
  // The flags of a place, added with none when absent (as std::map's operator[]).
  uint16_t& operator[](uint32_t place) {
    auto it = std::lower_bound(v_.begin(), v_.end(), place, [](const Entry& e, uint32_t p) { return e.first < p; });
    if (it == v_.end() || it->first != place) it = v_.insert(it, Entry{place, 0});
    return it->second;
  }
  size_t size() const { return v_.size(); }
  std::vector<Entry>::const_iterator begin() const { return v_.begin(); }
  std::vector<Entry>::const_iterator end() const { return v_.end(); }

 private:
  static bool ByPlace(const Entry& a, const Entry& b) { return a.first < b.first; }
  std::vector<Entry> v_;
};

// Resolve's votes by country code or region ("SY", "SY.13"): a handful of keys per text,
// looked up a few times per candidate. A vector searched in order: std::unordered_map's node
// per key and its string hash were most of Resolve's allocations (24 M instructions inclusive
// per 300 articles of places-only). Keys are kept in the order they were first voted for.
class Votes {
 public:
  float& operator[](std::string_view key) {
    for (auto& e : v_)
      if (Same(e.first, key)) return e.second;
    if (v_.empty()) v_.reserve(8);  // one allocation for most texts' keys, not 1, 2, 4, 8
    v_.emplace_back(std::string(key), 0.0f);
    return v_.back().second;
  }
  // The votes for `key`, 0 when none.
  float Of(std::string_view key) const {
    for (const auto& e : v_)
      if (Same(e.first, key)) return e.second;
    return 0;
  }
  bool Has(std::string_view key) const {
    return std::any_of(v_.begin(), v_.end(), [&](const auto& e) { return Same(e.first, key); });
  }
  bool empty() const { return v_.empty(); }
  std::vector<std::pair<std::string, float>>::const_iterator begin() const { return v_.begin(); }
  std::vector<std::pair<std::string, float>>::const_iterator end() const { return v_.end(); }

 private:
  // Byte by byte: the keys are a few bytes long, and == called memcmp for each (131,644
  // calls per 300 articles).
  static bool Same(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t k = 0; k < a.size(); ++k)
      if (a[k] != b[k]) return false;
    return true;
  }
  std::vector<std::pair<std::string, float>> v_;
};

class DocumentParser {
 public:
  DocumentParser(const gazetteer::Gazetteer& gaz, const Lexicons& lex, const text::Utf8Text& text,
                 const text::Tokens& toks, const Options& opt)
      : gaz_(gaz), lex_(lex), text_(text), toks_(toks), t_(toks.tokens), opt_(opt) {}

  // A resolution feature: its hand-set value times the ranker model's weight.
  float Weight(RankFeature k) const { return lex_.ranker.weights[k]; }
  Feature Ranked(RankFeature k, float value) const {
    return {std::string(kRankFeatures[k]), Weight(k) * value};
  }
  // Whether f is feature k: the lengths compared first (std::string == const char* was a
  // strlen and a memcmp call for every feature of every candidate looked at).
  static bool IsFeature(const Feature& f, RankFeature k) { return std::string_view(f.name) == kRankFeatures[k]; }

  GeoResult Run() {
    Recognize();
    if (Stopped()) return {};
    DropPersonNames();
    AssignKeyIds();
    IndexCounties();
    Resolve(false);
    if (Stopped()) return {};
    DropUnsupportedRespellings();
    Resolve(true);
    if (Stopped()) return {};
    ReviseUnsupportedNamesakes();
    if (Stopped()) return {};
    DropFarArabicNamesakes();
    DropFarCompassRegions();
    NamedFeatures();
    ProvincesWithDistricts();
    PlaceStreets();
    Relations();
    NamesProper();
    // Keep, sort by position, and remap relation anchors to the new indexes.
    std::vector<size_t> order;
    for (size_t k = 0; k < mentions_.size(); ++k) {
      const Mention& m = mentions_[k];
      if (m.demonym && !opt_.demonyms) continue;
      if (k < dropped_.size() && dropped_[k]) continue;  // DropUnsupportedRespellings
      if (QuotedRegion(m)) continue;
      if (m.place < 0 && !m.relation && !m.derived && m.token_end == m.token_begin + 1 &&
          single_place_.size() > k && single_place_[k] == kPendingKingdom)
        continue;  // "المملكة" in a text about no kingdom
      if (m.confidence < opt_.min_confidence && !m.relation) continue;
      order.push_back(k);
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return mentions_[a].start < mentions_[b].start ||
             (mentions_[a].start == mentions_[b].start && mentions_[a].end > mentions_[b].end);
    });
    std::vector<int> new_index(mentions_.size(), -1);
    for (size_t k = 0; k < order.size(); ++k) new_index[order[k]] = static_cast<int>(k);
    GeoResult r;
    // In-name mentions are taken out first, so that relation anchors index r.mentions.
    std::vector<size_t> kept;
    for (size_t k : order) {
      if (mentions_[k].in_name) r.nested.push_back(std::move(mentions_[k]));
      else kept.push_back(k);
    }
    std::fill(new_index.begin(), new_index.end(), -1);
    for (size_t k = 0; k < kept.size(); ++k) new_index[kept[k]] = static_cast<int>(k);
    for (size_t k : kept) {
      Mention m = std::move(mentions_[k]);
      if (m.relation && m.relation->anchor >= 0) m.relation->anchor = new_index[m.relation->anchor];
      r.mentions.push_back(std::move(m));
    }
    r.focus = ComputeFocus(r.mentions);
    return r;
  }

 private:
  // ------------------------------------------------------------ helpers
  bool Stopped() const { return opt_.deadline && opt_.deadline->Expired(); }

  std::string_view Key(uint32_t i) const { return toks_.Key(i); }

  // Keys a token can stand for: itself, then its clitic stems (Arabic only), then
  // compound names split after a fixed first part. Cached per token; most tokens share
  // the list of Tokens::Stems (no copy), only exceptions and compounds own one.
  // Inline up to the cache: the phrase lookups around every name ask again for forms
  // already made.
  std::span<const std::string_view> Forms(uint32_t i) const {
    if (forms_.size() == t_.size() && forms_[i].data()) return forms_[i];
    return MakeForms(i);
  }
  [[gnu::noinline]] std::span<const std::string_view> MakeForms(uint32_t i) const {
    if (forms_.size() != t_.size()) forms_.assign(t_.size(), {});
    if (forms_[i].data()) return forms_[i];
    std::string_view key = Key(i);
    if (t_[i].script != Script::kArabic) {
      forms_[i] = toks_.Stems(i);  // a token that is no Arabic word: its key alone
      return forms_[i];
    }
    std::span<const std::string_view> stems = toks_.Stems(i);
    // A word with no proclitic reading (most words) and no compound's head has its key as its
    // only form whether or not it is a listed exception: no lookup.
    if (stems.size() == 1 && !AnyCompound(key) && !ShortHeadAfterClitic(key)) {
      forms_[i] = stems;
      return stems;
    }
    if (lex_.clitic_exceptions.count(key)) {
      forms_[i] = stems.first(1);
      return forms_[i];
    }
    // A stem that is itself an exception is not split further: "وبلاد" is و + بلاد
    // ("and the land of"), not و + ب + لاد (an alternate name of Lod). Only tokens with two
    // or more proclitic readings pay for the lookups.
    for (size_t k = 1; k + 1 < stems.size(); ++k)
      if (lex_.clitic_exceptions.count(stems[k])) {
        stems = stems.first(k + 1);
        break;
      }
    forms_[i] = stems;
    auto compound = [](std::string_view form, std::string_view pre) {  // first letters inline: no memcmp call
      return form.size() >= pre.size() + 6 && form[0] == pre[0] && form[1] == pre[1] && form.starts_with(pre) &&
             form.find(' ') == std::string_view::npos;
    };
    bool any = false;
    for (std::string_view form : stems) any = any || AnyCompound(form) || ShortHeadAfterClitic(form);
    if (!any) return stems;
    std::vector<std::string_view>& out = owned_forms_.emplace_back(stems.begin(), stems.end());
    // The two-letter heads of names of several words after a proclitic ('وتل أبيب', 'بتل
    // أبيب', 'وأم درمان'): ProcliticSplits leaves no stem under three letters, so the
    // name was lost whole. The head alone is no name (ShortHead: Recognize matches it
    // only with the words after it).
    for (size_t k = 0, n = out.size(); k < n; ++k)
      if (ShortHeadAfterClitic(out[k])) out.push_back(out[k].substr(2));
    for (size_t k = 0, n = out.size(); k < n; ++k)
      for (std::string_view pre : kCompoundHeads)
        if (compound(out[k], pre))
          out.push_back(owned_strings_.emplace_back(std::string(pre) + " " + std::string(out[k].substr(pre.size()))));
    forms_[i] = out;
    return out;
  }

  // text::KeyHash of each of Forms(i), and of its first word (a compound form's head; the
  // form itself when it has no space), cached per token as Forms is: the phrase lookups
  // around a name ask a dozen lists (cues, persons, organisations, speech verbs ...) about
  // the same forms, and hashed each form again for every list and phrase length.
  struct FormHash {
    uint64_t key = 0, first = 0;
  };
  std::span<const FormHash> FormHashes(uint32_t i) const {
    if (form_hash_at_.size() == t_.size() && form_hash_at_[i] != kNoFormHashes)
      return {form_hashes_.data() + form_hash_at_[i], forms_[i].size()};
    return MakeFormHashes(i);
  }
  [[gnu::noinline]] std::span<const FormHash> MakeFormHashes(uint32_t i) const {
    const std::span<const std::string_view> forms = Forms(i);
    if (form_hash_at_.size() != t_.size()) {
      form_hash_at_.assign(t_.size(), kNoFormHashes);
      form_hashes_.reserve(t_.size());  // about one form a token; few tokens are asked
    }
    form_hash_at_[i] = static_cast<uint32_t>(form_hashes_.size());
    for (std::string_view f : forms) {
      const uint64_t key = text::KeyHash(f);
      const size_t space = f.find(' ');
      form_hashes_.push_back({key, space == std::string_view::npos ? key : text::KeyHash(f.substr(0, space))});
    }
    return {form_hashes_.data() + form_hash_at_[i], forms.size()};
  }
  static constexpr uint32_t kNoFormHashes = ~uint32_t{0};

  // A key of three letters, a proclitic (و ف ب ك ل) and a two-letter head of names of
  // several words: تل (a hill: 'تل أبيب', 'تل أبيض') or ام ('أم درمان', 'أم قصر').
  // Compared in bytes (each letter is two): the string comparisons were a call to memcmp
  // each, on every form of three letters.
  static bool ShortHeadAfterClitic(std::string_view form) {
    if (form.size() != 6) return false;
    const auto b = [&](size_t k) { return static_cast<unsigned char>(form[k]); };
    const bool head = (b(2) == 0xD8 && b(3) == 0xAA && b(4) == 0xD9 && b(5) == 0x84) ||  // تل
                      (b(2) == 0xD8 && b(3) == 0xA7 && b(4) == 0xD9 && b(5) == 0x85);    // ام
    if (!head) return false;
    return (b(0) == 0xD9 && (b(1) == 0x88 || b(1) == 0x81 || b(1) == 0x83 || b(1) == 0x84)) ||  // و ف ك ل
           (b(0) == 0xD8 && b(1) == 0xA8);                                                        // ب
  }
  static bool ShortHead(std::string_view form) { return form == "تل" || form == "ام"; }

  // A capitalised Latin word, or a romanised Arabic name written with a lower-case article
  // hyphenated before its capital ("al-Raqqa", "ar-Raqqah"): the name is capitalised.
  bool CapitalisedName(uint32_t k) const {
    const Token& t = t_[k];
    if (t.Has(text::kCapitalized)) return true;
    if (t.script != Script::kLatin || t.kind != TokenKind::kWord) return false;
    std::string_view raw = std::string_view(text_.utf8).substr(t.byte_start, t.byte_end - t.byte_start);
    size_t dash = raw.find('-');
    if (dash == std::string_view::npos || dash + 1 >= raw.size()) return false;
    std::string head(raw.substr(0, dash));
    for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return RomanisedArticle(head) && raw[dash + 1] >= 'A' && raw[dash + 1] <= 'Z';
  }

  // Whether tokens [a, b) are adjacent words (no punctuation or line break between).
  bool Joinable(uint32_t prev, uint32_t next) const {
    if (!IsWordLike(t_[next])) return false;
    if (t_[next].Has(text::kNewlineBefore)) return false;
    if (t_[next].Has(text::kHashtagFirst)) return false;
    return t_[prev].script == t_[next].script || t_[next].script == Script::kNone;
  }

  // A '.' right after a short capitalized Latin word, with no space before it.
  bool IsAbbreviationDot(uint32_t j) const {
    if (j == 0 || j >= t_.size() || t_[j].kind != TokenKind::kPunct || t_[j].Has(text::kSpaceBefore)) return false;
    if (t_[j].end - t_[j].start != 1 || text_.utf8[t_[j].byte_start] != '.') return false;
    const Token& w = t_[j - 1];
    return w.kind == TokenKind::kWord && w.script == Script::kLatin && w.Has(text::kCapitalized) &&
           w.end - w.start <= 3;
  }

  // The key of tokens [a, b), the first token replaced by `first`.
  std::string Phrase(uint32_t a, uint32_t b, std::string_view first) const {
    std::string s;
    PhraseInto(a, b, first, &s);
    return s;
  }
  void PhraseInto(uint32_t a, uint32_t b, std::string_view first, std::string* s) const {
    s->assign(first);
    for (uint32_t k = a + 1; k < b; ++k) {
      s->push_back(' ');
      s->append(Key(k));
    }
  }

  // The entry of `map` the words [a, b) spell, trying the clitic stems (forms) of the first.
  template <typename Map>
  bool MatchSpan(const Map& map, uint32_t a, uint32_t b, const typename Map::mapped_type** found) const {
    for (uint32_t k = a; k < b; ++k)
      if (!IsWordLike(t_[k])) return false;
    const std::span<const std::string_view> forms = Forms(a);
    const std::span<const FormHash> hashes = FormHashes(a);
    for (size_t k = 0; k < forms.size(); ++k) {
      const std::string_view f = forms[k];
      if (!map.MayStartWithHash(hashes[k].first)) continue;  // no key starts so
      // One token: the phrase is the form itself (no copy into the buffer, its hash cached).
      auto it = b == a + 1 ? map.find(f, hashes[k].key) : (PhraseInto(a, b, f, &phrase_), map.find(phrase_));
      if (it != map.end()) {
        *found = &it->second;
        return true;
      }
    }
    return false;
  }
  // Finds a lexicon entry of at most max_words words ending just before token `end`
  // (exclusive), the longest first. Returns the number of tokens matched.
  template <typename Map>
  uint32_t MatchBefore(const Map& map, uint32_t end, size_t max_words, const typename Map::mapped_type** found) const {
    for (uint32_t n = static_cast<uint32_t>(std::min<size_t>(max_words, end)); n >= 1; --n)
      if (MatchSpan(map, end - n, end, found)) return n;
    return 0;
  }
  // The same starting at token `begin`.
  template <typename Map>
  uint32_t MatchAfter(const Map& map, uint32_t begin, size_t max_words, const typename Map::mapped_type** found) const {
    for (uint32_t n = static_cast<uint32_t>(std::min<size_t>(max_words, t_.size() - begin)); n >= 1; --n)
      if (MatchSpan(map, begin, begin + n, found)) return n;
    return 0;
  }

  // ------------------------------------------------------------ 1-2. recognition
  void Recognize() {
    uint32_t n = static_cast<uint32_t>(t_.size());
    uint32_t i = 0;
    for (uint32_t step = 1; i < n; ++step) {
      if (step % 1024 == 0 && Stopped()) return;
      if (!IsWordLike(t_[i])) {
        ++i;
        continue;
      }
      if (i < name_run_end_) {  // inside a longer name that a region word opened (AddMention)
        ++i;
        continue;
      }
      // A listed name that is no place ("West Wing", "Trump Tower") hides its words.
      if (t_[i].script == Script::kLatin && t_[i].Has(text::kCapitalized)) {
        uint32_t skip = NonPlacePhrase(i);
        if (skip) {
          i += skip;
          continue;
        }
      }
      // Arabic phrases no place's name is part of ('مسقط رأسه', his birthplace; 'على الصعيد
      // الوطني', at the national level): ar/nonplace_words.tsv's entries of several words.
      if (t_[i].script == Script::kArabic) {
        uint32_t skip = ArabicNonPlacePhrase(i);
        if (skip) {
          i += skip;
          continue;
        }
      }
      Match best;
      bool found = false;
      const auto& forms = Forms(i);
      for (int fi = 0; fi < static_cast<int>(forms.size()); ++fi) {
        // The name so far: the form alone is probed as it is; the buffer is filled only when
        // the form is a prefix of longer keys (most forms are not).
        std::string& cur = cur_;
        std::string_view name = forms[fi];
        for (uint32_t j = i; j < n && j < i + kMaxNameTokens; ++j) {
          if (j > i) {
            // "St. Louis", "U.S.", "D.C.": a period after a short capitalized Latin word
            // stays inside the name.
            if (IsAbbreviationDot(j) && j + 1 < n && Joinable(j - 1, j + 1)) ++j;
            if (!Joinable(j - 1, j) && !(j >= 2 && IsAbbreviationDot(j - 1) && Joinable(j - 2, j))) break;
            if (name.data() != cur.data()) cur.assign(name);
            cur.push_back(' ');
            cur.append(Key(j));
            name = cur;
          }
          bool prefix = false;
          auto post = gaz_.Lookup(name, &prefix);
          if (!post.empty() && (!found || j + 1 > best.end) && NameEnd(i, j) && (j > i || fi == 0 || !ShortHead(name))) {
            best = Match{i, j + 1, std::string(name), post, fi, {}};
            found = true;
          }
          if (!prefix) break;
        }
        if (!found || best.end == i + 1) {
          auto d = lex_.demonyms.find(forms[fi]);
          if (d != lex_.demonyms.end() && !d->second.empty()) {
            best = Match{i, i + 1, std::string(forms[fi]), {}, fi, d->second};
            found = true;
          }
        }
        if (!found && forms[fi] == "المملكه") {
          best = Match{i, i + 1, std::string(forms[fi]), {}, fi, {}, true};
          found = true;
        }
        if (found && fi == 0) break;  // the whole word wins over its segmentations
      }
      // A demonym of two words ("North Korean", "Sri Lankan", "South Sudanese"): not the
      // second word's ("Korean" is South Korea's) nor a place of the first ("North").
      if (t_[i].script == Script::kLatin && t_[i].Has(text::kCapitalized) && i + 1 < n && IsWordLike(t_[i + 1]) &&
          t_[i + 1].Has(text::kCapitalized) && Joinable(i, i + 1) && (!found || best.end <= i + 2)) {
        phrase_.assign(Key(i));
        phrase_.push_back(' ');
        phrase_.append(Key(i + 1));
        auto d = lex_.demonyms.find(phrase_);
        if (d != lex_.demonyms.end() && !d->second.empty()) {
          best = Match{i, i + 2, phrase_, {}, 0, d->second};
          found = true;
        }
      }
      // Romanised Arabic, Persian and Kurdish names spelled otherwise than the index has
      // them ("Maarat al-Numan", "Dayr az Zawr"): the variant key, only for spans longer
      // than any exact match here.
      if (!found && t_[i].script == Script::kLatin && t_[i].Has(text::kHashtagPart)) MatchCamelCase(i, &best, &found);
      // A party's letter before a hyphen ("D-N.D.") wins over what the token alone may be
      // ("d n", an alternate name of Dierkow-Neu).
      if ((!found || PartyLetterToken(i)) && t_[i].script == Script::kLatin && !t_[i].Has(text::kHashtagPart))
        MatchHyphenPart(i, &best, &found);
      if (t_[i].script == Script::kLatin && CapitalisedName(i)) {
        MatchCountyOfList(i, &best, &found);
        MatchAbbreviatedCounty(i, &best, &found);
      }
      if (t_[i].script == Script::kLatin && t_[i].Has(text::kCapitalized)) MatchHyphenTail(i, &best, &found);
      if (t_[i].script == Script::kLatin && CapitalisedName(i) && !t_[i].Has(text::kAllCaps)) {
        MatchVariant(i, found ? best.end : i, &best, &found);
        // "al-Raqqa" where the index has "Raqqa" and "Ar Raqqah": the name without its article.
        if (!found) MatchWithoutArticle(i, &best, &found);
        if (!found) MatchWithArticle(i, &best, &found);
        if (!found) MatchRespelledWord(i, &best, &found);
        if (!found) MatchPossessiveS(i, &best, &found);
      }
      // A street's name may begin with a place's ("Vaughn Ridge Road", "Pine Needle Drive"):
      // the longer street wins.
      if (t_[i].script == Script::kLatin && CapitalisedName(i)) MatchUnlistedStreet(i, &best, &found);
      if (!found && t_[i].script == Script::kLatin && t_[i].Has(text::kCapitalized)) MatchBareCounty(i, &best, &found);
      if (!found && UnlistedNameAfterCue(i)) {
        best = Match{i, i + 1, std::string(Key(i)), {}, 0, {}};
        best.unlisted = true;
        found = true;
      }
      if (!found) {
        Match tail;
        if (t_[i].script == Script::kLatin && MatchPairTail(i, false, &tail)) {
          AddMention(tail);
          i = tail.end;
          continue;
        }
        ++i;
        continue;
      }
      // "لمحافظة عدن": the generic noun is the cue of the name after it, which is the mention.
      if (best.end - best.begin >= 2 && !best.variant && best.demonym_country.empty() &&
          t_[i].script == Script::kArabic && GenericHeadNoun(std::string_view(best.key).substr(0, best.key.find(' '))) &&
          NameFrom(i + 1, best.end)) {
        // What the whole phrase names ("منطقة الرياض": Riyadh Province, not the city) is the
        // reading of the name after the noun (NamedWithItsNoun).
        noun_phrases_.emplace_back(i + 1, best.postings);
        ++i;
        continue;
      }
      // "طريق وادي عربة-غرندل", "منطقة وادي القمر", "طريق غور حديثة": a bare feature noun
      // (وادي, غور, جبل, تل, عين, دير, مفرق) before another word heads a name the index lacks (its
      // longer match would have won); alone it is no place (El Oued's وادي, Ghor Province's
      // غور, a Jabel in Germany, an Iranian Deyr).
      // With a proclitic ("بمفرق العند", "بوادي الضيف") only before a definite word: "قرية بوادي
      // على بعد" is the village Bwadi.
      if (best.end == best.begin + 1 && best.key.size() <= 8 && !best.unlisted && best.demonym_country.empty() &&
          t_[i].script == Script::kArabic && FeatureHeadNoun(best.key) && i + 1 < n && Joinable(i, i + 1) &&
          (best.form == 0 || Key(i + 1).starts_with("\xD8\xA7\xD9\x84"))) {
        ++i;
        continue;
      }
      if (best.end == best.begin + 1 && best.demonym_country.empty() && t_[i].script == Script::kArabic)
        AdjectiveOfTheCountry(&best);
      if (best.end - best.begin >= 2 && !best.variant) CityOfTheName(&best);
      if (best.end == best.begin + 2 && !best.variant && best.demonym_country.empty()) ConsolidatedCounty(&best);
      if (uint32_t street_words = StreetNamedAfter(best)) {
        // Its cue before it (Arabic): no mention ('شارع كان', 'شارع جامعة الدول العربية' and
        // 'شارع وادي النيل' begin with a town's name too). After it (English): the street is
        // the mention, unresolved, "Baghdad Street" as LGL has it.
        if (street_words == 1) {
          i = best.end;
          continue;
        }
        for (uint32_t k = best.end; k < best.end + street_words - 1; ++k) {
          if (!IsWordLike(t_[k])) continue;  // the period of "St."
          best.key.push_back(' ');
          best.key.append(Key(k));
        }
        best.end += street_words - 1;
        best.postings = {};
        best.unlisted = true;
      }
      const size_t before = mentions_.size();
      AddMention(best);
      if (mentions_.size() > before) AddNestedSettlement(best);
      i = best.end;
      // The head of a hyphenated pair read, its tail next ("Fargo-Moorhead").
      Match tail;
      if (mentions_.size() > before && best.end == best.begin + 1 && best.part_start == t_[best.begin].start &&
          best.part_end > best.part_start && !best.party && MatchPairTail(best.begin, true, &tail)) {
        AddMention(tail);
        i = tail.end;
      }
    }
  }

  // A name with a descriptor or an epithet ('قطاع غزة', 'جنوب لبنان', 'نهر دجلة', 'مكة المكرمة',
  // 'أوروبا الشرقية'; ar/name_descriptors.tsv): the mention is the whole, as the index names it,
  // and the name proper is what is left without the descriptor's words at its ends, where that
  // is a name of the index too. A country or a continent so named ('جنوب أفريقيا', 'كوريا
  // الشمالية') is a name proper whole.
  void NamesProper() {
    if (lex_.descriptors_before.empty() && lex_.descriptors_after.empty()) return;
    for (Mention& m : mentions_) {
      if (m.derived || m.relation || m.demonym || m.token_end < m.token_begin + 2 ||
          t_[m.token_begin].script != Script::kArabic)
        continue;
      if (m.place >= 0) {
        const PlaceView p = gaz_.Place(static_cast<uint32_t>(m.place));
        if (IsCountry(p) || p.feature_code == "CONT") continue;
      }
      uint32_t b = m.token_begin, e = m.token_end;
      bool after_noun = false;  // the last word taken off the front names a kind of place
      for (;;) {
        // The mention's first word may carry a proclitic ('وجنوب لبنان', 'بقطاع غزة').
        const std::string* kind = nullptr;
        if (auto it = lex_.descriptors_before.find(Key(b)); it != lex_.descriptors_before.end()) kind = &it->second;
        if (b == m.token_begin)
          for (std::string_view f : Forms(b))
            if (auto it = lex_.descriptors_before.find(f); !kind && it != lex_.descriptors_before.end()) kind = &it->second;
        // After a kind of place's noun the rest is its name whole ('مخيم نهر البارد' is the camp
        // of Nahr al-Bared, not of al-Bared).
        if (e > b + 1 && IsWordLike(t_[b + 1]) && kind && !after_noun) {
          after_noun = *kind == "noun";
          ++b;
        } else if (e > b + 1 && IsWordLike(t_[e - 2]) && lex_.descriptors_after.count(Key(e - 1))) {
          --e;
        } else {
          break;
        }
      }
      if (b == m.token_begin && e == m.token_end) continue;
      // The name proper is a name of the index ('مكة', 'غزة'), its first word with a proclitic
      // where the mention begins with it ('بمكة المكرمة'); after a noun naming the kind of place,
      // the name in construct with it is one whether or not the index has it alone ('مدينة نصر').
      const std::string_view first_key = Key(b);
      const std::span<const std::string_view> firsts = b == m.token_begin ? Forms(b) : std::span(&first_key, 1);
      if (!after_noun && std::none_of(firsts.begin(), firsts.end(), [&](std::string_view f) {
            return !gaz_.Lookup(Phrase(b, e, f)).empty();
          }))
        continue;
      m.name_start = b == m.token_begin ? m.start : t_[b].start;
      m.name_end = e == m.token_end ? m.end : t_[e - 1].end;
    }
  }

  // "Avoyelles task force arrests 14", "While Clarke and Oconee update their layoff policies",
  // "Vanderburgh, Ind., County prosecutors": local news names its county without the word, and
  // the index has only "Avoyelles Parish", "Clarke County". One or two capitalised words that
  // name no place, whose key with "county" or "parish" names counties only, are such a county,
  // kept only where another place of its state is named (DropUnsupportedRespellings).
  void MatchBareCounty(uint32_t i, Match* best, bool* found) const {
    // Most capitalised words have no comma, "and" or "or" beside them (CountyContext): no lookup.
    auto joiner = [&](uint32_t k) {
      if (k >= t_.size()) return false;
      if (t_[k].kind == TokenKind::kPunct) return text_.utf8[t_[k].byte_start] == ',';
      const std::string_view w = Key(k);
      return w == "and" || w == "or";
    };
    if (!joiner(i + 1) && !joiner(i + 2) && !(i > 0 && joiner(i - 1))) return;
    if (t_[i].Has(text::kAllCaps) || lex_.nonplace.count(Key(i))) return;
    std::string key(Key(i));
    for (uint32_t j = i; j < t_.size() && j < i + 2; ++j) {
      if (j > i) {
        if (!Joinable(j - 1, j) || !t_[j].Has(text::kCapitalized) || t_[j].Has(text::kAllCaps)) return;
        key.push_back(' ');
        key.append(Key(j));
      }
      const std::string_view next = j + 1 < t_.size() ? Key(j + 1) : std::string_view();
      if (next == "county" || next == "parish" || next == "counties" || next == "parishes") return;
      for (std::string_view word : {" county", " parish"}) {
        const std::string k = key + std::string(word);
        std::span<const Posting> post = gaz_.Lookup(k);
        if (post.empty() || !std::all_of(post.begin(), post.end(), [&](const Posting& po) {
              const PlaceView p = gaz_.Place(po.place);
              return p.feature_class == 'A' && p.feature_code == "ADM2";
            }))
          continue;
        if (!CountyContext(i, j + 1)) return;
        *best = Match{i, j + 1, key, post, 0, {}};
        best->bare_county = true;
        *found = true;
        return;
      }
    }
  }
  // Whether token k is a capitalised word whose key with "county" or "parish" is in the index.
  bool CountyWord(uint32_t k) const {
    if (k >= t_.size() || !IsWordLike(t_[k]) || !t_[k].Has(text::kCapitalized)) return false;
    const std::string key(Key(k));
    return !gaz_.Lookup(key + " county").empty() || !gaz_.Lookup(key + " parish").empty();
  }
  // A county's bare name is told by its state after a comma ("Vanderburgh, Ind.,") or by
  // another county beside it, joined by "and", "or" or a comma ("Clarke and Oconee", "the Cass,
  // Douglas, Nemaha, Otoe"); alone, a capitalised word so spelled is a person's name more
  // often ("Ray Kinney", "said Kinney", "Glenn Polk": Kinney, Polk and Glenn counties).
  bool CountyContext(uint32_t b, uint32_t e) const {
    // A capitalised word after it makes it a given name ("Colin Harper, Caroline Pulliam").
    if (e < t_.size() && Joinable(e - 1, e) && t_[e].Has(text::kCapitalized)) return false;
    if (e < t_.size() && RegionAfterComma(e)) return true;
    auto joiner = [&](uint32_t k) {
      if (k >= t_.size()) return false;
      const std::string_view w = Key(k);
      return w == "and" || w == "or" || (t_[k].kind == TokenKind::kPunct && text_.utf8[t_[k].byte_start] == ',');
    };
    if (joiner(e) && CountyWord(e + 1)) return true;
    return b >= 2 && joiner(b - 1) && CountyWord(b - 2);
  }

  // "on Main Street in Gainesville", "the 300 block of Darby Street": local news names its
  // streets, and LGL marks them as places (238 'X Street/Road/Avenue' spans, 69 left
  // unmarked). Capitalised words the index lacks (up to three) before a capitalised street
  // word are the street's name: a mention, unresolved, placed at its town (PlaceStreets).
  // Not after a capitalised word outside the span ("Wall Street Journal" is caught by its
  // next capital), nor a lone word that is a listed non-place or a person's title.
  static bool StreetWord(std::string_view key) {
    static constexpr std::string_view kWords[] = {"street", "avenue", "boulevard", "road", "lane",
                                                  "drive",  "st",     "ave",       "rd",   "blvd"};
    return std::find(std::begin(kWords), std::end(kWords), key) != std::end(kWords);
  }
  // The tokens a capitalised street word at k takes: "Street", "Avenue", "Boulevard", "Road",
  // "Lane", "Drive" one; "St.", "Ave.", "Rd.", "Blvd." two, with their period (without it, or
  // before a capitalised word, "St." is a saint's: "St. Louis", "Memphis St. Jude"). 0 if none,
  // or where a capitalised word goes on ("Main Street Bridge", "The Wall Street Journal").
  uint32_t StreetSuffix(uint32_t k) const {
    if (k >= t_.size() || !IsWordLike(t_[k]) || t_[k].script != Script::kLatin || !t_[k].Has(text::kCapitalized) ||
        t_[k].Has(text::kAllCaps))
      return 0;
    const std::string_view key = Key(k);
    if (!StreetWord(key)) return 0;
    const bool abbreviated = key == "st" || key == "ave" || key == "rd" || key == "blvd";
    if (abbreviated && !(k + 1 < t_.size() && IsAbbreviationDotAfter(k + 1))) return 0;
    const uint32_t words = abbreviated ? 2 : 1, next = k + words;
    if (next < t_.size() && IsWordLike(t_[next]) && t_[next].Has(text::kCapitalized) &&
        !t_[next].Has(text::kNewlineBefore) && (abbreviated || Joinable(k, next)))
      return 0;
    return words;
  }
  // "He met Alan Lane", "UNICEF Director Alan Lane said": Lane is a surname too, and after a
  // listed first name it is the person's.
  bool PersonNamedLane(uint32_t first) const {
    if (first + 1 >= t_.size() || Key(first + 1) != "lane") return false;
    const std::string_view reason = NonPlaceReason(Key(first));
    return reason == "frequent personal name" || reason == "person_name";
  }
  // A street's direction before its name, "North", "South", "East", "West" or the initial with
  // its period ("E. Broad St.", "North Seventh Street", "W. Dresser Road"): the tokens it takes.
  uint32_t StreetDirection(uint32_t i) const {
    if (!IsWordLike(t_[i]) || t_[i].script != Script::kLatin || !t_[i].Has(text::kCapitalized)) return 0;
    const std::string_view key = Key(i);
    if (key == "north" || key == "south" || key == "east" || key == "west") return 1;
    if ((key == "n" || key == "s" || key == "e" || key == "w") && IsAbbreviationDot(i + 1)) return 2;
    return 0;
  }
  void MatchUnlistedStreet(uint32_t i, Match* best, bool* found) const {
    if (i > 0 && IsWordLike(t_[i - 1]) && t_[i - 1].script == Script::kLatin && t_[i - 1].Has(text::kCapitalized) &&
        Joinable(i - 1, i) && !t_[i].Has(text::kNewlineBefore))
      return;  // inside a longer capitalised run: its start decides
    // "The Thomsons Ford Road bridge", "At Vaughn Ridge Road": a sentence's first word is no
    // street's. Nor does a part of a hyphenated pair begin one: "Mutare-Chimanimani Road"
    // joins the two towns MatchHyphenPart reads.
    static constexpr std::string_view kFunctionWords[] = {"the", "a",  "an",   "in",   "at",    "on",
                                                          "of",  "to", "from", "along", "this", "that"};
    if (std::find(std::begin(kFunctionWords), std::end(kFunctionWords), Key(i)) != std::end(kFunctionWords)) return;
    if (*found && best->part_end > best->part_start) return;
    const uint32_t direction = StreetDirection(i), from = i + direction;
    if (direction && (from >= t_.size() || !IsWordLike(t_[from]) || t_[from].Has(text::kNewlineBefore) ||
                      (direction == 1 && !Joinable(i, from))))
      return;
    for (uint32_t j = from; j < t_.size() && j < from + 3; ++j) {
      if (!IsWordLike(t_[j]) || t_[j].script != Script::kLatin || !CapitalisedName(j) || t_[j].Has(text::kAllCaps) ||
          (j > from && !Joinable(j - 1, j)))
        return;
      if (StreetWord(Key(j))) return;
      const uint32_t s = j + 1;
      if (s >= t_.size() || !Joinable(j, s)) continue;
      const uint32_t suffix = StreetSuffix(s);
      if (!suffix) continue;
      if (!direction && s == i + 1 && (lex_.person_before.count(Key(i)) || lex_.demonyms.count(Key(i)))) return;
      // A person: a title in the name ("Director Alan Lane"), or a first name before Lane, a
      // surname too ("He met Alan Lane").
      for (uint32_t k = from; k < s; ++k)
        if (lex_.person_before.count(Key(k))) return;
      if (s == from + 1 && PersonNamedLane(from)) return;
      if (*found && best->end >= s + suffix) return;
      std::string key(Key(i));
      for (uint32_t k = i + 1; k <= s; ++k) {
        if (!IsWordLike(t_[k])) continue;
        key.push_back(' ');
        key.append(Key(k));
      }
      *best = Match{i, s + suffix, std::move(key), {}, 0, {}};
      best->unlisted = true;
      *found = true;
      return;
    }
  }

  // "نصيب #مكة ومحافظاتها من إصابات اليوم": a seat city "and its governorates" (districts) is
  // the province it is the seat of (Makkah Region, which the index names only in full). So is
  // one whose governor English names ("Murmansk Governor", "Murmansk's governor", "the Governor
  // of Krasnodar"): a governor governs a province, a city has a mayor.
  bool GovernorOf(const Mention& m) const {
    auto governor = [&](uint32_t k) {
      const std::string_view w = Key(k);
      return IsWordLike(t_[k]) && (w == "governor" || w == "governors" || w == "gov");
    };
    uint32_t k = m.token_end;
    if (k < t_.size() && (Key(k) == "s" || Key(k) == "'s")) ++k;  // "Murmansk's Governor"
    if (k < t_.size() && (Key(k) == "deputy" || Key(k) == "vice" || Key(k) == "lieutenant")) ++k;
    if (k < t_.size() && !t_[k].Has(text::kNewlineBefore) && governor(k)) return true;
    k = m.token_begin;
    if (k >= 2 && Key(k - 1) == "the") --k;
    return k >= 2 && Key(k - 1) == "of" && governor(k - 2);
  }
  void ProvincesWithDistricts() {
    static const std::vector<std::string> kAfter = [] {
      std::vector<std::string> v;
      for (std::string_view w : {"ومحافظاتها", "ومحافظاته", "ومراكزها"}) v.push_back(text::NormalizeKey(w));
      return v;
    }();
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      Mention& m = mentions_[mi];
      if (m.place < 0 || (mi < dropped_.size() && dropped_[mi])) continue;
      if (t_[m.token_begin].script == Script::kLatin) {
        if (!GovernorOf(m)) continue;
      } else {
        if (m.token_end >= t_.size() || t_[m.token_begin].script != Script::kArabic) continue;
        const std::string_view next = Key(m.token_end);  // 'ومراكزها', the shortest, is 16 bytes
        if (next.size() < 16 || !next.starts_with("وم") || !Joinable(m.token_end - 1, m.token_end) ||
            std::find(kAfter.begin(), kAfter.end(), next) == kAfter.end())
          continue;
      }
      PlaceView p = gaz_.Place(static_cast<uint32_t>(m.place));
      if (p.feature_class != 'P' || (p.feature_code != "PPLA" && p.feature_code != "PPLC") || p.admin1.empty())
        continue;
      const int64_t province = gaz_.Admin1(p.country, p.admin1);
      if (province < 0) continue;
      PlaceView a = gaz_.Place(static_cast<uint32_t>(province));
      m.place = province;
      m.lat = a.lat;
      m.lon = a.lon;
    }
  }

  // "بمنطقة الرياض", "محافظة عدن": the place the generic noun and the name after it name as a
  // whole phrase (an official name of the province: Riyadh Province is منطقة الرياض) is
  // the name's reading, though the span is the name alone (the noun is its cue).
  bool NamedWithItsNoun(uint32_t token, uint32_t place) const {
    for (const auto& [at, postings] : noun_phrases_) {
      if (at != token) continue;
      for (const Posting& po : postings)
        if (po.place == place) return true;
    }
    return false;
  }

  // "the Catawba River", "Lake Robinson", "Zion National Park": a river, a lake, a valley or a
  // park named after a town or a state is not the town. When the index lacks the feature (the
  // name's reading does not fit the feature cue's hint, en/place_cues.tsv kind feature), the
  // mention is the feature's whole name, capitalised, with no place of the index, placed at the
  // point of the place it is named after, the best the index knows of it (LGL marks the
  // feature: "St. Marys River", "Santa Clara Valley"). Not inside a longer name ("Mississippi
  // River Commission", "Catawba River Bridge").
  void NamedFeatures() {
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      Mention& m = mentions_[mi];
      if (m.place < 0 || m.cue.size() != 7 || m.cue != "feature" || (mi < dropped_.size() && dropped_[mi]) || m.derived || m.relation ||
          m.demonym || m.in_name || t_[m.token_begin].script != Script::kLatin)
        continue;
      const Cue* cue = nullptr;
      const uint32_t before =
          m.token_begin > 0 ? MatchBefore(lex_.cues_before, m.token_begin, lex_.max_cue_words, &cue) : 0;
      uint32_t after = 0;
      if (!before && m.token_end < t_.size()) after = MatchAfter(lex_.cues_after, m.token_end, lex_.max_cue_words, &cue);
      if (!cue || cue->kind != "feature" || HintAccepts(cue->feature_hint, gaz_.Place(static_cast<uint32_t>(m.place))))
        continue;
      const uint32_t b = m.token_begin - before, e = m.token_end + after;
      // The cue's first word capitalised and joined to the name: "Lake Robinson", "Catawba
      // River", "Gulf of Mexico"; not "the lake Robinson fished" nor "Catawba river".
      const uint32_t first_cue = before ? b : m.token_end;
      if (!t_[first_cue].Has(text::kCapitalized) || t_[first_cue].Has(text::kNewlineBefore)) continue;
      bool joined = true;
      for (uint32_t k = b + 1; k < e; ++k) joined = joined && Joinable(k - 1, k);
      if (!joined) continue;
      if (e < t_.size() && Joinable(e - 1, e) && t_[e].Has(text::kCapitalized)) continue;
      std::string key(Key(b));
      for (uint32_t k = b + 1; k < e; ++k) {
        key.push_back(' ');
        key.append(Key(k));
      }
      m.key = std::move(key);
      m.start = t_[b].start;
      m.end = t_[e - 1].end;
      m.token_begin = b;
      m.token_end = e;
      m.place = -1;
      m.candidates.clear();
    }
  }

  // A street the index lacks (MatchUnlistedStreet, StreetNamedAfter) is placed at its town:
  // the settlement named right after it in the sentence ("on Darby Street in Gainesville"),
  // else the settlement the text names most. The mention keeps no place of the index.
  bool StreetMention(const Mention& m) const {
    return m.place < 0 && m.candidates.empty() && !m.derived && !m.relation && m.token_end >= m.token_begin + 2 &&
           t_[m.token_begin].script == Script::kLatin &&
           StreetWord(Key(IsWordLike(t_[m.token_end - 1]) ? m.token_end - 1 : m.token_end - 2));
  }
  bool LocalName(size_t mi) const { return mi < local_names_.size() && local_names_[mi]; }
  void PlaceStreets() {
    bool any = !local_names_.empty();
    for (size_t mi = 0; mi < mentions_.size() && !any; ++mi) any = StreetMention(mentions_[mi]);
    if (!any) return;
    // The settlement the text names most; for a local name (DropFarArabicNamesakes) in a text
    // naming none, the place it names most ("محطة الدوحة الشرقية" in a report on Kuwait).
    int64_t town = -1, place = -1;
    {
      std::unordered_map<int64_t, int> count, count_any;
      int top = 0, top_any = 0;
      for (size_t k = 0; k < mentions_.size(); ++k) {
        const Mention& o = mentions_[k];
        if ((k < dropped_.size() && dropped_[k]) || o.place < 0 || o.derived) continue;
        if (++count_any[o.place] > top_any) top_any = count_any[o.place], place = o.place;
        PlaceView p = gaz_.Place(static_cast<uint32_t>(o.place));
        if (p.feature_class != 'P') continue;
        if (++count[o.place] > top) top = count[o.place], town = o.place;
      }
    }
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      Mention& m = mentions_[mi];
      if ((mi < dropped_.size() && dropped_[mi]) || !(StreetMention(m) || LocalName(mi))) continue;
      int64_t at = -1;
      for (size_t k = mi + 1; k < mentions_.size() && at < 0; ++k) {
        const Mention& o = mentions_[k];
        if (o.token_begin > m.token_end + 3) break;
        bool stop = false;
        for (uint32_t t = m.token_end; t < o.token_begin; ++t)
          stop = stop || (t_[t].kind == TokenKind::kPunct && text_.utf8[t_[t].byte_start] == '.');
        if (stop) break;
        if ((k < dropped_.size() && dropped_[k]) || o.place < 0) continue;
        if (gaz_.Place(static_cast<uint32_t>(o.place)).feature_class == 'P') at = o.place;
      }
      if (at < 0) at = town;
      if (at < 0 && LocalName(mi)) at = place;
      if (at < 0) continue;
      PlaceView p = gaz_.Place(static_cast<uint32_t>(at));
      m.lat = p.lat;
      m.lon = p.lon;
      m.has_coordinates = true;
    }
  }

  // "شارع بغداد" in a report from Hodeidah, "شارع صنعاء الرئيسي في مدينة الحديدة", "ميدان
  // مصر", "Baghdad Street": a street or a square named after a town or a country is the
  // street, and the town it is in is another. When the index lacks the whole name (its
  // longer match would have won), a name right after a street's or a square's cue (feature
  // hint R.ST or S.SQR: شارع, ساحة, ميدان, دوار; after it, a capitalised Street, Avenue,
  // Boulevard or Square) is not the town: Baghdad, 800 km from the street, is worse than no
  // point. LGL marks the street ("Lebanon Street"), which is then the mention, unresolved. Arabic roads are not such (طريق): 'طريق دمشق حمص' names the
  // towns it joins, 'عن طريق تركيا' is by way of Turkey. Nor a street of the index itself.
  // Returns 0 if not, 1 for a cue before the name, 1 + the cue's words for one after it.
  uint32_t StreetNamedAfter(const Match& m) const {
    if (m.postings.empty() || m.unlisted || m.kingdom || !m.demonym_country.empty() || m.part_end > m.part_start)
      return 0;
    auto street = [](const Cue* cue) {
      return cue && cue->kind == "facility" &&
             (cue->feature_hint.starts_with("R.ST") || cue->feature_hint.starts_with("S.SQR"));
    };
    // Most names have no street's cue beside them: the cue words' keys first (ends_with keeps
    // the proclitics: 'بشارع', 'وميدان'), the lexicon's lookup then.
    auto ends_like = [&](uint32_t k, const std::vector<std::string>& words) {
      const std::string_view key = Key(k);
      // The last bytes compared first: most keys end otherwise than every cue word (a call to
      // memcmp each, for every name).
      for (const std::string& w : words)
        if (w.empty() || (!key.empty() && w.back() == key.back() && key.ends_with(w))) return true;
      return false;
    };
    const Cue* cue = nullptr;
    if (m.begin > 0 && Joinable(m.begin - 1, m.begin) && !t_[m.begin].Has(text::kNewlineBefore) &&
        ends_like(m.begin - 1, lex_.street_cues_before))
      MatchBefore(lex_.cues_before, m.begin, 1, &cue);
    uint32_t words = street(cue) ? 1 : 0;
    // Two streets or squares in the dual ("شارعي الثورة وبغداد", "ساحتي بغداد والتحرير"): the
    // name right after the cue, or joined by و to the one-word name after it.
    if (!words && m.begin > 0 && t_[m.begin].script == Script::kArabic) {
      static constexpr std::string_view kDual[] = {"شارعي", "ساحتي", "ميداني"};
      auto dual = [&](uint32_t k) {
        const std::string_view key = Key(k);
        return std::any_of(std::begin(kDual), std::end(kDual), [&](std::string_view w) { return key.ends_with(w); });
      };
      if (Joinable(m.begin - 1, m.begin) && dual(m.begin - 1)) words = 1;
      else if (m.begin > 1 && Key(m.begin).starts_with("و") && IsWordLike(t_[m.begin - 1]) &&
               Joinable(m.begin - 2, m.begin - 1) && Joinable(m.begin - 1, m.begin) && dual(m.begin - 2))
        words = 1;
    }
    // English: a capitalised Road, Lane or Drive, and the abbreviations, name streets too
    // ("Mayfield Road", "Goshen Road", "Memphis St."; lgl.en marks 69 such 'X Road' of 84).
    if (!words && t_[m.begin].script == Script::kLatin && m.end < t_.size() && Joinable(m.end - 1, m.end) &&
        !(m.end == m.begin + 1 && PersonNamedLane(m.begin)))
      if (const uint32_t suffix = StreetSuffix(m.end)) words = 1 + suffix;
    // 'ساحة' is also an arena: 'في ساحة سوريا', the Syrian theatre of a war, is Syria.
    if (words && m.begin > 0 && AnyCountry(m.postings) && Key(m.begin - 1).ends_with("ساحه")) words = 0;
    if (!words && m.end < t_.size() && Joinable(m.end - 1, m.end) && !t_[m.end].Has(text::kNewlineBefore) &&
        (t_[m.end].script != Script::kLatin || t_[m.end].Has(text::kCapitalized)) &&
        ends_like(m.end, lex_.street_cues_after)) {
      cue = nullptr;
      const uint32_t after = MatchAfter(lex_.cues_after, m.end, 1, &cue);
      // "The Wall Street Journal", "the Main Street Bridge": a longer name goes on.
      const uint32_t next = m.end + after;
      if (street(cue) && !(next < t_.size() && IsWordLike(t_[next]) && t_[next].Has(text::kCapitalized) &&
                           Joinable(next - 1, next)))
        words = 1 + after;
    }
    if (!words) return 0;
    for (const Posting& po : m.postings) {
      PlaceView p = gaz_.Place(po.place);
      if (p.feature_class == 'R' || p.feature_class == 'S') return 0;
    }
    return words;
  }

  // Whether a Latin name of tokens [i, j] may end at j: its last word is capitalised. A
  // capital at the start of a sentence does not make "The city", "The center" or "The
  // meeting" names (alternate names of North Hero, Vermont, Albion, Indiana ...: 30 false
  // places in lgl.en), while "Dar es Salaam", "Ras al-Ain" and "Frankfurt am Main" end on a
  // capital; "New York city" falls back to "New York".
  bool NameEnd(uint32_t i, uint32_t j) const {
    if (j == i || t_[j].script != Script::kLatin) return true;
    // Nor does a longer name start on a lower-case word: "the Bahamas" in running text is
    // "the" and the name "Bahamas" (the index's "The Bahamas" must not swallow it).
    if (!CapitalisedName(i) && !t_[i].Has(text::kAllCaps)) return false;
    if (Key(j) == "s") return true;  // the possessive of "St. John's", "Martha's Vineyard"
    return CapitalisedName(j) || t_[j].Has(text::kAllCaps);
  }

  // Length of a multi-word non-place phrase of en/nonplace_words starting at token i, or 0.
  uint32_t NonPlacePhrase(uint32_t i) const {
    std::string cur(Key(i));
    for (uint32_t j = i + 1; j < t_.size() && j < i + 3; ++j) {
      if (!Joinable(j - 1, j) || !t_[j].Has(text::kCapitalized)) break;
      cur.push_back(' ');
      cur.append(Key(j));
      if (lex_.nonplace.count(cur)) return j + 1 - i;
    }
    return 0;
  }

  uint32_t ArabicNonPlacePhrase(uint32_t i) const {
    if (lex_.nonplace_phrases.empty()) return 0;
    for (std::string_view f : Forms(i)) {
      if (!lex_.nonplace_phrases.MayStartWith(f)) continue;
      for (uint32_t j = i + 1; j < t_.size() && j < i + 4; ++j) {
        if (!Joinable(j - 1, j)) break;
        PhraseInto(i, j + 1, f, &phrase_);
        if (lex_.nonplace_phrases.count(phrase_)) return j + 1 - i;
      }
    }
    return 0;
  }

  // Token k opens a sentence or a line: the text's first token, one after a line break, or
  // one after a sentence's closing mark ('.', '!', '?'), an opening quote between them.
  bool SentenceStart(uint32_t k) const {
    if (k == 0 || t_[k].Has(text::kNewlineBefore)) return true;
    auto punct = [&](uint32_t j) {
      return t_[j].kind == TokenKind::kPunct
                 ? std::string_view(text_.utf8).substr(t_[j].byte_start, t_[j].byte_end - t_[j].byte_start)
                 : std::string_view();
    };
    uint32_t j = k - 1;
    const std::string_view q = punct(j);
    if (q == "\"" || q == "\u201c" || q == "\u2018" || q == "(") {
      if (j == 0 || t_[j].Has(text::kNewlineBefore)) return true;
      --j;
    }
    const std::string_view p = punct(j);
    return p == "." || p == "!" || p == "?";
  }
  // Whether the text has the word `key` in lower case (a scan: asked only of a sentence's first
  // word that names minor places, it costs less than a set of the text's words).
  bool WrittenInLowerCase(std::string_view key) const {
    for (uint32_t j = 0; j < t_.size(); ++j) {
      const Token& w = t_[j];
      if (w.key_len != key.size() || !IsWordLike(w) || w.Has(text::kCapitalized) || w.Has(text::kAllCaps) ||
          w.script != Script::kLatin)
        continue;
      if (Key(j) == key) return true;
    }
    return false;
  }

  // Whether the article token k ("al", "an", "ash" ...) may begin the name that follows: al- and
  // el- before any word, an assimilated article (the article's consonant is the next word's
  // first: "an Nabk", "ash Shaddadi", "at Tall") only before a word that begins with it.
  bool ArticleAssimilatesInto(uint32_t k) const {
    const std::string_view a = Key(k);
    if (a == "al" || a == "el") return true;
    if (k + 1 >= t_.size() || !Joinable(k, k + 1)) return false;
    return a.size() >= 2 && Key(k + 1).starts_with(a.substr(1));
  }

  // A token that may stand inside a romanised name: capitalised, or an article on its own
  // or hyphenated to a name ("al-Numan", key "al numan").
  bool VariantWord(uint32_t k, bool* article_only) const {
    std::string_view key = Key(k);
    size_t sp = key.find(' ');
    std::string_view head = key.substr(0, sp);
    bool article = RomanisedArticle(head);
    *article_only = article && sp == std::string_view::npos;
    return CapitalisedName(k) || article;
  }

  // English news spells one Arabic word of a town's name in ways the index lacks and the
  // consonant key cannot tell apart (three consonants are too few for it): the ta marbuta as
  // -ah, -eh, -a or -e ("Tabqah" for Tabqa, "Talbisseh" for Talbiseh), doubled letters
  // ("Talbisseh"), ou and ee for u and i, a first vowel written e ("Efrin" for Afrin, "Edlib"
  // for Idlib), the article dropped ("Boukamal" for Al Bukamal). The respellings of one
  // capitalised word are looked up exactly; only a town of the region of some size, a seat or
  // a province counts, and the match is a respelling, which the text must support
  // (DropUnsupportedRespellings).
  void MatchRespelledWord(uint32_t i, Match* best, bool* found) {
    const std::string_view key = Key(i);
    if (key.size() < 5 || key.find(' ') != std::string_view::npos) return;
    for (char c : key)
      if (c < 'a' || c > 'z') return;
    std::vector<std::string> forms{std::string(key)};
    auto add = [&](std::string f) {
      if (f.size() >= 4 && std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(std::move(f));
    };
    std::string single;  // doubled letters once
    for (char c : key)
      if (single.empty() || single.back() != c) single.push_back(c);
    add(single);
    for (size_t k = 0, n = forms.size(); k < n; ++k) {
      std::string f = forms[k];
      for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"ou", "u"}, {"ee", "i"}, {"oo", "u"}})
        for (size_t at; (at = f.find(from)) != std::string::npos;) f.replace(at, from.size(), to);
      add(f);
    }
    for (size_t k = 0, n = forms.size(); k < n; ++k) {
      const std::string f = forms[k];
      if (f[0] == 'e') add("a" + f.substr(1)), add("i" + f.substr(1));
    }
    for (size_t k = 0, n = forms.size(); k < n; ++k) {
      const std::string f = forms[k];
      std::string stem;
      if (f.ends_with("ah") || f.ends_with("eh")) stem = f.substr(0, f.size() - 2);
      else if (f.ends_with("a") || f.ends_with("e")) stem = f.substr(0, f.size() - 1);
      else continue;
      for (std::string_view end : {"a", "ah", "e", "eh"}) add(stem + std::string(end));
    }
    // Each respelling alone, and with the article English drops ("Boukamal": Al Bukamal).
    std::vector<std::string> keys;
    for (size_t k = 1; k < forms.size(); ++k) {
      keys.push_back(forms[k]);
      keys.push_back("al " + forms[k]);
      static constexpr std::string_view kSun[] = {"sh", "th", "dh", "t", "d", "r", "z", "s", "n"};
      for (std::string_view sun : kSun)
        if (forms[k].starts_with(sun)) {
          keys.push_back("a" + std::string(sun) + " " + forms[k]);
          break;
        }
    }
    for (const std::string& cur : keys) {
      std::vector<Posting> kept;
      for (const Posting& po : gaz_.Lookup(cur)) {
        const PlaceView p = gaz_.Place(po.place);
        const bool seat = p.feature_code == "PPLA" || p.feature_code == "PPLA2" || p.feature_code == "PPLC";
        const bool sized = (p.feature_class == 'P' && (seat || p.population >= 20000)) ||
                           (p.feature_class == 'A' && (p.feature_code == "ADM1" || p.feature_code == "ADM2"));
        if (sized && ArabicNamedRegion(p.country)) kept.push_back(po);
      }
      if (kept.empty()) continue;
      variant_store_.push_back(std::move(kept));
      *best = Match{i, i + 1, cur, variant_store_.back(), 0, {}};
      best->variant = true;
      best->respelled = true;
      *found = true;
      return;
    }
  }

  // "Syrias largest city", "Aleppos Old City", "Idlibs countryside": a place's possessive
  // with the apostrophe lost (text taken from web pages drops it: FA-KES writes "Syrias" 287
  // times in its dev set), a word the index does not hold. Read as the place itself when the
  // word before the "s" names a country, a first-level division or its seat (not a national
  // capital: "Ankaras offensive", "Moscows ally" name the government, as every such capital
  // in FA-KES dev did), the text names it elsewhere too, a noun follows, and neither word is a
  // listed non-place ("Hamas" is no possessive of Hama). Without those conditions the tweets
  // of idrisi-d-train.en lost precision: "the Carolinas" (Carolina, Puerto Rico), "Medias",
  // "Zamas", "Greens".
  void MatchPossessiveS(uint32_t i, Match* best, bool* found) {
    const std::string_view key = Key(i);
    if (key.size() < 5 || key.back() != 's' || t_[i].Has(text::kAllCaps)) return;
    for (char c : key)
      if (c < 'a' || c > 'z') return;
    if (i + 1 >= t_.size() || !Joinable(i, i + 1)) return;
    const std::string_view stem = key.substr(0, key.size() - 1);
    if (!NonPlaceReason(key).empty() || !NonPlaceReason(stem).empty()) return;
    std::vector<Posting> kept;
    for (const Posting& po : gaz_.Lookup(stem)) {
      const PlaceView p = gaz_.Place(po.place);
      if (IsCountry(p) || p.feature_code == "ADM1" || p.feature_code == "PPLA") kept.push_back(po);
    }
    if (kept.empty() || !CapitalisedLatinKeys().contains(stem)) return;
    variant_store_.push_back(std::move(kept));
    *best = Match{i, i + 1, std::string(stem), variant_store_.back(), 0, {}};
    *found = true;
  }

  void MatchVariant(uint32_t i, uint32_t exact_end, Match* best, bool* found) {
    const uint32_t n = static_cast<uint32_t>(t_.size());
    uint32_t ends[kMaxNameTokens];
    std::string phrases[kMaxNameTokens];
    size_t count = 0;
    std::string cur;
    bool article_only = false;
    for (uint32_t j = i; j < n && j < i + kMaxNameTokens; ++j) {
      if (j > i && !Joinable(j - 1, j)) break;
      if (!VariantWord(j, &article_only)) break;
      // An article on its own that assimilates ("an", "as", "at", "ash" ...: al- before a sun
      // letter) stands only before a word that begins with that letter ("An Nasiriyah", "As
      // Suwayda", "Dayr az Zawr"). Before any other word it is English: "An Alexandria man",
      // whose variant key (the article left out) matched every Alexandria, was read as a
      // respelling and dropped with the town (lgl.en: 3 such towns lost).
      if (article_only && !ArticleAssimilatesInto(j)) break;
      if (j > i) cur.push_back(' ');
      cur.append(Key(j));
      // One word alone only with a long skeleton (Qamishli/Kamishly: kmshl).
      if (j + 1 > exact_end && !article_only && (j > i || gazetteer::VariantKey(cur).size() >= 5)) {
        ends[count] = j + 1;
        phrases[count++] = cur;
      }
    }
    for (size_t c = count; c-- > 0;) {
      std::string v = gazetteer::VariantKey(phrases[c]);
      if (v.empty()) continue;
      std::vector<Posting> post = gaz_.LookupVariant(v);
      // One word alone (a surname as often as a town) only for a town of some size, the seat
      // of a province or district (Qamishli's population is 0 in the data; not the seats of
      // smaller units, "Salmonella" is not Süleymanlı) or a province:
      // Qamishli/Qamishlo/Kamishly, not Musharraf as Mishref.
      if (ends[c] == i + 1 && std::none_of(post.begin(), post.end(), [&](const Posting& po) {
            PlaceView p = gaz_.Place(po.place);
            return p.feature_class == 'A' || p.population >= 20000 ||
                   (p.feature_class == 'P' && (p.feature_code == "PPLA" || p.feature_code == "PPLA2" || p.feature_code == "PPLC"));
          }))
        continue;
      if (post.empty()) continue;
      variant_store_.push_back(std::move(post));
      *best = Match{i, ends[c], phrases[c], variant_store_.back(), 0, {}};
      best->variant = true;
      best->respelled = true;
      *found = true;
      return;
    }
  }

  // A hashtag writes a name of several words joined, each capitalised ("#PuertoRico",
  // "#SriLanka", "#NewZealand", "#SouthCarolina", "#FortMcMurray"): the words split before
  // each capital that follows a lower-case letter, except after Mc and Mac. Only the whole hashtag part, only hashtags (a rare token:
  // the key is built only for them).
  void MatchCamelCase(uint32_t i, Match* best, bool* found) {
    const Token& t = t_[i];
    std::string_view raw = std::string_view(text_.utf8).substr(t.byte_start, t.byte_end - t.byte_start);
    std::string key;
    int words = 1;
    for (size_t k = 0; k < raw.size(); ++k) {
      const unsigned char c = static_cast<unsigned char>(raw[k]);
      if (c >= 0x80 || !std::isalpha(c)) return;  // ASCII letters only
      // "McMurray", "MacDonald": a capital after Mc or Mac is inside the word.
      const bool mac = (k >= 2 && raw.substr(k - 2, 2) == "Mc") || (k >= 3 && raw.substr(k - 3, 3) == "Mac");
      if (k > 0 && std::isupper(c) && std::islower(static_cast<unsigned char>(raw[k - 1])) && !mac) {
        key.push_back(' ');
        ++words;
      }
      key.push_back(static_cast<char>(std::tolower(c)));
    }
    if (words < 2) return;
    std::span<const Posting> post = gaz_.Lookup(key);
    if (post.empty()) return;
    *best = Match{i, i + 1, key, post, 0, {}};
    *found = true;
  }

  // A hyphenated word whose whole is no name may hold one: "a Washington-based group", "the
  // Atlanta-area calls", "Paris-Henry County", "Athens-Clarke police", "Rep. Wendell
  // Gilliard, D-Charleston" (lgl.en: 148 places missed in such words). The first part before
  // a lower-case word of the kind ("based", "area", "born") or a capitalised one, the last
  // after a party's letters (D-, R-, I-, DFL-). A capitalised pair is often a brand
  // or a double name ("Mercedes-Benz", "Jean-Pierre"): its first part must have a reading as
  // a country, a province or a town of 100,000.
  void MatchHyphenPart(uint32_t i, Match* best, bool* found) {
    const Token& t = t_[i];
    if (t.kind != TokenKind::kWord || !t.Has(text::kCapitalized)) return;
    std::string dashed;
    const std::string_view raw = HyphenatedText(t, &dashed);
    const size_t dash = raw.find('-');
    if (dash == std::string_view::npos) return;
    for (char c : raw)
      if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != '.' && c != '\'') return;
    const size_t last_dash = raw.rfind('-');
    std::string_view head = raw.substr(0, dash), tail = raw.substr(last_dash + 1);
    auto lower = [](std::string_view w) {
      std::string k(w);
      for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return k;
    };
    static constexpr std::string_view kSuffixes[] = {"based", "area", "born", "bred", "controlled", "held",
                                                     "led", "run", "bound", "owned", "made"};
    const bool party = (head == "D" || head == "R" || head == "I" || head == "DFL") && dash == last_dash &&
                       !tail.empty() && tail[0] >= 'A' && tail[0] <= 'Z';
    if (party && tail.size() < 3 && !MatchPartyLabel(i, last_dash + 1, best, found)) return;
    const std::string next = lower(raw.substr(dash + 1, raw.find('-', dash + 1) - dash - 1));
    const bool suffix = std::find(std::begin(kSuffixes), std::end(kSuffixes), next) != std::end(kSuffixes);
    const bool pair = !party && !suffix && dash + 1 < raw.size() && raw[dash + 1] >= 'A' && raw[dash + 1] <= 'Z';
    if (party && MatchPartyLabel(i, last_dash + 1, best, found)) return;
    std::string_view part = party ? tail : head;
    // "US-China talks", "EU-Israel summit", "UK-France": a head of two or three capitals is a
    // country's or a region's abbreviation when the index has it so, and is read as one.
    const bool capitals = pair && part.size() >= 2 && part.size() <= 3 &&
                          std::all_of(part.begin(), part.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if ((!party && !suffix && !pair) || (part.size() < 3 && !capitals) || RomanisedArticle(lower(part))) return;
    const std::string key = lower(part);
    std::span<const Posting> post = gaz_.Lookup(key);
    if (post.empty()) return;
    if (capitals && std::none_of(post.begin(), post.end(), [&](const Posting& po) {
          const PlaceView p = gaz_.Place(po.place);
          return (po.flags & gazetteer::kNameAbbreviation) && (IsCountry(p) || MacroRegion(p));
        }))
      return;
    if (pair && std::none_of(post.begin(), post.end(), [&](const Posting& po) {
          PlaceView p = gaz_.Place(po.place);
          return p.feature_class == 'A' || MacroRegion(p) || p.population >= 100000;
        }) &&
        !TwoTownsJoined(i, key) && !TownBeforeItsCounty(i))
      return;
    *best = Match{i, i + 1, key, post, 0, {}};
    best->abbreviation_part = capitals;
    // Code points of the part: the token is ASCII letters, dots, hyphens and apostrophes.
    const size_t off = party ? last_dash + 1 : 0;
    best->part_start = t.start + static_cast<uint32_t>(off);
    best->part_end = best->part_start + static_cast<uint32_t>(part.size());
    *found = true;
  }

  // A token's text with each en dash as a hyphen: news joins two names with either
  // ("Huntsville–Walker County EMS", "the Israel–Gaza border"), and the tokenizer keeps both
  // inside one word. The text itself where it has none; else `buf`, holding the copy. The
  // readings below take offsets in it for code points, which holds for the ASCII tokens they
  // read (one code point for the dash as for '-').
  std::string_view HyphenatedText(const Token& t, std::string* buf) const {
    static constexpr std::string_view kEnDash = "\xE2\x80\x93";
    const std::string_view raw = std::string_view(text_.utf8).substr(t.byte_start, t.byte_end - t.byte_start);
    if (raw.find(kEnDash) == std::string_view::npos) return raw;
    buf->assign(raw);
    for (size_t p = buf->find(kEnDash); p != std::string::npos; p = buf->find(kEnDash, p + 1)) buf->replace(p, 3, "-");
    return *buf;
  }

  // The tail of a hyphenated pair at token i ("Moorhead" of "Fargo-Moorhead", "US" of
  // "Egyptian-US", "U.S." of "Canada-U.S."): its key (periods as spaces), its offset in the
  // token (HyphenatedText); empty when the token is no pair of two capitalised parts.
  std::string PairTail(uint32_t i, size_t* off) const {
    const Token& t = t_[i];
    if (t.kind != TokenKind::kWord || t.script != Script::kLatin || !t.Has(text::kCapitalized)) return {};
    std::string dashed;
    const std::string_view raw = HyphenatedText(t, &dashed);
    const size_t dash = raw.find('-');
    if (dash == std::string_view::npos || dash == 0 || raw.find('-', dash + 1) != std::string_view::npos ||
        dash + 1 >= raw.size() || raw[dash + 1] < 'A' || raw[dash + 1] > 'Z')
      return {};
    std::string key;
    for (char c : raw.substr(dash + 1)) {
      if (!std::isalpha(static_cast<unsigned char>(c)) && c != '.' && c != '\'') return {};
      if (c == '.') {
        if (!key.empty() && key.back() != ' ') key.push_back(' ');
      } else {
        key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      }
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    *off = dash + 1;
    return key;
  }
  // Two towns' names joined by a hyphen, as school districts and metro areas are named
  // ("Watertown-Mayer", "Logan-Rogersville", "Plainview-Elgin"): the head's key has a place,
  // the tail has one too, neither is a listed non-place word (a person's name: "Smith-Jones"),
  // and no capitalised word (a first name: "Mary Smith-Jones") comes right before; both of
  // four letters or more ("Wal-Mart", "Pre-Trial" are no towns).
  bool TwoTownsJoined(uint32_t i, const std::string& head) const {
    size_t off = 0;
    const std::string tail = PairTail(i, &off);
    if (head.size() < 4 || tail.size() < 4 || lex_.nonplace.count(head) || lex_.nonplace.count(tail) ||
        gaz_.Lookup(tail).empty())
      return false;
    return !(i > 0 && IsWordLike(t_[i - 1]) && t_[i - 1].Has(text::kCapitalized) && Joinable(i - 1, i) &&
             !t_[i].Has(text::kNewlineBefore));
  }
  // A town joined to its county ("Huntsville–Walker County", "Paris-Henry County"): the tail
  // with the capitalised "County" or "Parish" after it is a county of the index.
  bool TownBeforeItsCounty(uint32_t i) const {
    if (i + 1 >= t_.size() || !Joinable(i, i + 1) || !t_[i + 1].Has(text::kCapitalized) ||
        !(Key(i + 1) == "county" || Key(i + 1) == "parish"))
      return false;
    size_t off = 0;
    const std::string tail = PairTail(i, &off);
    if (tail.empty()) return false;
    std::span<const Posting> post = gaz_.Lookup(tail + " " + std::string(Key(i + 1)));
    return std::any_of(post.begin(), post.end(), [&](const Posting& po) {
      const PlaceView p = gaz_.Place(po.place);
      return p.feature_class == 'A' && p.feature_code == "ADM2";
    });
  }
  // The second name of a hyphenated pair is a place of its own: "Fargo-Moorhead",
  // "Washington-Moscow", "Lebanon-Syria Treaty", "Paris-Henry County" (with the capitalised
  // words after it that the index has whole), "Egyptian-US relations". After a place's name
  // (the head, matched by MatchHyphenPart) any place; after a demonym only a country, a
  // province or a region ("Egyptian-US", not "Russian-American"). Not after a romanised article
  // ("Sharm El-Sheikh") nor a party's letter ("D-Calif"), nor a suffix ("Dallas-based").
  bool MatchPairTail(uint32_t i, bool head_is_place, Match* out) const {
    size_t off = 0;
    std::string key = PairTail(i, &off);
    if (key.empty()) return false;
    const Token& t = t_[i];
    std::string dashed;
    const std::string_view raw = HyphenatedText(t, &dashed);
    std::string head(raw.substr(0, off - 1));
    for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (RomanisedArticle(head) || head == "d" || head == "r" || head == "i" || head == "dfl") return false;
    // A short head is an abbreviation in capitals ("EU-Israel"), not a prefix ("Pre-Trial").
    if (head.size() < 4 && !std::isupper(static_cast<unsigned char>(raw[1]))) return false;
    const bool demonym = !head_is_place && lex_.demonyms.count(head);
    if (!head_is_place && !demonym) return false;
    uint32_t end = i + 1;
    // "Canada-U.S.", "Iran-U.K.": the tokenizer leaves the tail's first letter on the token and
    // its periods and further letters as tokens of their own ("Canada-U", ".", "S", ".").
    bool dotted = false;
    if (key.size() == 1) {
      for (uint32_t j = i + 1; j + 1 < t_.size(); j += 2) {
        const Token &dot = t_[j], &letter = t_[j + 1];
        if (dot.kind != TokenKind::kPunct || dot.Has(text::kSpaceBefore) || text_.utf8[dot.byte_start] != '.' ||
            letter.kind != TokenKind::kWord || letter.Has(text::kSpaceBefore) || letter.end - letter.start != 1 ||
            !letter.Has(text::kCapitalized))
          break;
        key.push_back(' ');
        key.append(Key(j + 1));
        end = j + 2;
        dotted = true;
      }
      if (!dotted) return false;
    }
    // The longest run of capitalised words after the tail that the index has ("Henry County").
    std::span<const Posting> post = gaz_.Lookup(key);
    std::string longer = key;
    for (uint32_t j = i + 1; !dotted && j < t_.size() && j < i + 3 && Joinable(j - 1, j) && t_[j].Has(text::kCapitalized); ++j) {
      longer.push_back(' ');
      longer.append(Key(j));
      std::span<const Posting> p = gaz_.Lookup(longer);
      if (!p.empty()) post = p, key = longer, end = j + 1;
    }
    if (post.empty() || lex_.demonyms.count(key)) return false;  // "Qatari-German company": two demonyms
    if (demonym && !AnyCountryOrProvince(post) && !MacroRegionReading(post)) return false;
    // A listed word ("North-South divide") only as an abbreviation in capitals ("Egyptian-US").
    if (end == i + 1 && lex_.nonplace.count(key)) {
      for (size_t k = off; k < raw.size(); ++k)
        if (std::islower(static_cast<unsigned char>(raw[k]))) return false;
    }
    *out = Match{i, end, key, post, 0, {}};
    out->hyphen_tail = true;
    out->abbreviation_part = dotted;
    out->part_start = t.start + static_cast<uint32_t>(off);  // ASCII: bytes are code points
    out->part_end = end == i + 1 ? t.end : t_[end - 1].end;
    return true;
  }

  // Whether token i is a party's letter, a hyphen and a capital ("D-N", "R-Elbow", "DFL-Cook").
  bool PartyLetterToken(uint32_t i) const {
    const Token& t = t_[i];
    if (t.kind != TokenKind::kWord || t.byte_end - t.byte_start < 3) return false;
    std::string_view raw = std::string_view(text_.utf8).substr(t.byte_start, t.byte_end - t.byte_start);
    size_t dash = raw.starts_with("DFL-") ? 3 : 1;
    if (raw.size() <= dash + 1 || raw[dash] != '-') return false;
    if (dash == 1 && raw[0] != 'D' && raw[0] != 'R' && raw[0] != 'I') return false;
    return raw[dash + 1] >= 'A' && raw[dash + 1] <= 'Z';
  }

  // A legislator's party and home after a comma or in parentheses: "Sen. Byron Dorgan, D-N.D.,",
  // "Rep. Torrey Westrom, R-Elbow Lake,", "Nancy Pelosi, D-Calif,", "Brent Boggs, D-Braxton" (a
  // West Virginia delegate's county); LGL marks 43 of its 45. The words after the party's letter
  // up to the comma (a state's abbreviation, a town, a county without "County") are the place;
  // `off` is the tail's byte offset in token i. False when no such name is found.
  bool MatchPartyLabel(uint32_t i, size_t off, Match* best, bool* found) {
    const uint32_t n = static_cast<uint32_t>(t_.size());
    if (i == 0 || t_[i - 1].kind != TokenKind::kPunct) return false;
    const char before = text_.utf8[t_[i - 1].byte_start];
    if (before != ',' && before != '(') return false;
    const Token& t = t_[i];
    std::string key;
    for (char c : std::string_view(text_.utf8).substr(t.byte_start + off, t.byte_end - t.byte_start - off))
      key.push_back(c == '.' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    // The words of the name, each end token and its key.
    std::vector<std::pair<uint32_t, std::string>> ends{{i + 1, key}};
    for (uint32_t j = i + 1; j < n && ends.size() < 4;) {
      // "N.D.": the tokenizer may end a sentence at the first period; the letters touch.
      if (IsAbbreviationDot(j) && j + 1 < n && IsWordLike(t_[j + 1]) && !t_[j + 1].Has(text::kSpaceBefore) &&
          t_[j + 1].Has(text::kCapitalized))
        ++j;
      else if (!Joinable(j - 1, j) || !t_[j].Has(text::kCapitalized)) break;
      key.push_back(' ');
      key.append(Key(j));
      ends.emplace_back(j + 1, key);
      ++j;
    }
    for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
      std::string k = it->second;
      std::span<const Posting> post = gaz_.Lookup(k);
      if (post.empty()) {
        k += " county";
        post = gaz_.Lookup(k);
      }
      if (post.empty()) continue;
      *best = Match{i, it->first, k, post, 0, {}};
      best->party = true;
      best->part_start = t.start + static_cast<uint32_t>(off);
      best->part_end = t_[it->first - 1].end;
      *found = true;
      return true;
    }
    return false;
  }

  // A name of several words whose last is hyphenated to "based", "area", "born" ...: "a New
  // York-based group", "the Los Angeles-area firms", "the Abu Dhabi-owned fund" (the words
  // before the hyphen matched alone: York, Ābu, Rio). The mention is the name up to the
  // hyphen; it wins over a shorter match at the same start.
  void MatchHyphenTail(uint32_t i, Match* best, bool* found) {
    static constexpr std::string_view kSuffixes[] = {"based", "area", "born", "bred", "controlled", "held",
                                                     "led", "run", "bound", "owned", "made"};
    const uint32_t n = static_cast<uint32_t>(t_.size());
    std::string cur(Key(i));
    for (uint32_t j = i + 1; j < n && j < i + kMaxNameTokens; ++j) {
      // An abbreviation's period inside the name: "St. Louis-based" (the key has no period).
      if (IsAbbreviationDot(j) && j + 1 < n && Joinable(j - 1, j + 1)) continue;
      // The particles inside names: "Rio de Janeiro-born", "Stratford-upon-Avon" aside.
      const bool particle = IsWordLike(t_[j]) && (Key(j) == "de" || Key(j) == "del" || Key(j) == "da" ||
                                                  Key(j) == "la" || Key(j) == "of" || Key(j) == "es");
      const uint32_t pw = IsAbbreviationDot(j - 1) ? j - 2 : j - 1;
      if (!Joinable(pw, j) || !(t_[j].Has(text::kCapitalized) || particle)) return;
      const Token& t = t_[j];
      std::string_view raw = std::string_view(text_.utf8).substr(t.byte_start, t.byte_end - t.byte_start);
      const size_t dash = raw.find('-');
      if (dash == std::string_view::npos) {
        cur.push_back(' ');
        cur.append(Key(j));
        continue;
      }
      std::string head(raw.substr(0, dash)), next(raw.substr(dash + 1));
      for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (char& c : next) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (head.empty() || std::find(std::begin(kSuffixes), std::end(kSuffixes), next) == std::end(kSuffixes)) return;
      const std::string key = cur + " " + head;
      std::span<const Posting> post = gaz_.Lookup(key);
      if (post.empty() || (*found && best->end > j)) return;
      *best = Match{i, j + 1, key, post, 0, {}};
      best->part_start = t_[i].start;
      best->part_end = t.start + static_cast<uint32_t>(dash);  // ASCII before the hyphen
      *found = true;
      return;
    }
  }

  // "Dublin City Manager", "Springfield City Schools", "Las Vegas City Marshal": local news
  // writes "City" after a town's name for its council and offices. When "<name> City" before
  // a capitalised word names
  // places only as an alternate name (of Dublin, Ireland; of Springfield, Massachusetts) and
  // the name alone is a place, the mention is the name alone, read with its other mentions
  // ("Dublin" of Dublin, Ohio); "Kansas City", "Panama City" and "Jersey City" are their
  // places' own names and stay whole.
  void CityOfTheName(Match* best) const {
    const uint32_t last = best->end - 1;
    if (t_[best->begin].script != Script::kLatin || Key(last) != "city" || !OnlyAlternates(best->postings)) return;
    // Only before the office's capitalised name: "Kanawha City." and "Pleasant City and Lore
    // City" are places of their own that the index lacks.
    if (best->end >= t_.size() || !Joinable(last, best->end) || !t_[best->end].Has(text::kCapitalized)) return;
    std::string shorter = Phrase(best->begin, last, Key(best->begin));
    std::span<const Posting> post = gaz_.Lookup(shorter);
    if (post.empty()) return;
    *best = Match{best->begin, last, shorter, post, best->form, {}};
  }

  // "Athens-Clarke County", "Augusta-Richmond County": a town and its county that govern as one
  // are written joined, and the index may have the whole as an alternate name of the town. News
  // names the two (LGL marks "Athens" and "Clarke County", as in "Paris-Henry County", which the
  // index lacks whole): where the part after the hyphen with "County" or "Parish" is a county
  // and the part before it a place (MatchHyphenPart), the match is the town, and the county is
  // read after it as a hyphenated pair's tail.
  void ConsolidatedCounty(Match* best) {
    const uint32_t first = best->begin;
    if (t_[first].script != Script::kLatin || !(Key(first + 1) == "county" || Key(first + 1) == "parish") ||
        !t_[first + 1].Has(text::kCapitalized))
      return;
    size_t off = 0;
    if (PairTail(first, &off).empty()) return;
    Match tail;
    if (!MatchPairTail(first, true, &tail) || tail.end != best->end ||
        std::none_of(tail.postings.begin(), tail.postings.end(), [&](const Posting& po) {
          const PlaceView p = gaz_.Place(po.place);
          return p.feature_class == 'A' && p.feature_code == "ADM2";
        }))
      return;
    Match head;
    bool found = false;
    MatchHyphenPart(first, &head, &found);
    if (!found || head.end != first + 1 || head.party) return;
    *best = head;
  }

  // Local news lists counties by their bare names: "Jackson and Barrow counties", "Becker,
  // Clay, Douglas, Grant, Mahnomen, Otter Tail, Swift and Wilkin counties", "Camden and
  // Charlton counties in Georgia". Each name of a list of capitalised names ending in
  // "counties" (or Louisiana's "parishes") is the county, the index's "<name> County", not
  // a town so named elsewhere (Barrow, Alaska; Jackson, Alabama). A state or country name
  // keeps its reading: "Texas and Oklahoma counties" are counties in those states.
  void MatchCountyOfList(uint32_t i, Match* best, bool* found) {
    if (county_list_word_ < 0) {  // once per document: most texts have no such list
      county_list_word_ = 0;
      for (uint32_t k = 0; k < t_.size() && !county_list_word_; ++k)
        county_list_word_ = IsWordLike(t_[k]) && (Key(k) == "counties" || Key(k) == "parishes");
    }
    if (!county_list_word_) return;
    ForNameRuns(i, [&](uint32_t j, const std::string& cur) {
      std::string_view unit = CountyListUnit(j + 1);
      if (unit.empty() || (*found && best->end > j + 1)) return true;
      // A name alone before "counties" is no list but a modifier: "the four metro Athens
      // counties" are the counties around Athens.
      if (!ListSeparator(j + 1) && !(i > 0 && ListSeparator(i - 1))) return true;
      std::string key = cur + " " + std::string(unit);
      std::span<const Posting> post = gaz_.Lookup(key);
      if (post.empty()) return true;
      // A country's or a province's own name keeps its reading in a list of such names ("Texas
      // and Oklahoma counties"), unless that province is in another country than the counties:
      // Douglas, a province of the Isle of Man, is no reading of "Douglas, Sarpy and Lancaster
      // counties". A list with a name that is no state is a list of counties all through:
      // "Dakota, Otoe and Washington counties" are Nebraska's, Washington's too.
      if (*found && MainNameOfCountryOrProvince(best->postings) && SharesCountry(best->postings, post) &&
          ListOfRegions(i))
        return false;
      *best = Match{i, j + 1, key, post, 0, {}};
      *found = true;
      return true;
    });
  }
  // Calls f(j, key) with the key of the capitalised names from token i to j: one word, two,
  // three ("Otter Tail", "Prince George's"), while they join; f returns false to stop.
  template <typename F>
  void ForNameRuns(uint32_t i, F f) const {
    std::string cur;
    for (uint32_t j = i; j < t_.size() && j < i + 3; ++j) {
      if (j > i && (!Joinable(j - 1, j) || !CapitalisedName(j))) break;
      if (j > i) cur.push_back(' ');
      cur.append(Key(j));
      if (!f(j, cur)) return;
    }
  }
  // Headlines abbreviate County: "Loudon Co. man dies in wreck", "Platte Co. tops 32K". A
  // name whose "<name> County" is a county, then "Co." and a word in lower case, is that
  // county; before a capitalised word or a comma "Co." is a company's ("Springfield Bus Co.
  // In his time", "Crane Co., of Chicago"), as en/org_cues.tsv reads it.
  void MatchAbbreviatedCounty(uint32_t i, Match* best, bool* found) {
    const uint32_t n = static_cast<uint32_t>(t_.size());
    if (county_abbreviation_ < 0) {  // once per document: most texts have no "Co."
      county_abbreviation_ = 0;
      for (uint32_t k = 0; k + 1 < n && !county_abbreviation_; ++k)
        county_abbreviation_ = IsWordLike(t_[k]) && Key(k) == "co" && IsAbbreviationDot(k + 1);
    }
    if (!county_abbreviation_) return;
    ForNameRuns(i, [&](uint32_t j, const std::string& cur) {
      const uint32_t co = j + 1, dot = j + 2, next = j + 3;
      if (next >= n || !Joinable(j, co) || !IsWordLike(t_[co]) || Key(co) != "co" || !t_[co].Has(text::kCapitalized) ||
          !IsAbbreviationDot(dot) || !IsWordLike(t_[next]) || t_[next].script != Script::kLatin ||
          t_[next].Has(text::kCapitalized) || t_[next].Has(text::kAllCaps) || t_[next].Has(text::kNewlineBefore))
        return true;
      if (*found && best->end > dot + 1) return true;
      const std::string key = cur + " county";
      std::span<const Posting> post = gaz_.Lookup(key);
      if (std::none_of(post.begin(), post.end(), [&](const Posting& po) {
            PlaceView p = gaz_.Place(po.place);
            return p.feature_class == 'A' && p.feature_code == "ADM2";
          }))
        return true;
      *best = Match{i, dot + 1, key, post, 0, {}};
      *found = true;
      return true;
    });
  }
  // Whether every name of the list around token i that ends in "counties" is a country's or a
  // province's own name ("Texas and Oklahoma counties").
  bool ListOfRegions(uint32_t i) const {
    uint32_t b = i;
    while (b > 0 && (ListSeparator(b - 1) || (IsWordLike(t_[b - 1]) && CapitalisedName(b - 1))) &&
           !t_[b].Has(text::kNewlineBefore))
      --b;
    while (b < i && ListSeparator(b)) ++b;
    std::string item;
    for (uint32_t k = b; k < t_.size(); ++k) {
      const bool end = !IsWordLike(t_[k]) || ListSeparator(k) || Key(k) == "counties" || Key(k) == "parishes";
      if (!end) {
        if (!item.empty()) item.push_back(' ');
        item.append(Key(k));
        continue;
      }
      if (!item.empty() && !MainNameOfCountryOrProvince(gaz_.Lookup(item))) return false;
      item.clear();
      if (!ListSeparator(k)) break;
    }
    return true;
  }
  bool ListSeparator(uint32_t k) const {
    if (k >= t_.size()) return false;
    if (t_[k].kind == TokenKind::kPunct) return text_.utf8[t_[k].byte_start] == ',';
    return IsWordLike(t_[k]) && (Key(k) == "and" || Key(k) == "or");
  }
  // "county" when the tokens from k on are more capitalised names, commas and "and"/"or",
  // ending in "counties" ("parish" for "parishes"); else empty.
  std::string_view CountyListUnit(uint32_t k) const {
    for (const uint32_t n = static_cast<uint32_t>(t_.size()), stop = std::min(n, k + 40); k < stop; ++k) {
      const Token& t = t_[k];
      if (t.Has(text::kNewlineBefore)) return {};
      if (ListSeparator(k)) continue;
      if (!IsWordLike(t) || t.script != Script::kLatin) return {};
      std::string_view key = Key(k);
      if (key == "counties") return "county";
      if (key == "parishes") return "parish";
      if (!CapitalisedName(k)) return {};
    }
    return {};
  }

  // The romanised article is optional: "al-Raqqa", "Al-Hasakah" name what the index holds as
  // "Raqqa" and "Hasakah". Only places of the Arabic-named region count (al-Jazeera, the
  // channel, is not Jazeera in Nigeria), at the variant match's lower confidence.
  void MatchWithoutArticle(uint32_t i, Match* best, bool* found) {
    std::string_view key = Key(i);
    size_t sp = key.find(' ');
    if (sp == std::string_view::npos || !RomanisedArticle(key.substr(0, sp))) return;
    std::string cur(key.substr(sp + 1));
    const uint32_t n = static_cast<uint32_t>(t_.size());
    for (uint32_t j = i; j < n && j < i + kMaxNameTokens; ++j) {
      if (j > i) {
        if (!Joinable(j - 1, j) || !CapitalisedName(j)) break;
        cur.push_back(' ');
        cur.append(Key(j));
      }
      bool prefix = false;
      std::span<const Posting> post = gaz_.Lookup(cur, &prefix);
      std::vector<Posting> kept;
      for (const Posting& po : post)
        if (ArabicNamedRegion(gaz_.Place(po.place).country)) kept.push_back(po);
      if (!kept.empty()) {
        variant_store_.push_back(std::move(kept));
        *best = Match{i, j + 1, std::string(key.substr(0, sp)) + " " + cur, variant_store_.back(), 0, {}};
        best->variant = true;
        *found = true;
      }
      if (!prefix) break;
    }
  }

  // "القوات السعودية", "الحدود السعودية ـ اليمنية": the name of a country that is also its
  // feminine adjective (السعودية, the masculine السعودي in demonyms.tsv) after a definite noun
  // agrees with it: the mention is the demonym. A country after a noun is that noun's
  // complement, which takes no article ("حدود السعودية"). So too without the article after
  // an indefinite feminine noun ("مقاتلة سورية", a Syrian jet) and, in the accusative, after
  // an indefinite noun's ا ("عسكريا تركيا", a Turkish soldier; "ممرضا استراليا").
  void AdjectiveOfTheCountry(Match* m) const {
    const uint32_t i = m->begin;
    std::string_view key = m->key;
    if (i == 0 || m->form != 0 || !IsWordLike(t_[i - 1]) || !Joinable(i - 1, i) ||
        t_[i - 1].script != Script::kArabic)
      return;
    const std::string_view prev = Key(i - 1);
    const bool definite = key.starts_with("ال") && key.ends_with("ه");
    const bool feminine = !definite && key.ends_with("ه") && prev.ends_with("ه") && !prev.starts_with("ال");
    const bool accusative = key.ends_with("يا") && prev.ends_with("ا") && !prev.starts_with("ال") &&
                            prev.size() >= 8 && !lex_.nonplace.count(prev) && AccusativeNoun(i - 1);
    if (!definite && !feminine && !accusative) return;
    const size_t cut = accusative ? std::string_view("ا").size() : std::string_view("ه").size();
    auto d = lex_.demonyms.find(key.substr(0, key.size() - cut));
    if (d == lex_.demonyms.end() || d->second.empty()) return;
    if (!definite) {
      const Cue* cue = nullptr;
      if (MatchBefore(lex_.cues_before, i, lex_.max_cue_words, &cue)) return;  // "عاصمة سورية"
    }
    bool country = false;
    for (const Posting& po : m->postings) {
      PlaceView p = gaz_.Place(po.place);
      country = country || (IsCountry(p) && p.country == d->second);
    }
    if (!country || (!mentions_.empty() && mentions_.back().token_end == i)) return;
    if (!definite) {
      m->demonym_country = d->second;
      m->postings = {};
      return;
    }
    if (!DefiniteNoun(i - 1)) return;
    m->demonym_country = d->second;
    m->postings = {};
  }

  // Whether Arabic token k is a definite noun: one of its forms has the article, and is none
  // of the words with the article's letters that are no noun (keys: إلى is الي).
  bool DefiniteNoun(uint32_t k) const {
    static constexpr std::string_view kNotNouns[] = {"الي", "التي", "الذي", "الذين", "اللذين", "اللتين",
                                                     "اللاتي", "اللواتي", "الا", "الان"};
    for (std::string_view f : Forms(k))
      if (f.starts_with("ال") && std::find(std::begin(kNotNouns), std::end(kNotNouns), f) == std::end(kNotNouns))
        return true;
    return false;
  }

  // A feminine or plural colour adjective that names places too (البيضاء: Al Bayda in Yemen and
  // Libya; البيض: El Bayadh, Algeria; الخضراء, الحمراء, السوداء, الزرقاء, الصفراء: towns and
  // villages) right after a definite noun agrees with it: 'الأسود البيضاء' (white lions),
  // 'القائمة السوداء' (the blacklist), 'الفاصوليا البيضاء', 'البريطانيين البيض'. Without its own clitic only ('مكيراس بالبيضاء', 'وتعز
  // والبيضاء' join places), and not after a place ('صنعاء البيضاء' would be two); after a
  // demonym it is ('البريطانيين البيض').
  bool ColourAdjective(const Match& m) const {
    static constexpr std::string_view kColours[] = {"البيضا", "السودا", "الخضرا", "الحمرا", "الزرقا", "الصفرا",
                                                    "البيض",  "السود",  "الخضر",  "الحمر",  "الزرق",  "الصفر"};
    const uint32_t i = m.begin;
    if (m.end != i + 1 || m.form != 0 || i == 0 || !IsWordLike(t_[i - 1]) || !Joinable(i - 1, i) ||
        t_[i - 1].script != Script::kArabic ||
        std::find(std::begin(kColours), std::end(kColours), m.key) == std::end(kColours))
      return false;
    if (!mentions_.empty() && mentions_.back().token_end == i && !mentions_.back().demonym) return false;
    return DefiniteNoun(i - 1);
  }

  // Whether Arabic token k, whose key ends in ا, is an indefinite noun in the accusative
  // ("عسكريا", "لاجئا", "ممرضاً") that a country's name after it may agree with as an
  // adjective. Most words so ending are none: a verb or preposition with the pronoun ها or
  // هما ("التي أخذتها بريطانيا", "تتوسط فيها إريتريا", "شهدتها سوريا"), a plural verb's
  // alif ("دخلوا سوريا"), a plural in ايا ("رعايا", "ضحايا"), a word in اء whose hamza
  // the key drops ("سفراء بريطانيا", "رئيس وزراء بريطانيا"), an adverb ("أيضا موريتانيا"),
  // or a place ("أمريكا"); the country after them is the place (ANERcorp, the corpus).
  bool AccusativeNoun(uint32_t k) const {
    std::string_view raw = std::string_view(text_.utf8).substr(t_[k].byte_start, t_[k].byte_end - t_[k].byte_start);
    if (raw.ends_with("\u064b")) raw.remove_suffix(std::string_view("\u064b").size());  // tanween after the alif
    if (!raw.ends_with("\u0627")) return false;  // "سفراء": the hamza, not an alif
    raw.remove_suffix(std::string_view("\u0627").size());
    if (raw.ends_with("\u064b")) raw.remove_suffix(std::string_view("\u064b").size());  // "عسكريًا"
    if (raw.ends_with("\u0647") || raw.ends_with("\u0647\u0645") || raw.ends_with("\u0648") || raw.ends_with("\u0627\u064a"))
      return false;  // ها, هما, وا, ايا
    static const std::vector<std::string> kAdverbs = [] {
      std::vector<std::string> v;
      for (std::string_view w : {"أيضا", "جدا", "دائما", "تقريبا", "خصوصا", "معا", "بينما", "عندما", "حينما", "كلما",
                                 "ربما", "إنما", "طالما", "مهما", "حاليا", "مجددا", "سابقا", "لاحقا", "مؤخرا", "أخيرا"})
        v.push_back(text::NormalizeKey(w));
      return v;
    }();
    if (std::find(kAdverbs.begin(), kAdverbs.end(), Key(k)) != kAdverbs.end()) return false;
    return gaz_.Lookup(Key(k)).empty();
  }

  // "قرب مدينة دوجوبيازيت", "في محيط قرية زركال", "منطقة العرقوب": after a town's or a
  // village's noun, a word the index lacks is the place's name all the same, unresolved. Not
  // a word that ends like an adjective agreeing with the noun ("مدينة كبيرة", "قرية حدودية",
  // the feminine ة and the nisba ي), a listed word, cue, relation or demonym, or a short one.
  bool UnlistedNameAfterCue(uint32_t i) const {
    if (i == 0 || t_[i].script != Script::kArabic || !IsWordLike(t_[i]) || !IsWordLike(t_[i - 1]) ||
        !Joinable(i - 1, i) || t_[i].Has(text::kDigitGlue))
      return false;
    // Most words reach here (no name of the index): the cheap tests first; the cues are words.
    const std::string_view key = Key(i);
    if (key.size() < 6 || EndsWithLetter(key, "ه") || EndsWithLetter(key, "ي") || EndsWithLetter(key, "ا")) return false;
    // Only a settlement's cue of weight 0.95 or more counts: a word before with no such cue
    // among its forms is answered from that short list, without hashing its forms or probing
    // the cues' table (most Arabic words the index lacks reach here).
    if (!SettlementCueBefore(i - 1)) return false;
    const Cue* cue = nullptr;
    return MatchBefore(lex_.cues_before, i, 1, &cue) && IsSettlementCue(*cue) && UnlistedNameWord(i);
  }
  static bool IsSettlementCue(const Cue& c) { return c.kind == "settlement" && c.weight >= 0.95f; }
  // Whether some form of token k is a key of cues_before whose cue IsSettlementCue ("مدينه",
  // "بلده", "قريه" in ar/place_cues.tsv): the keys gathered on the first call.
  bool SettlementCueBefore(uint32_t k) const {
    if (!settlement_cues_made_) {
      for (const auto& [key, c] : lex_.cues_before)
        if (IsSettlementCue(c)) settlement_cues_.push_back(key);
      settlement_cues_made_ = true;
    }
    if (settlement_cues_.empty()) return false;
    for (std::string_view f : Forms(k))
      if (std::find(settlement_cues_.begin(), settlement_cues_.end(), f) != settlement_cues_.end()) return true;
    return false;
  }
  // An Arabic word that may be a name the index lacks: not short, no listed or function word.
  bool UnlistedNameWord(uint32_t i) const {
    if (Key(i).size() < 6) return false;
    static constexpr std::string_view kFunctionWords[] = {"بعد", "قبل", "حيث", "بين", "كان", "كانت", "عبر",  "نحو",
                                                          "حتى", "منذ", "خلال", "عند", "لدى", "ضمن", "وسط", "قرب",
                                                          "داخل", "خارج", "امس", "اليوم", "تقع", "يقع", "تدعى"};
    for (std::string_view f : Forms(i)) {
      if (std::find(std::begin(kFunctionWords), std::end(kFunctionWords), f) != std::end(kFunctionWords) ||
          lex_.nonplace.count(f) || lex_.demonyms.count(f) || lex_.cues_before.count(f) || lex_.cues_after.count(f) ||
          lex_.relations.count(f) || lex_.person_before.count(f) || lex_.org_before.count(f))
        return false;
    }
    return true;
  }

  // Whether tokens from a on, up to `end`, begin with a gazetteer name ("عدن" of "عدن الدولي").
  bool NameFrom(uint32_t a, uint32_t end) const {
    for (uint32_t k = end; k > a; --k)
      if (!gaz_.Lookup(Phrase(a, k, Key(a))).empty()) return true;
    return false;
  }

  // The other way round: English news drops the article the index keeps, "Hasakah city" and
  // "Hasakah province" for "Al-Hasakah" (the index has "Hasaka" and "Al Hasakah", not
  // "Hasakah"), "Qaryatain" for "Al Qaryatayn". One capitalised word with the article put
  // back, assimilated before the sun letters ("ar Raqqah", "as Suwayda"), read only as a
  // province or a large town or seat of the Arabic-named region, as the variant match of
  // one word: "Sham" (ash Sham, a name of Damascus) or a surname is no such place alone.
  void MatchWithArticle(uint32_t i, Match* best, bool* found) {
    std::string_view key = Key(i);
    if (key.size() < 5 || key.find(' ') != std::string_view::npos || t_[i].Has(text::kAllCaps)) return;
    for (char c : key)
      if (c < 'a' || c > 'z') return;
    std::string article = "al";
    static constexpr std::string_view kSun[] = {"sh", "th", "dh", "t", "d", "r", "z", "s", "n"};
    for (std::string_view s : kSun)
      if (key.starts_with(s)) {
        article = "a" + std::string(s);
        break;
      }
    for (const std::string& a : {std::string("al"), article}) {
      const std::string cur = a + " " + std::string(key);
      std::vector<Posting> kept;
      for (const Posting& po : gaz_.Lookup(cur)) {
        PlaceView p = gaz_.Place(po.place);
        const bool large = p.feature_class == 'A' || p.population >= 20000 ||
                           (p.feature_class == 'P' && (p.feature_code == "PPLA" || p.feature_code == "PPLA2" ||
                                                       p.feature_code == "PPLC"));
        if (large && ArabicNamedRegion(p.country)) kept.push_back(po);
      }
      if (kept.empty()) continue;
      variant_store_.push_back(std::move(kept));
      *best = Match{i, i + 1, cur, variant_store_.back(), 0, {}};
      best->variant = true;
      *found = true;
      return;
    }
  }

  // A facility or road named after its town ("مرفأ بيروت", "Port of Beirut" spelled
  // "Beirut port" aside) also mentions the town: the longest trailing part of the name
  // that is a settlement or region is output as a place of its own inside the facility.
  void AddNestedSettlement(const Match& outer) {
    if (outer.end - outer.begin < 2 || outer.postings.empty()) return;
    bool facility = false;
    for (const Posting& po : outer.postings) {
      char fc = gaz_.Place(po.place).feature_class;
      if (fc == 'S' || fc == 'R') facility = true;
    }
    if (!facility) return;
    for (uint32_t k = outer.begin + 1; k < outer.end; ++k) {
      std::string key = Phrase(k, outer.end, Key(k));
      auto post = gaz_.Lookup(key);
      bool settlement = false;
      for (const Posting& po : post) {
        char fc = gaz_.Place(po.place).feature_class;
        if (fc == 'P' || fc == 'A') settlement = true;
      }
      if (!settlement) continue;
      Match inner{k, outer.end, key, post, 0, {}};
      AddMention(inner);
      return;
    }
  }

  // How an organisation's head after a Latin-script name (en/org_cues, position after) reads.
  // Capitalised it is the name's own ("the Richmond Police Department", "Gainesville
  // Hospital"); all in lower case it is a common noun the place qualifies ("Richmond police
  // said", "taken to a Gainesville hospital", "several Dublin elementary schools", "the Mansfield
  // council"), and the town is a place of the text, as news writes and LGL marks it. A
  // newspaper's title word (position after_title: "the Jerusalem post", "#Chennai news") is the
  // title whatever its case.
  enum class OrgHeadAfter { kNone, kName, kCommonNoun };
  OrgHeadAfter LatinNameBeforeAnOrgHead(const Match& m) const {
    const bool* flag = nullptr;
    const uint32_t n = MatchAfter(lex_.org_after, m.end, 2, &flag);
    if (n == 0) return OrgHeadAfter::kNone;
    const Token& first = t_[m.begin];
    if (first.script != Script::kLatin || !(first.Has(text::kCapitalized) || first.Has(text::kAllCaps)))
      return OrgHeadAfter::kName;
    for (uint32_t k = m.end; k < m.end + n; ++k)
      if (t_[k].script != Script::kLatin || t_[k].Has(text::kCapitalized) || t_[k].Has(text::kAllCaps))
        return OrgHeadAfter::kName;
    if (MatchAfter(lex_.org_title_after, m.end, 2, &flag) != 0) return OrgHeadAfter::kName;
    return OrgHeadAfter::kCommonNoun;
  }

  void AddMention(const Match& m) {
    const Token& first = t_[m.begin];
    // Organisations: digits glued to the name (للرقة24), or an organisation cue around it.
    if (first.Has(text::kDigitGlue)) return;
    // A pronoun's contraction ("I'd say", "I’d far rather": key "id", a town in India) is no
    // name; the possessive's "'s" ("Martha's Vineyard") and "O'" ("O'Fallon") are not such.
    if (first.script == Script::kLatin && Contraction(m.end - 1)) return;
    // Cues never reach across a hashtag or a line break ("#Greece #news").
    const bool open_before = m.begin > 0 && !first.Has(text::kHashtagFirst) && !first.Has(text::kNewlineBefore);
    const bool open_after = m.end < t_.size() && !t_[m.end].Has(text::kHashtagFirst) &&
                            !t_[m.end].Has(text::kNewlineBefore);
    const bool* flag = nullptr;
    // A place named inside an organisation's name ("the Paris Police Department", "University
    // of Iowa", "the Aleppo Media Center") is kept as a nested mention, out of the document's
    // places.
    bool in_name = (open_before && MatchBefore(lex_.org_before, m.begin, 2, &flag)) ||
                   (open_after && LatinNameBeforeAnOrgHead(m) == OrgHeadAfter::kName);
    // A place named in a hashtag of several words ("#امطار_الكويت", "#الكويت_الان",
    // "#انفجار_بيروت") is in the topic's name, as in "#KeralaFloods" (MatchCamelCase reads
    // only a whole hashtag); a hashtag that is the name whole ("#حفر_الباطن") is the place.
    if (!in_name && PartOfHashtag(m.begin, m.end)) in_name = true;
    if (!in_name && open_after && FixtureSide(m)) in_name = true;
    if (m.end == m.begin + 1 && m.demonym_country.empty() && OutletNotPlace(m.begin)) return;
    if (open_before && VerbAfterRelativePronoun(m)) return;
    // A national team and a state broadcaster belong to the state their name names: 'منتخب
    // مصر' is Egypt's team, 'تلفزيون الكويت' Kuwait's television, 'تلفزيون دبي' the emirate's;
    // the country or province is a place of the text (ANERcorp and IDRISI tag it), while a
    // university or a club has a name of its own ('جامعة القاهرة', 'نادي الكويت').
    if (in_name && open_before && MatchBefore(lex_.org_state_before, m.begin, 1, &flag) &&
        AnyCountryOrProvince(m.postings))
      in_name = false;
    // Persons: a title or kunya before, ابن/بن after.
    // A title before a country names its holder's office ("رئيس اليمن", "ملك المملكة الأردنية
    // الهاشمية", "نائب سفير تركيا"): the country is no person's name. So is a province or a
    // great city after a title without the article, which is in the construct state with its
    // domain ("ملك أراجون", the king of Aragon, eleven times in one ANERcorp history; "أمير
    // جازان"); a person's name follows the definite title ("الملك عبدالله", "الأمير سلطان").
    auto office = [&] {
      return first.script == Script::kArabic &&
             (AnyCountry(m.postings) || (IndefiniteWordBefore(m.begin) && AnyRegionOrMajorCity(m.postings)));
    };
    if (open_before && TitleBefore(m.begin) && !office()) {
      NotePerson(m);
      return;
    }
    // "الرئيس الاميركي باراك أوباما", "وزير الخارجية اليمني رياض ياسين": the title, then the
    // person's nationality, then the name.
    if (open_before && first.script == Script::kArabic && m.begin >= 2 && Joinable(m.begin - 1, m.begin) &&
        IsWordLike(t_[m.begin - 1]) && lex_.demonyms.count(Key(m.begin - 1)) && !AnyCountry(m.postings) &&
        !AnyRegionOrMajorCity(m.postings) && MatchBefore(lex_.person_before, m.begin - 1, 2, &flag))
      return;
    if (open_after && MatchAfter(lex_.person_after, m.end, 1, &flag)) return;
    if (SpokenBy(m) || VictimOf(m)) {
      NotePerson(m);
      return;
    }
    if (ArabicSpeaker(m)) {
      person_keys_.insert(m.key);
      return;
    }

    // "US$350,000", "A$5", "HK$10": a currency sign glued after the name makes it a currency.
    if (first.script == Script::kLatin && m.end < t_.size() && !t_[m.end].Has(text::kSpaceBefore) &&
        t_[m.end].byte_start < text_.utf8.size() && text_.utf8[t_[m.end].byte_start] == '$')
      return;
    Mention men;
    men.start = first.start;
    men.end = t_[m.end - 1].end;
    if (m.part_end > m.part_start) men.start = m.part_start, men.end = m.part_end;
    // U.S. / D.C.: the closing period of an abbreviation belongs to the name.
    // Not after a postal code in capitals ("Springfield, IL."): that period ends the sentence.
    if (m.end < t_.size() && IsAbbreviationDot(m.end) && !t_[m.end - 1].Has(text::kAllCaps) &&
        (t_[m.end - 1].end - t_[m.end - 1].start == 1 || (!m.postings.empty() && OnlyAbbreviations(m.postings))))
      men.end = t_[m.end].end;
    men.token_begin = m.begin;
    men.token_end = m.end;
    men.key = m.key;
    float rec = 0.5f;
    const Cue* cue = nullptr;
    uint32_t cue_words = m.begin > 0 ? MatchBefore(lex_.cues_before, m.begin, lex_.max_cue_words, &cue) : 0;
    if (!cue_words && m.end < t_.size()) MatchAfter(lex_.cues_after, m.end, lex_.max_cue_words, &cue);
    if (cue) {
      men.cue = cue->kind;
      hints_.push_back({cue->feature_hint, cue->weight});
      rec += 0.4f * cue->weight;
    } else {
      hints_.push_back({});
    }
    const bool single = m.end - m.begin == 1;
    bool abbreviations_only = m.abbreviation_part;
    if (first.script == Script::kLatin) {
      if (!CapitalisedName(m.begin) && !first.Has(text::kAllCaps) && !LowerCaseHashtagRegion(m)) {
        hints_.pop_back();
        return;
      }
      // "Driver injured in Nokomis crash" (the article: "the driver"), "Salmon collapse caused by
      // ...", "Bail set for suspect": a lone capitalised word that opens a sentence or a headline,
      // and that the same text writes in lower case elsewhere, is that common word, not a minor
      // place so named (Driver, a suburb of Darwin; Salmon, Idaho; Bail, India); so is the next
      // such word of a title-case headline ("Grand Jury Indicts Man"). Not a country, a province
      // or a city of a million ("Kerala floods ... #kerala"). lgl.en: 25 such, none a gold place.
      if (single && !cue && !in_name && m.demonym_country.empty() && !first.Has(text::kAllCaps) &&
          !first.Has(text::kHashtagPart) && !m.postings.empty() &&
          (SentenceStart(m.begin) || (m.begin == common_word_end_ && Joinable(m.begin - 1, m.begin))) &&
          std::none_of(m.postings.begin(), m.postings.end(),
                       [&](const Posting& po) {
                         const PlaceView p = gaz_.Place(po.place);
                         return IsCountry(p) || IsAdmin1(p) || MacroRegion(p) || p.population >= 1000000;
                       }) &&
          WrittenInLowerCase(m.key)) {
        common_word_end_ = m.end;
        hints_.pop_back();
        return;
      }
      // Abbreviations (TX, Va., UK) stand for places only in telling contexts: a country
      // in capitals, or a state after "City," ("Houston, TX", "Charleston, W.Va.").
      if (!m.postings.empty() && (OnlyAbbreviations(m.postings) || StateCodeAmongAlternates(m))) {
        const bool comma_before = m.begin >= 2 && t_[m.begin - 1].kind == TokenKind::kPunct &&
                                  text_.utf8[t_[m.begin - 1].byte_start] == ',';
        bool after_city = (comma_before && !mentions_.empty() && mentions_.back().token_end == m.begin - 1) ||
                          m.party || m.hyphen_tail || m.abbreviation_part || SlashedStateCodes(m.begin);
        // Weather bulletins and tweets: "Wharton TX, East Bernard TX" (no comma), "[Carteret
        // Co, NC]" (a county, Co. abbreviated, the index lacking it without "County").
        if (!after_city && first.Has(text::kAllCaps) && !mentions_.empty() && mentions_.back().token_end == m.begin &&
            Joinable(m.begin - 1, m.begin) && !t_[m.begin - 1].Has(text::kAllCaps))
          after_city = true;
        if (!after_city && comma_before && IsWordLike(t_[m.begin - 2]) && Key(m.begin - 2) == "co" &&
            t_[m.begin - 2].Has(text::kCapitalized) && m.begin >= 3 && IsWordLike(t_[m.begin - 3]) &&
            t_[m.begin - 3].Has(text::kCapitalized))
          after_city = true;
        bool country = (first.Has(text::kAllCaps) || DottedCapitals(m)) && AnyCountry(m.postings);
        // Capitals joined by periods ("D.C.", "S.C.", "N.Y.") are how news abbreviates a
        // state or a great city; organisations' acronyms drop the periods. Alone too.
        bool dotted_region = DottedCapitals(m) && AnyRegionOrMajorCity(m.postings);
        // Three capitals or more are no postal code (those are two): "AJK", "NSW" name their
        // province alone.
        bool long_region = single && first.Has(text::kAllCaps) && first.end - first.start >= 3 &&
                           AnyAdministrative(m.postings);
        // A state's abbreviation with its period ("Ill.", "Mass.", "W.Va.") after a town the
        // index lacks and its comma ("Thackerville, Okla.", "HURRICANE, W.Va. -"), or before a
        // lower-case word, as headlines write it ("Missing Ill. man", "in Ky. jail", "Mass.
        // legislators"; not at a sentence's end: "went to Mass. The"). Not "Co.", a company's
        // or a county's more often than Colorado's ("Dow Chemical Co. announced", "Loudon Co. man").
        bool dotted_state = false;
        if (!after_city && m.key != "co" && m.end + 1 < t_.size() && IsAbbreviationDotAfter(m.end) &&
            std::any_of(m.postings.begin(), m.postings.end(), [&](const Posting& po) { return IsAdmin1(gaz_.Place(po.place)); })) {
          const Token& prev_word = t_[m.begin >= 2 ? m.begin - 2 : 0];
          const bool after_town = comma_before && IsWordLike(prev_word) &&
                                  (prev_word.Has(text::kCapitalized) || prev_word.Has(text::kAllCaps));
          const Token& next = t_[m.end + 1];
          const bool before_lower = IsWordLike(next) && next.script == Script::kLatin && !next.Has(text::kCapitalized) &&
                                    !next.Has(text::kAllCaps) && !next.Has(text::kNewlineBefore);
          dotted_state = after_town || before_lower;
        }
        // A state's postal code after a locative preposition ("flooding in TX", "sending 2 planes
        // to TX today", "survivors in FL & TX"), as tweets and bulletins write it. Only codes
        // that are no English word nor a common acronym (not IN, OR, ME, OK, HI, OH, MA, MD,
        // MS, VA, PA, CO, AR, GA, DE, AL, ID, MO, NE, SD), nor another country's province (TN is
        // Tamil Nadu in Indian tweets); not in an all-caps line, nor before a capitalised word
        // ("in DC Office": a district commissioner's).
        const bool next_capitalised = m.end < t_.size() && Joinable(m.begin, m.end) && IsWordLike(t_[m.end]) &&
                                      (t_[m.end].Has(text::kCapitalized) || t_[m.end].Has(text::kAllCaps));
        const bool state_code = single && first.Has(text::kAllCaps) && first.end - first.start == 2 &&
                                !AllCapsLine(m.begin) && !next_capitalised && UnambiguousStateCode(m.key) &&
                                (LocativeBefore(m.begin) || StateCodeBeforeAmpersand(m.begin)) &&
                                std::any_of(m.postings.begin(), m.postings.end(), [&](const Posting& po) {
                                  return (po.flags & gazetteer::kNameAbbreviation) && IsAdmin1(gaz_.Place(po.place));
                                });
        if (!after_city && !country && !dotted_region && !long_region && !dotted_state && !state_code) {
          hints_.pop_back();
          return;
        }
      }
      // Two or three capitals ("EU", "US", "AP") outside an all-caps headline are an
      // acronym: a place only through an abbreviation it is known by, never a town whose
      // name happens to be those letters (Eu, France).
      // "the department's Special Response Team (SRT)": an acronym the text defines is the
      // organisation's there and wherever it comes again (SRT, an abbreviation of Soroti;
      // lgl.en: six times in one article).
      if (single && first.Has(text::kAllCaps) && DefinedAcronyms().count(m.key)) {
        hints_.pop_back();
        return;
      }
      if (single && first.Has(text::kAllCaps) && first.end - first.start <= 3 && !AllCapsLine(m.begin) &&
          m.demonym_country.empty()) {
        if (!AnyAbbreviation(m.postings)) {
          hints_.pop_back();
          return;
        }
        abbreviations_only = true;
      }
      // "Matthew D. Flores", "Terry A. Corbin": a first name and a middle initial before a
      // lone name make it a surname, whatever the place of that name, and so wherever the
      // article repeats it alone (DropPersonNames; lgl.en: the Flores, Corbin, McDonald and
      // Fumo of such articles).
      if (single && !cue && MiddleInitialBefore(m.begin)) {
        hints_.pop_back();
        person_keys_.insert(m.key);  // any name: Flores is a department of Uruguay too
        return;
      }
      // "David Jones", "Gov. Scott": a capitalized word right before a lone Latin name
      // that is neither a place, a cue, nor a common word makes it a surname.
      // Not across hashtags: "#Beaumont #Houston" are two places.
      // Nor a nationality, which is no one's name: in "killed in Idleb Syrian sources said",
      // a headline run into its text ("Killed in Idleb Syrian Army Regains ..."), the town
      // stays.
      if (single && m.begin > 0 && IsWordLike(t_[m.begin - 1]) && t_[m.begin - 1].script == Script::kLatin &&
          t_[m.begin - 1].Has(text::kCapitalized) && !t_[m.begin].Has(text::kNewlineBefore) &&
          !t_[m.begin].Has(text::kHashtagFirst) && !cue && m.demonym_country.empty()) {
        // "Cameron Lee Earle's conviction": the word after a person's name read as two lone
        // names ("Cameron Lee") is the name's last word, not a town (Earle, Arkansas; lgl.en:
        // seven times in one article, the name repeated alone). Not before its state ("19
        // Colusa Street Orland, CA": a street, then the town).
        if (m.begin == person_end_ && !AnyAdministrative(m.postings) && !RegionAfterComma(m.end)) {
          hints_.pop_back();
          NotePerson(m);
          person_end_ = m.end;
          return;
        }
        std::string prev(Key(m.begin - 1));
        bool after_mention = !mentions_.empty() && mentions_.back().token_end == m.begin;
        // The head of an organisation's name right after a town ("the Athens Police
        // Department", "Dublin City Council": en/org_cues made the town an in_name mention) is
        // a listed common word, not the surname of a person named like towns: "Police" and
        // "City" are towns in Poland and elsewhere, and the pair of lone names was read as
        // "David Jones", which dropped the town (lgl.en: 14 such nested towns lost).
        const std::string_view own_reason = NonPlaceReason(m.key);
        // "Rep. Tom Hawk, a Manhattan Democrat,": a party member's noun after a town names the
        // member's home (en/nonplace_words.tsv, reason party; "Democrat" is an alternate name of
        // Sumiton, Alabama, and the pair was read as a person's two names).
        if (after_mention && own_reason == "party") {
          hints_.pop_back();
          return;
        }
        if (after_mention && mentions_.back().in_name && !own_reason.empty() &&
            own_reason != "frequent personal name" && own_reason != "person_name" && own_reason != "person_surname") {
          hints_.pop_back();
          return;
        }
        // "Dublin City Manager Terry Foegler", "Springfield City Schools", "Gainesville City
        // Elections": local news writes "City" between a town's name and its offices, as it
        // writes "Athens Mayor". Where the index lacks "<town> City" (CityOfTheName takes those it
        // has) and the text names the town alone elsewhere, "City" is no surname and the town
        // stays (lgl.en: 8 such towns were dropped as "David Jones"). Not "Emerald City Players",
        // whose first word the text names nowhere alone.
        if (after_mention && m.key == "city" && mentions_.back().token_end - mentions_.back().token_begin == 1 &&
            m.end < t_.size() && Joinable(m.begin, m.end) && IsWordLike(t_[m.end]) &&
            t_[m.end].Has(text::kCapitalized) && NamedAloneElsewhere(mentions_.back().token_begin)) {
          hints_.pop_back();
          return;
        }
        // "London-based Christian, Sturgeon & Associates", "Philadelphia-based Mottola": after a
        // place hyphenated to "based", "area" ... (MatchHyphenPart), the capitalised word is the
        // firm's or the person's name, and the place stays (lgl.en: 4 such were dropped as "David
        // Jones").
        if (after_mention && mentions_.back().token_end - mentions_.back().token_begin == 1 &&
            mentions_.back().end < t_[mentions_.back().token_begin].end) {
          hints_.pop_back();
          return;
        }
        if (after_mention && mentions_.back().token_end - mentions_.back().token_begin == 1 &&
            !AnyAdministrative(m.postings) && !AnyAdministrative(postings_.back())) {
          // Two lone names in a row ("David Jones") are a person: drop both.
          mentions_.pop_back();
          postings_.pop_back();
          single_place_.pop_back();
          hints_.pop_back();
          match_forms_.pop_back();
          abbreviations_only_.pop_back();
          respelled_.pop_back();
          hints_.pop_back();
          NotePerson(m);
          person_end_ = m.end;
          return;
        }
        // The capitalised word before is a first name: a listed personal name ("James
        // Barnes", "Christina Boren": James and Christina are towns somewhere too), or a word
        // that is no place before a name that is no country, province or large town
        // ("Meanwhile Cuba", "Residents of Texas": the sentence's first word).
        const std::string_view prev_reason = NonPlaceReason(prev);
        // Not a word with a capital inside after five letters or more: a group's or a firm's
        // name run together ("StandUp DeKalb"), where given names have a prefix of two to four
        // ("DeShawn", "LaToya", "MacArthur").
        const bool first_name = prev_reason == "frequent personal name" || prev_reason == "person_name" ||
                                (!lex_.nonplace.count(prev) && gaz_.Lookup(prev).empty() && MinorLatinName(m) &&
                                 !JoinedWords(m.begin - 1));
        if (!after_mention && first_name) {
          hints_.pop_back();
          // After a listed personal name ("Elizabeth Fairfield") the surname is remembered even
          // where a town of 100,000 bears it (Fairfield, California): the article goes on with
          // "Fairfield's defense team", "Fairfield was already in jail" (lgl.en: 10 such).
          // Not after "the": "The George Twickenham" is a pub.
          const bool the_before = m.begin >= 2 && IsWordLike(t_[m.begin - 2]) && Key(m.begin - 2) == "the";
          if ((prev_reason == "frequent personal name" || prev_reason == "person_name") && !the_before)
            NoteListedPerson(m);
          else NotePerson(m);
          return;
        }
        // "the late Dr. Caleb Chu", "Commissioner Wade McKinney": a title before the word
        // before makes that word a first name and the name a surname, there and wherever
        // the article repeats it alone, whatever the places of that name (Chü is a province
        // of Kyrgyzstan; lgl.en: Chu read as a place 13 times in one article).
        if (!after_mention && TitleBefore(m.begin - 1)) {
          hints_.pop_back();
          person_keys_.insert(m.key);
          return;
        }
        // "Honda Accord", "Dodge Dakota": after a make (nonplace_words, reason org) the
        // capitalised word is the model ("Dodge County" matches whole before this).
        if (!after_mention && NonPlaceReason(prev) == "org") {
          hints_.pop_back();
          return;
        }
      }
      // "the Webster was the premiere movie theater", "sent to the Duma in December", "the
      // Duma's committee": a minor town's name after "the" that ends its phrase (a punctuation
      // mark, a possessive or an auxiliary verb follows) is a theatre's, a parliament's, a firm's:
      // towns take no article ("the Laconia man", "the Dublin area" use the name as a modifier).
      if (single && !cue && !in_name && m.demonym_country.empty() && m.begin > 0 && IsWordLike(t_[m.begin - 1]) &&
          Key(m.begin - 1) == "the" && Joinable(m.begin - 1, m.begin) && m.end < t_.size() && EndsWithArticle(m.end) &&
          MinorLatinName(m)) {
        hints_.pop_back();
        return;
      }
      // "Virginia L. Lane", "Milton J. Little", "Judah P. Benjamin": a lone name before a
      // middle initial and a surname is the first name, whatever its places (a state's too;
      // lgl.en: 22 such, none a place).
      if (single && !cue && !in_name && m.demonym_country.empty() && m.end + 2 < t_.size() &&
          t_[m.end + 2].Has(text::kCapitalized) && MiddleInitialBefore(m.end + 2)) {
        hints_.pop_back();
        return;
      }
      // "Chairman Ron Denton, 46, filed", "Her eldest, Harrison, 8, held": a lone name before a
      // comma, an age and a comma is a person's, unless it can be a country or a state (lgl.en:
      // 4 such, none a place).
      if (single && !cue && !in_name && m.demonym_country.empty() && AgeAfter(m.end) &&
          !AnyCountryOrProvince(m.postings)) {
        hints_.pop_back();
        NotePerson(m);
        return;
      }
      // "Tyler Zilverberg", "Chad Walker", "Lindsay Lohan": a lone name before a capitalised word
      // that is no place, no cue and no listed word (a surname the index does not know) and ends
      // the name is a first name, when its readings are towns only (no country or province) and
      // none a city of a million. Not before a plural ("Flemington Elks") or a longer name
      // ("Nashville Film Festival", "Columbia Metropolitan Airport": an organisation's), nor
      // before an abbreviation ("Tewksbury Twp."), nor a part of a hyphenated word
      // ("Northbrook-based Crate & Barrel").
      if (single && !cue && !in_name && m.demonym_country.empty() && !first.Has(text::kAllCaps) &&
          m.part_end == m.part_start && !IsAbbreviationDot(m.end + 1) &&
          m.end + 1 < t_.size() && Joinable(m.begin, m.end) && t_[m.end].script == Script::kLatin &&
          t_[m.end].Has(text::kCapitalized) && !t_[m.end].Has(text::kAllCaps) && !AllCapsLine(m.begin) &&
          UnknownCapitalisedWord(m.end) && !Key(m.end).ends_with('s') &&
          !(m.end + 1 < t_.size() && Joinable(m.end, m.end + 1) &&
            (t_[m.end + 1].Has(text::kCapitalized) || t_[m.end + 1].Has(text::kAllCaps))) &&
          OnlySettlementsBelow(m.postings, 1000000)) {
        hints_.pop_back();
        return;
      }
      rec += 0.1f;
    }
    bool strong_cue = cue && cue->kind != "preposition" && cue->kind != "relation" && cue->weight >= 0.6f;
    // A dateline ("CLINTON — A town couple", "ROSWELL - A man"): a name in capitals opening a
    // sentence, then a dash and the story, is the place the story is filed from, whatever a
    // listed word says (Clinton, a surname).
    const bool dateline = !strong_cue && first.script == Script::kLatin && Dateline(m.begin, m.end);
    // A facility's adjective after a listed non-place word ("ضربات التحالف الجوية", "عمليات
    // التحالف العسكرية": the coalition's air strikes) names a facility only when the index has
    // one so called ("قاعدة حميميم الجوية"), not a village (At Taḩāluf, Yemen). A noun before
    // the word ("ميناء عصب", "معبر كسب") still names the place.
    if (strong_cue && cue_words == 0 && cue->kind == "facility" && !cue->feature_hint.empty() && ListedNonPlace(m) &&
        std::none_of(m.postings.begin(), m.postings.end(),
                     [&](const Posting& po) { return HintAccepts(cue->feature_hint, gaz_.Place(po.place)); }))
      strong_cue = false;
    // "the northern Syrian city of Al Tabqah", "the villages of Tal Shamiram": a romanised
    // article or a place name's head noun before a capitalised word begins a name the index
    // lacks; alone it is no place (Ål, Norway; At Tall, Syria), whatever the cue.
    if (single && first.script == Script::kLatin && (RomanisedArticle(m.key) || ToponymHead(m.key)) &&
        m.end < t_.size() && t_[m.end].kind == TokenKind::kWord && t_[m.end].Has(text::kCapitalized)) {
      hints_.pop_back();
      return;
    }
    // "by Assads air force", "the Assads regime": a listed person's name with the possessive's
    // apostrophe lost (text taken from web pages drops it), not Assads, Morocco.
    if (single && first.script == Script::kLatin && !strong_cue && m.key.size() > 4 && m.key.ends_with('s')) {
      const std::string_view person = NonPlaceReason(std::string_view(m.key).substr(0, m.key.size() - 1));
      if (person == "person_name" || person == "person_surname") {
        hints_.pop_back();
        return;
      }
    }
    // "منطقة بن قردان", "بلدة ابن X": "بن", "ابن", "بنت" (son, daughter of) begin a name of
    // several words when a word follows; the index's place by that word alone (بن: Bonn) is
    // no reading of it, whatever the cue before: the name is one the index lacks.
    if (single && first.script == Script::kArabic && (m.key == "بن" || m.key == "ابن" || m.key == "بنت") &&
        m.end < t_.size() && t_[m.end].kind == TokenKind::kWord && Joinable(m.end - 1, m.end)) {
      hints_.pop_back();
      return;
    }
    // "المدينة الخضراء", "المدينة القديمة", "المدينة الصناعية": the city with its adjective is a
    // district's or a quarter's name the index lacks, not Medina ("المدينة المنورة" is matched
    // whole before this).
    if (single && first.script == Script::kArabic && m.key == "المدينه" && m.end < t_.size() &&
        t_[m.end].kind == TokenKind::kWord && Joinable(m.end - 1, m.end) && Key(m.end).starts_with("ال")) {
      hints_.pop_back();
      return;
    }
    // Listed non-place words and names ("Human", "White House", "West Wing"), whole matches only.
    // Not before a state's abbreviation after a comma ("Mobile, Ala.", "Brandon, FL"), as the
    // list's header promises; a name after the comma may be a list's next item ("On
    // Thursday, Alaska Gov. Sarah Palin", "North, South, + West Meck HS"). The list keeps
    // words from the index's places ("American", a town's name too): a demonym it lists
    // ("American veterans") is still its country's demonym.
    // Nor after a compass bearing ("two miles east of Brandon", "southwest of Brandon", "186
    // miles southeast of Alliance"): a person or a common word lies in no direction of anything.
    const bool bearing_of = single && first.script == Script::kLatin && cue && cue->kind == "relation" &&
                            cue_words >= 2 && cue->weight >= 0.8f && Key(m.begin - 1) == "of" &&
                            std::any_of(m.postings.begin(), m.postings.end(),
                                        [&](const Posting& po) { return gaz_.Place(po.place).feature_class == 'P'; });
    if ((single || first.script == Script::kLatin) && m.demonym_country.empty() && !m.party &&
        !((m.hyphen_tail || m.abbreviation_part) && AnyCountryOrProvince(m.postings)) && ListedNonPlace(m) &&
        !InTownListedWord(m) && !ListedWordReadAsTownBefore(m) && !bearing_of &&
        !strong_cue && !dateline &&
        !(first.script == Script::kLatin && StateAbbreviationAfterComma(m.end))) {
      hints_.pop_back();
      return;
    }
    // "White House", "Trump Tower": a name ending in a building's head noun (nonplace_words,
    // reason "building") names the building, not a town so called, unless a cue or its
    // state or country after a comma says it is the town ("White House, Tenn.").
    if (!single && first.script == Script::kLatin && !cue && !m.postings.empty() && BuildingHead(m.end - 1) &&
        OnlySettlements(m.postings) && !RegionAfterComma(m.end)) {
      hints_.pop_back();
      return;
    }
    // A lone capitalised word inside a longer capitalised name ("the Observatory for Human
    // Rights") that names a place only by an alternate name is a word of that name.
    if (single && first.script == Script::kLatin && !cue && m.demonym_country.empty() && !m.postings.empty() &&
        OnlyAlternates(m.postings) && InsideCapitalisedName(m.begin, m.end) && !PlaceAfterComma(m.end)) {
      hints_.pop_back();
      return;
    }
    // A lone capitalised word that names a place only as an alternate spelling of a small
    // town ("Human" for Uman, Ukraine) needs evidence: a cue, or a place after a comma.
    // Except the English spelling of a town of some size where names are romanised from
    // Arabic, Persian or Kurdish: GeoNames keeps the scholarly transliteration as the main
    // name (Ath Thawrah, Tallbīsah, ‘Afrīn) and news's own ("Tabqa", "Talbiseh") as an
    // alternate. Such a reading is a respelling the text must support: its country or a
    // place near it named too (DropUnsupportedRespellings).
    bool romanised = false;
    if (single && first.script == Script::kLatin && !cue && m.demonym_country.empty() && !m.postings.empty() &&
        OnlyMinorAlternates(m.postings) && !PlaceAfterComma(m.end)) {
      // A word of a longer name ("Tom Thumb"), an acronym ("IRS") or an abbreviation (Tom
      // for Timbuktu) is none.
      // The article before is the name's own ("Al Tabqah").
      const bool alone = !(m.begin > 0 && Joinable(m.begin - 1, m.begin) && t_[m.begin - 1].Has(text::kCapitalized) &&
                           !RomanisedArticle(Key(m.begin - 1))) &&
                         !(m.end < t_.size() && Joinable(m.end - 1, m.end) && t_[m.end].Has(text::kCapitalized));
      romanised = alone && !first.Has(text::kAllCaps) &&
                  std::any_of(m.postings.begin(), m.postings.end(), [&](const Posting& po) {
                    const PlaceView p = gaz_.Place(po.place);
                    return !(po.flags & gazetteer::kNameAbbreviation) && ArabicNamedRegion(p.country) &&
                           p.feature_class == 'P' &&
                           (p.population >= 20000 || p.feature_code == "PPLA" || p.feature_code == "PPLA2");
                  });
      if (!romanised) {
        hints_.pop_back();
        return;
      }
    }
    // "Gulf War", "Pacific Decadal Oscillation", "Atlantic Beach": a one-word region name
    // followed by a capitalised word opens a longer name (an event, an organisation, a
    // place the index lacks), it is not the region.
    if (single && first.script == Script::kLatin && !cue && m.demonym_country.empty() &&
        MacroRegionReading(m.postings) && m.end < t_.size() && Joinable(m.begin, m.end) &&
        t_[m.end].script == Script::kLatin && t_[m.end].Has(text::kCapitalized) && !AllCapsLine(m.begin)) {
      // The rest of the name is no place either ("War" of "Gulf War").
      uint32_t k = m.end;
      while (k + 1 < t_.size() && Joinable(k, k + 1) && t_[k + 1].Has(text::kCapitalized)) ++k;
      name_run_end_ = k + 1;
      hints_.pop_back();
      return;
    }
    // "ريف مدينة الباب", "بلدة ومستوطنة ومدينة إسرائيلية": the noun of a town or a province
    // (ar/place_cues.tsv, settlement and admin, of weight .9 and more) is a name's cue, never a
    // place alone, whatever cue it has itself (GeoNames lists مدينة for Mdina, Malta, and
    // Medina). The weaker nouns may be names: 'مدينة كانتون' is Canton (Guangzhou).
    if (single && first.script == Script::kArabic && m.demonym_country.empty() && !m.kingdom && !m.unlisted) {
      auto noun = lex_.cues_before.find(m.key);
      if (noun != lex_.cues_before.end() && (noun->second.kind == "settlement" || noun->second.kind == "admin") &&
          noun->second.weight >= 0.9f) {
        hints_.pop_back();
        return;
      }
    }
    if (first.script == Script::kArabic && m.demonym_country.empty() && !m.kingdom && !strong_cue &&
        (ArabicWordsNoPlace(m) || ColourAdjective(m))) {
      hints_.pop_back();
      return;
    }
    if (single && first.script == Script::kArabic && m.demonym_country.empty() && !m.kingdom && !m.unlisted &&
        !PlausibleArabicName(m.postings)) {
      hints_.pop_back();
      return;
    }
    if (first.script == Script::kArabic && QuotedOutlet(m.begin, m.end)) {
      hints_.pop_back();
      return;
    }
    if (!single) rec += 0.15f;
    if (m.variant) rec -= 0.15f;  // another spelling than any the index has
    if (first.Has(text::kHashtagPart)) rec += 0.1f;
    if (m.form > 0) rec -= 0.05f;
    men.recognition = std::min(1.0f, rec);
    men.in_name = in_name;
    men.generic = m.kingdom;
    men.variant = m.variant;
    if (m.kingdom) {
      postings_.push_back({});
      single_place_.push_back(kPendingKingdom);
    } else if (!m.demonym_country.empty()) {
      men.demonym = true;
      int64_t c = gaz_.Country(m.demonym_country);
      if (c < 0) {
        hints_.pop_back();
        return;
      }
      postings_.push_back({});
      single_place_.push_back(static_cast<uint32_t>(c));
    } else {
      postings_.push_back(m.postings);
      single_place_.push_back(UINT32_MAX);
    }
    match_forms_.push_back(m.form);
    abbreviations_only_.push_back(abbreviations_only);
    respelled_.push_back(romanised ? kRomanisedAlternate : m.respelled ? kRespelled : m.bare_county ? kBareCounty : 0);
    mentions_.push_back(std::move(men));
  }

  static bool UnambiguousStateCode(std::string_view key) {
    static constexpr std::string_view kCodes[] = {"ak", "az", "ca", "ct", "dc", "fl", "ia", "il", "ks", "ky",
                                                  "la", "mn", "mi", "mt", "nc", "nd", "nh", "nj", "nm", "nv",
                                                  "ny", "ri", "sc", "tx", "ut", "vt", "wa", "wi", "wv", "wy"};
    return std::find(std::begin(kCodes), std::end(kCodes), key) != std::end(kCodes);
  }
  // A lower-case locative preposition right before token k: "in", "to", "across", "throughout",
  // "from", "into" (a hashtag's "#" between them is allowed: "parts of #TX").
  bool LocativeBefore(uint32_t k) const {
    if (k == 0 || !IsWordLike(t_[k - 1]) || t_[k - 1].Has(text::kCapitalized) || t_[k - 1].Has(text::kAllCaps) ||
        t_[k].Has(text::kNewlineBefore))
      return false;
    const std::string_view w = Key(k - 1);
    return w == "in" || w == "to" || w == "across" || w == "throughout" || w == "from" || w == "into" || w == "of";
  }
  // "TX & LA", "FL & TX": the second of two state codes an ampersand joins, the first a mention.
  bool StateCodeBeforeAmpersand(uint32_t k) const {
    if (k < 2 || mentions_.empty() || mentions_.back().token_end != k - 1) return false;
    const Token& amp = t_[k - 1];
    if (amp.kind != TokenKind::kPunct || text_.utf8[amp.byte_start] != '&') return false;
    const Token& prev = t_[k - 2];
    return prev.Has(text::kAllCaps) && prev.end - prev.start == 2;
  }

  // Tokens [b, e) in capitals open a sentence (the text, a line, or after . ! ?) and a dash
  // follows them, then a capitalised word.
  bool Dateline(uint32_t b, uint32_t e) const {
    if (e + 1 >= t_.size()) return false;
    for (uint32_t k = b; k < e; ++k)
      if (IsWordLike(t_[k]) && !t_[k].Has(text::kAllCaps)) return false;
    if (b > 0 && !t_[b].Has(text::kNewlineBefore)) {
      const Token& p = t_[b - 1];
      if (p.kind != TokenKind::kPunct || p.end - p.start != 1) return false;
      const char c = text_.utf8[p.byte_start];
      if (c != '.' && c != '!' && c != '?') return false;
    }
    const Token& d = t_[e];
    if (d.kind != TokenKind::kPunct || !d.Has(text::kSpaceBefore)) return false;
    const std::string_view dash = std::string_view(text_.utf8).substr(d.byte_start, d.byte_end - d.byte_start);
    if (dash != "-" && dash != "\xE2\x80\x94" && dash != "\xE2\x80\x93") return false;  // - — –
    return IsWordLike(t_[e + 1]) && t_[e + 1].Has(text::kCapitalized);
  }

  // What may follow a name that ends its phrase after "the": a punctuation mark, a possessive,
  // an auxiliary verb.
  bool EndsWithArticle(uint32_t k) const {
    const Token& t = t_[k];
    if (t.kind == TokenKind::kPunct) {
      const char c = text_.utf8[t.byte_start];
      return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '\'' ||
             std::string_view(text_.utf8).substr(t.byte_start, t.byte_end - t.byte_start) == "\xE2\x80\x99";
    }
    if (!IsWordLike(t) || t.Has(text::kCapitalized) || t.Has(text::kAllCaps)) return false;
    static constexpr std::string_view kVerbs[] = {"was", "is", "has", "had", "will", "would", "can", "could",
                                                  "said", "says", "did", "does", "were", "are", "have"};
    const std::string_view w = Key(k);
    return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
  }

  // A capitalised word the index, the cue lists and the listed words do not know: a surname.
  bool UnknownCapitalisedWord(uint32_t k) const {
    const std::string_view key = Key(k);
    if (key.size() < 2 || lex_.nonplace.count(key) || lex_.cues_after.count(key) || lex_.org_after.count(key) ||
        lex_.demonyms.count(key))
      return false;
    for (char c : key)
      if (!std::isalpha(static_cast<unsigned char>(c)) && c != '\'') return false;
    return gaz_.Lookup(key).empty();
  }
  bool OnlySettlementsBelow(std::span<const Posting> postings, uint32_t population) const {
    if (postings.empty()) return false;
    for (const Posting& po : postings) {
      const PlaceView p = gaz_.Place(po.place);
      if (p.feature_class != 'P' || p.population >= population) return false;
    }
    return true;
  }

  // The word at token k comes elsewhere in the text as a name of its own: capitalised, not
  // followed by "City" nor by another capitalised word.
  bool NamedAloneElsewhere(uint32_t k) const {
    const std::string_view key = Key(k);
    for (uint32_t j = 0; j < t_.size(); ++j) {
      if (j == k || !IsWordLike(t_[j]) || Key(j) != key) continue;
      if (!t_[j].Has(text::kCapitalized) && !t_[j].Has(text::kAllCaps)) continue;
      if (j + 1 < t_.size() && Joinable(j, j + 1) && IsWordLike(t_[j + 1]) &&
          (t_[j + 1].Has(text::kCapitalized) || t_[j + 1].Has(text::kAllCaps)))
        continue;
      return true;
    }
    return false;
  }

  // An Arabic word right before token k that has no article in any reading ("ملك", not "الملك"
  // nor "والملك").
  bool IndefiniteWordBefore(uint32_t k) const {
    if (k == 0 || !IsWordLike(t_[k - 1]) || t_[k - 1].script != Script::kArabic || !Joinable(k - 1, k)) return false;
    for (std::string_view f : Forms(k - 1))
      if (f.starts_with("ال")) return false;
    return true;
  }

  // A relative pronoun opens a clause, and a clause after it opens with its verb: 'نهر بركة الذي
  // ينبع من المرتفعات' (springs; Yanbu), 'المعتزلات اللاتي عدن للتمثيل' (who returned; Aden),
  // 'الكيان الذي سار عليه' (walked; Sar), 'الكلمة التي تؤتي محصولها'. A word the index has as a
  // place right there, whole (no proclitic of its own), is that verb: no gold span of the dev
  // sets stands so, and the corpus's four such were verbs.
  bool VerbAfterRelativePronoun(const Match& m) const {
    static const std::vector<std::string> kRelatives = [] {
      std::vector<std::string> v;
      for (std::string_view w : {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي", "اللائي"})
        v.push_back(text::NormalizeKey(w));
      return v;
    }();
    if (m.end != m.begin + 1 || m.form != 0 || !m.demonym_country.empty() || t_[m.begin].script != Script::kArabic ||
        !IsWordLike(t_[m.begin - 1]) || !Joinable(m.begin - 1, m.begin))
      return false;
    for (std::string_view f : Forms(m.begin - 1))
      if (std::find(kRelatives.begin(), kRelatives.end(), f) != kRelatives.end()) return true;
    return false;
  }

  // A side of a sports fixture as results and programmes list them, each club with its country
  // in parentheses and a dash between them: 'ليفربول ( إنجلترا ) - غلطة سراي ( تركيا )', 'ستيوا
  // بوخارست ( رومانيا ) - ليون ( فرنسا ) صفر - 3'. A town so written names the club (nested, as
  // in 'ريال مدريد'); the countries in parentheses stay places, and so does a country as a side
  // (a national team: its state). A dateline ('ليجازبي سيتي ( الفلبين ) ـ رويترز') has one side.
  bool FixtureSide(const Match& m) const {
    if (!PunctIs(m.end, "(") || t_[m.begin].script != Script::kArabic) return false;
    // "( X )" from token `open`, X a country's name of one or two words: the token after it.
    auto country_in_parens = [&](uint32_t open) -> uint32_t {
      if (!PunctIs(open, "(")) return 0;
      for (uint32_t close = open + 2; close <= open + 3 && close < t_.size(); ++close)
        if (PunctIs(close, ")"))  // England and Scotland field teams of their own: a country or a province
          return AnyCountryOrProvince(gaz_.Lookup(Phrase(open + 1, close, Key(open + 1)))) ? close + 1 : 0;
      return 0;
    };
    auto dash = [&](uint32_t k) { return PunctIs(k, "-") || PunctIs(k, "\u2013"); };
    const uint32_t after = country_in_parens(m.end);
    if (after == 0 || AnyCountry(m.postings)) return false;
    if (dash(after))  // the first side: the second's name of up to three words, then its country
      for (uint32_t k = after + 2; k <= after + 4 && k < t_.size(); ++k)
        if (country_in_parens(k)) return true;
    return m.begin >= 2 && dash(m.begin - 1) && PunctIs(m.begin - 2, ")");  // the second side
  }

  // Punctuation token i is `p`; a quotation mark (« » " “ ”).
  bool PunctIs(uint32_t i, std::string_view p) const {
    return i < t_.size() && t_[i].kind == TokenKind::kPunct &&
           std::string_view(text_.utf8).substr(t_[i].byte_start, t_[i].byte_end - t_[i].byte_start) == p;
  }
  bool QuoteMark(uint32_t i) const {
    return i < t_.size() && t_[i].kind == TokenKind::kPunct &&
           text::QuoteMark(std::string_view(text_.utf8).substr(t_[i].byte_start, t_[i].byte_end - t_[i].byte_start)) !=
               text::Quote::kNone;
  }

  // A name in quotes that a source speaks to or a newspaper bears: "وقالت مصادر
  // ل«الرياض» إن" (the daily Al Riyadh), "لـ«الشرق الأوسط»", "صحيفة «عكاظ»": an outlet,
  // not a place (an event told to Al Riyadh is not in Riyadh).
  bool QuotedOutlet(uint32_t b, uint32_t e) const {
    if (b < 2 || !QuoteMark(b - 1) || !QuoteMark(e)) return false;
    const std::string_view k = Key(b - 2);
    if (k == "صحيفه" || k == "لصحيفه" || k == "جريده" || k == "لجريده" || k == "قناه" || k == "لقناه" ||
        k == "وكاله" || k == "لوكاله")
      return true;
    // The preposition left out: "وأفادت مصادر محلية "الرياض" بمقتل" (told Al Riyadh): a
    // source noun, or one and its adjective, right before the quotes ("مصادر في «حلب»" is Aleppo).
    static const std::unordered_set<std::string_view> kSources{"مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين"};
    if (IsWordLike(t_[b - 2]) && kSources.count(k)) return true;
    if (b >= 3 && IsWordLike(t_[b - 2]) && IsWordLike(t_[b - 3]) && kSources.count(Key(b - 3)) &&
        !k.starts_with("\xD8\xA7\xD9\x84") && k.size() > 4)  // an indefinite adjective: no ال, no preposition
      return true;
    if (k != "\xD9\x84") return false;  // ل
    if (NextToQuoted(b)) return false;
    // "ل«X»" is an outlet told something when a source or its words come shortly before
    // ("مصادر ... ل«الرياض»", "في تصريح ل«الشرق الأوسط»"); "المتاخمة لـ«عدن»" is Aden.
    // Or what was said follows: "لـ«الشرق الأوسط» إن", "لـ«الشرق الأوسط»: «...", "، إن".
    static const std::unordered_set<std::string_view> kThat{"ان", "انه", "انها", "بان", "بانه", "بانها"};
    uint32_t after = e + 1;
    if (PunctIs(after, ":")) return true;
    if (PunctIs(after, "\xD8\x8C") || PunctIs(after, ",")) ++after;  // ،
    if (after < t_.size() && kThat.count(Key(after))) return true;
    static const std::unordered_set<std::string_view> kTold{
        "قال", "قالت", "يقول", "تقول", "اكد", "اكدت", "يوكد", "توكد", "اوضح", "اوضحت", "يوضح", "توضح", "اضاف", "اضافت",
        "يضيف", "تضيف", "كشف", "كشفت", "صرح", "صرحت", "افاد", "افادت", "ذكر", "ذكرت", "مصدر", "مصادر", "مسوول",
        "مسوولون", "مسوولين", "تصريح", "تصريحات", "تصريحه", "حديث", "حديثه", "حوار", "بيان", "مقابله", "رساله"};
    for (uint32_t j = b - 2, seen = 0; j > 0 && seen < 12;) {
      --j;
      if (t_[j].kind == TokenKind::kPunct) {
        if (QuoteMark(j) || PunctIs(j, "\xD8\x8C") || PunctIs(j, ",")) continue;
        break;
      }
      ++seen;
      if (kThat.count(Key(j))) break;  // "وقال إن لـ«اليمن» موقفا": inside what was said
      for (std::string_view f : Forms(j))
        if (kTold.count(f)) return true;
    }
    return false;
  }

  // "محافظة أبين، المتاخمة لـ«عدن»": what a place neighbours (the word before "ل«X»") is
  // a place.
  bool NextToQuoted(uint32_t b) const {
    static const std::unordered_set<std::string_view> kNextTo{
        "المتاخمه", "المتاخم", "متاخمه", "المجاوره", "المجاور", "مجاوره", "المحاذيه", "المحاذي", "القريبه", "القريب",
        "قريبه", "التابعه", "التابع", "تابعه"};
    return b >= 3 && kNextTo.count(Key(b - 3));
  }

  // Arabic words that a name matched but that are no place where they stand:
  bool ArabicWordsNoPlace(const Match& m) const {
    const uint32_t b = m.begin, e = m.end;
    // 'في تصريح لـ«الشرق الأوسط»', 'قال ل"الرياض"': a name in quotation marks after a
    // preposition ل written apart is the newspaper spoken to.
    if (b >= 2 && QuoteMark(b - 1) && QuoteMark(e) && IsWordLike(t_[b - 2]) && Key(b - 2) == "ل" && !AnyCountry(m.postings) &&
        !NextToQuoted(b))
      return true;
    if (e != b + 1) return false;
    // 'دوراً', 'سوياً', 'وحزماً': the written tanween of an indefinite common noun or adverb;
    // the names of places take none.
    std::string_view raw = std::string_view(text_.utf8).substr(t_[b].byte_start, t_[b].byte_end - t_[b].byte_start);
    if (raw.find("\u064b") != std::string_view::npos || raw.find("\u064c") != std::string_view::npos ||
        raw.find("\u064d") != std::string_view::npos)
      return true;
    // 'هذا الباب', 'هذه الزاوية', 'تلك البقعة': a definite word right after a demonstrative is
    // a common noun (this door, this corner, that spot), not Al-Bab, Zawiya or Al-Baqa'a.
    // Not ذلك, which also ends phrases ('بما في ذلك', 'بعد ذلك') before a new clause.
    if (m.form == 0 && b > 0 && IsWordLike(t_[b - 1]) && Joinable(b - 1, b) && Key(b).starts_with("ال")) {
      static const std::vector<std::string> kDemonstratives = [] {
        std::vector<std::string> v;
        for (std::string_view w : {"هذا", "هذه", "تلك", "ذاك", "هؤلاء", "أولئك", "هذان", "هاتان"})
          v.push_back(text::NormalizeKey(w));
        return v;
      }();
      for (std::string_view f : Forms(b - 1))
        if (std::find(kDemonstratives.begin(), kDemonstratives.end(), f) != kDemonstratives.end()) return true;
    }
    // 'محمد علان', 'عبدالله الرويشد': after a listed first name, a lone name that is no country,
    // province or large city is the person's family name; not one with a proclitic, nor after a
    // place ('عين عيسى وبالرقة'), nor after علي, whose key is also the preposition على's
    // ('سيطرت على زنجبار').
    if (b > 0 && m.form == 0 && IsWordLike(t_[b - 1]) && Joinable(b - 1, b) && !AnyCountry(m.postings) &&
        !AnyRegionOrMajorCity(m.postings) && (mentions_.empty() || mentions_.back().token_end != b))
      for (std::string_view f : Forms(b - 1))
        if (f != "علي" && NonPlaceReason(f) == "person_name") return true;
    return false;
  }

  // A lone Latin name just read as a person's: remembered for DropPersonNames when none of
  // its readings is a country, a province or a town of 100,000 ("Trapani", "Underwood",
  // "Shelby", not "Georgia" of "United Georgia" nor "Dublin").
  // The acronyms the text defines in parentheses after the capitalised words whose initials
  // they are ("Special Response Team (SRT)", "Syrian Observatory for Human Rights (SOHR)";
  // the small words of, for, and, the are skipped), unless those words are a place's name.
  // Made once per text, on first use.
  // The keys of the text's capitalised Latin words, made once per text on first use: a
  // possessive without its apostrophe is read as a place only when the text also names the
  // place on its own (MatchPossessiveS), and asking the whole text again for each such word
  // was quadratic in a text of many of them.
  const std::unordered_set<std::string_view>& CapitalisedLatinKeys() const {
    if (capitalised_made_) return capitalised_;
    capitalised_made_ = true;
    for (uint32_t k = 0; k < t_.size(); ++k)
      if (t_[k].script == Script::kLatin && t_[k].Has(text::kCapitalized)) capitalised_.insert(Key(k));
    return capitalised_;
  }

  const std::unordered_set<std::string>& DefinedAcronyms() const {
    if (acronyms_made_) return acronyms_;
    acronyms_made_ = true;
    auto punct = [&](uint32_t k, char c) {
      return t_[k].kind == TokenKind::kPunct && t_[k].end - t_[k].start == 1 && text_.utf8[t_[k].byte_start] == c;
    };
    for (uint32_t i = 1; i + 1 < t_.size(); ++i) {
      const Token& a = t_[i];
      if (!IsWordLike(a) || a.script != Script::kLatin || !a.Has(text::kAllCaps) || !punct(i - 1, '(') ||
          !punct(i + 1, ')'))
        continue;
      const std::string_view letters = std::string_view(text_.utf8).substr(a.byte_start, a.byte_end - a.byte_start);
      if (letters.size() < 2 || letters.size() > 6) continue;
      size_t n = letters.size();
      uint32_t k = i - 1;
      while (k > 0 && n > 0) {
        --k;
        if (!IsWordLike(t_[k]) || t_[k].script != Script::kLatin) break;
        const std::string_view w = Key(k);
        if (!t_[k].Has(text::kCapitalized)) {
          if (w == "of" || w == "for" || w == "and" || w == "the") continue;
          break;
        }
        if (std::toupper(static_cast<unsigned char>(text_.utf8[t_[k].byte_start])) != letters[n - 1]) break;
        --n;
      }
      // A place's own acronym ("United Arab Emirates (UAE)", "Azad Jammu and Kashmir (AJK)",
      // the index knowing AJK as the region's abbreviation) stays that place's.
      if (n == 0 && gaz_.Lookup(Phrase(k, i - 1, Key(k))).empty() && !RegionAbbreviation(gaz_.Lookup(Key(i))))
        acronyms_.insert(std::string(Key(i)));
    }
    return acronyms_;
  }

  bool RegionAbbreviation(std::span<const Posting> postings) const {
    for (const Posting& po : postings)
      if ((po.flags & gazetteer::kNameAbbreviation) && gaz_.Place(po.place).feature_class == 'A') return true;
    return false;
  }

  void NotePerson(const Match& m) {
    if (MinorLatinName(m)) person_keys_.insert(m.key);
  }
  // A surname after a listed first name: remembered unless a reading is a country, a province, a
  // region, a capital or a city of a million.
  void NoteListedPerson(const Match& m) {
    if (t_[m.begin].script != Script::kLatin || m.end != m.begin + 1 || m.postings.empty()) return;
    for (const Posting& po : m.postings) {
      PlaceView p = gaz_.Place(po.place);
      if (p.feature_class == 'A' || MacroRegion(p) || p.population >= 1000000 || p.feature_code == "PPLC" ||
          p.feature_code == "PPLA")
        return;
    }
    person_keys_.insert(m.key);
  }
  bool MinorLatinName(const Match& m) const {
    if (t_[m.begin].script != Script::kLatin || m.end != m.begin + 1 || m.postings.empty()) return false;
    for (const Posting& po : m.postings) {
      PlaceView p = gaz_.Place(po.place);
      if (p.feature_class == 'A' || MacroRegion(p) || p.population >= 100000) return false;
    }
    return true;
  }

  // "Wheeler said", "said Burley", "Banks told reporters": a lone minor name next to a speech
  // verb (en/person_cues.tsv, kind speech) is the speaker. Only a name standing alone: in
  // "police in Wheeler said" the police speak (a lower-case word before), in "said Monroe
  // Mayor Robert Routson" the mayor does, and "Sharon Parker said" is left to the rules for
  // first names (a capitalised word next to it). Nor a name an organisation's word follows:
  // in "said Laconia police Capt. William Clary" the police speak, and Laconia, taken for a
  // speaker, was dropped wherever the article named it alone ("a Laconia man").
  bool SpokenBy(const Match& m) const {
    if (!MinorLatinName(m)) return false;
    const uint32_t b = m.begin, e = m.end;
    auto word = [&](uint32_t k) { return IsWordLike(t_[k]) && t_[k].script == Script::kLatin; };
    if (b > 0 && word(b - 1) && t_[b - 1].Has(text::kCapitalized) && Joinable(b - 1, b)) return false;
    if (e < t_.size() && word(e) && t_[e].Has(text::kCapitalized) && Joinable(e - 1, e)) return false;
    const bool* flag = nullptr;
    if (e < t_.size() && Joinable(e - 1, e) && MatchAfter(lex_.org_after, e, 2, &flag)) return false;
    const bool lower_before = b > 0 && word(b - 1) && Joinable(b - 1, b);
    if (!lower_before && e < t_.size() && !t_[e].Has(text::kNewlineBefore) &&
        MatchAfter(lex_.speech_after, e, 1, &flag))
      return true;
    return b > 0 && !t_[b].Has(text::kNewlineBefore) && MatchBefore(lex_.speech_before, b, 1, &flag);
  }

  // "charged with killing Welch", "he had stabbed Welch": a lone minor name right after a verb
  // whose object is a person only (en/person_cues.tsv, kind victim) is the victim; places are
  // hit and struck, not stabbed. Not before a capitalised word (a first name: "stabbed Tyler
  // Smith" is left to the rules for first names), nor after a capitalised verb.
  bool VictimOf(const Match& m) const {
    const uint32_t b = m.begin, e = m.end;
    if (lex_.victim_before.empty() || b == 0 || !IsWordLike(t_[b - 1]) || !Joinable(b - 1, b) ||
        t_[b - 1].Has(text::kCapitalized) || t_[b - 1].Has(text::kAllCaps))
      return false;
    if (e < t_.size() && IsWordLike(t_[e]) && Joinable(e - 1, e) && t_[e].Has(text::kCapitalized)) return false;
    const bool* flag = nullptr;
    return MatchBefore(lex_.victim_before, b, 1, &flag) == 1 && MinorLatinName(m);  // the postings last
  }

  // "وتابع الأحمدي", "وأضاف العمري": a family name of the nisba form (ال…ي) right after a
  // masculine verb of saying is the speaker, not the town or province of that name (Al Ahmadi,
  // Kuwait, for the spokesman of Abyan's resistance); a place that speaks is a state or a
  // city, named by the feminine verb ("وقالت دمشق", "وأكدت السعودية"). Remembered: the article's
  // other lone mentions of the name are the person's too ("وقال علي الأحمدي الناطق").
  bool ArabicSpeaker(const Match& m) const {
    const uint32_t b = m.begin;
    if (m.end != b + 1 || b == 0 || t_[b].script != Script::kArabic || !IsWordLike(t_[b - 1]) || !Joinable(b - 1, b))
      return false;
    const std::string_view k = Key(b);
    if (!k.starts_with("\xD8\xA7\xD9\x84") || !k.ends_with("\xD9\x8A") || k.size() < 10) return false;  // ال…ي
    static const std::unordered_set<std::string_view> kSaid{
        "قال", "وقال", "فقال", "اضاف", "واضاف", "تابع", "وتابع", "اكد", "واكد", "اوضح", "واوضح",
        "استطرد", "واستطرد", "ختم", "وختم", "زاد", "وزاد", "يقول", "ويقول", "يضيف", "ويضيف"};
    if (!kSaid.count(Key(b - 1))) return false;
    for (const Posting& po : m.postings) {
      PlaceView p = gaz_.Place(po.place);
      if (IsCountry(p) || p.feature_code == "PPLC" || MacroRegion(p)) return false;
    }
    return true;
  }

  // ", 46," at token k: a comma, a number of one or two digits, a comma.
  bool AgeAfter(uint32_t k) const {
    if (k + 2 >= t_.size() || t_[k + 1].kind != TokenKind::kNumber || t_[k + 1].end - t_[k + 1].start > 2) return false;
    for (uint32_t j : {k, k + 2})
      if (t_[j].kind != TokenKind::kPunct || text_.utf8[t_[j].byte_start] != ',') return false;
    return true;
  }

  // Token k has a capital right after four lower-case letters or more ("StandUp",
  // "GreenWorks"; not "DeShawn", "McDonald", "MacArthur", "JeanPaul").
  bool JoinedWords(uint32_t k) const {
    const Token& t = t_[k];
    std::string_view raw = std::string_view(text_.utf8).substr(t.byte_start, t.byte_end - t.byte_start);
    size_t lower_run = 0;
    for (size_t i = 0; i < raw.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(raw[i]);
      if (std::isupper(c) && lower_run >= 4) return true;
      lower_run = std::islower(c) ? lower_run + 1 : 0;
    }
    return false;
  }

  // Tokens [begin, end) lie in one hashtag that has parts before or after them.
  bool PartOfHashtag(uint32_t begin, uint32_t end) const {
    for (uint32_t k = begin; k < end; ++k)
      if (!t_[k].Has(text::kHashtagPart) || (k > begin && t_[k].Has(text::kHashtagFirst))) return false;
    return !t_[begin].Has(text::kHashtagFirst) ||
           (end < t_.size() && t_[end].Has(text::kHashtagPart) && !t_[end].Has(text::kHashtagFirst));
  }

  // Tweets write hashtags in lower case: "#greece", "#kerala", "#pakistan" are the country or
  // province by its main or official name (a whole one-part hashtag only; towns need a
  // capital: "#paradise" is no town).
  bool LowerCaseHashtagRegion(const Match& m) const {
    const Token& t = t_[m.begin];
    if (m.end != m.begin + 1 || !t.Has(text::kHashtagFirst)) return false;
    if (m.end < t_.size() && t_[m.end].Has(text::kHashtagPart) && !t_[m.end].Has(text::kHashtagFirst)) return false;
    for (const Posting& po : m.postings) {
      PlaceView p = gaz_.Place(po.place);
      if ((po.flags & (gazetteer::kNameMain | gazetteer::kNameOfficial)) && (IsCountry(p) || IsAdmin1(p))) return true;
    }
    return false;
  }

  // "U.S.", "U.K.", "U.A.E.": single capital letters joined by periods are written in
  // capitals too, though no token of theirs has two letters.
  bool DottedCapitals(const Match& m) const {
    if (m.end - m.begin < 3) return false;
    for (uint32_t k = m.begin; k < m.end; k += 2) {
      const Token& w = t_[k];
      if (w.kind != TokenKind::kWord || w.end - w.start != 1 || !w.Has(text::kCapitalized)) return false;
      if (k + 1 < m.end && !IsAbbreviationDot(k + 1)) return false;
    }
    return true;
  }
  // Every reading is an alternate name (not the main, ASCII, official or preferred one) of
  // a place below a region's rank and a large city's size.
  bool OnlyMinorAlternates(std::span<const Posting> postings) const {
    constexpr uint16_t kStrong = gazetteer::kNameMain | gazetteer::kNameAscii | gazetteer::kNameOfficial |
                                 gazetteer::kNamePreferred;
    for (const Posting& po : postings) {
      if (po.flags & kStrong) return false;
      PlaceView p = gaz_.Place(po.place);
      if (p.feature_class == 'A' || MacroRegion(p) || p.population >= 100000) return false;
    }
    return true;
  }
  // Whether the match's key is a listed non-place word. The matching key spells ة as ه, so
  // 'حديثه' (his talk: 'في حديثه لـ«الشرق الأوسط»', 78 times in the throughput corpus) and
  // Haditha (حديثة) are one key: an entry whose reason is pronoun_suffix is the word with
  // the pronoun ه, listed only where the text writes ه.
  bool ListedNonPlace(const Match& m) const {
    auto it = lex_.nonplace.find(m.key);
    if (it == lex_.nonplace.end()) return false;
    if (!std::string_view(it->second).starts_with("pronoun_suffix")) return true;
    const Token& last = t_[m.end - 1];
    return last.byte_end - last.byte_start >= 2 &&
           std::string_view(text_.utf8).substr(last.byte_end - 2, 2) == "\xD9\x87";  // ه, not ة
  }
  // "were hiding under a railroad bridge in Hurricane, according to", "captured Thursday evening
  // in Alliance and taken to", "He found the men early Saturday in Independence, but": a common
  // capitalised word or abstract noun of en/nonplace_words.tsv (Hurricane, Harvey, Florence,
  // Independence, Alliance) right after a lower-case "in" or "near" and right before a comma, a
  // period, a semicolon or "and" ends a locative phrase: it is the town so named (lgl.en: 11 of
  // 13 such are gold; idrisi-d-train.en 2 of 2). Not a person's name ("in Brandon," stays out, as
  // the list's header says), nor a month, a title or a religious word.
  bool InTownListedWord(const Match& m) const {
    if (m.end != m.begin + 1 || m.begin == 0 || m.end >= t_.size()) return false;
    const Token& w = t_[m.begin];
    if (w.script != Script::kLatin || !w.Has(text::kCapitalized) || w.Has(text::kAllCaps)) return false;
    const std::string_view reason = NonPlaceReason(m.key);
    if (reason != "common capitalized word" && reason != "abstract_noun") return false;
    const Token& before = t_[m.begin - 1];
    const std::string_view prep = Key(m.begin - 1);
    if (!IsWordLike(before) || before.Has(text::kCapitalized) || (prep != "in" && prep != "near") ||
        !Joinable(m.begin - 1, m.begin))
      return false;
    const Token& after = t_[m.end];
    const bool punct = after.kind == TokenKind::kPunct && after.end - after.start == 1 &&
                       (text_.utf8[after.byte_start] == ',' || text_.utf8[after.byte_start] == '.' ||
                        text_.utf8[after.byte_start] == ';');
    if (!punct && !(IsWordLike(after) && Key(m.end) == "and" && !after.Has(text::kNewlineBefore))) return false;
    return std::any_of(m.postings.begin(), m.postings.end(),
                       [&](const Posting& po) { return gaz_.Place(po.place).feature_class == 'P'; });
  }
  // "found in Hurricane, according to a Putnam County dispatcher. Sheriff's deputies and
  // Hurricane police found the two": once the text has read such a listed word as its town
  // (InTownListedWord, a cue), the word again inside a sentence, capitalised and before an
  // organisation's head in lower case (en/org_cues.tsv: "police", "council", "schools"), is
  // the town too, as such a name is (LatinNameBeforeAnOrgHead). Not before other words: "A
  // Hurricane swept", "in Hurricane season" (and so "an Independence teenager" is missed);
  // not a sentence's first word.
  bool ListedWordReadAsTownBefore(const Match& m) const {
    if (m.end != m.begin + 1 || m.begin == 0 || m.end >= t_.size()) return false;
    const Token& w = t_[m.begin];
    if (w.script != Script::kLatin || !w.Has(text::kCapitalized) || w.Has(text::kAllCaps) ||
        w.Has(text::kNewlineBefore) || SentenceStart(m.begin))
      return false;
    const std::string_view reason = NonPlaceReason(m.key);
    if (reason != "common capitalized word" && reason != "abstract_noun") return false;
    if (!Joinable(m.begin, m.end) || LatinNameBeforeAnOrgHead(m) != OrgHeadAfter::kCommonNoun) return false;
    return std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& o) {
      return o.key == m.key && !o.in_name && o.token_end == o.token_begin + 1;
    });
  }
  bool BuildingHead(uint32_t k) const { return NonPlaceReason(Key(k)) == "building"; }
  std::string_view NonPlaceReason(std::string_view key) const {
    auto it = lex_.nonplace.find(key);
    return it == lex_.nonplace.end() ? std::string_view() : std::string_view(it->second);
  }
  bool OnlySettlements(std::span<const Posting> postings) const {
    for (const Posting& po : postings)
      if (gaz_.Place(po.place).feature_class != 'P') return false;
    return true;
  }
  // No reading by a main, ASCII, official or preferred name, none a region or country.
  bool OnlyAlternates(std::span<const Posting> postings) const {
    constexpr uint16_t kStrong = gazetteer::kNameMain | gazetteer::kNameAscii | gazetteer::kNameOfficial |
                                 gazetteer::kNamePreferred;
    for (const Posting& po : postings) {
      if (po.flags & kStrong) return false;
      PlaceView p = gaz_.Place(po.place);
      if (p.feature_class == 'A' || MacroRegion(p)) return false;
    }
    return true;
  }
  // Tokens [b, e) stand inside a capitalised name: a capitalised word before them (or one
  // and a joining word: "Observatory for", "Council of") and a capitalised word after them
  // that is no acronym and no place name of its own ("Human Rights", not "Mirpur AJK").
  bool InsideCapitalisedName(uint32_t b, uint32_t e) const {
    auto capital = [&](uint32_t k) { return t_[k].script == Script::kLatin && t_[k].Has(text::kCapitalized); };
    if (e >= t_.size() || !Joinable(e - 1, e) || !capital(e) || t_[e].Has(text::kAllCaps) || !gaz_.Lookup(Key(e)).empty())
      return false;
    if (b >= 1 && Joinable(b - 1, b) && capital(b - 1)) return true;
    if (b >= 2 && Joinable(b - 1, b) && Joinable(b - 2, b - 1) && capital(b - 2)) {
      std::string_view join = Key(b - 1);
      return join == "for" || join == "of" || join == "on";  // not "and": "Aleppo and Mirpur Azad Kashmir"
    }
    return false;
  }

  // "<name>, <state or country>" ("White House, Tenn."): one or two words after the comma
  // that name a country or a first-level region.
  // A region after a comma written as an abbreviation: two capitals ("FL") or a short word
  // with its period ("Ala.", "Tenn.").
  bool StateAbbreviationAfterComma(uint32_t end) const {
    if (!RegionAfterComma(end)) return false;
    const Token& t = t_[end + 1];
    const bool caps = t.Has(text::kAllCaps) && t.end - t.start == 2;
    return caps || (end + 2 < t_.size() && t.end - t.start <= 4 && IsAbbreviationDotAfter(end + 2));
  }
  // A period right after a capitalised word of up to four letters ("Tenn.", "Ala.").
  bool IsAbbreviationDotAfter(uint32_t j) const {
    if (t_[j].kind != TokenKind::kPunct || t_[j].Has(text::kSpaceBefore) || text_.utf8[t_[j].byte_start] != '.')
      return false;
    return t_[j - 1].kind == TokenKind::kWord && t_[j - 1].Has(text::kCapitalized);
  }

  bool RegionAfterComma(uint32_t end) const {
    if (!PlaceAfterComma(end)) return false;
    std::string key(Key(end + 1));
    // Two words at most; the periods of a dotted abbreviation are skipped ("W.Va.": "w va"), which
    // must then be a state's ("Hurricane Irma, U.S. Virgin Islands" names no town Irma).
    uint32_t words = 1;
    bool dotted = false;
    for (uint32_t k = end + 1; k < t_.size() && k < end + 5; ++k) {
      if (k > end + 1) {
        const bool after_dot = IsAbbreviationDot(k - 1) && k >= end + 3;
        if (IsAbbreviationDot(k) && k + 1 < t_.size() && !t_[k + 1].Has(text::kSpaceBefore)) continue;
        if (after_dot ? t_[k].Has(text::kSpaceBefore) || !IsWordLike(t_[k]) : !Joinable(k - 1, k)) break;
        if (++words > 2) break;
        dotted = dotted || after_dot;
        key.push_back(' ');
        key.append(Key(k));
      }
      for (const Posting& po : gaz_.Lookup(key)) {
        const PlaceView p = gaz_.Place(po.place);
        if (p.feature_class == 'A' && (!dotted || IsAdmin1(p))) return true;
      }
    }
    return false;
  }
  // "<name>, <Capitalised word>": a container may follow ("Hope, Ark.").
  bool PlaceAfterComma(uint32_t end) const {
    return end + 1 < t_.size() && t_[end].kind == TokenKind::kPunct && text_.utf8[t_[end].byte_start] == ',' &&
           t_[end + 1].script == Script::kLatin && t_[end + 1].Has(text::kCapitalized);
  }
  static bool AnyAbbreviation(std::span<const Posting> postings) {
    for (const Posting& po : postings)
      if (po.flags & gazetteer::kNameAbbreviation) return true;
    return false;
  }
  // Whether the words next to token i are written in capitals too (a headline, a dateline).
  bool AllCapsLine(uint32_t i) const {
    auto caps_word = [&](uint32_t k) {
      return IsWordLike(t_[k]) && t_[k].script == Script::kLatin && t_[k].Has(text::kAllCaps) && t_[k].end - t_[k].start >= 4;
    };
    return (i > 0 && caps_word(i - 1)) || (i + 1 < t_.size() && caps_word(i + 1));
  }
  // Two capitals outside an all-caps line whose readings by abbreviation are first-level
  // regions only, and which some other place also bears as an alternate name ("PA": Pennsylvania,
  // and Chongqing's old name Pa): only the abbreviation readings count (AddMention's acronym
  // rule), so the state's code needs the contexts a code that is nothing else needs ("The PA was
  // also worried", "PA officials" in an article on the Palestinian Authority were Pennsylvania).
  bool StateCodeAmongAlternates(const Match& m) const {
    const Token& t = t_[m.begin];
    if (m.end != m.begin + 1 || !t.Has(text::kAllCaps) || t.end - t.start != 2 || AllCapsLine(m.begin) ||
        !m.demonym_country.empty())
      return false;
    bool state = false;
    for (const Posting& po : m.postings) {
      if (!(po.flags & gazetteer::kNameAbbreviation)) continue;
      if (!IsAdmin1(gaz_.Place(po.place))) return false;
      state = true;
    }
    return state;
  }
  // "to the NC/VA border", "MD/DC": two capitals joined by '/' to two more, both a state's code.
  bool SlashedStateCodes(uint32_t k) const {
    auto code = [&](uint32_t j) {
      const Token& t = t_[j];
      if (!IsWordLike(t) || !t.Has(text::kAllCaps) || t.end - t.start != 2) return false;
      for (const Posting& po : gaz_.Lookup(Key(j)))
        if ((po.flags & gazetteer::kNameAbbreviation) && IsAdmin1(gaz_.Place(po.place))) return true;
      return false;
    };
    auto slash = [&](uint32_t j) {
      return t_[j].kind == TokenKind::kPunct && t_[j].end - t_[j].start == 1 && text_.utf8[t_[j].byte_start] == '/' &&
             !t_[j].Has(text::kSpaceBefore);
    };
    if (!code(k)) return false;
    if (k >= 2 && slash(k - 1) && !t_[k].Has(text::kSpaceBefore) && code(k - 2)) return true;
    return k + 2 < t_.size() && slash(k + 1) && !t_[k + 2].Has(text::kSpaceBefore) && code(k + 2);
  }
  static bool OnlyAbbreviations(std::span<const Posting> postings) {
    for (const Posting& po : postings)
      if (!(po.flags & gazetteer::kNameAbbreviation)) return false;
    return true;
  }
  bool AnyCountry(std::span<const Posting> postings) const {
    for (const Posting& po : postings)
      if (IsCountry(gaz_.Place(po.place))) return true;
    return false;
  }

  // A news agency's one-word alias (outlets.tsv) is the agency, not the town of its name, in
  // a dateline's agency slot, after the place and a dash and before a colon or another dash
  // ("الدوحة - قنا : عقد", "استنبول - قنا - ا ف ب :", "عمان ـ بترا:"; Qena, Egypt, and
  // Petra, Jordan, were read there), and after the agency's name ("وعلمت وكالة الأنباء القطرية
  // قنا أنه").
  bool OutletNotPlace(uint32_t i) const {
    if (!lex_.outlet_aliases.count(Key(i))) return false;
    auto raw = [&](uint32_t k) {
      return std::string_view(text_.utf8).substr(t_[k].byte_start, t_[k].byte_end - t_[k].byte_start);
    };
    auto dash = [&](uint32_t k) {
      const std::string_view r = raw(k);
      return r == "-" || r == "ـ" || r == "–" || r == "—";
    };
    if (i >= 2 && dash(i - 1) && IsWordLike(t_[i - 2]) && i + 1 < t_.size() &&
        (raw(i + 1) == ":" || raw(i + 1).starts_with(":") || dash(i + 1)))
      return true;
    // "وكالة الأنباء القطرية قنا", "وكالة الانباء قنا": the agency's name before its alias.
    auto agency = [&](uint32_t k) { return IsWordLike(t_[k]) && (Key(k) == "الانبا" || Key(k) == "وكاله"); };
    if (i >= 1 && agency(i - 1)) return true;
    return i >= 2 && IsWordLike(t_[i - 1]) && lex_.demonyms.count(Key(i - 1)) && agency(i - 2);
  }

  bool AnyCountryOrProvince(std::span<const Posting> postings) const {
    for (const Posting& po : postings) {
      PlaceView p = gaz_.Place(po.place);
      if (IsCountry(p) || IsAdmin1(p)) return true;
    }
    return false;
  }

  // Whether a country or province of `a` (its own name) lies in a country of a place of `b`.
  bool SharesCountry(std::span<const Posting> a, std::span<const Posting> b) const {
    for (const Posting& pa : a) {
      PlaceView p = gaz_.Place(pa.place);
      if (!(IsCountry(p) || IsAdmin1(p)) || !(pa.flags & (gazetteer::kNameMain | gazetteer::kNameOfficial))) continue;
      for (const Posting& pb : b)
        if (gaz_.Place(pb.place).country == p.country) return true;
    }
    return false;
  }
  bool MainNameOfCountryOrProvince(std::span<const Posting> postings) const {
    for (const Posting& po : postings) {
      PlaceView p = gaz_.Place(po.place);
      if ((IsCountry(p) || IsAdmin1(p)) && (po.flags & (gazetteer::kNameMain | gazetteer::kNameOfficial))) return true;
    }
    return false;
  }

  // A reading in the regions layer and none as a country, province or large town.
  bool MacroRegionReading(std::span<const Posting> postings) const {
    bool region = false;
    for (const Posting& po : postings) {
      PlaceView p = gaz_.Place(po.place);
      if (MacroRegion(p)) region = true;
      else if ((po.flags & (gazetteer::kNameMain | gazetteer::kNameOfficial | gazetteer::kNamePreferred)) &&
               (p.feature_class == 'A' || p.population >= 100000))
        return false;
    }
    return region;
  }

  // A first-level region, a capital or a city of a million people.
  bool AnyRegionOrMajorCity(std::span<const Posting> postings) const {
    for (const Posting& po : postings) {
      PlaceView p = gaz_.Place(po.place);
      if (IsAdmin1(p) || (p.feature_class == 'P' && (p.feature_code == "PPLC" || p.population >= 1000000)))
        return true;
    }
    return false;
  }

  bool AnyAdministrative(std::span<const Posting> postings) const {
    for (const Posting& po : postings)
      if (gaz_.Place(po.place).feature_class == 'A') return true;
    return false;
  }

  // Whether some candidate of a lone Arabic word is a place Arabic text plausibly names:
  // a country or region, a supplement entry, a sizeable town, or any place in the region.
  bool PlausibleArabicName(std::span<const Posting> postings) const {
    for (const Posting& po : postings) {
      PlaceView p = gaz_.Place(po.place);
      if (p.supplement || MacroRegion(p) || p.feature_class == 'A' || p.population >= 100000 ||
          ArabicNamedRegion(p.country))
        return true;
    }
    return false;
  }

  // ------------------------------------------------------------ 3. resolution
  // `only`: resolve these mentions alone (ReviseUnsupportedNamesakes), the others keep theirs.
  void Resolve(bool with_context, const std::vector<char>* only = nullptr) {
    // Context from the first pass: country weights and provisional coordinates.
    Votes country_weight;
    Votes admin1_weight;
    // Votes per first-level region of every winner below country level (a town votes for
    // its province): local news names many places of one province.
    Votes region_weight;
    float total = 0, region_total = 0;
    // The votes of every mention of one name: a name repeated five times must not confirm
    // its own reading (Palestine, Texas named five times is not five votes for Palestine).
    // By the name's id (key_ids_): one entry per name, `voted` once a mention of it voted.
    struct SelfVotes {
      bool voted = false;
      float total = 0, region_total = 0;
      Votes country, region, named;
    };
    // Countries named as countries ("الأردن"): their capital is the likely reading of a
    // name it shares with something bigger ("عمان": Amman, not Oman, in a text on Jordan).
    Votes named_country;
    std::vector<SelfVotes> self_votes;
    if (with_context) {
      self_votes.resize(key_ids_.empty() ? 0 : *std::max_element(key_ids_.begin(), key_ids_.end()) + 1);
      for (const auto& m : mentions_) {
        if (m.place < 0) continue;
        PlaceView p = gaz_.Place(static_cast<uint32_t>(m.place));
        // A place named in a hashtag of several words is out of the text's places (the
        // topic's name, "#امطار_الكويت", "#سيول_الاردن", "#حفرالباطن_الان"), but it says where
        // the tweet is: it votes for its country, so that "العبدلي" beside "#امطار_الكويت" is
        // Kuwait's Abdali, not Amman's, "عمان" beside "#سيول_الاردن" is Amman, and "برديه"
        // (hail) beside "#حفرالباطن_الان" no Libyan village. So does a country in an Arabic
        // organisation's name ("الهلال الاحمر العراقي في قضاء المدينة" is the Iraqi district,
        // "وكالة الأنباء السعودية" tells which kingdom "المملكة" is). Not every place in any
        // name: in English that made "Greece" a town in New York and Christchurch one in
        // England (idrisi-d-train.en), as many readings lost as gained.
        if (m.in_name && !PartOfHashtag(m.token_begin, m.token_end) &&
            !(IsCountry(p) && t_[m.token_begin].script == Script::kArabic))
          continue;
        float w = m.confidence * (m.candidates.size() == 1 ? 1.5f : 1.0f);
        country_weight[p.country] += w;
        if (IsAdmin1(p)) admin1_weight[std::string(p.country) + "." + std::string(p.admin1)] += w;
        SelfVotes& sv = self_votes[key_ids_[static_cast<size_t>(&m - mentions_.data())]];
        sv.voted = true;
        sv.total += w;
        sv.country[p.country] += w;
        if (IsCountry(p)) {
          named_country[p.country] += w;
          sv.named[p.country] += w;
        }
        if (!IsCountry(p) && !p.admin1.empty()) {
          std::string region = std::string(p.country) + "." + std::string(p.admin1);
          region_weight[region] += w;
          region_total += w;
          sv.region[region] += w;
          sv.region_total += w;
        }
        total += w;
      }
      // "Georgia" read as the country in a text on the US votes for the state as well.
      for (const auto& [mi, region] : RegionsReadAsCountries(country_weight, total, self_votes)) {
        const Mention& m = mentions_[mi];
        const float w = m.confidence;
        admin1_weight[region] += w;
        region_weight[region] += w;
        region_total += w;
        SelfVotes& sv = self_votes[key_ids_[mi]];
        sv.voted = true;
        sv.region[region] += w;
        sv.region_total += w;
      }
    }
    std::unordered_map<std::string_view, size_t> counties_by_name;
    if (with_context) counties_by_name = CountiesByName();
    if (with_context) {
      BuildAnchors();
      candidate_points_built_ = false;  // on the first call of Colocation
    }
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      if (mi % 64 == 63 && Stopped()) return;
      if (dropped_[mi] || (only && !(*only)[mi])) continue;
      Mention& m = mentions_[mi];
      // Gather candidates, OR-ing the flags of every name that matched the same place.
      CandidateFlags& cands = cand_flags_;
      cands.clear();
      if (single_place_[mi] == kPendingKingdom) {
        // The kingdom with the most votes of the first pass, if any.
        std::string best_cc;
        float best_w = 0;
        // In the order of a std::unordered_map filled with the same keys in the same order
        // (the first of equal weights wins): the tally was one until session 34.
        std::unordered_map<std::string, float> by_country;
        for (const auto& [cc, w] : country_weight) by_country.emplace(cc, w);
        for (const auto& [cc, w] : by_country)
          if (ArabicNewsKingdom(cc) && w > best_w) best_w = w, best_cc = cc;
        // With no other country in the text, "المملكة" is most often Saudi Arabia, the
        // kingdom Arabic media name so most; in a text about other countries it stays open.
        if (best_cc.empty() && with_context && country_weight.empty()) best_cc = "SA";
        int64_t c = best_cc.empty() ? -1 : gaz_.Country(best_cc);
        if (c < 0) continue;
        cands[static_cast<uint32_t>(c)] = gazetteer::kNameAlternate;
      } else if (single_place_[mi] != UINT32_MAX) {
        cands[single_place_[mi]] = gazetteer::kNameOfficial;
      } else {
        for (const Posting& p : postings_[mi])
          if (!abbreviations_only_[mi] || (p.flags & gazetteer::kNameAbbreviation)) cands.Append(p.place, p.flags);
        cands.Merge();
      }
      const int64_t short_for = with_context ? CountyShortlyNamed(mi, cands, counties_by_name) : -1;
      if (short_for >= 0) cands[static_cast<uint32_t>(short_for)] |= gazetteer::kNameMain;
      std::vector<ScoredCandidate> scored;
      scored.reserve(cands.size());
      const bool international = with_context && t_[m.token_begin].script == Script::kLatin && CountriesNear(mi) >= 2;
      const bool arabic_text = t_[m.token_begin].script == Script::kArabic;
      // "California", "Missouri": the main name of a state or country is that region's; a town
      // that only once bore it (Spencer, West Virginia, formerly California; Bozeman as
      // "Missouri" in some list) is a far reading, whatever its context (the state's other
      // towns vote for it: in lgl.en both lost to such towns in articles on their states).
      // Both are known once every candidate is seen: their features are added after the loop.
      bool region_named = false;
      // Colocation compares points: not for a name that can be a country or province, whose
      // point is a centroid ("بمحافظة الجيزة" is the governorate, not the town by Cairo).
      bool any_region = false;
      const bool latin = t_[m.token_begin].script == Script::kLatin;
      std::vector<std::pair<double, double>>& points = candidate_latlon_;
      points.clear();
      const SelfVotes* own = nullptr;
      if (with_context) {
        const SelfVotes& sv = self_votes[key_ids_[mi]];
        if (sv.voted) own = &sv;
      }
      auto vote_of = [](const Votes& by, std::string_view k) { return by.Of(k); };
      bool capital_of_named_country = false;  // some candidate is (the "#الأردن #عمان" rule below)
      for (auto [idx, flags] : cands) {
        PlaceView p = gaz_.Place(idx);
        ScoredCandidate sc;
        sc.place = idx;
        float name = 0.6f;
        if (flags & (gazetteer::kNameMain | gazetteer::kNameOfficial)) name = 1.0f;
        else if (flags & gazetteer::kNamePreferred) name = 0.85f;
        else if (arabic_text && (flags & gazetteer::kNameArabic)) name = 0.85f;
        else if (flags & gazetteer::kNameAscii) name = 0.9f;
        // The English name of a town whose own name is another language's ("Geneva" of
        // Genève, "Palmyra" of Tadmur), as good as a preferred name in English text.
        else if (latin && (flags & gazetteer::kNameEnglish)) name = 0.85f;
        if (flags & gazetteer::kNameHistoric) name -= 0.3f;
        if (arabic_text && (flags & gazetteer::kNamePersoArabic) && !(flags & gazetteer::kNameArabic)) name -= 0.3f;
        if (flags & gazetteer::kNameAbbreviation) name -= 0.3f;
        if (m.variant) name -= 0.3f;  // matched only by the spelling-insensitive key
        // Room for every feature below at once (12 here, 16 with main's at 90a09fe: colocated
        // names, a region's name elsewhere, short for a named county): one allocation per
        // candidate, not the 4 of a vector growing 1, 2, 4, 8 (1.3% of places-only's time).
        sc.features.reserve(16);
        sc.features.push_back(Ranked(kNameMatch, 2.0f * name));
        const bool region = IsCountry(p) || IsAdmin1(p);
        any_region = any_region || region || MacroRegion(p);
        region_named = region_named ||
                       (latin && region && (flags & (gazetteer::kNameMain | gazetteer::kNameOfficial)));
        points.emplace_back(p.lat, p.lon);
        sc.features.push_back(Ranked(kFeaturePrior, 2.5f * FeaturePrior(p)));
        float pop = p.population > 0 ? static_cast<float>(std::log10(static_cast<double>(p.population) + 1.0) / 7.0) : 0;
        // Countries and first-level regions carry no population in the registry data:
        // give them the weight of a large city rather than none.
        if (p.population == 0 && (IsCountry(p) || MacroRegion(p))) pop = 1.0f;
        if (p.population == 0 && IsAdmin1(p)) pop = 0.85f;
        if (p.population == 0 && p.feature_class == 'A' && p.feature_code == "ADM2") pop = 0.6f;
        sc.features.push_back(Ranked(kPopulation, 1.5f * std::min(pop, 1.0f)));
        // A country's own name almost always means the country (Greece, not Greece NY).
        if (IsCountry(p) && (flags & (gazetteer::kNameMain | gazetteer::kNameOfficial)))
          sc.features.push_back(Ranked(kCountryName, 1.0f));
        // The town of a county named in the text, the county of a town named in it.
        if (!counties_.empty() && (p.feature_class == 'P' || p.feature_code == "ADM2")) {
          auto c = counties_.find(CountyHash(p));
          if (c != counties_.end()) {
            if (p.feature_class == 'P' && OtherName(c->second.counties, key_ids_[mi]))
              sc.features.push_back(Ranked(kNamedCounty, 1.5f));
            else if (p.feature_class == 'A' && OtherName(c->second.towns, key_ids_[mi]))
              sc.features.push_back(Ranked(kCountyOfNamedTown, 1.0f));
          }
        }
        if (static_cast<int64_t>(idx) == short_for) sc.features.push_back(Ranked(kShortForNamedCounty, 1.5f));
        // "JEFFERSONVILLE, Ind.", "Washington, D.C.": an abbreviation right after a town and
        // its comma names the town's state, not the state's capital that the abbreviation
        // also stands for ("Ind." is Indiana and Indianapolis; lgl.en: 4 such towns' states).
        if ((flags & gazetteer::kNameAbbreviation) && IsAdmin1(p) && AfterTownAndComma(mi))
          sc.features.push_back(Ranked(kStateAfterTown, 1.0f));
        // A strong cue ("العاصمة عمان": the capital) outweighs a country's prior.
        const Hint& hint = hints_[mi];
        // A country after a cue of settlements ("العاصمة عمان", "مدينة X") is no reading at all.
        if (!noun_phrases_.empty() && NamedWithItsNoun(m.token_begin, idx))
          sc.features.push_back(Ranked(kNamedWithItsNoun, 1.5f));
        if (!hint.hint.empty())
          sc.features.push_back(Ranked(kCue, HintAccepts(hint.hint, p)                          ? 1.0f * hint.weight
                                        : IsCountry(p) && !HintAllowsClass(hint.hint, 'A') ? -2.0f * hint.weight
                                                                                           : -0.7f * hint.weight));
        if (with_context && total > 0) {
          // The mention's own first-pass vote is removed from the tally for all of its
          // candidates, so that a name never confirms one of its own readings.
          const std::string cc(p.country);
          float votes = vote_of(country_weight, cc) - (own ? vote_of(own->country, cc) : 0);
          float others = total - (own ? own->total : 0);
          float share = others > 0 ? std::max(0.0f, votes) / others : 0;
          sc.features.push_back(Ranked(kFocusCountry, 2.0f * share));
          // A small town needs the text's other places in its country: without them it is a
          // namesake far from the story, and a prominent place of the name is the better
          // reading. Syrian-war news that names the United States beside Syria, Russia and
          // France gave the US a tenth to a fifth of the other places' votes, and with them
          // "Geneva" to Geneva, Illinois, a county seat of 22,000, not Genève (fakes-dev: 3 of
          // 11). Full with no support, nothing from a quarter of the votes on: one wrong
          // reading in local news ("Loop" as a German village beside "Dallas") must not
          // unseat Paris, Texas.
          if (others > 0 && share < 0.25f && MinorSettlement(p))
            sc.features.push_back(Ranked(kCountryUnsupported, -0.6f * (1.0f - 4.0f * share) * std::min(1.0f, others)));
          // "U.S. and Russian diplomats met in Geneva", "Kerry and Russian Foreign Minister
          // Lavrov were to hold talks on Syria in Geneva": a name among the mentions of two
          // countries or more (demonyms too) is an international city, not a small town of
          // one of them (Geneva, Illinois) that the article's country votes for.
          if (international && MinorSettlement(p)) sc.features.push_back(Ranked(kInternationalContext, -0.8f));
          if (p.feature_class == 'P' && p.feature_code == "PPLC" &&
              vote_of(named_country, cc) - (own ? vote_of(own->named, cc) : 0) > 0) {
            sc.features.push_back(Ranked(kCapitalOfNamedCountry, 0.6f));
            capital_of_named_country = true;
          }
          // "Charleston, W.Va.", "Tripoli, Lebanon": the container named right after a comma.
          if (const Mention* c = CommaContainer(mi, idx)) {
            PlaceView cp = gaz_.Place(static_cast<uint32_t>(c->place));
            bool inside = cp.country == p.country && (IsCountry(cp) || cp.admin1 == p.admin1);
            if (inside) sc.features.push_back(Ranked(kNamedContainer, 2.5f));
          }
          const std::string region = std::string(p.country) + "." + std::string(p.admin1);
          if (!IsAdmin1(p) && admin1_weight.Has(region)) sc.features.push_back(Ranked(kContainment, 0.8f));
          if (!IsCountry(p) && !p.admin1.empty()) {
            float rv = vote_of(region_weight, region) - (own ? vote_of(own->region, region) : 0);
            float rothers = region_total - (own ? own->region_total : 0);
            if (rothers > 0 && rv > 0) sc.features.push_back(Ranked(kFocusRegion, 1.5f * rv / rothers));
          }
          float near = Coherence(key_ids_[mi], idx, p);
          if (near > 0) sc.features.push_back(Ranked(kSpatialCoherence, near));
        }
        for (const auto& f : sc.features) sc.score += f.value;
        scored.push_back(std::move(sc));
      }
      // "#الأردن #عمان": a name that is both a country no other place of the text supports
      // (Oman) and the capital of a country the text names (Amman) is the capital.
      // Not a name joined by "و" to the one before, a list of countries ("مصر وعمان وسوريا").
      const bool named_capital = capital_of_named_country && !(arabic_text && Key(m.token_begin).starts_with("و") &&
                                                                 !m.key.starts_with("و"));
      for (size_t k = 0; k < scored.size(); ++k) {
        ScoredCandidate& sc = scored[k];
        if (named_capital && IsCountry(gaz_.Place(sc.place))) {
          bool unsupported = false;
          for (const Feature& f : sc.features) unsupported = unsupported || (IsFeature(f, kFocusCountry) && f.value == 0);
          if (unsupported) {
            sc.features.push_back(Ranked(kCapitalOfNamedCountryElsewhere, -1.0f));
            sc.score += sc.features.back().value;
          }
        }
        if (region_named && !(cands[sc.place] & kOwnNameFlags)) {
          sc.features.push_back(Ranked(kRegionNameElsewhere, -2.0f));
          sc.score += sc.features.back().value;
        }
        // (One candidate has nothing to choose from.)
        if (with_context && !any_region && scored.size() >= 2) {
          float together = Colocation(key_ids_[mi], sc.place, points[k].first, points[k].second);
          if (together > 0) {
            sc.features.push_back(Ranked(kColocatedNames, together));
            sc.score += sc.features.back().value;
          }
        }
      }
      std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
      if (scored.size() > opt_.max_candidates) scored.resize(opt_.max_candidates);
      if (scored.empty()) continue;
      // Confidence: the winner's share of the candidates' softmax, times recognition.
      double z = 0;
      for (const auto& s : scored) z += std::exp(2.0 * (s.score - scored[0].score));
      float margin = static_cast<float>(1.0 / z);
      m.confidence = std::clamp(0.5f * margin + 0.5f * m.recognition, 0.0f, 1.0f);
      if (with_context) StateOfAnUnlistedTown(mi, &scored, &m.confidence);
      m.place = scored[0].place;
      PlaceView w = gaz_.Place(scored[0].place);
      m.lat = w.lat;
      m.lon = w.lon;
      m.has_coordinates = true;
      m.candidates = std::move(scored);
    }
  }

  // A surname once written as one ("Sheriff Mike Trapani", "Gov. Lincoln") is the person
  // wherever the text repeats it alone ("Trapani said"): news names a person in full first
  // and by the surname after, and a headline may use the surname before. Such lone names
  // are dropped before the first pass, unless a cue or a container after a comma makes
  // them the place ("the town of Lincoln", "Lincoln, Neb.").
  void DropPersonNames() {
    dropped_.assign(mentions_.size(), 0);
    if (person_keys_.empty()) return;
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      const Mention& m = mentions_[mi];
      if (m.token_end != m.token_begin + 1 || m.demonym) continue;
      if (t_[m.token_begin].script != Script::kLatin && t_[m.token_begin].script != Script::kArabic) continue;
      if (!m.cue.empty() || PlaceAfterComma(m.token_end) || !person_keys_.count(m.key)) continue;
      dropped_[mi] = 1;
    }
  }

  // A region's name filling a quotation is a title: the newspaper «الشرق الأوسط» whatever
  // the words around it ("علمت «الشرق الأوسط»", "* بشكيك - «الشرق الأوسط»:"; QuotedOutlet
  // knows only the outlet spoken to), a channel, a conference: news puts no quotes around a
  // region it places something in. In the corpus 141 «الشرق الأوسط» were the Middle East.
  bool QuotedRegion(const Mention& m) const {
    return m.place >= 0 && m.token_begin >= 1 && QuoteMark(m.token_begin - 1) && QuoteMark(m.token_end) &&
           MacroRegion(gaz_.Place(static_cast<uint32_t>(m.place)));
  }

  // "حي العزيزية" in a tweet on Hafr al-Batin, "الفيصلية" beside it: local Arabic news names
  // neighbourhoods and villages the index lacks, and a lone word's only readings are then
  // namesakes in countries the text names nowhere (Al Aziziyah in Libya, Al Faysaliyah in
  // Jordan). A lone Arabic name whose winner is a minor place that the text's other places
  // do not support (country_unsupported), with no cue but a preposition for it, and far from
  // them all (over 500 km: "في الموصل والبوكمال" names two towns of a border), is dropped:
  // thousands of km off is worse than no place.
  //
  // A name after a cue for a neighbourhood or a station ("حي العزيزية", "محطة السليمانية" in
  // Hafr al-Batin, "محطة الدوحة الشرقية" in Kuwait) whose winner the cue's hint rejects (a city,
  // a province: the index lacks the local place), in a country the text names nowhere
  // (focus_country 0), over 500 km from every other place the text names, is the local place:
  // unresolved, placed at the text's town (PlaceStreets).
  void DropFarArabicNamesakes() {
    constexpr double kNearKm = 500;
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      const Mention& m = mentions_[mi];
      if (dropped_[mi] || m.place < 0 || m.candidates.empty() || m.token_end != m.token_begin + 1 ||
          t_[m.token_begin].script != Script::kArabic || m.demonym || m.generic)
        continue;
      // The cues of a neighbourhood (حي, حارة: P.PPLX) and of an unspecified facility (محطة,
      // حاجز: S); not an airport's, a port's or a hospital's, which are the named city's own.
      const bool local_cue = !m.cue.empty() && m.cue != "preposition" && mi < hints_.size() &&
                             (hints_[mi].hint == "P.PPLX" || hints_[mi].hint == "S") &&
                             (m.cue == "facility" || m.cue == "settlement");
      // A village's or a town's cue ("قرية بيتا" in a report on Nigeria) does not make a namesake
      // in a country the text names nowhere, far from all its places, the place: the index lacks
      // the village, which is then placed in the text's own area as a neighbourhood is.
      // So does an area's ("منطقة مساكن الطيارين" in Aden is no Msaken in Tunisia).
      // The cue table says which: an area or an admin unit (منطقة, مناطق: "L|A.ADM…"), not a
      // countryside's or a coast's.
      const bool area_cue =
          m.cue == "region" && mi < hints_.size() && hints_[mi].hint.starts_with("L|A.ADM");
      const bool village_cue = !local_cue && (m.cue == "settlement" || area_cue);
      if (!m.cue.empty() && m.cue != "preposition" && !local_cue && !village_cue) continue;
      bool unsupported = false, rejected = false, foreign = false;
      for (const Feature& f : m.candidates[0].features) {
        if (!local_cue) {
          unsupported = unsupported || (IsFeature(f, kCountryUnsupported) && f.value <= -0.3f * Weight(kCountryUnsupported));
          continue;
        }
        rejected = rejected || (IsFeature(f, kCue) && f.value < 0);
        foreign = foreign || (IsFeature(f, kFocusCountry) && f.value == 0);
      }
      if (local_cue ? !(rejected && foreign) : !unsupported) continue;
      bool near = false, others = false;
      for (size_t k = 0; k < mentions_.size() && !near; ++k) {
        if (k == mi || dropped_[k] || mentions_[k].place < 0 || mentions_[k].key == m.key) continue;
        others = true;
        near = HaversineKm(m.lat, m.lon, mentions_[k].lat, mentions_[k].lon) <= kNearKm;
      }
      if (near || ((local_cue || village_cue) && !others)) continue;
      if (!local_cue && !village_cue) {
        dropped_[mi] = 1;
        continue;
      }
      // The neighbourhood or the station is in the text's own town: no place of the index,
      // placed there by PlaceStreets ("حي الخضراء ببغداد": at Baghdad).
      Mention& local = mentions_[mi];
      local.place = -1;
      local.candidates.clear();
      local.has_coordinates = false;
      if (local_names_.size() < mentions_.size()) local_names_.resize(mentions_.size(), 0);
      local_names_[mi] = 1;
    }
  }

  // "وفي الجنوب" in a report from Aden, "التفت على القاعدة من الجهة الشرقية", "في المنطقة
  // الوسطى" of Yemen: provinces named by a compass word alone (Lebanon's South and North
  // Governorates, الجنوب and الشمال; Morocco's Oriental, الجهة الشرقية; Israel's Southern and
  // Central Districts, المنطقة الجنوبية/الوسطى; South Africa's North West) are the text's own
  // south, east or centre unless the text is about their country: read as those provinces,
  // with other places in the text but none in their country nor within 500 km, they are dropped
  // (the throughput corpus: 125 such mentions, 64 'الجنوب' of Yemen read as Lebanon's). A
  // province of a name of its own ('الحدود الشمالية', 'الضفة الغربية') is no such name.
  bool CompassName(std::string_view key) const {
    static const std::vector<std::string> kCompass = [] {
      std::vector<std::string> v;
      for (std::string_view w : {"الجنوب", "الشمال", "الشرق", "الغرب", "الوسط", "الجنوبية", "الشمالية", "الشرقية",
                                 "الغربية", "الوسطى"})
        v.push_back(text::NormalizeKey(w));
      return v;
    }();
    static const std::vector<std::string> kNouns = [] {
      std::vector<std::string> v;
      for (std::string_view w : {"المنطقة", "الجهة", "الناحية"}) v.push_back(text::NormalizeKey(w));
      return v;
    }();
    bool compass = false;
    for (size_t b = 0; b <= key.size();) {
      size_t e = key.find(' ', b);
      if (e == std::string_view::npos) e = key.size();
      const std::string_view w = key.substr(b, e - b);
      if (std::find(kCompass.begin(), kCompass.end(), w) != kCompass.end())
        compass = true;
      else if (std::find(kNouns.begin(), kNouns.end(), w) == kNouns.end())
        return false;
      b = e + 1;
    }
    return compass;
  }
  void DropFarCompassRegions() {
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      const Mention& m = mentions_[mi];
      if (dropped_[mi] || m.place < 0 || m.demonym || m.generic || m.relation || m.derived ||
          t_[m.token_begin].script != Script::kArabic || !CompassName(m.key))
        continue;
      PlaceView p = gaz_.Place(static_cast<uint32_t>(m.place));
      if (p.feature_class != 'A' || p.country.empty()) continue;
      // 'الجنوب اليمني', 'الجنوب والوسط التونسي': the adjective names the country whose south it is.
      if (m.token_end < t_.size() && IsWordLike(t_[m.token_end]) && Joinable(m.token_end - 1, m.token_end)) {
        bool other_country = false;
        for (std::string_view f : Forms(m.token_end)) {
          auto d = lex_.demonyms.find(f);
          other_country = other_country || (d != lex_.demonyms.end() && !d->second.empty() && d->second != p.country);
        }
        if (other_country) {
          dropped_[mi] = 1;
          continue;
        }
      }
      bool others = false, supported = false;
      for (size_t k = 0; k < mentions_.size() && !supported; ++k) {
        if (k == mi || dropped_[k] || mentions_[k].place < 0 || mentions_[k].key == m.key) continue;
        others = true;
        supported = gaz_.Place(static_cast<uint32_t>(mentions_[k].place)).country == p.country;
      }
      // A text naming no other place has no frame of its own ('#المنطقة_الشرقية' alone in a
      // Saudi tweet): the province stands.
      if (others && !supported) dropped_[mi] = 1;
    }
  }

  // A name found only by the spelling-insensitive key is a romanised Arabic, Persian or
  // Kurdish name written otherwise than the index has it ("Maarat al-Numan"); English news
  // then names its country, or another place there, too. In a text that names neither, the
  // respelling is an English word or a surname that collapses to the same consonants:
  // "Old Time" (Oulad Teïma, Morocco), "Outbreaks" (Tobruk), "Mosquitoes" (Muscat),
  // "Cantrell" (Central District, Israel), 27 of 31 such matches in lgl.en and 6 of 8 in
  // idrisi-d-train.en, 27 of FA-KES's 40. Those are dropped after the first pass, so they
  // never vote.
  void DropUnsupportedRespellings() {
    dropped_.resize(mentions_.size(), 0);
    if (std::all_of(respelled_.begin(), respelled_.end(), [](char r) { return r == 0; })) return;
    std::vector<std::string_view> named;  // countries of the other mentions' winners
    std::vector<std::pair<float, float>> points;  // and their points
    for (size_t mi = 0; mi < mentions_.size(); ++mi)
      if (!respelled_[mi] && mentions_[mi].place >= 0) {
        PlaceView p = gaz_.Place(static_cast<uint32_t>(mentions_[mi].place));
        named.push_back(p.country);
        points.emplace_back(p.lat, p.lon);
      }
    // A place within 500 km of a named one counts too ("executed in Deir Ezour" in a text
    // naming only Iraq and the Levant).
    constexpr double kNearKm = 500;
    auto near = [&](const PlaceView& p) {
      for (auto [lat, lon] : points)
        if (HaversineKm(p.lat, p.lon, lat, lon) <= kNearKm) return true;
      return false;
    };
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      if (!respelled_[mi] || mentions_[mi].place < 0) continue;
      // Any reading will do: the second pass, with the context, chooses among them. A lone
      // alternate name (kRomanisedAlternate) needs its country named: "Abbas" in an article on
      // Israel is the president, not Fort Abbas in Pakistan.
      // Nor does the same name elsewhere support it ("for Abbas", "to Abbas and Fatah").
      bool supported = false;
      for (const Posting& po : postings_[mi]) {
        PlaceView p = gaz_.Place(po.place);
        // A county's bare name needs another place of its state: "Clarke and Oconee" beside
        // Athens, Georgia; a surname so spelled ("Clarke said") has none.
        if (respelled_[mi] == kBareCounty) {
          for (size_t k = 0; k < mentions_.size() && !supported; ++k) {
            if (respelled_[k] || mentions_[k].place < 0 || mentions_[k].key == mentions_[mi].key) continue;
            PlaceView o = gaz_.Place(static_cast<uint32_t>(mentions_[k].place));
            supported = o.country == p.country && o.admin1 == p.admin1;
          }
          continue;
        }
        if (respelled_[mi] == kRomanisedAlternate) {
          for (size_t k = 0; k < mentions_.size() && !supported; ++k)
            supported = !respelled_[k] && mentions_[k].place >= 0 && mentions_[k].key != mentions_[mi].key &&
                        gaz_.Place(static_cast<uint32_t>(mentions_[k].place)).country == p.country;
          continue;
        }
        supported = supported || std::find(named.begin(), named.end(), p.country) != named.end() || near(p);
      }
      if (supported) continue;
      dropped_[mi] = 1;
      mentions_[mi].place = -1;
    }
  }

  // "Georgia" is a country and a US state: with no context, the first pass reads the
  // country, and the state's towns ("ATLANTA - ... needy Georgia residents") then miss the
  // evidence that their state is named: Atlanta, Texas won in lgl.en with Texas named once
  // and Georgia four times. A name whose first-pass reading is a country and which is also
  // the main name of a first-level region of the country most other names are in (over half
  // their votes) stands for that region too: the mention and the region, for the votes of
  // "containment" and "focus_region".
  template <typename SelfVotes>
  std::vector<std::pair<size_t, std::string>> RegionsReadAsCountries(const Votes& country_weight, float total,
                                                                     const std::vector<SelfVotes>& self_votes) const {
    std::vector<std::pair<size_t, std::string>> out;
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      const Mention& m = mentions_[mi];
      if (m.place < 0 || m.in_name || dropped_[mi] || single_place_[mi] != UINT32_MAX) continue;
      PlaceView won = gaz_.Place(static_cast<uint32_t>(m.place));
      if (!IsCountry(won)) continue;
      const SelfVotes* own = self_votes[key_ids_[mi]].voted ? &self_votes[key_ids_[mi]] : nullptr;
      for (const Posting& po : postings_[mi]) {
        if (!(po.flags & (gazetteer::kNameMain | gazetteer::kNameOfficial))) continue;
        PlaceView p = gaz_.Place(po.place);
        if (!IsAdmin1(p) || p.country == won.country) continue;
        const std::string cc(p.country);
        float votes = country_weight.Of(cc), others = total;
        if (own) {
          if (own->country.Has(cc)) votes -= own->country.Of(cc);
          others -= own->total;
        }
        if (others > 0 && votes > 0.5f * others) out.emplace_back(mi, cc + "." + std::string(p.admin1));
      }
    }
    return out;
  }

  // "DeKalb County" → its mention, by "dekalb" (CountyShortlyNamed).
  std::unordered_map<std::string_view, size_t> CountiesByName() const {
    std::unordered_map<std::string_view, size_t> counties_by_name;
    for (size_t k = 0; k < mentions_.size(); ++k) {
      std::string_view key = mentions_[k].key;
      if (mentions_[k].place >= 0 && !dropped_[k] && key.size() > 7 &&
          (key.ends_with(" county") || key.ends_with(" parish")))
        counties_by_name.try_emplace(key.substr(0, key.size() - 7), k);
    }
    return counties_by_name;
  }

  // "Platte County grew ... Platte as the state's 10th most populous county": local news
  // names a county in full, then by its bare name. When the text names
  // "<name> County" (or Parish) and the first pass placed it, the bare name may be that
  // county too, unless one of its readings is a town in that very county ("Madison" in a
  // text on Madison County is its seat). Returns the county's place, or -1.
  template <typename Cands>
  int64_t CountyShortlyNamed(size_t mi, const Cands& cands,
                             const std::unordered_map<std::string_view, size_t>& counties_by_name) const {
    const Mention& m = mentions_[mi];
    if (t_[m.token_begin].script != Script::kLatin) return -1;
    auto it = counties_by_name.find(m.key);
    if (it == counties_by_name.end() || it->second == mi) return -1;
    PlaceView county = gaz_.Place(static_cast<uint32_t>(mentions_[it->second].place));
    if (county.feature_class != 'A' || county.feature_code != "ADM2") return -1;
    const uint64_t h = CountyHash(county);
    for (const auto& [idx, flags] : cands) {
      PlaceView p = gaz_.Place(idx);
      if (p.feature_class == 'P' && h && CountyHash(p) == h) return -1;
    }
    return mentions_[it->second].place;
  }

  // The mention right after "<this>," when it resolved to a country or first-level region,
  // or to this candidate itself: "Washington, D.C.", where "D.C." is the District of Columbia
  // (Washington, Georgia won in a text on Georgia).
  // A person's title right before token k: "Commissioner", "Secretary of State", "Dr." (its
  // period a token of its own; an abbreviation of four letters at most, "Gov.", "Capt.", not
  // a sentence's end: "for Municipal Court Judge. Columbus attorney Stephen Hyles").
  bool TitleBefore(uint32_t k) const {
    const bool* found = nullptr;
    if (k >= 1 && MatchBefore(lex_.person_before, k, 3, &found)) return true;
    const bool dot = k >= 2 && t_[k - 1].kind == TokenKind::kPunct && !t_[k - 1].Has(text::kSpaceBefore) &&
                     text_.utf8[t_[k - 1].byte_start] == '.' && t_[k - 2].script == Script::kLatin &&
                     t_[k - 2].Has(text::kCapitalized) && t_[k - 2].end - t_[k - 2].start <= 4;
    // "16547 Park Scot Dr. Houston": after a capitalised word, "Dr." is the street's Drive.
    if (dot && Key(k - 2) == "dr" && k >= 3 && IsWordLike(t_[k - 3]) && t_[k - 3].Has(text::kCapitalized)) return false;
    return dot && MatchBefore(lex_.person_before, k - 1, 3, &found);
  }

  // A capitalised word and an initial with its period right before token k, itself a
  // capitalised word of two letters or more in lower case after the first ("Matthew D.
  // Flores"; not "Washington D. C.", not "U.S. Sen.").
  bool MiddleInitialBefore(uint32_t k) const {
    if (k < 3 || t_[k].end - t_[k].start < 2 || t_[k].Has(text::kAllCaps) || !IsAbbreviationDot(k - 1)) return false;
    const Token& initial = t_[k - 2];
    const Token& first_name = t_[k - 3];
    return initial.end - initial.start == 1 && initial.Has(text::kCapitalized) && IsWordLike(first_name) &&
           first_name.script == Script::kLatin && first_name.Has(text::kCapitalized) &&
           !first_name.Has(text::kAllCaps) && first_name.end - first_name.start >= 2 &&
           !t_[k - 2].Has(text::kNewlineBefore) && !t_[k].Has(text::kNewlineBefore);
  }

  // A word ending in a contraction's apostrophe and ending: 'd, 'll, 've, 're, 'm (straight
  // or curly apostrophe).
  bool Contraction(uint32_t k) const {
    const Token& t = t_[k];
    std::string_view raw = std::string_view(text_.utf8).substr(t.byte_start, t.byte_end - t.byte_start);
    for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\xE2\x80\x99")})
      for (std::string_view tail : {"d", "ll", "ve", "re", "m", "D", "LL", "VE", "RE", "M"}) {
        const size_t n = apostrophe.size() + tail.size();
        if (raw.size() > n && raw.substr(raw.size() - n, apostrophe.size()) == apostrophe && raw.ends_with(tail))
          return true;
      }
    return false;
  }

  // How many countries the mentions within a dozen words of mention mi name as countries
  // (their first-pass readings; demonyms included: "Russian diplomats").
  size_t CountriesNear(size_t mi) const {
    constexpr uint32_t kWords = 12;
    const Mention& m = mentions_[mi];
    std::vector<std::string_view> seen;
    auto add = [&](size_t k) {
      const Mention& o = mentions_[k];
      if (o.place < 0 || o.in_name || o.token_end + kWords < m.token_begin || o.token_begin > m.token_end + kWords)
        return;
      PlaceView p = gaz_.Place(static_cast<uint32_t>(o.place));
      if (IsCountry(p) && std::find(seen.begin(), seen.end(), p.country) == seen.end()) seen.push_back(p.country);
    };
    // Mentions are in text order (a nested one right after its outer name): look a little
    // past the window on either side, not at the whole text.
    for (size_t k = mi; k-- > 0 && mentions_[k].token_end + 2 * kWords >= m.token_begin;) add(k);
    for (size_t k = mi + 1; k < mentions_.size() && mentions_[k].token_begin <= m.token_end + 2 * kWords; ++k) add(k);
    return seen.size();
  }

  // Whether mention mi comes right after another mention and a comma ("Jeffersonville, Ind.").
  bool AfterTownAndComma(size_t mi) const {
    const Mention& m = mentions_[mi];
    if (mi == 0 || m.token_begin < 2) return false;
    const Token& comma = t_[m.token_begin - 1];
    return comma.kind == TokenKind::kPunct && text_.utf8[comma.byte_start] == ',' &&
           mentions_[mi - 1].token_end == m.token_begin - 1;
  }

  // "born in Grantville, Pennsylvania", "a prison cell in Orient, Ohio": a town whose state
  // the text names after a comma, but which the index has only in other states of that
  // country or abroad (the registry keeps towns of 500 people or more: Grantville, Georgia,
  // and Orient, New York), is a town of the named state the index lacks. It is placed at the
  // state, a few dozen km off, not at a namesake a thousand km away (lgl.en).
  void StateOfAnUnlistedTown(size_t mi, std::vector<ScoredCandidate>* scored, float* confidence) const {
    if (t_[mentions_[mi].token_begin].script != Script::kLatin) return;  // the English "Town, State"
    const Mention* c = CommaContainer(mi, (*scored)[0].place);
    if (!c || static_cast<uint32_t>(c->place) == (*scored)[0].place) return;
    PlaceView state = gaz_.Place(static_cast<uint32_t>(c->place));
    if (!IsAdmin1(state) || !EndsItsPhrase(*c)) return;
    PlaceView top = gaz_.Place((*scored)[0].place);
    if (top.country != state.country || top.feature_class != 'P') return;
    for (const ScoredCandidate& sc : *scored) {
      PlaceView p = gaz_.Place(sc.place);
      if (p.country == state.country && p.admin1 == state.admin1) return;
    }
    ScoredCandidate at_state;
    at_state.place = static_cast<uint32_t>(c->place);
    at_state.score = (*scored)[0].score;
    at_state.features.push_back({"town_of_named_state_unlisted", at_state.score});
    scored->insert(scored->begin(), std::move(at_state));
    *confidence *= 0.5f;
  }

  // Whether a mention ends the names around it: not a list's item ("#NYC, #Chicago, D.C.,
  // #Boston") nor the first word of a longer name ("Lumberton, NE Cape Fear", NE being no
  // Nebraska there). After it comes a lower-case word, a number, the end, or punctuation
  // other than a comma, or a comma before a lower-case word ("Grantville, Pennsylvania, on").
  bool EndsItsPhrase(const Mention& c) const {
    uint32_t k = c.token_end;
    if (k < t_.size() && IsAbbreviationDot(k)) ++k;  // "W. Va." ends with its period
    if (k >= t_.size()) return true;
    auto lower = [&](uint32_t j) { return !IsWordLike(t_[j]) || !t_[j].Has(text::kCapitalized); };
    if (IsWordLike(t_[k])) return lower(k);
    if (t_[k].kind != TokenKind::kPunct || text_.utf8[t_[k].byte_start] != ',') return true;
    return k + 1 >= t_.size() || (IsWordLike(t_[k + 1]) && lower(k + 1) && !t_[k + 1].Has(text::kHashtagFirst));
  }

  const Mention* CommaContainer(size_t mi, uint32_t candidate) const {
    const Mention& m = mentions_[mi];
    if (mi + 1 >= mentions_.size() || m.token_end >= t_.size()) return nullptr;
    const Token& comma = t_[m.token_end];
    if (comma.kind != TokenKind::kPunct || (text_.utf8[comma.byte_start] != ',' &&
                                            text_.Slice(comma.start, comma.end) != "،"))
      return nullptr;
    const Mention& next = mentions_[mi + 1];
    if (next.token_begin != m.token_end + 1 || next.place < 0) return nullptr;
    PlaceView np = gaz_.Place(static_cast<uint32_t>(next.place));
    return IsCountry(np) || IsAdmin1(np) || static_cast<uint32_t>(next.place) == candidate ? &next : nullptr;
  }

  // Per county (CountyHash): the names that can be the county, and the names that can be a
  // town in it (IndexCounties).
  static constexpr uint32_t kNoKey = UINT32_MAX;
  struct NameSet {
    uint32_t key = kNoKey;  // the first name's id
    bool many = false;      // more than one name
  };
  struct CountyNames {
    NameSet counties, towns;
  };

  // Every mention's name gets an id (equal keys, equal ids): a name never supports itself.
  void AssignKeyIds() {
    std::unordered_map<std::string_view, uint32_t> ids;
    key_ids_.resize(mentions_.size());
    for (size_t k = 0; k < mentions_.size(); ++k)
      key_ids_[k] = ids.try_emplace(mentions_[k].key, static_cast<uint32_t>(ids.size())).first->second;
  }

  // The county (second-level unit) a place is in, or the county it is, as one hash of its
  // country, admin1 and admin2 codes; 0 when the place has no admin2 code.
  static uint64_t CountyHash(const PlaceView& p) {
    if (p.admin2.empty() || p.admin1.empty()) return 0;
    std::hash<std::string_view> h;
    uint64_t v = h(p.country);
    v = v * 1000003u ^ h(p.admin1);
    v = v * 1000003u ^ h(p.admin2);
    return v == 0 ? 1 : v;
  }

  // Local news names a town with its county ("Lebanon Police ... the Boone County Jail",
  // "Palestine ... Anderson County"): of eight Boone Counties and ten Lebanons, the pair that
  // fits is Lebanon, Indiana, the seat of Boone County, Indiana. For every county some
  // name of the text can be, and every county some town of another name lies in, the names
  // that can stand there; read by the "named_county" and "county_of_named_town" features in
  // both passes, before any winner is known. One pass over the candidates.
  void IndexCounties() {
    counties_.clear();
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      if (single_place_[mi] != UINT32_MAX) continue;  // demonyms, "المملكة"
      for (const Posting& po : postings_[mi]) {
        PlaceView p = gaz_.Place(po.place);
        const bool county = p.feature_class == 'A' && p.feature_code == "ADM2";
        if (!county && p.feature_class != 'P') continue;
        uint64_t h = CountyHash(p);
        if (!h) continue;
        CountyNames& c = counties_[h];
        NameSet& set = county ? c.counties : c.towns;
        if (set.key == kNoKey) set.key = key_ids_[mi];
        else if (set.key != key_ids_[mi]) set.many = true;
      }
    }
  }
  // Whether a name other than `key` is in the set.
  static bool OtherName(const NameSet& set, uint32_t key) {
    return set.many || (set.key != kNoKey && set.key != key);
  }

  // The first pass's winners (not countries) as distinct places sorted by latitude, each
  // with the one name that chose it (or kManyKeys). Spatial coherence looks only at the
  // places within the latitude band that can score, so resolution stays near-linear in
  // the document's length (issue 18: every candidate against every mention made 8 MB
  // take 17 s); the score is the same as against every mention.
  void BuildAnchors() {
    std::unordered_map<uint32_t, size_t> at;  // place → index in anchors_
    anchors_.clear();
    coherence_cache_.clear();
    for (size_t k = 0; k < mentions_.size(); ++k) {
      if (mentions_[k].place < 0 || mentions_[k].in_name) continue;
      const auto place = static_cast<uint32_t>(mentions_[k].place);
      PlaceView o = gaz_.Place(place);
      if (IsCountry(o)) continue;
      auto [it, added] = at.try_emplace(place, anchors_.size());
      if (added) anchors_.push_back({key_ids_[k], o.lat, o.lon});
      else if (anchors_[it->second].key != key_ids_[k]) anchors_[it->second].key = kManyKeys;
    }
    std::sort(anchors_.begin(), anchors_.end(), [](const Anchor& a, const Anchor& b) { return a.lat < b.lat; });
  }

  // "Montgomery" beside "Delano", "St. Paul", "Rochester" and "Scott County" in a Minnesota
  // paper: the second pass weighs each candidate by the first pass's readings of the other
  // names, and those are each name's most prominent namesake (Rochester, New York; Delano,
  // California), so the second pass took Montgomery, Alabama while the others' own second-pass
  // readings are all in Minnesota, beside Montgomery, Minnesota. A name whose winner has no
  // other name's winner within 200 km (Coherence under 0.7) while one of its other candidates
  // has is resolved once more against the second pass's readings. A new winner is kept only
  // where the others' readings after that round still lie within 200 km of it: two names that
  // swapped towards each other ("Lancaster" in England and "York" in Pennsylvania each moving to
  // the other's country) keep their readings.
  //
  // Countries, first-level regions and macro-regions take no part: their points are centroids
  // ("مدن عراقية منها الموصل": Mosul, the city, is no province because the province's centroid
  // lies nearer the other towns).
  static bool PointlessReading(const PlaceView& p) { return IsCountry(p) || IsAdmin1(p) || MacroRegion(p); }
  static float NameMatch(const ScoredCandidate& sc) {
    for (const Feature& f : sc.features)
      if (f.name == kRankFeatures[kNameMatch]) return f.value;
    return 0;
  }
  void ReviseUnsupportedNamesakes() {
    constexpr float kNear = 0.7f;  // Coherence's band for 200 km
    // Latin script only: the Arabic sets and the corpus gained nothing by it (news-events-dev,
    // IDRISI Arabic identical; one Arabic article of 300 changed, Paris, Texas to Kentucky) and
    // paid 1.3% of their instructions.
    if (std::none_of(mentions_.begin(), mentions_.end(), [&](const Mention& m) {
          return m.place >= 0 && t_[m.token_begin].script == Script::kLatin;
        }))
      return;
    BuildAnchors();
    const auto counties = CountiesByName();
    std::vector<char> revise(mentions_.size(), 0);
    bool any = false;
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      const Mention& m = mentions_[mi];
      if (dropped_[mi] || m.place < 0 || m.in_name || m.candidates.empty() ||
          t_[m.token_begin].script != Script::kLatin)
        continue;
      PlaceView w = gaz_.Place(m.candidates[0].place);
      if (PointlessReading(w) || Coherence(key_ids_[mi], m.candidates[0].place, w) >= kNear) continue;
      // Every reading of the name, not only the candidates kept for the output (--explain keeps
      // more, and must not change the result).
      if (single_place_[mi] == UINT32_MAX)
        for (const Posting& po : postings_[mi]) {
          if (revise[mi]) break;
          if (po.place == m.candidates[0].place || (abbreviations_only_[mi] && !(po.flags & gazetteer::kNameAbbreviation)))
            continue;
          PlaceView c = gaz_.Place(po.place);
          revise[mi] = !PointlessReading(c) && Coherence(key_ids_[mi], po.place, c) >= kNear;
        }
      // "Osceola" after "Osceola County" beside Orlando: the bare name took the county the
      // first pass read (Michigan's); the second pass read it as Florida's.
      if (auto c = counties.find(m.key); !revise[mi] && c != counties.end() && c->second != mi) {
        const auto county = static_cast<uint32_t>(mentions_[c->second].place);
        revise[mi] = county != m.candidates[0].place && Coherence(key_ids_[mi], county, gaz_.Place(county)) >= kNear;
      }
      any = any || revise[mi];
    }
    if (!any) return;
    std::vector<Mention> before;
    for (size_t mi = 0; mi < mentions_.size(); ++mi)
      if (revise[mi]) before.push_back(mentions_[mi]);
    Resolve(true, &revise);
    BuildAnchors();
    size_t b = 0;
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      if (!revise[mi]) continue;
      Mention& old = before[b++];
      Mention& m = mentions_[mi];
      // Still no other name's reading within 200 km, while a reading scoring within half a point
      // of it (by the name itself, not an alternate name) has: that one ("Salisbury" among
      // Sharon, Kent, Canaan and Falls Village of Connecticut is no county seat of North
      // Carolina; "Kaliningrad" stays the Russian city, not Korolev's former name).
      PlaceView w0 = gaz_.Place(static_cast<uint32_t>(m.place));
      if (!PointlessReading(w0) && Coherence(key_ids_[mi], static_cast<uint32_t>(m.place), w0) < kNear) {
        constexpr float kCloseCall = 0.5f;
        const float name0 = NameMatch(m.candidates[0]);
        size_t best = 0;
        float best_near = 0;
        for (size_t k = 1; k < m.candidates.size() && m.candidates[0].score - m.candidates[k].score <= kCloseCall; ++k) {
          PlaceView c = gaz_.Place(m.candidates[k].place);
          if (NameMatch(m.candidates[k]) < name0 || PointlessReading(c)) continue;
          // The nearest to the others (within 50 km before within 200), then the best scored.
          const float near = Coherence(key_ids_[mi], m.candidates[k].place, c);
          if (near >= kNear && near > best_near) best = k, best_near = near;
        }
        if (best > 0) {
          std::rotate(m.candidates.begin(), m.candidates.begin() + static_cast<std::ptrdiff_t>(best),
                      m.candidates.begin() + static_cast<std::ptrdiff_t>(best) + 1);
          PlaceView c = gaz_.Place(m.candidates[0].place);
          m.place = m.candidates[0].place;
          m.lat = c.lat;
          m.lon = c.lon;
        }
      }
      // The same winner keeps its second-pass confidence and scores.
      if (m.place == old.place) {
        m = std::move(old);
        continue;
      }
      PlaceView w = gaz_.Place(static_cast<uint32_t>(m.place));
      if (PointlessReading(w) || Coherence(key_ids_[mi], static_cast<uint32_t>(m.place), w) < kNear) m = std::move(old);
    }
  }

  // Closeness of a candidate to the current winners of the other names (0 … 1): a name
  // never supports its own readings. Uses an equirectangular approximation: only the
  // 50/200/500 km bands matter here. Cached per name and candidate.
  float Coherence(uint32_t key, uint32_t place, const PlaceView& p) {
    auto [cached, added] = coherence_cache_.try_emplace((static_cast<uint64_t>(key) << 32) | place, 0.0f);
    if (!added) return cached->second;
    // 500 km is 4.5 degrees of latitude; a degree more keeps rounding on the safe side.
    constexpr double kBandDegrees = 5.5;
    auto first = std::lower_bound(anchors_.begin(), anchors_.end(), p.lat - kBandDegrees,
                                  [](const Anchor& a, double lat) { return a.lat < lat; });
    float best = 0;
    const double coslat = std::cos(p.lat * M_PI / 180.0);
    for (auto o = first; o != anchors_.end() && o->lat <= p.lat + kBandDegrees; ++o) {
      if (o->key == key) continue;
      double dx = (o->lon - p.lon) * coslat, dy = o->lat - p.lat;
      double d = 111.2 * std::sqrt(dx * dx + dy * dy);
      float s = d < 50 ? 1.0f : d < 200 ? 0.7f : d < 500 ? 0.3f : 0.0f;
      if (s > best) best = s;
      if (best == 1.0f) break;
    }
    cached->second = best;
    return best;
  }

  // Every candidate point of every name (not countries nor first-level regions, whose points
  // are centroids), sorted by latitude, for Colocation; and the number of distinct names
  // with candidates.
  void BuildCandidatePoints() {
    candidate_points_built_ = true;
    candidate_points_.clear();
    colocation_cache_.clear();
    std::vector<char> named;
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      if (mentions_[mi].in_name || dropped_[mi] || single_place_[mi] != UINT32_MAX || postings_[mi].empty()) continue;
      const uint32_t key = key_ids_[mi];
      if (named.size() <= key) named.resize(key + 1, 0);
      if (named[key]) continue;  // one name's candidates once
      named[key] = 1;
      for (const Posting& po : postings_[mi]) {
        PlaceView p = gaz_.Place(po.place);
        if (IsCountry(p) || IsAdmin1(p) || MacroRegion(p)) continue;
        candidate_points_.push_back({key, p.lat, p.lon});
      }
    }
    candidate_names_ = static_cast<uint32_t>(std::count(named.begin(), named.end(), 1));
    // A news article's names have a few hundred candidates (lgl.en: at most 311); a book-length
    // text with tens of thousands would make every candidate scan thousands in its band, and
    // its first-pass focus is sure enough without this.
    constexpr size_t kMaxPoints = 4000;
    if (candidate_points_.size() > kMaxPoints) {
      candidate_points_.clear();
      candidate_names_ = 0;
    }
    std::sort(candidate_points_.begin(), candidate_points_.end(),
              [](const Anchor& a, const Anchor& b) { return a.lat < b.lat; });
  }

  // The share of the text's other names that can be a place within 50 km of this candidate,
  // whatever the first pass chose for them (0 … 1). Local news names places of one area:
  // "Richmond ... London ... Twickenham" are neighbours in London, though the first pass
  // read Richmond, Virginia and Twickenham as Huntsville, Alabama (its former name), and the
  // second then chose London, Kentucky from those readings. Cached per name and candidate.
  float Colocation(uint32_t key, uint32_t place, double lat, double lon) {
    if (!candidate_points_built_) BuildCandidatePoints();
    if (candidate_names_ < 2) return 0;
    auto [cached, added] = colocation_cache_.try_emplace((static_cast<uint64_t>(key) << 32) | place, 0.0f);
    if (!added) return cached->second;
    constexpr double kKm = 50, kBandDegrees = 0.5;  // 50 km is 0.45 degrees of latitude
    auto first = std::lower_bound(candidate_points_.begin(), candidate_points_.end(), lat - kBandDegrees,
                                  [](const Anchor& a, double v) { return a.lat < v; });
    const double coslat = std::cos(lat * M_PI / 180.0);
    std::vector<uint32_t>& seen = colocated_keys_;
    seen.clear();
    for (auto o = first; o != candidate_points_.end() && o->lat <= lat + kBandDegrees; ++o) {
      if (o->key == key || std::find(seen.begin(), seen.end(), o->key) != seen.end()) continue;
      double dx = (o->lon - lon) * coslat, dy = o->lat - lat;
      if (111.2 * std::sqrt(dx * dx + dy * dy) <= kKm) seen.push_back(o->key);
    }
    cached->second = static_cast<float>(seen.size()) / static_cast<float>(candidate_names_ - 1);
    return cached->second;
  }

  // ------------------------------------------------------------ 4. relations
  void Relations() {
    std::vector<Mention> added;
    // Tokens inside a name: "الأوسط" of "الشرق الأوسط" is no bearing for the next name.
    std::vector<char> in_name(t_.size(), 0);
    for (const Mention& m : mentions_)
      for (uint32_t k = m.token_begin; k < m.token_end && k < t_.size(); ++k) in_name[k] = 1;
    for (size_t mi = 0; mi < mentions_.size(); ++mi) {
      Mention& anchor = mentions_[mi];
      if (anchor.place < 0 || anchor.demonym || anchor.in_name) continue;
      uint32_t b = anchor.token_begin;
      // Prefix bearing: "<phrase> X" (شمالي الرقة, north of X).
      const RelationWord* rel = nullptr;
      uint32_t rn = b > 0 ? MatchBefore(lex_.relations, b, lex_.max_relation_words, &rel) : 0;
      if (rn && in_name[b - rn]) rn = 0;
      if (rn && (rel->kind == "prefix_bearing" || rel->kind == "proximity")) {
        uint32_t r0 = b - rn;
        Relation r;
        r.kind = rel->kind == "proximity" ? "near" : "bearing";
        r.bearing = rel->bearing;
        r.anchor = static_cast<int>(mi);
        r.start = t_[r0].start;
        r.end = t_[b - 1].end;
        // "على بعد 30 كم شرق X" / "30 km east of X": a distance before the phrase.
        uint32_t start_tok = r0;
        const RelationWord* unit = nullptr;
        if (r0 >= 2 && MatchBefore(lex_.relations, r0, 1, &unit) && unit->kind == "distance_unit" &&
            t_[r0 - 2].kind == TokenKind::kNumber) {
          r.distance_km = ParseDistance(r0 - 2, Key(r0 - 1));
          start_tok = r0 - 2;
          r.start = t_[start_tok].start;
        }
        double km = r.distance_km > 0 ? r.distance_km : (r.kind == "near" ? 5.0 : 15.0);
        Mention rm;
        rm.relation = r;
        rm.confidence = 0.5f * anchor.confidence;
        rm.recognition = anchor.recognition;
        if (r.bearing >= 0) Destination(anchor.lat, anchor.lon, r.bearing, km, &rm.lat, &rm.lon);
        else { rm.lat = anchor.lat; rm.lon = anchor.lon; }
        rm.has_coordinates = true;
        // A named place right before the phrase (منطقة الأسدية شمالي الرقة) that the
        // gazetteer does not hold takes the relation; otherwise the phrase is the place.
        if (start_tok > 0 && UnknownName(start_tok - 1)) {
          uint32_t w = start_tok - 1;
          rm.start = t_[w].start;
          rm.end = t_[w].end;
          rm.token_begin = w;
          rm.token_end = w + 1;
          rm.key = std::string(Key(w));
          const Cue* cue = nullptr;
          if (w > 0 && MatchBefore(lex_.cues_before, w, lex_.max_cue_words, &cue)) rm.cue = cue->kind;
        } else {
          rm.derived = true;
          rm.start = r.start;
          rm.end = anchor.end;
          rm.token_begin = start_tok;
          rm.token_end = anchor.token_end;
          rm.key = Phrase(start_tok, anchor.token_end, Key(start_tok));
        }
        added.push_back(std::move(rm));
        continue;
      }
      // Suffix bearing: "ريف X الشمالي" (the northern countryside of X).
      uint32_t e = anchor.token_end;
      const RelationWord* suf = nullptr;
      if (e < t_.size() && MatchAfter(lex_.relations, e, lex_.max_relation_words, &suf) &&
          suf->kind == "suffix_bearing" && t_[b > 0 ? b - 1 : b].script == Script::kArabic &&
          b > 0 && Key(b - 1).ends_with("ريف")) {
        uint32_t sn = MatchAfter(lex_.relations, e, lex_.max_relation_words, &suf);
        Mention rm;
        Relation r;
        r.kind = "countryside";
        r.bearing = suf->bearing;
        r.anchor = static_cast<int>(mi);
        r.start = t_[e].start;
        r.end = t_[e + sn - 1].end;
        rm.relation = r;
        rm.derived = true;
        uint32_t s0 = b > 0 ? b - 1 : b;
        rm.start = t_[s0].start;
        rm.end = r.end;
        rm.token_begin = s0;
        rm.token_end = e + sn;
        rm.key = Phrase(s0, e + sn, Key(s0));
        if (r.bearing >= 0) Destination(anchor.lat, anchor.lon, r.bearing, 25.0, &rm.lat, &rm.lon);
        rm.has_coordinates = true;
        rm.confidence = 0.5f * anchor.confidence;
        added.push_back(std::move(rm));
      }
    }
    for (auto& a : added) mentions_.push_back(std::move(a));
  }

  // A word that looks like a name the gazetteer lacks: not already a mention, and
  // either announced by a settlement cue or (Arabic) carrying the article.
  bool UnknownName(uint32_t w) const {
    if (!IsWordLike(t_[w])) return false;
    for (const auto& m : mentions_)
      if (w >= m.token_begin && w < m.token_end) return false;
    std::string key(Key(w));
    if (lex_.nonplace.count(key) || lex_.relations.count(key)) return false;
    // "وهي قرية في شمال العراق": the preposition is no name.
    if (t_[w].script == Script::kArabic && !UnlistedNameWord(w)) return false;
    const Cue* cue = nullptr;
    if (w > 0 && MatchBefore(lex_.cues_before, w, lex_.max_cue_words, &cue) &&
        (cue->kind == "settlement" || cue->kind == "region" || cue->kind == "admin"))
      return true;
    if (t_[w].script == Script::kLatin) return t_[w].Has(text::kCapitalized);
    return false;
  }

  double ParseDistance(uint32_t num_tok, std::string_view unit) const {
    double v = std::strtod(std::string(Key(num_tok)).c_str(), nullptr);
    if (unit.starts_with("mile") || unit == "mi") v *= 1.609344;
    if (unit == "m" || unit == "متر") v /= 1000.0;
    return v;
  }

  Focus ComputeFocus(const std::vector<Mention>& ms) const {
    std::map<int64_t, FocusItem> countries, admin1s, cities;
    for (const auto& m : ms) {
      if (m.place < 0 || m.derived) continue;
      PlaceView p = gaz_.Place(static_cast<uint32_t>(m.place));
      const int64_t country = IsCountry(p) ? m.place : gaz_.Country(p.country);
      auto bump = [&](std::map<int64_t, FocusItem>& into, int64_t idx) {
        if (idx < 0) return;
        auto& f = into[idx];
        f.place = idx;
        f.country = country;
        f.score += m.confidence;
        f.mentions += 1;
      };
      bump(countries, country);
      if (IsAdmin1(p)) bump(admin1s, m.place);
      else if (!IsCountry(p) && !p.admin1.empty()) bump(admin1s, gaz_.Admin1(p.country, p.admin1));
      if (p.feature_class == 'P') bump(cities, m.place);
    }
    Focus f;
    auto out = [](std::map<int64_t, FocusItem>& from, std::vector<FocusItem>& to) {
      for (auto& [k, v] : from) to.push_back(v);
      std::sort(to.begin(), to.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
    };
    out(countries, f.countries);
    out(admin1s, f.admin1s);
    out(cities, f.cities);
    return f;
  }

  const gazetteer::Gazetteer& gaz_;
  const Lexicons& lex_;
  const text::Utf8Text& text_;
  const text::Tokens& toks_;
  const std::vector<Token>& t_;
  const Options& opt_;
  std::vector<Mention> mentions_;
  // Per mention (parallel to mentions_, recognition order).
  std::vector<std::span<const Posting>> postings_;
  std::vector<uint32_t> single_place_;
  struct Hint {
    std::string hint;  // the cue's feature hint ("P.PPLC", "A.ADM1|A.PCLI")
    float weight = 0;  // how strongly the cue announces a place (0-1)
  };
  std::vector<Hint> hints_;
  // Names right after a generic noun, with the places the noun and the name name together
  // ("منطقة الرياض": Riyadh Province): token index, postings of the whole phrase.
  std::vector<std::pair<uint32_t, std::span<const Posting>>> noun_phrases_;
  // Mentions that DropFarArabicNamesakes made local names, placed at the text's town.
  std::vector<char> local_names_;
  std::vector<int> match_forms_;
  std::vector<char> abbreviations_only_;  // "EU": only the abbreviation readings are candidates
  // Per mention: kRespelled, matched by the variant key (Match::respelled); kRomanisedAlternate,
  // a lone alternate name of a romanised town (AddMention); else 0.
  // kBareCounty, a county's name without "County" (MatchBareCounty), which needs its state.
  static constexpr char kRespelled = 1, kRomanisedAlternate = 2, kBareCounty = 3;
  std::vector<char> respelled_;
  std::vector<char> dropped_;  // DropPersonNames, DropUnsupportedRespellings: no place after all
  std::unordered_set<std::string> person_keys_;  // lone Latin names read as a person's (DropPersonNames)
  uint32_t person_end_ = UINT32_MAX;
  // The end of the last sentence-opening word read as the common word it is written as
  // elsewhere in lower case: a title-case headline goes on with such words ("Grand Jury Indicts").
  uint32_t common_word_end_ = UINT32_MAX;
  mutable std::unordered_set<std::string> acronyms_;  // DefinedAcronyms
  mutable std::unordered_set<std::string_view> capitalised_;  // CapitalisedLatinKeys
  mutable bool capitalised_made_ = false;
  mutable bool acronyms_made_ = false;  // the token after a pair of lone names read as a person's
  // First-pass winners (not countries) for spatial coherence, one per place (BuildAnchors).
  static constexpr uint32_t kManyKeys = UINT32_MAX;
  struct Anchor {
    uint32_t key;  // the id of the one name that chose the place, or kManyKeys
    double lat, lon;
  };
  std::vector<Anchor> anchors_;
  std::vector<uint32_t> key_ids_;  // per mention: its name's id (equal keys, equal ids)
  std::unordered_map<uint64_t, float> coherence_cache_;  // (name id, place) → Coherence
  std::vector<Anchor> candidate_points_;  // BuildCandidatePoints: every name's candidate points
  uint32_t candidate_names_ = 0;          // names with candidates
  bool candidate_points_built_ = false;
  std::unordered_map<uint64_t, float> colocation_cache_;  // (name id, place) → Colocation
  std::vector<uint32_t> colocated_keys_;                  // Colocation's scratch list
  std::vector<std::pair<double, double>> candidate_latlon_;  // Resolve's scratch: the scored candidates' points
  CandidateFlags cand_flags_;                                // Resolve's scratch: a mention's candidates
  std::unordered_map<uint64_t, CountyNames> counties_;  // see IndexCounties
  mutable std::vector<std::span<const std::string_view>> forms_;  // per token, see Forms
  mutable std::deque<std::vector<std::string_view>> owned_forms_;   // compound forms' lists
  mutable std::deque<std::string> owned_strings_;                   // and their new keys
  mutable std::vector<uint32_t> form_hash_at_;  // per token: its first FormHashes entry, see FormHashes
  mutable std::vector<FormHash> form_hashes_;
  mutable std::vector<std::string_view> settlement_cues_;  // SettlementCueBefore's keys
  mutable bool settlement_cues_made_ = false;
  mutable std::string phrase_;  // MatchBefore/MatchAfter's phrase buffer (no allocation per probe)
  std::string cur_;             // Recognize's name buffer
  uint32_t name_run_end_ = 0;   // end of a capitalised name a region word opened ("Gulf War")
  int county_list_word_ = -1;   // "counties" or "parishes" in the text (MatchCountyOfList); -1: not looked
  int county_abbreviation_ = -1;  // "Co." in the text (MatchAbbreviatedCounty); -1: not looked
  std::deque<std::vector<Posting>> variant_store_;  // postings of variant matches (spans point here)
};

}  // namespace

Geoparser::Geoparser(const gazetteer::Gazetteer& gazetteer, const Lexicons& lexicons)
    : gaz_(gazetteer), lex_(lexicons) {}

GeoResult Geoparser::Parse(const text::Utf8Text& text, const text::Tokens& tokens, const Options& options) const {
  return DocumentParser(gaz_, lex_, text, tokens, options).Run();
}

}  // namespace marsad::geo
