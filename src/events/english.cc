#include "english.h"

#include <initializer_list>

namespace marsad::events {
namespace {

// What each kind of mention costs on top of its distance to the trigger, in code points
// (about six per word): a place the clause does not put the incident in (no locative word
// before it) loses to one it does within some 25 words; a country to a province or a town
// within some 50; a province to a town within some 15; a place outside the article's
// country (an actor's country, a dateline, the seat of a monitor) to one inside it.
constexpr uint32_t kNotLocative = 150, kCountry = 300, kProvince = 100, kForeign = 250;
constexpr size_t kLocativeWindow = 4;  // words looked at before the mention

bool Is(std::string_view k, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (k == w) return true;
  return false;
}

// A preposition or a verb of striking a few words before the mention puts the incident
// there: "in Aleppo", "near the Syrian city of Homs", "on the town of Marea", "struck
// Idlib", "Syria's Idlib province" after "in". The clause ends at punctuation.
bool Locative(const text::Tokens& toks, size_t first_token, size_t mention_token) {
  for (size_t i = mention_token, seen = 0; i > first_token && seen < kLocativeWindow; ++seen) {
    --i;
    if (toks.tokens[i].kind == text::TokenKind::kPunct) return false;
    if (Is(toks.Key(i), {"in", "near", "at", "on", "outside", "around", "inside", "into", "of", "across", "toward",
                         "towards", "throughout", "within", "nearby", "hit", "hits", "struck", "strike", "pounded",
                         "shelled", "bombed", "targeted", "targeting", "attacked", "stormed"}))
      return true;
  }
  return false;
}

struct Level {
  bool country = false, province = false, foreign = false;
};

Level LevelOf(const geo::GeoResult& geo, const gazetteer::Gazetteer* gaz, int64_t place,
              std::string_view focus_country) {
  Level l;
  if (place < 0) return l;  // a relative place ("north of Aleppo"): as specific as a town
  if (gaz) {
    const auto p = gaz->Place(static_cast<uint32_t>(place));
    // A region of no one country ("the Middle East", "the Levant") is as broad as one.
    l.country = (p.feature_class == 'A' && p.feature_code.starts_with("PCL")) || p.country.empty();
    l.province = p.feature_class == 'A' && !l.country;
    l.foreign = !focus_country.empty() && !p.country.empty() && p.country != focus_country;
    return l;
  }
  for (const auto& c : geo.focus.countries) l.country |= c.place == place;
  for (const auto& a : geo.focus.admin1s) l.province |= a.place == place;
  return l;
}

}  // namespace

bool EnglishText(const text::Tokens& toks) {
  size_t latin = 0, arabic = 0;
  for (const auto& t : toks.tokens) {
    latin += t.script == text::Script::kLatin;
    arabic += t.script == text::Script::kArabic;
  }
  return latin > arabic;
}

int32_t EnglishClausePlace(const text::Tokens& toks, const geo::GeoResult& geo, const gazetteer::Gazetteer* gaz,
                           size_t first_token, uint32_t s_start, uint32_t s_end, uint32_t trigger_start, uint32_t trigger_end,
                           std::string_view focus_country) {
  int32_t best = -1;
  uint32_t best_cost = UINT32_MAX;
  for (size_t g = 0; g < geo.mentions.size(); ++g) {
    const auto& gm = geo.mentions[g];
    if (gm.start < s_start || gm.end > s_end || gm.demonym || (gm.place < 0 && !gm.relation)) continue;
    // "Car bomb", "Hama" in "Hama-based": a name inside the trigger is no place of it.
    if (gm.start < trigger_end && trigger_start < gm.end) continue;
    const int64_t place = gm.place >= 0 ? gm.place : -1;
    const Level l = LevelOf(geo, gaz, place, focus_country);
    uint32_t cost = gm.start > trigger_start ? gm.start - trigger_start : trigger_start - gm.start;
    const bool locative = gm.relation || Locative(toks, first_token, gm.token_begin);
    // A foreign place the clause does not put the incident in is someone's country or a
    // dateline ("A U.S. missile strike", "MOSCOW Some 120 ... were killed in Syria"): never
    // the place, even when the clause names no other (the article's focus then stands).
    if (!locative && l.foreign) continue;
    if (!locative) cost += kNotLocative;
    if (l.country) cost += kCountry;
    if (l.province) cost += kProvince;
    if (l.foreign) cost += kForeign;
    if (cost < best_cost) best_cost = cost, best = static_cast<int32_t>(g);
  }
  return best;
}

}  // namespace marsad::events
