// The per-document cache of clitic stems (Tokens::Stems).
#include "marsad/text.h"
#include "text/clitics.h"

namespace marsad::text {

// All tokens at once: the stages ask for nearly every word's stems anyway, and one pass
// fills flat arrays (no allocation per token) whose views never move afterwards.
void Tokens::ComputeStems() const {
  // The arena holds at most one restored stem per Arabic word ("ا" + the key less its
  // proclitics: ProcliticSplits restores the article once at most), so reserved to that
  // bound it never moves and the views are written directly (they were first collected as
  // offsets, one vector push per stem, and turned into views at the end).
  size_t arena_bound = 0;
  for (const Token& t : tokens)
    if (t.kind == TokenKind::kWord && t.script == Script::kArabic)
      arena_bound += internal::kAlefUtf8.size() + t.key_len;
  stem_arena_.clear();
  stem_arena_.reserve(arena_bound);
  stem_begin_.assign(tokens.size() + 1, 0);
  stem_views_.clear();
  stem_views_.reserve(tokens.size() + tokens.size() / 2);
  stem_hashes_.clear();
  const std::string_view all_keys(keys);
  internal::StemSplit splits[internal::kMaxStemSplits];
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    stem_begin_[i] = static_cast<uint32_t>(stem_views_.size());
    const std::string_view key = all_keys.substr(t.key_off, t.key_len);
    stem_views_.push_back(key);
    if (t.kind != TokenKind::kWord || t.script != Script::kArabic) continue;
    const size_t n = internal::ProcliticSplits(key, splits);
    for (size_t k = 0; k < n; ++k) {
      const uint32_t skip = 2u * splits[k].prefix;
      if (!splits[k].restore) {
        stem_views_.push_back(key.substr(skip));
        continue;
      }
      const size_t off = stem_arena_.size();
      stem_arena_.append(internal::kAlefUtf8);
      stem_arena_.append(key.substr(skip));
      stem_views_.push_back(std::string_view(stem_arena_).substr(off));
    }
  }
  stem_begin_[tokens.size()] = static_cast<uint32_t>(stem_views_.size());
}

void Tokens::ComputeStemHashes() const {
  if (stem_begin_.size() != tokens.size() + 1) ComputeStems();
  stem_hashes_.resize(stem_views_.size());
  for (size_t r = 0; r < stem_views_.size(); ++r) stem_hashes_[r] = KeyHash(stem_views_[r]);
}

}  // namespace marsad::text
