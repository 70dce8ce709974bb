// KeyIs with a WordSet (src/events/match.h) answers as KeyIs with the same words as an
// initializer list, on every token: keys, proclitic stems, the article, short words. The
// per-token hash cache (Tokens::StemHashes) and WordTable's sized filter give the answers
// a plain lookup would.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "events/match.h"
#include "events_testutil.h"
#include "marsad/text.h"

namespace marsad::events {
namespace {

// PhraseKey's per-letter map (PlainKey) gives NormalizeKey's and the tokenizer's key for every
// letter a plain phrase may hold: each alone, after a letter in a word, and as a word after
// another word (so a map that dropped or changed a letter fails here, whatever the dictionaries
// happen to hold).
TEST(EventsMatch, PhraseKeyPlainLettersAreTheTokenizersKey) {
  std::vector<std::string> letters;
  for (char c = 'a'; c <= 'z'; ++c) letters.push_back(std::string(1, c));
  for (char c = 'A'; c <= 'Z'; ++c) letters.push_back(std::string(1, c));
  for (int d = 0xA1; d <= 0xBA; ++d) letters.push_back(std::string{'\xD8', static_cast<char>(d)});
  for (int d = 0x81; d <= 0x8A; ++d) letters.push_back(std::string{'\xD9', static_cast<char>(d)});
  size_t mismatches = 0;
  for (const std::string& l : letters) {
    const bool latin = l.size() == 1;
    const std::string before = latin ? "x" : "\xD8\xA8";  // x, ب
    for (const std::string& p : {l, before + l, l + before, before + " " + l + l}) {
      size_t n1 = 0, n2 = 0;
      const std::string fast = PhraseKey(p, &n1);
      const std::string slow = PhraseKeyTokenized(p, &n2);
      if (fast != slow || n1 != n2 || (n1 > 0 && fast != text::NormalizeKey(p))) {
        ++mismatches;
        ADD_FAILURE() << "[" << p << "]: shortcut [" << fast << "] " << n1 << ", tokenized [" << slow << "] " << n2;
      }
    }
  }
  EXPECT_EQ(mismatches, 0u);
}

// PhraseKey's shortcut for plain words gives the key tokenizing gives, for every field of
// every bundled dictionary (and each '|'-separated alias) and for strings at its edges.
TEST(EventsMatch, PhraseKeyShortcutIsTheTokenizersKey) {
  std::vector<std::string> phrases = {
      "قصف", "قصف عنيف", "Assad's forces", "al-Nusra", "abcعربي", "عربيabc", "x  y", " x", "x ", "",
      "ـقصف", "قصفٌ", "إطلاق النار", "ISIS", "U.S. forces", "قوات 17", "٣ قتلى", "ﻻ", "Houthi rebels",
      "آلاف", "ؤ ئ ء", "مؤامرة", "Über", "car bomb"};
  size_t files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(std::string(MARSAD_SOURCE_DIR) + "/data/dictionaries")) {
    if (e.path().extension() != ".tsv") continue;
    ++files;
    std::ifstream in(e.path());
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      size_t b = 0;
      while (b <= line.size()) {
        size_t t = line.find_first_of("\t|", b);
        if (t == std::string::npos) t = line.size();
        phrases.push_back(line.substr(b, t - b));
        b = t + 1;
      }
    }
  }
  EXPECT_GT(files, 10u);
  ASSERT_GT(phrases.size(), 20000u);
  size_t mismatches = 0;
  for (const std::string& p : phrases) {
    size_t n1 = 0, n2 = 0;
    const std::string fast = PhraseKey(p, &n1);
    const std::string slow = PhraseKeyTokenized(p, &n2);
    if (fast != slow || n1 != n2) {
      ++mismatches;
      ADD_FAILURE() << "[" << p << "]: shortcut [" << fast << "] " << n1 << ", tokenized [" << slow << "] " << n2;
      if (mismatches > 20) break;
    }
  }
}

TEST(EventsMatch, WordSetKeyIsAsListKeyIs) {
  const std::string s =
      "وقال المتحدث إنه لم يقل شيئا، فقالت الوزارة: بالقصف وللقصف والقصف قصف؛ وأعلنوا ما لا "
      "نعلمه. ولن وبين وبالمدينة للمدينة المدينة لمدينة والرقة ا و ل said Raqqa.";
  const text::Utf8Text t = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  const text::Tokens toks = text::Tokenize(t);
  ASSERT_GT(toks.tokens.size(), 30u);
  auto same = [&](std::initializer_list<std::string_view> list, const WordSet& set) {
    size_t hits = 0;
    for (size_t i = 0; i <= toks.tokens.size(); ++i)
      for (bool stems : {true, false}) {
        const bool want = KeyIs(toks, i, list, stems);
        EXPECT_EQ(KeyIs(toks, i, set, stems), want) << "token " << i << (stems ? " with stems" : "");
        hits += want;
      }
    return hits;
  };
  const WordSet verbs{"قال", "قالت", "اعلنوا", "نعلم"};
  EXPECT_GE(same({"قال", "قالت", "اعلنوا", "نعلم"}, verbs), 3u);
  const WordSet nouns{"قصف", "القصف", "مدينه", "المدينه", "رقه", "الرقه"};
  EXPECT_GT(same({"قصف", "القصف", "مدينه", "المدينه", "رقه", "الرقه"}, nouns), 8u);
  const WordSet short_words{"ا", "و", "ل", "ما", "لا", "لن", "said"};
  EXPECT_GT(same({"ا", "و", "ل", "ما", "لا", "لن", "said"}, short_words), 4u);
  const WordSet none{"غير", "موجود"};
  EXPECT_EQ(same({"غير", "موجود"}, none), 0u);
}

