// The character table compiled into the library (generated from ICU at build time by
// marsad_gen_char_table) is the table ICU gives at run time, entry by entry.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/char_table.h"

namespace marsad::text::internal {
namespace {

TEST(CharTable, CompiledTableIsIcus) {
  std::vector<CharInfo> icu;
  std::string pool;
  ComputeCharTable(&icu, &pool);
  ASSERT_EQ(icu.size(), 0x10000u);
  const CharTable& table = CharTable::Get();
  size_t differ = 0;
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    const CharInfo a = table.Info(cp), b = icu[cp];
    const std::string_view map_b(pool.data() + b.map_off, b.map_len);
    if (a.cls != b.cls || a.script != b.script || a.upper != b.upper || table.Map(a) != map_b) {
      if (++differ <= 5) ADD_FAILURE() << "U+" << std::hex << static_cast<uint32_t>(cp) << " differs from ICU";
    }
  }
  EXPECT_EQ(differ, 0u);
  EXPECT_EQ(std::string_view(kCharTablePool, kCharTablePoolSize), pool);
}

TEST(CharTable, KnownEntries) {
  const CharTable& table = CharTable::Get();
  EXPECT_EQ(table.Map(table.Info(0x0629)), "\xD9\x87");  // ة → ه
  EXPECT_EQ(table.Map(table.Info(0x0623)), "\xD8\xA7");  // أ → ا
  EXPECT_EQ(table.Map(table.Info(U'B')), "b");
  EXPECT_TRUE(table.Info(U'B').upper);
  EXPECT_EQ(table.Info(0x0645).script, Script::kArabic);
  EXPECT_EQ(table.Info(U'-').cls, CharClass::kHyphen);
  EXPECT_TRUE(table.Info(U',').IsSeparator());
  EXPECT_EQ(table.Map(table.Info(0x064E)), "");  // fatha: dropped from keys
}

// The tokenizer's letter loop reads run_flags() instead of CharInfo: a few examples,
// then every BMP entry against the fields it stands for.
TEST(CharTable, RunFlagsAgreeWithTheInfo) {
  const CharTable& table = CharTable::Get();
  const uint8_t* run = table.run_flags();
  EXPECT_EQ(run[0x0645], CharTable::kRunLetter | CharTable::kRunChar |
                             static_cast<uint8_t>(Script::kArabic) << CharTable::kRunScriptShift);  // م
  EXPECT_EQ(run[U'B'], CharTable::kRunLetter | CharTable::kRunChar | CharTable::kRunUpper |
                           static_cast<uint8_t>(Script::kLatin) << CharTable::kRunScriptShift);
  EXPECT_EQ(run[0x064E] & (CharTable::kRunLetter | CharTable::kRunChar), CharTable::kRunChar);  // fatha: a mark
  EXPECT_EQ(run[U' '] & CharTable::kRunChar, 0);
  EXPECT_EQ(run[U'5'] & CharTable::kRunChar, 0);
  size_t differ = 0;
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    const CharInfo ci = table.Info(cp);
    const bool letter = ci.cls == CharClass::kLetter;
    const bool plain = (letter || ci.cls == CharClass::kMark) && ci.map_len <= 4 && !ci.IsSeparator();
    const unsigned f = run[cp];
    if (((f & CharTable::kRunLetter) != 0) != letter || ((f & CharTable::kRunChar) != 0) != plain ||
        ((f & CharTable::kRunUpper) != 0) != (letter && ci.upper) ||
        static_cast<Script>(f >> CharTable::kRunScriptShift) != ci.script) {
      if (++differ <= 5) ADD_FAILURE() << "U+" << std::hex << static_cast<uint32_t>(cp) << ": run flags differ";
    }
  }
  EXPECT_EQ(differ, 0u);
}

}  // namespace
}  // namespace marsad::text::internal
