#include "english.h"

#include <algorithm>
#include <initializer_list>

#include "incidents.h"
#include "match.h"

namespace marsad::events {

using namespace std::string_view_literals;
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
    // A number between ("Last updated at Oct 082017 MOSCOW"): a date line, not a locative.
    if (toks.tokens[i].kind == text::TokenKind::kPunct || toks.tokens[i].kind == text::TokenKind::kNumber) return false;
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
    // A river, a lake or a sea ("cross the Euphrates River") and an area ('L') are as broad
    // as a province: a town the clause names beside them places the incident better.
    l.province = (p.feature_class == 'A' || p.feature_class == 'H' || p.feature_class == 'L') && !l.country;
    l.foreign = !focus_country.empty() && !p.country.empty() && p.country != focus_country;
    return l;
  }
  for (const auto& c : geo.focus.countries) l.country |= c.place == place;
  for (const auto& a : geo.focus.admin1s) l.province |= a.place == place;
  return l;
}

// Words that read only as the incident itself: the verb of killing, a bare attack, a raid.
bool GenericTrigger(std::string_view k) {
  return Is(k, {"killed", "kill", "kills", "killing", "attack", "attacks", "attacked", "assault", "bomb", "bombs",
                "bombing", "bombings", "bombed", "raid", "raids", "raided", "targeted", "struck"});
}

bool Aircraft(std::string_view k) {
  return Is(k, {"aircraft", "warplane", "warplanes", "jet", "jets", "helicopter", "helicopters", "drone", "drones",
                "aerial", "planes", "plane", "bombers", "sorties", "airstrike", "airstrikes", "air", "strike", "strikes",
                "aerospace"});
}

// The words after a country that make it the one who fires: "U.S. air strikes",
// "U.S.-led coalition", "Turkish artillery", "Russian forces".
bool FirerAfter(const text::Tokens& toks, size_t i) {
  // "U.S." ends with the abbreviation's period; "U.S.-led" with a hyphen after it.
  const size_t end = std::min(toks.tokens.size(), i + 2);
  while (i < end && (toks.Key(i) == "." || toks.Key(i) == "-")) ++i;
  if (i >= toks.tokens.size()) return false;
  const std::string_view k = toks.Key(i);
  return Aircraft(k) || Is(k, {"led", "backed", "missile", "missiles", "shelling", "artillery", "forces", "troops",
                               "army", "military", "navy", "coalition", "bombardment", "raids", "rockets", "special"});
}

// A capital that stands for its government, not for a place: before a word of what a
// government has or does ("Damascus's ally Russia", "despite Damascus promises of a truce",
// "Moscow said", "Damascuss ally" with the possessive's apostrophe lost).
bool CapitalForItsGovernment(const text::Tokens& toks, const geo::Mention& gm, const gazetteer::Gazetteer* gaz) {
  if (!gaz || gm.place < 0 || gaz->Place(static_cast<uint32_t>(gm.place)).feature_code != "PPLC"sv) return false;
  size_t i = gm.token_end;
  if (i < toks.tokens.size() && toks.Key(i) == "s") ++i;
  if (i >= toks.tokens.size()) return false;
  return Is(toks.Key(i), {"ally", "allies", "government", "regime", "authorities", "officials", "promise", "promises",
                          "promised", "says", "said", "denied", "denies", "accused", "accuses", "blamed", "blames",
                          "insists", "insisted", "wants", "backed", "has", "had", "is", "was", "will", "would"});
}

// A place right after a speaker and "in" ("A security source in Damascus confirmed the air
// strikes", "officials in Moscow said", "a monitor based in Britain") is where the one who
// speaks is, not the incident. Not "from": "said one activist from Talbisseh" is often of the
// town hit.
bool WhereTheSpeakerIs(const text::Tokens& toks, size_t mention_token) {
  if (mention_token < 2 || toks.Key(mention_token - 1) != "in") return false;
  size_t i = mention_token - 2;
  if (toks.Key(i) == "based" && i > 0) --i;
  return Is(toks.Key(i), {"source", "sources", "official", "officials", "activist", "activists", "spokesman",
                          "spokeswoman", "spokesperson", "correspondent", "correspondents", "reporter", "reporters",
                          "journalist", "journalists", "monitor", "diplomat", "diplomats", "analyst", "analysts"});
}

