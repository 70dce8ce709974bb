// libFuzzer target over the whole pipeline (issue 18): text in (the first byte picks the
// language and strictness), Extractor::Extract over the fixture index and the bundled
// dictionaries, then every output format. Seeds: a few lines of Arabic and English news
// (run-fuzz.sh). Invariants: no crash, hang or sanitizer report; the json and cliff
// records are valid JSON; spans lie inside the text.
#include <rapidjson/document.h>

#include "fuzz_util.h"
#include "marsad/output.h"

namespace {

bool ValidJson(const std::string& s) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag>(s.data(), s.size());
  return !d.HasParseError();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const marsad::Resources& res = marsad::fuzz::FixtureResources();
  marsad::ExtractOptions o;
  static const char* const kLangs[] = {"auto", "ar", "en"};
  o.lang = kLangs[data[0] % 3];
  o.utf8 = (data[0] & 0x10) ? marsad::text::Utf8Mode::kStrict : marsad::text::Utf8Mode::kLenient;
  o.explain = (data[0] & 0x20) != 0;
  o.geo.demonyms = (data[0] & 0x40) != 0;
  marsad::Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  marsad::Extractor ex(res, o);
  auto x = ex.Extract(doc);
  if (!x.ok()) return 0;
  const size_t cps = x->text.size();
  for (const auto& m : x->geo.mentions) FUZZ_CHECK(m.start <= m.end && m.end <= cps);
  using marsad::output::Format;
  for (Format f : {Format::kJson, Format::kGeoJson, Format::kCliff, Format::kAcled, Format::kPgsql}) {
    auto w = marsad::output::MakeWriter(f, res, o);
    marsad::pipeline::Rendered r;
    w->Render(*x, 0, &r);
    const std::string out = marsad::output::SingleDocument(*w, r);
    if (f == Format::kJson || f == Format::kCliff || f == Format::kGeoJson) FUZZ_CHECK(ValidJson(out));
  }
  return 0;
}
