#include "match.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <mutex>
#include <unordered_map>

namespace marsad::events {
namespace {

constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // "ال"

// A candidate first key of a phrase at token i.
// No default member initializers: the arrays of them are written before they are read
// (StartKeys assigns whole entries), and zeroing 16 entries per call was measurable.
struct StartKey {
  static constexpr uint32_t kLazy = UINT32_MAX;
  std::string_view key;
  uint64_t hash;     // FirstFilterHash(key)
  uint32_t prefix;   // code points stripped from the token; kLazy: a cached stem's, found on a match
  uint32_t parent;   // stripped of its article: the candidate it comes from
  bool stripped;
};
constexpr size_t kMaxStartKeys = 16;
// StartKeys' output array left unconstructed: StartKey is trivially copyable and every entry
// is assigned before it is read, but `StartKey a[16]` runs string_view's constructor (two
// stores) for each entry, about 50 instructions on every LongestMatchAt call.
struct StartKeyArray {
  union {
    StartKey k[kMaxStartKeys];
  };
  StartKeyArray() {}
};

// The candidate keys of token i, in the order they are tried: the key, at most 7 proclitic
// stems (Arabic, allow_stems; AnalyzeClitics proposes fewer: one per proclitic boundary),
// and each of those without its article. `owned` keeps the
// splits of an Arabic token that is not a word. Returns how many were written to `out`.
size_t StartKeys(const text::Tokens& toks, size_t i, bool allow_stems, StartKey (&out)[kMaxStartKeys],
                 std::vector<text::CliticSplit>* owned) {
  size_t n = 0;
  const std::string_view k0 = toks.Key(i);
  // The key's and the stems' hashes come from the document's cache (one hash per key for
  // all the indexes and calls, not one per call).
  const std::span<const uint64_t> hashes = toks.StemHashes(i);
  out[n++] = {k0, hashes[0], 0, 0, false};
  const text::Token& t = toks.tokens[i];
  if (!allow_stems || t.script != text::Script::kArabic) return n;
  if (t.kind == text::TokenKind::kWord) {
    const std::span<const std::string_view> stems = toks.Stems(i);  // the key, then AnalyzeClitics' stems
    for (size_t s = 1; s < stems.size() && n < kMaxStartKeys / 2; ++s)
      out[n++] = {stems[s], hashes[s], StartKey::kLazy, 0, false};
  } else {
    *owned = text::AnalyzeClitics(k0);
    for (const auto& c : *owned)
      if (c.prefix_len > 0 && n < kMaxStartKeys / 2)
        out[n++] = {c.stem, FirstFilterHash(c.stem), static_cast<uint32_t>(c.prefix_len), 0, false};
  }
  // Entries are written without the article when it is not part of the name (خروج,
  // not الخروج): try the stems without ال last.
  const size_t n_with = n;
  for (size_t c = 0; c < n_with; ++c) {
    std::string_view k = out[c].key;
    if (k.starts_with(kArticle) && k.size() >= 4 + 6)  // "ال" + at least 3 letters
      out[n++] = {k.substr(4), FirstFilterHash(k.substr(4)), 0, static_cast<uint32_t>(c), true};
  }
  return n;
}

std::string_view FirstWord(std::string_view key) { return key.substr(0, key.find(' ')); }

// False when no key of `idx` has a candidate key of hash `h` (a word: no space) and the first
// word of token j's key as its first two words: no phrase of more than one token starts with
// the candidate before token j. True where the phrase stops before j anyway.
bool PairMayFollow(const PhraseIndex& idx, uint64_t h, const text::Tokens& toks, size_t j) {
  if (j >= toks.tokens.size()) return true;
  const text::Token& t = toks.tokens[j];
  if (!IsWordLike(t) || t.Has(text::kNewlineBefore)) return true;
  const std::string_view k = toks.Key(j);
  const size_t space = k.find(' ');
  const uint64_t second = space == std::string_view::npos ? toks.StemHashes(j)[0] : FirstFilterHash(k.substr(0, space));
  return FirstFilterMayHash(idx.pair_filter, PairHash(h, second));
}


}  // namespace

// A deque: the facts do not move when more are added, and a document's tokens point at them.
struct PhraseStarts::FactsStore {
  std::deque<TokenFacts> facts;
};

namespace {

// The facts of every distinct word PhraseStarts met on this thread, by key, kind and script:
// an open-addressing table by the key's cached hash (Tokens::StemHashes). A news article
// says the same words over and over (في، من، على، the places, the actors, the triggers), and
// so do the articles of a run: the pass looks up a word's candidate keys once per thread,
// not once per document. The answers hold for one Dictionaries::starts_serial and one tag
// table (the WordSets registered so far): the memo is emptied when either changes, when the
// serial is 0 (dictionaries never frozen: the answers are kept for one document), and when
// it holds kMaxWords words.
//
// Laid out for the cache (the pass is memory-bound: a slot, then an entry, then the key's
// bytes were three dependent misses per token, a third of the pass's time): a slot of 32
// bytes holds the hash, the key's length, kind and script, its first 16 bytes (most Arabic
// words, with their proclitics, are no longer than eight letters) and the index of its facts; only a longer key's
// tail is compared in `keys_`. The facts are kept once per distinct value (most words
// start nothing, date nothing and are in no WordSet: a few thousand distinct facts for
// tens of thousands of words), so the table of them stays in the cache.
class WordMemo {
 public:
  static constexpr size_t kMaxWords = size_t{1} << 15;