// A place the clause names as where someone goes or comes from is no place of its
// incident: "waited ... to continue their journey to regime-controlled Aleppo the coastal
// province of Latakia or Damascus", "buses bound for Idlib", "Thousands of evacuees from
// Madaya and Zabadani". A movement word and "to", "for" or "from" up to some ten words
// before, with no locative of the incident ("in", "near", "at" ...) between.
bool Destination(const text::Tokens& toks, size_t first_token, size_t mention_token) {
  constexpr size_t kWindow = 12;  // tokens: "regime-controlled" is three
  for (size_t i = mention_token, seen = 0; i > first_token + 1 && seen < kWindow; ++seen) {
    --i;
    if (toks.tokens[i].kind == text::TokenKind::kPunct && toks.Key(i) != "-") return false;
    const std::string_view k = toks.Key(i);
    if (Is(k, {"in", "near", "at", "on", "outside", "inside", "around", "hit", "struck", "targeted"})) return false;
    if ((k == "to" || k == "for") &&
        Is(toks.Key(i - 1), {"journey", "way", "route", "heading", "headed", "head", "bound", "travel", "travelling",
                             "traveling", "evacuated", "evacuation", "transferred", "moved", "fled", "flee",
                             "fleeing", "return", "returned", "returning", "go", "going", "went", "taken", "sent"}))
      return true;
    // Where they come from: "Thousands of evacuees from Madaya and Zabadani".
    if (k == "from" && Is(toks.Key(i - 1), {"evacuees", "evacuated", "evacuation", "fled", "fleeing", "displaced",
                                            "refugees", "arrived", "came", "coming", "transferred", "moved"}))
      return true;
  }
  return false;
}

// The place whose landmark mention g is, or -1. A place named only to say where another
// is ("Shelling on Douma near Damascus", "the town of Saqba, east of Damascus", "Jaramana, a
// suburb of Damascus", "Kafr Nabl in Idlib province") is no incident of its own: a trigger
// nearer the landmark still reads the place before it. The mention right before g, then:
// a relative place right after it (a comma at most between) with its anchor, or a named
// place after an appositive's noun of place and "of", "in" or "near", or after "in" or a
// comma when a word of a province follows it or it is a province or a country. Both in the
// sentence from `s_start` (its punctuation's keys are empty: any mark reads as a comma).
int32_t LandmarkOf(const text::Tokens& toks, const geo::GeoResult& geo, const gazetteer::Gazetteer* gaz, size_t g,
                   uint32_t s_start) {
  const auto& gm = geo.mentions[g];
  // The anchor of a relative place: the relative place's owner.
  if (g > 0 && !gm.relation) {
    const auto& r = geo.mentions[g - 1];
    if (r.relation && r.relation->anchor == static_cast<int>(g) && r.place < 0)
      return LandmarkOf(toks, geo, gaz, g - 1, s_start);
  }
  if (g == 0 || gm.demonym) return -1;
  const auto& h = geo.mentions[g - 1];
  if (h.demonym || h.place < 0 || h.start < s_start || h.token_end > gm.token_begin) return -1;
  size_t from = h.token_end;
  const size_t to = gm.token_begin;
  // "Wadi Barada valley northwest of Damascus", "Kafr Nabl town in Idlib province".
  if (from < to && Is(toks.Key(from), {"valley", "town", "village", "city", "area", "district", "neighbourhood",
                                       "neighborhood", "camp", "plain", "plains", "countryside"}))
    ++from;
  auto comma = [&](size_t i) { return toks.tokens[i].kind == text::TokenKind::kPunct; };
  if (gm.relation)
    return gm.place < 0 && (to == from || (to == from + 1 && comma(from))) ? static_cast<int32_t>(g - 1) : -1;
  if (gm.place < 0 || to - from > 7) return -1;
  size_t i = from;
  if (i < to && comma(i)) ++i;
  // ", a suburb of Damascus", ", a town in the Eastern Ghouta", "a rebel-held village near Hama".
  if (i < to && Is(toks.Key(i), {"a", "an", "the"})) {
    for (size_t j = i + 1; j + 1 < to; ++j) {
      if (!Is(toks.Key(j + 1), {"of", "in", "near", "outside"})) continue;
      if (!Is(toks.Key(j), {"suburb", "town", "village", "city", "district", "neighbourhood", "neighborhood", "area",
                            "region", "province", "part", "quarter", "outskirts", "countryside", "stronghold",
                            "enclave", "bastion", "hub", "camp", "sub-district"}))
        return -1;
      const size_t rest = j + 2 + (j + 2 < to && toks.Key(j + 2) == "the");
      return rest == to ? static_cast<int32_t>(g - 1) : -1;
    }
    return -1;
  }
  // "Kafr Nabl in Idlib province", "Douma, Damascus countryside", "Manbij in Syria".
  if (i < to && toks.Key(i) == "in") ++i;
  if (i != to || to == h.token_end) return -1;
  if (gm.token_end < toks.tokens.size() &&
      Is(toks.Key(gm.token_end), {"province", "governorate", "countryside", "region", "district", "suburbs"}))
    return static_cast<int32_t>(g - 1);
  if (!gaz) return -1;
  const auto p = gaz->Place(static_cast<uint32_t>(gm.place));
  return p.feature_class == 'A' && (p.feature_code.starts_with("PCL") || p.feature_code.starts_with("ADM"))
             ? static_cast<int32_t>(g - 1)
             : -1;
}

