// Publication dates in the forms news archives use, to ISO YYYY-MM-DD (marsad/pubdate.h).
#include "marsad/pubdate.h"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace marsad {

namespace {

namespace ch = std::chrono;

// A cursor over the date string; every Read* advances only on success.
struct Cursor {
  std::string_view s;
  size_t i = 0;
  bool End() const { return i >= s.size(); }
  void Blanks() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  }
  bool Eat(char c) {
    if (i < s.size() && s[i] == c) {
      ++i;
      return true;
    }
    return false;
  }
  // 1..max_digits decimal digits (exactly `exact` when exact > 0).
  bool Digits(int* v, size_t min_digits, size_t max_digits) {
    size_t j = i;
    int x = 0;
    while (j < s.size() && j - i < max_digits && s[j] >= '0' && s[j] <= '9') x = x * 10 + (s[j++] - '0');
    if (j - i < min_digits) return false;
    if (j < s.size() && s[j] >= '0' && s[j] <= '9') return false;  // more digits than allowed
    *v = x;
    i = j;
    return true;
  }
  bool Word(std::string* w) {
    size_t j = i;
    while (j < s.size() && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')) ++j;
    if (j == i) return false;
    w->clear();
    for (size_t k = i; k < j; ++k) w->push_back(static_cast<char>(s[k] | 0x20));
    i = j;
    return true;
  }
};

std::string Iso(int y, int m, int d) {
  char b[16];
  std::snprintf(b, sizeof b, "%04d-%02d-%02d", y, m, d);
  return b;
}

bool ValidDate(int y, int m, int d) {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return ch::year_month_day(ch::year(y), ch::month(static_cast<unsigned>(m)), ch::day(static_cast<unsigned>(d))).ok();
}

// [T| ]HH:MM[:SS[.fff]][ ][AM|PM][Z|UTC|GMT|±HH[:]MM] up to the end of the string.
bool TimeTail(Cursor c, bool allow_ampm) {
  c.Blanks();
  if (c.End()) return true;
  if (!c.Eat('T') && !c.Eat('t') && c.i > 0 && c.s[c.i - 1] != ' ') return false;
  c.Blanks();
  int h = 0, mi = 0, sec = 0;
  if (!c.Digits(&h, 1, 2) || !c.Eat(':') || !c.Digits(&mi, 2, 2)) return false;
  if (c.Eat(':')) {
    if (!c.Digits(&sec, 2, 2)) return false;
    if (c.Eat('.') || c.Eat(',')) {
      int frac = 0;
      if (!c.Digits(&frac, 1, 9)) return false;
    }
  }
  if (h > 24 || mi > 59 || sec > 60) return false;
  c.Blanks();
  std::string w;
  size_t before = c.i;
  if (allow_ampm && c.Word(&w)) {
    if (w == "am" || w == "pm") {
      if (h < 1 || h > 12) return false;
      c.Blanks();
    } else {
      c.i = before;
    }
  }
  if (c.End()) return true;
  if (c.Eat('Z') || c.Eat('z')) {
    c.Blanks();
    return c.End();
  }
  before = c.i;
  if (c.Word(&w)) {
    if (w != "utc" && w != "gmt" && w != "ut") return false;
    c.Blanks();
    if (c.End()) return true;
  }
  if (c.Eat('+') || c.Eat('-')) {
    int oh = 0, om = 0;
    size_t start = c.i;
    if (!c.Digits(&oh, 1, 4)) return false;
    if (c.i - start == 4) {
      om = oh % 100;
      oh /= 100;
    } else if (c.Eat(':') && !c.Digits(&om, 2, 2)) {
      return false;
    }
    if (oh > 14 || om > 59) return false;
    c.Blanks();
    return c.End();
  }
  (void)before;
  return false;
}

// "jul" or "july" (or "sept"); 0 for anything else.
int MonthNumber(const std::string& w) {
  static const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                  "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonths[m];
    if (w == full || w == full.substr(0, 3) || (m == 8 && w == "sept")) return m + 1;
  }
  return 0;
}

