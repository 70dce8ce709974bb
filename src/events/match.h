// Longest-match lookup of dictionary phrases over tokens (internal to src/events).
#pragma once

#include <string>
#include <vector>

#include "marsad/events.h"

namespace marsad::events {

struct PhraseMatch {
  size_t len = 0;                 // tokens matched, 0 when none
  uint32_t prefix_cp = 0;         // code points of proclitics stripped from the first token
  std::vector<uint32_t> indexes;  // matching records (acronyms already case-checked)
};

// Longest phrase of `idx` starting at token i and ending before `limit`. For Arabic words
// the unsegmented token is tried first, then its proclitic stems; at equal length the
// unsegmented reading wins.
PhraseMatch LongestMatch(const PhraseIndex& idx, const text::Utf8Text& text, const text::Tokens& toks, size_t i,
                         size_t limit, bool allow_stems = true);

// True when token i's key (or one of its proclitic stems) equals one of `words`.
bool KeyIs(const text::Tokens& toks, size_t i, std::initializer_list<std::string_view> words,
           bool allow_stems = true);

}  // namespace marsad::events
