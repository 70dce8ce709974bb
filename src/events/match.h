// Longest-match lookup of dictionary phrases over tokens (internal to src/events).
#pragma once

#include <algorithm>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "marsad/events.h"

namespace marsad::events {

// PhraseMatch::indexes: a vector of record indexes that keeps up to kInline of them in
// place. Nearly every match is of one record, and a std::vector was an allocation and a
// free per match (about 31,000 per 300 corpus articles, from every stage's LongestMatch).
// Past kInline the indexes move to the heap, all of them, so they stay contiguous.
class MatchIndexes {
 public:
  using value_type = uint32_t;
  using const_iterator = const uint32_t*;
  using iterator = const_iterator;
  static constexpr uint32_t kInline = 5;

  MatchIndexes() = default;
  MatchIndexes(const MatchIndexes&) = default;
  MatchIndexes& operator=(const MatchIndexes&) = default;
  MatchIndexes(MatchIndexes&& o) noexcept : size_(o.size_), heap_(std::move(o.heap_)) {
    std::copy(o.inline_, o.inline_ + kInline, inline_);
    o.size_ = 0;
    o.heap_.clear();
  }
  MatchIndexes& operator=(MatchIndexes&& o) noexcept {
    if (this != &o) {
      std::copy(o.inline_, o.inline_ + kInline, inline_);
      size_ = o.size_;
      heap_ = std::move(o.heap_);
      o.size_ = 0;
      o.heap_.clear();
    }
    return *this;
  }