  // Token i's probe: its hash, length, kind and script, and its first 16 bytes, zero-padded.
  struct Probe {
    uint64_t h;
    uint64_t lo;
    uint64_t hi;
    uint32_t meta;  // key length | kind << 16 | script << 24; kNoMeta: not kept (a key of 64 KB or more)
  };
  static constexpr uint32_t kNoMeta = UINT32_MAX;
  static constexpr size_t kInline = 16;

  static Probe ProbeOf(const text::Tokens& toks, size_t i, uint64_t h) {
    const text::Token& t = toks.tokens[i];
    Probe p{h, 0, 0, kNoMeta};
    if (t.key_len > 0xFFFF) return p;
    p.meta = t.key_len | static_cast<uint32_t>(t.kind) << 16 | static_cast<uint32_t>(t.script) << 24;
    const char* k = toks.keys.data() + t.key_off;
    if (t.key_off + kInline <= toks.keys.size()) {
      // 16 bytes read in place, those past the key masked off.
      std::memcpy(&p.lo, k, 8);
      std::memcpy(&p.hi, k + 8, 8);
      const size_t n = t.key_len;
      if (n < 8) {
        p.lo &= n == 0 ? 0 : ~uint64_t{0} >> (64 - 8 * n);
        p.hi = 0;
      } else if (n < kInline) {
        p.hi &= n == 8 ? 0 : ~uint64_t{0} >> (64 - 8 * (n - 8));
      }
    } else {
      char buf[kInline] = {};
      std::memcpy(buf, k, std::min<size_t>(t.key_len, kInline));
      std::memcpy(&p.lo, buf, 8);
      std::memcpy(&p.hi, buf + 8, 8);
    }
    return p;
  }

