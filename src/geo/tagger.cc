// The averaged structured perceptron of marsad/tagger.h: features, Viterbi, training and
// the model file.
// Over 600 lines for a reason: features, decoding, training and the model file of one model
// share its feature layout and change together.
#include "marsad/tagger.h"

#include <algorithm>
#include <bit>
#include <memory>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <numeric>
#include <random>
#include <unordered_map>

namespace marsad::geo {

namespace {

constexpr char kMagic[8] = {'M', 'R', 'S', 'D', 'T', 'A', 'G', '1'};
constexpr size_t kHeaderSize = 8 + 4 * 4;
constexpr float kNegInf = -std::numeric_limits<float>::infinity();

uint64_t Fnv(const void* data, size_t n, uint64_t h = 1469598103934665603ull) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < n; ++i) {
    h ^= p[i];
    h *= 1099511628211ull;
  }
  return h;
}

// Tags: 0 O, 1 B-PLACE, 2 I-PLACE, 3 B-PER, 4 I-PER, 5 B-ORG, 6 I-ORG.
bool IsInside(int t) { return t > 0 && t % 2 == 0; }
bool Allowed(int prev, int cur) {  // prev == kNumTags: the start state
  if (!IsInside(cur)) return true;
  return prev != kNumTags && prev != 0 && (prev + 1) / 2 == cur / 2;
}

// Feature hashing. Every string a template uses is hashed once per token (key, stems,
// affixes) or per document; a feature's row is the mix of its template id and values, so
// extraction builds no strings.
inline uint64_t Mix(uint64_t h) {
  h ^= h >> 31;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 29;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 32;
  return h;
}
inline uint64_t Hs(std::string_view s) { return Fnv(s.data(), s.size()); }
inline uint64_t Pair(uint64_t a, uint64_t b) { return Mix(a + 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full); }

// Collects hashed feature rows for one token.
class FeatureSink {
 public:
  FeatureSink(std::vector<uint32_t>* out, uint32_t mask) : out_(out), mask_(mask) {}
  void Add(char tmpl, uint64_t v) {
    out_->push_back(static_cast<uint32_t>(Mix(v ^ (static_cast<uint64_t>(static_cast<unsigned char>(tmpl)) << 56))) &
                    mask_);
  }
  void Add(char tmpl, uint64_t a, uint64_t b) { Add(tmpl, Pair(a, b)); }

 private:
  std::vector<uint32_t>* out_;
  uint32_t mask_;
};

