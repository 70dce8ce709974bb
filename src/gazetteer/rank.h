// Static ranking priors shared by the index builder (posting order) and the lookup
// command. Population is deliberately the last criterion: key towns have population 0 in
// GeoNames (Qamishli, Tal Afar, Ayn Issa).
#pragma once

#include <string_view>

namespace marsad::gazetteer {

// Lower is better: country > ADM1 > PPLC > PPLA > PPLA2 > other populated places and
// named natural features > everything else.
inline int FeaturePrior(char feature_class, std::string_view code) {
  if (feature_class == 'A') {
    if (code.starts_with("PCL") || code == "TERR") return 0;
    if (code == "ADM1") return 1;
    if (code == "ADM2") return 5;
    return 7;
  }
  if (feature_class == 'P') {
    if (code == "PPLC") return 2;
    if (code == "PPLA") return 3;
    if (code == "PPLA2") return 4;
    if (code == "PPLH" || code == "PPLW" || code == "PPLQ") return 8;
    return 5;
  }
  if (feature_class == 'T' || feature_class == 'H' || feature_class == 'L' || feature_class == 'S')
    return 6;
  return 7;
}

}  // namespace marsad::gazetteer
