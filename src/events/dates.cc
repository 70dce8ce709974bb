// Dates: absolute Arabic/English dates (Levantine, Egyptian/Gulf, Maghrebi month names,
// numeric forms) and relative ones resolved against the publication date. A relative
// expression with no publication date is reported unresolved: never invented.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <unordered_map>

#include "incidents.h"
#include "marsad/events.h"
#include "match.h"

namespace marsad::events {

using namespace std::string_view_literals;
namespace {

namespace ch = std::chrono;

// Month names as normalized keys (text::NormalizeKey), one or two tokens.
struct MonthName {
  std::string_view key;
  int month;
};
constexpr MonthName kMonths[] = {
    // Levantine / Iraqi
    {"كانون الثاني", 1}, {"شباط", 2}, {"اذار", 3}, {"نيسان", 4}, {"ايار", 5}, {"حزيران", 6}, {"تموز", 7},
    {"اب", 8}, {"ايلول", 9}, {"تشرين الاول", 10}, {"تشرين الثاني", 11}, {"كانون الاول", 12},
    // Egyptian / Gulf
    {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"ابريل", 4}, {"ابريل", 4}, {"مايو", 5}, {"يونيو", 6},
    {"يونيه", 6}, {"يوليو", 7}, {"يوليه", 7}, {"اغسطس", 8}, {"سبتمبر", 9}, {"اكتوبر", 10},
    {"نوفمبر", 11}, {"ديسمبر", 12},
    // Maghrebi (Algeria/Tunisia; Morocco)
    {"جانفي", 1}, {"فيفري", 2}, {"افريل", 4}, {"ماي", 5}, {"جوان", 6}, {"جويليه", 7},
    {"اوت", 8}, {"يوليوز", 7}, {"غشت", 8}, {"شتنبر", 9}, {"نونبر", 11}, {"دجنبر", 12},
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7},
    {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9}, {"sept", 9},
    {"oct", 10}, {"nov", 11}, {"dec", 12}};

// The Hijri months (Umm al-Qura, text::HijriToGregorian) as keys, with their usual spellings:
// "ربيع الآخر" or "الثاني", "جمادى الآخرة" or "الثانية", "ذو" or "ذي" (the genitive) "القعدة",
// written apart or joined. A separate table: "شوال 1436" is no Gregorian month, and a Hijri
// name needs its year or its day and year to date anything ("رمضان" and "رجب" are also men's
// names, "صفر" is zero).
constexpr MonthName kHijriMonths[] = {
    {"محرم", 1},         {"المحرم", 1},        {"صفر", 2},            {"ربيع الاول", 3},     {"ربيع اول", 3},
    {"ربيع الاخر", 4},   {"ربيع الثاني", 4},   {"ربيع اخر", 4},       {"ربيع ثاني", 4},      {"جمادي الاولي", 5},
    {"جمادي الاول", 5},  {"جمادي الاخره", 6},  {"جمادي الثانيه", 6},  {"جمادي الاخر", 6},    {"جمادي الثاني", 6},
    {"رجب", 7},          {"شعبان", 8},         {"رمضان", 9},          {"شوال", 10},          {"ذو القعده", 11},
    {"ذي القعده", 11},   {"ذوالقعده", 11},     {"ذيالقعده", 11},      {"ذو الحجه", 12},      {"ذي الحجه", 12},
    {"ذوالحجه", 12},     {"ذيالحجه", 12}};

// Keys, as the tokenizer makes them: a standalone hamza is dropped ("الأربعاء" → "الاربعا").
struct Weekday {
  std::string_view key;
  unsigned wd;  // 0 = Sunday
};
constexpr Weekday kWeekdays[] = {{"الاحد", 0},    {"الاثنين", 1}, {"الثلاثا", 2}, {"الاربعا", 3},
                                 {"الخميس", 4},  {"الجمعه", 5},  {"السبت", 6},   {"sunday", 0},
                                 {"monday", 1},  {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4},
                                 {"friday", 5},  {"saturday", 6}};

const WordTable& WeekdayTable() {
  static const WordTable table = [] {
    std::vector<std::pair<std::string_view, uint64_t>> items;
    for (const auto& w : kWeekdays) items.emplace_back(w.key, w.wd);
    return WordTable(items);
  }();
  return table;
}

// Every word the relative-date rules look for (as a token's key or one of its proclitic
// stems), one bit each: each token's bits are found once per document.
constexpr std::string_view kDateWords[] = {
    "امس",   "الامس", "الاول", "اليوم", "غدا",    "صباح",     "مسا",    "ظهر",   "فجر",     "الغد",    "منذ",
    "يومين", "قبل",   "ايام",  "يوما",  "اشهر",   "شهور",     "سنوات",   "بعد",   "خلال",    "مرور",    "الماضي",
    "الماضيه", "المنصرم", "الفايت", "الاسبوع", "الشهر", "العام", "السنه", "يوم", "عام", "سنه", "ليل", "ليله", "عصر", "غد",
    "المقبل", "المقبله", "القادم", "القادمه", "الليله"};
static_assert(std::size(kDateWords) <= 64);

// The bits of `words`; a word missing from kDateWords does not compile.
consteval uint64_t Bits(std::initializer_list<std::string_view> words) {
  uint64_t m = 0;
  for (auto w : words) {
    bool found = false;
    for (size_t b = 0; b < std::size(kDateWords); ++b)
      if (kDateWords[b] == w) m |= uint64_t{1} << b, found = true;
    if (!found) throw "not in kDateWords";
  }
  return m;
}

// Bits above the date words: the token (or a stem) may name a month (one word, or the
// first of two) or a weekday. They only gate the full MonthAt / weekday checks.
constexpr uint64_t kMonthWord = uint64_t{1} << 61, kWeekdayWord = uint64_t{1} << 62;
// The other keys a date may start at (FindDates tests them as the token's key): an ordinal
// day ("السادس من أغسطس", DayOfMonthWithMin) and the English cues.
constexpr uint64_t kStartWord = uint64_t{1} << 60;
// The first word of a Hijri month's name (kHijriMonths): gates HijriMonthAt.
constexpr uint64_t kHijriMonthWord = uint64_t{1} << 59;
static_assert(std::size(kDateWords) < 59);

// The ordinal days of DayOfMonthWithMin ("الحادي والعشرين", "السادس").
constexpr std::pair<std::string_view, int> kOrdinals[] = {
    {"الاول", 1},  {"الحادي", 1}, {"الثاني", 2}, {"الثالث", 3},  {"الرابع", 4},   {"الخامس", 5},    {"السادس", 6},
    {"السابع", 7}, {"الثامن", 8}, {"التاسع", 9}, {"العاشر", 10}, {"العشرين", 20}, {"الثلاثين", 30}};
// The English words FindDates compares token i's key with.
constexpr std::string_view kEnglishStarts[] = {"today", "yesterday", "tomorrow", "last", "on", "in"};
// The seasons that start "صيف 2014", "the summer of 2014" (FindDates), with their first month
// (winter: the year's first).
constexpr std::pair<std::string_view, uint64_t> kSeasons[] = {
    {"ربيع", 3},   {"الربيع", 3}, {"spring", 3}, {"صيف", 6},  {"الصيف", 6}, {"summer", 6}, {"خريف", 9},
    {"الخريف", 9}, {"autumn", 9}, {"fall", 9},   {"شتا", 1},  {"الشتا", 1}, {"winter", 1}};

ch::year_month_day Ymd(int y, int m, int d) {
  return ch::year(y) / ch::month(static_cast<unsigned>(m)) / ch::day(static_cast<unsigned>(d));
}

// "%04d-%02u-%02u" of the year, month and day: written digit by digit for the years 0-9999
// with a month and day below 100 (snprintf was about 1,650 instructions a date, 1,825 dates
// per 300 corpus articles), with snprintf otherwise.
std::string Iso(ch::year_month_day d) {
  const int y = static_cast<int>(d.year());
  const unsigned m = static_cast<unsigned>(d.month()), dd = static_cast<unsigned>(d.day());
  if (y >= 0 && y <= 9999 && m < 100 && dd < 100) {
    const char out[10] = {static_cast<char>('0' + y / 1000),     static_cast<char>('0' + y / 100 % 10),
                          static_cast<char>('0' + y / 10 % 10),  static_cast<char>('0' + y % 10),
                          '-',
                          static_cast<char>('0' + m / 10),       static_cast<char>('0' + m % 10),
                          '-',
                          static_cast<char>('0' + dd / 10),      static_cast<char>('0' + dd % 10)};
    return std::string(out, sizeof out);
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, dd);
  return buf;
}

// The value of 1 to 4 ASCII digits in [lo, hi].
bool DigitsIn(std::string_view k, int* v, int lo, int hi) {
  if (k.empty() || k.size() > 4) return false;
  int x = 0;
  for (char c : k) {
    if (c < '0' || c > '9') return false;
    x = x * 10 + (c - '0');
  }
  if (x < lo || x > hi) return false;
  *v = x;
  return true;
}

bool IsNum(const text::Tokens& t, size_t i, int* v, int lo, int hi) {
  return i < t.tokens.size() && t.tokens[i].kind == text::TokenKind::kNumber && DigitsIn(t.Key(i), v, lo, hi);
}

// A day of the month as a number, or in English as an ordinal written with its digits
// ("13th", "2nd", "21st", "3rd": one word token, the digits glued to the suffix).
bool IsDayNum(const text::Tokens& t, size_t i, int* v) {
  if (IsNum(t, i, v, 1, 31)) return true;
  if (i >= t.tokens.size() || t.tokens[i].kind != text::TokenKind::kWord) return false;
  const std::string_view k = t.Key(i);
  const size_t digits = t.tokens[i].glue;
  if ((digits != 1 && digits != 2) || k.size() != digits + 2) return false;
  const std::string_view suffix = k.substr(digits);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  return DigitsIn(k.substr(0, digits), v, 1, 31);
}

// A year written "1896م" (ميلادي, the Gregorian era's letter glued to the digits): one
// word token, from 1000 on.
bool GregorianYear(const text::Tokens& t, size_t i, int* v) {
  if (i >= t.tokens.size() || t.tokens[i].glue != 4) return false;
  std::string_view k = t.Key(i);
  if (!k.ends_with("م") || k.size() != 4 + std::string_view("م").size()) return false;
  int x = 0;
  for (char c : k.substr(0, 4)) {
    if (c < '0' || c > '9') return false;
    x = x * 10 + (c - '0');
  }
  if (x < 1000 || x > 2100) return false;
  *v = x;
  return true;
}

// A calendar's month names: the one-word ones (first entry winning), and the two-word ones
// split in two.
struct TwoWordMonth {
  std::string_view first, second;
  int month;
};
struct MonthNames {
  WordTable single;
  std::vector<TwoWordMonth> two;
};
template <size_t N>
MonthNames MakeMonthNames(const MonthName (&names)[N]) {
  std::vector<std::pair<std::string_view, uint64_t>> items;
  std::vector<TwoWordMonth> two;
  for (const auto& x : names)
    if (size_t sp = x.key.find(' '); sp != std::string_view::npos)
      two.push_back({x.key.substr(0, sp), x.key.substr(sp + 1), x.month});
    else
      items.emplace_back(x.key, static_cast<uint64_t>(x.month));
  return {WordTable(items), std::move(two)};
}
const MonthNames& GregorianMonthNames() {
  static const MonthNames names = MakeMonthNames(kMonths);
  return names;
}
const MonthNames& HijriMonthNames() {
  static const MonthNames names = MakeMonthNames(kHijriMonths);
  return names;
}

// Month name of `names` at token i (one or two tokens, clitic stems allowed on the first); 0
// when none.
int NamedMonthAt(const MonthNames& names, const text::Tokens& t, size_t i, size_t* len) {
  if (i >= t.tokens.size() || t.tokens[i].kind != text::TokenKind::kWord) return 0;
  const bool has_next = i + 1 < t.tokens.size();
  const std::string_view next = has_next ? t.Key(i + 1) : std::string_view();
  int month = 0;
  auto try_first = [&](std::string_view f) {
    if (has_next) {
      // f + " " + next equals a two-word name exactly when f and next are its two words:
      // keys are trimmed, and a key holding a space would give the joined form two.
      for (const auto& m : names.two)
        if (f == m.first && next == m.second) {
          *len = 2;
          month = m.month;
          return true;
        }
    }
    // "اب", "may", "march" are also ordinary words: accept them only next to a number.
    if (const uint64_t* m = names.single.Find(f)) {
      *len = 1;
      month = static_cast<int>(*m);
      return true;
    }
    return false;
  };
  if (try_first(t.Key(i))) return month;
  AnyProcliticStem(t, i, try_first);
  return month;
}

// Gregorian month name at token i (kMonths); 0 when none.
int MonthAt(const text::Tokens& t, size_t i, size_t* len) { return NamedMonthAt(GregorianMonthNames(), t, i, len); }
// Hijri month name at token i (kHijriMonths); 0 when none.
int HijriMonthAt(const text::Tokens& t, size_t i, size_t* len) { return NamedMonthAt(HijriMonthNames(), t, i, len); }

// The words that mark a year as Hijri after it ("1436 هـ", "1436 هجري", "1436 للهجرة"), as
// keys ("هـ" is "ه": the tatweel is dropped).
bool HijriEra(std::string_view k) {
  return k == "ه" || k == "هجري" || k == "هجريه" || k == "هجريا" || k == "للهجره" || k == "هجره";
}

// A Hijri year at token j, 1300-1500 (the years Umm al-Qura's tables cover that news write):
// "1436" (one token, `*marked` false), "1436 هـ", "1436 للهجرة" (two) or "1436هـ", "1436ه"
// (one word, the era's letter glued to the digits). Returns the tokens it takes, 0 when none.
size_t HijriYearAt(const text::Tokens& t, size_t j, int* y, bool* marked) {
  if (j >= t.tokens.size()) return 0;
  const text::Token& tok = t.tokens[j];
  if (tok.kind == text::TokenKind::kNumber) {
    if (!IsNum(t, j, y, 1300, 1500)) return 0;
    *marked = j + 1 < t.tokens.size() && t.tokens[j + 1].kind == text::TokenKind::kWord && HijriEra(t.Key(j + 1));
    return *marked ? 2 : 1;
  }
  if (tok.glue != 4 || tok.kind != text::TokenKind::kWord) return 0;
  const std::string_view k = t.Key(j);
  if (k.size() < 5 || !HijriEra(k.substr(4))) return 0;
  int x = 0;
  for (char c : k.substr(0, 4)) {
    if (c < '0' || c > '9') return 0;
    x = x * 10 + (c - '0');
  }
  if (x < 1300 || x > 1500) return 0;
  *y = x;
  *marked = true;
  return 1;
}

// The weekday token j names (its key, else a proclitic stem: as many stems may name one, the
// last wins), 0 = Sunday; -1 when none.
int WeekdayAt(const text::Tokens& t, size_t j) {
  const WordTable& weekdays = WeekdayTable();
  if (const uint64_t* w = weekdays.Find(t.Key(j))) return static_cast<int>(*w);
  int wd = -1;
  AnyProcliticStem(t, j, [&](std::string_view stem) {
    if (const uint64_t* w = weekdays.Find(stem)) wd = static_cast<int>(*w);
    return false;
  });
  return wd;
}

// False when no rule of FindDates can start at token i, whose date bits are `bits`: each
// starts at a number ("15 أكتوبر", "2017/10/15", "3 days ago"), at a key or stem of the date
// table (a date word, a month, a weekday; an ordinal day or an English cue as the key),
// at a year glued to its era letter ("1896م": a word with its digit boundary 4 code points
// in) or at "(و)اول" ("أول أمس"). Most tokens are none of these, and the twenty tests of
// the rules cost about 300 instructions a token. Punctuation starts none: PhraseStarts gives
// it no date bits (every rule's first test of token i is then false: its bits, a number, a
// year glued to its era letter, or a word of the rule's own compared with the key, which is
// a letter's), and it was a tenth of the tokens the rules were run at.
bool MayStartDate(const text::Tokens& t, size_t i, uint64_t bits) {
  const text::Token& tok = t.tokens[i];
  if (bits != 0 || tok.kind == text::TokenKind::kNumber || tok.glue == 4) return true;
  if ((tok.glue == 1 || tok.glue == 2) && tok.script == text::Script::kLatin) return true;  // "13th"
  if (tok.kind == text::TokenKind::kPunct) return false;
  return t.Key(i).ends_with("\xD8\xA7\xD9\x88\xD9\x84");  // اول
}

bool AmbiguousMonth(const text::Tokens& t, size_t i) {
  std::string_view k = t.Key(i);
  return k == "اب" || k == "may" || k == "march" || k == "ماي" || k == "مارس";
}

}  // namespace

