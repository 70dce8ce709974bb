#include "text/char_table.h"

namespace marsad::text::internal {

// The table is compiled in (char_table_data.cc, generated from ICU at build time):
// nothing to compute when a process starts.
CharTable::CharTable() : table_(kCharTableInfos), pool_(kCharTablePool, kCharTablePoolSize) {
  for (uint32_t cp = 0; cp < 0x10000; ++cp) {
    const CharInfo& ci = table_[cp];
    const bool letter = ci.cls == CharClass::kLetter;
    const bool run = (letter || ci.cls == CharClass::kMark) && ci.map_len <= 4 && !ci.IsSeparator();
    run_[cp] = static_cast<uint8_t>((letter ? kRunLetter : 0) | (run ? kRunChar : 0) | (letter && ci.upper ? kRunUpper : 0) |
                                    static_cast<uint8_t>(ci.script) << kRunScriptShift);
  }
}

const CharTable& CharTable::Get() {
  static const CharTable table;
  return table;
}

}  // namespace marsad::text::internal
