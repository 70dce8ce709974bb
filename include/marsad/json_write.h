// Small helpers for writing JSON with RapidJSON: strings from string_view (no copy, no
// NUL-termination needed) and numbers rounded to a fixed number of decimals. Shared by
// every writer of JSON records (extract, eval, the server, the CLIFF endpoint).
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <string_view>

namespace marsad::json {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

inline void Str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

inline void KeyStr(Writer& w, const char* key, std::string_view v) {
  w.Key(key);
  Str(w, v);
}

// A number rounded to `digits` decimals (coordinates: 5 ≈ 1 m; scores: 3 or 4).
inline void KeyNum(Writer& w, const char* key, double v, int digits) {
  w.Key(key);
  double p = std::pow(10.0, digits);
  w.Double(std::round(v * p) / p);
}

}  // namespace marsad::json