const WordTable& DateWordTable() {
  static const WordTable table = [] {
    std::unordered_map<std::string_view, uint64_t> bits;
    for (size_t b = 0; b < std::size(kDateWords); ++b) bits[kDateWords[b]] |= uint64_t{1} << b;
    for (const auto& m : kMonths) bits[m.key.substr(0, m.key.find(' '))] |= kMonthWord;
    for (const auto& m : kHijriMonths) bits[m.key.substr(0, m.key.find(' '))] |= kHijriMonthWord;
    for (const auto& w : kWeekdays) bits[w.key] |= kWeekdayWord;
    for (const auto& [w, v] : kOrdinals) bits[w] |= kStartWord;
    for (std::string_view w : kEnglishStarts) bits[w] |= kStartWord;
    for (const auto& [w, month] : kSeasons) bits[w] |= kStartWord;
    return WordTable(std::vector<std::pair<std::string_view, uint64_t>>(bits.begin(), bits.end()));
  }();
  return table;
}

// The first 10 bytes' digits, exactly 8 of them: YYYYMMDD. Read in place (a string of the
// digits and three std::stoi of substrings were 2,000 instructions a call, and
// EventExtractor::Extract's DaysBetween asks twice per pair of events it compares).
bool ParseIsoDate(std::string_view s, int* y, int* m, int* d) {
  int v[8];
  size_t n = 0;
  for (char c : s.substr(0, std::min<size_t>(s.size(), 10)))
    if (c >= '0' && c <= '9') {
      if (n == 8) return false;
      v[n++] = c - '0';
    }
  if (n != 8) return false;
  *y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
  *m = v[4] * 10 + v[5];
  *d = v[6] * 10 + v[7];
  return Ymd(*y, *m, *d).ok();
}

