// A small gazetteer index built from GeoNames rows for a test suite, with the repository's
// data, and the Resources loaded on it: one per suite (SetUpTestSuite / TearDownTestSuite).
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "gazetteer/build/sources.h"
#include "marsad/extract.h"
#include "marsad/geo.h"

namespace marsad::testing {

// Writes a little-endian gettext .mo file of (msgid, msgstr) pairs, as libgeonames-common
// ships its catalogues (msgid: a geonameid; msgstr: the name in the catalogue's language).
inline void WriteMoFile(const std::string& path, const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::vector<std::pair<std::string, std::string>> e = {{"", "Content-Type: text/plain; charset=UTF-8\n"}};
  e.insert(e.end(), pairs.begin(), pairs.end());
  std::string bin;
  auto u32 = [&](uint32_t v) { bin.append(reinterpret_cast<const char*>(&v), 4); };
  const auto n = static_cast<uint32_t>(e.size());
  const uint32_t orig = 28, trans = orig + n * 8, strings = trans + n * 8;
  u32(0x950412de);
  u32(0);
  u32(n);
  u32(orig);
  u32(trans);
  u32(0);
  u32(0);
  std::string pool;
  std::vector<std::pair<uint32_t, uint32_t>> o, t;
  for (auto& [id, s] : e) {
    o.push_back({static_cast<uint32_t>(id.size()), strings + static_cast<uint32_t>(pool.size())});
    pool += id;
    pool += '\0';
  }
  for (auto& [id, s] : e) {
    t.push_back({static_cast<uint32_t>(s.size()), strings + static_cast<uint32_t>(pool.size())});
    pool += s;
    pool += '\0';
  }
  for (auto [l, off] : o) u32(l), u32(off);
  for (auto [l, off] : t) u32(l), u32(off);
  bin += pool;
  std::ofstream(path, std::ios::binary) << bin;
}

class SmallIndex {
 public:
  // Builds `name`.mgz in a temporary directory from `rows` (allCountries lines) and, when
  // given, English names by geonameid (as the English geonames.mo); a failure is a test
  // failure and leaves resources() null.
  // `supplement`, when given, is a file of supplement.txt rows (20 columns, with the source),
  // read as the builder reads data/gazetteer/supplement.txt (its names official).
  SmallIndex(const std::string& name, std::span<const char* const> rows,
             const std::vector<std::pair<std::string, std::string>>& english_names = {},
             const std::string& supplement = {})
      : dir_(std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(dir_);
    {
      std::ofstream f(dir_ / "cities.txt");
      for (const char* r : rows) f << r << "\n";
    }
    gazetteer::build::BuildInputs in;
    in.cities = (dir_ / "cities.txt").string();
    if (!english_names.empty()) {
      in.mo_en_path = (dir_ / "geonames-en.mo").string();
      WriteMoFile(in.mo_en_path, english_names);
    }
    in.data_dir = std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer";
    in.supplement = supplement;
    in.strict = true;
    gazetteer::build::BuildReport report;
    const std::string index = (dir_ / (name + ".mgz")).string();
    Status built = gazetteer::build::BuildIndex(in, index, nullptr, &report);
    if (!built.ok()) {
      ADD_FAILURE() << built.message();
      return;
    }
    auto res = Resources::Load(index, std::string(MARSAD_SOURCE_DIR) + "/data");
    if (!res.ok()) {
      ADD_FAILURE() << res.status().message();
      return;
    }
    res_ = std::move(res).value();
  }
  ~SmallIndex() { std::filesystem::remove_all(dir_); }
  Resources* resources() const { return res_.get(); }

  // The geonameid each place mention of `s` resolved to, in text order, with its surface.
  // `opt`: the geoparser's options (the candidates kept per mention, ...).
  std::vector<std::pair<std::string, uint32_t>> Places(const std::string& s, const geo::Options& opt = {}) const {
    auto text = text::DecodeUtf8(s, text::Utf8Mode::kStrict);
    auto toks = text::Tokenize(*text);
    geo::GeoResult r = geo::Geoparser(res_->gazetteer, res_->lexicons).Parse(*text, toks, opt);
    std::vector<std::pair<std::string, uint32_t>> out;
    for (const auto& m : r.mentions) {
      if (m.place < 0) continue;
      out.emplace_back(std::string(text->Slice(m.start, m.end)),
                       res_->gazetteer.Place(static_cast<uint32_t>(m.place)).geonameid);
    }
    return out;
  }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<Resources> res_;
};

}  // namespace marsad::testing
