// The gazetteer: places and their names, in one versioned binary file that is
// memory-mapped. Opening validates the header, section table and checksum once and
// never parses text; everything returned is a view into the mapping, valid while the
// Gazetteer lives. Immutable after Open: share one instance across threads freely.
//
// Keys are names normalized by text::NormalizeKey — the same function the matcher applies
// to text — so a lookup is one hash probe. Format: docs/gazetteer-format.md and
// src/gazetteer/format.h.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/status.h"

namespace marsad::gazetteer {

// How a name relates to its place (Posting::flags).
enum NameFlag : uint16_t {
  kNameMain = 1 << 0,        // GeoNames "name" (or the country/admin1 canonical name)
  kNameAscii = 1 << 1,       // GeoNames "asciiname"
  kNameAlternate = 1 << 2,   // from alternatenames / alternateNamesV2
  kNamePreferred = 1 << 3,   // isPreferredName
  kNameShort = 1 << 4,       // isShortName
  kNameColloquial = 1 << 5,  // isColloquial
  kNameHistoric = 1 << 6,    // isHistoric
  kNameArabic = 1 << 7,      // Arabic script, Arabic letters only
  kNamePersoArabic = 1 << 8, // Arabic script with Persian/Kurdish/Urdu-only letters
  kNameLatin = 1 << 9,       // Latin script
  kNameOfficial = 1 << 10,   // from a curated source: country/admin1 lists, our supplement
  kNameAbbreviation = 1 << 11,  // abbr pseudo-language, or all-caps ≤ 4 letters
  kNameEnglish = 1 << 12,    // the place's English name (libgeonames-common's English geonames.mo)
};

struct Posting {
  uint32_t place = 0;  // index into the place table
  uint16_t flags = 0;  // NameFlag bits
  uint16_t lang = 0;   // ISO 639-1 packed as (c0 << 8 | c1), 0 when unknown
};

// One place (a view into the mapping).
struct PlaceView {
  uint32_t index = 0;
  uint32_t geonameid = 0;       // GeoNames id; 990000000+ are marsad supplement entries
  float lat = 0, lon = 0;
  uint64_t population = 0;
  char feature_class = 0;       // A H L P R S T U V
  std::string_view feature_code;  // PPLA, ADM1, MTS …
  std::string_view country;       // ISO alpha-2, may be empty
  std::string_view admin1;        // GeoNames admin1 code ("04"), may be empty
  std::string_view admin2;
  std::string_view name;          // GeoNames name
  std::string_view name_ar;       // best Arabic display name, may be empty
  std::string_view name_en;       // best English display name (falls back to name)
  bool supplement = false;        // from data/gazetteer/supplement.txt
};

struct SourceInfo {
  std::string name;      // file or package name
  std::string checksum;  // xxh64 of the file, hex
  uint64_t records = 0;
};

struct IndexInfo {
  uint32_t format_version = 0;
  std::string data_version;  // free text given at build time
  int64_t build_time = 0;    // unix seconds
  uint64_t places = 0, keys = 0, postings = 0, file_size = 0;
  std::vector<SourceInfo> sources;
};

// The newest index format this build reads and writes (`marsad --version`).
uint32_t IndexFormatVersion();

struct OpenOptions {
  // Verify the whole-file checksum (reads every page once: ~1 ms per MB where page faults
  // are slow). Without it, Open still checks the header, version, size and every section
  // bound, and all accessors stay bounds-checked (no crash), but flipped bits inside the
  // data go unnoticed. Turn off only for very large indexes verified once after building.
  bool verify_checksum = true;
  // Read the file into memory instead of mapping it (MappedFile::Copy): the index file may
  // then be overwritten in place while in use. `marsad serve` does this, since a mapped
  // index overwritten under a running server (cp over it) killed it with SIGBUS.
  bool private_copy = false;
  // A directory where Open remembers that a file passed the whole-file checksum (one small
  // stamp per index: device, inode, size, mtime and ctime, and the header's checksum). When
  // the file's identity still matches its stamp, Open skips the 50 MB read: the one-article
  // run spent more on it than on the article (docs/performance.md, session 37). Any write
  // to the file (a flipped byte, a truncation, a copy over it) changes its ctime, which no
  // user can set back, so such a file is verified again. A stamp is written only for a file
  // whose mtime and ctime are at least 2 s old (a write in the same clock tick would keep
  // them). Empty: always verify. Open never fails because of the directory (unwritable,
  // missing, a damaged stamp): it verifies instead.
  std::string verification_cache;
};

// The verification cache the `marsad` commands use: $MARSAD_CACHE_DIR (set but empty: no
// cache), else $XDG_CACHE_HOME/marsad, else $HOME/.cache/marsad, else none.
std::string DefaultVerificationCache();

// The second matching key for romanised Arabic, Persian and Kurdish names (issue 15):
// computed from a normalized key (text::NormalizeKey), insensitive to vowel spelling
// (Deir/Dayr, Zor/Zawr), doubled consonants (Maarrat/Maarat), the article and its
// assimilated forms (al-/el-/ad-/as-/ash-/az- …, dropped), hamza and ayn marks (already gone
// from the key) and hyphenation: "maarrat al numan" and "maarat an numan" both give
// "mrt nmn". q and k, dj and j are one letter. Empty when fewer than 4 consonants are left
// (short names collide too easily).
std::string VariantKey(std::string_view key);
// Countries whose places Arabic (and English conflict) news names from Arabic, Persian or
// Kurdish: the places that get variant keys, and whose Arabic-script names are trusted.
bool ArabicNewsRegion(std::string_view iso2);

class Gazetteer {
 public:
  // Maps and validates an index file. A truncated, corrupt or wrong-version file gives
  // an error naming the file and what is wrong.
  static Result<Gazetteer> Open(const std::string& path);
  static Result<Gazetteer> Open(const std::string& path, const OpenOptions& options);

  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer();

  // Postings of a normalized key; empty when the key is not a name.
  std::span<const Posting> Lookup(std::string_view key) const;
  // True when `prefix` followed by a space begins some longer key ("deir" → "deir ez zor"):
  // the matcher extends a span only while this holds.
  bool IsPrefix(std::string_view prefix) const;
  // Both at once, with one probe: the postings of `key` and whether it begins a longer key.
  std::span<const Posting> Lookup(std::string_view key, bool* is_prefix) const;
  // Places one of whose Latin names has this VariantKey (ArabicNewsRegion countries only),
  // as postings with the flags of that name; empty when the index has no variant section.
  std::vector<Posting> LookupVariant(std::string_view variant_key) const;
  // Keys beginning with `prefix` (for completion and the lookup command), at most `limit`.
  std::vector<std::string> KeysWithPrefix(std::string_view prefix, size_t limit) const;
  // Calls fn for every key and its postings (building baselines and name lists).
  void ForEachKey(const std::function<void(std::string_view, std::span<const Posting>)>& fn) const;

  size_t size() const;  // number of places
  PlaceView Place(uint32_t index) const;
  // Index of a place by GeoNames id, or -1.
  int64_t FindById(uint32_t geonameid) const;
  // The country place (feature A.PCLI & co) of an ISO code, or -1.
  int64_t Country(std::string_view iso2) const;
  // The admin1 place of a country and GeoNames admin1 code ("SY", "04"), or -1.
  int64_t Admin1(std::string_view iso2, std::string_view admin1_code) const;

  const IndexInfo& info() const;

 private:
  struct Impl;
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::gazetteer
