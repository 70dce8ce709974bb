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
// `first_comment` (may be null) gets the file's first line without its '#' and spaces when
// that line is a comment (a model file's version), else "".
Status ReadTsv(const std::string& path, size_t min_fields,
               const std::function<Status(const std::vector<std::string_view>&, size_t)>& fn,
               std::string* first_comment = nullptr);

// Walks the lines of a buffer without copying: each line comes without its '\n' and
// without a trailing '\r'; line_no() is 1-based. The one line splitter of the project.
class LineCursor {
 public:
  explicit LineCursor(std::string_view all) : all_(all) {}
  bool Next(std::string_view* line) {
    if (pos_ >= all_.size()) return false;
    size_t nl = all_.find('\n', pos_);
    if (nl == std::string_view::npos) nl = all_.size();
    *line = all_.substr(pos_, nl - pos_);
    pos_ = nl + 1;
    ++line_no_;
    if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
    return true;
  }
  size_t line_no() const { return line_no_; }
  // True for empty lines and lines of spaces and tabs only.
  static bool Blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

 private:
  std::string_view all_;
  size_t pos_ = 0, line_no_ = 0;
};

// Splits on a separator without allocating strings.
std::vector<std::string_view> Split(std::string_view s, char sep);
std::string_view Trim(std::string_view s);

}  // namespace marsad
