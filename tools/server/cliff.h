// CLIFF-compatible rendering of an extraction, for `/parse/text` (docs/cliff-compat.md):
// {"results":{"organizations":[],"people":[],"places":{"mentions":[…],"focus":{"countries",
// "states","cities"}}},"status":"ok","milliseconds":N,"version":"…"} with CLIFF's field
// names (id, name, lat, lon, countryCode, countryGeoNameId, stateCode, stateGeoNameId,
// featureClass, featureCode, population, confidence|score, source{charIndex,string}).
#pragma once

#include <string>
#include <string_view>

#include "marsad/extract.h"

namespace marsad::server {

// charIndex is counted in UTF-16 code units (CLIFF is Java): equal to code points for any
// text without characters beyond U+FFFF, which covers Arabic and Latin news text.
std::string CliffJson(const Extraction& x, const gazetteer::Gazetteer& gaz, long milliseconds,
                      std::string_view version);
// CLIFF's error shape: {"status":"error","details":message,"version":…}.
std::string CliffError(std::string_view message, std::string_view version);

}  // namespace marsad::server
