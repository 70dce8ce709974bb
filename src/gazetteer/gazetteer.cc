// The memory-mapped reader of a gazetteer index (format: format.h).
//
// Open checks the header, the section table and the body checksum once; after that every
// accessor still bounds-checks the offsets it follows (cheaply), so even a file with a
// forged checksum cannot make a read go outside the mapping.
#include <marisa.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <mutex>
#include <vector>

#include "gazetteer/format.h"
#include "marsad/gazetteer.h"
#include "marsad/mapped_file.h"

namespace marsad::gazetteer {

namespace f = format;

struct Gazetteer::Impl {
  MappedFile file;
  IndexInfo info;
  const char* strings = nullptr;
  uint64_t strings_size = 0;
  const f::PlaceRecord* places = nullptr;
  uint64_t place_count = 0;
  const uint32_t* posting_offsets = nullptr;
  uint64_t key_count = 0;
  const Posting* postings = nullptr;
  uint64_t posting_count = 0;
  const f::HashSlot* slots = nullptr;
  uint64_t slot_count = 0;
  const f::IdEntry* ids = nullptr;
  uint64_t id_count = 0;
  const f::CountryEntry* countries = nullptr;
  uint64_t country_count = 0;
  const f::Admin1Entry* admin1 = nullptr;
  uint64_t admin1_count = 0;
  const f::VariantEntry* variants = nullptr;
  uint64_t variant_count = 0;
  marisa::Trie trie;

  // The Bloom filter over the slot hashes (format.h): mapped from the index when it has
  // one, otherwise built on first use.
  const uint64_t* bloom_words = nullptr;
  uint64_t bloom_mask = 0;
  mutable std::once_flag bloom_once;
  mutable std::vector<uint64_t> bloom_built;

  void BuildBloom() const {
    const uint64_t bits = f::BloomBitCount(slot_count);
    bloom_built.assign(bits / 64, 0);
    for (uint64_t i = 0; i < slot_count; ++i)
      if (slots[i].hash != 0) f::BloomAdd(bloom_built.data(), bits - 1, slots[i].hash);
  }
  // The filter of the Arabic-script strings (format.h), when the index has one.
  const uint64_t* arabic_words = nullptr;
  uint64_t arabic_word_count = 0;

  bool MaybeContains(uint64_t h) const {
    if (bloom_words) return f::BloomMaybe(bloom_words, bloom_mask, h);
    std::call_once(bloom_once, [this] { BuildBloom(); });
    return f::BloomMaybe(bloom_built.data(), bloom_built.size() * 64 - 1, h);
  }

  const f::HashSlot* Probe(std::string_view key) const {
    if (slot_count == 0) return nullptr;
    const uint64_t h = f::KeyHash(key);
    // An Arabic-script string that passes its own filter is almost always in the table
    // (0.4% of the corpus's probes are false positives): the Bloom filter would only add
    // a cache miss.
    if (arabic_words && f::ArabicLead(key)) {
      if (!f::ArabicFilterMaybe(arabic_words, arabic_word_count, h)) return nullptr;
    } else if (!MaybeContains(h)) {
      return nullptr;
    }
    uint64_t i = f::SlotOf(h, slot_count);
    for (uint64_t n = 0; n < slot_count; ++n) {
      const f::HashSlot& s = slots[i];
      if (s.hash == h) return &s;
      if (s.hash == 0) return nullptr;
      if (++i == slot_count) i = 0;
    }
    return nullptr;
  }

  std::span<const Posting> PostingsOf(uint64_t key_id) const {
    if (key_id >= key_count) return {};
    const uint32_t b = posting_offsets[key_id], e = posting_offsets[key_id + 1];
    if (b > e || e > posting_count) return {};
    return {postings + b, e - b};
  }

