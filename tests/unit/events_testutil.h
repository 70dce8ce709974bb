// Shared helpers for the events tests: the repository's dictionaries and record dictionaries
// (outlets, countries, claim cues), loaded once, and a one-call run of the events layer on a
// string (no gazetteer: an empty GeoResult).
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "marsad/events.h"
#include "marsad/provenance.h"

namespace marsad::events::testing {

inline const Dictionaries& Dicts() {
  static const Dictionaries* d = [] {
    auto r = Dictionaries::Load(std::string(MARSAD_SOURCE_DIR) + "/data/dictionaries");
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      return new Dictionaries();
    }
    return new Dictionaries(std::move(r).value());
  }();
  return *d;
}

inline const ProvenanceDictionaries& Records() {
  static const ProvenanceDictionaries* rd = [] {
    auto r = ProvenanceDictionaries::Load(std::string(MARSAD_SOURCE_DIR) + "/data/dictionaries");
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      return new ProvenanceDictionaries();
    }
    return new ProvenanceDictionaries(std::move(r).value());
  }();
  return *rd;
}

struct Run {
  text::Utf8Text text;
  EventResult result;
  std::string Surface(uint32_t s, uint32_t e) const { return std::string(text.Slice(s, e)); }
};

// `geo` stands in for the geoparser's result; `place_spans` gives its mentions as
// (surface, place index) pairs, found in the text in order (their tokens are looked up);
// `gaz`, when given, is the index those place indices are of.
inline Run RunEvents(const std::string& s, const std::string& published = "", const std::string& focus_country = "",
                     geo::GeoResult geo = {}, const std::vector<std::pair<std::string, int64_t>>& place_spans = {},
                     const gazetteer::Gazetteer* gaz = nullptr) {
  Run r;
  r.text = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  auto toks = text::Tokenize(r.text);
  auto sentences = text::SplitSentences(r.text, toks);
  for (const auto& [surface, place] : place_spans) {
    for (size_t i = 0; i < toks.tokens.size(); ++i) {
      if (r.text.Slice(toks.tokens[i].start, toks.tokens[i].end) != surface) continue;
      geo::Mention m;
      m.start = toks.tokens[i].start;
      m.end = toks.tokens[i].end;
      m.token_begin = static_cast<uint32_t>(i);
      m.token_end = static_cast<uint32_t>(i + 1);
      m.place = place;
      geo.mentions.push_back(m);
      break;
    }
  }
  EventExtractor ex(Dicts(), gaz);
  r.result = ex.Extract(r.text, toks, sentences, geo, published, focus_country);
  return r;
}

// Each of `sentences`, alone and published on `published` (in an article on `focus_country`),
// reports no event.
inline void ExpectNoEvents(std::initializer_list<const char*> sentences, const std::string& published,
                           const std::string& focus_country = "") {
  for (const char* s : sentences) EXPECT_TRUE(RunEvents(s, published, focus_country).result.events.empty()) << s;
}

// The events of `r` for which `pred` holds, in order.
template <typename Pred>
std::vector<const Event*> EventsWhere(const Run& r, Pred pred) {
  std::vector<const Event*> out;
  for (const Event& e : r.result.events)
    if (pred(e)) out.push_back(&e);
  return out;
}

// `events` is one event of sub-type `sub_type` (and, when given, of `fatalities` dead).
inline ::testing::AssertionResult OneEvent(const std::vector<Event>& events, const std::string& sub_type,
                                           int64_t fatalities = -1) {
  if (events.size() != 1) return ::testing::AssertionFailure() << events.size() << " events, not one";
  if (events[0].sub_event_type != sub_type) return ::testing::AssertionFailure() << "sub-type " << events[0].sub_event_type;
  if (fatalities >= 0 && events[0].fatalities != static_cast<uint64_t>(fatalities))
    return ::testing::AssertionFailure() << "fatalities " << events[0].fatalities;
  return ::testing::AssertionSuccess();
}

}  // namespace marsad::events::testing
