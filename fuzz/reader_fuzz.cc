// libFuzzer target over the batch reader (issue 18): the input is written as a file whose
// kind the first byte picks — .jsonl, .jsonl.gz, .jsonl.zst, .html, .txt or an extension-
// less partition — and read to the end with DocumentReader, as `marsad extract` does (the
// gzip/zstd sources, the line reader, the JSON and HTML readers). Seeds: small files of
// each kind (scripts/run-fuzz.sh). Invariants: no crash, hang or sanitizer report; every
// item is a document with text or an error naming the file; ids are valid UTF-8.
#include "fuzz_util.h"
#include "marsad/batch.h"
#include "marsad/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kNames[] = {"in.jsonl", "in.jsonl.gz", "in.jsonl.zst", "in.html", "in.txt", "part-00000"};
  const std::string name = kNames[data[0] % 6];
  const std::string path = marsad::fuzz::WriteScratch(name, {reinterpret_cast<const char*>(data) + 1, size - 1});
  for (bool defer : {false, true}) {
    marsad::batch::ReaderOptions o;
    o.defer_json = defer;
    o.force_jsonl = (data[0] & 0x80) != 0;
    marsad::batch::DocumentReader reader({path}, o);
    marsad::batch::InputItem item;
    for (size_t n = 0; reader.Next(&item); ++n) {
      FUZZ_CHECK(n < 1'000'000);
      if (defer) marsad::batch::ParseDeferred(&item, "");
      if (!item.status.ok()) FUZZ_CHECK(item.status.message().find(name) != std::string::npos);
      FUZZ_CHECK(marsad::text::DecodeUtf8(item.doc.id, marsad::text::Utf8Mode::kStrict).ok());
      item = {};
    }
  }
  return 0;
}