bool IsWeekday(const std::string& w) {
  static const char* kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (const char* d : kDays) {
    std::string_view full = d;
    if (w == full || w == full.substr(0, 3)) return true;
  }
  return false;
}

// RFC 2822 zone: +hhmm, -hhmm, UT, GMT, or the obsolete US and military names.
bool Rfc2822Zone(Cursor c) {
  c.Blanks();
  if (c.End()) return true;
  if (c.Eat('+') || c.Eat('-')) {
    int z = 0;
    if (!c.Digits(&z, 4, 4) || z / 100 > 14 || z % 100 > 59) return false;
    c.Blanks();
    return c.End();
  }
  std::string w;
  if (!c.Word(&w)) return false;
  static const char* kZones[] = {"ut", "utc", "gmt", "z", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"};
  bool known = false;
  for (const char* z : kZones) known = known || w == z;
  c.Blanks();
  return known && c.End();
}

// Day Mon Year [HH:MM[:SS]] [zone], after an optional "Tue,"; also "Jul 21, 2015".
bool ParseRfc2822(std::string_view s, int* y, int* m, int* d) {
  Cursor c{s};
  c.Blanks();
  std::string w;
  size_t start = c.i;
  if (c.Word(&w) && IsWeekday(w)) {
    c.Eat('.');
    c.Eat(',');
    c.Blanks();
  } else {
    c.i = start;
  }
  start = c.i;
  if (c.Word(&w) && (*m = MonthNumber(w))) {  // "July 21, 2015" (the English order)
    c.Eat('.');
    c.Blanks();
    if (!c.Digits(d, 1, 2)) return false;
    c.Eat(',');
    c.Blanks();
  } else {
    c.i = start;
    if (!c.Digits(d, 1, 2)) return false;
    c.Blanks();
    if (!c.Word(&w) || !(*m = MonthNumber(w))) return false;
    c.Eat('.');
    c.Eat(',');
    c.Blanks();
  }
  size_t ys = c.i;
  if (!c.Digits(y, 2, 4)) return false;
  if (c.i - ys == 2) *y += *y >= 50 ? 1900 : 2000;  // RFC 2822 §4.3
  else if (c.i - ys == 3) *y += 1900;
  c.Blanks();
  if (c.End()) return true;
  int h = 0, mi = 0, sec = 0;
  if (!c.Digits(&h, 1, 2) || !c.Eat(':') || !c.Digits(&mi, 2, 2)) return false;
  if (c.Eat(':') && !c.Digits(&sec, 2, 2)) return false;
  if (h > 23 || mi > 59 || sec > 60) return false;
  return Rfc2822Zone(c);
}

// YYYY-MM-DD / YYYY/MM/DD / YYYYMMDD, then an optional time.
bool ParseIsoLike(std::string_view s, int* y, int* m, int* d) {
  Cursor c{s};
  c.Blanks();
  if (!c.Digits(y, 4, 8)) return false;
  if (c.i == 8 && *y > 9999) {  // basic format 20150721
    *d = *y % 100;
    *m = *y / 100 % 100;
    *y /= 10000;
  } else if (*y > 9999) {
    return false;
  } else {
    char sep = c.i < s.size() ? s[c.i] : 0;
    if (sep != '-' && sep != '/' && sep != '.') return false;
    ++c.i;
    if (!c.Digits(m, 1, 2) || !c.Eat(sep) || !c.Digits(d, 1, 2)) return false;
  }
  return TimeTail(c, false);
}

// m/d/yy or m/d/yyyy (US order, as most English-language archives write it).
bool ParseUs(std::string_view s, int* y, int* m, int* d) {
  Cursor c{s};
  c.Blanks();
  if (!c.Digits(m, 1, 2) || !c.Eat('/') || !c.Digits(d, 1, 2) || !c.Eat('/')) return false;
  size_t ys = c.i;
  if (!c.Digits(y, 2, 4) || c.i - ys == 3) return false;
  if (c.i - ys == 2) *y += *y >= 69 ? 1900 : 2000;
  return TimeTail(c, true);
}

}  // namespace

