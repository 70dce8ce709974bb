// Loading the actor, trigger, quantity-word and count-noun dictionaries (docs/dictionaries.md).
#include <atomic>
#include <charconv>
#include <map>
#include <filesystem>
#include <set>

#include "marsad/events.h"
#include "marsad/tsv.h"
#include "match.h"

namespace marsad::events {

// Token keys of a phrase joined by ' ': the same normalization running text gets.
std::string PhraseKeyTokenized(std::string_view phrase, size_t* n_tokens) {
  auto decoded = text::DecodeUtf8(phrase, text::Utf8Mode::kLenient);
  if (!decoded.ok()) return {};
  auto toks = text::Tokenize(*decoded);
  std::string key;
  size_t n = 0;
  for (const auto& t : toks.tokens) {
    if (t.kind == text::TokenKind::kPunct) continue;
    std::string_view k = toks.Key(t);
    if (k.empty()) continue;
    if (!key.empty()) key += ' ';
    key += k;
    ++n;
  }
  if (n_tokens) *n_tokens = n;
  return key;
}

namespace {
// What NormalizeKey makes of each letter a plain phrase may hold (below), the letter alone:
// ASCII letters at their byte, the basic Arabic letters at 128 + (lead byte's low bit) * 64
// + (second byte & 63). NormalizeKey maps one code point at a time and joins words with one
// space (text/normalize.cc), so a plain phrase's key is these maps joined; PhraseKey called
// NormalizeKey for each of the dictionaries' 7,800 phrases (7 M instructions per start-up).
// A letter the key drops (an empty map, the lone hamza) is not mapped here: such a phrase
// goes through NormalizeKey as before.
struct PlainLetterKeys {
  // The key's bytes, at most the letter's own (1 ASCII, 2 Arabic), so a key is never longer
  // than its phrase; n == 0: no shortcut for the letter.
  struct Map {
    char b[2] = {};
    uint8_t n = 0;
  };
  Map map[256];
  PlainLetterKeys() {
    // Words are joined by one space in the key; if not, no shortcut at all.
    if (text::NormalizeKey("a b") != "a b") return;
    auto set = [&](size_t slot, std::string_view letter) {
      const std::string k = text::NormalizeKey(letter);
      if (k.empty() || k.size() > letter.size() || k.find(' ') != std::string::npos) return;
      for (size_t j = 0; j < k.size(); ++j) map[slot].b[j] = k[j];
      map[slot].n = static_cast<uint8_t>(k.size());
    };
    for (int c = 'a'; c <= 'z'; ++c) set(c, std::string(1, static_cast<char>(c)));
    for (int c = 'A'; c <= 'Z'; ++c) set(c, std::string(1, static_cast<char>(c)));
    for (int lead : {0xD8, 0xD9})
      for (int d = 0x80; d <= 0xBF; ++d)
        set(128 + (lead & 1) * 64 + (d & 63), std::string{static_cast<char>(lead), static_cast<char>(d)});
  }
};

// NormalizeKey(phrase) for a phrase PhraseKey found plain, into *key; false (and *key
// unspecified) when a letter of it has no map above.
bool PlainKey(std::string_view phrase, std::string* key) {
  static const PlainLetterKeys maps;
  key->resize(phrase.size());  // the most it takes: no letter's key is longer than the letter
  char* out = key->data();
  size_t n = 0;
  bool pending_space = false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    const auto c = static_cast<unsigned char>(phrase[i]);
    if (c == ' ') {
      pending_space = n != 0;
      continue;
    }
    size_t slot = c;
    if (c >= 0x80) slot = 128 + (c & 1) * 64 + (static_cast<unsigned char>(phrase[++i]) & 63);
    const PlainLetterKeys::Map& m = maps.map[slot];
    if (m.n == 0) return false;
    if (pending_space) out[n++] = ' ', pending_space = false;
    out[n++] = m.b[0];
    if (m.n == 2) out[n++] = m.b[1];
  }
  key->resize(n);
  return true;
}
}  // namespace

