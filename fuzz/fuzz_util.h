// Helpers shared by the libFuzzer targets (fuzz/*_fuzz.cc): the parsers under test read
// files, so each input is written to a per-process scratch file first; FUZZ_CHECK turns a
// violated invariant into a crash libFuzzer reports; FixtureResources loads the small
// fixture index (built once from tests/fixtures/geonames) and data/dictionaries.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "gazetteer/build/sources.h"
#include "marsad/extract.h"

#define FUZZ_CHECK(cond)           \
  do {                             \
    if (!(cond)) __builtin_trap(); \
  } while (0)

namespace marsad::fuzz {

// A scratch directory of this process, removed at a normal exit (a crash leaves it, with
// the files of the input that crashed). In memory
// (/dev/shm) unless $TMPDIR names another place: on ext4 a file rewritten in place is
// written back to disk when it is closed (the truncate-and-rewrite heuristic), and that
// took 65% of gazetteer_fuzz's time, an input of 29 KB written per execution.
inline const std::filesystem::path& ScratchDir() {
  static const std::filesystem::path dir = [] {
    std::error_code ec;
    const char* tmpdir = std::getenv("TMPDIR");
    std::filesystem::path base = (tmpdir == nullptr || *tmpdir == '\0') && ::access("/dev/shm", W_OK) == 0
                                     ? std::filesystem::path("/dev/shm")
                                     : std::filesystem::temp_directory_path();
    auto d = base / ("marsad-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d, ec);
    if (ec) {
      d = std::filesystem::temp_directory_path() / ("marsad-fuzz-" + std::to_string(::getpid()));
      std::filesystem::create_directories(d);
    }
    static const std::string* const removed_at_exit = new std::string(d.string());  // outlives `dir`
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(*removed_at_exit, ignored);
    });
    return d;
  }();
  return dir;
}

// Writes `bytes` to ScratchDir()/name and returns the path.
inline std::string WriteScratch(const std::string& name, std::string_view bytes) {
  const std::string path = (ScratchDir() / name).string();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) std::abort();
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) std::abort();
  std::fclose(f);
  return path;
}

// Seeds a target generates itself (a binary index, a model): written into the directory
// named by $MARSAD_FUZZ_SEEDS (scripts/run-fuzz.sh sets it to the target's corpus) when set.
inline void WriteSeed(const std::string& name, std::string_view bytes) {
  const char* dir = std::getenv("MARSAD_FUZZ_SEEDS");
  if (dir == nullptr || *dir == '\0') return;
  std::filesystem::create_directories(dir);
  const std::string path = std::string(dir) + "/" + name;
  if (std::filesystem::exists(path)) return;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return;
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
}

// The fixture index (tests/fixtures/geonames), built once per process.
inline std::string FixtureIndex() {
  static const std::string path = [] {
    const std::string fx = std::string(MARSAD_SOURCE_DIR) + "/tests/fixtures/geonames/";
    gazetteer::build::BuildInputs in;
    in.allcountries = fx + "allCountries.txt";
    in.alternate_names = fx + "alternateNamesV2.txt";
    in.admin1 = fx + "admin1CodesASCII.txt";
    in.country_info = fx + "countryInfo.txt";
    in.supplement = fx + "supplement.txt";
    const std::string out = (ScratchDir() / "fixture.mgz").string();
    gazetteer::build::BuildReport report;
    if (!gazetteer::build::BuildIndex(in, out, nullptr, &report).ok()) std::abort();
    return out;
  }();
  return path;
}

// Resources over the fixture index and the bundled dictionaries, loaded once.
inline const Resources& FixtureResources() {
  static const std::unique_ptr<Resources> res = [] {
    auto r = Resources::Load(FixtureIndex(), std::string(MARSAD_SOURCE_DIR) + "/data", {}, true);
    if (!r.ok()) std::abort();
    return std::move(r).value();
  }();
  return *res;
}

}  // namespace marsad::fuzz
