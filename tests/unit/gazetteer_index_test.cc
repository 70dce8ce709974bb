// Build → open → lookup round trip over the GeoNames fixtures, and corrupt-file handling.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <chrono>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>

#include "gazetteer/build/index_builder.h"
#include "gazetteer/build/sources.h"
#include "gazetteer/format.h"
#include "marsad/gazetteer.h"
#include "marsad/text.h"

namespace marsad::gazetteer {
namespace {

std::string Fixture(const std::string& name) { return std::string(MARSAD_SOURCE_DIR) + "/tests/fixtures/geonames/" + name; }

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("gz_index_" + std::to_string(::getpid()) + "_" + name)).string();
}

std::string ReadAll(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}
void WriteAll(const std::string& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }

class GazetteerIndexTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    build::BuildInputs in;
    in.allcountries = Fixture("allCountries.txt");
    in.alternate_names = Fixture("alternateNamesV2.txt");
    in.admin1 = Fixture("admin1CodesASCII.txt");
    in.country_info = Fixture("countryInfo.txt");
    in.supplement = Fixture("supplement.txt");
    in.data_version = "fixtures";
    path_ = new std::string(TempPath("fixtures.mgz"));
    build::BuildReport report;
    Status s = build::BuildIndex(in, *path_, nullptr, &report);
    ASSERT_TRUE(s.ok()) << s.message();
    EXPECT_EQ(report.bad_lines, 4u);  // 2 in allCountries, 1 alternateNames, 1 countryInfo
    auto g = Gazetteer::Open(*path_);
    ASSERT_TRUE(g.ok()) << g.status().message();
    g_ = new Gazetteer(std::move(g).value());
  }
  static void TearDownTestSuite() {
    delete g_;
    std::filesystem::remove(*path_);
    delete path_;
  }
  // geonameids of the postings of a name, best first.
  static std::vector<uint32_t> Ids(std::string_view name) {
    std::vector<uint32_t> out;
    for (const Posting& p : g_->Lookup(text::NormalizeKey(name))) out.push_back(g_->Place(p.place).geonameid);
    return out;
  }
  static std::string* path_;
  static Gazetteer* g_;
};
std::string* GazetteerIndexTest::path_ = nullptr;
Gazetteer* GazetteerIndexTest::g_ = nullptr;

TEST_F(GazetteerIndexTest, Info) {
  const IndexInfo& info = g_->info();
  EXPECT_EQ(info.format_version, format::kFormatVersion);
  EXPECT_EQ(info.data_version, "fixtures");
  EXPECT_EQ(info.places, g_->size());
  EXPECT_GT(info.keys, 100u);
  ASSERT_EQ(info.sources.size(), 5u);
  std::set<std::string> names;
  for (const auto& s : info.sources) {
    names.insert(s.name);
    EXPECT_EQ(s.checksum.size(), 16u);
  }
  EXPECT_TRUE(names.count("allCountries.txt"));
  // 23 good rows in allCountries + 2 supplement + 1 admin1 place only in admin1CodesASCII (×2: US.NY, US.DC)
  // + SY.13 Dimashq.
  EXPECT_EQ(g_->size(), 23u + 2u + 3u);
}

TEST_F(GazetteerIndexTest, ArabicLookups) {
  ASSERT_FALSE(Ids("الرقة").empty());
  EXPECT_EQ(Ids("الرقة")[0], 172955u);
  EXPECT_EQ(Ids("الرقّة")[0], 172955u);  // shadda is dropped by the key normalization
  EXPECT_EQ(Ids("عين عيسى")[0], 172134u);
  EXPECT_EQ(Ids("البوكمال")[0], 174448u);
  EXPECT_EQ(Ids("البو كمال")[0], 174448u);
  // Two-word names with the article on the second word, written joined as in hashtags.
  EXPECT_EQ(Ids("ديرالزور")[0], 170794u);
  EXPECT_EQ(Ids("عينعيسى").size(), 0u);  // no article: not a joined form
  auto deir = Ids("دير الزور");
  ASSERT_FALSE(deir.empty());
  EXPECT_EQ(deir[0], 170794u);
  EXPECT_EQ(Ids("محافظة دير الزور")[0], 170792u);
  EXPECT_EQ(Ids("سوريا")[0], 163843u);
  EXPECT_EQ(Ids("القلمون")[0], 990000001u);
  EXPECT_EQ(Ids("كوباني")[0], 990000078u);
}