// Most phrases of the dictionaries are plain words: basic Arabic letters (U+0621..U+063A,
// U+0641..U+064A, no marks, no tatweel) or ASCII letters, one script a word, one space between
// words. Such a word is one token whose key is its NormalizeKey, so the phrase's key is
// NormalizeKey of the whole, without decoding and tokenizing it (which was 23 M of the
// one-article run's 127 M instructions). Anything else (hyphens, apostrophes, digits, marks,
// punctuation) is tokenized. tests/unit/events_match_test.cc checks both ways agree on every
// bundled phrase.
std::string PhraseKey(std::string_view phrase, size_t* n_tokens) {
  bool plain = !phrase.empty() && phrase.front() != ' ' && phrase.back() != ' ';
  size_t words = 1;
  int script = 0;  // of the current word: 1 Latin, 2 Arabic
  for (size_t i = 0; i < phrase.size() && plain; ++i) {
    const auto c = static_cast<unsigned char>(phrase[i]);
    int s = 0;
    if (c == ' ') {
      plain = phrase[i + 1] != ' ';  // not the last byte: checked above
      ++words;
      script = 0;
      continue;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      s = 1;
    } else if ((c == 0xD8 || c == 0xD9) && i + 1 < phrase.size()) {
      const auto d = static_cast<unsigned char>(phrase[++i]);
      s = (c == 0xD8 ? d >= 0xA1 && d <= 0xBA : d >= 0x81 && d <= 0x8A) ? 2 : 0;
    }
    plain = s != 0 && (script == 0 || script == s);
    script = s;
  }
  if (!plain) return PhraseKeyTokenized(phrase, n_tokens);
  std::string key;
  if (!PlainKey(phrase, &key)) key = text::NormalizeKey(phrase);
  // A word of letters the key drops (a lone hamza) is no token: tokenize such a phrase.
  size_t key_words = key.empty() ? 0 : 1;
  for (size_t i = 0; i < key.size(); ++i) key_words += key[i] == ' ';
  if (key_words != words || key.empty() || key.front() == ' ' || key.back() == ' ' ||
      key.find("  ") != std::string::npos)
    return PhraseKeyTokenized(phrase, n_tokens);
  if (n_tokens) *n_tokens = words;
  return key;
}

namespace {

// A phrase of the TSV files keyed once: the loaders look the key up (an override) before
// adding the phrase, and PhraseKey (decoding and tokenizing) was most of their cost.
struct KeyedPhrase {
  std::string_view phrase;
  std::string key;
  size_t n_tokens = 0;
};
KeyedPhrase Keyed(std::string_view phrase) {
  KeyedPhrase p{phrase, {}, 0};
  p.key = PhraseKey(phrase, &p.n_tokens);
  return p;
}

// PhraseIndex::Add with the phrase keyed already.
void AddKeyed(PhraseIndex& idx, const KeyedPhrase& p, uint32_t index, bool case_sensitive) {
  const std::string& key = p.key;
  const size_t n = p.n_tokens;
  const std::string_view phrase = p.phrase;
  if (key.empty()) return;
  auto& v = idx.entries[key];
  FirstFilterAdd(idx.entries_filter, key);
  PhraseEntry e{index, case_sensitive ? std::string(phrase) : std::string()};
  for (const auto& x : v)
    if (x.index == e.index && x.exact == e.exact) return;
  v.push_back(std::move(e));
  idx.max_tokens = std::max(idx.max_tokens, n);
  std::string first_key = key.substr(0, key.find(' '));
  // A token key may itself hold a space (hyphenated words): index every prefix word count.
  auto& m = idx.first[first_key];
  m = static_cast<uint8_t>(std::max<size_t>(m, std::min<size_t>(n, 255)));
  FirstFilterAdd(idx.first_filter, first_key);
}

bool AllUpperAscii(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 2;
}

Result<int> ParseInt(std::string_view s, const char* field) {
  int v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size()) {
    return InvalidInput(std::string("field ") + field + ": not an integer: \"" + std::string(s) + "\"");
  }
  return v;
}

Result<float> ParseWeight(std::string_view s) {
  try {
    size_t used = 0;
    float w = std::stof(std::string(s), &used);
    if (used != s.size() || w < 0 || w > 1) throw std::invalid_argument("range");
    return w;
  } catch (const std::exception&) {
    return InvalidInput("field weight: expected a number in [0,1], found \"" + std::string(s) + "\"");
  }
}

bool Exists(const std::string& p) {
  std::error_code ec;
  return std::filesystem::is_regular_file(p, ec);
}

