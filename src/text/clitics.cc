// Arabic proclitic segmentation of keys (keys are already normalized: ة→ه, أ→ا …).
#include "marsad/text.h"

namespace marsad::text {
namespace {

constexpr char32_t kWaw = U'و', kFa = U'ف', kBa = U'ب', kKaf = U'ك', kLam = U'ل', kAlef = U'ا', kSin = U'س';

std::u32string Decode(std::string_view s) {
  std::u32string out;
  size_t i = 0;
  while (i < s.size()) out.push_back(NextCodePoint(s, i));
  return out;
}

std::string Encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(out, c);
  return out;
}

bool IsArabicLetters(std::u32string_view w) {
  for (char32_t c : w)
    if (c < 0x0620 || c > 0x06FF) return false;
  return !w.empty();
}

bool HasArticle(std::u32string_view w) { return w.size() >= 2 && w[0] == kAlef && w[1] == kLam; }

}  // namespace

std::vector<CliticSplit> AnalyzeClitics(std::string_view key) {
  std::vector<CliticSplit> out;
  std::u32string w = Decode(key);
  CliticSplit whole;
  whole.stem = std::string(key);
  whole.article = HasArticle(w);
  out.push_back(whole);
  if (!IsArabicLetters(w)) return out;

  auto add = [&](size_t prefix, bool conj, bool prep, bool restore_article) {
    // لل+X is ل + ال+X with the article's alef elided: the stem keeps the second ل.
    std::u32string stem = w.substr(prefix);
    if (restore_article) stem = std::u32string(U"ا") + stem;  // لل+X → ال+X
    bool article = HasArticle(stem);
    size_t letters = article ? stem.size() - 2 : stem.size();
    if (letters < (article ? 2u : 3u)) return;
    CliticSplit s;
    s.stem = Encode(stem);
    s.prefix_len = static_cast<uint8_t>(prefix);
    s.conj = conj;
    s.prep = prep;
    s.article = article;
    for (const auto& o : out)
      if (o.stem == s.stem) return;
    out.push_back(std::move(s));
  };

  // Conjunction (و ف), then preposition (ب ك ل), then the article; لل is ل + ال.
  size_t p = 0;
  bool conj = false;
  if (w.size() > 3 && (w[0] == kWaw || w[0] == kFa)) {
    conj = true;
    p = 1;
    add(p, true, false, false);
  }
  if (w.size() > p + 3) {
    char32_t c = w[p];
    if (c == kLam && w[p + 1] == kLam) {
      add(p + 1, conj, true, true);   // للرقه → ا + لرقه = الرقه
      add(p + 1, conj, true, false);  // للبنان stays possible as ل + لبنان
    } else if (c == kBa || c == kKaf || c == kLam) {
      add(p + 1, conj, true, false);
    } else if (c == kSin && conj) {
      // وس (future particle) only attaches to verbs: not a place stem.
    }
  }
  // Finally, the bare noun without its article (الرقه → رقه) is left to the matcher, which
  // looks up both the article and the article-less form of the gazetteer key.
  return out;
}

}  // namespace marsad::text