  // Ready for a document of `tokens` tokens looked up in `serial`'s tables and `table`.
  void Begin(uint64_t serial, const std::shared_ptr<const TokenTags::Table>& table, size_t tokens) {
    if (serial == 0 || serial != serial_ || table != table_ || words_ + tokens > kMaxWords) {
      words_ = 0;
      keys_.clear();
      // A new store: the documents whose tokens point into the old one keep it.
      store_ = std::make_shared<PhraseStarts::FactsStore>();
      fact_ptrs_.clear();
      fact_ids_.clear();
      serial_ = serial;
      table_ = table;
    }
    size_t cap = 16;
    while (cap < 2 * (words_ + tokens)) cap <<= 1;
    if (cap > slots_.size() || words_ == 0) Rehash(std::max(cap, slots_.size()));
  }
  // Asks the cache for the slot a word of hash `h` is looked up at first: the slots of a
  // document's words are mostly out of the cache (the rest of the pipeline ran since this
  // thread's last document), and the pass asks for them a few tokens ahead, so the misses
  // overlap instead of following one another.
  void Prefetch(uint64_t h) const { __builtin_prefetch(&slots_[h & mask_]); }
  // The facts of token i's word, nullptr when not met yet; `*slot` is where Add puts them.
  const TokenFacts* Find(const text::Tokens& toks, size_t i, const Probe& p, size_t* slot) const {
    for (size_t s = p.h & mask_;; s = (s + 1) & mask_) {
      const Slot& sl = slots_[s];
      if (sl.facts == kEmpty) {
        *slot = s;
        return nullptr;
      }
      if (sl.hash != static_cast<uint32_t>(p.h) || sl.meta != p.meta || sl.lo != p.lo || sl.hi != p.hi) continue;
      const text::Token& t = toks.tokens[i];
      if (t.key_len <= kInline ||
          std::memcmp(keys_.data() + sl.key_off, toks.keys.data() + t.key_off + kInline, t.key_len - kInline) == 0)
        return fact_ptrs_[sl.facts];
    }
  }
  // Keeps token i's facts (in the store, once per distinct value) and returns them.
  const TokenFacts* Add(const text::Tokens& toks, size_t i, const Probe& p, size_t slot, const TokenFacts& facts) {
    const uint32_t id = FactsId(facts);
    if (p.meta == kNoMeta) return fact_ptrs_[id];
    const text::Token& t = toks.tokens[i];
    Slot sl{static_cast<uint32_t>(p.h), id, p.meta, static_cast<uint32_t>(keys_.size()), p.lo, p.hi};
    if (t.key_len > kInline) keys_.append(toks.keys, t.key_off + kInline, t.key_len - kInline);
    slots_[slot] = sl;
    ++words_;
    return fact_ptrs_[id];
  }
  // The store the facts found and added since Begin are in.
  const std::shared_ptr<PhraseStarts::FactsStore>& store() const { return store_; }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint32_t hash;     // the hash's low 32 bits (the table has fewer slots)
    uint32_t facts;    // into fact_ptrs_; kEmpty: a free slot
    uint32_t meta;     // Probe::meta
    uint32_t key_off;  // the key's bytes from 16 on, in keys_ (keys longer than kInline)
    uint64_t lo;       // the key's bytes 0-7, zero-padded
    uint64_t hi;       // the key's bytes 8-15, zero-padded
  };
  static_assert(sizeof(Slot) == 32);
  // The facts' bytes with no padding, for finding a value kept already.
  struct FactsKey {
    uint64_t w[2 + 2 * kTagWords];
    bool operator==(const FactsKey&) const = default;
  };
  struct FactsKeyHash {
    size_t operator()(const FactsKey& k) const {
      uint64_t h = 0;
      for (uint64_t w : k.w) h = (h ^ w) * 0x9E3779B97F4A7C15ull;
      return static_cast<size_t>(h ^ (h >> 29));
    }
  };
  uint32_t FactsId(const TokenFacts& f) {
    FactsKey k{};
    k.w[0] = f.date_bits;
    k.w[1] = uint64_t{f.bits} | uint64_t{f.one_cue} << 8 | uint64_t{f.spaced} << 16;
    for (uint32_t x = 0; x < kTagWords; ++x) k.w[2 + x] = f.tags.key[x], k.w[2 + kTagWords + x] = f.tags.stems[x];
    const auto [it, added] = fact_ids_.try_emplace(k, static_cast<uint32_t>(fact_ptrs_.size()));
    if (added) fact_ptrs_.push_back(&store_->facts.emplace_back(f));
    return it->second;
  }
  void Rehash(size_t cap) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(cap, Slot{0, kEmpty, 0, 0, 0, 0});
    mask_ = cap - 1;
    if (words_ == 0) return;
    for (const Slot& o : old) {
      if (o.facts == kEmpty) continue;
      size_t s = o.hash & mask_;
      while (slots_[s].facts != kEmpty) s = (s + 1) & mask_;
      slots_[s] = o;
    }
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t words_ = 0;
  std::string keys_;
  std::shared_ptr<PhraseStarts::FactsStore> store_;
  std::vector<const TokenFacts*> fact_ptrs_;  // by facts id, into store_
  std::unordered_map<FactsKey, uint32_t, FactsKeyHash> fact_ids_;
  uint64_t serial_ = 0;
  std::shared_ptr<const TokenTags::Table> table_;
};

WordMemo& ThreadWordMemo() {
  static thread_local WordMemo memo;
  return memo;
}

}  // namespace