  void push_back(uint32_t v) {
    if (size_ < kInline) {
      inline_[size_++] = v;
      return;
    }
    if (size_ == kInline) heap_.assign(inline_, inline_ + kInline);
    heap_.push_back(v);
    ++size_;
  }
  void clear() {
    size_ = 0;
    heap_.clear();
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const uint32_t* begin() const { return size_ <= kInline ? inline_ : heap_.data(); }
  const uint32_t* end() const { return begin() + size_; }
  uint32_t front() const { return *begin(); }
  uint32_t operator[](size_t k) const { return begin()[k]; }
  friend bool operator==(const MatchIndexes& a, const MatchIndexes& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  uint32_t inline_[kInline] = {};
  uint32_t size_ = 0;
  std::vector<uint32_t> heap_;  // all the indexes once there are more than kInline
};

struct PhraseMatch {
  size_t len = 0;          // tokens matched, 0 when none
  uint32_t prefix_cp = 0;  // code points of proclitics stripped from the first token
  MatchIndexes indexes;    // matching records (acronyms already case-checked)
};

// Words, numbers and hashtags: the tokens a phrase may start at and run through.
inline bool IsWordLike(const text::Token& t) {
  return t.kind == text::TokenKind::kWord || t.kind == text::TokenKind::kNumber ||
         t.kind == text::TokenKind::kHashtag;
}

// A dictionary phrase's key: its tokens' keys joined by ' ' (n_tokens: how many), as running
// text gets them (dictionaries.cc). PhraseKey takes a shortcut for plain words;
// PhraseKeyTokenized always decodes and tokenizes (the reference the shortcut must equal).
std::string PhraseKey(std::string_view phrase, size_t* n_tokens);
std::string PhraseKeyTokenized(std::string_view phrase, size_t* n_tokens);

// The punctuation token at `j` is a mark inside a word: a period of a dotted abbreviation
// ("U.S.") or a hyphen with no space on either side ("U.S.-led"), as the phrase matcher reads
// them (match.cc).
bool MarkInsideWord(const text::Utf8Text& text, const text::Tokens& toks, size_t j);

// LongestMatch past its early exits (match.cc).
PhraseMatch LongestMatchAt(const PhraseIndex& idx, const text::Utf8Text& text, const text::Tokens& toks, size_t i,
                           size_t limit, bool allow_stems);

// Longest phrase of `idx` starting at token i and ending before `limit`. For Arabic words
// the unsegmented token is tried first, then its proclitic stems; at equal length the
// unsegmented reading wins. `starts` (may be null) skips tokens where nothing can start.
// Inline: most calls end at these tests, and the matching itself has a large frame.
inline PhraseMatch LongestMatch(const PhraseIndex& idx, const text::Utf8Text& text, const text::Tokens& toks,
                                size_t i, size_t limit, bool allow_stems = true,
                                const PhraseStarts* starts = nullptr);

// A one-token phrase of `idx` read through an Arabic object or possessive pronoun suffix
// ("تم اغتياله", "اختطفوه", "باختطافه", "اغتصابها", "قتلوهم"): token i's key or one of its
// proclitic stems without ه / ها / هما / هم / هن (a 3pl verb's "وا" restored before it: قتلوه
// → قتلوا) is a key of `idx`. A final ه must be written ه, not ة (the key writes both ه):
// "ضربة" is no "ضرب" + ه. The stem keeps at least three letters. `*verb_3pl`: the match
// restored a 3pl verb's alef (the word is a verb). For the trigger pass, after LongestMatch
// found nothing at i; len 0 when nothing matches.
// `hamza_seat`: also a noun whose final hamza sits on ي before the suffix ("بشهدائها": شهداء
// + ها; the key drops the hamza on the line and reads ئ as ي).
PhraseMatch EncliticMatch(const PhraseIndex& idx, const text::Utf8Text& text, const text::Tokens& toks, size_t i,
                          bool* verb_3pl, bool hamza_seat = false);

// A one-token phrase of `idx` read through the indefinite accusative's alef ("نفذ تفجيراً",
// "أن اشتباكاً"): token i's key or one of its proclitic stems without a final ا is a key of
// `idx` (not a 3pl verb's "وا"; three letters kept). For the trigger pass, after LongestMatch
// found nothing at i; len 0 when nothing matches.
PhraseMatch AccusativeMatch(const PhraseIndex& idx, const text::Tokens& toks, size_t i);

// KeyIs past its quick test (match.cc).
bool KeyIsAt(const text::Tokens& toks, size_t i, std::initializer_list<std::string_view> words, bool allow_stems);

// True when token i's key (or one of its proclitic stems) equals one of `words`. Inline: a
// word longer than one Arabic letter whose last byte is not the key's is neither the key
// nor a stem of it (MayBeStem), so most tokens are decided here without a call (the event
// loops test every token of a sentence against one or two words: "ضد", "بين", "قبل").
// Always inline: GCC kept one out-of-line copy (20 M instructions per 300 corpus articles,
// most from BackgroundReason's lists), where the list is an array built on the stack and
// walked; inlined, the words' sizes and last bytes are constants of the caller.
[[gnu::always_inline]] inline bool KeyIs(const text::Tokens& toks, size_t i, std::initializer_list<std::string_view> words,
                                         bool allow_stems = true) {
  if (i >= toks.tokens.size()) return false;
  const text::Token& t = toks.tokens[i];
  if (t.key_len == 0) return KeyIsAt(toks, i, words, allow_stems);
  const char last = toks.keys[t.key_off + t.key_len - 1];
  for (std::string_view w : words)
    if (w.size() <= 2 || w.back() == last) return KeyIsAt(toks, i, words, allow_stems);
  return false;
}

// PhraseIndex::first_filter: 2^16 bits, two bits per key from one cheap hash of the
// key's length and first and last 8 bytes.
constexpr size_t kFirstFilterWords = (1u << 16) / 64;

// text::KeyHash: Tokens::StemHashes caches it for every token's key and stems.
inline uint64_t FirstFilterHash(std::string_view s) { return text::KeyHash(s); }

inline void FirstFilterAdd(std::vector<uint64_t>& filter, std::string_view first_key) {
  if (filter.size() != kFirstFilterWords) filter.assign(kFirstFilterWords, 0);
  const uint64_t h = FirstFilterHash(first_key);
  const uint32_t b1 = static_cast<uint32_t>(h & 0xFFFF), b2 = static_cast<uint32_t>((h >> 16) & 0xFFFF);
  filter[b1 >> 6] |= uint64_t{1} << (b1 & 63);
  filter[b2 >> 6] |= uint64_t{1} << (b2 & 63);
}

// False only when a key of hash `h` (FirstFilterHash) was certainly never given to
// FirstFilterAdd(filter, …). An empty filter (never added to) says nothing.
inline bool FirstFilterMayHash(const std::vector<uint64_t>& filter, uint64_t h) {
  if (filter.size() != kFirstFilterWords) return true;
  const uint32_t b1 = static_cast<uint32_t>(h & 0xFFFF), b2 = static_cast<uint32_t>((h >> 16) & 0xFFFF);
  return ((filter[b1 >> 6] >> (b1 & 63)) & (filter[b2 >> 6] >> (b2 & 63)) & 1) != 0;
}
// Asks the cache for the two words FirstFilterMayHash(filter, h) reads.
inline void FirstFilterPrefetch(const std::vector<uint64_t>& filter, uint64_t h) {
  if (filter.size() != kFirstFilterWords) return;
  const uint32_t b1 = static_cast<uint32_t>(h & 0xFFFF), b2 = static_cast<uint32_t>((h >> 16) & 0xFFFF);
  __builtin_prefetch(&filter[b1 >> 6]);
  __builtin_prefetch(&filter[b2 >> 6]);
}
inline bool FirstFilterMay(const std::vector<uint64_t>& filter, std::string_view key) {
  return FirstFilterMayHash(filter, FirstFilterHash(key));
}
// PhraseIndex::pair_filter's hash of two words, from their FirstFilterHash.
inline uint64_t PairHash(uint64_t first, uint64_t second) {
  uint64_t x = first * 0x9E3779B97F4A7C15ull + second;
  x ^= x >> 32;
  x *= 0xD6E8FEB86659FD93ull;
  return x ^ (x >> 32);
}
// Adds a hash to a filter read by FirstFilterMayHash.
inline void FirstFilterAddHash(std::vector<uint64_t>& filter, uint64_t h) {
  if (filter.size() != kFirstFilterWords) filter.assign(kFirstFilterWords, 0);
  const uint32_t b1 = static_cast<uint32_t>(h & 0xFFFF), b2 = static_cast<uint32_t>((h >> 16) & 0xFFFF);
  filter[b1 >> 6] |= uint64_t{1} << (b1 & 63);
  filter[b2 >> 6] |= uint64_t{1} << (b2 & 63);
}

// A fixed set of words with a value each (the first one given wins), for tests run on
// every token: the filter rejects most words before the table is probed. The filter has
// 16 bits per word (at least 512, at most 2^16): a few cache lines, not PhraseIndex's 8 KB,
// since dozens of these tables are probed on every token and 8 KB each evicted one another.
class WordTable {
 public:
  WordTable(std::initializer_list<std::pair<std::string_view, uint64_t>> items) { Init(items); }
  explicit WordTable(const std::vector<std::pair<std::string_view, uint64_t>>& items) { Init(items); }
  // Items whose words are all distinct already (TokenTags::CurrentTable): no map to drop
  // the repeats first.
  struct Distinct {};
  WordTable(const std::vector<std::pair<std::string_view, uint64_t>>& items, Distinct) { Build(items); }
  // The word's value, nullptr when it is not in the table.
  const uint64_t* Find(std::string_view w) const { return Find(w, FirstFilterHash(w)); }
  // The same, with FirstFilterHash(w) already computed.
  // Inline, with the probe out of line: the filter rejects most words.
  const uint64_t* Find(std::string_view w, uint64_t h) const {
    const uint64_t b1 = h & mask_, b2 = (h >> 16) & mask_;
    if (((filter_[b1 >> 6] >> (b1 & 63)) & (filter_[b2 >> 6] >> (b2 & 63)) & 1) == 0) return nullptr;
    return Probe(w, h);
  }

 private:
  [[gnu::noinline]] const uint64_t* Probe(std::string_view w, uint64_t h) const { return table_.Find(w, h); }
  template <class Items>
  void Init(const Items& items) {
    std::unordered_map<std::string_view, uint64_t> map;
    for (const auto& [w, v] : items) map.try_emplace(w, v);
    Build(map);
  }
  // From distinct words (a map, or a vector of distinct words).
  template <class Map>
  void Build(const Map& map) {
    size_t bits = 512;
    while (bits < 16 * map.size() && bits < (size_t{1} << 16)) bits <<= 1;
    mask_ = bits - 1;
    filter_.assign(bits / 64, 0);
    for (const auto& [w, v] : map) {
      const uint64_t h = FirstFilterHash(w), b1 = h & mask_, b2 = (h >> 16) & mask_;
      filter_[b1 >> 6] |= uint64_t{1} << (b1 & 63);
      filter_[b2 >> 6] |= uint64_t{1} << (b2 & 63);
    }
    table_.Build(map, FirstFilterHash);
  }
  std::vector<uint64_t> filter_;
  uint64_t mask_ = 0;
  FlatTable<uint64_t> table_;
};

// A fixed list of words for KeyIs on hot paths, built once (a static at the call site):
// an initializer list is rebuilt on the stack and compared word by word on every call,
// which costs about ten instructions per word on every token a loop tests.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words)
      : WordSet(std::span<const std::string_view>(words.begin(), words.size())) {}
  // The same from words gathered at run time (a union of other sets' lists).
  explicit WordSet(std::span<const std::string_view> words) : table_(Items(words)), id_(Register(words)) {
    for (std::string_view w : words) {
      if (w.size() <= 2) split_always_ = true;  // "" or one Arabic letter: see MayHaveStemOf
      else last_bytes_[static_cast<unsigned char>(w.back()) >> 6] |= uint64_t{1} << (w.back() & 63);
    }
  }
  // This set's bit in TokenTags (below); kUntaggedSet past the first kMaxTaggedSets sets.
  uint32_t id() const { return id_; }
  // Where that bit is in TokenTags' words: the word (0 to kTagWords - 1) and its mask.
  uint32_t tag_word() const { return tag_word_; }
  uint64_t tag_mask() const { return tag_mask_; }
  bool Has(std::string_view w) const { return table_.Find(w) != nullptr; }
  // The same, with FirstFilterHash(w) already computed (Tokens::StemHashes).
  bool Has(std::string_view w, uint64_t h) const { return table_.Find(w, h) != nullptr; }
  // False when no proclitic stem of `key` can be in the set: a stem is a suffix of the key
  // or "ا" + one (MayBeStem), so a stem longer than one letter ends in the key's last byte.
  bool MayHaveStemOf(std::string_view key) const {
    if (split_always_ || key.empty()) return true;
    const auto b = static_cast<unsigned char>(key.back());
    return (last_bytes_[b >> 6] >> (b & 63)) & 1;
  }

 private:
  static std::vector<std::pair<std::string_view, uint64_t>> Items(std::span<const std::string_view> words) {
    std::vector<std::pair<std::string_view, uint64_t>> items;
    for (std::string_view w : words) items.emplace_back(w, 1);
    return items;
  }
  // Adds the words to the registry TokenTags are built from (match.cc); returns the id.
  static uint32_t Register(std::span<const std::string_view> words);
  // Bit 63 of the first word is TokenTags::kTagged: ids from 63 on are one bit further.
  static constexpr uint32_t TagBit(uint32_t id) { return id < 63 ? id : id + 1; }
  WordTable table_;
  uint32_t id_;
  uint32_t tag_word_ = id_ == UINT32_MAX ? 0 : TagBit(id_) >> 6;
  uint64_t tag_mask_ = id_ == UINT32_MAX ? 0 : uint64_t{1} << (TagBit(id_) & 63);
  uint64_t last_bytes_[4] = {};
  bool split_always_ = false;
};

// The words of several lists in one vector, for a WordSet of their union (a set a scan asks
// before the lists one by one, or steps over with NextMayBeIn).
inline std::vector<std::string_view> JoinWords(std::initializer_list<std::span<const std::string_view>> lists) {
  std::vector<std::string_view> all;
  for (std::span<const std::string_view> list : lists) all.insert(all.end(), list.begin(), list.end());
  return all;
}

// Up to 255 WordSets get a bit each in four 64-bit words: bit 63 of the first word of
// TokenTags' key mask marks a tagged token. (Two words held 127 sets, three 191; the rules
// outgrew them, and a set past the last bit is probed word by word on every question:
// KeyIsUntagged. Session 39's rules took the count past 191, and the full extraction 3.7% more
// instructions.)
constexpr uint32_t kTagWords = 4;
constexpr uint32_t kMaxTaggedSets = 64 * kTagWords - 1;
constexpr uint32_t kUntaggedSet = UINT32_MAX;

// One-pass tagging of a document's tokens against every WordSet at once. The event rules
// ask KeyIs(toks, i, set) about the same tokens over and over, one set at a time:
// SpeakerFrames tests every Arabic token of every sentence against the reporting verbs,
// IrrealisReason and HabitualReason the twelve words before every trigger against a dozen
// sets each (about 900,000 calls per 300 corpus articles, 100 instructions each: the key's
// and each stem's filter and table probes, and the call). Every token's key and stems are
// looked up once, when the tags are made (most in PhraseStarts' pass), in one table of the
// words of all sets, whose values are the bits of the sets holding the word; every
// question about the token, for any set, is a bit test. While a TokenTags lives, KeyIs on its thread and its Tokens reads it
// (EventExtractor::Extract makes one per document); elsewhere KeyIs probes the set itself.
// A set built after the tags (a static met for the first time in this document) is probed
// as before, as is one past the first kMaxTaggedSets.
class PhraseStarts;
// A token's tags (TokenTags::Tags): kTagWords words of set bits each (WordSet::tag_word, tag_mask).
struct WordTags {
  uint64_t key[kTagWords] = {};    // sets holding the key, and TokenTags::kTagged (in key[0]) once computed
  uint64_t stems[kTagWords] = {};  // sets holding a proclitic stem of it
};
// What PhraseStarts' pass finds for a word (its candidate keys' lookups, match.cc): it depends
// on the token's key, kind and script only, and on the tables looked in. A document's tokens
// point at these, kept once per distinct value by the thread's word memo (match.cc).
struct TokenFacts {
  WordTags tags;
  uint64_t date_bits;
  uint8_t bits;
  uint8_t one_cue;
  uint8_t spaced;
};
class TokenTags {
 public:
  // `starts` (may be null), made for the same Tokens, hands over the tags of its own pass
  // and must outlive these tags.
  explicit TokenTags(const text::Tokens& toks, const PhraseStarts* starts = nullptr);
  ~TokenTags() { current_ = Current{previous_ != nullptr ? previous_->toks_ : nullptr, previous_}; }
  TokenTags(const TokenTags&) = delete;
  TokenTags& operator=(const TokenTags&) = delete;