// Code-point prefix/suffix of a UTF-8 key.
std::string_view CpPrefix(std::string_view s, size_t n) {
  size_t i = 0;
  for (size_t k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(0, i);
}
std::string_view CpSuffix(std::string_view s, size_t n) {
  size_t i = s.size();
  for (size_t k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  }
  return s.substr(i);
}
size_t CpLen(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// What the gazetteer says about a key, packed: best candidate's feature class in the low
// byte, then found / country / admin1 / official-name bits. 0: not a name.
constexpr uint32_t kGazFound = 1u << 8, kGazCountry = 1u << 9, kGazAdmin1 = 1u << 10, kGazOfficial = 1u << 11;

uint32_t LookupCode(const gazetteer::Gazetteer& gaz, std::string_view key, bool* is_prefix) {
  auto postings = gaz.Lookup(key, is_prefix);
  if (postings.empty()) return 0;
  uint32_t code = kGazFound;
  char best_class = 0;
  uint64_t best_pop = 0;
  size_t n = std::min<size_t>(postings.size(), 16);
  for (size_t k = 0; k < n; ++k) {
    const auto& p = postings[k];
    auto pv = gaz.Place(p.place);
    if (best_class == 0 || pv.population > best_pop) {
      best_pop = pv.population;
      best_class = pv.feature_class;
    }
    if (pv.feature_code.starts_with("PCL")) code |= kGazCountry;
    if (pv.feature_code == "ADM1") code |= kGazAdmin1;
    if (p.flags & gazetteer::kNameOfficial) code |= kGazOfficial;
  }
  return code | static_cast<unsigned char>(best_class ? best_class : '?');
}

char LenBucket(size_t n) { return n <= 1 ? '1' : n == 2 ? '2' : n == 3 ? '3' : n <= 5 ? '5' : n <= 8 ? '8' : '9'; }

// Features of every token of a document, flattened: rows[off[i] .. off[i+1]).
struct DocFeatures {
  std::vector<uint32_t> rows;
  std::vector<uint32_t> off;
  size_t size() const { return off.empty() ? 0 : off.size() - 1; }
};

// The key a token stands for in word features (numbers collapse to their shape).
std::string_view WordKey(const text::Tokens& t, long i) {
  if (i < 0) return "<s>";
  if (static_cast<size_t>(i) >= t.tokens.size()) return "</s>";
  const auto& tok = t.tokens[i];
  if (tok.kind == text::TokenKind::kNumber) return "<num>";
  if (tok.kind == text::TokenKind::kUrl) return "<url>";
  if (tok.kind == text::TokenKind::kMention) return "<@>";
  return t.Key(tok);
}

template <typename Map>
const typename Map::mapped_type* FindAny(const Map& m, const text::Tokens& t, size_t i) {
  for (const auto& s : t.Stems(i)) {
    auto it = m.find(s);
    if (it != m.end()) return &it->second;
  }
  return nullptr;
}

// Lexicon memberships of a token (any of its stems), computed once per token.
enum LexBit : uint16_t {
  kLexCueBefore = 1,
  kLexPersonBefore = 2,
  kLexPersonAfter = 4,
  kLexOrgBefore = 8,
  kLexOrgAfter = 16,
  kLexNonplace = 32,
  kLexDemonym = 64,
};
struct LexInfo {
  uint64_t cue_before = 0, cue_after = 0, relation = 0;  // hash of the kind + 1; 0: none
  uint16_t bits = 0;
};

// All lexicons merged into one map: one probe per stem instead of one per lexicon. Built
// once per thread and Lexicons object (they are immutable after load).
struct MergedLexicon {
  struct Entry {
    uint64_t cue_before = 0, cue_after = 0, relation = 0;
    uint16_t bits = 0;
  };
  const Lexicons* source = nullptr;
  uint64_t fingerprint = 0;
  StringMap<Entry> map;
  // The same entries in an open-addressing table keyed by the key's 64-bit hash (no string
  // compares on the hot path; distinct lexicon keys with one hash are not expected).
  std::vector<std::pair<uint64_t, Entry>> table;
  size_t mask = 0;

  // Identifies a Lexicons object cheaply: its address and the sizes of its maps (a new
  // object at a freed address with equal sizes is the one case this misses; Lexicons are
  // loaded once per process, so in practice only tests create several).
  static uint64_t Fingerprint(const Lexicons& l) {
    uint64_t h = reinterpret_cast<uintptr_t>(&l);
    for (size_t n : {l.cues_before.size(), l.cues_after.size(), l.relations.size(), l.nonplace.size(),
                     l.person_before.size(), l.person_after.size(), l.org_before.size(), l.org_after.size(),
                     l.demonyms.size()})
      h = Mix(h ^ n);
    return h;
  }
  bool Matches(const Lexicons& lex) const { return source == &lex && fingerprint == Fingerprint(lex); }

  void Build(const Lexicons& lex) {
    source = &lex;
    fingerprint = Fingerprint(lex);
    map.clear();
    for (const auto& [k, c] : lex.cues_before) {
      map[k].cue_before = Hs(c.kind) + 1;
      map[k].bits |= kLexCueBefore;
    }
    for (const auto& [k, c] : lex.cues_after) map[k].cue_after = Hs(c.kind) + 1;
    for (const auto& [k, c] : lex.relations) map[k].relation = Hs(c.kind) + 1;
    for (const auto& [k, v] : lex.person_before) map[k].bits |= kLexPersonBefore;
    for (const auto& [k, v] : lex.person_after) map[k].bits |= kLexPersonAfter;
    for (const auto& [k, v] : lex.org_before) map[k].bits |= kLexOrgBefore;
    for (const auto& [k, v] : lex.org_after) map[k].bits |= kLexOrgAfter;
    for (const auto& [k, v] : lex.nonplace) map[k].bits |= kLexNonplace;
    for (const auto& [k, v] : lex.demonyms) map[k].bits |= kLexDemonym;
    size_t cap = 16;
    while (cap < 2 * map.size()) cap <<= 1;
    table.assign(cap, {0, Entry{}});
    mask = cap - 1;
    for (const auto& [k, e] : map) {
      const uint64_t h = Hs(k) | 1;
      size_t i = Mix(h) & mask;
      while (table[i].first != 0) i = (i + 1) & mask;
      table[i] = {h, e};
    }
    map.clear();
  }
  const Entry* Find(std::string_view k) const {
    const uint64_t h = Hs(k) | 1;
    for (size_t i = Mix(h) & mask;; i = (i + 1) & mask) {
      if (table[i].first == h) return &table[i].second;
      if (table[i].first == 0) return nullptr;
    }
  }
  // What FindAny over each lexicon would give: per field, the first stem that has it.
  LexInfo Of(const text::Tokens& t, size_t i) const {
    LexInfo li;
    for (const auto& stem : t.Stems(i)) {
      const Entry* found = Find(stem);
      if (!found) continue;
      const Entry& e = *found;
      if (!li.cue_before) li.cue_before = e.cue_before;
      if (!li.cue_after) li.cue_after = e.cue_after;
      if (!li.relation) li.relation = e.relation;
      li.bits |= e.bits;
    }
    return li;
  }
};

// Open-addressing map from a nonzero 64-bit key hash to bits, reused across documents.
class KeyBits {
 public:
  void Reset(size_t n) {
    size_t cap = 16;
    while (cap < 2 * n) cap <<= 1;
    slots_.assign(cap, {0, 0});
    mask_ = cap - 1;
  }
  // Ors `b` into the key's bits (kDocRepeated when it was there already).
  void Or(uint64_t key, uint32_t b, uint32_t repeated) {
    key |= 1;
    for (size_t i = Mix(key) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].first == key) {
        slots_[i].second |= b | repeated;
        return;
      }
      if (slots_[i].first == 0) {
        slots_[i] = {key, b};
        return;
      }
    }
  }
  uint32_t Get(uint64_t key) const {
    key |= 1;
    for (size_t i = Mix(key) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].first == key) return slots_[i].second;
      if (slots_[i].first == 0) return 0;
    }
  }

 private:
  std::vector<std::pair<uint64_t, uint32_t>> slots_;
  size_t mask_ = 0;
};

