// Merging the trained recognizer's spans with the gazetteer matcher's (marsad/tagger.h).
#include <algorithm>
#include <cmath>
#include <limits>

#include "marsad/tagger.h"

namespace marsad::geo {

bool ParseRecognizerMode(std::string_view name, RecognizerMode* mode) {
  if (name == "gazetteer") *mode = RecognizerMode::kGazetteer;
  else if (name == "model") *mode = RecognizerMode::kModel;
  else if (name == "combined") *mode = RecognizerMode::kCombined;
  else return false;
  return true;
}

namespace {

// The best entry for a name the model found: administrative areas and populated places
// first, then population (the geoparser's full scoring needs its own context).
int64_t ResolveKey(const gazetteer::Gazetteer& gaz, std::string_view key) {
  int64_t best = -1;
  int best_rank = -1;
  uint64_t best_pop = 0;
  for (const auto& p : gaz.Lookup(key)) {
    auto pv = gaz.Place(p.place);
    int rank = pv.feature_code.starts_with("PCL") ? 3 : (pv.feature_class == 'A' || pv.feature_class == 'P') ? 2 : 1;
    if (rank > best_rank || (rank == best_rank && pv.population > best_pop)) {
      best = p.place;
      best_rank = rank;
      best_pop = pv.population;
    }
  }
  return best;
}

Mention FromSpan(const TaggedSpan& s, const text::Tokens& tokens, const gazetteer::Gazetteer* gaz) {
  Mention m;
  m.start = s.start;
  m.end = s.end;
  m.token_begin = s.token_begin;
  m.token_end = s.token_end;
  m.recognition = 1.f / (1.f + std::exp(-s.margin / 4.f));
  std::string rest;
  for (uint32_t i = s.token_begin + 1; i < s.token_end; ++i) {
    rest += ' ';
    rest += tokens.Key(i);
  }
  m.key = std::string(tokens.Key(s.token_begin)) + rest;
  if (gaz) {
    for (const auto& stem : tokens.Stems(s.token_begin)) {
      std::string key = std::string(stem) + rest;
      int64_t place = ResolveKey(*gaz, key);
      if (place < 0) continue;
      auto pv = gaz->Place(static_cast<uint32_t>(place));
      m.key = key;
      m.place = place;
      m.lat = pv.lat;
      m.lon = pv.lon;
      m.has_coordinates = true;
      ScoredCandidate c;
      c.place = static_cast<uint32_t>(place);
      c.score = m.recognition;
      c.features.push_back({"model_span", m.recognition});
      m.candidates.push_back(std::move(c));
      break;
    }
  }
  m.confidence = m.place >= 0 ? 0.6f * m.recognition : 0.4f * m.recognition;
  m.cue = "";
  return m;
}

bool Overlaps(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) { return a0 < b1 && b0 < a1; }

// Hashtags (#الكويت_تغرق) are topics as often as places: the model knows their conventions.
bool InHashtag(const Mention& m, const text::Tokens& tokens) {
  for (uint32_t i = m.token_begin; i < m.token_end && i < tokens.tokens.size(); ++i)
    if (tokens.tokens[i].Has(text::kHashtagPart) || tokens.tokens[i].Has(text::kHashtagFirst)) return true;
  return false;
}

}  // namespace

void ApplyRecognizer(const Tagger& tagger, RecognizerMode mode, const text::Tokens& tokens, const TaggerContext& ctx,
                     GeoResult* result) {
  if (mode == RecognizerMode::kGazetteer) return;
  std::vector<int> tags;
  std::vector<float> place_margin;
  auto spans = tagger.Tag(tokens, ctx, &tags, &place_margin);
  std::vector<const TaggedSpan*> places;
  for (const auto& s : spans)
    if (s.label == EntityLabel::kPlace) places.push_back(&s);

  auto& old = result->mentions;
  std::vector<char> keep(old.size(), 1);
  // One sense per document: the places the model confirms somewhere (a PLACE span overlaps
  // a mention resolved to them) are places wherever the text names them.
  std::vector<int64_t> confirmed;
  for (const auto& m : old)
    if (m.place >= 0 && std::any_of(places.begin(), places.end(), [&](const TaggedSpan* s) {
          return Overlaps(s->start, s->end, m.start, m.end);
        }))
      confirmed.push_back(m.place);
  // ... and the places of a province the model confirms a place in (Aden's districts
  // named after Aden): local news names many places of one province.
  std::vector<std::string> regions;
  if (ctx.gazetteer)
    for (int64_t c : confirmed) {
      auto p = ctx.gazetteer->Place(static_cast<uint32_t>(c));
      if (!p.admin1.empty() && !(p.feature_class == 'A' && p.feature_code.starts_with("PCL")))
        regions.push_back(std::string(p.country) + "." + std::string(p.admin1));
    }
  auto in_confirmed_region = [&](const Mention& m) {
    if (!ctx.gazetteer || m.place < 0) return false;
    auto p = ctx.gazetteer->Place(static_cast<uint32_t>(m.place));
    if (p.admin1.empty() || (p.feature_class == 'A' && p.feature_code.starts_with("PCL"))) return false;
    return std::find(regions.begin(), regions.end(), std::string(p.country) + "." + std::string(p.admin1)) !=
           regions.end();
  };
  for (size_t k = 0; k < old.size(); ++k) {
    const auto& m = old[k];
    if (m.derived || m.demonym) continue;
    if (mode == RecognizerMode::kModel) {
      keep[k] = std::any_of(places.begin(), places.end(),
                            [&](const TaggedSpan* s) { return Overlaps(s->start, s->end, m.start, m.end); });
    } else if (m.token_end <= tags.size() &&
               std::none_of(places.begin(), places.end(),
                            [&](const TaggedSpan* s) { return Overlaps(s->start, s->end, m.start, m.end); })) {
      // The model's case against a place reading: the weakest rejection over the tokens.
      float against = std::numeric_limits<float>::infinity();
      bool entity = true;
      for (uint32_t i = m.token_begin; i < m.token_end; ++i) {
        against = std::min(against, place_margin[i]);
        entity = entity && tags[i] >= 3;
      }
      bool single = m.token_end == m.token_begin + 1;
      // An Arabic name of a place the model confirms elsewhere in the text, or in a province
      // it confirms, is dropped only when the model reads it as a person's or an
      // organisation's name; hashtags keep the model's conventions. (Not in English, where
      // one text often names a person and a place alike: measured, it only cost precision.)
      const bool arabic = tokens.tokens[m.token_begin].script == text::Script::kArabic;
      const bool supported = arabic && !InHashtag(m, tokens) &&
                             (std::find(confirmed.begin(), confirmed.end(), m.place) != confirmed.end() ||
                              in_confirmed_region(m));
      if ((entity && single && against >= kDropMargin) || (against >= kDropOtherMargin && !supported)) keep[k] = 0;
    }
  }
  // Kept mentions and new spans, in text order; old indices remapped for relation anchors.
  struct Item {
    Mention m;
    int old_index;
  };
  std::vector<Item> items;
  for (size_t k = 0; k < old.size(); ++k)
    if (keep[k]) items.push_back({std::move(old[k]), static_cast<int>(k)});
  size_t n_kept = items.size();
  for (const TaggedSpan* s : places) {
    bool covered = false;
    for (size_t k = 0; k < n_kept && !covered; ++k) {
      const auto& m = items[k].m;
      covered = !m.derived && Overlaps(s->start, s->end, m.start, m.end);
    }
    if (!covered) items.push_back({FromSpan(*s, tokens, ctx.gazetteer), -1});
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return a.m.start != b.m.start ? a.m.start < b.m.start : a.m.end < b.m.end;
  });
  std::vector<int> remap(old.size(), -1);
  for (size_t k = 0; k < items.size(); ++k)
    if (items[k].old_index >= 0) remap[items[k].old_index] = static_cast<int>(k);
  old.clear();
  for (auto& it : items) {
    if (it.m.relation && it.m.relation->anchor >= 0)
      it.m.relation->anchor = it.m.relation->anchor < static_cast<int>(remap.size()) ? remap[it.m.relation->anchor] : -1;
    old.push_back(std::move(it.m));
  }
}

}  // namespace marsad::geo
