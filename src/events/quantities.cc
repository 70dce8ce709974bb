// Quantities: the casualty grammar. A number (digits in any script, number words with
// multipliers and conjoined parts, duals, vague plurals) with its qualifiers, what it
// counts (a count noun, a partitive "من …" / "of …", or nothing), and the predicate that
// says what happened to them (قتل / مقتل / أصيب before it, قتلوا / were killed after it, a
// toll noun such as حصيلة / death toll). Years, dates, hours, ages, percentages, money,
// distances and durations are never counts. The words are data (quantity_words.tsv,
// count_nouns.tsv, quantity_cues.tsv); this file is the grammar.
// Over 600 lines for a reason: the casualty grammar is one left-to-right reading of a
// number's phrase (number, qualifiers, counted noun, predicate after, predicate before);
// its steps share the phrase's state and read best in order.
#include <algorithm>

#include "marsad/events.h"
#include "context.h"
#include "match.h"

namespace marsad::events {

using namespace std::string_view_literals;
namespace {

// The category a predicate after a count gives it, the cue at token t of length len: a
// killing predicate joined to a wounded verb ("قتلوا وجرحوا": one verb pair) counts casualties,
// no death toll. Plural verbs agreeing with the same subject only: not "قتلوا وأصيب 20 آخرون",
// a new clause.
std::string AfterPredicate(const text::Tokens& toks, const std::string& category, size_t t, size_t len, size_t end) {
  static const WordSet kWoundedToo{"وجرحوا", "وجرحن", "واصيبوا", "واصبن"};
  if (category == "killed" && t + len < end && KeyIs(toks, t + len, kWoundedToo, false)) return "wounded";
  return category;
}

// "واحدة" after a noun of the words past a count ("ثمانية أشخاص من أسرة واحدة قتلوا": of
// one family) is that noun's adjective, not another number: the search for the count's
// predicate goes on past it. `from`: the first token past the count's phrase.
bool AdjectiveOne(const text::Tokens& toks, size_t t, size_t from) {
  return t > from && KeyIs(toks, t, {"واحده", "واحد"}, false) && toks.tokens[t - 1].kind == text::TokenKind::kWord &&
         toks.tokens[t - 1].script == text::Script::kArabic;
}

// A number that says whose the counted were, in English: "Six civilians from one family",
// "members of one family" (the "one" is no count of its own).
bool FamilyNumber(const text::Tokens& toks, size_t t) {
  return t > 0 && t + 1 < toks.tokens.size() && toks.tokens[t - 1].script == text::Script::kLatin &&
         KeyIs(toks, t - 1, {"from", "of", "in"}, false) &&
         KeyIs(toks, t + 1, {"family", "families", "household", "households"}, false);
}

// Parses a number token's original text: Arabic-Indic/Persian digits, ',' '٬' thousands
// separators (groups of exactly three digits), '.' '٫' decimal point. `frac` gets the
// first three decimals in thousandths (1.5 → 500), for "1.5 million".
bool ParseDigits(std::string_view s, uint64_t* out, uint64_t* frac = nullptr, size_t* n_digits = nullptr) {
  uint64_t v = 0, f = 0;
  size_t i = 0, group = 0, nd = 0, nf = 0;
  bool sep_seen = false, in_frac = false;
  while (i < s.size()) {
    char32_t c = text::NextCodePoint(s, i);
    int d = -1;
    if (c >= '0' && c <= '9') d = static_cast<int>(c - '0');
    else if (c >= 0x0660 && c <= 0x0669) d = static_cast<int>(c - 0x0660);
    else if (c >= 0x06F0 && c <= 0x06F9) d = static_cast<int>(c - 0x06F0);
    if (d >= 0) {
      if (in_frac) {
        if (nf < 3) f = f * 10 + static_cast<uint64_t>(d), ++nf;
        continue;
      }
      if (++nd > 15) return false;
      v = v * 10 + static_cast<uint64_t>(d);
      ++group;
      continue;
    }
    if (in_frac) return false;
    if (c == ',' || c == 0x066C) {
      if ((sep_seen && group != 3) || group == 0) return false;
      sep_seen = true;
      group = 0;
      continue;
    }
    if (c == '.' || c == 0x066B) {
      in_frac = true;
      continue;
    }
    // A proclitic or the like glued to the digits ("و6", "الـ16", "بـ25") is not ours to
    // judge here: the tokenizer gives such tokens as words.
    return false;
  }
  if (nd == 0 || (sep_seen && group != 3)) return false;
  while (nf < 3) f *= 10, ++nf;
  *out = v;
  if (frac) *frac = f;
  if (n_digits) *n_digits = sep_seen ? 0 : nd;
  return true;
}

// Digits at the end of a word token ("و6", "الـ16", "بـ25", "ل5"): the value when the
// letters before them are at most a proclitic and a tatweel.
// In valid UTF-8 (a token's surface) a digit ends the text as 0-9, D9 A0-A9 (٠-٩,
// U+0660-0669) or DB B0-B9 (۰-۹, U+06F0-06F9): this runs on every word, and most end
// otherwise (the last byte alone would not do: ا is D8 A7).
bool EndsInDigit(std::string_view s) {
  if (s.empty()) return false;
  const auto last = static_cast<unsigned char>(s.back());
  const auto lead = s.size() >= 2 ? static_cast<unsigned char>(s[s.size() - 2]) : 0;
  return (last >= '0' && last <= '9') || (lead == 0xD9 && last >= 0xA0 && last <= 0xA9) ||
         (lead == 0xDB && last >= 0xB0 && last <= 0xB9);
}

// The key's last byte is 0-9 (a word whose surface ends in a digit has one: EndsInDigit's
// digits are keyed as 0-9; EventsMatch.KeysEndInADigitWhereTheSurfaceDoes).
inline bool KeyEndsInAsciiDigit(const text::Tokens& toks, const text::Token& t) {
  const char c = toks.keys[t.key_off + t.key_len - 1];
  return c >= '0' && c <= '9';
}

bool TrailingDigits(std::string_view s, uint64_t* out, size_t* n_digits) {
  if (!EndsInDigit(s)) return false;
  size_t p = s.size();
  while (p > 0) {
    size_t q = p - 1;
    while (q > 0 && (static_cast<unsigned char>(s[q]) & 0xC0) == 0x80) --q;
    size_t k = q;
    char32_t c = text::NextCodePoint(s, k);
    bool digit = (c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
    if (!digit) break;
    p = q;
  }
  if (p == s.size() || p == 0) return false;
  std::string_view head = s.substr(0, p);
  if (CodePoints(head) > 4) return false;
  for (size_t i = 0; i < head.size();) {  // Arabic proclitics only: not "F16", "M4"
    const char32_t c = text::NextCodePoint(head, i);
    if (c < 0x0600 || c > 0x06FF) return false;
  }
  return ParseDigits(s.substr(p), out, nullptr, n_digits);
}

// Nouns that say what happened to the people counted: a predicate does not change them
// ("مقتل 5 وإصابة 10 جرحى"). Detainees and the missing are people a predicate may count
// ("مقتل 5 معتقلين" are killed).
bool Casualty(std::string_view cat) {
  return cat == "killed" || cat == "wounded" || cat == "bodies" || cat == "dead_or_wounded";
}

// Who the people counted are by what happened to them before: a predicate far from the
// count does not override these.
bool Status(std::string_view cat) {
  return cat == "displaced" || cat == "refugees" || cat == "detained" || cat == "abducted" || cat == "missing";
}

bool Violent(std::string_view cat) {
  return cat == "killed" || cat == "wounded" || cat == "bodies" || cat == "fighters" || cat == "dead_or_wounded" ||
         cat == "detained" || cat == "abducted" || cat == "missing";
}

// Closing brackets and quotes that may stand between a number and its noun: "( 800) لاجئ".
bool Closing(const text::Utf8Text& text, const text::Tokens& toks, size_t i) {
  if (!IsPunct(toks, i)) return false;
  std::string_view s = Surface(text, toks, i);
  const text::Quote q = text::QuoteMark(s);
  return s == ")" || q == text::Quote::kClosing || q == text::Quote::kStraight;
}
bool Opening(const text::Utf8Text& text, const text::Tokens& toks, size_t i) {
  if (!IsPunct(toks, i)) return false;
  std::string_view s = Surface(text, toks, i);
  const text::Quote q = text::QuoteMark(s);
  return s == "(" || q == text::Quote::kOpening || q == text::Quote::kStraight;
}

// "و" glued to a token: the conjunction of "وخمسون", "و500".
bool StartsWithWaw(std::string_view key) { return key.starts_with("\xD9\x88"); }

// A number matched through the stripped article (الأحد → أحد) is another word.
bool ViaArticle(const text::Tokens& toks, size_t i, uint32_t prefix_cp) {
  if (prefix_cp < 2) return false;
  std::string_view key = toks.Key(i);
  // Arabic letters are two bytes; the article is the last two stripped code points.
  const size_t at = 2 * static_cast<size_t>(prefix_cp) - 4;
  return key.size() >= at + 4 && key.substr(at, 4) == "\xD8\xA7\xD9\x84";
}

constexpr std::string_view kMin = "\xD9\x85\xD9\x86";  // من

// Verbs in the dual that say what happened to two people.
const WordSet& DualVerbs() {
  static const WordSet kDualVerbs{"قتلا", "لقيا", "اصيبا", "جرحا",   "سقطا",  "استشهدا",
                                  "توفيا", "ماتا", "قضيا", "اعتقلا", "خطفا", "اختطفا"};
  return kDualVerbs;
}

// A word in the dual after a sound plural that is also written as the dual: "شرطيين قتلا",
// "شرطيين بحرينيين كانا يؤديان واجبهما", "مهاجمين آخرين قتلا" are two (the plural "مقتل
// شرطيين" is not). At most two words between, indefinite (a definite word starts another noun
// phrase: "مسلحين فتحت النار على الشرطيين اللذين"), no punctuation.
bool DualAgreementFollows(const text::Tokens& toks, size_t k, size_t end) {
  static const WordSet kDual{"كانا", "كانتا", "فقدا", "اللذين", "اللذان", "هما", "يعملان", "ينتميان"};
  for (size_t between = 0; k < end && between <= 2; ++k, ++between) {
    if (IsPunct(toks, k)) return false;
    if (KeyIs(toks, k, kDual) || KeyIs(toks, k, DualVerbs())) return true;
    if (toks.Key(k).starts_with("\xD8\xA7\xD9\x84")) return false;  // ال
  }
  return false;
}

// Counts of one sentence that are a period's or a war's totals by what surrounds them, past
// the cue table (docs/eval-events.md, session 20):
// - thousands told vaguely ("وآلاف الجرحى", "عشرات الآلاف من القتلى"), and ten thousand or more
//   however told, are no incident's count,
//   nor are the counts joined to them by و ("جرائم إنسانية حيث قتل أكثر من 350 يمنيا وآلاف
//   الجرحى");
// - "during it" after a stated period of days or more ("بعملية أمنية استمرت أكثر من 5 أيام، قتل
//   خلالها 241 إرهابيا"): the period's total;
// - the cases an organisation documented ("عدد ضحايا التعذيب ... ممن وثقتهم مجموعة العمل وصل إلى
//   409"): its count over months or years ("وثق المرصد مقتل 5 مدنيين اليوم" is one day's, and
//   stays).
void PeriodTotals(const text::Utf8Text& text, const text::Tokens& toks, size_t first, size_t end, size_t first_q,
                  std::vector<Quantity>* qs) {
  std::vector<Quantity>& q = *qs;
  // Words from token a to token b (a <= b); SIZE_MAX past a full stop.
  auto words_between = [&](size_t a, size_t b) {
    size_t words = 0;
    for (size_t u = a; u < b; ++u) {
      if (StrongStop(text, toks, u)) return SIZE_MAX;
      words += !IsPunct(toks, u);
    }
    return words;
  };
  // b right after a, joined by و (a word of its own or b's clitic).
  auto joined = [&](const Quantity& a, const Quantity& b) {
    if (b.token_begin == a.token_end) return toks.Key(b.token_begin).starts_with("\xD9\x88");
    return b.token_begin == a.token_end + 1 && toks.Key(a.token_end) == "\xD9\x88";
  };
  for (size_t x = first_q; x < q.size(); ++x) {
    // Ten thousand or more, however told ("بعد أن قتل أكثر من 300 ألف سوري"), is a war's toll.
    constexpr uint64_t kWarToll = 10000;
    if (!Casualty(q[x].category) || ((q[x].qualifier != "vague"sv || q[x].value < 1000) && q[x].value < kWarToll))
      continue;
    q[x].cumulative = true;
    for (size_t y = x; y > first_q && joined(q[y - 1], q[y]) && Casualty(q[y - 1].category); --y)
      q[y - 1].cumulative = true;
    for (size_t y = x; y + 1 < q.size() && joined(q[y], q[y + 1]) && Casualty(q[y + 1].category); ++y)
      q[y + 1].cumulative = true;
  }
  static const WordSet kDuring{"خلالها", "خلاله", "طوالها", "طواله", "اثناها"};
  // Periods of two days or more, with a number before them or alone ("استمرت أسابيع").
  static const WordSet kPeriod{"ايام",  "يوما",  "اياما", "يومين", "اسبوع", "اسبوعا", "اسبوعين", "اسابيع",
                               "شهر",   "شهرا",  "شهرين", "اشهر",  "شهور",  "عام",    "عاما",    "عامين",
                               "اعوام", "سنه",   "سنتين", "سنوات"};
  static const WordSet kWhom{"ممن", "الذين"};
  for (size_t t = first; t < end; ++t) {
    if (IsPunct(toks, t)) continue;
    size_t from = SIZE_MAX, reach = 12;  // mark the casualty counts from `from` on
    bool before_too = false;
    if (KeyIs(toks, t, kDuring, false)) {
      for (size_t u = t; u > first && u + 15 > t && from == SIZE_MAX;)
        if (KeyIs(toks, --u, kPeriod, false)) from = t + 1;
    } else if (KeyIs(toks, t, kWhom, false) && t + 1 < end && toks.Key(t + 1).starts_with("\xD9\x88\xD8\xAB\xD9\x82")) {
      from = t, before_too = true;  // وثق…
    }
    if (from == SIZE_MAX) continue;
    for (size_t x = first_q; x < q.size(); ++x) {
      if (!Casualty(q[x].category) || q[x].cumulative) continue;
      if (q[x].token_begin >= from ? words_between(from, q[x].token_begin) <= reach
                                   : before_too && q[x].token_end <= t && words_between(q[x].token_end, t) <= 3)
        q[x].cumulative = true;
    }
  }
}

// A statistical report told over several sentences: "أعلنت بعثة الأمم المتحدة مقتل وإصابة
// 3440 عراقيا خلال شهر يوليو ... وأوضح البيان أن عدد القتلى المدنيين بلغ 844 ... وأشار البيان
// إلى مقتل 488 عنصرا من منتسبي قوات الأمن": a sentence that goes on with the report ("وأشار
// البيان", "وأضاف التقرير") right after one whose casualty count is a running total counts
// the same period.
void ReportTotals(const text::Tokens& toks, const std::vector<text::Sentence>& sentences,
                  std::vector<Quantity>* quantities) {
  static const WordSet kReport{"البيان", "بيان", "التقرير", "تقرير", "المنظمه", "البعثه", "الاحصاييه", "الحصيله"};
  auto goes_on = [&](const text::Sentence& s) { return ReportGoesOn(toks, s.first_token, s.end_token, kReport); };
  // A sentence of the report with no count of its own ("أشار التقرير إلى أن الحصيلة المذكورة لا
  // تشمل ...") keeps the report going to the next ("ووفق التقرير فإن القوات الحكومية قتلت 143 شخصا").
  bool prev_total = false;
  size_t qi = 0;
  for (const auto& s : sentences) {
    const bool continues = prev_total && goes_on(s);
    bool total = false, counts = false;
    for (; qi < quantities->size() && (*quantities)[qi].token_begin < s.end_token; ++qi) {
      Quantity& q = (*quantities)[qi];
      if (q.token_begin < s.first_token || !Casualty(q.category)) continue;
      counts = true;
      if (continues) q.cumulative = true;
      total = total || q.cumulative;
    }
    prev_total = total || (continues && !counts);
  }
}

// "twenty five" (the key of "twenty-five"): tens and units of quantity_words.tsv.
// The count's verb has a war for its subject through a relative clause: "النزاع في اليمن
// الذي أسفر عن مقتل أربعة آلاف", "الحرب التي خلفت". A war's toll, whatever the verb.
bool WarAntecedent(const text::Tokens& toks, size_t first, size_t count_begin) {
  auto word = [&](size_t i) { return toks.tokens[i].kind != text::TokenKind::kPunct; };
  // "ليرتفع عدد القتلى في الحرب إلى 4000": a toll in a war, named before the count.
  static const WordSet kWars{"الحرب", "النزاع", "الصراع", "الازمه", "الاقتتال", "الثوره", "الحروب", "النزاعات"};
  for (size_t i = count_begin, seen = 0; i > first + 1 && seen < 5;) {
    --i;
    if (!word(i)) break;
    ++seen;
    if (KeyIs(toks, i, kWars, false) && KeyIs(toks, i - 1, {"في", "خلال", "منذ"}, false)) return true;
  }
  for (size_t i = count_begin, seen = 0; i > first && seen < 6;) {
    --i;
    if (!word(i)) return false;
    ++seen;
    if (!KeyIs(toks, i, {"الذي", "التي"})) continue;
    for (size_t j = i, back = 0; j > first && back < 5;) {
      --j;
      if (!word(j)) return false;
      ++back;
      if (KeyIs(toks, j, {"النزاع", "الصراع", "الحرب", "الازمه", "الاقتتال", "الثوره", "الغزو", "النزاعات",
                          "الحروب"}))
        return true;
    }
    return false;
  }
  return false;
}

uint64_t HyphenatedNumber(const Dictionaries& d, std::string_view key) {
  const size_t sp = key.find(' ');
  if (sp == std::string_view::npos || key.find(' ', sp + 1) != std::string_view::npos) return 0;
  auto value = [&](std::string_view w) -> uint64_t {
    auto it = d.quantity_phrases.entries.find(w);
    if (it == d.quantity_phrases.entries.end() || it->second.empty()) return 0;
    const QuantityWord& q = d.quantity_words[it->second.front().index];
    return q.kind == QuantityKind::kNumber ? q.value : 0;
  };
  const uint64_t tens = value(key.substr(0, sp)), units = value(key.substr(sp + 1));
  return tens >= 20 && tens < 100 && tens % 10 == 0 && units >= 1 && units <= 9 ? tens + units : 0;
}

}  // namespace

void EventExtractor::FindQuantities(const text::Utf8Text& text, const text::Tokens& toks,
                                    const std::vector<text::Sentence>& sentences, EventResult* out,
                                    const PhraseStarts* starts) const {
  auto qword = [&](size_t i, size_t limit, PhraseMatch* m) -> const QuantityWord* {
    // Asked at every token, and most start no quantity phrase (PhraseStarts): no empty
    // match built and moved into *m there.
    if (starts != nullptr && i < limit && !starts->May(d_.quantity_phrases, i)) {
      m->len = 0;
      m->prefix_cp = 0;
      m->indexes.clear();
      return nullptr;
    }
    *m = LongestMatch(d_.quantity_phrases, text, toks, i, limit, true, starts);
    if (!m->len) return nullptr;
    const QuantityWord* w = &d_.quantity_words[m->indexes.front()];
    if (w->agreeing && !DualAgreementFollows(toks, i + m->len, limit)) {
      m->len = 0;
      m->prefix_cp = 0;
      m->indexes.clear();
      return nullptr;
    }
    return w;
  };
  struct CueHit {
    const QuantityCue* cue = nullptr;
    size_t len = 0;
  };
  // The cue of one of `kinds` at token i (the longest phrase there).
  auto cue_at = [&](size_t i, size_t limit, std::initializer_list<QuantityCueKind> kinds,
                    bool allow_stems = true) -> CueHit {
    if (i >= limit) return {};
    PhraseMatch m = LongestMatch(d_.quantity_cue_phrases, text, toks, i, limit, allow_stems, starts);
    for (uint32_t x : m.indexes)
      for (QuantityCueKind k : kinds)
        if (d_.quantity_cues[x].kind == k) return {&d_.quantity_cues[x], m.len};
    return {};
  };
  auto has_cue = [&](size_t i, size_t limit, QuantityCueKind kind, std::string_view category = {}) {
    CueHit h = cue_at(i, limit, {kind});
    return h.cue != nullptr && (category.empty() || h.cue->category == category);
  };
  auto count_noun = [&](size_t i, size_t limit, size_t* len) -> const std::string* {
    auto cn = LongestMatch(d_.count_nouns, text, toks, i, limit, true, starts);
    if (!cn.len) return nullptr;
    *len = cn.len;
    return &d_.count_categories[cn.indexes.front()];
  };
  // The actor mentions starting in tokens [lo, hi), in their order: a binary search over
  // them sorted by first token (a scan of all of them per count was quadratic).
  std::vector<uint32_t> by_begin(out->actors.size());
  for (uint32_t k = 0; k < by_begin.size(); ++k) by_begin[k] = k;
  std::stable_sort(by_begin.begin(), by_begin.end(),
                   [&](uint32_t a, uint32_t b) { return out->actors[a].token_begin < out->actors[b].token_begin; });
  auto actors_from = [&](size_t lo, size_t hi) {
    auto at = [&](size_t t) {
      return std::partition_point(by_begin.begin(), by_begin.end(),
                                  [&](uint32_t k) { return out->actors[k].token_begin < t; });
    };
    std::vector<uint32_t> ks(at(lo), lo < hi ? at(hi) : at(lo));
    std::sort(ks.begin(), ks.end());
    return ks;
  };
  auto actor_at = [&](size_t i) -> const ActorMention* {
    const auto ks = actors_from(i, i + 1);
    return ks.empty() ? nullptr : &out->actors[ks.front()];
  };
  auto is_number_token = [&](size_t i, size_t limit) {
    if (i >= limit) return false;
    if (toks.tokens[i].kind == text::TokenKind::kNumber) return true;
    PhraseMatch m;
    const QuantityWord* w = qword(i, limit, &m);
    return w && w->kind != QuantityKind::kQualifier;
  };
  // 4 digits from 1900 to 2099: a year unless a count noun says otherwise.
  auto year_like = [&](uint64_t v, size_t n_digits) { return n_digits == 4 && v >= 1900 && v <= 2099; };
  // False when the loop below finds nothing at token i (the first of its sentence is
  // `first`): no quantity word starts there (PhraseStarts), it is no number, no punctuation
  // (an opening bracket before one), no word ending in digits ("و6"), no hyphenated key
  // ("twenty-five") and no one-token kOne cue ("بمصرع شخص"). Most tokens are none, and the
  // loop's phrase state (a Quantity with its strings, the matches) was built and freed for
  // each of them.
  auto may_start = [&](size_t i, size_t first) {
    const text::Token& t = toks.tokens[i];
    if (starts == nullptr || t.kind == text::TokenKind::kNumber || t.kind == text::TokenKind::kPunct) return true;
    if (starts->May(d_.quantity_phrases, i)) return true;
    // A digit ends the key wherever one ends the surface (keys write every decimal digit as
    // 0-9): the key's last byte first, the surface's slice only for the few that pass.
    if (t.kind == text::TokenKind::kWord && t.key_len > 0 && KeyEndsInAsciiDigit(toks, t) &&
        EndsInDigit(Surface(text, toks, i)))
      return true;
    // The kOne cue before the key's space: mostly a bit test of PhraseStarts, not a memchr.
    if (i > first && MayMatchOneTokenOf(d_.quantity_cue_phrases, toks, i, d_.one_cue_keys, starts)) return true;
    return starts->KeyHasSpace(i);  // toks.Key(i).find(' '), from PhraseStarts' pass
  };

  size_t s_first = 0;  // the first token of the sentence the loop below is in
  // "A child was killed", "a Syrian soldier died", "killing a woman", "a child and a woman were
  // killed": singular victims after "a"/"an" (one noun of kind one, at most one word before it,
  // joined by "and a"), counted when a killed or wounded cue follows them or comes right before
  // the article. Pushes the count and returns the token after it, 0 when there is none.
  auto EnglishSingular = [&](size_t i, size_t end) -> size_t {
    auto article = [&](size_t k) {
      return k < end && toks.tokens[k].script == text::Script::kLatin && (toks.Key(k) == "a" || toks.Key(k) == "an");
    };
    if (!article(i)) return 0;
    // Or a title and a name before the noun: "a senior al Qaeda commander", "a top Taliban
    // commander", "a local Islamic State leader" (up to four words, each a capitalised name or a
    // rank or place word, no cue of a count of its own).
    auto title_word = [&](size_t k) {
      if (k >= end || toks.tokens[k].kind != text::TokenKind::kWord || toks.tokens[k].script != text::Script::kLatin)
        return false;
      static const WordSet kTitles{"senior", "top", "local", "former", "prominent", "key", "high-ranking",
                                   "mid-level", "al", "el", "veteran", "leading", "regional", "field"};
      const std::string_view sf = Surface(text, toks, k);
      const bool capital = !sf.empty() && sf[0] >= 'A' && sf[0] <= 'Z';
      return (capital || KeyIs(toks, k, kTitles, false)) && !KeyIs(toks, k, {"a", "an", "the", "and"}, false) &&
             !cue_at(k, end, {QuantityCueKind::kBefore, QuantityCueKind::kAfter, QuantityCueKind::kOne}).cue;
    };
    constexpr size_t kTitleWords = 4;
    uint64_t n = 0;
    size_t last = i + 1;
    std::string of;  // the nouns' category, "people" when they differ
    for (size_t k = i + 1;;) {
      CueHit h;
      size_t at = k;
      for (; at < end && at <= k + 1 && !h.cue; ++at) h = cue_at(at, end, {QuantityCueKind::kOne});
      if (!h.cue && title_word(k))
        for (size_t t = k + 1; !h.cue && t < end && t < k + kTitleWords && title_word(t);) {
          h = cue_at(++t, end, {QuantityCueKind::kOne});
          at = t + 1;
        }
      if (!h.cue) break;
      of = ++n == 1 || of == h.cue->category ? h.cue->category : "people";
      last = at - 1 + h.len;
      if (last + 1 < end && toks.Key(last) == "and" && article(last + 1)) {
        k = last + 2;
        continue;
      }
      break;
    }
    if (n == 0) return 0;
    std::string category;
    if (CueHit after = cue_at(last, end, {QuantityCueKind::kAfter}); after.cue) category = after.cue->category;
    for (size_t t = i; category.empty() && t-- > s_first && t + 3 >= i;)
      if (CueHit pc = cue_at(t, i, {QuantityCueKind::kBefore}); pc.cue && t + pc.len == i) category = pc.cue->category;
    if (category != "killed" && category != "wounded") return 0;
    Quantity q;
    q.value = n;
    q.category = category;
    q.of = of == "people" ? "" : of;
    q.start = q.phrase_start = toks.tokens[i].start;
    q.end = q.phrase_end = toks.tokens[last - 1].end;
    q.token_begin = static_cast<uint32_t>(i);
    q.token_end = static_cast<uint32_t>(last);
    out->quantities.push_back(q);
    return last;
  };

  for (const auto& s : sentences) {
    const size_t end = s.end_token;
    s_first = s.first_token;
    const size_t first_q = out->quantities.size();
    for (size_t i = s.first_token; i < end;) {
      if (!may_start(i, s.first_token)) {
        ++i;
        continue;
      }
      Quantity q;
      size_t phrase_begin = i, j = i;
      PhraseMatch m;
      const QuantityWord* w = qword(i, end, &m);
      if (w && w->kind == QuantityKind::kQualifier) {
        q.qualifier = w->qualifier;
        j = i + m.len;
        if (j < end && Opening(text, toks, j)) ++j;
      } else if (Opening(text, toks, i) && i + 1 < end && toks.tokens[i + 1].kind == text::TokenKind::kNumber) {
        j = i + 1;  // "( 800) لاجئ"
        phrase_begin = j;
      }
      // ------------------------------------------------------------ the number
      size_t num_begin = j, num_end = j, n_digits = 0;
      bool have = false, vague = false, digits = false, single = false, ends_in_word = false;
      std::string dual_category;
      if (j < end && toks.tokens[j].kind == text::TokenKind::kNumber) {
        uint64_t frac = 0;
        if (ParseDigits(Surface(text, toks, j), &q.value, &frac, &n_digits)) {
          have = digits = true;
          num_end = j + 1;
          PhraseMatch mm;
          const QuantityWord* mw = qword(num_end, end, &mm);
          if (frac && mw && mw->kind == QuantityKind::kMultiplier && mm.prefix_cp == 0) {
            q.value = q.value * mw->value + frac * mw->value / 1000;  // "1.5 million"
            num_end += mm.len;
          } else if (frac) {
            have = false;  // "2.5" of something: a measure, not people
          }
        }
      } else if (j < end && toks.tokens[j].kind == text::TokenKind::kWord &&
                 TrailingDigits(Surface(text, toks, j), &q.value, &n_digits)) {
        have = digits = true;  // "و6 مواطنين", "الـ16 قاصرا", "بـ25 ألف"
        num_end = j + 1;
      } else if (j < end) {
        if (j != i) w = qword(j, end, &m);  // j == i: the qword(i) above, already in w and m
        const bool article = w && ViaArticle(toks, j, m.prefix_cp);
        uint64_t hyphenated = 0;
        if (!w) hyphenated = HyphenatedNumber(d_, toks.Key(j));
        if (hyphenated) {
          q.value = hyphenated;  // "twenty-five": one token
          have = ends_in_word = true;
          num_end = j + 1;
        } else if (w && w->kind == QuantityKind::kNumber && !article) {
          q.value = w->value;
          have = ends_in_word = true;
          single = w->value == 1;
          num_end = j + m.len;
        } else if (w && w->kind == QuantityKind::kMultiplier && w->plural) {
          q.value = w->value;  // "آلاف المتظاهرين": thousands
          have = vague = true;
          num_end = j + m.len;
        } else if (w && w->kind == QuantityKind::kMultiplier && !article) {
          q.value = w->value;
          have = ends_in_word = true;
          num_end = j + m.len;
        } else if (w && w->kind == QuantityKind::kApproxMany) {
          q.value = w->value;
          have = vague = true;
          num_end = j + m.len;
        } else if (w && w->kind == QuantityKind::kDualNoun && !article) {
          q.value = w->value;
          have = true;
          num_end = j + m.len;
          size_t len = 0;
          if (const std::string* c = count_noun(j, end, &len)) dual_category = *c;
          else dual_category = "people";
        }
      }
      if (const size_t after = have ? 0 : EnglishSingular(i, end)) {
        i = after;
        continue;
      }
      if (!have) {
        // "بمصرع شخص": one person right after a predicate.
        // Only a one-token kOne cue counts here: most tokens are none (MayMatchOneTokenOf).
        CueHit one = i > s.first_token && MayMatchOneTokenOf(d_.quantity_cue_phrases, toks, i, d_.one_cue_keys, starts)
                         ? cue_at(i, end, {QuantityCueKind::kOne})
                         : CueHit{};
        if (one.cue && one.len == 1) {
          // A one noun in the accusative ("جنديا", "شرطيا", "طفلا": its tanween written as alif)
          // is a verb's object. After an active verb of killing with its subject between ("قتل
          // مسلحون جنديا", "قتلت الفتاة زولان المراهقة جنديا") it is the victim, and the one
          // noun right after the verb is the killer, no victim.
          static const WordSet kKillingVerbs{"قتل", "قتلت", "قتلوا", "اغتال", "اغتالت", "اغتالوا", "يقتل", "تقتل"};
          auto accusative_one = [&](size_t k) {
            return k < end && toks.tokens[k].script == text::Script::kArabic && toks.Key(k).ends_with("\xD8\xA7") &&
                   cue_at(k, end, {QuantityCueKind::kOne}).len == 1;
          };
          // The subject between may be a name in quotes: "قتلت الفتاة "زولان أوكيش" المراهقة جنديا".
          auto quote = [&](size_t k) { return Opening(text, toks, k) || Closing(text, toks, k); };
          constexpr size_t kSubjectWords = 5;
          auto object_after = [&](size_t k) {
            for (size_t u = k + 1, words = 0; u < end && words < kSubjectWords; ++u) {
              if (quote(u)) continue;
              if (IsPunct(toks, u) || is_number_token(u, end)) return false;
              if (accusative_one(u)) return true;
              ++words;
            }
            return false;
          };
          // The predicate may be quoted: "ونتج عن الحادثة «استشهاد» العريف أحمد".
          const size_t pred_end = i > s.first_token + 1 && Closing(text, toks, i - 1) ? i - 1 : i;
          for (size_t t = pred_end; t-- > s.first_token && t + 3 >= pred_end;) {
            CueHit pc = cue_at(t, pred_end, {QuantityCueKind::kBefore});
            if (pc.cue && t + pc.len == pred_end && pc.len == 1 && KeyIs(toks, t, kKillingVerbs, false) &&
                object_after(i))
              break;  // the killer
            if (pc.cue && t + pc.len == pred_end && (pc.cue->category == "killed"sv || pc.cue->category == "wounded"sv)) {
              q.value = 1;
              q.category = pc.cue->category;
              q.of = one.cue->category == "people"sv ? "" : one.cue->category;
              break;
            }
          }
          // The object of an active verb of killing, its subject between.
          if (q.category.empty() && accusative_one(i)) {
            for (size_t t = i - 1, words = 0; t > s.first_token && words < kSubjectWords; --t) {
              if (quote(t - 1)) continue;
              ++words;
              // Not an adjective of a count ("قتل فيه 32 ناشطا كرديا شابا").
              if (IsPunct(toks, t - 1) || is_number_token(t - 1, end)) break;
              if (KeyIs(toks, t - 1, kKillingVerbs, false)) {  // not right before i: the rule above
                q.value = 1;
                q.category = "killed";
                q.of = one.cue->category == "people"sv ? "" : one.cue->category;
                break;
              }
            }
          }
          // Or before a singular verb of dying or of a wound ("أن شخصاً لقي مصرعه", "جندي استشهد":
          // quantity_cues.tsv's one_after), written without و: "وأصيب 13 آخرون" opens a clause.
          if (q.category.empty()) {
            if (const CueHit after = cue_at(i + 1, end, {QuantityCueKind::kOneAfter}, false); after.cue) {
              q.value = 1;
              q.category = after.cue->category;
              q.of = one.cue->category == "people"sv ? "" : one.cue->category;
            }
          }
          // "إن جنديا قتل عندما فتح مقاتلون النار", "أن شرطيا قتل في الهجوم": the unvowelled
          // "قتل" after a one noun is the passive when no object follows it (a preposition, a
          // subordinator, a day or the clause's end), not "جنديا قتل مسلحا".
          if (q.category.empty() && i + 1 < end && KeyIs(toks, i + 1, {"قتل", "قتلت"}, false)) {
            static const WordSet kNoObject{"في", "عندما", "حين", "حينما", "لدي", "خلال", "برصاص", "بنيران", "جرا",
                                           "اثر", "بعد", "اثنا", "امس", "اليوم", "صباح", "مسا", "ليله", "فجر",
                                           "بانفجار", "بقصف", "بهجوم", "بغاره"};
            if (i + 2 >= end || IsPunct(toks, i + 2) || KeyIs(toks, i + 2, kNoObject, false)) {
              q.value = 1;
              q.category = "killed";
              q.of = one.cue->category == "people"sv ? "" : one.cue->category;
            }
          }
          if (!q.category.empty() && !is_number_token(i + 1, end)) {
            q.start = q.phrase_start = toks.tokens[i].start;
            q.end = q.phrase_end = toks.tokens[i].end;
            q.token_begin = static_cast<uint32_t>(i);
            q.token_end = static_cast<uint32_t>(i + 1);
            // "استشهاد العريف أحمد جعفر، والجندي أول محمد علي، والجندي أول حسن ناصر": the
            // named men joined by و are counted too, up to the clause's end, a number or the
            // next predicate ("وإصابة", "كما تعرض").
            if (q.of == "fighters"sv && toks.tokens[i].script == text::Script::kArabic) {
              constexpr size_t kNameReach = 8;  // words of a name and its rank ("الجندي أول")
              for (size_t k = i + 1, last = i; k < end && k <= last + kNameReach; ++k) {
                if (StrongStop(text, toks, k) || is_number_token(k, end) || KeyIs(toks, k, {"كما", "وكما"}, false) ||
                    cue_at(k, end, {QuantityCueKind::kBefore, QuantityCueKind::kAfter, QuantityCueKind::kToll}).cue)
                  break;
                if (!toks.Key(k).starts_with("\xD9\x88")) continue;  // و
                CueHit next = cue_at(k, end, {QuantityCueKind::kOne});
                if (!next.cue || next.len != 1 || next.cue->category != "fighters"sv) continue;
                ++q.value;
                last = k;
                q.phrase_end = toks.tokens[k].end;
                q.token_end = static_cast<uint32_t>(k + 1);
              }
            }
            out->quantities.push_back(q);
          }
        }
        ++i;
        continue;
      }
      // Multipliers after the number: "4 آلاف", "ثلاثة آلاف", "two hundred", "مئة ألف".
      auto multiply = [&]() {
        uint64_t last = 0;
        for (;;) {
          PhraseMatch mm;
          const QuantityWord* mw = qword(num_end, end, &mm);
          if (!mw || mw->kind != QuantityKind::kMultiplier || mm.prefix_cp != 0 || mw->value <= last) break;
          if (ViaArticle(toks, num_end, mm.prefix_cp)) break;
          q.value *= mw->value;
          last = mw->value;
          num_end += mm.len;
          ends_in_word = true;
          single = false;
        }
        return last;
      };
      uint64_t mult = 0;
      if (dual_category.empty() && !vague) {
        mult = multiply();
        // Conjoined parts: "ثلاثة وعشرون", "مئة وخمسون", "ألف و500", "3 آلاف وخمسمائة".
        while (ends_in_word && num_end < end && StartsWithWaw(toks.Key(num_end))) {
          uint64_t part = 0;
          size_t part_end = num_end;
          if (size_t nd = 0; TrailingDigits(Surface(text, toks, num_end), &part, &nd)) {
            part_end = num_end + 1;
          } else {
            PhraseMatch m2;
            const QuantityWord* w2 = qword(num_end, end, &m2);
            if (!w2 || w2->kind != QuantityKind::kNumber || m2.prefix_cp == 0) break;
            part = w2->value;
            part_end = num_end + m2.len;
          }
          uint64_t place = mult;
          if (!place)
            for (place = 1; place * 10 <= q.value;) place *= 10;
          if (part < place && part > 0) {
            q.value += part;
          } else if (q.value < 10 && part % 10 == 0 && part < 100 && part > q.value) {
            q.value += part;  // units before tens
          } else {
            break;
          }
          num_end = part_end;
          single = false;
        }
        // English parts: "thirty nine", "two hundred and fifty", "one hundred fifty".
        while (ends_in_word && num_end < end && toks.tokens[num_end].script == text::Script::kLatin) {
          size_t k = num_end;
          if (toks.Key(k) == "and") ++k;
          PhraseMatch m2;
          const QuantityWord* w2 = k < end ? qword(k, end, &m2) : nullptr;
          if (!w2 || w2->kind != QuantityKind::kNumber || m2.prefix_cp != 0) break;
          uint64_t place = mult;
          if (!place)
            for (place = 1; place * 10 <= q.value;) place *= 10;
          if (w2->value == 0 || w2->value >= place) break;
          q.value += w2->value;
          num_end = k + m2.len;
          single = false;
        }
        // "مئة وخمسون ألفا": the multiplier of the whole.
        if (num_end > j + 1) {
          PhraseMatch mm;
          const QuantityWord* mw = qword(num_end, end, &mm);
          if (mw && mw->kind == QuantityKind::kMultiplier && mm.prefix_cp == 0 && mw->value > q.value &&
              mw->value > mult)
            multiply();
        }
      }
      if (vague && q.qualifier == "exact"sv) q.qualifier = "vague";
      // ------------------------------------------------------------ never a count
      const size_t before_num = num_begin > s.first_token ? num_begin - 1 : SIZE_MAX;
      const bool is_year = digits && num_end == num_begin + 1 && year_like(q.value, n_digits);
      // A Hijri year (1300-1500, dates.cc) after a year's word or a month's name: "عام 1436",
      // "شوال 1436". Only there: "1400 شخص" is a count.
      const bool hijri_year = digits && num_end == num_begin + 1 && n_digits == 4 && q.value >= 1300 && q.value <= 1500;
      bool not_count = false;
      if (num_end < end) {
        std::string_view nx = Surface(text, toks, num_end);
        if (nx == "%" || nx == "\xD9\xAA" /*٪*/) not_count = true;
        if (nx == ":" && num_end + 1 < end && toks.tokens[num_end + 1].kind == text::TokenKind::kNumber)
          not_count = true;  // 10:30
        if (CueHit h = cue_at(num_end, end, {QuantityCueKind::kNotAfter}); h.cue) not_count = true;
        if (digits && q.value <= 31 && has_cue(num_end, end, QuantityCueKind::kMonth)) not_count = true;
        if (is_year && has_cue(num_end, end, QuantityCueKind::kMonth)) not_count = true;
        if (digits && (nx == "/" || nx == "-") && num_end + 1 < end &&
            toks.tokens[num_end + 1].kind == text::TokenKind::kNumber && !toks.tokens[num_end].Has(text::kSpaceBefore))
          not_count = true;  // 14/10/2017
      }
      if (before_num != SIZE_MAX && !not_count) {
        std::string_view pv = Surface(text, toks, before_num);
        if (num_end == num_begin + 1 && num_end < end && FamilyNumber(toks, num_begin)) not_count = true;
        if (pv == "$" || pv == "\xE2\x82\xAC" /*€*/ || pv == "\xC2\xA3" /*£*/) not_count = true;
        if (pv == ":" && before_num > s.first_token && toks.tokens[before_num - 1].kind == text::TokenKind::kNumber)
          not_count = true;
        if ((pv == "/" || pv == "-") && before_num > s.first_token &&
            toks.tokens[before_num - 1].kind == text::TokenKind::kNumber && digits &&
            !toks.tokens[before_num].Has(text::kSpaceBefore))
          not_count = true;
        // The year of "February 23 2015", "February 23, 2015": a month, a day, the year.
        if (is_year && before_num != SIZE_MAX && before_num > s.first_token) {
          size_t day = before_num;
          if (Surface(text, toks, day) == "," && day > s.first_token) --day;
          const auto& dt = toks.tokens[day];
          if (dt.kind == text::TokenKind::kNumber && day > s.first_token) {
            CueHit m = cue_at(day - 1, day, {QuantityCueKind::kMonth});
            if (m.cue && day - 1 + m.len == day) not_count = true;
          }
        }
        // A not_before cue ending right before the number (or its qualifier, or a closing
        // bracket: "24 مارس (آذار) 2001").
        const size_t past_bracket =
            before_num != SIZE_MAX && Closing(text, toks, before_num) ? before_num : num_begin;
        // Mostly one token thrice (no qualifier, no bracket): each anchor is read once.
        const size_t anchors[] = {num_begin, phrase_begin, past_bracket};
        for (size_t a = 0; a < std::size(anchors); ++a) {
          const size_t anchor = anchors[a];
          if (std::find(anchors, anchors + a, anchor) != anchors + a) continue;
          for (size_t t = anchor; t-- > s.first_token && t + 4 >= anchor && !not_count;) {
            CueHit h = cue_at(t, anchor, {QuantityCueKind::kNotBefore, QuantityCueKind::kMonth});
            if (!h.cue || t + h.len != anchor) continue;
            if (h.cue->kind == QuantityCueKind::kMonth) {
              if (digits && (q.value <= 31 || is_year || hijri_year)) not_count = true;  // "April 7", "Apr 2017"
            } else if (h.cue->category == "year"sv) {
              if (is_year || hijri_year) not_count = true;
            } else {
              not_count = true;
            }
          }
        }
      }
      if (not_count) {
        i = std::max(num_end, i + 1);
        continue;
      }
      // ------------------------------------------------------------ what is counted
      q.start = toks.tokens[num_begin].start;
      q.end = toks.tokens[num_end - 1].end;
      size_t k = num_end;
      // How sure the words after the number are that it counts people: a count noun, a
      // person noun, a partitive or an actor, an unknown word, nothing.
      enum class Evidence { kNone, kBare, kDirect, kPartitive, kPeople, kNoun } ev = Evidence::kNone;
      std::string noun_cat;
      auto postposed_qualifier = [&]() {
        PhraseMatch pm;
        const QuantityWord* pw = qword(k, end, &pm);
        // Not an English qualifier that a number follows: it is that number's ("Get short URL
        // 124 At least four people were killed": four, not 124).
        if (pw && pw->kind == QuantityKind::kQualifier && q.qualifier == "exact"sv &&
            !(toks.tokens[k].script == text::Script::kLatin && is_number_token(k + pm.len, end))) {
          q.qualifier = pw->qualifier;
          k += pm.len;
        }
      };
      if (!dual_category.empty()) {
        noun_cat = dual_category;
        ev = Evidence::kNoun;
      } else {
        postposed_qualifier();  // "31 على الأقل"
        if (k < end && Closing(text, toks, k) && k + 1 < end) {
          size_t len = 0;
          if (count_noun(k + 1, end, &len)) ++k;  // "( 800) لاجئ"
        }
        size_t len = 0;
        if (k < end && (toks.Key(k) == kMin || toks.Key(k) == "of")) {
          // Partitive: "22 من رجال الأمن", "4 من “القاعدة”", "hundreds of people".
          size_t p = k + 1;
          if (p < end && Opening(text, toks, p)) ++p;
          // "9 of their military vehicles", "two of his men": the noun after the possessive
          // says what is counted; without a count noun there it is no people's count.
          const bool possessive = p + 1 < end && KeyIs(toks, p, {"their", "its", "his", "her", "our"}, false);
          if (possessive) ++p;
          const std::string* c = count_noun(p, end, &len);
          const auto starting = actors_from(p, p + 1);
          const ActorMention* actor = starting.empty() ? nullptr : &out->actors[starting.back()];
          if (c) {
            noun_cat = *c;
            ev = noun_cat == "people" ? Evidence::kPeople : Evidence::kNoun;
            k = p + len;
          } else if (actor) {
            const auto& info = d_.actors[actor->actor];
            noun_cat = info.type == "civilians"sv ? "civilians" : ArmedType(info.type) ? "fighters" : "people";
            ev = Evidence::kPeople;
            k = actor->token_end;
            if (k < end && Closing(text, toks, k)) ++k;
          } else if (!possessive && p < end && toks.tokens[p].kind == text::TokenKind::kWord) {
            ev = Evidence::kPartitive;
            k = p + 1;
          }
        } else if (!single && !vague && k < end && KeyIs(toks, k, {"منهم", "منهن"}, false)) {
          // "of them": people named before, a partitive whose predicate may stand further
          // back ("أعدم التنظيم فورا أربعة منهم"). Not "one of them" ("أحد منهم"), nor a
          // vague share ("سقط من المسلحين الحوثيين المئات منهم قتلى وجرحى": a campaign's).
          noun_cat = "people";
          ev = Evidence::kPartitive;
          ++k;
        } else if (const std::string* c = count_noun(k, end, &len)) {
          // A noun of several words whose last is the next count's predicate: "killed 30
          // people injured 90" (the comma dropped) counts 30 "people", not 30 "people injured".
          const bool latin = toks.tokens[k].script == text::Script::kLatin;
          if (latin && len > 1 && is_number_token(k + len, end)) {
            size_t len1 = 0;
            if (const std::string* c1 = count_noun(k, k + 1, &len1)) c = c1, len = len1;
          }
          noun_cat = *c;
          ev = noun_cat == "people" ? Evidence::kPeople : Evidence::kNoun;
          k += len;
          size_t len2 = 0;
          // Not a noun after "and": "مقتل 27 شخصا وإصابة 100 آخرين" goes on with the wounded.
          const bool conjoined = k < end && toks.Key(k).starts_with("\xD9\x88");  // و
          const std::string* c2 = ev == Evidence::kPeople && !conjoined ? count_noun(k, end, &len2) : nullptr;
          if (c2 && latin && is_number_token(k + len2, end)) c2 = nullptr;  // as above: "30 people injured 90"
          if (c2) {
            noun_cat = *c2;  // "5 Syrian soldiers": the noun after the demonym
            ev = noun_cat == "people" ? Evidence::kPeople : Evidence::kNoun;
            k += len2;
          }
          if (const ActorMention* a = actor_at(k)) {
            k = a->token_end;  // "30 members of the YPG"
          } else if (k + 1 < end && toks.tokens[k].script == text::Script::kLatin) {
            // "35 jihadists from the Islamic State group", "35 members of the Islamic State":
            // the noun's group, then its predicate ("were killed") as right after the noun.
            size_t at = KeyIs(toks, k, {"of", "from"}, false) ? k + 1 : k;
            if (at < end && KeyIs(toks, at, {"the"}, false)) ++at;
            if (const ActorMention* a2 = at > k && at < end ? actor_at(at) : nullptr) k = a2->token_end;
          }
        } else if (const ActorMention* a = actor_at(k)) {
          // "100 ISIS terrorists", "22 Hezbollah fighters": the noun after the actor's name,
          // else the actor says who they are ("killed 5 ISIS").
          k = a->token_end;
          // English words between the name and the noun: "Some 120 Daesh terror group
          // extremists and 60 foreign mercenaries were killed" (up to three plain words).
          size_t noun_at = k;
          if (!count_noun(k, end, &len) && k < end && toks.tokens[k].script == text::Script::kLatin)
            for (size_t t = k + 1; t < end && t <= k + 3; ++t) {
              if (toks.tokens[t - 1].kind != text::TokenKind::kWord || is_number_token(t - 1, end) ||
                  toks.Key(t - 1) == "and"sv ||
                  cue_at(t - 1, end, {QuantityCueKind::kAfter, QuantityCueKind::kBefore, QuantityCueKind::kParticle}).cue)
                break;
              if (toks.tokens[t].kind == text::TokenKind::kWord && count_noun(t, end, &len) &&
                  !cue_at(t, end, {QuantityCueKind::kAfter, QuantityCueKind::kBefore}).cue) {  // "6 ISIS Bombers Killed"
                noun_at = t;
                break;
              }
            }
          if (const std::string* c2 = count_noun(noun_at, end, &len)) {
            noun_cat = *c2;
            ev = noun_cat == "people" ? Evidence::kPeople : Evidence::kNoun;
            k = noun_at + len;
          } else {
            const auto& info = d_.actors[a->actor];
            noun_cat = info.type == "civilians"sv ? "civilians" : ArmedType(info.type) ? "fighters" : "people";
            ev = Evidence::kPartitive;
          }
        }
        if (ev == Evidence::kNone && !digits && q.value <= 2 && !vague && num_begin > s.first_token) {
          // A number word after its noun: "عسكريين آخرين اثنين", "امرأة واحدة".
          size_t t = num_begin - 1;
          size_t ln = 0;
          // Only a predicate makes these counts ("شعب يمني واحد" is none).
          if (const std::string* c = count_noun(t, num_begin, &ln); c && *c == "people" && t > s.first_token) {
            size_t ln2 = 0;
            if (const std::string* c2 = count_noun(t - 1, t, &ln2)) c = c2;  // "آخرين" after the noun
            noun_cat = *c;
            ev = Evidence::kPartitive;
          } else if (c) {
            noun_cat = *c;
            ev = Casualty(noun_cat) ? Evidence::kNoun : Evidence::kPartitive;
          }
        }
        // A definite number word after its noun is the noun's adjective: "جثامين شهداء
        // الإمارات الثلاثة", "استشهاد الجنود الخمسة". The noun right before it, or before its
        // definite genitive ("شهداء الإمارات", "أفراد الطاقم"); a casualty noun counts alone, any
        // other noun with a predicate only ("الدول الخمس" has no count noun at all).
        if (ev == Evidence::kNone && !digits && !vague && q.value >= 3 && q.value <= 10 && num_end == num_begin + 1 &&
            num_begin > s.first_token + 1 && Surface(text, toks, num_begin).starts_with("\xD8\xA7\xD9\x84")) {  // ال
          for (size_t t = num_begin - 1; t + 2 >= num_begin && t > s.first_token; --t) {
            if (IsPunct(toks, t) || is_number_token(t, end) || toks.tokens[t].script != text::Script::kArabic) break;
            size_t ln = 0;
            if (const std::string* c = count_noun(t, t + 1, &ln)) {
              noun_cat = *c;
              ev = Casualty(noun_cat) ? Evidence::kNoun : Evidence::kPartitive;
              break;
            }
            // The noun with a possessive pronoun right before the number is definite too:
            // "استشهاد جنودها الثلاثة", "بشهدائها الثلاثة الذين سقطوا".
            if (t + 1 == num_begin) {
              bool verb_3pl = false;
              if (PhraseMatch m = EncliticMatch(d_.count_nouns, text, toks, t, &verb_3pl, true);
                  m.len && !verb_3pl) {
                noun_cat = d_.count_categories[m.indexes.front()];
                ev = Casualty(noun_cat) ? Evidence::kNoun : Evidence::kPartitive;
                break;
              }
            }
            // The genitive is definite, and the number agrees with the noun before it, not
            // with the genitive: the masculine noun of persons takes the number in ة
            // ("شهداء الإمارات الثلاثة"); "لشهداء القارات الثلاث" counts the continents.
            if (!Surface(text, toks, t).starts_with("\xD8\xA7\xD9\x84") ||
                !Surface(text, toks, num_begin).ends_with("\xD8\xA9"))  // ة
              break;
          }
        }
        if (ev == Evidence::kNone && k < end && toks.tokens[k].kind == text::TokenKind::kWord &&
            toks.tokens[k].script == text::Script::kLatin) {
          // English adjectives before the noun: "21 Syrian moderate opposition fighters",
          // "70 regime and rebel fighters" (two sides' words joined by "and").
          for (size_t t = k + 1; t < end && t <= k + 3; ++t) {
            if (toks.Key(t) == "and"sv && t + 1 < end && toks.tokens[t + 1].kind == text::TokenKind::kWord &&
                !is_number_token(t + 1, end))
              continue;
            if (toks.tokens[t].kind != text::TokenKind::kWord || is_number_token(t, end) ||
                cue_at(t, end, {QuantityCueKind::kAfter, QuantityCueKind::kBefore, QuantityCueKind::kParticle}).cue)
              break;
            if (const std::string* c = count_noun(t, end, &len)) {
              noun_cat = *c;
              ev = noun_cat == "people" ? Evidence::kPeople : Evidence::kNoun;
              k = t + len;
              break;
            }
          }
        }
        // "30 regime and 39 rebel fighters": the first count's noun left out after its side's
        // word; it is the second's (and the second's predicate the first's, below).
        if (ev == Evidence::kNone && k + 3 < end && toks.tokens[k].kind == text::TokenKind::kWord &&
            toks.tokens[k].script == text::Script::kLatin && toks.Key(k + 1) == "and"sv &&
            is_number_token(k + 2, end) && !cue_at(k, end, {QuantityCueKind::kAfter, QuantityCueKind::kBefore}).cue) {
          for (size_t t = k + 3; t < end && t <= k + 5; ++t) {
            if (toks.tokens[t].kind != text::TokenKind::kWord || is_number_token(t, end)) break;
            if (const std::string* c = count_noun(t, end, &len)) {
              noun_cat = *c;
              ev = noun_cat == "people" ? Evidence::kPeople : Evidence::kNoun;
              k = k + 1;  // at the "and"
              break;
            }
          }
        }
        if (ev == Evidence::kNone) {
          // A number standing alone: at the clause's end, or before a particle or a cue.
          // Also before a percentage of them, the comma between dropped: "has killed more
          // than 670 40% of them children".
          const bool share_next = k + 1 < end && toks.tokens[k].kind == text::TokenKind::kNumber &&
                                  (Surface(text, toks, k + 1) == "%" || Surface(text, toks, k + 1) == "\xD9\xAA");
          if (k >= end || IsPunct(toks, k) || share_next || has_cue(k, end, QuantityCueKind::kParticle) ||
              cue_at(k, end, {QuantityCueKind::kAfter, QuantityCueKind::kBefore}).cue) {
            if (!single) ev = Evidence::kBare;
          } else if (toks.tokens[k].kind == text::TokenKind::kWord) {
            ev = Evidence::kDirect;  // a noun we do not know: "killed 22 volunteers"
          }
        }
        if (ev == Evidence::kNoun || ev == Evidence::kPeople) postposed_qualifier();  // "150 مقاتل تقريباً"
      }
      // "one of …" is a count only with a count noun: "one of the highest tolls" is none.
      if (ev == Evidence::kNone || (single && ev == Evidence::kPartitive && num_end < end && toks.Key(num_end) == "of")) {
        i = std::max(num_end, i + 1);
        continue;
      }
      // ------------------------------------------------------------ the predicate
      std::string pred;
      // After: "31 شخصا قتلوا", "العشرات أصيبوا", "12 people were killed".
      {
        size_t reach = ev == Evidence::kBare ? 0 : 3;
        const size_t from = ev == Evidence::kDirect ? num_end : k;  // past the unknown word(s)
        bool included = false;
        bool comma_open = false;  // the inclusion opened with a comma, which one more closes
        for (size_t t = from; t < end && t <= from + reach; ++t) {
          if (StrongStop(text, toks, t)) break;
          if (Comma(text, toks, t)) {
            // "ستة أشخاص، من بينهم انتحاري، لقوا حتفهم": a comma opens an inclusion, and
            // closes it ("12 civilians, including four children, were killed").
            if (included && comma_open) {
              comma_open = false;
              ++reach;
              continue;
            }
            if (ev == Evidence::kBare || included || t + 1 >= end ||
                !cue_at(t + 1, end, {QuantityCueKind::kInclusion}).cue)
              break;
            comma_open = true;
            ++reach;
            continue;
          }
          CueHit inc;
          if (ev != Evidence::kBare && !included) inc = cue_at(t, end, {QuantityCueKind::kInclusion});
          if (inc.cue) {
            // "At least 87 people including 31 children were killed"; an inclusion without a
            // number ("وبينهم عائلات الجنود الذين قتلوا") ends the search, unless the
            // predicate follows within a few words ("من بينهم انتحاري لقوا حتفهم").
            if (inc.cue->category != "any"sv && !is_number_token(t + inc.len, end) &&
                !is_number_token(t + inc.len + 1, end)) {
              bool predicate_soon = false;
              for (size_t u = t + inc.len; u < end && u <= t + inc.len + 2 && !predicate_soon; ++u) {
                // "بينهم عائلات الجنود الذين قتلوا": the relative clause's predicate is not the count's.
                if (StrongStop(text, toks, u) || KeyIs(toks, u, {"الذين", "الذي", "التي", "اللذين", "اللواتي"})) break;
                predicate_soon = cue_at(u, end, {QuantityCueKind::kAfter}).cue != nullptr;
              }
              if (!predicate_soon) break;
            }
            included = true;
            reach += inc.len + 4;
            t += inc.len - 1;
            continue;
          }
          // Two counts as one subject share the predicate after the second: "Some 120 ISIS
          // fighters and 60 foreign mercenaries were killed" (the "and" right after the noun),
          // "30 regime and 39 rebel fighters have been killed" (the first noun left out after
          // its side).
          if (is_number_token(t, end) && !included && t == k + 1 && toks.Key(k) == "and" &&
              (ev == Evidence::kNoun || ev == Evidence::kPeople || ev == Evidence::kPartitive)) {
            size_t len2 = 0;
            size_t u = t + 1;
            while (u < end && u <= t + 3 && !count_noun(u, end, &len2)) ++u;
            if (u < end && u <= t + 3) {
              reach += u + len2 - t;
              t = u + len2 - 1;
              continue;
            }
          }
          // "Six civilians from one family were killed": whose they were, then the predicate.
          if (t + 2 < end && is_number_token(t + 1, end) && FamilyNumber(toks, t + 1)) {
            reach += 2;
            t += 2;
            continue;
          }
          if (is_number_token(t, end) && !included && !AdjectiveOne(toks, t, from)) break;
          // Unknown words take a predicate of their own clause only: "five other victims had
          // died", not "destroyed two machinegun-equipped vehicles and killed 10".
          if (ev == Evidence::kDirect && (toks.Key(t) == "and" || toks.Key(t) == "or")) break;
          CueHit h = cue_at(t, end, {QuantityCueKind::kAfter});
          // "killed eight civilians and wounded 25": a predicate before a number is that
          // number's.
          // Not a qualifier that qualifies no number: "were killed around the town".
          if (h.cue && t + h.len < end && ev != Evidence::kBare) {
            PhraseMatch qm;
            const QuantityWord* nw = qword(t + h.len, end, &qm);
            if (nw && nw->kind == QuantityKind::kQualifier && toks.tokens[t + h.len].script == text::Script::kLatin &&
                !is_number_token(t + h.len + qm.len, end))
              nw = nullptr;
            // Unless that number has a predicate of its own right after it, the comma before
            // it dropped: "Nine persons killed 12 injured" (FA-KES's headlines).
            const size_t n2 = t + h.len;
            const bool own_predicate = toks.tokens[n2].kind == text::TokenKind::kNumber &&
                                       toks.tokens[n2].script != text::Script::kArabic && n2 + 1 < end &&
                                       toks.tokens[t].script == text::Script::kLatin &&
                                       cue_at(n2 + 1, end, {QuantityCueKind::kAfter}).cue != nullptr;
            if ((toks.tokens[n2].kind == text::TokenKind::kNumber && !own_predicate) || nw) break;
          }
          if (h.cue) {
            pred = AfterPredicate(toks, h.cue->category, t, h.len, end);
            if (ev == Evidence::kDirect) k = t;  // the phrase takes the unknown words
            break;
          }
        }
      }
      // The subject of a reported clause takes its verb further on: "قالت مصادر إن عشرة
      // مدنيين بينهم "عدد كبير من الأطفال" قتلوا", "أن أحد رجال الحرس الوطني المرابطين على
      // الحدود قتل". Up to the clause's end, another number or another complementizer.
      if (pred.empty() && ev != Evidence::kBare && phrase_begin > s.first_token &&
          KeyIs(toks, phrase_begin - 1, {"ان", "بان"}, false)) {
        constexpr size_t kSubjectReach = 12;
        for (size_t t = std::max(num_end, k); t < end && t <= num_end + kSubjectReach; ++t) {
          if (StrongStop(text, toks, t) || (is_number_token(t, end) && !AdjectiveOne(toks, t, std::max(num_end, k))) ||
              KeyIs(toks, t, {"ان", "بان", "الذين", "الذي", "التي"}, false))
            break;
          CueHit h = cue_at(t, end, {QuantityCueKind::kAfter});
          if (h.cue) {
            pred = AfterPredicate(toks, h.cue->category, t, h.len, end);
            break;
          }
        }
      }
      // A dual's verb in the dual further on, past what is said of the two: "أوقعت شرطيين
      // بحرينيين كانا يؤديان واجبهما حيث قُتلا" (only a verb that agrees with the dual).
      if (pred.empty() && !dual_category.empty()) {
        constexpr size_t kDualReach = 10;
        for (size_t t = std::max(num_end, k); t < end && t <= num_end + kDualReach; ++t) {
          if (StrongStop(text, toks, t) || is_number_token(t, end)) break;
          if (!KeyIs(toks, t, DualVerbs())) continue;
          if (CueHit h = cue_at(t, end, {QuantityCueKind::kAfter}); h.cue)
            pred = AfterPredicate(toks, h.cue->category, t, h.len, end);
          break;
        }
      }
      // An active plural verb right before the count, the count its object: "إن مسلحي المقاومة
      // قتلوا 5 من مليشيات الحوثي وجرحوا أكثر من 60" (the verb is an after-predicate, "5 قتلوا",
      // that the search before passes over). Only verbs that take an object: not "لقوا",
      // "أصيبوا"; not the predicate of a count just before it ("5 مدنيين قتلوا 3 منهم"). Not a
      // vague count: "كثف المتشددون هجماتهم ... وقتلوا مئات من أفرادهما", "وقتلوا العديد منهم"
      // are a campaign's, told in the background (4 of the 16 corpus articles the rule first changed).
      if (pred.empty() && !vague && phrase_begin > s.first_token + 1 &&
          toks.tokens[phrase_begin - 1].script == text::Script::kArabic &&
          KeyIs(toks, phrase_begin - 1, {"قتلوا", "قتلن", "اعدموا", "جرحوا"}) &&
          !is_number_token(phrase_begin - 2, end) &&
          (phrase_begin < s.first_token + 3 || !is_number_token(phrase_begin - 3, end))) {
        if (CueHit h = cue_at(phrase_begin - 1, phrase_begin, {QuantityCueKind::kAfter}); h.cue && h.len == 1)
          pred = h.cue->category;
      }
      // Before: the nearest predicate in the clause, "أصيب مساء أمس اربعة", "death toll at at least 70".
      if (pred.empty() && phrase_begin > s.first_token) {
        // A toll that rose names its incident between the toll noun and the verb: "The death
        // toll from the terrorist groups rocket attacks on Salah Eddin neighborhood in Aleppo
        // city rose to 8 civilians".
        const bool rose_to =
            phrase_begin >= s.first_token + 2 && toks.tokens[phrase_begin - 1].script == text::Script::kLatin &&
            KeyIs(toks, phrase_begin - 1, {"to"}, false) &&
            KeyIs(toks, phrase_begin - 2, {"rose", "rises", "risen", "climbed", "climbs", "jumped", "increased"}, false);
        // The same in Arabic with the toll noun first: "إن حصيلة القتلى منذ بدء المواجهات بين
        // مسلحي الحوثي والمقاومة الشعبية في المدينة بلغت ألفاً", "عدد القتلى ... وصل إلى 35".
        const bool reached =
            !rose_to && phrase_begin >= s.first_token + 2 &&
            toks.tokens[phrase_begin - 1].script == text::Script::kArabic &&
            (KeyIs(toks, phrase_begin - 1, {"بلغ", "بلغت", "وبلغ", "وبلغت", "ليبلغ", "لتبلغ"}, false) ||
             (KeyIs(toks, phrase_begin - 1, {"الي"}, false) &&
              KeyIs(toks, phrase_begin - 2, {"وصل", "وصلت", "ارتفع", "ارتفعت"}, false)));
        const size_t window = rose_to || reached ? 24 : 14, toll_gap = rose_to || reached ? 22 : 12;
        for (size_t t = phrase_begin; t-- > s.first_token && t + window >= phrase_begin;) {
          if (IsPunct(toks, t) && StrongStop(text, toks, t)) break;
          // A line break before token t ends the clause after t is tried.
          const bool last = toks.tokens[t].Has(text::kNewlineBefore);
          CueHit h = cue_at(t, phrase_begin, {QuantityCueKind::kBefore, QuantityCueKind::kToll});
          if (!h.cue || t + h.len > phrase_begin) {
            if (last) break;
            continue;
          }
          // A longer cue ending here that starts before t ("عدد القتلى" over "القتلى").
          if (t > s.first_token && !last) {
            CueHit h2 = cue_at(t - 1, phrase_begin, {QuantityCueKind::kBefore, QuantityCueKind::kToll});
            if (h2.cue && t - 1 + h2.len == t + h.len) h = h2, --t;
          }
          const size_t gap = phrase_begin - (t + h.len);
          const bool toll = h.cue->kind == QuantityCueKind::kToll;
          bool ok = false;
          switch (ev) {
            case Evidence::kNoun:
            case Evidence::kPeople:
            case Evidence::kPartitive: ok = gap <= (toll ? toll_gap : 6); break;
            // A bare count after a toll that rose may stand as far from it as a noun's:
            // "The death toll from the bombing in Kabul rose to 35".
            case Evidence::kBare: ok = toll ? gap <= (rose_to || reached ? toll_gap : 6) : gap <= 1; break;
            case Evidence::kDirect: ok = toll ? gap <= 1 : gap == 0; break;
            default: break;
          }
            // A status (displaced, detained …) yields only to a predicate right before it:
          // "مقتل 5 معتقلين", not "حصيلة بأعداد قتلى ونازحي الإيزيديين … 400 ألف نازح".
          if (ok && gap > 1 && Status(noun_cat)) ok = false;
          if (ok) {
            pred = h.cue->category;
            if (ev == Evidence::kDirect) k = num_end + 1;
          }
          break;  // the nearest predicate decides
        }
      }
      if (!noun_cat.empty() && Casualty(noun_cat)) {
        q.category = noun_cat;
      } else if (!pred.empty()) {
        q.category = pred;
        if (noun_cat != "people") q.of = noun_cat;
      } else if (ev == Evidence::kNoun || ev == Evidence::kPeople) {
        q.category = noun_cat;
      } else {
        i = std::max(num_end, i + 1);
        continue;  // a bare number with nothing saying it counts people
      }
      if (is_year && ev != Evidence::kNoun) {
        i = num_end;
        continue;  // "in 2015 people …": a year
      }
      q.token_begin = static_cast<uint32_t>(phrase_begin);
      q.token_end = static_cast<uint32_t>(std::max(k, num_end));
      q.phrase_start = toks.tokens[phrase_begin].start;
      q.phrase_end = toks.tokens[q.token_end - 1].end;
      // The actor: right after the noun ("من داعش"), else the nearest one before in the
      // sentence, else (fighters only) the nearest one after.
      if (Violent(q.category)) {
        int32_t after_close = -1, before = -1, after_any = -1;
        for (uint32_t ak : actors_from(s.first_token, end)) {
          const auto& a = out->actors[ak];
          const auto& info = d_.actors[a.actor];
          if (info.type == "civilians"sv || info.OnlyReports()) continue;
          if (a.token_begin >= q.token_end) {
            if (a.token_begin <= q.token_end + 2 && after_close < 0) after_close = a.actor;
            if (after_any < 0) after_any = a.actor;
          } else if (a.token_end <= q.token_begin) {
            before = a.actor;
          } else if (a.token_begin >= num_end) {
            after_close = a.actor;  // the partitive's actor, inside the phrase
          }
        }
        q.actor = after_close >= 0 ? after_close : before >= 0 ? before : q.category == "fighters"sv ? after_any : -1;
      }
      out->quantities.push_back(q);
      i = std::max(k, num_end);
    }
    // ------------------------------------------------------------ running totals
    if (out->quantities.size() == first_q) continue;
    // "حصيلة القتلى الأولية هي 10 ضحايا", "حصيلة أولية", "an initial toll of 10": preliminary.
    static const WordSet kPreliminary{"الاوليه", "اوليه", "المبدييه", "مبدييه", "preliminary", "initial"};
    for (size_t x = first_q; x < out->quantities.size(); ++x) {
      Quantity& qq = out->quantities[x];
      if (!qq.cumulative && Casualty(qq.category) && WarAntecedent(toks, s.first_token, qq.token_begin))
        qq.cumulative = true;
      if (!Casualty(qq.category)) continue;
      for (size_t t = qq.token_begin; t > s.first_token && t + 4 > qq.token_begin && !qq.preliminary;)
        qq.preliminary = KeyIs(toks, --t, kPreliminary, false);
    }
    // "the deadliest attack since the war began", "الهجوم الأعنف منذ بدء الحرب": a superlative
    // compares the incident with the war, whose toll it is not.
    const WordSet& kComparison = ComparisonWords();
    for (size_t t = s.first_token; t < end; ++t) {
      CueHit h = cue_at(t, end, {QuantityCueKind::kCumulative, QuantityCueKind::kSince});
      if (!h.cue) continue;
      bool compared = false;
      for (size_t u = t; u > s.first_token && u + 4 > t && !compared;) compared = KeyIs(toks, --u, kComparison, false);
      if (compared) continue;
      size_t cue_end = t + h.len;
      if (h.cue->kind == QuantityCueKind::kSince) {
        // What follows must be a year (منذ 2011), a month (منذ آذار) or a long duration
        // (over four months, خلال أربعة أشهر); the cue then ends after it.
        size_t after = 0;
        const bool durations_only = h.cue->category == "duration"sv;  // "over": not "over an August attack"
        // "شهد تموز الماضي مقتل 844 مدنيا": a month that witnessed the deaths, its name right
        // after the verb (not "شهدت المدينة يوم 5 مايو هجوما قتل فيه 20").
        const bool month_next = h.cue->category == "month_next"sv;
        if (month_next) {
          if (CueHit mh = cue_at(cue_end, end, {QuantityCueKind::kMonth}); cue_end < end && mh.cue)
            after = cue_end + mh.len;
        } else if (cue_end < end) {
          uint64_t v = 0;
          size_t nd = 0;
          if (durations_only)
            ;
          else if (toks.tokens[cue_end].kind == text::TokenKind::kNumber &&
                   ParseDigits(Surface(text, toks, cue_end), &v, nullptr, &nd) && year_like(v, nd))
            after = cue_end + 1;
          else if (CueHit mh = cue_at(cue_end, end, {QuantityCueKind::kMonth}); mh.cue)
            after = cue_end + mh.len;
          // "since Syria's conflict erupted in March 2011", "over the past four months", "منذ
          // تولي الرئيس النيجيري محمد بخاري - الذي توعد بسحق التمرد - الحكم في 29 مايو": a
          // dash or a bracket does not end the phrase, a comma or a full stop does; a comma
          // does not when the cue opens the sentence, the phrase then being its frame ("ومنذ
          // تولي الرئيس النيجيري محمد بخاري، الذي توعد بسحق التمرد، الحكم في 29 مايو (أيار)
          // الماضي، قتل أكثر من 800 شخص").
          const bool opens = t == s.first_token;
          for (size_t u = cue_end, words = 0; !after && u < end && words <= (opens ? 20u : 12u) &&
                                              (opens || !Comma(text, toks, u)) && !StrongStop(text, toks, u);
               ++u) {
            if (IsPunct(toks, u)) continue;
            ++words;
            if (CueHit dh = cue_at(u, end, {QuantityCueKind::kNotAfter, QuantityCueKind::kMonth});
                dh.cue && ((dh.cue->kind == QuantityCueKind::kMonth && !durations_only) ||
                           dh.cue->category == "long_duration"sv))
              after = u + dh.len;
            else if (!durations_only && toks.tokens[u].kind == text::TokenKind::kNumber &&
                     ParseDigits(Surface(text, toks, u), &v, nullptr, &nd) && year_like(v, nd))
              after = u + 1;
            // "منذ السيطرة عليها العام الماضي": since last year.
            else if (!durations_only && u + 1 < end && KeyIs(toks, u, {"العام", "السنه", "عام"}, false) &&
                     KeyIs(toks, u + 1, {"الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفايت"}, false))
              after = u + 2;
          }
        }
        if (!after) continue;
        cue_end = after;
      }
      // The count after the cue in the clause, and the counts just before it: those joined
      // to it ("15 ألف قتيل و1.5 مليون مهجر خلال ست سنوات"), across a comma only when no
      // count follows the cue ("مقتل أكثر من 3200 شخص، غالبيتهم من المدنيين، منذ آذار"; not
      // "قتل 5 أشخاص في غارة اليوم، ليرتفع عدد القتلى منذ بداية الحرب إلى 4000").
      bool forward = false;
      // A wave or a series of attacks is the subject of what the sentence goes on to tell of
      // it ("في موجة هجمات استهدفت أسواقا مزدحمة، نفذت كثير منها انتحاريات مراهقات، في نيجيريا
      // وتشاد والكاميرون وأدت إلى مقتل 130 شخصا"): its toll comes further on.
      const size_t reach = h.cue->category == "wave"sv ? 28 : 12;
      for (size_t x = first_q; x < out->quantities.size(); ++x) {
        Quantity& qq = out->quantities[x];
        if (qq.token_begin >= cue_end && qq.token_begin <= cue_end + reach) {
          bool stop = false;
          for (size_t u = cue_end; u < qq.token_begin; ++u) stop |= StrongStop(text, toks, u);
          if (!stop) qq.cumulative = forward = true;
          // And the counts joined to it by "و" ("مقتل 844 مدنيا و 488 عسكريا"): the same total's parts.
          for (size_t y = x + 1; forward && y < out->quantities.size(); ++y) {
            Quantity& next = out->quantities[y];
            const size_t gap_end = next.token_begin, gap_begin = out->quantities[y - 1].token_end;
            if (gap_end < gap_begin || gap_end > gap_begin + 1) break;
            if (gap_end == gap_begin + 1 && toks.Key(gap_begin) != "و") break;
            next.cumulative = true;
          }
          break;
        }
      }
      size_t reach_to = t;
      bool casualties = false;  // a count of the dead or wounded marked on the way back
      for (size_t x = out->quantities.size(); x-- > first_q;) {
        Quantity& qq = out->quantities[x];
        // A phrase that took the cue for its noun ("أكثر من 400 حتى": a bare number's) is before it.
        if (qq.token_begin >= t) continue;
        // Before the total's dead, a count of others is who the clause before tells of, not the
        // total's ("أطلقت امرأتان النار على القنصلية ... وقتل ثمانية أشخاص في موجة من الهجمات").
        if (casualties && !Casualty(qq.category)) break;
        // Within ten words: the dashes or brackets of an aside are none ("أكثر من 260 مقاتلًا
        // كرديًا قتلوا -منهم شخصيات بارزة بحزب العمال الكردستاني- وأصيب أكثر من 400 حتى الأول
        // من أغسطس").
        size_t words = 0;
        bool stop = false;
        for (size_t u = qq.token_end; u < reach_to && !stop; ++u) {
          stop = StrongStop(text, toks, u) || (forward && Comma(text, toks, u));
          if (!IsPunct(toks, u) || Comma(text, toks, u)) stop = stop || ++words > 10;
        }
        if (stop) break;
        qq.cumulative = true;
        casualties = casualties || Casualty(qq.category);
        reach_to = qq.token_begin;
      }
      t = cue_end > t ? cue_end - 1 : t;
    }
    PeriodTotals(text, toks, s.first_token, end, first_q, &out->quantities);
    // English: a toll of several days, weeks or months raised to a count ("Nine people were
    // killed on Friday, raising the toll from three days of fighting to 60") is their total.
    for (size_t x = first_q; x < out->quantities.size(); ++x) {
      Quantity& qq = out->quantities[x];
      const size_t b = qq.token_begin;
      if (qq.cumulative || !Casualty(qq.category) || b < s.first_token + 3 ||
          toks.tokens[b - 1].script != text::Script::kLatin || !KeyIs(toks, b - 1, {"to"}, false))
        continue;
      bool period = false;
      for (size_t u = b - 1; u-- > s.first_token && u + 12 > b;) {
        if (StrongStop(text, toks, u) || Comma(text, toks, u)) break;
        if (KeyIs(toks, u, {"days", "weeks", "months", "years"}, false)) period = true;
        if (KeyIs(toks, u, {"toll"}, false)) {
          qq.cumulative = qq.cumulative || period;
          break;
        }
      }
    }
  }
  ReportTotals(toks, sentences, &out->quantities);
}

}  // namespace marsad::events