// Document-level evidence about a word key, or-ed over all its occurrences (DocBit): a name
// seen once in a telling context ("in Fargo", "Greer, South Carolina", "Mr Greer") carries
// that context to its bare mentions elsewhere in the article.
enum DocBit : uint32_t {
  kDocAfterPlaceCue = 1,     // preceded by a place cue word
  kDocBeforeRegion = 2,      // followed by ", <country or admin1 name>"
  kDocPersonContext = 4,     // preceded by a person title or followed by a person cue
  kDocOrgContext = 8,        // preceded by an organisation cue
  kDocCapitalizedInner = 16, // capitalized somewhere other than a sentence start
  kDocLowercase = 32,        // a Latin occurrence that is not capitalized
  kDocAfterRelation = 64,    // preceded by a relation word (north of, near)
  kDocRepeated = 128,        // occurs more than once
};

// Per-thread buffers reused across documents, and a bounded memo of gazetteer lookups
// (names repeat within and across articles; the gazetteer is immutable, so the memo only
// saves time and never changes a result).
struct FeatureScratch {
  struct GazSpan {
    uint32_t begin, len, code;
  };
  std::vector<uint64_t> wh;  // word key hashes, offset 2 (<s> <s> tokens </s> </s>)
  std::vector<uint32_t> tok_code, stem_code, hyph_code;
  std::vector<GazSpan> spans;
  std::vector<int> cover;
  std::vector<LexInfo> lex;
  std::vector<uint8_t> sent_start;
  std::vector<uint32_t> doc_bits;
  KeyBits key_bits;
  MergedLexicon lexicon;
  // Direct-mapped memo of gazetteer lookups by key hash: fixed size, no allocation; a
  // slot holds the latest key that maps to it.
  struct Memo {
    uint64_t hash = 0;
    uint32_t code = 0;
    bool prefix = false;
  };
  static constexpr size_t kMemoSlots = 1 << 16;
  std::vector<Memo> memo = std::vector<Memo>(kMemoSlots);
  std::string key;

  uint32_t Lookup(const gazetteer::Gazetteer& gaz, std::string_view k, bool* is_prefix) {
    const uint64_t h = Hs(k) | 1;
    Memo& m = memo[Mix(h) & (kMemoSlots - 1)];
    if (m.hash != h) {
      m.hash = h;
      m.code = LookupCode(gaz, k, &m.prefix);
    }
    *is_prefix = m.prefix;
    return m.code;
  }
};

FeatureScratch& Scratch() {
  thread_local FeatureScratch s;
  return s;
}

bool IsWordLike(const text::Token& t) {
  return t.kind == text::TokenKind::kWord || t.kind == text::TokenKind::kHashtag;
}