PhraseStarts::PhraseStarts(const Dictionaries& d, const text::Tokens& toks)
    : n_(toks.tokens.size()),
      facts_(new const TokenFacts*[toks.tokens.size()]),
      one_cue_keys_(&d.one_cue_keys),
      tag_table_(TokenTags::CurrentTable()) {
  const uint8_t cue_bit = d.quantity_cue_phrases.start_bit;
  const WordTable& dates = DateWordTable();
  StartKey cands[kMaxStartKeys];
  std::vector<text::CliticSplit> owned;
  WordMemo& memo = ThreadWordMemo();
  const size_t n_tokens = n_;
  memo.Begin(d.starts_serial, tag_table_, n_tokens);
  store_ = memo.store();
  const TokenFacts** const facts_out = facts_.get();
  const text::Tokens::KeyHashTable key_hashes = toks.KeyHashes();
  constexpr size_t kAhead = 8;  // tokens between a slot's prefetch and its lookup
  for (size_t i = 0; i < n_tokens && i < kAhead; ++i) memo.Prefetch(key_hashes[i]);
  for (size_t i = 0; i < n_tokens; ++i) {
    if (i + kAhead < n_tokens) memo.Prefetch(key_hashes[i + kAhead]);
    // A word met before, in this document or an earlier one, has the same answers.
    const WordMemo::Probe probe = WordMemo::ProbeOf(toks, i, key_hashes[i]);
    size_t slot = 0;
    const TokenFacts* known = memo.Find(toks, i, probe, &slot);
    if (known == nullptr) {
      TokenFacts f{{}, 0, 0, 0, 0};
      // The dates stage also reads symbols and the like; phrases start at word-like tokens
      // only (LongestMatch), punctuation is neither: only its tags.
      if (toks.tokens[i].kind == text::TokenKind::kPunct) {
        f.tags = TokenTags::TagsOf(*tag_table_, toks, i);
      } else {
        const bool word_like = IsWordLike(toks.tokens[i]);
        const size_t n = StartKeys(toks, i, true, cands, &owned);
        // Stems are parts of the key: only a key with a space (hyphenated) has two-word ones.
        const bool spaced = cands[0].key.find(' ') != std::string_view::npos;
        f.spaced = spaced;
        uint8_t b = 0;
        uint64_t db = 0;
        // The key, then its stems (TokenTags::Tag's keys), unless StartKeys' cap cut them.
        TokenTags::Tags tags;
        tags.key[0] = TokenTags::kTagged;
        size_t n_with = 0;
        for (size_t c = 0; c < n; ++c) {
          const uint64_t h = cands[c].hash;
          if (!cands[c].stripped) {
            if (const uint64_t* v = dates.Find(cands[c].key, h)) db |= *v;
            TokenTags::AddSetsOf(*tag_table_, cands[c].key, h, c == 0 ? tags.key : tags.stems);
            ++n_with;
          }
          if (!word_like) continue;
          const std::string_view first = spaced ? FirstWord(cands[c].key) : cands[c].key;
          const uint64_t hf = spaced ? FirstFilterHash(first) : h;
          if (!FirstFilterMayHash(d.starts_filter, hf)) continue;
          if (const uint8_t* v = d.starts.Find(first, hf)) b |= *v;
        }
        // The particle after و or ف (ConjParticleStem): a stem to the tags and the dates,
        // not to the phrase indexes (StartKeys).
        if (const std::string_view particle = ConjParticleStem(toks, i); !particle.empty()) {
          const uint64_t h = FirstFilterHash(particle);
          if (const uint64_t* v = dates.Find(particle, h)) db |= *v;
          TokenTags::AddSetsOf(*tag_table_, particle, h, tags.stems);
        }
        // As MayMatchOneTokenOf, which asks only where a quantity cue may start (`May`).
        if ((b & cue_bit) != 0 || cue_bit == 0) {
          bool any = false;
          for (size_t c = 0; c < n && !any; ++c) any = d.one_cue_keys.Find(cands[c].key, cands[c].hash) != nullptr;
          f.one_cue = any ? 2 : 1;
        }
        // A word with more stems than StartKeys keeps: tagged from all of them.
        f.tags = n_with < kMaxStartKeys / 2 ? tags : TokenTags::TagsOf(*tag_table_, toks, i);
        f.bits = b;
        f.date_bits = db;
      }
      known = memo.Add(toks, i, probe, slot, f);
    }
    facts_out[i] = known;
  }
}

// A period inside or at the end of a dotted abbreviation: right after a capitalised Latin
// letter or two ("U", "S", "N"), with no space before it, and either the next letter right
// after it ("U.S": the period inside) or another such period two tokens before ("U.S.": the
// last).
namespace {
bool AbbreviationDot(const text::Utf8Text& text, const text::Tokens& toks, size_t j) {
  if (j == 0 || j + 1 >= toks.tokens.size()) return false;
  const text::Token& t = toks.tokens[j];
  if (t.kind != text::TokenKind::kPunct || t.Has(text::kSpaceBefore) || t.end != t.start + 1 ||
      text.utf8[t.byte_start] != '.')
    return false;
  const text::Token& w = toks.tokens[j - 1];
  if (w.kind != text::TokenKind::kWord || w.script != text::Script::kLatin || !w.Has(text::kCapitalized) ||
      w.end - w.start > 2)
    return false;
  const text::Token& next = toks.tokens[j + 1];
  if (!next.Has(text::kSpaceBefore) && next.kind == text::TokenKind::kWord && next.script == text::Script::kLatin &&
      next.end - next.start <= 2)
    return true;
  return j >= 2 && toks.tokens[j - 2].kind == text::TokenKind::kPunct && !w.Has(text::kSpaceBefore) &&
         text.utf8[toks.tokens[j - 2].byte_start] == '.';
}
// A hyphen at `j` with no space on either side ("U.S.-led").
bool JoinedHyphen(const text::Utf8Text& text, const text::Tokens& toks, size_t j) {
  return j + 1 < toks.tokens.size() && toks.tokens[j].kind == text::TokenKind::kPunct &&
         !toks.tokens[j].Has(text::kSpaceBefore) && text.utf8[toks.tokens[j].byte_start] == '-' &&
         !toks.tokens[j + 1].Has(text::kSpaceBefore);
}
}  // namespace

bool MarkInsideWord(const text::Utf8Text& text, const text::Tokens& toks, size_t j) {
  return AbbreviationDot(text, toks, j) || JoinedHyphen(text, toks, j);
}

