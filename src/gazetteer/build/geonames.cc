#include "gazetteer/build/geonames.h"

#include <xxhash.h>

#include <charconv>
#include <cmath>
#include <cstring>

#include "marsad/mapped_file.h"
#include "marsad/tsv.h"

namespace marsad::gazetteer::build {
namespace {

std::string HexChecksum(std::string_view bytes) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(XXH64(bytes.data(), bytes.size(), 0)));
  return buf;
}

template <typename T>
bool ParseUint(std::string_view s, T* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

bool ParseDouble(std::string_view s, double* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size() && std::isfinite(*out);
}

bool ParseFlag(std::string_view s) { return s == "1"; }

// Drives a line-oriented reader: maps the file, hands each non-comment line to `parse`,
// which returns an empty string for a good line or the reason it is bad.
Status ForEachLine(const std::string& path, bool strict, ReadStats* stats,
                   const std::function<std::string(std::string_view)>& parse) {
  ASSIGN_OR_RETURN(MappedFile file, MappedFile::Open(path));
  std::string_view all = file.view();
  stats->path = path;
  stats->checksum = HexChecksum(all);
  LineCursor lines(all);
  std::string_view line;
  while (lines.Next(&line)) {
    const uint64_t line_no = lines.line_no();
    ++stats->lines;
    if (line.empty() || line[0] == '#') continue;
    std::string reason = parse(line);
    if (reason.empty()) {
      ++stats->records;
      continue;
    }
    std::string msg = path + ":" + std::to_string(line_no) + ": " + reason;
    if (strict) return InvalidInput(msg);
    ++stats->bad;
    if (stats->errors.size() < ReadStats::kMaxErrors) stats->errors.push_back(std::move(msg));
  }
  return Status::Ok();
}

std::string ColumnCount(size_t got, const char* want) {
  return "expected " + std::string(want) + " tab-separated columns, found " + std::to_string(got);
}

}  // namespace

size_t SplitTabs(std::string_view line, std::string_view* fields, size_t max) {
  size_t n = 0, start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    std::string_view f = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    if (n < max) fields[n] = f;
    ++n;
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return n;
}

Status ReadPlaces(const std::string& path, bool allow_source, bool strict, ReadStats* stats,
                  const std::function<void(const PlaceRow&)>& fn) {
  return ForEachLine(path, strict, stats, [&](std::string_view line) -> std::string {
    std::string_view c[20];
    size_t n = SplitTabs(line, c, 20);
    if (n != 19 && !(allow_source && n == 20)) return ColumnCount(n, allow_source ? "19 or 20" : "19");
    PlaceRow r;
    if (!ParseUint(c[0], &r.geonameid) || r.geonameid == 0)
      return "geonameid: not a positive integer: '" + std::string(c[0]) + "'";
    r.name = c[1];
    if (r.name.empty()) return "name: empty";
    r.asciiname = c[2];
    r.alternatenames = c[3];
    if (!ParseDouble(c[4], &r.lat) || r.lat < -90 || r.lat > 90)
      return "latitude: not a number in [-90, 90]: '" + std::string(c[4]) + "'";
    if (!ParseDouble(c[5], &r.lon) || r.lon < -180 || r.lon > 180)
      return "longitude: not a number in [-180, 180]: '" + std::string(c[5]) + "'";
    if (c[6].size() > 1) return "feature class: more than one letter: '" + std::string(c[6]) + "'";
    r.feature_class = c[6].empty() ? 0 : c[6][0];
    if (c[7].size() > 7) return "feature code: too long: '" + std::string(c[7]) + "'";
    r.feature_code = c[7];
    if (!c[8].empty() && c[8].size() != 2) return "country code: not 2 letters: '" + std::string(c[8]) + "'";
    r.country = c[8];
    r.cc2 = c[9];
    r.admin1 = c[10];
    if (r.admin1.size() > 10) return "admin1 code: too long";
    r.admin2 = c[11];
    if (r.admin2.size() > 255) return "admin2 code: too long";
    r.admin3 = c[12];
    r.admin4 = c[13];
    if (!c[14].empty() && !ParseUint(c[14], &r.population))
      return "population: not a non-negative integer: '" + std::string(c[14]) + "'";
    r.timezone = c[17];
    if (n == 20) r.source = c[19];
    fn(r);
    return {};
  });
}

