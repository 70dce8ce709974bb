// Building the index file (docs/gazetteer-format.md): places, names and keys gathered from
// the sources, then written as the sections of one memory-mapped file. Just over 600 lines
// for a reason: Write lays out every section of the format in order, beside the tables it
// reads, so the file layout can be checked against the format document in one place.
#include "gazetteer/build/index_builder.h"

#include <marisa.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <sstream>
#include <utility>

#include "gazetteer/rank.h"
#include "marsad/text.h"

namespace marsad::gazetteer::build {

namespace f = format;

namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool IsAbbreviation(std::string_view name) {
  if (name.size() < 2 || name.size() > 6) return false;
  size_t letters = 0;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.') return false;
  }
  return letters >= 2 && letters <= 4;
}

void CopyFixed(char* dst, size_t cap, std::string_view s) {
  std::memset(dst, 0, cap);
  if (!s.empty()) std::memcpy(dst, s.data(), std::min(cap, s.size()));
}

}  // namespace

IndexBuilder::IndexBuilder(std::ostream* progress) : progress_(progress) {
  ids_.assign(1 << 16, {0, 0});
  key_table_.assign(1 << 16, 0);
  short_table_.assign(1 << 12, 0);
}

void IndexBuilder::Progress(const std::string& line) {
  if (progress_ != nullptr) *progress_ << "gazetteer: " << line << std::endl;
}

