// libFuzzer target over the GeoNames readers of `gazetteer build` (issue 18): the same bytes
// read as allCountries (with and without the supplement's source column), alternateNames,
// admin codes, countryInfo and a gettext .mo file. Invariants: no crash or sanitizer report;
// a reader that fails says why; the counts add up (every line is a record, a bad line or a
// comment or blank line).
#include "fuzz_util.h"
#include "gazetteer/build/geonames.h"

namespace b = marsad::gazetteer::build;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = marsad::fuzz::WriteScratch("geonames.txt", {reinterpret_cast<const char*>(data), size});
  for (bool strict : {false, true}) {
    for (bool source : {false, true}) {
      b::ReadStats st;
      uint64_t rows = 0;
      auto s = b::ReadPlaces(path, source, strict, &st, [&](const b::PlaceRow& r) {
        ++rows;
        FUZZ_CHECK(r.lat >= -90 && r.lat <= 90 && r.lon >= -180 && r.lon <= 180);
      });
      FUZZ_CHECK(s.ok() || !s.message().empty());
      FUZZ_CHECK(rows == st.records && st.records + st.bad <= st.lines);
      FUZZ_CHECK(st.errors.size() <= b::ReadStats::kMaxErrors);
    }
    b::ReadStats a, c, k;
    (void)b::ReadAlternateNames(path, strict, &a, [](const b::AltNameRow&) {});
    (void)b::ReadAdminCodes(path, strict, &c, [](const b::AdminCodeRow& r) { FUZZ_CHECK(r.code.size() >= r.country.size()); });
    (void)b::ReadCountryInfo(path, strict, &k, [](const b::CountryRow&) {});
  }
  std::vector<std::pair<std::string, std::string>> mo;
  (void)b::ReadMoFile(path, &mo);
  return 0;
}
