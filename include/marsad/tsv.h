// Reading the hand-edited TSV dictionaries in data/: UTF-8, TAB-separated, '#' lines are
// comments (the first one names the columns), no quoting. A malformed line is an error
// naming file:line, so a user's own dictionary never fails silently.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/status.h"

namespace marsad {

// Calls fn(fields, line_number) for every data line. Lines with fewer than `min_fields`
// fields are errors; fn may return a non-ok Status (its message gets "file:line: ").
Status ReadTsv(const std::string& path, size_t min_fields,
               const std::function<Status(const std::vector<std::string_view>&, size_t)>& fn);

// Splits on a separator without allocating strings.
std::vector<std::string_view> Split(std::string_view s, char sep);
std::string_view Trim(std::string_view s);

}  // namespace marsad
