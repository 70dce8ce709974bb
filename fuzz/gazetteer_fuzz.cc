// libFuzzer target over the runtime index reader (issue 18): Gazetteer::Open on a mutated
// index file (the checksum check off, so mutations reach the section checks), then every
// accessor on what opened: places, lookups, prefixes, variants, ids, countries. Seed: the
// fixture index, written into the corpus by LLVMFuzzerInitialize. Invariant: a file either
// fails to open with a message or every accessor stays inside it (ASan checks the reads).
#include "fuzz_util.h"
#include "marsad/gazetteer.h"
#include "marsad/text.h"

using marsad::gazetteer::Gazetteer;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const std::string path = marsad::fuzz::FixtureIndex();
  std::FILE* f = std::fopen(path.c_str(), "rb");
  std::string bytes;
  char buf[1 << 16];
  for (size_t n; f && (n = std::fread(buf, 1, sizeof buf, f)) > 0;) bytes.append(buf, n);
  if (f) std::fclose(f);
  marsad::fuzz::WriteSeed("fixture.mgz", bytes);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = marsad::fuzz::WriteScratch("index.mgz", {reinterpret_cast<const char*>(data), size});
  marsad::gazetteer::OpenOptions o;
  o.verify_checksum = false;
  auto g = Gazetteer::Open(path, o);
  if (!g.ok()) {
    FUZZ_CHECK(!g.status().message().empty());
    return 0;
  }
  const size_t n = g->size();
  for (size_t i = 0; i < n && i < 64; ++i) {
    auto p = g->Place(static_cast<uint32_t>(i));
    (void)g->FindById(p.geonameid);
    (void)p.name_ar.size();
    (void)g->Country(p.country);
    (void)g->Admin1(p.country, p.admin1);
    for (const auto& posting : g->Lookup(marsad::text::NormalizeKey(p.name)))
      FUZZ_CHECK(posting.place < n);
  }
  size_t keys = 0;
  g->ForEachKey([&](std::string_view key, std::span<const marsad::gazetteer::Posting> postings) {
    if (keys++ > 64) return;
    for (const auto& posting : postings) FUZZ_CHECK(posting.place < n);
    bool prefix = false;
    (void)g->Lookup(key, &prefix);
    (void)g->IsPrefix(key);
    (void)g->LookupVariant(marsad::gazetteer::VariantKey(key));
    (void)g->KeysWithPrefix(key.substr(0, 2), 8);
  });
  return 0;
}
