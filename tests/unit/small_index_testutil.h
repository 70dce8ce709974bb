// A small gazetteer index built from GeoNames rows for a test suite, with the repository's
// data, and the Resources loaded on it: one per suite (SetUpTestSuite / TearDownTestSuite).
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <span>
#include <string>

#include "gazetteer/build/sources.h"
#include "marsad/extract.h"

namespace marsad::testing {

class SmallIndex {
 public:
  // Builds `name`.mgz in a temporary directory from `rows` (allCountries lines); a failure is
  // a test failure and leaves resources() null.
  SmallIndex(const std::string& name, std::span<const char* const> rows)
      : dir_(std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(dir_);
    {
      std::ofstream f(dir_ / "cities.txt");
      for (const char* r : rows) f << r << "\n";
    }
    gazetteer::build::BuildInputs in;
    in.cities = (dir_ / "cities.txt").string();
    in.data_dir = std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer";
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

 private:
  std::filesystem::path dir_;
  std::unique_ptr<Resources> res_;
};

}  // namespace marsad::testing
