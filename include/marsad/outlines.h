// Country outlines for point-in-country tests: the world-atlas TopoJSON the map page
// already ships (Natural Earth, npm world-atlas countries-50m.json), keyed by ISO 3166-1
// alpha-2 through i18n-iso-countries' codes.json (numeric -> alpha-2). Used by `marsad
// eval`: a country counts as right when the gold point lies inside it (issue 15 §2).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "marsad/status.h"

namespace marsad::geo {

class CountryOutlines {
 public:
  // Reads the TopoJSON (object "countries", ids = ISO numeric codes) and codes.json
  // ([[alpha2, alpha3, numeric, ...], ...]). Errors name the file and what is wrong.
  static Result<CountryOutlines> Load(const std::string& topojson_path, const std::string& codes_path);
  static Result<CountryOutlines> Parse(std::string_view topojson, std::string_view codes_json,
                                       const std::string& source);

  // Whether (lat, lon) lies inside the country's outline (even-odd rule over its rings, so
  // holes such as Lesotho in South Africa are outside). False for an unknown code.
  bool Contains(std::string_view iso2, double lat, double lon) const;
  bool Has(std::string_view iso2) const { return countries_.count(std::string(iso2)) > 0; }
  size_t size() const { return countries_.size(); }

 private:
  struct Ring {
    std::vector<std::pair<double, double>> pts;  // lon, lat
    double min_lon = 0, max_lon = 0, min_lat = 0, max_lat = 0;
  };
  using Polygon = std::vector<Ring>;  // outer ring and holes
  std::unordered_map<std::string, std::vector<Polygon>> countries_;
};

}  // namespace marsad::geo
