// The on-disk format of a marsad gazetteer index (".mgz"). Human-readable spec:
// docs/gazetteer-format.md. This header is the normative one: the builder writes these
// structs, the reader maps them in place.
//
// All integers are little-endian (only little-endian hosts are supported: the structs
// are mapped, not decoded). Every position is an offset from the start of the file or of
// a section, never a pointer. Every section starts 8-byte aligned.
//
//   [FileHeader 64 B][SectionEntry × section_count][sections …]
//
// FileHeader::checksum is XXH3-64 (seed 0; XXH64 in version 1 files) of header bytes
// [8, 16) (versions), then [32, 64) (section count, header size, build time, reserved),
// then every byte after the FileHeader — so everything but the magic, the file size and
// the checksum itself, which are checked on their own.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL  // the key hash is on the lookup hot path
#endif
#include <xxhash.h>

#include "marsad/gazetteer.h"

namespace marsad::gazetteer::format {

static_assert(std::endian::native == std::endian::little, "the index format is little-endian");

inline constexpr char kMagic[8] = {'M', 'A', 'R', 'S', 'A', 'D', 'G', 'Z'};
// Bump kFormatVersion on any layout change. A reader accepts files whose version lies in
// [kMinFormatVersion, kFormatVersion]; a file also names the oldest reader that can read it.
// Version 2: the file checksum is XXH3-64 (version 1: XXH64, ten times slower to verify
// on the machines we measured, 32 ms against 4 ms for the default index). The layout is
// unchanged, so version 1 files are still read.
inline constexpr uint32_t kFormatVersion = 3;
inline constexpr uint32_t kMinFormatVersion = 1;
// What the builder writes as min_reader_version: a version 1 reader would compute XXH64.
inline constexpr uint32_t kMinReaderVersionWritten = 2;

struct FileHeader {
  char magic[8];
  uint32_t format_version;
  uint32_t min_reader_version;  // readers older than this must refuse the file
  uint64_t file_size;           // total bytes, catches truncation before hashing
  uint64_t checksum;            // XXH3-64 (v1: XXH64) of bytes [8, 16), [32, 64), [64, file_size)
  uint32_t section_count;
  uint32_t header_size;  // sizeof(FileHeader)
  int64_t build_time;    // unix seconds
  uint64_t reserved[2];
};
static_assert(sizeof(FileHeader) == 64);
// The file checksum of a given format version, fed the header's checksummed fields
// (see above) on construction, then the bytes after the header.
class FileHasher {
 public:
  FileHasher(uint32_t format_version, const void* header) : xxh3_(format_version >= 2) {
    const char* h = static_cast<const char*>(header);
    if (xxh3_) XXH3_64bits_reset(&s3_);
    else XXH64_reset(&s64_, 0);
    Update(h + 8, 8);
    Update(h + 32, 32);
  }
  void Update(const void* p, size_t n) {
    if (xxh3_) XXH3_64bits_update(&s3_, p, n);
    else XXH64_update(&s64_, p, n);
  }
  uint64_t Digest() const { return xxh3_ ? XXH3_64bits_digest(&s3_) : XXH64_digest(&s64_); }