Result<std::string> PublishedFromUnixTime(double t) {
  if (!std::isfinite(t) || t < 0) return InvalidInput("not a Unix time: " + std::to_string(t));
  if (t >= 1e11) t /= 1000;  // milliseconds (1e11 s is the year 5138)
  if (t >= 253402300800.0) return InvalidInput("Unix time past the year 9999");
  auto days = ch::floor<ch::days>(ch::sys_seconds(ch::seconds(static_cast<long long>(t))));
  ch::year_month_day ymd(days);
  int y = static_cast<int>(ymd.year());
  if (y < 1000) return InvalidInput("Unix time before the year 1000");
  return Iso(y, static_cast<int>(static_cast<unsigned>(ymd.month())), static_cast<int>(static_cast<unsigned>(ymd.day())));
}

Result<std::string> NormalizePublished(std::string_view s) {
  auto bad = [&](const std::string& why) {
    return InvalidInput("invalid publication date \"" + std::string(s.substr(0, 80)) + "\": " + why);
  };
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return bad("empty");
  s = s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
  if (s.size() > 64) return bad("too long for a date");
  int y = 0, m = 0, d = 0;
  bool all_digits = s.find_first_not_of("0123456789") == std::string_view::npos;
  if (all_digits && s.size() >= 9 && s.size() <= 13) {  // Unix seconds or milliseconds
    auto r = PublishedFromUnixTime(std::stod(std::string(s)));
    if (!r.ok()) return bad(r.status().message());
    return r;
  }
  bool parsed = ParseIsoLike(s, &y, &m, &d) || ParseUs(s, &y, &m, &d) || ParseRfc2822(s, &y, &m, &d);
  if (!parsed) {
    return bad("expected YYYY-MM-DD (ISO 8601), \"YYYY-MM-DD HH:MM:SS\", RFC 2822 (\"Tue, 21 Jul 2015 02:51:32 +0000\") or m/d/yyyy");
  }
  if (!ValidDate(y, m, d)) {
    return bad(m < 1 || m > 12 ? "month " + std::to_string(m) + " does not exist"
                               : "no day " + std::to_string(d) + " in " + Iso(y, m, 1).substr(0, 7));
  }
  return Iso(y, m, d);
}

int PublishedLocalHour(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return -1;
  s = s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
  auto digit = [&](size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  // YYYY-MM-DD, then ' ' or 'T', then HH:MM.
  if (s.size() < 16 || !(digit(0) && digit(1) && digit(2) && digit(3) && s[4] == '-' && digit(5) && digit(6) &&
                         s[7] == '-' && digit(8) && digit(9)))
    return -1;
  if ((s[10] != ' ' && s[10] != 'T') || !digit(11) || !digit(12) || s[13] != ':' || !digit(14) || !digit(15)) return -1;
  // Seconds and a fraction may follow; anything else (Z, +03:00, -0500, GMT) is a zone.
  size_t i = 16;
  if (i < s.size() && s[i] == ':') {
    if (!digit(i + 1) || !digit(i + 2)) return -1;
    i += 3;
    if (i < s.size() && s[i] == '.')
      for (++i; digit(i);) ++i;
  }
  if (i != s.size()) return -1;
  const int hour = (s[11] - '0') * 10 + (s[12] - '0');
  return hour <= 23 ? hour : -1;
}

std::string EditionDay(const std::string& iso_date, int hour) {
  if (hour < 0 || hour >= kEditionHour || iso_date.size() != 10) return iso_date;
  int y = 0, m = 0, d = 0;
  if (std::sscanf(iso_date.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || !ValidDate(y, m, d)) return iso_date;
  const ch::year_month_day before(ch::sys_days(ch::year(y) / ch::month(static_cast<unsigned>(m)) /
                                               ch::day(static_cast<unsigned>(d))) -
                                  ch::days(1));
  return Iso(static_cast<int>(before.year()), static_cast<int>(static_cast<unsigned>(before.month())),
             static_cast<int>(static_cast<unsigned>(before.day())));
}

}  // namespace marsad