// و or ف before a two-letter particle (وفي, ففي, ولم, وقد, ومن) has the particle as a
// stem, which the text layer's clitic analysis (three letters or more) does not give: a
// rule asking for "في" or "لم" reads the joined word too, through a list or a set, tagged
// or not. Not ب, ك or ل ("كما" is no "ما", "لما" no "ما"), not without stems, and not a
// longer word ending in the particle.
TEST(EventsMatch, ConjunctionBeforeTwoLetterParticle) {
  const std::string s = "وفي ففي ولم وقد ومن كما لما بما وطفي في";
  const text::Tokens toks = text::Tokenize(text::DecodeUtf8(s, text::Utf8Mode::kLenient).value());
  ASSERT_EQ(toks.tokens.size(), 10u);
  const WordSet particles{"في", "لم", "قد", "من", "ما"};
  const std::vector<bool> want = {true, true, true, true, true, false, false, false, false, true};
  for (size_t i = 0; i < toks.tokens.size(); ++i) {
    EXPECT_EQ(KeyIs(toks, i, {"في", "لم", "قد", "من", "ما"}), want[i]) << "token " << i;
    EXPECT_EQ(KeyIs(toks, i, particles), want[i]) << "token " << i;
    EXPECT_EQ(KeyIs(toks, i, {"في", "لم", "قد", "من", "ما"}, false), i == 9) << "token " << i;
  }
  const TokenTags tags(toks);
  for (size_t i = 0; i < toks.tokens.size(); ++i) EXPECT_EQ(KeyIs(toks, i, particles), want[i]) << "tagged " << i;
  EXPECT_FALSE(KeyIs(toks, 0, {"لم"}));
}

// While a TokenTags lives (EventExtractor::Extract makes one per document), KeyIs with a
// WordSet reads the tokens' tags instead of probing the set: the answers are the same for
// every token, with and without stems, for sets built before the tags; a set built after
// them, or another Tokens, is probed as before.
// Tokens of every kind the tags answer for (verbs of saying, nouns with proclitics, one-letter
// words, Latin words, a hashtag, a number) and three sets of their words, built in the order
// the tests need them (the sets before the tags).
text::Tokens TagsSampleTokens() {
  const std::string s =
      "وقال المتحدث إنه لم يقل شيئا، فقالت الوزارة: بالقصف وللقصف والقصف قصف؛ وأعلنوا ما لا "
      "نعلمه. ولن وبين وبالمدينة للمدينة المدينة لمدينة والرقة ا و ل said Raqqa #الرقة 2015.";
  return text::Tokenize(text::DecodeUtf8(s, text::Utf8Mode::kLenient).value());
}
struct TagsSampleSets {
  WordSet verbs{"قال", "قالت", "اعلنوا", "نعلم"};
  WordSet nouns{"قصف", "القصف", "مدينه", "المدينه", "رقه", "الرقه"};
  WordSet short_words{"ا", "و", "ل", "ما", "لا", "لن", "said"};
};

TEST(EventsMatch, TokenTagsAnswerAsWordSets) {
  const text::Tokens toks = TagsSampleTokens();
  const TagsSampleSets sets;
  const WordSet &verbs = sets.verbs, &nouns = sets.nouns, &short_words = sets.short_words;
  const PhraseStarts starts(testing::Dicts(), toks);  // built after the sets: it tags them
  // The tags tagging tokens on first use, then the ones PhraseStarts' pass handed over.
  for (const PhraseStarts* from : {static_cast<const PhraseStarts*>(nullptr), &starts}) {
    const TokenTags tags(toks, from);
    const WordSet later{"قصف", "said"};  // built after the tags: probed itself
    EXPECT_EQ(TokenTags::For(toks, later), nullptr);
    const text::Tokens other = toks;  // another document: probed itself
    EXPECT_EQ(TokenTags::For(other, verbs), nullptr);
    size_t hits = 0;
    auto same = [&](std::initializer_list<std::string_view> list, const WordSet& set) {
      ASSERT_NE(TokenTags::For(toks, set), nullptr);
      for (size_t i = 0; i <= toks.tokens.size(); ++i)
        for (bool stems : {true, false}) {
          const bool want = KeyIs(toks, i, list, stems);
          EXPECT_EQ(KeyIs(toks, i, set, stems), want) << "token " << i << (stems ? " with stems" : "");
          EXPECT_EQ(KeyIsUntagged(toks, i, set, stems), want) << "token " << i;
          hits += want;
        }
    };
    same({"قال", "قالت", "اعلنوا", "نعلم"}, verbs);
    same({"قصف", "القصف", "مدينه", "المدينه", "رقه", "الرقه"}, nouns);
    same({"ا", "و", "ل", "ما", "لا", "لن", "said"}, short_words);
    EXPECT_GT(hits, 15u);
    for (size_t i = 0; i < toks.tokens.size(); ++i)
      EXPECT_EQ(KeyIs(toks, i, later), KeyIs(toks, i, {"قصف", "said"})) << "token " << i;
  }
}

// NextMayBeIn passes exactly the tokens KeyIs says no of (with stems or without), up to the
// end asked, whatever the token it starts from; with no tags serving the set it passes none.
TEST(EventsMatch, NextMayBeInStopsAtTheFirstTokenKeyIsAnswers) {
  const text::Tokens toks = TagsSampleTokens();
  const TagsSampleSets sets;
  const WordSet none{"غير", "موجود"};
  const size_t n = toks.tokens.size();
  for (const WordSet* set : {&sets.verbs, &sets.nouns, &sets.short_words, &none}) {
    for (size_t i = 0; i <= n; ++i)
      EXPECT_EQ(NextMayBeIn(toks, i, n, *set), i) << "no tags: token " << i;
  }
  const PhraseStarts starts(testing::Dicts(), toks);
  for (const PhraseStarts* from : {static_cast<const PhraseStarts*>(nullptr), &starts}) {
    const TokenTags tags(toks, from);
    size_t stops = 0;
    for (const WordSet* set : {&sets.verbs, &sets.nouns, &sets.short_words, &none}) {
      ASSERT_NE(TokenTags::For(toks, *set), nullptr);
      for (size_t end : {n, n / 2, n + 3})
        for (size_t i = 0; i <= end; ++i) {
          size_t want = i;
          while (want < end && !KeyIs(toks, want, *set, true)) ++want;
          EXPECT_EQ(NextMayBeIn(toks, i, end, *set), want) << "token " << i << ", end " << end;
          stops += want < end;
        }
    }
    EXPECT_GT(stops, 20u);
    // No token is in `none`: the end is reached from every token.
    EXPECT_EQ(NextMayBeIn(toks, 0, n, none), n);
  }
}