void ComputeFeatures(const text::Tokens& t, const TaggerContext& ctx, uint32_t rows, DocFeatures* out) {
  const size_t n = t.tokens.size();
  FeatureScratch& sc = Scratch();
  out->rows.clear();
  out->off.assign(1, 0);
  out->rows.reserve(n * 64);
  const uint32_t mask = rows - 1;
  FeatureSink f(&out->rows, mask);

  // Per-token hashes and flags.
  sc.wh.assign(n + 4, 0);
  sc.wh[0] = sc.wh[1] = Hs("<s>");
  sc.wh[n + 2] = sc.wh[n + 3] = Hs("</s>");
  sc.sent_start.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    sc.wh[i + 2] = Hs(WordKey(t, static_cast<long>(i)));
    const auto& tok = t.tokens[i];
    sc.sent_start[i] = i == 0 || tok.Has(text::kNewlineBefore) || t.tokens[i - 1].kind == text::TokenKind::kPunct;
  }
  auto wh = [&](long i) { return sc.wh[static_cast<size_t>(std::clamp<long>(i + 2, 0, static_cast<long>(n) + 3))]; };

  // Gazetteer spans: for each start token, the 1-3 token windows that are names (the
  // first token may stand for any of its clitic stems).
  sc.spans.clear();
  sc.tok_code.assign(n, 0);
  sc.stem_code.assign(n, 0);
  sc.hyph_code.assign(n, 0);
  if (ctx.gazetteer) {
    const auto& gaz = *ctx.gazetteer;
    std::string& key = sc.key;
    for (size_t i = 0; i < n; ++i) {
      const auto& tok = t.tokens[i];
      if (!IsWordLike(tok)) continue;
      const auto& stems = t.Stems(i);
      for (size_t s = 0; s < stems.size() && s < 4; ++s) {
        bool prefix = false;
        uint32_t one = sc.Lookup(gaz, stems[s], &prefix);
        if (s == 0) sc.tok_code[i] = one;
        else if (one && !sc.stem_code[i]) sc.stem_code[i] = one;
        if (one) sc.spans.push_back({static_cast<uint32_t>(i), 1, one});
        if (!prefix) continue;
        key = stems[s];
        for (size_t len = 2; len <= 3 && i + len <= n; ++len) {
          const auto& nt = t.tokens[i + len - 1];
          if (nt.kind != text::TokenKind::kWord) break;
          key += ' ';
          key += t.Key(nt);
          uint32_t g = sc.Lookup(gaz, key, &prefix);
          if (g) sc.spans.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(len), g});
          if (!prefix) break;
        }
      }
      // Hyphenated Latin words (Fargo-Moorhead, Watertown-ML): the first part.
      std::string_view k = t.Key(tok);
      if (tok.script == text::Script::kLatin) {
        size_t dash = k.find('-');
        if (dash != std::string_view::npos && dash > 1) {
          bool prefix = false;
          sc.hyph_code[i] = sc.Lookup(gaz, k.substr(0, dash), &prefix);
        }
      }
    }
  }
  // Longest gazetteer span covering each token, and where the token sits in it.
  sc.cover.assign(n, -1);
  for (size_t k = 0; k < sc.spans.size(); ++k) {
    for (uint32_t j = sc.spans[k].begin; j < sc.spans[k].begin + sc.spans[k].len; ++j) {
      if (sc.cover[j] < 0 || sc.spans[sc.cover[j]].len < sc.spans[k].len) sc.cover[j] = static_cast<int>(k);
    }
  }

  // Lexicons, once per token.
  const Lexicons* lex = ctx.lexicons;
  sc.lex.assign(n, LexInfo{});
  if (lex) {
    if (!sc.lexicon.Matches(*lex)) sc.lexicon.Build(*lex);
    for (size_t i = 0; i < n; ++i) {
      if (t.tokens[i].kind == text::TokenKind::kNumber) continue;
      sc.lex[i] = sc.lexicon.Of(t, i);
    }
  }
  static const LexInfo kNoLex;
  auto lx = [&](long i) -> const LexInfo& {
    return i < 0 || static_cast<size_t>(i) >= n ? kNoLex : sc.lex[static_cast<size_t>(i)];
  };

  // Document-level evidence per word key.
  sc.key_bits.Reset(n);
  sc.doc_bits.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const auto& tok = t.tokens[i];
    if (!IsWordLike(tok)) continue;
    const long li = static_cast<long>(i);
    uint32_t b = 0;
    if (lx(li - 1).bits & kLexCueBefore) b |= kDocAfterPlaceCue;
    if (lx(li - 1).relation) b |= kDocAfterRelation;
    if ((lx(li - 1).bits & kLexPersonBefore) || (lx(li + 1).bits & kLexPersonAfter)) b |= kDocPersonContext;
    if (lx(li - 1).bits & kLexOrgBefore) b |= kDocOrgContext;
    if (i + 2 < n && t.tokens[i + 1].kind == text::TokenKind::kPunct && t.Key(i + 1) == ",") {
      int c = sc.cover[i + 2];
      if (c >= 0 && sc.spans[c].begin == i + 2 && (sc.spans[c].code & (kGazCountry | kGazAdmin1))) b |= kDocBeforeRegion;
    }
    if (tok.Has(text::kCapitalized) && !sc.sent_start[i]) b |= kDocCapitalizedInner;
    if (tok.script == text::Script::kLatin && !tok.Has(text::kCapitalized)) b |= kDocLowercase;
    sc.key_bits.Or(sc.wh[i + 2], b, kDocRepeated);
  }
  for (size_t i = 0; i < n; ++i) {
    if (!IsWordLike(t.tokens[i])) continue;
    sc.doc_bits[i] = sc.key_bits.Get(sc.wh[i + 2]);
  }

  for (size_t i = 0; i < n; ++i) {
    const long li = static_cast<long>(i);
    const auto& tok = t.tokens[i];
    std::string_view w = WordKey(t, li);
    const uint64_t hw = wh(li);
    f.Add('b', 0);
    f.Add('w', hw);
    f.Add('p', wh(li - 1));
    f.Add('n', wh(li + 1));
    f.Add('P', wh(li - 2));
    f.Add('N', wh(li + 2));
    f.Add('x', wh(li - 1), hw);
    f.Add('y', hw, wh(li + 1));
    if (tok.kind == text::TokenKind::kWord) {
      const auto& stems = t.Stems(i);
      for (size_t s = 1; s < stems.size() && s < 4; ++s) f.Add('s', Hs(stems[s]));
      std::string_view core = stems.size() > 1 ? std::string_view(stems.back()) : w;
      for (size_t k = 1; k <= 3; ++k) {
        f.Add(static_cast<char>('0' + k), Hs(CpPrefix(w, k)));
        f.Add(static_cast<char>('3' + k), Hs(CpSuffix(w, k)));
      }
      if (core != w) {
        f.Add('7', Hs(CpPrefix(core, 2)));
        f.Add('8', Hs(CpSuffix(core, 2)));
      }
    }
    // Shape, packed one field a byte.
    const bool cap = tok.Has(text::kCapitalized);
    const uint64_t shape4 = static_cast<uint64_t>(tok.script) | static_cast<uint64_t>(tok.kind) << 8 |
                            static_cast<uint64_t>(cap) << 16 | static_cast<uint64_t>(tok.Has(text::kAllCaps)) << 24;
    const uint64_t shape3 = shape4 & 0xFFFFFF;
    const uint64_t shape =
        shape4 |
        static_cast<uint64_t>(tok.Has(text::kHashtagPart) ? (tok.Has(text::kHashtagFirst) ? 2 : 1) : 0) << 32 |
        static_cast<uint64_t>(tok.Has(text::kDigitGlue)) << 40 | static_cast<uint64_t>(LenBucket(CpLen(w))) << 48;
    f.Add('S', shape);
    f.Add('T', shape4);
    const bool prev_cap = i > 0 && t.tokens[i - 1].Has(text::kCapitalized);
    const bool next_cap = i + 1 < n && t.tokens[i + 1].Has(text::kCapitalized);
    const uint64_t ctxs = prev_cap | cap << 1 | next_cap << 2 | static_cast<uint64_t>(sc.sent_start[i]) << 3;
    f.Add('K', ctxs);
    if (tok.Has(text::kNewlineBefore)) f.Add('L', 1);
    // Capitalization in context (English): the word and its neighbours with this token's case.
    const bool latin = tok.script == text::Script::kLatin;
    if (latin) {
      f.Add('W', hw, ctxs);
      f.Add('c', wh(li - 1), cap);
      f.Add('j', wh(li + 1), cap);
    }
    // Gazetteer.
    if (ctx.gazetteer) {
      const uint32_t g = sc.tok_code[i];
      f.Add('g', g);
      if (sc.stem_code[i]) f.Add('G', sc.stem_code[i]);
      if (sc.hyph_code[i]) f.Add('h', sc.hyph_code[i], cap);
      if (latin) f.Add('k', g & kGazFound, ctxs);
      if (sc.cover[i] >= 0) {
        const auto& s = sc.spans[sc.cover[i]];
        const uint64_t pos = s.len == 1 ? 0 : i == s.begin ? 1 : i + 1 == s.begin + s.len ? 2 : 3;
        const uint64_t lens = pos | static_cast<uint64_t>(s.len) << 4;
        f.Add('z', lens, s.code);
        f.Add('Z', lens, shape3);
        if (latin) f.Add('r', wh(li - 1), s.code & (kGazFound | kGazCountry | kGazAdmin1));
      } else {
        f.Add('z', 1ull << 40);
      }
    }
    // Document-level evidence for this word.
    if (sc.doc_bits[i]) {
      f.Add('d', sc.doc_bits[i]);
      f.Add('e', sc.doc_bits[i], cap | static_cast<uint64_t>(sc.tok_code[i] != 0) << 1);
    }
    // Cue words and lexicons.
    if (lex) {
      if (uint64_t c = lx(li - 1).cue_before) f.Add('C', c);
      if (uint64_t c = lx(li - 2).cue_before) f.Add('D', c);
      if (uint64_t c = lx(li + 1).cue_after) f.Add('E', c);
      if (uint64_t c = lx(li + 2).cue_after) f.Add('F', c);
      if (uint64_t c = lx(li - 1).relation) f.Add('R', c);
      const uint16_t b0 = lx(li).bits, bp1 = lx(li - 1).bits, bp2 = lx(li - 2).bits, bn1 = lx(li + 1).bits;
      if (bp1 & kLexPersonBefore) f.Add('Q', 1);
      if (bp2 & kLexPersonBefore) f.Add('Q', 2);
      if (bn1 & kLexPersonAfter) f.Add('Q', 3);
      if (bp1 & kLexOrgBefore) f.Add('Q', 4);
      if (bp2 & kLexOrgBefore) f.Add('Q', 5);
      if (bn1 & kLexOrgAfter) f.Add('Q', 6);
      if (b0 & kLexPersonBefore) f.Add('Q', 7);
      if (b0 & kLexOrgBefore) f.Add('Q', 8);
      if (b0 & kLexCueBefore) f.Add('Q', 9);
      if (b0 & kLexNonplace) f.Add('X', 1);
      if (b0 & kLexDemonym) f.Add('M', 1);
    }
    out->off.push_back(static_cast<uint32_t>(out->rows.size()));
  }
}

