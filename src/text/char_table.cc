#include "text/char_table.h"

namespace marsad::text::internal {

// The table is compiled in (char_table_data.cc, generated from ICU at build time):
// nothing to compute when a process starts.
CharTable::CharTable() : table_(kCharTableInfos), pool_(kCharTablePool, kCharTablePoolSize) {}

const CharTable& CharTable::Get() {
  static const CharTable table;
  return table;
}

}  // namespace marsad::text::internal
