// Actor mentions: dictionary aliases (longest match, clitic stems, case-checked acronyms),
// then generic back-references (التنظيم, "the group") linked to the last named armed group.
#include <algorithm>
#include <span>
#include <unordered_map>
#include <vector>

#include "marsad/events.h"
#include "context.h"
#include "match.h"

namespace marsad::events {
namespace {

// Generic nouns that refer back to an armed non-state group named earlier. Kept here, not in
// a dictionary file, because what they may refer to is a rule of the engine (see IsGroupType).
constexpr std::string_view kEnglishBackRefs[] = {"group", "organization", "organisation", "militia", "movement",
                                                 "militants", "jihadists"};
constexpr size_t kMaxBackRefSentences = 6;  // the antecedent must be this close

// "التابعين", "ينتمون": the gunmen named before belong to the group named after.
const WordSet& BelongingWords() {
  static const WordSet k{"التابعين", "تابعين", "التابعون", "تابعون", "ينتمون", "ينتمي"};
  return k;
}

// The mention [begin, end) says only "gang(s)", "armed gang(s)": "عصابات مسلحة", "العصابات",
// not "عصابات التهريب" or "تجار المخدرات".
bool GangWordsOnly(const text::Tokens& toks, size_t begin, size_t end) {
  static const WordSet kGang{"عصابه", "عصابات", "العصابه", "العصابات", "مسلحه", "المسلحه"};
  for (size_t k = begin; k < end; ++k)
    if (!KeyIs(toks, k, kGang)) return false;
  return true;
}

// The state whose forces' aliases name its aircraft with the adjective `adj` (a key: "التركية",
// "اسرائيلي"; Dictionaries::aircraft_by_nationality), or -1.
int32_t NationOfAdjectiveKey(const Dictionaries& d, std::string adj) {
  constexpr std::string_view kAl = "\xD8\xA7\xD9\x84", kYa = "\xD9\x8A", kHa = "\xD9\x87";
  if (!adj.starts_with(kAl)) adj.insert(0, kAl);
  if (!adj.ends_with(kYa) && !adj.ends_with(std::string(kYa) + std::string(kHa))) return -1;
  // The adjective agrees with its noun: "الطائرات التركية" names "الطيران التركي" too.
  const std::string other = adj.ends_with(kHa) ? adj.substr(0, adj.size() - kHa.size()) : adj + std::string(kHa);
  for (const std::string_view k : {std::string_view(adj), std::string_view(other)})
    if (auto it = d.aircraft_by_nationality.find(k); it != d.aircraft_by_nationality.end()) return it->second;
  return -1;
}

// The same for the adjective at token j.
int32_t NationOfAdjective(const Dictionaries& d, const text::Tokens& toks, size_t j) {
  if (j >= toks.tokens.size() || toks.tokens[j].kind != text::TokenKind::kWord ||
      toks.tokens[j].script != text::Script::kArabic)
    return -1;
  return NationOfAdjectiveKey(d, std::string(toks.Key(j)));
}

// The state whose forces a generic force's adjective names ("جندي تركي", "الشرطة العراقية",
// "جنود أتراك", "جنود عراقيين"), for the forces' row of that state in actor_remap.tsv; -1 when
// token j is no such adjective. A plural is looked up by its singular.
int32_t NationOfForcesAdjective(const Dictionaries& d, const text::Tokens& toks, size_t j) {
  if (const int32_t nation = NationOfAdjective(d, toks, j); nation >= 0) return nation;
  if (j >= toks.tokens.size() || toks.tokens[j].script != text::Script::kArabic) return -1;
  const std::string_view k = toks.Key(j);
  if (k == "اتراك" || k == "الاتراك") return NationOfAdjectiveKey(d, "التركي");
  if (k.ends_with("يين") || k.ends_with("يون"))  // ين, ون
    return NationOfAdjectiveKey(d, std::string(k.substr(0, k.size() - 4)));
  return -1;
}

// By its last two bytes: ends_with with a literal stayed a call (memcmp) on every token.
bool EndsInYaOrHa(std::string_view key) {  // ي, ه
  const size_t n = key.size();
  return n >= 2 && key[n - 2] == '\xD9' && (key[n - 1] == '\x8A' || key[n - 1] == '\x87');
}

// The first words of the nation phrases below: aircraft (not "مقاتلة" alone: a (woman)
// fighter as often as a fighter jet, "مقاتلة سورية"), an air force ("سلاح الجو", "القوات
// الجوية"), a strike.
constexpr std::string_view kAircraftWords[] = {"طايره",   "طايرات",   "الطايره",  "الطايرات", "مقاتلات",
                                               "المقاتلات", "مروحيه",   "مروحيات",  "المروحيه", "المروحيات",
                                               "قاذفات",   "القاذفات", "طيران",    "الطيران",  "مسيره",
                                               "مسيرات",   "المسيره",  "المسيرات"};
constexpr std::string_view kAirForceWords[] = {"سلاح", "القوات"};
constexpr std::string_view kStrikeWords[] = {"غاره", "غارات", "الغاره", "الغارات", "ضربه",
                                             "ضربات", "الضربه", "الضربات", "قصف", "القصف"};

// All of them: a token that is none of them (key or proclitic stem) starts no nation phrase,
// whatever follows it (each phrase asks KeyIs of its own words, with stems, first), and a
// bit test of the document's TokenTags says so before NationPhraseMayStart reads the next
// key (a quarter of the tokens pass that test: most words end in ي or ه).
const WordSet& NationPhraseHeads() {
  static const WordSet kHeads([] {
    std::vector<std::string_view> all;
    for (std::span<const std::string_view> list : {std::span<const std::string_view>(kAircraftWords),
                                                   std::span<const std::string_view>(kAirForceWords),
                                                   std::span<const std::string_view>(kStrikeWords)})
      all.insert(all.end(), list.begin(), list.end());
    return all;
  }());
  return kHeads;
}

// AircraftOfANation and StrikeOfANation start at an Arabic word followed by an adjective
// (ي, يه) or a word of their kind (ه, ي), or by the air of an air force: the cheap test
// before their word sets.
// Asked of every token (FindActors): the next key read in place, not through Key's checked
// substr.
bool NationPhraseMayStart(const Dictionaries& d, const text::Tokens& toks, size_t i) {
  if (toks.tokens[i].script != text::Script::kArabic || i + 1 >= toks.tokens.size() || d.aircraft_by_nationality.empty())
    return false;
  // Or an air force ("سلاح الجو", "القوات الجوية": the second word is الجو or ends in ه).
  const text::Token& t = toks.tokens[i + 1];
  const std::string_view next(toks.keys.data() + t.key_off, t.key_len);
  return EndsInYaOrHa(next) || next == "الجو";
}

// "طائرات حربية تركية", "المقاتلات التركية", "وقصفت طائرة إسرائيلية": aircraft, a word of
// their kind, then the adjective of a state whose forces' aliases name its aircraft
// (Dictionaries::aircraft_by_nationality). The actor and the token after the mention; -1
// when token i begins no such phrase.
std::pair<int32_t, size_t> AircraftOfANation(const Dictionaries& d, const text::Tokens& toks, size_t i,
                                             uint32_t* prefix_cp) {
  static const WordSet kAircraft(kAircraftWords);
  static const WordSet kKind{"حربيه", "الحربيه", "حربي", "الحربي", "مسيره", "المسيره", "عسكريه", "العسكريه",
                             "مقاتله", "المقاتله"};
  const size_t n = toks.tokens.size();
  if (!NationPhraseMayStart(d, toks, i)) return {-1, i};
  // "سلاح الجو التركي", "القوات الجوية الأمريكية": a state's air force.
  static const WordSet kAirForce(kAirForceWords);
  static const WordSet kAir{"الجو", "الجويه"};
  if (i + 2 < n && KeyIs(toks, i, kAirForce) && KeyIs(toks, i + 1, kAir, false)) {
    *prefix_cp = 0;
    if (!KeyIs(toks, i, kAirForce, false))
      ForEachProcliticStem(toks, i, [&](std::string_view s, uint32_t p) {
        *prefix_cp = p;
        return kAirForce.Has(s);
      });
    const int32_t nation = NationOfAdjective(d, toks, i + 2);
    if (nation >= 0) return {nation, i + 3};
  }
  // The word after is an adjective (ي, يه) or a word of their kind (ه, ي).
  if (!EndsInYaOrHa(toks.Key(i + 1))) return {-1, i};
  *prefix_cp = 0;
  // Most tokens are no aircraft: the one test with stems (KeyIs) first, the prefix after.
  if (!KeyIs(toks, i, kAircraft)) return {-1, i};
  if (!KeyIs(toks, i, kAircraft, false))
    ForEachProcliticStem(toks, i, [&](std::string_view s, uint32_t p) {
      *prefix_cp = p;
      return kAircraft.Has(s);
    });
  size_t j = i + 1;
  while (j < n && j <= i + 2 && KeyIs(toks, j, kKind, false)) ++j;
  const int32_t nation = NationOfAdjective(d, toks, j);
  return nation < 0 ? std::pair<int32_t, size_t>{-1, i} : std::pair<int32_t, size_t>{nation, j + 1};
}

// "غارة إسرائيلية", "الضربات الأمريكية", "ضربة اسرائيلية جوية", "القصف التركي": a strike
// noun with the adjective of a state whose aircraft the dictionary names is that state's
// strike; the adjective (token j) names its forces. -1 when token i begins no such phrase.
// Only the adjective is the mention: the noun stays the event's trigger.
std::pair<int32_t, size_t> StrikeOfANation(const Dictionaries& d, const text::Tokens& toks, size_t i) {
  static const WordSet kStrike(kStrikeWords);
  static const WordSet kKind{"جويه", "الجويه", "جوي", "الجوي", "صاروخيه", "الصاروخيه", "صاروخي", "الصاروخي"};
  const size_t n = toks.tokens.size();
  if (!NationPhraseMayStart(d, toks, i) || !EndsInYaOrHa(toks.Key(i + 1))) return {-1, i};
  if (!KeyIs(toks, i, kStrike)) return {-1, i};
  for (size_t j = i + 1; j < n && j <= i + 2; ++j) {
    const int32_t nation = NationOfAdjective(d, toks, j);
    if (nation >= 0) return {nation, j};
    if (!KeyIs(toks, j, kKind, false)) break;
  }
  return {-1, i};
}

// "Russian air strikes", "Syrian strikes", "regime airstrikes", "Israeli raids": the adjective
// of a state whose aircraft the English aliases name ("Russian warplanes"), right before a
// strike noun, names its author. The actor, or -1 when token i is no such adjective. Only
// the adjective is the mention: the noun stays the event's trigger.
int32_t EnglishStrikeOfANation(const Dictionaries& d, const text::Tokens& toks, size_t i) {
  if (d.english_aircraft_by_nationality.empty() || toks.tokens[i].script != text::Script::kLatin ||
      i + 1 >= toks.tokens.size())
    return -1;
  const auto it = d.english_aircraft_by_nationality.find(toks.Key(i));
  if (it == d.english_aircraft_by_nationality.end()) return -1;
  auto strike = [&](size_t j) {
    const std::string_view k = toks.Key(j);
    return k == "strike" || k == "strikes" || k == "airstrike" || k == "airstrikes" || k == "raid" || k == "raids" ||
           k == "bombing" || k == "bombings" || k == "bombardment" || k == "bombardments";
  };
  if (strike(i + 1) || (toks.Key(i + 1) == "air" && i + 2 < toks.tokens.size() && strike(i + 2))) return it->second;
  return -1;
}

}  // namespace

void EventExtractor::FindActors(const text::Utf8Text& text, const text::Tokens& toks,
                                const std::vector<text::Sentence>& sentences, EventResult* out,
                                const PhraseStarts* starts) const {
  const size_t n = toks.tokens.size();
  std::vector<ActorMention> named;
  std::vector<char> covered(n, 0);
  const WordSet& heads = NationPhraseHeads();
  const auto protesters_id = d_.actor_by_id.find("protesters");
  const int32_t protesters =
      protesters_id == d_.actor_by_id.end() ? -1 : static_cast<int32_t>(protesters_id->second);
  size_t next_head = 0;  // the first token from i on that may be one of `heads` (NextMayBeIn)
  for (size_t i = 0; i < n;) {
    // Most tokens start no alias (PhraseStarts) and no aircraft or strike of a nation:
    // decided without building a match and asking both.
    if (next_head < i) next_head = NextMayBeIn(toks, i, n, heads);
    const bool nation_may = i == next_head && KeyIs(toks, i, heads) && NationPhraseMayStart(d_, toks, i);
    if (starts != nullptr && !starts->May(d_.actor_aliases, i) && !nation_may) {
      ++i;
      continue;
    }
    auto m = LongestMatch(d_.actor_aliases, text, toks, i, n, true, starts);
    if (m.len == 0) {
      if (const int32_t nation = EnglishStrikeOfANation(d_, toks, i); nation >= 0) {
        ActorMention a;
        a.token_begin = static_cast<uint32_t>(i);
        a.token_end = static_cast<uint32_t>(i + 1);
        a.nation_adjective = true;
        a.start = toks.tokens[i].start;
        a.end = toks.tokens[i].end;
        a.actor = nation;
        a.confidence = 0.85f;
        named.push_back(a);
        covered[i] = 1;
        ++i;
        continue;
      }
      // Both nation phrases begin with that test.
      if (!nation_may) {
        ++i;
        continue;
      }
      uint32_t prefix = 0;
      auto [aircraft, end] = AircraftOfANation(d_, toks, i, &prefix);
      size_t begin = i;
      if (aircraft < 0) {
        const auto [nation, adjective] = StrikeOfANation(d_, toks, i);
        if (nation < 0) {
          ++i;
          continue;
        }
        aircraft = nation, begin = adjective, end = adjective + 1;
      }
      ActorMention a;
      a.token_begin = static_cast<uint32_t>(begin);
      a.nation_adjective = begin != i;
      a.token_end = static_cast<uint32_t>(end);
      a.start = toks.tokens[begin].start + (begin == i ? prefix : 0);
      a.end = toks.tokens[end - 1].end;
      a.actor = aircraft;
      a.confidence = 0.85f;
      named.push_back(a);
      for (size_t k = begin; k < end; ++k) covered[k] = 1;
      i = end;
      continue;
    }
    ActorMention a;
    a.token_begin = static_cast<uint32_t>(i);
    a.token_end = static_cast<uint32_t>(i + m.len);
    a.start = toks.tokens[i].start + m.prefix_cp;
    a.end = toks.tokens[i + m.len - 1].end;
    a.actor = static_cast<int32_t>(m.indexes.front());
    // "ثلاثة جنود أتراك" in a report that also names Iraqi Kurdistan: a generic force with a
    // state's adjective is that state's, whatever country the article is about.
    if (auto remap = d_.actor_remap.find(static_cast<uint32_t>(a.actor)); remap != d_.actor_remap.end())
      if (const int32_t nation = NationOfForcesAdjective(d_, toks, i + m.len); nation >= 0)
        for (const auto& [country, row] : remap->second)
          if (row >= 0 && country == d_.actors[nation].country) {
            a.actor = row;
            a.token_end = static_cast<uint32_t>(i + m.len + 1);
            a.end = toks.tokens[i + m.len].end;
            break;
          }
    // "Hundreds of Houthi supporters rallied": a group's supporters are not its fighters but
    // the people who march for it (ACLED: protesters, the group an associated actor).
    if (const size_t next = i + m.len; protesters >= 0 && next < n && toks.tokens[next].script == text::Script::kLatin &&
                                        IsGroupType(d_.actors[a.actor]) &&
                                        KeyIs(toks, next, {"supporters", "sympathizers", "sympathisers", "followers"}, false)) {
      a.actor = protesters;
      a.token_end = static_cast<uint32_t>(next + 1);
      a.end = toks.tokens[next].end;
      covered[next] = 1;
    }
    bool acronym = toks.tokens[i].Has(text::kAllCaps) && m.len == 1;
    a.confidence = acronym ? 0.85f : 0.9f;
    named.push_back(a);
    for (size_t k = i; k < i + m.len; ++k) covered[k] = 1;
    i += m.len;
  }
  // "Yemen's government", "Syria's army", "Turkeys military": a state's possessive on the
  // word of a government or its forces names that state's (the table's row of its country:
  // "government" alone is no actor, and "Turkey" alone is its government, not its army).
  // Latin tokens only, looked up only after a possessive.
  if (const auto gov = d_.actor_by_id.find("generic_government"), army = d_.actor_by_id.find("generic_state_forces");
      gov != d_.actor_by_id.end() && army != d_.actor_by_id.end())
    for (size_t i = 2; i < n; ++i) {
      if (toks.tokens[i].script != text::Script::kLatin || covered[i]) continue;
      const std::string_view k = toks.Key(i);
      const bool is_gov = k == "government";
      if (!is_gov && k != "army" && k != "military") continue;
      size_t name_tok = i - 1;
      std::string_view name = toks.Key(name_tok);
      if (toks.tokens[name_tok].Has(text::kPossessive)) {
        name = toks.Key(--name_tok);
      } else if (name.size() > 3 && name.back() == 's') {
        name.remove_suffix(1);
      } else {
        continue;
      }
      if (toks.tokens[name_tok].script != text::Script::kLatin || name.size() < 3) continue;
      const auto remap = d_.actor_remap.find(is_gov ? gov->second : army->second);
      if (remap == d_.actor_remap.end()) continue;
      int32_t row = -1;
      for (const auto& [country, r] : remap->second) {
        if (r < 0) continue;
        const std::string& en = d_.actors[r].name_en;
        const size_t of = en.find(" of ");
        if (of == std::string::npos || en.size() < of + 4 + name.size()) continue;
        bool same = true;  // the country's name after "of", case-insensitively
        for (size_t c = 0; c < name.size() && same; ++c)
          same = std::tolower(static_cast<unsigned char>(en[of + 4 + c])) == static_cast<unsigned char>(name[c]);
        const size_t after = of + 4 + name.size();
        if (same && (after == en.size() || en[after] == ' ')) {
          row = r;
          break;
        }
      }
      if (row < 0) continue;
      // The state's own name read as its government ("Turkey"): the mention becomes the phrase's.
      auto it = std::find_if(named.begin(), named.end(), [&](const ActorMention& a) { return a.token_end > name_tok; });
      if (it != named.end() && it->token_begin <= name_tok) {
        if (it->token_begin != name_tok || it->token_end != name_tok + 1) continue;
      } else {
        ActorMention a;
        a.token_begin = static_cast<uint32_t>(name_tok);
        a.start = toks.tokens[name_tok].start;
        a.confidence = 0.85f;
        it = named.insert(it, a);
      }
      it->actor = row;
      it->token_end = static_cast<uint32_t>(i + 1);
      it->end = toks.tokens[i].end;
      for (size_t c = name_tok; c <= i; ++c) covered[c] = 1;
    }
  // Back-references, merged in text order.
  static const WordSet kArabicBackRefs{"التنظيم", "الجماعه", "الحركه", "الفصيل", "الميليشيا", "المليشيا"};
  const auto gang_id = d_.actor_by_id.find("criminal_gangs");
  const int32_t gangs = gang_id == d_.actor_by_id.end() ? -1 : static_cast<int32_t>(gang_id->second);
  std::vector<ActorMention> all;
  size_t next_named = 0;
  int32_t last_group = -1;
  size_t last_group_sentence = 0;
  int32_t last_foe = -1;  // the last group not on a government's side: whom "عصابات" names
  size_t last_foe_sentence = 0;
  std::unordered_map<std::string, std::pair<int32_t, size_t>, StringHash, std::equal_to<>> owner;  // generic noun → actor, sentence
  size_t next_back_ref = 0;  // the first token from i on that may be one of kArabicBackRefs
  for (size_t i = 0; i < n; ++i) {
    while (next_named < named.size() && named[next_named].token_begin <= i) {
      auto& a = named[next_named];
      // "عصابات مسلحة" in a war report is the side's name for its enemy, not crime: the armed
      // group named right after it ("عصابات الحوثي") or, else, the last one nearby that does not
      // fight on a government's side (the news' own side is not "gangs"). Only
      // with no group in sight is it the criminal gangs of the dictionary.
      if (gangs >= 0 && a.actor == gangs && GangWordsOnly(toks, a.token_begin, a.token_end)) {
        const bool named_next = next_named + 1 < named.size() && named[next_named + 1].token_begin == a.token_end &&
                                IsGroupType(d_.actors[named[next_named + 1].actor]);
        if (named_next) {
          a.actor = named[next_named + 1].actor;
        } else if (last_foe >= 0 && SentenceOf(sentences, a.token_begin) - last_foe_sentence <= kMaxBackRefSentences) {
          a.actor = last_foe;
          a.back_reference = true;
          a.confidence = 0.6f;
        }
      }
      if (IsGroupType(d_.actors[a.actor])) {
        last_group = a.actor;
        last_group_sentence = SentenceOf(sentences, a.token_begin);
        if (!d_.actors[a.actor].pro_government) last_foe = a.actor, last_foe_sentence = last_group_sentence;
        // A group named with a generic noun ("تنظيم داعش", "the Wagner group") owns that
        // noun: a later "التنظيم" means this group even when another one was named since.
        for (size_t k = a.token_begin > 0 ? a.token_begin - 1 : 0; k < a.token_end; ++k) {
          std::string_view key = toks.Key(k);
          if (key.starts_with("\xD8\xA7\xD9\x84")) key.remove_prefix(4);
          if (auto it = owner.find(key); it != owner.end()) it->second = {a.actor, last_group_sentence};
          else owner.emplace(std::string(key), std::make_pair(a.actor, last_group_sentence));
        }
      }
      all.push_back(a);
      ++next_named;
    }
    if (covered[i] || last_group < 0) continue;  // no group named yet: nothing to refer back to
    bool generic = false;
    std::string_view matched;
    uint32_t begin = static_cast<uint32_t>(i), prefix = 0;
    const auto& t = toks.tokens[i];
    if (t.script == text::Script::kArabic) {
      // The key or a proclitic stem is one of the nouns ("والتنظيم"): for most tokens a bit
      // test of the document's TokenTags (NextMayBeIn, kept for the tokens after); the stem
      // and its prefix only for those that are.
      if (next_back_ref < i) next_back_ref = NextMayBeIn(toks, i, n, kArabicBackRefs);
      if (i != next_back_ref || !KeyIs(toks, i, kArabicBackRefs)) continue;
      const std::string_view k = toks.Key(i);
      if (kArabicBackRefs.Has(k)) {
        generic = true, matched = k;
      } else {
        ForEachProcliticStem(toks, i, [&](std::string_view stem, uint32_t prefix_cp) {
          if (kArabicBackRefs.Has(stem)) generic = true, matched = stem, prefix = prefix_cp;
          return generic;
        });
      }
    } else if (t.script == text::Script::kLatin && i > 0 && toks.Key(i - 1) == "the") {
      std::string_view k = toks.Key(i);
      for (auto w : kEnglishBackRefs)
        if (k == w) generic = true, matched = w;
      begin = static_cast<uint32_t>(i - 1);
    }
    if (!generic) continue;
    // "تنظيم داعش": a generic noun right before a named actor is part of that name.
    if (i + 1 < n && covered[i + 1]) continue;
    size_t s = SentenceOf(sentences, i);
    int32_t target = last_group;
    size_t target_sentence = last_group_sentence;
    std::string_view gk = matched;
    if (gk.starts_with("\xD8\xA7\xD9\x84")) gk.remove_prefix(4);
    if (auto it = owner.find(gk); it != owner.end() && s - it->second.second <= 3 * kMaxBackRefSentences) {
      target = it->second.first;
      target_sentence = std::max(it->second.second, s > kMaxBackRefSentences ? s - kMaxBackRefSentences : 0);
    }
    if (s - target_sentence > kMaxBackRefSentences) continue;
    ActorMention a;
    a.token_begin = begin;
    a.token_end = static_cast<uint32_t>(i + 1);
    a.start = toks.tokens[begin].start + prefix;
    a.end = t.end;
    a.actor = target;
    a.back_reference = true;
    a.confidence = s == target_sentence ? 0.6f : 0.5f;
    all.push_back(a);
  }
  for (; next_named < named.size(); ++next_named) all.push_back(named[next_named]);
  // "قتل 17 مسلحا من الحوثيين", "أكثر من 30 مسلحا من التنظيم": the gunmen counted of a group
  // named right after "من" are that group's fighters, no unidentified group of their own. So
  // are "the terrorists of Jabhat al-Nusra", "militants from the Islamic State" in English
  // (the article between them too).
  const auto gunmen_id = d_.actor_by_id.find("unidentified_gunmen");
  if (gunmen_id != d_.actor_by_id.end()) {
    const auto gunmen = static_cast<int32_t>(gunmen_id->second);
    for (size_t k = 0; k + 1 < all.size(); ++k) {
      ActorMention& a = all[k];
      const ActorMention& b = all[k + 1];
      if (a.actor != gunmen || a.back_reference || a.token_end >= n || b.actor == gunmen) continue;
      const std::string_view of = toks.Key(a.token_end);
      // Also with "آخرين", the group's noun or a bracket between ("و21 مسلحا آخرين من تنظيم
      // (داعش)", "مسلحين تابعين لداعش"), and the group as the gunmen's adjective, in the same
      // case ending ("المسلحين الحوثيين", "مسلحا حوثيا"; not "قتل المسلحون الحوثيين").
      static const WordSet kBetween{"من", "اخرين", "اخرون", "تنظيم", "جماعه", "حركه", "ميليشيا", "مليشيا"};
      bool gap_of = b.token_begin > a.token_end && b.token_begin <= a.token_end + 4;
      bool saw_of = false;
      for (size_t g = a.token_end; gap_of && g < b.token_begin; ++g) {
        const std::string_view mark = text.Slice(toks.tokens[g].start, toks.tokens[g].end);
        const bool bracket = toks.tokens[g].kind == text::TokenKind::kPunct &&
                             (mark == "(" || mark == "\xC2\xAB" /*«*/ || mark == "\"");
        const bool belonging = KeyIs(toks, g, BelongingWords(), false);
        gap_of = bracket || belonging || KeyIs(toks, g, kBetween, false);
        saw_of = saw_of || belonging || toks.Key(g) == "\xD9\x85\xD9\x86";
      }
      const std::string_view gk = toks.Key(a.token_end - 1), bk = toks.Key(b.token_begin);
      auto ends = [](std::string_view k, std::string_view e) { return k.size() > e.size() + 2 && k.ends_with(e); };
      const bool same_ending = (ends(gk, "ين") && ends(bk, "ين")) || (ends(gk, "ون") && ends(bk, "ون")) ||
                               (ends(gk, "ا") && ends(bk, "يا")) ||
                               (!ends(gk, "ين") && !ends(gk, "ون") && !ends(gk, "ا") && ends(bk, "ي"));
      const bool adjective = b.token_begin == a.token_end && b.token_end == b.token_begin + 1 &&
                             toks.tokens[b.token_begin].script == text::Script::kArabic && same_ending;
      const bool arabic_of = (of == "\xD9\x85\xD9\x86" && b.token_begin == a.token_end + 1) ||
                             (gap_of && saw_of) || adjective;
      const bool english_of = (of == "of" || of == "from") &&
                              (b.token_begin == a.token_end + 1 ||
                               (b.token_begin == a.token_end + 2 && toks.Key(a.token_end + 1) == "the"));
      if (!arabic_of && !english_of) continue;
      const ActorInfo& g = d_.actors[b.actor];
      if ((g.inter >= 1 && g.inter <= 4) || g.inter == 8) a.actor = b.actor;
    }
  }
  out->actors = std::move(all);
}

}  // namespace marsad::events