// The registry keeps each word once with the bits of every set holding it, as the sets are
// built: a set built after a document's tags shares words with an earlier one, and the next
// document's tags (a new table) answer for both, each as its own list.
TEST(EventsMatch, TokenTagsOfANewTableAnswerForWordsTheSetsShare) {
  const std::string s = "وقال المتحدث إن القصف استهدف المدينة وللمدينة وبالقصف، said Raqqa قصف.";
  const text::Utf8Text t = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  const text::Tokens toks = text::Tokenize(t);
  const WordSet first{"قصف", "مدينه", "المدينه"};
  const std::initializer_list<std::string_view> first_list{"قصف", "مدينه", "المدينه"};
  const std::initializer_list<std::string_view> second_list{"قصف", "said", "المدينه", "قال"};
  size_t hits = 0;
  {
    const TokenTags tags(toks);
    ASSERT_NE(TokenTags::For(toks, first), nullptr);
  }
  const WordSet second{"قصف", "said", "المدينه", "قال"};  // built after the first document's table
  const TokenTags tags(toks);
  for (const auto& [set, list] : {std::pair<const WordSet*, const std::initializer_list<std::string_view>*>{&first, &first_list},
                                  {&second, &second_list}}) {
    ASSERT_NE(TokenTags::For(toks, *set), nullptr) << "set " << set->id();
    for (size_t i = 0; i < toks.tokens.size(); ++i)
      for (bool stems : {true, false}) {
        const bool want = KeyIs(toks, i, *list, stems);
        EXPECT_EQ(KeyIs(toks, i, *set, stems), want) << "set " << set->id() << " token " << i;
        hits += want;
      }
  }
  EXPECT_GT(hits, 10u);
}

// Sets past the 63rd have their bits in the tags' second word (kMaxTaggedSets 127): the
// tags answer for them, as for the first ones (context.cc and events.cc build more than 63).
TEST(EventsMatch, TokenTagsAnswerForSetsPastTheFirstWord) {
  const std::string s = "وقال المتحدث إن القصف استهدف المدينة وللمدينة وبالقصف، said Raqqa قصف.";
  const text::Utf8Text t = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  const text::Tokens toks = text::Tokenize(t);
  std::vector<std::unique_ptr<WordSet>> sets;
  while (sets.size() < 140 && (sets.empty() || sets.back()->id() < 70))
    sets.push_back(sets.size() % 2 == 0 ? std::make_unique<WordSet>(std::initializer_list<std::string_view>{"قصف", "said"})
                                        : std::make_unique<WordSet>(std::initializer_list<std::string_view>{"مدينه", "المدينه"}));
  ASSERT_EQ(sets.back()->id(), 70u);
  const TokenTags tags(toks);
  const std::initializer_list<std::string_view> even{"قصف", "said"}, odd{"مدينه", "المدينه"};
  size_t hits = 0;
  for (size_t k = 0; k < sets.size(); ++k) {
    const WordSet& set = *sets[k];
    ASSERT_NE(TokenTags::For(toks, set), nullptr) << "set " << set.id();
    const std::initializer_list<std::string_view>& list = k % 2 == 0 ? even : odd;
    for (size_t i = 0; i < toks.tokens.size(); ++i)
      for (bool stems : {true, false}) {
        const bool want = KeyIs(toks, i, list, stems);
        EXPECT_EQ(KeyIs(toks, i, set, stems), want) << "set " << set.id() << " token " << i;
        hits += want && set.id() >= 63;
      }
  }
  EXPECT_GT(hits, 20u);
}

// Every token's cached hashes are the hashes of its key and stems, in their order, and a
// copy of the Tokens (which starts with an empty cache) computes the same ones.
TEST(EventsMatch, StemHashesAreTheStemsHashes) {
  const std::string s = "وقال المتحدث إن القصف استهدف وللرقة وبالمدينة الأسواق، و6 مدنيين said Raqqa's ez-Zor.";
  const text::Utf8Text t = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  const text::Tokens toks = text::Tokenize(t);
  const text::Tokens copy = toks;
  // KeyHashes, on a copy whose cache it computes: every token's key hash.
  const text::Tokens fresh = toks;
  const text::Tokens::KeyHashTable key_hashes = fresh.KeyHashes();
  size_t with_stems = 0;
  for (size_t i = 0; i < toks.tokens.size(); ++i) {
    EXPECT_EQ(key_hashes[i], FirstFilterHash(toks.Key(i))) << "token " << i;
    const auto hashes = toks.StemHashes(i);
    const auto stems = toks.Stems(i);
    ASSERT_EQ(hashes.size(), stems.size()) << "token " << i;
    EXPECT_EQ(stems[0], toks.Key(i));
    for (size_t k = 0; k < stems.size(); ++k) {
      EXPECT_EQ(hashes[k], FirstFilterHash(stems[k])) << "token " << i << " stem " << k;
      EXPECT_EQ(copy.StemHashes(i)[k], hashes[k]);
    }
    with_stems += stems.size() > 1;
  }
  EXPECT_GE(with_stems, 3u);  // وقال, وللرقة, وبالمدينة
}

