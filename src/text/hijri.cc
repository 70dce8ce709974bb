// The Hijri calendar: Umm al-Qura dates to Gregorian days through ICU (marsad/text.h).
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <chrono>
#include <cmath>
#include <memory>

#include "marsad/text.h"

namespace marsad::text {
namespace {

// This thread's Umm al-Qura calendar in UTC (an icu::Calendar is not thread-safe; making one
// loads the locale's data, tens of microseconds: once per thread). Null if ICU has none.
icu::Calendar* UmmAlQura() {
  thread_local const std::unique_ptr<icu::Calendar> cal = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> c(icu::Calendar::createInstance(
        icu::TimeZone::getGMT()->clone(), icu::Locale("@calendar=islamic-umalqura"), status));
    if (U_FAILURE(status)) c.reset();
    return c;
  }();
  return cal.get();
}

}  // namespace

bool HijriToGregorian(int year, int month, int day, GregorianDay* out) {
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1 || year > 9999) return false;
  icu::Calendar* cal = UmmAlQura();
  if (cal == nullptr) return false;
  cal->clear();
  cal->set(year, month - 1, day);  // lenient (ICU's default): day 30 of a 29-day month rolls over
  UErrorCode status = U_ZERO_ERROR;
  const UDate ms = cal->getTime(status);
  if (U_FAILURE(status)) return false;
  // Midnight UTC of the day: the days since 1970-01-01, read as a proleptic Gregorian date
  // (ICU's own Gregorian calendar switches to the Julian one before 1582).
  namespace ch = std::chrono;
  const ch::sys_days days{ch::days(static_cast<long>(std::floor(ms / 86400000.0)))};
  const ch::year_month_day ymd(days);
  out->year = static_cast<int>(ymd.year());
  out->month = static_cast<unsigned>(ymd.month());
  out->day = static_cast<unsigned>(ymd.day());
  return true;
}

}  // namespace marsad::text