 private:
  bool xxh3_;
  XXH64_state_t s64_;
  XXH3_state_t s3_;
};

// The version 2+ file checksum (XXH3-64 of the header's checksummed fields, then `n`
// bytes of `body`), as FileHasher computes it, with xxHash's run-time dispatch to AVX2
// where the CPU has it (checksum.cc): the reader's verification of the whole index.
uint64_t FileChecksumXxh3(const void* header, const void* body, size_t n);

enum SectionId : uint32_t {
  kSectionMeta = 1,            // counts, data version, sources (see below)
  kSectionStrings = 2,         // string pool: UTF-8 bytes, referenced by (offset, length)
  kSectionPlaces = 3,          // PlaceRecord[places]
  kSectionTrie = 4,            // a serialized marisa::Trie holding every key
  kSectionPostingOffsets = 5,  // uint32[keys + 1], indexed by marisa key id
  kSectionPostings = 6,        // Posting[postings], grouped by key, best first
  kSectionHash = 7,            // HashSlot[hash_slots]
  kSectionIds = 8,             // IdEntry[places], sorted by geonameid
  kSectionCountries = 9,       // CountryEntry[], sorted by iso
  kSectionAdmin1 = 10,         // Admin1Entry[], sorted by (country, code)
  kSectionBloom = 11,          // optional: uint64[] Bloom filter over the slot hashes (below)
  kSectionVariants = 12,       // optional (version 3): VariantEntry[], sorted by (hash, place)
  kSectionArabicFilter = 13,   // optional: uint64[] filter of the Arabic-script slot strings (below)
};

// A place's Latin name under its VariantKey (marsad/gazetteer.h): hash = KeyHash(variant key).
struct VariantEntry {
  uint64_t hash;
  uint32_t place;
  uint16_t flags;  // NameFlag of the name
  uint16_t lang;
};
static_assert(sizeof(VariantEntry) == 16);

// The Bloom filter over the hash slots' key hashes: a power-of-two number of bits, about
// 8 per slot, 3 probes taken from 21-bit slices of the hash. Most words of a text are not
// names; the filter (a few MB, cache-friendly) answers them without touching the large
// hash table. Written by the builder; a reader builds it itself when the section is absent.
inline uint64_t BloomBitCount(uint64_t slots) {
  uint64_t bits = uint64_t{1} << 16;
  while (bits < slots * 8) bits <<= 1;
  return bits;
}
inline uint64_t BloomBit(uint64_t hash, int k, uint64_t mask) { return (hash >> (k * 21)) & mask; }
inline void BloomAdd(uint64_t* words, uint64_t mask, uint64_t hash) {
  for (int k = 0; k < 3; ++k) {
    uint64_t b = BloomBit(hash, k, mask);
    words[b >> 6] |= uint64_t{1} << (b & 63);
  }
}
inline bool BloomMaybe(const uint64_t* words, uint64_t mask, uint64_t hash) {
  for (int k = 0; k < 3; ++k) {
    uint64_t b = BloomBit(hash, k, mask);
    if (!(words[b >> 6] & (uint64_t{1} << (b & 63)))) return false;
  }
  return true;
}

// The filter of the hash table's Arabic-script strings: every key whose first byte is
// D8-DB (U+0600-U+06FF) and every word prefix of such a key. The Bloom filter above covers
// all 1.4 million slots of the default index in 2 MB, more than a core's L2 cache; in the
// profile of `extract --places-only` over Arabic news its first word's load was 11% of all
// cycles (every token's clitic readings are probed, and five in six probes are no name).
// The Arabic-script strings are few (58,772 of the default index's slots), so their own
// filter, three bits in one 64-bit word per string at 16 bits per string or more, takes
// 128 KB and stays in the cache. A power-of-two number of words; a reader probes it instead
// of the Bloom filter for Arabic-script strings, and the Bloom filter when it is absent.
inline bool ArabicLead(std::string_view key) {
  const unsigned char c = key.empty() ? 0 : static_cast<unsigned char>(key[0]);
  return c >= 0xD8 && c <= 0xDB;
}
inline uint64_t ArabicFilterWordCount(uint64_t strings) {
  uint64_t words = 64;
  while (words * 4 < strings) words <<= 1;
  return words;
}
inline uint64_t ArabicFilterWord(uint64_t hash, uint64_t words) { return (hash >> 32) & (words - 1); }
inline uint64_t ArabicFilterBits(uint64_t hash) {
  return (uint64_t{1} << (hash & 63)) | (uint64_t{1} << ((hash >> 6) & 63)) | (uint64_t{1} << ((hash >> 12) & 63));
}
inline bool ArabicFilterMaybe(const uint64_t* words, uint64_t count, uint64_t hash) {
  const uint64_t bits = ArabicFilterBits(hash);
  return (words[ArabicFilterWord(hash, count)] & bits) == bits;
}

struct SectionEntry {
  uint32_t id;
  uint32_t checksum32;  // low 32 bits of XXH64 of the section: lets a reader that skips the
                        // whole-file checksum still verify the trie, which marisa trusts
  uint64_t offset;  // from the start of the file, multiple of 8
  uint64_t size;    // bytes
};
static_assert(sizeof(SectionEntry) == 24);

// Meta section: MetaFixed, then u32 length + data_version bytes, then u32 source count
// and per source: u32 length + name, u32 length + checksum (hex), u64 records.
struct MetaFixed {
  uint64_t places;
  uint64_t keys;
  uint64_t postings;
  uint64_t hash_slots;
};
static_assert(sizeof(MetaFixed) == 32);

enum PlaceFlag : uint8_t { kPlaceSupplement = 1 };

// Strings are (offset, length) into the string pool; length 0 = empty.
struct PlaceRecord {
  uint32_t geonameid;
  float lat, lon;
  uint32_t name_off, name_ar_off, name_en_off, admin1_off, admin2_off;
  uint16_t name_len, name_ar_len, name_en_len;
  uint8_t admin1_len, admin2_len;
  uint64_t population;
  char feature_code[8];  // NUL-padded
  char country[2];       // ISO alpha-2, "\0\0" when none
  char feature_class;
  uint8_t flags;  // PlaceFlag
  uint32_t reserved;
};
static_assert(sizeof(PlaceRecord) == 64);

static_assert(sizeof(Posting) == 8, "Posting is mapped directly");

// Open addressing, linear probing. Slot of a hash h: (h * hash_slots) >> 64 (128-bit
// product). hash = XXH3_64bits(key), with 0 remapped to 1 because 0 marks an empty slot.
// A slot holds either a key (key_id = its marisa id) or a word prefix of longer keys
// that is not itself a key (key_id = kNoKey); kSlotPrefix is set when the string followed
// by a space begins some longer key. The full 64-bit hash is trusted (no string compare).
inline constexpr uint32_t kNoKey = 0xFFFFFFFFu;
enum SlotFlag : uint32_t { kSlotPrefix = 1 };
struct HashSlot {
  uint64_t hash;
  uint32_t key_id;
  uint32_t flags;
};
static_assert(sizeof(HashSlot) == 16);

inline uint64_t KeyHash(std::string_view key) {
  uint64_t h = XXH3_64bits(key.data(), key.size());
  return h == 0 ? 1 : h;
}

inline uint64_t SlotOf(uint64_t hash, uint64_t slots) {
  return static_cast<uint64_t>((static_cast<unsigned __int128>(hash) * slots) >> 64);
}

struct IdEntry {
  uint32_t geonameid;
  uint32_t place;
};
struct CountryEntry {
  char iso[2];
  char pad[2];
  uint32_t place;
};
struct Admin1Entry {
  char country[2];
  char code[10];  // NUL-padded GeoNames admin1 code
  uint32_t place;
};
static_assert(sizeof(Admin1Entry) == 16);

}  // namespace marsad::gazetteer::format