// Removes the phrase entries that point at `index` (an overridden record).
void Unindex(PhraseIndex& idx, uint32_t index) {
  for (auto& [k, v] : idx.entries) std::erase_if(v, [&](const PhraseEntry& e) { return e.index == index; });
}

Status LoadActors(const std::string& path, Dictionaries& d) {
  return ReadTsv(path, 10, [&](const std::vector<std::string_view>& f, size_t) -> Status {
    ActorInfo a;
    a.id = std::string(f[0]);
    if (a.id.empty()) return InvalidInput("field id: empty");
    a.name_ar = std::string(f[1]);
    a.name_en = std::string(f[2]);
    a.type = std::string(f[3]);
    auto inter = ParseInt(f[4], "inter");
    if (!inter.ok()) return inter.status();
    if (*inter < 1 || *inter > 8) return InvalidInput("field inter: expected 1-8, found " + std::string(f[4]));
    a.inter = *inter;
    a.cameo = std::string(f[5]);
    a.country = std::string(f[6]);
    uint32_t index;
    auto it = d.actor_by_id.find(a.id);
    if (it != d.actor_by_id.end()) {  // a user file overrides the whole line
      index = it->second;
      d.actors[index] = a;
      Unindex(d.actor_aliases, index);
    } else {
      index = static_cast<uint32_t>(d.actors.size());
      d.actors.push_back(a);
      d.actor_by_id.emplace(a.id, index);
    }
    for (size_t col : {7u, 8u}) {
      if (f[col].empty()) continue;
      for (auto alias : Split(f[col], '|')) {
        if (alias.empty()) return InvalidInput("empty alias in column " + std::to_string(col + 1));
        d.actor_aliases.Add(alias, index, col == 8 && AllUpperAscii(alias));
      }
    }
    for (std::string_view name : {std::string_view(a.name_ar), std::string_view(a.name_en)})
      if (!name.empty()) d.actor_aliases.Add(name, index, AllUpperAscii(name));
    return Status::Ok();
  });
}

// generic_id, country (ISO alpha-2, or * for any other), actor_id: what a generic actor
// ("قوات النظام", "التحالف") means in an article about that country. Target "-": no actor.
Status LoadActorRemap(const std::string& path, Dictionaries& d) {
  return ReadTsv(path, 3, [&](const std::vector<std::string_view>& f, size_t) -> Status {
    auto generic = d.actor_by_id.find(std::string(f[0]));
    if (generic == d.actor_by_id.end()) return InvalidInput("field generic_id: unknown actor \"" + std::string(f[0]) + "\"");
    if (f[1] != "*" && f[1].size() != 2) return InvalidInput("field country: expected ISO alpha-2 or *");
    int32_t target = -1;
    if (f[2] != "-") {
      auto it = d.actor_by_id.find(std::string(f[2]));
      if (it == d.actor_by_id.end()) return InvalidInput("field actor_id: unknown actor \"" + std::string(f[2]) + "\"");
      target = static_cast<int32_t>(it->second);
    }
    auto& rows = d.actor_remap[generic->second];
    std::erase_if(rows, [&](const auto& r) { return r.first == f[1]; });  // a user file overrides
    rows.emplace_back(std::string(f[1]), target);
    return Status::Ok();
  });
}