std::string ShiftDays(const std::string& date, long days) {
  int y = 0, m = 0, d = 0;
  if (!ParseIsoDate(date, &y, &m, &d)) return date;
  return Iso(ch::year_month_day(ch::sys_days(Ymd(y, m, d)) + ch::days(days)));
}

// "السادس من أغسطس", "الحادي والعشرين من يوليو", "15 من أغسطس": a day of the month by its
// ordinal or number, then "من" and the month (`month_at` reads it: MonthAt, or HijriMonthAt for
// "الأول من شوال"). Returns the month (0 if none) and sets the day, the day's length in
// tokens and the month's.
int DayOfMonthWithMin(const text::Tokens& t, size_t i, int* day, size_t* day_len, size_t* month_len,
                      int (*month_at)(const text::Tokens&, size_t, size_t*) = MonthAt) {
  const size_t n = t.tokens.size();
  constexpr std::string_view kMin = "\xD9\x85\xD9\x86";  // من
  if (!(i + 2 < n && (t.Key(i + 1) == kMin || t.Key(i + 2) == kMin))) return 0;
  int d = 0;
  size_t len = 1;
  if (!IsNum(t, i, &d, 1, 31)) {
    const std::string_view k = t.Key(i);
    for (const auto& [w, v] : kOrdinals)
      if (k == w) d = v;
    if (d == 0) return 0;
    if (d < 10 && i + 1 < n) {
      const std::string_view k1 = t.Key(i + 1);
      if (k1 == "عشر") d += 10, len = 2;
      else if (k1 == "والعشرين") d += 20, len = 2;
      else if (k1 == "والثلاثين" && d == 1) d = 31, len = 2;
    }
    if (k == "الحادي" && len == 1) return 0;
  }
  if (i + len + 1 >= n || t.Key(i + len) != kMin) return 0;
  const int m = month_at(t, i + len + 1, month_len);
  if (m == 0) return 0;
  *day = d;
  *day_len = len + 1;  // with "من"
  return m;
}

namespace {

// Past the other name of the month in brackets, as Gulf and Levantine papers write it ("2
// أغسطس (آب) 1990", "28 مايو (أيار) 1990", "آب (أغسطس) الماضي"): the token after the closing
// bracket, or `e` itself when none is there.
// Or after a slash ("يوليو/تموز عام 1988"): the token after the other name.
size_t PastMonthInBrackets(const text::Tokens& t, size_t e) {
  const size_t n = t.tokens.size();
  if (e + 2 >= n || t.tokens[e].kind != text::TokenKind::kPunct) return e;
  size_t len = 0;
  if (MonthAt(t, e + 1, &len) == 0) return e;
  if (e + 1 + len < n && t.tokens[e + 1 + len].kind == text::TokenKind::kPunct) return e + 2 + len;
  // Joined without spaces, as "يوليو/تموز" is written: the slash.
  if (t.tokens[e].start == t.tokens[e - 1].end && t.tokens[e].end == t.tokens[e + 1].start) return e + 1 + len;
  return e;
}

}  // namespace