PhraseMatch LongestMatchAt(const PhraseIndex& idx, const text::Utf8Text& text, const text::Tokens& toks, size_t i,
                           size_t limit, bool allow_stems) {
  PhraseMatch best;
  constexpr uint32_t kLazy = StartKey::kLazy;
  StartKeyArray cand_array;
  StartKey (&cands)[kMaxStartKeys] = cand_array.k;
  std::vector<text::CliticSplit> owned;
  const size_t n_cands = StartKeys(toks, i, allow_stems, cands, &owned);
  const std::string_view k0 = cands[0].key;
  auto prefix_of = [&](size_t ci) {
    const StartKey& c = cands[ci].stripped ? cands[cands[ci].parent] : cands[ci];
    uint32_t p = c.prefix == kLazy ? StemPrefix(k0, c.key) : c.prefix;
    if (!cands[ci].stripped) return p;
    // The article stripped off a stem: two code points of the token, or one when ل+ال elided
    // its alef ("للقبض": stem "القبض", stripped "قبض" starts after "لل", not after "للق").
    return p + (k0.ends_with(c.key) ? 2 : 1);
  };
  // The phrase being tried: token keys joined by ' ' (reused, so no allocation per call).
  static thread_local std::string key;
  size_t lens[256];  // key length after each word; phrases are at most 255 words
  size_t ends[256];  // tokens from i to the end of each word
  bool joined[256];  // each word ends a dotted abbreviation a hyphen joins to the next word
  // Stems are parts of the key: only a key with a space (hyphenated) has two-word ones.
  const bool spaced = k0.find(' ') != std::string_view::npos;
  // The candidates' filter words and first slots asked for at once: they are mostly out of
  // the cache, and tested one candidate after another each miss waited for the last.
  if (!spaced)
    for (size_t ci = 0; ci < n_cands; ++ci) {
      FirstFilterPrefetch(idx.first_filter, cands[ci].hash);
      // Its slot also answers for the candidate as a phrase of one token, which most
      // matches are (FirstEntry): entries_table's slot is not asked for.
      idx.first_table.Prefetch(cands[ci].hash);
    }
  for (size_t ci = 0; ci < n_cands; ++ci) {
    const StartKey& c = cands[ci];
    const std::string_view first_key = spaced ? FirstWord(c.key) : c.key;
    const uint64_t hf = first_key.size() == c.key.size() ? c.hash : FirstFilterHash(first_key);
    if (!FirstFilterMayHash(idx.first_filter, hf)) continue;
    const FirstEntry* f = idx.first_table.Find(first_key, hf);
    if (f == nullptr) continue;
    size_t max_n = std::min<size_t>(f->max_tokens, limit - i);
    // The candidate and the next word start no longer phrase (most words that may start one).
    if (max_n > 1 && !spaced && !PairMayFollow(idx, c.hash, toks, i + 1)) max_n = 1;
    // One token: the phrase is the candidate itself, hashed already; the joined key is built
    // only when a longer phrase may start here.
    if (max_n > 1) key.assign(c.key);
    lens[0] = c.key.size();
    ends[0] = 1;
    joined[0] = false;
    size_t n_ok = 1;
    // Words after the candidate; the periods of a dotted abbreviation ("U.S. forces", whose
    // key is "u s forces") are stepped over, so `ends` counts the tokens each word ends at.
    for (size_t j = i + 1; n_ok < max_n && j < limit; ++j) {
      if (AbbreviationDot(text, toks, j) && j + 1 < limit) {
        ++j;
        // "U.S.-led": the hyphen after the abbreviation joins it to the word after.
        if (j + 1 < limit && JoinedHyphen(text, toks, j)) ++j;
      }
      const auto& t = toks.tokens[j];
      if (!IsWordLike(t) || t.Has(text::kNewlineBefore)) break;
      key += ' ';
      key += toks.Key(j);
      // The abbreviation's last period is its own ("U.S." as the acronym's exact form).
      const bool dot = j + 1 < limit && AbbreviationDot(text, toks, j + 1);
      ends[n_ok] = j - i + (dot ? 2 : 1);
      joined[n_ok] = dot && JoinedHyphen(text, toks, j + 2);
      lens[n_ok++] = key.size();
    }
    for (size_t n = n_ok; n >= 1 && ends[n - 1] > best.len; --n) {
      // "U.S.-backed Kurdish forces": the abbreviation is part of a compound ("US-backed", one
      // word), not a name of its own.
      if (joined[n - 1]) continue;
      // The candidate alone, when it is its first key (no space): the first key's slot says
      // what it is as a phrase of one token.
      if (n == 1 && !spaced && f->one != FirstEntry::kRecords) {
        if (f->one == FirstEntry::kNoRecord) continue;
        PhraseMatch m;
        m.len = 1;
        m.indexes.push_back(f->sole);
        m.prefix_cp = prefix_of(ci);
        best = std::move(m);
        break;
      }
      const std::string_view phrase = n == 1 ? c.key : std::string_view(key).substr(0, lens[n - 1]);
      const uint64_t hp = n == 1 ? c.hash : FirstFilterHash(phrase);
      if (!FirstFilterMayHash(idx.entries_filter, hp)) continue;
      const PhraseEntries* es = idx.entries_table.Find(phrase, hp);
      if (es == nullptr || es->empty()) continue;
      PhraseMatch m;
      m.len = ends[n - 1];
      if (es->sole != PhraseEntries::kNone) {
        m.indexes.push_back(es->sole);  // the slot's answer: the entries' elements not read
      } else {
        for (const auto& e : *es) {
          if (!e.exact.empty()) {
            std::string_view orig = text.Slice(toks.tokens[i].start, toks.tokens[i + m.len - 1].end);
            if (orig != e.exact) continue;
          }
          m.indexes.push_back(e.index);
        }
      }
      if (m.indexes.empty()) continue;
      m.prefix_cp = prefix_of(ci);
      best = std::move(m);
      break;
    }
  }
  return best;
}

