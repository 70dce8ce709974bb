// names_export: the inputs of the raw multi-pattern matching baseline that
// bench/extract_throughput.sh runs beside `marsad extract` (`rg -F -o -f NAMES`).
//
//   names_export [--index PATH] [--perso]      Arabic-script keys of the index, one a line
//   names_export --text CORPUS.jsonl           the "text" field of every JSON line, one
//                                              article a line (newlines inside become spaces)
//
// The index stores normalized keys only (text::NormalizeKey: ة→ه, أإآ→ا, ى→ي, no tashkeel,
// no tatweel), not the surface forms, so NAMES are those keys. rg matches them against the
// raw text: a name written with ة or أ is not found by rg but is by marsad. The baseline is
// therefore a little easier than marsad's job (fewer hits to report), never harder; the bench
// output says so. Keys with Latin letters are left out (the corpus is Arabic); --perso also
// keeps keys whose only Arabic-script postings are Persian/Kurdish/Urdu spellings.
#include <rapidjson/document.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "marsad/gazetteer.h"

namespace {

using marsad::gazetteer::Gazetteer;
using marsad::gazetteer::Posting;

int Usage() {
  std::cerr << "usage: names_export [--index PATH] [--perso] > NAMES\n"
               "       names_export --text CORPUS.jsonl > TEXT\n";
  return 2;
}

// True when every letter-ish byte sequence of the key is Arabic script (U+0600–U+06FF,
// U+0750–U+077F, U+08A0–U+08FF) or ASCII space/digits/punctuation, and at least one
// Arabic letter is present. Latin letters disqualify the key.
bool ArabicScriptKey(std::string_view k) {
  bool arabic = false;
  for (size_t i = 0; i < k.size();) {
    unsigned char c = static_cast<unsigned char>(k[i]);
    if (c < 0x80) {
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return false;
      ++i;
      continue;
    }
    // Arabic blocks are 2-byte sequences with lead bytes D8–DB (U+0600–U+06FF),
    // DD (U+0740–U+077F) and E0 A2/A3 (U+08A0–U+08FF, 3 bytes).
    if (c >= 0xD8 && c <= 0xDB) arabic = true;
    else if (c == 0xDD) arabic = true;
    else if (c == 0xE0 && i + 1 < k.size() &&
             (static_cast<unsigned char>(k[i + 1]) == 0xA2 ||
              static_cast<unsigned char>(k[i + 1]) == 0xA3)) arabic = true;
    else if (c < 0xE0) return false;  // another 2-byte script (Latin-1 letters, Cyrillic, Hebrew…)
    i += c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  return arabic;
}

int ExportNames(const std::string& index, bool perso) {
  auto g = Gazetteer::Open(index);
  if (!g.ok()) {
    std::cerr << "names_export: " << g.status().message() << "\n";
    return 1;
  }
  const uint16_t want = marsad::gazetteer::kNameArabic |
                        (perso ? marsad::gazetteer::kNamePersoArabic : 0);
  size_t n = 0, keys = 0;
  std::string out;
  out.reserve(1 << 20);
  g->ForEachKey([&](std::string_view key, std::span<const Posting> postings) {
    ++keys;
    bool ok = false;
    for (const auto& p : postings) ok |= (p.flags & want) != 0;
    if (!ok || key.empty() || !ArabicScriptKey(key)) return;
    out.append(key);
    out.push_back('\n');
    ++n;
    if (out.size() > (1 << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  });
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::cerr << "names_export: " << n << " Arabic-script key(s) of " << keys << " in " << index
            << " (normalized keys, not surface forms)\n";
  return 0;
}

int ExportText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "names_export: cannot open " << path << "\n";
    return 1;
  }
  std::string line, text;
  size_t docs = 0, bytes = 0;
  while (std::getline(in, line)) {
    rapidjson::Document d;
    d.Parse(line.data(), line.size());
    if (d.HasParseError() || !d.IsObject() || !d.HasMember("text") || !d["text"].IsString())
      continue;
    text.assign(d["text"].GetString(), d["text"].GetStringLength());
    for (char& c : text)
      if (c == '\n' || c == '\r') c = ' ';
    text.push_back('\n');
    std::fwrite(text.data(), 1, text.size(), stdout);
    ++docs;
    bytes += text.size() - 1;
  }
  std::cerr << "names_export: " << docs << " article(s), " << bytes << " text byte(s)\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string index = std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer/default.mgz";
  if (const char* e = std::getenv("MARSAD_GAZETTEER"); e != nullptr && *e) index = e;
  std::string text;
  bool perso = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--index" && i + 1 < argc) index = argv[++i];
    else if (a == "--text" && i + 1 < argc) text = argv[++i];
    else if (a == "--perso") perso = true;
    else return Usage();
  }
  return text.empty() ? ExportNames(index, perso) : ExportText(text);
}