  std::string_view Str(uint32_t off, uint32_t len) const {
    // off + len in 64 bits cannot wrap: the same test as off <= size && len <= size - off.
    if (len == 0 || uint64_t{off} + len > strings_size) return {};
    return {strings + off, len};
  }
};

namespace {

class ByteReader {
 public:
  ByteReader(const unsigned char* p, uint64_t n) : p_(p), n_(n) {}
  bool U32(uint32_t* v) { return Raw(v, 4); }
  bool U64(uint64_t* v) { return Raw(v, 8); }
  bool Str(std::string* s) {
    uint32_t len;
    if (!U32(&len) || len > n_ - pos_) return false;
    s->assign(reinterpret_cast<const char*>(p_ + pos_), len);
    pos_ += len;
    return true;
  }
  bool Raw(void* out, uint64_t len) {
    if (len > n_ - pos_) return false;
    std::memcpy(out, p_ + pos_, len);
    pos_ += len;
    return true;
  }

 private:
  const unsigned char* p_;
  uint64_t n_, pos_ = 0;
};

std::string Hex(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

// What identifies one version of a file's bytes for the verification cache: any write
// through the file system changes the ctime, which cannot be set back from user space.
struct FileIdentity {
  uint64_t dev = 0, ino = 0, size = 0;
  int64_t mtime_s = 0, mtime_ns = 0, ctime_s = 0, ctime_ns = 0;
  bool operator==(const FileIdentity&) const = default;
};

bool Identify(const std::string& path, FileIdentity* id) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  *id = {static_cast<uint64_t>(st.st_dev), static_cast<uint64_t>(st.st_ino), static_cast<uint64_t>(st.st_size),
         st.st_mtim.tv_sec, st.st_mtim.tv_nsec, st.st_ctim.tv_sec, st.st_ctim.tv_nsec};
  return true;
}

// The stamp's file: one per index path (made absolute, so that two relative spellings
// share it; a stamp found under another path's name still has to match the identity).
std::string StampPath(const std::string& dir, const std::string& path) {
  std::error_code ec;
  std::string abs = std::filesystem::absolute(path, ec).lexically_normal().string();
  if (ec) abs = path;
  char name[48];
  std::snprintf(name, sizeof name, "index-%016llx.verified",
                static_cast<unsigned long long>(XXH64(abs.data(), abs.size(), 0)));
  return dir + "/" + name;
}

std::string StampText(const FileIdentity& id, uint64_t checksum) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "marsad-index-verified 1 %llu %llu %llu %lld %lld %lld %lld %016llx\n",
                static_cast<unsigned long long>(id.dev), static_cast<unsigned long long>(id.ino),
                static_cast<unsigned long long>(id.size), static_cast<long long>(id.mtime_s),
                static_cast<long long>(id.mtime_ns), static_cast<long long>(id.ctime_s),
                static_cast<long long>(id.ctime_ns), static_cast<unsigned long long>(checksum));
  return buf;
}

// True when `dir` holds a stamp saying that this very file (same identity, same header
// checksum) passed the whole-file checksum. The text is compared whole: a damaged or
// foreign stamp only costs a verification.
bool Remembered(const std::string& dir, const std::string& path, const FileIdentity& id, uint64_t checksum) {
  std::FILE* in = std::fopen(StampPath(dir, path).c_str(), "rb");
  if (in == nullptr) return false;
  char buf[256];
  const size_t n = std::fread(buf, 1, sizeof buf, in);
  std::fclose(in);
  return std::string_view(buf, n) == StampText(id, checksum);
}

// Writes the stamp after a successful verification of the file whose identity was `id`
// before it was mapped and still is. Not for a file changed in the last 2 s: a write in
// the same clock tick as the stat (timestamps are coarse) would leave mtime and ctime as
// they were. Written to a temporary name and renamed, so a reader never sees half a stamp.
void Remember(const std::string& dir, const std::string& path, const FileIdentity& id, uint64_t checksum) {
  FileIdentity now_id;
  if (!Identify(path, &now_id) || !(now_id == id)) return;
  const int64_t now = static_cast<int64_t>(std::time(nullptr));
  if (id.ctime_s > now - 2 || id.mtime_s > now - 2) return;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  const std::string stamp = StampPath(dir, path);
  const std::string tmp = stamp + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return;
    out << StampText(id, checksum);
    if (!out.flush()) {
      out.close();
      std::filesystem::remove(tmp, ec);
      return;
    }
  }
  std::filesystem::rename(tmp, stamp, ec);
  if (ec) std::filesystem::remove(tmp, ec);
}

}  // namespace