bool MayMatchOneTokenOfAt(const text::Tokens& toks, size_t i, const FlatTable<uint8_t>& keys) {
  StartKeyArray cand_array;
  StartKey (&cands)[kMaxStartKeys] = cand_array.k;
  std::vector<text::CliticSplit> owned;
  const size_t n = StartKeys(toks, i, true, cands, &owned);
  for (size_t c = 0; c < n; ++c)
    if (keys.Find(cands[c].key, cands[c].hash) != nullptr) return true;
  return false;
}

namespace {
PhraseMatch OneWordMatch(const std::vector<PhraseEntry>& entries, std::string_view key, std::string_view stem) {
  PhraseMatch m;
  for (const PhraseEntry& e : entries)
    if (e.exact.empty()) m.indexes.push_back(e.index);
  if (m.indexes.empty()) return m;
  m.len = 1;
  m.prefix_cp = StemPrefix(key, stem);
  return m;
}
}  // namespace

PhraseMatch EncliticMatch(const PhraseIndex& idx, const text::Utf8Text& text, const text::Tokens& toks, size_t i,
                          bool* verb_3pl, bool hamza_seat) {
  PhraseMatch none;
  *verb_3pl = false;
  if (i >= toks.tokens.size()) return none;
  const text::Token& t = toks.tokens[i];
  if (t.kind != text::TokenKind::kWord || t.script != text::Script::kArabic) return none;
  constexpr std::string_view kHa = "\xD9\x87";  // "ه"
  const std::string_view key = toks.Key(i);
  // Every suffix ends in ه, ا, م or ن: most words are decided on their last letter.
  if (key.size() < 2 || (!key.ends_with(kHa) && !key.ends_with("\xD8\xA7") && !key.ends_with("\xD9\x85") &&
                         !key.ends_with("\xD9\x86")))
    return none;
  // Longest first: "هما" before "ها", "ه" last, and only where the text writes ه.
  static constexpr std::string_view kSuffixes[] = {"\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x87\xD8\xA7",
                                                  "\xD9\x87\xD9\x85", "\xD9\x87\xD9\x86", "\xD9\x87"};
  const bool written_ha = text.Slice(t.start, t.end).ends_with(kHa);
  constexpr std::string_view kWaw = "\xD9\x88", kAlef = "\xD8\xA7";
  std::string cand;
  for (std::string_view stem : toks.Stems(i)) {
    for (std::string_view suffix : kSuffixes) {
      if (!stem.ends_with(suffix) || (suffix == kHa && !written_ha)) continue;
      const std::string_view base = stem.substr(0, stem.size() - suffix.size());
      if (base.size() < 6) continue;  // three Arabic letters
      // A 3pl verb's "وا" lost its alef before the suffix (قتلوه); else the word's own و; else
      // (hamza_seat, the text writing ئ before the suffix) the word without its hamza's seat.
      for (const int form : {0, 1, 2}) {
        const bool restore = form == 0;
        if (restore && !base.ends_with(kWaw)) continue;
        if (form == 2 && (!hamza_seat || !base.ends_with("\xD9\x8A") ||
                          text.Slice(t.start, t.end).find("\xD8\xA6") == std::string_view::npos))  // ي, ئ
          continue;
        cand.assign(form == 2 ? base.substr(0, base.size() - 2) : base);
        if (restore) cand += kAlef;
        // The index's filter first: it stays in the cache, the table's slots mostly do not.
        const uint64_t h = FirstFilterHash(cand);
        if (!FirstFilterMayHash(idx.entries_filter, h)) continue;
        const std::vector<PhraseEntry>* entries = idx.entries_table.Find(cand, h);
        if (entries == nullptr) continue;
        PhraseMatch m = OneWordMatch(*entries, key, stem);
        if (m.len == 0) continue;
        *verb_3pl = restore;
        return m;
      }
    }
  }
  return none;
}