TEST_F(GazetteerIndexTest, LatinLookupsAndRanking) {
  EXPECT_EQ(Ids("Syria")[0], 163843u);
  EXPECT_EQ(Ids("Raqqa")[0], 172955u);
  EXPECT_EQ(Ids("Deir ez-Zor")[0], 170794u);  // the city before the governorate
  auto damascus = Ids("Damascus");
  ASSERT_EQ(damascus.size(), 3u);
  EXPECT_EQ(damascus[0], 170654u);  // PPLC before the US PPLs
  EXPECT_EQ(Ids("NYC")[0], 5128581u);
  EXPECT_TRUE(Ids("Nicephorium").size() == 1);
}

TEST_F(GazetteerIndexTest, PseudoLanguagesAreNotKeys) {
  EXPECT_TRUE(Ids("Q207127").empty());
  EXPECT_TRUE(Ids("https://en.wikipedia.org/wiki/Raqqa").empty());
  EXPECT_TRUE(Ids("ORBI").empty());
  EXPECT_TRUE(Ids("SYDAM").empty());
  EXPECT_TRUE(Ids("10001").empty());
  EXPECT_TRUE(Ids("Raqqa-la-Républicaine").empty());
  EXPECT_TRUE(Ids("مكان مجهول").empty());  // names of unknown places are dropped
}

TEST_F(GazetteerIndexTest, PostingFlags) {
  auto raqqa = g_->Lookup(text::NormalizeKey("الرقة"));
  ASSERT_FALSE(raqqa.empty());
  EXPECT_TRUE(raqqa[0].flags & kNameArabic);
  EXPECT_TRUE(raqqa[0].flags & kNamePreferred);
  EXPECT_EQ(raqqa[0].lang, ('a' << 8) | 'r');
  auto erbil = g_->Lookup(text::NormalizeKey("اربیل"));
  ASSERT_FALSE(erbil.empty());
  bool perso = false;
  for (const auto& p : erbil) perso |= (p.flags & kNamePersoArabic) != 0;
  EXPECT_TRUE(perso);
  auto nyc = g_->Lookup("nyc");
  ASSERT_FALSE(nyc.empty());
  EXPECT_TRUE(nyc[0].flags & kNameAbbreviation);
  auto sham = g_->Lookup(text::NormalizeKey("الشام"));
  ASSERT_FALSE(sham.empty());
  EXPECT_TRUE(sham[0].flags & kNameColloquial);
}

TEST_F(GazetteerIndexTest, Places) {
  int64_t i = g_->FindById(172955);
  ASSERT_GE(i, 0);
  PlaceView v = g_->Place(static_cast<uint32_t>(i));
  EXPECT_EQ(v.geonameid, 172955u);
  EXPECT_EQ(v.name, "Ar Raqqah");
  EXPECT_EQ(v.name_ar, "الرقة");
  EXPECT_EQ(v.name_en, "Raqqa");  // the preferred English alternate name
  EXPECT_EQ(v.feature_class, 'P');
  EXPECT_EQ(v.feature_code, "PPLA");
  EXPECT_EQ(v.country, "SY");
  EXPECT_EQ(v.admin1, "04");
  EXPECT_EQ(v.population, 177636u);
  EXPECT_NEAR(v.lat, 35.95283, 1e-4);
  EXPECT_FALSE(v.supplement);
  EXPECT_TRUE(g_->Place(static_cast<uint32_t>(g_->FindById(990000001))).supplement);
  EXPECT_EQ(g_->FindById(9999901), -1);  // broken line skipped
  EXPECT_EQ(g_->FindById(1), -1);
  EXPECT_EQ(g_->Place(1u << 30).geonameid, 0u);  // out of range: an empty view
}

