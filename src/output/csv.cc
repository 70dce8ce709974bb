// The flat table of place mentions (`--format csv`, marsad/output.h): one RFC 4180 row per
// mention, for spreadsheets and pandas.read_csv without json_normalize.
#include <rapidjson/document.h>

#include <cstdio>

#include "marsad/output.h"

namespace marsad::output {
namespace {

constexpr const char* kColumns[] = {"id",           "start",        "end",     "surface", "name",
                                    "geonameid",    "lat",          "lon",     "feature_class",
                                    "feature_code", "country",      "admin1",  "confidence"};

// A field's text: strings quoted as needed, integers as integers, other numbers with up to
// 5 decimals (as in the JSON record), null and absent as an empty field.
std::string Field(const rapidjson::Value& o, const char* key) {
  auto it = o.FindMember(key);
  if (it == o.MemberEnd() || it->value.IsNull()) return {};
  const auto& v = it->value;
  if (v.IsString()) return CsvField({v.GetString(), v.GetStringLength()});
  if (v.IsUint64()) return std::to_string(v.GetUint64());
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  if (v.IsNumber()) {
    char b[40];
    std::snprintf(b, sizeof b, "%.5f", v.GetDouble());
    std::string s(b);  // trailing zeros off: 0.93000 -> 0.93, 2.00000 -> 2
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
  }
  if (v.IsBool()) return v.GetBool() ? "true" : "false";
  return {};
}

}  // namespace

std::string PlacesCsvHeader() {
  std::string h;
  for (const char* c : kColumns) (h += h.empty() ? "" : ",") += c;
  return h;
}

std::string PlacesCsvRows(std::string_view json_record) {
  rapidjson::Document d;
  d.Parse(json_record.data(), json_record.size());
  if (d.HasParseError() || !d.IsObject()) return {};
  auto places = d.FindMember("places");
  if (places == d.MemberEnd() || !places->value.IsArray()) return {};
  const std::string id = Field(d, "id");
  std::string out;
  for (const auto& p : places->value.GetArray()) {
    if (!p.IsObject()) continue;
    out += id;
    for (size_t i = 1; i < std::size(kColumns); ++i) (out += ',') += Field(p, kColumns[i]);
    out += '\n';
  }
  return out;
}

}  // namespace marsad::output
