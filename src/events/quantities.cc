// Quantities: digits (ASCII and Arabic-Indic, with separators), number words with
// multipliers, duals, vague plurals, qualifiers before or after, and the counted noun.
#include <algorithm>

#include "marsad/events.h"
#include "match.h"

namespace marsad::events {
namespace {

// Parses a number token's original text: Arabic-Indic/Persian digits, ',' '٬' thousands
// separators (a group of exactly three digits), '.' '٫' decimal point (truncated).
bool ParseDigits(std::string_view s, uint64_t* out) {
  std::string digits;
  size_t i = 0, group = 0;
  bool sep_seen = false, any = false;
  while (i < s.size()) {
    char32_t c = text::NextCodePoint(s, i);
    int d = -1;
    if (c >= '0' && c <= '9') d = static_cast<int>(c - '0');
    else if (c >= 0x0660 && c <= 0x0669) d = static_cast<int>(c - 0x0660);
    else if (c >= 0x06F0 && c <= 0x06F9) d = static_cast<int>(c - 0x06F0);
    if (d >= 0) {
      digits += static_cast<char>('0' + d);
      ++group;
      any = true;
      continue;
    }
    if (c == ',' || c == 0x066C) {
      if (sep_seen && group != 3) return false;
      sep_seen = true;
      group = 0;
      continue;
    }
    if (c == '.' || c == 0x066B) break;  // decimals: keep the integer part
    return false;
  }
  if (!any || digits.size() > 15) return false;
  *out = std::stoull(digits);
  return true;
}

struct TimeUnit {
  std::string_view key, unit;
};
constexpr TimeUnit kTimeUnits[] = {
    {"دقيقه", "minutes"}, {"دقائق", "minutes"}, {"ساعه", "hours"},  {"ساعات", "hours"},
    {"يوم", "days"},      {"يوما", "days"},     {"ايام", "days"},   {"اسبوع", "weeks"},
    {"اسابيع", "weeks"},  {"شهر", "months"},    {"شهرا", "months"}, {"اشهر", "months"},
    {"شهور", "months"},   {"سنه", "years"},     {"سنوات", "years"}, {"عام", "years"},
    {"عاما", "years"},    {"اعوام", "years"},   {"minute", "minutes"}, {"minutes", "minutes"},
    {"hour", "hours"},    {"hours", "hours"},   {"day", "days"},    {"days", "days"},
    {"week", "weeks"},    {"weeks", "weeks"},   {"month", "months"}, {"months", "months"},
    {"year", "years"},    {"years", "years"}};

std::string_view TimeUnitAt(const text::Tokens& toks, size_t i) {
  if (i >= toks.tokens.size()) return {};
  std::string_view k = toks.Key(i);
  for (const auto& u : kTimeUnits)
    if (k == u.key) return u.unit;
  return {};
}

bool Violent(std::string_view cat) {
  return cat == "killed" || cat == "wounded" || cat == "bodies" || cat == "fighters" || cat == "dead_or_wounded" ||
         cat == "detained" || cat == "missing";
}

}  // namespace

void EventExtractor::FindQuantities(const text::Utf8Text& text, const text::Tokens& toks,
                                    const std::vector<text::Sentence>& sentences, EventResult* out,
                                    const PhraseStarts* starts) const {
  auto qword = [&](size_t i, size_t limit, PhraseMatch* m) -> const QuantityWord* {
    *m = LongestMatch(d_.quantity_phrases, text, toks, i, limit, true, starts);
    return m->len ? &d_.quantity_words[m->indexes.front()] : nullptr;
  };
  for (const auto& s : sentences) {
    const size_t end = s.end_token;
    for (size_t i = s.first_token; i < end;) {
      Quantity q;
      size_t phrase_begin = i, j = i;
      PhraseMatch m;
      const QuantityWord* w = qword(i, end, &m);
      if (w && w->kind == QuantityKind::kQualifier) {
        q.qualifier = w->qualifier;
        j = i + m.len;
      }
      // The number.
      size_t num_begin = j, num_end = j;
      bool have = false, vague = false;
      std::string dual_category;
      if (j < end && toks.tokens[j].kind == text::TokenKind::kNumber) {
        const auto& t = toks.tokens[j];
        if (ParseDigits(text.Slice(t.start, t.end), &q.value)) {
          have = true;
          num_end = j + 1;
        }
      } else if (j < end) {
        if (j != i) w = qword(j, end, &m);  // j == i: the qword(i) above, already in w and m
        if (w && w->kind == QuantityKind::kNumber) {
          q.value = w->value;
          have = true;
          num_end = j + m.len;
          // "خمسة وعشرون": a conjoined number word adds.
          PhraseMatch m2;
          const QuantityWord* w2 = qword(num_end, end, &m2);
          if (w2 && w2->kind == QuantityKind::kNumber && m2.prefix_cp > 0 && w2->value > q.value) {
            q.value += w2->value;
            num_end += m2.len;
          }
        } else if (w && w->kind == QuantityKind::kMultiplier) {
          q.value = w->value;
          have = true;
          num_end = j + m.len;
        } else if (w && w->kind == QuantityKind::kApproxMany) {
          q.value = w->value;
          have = vague = true;
          num_end = j + m.len;
        } else if (w && w->kind == QuantityKind::kDualNoun) {
          q.value = w->value;
          have = true;
          num_end = j + m.len;
          auto cn = LongestMatch(d_.count_nouns, text, toks, j, end, true, starts);
          if (cn.len) dual_category = d_.count_categories[cn.indexes.front()];
        }
      }
      if (!have) {
        ++i;
        continue;
      }
      // A multiplier after the number: "4 آلاف", "ثلاثة آلاف", "two hundred".
      if (dual_category.empty() && !vague) {
        PhraseMatch mm;
        const QuantityWord* mw = qword(num_end, end, &mm);
        if (mw && mw->kind == QuantityKind::kMultiplier && mm.prefix_cp == 0) {
          q.value *= mw->value;
          num_end += mm.len;
        }
      }
      if (vague && q.qualifier == "exact") q.qualifier = "vague";
      q.start = toks.tokens[num_begin].start;
      q.end = toks.tokens[num_end - 1].end;
      size_t k = num_end;
      if (!dual_category.empty()) {
        q.category = dual_category;
      } else {
        if (k < end && (toks.Key(k) == "من" || toks.Key(k) == "of")) ++k;  // المئات من جثث, hundreds of
        PhraseMatch pm;
        const QuantityWord* pw = qword(k, end, &pm);
        if (pw && pw->kind == QuantityKind::kQualifier && q.qualifier == "exact") {
          q.qualifier = pw->qualifier;
          k += pm.len;
        }
        auto cn = LongestMatch(d_.count_nouns, text, toks, k, end, true, starts);
        if (cn.len) {
          q.category = d_.count_categories[cn.indexes.front()];
          k += cn.len;
        } else if (auto u = TimeUnitAt(toks, k); !u.empty()) {
          q.category = std::string(u);
          ++k;
        } else if (k != num_end && toks.Key(k - 1) == "من") {
          --k;
        }
      }
      // A postposed qualifier after the noun: "150 مقاتل تقريباً".
      if (!q.category.empty() && q.qualifier == "exact") {
        PhraseMatch pm;
        const QuantityWord* pw = qword(k, end, &pm);
        if (pw && pw->kind == QuantityKind::kQualifier) {
          q.qualifier = pw->qualifier;
          k += pm.len;
        }
      }
      // An event noun before the number: "مقتل 5 مدنيين" counts the killed among civilians.
      if (phrase_begin > s.first_token) {
        auto before = LongestMatch(d_.count_nouns, text, toks, phrase_begin - 1, phrase_begin, true, starts);
        if (before.len && d_.count_categories[before.indexes.front()] == "killed") {
          q.of = q.category;
          q.category = "killed";
          phrase_begin -= 1;
        }
      }
      if (q.category.empty()) {  // a bare number (years, percentages, …) is not a count
        i = num_end;
        continue;
      }
      q.token_begin = static_cast<uint32_t>(phrase_begin);
      q.token_end = static_cast<uint32_t>(std::max(k, num_end));
      q.phrase_start = toks.tokens[phrase_begin].start;
      q.phrase_end = toks.tokens[q.token_end - 1].end;
      // The actor: right after the noun ("من داعش"), else the nearest one before in the
      // sentence, else (fighters only) the nearest one after.
      if (Violent(q.category) || q.category == "killed") {
        int32_t after_close = -1, before = -1, after_any = -1;
        for (const auto& a : out->actors) {
          if (a.token_begin < s.first_token || a.token_begin >= end) continue;
          const auto& info = d_.actors[a.actor];
          if (info.type == "civilians" || info.type == "media") continue;
          if (a.token_begin >= q.token_end) {
            if (a.token_begin <= q.token_end + 2 && after_close < 0) after_close = a.actor;
            if (after_any < 0) after_any = a.actor;
          } else if (a.token_end <= q.token_begin) {
            before = a.actor;
          }
        }
        q.actor = after_close >= 0 ? after_close : before >= 0 ? before : q.category == "fighters" ? after_any : -1;
      }
      out->quantities.push_back(q);
      i = std::max(k, num_end);
    }
  }
}

}  // namespace marsad::events