// Emission scores n x kNumTags. Rows are kRowStride floats apart (one 32-byte aligned row
// never straddles a cache line); the row loads are the cost, so they are prefetched ahead.
void Emissions(const DocFeatures& df, const float* w, std::vector<float>* em) {
  const size_t n = df.size();
  em->assign(n * kNumTags, 0.f);
  const uint32_t* rows = df.rows.data();
  const size_t total = df.rows.size();
  constexpr size_t kAhead = 24;
  for (size_t k = 0; k < std::min(total, kAhead); ++k) __builtin_prefetch(w + static_cast<size_t>(rows[k]) * kRowStride);
  for (size_t i = 0; i < n; ++i) {
    float acc[kRowStride] = {};
    for (uint32_t k = df.off[i]; k < df.off[i + 1]; ++k) {
      if (k + kAhead < total) __builtin_prefetch(w + static_cast<size_t>(rows[k + kAhead]) * kRowStride);
      const float* row = w + static_cast<size_t>(rows[k]) * kRowStride;
      for (size_t t = 0; t < kRowStride; ++t) acc[t] += row[t];
    }
    std::copy(acc, acc + kNumTags, em->data() + i * kNumTags);
  }
}

// Max-product forward pass and backtrace; fills tags. With `mm`, also the max-marginal
// of every (token, tag): the best path score constrained through it.
float Viterbi(const std::vector<float>& em, size_t n, const float* trans, std::vector<int>* tags,
              std::vector<float>* mm) {
  tags->assign(n, 0);
  if (n == 0) return 0;
  thread_local std::vector<float> alpha, beta;
  thread_local std::vector<uint8_t> back;
  alpha.resize(n * kNumTags);
  back.resize(n * kNumTags);
  for (int t = 0; t < kNumTags; ++t)
    alpha[t] = Allowed(kNumTags, t) ? trans[kNumTags * kNumTags + t] + em[t] : kNegInf;
  for (size_t i = 1; i < n; ++i) {
    for (int t = 0; t < kNumTags; ++t) {
      float best = kNegInf;
      int arg = 0;
      for (int p = 0; p < kNumTags; ++p) {
        if (!Allowed(p, t)) continue;
        float s = alpha[(i - 1) * kNumTags + p] + trans[p * kNumTags + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      alpha[i * kNumTags + t] = best + em[i * kNumTags + t];
      back[i * kNumTags + t] = static_cast<uint8_t>(arg);
    }
  }
  int last = 0;
  for (int t = 1; t < kNumTags; ++t)
    if (alpha[(n - 1) * kNumTags + t] > alpha[(n - 1) * kNumTags + last]) last = t;
  float best = alpha[(n - 1) * kNumTags + last];
  for (size_t i = n; i-- > 0;) {
    (*tags)[i] = last;
    if (i > 0) last = back[i * kNumTags + last];
  }
  if (mm) {
    beta.assign(n * kNumTags, 0.f);
    for (size_t i = n - 1; i-- > 0;) {
      for (int t = 0; t < kNumTags; ++t) {
        float b = kNegInf;
        for (int x = 0; x < kNumTags; ++x) {
          if (!Allowed(t, x)) continue;
          b = std::max(b, trans[t * kNumTags + x] + em[(i + 1) * kNumTags + x] + beta[(i + 1) * kNumTags + x]);
        }
        beta[i * kNumTags + t] = b;
      }
    }
    mm->resize(n * kNumTags);
    for (size_t k = 0; k < n * kNumTags; ++k) (*mm)[k] = alpha[k] + beta[k];
  }
  return best;
}

std::vector<TaggedSpan> SpansOf(const text::Tokens& tokens, const std::vector<int>& tags,
                                const std::vector<float>* mm, float best) {
  std::vector<TaggedSpan> out;
  const size_t n = tags.size();
  for (size_t i = 0; i < n;) {
    int t = tags[i];
    if (t == 0 || IsInside(t)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && tags[j] == t + 1) ++j;
    TaggedSpan s;
    s.token_begin = static_cast<uint32_t>(i);
    s.token_end = static_cast<uint32_t>(j);
    s.start = tokens.tokens[i].start;
    s.end = tokens.tokens[j - 1].end;
    s.label = static_cast<EntityLabel>((t - 1) / 2);
    if (mm) {
      float other = kNegInf;
      for (int x = 0; x < kNumTags; ++x)
        if (x != t) other = std::max(other, (*mm)[i * kNumTags + x]);
      s.margin = best - other;
    }
    out.push_back(s);
    i = j;
  }
  return out;
}

}  // namespace

const char* EntityLabelName(EntityLabel l) {
  switch (l) {
    case EntityLabel::kPlace: return "PLACE";
    case EntityLabel::kPerson: return "PERSON";
    case EntityLabel::kOrg: return "ORG";
  }
  return "?";
}

Tagger::Tagger(uint32_t rows_log2)
    : rows_(1u << std::min<uint32_t>(rows_log2, 26)),
      trans_((kNumTags + 1) * kNumTags, 0.f),
      weights_(static_cast<size_t>(rows_) * kRowStride, 0.f) {}

std::vector<int> Tagger::GoldTags(const text::Tokens& tokens, const std::vector<LabeledSpan>& spans) {
  std::vector<int> tags(tokens.tokens.size(), 0);
  std::vector<int> owner(tokens.tokens.size(), -1);
  // Places first, so a place wins over an overlapping person or organisation span.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < spans.size(); ++k) {
      const auto& s = spans[k];
      if ((s.label == EntityLabel::kPlace) != (pass == 0) || s.end <= s.start) continue;
      bool first = true;
      for (size_t i = 0; i < tokens.tokens.size(); ++i) {
        const auto& t = tokens.tokens[i];
        if (t.end <= s.start || t.start >= s.end) continue;
        if (owner[i] >= 0) {
          first = false;
          continue;
        }
        owner[i] = static_cast<int>(k);
        tags[i] = 1 + 2 * static_cast<int>(s.label) + (first ? 0 : 1);
        first = false;
      }
    }
  }
  // An inside tag whose predecessor is not of its label (a span clipped by another) starts anew.
  for (size_t i = 0; i < tags.size(); ++i)
    if (IsInside(tags[i]) && (i == 0 || !Allowed(tags[i - 1], tags[i]))) tags[i] -= 1;
  return tags;
}