PhraseMatch AccusativeMatch(const PhraseIndex& idx, const text::Tokens& toks, size_t i) {
  if (i >= toks.tokens.size()) return {};
  const text::Token& t = toks.tokens[i];
  constexpr std::string_view kAlef = "\xD8\xA7", kWawAlef = "\xD9\x88\xD8\xA7";
  if (t.kind != text::TokenKind::kWord || t.script != text::Script::kArabic || !toks.Key(i).ends_with(kAlef)) return {};
  for (std::string_view stem : toks.Stems(i)) {
    // Not a 3pl verb's "وا" ("حرروا" is listed as it is); the base keeps three letters.
    if (!stem.ends_with(kAlef) || stem.ends_with(kWawAlef) || stem.size() < 8) continue;
    const std::string_view base = stem.substr(0, stem.size() - kAlef.size());
    // The index's filter first (as EncliticMatch): most words read so are no trigger, and the
    // filter says so from the cache, where the table's slot would be a miss.
    const uint64_t h = FirstFilterHash(base);
    if (!FirstFilterMayHash(idx.entries_filter, h)) continue;
    const std::vector<PhraseEntry>* entries = idx.entries_table.Find(base, h);
    if (entries == nullptr) continue;
    PhraseMatch m = OneWordMatch(*entries, toks.Key(i), stem);
    if (m.len > 0) return m;
  }
  return {};
}

bool KeyIsAt(const text::Tokens& toks, size_t i, std::initializer_list<std::string_view> words, bool allow_stems) {
  if (i >= toks.tokens.size()) return false;
  std::string_view k = toks.Key(i);
  // An empty key (a token of marks alone) has no proclitic stems.
  if (k.empty()) return std::find(words.begin(), words.end(), k) != words.end();
  // One pass over the words (this runs for every word of a list on most tokens): a word
  // longer than one Arabic letter whose last byte is not the key's is neither the key nor
  // a proclitic stem of it (MayBeStem), and most words end differently.
  const char last = k.back();
  bool may_stem = false;
  for (auto w : words) {
    if (w.size() > 2 && w.back() != last) continue;
    if (w == k) return true;
    may_stem = may_stem || MayBeStem(k, w);
  }
  // Most tokens are decided without splitting them.
  if (!allow_stems || !may_stem) return false;
  return AnyProcliticStem(toks, i, [&](std::string_view stem) {
    for (auto w : words)
      if (stem == w) return true;
    return false;
  });
}

bool KeyIsUntagged(const text::Tokens& toks, size_t i, const WordSet& words, bool allow_stems) {
  if (i >= toks.tokens.size()) return false;
  const std::string_view k = toks.Key(i);
  // The key and the stems of a word with their cached hashes (Tokens::StemHashes).
  const std::span<const uint64_t> hashes = toks.StemHashes(i);
  if (words.Has(k, hashes[0])) return true;
  if (!allow_stems || !words.MayHaveStemOf(k)) return false;
  const text::Token& t = toks.tokens[i];
  if (t.kind == text::TokenKind::kWord && t.script == text::Script::kArabic) {
    const std::span<const std::string_view> stems = toks.Stems(i);
    for (size_t s = 1; s < stems.size(); ++s)
      if (words.Has(stems[s], hashes[s])) return true;
    const std::string_view particle = ConjParticleStem(toks, i);
    return !particle.empty() && words.Has(particle);
  }
  return AnyProcliticStem(toks, i, [&](std::string_view stem) { return words.Has(stem); });
}

struct TokenTags::Table {
  struct Bits {
    uint64_t w[kTagWords];
  };
  WordTable words;         // word → its entry in `bits`
  std::vector<Bits> bits;  // the bits of the sets holding the word (WordSet::tag_word, tag_mask)
  uint32_t sets;           // the ids it covers: 0 … sets-1
};

namespace {

// Every WordSet's words with the bits of the sets holding them, as built; TokenTags copy the
// table of the sets built so far. Sets are statics built on first use, on any thread: a mutex
// guards the registry, and a document's tags keep the table they started with. The distinct
// words and their bits are kept as the sets register, so that a new table (made in each of
// the first documents of a run, as their rules' sets are met) is one WordTable of them, not a
// map of every word again.
struct TagRegistry {
  std::mutex mu;
  std::deque<std::string> words;  // each distinct word once; a deque: `index` and `items` view them
  std::unordered_map<std::string_view, uint32_t> index;    // word → its entry in items and bits
  std::vector<std::pair<std::string_view, uint64_t>> items;  // (word, its entry), distinct words
  std::vector<TokenTags::Table::Bits> bits;  // by entry: the bits of the sets holding the word
  uint32_t sets = 0;
  std::shared_ptr<const TokenTags::Table> table;  // of the first table->sets sets
};
TagRegistry& Registry() {
  static TagRegistry r;
  return r;
}

}  // namespace

