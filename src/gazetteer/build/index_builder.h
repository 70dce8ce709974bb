// IndexBuilder: collects places and names in compact form and writes the index file
// (format: src/gazetteer/format.h). Not in the runtime path.
//
// Memory: places are fixed 64-byte records, strings live in one pool, keys are interned
// into one arena (each distinct key stored once), and a name occurrence costs a 12-byte
// posting — so a 12-million-place dump with 15 million alternate names stays within a few GB.
// Not thread-safe.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/format.h"
#include "marsad/gazetteer.h"
#include "marsad/status.h"

namespace marsad::gazetteer::build {

struct PlaceInput {
  uint32_t geonameid = 0;
  std::string_view name;
  double lat = 0, lon = 0;  // NaN: unknown, filled from member places (FillMissingCoordinates)
  char feature_class = 0;
  std::string_view feature_code, country, admin1, admin2;
  uint64_t population = 0;
  bool supplement = false;
};

// Display-name priorities (higher wins; ties keep the first offered).
enum NamePriority : uint8_t {
  kPrioFallback = 1,   // an untagged name in the right script
  kPrioLocalized = 2,  // a localized name by id (geonames.mo)
  kPrioTagged = 3,     // alternateNames with the right language tag
  kPrioPreferred = 4,  // … and isPreferredName
  kPrioCurated = 5,    // country/admin1 lists, the supplement
};

class IndexBuilder {
 public:
  explicit IndexBuilder(std::ostream* progress = nullptr);

  // Adds a place, or returns the existing index when the geonameid is already known
  // (the first definition wins; unknown coordinates are filled from a later one).
  uint32_t AddPlace(const PlaceInput& p);
  int64_t Find(uint32_t geonameid) const;
  size_t place_count() const { return places_.size(); }
  const format::PlaceRecord& place(uint32_t i) const { return places_[i]; }
  std::string_view PlaceString(uint32_t off, uint32_t len) const { return std::string_view(pool_).substr(off, len); }
  void SetCoordinates(uint32_t place, double lat, double lon);

  // Adds a name of a place: normalizes it into a key (skipped when shorter than 2 code
  // points), adds script flags (Arabic / Perso-Arabic / Latin) and the abbreviation flag.
  void AddName(uint32_t place, std::string_view name, uint16_t flags, uint16_t lang = 0);
  void OfferArabicName(uint32_t place, std::string_view name, NamePriority prio);
  void OfferEnglishName(uint32_t place, std::string_view name, NamePriority prio);

  void AddSource(SourceInfo s) { sources_.push_back(std::move(s)); }
  void set_data_version(std::string v) { data_version_ = std::move(v); }

  // Places whose coordinates are unknown get the mean of the places in their admin1
  // (ADM1) or country (countries); returns how many are still unknown (dropped to 0,0).
  size_t FillMissingCoordinates();

  // Writes the index to `path` atomically (a temporary file renamed over it).
  Status Write(const std::string& path, int64_t build_time);

  uint64_t name_count() const { return postings_.size(); }
  uint64_t key_count() const { return key_refs_.size(); }
  void Progress(const std::string& line);

  static uint16_t PackLang(std::string_view lang);

 private:
  struct RawPosting {
    uint32_t key;
    uint32_t place;
    uint16_t flags;
    uint16_t lang;
  };
  uint32_t Intern(std::string_view key);
  int64_t FindKey(std::string_view key) const;  // interned id or -1
  uint32_t PoolAdd(std::string_view s);
  uint32_t PoolAddShort(std::string_view s);  // deduplicated (codes)

  std::ostream* progress_;
  std::vector<format::PlaceRecord> places_;
  std::vector<uint8_t> ar_prio_, en_prio_;
  std::string pool_;
  // geonameid -> place index + 1 (open addressing, 0 = empty)
  std::vector<std::pair<uint32_t, uint32_t>> ids_;
  size_t id_count_ = 0;
  // interned keys
  std::string key_arena_;
  std::vector<uint64_t> key_refs_;  // offset << 16 | length
  std::vector<uint32_t> key_table_;  // key id + 1, open addressing
  std::vector<uint64_t> short_table_;  // (pool offset << 8 | length) + 1, open addressing
  size_t short_count_ = 0;
  std::vector<RawPosting> postings_;
  std::vector<SourceInfo> sources_;
  std::string data_version_;
};

}  // namespace marsad::gazetteer::build
