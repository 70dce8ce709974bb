// The TSV reader of tsv.h. It lives in the text layer because every line is checked to be
// valid UTF-8 (FirstInvalidUtf8) before its fields become keys.
#include "marsad/tsv.h"

#include "marsad/mapped_file.h"
#include "marsad/text.h"

namespace marsad {

namespace {
// Split into `out` (cleared first): ReadTsv reuses one vector for all its lines, where a
// vector per line cost a few allocations each (1, 2, 4 … fields) at every start-up.
void SplitInto(std::string_view s, char sep, std::vector<std::string_view>* out) {
  out->clear();
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out->push_back(s.substr(start));
      return;
    }
    out->push_back(s.substr(start, p - start));
    start = p + 1;
  }
}
}  // namespace

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  SplitInto(s, sep, &out);
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

Status ReadTsv(const std::string& path, size_t min_fields,
               const std::function<Status(const std::vector<std::string_view>&, size_t)>& fn,
               std::string* first_comment) {
  auto content = ReadFile(path);
  if (!content.ok()) return content.status();
  std::string_view all(*content);
  LineCursor lines(all);
  std::string_view line;
  std::vector<std::string_view> fields;
  if (first_comment) first_comment->clear();
  while (lines.Next(&line)) {
    const size_t line_no = lines.line_no();
    if (line_no == 1 && first_comment && line.starts_with('#')) *first_comment = std::string(Trim(line.substr(1)));
    if (Trim(line).empty() || line.front() == '#') continue;
    // Keys are built from these bytes (NormalizeKey expects UTF-8): a Latin-1 or cut-off
    // byte in a user's dictionary is an error naming where it is, not a silent wrong key.
    if (size_t bad = text::FirstInvalidUtf8(line); bad != std::string_view::npos) {
      static constexpr char kHex[] = "0123456789abcdef";
      const auto b = static_cast<unsigned char>(line[bad]);
      return InvalidInput(path + ":" + std::to_string(line_no) + ": invalid UTF-8 at byte " +
                          std::to_string(bad + 1) + " of the line (0x" + kHex[b >> 4] + kHex[b & 15] +
                          "); dictionaries are UTF-8 text");
    }
    SplitInto(line, '\t', &fields);
    if (fields.size() < min_fields) {
      return InvalidInput(path + ":" + std::to_string(line_no) + ": expected at least " +
                          std::to_string(min_fields) + " tab-separated fields, found " +
                          std::to_string(fields.size()));
    }
    Status st = fn(fields, line_no);
    if (!st.ok()) return Status(st.code(), path + ":" + std::to_string(line_no) + ": " + st.message());
  }
  return Status::Ok();
}

}  // namespace marsad