bool Chemical(std::string_view k) { return Is(k, {"chemical", "sarin", "chlorine", "toxic", "nerve"}); }

}  // namespace

bool EnglishGenericTrigger(const text::Tokens& toks, size_t tok, size_t len) {
  return len == 1 && GenericTrigger(toks.Key(tok));
}

const char* EnglishWeapon(const text::Tokens& toks, size_t first, size_t end, size_t tok, size_t len) {
  if (!EnglishGenericTrigger(toks, tok, len)) return nullptr;
  const char* out = nullptr;
  for (size_t i = first; i < end; ++i) {
    if (i == tok) continue;
    const std::string_view k = toks.Key(i);
    if (Chemical(k)) return "Chemical weapon";  // "attacked ... with chemical weapons"
    // "gas" right before the verb or the noun ("Syria gas kills hundreds", "gas attack"), not
    // tear gas: a gas that kills. ("a gas field attack", "the gas station" are no such noun.)
    if (k == "gas" && i + 1 == tok && !(i > first && toks.Key(i - 1) == "tear")) return "Chemical weapon";
    // "air" only as "air strike(s)", "air raid(s)", "air force": not "open-air", "on air";
    // a strike not a hunger or a general strike.
    if (k == "air" && !(i + 1 < end && Is(toks.Key(i + 1), {"strike", "strikes", "raid", "raids", "force", "forces"})))
      continue;
    if ((k == "strike" || k == "strikes") && i > first && Is(toks.Key(i - 1), {"hunger", "general", "labour", "labor"}))
      continue;
    // "bombing raids" are flown.
    if (Aircraft(k) || ((k == "raids" || k == "raid") && i > first && Is(toks.Key(i - 1), {"bombing", "bomb"})))
      out = "Air/drone strike";
  }
  return out;
}