TEST_F(GazetteerIndexTest, CountryAndAdmin1) {
  ASSERT_GE(g_->Country("SY"), 0);
  EXPECT_EQ(g_->Place(static_cast<uint32_t>(g_->Country("SY"))).geonameid, 163843u);
  EXPECT_EQ(g_->Place(static_cast<uint32_t>(g_->Country("US"))).geonameid, 6252001u);
  EXPECT_EQ(g_->Country("FR"), -1);
  EXPECT_EQ(g_->Country("S"), -1);
  ASSERT_GE(g_->Admin1("SY", "04"), 0);
  EXPECT_EQ(g_->Place(static_cast<uint32_t>(g_->Admin1("SY", "04"))).geonameid, 172957u);
  EXPECT_EQ(g_->Place(static_cast<uint32_t>(g_->Admin1("IQ", "15"))).geonameid, 92877u);
  // US.NY exists only in admin1CodesASCII: coordinates come from its member places.
  int64_t ny = g_->Admin1("US", "NY");
  ASSERT_GE(ny, 0);
  EXPECT_NEAR(g_->Place(static_cast<uint32_t>(ny)).lat, 40.71, 0.1);
  EXPECT_EQ(g_->Admin1("SY", "99"), -1);
  EXPECT_EQ(g_->Admin1("SY", "0123456789ABC"), -1);
}

TEST_F(GazetteerIndexTest, PrefixesAndIteration) {
  EXPECT_TRUE(g_->IsPrefix("deir"));
  EXPECT_TRUE(g_->IsPrefix("deir ez"));
  EXPECT_TRUE(g_->IsPrefix("deir ez zor"));  // a key, and a prefix of "deir ez zor governorate"
  EXPECT_FALSE(g_->IsPrefix("deir ez zor governorate"));
  EXPECT_TRUE(g_->IsPrefix(text::NormalizeKey("عين")));
  EXPECT_TRUE(g_->IsPrefix("new"));       // new york city
  EXPECT_FALSE(g_->IsPrefix("dei"));      // prefixes are whole words
  EXPECT_FALSE(g_->IsPrefix("zzz"));
  EXPECT_TRUE(g_->Lookup("deir").empty());  // a prefix only, not a key
  auto keys = g_->KeysWithPrefix("deir ", 100);
  EXPECT_FALSE(keys.empty());
  for (const auto& k : keys) EXPECT_TRUE(k.starts_with("deir "));
  EXPECT_EQ(g_->KeysWithPrefix("deir ", 1).size(), 1u);
  size_t n = 0, postings = 0;
  g_->ForEachKey([&](std::string_view key, std::span<const Posting> ps) {
    ++n;
    postings += ps.size();
    EXPECT_FALSE(key.empty());
    EXPECT_EQ(g_->Lookup(key).data(), ps.data());
  });
  EXPECT_EQ(n, g_->info().keys);
  EXPECT_EQ(postings, g_->info().postings);
}

TEST_F(GazetteerIndexTest, TruncatedFilesAreRejected) {
  const std::string bytes = ReadAll(*path_);
  const std::string p = TempPath("trunc.mgz");
  for (size_t len : {size_t{0}, size_t{7}, size_t{63}, size_t{64}, size_t{300}, bytes.size() / 2, bytes.size() - 1}) {
    WriteAll(p, bytes.substr(0, len));
    auto g = Gazetteer::Open(p);
    ASSERT_FALSE(g.ok()) << "length " << len;
    EXPECT_NE(g.status().message().find(p), std::string::npos);
  }
  WriteAll(p, bytes + "x");
  EXPECT_FALSE(Gazetteer::Open(p).ok());
  std::filesystem::remove(p);
}

