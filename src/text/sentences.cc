// Sentence splitting over tokens: terminal punctuation and line breaks.
#include <array>
#include <string_view>

#include "marsad/text.h"

namespace marsad::text {
namespace {

// Keys (case-folded) of words that end with a period without ending a sentence.
constexpr std::array<std::string_view, 40> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen",
    "rep", "prof", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr",
    "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "ave", "blvd", "rd"};

bool IsAbbreviation(std::string_view key) {
  for (auto a : kAbbreviations)
    if (a == key) return true;
  return false;
}

bool IsTerminal(std::string_view surface) {
  char32_t c = 0;
  size_t i = 0;
  if (surface.empty()) return false;
  c = NextCodePoint(surface, i);
  return c == U'.' || c == U'!' || c == U'?' || c == U'؟' || c == U'؛' || c == 0x2026 || c == U'۔';
}

// Keys of the words that give a cause: إثر, جراء (جرّاء), بسبب, نتيجة.
bool IsCause(std::string_view key) {
  return key == "\xD8\xA7\xD8\xAB\xD8\xB1" || key == "\xD8\xAC\xD8\xB1\xD8\xA7" ||
         key == "\xD8\xA8\xD8\xB3\xD8\xA8\xD8\xA8" || key == "\xD9\x86\xD8\xAA\xD9\x8A\xD8\xAC\xD9\x87";
}

}  // namespace

std::vector<Sentence> SplitSentences(const Utf8Text& text, const Tokens& toks) {
  std::vector<Sentence> out;
  const auto& t = toks.tokens;
  uint32_t first = 0;
  auto close = [&](uint32_t end_tok) {
    if (end_tok <= first) return;
    out.push_back(Sentence{first, end_tok, t[first].start, t[end_tok - 1].end});
    first = end_tok;
  };
  std::string_view s(text.utf8);
  for (uint32_t i = 0; i < t.size(); ++i) {
    if (i > first && t[i].Has(kNewlineBefore)) close(i);
    if (t[i].kind != TokenKind::kPunct) continue;
    std::string_view surface = s.substr(t[i].byte_start, t[i].byte_end - t[i].byte_start);
    if (!IsTerminal(surface)) continue;
    // An Arabic semicolon before a cause ("لقي عامل مصرعه؛ إثر سقوط مقذوف", "؛ جراء", "؛
    // بسبب", "؛ نتيجة") joins the toll to its cause: one sentence, as a comma would.
    if (surface == "\xD8\x9B" && i + 1 < t.size() && IsCause(toks.Key(t[i + 1]))) continue;  // ؛
    if (surface == "." && i > first && !t[i].Has(kSpaceBefore)) {
      const Token& prev = t[i - 1];
      std::string_view key = toks.Key(prev);
      const Token* next = i + 1 < t.size() ? &t[i + 1] : nullptr;
      bool single = prev.end - prev.start == 1;
      // Dotted abbreviations: "p.m." "e.g." "U.S." — a single letter glued to the next
      // letter ("p." before "m") or ending such a chain ("m." after "p.").
      bool dotted = single && ((next && next->kind == TokenKind::kWord && !next->Has(kSpaceBefore)) ||
                               (i >= first + 3 && !prev.Has(kSpaceBefore) && t[i - 2].kind == TokenKind::kPunct &&
                                t[i - 2].byte_end - t[i - 2].byte_start == 1 && s[t[i - 2].byte_start] == '.' &&
                                t[i - 3].kind == TokenKind::kWord && t[i - 3].end - t[i - 3].start == 1));
      // "No." abbreviates "number" only before one ("No. 5"); "he said no." ends a sentence.
      // Asked of Latin words only (the test below): an Arabic word before a full stop was
      // compared with every abbreviation.
      auto abbreviation = [&] { return key == "no" ? next && next->kind == TokenKind::kNumber : IsAbbreviation(key); };
      // Initials (J. Smith) and abbreviations (Dr. Mr. St.) do not end sentences.
      if (prev.kind == TokenKind::kWord && prev.script == Script::kLatin &&
          ((single && prev.Has(kCapitalized)) || dotted || abbreviation()))
        continue;
    }
    uint32_t end = i + 1;
    // Further terminal marks ("?!", "..!؟") and closing quotes and brackets right after the
    // mark stay in the sentence.
    while (end < t.size() && t[end].kind == TokenKind::kPunct && !t[end].Has(kSpaceBefore)) {
      std::string_view q = s.substr(t[end].byte_start, t[end].byte_end - t[end].byte_start);
      if (IsTerminal(q) || q == "\"" || q == ")" || q == "»" || q == "”" || q == "'" || q == "’") ++end;
      else break;
    }
    close(end);
    i = end - 1;
  }
  close(static_cast<uint32_t>(t.size()));
  return out;
}

}  // namespace marsad::text