bool IsPseudoLanguage(std::string_view lang) {
  static constexpr std::string_view kPseudo[] = {"post", "iata", "icao", "faac", "abbr",
                                                 "link", "wkdt", "unlc", "fr_1793", "tcid"};
  for (auto p : kPseudo)
    if (lang == p) return true;
  return false;
}

Status ReadAlternateNames(const std::string& path, bool strict, ReadStats* stats,
                          const std::function<void(const AltNameRow&)>& fn) {
  return ForEachLine(path, strict, stats, [&](std::string_view line) -> std::string {
    std::string_view c[10];
    size_t n = SplitTabs(line, c, 10);
    if (n != 10 && n != 8) return ColumnCount(n, "10 (or 8)");
    AltNameRow r;
    if (!ParseUint(c[0], &r.alternate_name_id)) return "alternateNameId: not an integer: '" + std::string(c[0]) + "'";
    if (!ParseUint(c[1], &r.geonameid) || r.geonameid == 0)
      return "geonameid: not a positive integer: '" + std::string(c[1]) + "'";
    r.lang = c[2];
    r.name = c[3];
    if (r.name.empty()) return "alternate name: empty";
    r.preferred = ParseFlag(c[4]);
    r.short_name = ParseFlag(c[5]);
    r.colloquial = ParseFlag(c[6]);
    r.historic = ParseFlag(c[7]);
    fn(r);
    return {};
  });
}

Status ReadAdminCodes(const std::string& path, bool strict, ReadStats* stats,
                      const std::function<void(const AdminCodeRow&)>& fn) {
  return ForEachLine(path, strict, stats, [&](std::string_view line) -> std::string {
    std::string_view c[4];
    size_t n = SplitTabs(line, c, 4);
    if (n != 4) return ColumnCount(n, "4");
    AdminCodeRow r;
    r.code = c[0];
    size_t d1 = r.code.find('.');
    if (d1 != 2) return "code: expected CC.CODE: '" + std::string(c[0]) + "'";
    r.country = r.code.substr(0, 2);
    std::string_view rest = r.code.substr(3);
    size_t d2 = rest.find('.');
    r.admin1 = rest.substr(0, d2);
    if (d2 != std::string_view::npos) r.admin2 = rest.substr(d2 + 1);
    if (r.admin1.empty() || r.admin1.size() > 10) return "code: bad admin1 part: '" + std::string(c[0]) + "'";
    r.name = c[1];
    r.asciiname = c[2];
    if (r.name.empty()) return "name: empty";
    if (!ParseUint(c[3], &r.geonameid) || r.geonameid == 0)
      return "geonameid: not a positive integer: '" + std::string(c[3]) + "'";
    fn(r);
    return {};
  });
}

Status ReadCountryInfo(const std::string& path, bool strict, ReadStats* stats,
                       const std::function<void(const CountryRow&)>& fn) {
  return ForEachLine(path, strict, stats, [&](std::string_view line) -> std::string {
    std::string_view c[19];
    size_t n = SplitTabs(line, c, 19);
    if (n != 19) return ColumnCount(n, "19");
    CountryRow r;
    r.iso = c[0];
    if (r.iso.size() != 2) return "ISO: not 2 letters: '" + std::string(c[0]) + "'";
    r.iso3 = c[1];
    r.fips = c[3];
    r.name = c[4];
    if (r.name.empty()) return "country name: empty";
    r.capital = c[5];
    if (!c[7].empty() && !ParseUint(c[7], &r.population))
      return "population: not an integer: '" + std::string(c[7]) + "'";
    r.continent = c[8];
    r.languages = c[15];
    if (!c[16].empty() && !ParseUint(c[16], &r.geonameid))
      return "geonameid: not an integer: '" + std::string(c[16]) + "'";
    fn(r);
    return {};
  });
}

}  // namespace marsad::gazetteer::build
