// Shared helpers for the events tests: the repository's dictionaries and record dictionaries
// (outlets, countries, claim cues), loaded once, and a one-call run of the events layer on a
// string (no gazetteer: an empty GeoResult).
#pragma once

#include <gtest/gtest.h>

#include <string>

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

inline Run RunEvents(const std::string& s, const std::string& published = "", const std::string& focus_country = "") {
  Run r;
  r.text = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  auto toks = text::Tokenize(r.text);
  auto sentences = text::SplitSentences(r.text, toks);
  EventExtractor ex(Dicts());
  r.result = ex.Extract(r.text, toks, sentences, geo::GeoResult{}, published, focus_country);
  return r;
}

}  // namespace marsad::events::testing