// A WordTable's filter is sized to its words: a large table still finds each word with its
// value (the first one given wins) and nothing else, and so does a tiny one.
TEST(EventsMatch, WordTableOfAnySizeFindsItsWords) {
  std::vector<std::string> words;
  for (int k = 0; k < 3000; ++k) words.push_back("w" + std::to_string(k * 7919 % 100003));
  std::vector<std::pair<std::string_view, uint64_t>> items;
  for (size_t k = 0; k < words.size(); ++k) items.emplace_back(words[k], k + 1);
  items.emplace_back(words[0], 999);  // a repeat: the first value stays
  const WordTable big(items);
  for (size_t k = 0; k < words.size(); ++k) {
    const uint64_t* v = big.Find(words[k]);
    ASSERT_NE(v, nullptr) << words[k];
    EXPECT_EQ(*v, k + 1);
  }
  for (int k = 0; k < 3000; ++k) EXPECT_EQ(big.Find("x" + std::to_string(k)), nullptr);
  const WordTable tiny{{"قال", 1}, {"قالت", 2}};
  EXPECT_EQ(*tiny.Find("قالت"), 2u);
  EXPECT_EQ(tiny.Find("قالوا"), nullptr);
  EXPECT_EQ(tiny.Find(""), nullptr);
}

// MayMatchOneTokenOf is false only where the cue index has no one-token kOne match: on every
// token of a text, with and without PhraseStarts, whenever LongestMatch finds a one-token
// phrase with a kOne cue, the test said it might; and it says no to most tokens.
TEST(EventsMatch, OneTokenKOneCueOnlyWhereMayMatchSaysSo) {
  const Dictionaries& d = testing::Dicts();
  const std::string s =
      "أسفر القصف عن مصرع شخص وإصابة مواطن، ومقتل مدني والمدني ولمواطن في المدينة منذ بداية العام. "
      "وقُتل شخصان وأصيب 13 آخرون بجروح، والشخص الذي قال إن الوضع هادئ. One person was killed.";
  const text::Utf8Text t = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  const text::Tokens toks = text::Tokenize(t);
  const PhraseStarts starts(d, toks);
  size_t ones = 0, maybe = 0;
  for (size_t i = 0; i < toks.tokens.size(); ++i)
    for (const PhraseStarts* st : {&starts, static_cast<const PhraseStarts*>(nullptr)}) {
      const PhraseMatch m = LongestMatch(d.quantity_cue_phrases, t, toks, i, toks.tokens.size(), true, st);
      bool one = false;
      for (uint32_t x : m.indexes) one = one || (m.len == 1 && d.quantity_cues[x].kind == QuantityCueKind::kOne);
      const bool may = MayMatchOneTokenOf(d.quantity_cue_phrases, toks, i, d.one_cue_keys, st);
      if (one) {
        EXPECT_TRUE(may) << "token " << i << " " << toks.Key(i);
      }
      ones += one;
      maybe += may;
    }
  EXPECT_GE(ones, 2 * 4u);  // شخص, مواطن, مدني, ولمواطن (through its stem) at least
  EXPECT_LT(maybe, toks.tokens.size());  // of 2 × the tokens
  // PhraseStarts answers for one_cue_keys from its own pass over the candidate keys, where
  // a cue may start: the same answer as matching the keys at the token.
  for (size_t i = 0; i < toks.tokens.size(); ++i) {
    const bool may = MayMatchOneTokenOf(d.quantity_cue_phrases, toks, i, d.one_cue_keys, &starts);
    EXPECT_EQ(may, starts.May(d.quantity_cue_phrases, i) && MayMatchOneTokenOfAt(toks, i, d.one_cue_keys))
        << "token " << i << " " << toks.Key(i);
    if (IsWordLike(toks.tokens[i]) && starts.May(d.quantity_cue_phrases, i)) {
      EXPECT_GE(starts.HasKeyOf(d.one_cue_keys, i), 0) << "token " << i;
    }
  }
}

// PhraseStarts looks each distinct word of a document up once and gives its later
// occurrences the first one's answers: every word token, the first occurrence or a repeat,
// gets the answers PhraseStarts gives the same word alone in a document of its own.
TEST(EventsMatch, PhraseStartsOfARepeatedWordAreTheWordsOwn) {
  const Dictionaries& d = testing::Dicts();
  const std::string s =
      "قصف الطيران الرقة أمس، وقصف الطيران الرقة اليوم في 15 أكتوبر 2015 ومقتل شخص في الرقة؛ قصف وقصف "
      "والقصف أمس أمس. Raqqa was shelled in October, and Raqqa was shelled again on Monday; #الرقة #الرقة "
      "مقتل شخص ومقتل شخص";
  const text::Utf8Text t = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  const text::Tokens toks = text::Tokenize(t);
  const PhraseStarts starts(d, toks);
  const PhraseIndex* indexes[] = {&d.actor_aliases, &d.trigger_phrases, &d.quantity_phrases, &d.count_nouns,
                                  &d.quantity_cue_phrases};
  size_t repeats = 0, starting = 0;
  for (size_t i = 0; i < toks.tokens.size(); ++i) {
    if (toks.tokens[i].kind == text::TokenKind::kPunct) continue;
    const std::string surface(Surface(t, toks, i));
    const text::Utf8Text t1 = text::DecodeUtf8(surface, text::Utf8Mode::kLenient).value();
    const text::Tokens alone = text::Tokenize(t1);
    ASSERT_EQ(alone.tokens.size(), 1u) << surface;
    if (alone.tokens[0].kind != toks.tokens[i].kind || alone.Key(0) != toks.Key(i)) continue;  // a hashtag's part
    const PhraseStarts own(d, alone);
    for (const PhraseIndex* idx : indexes) {
      EXPECT_EQ(starts.May(*idx, i), own.May(*idx, 0)) << "token " << i << " " << surface;
      starting += starts.May(*idx, i) && idx->start_bit != 0;
    }
    EXPECT_EQ(starts.DateBits(i), own.DateBits(0)) << "token " << i << " " << surface;
    EXPECT_EQ(starts.HasKeyOf(d.one_cue_keys, i), own.HasKeyOf(d.one_cue_keys, 0)) << "token " << i << " " << surface;
    for (size_t j = 0; j < i; ++j)
      if (toks.Key(j) == toks.Key(i)) {
        ++repeats;
        break;
      }
  }
  EXPECT_GE(repeats, 15u);
  EXPECT_GE(starting, 10u);
}

