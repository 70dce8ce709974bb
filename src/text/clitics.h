// The proclitic splits of an Arabic key without building their strings (internal to
// src/text): AnalyzeClitics makes strings of them, Tokens::Stems views.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace marsad::text::internal {

struct StemSplit {
  uint8_t prefix = 0;    // code points of the key taken as proclitics (2 bytes each)
  bool restore = false;  // the stem is "ا" + the rest of the key (ل+ال: للرقه → الرقه)
  bool conj = false, prep = false, article = false;
};
constexpr std::string_view kAlefUtf8 = "\xD8\xA7";

// The splits AnalyzeClitics proposes after the whole word, in its order; returns how many.
constexpr size_t kMaxStemSplits = 3;
size_t ProcliticSplits(std::string_view key, StemSplit (&out)[kMaxStemSplits]);

}  // namespace marsad::text::internal
