// Events: actors, quantities, dates and ACLED-style events from tokenized news text.
//
// Dictionaries (docs/dictionaries.md) are loaded once from data/dictionaries plus any
// number of user directories (`--dict DIR`, same layout, later entries override earlier
// ones); a malformed line is an error naming file:line. Phrases are keyed by tokenizing
// them with text::Tokenize and joining the token keys with one space, so a dictionary
// entry and running text are normalized by exactly the same code.
//
// Matching is token-based and longest-match-first; for Arabic the first token of a phrase
// may also match through a proclitic stem (والقصف → القصف, وقسد → قسد), the unstripped
// word being tried first. All-uppercase Latin aliases (IS, US, UN …) match only when the
// original text has the same case.
//
// Every item carries [start, end) code-point offsets into the original text.
// An EventExtractor is immutable and safe to share across threads; it borrows the
// Dictionaries, which must outlive it.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/gazetteer.h"
#include "marsad/geo.h"
#include "marsad/status.h"
#include "marsad/text.h"

namespace marsad::events {

struct ActorInfo {
  std::string id, name_ar, name_en, type;  // type: state_force, rebel_group, civilians …
  int inter = 0;                           // ACLED inter code 1–8 for the main theatre
  std::string cameo, country;              // CAMEO actor code, ISO alpha-2 (may be empty)
  // A government's military forces (the country's generic state forces, or its "Military
  // Forces of …" row), who act for it in violence; -1 for other actors. Set by Freeze.
  int32_t forces = -1;
  // Fights for its country's recognised government without being its forces (ACLED's
  // state affiliates: Yemen's Popular Resistance in 2015): actor_affiliations.tsv.
  bool pro_government = false;
  // A party to a conflict by its type alone: armed groups, state and foreign forces,
  // protesters and rioters (not governments, parties, media, civilians). Set by Freeze.
  bool party = false;
  // The media and the monitors (type "media", "monitor") report a war; they are no party to it.
  bool OnlyReports() const { return type == "media" || type == "monitor"; }
};

struct TriggerInfo {
  std::string lang, phrase, event_type, sub_event_type, cameo, plover;
  float weight = 0.5f;
};

enum class QuantityKind : uint8_t { kNumber, kMultiplier, kDualNoun, kApproxMany, kQualifier };

struct QuantityWord {
  QuantityKind kind = QuantityKind::kNumber;
  uint64_t value = 0;     // numbers, multipliers, duals, vague plurals
  std::string qualifier;  // more_than at_least about less_than up_to
  bool plural = false;    // a plural multiplier (آلاف، ملايين): alone it is a vague plural
  // A sound plural that is also written as the dual ("شرطيين", "مسلحين"): a dual only when a
  // word in the dual follows it ("شرطيين قتلا", "شرطيين بحرينيين كانا"), else no quantity word.
  bool agreeing = false;
};

// quantity_cues.tsv: the words around a number that say what it counts, or that it is no
// count at all (docs/dictionaries.md). `category` is a count category for kBefore, kToll,
// kAfter and kOne, and the reason (percent, currency, duration …) for the kNot kinds.
enum class QuantityCueKind : uint8_t {
  kBefore,       // a predicate before the counted phrase: قتل، مقتل، أصيب، killing
  kToll,         // a toll noun before the number, also for a bare number: حصيلة، death toll
  kAfter,        // a predicate after the counted phrase: قتلوا، لقوا مصرعهم، were killed
  kOne,          // a singular noun that is one person right after a predicate: بمصرع شخص
  kNotAfter,     // after the number, it is no count: بالمئة، دولار، كم، عاما، صباحا
  kNotBefore,    // before the number, it is no count: الساعة، عمره، بقيمة؛ year: عام 2017
  kMonth,        // a month name: a number beside it is a day or a year
  kCumulative,   // the counts beside it are running totals: منذ بداية، so far this year
  kSince,        // the same when followed by a year, a month or weeks/months/years: منذ، since, over
  kParticle,     // a number before it stands alone: "أصيب 25 في", "killed 5 on Friday"
  kBlock,        // none of these: a longer phrase that hides a shorter cue ("war monitor")
  kInclusion,    // "including", "بينهم": the predicate may come after the included count
  kOneAfter,     // a singular predicate after a kOne noun, which it makes one person: شخص لقي مصرعه
};
struct QuantityCue {
  QuantityCueKind kind = QuantityCueKind::kBefore;
  std::string category;
};

// Hash for string-keyed maps that also accept std::string_view lookups (with
// std::equal_to<>), so matching running text does not build temporary strings. Not
// noexcept on purpose: libstdc++ then stores each node's hash code, as it does for
// std::hash<std::string>, instead of rehashing keys while walking a bucket.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// A read-only open-addressing table from strings to values, built once from a map: a
// lookup on the per-token hot path probes one contiguous array with a 64-bit hash the
// caller has already computed (for a filter) and compares one key, instead of hashing the
// key again and chasing a bucket's node list. `hash` must be the function Find's callers use.
template <class V>
class FlatTable {
 public:
  template <class Map, class Hash>
  void Build(const Map& m, Hash hash) {
    size_t cap = 16;
    while (cap < m.size() * 2) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    pool_.clear();
    for (const auto& [k, v] : m) {
      const uint64_t h = hash(std::string_view(k));
      size_t i = h & mask_;
      while (slots_[i].len != kEmpty) i = (i + 1) & mask_;
      Slot& s = slots_[i];
      s.h = h;
      s.off = static_cast<uint32_t>(pool_.size());
      s.len = static_cast<uint32_t>(k.size());
      s.v = v;
      const std::string_view kv(k);
      if (kv.size() <= kInline) std::memcpy(s.inl, kv.data(), kv.size());
      else pool_ += kv;
    }
    size_ = m.size();
  }
  const V* Find(std::string_view key, uint64_t h) const {
    if (size_ == 0) return nullptr;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.len == kEmpty) return nullptr;
      // The length is equal: the bytes alone compared (std::string::compare checked the
      // offset and compared the lengths again on every probe that got this far).
      // A key of up to 16 bytes (most words) is compared in the slot, not in the pool, which
      // was one more cache miss per word found.
      if (s.h == h && s.len == key.size() &&
          (s.len <= kInline ? SameShort(s.inl, key.data(), s.len) : std::memcmp(pool_.data() + s.off, key.data(), s.len) == 0))
        return &s.v;
    }
  }
  size_t size() const { return size_; }
  // Asks the cache for the slot a key of hash `h` is looked up at first (Find(key, h) soon).
  void Prefetch(uint64_t h) const {
    if (size_ != 0) __builtin_prefetch(&slots_[h & mask_]);
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  static constexpr size_t kInline = 16;
  // Whether the n <= kInline bytes at a and b are equal, without a call to memcmp (a call on
  // every key found: about 100,000 per 300 corpus articles from LongestMatchAt alone): the
  // first and the last eight bytes (or four), overlapping, cover all n of them.
  static bool SameShort(const char* a, const char* b, size_t n) {
    if (n >= 8) return SameEnds<uint64_t>(a, b, n);
    if (n >= 4) return SameEnds<uint32_t>(a, b, n);
    for (size_t k = 0; k < n; ++k)
      if (a[k] != b[k]) return false;
    return true;
  }
  // The first and the last sizeof(Word) <= n bytes of a and b are equal.
  template <class Word>
  static bool SameEnds(const char* a, const char* b, size_t n) {
    Word a0, b0, a1, b1;
    std::memcpy(&a0, a, sizeof(Word));
    std::memcpy(&b0, b, sizeof(Word));
    std::memcpy(&a1, a + n - sizeof(Word), sizeof(Word));
    std::memcpy(&b1, b + n - sizeof(Word), sizeof(Word));
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  struct Slot {
    uint64_t h = 0;
    uint32_t off = 0, len = kEmpty;
    char inl[kInline] = {};  // the key, when it has at most kInline bytes (else in pool_ at off)
    V v{};
  };
  std::vector<Slot> slots_;
  std::string pool_;
  size_t mask_ = 0, size_ = 0;
};

// One entry of a phrase index: what a token sequence means.
struct PhraseEntry {
  uint32_t index = 0;       // into the owning table (actors, triggers …)
  std::string exact;        // non-empty: the original surface must equal this (acronyms)
};

// The records of one key as PhraseIndex::entries_table holds them (a FlatTable's slot): the
// vector, and beside it the index of a key with one record and no exact form (most keys), so
// that a match reads the slot alone and not the vector's elements, one more cache miss.
struct PhraseEntries : std::vector<PhraseEntry> {
  static constexpr uint32_t kNone = UINT32_MAX;
  uint32_t sole = kNone;  // front().index when the key has one record and its `exact` is empty
  PhraseEntries() = default;
  PhraseEntries& operator=(const std::vector<PhraseEntry>& es) {
    std::vector<PhraseEntry>::operator=(es);
    sole = es.size() == 1 && es.front().exact.empty() ? es.front().index : kNone;
    return *this;
  }
};

// Token-sequence dictionary: key = token keys joined by ' '.
// A first key's value in PhraseIndex::first_table: the most tokens of a phrase starting with
// it, and what the key is as a phrase of one token, so that a one-token match (most matches)
// reads this slot alone and not entries_table's as well (one cache miss less).
struct FirstEntry {
  enum One : uint8_t {
    kNoRecord,  // the key is no phrase of one token
    kSole,      // its records are one, `sole`, with no exact form (PhraseEntries::sole)
    kRecords,   // other records: read entries_table
  };
  uint8_t max_tokens = 0;
  One one = kNoRecord;
  uint32_t sole = PhraseEntries::kNone;
};

struct PhraseIndex {
  std::unordered_map<std::string, std::vector<PhraseEntry>, StringHash, std::equal_to<>> entries;
  std::unordered_map<std::string, uint8_t, StringHash, std::equal_to<>> first;  // first token key → most tokens after it
  size_t max_tokens = 1;
  // A small Bloom filter over the keys of `first`, kept by Add: most words start no
  // phrase, and the filter says so without probing `first`. Empty: no filtering.
  std::vector<uint64_t> first_filter;
  std::vector<uint64_t> entries_filter;  // the same over the keys of `entries`
  // The same over the first two words of the keys of two words or more (PairHash of their
  // FirstFilterHash, src/events/match.h), built by Freeze: most words that start a longer
  // phrase are followed by a word that starts none with them.
  std::vector<uint64_t> pair_filter;
  // This index's bit in Dictionaries::starts (set by Dictionaries::Load; 0: not in it).
  uint8_t start_bit = 0;
  // `first` and `entries` as FlatTables keyed by FirstFilterHash (src/events/match.h),
  // which matching reads; built by Freeze (Dictionaries::Load), after the last Add.
  // first_table's values also tell what each first key is as a phrase of one token.
  FlatTable<FirstEntry> first_table;
  FlatTable<PhraseEntries> entries_table;
  void Add(std::string_view phrase, uint32_t index, bool case_sensitive);
  void Freeze();
};

struct Dictionaries {
  std::vector<ActorInfo> actors;
  std::unordered_map<std::string, uint32_t> actor_by_id;
  std::vector<TriggerInfo> triggers;
  std::vector<QuantityWord> quantity_words;
  std::vector<std::string> count_categories;  // category of each count noun
  std::vector<QuantityCue> quantity_cues;     // quantity_cues.tsv, indexed by quantity_cue_phrases
  PhraseIndex actor_aliases, trigger_phrases, quantity_phrases, count_nouns, quantity_cue_phrases;
  // actor_remap.tsv: generic actor → (country or "*", actor index or -1 for none). A
  // generic mention ("قوات النظام", "التحالف") means the row of the article's focus country.
  std::unordered_map<uint32_t, std::vector<std::pair<std::string, int32_t>>> actor_remap;
  // The first token keys of all the phrase indexes → their start_bits, with a filter as
  // PhraseIndex::first_filter: one lookup per token tells which indexes may match there
  // (PhraseStarts), instead of one per index. Built by Freeze.
  FlatTable<uint8_t> starts;
  std::vector<uint64_t> starts_filter;
  // The keys of quantity_cue_phrases with a kOne cue ("شخص" of "بمصرع شخص"), keyed as
  // `starts`: a one-token kOne cue is one of them, which FindQuantities tests before it
  // matches the cue index at every token that is no number. Built by Freeze.
  FlatTable<uint8_t> one_cue_keys;
  // A state's aircraft by the adjective of its nationality, from the armed forces' aliases
  // "الطائرات X" / "الطيران X" (X: "التركيه", "التركي", "الاسراييليه" ...): FindActors
  // reads "طائرات حربية تركية", "المقاتلات التركية", "طائرة إسرائيلية" as these forces,
  // whatever the aircraft's word. Built by Freeze.
  std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>> aircraft_by_nationality;
  // The same in English, from the aliases "X warplanes" / "X jets" / "X aircraft" (X:
  // "russian", "israeli", "regime"): FindActors reads "Russian air strikes", "Syrian strikes",
  // "regime airstrikes" as these forces. Built by Freeze.
  std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>> english_aircraft_by_nationality;
  // The definite adjectives of ar/demonyms.tsv ("اليمنيه", "السوري"), as keys, to their country's
  // ISO code: where fire came from ("من داخل الأراضي اليمنية").
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> country_of_adjective;
  // Builds the lookup tables (starts, each index's tables): Load calls it after all files.
  void Freeze();
  // Adds other frozen indexes (ProvenanceDictionaries' claim and outlet phrases) to
  // `starts` with the next free bits, so that the one PhraseStarts pass of a document
  // serves AttributeClaims too (Resources::Load). Eight indexes in all get a bit.
  void AddStartIndexes(std::initializer_list<PhraseIndex*> more);
  // Set by AddStartIndexes (Freeze) to a number no other call of any Dictionaries gets: what
  // PhraseStarts finds for a word depends on these tables only, and it keeps its answers
  // across documents for dictionaries with the same serial (0: never built, none kept).
  uint64_t starts_serial = 0;

  // Loads base_dir (normally data/dictionaries) then every user dir in order. In user dirs
  // any file may be missing; the built-in files must exist.
  static Result<Dictionaries> Load(const std::string& base_dir, const std::vector<std::string>& user_dirs = {});
};

// ---------------------------------------------------------------- results
struct ActorMention {
  uint32_t start = 0, end = 0;             // code points
  uint32_t token_begin = 0, token_end = 0;
  int32_t actor = -1;                      // index into Dictionaries::actors
  bool back_reference = false;             // generic "التنظيم" / "the group" linked to a named actor
  // A party to the conflict here: an armed group, state or foreign forces, protesters or
  // rioters, or anyone else (a government, an organisation) named as actor 1 or 2 of an
  // event. Not: civilians (victims), media, and governments, parties or agencies that only
  // speak, meet or are spoken of.
  bool belligerent = false;
  // The adjective of a state after a strike noun ("غارة إسرائيلية", "القصف التركي") or
  // before an English one ("Russian air strikes"): the strike's author.
  bool nation_adjective = false;
  float confidence = 0;
  // The generic row the mention was read as before actor_remap.tsv gave it the article's
  // country ("الشرطة", "the army": generic_police, generic_state_forces), -1 for a named actor:
  // an event at a place of another country takes that country's row.
  int32_t generic = -1;
};

struct Quantity {
  uint32_t start = 0, end = 0;             // the number (or vague plural / dual noun)
  uint32_t phrase_start = 0, phrase_end = 0;  // qualifier … counted noun
  uint32_t token_begin = 0, token_end = 0;    // tokens of the whole phrase
  uint64_t value = 0;
  std::string qualifier = "exact";         // exact more_than at_least about less_than up_to vague
  std::string category;                    // killed wounded bodies fighters civilians … or a time unit
  std::string of;                          // who was counted when a category noun precedes (مقتل 5 مدنيين)
  int32_t actor = -1;                      // the actor the count belongs to, where the sentence says
  // A running or war total ("منذ بداية الحرب", "so far this year", "over four months"):
  // not one incident's toll.
  bool cumulative = false;
  // A toll said to be preliminary ("حصيلة القتلى الأولية هي 10", "an initial toll of"): a later
  // figure of the same incident replaces it, higher or not.
  bool preliminary = false;
  // Told of the incident the news is timed from ("days after dozens of aid workers were killed
  // in an attack on a convoy"): not the toll of the clause's own incident.
  bool earlier_incident = false;
  int32_t claim = -1;                      // index into EventResult::claims (marsad/provenance.h)
};

struct DateMention {
  uint32_t start = 0, end = 0;
  uint32_t token_begin = 0, token_end = 0;
  std::string kind;       // absolute | relative | duration
  std::string date;       // ISO start date (YYYY-MM-DD), empty when no anchor
  std::string end_date;   // ISO end date for a range (week, month, year), else == date
  std::string precision;  // day week month year
  bool resolved = false;
};

struct Event {
  uint32_t start = 0, end = 0;             // evidence: the sentence
  uint32_t trigger_start = 0, trigger_end = 0;
  int32_t trigger = -1;                    // index into Dictionaries::triggers
  std::string event_type, sub_event_type, cameo, plover;
  int32_t actor1 = -1, actor2 = -1;        // indexes into Dictionaries::actors
  int32_t actor1_mention = -1, actor2_mention = -1;  // indexes into EventResult::actors
  // ACLED's associated actor 2: the group of civilians actor 2 stands for ("Journalists" of
  // "Civilians (Syria)"), -1 when none.
  int32_t assoc_actor2 = -1;
  int32_t place_mention = -1;              // index into GeoResult::mentions, -1: document focus
  int64_t place = -1;                      // gazetteer place index, -1 when none
  std::string date, date_precision;        // ISO date, day|week|month|year
  bool date_from_published = false;        // no date in the clause: the publication date stands in
  bool date_from_context = false;          // no date in the clause: an earlier sentence's date stands in
  bool date_from_claim = false;            // the clause's only day is its claim of responsibility's
  uint64_t fatalities = 0;
  int32_t fatalities_quantity = -1;        // index into EventResult::quantities of the toll used
  // Evidence of the same incident elsewhere in the document (the lead, the quote, the
  // recap), [start, end) code points of each merged sentence, this event's own first.
  std::vector<std::pair<uint32_t, uint32_t>> mentions;
  float confidence = 0;
  int32_t claim = -1;                      // index into EventResult::claims (marsad/provenance.h)
};

// A trigger that reports no incident, and why (`--explain`): a threat, a plan, a denial,
// a negation, history, a cumulative toll, commentary.
struct SkippedEvent {
  uint32_t start = 0, end = 0;                  // the sentence
  uint32_t trigger_start = 0, trigger_end = 0;
  std::string event_type, sub_event_type;
  std::string reason;
};

// Who claims an event or a count (marsad/provenance.h): the claimant's span ("مصدر خاص للرقة24")
// and its English words ("a private source of Raqqa24").
struct Claim {
  uint32_t start = 0, end = 0;  // code points
  std::string name_en;
};

struct EventResult {
  std::vector<ActorMention> actors;
  std::vector<Quantity> quantities;
  std::vector<DateMention> dates;
  std::vector<Event> events;
  std::vector<SkippedEvent> skipped;
  std::vector<Claim> claims;  // filled by AttributeClaims (marsad/provenance.h)
};

// Parses "YYYY-MM-DD", "YYYY/MM/DD", "YYYYMMDD" or an ISO timestamp's date part.
bool ParseIsoDate(std::string_view s, int* y, int* m, int* d);

class PhraseStarts;  // src/events/match.h

class EventExtractor {
 public:
  // `gaz` (may be null) tells the places of English clauses apart (src/events/english.h).
  explicit EventExtractor(const Dictionaries& dicts, const gazetteer::Gazetteer* gaz = nullptr) : d_(dicts), gaz_(gaz) {}

  // `published` may be empty: relative dates then stay unresolved. `geo` may be empty.
  // `focus_country` (ISO alpha-2, may be empty) resolves generic actors (actor_remap.tsv).
  // `starts` (may be null: Extract computes it) is the document's PhraseStarts over these
  // dictionaries, for a caller that shares it with AttributeClaims. `written` (may be empty:
  // `published`) is the day the article was written (EditionDay, marsad/pubdate.h): an event
  // its text does not date at all is dated to it.
  EventResult Extract(const text::Utf8Text& text, const text::Tokens& tokens,
                      const std::vector<text::Sentence>& sentences, const geo::GeoResult& geo,
                      std::string_view published, std::string_view focus_country = {},
                      const PhraseStarts* starts = nullptr, std::string_view written = {}) const;

  // The stages, exposed for tests; each appends to `out`. `starts` (from Extract) says
  // where phrases may begin; null: everywhere.
  void FindActors(const text::Utf8Text& text, const text::Tokens& tokens,
                  const std::vector<text::Sentence>& sentences, EventResult* out,
                  const PhraseStarts* starts = nullptr) const;
  void FindQuantities(const text::Utf8Text& text, const text::Tokens& tokens,
                      const std::vector<text::Sentence>& sentences, EventResult* out,
                      const PhraseStarts* starts = nullptr) const;
  void FindDates(const text::Utf8Text& text, const text::Tokens& tokens, std::string_view published,
                 EventResult* out, const PhraseStarts* starts = nullptr) const;

  const Dictionaries& dictionaries() const { return d_; }

 private:
  const Dictionaries& d_;
  const gazetteer::Gazetteer* gaz_ = nullptr;
};

}  // namespace marsad::events
