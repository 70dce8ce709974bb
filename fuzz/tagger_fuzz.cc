// libFuzzer target over the trained recognizer's model reader (issue 18): Tagger::Load and
// CheckHeader on mutated model files, and tagging with what loads. Seed: an untrained
// 2^4-row model, written into the corpus by LLVMFuzzerInitialize. Invariants: no crash or
// sanitizer report; a file that loads tags a sentence without reading outside its rows.
#include <fstream>
#include <sstream>

#include "fuzz_util.h"
#include "marsad/tagger.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const std::string path = (marsad::fuzz::ScratchDir() / "seed.bin").string();
  if (!marsad::geo::Tagger(4).Save(path).ok()) std::abort();
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  marsad::fuzz::WriteSeed("untrained-16-rows.bin", ss.str());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = marsad::fuzz::WriteScratch("model.bin", {reinterpret_cast<const char*>(data), size});
  (void)marsad::geo::Tagger::CheckHeader(path);
  auto t = marsad::geo::Tagger::Load(path);
  if (!t.ok()) return 0;
  static const auto text = *marsad::text::DecodeUtf8("Shelling hit Raqqa. قصف مدينة الرقة", marsad::text::Utf8Mode::kStrict);
  static const auto toks = marsad::text::Tokenize(text);
  for (const auto& s : t->Tag(toks, {})) FUZZ_CHECK(s.token_begin < s.token_end && s.token_end <= toks.tokens.size());
  return 0;
}