bool EnglishShotOnCamera(const text::Tokens& toks, size_t first, size_t tok, size_t len) {
  if (len != 1 || toks.Key(tok) != "shot") return false;
  for (size_t i = tok, seen = 0; i > first && seen < 3; ++seen) {
    --i;
    if (toks.tokens[i].kind == text::TokenKind::kPunct) return false;
    if (Is(toks.Key(i), {"video", "videos", "footage", "film", "films", "clip", "clips", "photo", "photos", "photograph",
                         "photographs", "picture", "pictures", "image", "images"}))
      return true;
  }
  return false;
}

bool EnglishThePreviousDay(const text::Tokens& toks, size_t tok, size_t end) {
  for (size_t i = tok + 1; i + 2 < end && i <= tok + 3; ++i)
    if (toks.Key(i) == "the" && ((toks.Key(i + 1) == "previous" && toks.Key(i + 2) == "day") ||
                                 (toks.Key(i + 1) == "day" && toks.Key(i + 2) == "before")))
      return true;
  return false;
}

bool EnglishElsewhere(const text::Tokens& toks, size_t first, size_t tok) {
  for (size_t i = first; i < tok && i < first + 3; ++i) {
    if (toks.tokens[i].kind != text::TokenKind::kWord) continue;
    const std::string_view k = toks.Key(i);
    if (k == "elsewhere" || k == "separately") return true;
    // "Earlier three persons were killed ... due to a terrorist attack": an earlier incident
    // told after the day's, not an earlier report of it ("Earlier, officials said 5 were
    // killed": a word of saying before the trigger).
    if (k == "earlier" && i == first) {
      static const WordSet kSaying{"said", "says", "reported", "reports", "announced", "told", "according", "toll"};
      bool saying = false;
      for (size_t j = i + 1; j < tok && !saying; ++j) saying = toks.tokens[j].kind == text::TokenKind::kWord && kSaying.Has(toks.Key(j));
      if (!saying) return true;
    }
    auto count = [&](size_t j) {
      return toks.tokens[j].kind == text::TokenKind::kNumber ||
             Is(toks.Key(j), {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                              "twelve", "fifteen", "twenty", "dozen", "dozens", "several", "hundreds"});
    };
    // "Another three people were killed in strikes on Douma": more victims, another incident.
    if (k == "another" && i + 1 < tok && count(i + 1)) return true;
    // So is a count of "others" opening the clause ("Fifteen others were killed in two more
    // incidents"): dead besides the toll told, not the toll told again.
    if (i == first && i + 1 < tok && count(i) && toks.Key(i + 1) == "others") return true;
    // "More rocket shells later hit al-Hamidiyeh neighborhood leaving one person dead": further
    // strikes, not the ones told again ("More than 20 people were killed" is a count).
    if (i == first && k == "more" && i + 1 < tok && toks.Key(i + 1) != "than") return true;
    if (k == "in" && i + 1 < tok && (toks.Key(i + 1) == "another" || (toks.Key(i + 1) == "a" && i + 2 < tok &&
                                                                       toks.Key(i + 2) == "separate")))
      return true;
  }
  return false;
}

bool EnglishStruckByNothing(const text::Tokens& toks, size_t first, size_t tok, size_t len) {
  if (len != 1 || toks.Key(tok) != "struck") return false;
  for (size_t i = tok, seen = 0; i > first && seen < 6;) {
    --i;
    if (toks.tokens[i].kind != text::TokenKind::kWord) continue;
    ++seen;
    const std::string_view k = toks.Key(i);
    if (Aircraft(k) || Is(k, {"missile", "missiles", "rocket", "rockets", "shell", "shells", "mortar", "mortars",
                              "bomb", "bombs", "artillery", "shelling", "raid", "raids", "bombing", "bombardment"}))
      return false;
  }
  return true;
}