const std::set<std::string, std::less<>> kEventTypes = {
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments"};

Status LoadTriggers(const std::string& path, Dictionaries& d) {
  return ReadTsv(path, 7, [&](const std::vector<std::string_view>& f, size_t) -> Status {
    TriggerInfo t;
    t.lang = std::string(f[0]);
    if (t.lang != "ar" && t.lang != "en") return InvalidInput("field lang: expected ar or en");
    t.phrase = std::string(f[1]);
    if (t.phrase.empty()) return InvalidInput("field phrase: empty");
    t.event_type = std::string(f[2]);
    if (!kEventTypes.count(t.event_type)) return InvalidInput("field event_type: unknown \"" + t.event_type + "\"");
    t.sub_event_type = std::string(f[3]);
    t.cameo = std::string(f[4]);
    t.plover = std::string(f[5]);
    auto w = ParseWeight(f[6]);
    if (!w.ok()) return w.status();
    t.weight = *w;
    // (lang, phrase) overrides: drop an earlier entry with the same key.
    const KeyedPhrase kp = Keyed(t.phrase);
    if (auto it = d.trigger_phrases.entries.find(kp.key); it != d.trigger_phrases.entries.end())
      std::erase_if(it->second, [&](const PhraseEntry& e) { return d.triggers[e.index].lang == t.lang; });
    uint32_t index = static_cast<uint32_t>(d.triggers.size());
    d.triggers.push_back(t);
    AddKeyed(d.trigger_phrases, kp, index, false);
    return Status::Ok();
  });
}

Status LoadQuantityWords(const std::string& path, Dictionaries& d) {
  return ReadTsv(path, 3, [&](const std::vector<std::string_view>& f, size_t) -> Status {
    QuantityWord q;
    std::string_view kind = f[1];
    if (kind == "number") q.kind = QuantityKind::kNumber;
    else if (kind == "multiplier") q.kind = QuantityKind::kMultiplier;
    else if (kind == "plural_multiplier") q.kind = QuantityKind::kMultiplier, q.plural = true;
    else if (kind == "dual_noun") q.kind = QuantityKind::kDualNoun;
    else if (kind == "dual_agreeing") q.kind = QuantityKind::kDualNoun, q.agreeing = true;
    else if (kind == "approx_many") q.kind = QuantityKind::kApproxMany;
    else if (kind == "qualifier") q.kind = QuantityKind::kQualifier;
    else return InvalidInput("field kind: unknown \"" + std::string(kind) + "\"");
    if (q.kind == QuantityKind::kQualifier) {
      static const std::set<std::string, std::less<>> kQ = {"more_than", "at_least", "about", "less_than", "up_to"};
      if (!kQ.count(f[2])) return InvalidInput("field value: unknown qualifier \"" + std::string(f[2]) + "\"");
      q.qualifier = std::string(f[2]);
    } else {
      uint64_t v = 0;
      auto r = std::from_chars(f[2].data(), f[2].data() + f[2].size(), v);
      if (r.ec != std::errc() || r.ptr != f[2].data() + f[2].size())
        return InvalidInput("field value: not a non-negative integer: \"" + std::string(f[2]) + "\"");
      q.value = v;
    }
    if (f[0].empty()) return InvalidInput("field word: empty");
    const KeyedPhrase kp = Keyed(f[0]);
    if (auto it = d.quantity_phrases.entries.find(kp.key); it != d.quantity_phrases.entries.end())
      it->second.clear();  // override by word
    uint32_t index = static_cast<uint32_t>(d.quantity_words.size());
    d.quantity_words.push_back(q);
    AddKeyed(d.quantity_phrases, kp, index, false);
    return Status::Ok();
  });
}

const std::set<std::string, std::less<>> kCountCategories = {
    "killed", "wounded", "bodies", "fighters", "civilians", "children", "women", "displaced", "refugees",
    "detained", "abducted", "missing", "protesters", "people", "dead_or_wounded"};

Status LoadCountNouns(const std::string& path, Dictionaries& d) {
  return ReadTsv(path, 2, [&](const std::vector<std::string_view>& f, size_t) -> Status {
    if (f[0].empty()) return InvalidInput("field word: empty");
    if (!kCountCategories.count(f[1])) return InvalidInput("field category: unknown \"" + std::string(f[1]) + "\"");
    const KeyedPhrase kp = Keyed(f[0]);
    if (auto it = d.count_nouns.entries.find(kp.key); it != d.count_nouns.entries.end()) it->second.clear();
    uint32_t index = static_cast<uint32_t>(d.count_categories.size());
    d.count_categories.emplace_back(f[1]);
    AddKeyed(d.count_nouns, kp, index, false);
    return Status::Ok();
  });
}

// The geoparser's demonym lists (demonyms.tsv): plural and person forms are people a number
// counts ("اربعة فلسطينيين", "700 بريطاني", "five Palestinians"). Count nouns win.
Status LoadDemonymCounts(const std::string& path, Dictionaries& d) {
  return ReadTsv(path, 3, [&](const std::vector<std::string_view>& f, size_t) -> Status {
    const std::string_view form = f[2];
    if ((form == "adj_m_def" || form == "adj_f_def") && !f[0].empty() && !f[1].empty())
      d.country_of_adjective.try_emplace(Keyed(f[0]).key, std::string(f[1]));
    if (form != "plural" && form != "plural_def" && form != "adj_m" && form != "noun") return Status::Ok();
    if (f[0].empty()) return Status::Ok();
    const KeyedPhrase kp = Keyed(f[0]);
    if (d.count_nouns.entries.count(kp.key)) return Status::Ok();
    uint32_t index = static_cast<uint32_t>(d.count_categories.size());
    d.count_categories.emplace_back("people");
    AddKeyed(d.count_nouns, kp, index, false);
    return Status::Ok();
  });
}

Status LoadQuantityCues(const std::string& path, Dictionaries& d) {
  static const std::map<std::string, QuantityCueKind, std::less<>> kKinds = {
      {"before", QuantityCueKind::kBefore},          {"toll", QuantityCueKind::kToll},
      {"after", QuantityCueKind::kAfter},            {"one", QuantityCueKind::kOne},
      {"not_after", QuantityCueKind::kNotAfter},     {"not_before", QuantityCueKind::kNotBefore},
      {"month", QuantityCueKind::kMonth},            {"cumulative", QuantityCueKind::kCumulative},
      {"since", QuantityCueKind::kSince},            {"particle", QuantityCueKind::kParticle},
      {"block", QuantityCueKind::kBlock},            {"inclusion", QuantityCueKind::kInclusion},
      {"one_after", QuantityCueKind::kOneAfter}};
  static const std::set<std::string, std::less<>> kReasons = {"percent", "currency", "distance", "duration",
                                                              "long_duration", "clock", "age", "year", "negation",
                                                              "object"};
  return ReadTsv(path, 3, [&](const std::vector<std::string_view>& f, size_t) -> Status {
    if (f[0].empty()) return InvalidInput("field phrase: empty");
    auto k = kKinds.find(f[1]);
    if (k == kKinds.end()) return InvalidInput("field kind: unknown \"" + std::string(f[1]) + "\"");
    QuantityCue c{k->second, std::string(f[2])};
    switch (c.kind) {
      case QuantityCueKind::kBefore:
      case QuantityCueKind::kToll:
      case QuantityCueKind::kAfter:
      case QuantityCueKind::kOne:
      case QuantityCueKind::kOneAfter:
        if (!kCountCategories.count(c.category))
          return InvalidInput("field category: unknown \"" + c.category + "\"");
        break;
      case QuantityCueKind::kNotAfter:
      case QuantityCueKind::kNotBefore:
        if (!kReasons.count(c.category)) return InvalidInput("field category: unknown reason \"" + c.category + "\"");
        break;
      case QuantityCueKind::kInclusion:
        if (!c.category.empty() && c.category != "any")
          return InvalidInput("field category: empty or any for inclusion, not \"" + c.category + "\"");
        break;
      case QuantityCueKind::kCumulative:
        if (!c.category.empty() && c.category != "wave")
          return InvalidInput("field category: empty or wave for cumulative, not \"" + c.category + "\"");
        break;
      case QuantityCueKind::kSince:
        if (!c.category.empty() && c.category != "duration" && c.category != "month_next")
          return InvalidInput("field category: empty, duration or month_next for since, not \"" + c.category + "\"");
        break;
      default:
        if (!c.category.empty()) return InvalidInput("field category: must be empty for " + std::string(f[1]));
    }
    // (phrase, kind) overrides: drop an earlier entry with the same key and kind.
    const KeyedPhrase kp = Keyed(f[0]);
    if (auto it = d.quantity_cue_phrases.entries.find(kp.key); it != d.quantity_cue_phrases.entries.end())
      std::erase_if(it->second, [&](const PhraseEntry& e) { return d.quantity_cues[e.index].kind == c.kind; });
    uint32_t index = static_cast<uint32_t>(d.quantity_cues.size());
    d.quantity_cues.push_back(std::move(c));
    AddKeyed(d.quantity_cue_phrases, kp, index, false);
    return Status::Ok();
  });
}

// actor_affiliations.tsv: actor id, affiliation ("government": a state affiliate), source.
Status LoadAffiliations(const std::string& path, Dictionaries& d) {
  return ReadTsv(path, 3, [&](const std::vector<std::string_view>& f, size_t) -> Status {
    auto it = d.actor_by_id.find(std::string(f[0]));
    if (it == d.actor_by_id.end()) return InvalidInput("unknown actor id \"" + std::string(f[0]) + "\"");
    if (f[1] != "government") return InvalidInput("affiliation: expected \"government\", found \"" + std::string(f[1]) + "\"");
    d.actors[it->second].pro_government = true;
    return Status::Ok();
  });
}

Status LoadDir(const std::string& dir, Dictionaries& d, bool required) {
  struct File {
    const char* rel;
    Status (*load)(const std::string&, Dictionaries&);
  };
  const File files[] = {{"actors.tsv", LoadActors},
                        {"actor_remap.tsv", LoadActorRemap},
                        {"triggers.tsv", LoadTriggers},
                        {"ar/quantity_words.tsv", LoadQuantityWords},
                        {"en/quantity_words.tsv", LoadQuantityWords},
                        {"ar/count_nouns.tsv", LoadCountNouns},
                        {"en/count_nouns.tsv", LoadCountNouns},
                        {"ar/quantity_cues.tsv", LoadQuantityCues},
                        {"en/quantity_cues.tsv", LoadQuantityCues},
                        {"ar/demonyms.tsv", LoadDemonymCounts},
                        {"en/demonyms.tsv", LoadDemonymCounts},
                        {"actor_affiliations.tsv", LoadAffiliations}};
  if (!required) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return NotFound(dir + ": not a dictionary directory");
  }
  for (const auto& f : files) {
    std::string path = dir + "/" + f.rel;
    if (!Exists(path)) {
      if (required) return NotFound(path + ": dictionary file not found");
      continue;
    }
    RETURN_IF_ERROR(f.load(path, d));
  }
  return Status::Ok();
}

}  // namespace