uint32_t WordSet::Register(std::span<const std::string_view> words) {
  TagRegistry& r = Registry();
  const std::lock_guard<std::mutex> lock(r.mu);
  if (r.sets >= kMaxTaggedSets) return kUntaggedSet;
  const uint32_t id = r.sets++;
  const uint32_t b = TagBit(id);
  for (std::string_view w : words) {
    auto it = r.index.find(w);
    if (it == r.index.end()) {
      const std::string_view kept = r.words.emplace_back(w);
      const auto entry = static_cast<uint32_t>(r.items.size());
      it = r.index.emplace(kept, entry).first;
      r.items.emplace_back(kept, entry);
      r.bits.push_back(TokenTags::Table::Bits{});
    }
    r.bits[it->second].w[b >> 6] |= uint64_t{1} << (b & 63);
  }
  return id;
}

std::shared_ptr<const TokenTags::Table> TokenTags::CurrentTable() {
  TagRegistry& r = Registry();
  const std::lock_guard<std::mutex> lock(r.mu);
  // Rebuilt only when sets were added since: in the first documents of a run.
  if (r.table == nullptr || r.table->sets != r.sets)
    r.table = std::make_shared<const Table>(Table{WordTable(r.items, WordTable::Distinct{}), r.bits, r.sets});
  return r.table;
}

void TokenTags::AddSetsOf(const Table& table, std::string_view word, uint64_t h, uint64_t (&to)[kTagWords]) {
  if (const uint64_t* v = table.words.Find(word, h)) {
    const Table::Bits& b = table.bits[*v];
    for (uint32_t x = 0; x < kTagWords; ++x) to[x] |= b.w[x];
  }
}

TokenTags::TokenTags(const text::Tokens& toks, const PhraseStarts* starts) : toks_(&toks), previous_(current_.tags) {
  if (starts != nullptr && starts->tag_table_ != nullptr && starts->n_ == toks.tokens.size()) {
    // PhraseStarts' pass tagged every token: its tags are read where they are.
    table_ = starts->tag_table_;
    data_ = starts->facts_.get();
    n_ = starts->n_;
  } else {
    // Every token tagged now, so that KeyIs need not ask whether a token is tagged.
    table_ = CurrentTable();
    own_.assign(toks.tokens.size(), TokenFacts{{}, 0, 0, 0, 0});
    own_ptrs_.resize(own_.size());
    for (size_t i = 0; i < own_.size(); ++i) {
      Tag(i);
      own_ptrs_[i] = &own_[i];
    }
    data_ = own_ptrs_.data();
    n_ = own_.size();
  }
  sets_ = table_->sets;
  current_ = Current{&toks, this};
}

// The key and the stems as KeyIsUntagged reads them: an Arabic word's cached stems, the
// proclitic splits of another Arabic token, none for other scripts.
void TokenTags::Tag(size_t i) { own_[i].tags = TagsOf(*table_, *toks_, i); }

TokenTags::Tags TokenTags::TagsOf(const Table& table, const text::Tokens& toks, size_t i) {
  const std::span<const uint64_t> hashes = toks.StemHashes(i);
  Tags tags;
  tags.key[0] = kTagged;
  AddSetsOf(table, toks.Key(i), hashes[0], tags.key);
  const text::Token& t = toks.tokens[i];
  if (t.kind == text::TokenKind::kWord && t.script == text::Script::kArabic) {
    const std::span<const std::string_view> stems = toks.Stems(i);
    for (size_t s = 1; s < stems.size(); ++s) AddSetsOf(table, stems[s], hashes[s], tags.stems);
    const std::string_view particle = ConjParticleStem(toks, i);
    if (!particle.empty()) AddSetsOf(table, particle, FirstFilterHash(particle), tags.stems);
  } else {
    AnyProcliticStem(toks, i, [&](std::string_view stem) {
      AddSetsOf(table, stem, FirstFilterHash(stem), tags.stems);
      return false;
    });
  }
  return tags;
}

const WordSet& AccordingToWords() {
  static const WordSet k{"بحسب", "حسب", "حسبما", "وفق", "وفقا", "لسان"};
  return k;
}

bool ReportGoesOn(const text::Tokens& toks, size_t first, size_t end, const WordSet& reports) {
  // A verb of saying, with or without و, or "according to" ("ووفق التقرير فإن", "وبحسب البيان").
  static const WordSet kGoesOn{"وذكر",  "واضاف", "واوضح", "واشار", "وتابع", "وبين",   "واكد",   "وافاد", "ولفت",
                               "وذكرت", "واضافت", "واوضحت", "واشارت", "وتابعت", "وبينت", "واكدت", "وافادت", "اشار",
                               "اوضح",  "اضاف",  "ذكر",   "اشارت", "اوضحت", "اضافت", "ذكرت"};
  for (size_t i = first; i < end && i < first + 2; ++i)
    if (KeyIs(toks, i, kGoesOn, false) || KeyIs(toks, i, AccordingToWords()))
      return i + 1 < end && KeyIs(toks, i + 1, reports, false);
  return false;
}

}  // namespace marsad::events
