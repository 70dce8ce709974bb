// libFuzzer target over the resume reader (issue 18): pipeline::LoadDone on a partial
// output of arbitrary bytes (a kill may leave anything at its end). Invariants: no crash or
// sanitizer report; on success the file was truncated to whole records, at most its size,
// and the counts agree.
#include <filesystem>

#include "fuzz_util.h"
#include "marsad/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = marsad::fuzz::WriteScratch("out.jsonl.partial", {reinterpret_cast<const char*>(data), size});
  marsad::pipeline::DoneIds done;
  size_t records = 0;
  auto st = marsad::pipeline::LoadDone(path, &done, &records);
  if (!st.ok()) return 0;
  FUZZ_CHECK(std::filesystem::file_size(path) <= size);
  size_t counted = 0;
  for (const auto& [id, n] : done) counted += n;
  FUZZ_CHECK(counted <= records);
  return 0;
}