void EventExtractor::FindDates(const text::Utf8Text& text, const text::Tokens& t, std::string_view published,
                               EventResult* out, const PhraseStarts* starts) const {
  int py = 0, pm = 0, pd = 0;
  bool anchored = ParseIsoDate(published, &py, &pm, &pd);
  ch::sys_days pub{};
  if (anchored) pub = ch::sys_days(Ymd(py, pm, pd));
  const size_t n = t.tokens.size();
  auto emit = [&](size_t b, size_t e, const char* kind) -> DateMention& {
    DateMention dm;
    dm.token_begin = static_cast<uint32_t>(b);
    dm.token_end = static_cast<uint32_t>(e);
    dm.start = t.tokens[b].start;
    dm.end = t.tokens[e - 1].end;
    dm.kind = kind;
    out->dates.push_back(dm);
    return out->dates.back();
  };
  auto day_of = [&](DateMention& dm, ch::sys_days d) {
    dm.date = dm.end_date = Iso(ch::year_month_day(d));
    dm.precision = "day";
    dm.resolved = true;
  };
  auto range_of = [&](DateMention& dm, ch::sys_days a, ch::sys_days b, const char* precision) {
    dm.date = Iso(ch::year_month_day(a));
    dm.end_date = Iso(ch::year_month_day(b));
    dm.precision = precision;
    dm.resolved = true;
  };
  auto month_range = [&](DateMention& dm, int y, int m) {
    ch::year_month ym = ch::year(y) / ch::month(static_cast<unsigned>(m));
    range_of(dm, ch::sys_days(ym / 1), ch::sys_days(ym / ch::last), "month");
  };
  // For every token, the bits of the date words its key or a proclitic stem equals
  // (KeyIs(t, i, words) == (bits[i] & Bits(words)) != 0), and kMonthWord / kWeekdayWord.
  std::optional<PhraseStarts> own;
  if (!starts) starts = &own.emplace(d_, t);
  // A pointer, not the vector: the loop's stores (mentions pushed back) would make the
  // compiler reload the vector's data pointer at each of the twenty tests per token.
  const TokenFacts* const* const words = starts->facts();
  auto is = [&](size_t j, uint64_t bits) { return j < n && (words[j]->date_bits & bits) != 0; };
  // Hijri dates (text::HijriToGregorian: Umm al-Qura), the indexes of their mentions in
  // out->dates: the pass after the loop joins a day's weekday and its Gregorian name to them.
  std::vector<uint32_t> hijri_days;
  auto punct_is = [&](size_t j, std::initializer_list<std::string_view> marks) {
    if (j >= n || t.tokens[j].kind != text::TokenKind::kPunct) return false;
    const std::string_view p = text.Slice(t.tokens[j].start, t.tokens[j].end);
    for (std::string_view mark : marks)
      if (p == mark) return true;
    return false;
  };
  // The first day of Hijri month m of year y, false when none.
  auto hijri_first = [](int y, int m, int d, ch::sys_days* day) {
    text::GregorianDay g;
    if (!text::HijriToGregorian(y, m, d, &g)) return false;
    *day = ch::sys_days(Ymd(g.year, static_cast<int>(g.month), static_cast<int>(g.day)));
    return true;
  };
  // Hijri months [y1/m1, y2/m2] as one mention [b, e): from the first's first day to the day
  // before the month after the second.
  auto hijri_months = [&](size_t b, size_t e, int y1, int m1, int y2, int m2, const char* precision) {
    ch::sys_days first{}, next{};
    if (!hijri_first(y1, m1, 1, &first) || !hijri_first(m2 == 12 ? y2 + 1 : y2, m2 == 12 ? 1 : m2 + 1, 1, &next))
      return false;
    range_of(emit(b, e, "absolute"), first, next - ch::days(1), precision);
    return true;
  };
  // The year after a Hijri month, "شوال 1436", "شوال 1436هـ", "رمضان من عام 1436هـ", "شوال
  // لعام 1436هـ", "شوال / 1436هـ": its value and the token after it, false when none.
  // The Hijri month holding the publication's day, as (year, month); 0 when unknown. Made on
  // the first relative Hijri month asked ("شوال الجاري").
  int pub_hy = -1, pub_hm = 0;
  auto pub_hijri = [&]() {
    if (pub_hy >= 0) return;
    pub_hy = 0;
    if (!anchored) return;
    const int guess = (py - 622) * 33 / 32;  // the Hijri year is ~32/33 of a Gregorian one
    for (int y = guess - 1; y <= guess + 2 && pub_hy == 0; ++y)
      for (int m = 1; m <= 12; ++m) {
        ch::sys_days first{}, next{};
        if (hijri_first(y, m, 1, &first) && hijri_first(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1, &next) &&
            first <= pub && pub < next) {
          pub_hy = y, pub_hm = m;
          break;
        }
      }
  };
  // The year after a Hijri month, "شوال 1436", "شوال 1436هـ", "رمضان من عام 1436هـ", "شوال
  // لعام 1436هـ", "شوال / 1436هـ", or the month told from the publication's: "شوال الجاري"
  // (this one), "رمضان الماضي" (the last before it), "ذي القعدة المقبل" (the next).
  auto year_after_month = [&](size_t j, int m, int* y, size_t* end) {
    if (const bool now = KeyIs(t, j, {"الجاري", "الحالي"}, false), last = is(j, Bits({"الماضي", "الفايت", "المنصرم"})),
        next = is(j, Bits({"المقبل", "القادم"}));
        now || last || next) {
      pub_hijri();
      if (pub_hy == 0) return false;
      *y = pub_hy - (last && m >= pub_hm) + (next && m <= pub_hm);
      if (now && m != pub_hm) *y = pub_hy;  // "شوال الجاري" in the last days of Ramadan: this year's
      *end = j + 1;
      return true;
    }
    if (punct_is(j, {"/"})) ++j;
    if (j + 1 < n && t.Key(j) == "\xD9\x85\xD9\x86" && is(j + 1, Bits({"عام", "العام", "سنه"}))) j += 2;  // من
    else if (is(j, Bits({"عام", "العام", "سنه"}))) ++j;
    bool marked = false;
    const size_t len = HijriYearAt(t, j, y, &marked);
    *end = j + len;
    return len > 0;
  };
  // The Hijri date that starts at token i, emitted; the token after it, 0 when none starts
  // there. A day or a month needs its year: "1436" alone is none (nor a Hijri year without its
  // era, "عام 1436"), nor is "شوال", "رمضان" or "رجب" alone (a month, or a man's name).
  auto hijri = [&](size_t i) -> size_t {
    const text::Token& tok = t.tokens[i];
    int a = 0, b = 0, c = 0, y = 0;
    size_t ml = 0, e = 0;
    bool marked = false;
    auto day = [&](size_t begin, size_t end, int hy, int hm, int hd) -> size_t {
      ch::sys_days d{};
      if (!hijri_first(hy, hm, hd, &d)) return 0;
      hijri_days.push_back(static_cast<uint32_t>(out->dates.size()));
      day_of(emit(begin, end, "absolute"), d);
      return end;
    };
    if (tok.kind == text::TokenKind::kNumber) {
      // "4/8/1436", "9/9/1436هـ", "10/4/ 1436هـ", "12 - 7 - 1432هـ": day, month, year; a year
      // of the 1400s, or of 1300-1500 with its era. "1436/8/4": year, month, day.
      if (i + 4 < n && punct_is(i + 1, {"/", "-", "."}) && punct_is(i + 3, {"/", "-", "."}) &&
          IsNum(t, i + 2, &b, 1, 12)) {
        if (IsNum(t, i, &a, 1, 30)) {
          if (const size_t yl = HijriYearAt(t, i + 4, &y, &marked); yl && (marked || y >= 1400))
            if (size_t end = day(i, i + 4 + yl, y, b, a)) return end;
        } else if (IsNum(t, i, &a, 1400, 1499) && IsNum(t, i + 4, &c, 1, 30)) {
          if (size_t end = day(i, i + 5, a, b, c)) return end;
        }
      }
      // "16 شوال 1436هـ", "10/شوال / 1436هـ": a day, a Hijri month, its year.
      if (IsNum(t, i, &a, 1, 30)) {
        const size_t j = punct_is(i + 1, {"/"}) ? i + 2 : i + 1;
        if (const int m = is(j, kHijriMonthWord) ? HijriMonthAt(t, j, &ml) : 0; m && year_after_month(j + ml, m, &y, &e))
          if (size_t end = day(i, e, y, m, a)) return end;
      }
    }
    // "الأول من شوال 1436هـ", "الحادي والعشرين من رمضان 1436".
    if ((is(i + 2, kHijriMonthWord) || is(i + 3, kHijriMonthWord)) && tok.kind != text::TokenKind::kPunct) {
      size_t day_len = 0;
      if (const int m = DayOfMonthWithMin(t, i, &a, &day_len, &ml, HijriMonthAt); m && a <= 30 &&
          year_after_month(i + day_len + ml, m, &y, &e))
        if (size_t end = day(i, e, y, m, a)) return end;
    }
    // "شوال 1436", "رجب 1436هـ", "رمضان من عام 1436هـ": a month.
    if (const int m = is(i, kHijriMonthWord) ? HijriMonthAt(t, i, &ml) : 0; m && year_after_month(i + ml, m, &y, &e))
      return hijri_months(i, e, y, m, y, m, "month") ? e : 0;
    // "عام 1436هـ", "1436هـ", "1436 هـ", "1434 - 1435هـ" (a fiscal year's two): a year with its era.
    // Not the year of a numeric date cut by a slip ("٨/ /١٠ /١٤٣٦هـ"): that is no year's news.
    size_t j = i;
    if (is(i, Bits({"عام", "العام", "سنه"}))) ++j;
    if (const size_t yl = HijriYearAt(t, j, &y, &marked); yl && marked && !(j == i && punct_is(i - 1, {"/", "-"})))
      return hijri_months(i, j + yl, y, 1, y, 12, "year") ? j + yl : 0;
    if (j == i && IsNum(t, i, &a, 1300, 1499) && punct_is(i + 1, {"/", "-"}))
      if (const size_t yl = HijriYearAt(t, i + 2, &y, &marked); yl && marked && y == a + 1)
        return hijri_months(i, i + 2 + yl, a, 1, y, 12, "year") ? i + 2 + yl : 0;
    return 0;
  };
  for (size_t i = 0; i < n; ++i) {
    if (!MayStartDate(t, i, words[i]->date_bits)) continue;
    int a = 0, b = 0, c = 0;
    size_t ml = 0;
    // yyyy/mm/dd, dd/mm/yyyy (also with '-' or '.').
    if (i + 4 < n && t.tokens[i + 1].kind == text::TokenKind::kPunct && t.tokens[i + 3].kind == text::TokenKind::kPunct &&
        IsNum(t, i, &a, 1, 9999) && IsNum(t, i + 2, &b, 1, 31) && IsNum(t, i + 4, &c, 1, 9999)) {
      int y = 0, m = 0, d = 0;
      if (a >= 1900 && b <= 12) y = a, m = b, d = c;
      else if (c >= 1900 && b <= 12) y = c, m = b, d = a;
      ch::year_month_day ymd = Ymd(y, m, d);
      if (y && ymd.ok()) {
        day_of(emit(i, i + 5, "absolute"), ch::sys_days(ymd));
        i += 4;
        continue;
      }
    }
    // Hijri dates: at a number, a number glued to its era ("1436هـ"), a Hijri month's name, an
    // ordinal day before one, or "عام".
    if (t.tokens[i].kind == text::TokenKind::kNumber || t.tokens[i].glue == 4 ||
        (words[i]->date_bits & (kHijriMonthWord | kStartWord | Bits({"عام", "العام", "سنه"}))) != 0)
      if (const size_t e = hijri(i)) {
        i = e - 1;
        continue;
      }
    // 15 تشرين الأول 2017 / 15 October 2017 / 15 أكتوبر / السادس من أغسطس / 15 من أغسطس
    size_t day_len = 1;
    // "13th October", "the 13th of October" too.
    const bool day_num = IsDayNum(t, i, &a);
    if (day_num && KeyIs(t, i + 1, {"of"}, false) && t.tokens[i].kind == text::TokenKind::kWord && is(i + 2, kMonthWord))
      day_len = 2;
    // "قصر 22 مايو", "ثورة 25 يناير", "قوى 14 آذار", "شارع 26 يوليو": a day and a month after
    // the noun of a building, a street, a movement or a unit name it, no date.
    static const WordSet kNamedFor{"قصر",  "ساحه", "جامعه", "مستشفي", "مدرسه", "ثوره", "حركه", "قوي",   "مجمع",
                                   "ملعب", "ميدان", "شارع", "جسر",    "تيار",  "تحالف", "لوا",  "كتيبه", "مدينه"};
    const bool named_for = day_num && i > 0 && KeyIs(t, i - 1, kNamedFor);
    if (int m = day_num && !named_for && is(i + day_len, kMonthWord) ? MonthAt(t, i + day_len, &ml) : 0;
        m || (!named_for && (day_len = 1, (m = DayOfMonthWithMin(t, i, &a, &day_len, &ml)) != 0))) {
      const size_t after_month = PastMonthInBrackets(t, i + day_len + ml);
      size_t e = after_month;
      int y = 0;
      // The year, also with its era's letter ("1 أغسطس 2015م").
      const bool has_year = IsNum(t, e, &y, 1900, 2100) || GregorianYear(t, e, &y);
      if (has_year) ++e;
      else if (anchored) y = py;
      auto& dm = emit(i, e, "absolute");
      // "9 يونيو" in a January article is last June: a date with no year is not after the
      // publication.
      if (!has_year && anchored && Ymd(y, m, a).ok() &&
          ch::sys_days(Ymd(y, m, a)) > pub + ch::days(1))
        y = py - 1;
      ch::year_month_day ymd = Ymd(y, m, a);
      if (y && ymd.ok()) day_of(dm, ch::sys_days(ymd));
      else dm.precision = "day";
      i = e - 1;
      continue;
    }
    // "1994 - مواجهات في منطقة قزوين": a chronology's line opens on its year and a dash or colon
    // (after a line break or a full stop: "... بختيار. 1994 - مواجهات").
    auto opens = [&] {
      if (i == 0 || t.tokens[i].Has(text::kNewlineBefore)) return true;
      if (t.tokens[i - 1].kind != text::TokenKind::kPunct) return false;
      const std::string_view p = text.Slice(t.tokens[i - 1].start, t.tokens[i - 1].end);
      return p == "." || p == "\xD8\x9F" || p == "!";  // . ؟ !
    };
    if (t.tokens[i].kind == text::TokenKind::kNumber && opens() && i + 1 < n &&
        t.tokens[i + 1].kind == text::TokenKind::kPunct && IsNum(t, i, &a, 1900, 2100)) {
      range_of(emit(i, i + 1, "absolute"), ch::sys_days(ch::year(a) / 1 / 1), ch::sys_days(ch::year(a) / 12 / 31),
               "year");
      continue;
    }
    // October 15, 2017 / October 2017 / تشرين الأول 2017
    if (int m = is(i, kMonthWord) ? MonthAt(t, i, &ml) : 0; m && (i == 0 || !IsDayNum(t, i - 1, &a))) {
      size_t e = PastMonthInBrackets(t, i + ml);
      int d = 0, y = 0;
      if (IsDayNum(t, e, &d)) {
        size_t e2 = e + 1;
        if (e2 < n && t.Key(e2).empty()) ++e2;  // the comma
        if (IsNum(t, e2, &y, 1900, 2100) || IsNum(t, e2 + 1, &y, 1900, 2100)) {
          if (!IsNum(t, e2, &y, 1900, 2100)) ++e2;
          ch::year_month_day ymd = Ymd(y, m, d);
          if (ymd.ok()) {
            day_of(emit(i, e2 + 1, "absolute"), ch::sys_days(ymd));
            i = e2;
            continue;
          }
        } else {
          // "on June 19" with no year: the latest such day on or before the publication (as
          // "9 يونيو" above).
          y = py;
          if (anchored && Ymd(y, m, d).ok() && ch::sys_days(Ymd(y, m, d)) > pub + ch::days(1)) y = py - 1;
          auto& dm = emit(i, e + 1, "absolute");
          if (anchored && Ymd(y, m, d).ok()) day_of(dm, ch::sys_days(Ymd(y, m, d)));
          else dm.precision = "day";
          i = e;
          continue;
        }
      } else if (IsNum(t, e, &y, 1900, 2100)) {
        month_range(emit(i, e + 1, "absolute"), y, m);
        i = e;
        continue;
      } else if (KeyIs(t, e, {"عام", "العام", "سنه"}, false) && IsNum(t, e + 1, &y, 1900, 2100)) {
        // "في شهر يوليو عام 1988"
        month_range(emit(i, e + 2, "absolute"), y, m);
        i = e + 1;
        continue;
      }
      // "في أبريل", "منتصف يونيو", "in April": a month with no year is the latest such
      // month on or before the publication (a month after it would be news of the future).
      // "في" reads "وفي", "ففي" too (ConjParticleStem); "فبراير الماضي" (last February)
      // names the month whatever comes before it.
      const bool cue = i > 0 && (KeyIs(t, i - 1, {"في", "منتصف", "مطلع", "اوايل", "اواخر", "اواسط", "نهايه",
                                                  "بدايه", "شهر", "خلال", "منذ", "حتي"}) ||
                                 KeyIs(t, i + ml, {"الماضي", "الفايت", "المنصرم"}, false) ||
                                 t.Key(i - 1) == "in" || t.Key(i - 1) == "since" || t.Key(i - 1) == "mid" ||
                                 t.Key(i - 1) == "early" || t.Key(i - 1) == "late");
      // "في اب" is as often Ibb, the Yemeni town and province ("سيطرت على 6 مديريات في اب"):
      // آب is a month after a word of its own ("شهر آب", "مطلع آب"), not after a preposition.
      const bool ibb = t.Key(i) == "اب" && KeyIs(t, i - 1, {"في", "خلال", "منذ", "حتي"});
      if (cue && anchored && !ibb &&
          !(AmbiguousMonth(t, i) && t.tokens[i].script != text::Script::kArabic &&
            !t.tokens[i].Has(text::kCapitalized))) {
        const int y = m <= pm ? py : py - 1;
        month_range(emit(i, i + ml, "absolute"), y, m);
        i += ml - 1;
        continue;
      }
    }
    // "قبل شهرين", "قبل أسبوع", "قبل عامين": a time ago, in the unit's precision.
    if (anchored && is(i, Bits({"قبل"})) && i + 1 < n) {
      std::string_view u = t.Key(i + 1);
      int back_days = 0, back_months = 0;
      if (u == "اسبوع") back_days = 7;
      else if (u == "اسبوعين") back_days = 14;
      else if (u == "شهر") back_months = 1;
      else if (u == "شهرين") back_months = 2;
      else if (u == "عام" || u == "سنه") back_months = 12;
      else if (u == "عامين" || u == "سنتين") back_months = 24;
      // "وقبل عقد من الآن كانت جرائم الكراهية ... أكثر شيوعا": a decade ago, its year.
      // Not "قبل عقد المؤتمر" (before holding the conference).
      if (u == "عقدين" || (u == "عقد" && (i + 2 >= n || t.tokens[i + 2].kind == text::TokenKind::kPunct ||
                                          KeyIs(t, i + 2, {"من", "تقريبا", "كامل", "ونصف", "مضي"}, false)))) {
        auto& dm = emit(i, i + 2, "relative");
        const int y = py - (u == "عقد" ? 10 : 20);
        range_of(dm, ch::sys_days(ch::year(y) / 1 / 1), ch::sys_days(ch::year(y) / 12 / 31), "year");
        i += 1;
        continue;
      }
      if (back_days) {
        auto& dm = emit(i, i + 2, "relative");
        range_of(dm, pub - ch::days(back_days), pub - ch::days(back_days), "week");
        i += 1;
        continue;
      }
      if (back_months) {
        auto& dm = emit(i, i + 2, "relative");
        auto ym = (ch::year(py) / ch::month(static_cast<unsigned>(pm))) - ch::months(back_months);
        month_range(dm, static_cast<int>(ym.year()), static_cast<int>(static_cast<unsigned>(ym.month())));
        i += 1;
        continue;
      }
    }
    // Relative expressions.
    std::string_view k = t.Key(i);
    auto rel = [&](size_t e, int days) {
      auto& dm = emit(i, e, "relative");
      if (anchored) day_of(dm, pub + ch::days(days));
      else dm.precision = "day";
      i = e - 1;
    };
    // "اليوم الجمعة", "أمس الخميس", "مساء الأربعاء": the weekday dates it (below); an article
    // published after midnight still says "today" of the day before.
    // Also in brackets: "اليوم (الاثنين)", "أمس (الخميس)".
    const size_t after = i + 2 < n && t.tokens[i + 1].kind == text::TokenKind::kPunct &&
                                 text.Slice(t.tokens[i + 1].start, t.tokens[i + 1].end) == "("
                             ? i + 2
                             : i + 1;
    const bool weekday_next = after < n && is(after, kWeekdayWord);
    // "أمس الأول الاثنين", "أول من أمس (الجمعة)": the weekday dates it, as after "أمس" (a
    // paper a day late counts the days from the day it was written): one mention from `i` to
    // the weekday, the latest such day on or before the publication. `j` is the token after
    // the day before yesterday's words; false when no weekday is there.
    auto weekday_at = [&](size_t j) {
      if (j + 1 < n && t.tokens[j].kind == text::TokenKind::kPunct && text.Slice(t.tokens[j].start, t.tokens[j].end) == "(")
        ++j;
      const uint64_t* w = j < n && is(j, kWeekdayWord) ? WeekdayTable().Find(t.Key(j)) : nullptr;
      if (!w) return false;
      auto& dm = emit(i, j + 1, "relative");
      if (anchored) {
        const int back = (static_cast<int>(ch::weekday(pub).c_encoding()) - static_cast<int>(*w) + 7) % 7;
        day_of(dm, pub - ch::days(back));
      } else {
        dm.precision = "day";
      }
      i = j;
      return true;
    };
    // "أول أمس", "أول من أمس": the day before yesterday, as "أمس الأول".
    if (k.ends_with("\xD8\xA7\xD9\x88\xD9\x84") && KeyIs(t, i, {"\xD8\xA7\xD9\x88\xD9\x84"})) {  // (و)اول
      const size_t y = i + 1 < n && t.Key(i + 1) == "\xD9\x85\xD9\x86" ? i + 2 : i + 1;  // من
      if (y < n && is(y, Bits({"امس"}))) {
        if (weekday_at(y + 1)) continue;
        rel(y + 1, -2);
        continue;
      }
    }
    // "في أمسّ الحاجة": the superlative of مسّ (most in need), not yesterday; its shadda,
    // where the writer gave it, or the noun after it says so.
    if (is(i, Bits({"امس"})) && (text.Slice(t.tokens[i].start, t.tokens[i].end).find("\xD9\x91") != std::string_view::npos ||
                                 KeyIs(t, i + 1, {"الحاجه", "حاجه"}, false)))
      continue;
    if (is(i, Bits({"امس", "الامس"})) && !weekday_next) {
      if (is(i + 1, Bits({"الاول"})) && weekday_at(i + 2)) continue;
      if (is(i + 1, Bits({"الاول"}))) rel(i + 2, -2);
      else rel(i + 1, -1);
      continue;
    }
    // «اليوم», "اليوم": a name between quotes, not today: the paper Al-Yaum ("وأكد في حديث
    // لـ«اليوم»", "وقالوا لـ"اليوم": إن"), a programme, a column. The quotes touch it: today
    // between two quoted names has its spaces ("على “فيسبوك” اليوم “بدء تنفيذ قرار").
    if (is(i, Bits({"اليوم"})) && i > 0 && punct_is(i - 1, {"\"", "\xC2\xAB", "\xE2\x80\x9C", "\xE2\x80\x9D"}) &&
        punct_is(i + 1, {"\"", "\xC2\xBB", "\xE2\x80\x9D", "\xE2\x80\x9C"}) &&
        t.tokens[i - 1].end == t.tokens[i].start && t.tokens[i].end == t.tokens[i + 1].start)
      continue;
    // "الليلة الماضية" (last night) is yesterday's night, "الليلة قبل الماضية" (the night
    // before last) the day before's, as "أمس" and "أول أمس" are: "وكانت العاصمة اليمنية شهدت،
    // الليلة قبل الماضية، انفجارين" (Sanaa's car bomb of the evening of Monday 20 Jul 2015 in a
    // paper of the 22nd).
    if (is(i, Bits({"الليله", "ليله"}))) {
      const size_t before = KeyIs(t, i + 1, {"قبل"}, false) ? i + 2 : i + 1;
      if (KeyIs(t, before, {"الماضيه"}, false)) {
        rel(before + 1, before == i + 1 ? -1 : -2);
        continue;
      }
    }
    // "عين اليوم – القاهرة": the outlet Ain Al-Youm's dateline (its name, then a dash and the
    // city), not today.
    if (is(i, Bits({"اليوم"})) && i > 0 && KeyIs(t, i - 1, {"عين"}, false) &&
        punct_is(i + 1, {"-", "\xE2\x80\x93", "\xE2\x80\x94"}))
      continue;
    // "لكامل اليوم", "طوال اليوم", "على مدار اليوم": a whole day, any day, not today.
    if (is(i, Bits({"اليوم"})) && i > 0 && KeyIs(t, i - 1, {"كامل", "طوال", "طيله", "مدار"})) continue;
    // "مثل هذا اليوم" ("such a day", "this day of a year past"): any day like it, not today.
    if (is(i, Bits({"اليوم"})) && i > 1 && KeyIs(t, i - 1, {"هذا"}) && KeyIs(t, i - 2, {"مثل", "بمثل", "لمثل"})) continue;
    if ((is(i, Bits({"اليوم"})) && !weekday_next) || k == "today") {
      // "في اليوم الأول", "اليوم التالي", "اليوم نفسه": a day of the story, not today.
      if (k != "today" && i + 1 < n &&
          (is(i + 1, Bits({"الاول"})) ||
           KeyIs(t, i + 1, {"الثاني", "الثالث", "الرابع", "الخامس", "الاخير", "التالي", "السابق", "نفسه", "ذاته",
                            "ذلك", "الذي", "التي"}, false)))
        continue;
      rel(i + 1, 0);
      continue;
    }
    if (k == "yesterday") {
      rel(i + 1, -1);
      continue;
    }
    // "غدا الخميس", "غدا (الخميس)": one mention, the first such day on or after the publication
    // (alone the weekday would be the latest such day before it, a week back). A paper a day
    // late says "غدا الأحد" of its own date.
    if (is(i, Bits({"غدا"})) && weekday_next) {
      const uint64_t* w = WeekdayTable().Find(t.Key(after));
      auto& dm = emit(i, after + 1, "relative");
      if (anchored && w) {
        const int ahead = (static_cast<int>(*w) - static_cast<int>(ch::weekday(pub).c_encoding()) + 7) % 7;
        day_of(dm, pub + ch::days(ahead));
      } else {
        dm.precision = "day";
      }
      i = after;
      continue;
    }
    if (is(i, Bits({"غدا"})) || k == "tomorrow") {
      rel(i + 1, 1);
      continue;
    }
    if (is(i, Bits({"صباح", "مسا", "ظهر", "فجر"})) && is(i + 1, Bits({"الغد", "غد"}))) {
      rel(i + 2, 1);
      continue;
    }
    // "قبل يومين على الانتخابات", "قبل ثلاثة أيام من الهجوم": before another day, not ago.
    auto before_another = [&](size_t e) { return is(i, Bits({"قبل"})) && KeyIs(t, e, {"علي", "من"}, false); };
    if (is(i, Bits({"منذ", "قبل"})) && is(i + 1, Bits({"يومين"})) && !before_another(i + 2)) {
      rel(i + 2, -2);
      continue;
    }
    if ((is(i, Bits({"منذ", "قبل"}))) && (IsNum(t, i + 1, &a, 1, 60) || SmallCountWord(t, i + 1, &a)) &&
        is(i + 2, Bits({"ايام", "يوما", "اشهر", "شهور", "سنوات"})) && !before_another(i + 3)) {
      std::string_view u = t.Key(i + 2);
      auto& dm = emit(i, i + 3, "relative");
      if (u == "ايام" || u == "يوما") {
        if (anchored) day_of(dm, pub - ch::days(a));
        else dm.precision = "day";
      } else if (anchored) {
        auto ym = (ch::year(py) / ch::month(static_cast<unsigned>(pm))) - ch::months(u == "سنوات" ? 12 * a : a);
        month_range(dm, static_cast<int>(ym.year()), static_cast<int>(static_cast<unsigned>(ym.month())));
      }
      i += 2;
      continue;
    }
    if (IsNum(t, i, &a, 1, 60) && i + 2 < n && (t.Key(i + 1) == "days") && t.Key(i + 2) == "ago") {
      rel(i + 3, -a);
      continue;
    }
    if (is(i, Bits({"بعد", "خلال"})) && is(i + 1, Bits({"مرور"})) && IsNum(t, i + 2, &a, 1, 999) && i + 3 < n) {
      emit(i, i + 4, "duration");  // "after 4 months": the start is not in the text
      i += 3;
      continue;
    }
    // "الأسبوع الماضي", "last month", "العام المنصرم": the span before the publication's;
    // "الأسبوع المقبل", "الشهر القادم", "next year": the span after it (what is planned for it
    // has not happened).
    const bool last_ar = is(i + 1, Bits({"الماضي", "الماضيه", "المنصرم", "الفايت"}));
    const bool next_ar = is(i + 1, Bits({"المقبل", "المقبله", "القادم", "القادمه"}));
    const bool last_en = k == "last" && i + 1 < n, next_en = k == "next" && i + 1 < n;
    if (last_ar || next_ar || last_en || next_en) {
      const int dir = last_ar || last_en ? -1 : 1;
      const bool ar = last_ar || next_ar;
      const std::string_view unit = ar ? k : t.Key(i + 1);
      const char* span = nullptr;
      if (ar ? is(i, Bits({"الاسبوع"})) : unit == "week")
        span = "week";
      else if (ar ? is(i, Bits({"الشهر"})) : unit == "month")
        span = "month";
      else if (ar ? is(i, Bits({"العام", "السنه"})) : unit == "year")
        span = "year";
      if (span != nullptr) {
        auto& dm = emit(i, i + 2, "relative");
        if (anchored && span[0] == 'w')
          range_of(dm, pub + ch::days(dir < 0 ? -7 : 1), pub + ch::days(dir < 0 ? -1 : 7), "week");
        if (anchored && span[0] == 'm') {
          auto ym = (ch::year(py) / ch::month(static_cast<unsigned>(pm))) + ch::months(dir);
          month_range(dm, static_cast<int>(ym.year()), static_cast<int>(static_cast<unsigned>(ym.month())));
        }
        if (anchored && span[0] == 'y')
          range_of(dm, ch::sys_days(ch::year(py + dir) / 1 / 1), ch::sys_days(ch::year(py + dir) / 12 / 31), "year");
        i += 1;
        continue;
      }
    }
    // Weekdays: "يوم الجمعة (الماضي)", "الاثنين الماضي", "on Friday", "last Friday".
    {
      size_t wi = i, b = i;
      bool cue = false;
      if (is(i, Bits({"يوم", "اليوم", "امس", "الامس", "مسا", "صباح", "فجر", "ظهر", "ليل", "ليله", "عصر"})) &&
          i + 1 < n)
        wi = after, cue = true;
      // The weekdays that are no other word stand alone: "وذكرت الوكالة الأربعاء أن".
      // With و ("والثلاثاء استهدف انفجار خط أنابيب غاز").
      if (!cue && is(i, kWeekdayWord) &&
          KeyIs(t, i, {"الثلاثا", "الاربعا", "الخميس", "السبت", "والثلاثا", "والاربعا", "والخميس", "والسبت"}, false))
        cue = true;
      // So do Monday and Sunday ("قصف طيران التحالف الاثنين مواقع", "وقالت القوات الاحد إنها")
      // but where they are "the two" and "the One" ("بين الاثنين", "كلا الاثنين", "الاثنين معا",
      // "الواحد الاحد").
      if (!cue && is(i, kWeekdayWord) && KeyIs(t, i, {"الاثنين", "الاحد"}, false) &&
          !(i > 0 && KeyIs(t, i - 1, {"بين", "من", "كلا", "هذين", "هذان", "الواحد", "عن"}, false)) &&
          // "السبت الاحد", a wire copy's slip: the first; not a night between two days ("ليل
          // الأحد الاثنين", dated by the second as before).
          !(i > 1 && is(i - 1, kWeekdayWord) && !KeyIs(t, i - 2, {"ليل", "ليله", "مسا", "فجر"}, false)) &&
          !(i + 1 < n && KeyIs(t, i + 1, {"معا", "منهما", "منهم"}, false)))
        cue = true;
      // And Friday, but where it is the prayer ("صلاة الجمعة", "خطبة الجمعة"): "تفجير انتحاري
      // وقع الجمعة في سوق منطقة خان بني سعد".
      // Not a Friday named otherwise: "الجمعة 26 يونيو" (its date follows), "الجمعة الرمضانية
      // الثانية".
      if (!cue && is(i, kWeekdayWord) && KeyIs(t, i, {"الجمعه", "والجمعه"}, false) &&
          !(i > 0 && KeyIs(t, i - 1, {"صلاه", "خطبه", "خطيب", "صلوات", "ادا", "صلاتي"}, false)) &&
          !(i + 1 < n && (t.tokens[i + 1].kind == text::TokenKind::kNumber ||
                          (t.Key(i + 1).starts_with("\xD8\xA7\xD9\x84") &&  // ال
                           !is(i + 1, Bits({"الماضي", "الماضيه", "المنصرم", "الفايت"}))))))
        cue = true;
      if ((k == "on" || k == "last") && i + 1 < n) wi = i + 1, cue = true;
      int wd = is(wi, kWeekdayWord) ? WeekdayAt(t, wi) : -1;
      if (wd >= 0) {
        bool past = is(wi + 1, Bits({"الماضي", "الماضيه", "المنصرم", "الفايت"})) || k == "last";
        // "الخميس المقبل", "السبت القادم": the next such day after the publication.
        const bool coming = is(wi + 1, Bits({"المقبل", "المقبله", "القادم", "القادمه"}));
        bool latin_cap = t.tokens[wi].Has(text::kCapitalized);
        if (cue || past || latin_cap || coming) {
          size_t e = wi + 1 + (is(wi + 1, Bits({"الماضي", "الماضيه", "المنصرم", "الفايت"})) || coming ? 1 : 0);
          // "ليل الأربعاء الخميس": the night between two days is one date, the second's (as the
          // second weekday alone dates it), not two that set the clause's readings apart.
          if (wi != i && e == wi + 1 && e < n && KeyIs(t, i, {"ليل", "ليله"}, false) && is(e, kWeekdayWord))
            if (const uint64_t* w = WeekdayTable().Find(t.Key(e))) wd = static_cast<int>(*w), e += 1;
          auto& dm = emit(b, e, "relative");
          if (anchored) {
            unsigned pwd = ch::weekday(pub).c_encoding();
            int back = (static_cast<int>(pwd) - wd + 7) % 7;
            if (back == 0 && past) back = 7;
            if (coming) back = -((wd - static_cast<int>(pwd) + 6) % 7 + 1);  // 1 to 7 days ahead
            day_of(dm, pub - ch::days(back));
          } else {
            dm.precision = "day";
          }
          i = e - 1;
          continue;
        }
      }
    }
    // "صيف 2014", "في صيف عام 2014", "summer 2014", "the summer of 2014": a season of a year,
    // its three months (winter: the year's first two).
    {
      static const WordTable kSeasonTable(std::vector<std::pair<std::string_view, uint64_t>>(std::begin(kSeasons),
                                                                                         std::end(kSeasons)));
      const uint64_t* season = t.tokens[i].key_len > 0 ? kSeasonTable.Find(k) : nullptr;
      size_t y = i + 1;
      if (season && y < n && (t.Key(y) == "of" || is(y, Bits({"عام", "سنه"})))) ++y;
      if (season && (IsNum(t, y, &a, 1900, 2100) || GregorianYear(t, y, &a))) {
        auto& dm = emit(i, y + 1, "absolute");
        const unsigned first = static_cast<unsigned>(*season), last = first == 1 ? 2 : first + 2;
        range_of(dm, ch::sys_days(ch::year(a) / ch::month(first) / 1),
                 ch::sys_days(ch::year(a) / ch::month(last) / ch::last), "month");
        i = y;
        continue;
      }
    }
    // "عام 2017", "in 2017", "عام 1896م": a year.
    if ((is(i, Bits({"عام", "العام", "سنه"})) || k == "in") &&
        (IsNum(t, i + 1, &a, 1900, 2100) || GregorianYear(t, i + 1, &a))) {
      auto& dm = emit(i, i + 2, "absolute");
      range_of(dm, ch::sys_days(ch::year(a) / 1 / 1), ch::sys_days(ch::year(a) / 12 / 31), "year");
      i += 1;
      continue;
    }
    // "1896م" alone, and the entries of an almanac ("حدث في مثل هذا اليوم"): a line that
    // begins with a year and a dash ("1944 - الحرب العالمية الثانية: بداية إعدام ...").
    const bool line_start = i == 0 || t.tokens[i].Has(text::kNewlineBefore);
    // And after "في" at a phrase's end ("عند السفارة في أنقرة في 2013، الذي أدى لقتل حارس"):
    // a count after "في" is followed by its noun ("في 2000 قرية").
    const bool in_year = i > 0 && t.tokens[i].kind == text::TokenKind::kNumber &&
                         (t.Key(i - 1) == "\xD9\x81\xD9\x8A" || t.Key(i - 1) == "\xD9\x88\xD9\x81\xD9\x8A") &&  // في وفي
                         (i + 1 >= n || t.tokens[i + 1].kind == text::TokenKind::kPunct) && IsNum(t, i, &a, 1900, 2100);
    if (in_year || GregorianYear(t, i, &a) ||
        (line_start && t.tokens[i].kind == text::TokenKind::kNumber && i + 1 < n && t.Key(i + 1).empty() &&
         text.Slice(t.tokens[i + 1].start, t.tokens[i + 1].end) == "-" && IsNum(t, i, &a, 1000, anchored ? py : 2100))) {
      auto& dm = emit(i, i + 1, "absolute");
      range_of(dm, ch::sys_days(ch::year(a) / 1 / 1), ch::sys_days(ch::year(a) / 12 / 31), "year");
      continue;
    }
  }
  // A Hijri day's other names: only documents with one pay for this.
  if (hijri_days.empty()) return;
  auto& ds = out->dates;
  std::vector<char> drop(ds.size(), 0);
  auto day_of_mention = [](const DateMention& dm, ch::sys_days* d) {
    int y = 0, m = 0, dd = 0;
    if (!ParseIsoDate(dm.date, &y, &m, &dd)) return false;
    *d = ch::sys_days(Ymd(y, m, dd));
    return true;
  };
  auto list_punct = [&](size_t j) { return punct_is(j, {"\xD8\x8C", ",", "(", ")", "-"}); };  // ، , ( ) -
  for (size_t k = 0; k < hijri_days.size(); ++k) {
    const uint32_t h = hijri_days[k];
    DateMention& dm = ds[h];
    ch::sys_days day{};
    if (!day_of_mention(dm, &day)) continue;
    // "صباح يوم الجمعة 4/8/1436", "الخميس، 16 شوال 1436هـ": the weekday right before the date
    // is the date's own, one mention with it (the weekday's own mention, counted back from the
    // publication, goes). A writer who begins the month by the moon's sighting may be a day off
    // Umm al-Qura (Saudi Arabia's Eid al-Adha of 1436, Thursday 10 ذو الحجة, is Wednesday by
    // it): the weekday says which day.
    size_t w = dm.token_begin;
    while (w > 0 && dm.token_begin - w < 2 && list_punct(w - 1)) --w;
    if (w > 0 && is(w - 1, kWeekdayWord)) {
      if (const int wd = WeekdayAt(t, w - 1); wd >= 0) {
        const int have = static_cast<int>(ch::weekday(day).c_encoding());
        if ((have + 1) % 7 == wd) day += ch::days(1);
        else if ((wd + 1) % 7 == have) day -= ch::days(1);
        if (h > 0 && ds[h - 1].kind == "relative"sv && ds[h - 1].token_end == w) {
          drop[h - 1] = 1;
          dm.token_begin = ds[h - 1].token_begin;
          dm.start = ds[h - 1].start;
        } else {
          dm.token_begin = static_cast<uint32_t>(w - 1);
          dm.start = t.tokens[w - 1].start;
        }
      }
    }
    // "16 شوال 1436هـ الموافق 1 أغسطس 2015م", "1 أغسطس 2015 (الموافق 16 شوال 1436هـ)": one day
    // in both calendars. The writer's Gregorian day wins when the two are at most two days
    // apart (a month begun by the sighting); one date, not two that disagree.
    auto linked = [&](const DateMention& first, const DateMention& second) {
      if (first.token_end > second.token_begin || second.token_begin - first.token_end > 4) return false;
      bool muwafiq = false;
      for (size_t j = first.token_end; j < second.token_begin; ++j) {
        if (KeyIs(t, j, {"الموافق", "الموافقه", "موافق", "والموافق"}, false)) muwafiq = true;
        else if (!list_punct(j) && t.Key(j) != "\xD9\x84")  // ل
          return false;
      }
      return muwafiq;
    };
    for (const size_t o : {size_t{h} + 1, size_t{h} - 1}) {
      if (o >= ds.size() || drop[o] || std::binary_search(hijri_days.begin(), hijri_days.end(), o)) continue;
      const DateMention& g = ds[o];
      ch::sys_days gd{};
      if (g.kind != "absolute"sv || g.precision != "day"sv || !day_of_mention(g, &gd)) continue;
      if (!(o > h ? linked(dm, g) : linked(g, dm))) continue;
      if (gd - day <= ch::days(2) && day - gd <= ch::days(2)) day = gd;
      break;
    }
    day_of(dm, day);
  }
  size_t kept = 0;
  for (size_t k = 0; k < ds.size(); ++k)
    if (!drop[k]) {
      if (kept != k) ds[kept] = std::move(ds[k]);
      ++kept;
    }
  ds.resize(kept);
}

}  // namespace marsad::events