  // The tags that answer for `words` over `toks` on this thread, nullptr when none do.
  [[gnu::always_inline]] static const TokenTags* For(const text::Tokens& toks, const WordSet& words) {
    // The tokens first: null when no tags are current, so no separate test of the tags.
    const Current& c = current_;
    if (c.toks != &toks) return nullptr;
    const TokenTags* t = c.tags;
    return words.id() < t->sets_ ? t : nullptr;
  }
  // KeyIs(toks, i, words, allow_stems) for a set For() accepted.
  // Every token is tagged when the tags are made (most by PhraseStarts' pass).
  [[gnu::always_inline]] bool KeyIs(size_t i, const WordSet& words, bool allow_stems) const {
    if (i >= n_) return false;
    const Tags& t = data_[i]->tags;
    const uint32_t w = words.tag_word();
    const uint64_t bit = words.tag_mask();
    if ((t.key[w] & bit) != 0) return true;
    return allow_stems && (t.stems[w] & bit) != 0 && words.MayHaveStemOf(toks_->Key(i));
  }
  // The first token from i on, before `end`, whose key or a proclitic stem is in `words` (a
  // set For() accepted), `end` when none is: KeyIs(j, words, …) is false for every token j
  // it passes. One word of each token's tags read, no more: a few instructions a token.
  size_t NextMayBeIn(size_t i, size_t end, const WordSet& words) const {
    const size_t e = std::min(end, n_);
    const uint32_t w = words.tag_word();
    const uint64_t bit = words.tag_mask();
    for (; i < e; ++i) {
      const Tags& t = data_[i]->tags;
      if (((t.key[w] | t.stems[w]) & bit) != 0) return i;
    }
    return end;
  }