TEST_F(GazetteerIndexTest, FlippedBytesAreRejected) {
  const std::string bytes = ReadAll(*path_);
  const std::string p = TempPath("flip.mgz");
  // Every byte of the header region and a stride through the body.
  std::vector<size_t> positions;
  for (size_t i = 0; i < 400 && i < bytes.size(); ++i) positions.push_back(i);
  for (size_t i = 400; i < bytes.size(); i += 97) positions.push_back(i);
  size_t rejected = 0;
  for (size_t pos : positions) {
    std::string b = bytes;
    b[pos] = static_cast<char>(b[pos] ^ 0x40);
    WriteAll(p, b);
    auto g = Gazetteer::Open(p);
    if (!g.ok()) {
      ++rejected;
    } else {
      ADD_FAILURE() << "flip at byte " << pos << " was accepted";
    }
  }
  EXPECT_EQ(rejected, positions.size());
  // Without the checksum, a flipped data byte may go unnoticed but nothing crashes and
  // structural damage (section table) is still caught.
  OpenOptions no_sum;
  no_sum.verify_checksum = false;
  for (size_t pos = 0; pos < bytes.size(); pos += 13) {
    std::string b = bytes;
    b[pos] = static_cast<char>(b[pos] ^ 0xFF);
    WriteAll(p, b);
    auto g = Gazetteer::Open(p, no_sum);
    if (!g.ok()) continue;
    for (uint32_t i = 0; i < g->size(); ++i) (void)g->Place(i).name.size();
    g->ForEachKey([&](std::string_view k, std::span<const Posting> ps) {
      (void)g->IsPrefix(k);
      for (const auto& x : ps) (void)g->Place(x.place).name_ar.size();
    });
    (void)g->Lookup("الرقه");
    (void)g->Country("SY");
    (void)g->Admin1("SY", "04");
    (void)g->FindById(172955);
  }
  std::filesystem::remove(p);
}

// The verification cache (OpenOptions::verification_cache): a file verified once is not
// read whole again while its identity (device, inode, size, mtime, ctime) is unchanged, and
// any write to it (here a flipped body byte) sends it through the checksum again.
TEST_F(GazetteerIndexTest, VerifiedFileIsRememberedUntilItChanges) {
  const std::string bytes = ReadAll(*path_);
  const std::string p = TempPath("remembered.mgz");
  const std::string dir = TempPath("vcache");
  std::filesystem::remove_all(dir);
  auto stamps = [&dir] {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) names.push_back(e.path().string());
    return names;
  };
  OpenOptions cached;
  cached.verification_cache = dir;
  WriteAll(p, bytes);
  // Just written: verified, but not remembered (a write in the same clock tick would keep
  // the timestamps the stamp would record).
  ASSERT_TRUE(Gazetteer::Open(p, cached).ok());
  EXPECT_TRUE(stamps().empty());
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  ASSERT_TRUE(Gazetteer::Open(p, cached).ok());
  ASSERT_EQ(stamps().size(), 1u);
  const std::string stamp = stamps()[0];
  auto g = Gazetteer::Open(p, cached);  // from the stamp
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(g->size(), g_->size());

  // A flipped byte written into the file: its ctime moved, so the stamp no longer matches.
  std::string b = bytes;
  b[b.size() / 2] = static_cast<char>(b[b.size() / 2] ^ 0x40);
  WriteAll(p, b);
  g = Gazetteer::Open(p, cached);
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("checksum mismatch"), std::string::npos) << g.status().message();

  // What the stamp vouches for: a stamp naming the damaged file's present identity (forged
  // here; Open never writes one for a file that fails) is trusted and the body is not read.
  std::istringstream fields(ReadAll(stamp));
  std::string magic, version, dev, ino, size, mtime_s, mtime_ns, ctime_s, ctime_ns, sum;
  fields >> magic >> version >> dev >> ino >> size >> mtime_s >> mtime_ns >> ctime_s >> ctime_ns >> sum;
  struct stat st;
  ASSERT_EQ(::stat(p.c_str(), &st), 0);
  WriteAll(stamp, magic + " " + version + " " + dev + " " + std::to_string(st.st_ino) + " " + size + " " +
                      std::to_string(st.st_mtim.tv_sec) + " " + std::to_string(st.st_mtim.tv_nsec) + " " +
                      std::to_string(st.st_ctim.tv_sec) + " " + std::to_string(st.st_ctim.tv_nsec) + " " + sum + "\n");
  EXPECT_TRUE(Gazetteer::Open(p, cached).ok());
  EXPECT_FALSE(Gazetteer::Open(p).ok());  // without the cache: verified, rejected
  // A stamp that does not match (another checksum) only costs a verification.
  WriteAll(stamp, "marsad-index-verified 1 garbage\n");
  EXPECT_FALSE(Gazetteer::Open(p, cached).ok());
  std::filesystem::remove(p);
  std::filesystem::remove_all(dir);
}