// PhraseStarts keeps each word's answers across the documents of a thread (its WordMemo):
// a document read after others gets the answers it gets read alone, with dictionaries whose
// serial is 0 (nothing kept past one document); after a document read with other
// dictionaries (another serial: a phrase more), they are each dictionaries' own; and a
// WordSet registered since the words were met is tagged on them.
TEST(EventsMatch, PhraseStartsAcrossDocumentsAnswerAsEachDocumentAlone) {
  const Dictionaries& d = testing::Dicts();
  ASSERT_NE(d.starts_serial, 0u);
  Dictionaries plain = d;  // a copy: the same tables, nothing kept across documents
  plain.starts_serial = 0;
  Dictionaries more = d;   // a phrase more: "زلزال مدمر" an actor, frozen again (a new serial)
  more.actor_aliases.Add("زلزال مدمر", 0, false);
  more.Freeze();
  ASSERT_NE(more.starts_serial, d.starts_serial);
  Dictionaries more_plain = more;
  more_plain.starts_serial = 0;
  auto doc = [](const std::string& s) { return text::DecodeUtf8(s, text::Utf8Mode::kLenient).value(); };
  const text::Utf8Text ta = doc(
      "قصف الطيران الرقة أمس ومقتل شخص في المدينة، وقال المتحدث إن زلزال ضرب المنطقة. Raqqa was shelled "
      "in October; #الرقة 15 أكتوبر 2015 وللمدينة وبالقصف والقصف");
  const text::Utf8Text tb = doc(
      "وقال المتحدث إن زلزال مدمر ضرب الرقة اليوم، وقصف الطيران المدينة ومقتل شخص وإصابة مواطن في 16 "
      "أكتوبر. Raqqa was shelled again on Monday; #الرقة والقصف وللمدينة اشتباكات عنيفة");
  const text::Tokens a = text::Tokenize(ta), b = text::Tokenize(tb);
  PhraseIndex Dictionaries::*const indexes[] = {&Dictionaries::actor_aliases, &Dictionaries::trigger_phrases,
                                                &Dictionaries::quantity_phrases, &Dictionaries::count_nouns,
                                                &Dictionaries::quantity_cue_phrases};
  size_t quake_at = 0;
  while (quake_at < b.tokens.size() && b.Key(quake_at) != "زلزال") ++quake_at;
  ASSERT_LT(quake_at, b.tokens.size());
  size_t starting = 0;
  auto same = [&](const Dictionaries& dicts, const Dictionaries& alone, const text::Tokens& toks) {
    const PhraseStarts got(dicts, toks);
    const PhraseStarts want(alone, toks);
    for (size_t i = 0; i < toks.tokens.size(); ++i) {
      for (PhraseIndex Dictionaries::*idx : indexes) {
        EXPECT_EQ(got.May(dicts.*idx, i), want.May(alone.*idx, i)) << "token " << i << " " << toks.Key(i);
        starting += got.May(dicts.*idx, i) && (dicts.*idx).start_bit != 0;
      }
      EXPECT_EQ(got.DateBits(i), want.DateBits(i)) << "token " << i;
      EXPECT_EQ(got.HasKeyOf(dicts.one_cue_keys, i), want.HasKeyOf(alone.one_cue_keys, i)) << "token " << i;
      EXPECT_EQ(got.KeyHasSpace(i), want.KeyHasSpace(i)) << "token " << i;
    }
    return &toks == &b && got.May(dicts.actor_aliases, quake_at);
  };
  same(d, plain, a);
  same(d, plain, b);
  EXPECT_TRUE(same(more, more_plain, b));  // after b with d: زلزال starts an actor of `more`
  EXPECT_FALSE(same(d, plain, b));         // and none of d
  same(more, more_plain, a);
  same(d, plain, a);
  EXPECT_GE(starting, 40u);
  // A set registered after the words were met: the tags of the next document hold it.
  const PhraseStarts warm(d, b);
  const WordSet quake{"زلزال", "مدمر", "قصف", "مدينه"};
  ASSERT_NE(quake.id(), kUntaggedSet);
  const PhraseStarts starts(d, b);
  const TokenTags tags(b, &starts);
  ASSERT_NE(TokenTags::For(b, quake), nullptr);
  size_t hits = 0;
  for (size_t i = 0; i < b.tokens.size(); ++i)
    for (bool stems : {true, false}) {
      const bool want = KeyIs(b, i, {"زلزال", "مدمر", "قصف", "مدينه"}, stems);
      EXPECT_EQ(KeyIs(b, i, quake, stems), want) << "token " << i;
      hits += want;
    }
  EXPECT_GE(hits, 4u);
}

