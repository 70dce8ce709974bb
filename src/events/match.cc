#include "match.h"

namespace marsad::events {
namespace {

bool IsWordLike(const text::Token& t) {
  return t.kind == text::TokenKind::kWord || t.kind == text::TokenKind::kNumber ||
         t.kind == text::TokenKind::kHashtag;
}

}  // namespace

PhraseMatch LongestMatch(const PhraseIndex& idx, const text::Utf8Text& text, const text::Tokens& toks, size_t i,
                         size_t limit, bool allow_stems) {
  PhraseMatch best;
  if (i >= limit || !IsWordLike(toks.tokens[i])) return best;
  std::string_view k0 = toks.Key(i);
  struct Cand {
    std::string key;
    uint32_t prefix;
  };
  std::vector<Cand> cands;
  cands.push_back({std::string(k0), 0});
  if (allow_stems && toks.tokens[i].script == text::Script::kArabic) {
    for (const auto& c : text::AnalyzeClitics(k0))
      if (c.prefix_len > 0) cands.push_back({c.stem, c.prefix_len});
    // Entries are written without the article when it is not part of the name (خروج,
    // not الخروج): try the stems without ال last.
    size_t n_cands = cands.size();
    for (size_t c = 0; c < n_cands; ++c) {
      const std::string& k = cands[c].key;
      if (k.starts_with("\xD8\xA7\xD9\x84") && k.size() >= 4 + 6)  // "ال" + at least 3 letters
        cands.push_back({k.substr(4), cands[c].prefix + 2});
    }
  }
  for (const auto& c : cands) {
    auto f = idx.first.find(c.key.substr(0, c.key.find(' ')));
    if (f == idx.first.end()) continue;
    size_t max_n = std::min<size_t>(f->second, limit - i);
    std::string key = c.key;
    std::vector<size_t> lens{key.size()};
    size_t n_ok = 1;
    for (size_t n = 1; n < max_n; ++n) {
      const auto& t = toks.tokens[i + n];
      if (!IsWordLike(t) || t.Has(text::kNewlineBefore)) break;
      key += ' ';
      key += toks.Key(i + n);
      lens.push_back(key.size());
      ++n_ok;
    }
    for (size_t n = n_ok; n >= 1 && n > best.len; --n) {
      auto it = idx.entries.find(key.substr(0, lens[n - 1]));
      if (it == idx.entries.end() || it->second.empty()) continue;
      PhraseMatch m;
      m.len = n;
      m.prefix_cp = c.prefix;
      for (const auto& e : it->second) {
        if (!e.exact.empty()) {
          std::string_view orig = text.Slice(toks.tokens[i].start, toks.tokens[i + n - 1].end);
          if (orig != e.exact) continue;
        }
        m.indexes.push_back(e.index);
      }
      if (m.indexes.empty()) continue;
      best = std::move(m);
      break;
    }
  }
  return best;
}

bool KeyIs(const text::Tokens& toks, size_t i, std::initializer_list<std::string_view> words, bool allow_stems) {
  if (i >= toks.tokens.size()) return false;
  std::string_view k = toks.Key(i);
  for (auto w : words)
    if (k == w) return true;
  if (!allow_stems || toks.tokens[i].script != text::Script::kArabic) return false;
  for (const auto& c : text::AnalyzeClitics(k)) {
    if (c.prefix_len == 0) continue;
    for (auto w : words)
      if (c.stem == w) return true;
  }
  return false;
}

}  // namespace marsad::events