// A posting naming a place past the place table (a mutated file read without the checksum,
// or a forged one): rejected at open, not handed to callers that index by it (issue 18,
// found by fuzz/gazetteer_fuzz).
TEST_F(GazetteerIndexTest, PostingPastThePlaceTableIsRejected) {
  std::string b = ReadAll(*path_);
  format::FileHeader h;
  std::memcpy(&h, b.data(), sizeof h);
  bool patched = false;
  for (uint32_t i = 0; i < h.section_count; ++i) {
    format::SectionEntry e;
    std::memcpy(&e, b.data() + sizeof h + i * sizeof e, sizeof e);
    if (e.id != format::kSectionPostings || e.size < sizeof(Posting)) continue;
    const uint32_t bad_place = static_cast<uint32_t>(g_->size()) + 7;
    std::memcpy(&b[e.offset + offsetof(Posting, place)], &bad_place, sizeof bad_place);
    patched = true;
  }
  ASSERT_TRUE(patched);
  const std::string p = TempPath("posting.mgz");
  WriteAll(p, b);
  OpenOptions no_sum;
  no_sum.verify_checksum = false;
  auto g = Gazetteer::Open(p, no_sum);
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("posting"), std::string::npos) << g.status().message();
  std::filesystem::remove(p);
}

// The builder stores the Bloom filter the reader consults before the hash table: every
// key must pass it, and the index must carry it (section 11).
TEST_F(GazetteerIndexTest, EveryKeyPassesTheStoredBloomFilter) {
  const std::string bytes = ReadAll(*path_);
  format::FileHeader h;
  std::memcpy(&h, bytes.data(), sizeof h);
  bool has_bloom = false;
  for (uint32_t i = 0; i < h.section_count; ++i) {
    format::SectionEntry e;
    std::memcpy(&e, bytes.data() + sizeof h + i * sizeof e, sizeof e);
    if (e.id == format::kSectionBloom) has_bloom = e.size > 0;
  }
  EXPECT_TRUE(has_bloom);
  size_t keys = 0;
  g_->ForEachKey([&](std::string_view k, std::span<const Posting> ps) {
    ++keys;
    if (!ps.empty()) {
      EXPECT_FALSE(g_->Lookup(k).empty()) << k;
    }
  });
  EXPECT_GT(keys, 100u);
}

