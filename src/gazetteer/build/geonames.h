// Readers for GeoNames' own dump formats (tab-separated UTF-8, no header, no quoting).
//
// Each reader maps the file and calls `fn` once per good record; the string_views in a
// record point into the mapping and are valid only during the call. A bad line (wrong
// column count, unparsable or out-of-range field) is counted in ReadStats and described
// as "file:line: reason"; with strict it ends the read with that error instead.
// Lines starting with '#' and empty lines are skipped silently everywhere.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/status.h"

namespace marsad::gazetteer::build {

struct ReadStats {
  std::string path;
  uint64_t lines = 0;    // physical lines read
  uint64_t records = 0;  // good records handed to fn
  uint64_t bad = 0;      // bad lines skipped
  std::vector<std::string> errors;  // the first kMaxErrors "file:line: reason" messages
  std::string checksum;             // xxh64 of the file, hex
  static constexpr size_t kMaxErrors = 20;
};

// allCountries.txt / citiesN.txt (19 columns). With allow_source, a 20th "source" column
// is accepted (data/gazetteer/supplement.txt).
struct PlaceRow {
  uint32_t geonameid = 0;
  std::string_view name, asciiname, alternatenames;
  double lat = 0, lon = 0;
  char feature_class = 0;
  std::string_view feature_code, country, cc2, admin1, admin2, admin3, admin4;
  uint64_t population = 0;
  std::string_view timezone, source;
};
Status ReadPlaces(const std::string& path, bool allow_source, bool strict, ReadStats* stats,
                  const std::function<void(const PlaceRow&)>& fn);

// alternateNamesV2.txt (10 columns; the older 8-column alternateNames.txt is accepted).
struct AltNameRow {
  uint32_t alternate_name_id = 0, geonameid = 0;
  std::string_view lang, name;
  bool preferred = false, short_name = false, colloquial = false, historic = false;
};
Status ReadAlternateNames(const std::string& path, bool strict, ReadStats* stats,
                          const std::function<void(const AltNameRow&)>& fn);

// True for isolanguage pseudo-codes that are not names (post, iata, icao, faac, link, wkdt,
// unlc, fr_1793, abbr).
bool IsPseudoLanguage(std::string_view lang);

// admin1CodesASCII.txt ("SY.04") and admin2Codes.txt ("SY.04.1234"): code, name,
// asciiname, geonameid. `code` is the full dotted code.
struct AdminCodeRow {
  std::string_view code, country, admin1, admin2;  // split parts of the dotted code
  std::string_view name, asciiname;
  uint32_t geonameid = 0;
};
Status ReadAdminCodes(const std::string& path, bool strict, ReadStats* stats,
                      const std::function<void(const AdminCodeRow&)>& fn);

// countryInfo.txt ('#' comment lines, then 19 columns).
struct CountryRow {
  std::string_view iso, iso3, fips, name, capital, continent, languages;
  uint64_t population = 0;
  uint32_t geonameid = 0;
};
Status ReadCountryInfo(const std::string& path, bool strict, ReadStats* stats,
                       const std::function<void(const CountryRow&)>& fn);

// Splits a line at tabs into at most `max` fields; returns the number of fields (which
// may exceed max: the last field then holds the rest).
size_t SplitTabs(std::string_view line, std::string_view* fields, size_t max);

}  // namespace marsad::gazetteer::build