std::vector<std::vector<uint32_t>> Tagger::FeatureRows(const text::Tokens& tokens, const TaggerContext& ctx,
                                                      uint32_t rows_log2) {
  DocFeatures df;
  ComputeFeatures(tokens, ctx, 1u << rows_log2, &df);
  std::vector<std::vector<uint32_t>> out(df.size());
  for (size_t i = 0; i < df.size(); ++i) out[i].assign(df.rows.begin() + df.off[i], df.rows.begin() + df.off[i + 1]);
  return out;
}

std::vector<TaggedSpan> Tagger::Tag(const text::Tokens& tokens, const TaggerContext& ctx, std::vector<int>* tags_out,
                                    std::vector<float>* place_margin) const {
  thread_local DocFeatures df;
  thread_local std::vector<float> em, mm;
  std::vector<int> local_tags;
  std::vector<int>& tags = tags_out ? *tags_out : local_tags;
  ComputeFeatures(tokens, ctx, rows_, &df);
  Emissions(df, weights_.data(), &em);
  float best = Viterbi(em, df.size(), trans_.data(), &tags, &mm);
  if (place_margin) {
    place_margin->assign(df.size(), 0.f);
    for (size_t i = 0; i < df.size(); ++i) {
      if (tags[i] == 1 || tags[i] == 2) continue;
      float p = std::max(mm[i * kNumTags + 1], mm[i * kNumTags + 2]);
      (*place_margin)[i] = best - p;
    }
  }
  return SpansOf(tokens, tags, &mm, best);
}