void PhraseIndex::Add(std::string_view phrase, uint32_t index, bool case_sensitive) {
  AddKeyed(*this, Keyed(phrase), index, case_sensitive);
}

void PhraseIndex::Freeze() {
  // `first`'s keys are distinct: a vector of them, not another map.
  std::vector<std::pair<std::string_view, FirstEntry>> first_entries;
  first_entries.reserve(first.size());
  for (const auto& [key, n] : first) {
    FirstEntry f;
    f.max_tokens = n;
    const auto it = entries.find(key);
    if (it != entries.end() && !it->second.empty()) {
      // As PhraseEntries::sole.
      const std::vector<PhraseEntry>& es = it->second;
      const bool sole = es.size() == 1 && es.front().exact.empty();
      f.one = sole ? FirstEntry::kSole : FirstEntry::kRecords;
      if (sole) f.sole = es.front().index;
    }
    first_entries.emplace_back(key, f);
  }
  first_table.Build(first_entries, FirstFilterHash);
  entries_table.Build(entries, FirstFilterHash);
  pair_filter.clear();
  for (const auto& [key, es] : entries) {
    const size_t space = key.find(' ');
    if (space == std::string::npos) continue;
    const std::string_view rest = std::string_view(key).substr(space + 1);
    const std::string_view second = rest.substr(0, rest.find(' '));
    FirstFilterAddHash(pair_filter,
                       PairHash(FirstFilterHash(std::string_view(key).substr(0, space)), FirstFilterHash(second)));
  }
}

