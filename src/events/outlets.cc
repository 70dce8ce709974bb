// The record dictionaries (outlets, countries, claim cues) and the outlet of a document
// (marsad/provenance.h).
#include <algorithm>
#include <charconv>
#include <filesystem>

#include "marsad/provenance.h"
#include "marsad/tsv.h"
#include "match.h"

namespace marsad::events {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool HasNonAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// A domain alias: lower-case ASCII with a dot and no space (aawsat.com).
bool IsDomain(std::string_view s) {
  return s.find('.') != std::string_view::npos && s.find(' ') == std::string_view::npos && !HasNonAscii(s);
}

Status LoadOutlets(const std::string& path, ProvenanceDictionaries& rd) {
  return ReadTsv(path, 6, [&](const std::vector<std::string_view>& f, size_t) -> Status {
    OutletInfo o{std::string(f[0]), std::string(f[1]), std::string(f[3]), std::string(f[4])};
    if (o.id.empty() || o.name.empty()) return InvalidInput("outlet: empty id or name");
    uint32_t index = static_cast<uint32_t>(rd.outlets.size());
    if (auto it = rd.outlet_by_code.find(Lower(o.id)); it != rd.outlet_by_code.end()) {
      index = it->second;  // a user's row replaces the built-in one
      rd.outlets[index] = o;
    } else {
      rd.outlets.push_back(o);
    }
    rd.outlet_by_code[Lower(o.id)] = index;
    rd.outlet_by_code[Lower(o.name)] = index;
    for (std::string_view a : Split(f[2], '|')) {
      if (a.empty()) return InvalidInput("outlet " + o.id + ": empty alias");
      if (IsDomain(a)) {
        rd.outlet_by_domain[Lower(a)] = index;
        continue;
      }
      rd.outlet_by_code[Lower(a)] = index;  // an input's source field may name it so
      // Latin names in capitals (AFP, SANA) are matched in running text only as written.
      bool upper = a.size() >= 2 && std::all_of(a.begin(), a.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      rd.outlet_phrases.Add(a, index, upper);
    }
    return Status::Ok();
  });
}

Status LoadCountries(const std::string& path, ProvenanceDictionaries& rd) {
  return ReadTsv(path, 6, [&](const std::vector<std::string_view>& f, size_t) -> Status {
    CountryInfo c{std::string(f[0]), std::string(f[1]), std::string(f[3]), std::string(f[4]), 0};
    auto r = std::from_chars(f[2].data(), f[2].data() + f[2].size(), c.numeric);
    if (r.ec != std::errc() || r.ptr != f[2].data() + f[2].size())
      return InvalidInput("field iso_numeric: not an integer: \"" + std::string(f[2]) + "\"");
    if (c.iso2.size() != 2 || c.iso3.size() != 3 || c.name.empty() || c.region.empty())
      return InvalidInput("country: expected iso2, iso3, a name and a region");
    rd.countries[c.iso2] = std::move(c);
    return Status::Ok();
  });
}

Status LoadClaimCues(const std::string& path, ProvenanceDictionaries& rd) {
  return ReadTsv(path, 4, [&](const std::vector<std::string_view>& f, size_t) -> Status {
    static constexpr std::pair<std::string_view, ClaimCueKind> kKinds[] = {
        {"claimant", ClaimCueKind::kClaimant}, {"backref", ClaimCueKind::kBackRef}, {"intro", ClaimCueKind::kIntro},
        {"verb", ClaimCueKind::kVerb},         {"modifier", ClaimCueKind::kModifier},
        {"continues", ClaimCueKind::kContinues}};
    ClaimCue c;
    bool known = false;
    for (const auto& [name, kind] : kKinds)
      if (f[1] == name) c.kind = kind, known = true;
    if (!known) return InvalidInput("field kind: expected claimant, backref, intro, verb, modifier or continues, found \"" +
                                    std::string(f[1]) + "\"");
    c.name_en = std::string(f[2]);
    bool needs_name = c.kind != ClaimCueKind::kIntro && c.kind != ClaimCueKind::kVerb &&
                      c.kind != ClaimCueKind::kContinues;
    if (needs_name && c.name_en.empty()) return InvalidInput("field name_en: empty for a " + std::string(f[1]));
    rd.claim_phrases.Add(f[0], static_cast<uint32_t>(rd.claim_cues.size()), false);
    rd.claim_cues.push_back(std::move(c));
    return Status::Ok();
  });
}

Status LoadRecordDir(const std::string& dir, ProvenanceDictionaries& rd, bool required) {
  struct File {
    const char* rel;
    Status (*load)(const std::string&, ProvenanceDictionaries&);
  };
  const File files[] = {{"outlets.tsv", LoadOutlets},
                        {"countries.tsv", LoadCountries},
                        {"ar/claim_cues.tsv", LoadClaimCues},
                        {"en/claim_cues.tsv", LoadClaimCues}};
  for (const auto& f : files) {
    std::string path = dir + "/" + f.rel;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      if (required) return NotFound(path + ": dictionary file not found");
      continue;
    }
    RETURN_IF_ERROR(f.load(path, rd));
  }
  return Status::Ok();
}

// The host of a URL, lower-case, without "www." and a port; empty when it has none.
std::string UrlHost(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  else if (!url.starts_with("www.")) return {};
  url = url.substr(0, url.find_first_of("/?#"));
  if (size_t at = url.rfind('@'); at != std::string_view::npos) url.remove_prefix(at + 1);
  url = url.substr(0, url.find(':'));
  std::string host = Lower(url);
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

// The outlet of a host or of one of its parent domains (news.example.com → example.com).
const OutletInfo* OutletOfHost(const ProvenanceDictionaries& rd, std::string_view host) {
  while (!host.empty()) {
    if (auto it = rd.outlet_by_domain.find(std::string(host)); it != rd.outlet_by_domain.end())
      return &rd.outlets[it->second];
    size_t dot = host.find('.');
    if (dot == std::string_view::npos || host.find('.', dot + 1) == std::string_view::npos) break;
    host.remove_prefix(dot + 1);
  }
  return nullptr;
}

// The source field names a file, not an outlet ("archive/2015.jsonl", "C:\\news").
bool LooksLikePath(std::string_view s) {
  return s.find('/') != std::string_view::npos || s.find('\\') != std::string_view::npos ||
         s.ends_with(".jsonl") || s.ends_with(".json") || s.ends_with(".txt") || s.ends_with(".gz");
}

// The first code point at or after byte `b` that is not a space; U+0000 at the end.
char32_t NextNonSpace(std::string_view s, size_t b) {
  while (b < s.size()) {
    char32_t c = text::NextCodePoint(s, b);
    if (c != ' ' && c != '\t' && c != 0xA0) return c;
  }
  return 0;
}

// The code point before byte `b` that is not a space; '\n' at the start of the text.
char32_t PrevNonSpace(std::string_view s, size_t b) {
  while (b > 0) {
    size_t p = b - 1;
    while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    size_t q = p;
    char32_t c = text::NextCodePoint(s, q);
    if (c != ' ' && c != '\t' && c != 0xA0) return c;
    b = p;
  }
  return '\n';
}

bool DashOrParen(char32_t c) { return c == '(' || c == '-' || c == 0x2013 || c == 0x2014 || c == '/'; }
bool DatelineEnd(char32_t c) {
  return c == ')' || c == ':' || c == '-' || c == 0x2013 || c == 0x2014 || c == '\n' || c == 0 || c == ',' ||
         c == 0x060C;
}

// An outlet named in the dateline: in the first 160 code points, an alias right after "(",
// a dash or the line start, and before ")", ":", a dash, a comma or the line end.
const OutletInfo* DatelineOutlet(const ProvenanceDictionaries& rd, const text::Utf8Text& text,
                                 const text::Tokens& toks) {
  const std::string_view s = text.utf8;
  for (size_t i = 0; i < toks.tokens.size() && toks.tokens[i].start < 160; ++i) {
    auto m = LongestMatch(rd.outlet_phrases, text, toks, i, toks.tokens.size(), /*allow_stems=*/false);
    if (m.len == 0 || m.indexes.empty()) continue;
    const auto& first = toks.tokens[i];
    const auto& last = toks.tokens[i + m.len - 1];
    if (DashOrParen(PrevNonSpace(s, first.byte_start)) && DatelineEnd(NextNonSpace(s, last.byte_end)))
      return &rd.outlets[m.indexes.front()];
    i += m.len - 1;
  }
  return nullptr;
}

}  // namespace

const CountryInfo* ProvenanceDictionaries::Country(std::string_view iso2) const {
  auto it = countries.find(std::string(iso2));
  return it == countries.end() ? nullptr : &it->second;
}

Result<ProvenanceDictionaries> ProvenanceDictionaries::Load(const std::string& base_dir,
                                                    const std::vector<std::string>& user_dirs) {
  ProvenanceDictionaries rd;
  RETURN_IF_ERROR(LoadRecordDir(base_dir, rd, true));
  for (const auto& u : user_dirs) RETURN_IF_ERROR(LoadRecordDir(u, rd, false));
  rd.outlet_phrases.Freeze();
  rd.claim_phrases.Freeze();
  return rd;
}

OutletMatch FindOutlet(const ProvenanceDictionaries& rd, const Document& doc, const text::Utf8Text& text,
                       const text::Tokens& tokens) {
  auto match = [](const OutletInfo& o, const char* from) { return OutletMatch{o.name, o.scale, from}; };
  std::string_view given = Trim(doc.outlet);
  if (!given.empty()) {
    if (auto it = rd.outlet_by_code.find(Lower(given)); it != rd.outlet_by_code.end())
      return match(rd.outlets[it->second], "input");
    if (std::string host = UrlHost(given); !host.empty()) {
      if (const OutletInfo* o = OutletOfHost(rd, host)) return match(*o, "input");
    } else if (!LooksLikePath(given)) {
      return OutletMatch{std::string(given), "", "input"};  // an outlet we do not know: its own name
    }
  }
  std::string host = UrlHost(doc.url);
  if (const OutletInfo* o = host.empty() ? nullptr : OutletOfHost(rd, host)) return match(*o, "url");
  if (const OutletInfo* o = DatelineOutlet(rd, text, tokens)) return match(*o, "dateline");
  if (!host.empty()) return OutletMatch{host, "", "url"};  // an unknown site: its domain names it
  return {};
}

}  // namespace marsad::events