// ---------------------------------------------------------------- training

struct TaggerTrainer {
  static Tagger Run(const std::vector<TrainDoc>& docs, const TaggerContext& ctx, const TrainOptions& opt,
                    Tagger::EpochFn on_epoch, void* user) {
    Tagger m(opt.rows_log2);
    struct Prepared {
      DocFeatures f;
      std::vector<int> gold;
    };
    std::vector<Prepared> prep;
    prep.reserve(docs.size());
    for (const auto& d : docs) {
      auto text = text::DecodeUtf8(d.text, text::Utf8Mode::kLenient);
      if (!text.ok()) continue;
      auto toks = text::Tokenize(*text);
      if (toks.tokens.empty()) continue;
      Prepared p;
      ComputeFeatures(toks, ctx, m.rows_, &p.f);
      p.gold = Tagger::GoldTags(toks, d.spans);
      prep.push_back(std::move(p));
    }
    // Averaging by timestamps: avg = w - u / c, u accumulating c * every update.
    std::vector<float> wu(m.weights_.size(), 0.f), tu(m.trans_.size(), 0.f);
    float c = 1;
    std::vector<size_t> order(prep.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 rng(opt.seed);
    std::vector<float> em;
    std::vector<int> pred;
    float* w = m.weights_.data();
    float* tr = m.trans_.data();
    auto update_feats = [&](const DocFeatures& f, size_t i, int tag, float d) {
      for (uint32_t k = f.off[i]; k < f.off[i + 1]; ++k) {
        size_t idx = static_cast<size_t>(f.rows[k]) * kRowStride + tag;
        w[idx] += d;
        wu[idx] += c * d;
      }
    };
    auto update_trans = [&](int prev, int cur, float d) {
      size_t idx = static_cast<size_t>(prev) * kNumTags + cur;
      tr[idx] += d;
      tu[idx] += c * d;
    };
    for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (size_t oi : order) {
        const auto& p = prep[oi];
        const size_t n = p.f.size();
        Emissions(p.f, w, &em);
        Viterbi(em, n, tr, &pred, nullptr);
        if (pred != p.gold) {
          for (size_t i = 0; i < n; ++i) {
            int gp = i ? p.gold[i - 1] : kNumTags, pp = i ? pred[i - 1] : kNumTags;
            if (p.gold[i] != pred[i]) {
              update_feats(p.f, i, p.gold[i], 1.f);
              update_feats(p.f, i, pred[i], -1.f);
            }
            if (p.gold[i] != pred[i] || gp != pp) {
              update_trans(gp, p.gold[i], 1.f);
              update_trans(pp, pred[i], -1.f);
            }
          }
        }
        c += 1;
      }
      if (on_epoch || epoch == opt.epochs) {
        Tagger avg(opt.rows_log2);
        for (size_t k = 0; k < avg.weights_.size(); ++k) avg.weights_[k] = w[k] - wu[k] / c;
        for (size_t k = 0; k < avg.trans_.size(); ++k) avg.trans_[k] = tr[k] - tu[k] / c;
        if (on_epoch) on_epoch(epoch, avg, user);
        if (epoch == opt.epochs) return avg;
      }
    }
    return m;  // zero epochs: the untrained model
  }
};

Tagger Tagger::Train(const std::vector<TrainDoc>& docs, const TaggerContext& ctx, const TrainOptions& options,
                     EpochFn on_epoch, void* user) {
  return TaggerTrainer::Run(docs, ctx, options, on_epoch, user);
}

// ---------------------------------------------------------------- model file

namespace {
void PutU32(std::string& s, uint32_t v) {
  for (int k = 0; k < 4; ++k) s.push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
}
uint32_t GetU32(const char* p) {
  uint32_t v = 0;
  for (int k = 0; k < 4; ++k) v |= static_cast<uint32_t>(static_cast<unsigned char>(p[k])) << (8 * k);
  return v;
}
void PutFloats(std::string& s, const std::vector<float>& v) {
  for (float x : v) {
    uint32_t u;
    std::memcpy(&u, &x, 4);
    PutU32(s, u);
  }
}
void GetFloats(const char* p, std::vector<float>* v) {
  for (size_t k = 0; k < v->size(); ++k) {
    uint32_t u = GetU32(p + 4 * k);
    std::memcpy(&(*v)[k], &u, 4);
  }
}
}  // namespace

