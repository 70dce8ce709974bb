// `marsad gazetteer build|info|lookup`: build the place index, describe it, query it.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "marsad/json_write.h"

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <unordered_set>

#include "commands.h"
#include "gazetteer/build/sources.h"
#include "marsad/gazetteer.h"
#include "marsad/text.h"

namespace marsad::cli {
namespace {

namespace gz = marsad::gazetteer;

std::string NpmDir() { return DataDir() + "/../third_party/npm/node_modules"; }
constexpr const char* kMoPath = "/usr/share/locale/ar/LC_MESSAGES/geonames.mo";
constexpr const char* kEnglishMoPath = "/usr/share/locale/en/LC_MESSAGES/geonames.mo";

struct BuildArgs {
  bool use_default = false, strict = false;
  std::string allcountries, cities, alternate_names, admin1, admin2, country_info, supplement;
  std::string output, data_version;
};

int RunBuild(const BuildArgs& a) {
  gz::build::BuildInputs in;
  in.use_default = a.use_default;
  in.strict = a.strict;
  in.allcountries = a.allcountries;
  in.cities = a.cities;
  in.alternate_names = a.alternate_names;
  in.admin1 = a.admin1;
  in.admin2 = a.admin2;
  in.country_info = a.country_info;
  in.supplement = a.supplement;
  in.data_version = a.data_version;
  if (a.use_default) {
    in.npm_dir = NpmDir();
    in.mo_path = kMoPath;
    in.mo_en_path = kEnglishMoPath;
    in.data_dir = DataDir() + "/gazetteer";
    if (in.data_version.empty()) in.data_version = "default: cities500 2023 + iso3166-2-db + i18n-iso-countries + supplement";
  }
  if (!a.use_default && a.allcountries.empty() && a.cities.empty() && a.admin1.empty() && a.country_info.empty() &&
      a.supplement.empty()) {
    Error("gazetteer build: give --default or at least one GeoNames file");
    return kExitUsage;
  }
  if (!RenamableOutput(a.output, false)) return kExitUsage;  // the index is written aside and renamed
  std::error_code ec;
  auto parent = std::filesystem::path(a.output).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  gz::build::BuildReport report;
  Status s = gz::build::BuildIndex(in, a.output, &std::cerr, &report);
  if (!s.ok()) {
    Error(s.message());
    return kExitBadInput;
  }
  std::cerr << "gazetteer: built " << a.output << " in " << report.seconds << " s (" << report.places << " places, "
            << report.keys << " keys, " << report.bad_lines << " bad lines skipped)\n";
  return kExitOk;
}

Result<gz::Gazetteer> OpenIndex(const std::string& path) {
  if (!std::filesystem::exists(path))
    return NotFound(path + ": no gazetteer index (build one with `marsad gazetteer build --default -o " + path +
                    "` or `make gazetteer`)");
  return gz::Gazetteer::Open(path);
}

int RunInfo(const std::string& path) {
  auto g = OpenIndex(path);
  if (!g.ok()) {
    Error(g.status().message());
    return kExitBadInput;
  }
  const gz::IndexInfo& info = g->info();
  char when[64] = "?";
  std::time_t t = static_cast<std::time_t>(info.build_time);
  if (std::tm tm; gmtime_r(&t, &tm) != nullptr) std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
  std::cout << "file: " << path << "\n"
            << "format_version: " << info.format_version << "\n"
            << "data_version: " << info.data_version << "\n"
            << "build_time: " << when << "\n"
            << "file_size: " << info.file_size << "\n"
            << "places: " << info.places << "\n"
            << "keys: " << info.keys << "\n"
            << "postings: " << info.postings << "\n"
            << "sources:\n";
  for (const auto& s : info.sources)
    std::cout << "  " << s.name << "\trecords=" << s.records << "\txxh64=" << s.checksum << "\n";
  return kExitOk;
}

std::string FlagNames(uint16_t f) {
  static const std::pair<uint16_t, const char*> kNames[] = {
      {gz::kNameMain, "main"},         {gz::kNameAscii, "ascii"},         {gz::kNameAlternate, "alternate"},
      {gz::kNamePreferred, "preferred"}, {gz::kNameShort, "short"},       {gz::kNameColloquial, "colloquial"},
      {gz::kNameHistoric, "historic"}, {gz::kNameArabic, "arabic"},       {gz::kNamePersoArabic, "perso-arabic"},
      {gz::kNameLatin, "latin"},       {gz::kNameOfficial, "official"},   {gz::kNameAbbreviation, "abbreviation"},
      {gz::kNameEnglish, "english"}};
  std::string out;
  for (auto [bit, name] : kNames)
    if (f & bit) out += (out.empty() ? "" : ",") + std::string(name);
  return out;
}

struct Candidate {
  gz::Posting posting;
  std::string key;
};

// The keys to try for a query, best first: the key itself, then clitic stems of its first
// word (بالرقة → الرقه), then keys it is a word prefix of.
std::vector<std::string> QueryKeys(const gz::Gazetteer& g, const std::string& name) {
  std::vector<std::string> keys;
  std::string key = text::NormalizeKey(name);
  if (key.empty()) return keys;
  keys.push_back(key);
  size_t sp = key.find(' ');
  std::string first = key.substr(0, sp), rest = sp == std::string::npos ? "" : key.substr(sp);
  for (const auto& c : text::AnalyzeClitics(first))
    if (c.stem != first) keys.push_back(c.stem + rest);
  if (g.IsPrefix(key))
    for (auto& k : g.KeysWithPrefix(key + " ", 5)) keys.push_back(std::move(k));
  return keys;
}

int RunLookup(const std::string& index, const std::string& name, size_t limit, bool json) {
  auto g = OpenIndex(index);
  if (!g.ok()) {
    Error(g.status().message());
    return kExitBadInput;
  }
  std::vector<Candidate> cands;
  std::unordered_set<uint32_t> seen;
  for (const auto& key : QueryKeys(*g, name)) {
    for (const gz::Posting& p : g->Lookup(key)) {
      if (cands.size() >= limit) break;
      if (seen.insert(p.place).second) cands.push_back({p, key});
    }
  }
  if (json) {
    rapidjson::StringBuffer buf;
    json::Writer w(buf);
    auto str = [&](std::string_view s) { json::Str(w, s); };
    w.StartObject();
    w.Key("query"); str(name);
    w.Key("key"); str(text::NormalizeKey(name));
    w.Key("candidates");
    w.StartArray();
    for (const auto& c : cands) {
      gz::PlaceView v = g->Place(c.posting.place);
      w.StartObject();
      w.Key("geonameid"); w.Uint(v.geonameid);
      w.Key("name"); str(v.name);
      w.Key("name_ar"); str(v.name_ar);
      w.Key("name_en"); str(v.name_en);
      w.Key("lat"); w.Double(v.lat);
      w.Key("lon"); w.Double(v.lon);
      w.Key("feature_class"); str(std::string_view(&v.feature_class, v.feature_class ? 1 : 0));
      w.Key("feature_code"); str(v.feature_code);
      w.Key("country"); str(v.country);
      w.Key("admin1"); str(v.admin1);
      w.Key("population"); w.Uint64(v.population);
      w.Key("supplement"); w.Bool(v.supplement);
      w.Key("matched_key"); str(c.key);
      w.Key("flags"); str(FlagNames(c.posting.flags));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    std::cout << buf.GetString() << "\n";
  } else {
    if (cands.empty()) std::cout << "no match for '" << name << "' (key '" << text::NormalizeKey(name) << "')\n";
    int rank = 0;
    for (const auto& c : cands) {
      gz::PlaceView v = g->Place(c.posting.place);
      char coords[64];
      std::snprintf(coords, sizeof coords, "%.5f,%.5f", v.lat, v.lon);
      std::cout << ++rank << ". " << v.geonameid << "  " << v.name_en;
      if (!v.name_ar.empty()) std::cout << " | " << v.name_ar;
      if (v.name != v.name_en) std::cout << " (" << v.name << ")";
      std::cout << "  " << coords << "  " << (v.feature_class ? std::string(1, v.feature_class) : "-") << "."
                << v.feature_code << "  " << (v.country.empty() ? "-" : v.country) << "."
                << (v.admin1.empty() ? "-" : v.admin1) << "  pop " << v.population << "  [" << c.key << ": "
                << FlagNames(c.posting.flags) << (v.supplement ? ",supplement" : "") << "]\n";
    }
  }
  return cands.empty() ? kExitBadInput : kExitOk;
}

}  // namespace

void AddGazetteerCommand(CLI::App& app, Context& ctx) {
  auto* gaz = app.add_subcommand("gazetteer", "Build, describe and query the place index");
  gaz->require_subcommand(1);

  static BuildArgs b;
  auto* build = gaz->add_subcommand("build", "Build an index from GeoNames files and/or the default sources");
  build->add_flag("--default", b.use_default,
                  "Use the embedded default sources (npm cities500, iso3166-2-db, i18n-iso-countries, "
                  "geonames.mo, data/gazetteer)");
  build->add_option("--allcountries", b.allcountries, "GeoNames allCountries.txt (19 columns)");
  build->add_option("--cities", b.cities, "GeoNames citiesN.txt (19 columns)");
  build->add_option("--alternate-names", b.alternate_names, "GeoNames alternateNamesV2.txt");
  build->add_option("--admin1", b.admin1, "GeoNames admin1CodesASCII.txt");
  build->add_option("--admin2", b.admin2, "GeoNames admin2Codes.txt");
  build->add_option("--country-info", b.country_info, "GeoNames countryInfo.txt");
  build->add_option("--supplement", b.supplement, "Supplement in GeoNames format + source column");
  build->add_option("--data-version", b.data_version, "Free-text data version stored in the index");
  build->add_flag("--strict", b.strict, "Fail on the first bad line instead of skipping it");
  build->add_option("-o,--output", b.output, "Index file to write")->required();
  build->callback([&ctx]() { ctx.exit_code = RunBuild(b); });

  static std::string info_path;
  auto* info = gaz->add_subcommand("info", "Print an index's version, counts and sources");
  info->add_option("FILE", info_path, "Index file (default: the default index)");
  info->callback([&ctx]() { ctx.exit_code = RunInfo(info_path.empty() ? DefaultIndexPath() : info_path); });

  static std::string index_path;
  static std::vector<std::string> args;
  static size_t limit = 10;
  static bool json = false;
  auto* lookup = gaz->add_subcommand("lookup", "List the places a name may refer to, best first");
  lookup->add_option("--index", index_path, "Index file (default: the default index)");
  lookup->add_option("ARGS", args, "[FILE] NAME")->required()->expected(1, 2);
  lookup->add_option("--limit", limit, "Maximum candidates")->check(CLI::PositiveNumber);
  lookup->add_flag("--json", json, "Print JSON");
  lookup->callback([&ctx]() {
    std::string index = index_path, name = args.back();
    if (args.size() == 2) index = args.front();
    if (index.empty()) index = DefaultIndexPath();
    ctx.exit_code = RunLookup(index, name, limit, json);
  });
}

}  // namespace marsad::cli