uint32_t IndexFormatVersion() { return f::kFormatVersion; }

std::string DefaultVerificationCache() {
  if (const char* d = std::getenv("MARSAD_CACHE_DIR")) return d;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x != nullptr && *x == '/') return std::string(x) + "/marsad";
  if (const char* h = std::getenv("HOME"); h != nullptr && *h != '\0') return std::string(h) + "/.cache/marsad";
  return "";
}

Result<Gazetteer> Gazetteer::Open(const std::string& path) { return Open(path, OpenOptions()); }

Result<Gazetteer> Gazetteer::Open(const std::string& path, const OpenOptions& options) {
  auto impl = std::make_unique<Impl>();
  // The file's identity before it is mapped, for the verification cache: trusted below only
  // if it is still the same after mapping (a file renamed over the path in between is not).
  FileIdentity before;
  const bool cache = options.verify_checksum && !options.verification_cache.empty() && Identify(path, &before);
  ASSIGN_OR_RETURN(impl->file, options.private_copy ? MappedFile::Copy(path) : MappedFile::Open(path));
  const unsigned char* base = impl->file.data();
  const uint64_t size = impl->file.size();
  auto bad = [&](const std::string& what) {
    return Corrupt(path + ": not a usable marsad gazetteer index: " + what);
  };
  if (size < sizeof(f::FileHeader)) return bad("file too short (" + std::to_string(size) + " bytes)");
  f::FileHeader h;
  std::memcpy(&h, base, sizeof h);
  if (std::memcmp(h.magic, f::kMagic, 8) != 0) return bad("bad magic (expected MARSADGZ)");
  if (h.format_version < f::kMinFormatVersion || h.min_reader_version > f::kFormatVersion)
    return Status(StatusCode::kUnsupported,
                  path + ": gazetteer format version " + std::to_string(h.format_version) +
                      " is not supported (this build reads " + std::to_string(f::kMinFormatVersion) +
                      ".." + std::to_string(f::kFormatVersion) + "); rebuild the index");
  if (h.header_size != sizeof(f::FileHeader)) return bad("unexpected header size");
  if (h.file_size != size)
    return bad("file is " + std::to_string(size) + " bytes but the header says " +
               std::to_string(h.file_size) + " (truncated or appended to)");
  FileIdentity after;
  if (options.verify_checksum &&
      !(cache && Identify(path, &after) && after == before &&
        Remembered(options.verification_cache, path, before, h.checksum))) {
    // The checksum reads every page once: fault them in with one call rather than one
    // page fault per 4 KiB (the mapping starts page-aligned).
#ifdef MADV_POPULATE_READ
    if (::madvise(const_cast<unsigned char*>(base), size, MADV_POPULATE_READ) != 0)
#endif
      (void)::madvise(const_cast<unsigned char*>(base), size, MADV_WILLNEED);
    uint64_t sum = 0;
    if (h.format_version >= 2) {
      sum = f::FileChecksumXxh3(base, base + sizeof h, size - sizeof h);
    } else {
      auto hasher = std::make_unique<f::FileHasher>(h.format_version, base);
      hasher->Update(base + sizeof h, size - sizeof h);
      sum = hasher->Digest();
    }
    if (sum != h.checksum)
      return bad("checksum mismatch (stored " + Hex(h.checksum) + ", computed " + Hex(sum) + ")");
    if (cache) Remember(options.verification_cache, path, before, h.checksum);
  }
  if (h.section_count > 64 ||
      sizeof h + uint64_t{h.section_count} * sizeof(f::SectionEntry) > size)
    return bad("section table out of bounds");

  struct Span { const unsigned char* p = nullptr; uint64_t n = 0; bool present = false; };
  Span sec[16];
  for (uint32_t i = 0; i < h.section_count; ++i) {
    f::SectionEntry e;
    std::memcpy(&e, base + sizeof h + i * sizeof e, sizeof e);
    if (e.offset > size || e.size > size - e.offset || e.offset % 8 != 0)
      return bad("section " + std::to_string(e.id) + " out of bounds");
    if (e.id < 16) sec[e.id] = {base + e.offset, e.size, true};
    // Without the whole-file checksum, still verify the sections that are parsed or
    // trusted as a whole: the trie (marisa does not validate its internals) and the small
    // tables. The bulk sections are bounds-checked on every access instead.
    if (!options.verify_checksum &&
        (e.id == f::kSectionTrie || e.id == f::kSectionMeta || e.id == f::kSectionCountries ||
         e.id == f::kSectionAdmin1 || e.id == f::kSectionBloom || e.id == f::kSectionArabicFilter) &&
        static_cast<uint32_t>(XXH64(base + e.offset, e.size, 0)) != e.checksum32)
      return bad("section " + std::to_string(e.id) + " checksum mismatch");
  }
  const int required[] = {f::kSectionMeta, f::kSectionStrings, f::kSectionPlaces, f::kSectionTrie,
                          f::kSectionPostingOffsets, f::kSectionPostings, f::kSectionHash,
                          f::kSectionIds, f::kSectionCountries, f::kSectionAdmin1};
  for (int id : required)
    if (!sec[id].present) return bad("missing section " + std::to_string(id));

  // Meta.
  ByteReader meta(sec[f::kSectionMeta].p, sec[f::kSectionMeta].n);
  f::MetaFixed m;
  if (!meta.Raw(&m, sizeof m)) return bad("meta section too short");
  IndexInfo& info = impl->info;
  info.format_version = h.format_version;
  info.build_time = h.build_time;
  info.places = m.places;
  info.keys = m.keys;
  info.postings = m.postings;
  info.file_size = size;
  uint32_t nsources = 0;
  if (!meta.Str(&info.data_version) || !meta.U32(&nsources) || nsources > 1000)
    return bad("meta section malformed");
  for (uint32_t i = 0; i < nsources; ++i) {
    SourceInfo s;
    if (!meta.Str(&s.name) || !meta.Str(&s.checksum) || !meta.U64(&s.records))
      return bad("meta section malformed (sources)");
    info.sources.push_back(std::move(s));
  }

  auto check_array = [&](int id, uint64_t count, size_t elem) {
    return sec[id].n / elem == count && sec[id].n % elem == 0;
  };
  if (m.keys >= std::numeric_limits<uint32_t>::max() ||
      m.postings >= std::numeric_limits<uint32_t>::max() ||
      m.places >= std::numeric_limits<uint32_t>::max())
    return bad("counts out of range");
  if (!check_array(f::kSectionPlaces, m.places, sizeof(f::PlaceRecord)))
    return bad("place section size does not match the place count");
  if (!check_array(f::kSectionPostingOffsets, m.keys + 1, sizeof(uint32_t)))
    return bad("posting offsets do not match the key count");
  if (!check_array(f::kSectionPostings, m.postings, sizeof(Posting)))
    return bad("posting section size does not match the posting count");
  if (!check_array(f::kSectionHash, m.hash_slots, sizeof(f::HashSlot)))
    return bad("hash section size does not match the slot count");
  if (sec[f::kSectionIds].n % sizeof(f::IdEntry) || sec[f::kSectionCountries].n % sizeof(f::CountryEntry) ||
      sec[f::kSectionAdmin1].n % sizeof(f::Admin1Entry))
    return bad("table sections have partial entries");

  impl->strings = reinterpret_cast<const char*>(sec[f::kSectionStrings].p);
  impl->strings_size = sec[f::kSectionStrings].n;
  impl->places = reinterpret_cast<const f::PlaceRecord*>(sec[f::kSectionPlaces].p);
  impl->place_count = m.places;
  impl->posting_offsets = reinterpret_cast<const uint32_t*>(sec[f::kSectionPostingOffsets].p);
  impl->key_count = m.keys;
  impl->postings = reinterpret_cast<const Posting*>(sec[f::kSectionPostings].p);
  impl->posting_count = m.postings;
  // Every posting names a place of the index: callers index their own tables by it (a
  // mutated or forged file otherwise sends them out of bounds; found by fuzz/gazetteer_fuzz).
  for (uint64_t k = 0; k < m.postings; ++k)
    if (impl->postings[k].place >= m.places) return bad("a posting names a place past the place table");
  impl->slots = reinterpret_cast<const f::HashSlot*>(sec[f::kSectionHash].p);
  // The stored Bloom filter is used only when it has the size this reader would build.
  if (sec[f::kSectionBloom].present && m.hash_slots > 0 &&
      sec[f::kSectionBloom].n == f::BloomBitCount(m.hash_slots) / 8) {
    impl->bloom_words = reinterpret_cast<const uint64_t*>(sec[f::kSectionBloom].p);
    impl->bloom_mask = f::BloomBitCount(m.hash_slots) - 1;
  }
  impl->slot_count = m.hash_slots;
  // The Arabic filter is used only with a power-of-two number of words (ArabicFilterWord).
  const uint64_t arabic_words = sec[f::kSectionArabicFilter].n / 8;
  if (sec[f::kSectionArabicFilter].present && sec[f::kSectionArabicFilter].n % 8 == 0 && arabic_words >= 64 &&
      (arabic_words & (arabic_words - 1)) == 0) {
    impl->arabic_words = reinterpret_cast<const uint64_t*>(sec[f::kSectionArabicFilter].p);
    impl->arabic_word_count = arabic_words;
  }
  impl->ids = reinterpret_cast<const f::IdEntry*>(sec[f::kSectionIds].p);
  impl->id_count = sec[f::kSectionIds].n / sizeof(f::IdEntry);
  impl->countries = reinterpret_cast<const f::CountryEntry*>(sec[f::kSectionCountries].p);
  impl->country_count = sec[f::kSectionCountries].n / sizeof(f::CountryEntry);
  impl->admin1 = reinterpret_cast<const f::Admin1Entry*>(sec[f::kSectionAdmin1].p);
  impl->admin1_count = sec[f::kSectionAdmin1].n / sizeof(f::Admin1Entry);
  if (sec[f::kSectionVariants].present) {
    if (sec[f::kSectionVariants].n % sizeof(f::VariantEntry)) return bad("variant section has partial entries");
    impl->variants = reinterpret_cast<const f::VariantEntry*>(sec[f::kSectionVariants].p);
    impl->variant_count = sec[f::kSectionVariants].n / sizeof(f::VariantEntry);
  }

  try {
    impl->trie.map(sec[f::kSectionTrie].p, sec[f::kSectionTrie].n);
  } catch (const std::exception& e) {
    return bad(std::string("trie section: ") + e.what());
  }
  if (impl->trie.num_keys() != m.keys) return bad("trie key count does not match the meta section");
  return Gazetteer(std::move(impl));
}

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

