// Reading JSON from outside input with RapidJSON: always with kParseFlags (the iterative
// parser, whose stack is on the heap: a line nested 150,000 deep overflowed the thread's
// stack in the recursive one), then, where the value is kept or written back, a check of
// its nesting depth (Value::Accept and the destructors of some allocators recurse).
#pragma once

#include <rapidjson/document.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace marsad::json {

inline constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag;
// d.Parse<kParseFlags>(s.data(), s.size()) for a document read once: the same values and
// errors (codes and offsets), parsed in place in `scratch`, a NUL-terminated copy of `s`.
// The sized overload copies every string's bytes through a stack into the document and
// reads each through its UTF-8 stream wrapper (rapidjson's ParseString was 7% of `extract
// --places-only`); in place, a string without escapes is only scanned. The document's
// strings point into `scratch`: they live until its next use. A NUL byte inside the text
// reads as the end either way; a leading byte-order mark, which only the sized overload
// skips, takes that path.
inline void ParseText(rapidjson::Document& d, std::string_view s, std::string* scratch) {
  if (s.starts_with("\xEF\xBB\xBF")) {
    d.Parse<kParseFlags>(s.data(), s.size());
    return;
  }
  scratch->assign(s);
  d.ParseInsitu<kParseFlags | rapidjson::kParseInsituFlag>(scratch->data());
}

// No document, record or gold line marsad reads nests deeper than this.
inline constexpr size_t kMaxDepth = 512;

// Whether `v` nests no deeper than `limit` (a scalar is depth 1), walked without recursion.
inline bool NestsWithin(const rapidjson::Value& v, size_t limit = kMaxDepth) {
  std::vector<std::pair<const rapidjson::Value*, size_t>> todo{{&v, 1}};
  while (!todo.empty()) {
    auto [x, depth] = todo.back();
    todo.pop_back();
    if (depth > limit) return false;
    if (x->IsArray()) {
      for (const auto& c : x->GetArray()) todo.emplace_back(&c, depth + 1);
    } else if (x->IsObject()) {
      for (const auto& m : x->GetObject()) todo.emplace_back(&m.value, depth + 1);
    }
  }
  return true;
}

}  // namespace marsad::json