// The word memo compares a key's first 16 bytes in its slot (zero-padded, read in place or,
// at the end of the document's keys, copied) and only the rest in its own buffer: words that
// share their first 8 or 16 bytes (الرقم, الرقه; المتظاهرون, المتظاهرين), words that are
// prefixes of one another, one key as a word and as a hashtag, and a word that is the
// document's last token (its key at the end of the keys) each get their own answers, in
// whatever order the documents come.
TEST(EventsMatch, PhraseStartsKeepWordsApartThatShareTheirFirstBytes) {
  const Dictionaries& d = testing::Dicts();
  ASSERT_NE(d.starts_serial, 0u);
  Dictionaries plain = d;  // nothing kept across documents
  plain.starts_serial = 0;
  static const WordSet kSet{"المتظاهرين", "قتلي", "الرقه", "اكتوبر"};
  ASSERT_NE(kSet.id(), kUntaggedSet);
  auto doc = [](const std::string& s) { return text::DecodeUtf8(s, text::Utf8Mode::kLenient).value(); };
  const text::Utf8Text ta = doc("قتل المتظاهرون في الرقة الرقم؛ وقتلت قوات الأمن المتظاهرين #الرقة قتلى أكتوبر");
  const text::Utf8Text tb = doc("الرقم المتظاهرين قتلى قتل #الرقة اكتوبر الرقة والمتظاهرون المتظاهرون");
  const text::Utf8Text tc = doc("الرقم الرقة أكتوبر قتل المتظاهرين الرقم");
  const text::Tokens a = text::Tokenize(ta), b = text::Tokenize(tb), c = text::Tokenize(tc);
  PhraseIndex Dictionaries::*const indexes[] = {&Dictionaries::actor_aliases, &Dictionaries::trigger_phrases,
                                                &Dictionaries::quantity_phrases, &Dictionaries::count_nouns,
                                                &Dictionaries::quantity_cue_phrases};
  size_t tagged = 0, checked = 0;
  auto same = [&](const text::Tokens& toks) {
    const PhraseStarts got(d, toks);
    std::vector<bool> got_tags;
    {
      const TokenTags tags(toks, &got);
      for (size_t i = 0; i < toks.tokens.size(); ++i) got_tags.push_back(KeyIs(toks, i, kSet, false));
    }
    const PhraseStarts want(plain, toks);
    const TokenTags tags(toks, &want);
    for (size_t i = 0; i < toks.tokens.size(); ++i) {
      for (PhraseIndex Dictionaries::*idx : indexes)
        EXPECT_EQ(got.May(d.*idx, i), want.May(plain.*idx, i)) << "token " << i << " " << toks.Key(i);
      EXPECT_EQ(got.DateBits(i), want.DateBits(i)) << "token " << i << " " << toks.Key(i);
      EXPECT_EQ(got.HasKeyOf(d.one_cue_keys, i), want.HasKeyOf(plain.one_cue_keys, i)) << "token " << i;
      EXPECT_EQ(got.KeyHasSpace(i), want.KeyHasSpace(i)) << "token " << i;
      const bool in_set = KeyIs(toks, i, kSet, false);
      EXPECT_EQ(got_tags[i], in_set) << "token " << i << " " << toks.Key(i);
      EXPECT_EQ(in_set, KeyIs(toks, i, {"المتظاهرين", "قتلي", "الرقه", "اكتوبر"}, false)) << "token " << i;
      tagged += in_set;
      ++checked;
    }
  };
  for (const text::Tokens* t : {&a, &b, &c, &b, &a, &c}) same(*t);
  EXPECT_GE(tagged, 20u);
  EXPECT_GE(checked, 40u);
}

// FlatTable keeps a key of up to 16 bytes in its slot and a longer one in its pool: keys of
// every length around that bound are found with their values, and keys that differ from
// one of them in a single byte (inside the slot's bytes or past them) or are one byte
// shorter or longer are not.
TEST(EventsMatch, FlatTableFindsKeysInTheSlotAndInThePool) {
  std::map<std::string, uint8_t> keys;
  const std::string letters = "\xD9\x82\xD8\xAA\xD9\x84" "abcdefghijklmnopqrstuvwxyz0123456789";
  for (size_t n = 0; n <= 40; ++n) keys.emplace(letters.substr(0, n), static_cast<uint8_t>(n + 1));
  FlatTable<uint8_t> table;
  table.Build(keys, FirstFilterHash);
  for (const auto& [k, v] : keys) {
    const uint8_t* got = table.Find(k, FirstFilterHash(k));
    ASSERT_NE(got, nullptr) << k.size();
    EXPECT_EQ(*got, v) << k.size();
    for (size_t at = 0; at < k.size(); ++at) {
      std::string other = k;
      other[at] = '#';
      EXPECT_EQ(table.Find(other, FirstFilterHash(other)), nullptr) << k.size() << " at " << at;
    }
    const std::string longer = k + "#";
    EXPECT_EQ(table.Find(longer, FirstFilterHash(longer)), nullptr) << k.size();
  }
  const std::string absent = "\xD9\x82\xD8\xAA\xD9\x84#";
  EXPECT_EQ(table.Find(absent, FirstFilterHash(absent)), nullptr);
}

