// The per-document cache of clitic stems (Tokens::Stems).
#include "marsad/text.h"

namespace marsad::text {

const std::vector<std::string>& Tokens::Stems(size_t i) const {
  if (stems_done_.size() != tokens.size()) {
    stems_.assign(tokens.size(), {});
    stems_done_.assign(tokens.size(), 0);
  }
  if (!stems_done_[i]) {
    stems_done_[i] = 1;
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kWord && t.script == Script::kArabic) {
      auto splits = AnalyzeClitics(Key(t));
      stems_[i].reserve(splits.size());
      for (auto& c : splits) stems_[i].push_back(std::move(c.stem));
    } else {
      stems_[i].emplace_back(Key(t));
    }
  }
  return stems_[i];
}

}  // namespace marsad::text