void Dictionaries::Freeze() {
  // A government's forces: the country's row of the generic state forces
  // (actor_remap.tsv), else the row named "Military Forces of <the government's country>".
  std::unordered_map<std::string, int32_t> remapped;  // country → forces
  if (auto g = actor_by_id.find("generic_state_forces"); g != actor_by_id.end())
    if (auto rows = actor_remap.find(g->second); rows != actor_remap.end())
      for (const auto& [country, actor] : rows->second)
        if (actor >= 0 && actors[actor].country == country) remapped.emplace(country, actor);
  std::unordered_map<std::string_view, int32_t> by_name;
  for (size_t k = 0; k < actors.size(); ++k) by_name.emplace(actors[k].name_en, static_cast<int32_t>(k));
  for (auto& a : actors) {
    a.party = a.type == "state_force" || a.type == "rebel_group" || a.type == "political_militia" ||
              a.type == "identity_militia" || a.type == "external_force" || a.type == "protesters" ||
              a.type == "rioters";
    a.forces = -1;
    if (a.type != "government" || a.country.empty()) continue;
    if (auto it = remapped.find(a.country); it != remapped.end()) {
      a.forces = it->second;
      continue;
    }
    const size_t of = a.name_en.rfind(" of ");
    if (of == std::string::npos) continue;
    auto it = by_name.find("Military Forces of " + a.name_en.substr(of + 4));
    if (it != by_name.end() && actors[it->second].country == a.country) a.forces = it->second;
  }
  // "Russias warplanes", "Hezbollahs fighters", "Turkeys army": web text drops the possessive's
  // apostrophe (FA-KES dev: "Russias" 23 times, "Turkeys" 16), where "Russia's" is "Russia" and
  // its "'s" token. A one-word Latin alias also matches with that "s", unless some alias is
  // so spelled already; acronyms (exact forms) do not. Idempotent: an "s" form is skipped.
  std::vector<std::pair<std::string, uint32_t>> possessives;
  for (const auto& [key, es] : actor_aliases.entries) {
    if (key.size() < 4 || key.back() == 's' || key.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
      continue;
    std::string with_s = key + "s";
    if (actor_aliases.entries.contains(with_s)) continue;
    for (const PhraseEntry& e : es)
      if (e.exact.empty()) possessives.emplace_back(with_s, e.index);
  }
  for (const auto& [key, index] : possessives) actor_aliases.Add(key, index, false);
  aircraft_by_nationality.clear();
  english_aircraft_by_nationality.clear();
  for (const auto& [key, es] : actor_aliases.entries) {
    const size_t space = key.find(' ');
    if (space == std::string::npos || key.find(' ', space + 1) != std::string::npos) continue;
    const std::string_view first = std::string_view(key).substr(0, space);
    const std::string_view second = std::string_view(key).substr(space + 1);
    const bool arabic = first == "الطايرات" || first == "الطيران";
    if (!arabic && second != "warplanes" && second != "jets" && second != "aircraft") continue;
    auto& table = arabic ? aircraft_by_nationality : english_aircraft_by_nationality;
    for (const PhraseEntry& e : es) {
      const ActorInfo& a = actors[e.index];
      if (a.type != "state_force" && a.type != "external_force") continue;
      auto [it, added] = table.emplace(arabic ? second : first, static_cast<int32_t>(e.index));
      if (!added) it->second = std::min(it->second, static_cast<int32_t>(e.index));  // the same on every run
    }
  }
  for (PhraseIndex* idx : {&actor_aliases, &trigger_phrases, &quantity_phrases, &count_nouns, &quantity_cue_phrases})
    idx->Freeze();
  std::unordered_map<std::string_view, uint8_t> one;
  for (const auto& [key, es] : quantity_cue_phrases.entries)
    for (const PhraseEntry& e : es)
      if (quantity_cues[e.index].kind == QuantityCueKind::kOne) one.emplace(key, 1);
  one_cue_keys.Build(one, FirstFilterHash);
  AddStartIndexes({});
}

void Dictionaries::AddStartIndexes(std::initializer_list<PhraseIndex*> more) {
  std::vector<PhraseIndex*> indexes = {&actor_aliases, &trigger_phrases, &quantity_phrases, &count_nouns,
                                       &quantity_cue_phrases};
  indexes.insert(indexes.end(), more.begin(), more.end());
  std::unordered_map<std::string, uint8_t> all;
  starts_filter.assign(kFirstFilterWords, 0);
  uint8_t bit = 1;
  for (PhraseIndex* idx : indexes) {
    if (bit == 0) {  // more than 8 indexes: the rest is tried at every token
      idx->start_bit = 0;
      continue;
    }
    idx->start_bit = bit;
    for (const auto& [first_key, n] : idx->first) {
      (void)n;
      all[first_key] |= bit;
      FirstFilterAdd(starts_filter, first_key);
    }
    bit = static_cast<uint8_t>(bit << 1);
  }
  starts.Build(all, FirstFilterHash);
  static std::atomic<uint64_t> next_serial{1};
  starts_serial = next_serial.fetch_add(1);
}

Result<Dictionaries> Dictionaries::Load(const std::string& base_dir, const std::vector<std::string>& user_dirs) {
  Dictionaries d;
  RETURN_IF_ERROR(LoadDir(base_dir, d, true));
  for (const auto& u : user_dirs) RETURN_IF_ERROR(LoadDir(u, d, false));
  d.Freeze();
  return d;
}

}  // namespace marsad::events