// PhraseIndex::pair_filter lets LongestMatch skip a candidate's longer phrases where the next
// word is the second word of none of them: at every token, for limits of 1, 2, 3 tokens and
// the text's end, with and without stems, the match is the one found with the filter emptied
// (it then says nothing), over the repository's indexes and one of hyphenated words (a token
// key holding a space, as the candidate or as the next token); and the filter says no to
// most pairs of words that follow one another.
TEST(EventsMatch, PairFilterKeepsEveryLongerMatch) {
  const Dictionaries& d = testing::Dicts();
  PhraseIndex hyphenated;
  hyphenated.Add("well-known armed group", 1, false);
  hyphenated.Add("al-Nusra Front", 2, false);
  hyphenated.Add("al Qaeda in Yemen", 3, false);
  hyphenated.Add("قوات الأمن الخاصة", 4, false);
  hyphenated.Add("well", 5, false);
  hyphenated.Freeze();
  const std::string s =
      "قتل عناصر من قوات الأمن الخاصة وقوات الأمن في الرقة، وقالت قوات سوريا الديمقراطية إن تنظيم الدولة "
      "الإسلامية شن هجوما على الجيش السوري الحر والقوات الحكومية قرب حلب، وأصيب أكثر من 20 شخصا بجروح. "
      "The well-known armed group, a well known armed group, al-Nusra Front, al Nusra-Front and al Nusra Front, "
      "al-Qaeda in Yemen and al Qaeda in-Yemen; the Islamic State group and the Syrian Democratic Forces said.";
  const text::Utf8Text t = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  const text::Tokens toks = text::Tokenize(t);
  const size_t n = toks.tokens.size();
  size_t longer = 0;
  auto same = [&](const PhraseIndex& idx) {
    PhraseIndex open = idx;
    open.pair_filter.clear();
    for (size_t i = 0; i < n; ++i)
      for (size_t limit : {i + 1, i + 2, i + 3, n})
        for (bool stems : {true, false}) {
          if (limit > n) continue;
          const PhraseMatch got = LongestMatch(idx, t, toks, i, limit, stems);
          const PhraseMatch want = LongestMatch(open, t, toks, i, limit, stems);
          EXPECT_EQ(got.len, want.len) << "token " << i << " " << toks.Key(i) << " limit " << limit;
          EXPECT_EQ(got.prefix_cp, want.prefix_cp) << "token " << i << " limit " << limit;
          EXPECT_EQ(got.indexes, want.indexes) << "token " << i << " limit " << limit;
          longer += got.len > 1;
        }
  };
  const PhraseIndex& extra = hyphenated;
  for (const PhraseIndex* idx : {&d.actor_aliases, &d.trigger_phrases, &d.quantity_phrases, &d.count_nouns,
                                 &d.quantity_cue_phrases, &extra})
    same(*idx);
  EXPECT_GE(longer, 20u);
  size_t hyphenated_longer = 0;
  for (size_t i = 0; i < n; ++i) hyphenated_longer += LongestMatch(hyphenated, t, toks, i, n).len > 1;
  EXPECT_GE(hyphenated_longer, 7u);
  size_t pairs = 0, no = 0;
  for (size_t i = 0; i + 1 < n; ++i) {
    ++pairs;
    no += !FirstFilterMayHash(d.actor_aliases.pair_filter, PairHash(toks.StemHashes(i)[0], toks.StemHashes(i + 1)[0]));
  }
  EXPECT_GT(no, pairs * 3 / 4);
}

// FindQuantities asks whether a word's surface ends in a digit (0-9, ٠-٩, ۰-۹: "و6", "الـ16",
// "ل٥") only of the words whose key ends in 0-9: keys write every decimal digit as 0-9, so a
// word whose surface ends in one has a key that ends in one.
TEST(EventsMatch, KeysEndInADigitWhereTheSurfaceDoes) {
  const std::string s =
      "قتل و6 مدنيين والـ16 قاصرا بـ25 ألف ل5 أيام و٦ جنود بـ١٢ وللـ۷ و۱۰ الـ٣٠ٍ و7ـ و٨ـ abc9 x٤ "
      "2015م و2015 في ٢٠١٥ ـ9 #الرقة5 covid-19 A-10 الـ10-12 و١٠٠٠٠ 5 ٥ ۵.";
  const text::Utf8Text t = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  const text::Tokens toks = text::Tokenize(t);
  auto ends_in_digit = [](std::string_view w) {  // as quantities.cc's EndsInDigit
    if (w.empty()) return false;
    const auto last = static_cast<unsigned char>(w.back());
    const auto lead = w.size() >= 2 ? static_cast<unsigned char>(w[w.size() - 2]) : 0;
    return (last >= '0' && last <= '9') || (lead == 0xD9 && last >= 0xA0 && last <= 0xA9) ||
           (lead == 0xDB && last >= 0xB0 && last <= 0xB9);
  };
  size_t words = 0;
  for (size_t i = 0; i < toks.tokens.size(); ++i) {
    if (!ends_in_digit(Surface(t, toks, i))) continue;
    const std::string_view k = toks.Key(i);
    ASSERT_FALSE(k.empty()) << "token " << i << " " << Surface(t, toks, i);
    EXPECT_TRUE(k.back() >= '0' && k.back() <= '9') << "token " << i << " " << Surface(t, toks, i) << " key " << k;
    words += toks.tokens[i].kind == text::TokenKind::kWord;
  }
  EXPECT_GE(words, 8u);
}

// Token keys are normalized (ئ -> ي, ؤ -> و, أ -> ا, ة -> ه, ى -> ي, no diacritics), and the
// events code compares them with its own Arabic literals (KeyIs lists, WordSets, month
// names): a literal that is not a key never matches ("مسؤول", "الفائت" did not, silently).
// Every Arabic-only string literal in src/events must be its own normalized key.
TEST(EventsMatch, ArabicLiteralsInTheCodeAreKeys) {
  namespace fs = std::filesystem;
  size_t literals = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(MARSAD_SOURCE_DIR) / "src" / "events")) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".cc" && ext != ".h") continue;
    std::ifstream in(entry.path());
    std::string line;
    for (size_t line_no = 1; std::getline(in, line); ++line_no) {
      const std::string code = line.substr(0, line.find("//"));
      for (size_t open = code.find('"'); open != std::string::npos;) {
        const size_t close = code.find('"', open + 1);
        if (close == std::string::npos) break;
        const std::string lit = code.substr(open + 1, close - open - 1);
        open = code.find('"', close + 1);
        // Arabic letters only (every byte of a two-byte sequence D8..DB xx): words, not messages.
        bool arabic = !lit.empty() && lit.size() % 2 == 0;
        for (size_t i = 0; arabic && i < lit.size(); i += 2)
          arabic = static_cast<unsigned char>(lit[i]) >= 0xD8 && static_cast<unsigned char>(lit[i]) <= 0xDB;
        // Not the Arabic comma, semicolon or question mark: punctuation is compared as it is.
        if (!arabic || lit.find("\xD8\x8C") != std::string::npos || lit.find("\xD8\x9B") != std::string::npos ||
            lit.find("\xD8\x9F") != std::string::npos)
          continue;
        ++literals;
        EXPECT_EQ(text::NormalizeKey(lit), lit) << entry.path().filename().string() << ":" << line_no;
      }
    }
  }
  EXPECT_GT(literals, 500u);  // the lists are there to be checked
}