Status Tagger::Save(const std::string& path) const {
  std::string s(kMagic, 8);
  PutU32(s, kTaggerFileVersion);
  PutU32(s, kFeatureSetVersion);
  PutU32(s, rows_);
  PutU32(s, kNumTags);
  PutFloats(s, trans_);
  for (size_t r = 0; r < rows_; ++r) {
    for (int t = 0; t < kNumTags; ++t) {
      uint32_t u;
      std::memcpy(&u, &weights_[r * kRowStride + t], 4);
      PutU32(s, u);
    }
  }
  uint64_t h = Fnv(s.data(), s.size());
  PutU32(s, static_cast<uint32_t>(h));
  PutU32(s, static_cast<uint32_t>(h >> 32));
  std::string tmp = path + ".partial";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return IoError("cannot write " + tmp);
    out.write(s.data(), static_cast<std::streamsize>(s.size()));
    out.close();
    if (!out) return IoError("error writing " + tmp);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return IoError("cannot rename " + tmp + " to " + path);
  return Status::Ok();
}

namespace {
// Checks magic, versions, tag and row counts against the file size; returns the row count.
Result<uint32_t> CheckHeaderBytes(const char* h, size_t file_size, const std::string& path) {
  const std::string where = "recognizer model " + path + ": ";
  if (file_size < kHeaderSize || std::memcmp(h, kMagic, 8) != 0)
    return Corrupt(where + "not a marsad recognizer model (bad magic)");
  uint32_t version = GetU32(h + 8), fset = GetU32(h + 12);
  uint32_t rows = GetU32(h + 16), tags = GetU32(h + 20);
  if (version != kTaggerFileVersion)
    return Unsupported(where + "file format version " + std::to_string(version) + ", this marsad reads version " +
                       std::to_string(kTaggerFileVersion));
  if (fset != kFeatureSetVersion)
    return Unsupported(where + "trained with feature set version " + std::to_string(fset) +
                       ", this marsad computes version " + std::to_string(kFeatureSetVersion) +
                       ": retrain it with `marsad train-recognizer`");
  if (tags != kNumTags) return Corrupt(where + "has " + std::to_string(tags) + " tags, expected " + std::to_string(kNumTags));
  if (rows == 0 || (rows & (rows - 1)) != 0 || rows > (1u << 26))
    return Corrupt(where + "invalid row count " + std::to_string(rows));
  size_t expect = kHeaderSize + 4 * ((kNumTags + 1) * kNumTags + static_cast<size_t>(rows) * kNumTags) + 8;
  if (file_size != expect)
    return Corrupt(where + (file_size < expect ? "truncated" : "has trailing bytes") + " (" +
                   std::to_string(file_size) + " bytes, expected " + std::to_string(expect) + ")");
  return rows;
}
}  // namespace

Status Tagger::CheckHeader(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return NotFound("recognizer model " + path + " not found (train one with `marsad train-recognizer`)");
  size_t size = static_cast<size_t>(std::max<std::streamoff>(0, in.tellg()));
  char h[kHeaderSize] = {};
  in.seekg(0);
  in.read(h, static_cast<std::streamsize>(std::min(size, kHeaderSize)));
  if (!in) return IoError("cannot read recognizer model " + path);
  auto rows = CheckHeaderBytes(h, size, path);
  return rows.ok() ? Status::Ok() : rows.status();
}

Result<Tagger> Tagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return NotFound("recognizer model " + path + " not found (train one with `marsad train-recognizer`)");
  const size_t size = static_cast<size_t>(std::max<std::streamoff>(0, in.tellg()));
  std::unique_ptr<char[]> buf(new char[std::max<size_t>(size, 1)]);  // not zero-filled: read over
  in.seekg(0);
  in.read(buf.get(), static_cast<std::streamsize>(size));
  if (!in) return IoError("cannot read recognizer model " + path);
  const char* s = buf.get();
  auto checked = CheckHeaderBytes(s, size, path);
  if (!checked.ok()) return checked.status();
  const uint32_t rows = *checked;
  const size_t expect = size;
  uint64_t h = Fnv(s, expect - 8);
  uint64_t stored = GetU32(s + expect - 8) | (static_cast<uint64_t>(GetU32(s + expect - 4)) << 32);
  if (h != stored) return Corrupt("recognizer model " + path + ": checksum mismatch (the file is corrupt)");
  Tagger t(0);
  t.rows_ = rows;
  t.trans_.assign((kNumTags + 1) * kNumTags, 0.f);
  t.weights_.assign(static_cast<size_t>(rows) * kRowStride, 0.f);
  GetFloats(s + kHeaderSize, &t.trans_);
  const char* p = s + kHeaderSize + 4 * t.trans_.size();
  float* w = t.weights_.data();
  for (size_t r = 0; r < rows; ++r, p += 4 * kNumTags) {
    if constexpr (std::endian::native == std::endian::little) {
      std::memcpy(w + r * kRowStride, p, 4 * kNumTags);
    } else {
      for (int k = 0; k < kNumTags; ++k) {
        uint32_t u = GetU32(p + 4 * k);
        std::memcpy(w + r * kRowStride + k, &u, 4);
      }
    }
  }
  return t;
}

}  // namespace marsad::geo
