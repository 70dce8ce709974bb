// Arabic proclitic segmentation of keys (keys are already normalized: ة→ه, أ→ا …).
//
// Works on the key's UTF-8 bytes: a word is segmented only when every code point is in
// U+0620..U+06FF, which UTF-8 writes in two bytes, so code point k is bytes [2k, 2k+2).
// Decoding to UTF-32 and back cost more than the analysis itself (it runs once per
// Arabic word of every document).
#include "marsad/text.h"

namespace marsad::text {
namespace {

// The two UTF-8 bytes of the letters tested here.
constexpr std::string_view kWaw = "\xD9\x88", kFa = "\xD9\x81", kBa = "\xD8\xA8", kKaf = "\xD9\x83",
                           kLam = "\xD9\x84", kAlef = "\xD8\xA7", kSin = "\xD8\xB3";

// Every code point is in U+0620..U+06FF (lead byte D8 with A0..BF, or D9..DB).
bool IsArabicLetters(std::string_view w) {
  if (w.empty() || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2) {
    const auto lead = static_cast<unsigned char>(w[i]), cont = static_cast<unsigned char>(w[i + 1]);
    if (lead < 0xD8 || lead > 0xDB || (cont & 0xC0) != 0x80 || (lead == 0xD8 && cont < 0xA0)) return false;
  }
  return true;
}

// Letter k (0-based) of an all-Arabic key.
std::string_view Letter(std::string_view w, size_t k) { return w.substr(2 * k, 2); }

bool HasArticle(std::string_view w) { return w.starts_with("\xD8\xA7\xD9\x84"); }

}  // namespace

std::vector<CliticSplit> AnalyzeClitics(std::string_view key) {
  std::vector<CliticSplit> out;
  out.reserve(4);  // the whole word, a conjunction, two readings of لل
  CliticSplit& whole = out.emplace_back();
  whole.stem = std::string(key);
  whole.article = HasArticle(key);
  if (!IsArabicLetters(key)) return out;
  const size_t letters_in_key = key.size() / 2;

  auto add = [&](size_t prefix, bool conj, bool prep, bool restore_article) {
    // لل+X is ل + ال+X with the article's alef elided: the stem keeps the second ل.
    std::string_view rest = key.substr(2 * prefix);
    const size_t stem_letters = letters_in_key - prefix + (restore_article ? 1 : 0);
    const bool article = restore_article ? rest.starts_with(kLam) : HasArticle(rest);
    const size_t letters = article ? stem_letters - 2 : stem_letters;
    if (letters < (article ? 2u : 3u)) return;
    std::string stem;
    stem.reserve(rest.size() + kAlef.size());
    if (restore_article) stem.append(kAlef);  // لل+X → ال+X
    stem.append(rest);
    for (const auto& o : out)
      if (o.stem == stem) return;
    CliticSplit& s = out.emplace_back();
    s.stem = std::move(stem);
    s.prefix_len = static_cast<uint8_t>(prefix);
    s.conj = conj;
    s.prep = prep;
    s.article = article;
  };

  // Conjunction (و ف), then preposition (ب ك ل), then the article; لل is ل + ال.
  size_t p = 0;
  bool conj = false;
  const std::string_view first = Letter(key, 0);
  if (letters_in_key > 3 && (first == kWaw || first == kFa)) {
    conj = true;
    p = 1;
    add(p, true, false, false);
  }
  if (letters_in_key > p + 3) {
    const std::string_view c = Letter(key, p);
    if (c == kLam && Letter(key, p + 1) == kLam) {
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