bool EnglishRelatedHeadlines(const text::Tokens& toks, size_t first, size_t tok) {
  for (size_t i = first; i < tok; ++i) {
    if (toks.tokens[i].kind != text::TokenKind::kWord || toks.Key(i) != "related" ||
        !toks.tokens[i].Has(text::kCapitalized) || i + 1 >= toks.tokens.size())
      continue;
    const std::string_view next = toks.Key(i + 1);
    if (Is(next, {"news", "coverage", "articles", "article", "stories", "story", "posts", "content", "topics",
                  "links", "reading", "videos"}))
      return true;
    if (!toks.tokens[i + 1].Has(text::kCapitalized)) continue;
    if (i == first) return true;
    const text::Token& prev = toks.tokens[i - 1];
    if (prev.kind == text::TokenKind::kNumber || (prev.kind == text::TokenKind::kWord &&
                                                  Is(toks.Key(i - 1), {"views", "tweet", "print", "share", "email", "comments"})))
      return true;
  }
  return false;
}

bool EnglishSaysItDid(const text::Tokens& toks, size_t after, size_t tok) {
  size_t k = after;
  if (k >= tok || !Is(toks.Key(k), {"said", "says", "claimed", "claims", "announced", "announces", "stated"}))
    return false;
  for (++k; k < tok && Is(toks.Key(k), {"on", "that", "today", "yesterday", "earlier", "monday", "tuesday", "wednesday",
                                        "thursday", "friday", "saturday", "sunday"});)
    ++k;
  if (k >= tok || !Is(toks.Key(k), {"it", "they"})) return false;
  for (++k; k < tok && Is(toks.Key(k), {"had", "has", "have"});) ++k;
  return k == tok;
}

bool EnglishTargetAfter(const text::Utf8Text& text, const text::Tokens& toks, size_t tok, size_t actor) {
  if (actor <= tok || actor > tok + 4 || toks.tokens[tok].script != text::Script::kLatin) return false;
  // Right after a noun, a name opens a clause of its own in copy without commas ("In retaliation
  // for the latest deadly Ghouta shelling rebels fired rockets"): a verb of attack or "on" first.
  auto act = [](std::string_view k) {
    return Is(k, {"targeting", "targeted", "hit", "hitting", "struck", "striking", "pounded", "pounding", "shelled",
                  "shelling", "bombed", "bombing", "attacked", "attacking"});
  };
  bool reaches = toks.Key(tok).ends_with("ed") || Is(toks.Key(tok), {"hit", "struck"});  // a verb (not "shelling")
  for (size_t k = tok + 1; k < actor; ++k) {
    // Only a mark inside a word ("U.S.-led"); and only the words of an act reaching its object.
    if (toks.tokens[k].kind == text::TokenKind::kPunct) {
      if (!MarkInsideWord(text, toks, k)) return false;
      continue;
    }
    if (Is(toks.Key(k), {"on", "against", "at"}) || act(toks.Key(k))) reaches = true;
    else if (!Is(toks.Key(k), {"a", "an", "the"})) return false;
  }
  return reaches;
}

bool EnglishPreparedFor(const text::Tokens& toks, size_t first, size_t tok) {
  for (size_t i = tok, seen = 0; i > first + 1 && seen < 4;) {
    --i;
    if (toks.tokens[i].kind != text::TokenKind::kWord) return false;
    ++seen;
    if (toks.Key(i) == "for")
      return Is(toks.Key(i - 1), {"preparing", "prepare", "prepares", "preparation", "preparations", "preparatory"});
  }
  return false;
}

bool EnglishBackingCue(const text::Tokens& toks, size_t i) {
  return i > 0 && toks.tokens[i].script == text::Script::kLatin && toks.Key(i) == "by" &&
         Is(toks.Key(i - 1), {"backed", "supported", "aided", "assisted"});
}

