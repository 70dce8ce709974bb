// What makes an extracted event a finished record (issue 14 §1): the outlet that reported
// it, who claims each event and count, and the country table of the ACLED columns.
//
// ProvenanceDictionaries are loaded once (Resources::Load) from data/dictionaries
// (outlets.tsv, countries.tsv, ar/claim_cues.tsv, en/claim_cues.tsv) and any user
// directories (`--dict DIR`, same layout, later rows override earlier ones); a malformed
// line is an error naming file:line. They are immutable afterwards and shared by threads.
//
// FindOutlet names the outlet of a document: the input's `source` field (an outlet code or
// name), else the URL's domain, else a dateline at the start of the text ("الرياض - واس:",
// "BEIRUT (Reuters) -"). It never returns a file path or a URL.
//
// AttributeClaims finds who claims what: an attribution cue (بحسب، قال، أفاد، according to,
// "X said", "the ministry announced") with its claimant (مصدر خاص, أحد المدنيين, an actor, an
// outlet …, or المصدر / "the source" for the last one named), and gives each event and each
// count the claim of its sentence, or of the quotation it stands in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/document.h"
#include "marsad/events.h"
#include "marsad/status.h"
#include "marsad/text.h"

namespace marsad::events {

struct OutletInfo {
  std::string id, name, scale, country;  // scale: ACLED source_scale; country: ISO alpha-2
};

// countries.tsv: ACLED's name, ISO numeric and region of a country.
struct CountryInfo {
  std::string iso2, iso3, name, region;
  int numeric = 0;
};

// ar/claim_cues.tsv, en/claim_cues.tsv (docs/dictionaries.md).
enum class ClaimCueKind : uint8_t {
  kClaimant,  // one who claims: مصدر خاص, أحد المدنيين, a security source
  kBackRef,   // the last claimant named: المصدر, the source
  kIntro,     // the claimant follows: بحسب, نقلا عن, according to
  kVerb,      // a verb of saying: Arabic claimant after it (قال مصدر), English before it (X said)
  kModifier,  // extends the claimant before it: الذين خرجوا من المدينة
  kContinues, // the claimant named last goes on: قائلا، مشيرا إلى، adding
};
struct ClaimCue {
  ClaimCueKind kind = ClaimCueKind::kClaimant;
  std::string name_en;  // claimants, back-references and modifiers: the English words
};

struct ProvenanceDictionaries {
  std::vector<OutletInfo> outlets;
  std::unordered_map<std::string, uint32_t> outlet_by_code;    // lower-case code or name → outlet
  std::unordered_map<std::string, uint32_t> outlet_by_domain;  // lower-case domain → outlet
  PhraseIndex outlet_phrases;                                  // names and dateline forms
  std::unordered_map<std::string, CountryInfo> countries;      // by ISO alpha-2
  std::vector<ClaimCue> claim_cues;
  PhraseIndex claim_phrases;

  const CountryInfo* Country(std::string_view iso2) const;
  // Loads base_dir (normally data/dictionaries), whose files must exist, then each user dir
  // (any file may be missing there).
  static Result<ProvenanceDictionaries> Load(const std::string& base_dir, const std::vector<std::string>& user_dirs = {});
};

// The outlet of a document; empty name when nothing names one.
struct OutletMatch {
  std::string name, scale;
  std::string from;  // "input" (the source field), "url", "dateline"
};
OutletMatch FindOutlet(const ProvenanceDictionaries& rd, const Document& doc, const text::Utf8Text& text,
                       const text::Tokens& tokens);

// Fills r->claims and the `claim` of every event and quantity. `d` gives the actors'
// English names (an actor after a cue is a claimant). `starts` (may be null) is the
// document's PhraseStarts over `d` after d.AddStartIndexes({&rd.claim_phrases,
// &rd.outlet_phrases}): the cues are then looked for only where one may start.
void AttributeClaims(const ProvenanceDictionaries& rd, const Dictionaries& d, const text::Utf8Text& text,
                     const text::Tokens& tokens, const std::vector<text::Sentence>& sentences, EventResult* r,
                     const PhraseStarts* starts = nullptr);

}  // namespace marsad::events