  // The words of all registered sets with the bits of the sets holding them (match.cc).
  struct Table;
  // The table of the sets registered so far.
  static std::shared_ptr<const Table> CurrentTable();
  // Looks word up in the table (the word's FirstFilterHash is `h`) and ors the bits of its
  // sets into `to`.
  static void AddSetsOf(const Table& table, std::string_view word, uint64_t h, uint64_t (&to)[kTagWords]);

  static constexpr uint64_t kTagged = uint64_t{1} << 63;
  using Tags = WordTags;
  // Token i's tags from `table`: its key and its stems as KeyIsUntagged reads them.
  static Tags TagsOf(const Table& table, const text::Tokens& toks, size_t i);

 private:
  void Tag(size_t i);

  // The thread's current tags and their tokens (tags->toks_), one thread-local: KeyIs reads
  // both at every call, and two thread-locals were each an address computed from %fs.
  struct Current {
    const text::Tokens* toks;
    const TokenTags* tags;
  };
  static inline constinit thread_local Current current_ = {nullptr, nullptr};
  const text::Tokens* toks_;
  std::shared_ptr<const Table> table_;
  uint32_t sets_ = 0;  // sets with an id below this are in table_
  std::vector<TokenFacts> own_;              // without PhraseStarts' facts: the tags made here
  std::vector<const TokenFacts*> own_ptrs_;  // into own_
  const TokenFacts* const* data_ = nullptr;  // per token, its facts (PhraseStarts' or own_), read by KeyIs
  size_t n_ = 0;
  const TokenTags* previous_;
};

// The first token j from i on, before `end`, for which KeyIs(toks, j, words, …) may be true
// (with or without stems), `end` when there is none: for loops that ask one set of every
// token and do nothing at the others (`for (i = NextMayBeIn(toks, first, end, set); i < end;
// i = NextMayBeIn(toks, i + 1, end, set))`). Without tags serving the set, i itself.
inline size_t NextMayBeIn(const text::Tokens& toks, size_t i, size_t end, const WordSet& words) {
  if (const TokenTags* tags = TokenTags::For(toks, words)) return tags->NextMayBeIn(i, end, words);
  return i;
}

// KeyIs with a WordSet probing the set itself (no TokenTags serving it).
bool KeyIsUntagged(const text::Tokens& toks, size_t i, const WordSet& words, bool allow_stems);

// KeyIs with a WordSet: the same answer as with an initializer list of the same words.
// Always inline: with the tags, the answer is a few loads and a bit test, less than the
// call (GCC kept one out-of-line copy, about 40 instructions a call with its prologue).
[[gnu::always_inline]] inline bool KeyIs(const text::Tokens& toks, size_t i, const WordSet& words,
                                         bool allow_stems = true) {
  if (const TokenTags* tags = TokenTags::For(toks, words)) return tags->KeyIs(i, words, allow_stems);
  return KeyIsUntagged(toks, i, words, allow_stems);
}

// Per-document facts about every token, from one pass over its candidate keys (StartKeys)
// with one hash each: which phrase indexes may have a phrase starting there (looked up in
// Dictionaries::starts, instead of once per index and call), and the bits the dates stage
// gives its words (DateWordTable, dates.cc: the key or a proclitic stem, not the stems
// without their article).
class PhraseStarts {
 public:
  PhraseStarts(const Dictionaries& d, const text::Tokens& toks);
  // False only when no phrase of `idx` starts at token i.
  bool May(const PhraseIndex& idx, size_t i) const {
    return idx.start_bit == 0 || i >= n_ || (facts_[i]->bits & idx.start_bit) != 0;
  }
  // The DateWordTable values of token i's key and proclitic stems, or-ed.
  uint64_t DateBits(size_t i) const { return facts_[i]->date_bits; }
  // Per token, its facts (date_bits: DateBits), for loops that read them for every token.
  const TokenFacts* const* facts() const { return facts_.get(); }
  // Whether one of token i's candidate keys is in `keys`, when these starts know it (they
  // know Dictionaries::one_cue_keys, at the tokens where a quantity cue may start): -1
  // when they do not, else 0 or 1.
  int HasKeyOf(const FlatTable<uint8_t>& keys, size_t i) const {
    return &keys != one_cue_keys_ || i >= n_ ? -1 : facts_[i]->one_cue - 1;
  }
  // Whether token i's key holds a space (a hyphenated word), for the tokens that are no
  // punctuation (false for those): toks.Key(i).find(' ') without a memchr per question.
  bool KeyHasSpace(size_t i) const { return i < n_ && facts_[i]->spaced != 0; }