// Arabic-script strings are probed through their own small filter (section 13, format.h):
// it must hold every such key and every word prefix of one ("دير" of "دير الزور"), or a
// name would silently stop matching. Checked: a filter without the prefixes fails here.
TEST_F(GazetteerIndexTest, EveryArabicKeyAndWordPrefixPassesTheArabicFilter) {
  const std::string bytes = ReadAll(*path_);
  format::FileHeader h;
  std::memcpy(&h, bytes.data(), sizeof h);
  bool has_filter = false;
  for (uint32_t i = 0; i < h.section_count; ++i) {
    format::SectionEntry e;
    std::memcpy(&e, bytes.data() + sizeof h + i * sizeof e, sizeof e);
    if (e.id == format::kSectionArabicFilter) has_filter = e.size >= 64 * 8;
  }
  EXPECT_TRUE(has_filter);
  size_t keys = 0, prefixes = 0;
  g_->ForEachKey([&](std::string_view k, std::span<const Posting> ps) {
    const unsigned char lead = static_cast<unsigned char>(k[0]);
    if (lead < 0xD8 || lead > 0xDB) return;
    ++keys;
    if (!ps.empty()) {
      EXPECT_FALSE(g_->Lookup(k).empty()) << k;
    }
    for (size_t sp = k.find(' '); sp != std::string_view::npos; sp = k.find(' ', sp + 1), ++prefixes) {
      EXPECT_TRUE(g_->IsPrefix(k.substr(0, sp))) << k.substr(0, sp);
    }
  });
  EXPECT_GT(keys, 10u);
  EXPECT_GT(prefixes, 2u);
  EXPECT_TRUE(g_->Lookup(text::NormalizeKey("والمدينة")).empty());  // a common word is no key
}

TEST_F(GazetteerIndexTest, WrongVersionAndMagic) {
  std::string bytes = ReadAll(*path_);
  const std::string p = TempPath("ver.mgz");
  std::string b = bytes;
  uint32_t v = format::kFormatVersion + 1, min = format::kFormatVersion + 1;
  std::memcpy(&b[8], &v, 4);
  std::memcpy(&b[12], &min, 4);
  WriteAll(p, b);
  auto g = Gazetteer::Open(p);
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(g.status().message().find("version"), std::string::npos);
  b = bytes;
  b[0] = 'X';
  WriteAll(p, b);
  g = Gazetteer::Open(p);
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("magic"), std::string::npos);
  EXPECT_FALSE(Gazetteer::Open("/nonexistent/index.mgz").ok());
  std::filesystem::remove(p);
}

// Version 1 files (XXH64 checksum, same layout) are still read; version 2 ones are
// checked with XXH3, and a file claiming the other version fails its checksum.
TEST_F(GazetteerIndexTest, Version1FilesAreRead) {
  std::string b = ReadAll(*path_);
  format::FileHeader h;
  std::memcpy(&h, b.data(), sizeof h);
  EXPECT_EQ(h.format_version, format::kFormatVersion);  // 3: adds the optional variant section
  EXPECT_EQ(h.min_reader_version, 2u);                  // which version-2 readers skip
  const std::string p = TempPath("v1.mgz");
  h.format_version = h.min_reader_version = 1;
  std::memcpy(&b[0], &h, sizeof h);
  WriteAll(p, b);
  auto g = Gazetteer::Open(p);
  ASSERT_FALSE(g.ok());  // still the XXH3 sum
  EXPECT_NE(g.status().message().find("checksum mismatch"), std::string::npos) << g.status().message();
  format::FileHasher v1(1, b.data());
  v1.Update(b.data() + sizeof h, b.size() - sizeof h);
  h.checksum = v1.Digest();
  std::memcpy(&b[0], &h, sizeof h);
  WriteAll(p, b);
  g = Gazetteer::Open(p);
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(g->info().format_version, 1u);
  EXPECT_EQ(g->size(), g_->size());
  std::filesystem::remove(p);
}

TEST(GazetteerBuilder, EmptyIndexOpens) {
  build::IndexBuilder b;
  const std::string p = TempPath("empty.mgz");
  ASSERT_TRUE(b.Write(p, 0).ok());
  auto g = Gazetteer::Open(p);
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(g->size(), 0u);
  EXPECT_TRUE(g->Lookup("x").empty());
  EXPECT_FALSE(g->IsPrefix("x"));
  EXPECT_EQ(g->Country("SY"), -1);
  std::filesystem::remove(p);
}