std::vector<Posting> Gazetteer::LookupVariant(std::string_view variant_key) const {
  std::vector<Posting> out;
  if (variant_key.empty() || impl_->variant_count == 0) return out;
  const uint64_t h = f::KeyHash(variant_key);
  const f::VariantEntry* b = impl_->variants;
  const f::VariantEntry* e = b + impl_->variant_count;
  const f::VariantEntry* it = std::lower_bound(b, e, h, [](const f::VariantEntry& v, uint64_t x) { return v.hash < x; });
  for (; it != e && it->hash == h; ++it)
    if (it->place < impl_->place_count) out.push_back({it->place, it->flags, it->lang});
  return out;
}

bool ArabicNewsRegion(std::string_view cc) {
  static constexpr std::string_view kCodes[] = {
      "SY", "IQ", "LB", "JO", "PS", "IL", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY", "TN", "DZ",
      "MA", "MR", "SD", "SS", "SO", "DJ", "KM", "ER", "TR", "IR", "AF", "PK", "EH", "TD", "ML", "NE"};
  for (auto c : kCodes)
    if (c == cc) return true;
  return false;
}

namespace {

bool IsArticle(std::string_view w) {
  static constexpr std::string_view kArticles[] = {"al", "el", "ul", "il", "ad", "ed", "as", "es", "ash", "esh",
                                                   "az", "ez", "ar", "er", "at", "et", "an", "en", "ath", "adh",
                                                   "ud", "ur", "us", "uz", "ut", "un"};
  for (auto a : kArticles)
    if (a == w) return true;
  return false;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

std::string VariantKey(std::string_view key) {
  std::string out;
  size_t consonants = 0, words = 0;
  size_t pos = 0;
  while (pos <= key.size()) {
    size_t sp = key.find(' ', pos);
    std::string_view w = key.substr(pos, sp == std::string_view::npos ? std::string_view::npos : sp - pos);
    pos = sp == std::string_view::npos ? key.size() + 1 : sp + 1;
    if (w.empty()) continue;
    ++words;
    for (unsigned char c : w)
      if (c >= 0x80 || (c >= '0' && c <= '9')) return {};  // Latin letters only
    if (IsArticle(w)) continue;
    std::string sk;
    for (size_t i = 0; i < w.size(); ++i) {
      char c = w[i];
      if (c < 'a' || c > 'z') continue;
      if (IsVowel(c)) continue;
      // y and w inside a word are vowel spellings (Dayr, Zawr, Suwayda); first, consonants.
      if ((c == 'y' || c == 'w') && i > 0) continue;
      // A final h after a vowel is the ta marbuta's spelling (Raqqah, Qasabah).
      if (c == 'h' && i + 1 == w.size() && i > 0 && IsVowel(w[i - 1])) continue;
      if (c == 'q') c = 'k';
      if (c == 'd' && i + 1 < w.size() && w[i + 1] == 'j') continue;  // dj -> j
      if (!sk.empty() && sk.back() == c) continue;                    // doubled consonants
      sk.push_back(c);
    }
    if (sk.empty()) return {};  // "A", "Ua": no word of a name ("A Palestine" is not one)
    consonants += sk.size();
    if (!out.empty()) out.push_back(' ');
    out += sk;
  }
  if (consonants < 4 || words == 0) return {};
  return out;
}

std::span<const Posting> Gazetteer::Lookup(std::string_view key) const {
  const f::HashSlot* s = impl_->Probe(key);
  if (s == nullptr || s->key_id == f::kNoKey) return {};
  return impl_->PostingsOf(s->key_id);
}

std::span<const Posting> Gazetteer::Lookup(std::string_view key, bool* is_prefix) const {
  const f::HashSlot* s = impl_->Probe(key);
  *is_prefix = s != nullptr && (s->flags & f::kSlotPrefix) != 0;
  if (s == nullptr || s->key_id == f::kNoKey) return {};
  return impl_->PostingsOf(s->key_id);
}

bool Gazetteer::IsPrefix(std::string_view prefix) const {
  const f::HashSlot* s = impl_->Probe(prefix);
  return s != nullptr && (s->flags & f::kSlotPrefix) != 0;
}

std::vector<std::string> Gazetteer::KeysWithPrefix(std::string_view prefix, size_t limit) const {
  std::vector<std::string> out;
  if (limit == 0) return out;
  marisa::Agent agent;
  agent.set_query(prefix.data(), prefix.size());
  while (out.size() < limit && impl_->trie.predictive_search(agent))
    out.emplace_back(agent.key().ptr(), agent.key().length());
  return out;
}

void Gazetteer::ForEachKey(
    const std::function<void(std::string_view, std::span<const Posting>)>& fn) const {
  marisa::Agent agent;
  agent.set_query("", 0);
  while (impl_->trie.predictive_search(agent))
    fn(std::string_view(agent.key().ptr(), agent.key().length()), impl_->PostingsOf(agent.key().id()));
}

size_t Gazetteer::size() const { return impl_->place_count; }

PlaceView Gazetteer::Place(uint32_t index) const {
  PlaceView v;
  if (index >= impl_->place_count) return v;
  const f::PlaceRecord& r = impl_->places[index];
  v.index = index;
  v.geonameid = r.geonameid;
  v.lat = r.lat;
  v.lon = r.lon;
  v.population = r.population;
  v.feature_class = r.feature_class;
  // NUL-padded fields of 8 and 2 bytes: their lengths inline (strnlen was two library calls
  // on every one of the geoparser's hundreds of Place calls per article). The code's length
  // is where its first NUL byte is, found in one 8-byte word (the has-zero-byte test of
  // bit-twiddling lore marks the first zero exactly; a byte loop was 22 instructions).
  static_assert(sizeof r.feature_code == 8);
  uint64_t code;
  std::memcpy(&code, r.feature_code, sizeof code);
  if constexpr (std::endian::native == std::endian::big) code = __builtin_bswap64(code);
  const uint64_t zeros = (code - 0x0101010101010101ULL) & ~code & 0x8080808080808080ULL;
  const size_t code_len = zeros == 0 ? 8 : static_cast<size_t>(__builtin_ctzll(zeros)) / 8;
  const size_t country_len = r.country[0] == '\0' ? 0 : r.country[1] == '\0' ? 1 : 2;
  v.feature_code = std::string_view(r.feature_code, code_len);
  v.country = std::string_view(r.country, country_len);
  v.admin1 = impl_->Str(r.admin1_off, r.admin1_len);
  v.admin2 = impl_->Str(r.admin2_off, r.admin2_len);
  v.name = impl_->Str(r.name_off, r.name_len);
  v.name_ar = impl_->Str(r.name_ar_off, r.name_ar_len);
  v.name_en = impl_->Str(r.name_en_off, r.name_en_len);
  if (v.name_en.empty()) v.name_en = v.name;
  v.supplement = (r.flags & f::kPlaceSupplement) != 0;
  return v;
}

int64_t Gazetteer::FindById(uint32_t geonameid) const {
  const f::IdEntry* b = impl_->ids;
  const f::IdEntry* e = b + impl_->id_count;
  auto it = std::lower_bound(b, e, geonameid,
                             [](const f::IdEntry& x, uint32_t id) { return x.geonameid < id; });
  if (it == e || it->geonameid != geonameid || it->place >= impl_->place_count) return -1;
  return it->place;
}

int64_t Gazetteer::Country(std::string_view iso2) const {
  if (iso2.size() != 2) return -1;
  const f::CountryEntry* b = impl_->countries;
  const f::CountryEntry* e = b + impl_->country_count;
  auto key = [](const f::CountryEntry& c) { return std::string_view(c.iso, 2); };
  auto it = std::lower_bound(b, e, iso2, [&](const f::CountryEntry& c, std::string_view k) { return key(c) < k; });
  if (it == e || key(*it) != iso2 || it->place >= impl_->place_count) return -1;
  return it->place;
}

int64_t Gazetteer::Admin1(std::string_view iso2, std::string_view code) const {
  if (iso2.size() != 2 || code.empty() || code.size() > sizeof(f::Admin1Entry::code)) return -1;
  char want[12] = {};
  std::memcpy(want, iso2.data(), 2);
  std::memcpy(want + 2, code.data(), code.size());
  const f::Admin1Entry* b = impl_->admin1;
  const f::Admin1Entry* e = b + impl_->admin1_count;
  auto it = std::lower_bound(b, e, want, [](const f::Admin1Entry& a, const char* w) {
    return std::memcmp(a.country, w, 12) < 0;
  });
  if (it == e || std::memcmp(it->country, want, 12) != 0 || it->place >= impl_->place_count) return -1;
  return it->place;
}

const IndexInfo& Gazetteer::info() const { return impl_->info; }

}  // namespace marsad::gazetteer
