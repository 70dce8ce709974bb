// libFuzzer target over the dictionary loaders (issue 18): the input is one dictionary
// file — the first byte picks which (data/dictionaries layout) — loaded as a user
// dictionary directory (`--dict DIR`) over an empty base, through events::Dictionaries::
// Load and geo::LoadLexicons. Seeds: the first lines of each bundled file (run-fuzz.sh).
// Invariants: no crash or sanitizer report; a rejected file's message names it.
#include <filesystem>

#include "fuzz_util.h"
#include "marsad/events.h"
#include "marsad/geo.h"

namespace {

constexpr const char* kFiles[] = {
    "actors.tsv",          "actor_remap.tsv",        "triggers.tsv",         "actor_affiliations.tsv",
    "ar/quantity_words.tsv", "en/quantity_words.tsv", "ar/count_nouns.tsv",   "en/count_nouns.tsv",
    "ar/quantity_cues.tsv",  "en/quantity_cues.tsv",  "ar/demonyms.tsv",      "en/demonyms.tsv",
    "ar/place_cues.tsv",     "en/place_cues.tsv",     "ar/relations.tsv",     "en/relations.tsv",
    "ar/nonplace_words.tsv", "en/nonplace_words.tsv", "ar/person_cues.tsv",   "en/person_cues.tsv",
    "ar/org_cues.tsv",       "en/org_cues.tsv",       "ar/clitic_exceptions.tsv", "ar/name_descriptors.tsv"};
constexpr size_t kCount = sizeof kFiles / sizeof kFiles[0];

// A base directory whose required files are all present and empty.
const std::string& EmptyBase() {
  static const std::string dir = [] {
    auto d = marsad::fuzz::ScratchDir() / "base";
    std::filesystem::create_directories(d / "ar");
    std::filesystem::create_directories(d / "en");
    for (const char* f : kFiles) marsad::fuzz::WriteScratch("base/" + std::string(f), "");
    return d.string();
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string& base = EmptyBase();
  const auto user = marsad::fuzz::ScratchDir() / "user";
  std::filesystem::remove_all(user);
  std::filesystem::create_directories(user / "ar");
  std::filesystem::create_directories(user / "en");
  const std::string name = kFiles[data[0] % kCount];
  marsad::fuzz::WriteScratch("user/" + name, {reinterpret_cast<const char*>(data) + 1, size - 1});
  auto d = marsad::events::Dictionaries::Load(base, {user.string()});
  if (!d.ok()) FUZZ_CHECK(d.status().message().find(name.substr(name.find('/') + 1)) != std::string::npos);
  auto lex = marsad::geo::LoadLexicons(user.string());
  if (!lex.ok()) FUZZ_CHECK(!lex.status().message().empty());
  return 0;
}