TEST(GazetteerBuilder, DuplicatePostingsAreMergedAndShortKeysSkipped) {
  build::IndexBuilder b;
  build::PlaceInput in;
  in.geonameid = 1;
  in.name = "Raqqa";
  in.feature_class = 'P';
  in.feature_code = "PPL";
  uint32_t i = b.AddPlace(in);
  EXPECT_EQ(b.AddPlace(in), i);  // same id: same place
  b.AddName(i, "Raqqa", kNameMain);
  b.AddName(i, "RAQQA", kNameAlternate);
  b.AddName(i, "R", kNameAlternate);
  b.AddName(i, "", kNameAlternate);
  const std::string p = TempPath("dup.mgz");
  ASSERT_TRUE(b.Write(p, 0).ok());
  auto g = Gazetteer::Open(p);
  ASSERT_TRUE(g.ok());
  auto ps = g->Lookup("raqqa");
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].flags & (kNameMain | kNameAlternate), kNameMain | kNameAlternate);
  EXPECT_EQ(g->info().keys, 1u);
  std::filesystem::remove(p);
}

// The Done-means lookups of issue 4, on the default index when it has been built
// (`make gazetteer`); skipped otherwise.
TEST(DefaultIndex, DoneMeansLookups) {
  const std::string p = std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/default.mgz";
  if (!std::filesystem::exists(p)) GTEST_SKIP() << "no default index at " << p;
  auto g = Gazetteer::Open(p);
  ASSERT_TRUE(g.ok()) << g.status().message();
  auto first = [&](std::string_view name) -> uint32_t {
    auto ps = g->Lookup(text::NormalizeKey(name));
    return ps.empty() ? 0 : g->Place(ps[0].place).geonameid;
  };
  auto has = [&](std::string_view name, uint32_t id) {
    for (const Posting& p : g->Lookup(text::NormalizeKey(name)))
      if (g->Place(p.place).geonameid == id) return true;
    return false;
  };
  EXPECT_EQ(first("الرقة"), 172955u);
  EXPECT_TRUE(has("عين عيسى", 172134));
  EXPECT_TRUE(has("البوكمال", 174448));
  EXPECT_EQ(first("دير الزور"), 170794u);
  EXPECT_TRUE(has("دير الزور", 170792));  // the governorate
  EXPECT_EQ(first("سوريا"), 163843u);
  EXPECT_EQ(first("Syria"), 163843u);
  EXPECT_EQ(first("ريف دمشق"), 170652u);
  // US counties (us-atlas) at the centroid of the county, with their GeoNames id from
  // data/gazetteer/us_county_geonameids.tsv (IN.011, LA.071): not 982000000 + FIPS.
  if (std::filesystem::exists(std::string(MARSAD_SOURCE_DIR) + "/third_party/npm/node_modules/us-atlas")) {
    ASSERT_TRUE(has("Boone County", 4918273));
    EXPECT_FALSE(has("Boone County", 982018011));
    int64_t bi = g->FindById(4918273);
    ASSERT_GE(bi, 0);
    auto boone = g->Place(static_cast<uint32_t>(bi));
    EXPECT_EQ(boone.admin1, "IN");
    EXPECT_EQ(boone.feature_code, "ADM2");
    EXPECT_NEAR(boone.lat, 40.05, 0.1);
    EXPECT_NEAR(boone.lon, -86.47, 0.1);
    EXPECT_TRUE(has("Orleans Parish", 4336191));
    EXPECT_FALSE(has("Baltimore County", 982024510));  // the independent city is not a county
  }
  auto q = g->Lookup(text::NormalizeKey("القلمون"));
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(g->Place(q[0].place).feature_code, "MTS");
  EXPECT_GE(g->Country("IQ"), 0);
  EXPECT_GE(g->Admin1("IQ", "15"), 0);
}

}  // namespace
}  // namespace marsad::gazetteer
