// The per-document cache of clitic stems (Tokens::Stems).
#include "marsad/text.h"
#include "text/clitics.h"

namespace marsad::text {

// All tokens at once: the stages ask for nearly every word's stems anyway, and one pass
// fills flat arrays (no allocation per token) whose views never move afterwards.
void Tokens::ComputeStems() const {
  struct Ref {
    uint32_t off, len;
    bool arena;
  };
  std::vector<Ref> refs;
  refs.reserve(tokens.size() + tokens.size() / 2);
  stem_begin_.assign(tokens.size() + 1, 0);
  stem_arena_.clear();
  stem_hashes_.clear();
  internal::StemSplit splits[internal::kMaxStemSplits];
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    stem_begin_[i] = static_cast<uint32_t>(refs.size());
    refs.push_back({t.key_off, t.key_len, false});
    if (t.kind != TokenKind::kWord || t.script != Script::kArabic) continue;
    const size_t n = internal::ProcliticSplits(Key(t), splits);
    for (size_t k = 0; k < n; ++k) {
      const uint32_t skip = 2u * splits[k].prefix;
      if (!splits[k].restore) {
        refs.push_back({t.key_off + skip, t.key_len - skip, false});
        continue;
      }
      const auto off = static_cast<uint32_t>(stem_arena_.size());
      stem_arena_.append(internal::kAlefUtf8);
      stem_arena_.append(Key(t).substr(skip));
      refs.push_back({off, static_cast<uint32_t>(stem_arena_.size()) - off, true});
    }
  }
  stem_begin_[tokens.size()] = static_cast<uint32_t>(refs.size());
  stem_views_.resize(refs.size());
  const std::string_view k(keys), a(stem_arena_);
  for (size_t r = 0; r < refs.size(); ++r) stem_views_[r] = (refs[r].arena ? a : k).substr(refs[r].off, refs[r].len);
}

void Tokens::ComputeStemHashes() const {
  if (stem_begin_.size() != tokens.size() + 1) ComputeStems();
  stem_hashes_.resize(stem_views_.size());
  for (size_t r = 0; r < stem_views_.size(); ++r) stem_hashes_[r] = KeyHash(stem_views_[r]);
}

}  // namespace marsad::text