void EnglishRecaps(const text::Tokens& toks, std::vector<Event>* events) {
  const Event* weapon = nullptr;  // the latest event of a weapon so far
  for (auto& e : *events) {
    auto it = std::upper_bound(toks.tokens.begin(), toks.tokens.end(), e.trigger_start,
                               [](uint32_t p, const text::Token& t) { return p < t.start; });
    const size_t tok = static_cast<size_t>(it - toks.tokens.begin()) - (it == toks.tokens.begin() ? 0 : 1);
    if (e.event_type == "Explosions/Remote violence"sv) {
      weapon = &e;
      continue;
    }
    if (!weapon || !Violent(e.event_type) || tok >= toks.tokens.size()) continue;
    const std::string_view k = toks.Key(tok);
    bool definite = false;  // "the attack", "the suspected attack", "this attack"
    for (size_t i = tok, seen = 0; i > 0 && seen < 2 && !definite; ++seen) {
      --i;
      if (toks.tokens[i].kind == text::TokenKind::kPunct) break;
      definite = Is(toks.Key(i), {"the", "this", "that", "these"});
    }
    const bool anaphor = definite && Is(k, {"attack", "attacks", "assault", "strike", "strikes", "blast", "raid"});
    const bool toll = k == "killed" && e.place_mention < 0 && e.actor1 < 0;
    if (!anaphor && !toll) continue;
    e.event_type = weapon->event_type;
    e.sub_event_type = weapon->sub_event_type;
    e.plover = weapon->plover;
  }
}

bool EnglishText(const text::Tokens& toks) {
  size_t latin = 0, arabic = 0;
  for (const auto& t : toks.tokens) {
    latin += t.script == text::Script::kLatin;
    arabic += t.script == text::Script::kArabic;
  }
  return latin > arabic;
}

std::string_view EnglishTheatre(const text::Tokens& toks, const geo::GeoResult& geo, const gazetteer::Gazetteer* gaz,
                                std::string_view focus_country) {
  if (!gaz) return focus_country;
  std::vector<std::pair<std::string_view, int>> counts;
  size_t after = 0;  // the end of the mention before: "officials in Sochi said Russia" is not "in Russia"
  for (const auto& gm : geo.mentions) {
    const size_t from = std::min<size_t>(after, gm.token_begin);
    after = std::max<size_t>(after, gm.token_end);
    if (gm.demonym || gm.derived || gm.place < 0) continue;
    const auto p = gaz->Place(static_cast<uint32_t>(gm.place));
    if (p.country.empty() || !Locative(toks, from, gm.token_begin)) continue;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == p.country; });
    if (it == counts.end()) counts.emplace_back(p.country, 1);
    else ++it->second;
  }
  std::string_view best = focus_country;
  int best_n = 0;
  for (const auto& [cc, n] : counts)
    if (cc == focus_country && n > best_n) best_n = n;
  for (const auto& [cc, n] : counts)
    if (n > best_n) best = cc, best_n = n;
  return best;
}

int64_t EnglishLeadPlace(const text::Tokens& toks, const geo::GeoResult& geo, const gazetteer::Gazetteer* gaz,
                         std::string_view focus_country) {
  if (!gaz || focus_country.empty()) return -1;
  for (const auto& gm : geo.mentions) {
    if (gm.demonym || !(gm.relation || Locative(toks, 0, gm.token_begin)) || CapitalForItsGovernment(toks, gm, gaz) ||
        WhereTheSpeakerIs(toks, gm.token_begin) || Destination(toks, 0, gm.token_begin))
      continue;
    const int64_t place = gm.place >= 0 ? gm.place : gm.relation && gm.relation->anchor >= 0
                                                         ? geo.mentions[gm.relation->anchor].place
                                                         : -1;
    if (place < 0) continue;
    const auto p = gaz->Place(static_cast<uint32_t>(place));
    const bool finer = p.feature_class == 'P' || p.feature_code == "ADM1"sv || p.feature_code == "ADM2"sv;
    if (finer && p.country == focus_country) return place;
  }
  return -1;
}