  // The facts a document's tokens point at: kept by the thread's word memo, and by the
  // PhraseStarts made while they were current (the memo starts a new store when it empties).
  struct FactsStore;

 private:
  size_t n_ = 0;
  // Per token, a pointer to its word's facts (TokenFacts: one_cue 0 not asked, 1 none of its
  // keys in one_cue_keys, 2 one of them; spaced 1 when its key holds a space): the facts are
  // kept once per distinct value, a few hundred in a run, so the pass writes 8 bytes a token
  // instead of copying 48 into five arrays (zero-filled first). Left uninitialized: the pass
  // writes every entry.
  std::unique_ptr<const TokenFacts*[]> facts_;
  std::shared_ptr<const FactsStore> store_;
  // FindQuantities asks MayMatchOneTokenOf(…, one_cue_keys, …) of every token that is no
  // number; the candidate keys are at hand here (one StartKeys per token, not two).
  const FlatTable<uint8_t>* one_cue_keys_ = nullptr;
  // The facts' tags are the TokenTags of the tokens whose key and stems this pass holds (the
  // same as TokenTags::Tag reads), from `tag_table_`: EventExtractor::Extract's tags start
  // from them, and the word-set table is probed with the hashes at hand instead of in a
  // second pass.
  friend class TokenTags;
  std::shared_ptr<const TokenTags::Table> tag_table_;
};

inline PhraseMatch LongestMatch(const PhraseIndex& idx, const text::Utf8Text& text, const text::Tokens& toks,
                                size_t i, size_t limit, bool allow_stems, const PhraseStarts* starts) {
  if (i >= limit || !IsWordLike(toks.tokens[i])) return {};
  if (starts && !starts->May(idx, i)) return {};
  return LongestMatchAt(idx, text, toks, i, limit, allow_stems);
}

// False only when no phrase of `idx` that LongestMatch(idx, text, toks, i, limit, true,
// starts) could return as a one-token match is a key of `keys`: a one-token match is one of
// token i's candidate keys (the key, its proclitic stems, those without ال), so none of
// them is in `keys`, or no phrase of `idx` starts at i at all. About a fifth of the cost
// of the match where most tokens fail.
// Inline up to PhraseStarts' answer: FindQuantities asks at every token that is no number.
bool MayMatchOneTokenOfAt(const text::Tokens& toks, size_t i, const FlatTable<uint8_t>& keys);
inline bool MayMatchOneTokenOf(const PhraseIndex& idx, const text::Tokens& toks, size_t i,
                               const FlatTable<uint8_t>& keys, const PhraseStarts* starts) {
  if (i >= toks.tokens.size() || !IsWordLike(toks.tokens[i])) return false;
  if (starts == nullptr) return MayMatchOneTokenOfAt(toks, i, keys);
  if (!starts->May(idx, i)) return false;
  const int known = starts->HasKeyOf(keys, i);
  return known >= 0 ? known == 1 : MayMatchOneTokenOfAt(toks, i, keys);
}

// The words of the dates stage with their bits (dates.cc).
const WordTable& DateWordTable();

// Code points of valid UTF-8.
inline uint32_t CodePoints(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The code points of `key` that the AnalyzeClitics split giving `stem` takes as proclitics:
// a stem is the key without them, or (ل+ال elided: للرقه → الرقه) "ا" + the key without
// them, which is never a suffix of the key (it would start with ل).
inline uint32_t StemPrefix(std::string_view key, std::string_view stem) {
  return CodePoints(key) - CodePoints(stem) + (key.ends_with(stem) ? 0 : 1);
}

// False when `word` cannot be a proclitic stem of `key`: a stem is a suffix of the key, or
// "ا" + one (ل+ال elided, see StemPrefix). A cheap test before splitting a token.
inline bool MayBeStem(std::string_view key, std::string_view word) {
  constexpr std::string_view kAlef = "\xD8\xA7";
  // The last bytes decide most pairs without a call to memcmp (it runs for every word of
  // a KeyIs list on every token that is not one of them).
  // Past the alef, the word's last byte must be the key's in both readings.
  if (word.size() > kAlef.size() && !key.empty() && key.back() != word.back()) return false;
  return key.ends_with(word) || (word.starts_with(kAlef) && key.ends_with(word.substr(kAlef.size())));
}

// The particle of a three-letter Arabic word that is و or ف before a two-letter particle or
// preposition (وفي, ففي, ومن, ولم, وقد): "في" for "وفي", empty otherwise. The text layer's
// clitic analysis keeps stems of three letters or more (the geoparser needs them so: "وعي"
// is no ‘Ayy), so the events stage adds this one itself, and a rule that asks for "في"
// reads "وفي" too. Only و and ف: ب, ك and ل before two letters make other words (بما,
// كما, لما).
inline std::string_view ConjParticleStem(const text::Tokens& toks, size_t i) {
  const text::Token& t = toks.tokens[i];
  if (t.kind != text::TokenKind::kWord || t.script != text::Script::kArabic || t.key_len != 6) return {};
  const std::string_view k = toks.Key(i);
  const auto lead = [&](size_t b) { return static_cast<unsigned char>(k[b]); };
  // و (D9 88) or ف (D9 81), then two letters of U+0620..U+064A (D8 A0..BF, D9 80..8A).
  if (lead(0) != 0xD9 || (lead(1) != 0x88 && lead(1) != 0x81)) return {};
  for (size_t b = 2; b < 6; b += 2)
    if (!((lead(b) == 0xD8 && lead(b + 1) >= 0xA0 && lead(b + 1) <= 0xBF) ||
          (lead(b) == 0xD9 && lead(b + 1) >= 0x80 && lead(b + 1) <= 0x8A)))
      return {};
  return k.substr(2);
}

// Calls fn(stem) for every proclitic stem of an Arabic token i (as ForEachProcliticStem,
// without computing the prefix) until fn returns true; returns whether it did.
template <class Fn>
bool AnyProcliticStem(const text::Tokens& toks, size_t i, Fn&& fn) {
  const text::Token& t = toks.tokens[i];
  if (t.script != text::Script::kArabic) return false;
  if (t.kind == text::TokenKind::kWord) {
    const std::span<const std::string_view> stems = toks.Stems(i);
    for (size_t s = 1; s < stems.size(); ++s)
      if (fn(std::string_view(stems[s]))) return true;
    const std::string_view particle = ConjParticleStem(toks, i);
    return !particle.empty() && fn(particle);
  }
  for (const auto& c : text::AnalyzeClitics(toks.Key(i)))
    if (c.prefix_len > 0 && fn(std::string_view(c.stem))) return true;
  return false;
}

// Calls fn(stem, prefix_cp) for every proclitic stem of an Arabic token i — the
// text::AnalyzeClitics splits with prefix_len > 0, in their order — until fn returns true;
// returns whether it did. Words use the per-token cache (Tokens::Stems), so no token is
// analyzed twice; other Arabic tokens are analyzed on the spot.
template <class Fn>
bool ForEachProcliticStem(const text::Tokens& toks, size_t i, Fn&& fn) {
  const text::Token& t = toks.tokens[i];
  if (t.script != text::Script::kArabic) return false;
  if (t.kind == text::TokenKind::kWord) {
    // Stems(i) is the key, then the stems of AnalyzeClitics in order.
    const std::span<const std::string_view> stems = toks.Stems(i);
    std::string_view key = toks.Key(i);
    for (size_t s = 1; s < stems.size(); ++s)
      if (fn(std::string_view(stems[s]), StemPrefix(key, stems[s]))) return true;
    return false;
  }
  for (const auto& c : text::AnalyzeClitics(toks.Key(i)))
    if (c.prefix_len > 0 && fn(std::string_view(c.stem), static_cast<uint32_t>(c.prefix_len))) return true;
  return false;
}

// Token text helpers (the events stage).
inline std::string_view Surface(const text::Utf8Text& text, const text::Tokens& toks, size_t i) {
  return text.Slice(toks.tokens[i].start, toks.tokens[i].end);
}
inline bool IsPunct(const text::Tokens& toks, size_t i) { return toks.tokens[i].kind == text::TokenKind::kPunct; }

// A full stop, question mark, semicolon, colon: the clause ends there.
inline bool StrongStop(const text::Utf8Text& text, const text::Tokens& toks, size_t i) {
  if (!IsPunct(toks, i)) return toks.tokens[i].Has(text::kNewlineBefore);
  std::string_view s = Surface(text, toks, i);
  return s == "." || s == "!" || s == "?" || s == ";" || s == ":" || s == "\xD8\x9B" /*؛*/ ||
         s == "\xD8\x9F" /*؟*/ || s == "\xE2\x80\xA6" /*…*/ || toks.tokens[i].Has(text::kNewlineBefore);
}
// "قبل عشرة أيام", "بعد أربعة أيام على": the number words a count of days, weeks or months is
// written with (3 to 10; "يومين" is its own word).
// The counts 3 to 10 as words, in both forms: with ة before a masculine noun ("ثلاثة أيام",
// "ثلاثة أشهر") and without it before a feminine one ("ثلاث سنوات", "أربع سنوات").
inline bool SmallCountWord(const text::Tokens& t, size_t i, int* v) {
  static const WordTable kWords{{"ثلاثه", 3}, {"اربعه", 4}, {"خمسه", 5}, {"سته", 6},  {"سبعه", 7},
                                {"ثمانيه", 8}, {"تسعه", 9},  {"عشره", 10}, {"ثلاث", 3}, {"اربع", 4},
                                {"خمس", 5},   {"ست", 6},    {"سبع", 7},   {"ثماني", 8}, {"ثمان", 8},
                                {"تسع", 9},   {"عشر", 10}};
  if (i >= t.tokens.size()) return false;
  const uint64_t* n = kWords.Find(t.Key(i));
  if (!n) return false;
  *v = static_cast<int>(*n);
  return true;
}

inline bool Comma(const text::Utf8Text& text, const text::Tokens& toks, size_t i) {
  if (!IsPunct(toks, i)) return false;
  std::string_view s = Surface(text, toks, i);
  return s == "," || s == "\xD8\x8C" /*،*/;
}

// The first comma at or after token `from` in [from, end), or `end`: where a phrase set off
// by a comma ends ("ردا على مقتل 32 شخصا في تفجير سروج،", "بعد أربعة أيام على هجوم ...،").
inline size_t CommaOrEnd(const text::Utf8Text& text, const text::Tokens& toks, size_t from, size_t end) {
  while (from < end && !Comma(text, toks, from)) ++from;
  return from;
}

// The sentence holding token `token` (0 before the first).
inline size_t SentenceOf(const std::vector<text::Sentence>& ss, size_t token) {
  auto it = std::upper_bound(ss.begin(), ss.end(), token,
                             [](size_t t, const text::Sentence& s) { return t < s.first_token; });
  return it == ss.begin() ? 0 : static_cast<size_t>(it - ss.begin() - 1);
}

// "According to": "بحسب", "حسب", "حسبما", "وفق", "وفقا", "على لسان" (with their proclitics:
// "وبحسب", "ووفق"); who or what follows is the source of what is told.
const WordSet& AccordingToWords();

// The sentence [first, end) goes on with a statement or report told before: "وأشار البيان",
// "وأضاف التقرير" (a verb of saying, or "according to", then one of `reports`).
bool ReportGoesOn(const text::Tokens& toks, size_t first, size_t end, const WordSet& reports);

}  // namespace marsad::events
