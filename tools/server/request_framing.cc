// Request framing as cpp-httplib 0.11 reads it (request_framing.h).
#include "request_framing.h"

#include <strings.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <utility>

namespace marsad::server {
namespace {

bool SpaceOrTab(char c) { return c == ' ' || c == '\t'; }

bool SameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() && ::strncasecmp(a.data(), b.data(), a.size()) == 0;
}

// httplib's own reading of a header line (detail::read_headers, parse_header): only lines
// ending in CRLF count, the name is everything before the first colon (a space before it
// makes another name), the value is trimmed of spaces and tabs, and a header with an
// empty value is not stored at all.
bool HeaderOf(std::string_view line, std::string_view& name, std::string_view& value) {
  if (line.size() < 2 || line.substr(line.size() - 2) != "\r\n") return false;
  line.remove_suffix(2);
  while (!line.empty() && SpaceOrTab(line.back())) line.remove_suffix(1);
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  name = line.substr(0, colon);
  value = line.substr(colon + 1);
  while (!value.empty() && SpaceOrTab(value.front())) value.remove_prefix(1);
  return !value.empty();
}

// Debian's build reads a DELETE's body only when it has a Content-Length (a DELETE without
// one is answered at once; measured).
bool ReadsBody(std::string_view method, bool has_length) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "PRI" ||
         (method == "DELETE" && has_length);
}

Framing Bad(std::string error) {
  Framing f;
  f.kind = Framing::kBad;
  f.error = std::move(error);
  return f;
}

}  // namespace

Framing ParseFraming(std::string_view head) {
  size_t eol = head.find('\n');
  const std::string_view request_line = head.substr(0, eol);
  const std::string_view method = request_line.substr(0, request_line.find(' '));
  size_t lengths = 0, codings = 0;
  std::string_view length, coding, expect;
  while (eol != std::string_view::npos) {
    const size_t start = eol + 1;
    eol = head.find('\n', start);
    std::string_view name, value;
    if (!HeaderOf(head.substr(start, eol == std::string_view::npos ? eol : eol + 1 - start), name, value)) continue;
    if (SameName(name, "Content-Length") && lengths++ == 0) length = value;
    if (SameName(name, "Transfer-Encoding") && codings++ == 0) coding = value;
    if (SameName(name, "Expect") && expect.empty()) expect = value;
  }
  if (lengths > 1) return Bad("more than one Content-Length header");
  if (codings > 1) return Bad("more than one Transfer-Encoding header");
  if (lengths == 1 && codings == 1) return Bad("both Content-Length and Transfer-Encoding");
  if (lengths == 1 && (length.size() > 19 || length.find_first_not_of("0123456789") != std::string_view::npos))
    return Bad("Content-Length must be a decimal number of bytes, not \"" + std::string(length.substr(0, 40)) + "\"");
  if (codings == 1 && !SameName(coding, "chunked"))
    return Bad("Transfer-Encoding \"" + std::string(coding.substr(0, 40)) + "\" is not supported (only chunked)");
  Framing f;
  if (!ReadsBody(method, lengths == 1)) return f;
  f.expect_continue = expect == "100-continue";
  if (codings == 1) {
    f.kind = Framing::kChunked;
  } else if (lengths == 1) {
    f.length = std::strtoull(std::string(length).c_str(), nullptr, 10);
    f.kind = f.length > 0 ? Framing::kLength : Framing::kNone;
  } else {
    f.kind = Framing::kUntilClose;
  }
  return f;
}

ChunkScanner::State ChunkScanner::Feed(const char* p, size_t n, size_t& used) {
  constexpr size_t kMaxLine = 4096;
  size_t i = 0;
  while (i < n && state_ == kMore) {
    if (step_ == kData) {
      const size_t take = static_cast<size_t>(std::min<uint64_t>(left_, n - i));
      i += take;
      left_ -= take;
      if (left_ == 0) step_ = kAfterData;
      continue;
    }
    const char c = p[i++];
    line_.push_back(c);
    if (c == '\n') {
      state_ = EndOfLine();
      line_.clear();
    } else if (line_.size() > kMaxLine) {
      state_ = kMalformed;
    }
  }
  used = i;
  return state_;
}

// A whole line (with its '\n') has arrived in line_.
ChunkScanner::State ChunkScanner::EndOfLine() {
  switch (step_) {
    case kSizeLine: {
      // strtoul, as httplib: leading spaces, a sign and "0x" pass; "-2" is a huge size.
      char* end = nullptr;
      const unsigned long len = std::strtoul(line_.c_str(), &end, 16);
      if (end == line_.c_str() || len == ULONG_MAX) return kMalformed;
      if (len == 0) {
        step_ = kTerminator;
        return kMore;
      }
      if (len > max_data_ - data_) return kTooLarge;
      data_ += len;
      left_ = len;
      step_ = kData;
      return kMore;
    }
    case kAfterData:
      if (line_ != "\r\n") return kDone;  // httplib ends the body there
      step_ = kSizeLine;
      return kMore;
    default:
      return kDone;  // the line after the last chunk (httplib fails unless it is a bare CRLF)
  }
}

}  // namespace marsad::server
