// Input layer (src/input): publication dates as news archives write them, normalised to
// ISO 8601 `YYYY-MM-DD`.
//
// The events layer dates "yesterday" and "on Tuesday" relative to the publication date and
// reads only an ISO date, so every input path (JSON lines, --published, the HTTP parameter)
// passes the date it was given through NormalizePublished first. Accepted forms:
//   ISO 8601       2015-07-21, 2015-07-21T02:51:32Z, 2015-07-21T02:51:32.5+03:00, 20150721
//   SQL-style      2015-07-21 02:51:32, 2015/07/21
//   RFC 2822       Tue, 21 Jul 2015 02:51:32 +0000 (weekday optional; GMT/UT/EST… zones)
//   US numeric     7/21/15, 7/21/2015 (month first; a two-digit year yy is 19yy from 69 on,
//                  else 20yy, as POSIX strptime %y), optionally followed by a time
//   Unix time      1437447092 (seconds) or 1437447092000 (milliseconds), as a JSON number
//                  or a string of digits (UTC)
// The date kept is the calendar date as written, in the writer's own time zone: a
// relative date in the article ("today") refers to that day, not to the UTC day.
// Thread-safe (no state).
#pragma once

#include <string>
#include <string_view>

#include "marsad/status.h"

namespace marsad {

// `YYYY-MM-DD`, or InvalidInput saying why (unknown form, or an impossible date such as
// 2017-02-30 or month 14 in 14/10/2017). Years 1000-9999 only.
Result<std::string> NormalizePublished(std::string_view s);

// The same for a number of seconds (or milliseconds, above 10^11) since 1970-01-01 UTC.
Result<std::string> PublishedFromUnixTime(double t);

// The hour of a publication time written on the writer's wall clock, "YYYY-MM-DD HH:MM[:SS]"
// or "YYYY-MM-DDTHH:MM[:SS]" with no zone or offset after it: 0-23; -1 for any other form
// (a zone says the clock is not the newspaper's own; a date alone has no hour).
int PublishedLocalHour(std::string_view s);

// The day an article was written: `iso_date`, or the day before when it was posted before
// kEditionHour on its own clock (`hour`, -1: unknown). Newspapers post their print edition
// in the small hours: its undated news is the day before's (news-events-dev and -train:
// none of the 20 dated incidents of articles posted before 07:00 is on the publication day;
// 10 of the other 70 are). The events layer dates an event its text does not date to this
// day; "today" and "yesterday" in the text still count from the publication date (dating
// them from this day too lowered event_date on both sets: .861 -> .806, .865 -> .811), unless
// the text's own "أمس الثلاثاء" says it counts from the day before (CountsFromDayBefore in
// src/events/events.cc).
inline constexpr int kEditionHour = 7;
std::string EditionDay(const std::string& iso_date, int hour);

// The JSON field names a document's publication date is read from, in order of preference.
inline constexpr const char* kPublishedFields[] = {"published", "date",     "publish_date",
                                                   "pubdate",   "datetime", "timestamp"};

}  // namespace marsad