int32_t EnglishClausePlace(const text::Tokens& toks, const geo::GeoResult& geo, const gazetteer::Gazetteer* gaz,
                           size_t first_token, uint32_t s_start, uint32_t s_end, uint32_t trigger_start, uint32_t trigger_end,
                           std::string_view focus_country, bool home_place) {
  int32_t best = -1;
  uint32_t best_cost = UINT32_MAX;
  // A trigger that opens a clause of its own ("Shelling killed 3 people in Douma and an air
  // strike killed 5 in Aleppo", "..., while air strikes killed 7 civilians in Idlib"): a place
  // before the clause is the one told before, not its incident's.
  uint32_t clause_start = 0;
  {
    auto it = std::upper_bound(toks.tokens.begin(), toks.tokens.end(), trigger_start,
                               [](uint32_t p, const text::Token& t) { return p < t.start; });
    size_t i = static_cast<size_t>(it - toks.tokens.begin());
    if (i > 0) --i;  // the trigger's first token
    // Its words before the trigger: a determiner and a firer's adjective at most.
    for (size_t seen = 0; i > first_token && seen < 3; ++seen) {
      --i;
      const std::string_view k = toks.Key(i);
      if (Is(k, {"and", "while", "whereas", "but"})) {
        clause_start = toks.tokens[i].start;
        break;
      }
      if (toks.tokens[i].kind != text::TokenKind::kWord) break;
    }
  }
  for (size_t g = 0; g < geo.mentions.size(); ++g) {
    const auto& gm = geo.mentions[g];
    if (gm.start < s_start || gm.end > s_end || gm.demonym || (gm.place < 0 && !gm.relation)) continue;
    // "Car bomb", "Hama" in "Hama-based": a name inside the trigger is no place of it.
    if (gm.start < trigger_end && trigger_start < gm.end) continue;
    const int64_t place = gm.place >= 0 ? gm.place : -1;
    const Level l = LevelOf(geo, gaz, place, focus_country);
    // "killed in U.S. air strikes", "Russian jets", "U.S.-led raids": a country right before
    // its weapon or its forces is who fired, not where.
    if (l.country && gm.token_end < toks.tokens.size() && FirerAfter(toks, gm.token_end)) continue;
    if (CapitalForItsGovernment(toks, gm, gaz) || WhereTheSpeakerIs(toks, gm.token_begin) ||
        Destination(toks, first_token, gm.token_begin))
      continue;
    if (LandmarkOf(toks, geo, gaz, g, s_start) >= 0) continue;
    uint32_t cost = gm.start > trigger_start ? gm.start - trigger_start : trigger_start - gm.start;
    // Its landmarks stand for it: the trigger after "Douma near Damascus" is as near Douma.
    for (size_t k = g + 1; k < geo.mentions.size() && geo.mentions[k].start < s_end &&
                           LandmarkOf(toks, geo, gaz, k, s_start) == static_cast<int32_t>(g);
         ++k) {
      const uint32_t s = geo.mentions[k].start;
      cost = std::min(cost, s > trigger_start ? s - trigger_start : trigger_start - s);
    }
    const bool locative = gm.relation || Locative(toks, first_token, gm.token_begin);
    // A foreign place the clause does not put the incident in is someone's country or a
    // dateline ("A U.S. missile strike", "MOSCOW Some 120 ... were killed in Syria"): never
    // the place, even when the clause names no other (the article's focus then stands).
    if (!locative && l.foreign) continue;
    // Nor, when the article names a town or province of its own country (EnglishLeadPlace),
    // a foreign country or a region of no one country even after a locative: that is where
    // someone lives, shelters or is outlawed ("Syrians who had taken shelter in Turkey were
    // killed", "an activist who lives in Europe", "Daesh outlawed in Russia") or a dateline's
    // region ("REUTERS Rodi Said Middle East"), not where the incident was.
    if (home_place && l.country && (l.foreign || (gaz && gaz->Place(static_cast<uint32_t>(place)).country.empty())))
      continue;
    if (!locative) cost += kNotLocative;
    if (gm.end <= clause_start) cost += kNotLocative;
    if (l.country) cost += kCountry;
    if (l.province) cost += kProvince;
    if (l.foreign) cost += kForeign;
    if (cost < best_cost) best_cost = cost, best = static_cast<int32_t>(g);
  }
  return best;
}

}  // namespace marsad::events