uint16_t IndexBuilder::PackLang(std::string_view lang) {
  if (lang.size() != 2) return 0;
  auto lower = [](char c) { return static_cast<uint8_t>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  return static_cast<uint16_t>(lower(lang[0]) << 8 | lower(lang[1]));
}

uint32_t IndexBuilder::PoolAdd(std::string_view s) {
  uint32_t off = static_cast<uint32_t>(pool_.size());
  pool_.append(s);
  return off;
}

uint32_t IndexBuilder::PoolAddShort(std::string_view s) {
  if (s.empty()) return 0;
  if (s.size() > 32) return PoolAdd(s);
  if (short_count_ * 2 >= short_table_.size()) {
    std::vector<uint64_t> old(short_table_.size() * 2, 0);
    old.swap(short_table_);
    for (uint64_t v : old) {
      if (v == 0) continue;
      uint64_t off = (v - 1) >> 8, len = (v - 1) & 0xFF;
      uint64_t mask = short_table_.size() - 1, i = f::KeyHash(std::string_view(pool_).substr(off, len)) & mask;
      while (short_table_[i] != 0) i = (i + 1) & mask;
      short_table_[i] = v;
    }
  }
  uint64_t mask = short_table_.size() - 1, i = f::KeyHash(s) & mask;
  while (short_table_[i] != 0) {
    uint64_t off = (short_table_[i] - 1) >> 8, len = (short_table_[i] - 1) & 0xFF;
    if (std::string_view(pool_).substr(off, len) == s) return static_cast<uint32_t>(off);
    i = (i + 1) & mask;
  }
  uint32_t off = PoolAdd(s);
  short_table_[i] = ((uint64_t{off} << 8) | s.size()) + 1;
  ++short_count_;
  return off;
}

int64_t IndexBuilder::Find(uint32_t geonameid) const {
  uint64_t mask = ids_.size() - 1, i = (geonameid * 0x9E3779B97F4A7C15ull) >> 20 & mask;
  while (ids_[i].second != 0) {
    if (ids_[i].first == geonameid) return ids_[i].second - 1;
    i = (i + 1) & mask;
  }
  return -1;
}

uint32_t IndexBuilder::AddPlace(const PlaceInput& p) {
  if (int64_t existing = Find(p.geonameid); existing >= 0) {
    auto& r = places_[existing];
    if (std::isnan(r.lat) && !std::isnan(p.lat)) SetCoordinates(existing, p.lat, p.lon);
    return static_cast<uint32_t>(existing);
  }
  if ((id_count_ + 1) * 2 > ids_.size()) {
    std::vector<std::pair<uint32_t, uint32_t>> old(ids_.size() * 2, {0, 0});
    old.swap(ids_);
    uint64_t mask = ids_.size() - 1;
    for (auto& e : old) {
      if (e.second == 0) continue;
      uint64_t i = (e.first * 0x9E3779B97F4A7C15ull) >> 20 & mask;
      while (ids_[i].second != 0) i = (i + 1) & mask;
      ids_[i] = e;
    }
  }
  uint32_t index = static_cast<uint32_t>(places_.size());
  uint64_t mask = ids_.size() - 1, i = (p.geonameid * 0x9E3779B97F4A7C15ull) >> 20 & mask;
  while (ids_[i].second != 0) i = (i + 1) & mask;
  ids_[i] = {p.geonameid, index + 1};
  ++id_count_;

  f::PlaceRecord r;
  std::memset(&r, 0, sizeof r);
  r.geonameid = p.geonameid;
  r.lat = static_cast<float>(p.lat);
  r.lon = static_cast<float>(p.lon);
  std::string_view name = p.name.substr(0, 0xFFFF);
  r.name_off = PoolAdd(name);
  r.name_len = static_cast<uint16_t>(name.size());
  r.name_en_off = r.name_off;  // English display falls back to the GeoNames name
  r.name_en_len = r.name_len;
  std::string_view a1 = p.admin1.substr(0, 10), a2 = p.admin2.substr(0, 255);
  r.admin1_off = PoolAddShort(a1);
  r.admin1_len = static_cast<uint8_t>(a1.size());
  r.admin2_off = PoolAddShort(a2);
  r.admin2_len = static_cast<uint8_t>(a2.size());
  r.population = p.population;
  CopyFixed(r.feature_code, sizeof r.feature_code, p.feature_code);
  CopyFixed(r.country, sizeof r.country, p.country);
  r.feature_class = p.feature_class;
  r.flags = p.supplement ? f::kPlaceSupplement : 0;
  places_.push_back(r);
  ar_prio_.push_back(0);
  en_prio_.push_back(kPrioFallback);
  return index;
}

void IndexBuilder::SetCoordinates(uint32_t place, double lat, double lon) {
  places_[place].lat = static_cast<float>(lat);
  places_[place].lon = static_cast<float>(lon);
}

uint32_t IndexBuilder::Intern(std::string_view key) {
  if (key_refs_.size() * 2 >= key_table_.size()) {
    std::vector<uint32_t> old(key_table_.size() * 2, 0);
    old.swap(key_table_);
    uint64_t mask = key_table_.size() - 1;
    for (uint32_t v : old) {
      if (v == 0) continue;
      uint64_t ref = key_refs_[v - 1];
      uint64_t i = f::KeyHash(std::string_view(key_arena_).substr(ref >> 16, ref & 0xFFFF)) & mask;
      while (key_table_[i] != 0) i = (i + 1) & mask;
      key_table_[i] = v;
    }
  }
  uint64_t mask = key_table_.size() - 1, i = f::KeyHash(key) & mask;
  while (key_table_[i] != 0) {
    uint64_t ref = key_refs_[key_table_[i] - 1];
    if (std::string_view(key_arena_).substr(ref >> 16, ref & 0xFFFF) == key) return key_table_[i] - 1;
    i = (i + 1) & mask;
  }
  uint32_t id = static_cast<uint32_t>(key_refs_.size());
  key_refs_.push_back(uint64_t{key_arena_.size()} << 16 | key.size());
  key_arena_.append(key);
  key_table_[i] = id + 1;
  return id;
}

int64_t IndexBuilder::FindKey(std::string_view key) const {
  uint64_t mask = key_table_.size() - 1, i = f::KeyHash(key) & mask;
  while (key_table_[i] != 0) {
    uint64_t ref = key_refs_[key_table_[i] - 1];
    if (std::string_view(key_arena_).substr(ref >> 16, ref & 0xFFFF) == key) return key_table_[i] - 1;
    i = (i + 1) & mask;
  }
  return -1;
}

void IndexBuilder::AddName(uint32_t place, std::string_view name, uint16_t flags, uint16_t lang) {
  std::string key = text::NormalizeKey(name);
  if (key.size() > 240 || CodePoints(key) < 2) return;
  switch (text::ScriptOf(name)) {
    case text::Script::kArabic: {
      bool perso = false;
      for (size_t i = 0; i < name.size() && !perso;) perso = text::IsNonArabicPersoArabicLetter(text::NextCodePoint(name, i));
      flags |= perso ? kNamePersoArabic : kNameArabic;
      break;
    }
    case text::Script::kLatin:
      flags |= kNameLatin;
      break;
    default:
      break;
  }
  if (IsAbbreviation(name)) flags |= kNameAbbreviation;
  postings_.push_back({Intern(key), place, flags, lang});
  // Arabic "ابو كمال" / "البو كمال" are also written joined (البوكمال, ابوظبي), and so are
  // two-word names whose second word has the article, above all in hashtags (حفرالباطن,
  // ديرالزور). Not for the theophoric patterns of persons' names (عبدالله, نصرالله,
  // صلاحالدين).
  const uint16_t joined_flags = static_cast<uint16_t>((flags & ~(kNameMain | kNameOfficial)) | kNameAlternate);
  for (std::string_view pre : {"ابو ", "البو "}) {
    if (key.size() > pre.size() + 2 && key.starts_with(pre)) {
      std::string joined = key.substr(0, pre.size() - 1) + key.substr(pre.size());
      postings_.push_back({Intern(joined), place, joined_flags, lang});
    }
  }
  // "Mt. Pleasant", "Ft. Myers": local news abbreviates Mount and Fort before a town's name,
  // and GeoNames lists the abbreviated form for a few towns only (Mount Pleasant, South
  // Carolina has "Mt. Pleasant"; Mount Pleasant, Iowa has not).
  if (flags & kNameLatin) {
    for (auto [full, abbr] : {std::pair<std::string_view, std::string_view>{"mount ", "mt "}, {"fort ", "ft "}}) {
      if (key.size() > full.size() + 2 && key.starts_with(full))
        postings_.push_back({Intern(std::string(abbr) + key.substr(full.size())), place, joined_flags, lang});
    }
  }
  if (flags & kNameArabic) {
    size_t sp = key.find(' ');
    if (sp != std::string::npos && sp >= 4 && key.find(' ', sp + 1) == std::string::npos &&
        key.compare(sp + 1, 4, "ال") == 0 && key.size() - sp - 1 >= 8 && !key.starts_with("عبد ") &&
        !key.starts_with("ابو ") && !key.starts_with("البو ") && !key.ends_with(" الله") &&
        !key.ends_with(" الدين") && !key.ends_with(" الرحمن")) {
      postings_.push_back({Intern(key.substr(0, sp) + key.substr(sp + 1)), place, joined_flags, lang});
    }
  }
}

void IndexBuilder::OfferArabicName(uint32_t place, std::string_view name, NamePriority prio) {
  if (name.empty() || name.size() > 0xFFFF || prio <= ar_prio_[place]) return;
  ar_prio_[place] = prio;
  places_[place].name_ar_off = PoolAdd(name);
  places_[place].name_ar_len = static_cast<uint16_t>(name.size());
}

void IndexBuilder::OfferEnglishName(uint32_t place, std::string_view name, NamePriority prio) {
  if (name.empty() || name.size() > 0xFFFF || prio <= en_prio_[place]) return;
  en_prio_[place] = prio;
  auto& r = places_[place];
  if (PlaceString(r.name_off, r.name_len) == name) {
    r.name_en_off = r.name_off;
  } else {
    r.name_en_off = PoolAdd(name);
  }
  r.name_en_len = static_cast<uint16_t>(name.size());
}

size_t IndexBuilder::FillMissingCoordinates() {
  // Sums per country and per country+admin1 over places with known coordinates.
  struct Acc { double lat = 0, lon = 0; uint64_t n = 0; };
  std::map<std::string, Acc> acc;
  for (const auto& r : places_) {
    if (std::isnan(r.lat) || r.country[0] == 0) continue;
    std::string cc(r.country, 2);
    for (const std::string& k : {cc, cc + "." + std::string(PlaceString(r.admin1_off, r.admin1_len))}) {
      Acc& a = acc[k];
      a.lat += r.lat;
      a.lon += r.lon;
      ++a.n;
    }
  }
  size_t unknown = 0;
  for (auto& r : places_) {
    if (!std::isnan(r.lat)) continue;
    std::string k(r.country, strnlen(r.country, 2));
    if (std::string_view(r.feature_code) == "ADM1") k += "." + std::string(PlaceString(r.admin1_off, r.admin1_len));
    auto it = acc.find(k);
    // A province none of whose places the index holds: its country's point is far better
    // than (0, 0).
    if (it == acc.end() || it->second.n == 0) it = acc.find(std::string(r.country, strnlen(r.country, 2)));
    if (it != acc.end() && it->second.n > 0) {
      r.lat = static_cast<float>(it->second.lat / it->second.n);
      r.lon = static_cast<float>(it->second.lon / it->second.n);
    } else {
      r.lat = r.lon = 0;
      ++unknown;
    }
  }
  return unknown;
}

namespace {

class Writer {
 public:
  Writer(std::FILE* f, const f::FileHeader& h) : f_(f), hash_(std::make_unique<f::FileHasher>(h.format_version, &h)) {}
  void Emit(const void* p, size_t n) {
    if (n == 0) return;
    if (std::fwrite(p, 1, n, f_) != n) ok_ = false;
    hash_->Update(p, n);
    pos_ += n;
  }
  void PadTo8() {
    static const char zeros[8] = {};
    Emit(zeros, (8 - pos_ % 8) % 8);
  }
  uint64_t pos() const { return pos_; }
  uint64_t digest() { return hash_->Digest(); }
  bool ok() const { return ok_; }

 private:
  std::FILE* f_;
  std::unique_ptr<f::FileHasher> hash_;  // XXH3 state: 576 bytes, 64-aligned
  uint64_t pos_ = sizeof(f::FileHeader);
  bool ok_ = true;
};

void PutU32(std::string& b, uint32_t v) { b.append(reinterpret_cast<const char*>(&v), 4); }
void PutU64(std::string& b, uint64_t v) { b.append(reinterpret_cast<const char*>(&v), 8); }
void PutStr(std::string& b, std::string_view s) {
  PutU32(b, static_cast<uint32_t>(s.size()));
  b.append(s);
}

}  // namespace

Status IndexBuilder::Write(const std::string& path, int64_t build_time) {
  const uint64_t nkeys = key_refs_.size();
  // 0. Variant keys of the Latin names of places in the Arabic-named region (format.h).
  std::vector<f::VariantEntry> variants;
  for (const RawPosting& p : postings_) {
    if (!(p.flags & kNameLatin) || p.place >= places_.size()) continue;
    const f::PlaceRecord& r = places_[p.place];
    if (!ArabicNewsRegion(std::string_view(r.country, strnlen(r.country, 2)))) continue;
    uint64_t ref = key_refs_[p.key];
    std::string v = VariantKey(std::string_view(key_arena_).substr(ref >> 16, ref & 0xFFFF));
    if (!v.empty()) variants.push_back({f::KeyHash(v), p.place, p.flags, p.lang});
  }
  std::sort(variants.begin(), variants.end(),
            [](const auto& a, const auto& b) { return a.hash != b.hash ? a.hash < b.hash : a.place < b.place; });
  {
    size_t w = 0;
    for (size_t r = 0; r < variants.size(); ++r) {
      if (w > 0 && variants[w - 1].hash == variants[r].hash && variants[w - 1].place == variants[r].place) {
        variants[w - 1].flags |= variants[r].flags;
      } else {
        variants[w++] = variants[r];
      }
    }
    variants.resize(w);
  }
  Progress("places " + std::to_string(places_.size()) + ", names " + std::to_string(postings_.size()) +
           ", keys " + std::to_string(nkeys) + ": building trie");
  // 1. The trie; marisa assigns key ids, which index the posting offsets.
  std::vector<uint32_t> marisa_id(nkeys);
  std::string trie_bytes;
  {
    marisa::Keyset ks;
    for (uint64_t ref : key_refs_) ks.push_back(key_arena_.data() + (ref >> 16), ref & 0xFFFF);
    marisa::Trie trie;
    try {
      trie.build(ks);
    } catch (const std::exception& e) {
      return Status(StatusCode::kInternal, std::string("building the key trie: ") + e.what());
    }
    for (uint64_t i = 0; i < nkeys; ++i) marisa_id[i] = static_cast<uint32_t>(ks[i].id());
    std::ostringstream os;
    marisa::write(os, trie);
    trie_bytes = std::move(os).str();
  }

  // 2. Postings: by key, duplicates (same key and place) merged, then best first.
  Progress("sorting " + std::to_string(postings_.size()) + " postings");
  for (auto& p : postings_) p.key = marisa_id[p.key];
  std::sort(postings_.begin(), postings_.end(), [](const RawPosting& a, const RawPosting& b) {
    return a.key != b.key ? a.key < b.key : a.place < b.place;
  });
  size_t w = 0;
  for (size_t r = 0; r < postings_.size(); ++r) {
    if (w > 0 && postings_[w - 1].key == postings_[r].key && postings_[w - 1].place == postings_[r].place) {
      postings_[w - 1].flags |= postings_[r].flags;
      if (postings_[w - 1].lang == 0) postings_[w - 1].lang = postings_[r].lang;
    } else {
      postings_[w++] = postings_[r];
    }
  }
  postings_.resize(w);
  postings_.shrink_to_fit();
  std::vector<uint32_t> offsets(nkeys + 1, 0);
  for (const auto& p : postings_) ++offsets[p.key + 1];
  for (uint64_t k = 0; k < nkeys; ++k) offsets[k + 1] += offsets[k];
  // Best first: names that are the place's main/official/display name, then the feature
  // prior, then population. A first-level division sorts right after its own seat city
  // of the same name (الرقة: the city, then the governorate), as news usage prefers.
  std::vector<uint64_t> display;  // marisa key id << 32 | place
  for (uint32_t i = 0; i < places_.size(); ++i) {
    const auto& r = places_[i];
    for (auto [off, len] : {std::pair<uint32_t, uint32_t>{r.name_ar_off, r.name_ar_len}, {r.name_en_off, r.name_en_len}}) {
      if (len == 0) continue;
      int64_t k = FindKey(text::NormalizeKey(PlaceString(off, len)));
      if (k >= 0) display.push_back(uint64_t{marisa_id[k]} << 32 | i);
    }
  }
  std::sort(display.begin(), display.end());
  struct SortKey { int tier, prior; uint64_t pop; uint32_t place; size_t pos; };
  std::vector<SortKey> group;
  std::vector<RawPosting> tmp_group;
  for (uint64_t k = 0; k < nkeys; ++k) {
    const uint32_t b = offsets[k], e = offsets[k + 1];
    if (e - b < 2) continue;
    group.clear();
    for (uint32_t j = b; j < e; ++j) {
      const RawPosting& p = postings_[j];
      const auto& r = places_[p.place];
      bool disp = std::binary_search(display.begin(), display.end(), uint64_t{static_cast<uint32_t>(k)} << 32 | p.place);
      int tier = (p.flags & (kNameMain | kNameOfficial)) || disp ? 0 : 1;
      int prior = 2 * FeaturePrior(r.feature_class, std::string_view(r.feature_code, strnlen(r.feature_code, 8)));
      group.push_back({tier, prior, r.population, p.place, j});
    }
    for (auto& g : group) {
      const auto& a = places_[g.place];
      if (std::string_view(a.feature_code, strnlen(a.feature_code, 8)) != "ADM1") continue;
      for (const auto& c : group) {
        const auto& city = places_[c.place];
        std::string_view code(city.feature_code, strnlen(city.feature_code, 8));
        if (city.feature_class == 'P' && (code == "PPLA" || code == "PPLC") &&
            std::memcmp(city.country, a.country, 2) == 0 &&
            PlaceString(city.admin1_off, city.admin1_len) == PlaceString(a.admin1_off, a.admin1_len)) {
          g.tier = c.tier;
          g.prior = c.prior + 1;
          break;
        }
      }
    }
    std::sort(group.begin(), group.end(), [](const SortKey& x, const SortKey& y) {
      if (x.tier != y.tier) return x.tier < y.tier;
      if (x.prior != y.prior) return x.prior < y.prior;
      if (x.pop != y.pop) return x.pop > y.pop;
      return x.place < y.place;
    });
    tmp_group.assign(postings_.begin() + b, postings_.begin() + e);
    for (size_t j = 0; j < group.size(); ++j) postings_[b + j] = tmp_group[group[j].pos - b];
  }
  std::vector<uint64_t>().swap(display);
  std::vector<uint32_t>().swap(key_table_);

  // 3. The hash table: every key, plus every proper word prefix of multi-word keys.
  Progress("hashing keys and word prefixes");
  std::vector<uint64_t> prefixes;
  std::vector<uint64_t> arabic;  // the Arabic-script keys' and prefixes' hashes (format.h)
  for (uint64_t ref : key_refs_) {
    std::string_view key = std::string_view(key_arena_).substr(ref >> 16, ref & 0xFFFF);
    const bool ar = f::ArabicLead(key);
    if (ar) arabic.push_back(f::KeyHash(key));
    for (size_t sp = key.find(' '); sp != std::string_view::npos; sp = key.find(' ', sp + 1)) {
      prefixes.push_back(f::KeyHash(key.substr(0, sp)));
      if (ar) arabic.push_back(prefixes.back());
    }
  }
  std::sort(prefixes.begin(), prefixes.end());
  prefixes.erase(std::unique(prefixes.begin(), prefixes.end()), prefixes.end());
  const uint64_t nslots = std::max<uint64_t>(16, (nkeys + prefixes.size()) * 10 / 7 + 1);
  std::vector<f::HashSlot> slots(nslots, f::HashSlot{0, 0, 0});
  auto insert = [&](uint64_t h, uint32_t key_id, uint32_t flags) {
    uint64_t i = f::SlotOf(h, nslots);
    while (slots[i].hash != 0 && slots[i].hash != h) i = i + 1 == nslots ? 0 : i + 1;
    if (slots[i].hash == 0) {
      slots[i] = {h, key_id, flags};
    } else {
      slots[i].flags |= flags;  // a prefix that is also a key (or a 64-bit collision: first key wins)
    }
  };
  for (uint64_t k = 0; k < nkeys; ++k) {
    uint64_t ref = key_refs_[k];
    insert(f::KeyHash(std::string_view(key_arena_).substr(ref >> 16, ref & 0xFFFF)), marisa_id[k], 0);
  }
  for (uint64_t h : prefixes) insert(h, f::kNoKey, f::kSlotPrefix);
  std::vector<uint64_t>().swap(prefixes);

  // 4. Id, country and admin1 tables.
  std::vector<f::IdEntry> ids;
  ids.reserve(places_.size());
  std::vector<f::CountryEntry> countries;
  std::vector<f::Admin1Entry> admin1;
  for (uint32_t i = 0; i < places_.size(); ++i) {
    const auto& r = places_[i];
    ids.push_back({r.geonameid, i});
    std::string_view code(r.feature_code, strnlen(r.feature_code, 8));
    if (r.feature_class == 'A' && r.country[0] != 0 && (code.starts_with("PCL") || code == "TERR")) {
      f::CountryEntry c{{r.country[0], r.country[1]}, {0, 0}, i};
      countries.push_back(c);
    } else if (r.feature_class == 'A' && code == "ADM1" && r.country[0] != 0 && r.admin1_len > 0) {
      f::Admin1Entry a;
      std::memset(&a, 0, sizeof a);
      std::memcpy(a.country, r.country, 2);
      std::memcpy(a.code, pool_.data() + r.admin1_off, std::min<size_t>(r.admin1_len, sizeof a.code));
      a.place = i;
      admin1.push_back(a);
    }
  }
  std::sort(ids.begin(), ids.end(), [](auto& a, auto& b) { return a.geonameid < b.geonameid; });
  // Countries: the independent state (PCLI) wins over dependencies of the same code.
  std::stable_sort(countries.begin(), countries.end(), [&](auto& a, auto& b) {
    int c = std::memcmp(a.iso, b.iso, 2);
    if (c != 0) return c < 0;
    bool ai = std::string_view(places_[a.place].feature_code) == "PCLI";
    bool bi = std::string_view(places_[b.place].feature_code) == "PCLI";
    return ai && !bi;
  });
  countries.erase(std::unique(countries.begin(), countries.end(),
                              [](auto& a, auto& b) { return std::memcmp(a.iso, b.iso, 2) == 0; }),
                  countries.end());
  std::stable_sort(admin1.begin(), admin1.end(), [](auto& a, auto& b) { return std::memcmp(a.country, b.country, 12) < 0; });
  admin1.erase(std::unique(admin1.begin(), admin1.end(),
                           [](auto& a, auto& b) { return std::memcmp(a.country, b.country, 12) == 0; }),
               admin1.end());

  // 5. Meta.
  std::string meta;
  f::MetaFixed m{places_.size(), nkeys, postings_.size(), nslots};
  meta.append(reinterpret_cast<const char*>(&m), sizeof m);
  PutStr(meta, data_version_);
  PutU32(meta, static_cast<uint32_t>(sources_.size()));
  for (const auto& s : sources_) {
    PutStr(meta, s.name);
    PutStr(meta, s.checksum);
    PutU64(meta, s.records);
  }

  // 6. The Bloom filter over the slot hashes (format.h).
  std::vector<uint64_t> bloom;
  if (nslots > 0) {
    const uint64_t bits = f::BloomBitCount(nslots);
    bloom.assign(bits / 64, 0);
    for (const auto& sl : slots)
      if (sl.hash != 0) f::BloomAdd(bloom.data(), bits - 1, sl.hash);
  }

  std::sort(arabic.begin(), arabic.end());  // a prefix shared by many keys counts once
  arabic.erase(std::unique(arabic.begin(), arabic.end()), arabic.end());
  std::vector<uint64_t> arabic_filter(f::ArabicFilterWordCount(arabic.size()), 0);
  for (uint64_t h : arabic) arabic_filter[f::ArabicFilterWord(h, arabic_filter.size())] |= f::ArabicFilterBits(h);

  // 7. Layout and write.
  struct Out { uint32_t id; const void* p; uint64_t n; };
  std::vector<Out> secs = {
      {f::kSectionMeta, meta.data(), meta.size()},
      {f::kSectionStrings, pool_.data(), pool_.size()},
      {f::kSectionPlaces, places_.data(), places_.size() * sizeof(f::PlaceRecord)},
      {f::kSectionTrie, trie_bytes.data(), trie_bytes.size()},
      {f::kSectionPostingOffsets, offsets.data(), offsets.size() * sizeof(uint32_t)},
      {f::kSectionPostings, postings_.data(), postings_.size() * sizeof(RawPosting)},
      {f::kSectionHash, slots.data(), slots.size() * sizeof(f::HashSlot)},
      {f::kSectionIds, ids.data(), ids.size() * sizeof(f::IdEntry)},
      {f::kSectionCountries, countries.data(), countries.size() * sizeof(f::CountryEntry)},
      {f::kSectionAdmin1, admin1.data(), admin1.size() * sizeof(f::Admin1Entry)},
      {f::kSectionBloom, bloom.data(), bloom.size() * sizeof(uint64_t)},
      {f::kSectionVariants, variants.data(), variants.size() * sizeof(f::VariantEntry)},
      {f::kSectionArabicFilter, arabic_filter.data(), arabic_filter.size() * sizeof(uint64_t)},
  };
  static_assert(sizeof(RawPosting) == 12);
  // RawPosting carries the key; the file's Posting does not: convert in chunks below.
  std::vector<f::SectionEntry> table(secs.size());
  uint64_t pos = sizeof(f::FileHeader) + secs.size() * sizeof(f::SectionEntry);
  for (size_t i = 0; i < secs.size(); ++i) {
    pos = (pos + 7) / 8 * 8;
    uint64_t n = secs[i].id == f::kSectionPostings ? postings_.size() * sizeof(Posting) : secs[i].n;
    uint32_t sum = secs[i].id == f::kSectionPostings ? 0 : static_cast<uint32_t>(XXH64(secs[i].p, secs[i].n, 0));
    table[i] = {secs[i].id, sum, pos, n};
    pos += n;
  }
  const uint64_t file_size = pos;

  Progress("writing " + path + " (" + std::to_string(file_size >> 20) + " MiB)");
  std::string tmp = path + "." + std::to_string(::getpid()) + ".tmp";
  std::FILE* fp = std::fopen(tmp.c_str(), "wb");
  if (fp == nullptr) return IoError(tmp + ": cannot create: " + std::strerror(errno));
  f::FileHeader h;
  std::memset(&h, 0, sizeof h);
  std::memcpy(h.magic, f::kMagic, 8);
  h.format_version = f::kFormatVersion;
  h.min_reader_version = f::kMinReaderVersionWritten;
  h.section_count = static_cast<uint32_t>(secs.size());
  h.header_size = sizeof h;
  h.build_time = build_time;
  std::fwrite(&h, 1, sizeof h, fp);  // rewritten with size and checksum at the end
  Writer out(fp, h);
  out.Emit(table.data(), table.size() * sizeof(f::SectionEntry));
  for (size_t i = 0; i < secs.size(); ++i) {
    out.PadTo8();
    if (secs[i].id == f::kSectionPostings) {
      std::vector<Posting> chunk;
      chunk.reserve(1 << 16);
      for (size_t j = 0; j < postings_.size(); ++j) {
        chunk.push_back({postings_[j].place, postings_[j].flags, postings_[j].lang});
        if (chunk.size() == chunk.capacity() || j + 1 == postings_.size()) {
          out.Emit(chunk.data(), chunk.size() * sizeof(Posting));
          chunk.clear();
        }
      }
    } else {
      out.Emit(secs[i].p, secs[i].n);
    }
  }
  h.file_size = out.pos();
  h.checksum = out.digest();
  bool ok = out.ok() && h.file_size == file_size && std::fseek(fp, 0, SEEK_SET) == 0 &&
            std::fwrite(&h, 1, sizeof h, fp) == sizeof h;
  ok = (std::fclose(fp) == 0) && ok;
  if (!ok) {
    std::remove(tmp.c_str());
    return IoError(tmp + ": write failed: " + std::strerror(errno));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return IoError(path + ": cannot rename the temporary index into place: " + std::strerror(errno));
  }
  Progress("wrote " + path + ": " + std::to_string(places_.size()) + " places, " + std::to_string(nkeys) +
           " keys, " + std::to_string(postings_.size()) + " postings, " + std::to_string(file_size) + " bytes");
  return Status::Ok();
}

}  // namespace marsad::gazetteer::build