// PhraseIndex::entries_table keeps beside each key's records the index of a key with one
// record and no exact form (PhraseEntries::sole), which LongestMatch answers from without
// reading the records: a key with two records, or one with an exact form (an acronym), is
// matched through its records as before, the exact form compared with the text.
TEST(EventsMatch, OneRecordOfAKeyIsAnsweredFromItsSlot) {
  PhraseIndex idx;
  idx.Add("هجوم", 0, false);
  idx.Add("هجوم", 1, false);
  idx.Add("ISIS", 2, true);
  idx.Add("غارة جوية", 3, false);
  idx.Add("غارة", 4, false);
  idx.Freeze();
  auto entries_of = [&](std::string_view phrase) {
    size_t n = 0;
    const std::string key = PhraseKey(phrase, &n);
    return idx.entries_table.Find(key, FirstFilterHash(key));
  };
  ASSERT_NE(entries_of("هجوم"), nullptr);
  EXPECT_EQ(entries_of("هجوم")->sole, PhraseEntries::kNone);
  ASSERT_NE(entries_of("ISIS"), nullptr);
  EXPECT_EQ(entries_of("ISIS")->sole, PhraseEntries::kNone);
  ASSERT_NE(entries_of("غارة"), nullptr);
  EXPECT_EQ(entries_of("غارة")->sole, 4u);
  EXPECT_EQ(entries_of("غارة جوية")->sole, 3u);

  const std::string s = "هجوم ISIS isis غارة جوية ثم غارة";
  const text::Utf8Text t = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  const text::Tokens toks = text::Tokenize(t);
  ASSERT_EQ(toks.tokens.size(), 7u);
  auto at = [&](size_t i) { return LongestMatch(idx, t, toks, i, toks.tokens.size()); };
  auto indexes_at = [&](size_t i) {
    const PhraseMatch m = at(i);
    return std::vector<uint32_t>(m.indexes.begin(), m.indexes.end());
  };
  EXPECT_EQ(at(0).len, 1u);
  EXPECT_EQ(indexes_at(0), (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(at(1).len, 1u);
  EXPECT_EQ(indexes_at(1), (std::vector<uint32_t>{2}));
  EXPECT_EQ(at(2).len, 0u);  // "isis": not the acronym's exact form
  EXPECT_EQ(at(3).len, 2u);
  EXPECT_EQ(indexes_at(3), (std::vector<uint32_t>{3}));
  EXPECT_EQ(at(6).len, 1u);
  EXPECT_EQ(indexes_at(6), (std::vector<uint32_t>{4}));
}

// PhraseIndex::first_table tells, beside the most tokens of a phrase starting with a first
// key, what that key is as a phrase of one token (FirstEntry): no phrase, one record without
// an exact form (answered from the slot), or other records (read from entries_table). A first
// key that is only the start of longer phrases matches nothing alone; a proclitic stem
// matches through its own slot, with the proclitic's code points.
TEST(EventsMatch, FirstKeySlotAnswersForTheKeyAlone) {
  PhraseIndex idx;
  idx.Add("هجوم", 0, false);
  idx.Add("هجوم", 1, false);
  idx.Add("ISIS", 2, true);
  idx.Add("غارة جوية", 3, false);
  idx.Add("غارة", 4, false);
  idx.Add("قصف مدفعي", 5, false);
  idx.Freeze();
  auto first_of = [&](std::string_view phrase) {
    size_t n = 0;
    const std::string key = PhraseKey(phrase, &n);
    return idx.first_table.Find(key, FirstFilterHash(key));
  };
  ASSERT_NE(first_of("هجوم"), nullptr);
  EXPECT_EQ(first_of("هجوم")->one, FirstEntry::kRecords);
  EXPECT_EQ(first_of("هجوم")->max_tokens, 1u);
  ASSERT_NE(first_of("ISIS"), nullptr);
  EXPECT_EQ(first_of("ISIS")->one, FirstEntry::kRecords);
  ASSERT_NE(first_of("غارة"), nullptr);
  EXPECT_EQ(first_of("غارة")->one, FirstEntry::kSole);
  EXPECT_EQ(first_of("غارة")->sole, 4u);
  EXPECT_EQ(first_of("غارة")->max_tokens, 2u);
  ASSERT_NE(first_of("قصف"), nullptr);
  EXPECT_EQ(first_of("قصف")->one, FirstEntry::kNoRecord);
  EXPECT_EQ(first_of("قصف")->max_tokens, 2u);
  EXPECT_EQ(first_of("مدفعي"), nullptr);

  const std::string s = "قصف عنيف ثم قصف مدفعي ثم وغارة ثم هجوم";
  const text::Utf8Text t = text::DecodeUtf8(s, text::Utf8Mode::kLenient).value();
  const text::Tokens toks = text::Tokenize(t);
  ASSERT_EQ(toks.tokens.size(), 9u);
  auto at = [&](size_t i) { return LongestMatch(idx, t, toks, i, toks.tokens.size()); };
  EXPECT_EQ(at(0).len, 0u);  // "قصف" alone is no phrase
  EXPECT_EQ(at(3).len, 2u);
  EXPECT_EQ(at(3).indexes.front(), 5u);
  EXPECT_EQ(at(4).len, 0u);
  const PhraseMatch raid = at(6);
  EXPECT_EQ(raid.len, 1u);
  ASSERT_EQ(raid.indexes.size(), 1u);
  EXPECT_EQ(raid.indexes.front(), 4u);
  EXPECT_EQ(raid.prefix_cp, 1u);  // و
  const PhraseMatch attack = at(8);
  EXPECT_EQ(attack.len, 1u);
  EXPECT_EQ(std::vector<uint32_t>(attack.indexes.begin(), attack.indexes.end()), (std::vector<uint32_t>{0, 1}));
}

}  // namespace
}  // namespace marsad::events
