// Arabic proclitic segmentation of keys (keys are already normalized: ة→ه, أ→ا …).
//
// Works on the key's UTF-8 bytes: a word is segmented only when every code point is in
// U+0620..U+06FF, which UTF-8 writes in two bytes, so code point k is bytes [2k, 2k+2).
// Decoding to UTF-32 and back cost more than the analysis itself (it runs once per
// Arabic word of every document).
#include "text/clitics.h"

#include "marsad/text.h"

namespace marsad::text {
namespace internal {
namespace {

// The two UTF-8 bytes of the letters tested here.
constexpr std::string_view kWaw = "\xD9\x88", kFa = "\xD9\x81", kBa = "\xD8\xA8", kKaf = "\xD9\x83",
                           kLam = "\xD9\x84", kSin = "\xD8\xB3";

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

// Whether (restore_a ? "ا" : "") + a equals (restore_b ? "ا" : "") + b.
bool SameStem(bool restore_a, std::string_view a, bool restore_b, std::string_view b) {
  if (restore_a == restore_b) return a == b;
  if (restore_a) std::swap(a, b);  // now b carries the alef
  return a.starts_with(kAlefUtf8) && a.substr(kAlefUtf8.size()) == b;
}

}  // namespace

size_t ProcliticSplits(std::string_view key, StemSplit (&out)[kMaxStemSplits]) {
  // A split needs four letters or more and a first letter of و ف ب ك ل (below): most
  // words (ال…, short words) are decided here, before every letter is checked.
  if (key.size() < 8) return 0;
  const std::string_view first = key.substr(0, 2);
  if (first != kWaw && first != kFa && first != kBa && first != kKaf && first != kLam) return 0;
  if (!IsArabicLetters(key)) return 0;
  const size_t letters_in_key = key.size() / 2;
  size_t n = 0;
  auto add = [&](size_t prefix, bool conj, bool prep, bool restore_article) {
    // لل+X is ل + ال+X with the article's alef elided: the stem keeps the second ل.
    std::string_view rest = key.substr(2 * prefix);
    const size_t stem_letters = letters_in_key - prefix + (restore_article ? 1 : 0);
    const bool article = restore_article ? rest.starts_with(kLam) : HasArticle(rest);
    const size_t letters = article ? stem_letters - 2 : stem_letters;
    if (letters < (article ? 2u : 3u)) return;
    if (SameStem(restore_article, rest, false, key)) return;  // the whole word
    for (size_t k = 0; k < n; ++k)
      if (SameStem(restore_article, rest, out[k].restore, key.substr(2 * out[k].prefix))) return;
    out[n++] = {static_cast<uint8_t>(prefix), restore_article, conj, prep, article};
  };

  // Conjunction (و ف), then preposition (ب ك ل), then the article; لل is ل + ال.
  size_t p = 0;
  bool conj = false;
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
  return n;
}

}  // namespace internal

std::vector<CliticSplit> AnalyzeClitics(std::string_view key) {
  internal::StemSplit splits[internal::kMaxStemSplits];
  const size_t n = internal::ProcliticSplits(key, splits);
  std::vector<CliticSplit> out(1 + n);
  out[0].stem = std::string(key);
  out[0].article = key.starts_with("\xD8\xA7\xD9\x84");
  for (size_t k = 0; k < n; ++k) {
    const internal::StemSplit& s = splits[k];
    CliticSplit& c = out[1 + k];
    if (s.restore) c.stem.append(internal::kAlefUtf8);
    c.stem.append(key.substr(2 * s.prefix));
    c.prefix_len = s.prefix;
    c.conj = s.conj;
    c.prep = s.prep;
    c.article = s.article;
  }
  return out;
}

}  // namespace marsad::text
